"""This repository's own kit, read when no kit is in the working folder or above it (the
fallback of cli.default_kit). From beside an office's kit (a folder holding `kit/`), `new
office mombasa2` wrote into this repository's materials/offices/ with a note only, and
`check --office nairobi` listed this repository's offices though `kit/` had nairobi (a
user's trial). A command that writes into a kit refuses the kit reached by the fallback
(`cli.repository-kit`), naming the kits one or two folders below; an office, language or
material the fallback kit lacks is named where a kit below has it. The repository's kit is
a copy here (`repository`): a test that failed would otherwise write into this one's."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from campaign import cli as command_line
from campaign.cli import REPO_ROOT

from ..kits import cli, mini_copy

HERE = "another kit: give it with --kit DIR, or run the command in its folder"


def _refusal(
    repository: Path, folder: Path, words: str, *hints: str, action: str = "write into"
) -> str:
    lines = [
        f"error[cli.repository-kit]: no kit to {action}: neither "
        f"{folder} nor a folder above it holds materials/, and `{words}` does not {action} "
        f"this repository's own kit ({repository}) unless --kit names it; nothing was written",
        *(f"  hint: {h}" for h in hints),
        f"  hint: to {action} this repository's own kit, name it: --kit {repository}",
        "1 error(s)",
    ]
    return "\n".join(lines) + "\n"


def _files(kit: Path) -> dict[Path, bytes]:
    """Every file of `kit`, to show that nothing of them changed."""
    return {p: p.read_bytes() for p in sorted(kit.rglob("*")) if p.is_file()}


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kit read by the fallback: a copy of the mini kit with offices, as this
    repository's (cli.REPO_ROOT), in a folder beside the working folders."""
    kit = mini_copy(tmp_path.resolve() / "repository")
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/dakar.yaml").write_text(
        "name: Office dakar\nlanguages: [en]\n", encoding="utf-8"
    )
    monkeypatch.setattr(command_line, "REPO_ROOT", kit)
    return kit


@pytest.fixture
def beside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repository: Path) -> Path:
    """A working folder holding an office's kit in kit/ (with an office, steppe) and none
    above it: the trial's /work/trial55."""
    here = tmp_path.resolve() / "trial"
    kit = mini_copy(here / "kit")
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/steppe.yaml").write_text(
        "name: Office steppe\nlanguages: [en]\n", encoding="utf-8"
    )
    monkeypatch.chdir(here)
    return here


@pytest.mark.parametrize(
    ("args", "words", "quoted"),
    [
        (["new", "office", "mombasa2"], "new office", "new office mombasa2 --kit kit"),
        (["new", "language", "kk"], "new language", "new language kk --kit kit"),
        (["strings", "import", "ar.csv"], "strings import", "strings import ar.csv --kit kit"),
        # after a `--` words are arguments: --kit goes before it
        (
            ["strings", "import", "--", "ar.csv"],
            "strings import",
            "strings import --kit kit -- ar.csv",
        ),
    ],
)
def test_a_command_that_writes_refuses_the_repositorys_kit_reached_by_the_fallback(
    repository: Path, beside: Path, args: list[str], words: str, quoted: str
) -> None:
    before, below = _files(repository), _files(beside / "kit")
    code, out = cli(*args)
    assert (code, out) == (
        1,
        _refusal(repository, beside, words, f"the kit in ./kit: python generate.py {quoted}", HERE),
    )
    assert (_files(repository), _files(beside / "kit")) == (before, below)


def test_strings_export_refuses_the_repositorys_kit_reached_by_the_fallback(
    repository: Path, beside: Path
) -> None:
    """A translator's trial: `strings export --lang fr` beside the kit gave the repository's
    French (the review not in it, its English older), and an empty Hausa of a language the
    repository has not, without a word; the import back was then told its sources had been
    edited. Refused as the writing commands are, naming the kit below."""
    code, out = cli("strings", "export", "--lang", "fr", "-o", "fr.po")
    assert (code, out) == (
        1,
        _refusal(
            repository,
            beside,
            "strings export",
            "the kit in ./kit: python generate.py strings export --lang fr -o fr.po --kit kit",
            HERE,
            action="export from",
        ),
    )
    assert not (beside / "fr.po").exists()
    code, out = cli("strings", "export", "--lang", "fr", "-o", "fr.po", "--kit", "kit")
    assert code == 0, out
    assert (beside / "fr.po").is_file()


