"""Unicode bidi (UAX 9) embedding levels from python-bidi, with links kept left-to-right.

The paragraph direction comes from the language, not from the first strong character.
URLs, e-mail addresses, phone numbers and hashtags (or mentions) whose first letter is
left-to-right are treated inside right-to-left text as if wrapped in LRI ... PDI, so
`#endHT #30July` never comes out as `endHT #30July#`. A hashtag whose first letter is
right-to-left (`#القلب_الأزرق`) is treated as if wrapped in RLI ... PDI in any paragraph: it
reads right to left, joined, with its `#` at its start (on the right); twitter-text does the
same (https://github.com/twitter-archive/twitter-text-js/pull/67).

Texts with explicit directional formatting characters (isolates U+2066-2069, embeddings and
overrides U+202A-202E) are resolved by python-bidi's Rust implementation (the unicode-bidi
crate, the full UBA with isolates); others by its Python one (embeddings and overrides only),
whose results the existing layouts were made with. `unterminated` finds an embedding, override
or isolate that is not closed before the end of its paragraph: the kit refuses it
(`text.bidi-unterminated`).
"""

from __future__ import annotations

import re
import unicodedata

from bidi import algorithm as uba
from bidi.bidi import get_display_inner

from .scripts import link_spans

EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF U+202C
ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI U+2069
PDF, PDI = "\u202c", "\u2069"
EXPLICIT = EMBEDDINGS | ISOLATES | {PDF, PDI}
PARAGRAPH_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")  # bidi class B
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved level of every character (even = left-to-right, odd = right-to-left)."""
    if not rtl and not any(
        uba.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI", "FSI") for ch in text
    ):
        return [0] * len(text)
    levels = _uba_levels(text, rtl)
    for a, b in link_spans(text):
        if text[a] in "#@" and first_strong(text[a:b]) in ("R", "AL"):
            levels[a:b] = _uba_levels(text[a:b], True)  # as if in RLI ... PDI
        elif rtl:
            levels[a:b] = [2] * (b - a)  # as if in LRI ... PDI
    return levels


def first_strong(text: str) -> str | None:
    """The bidi class of the first strong character ('L', 'R' or 'AL'), None when none."""
    return next((k for k in map(unicodedata.bidirectional, text) if k in ("L", "R", "AL")), None)


def _uba_levels(text: str, rtl: bool) -> list[int]:
    if any(ch in EXPLICIT for ch in text):
        return _rust_levels(text, rtl)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    if len(levels) != len(text):  # explicit formatting characters were removed (X9)
        levels = _realign(text, storage["chars"], 1 if rtl else 0)
    return levels


def _rust_levels(text: str, rtl: bool) -> list[int]:
    """Levels from the unicode-bidi crate: python-bidi exposes them only in its debug dump
    (one level per UTF-8 byte), which is read here and checked against the text's length."""
    dump = get_display_inner(text, "R" if rtl else "L", True)
    start = dump.index("\n    levels: [")
    stop = dump.index("\n    ],", start)
    per_byte = [int(n) for n in _LEVEL.findall(dump, start, stop)]
    out, pos = [], 0
    for ch in text:
        out.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    if pos != len(per_byte):  # a different dump format: a bug to fix here, not user input
        raise AssertionError(f"unicode-bidi gave {len(per_byte)} levels for {pos} bytes")
    return out


def unterminated(text: str) -> tuple[int, str] | None:
    """The first embedding, override or isolate that is still open at the end of its paragraph
    (UAX 9 closes it there silently): (its index, the character), or None."""
    stack: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch in PARAGRAPH_ENDS:
            if stack:
                return stack[0]
        elif ch in EMBEDDINGS or ch in ISOLATES:
            stack.append((i, ch))
        elif ch == PDF and stack and stack[-1][1] in EMBEDDINGS:
            stack.pop()
        elif ch == PDI and any(c in ISOLATES for _, c in stack):
            while stack.pop()[1] not in ISOLATES:  # a PDI also closes embeddings inside
                pass
    return stack[0] if stack else None


def _realign(text: str, chars: list[dict], base: int) -> list[int]:  # type: ignore[type-arg]
    out = []
    it = iter(chars)
    cur = next(it, None)
    for ch in text:
        if cur is not None and cur["ch"] == ch:
            out.append(int(cur["level"]))
            cur = next(it, None)
        else:
            out.append(out[-1] if out else base)
    return out


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2 on items with the given levels: the indices in left-to-right display order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    top = max(levels)
    low_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, low_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
