"""Copy-fit: the largest size in a style's range at which the text fits its box, then the
`short:` variant, then hyphenation, and only then an overflow that says by how much.

A link set alone as a field (a web or e-mail address, a phone number: `unhyphenated`) is
first tried whole: the sizes of the range, then those of the `short:` variant, are tried with
each such paragraph on one line, and only when none fits is it broken (at the places
`paragraph._link_breaks` allows) at the largest size that fits. A link paragraph is the same
in both variants unless the field has a short form of its own (an office's `report_url:
{text: ..., short: ...}`), and a size that keeps it whole in one keeps it whole in the other:
so the `short:` variant is taken for a whole link only where the link's own short form is
what fits, which is what that short form is for. A reader types an address
from print; one broken over two lines at 6.5 pt is harder to read and to type than the same
address on one line at 6 pt, and the style's `min_size` is the smallest the designer allowed.

Hyphenation is the last resort before an overflow. For each variant (the text, then its
`short:`), the sizes are tried from the style's `size` down to its `min_size` in steps of
4 %, with breaks between words only (and at soft hyphens, which the writer placed). Only when
no size of any variant fits, and the language hyphenates (`text.hyphen`), is the ladder tried
again with the words' hyphenation points as well. So display text (headlines, badges) shrinks
within its range as the designer allowed and is never hyphenated for a few per cent of size;
a word too long for its line even at the smallest size (a 40-letter German compound) breaks
at a hyphenation point instead of running out of its box. When nothing fits either way, the
setting without hyphens at the smallest size is the one reported.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from ..fonts import FontFace
from ..recent import Recent
from .hyphen import hyphenates
from .paragraph import (
    EPS,
    PREPARED_MANY,
    BlockStyle,
    Line,
    Prepared,
    balanced_widths,
    least_height,
    prepare,
    prepared_memo,
    set_paragraphs,
)

STEP = 0.96  # each try is 4 % smaller


@dataclass(frozen=True)
class Overflow:
    """How a text misses its box at the smallest size allowed."""

    size: float
    height_over: float  # pt below the box
    width_over: float  # pt: the widest unbreakable word minus the box width
    lines_over: int
    # lines past the style's max_lines, each paragraph's counted against it (0: none, or no
    # max_lines)
    past_max_lines: int = 0


@dataclass(frozen=True)
class TextSet:
    lines: tuple[Line, ...]
    size: float
    height: float
    variant: str  # "text" or "short"
    overflow: Overflow | None = None
    # set in its short variant: how the full text missed the box at the smallest size
    # (None where it fitted only with a link broken over two lines, `_links_whole`)
    missed: Overflow | None = None


@dataclass(frozen=True)
class FitRequest:
    texts: tuple[str, ...]
    shorts: tuple[str | None, ...]
    lang: str
    rtl: bool
    stack: tuple[FontFace, ...]
    max_size: float
    min_size: float
    leading: float
    align: str
    balance: bool
    paragraph_gap: float
    width: float  # pt
    height: float  # pt
    max_lines: int = 0  # most lines each paragraph may take; 0: any number
    # paragraphs whose direction is their first strong character's (UAX 9, P2-P3), not the
    # language's: a text shown in another language (a fallback to the source language), a
    # link (example.org/?, +41-22-917-1234;ext=5 on an Arabic page)
    auto_direction: frozenset[int] = frozenset()
    # paragraphs never broken at hyphenation points (a link: a hyphen added to it would be
    # typed); the others are hyphenated as the module docstring says
    unhyphenated: frozenset[int] = frozenset()


FIT_FIELDS = tuple(FitRequest.__dataclass_fields__)


def sizes(max_size: float, min_size: float) -> Iterator[float]:
    size = max_size
    while size > min_size + EPS:
        yield round(size, 2)
        size *= STEP
    yield min_size


# Copy-fits done in this process: a merge sets the same texts (the campaign's, around each
# record's) in the same boxes on every page, and a result is frozen data. Keyed by the
# request with its fonts by identity; an entry keeps its request, so its fonts stay alive.
# A merge's own texts are new on every record: 64 are kept, and a check keeps more for its
# while (`many_documents`).
_FITS: Recent[tuple[object, ...], tuple[FitRequest, TextSet]] = Recent(64)
FITS_MANY = 4096


@contextmanager
def many_documents() -> Iterator[None]:
    """For the block, the memos of copy-fits (`_FITS`) and of prepared paragraphs
    (`paragraph.prepare`) keep 4,096 and 1,024 results, every new one: a check sets each
    of a language's texts in the same boxes for the campaign and again for every office
    that prints it, too far apart for the usual 64 (and 256). The default kit's `check`
    did 3,296 copy-fits and prepared 2,909 paragraphs with the usual memos, 2,101 and
    1,074 with these, and took 2.9 s against 2.1 (bench/README.md, forty-ninth session);
    a copy-fit kept takes about 1 to 2 KB of memory, a paragraph about 5 KB (`check`'s
    peak: 178 MB, 181 with these copy-fits, 186 with these paragraphs too). After the
    block, the memos hold their usual numbers again (a merge's records, each with texts of
    its own, do not fill them)."""
    with _FITS.widened(FITS_MANY), prepared_memo().widened(PREPARED_MANY):
        yield


def fit(req: FitRequest) -> TextSet:
    """The text set at the largest size that fits (module docstring), found once per process
    for one request (`_FITS`). Raises MissingGlyphError for a character no font has (not
    kept: the next request raises it again)."""
    key = tuple(_keyed(name, getattr(req, name)) for name in FIT_FIELDS)
    found = _FITS.get(key)
    if found is not None and _same_fonts(found[0], req):
        return found[1]
    result = _fit(req)
    _FITS.put(key, (req, result))
    return result


def _keyed(name: str, value: object) -> object:
    """A request's field as part of its key: its fonts by identity (FontFace is not
    hashable), every other field as it is. Every field is in the key (FIT_FIELDS)."""
    if name == "stack":
        assert isinstance(value, tuple)
        return tuple(id(face) for face in value)
    return value


def _same_fonts(kept: FitRequest, req: FitRequest) -> bool:
    return all(a is b for a, b in zip(kept.stack, req.stack, strict=True))


def _fit(req: FitRequest) -> TextSet:
    variants = [("text", req.texts)]
    if any(req.shorts):
        variants.append(
            ("short", tuple(s or t for s, t in zip(req.shorts, req.texts, strict=True)))
        )
    prepared = [(name, texts, _prepare(texts, req, hyphenate=False)) for name, texts in variants]
    # the last try that did not fit, and the full text's: set (`_set`) only where returned
    last: _Missed | None = None
    first_fit: TextSet | None = None  # the first that fits with a link broken
    missed: _Missed | None = None  # the full text's, at the smallest size
    for name, _, paras in prepared:
        for size in sizes(req.max_size, req.min_size):
            result = _try(paras, size, req, name)
            if result is None or result.overflow is not None:
                last = result if result is not None else (paras, size, name)
                if name == "text":
                    missed = last
            elif not req.unhyphenated or _links_whole(result, req):
                return _with_missed(result, missed, req)
            elif first_fit is None:
                first_fit = result
    if first_fit is not None:
        return _with_missed(first_fit, missed, req)
    assert last is not None
    if not hyphenates(req.lang) or len(req.unhyphenated) >= len(req.texts):
        return _set(last, req)
    for name, texts, paras in prepared:
        hyphenated = _prepare(texts, req, hyphenate=True)
        if all(h.segs == p.segs for h, p in zip(hyphenated, paras, strict=True)):
            continue  # no word has a hyphenation point: nothing new to try
        for size in sizes(req.max_size, req.min_size):
            result = _try(hyphenated, size, req, name)
            if result is not None and result.overflow is None:
                return _with_missed(result, missed, req)
    return _set(last, req)


# A try that did not fit: its setting, or what sets it again (paragraphs, size, variant)
# where `_try` found it too tall without setting it
_Missed = TextSet | tuple[list[Prepared], float, str]


def _set(missed: _Missed, req: FitRequest) -> TextSet:
    """The setting of a try of `req` that did not fit (`_Missed`)."""
    if isinstance(missed, TextSet):
        return missed
    paras, size, variant = missed
    result = _try(paras, size, req, variant, quick=False)
    assert result is not None
    return result


def _with_missed(result: TextSet, missed: _Missed | None, req: FitRequest) -> TextSet:
    """`result` with `missed`'s overflow (the full text's at the smallest size) where it is
    set in its short variant (TextSet.missed); else as it is."""
    if result.variant != "short" or missed is None:
        return result
    return replace(result, missed=_set(missed, req).overflow)


def _links_whole(result: TextSet, req: FitRequest) -> bool:
    """Whether each link paragraph (`req.unhyphenated`) of `result` is set on one line."""
    lines: dict[int, int] = {}
    for line in result.lines:
        lines[line.paragraph] = lines.get(line.paragraph, 0) + 1
    return all(lines.get(i, 0) <= 1 for i in req.unhyphenated)


def _prepare(texts: tuple[str, ...], req: FitRequest, hyphenate: bool) -> list[Prepared]:
    return [
        prepare(
            t,
            req.lang,
            first_strong_rtl(t) if i in req.auto_direction else req.rtl,
            list(req.stack),
            hyphenate and i not in req.unhyphenated,
        )
        for i, t in enumerate(texts)
    ]


def _try(
    paras: list[Prepared], size: float, req: FitRequest, variant: str, quick: bool = True
) -> TextSet | None:
    """The text set at `size`, with its overflow where it does not fit; with `quick`, None
    where it does not fit by `paragraph.least_height` (too tall, or past max_lines), unset."""
    style = BlockStyle(size, req.leading, req.align, req.rtl, req.paragraph_gap)
    widths = balanced_widths(paras, req.width, style) if req.balance else None
    least, fills = least_height(paras, req.width, style, req.stack[0], widths)
    if quick and (
        least > req.height + EPS
        or (req.max_lines and any(len(f.lines) > req.max_lines for f in fills))
    ):
        return None
    lines, height, over = set_paragraphs(paras, req.width, style, req.stack[0], widths, fills)
    too_many = past_max_lines(lines, req.max_lines)
    if height <= req.height + EPS and over <= EPS and not too_many:
        return TextSet(tuple(lines), size, height, variant)
    lines_over = sum(1 for ln in lines if ln.baseline + ln.descent > req.height + EPS)
    lines_over = max(lines_over, too_many)
    return TextSet(
        tuple(lines),
        size,
        height,
        variant,
        Overflow(size, max(0.0, height - req.height), max(0.0, over), lines_over, too_many),
    )


def paragraph_lines(lines: Sequence[Line]) -> Counter[int]:
    """How many of `lines` each paragraph takes, by its index."""
    return Counter(line.paragraph for line in lines)


def past_max_lines(lines: Sequence[Line], max_lines: int) -> int:
    """The lines past `max_lines` (0: any number), each paragraph's counted against it: a
    style's max_lines is the most lines a paragraph may take (docs/reference/layout.md), so a
    slot of two one-line fields in a `max_lines: 1` style fits, and a translator's paragraph
    has the same room whatever the slot's other texts take. It was the slot's lines in
    all, which such a slot never fitted."""
    if not max_lines:
        return 0
    return sum(max(0, n - max_lines) for n in paragraph_lines(lines).values())


@dataclass(frozen=True)
class Fault:
    """The paragraph of several whose text is at fault where they do not fit (`at_fault`):
    `why` is "wide" (the widest word too wide for the box is its), "lines" (it takes more
    lines than the style's max_lines, `lines` of them) or "room" (without it, the others
    fit the box)."""

    paragraph: int
    why: str
    lines: int


def at_fault(req: FitRequest, result: TextSet) -> Fault | None:
    """Of the paragraphs `req` set as `result`, which does not fit, the one at fault, as
    the overflow's message says it: the widest word's (a word too wide), else the one past
    max_lines by the most (lines more than the style allows, and nothing too tall), else of
    those without which the others fit, the one that takes the most lines (the longest
    text where they take as many); None for a single paragraph, or where no one paragraph
    left out lets the others fit (each too long: the fault is not one text's). The error
    named the slot's first text whatever its other texts did (a second call to act, five
    lines long, was told at the first's line)."""
    o = result.overflow
    if o is None or len(req.texts) < 2:
        return None
    counts = paragraph_lines(result.lines)
    if o.width_over > EPS:
        widest = max(result.lines, key=lambda line: line.width)
        return Fault(widest.paragraph, "wide", counts[widest.paragraph])
    if o.past_max_lines and o.height_over <= 0:
        worst = max(counts, key=lambda i: (counts[i], -i))
        return Fault(worst, "lines", counts[worst])
    texts = req.texts if result.variant == "text" else _shown(req)
    freed = [j for j in range(len(texts)) if fit(without(req, j)).overflow is None]
    if not freed:
        return None
    most = max(freed, key=lambda j: (counts[j], len(texts[j]), -j))
    return Fault(most, "room", counts[most])


def _shown(req: FitRequest) -> tuple[str, ...]:
    """The texts of `req`'s short variant (a paragraph without one: its text)."""
    return tuple(s or t for s, t in zip(req.shorts, req.texts, strict=True))


def without(req: FitRequest, j: int) -> FitRequest:
    """`req` without its `j`th paragraph (its text and its short variant)."""

    def moved(indices: frozenset[int]) -> frozenset[int]:
        return frozenset(i - (i > j) for i in indices if i != j)

    return replace(
        req,
        texts=req.texts[:j] + req.texts[j + 1 :],
        shorts=req.shorts[:j] + req.shorts[j + 1 :],
        auto_direction=moved(req.auto_direction),
        unhyphenated=moved(req.unhyphenated),
    )


def first_strong_rtl(text: str) -> bool:
    """Whether the first strong character of `text` is right-to-left (UAX 9 rules P2-P3);
    False when it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False
