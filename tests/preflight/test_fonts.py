"""Preflight of fonts: embedded or not by every kind of font file, and characters whose code
the embedded TrueType program maps to no glyph. Fonts are written by hand with pikepdf and a
minimal TrueType program (only the tables preflight reads), so each test says which code maps
to which glyph."""

from __future__ import annotations

import io
import re
import struct

import pikepdf
import pytest

from campaign.preflight import preflight
from tests.preflight.test_content import LOOSE, page, save

MISSING = (
    "page 1: {n} character code(s) in font {font} draw no glyph (codes {codes}): "
    "text is missing on the page"
)


def cmap_format0(glyphs: dict[int, int]) -> bytes:
    ids = bytes(glyphs.get(c, 0) for c in range(256))
    return struct.pack(">HHH", 0, 262, 0) + ids


def cmap_format6(first: int, ids: list[int]) -> bytes:
    return struct.pack(f">HHHHH{len(ids)}H", 6, 10 + 2 * len(ids), 0, first, len(ids), *ids)


def font_program(byte_subtable: bytes) -> bytes:
    """An sfnt with three tables, the cmap second; the cmap's first subtable (Windows
    Unicode, format 4) is not a byte encoding, its second (Mac Roman) is `byte_subtable`."""
    other = struct.pack(">HHH", 4, 6, 0)  # a format 4 header, never read further
    cmap = struct.pack(">HH", 0, 2) + struct.pack(">HHI", 3, 1, 20) + struct.pack(">HHI", 1, 0, 26)
    cmap += other + byte_subtable
    tables = [(b"OS/2", bytes(8)), (b"cmap", cmap), (b"glyf", bytes(8))]
    out = struct.pack(">IHHHH", 0x00010000, len(tables), 0, 0, 0)
    offset = 12 + 16 * len(tables)
    body = b""
    for tag, data in tables:
        out += struct.pack(">4sIII", tag, 0, offset + len(body), len(data))
        body += data
    return out + body


def truetype(pdf: pikepdf.Pdf, base: str, program: bytes | None, **descriptor: object) -> object:
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType, BaseFont=pikepdf.Name(base)
    )
    if program is not None or descriptor:
        desc = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, **descriptor)
        if program is not None:
            desc.FontFile2 = pdf.make_stream(program)
        font.FontDescriptor = desc
    return font


# A, B, D draw glyphs 1, 2, 4; C and E are mapped to glyph 0; Z is outside the table.
ABCDE = {65: 1, 66: 2, 67: 0, 68: 4, 69: 0}
SHOW_EVERY_WAY = b"BT /F1 12 Tf 10 10 Td (AB) Tj (C) ' 1 2 (D) \" [(E) -20 (Z)] TJ ET"


@pytest.mark.parametrize(
    "subtable",
    [cmap_format0(ABCDE), cmap_format6(65, list(ABCDE.values()))],
    ids=["format0", "format6"],
)
def test_codes_mapped_to_no_glyph_are_missing_text(subtable: bytes) -> None:
    """Codes shown with Tj, ', " and TJ are all read; C and E map to glyph 0, and Z lies
    outside the table (glyph 0 in format 0, not covered by format 6)."""
    pdf = page(SHOW_EVERY_WAY)
    font = truetype(pdf, "/Synth", font_program(subtable))
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [MISSING.format(n=3, font="/Synth", codes=[67, 69, 90])]


def test_every_code_mapped_is_fine() -> None:
    pdf = page(b"BT /F1 12 Tf 10 10 Td (ABD) Tj ET")
    font = truetype(pdf, "/Synth", font_program(cmap_format0(ABCDE)))
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    assert preflight(save(pdf), LOOSE).failures == []


