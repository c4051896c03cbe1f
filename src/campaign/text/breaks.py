"""Line-break opportunities from ICU: dictionary breaks for Thai, Lao, Khmer and Myanmar;
per-character breaks with kinsoku for Chinese and Japanese; UAX 14 for everything else.
Korean keeps its words whole and breaks at spaces (CSS `word-break: keep-all`)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from icu4py.breakers import LineBreaker

# Languages whose words are kept whole: Korean is written with spaces between words, and ICU
# (whose `lw=keepall` keyword icu4py does not pass on) would break between any two syllables.
KEEP_ALL = frozenset({"ko"})


@lru_cache(maxsize=4096)
def break_segments(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Segments (start, end) in code points; a line may break only between two segments."""
    out = []
    pos = 0
    for piece in LineBreaker(text, lang):
        out.append((pos, pos + len(piece)))
        pos += len(piece)
    if pos != len(text):  # ICU always covers the text; a mismatch is a bug, not user input
        raise AssertionError(f"ICU segments cover {pos} of {len(text)} characters")
    if lang.replace("_", "-").split("-")[0].lower() in KEEP_ALL:
        return keep_all(text, tuple(out))
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
