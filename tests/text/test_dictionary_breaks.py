"""Lines of scripts written without spaces between words: a Thai line never breaks inside a
word of PyThaiNLP's dictionary (ICU's smaller one split ผู้เสียหาย, "victim", so that a line
ended on ผู้เสีย, "the deceased"), a Burmese line breaks at the translator's spaces before it
breaks inside a phrase and never ends on the negative prefix မ, and a writer's WORD JOINER and
ZERO WIDTH SPACE are honoured in Thai, Lao, Khmer and Burmese."""

from itertools import accumulate
from pathlib import Path

import pytest
import yaml

from campaign.fonts import FontBook
from campaign.text import breaks
from campaign.text.breaks import break_segments, last_resort
from campaign.text.paragraph import BlockStyle, Line, break_lines, prepare, set_paragraphs

ROOT = Path(__file__).resolve().parents[2]
SIZE = 20.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)

# The trial's Thai sentences: the poster's call to action and two of the flyer back's
VICTIMS = "สนับสนุนกองทุนทรัสต์เพื่อการบริจาคโดยสมัครใจของสหประชาชาติเพื่อผู้เสียหายจากการค้ามนุษย์"
PROMISED = "ทำงานใช้หนี้ที่ไม่มีวันหมด หรือเคยได้รับสัญญาว่าจะได้ทำงานอย่างอื่น"
TALK = "อย่าแชร์รูปส่วนตัวกับคนที่รู้จักทางออนไลน์เด็ดขาด พูดคุยกันเรื่องชีวิตออนไลน์"
# "victim", "receive", "talk" (the trial's), "the UN", "voluntarily", "trade", "social media"
THAI_WORDS = ("ผู้เสียหาย", "ได้รับ", "พูดคุย", "สหประชาชาติ", "โดยสมัครใจ", "การค้า", "โซเชียล")


def lines_of(fonts: FontBook, text: str, lang: str, script: str, width: float) -> list[Line]:
    stack = fonts.stack(script, "regular", lang)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], width, STYLE, stack[0])
    return lines


def texts(lines: list[Line]) -> list[str]:
    return [ln.runs[0].source[ln.start : ln.end].strip() for ln in lines]


def width_of(fonts: FontBook, text: str, lang: str, script: str) -> float:
    """The width (pt) of `text` set on one line."""
    return max(ln.width for ln in lines_of(fonts, text, lang, script, 10_000))


def words_of(text: str, lang: str) -> list[str]:
    """The text cut where a line may break other than as a last resort."""
    weak = last_resort(text, lang)
    edges = [a for a, _ in break_segments(text, lang)[1:] if a not in weak]
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def test_thai_words_are_cut_as_pythainlps_newmm_cuts_them() -> None:
    # newmm (PyThaiNLP 5.4.0, its dictionary) gives these, but for การ|บริจาค and
    # การค้า|มนุษย์, which the kit keeps whole (test_thai_words_added); ICU 78 gave
    # ผู้|เสีย|หาย, โดย|สมัคร|ใจ, การ|ค้า
    assert words_of(VICTIMS, "th") == [
        *("สนับสนุน", "กองทุน", "ทรัสต์", "เพื่อ", "การบริจาค", "โดยสมัครใจ", "ของ"),
        *("สหประชาชาติ", "เพื่อ", "ผู้เสียหาย", "จาก", "การค้ามนุษย์"),
    ]
    assert words_of("เคยได้รับสัญญา", "th") == ["เคย", "ได้รับ", "สัญญา"]
    assert words_of("พูดคุยกัน", "th") == ["พูดคุย", "กัน"]
    # a word's edge that ICU does not give (it cut โซ|เชีย|ลมี|เดีย) is a break
    assert words_of("ออนไลน์และโซเชียลมีเดีย", "th") == ["ออนไลน์", "และ", "โซเชียล", "มีเดีย"]


@pytest.mark.parametrize("text", [VICTIMS, PROMISED, TALK])
def test_a_thai_line_never_ends_inside_a_word_at_any_width(fonts: FontBook, text: str) -> None:
    guarded = [(text.index(w), text.index(w) + len(w)) for w in THAI_WORDS if w in text]
    assert guarded
    widest = max(width_of(fonts, text[s:e], "th", "Thai") for s, e in guarded)
    full = width_of(fonts, text, "th", "Thai")
    width, tried = widest, 0
    while width < full:
        lines = lines_of(fonts, text, "th", "Thai", width)
        for line in lines[:-1]:
            for s, e in guarded:
                assert not s < line.end < e, (width, texts(lines))
        tried += 1
        width += 2.0
    assert tried > 40


def test_a_thai_word_wider_than_the_line_is_broken_inside_rather_than_run_out(
    fonts: FontBook,
) -> None:
    word = "ผู้เสียหาย"
    width = width_of(fonts, word, "th", "Thai") - 1
    lines = lines_of(fonts, word + "จากการค้ามนุษย์", "th", "Thai", width)
    assert texts(lines)[:2] == ["ผู้เสีย", "หายจาก"]  # ICU's breaks inside it, as a last resort
    assert all(ln.width <= width for ln in lines)


def thai_strings() -> list[str]:
    data = yaml.safe_load((ROOT / "materials" / "strings" / "th.yaml").read_text("utf-8"))
    out = []
    for entry in data["strings"].values():
        out += [entry[k] for k in ("text", "short") if isinstance(entry.get(k), str)]
    return [t for t in out if any("\u0e01" <= ch <= "\u0e4e" for ch in t)]


