"""Korean lines break at spaces, keeping words whole (CSS `word-break: keep-all`); Chinese and
Japanese still break between characters, with kinsoku."""

from campaign.fonts import FontBook
from campaign.text.breaks import break_segments
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

# "Join the Blue Heart campaign against human trafficking"
KOREAN = "인신매매에 반대하는 블루하트 캠페인에 함께하세요"


def pieces(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in break_segments(text, lang)]


def test_korean_breaks_only_at_spaces() -> None:
    assert pieces(KOREAN, "ko") == [
        "인신매매에 ",
        "반대하는 ",
        "블루하트 ",
        "캠페인에 ",
        "함께하세요",
    ]
    assert pieces(KOREAN, "ko-KR") == pieces(KOREAN, "ko")


def test_korean_keeps_breaks_at_punctuation() -> None:
    text = "금지합니다. (2024년) 사람—인권"
    assert pieces(text, "ko") == ["금지합니다. ", "(2024년) ", "사람", "—", "인권"]


def test_chinese_and_japanese_still_break_between_characters() -> None:
    assert pieces("人身取引に反対する", "ja")[:3] == ["人", "身", "取"]
    assert pieces("打击人口贩运", "zh")[:2] == ["打", "击"]
    # kinsoku: the full stop stays with the character before it
    assert "。" not in [p[0] for p in pieces("日本語の文章です。次の文", "ja")]


def lines_of(fonts: FontBook, text: str, lang: str, script: str, width: float) -> list[Line]:
    stack = fonts.stack(script, "regular", lang)
    p = prepare(text, lang, False, stack)
    style = BlockStyle(20, 1.2, "start", False, 0.4)
    lines, _, _ = set_paragraphs([p], width, style, stack[0])
    return lines


def test_a_korean_paragraph_wraps_between_words_in_reading_order(fonts: FontBook) -> None:
    lines = lines_of(fonts, KOREAN, "ko", "Kore", 200)  # about two words a line at 20 pt
    texts = ["".join(r.text for r in ln.runs).strip() for ln in lines]
    assert len(texts) > 1
    words = KOREAN.split(" ")
    assert [w for t in texts for w in t.split(" ")] == words  # whole words, in order
    for ln in lines:  # glyphs left to right in text order within each line
        clusters = [g.cluster for r in ln.runs for g in r.glyphs]
        assert clusters == sorted(clusters)
        assert ln.width <= 200
