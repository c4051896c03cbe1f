"""Every default print file fits the press sheet it is printed on, and prints nothing within the
4 mm of that sheet's edges a press does not print (press_stock.PRESS_EDGE_MM), the file centred
on the sheet as a RIP places it: each piece on the smallest of its region's press sheets with
room for its trim, bleed and marks inside that edge (press_stock.piece_stock). A print shop's
trial: the Tabloid poster's file was 305.75 x 458.15 mm (its bleed, 5 mm crop marks and 5 mm
of slug room past them), larger than the 12 x 18 in sheet (304.8 x 457.2 mm) it is printed
on, and centred on it, its registration targets came 3.5 mm from the sheet's edge."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from ..kits import MM, ROOT, build

Box = tuple[float, float, float, float]  # left, bottom, right, top, mm
EDGE = 4.0  # mm a press does not print at a sheet's edges, spelt out
SRA4, SRA3, A3PLUS, SHEET_12X18 = (225.0, 320.0), (320.0, 450.0), (329.0, 483.0), (304.8, 457.2)
# each default material's press sheet, by its trim (mm, portrait), spelt out: the US sizes on
# 12 x 18 in (Tabloid with 0.5 mm to spare), A5 and A6 on SRA4, A4 on SRA3 and A3 on A3+
# (SRA4 and SRA3 leave 3.5 and 7.5 mm past the trim within the 4 mm edge: short of a 3 mm
# bleed and a 5 mm crop mark), the badges and the sticker on SRA4, a US office's on 12 x 18 in
# (sizes of no paper size, on its paper's sheet: press_stock.piece_stock); A2 and A1 on none (a
# wide-format printer's roll)
STOCK: dict[tuple[float, float], tuple[float, float] | None] = {
    (139.7, 215.9): SHEET_12X18,
    (215.9, 279.4): SHEET_12X18,
    (279.4, 431.8): SHEET_12X18,
    (105.0, 148.0): SRA4,
    (148.0, 210.0): SRA4,
    (210.0, 297.0): SRA3,
    (297.0, 420.0): A3PLUS,
    (420.0, 594.0): None,
    (594.0, 841.0): None,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every default layout and size in English: an ISO office's (Brussels) and a US one's
    (New York), print files alone."""
    out = tmp_path_factory.mktemp("stock") / "out"
    for office in ("brussels", "new-york"):
        build(ROOT, out, "--office", office, "--lang", "en", "--no-png", "--no-digital")
    return sorted(out.rglob("*.pdf"))


def mm(page: pikepdf.Page, name: str) -> Box:
    left, bottom, right, top = (float(v) / MM for v in page.obj[name])
    return left, bottom, right, top


def painted(page: pikepdf.Page) -> list[Box]:
    """The box (mm) of everything the page paints: each path filled or stroked (with half its
    line's width all round) and each form or image it draws (its BBox; an image's unit
    square), as the current transformation places it."""
    found: list[Box] = []
    ctm, saved, width = pikepdf.Matrix(), [], 1.0
    path: list[tuple[float, float]] = []
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        nums = (
            [float(v) for v in ins.operands] if op in ("m", "l", "c", "v", "y", "re", "cm") else []
        )
        if op == "q":
            saved.append((ctm, width))
        elif op == "Q":
            ctm, width = saved.pop()
        elif op == "cm":
            ctm = pikepdf.Matrix(*nums) @ ctm
        elif op == "w":
            width = float(ins.operands[0])
        elif op in ("m", "l", "c", "v", "y"):
            path += [ctm.transform((nums[i], nums[i + 1])) for i in range(0, len(nums), 2)]
        elif op == "re":
            x, y, w, h = nums
            path += [ctm.transform((x + a, y + b)) for a in (0, w) for b in (0, h)]
        elif op in ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*"):
            half = width / 2 * abs(ctm.a) if op not in ("f", "F", "f*") else 0.0
            xs, ys = [p[0] for p in path], [p[1] for p in path]
            if xs:
                found.append(
                    (
                        (min(xs) - half) / MM,
                        (min(ys) - half) / MM,
                        (max(xs) + half) / MM,
                        (max(ys) + half) / MM,
                    )
                )
            path = []
        elif op == "n":
            path = []
        elif op == "Do":
            xobject = page.Resources.XObject[str(ins.operands[0])]
            x0, y0, x1, y1 = (
                (float(v) for v in xobject.BBox) if "/BBox" in xobject else (0.0, 0.0, 1.0, 1.0)
            )
            inner = pikepdf.Matrix(*xobject.Matrix) if "/Matrix" in xobject else pikepdf.Matrix()
            corners = [(inner @ ctm).transform((x, y)) for x in (x0, x1) for y in (y0, y1)]
            xs, ys = [p[0] / MM for p in corners], [p[1] / MM for p in corners]
            found.append((min(xs), min(ys), max(xs), max(ys)))
    return found


