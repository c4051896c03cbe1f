"""Line-break opportunities from ICU: dictionary breaks for Thai, Lao, Khmer and Myanmar;
per-character breaks with kinsoku for Chinese and Japanese; UAX 14 for everything else."""

from __future__ import annotations

from functools import lru_cache

from icu4py.breakers import LineBreaker


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
    return tuple(out)
