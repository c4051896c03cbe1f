"""`new office ID`: materials/offices/ID.yaml from the kit's commented template, its comments
and values kept, `name:` the one given (else the id), its contact fields empty (nothing made
up); `check --office ID` then passes, naming the fields to fill. An id the loader would not
read as an office's, `all`, or an office the kit has is refused, and nothing is written.
Offices copied `_template.yaml` by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..kits import ROOT, check, cli, mini_copy

TEMPLATE = (ROOT / "materials/offices/_template.yaml").read_text(encoding="utf-8")
FIELDS = ["helpline", "report_url", "website", "email", "social", "office_name"]


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """The mini kit with the repository's office template and one office, `coast`."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/_template.yaml").write_text(TEMPLATE, encoding="utf-8")
    (kit / "materials/offices/coast.yaml").write_text("name: Coast\nlanguages: [en]\n")
    return kit


def test_the_office_file_is_the_template_with_its_name(kit: Path) -> None:
    code, out = cli("new", "office", "lagos", "--name", "UNODC Office in Nigeria", "--kit", kit)
    assert code == 0, out
    path = kit / "materials/offices/lagos.yaml"
    assert out.splitlines() == [
        f"wrote {path} from {kit}/materials/offices/_template.yaml",
        "its contact fields are empty (helpline, report_url, website, email, social, "
        "office_name): fill in, under `fields:`, those the office has checked; an empty one "
        "is not drawn, and `check --strict` fails until each is filled or listed under `hide:`",
        "next:",
        f"  python generate.py check --office lagos --kit {kit}",
        f"  python generate.py build --office lagos --kit {kit}",
    ]
    # every line of the template, its comments too, but the name's
    assert TEMPLATE.count("\nname: UNODC Example Office\n") == 1
    assert path.read_text(encoding="utf-8") == TEMPLATE.replace(
        "\nname: UNODC Example Office\n", "\nname: UNODC Office in Nigeria\n"
    )
    read = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert read["fields"] == dict.fromkeys(FIELDS, "")  # nothing made up
    # what it says holds: the office checks, and --strict lists the fields to fill
    code, out = check(kit, "--office", "lagos", "--only", "text")
    assert code == 0, out
    unfilled = (
        "materials/offices/lagos.yaml:52:3: warning[office.unfilled]: lagos: the office has "
        "not filled helpline, report_url, website, email, social, office_name"
    )
    assert unfilled in out
    code, out = check(kit, "--office", "lagos", "--only", "text", "--strict")
    assert code == 1, out
    assert unfilled.replace("warning[", "error[") in out


def test_without_a_name_the_name_is_the_id(kit: Path) -> None:
    code, out = cli("new", "office", "lagos", "--kit", kit)
    assert code == 0, out
    assert out.splitlines()[1] == (
        "name: lagos (its id): write the office's English name there (or give --name), the "
        "Title of its PDFs"
    )
    read = yaml.safe_load((kit / "materials/offices/lagos.yaml").read_text(encoding="utf-8"))
    assert read["name"] == "lagos"


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("Bureau: Lagos # 2", 'name: "Bureau: Lagos # 2"'),
        ("2024", 'name: "2024"'),  # YAML would read it as a number
        ("Bureau de l'ONUDC à Abidjan", "name: Bureau de l'ONUDC à Abidjan"),
    ],
)
def test_a_name_is_written_as_yaml_reads_it_back(kit: Path, name: str, line: str) -> None:
    code, out = cli("new", "office", "lagos", "--name", name, "--kit", kit)
    assert code == 0, out
    text = (kit / "materials/offices/lagos.yaml").read_text(encoding="utf-8")
    assert f"\n{line}\n" in text
    assert yaml.safe_load(text)["name"] == name


