"""An office's language codes that the kit lacks are named at the code, with a hint that fits
the mistake: a list written as one text, another case, a region the kit does not have; the
pseudo-locales are not offered. The same hints for --lang."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import ROOT, cli

BRUSSELS = (ROOT / "materials/offices/brussels.yaml").read_text(encoding="utf-8")

# the kit's languages as a hint lists them, each with its name
NAMED = (
    "am (Amharic), ar (Arabic), bn (Bengali), en (English), es (Spanish), fa (Persian), "
    "fr (French), hi (Hindi), ht (Haitian Creole), id (Indonesian), ka (Georgian), "
    "km (Khmer), lo (Lao), my (Burmese), ne (Nepali), pt (Portuguese), ru (Russian), "
    "so (Somali), sw (Swahili), th (Thai), tl (Tagalog (Filipino)), tr (Turkish), "
    "uk (Ukrainian), ur (Urdu), vi (Vietnamese), zh (Chinese (Simplified))"
)


@pytest.mark.parametrize(
    ("written", "errors"),
    [
        (
            "fr, ar",
            ["8:12: office 'brussels' prints 'fr, ar', which has no strings file\n"
             "  hint: write a list: languages: [fr, ar]"],
        ),
        (
            "[FR, ar]",
            ["8:13: office 'brussels' prints 'FR', which has no strings file\n"
             "  hint: write 'fr': the kit's code"],
        ),
        (
            "[en, ar-MA]",
            ["8:17: office 'brussels' prints 'ar-MA', which has no strings file\n"
             "  hint: the kit has 'ar' (Arabic): write 'ar' if that suits, or add "
             "materials/strings/ar-MA.yaml, which prints ar.yaml's texts until it has its "
             "own: python generate.py new language ar-MA --kit {kit}"],
        ),
    ],
)  # fmt: skip
def test_an_office_language_the_kit_lacks_is_named_at_its_code(
    kit_copy: Callable[..., Path], written: str, errors: list[str]
) -> None:
    text = BRUSSELS.replace("languages: [en, fr]", f"languages: {written}")
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 1
    path = kit / "materials/offices/brussels.yaml"
    found = re.findall(rf"{re.escape(str(path))}:(.*\n  hint: .*)", out)
    assert [f.replace("error[ref.language]: ", "") for f in found] == [
        e.format(kit=kit) for e in errors
    ]


def test_a_list_written_as_one_text_is_one_error_not_a_warning_more_per_language(
    kit_copy: Callable[..., Path],
) -> None:
    """A country office's trial: `languages: en, my` beside `names: {my: ...}` was told to
    write a list, and also that my's names were for a language it does not print."""
    text = (
        BRUSSELS.replace("languages: [en, fr]", "languages: fr, ar")
        .replace("names: {}", 'names: {ar: "Bureau AR"}')
        .replace("fields_by_language: {}", 'fields_by_language: {ar: {office_name: "AR"}}')
    )
    assert "names: {}" not in text  # replaced
    assert "fields_by_language: {}" not in text
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 1
    assert "hint: write a list: languages: [fr, ar]" in out
    assert "office.language" not in out, out
    assert out.count("error[") == 1, out
    assert "warning[" not in out


def test_an_empty_list_of_languages_says_so(kit_copy: Callable[..., Path]) -> None:
    text = BRUSSELS.replace("languages: [en, fr]", "languages: []")
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 1
    assert (
        "brussels.yaml:8:12: error[schema.type]: 'languages' in brussels.yaml must be a list of "
        "at least one text (got [])\n  hint: name one or more\n"
    ) in out


