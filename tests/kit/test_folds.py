"""A layout's `folds:` as the kit reads them: each fold inside the trim and not on its edge
(the design's and a size's own), only on a material that is folded, each error at the
fold's own number with the fix (`layout.fold`); a size's folds scaled with its trim."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.model import Folds
from tests.kits import ROOT, check, mini_copy, warnings_of

CARD = ROOT / "tests" / "data" / "folded" / "mini-card.yaml"
FOLDS = "folds: {vertical: [20], horizontal: [10]}"
HINT_V = (
    "  hint: a vertical fold is in mm from the trim's start edge, between 0 and 60 (not on "
    "either edge): a fold in two is at 30, one in three at 20.0 and 40.0\n"
)
HINT_H = (
    "  hint: a horizontal fold is in mm from the trim's top edge, between 0 and 30 (not on "
    "either edge): a fold in two is at 15, one in three at 10.0 and 20.0\n"
)


def card_kit(tmp_path: Path, old: str = "", new: str = "") -> Path:
    """The mini kit with the folded card (materials/layouts/card.yaml), `old` replaced by
    `new` in it."""
    kit = mini_copy(tmp_path / "kit")
    text = CARD.read_text(encoding="utf-8")
    assert old in text
    (kit / "materials" / "layouts" / "card.yaml").write_text(
        text.replace(old, new, 1), encoding="utf-8"
    )
    return kit


def errors(text: str) -> str:
    """The error lines of `check`'s output, each with its hints."""
    out, keep = [], False
    for line in text.splitlines(keepends=True):
        if not line.startswith("  "):
            keep = ": error[" in line
        if keep:
            out.append(line)
    return "".join(out)


@pytest.mark.parametrize(
    ("folds", "said"),
    [
        (
            "folds: {vertical: [0]}",
            "materials/layouts/card.yaml:11:20: error[layout.fold]: the vertical fold at 0 mm "
            "from the start edge is on the start edge of the trim, where it folds nothing\n"
            + HINT_V,
        ),
        (
            "folds: {vertical: [20, 60]}",  # the second, at its own number
            "materials/layouts/card.yaml:11:24: error[layout.fold]: the vertical fold at 60 mm "
            "from the start edge is on the end edge of the trim, where it folds nothing\n" + HINT_V,
        ),
        (
            "folds: {vertical: 61.5}",  # a number alone is a list of one
            "materials/layouts/card.yaml:11:19: error[layout.fold]: the vertical fold at 61.5 "
            "mm from the start edge is outside the trim (60 mm wide)\n" + HINT_V,
        ),
        (
            "folds: {horizontal: [29.7]}",  # within 0.5 mm: on the edge
            "materials/layouts/card.yaml:11:22: error[layout.fold]: the horizontal fold at 29.7 "
            "mm from the top edge is on the bottom edge of the trim, where it folds nothing\n"
            + HINT_H,
        ),
        (
            "folds: {horizontal: [-4]}",
            "materials/layouts/card.yaml:11:22: error[layout.fold]: the horizontal fold at -4 mm "
            "from the top edge is outside the trim (30 mm tall)\n" + HINT_H,
        ),
    ],
    ids=["start-edge", "end-edge", "past-the-end", "bottom-edge", "above-the-top"],
)
def test_a_fold_off_the_trim_or_on_its_edge_is_an_error_at_its_number(
    tmp_path: Path, folds: str, said: str
) -> None:
    code, out = check(card_kit(tmp_path, FOLDS, folds), "--only", "card")
    assert code == 1
    assert errors(out) == said


def test_folds_written_as_a_list_are_told_the_mapping(tmp_path: Path) -> None:
    code, out = check(card_kit(tmp_path, FOLDS, "folds: [148.5]"), "--only", "card")
    assert code == 1
    assert errors(out) == (
        "materials/layouts/card.yaml:11:8: error[schema.type]: 'folds' in card.yaml must be a "
        "mapping (got [148.5])\n"
        "  hint: write it as folds: {vertical: [148.5]} or folds: {horizontal: [148.5]}\n"
    )


def test_a_size_s_own_fold_is_checked_against_the_size_s_trim(tmp_path: Path) -> None:
    kit = card_kit(
        tmp_path,
        'large: {trim: [120, 60], title: "Card, large"}',
        'large: {trim: [120, 60], title: "Card, large", folds: {vertical: [130]}}',
    )
    code, out = check(kit, "--only", "card")
    assert code == 1
    assert errors(out) == (
        "materials/layouts/card.yaml:26:69: error[layout.fold]: the vertical fold at 130 mm "
        "from the start edge is outside the trim of size 'large' (120 mm wide)\n"
        "  hint: a vertical fold is in mm from the trim's start edge, between 0 and 120 (not "
        "on either edge): a fold in two is at 60, one in three at 40.0 and 80.0\n"
    )


def test_a_badge_is_not_folded(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path / "kit",
        {"layouts/badge.yaml": ("safe: 1\n", "safe: 1\nfolds: {vertical: [10]}\n")},
    )
    code, out = check(kit, "--only", "badge")
    assert code == 1
    assert errors(out) == (
        "materials/layouts/badge.yaml:7:8: error[layout.fold]: a badge layout is not folded (a "
        "button press wraps it): 'folds' is for printed pieces\n"
        "  hint: remove 'folds:'; a folded card or leaflet is a layout of kind flyer or poster\n"
    )


