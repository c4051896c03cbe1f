"""A gang sheet of badges says what its page is, and the page, the summary and the warnings
agree: on a press's own sheet (SRA4, SRA3, 12 x 18 in, 13 x 19 in, A3+) the page is that
paper, its slug and registration targets in its margin, 4 mm inside its edge and clear of the
badges' art; a smaller paper (A4, A3, Letter) is the sheet with its bleed and slug past it,
printed on the press stock that holds it, its targets at its trim's corners. A home sheet's
cut line shows on a navy badge and on white, and its margin names the material, languages
and drafts. Read back from the PDFs, in mm from the page's bottom left."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.colours.wcag import contrast
from campaign.sheets.circles import Grid, pack
from campaign.sheets.cuts import home_cut_lines
from campaign.sheets.edge import TARGET_REACH_MM
from campaign.sheets.gang_marks import target_centres
from campaign.sheets.paper import NAMED_STOCK, SHEETS
from campaign.sheets.warn import gang_marks_warning, home_margin_warning

from ..kits import MM, ROOT, cli, up_to_count
from .boxes import box_mm, slug_fields, slug_mm
from .drawn import Box, drawn_strokes

EDGE = 4.0  # mm: paper.PRESS_EDGE_MM, spelt out
GAP = 25.4 / 8
ART = 35 + GAP / 2  # badge-58's art: its 70 mm cut circle and half the gap past it
REACH = 1.6 * 1.6 + 0.125 / MM  # a target's cross (1.6 radii of 1.6 mm) and half its stroke
NAMES = {
    "sra4": ("an SRA4", "225 x 320"),
    "sra3": ("an SRA3", "320 x 450"),
    "12x18": ("a 12 x 18 in", "304.8 x 457.2"),
    "13x19": ("a 13 x 19 in", "330.2 x 482.6"),
    "a3plus": ("an A3+", "329 x 483"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gang") / "out"
    args = ("--only", "badge-58,sticker-50", "--lang", "en,fr", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def make(built: Path, tmp: Path, *args: str, name: str = "sheet.pdf") -> tuple[int, str, Path]:
    out = tmp / name
    code, text = cli("sheet", "--kit", ROOT, "--from", built, "--material", "badge-58", *args, "-o", out)  # fmt: skip
    return code, text, out


def art_circles(page: pikepdf.Page) -> list[tuple[float, float]]:
    """The centres (mm) of the page's cut circles: its 70 mm circle subpaths."""
    return [
        ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        for _, b in drawn_strokes(page)
        if abs(b[2] - b[0] - 70) < 0.5 and abs(b[3] - b[1] - 70) < 0.5
    ]


def targets(page: pikepdf.Page) -> list[tuple[float, float]]:
    """The centres (mm) of the page's registration targets: their crosses' level arms, 2 x
    1.6 x 1.6 mm long."""
    return [
        ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        for what, b in drawn_strokes(page)
        if what != "slug" and abs(b[2] - b[0] - 2 * 2.56) < 0.01 and b[3] - b[1] < 0.1
    ]


def to_circle(box: Box, centre: tuple[float, float]) -> float:
    """The distance from a box to a point, mm (0 inside it)."""
    dx = max(box[0] - centre[0], centre[0] - box[2], 0.0)
    dy = max(box[1] - centre[1], centre[1] - box[3], 0.0)
    return math.hypot(dx, dy)


@pytest.mark.parametrize("paper", NAMED_STOCK)
def test_a_gang_sheet_on_a_press_stock_is_that_paper_its_marks_inside_it(
    built: Path, tmp_path: Path, paper: str
) -> None:
    """An organiser's trial: `--paper sra3` said "the page is 326 x 466 mm ... larger than
    SRA3, for a press (on a larger sheet)", then warned that the sheet "is printed on SRA3
    paper, its own size" and left its slug out. SRA3 is the sheet a press prints: the page
    is SRA3 itself, its slug and its four registration targets inside it, at least 4 mm
    from its edge and 1 mm clear of every badge's art, and nothing warns."""
    code, text, out = make(built, tmp_path, "--paper", paper, "--copies", "3")
    assert code == 0, text
    assert "warning" not in text, text
    said, size = NAMES[paper]
    assert (
        f"\nthe page is {said} sheet ({size} mm), the sheet a press prints, with no bleed or "
        "slug past it: its badges' art, registration targets and slug stay at least 4 mm "
        "inside its edge, which a press does not print; then a die cutter cuts the badges out "
        "of it\n"
    ) in text
    w, h = SHEETS[paper]
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        for name in ("/MediaBox", "/TrimBox", "/BleedBox"):
            assert box_mm(page, name) == pytest.approx((0, 0, w, h), abs=0.001)
        art = art_circles(page)
        assert len(art) == 6
        slug = slug_mm(page)
        assert "print at 100 %, actual size" in slug_fields(page)
        found = targets(page)
        assert len(found) == 4
    assert min(slug[0], slug[1], w - slug[2], h - slug[3]) >= EDGE - 0.001, slug
    assert min(to_circle(slug, c) for c in art) >= ART + 1 - 0.001
    for x, y in art:  # the badges' art too: 1.6 mm past each cut circle
        assert min(x, y, w - x, h - y) - ART >= EDGE - 0.001, (x, y)
    for x, y in found:  # each cross 4 mm inside, each circle 1 mm clear of the art
        assert min(x, y, w - x, h - y) - REACH >= EDGE - 0.001, (x, y)
        assert min(math.dist((x, y), c) for c in art) >= ART + REACH + 1 - 0.001


