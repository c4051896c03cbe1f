"""Line-break opportunities from ICU: dictionary breaks for Thai, Lao, Khmer and Myanmar;
per-character breaks with kinsoku for Chinese and Japanese; UAX 14 for everything else.
Korean keeps its words whole and breaks at spaces (CSS `word-break: keep-all`).

Kinsoku (line-start and line-end prohibitions) is applied in full for Chinese and Japanese:
ICU's rules for `ja` are its "normal" ones, which allow a line to start with a small kana or
the prolonged sound mark ー, and other ICU versions or tailorings may allow more, so every
break ICU gives before a character of `NO_LINE_START`, or after one of `NO_LINE_END`, is
taken away. The classes are those of the W3C's "Requirements for Japanese Text Layout"
(JLREQ, https://www.w3.org/TR/jlreq/, Appendix A, after JIS X 4051): cl-02 closing brackets,
cl-03 hyphens, cl-04 dividing punctuation, cl-05 middle dots, cl-06 full stops, cl-07
commas, cl-09 iteration marks, cl-10 the prolonged sound mark and cl-11 small kana may not
start a line, and cl-01 opening brackets may not end one (the strict rule); the Chinese
lists of the W3C's "Requirements for Chinese Text Layout" (CLREQ,
https://www.w3.org/TR/clreq/, 3.1.7 "Prohibition rules for line start and line end") are a
subset of them."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from icu4py.breakers import LineBreaker

KINSOKU = frozenset({"zh", "ja", "yue"})
NO_LINE_START = frozenset(
    "’”)〕]}〉》」』】〙〗〟｠»）］｝｣"  # cl-02 closing brackets (and quotation marks)
    "‐〜゠–～"  # cl-03 hyphens (and the fullwidth tilde CLREQ lists)
    "？！‼⁇⁈⁉?!"  # cl-04 dividing punctuation
    "・：；:;"  # cl-05 middle dots
    "。．."  # cl-06 full stops
    "、，,"  # cl-07 commas
    "ヽヾゝゞ々〻"  # cl-09 iteration marks
    "ーｰ"  # cl-10 prolonged sound mark
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"  # cl-11 small kana
    "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ"  # (Ainu and halfwidth)
)
NO_LINE_END = frozenset("‘“(〔[{〈《「『【〘〖〝｟«（［｛｢")  # cl-01 opening brackets

# Languages whose words are kept whole: Korean is written with spaces between words, and ICU
# (whose `lw=keepall` keyword icu4py does not pass on) would break between any two syllables.
KEEP_ALL = frozenset({"ko"})


# Texts kept: enough for a document's copy-fit attempts and the texts shared by one language's
# materials. A merge adds about 3 new texts a record (about 1 KB each with their segments): at
# 4,096 a worker grew by 4 MB over its first 1,400 records, so a merge of 10,000 records
# peaked higher than one of 1,000; at 512 the cache is full within about 170 records.
@lru_cache(maxsize=512)
def break_segments(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Segments (start, end) in code points; a line may break only between two segments."""
    out = []
    pos = 0
    for piece in LineBreaker(text, lang):
        out.append((pos, pos + len(piece)))
        pos += len(piece)
    if pos != len(text):  # ICU always covers the text; a mismatch is a bug, not user input
        raise AssertionError(f"ICU segments cover {pos} of {len(text)} characters")
    base = lang.replace("_", "-").split("-")[0].lower()
    if base in KEEP_ALL:
        return keep_all(text, tuple(out))
    if base in KINSOKU:
        return kinsoku(text, tuple(out))
    return tuple(out)


def kinsoku(text: str, segs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Join segments where the break would put a `NO_LINE_START` character at the start of a
    line or leave a `NO_LINE_END` one at the end of a line (white space between them aside)."""
    out: list[tuple[int, int]] = []
    for a, b in segs:
        if out and (text[a] in NO_LINE_START or text[out[-1][0] : a].rstrip()[-1:] in NO_LINE_END):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def keep_all(text: str, segs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Join segments where the break would fall between two letters (or digits, or marks):
    what is left are the breaks after spaces and around punctuation, as UAX 14 gives them."""
    out: list[tuple[int, int]] = []
    for a, b in segs:
        if out and _letter(text[a - 1]) and _letter(text[a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)
