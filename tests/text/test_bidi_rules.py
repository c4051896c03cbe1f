"""Bidi rules beyond plain UAX 9: which spans stay left to right (links, e-mail, phone numbers,
Latin hashtags), right-to-left hashtags (case text-and-images/02), explicit isolates and
overrides, and the error for one left open."""

from __future__ import annotations

from pathlib import Path

import bidi
import pytest

from campaign.fonts import FontBook
from campaign.text.bidi import EXPLICIT, unterminated
from campaign.text.paragraph import Run, build_line, prepare
from campaign.text.shape import shape_run

from ..kits import cli, mini_copy

TAG = "#القلب_الأزرق"


def runs_of(fonts: FontBook, text: str, lang: str, script: str, rtl: bool) -> list[Run]:
    p = prepare(text, lang, rtl, fonts.stack(script, "bold"))
    return build_line(p, 0, len(text), 12)[0]


def visual(runs: list[Run]) -> str:
    """The characters in display order, left to right."""
    return "".join(r.text[::-1] if r.rtl else r.text for r in runs)


@pytest.mark.parametrize(
    ("text", "lang", "script", "rtl"),
    [
        ("#endHT " + TAG, "ar", "Arab", True),  # case 02's minimal input (badge rim)
        ("انضموا إلى حملة " + TAG + " الآن!", "ar", "Arab", True),  # inside a sentence
        ("Join " + TAG + " today", "en", "Latn", False),  # in a left-to-right paragraph
    ],
)
def test_an_arabic_hashtag_reads_right_to_left_with_its_hash_at_the_start(
    fonts: FontBook, text: str, lang: str, script: str, rtl: bool
) -> None:
    runs = runs_of(fonts, text, lang, script, rtl)
    shown = visual(runs)
    # one right-to-left unit: 'الأزرق' leftmost, then '_', 'القلب' and the '#' on the right
    assert TAG[::-1] in shown, shown
    assert all(r.rtl for r in runs if set(r.text) & set(TAG[1:]))
    # each word joined as HarfBuzz joins it alone: same glyphs, same order
    for word in ("القلب", "الأزرق"):
        start = text.index(word)
        run = next(r for r in runs if r.start <= start < r.end)
        drawn = [g.gid for g in run.glyphs if start <= g.cluster < start + len(word)]
        alone = shape_run(run.face, word, 0, len(word), True, "ar")
        assert drawn == [g.gid for g in alone]


def test_latin_tags_links_mail_and_phone_numbers_stay_left_to_right(fonts: FontBook) -> None:
    text = "اتصلوا #30July ثم #endHT و info@un.org و https://un.org/x و +1 555 0100 الآن"
    shown = visual(runs_of(fonts, text, "ar", "Arab", True))
    for island in ("#30July", "#endHT", "info@un.org", "https://un.org/x", "+1 555 0100"):
        assert island in shown, (island, shown)
    # the case-02 badge rim: the Latin tag keeps its order, on the right (it comes first)
    shown = visual(runs_of(fonts, "#endHT " + TAG, "ar", "Arab", True))
    assert shown == TAG[::-1] + " #endHT"


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("abc \u2067שלום def\u2069 xyz", False),  # RLI ... PDI
        ("مرحبا \u2066abc אב 12\u2069 اليوم", True),  # LRI ... PDI
        ("abc \u2068שלום 1\u2069 def", False),  # FSI: right to left by its first letter
        ("abc \u202eflipped\u202c def", False),  # RLO ... PDF
        ("مرحبا \u202dabc אב\u202c اليوم", True),  # LRO ... PDF
        ("abc \u202bשלום def\u202c ghi", False),  # RLE ... PDF
    ],
)
def test_isolates_embeddings_and_overrides_are_honoured(
    fonts: FontBook, text: str, rtl: bool
) -> None:
    runs = runs_of(fonts, text, "ar" if rtl else "en", "Arab" if rtl else "Latn", rtl)
    expected = bidi.get_display(text, base_dir="R" if rtl else "L")
    assert visible(visual(runs)) == visible(expected)


def visible(text: str) -> str:
    return "".join(ch for ch in text if ch not in EXPLICIT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a\u202eb", (1, "\u202e")),
        ("a\u2067b\u202ac\u2069 d\u202b", (8, "\u202b")),  # the PDI closed the LRE inside
        ("a\u202eb\nc\u202c", (1, "\u202e")),  # a PDF in the next paragraph is too late
        ("a\u2066b\u202c", (1, "\u2066")),  # a PDF does not close an isolate
        ("a\u202eb\u202c \u2068c\u2069", None),
        ("\u202c\u2069 stray closers", None),  # ignored by UAX 9, harmless
    ],
)
def test_unterminated_finds_the_first_open_one(text: str, found: tuple[int, str] | None) -> None:
    assert unterminated(text) == found


def test_an_unterminated_override_is_an_error_at_the_string(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path / "kit",
        {"strings/ar.yaml": ("  emblem_alt: قلب أزرق", '  emblem_alt: "قلب \\u202Eأزرق"')},
    )
    code, out = cli("check", "--kit", kit, "--lang", "ar")
    assert code == 1, out
    path = kit / "materials" / "strings" / "ar.yaml"
    assert (
        f"{path}:6:15: error[text.bidi-unterminated]: the text opens U+202E RIGHT-TO-LEFT "
        "OVERRIDE at character 5 and does not close it before the end of the paragraph: "
        "everything after it would be turned around\n"
        "  hint: add U+202C POP DIRECTIONAL FORMATTING where it should end, or delete the "
        "U+202E\n"
    ) in out, out


def test_an_unterminated_isolate_in_a_short_variant_is_an_error_at_it(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path / "kit",
        {
            "strings/ar.yaml": (
                "  emblem_alt: قلب أزرق",
                '  emblem_alt:\n    text: قلب أزرق\n    short: "\\u2067قلب"',
            )
        },
    )
    code, out = cli("check", "--kit", kit, "--lang", "ar")
    assert code == 1, out
    assert out.count("[text.bidi-unterminated]") == 1, out
    assert (
        ":8:12: error[text.bidi-unterminated]: the text opens U+2067 RIGHT-TO-LEFT ISOLATE at "
        "character 1 and does not close it before the end of the paragraph: everything after "
        "it would be isolated\n  hint: add U+2069 POP DIRECTIONAL ISOLATE where it should end"
    ) in out, out
