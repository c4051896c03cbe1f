"""Bidi levels and display order against python-bidi's Rust unicode-bidi: texts without letters
of the paragraph's opposite direction or with only its formatting characters, links and
hashtags, and boundary neutrals (survivors of the third mutation pass over text/bidi.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import bidi
import pytest

from campaign.fonts import FontBook
from campaign.text.bidi import EXPLICIT, _rust_levels, embedding_levels, first_strong, visual_order
from campaign.text.paragraph import build_line, prepare
from campaign.text.scripts import link_spans


def shown(fonts: FontBook, text: str, rtl: bool) -> str:
    """The visible characters in display order, left to right."""
    stack = fonts.stack("Arab" if rtl else "Latn", "regular")
    p = prepare(text, "ar" if rtl else "en", rtl, stack)
    runs, _ = build_line(p, 0, len(text), 12)
    out = "".join(r.text[::-1] if r.rtl else r.text for r in runs)
    return "".join(ch for ch in out if ch not in EXPLICIT)


@pytest.mark.parametrize(
    ("text", "rtl", "expected"),
    [
        # Latin alone in a right-to-left paragraph: the final '!' goes to the left
        ("Blue Heart!", True, "!Blue Heart"),
        # Arabic or Hebrew alone in a left-to-right paragraph reads right to left
        ("اليوم العالمي", False, "يملاعلا مويلا"),
        ("שלום עולם", False, "םלוע םולש"),
        ("שלום", False, "םולש"),  # one word: no neutral character at all
        # Latin inside a right-to-left embedding or isolate: a '!' before it goes after it
        ("abc \u202b!def\u202c ghi", False, "abc def! ghi"),
        ("abc \u2067!def\u2069 ghi", False, "abc def! ghi"),
        # with an isolate (resolved by unicode-bidi): the paragraph's direction is the
        # language's, not the first letter's
        ("Blue \u2067قلب ج\u2069 Heart!", True, "!Blue ج بلق Heart"),
    ],
)
def test_an_opposite_direction_shows_without_letters_of_that_direction(
    fonts: FontBook, text: str, rtl: bool, expected: str
) -> None:
    reference = bidi.get_display(text, base_dir="R" if rtl else "L")
    assert "".join(ch for ch in reference if ch not in EXPLICIT) == expected
    assert shown(fonts, text, rtl) == expected


def test_latin_in_a_right_to_left_paragraph_is_at_level_2() -> None:
    assert embedding_levels("ab 1", True) == [2, 2, 2, 2]
    assert embedding_levels("ab!", True) == [2, 2, 1]
    assert embedding_levels("ab!", False) == [0, 0, 0]


@pytest.mark.parametrize(
    ("text", "rtl"), [("הצטרפו #לב_כחול היום", True), ("Join #לב_כחול today", False)]
)
def test_a_hebrew_hashtag_reads_right_to_left_with_its_hash_at_the_start(
    fonts: FontBook, text: str, rtl: bool
) -> None:
    """Hebrew letters are bidi class R (Arabic's are AL): the same rule as Arabic hashtags."""
    assert "#לב_כחול"[::-1] in shown(fonts, text, rtl)


@pytest.mark.parametrize(
    ("text", "island"),
    [
        ("اتصلوا info@un.org الآن", (7, 18)),  # an address inside the text, not at its start
        ("ادعموا #30 اليوم", (7, 10)),  # a hashtag without letters
    ],
)
def test_a_link_in_right_to_left_text_is_a_left_to_right_island(
    text: str, island: tuple[int, int]
) -> None:
    a, b = island
    assert embedding_levels(text, True) == [1] * a + [2] * (b - a) + [1] * (len(text) - b)


def test_a_hashtag_that_starts_with_a_latin_letter_reads_from_its_hash(fonts: FontBook) -> None:
    assert "#UN_" in shown(fonts, "ادعموا #UN_قلب اليوم", True)


def test_resolving_levels_writes_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """python-bidi's steps print their state to stderr when asked to debug: never here."""
    assert embedding_levels("ندعم Blue Heart (2024)", True)[:4] == [1, 1, 1, 1]
    assert embedding_levels("Blue Heart: القلب الأزرق", False)[:4] == [0, 0, 0, 0]
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("text", "rtl", "levels"),
    [
        # Persian's zero-width non-joiner and a soft hyphen are boundary neutrals, which UAX 9
        # removes (X9): each takes the level of the character before it, or the paragraph's
        ("\u200cمی\u200cخواهم", True, [1] * 9),
        ("می\u200cخواهم Blue\u00adHeart", True, [1] * 9 + [2] * 10),
        ("a\u00adب", False, [0, 0, 1]),
        ("\u200dقلب", False, [0, 1, 1, 1]),
        ("\u00ad", True, [1]),  # nothing left after X9
    ],
)
def test_boundary_neutrals_take_the_level_before_them(
    text: str, rtl: bool, levels: list[int]
) -> None:
    assert embedding_levels(text, rtl) == levels


