"""Total ink is judged on the printed piece, its bleed included: a colour over the limit
painted only outside the bleed (the marks, the colour bar, the slug: printed on the press
sheet, then cut off) is told with where it is, not failed; one on the piece fails, saying
where. A print shop's trial failed `check --pdf --max-tac 260` on the colour bar's 300 %
patch, in the slug area, without saying where."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from campaign.preflight import preflight
from tests.kits import ROOT, build, cli, out_path
from tests.preflight.test_content import LOOSE, form, image, save

MM = 72 / 25.4
# a 100 x 100 mm trim on a 126 mm page: 13 mm of bleed and marks on each side
TRIM = (13 * MM, 13 * MM, 113 * MM, 113 * MM)
BLEED = (10 * MM, 10 * MM, 116 * MM, 116 * MM)  # 3 mm
ART = b"0.6 0.6 0.6 0.75 k 36.85 36.85 283.46 283.46 re f"  # 255 %, the whole trim
# above the trim, 4 to 8 mm off it, 40 to 44 mm from its left edge: 300 %
PATCH = b"0.75 0.75 0.75 0.75 k 150.24 331.65 11.34 11.34 re f"
# a colour bar as the kit draws one (render.marks.draw_colour_bar): square patches side by
# side, PATCH its last
BAR = (
    b"1 0 0 0 k 116.22 331.65 11.34 11.34 re f 0 1 0 0 k 127.56 331.65 11.34 11.34 re f "
    b"0 0 1 0 k 138.9 331.65 11.34 11.34 re f " + PATCH
)
CROP = b"/Reg CS 0.75 SCN 0.25 w 10 36.85 m 25 36.85 l S"  # left of the trim: 300 %
PATCH_TOLD = (
    "page 1: outside the trim, over the 260 % limit: a colour bar's patch of 300 % (4 to 8 mm "
    "above the trim, 40 to 44 mm from its left edge), marks in the registration colour of "
    "300 %; not counted: they print on the press sheet, not on the piece cut from it"
)


def marked(content: bytes, trim: bool = True, bleed: bool = False) -> bytes:
    """A page of 126 x 126 mm whose TrimBox (unless `trim` is False) is TRIM, and BleedBox
    (where `bleed`) BLEED, drawing `content` with the registration colour as /Reg."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(126 * MM, 126 * MM))
    page = pdf.pages[0]
    page.obj.Contents = pdf.make_stream(content)
    fn = pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0] * 4, C1=[1] * 4, N=1)
    reg = pikepdf.Array([pikepdf.Name.Separation, pikepdf.Name.All, pikepdf.Name.DeviceCMYK, fn])
    page.obj.Resources = pikepdf.Dictionary(ColorSpace=pikepdf.Dictionary(Reg=reg))
    if trim:
        page.obj.TrimBox = pikepdf.Array(list(TRIM))
    if bleed:
        page.obj.BleedBox = pikepdf.Array(list(BLEED))
    return save(pdf)


def test_the_marks_outside_the_trim_are_told_not_counted() -> None:
    rep = preflight(marked(b" ".join([ART, BAR, CROP])), replace(LOOSE, max_tac=260))
    assert rep.failures == []
    assert rep.warnings == [PATCH_TOLD]
    assert rep.facts["max_vector_tac"] == 300.0  # every colour of the file, as before
    assert rep.facts["max_piece_tac"] == 255.0


def test_ink_over_the_limit_on_the_piece_fails_saying_where() -> None:
    rep = preflight(marked(b" ".join([ART, BAR, CROP])), replace(LOOSE, max_tac=250))
    assert rep.failures == [
        "page 1: a colour has 255 % total ink (0 to 100 mm from the trim's left edge, 0 to "
        "100 mm from its top edge); the limit is 250 %"
    ]
    assert rep.warnings == [PATCH_TOLD.replace("260 %", "250 %")]


