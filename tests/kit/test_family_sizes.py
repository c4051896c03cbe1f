"""A size added under a design's `sizes:` is of the ISO family unless it says otherwise, so
every ISO office that lists no `materials:` builds it: `check` and `build` say so, naming
those offices, when the size gives no `paper:` and is no A size (a B5 flyer added for one
office was laid out by every ISO office, without a word: an office's trial). A material an
office names that is a design's family and a paper size's name (`poster-b5`) is told the
size to add under `sizes:`, not "did you mean 'poster-a4'?"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.papers import family_sizes, paper_size

from ..kits import cli

FLYER = "materials/layouts/flyer-a5.yaml"
A4 = "  a4: {trim: [210, 297], title: Flyer A4}\n"
STEPPE = "name: Steppe office\nlanguages: [en, ru]\npaper: iso\nmaterials: [flyer-a5, {}]\n"
NOTE = (  # a note (layout.family-size) at the size's entry under `sizes:`: {where}
    "{where}: note[layout.family-size]: flyer-b5 (176 x 250 mm, B5: no A size) is built by every office of ISO paper (A "
    "sizes) that lists no `materials:`, as an A size is: brussels, central-america-caribbean, "
    "east-africa, europe-west-central-asia, middle-east-north-africa and "
    "southeast-asia-pacific (steppe lists it). To build it only for the offices whose "
    "`materials:` list it, write `paper: custom` in its entry under `sizes:` (flyer-a5.yaml, "
    "line {line}); to build it for every ISO office, `paper: iso` (then this note goes)"
)


def with_b5(
    kit_copy: Callable[..., Path], entry: str, listed: str = "flyer-b5"
) -> tuple[Path, int]:
    """The kit with `entry` (a B5 size) added after the flyer's A4 size and an office,
    steppe, that lists `listed`; the line of the size's entry."""
    kit = kit_copy(**{"materials/offices/steppe.yaml": STEPPE.replace("{}", listed)})
    path = kit / FLYER
    text = path.read_text(encoding="utf-8")
    assert A4 in text
    path.write_text(text.replace(A4, A4 + entry), encoding="utf-8")
    return kit, text[: text.index(A4)].count("\n") + 2


def note(kit: Path, line: int) -> str:
    """The note's line for the size's entry at `line` of the flyer's file (its value, col 7)."""
    return NOTE.format(where=f"{kit / FLYER}:{line}:7", line=line)


def test_a_size_every_iso_office_builds_unasked_is_noted(kit_copy: Callable[..., Path]) -> None:
    kit, line = with_b5(kit_copy, "  b5: {trim: [176, 250], title: Flyer B5}\n")
    # east-africa lists no materials: it lays out the B5 flyer steppe's size was added for
    code, out = cli("check", "--kit", kit, "--office", "east-africa", "--only", "flyer-b5")
    assert code == 0, out
    assert note(kit, line) in out.splitlines(), out
    assert out.count("note[layout.family-size]: flyer-b5") == 1
    # the note is the kit's: a check of steppe alone, or of the campaign, says it too (but
    # one of other materials alone, `--only flyer-a5`: below), and a build (its --json
    # report's diagnostics, a note at the size's entry: it was in `notes`, a line)
    code, out = cli("check", "--kit", kit, "--office", "steppe")
    assert note(kit, line) in out.splitlines(), out
    code, out = cli(
        "build", "--kit", kit, "-o", kit / "out", "--office", "steppe", "--only", "flyer-b5",
        "--lang", "en", "--no-png", "--no-digital", "--json",
    )  # fmt: skip
    assert code == 0, out
    report = json.loads(out)
    (found,) = [d for d in report["diagnostics"] if d["code"] == "layout.family-size"]
    message = note(kit, line).split(": note[layout.family-size]: ", 1)[1]
    assert found == {
        "severity": "note",
        "code": "layout.family-size",
        "message": message,
        "file": str(kit / FLYER),
        "line": line,
        "column": 7,
        "hints": [],
        "subject": {},
    }, found
    assert (report["notes"], report["counts"]["notes"]) == ([], 1), report
    # a note fails nothing, --strict included (the campaign kit's check: the offices' unfilled
    # fields are warnings)
    code, out = cli("check", "--kit", kit, "--only", "flyer-b5", "--lang", "en", "--strict")
    assert (code, note(kit, line) in out.splitlines()) == (0, True), out


def test_a_check_or_build_of_other_materials_leaves_the_note_out(
    kit_copy: Callable[..., Path],
) -> None:
    """`--only` other materials: the note of a size not asked for is not printed (a check of
    poster-a4 and poster-letter printed poster-b2's, a designer's trial); the check of the
    kit, and one that selects the size with others, say it."""
    kit, line = with_b5(kit_copy, "  b5: {trim: [176, 250], title: Flyer B5}\n")
    code, out = cli("check", "--kit", kit, "--only", "flyer-a5,flyer-a4", "--lang", "en")
    assert code == 0, out
    assert "flyer-b5 (176" not in out, out
    code, out = cli(
        "build", "--kit", kit, "-o", kit / "out", "--only", "flyer-a4", "--lang", "en",
        "--no-png", "--no-digital", "--json",
    )  # fmt: skip
    assert code == 0, out
    assert not [d for d in json.loads(out)["diagnostics"] if "flyer-b5" in d["message"]], out
    for only in (("--only", "flyer-a4,flyer-b5"), ()):
        code, out = cli("check", "--kit", kit, *only, "--lang", "en")
        assert code == 0, out
        assert note(kit, line) in out.splitlines(), out


