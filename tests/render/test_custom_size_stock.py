"""A print file of a size of no paper family goes on a press sheet of the paper family it is made
on (press_stock.piece_stock, papers.paper_family): its layout's `paper:`, or, for a `custom`
size, the `paper:` of the office it is built for. A custom 11 x 16 in poster under `paper: us`
went on SRA3, the first press sheet that holds it, a sheet no US print shop stocks: its page
was 305.75 x 432.75 mm, wider than the 12 x 18 in sheet (304.8 mm) it is printed on, and its
marks came within 4 mm of that sheet's edge, where a press does not print."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from ..kits import build, check, mini_copy, out_path, warnings_of
from .test_press_stock_room import mm, painted

EDGE = 4.0  # mm a press does not print at a sheet's edges, spelt out
SHEET_12X18 = (304.8, 457.2)
TRIM = (279.4, 406.4)  # 11 x 16 in: no paper size
# the poster's page on each sheet, mm: on 12 x 18 in, the sheet's width (12.7 mm past the trim
# at the sides, its bleed and marks within it); on SRA3 (320 mm wide), its 1/8 in bleed and
# 10 mm of marks and slug room past it all round, as before
ON_12X18 = (304.8, 431.8)
ON_SRA3 = (305.75, 432.75)
POSTER = """title: Poster {name}
kind: poster
trim: [279.4, 406.4]
bleed: 3.175
safe: 10
paper: {paper}
marks: {{crop: true, registration: true, colour_bar: true, slug: true}}
slots:
  - {{name: ground, kind: shape, fill: blue, bleed: all, frame: {{start: 0, top: 0, width: 279.4, height: 406.4}}}}
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini kit with the custom poster under `paper: us`, `paper: iso` and `paper: custom`
    (built by the campaign, and by a US office that lists it), built in English."""
    root = tmp_path_factory.mktemp("custom-stock")
    kit = mini_copy(root / "kit")
    layouts = kit / "materials" / "layouts"
    for paper in ("us", "iso", "custom"):
        text = POSTER.format(name=paper, paper=paper)
        (layouts / f"poster-{paper}.yaml").write_text(text, encoding="utf-8")
    offices = kit / "materials" / "offices"
    offices.mkdir()
    (offices / "us-shop.yaml").write_text(
        "name: US shop\nlanguages: [en]\npaper: us\nmaterials: [poster-custom]\n",
        encoding="utf-8",
    )
    dest = root / "out"
    for office in ((), ("--office", "us-shop")):
        build(kit, dest, *office, "--lang", "en", "--no-png", "--no-digital")
    return dest


def page_of(out: Path, material: str, office: str | None = None) -> tuple[tuple[float, ...], ...]:
    """The print file's MediaBox, TrimBox (mm) and the boxes of what it paints outside its
    BleedBox: its marks and slug."""
    with pikepdf.open(out / out_path(material, "en", office=office)) as pdf:
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
    return (media, trim, *marks)


@pytest.mark.parametrize(
    ("material", "office"), [("poster-us", None), ("poster-custom", "us-shop")]
)
def test_a_custom_size_on_us_paper_is_on_the_12x18_sheet_its_marks_4_mm_inside(
    out: Path, material: str, office: str | None
) -> None:
    media, trim, *marks = page_of(out, material, office)
    w, h = media[2] - media[0], media[3] - media[1]
    assert (w, h) == pytest.approx(ON_12X18, abs=0.001)
    assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(TRIM, abs=0.001)
    assert len(marks) >= 8  # two crop marks a corner, at least
    # the 12 x 18 in sheet centred on the page: what a press prints is 4 mm inside its edges
    sw, sh = SHEET_12X18
    x0, y0 = (w - sw) / 2 + EDGE, (h - sh) / 2 + EDGE
    x1, y1 = (w + sw) / 2 - EDGE, (h + sh) / 2 - EDGE
    assert min(b[0] for b in marks) >= x0 - 0.001
    assert min(b[1] for b in marks) >= y0 - 0.001
    assert max(b[2] for b in marks) <= x1 + 0.001
    assert max(b[3] for b in marks) <= y1 + 0.001


@pytest.mark.parametrize(("material", "office"), [("poster-iso", None), ("poster-custom", None)])
def test_the_same_size_on_iso_paper_or_of_no_paper_keeps_sra3(
    out: Path, material: str, office: str | None
) -> None:
    """Under `paper: iso`, and `custom` in the campaign's own build (no office, no paper), the
    poster keeps SRA3 (320 x 450 mm), with room for its whole marks and slug."""
    media, *_ = page_of(out, material, office)
    assert (media[2] - media[0], media[3] - media[1]) == pytest.approx(ON_SRA3, abs=0.001)


STRIP = """title: Strip
kind: flyer
trim: [28, 425]
bleed: 3
safe: 2
paper: {paper}
marks: {{crop: true, registration: true, colour_bar: false, slug: true}}
slots:
  - {{name: ground, kind: shape, fill: blue, bleed: all, frame: {{start: 0, top: 0, width: 28, height: 425}}}}
"""


HASH_LOST = (
    "materials/layouts/bookmark-strip.yaml:7:8: warning[layout.marks]: the trim (28 x 425 mm) "
    "has no room below its bleed for its slug's build hash (at 4.8 pt, between the crop marks "
    "and beside the bottom registration target): left out of the slug\n"
    "  hint: a trim at least 32 mm wide has room for it; or write `registration: false` under "
    "`marks:` (the slug then runs to the right crop mark); or print the pieces on a press "
    "sheet (`sheet`: the sheet's slug names its files); or write `slug: false` under `marks:` "
    "where the pieces need none\n"
)


@pytest.mark.parametrize("paper", ["us", "iso"])
def test_the_check_measures_a_slug_on_the_press_sheet_of_its_paper(
    tmp_path: Path, paper: str
) -> None:
    """A 28 x 425 mm strip goes under `paper: us` on 12 x 18 in (457.2 mm long), which has room
    below its bleed for its whole slug; under `paper: iso` on SRA3 (450 mm), which leaves 6.5
    mm, where its build hash is left out, as the check says. The check measured every size
    of no paper size on SRA3, and warned of a build hash the US strip's slug prints."""
    kit = mini_copy(tmp_path / "kit")
    layout = kit / "materials" / "layouts" / "bookmark-strip.yaml"
    layout.write_text(STRIP.format(paper=paper), encoding="utf-8")
    code, out = check(kit, "--only", "bookmark-strip", "--lang", "en")
    said = warnings_of(out, "layout.marks")
    assert said == ("" if paper == "us" else HASH_LOST), out
