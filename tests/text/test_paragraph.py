"""The text engine against independent references: Rust unicode-bidi (python-bidi's compiled
get_display) for word order, HarfBuzz on isolated words for joining, ICU for breaks."""

import bidi
import pytest
from bidi.mirror import MIRRORED

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, fit
from campaign.text.paragraph import (
    BlockStyle,
    Line,
    MissingGlyphError,
    build_line,
    prepare,
    set_paragraphs,
)
from campaign.text.shape import shape_run


def visual(runs: list) -> str:  # type: ignore[type-arg]
    """The characters in display order, left to right (brackets not mirrored: HarfBuzz mirrors
    glyphs when it draws, and the reference's get_display does not mirror)."""
    return "".join(r.text[::-1] if r.rtl else r.text for r in runs)


def one_line(fonts: FontBook, text: str, lang: str, script: str, rtl: bool) -> list:  # type: ignore[type-arg]
    p = prepare(text, lang, rtl, fonts.stack(script, "regular"))
    runs, _ = build_line(p, 0, len(text), 12)
    return runs


@pytest.mark.parametrize(
    ("lang", "script", "text"),
    [
        ("ar", "Arab", "ندعم حملة UNICEF Foundation لعام 2024 في نيويورك"),
        ("ar", "Arab", "تبرعوا للصندوق (UNVTF) اليوم، 30 يوليو"),
        ("fa", "Arab", "به کمپین Blue Heart بپیوندید ۲۰۲۴"),
        ("ur", "Arab", "بلیو ہارٹ مہم (Blue Heart Campaign) میں شامل ہوں"),
        ("he", "Hebr", "הצטרפו לקמפיין Blue Heart ב-2024 (היום)"),
    ],
)
def test_word_order_matches_unicode_bidi(
    fonts: FontBook, lang: str, script: str, text: str
) -> None:
    runs = one_line(fonts, text, lang, script, rtl=True)
    assert visual(runs) == bidi.get_display(text, base_dir="R")


def test_english_with_arabic_name_inside(fonts: FontBook) -> None:
    text = "The day is called اليوم العالمي in Arabic (2024)."
    runs = one_line(fonts, text, "en", "Latn", rtl=False)
    assert visual(runs) == bidi.get_display(text, base_dir="L")


def test_hashtags_keep_their_order_in_rtl(fonts: FontBook) -> None:
    text = "انضموا إلينا #endHT #30July"
    shown = visual(one_line(fonts, text, "ar", "Arab", rtl=True))
    assert "#endHT" in shown
    assert "#30July" in shown
    assert "endHT#" not in shown
    assert "30July#" not in shown
    # the hashtags form one left-to-right unit, read after the Arabic (which is on the right)
    assert shown.startswith("#endHT #30July ")


def test_brackets_are_mirrored_in_rtl_runs(fonts: FontBook) -> None:
    face = fonts.face("NotoSansArabic", "regular")
    opening = shape_run(face, "(", 0, 1, True, "ar")[0].gid
    closing = shape_run(face, ")", 0, 1, False, "ar")[0].gid
    assert opening == closing  # '(' in right-to-left text is drawn with the ')' glyph
    assert MIRRORED["("] == ")"


def test_arabic_words_are_joined_like_isolated_harfbuzz(fonts: FontBook) -> None:
    text = "مكافحة الاتجار بالأشخاص"
    runs = one_line(fonts, text, "ar", "Arab", rtl=True)
    face = fonts.face("NotoSansArabic", "regular")
    ours = [g.gid for r in runs for g in r.glyphs if r.face is face]
    word_glyphs = []
    for word in reversed(text.split(" ")):  # display order: last word on the left
        word_glyphs += [g.gid for g in shape_run(face, word, 0, len(word), True, "ar")]
    space = [g.gid for g in shape_run(face, " ", 0, 1, True, "ar")]
    assert [g for g in ours if g not in space] == word_glyphs
    assert len(set(word_glyphs)) > 10  # initial, medial and final forms, not one glyph per letter


def test_font_fallback_per_character(fonts: FontBook) -> None:
    runs = one_line(fonts, "ندعم UNICEF", "ar", "Arab", rtl=True)
    by_font = {r.text.strip(): r.face.family for r in runs if r.text.strip()}
    assert by_font == {"UNICEF": "NotoSans", "ندعم": "NotoSansArabic"}