def test_the_shipped_thai_strings_break_only_between_words(fonts: FontBook) -> None:
    """Every line of th.yaml's texts at widths from its widest word's up breaks between two
    words (a word wider than the line is broken inside: the test above)."""
    stack = fonts.stack("Thai", "regular", "th")
    checked = 0
    for text in thai_strings():
        p = prepare(text, "th", False, stack)
        words = words_of(text, "th")
        edges = set(accumulate(len(w) for w in words))
        widest = max(width_of(fonts, w.strip(), "th", "Thai") for w in words)
        for width in (widest, widest + 40, widest + 100, widest + 200, widest + 400):
            lines, over = break_lines(p, SIZE, width)
            assert over == 0
            for (_, _, hard), (start, _, _) in zip(lines, lines[1:], strict=False):
                assert not hard
                assert start in edges, (width, text[:start] + "|" + text[start:])
                checked += 1
    assert checked > 100


# Burmese: the translator's spaces are the breaks, a phrase broken only when it is wider than
# the line (my.yaml's texts: the poster's headline, the flyer back's)
HEADLINE = "လူကုန်ကူးမှု တိုက်ဖျက်ရေးတွင် မည်သည့်ကလေးကိုမျှ နောက်တွင် မထားခဲ့ရ"
SIGNS = (
    "ကိုယ်ပိုင် အထောက်အထား စာရွက်စာတမ်းများ သို့မဟုတ် ငွေကို ကိုယ်တိုင် ကိုင်ဆောင်ထားခြင်း "
    "မရှိလျှင်၊ ဘယ်တော့မှ မကုန်ဆုံးသော အကြွေးကို ဆပ်ရန် အလုပ်လုပ်နေရလျှင် လူကုန်ကူးခံရသူ "
    "ဖြစ်နိုင်သည်။"
)


def test_a_burmese_headline_breaks_at_the_translators_spaces(fonts: FontBook) -> None:
    # at this width ICU's breaks alone gave "လူကုန်ကူးမှု တိုက်ဖျက် | ရေးတွင် မည်သည့်ကလေး | ..."
    width = width_of(fonts, "လူကုန်ကူးမှု တိုက်ဖျက်ရေးတွင်", "my", "Mymr") + 1
    assert texts(lines_of(fonts, HEADLINE, "my", "Mymr", width)) == [
        "လူကုန်ကူးမှု တိုက်ဖျက်ရေးတွင်",
        "မည်သည့်ကလေးကိုမျှ",
        "နောက်တွင် မထားခဲ့ရ",
    ]


def test_a_burmese_paragraph_breaks_at_the_translators_spaces(fonts: FontBook) -> None:
    assert texts(lines_of(fonts, SIGNS, "my", "Mymr", 300)) == [
        "ကိုယ်ပိုင် အထောက်အထား",
        "စာရွက်စာတမ်းများ သို့မဟုတ် ငွေကို",
        "ကိုယ်တိုင် ကိုင်ဆောင်ထားခြင်း",
        "မရှိလျှင်၊ ဘယ်တော့မှ",
        "မကုန်ဆုံးသော အကြွေးကို ဆပ်ရန်",
        "အလုပ်လုပ်နေရလျှင်",
        "လူကုန်ကူးခံရသူ ဖြစ်နိုင်သည်။",
    ]


def test_a_burmese_phrase_wider_than_the_line_breaks_inside_but_not_after_the_negation(
    fonts: FontBook,
) -> None:
    phrase = "ဘယ်တော့မှမကုန်ဆုံးသောအကြွေး"  # "debt that never ends", written without a space
    width = width_of(fonts, "ဘယ်တော့မှမကု", "my", "Mymr")  # room for "ဘယ်တော့မှမ", not more
    lines = lines_of(fonts, phrase, "my", "Mymr", width)
    assert texts(lines) == ["ဘယ်တော့မှ", "မကုန်ဆုံးသော", "အကြွေး"]
    assert all(ln.width <= width for ln in lines)


@pytest.mark.parametrize(
    ("lang", "script", "before", "after"),
    [
        ("th", "Thai", "ผู้เสีย", "หาย"),  # inside a word: a break only where the writer put one
        ("th", "Thai", "เคย", "ได้"),  # between words ICU breaks: kept whole where asked
        ("th", "Thai", "กฎหมาย", "ระหว่างประเทศ"),  # the README's: one word of the dictionary
        ("lo", "Laoo", "ຜູ້", "ເຄາະຮ້າຍ"),
        ("km", "Khmr", "ជន", "រងគ្រោះ"),
        ("my", "Mymr", "လူကုန်", "ကူးခံရသူ"),
    ],
)
def test_a_writers_zero_width_space_breaks_and_word_joiner_joins(
    lang: str, script: str, before: str, after: str
) -> None:
    breaking = before + "\u200b" + after
    edges = set(accumulate(len(w) for w in words_of(breaking, lang)))
    assert len(before) + 1 in edges  # a break after the space, and not a last resort
    joined = before + "\u2060" + after
    edges = {a for a, _ in break_segments(joined, lang)[1:]}
    assert not edges & {len(before), len(before) + 1}


def test_a_thai_word_never_begins_inside_a_character_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A list whose words would cut หา between its consonant and its vowel (an edited
    thai_words.txt, say) gives no edge there: the cluster stays whole."""
    words = frozenset({"ผู้เสียห", "ายจาก", "ผู้เสีย", "หาย", "จาก"})
    monkeypatch.setattr(breaks, "words_of", lambda wl: (words, 8))
    breaks.word_edges.cache_clear()
    text = "ผู้เสียหายจาก"
    assert sorted(breaks.word_edges(text, "th")) == [7, 10]  # ผู้เสีย|หาย|จาก
    breaks.word_edges.cache_clear()
