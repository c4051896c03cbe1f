"""Fonts: every font that shows text embedded, no Type3, no code that draws no glyph, no visible
character drawn with an empty glyph; Thaana text that reads with its vowel marks."""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections import Counter
from typing import Any

import pikepdf

from ..recent import Recent
from ..text.scripts import default_ignorable
from .pdf import SHOW_OPS, entry, first_operand, page_resources, parsed, used_font_names
from .report import Report


def check_fonts(page: pikepdf.Page, n: int, rep: Report) -> None:
    used = used_font_names(page)
    for res in page_resources(page.obj):
        for name, font in (res.get("/Font") or {}).items():
            if name not in used:
                continue
            base = str(font.get("/BaseFont", "?"))
            desc = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                desc = font.DescendantFonts[0].get("/FontDescriptor")
            if font.get("/Subtype") == "/Type3":
                rep.failures.append(f"page {n}: Type3 font {base} (bitmap or ad-hoc glyphs)")
            elif desc is None or not any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                rep.failures.append(f"page {n}: font {base} is used but not embedded")


def _shown_codes(page: pikepdf.Page) -> dict[str, Counter[int]]:
    """Font resource name -> the byte codes shown with it on the page, each with how many
    times it is shown (a font that shows only empty strings is listed with none)."""
    # each font's strings counted at once, not string by string: 68 us an event flyer
    # instead of 92 (Counter.update is Python code, 0.3 us a call)
    strings_of: dict[str, list[bytes]] = {}
    current = None
    for op, ins in parsed(page):
        if op == "Tf" and ins.operands:
            current = str(ins.operands[0])
        elif op in SHOW_OPS and current:
            strings = first_operand(op, ins, pikepdf.Array) if op == "TJ" else ins.operands[-1:]
            for item in strings:
                if isinstance(item, pikepdf.String):
                    strings_of.setdefault(current, []).append(bytes(item))
    return {name: Counter(b"".join(chunks)) for name, chunks in strings_of.items()}


def _tables(font_program: bytes) -> dict[bytes, tuple[int, int]]:
    """The sfnt's table directory: tag -> (offset, length)."""
    num_tables = struct.unpack(">H", font_program[4:6])[0]
    out = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack(">4sIII", font_program[12 + 16 * i : 28 + 16 * i])
        out[tag] = (offset, length)
    return out


def _cmap_byte_table(font_program: bytes) -> list[int] | None:
    """Glyph ids for codes 0-255 from a simple TrueType font's first byte-encoding (format 0)
    or trimmed (format 6, what reportlab writes for its subsets) cmap subtable, if it has one.
    A code a trimmed table leaves out maps to glyph 0."""
    try:
        cmap = _tables(font_program).get(b"cmap")
        if cmap is None:
            return None
        offset = cmap[0]
        count = struct.unpack(">H", font_program[offset + 2 : offset + 4])[0]
        for j in range(count):
            pid, eid, sub = struct.unpack(
                ">HHI", font_program[offset + 4 + 8 * j : offset + 12 + 8 * j]
            )
            table = _byte_subtable(font_program, offset + sub)
            if table is not None:
                return table
    except struct.error:
        return None
    return None


def _byte_subtable(font_program: bytes, start: int) -> list[int] | None:
    """Codes 0-255 -> glyph ids from a format 0 or 6 cmap subtable at `start`, else None."""
    fmt = struct.unpack(">H", font_program[start : start + 2])[0]
    if fmt == 0:
        return list(struct.unpack(">256B", font_program[start + 6 : start + 262]))
    if fmt != 6:
        return None
    first, entries = struct.unpack(">HH", font_program[start + 6 : start + 10])
    ids = struct.unpack(f">{entries}H", font_program[start + 10 : start + 10 + 2 * entries])
    return [ids[c - first] if 0 <= c - first < entries else 0 for c in range(256)]


def _empty_glyphs(font_program: bytes, gids: set[int]) -> set[int] | None:
    """Those of `gids` that draw nothing in a TrueType program: no data in `glyf` (what a font
    gives a space) or a simple glyph of no contours. None when the program has no glyf, loca,
    head and maxp to read this from. A composite glyph counts as ink; an id past the font's
    glyphs is not judged here."""
    try:
        tables = _tables(font_program)
        if not all(t in tables for t in (b"head", b"maxp", b"loca", b"glyf")):
            return None
        long_offsets = struct.unpack(">h", _at(font_program, tables[b"head"], 50, 2))[0] == 1
        count = struct.unpack(">H", _at(font_program, tables[b"maxp"], 4, 2))[0]
        fmt, size, scale = (">{}I", 4, 1) if long_offsets else (">{}H", 2, 2)
        loca = _at(font_program, tables[b"loca"], 0, size * (count + 1))
        starts = [v * scale for v in struct.unpack(fmt.format(count + 1), loca)]
        glyf = tables[b"glyf"]
        empty = set()
        for gid in sorted(g for g in gids if g < count):
            start, end = starts[gid], starts[gid + 1]
            if end <= start or struct.unpack(">h", _at(font_program, glyf, start, 2))[0] == 0:
                empty.add(gid)
        return empty
    except struct.error:
        return None


