"""`new language XX`: a strings file with every key marked to translate, that builds at once
(every text a fallback to the source); an existing language or a bad code is refused."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from ..kits import cli, mini_copy, mini_with_language

EXPECTED = """\
# yaml-language-server: $schema=../../schemas/strings.schema.json
# German campaign strings, from en.yaml: a draft until a
# native speaker has reviewed it.
language: de
name: German
native_name: Deutsch
status: draft
strings:
  # word: to translate
  #   text: Heart
  # emblem_alt: to translate
  #   text: Blue heart
"""


def test_new_language_builds_with_fallbacks(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "de", "--kit", kit)
    assert status == 0, out
    path = kit / "materials/strings/de.yaml"
    assert f"wrote {path}: every string marked to translate" in out
    assert path.read_text(encoding="utf-8") == EXPECTED
    status, out = cli("check", "--kit", kit, "--lang", "de", "--only", "text")
    assert status == 0, out
    assert "de.yaml lacks 2 string(s) that en.yaml has: word, emblem_alt" in out
    status, out = cli("strings", "export", "--lang", "de", "--kit", kit, "-o", tmp_path / "de.po")
    assert status == 0, out
    po = polib.pofile(str(tmp_path / "de.po"))
    assert [(e.msgctxt, e.msgstr) for e in po] == [("word", ""), ("emblem_alt", "")]
    assert all("status: to translate" in e.comment for e in po)
    # a translator's first text: it replaces its comment, the other stays marked
    next(e for e in po if e.msgctxt == "word").msgstr = "Herz"
    po.save(str(tmp_path / "de.po"))
    status, out = cli("strings", "import", tmp_path / "de.po", "--kit", kit)
    assert status == 0, out
    assert path.read_text(encoding="utf-8").endswith(
        "strings:\n  word:\n    text: Herz\n    source: Heart\n  # emblem_alt: to translate\n"
        "  #   text: Blue heart\n"
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "ar",
            "materials/strings/ar.yaml:1:1: error[translate.read]: the kit already has language "
            "'ar'\n  hint: export it to translate it: python generate.py strings export --lang ar --kit KIT",
        ),
        (
            "German",
            "error[translate.read]: 'German' is not a language code\n  hint: use a BCP 47 code: "
            "ko, fr, sw, zh-Hant, pt-BR...",
        ),
        (  # well formed, and no name given for it
            "qqa",
            "error[translate.read]: 'qqa' is not a language code CLDR has data for\n"
            "  hint: if 'qqa' is the ISO 639 code of your language, give its names: python "
            'generate.py new language qqa --name "English name" --native-name "its own name" '
            "--kit KIT (and --script, its ISO 15924 script: Mymr, Ethi...)",
        ),
        (  # two letters: ISO 639-1's are closed, and CLDR names them all (its file is refused)
            "qq",
            "error[translate.read]: 'qq' is not a language code\n"
            "  hint: ISO 639 has no 'qq': write the language's code of two letters (ISO 639-1: "
            "km, my, th) or, where it has none, of three (ISO 639-3: ksw)\n",
        ),
        (  # a country's code (KH, Cambodia's), in any case: the language's, km
            "KH",
            "error[translate.read]: 'KH' is not a language code\n"
            "  hint: 'KH' is the country code of Cambodia; write a language's code: 'km' "
            "(Khmer), which the kit does not have\n"
            "  hint: python generate.py new language km --kit KIT\n",
        ),
        # in another case: the kit's (it made a second file on a case-insensitive disk)
        ("AR", "error[translate.read]: the kit already has language 'ar'"),
        # POSIX's form (Poedit's Language: pt_BR): the tag, and the command with it
        (
            "pt_BR",
            "error[translate.read]: 'pt_BR' is not a language code (it is written with a "
            "hyphen: 'pt-BR')\n  hint: python generate.py new language pt-BR --kit KIT",
        ),
        (  # lower case: the tag in BCP 47's case, which the kit's files are named by
            "pt_br",
            "error[translate.read]: 'pt_br' is not a language code (it is written with a "
            "hyphen: 'pt-BR')\n  hint: python generate.py new language pt-BR --kit KIT",
        ),
        # another code of a language (model.language.other_code): a withdrawn one made a
        # second Hebrew beside he; ISO 639-2's heb, and sh, were "unknown language"
        (
            "iw",
            "error[translate.read]: 'iw' is another code of 'he' (Hebrew): the language's "
            "code is 'he'\n  hint: python generate.py new language he --kit KIT\n",
        ),
        (
            "heb",
            "error[translate.read]: 'heb' is another code of 'he' (Hebrew): the language's "
            "code is 'he'\n  hint: python generate.py new language he --kit KIT\n",
        ),
        (
            "sh",
            "error[translate.read]: 'sh' is another code of 'sr-Latn' (Serbian (Latin)): the "
            "language's code is 'sr-Latn'\n  hint: python generate.py new language sr-Latn --kit KIT\n",
        ),
        (  # of a language the kit has (ISO 639-3's Standard Arabic): export it
            "arb",
            "error[translate.read]: 'arb' is another code of 'ar' (Arabic): the language's "
            "code is 'ar'\n  hint: the kit has 'ar' already: python generate.py strings export "
            "--lang ar --kit KIT\n",
        ),
    ],
)
def test_refused(tmp_path: Path, code: str, expected: str) -> None:
    kit = mini_copy(tmp_path)
    before = sorted(p.name for p in (kit / "materials/strings").iterdir())
    status, out = cli("new", "language", code, "--kit", kit)
    assert status == 1
    assert expected.replace("KIT", str(kit)) in out  # the hints' commands name the kit copy
    assert sorted(p.name for p in (kit / "materials/strings").iterdir()) == before


@pytest.mark.parametrize("code", ["fil", "FIL"])
def test_fil_beside_the_kits_tl_is_refused_and_said_why(tmp_path: Path, code: str) -> None:
    """CLDR (and so Babel) reads tl as fil, Filipino (languageAlias: Locale.parse('tl') is
    fil_PH): a fil.yaml would be a second Filipino beside tl.yaml, with the same dates,
    numbers and names. It was "another code of 'tl'", without why."""
    kit = mini_with_language(tmp_path, "tl", "  word: Puso\n")
    before = sorted(p.name for p in (kit / "materials/strings").iterdir())
    status, out = cli("new", "language", code, "--kit", kit)
    assert status == 1
    assert out == (
        f"error[translate.read]: '{code}' is the Unicode CLDR's code of Filipino, and the kit "
        "writes that language 'tl' (tl): CLDR reads tl as fil, with the same dates, numbers "
        "and names, so a fil.yaml would be a second Filipino beside tl.yaml\n"
        f"  hint: translate it in tl.yaml: python generate.py strings export --lang tl --kit {kit}\n"
        "  hint: a merged sheet's fil (a language cell, a header) is read as tl\n"
        "1 error(s)\n"
    )
    assert sorted(p.name for p in (kit / "materials/strings").iterdir()) == before


def test_fil_is_made_in_a_kit_without_tl(tmp_path: Path) -> None:
    """Without tl, fil is a language of its own to add (CLDR's Filipino)."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "fil", "--kit", kit)
    assert status == 0, out
    text = (kit / "materials/strings/fil.yaml").read_text(encoding="utf-8")
    assert "language: fil\nname: Filipino\n" in text


def test_a_language_cldr_has_no_data_for_is_made_with_the_names_given(tmp_path: Path) -> None:
    """An office's trial: S'gaw Karen (ksw, written in the Myanmar script) was refused as
    "not a language code", though a strings file written by hand for it builds. With the
    names the user gives (CLDR has none to look up) and its script, the file is made, and
    the kit builds in it; a script code that is not ISO 15924's is refused."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "ksw", "--kit", kit, "--script", "mymr", "--name", "K")
    assert status == 1
    assert "error[translate.read]: 'mymr' is not an ISO 15924 script code\n" in out
    status, out = cli(
        "new", "language", "ksw", "--kit", kit, "--name", "S'gaw Karen", "--script", "Mymr"
    )
    assert status == 0, out
    path = kit / "materials/strings/ksw.yaml"
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../schemas/strings.schema.json\n"
        "# S'gaw Karen campaign strings, from en.yaml: a draft until a\n"
        "# native speaker has reviewed it.\n"
        "language: ksw\nname: S'gaw Karen\nscript: Mymr\nstatus: draft\nstrings:\n"
    )
    status, out = cli("check", "--kit", kit, "--lang", "ksw", "--only", "text")
    assert status == 0, out


def test_a_name_given_for_a_language_cldr_knows_replaces_its_own(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "de", "--kit", kit, "--native-name", "Hochdeutsch")
    assert status == 0, out
    text = (kit / "materials/strings/de.yaml").read_text(encoding="utf-8")
    assert "language: de\nname: German\nnative_name: Hochdeutsch\nstatus: draft\n" in text


def test_a_script_cldr_has_no_names_for_is_named_in_english(tmp_path: Path) -> None:
    """`new language kk-Latn` wrote `name: Kazakh (Cyrillic)` and `native_name: қазақ тілі
    (кирилл жазуы)`: Babel gives the language in the script CLDR has data for (an office's
    trial). The names are CLDR's English names of the language and of the script asked for,
    and no own name is made up (it defaults to the name)."""
    kit = mini_copy(tmp_path / "kit")
    for code, names in [
        ("kk-Latn", "name: Kazakh (Latin)\nstatus: draft\n"),
        (
            "uz-Cyrl-UZ",
            "name: Uzbek (Cyrillic, Uzbekistan)\nnative_name: ўзбекча (Кирил, Ўзбекистон)\n",
        ),
        ("sr-Latn", "name: Serbian (Latin)\nnative_name: srpski (latinica)\n"),
    ]:
        status, out = cli("new", "language", code, "--kit", kit)
        assert status == 0, out
        text = (kit / f"materials/strings/{code}.yaml").read_text(encoding="utf-8")
        assert f"language: {code}\n{names}" in text


def test_a_script_no_font_has_is_said_at_once(tmp_path: Path) -> None:
    """`new language sat` (Santali, Ol Chiki) wrote its file without a word, though its own
    `native_name: ᱥᱟᱱᱛᱟᱲᱤ` could not be printed; only `check`, once a text was translated,
    said the script had no font (a trial). A warning now, at the native name, with the steps
    text.no-glyph gives; the file is written all the same (exit 0)."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "sat", "--kit", kit)
    assert status == 0, out
    path = kit / "materials/strings/sat.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[5] == "native_name: ᱥᱟᱱᱛᱟᱲᱤ"
    assert (
        f"{path}:6:14: warning[font.new-language]: [sat]: no font of the kit has script Olck, "
        "which sat is written in: its native name 'ᱥᱟᱱᱛᱟᱲᱤ' and its translated texts would "
        "have no glyph in any font\n"
        "  hint: add a font covering script Olck to fonts/fonts.yaml (fonts/README.md, "
        "'Adding a font for a new script'); until then `check` and `build` stop at each of "
        "sat's texts written in it (text.no-glyph)\n"
        "1 warning(s)\n"
    ) in out
    # a script given without an own name: said at its `script:` line
    status, out = cli(
        "new", "language", "qqs", "--kit", kit, "--name", "Testish", "--script", "Olck"
    )
    assert status == 0, out
    path = kit / "materials/strings/qqs.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[5] == "script: Olck"
    assert (
        f"{path}:6:9: warning[font.new-language]: [qqs]: no font of the kit has script Olck, "
        "which qqs is written in: its translated texts would have no glyph in any font\n"
    ) in out


@pytest.mark.parametrize("code", ["si", "hy", "ti", "ko", "ur"])
def test_a_script_a_font_has_is_not_warned_of(tmp_path: Path, code: str) -> None:
    """Sinhala, Armenian, Ethiopic, Hangul and Urdu's Nastaliq (Aran, whose letters are
    Arabic's) each have a family in fonts.yaml: nothing is said of fonts."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", code, "--kit", kit)
    assert status == 0, out
    assert "font.new-language" not in out
    assert "warning" not in out


def test_an_own_name_a_font_lacks_a_letter_of_names_it(tmp_path: Path) -> None:
    """A name in a script the kit has a font for, with a character its subset lacks (the
    CJK fonts are subsets): the character, and the font to rebuild, as text.no-glyph says."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli(
        "new", "language", "qqh", "--kit", kit, "--name", "Testish", "--native-name",
        "\U00020000字", "--script", "Hani",
    )  # fmt: skip
    assert status == 0, out
    path = kit / "materials/strings/qqh.yaml"
    assert (
        f"{path}:6:14: warning[font.new-language]: [qqh]: its native name '\U00020000字' has 1 "
        "character(s) of script Hani that no font of the kit has: '\U00020000' (U+20000 CJK "
        "UNIFIED IDEOGRAPH-20000)\n"
        "  hint: NotoSansSC (fonts/fonts.yaml, script Hani) lacks it: rebuild that font with "
        "these characters (fonts/tools/make_ttf.py --chars), or fix the text\n"
    ) in out


