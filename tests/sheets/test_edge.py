"""Every mark a sheet draws (crop marks, registration targets, colour bar, cut lines, slug)
ends at least 4 mm (paper.PRESS_EDGE_MM) inside the paper it is printed on, the edge a
press does not print: read back from the PDFs of every kind of sheet on the common sheet
sizes. A mark with no room there is moved in, or left out with a warning (sheet.marks,
sheet.slug)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.edge import CROP_HALF_STROKE_MM, SLUG_MARK_CLEAR_MM
from campaign.sheets.paper import SHEETS

from ..kits import MM, ROOT, cli, up_to_count
from .boxes import slug_fields
from .drawn import Box, drawn_marks

EDGE = 4.0  # mm: PRESS_EDGE_MM, spelt out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("edge") / "out"
    only = "flyer-a5,flyer-letter,sticker-50,badge-58"
    code, text = cli("build", "--kit", ROOT, "-o", out, "--only", only, "--lang", "en", "--no-png")
    assert code == 0, text
    return out


def stock_around(media: Box, stock: str | None) -> Box:
    """`stock` (a sheet size's name) turned the way the media is and centred on it, mm from
    the media's bottom left; the media itself for None."""
    w, h = media[2] - media[0], media[3] - media[1]
    if stock is None:
        return media
    small, large = sorted(SHEETS[stock])
    sw, sh = (small, large) if w <= h else (large, small)
    x, y = media[0] + (w - sw) / 2, media[1] + (h - sh) / 2
    return x, y, x + sw, y + sh


def make(built: Path, tmp: Path, *args: str) -> tuple[str, Path]:
    out = tmp / "sheet.pdf"
    code, text = cli("sheet", "--kit", ROOT, "--from", built, *args, "--lang", "en", "-o", out)
    assert code == 0, text
    return text, out


def assert_marks_inside(out: Path, stock: str | None) -> list[tuple[str, Box]]:
    """Every mark of every page at least EDGE mm inside `stock` around the page's media;
    returns the first page's marks."""
    first: list[tuple[str, Box]] = []
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            media = tuple(float(v) / MM for v in page.MediaBox)
            paper = stock_around(media, stock)  # type: ignore[arg-type]
            marks = drawn_marks(page)
            assert marks, "the page draws no mark"
            for what, (left, bottom, right, top) in marks:
                room = (left - paper[0], bottom - paper[1], paper[2] - right, paper[3] - top)
                assert min(room) >= EDGE - 0.001, (what, room)
            first = first or marks
    return first


# (sheet options, the paper it is printed on, whether its slug is drawn): a gang or sticker
# sheet on a press's own sheet (SRA3...) is that paper, its slug in its margin
# (test_gang_marks); a smaller one is printed on the smallest press sheet that prints its
# slug, past its bleed
GANG = [
    ("a4", "sra4", True),
    ("a3", "sra3", True),
    ("letter", "sra4", True),
    ("legal", "sra3", True),
    ("tabloid", "12x18", True),  # its slug 2.4 mm from SRA3's edge: too close
    ("sra4", "sra4", True),
    ("sra3", "sra3", True),
    ("12x18", "12x18", True),
    ("13x19", "13x19", True),
    ("a3plus", "a3plus", True),
]


@pytest.mark.parametrize(("paper", "stock", "slug"), GANG)
@pytest.mark.parametrize(
    "kind",
    [
        ("--material", "badge-58"),
        ("--material", "badge-58", "--sticker"),
        ("--material", "sticker-50", "--sticker"),
    ],
    ids=["gang", "round-sticker", "sticker"],
)
def test_a_gang_or_sticker_sheet_s_marks_end_4_mm_inside_its_paper(
    built: Path, tmp_path: Path, kind: tuple[str, ...], paper: str, stock: str, slug: bool
) -> None:
    text, out = make(built, tmp_path, *kind, "--paper", paper)
    marks = assert_marks_inside(out, stock)
    assert any(what == "slug" for what, _ in marks) == slug
    assert ("[sheet.slug]" in text) != slug, text


@pytest.mark.parametrize(
    ("material", "up", "stock", "warned"),
    [
        ("flyer-a5", "2", "sra3", ()),
        ("flyer-a5", "4", "sra3", ("sheet.marks",)),  # 320 x 448 mm: no room for targets
        ("flyer-letter", "2", "12x18", ()),  # its side targets moved above the trim
    ],
)
def test_a_press_sheet_s_marks_end_4_mm_inside_its_stock(
    built: Path,
    tmp_path: Path,
    material: str,
    up: str,
    stock: str | None,
    warned: tuple[str, ...],
) -> None:
    text, out = make(built, tmp_path, "--material", material, "--up", up)
    marks = assert_marks_inside(out, stock)
    assert any(what == "slug" for what, _ in marks)  # moved in, never left out
    assert [c for c in ("sheet.marks", "sheet.slug") if f"[{c}]" in text] == list(warned), text


@pytest.mark.parametrize(("paper", "up"), [("a4", "2"), ("letter", "2"), ("a3", "4")])
def test_a_home_sheet_s_cut_lines_end_4_mm_inside_its_paper(
    built: Path, tmp_path: Path, paper: str, up: str
) -> None:
    _, out = make(built, tmp_path, "--material", "flyer-a5", "--home", "--up", up, "--paper", paper)
    assert_marks_inside(out, paper)


def test_a_4_up_a5_press_sheet_leaves_out_its_registration_targets_and_says_so(
    built: Path, tmp_path: Path
) -> None:
    """4-up A5 (320 x 448 mm) is as wide as SRA3 and 2 mm shorter: its targets (5.2 mm
    across) have no room between its bleed and 4 mm from the stock's edge. They were drawn
    0.4 mm from its sides and 3.4 mm from its top; they are left out with a warning, which
    --strict fails on; its slug moves up between the first column's bottom crop marks."""
    said = (
        "[sheet.marks]: flyer-a5: the 4-up press sheet (320 x 448 mm with its marks) on SRA3 "
        "has no room for its registration targets outside its bleed and at least 4 mm inside "
        "the stock's edge, which a press does not print: left out (the crop marks are kept)\n"
        "  hint: the crop marks still register the plates; to print its registration targets "
        "too, have it printed on 13 x 19 in stock (say so with --stock 13x19), or use --up 2\n"
    )
    text, out = make(built, tmp_path, "--material", "flyer-a5", "--up", "4")
    assert up_to_count(text).endswith(f"warning{said}1 warning(s)\n"), text
    marks = assert_marks_inside(out, "sra3")
    # the crop marks (one path), the colour bar's 12 patches, the slug: no target's circle
    assert [what for what, _ in marks if what != "slug"] == ["S"] + ["f"] * 12
    slug = [box for what, box in marks if what == "slug"]
    left, bottom = min(b[0] for b in slug), min(b[1] for b in slug)
    right, top = max(b[2] for b in slug), max(b[3] for b in slug)
    # between the first column's bottom crop marks (the trim's left at 9 mm, its first cut
    # at 9 + 148), above 4 mm from SRA3's edge (3 mm above the media's), below the bleed
    assert left > 9
    assert right < 9 + 148
    assert 3 - 0.001 <= bottom <= 3.2  # its outlines' box (the face's depth) at 3 mm
    assert top <= 11 - 3 - 0.5
    strict = tmp_path / "strict.pdf"
    args = ("--material", "flyer-a5", "--up", "4", "--lang", "en", "--strict")
    code, text = cli("sheet", "--kit", ROOT, "--from", built, *args, "-o", strict)
    assert (code, text) == (1, f"error{said}1 error(s)\n")
    assert not strict.exists()


def test_where_a_press_sheet_s_marks_go() -> None:
    """In mm off the trim: 2-up A5 on SRA3 keeps every mark where it was; 4-up A5 has room
    for its colour bar (4 to 8 mm above the trim, 4 mm below SRA3's edge) but none for a
    target (3 mm of bleed, 5.2 mm across, 4 mm from the edge: 12.2 mm; it has 9 + 0 at the
    sides, 11 + 1 at the top); 2-up Letter on 12 x 18 in has 0.35 mm past its sides, too
    little for its side targets, which move above the trim, the top one in to 4 mm from the
    stock's edge."""
    from campaign.sheets.edge import press_marks
    from campaign.sheets.press_fit import press_cells

    two = press_marks(press_cells((148.0, 210.0), 2, 3.0), 3.0)
    assert (two.side_targets, two.top_target, two.bar, two.sides_on_top) == (6, 6, 4, False)
    four = press_marks(press_cells((148.0, 210.0), 4, 3.0), 3.0)
    assert (four.side_targets, four.top_target, four.bar) == (None, None, 4)
    assert four.limit == pytest.approx((5, 8))
    letter = press_marks(press_cells((215.9, 279.4), 2, 3.175), 3.175)
    assert letter.sides_on_top
    reach = 1.6 * 1.6 + 0.25 / MM / 2  # the cross's arms and half their stroke
    # 279.4 + 2 x 11.175 on 304.8 mm: 1.525 mm above the media, less 4
    assert letter.top_target == pytest.approx(11.175 + 1.525 - 4 - reach, abs=1e-6)
    assert letter.side_targets == letter.top_target


def test_where_a_press_sheet_s_slug_goes() -> None:
    """Its baseline's start, mm from the trim's bottom left corner, for a slug 0.6 mm deep
    and 2 mm high: between the first column's bottom crop marks, its ink 3 mm from the mark
    at the trim's left (from its 0.25 pt stroke). 2-up A5 on SRA3: 1 mm above the media's
    edge (10 mm below the trim). 4-up A5: raised to 4 mm from SRA3's edge, its bottom 8 mm
    below the trim. A slug taller than the 5 mm between the bleed and that limit, less 1 mm,
    has no room: left out; so has one wider than the column less 3 mm from each mark (it
    was set as wide as the sheet, below the marks, 0.38 mm under their ends)."""
    from campaign.sheets.edge import press_marks, press_slug_at
    from campaign.sheets.press_fit import press_cells

    box = (0.0, -0.6, 100.0, 2.0)
    clear = SLUG_MARK_CLEAR_MM + CROP_HALF_STROKE_MM
    two = press_cells(FLYER, 2, 3.0)
    assert press_slug_at(two, 3.0, press_marks(two, 3.0), box) == pytest.approx((clear, -10))
    four = press_cells(FLYER, 4, 3.0)
    marks = press_marks(four, 3.0)
    assert press_slug_at(four, 3.0, marks, box) == pytest.approx((clear, -7.4))
    assert press_slug_at(four, 3.0, marks, (0.0, -0.6, 100.0, 3.5)) is None
    assert press_slug_at(four, 3.0, marks, (0.0, -0.6, SLUG_COLUMN + 0.01, 2.0)) is None
    # a glyph reaching left of the baseline's start: the start moves right by as much
    assert press_slug_at(four, 3.0, marks, (-0.2, -0.6, 100.0, 2.0)) == pytest.approx(
        (clear + 0.2, -7.4)
    )


FLYER = (148.0, 210.0)
# a slug's width between the first column's (A5's) bottom crop marks: 3 mm from each stroke
SLUG_COLUMN = 148.0 - 2 * (SLUG_MARK_CLEAR_MM + CROP_HALF_STROKE_MM)


def test_the_stock_box_is_the_media_box_with_the_stock_s_room_around_it() -> None:
    """mm from the trim's bottom left: 4-up A5 (trim 302 x 426, media 320 x 448) on SRA3,
    upright, 1 mm of paper above and below the media; 2-up A5 (302 x 210, media 320 x 232) on
    SRA3 turned to 450 x 320; no stock: the media itself."""
    from campaign.sheets.edge import media_box, stock_box

    four, four_media = (302.0, 426.0), (320.0, 448.0)
    assert media_box(four, four_media) == pytest.approx((-9, -11, 311, 437))
    assert stock_box(four, four_media, "sra3") == pytest.approx((-9, -12, 311, 438))
    two, two_media = (302.0, 210.0), (320.0, 232.0)
    assert stock_box(two, two_media, "sra3") == pytest.approx((-74, -55, 376, 265))
    assert stock_box(two, two_media, None) == media_box(two, two_media)


def test_a_press_sheet_on_the_stock_its_warning_names_draws_every_mark_inside_it(
    built: Path, tmp_path: Path
) -> None:
    """The sheet.marks hint said "have it printed on 13 x 19 in stock", but the marks were
    placed for SRA3 whatever stock it was printed on: a print shop with 13 x 19 in stock
    still got a sheet without targets. With the --stock the hint names, every mark is drawn
    (the crop marks whole: 5 mm, not SRA3's 2 mm at the sides), at least 4 mm inside 13 x 19
    in, and the slug says which stock the marks are placed for."""
    import re

    args = ("--material", "flyer-a5", "--up", "4")
    text, _ = make(built, tmp_path, *args)
    named = re.search(r"\(say so with --stock (\S+)\)", text)
    assert named is not None, text
    assert named[1] == "13x19"
    text, out = make(built, tmp_path, *args, "--stock", named[1])
    assert "warning" not in text, text
    assert "; a 320 x 448 mm sheet with its marks, for 13 x 19 in; 1 page(s)" in text, text
    marks = assert_marks_inside(out, "13x19")
    # the crop marks (one path), the targets' circles and crosses (one path), the bar's 12
    assert [what for what, _ in marks if what != "slug"] == ["S", "S"] + ["f"] * 12
    # mm from the media's bottom left: the trim 9 mm in at the sides, 11 at the top and
    # bottom; each mark 3 mm off it (the bleed) and 5 mm long
    crop = marks[0][1]
    assert crop[0] == pytest.approx(9 - 3 - 5, abs=0.01)
    assert crop[1] == pytest.approx(11 - 3 - 5, abs=0.01)
    assert crop[2] == pytest.approx(320 - 1, abs=0.01)
    with pikepdf.open(out) as pdf:
        assert slug_fields(pdf.pages[0]) == [
            "flyer-a5 press sheet",
            "4-up, work-and-turn",
            "flyer-a5-en.pdf",
            "trim 302 x 426 mm",
            "bleed 3 mm",
            "for 13 x 19 in stock",
            "FOGRA39",
            "World Day Against Trafficking in Persons 2024",
        ]


def test_a_4_up_a5_press_sheet_on_a3_plus_is_placed_and_named_for_a3_plus(
    built: Path, tmp_path: Path
) -> None:
    """A print shop with A3+ (329 x 483 mm) got a sheet "for 13 x 19 in", 1.2 mm wider than
    its paper. With `--stock a3plus` the sheet is its own file, the command, the slug and the
    sheet's record name A3+, and every mark ends 4 mm inside A3+ itself: 4.5 mm of paper past
    each side of the 320 mm media, so the crop marks are whole (5 mm) and the targets drawn."""
    import json
    import re
    import shutil

    copy = tmp_path / "out"  # its sheet by its own name, not in the module's build
    shutil.copytree(built, copy)
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", copy, "--material", "flyer-a5", "--lang", "en",
        "--up", "4", "--stock", "a3plus",
    )  # fmt: skip
    assert code == 0, text
    out = copy / "sheets" / "flyer-a5-a3plus-4up-en.pdf"
    assert re.search(
        r"; a 320 x 448 mm sheet with its marks, for A3\+; 1 page\(s\); wrote (\S+)", text
    ), text
    assert str(out) in text
    assert "warning" not in text, text
    marks = assert_marks_inside(out, "a3plus")
    # the crop marks (one path), the targets' circles and crosses (one path), the bar's 12
    assert [what for what, _ in marks if what != "slug"] == ["S", "S"] + ["f"] * 12
    crop = marks[0][1]  # 5 mm long: from 3 mm off the trim (9 and 11 mm in) outward
    assert (crop[0], crop[1]) == pytest.approx((9 - 3 - 5, 11 - 3 - 5), abs=0.01)
    record = json.loads((out.parent / f".{out.stem}.json").read_text(encoding="utf-8"))
    assert record["stock"] == "a3plus"
    with pikepdf.open(out) as pdf:
        assert slug_fields(pdf.pages[0]) == [
            "flyer-a5 press sheet",
            "4-up, work-and-turn",
            "flyer-a5-en.pdf",
            "trim 302 x 426 mm",
            "bleed 3 mm",
            "for A3+ stock",
            "FOGRA39",
            "World Day Against Trafficking in Persons 2024",
        ]
    code, text = cli("sheet", "--help")  # --help lists each stock with its size
    flat = " ".join(text.split())
    assert (
        "refused when it does not hold the sheet: sra4 (SRA4, 225 x 320 mm), sra3 (SRA3, 320 x "
        "450 mm), 12x18 (12 x 18 in, 304.8 x 457.2 mm), 13x19 (13 x 19 in, 330.2 x 482.6 mm), "
        "a3plus (A3+, 329 x 483 mm) (default: the smallest that holds it of its paper's "
        "region's stocks, as print shops there keep them: 12 x 18 in, 13 x 19 in for Letter, "
        "Legal, Tabloid and the other US sizes; SRA4, SRA3, A3+ for the A sizes; of another "
        "size, SRA4, SRA3, 12 x 18 in, 13 x 19 in; another region's when none of these holds "
        "it)"
    ) in flat, flat