@pytest.mark.parametrize(
    ("content", "where"),
    [
        # below the trim, reaching into it by the stroke's half width: on the piece (its
        # butt caps end it at its ends)
        (b"0.75 0.75 0.75 0.75 K 4 w 50 35.85 m 60 35.85 l S", "4.6 to 8.2 mm from the trim's"),
        # a patch in the bleed, into the trim by 1 pt; in a form drawn where it is
        (b"0.75 0.75 0.75 0.75 k 30 60 7.85 10 re f", "0 to 0.4 mm from the trim's left edge"),
        (b"q 1 0 0 1 100 100 cm /Fx Do Q", "22.3 to 26.3 mm from the trim's left edge"),
    ],
)
def test_ink_that_reaches_into_the_trim_counts(content: bytes, where: str) -> None:
    pdf = pikepdf.open(io.BytesIO(marked(content)))
    fx = pdf.make_stream(
        b"0.75 0.75 0.75 0.75 k 0 0 11.34 11.34 re f",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 20, 20],
    )
    if b"/Fx" in content:
        pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), replace(LOOSE, max_tac=260))
    assert len(rep.failures) == 1, rep.failures
    assert rep.failures[0].startswith(f"page 1: a colour has 300 % total ink ({where}")
    assert rep.warnings == []


def test_a_page_without_a_trim_box_is_judged_whole() -> None:
    rep = preflight(marked(PATCH, trim=False), replace(LOOSE, max_tac=260))
    assert rep.failures == [
        "page 1: a colour has 300 % total ink (53 to 57 mm from the page's left edge, 5 to "
        "9 mm from its top edge); the limit is 260 %"
    ]


@pytest.fixture(scope="module")
def flyer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit's own A5 flyer in English, its print PDF (FOGRA39: 3 mm of bleed)."""
    out = build(
        ROOT, tmp_path_factory.mktemp("flyer"), "--only", "flyer-a5", "--lang", "en", "--no-png"
    )
    return out / out_path("flyer-a5", "en")


def test_check_pdf_max_tac_of_the_kits_flyer(flyer: Path) -> None:
    """The trial's case on the kit's own A5 flyer (FOGRA39): its art's most ink is the
    navy's 255 %; its colour bar's last patch and its marks are at the press condition's
    300 %, outside the bleed. `--max-tac 260` passes it and says where they are; 250 fails
    its text, saying where."""
    pdf = flyer
    code, text = cli("check", "--pdf", pdf, "--max-tac", "260")
    assert code == 0, text
    told = (
        "outside the bleed, over the 260 % limit: a colour bar's patch of 300 % (4 to 8 mm "
        "above the trim, 94 to 98 mm from its left edge), marks in the registration colour of "
        "300 %; not counted: they print on the press sheet, not on the piece cut from it\n"
    )
    assert text == (
        f"{pdf}: ok (trim 148 x 210 mm, bleed 3 mm, DeviceCMYK, Separation, ink up to 300 % "
        "(255 % on the piece), 1-bit masks from 1200 ppi, bleed gap 0 %)\n"
        f"  warning: page 1: {told}  warning: page 2: {told}"
    )
    code, text = cli("check", "--pdf", pdf, "--max-tac", "250")
    assert code == 1, text
    assert (
        "  fail: page 1: a colour has 255 % total ink (text starting 67 mm from the trim's left "
        "edge, 125.9 mm from its top edge); the limit is 250 %\n"
    ) in text, text


def test_a_form_the_page_never_draws_counts_where_it_would() -> None:
    """A form of the page's resources that its content never draws paints nowhere that can
    be told: its colours count on the piece, as every colour did before (no place said)."""
    pdf = pikepdf.open(io.BytesIO(marked(PATCH)))
    fx = pdf.make_stream(
        PATCH, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 20, 20]
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), replace(LOOSE, max_tac=260))
    assert rep.failures == ["page 1: a colour has 300 % total ink; the limit is 260 %"]


def test_a_form_that_draws_itself_is_followed_so_deep() -> None:
    """A form drawing itself is walked MAX_FORM_DEPTH deep, not for ever (its patch, outside
    the trim, is told once per colour, not counted)."""
    pdf = pikepdf.open(io.BytesIO(marked(b"/Fx Do")))
    fx = pdf.make_stream(
        PATCH + b" /Fx Do", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 9, 9]
    )
    fx.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fx=fx))
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), replace(LOOSE, max_tac=260))
    assert rep.failures == []
    assert rep.warnings == [
        "page 1: outside the trim, over the 260 % limit: a fill in process colour of 300 % (4 "
        "to 8 mm above the trim, 40 to 44 mm from its left edge); not counted: they print on "
        "the press sheet, not on the piece cut from it"
    ]