def test_every_default_print_file_fits_its_press_sheet_and_prints_inside_its_edge(
    built: list[Path],
) -> None:
    checked = set()
    for path in built:
        with pikepdf.open(path) as pdf:
            page = pdf.pages[0]
            media, bleed, trim = (mm(page, n) for n in ("/MediaBox", "/BleedBox", "/TrimBox"))
            marks = [
                box
                for box in painted(page)
                if box[0] < bleed[0] - 0.01
                or box[1] < bleed[1] - 0.01
                or box[2] > bleed[2] + 0.01
                or box[3] > bleed[3] + 0.01
            ]
        size = tuple(sorted((round(trim[2] - trim[0], 1), round(trim[3] - trim[1], 1))))
        small = SHEET_12X18 if path.name.endswith("-new-york.pdf") else SRA4
        stock = STOCK.get(size, small if max(size) < 120 else None)  # a badge, the sticker
        assert len(marks) >= 8, path.name  # two crop marks a corner, at least
        if stock is None:
            assert size in STOCK, (path.name, size)  # A2, A1: no press sheet
            continue
        checked.add(size)
        w, h = media[2] - media[0], media[3] - media[1]
        small, large = stock
        sw, sh = (small, large) if w <= h else (large, small)
        assert w <= sw + 0.001, (path.name, media, stock)
        assert h <= sh + 0.001, (path.name, media, stock)
        # the sheet centred on the media: its printable part EDGE inside its edges
        x0, y0 = (w - sw) / 2 + EDGE, (h - sh) / 2 + EDGE
        x1, y1 = (w + sw) / 2 - EDGE, (h + sh) / 2 - EDGE
        for box in marks:
            assert box[0] >= x0 - 0.001, (path.name, box, (x0, y0, x1, y1))
            assert box[1] >= y0 - 0.001, (path.name, box, (x0, y0, x1, y1))
            assert box[2] <= x1 + 0.001, (path.name, box, (x0, y0, x1, y1))
            assert box[3] <= y1 + 0.001, (path.name, box, (x0, y0, x1, y1))
    assert {size for size, stock in STOCK.items() if stock} <= checked


def test_the_tabloid_poster_is_the_12x18_sheet_with_every_mark(built: list[Path]) -> None:
    """The Tabloid poster's file is the 12 x 18 in sheet itself (304.8 x 457.2 mm): its trim
    centred, its 1/8 in bleed, and every mark (crop marks 5 mm long from the bleed's edge,
    four registration targets, the colour bar, its slug on one line) within 5.525 mm past the
    bleed: 4 mm inside the sheet's edge."""
    (path,) = [p for p in built if p.name == "poster-tabloid-en-new-york.pdf"]
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        assert mm(page, "/MediaBox") == pytest.approx((0, 0, 304.8, 457.2), abs=0.001)
        assert mm(page, "/TrimBox") == pytest.approx((12.7, 12.7, 292.1, 444.5), abs=0.001)
        assert mm(page, "/BleedBox") == pytest.approx((9.525, 9.525, 295.275, 447.675), abs=0.001)
        boxes = painted(page)
    half = 0.125 / MM  # half a crop mark's 0.25 pt stroke, mm (each box is widened by it)
    at_trim = (12.7, 444.5)  # the trim's bottom and top edges, where its left crop marks are
    crop = [
        b for b in boxes if b[2] <= 9.6 and min(abs((b[1] + b[3]) / 2 - y) for y in at_trim) < 0.01
    ]
    assert len(crop) == 2  # at the trim's bottom and top left corners
    for left, _, right, _ in crop:
        assert right - half == pytest.approx(9.525, abs=0.001)  # from the bleed's edge
        assert left + half == pytest.approx(4.525, abs=0.001)  # 5 mm: 4.525 mm from the edge
    outside = [b for b in boxes if b[0] < 9.5 or b[1] < 9.5 or b[2] > 295.3 or b[3] > 447.7]
    assert min(min(b[0], b[1], 304.8 - b[2], 457.2 - b[3]) for b in outside) >= 4 - 0.001