def test_the_command_it_quotes_writes_into_the_kit_below(beside: Path) -> None:
    code, out = cli("new", "office", "mombasa2", "--kit", "kit")
    assert code == 0, out
    assert out.splitlines()[0] == (
        f"wrote {beside}/kit/materials/offices/mombasa2.yaml from "
        f"{REPO_ROOT}/materials/offices/_template.yaml (the kit has none of its own)"
    )
    assert (beside / "kit/materials/offices/mombasa2.yaml").is_file()


def test_strings_import_refused_writes_nothing_and_reports_it_in_json(
    repository: Path, beside: Path
) -> None:
    code, out = cli("strings", "export", "--lang", "ar", "-o", "ar.csv", "--kit", "kit")
    assert (code, out) == (0, "wrote ar.csv (csv, 2 keys)\n")
    sheet = Path("ar.csv")
    sheet.write_text(sheet.read_text("utf-8-sig").replace("word,Heart,قلب,", "word,Heart,قلبي,"))
    before, below = _files(repository), _files(beside / "kit")
    code, out = cli("strings", "import", "ar.csv", "--json")
    assert code == 1, out
    doc = json.loads(out)
    assert (doc["ok"], doc["written"]) == (False, [])
    assert [(d["code"], d["hints"][0]) for d in doc["diagnostics"]] == [
        (
            "cli.repository-kit",
            "the kit in ./kit: python generate.py strings import ar.csv --json --kit kit",
        )
    ]
    assert (_files(repository), _files(beside / "kit")) == (before, below)


def test_the_kits_one_and_two_folders_below_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repository: Path
) -> None:
    """Down two levels, in name order; not below a kit (its own folders), nor in a hidden
    folder, nor three levels down."""
    here = tmp_path.resolve() / "here"
    for kit in ("b-kit", "offices/a-kit", ".hidden/kit", "deep/er/kit", "b-kit/inner"):
        (here / kit / "materials").mkdir(parents=True)
    monkeypatch.chdir(here)
    code, out = cli("new", "language", "kk")
    assert (code, out) == (
        1,
        _refusal(
            repository,
            here,
            "new language",
            "the kit in ./b-kit: python generate.py new language kk --kit b-kit",
            "the kit in ./offices/a-kit: python generate.py new language kk --kit offices/a-kit",
            HERE,
        ),
    )


def test_with_no_kit_below_it_says_how_to_name_or_make_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repository: Path
) -> None:
    here = tmp_path.resolve() / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    before = _files(repository)
    code, out = cli("new", "office", "lagos")
    assert (code, out) == (
        1,
        _refusal(
            repository,
            here,
            "new office",
            "give the kit to write into with --kit DIR, or run the command in its folder (no "
            "folder holding materials/ is in the working folder's sub-folders either)",
            "no kit of your own yet: python generate.py new kit my-kit, then run the command in "
            "my-kit",
        ),
    )
    assert _files(repository) == before


def test_inside_the_repository_or_with_kit_it_is_the_kit_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repository: Path
) -> None:
    """A developer in this repository writes into its kit (found, not fallen back to); --kit
    names a kit from anywhere, this repository's too."""
    monkeypatch.chdir(repository / "materials/strings")
    code, out = cli("new", "language", "kk")
    assert code == 0, out
    assert out.splitlines()[:2] == [
        f"wrote {repository}/materials/strings/kk.yaml: every string marked to translate",
        f"written into the kit in {repository} (the nearest folder holding materials/ above "
        "the working folder; --kit PATH for another)",
    ]
    monkeypatch.chdir(tmp_path)
    code, out = cli("new", "language", "ky", "--kit", repository)
    assert code == 0, out
    assert (repository / "materials/strings/ky.yaml").is_file()


