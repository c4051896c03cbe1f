#!/usr/bin/env python3
"""Make a static TrueType (glyf) font that reportlab can embed, from any OTF/TTF/TTC face.

reportlab's TTFont refuses CFF (PostScript) outlines, which is what the Noto CJK fonts ship
with, and a whole CJK face converted to TrueType is about 20 MB per weight. This tool:

 1. subsets one face of the source (`--face N` picks a face of a .ttc collection) to the
    characters asked for (`--chars`, see CHARSETS below), keeping every OpenType layout
    feature the subsetter keeps by default (vert, locl, ccmp, Hangul jamo features...) or
    those named with `--features`;
 2. converts cubic CFF outlines to quadratic `glyf` outlines with the kit's own conversion,
    `campaign.otf.to_truetype` (the one a build uses for a designer's .otf: cu2qu, max error
    1 font unit, VORG dropped, maxp 1.0, post format 3 with no glyph names, no hinting; its
    docstring says why); a source that already has `glyf` outlines is only subset;
 3. renames the result (`--family`, `--ps-name`): the OFL asks modified versions not to be
    mistaken for the original, and the Adobe-made CJK fonts reserve the name "Source".

Characters (`--chars`, repeatable, comma-separated items):
  a named set      gb2312, tgh-2013, big5-1, big5-2, big5-2-yue, big5, hkscs, jisx0208,
                   jisx0213, jisx0213-1, cp932-ibm, joyo-beyond-0208, jis2004-added,
                   ksx1001, ksx1001-hangul, ksx1001-hanja, hangul-all, hangul-jamo, kana,
                   cjk-punct, latin1 (see CHARSETS)
  a range          U+AC00-D7A3, AC00-D7A3 or a single U+3000
  a file           @path: every character in the file (lines starting with '#' skipped)

Why the JP and SC recipes take what they take (bytes of the Regular file; the Bold is 1-2%
smaller; the options not taken were built with a placeholder name, about 200 bytes shorter):

  JP  JIS X 0213:2004 plane 1 (`jisx0213-1`: JIS X 0208's levels 1 and 2, level 3's 1,259
      kanji, every non-kanji of JIS X 0213) and the IBM extension of Windows-31J (Microsoft's
      Shift_JIS, code page 932; `cp932-ibm`, lead bytes FA-FC: 360 kanji, 28 symbols).
        JIS X 0208 + the 12 jōyō / 2004 forms (before)        2,228,708
        + the 863 jinmeiyō kanji (101 new; has 鷗, not 﨑 髙)   2,261,724
        all of JIS X 0213, both planes (has 鷗 﨑, not 髙)      3,524,956
        all of JIS X 0213 + the IBM extension                  3,549,960
        JIS X 0213 plane 1 + the IBM extension (taken)         2,773,412
      The jinmeiyō kanji (人名用漢字, the kanji allowed in given names beside the jōyō ones;
      Unihan's kJinmeiyoKanji) are few and small, but surnames are not bound to them: 﨑 and 髙
      are not jinmeiyō kanji. Every jōyō and jinmeiyō kanji is in plane 1, and so are 﨑
      (U+FA11) and 鷗 (U+9DD7). 髙 (U+9AD9) is in no JIS standard (0208, 0212, 0213):
      Windows-31J has it among the IBM extension's kanji, 84 of which JIS X 0213 lacks.
      Plane 2 (level 4: 2,436 rarer kanji) would add 776,744 bytes to the Regular: with SC's
      table, over the 3 MB budget.
      Python's euc_jis_2004 codec also decodes JIS X 0212 (3,058 kanji JIS X 0213 does not
      have) from 8F sequences, so the JIS X 0213 sets decode shift_jis_2004 (lead bytes 81-9F
      and E0-EF: plane 1; F0-FC: plane 2); its kanji are those of Unihan's kJis0 and kJIS0213.
  SC  GB 2312 and the Table of General Standard Chinese Characters (通用规范汉字表, State
      Council of the People's Republic of China, 2013: 8,105 hanzi; `tgh-2013`, from Unihan's
      kTGH; 1,467 of them not in GB 2312, 196 beyond U+FFFF; GB 2312's other 125 are kept).
        GB 2312 (before)                                      2,199,228
        GB 2312 + the general standard table (taken)          2,711,444
        GB 2312 + GBK's 20,902 Unified Ideographs (gbk codec) 7,037,888

Examples:
  # Korean: KS X 1001 Hangul + jamo from Noto Sans CJK (face 1 = KR)
  python3 make_ttf.py NotoSansCJK-Regular.ttc out.ttf --face 1 \\
      --chars ksx1001-hangul,hangul-jamo,cjk-punct,latin1 \\
      --family "Noto Sans KR TT" --ps-name NotoSansKRTT-Regular
  # the kit's committed CJK files, rebuilt from Debian's fonts-noto-cjk:
  python3 make_ttf.py --recipe all [--source-dir /usr/share/fonts/opentype/noto] [--out ..]

Set SOURCE_DATE_EPOCH for a reproducible head.modified timestamp.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

# this checkout's library, whatever `campaign` is installed: its conversion is the tool's
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from campaign.otf import to_truetype  # noqa: E402


def _double_byte(codec: str, rows: Iterable[int], cols: Iterable[int] = range(0xA1, 0xFF)):
    """Every character a double-byte codec decodes from the given lead and trail bytes."""
    out: set[int] = set()
    cols = list(cols)
    for hi in rows:
        for lo in cols:
            try:
                out.update(map(ord, bytes([hi, lo]).decode(codec)))
            except UnicodeDecodeError:
                pass
    return out


def _in_blocks(cps: set[int], *blocks: tuple[int, int]) -> set[int]:
    return {c for c in cps if any(a <= c <= b for a, b in blocks)}


def _encodes(codec: str, c: int) -> bool:
    try:
        chr(c).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _listed(name: str) -> set[int]:
    """Every character of a list file next to this tool (lines starting with '#' skipped)."""
    text = Path(__file__).with_name(name).read_text(encoding="utf-8")
    return {ord(c) for ln in text.splitlines() if not ln.startswith("#") for c in ln.strip()}


def _hkscs() -> set[int]:
    """HKSCS-2004: what Python's big5hkscs codec encodes and plain big5 does not (the
    codec's Big5 part and the pairs it decodes to base letter + combining mark left out)."""
    decoded = _double_byte("big5hkscs", range(0x87, 0xFF), BIG5_TRAIL)
    return {c for c in decoded if _encodes("big5hkscs", c) and not _encodes("big5", c)}


