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
    """A translation edited in es.yaml: the kit changed, no badge in en or fr read it."""
    es = kit / "materials/strings/es.yaml"
    text = es.read_text("utf-8")
    es.write_text(text.replace("text: Qué puedes hacer", "text: ¿Qué puedes hacer?"), "utf-8")


def _entries(out: Path, lang: str) -> list[dict[str, object]]:
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    return [f["extra"] for f in files if f["language"] == lang]


def test_a_language_built_with_lang_is_said_never_listed(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """`build --office rosea --lang fr,en` of an office that lists en only, then an edit of
    es.yaml and the office's build (in en): the package said "rosea.yaml no longer lists fr" of a
    language it never listed, and "no build makes them again", though `build --lang fr`
    does. Each fr entry says its group did not list fr when it was made."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": ROSEA}), tmp_path / "out"
    args = ("--kit", kit, "-o", out, *ARGS)
    assert cli("build", *args, "--lang", "fr,en")[0] == 0
    assert [e.get("unlisted") for e in _entries(out, "fr")] == [True]
    assert [e.get("unlisted") for e in _entries(out, "en")] == [None]
    _edit_es(kit)
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert text.endswith(
        f"{out / 'manifest.json'}: warning[package.unlisted]: 1 file(s) in fr of office rosea "
        f"in {out} are in the package though rosea.yaml does not list fr, nor did it when they "
        "were made (by a build given --lang fr): only such a build makes them again, and the "
        "kit changed since\n"
        "  hint: make them again (python generate.py build --office rosea --lang fr --only "
        f"badge-58 --no-digital --no-png -o {out} --kit {kit}), add fr to `languages:` in "
        "rosea.yaml to build it with the others, or remove them with python generate.py build --office rosea --prune "
        f"--no-digital --no-png -o {out} --kit {kit}\n"
        "1 warning(s), 2 note(s)\n"  # package.no-contact and package.no-previews (--no-png)
    )


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
