"""A piece on a press or sticker sheet is drawn without its own printer's marks (sheets.forms.
without_marks), and out to its bleed's edge exactly (test_seams.py). Its crop marks begin on
that edge: clipped on it, a row of device pixels of each mark was left at every corner, in
registration colour, so on every plate, the cutter's CutContour too (a print shop's trial:
Ghostscript's separations at 600 dpi); clipped 0.05 mm inside it instead, 0.1 mm of paper
showed between two pieces (another). Each piece's marks, read from its own print PDF, are
gone from the form the sheet draws it with: it paints nothing outside its BleedBox, and
nothing in the registration colour."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

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
def test_a_piece_s_own_marks_are_not_on_the_sheet(tmp_path: Path, material: str) -> None:
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--only", material, "--lang", "en",
        "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    built = out / material / f"{material}-en.pdf"
    assert len(piece_marks(built)) >= 8  # two crop marks at each corner
    with pikepdf.open(built) as pdf:
        bleed = boxes_mm(pdf.pages[0], "/BleedBox")
    sheet = tmp_path / "sheet.pdf"
    kind = ("--sticker",) if material.startswith("sticker") else ("--up", "2")
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", material, *kind, "-o", sheet
    )
    assert code == 0, text
    with pikepdf.open(sheet) as pdf:
        forms = [xo for name, xo in pdf.pages[0].Resources.XObject.items() if name[:2] == "/C"]
        assert forms
        for form in forms:
            content = form.read_bytes()
            assert b"/All" not in content, content[-400:]
            spaces = form.Resources.get("/ColorSpace") or {}
            assert "/All" not in spaces
            assert not [name for name in form.Resources.get("/XObject") or {} if "Mask" in name]
            drawn = drawn_marks(pikepdf.Page(form))
            assert drawn  # its art
            x0, y0, x1, y1 = bleed
            for _, box in drawn:  # the form's own space: the piece's page's
                assert box[0] >= x0 - 0.2, box
                assert box[1] >= y0 - 0.2, box
                assert box[2] <= x1 + 0.2, box
                assert box[3] <= y1 + 0.2, box
