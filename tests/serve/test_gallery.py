"""The preview's gallery: which documents a change of files touches, errors kept with their
place while the last good pages stay, guides in mm, and the soft proof's colours."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from campaign.colours import delta_e2000, lab_of_cmyk, lab_of_rgb
from campaign.pipeline.fingerprint import profile_icc
from campaign.serve.entries import Entry
from campaign.serve.gallery import Gallery
from campaign.serve.guides import guides
from tests.kits import cli, mini_copy, replace_in

PPI = 25.4  # 1 px per mm: the mini kit's whole-millimetre boxes land on whole pixels
# a layout of one SVG heart on a white ground
ART_LAYOUT = (
    "title: Art\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\nslots:\n"
    "  - {name: ground, kind: shape, fill: white, bleed: all,"
    " frame: {start: 0, top: 0, width: 20, height: 20}}\n"
    "  - {name: heart, kind: svg, asset: blue-heart.svg,"
    " frame: {start: 2, top: 2, width: 16, height: 16}}\n"
)


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return mini_copy(tmp_path / "kit", own_assets=True)


def pixel(png: bytes, xy: tuple[int, int]) -> tuple[int, int, int]:
    value = Image.open(io.BytesIO(png)).convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return (value[0], value[1], value[2])


def test_lists_every_layout_in_every_language(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    ids = [e.id for e in gallery.entries()]
    layouts = ["badge", "boxes", "hearts", "marks", "text"]
    assert ids == [f"-/{m}/{c}" for m in layouts for c in ("en", "ar")]


def test_a_new_strings_file_joins_the_gallery(kit: Path) -> None:
    """A language being translated (its strings file, not yet in campaign.yaml) is shown."""
    gallery = Gallery(kit, PPI)
    (kit / "materials/strings/fr.yaml").write_text(
        "language: fr\nname: French\nstatus: draft\nstrings:\n  word: cœur\n", encoding="utf-8"
    )
    gallery.reload()
    assert [e.id for e in gallery.entries() if e.material == "text"] == [
        "-/text/en",
        "-/text/ar",
        "-/text/fr",
    ]


def test_moved_slot_redraws_only_its_material(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    shown = [Entry("boxes", "en"), Entry("boxes", "ar"), Entry("text", "en"), Entry("badge", "ar")]
    before = {e: gallery.image(e, 0) for e in shown}
    # the green box, 2 mm from the start edge, moves 6 mm further in
    replace_in(kit / "materials/layouts/boxes.yaml", "{start: 2, top: 14,", "{start: 8, top: 14,")
    changed = gallery.reload()
    assert sorted(changed) == ["-/boxes/ar", "-/boxes/en"]
    # the others keep their drawing (the very same bytes object: not drawn again)
    assert gallery.image(Entry("text", "en"), 0) is before[Entry("text", "en")]
    # the page (3 mm bleed + 2 mm in, 14 mm down) was green and is now the blue ground;
    # 6 mm further in it is green
    after = gallery.image(Entry("boxes", "en"), 0)
    assert pixel(before[Entry("boxes", "en")], (3 + 3, 3 + 15)) == (0, 255, 0)
    assert pixel(after, (3 + 3, 3 + 15)) == (0, 0, 255)
    assert pixel(after, (3 + 9, 3 + 15)) == (0, 255, 0)


def test_string_edit_redraws_that_language_only(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    for e in (Entry("text", "en"), Entry("text", "ar"), Entry("boxes", "ar")):
        gallery.drawn(e)
    replace_in(kit / "materials/strings/ar.yaml", "word: قلب", "word: كلمة")
    # boxes sets no text, but its language's strings are an input of every page in it
    assert sorted(gallery.reload()) == ["-/boxes/ar", "-/text/ar"]


def test_colour_change_redraws_every_page_that_uses_the_campaign(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    gallery.drawn(Entry("boxes", "en"))
    gallery.drawn(Entry("hearts", "ar"))
    replace_in(kit / "materials/campaign.yaml", 'rgb: "#0000FF"', 'rgb: "#0000EE"')
    assert sorted(gallery.reload()) == ["-/boxes/en", "-/hearts/ar"]
    assert pixel(gallery.image(Entry("boxes", "en"), 0), (1, 1)) == (0, 0, 238)


def test_unchanged_kit_redraws_nothing(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    gallery.drawn(Entry("boxes", "en"))
    (kit / "materials/layouts/boxes.yaml").touch()
    assert gallery.reload() == []


def test_broken_yaml_is_shown_at_its_place_and_the_last_pages_stay(kit: Path) -> None:
    """A YAML error in campaign.yaml stops every document: the kit's errors, at their place,
    and every card keeps its last good pages."""
    gallery = Gallery(kit, PPI)
    first = gallery.image(Entry("boxes", "en"), 0)
    version = gallery.version
    path = kit / "materials/campaign.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("name: Mini kit", "name: [Mini kit"), encoding="utf-8")
    assert gallery.reload() == []
    state = gallery.state()
    assert state["version"] == version + 1
    errors = state["errors"]
    assert isinstance(errors, list)
    assert [(Path(str(e["file"])).name, e["line"], e["code"]) for e in errors] == [
        ("campaign.yaml", 5, "load.yaml")
    ]
    assert gallery.image(Entry("boxes", "en"), 0) is first  # the last good page
    path.write_text(good, encoding="utf-8")
    gallery.reload()
    assert gallery.state()["errors"] == []


def unreadable_of(found: object) -> list[str]:
    """The `unreadable` problems of the state or a card, each as the line `check` prints."""
    assert isinstance(found, list)
    return [str(u["text"]) for u in found]


def test_a_layouts_error_fails_its_materials_alone_and_the_others_redraw(kit: Path) -> None:
    """An unknown colour in one layout stopped every material from redrawing (the page said
    "The kit cannot be read", an edit of another layout was never drawn), where `check` lays
    out the other materials and names that error alone (a designer's trial). The layout's
    materials (its sizes too) keep their last good pages, with its error on their cards;
    the other layouts redraw as they are edited; no error stops the whole kit."""
    replace_in(kit / "materials/layouts/text.yaml", "min_type_pt: 3", SIZES)
    gallery = Gallery(kit, PPI)
    ids = [e.id for e in gallery.entries()]
    kept = {e: gallery.image(e, 0) for e in (Entry("text", "en"), Entry("text-tall", "ar"))}
    boxes = gallery.image(Entry("boxes", "en"), 0)
    text = kit / "materials/layouts/text.yaml"
    replace_in(text, "fill: white", "fill: purple")
    assert gallery.reload() == []  # the text pages are not drawn again: they are kept
    replace_in(kit / "materials/layouts/boxes.yaml", "{start: 2, top: 14,", "{start: 8, top: 14,")
    assert sorted(gallery.reload()) == ["-/boxes/en"]  # the other layout's edit is drawn
    assert gallery.image(Entry("boxes", "en"), 0) != boxes
    state = gallery.state()
    assert state["errors"] == []  # no banner of the whole kit
    said = (
        f"{text}:11:39: error[ref.colour]: unknown colour 'purple'\n"
        "  hint: colours are: blue, red, green, yellow, navy, white, black"
    )
    assert unreadable_of(state["unreadable"]) == [said]
    assert [e.id for e in gallery.entries()] == ids  # its cards stay, where they were
    cards = {str(d["id"]): unreadable_of(d["unreadable"]) for d in state["documents"]}  # type: ignore[attr-defined]
    failed = [i for i, found in cards.items() if found]
    assert failed == [f"-/text{size}/{c}" for size in ("", "-wide", "-tall") for c in ("en", "ar")]
    assert all(cards[i] == [said] for i in failed)
    # the file's warnings, which `check` prints beside its error, on the cards they are about
    tall = [("text.yaml", 17, "layout.bleed"), ("text.yaml", 17, "layout.proportions")]
    wide = [("text.yaml", 15, "layout.proportions")]
    assert card_warnings(state) == {
        "-/text-wide/en": wide,
        "-/text-wide/ar": wide,
        "-/text-tall/en": tall,
        "-/text-tall/ar": tall,
    }
    for entry, image in kept.items():  # its last good pages
        assert gallery.image(entry, 0) is image
    gallery.image(Entry("text-wide", "en"), 0)  # one not drawn before: from its last good layout
    replace_in(text, "fill: purple", "fill: white")
    gallery.reload()
    state = gallery.state()
    assert state["unreadable"] == []
    assert not any(d["unreadable"] for d in state["documents"])  # type: ignore[union-attr]


def test_guides_in_mm(kit: Path) -> None:
    gallery = Gallery(kit, PPI)
    badge = guides(gallery.drawn(Entry("badge", "en")).laid.composed.page)
    assert badge["trim"] == [20.0, 20.0]
    assert badge["bleed"] == 3.0
    assert badge["safe"] == 1.0
    assert badge["badge"] == {"face": 16.0, "live": 13.0, "cut": 20.0}
    boxes = guides(gallery.drawn(Entry("boxes", "ar")).laid.composed.page)
    pages = boxes["pages"]
    assert isinstance(pages, list)
    frames = {s["slot"]: s["box"] for s in pages[0]["slots"]}
    # right to left: a slot 2 mm from the start edge is 2 mm from the right; pinned stays
    assert frames["free"] == [20 - 2 - 5, 14.0, 5.0, 4.0]
    assert frames["pinned"] == [13.0, 2.0, 5.0, 3.0]
    text = guides(gallery.drawn(Entry("text", "en")).laid.composed.page)
    tpages = text["pages"]
    assert isinstance(tpages, list)
    [line] = tpages[0]["baselines"]
    x0, y, x1 = line
    assert 3 <= x0 < x1 <= 17  # inside the 14 mm frame 3 mm from the start
    assert 3 < y < 17


def test_soft_proof_shows_the_print_colour_not_the_screen_value(kit: Path) -> None:
    """The mini kit's blue is "#0000FF" on screen and C100 M70 Y0 K10 in print: the proof shows
    the print colour (within a ΔE2000 of 4 of it: the proof adds the paper's white)."""
    gallery = Gallery(kit, PPI)
    entry = Entry("boxes", "en")
    screen = pixel(gallery.image(entry, 0), (1, 1))
    proof = pixel(gallery.image(entry, 0, proof=True), (1, 1))
    assert screen == (0, 0, 255)
    icc = profile_icc(gallery.kit, gallery.kit.layouts["boxes"])  # type: ignore[union-attr]
    printed = lab_of_cmyk((1.0, 0.7, 0.0, 0.1), icc)
    as_seen = lab_of_rgb(tuple(v / 255 for v in proof))  # type: ignore[arg-type]
    assert delta_e2000(as_seen, printed) < 4
    assert delta_e2000(as_seen, lab_of_rgb((0.0, 0.0, 1.0))) > 12


def test_broken_art_keeps_its_last_good_drawing_and_new_art_is_drawn(kit: Path) -> None:
    """An SVG broken while the preview runs: its error is on the cards of the material that
    shows it, and a page not drawn before still draws, with the art as it last parsed (it
    failed, HTTP 500, for every page not yet drawn). Mended with another colour, the art is
    parsed again and shows it."""
    (kit / "materials/layouts/art.yaml").write_text(ART_LAYOUT, encoding="utf-8")
    # another preview (or a build) drew the same art from the repository's own file first:
    # the art is in the user's cache by the file's digest, and this preview draws it from
    # there without parsing its copy (a mended file then never showed: only files parsed in
    # the preview were looked at again)
    first = mini_copy(kit.parent / "first")  # assets linked: the repository's files
    (first / "materials/layouts/art.yaml").write_text(
        (kit / "materials/layouts/art.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    Gallery(first, PPI).image(Entry("art", "en"), 0)
    gallery = Gallery(kit, PPI)
    assert gallery.state()["errors"] == []
    blue = pixel(gallery.image(Entry("art", "en"), 0), (13, 13))  # the heart's middle
    svg = kit / "assets/blue-heart.svg"
    good = svg.read_text(encoding="utf-8")
    svg.write_text(good.replace("</svg>", ""), encoding="utf-8")
    gallery.reload()
    state = gallery.state()
    assert state["errors"] == []
    assert [(Path(str(e["file"])).name, e["code"]) for e in state["unreadable"]] == [  # type: ignore[attr-defined]
        ("blue-heart.svg", "svg.read")
    ]
    assert pixel(gallery.image(Entry("art", "ar"), 0), (13, 13)) == blue  # not drawn before
    mended = good.replace('fill="#045096"', 'fill="#E4002B"').replace(
        "</svg>", "<!-- red -->\n</svg>"
    )
    svg.write_text(mended, encoding="utf-8")
    gallery.reload()
    assert gallery.state()["errors"] == []
    red = pixel(gallery.image(Entry("art", "en"), 0), (13, 13))
    assert red != blue
    assert red[0] > 150 > red[2]


def cut_short(svg: Path) -> str:
    """Cut the end off the mini kit's heart at `svg`; the error it is, as `check` prints it."""
    svg.write_text(svg.read_text(encoding="utf-8").replace("</svg>", ""), encoding="utf-8")
    return (
        f"{svg}:7:1: error[svg.read]: failed to read SVG (Premature end of data in tag svg "
        "line 1)\n  hint: open the file in an editor and check the markup"
    )


def test_broken_art_stops_only_the_materials_that_show_it(kit: Path) -> None:
    """An SVG a layout shows, broken while the preview runs, stopped the whole page ("The kit
    cannot be read": no material redrew until it was mended), where an error in a layout
    file stops its own materials alone. The art's error is its layout's now: the materials
    that show it keep their last good pages (not drawn again) with it on their cards, and
    the others redraw as they are edited."""
    (kit / "materials/layouts/art.yaml").write_text(ART_LAYOUT, encoding="utf-8")
    gallery = Gallery(kit, PPI)
    art = gallery.image(Entry("art", "en"), 0)
    boxes = gallery.image(Entry("boxes", "en"), 0)
    svg = kit / "assets/blue-heart.svg"
    good = svg.read_text(encoding="utf-8")
    said = cut_short(svg)
    replace_in(kit / "materials/layouts/boxes.yaml", "{start: 2, top: 14,", "{start: 8, top: 14,")
    assert gallery.reload() == ["-/boxes/en"]  # the other layout's edit, and not the art's
    state = gallery.state()
    assert state["errors"] == []  # no banner of the whole kit
    assert unreadable_of(state["unreadable"]) == [said]
    cards = {str(d["id"]): unreadable_of(d["unreadable"]) for d in state["documents"]}  # type: ignore[attr-defined]
    assert {i: found for i, found in cards.items() if found} == {
        "-/art/en": [said],
        "-/art/ar": [said],
    }
    assert gallery.image(Entry("art", "en"), 0) is art  # its last good page
    assert gallery.image(Entry("boxes", "en"), 0) != boxes
    svg.write_text(good, encoding="utf-8")
    assert gallery.reload() == []  # mended as it was drawn
    assert gallery.state()["unreadable"] == []


def test_a_layout_that_never_read_well_has_cards_with_its_errors(kit: Path) -> None:
    """A layout file broken from the preview's start had no cards: its error was in the
    page's banner alone, and its materials missing from the gallery. Each material it makes
    (its design and sizes, in each language, where they go once it reads) has its cards,
    without pages, with the file's errors and its warnings, as a layout that broke after a
    good read has; its page images answer with the errors (HTTP 503). Mended, they draw."""
    from campaign.diagnostics import DiagnosticsError

    text = kit / "materials/layouts/text.yaml"
    replace_in(text, "min_type_pt: 3", SIZES)
    ids = [e.id for e in Gallery(kit, PPI).entries()]
    replace_in(text, "fill: white", "fill: purple")
    gallery = Gallery(kit, PPI)
    assert [e.id for e in gallery.entries()] == ids
    state = gallery.state()
    assert state["errors"] == []
    said = (
        f"{text}:11:39: error[ref.colour]: unknown colour 'purple'\n"
        "  hint: colours are: blue, red, green, yellow, navy, white, black"
    )
    assert unreadable_of(state["unreadable"]) == [said]
    documents: list[dict[str, Any]] = state["documents"]  # type: ignore[assignment]
    never = {d["id"]: unreadable_of(d["unreadable"]) for d in documents if d["never_read"]}
    made = [f"-/text{size}/{c}" for size in ("", "-wide", "-tall") for c in ("en", "ar")]
    assert never == dict.fromkeys(made, [said])
    assert all(d["size_mm"] is None for d in documents if d["never_read"])
    tall = [("text.yaml", 17, "layout.bleed"), ("text.yaml", 17, "layout.proportions")]
    wide = [("text.yaml", 15, "layout.proportions")]
    assert card_warnings(state) == {
        "-/text-wide/en": wide,
        "-/text-wide/ar": wide,
        "-/text-tall/en": tall,
        "-/text-tall/ar": tall,
    }
    with pytest.raises(DiagnosticsError) as exc:
        gallery.image(Entry("text-wide", "ar"), 0)
    assert exc.value.render() == said
    replace_in(text, "fill: purple", "fill: white")
    gallery.reload()
    state = gallery.state()
    assert [e.id for e in gallery.entries()] == ids
    assert not any(d["never_read"] or d["unreadable"] for d in state["documents"])  # type: ignore[index]
    assert gallery.image(Entry("text-wide", "ar"), 0)


def test_a_layout_that_never_read_well_has_cards_in_the_offices_that_build_it(
    kit: Path,
) -> None:
    """An office's gallery (`preview --office`) gives the cards of a layout file that never
    read well to the offices that build its materials, as a build of them would: those of
    its paper family, or whose `materials:` lists one."""
    from campaign.serve.entries import Selection

    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(ROSEA, encoding="utf-8")  # ISO paper
    (kit / "materials/offices/lilia.yaml").write_text(
        LILIA + "paper: us\nmaterials: [boxes, text-letter]\n", encoding="utf-8"
    )
    text = kit / "materials/layouts/text.yaml"
    replace_in(text, "min_type_pt: 3", "min_type_pt: 3\npaper: iso\nsizes:\n"
        "  wide: {trim: [30, 20]}\n  letter: {trim: [30, 20], paper: us}\n")  # fmt: skip
    good = Gallery(kit, PPI, Selection(offices=("all",))).entries()
    replace_in(text, "fill: white", "fill: purple")
    gallery = Gallery(kit, PPI, Selection(offices=("all",)))
    assert gallery.entries() == good
    assert [e.id for e in gallery.entries() if e.material.startswith("text")] == [
        "lilia/text-letter/en",
        "rosea/text/ar",
        "rosea/text/en",
        "rosea/text-wide/ar",
        "rosea/text-wide/en",
    ]


def test_a_new_size_joins_without_redrawing_its_design(kit: Path) -> None:
    """A size added under a design's `sizes:` is a document of its own: the design's pages
    were drawn again (the layout, sizes included, was compared)."""
    gallery = Gallery(kit, PPI)
    first = gallery.image(Entry("boxes", "en"), 0)
    layout = kit / "materials/layouts/boxes.yaml"  # at the end, as the kit's designs have them
    layout.write_text(
        layout.read_text(encoding="utf-8") + "sizes:\n  big: {trim: [40, 40]}\n",
        encoding="utf-8",
    )
    assert gallery.reload() == []
    assert Entry("boxes-big", "en") in gallery.entries()
    assert gallery.image(Entry("boxes", "en"), 0) is first


def test_art_is_parsed_again_only_when_its_file_changed(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every reload parsed every SVG drawn so far again: a 15,000-element SVG made each save
    of any file (a comment in a strings file) take 4 to 5 s. Only a changed file is parsed."""
    from campaign.serve import reread as module

    (kit / "materials/layouts/art.yaml").write_text(ART_LAYOUT, encoding="utf-8")
    gallery = Gallery(kit, PPI)
    gallery.image(Entry("art", "en"), 0)
    parsed: list[Path] = []
    real = module.load_svg

    def counting(path: Path, resources: object) -> object:
        parsed.append(path)
        return real(path, resources)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "load_svg", counting)
    gallery.reload()  # the first time: the art the image drew, parsed here once
    parsed.clear()
    replace_in(kit / "materials/strings/en.yaml", "language: en", "language: en  # a comment")
    gallery.reload()
    assert parsed == []
    svg = kit / "assets/blue-heart.svg"
    svg.write_text(svg.read_text(encoding="utf-8") + "<!-- saved -->\n", encoding="utf-8")
    gallery.reload()
    assert [p.name for p in parsed] == ["blue-heart.svg"]


def card_warnings(state: dict[str, Any]) -> dict[str, list[tuple[str, int, str]]]:
    """The warnings on each document's card, as (file name, line, code)."""
    return {
        d["id"]: [(Path(w["file"]).name, w["line"], w["code"]) for w in d["warnings"]]
        for d in state["documents"]
        if d["warnings"]
    }


def test_the_kits_warnings_are_in_the_state(kit: Path) -> None:
    """The page showed the kit's errors only: a low bleed (or a colour whose screen and print
    values differ, a style below the type floor), which `check` prints, was never shown. A
    warning about one material is on its documents' cards (a designer missed one in the
    collapsed list of the kit's warnings)."""
    gallery = Gallery(kit, PPI)
    assert gallery.state()["warnings"] == []
    assert card_warnings(gallery.state()) == {}
    replace_in(kit / "materials/layouts/boxes.yaml", "bleed: 3", "bleed: 1")
    gallery.reload()
    state = gallery.state()
    assert state["warnings"] == []
    assert state["warnings_on_cards"] == 1
    assert card_warnings(state) == {
        "-/boxes/en": [("boxes.yaml", 6, "layout.bleed")],
        "-/boxes/ar": [("boxes.yaml", 6, "layout.bleed")],
    }
    (warning,) = state["documents"][2]["warnings"]
    assert state["documents"][2]["id"] == "-/boxes/en"
    assert gallery.describe(Entry("boxes", "en"))["warnings"] == [warning]
    assert str(warning["text"]).endswith(
        "warning[layout.bleed]: bleed of 1 mm: print shops ask for at least 3 mm, and their "
        "preflight refuses less: so does the build's\n  hint: set bleed: 3 (art that reaches "
        "the edge extends to it)"
    )


# the mini kit's text page in two more sizes, the tall one with a low bleed of its own
SIZES = (
    "min_type_pt: 3\nsizes:\n  wide: {trim: [30, 20]}\n  tall:\n    trim: [20, 30]\n    bleed: 1\n"
)


def test_each_warning_is_on_the_cards_of_the_materials_it_is_about(kit: Path) -> None:
    """A size's warning (its proportions: its subject; its own low bleed: a line of its entry)
    is on that size's cards alone; one of the design's lines on the design's and every size's
    (they are made from it); one of no material (a strings file's) stays in the list."""
    replace_in(kit / "materials/layouts/text.yaml", "min_type_pt: 3", SIZES)
    replace_in(kit / "materials/strings/ar.yaml", "  word: قلب", "  word: قلب\n  extra: قلب")
    gallery = Gallery(kit, PPI)
    state = gallery.state()
    assert [(Path(w["file"]).name, w["line"], w["code"]) for w in state["warnings"]] == [
        ("ar.yaml", 6, "strings.unused")
    ]
    assert state["warnings_on_cards"] == 3
    tall = [("text.yaml", 17, "layout.bleed"), ("text.yaml", 17, "layout.proportions")]
    wide = [("text.yaml", 15, "layout.proportions")]
    assert card_warnings(state) == {
        "-/text-wide/en": wide,
        "-/text-wide/ar": wide,
        "-/text-tall/en": tall,
        "-/text-tall/ar": tall,
    }
    replace_in(kit / "materials/layouts/text.yaml", "bleed: 3", "bleed: 2")  # the design's
    gallery.reload()
    state = gallery.state()
    design = ("text.yaml", 5, "layout.bleed")
    assert card_warnings(state) == {
        "-/text/en": [design],
        "-/text/ar": [design],
        "-/text-wide/en": [design, *wide],
        "-/text-wide/ar": [design, *wide],
        "-/text-tall/en": [tall[0], design, tall[1]],  # in the order `check` prints them
        "-/text-tall/ar": [tall[0], design, tall[1]],
    }
    assert state["warnings_on_cards"] == 4


def shown_warnings(state: dict[str, Any]) -> list[str]:
    """Every warning the page shows, its list's then each card's, each once, as JSON (the
    fields `check --json` gives)."""
    found = [*state["warnings"], *(w for d in state["documents"] for w in d["warnings"])]
    fields = ({k: v for k, v in w.items() if k != "text"} for w in found)
    return list(dict.fromkeys(json.dumps(w, sort_keys=True) for w in fields))


def test_with_a_layouts_error_the_page_shows_the_warnings_check_prints(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one layout had an error, the page's list held "1 warning(s) of the kit": another
    layout's low bleed (on that layout's cards otherwise), and not the campaign's past year,
    which `check` printed (a designer's trial): the warnings of the reading that failed,
    not check's. They are check's now, each where it belongs: the past year in the list, the
    low bleed on its layout's cards, the broken layout's own on its sizes' cards."""
    from datetime import date

    from campaign import dates

    monkeypatch.setattr(dates, "today", lambda: date(2026, 12, 7))
    replace_in(kit / "materials/layouts/boxes.yaml", "bleed: 3", "bleed: 1")
    replace_in(kit / "materials/layouts/text.yaml", "min_type_pt: 3", SIZES)
    gallery = Gallery(kit, PPI)
    replace_in(kit / "materials/layouts/text.yaml", "fill: white", "fill: purple")
    gallery.reload()
    state = gallery.state()
    listed = [(Path(w["file"]).name, w["line"], w["code"]) for w in state["warnings"]]  # type: ignore[attr-defined]
    assert listed == [("campaign.yaml", 6, "campaign.past-year")]
    assert state["warnings_on_cards"] == 4
    assert card_warnings(state)["-/boxes/en"] == [("boxes.yaml", 6, "layout.bleed")]
    code, out = cli("check", "--kit", kit, "--json")
    assert code == 1, out
    printed = [
        json.dumps({k: v for k, v in d.items() if k != "materials"}, sort_keys=True)
        for d in json.loads(out)["diagnostics"]
        if d["severity"] == "warning"
    ]
    assert len(printed) == 5
    assert sorted(shown_warnings(state)) == sorted(printed)


# NotoSansArabic without its bold, listing Latn after NotoSans does
FONTS_WARNED = """\
families:
  NotoSans:
    regular: NotoSans-Regular.ttf
    bold: NotoSans-Bold.ttf
    scripts: [Latn]
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    scripts: [Arab, Latn]
"""


def test_the_page_shows_fonts_yamls_warnings_as_check_prints_them(kit: Path) -> None:
    """fonts.yaml's warnings (a script two families list; a family with no bold that sets a
    language's bold texts), which `check` prints, were not on the page: the list of the
    kit's warnings said nothing of them."""
    from tests.kits import ROOT

    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"):
        (kit / f"fonts/{name}.ttf").write_bytes((ROOT / f"fonts/{name}.ttf").read_bytes())
    (kit / "fonts/fonts.yaml").write_text(FONTS_WARNED, encoding="utf-8")
    state = Gallery(kit, PPI).state()
    listed = [(Path(w["file"]).name, w["line"], w["code"]) for w in state["warnings"]]  # type: ignore[attr-defined]
    assert listed == [
        ("fonts.yaml", 8, "font.script-twice"),
        ("fonts.yaml", 6, "font.no-bold"),
    ]
    assert state["warnings_on_cards"] == 0
    code, out = cli("check", "--kit", kit, "--json")
    assert code == 0, out
    printed = [
        json.dumps({k: v for k, v in d.items() if k != "materials"}, sort_keys=True)
        for d in json.loads(out)["diagnostics"]
        if d["severity"] == "warning"
    ]
    assert shown_warnings(state) == printed


def test_a_kit_that_cannot_be_read_shows_its_warnings_apart(kit: Path) -> None:
    """A designer's trial: with a YAML error in the kit, the page listed a warning of the
    same reading (a low bleed) under "The kit cannot be read", among the errors."""
    gallery = Gallery(kit, PPI)
    replace_in(kit / "materials/layouts/boxes.yaml", "bleed: 3", "bleed: 1")
    campaign = kit / "materials/campaign.yaml"
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\nbroken: [\n", "utf-8")
    gallery.reload()
    state = gallery.state()
    errors, warnings = state["errors"], state["warnings"]
    assert isinstance(errors, list)
    assert isinstance(warnings, list)
    assert [e["code"] for e in errors] == ["load.yaml"], errors
    assert "layout.bleed" in [w["code"] for w in warnings], warnings


def test_a_photo_cut_short_is_the_kits_error_on_a_page_not_drawn_before(kit: Path) -> None:
    """A photo cut short while the preview runs: the kit's error names it, and a page not
    drawn before (another layout with the photo at another size) failed with Python's
    "OSError: image file is truncated" (HTTP 500, a broken image on the page). It is the
    kit's error now, which the server answers with 503 and the page shows in the card."""
    from campaign.diagnostics import DiagnosticsError

    photo = Image.new("RGB", (400, 300), (30, 120, 60))
    for i in range(0, 400 * 300, 7):  # detail, so that 300 bytes are not the whole image
        photo.putpixel((i % 400, i // 400), (i % 251, 0, 0))
    photo.save(kit / "assets/photo.png")
    for name, mm in (("boxes", 12), ("hearts", 8)):
        path = kit / f"materials/layouts/{name}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace(
                "slots:\n",
                "slots:\n  - {name: photo, kind: image, asset: photo.png, overlap: true, "
                f"frame: {{start: 4, top: 4, width: {mm}, height: {mm}}}}}\n",
                1,
            ),
            encoding="utf-8",
        )
    gallery = Gallery(kit, PPI)
    gallery.image(Entry("boxes", "en"), 0)
    data = (kit / "assets/photo.png").read_bytes()
    (kit / "assets/photo.png").write_bytes(data[:300])
    gallery.reload()
    with pytest.raises(DiagnosticsError) as exc:
        gallery.image(Entry("hearts", "en"), 0)
    assert "error[image.read]: failed to read image 'photo.png' (image file is truncated)" in (
        exc.value.render()
    )


def test_a_broken_translation_keeps_its_last_pages_and_the_others_go_on(kit: Path) -> None:
    """A strings file that cannot be read stopped the whole page, as any error does: every
    language showed its last good pages until it was fixed. Now that language keeps its
    last good pages, its errors are in the state's `unreadable`, and the others redraw."""
    gallery = Gallery(kit, PPI)
    gallery.image(Entry("text", "ar"), 0)
    gallery.image(Entry("text", "en"), 0)
    ar = kit / "materials/strings/ar.yaml"
    good = ar.read_text(encoding="utf-8")
    replace_in(ar, "  word: قلب", "  word: [قلب")
    gallery.reload()
    state = gallery.state()
    assert state["errors"] == []
    unreadable = state["unreadable"]
    assert isinstance(unreadable, list)
    assert [(Path(str(u["file"])).name, u["line"], u["code"]) for u in unreadable] == [
        ("ar.yaml", 5, "load.yaml")
    ]
    assert Entry("text", "ar") in gallery.entries()  # its last good texts
    # its error on its language's cards, not on the others'
    said = unreadable_of(unreadable)
    assert unreadable_of(gallery.describe(Entry("text", "ar"))["unreadable"]) == said
    assert gallery.describe(Entry("text", "en"))["unreadable"] == []
    gallery.image(Entry("text", "ar"), 0)
    replace_in(kit / "materials/strings/en.yaml", "  word: Heart", "  word: Hearts")
    assert "-/text/en" in gallery.reload()  # the others go on
    ar.write_text(good, encoding="utf-8")
    gallery.reload()
    assert gallery.state()["unreadable"] == []


ROSEA = 'name: Rosea\nlanguages: [ar, en]\nfields:\n  helpline: "+00 000 000"\nsample: true\n'


def office_entries(gallery: Gallery) -> set[Entry]:
    return {e for e in gallery.entries() if e.office == "rosea"}


def test_a_broken_translation_an_office_prints_keeps_its_pages(kit: Path) -> None:
    """A strings file with an error, of a language an office prints: the preview's reading of
    the kit raised it (a traceback in the watching thread, which then stopped: the page never
    refreshed again). The office's pages in that language show their last good texts."""
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(ROSEA, encoding="utf-8")
    gallery = Gallery(kit, PPI)
    before = office_entries(gallery)
    assert Entry("text", "ar", "rosea") in before
    ar = kit / "materials/strings/ar.yaml"
    replace_in(ar, "  word: قلب", "\t word: قلب")
    gallery.reload()
    state = gallery.state()
    assert state["errors"] == []
    assert [(Path(str(u["file"])).name, u["code"]) for u in state["unreadable"]] == [  # type: ignore[attr-defined]
        ("ar.yaml", "load.yaml")
    ]
    assert office_entries(gallery) == before
    gallery.image(Entry("text", "ar", "rosea"), 0)  # drawn with the last good texts


def test_an_office_file_with_errors_keeps_its_last_pages_and_names_its_errors(
    kit: Path,
) -> None:
    """An office file with an error made the office's pages vanish from the preview, with no
    message (the kit left the office out: Kit.unusable_offices). Its last good pages stay,
    and its errors are in the state's `unreadable`, at their place; an office that never read
    well has no pages, and its errors are there too."""
    (kit / "materials/offices").mkdir()
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(ROSEA, encoding="utf-8")
    gallery = Gallery(kit, PPI)
    before = office_entries(gallery)
    assert before
    office.write_text(ROSEA.replace("languages:", "langauges:"), encoding="utf-8")
    gallery.reload()
    state = gallery.state()
    assert state["errors"] == []
    assert [
        (Path(str(u["file"])).name, u["line"], u["code"])
        for u in state["unreadable"]  # type: ignore[attr-defined]
    ] == [("rosea.yaml", 2, "schema.unknown-key"), ("rosea.yaml", 1, "schema.missing-key")]
    assert office_entries(gallery) == before
    said = unreadable_of(state["unreadable"])  # on the office's cards, not the campaign's
    assert all(unreadable_of(gallery.describe(e)["unreadable"]) == said for e in before)
    assert gallery.describe(Entry("text", "en"))["unreadable"] == []
    office.write_text(ROSEA, encoding="utf-8")
    gallery.reload()
    assert gallery.state()["unreadable"] == []
    office.write_text(ROSEA.replace("languages:", "langauges:"), encoding="utf-8")
    fresh = Gallery(kit, PPI)  # never read well: no pages, its errors named
    assert office_entries(fresh) == set()
    assert len(fresh.state()["unreadable"]) == 2  # type: ignore[arg-type]


def test_an_office_logo_that_cannot_be_read_fails_that_offices_documents_alone(
    kit: Path,
) -> None:
    """An office's SVG logo cut short (an asset): its error is the office's, as `check` sets
    it apart; the office's documents keep their last good pages with it on their cards, the
    campaign's redraw and carry nothing."""
    (kit / "materials/offices").mkdir()
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(ROSEA + "logos:\n  partner: rosea-logo.svg\n", encoding="utf-8")
    logo = kit / "assets/rosea-logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10">'
        '<rect width="40" height="10" fill="#c81e5a"/></svg>\n',
        encoding="utf-8",
    )
    gallery = Gallery(kit, PPI)
    before = office_entries(gallery)
    assert before
    gallery.image(Entry("boxes", "en"), 0)
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10">', "utf-8")
    replace_in(kit / "materials/layouts/boxes.yaml", "{start: 2, top: 14,", "{start: 8, top: 14,")
    assert gallery.reload() == ["-/boxes/en"]
    state = gallery.state()
    assert state["errors"] == []
    said = unreadable_of(state["unreadable"])
    assert [line.split(": ")[1] for line in said] == ["error[svg.read]", "error[image.read]"]
    assert office_entries(gallery) == before
    assert all(unreadable_of(gallery.describe(e)["unreadable"]) == said for e in before)
    assert gallery.describe(Entry("boxes", "en"))["unreadable"] == []


LILIA = 'name: Lilia\nlanguages: [en]\nfields:\n  helpline: "+00 000 001"\nsample: true\n'


def test_a_preview_of_one_office_language_and_material(kit: Path) -> None:
    """`preview --office ID --lang CODES --only MATERIALS` shows what `build` would make with
    the same options: an office's documents only (every document of every office and of the
    campaign kit were listed, hundreds for a real kit), in the languages and materials
    asked for; --lang without --office narrows every group."""
    from campaign.serve.entries import Selection

    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(ROSEA, encoding="utf-8")
    (kit / "materials/offices/lilia.yaml").write_text(LILIA, encoding="utf-8")
    everything = Gallery(kit, PPI).entries()
    assert {e.office for e in everything} == {None, "rosea", "lilia"}
    one = Gallery(kit, PPI, Selection(offices=("rosea",))).entries()
    assert one == [e for e in everything if e.office == "rosea"]
    narrow = Gallery(kit, PPI, Selection(("rosea",), ("ar",), ("text", "badge"))).entries()
    assert narrow == [Entry("badge", "ar", "rosea"), Entry("text", "ar", "rosea")]
    # a language the office does not list is shown for it, as `build --office --lang` makes it
    assert (
        Entry("text", "ar", "lilia") in Gallery(kit, PPI, Selection(("lilia",), ("ar",))).entries()
    )
    every_en = Gallery(kit, PPI, Selection(langs=("en",))).entries()
    assert {e.office for e in every_en} == {None, "rosea", "lilia"}
    assert {e.lang for e in every_en} == {"en"}
    all_offices = Gallery(kit, PPI, Selection(offices=("all",))).entries()
    assert {e.office for e in all_offices} == {"rosea", "lilia"}


def test_a_preview_of_a_name_the_kit_lacks_is_an_error(kit: Path) -> None:
    from campaign.diagnostics import DiagnosticsError
    from campaign.serve.entries import Selection

    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(ROSEA, encoding="utf-8")
    gallery = Gallery(kit, PPI)
    assert gallery.kit is not None
    for selection, code, words in [
        (Selection(offices=("rose",)), "ref.office", "did you mean 'rosea'?"),
        (Selection(langs=("ra",)), "ref.language", "unknown language 'ra'"),
        (Selection(only=("txt",)), "ref.material", "did you mean 'text'?"),
    ]:
        with pytest.raises(DiagnosticsError) as exc:
            selection.check(gallery.kit)
        rendered = exc.value.render()
        assert f"error[{code}]" in rendered, rendered
        assert words in rendered, rendered


def test_the_preview_command_refuses_a_selection_before_it_serves(kit: Path) -> None:
    from tests.kits import cli

    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(
        ROSEA + "materials: [text]\n", encoding="utf-8"
    )
    code, text = cli("preview", "--kit", kit, "--office", "rosea", "--only", "badge")
    assert code == 1, text
    assert text.endswith(
        "error[preview.select]: no document matches --office, --lang and --only together\n"
        "  hint: leave one of them out, or name a material the office builds (its "
        "`materials:`, or its paper's sizes)\n"
        "1 error(s)\n"
    ), text
    code, text = cli("preview", "--kit", kit, "--office", "rose")
    assert code == 1, text
    assert "error[ref.office]: unknown office 'rose'" in text, text
    assert "Traceback" not in text


def test_the_preview_of_a_material_whose_layout_has_errors_names_them_and_serves(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`preview --only text` while text.yaml has an error: the layout is set apart, as
    `check` sets it, so no document matched and the command refused with preview.select
    ("no document matches"), not the error. It names the error and serves the material's
    cards, with the error on them: their pages are drawn when the file is mended."""
    from campaign.serve.server import Preview

    served: list[int] = []

    def stopped(self: Preview, watch: bool = True) -> None:
        served.append(len(self.gallery.entries()))
        self.httpd.server_close()
        raise KeyboardInterrupt

    monkeypatch.setattr(Preview, "serve", stopped)
    replace_in(kit / "materials/layouts/text.yaml", "fill: white", "fill: purple")
    code, text = cli("preview", "--kit", kit, "--only", "text")
    assert code == 0, text
    assert served == [2]  # text in English and Arabic
    assert text.startswith(
        f"{kit / 'materials/layouts/text.yaml'}:11:39: error[ref.colour]: unknown colour "
        "'purple'\n  hint: colours are: blue, red, green, yellow, navy, white, black\n"
        "1 error(s)\npreview of 2 documents (2 wait for their layout file's mend) at "
        "http://127.0.0.1:"
    ), text


def test_a_page_past_the_most_pixels_is_drawn_at_a_lower_ppi(kit: Path) -> None:
    """The text page with its bleed is 26 x 26 mm: 27 x 27 px at 25.4 ppi (PDFium rounds up a
    hair over 26; 729 pixels). With 400 at most it is drawn at 19 ppi, 20 x 20 px (20 ppi would be 21 x 21, 441); the proof
    too. The page shows every image in a box of its own size in mm, so only its sharpness
    changes."""
    entry = Entry("text", "en")
    full = Image.open(io.BytesIO(Gallery(kit, PPI).image(entry, 0)))
    assert full.size == (27, 27)
    capped = Gallery(kit, PPI, most=400)
    image = Image.open(io.BytesIO(capped.image(entry, 0)))
    assert image.size == (20, 20)
    assert image.info["dpi"][0] == pytest.approx(19, abs=0.05)
    assert Image.open(io.BytesIO(capped.image(entry, 0, proof=True))).size == (20, 20)


def test_the_preview_limits_the_pixels_of_its_default_resolution_only(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`preview` draws at 72 ppi within MAX_PREVIEW_PIXELS; a --ppi given is drawn as asked."""
    from click.testing import CliRunner

    from campaign.cli import main
    from campaign.pipeline.options import MAX_PREVIEW_PIXELS
    from campaign.serve.server import Preview

    seen: list[tuple[float, int | None]] = []

    def stopped(self: Preview, watch: bool = True) -> None:
        seen.append((self.gallery.ppi, self.gallery.most))
        self.httpd.server_close()
        raise KeyboardInterrupt

    monkeypatch.setattr(Preview, "serve", stopped)
    for more in ([], ["--ppi", "72"], ["--ppi", "300"]):
        args = ["preview", "--kit", str(kit), "--only", "text", "--lang", "en", *more]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert seen == [(72, MAX_PREVIEW_PIXELS), (72, None), (300, None)]


def test_a_warning_whose_subject_names_a_material_is_about_it(kit: Path) -> None:
    """Wherever it is written (a campaign.yaml line): the material its subject names, if the
    kit has it; none without one outside the layout files."""
    from dataclasses import replace

    from campaign.diagnostics import Diagnostic, Mark, Severity, Subject
    from campaign.kit import load_kit
    from campaign.serve.warned import warned_materials

    loaded = load_kit(kit)
    where = Mark(kit / "materials/campaign.yaml", 3, 1)
    d = Diagnostic("layout.bleed", "low", where, (), Severity.WARNING, Subject(material="boxes"))
    assert warned_materials(d, loaded) == ("boxes",)
    assert warned_materials(replace(d, subject=Subject(material="gone")), loaded) == ()
    assert warned_materials(replace(d, subject=Subject()), loaded) == ()
    text = Mark(kit / "materials/layouts/text.yaml", 3, 1)
    assert warned_materials(replace(d, subject=Subject(), mark=text), loaded) == ("text",)


def test_a_warning_at_a_layout_file_spelt_otherwise_is_about_its_materials(
    kit: Path, tmp_path: Path
) -> None:
    """Relative to the working folder, or through a link, a layout file's warning is still
    its materials' (the file compared as it resolves), for the preview's cards and for what a
    build or check of other materials shows: it was about no material, so shown (and failing
    --strict) in every `--only` command."""
    import os
    from dataclasses import replace

    from campaign.diagnostics import Diagnostic, Mark, Severity
    from campaign.kit import load_kit
    from campaign.pipeline.selection import selected
    from campaign.serve.warned import warned_materials

    loaded = load_kit(kit)
    text = kit / "materials/layouts/text.yaml"
    link = tmp_path / "linked.yaml"
    link.symlink_to(text)
    d = Diagnostic("layout.bleed", "low", Mark(text, 3, 1), (), Severity.WARNING)
    for path in (Path(os.path.relpath(text)), link):
        spelt = replace(d, mark=Mark(path, 3, 1))
        assert warned_materials(spelt, loaded) == ("text",), path
        assert selected((spelt,), None, None, {"boxes"}, loaded.layouts) == (), path
        assert selected((spelt,), None, None, {"text"}, loaded.layouts) == (spelt,), path


# text.yaml with two sizes under `sizes:` above its styles and slots: an edit of the first
# size's entry that adds a line moves every line under it, the design's too
SIZES_ABOVE = (
    "marks: false\nsizes:\n  big: {trim: [40, 40]}\n"
    "  edge: {trim: [20, 20], slots: {word: {frame: {start: 0.5, top: 3, width: 14, height: 14}}}}\n"
)


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The documents composed and drawn from now on, by id, in order."""
    import campaign.serve.gallery as gallery_module

    done: dict[str, list[str]] = {"composed": [], "drawn": []}
    compose, draw = gallery_module.compose_document, Gallery._draw

    def composing(kit: Any, fonts: Any, layout: Any, lang: Any, office: Any = None) -> Any:
        done["composed"].append(f"{office.id if office else '-'}/{layout.id}/{lang.code}")
        return compose(kit, fonts, layout, lang, office)

    def drawing(self: Gallery, drawn: Any, proof: bool) -> list[bytes]:
        composed = drawn.laid.composed
        done["drawn"].append(f"-/{composed.layout.id}/{composed.lang.code}")
        return draw(self, drawn, proof)

    monkeypatch.setattr(gallery_module, "compose_document", composing)
    monkeypatch.setattr(Gallery, "_draw", drawing)
    return done


def test_an_edit_of_one_sizes_entry_draws_that_size_alone(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The design and its two sizes, shown in en and ar (6 documents): `big`'s entry edited
    (a new trim, on two lines) composes and draws `big`'s 2 documents again, not the design's
    or `edge`'s, though their lines moved (all 6 were drawn again: the layouts, compared as
    read, named their lines); `edge`'s are told to the page too, its problems naming lines
    that moved. Editing the design's own lines draws all 6."""
    layout = kit / "materials/layouts/text.yaml"
    replace_in(layout, "marks: false\n", SIZES_ABOVE)
    gallery = Gallery(kit, PPI)
    shown = [Entry(m, c) for m in ("text", "text-big", "text-edge") for c in ("en", "ar")]
    first = {e: gallery.image(e, 0) for e in shown}
    done = _counting(monkeypatch)
    replace_in(layout, "  big: {trim: [40, 40]}\n", "  big:\n    trim: [30, 30]\n")
    assert sorted(gallery.reload()) == ["-/text-big/ar", "-/text-big/en", "-/text-edge/ar",
                                        "-/text-edge/en"]  # fmt: skip
    again = {e: gallery.image(e, 0) for e in shown}
    assert sorted(done["composed"]) == ["-/text-big/ar", "-/text-big/en"]
    assert sorted(done["drawn"]) == ["-/text-big/ar", "-/text-big/en"]
    assert all(again[e] is first[e] for e in shown if e.material != "text-big")
    assert Image.open(io.BytesIO(again[Entry("text-big", "en")])).size == (30 + 6, 30 + 6)
    # the design's own lines: every document
    replace_in(layout, "size: 12, min_size: 6", "size: 11, min_size: 6")
    done["composed"].clear()
    done["drawn"].clear()
    assert len(gallery.reload()) == 6
    for e in shown:
        gallery.image(e, 0)
    assert len(done["composed"]) == len(done["drawn"]) == 6


def test_a_kept_documents_problems_name_the_lines_as_they_are_now(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`edge`'s own frame for the word comes into the safe margin: its problem is at that
    frame (line 10) and names the design's slot (line 15). An edit of `big`'s entry above it
    that adds a line keeps `edge`'s pages (not composed again) and its problem names lines
    11 and 16, as `check` does; the page is told to fetch its card again."""
    layout = kit / "materials/layouts/text.yaml"
    replace_in(layout, "marks: false\n", SIZES_ABOVE)
    gallery = Gallery(kit, PPI)
    edge = Entry("text-edge", "en")
    gallery.image(edge, 0)

    def problem() -> tuple[object, str]:
        (found,) = gallery.describe(edge)["problems"]  # type: ignore[misc]
        return found["line"], found["text"].splitlines()[-1]

    hint = "  hint: this is text-edge's own frame of slot 'word' (`sizes: edge: slots:`), not "
    assert problem() == (10, hint + "text's scaled (its slot at text.yaml:15)")
    done = _counting(monkeypatch)
    replace_in(layout, "  big: {trim: [40, 40]}\n", "  big:\n    trim: [40, 40]\n")
    assert "-/text-edge/en" in gallery.reload()
    assert problem() == (11, hint + "text's scaled (its slot at text.yaml:16)")
    assert done == {"composed": [], "drawn": []}


def test_an_office_logo_too_low_is_on_the_cards_of_the_materials_it_names(
    kit_copy: Callable[..., Path],
) -> None:
    """`image.logo-small` is written at the office's file and names the slots of other
    materials where the logo prints too low: the page listed it among the kit's warnings,
    on no card. It is on the office's cards of those materials (a 12:1 wordmark: the 1200 x
    630 social image's alone), not on the others' (nor another office's) nor in the list."""
    from campaign.serve.entries import Selection

    from ..offices.kit import office_kit

    root = office_kit(kit_copy)
    Image.new("RGB", (1200, 100), (200, 30, 90)).save(root / "assets" / "rosea-logo.png")
    only = ("event-flyer-a5", "social-1200x630")
    offices = ("rosea", "brussels")  # another office's cards of the same materials
    gallery = Gallery(root, PPI, Selection(offices=offices, langs=("en",), only=only))
    state = gallery.state()
    listed = [(Path(w["file"]).name, w["code"]) for w in state["warnings"]]
    assert ("rosea.yaml", "image.logo-small") not in listed
    small = {
        card: [w for w in found if w[2] == "image.logo-small"]
        for card, found in card_warnings(state).items()
    }
    assert "brussels/social-1200x630/en" in [d["id"] for d in state["documents"]]
    assert {card: found for card, found in small.items() if found} == {
        "rosea/social-1200x630/en": [("rosea.yaml", 12, "image.logo-small")]
    }


def test_an_inherited_logo_too_low_is_on_the_inheriting_offices_cards_too(
    kit_copy: Callable[..., Path],
) -> None:
    """An office that `extends` another and takes its logo prints it as the other does: the
    warning, told once at the file that names the logo, is on both offices' cards (it was on
    the extended office's alone); an office that gives its own logo of the name is not."""
    from campaign.serve.entries import Selection

    from ..offices.kit import inheriting_kit

    root = inheriting_kit(kit_copy)
    only = ("social-1200x630",)
    chosen = ("rosea", "rosea-east", "rosea-west")
    gallery = Gallery(root, PPI, Selection(offices=chosen, langs=("en",), only=only))
    state = gallery.state()
    small = {
        card: [w for w in found if w[2] == "image.logo-small"]
        for card, found in card_warnings(state).items()
    }
    assert "rosea-west/social-1200x630/en" in [d["id"] for d in state["documents"]]
    assert {card: found for card, found in small.items() if found} == {
        "rosea/social-1200x630/en": [("rosea.yaml", 12, "image.logo-small")],
        "rosea-east/social-1200x630/en": [("rosea.yaml", 12, "image.logo-small")],
    }


def test_a_never_read_sizes_press_is_its_designs_when_it_names_none(tmp_path: Path) -> None:
    """A size of a layout file that never read well takes its press as the kit takes it
    (kit.sizes._sized: the size's `press:`, else the design's), so an office with `presses:`
    gets the cards a build of it would make: the size given by `trim:` under a design with
    `press: 58mm` had no press, and offices were asked of its paper instead."""
    from campaign.serve.unmade import _made_by

    layout = tmp_path / "button.yaml"
    layout.write_text(
        "press: 58mm\nfill: purple\nsizes:\n  small: {trim: [40, 40]}\n"
        "  big: {trim: [80, 80], press: 75mm}\n",
        encoding="utf-8",
    )
    assert [(u.id, u.press) for u in _made_by(layout)] == [
        ("button", "58mm"),
        ("button-small", "58mm"),
        ("button-big", "75mm"),
    ]
