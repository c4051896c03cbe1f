"""Line breaking at exact widths: the room a line's hyphen takes, and none where no hyphen
shows (survivors of the third mutation pass over text/paragraph.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.fonts import FontBook
from campaign.text.paragraph import (
    EPS,
    BlockStyle,
    balanced_widths,
    break_lines,
    build_line,
    prepare,
    set_paragraphs,
)

SIZE = 10.0


@pytest.mark.parametrize(
    ("text", "end", "lines"),
    [
        # a line ending at a soft hyphen fits with its hyphen, measured in the font that sets the
        # syllable before it (NotoSans: 0.322 em), not the next one's (NotoSansSC: 1 em)
        ("x ab\u00ad中文", 5, [(0, 5, False), (5, 7, True)]),
        # a hard hyphen and a soft hyphen at the end of the text show no added hyphen
        ("a well-known", 7, [(0, 7, False), (7, 12, True)]),
        ("x ab\u00ad", 5, [(0, 5, True)]),
    ],
)
def test_a_line_as_wide_as_its_text_and_hyphen_fits(
    fonts: FontBook, text: str, end: int, lines: list[tuple[int, int, bool]]
) -> None:
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    width = build_line(p, 0, end, SIZE)[1]
    assert break_lines(p, SIZE, width)[0] == lines


def test_a_line_wider_than_its_box_by_the_tolerance_fits(fonts: FontBook) -> None:
    """EPS (0.01 pt) is the inclusive limit: "a well-" on a line 0.01 pt narrower than it."""
    p = prepare("a well-known", "en", False, fonts.stack("Latn", "regular"))
    text = p.seg_em[0] * SIZE + p.seg_ws_em[0] * SIZE + p.seg_em[1] * SIZE  # "a well-"
    width = text - EPS
    assert width + EPS == text  # exact in floating point: the test is at the limit
    assert break_lines(p, SIZE, width)[0] == [(0, 7, False), (7, 12, True)]
    narrower = text - 2 * EPS
    assert break_lines(p, SIZE, narrower)[0] == [(0, 1, False), (2, 7, False), (7, 12, True)]


def test_a_line_ended_by_a_line_break_is_not_justified(fonts: FontBook) -> None:
    p = prepare("Blue Heart\nfor all of them", "en", False, fonts.stack("Latn", "regular"))
    assert break_lines(p, SIZE, 100)[0] == [(0, 10, True), (11, 26, True)]
    style = BlockStyle(SIZE, 1.2, "justify", False, 0.4)
    lines, _, _ = set_paragraphs([p], 100, style, fonts.face("NotoSans", "regular"))
    natural = build_line(p, 0, 10, SIZE)[1]
    assert [ln.width for ln in lines] == [natural, build_line(p, 11, 26, SIZE)[1]]
    assert natural < 90


def test_white_space_at_the_end_of_the_text_is_not_set(fonts: FontBook) -> None:
    p = prepare("Blue Heart  ", "en", False, fonts.stack("Latn", "regular"))
    assert break_lines(p, SIZE, 100)[0] == [(0, 10, True)]
    style = BlockStyle(SIZE, 1.2, "end", False, 0.4)
    (line,), _, _ = set_paragraphs([p], 100, style, fonts.face("NotoSans", "regular"))
    assert line.width == build_line(p, 0, 10, SIZE)[1]
    assert line.x + line.width == 100  # the last letter at the right edge


def test_justify_widens_each_space_by_the_same_amount(fonts: FontBook) -> None:
    """The extra room goes to the spaces only, in whole font units (1/1000 em), so that the
    glyphs' advances end at the box's edge within half a unit per space."""
    text = "Support the UN فريق العمل Voluntary Trust Fund for Victims of Trafficking"
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    style = BlockStyle(SIZE, 1.2, "justify", False, 0.4)
    first, *_ = set_paragraphs([p], 200, style, fonts.face("NotoSans", "regular"))[0]
    plain, natural = build_line(p, first.start, first.end, SIZE)
    spaces = first.actual_text().count(" ")
    assert (spaces, len(first.runs)) == (6, 4)  # Latin, Arabic, a space, Latin
    add = round((200 - natural) / spaces / SIZE * 1000)
    for run, before in zip(first.runs, plain, strict=True):
        for g, h in zip(run.glyphs, before.glyphs, strict=True):
            widened = run.source[g.cluster] == " "
            assert g.x_advance == h.x_advance + (add if widened else 0)
    ends = [r.x + r.width for r in first.runs]
    assert [r.x for r in first.runs[1:]] == ends[:-1]
    assert ends[-1] == pytest.approx(200, abs=spaces * 0.5 * SIZE / 1000)


def test_balancing_narrows_only_paragraphs_of_several_lines(fonts: FontBook) -> None:
    stack = fonts.stack("Latn", "regular")
    texts = ("Blue Heart", "Leave No Child Behind in the Fight Against Trafficking", "Heart")
    paras = [prepare(t, "en", False, stack) for t in texts]
    style = BlockStyle(SIZE, 1.2, "start", False, 0.4)
    widths = balanced_widths(paras, 200, style)
    assert widths[0] == widths[2] == 200
    assert 120 < widths[1] < 200
    two = break_lines(paras[1], SIZE, widths[1])[0]
    assert two == [(0, 24, False), (25, 54, True)]  # at 200 pt: 42 and 11 characters
    assert len(break_lines(paras[1], SIZE, widths[1] - 0.1)[0]) == 3


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # an address breaks before a full stop inside it, the stop starting the next line
        # (CMOS 6.17), never with an added hyphen; it fitted no narrow caption before
        ("www.karama.example.org/expo", ["www.karama.example", ".org/expo"]),
        ("registration@example.org", ["registration@example", ".org"]),
        # a sentence's full stop after an address, and the dots of a run of dots, stay; an
        # address that fits a line whole goes to the next one rather than break (a trial's
        # "www.example.org/" | "latam.")
        ("Visit www.example.org. Now", ["Visit", "www.example.org.", "Now"]),
        # words that are no address keep their full stops
        ("e.g. this, i.e. that", ["e.g. this, i.e.", "that"]),
        # so do a phone number, a number and a date, which are kept whole as addresses are
        ("tél. 04.78.12.34.56 ou 06.12.34.56.78", ["tél. 04.78.12.34.56 ou", "06.12.34.56.78"]),
        ("total 1.250.000 on 30.07.2024", ["total 1.250.000 on", "30.07.2024"]),
    ],
)
def test_an_address_breaks_before_a_full_stop(fonts: FontBook, text: str, lines: list[str]) -> None:
    p = prepare(text, "en", False, fonts.stack("Latn", "bold"))
    starts = [text.index(line) for line in lines]
    widths = [build_line(p, a, a + len(ln), SIZE)[1] for a, ln in zip(starts, lines, strict=True)]
    width = max(widths) + 1  # room for the longest line expected, not for a word more
    found = break_lines(p, SIZE, width)[0]
    assert [text[a:b] for a, b, _ in found] == lines
    style = BlockStyle(SIZE, 1.2, "start", False, 0.4)
    assert not any(line.hyphen for line in set_paragraphs([p], width, style, p.faces[0])[0])


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ("www.vijanadhidi.or.ke/walk", ".or.ke"),
        ("https://events.example.co.uk/walk?id=7", ".co.uk"),
        ("info@vijana.example.or.ke", ".or.ke"),
        ("www.gob.mx/segob", "www.gob.mx"),  # the host is a public suffix: not broken
        ("https://www.gov.uk/report-trafficking", "www.gov.uk"),
        ("www.walk.accident-investigation.aero", ".accident-investigation.aero"),  # aero has some
    ],
)
def test_an_address_never_breaks_inside_its_public_suffix(
    fonts: FontBook, text: str, suffix: str
) -> None:
    """A narrow QR caption broke "www.vijanadhidi.or" / ".ke/walk", whose first line reads as a
    whole address (an organiser's trial): at every width a line breaks before the public
    suffix (publicsuffix.org) or after it, never inside it, and the first line ends with the
    suffix (and its slash) where it fits."""
    p = prepare(text, "en", False, fonts.stack("Latn", "bold"))
    at = text.index(suffix)
    whole = build_line(p, 0, len(text), SIZE)[1]
    for width in range(20, int(whole) + 2, 2):
        found = break_lines(p, SIZE, width)[0]
        assert not any(at < b < at + len(suffix) for _, b, _ in found[:-1]), (width, found)
    end = at + len(suffix) + text[at + len(suffix) :].startswith("/")
    first = build_line(p, 0, end, SIZE)[1]
    lines = [text[a:b] for a, b, _ in break_lines(p, SIZE, first + 1)[0]]
    assert lines[0] == text[:end], lines


def test_only_these_top_level_domains_have_public_suffixes_of_two_labels() -> None:
    """`inside_suffix` reads the Public Suffix List only for a host under a two-letter country
    code, an internationalized one or one of LONG_SUFFIX_TLDS: the list's ICANN section has
    suffixes of two labels or more under no other (unodc.org's pages need not load it)."""
    import publicsuffixlist

    from campaign.text.paragraph import LONG_SUFFIX_TLDS

    data = Path(publicsuffixlist.__file__).with_name("public_suffix_list.dat")
    others = set()
    for line in data.read_text("utf-8").splitlines():
        if "END ICANN DOMAINS" in line:
            break
        labels = line.strip().lstrip("*.!").split(".")
        if line.startswith("//") or len(labels) < 2:
            continue
        top = labels[-1]
        if top.isascii() and len(top) > 2 and not top.startswith("xn--"):
            others.add(top)
    assert others == LONG_SUFFIX_TLDS


@pytest.mark.parametrize(
    "text", ["details at www.exampleorganisation.org", "see https://www.example.org/a"]
)
def test_www_never_ends_a_line_alone(fonts: FontBook, text: str) -> None:
    """Running text ended a line with "www" and began the next with ".example...": the cut
    before the full stop after "www" (or its scheme and "www") is not made."""
    p = prepare(text, "en", False, fonts.stack("Latn", "bold"))
    whole = build_line(p, 0, len(text), SIZE)[1]
    for width in range(20, int(whole) + 2, 3):
        lines = [text[a:b] for a, b, _ in break_lines(p, SIZE, width)[0]]
        assert not any(line.lower().endswith("www") for line in lines), (width, lines)


ADDRESSES = [
    "https://www.unodc.org/documents/human-trafficking/2024/GLOTIP_2024_BOOK.pdf",
    "www.example.org/ea-report?id=2026&lang=fr#contacts",
    "example.org/eastern-africa/~blue-heart/report_2026.pdf",
    "registration.desk@example-organisation.org",
    # a fragment after a bare host (Adobe's PDF open parameters) and a path in another script
    "example.org#page=12&zoom=150",
    "example.org/ru/отчёт-2026#page=12",
    "example.org/ru/отчёт-2026/итоги",
    "example.org?id=2026&lang=fr#contacts",
]


def assert_chicago_break(line: str, after: str) -> None:
    """A line of an address that ends before `after`, broken as CMOS 15th ed., 17.11 allows:
    after / @ = &, or before ~ . , - _ ? # % = &; never after a hyphen, a question mark or a
    number sign, and never before a number sign and a letter (a line that began "#walk" read
    as a hashtag)."""
    assert line[-1] in "/@=&" or after[0] in "~.,-_?#%=&"
    assert not line.endswith(("-", "?", "#"))
    assert not (after[0] == "#" and after[1:2].isalpha())


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_breaks_where_the_chicago_manual_allows(fonts: FontBook, text: str) -> None:
    """Inside a web or e-mail address a line breaks only after a slash, a double slash or an @,
    before ~ . , - _ ? # %, or before or after = and & (CMOS 15th ed., 17.11 and 7.44): a
    hyphen of the address never ends a line (UAX 14 broke after it, which reads as a word
    hyphenated), and no hyphen is added. At every width from the widest piece's up, the lines
    join to the text again and none overflows."""
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    widest = max(p.seg_em) * SIZE
    whole = build_line(p, 0, len(text), SIZE)[1]
    style = BlockStyle(SIZE, 1.2, "start", False, 0.4)
    for width in [widest + 0.01, *range(int(widest) + 2, int(whole) + 2, 7)]:
        found, over = break_lines(p, SIZE, width)
        assert over == 0, (width, text)
        lines = [text[a:b] for a, b, _ in found]
        assert "".join(lines) == text
        for line, after in zip(lines, lines[1:], strict=False):
            assert_chicago_break(line, after)
        assert not any(ln.hyphen for ln in set_paragraphs([p], width, style, p.faces[0])[0])


@pytest.mark.parametrize(
    "text",
    [
        "زوروا example.org/ar/من-نحن#فريق للمزيد",
        "زوروا example.org?id=2026&lang=ar#contacts للمزيد",
        "التقرير على https://example.org/ar/تقرير-2026#page=12&zoom=150",
    ],
)
def test_an_address_in_arabic_text_breaks_where_the_chicago_manual_allows(
    fonts: FontBook, text: str
) -> None:
    """The same in a right-to-left paragraph, an Arabic path and a fragment among them: at
    every width from the widest piece's up, each line that ends inside the address ends
    where the address may break, and none overflows."""
    from campaign.text.scripts import link_spans

    ((start, end),) = link_spans(text)
    p = prepare(text, "ar", True, fonts.stack("Arab", "regular"))
    widest = max(p.seg_em) * SIZE
    whole = build_line(p, 0, len(text), SIZE)[1]
    inside = 0
    for width in [widest + 0.01, *range(int(widest) + 2, int(whole) + 2, 5)]:
        found, over = break_lines(p, SIZE, width)
        assert over == 0, (width, text)
        for _, b, _ in found[:-1]:
            if start < b < end:
                inside += 1
                assert_chicago_break(text[start:b], text[b:end])
    assert inside > 0  # the sweep broke the address somewhere


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # an underline, a query's marks and a number sign break; the double slash stays whole
        ("example.org/register#walk", ["example", ".org/", "register#walk"]),
        ("example.org/a#2", ["example", ".org/", "a", "#2"]),  # not a hashtag: may break
        (
            "https://a.example.org/GLOTIP_2024.pdf",
            ["https://", "a", ".example", ".org/", "GLOTIP", "_2024", ".pdf"],
        ),
        (
            "example.org/r?id=26&l=fr#top",
            # not before "#top": a line that began with it read as a hashtag (a trial)
            ["example", ".org/", "r", "?id", "=", "26", "&", "l", "=", "fr#top"],
        ),
        # a bare host name with a query is an address too (a field https://x.org?y printed)
        ("example.org?id=26&l=fr", ["example", ".org", "?id", "=", "26", "&", "l", "=", "fr"]),
        # a host name with a path and no scheme is an address too (a field's short form)
        ("see unodc.org/blue-heart now", ["see ", "unodc", ".org/", "blue", "-heart ", "now"]),
        # a fragment after a bare host breaks as a query does: before its # (but before a
        # letter), before or after = and &; it was a word ("#top" a hashtag)
        ("example.org#top", ["example", ".org#top"]),
        ("example.org#2026-report", ["example", ".org", "#2026", "-report"]),
        (
            "example.org#page=12&zoom=150",
            ["example", ".org#page", "=", "12", "&", "zoom", "=", "150"],
        ),
        # a path in another script is the address's: before its hyphen, not after it (UAX 14)
        ("unodc.org/ru/о-нас", ["unodc", ".org/", "ru/", "о", "-нас"]),
        # a hashtag and a mention are words; so is a host name without a path
        ("#blue_heart @un_odc unodc.org.", ["#blue_heart ", "@un_odc ", "unodc.org."]),
    ],
)
def test_the_break_opportunities_of_an_address(
    fonts: FontBook, text: str, pieces: list[str]
) -> None:
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    assert [text[a:b] for a, b in p.segs] == pieces


