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
