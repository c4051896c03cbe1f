import pytest

from campaign.text.breaks import break_segments
from campaign.text.scripts import (
    direction_of,
    is_link_token,
    localise_digits,
    other_script_language,
    script_of,
    without_links,
)


@pytest.mark.parametrize(
    ("code", "script", "direction"),
    [
        ("en", "Latn", "ltr"),
        ("ar", "Arab", "rtl"),
        ("fa", "Arab", "rtl"),
        ("ur", "Arab", "rtl"),
        ("he", "Hebr", "rtl"),
        ("zh", "Hans", "ltr"),
        ("zh-TW", "Hant", "ltr"),
        ("th", "Thai", "ltr"),
        ("km", "Khmr", "ltr"),
        ("my", "Mymr", "ltr"),
        ("am", "Ethi", "ltr"),
        ("sr-Latn", "Latn", "ltr"),
        ("sr", "Cyrl", "ltr"),
        ("ka", "Geor", "ltr"),
        ("sw", "Latn", "ltr"),
    ],
)
def test_script_and_direction_from_code(code: str, script: str, direction: str) -> None:
    assert script_of(code) == script
    assert direction_of(script) == direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organiser's Latin title on an Arabic page: its year was ٢٠٢٦, set by the bidi
        # algorithm on the left of its words
        ("Blue Heart Walk 2026", "Blue Heart Walk 2026"),
        ("COVID-19 في المدارس", "COVID-19 في المدارس"),
        ("مسيرة 2026", "مسيرة ٢٠٢٦"),  # Arabic words: the language's digits
        ("30 يوليو 2026", "٣٠ يوليو ٢٠٢٦"),
        ("2026", "٢٠٢٦"),  # no letter: the language's
        ("1abc@x.org 2024", "1abc@x.org ٢٠٢٤"),  # a link's letters are not its neighbours'
    ],
)
def test_digits_in_latin_text_stay_as_written(text: str, expected: str) -> None:
    assert localise_digits(text, "arab") == expected


def test_digits_localised_but_not_in_links() -> None:
    text = "1 من كل 3 #30July +41 22 917 1234 www.x.org/2024"
    assert localise_digits(text, "arab") == "١ من كل ٣ #30July +41 22 917 1234 www.x.org/2024"
    assert localise_digits("30 July", "latn") == "30 July"
    assert localise_digits("۱ از ۳", "arabext") == "۱ از ۳"
    assert localise_digits("1 از 3", "arabext") == "۱ از ۳"


@pytest.mark.parametrize(
    ("text", "system", "expected"),
    [
        # an organiser's contact cell: the number stays as written (it was ۰۳۰۰-۱۲۳۴۵۶۷, and
        # its two halves were set right to left)
        ("فون: 0300-1234567، گھر 12", "arabext", "فون: 0300-1234567، گھر ۱۲"),
        ("ফোন 01711-223344, বাড়ি 12", "beng", "ফোন 01711-223344, বাড়ি ১২"),
        ("1abc@x.org 2024", "arab", "1abc@x.org ٢٠٢٤"),  # an address that starts with a digit
    ],
)
def test_a_phone_number_without_plus_keeps_its_digits(
    text: str, system: str, expected: str
) -> None:
    assert localise_digits(text, system) == expected