def test_a_size_has_the_design_s_folds_at_its_share_or_its_own(tmp_path: Path) -> None:
    kit = card_kit(
        tmp_path,
        'large: {trim: [120, 60], title: "Card, large"}',
        'large: {trim: [120, 60], title: "Card, large"}\n'
        '  letter: {trim: [90, 40], title: "Card, other", folds: {vertical: [45]}}',
    )
    layouts = load_kit(kit).layouts
    assert layouts["card"].folds == Folds((20.0,), (10.0,))
    assert layouts["card-large"].folds == Folds((40.0,), (20.0,))  # 2 x: the same share
    assert layouts["card-letter"].folds == Folds((45.0,), ())  # its own, not scaled
    assert not layouts["text"].folds  # a layout without folds: none


def test_a_size_s_own_folds_win_even_when_it_has_none() -> None:
    """A size's `folds:` is its own, an empty one too (a size folded nowhere); without one,
    the design's at the same share of its trim. The drawing and the marks' check
    (layout.marks) read it through this one rule: the check took an empty one for the
    design's."""
    design = Folds((105.0,), (99.0,))
    assert design.on_size((210, 297), (148, 210), None) == Folds((74.0,), (70.0,))
    assert design.on_size((210, 297), (148, 210), Folds()) == Folds()
    assert design.on_size((210, 297), (148, 210), Folds((50.0,))) == Folds((50.0,))


def test_the_card_fixture_checks_clean(tmp_path: Path) -> None:
    code, out = check(card_kit(tmp_path), "--only", "card,card-large")
    assert code == 0, out
    assert "error[" not in out
    assert "layout.fold" not in out


def test_the_documented_card_checks_clean(kit_copy: object) -> None:
    """docs/folds.md's example (tests/data/folded/card-folded.yaml) in the repository's kit,
    in a left-to-right and a right-to-left language: no fold, gutter or layout problem."""
    kit = kit_copy()  # type: ignore[operator]
    shutil.copy(ROOT / "tests/data/folded/card-folded.yaml", kit / "materials/layouts/")
    code, out = check(kit, "--only", "card-folded,card-letter", "--lang", "en,ar")
    assert code == 0, out
    assert "layout." not in out, out


PANEL = (
    ", narrower than 4 mm: twice the 2 mm safe margin (`safe:`) the kit keeps inside each "
    "fold and trim edge, so nothing fits in it\n"
)
PANEL_HINT_V = (
    "  hint: a fold in two of 60 mm is at 30, one in three at 20.0 and 40.0; a flap meant to "
    "hold nothing may stay\n"
)


@pytest.mark.parametrize(
    ("folds", "said"),
    [
        (  # two folds 3 mm apart: at the one written later, moved 4 mm past the other
            "folds: {vertical: [20, 23]}",
            "materials/layouts/card.yaml:11:24: warning[layout.fold-panel]: the vertical folds "
            "at 20 and 23 mm from the start edge leave a panel 3 mm wide between them"
            + PANEL
            + "  hint: move the fold at 23 mm to 24 mm or more from the start edge\n"
            + PANEL_HINT_V,
        ),
        (  # written the other way round: still the one written later, moved back
            "folds: {vertical: [23, 20]}",
            "materials/layouts/card.yaml:11:24: warning[layout.fold-panel]: the vertical folds "
            "at 20 and 23 mm from the start edge leave a panel 3 mm wide between them"
            + PANEL
            + "  hint: move the fold at 20 mm to 19 mm or less from the start edge\n"
            + PANEL_HINT_V,
        ),
        (  # 3 mm from the trim's start edge
            "folds: {vertical: [3]}",
            "materials/layouts/card.yaml:11:20: warning[layout.fold-panel]: the vertical fold "
            "at 3 mm from the start edge leaves a panel 3 mm wide at the start edge of the trim"
            + PANEL
            + "  hint: move the fold at 3 mm to 4 mm or more from the start edge\n"
            + PANEL_HINT_V,
        ),
        (  # 1 mm from the bottom (30 mm tall)
            "folds: {horizontal: [29]}",
            "materials/layouts/card.yaml:11:22: warning[layout.fold-panel]: the horizontal fold "
            "at 29 mm from the top edge leaves a panel 1 mm wide at the bottom edge of the trim"
            + PANEL
            + "  hint: move the fold at 29 mm to 26 mm or less from the top edge\n"
            "  hint: a fold in two of 30 mm is at 15, one in three at 10.0 and 20.0; a flap "
            "meant to hold nothing may stay\n",
        ),
    ],
    ids=["two-folds", "written-backwards", "at-the-start", "at-the-bottom"],
)
def test_a_panel_too_narrow_to_hold_anything_is_a_warning_at_its_fold(
    tmp_path: Path, folds: str, said: str
) -> None:
    """A panel narrower than twice the card's 2 mm `safe:` (the gutter the kit keeps on each
    side of a fold, and inside the trim) has no room for anything: a warning at the fold,
    with the mm to move it to; a panel of exactly 4 mm (a fold at 4 mm) is not one."""
    code, out = check(card_kit(tmp_path, FOLDS, folds), "--only", "card")
    assert code == 0, out
    assert warnings_of(out, "layout.fold-panel") == said


def test_a_panel_of_twice_the_safe_margin_is_not_warned_of(tmp_path: Path) -> None:
    code, out = check(card_kit(tmp_path, FOLDS, "folds: {vertical: [4, 56]}"), "--only", "card")
    assert code == 0, out
    assert "fold-panel" not in out
