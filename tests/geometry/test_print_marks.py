"""The print PDF's ink: every fill is a brand colour's exact CMYK value at its place in mm, the
colour bar's patches in order, and a registration target on each side. Read back from the
mini kit's print PDFs (content stream and a PDFium rendering), built through the CLI."""

from __future__ import annotations

import io
import math
from decimal import Decimal
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest

from ..kits import MM, build, mini_copy

# tests/data/kits/mini/materials/campaign.yaml, as PDF operands (0-1)
BLUE = (1, 0.7, 0, 0.1)
NAVY = (1, 0.8, 0.25, 0.5)
RED = (0, 0.9, 0.8, 0.05)
GREEN = (0.8, 0, 1, 0.2)
YELLOW = (0.05, 0.1, 0.9, 0)
WHITE = (0, 0, 0, 0)
BLACK = (0, 0, 0, 1)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    kit = mini_copy(tmp_path_factory.mktemp("kit"))
    return build(kit, kit.parent / "out", "--only", "boxes,marks", "--png-ppi", "20")


def page_of(out: Path, rel: str) -> tuple[pikepdf.Pdf, pikepdf.Page]:
    pdf = pikepdf.open(io.BytesIO((out / rel).read_bytes()))
    return pdf, pdf.pages[0]


def fills(out: Path, rel: str) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
    """(CMYK fill, (start, top, width, height) in mm from the trim's top-left) of each
    rectangle filled on the page, in drawing order."""
    pdf, page = page_of(out, rel)
    with pdf:
        left, _, _, top = (float(v) for v in page.obj.TrimBox)
        found = []
        colour: tuple[float, ...] = ()
        for ins in pikepdf.parse_content_stream(page):
            op = str(ins.operator)
            if op == "k":
                colour = tuple(float(v) for v in ins.operands)
            elif op == "re":
                x, y, w, h = (float(v) for v in ins.operands)
                box = ((x - left) / MM, (top - y - h) / MM, w / MM, h / MM)
                found.append((colour, tuple(round(v, 2) for v in box)))
    return found


def test_every_fill_is_the_brand_cmyk_at_its_place(out: Path) -> None:
    assert fills(out, "boxes/boxes-en.pdf") == [
        (BLUE, (-3, -3, 26, 26)),
        (NAVY, (7, -3, 2, 5)),
        (RED, (-3, 8, 9, 4)),
        (WHITE, (9, 17, 3, 6)),
        (BLACK, (18, 5, 5, 2)),
        (GREEN, (2, 14, 5, 4)),
        (YELLOW, (13, 2, 5, 3)),
    ]


def test_rtl_fills_mirror_except_the_pinned_box(out: Path) -> None:
    assert fills(out, "boxes/boxes-ar.pdf") == [
        (BLUE, (-3, -3, 26, 26)),
        (NAVY, (11, -3, 2, 5)),
        (RED, (14, 8, 9, 4)),
        (WHITE, (8, 17, 3, 6)),
        (BLACK, (-3, 5, 5, 2)),
        (GREEN, (13, 14, 5, 4)),
        (YELLOW, (13, 2, 5, 3)),  # pinned
    ]


def test_operands_are_written_exactly(out: Path) -> None:
    """Not just close: the press gets 0.7, not 0.69999."""
    pdf, page = page_of(out, "boxes/boxes-en.pdf")
    with pdf:
        first = next(i for i in pikepdf.parse_content_stream(page) if str(i.operator) == "k")
    assert list(first.operands) == [1, Decimal("0.7"), 0, Decimal("0.1")]


def test_colour_bar_patches_in_order_above_the_bleed(out: Path) -> None:
    bar = [(c, box) for c, box in fills(out, "marks/marks-en.pdf") if box[1] < -3]
    size = 4.0  # mm: min(4, (80 - 2) / 12)
    # centred on the 80 mm trim it would start at 16 mm, within 1.5 mm of the top
    # registration target (centred at 15 % of the width, 12 mm, its cross reaching 1.6 x its
    # 1.6 mm radius): it is centred instead on the stretch from 1.5 mm past the target to
    # 1 mm inside the right crop mark (a trial's bookmark had its target under the bar)
    free = (80 * 0.15 + 1.6 * 1.6 + 1.5, 80 - 1)
    start = (free[0] + free[1]) / 2 - 12 * size / 2
    assert [c for c, _ in bar] == [
        (1, 0, 0, 0),
        (0, 1, 0, 0),
        (0, 0, 1, 0),
        (0, 0, 0, 1),
        (0.5, 0, 0, 0),
        (0, 0.5, 0, 0),
        (0, 0, 0.5, 0),
        (0, 0, 0, 0.5),
        (1, 1, 0, 0),
        (1, 0, 1, 0),
        (0, 1, 1, 0),
        (0.75, 0.75, 0.75, 0.75),
    ]
    for i, (_, box) in enumerate(bar):
        assert box[0] == pytest.approx(start + i * size, abs=0.05)
        assert box[1:] == (-3 - 1 - size, size, size)
    assert bar[0][1][0] >= free[0] - 0.01