@pytest.mark.parametrize(
    ("asked", "hint"),
    [
        ("ar-MA", "the kit has 'ar' (Arabic): write 'ar' if that suits, or add "
                  "materials/strings/ar-MA.yaml, which prints ar.yaml's texts until it has "
                  "its own: python generate.py new language ar-MA"),
        ("ar-XC", "the kit has 'ar' (Arabic): write 'ar' if that suits, or add "
                  "materials/strings/ar-XC.yaml, which prints ar.yaml's texts until it has "
                  "its own: python generate.py new language ar-XC"),
        # North Frisian in CLDR: the way to add it too (`--lang zu` named none)
        ("frr", "did you mean 'fr'?\n  hint: to add it: python generate.py new language frr"),
        ("French", "write its code: 'fr'"),  # a language's name
        ("amharic", "write its code: 'am'"),
        # a language's name misspelt (an organiser's sheet: "frnech" got the list of codes)
        ("frnech", "did you mean 'fr' (French)?"),
        ("Arabik", "did you mean 'ar' (Arabic)?"),
        # ISO 639-2 and withdrawn codes of the kit's languages: its code, not how to add
        # another Amharic (`amh` was told both)
        ("amh", "'amh' is another code of 'am' (Amharic): write 'am'"),
        ("FRE", "'FRE' is another code of 'fr' (French): write 'fr'"),
        # the other way: CLDR reads the kit's tl as fil (a review)
        ("fil", "the kit writes 'fil' as 'tl' (Tagalog (Filipino)): write 'tl'"),
        # a country's code (CLDR's official languages there that the kit has)
        ("CN", "'CN' is the country code of China; write a language's code: 'zh' "
               "(Chinese (Simplified))"),
        ("PK", "'PK' is the country code of Pakistan; write a language's code: 'ur' (Urdu), "
               "'en' (English)"),
        # Japan: no Japanese in the kit; its code, and how to add it (it was the list of the
        # kit's codes, where ja is not)
        ("JP", "'JP' is the country code of Japan; write a language's code: 'ja' (Japanese), "
               "which the kit does not have\n  hint: to add it: python generate.py new "
               "language ja"),
        # Cambodia's and Myanmar's codes, for Khmer and Burmese (a South-East Asia office)
        ("kh", "'kh' is the country code of Cambodia; write a language's code: 'km' (Khmer)"),
        ("mm", "'mm' is the country code of Myanmar (Burma); write a language's code: 'my' "
               "(Burmese)"),
        # a language's code that is a country's too, where the language is not spoken (a
        # regional office's `br` for Brazil was told how to add Breton)
        ("br", "languages with strings: " + NAMED + "\n  hint: 'br' is also the country code "
               "of Brazil: for Brazil, write the code of its language: 'pt' (Portuguese)\n"
               "  hint: to add Breton (br): python generate.py new language br"),
        ("ca", "languages with strings: " + NAMED + "\n  hint: 'ca' is also the country code "
               "of Canada: for Canada, write a code of its languages: 'en' (English), 'fr' "
               "(French)\n  hint: to add Catalan (ca): python generate.py new language ca"),
        ("pt_BR", "the kit has 'pt' (Portuguese): write 'pt' if that suits, or add "
                  "materials/strings/pt-BR.yaml, which prints pt.yaml's texts until it has "
                  "its own: python generate.py new language pt-BR"),  # as BCP 47 writes it
        # a style of ur's letters: ur's texts, in Nastaliq (the README's promise, once the
        # file is there; without it the hint said only to add it)
        ("ur-Aran", "the kit has 'ur' (Urdu): write 'ur' if that suits, or add "
                    "materials/strings/ur-Aran.yaml, which prints ur.yaml's texts in Nastaliq "
                    "until it has its own: python generate.py new language ur-Aran"),
        # other letters than the kit's zh: no texts of zh's, and no such promise
        ("zh-TW", "the kit has 'zh' (Chinese (Simplified)): write 'zh' if that suits, or add "
                  "materials/strings/zh-TW.yaml"),
        # neither a language nor a country (an office's `SP` for Spanish): every code with
        # its language's name, where es (Spanish) is found
        ("SP", "languages with strings: " + NAMED),
    ],
)  # fmt: skip
def test_lang_hints_leave_out_the_pseudo_locales(asked: str, hint: str) -> None:
    code, out = cli("check", "--kit", ROOT, "--lang", asked)
    assert code == 1
    assert out == f"error[ref.language]: unknown language '{asked}'\n  hint: {hint}\n1 error(s)\n"