@pytest.mark.parametrize(
    ("token", "link"),
    [
        ("#endHT", True),
        ("@unodc", True),
        ("https://x.org", True),
        ("www.unodc.org", True),
        # a scheme in any case (RFC 3986, 3.1), and a query after a bare host name: what a
        # field https://example.org?lang=fr prints (both broke after their ? as words do)
        ("Https://x.org/r?id=1", True),
        ("WWW.UNODC.ORG", True),
        ("example.org?lang=fr", True),
        ("example.org?", False),  # the end of a question
        # a fragment as a query ("#top" alone was a hashtag), a path in any script (RFC 3987)
        ("example.org#top", True),
        ("example.org#", False),
        ("example.org/ru/Контакты", True),
        ("example.org/ar/مرحبا", True),
        ("a@b.org", True),
        ("+41 22 917 1234", True),
        ("+41", False),
        ("0300-1234567", True),  # a phone number without +: seven digits or more
        ("(022) 917 1234", True),
        ("30-07-2026", True),  # a date typed with hyphens reads as digits: kept as typed
        ("30-07", False),
        ("116 000", False),  # six digits: a number of the text
        ("2024", False),
        ("July", False),
    ],
)
def test_link_tokens(token: str, link: bool) -> None:
    assert is_link_token(token) is link


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Voir *www.example.org.*", "Voir *xxxxxxxxxxxxxxx.*"),  # a full stop after it
        ("(voir www.example.org)", "(voir xxxxxxxxxxxxxxx)"),  # the bracket it ends
        ("[www.example.org]", "[xxxxxxxxxxxxxxx]"),  # in brackets
        ("(wiki.example.org/Foo_(bar))", "(xxxxxxxxxxxxxxxxxxxxxxxxxx)"),  # a pair it holds
        ("https://example.org/ar\u200fاتصلوا", "xxxxxxxxxxxxxxxxxxxxxx\u200fاتصلوا"),  # RLM
        ("زوروا unodc.org/bh، اليوم", "زوروا xxxxxxxxxxxx، اليوم"),  # an Arabic comma
        ("#endHT @unodc 0300-1234567 le 30-07", "xxxxxx xxxxxx xxxxxxxxxxxx le 30-07"),
    ],
)
def test_links_are_left_out_where_the_layout_ends_them(text: str, left: str) -> None:
    """A translator's checks leave out the addresses, hashtags and numbers the layout sees
    (`link_spans`), each ending where the layout's does: `LINK.sub` took the punctuation or
    bracket after an address, and a right-to-left mark with the word after it."""
    assert without_links(text, "x") == left
    assert without_links(text) == left.replace("x", "")


def test_thai_breaks_between_words_only() -> None:
    text = "ไม่ทิ้งเด็กคนใดไว้ข้างหลัง"
    words = [text[a:b] for a, b in break_segments(text, "th")]
    assert words == ["ไม่", "ทิ้ง", "เด็ก", "คน", "ใด", "ไว้", "ข้าง", "หลัง"]


def test_chinese_breaks_per_character_with_kinsoku() -> None:
    text = "不让一个孩子掉队，打击人口贩运。"
    segs = [text[a:b] for a, b in break_segments(text, "zh")]
    assert segs[:3] == ["不", "让", "一"]
    assert "队，" in segs
    assert "运。" in segs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("km", "កុំទុកកុមារណាម្នាក់ចោលក្នុងការប្រយុទ្ធប្រឆាំងនឹងការជួញដូរមនុស្ស"),
        ("my", "လူကုန်ကူးမှုကို တိုက်ဖျက်ရာတွင် မည်သည့်ကလေးကိုမျှ နောက်မကျန်ခဲ့စေရ"),
        ("lo", "ບໍ່ປະເດັກຄົນໃດໄວ້ທາງຫຼັງ"),
    ],
)
def test_dictionary_scripts_break_inside_runs_but_never_before_a_mark(lang: str, text: str) -> None:
    import unicodedata

    segs = break_segments(text, lang)
    assert len(segs) >= 4
    for a, _ in segs[1:]:
        assert not unicodedata.category(text[a]).startswith("M"), text[a - 2 : a + 2]


def test_japanese_breaks_per_character_with_kinsoku() -> None:
    text = "子どもを取り残さない。人身取引と闘う"
    segs = [text[a:b] for a, b in break_segments(text, "ja")]
    assert "い。" in segs  # the full stop stays with the character before it
    assert all(not s.startswith(("。", "、", "ー")) for s in segs)


@pytest.mark.parametrize(
    ("text", "code", "candidates", "expected"),
    [
        ("المركز الثقافي", "en", (), "ar"),  # CLDR: und_Arab is ar
        ("قومی مرکز", "en", ("en", "ur"), "ur"),  # the event's own language in that script
        ("#endHT #30July", "zh", (), "en"),  # CLDR: und (Latin) is en
        ("Москва", "fr", (), "ru"),
        ("東京駅で", "ja", (), None),  # Han and Hiragana: Japanese's own
        ("서울 光化門", "ko", (), None),  # Hangul and Han: Korean's own
        ("打击人口贩运 UNODC", "zh", (), None),  # mostly Han (6 of 11 letters)
        ("Walk مع", "en", (), None),  # Latin is most: the language's own
        ("تنظيم + UNODC Regional Office", "ar", (), None),  # Arabic words: the document's
        ("10:00 AM", "hi", (), "en"),  # no Devanagari letter
        ("ab مع", "en", (), None),  # no script has more than half of the letters
        ("30/07 — 18:00", "ar", (), None),  # no letters
        ("Parc", "sw", ("sw", "fr"), None),
    ],
)
def test_a_text_in_another_script_has_that_scripts_language(
    text: str, code: str, candidates: tuple[str, ...], expected: str | None
) -> None:
    assert other_script_language(text, code, candidates) == expected
