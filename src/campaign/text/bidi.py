"""Unicode bidi (UAX 9) embedding levels from the unicode-bidi crate, with links kept left-to-right.

The paragraph direction comes from the language, not from the first strong character.
URLs, e-mail addresses, phone numbers and hashtags (or mentions) whose first letter is
left-to-right are wrapped, inside right-to-left text, in LRI ... PDI (UAX 9 rule X5a), so
`#endHT #30July` never comes out as `endHT #30July#` and right-to-left letters inside such a
link still read right to left (level 3). Such links separated only by spaces share one
isolate, so `#endHT #30July` reads left to right as a unit, as plain Latin words do. A hashtag
whose first letter is right-to-left (`#القلب_الأزرق`) is wrapped in RLI ... PDI in any
paragraph: it reads right to left, joined, with its `#` at its start (on the right);
twitter-text does the same (https://github.com/twitter-archive/twitter-text-js/pull/67).
The isolates are added only for the analysis: the text itself is unchanged.

Levels come from python-bidi's Rust binding of the unicode-bidi crate, which implements UAX 9
with isolates and the paired-bracket rule N0 (BD16): in `اتصل بـ UNICEF (2024).` both
brackets stay with `UNICEF (2024)`. python-bidi's Python implementation lacks N0 and
isolates, and is not used. `unterminated` finds an embedding, override or isolate that is not
closed before the end of its paragraph: the kit refuses it (`text.bidi-unterminated`).
"""

from __future__ import annotations

import re
import unicodedata

from bidi.bidi import get_display_inner

from .scripts import link_spans

EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF U+202C
ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI U+2069
PDF, PDI = "\u202c", "\u2069"
LRI, RLI = "\u2066", "\u2067"
EXPLICIT = EMBEDDINGS | ISOLATES | {PDF, PDI}
_RTL_OPENERS = frozenset(("R", "AL", "RLE", "RLO", "RLI", "FSI"))
_EXPLICIT = re.compile(f"[{''.join(sorted(EXPLICIT))}]")
PARAGRAPH_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")  # bidi class B
OPENERS = re.compile(f"[{''.join(sorted(EMBEDDINGS | ISOLATES))}]")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def without_controls(text: str) -> str:
    """`text` without the bidi isolates' and embeddings' controls (EXPLICIT: LRI, RLI, FSI,
    PDI, LRE ... PDF): the words a PDF's text layer and structure elements give (their
    ActualText), which a reader copies or speaks; the controls order the drawing alone
    (docs/accessibility.md). A Dhivehi flyer's ActualText held U+2066 and U+2069 (a
    review)."""
    return _EXPLICIT.sub("", text)


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved level of every character (even = left-to-right, odd = right-to-left), one
    per character of `text`. Explicit formatting characters, which rule X9 removes, get the
    level unicode-bidi gives them."""
    if not rtl and not any(unicodedata.bidirectional(ch) in _RTL_OPENERS for ch in text):
        return [0] * len(text)
    isolates: list[tuple[int, int, str]] = []
    for a, b in link_spans(text):
        if text[a] in "#@" and first_strong(text[a:b]) in ("R", "AL"):
            isolates.append((a, b, RLI))
            continue
        if not rtl:
            continue
        # a link that ends or starts a run of left-to-right words ("Write to info@example.org"
        # in an Arabic paragraph) is one unit with them: isolated alone, it is a neutral
        # between Latin and the paragraph's end, and came out before its words
        floor = isolates[-1][1] if isolates else 0
        a, b = _with_latin_words(text, a, b, floor)
        if isolates and isolates[-1][2] == LRI and text[isolates[-1][1] : a].strip() == "":
            isolates[-1] = (isolates[-1][0], b, LRI)  # `#endHT #30July`: one unit, as words are
        else:
            isolates.append((a, b, LRI))
    if not isolates:
        return _rust_levels(text, rtl)
    pieces, where, pos = [], [], 0  # where: each character's index in the wrapped text
    for k, (a, b, opener) in enumerate(isolates):  # 2k marks were added before this span
        pieces += [text[pos:a], opener, text[a:b], PDI]
        where += [i + 2 * k for i in range(pos, a)] + [i + 2 * k + 1 for i in range(a, b)]
        pos = b
    pieces.append(text[pos:])
    where += [i + 2 * len(isolates) for i in range(pos, len(text))]
    levels = _rust_levels("".join(pieces), rtl)
    return [levels[i] for i in where]


def _with_latin_words(text: str, a: int, b: int, floor: int) -> tuple[int, int]:
    """The span a..b of a left-to-right link widened over the left-to-right words it follows
    or precedes in its paragraph: back to the first of them (not before `floor`, the end of
    the isolate before it), on to the last; a right-to-left letter, a paragraph end or an
    explicit formatting character stops it. Digits and neutrals (spaces, punctuation) are
    taken only between such words."""

    def stops(ch: str) -> bool:
        return (
            unicodedata.bidirectional(ch) in ("R", "AL") or ch in PARAGRAPH_ENDS or (ch in EXPLICIT)
        )

    start = a
    i = a - 1
    while i >= floor and not stops(text[i]):
        if unicodedata.bidirectional(text[i]) == "L":
            start = i
        i -= 1
    end = b
    j = b
    while j < len(text) and not stops(text[j]):
        if unicodedata.bidirectional(text[j]) == "L":
            end = j + 1
        j += 1
    return start, end


def first_strong(text: str) -> str | None:
    """The bidi class of the first strong character ('L', 'R' or 'AL'), None when none."""
    return next((k for k in map(unicodedata.bidirectional, text) if k in ("L", "R", "AL")), None)


def _rust_levels(text: str, rtl: bool) -> list[int]:
    """Levels from the unicode-bidi crate: python-bidi exposes them only in its debug dump
    (one level per UTF-8 byte), which is read here and checked against the text's length."""
    if not text:
        return []
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
    if not OPENERS.search(text):  # most texts open none
        return None
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