# The joyo kanji list of 2010 (Cabinet Notice No. 2, 2,136 characters) writes four kanji in
# forms JIS X 0208 has no code for (its other 2,132 are in JIS X 0208): 𠮟 塡 剝 頰, the
# standard forms of 叱 填 剥 頬 (which the list allows beside them).
JOYO_BEYOND_0208 = (0x20B9F, 0x5861, 0x525D, 0x9830)
# JIS X 0213:2004 added ten kanji: the print forms (印刷標準字体) that the 2000 list of
# kanji outside joyo (表外漢字字体表) gives and JIS had no code for: 俱 剝 𠮟 吞 噓 姸 屛 幷 瘦 繫
JIS2004_ADDED = (0x4FF1, 0x525D, 0x20B9F, 0x541E, 0x5653, 0x59F8, 0x5C5B, 0x5E77, 0x7626, 0x7E6B)
HANGUL = ((0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F))
BIG5_TRAIL = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
SJIS_LEAD = [*range(0x81, 0xA0), *range(0xE0, 0xFD)]
SJIS_TRAIL = [*range(0x40, 0x7F), *range(0x80, 0xFD)]
SJIS_PLANE1 = [*range(0x81, 0xA0), *range(0xE0, 0xF0)]  # Shift_JIS-2004 F0-FC: plane 2