def test_reportlabs_own_subsets_are_read() -> None:
    """reportlab writes its subsets' cmap as format 6; its first subset covers codes 0-127,
    so code 128 shown with it draws no glyph."""
    from tests.test_preflight import with_text

    data = with_text(10, 10, text="Blue")  # shown as the ASCII codes of subset 0
    with pikepdf.open(io.BytesIO(data)) as pdf:
        content = pdf.pages[0].Contents.read_bytes().replace(b"(Blue) Tj", b"(Blu\\200) Tj")
        pdf.pages[0].Contents = pdf.make_stream(content)
        (font,) = pdf.pages[0].Resources.Font.values()
        name = str(font.BaseFont)  # its subset tag: six letters from the subset's program
        changed = save(pdf)
    assert re.fullmatch(r"/[A-Z]{6}\+NotoSans-Regular", name)
    rep = preflight(changed, LOOSE)
    assert rep.failures == [MISSING.format(n=1, font=name, codes=[128])]


def test_at_most_ten_codes_are_listed() -> None:
    pdf = page(b"BT /F1 12 Tf 10 10 Td (ABCDEFGHIJKL) Tj ET")
    font = truetype(pdf, "/Synth", font_program(cmap_format0({})))
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [MISSING.format(n=12, font="/Synth", codes=list(range(65, 75)))]


def test_fonts_without_a_program_and_other_kinds() -> None:
    """A Type0 font (its two-byte codes are not judged here) shows first; then TrueType fonts
    with no descriptor and with a descriptor but no program: code 0 is missing text in both
    (reportlab's stand-in), other codes cannot be judged; both are not embedded."""
    pdf = page(
        b"BT /F0 12 Tf <0001> Tj /F1 12 Tf <0041> Tj /F2 12 Tf <4200> Tj /F3 12 Tf (A) Tj ET"
    )
    cid = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name.Cid,
        FontDescriptor=pikepdf.Dictionary(FontFile2=pdf.make_stream(b"program")),
    )
    type0 = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type0,
        BaseFont=pikepdf.Name.Cid,
        Encoding=pikepdf.Name("/Identity-H"),
        DescendantFonts=[cid],
    )
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(
        F0=type0,
        F1=truetype(pdf, "/Bare", None),
        F2=truetype(pdf, "/Described", None, FontName=pikepdf.Name.Described),
        F3=truetype(pdf, "/Synth", font_program(cmap_format0(ABCDE))),
    )
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [
        "page 1: font /Bare is used but not embedded",
        "page 1: font /Described is used but not embedded",
        MISSING.format(n=1, font="/Bare", codes=[0]),
        MISSING.format(n=1, font="/Described", codes=[0]),
    ]


@pytest.mark.parametrize("key", ["/FontFile", "/FontFile2", "/FontFile3"])
def test_each_kind_of_font_file_is_embedded(key: str) -> None:
    pdf = page(b"BT /F1 12 Tf (A) Tj ET")
    desc = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor)
    desc[key] = pdf.make_stream(b"program")
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.F
    )
    font.FontDescriptor = desc
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    assert preflight(save(pdf), LOOSE).failures == []


def test_a_font_without_a_name_is_named_by_a_question_mark() -> None:
    pdf = page(b"BT /F1 12 Tf (A) Tj ET")
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    assert preflight(save(pdf), LOOSE).failures == ["page 1: font ? is used but not embedded"]


def test_text_shown_before_any_font_is_ignored() -> None:
    """A show operator before any Tf (a broken stream) names no font: nothing to judge; the
    text after the Tf is judged."""
    pdf = page(b"BT (C) Tj /F1 12 Tf (AB) Tj ET")
    font = truetype(pdf, "/Synth", font_program(cmap_format0(ABCDE)))
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    assert preflight(save(pdf), LOOSE).failures == []


EMPTY = (
    "page 1: {n} character code(s) in font {font} draw an empty glyph for a visible character "
    "(codes {codes}, text {text!r}): nothing is printed where it should be"
)

# glyph data: a simple glyph of one contour (its header only: preflight reads the count of
# contours), a composite glyph (-1 contours) and a simple glyph of no contours
INK, COMPOSITE, NO_CONTOURS = struct.pack(">h", 1) + bytes(8), struct.pack(">h", -1), bytes(10)