# 400 %, in the bleed's left strip: the bleed is printed art (an off cut shows it)
IN_BLEED = b"1 1 1 1 k 29 100 7.5 50 re f"
# 400 %, left of the bleed, 4.7 to 8.2 mm off it (a square of 3.5 mm, as a bar's patch)
LEFT_OF_BLEED = b"1 1 1 1 k 5 100 10 10 re f"


def told(what: str, limit: int = 300) -> str:
    return (
        f"page 1: outside the bleed, over the {limit} % limit: {what}; not counted: they "
        "print on the press sheet, not on the piece cut from it"
    )


def test_ink_in_the_bleed_counts_on_the_piece() -> None:
    rep = preflight(marked(b" ".join([ART, IN_BLEED]), bleed=True), LOOSE)
    assert rep.failures == [
        "page 1: a colour has 400 % total ink (0.1 to 2.8 mm left of the trim, 60.1 to 77.7 "
        "mm from its top edge); the limit is 300 %"
    ]
    assert rep.warnings == []
    assert rep.facts["max_piece_tac"] == 400.0


def test_ink_in_the_bleed_of_the_kits_flyer_fails_check_pdf(flyer: Path, tmp_path: Path) -> None:
    """The review's case: a 400 % strip in the flyer's left bleed passed `check --pdf`,
    called a colour bar's patch."""
    pdf = pikepdf.open(flyer)
    pdf.pages[0].contents_add(
        pdf.make_stream(b"q 1 1 1 1 k 28.35 28.35 8.5 612.28 re f Q"), prepend=False
    )
    pdf.save(tmp_path / "bled.pdf")
    code, text = cli("check", "--pdf", tmp_path / "bled.pdf")
    assert code == 1, text
    assert text.splitlines()[:2] == [
        f"{tmp_path / 'bled.pdf'}: FAIL (trim 148 x 210 mm, bleed 3 mm, DeviceCMYK, Separation, "
        "ink up to 400 %, 1-bit masks from 1200 ppi)",
        "  fail: page 1: a colour has 400 % total ink (0 to 3 mm left of the trim, 0 to 210 "
        "mm from its top edge); the limit is 300 %",
    ]
    assert "colour bar" not in text


def test_the_colour_bar_is_named_beside_the_largest_fill_outside() -> None:
    """Several things outside the bleed: the colour bar's patch is told as one, and a larger
    fill of more ink beside it as a fill (it was called the colour bar's patch, and the bar
    left out)."""
    rep = preflight(
        marked(b" ".join([ART, BAR, LEFT_OF_BLEED]), bleed=True), replace(LOOSE, max_tac=260)
    )
    assert rep.failures == []
    assert rep.warnings == [
        told(
            "a colour bar's patch of 300 % (4 to 8 mm above the trim, 40 to 44 mm from its "
            "left edge), a fill in process colour of 400 % (7.7 to 11.2 mm left of the trim, "
            "74.2 to 77.7 mm from its top edge)",
            260,
        )
    ]
    assert rep.facts["max_piece_tac"] == 255.0


PATCH_AT = "4 to 8 mm above the trim, 40 to 44 mm from its left edge"


@pytest.mark.parametrize(
    ("outside", "at"),
    [
        (PATCH, PATCH_AT),  # one square alone
        (b"0 1 0 0 k " + BAR.split(b" 0 1 0 0 k ")[1], PATCH_AT),  # three squares in a row
        (BAR.replace(b"138.9", b"138"), PATCH_AT),  # four, not side by side
        (
            b" ".join(  # four in a row, larger than a bar's patch (5 mm)
                b"0.75 0.75 0.75 0.75 k %g 331.65 14.17 14.17 re f" % (100 + 14.17 * i)
                for i in range(4)
            ),
            "4 to 9 mm above the trim, 22.3 to 27.3 mm from its left edge",
        ),
    ],
)
def test_only_a_colour_bar_is_called_one(outside: bytes, at: str) -> None:
    rep = preflight(marked(b" ".join([ART, outside]), bleed=True), replace(LOOSE, max_tac=260))
    assert rep.failures == []
    assert rep.warnings == [told(f"a fill in process colour of 300 % ({at})", 260)]