def lines_in_box(fonts: FontBook, lang: str, text: str, lines: list[str]) -> list[str]:
    """The lines `text` is set in, in a box as wide as the widest of `lines` and 1 pt more
    (room for the longest line expected, not for a piece more), at SIZE."""
    rtl = lang == "ar"
    p = prepare(text, lang, rtl, fonts.stack("Arab" if rtl else "Latn", "regular"))
    starts = [text.index(line) for line in lines]
    widths = [build_line(p, a, a + len(ln), SIZE)[1] for a, ln in zip(starts, lines, strict=True)]
    found, over = break_lines(p, SIZE, max(widths) + 1)
    assert over == 0
    return [text[a:b] for a, b, _ in found]


@pytest.mark.parametrize(
    ("lang", "text", "lines"),
    [
        # a field https://example.org?id=2026&lang=fr as print shows it (`printed_url`): a
        # query after a bare host was no address, and its line ended "example.org?"
        ("en", "example.org?id=2026&lang=fr", ["example.org", "?id=2026&", "lang=fr"]),
        ("en", "example.org?id=2026&lang=fr", ["example", ".org?id=", "2026&", "lang=fr"]),
        # a scheme in capitals (RFC 3986: any case) was no address either
        (
            "en",
            "Report: Https://example.org/report?id=2026&lang=fr",
            ["Report: Https://", "example.org/report", "?id=2026&lang=fr"],
        ),
        # the same in Arabic text: the address is one left-to-right island, broken as in English
        (
            "ar",
            "زوروا example.org?id=2026&lang=ar للمزيد",
            ["زوروا example.org", "?id=2026&lang=ar", "للمزيد"],
        ),
        (
            "ar",
            "التقرير على HTTPS://example.org/report?id=2026&lang=ar",
            ["التقرير على HTTPS://", "example.org/report", "?id=2026&lang=ar"],
        ),
        # a fragment after a bare host breaks as a query does (it was one word, overflowing)
        ("en", "example.org#page=12&zoom=150", ["example.org#page=", "12&zoom=150"]),
        ("en", "example.org#page=12&zoom=150", ["example", ".org#page=12&", "zoom=150"]),
        (
            "ar",
            "زوروا example.org#page=12&zoom=150 للمزيد",
            ["زوروا example.org#page=", "12&zoom=150 للمزيد"],
        ),
        # an Arabic path breaks as a Latin one: never after its hyphen (UAX 14 broke after
        # it); and an address that fits a line whole goes to the next one rather than break
        # (a trial's "www.example.org/" | "latam."), as a Latin one does
        (
            "ar",
            "زوروا example.org/ar/من-نحن للمزيد",
            ["زوروا", "example.org/ar/من-نحن", "للمزيد"],
        ),
    ],
)
def test_a_query_breaks_as_the_rest_of_its_address(
    fonts: FontBook, lang: str, text: str, lines: list[str]
) -> None:
    """A query breaks by the rule of the rest of its address (`paragraph._link_breaks`, CMOS
    15th ed., 17.11): before its ?, before or after = and &, never inside a name or a value.
    It broke after the ? (UAX 14's break after a question mark) where its address was not
    found: a reader typed "example.org?" and then "id=2026&lang=fr" as two things."""
    found = lines_in_box(fonts, lang, text, lines)
    assert found == lines
    assert not any(line.endswith(("?", "#", "-")) for line in found)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # addresses without a query break where they did
        (
            "https://www.unodc.org/documents/human-trafficking/2024/GLOTIP_2024_BOOK.pdf",
            ["https://www.unodc", ".org/documents/", "human-trafficking/", "2024/GLOTIP_2024"]
            + ["_BOOK.pdf"],
        ),
        ("Visit unodc.org/blue-heart today", ["Visit unodc", ".org/blue", "-heart today"]),
        ("HTTPS://www.unodc.org/blue-heart", ["HTTPS://", "www.unodc.org/", "blue-heart"]),
        ("www.example.org/ea-report#contacts", ["www.example.org/ea", "-report#contacts"]),
        # a question mark ending a question after a host name is no query: it stays on its line
        ("Is it example.org? Yes, it is.", ["Is it example.org?", "Yes, it is."]),
        ("See unodc.org?", ["See", "unodc.org?"]),
    ],
)
def test_an_address_without_a_query_breaks_as_before(
    fonts: FontBook, text: str, lines: list[str]
) -> None:
    assert lines_in_box(fonts, "en", text, lines) == lines