def outlined_program(byte_subtable: bytes, glyphs: list[bytes], long_loca: bool = False) -> bytes:
    """An sfnt with the tables preflight reads: a cmap with `byte_subtable`, and head, maxp,
    loca and glyf for `glyphs` (b"" is a glyph with no data, like a space). The loca has
    short offsets (indexToLocFormat 0: half the byte offset, 16 bits), or long ones (1: the
    byte offset, 32 bits) with `long_loca`."""
    cmap = struct.pack(">HH", 0, 1) + struct.pack(">HHI", 1, 0, 12) + byte_subtable
    glyf, loca = b"", [0]
    for data in glyphs:
        glyf += data + bytes(len(data) % 2)
        loca.append(len(glyf) if long_loca else len(glyf) // 2)
    head = bytes(50) + struct.pack(">hh", int(long_loca), 0)  # indexToLocFormat
    maxp = struct.pack(">IH", 0x00005000, len(glyphs))
    tables = [
        (b"cmap", cmap),
        (b"glyf", glyf),
        (b"head", head),
        (b"loca", struct.pack(f">{len(loca)}{'I' if long_loca else 'H'}", *loca)),
        (b"maxp", maxp),
    ]
    out = struct.pack(">IHHHH", 0x00010000, len(tables), 0, 0, 0)
    offset = 12 + 16 * len(tables)
    body = b""
    for tag, data in tables:
        out += struct.pack(">4sIII", tag, 0, offset + len(body), len(data))
        body += data + bytes(-len(data) % 4)
    return out + body


def to_unicode(pdf: pikepdf.Pdf, chars: dict[int, str], ranges: bytes = b"") -> object:
    lines = b"".join(
        b"<%02X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode())
        for code, text in chars.items()
    )
    cmap = b"%d beginbfchar\n%sendbfchar\n" % (len(chars), lines)
    if ranges:
        cmap += b"1 beginbfrange\n%s\nendbfrange\n" % ranges
    return pdf.make_stream(b"begincmap\n" + cmap + b"endcmap\n")


# codes A-D -> glyphs 1-4 (0 and 1 have ink), 2 no data, 3 is composite, 4 has no contours
GLYPHS = [INK, INK, b"", COMPOSITE, NO_CONTOURS, b"", b"", b"", b""]


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("A", False),  # ink
        ("B", True),  # a letter drawn with no data: nothing printed
        ("C", False),  # a composite glyph is ink
        ("D", True),  # a simple glyph of no contours
        (" ", False),  # a space is empty by design
        ("\u00a0", False),  # so is a no-break space
        ("\u200d", False),  # a format character (zero width joiner)
        ("\u0600", True),  # a visible format character (the Arabic number sign)
        ("\ufe0f", False),  # a variation selector (default ignorable, Mn)
        ("\u0902", True),  # a combining mark shows ink (Devanagari anusvara)
        ("\ue28c", True),  # a private code for a placeholder glyph (the dummymarkdeva bug)
        ("", False),  # no text: nothing to judge
    ],
)
def test_a_visible_character_drawn_with_an_empty_glyph_fails(text: str, empty: bool) -> None:
    """Code 0x42 is drawn with glyph 2 (no data), 0x44 with glyph 4 (no contours), 0x41 and
    0x43 with ink; the ToUnicode says which character each code shows."""
    code = {"A": 0x41, "C": 0x43}.get(text, 0x44 if text == "D" else 0x42)
    pdf = page(b"BT /F1 12 Tf (%s) Tj ET" % bytes([code]))
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [1, 2, 3, 4]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, {code: text} if text else {})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    expected = EMPTY.format(n=1, font="/Synth", codes=[code], text=text)
    assert rep.failures == ([expected] if empty else [])


