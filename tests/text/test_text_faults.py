"""Text its font cannot set as written is told at its string (layout.items.text.
report_text_faults, text.clusters): a vowel sign with no letter to sit on, which the page
shows as a dotted circle (◌), is an error; a mark typed twice and Burmese in the Zawgyi
encoding are warnings. A South-East Asia office's trial printed Zawgyi Burmese, a Khmer vowel
sign typed before its consonant and a Thai tone mark typed twice, with dotted circles and
stacked marks, `check --strict` saying "ok" and the print shop's preflight passing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.text.clusters import repeated_marks, zawgyi_probability

from ..kits import check, cli, mini_copy, mini_with_language

BROKEN_HINT = (
    "  hint: a vowel sign or mark typed before its letter, or on one that cannot carry it: type "
    "the letter first, then its signs, in the order of the spoken syllable\n"
)
ZAWGYI_HINT = (
    "  hint: the text looks like Burmese in the Zawgyi encoding, not Unicode: convert it to "
    "Unicode (Google's myanmar-tools, or the Rabbit converter) and check it in a Unicode font\n"
)
# "Myanmar" (မြန်မာ) in Unicode and as Zawgyi types it: the medial ra before its consonant
# (U+103B, Zawgyi's ra), the asat as U+1039
UNICODE_MYANMAR = "မြန်မာ"
ZAWGYI_MYANMAR = "ျမန္မာ"


def kit_in(tmp_path: Path, code: str, word: str) -> Path:
    """The mini kit with a strings file for `code` whose `word` (line 5) is `word`."""
    return mini_with_language(tmp_path, code, f"  word: {word}\n")


@pytest.mark.parametrize(
    ("code", "word", "said", "hint"),
    [
        # Khmer: the vowel sign e typed before its consonant (as it is drawn), not after
        (
            "km",
            "េប បញ្ចប់",
            "'េ' (U+17C1 KHMER VOWEL SIGN E) in 'េប'",
            BROKEN_HINT,
        ),
        # Burmese in Zawgyi: the vowel sign e before the consonant, the medial ra as ya
        (
            "my",
            "ေမာင္ " + ZAWGYI_MYANMAR,
            "'ေ' (U+1031 MYANMAR VOWEL SIGN E) in 'ေမ' (and 1 more place(s))",
            ZAWGYI_HINT,
        ),
        # Hindi: a vowel sign after a space
        ("hi", "नमस्ते ि", "'ि' (U+093F DEVANAGARI VOWEL SIGN I) in 'नमस्ते ि'", BROKEN_HINT),
    ],
)
def test_a_sign_with_no_letter_to_sit_on_is_an_error_at_its_string(
    tmp_path: Path, code: str, word: str, said: str, hint: str
) -> None:
    status, out = check(kit_in(tmp_path, code, word), "--lang", code)
    assert status == 1, out
    assert out.count("[text.broken-cluster]") == 1, out
    assert (
        f"materials/strings/{code}.yaml:5:3: error[text.broken-cluster]: [{code}] 'word': "
        f"{said} has no letter to sit on: the font draws a dotted circle (◌) in front of it on "
        "the page (in badge, text)\n" + hint
    ) in out, out


def test_a_mark_typed_twice_is_a_warning(tmp_path: Path) -> None:
    kit = kit_in(tmp_path, "th", "ด่่วน ยุติการค้ามนุษย์")
    status, out = check(kit, "--lang", "th")
    assert status == 0, out
    assert (
        "materials/strings/th.yaml:5:10: warning[text.repeated-mark]: [th] 'word': '่' (U+0E48 "
        "THAI CHARACTER MAI EK) follows itself in 'ด่่ว': it is drawn twice, one on the other "
        "(in badge, text)\n  hint: delete one of the two\n"
    ) in out, out
    status, out = check(kit, "--lang", "th", "--strict")
    assert status == 1
    assert "materials/strings/th.yaml:5:10: error[text.repeated-mark]: [th] 'word'" in out


def test_zawgyi_without_a_dotted_circle_is_a_warning(tmp_path: Path) -> None:
    """Zawgyi text that still shapes (each sign after some letter) prints other letters than
    meant without a dotted circle: the detector tells it."""
    word = "ရုံးခ်ဳပ္"  # "head office": Zawgyi's medial ya (U+103A) and asat (U+1039)
    assert zawgyi_probability(word) >= 0.95
    status, out = check(kit_in(tmp_path, "my", word), "--lang", "my")
    assert "[text.broken-cluster]" not in out, out
    assert status == 0, out
    assert (
        "materials/strings/my.yaml:5:3: warning[text.zawgyi]: [my] 'word': the Burmese reads as "
        f"the Zawgyi encoding ({zawgyi_probability(word):.0%} likely by myanmar-tools' "
        "detector), which a Unicode font draws as other letters (in badge, text)\n" + ZAWGYI_HINT
    ) in out, out


def test_the_kits_own_texts_have_no_fault(tmp_path: Path) -> None:
    """Every shipped language in every material: no dotted circle, no mark typed twice, no
    Zawgyi (and Unicode Burmese is not taken for it)."""
    root = Path(__file__).resolve().parents[2]
    status, out = check(root, "--strict")
    assert status == 0, out
    for code in ("text.broken-cluster", "text.repeated-mark", "text.zawgyi"):
        assert code not in out
    assert zawgyi_probability(UNICODE_MYANMAR) < 0.05
    assert zawgyi_probability(ZAWGYI_MYANMAR) >= 0.95


def test_repeated_marks_are_the_second_of_each_pair() -> None:
    assert repeated_marks("ด่่วน") == (2,)
    assert repeated_marks("ก่ก่") == ()  # the same mark on two letters
    assert repeated_marks("a\ufe0f\ufe0f") == ()  # variation selectors draw nothing
    assert repeated_marks("a\u034f\u034f") == ()  # nor does the combining grapheme joiner
    assert repeated_marks("\u1820\u180b\u180b") == ()  # nor Mongolian's variation selectors
    assert repeated_marks("بِّّ") == (3,)  # a shadda twice


def test_a_dotted_circle_the_text_has_is_no_fault(tmp_path: Path) -> None:
    """A translator's note showing a sign on a dotted circle, as dictionaries write it."""
    status, out = check(kit_in(tmp_path, "th", "สระ ◌ิ"), "--lang", "th")
    assert status == 0, out
    assert "broken-cluster" not in out


