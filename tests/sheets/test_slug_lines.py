"""A narrow sheet's slug keeps every field a print shop reads: the kit's narrowest press sheet
(A5 flyers, a first column of 148 mm: 141.9 mm between its crop marks) left out the campaign
on one line, without a word. Its fields are read back from the PDF (the /Slug form's
/ActualText), its glyphs' boxes from the content stream, in mm: each at least
edge.SLUG_MARK_CLEAR_MM from every mark and outside every piece's bleed. A slug that still
has no room for a field at the floor size says which (`sheet.slug`)."""

from __future__ import annotations

import math
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.edge import SLUG_MARK_CLEAR_MM
from campaign.sheets.paper import press_margins
from campaign.sheets.slugs import SLUG_FLOOR_PT

from ..kits import MM, ROOT, cli
from .boxes import slug_fields
from .drawn import Box, drawn_strokes

CAMPAIGN = "World Day Against Trafficking in Persons 2024"


@pytest.fixture(scope="module")
def flyers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lines") / "out"
    args = ("--only", "flyer-a5", "--lang", "en,ar", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def distance(a: Box, b: Box) -> float:
    """The shortest distance between two boxes, mm (0 where they meet)."""
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)


def slug_sizes(page: pikepdf.Page) -> list[float]:
    """The scale of each glyph the slug draws (`s 0 0 s x y cm`: font units to pt)."""
    ops = pikepdf.parse_content_stream(page.Resources.XObject.Slug)
    return [
        float(ins.operands[0])
        for ins in ops
        if str(ins.operator) == "cm" and float(ins.operands[0]) != 1.0
    ]


@pytest.mark.parametrize(
    ("up", "imposed", "stock", "lines"),
    [
        ("2", "2-up, work-and-turn", (), 2),  # 6 pt, on two lines
        # --up auto names the stock: the longest slug, on SRA3, 2 mm larger than the sheet:
        # the slug moves up to 4 mm inside its edge, and two lines of 6 pt no longer fit
        ("auto", "4-up, work-and-turn", ("for SRA3 stock",), 2),
    ],
)
def test_the_narrowest_press_sheet_keeps_every_field_clear_of_its_marks(
    flyers: Path,
    tmp_path: Path,
    up: str,
    imposed: str,
    stock: tuple[str, ...],
    lines: int,
) -> None:
    out = tmp_path / "press.pdf"
    args = ("--material", "flyer-a5", "--up", up, "--lang", "en,ar", "-o", out)
    code, text = cli("sheet", "--kit", ROOT, "--from", flyers, *args)
    assert code == 0, text
    assert "[sheet.slug]" not in text, text
    with pikepdf.open(out) as pdf:
        for page, lang in zip(pdf.pages, ("en", "ar"), strict=True):
            draft = ["DRAFT"] if lang == "ar" else []
            assert slug_fields(page) == [
                "flyer-a5 press sheet",
                imposed,
                f"flyer-a5-{lang}.pdf",
                *draft,
                "trim 302 x 426 mm" if up == "auto" else "trim 302 x 210 mm",
                "bleed 3 mm",
                *stock,
                "FOGRA39",
                CAMPAIGN,
            ]
            form = page.Resources.XObject.Slug.read_bytes()
            assert form.count(b"q 1 0 0 1 0 ") == lines - 1  # each line above the last
            assert min(slug_sizes(page)) * 1000 >= SLUG_FLOOR_PT - 1e-6  # per 1000 units
            drawn = drawn_strokes(page)
            trim = [float(v) / MM for v in page.TrimBox]
            glyphs = [box for what, box in drawn if what == "slug"]
            marks = [box for what, box in drawn if what != "slug"]
            assert glyphs
            assert len(marks) > 10
            nearest = min(distance(g, m) for g in glyphs for m in marks)
            assert nearest >= SLUG_MARK_CLEAR_MM - 1e-3, nearest
            # below the trim, outside the bleed (3 mm) and on the media
            assert max(g[3] for g in glyphs) <= trim[1] - 3 - 1 + 1e-3
            assert min(g[1] for g in glyphs) >= 0
            padx = press_margins(3.0)[0]
            assert min(g[0] for g in glyphs) >= padx + SLUG_MARK_CLEAR_MM - 1e-3


CARD = """title: Card
kind: flyer
trim: [20, 100]
bleed: 3
safe: 2
marks: false
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all,
         frame: {start: 0, top: 0, width: 20, height: 100}}
"""


