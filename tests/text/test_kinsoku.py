"""Kinsoku in Chinese and Japanese: at no width does a line start with a closing bracket,
a mark of punctuation, an iteration mark, the prolonged sound mark or a small kana, or end
with an opening bracket (JLREQ Appendix A classes; CLREQ 3.1.7)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import NO_LINE_END, NO_LINE_START, break_segments
from campaign.text.paragraph import break_lines, prepare

# every prohibited character, each between two ideographs or kana the kit's subsets have
JA_START = "）〕］｝〉》」』】〙〗〟’”｠»‐〜゠–？！‼⁇⁈⁉・：；。．、，ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶｧｨｩｪｫｬｭｮｯｰ"
ZH_START = "）〕］｝〉》」』】〗〙’”？！・：；。．、，～"
END = "（〔［｛〈《「『【〘〖〝｟‘“«"


def paragraph(start: str, end: str, a: str, b: str) -> str:
    return "".join(f"{a}{b}{ch}" for ch in start) + "".join(f"{a}{ch}{b}" for ch in end)


CASES = [
    ("ja", "Jpan", paragraph(JA_START, END, "日本", "人")),
    ("ja", "Jpan", paragraph(JA_START, END, "かな", "も")),
    ("zh", "Hans", paragraph(ZH_START, END, "中文", "人")),
    ("zh-Hant", "Hant", paragraph(ZH_START, END, "中文", "人")),
]


def test_the_lists_cover_the_test_texts() -> None:
    assert set(JA_START) | set(ZH_START) <= NO_LINE_START
    assert set(END) <= NO_LINE_END


@pytest.mark.parametrize(("lang", "script", "text"), CASES)
def test_no_break_ever_puts_a_prohibited_character_at_a_line_edge(
    lang: str, script: str, text: str
) -> None:
    for a, _ in break_segments(text, lang)[1:]:
        assert text[a] not in NO_LINE_START, (text[a - 2 : a + 2], a)
        assert text[a - 1] not in NO_LINE_END, (text[a - 2 : a + 2], a)


@pytest.mark.parametrize(("lang", "script", "text"), CASES)
def test_a_sweep_of_widths(fonts: FontBook, lang: str, script: str, text: str) -> None:
    p = prepare(text, lang, False, fonts.stack(script, "regular"))
    lines_seen = 0
    for width in range(20, 400, 7):
        lines, _ = break_lines(p, 12, float(width))
        for start, end, _hard in lines:
            line = text[start:end]
            assert line[0] not in NO_LINE_START, (width, line)
            assert line[-1] not in NO_LINE_END, (width, line)
        lines_seen += len(lines)
    assert lines_seen > 900  # the sweep broke the text in many places


def test_icu_alone_lets_a_japanese_line_start_with_a_small_kana() -> None:
    """What the kinsoku pass adds: ICU's rules for ja break before ッ, ゃ and ー."""
    from icu4py.breakers import LineBreaker

    text = "カッコいいきゃー"
    icu = [len(s) for s in LineBreaker(text, "ja")]
    starts = {sum(icu[:i]) for i in range(1, len(icu))}
    assert {1, 6, 7} <= starts  # before ッ, ゃ and ー
    ours = {a for a, _ in break_segments(text, "ja")[1:]}
    assert not ours & {1, 6, 7}