def test_a_rim_of_two_strings_names_the_one_with_the_fault(tmp_path: Path) -> None:
    """A rim sets its strings as one line, joined: the fault is told at the string that has
    it, the second here, not at the first of the line."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, km]"),
            "layouts/badge.yaml": (
                "slots:\n",
                "slots:\n  - {name: rim, kind: arc-text, string: [first, second], style: word, "
                "side: bottom, frame: {start: 2, top: 2, width: 16, height: 16}}\n",
            ),
            "strings/en.yaml": ("  word: Heart\n", "  word: Heart\n  first: One\n  second: Two\n"),
        },
    )
    (kit / "materials" / "strings" / "km.yaml").write_text(
        "language: km\nname: km\nstatus: draft\nstrings:\n  word: ក\n  first: ក\n  second: េប\n",
        encoding="utf-8",
    )
    status, out = check(kit, "--lang", "km", "--only", "badge")
    assert "materials/strings/km.yaml:7:3: error[text.broken-cluster]: [km] 'second': 'េ'" in out
    assert "[km] 'first'" not in out, out
    assert status == 1


def test_the_badge_rim_names_the_string_with_the_fault(kit_copy: Callable[..., Path]) -> None:
    """The rim sets its strings as one line (badge-58's `hashtags`): the fault is named at the
    string that has it, not at the first of the line."""
    kit = kit_copy()
    strings = kit / "materials" / "strings" / "km.yaml"
    text = strings.read_text(encoding="utf-8")
    old = '  hashtags:\n    text: "#endHT #30July #EndHumanTrafficking"\n'
    assert old in text
    strings.write_text(text.replace(old, '  hashtags:\n    text: "#endHT េប"\n'), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    status, out = check(kit, "--lang", "km", "--only", "badge-58")
    assert status == 1, out
    assert (
        f"materials/strings/km.yaml:{line}:3: error[text.broken-cluster]: [km] 'hashtags': 'េ' "
        "(U+17C1 KHMER VOWEL SIGN E) in '#endHT េប' has no letter to sit on: the font draws a "
        "dotted circle (◌) in front of it on the page (in badge-58)\n" + BROKEN_HINT
    ) in out, out


def test_a_merge_tells_a_campaign_strings_fault_once(kit_copy: Callable[..., Path]) -> None:
    """A fault of a campaign string shows on every event's flyer of a merge: one error naming
    the events, not one an event (a reviewer merged four Khmer events: four errors)."""
    kit = kit_copy()
    strings = kit / "materials" / "strings" / "km.yaml"
    text = strings.read_text(encoding="utf-8")
    start = text.index("  cta_join:\n    text: ") + len("  cta_join:\n    text: ")
    strings.write_text(text[:start] + "េប " + text[start:], encoding="utf-8")
    line = text[:start].count("\n")  # the key's line
    data = kit / "events.csv"
    rows = [f"ev-{n},km,ព្រឹត្តិការណ៍ {n},2026-07-30,10:00,ភ្នំពេញ" for n in range(5)]
    data.write_text("event_id,language,title,date,time,venue\n" + "\n".join(rows) + "\n")
    status, out = cli("merge", "event-flyer-a5", data, "--kit", kit, "-o", kit / "out")
    assert status == 1, out
    assert out.count("[text.broken-cluster]") == 1, out
    assert (
        f"km.yaml:{line}:3: error[text.broken-cluster]: [km] 'cta_join': 'េ' (U+17C1 KHMER "
        "VOWEL SIGN E) in 'េប' has no letter to sit on: the font draws a dotted circle (◌) in "
        "front of it on the page (in event-flyer-a5; 5 events: ev-0, ev-1, ev-2 and 2 more)\n"
    ) in out, out
