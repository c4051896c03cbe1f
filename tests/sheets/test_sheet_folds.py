"""A press sheet of folded pieces marks each piece's folds at the sheet's edges, in line with
its folds as placed (a back's mirrored, a right-to-left language's mirrored, a turned piece's
turned), where the crop marks are: dashed, outside every piece's bleed, never in a gutter;
its colour bar, targets and slug keep clear of them. Positions in mm from the trim's top-left
(the mini kit's card: 60 x 30 mm, folded at 20 mm from its left and 10 mm from its top)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest

from campaign.model import Folds
from campaign.sheets.cells import Cells
from campaign.sheets.folds import fold_ends, placed_folds, unmarked

from ..kits import MM, ROOT, build, cli, mini_copy

CARD = ROOT / "tests" / "data" / "folded" / "mini-card.yaml"
DASHED = rb"q /CSAll CS 0.75 SCN 0.25 w \[5.669 2.835\] 0 d (.*?) S Q"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("folded-sheet")
    kit = mini_copy(tmp / "kit")
    shutil.copy(CARD, kit / "materials" / "layouts" / "card.yaml")
    return kit, build(kit, tmp / "out", "--only", "card", "--no-png")


def sheet(built: tuple[Path, Path], tmp_path: Path, *args: str) -> Path:
    kit, out = built
    made = tmp_path / "sheet.pdf"
    code, said = cli("sheet", "--kit", kit, "--from", out, "--material", "card", *args, "-o", made)
    assert code == 0, said
    return made


def marks_mm(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """The fold marks' segments (x0, y0, x1, y1), mm from the trim's top-left, y down."""
    left, _, _, top = (float(v) for v in page.TrimBox)
    found = re.search(DASHED, page.Contents.read_bytes())
    assert found is not None
    segments = re.findall(rb"([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l", found[1])
    return [
        (
            round((float(x0) - left) / MM, 2),
            round((top - float(y0)) / MM, 2),
            round((float(x1) - left) / MM, 2),
            round((top - float(y1)) / MM, 2),
        )
        for x0, y0, x1, y1 in segments
    ]


def test_a_2_up_sheet_marks_each_piece_s_folds_at_its_edges(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """Work-and-turn: the front (20 mm from its left) and its back beside it, 6 mm on (its
    vertical fold mirrored: 40 mm from the back's left, 106 from the trim's); an Arabic
    card's the mirror way (40, and 66 + 20); the horizontal fold at 10 mm runs across both.
    Each mark starts 3 mm (the bleed) off the trim, 5 mm long, as the crop marks do."""
    made = sheet(built, tmp_path, "--up", "2")
    with pikepdf.open(made) as pdf:
        found = sorted(sorted(marks_mm(page)) for page in pdf.pages)
    expected = [
        sorted(
            [
                *((x, -3, x, -8) for x in xs),  # above the trim
                *((x, 33, x, 38) for x in xs),  # below
                (-3, 10, -8, 10),  # left
                (129, 10, 134, 10),  # right (the trim is 126 mm wide)
            ]
        )
        for xs in ((20, 106), (40, 86))  # en, ar
    ]
    assert found == sorted(expected)


def test_the_sheet_s_bar_target_and_slug_keep_clear_of_the_fold_marks(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """The colour bar (centred on the first column, across its fold at 20 or 40 mm) moves to
    a widest stretch between the folds of either language's page (20 and 40: three as wide),
    1.5 pt clear of them (render.marks.FOLD_CLEAR); the top target off
    the back's folds (86, 106: above the last column's middle, 96, as a piece's would be);
    the slug between the trim's left and the first fold mark (20 mm), its ink 3 mm from it
    as from a crop mark (sheets.edge.SLUG_MARK_CLEAR_MM)."""
    made = sheet(built, tmp_path, "--up", "2")
    with pikepdf.open(made) as pdf:
        page = pdf.pages[0]
        left, _, _, top = (float(v) for v in page.TrimBox)
        content = page.Contents.read_bytes()
        patches = re.findall(rb"k ([\d.]+) [\d.]+ ([\d.]+) [\d.]+ re f", content)
        xs = [((float(x) - left) / MM, (float(x) + float(w) - left) / MM) for x, w in patches]
        # 17 mm between the folds' marks (each kept 1.5 mm clear) holds 5 patches of 3 mm
        # (render.marks.BAR_MIN_PATCH): the solids and cyan's 50 %, the rest left out from
        # the end; they were all 12, each 1.4 mm
        assert len(xs) == 5
        assert all(b - a == pytest.approx(3.0, abs=1e-3) for a, b in xs)
        clear = 1.5 / MM
        bar = (xs[0][0] - clear + 1e-3, xs[-1][1] + clear - 1e-3)
        assert 0 <= bar[0]
        assert bar[1] <= 60
        assert not [f for f in (20, 40) if bar[0] < f < bar[1]]
        crosses = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content)
        above = [
            (float(x0) + float(x1)) / 2
            for x0, y0, x1, y1 in crosses
            if y0 == y1 and float(y0) > top + 3 * MM  # a target's level arm, above the bleed
        ]
        (target,) = [(x - left) / MM for x in above]
        assert all(abs(target - f) >= 2.56 + clear for f in (86, 106))
        slug = page.Resources.XObject["/Slug"]
        at = re.search(rb"1 0 0 1 ([\d.]+) [\d.]+ cm /Slug Do", content)
        assert at is not None
        x0, _, x1, _ = (float(v) for v in slug.BBox)
        start, end = ((float(at[1]) + x - left) / MM for x in (x0, x1))
        assert start >= 3 - 1e-3
        assert end <= 20 - 3 + 1e-3


def test_an_auto_sheet_of_turned_cards_marks_every_fold_outside_every_bleed(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """`--up auto` (54: 6 upright, 48 turned 90°): a turned piece's folds turn with it. No
    mark lies on a piece or its bleed."""
    made = sheet(built, tmp_path, "--up", "auto")
    with pikepdf.open(made) as pdf:
        page = pdf.pages[0]
        left, _, right, top = (float(v) for v in page.TrimBox)
        segments = marks_mm(page)
    width, height = (right - left) / MM, (top - float(page.TrimBox[1])) / MM
    # on every edge: the upright pieces' vertical folds and the turned ones' (across)
    ends = {(x0 == x1, x0 if x0 == x1 else y0) for x0, y0, x1, y1 in segments}
    assert {at for across, at in ends if across}
    assert {at for across, at in ends if not across}
    assert {y0 for x0, y0, x1, _ in segments if x0 == x1} == {-3, round(height + 3, 2)}
    assert {x0 for x0, y0, _, y1 in segments if y0 == y1} == {-3, round(width + 3, 2)}
    for x0, y0, x1, y1 in segments:
        outside = min(x0, x1) >= width + 3 - 1e-6 or max(x0, x1) <= -3 + 1e-6
        assert outside or max(y0, y1) <= -3 + 1e-6 or min(y0, y1) >= 3, (x0, y0, x1, y1)


def test_fold_ends_stop_at_a_piece_folded_elsewhere() -> None:
    """Three cards stacked, 6 mm apart, folded at 20, 40 and 20 mm: the top one's line runs
    up to the edge, not down through the middle one's art; the middle one's runs through a
    card folded elsewhere both ways: it has no mark (`unmarked`), where a mark in the gutter
    would lie on its neighbours' bleed."""
    cells = Cells((60, 102), ((0, 0, 60, 30), (0, 36, 60, 30), (0, 72, 60, 30)), 1.0)
    lines = [((20.0,), ()), ((40.0,), ()), ((20.0,), ())]
    assert fold_ends(cells, lines) == ([20.0], [20.0], [], [])
    assert unmarked(cells, lines) == [1]
    same = [((20.0,), ()), ((20.0,), ()), ((20.0,), ())]  # one line through all three
    assert fold_ends(cells, same) == ([20.0], [20.0], [], [])
    assert unmarked(cells, same) == []


