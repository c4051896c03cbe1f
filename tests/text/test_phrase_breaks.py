"""Japanese and Chinese lines break between phrases (BudouX's, `breaks.phrase_edges`), and
inside one only where it is wider than the line: per character, as ICU and kinsoku allow, an
office's Japanese headline broke 闘|い ("fight") and 子ども|も, its QR caption 詳し|く, and
the Chinese social image 贩运人|口日."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import (
    NO_LINE_START,
    break_segments,
    inside_words,
    last_resort,
    phrase_edges,
)
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

SIZE = 20.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)

# The trial's Japanese headline ("in the fight against trafficking in persons, leave no child
# behind") and the Chinese kit's "World Day against Trafficking in Persons" line
JA = "人身取引との闘いで、どの子どもも取り残さない"
JA_PHRASES = ["人身取引との", "闘いで、", "どの", "子どもも", "取り残さない"]
ZH = "世界打击贩运人口日"


def lines_of(fonts: FontBook, text: str, lang: str, script: str, width: float) -> list[Line]:
    stack = fonts.stack(script, "bold", lang)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], width, STYLE, stack[0])
    return lines


def texts(lines: list[Line]) -> list[str]:
    return [ln.runs[0].source[ln.start : ln.end] for ln in lines]


def phrases(text: str, lang: str) -> list[str]:
    """The text cut where a line may break other than as a last resort."""
    weak = last_resort(text, lang)
    edges = [a for a, _ in break_segments(text, lang)[1:] if a not in weak]
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def test_a_japanese_text_breaks_between_its_phrases() -> None:
    assert phrases(JA, "ja") == JA_PHRASES
    assert phrases("スキャンして詳しく知り、行動しよう", "ja") == [
        "スキャンして",
        "詳しく",
        "知り、",
        "行動しよう",
    ]


def test_chinese_breaks_between_words_simplified_and_traditional() -> None:
    assert phrases(ZH, "zh") == ["世界", "打击", "贩运", "人口日"]
    assert phrases("世界打擊販運人口日", "zh-TW") == ["世界", "打擊", "販運", "人口日"]
    # the code as a file name may write it, with an underscore: the Traditional model too
    assert phrase_edges("打擊人口販運，不讓一個孩子掉隊", "zh_TW") == phrase_edges(
        "打擊人口販運，不讓一個孩子掉隊", "zh-TW"
    )
    assert phrase_edges("打擊人口販運，不讓一個孩子掉隊", "zh_TW") != phrase_edges(
        "打擊人口販運，不讓一個孩子掉隊", "zh"
    )


def test_other_languages_have_no_phrases() -> None:
    assert phrase_edges("The Blue Heart", "en") is None
    assert phrase_edges("วันต่อต้านการค้ามนุษย์โลก", "th") is None
    assert phrase_edges("푸른 마음", "ko") is None


def test_a_writers_zero_width_space_is_an_edge_and_latin_keeps_its_breaks() -> None:
    # BudouX keeps 取り残さない whole; a writer's ZWSP may still break it, and a break
    # between a Latin word and kana is not a phrase's inside, unless the kana is a particle
    # of the Latin word's phrase (SNSで: `breaks.particle_joins`)
    text = "取り\u200b残さないSNSで"
    assert 3 in phrase_edges(text, "ja")  # after the ZWSP
    assert 3 not in last_resort(text, "ja")
    latin = {a for a in last_resort(text, "ja") if text[a - 1].isascii() or text[a].isascii()}
    assert latin == {text.index("で")}
    assert 3 in last_resort("SNSでの共有", "ja")
    assert 4 not in last_resort("SNS 共有", "ja")


def test_a_japanese_headline_never_ends_a_line_inside_a_phrase(fonts: FontBook) -> None:
    starts = [sum(map(len, JA_PHRASES[:i])) for i in range(len(JA_PHRASES) + 1)]
    widest = max(ln.width for p in JA_PHRASES for ln in lines_of(fonts, p, "ja", "Jpan", 10_000))
    full = lines_of(fonts, JA, "ja", "Jpan", 10_000)[0].width
    width, tried = widest, 0
    while width < full:
        lines = lines_of(fonts, JA, "ja", "Jpan", width)
        assert {ln.end for ln in lines} <= set(starts), (width, texts(lines))
        tried += 1
        width += 3.0
    assert tried > 40


def test_a_phrase_wider_than_the_line_breaks_inside_with_kinsoku(fonts: FontBook) -> None:
    phrase = "取り残さない"
    one = lines_of(fonts, phrase, "ja", "Jpan", 10_000)[0].width
    lines = lines_of(fonts, phrase, "ja", "Jpan", one * 0.6)
    assert len(lines) == 2
    assert "".join(texts(lines)) == phrase
    assert all(t[0] not in NO_LINE_START for t in texts(lines))
    assert max(ln.width for ln in lines) <= one * 0.6 + 0.01


@pytest.mark.parametrize(("lang", "script"), [("ja", "Jpan"), ("zh", "Hans")])
def test_kinsoku_still_holds_with_phrases(fonts: FontBook, lang: str, script: str) -> None:
    text = "「人身取引」は、重大な犯罪です。ーー子どもを守ろう！" if lang == "ja" else ZH + "。"
    for width in range(30, 400, 9):
        for line in texts(lines_of(fonts, text, lang, script, float(width))):
            assert line[0] not in NO_LINE_START, (width, line)


# A Tokyo office's social image's day line, which BudouX takes for one phrase
DAY = "人身取引反対世界デー · 7月30日"


def test_a_phrase_wider_than_the_line_breaks_between_its_words_first(fonts: FontBook) -> None:
    """The day line broke 人身取引反対世 | 界デー: inside the phrase, every character was as
    good a break as another, and the line took the last that fitted. It breaks at a word's
    edge (ICU's dictionary: 人身|取引|反対|世界|デー) where one fits the line, and inside a
    word only where the word is wider than the line too."""
    assert phrase_edges(DAY, "ja") == frozenset()  # one phrase, spaces and all
    # 人|身, 取|引, 反|対 and 世|界 are inside words; 反対|世界 and 世界|デー are edges
    assert inside_words(DAY, "ja") == frozenset({1, 3, 5, 7})
    one = lines_of(fonts, DAY[:7], "ja", "Jpan", 10_000)[0].width  # 人身取引反対世
    lines = texts(lines_of(fonts, DAY, "ja", "Jpan", one + 0.5))
    assert lines[0] == "人身取引反対", lines
    assert lines[1].startswith("世界デー"), lines
    # a word wider than the line is still broken inside, as ICU and kinsoku allow
    narrow = texts(lines_of(fonts, "世界", "ja", "Jpan", SIZE * 1.2))
    assert narrow == ["世", "界"]


def test_a_hashtag_never_breaks_after_its_number_sign(fonts: FontBook) -> None:
    """A Japanese social image's hashtags ended a line with "#" and began the next with
    人身取引をなくそう (ICU breaks between # and an ideograph): a hashtag goes whole to the
    next line, and breaks inside only where it is wider than a line, never after its #."""
    text = "#EndHumanTrafficking #人身取引をなくそう"
    first = lines_of(fonts, "#EndHumanTrafficking #人身", "ja", "Jpan", 10_000)[0].width
    lines = texts(lines_of(fonts, text, "ja", "Jpan", first + 0.5))
    assert lines == ["#EndHumanTrafficking", "#人身取引をなくそう"], lines
    tag = lines_of(fonts, "#人身取引", "ja", "Jpan", 10_000)[0].width
    lines = texts(lines_of(fonts, "#人身取引をなくそう", "ja", "Jpan", tag + 0.5))
    assert lines[0].startswith("#人"), lines  # wider than a line: broken inside, not after #
    # the same in Chinese: "#" never ends a line
    zh = "#终结人口贩运"
    for width in (SIZE * 1.5, SIZE * 3.5):
        lines = texts(lines_of(fonts, "打击 " + zh, "zh", "Hans", width))
        assert not any(line.endswith("#") for line in lines), lines