def painted(out: Path, rel: str) -> list[tuple[str, tuple[object, ...]]]:
    """Each stroke (`S`) and each form drawn (`Do`: the slug's image masks) on the page, with
    the colour it paints: a process colour as its four operands, a colour space's as (its
    name, its tint)."""
    pdf, page = page_of(out, rel)
    with pdf:
        colour: dict[str, tuple[object, ...]] = {"stroke": (), "fill": ()}
        found = []
        for ins in pikepdf.parse_content_stream(page):
            op, operands = str(ins.operator), ins.operands
            if op in ("CS", "cs"):
                colour["stroke" if op == "CS" else "fill"] = (str(operands[0]),)
            elif op in ("SCN", "scn", "K", "k"):
                side = "stroke" if op in ("SCN", "K") else "fill"
                space = colour[side][:1] if op in ("SCN", "scn") else ()
                colour[side] = (*space, *(float(v) for v in operands))
            elif op == "S":
                found.append(("S", colour["stroke"]))
            elif op == "Do":
                found.append(("Do", colour["fill"]))
    return found


def test_marks_and_slug_are_in_the_separation_all_and_the_bar_in_process_inks(out: Path) -> None:
    """The crop marks and registration targets (every stroke on the page) and the slug's
    masks paint the Separation /All (every plate, spot plates too: ISO 32000-1, 8.6.6.4) at
    75 % (FOGRA39's 300 % over four plates); its alternate is DeviceCMYK, the tint on each
    of the four; the colour bar's patches stay process CMYK (a patch of each ink)."""
    assert set(painted(out, "marks/marks-en.pdf")) == {
        ("S", ("/All", 0.75)),
        ("Do", ("/All", 0.75)),
    }
    assert len([p for p in painted(out, "marks/marks-en.pdf") if p[0] == "S"]) == 4 * 2 + 4 * 3
    pdf, page = page_of(out, "marks/marks-en.pdf")
    with pdf:
        space = page.Resources.ColorSpace["/All"]
        assert [str(v) for v in space[:3]] == ["/Separation", "/All", "/DeviceCMYK"]
        # reportlab's tint transform, t -> (1 t, 1 t, 1 t, 1 t): the tint on each process plate
        assert (
            space[3].read_bytes() == b"{dup 1.0 mul exch dup 1.0 mul exch dup 1.0 mul exch 1.0 mul}"
        )
    bar = [c for c, box in fills(out, "marks/marks-en.pdf") if box[1] < -3]
    assert len(bar) == 12
    assert all(len(c) == 4 for c in bar)


PX_PER_MM = 20
TARGET_R = 1.6  # mm
# centres in mm from the trim's top-left: 3 mm bleed + 2.5 mm (half a crop mark) + 1 mm out
TARGETS = {"top": (12, -6.5), "bottom": (68, 26.5), "start": (-6.5, 10), "end": (86.5, 10)}


@pytest.fixture(scope="module")
def marks_pixels(out: Path) -> tuple[np.ndarray, float, float]:
    """The print page rendered at 20 px per mm (grey), and the trim's top-left in pixels."""
    doc = pdfium.PdfDocument((out / "marks/marks-en.pdf").read_bytes())
    page = doc[0]
    left, _, _, top = page.get_trimbox()
    height = page.get_mediabox()[3]
    image = page.render(scale=PX_PER_MM / MM).to_pil().convert("L")
    pixels = np.asarray(image)
    page.close()
    doc.close()
    return pixels, left / MM * PX_PER_MM, (height - top) / MM * PX_PER_MM


@pytest.mark.parametrize(
    "side",
    [
        "end",
        "start",
        "top",
        "bottom",
    ],
)
def test_registration_target_on_each_side(
    marks_pixels: tuple[np.ndarray, float, float], side: str
) -> None:
    """Ink all round a 1.6 mm circle (read between the cross's arms) and on the cross; paper
    inside the circle between the arms."""
    pixels, x0, y0 = marks_pixels
    cx, cy = TARGETS[side]

    def darkest(x_mm: float, y_mm: float) -> int:
        x, y = round(x0 + (cx + x_mm) * PX_PER_MM), round(y0 + (cy + y_mm) * PX_PER_MM)
        return int(pixels[y - 1 : y + 2, x - 1 : x + 2].min())

    for k in range(8):
        a = math.radians(22.5 + 45 * k)
        assert darkest(TARGET_R * math.cos(a), TARGET_R * math.sin(a)) < 128, (side, k)
        assert darkest(TARGET_R / 2 * math.cos(a), TARGET_R / 2 * math.sin(a)) == 255, (side, k)
    for dx, dy in ((2.2, 0), (-2.2, 0), (0, 2.2), (0, -2.2), (0, 0)):
        assert darkest(dx, dy) < 128, (side, dx, dy)