# name -> (description, function giving the code points)
CHARSETS: dict[str, tuple[str, Callable[[], set[int]]]] = {
    "gb2312": (
        "all of GB 2312 (ASCII + 7,445 double-byte: 6,763 hanzi, 682 symbols)",
        lambda: set(range(0x80)) | _double_byte("gb2312", range(0xA1, 0xFF)),
    ),
    "big5-1": (
        "Big5 level 1 (5,401 common hanzi, A440-C67E) and Big5 symbols (A140-A3BF)",
        lambda: _double_byte("big5", range(0xA1, 0xC7), BIG5_TRAIL),
    ),
    "big5-2": (
        "Big5 level 2 (7,650 less common hanzi and 2 compatibility ideographs, C940-F9D5)",
        lambda: _double_byte("big5", range(0xC9, 0xFA), BIG5_TRAIL),
    ),
    "big5-2-yue": (
        "the 864 Big5 level 2 hanzi written Cantonese uses (big5-2-yue.txt, yue_big5_2.py)",
        lambda: _listed("big5-2-yue.txt") & _double_byte("big5", range(0xC9, 0xFA), BIG5_TRAIL),
    ),
    "big5": (
        "all of Big5 (13,060 hanzi in two levels and the symbols)",
        lambda: _double_byte("big5", range(0xA1, 0xFA), BIG5_TRAIL),
    ),
    "hkscs": (
        "HKSCS-2004 beyond Big5 (4,680, 1,693 in CJK Ext. B), via Python's big5hkscs codec",
        _hkscs,
    ),
    "jisx0208": (
        "all of JIS X 0208 (6,355 kanji, kana, symbols), via the 2-byte part of euc_jp",
        lambda: set(range(0x80)) | _double_byte("euc_jp", range(0xA1, 0xFF)),
    ),
    "joyo-beyond-0208": (
        "the 4 joyo kanji (2010 list) JIS X 0208 lacks: U+20B9F U+5861 U+525D U+9830",
        lambda: set(JOYO_BEYOND_0208),
    ),
    "jis2004-added": (
        "the 10 kanji JIS X 0213:2004 added, the print forms of 2000's hyogai list",
        lambda: set(JIS2004_ADDED),
    ),
    "jisx0213": (
        "all of JIS X 0213:2004 (10,050 kanji in two planes, kana, symbols), via shift_jis_2004",
        lambda: set(range(0x80)) | _double_byte("shift_jis_2004", SJIS_LEAD, SJIS_TRAIL),
    ),
    "jisx0213-1": (
        "JIS X 0213:2004 plane 1: levels 1-3 (7,614 kanji), kana, symbols (all its non-kanji)",
        lambda: set(range(0x80)) | _double_byte("shift_jis_2004", SJIS_PLANE1, SJIS_TRAIL),
    ),
    "cp932-ibm": (
        "Windows-31J's IBM extension (FA40-FC4B): 360 kanji (84 beyond JIS X 0213: 髙), 28 symbols",
        lambda: _double_byte("cp932", range(0xFA, 0xFD), SJIS_TRAIL),
    ),
    "tgh-2013": (
        "the 8,105 hanzi of the Table of General Standard Chinese Characters (2013), tgh-2013.txt",
        lambda: _listed("tgh-2013.txt"),
    ),
    "ksx1001": (
        "all of KS X 1001 (2,350 Hangul syllables, 4,888 hanja, jamo, symbols)",
        lambda: set(range(0x80)) | _double_byte("euc_kr", range(0xA1, 0xFF)),
    ),
    "ksx1001-hangul": (
        "the Hangul of KS X 1001: 2,350 syllables and the compatibility jamo",
        lambda: _in_blocks(_double_byte("euc_kr", range(0xA1, 0xFF)), *HANGUL),
    ),
    "ksx1001-hanja": (
        "the 4,888 hanja of KS X 1001 (lead bytes CA-FD; 268 compatibility ideographs)",
        lambda: _double_byte("euc_kr", range(0xCA, 0xFE)),
    ),
    "hangul-all": ("all 11,172 Hangul syllables (U+AC00-D7A3)", lambda: set(range(0xAC00, 0xD7A4))),
    "hangul-jamo": (
        "Hangul Jamo and Compatibility Jamo (U+1100-11FF, U+3130-318F)",
        lambda: set(range(0x1100, 0x1200)) | set(range(0x3130, 0x3190)),
    ),
    "kana": ("Hiragana and Katakana (U+3040-30FF)", lambda: set(range(0x3040, 0x3100))),
    "cjk-punct": (
        "General Punctuation, CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms",
        lambda: (
            set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
        ),
    ),
    "latin1": ("Basic Latin and Latin-1 Supplement (U+0020-00FF)", lambda: set(range(0x20, 0x100))),
}