def test_empty_glyphs_are_read_from_bfrange_and_listed_once_per_font() -> None:
    """bfrange with a start value and with an array; codes missing from the cmap are missing
    glyphs, not empty ones."""
    pdf = page(b"BT /F1 12 Tf (ABBEFGZ) Tj ET")
    program = outlined_program(cmap_format6(0x41, [1, 2, 3, 4, 5, 6, 7]), GLYPHS)
    font = truetype(pdf, "/Synth", program)
    font.ToUnicode = to_unicode(pdf, {}, b"<41> <42> <0061>\n<45> <47> [<0065> <0020> <E001>]")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [
        MISSING.format(n=1, font="/Synth", codes=[90]),
        EMPTY.format(n=3, font="/Synth", codes=[0x42, 0x45, 0x47], text="be\ue001"),
    ]


def test_a_font_without_glyph_tables_or_to_unicode_is_not_judged_for_empty_glyphs() -> None:
    pdf = page(b"BT /F1 12 Tf (B) Tj /F2 12 Tf (B) Tj ET")
    bare = truetype(pdf, "/Bare", font_program(cmap_format0(ABCDE)))
    bare.ToUnicode = to_unicode(pdf, {0x42: "b"})
    mute = truetype(pdf, "/Mute", outlined_program(cmap_format6(0x41, [1, 2]), GLYPHS))
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=bare, F2=mute)
    assert preflight(save(pdf), LOOSE).failures == []


def test_a_placeholder_glyph_drawn_under_a_private_code_is_caught() -> None:
    """The bug this check was written for, drawn by reportlab as the renderer drew it: the
    empty `dummymarkdeva` of NotoSansDevanagari under U+E000 + its glyph id, between two
    letters and after a space; the letters and the space pass."""
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
    from reportlab.pdfgen.canvas import Canvas

    from campaign.fonts import load_fontbook
    from campaign.render.glyphcodes import _private_code
    from campaign.render.pdffonts import ttfont
    from tests.conftest import ROOT

    face = load_fontbook(ROOT / "fonts").face("NotoSansDevanagari", "regular")
    font = ttfont(face)
    (dummy,) = (g for g in range(4096) if face.hb_font.glyph_to_string(g) == "dummymarkdeva")
    codes = [ord("ल"), ord(" "), ord("ग"), _private_code(font, face, dummy), ord("ग")]
    shape = [
        ShapeData(i, font.face.charWidths[c], 0, 0, 0, font.face.charWidths[c])
        for i, c in enumerate(codes)
    ]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 60), invariant=1)
    c.setFont(face.key, 24)
    c.drawString(10, 20, ShapedStr("".join(map(chr, codes)), shapeData=shape))
    c.save()
    rep = preflight(buf.getvalue(), LOOSE)
    (failure,) = rep.failures
    assert re.fullmatch(
        r"page 1: 1 character code\(s\) in font /[A-Z]{6}\+NotoSansDevanagari-Regular draw an "
        r"empty glyph for a visible character \(codes \[\d+\], text 'ँ'\): nothing is "
        r"printed where it should be",
        failure,
    ), failure


@pytest.mark.parametrize("long_loca", [False, True])
def test_empty_glyphs_are_found_with_short_and_long_glyph_offsets(long_loca: bool) -> None:
    """The loca table in either format (head.indexToLocFormat 0 or 1): the same glyphs are
    empty. Read with the other format's offsets, they would not be."""
    pdf = page(b"BT /F1 12 Tf (ABCD) Tj ET")
    program = outlined_program(cmap_format6(0x41, [1, 2, 3, 4]), GLYPHS, long_loca)
    font = truetype(pdf, "/Synth", program)
    font.ToUnicode = to_unicode(pdf, {0x41: "A", 0x42: "B", 0x43: "C", 0x44: "D"})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=2, font="/Synth", codes=[0x42, 0x44], text="BD")]


