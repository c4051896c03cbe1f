"""Hyphenation (text.hyphen) in copy-fit: the last resort before an overflow. A text that
fits somewhere in its style's range is set there without hyphens; one that would overflow
even at the smallest size is hyphenated at the largest size where that makes it fit;
languages without a dictionary are never hyphenated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, TextSet, fit
from campaign.text.hyphen import LEFT, RIGHT, hyphenates, word_points
from campaign.text.paragraph import BlockStyle, prepare, set_paragraphs

COMPOUND = "Menschenhandelsbekämpfungsstrategiekonzept"  # 42 letters
HYPHEN = "\u2010"


def setting(
    fonts: FontBook, text: str, lang: str, w: float, h: float = 200, min_size: float = 20
) -> TextSet:
    return fit(
        FitRequest(
            (text,),
            (None,),
            lang,
            False,
            tuple(fonts.stack("Latn", "bold")),
            24,
            min_size,
            1.1,
            "start",
            False,
            0.4,
            w,
            h,
        )
    )


def texts(result: TextSet) -> list[str]:
    return ["".join(r.text for r in ln.runs) for ln in result.lines]


def test_a_40_letter_german_compound_hyphenates_instead_of_overflowing(fonts: FontBook) -> None:
    assert len(COMPOUND) >= 40
    result = setting(fonts, COMPOUND, "de", 150)
    lines = texts(result)
    assert result.overflow is None, lines
    assert result.size == 24  # at the style's size: hyphenated, not shrunk
    assert len(lines) > 1
    assert all(ln.endswith(HYPHEN) for ln in lines[:-1]), lines
    assert not lines[-1].endswith(HYPHEN)
    assert "".join(ln.removesuffix(HYPHEN) for ln in lines) == COMPOUND
    for ln in lines:  # no fragment shorter than TeX's lefthyphenmin / righthyphenmin
        assert len(ln.removesuffix(HYPHEN)) >= min(LEFT, RIGHT)
    assert all(ln.width <= 150 + 0.01 for ln in result.lines)  # the hyphen has its room


def test_the_same_word_in_a_language_without_hyphenation_overflows(fonts: FontBook) -> None:
    assert not hyphenates("sw")
    result = setting(fonts, COMPOUND, "sw", 150)
    assert texts(result) == [COMPOUND]
    assert result.overflow is not None
    assert result.overflow.width_over > 0
    assert result.size == 20  # shrunk to the smallest size, still too wide


def test_shrinking_within_the_range_comes_before_hyphenation(fonts: FontBook) -> None:
    # Whole, the word fits the width when set smaller, within the style's range: copy-fit
    # shrinks it, in a language that hyphenates too (display text is not hyphenated for a
    # few per cent of size)
    text = "Menschenhandelsbekämpfung"
    whole = setting(fonts, text, "sw", 230, h=60, min_size=12)
    assert (whole.overflow, whole.size, texts(whole)) == (None, 14.71, [text])
    german = setting(fonts, text, "de", 230, h=60, min_size=12)
    assert (german.overflow, german.size, texts(german)) == (None, 14.71, [text])
    # with a range that does not reach that size, it would overflow: hyphenated instead, at
    # the largest size where that fits
    floor = setting(fonts, text, "de", 230, h=60, min_size=20)
    assert (floor.overflow, floor.size, texts(floor)) == (
        None,
        24,
        ["Menschenhandels‐", "bekämpfung"],
    )
    narrow = setting(fonts, text, "de", 200, h=60, min_size=20)
    assert (narrow.size, texts(narrow)) == (23.04, ["Menschenhan‐", "delsbekämpfung"])


def test_a_text_that_fits_gets_no_hyphens(fonts: FontBook) -> None:
    result = setting(fonts, "Menschenhandel bekämpfen und Kinder schützen", "de", 300)
    assert result.overflow is None
    assert result.size == 24
    assert texts(result) == ["Menschenhandel", "bekämpfen und Kinder", "schützen"]


@pytest.mark.parametrize(
    ("word", "lang", "hyphenated"),
    [
        ("Menschenhandel", "de", "Men-schen-han-del"),
        ("trafficking", "en", "traf-fick-ing"),
        ("protégeons", "fr", "pro-té-geons"),
        ("perdagangan", "id", "per-da-gangan"),
        ("människohandel", "sv", "män-ni-sko-han-del"),
        ("mensenhandel", "nl", "men-sen-han-del"),
        ("торговлей", "ru", "тор-го-влей"),
        ("explotación", "es", "ex-plo-ta-ción"),
        ("tráfico", "pt-BR", "trá-fico"),
        ("ticaretine", "tr", "ti-ca-re-tine"),  # TDK: a consonant before a vowel starts one
        ("kardeşlik", "tr", "kar-deş-lik"),
        ("Kind", "de", "Kind"),  # too short for 2 + 3 letters
    ],
)
def test_word_points(word: str, lang: str, hyphenated: str) -> None:
    points = word_points(word, lang)
    assert "".join(("-" if i in points else "") + ch for i, ch in enumerate(word)) == hyphenated


@pytest.mark.parametrize("lang", ["de", "fr", "es", "pt", "it", "nl", "sv", "ru", "uk", "tr", "id"])
def test_the_issue_languages_hyphenate(lang: str) -> None:
    assert hyphenates(lang)


@pytest.mark.parametrize("lang", ["ar", "zh", "ja", "th", "ko", "hi", "sw", "vi"])
def test_others_do_not(lang: str) -> None:
    assert not hyphenates(lang)


def test_a_line_ending_at_a_soft_hyphen_keeps_room_for_its_hyphen(fonts: FontBook) -> None:
    stack = fonts.stack("Latn", "bold")
    style = BlockStyle(30, 1.1, "start", False, 0.4)
    text = "Menschen\u00adhandels\u00adbekämpfung"
    p = prepare(text, "de", False, stack)
    whole = set_paragraphs([prepare("Menschenhandels", "de", False, stack)], 999, style, stack[0])
    width = whole[0][0].width + 1  # room for "Menschenhandels", not for "Menschenhandels-"
    lines, _, over = set_paragraphs([p], width, style, stack[0])
    assert ["".join(r.text for r in ln.runs) for ln in lines] == [
        "Menschen\u2010",
        "handels\u2010",
        "bekämpfung",
    ]
    assert over == 0
    # with room for the hyphen too, the first line takes both parts
    lines, _, _ = set_paragraphs([p], width + 12, style, stack[0])
    assert "".join(r.text for r in lines[0].runs) == "Menschen\u00adhandels\u2010"


def test_a_soft_hyphen_before_a_space_or_at_the_end_draws_nothing(fonts: FontBook) -> None:
    stack = fonts.stack("Latn", "bold")
    style = BlockStyle(30, 1.1, "start", False, 0.4)
    p = prepare("Menschen\u00ad handels\u00ad", "de", False, stack)
    lines, _, _ = set_paragraphs([p], 150, style, stack[0])
    texts = ["".join(r.text for r in ln.runs) for ln in lines]
    assert texts == ["Menschen\u00ad", "handels\u00ad"]
    assert not any(
        r.source[g.cluster] == "\u00ad" for ln in lines for r in ln.runs for g in r.glyphs
    )


def test_a_link_paragraph_is_never_hyphenated_and_its_neighbours_still_are(
    fonts: FontBook,
) -> None:
    """A slot with a translated text and a link (a flyer's report line and its report_url):
    the link is never hyphenated (a hyphen in it would be typed), and keeping it so must not
    keep the text beside it from the hyphenation it needs to fit (the link's own lines are
    tested with the event flyers: tests/merge/test_merge_cli.py)."""
    link = "ex.org/a"  # fits its line: the link is not what needs hyphenation here
    base = setting(fonts, COMPOUND, "de", 150)
    req = replace(
        FitRequest(
            (COMPOUND, link),
            (None, None),
            "de",
            False,
            tuple(fonts.stack("Latn", "bold")),
            24,
            24,
            1.1,
            "start",
            False,
            0.4,
            150,
            400,
        ),
        unhyphenated=frozenset({1}),
    )
    result = fit(req)
    by_paragraph = [
        [t for t, ln in zip(texts(result), result.lines, strict=True) if ln.paragraph == n]
        for n in (0, 1)
    ]
    assert by_paragraph[0] == texts(base)  # hyphenated as alone
    assert by_paragraph[1] == [link]