def test_a_path_in_another_script_is_not_hyphenated(fonts: FontBook) -> None:
    """A Russian path was hyphenated as a Russian word (unodc.org/ru/Кон-такты): the
    address ended at its first letter that is not ASCII."""
    text = "См. unodc.org/ru/Контакты сегодня"
    p = prepare(text, "ru", False, fonts.stack("Latn", "regular"), hyphenate=True)
    assert [text[a:b] for a, b in p.segs] == [
        "См. ",
        "unodc",
        ".org/",
        "ru/",
        "Контакты ",
        "се",
        "го",
        "дня",
    ]
    assert sorted(p.inserted) == [text.index("го"), text.index("дня")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Chinese letters are word characters: the bare host after them was missed, and the
        # ones after it were taken into it
        ("请访问unodc.org/blueheart了解更多", "unodc.org/blueheart"),
        # an ideographic full stop ends an address (it was kept in the link's URI)
        ("见 www.unodc.org/blueheart。谢谢", "www.unodc.org/blueheart"),
        ("见 https://bücher.example/蓝心运动，谢谢", "https://bücher.example/蓝心运动"),
        # a bare host's path takes letters of other scripts (RFC 3987), not CJK ones
        ("请访问unodc.org/ru/Контакты了解更多", "unodc.org/ru/Контакты"),
        ("请访问unodc.org#top了解更多", "unodc.org#top"),
        # nor those of the other scripts written without spaces (a review: the Thai words
        # after a bare host's path were taken into its link), nor CJK beyond the BMP
        ("ดูที่ unodc.org/blueheartเพื่อเรียนรู้เพิ่มเติม", "unodc.org/blueheart"),
        ("ดูที่unodc.org/blueheart เพิ่มเติม", "unodc.org/blueheart"),
        ("ເບິ່ງ unodc.org/blueheartລາວ", "unodc.org/blueheart"),
        ("ကြည့်ပါ unodc.org/blueheartမြန်မာ", "unodc.org/blueheart"),
        ("សូមមើល unodc.org/blueheartខ្មែរ", "unodc.org/blueheart"),
        ("见unodc.org/blueheart𠮷野家", "unodc.org/blueheart"),
    ],
)
def test_an_address_in_chinese_text(text: str, address: str) -> None:
    from campaign.text.scripts import link_spans

    assert [text[a:b] for a, b in link_spans(text)] == [address]
