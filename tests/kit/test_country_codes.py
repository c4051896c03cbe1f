"""A country's code written for a language's (kh, Cambodia's, for Khmer, km; mm, Myanmar's,
for Burmese, my) gets one answer wherever a language code is read: "'kh' is the country code
of Cambodia; write a language's code: 'km' (Khmer)". A South-East Asia office's trial: a
hand-made kh.yaml passed `check` and `build`, its digital PDFs telling screen readers their
language was 'kh'; an office's `fields_by_language: {kh: ...}` was told to add kh.yaml;
`strings export`, `strings proof` and `new language` each said something else. And a
strings file's `digits:` of another script than the language's (`digits: mymr` in th.yaml
printed Thai posters with Burmese digits) is a warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.kit import load_kit

from ..kits import ROOT, check, cli, mini_copy

ONE = "1 error(s)\n"  # the count every command ends its diagnostics with
KHMER = "  hint: 'kh' is the country code of Cambodia; write a language's code: 'km' (Khmer)"
MISSING = ", which the kit does not have"  # the mini kit has en and ar only
STRINGS = (
    "language: {code}\nname: Khmer\nstatus: draft\nstrings:\n  word: បេះដូង\n"
    "  emblem_alt: បេះដូងពណ៌ខៀវ\n"
)


def refused(name: str, code: str) -> str:
    """The error of strings file `name` saying `language: <code>`, at its line 1, column 11."""
    return (
        f"materials/strings/{name}:1:11: error[schema.value]: the strings file {name} says "
        f"`language: {code}`, which is no language's code: its digital PDFs would tell screen "
        f"readers their language is '{code}'\n"
    )


def test_a_strings_file_with_a_country_code_is_refused(tmp_path: Path) -> None:
    """kh.yaml is refused at its `language:` line with the code to write and how to rename
    it; its PDFs are not made, the kit's other languages are."""
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("[en, ar]", "[en, ar, kh]")})
    (kit / "materials/strings/kh.yaml").write_text(STRINGS.format(code="kh"), encoding="utf-8")
    rename = "  hint: rename kh.yaml to km.yaml and write `language: km` in it\n"
    assert check(kit) == (1, refused("kh.yaml", "kh") + KHMER + "\n" + rename + ONE)
    code, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text")
    assert code == 1
    assert f"{kit}/{refused('kh.yaml', 'kh')}{KHMER}\n{rename}" in out, out
    assert "error[build.job-failed]: text [kh]: not published" in out
    assert not (tmp_path / "out/text/text-kh-digital.pdf").exists()
    assert (tmp_path / "out/text/text-ar-digital.pdf").exists()


def test_a_strings_file_named_right_with_a_country_code_inside_is_told_its_code(
    tmp_path: Path,
) -> None:
    """km.yaml saying `language: kh`: not "rename the file to kh.yaml or fix 'language'" (the
    name check's hint, which leads to kh), but the code to write in it."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/strings/km.yaml").write_text(STRINGS.format(code="kh"), encoding="utf-8")
    assert check(kit) == (
        1,
        refused("km.yaml", "kh") + KHMER + "\n  hint: write `language: km` in km.yaml\n" + ONE,
    )


def test_a_two_letter_code_of_no_language_and_no_country_is_refused(tmp_path: Path) -> None:
    """qq is in neither ISO 639-1 nor ISO 3166-1; a three-letter code CLDR has no data for
    (ISO 639-3's ksw, S'gaw Karen) is still taken."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/strings/qq.yaml").write_text(STRINGS.format(code="qq"), encoding="utf-8")
    assert check(kit) == (
        1,
        refused("qq.yaml", "qq") + "  hint: ISO 639 has no 'qq': write the language's code of "
        "two letters (ISO 639-1: km, my, th) or, where it has none, of three (ISO 639-3: ksw)\n"
        + ONE,
    )
    (kit / "materials/strings/qq.yaml").unlink()
    ksw = STRINGS.format(code="ksw").replace("Khmer", "S'gaw Karen") + "script: Mymr\n"
    (kit / "materials/strings/ksw.yaml").write_text(ksw, encoding="utf-8")
    code, out = check(kit, "--lang", "ksw", "--only", "text")
    assert code == 0, out


@pytest.mark.parametrize("code", ["zz", "eu", "qo"])
def test_a_cldr_region_that_is_no_country_is_no_country_code(tmp_path: Path, code: str) -> None:
    """CLDR's Unknown Region (ZZ), the European Union (EU) and Outlying Oceania (QO) are no
    country (ISO 3166-1): `zz` was "the country code of Unknown Region, not a language's".
    eu is Basque's code, and its file is taken."""
    kit = mini_copy(tmp_path / "kit")
    path = kit / f"materials/strings/{code}.yaml"
    path.write_text(STRINGS.format(code=code), encoding="utf-8")
    if code == "eu":
        assert check(kit, "--lang", "eu", "--only", "text")[0] == 0
        return
    assert check(kit) == (
        1,
        refused(f"{code}.yaml", code) + f"  hint: ISO 639 has no '{code}': write the language's "
        "code of two letters (ISO 639-1: km, my, th) or, where it has none, of three (ISO "
        "639-3: ksw)\n" + ONE,
    )