@pytest.mark.parametrize("paper", NAMED_STOCK)
def test_a_sticker_sheet_on_a_press_stock_is_that_paper_its_marks_inside_it(
    built: Path, tmp_path: Path, paper: str
) -> None:
    """A sheet of rectangular stickers (sticker-50, 3 mm of bleed) on a press's own sheet was
    that sheet with its bleed and slug past it (326 x 466 mm for SRA3), its slug left out
    with a warning that it "is printed on SRA3 paper, its own size". As a gang sheet of
    badges: the page is the paper, the stickers' bleed inside the margin, its slug and
    targets at least 4 mm inside its edge and 1 mm clear of every sticker's art."""
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", "sticker-50", "--sticker",
        "--paper", paper, "--copies", "3", "-o", tmp_path / "s.pdf",
    )  # fmt: skip
    assert code == 0, text
    assert "warning" not in text, text
    said, size = NAMES[paper]
    assert (
        f"; 1 page(s); 6 sticker(s) (3 en, 3 fr); wrote {tmp_path / 's.pdf'}\n"
        f"the page is {said} sheet ({size} mm), the sheet a press prints, with no bleed or "
        "slug past it: its stickers' art, registration targets and slug stay at least 4 mm "
        "inside its edge, which a press does not print; then a die cutter or plotter "
        "kiss-cuts the stickers\n"
    ) in text
    w, h = SHEETS[paper]
    with pikepdf.open(tmp_path / "s.pdf") as pdf:
        (page,) = pdf.pages
        media = box_mm(page, "/MediaBox")
        for name in ("/TrimBox", "/BleedBox"):
            assert box_mm(page, name) == pytest.approx(media, abs=0.001)
        assert sorted(media[2:]) == pytest.approx(sorted((w, h)), abs=0.001)
        w, h = media[2], media[3]  # landscape where that holds more
        # each sticker's kiss-cut (its trim, 50 mm), and its 3 mm of bleed past it
        trims = [b for what, b in drawn_strokes(page) if abs(b[2] - b[0] - 50) < 0.5]
        assert len(trims) == 6
        art = [(b[0] - 3, b[1] - 3, b[2] + 3, b[3] + 3) for b in trims]
        slug = slug_mm(page)
        found = targets(page)
    assert len(found) == 4
    for box in (*art, slug):
        assert min(box[0], box[1], w - box[2], h - box[3]) >= EDGE - 0.001, box
    for a in art:
        gap = max(a[0] - slug[2], slug[0] - a[2], a[1] - slug[3], slug[1] - a[3])
        assert gap >= 1 - 0.001, (a, slug)
    for x, y in found:
        assert min(x, y, w - x, h - y) - REACH >= EDGE - 0.001, (x, y)
        assert min(to_circle(a, (x, y)) for a in art) >= REACH + 1 - 0.001


