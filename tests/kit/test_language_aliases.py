"""A code CLDR takes as another's (iw is he, in id, mo ro, fre fr; fil the kit's tl) gets
one answer wherever a language code is read: "'iw' is another code of 'he' (Hebrew): write
'he'". `build --lang iw` said so, while `strings export --lang iw` wrote iw.po for a new
language beside the kit's he and an import of a PO saying `Language: iw` offered iw as a
language of its own (a trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import check, cli, mini_copy

HEBREW = (
    "error[ref.language]: unknown language 'iw'\n"
    "  hint: 'iw' is another code of 'he' (Hebrew): write 'he'\n"
)

ONE = "1 error(s)\n"  # the count every command ends its diagnostics with


def test_every_command_gives_an_alias_code_the_same_answer(
    hebrew_kit: Path, tmp_path: Path
) -> None:
    kit = hebrew_kit
    out_po = tmp_path / "iw.po"
    status, out = cli("strings", "export", "--lang", "iw", "-o", out_po, "--kit", kit)
    assert (status, out) == (1, HEBREW + ONE)
    assert not out_po.exists()
    status, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--lang", "iw")
    assert status == 1
    assert out.startswith(HEBREW), out
    status, out = cli("strings", "proof", "--lang", "iw", "-o", tmp_path / "p.pdf", "--kit", kit)
    assert (status, out) == (1, HEBREW + ONE)
    # a translator's file that says `Language: iw` (Java-based tools wrote it), or is named so
    he_po = tmp_path / "he.po"
    status, out = cli("strings", "export", "--lang", "he", "-o", he_po, "--kit", kit)
    assert status == 0, out
    text = he_po.read_text(encoding="utf-8")
    assert '"Language: he\\n"' in text
    out_po.write_text(text.replace('"Language: he\\n"', '"Language: iw\\n"'), encoding="utf-8")
    before = (kit / "materials/strings/he.yaml").read_bytes()
    status, out = cli("strings", "import", out_po, "--kit", kit)
    line = text[: text.index('"Language: he')].count("\n") + 1
    assert (status, out) == (
        1,
        f"{out_po}:{line}:12: {HEBREW}  hint: import it with --lang he\n{ONE}",  # at its line
    )
    assert (kit / "materials/strings/he.yaml").read_bytes() == before
    status, out = cli("strings", "import", out_po, "--lang", "he", "--kit", kit)  # the answer
    assert status == 0, out


def test_the_answer_names_the_language_to_add_when_the_kit_lacks_it(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`mo` (Moldavian, withdrawn for ro): the language to add is ro, not a new mo."""
    kit = kit_copy()
    answer = (
        "error[ref.language]: unknown language 'mo'\n"
        "  hint: 'mo' is another code of 'ro' (Romanian), which the kit does not have: write "
        "'ro'\n"
        f"  hint: to add it: python generate.py new language ro --kit {kit}\n"
    )
    status, out = cli("strings", "export", "--lang", "mo", "-o", tmp_path / "mo.po", "--kit", kit)
    assert (status, out) == (1, answer + ONE)
    assert not (tmp_path / "mo.po").exists()
    status, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--lang", "mo")
    assert out.startswith(answer), out
    # the kit's tl, which CLDR reads as fil: fil is the kit's tl, not a new language
    status, out = cli("strings", "export", "--lang", "fil", "-o", tmp_path / "f.po", "--kit", kit)
    assert (status, out) == (
        1,
        "error[ref.language]: unknown language 'fil'\n"
        "  hint: the kit writes 'fil' as 'tl' (Tagalog (Filipino)): write 'tl'\n" + ONE,
    )
    status, out = cli("strings", "export", "--lang", "tl", "-o", tmp_path / "tl.po", "--kit", kit)
    assert status == 0, out  # the kit's own code, which CLDR aliases: still a language


def test_campaign_yaml_listing_an_alias_code_is_told_the_kits(hebrew_kit: Path) -> None:
    campaign = hebrew_kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("languages: [en, fr,", "languages: [en, iw, fr,"))
    line = text[: text.index("languages: [en, fr,")].count("\n") + 1
    status, out = check(hebrew_kit, "--lang", "en", "--only", "badge-58")
    assert status == 1
    assert (
        f"materials/campaign.yaml:{line}:17: error[ref.language]: language 'iw' is listed in "
        "campaign.yaml but has no strings file\n"
        "  hint: 'iw' is another code of 'he' (Hebrew): write 'he'\n"
    ) in out, out


HEBREW_FILE = (
    "language: {code}\nname: Hebrew\nstatus: draft\nstrings:\n  word: לב\n  emblem_alt: לב\n"
)
IW_YAML = (
    "materials/strings/iw.yaml:1:11: error[schema.value]: the strings file iw.yaml is named "
    "with 'iw', another code of 'he' (Hebrew): the kit refuses 'iw' wherever a language is "
    "named\n"
)
WHERE_LISTED = (
    "  hint: and write 'he' for 'iw' where campaign.yaml's or an office's `languages:` lists it\n"
)


def test_a_strings_file_named_with_another_code_is_refused(tmp_path: Path) -> None:
    """iw.yaml was read as a language of its own, its digital PDFs saying /Lang iw (a tag BCP
    47 deprecates for he), while `--lang iw`, a translator's iw.po and `new language iw`
    were told "write 'he'". It is refused where it is read, naming the file and the fix;
    the kit's other languages build."""
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("[en, ar]", "[en, ar, iw]")})
    iw = kit / "materials/strings/iw.yaml"
    iw.write_text(HEBREW_FILE.format(code="iw"), encoding="utf-8")
    rename = "  hint: rename iw.yaml to he.yaml and write `language: he` in it\n"
    assert check(kit) == (1, IW_YAML + rename + WHERE_LISTED + ONE)
    code, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text")
    assert code == 1
    assert f"{kit}/{IW_YAML}{rename}" in out, out
    assert "error[build.job-failed]: text [iw]: not published" in out
    assert not (tmp_path / "out/text/text-iw.pdf").exists()
    assert (tmp_path / "out/text/text-ar.pdf").exists()
    # `new language he` makes he.yaml (it was told "the language's code is 'iw'"); iw.yaml
    # is then told to move its texts there
    code, out = cli("new", "language", "he", "--kit", kit)
    assert code == 0, out
    assert (kit / "materials/strings/he.yaml").exists()
    moved = "  hint: the kit has he.yaml already: move the texts of iw.yaml into it, then remove "
    moved += "iw.yaml\n"
    code, out = check(kit)
    assert code == 1
    assert IW_YAML + moved + WHERE_LISTED in out, out


def test_a_file_named_with_another_code_of_its_language_is_told_to_rename_only(
    tmp_path: Path,
) -> None:
    """iw.yaml saying `language: he`: its name is to change, not its `language:` (the hint said
    "or fix 'language'", which leads to iw)."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/strings/iw.yaml").write_text(HEBREW_FILE.format(code="he"), encoding="utf-8")
    assert check(kit) == (
        1,
        "materials/strings/iw.yaml:1:11: error[schema.value]: language 'he' does not match the "
        "file name 'iw.yaml'\n"
        "  hint: rename the file to he.yaml\n" + ONE,
    )
