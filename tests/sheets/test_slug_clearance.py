"""A press sheet's slug keeps clear of its marks: on every press stock (`--stock`) and for
every kind of sheet (rows and columns upright, every piece turned, a block of each), the
distance in mm between the slug's ink (its outlines' box) and each crop mark, each
registration target's circle and cross arm, and each colour bar patch (their stroked boxes),
read back from the sheet's content stream, is at least edge.SLUG_MARK_CLEAR_MM; and the slug
lies outside every piece's trim and bleed."""

from __future__ import annotations

import math
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets import cell_sheet
from campaign.sheets.cells import Cells, press_grid
from campaign.sheets.edge import SLUG_MARK_CLEAR_MM
from campaign.sheets.mixed import most_mixed
from campaign.sheets.paper import NAMED_STOCK, holds, press_margins, press_media

from ..kits import ROOT, cli, mini_copy
from .drawn import Box, drawn_strokes

BLEED = 3.0
PIECE = (60.0, 100.0)
CARD = """title: Card
kind: flyer
trim: [60, 100]
bleed: 3
safe: 2
marks: false
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all,
         frame: {start: 0, top: 0, width: 60, height: 100}}
"""


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of a one-sided 60 x 100 mm card in English."""
    root = tmp_path_factory.mktemp("clearance")
    kit = mini_copy(root / "kit")
    (kit / "materials" / "layouts" / "card.yaml").write_text(CARD, encoding="utf-8")
    out = root / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "card", "--lang", "en")
    assert code == 0, text
    return out


def most(stock: str, turned: bool) -> Cells:
    """The most cards in rows and columns, all upright or all turned, that `stock` holds."""
    grids = [
        press_grid(PIECE, cols, rows, BLEED, False, turned)
        for cols in range(1, 9)
        for rows in range(1, 9)
        if cols * rows >= 2
    ]
    held = [g for g in grids if holds(stock, press_media(g.sheet, BLEED))]
    return max(held, key=lambda g: (len(g.cells), -g.sheet[0] * g.sheet[1]))


def sheet_of(stock: str, kind: str) -> Cells:
    if kind == "mixed":
        cells = most_mixed(PIECE, BLEED, stock)
        assert cells is not None
        assert cells.mixed
        return cells
    return most(stock, kind == "turned")


def distance(a: Box, b: Box) -> float:
    """The shortest distance between two boxes, mm (0 where they meet)."""
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)


def make(card: Path, tmp: Path, stock: str, cells: Cells, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The card's press sheet of `cells` on `stock`, made by `sheet --up auto --stock`, the
    count and sheet `--up auto` finds replaced by `cells`."""
    monkeypatch.setattr(cell_sheet, "press_up", lambda *_: (len(cells.cells), cells, stock))
    out = tmp / f"{stock}.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", card, "--material", "card", "--up", "auto",
        "--stock", stock, "-o", out,
    )  # fmt: skip
    assert code == 0, text
    assert "the slug is left out" not in text, text  # (a field of it may be: sheet.slug)
    return out


@pytest.mark.parametrize("kind", ["upright", "turned", "mixed"])
@pytest.mark.parametrize("stock", NAMED_STOCK)
def test_the_slug_keeps_clear_of_every_mark_and_outside_every_piece(
    card: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stock: str, kind: str
) -> None:
    cells = sheet_of(stock, kind)
    out = make(card, tmp_path, stock, cells, monkeypatch)
    with pikepdf.open(out) as pdf:
        drawn = drawn_strokes(pdf.pages[0])
    glyphs = [box for what, box in drawn if what == "slug"]
    marks = [box for what, box in drawn if what != "slug"]
    assert glyphs
    assert marks
    slug = (
        min(b[0] for b in glyphs),
        min(b[1] for b in glyphs),
        max(b[2] for b in glyphs),
        max(b[3] for b in glyphs),
    )
    nearest = min(distance(slug, mark) for mark in marks)
    assert nearest >= SLUG_MARK_CLEAR_MM - 1e-3, (stock, kind, nearest)
    # each piece's trim and bleed, mm from the media's bottom left (cells: from the trim's top)
    padx, pady = press_margins(BLEED)
    for x, y, w, h in cells.cells:
        bottom = pady + cells.sheet[1] - y - h
        bled = (padx + x - BLEED, bottom - BLEED, padx + x + w + BLEED, bottom + h + BLEED)
        assert distance(slug, bled) > 0, (stock, kind, slug, bled)