def parse_chars(items: Iterable[str]) -> set[int]:
    """Code points for the `--chars` items (named sets, ranges, @files)."""
    out: set[int] = set()
    for item in (p.strip() for arg in items for p in arg.split(",")):
        if not item:
            continue
        if item in CHARSETS:
            out |= CHARSETS[item][1]()
        elif item.startswith("@"):
            text = Path(item[1:]).read_text(encoding="utf-8")
            lines = (ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
            out |= {ord(c) for ln in lines for c in ln if not c.isspace()}
        else:
            a, _, b = item.upper().removeprefix("U+").partition("-")
            try:
                lo, hi = int(a, 16), int(b.removeprefix("U+") or a, 16)
            except ValueError:
                raise SystemExit(f"--chars: '{item}' is no set, range or @file") from None
            out |= set(range(lo, hi + 1))
    return out


def rename(font: TTFont, family: str, ps_name: str, note: str) -> None:
    """New family, full and PostScript names; the version string says what was changed.
    Copyright, trademark, designer and licence records stay; localized names go."""
    name = font["name"]
    weight = name.getDebugName(2) or "Regular"
    ver = name.getDebugName(5) or ""
    drop = (1, 2, 3, 4, 5, 6, 16, 17, 21, 22)
    name.names = [r for r in name.names if r.nameID not in drop]
    version = ver.removeprefix("Version ").split(";")[0]
    vendor = font["OS/2"].achVendID.strip() if "OS/2" in font else ""
    for nid, s in (
        (1, family),
        (2, weight),
        (3, ";".join(p for p in (version, vendor, ps_name, "converted-subset") if p)),
        (4, f"{family} {weight}"),
        (5, f"{ver}; modified: {note}"),
        (6, ps_name),
    ):
        name.setName(s, nid, 3, 1, 0x409)


def make_ttf(
    source: Path,
    out: Path,
    chars: set[int],
    face: int = 0,
    family: str | None = None,
    ps_name: str | None = None,
    features: str = "*",
    drop_features: tuple[str, ...] = (),
    note: str = "",
) -> int:
    """Write the subset, TrueType-outline font to `out`; returns its size in bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        ufile = Path(tmp, "unicodes.txt")
        ufile.write_text("\n".join(f"{c:04X}" for c in sorted(chars)) + "\n")
        sub = Path(tmp, "subset.otf")
        subset.main(
            [
                str(source),
                f"--font-number={face}",
                f"--unicodes-file={ufile}",
                *([f"--layout-features={features}"] if features != "default" else []),
                *(f"--layout-features-={tag}" for tag in drop_features),
                "--no-hinting",
                "--desubroutinize",
                "--notdef-outline",
                "--name-IDs=*",
                f"--output-file={sub}",
            ]
        )
        font = TTFont(sub)
        if "CFF2" in font or "fvar" in font:
            raise SystemExit(f"{source}: variable/CFF2 fonts are not supported; use a static face")
        converted = "CFF " in font
        if converted:
            to_truetype(font)
        if family and ps_name:
            what = "TrueType outlines (cu2qu), subset" if converted else "subset"
            rename(font, family, ps_name, f"{what} {note}".strip())
        out.parent.mkdir(parents=True, exist_ok=True)
        font.save(out)
    return out.stat().st_size


# The kit's CJK files, from Debian's fonts-noto-cjk (NotoSansCJK-<Weight>.ttc):
# file stem -> (face, family, chars, note). Faces: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.
# All keep the subsetter's default layout features except `locl`: the kit picks the face by
# the page's language, so the other languages' local forms (which would double the glyph
# count) are never used.
CJK = ["cjk-punct", "latin1", "kana"]
RECIPES: dict[str, tuple[int, str, list[str], str]] = {
    "NotoSansSC": (2, "Noto Sans SC TT", ["gb2312", "tgh-2013", *CJK], "GB2312+TGH 2013+kana"),
    "NotoSansTC": (
        3,
        "Noto Sans TC TT",
        ["big5-1", "hkscs", "big5-2-yue", *CJK],
        "Big5 level 1+HKSCS+Cantonese level 2+kana",
    ),
    "NotoSansJP": (
        0,
        "Noto Sans JP TT",
        ["jisx0213-1", "cp932-ibm", *CJK],
        "JIS X 0213 plane 1+Windows-31J IBM kanji",
    ),
    "NotoSansKR": (
        1,
        "Noto Sans KR TT",
        ["hangul-all", "hangul-jamo", "ksx1001-hanja", *CJK],
        "Hangul+KS X 1001 hanja+kana",
    ),
}
RECIPE_DROP = ("locl",)


def build_recipe(key: str, source_dir: Path, outdir: Path) -> None:
    face, family, chars, note = RECIPES[key]
    cps = parse_chars(chars)
    for weight in ("Regular", "Bold"):
        src = source_dir / f"NotoSansCJK-{weight}.ttc"
        ps = family.replace(" ", "") + f"-{weight}"
        out = outdir / f"{key}-{weight}.ttf"
        size = make_ttf(src, out, cps, face, family, ps, "default", RECIPE_DROP, f"{note}, no locl")
        print(f"{out} {size} bytes")  # noqa: T201


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Named character sets:\n"
        + "\n".join(f"  {k:15} {d}" for k, (d, _) in CHARSETS.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("source", nargs="?", type=Path, help="OTF, TTF or TTC file")
    ap.add_argument("output", nargs="?", type=Path, help="the TTF to write")
    ap.add_argument("--face", type=int, default=0, help="face index in a .ttc (default 0)")
    ap.add_argument("--chars", action="append", default=[], help="sets, ranges, @files")
    ap.add_argument("--family", help="new family name (with --ps-name)")
    ap.add_argument("--ps-name", help="new PostScript name, e.g. NotoSansKRTT-Regular")
    ap.add_argument(
        "--features",
        default="*",
        help="layout features to keep: '*' all (the default), 'default' the subsetter's list, "
        "or tags (liga,vert)",
    )
    ap.add_argument("--drop-features", default="", help="tags to take out of that list (locl,aalt)")
    ap.add_argument("--note", default="", help="what was kept, for the version string")
    ap.add_argument(
        "--recipe",
        choices=[*RECIPES, "all"],
        action="append",
        help="rebuild the kit's file(s) for this family from fonts-noto-cjk",
    )
    ap.add_argument("--source-dir", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent)
    args = ap.parse_args(argv)
    if args.recipe:
        keys = list(RECIPES) if "all" in args.recipe else args.recipe
        for key in keys:
            build_recipe(key, args.source_dir, args.out)
        return
    if not (args.source and args.output and args.chars):
        ap.error("give SOURCE, OUTPUT and --chars (or --recipe)")
    if bool(args.family) != bool(args.ps_name):
        ap.error("--family and --ps-name go together")
    cps = parse_chars(args.chars)
    size = make_ttf(
        args.source,
        args.output,
        cps,
        args.face,
        args.family,
        args.ps_name,
        args.features,
        tuple(t for t in args.drop_features.split(",") if t),
        args.note,
    )
    print(f"{args.output} {size} bytes, {len(cps)} code points asked")  # noqa: T201


if __name__ == "__main__":
    sys.exit(main())
