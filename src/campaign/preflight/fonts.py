"""Fonts: every font that shows text embedded, no Type3, no code that draws no glyph."""

from __future__ import annotations

import struct
from typing import Any

import pikepdf

from .pdf import SHOW_OPS, page_resources, parsed, used_font_names
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


def _shown_codes(page: pikepdf.Page) -> dict[str, set[int]]:
    """Font resource name -> the byte codes shown with it on the page."""
    shown: dict[str, set[int]] = {}
    current = None
    for op, ins in parsed(page):
        if op == "Tf" and ins.operands:
            current = str(ins.operands[0])
        elif op in SHOW_OPS and current:
            strings = ins.operands[0] if op == "TJ" else ins.operands[-1:]
            for item in strings:
                if isinstance(item, pikepdf.String):
                    shown.setdefault(current, set()).update(bytes(item))
    return shown


def _cmap_byte_table(font_program: bytes) -> list[int] | None:
    """Glyph ids for codes 0-255 from a simple TrueType font's first byte-encoding (format 0)
    or trimmed (format 6, what reportlab writes for its subsets) cmap subtable, if it has one.
    A code a trimmed table leaves out maps to glyph 0."""
    try:
        num_tables = struct.unpack(">H", font_program[4:6])[0]
        for i in range(num_tables):
            tag, _, offset, _ = struct.unpack(">4sIII", font_program[12 + 16 * i : 28 + 16 * i])
            if tag != b"cmap":
                continue
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


def check_missing_glyphs(page: pikepdf.Page, n: int, rep: Report) -> None:
    """Characters drawn with no glyph: code 0 (reportlab's stand-in for a character the font
    lacks) or a code the embedded font maps to .notdef."""
    resources = page.obj.get("/Resources")
    fonts: Any = (resources.get("/Font") if resources is not None else None) or {}
    for name, codes in _shown_codes(page).items():
        font = fonts.get(name)
        if font is None or font.get("/Subtype") != "/TrueType":
            continue
        desc = font.get("/FontDescriptor")
        program = desc.get("/FontFile2") if desc is not None else None
        table = _cmap_byte_table(program.read_bytes()) if program is not None else None
        bad = {c for c in codes if c == 0 or (table is not None and table[c] == 0)}
        if bad:
            rep.failures.append(
                f"page {n}: {len(bad)} character code(s) in font {font.get('/BaseFont')} draw no "
                f"glyph (codes {sorted(bad)[:10]}): text is missing on the page"
            )
