"""Letters that print right and read wrong (a Europe and Central Asia office's trial): a word
mixing Latin, Cyrillic or Greek look-alikes ("Сampaniei" with a Cyrillic С in Romanian, "Aдам"
with a Latin A in Kazakh) is a `text.mixed-script` warning, and a Romanian ş or ţ with a
cedilla for ș or ț with a comma below is a `text.cedilla` warning: in a strings file (`check`,
`build`) and in a translator's file on import. Only a word mixing scripts letter by letter is
one: addresses, hashtags, digits, and a whole word in another script are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.text.letters import letter_problems, mixed_words

from ..kits import cli, translated_csv

ROOT = Path(__file__).resolve().parents[2]

RO_SAID = (
    "1 word(s) mix the letters of two scripts: \u201c\u0421ampaniei\u201d is Latin with "
    "Cyrillic \u0421 (U+0421 CYRILLIC CAPITAL LETTER ES); they print alike, but a PDF's text "
    "holds the other letters (search, copy and screen readers find another word)"
)
RO_HINT = (
    "write C (U+0043 LATIN CAPITAL LETTER C) for \u0421 in \u201c\u0421ampaniei\u201d: the "
    "keyboard layout was switched in the middle of a word"
)
CEDILLA_SAID = (
    "3 letter(s) with a cedilla where Romanian writes a comma below: \u015f (U+015F LATIN SMALL "
    "LETTER S WITH CEDILLA) first at character 15, \u0163 (U+0163 LATIN SMALL LETTER T WITH "
    "CEDILLA) first at character 16"
)
CEDILLA_HINT = (
    "write \u0219 (U+0219) for \u015f, \u021b (U+021B) for \u0163: the comma below is "
    "Romanian's (the Romanian Academy, SR 13011); the cedilla letters are Turkish, from old "
    "code pages and keyboard layouts"
)


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        ("Sprijiniți \u0421ampaniei", "ro", [("\u0421ampaniei", "Latn", ["\u0421"])]),
        (
            "A\u0434\u0430\u043c \u0441\u0430\u0443\u0434\u0430\u0441\u044b",
            "kk",
            [("A\u0434\u0430\u043c", "Cyrl", ["A"])],
        ),
        # a Greek word with a Latin A and O
        (
            "AN\u0398P\u03a9\u03a0\u03a9N",
            "el",
            [("AN\u0398P\u03a9\u03a0\u03a9N", "Grek", ["A", "N", "P"])],
        ),
        # one letter against one: the language's script is the word's
        ("A\u0434", "kk", [("A\u0434", "Cyrl", ["A"])]),
        ("A\u0434", "en", [("A\u0434", "Latn", ["\u0434"])]),
        # no mixture: a whole Latin word in Cyrillic text, digits, an address, a hashtag, a
        # handle, an apostrophe, Ukrainian і and ї
        ("UNODC \u0438 \u041e\u041e\u041d: COVID-19, 30 \u0438\u044e\u043b\u044f", "ru", []),
        (
            "\u0441\u043c. unodc.org/\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u044b #BlueHeart\u0421\u0435\u0440\u0434\u0446\u0435 @unodc_\u0440\u0443",
            "ru",
            [],
        ),
        ("\u043c'\u044f\u0441\u043e \u0456 \u0457\u0436\u0430", "uk", []),
        ("\u0395\u03bb\u03bb\u03ac\u03b4\u03b1 UNODC 2026", "el", []),
        ("\u0928\u092e\u0938\u094d\u0924\u0947 UNODC\u0915\u093e", "hi", []),  # not look-alikes
    ],
)
def test_mixed_words(text: str, code: str, found: list[tuple[str, str, list[str]]]) -> None:
    assert mixed_words(text, code) == found


def test_a_ukrainian_word_with_a_latin_i_names_the_cyrillic_one() -> None:
    ((diag, said, fix),) = letter_problems("\u0421\u044c\u043e\u0433\u043e\u0434\u043di", "uk")
    assert diag == "text.mixed-script"
    assert said.startswith(
        "1 word(s) mix the letters of two scripts: \u201c\u0421\u044c\u043e\u0433\u043e\u0434"
        "\u043di\u201d is Cyrillic with Latin i (U+0069 LATIN SMALL LETTER I);"
    ), said
    assert fix.startswith(
        "write \u0456 (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) for i in"
    ), fix


def test_a_letter_without_a_look_alike_asks_for_a_letter_of_the_script() -> None:
    ((_, _, fix),) = letter_problems("Bl\u0434e", "en")
    assert fix == (
        "write a Latin letter for \u0434 in \u201cBl\u0434e\u201d: the keyboard layout was "
        "switched in the middle of a word"
    )


@pytest.mark.parametrize(
    ("code", "found"),
    [("ro", True), ("ro-MD", True), ("tr", False), ("en", False)],
)
def test_cedillas_are_romanian_mistakes_only(code: str, found: bool) -> None:
    problems = letter_problems("Pe\u015fte \u015fi \u0163ar\u0103", code)
    assert [d for d, _, _ in problems] == (["text.cedilla"] if found else [])
    assert letter_problems("Pe\u0219te \u0219i \u021bar\u0103", code) == []


def ro_strings() -> str:
    return (
        "language: ro\nname: Romanian\nstatus: draft\nstrings:\n"
        "  badge:\n    text: Sprijiniți \u0421ampaniei\n"
        "  day:\n    text: Ziua mondial\u0103 \u015f\u0163i \u015fi noi \u00b7 30 iulie\n"
    )


def test_a_strings_file_with_a_mixed_word_and_cedillas_is_warned_at_each_key(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**{"materials/strings/ro.yaml": ro_strings()})
    code, out = cli("check", "--kit", kit, "--lang", "ro", "--only", "badge-58")
    assert code == 0, out
    path = kit / "materials/strings/ro.yaml"
    assert (
        f"{path}:5:3: warning[text.mixed-script]: [ro] 'badge': {RO_SAID}\n  hint: {RO_HINT}"
    ) in out, out
    assert (
        f"{path}:7:3: warning[text.cedilla]: [ro] 'day': {CEDILLA_SAID}\n  hint: {CEDILLA_HINT}"
    ) in out, out
    assert out.count("text.mixed-script") == 1, out
    assert out.count("text.cedilla") == 1, out


def test_an_imported_translation_with_a_mixed_word_is_a_warning_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    path = tmp_path / "ru.csv"
    mixed = "Cто\u043f \u0442\u043e\u0440\u0433\u043e\u0432\u043b\u0435 UNODC"  # a Latin C
    line, column = translated_csv(kit, path, "ru", "badge", mixed)
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    said = (
        "1 word(s) mix the letters of two scripts: \u201cCто\u043f\u201d is Cyrillic with Latin "
        "C (U+0043 LATIN CAPITAL LETTER C); they print alike, but a PDF's text holds the other "
        "letters (search, copy and screen readers find another word)"
    )
    hint = (
        "write \u0421 (U+0421 CYRILLIC CAPITAL LETTER ES) for C in \u201cCто\u043f\u201d: the "
        "keyboard layout was switched in the middle of a word"
    )
    assert (
        f"{path}:{line}:{column}: warning[text.mixed-script]: 'badge': {said}\n  hint: {hint}"
    ) in out, out
    # at the cell, then at the written key, by the kit's check that follows the import
    assert out.count("text.mixed-script") == 2, out
    written = (kit / "materials/strings/ru.yaml").read_text(encoding="utf-8").splitlines()
    key = next(i for i, ln in enumerate(written) if ln.startswith("  badge:")) + 1
    assert f"/ru.yaml:{key}:3: warning[text.mixed-script]: [ru] 'badge': {said}\n" in out, out
    assert mixed in (kit / "materials/strings/ru.yaml").read_text(encoding="utf-8")


def test_a_merged_cell_mixing_scripts_in_a_word_is_a_warning(tmp_path: Path) -> None:
    """A merged event's title is told as a strings file's text is: a Russian row whose Стоп
    begins with a Latin C (a keyboard switched mid-word); the row is made, the English row
    says nothing."""
    from campaign.diagnostics import Collector
    from campaign.kit.load import load_kit
    from campaign.merge.events import read_events
    from campaign.merge.tables import read_table

    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue\n"
        "walk,ru,Cтоп торговле людьми,2026-07-30,Парк\n"
        "run,en,Stop trafficking,2026-07-30,Park\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["walk", "run"]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "2:3: warning[text.mixed-script]: row 2, column title (C): 1 word(s) mix the letters "
        "of two scripts: “Cтоп” is Cyrillic with Latin C (U+0043 LATIN CAPITAL LETTER C); "
        "they print alike, but a PDF's text holds the other letters (search, copy and screen "
        "readers find another word)\n"
        "  hint: write С (U+0421 CYRILLIC CAPITAL LETTER ES) for C in “Cтоп”: the keyboard "
        "layout was switched in the middle of a word"
    ]