def _at(font_program: bytes, table: tuple[int, int], offset: int, length: int) -> bytes:
    """`length` bytes at `offset` inside a table; struct.error past the table's end."""
    if offset + length > table[1]:
        raise struct.error("past the end of the table")
    return font_program[table[0] + offset : table[0] + offset + length]


# A font program's byte cmap and its empty glyphs, by a digest of its stream as stored: a
# merge's records embed the same two or three subsets in every file, whose programs were
# inflated and read again for each file. The most recently used are kept (a new one on
# probation until it is seen again: recent.Recent).
_PROGRAMS: Recent[bytes, tuple[bytes, list[int] | None, set[int] | None]] = Recent(16, probation=8)


def _program(stream: Any) -> tuple[bytes, list[int] | None, set[int] | None]:
    """(program, codes 0-255 -> glyph ids or None, the glyphs of those that draw nothing or
    None) of a FontFile2 stream (`_cmap_byte_table`, `_empty_glyphs`)."""
    raw = stream.read_raw_bytes()
    key = hashlib.sha256(f"{stream.get('/Filter')!r}\0".encode() + raw).digest()
    found = _PROGRAMS.get(key)
    if found is None:
        program = stream.read_bytes()
        table = _cmap_byte_table(program)
        blank = _empty_glyphs(program, set(table)) if table is not None else None
        found = (program, table, blank)
        _PROGRAMS.put(key, found)
    return found


_BF_CHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BF_RANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")


def _utf16(hex_digits: bytes) -> str:
    """A ToUnicode value's text: `hex_digits` (hexadecimal digits and white space, as `_HEX`
    finds them) read as UTF-16BE, U+FFFD where they are not UTF-16. White space is ignored and
    a final odd digit is followed by 0, as in any PDF hexadecimal string (ISO 32000-1,
    7.3.4.3)."""
    digits = re.sub(rb"\s", b"", hex_digits).decode("ascii")
    if len(digits) % 2:
        digits += "0"
    return bytes.fromhex(digits).decode("utf-16-be", "replace")


def _to_unicode(font: Any, codes: set[int]) -> dict[int, str]:
    """The text of each of `codes` (one-byte codes) that the font's ToUnicode CMap gives
    (`_unicode_map`); empty when the font has none. Only the codes asked for are decoded:
    the empty glyphs' check asks for the few drawn with an empty glyph (a space), not the
    100 to 200 a subset maps."""
    stream = font.get("/ToUnicode")
    if not isinstance(stream, pikepdf.Stream) or not codes:
        return {}
    values = _unicode_map(stream)[0]
    return {code: _text(*values[code]) for code in codes if code in values}


# A ToUnicode CMap read for codes 0-255, and whether it holds Thaana, by a digest of its
# stream as stored: a merge's records embed the same subsets, whose maps were inflated twice
# in every file (check_thaana_marks, then _to_unicode) and read again in each, 0.14 ms an
# event flyer. The most recently used are kept (`recent.Recent`).
_MAPS: Recent[bytes, tuple[dict[int, tuple[bytes, int]], bool]] = Recent(16, probation=8)


def _unicode_map(stream: Any) -> tuple[dict[int, tuple[bytes, int]], bool]:
    """(each code 0-255 that a ToUnicode CMap stream maps -> its value as `_text` reads it,
    whether the map holds Thaana (`_THAANA_HEX`)). bfchar first, then bfrange with a start
    value or an array (ISO 32000-1, 9.10.3), a later entry over an earlier one. Raises
    pikepdf.PdfError when the stream cannot be decoded."""
    filters = f"{stream.get('/Filter')!r} {entry(stream, '/DecodeParms')!r}\0"
    key = hashlib.sha256(filters.encode() + stream.read_raw_bytes()).digest()
    found = _MAPS.get(key)
    if found is None:
        data = stream.read_bytes()
        found = (_cmap_values(data), _THAANA_HEX.search(data) is not None)
        _MAPS.put(key, found)
    return found


def _cmap_values(data: bytes) -> dict[int, tuple[bytes, int]]:
    """Codes 0-255 of a decoded ToUnicode CMap -> (the hexadecimal digits of the value it
    maps to, the code's distance from its bfrange's first code when the range gives a start
    value, else 0); `_unicode_map`."""
    out = {}
    for block in _BF_CHAR.findall(data):
        pairs = _HEX.findall(block)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            code = int(src or b"0", 16)
            if code <= 255:
                out[code] = (dst, 0)
    for block in _BF_RANGE.findall(data):
        for line in block.splitlines():
            values = _HEX.findall(line)
            if len(values) < 3:
                continue
            lo, hi = int(values[0] or b"0", 16), int(values[1] or b"0", 16)
            if b"[" in line:
                for code, dst in zip(range(lo, min(hi, 255) + 1), values[2:], strict=False):
                    out[code] = (dst, 0)
            else:
                for code in range(lo, min(hi, 255) + 1):
                    out[code] = (values[2], code - lo)
    return out


