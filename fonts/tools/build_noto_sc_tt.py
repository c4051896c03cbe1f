#!/usr/bin/env python3
"""Rebuild NotoSansSC-Regular.ttf / NotoSansSC-Bold.ttf ("Noto Sans SC TT").

Source: Debian package fonts-noto-cjk, /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc,
face index 2 (Noto Sans CJK SC, CFF outlines, which reportlab cannot embed).

Steps per weight:
 1. fontTools.subset (pyftsubset) of the SC face to the code points listed by code_points():
    --layout-features='*' --no-hinting --desubroutinize --notdef-outline --name-IDs='*'
 2. CFF -> TrueType quadratic outlines with cu2qu (max error 1 font unit, UPM 1000),
    following fontTools' Snippets/otf2ttf.py; VORG dropped, post table format 3 (no glyph names).
 3. Rename to family "Noto Sans SC TT", PostScript name NotoSansSCTT-<Weight>.

Usage: python3 build_noto_sc_tt.py [OUTDIR]   (default: the folder above this script)
Set SOURCE_DATE_EPOCH for a reproducible head.modified timestamp.
"""
import os, sys, tempfile
from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SRC = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK, ...
MAX_ERR = 1.0
EXTRA_RANGES = [(0x0020, 0x00FF),   # Basic Latin + Latin-1
                (0x2000, 0x206F),   # General Punctuation
                (0x3000, 0x303F),   # CJK Symbols and Punctuation
                (0x3040, 0x30FF),   # Hiragana + Katakana
                (0xFF00, 0xFFEF)]   # Halfwidth and Fullwidth Forms


def code_points():
    """All of GB 2312 (every character the 'gb2312' codec can encode) plus EXTRA_RANGES."""
    cps = set(range(0x80))  # the ASCII part of GB 2312
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                cps.update(map(ord, bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for a, b in EXTRA_RANGES:
        cps.update(range(a, b + 1))
    return sorted(cps)


def otf_to_ttf(font):
    assert font.sfntVersion == "OTTO" and "CFF " in font
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    quad = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        quad[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quad
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for a in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, a, 0)
    maxp.maxComponentElements = max(len(getattr(g, "components", None) or []) for g in quad.values())
    post = font["post"]
    post.formatType = 3.0
    post.extraNames, post.mapping = [], {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, weight):
    fam, ps = "Noto Sans SC TT", f"NotoSansSCTT-{weight}"
    name = font["name"]
    ver = name.getDebugName(5)
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
    for nid, s in ((1, fam), (2, weight), (3, f"2.004;GOOG;{ps};converted-subset"),
                   (4, f"{fam} {weight}"),
                   (5, f"{ver}; modified: TrueType outlines (cu2qu), subset GB2312+kana"),
                   (6, ps)):
        name.setName(s, nid, 3, 1, 0x409)


def build(weight, outdir):
    with tempfile.TemporaryDirectory() as tmp:
        ufile = os.path.join(tmp, "unicodes.txt")
        with open(ufile, "w") as f:
            f.write("\n".join("%04X" % c for c in code_points()) + "\n")
        sub = os.path.join(tmp, f"sub-{weight}.otf")
        subset.main([SRC.format(weight), f"--font-number={FACE}", f"--unicodes-file={ufile}",
                     "--layout-features=*", "--no-hinting", "--desubroutinize", "--notdef-outline",
                     "--name-IDs=*", f"--output-file={sub}"])
        font = TTFont(sub)
        otf_to_ttf(font)
        rename(font, weight)
        out = os.path.join(outdir, f"NotoSansSC-{weight}.ttf")
        font.save(out)
        print(out, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for w in ("Regular", "Bold"):
        build(w, outdir)