def test_a_size_no_office_lists_is_noted_too(kit_copy: Callable[..., Path]) -> None:
    """A size added and listed by no office yet: the offices that build it, nothing more (a
    roll-up banner of the poster stopped `check` with an internal error here)."""
    kit, line = with_b5(kit_copy, "  b5: {trim: [176, 250], title: Flyer B5}\n", "poster-a3")
    code, out = cli("check", "--kit", kit, "--office", "steppe", "--lang", "en")
    assert code == 0, out
    assert note(kit, line).replace(" (steppe lists it)", "") in out.splitlines(), out


@pytest.mark.parametrize("paper", ["iso", "custom"])
def test_a_size_that_says_its_paper_is_not_noted(kit_copy: Callable[..., Path], paper: str) -> None:
    """`paper: iso` is every ISO office's size by choice; `paper: custom` the listing
    offices' only (east-africa no longer builds it: the error says why)."""
    kit, _ = with_b5(kit_copy, f"  b5: {{trim: [176, 250], paper: {paper}, title: Flyer B5}}\n")
    code, out = cli("check", "--kit", kit, "--office", "steppe", "--only", "flyer-b5")
    assert code == 0, out
    assert "note[layout.family-size]" not in out
    code, out = cli("check", "--kit", kit, "--office", "east-africa", "--only", "flyer-b5")
    assert (code, "note[layout.family-size]" in out) == (
        (0, False) if paper == "iso" else (1, False)
    ), out
    if paper == "custom":
        assert "flyer-b5 is of no paper family (paper: custom)" in out


def test_the_shipped_kits_sizes_are_of_their_family(root: Path) -> None:
    """Every size of the shipped kit is an A size, or says `paper: us` (or is a badge's
    press size): nothing to note."""
    kit = load_kit(root)
    assert family_sizes(kit.layouts, kit.offices) == []
    assert paper_size((176, 250)).name == "B5"  # type: ignore[union-attr]
    assert paper_size((279.4, 215.9)).name == "Letter"  # type: ignore[union-attr]
    assert paper_size((100, 200)) is None


ASKED = "materials/offices/steppe.yaml:4:23: error[ref.material]: office 'steppe' builds material"
# the hint of a name of no material: the kit's materials (its layouts and their sizes)
KIT_MATERIALS = (
    "materials: badge-1-25in, badge-1-5in, badge-1-75in, badge-1in, badge-2-25in, "
    "badge-25mm, badge-32mm, badge-38mm, badge-3in, badge-44mm, badge-58, badge-75mm, "
    "event-flyer-a4, event-flyer-a5, event-flyer-letter, event-poster-a3, "
    "event-poster-letter, event-poster-tabloid, flyer-a4, flyer-a5, flyer-a6, "
    "flyer-half-letter, flyer-letter, poster-a1, poster-a2, poster-a3, poster-a4, "
    "poster-letter, poster-tabloid, social-1080x1080, social-1080x1350, "
    "social-1080x1920, social-1200x630, social-frame-1080, sticker-50"
)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        (
            "poster-b5",
            "poster has no size b5: add it under `sizes:` in poster-a3.yaml (B5 is 176 x 250 "
            "mm), e.g. `b5: {trim: [176, 250], paper: custom, title: Poster B5}`; `paper: "
            "custom` keeps it to the offices whose `materials:` list it, where without it "
            "every office of ISO paper (A sizes) that lists no `materials:` builds it too "
            '(README, "Sizes")',
        ),
        (
            "event-poster-a2",  # the longest family: event-poster, not poster
            "event-poster has no size a2: add it under `sizes:` in event-poster-a3.yaml (A2 "
            "is 420 x 594 mm), e.g. `a2: {trim: [420, 594], title: Event poster A2}`; every "
            "office of ISO paper (A sizes) that lists no `materials:` builds it then, and "
            "with `paper: custom` only the offices whose `materials:` list it (README, "
            '"Sizes")',
        ),
        (
            "flyer-legal",
            "flyer has no size legal: add it under `sizes:` in flyer-a5.yaml (Legal is 215.9 "
            "x 355.6 mm), e.g. `legal: {trim: [215.9, 355.6], paper: us, bleed: 3.175, "
            "title: Flyer Legal}`; every office of US paper (Letter, Tabloid) that lists no "
            "`materials:` builds it then, and with `paper: custom` only the offices whose "
            '`materials:` list it (README, "Sizes")',
        ),
        # no paper size, and no material of its number (a3 is another number than a33):
        # the kit's materials, not a name of other digits (a print shop's trial)
        ("poster-a33", KIT_MATERIALS),
    ],
)
def test_an_unknown_size_of_a_design_is_told_where_sizes_go(
    kit_copy: Callable[..., Path], name: str, hint: str
) -> None:
    kit = kit_copy(**{"materials/offices/steppe.yaml": STEPPE.replace("{}", name)})
    code, out = cli("check", "--kit", kit, "--office", "steppe")
    assert code == 1
    assert f"{ASKED} '{name}', which the kit does not have\n  hint: {hint}\n" in out, out
    code, out = cli("check", "--kit", kit, "--only", name)  # the same hint for --only
    assert f"error[ref.material]: unknown material '{name}'\n  hint: {hint}\n" in out, out


