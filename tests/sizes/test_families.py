"""Size families: the posters (A1-A4, Tabloid, Letter) and the two-sided flyers (A4, A5, A6,
Letter, half-Letter) of the shipped kit, which offices build which, and the office's own
`materials:` list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from campaign.cli import main
from campaign.diagnostics import DiagnosticsError
from campaign.kit.load import load_kit
from campaign.model import Kit
from campaign.pipeline.api import check
from campaign.pipeline.jobs import documents, pick_offices

ROOT = Path(__file__).resolve().parents[2]
SOCIAL = {f"social-{s}" for s in ("1080x1080", "1080x1350", "1080x1920", "1200x630", "frame-1080")}
POSTERS = {
    "poster-a1": ((594, 841), "iso"),
    "poster-a2": ((420, 594), "iso"),
    "poster-a3": ((297, 420), "iso"),
    "poster-a4": ((210, 297), "iso"),
    "poster-tabloid": ((279.4, 431.8), "us"),
    "poster-letter": ((215.9, 279.4), "us"),
}
FLYERS = {
    "flyer-a4": ((210, 297), "iso", ("front", "back")),
    "flyer-a5": ((148, 210), "iso", ("front", "back")),
    "flyer-a6": ((105, 148), "iso", ("front",)),
    "flyer-letter": ((215.9, 279.4), "us", ("front", "back")),
    "flyer-half-letter": ((139.7, 215.9), "us", ("front",)),
}


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def test_every_size_of_the_families(kit: Kit) -> None:
    for name, (trim, paper) in POSTERS.items():
        layout = kit.layouts[name]
        assert (layout.trim, layout.paper, layout.family) == (trim, paper, "poster"), name
        assert [p.name for p in layout.pages] == ["front"], name
    for name, (trim, paper, pages) in FLYERS.items():
        layout = kit.layouts[name]
        assert (layout.trim, layout.paper, layout.family) == (trim, paper, "flyer"), name
        assert tuple(p.name for p in layout.pages) == pages, name
    # the sizes' bleed and safe margin are the design's, not scaled; the inch sizes' bleed
    # is their own, 1/8 in
    assert {kit.layouts[n].safe for n in FLYERS} == {4}
    assert {n: kit.layouts[n].bleed for n in POSTERS} == {
        n: 3.175 if paper == "us" else 3 for n, (_, paper) in POSTERS.items()
    }


def test_the_campaign_build_makes_the_designs(kit: Kit) -> None:
    """Without --only and without an office: the designs, not every size of them."""
    built = {la.id for la, _, _ in documents(kit, ("en",), None)}
    designs = {"poster-a3", "flyer-a5", "event-flyer-a5", "event-poster-a3", "badge-58"}
    designs |= {"sticker-50"}
    assert built == designs | SOCIAL
    # a size is built when it is asked for
    assert {la.id for la, _, _ in documents(kit, ("en",), ("flyer-letter",))} == {"flyer-letter"}


def test_offices_build_every_size_of_their_paper_family(kit: Kit) -> None:
    def built(office: str) -> set[str]:
        chosen = pick_offices(kit, (office,))
        return {la.id for la, _, _ in documents(kit, ("en",), None, chosen)}

    iso = {n for n, (_, p) in POSTERS.items() if p == "iso"}
    iso |= {n for n, (_, p, _) in FLYERS.items() if p == "iso"}
    us = {n for n, (_, p) in POSTERS.items() if p == "us"}
    us |= {n for n, (_, p, _) in FLYERS.items() if p == "us"}
    metric = {f"badge-{p}" for p in ("25mm", "32mm", "38mm", "44mm", "75mm")}
    inch = {f"badge-{p}" for p in ("1in", "1-25in", "1-5in", "1-75in", "2-25in", "3in")}
    events_iso = {"event-flyer-a5", "event-flyer-a4", "event-poster-a3"}
    anywhere = {"badge-58", "sticker-50"} | SOCIAL  # no paper family: every office
    assert built("brussels") == iso | events_iso | metric | anywhere
    # no A sizes and no metric badges for the US office
    events_us = {"event-flyer-letter", "event-poster-tabloid", "event-poster-letter"}
    assert built("new-york") == us | events_us | inch | anywhere
    # --only narrows an office's materials, and never adds one of the other paper family
    chosen = pick_offices(kit, ("new-york",))
    only = ("poster-a3", "poster-letter")
    assert {la.id for la, _, _ in documents(kit, ("en",), only, chosen)} == {"poster-letter"}


def test_only_sizes_no_office_builds_is_an_error_naming_why(kit: Kit) -> None:
    """`build --office brussels --only poster-letter` planned 0 jobs and ended "built 0"
    with success: an ISO office never builds a US size, and nothing said so. When no office
    asked builds any material named, each office's reason is an error at its file."""
    brussels = pick_offices(kit, ("brussels",))
    assert brussels is not None
    with pytest.raises(DiagnosticsError) as raised:
        documents(kit, ("en",), ("poster-letter", "poster-tabloid"), brussels)
    assert [d.render() for d in raised.value.diagnostics] == [
        "materials/offices/brussels.yaml: error[ref.material]: office 'brussels' builds the sizes of its "
        "paper, ISO (A sizes): poster-letter, poster-tabloid are US (Letter, Tabloid) paper\n"
        "  hint: add them to `materials:` in brussels.yaml (any paper), or name materials of "
        "its paper with --only"
    ]
    # one office of each paper: the US office builds it, and no error is raised
    both = pick_offices(kit, ("brussels", "new-york"))
    built = documents(kit, ("en",), ("poster-letter",), both)
    assert [(la.id, of.id if of else None) for la, _, of in built] == [
        ("poster-letter", "new-york")
    ]