@pytest.mark.parametrize(
    ("page", "turn", "expected"),
    [
        (0, 0, ((120.0,), (210.0,))),  # upright: 20 from the cell's left, 10 from its top
        (1, 0, ((140.0,), (210.0,))),  # a back: its vertical fold mirrored (60 - 20)
        # a quarter anticlockwise (head to the left): the vertical fold across at 60 - 20
        # from the cell's top, the horizontal one down at 10 from its left
        (0, 1, ((110.0,), (240.0,))),
        # a quarter clockwise (head to the right): across at 20, down at 30 - 10
        (0, -1, ((120.0,), (220.0,))),
    ],
)
def test_a_placed_piece_s_folds_turn_with_it(
    page: int, turn: int, expected: tuple[tuple[float, ...], tuple[float, ...]]
) -> None:
    cell = (100.0, 200.0, 30.0 if turn else 60.0, 60.0 if turn else 30.0)
    folds = Folds(vertical=(20.0,), horizontal=(10.0,))
    assert placed_folds(folds, page, turn, cell, (60.0, 30.0)) == expected


def test_a_sheet_whose_bar_is_shortened_says_how_many_patches_it_keeps(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """The 2-up card sheet's bar keeps 5 of its 12 patches between the fold marks (above):
    sheet.marks says so, where it said nothing (sheets.sheet_marks.bar_left_out)."""
    kit, out = built
    made = tmp_path / "sheet.pdf"
    code, said = cli("sheet", "--kit", kit, "--from", out, "--material", "card", "--up", "2",
                     "-o", made)  # fmt: skip
    assert code == 0, said
    found = [line for line in said.splitlines() if "sheet.marks" in line]
    assert found == [
        "warning[sheet.marks]: card: the 2-up press sheet (144 x 52 mm with its marks) has no "
        "room above its first column for its colour bar's last 7 patches (5 of 12 kept): left "
        "out, the first patches (the solids) kept"
    ]
    with pikepdf.open(made) as pdf:  # and the sheet has those 5
        content = pdf.pages[0].Contents.read_bytes()
    assert len(re.findall(rb"k [\d.]+ [\d.]+ [\d.]+ [\d.]+ re f", content)) == 5