def test_a_language_of_other_digits_is_given_cldrs(tmp_path: Path) -> None:
    """`new language ps` wrote no `digits:`, so Pashto printed Latin digits where CLDR's (and
    the kit's Persian) write Extended Arabic-Indic ones, and a translator, told never to edit
    the YAML, could not know (a trial). The file says CLDR's default, and the 30 of a Pashto
    text prints as ۳۰; a language whose default is Latin gets no line."""
    from campaign.kit.load import load_kit
    from campaign.text.scripts import localise_digits

    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "ps", "--kit", kit)
    assert status == 0, out
    text = (kit / "materials/strings/ps.yaml").read_text(encoding="utf-8")
    assert (
        "# digits: CLDR's default for ps (۰۱۲); latn for Latin digits (012)\ndigits: arabext\n"
        "status: draft\n"
    ) in text
    pashto = load_kit(kit).languages["ps"]
    assert pashto.digits == "arabext"
    assert localise_digits("د جولای 30", pashto.digits) == "د جولای ۳۰"
    for code in ("sw", "th"):  # CLDR: latn
        assert cli("new", "language", code, "--kit", kit)[0] == 0
        assert "digits:" not in (kit / f"materials/strings/{code}.yaml").read_text("utf-8")


def test_a_language_cldr_has_no_month_names_for_is_said_at_once(tmp_path: Path) -> None:
    """`new language dv`: Babel's data has no Dhivehi month names, so a merged event's date
    prints in numbers (30-7-2024) until dv.yaml gives `months:` (a Colombo office's trial:
    its flyer printed 30-7-27 without a word). A warning at the file's `language:`; the file
    is written all the same (exit 0). Sinhala, whose names CLDR has, is told nothing."""
    kit = mini_copy(tmp_path / "kit")
    status, out = cli("new", "language", "dv", "--kit", kit)
    assert status == 0, out
    path = kit / "materials/strings/dv.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[3] == "language: dv"
    assert (
        f"{path}:4:11: warning[strings.months]: [dv]: the Unicode CLDR has no month names for "
        "Divehi (dv): an event's date prints in numbers, 30 July 2024 as 30-7-2024\n"
        "  hint: give the twelve month names, January first, as a date writes them, under "
        "`months:` in dv.yaml (`months: [<January>, <February>, ..., <December>]`)\n"
        "1 warning(s)\n"
    ) in out
    status, out = cli("new", "language", "si", "--kit", kit)
    assert status == 0, out
    assert "strings.months" not in out
