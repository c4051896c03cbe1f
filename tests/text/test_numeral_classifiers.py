"""A Chinese numeral stays with the classifier after it (`breaks.numeral_joins`): BudouX's
Chinese models cut 一|个, 三|名, 两|种, and the kit's Chinese headline ended a line with 一
and began the next with 个儿童 (不让一|个儿童掉队, "leave no child behind"). A line breaks
inside only where the phrase is wider than the line."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import (
    CLASSIFIERS,
    NUMERALS,
    break_segments,
    last_resort,
    numeral_joins,
    phrase_edges,
)
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

SIZE = 20.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)
HEADLINE = "在打击贩运人口的斗争中不让一个儿童掉队"  # the kit's zh theme (materials/strings)


def phrases(text: str, lang: str) -> list[str]:
    """The text cut where a line may break other than as a last resort."""
    weak = last_resort(text, lang)
    edges = [a for a, _ in break_segments(text, lang)[1:] if a not in weak]
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def lines_of(fonts: FontBook, text: str, lang: str, script: str, width: float) -> list[Line]:
    stack = fonts.stack(script, "bold", lang)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], width, STYLE, stack[0])
    return lines


@pytest.mark.parametrize(
    ("lang", "text", "cut"),
    [
        ("zh", "不让一个儿童掉队", "不让|一个|儿童|掉队"),
        (
            "zh",
            "每三名被发现的受害者中就有一名是儿童",
            "每|三名|被|发现的|受害者中|就|有|一名|是|儿童",
        ),
        ("zh", "两种形式的剥削", "两种|形式的|剥削"),
        ("zh", "超过五十个国家", "超过|五十个|国家"),  # BudouX: 五十|个
        ("zh", "其中两起涉及儿童", "其中|两起|涉及|儿童"),
        ("zh-Hant", "不讓一個孩子掉隊", "不讓|一個|孩子|掉隊"),
        ("zh-TW", "三十幾個國家", "三十幾個|國家"),  # BudouX: 三十|幾|個
        ("yue", "三個人", "三個|人"),  # Cantonese: the Traditional model too
        # digits: ICU breaks between a digit and a Han character, and between fullwidth
        # ones, where BudouX has none (其中|有|3名|儿童): not as a last resort
        ("zh", "其中有3名儿童", "其中|有|3名|儿童"),
        ("zh", "共有１２位代表", "共|有|１２位|代表"),
    ],
)
def test_a_numeral_keeps_its_classifier(lang: str, text: str, cut: str) -> None:
    assert "|".join(phrases(text, lang)) == cut


def test_only_a_numeral_before_a_classifier_is_joined() -> None:
    # 年 is no classifier of the list: 2024|年 stays a break; 一个 of the headline is joined
    assert "|".join(phrases("在2024年发现", "zh")) == "在|2024|年|发现"
    assert numeral_joins(HEADLINE, "zh") == {HEADLINE.index("个")}
    # a writer's ZERO WIDTH SPACE between them is still a break
    assert "|".join(phrases("一\u200b个", "zh")) == "一\u200b|个"
    # Japanese counts with its own words (一つ, 三人): BudouX's Japanese phrases are kept
    assert numeral_joins("一个孩子", "ja") == frozenset()
    assert phrase_edges("三名の子ども", "ja") == phrase_edges("三名の子ども", "ja-JP")


def test_the_lists_hold_traditional_forms() -> None:
    assert set("萬兩幾億") <= NUMERALS
    assert set("個隻條張種項類組雙對間層處棟輛臺塊顆門場屆") <= CLASSIFIERS
    assert not (NUMERALS & CLASSIFIERS)


def test_the_headline_breaks_before_the_numeral(fonts: FontBook) -> None:
    """The poster's headline, in a width that holds 7 of its characters a line: the third
    line begins with 不让一个 (glyph by glyph), where it began with 个, and later with 的
    (`breaks.particle_joins`)."""
    one = lines_of(fonts, "在", "zh", "Hans", 10_000)[0].width
    lines = lines_of(fonts, HEADLINE, "zh", "Hans", 7.5 * one)
    texts = [ln.actual_text() for ln in lines]
    assert texts == ["在打击贩运", "人口的斗争中", "不让一个儿童", "掉队"]
    (run,) = lines[2].runs
    assert [run.source[g.cluster] for g in run.glyphs] == list("不让一个儿童")
    face = run.face
    assert run.glyphs[2].gid == face.hb_font.get_nominal_glyph(ord("一"))


def test_a_numeral_wider_than_the_line_still_breaks(fonts: FontBook) -> None:
    """A break inside a numeral and its classifier is a last resort, not removed: in a line
    two characters wide, 三十五名 takes two lines and no character runs out of it."""
    one = lines_of(fonts, "名", "zh", "Hans", 10_000)[0].width
    lines = lines_of(fonts, "三十五名", "zh", "Hans", 2.2 * one)
    assert [ln.actual_text() for ln in lines] == ["三十", "五名"]
    assert max(ln.width for ln in lines) <= 2.2 * one
