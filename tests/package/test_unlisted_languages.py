"""`package.unlisted`: files of a language their group's file does not list, kept from a
build before the kit changed, said as they are: a language the group never listed when they
were made (`build --lang` of a trial's strings file) or one it no longer lists."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.kits import cli

ROSEA = "name: Rosea\nlanguages: [en]\n"
ARGS = ("--only", "badge-58", "--no-png", "--no-digital", "--office", "rosea")


def _edit_es(kit: Path) -> None:
    """The badge's translation edited in es.yaml: the kit changed, no badge in en or fr read
    it (a text the badge does not print, the theme, outdates no badge: package.outdated)."""
    es = kit / "materials/strings/es.yaml"
    text = es.read_text("utf-8")
    assert text.count("text: Acabemos con la trata\n") == 1
    es.write_text(text.replace("text: Acabemos con la trata\n", "text: ¡Acabemos ya!\n"), "utf-8")


def _entries(out: Path, lang: str) -> list[dict[str, object]]:
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    return [f["extra"] for f in files if f["language"] == lang]


def _edit_en(kit: Path) -> None:
    """The source's badge text edited: every badge, in every language, is made from en.yaml."""
    en = kit / "materials/strings/en.yaml"
    text = en.read_text("utf-8")
    en.write_text(text.replace("text: End human trafficking", "text: End trafficking"), "utf-8")


def test_a_language_built_with_lang_is_said_never_listed(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """`build --office rosea --lang fr,en` of an office that lists en only, then an edit of
    en.yaml (the fr badge's source) and the office's build (in en): the package said
    "rosea.yaml no longer lists fr" of a language it never listed, and "no build makes them
    again", though `build --lang fr` does. Each fr entry says its group did not list fr when
    it was made; the warning names what changed since (it said "the kit changed since")."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": ROSEA}), tmp_path / "out"
    args = ("--kit", kit, "-o", out, *ARGS)
    assert cli("build", *args, "--lang", "fr,en")[0] == 0
    assert [e.get("unlisted") for e in _entries(out, "fr")] == [True]
    assert [e.get("unlisted") for e in _entries(out, "en")] == [None]
    _edit_en(kit)
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 1, text  # package.outdated: the fr badge shows the old source text
    assert "error[package.outdated]: the kit changed since " in text
    assert text.endswith(
        f"{out / 'manifest.json'}: warning[package.unlisted]: 1 file(s) in fr of office rosea "
        f"in {out} are in the package though rosea.yaml does not list fr, nor did it when they "
        "were made (by a build given --lang fr): only such a build makes them again, and they "
        "were made before materials/strings/en.yaml changed\n"
        "  hint: make them again (python generate.py build --office rosea --lang fr --only "
        f"badge-58 --no-digital --no-png -o {out} --kit {kit}), add fr to `languages:` in "
        "rosea.yaml to build it with the others, or remove them with python generate.py build "
        f"--office rosea --prune --no-digital --no-png -o {out} --kit {kit}\n"
        "1 error(s), 1 warning(s)\n"
    )


def test_a_trial_of_several_languages_is_one_warning_and_none_once_current(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """`build --lang fr,es,en` of an office that lists en (the README's way to try a new
    language), then builds of en into the same folder: each said a `build.kept` warning per
    language, and after an edit of a strings file no trial file was made from (ru.yaml)
    `package` said a `package.unlisted` per language ending "and the kit changed since" (an
    office's trial of si, hy and ti). One `build.kept` warning names the languages; the
    package says nothing of files made from nothing that changed, and one warning of those
    made from what did, naming it."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": ROSEA}), tmp_path / "out"
    args = ("--kit", kit, "-o", out, *ARGS)
    office = kit / "materials/offices/rosea.yaml"
    assert cli("build", *args, "--lang", "fr,es,en")[0] == 0
    ru = kit / "materials/strings/ru.yaml"
    ru.write_text(ru.read_text("utf-8").replace("text: ", "text: Z", 1), "utf-8")
    code, text = cli("build", *args)
    assert code == 0, text
    assert text.count("build.kept") == 1, text
    assert (
        f"{office}:2:13: warning[build.kept]: {out} keeps 2 file(s) in es and fr of office "
        "rosea (badge-58) from earlier builds: none of them is in rosea.yaml's `languages:`, "
        "so only a build that names them (--lang es,fr, with their materials) makes them "
        "again (they "
        "stay in the manifest and the gallery, and `package` sends them)\n"
        "  hint: add them to `languages:` in rosea.yaml, or build with --lang es,fr and their "
        "materials, to make them again; or build with --prune to remove them\n"
    ) in text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.unlisted" not in text
    assert "package.outdated" not in text
    _edit_es(kit)  # es's own text: the es badge, not the fr one
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 1, text
    assert text.count("package.unlisted") == 1, text
    assert (
        f"warning[package.unlisted]: 1 file(s) in es of office rosea in {out} are in the "
        "package though rosea.yaml does not list es, nor did it when they were made (by a build "
        "given --lang es): only such a build makes them again, and they were made before "
        "materials/strings/es.yaml changed\n"
    ) in text
    _edit_en(kit)  # the source: both
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 1, text
    assert text.count("package.unlisted") == 1, text
    assert (
        f"warning[package.unlisted]: 2 file(s) in es and fr of office rosea in {out} are in the "
        "package though rosea.yaml lists none of them, nor did it when they were made (by "
        "builds given them with --lang): only such a build makes them again, and they were "
        "made before materials/strings/en.yaml and materials/strings/es.yaml changed\n"
        "  hint: make them again (python generate.py build --office rosea --lang es,fr --only "
        f"badge-58 --no-digital --no-png -o {out} --kit {kit}), add them to `languages:` in "
        "rosea.yaml to build them with the others, or remove them with python generate.py "
        f"build --office rosea --prune --no-digital --no-png -o {out} --kit {kit}\n"
    ) in text


def test_a_trial_language_listed_then_dropped_is_said_no_longer_listed(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A trial's fr (`--lang fr`), then listed in rosea.yaml and built (its job up to date,
    skipped: the entry loses its mark), then dropped from the list and es.yaml edited:
    rosea.yaml listed fr once, and no longer does."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": ROSEA}), tmp_path / "out"
    args = ("--kit", kit, "-o", out, *ARGS)
    office = kit / "materials/offices/rosea.yaml"
    assert cli("build", *args, "--lang", "fr,en")[0] == 0
    office.write_text(ROSEA.replace("[en]", "[en, fr]"), "utf-8")
    assert cli("build", *args)[0] == 0
    assert [e.get("unlisted") for e in _entries(out, "fr")] == [None]
    office.write_text(ROSEA, "utf-8")
    _edit_es(kit)
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert (
        f"warning[package.unlisted]: 1 file(s) in fr of office rosea in {out} are in the "
        "package though rosea.yaml no longer lists fr: no build makes them again\n"
    ) in text