def test_a_font_of_many_glyphs_and_long_outlines_is_read_unsigned() -> None:
    """numGlyphs above 32,767 (a whole CJK font has 65,535) and short loca offsets past 64 KB
    of glyf (up to 128 KB): both are unsigned 16-bit numbers. Glyph 5 is 70,000 bytes of ink,
    so glyph 6 (no contours) starts past 64 KB; glyph 39,999 has no data."""
    glyphs = [INK, INK, b"", COMPOSITE, NO_CONTOURS, INK + bytes(70_000 - len(INK))]
    glyphs += [NO_CONTOURS, INK] + [b""] * (40_000 - 8)
    program = outlined_program(cmap_format6(0x41, [1, 2, 3, 6, 7, 39_999]), glyphs)
    pdf = page(b"BT /F1 12 Tf (ABCDEF) Tj ET")
    font = truetype(pdf, "/Synth", program)
    font.ToUnicode = to_unicode(pdf, {0x41 + i: ch for i, ch in enumerate("ABCDEF")})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=3, font="/Synth", codes=[0x42, 0x44, 0x46], text="BDF")]


def test_a_glyph_id_past_the_fonts_glyphs_is_not_judged_empty() -> None:
    """Code 0x42 maps to glyph 9 of a font of 9 glyphs (0-8): the font is damaged, and there
    is no outline to judge. Glyph 2 (no data) still is."""
    pdf = page(b"BT /F1 12 Tf (AB) Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [2, len(GLYPHS)]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, {0x41: "A", 0x42: "B"})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=1, font="/Synth", codes=[0x41], text="A")]


def test_a_glyf_table_shorter_than_its_glyphs_is_not_judged() -> None:
    """The table directory says glyf ends one byte into glyph 4's outline, whose first two
    bytes (its number of contours) are needed: the program cannot be read, so no glyph of it
    is called empty (bytes past a table are not read as an outline)."""
    program = bytearray(outlined_program(cmap_format6(0x41, [2, 4]), GLYPHS))
    entry = 12 + 16 * 1  # glyf is the second table of the directory
    assert program[entry : entry + 4] == b"glyf"
    start = sum(len(g) + len(g) % 2 for g in GLYPHS[:4])  # glyph 4's outline, in glyf
    program[entry + 12 : entry + 16] = struct.pack(">I", start + 1)
    pdf = page(b"BT /F1 12 Tf (AB) Tj ET")
    font = truetype(pdf, "/Synth", bytes(program))
    font.ToUnicode = to_unicode(pdf, {0x41: "A", 0x42: "B"})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    assert preflight(save(pdf), LOOSE).failures == []


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # a lone high surrogate is not UTF-16: U+FFFD, which is visible, so still reported
        (b"<D800>", "\ufffd"),
        # white space is ignored in a hexadecimal string, even inside a byte
        # (ISO 32000-1, 7.3.4.3)
        (b"<0 04\n2>", "B"),
        (b"<004>", "@"),  # a final odd digit is followed by 0 (7.3.4.3): <0040>
    ],
    ids=["lone-surrogate", "white-space", "odd-digits"],
)
def test_a_to_unicode_value_is_read_as_a_pdf_hexadecimal_string(value: bytes, text: str) -> None:
    """Code 0x42 is drawn with an empty glyph; the failure names the character its
    ToUnicode value gives."""
    pdf = page(b"BT /F1 12 Tf (B) Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [1, 2]), GLYPHS))
    font.ToUnicode = pdf.make_stream(
        b"begincmap\n1 beginbfchar\n<42> %s\nendbfchar\nendcmap\n" % value
    )
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=1, font="/Synth", codes=[0x42], text=text)]


def test_a_font_program_is_read_once_for_files_that_embed_it() -> None:
    """A merge's records embed the same subsets in every file: the program's cmap and empty
    glyphs are read once (by a digest of the stream as stored), and a file with another
    subset gets its own."""
    from campaign.preflight.fonts import _program
    from tests.render.test_postprocess import drawn

    def program_of(text: str) -> tuple[object, ...]:
        with pikepdf.open(io.BytesIO(drawn(text, "en", "Latn"))) as pdf:
            (font,) = [f for f in pdf.pages[0].Resources.Font.values() if "/FontDescriptor" in f]
            return _program(font.FontDescriptor.FontFile2)

    first, second = program_of("Walk 1"), program_of("Walk 2")  # ASCII: the same subset
    assert first is second
    other = program_of("Marche à Genève")  # accented letters: another subset
    assert other is not first
    table = other[1]
    assert isinstance(table, list)
    assert len(table) == 256  # codes 0-255


