"""Lines of the shipped Lao and Khmer strings: a Lao line never breaks inside a word of
lao_words.txt that ICU's dictionary splits (ຜູ້ເຄາະ|ຮ້າຍ, ສະ|ແກນ "scan", ແຄມ|ເປນ "campaign"), a
Khmer or Lao line never ends on a nominalising prefix (ការ|ជួញដូរ, "trafficking", left the
line reading "work"), and the breaks between words are still there."""

from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest
import yaml

from campaign.fonts import FontBook
from campaign.text import breaks
from campaign.text.breaks import break_segments, last_resort
from campaign.text.paragraph import BlockStyle, Line, break_lines, prepare, set_paragraphs

ROOT = Path(__file__).resolve().parents[2]
SIZE = 20.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)
SCRIPT = {"lo": "Laoo", "km": "Khmr", "th": "Thai"}


def strings(lang: str) -> dict[str, Any]:
    path = ROOT / "materials" / "strings" / f"{lang}.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))["strings"]
    return data


def texts_of(lang: str) -> list[str]:
    out = []
    for entry in strings(lang).values():
        out += [entry[k] for k in ("text", "short") if isinstance(entry.get(k), str)]
    return out


def words_of(text: str, lang: str) -> list[str]:
    """The text cut where a line may break other than as a last resort."""
    weak = last_resort(text, lang)
    edges = [a for a, _ in break_segments(text, lang)[1:] if a not in weak]
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def lines_of(fonts: FontBook, text: str, lang: str, width: float) -> list[Line]:
    stack = fonts.stack(SCRIPT[lang], "regular", lang)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], width, STYLE, stack[0])
    return lines


def line_texts(lines: list[Line]) -> list[str]:
    return [ln.runs[0].source[ln.start : ln.end].strip() for ln in lines]


def width_of(fonts: FontBook, text: str, lang: str) -> float:
    return max(ln.width for ln in lines_of(fonts, text, lang, 10_000))


# Lao: the words of lao_words.txt that ICU 78 splits in lo.yaml ("victim", "scan",
# "campaign", "e-mail", "voluntary", "solidarity" (ຄວາມ + "united"), "survivor")
LAO_WORDS = ("ເຄາະຮ້າຍ", "ສະແກນ", "ແຄມເປນ", "ອີເມວ", "ສະໝັກໃຈ", "ຄວາມສາມັກຄີ", "ຜູ້ລອດຊີວິດ")


def test_lao_words_icu_splits_are_cut_as_the_word_list_has_them() -> None:
    lo = strings("lo")
    assert words_of(lo["cta_join"]["text"], "lo") == ["ເຂົ້າຮ່ວມ", "ແຄມເປນ", "ຫົວໃຈ", "ສີຟ້າ"]
    assert words_of(lo["qr_label_mailto"]["text"], "lo") == ["ສະແກນ", "ເພື່ອ", "ສົ່ງ", "ອີເມວ"]
    assert words_of(lo["fact"]["text"], "lo") == [
        *("ຂອງ", "ຜູ້", "ເຄາະຮ້າຍ", "ຈາກ", "ການຄ້າ", "ມະນຸດ"),
        *("ທີ່", "ກວດ", "ພົບ", "ແມ່ນ", "ເດັກ"),
    ]
    assert words_of(lo["support_title"]["text"], "lo") == ["ສະໜັບສະໜູນ", "ຜູ້ລອດຊີວິດ"]
    # ICU's breaks between words are kept: ICU gave ຫົວໃຈ|ສີຟ້າ, ເພື່ອ|ສະແດງ as well
    assert words_of(lo["support"]["text"], "lo")[-4:] == ["ສີຟ້າ", "ເພື່ອ", "ສະແດງ", "ຄວາມສາມັກຄີ"]


@pytest.mark.parametrize(("key", "field"), [("signs", "text"), ("support", "text")])
def test_a_lao_line_never_ends_inside_a_word_at_any_width(
    fonts: FontBook, key: str, field: str
) -> None:
    text = strings("lo")[key][field]
    guarded = [(i, i + len(w)) for w in LAO_WORDS for i in _all(text, w)]
    assert guarded
    widest = max(width_of(fonts, text[s:e], "lo") for s, e in guarded)
    width, tried = widest, 0
    while width < 400:
        lines = lines_of(fonts, text, "lo", width)
        for line in lines[:-1]:
            for s, e in guarded:
                assert not s < line.end < e, (width, line_texts(lines))
        tried += 1
        width += 3.0
    assert tried > 40


def _all(text: str, word: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(word, i)]


@pytest.mark.parametrize("lang", ["lo", "km"])
def test_the_shipped_strings_break_between_words_and_never_run_out(
    fonts: FontBook, lang: str
) -> None:
    """Every line of the strings file's texts, at widths from its widest word's up, breaks
    between two words of `words_of` and fits."""
    stack = fonts.stack(SCRIPT[lang], "regular", lang)
    checked = 0
    for text in texts_of(lang):
        p = prepare(text, lang, False, stack)
        words = words_of(text, lang)
        edges = set(accumulate(len(w) for w in words))
        widest = max(width_of(fonts, w.strip(), lang) for w in words if w.strip())
        for width in (widest, widest + 40, widest + 100, widest + 200):
            lines, over = break_lines(p, SIZE, width)
            assert over == 0
            for (_, _, hard), (start, _, _) in zip(lines, lines[1:], strict=False):
                assert not hard
                assert start in edges, (width, text[:start] + "|" + text[start:])
                checked += 1
    assert checked > 100