def test_a_kit_without_the_template_takes_the_repositorys(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")  # no materials/offices/ at all
    code, out = cli("new", "office", "lagos", "--kit", kit)
    assert code == 0, out
    assert out.startswith(
        f"wrote {kit}/materials/offices/lagos.yaml from {ROOT}/materials/offices/_template.yaml "
        "(the kit has none of its own)\n"
    )
    code, out = check(kit, "--office", "lagos", "--only", "text")
    assert code == 0, out


def single_language_kit(tmp_path: Path) -> Path:
    """The mini kit of Arabic alone (its source language; no en.yaml), without an office
    template of its own: the repository's, of `languages: [en]`."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("languages: [en, ar]", "languages: [ar]"),
        },
    )
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert "\nsource_language: en\n" in text
    campaign.write_text(text.replace("\nsource_language: en\n", "\nsource_language: ar\n"))
    (kit / "materials/strings/en.yaml").unlink()
    return kit


def test_the_templates_language_without_a_strings_file_is_the_kits(tmp_path: Path) -> None:
    """A kit without en.yaml (one language, not English): the template's `languages: [en]`
    was written as it was, and the new office failed `check` (ref.language)."""
    kit = single_language_kit(tmp_path)
    code, out = cli("new", "office", "lagos", "--kit", kit)
    assert code == 0, out
    assert out.splitlines()[2] == (
        "languages: [ar], the kit's: the template's en has no strings file in this kit "
        "(materials/strings/); keep there the languages the office prints"
    )
    path = kit / "materials/offices/lagos.yaml"
    assert TEMPLATE.count("\nlanguages: [en]\n") == 1
    assert path.read_text(encoding="utf-8") == TEMPLATE.replace(
        "\nlanguages: [en]\n", "\nlanguages: [ar]\n"
    ).replace("\nname: UNODC Example Office\n", "\nname: lagos\n")
    code, out = check(kit, "--office", "lagos", "--only", "text")
    assert code == 0, out


@pytest.mark.parametrize(
    ("listed", "written", "said"),
    [
        # the template's codes the kit has are kept; those it has not are named
        ("[en, sw]", "[en]", "the template's sw has no strings file"),
        ("[sw, ar]", "[ar]", "the template's sw has no strings file"),
        # none of them: campaign.yaml's languages, in its order
        ("[fr, sw]", "[en, ar]", "the template's fr, sw have no strings files"),
        ("\n  - fr\n  - sw", "\n  [en, ar]", "the template's fr, sw have no strings files"),
        # one code, as the loader reads it too (a review: an internal error)
        ("sw", "[en, ar]", "the template's sw has no strings file"),
    ],
)
def test_a_kits_template_of_languages_it_lacks_writes_those_it_has(
    kit: Path, listed: str, written: str, said: str
) -> None:
    template = kit / "materials/offices/_template.yaml"
    template.write_text(TEMPLATE.replace("\nlanguages: [en]\n", f"\nlanguages: {listed}\n"))
    code, out = cli("new", "office", "lagos", "--kit", kit)
    assert code == 0, out
    assert f"languages: [{written.strip()[1:-1]}], the kit's: {said} in this kit" in out, out
    text = (kit / "materials/offices/lagos.yaml").read_text(encoding="utf-8")
    assert f"\nlanguages: {written}\n" in text
    code, out = check(kit, "--office", "lagos", "--only", "text")
    assert code == 0, out


def test_a_template_of_the_kits_languages_is_written_as_it_is(kit: Path) -> None:
    template = kit / "materials/offices/_template.yaml"
    template.write_text(TEMPLATE.replace("\nlanguages: [en]\n", "\nlanguages: [ar, en]\n"))
    code, out = cli("new", "office", "lagos", "--kit", kit)
    assert code == 0, out
    assert "the kit's:" not in out
    text = (kit / "materials/offices/lagos.yaml").read_text(encoding="utf-8")
    assert "\nlanguages: [ar, en]\n" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["coast"],
            "materials/offices/coast.yaml: error[new.office]: the kit already has office "
            "'coast' (coast.yaml)\n"
            "  hint: edit that file, or give the new office another id; `python generate.py "
            "check --office coast --kit KIT` says what it still lacks\n",
        ),
        (  # one file on macOS's and Windows' disks
            ["Coast"],
            "error[new.office]: 'Coast' cannot be an office's id: it names the office's file "
            "and output folder, in lower-case letters, digits and hyphens\n"
            "  hint: the kit has office 'coast' already: edit coast.yaml\n",
        ),
        (  # a .yml file of that id: the loader refuses it, and would read both
            ["delta"],
            "materials/offices/delta.yml: error[new.office]: the kit already has office "
            "'delta' (delta.yml)\n"
            "  hint: edit that file, or give the new office another id; `python generate.py "
            "check --office delta --kit KIT` says what it still lacks\n",
        ),
        (  # the id meant, the name kept
            ["Côte d'Ivoire", "--name", "UNODC Office"],
            "error[new.office]: 'Côte d'Ivoire' cannot be an office's id: it names the "
            "office's file and output folder, in lower-case letters, digits and hyphens\n"
            "  hint: python generate.py new office cote-d-ivoire --name 'UNODC Office' "
            "--kit KIT\n",
        ),
        (
            ["_template"],
            "error[new.office]: '_template' cannot be an office's id: it names the office's "
            "file and output folder, in lower-case letters, digits and hyphens\n"
            "  hint: python generate.py new office template --kit KIT\n",
        ),
        (
            ["../x"],
            "error[new.office]: '../x' cannot be an office's id: it names the office's file and "
            "output folder, in lower-case letters, digits and hyphens\n"
            "  hint: python generate.py new office x --kit KIT\n",
        ),
        (  # the office's file name for its id: the id is the name without .yaml
            ["lagos.yaml"],
            "error[new.office]: 'lagos.yaml' cannot be an office's id: it names the office's "
            "file and output folder, in lower-case letters, digits and hyphens\n"
            "  hint: python generate.py new office lagos --kit KIT\n",
        ),
        (
            ["all"],
            "error[new.office]: 'all' cannot be an office's id: `--office all` means every "
            "office\n  hint: give the office another id (lagos, east-africa-kenya)\n",
        ),
        (
            ["lagos", "--name", " "],
            'error[new.office]: --name " " is not an office\'s name: it is empty\n'
            "  hint: give the office's name in English on one line, e.g. --name \"UNODC Country "
            'Office in Nigeria"\n',
        ),
        (
            ["lagos", "--name", "UNODC\nLagos"],
            'error[new.office]: --name "UNODC\\nLagos" is not an office\'s name: it holds a '
            "control character (a line break)\n"
            "  hint: give the office's name in English on one line, e.g. --name \"UNODC Country "
            'Office in Nigeria"\n',
        ),
        (  # a line separator, which the loader refuses in any text (load.control-char)
            ["lagos", "--name", "UNODC\u2028Lagos"],
            'error[new.office]: --name "UNODC\u2028Lagos" is not an office\'s name: it holds the '
            "separator U+2028 at character 6: it cannot be printed\n"
            "  hint: give the office's name in English on one line, e.g. --name \"UNODC Country "
            'Office in Nigeria"\n',
        ),
    ],
)
def test_a_refused_office_writes_nothing(kit: Path, args: list[str], expected: str) -> None:
    (kit / "materials/offices/delta.yml").write_text("name: Delta\n")
    before = sorted(p.name for p in (kit / "materials/offices").iterdir())
    code, out = cli("new", "office", *args, "--kit", kit)
    assert (code, out.replace(f"{kit}/", "").replace(str(kit), "KIT")) == (
        1,
        expected + "1 error(s)\n",
    )
    assert sorted(p.name for p in (kit / "materials/offices").iterdir()) == before


def test_not_a_kit(tmp_path: Path) -> None:
    code, out = cli("new", "office", "lagos", "--kit", tmp_path)
    assert code == 1, out
    assert f"error[load.no-kit]: no kit at {tmp_path} (materials/campaign.yaml is missing)" in out
    assert list(tmp_path.iterdir()) == []