@pytest.mark.parametrize(
    ("levels", "order"),
    [
        ([0, 2, 2], [0, 1, 2]),  # even levels only: two reversals cancel
        ([0, 4, 4, 2], [0, 1, 2, 3]),
        ([0, 1, 1, 2, 2, 1], [0, 5, 3, 4, 2, 1]),
        ([1, 2, 2, 0], [1, 2, 0, 3]),
        ([], []),
    ],
)
def test_rule_l2_reverses_from_the_highest_level_to_the_lowest_odd_one(
    levels: list[int], order: list[int]
) -> None:
    assert visual_order(levels) == order


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("اتصل بـ UNICEF (2024).", 2),
        ("اتصل بـ UNICEF [2024].", 2),
        ("اكتب إلى UN (New York) اليوم", 2),
        ("הצטרפו ל-Blue Heart (2024).", 2),
        # nothing left-to-right before the pair (N0 c2): the brackets take the paragraph's
        # direction, mirrored, around the Latin
        ("(UNICEF 2024) اتصل", 1),
    ],
)
def test_paired_brackets_stay_with_their_pair_in_right_to_left_text(
    fonts: FontBook, text: str, level: int
) -> None:
    """Rule N0 (BD16): a bracket pair takes the direction of the strong text inside it when
    the text before it has that direction too, so `(2024)` after a Latin name keeps both
    brackets with the name, unmirrored."""
    reference = bidi.get_display(text, base_dir="R")
    assert shown(fonts, text, True) == reference
    levels = embedding_levels(text, True)
    closing = text.rindex(")" if ")" in text else "]")
    opening = text.rindex("(" if "(" in text else "[")
    assert levels[opening] == levels[closing] == level


def test_the_closing_bracket_is_not_moved_beside_the_period(fonts: FontBook) -> None:
    assert shown(fonts, "اتصل بـ UNICEF (2024).", True) == ".UNICEF (2024) ـب لصتا"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("زوروا https://ar.wikipedia.org/wiki/قلب اليوم", "https://ar.wikipedia.org/wiki/قلب"),
        ("تابعوا #UN_قلب اليوم", "#UN_قلب"),
        # a host without its scheme and an Arabic path: the path was shown left of its host
        ("زوروا example.org/ar/مرحبا، شكرا", "example.org/ar/مرحبا"),
        ("زوروا unodc.org/ar/من-نحن اليوم", "unodc.org/ar/من-نحن"),
    ],
)
def test_right_to_left_letters_in_a_latin_first_link_read_right_to_left(
    fonts: FontBook, text: str, span: str
) -> None:
    """A Latin-first link in right-to-left text is a left-to-right isolate (LRI ... PDI): its
    Arabic letters are at level 3, so they read right to left, joined, inside it."""
    a = text.index(span)
    b = a + len(span)
    levels = embedding_levels(text, True)
    arabic = [i for i in range(a, b) if "\u0600" <= text[i] <= "\u06ff"]
    assert arabic
    assert all(levels[i] == 3 for i in arabic)
    assert all(levels[i] == 2 for i in range(a, b) if i not in arabic and text[i].isalpha())
    wrapped = text[:a] + "\u2066" + span + "\u2069" + text[b:]
    reference = bidi.get_display(wrapped, base_dir="R")
    assert shown(fonts, text, True) == "".join(ch for ch in reference if ch not in EXPLICIT)


def test_latin_hashtags_separated_by_spaces_share_one_isolate() -> None:
    text = "انضموا #endHT #30July"
    levels = embedding_levels(text, True)
    start = text.index("#")
    assert levels[start:] == [2] * (len(text) - start)  # the space between them too