@pytest.mark.parametrize("show", [b"(A) '", b'1 2 (A) "'], ids=["quote", "double-quote"])
def test_a_font_used_only_by_the_quote_operators_must_be_embedded(show: bytes) -> None:
    """' and " show text as Tj does (ISO 32000-1, 9.4.3): a font used by them alone is used."""
    pdf = page(b"BT /F1 12 Tf 10 10 Td " + show + b" ET")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=truetype(pdf, "/Bare", None))
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == ["page 1: font /Bare is used but not embedded"]


def test_code_255_is_read_from_a_bfrange_too() -> None:
    """The last one-byte code (0xFF, ÿ in WinAnsi) in a bfrange with a start value: its
    character is read, and drawn with an empty glyph it fails."""
    pdf = page(b"BT /F1 12 Tf <FEFF> Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0xFE, [1, 2]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, {}, b"<FE> <FF> <0061>")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=1, font="/Synth", codes=[255], text="b")]


@pytest.mark.parametrize("show", [b"<0041> '", b'1 2 <0041> "'], ids=["quote", "double-quote"])
def test_codes_shown_by_the_quote_operators_are_read(show: bytes) -> None:
    """The string of ' and " is their last operand (" takes the word and character spacing
    first): its code 0 is missing text."""
    pdf = page(b"BT /F1 12 Tf 10 10 Td " + show + b" ET")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=truetype(pdf, "/Bare", None))
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [
        "page 1: font /Bare is used but not embedded",
        MISSING.format(n=1, font="/Bare", codes=[0]),
    ]


THAANA_WARNING = (
    "page 1: its Thaana text in font {font} has {marks} vowel mark(s) (fili) for {letters} "
    "letters in the text layer: it prints them, but copies and searches as bare letters; make "
    "the PDF with a generator that keeps the marks in the text"
)


@pytest.mark.parametrize(
    ("shown", "chars", "warned"),
    [
        (b"ABC", {0x41: "ދ", 0x42: "ވ", 0x43: "ހ"}, (0, 3)),  # ދިވެހި as its letters alone
        (b"ABC", {0x41: "ިދ", 0x42: "ެވ", 0x43: "ިހ"}, None),  # each letter with its fili
        (b"ABC", {0x41: "ދ", 0x42: "ް", 0x43: "ހ"}, None),  # a mark of its own code
        (b"ABC", {0x41: "ب", 0x42: "س", 0x43: "م"}, None),  # Arabic is written without harakat
        # one letter with its mark among bare ones (a badge's rim): counted, not "any mark"
        (b"ABCBCBC", {0x41: "ިދ", 0x42: "ވ", 0x43: "ހ"}, (1, 7)),
        (b"AAAC", {0x41: "ިދ", 0x42: "ވ", 0x43: "ނ"}, None),  # a noonu before a stop, bare
    ],
)
def test_thaana_text_without_its_vowel_marks_is_warned(
    shown: bytes, chars: dict[int, str], warned: tuple[int, int] | None
) -> None:
    """The text a page copies as (its fonts' ToUnicode of the codes it shows, as many times
    as they are shown): Dhivehi writes a mark on almost every letter, and letters without
    them read as no word; fewer marks than half the letters of a font are warned."""
    pdf = page(b"BT /F1 12 Tf (" + shown + b") Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [1, 1, 1]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, chars)
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    expected = (
        [THAANA_WARNING.format(font="/Synth", marks=warned[0], letters=warned[1])] if warned else []
    )
    assert (rep.failures, rep.warnings) == ([], expected)


def test_each_fonts_thaana_text_is_counted_on_its_own() -> None:
    """A page whose marks are all in one font's text (a heading) and none in another's (a
    badge's rim, as the kit drew it): the other font is warned, by its name; "any mark on the
    page" passed it."""
    pdf = page(b"BT /F1 12 Tf (ABCABC) Tj /F2 12 Tf (ABC) Tj ET")
    program = outlined_program(cmap_format6(0x41, [1, 1, 1]), GLYPHS)
    marked = truetype(pdf, "/Heading", program)
    marked.ToUnicode = to_unicode(pdf, {0x41: "ިދ", 0x42: "ެވ", 0x43: "ިހ"})
    bare = truetype(pdf, "/Rim", program)
    bare.ToUnicode = to_unicode(pdf, {0x41: "ދ", 0x42: "ވ", 0x43: "ހ"})
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=marked, F2=bare)
    rep = preflight(save(pdf), LOOSE)
    assert (rep.failures, rep.warnings) == (
        [],
        [THAANA_WARNING.format(font="/Rim", marks=0, letters=3)],
    )