def pages(*contents: bytes) -> bytes:
    """A file of one `marked` page (with a BleedBox) for each of `contents`."""
    pdf = pikepdf.new()
    for content in contents:
        pdf.pages.extend(pikepdf.open(io.BytesIO(marked(content, bleed=True))).pages)
    return save(pdf)


@pytest.mark.parametrize("first", [True, False])
def test_the_ink_on_the_piece_is_every_pages(first: bool) -> None:
    """`max_piece_tac` (check's "N % on the piece") is the file's: a page within the limit
    counts as the page over it does, before or after it (it was left out)."""
    over = b" ".join([ART, LEFT_OF_BLEED])  # 400 % outside, 255 % on the piece
    within = b"0.8 0.8 0.7 0.6 k 100 100 10 10 re f"  # 290 % on the piece
    rep = preflight(pages(over, within) if first else pages(within, over), LOOSE)
    assert rep.failures == []
    assert rep.facts["max_vector_tac"] == 400.0
    assert rep.facts["max_piece_tac"] == 290.0
    # no page over the limit: nothing placed, no fact
    assert "max_piece_tac" not in preflight(pages(ART, within), LOOSE).facts


def drawn(content: bytes, fx_content: bytes) -> bytes:
    """A `marked` page (with a BleedBox) drawing `content`, whose form /Fx is `fx_content`."""
    pdf = pikepdf.open(io.BytesIO(marked(content, bleed=True)))
    fx = pdf.make_stream(
        fx_content, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 400, 400]
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    return save(pdf)


def test_a_form_paints_with_the_colour_set_where_it_is_drawn() -> None:
    """A form inherits the graphics state where it is drawn (ISO 32000-1, 8.10.1): the
    colour set before Do is painted where the form paints (it was taken as never painted,
    on the piece at no place)."""
    outside = drawn(b"q 1 1 1 1 k /Fx Do Q", b"5 100 10 10 re f")
    rep = preflight(outside, LOOSE)
    assert rep.failures == []
    assert rep.warnings == [
        told(
            "a fill in process colour of 400 % (7.7 to 11.2 mm left of the trim, 74.2 to "
            "77.7 mm from its top edge)"
        )
    ]
    inside = drawn(b"q 1 1 1 1 k 1 0 0 1 100 100 cm /Fx Do Q", b"0 0 10 10 re f")
    assert preflight(inside, LOOSE).failures == [
        "page 1: a colour has 400 % total ink (22.3 to 25.8 mm from the trim's left edge, "
        "74.2 to 77.7 mm from its top edge); the limit is 300 %"
    ]


def test_a_form_strokes_with_the_line_width_set_where_it_is_drawn() -> None:
    """A line 3.35 pt below the bleed, stroked 10 pt wide (set before Do), reaches into it."""
    rep = preflight(drawn(b"1 1 1 1 K 10 w /Fx Do", b"50 25 m 60 25 l S"), LOOSE)
    assert rep.failures == [
        "page 1: a colour has 400 % total ink (2.4 to 5.9 mm below the trim, 4.6 to 8.2 mm "
        "from its left edge); the limit is 300 %"
    ]


@pytest.mark.parametrize(
    ("size", "at", "counted"),
    [
        (b"/F 6 Tf 1 0 0 1 60 10 Tm", "6.3 mm", False),  # 18.35 pt outside at 6 pt
        (b"/F 6 Tf 1 0 0 1 60 24 Tm", "4.5 mm", True),  # 4.35 pt outside at 6 pt
        (b"/F 1 Tf 6 0 0 6 60 24 Tm", "4.5 mm", True),  # 6 pt by the text matrix
        (b"/F 1 Tf 1 0 0 1 60 24 Tm", "4.5 mm", False),  # at 1 pt
        (b"2 0 0 2 0 0 cm /F 3 Tf 1 0 0 1 30 12 Tm", "4.5 mm", True),  # 6 pt by the CTM
    ],
)
def test_slug_text_outside_the_bleed_is_told(size: bytes, at: str, counted: bool) -> None:
    """Text in the registration colour (InDesign's page information) starting below the
    bleed by more than its size is off the piece; nearer, it may reach it, and counts."""
    rep = preflight(marked(b"BT /Reg cs 1 scn " + size + b" (slug) Tj ET", bleed=True), LOOSE)
    inks = [f for f in rep.failures if "total ink" in f]
    if counted:
        assert inks == [
            f"page 1: a colour has 400 % total ink (text starting {at} below the trim, 8.2 mm "
            "from its left edge); the limit is 300 %"
        ]
        assert rep.warnings == []
    else:
        assert inks == []
        assert rep.warnings == [told("marks in the registration colour of 400 %")]