def test_a_right_to_left_hashtag_is_an_isolate_one_level_up() -> None:
    text = "انضموا #القلب_الأزرق اليوم"
    levels = embedding_levels(text, True)
    a = text.index("#")
    b = text.index(" ", a)
    assert levels[a:b] == [3] * (b - a)  # RLI in a paragraph at level 1
    assert levels[:a] == [1] * a
    assert levels[b:] == [1] * (len(text) - b)
    assert embedding_levels("Join #القلب today", False)[5:11] == [1] * 6  # RLI at level 0


def test_an_empty_text_has_no_levels() -> None:
    assert embedding_levels("", True) == []
    assert embedding_levels("", False) == []


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("زوروا https://a.org/قلب الآن ثم #UN_قلب اليوم", True),
        ("#القلب_الأزرق و #UN_قلب (2024) ثم www.un.org/ar/قلب.", True),
        ("Join #القلب today, يوم #قلب_أزرق (2024) and #UN", False),
    ],
)
def test_several_isolates_give_each_character_its_own_level(text: str, rtl: bool) -> None:
    """Every character keeps its own level when several links are wrapped: the levels are
    those of the same text with the isolates written in, less the isolates' own."""
    wrapped, spans = [], []
    pos = 0
    for a, b in link_spans(text):
        rtl_tag = text[a] in "#@" and first_strong(text[a:b]) in ("R", "AL")
        if not rtl_tag and not rtl:
            continue
        spans.append((a, b))
        wrapped += [text[pos:a], "\u2067" if rtl_tag else "\u2066", text[a:b], "\u2069"]
        pos = b
    wrapped.append(text[pos:])
    assert len(spans) >= 2
    dump = "".join(wrapped)
    reference = [
        lv for ch, lv in zip(dump, _rust_levels(dump, rtl), strict=True) if ch not in EXPLICIT
    ]
    assert embedding_levels(text, rtl) == reference
    assert len(set(reference)) >= 2


@pytest.mark.parametrize(
    "number",
    [
        "0300-1234567",  # as typed: kept in Latin digits (text.scripts.localise_digits)
        "۰۳۰۰-۱۲۳۴۵۶۷",  # typed in Urdu digits
        "(042) 111-222",
        "(+98) 21 1234 5678",  # a country code in brackets: the ( was left in the Persian
        "(+971) 4 123 4567",  # text, shown at the far end: "+98) 21 1234 5678)" (a trial)
    ],
)
def test_a_phone_number_without_plus_reads_left_to_right_in_arabic_script(
    fonts: FontBook, number: str
) -> None:
    """After Arabic letters, European digits count as Arabic numbers (UAX #9, W2), and a hyphen
    between Arabic numbers does not join them: 0300-1234567 was shown as 1234567-0300 and
    dialled so. A phone number without + is now a link (`text.scripts.LINK`): an isolate,
    left to right, in one piece."""
    text = f"فون: {number}، ای میل"
    assert number in shown(fonts, text, True)


def _visual(text: str, levels: list[int]) -> str:
    """The characters in display order (UAX 9 rule L2: from the highest level down, reverse
    every run at that level or above)."""
    order = list(range(len(text)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return "".join(text[k] for k in order)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a link at the end of English words is one unit with them (it came out before them)
        ("Write to info@example.org", "Write to info@example.org"),
        ("Call +41-22-917-1234", "Call +41-22-917-1234"),
        ("Call +41-22-917-1234 now", "Call +41-22-917-1234 now"),
        ("info@example.org is ours", "info@example.org is ours"),
        # in Arabic words, the link alone, at its place
        ("اتصل على +41-22-917-1234 الآن", "نآلا +41-22-917-1234 ىلع لصتا"),
        ("مسيرة Write to info@example.org اليوم", "مويلا Write to info@example.org ةريسم"),
        ("info@x.org مرحبا www.example.org", "www.example.org ابحرم info@x.org"),
    ],
)
def test_a_link_with_english_words_in_a_right_to_left_paragraph_keeps_their_order(
    text: str, shown: str
) -> None:
    """An organiser's English contact line on an Arabic flyer, "Write to info@example.org",
    printed as "info@example.org Write to": the link's isolate was a neutral between the
    Latin words and the paragraph's right-to-left end."""
    assert _visual(text, embedding_levels(text, True)) == shown