@pytest.mark.parametrize(
    ("written", "col", "hint"),
    [
        ("[en, SW]", 17, "write 'sw': the kit's code"),
        ("[en, swa]", 17, "'swa' is another code of 'sw' (Swahili): write 'sw'"),
    ],
)
def test_a_code_in_another_case_is_told_once_not_its_languages_values_too(
    kit_copy: Callable[..., Path], written: str, col: int, hint: str
) -> None:
    """`languages: [en, SW]` beside `fields_by_language: {sw: ...}` (a UNODC office's trial)
    was the error "write 'sw'", and also the warning that sw's fields are of "a language it
    does not print", with the hint "give them under sw, the language it prints", where they
    were. The code the error tells to write is the one the office means: told once."""
    text = (
        BRUSSELS.replace("languages: [en, fr]", f"languages: {written}")
        .replace("names: {}", 'names: {sw: "Ofisi"}')
        .replace("fields_by_language: {}", 'fields_by_language: {sw: {office_name: "Ofisi"}}')
    ) + 'strings: {sw: {cta_join: "Jiunge nasi."}}\n'
    assert text.count('"Ofisi"') == 2
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 1
    path = kit / "materials/offices/brussels.yaml"
    assert (
        f"{path}:8:{col}: error[ref.language]: office 'brussels' prints "
        f"'{written[5:-1]}', which has no strings file\n  hint: {hint}\n"
    ) in out, out
    assert "office.language" not in out, out
    assert out.count("error[") == 1, out


@pytest.mark.parametrize(
    ("key", "written", "said"),
    [
        (
            "languages",
            "languages: [en, fr, en]",
            "8:21: warning[office.repeated]: office 'brussels' languages: names the language "
            "'en' twice (first at 8:13): the office prints it once\n"
            "  hint: remove this 'en', or write the language you meant\n",
        ),
        (
            "presses",
            "presses: [58mm, 58mm]",
            "32:17: warning[office.repeated]: office 'brussels' presses: names the press '58mm' "
            "twice (first at 32:11): the office builds its badges once\n"
            "  hint: remove this '58mm', or write the press you meant\n",
        ),
        (
            "materials",
            "materials: [poster-a3, poster-a3]",
            "32:24: warning[office.repeated]: office 'brussels' materials: names the material "
            "'poster-a3' twice (first at 32:13): the office builds it once\n"
            "  hint: remove this 'poster-a3', or write the material you meant\n",
        ),
    ],
)
def test_an_entry_named_twice_in_an_offices_list_is_told(
    kit_copy: Callable[..., Path], key: str, written: str, said: str
) -> None:
    """`languages: [en, en]` was accepted without a word (a UNODC office's trial: the slip
    for [en, sw] printed English alone). The office does it once, as `check` counts."""
    text = BRUSSELS.replace("languages: [en, fr]", written) if key == "languages" else BRUSSELS
    if key != "languages":
        text += written + "\n"
    assert written in text
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 0, out
    assert f"{kit / 'materials/offices/brussels.yaml'}:{said}" in out, out
    assert out.count("office.repeated") == 1, out
    # named once, the office lays out as many documents
    laid = re.findall(r"ok: \d+ document\(s\)", out)
    office = kit / "materials/offices/brussels.yaml"
    office.write_text(text.replace(written, re.sub(r", [^,\]]+\]", "]", written)), "utf-8")
    code, again = cli("check", "--kit", kit, "--office", "brussels")
    assert code == 0, again
    assert "office.repeated" not in again, again
    assert re.findall(r"ok: \d+ document\(s\)", again) == laid != [], again