def test_missing_glyph_names_the_character(fonts: FontBook) -> None:
    with pytest.raises(MissingGlyphError) as exc:
        prepare("Blue ߒ Heart", "en", False, fonts.stack("Latn", "regular"))
    assert str(exc.value) == "'ߒ' (U+07D2 NKO LETTER N)"
    assert exc.value.index == 5


def style(
    size: float = 20, align: str = "start", rtl: bool = False, fonts: FontBook | None = None
) -> BlockStyle:
    return BlockStyle(size, 1.2, align, rtl, 0.4)


def lines_of(fonts: FontBook, text: str, width: float, **kw: object) -> list[Line]:
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    lines, _, _ = set_paragraphs([p], width, style(**kw), fonts.stack("Latn", "regular")[0])  # type: ignore[arg-type]
    return lines


def test_wrapping_keeps_every_line_within_the_width(fonts: FontBook) -> None:
    text = "Report suspicious pages or activity online to the authorities or a helpline."
    lines = lines_of(fonts, text, 200)
    assert len(lines) == 5
    assert all(ln.width <= 200 for ln in lines)
    assert [r.text for ln in lines for r in ln.runs][0] == "Report suspicious"
    assert "".join(r.text for ln in lines for r in ln.runs).replace(" ", "") == text.replace(
        " ", ""
    )


@pytest.mark.parametrize(
    ("align", "rtl", "expect"),
    [
        ("start", False, "left"),
        ("end", False, "right"),
        ("start", True, "right"),
        ("end", True, "left"),
        ("center", False, "center"),
    ],
)
def test_alignment_is_logical(fonts: FontBook, align: str, rtl: bool, expect: str) -> None:
    p = prepare("Blue Heart", "en", rtl, fonts.stack("Latn", "regular"))
    (line,), _, _ = set_paragraphs(
        [p], 300, style(align=align, rtl=rtl), fonts.face("NotoSans", "regular")
    )
    pos = {"left": 0.0, "right": 300 - line.width, "center": (300 - line.width) / 2}[expect]
    assert line.x == pytest.approx(pos)


def test_justify_fills_all_lines_but_the_last(fonts: FontBook) -> None:
    text = "Support the UN Voluntary Trust Fund for Victims of Trafficking in Persons today."
    lines = lines_of(fonts, text, 220, align="justify")
    assert len(lines) >= 2
    assert all(ln.width == pytest.approx(220, abs=0.05) for ln in lines[:-1])
    assert lines[-1].width < 215


def request(
    fonts: FontBook,
    texts: tuple[str, ...],
    w: float,
    h: float,
    shorts: tuple = (None,),  # type: ignore[type-arg]
    max_size: float = 40,
    min_size: float = 20,
    balance: bool = False,
) -> FitRequest:
    return FitRequest(
        texts,
        shorts,
        "en",
        False,
        tuple(fonts.stack("Latn", "bold")),
        max_size,
        min_size,
        1.1,
        "start",
        balance,
        0.4,
        w,
        h,
    )


def test_copy_fit_uses_the_largest_size_that_fits(fonts: FontBook) -> None:
    big = fit(request(fonts, ("Leave No Child Behind",), 500, 100))
    assert big.size == 40
    assert big.overflow is None
    assert len(big.lines) == 1
    small = fit(request(fonts, ("Leave No Child Behind",), 400, 50))  # room for one line only
    assert small.overflow is None
    assert 20 < small.size < 40
    assert len(small.lines) == 1
    assert small.lines[0].width <= 400
    bigger = round(small.size / 0.96, 2)  # the size tried just before did not fit
    one_up = fit(
        request(fonts, ("Leave No Child Behind",), 400, 50, max_size=bigger, min_size=bigger)
    )
    assert one_up.overflow is not None


def test_short_variant_before_overflow(fonts: FontBook) -> None:
    res = fit(
        request(
            fonts,
            ("Leave No Child Behind in the Fight Against Human Trafficking",),
            300,
            30,
            shorts=("Leave No Child Behind",),
        )
    )
    assert res.variant == "short"
    assert res.overflow is None


