"""Fold marks (a layout's `folds:`): dashed lines in registration colour in line with each
fold, outside the bleed at both ends, on every page of the print PDF (a back's vertical folds
mirrored, a right-to-left language's whole piece mirrored, a size's folds at the same share of
its trim), read back from the built file's content streams in mm; and the other marks and the
slug moved off them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from reportlab.lib.colors import CMYKColor

from campaign.render.marks import (
    FOLD_CLEAR,
    FOLD_DASH,
    clear_of,
    draw_colour_bar,
    draw_fold_marks,
    draw_registration_targets,
    slug_stretch,
    widest_free,
)
from campaign.render.target import MARK_LENGTH, MARK_WIDTH
from tests.kits import ROOT, build, mini_copy, out_path
from tests.render.test_marks import Recorder, approx
from tests.render.test_slug_fields import fields, slugs

MM = 72 / 25.4
CARD = ROOT / "tests" / "data" / "folded" / "mini-card.yaml"
REG = (0.75, 0.75, 0.75, 0.75)  # FOGRA39's registration colour (render.target)


def test_fold_marks_are_dashed_lines_from_the_bleed_outwards_at_both_ends() -> None:
    c = Recorder()
    m, tw, th, b = 40.0, 100.0, 60.0, 9.0
    draw_fold_marks(c, m, tw, th, b, ((30.0, 70.0), (25.0,)), CMYKColor(*REG))  # type: ignore[arg-type]
    assert c.calls[:4] == [
        ("saveState",),
        ("setStrokeColor", REG),
        ("setLineWidth", MARK_WIDTH),
        ("setDash", list(FOLD_DASH), 0),
    ]
    ln = MARK_LENGTH
    assert approx(c.calls[4:-1]) == [
        ("line", m + 30, m + th + b, m + 30, m + th + b + ln),  # above the top edge
        ("line", m + 30, m - b, m + 30, m - b - ln),  # below the foot
        ("line", m + 70, m + th + b, m + 70, m + th + b + ln),
        ("line", m + 70, m - b, m + 70, m - b - ln),
        ("line", m - b, m + th - 25, m - b - ln, m + th - 25),  # left of the trim, 25 pt down
        ("line", m + tw + b, m + th - 25, m + tw + b + ln, m + th - 25),
    ]
    assert c.calls[-1] == ("restoreState",)
    assert FOLD_DASH == pytest.approx((2 * MM, 1 * MM))


def test_no_folds_draw_nothing() -> None:
    c = Recorder()
    draw_fold_marks(c, 40.0, 100.0, 60.0, 9.0, ((), ()), CMYKColor(*REG))  # type: ignore[arg-type]
    assert c.calls == []


def test_a_mark_on_a_fold_moves_to_the_middle_of_the_widest_stretch() -> None:
    assert clear_of(50.0, 10.0, 100.0, ()) == 50.0
    assert clear_of(50.0, 10.0, 100.0, (80.0,)) == 50.0  # 30 pt away: clear
    assert clear_of(50.0, 10.0, 100.0, (55.0,)) == pytest.approx(27.5)  # 0..55 is widest
    assert clear_of(50.0, 10.0, 100.0, (30.0, 60.0)) == pytest.approx(80.0)
    # just clear: the half and FOLD_CLEAR
    assert clear_of(50.0, 10.0, 100.0, (50.0 + 10.0 + FOLD_CLEAR,)) == 50.0


def test_the_slug_takes_the_widest_stretch_between_the_folds() -> None:
    assert slug_stretch(1.0, 99.0, ()) == (1.0, 99.0)
    assert slug_stretch(1.0, 99.0, (30.0,)) == pytest.approx((30.0 + FOLD_CLEAR, 99.0))
    assert slug_stretch(1.0, 99.0, (70.0,)) == pytest.approx((1.0, 70.0 - FOLD_CLEAR))
    assert slug_stretch(1.0, 99.0, (40.0, 60.0)) == pytest.approx((1.0, 40.0 - FOLD_CLEAR))
    assert slug_stretch(1.0, 99.0, (120.0,)) == (1.0, 99.0)  # past its end: no cut


def test_registration_targets_move_off_a_fold_at_the_middle() -> None:
    """A table tent folded at half its height: the side targets (at mid-height) would sit on
    its fold marks; they move to the middle of a half. The top and bottom ones, off the
    vertical fold, stay."""
    c = Recorder()
    m, tw, th, b = 40.0, 100.0, 60.0, 9.0
    draw_registration_targets(c, m, tw, th, b, CMYKColor(*REG), ((50.0,), (30.0,)))  # type: ignore[arg-type]
    centres = [call[1:3] for call in c.of("circle")]
    d = b + MARK_LENGTH / 2 + MM
    # the fold at 30 pt from the top: the side targets at the middle of the upper half (both
    # halves are 30 pt: max takes the later), 15 pt from the foot
    assert approx(centres) == approx(
        [(m + 85.0, m - d), (m + 15.0, m + th + d), (m - d, m + 15.0), (m + tw + d, m + 15.0)]
    )


def test_the_widest_free_stretch_keeps_clear_of_every_span() -> None:
    c = FOLD_CLEAR
    assert widest_free(0.0, 100.0, []) == (0.0, 100.0)
    assert widest_free(0.0, 100.0, [(50.0, 50.0)]) == pytest.approx((50 + c, 100.0))  # later
    assert widest_free(0.0, 100.0, [(30.0, 30.0)]) == pytest.approx((30 + c, 100.0))
    # a span inside another is no stretch of its own
    assert widest_free(0.0, 100.0, [(20.0, 90.0), (40.0, 40.0)]) == pytest.approx((0.0, 20 - c))


def test_the_colour_bar_keeps_clear_of_a_fold_and_the_top_target() -> None:
    """A narrow card folded at 60 % of its width: the bar leaves the fold for the wider part,
    left of it, and there keeps clear of the top registration target (at 15 %)."""
    c = Recorder()
    m, tw, th, b = 30.0, 148 * MM, 200.0, 8.5
    target = (tw * 0.15 - 5.0, tw * 0.15 + 5.0)
    draw_colour_bar(c, m, tw, th, b, REG, (tw * 0.6,), (target,))  # type: ignore[arg-type]
    rects = [call[1:5] for call in c.of("rect")]
    left = min(x for x, *_ in rects) - m
    right = max(x + w for x, _, w, _ in rects) - m
    assert left >= target[1] + FOLD_CLEAR - 1e-9
    assert right <= tw * 0.6 - FOLD_CLEAR + 1e-9
    assert len(rects) == 12


def test_the_colour_bar_leaves_a_fold_at_the_middle() -> None:
    c = Recorder()
    m, tw, th, b = 30.0, 100 * MM, 200.0, 8.5
    draw_colour_bar(c, m, tw, th, b, REG, (tw / 2,))  # type: ignore[arg-type]
    rects = [call[1:5] for call in c.of("rect")]
    left = min(x for x, *_ in rects)
    right = max(x + w for x, _, w, _ in rects)
    assert left >= m + tw / 2 + FOLD_CLEAR - 1e-9  # all of it right of the fold's mark
    assert right <= m + tw + 1e-9
    assert len(rects) == 12


# ---- the built print PDF ---------------------------------------------------------------


def dashed_segments(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """Every stroked line drawn with a dash pattern on `page`, (x0, y0, x1, y1) in pt of the
    page: the graphics state's dash followed through q/Q; paths of `m` and `l` alone. A `cm`
    inside a q ... Q (the slug's masks, the art) holds no line, which the test's pages show."""
    dash: list[bool] = [False]
    found: list[tuple[float, float, float, float]] = []
    path: list[tuple[float, float]] = []
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "q":
            dash.append(dash[-1])
        elif name == "Q":
            dash.pop()
        elif name == "d":
            dash[-1] = len(operands[0]) > 0
        elif name == "m":
            path = [(float(operands[0]), float(operands[1]))]
        elif name == "l":
            path.append((float(operands[0]), float(operands[1])))
        elif name == "S":
            if dash[-1] and len(path) == 2:
                (x0, y0), (x1, y1) = path
                found.append((x0, y0, x1, y1))
            path = []
        elif name in ("f", "n", "B", "b", "s", "f*"):
            path = []
    return found


def in_mm(page: pikepdf.Page, seg: tuple[float, float, float, float]) -> tuple[float, ...]:
    """A segment in mm from the trim's left edge (x) and top edge (y: down)."""
    left, _, _, top = (float(v) for v in page.TrimBox)
    x0, y0, x1, y1 = seg
    return tuple(
        round(v, 2) for v in ((x0 - left) / MM, (top - y0) / MM, (x1 - left) / MM, (top - y1) / MM)
    )


def outside(page: pikepdf.Page, seg: tuple[float, float, float, float]) -> bool:
    """Whether a straight segment stays out of the bleed box's inside (it may touch its
    edge, where the marks begin)."""
    x0, y0, x1, y1 = (float(v) for v in page.BleedBox)
    sx0, sy0, sx1, sy1 = seg
    tol = 0.01
    return (
        max(sx0, sx1) <= x0 + tol
        or min(sx0, sx1) >= x1 - tol
        or max(sy0, sy1) <= y0 + tol
        or min(sy0, sy1) >= y1 - tol
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini kit with the folded card (tests/data/folded/mini-card.yaml: 60 x 30 mm,
    folded at 20 mm from the start edge and 10 mm from the top) and its 120 x 60 mm size,
    built in English and Arabic."""
    tmp = tmp_path_factory.mktemp("folded")
    kit = mini_copy(tmp / "kit")
    shutil.copy(CARD, kit / "materials" / "layouts" / "card.yaml")
    return build(kit, tmp / "out", "--only", "card,card-large", "--no-png")


def marks_of(out: Path, material: str, lang: str) -> list[list[tuple[float, ...]]]:
    """Each page's dashed segments, in mm (in_mm), sorted; every one outside the bleed."""
    pages = []
    with pikepdf.open(out / out_path(material, lang)) as pdf:
        for page in pdf.pages:
            segs = dashed_segments(page)
            assert segs, "no fold marks"
            assert all(outside(page, s) for s in segs), segs
            pages.append(sorted(in_mm(page, s) for s in segs))
    return pages


def fold_marks(x: float, y: float, w: float, h: float) -> list[tuple[float, ...]]:
    """The expected marks, mm, of a vertical fold at `x` and a horizontal one at `y` (from
    the left and top) on a `w` x `h` mm trim with a 3 mm bleed: 5 mm each, from the bleed
    out."""
    return sorted(
        [
            (x, -3.0, x, -8.0),
            (x, h + 3, x, h + 8),
            (-3.0, y, -8.0, y),
            (w + 3, y, w + 8, y),
        ]
    )


def test_every_page_has_its_fold_marks_outside_the_bleed(built: Path) -> None:
    front, back = marks_of(built, "card", "en")
    assert front == fold_marks(20, 10, 60, 30)
    assert back == fold_marks(40, 10, 60, 30)  # turned on its vertical axis: 60 - 20


def test_a_right_to_left_card_is_folded_the_mirror_way(built: Path) -> None:
    front, back = marks_of(built, "card", "ar")
    assert front == fold_marks(40, 10, 60, 30)  # 20 mm from its start edge, the right
    assert back == fold_marks(20, 10, 60, 30)


def test_a_size_has_the_folds_at_the_same_share_of_its_trim(built: Path) -> None:
    front, back = marks_of(built, "card-large", "en")
    assert front == fold_marks(40, 20, 120, 60)
    assert back == fold_marks(80, 20, 120, 60)


def slug_masks(page: pikepdf.Page) -> list[tuple[float, float]]:
    """(left, right), mm from the trim's left, of every image drawn below the trim: the slug's
    fields (render.rastered: each `q w 0 0 h x y cm /Name Do Q`)."""
    left, bottom = float(page.TrimBox[0]), float(page.TrimBox[1])
    found, placed = [], None
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "cm":
            placed = [float(v) for v in operands]
        elif name == "Do" and placed is not None:
            w, _, _, _, x, y = placed
            if y < bottom:
                found.append(((x - left) / MM, (x + w - left) / MM))
        elif name == "Q":
            placed = None
    return found


def test_the_slug_keeps_clear_of_the_fold_marks(built: Path) -> None:
    clear = FOLD_CLEAR / MM
    with pikepdf.open(built / out_path("card", "en")) as pdf:
        for page, fold in zip(pdf.pages, (20.0, 40.0), strict=True):  # the back's turned
            masks = slug_masks(page)
            assert len(masks) > 10  # fields, separators, the build hash's digits
            for a, b in masks:
                assert b <= fold - clear + 0.01 or a >= fold + clear - 0.01, (a, b, fold)


def test_a_layout_without_folds_has_no_dashed_line(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "marks", "--lang", "en", "--no-png")
    with pikepdf.open(out / out_path("marks", "en")) as pdf:
        assert dashed_segments(pdf.pages[0]) == []


def test_the_slug_says_folded_beside_the_trim(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = slugs(monkeypatch)
    kit = mini_copy(tmp_path / "kit")
    shutil.copy(CARD, kit / "materials" / "layouts" / "card.yaml")
    args = ("--no-png", "--no-digital", "--jobs", "1", "--lang", "en")
    build(kit, tmp_path / "out", "--only", "card,marks", *args)
    assert [fields(s)[2:5] for s in seen] == [
        ["front (1/2)", "trim 60 x 30 mm", "folded"],
        ["back (2/2)", "trim 60 x 30 mm", "folded"],
        ["trim 80 x 20 mm", "bleed 3 mm", "FOGRA39"],  # not folded: no word of it
    ]