def test_an_office_lists_its_materials(kit_copy: Callable[..., Path]) -> None:
    office = (
        "name: Mixed Paper Office\nlanguages: [en]\n"
        "materials: [poster-a2, poster-letter, flyer-a5]\n"
    )
    kit = load_kit(kit_copy(**{"materials/offices/mixed.yaml": office}))
    chosen = pick_offices(kit, ("mixed",))
    assert [la.id for la, _, _ in documents(kit, None, None, chosen)] == [
        "poster-a2",
        "poster-letter",
        "flyer-a5",
    ]


def test_an_unknown_material_of_an_office_is_an_error_where_it_is_written(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    office = "name: Typo Office\nlanguages: [en]\nmaterials: [poster-a2,\n  poster-leter]\n"
    root = kit_copy(**{"materials/offices/typo.yaml": office})
    monkeypatch.chdir(root)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    assert errors_of(exc.value) == (
        "materials/offices/typo.yaml:4:3: error[ref.material]: office 'typo' builds material "
        "'poster-leter', which the kit does not have\n"
        "  hint: did you mean 'poster-letter'?"
    )


def test_a_size_with_an_unknown_page_is_an_error(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    flyer = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    assert flyer.count("pages: [front]") == 2  # A6 and half-Letter
    typo = flyer.replace("pages: [front]", "pages: [frnot]", 1)
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": typo})
    monkeypatch.chdir(root)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    lines = (root / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, t in enumerate(lines, 1) if "pages: [frnot]" in t)
    assert errors_of(exc.value) == (
        f"materials/layouts/flyer-a5.yaml:{line}:5: error[ref.slot]: size 'a6' lists page "
        "'frnot', which the layout does not have\n"
        "  hint: did you mean 'front'?"
    )


def test_every_size_lays_out_cleanly_in_every_language() -> None:
    """Every poster and flyer size in all 26 languages: no overflow, nothing in the safe
    margin, nothing below the legibility floor, art covering every page (`check`)."""
    sizes = ",".join([*POSTERS, *FLYERS])
    result = CliRunner().invoke(main, ["check", "--strict", "--only", sizes])
    assert result.exit_code == 0, result.output
    assert "warning[" not in result.output
    # texts in their short variants are notes (text.short-variant), not problems
    assert "of 11 material(s) in 26 language(s) lay out" in result.output


def test_the_back_gives_way_where_the_office_has_no_contacts(
    kit_copy: Callable[..., Path],
) -> None:
    """The contact heading is drawn only with contacts to head (`when_filled:`), the
    helpline only when the office has one: nothing is drawn empty."""
    filled = (
        "name: Filled\nlanguages: [en]\nfields: {helpline: '+00 1', website: example.org}\n"
        "sample: true\n"
    )
    root = kit_copy(
        **{"materials/offices/filled.yaml": filled, "materials/offices/empty.yaml": EMPTY}
    )

    def back(office: str) -> set[tuple[str, str]]:
        _, laid, _ = check(root, ("en",), ("flyer-a5",), offices=(office,))
        (doc,) = laid
        (page,) = [p for p in doc.page.pages if p.name == "back"]
        return {(item.slot, str(getattr(item, "text", ""))) for item in page.items}

    shown, bare = back("filled"), back("empty")
    assert {"contact-title", "contacts"} <= {slot for slot, _ in shown}
    assert not {"contact-title", "contacts"} & {slot for slot, _ in bare}
    assert {"signs", "report", "online", "support", "back-sources", "back-qr"} <= {
        slot for slot, _ in bare
    }
    # the helpline follows the call to report as a paragraph of its own; not filled: nothing
    report = dict(shown)["report"]
    assert "+00 1" in report
    assert "+00 1" not in dict(bare)["report"]


EMPTY = "name: Empty\nlanguages: [en]\n"


def errors_of(exc: DiagnosticsError) -> str:
    """The errors as printed, without the warnings printed with them."""
    return "\n".join(d.render() for d in exc.diagnostics if d.is_error)


def test_a_size_of_other_proportions_than_its_design_is_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer's trial: a 900 x 300 mm banner size of the A3 poster was the poster scaled
    to 212 mm wide in the middle of 900 mm of ground, without a word. The kit's own sizes
    (at most 9 % of a side spare) are not warned of; a size that gives one slot a frame of
    its own still is (its QR code's frame silenced the warning for the whole size)."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    line = "  a1: {trim: [594, 841], title: Poster A1}\n"
    assert line in poster
    banner = "  banner: {trim: [900, 300], title: Banner}\n"
    framed = "  framed: {trim: [900, 300], slots: {qr: {frame: {end: 20, top: 20, width: 40, height: 40}}}}\n"  # noqa: E501
    dropped = "  dropped: {trim: [900, 300], slots: {hashtags: {drop: true}}}\n"
    tall = "  tall: {trim: [200, 700]}\n"
    sizes = banner + framed + dropped + tall
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": poster.replace(line, line + sizes)})
    only = "poster-banner,poster-framed,poster-dropped,poster-tall,poster-letter"
    code, output = _check(root, "--only", only, "--lang", "en")
    lines = (root / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8").splitlines()
    at = lines.index(banner.rstrip("\n")) + 1
    # the poster is one group across (the headline spans it), centred: 900 - 297 x 0.714
    # mm, and the design's own 44 mm of margins scaled
    assert output.index("warning[") == output.index("warning[layout.proportions]: poster-banner")
    assert (  # the first warning, after the notes (cli.report.show)
        f"\n{root}/materials/layouts/poster-a3.yaml:{at}:12: warning[layout.proportions]: "
        "poster-banner: size 'banner' (900 x 300 mm), page 'front': 719 mm of its 900 mm "
        "width show only what spans the page (the ground), 80% where the design's shows it on "
        "15%: the design (297 x 420 mm) is 1:1.41 (portrait) and the size 3:1 (landscape), "
        "scaled by 0.71 to fit its height; the widest bare stretch is 360 mm, from 540 to "
        "900 mm, between slot 'fact' and the end edge\n"
        "  hint: give the slots beside it frames of their own (`sizes: banner: slots: {name: "
        "{frame: {...}}}`), or make the size a design of its own\n"
    ) in "\n" + output, output
    assert "warning[layout.proportions]: poster-dropped: size 'dropped' (900 x 300 mm)" in output
    # its own QR frame, 40 mm at the end, leaves 679 mm bare: still told
    assert (
        "poster-framed: size 'framed' (900 x 300 mm), page 'front': 679 mm of its 900 mm width"
    ) in output
    assert (
        "poster-tall: size 'tall' (200 x 700 mm), page 'front': 461 mm of its 700 mm height "
        "show only what spans the page (the ground), 66% where the design's shows it on 15%"
    ) in output
    assert output.count("layout.proportions") == 4  # not poster-letter
    # a check (or build) of other materials neither shows them nor fails on them with
    # --strict (an office's trial: `check --only poster-a3 --strict` failed on a banner's)
    code, output = _check(root, "--only", "poster-a3,poster-letter", "--lang", "en", "--strict")
    assert code == 0, output
    assert "warning[layout.proportions]" not in output
    assert output.startswith(  # said in one note (tests/sizes/test_not_made.py)
        "note[layout.not-made]: 4 warning(s) about materials this check does not lay out are "
        "not shown (poster-banner: layout.proportions; poster-dropped: layout.proportions; "
        "poster-framed: layout.proportions; poster-tall: layout.proportions): python "
        f"generate.py check --kit {root} shows every material's\n"
    ), output
    result = CliRunner().invoke(
        main,
        ["build", "--kit", str(root), "--only", "poster-a3", "--lang", "en", "--strict",
         "--no-png", "--no-digital", "-o", str(root / "out")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "warning[layout.proportions]" not in result.output


def _check(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--kit", str(root), *args])
    return result.exit_code, result.output


def test_a_custom_size_is_built_by_the_offices_that_list_it(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: a roll-up banner added as a size of the A3 poster was built by
    every office of its paper, and could be kept out only by each office's `materials:`. A
    size of `paper: custom` belongs to no family: an office builds it when it lists it."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    line = "  a1: {trim: [594, 841], title: Poster A1}\n"
    banner = "  banner: {trim: [850, 2000], paper: custom, title: Roll-up banner}\n"
    listed = "name: Listed\nlanguages: [en]\nmaterials: [poster-a3, poster-banner]\n"
    root = kit_copy(
        **{
            "materials/layouts/poster-a3.yaml": poster.replace(line, line + banner),
            "materials/offices/listed.yaml": listed,
        }
    )
    kit = load_kit(root)
    banner_layout = kit.layouts["poster-banner"]
    assert banner_layout.paper == "custom"
    assert not any(o.builds(banner_layout) for o in kit.offices.values() if o.id != "listed")
    assert kit.offices["listed"].builds(banner_layout)
    result = CliRunner().invoke(
        main, ["check", "--kit", str(root), "--office", "brussels", "--only", "poster-banner"]
    )
    assert result.exit_code == 1
    assert (
        "office 'brussels' builds the sizes of its paper, ISO (A sizes): poster-banner is of no "
        "paper family (paper: custom), built only when its `materials:` lists it"
    ) in result.output, result.output