def test_a_press_stock_that_does_not_hold_the_sheet_is_refused(built: Path, tmp_path: Path) -> None:
    """4-up A5 is 320 x 448 mm with its marks: SRA4 (225 x 320 mm) does not hold it, nor
    12 x 18 in (304.8 mm wide); an unknown stock is a usage error naming the ones known."""
    from campaign.sheets.paper import NAMED_STOCK

    base = ("sheet", "--kit", ROOT, "--from", built, "--material", "flyer-a5", "--lang", "en")
    out = tmp_path / "s.pdf"
    code, text = cli(*base, "--up", "4", "--stock", "12x18", "-o", out)
    assert (code, text) == (
        1,
        "error[sheet.fit]: the 4-up press sheet of 'flyer-a5' is 320 x 448 mm with its marks: "
        "12 x 18 in (304.8 x 457.2 mm) does not hold it\n"
        "  hint: use --stock sra3, or leave --stock out\n1 error(s)\n",
    )
    assert not out.exists()
    code, text = cli(*base, "--stock", "b2", "-o", out)
    assert code == 2, text
    assert text.endswith(
        "Error: Invalid value for '--stock': 'b2' is not one of 'sra4', 'sra3', '12x18', '13x19', "
        "'a3plus'.\n"
    )
    assert all(f"'{name}'" in text for name in NAMED_STOCK)
    code, text = cli(*base, "--home", "--stock", "sra3", "-o", out)
    assert (code, text) == (
        1,
        "error[sheet.option]: --stock does nothing for a home sheet of 'flyer-a5': an office "
        "printer prints it on --paper\n  hint: leave --stock out\n1 error(s)\n",
    )