def test_a_slug_with_no_room_for_a_field_at_the_floor_says_which(tmp_path: Path) -> None:
    """A 20 mm wide card's first column has 13.75 mm between its marks: three lines at
    SLUG_FLOOR_PT hold the first three fields, one each, and the warning names the rest,
    which the slug (read back) leaves out; it left them out without a word. Its hint named
    "another --up"; it names the fewest to a sheet whose slug keeps every field: 13, 4
    upright beside 9 turned on SRA4 (press_fit.press_cells: a smaller stock mixed than in
    rows and columns), its slug below a turned card, 100 mm wide between its marks (the
    widest stretch: edge.slug_stretch; every count of 2 to 16 in 20 mm columns had none, and
    it named `--up auto`, 51 to a sheet, 27 turned, whose sheet keeps every field too)."""
    from ..kits import mini_copy

    kit = mini_copy(tmp_path / "kit")
    (kit / "materials" / "layouts" / "card.yaml").write_text(CARD, encoding="utf-8")
    built = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", built, "--only", "card", "--lang", "en")
    assert code == 0, text
    out = tmp_path / "card.pdf"
    # 2-up: without --up, as many as the stock of a 2-up sheet holds (sheets.press.filled_up)
    code, text = cli(
        "sheet", "--kit", kit, "--from", built, "--material", "card", "--up", "2", "-o", out
    )
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        kept = slug_fields(pdf.pages[0])
        assert min(slug_sizes(pdf.pages[0])) * 1000 == pytest.approx(SLUG_FLOOR_PT, abs=1e-3)
    every = [
        "card press sheet",
        "2-up",
        "card-en.pdf",
        "trim 46 x 100 mm",
        "bleed 3 mm",
        "FOGRA39",
        "Mini kit 2024",
    ]
    assert kept == every[:3]
    assert (
        "warning[sheet.slug]: card: the press sheet's slug has no room between its bottom "
        "crop marks for 'trim 46 x 100 mm', 'bleed 3 mm', 'FOGRA39' and 'Mini kit 2024', "
        "even at 4.8 pt (the smallest it is set at): left out of the slug\n"
        "  hint: tell the print shop what the slug leaves out (the sheet's file name and its "
        "PDF metadata name the material and files); or make the sheet with --up 13 (13 to a "
        "sheet, 4 upright, 9 turned 90°, on SRA4): its slug has room for them all\n"
    ) in text, text
    thirteen = tmp_path / "card-13.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", built, "--material", "card", "--up", "13", "-o", thirteen
    )
    assert code == 0, text
    assert "sheet.slug" not in text, text
    with pikepdf.open(thirteen) as pdf:
        assert slug_fields(pdf.pages[0])[1] == "13-up, 4 upright, 9 turned 90°"
        assert slug_fields(pdf.pages[0])[-1] == "Mini kit 2024"
    auto = tmp_path / "card-auto.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", built, "--material", "card", "--up", "auto", "-o", auto
    )
    assert code == 0, text
    assert "sheet.slug" not in text, text
    with pikepdf.open(auto) as pdf:
        assert slug_fields(pdf.pages[0]) == [
            "card press sheet",
            "51-up, 24 upright, 27 turned 90°",
            "card-en.pdf",
            "trim 312 x 440 mm",
            "bleed 3 mm",
            "for 13 x 19 in stock",
            "FOGRA39",
            "Mini kit 2024",
        ]


def test_a_slug_no_press_sheet_has_room_for_says_so(tmp_path: Path) -> None:
    """A 20 mm square card's columns are 20 mm wide on every press sheet (turning a square
    changes nothing): the hint says that none has room, and names no other sheet."""
    from ..kits import mini_copy

    kit = mini_copy(tmp_path / "kit")
    square = CARD.replace("trim: [20, 100]", "trim: [20, 20]").replace(
        "height: 100}", "height: 20}"
    )
    (kit / "materials" / "layouts" / "card.yaml").write_text(square, encoding="utf-8")
    built = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", built, "--only", "card", "--lang", "en")
    assert code == 0, text
    code, text = cli(
        "sheet", "--kit", kit, "--from", built, "--material", "card", "-o", tmp_path / "c.pdf"
    )
    assert code == 0, text
    assert (
        "left out of the slug\n"
        "  hint: tell the print shop what the slug leaves out (the sheet's file name and its "
        "PDF metadata name the material and files); no press sheet of these pieces (--up 2 to "
        "16, --up auto) has room for them between its bottom crop marks\n"
    ) in text, text


# Latin-script languages for a gang sheet of many files: the mini kit's badge in each
LATIN = ("fr", "de", "es", "it", "nl", "pt", "sv", "da", "fi", "pl")


def test_a_gang_sheets_slug_keeps_the_list_of_its_files(tmp_path: Path) -> None:
    """A gang sheet's slug has one line below its bleed (the paper the sheet's page has past
    it): on the first sheet of 12 languages' badges, 10 copies each, 112 to a sheet, the
    last language's 2 copies beside the others' 10 listed every file with its count, which
    did not fit even at SLUG_FLOOR_PT, and the slug left out the list of files whoever cuts
    the sheet reads (`sheet.slug`). The files placed as many times each are one name: every
    field is kept, on each sheet."""
    from ..kits import mini_copy

    codes = ("en", "ar", *LATIN)
    kit = mini_copy(
        tmp_path / "kit",
        {"campaign.yaml": ("languages: [en, ar]", f"languages: [{', '.join(codes)}]")},
    )
    for code in LATIN:
        (kit / "materials" / "strings" / f"{code}.yaml").write_text(
            f"language: {code}\nname: {code}\nstatus: reviewed\nstrings:\n"
            "  word: Heart\n  emblem_alt: Blue heart\n",
            encoding="utf-8",
        )
    built = tmp_path / "out"
    args = ("--only", "badge", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", kit, "-o", built, *args)
    assert code == 0, text
    out = tmp_path / "gang.pdf"
    args = ("--material", "badge", "--copies", "10", "--lang", ",".join(codes), "-o", out)
    code, text = cli("sheet", "--kit", kit, "--from", built, *args)
    assert code == 0, text
    assert "[sheet.slug]" not in text, text
    with pikepdf.open(out) as pdf:
        assert [slug_fields(page) for page in pdf.pages] == [
            [
                "badge gang sheet 1 of 2",
                "DRAFT ar",
                "A4, 112 of 112 (hex packing)",
                "print at 100 %, actual size",
                "cut circle 20 mm",
                "FOGRA39",
                "Mini kit 2024",
                "badge-[en ar fr de es it nl pt sv da fi].pdf x10, badge-pl.pdf x2",
            ],
            [
                "badge gang sheet 2 of 2",
                "A4, 8 of 112 (hex packing)",
                "print at 100 %, actual size",
                "cut circle 20 mm",
                "FOGRA39",
                "Mini kit 2024",
                "badge-pl.pdf x8",
            ],
        ]