def test_a_lao_word_wider_than_the_line_is_broken_inside_rather_than_run_out(
    fonts: FontBook,
) -> None:
    text = "ເຂົ້າຮ່ວມແຄມເປນ"
    width = width_of(fonts, "ແຄມເປນ", "lo") - 1
    lines = lines_of(fonts, text, "lo", width)
    assert line_texts(lines) == ["ເຂົ້າຮ່ວມ", "ແຄມ", "ເປນ"]  # ICU's break, as a last resort
    assert all(ln.width <= width for ln in lines)


# Khmer: ICU sets the nominalising prefix ការ apart (ការ|ជួញដូរ, "trafficking", the kit's
# word; a line ending on ការ read "work")
def test_khmer_nominalising_prefix_is_one_word_with_what_follows() -> None:
    km = strings("km")
    assert words_of(km["badge"]["text"], "km") == ["បញ្ចប់", "ការជួញដូរ", "មនុស្ស"]
    assert words_of(km["theme"]["text"], "km")[-4:] == [
        *("ការប្រយុទ្ធ", "ប្រឆាំង", "ការជួញដូរ", "មនុស្ស"),
    ]
    assert words_of(km["back_title"]["text"], "km")[-2:] == ["ផ្តល់", "ការគាំទ្រ។"]
    # ធ្វើការ, "to work", is a verb that ends in ការ: the break after it stays
    assert words_of("ធ្វើការដើម្បីសងបំណុល", "km")[:2] == ["ធ្វើការ", "ដើម្បី"]
    # and a writer's space after ការ is a break
    assert words_of("ការ ជួញដូរ", "km") == ["ការ ", "ជួញដូរ"]


# ការ + verb in km.yaml: "trafficking", "fight", "support", "offer", "travel"
KHMER_PREFIXED = ("ការជួញដូរ", "ការប្រយុទ្ធ", "ការគាំទ្រ", "ការផ្តល់", "ការធ្វើដំណើរ")


def test_no_khmer_line_of_the_shipped_strings_ends_on_the_prefix_at_any_width(
    fonts: FontBook,
) -> None:
    stack = fonts.stack("Khmr", "regular", "km")
    tried = 0
    for text in texts_of("km"):
        # ICU's dictionary has មានការ, "to have business", as one word: មានការ|ជួញដូរ,
        # "there is trafficking", is left as ICU cuts it (ធ្វើការ, "to work", looks the same)
        after_prefix = {
            i + 3 for w in KHMER_PREFIXED for i in _all(text, w) if text[i - 3 : i] != "មាន"
        }
        if not after_prefix:
            continue
        p = prepare(text, "km", False, stack)
        width = width_of(fonts, "ការធ្វើដំណើរ", "km")
        while width < 500:
            lines, _ = break_lines(p, SIZE, width)
            for start, _, _ in lines[1:]:
                assert start not in after_prefix, (width, text[:start] + "|" + text[start:])
            tried += 1
            width += 7.0
    assert tried > 200


def test_a_khmer_prefixed_word_wider_than_the_line_breaks_after_the_prefix(
    fonts: FontBook,
) -> None:
    width = width_of(fonts, "ការជួញដូរ", "km") - 1
    lines = lines_of(fonts, "ការជួញដូរ", "km", width)
    assert line_texts(lines) == ["ការ", "ជួញដូរ"]
    assert all(ln.width <= width for ln in lines)


def test_the_lao_word_list_is_read_only_when_a_lao_text_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    words_of_list = breaks.words_of

    def recording(wl: breaks.WordList) -> tuple[frozenset[str], int]:
        read.append(wl.script)
        return words_of_list(wl)

    monkeypatch.setattr(breaks, "words_of", recording)
    # texts of their own, so that no cache of an earlier test answers
    for text, lang in [("ผู้เสียหายจากการค้ามนุษย์ ๑", "th"), ("ការជួញដូរ ១", "km"), ("x y", "en")]:
        last_resort(text, lang)
    assert "Laoo" not in read
    last_resort("ຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດ 1", "lo")
    assert read[-1] == "Laoo"


def test_the_lao_word_list_holds_lao_words_only_and_names_its_licences() -> None:
    lines = breaks.LAO.path.read_text("utf-8").splitlines()
    words = [w for w in lines if not w.startswith("#")]
    assert len(words) == 43_796
    assert words == sorted(set(words))
    assert all(breaks.LAO.letter(ch) for w in words for ch in w)
    header = "\n".join(w for w in lines if w.startswith("#"))
    assert "lao_words.LICENSE.txt" in header
    licence = breaks.LAO.path.with_name("lao_words.LICENSE.txt").read_text("utf-8")
    assert "Apache License" in licence
    assert "Copyright (c) 2015 The E-Government Center, Ministry of Posts and" in licence