@pytest.mark.parametrize(
    ("material", "up", "stock", "said"),
    [
        (  # 456.5 x 301.8 mm: 12 x 18 in holds it (457.2 mm long), SRA3 (450) does not
            "flyer-letter",
            "2",
            "sra3",
            "456.5 x 301.8 mm with its marks: SRA3 (320 x 450 mm) does not hold it\n"
            "  hint: use --stock 12x18, or leave --stock out\n",
        ),
        (  # 320 x 232 mm: SRA3 and 12 x 18 in hold it, and neither is the smaller
            "flyer-a5",
            "2",
            "sra4",
            "320 x 232 mm with its marks: SRA4 (225 x 320 mm) does not hold it\n"
            "  hint: use --stock sra3 or --stock 12x18, or leave --stock out\n",
        ),
    ],
)
def test_a_stock_too_small_names_the_smallest_that_hold_the_sheet(
    built: Path, tmp_path: Path, material: str, up: str, stock: str, said: str
) -> None:
    """The hint names the stocks the sheet fits, the smallest by whether one fits inside
    another, not by area (4-up A5 on 12 x 18 in, the reverse: the test above)."""
    base = ("sheet", "--kit", ROOT, "--from", built, "--material", material, "--lang", "en")
    code, text = cli(*base, "--up", up, "--stock", stock, "-o", tmp_path / "s.pdf")
    assert (code, text) == (
        1,
        f"error[sheet.fit]: the {up}-up press sheet of '{material}' is {said}1 error(s)\n",
    )


