"""`paragraph.balanced_widths` judges a middle of its search by an earlier fill that makes the
same choices there (`_Fill.same_at`) instead of filling again, and `break_lines` keeps the
bounds of its choices: the widths and lines must be exactly those of the search that filled
at every middle and of the fill before it, kept here as oracles (`old_break_lines`,
`old_balanced_widths`), on every text of the kit's strings in its 26 languages (with and
without hyphenation points) and on hypothesis-made widths and sizes."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign.fonts import FontBook, load_fontbook
from campaign.text import paragraph
from campaign.text.paragraph import (
    EPS,
    BlockStyle,
    MissingGlyphError,
    Prepared,
    _stretch_width,
    balanced_widths,
    break_lines,
    prepare,
)
from campaign.text.scripts import RTL_SCRIPTS, script_of
from tests.kits import ROOT, kit_strings


def old_units(p: Prepared, size: float, width: float) -> list[tuple[int, int]]:
    """`paragraph._units` as it was before it kept its bounds."""
    n = len(p.segs)
    if not p.joined:
        return [(i, i + 1) for i in range(n)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = paragraph._joined_to(p.joined, i, n)
        if j == i + 1 or _stretch_width(p, i, j, size) <= width + EPS:
            out.append((i, j))
        else:
            k = i
            while k < j:
                m = paragraph._joined_to(p.tight, k, j)
                if m == k + 1 or _stretch_width(p, k, m, size) <= width + EPS:
                    out.append((k, m))
                else:
                    out.extend((x, x + 1) for x in range(k, m))
                k = m
        i = j
    return out


def old_break_lines(
    p: Prepared, size: float, width: float
) -> tuple[list[tuple[int, int, bool]], float]:
    """`paragraph.break_lines` as it was before it kept the bounds of its choices."""
    lines: list[tuple[int, int, bool]] = []
    over = 0.0
    cur: list[int] | None = None
    cur_w = pending = 0.0
    for i, j in old_units(p, size, width):
        stretch = _stretch_width(p, i, j, size) if j > i + 1 else 0.0
        for k in range(i, j):
            a, b = p.segs[k]
            w, ws = p.seg_em[k] * size, p.seg_ws_em[k] * size
            hy = p.hyphen_em[k] * size if p.hyphen_em else 0.0
            if k > i:
                fits = True
            elif j > i + 1:
                fits = cur is not None and cur_w + pending + stretch <= width + EPS
            else:
                fits = cur is not None and cur_w + pending + w + hy <= width + EPS
            if fits and cur is not None:
                cur_w += pending + w
                cur[1], cur[2] = p.content_end[k], b
            else:
                if cur is not None:
                    lines.append((cur[0], cur[1], False))
                cur, cur_w = [a, p.content_end[k], b], w
                over = max(over, w - width)
            pending = ws
            if "\n" in p.text[p.content_end[k] : b]:
                lines.append((cur[0], cur[1], True))
                cur, cur_w, pending = None, 0.0, 0.0
    if cur is not None:
        lines.append((cur[0], cur[1], True))
    return lines, max(over, 0.0)


def old_balanced_widths(paras: list[Prepared], width: float, style: BlockStyle) -> list[float]:
    """`paragraph.balanced_widths` as it was: a fill at each of the 14 middles."""
    out = []
    for p in paras:
        target = len(old_break_lines(p, style.size, width)[0])
        if target < 2:
            out.append(width)
            continue
        lo, hi = width * 0.4, width
        for _ in range(14):
            mid = (lo + hi) / 2
            lines, over = old_break_lines(p, style.size, mid)
            if len(lines) <= target and over <= EPS:
                hi = mid
            else:
                lo = mid
        out.append(hi)
    return out


def strings_texts() -> list[tuple[str, str]]:
    """(language, text) of each text and short form of the kit's strings files."""
    return [
        (lang, form)
        for lang, entries in kit_strings()
        for text, short in entries
        for form in (text, short)
        if form is not None
    ]


@cache
def kit_paragraphs() -> tuple[Prepared, ...]:
    """Every text of the kit's strings prepared in its language's regular fonts, without
    and with hyphenation points."""
    fonts = load_fontbook(ROOT / "fonts")
    out = []
    for lang, text in strings_texts():
        script = script_of(lang)
        stack = fonts.stack(script, "regular", lang)
        for hyphenate in (False, True):
            try:
                out.append(prepare(text, lang, script in RTL_SCRIPTS, stack, hyphenate))
            except MissingGlyphError:
                continue
    return tuple(out)


def test_the_kit_has_texts_in_26_languages_with_joins_and_hyphens() -> None:
    paras = kit_paragraphs()
    assert len({p.lang for p in paras}) == 26
    assert any(p.joined for p in paras)  # Thai, Lao, Khmer, Burmese, Chinese: stretches
    assert any(p.tight for p in paras)
    assert any(any(p.hyphen_em) for p in paras)


@pytest.mark.parametrize("size", [7.0, 12.5, 31.0])
@pytest.mark.parametrize("width", [60.0, 141.7, 380.0])
def test_every_kit_paragraph_balances_as_before(width: float, size: float) -> None:
    paras = list(kit_paragraphs())
    style = BlockStyle(size, 1.2, "center", False, 0.5)
    assert balanced_widths(paras, width, style) == old_balanced_widths(paras, width, style)


@settings(max_examples=300, deadline=None)
@given(
    index=st.integers(min_value=0),
    width=st.floats(min_value=5.0, max_value=700.0),
    size=st.floats(min_value=4.0, max_value=60.0),
)
def test_a_paragraph_breaks_and_balances_as_before_at_any_width(
    index: int, width: float, size: float
) -> None:
    paras = kit_paragraphs()
    p = paras[index % len(paras)]
    assert break_lines(p, size, width) == old_break_lines(p, size, width)
    style = BlockStyle(size, 1.2, "start", False, 0.5)
    assert balanced_widths([p], width, style) == old_balanced_widths([p], width, style)


def test_a_middle_judged_by_an_earlier_fill_is_filled_fewer_times(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Leave no child behind in the fight against human trafficking, today and every day"
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    style = BlockStyle(12, 1.2, "center", False, 0.5)
    fills = []
    real = paragraph._fill

    def counted(*args: object) -> paragraph._Fill:
        fills.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(paragraph, "_fill", counted)
    assert balanced_widths([p], 200, style) == old_balanced_widths([p], 200, style)
    assert 2 <= len(fills) < 15  # the old search filled 15 times: once at 200, once a middle
