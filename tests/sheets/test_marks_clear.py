"""A piece on a press sheet is clipped a hair inside its bleed's edge (cell_impose.
MARKS_CLEAR_MM), off its own crop marks, which begin on that edge: clipped on it, a row of
device pixels of each mark was left at every corner, in registration colour, so on every
plate, the cutter's CutContour too (a print shop's trial: Ghostscript's separations at 600
dpi). Each piece's marks, read from its own print PDF and placed as the sheet places it,
lie at least MARKS_CLEAR_MM outside its clip."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.cell_impose import MARKS_CLEAR_MM

from ..kits import MM, ROOT, cli
from .drawn import drawn_marks


def boxes_mm(page: pikepdf.Page, name: str) -> list[float]:
    return [float(v) / MM for v in page.obj[name]]


def piece_marks(path: Path) -> list[tuple[float, float, float, float]]:
    """The paths a print PDF paints outside its BleedBox (its marks: the art stays in it),
    as boxes in mm from its media's bottom left."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        x0, y0, x1, y1 = boxes_mm(page, "/BleedBox")
        outside = [
            box
            for what, box in drawn_marks(page)
            if what != "slug" and (box[2] <= x0 or box[0] >= x1 or box[3] <= y0 or box[1] >= y1)
        ]
        return outside


@pytest.mark.parametrize("material", ["sticker-50", "flyer-a6"])
def test_a_piece_s_crop_marks_lie_outside_its_clip(tmp_path: Path, material: str) -> None:
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--only", material, "--lang", "en",
        "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    marks = piece_marks(out / material / f"{material}-en.pdf")
    assert len(marks) >= 8  # two crop marks at each corner
    sheet = tmp_path / "sheet.pdf"
    kind = ("--sticker",) if material.startswith("sticker") else ("--up", "2")
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", material, *kind, "-o", sheet
    )
    assert code == 0, text
    with pikepdf.open(sheet) as pdf:
        content = pdf.pages[0].Contents.read_bytes().decode()
    placed = re.findall(
        r"q ([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+) re W n 1(?:\.0+)? 0 0 1(?:\.0+)? "
        r"([\d.-]+) ([\d.-]+) cm /C\d+ Do",
        content,
    )
    assert placed, content[:400]
    for cx, cy, cw, ch, tx, ty in ((float(v) / MM for v in m) for m in placed):
        clip = (cx, cy, cx + cw, cy + ch)
        for x0, y0, x1, y1 in marks:  # the piece's media origin at (tx, ty) on the sheet
            box = (x0 + tx, y0 + ty, x1 + tx, y1 + ty)
            gap = max(clip[0] - box[2], box[0] - clip[2], clip[1] - box[3], box[1] - clip[3])
            assert gap >= MARKS_CLEAR_MM - 0.001, (box, clip, gap)