def _text(hex_digits: bytes, offset: int) -> str:
    """The text of a ToUnicode value (`_utf16`), its last character moved on by `offset` for
    a code `offset` past the first of a bfrange that gives a start value (ISO 32000-1,
    9.10.3); U+FFFD where that is past U+10FFFF."""
    text = _utf16(hex_digits)
    if not offset or not text:
        return text
    last = ord(text[-1]) + offset
    return text[:-1] + (chr(last) if last <= 0x10FFFF else "\ufffd")


def visible(text: str) -> bool:
    """Whether text has a character that shows ink: not a space, a control, nor one that is
    ignorable by default (`text.scripts.default_ignorable`: joiners, bidi controls, variation
    selectors). A visible format character (U+0600) and private-use characters are visible
    (whatever a font draws for them is meant to be seen)."""
    return any(
        not ch.isspace()
        and unicodedata.category(ch) not in ("Zs", "Zl", "Zp", "Cc")
        and not default_ignorable(ch)
        for ch in text
    )


def check_missing_glyphs(page: pikepdf.Page, n: int, rep: Report) -> None:
    """Characters drawn with no glyph: code 0 (reportlab's stand-in for a character the font
    lacks) or a code the embedded font maps to .notdef. Then visible characters (by the
    font's ToUnicode) drawn with a glyph that has no outline: a private-use code a generator
    gave to a placeholder glyph, or a character the font maps to an empty glyph, prints as
    nothing where text should be. Spaces and other characters without ink are not judged."""
    resources = page.obj.get("/Resources")
    fonts: Any = (resources.get("/Font") if resources is not None else None) or {}
    counts_of = _shown_codes(page)
    check_thaana_marks(fonts, counts_of, n, rep)
    for name, counts in counts_of.items():
        codes = set(counts)
        font = fonts.get(name)
        if font is None or font.get("/Subtype") != "/TrueType":
            continue
        desc = font.get("/FontDescriptor")
        stream = desc.get("/FontFile2") if desc is not None else None
        program, table, inkless = _program(stream) if stream is not None else (None, None, None)
        bad = {c for c in codes if c == 0 or (table is not None and table[c] == 0)}
        if bad:
            rep.failures.append(
                f"page {n}: {len(bad)} character code(s) in font {font.get('/BaseFont')} draw no "
                f"glyph (codes {sorted(bad)[:10]}): text is missing on the page"
            )
        if program is None or table is None:
            continue
        empty = (inkless or set()) & {table[c] for c in codes - bad}
        if not empty:
            continue
        drawn_empty = {c for c in codes - bad if table[c] in empty}
        text = _to_unicode(font, drawn_empty)
        blank = sorted(c for c in drawn_empty if visible(text.get(c, "")))
        if blank:
            shown = "".join(text[c] for c in blank[:10])
            rep.failures.append(
                f"page {n}: {len(blank)} character code(s) in font {font.get('/BaseFont')} "
                f"draw an empty glyph for a visible character (codes {blank[:10]}, "
                f"text {shown!r}): nothing is printed where it should be"
            )


# Thaana's letters and its vowel marks (fili, and the sukun of a letter without a vowel):
# Dhivehi writes one on every letter but a noonu before a stop (prenasalised, written bare),
# so a text has about as many marks as letters. A ToUnicode map holds Thaana where its
# UTF-16 has U+0780 to U+07BF (`_THAANA_HEX`: read before the map is decoded; most fonts
# hold none).
_THAANA_LETTERS = re.compile("[\u0780-\u07a5]")
_THAANA_MARKS = re.compile("[\u07a6-\u07b0]")
_THAANA_HEX = re.compile(rb"07[89Aa][0-9A-Fa-f]")


def check_thaana_marks(fonts: Any, shown: dict[str, Counter[int]], n: int, rep: Report) -> None:
    """A warning for each font whose Thaana text on the page (its ToUnicode of the codes
    `shown`, each as many times as it is shown) has fewer vowel marks than half its letters:
    the page prints the marks, but copies and searches as bare letters ("ދވހ" for ދިވެހި),
    which no reader can read and no search finds (a generator that draws the marks apart
    from the text, as the kit did before; ISO 32000-1, 9.10.2). Font by font and counted,
    not "any mark on the page": a badge's rim copied without its marks ("#ދިވހ ރއޖ") where
    its centre's words kept theirs, and one mark drawn as text of its own on the rim had
    passed the page."""
    for name, counts in shown.items():
        font = fonts.get(name)
        stream = font.get("/ToUnicode") if font is not None else None
        if not isinstance(stream, pikepdf.Stream) or not _unicode_map(stream)[1]:
            continue
        texts = _to_unicode(font, set(counts))
        letters = sum(len(_THAANA_LETTERS.findall(texts.get(c, ""))) * k for c, k in counts.items())
        marks = sum(len(_THAANA_MARKS.findall(texts.get(c, ""))) * k for c, k in counts.items())
        if letters and 2 * marks < letters:
            rep.warnings.append(
                f"page {n}: its Thaana text in font {font.get('/BaseFont')} has {marks} vowel "
                f"mark(s) (fili) for {letters} letters in the text layer: it prints them, but "
                "copies and searches as bare letters; make the PDF with a generator that keeps "
                "the marks in the text"
            )