def test_a_bfrange_past_the_last_code_point_gives_a_replacement_character() -> None:
    """A start value of U+10FFFF for codes 0x41 to 0x42: code 0x42 would be past the last
    code point, and reads as U+FFFD (which is visible, so its empty glyph is still reported);
    reading it stopped the preflight on an internal error (chr() of 0x110000)."""
    pdf = page(b"BT /F1 12 Tf (AB) Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [2, 2]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, {}, b"<41> <42> <DBFFDFFF>")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [
        EMPTY.format(n=2, font="/Synth", codes=[0x41, 0x42], text="\U0010ffff\ufffd")
    ]


def test_a_later_to_unicode_entry_is_read_over_an_earlier_one() -> None:
    """Code 0x42 in bfchar (a space) and again in a bfrange of two-byte codes up to 0xFFFF
    (a letter): the bfrange is read after bfchar, so the code shows the letter, and its empty
    glyph is reported; codes past 0xFF (no one-byte code) are not read."""
    pdf = page(b"BT /F1 12 Tf (B) Tj ET")
    font = truetype(pdf, "/Synth", outlined_program(cmap_format6(0x41, [1, 2]), GLYPHS))
    font.ToUnicode = to_unicode(pdf, {0x42: " "}, b"<0000> <FFFF> <0000>")
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [EMPTY.format(n=1, font="/Synth", codes=[0x42], text="B")]


def test_a_to_unicode_map_is_read_once_for_files_that_embed_it() -> None:
    """A merge's records embed the same subsets: each ToUnicode map is decoded and read once
    (by a digest of the stream as stored), for the Thaana check and the empty glyphs'; a
    file with another subset gets its own."""
    from campaign.preflight.fonts import _text, _unicode_map
    from tests.render.test_postprocess import drawn

    def map_of(text: str) -> tuple[dict[int, tuple[bytes, int]], bool]:
        with pikepdf.open(io.BytesIO(drawn(text, "en", "Latn"))) as pdf:
            (font,) = [f for f in pdf.pages[0].Resources.Font.values() if "/ToUnicode" in f]
            return _unicode_map(font.ToUnicode)

    first, second = map_of("Walk 1"), map_of("Walk 2")  # ASCII: the same subset
    assert first is second
    other = map_of("Marche à Genève")
    assert other is not first
    values, thaana = other
    assert "à" in [_text(*value) for value in values.values()]
    assert not thaana


def test_the_codes_a_page_shows_are_counted_per_font() -> None:
    """Every string of Tj, TJ, ' and " under the font set last, each code as many times as it
    is shown; a font that shows only an empty string is listed with no codes."""
    from collections import Counter

    from campaign.preflight.fonts import _shown_codes

    pdf = page(b"BT /F1 12 Tf (ABA) Tj [(C) -20 (AD)] TJ /F2 9 Tf () Tj /F1 9 Tf (B) ' ET")
    assert _shown_codes(pdf.pages[0]) == {
        "/F1": Counter({0x41: 3, 0x42: 2, 0x43: 1, 0x44: 1}),
        "/F2": Counter(),
    }