NEAREST_2IN = (
    "the kit has no 2 in badge (50.8 mm face); the nearest by face: badge-1-75in (44.45 mm "
    "face, 52.4 mm cut) or badge-2-25in (57.15 mm face, 66.7 mm cut)"
)
ADD_2IN = (
    "for a 2 in press, add materials/presses/2in.yaml (as 1-75in.yaml: face: 50.8, cut: the "
    "paper circle your press's template gives, face + 2 x wrap, safe, source, verified) and "
    "`2in: {press: 2in, paper: us, bleed: 3.175, title: Badge 2 in}` under `sizes:` in "
    'badge-58.yaml; then build --only badge-2in (README, "Badge presses")'
)
NEAREST_57MM = (
    "the kit has no 57 mm badge; the nearest by face: badge-2-25in (57.15 mm face, 66.7 mm "
    "cut) or badge-58 (58 mm face, 70 mm cut)"
)
ADD_57MM = (
    "for a 57 mm press, add materials/presses/57mm.yaml (as 2-25in.yaml: face: 57, cut: the "
    "paper circle your press's template gives, face + 2 x wrap, safe, source, verified) and "
    "`57mm: {press: 57mm, title: Badge 57 mm}` under `sizes:` in badge-58.yaml; then build "
    '--only badge-57mm (README, "Badge presses")'
)


@pytest.mark.parametrize(
    ("name", "hints"),
    [
        # a press size the kit lacks: not badge-25mm, a 1 in badge nearest by spelling
        ("badge-2in", (NEAREST_2IN, ADD_2IN)),
        ("badge-57mm", (NEAREST_57MM, ADD_57MM)),  # not badge-58 alone
        ("badge-5.7cm", (NEAREST_57MM, ADD_57MM)),
        # the kit's 1.5 in badge, written with a point
        (
            "badge-1.5in",
            ("did you mean 'badge-1-5in'? the kit's 1.5 in badge (38.1 mm face, 44.5 mm cut)",),
        ),
        # no size (no unit, below 10), and no material of its numbers: no name of other
        # digits is offered (badge-2 is not badge-25mm), the kit's materials are listed
        ("badge-2", (KIT_MATERIALS,)),
        # a hyphen is a point only with a unit (1-5in): no 58.2 mm press; 58 and 2 are not
        # badge-58's numbers
        ("badge-58-2", (KIT_MATERIALS,)),
        ("poster-a33", (KIT_MATERIALS,)),
    ],
)
def test_a_badge_size_the_kit_lacks_is_told_the_nearest_by_face_and_how_to_add_it(
    tmp_path: Path, name: str, hints: tuple[str, ...]
) -> None:
    """A badge-press operator's trial: `build --only badge-2in` was told "did you mean
    'badge-25mm'", a 1-inch badge, by spelling, and `badge-57mm` badge-58 alone. A name
    that reads as a badge size is told the kit's badges nearest it by face (the press files'
    face and cut, mm), and the press file and `sizes:` entry that add it; another typo
    keeps its spelling hint."""
    code, out = cli("build", "--only", name, "--lang", "en", "-o", tmp_path / "out")
    assert code == 1, out
    said = "".join(f"  hint: {hint}\n" for hint in hints)
    assert f"error[ref.material]: unknown material '{name}'\n{said}1 error(s)\n" in out, out


@pytest.mark.parametrize(("name", "face"), [("badge-2in", 50.8), ("badge-57mm", 57.0)])
def test_the_badges_named_are_the_kit_s_nearest_by_face(root: Path, name: str, face: float) -> None:
    """The two badges the hint names are, of every badge the kit makes, the two whose press
    face (materials/presses/, mm) is nearest the size asked for."""
    from campaign.papers import badge_size

    kit = load_kit(root)
    size = badge_size(name, kit.layouts)
    assert size is not None
    assert size.face == pytest.approx(face)
    by_face = sorted(
        (abs(la.badge.face - face), la.id) for la in kit.layouts.values() if la.badge is not None
    )
    named = {la.id for la in size.nearest}
    assert named == {lid for _, lid in by_face[:2]}
    assert max(abs(la.badge.face - face) for la in size.nearest) <= by_face[2][0]  # type: ignore[union-attr]