def test_a_kit_with_the_language_is_told_to_move_the_texts(kit_copy: Callable[..., Path]) -> None:
    """The shipped kit has km.yaml: kh.yaml's texts go there."""
    kit = kit_copy()
    km = (kit / "materials/strings/km.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: km\n" in km
    kh = km.replace("\nlanguage: km\n", "\nlanguage: kh\n")
    (kit / "materials/strings/kh.yaml").write_text(kh, encoding="utf-8")
    line = kh[: kh.index("language: kh")].count("\n") + 1
    code, out = check(kit, "--only", "sticker-50")
    assert code == 1
    assert (
        refused("kh.yaml", "kh").replace(":1:11:", f":{line}:11:") + KHMER + "\n"
        "  hint: the kit has km.yaml already: move the texts of kh.yaml into it, then remove "
        "kh.yaml\n"
    ) in out, out


def test_every_shipped_strings_file_keeps_its_code_and_digits() -> None:
    """Every language the kit ships loads, with its code and `digits:` taken without a word."""
    kit = load_kit(ROOT)
    shipped = sorted(p.stem for p in (ROOT / "materials/strings").glob("*.yaml"))
    assert sorted(c for c, lang in kit.languages.items() if not lang.pseudo) == shipped
    code, out = check(ROOT, "--only", "sticker-50")
    assert code == 0, out
    assert "strings.digits" not in out
    assert [kit.languages[c].digits for c in ("th", "my", "km")] == ["latn", "mymr", "khmr"]


def test_fields_for_a_country_code_are_told_the_language_code(
    kit_copy: Callable[..., Path],
) -> None:
    """`fields_by_language: {kh: ...}` was told "add materials/strings/kh.yaml", a file that is
    refused: it is told to write km, as `languages: [kh]` is."""
    text = "name: Rosea\nlanguages: [en, km]\nfields_by_language:\n  kh: {helpline: ''}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    assert exc.value.render() == (
        f"{kit}/materials/offices/rosea.yaml:4:3: error[ref.language]: office 'rosea' gives "
        "fields for 'kh', which has no strings file\n" + KHMER
    )