def test_overflow_says_by_how_much(fonts: FontBook) -> None:
    res = fit(
        request(fonts, ("Leave No Child Behind in the Fight Against Human Trafficking",), 300, 30)
    )
    assert res.overflow is not None
    assert res.overflow.size == 20
    assert res.overflow.lines_over >= 1
    assert res.overflow.height_over == pytest.approx(res.height - 30)


def test_balance_evens_the_lines(fonts: FontBook) -> None:
    text = "Leave No Child Behind in the Fight Against Human Trafficking"
    plain = fit(request(fonts, (text,), 1100, 200, min_size=40))
    even = fit(request(fonts, (text,), 1100, 200, min_size=40, balance=True))
    assert plain.lines[-1].runs[0].text == "Trafficking"  # a lonely last word without balance
    assert even.lines[-1].runs[0].text == "Fight Against Human Trafficking"
    assert len(plain.lines) == len(even.lines) == 2
    spread = lambda res: max(ln.width for ln in res.lines) - min(ln.width for ln in res.lines)  # noqa: E731
    assert spread(even) < spread(plain) / 2


def test_max_lines_shrinks_instead_of_wrapping(fonts: FontBook) -> None:
    req = request(fonts, ("1 de cada 3",), 200, 200, max_size=60, min_size=10)
    assert len(fit(req).lines) == 2  # two lines fit the height at 60 pt
    from dataclasses import replace

    one = fit(replace(req, max_lines=1))
    assert len(one.lines) == 1
    assert one.size < 60
    assert one.lines[0].width <= 200
    cramped = fit(replace(req, max_lines=1, min_size=59))
    assert cramped.overflow is not None
    assert cramped.overflow.lines_over == 1


def test_max_lines_is_each_paragraphs(fonts: FontBook) -> None:
    """`max_lines` is the most lines each paragraph may take (docs/reference/layout.md), not
    the block's: two paragraphs of a line each fit `max_lines: 1` at the largest size, and
    a paragraph of two lines beside them is one line past it, not two."""
    from dataclasses import replace

    req = request(fonts, ("1 de cada 3", "1 de cada 3"), 400, 400, (None, None), 60, 10)
    two = fit(replace(req, max_lines=1))
    assert two.overflow is None
    assert (two.size, [ln.paragraph for ln in two.lines]) == (60, [0, 1])
    long = replace(req, texts=("1 de cada 3", "No Child Behind"), min_size=59)
    over = fit(replace(long, max_lines=1)).overflow
    assert over is not None
    assert (over.past_max_lines, over.lines_over, over.height_over) == (1, 1, 0.0)


@pytest.mark.parametrize(
    ("lang", "script", "text"),
    [
        ("km", "Khmr", "មិនទុកកុមារណាម្នាក់ចោលក្នុងការប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស"),
        ("hi", "Deva", "मानव तस्करी के खिलाफ लड़ाई में किसी भी बच्चे को पीछे न छोड़ें"),
        ("my", "Mymr", "လူကုန်ကူးမှု တိုက်ဖျက်ရေးတွင် မည်သည့်ကလေးကိုမျှ နောက်တွင် မထားခဲ့ရ"),
        ("th", "Thai", "ไม่ทิ้งเด็กคนใดไว้ข้างหลังในการต่อสู้กับการค้ามนุษย์"),
    ],
)
def test_stacked_marks_never_touch_the_next_line(
    fonts: FontBook, lang: str, script: str, text: str
) -> None:
    from campaign.text.paragraph import ink_extent

    stack = fonts.stack(script, "bold")
    p = prepare(text, lang, False, stack)
    tight = BlockStyle(40, 0.9, "start", False, 0)
    lines, height, _ = set_paragraphs([p], 300, tight, stack[0])
    assert len(lines) >= 3
    inks = [ink_extent(list(ln.runs), 40) for ln in lines]
    assert lines[0].baseline >= inks[0][0]  # nothing above the block
    for i in range(len(lines) - 1):
        below, above = inks[i][1], inks[i + 1][0]
        assert lines[i].baseline + below + 0.08 * 40 <= lines[i + 1].baseline - above + 1e-6
    assert height >= lines[-1].baseline + inks[-1][1]
