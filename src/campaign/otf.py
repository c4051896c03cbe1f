"""Fonts with PostScript outlines (.otf: OpenType with `CFF `, or a static `CFF2`) as TrueType.

reportlab embeds TrueType (`glyf`) outlines only, and a designer's brand font is often an .otf.
Such a font is converted once to a TrueType font (`truetype`), which every part of the build
then reads in its place: HarfBuzz shapes it (`FontFace.data`), reportlab parses and embeds it
(`render.glyphs`). Only the outlines change, the way fontTools' `Snippets/otf2ttf.py` does it
(`to_truetype`, which fonts/tools/make_ttf.py calls for the shipped CJK fonts): each glyph's
cubic curves become quadratic ones (`Cu2QuPen`, at most 1 font unit away from the cubic,
contours reversed to TrueType's direction) in new `glyf` and `loca` tables; `CFF `, `CFF2` and
`VORG` are removed, `maxp` becomes version 1.0, `post` format 3 (no glyph names:
`to_truetype` says why), the `hmtx` left side bearings are the new outlines' xMin, and
`head`'s and `hhea`'s bounds are worked out again
from them. The glyph order is unchanged and every other table (cmap, GSUB, GPOS, GDEF, name,
OS/2...) is copied byte for byte, so HarfBuzz shapes the same glyph ids as from the .otf, and
the file's name table and embedding permission (OS/2 fsType) are its own.

The conversion takes time (measured here, one core of this machine kind: 0.15 s for URW's
NimbusSans-Regular.otf, 855 glyphs, 82 KB; 0.8 s for Noto Sans Regular made CFF, 3,317
glyphs, 0.55 MB; 5.8 s for the shipped Noto Sans SC subset made CFF, 9,585 glyphs, 3.3 MB;
28 to 43 s for a whole CJK font, Noto Sans CJK SC Regular, 65,535 glyphs, 16.4 MB, where
the glyf table was compiled twice: 39 to 49 s), so its result is kept in the user's
cache (`cache.stored`): a plain .ttf file, `truetype-<key>.ttf`, named by the sha256 of the
.otf's bytes, this conversion (`CONVERSION`) and fontTools' version. A build converts a font
the first time it reads fonts.yaml with it (`fontfile.font_problem`, so an .otf whose
outlines cannot be read is a `font.read` error at its line there); every later process
reads the kept file (a 0.1 to 4 MB read). The PostScript hints are dropped: the TrueType
font is unhinted, as the shipped CJK fonts are. With the cache off (CAMPAIGN_KIT_CACHE=off) the
conversion is kept in the process only, and each command converts again.

What a build's fingerprints hash is the .otf itself (`FontFace.path`), not the converted file:
an edited .otf is a new input; fontTools' version is part of the code's version
(`pipeline.fingerprint.OUTPUT_LIBRARIES`).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache
from .fontfile import truetype_problem

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

# Part of every converted file's name: changed whenever what `_convert` makes changes, so
# that a file converted the old way is never read for the new.
CONVERSION = "otf2ttf 2: cu2qu max error 1.0, reversed; maxp 1.0; post 3"
MAX_ERROR = 1.0  # font units between a cubic curve and its quadratic splines
POST_FORMAT = 3.0  # no glyph names: to_truetype says why
# fonts converted in this process when the cache is off: sha256 of the .otf -> TrueType bytes
_made: dict[str, bytes] = {}


class ConversionError(ValueError):
    """The font's outlines cannot be read or converted; its text is a phrase to follow "font
    file 'x' of family 'y'", as `fontfile.font_problem`'s are."""


def is_postscript(path: Path) -> bool:
    """The file is an OpenType font with PostScript outlines (starts with `OTTO`)."""
    with path.open("rb") as f:
        return f.read(4) == b"OTTO"


def truetype(path: Path) -> bytes:
    """The TrueType font of a kit's font file: the file's own bytes, or, for a font with
    PostScript outlines, its conversion (from the user's cache, else converted and kept).
    Raises OSError when the file cannot be read, ConversionError when its outlines cannot be
    converted."""
    data = path.read_bytes()
    if data[:4] != b"OTTO":
        return data
    source = hashlib.sha256(data).hexdigest()
    if cache.folder() is None:
        made = _made.get(source)
        if made is None:
            made = _made[source] = _convert(data)
        return made
    return cache.stored(
        f"truetype-{converted_key(source)}.ttf",
        lambda: _convert(data),
        lambda found: truetype_problem(found) is None,
    )