@pytest.mark.parametrize(
    ("material", "paper", "gap", "reach"),
    [
        ("badge-58", "sra4", "3.5", 35 + 1.75),  # at a 4 mm margin, 2.25 mm from the edge
        ("badge-58", "sra3", "3.175", 35 + GAP / 2),
        ("sticker-50", "12x18", "6", 28.0),  # 2 x 3 mm of bleed apart
        ("sticker-50", "sra3", "6", 28.0),
    ],
)
def test_a_small_margin_on_a_press_stock_keeps_the_art_4_mm_inside(
    built: Path, tmp_path: Path, material: str, paper: str, gap: str, reach: float
) -> None:
    """`--margin 0` on a press's own sheet: the pieces still keep their art (a badge's half
    the gap past its cut circle, a sticker's 3 mm of bleed) at least 4 mm inside the paper's
    edge, which a press does not print: the margin is at least that, whatever --margin
    says."""
    sticker = ("--sticker", "--gap", gap) if material == "sticker-50" else ("--gap", gap)
    out = tmp_path / "s.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", material, *sticker,
        "--paper", paper, "--margin", "0", "--fill", "--lang", "en", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        w, h = box_mm(page, "/MediaBox")[2:]
        size = 70 if material == "badge-58" else 50
        # each piece's cut line (a 70 mm cut circle, a 50 mm kiss-cut), centred on its art
        cuts = [b for _, b in drawn_strokes(page) if abs(b[2] - b[0] - size) < 0.5]
    assert cuts
    near = min(
        min(x, y, w - x, h - y) - reach
        for x, y in (((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in cuts)
    )
    assert near >= EDGE - 0.01, near


def test_sra3_has_its_targets_at_its_corners_and_its_slug_up_its_left_side(
    built: Path, tmp_path: Path
) -> None:
    """SRA3 holds 24 of badge-58 (4 x 6, square): 13.7 mm of margin at the sides, 5.5 mm
    above and below, where the slug has no room: it reads up the left side, between the
    corner targets, each 4 mm and its reach (2.6 mm) in from both edges."""
    code, text, out = make(built, tmp_path, "--paper", "sra3", "--fill")
    assert code == 0, text
    assert "24 badge(s) (12 en, 12 fr) on 1 sheet(s)" in text
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        found = sorted(targets(page))
        slug = slug_mm(page)
        content = page.Contents.read_bytes()
    inset = EDGE + REACH
    corners = [(inset, inset), (inset, 450 - inset), (320 - inset, inset), (320 - inset, 450 - inset)]  # fmt: skip
    assert [v for c in found for v in c] == pytest.approx([v for c in corners for v in c], abs=0.01)
    assert b" 0 1 -1 0 " in content  # turned a quarter anticlockwise: reading up
    assert slug[0] >= EDGE - 0.001
    assert slug[2] <= 13.65 - 1 + 0.01  # 1 mm clear of the art
    assert slug[3] - slug[1] > 100  # along the side


def test_a_cut_page_has_the_sheet_s_targets_where_the_print_has_them(
    built: Path, tmp_path: Path
) -> None:
    """`--cut-page`'s pages, the cut lines alone for a cutter, had no mark to line them up
    with the print (a trial): the sheet's four corner targets are drawn on each cut page
    too, at the same places, in registration colour (the cut lines stay the CutContour
    spot colour's alone)."""
    code, text, out = make(built, tmp_path, "--paper", "sra3", "--lang", "en", "--copies", "30", "--cut-page")  # fmt: skip
    assert code == 0, text
    inset = EDGE + REACH
    corners = [(inset, inset), (inset, 450 - inset), (320 - inset, inset), (320 - inset, 450 - inset)]  # fmt: skip
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 4  # 24 and 6 badges, the full sheet's cut lines, the last's
        for n, page in enumerate(pdf.pages):
            found = sorted(targets(page))
            assert [v for c in found for v in c] == pytest.approx(
                [v for c in corners for v in c], abs=0.01
            ), n
        assert [len(art_circles(page)) for page in pdf.pages[2:]] == [24, 6]
        for page in pdf.pages[2:]:
            content = page.Contents.read_bytes().decode()
            # the cut lines in the spot colour, then the targets in registration colour, the
            # Separation /All at 60 %: 300 % over five plates, CutContour's with the four
            drawn = r"q /GSCut gs /CSCut CS 1 SCN [^KQ]* S Q q /CSAll CS 0.6 SCN 0\.\d+ w [^Q]* S Q"
            assert re.search(drawn, content), content[:200]
            assert content.count(" CS ") == 2  # the cut's and the targets' (no other stroke)


@pytest.mark.parametrize(
    ("paper", "media", "said", "stock", "bleed"),
    [
        ("a4", "216 x 313", "an A4", "SRA4", 3.0),
        ("a3", "303 x 436", "an A3", "SRA3", 3.0),
        # a US paper on a US stock (paper.REGION_STOCK): it said SRA4, which a print shop
        # of the Americas does not stock; with 1/8 in of bleed, as US print shops ask of a
        # file of a US paper size (it had 3 mm: 221.9 x 295.4 mm)
        ("letter", "222.2 x 295.8", "a Letter", "12 x 18 in", 3.175),
        ("legal", "222.2 x 371.9", "a Legal", "12 x 18 in", 3.175),
        ("tabloid", "285.8 x 448.1", "a Tabloid", "12 x 18 in", 3.175),
    ],
)
def test_a_smaller_paper_is_printed_on_the_press_stock_that_holds_it(
    built: Path, tmp_path: Path, paper: str, media: str, said: str, stock: str, bleed: float
) -> None:
    """A4 and the other office papers are the sheet with its bleed and slug past it: the
    line names the press stock it is printed on (it said "on a larger sheet"), and its
    targets are inside its trim, 1 mm in, at its corners. Its bleed is what print shops
    ask of a file of its paper (papers.bleed_asked): 1/8 in on US paper, else 3 mm."""
    code, text, out = make(built, tmp_path, "--paper", paper)
    assert code == 0, text
    assert "warning" not in text, text
    name = said.split(" ", 1)[1]
    assert (
        f"\nthe page is {media} mm: {said} sheet with its bleed and a slug past it, "
        f"registration targets at its corners, larger than {name}, printed on {stock} paper "
        f"by a press, then die-cut; on an office printer of {name} paper, make {said} page "
        "with --home\n"
    ) in text
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        trim = box_mm(page, "/TrimBox")
        grown = box_mm(page, "/BleedBox")
        found = targets(page)
    sides = (trim[0] - grown[0], trim[1] - grown[1], grown[2] - trim[2], grown[3] - trim[3])
    assert sides == pytest.approx((bleed,) * 4, abs=0.001)
    assert len(found) == 4
    for x, y in found:
        room = min(x - trim[0], y - trim[1], trim[2] - x, trim[3] - y) - REACH
        assert room >= 1 - 0.001, (x, y, trim)


def test_no_room_for_the_slug_on_a_press_stock_is_said_with_the_margin_that_makes_it(
    built: Path, tmp_path: Path
) -> None:
    """With --gap 4 on 12 x 18 in, 24 badges (4 x 6) leave no band of the margin for the
    slug (1.6 mm below them, 0.6 mm less than none beside them): the warning says the page
    is the paper itself, and names the --margin that has room (and the count then) and the
    paper 12 x 18 in holds with its slug past it; the summary leaves the slug out too.
    --strict fails on it."""
    said = (
        "[sheet.slug]: badge-58: a 12 x 18 in gang sheet is 12 x 18 in paper itself, the sheet "
        "a press prints, with no bleed or paper past it: its margin has no room for its slug "
        "(which sheet it is, the files on it, how to print it, the press condition) clear of "
        "the pieces' art and at least 4 mm inside the paper's edge, which a press does not "
        "print: the slug is left out\n"
        "  hint: --margin 6.5 leaves room for it (22 to a sheet, not 24); or use --paper "
        "tabloid (a Tabloid sheet with its bleed and slug past it, printed on 12 x 18 in)\n"
    )
    args = ("--paper", "12x18", "--gap", "4", "--lang", "en")
    code, text, out = make(built, tmp_path, *args)
    assert code == 0, text
    # after the press's note (layout.press-unverified, not verified), counted with it
    assert up_to_count(text).endswith(f"\nwarning{said}1 warning(s), 1 note(s)\n"), text
    assert (
        "the page is a 12 x 18 in sheet (304.8 x 457.2 mm), the sheet a press prints, with no "
        "bleed or slug past it: its badges' art and registration targets stay at least 4 mm "
        "inside its edge, which a press does not print; then a die cutter cuts the badges out "
        "of it\n"
    ) in text
    with pikepdf.open(out) as pdf:
        assert "/Slug" not in pdf.pages[0].Resources.XObject
        assert len(targets(pdf.pages[0])) == 4
    code, text, out = make(built, tmp_path, *args, "--strict", name="strict.pdf")
    assert code == 1, text
    assert text == f"error{said}1 error(s)\n"
    assert not out.exists()
    # at the margin it names, the slug is in; half a millimetre less, it is not
    code, text, out = make(built, tmp_path, *args, "--margin", "6.5")
    assert code == 0, text
    assert "warning" not in text, text
    assert "badge-58: 22 to a 12 x 18 in sheet" in text
    code, text, out = make(built, tmp_path, *args, "--margin", "6")
    assert "[sheet.slug]" in text, text


def test_a_target_moves_along_the_edge_to_clear_the_art_or_is_left_out_with_a_warning() -> None:
    """A corner a badge's art covers: its target moves along the sheet's edge, the nearer
    way, to the first place 1 mm clear of the art; a sheet whose art covers its corners and
    the edges beside them leaves them out, and says which."""
    # one 40 mm circle (art 43.2 mm across) at (20, 2) mm: the top left target clears it
    # 38.5 mm to the right, or 17 mm down (the nearer: taken)
    near = Grid((210.0, 297.0), 40.0, GAP, 0.0, "square", ((20.0, 2.0),))
    kept, lost = target_centres(near, EDGE)
    assert lost == []
    inset = EDGE + TARGET_REACH_MM
    room = 20 + GAP / 2 + TARGET_REACH_MM + 1
    assert kept[0] == pytest.approx((inset, inset + 17.0))
    assert math.dist(kept[0], (20.0, 2.0)) >= room
    assert math.dist((inset, inset + 16.5), (20.0, 2.0)) < room  # half a step less: not clear
    assert math.dist((inset + 38.0, inset), (20.0, 2.0)) < room
    assert math.dist((inset + 38.5, inset), (20.0, 2.0)) >= room  # the other way: farther
    others = [(210 - inset, inset), (inset, 297 - inset), (210 - inset, 297 - inset)]
    assert kept[1:] == pytest.approx(others)
    # one 200 mm circle over the middle of a 150 mm square sheet: no corner has room
    over = Grid((150.0, 150.0), 200.0, GAP, 0.0, "square", ((75.0, 75.0),))
    kept, lost = target_centres(over, EDGE)
    assert (kept, lost) == ([], ["top left", "top right", "bottom left", "bottom right"])
    warned = gang_marks_warning("badge-58", "gang", "a4", ["top left", "bottom right"])
    assert warned is not None
    assert (warned.code, warned.message, warned.hints) == (
        "sheet.marks",
        "an A4 gang sheet has no room for its registration target at its top left and bottom "
        "right corners, 1 mm clear of the pieces' art: left out",
        ("a larger --margin leaves its corners free for the targets the cutter lines its die "
        "up with",),
    )  # fmt: skip
    assert gang_marks_warning("badge-58", "gang", "a4", []) is None


def test_a_home_sheet_s_cut_line_shows_on_the_navy_badge_and_on_white(
    built: Path, tmp_path: Path
) -> None:
    """An organiser's trial: the home sheet's grey cut circle (DeviceGray 0.6) was 2.8:1 on
    the navy badge. It is cased: a black core on a white casing. Measured on the sheet as
    rendered at 600 dpi across the first badge's cut circle: the casing against the navy
    and the core against the casing at least 3:1 (WCAG 2.1, 1.4.11); on white, the core
    against white."""
    code, text, out = make(built, tmp_path, "--home", "--lang", "en")
    assert code == 0, text
    grid = pack(SHEETS["a4"], 70.0, GAP, 5 + GAP / 2)
    cx, cy = grid.centres[0]
    scale = 600 / 25.4  # px per mm
    image = pdfium.PdfDocument(out)[0].render(scale=600 / 72).to_pil().convert("RGB")
    row = round(cy * scale)
    seen = [
        tuple(c / 255 for c in image.getpixel((round((cx + 33 + i / 100) * scale), row)))
        for i in range(0, 400)  # from 2 mm inside the cut circle to 2 mm outside
    ]
    navy = seen[0]
    assert contrast(navy, (1, 1, 1)) > 3  # a dark badge
    darkest = min(seen, key=sum)
    lightest = max(seen, key=sum)
    assert contrast(lightest, navy) >= 3, (lightest, navy)
    assert contrast(darkest, lightest) >= 3, (darkest, lightest)
    # on white (a white badge, the paper): the core, black
    ops = home_cut_lines([(0.0, 0.0)], 10.0)
    assert ops.startswith("q 1 G 1.5 w ")
    assert " S 0 G 0.5 w " in ops
    assert ops.endswith(" S Q")
    assert contrast((0, 0, 0), (1, 1, 1)) >= 3


def test_a_home_sheet_names_its_material_languages_and_drafts_in_its_margin(
    built: Path, tmp_path: Path
) -> None:
    """The home sheet carried no word of what it is. Each page has a line naming the sheet,
    the languages on it, DRAFT and the draft translations among them (fr is a draft in the
    kit), in black, between the badges' art (1 mm clear) and the office printer's 5 mm
    margin: never over a badge."""
    code, text, out = make(built, tmp_path, "--home", "--lang", "en,fr", "--copies", "5")
    assert code == 0, text
    assert (
        "the page is an A4 page (210 x 297 mm), for an office printer: the art stays inside "
        "its margins, which it does not print, and a line between it and them names the "
        "sheet, its languages and any draft; cut along the circles\n"
    ) in text
    with pikepdf.open(out) as pdf:
        first, second = pdf.pages
        lines = [slug_fields(first), slug_fields(second)]
        boxes = [slug_mm(first), slug_mm(second)]
        art = [art_circles(p) for p in pdf.pages]
        content = first.Contents.read_bytes()
    assert lines == [
        [
            "badge-58 home sheet 1 of 2",
            "en fr",
            "DRAFT fr",
            "World Day Against Trafficking in Persons 2024",
        ],  # fmt: skip
        [
            "badge-58 home sheet 2 of 2",
            "fr",
            "DRAFT",
            "World Day Against Trafficking in Persons 2024",
        ],  # fmt: skip
    ]
    assert b"q 0 g 1 0 0 1 " in content  # in black, upright
    for box, circles in zip(boxes, art, strict=True):
        assert min(box[0], box[1], 210 - box[2], 297 - box[3]) >= 5 - 0.001, box
        assert min(to_circle(box, c) for c in circles) >= ART + 1 - 0.001


def test_a_home_sheet_whose_margin_has_no_room_for_its_line_says_so_and_how(
    built: Path, tmp_path: Path
) -> None:
    """A home sheet of badges 6 mm apart in hexagonal rows, 10 mm margins: its packing leaves
    no band deep enough below the art or beside it, and the line naming the sheet, its
    languages and the draft was left out without a word. A note says what is left out and
    the --margin that makes room, which it does (6 to a sheet, not 8); --strict passes it."""
    tight = ("--home", "--lang", "en,fr", "--gap", "6", "--packing", "hex", "--paper", "a4")
    code, text, out = make(built, tmp_path, *tight, "--margin", "10", "--strict")
    assert code == 0, text
    assert (
        "note[sheet.home-line]: badge-58: the home sheet's margin has no room, between the "
        "badges' art and the 10 mm the office printer does not print, for its line (which "
        "sheet it is, its languages en fr, DRAFT fr, the campaign): the line is left out\n"
        "  hint: --margin 10.5 leaves room for it (6 to a sheet, not 8)\n"
    ) in text
    assert up_to_count(text).endswith("\n3 note(s)\n"), text  # with the draft's and the press's
    assert "badge-58: 8 to an A4 sheet (hex packing" in text
    assert ", and a line between it and them names" not in text
    with pikepdf.open(out) as pdf:
        assert "/Slug" not in pdf.pages[0].Resources.get("/XObject", {}), "a line drawn"
    # the hint's margin: the line is there, and no note
    code, text, out = make(built, tmp_path, *tight, "--margin", "10.5", name="roomy.pdf")
    assert code == 0, text
    assert "sheet.home-line" not in text
    assert "badge-58: 6 to an A4 sheet (hex packing" in text
    with pikepdf.open(out) as pdf:
        assert slug_fields(pdf.pages[0])[:3] == ["badge-58 home sheet 1 of 1", "en fr", "DRAFT fr"]


def test_a_home_sheet_s_cut_circles_closer_than_an_eighth_of_an_inch_are_a_warning(
    built: Path, tmp_path: Path
) -> None:
    """A badge-press operator's trial: `--home --gap 0 --strict` exited 0, the art clipped
    at the cut circle, where the press sheet warned (`sheet.gap`). A home sheet is cut by
    hand: below 1/8 in between circles it is the same warning, worded for scissors and a
    circle cutter, counted; with --strict an error, and no sheet written."""
    close = ("--home", "--lang", "en", "--paper", "a4", "--gap", "1")
    said = (
        "[sheet.gap]: badge-58: cut circles 1 mm apart: each badge's art reaches only 0.5 mm "
        "past its cut circle (a cut by hand, with scissors or a circle cutter, that strays "
        "outside it shows the white paper), where 1/8 in (3.175 mm) between circles leaves "
        "1.6 mm\n"
        "  hint: leave --gap out (1/8 in: 1.6 mm of art past each cut circle for a cut by hand "
        "to stray into)\n"
    )
    code, text, out = make(built, tmp_path, *close)
    assert code == 0, text
    assert f"\nwarning{said}1 warning(s), 1 note(s)\n" in text, text  # the press's note
    assert "badge-58: 11 to an A4 sheet (hex packing, 70 mm cut circles, 1 mm apart)" in text
    assert out.exists()
    code, text, out = make(built, tmp_path, *close, "--strict", name="strict.pdf")
    assert code == 1, text
    assert text == f"error{said}1 error(s)\n"
    assert not out.exists()
    code, text, _ = make(built, tmp_path, "--home", "--lang", "en", "--paper", "a4", "--strict")
    assert code == 0, text
    assert "sheet.gap" not in text


def test_a_home_sheet_that_prints_inside_the_office_printer_s_edge_is_a_warning(
    built: Path, tmp_path: Path
) -> None:
    """A badge-press operator's trial: `--home --margin 0` set the sheet's line on the
    paper's edge, where an office printer does not print (about 5 mm: HP LaserJets 0.2
    in), without a word. It is a `sheet.margin` warning naming how near the line and the
    art come (read back from the PDF: the line 0 to 0.5 mm from the edge, the art 2.2 mm),
    and the --margin that keeps them clear; --strict fails it. The default 5 mm keeps both
    at least 5 mm inside, and says nothing."""
    edge = ("--home", "--lang", "en", "--paper", "a4")
    code, text, out = make(built, tmp_path, *edge, "--margin", "0")
    assert code == 0, text
    said = (
        "[sheet.margin]: badge-58: the home sheet prints its line naming the sheet 0 mm and "
        "its badges' art 2.2 mm from the paper's edge (--margin 0), inside the 5 mm of its "
        "edge an office printer does not print: what falls there is cut off\n"
        "  hint: leave --margin out (5 mm), unless your printer prints closer to the paper's "
        "edge (its manual gives the printable area): then give that --margin\n"
    )
    assert f"\nwarning{said}1 warning(s), 1 note(s)\n" in text, text
    with pikepdf.open(out) as pdf:
        line, circles = slug_mm(pdf.pages[0]), art_circles(pdf.pages[0])
    assert min(line[0], line[1], 210 - line[2], 297 - line[3]) < 0.5, line
    art = min(min(x, y, 210 - x, 297 - y) for x, y in circles) - ART
    assert round(art, 1) == 2.2
    code, text, out = make(built, tmp_path, *edge, "--margin", "0", "--strict", name="s.pdf")
    assert code == 1, text
    assert text == f"error{said}1 error(s)\n"
    assert not out.exists()
    code, text, out = make(built, tmp_path, *edge, "--strict", name="default.pdf")
    assert code == 0, text
    assert "sheet.margin" not in text
    with pikepdf.open(out) as pdf:
        line, circles = slug_mm(pdf.pages[0]), art_circles(pdf.pages[0])
    assert min(line[0], line[1], 210 - line[2], 297 - line[3]) >= 5 - 0.001, line
    assert min(min(x, y, 210 - x, 297 - y) for x, y in circles) - ART >= 5 - 0.001


def test_a_smaller_margin_that_prints_nothing_inside_the_printer_s_edge_is_no_warning() -> None:
    """`sheet.margin` is of what prints within 5 mm of the edge: a --margin of 3 whose line
    was left out and whose art the packing keeps 6 mm inside is no warning; its line alone,
    3 mm from the edge, is."""
    assert home_margin_warning("badge-58", 3, 6.0, False) is None
    assert home_margin_warning("badge-58", 5, 5.0, True) is None
    warned = home_margin_warning("badge-58", 3, 6.0, True)
    assert warned is not None
    assert (warned.code, warned.severity.name) == ("sheet.margin", "WARNING")
    assert warned.message.startswith(
        "the home sheet prints its line naming the sheet 3 mm from the paper's edge (--margin 3)"
    )


def test_the_job_sheet_says_how_many_of_each_language_a_gang_sheet_makes() -> None:
    """The job sheet's note of a gang sheet named the files it places, not how many of each
    one printing makes, nor that it prints at actual size (an organiser's trial): a sheet of
    4 English, 4 French and 4 Arabic badges says "one printing of it makes 4 en, 4 fr and 4
    ar"; a press sheet (a page per file, counted by the order) says nothing of it."""
    from campaign.output import OutputFile
    from campaign.package.jobsheet import ACTUAL_SIZE, _per_language
    from campaign.sheets.record import MadeSheet

    parts = tuple(
        OutputFile(
            f"badge-58/badge-58-{code}.pdf", "badge-58", code, "pdf", "print", (70, 70), 1, "0", 1
        )  # fmt: skip
        for code in ("en", "fr", "ar")
    )
    copies = {f.path: 4 for f in parts}
    made = MadeSheet("s.pdf", "gang", "badge-58", None, "0", 1, 1, (210, 297), 3, "", parts, copies)
    assert _per_language(made) == "; one printing of it makes 4 en, 4 fr and 4 ar"
    assert ACTUAL_SIZE == "print it at actual size (100 %, not fit to page)"
    one = MadeSheet("s.pdf", "gang", "badge-58", None, "0", 1, 1, (210, 297), 3, "", parts[:1], {parts[0].path: 1500})  # fmt: skip
    assert _per_language(one) == "; one printing of it makes 1,500 en"
    press = MadeSheet("p.pdf", "press", "flyer-a5", None, "0", 1, 2, (302, 210), 3, "", parts, copies)  # fmt: skip
    assert _per_language(press) == ""


def test_check_pdf_asks_no_bleed_of_a_press_s_own_sheet(built: Path, tmp_path: Path) -> None:
    """A gang or sticker sheet on SRA3 is SRA3 itself, not trimmed: `check --pdf` failed it on
    "bleed is 0.00 mm; 3 mm is needed". Its Subject says what it is, and the check asks it
    for no bleed (the rest of a press file's checks stand); an A4 sheet keeps its 3 mm."""
    code, text, gang = make(built, tmp_path, "--paper", "sra3", "--lang", "en")
    assert code == 0, text
    stickers = tmp_path / "stickers.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", "sticker-50", "--sticker",
        "--paper", "sra3", "--lang", "en", "-o", stickers,
    )  # fmt: skip
    assert code == 0, text
    with pikepdf.open(gang) as pdf:
        assert str(pdf.docinfo.Subject).endswith(
            ", cut lines in CutContour, SRA3 itself, the sheet a press prints, not trimmed: "
            "no bleed past it"
        )
    for out in (gang, stickers):
        code, text = cli("check", "--pdf", out)
        assert code == 0, text
        assert text.startswith(f"{out}: ok (trim 320 x 450 mm, bleed 0 mm, DeviceCMYK, "), text
    code, text, a4 = make(built, tmp_path, "--lang", "en", name="a4.pdf")
    code, text = cli("check", "--pdf", a4)
    assert code == 0, text
    assert text.startswith(f"{a4}: ok (trim 210 x 297 mm, bleed 3 mm, "), text


def test_a_sheet_with_empty_places_names_fill(built: Path, tmp_path: Path) -> None:
    """An organiser's trial: the home sheet's second page held 3 badges of 9, and nothing said
    that --fill repeats them until the sheet is full. With --fill, or a full sheet, no line."""
    code, text, _ = make(built, tmp_path, "--home", "--lang", "en,fr", "--copies", "5")
    assert code == 0, text
    assert "badge-58: 9 to an A4 sheet (hex packing" in text
    assert "; 10 badge(s) (5 en, 5 fr) on 2 sheet(s); wrote " in text
    assert (
        "\nits last sheet holds 1 of its 9 places: --fill repeats the badges until it is full\n"
    ) in text
    code, text, _ = make(built, tmp_path, "--home", "--lang", "en", name="one.pdf")
    assert code == 0, text
    assert "\nthe sheet holds 1 of its 9 places: --fill repeats the badges" in text
    for args in (("--copies", "5", "--fill"), ("--copies", "9")):  # full: 18 of 9 a sheet
        code, text, _ = make(built, tmp_path, "--home", "--lang", "en,fr", *args, name="f.pdf")
        assert code == 0, text
        assert "places: --fill" not in text, text


def test_a_sheets_title_names_each_language_once() -> None:
    """A sheet of seven events' flyers in Swahili and English was titled "(sw,en,sw,en,en,
    sw,sw)", a language per piece (an organiser's trial): each language once, in order."""
    from types import SimpleNamespace

    from campaign.output import OutputFile
    from campaign.sheets.files import sheet_meta

    chosen = [
        OutputFile(f"e/e-{n}-{code}.pdf", "e", code, "pdf", "print", (148, 210), 1, "0", 1)
        for n, code in enumerate(("sw", "en", "sw", "en", "en", "sw", "sw"))
    ]
    kit = SimpleNamespace(campaign=SimpleNamespace(year=2026))
    meta = sheet_meta(kit, chosen, "Event flyers", "a sheet", "k")  # type: ignore[arg-type]
    assert meta.title == "Event flyers (sw,en)"
    assert meta.languages == ("sw", "en")