DAMAGED_MATRICES = [[1, 0, 0, 1, 0], [1, 0, 0, 1, 0, pikepdf.Name.X], 1, [1, 0, 0, 1, 0, True]]
DAMAGED = (
    "page 1: the content stream gives a form's /Matrix other than 6 numbers: it is damaged "
    "and does not draw what it should"
)


@pytest.mark.parametrize("matrix", DAMAGED_MATRICES)
def test_a_damaged_form_matrix_is_told_where_ink_is_placed(matrix: object) -> None:
    pdf = pikepdf.open(io.BytesIO(drawn(b"1 1 1 1 k /Fx Do", b"5 100 10 10 re f")))
    pdf.pages[0].obj.Resources.XObject.Fx.Matrix = matrix
    assert preflight(save(pdf), LOOSE).failures == [DAMAGED]


@pytest.mark.parametrize("matrix", DAMAGED_MATRICES)
def test_a_damaged_form_matrix_is_told_where_images_are_placed(matrix: object) -> None:
    pdf = pikepdf.open(io.BytesIO(marked(b"/Fx Do")))
    fx = form(pdf, b"q 36 0 0 36 0 0 cm /Im Do Q", {"/XObject": {"/Im": image(pdf, 120, 120)}})
    fx.Matrix = matrix
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    assert preflight(save(pdf), LOOSE).failures == [DAMAGED]


def test_check_pdf_of_a_flyer_with_a_damaged_form_matrix(flyer: Path, tmp_path: Path) -> None:
    """`check --pdf` says the file is damaged (it stopped on error[build.internal])."""
    pdf = pikepdf.open(flyer)
    page = pdf.pages[0]
    fx = form(pdf, b"5 300 10 10 re f")
    fx.Matrix = [1, 0, 0, 1, 0]
    page.obj.Resources.XObject.Fx = fx
    page.contents_add(pdf.make_stream(b"q 1 1 1 1 k /Fx Do Q"), prepend=False)
    pdf.save(tmp_path / "damaged.pdf")
    code, text = cli("check", "--pdf", tmp_path / "damaged.pdf")
    assert code == 1, text
    assert f"  fail: {DAMAGED}\n" in text, text
    assert "internal" not in text


def test_marks_drawn_as_one_path_are_placed_one_by_one() -> None:
    """A press sheet's crop marks are one path of many subpaths around the pieces: each is
    placed on its own (the path's box spans the piece, and the kit's 2-up flyer sheet
    failed `check --pdf --max-tac 260` on its marks, "0 to 302 mm from the trim's left edge,
    0 to 210 mm from its top edge")."""
    marks = (
        b"/Reg CS 0.75 SCN 0.25 w 10 36.85 m 25 36.85 l 331 36.85 m 346 36.85 l "
        b"10 320.31 m 25 320.31 l 331 320.31 m 346 320.31 l S"
    )
    rep = preflight(marked(b" ".join([ART, marks]), bleed=True), replace(LOOSE, max_tac=260))
    assert rep.failures == []
    assert rep.warnings == [told("marks in the registration colour of 300 %", 260)]
    # a fill of two subpaths, one of them on the piece, is on it there
    two = b"1 1 1 1 k 5 100 10 10 re 100 100 10 10 re f"
    assert preflight(marked(two, bleed=True), LOOSE).failures == [
        "page 1: a colour has 400 % total ink (22.3 to 25.8 mm from the trim's left edge, "
        "74.2 to 77.7 mm from its top edge); the limit is 300 %"
    ]