def identity(path: Path) -> str:
    """What the TrueType font of a kit's font file (`truetype`) is named by in the cache (the
    key of reportlab's parse of it, `render.pdffonts.parsed_face`): the file's sha256, or for a
    font with PostScript outlines the key of its conversion, which also names fontTools'
    version. Raises OSError when the file cannot be read."""
    digest = cache.digest(path)
    return converted_key(digest) if is_postscript(path) else digest


def converted_key(source: str) -> str:
    """The cache key of the conversion of the .otf of sha256 `source`."""
    import fontTools  # type: ignore[import-untyped]

    return cache.key("truetype", source, CONVERSION, fontTools.version)


def _convert(data: bytes) -> bytes:
    """The TrueType font of the bytes of a static font with PostScript outlines (a variable
    one is refused by `fontfile.font_problem` first); a font that fontTools cannot read or
    convert (damaged tables) is a ConversionError."""
    try:
        return _otf_to_ttf(data)
    except ConversionError:
        raise
    except Exception as exc:  # noqa: BLE001 (fontTools on damaged data raises anything)
        said = str(exc).strip()
        reason = said.splitlines()[0][:120] if said else type(exc).__name__
        raise ConversionError(
            f"is damaged (its PostScript outlines cannot be converted to TrueType: {reason})"
        ) from exc


def _otf_to_ttf(data: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    # the timestamp kept: the same .otf makes the same bytes (every worker, every build)
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    to_truetype(font)
    out = io.BytesIO()
    font.save(out)
    made = out.getvalue()
    problem = truetype_problem(made)
    if problem:
        raise ConversionError(f"is damaged (converted to TrueType, it {problem})")
    return made


def to_truetype(font: TTFont, max_error: float = MAX_ERROR) -> None:
    """Convert `font` (fontTools' TTFont of a static font with PostScript outlines) to
    TrueType outlines, in place: the one conversion of the kit, of its users' .otf fonts
    (`truetype`) and of the shipped CJK fonts (fonts/tools/make_ttf.py calls it on its
    subset). What it does is in this module's docstring.

    `post` is made format 3, no glyph names, for three reasons. Nothing reads the names: the
    PDFs' text is mapped to Unicode from `cmap` (reportlab writes its embedded subsets'
    `post` as format 3 whatever the file's), HarfBuzz shapes by glyph id, and a glyph name
    is not kept in a PDF. Format 2 could not always be written: its names are counted in 16
    bits and its table grows with them (a whole CJK font's 65,000 names cid00001... are
    about 0.6 MB); format 3 always can. And the shipped CJK fonts were made with it: the
    tool gives the same bytes as before (regenerated from the same sources and fontTools,
    byte for byte the committed files). `CONVERSION` names it, so a file converted with
    format 2 before is not read for this."""
    from fontTools.pens.cu2quPen import Cu2QuPen  # type: ignore[import-untyped]
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        outlines[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyphs[name] = pen.glyph()
    post = font["post"]  # read while maxp still counts the glyphs (format 2's names)
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    # Each glyph's bounds (for hmtx and maxp), as the table's compile sets them, without
    # compiling it: `save` compiles it again. Where a whole CJK font's conversion goes
    # (Noto Sans CJK SC Regular, 65,535 glyphs, measured in the thirty-fourth session): its
    # outlines' drawing, two thirds of cProfile's total, is mostly fontTools' pure-Python
    # CFF charstring interpreter (34 s of it alone, without the profiler; cu2qu, compiled in
    # fontTools' wheel already, the contours' reversal and the new glyphs 10 s, of which the
    # reversal 3 s); each compile of the glyf table (points packed, deltas made small) was
    # a tenth. No fontTools option keeps the bytes and saves time: a max error of 2 units
    # took as long, unreversed contours are the wrong way round for TrueType, and
    # OPTIMIZE_FONT_SPEED writes a larger glyf. The first compile is gone: the same bytes
    # (the committed CJK fonts made again with make_ttf.py), 11 to 18 % less time.
    for glyph in glyphs.values():
        if glyph.numberOfContours or getattr(glyph, "program", None):
            glyph.recalcBounds(glyf)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",  # PostScript outlines have no components
    ):
        setattr(maxp, field, 0)
    maxp.compile(font)  # counts the glyphs and their points
    post.formatType = POST_FORMAT
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