def test_an_office_of_a_kit_below_is_named_with_the_command_that_reads_it(
    repository: Path, beside: Path
) -> None:
    code, out = cli("check", "--office", "steppe")
    assert (code, out) == (
        1,
        "error[ref.office]: unknown office 'steppe'\n"
        "  hint: the office 'steppe' is in the kit in ./kit, not read: no kit is in the working "
        "folder or above it, so this repository's own was; read that kit: python generate.py "
        "check --office steppe --kit kit\n"
        f"  hint: the offices of the kit in {repository}: dakar\n1 error(s)\n",
    )
    code, out = cli("check", "--office", "steppe", "--kit", "kit", "--only", "text")
    assert code == 0, out


def test_a_material_of_a_kit_below_is_named_too(repository: Path, beside: Path) -> None:
    (repository / "materials/layouts/text.yaml").unlink()
    code, out = cli("build", "--only", "text", "--lang", "en", "-o", "o", "--json")
    assert code == 1, out
    doc = json.loads(out)
    assert [(d["code"], d["hints"][0]) for d in doc["diagnostics"]] == [
        (
            "ref.material",
            "the material 'text' is in the kit in ./kit, not read: no kit is in the working "
            "folder or above it, so this repository's own was; read that kit: python "
            "generate.py build --only text --lang en -o o --json --kit kit",
        )
    ]
    assert not Path("o").exists()


def test_a_kit_found_or_named_is_not_second_guessed(
    beside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the fallback's errors name the kits below: a kit found (the working folder's)
    or named with --kit is the one meant."""
    other = mini_copy(beside / "other")  # a kit holding the kit below
    (other / "materials/offices").mkdir()
    (beside / "kit").rename(other / "kit")
    code, out = cli("check", "--office", "steppe", "--kit", "other")
    assert code == 1, out
    assert "is in the kit in" not in out, out
    monkeypatch.chdir("other")
    code, out = cli("check", "--office", "steppe")
    assert code == 1, out
    assert "is in the kit in" not in out, out


def test_a_build_below_the_kits_root_names_its_output_folder_in_full(
    beside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its out/ is the working folder's, as -o's default says; run in kit/materials/offices/,
    a build said `in out/steppe/` and its user looked in kit/out/ (a user's trial)."""
    offices = beside / "kit/materials/offices"
    monkeypatch.chdir(offices)
    args = ("build", "--office", "steppe", "--only", "text", "--no-png", "--no-digital")
    built = "built 1 print PDF(s), 0 digital PDF(s) and 0 PNG(s) in"
    code, out = cli(*args)
    assert code == 0, out
    assert out.splitlines()[-1].startswith(f"{built} {offices}/out/steppe/ ("), out
    assert out.splitlines()[-1].endswith(f"; manifest: {offices}/out/manifest.json"), out
    assert (offices / "out/steppe/text").is_dir()
    monkeypatch.chdir(beside / "kit")  # at the kit's root, as given
    code, out = cli(*args)
    assert code == 0, out
    assert out.splitlines()[-1].startswith(f"{built} out/steppe/ ("), out


@pytest.fixture
def moved(repository: Path, beside: Path) -> Path:
    """A build `o` of the kit below, that kit then moved (kit/ to moved/): its manifest
    names a kit no longer there, so `package` and `sheet` read this repository's own, by the
    fallback, which has no material 'text'."""
    code, out = cli("build", "--kit", "kit", "--only", "text", "--lang", "en", "-o", "o")
    assert code == 0, out
    (beside / "kit").rename(beside / "moved")
    (repository / "materials/layouts/text.yaml").unlink()
    return beside / "moved"


def test_package_names_the_kit_below_that_has_a_material(moved: Path) -> None:
    """It finds a kit as build and check do (cli.kit_root): it said `unknown material
    'text'` of this repository's kit, and nothing of the kit below."""
    code, out = cli("package", "--from", "o", "--only", "text", "-o", "p")
    assert (code, out) == (
        1,
        "error[ref.material]: unknown material 'text'\n"
        "  hint: the material 'text' is in the kit in ./moved, not read: no kit is in the "
        "working folder or above it, so this repository's own was; read that kit: python "
        "generate.py package --from o --only text -o p --kit moved\n"
        "  hint: materials: badge, boxes, hearts, marks\n1 error(s)\n",
    )
    assert not Path("p").exists()