def test_crop_marks_are_as_long_as_the_stock_they_are_printed_on_allows() -> None:
    """4-up A5 on SRA3 (its default): 2 mm at the sides (0 mm of paper past the media), 5 at
    the top and bottom; on 13 x 19 in (5.1 mm past its sides): 5 mm everywhere. `on` was
    ignored: every stock had SRA3's lengths."""
    from campaign.sheets.paper import crop_mark_lengths
    from campaign.sheets.press_fit import press_cells

    four = press_cells(FLYER, 4, 3.0).sheet
    assert crop_mark_lengths(four, 3.0) == pytest.approx((2, 5))
    assert crop_mark_lengths(four, 3.0, "sra3") == pytest.approx((2, 5))
    assert crop_mark_lengths(four, 3.0, "13x19") == pytest.approx((5, 5))
    assert crop_mark_lengths(four, 3.0, None) == pytest.approx((2, 4))  # its own size


def test_a_press_slug_warning_names_the_stock_with_room_and_its_option() -> None:
    from campaign.sheets.warn import press_slug_warning

    said = press_slug_warning("flyer-a5", (320.0, 448.0), 4, "sra3", ("13x19",))
    assert said.message == (
        "the 4-up press sheet (320 x 448 mm with its marks) on SRA3 has no room for its slug "
        "between its bottom crop marks (3 mm from each), outside its bleed and at least "
        "4 mm inside the stock's edge: the slug is left out"
    )
    assert said.hints == (
        "have it printed on 13 x 19 in stock (say so with --stock 13x19), or use --up 2",
    )
    none = press_slug_warning("flyer-a5", (320.0, 448.0), 2, None, ())
    assert "on paper of its own size" in none.message
    assert none.hints == ("ask the print shop for larger stock",)
    # two stocks with room, neither the smaller (SRA3 is wider, 12 x 18 in longer): both
    both = press_slug_warning("flyer-a5", (232.0, 320.0), 2, "sra4", ("sra3", "12x18"))
    assert both.hints == (
        "have it printed on SRA3 or 12 x 18 in stock (say so with --stock sra3 or --stock 12x18)",
    )