# The project's own words (lao_words_added.txt, khmer_words.txt): ICU split them in the
# shipped strings, and an office's trial printed ແຈ້ງໜ້າ|ເວັບ ("report web | page")
ADDED = {
    "lo": ("ໜ້າເວັບ", "ອອນລາຍ", "ກອງທຶນ", "ສາຍດ່ວນ", "ແບບຟອມ"),
    "km": ("ប៉ូលីស", "អនឡាញ"),
}


@pytest.mark.parametrize("lang", ["lo", "km"])
def test_the_projects_own_words_are_not_broken_in_the_shipped_strings(
    fonts: FontBook, lang: str
) -> None:
    found = 0
    for text in texts_of(lang):
        guarded = [(i, i + len(w)) for w in ADDED[lang] for i in _all(text, w)]
        if not guarded:
            continue
        found += len(guarded)
        edges = set(accumulate(len(w) for w in words_of(text, lang)))
        assert not any(s < e for s, e_ in guarded for e in edges if e < e_ and e > s), text
        widest = max(width_of(fonts, w.strip(), lang) for w in words_of(text, lang) if w.strip())
        for width in (widest, widest + 30, widest + 90):
            for line in lines_of(fonts, text, lang, width)[:-1]:
                assert not any(s < line.end < e for s, e in guarded), (width, line.end, text)
    assert found >= 10


def test_icu_splits_the_projects_own_words_and_the_lists_join_them() -> None:
    """What the lists add: without them, ICU's pieces are the words."""
    assert words_of("រាយការណ៍ទៅប៉ូលីសតាមអនឡាញ", "km") == [*("រាយការណ៍", "ទៅ", "ប៉ូលីស", "តាម", "អនឡាញ")]
    assert words_of("ແຈ້ງໜ້າເວັບ", "lo") == ["ແຈ້ງ", "ໜ້າເວັບ"]
    pieces = breaks.icu_segments("ប៉ូលីសអនឡាញ", "km")
    assert len(pieces) == 4  # ប៉ូលី|ស|អន|ឡាញ


def test_a_protected_word_never_begins_or_ends_inside_a_cluster() -> None:
    """ស្ប: the COENG (U+17D2) sets ប below ស, so ប៉ូលីស there is no word of its own; nor
    is it before a vowel sign (ប៉ូលីសា): no break is added, and the breaks ICU gives stay."""
    for text in ("ស្ប៉ូលីស", "ប៉ូលីសា"):
        assert breaks.protected_spans(text) == ()
        cuts = {a for a, _ in break_segments(text, "km")}
        assert cuts == {a for a, _ in breaks.icu_segments(text, "km")}
        assert not last_resort(text, "km")
    assert breaks.protected_spans("ស្កប៉ូលីស") == ((3, 9),)


def test_the_added_lists_hold_their_scripts_words_only() -> None:
    for script, (wl, path) in breaks.PROTECTED.items():
        lines = path.read_text("utf-8").splitlines()
        words = [w for w in lines if not w.startswith("#")]
        assert words, path
        assert words == sorted(set(words)), path
        assert all(wl.letter(ch) for w in words for ch in w), path
        assert "MIT" in "\n".join(lines[:8]), path
        assert breaks.protected_words(script)


# Two scripts of UAX #14's class SA with no space between them: ICU breaks each with its own
# dictionary but never at the change (ไทยພາສາ stayed one piece, a line ran out of the frame
# rather than break there: an office's Thai text that names a Lao place)
@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("ภาษาไทยພາສາລາວ", 7),  # Thai, then Lao
        ("ພາສາລາວภาษาไทย", 7),  # Lao, then Thai
        ("ภาษาไทยភាសាខ្មែរ", 7),  # Thai, then Khmer
        ("ພາສາລາວမြန်မာ", 7),  # Lao, then Myanmar
    ],
)
def test_a_line_may_break_where_one_south_east_asian_script_meets_another(
    text: str, at: int
) -> None:
    for lang in ("th", "lo", "en"):
        assert at in {a for a, _ in break_segments(text, lang)}, lang
        assert at not in last_resort(text, lang)  # a word's edge, not a last resort
    assert breaks.script_changes(text) == {at}


def test_a_mark_of_another_block_stays_on_its_letter() -> None:
    text = "ກ\u0e31ນ"  # a Lao letter carrying a Thai vowel sign (a typing slip), then Lao
    assert breaks.script_changes(text) == {2}  # after the mark, not before it
    assert 1 not in {a for a, _ in break_segments(text, "lo")}


def test_a_thai_line_breaks_before_a_lao_word_it_touches(fonts: FontBook) -> None:
    text = "ติดต่อที่ສະຖານທູດ"  # "contact at" + "embassy" (Lao), no space
    width = width_of(fonts, "ติดต่อที่", "th") + 1
    stack = fonts.stack("Thai", "regular", "th")
    lines, _, _ = set_paragraphs([prepare(text, "th", False, stack)], width, STYLE, stack[0])
    assert line_texts(lines) == ["ติดต่อที่", "ສະຖານທູດ"]