def test_sheet_names_the_kit_below_that_has_a_language(moved: Path) -> None:
    """As package: `sheet --lang kk`, a language of the kit below only."""
    (moved / "materials/strings/kk.yaml").write_text("language: kk\n", encoding="utf-8")
    code, out = cli("sheet", "--from", "o", "--material", "text", "--lang", "kk", "-o", "s.pdf")
    assert (code, out) == (
        1,
        "error[ref.language]: unknown language 'kk'\n"
        "  hint: the language 'kk' is in the kit in ./moved, not read: no kit is in the working "
        "folder or above it, so this repository's own was; read that kit: python generate.py "
        "sheet --from o --material text --lang kk -o s.pdf --kit moved\n"
        "  hint: languages with strings: ar (Arabic), en (English)\n"
        "  hint: to add it: python generate.py new language kk\n1 error(s)\n",
    )
    assert not Path("s.pdf").exists()


@pytest.mark.parametrize(
    ("args", "code", "what"),
    [
        (
            ["package", "--from", "o", "-o", "p"],
            "package.kit",
            "the package's checks of the kit's languages are left out (they would be that "
            "other kit's)",
        ),
        (
            ["sheet", "--from", "o", "--material", "text", "--home", "-o", "s.pdf"],
            "sheet.kit",
            "the sheet's slugs and notes (campaign, draft languages) are that other kit's",
        ),
    ],
)
def test_the_warning_of_a_build_whose_kit_is_gone_names_the_kits_below(
    repository: Path, moved: Path, args: list[str], code: str, what: str
) -> None:
    """Read with this repository's kit by the fallback, a build whose kit has moved: the
    warning said only `--kit PATH`; it names the kits below with the command that reads one."""
    (repository / "materials/layouts/text.yaml").write_bytes(
        (moved / "materials/layouts/text.yaml").read_bytes()
    )
    done, out = cli(*args)
    assert done == 0, out
    manifest = Path("o/manifest.json").resolve()
    line = next(n for n, t in enumerate(manifest.read_text().splitlines(), 1) if "kit_dir" in t)
    assert (
        f"o/manifest.json:{line}:5: warning[{code}]: o was built with the kit in kit, which is "
        f"no longer there: it is read with {repository}, and {what}\n"
        f"  hint: the kit in ./moved: python generate.py {shlex.join(args)} --kit moved\n"
        "  hint: give the folder the kit is in now: --kit PATH (the folder with materials/)\n"
    ) in out, out


def test_package_without_a_build_names_the_kits_below_and_their_builds(beside: Path) -> None:
    """`package` beside an office's kit, no build done in the working folder: it said only
    "run build first" (a review), which built this repository's kit. It names the kit below
    with the build that makes the folder, and, once that kit has a build of its own (made in
    its folder: kit/out), the command that packages it."""
    code, out = cli("package")
    assert (code, out) == (
        1,
        "error[package.manifest]: no manifest at out/manifest.json; package reads a finished "
        "build\n"
        "  hint: the kit in ./kit: python generate.py build --kit kit, then python generate.py "
        "package\n"
        "  hint: run `python generate.py build` first, or pass --from BUILD_DIR\n1 error(s)\n",
    )
    built, _ = cli("build", "--kit", "kit", "--only", "text", "--lang", "en", "-o", "kit/out")
    assert built == 0
    code, out = cli("package", "--quiet")
    assert (code, out) == (
        1,
        "error[package.manifest]: no manifest at out/manifest.json; package reads a finished "
        "build\n"
        "  hint: the kit in ./kit has a build in ./kit/out: python generate.py package --quiet "
        "--from kit/out\n"
        "  hint: run `python generate.py build` first, or pass --from BUILD_DIR\n1 error(s)\n",
    )
    # the command it quotes packages that build
    code, out = cli("package", "--quiet", "--from", "kit/out")
    assert code == 0, out
    # another folder asked for (--from o): the kit is built into it, or its own o is read
    code, out = cli("sheet", "--from", "o", "--material", "text")
    assert code == 1
    assert (
        "  hint: the kit in ./kit: python generate.py build --kit kit -o o, then python "
        "generate.py sheet --from o --material text\n"
    ) in out, out
