"""Whether a font file can be used: read from its table directory when fonts/fonts.yaml is
loaded, before any text is set, so a damaged file is an error naming it instead of a
traceback while drawing (reportlab) or a silent fallback to other families (HarfBuzz turns an
unreadable file into an empty face, and paragraph fallback then takes every character from
the next family).

Only headers are read (a few kilobytes a file, whatever its size): the sfnt version, the table
directory (each table inside the file), the tables reportlab needs to embed a TrueType font,
a Unicode character map, and the embedding permissions. A font with PostScript outlines
(.otf: `CFF `, or a static `CFF2`) is checked alike, then converted to TrueType (`otf`: once,
kept in the user's cache), so that a file whose outlines cannot be read is an error here too.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import BinaryIO

# The tables reportlab's TTFontFile reads to embed a subset.
REQUIRED = ("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post")
# The tables of a font with PostScript outlines that its conversion to TrueType reads (`otf`),
# besides its `CFF ` or `CFF2` table.
REQUIRED_CFF = ("cmap", "head", "hhea", "hmtx", "maxp", "name", "post")
# The largest font file we open: the shipped CJK fonts are under 10 MB; a full pan-CJK
# TrueType font is about 20 MB.
MAX_FONT_BYTES = 50_000_000


def font_problem(path: Path) -> str | None:
    """What makes the file unusable as a kit font (a phrase to follow "font file 'x' of
    family 'y'"), or None when it is a TrueType font reportlab can embed, or a font with
    PostScript outlines converted to one (`otf.truetype`: converted here the first time)."""
    try:
        size = path.stat().st_size
        if size > MAX_FONT_BYTES:
            return f"is {size:,} bytes, more than a font may be ({MAX_FONT_BYTES:,})"
        with path.open("rb") as f:
            problem = _problem(f, size)
            postscript = problem is None and _read(f, 0, 4) == b"OTTO"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except (struct.error, _TruncatedError):
        return "is damaged (truncated)"
    if problem or not postscript:
        return problem
    from . import otf  # here: it imports this module

    try:
        otf.truetype(path)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except otf.ConversionError as exc:
        return str(exc)
    return None


def truetype_problem(data: bytes) -> str | None:
    """What makes `data` no TrueType font reportlab can embed (`font_problem`'s phrases), or
    None (for a font converted by `otf`, kept in the user's cache: a damaged entry is made
    again)."""
    if data[:4] == b"OTTO":
        return "is not TrueType"
    try:
        return _problem(io.BytesIO(data), len(data))
    except (struct.error, _TruncatedError):
        return "is damaged (truncated)"


class _TruncatedError(Exception):
    pass


def _read(f: BinaryIO, offset: int, n: int) -> bytes:
    f.seek(offset)
    data = f.read(n)
    if len(data) != n:
        raise _TruncatedError
    return data


def _problem(f: BinaryIO, size: int) -> str | None:
    if size < 12:
        return "is not a font (empty or too short)"
    head = _read(f, 0, 12)
    version = head[:4]
    if version == b"ttcf":
        return "is a font collection (.ttc), which cannot be embedded; use a single .ttf"
    if version in (b"wOFF", b"wOF2"):
        return "is a web font (WOFF), which cannot be embedded; use the .ttf"
    if version not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
        return "is not a font (no TrueType header)"
    (count,) = struct.unpack(">H", head[4:6])
    if count == 0 or 12 + 16 * count > size:
        return "is damaged (truncated)" if count else "is not a font (no tables)"
    tables: dict[bytes, tuple[int, int]] = {}
    directory = _read(f, 12, 16 * count)
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", directory[16 * i : 16 * i + 16])
        if offset + length > size:
            return "is damaged (truncated)"
        tables[tag] = (offset, length)
    if version == b"OTTO":
        if b"fvar" in tables:
            return (
                "is a variable font with PostScript (CFF2) outlines, which cannot be "
                "embedded; use a static instance of it (.otf or .ttf)"
            )
        outlines = b"CFF " in tables or b"CFF2" in tables
        missing = [t for t in REQUIRED_CFF if t.encode() not in tables]
        missing += [] if outlines else ["CFF"]
    else:
        missing = [t for t in REQUIRED if t.encode() not in tables]
    if "cmap" in missing:
        return "has no character map (cmap table)"
    if missing:
        return f"is damaged (no {', '.join(missing)} table)"
    if not _unicode_cmap(f, *tables[b"cmap"]):
        return "has no character map for Unicode (cmap)"
    if b"OS/2" in tables and not _embeddable(f, *tables[b"OS/2"]):
        return "does not allow embedding (its licence: OS/2 fsType)"
    return None


def _unicode_cmap(f: BinaryIO, offset: int, length: int) -> bool:
    """The cmap table has a subtable reportlab reads (Windows, Unicode or Mac Roman)."""
    if length < 4:
        return False
    _, n = struct.unpack(">HH", _read(f, offset, 4))
    if n == 0 or 4 + 8 * n > length:
        return False
    records = _read(f, offset + 4, 8 * n)
    for i in range(n):
        platform, encoding, sub = struct.unpack(">HHI", records[8 * i : 8 * i + 8])
        if sub >= length:
            continue
        if platform == 3 or (platform == 1 and encoding in (0, 1)):
            return True
        if platform == 0 and encoding != 5:
            return True
    return False


def _embeddable(f: BinaryIO, offset: int, length: int) -> bool:
    """OS/2 fsType allows embedding: not 'restricted licence' (2), nor bitmap-only (0x200),
    nor without subsetting (0x100), as reportlab refuses those."""
    if length < 10:
        return True
    (fs_type,) = struct.unpack(">H", _read(f, offset + 8, 2))
    return not (fs_type == 0x0002 or fs_type & 0x0300)