def test_campaign_languages_with_a_country_code_are_told_the_language_code(
    tmp_path: Path,
) -> None:
    """campaign.yaml's `languages: [en, ar, kh]` was told "add materials/strings/kh.yaml"."""
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("[en, ar]", "[en, ar, kh]")})
    lines = (kit / "materials/campaign.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[7] == "languages: [en, ar, kh]"  # kh at line 8, column 21
    code, out = check(kit)
    assert (code, out) == (
        1,
        "materials/campaign.yaml:8:21: error[ref.language]: language 'kh' is listed in campaign.yaml but has no strings "
        "file\n"
        + KHMER
        + MISSING
        + "\n  hint: to add it: python generate.py new language km\n"
        + ONE,
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("build", "--lang", "kh", "-o", "out"),
            "error[ref.language]: unknown language 'kh'\n" + KHMER + MISSING + "\n"
            "  hint: to add it: python generate.py new language km --kit KIT\n",
        ),
        (
            ("strings", "export", "--lang", "kh", "-o", "kh.po"),
            "error[translate.read]: 'kh' is not a language code\n" + KHMER + MISSING + "\n",
        ),
        (
            ("strings", "proof", "--lang", "mm", "-o", "p.pdf"),
            "error[translate.read]: the kit has no language 'mm' to proof\n"
            "  hint: 'mm' is the country code of Myanmar (Burma); write a language's code: 'my' "
            "(Burmese)"
            + MISSING
            + "\n  hint: to add it: python generate.py new language my --kit KIT\n",
        ),
        (
            ("new", "language", "kh"),
            "error[translate.read]: 'kh' is not a language code\n" + KHMER + MISSING + "\n"
            "  hint: python generate.py new language km --kit KIT\n",
        ),
        (  # with a name, as a language CLDR has no data for is made: its file would be refused
            ("new", "language", "kh", "--name", "Khmer"),
            "error[translate.read]: 'kh' is not a language code\n" + KHMER + MISSING + "\n"
            "  hint: python generate.py new language km --kit KIT\n",
        ),
    ],
)
def test_every_command_gives_a_country_code_the_same_answer(
    tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    kit = mini_copy(tmp_path / "kit")
    before = sorted(p.name for p in (kit / "materials/strings").iterdir())
    status, out = cli(
        *(tmp_path / a if a in ("out", "kh.po", "p.pdf") else a for a in args), "--kit", kit
    )
    # the hints' commands name the kit copy (--kit KIT), as the command read it
    assert (status, out) == (1, expected.replace("KIT", str(kit)) + ONE)
    assert sorted(p.name for p in (kit / "materials/strings").iterdir()) == before
    assert not (tmp_path / "kh.po").exists()


def test_a_kit_with_the_language_names_it_for_a_country_code(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    status, out = cli("strings", "export", "--lang", "kh", "-o", tmp_path / "kh.po", "--kit", kit)
    assert (status, out) == (
        1,
        "error[translate.read]: 'kh' is not a language code\n" + KHMER + "\n" + ONE,
    )
    status, out = cli("new", "language", "kh", "--kit", kit)
    assert (status, out) == (
        1,
        "error[translate.read]: 'kh' is not a language code\n" + KHMER + "\n"
        f"  hint: the kit has 'km' already: python generate.py strings export --lang km --kit {kit}\n"
        + ONE,
    )


THAI_DIGITS = (
    "materials/strings/th.yaml:9:9: warning[strings.digits]: [th]: `digits: mymr` writes numbers in "
    "the digits of the Myanmar script, and Thai is written in the Thai script: 2026 would print "
    "as ၂၀၂၆\n"
    "  hint: write one of Thai's own digits (the Unicode CLDR's): latn (2026), thai (๒๐๒๖)\n"
)


def test_digits_of_another_script_are_a_warning_at_their_line(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    th = kit / "materials/strings/th.yaml"
    text = th.read_text(encoding="utf-8")
    assert text.splitlines()[8] == "digits: latn"
    th.write_text(text.replace("\ndigits: latn\n", "\ndigits: mymr\n"), encoding="utf-8")
    code, out = check(kit, "--only", "sticker-50", "--lang", "th")
    assert code == 0, out
    assert THAI_DIGITS in out, out
    th.write_text(text.replace("\ndigits: latn\n", "\ndigits: thai\n"), encoding="utf-8")
    code, out = check(kit, "--only", "sticker-50", "--lang", "th")
    assert (code, "strings.digits" in out) == (0, False), out


@pytest.mark.parametrize(
    ("name", "head", "warning"),
    [
        (  # another script's: Arabic's own are CLDR's latn and arab
            "ar.yaml",
            "language: ar\nname: Arabic\ndigits: deva\n",
            "materials/strings/ar.yaml:3:9: warning[strings.digits]: [ar]: `digits: deva` writes "
            "numbers in the digits of the Devanagari script, and Arabic is written in the Arabic "
            "script: 2026 would print as २०२६\n"
            "  hint: write one of Arabic's own digits (the Unicode CLDR's): latn (2026), arab "
            "(٢٠٢٦)\n",
        ),
        ("ar.yaml", "language: ar\nname: Arabic\ndigits: arabext\n", None),  # Arabic's script
        ("ar.yaml", "language: ar\nname: Arabic\ndigits: latn\n", None),  # Latin: always
        (  # Urdu in Nastaliq (Aran) writes the Arabic script's digits, CLDR's own or not
            "ur.yaml",
            "language: ur\nname: Urdu\nscript: Aran\ndigits: arab\n",
            None,
        ),
        (  # a language CLDR has no data for: Latin, or its script's digits
            "ksw.yaml",
            "language: ksw\nname: S'gaw Karen\nscript: Mymr\ndigits: thai\n",
            "materials/strings/ksw.yaml:4:9: warning[strings.digits]: [ksw]: `digits: thai` writes "
            "numbers in the digits of the Thai script, and S'gaw Karen is written in the "
            "Myanmar script: 2026 would print as ๒๐๒๖\n"
            "  hint: write one of S'gaw Karen's own digits (the Unicode CLDR's): latn (2026), "
            "mymr (၂၀၂၆)\n",
        ),
        ("ksw.yaml", "language: ksw\nname: S'gaw Karen\nscript: Mymr\ndigits: mymr\n", None),
    ],
)
def test_digits_are_the_languages_script_or_latin(
    tmp_path: Path, name: str, head: str, warning: str | None
) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials/strings" / name
    path.write_text(head + "status: draft\nstrings:\n  word: x\n", encoding="utf-8")
    code, out = check(kit, "--lang", Path(name).stem, "--only", "text")
    assert code == 0, out
    if warning is None:
        assert "strings.digits" not in out, out
    else:
        assert warning in out, out


def test_strings_import_of_a_file_for_a_country_code_names_the_language(tmp_path: Path) -> None:
    """`strings import` of a PO whose Language is a country's code gives the same answer as
    the other commands (it asked for a language code: "ko, fr, sw...")."""
    kit = mini_copy(tmp_path / "kit")
    po = tmp_path / "khmer.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: kh\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "word"\nmsgid "Heart"\nmsgstr "បេះដូង"\n',
        encoding="utf-8",
    )
    status, out = cli("strings", "import", po, "--kit", kit)
    assert (status, out) == (
        1,
        f"{po}:3:12: error[translate.read]: khmer.po: 'kh' is not a language code\n"
        + KHMER
        + MISSING
        + "\n"
        + ONE,
    )