def test_a_press_sheet_for_a_stock_is_a_file_of_its_own_and_the_job_sheet_names_it(
    built: Path, tmp_path: Path
) -> None:
    """A press sheet made with --stock is another file than the default stock's (it wrote
    over it), and the package's job sheet names the stock its marks are placed for (it named
    the smallest that holds the sheet, SRA3, whatever --stock said)."""
    import csv
    import io
    import shutil
    import zipfile

    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    for extra in ((), ("--stock", "13x19")):
        code, text = cli(
            "sheet", "--kit", ROOT, "--from", copy, "--material", "flyer-a5", "--up", "4",
            "--lang", "en", *extra,
        )  # fmt: skip
        assert code == 0, text
    sheets = sorted(p.name for p in (copy / "sheets").glob("*.pdf"))
    assert sheets == ["flyer-a5-13x19-4up-en.pdf", "flyer-a5-4up-en.pdf"]
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 0, text
    (print_zip,) = (tmp_path / "pkg").glob("*-print.zip")
    with zipfile.ZipFile(print_zip) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    notes = {r["file"]: r["note"] for r in rows if r["file"].startswith("sheets/")}
    assert notes["sheets/flyer-a5-13x19-4up-en.pdf"].startswith(
        "press sheet (320 x 448 mm with its marks, for 13 x 19 in) made by `sheet` from "
    )
    assert notes["sheets/flyer-a5-4up-en.pdf"].startswith(
        "press sheet (320 x 448 mm with its marks, for SRA3) made by `sheet` from "
    )
