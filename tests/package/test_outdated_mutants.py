"""Properties of the newest outdated judgement that no test held: each test here failed under a
bug planted in the code it names (the thirty-ninth session's mutation testing), and passes
without it. Which kit changes a build folder's file was made from (package.outdated's
KitChanges) and the package.outdated diagnostic (cli.package.outdated_diagnostic), with
--allow-outdated a warning."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from campaign.cli.package import outdated_diagnostic
from campaign.diagnostics import Collector, Mark
from campaign.model.kit import Kit
from campaign.output import OutputFile
from campaign.package.outdated import KitChanges, Outdated

CODE = "c" * 64  # the generator's version now
BEFORE = {  # the kit files' digests at the build (kit_digests: name to sha256)
    "materials/campaign.yaml": "a" * 64,
    "materials/strings/es.yaml": "b" * 64,
    "materials/strings/fr.yaml": "d" * 64,
    "materials/offices/rosea.yaml": "e" * 64,
    "materials/offices/brussels.yaml": "f" * 64,
}


def changes(
    monkeypatch: pytest.MonkeyPatch, edited: tuple[str, ...], code: str = CODE
) -> KitChanges:
    """KitChanges of a folder stamped with BEFORE and `code`, `edited` changed since; every
    group's kit state other than the stamp's."""
    now = {n: ("0" * 64 if n in edited else d) for n, d in BEFORE.items()}
    monkeypatch.setattr("campaign.pipeline.kitcache.kit_digests", lambda _root: now)
    monkeypatch.setattr("campaign.pipeline.fingerprint.code_version", lambda: CODE)
    monkeypatch.setattr(
        "campaign.pipeline.fingerprint.kit_state",
        lambda _f, _c, office=None, chains=None: f"now {office}",
    )
    stamp = {
        "kit": "before",
        "kit_offices": {"rosea": "before"},
        "kit_files": {n: d[:16] for n, d in BEFORE.items()},
        "code": code[:16],
    }
    kit = cast(Kit, SimpleNamespace(root=Path("kit")))  # no offices' files: no chains
    return KitChanges(stamp, kit)


def made(
    path: str, office: str | None = None, inputs: list[str] | None = None, lang: str = "es"
) -> OutputFile:
    """A print PDF of badge-58 in `lang` (its name: badge-58-es.pdf)."""
    extra: dict[str, object] = {} if inputs is None else {"inputs": inputs}
    return OutputFile(
        path, "badge-58", lang, "pdf", "print", (58.0, 58.0), 1, "", 0, extra=extra, office=office
    )


def test_a_file_is_made_from_the_scoped_files_its_job_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """es.yaml is a strings file (fingerprint.SCOPED_FILES): a file whose job read it was made
    from it; one whose job read fr.yaml was not; campaign.yaml is every file's."""
    kit = changes(monkeypatch, ("materials/strings/es.yaml", "materials/campaign.yaml"))
    es = made("badge-58-es.pdf", inputs=["materials/strings/es.yaml"])
    fr = made("badge-58-fr.pdf", inputs=["materials/strings/fr.yaml"])
    assert kit.made_from(es) == ["materials/campaign.yaml", "materials/strings/es.yaml"]
    assert kit.made_from(fr) == ["materials/campaign.yaml"]


def test_a_new_generator_is_named_after_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    kit = changes(monkeypatch, ("materials/campaign.yaml",), code="9" * 64)
    assert kit.made_from(made("a.pdf", inputs=[])) == ["materials/campaign.yaml", "the generator"]
    assert kit.made_from(made("b.pdf", inputs=["materials/strings/es.yaml"])) == [
        "materials/campaign.yaml",
        "the generator",
    ]


def test_an_entry_of_before_inputs_is_judged_by_its_groups_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An entry that names no inputs (an older build's) is made from every kit file of its
    group: another office's file is not one. With none of them changed, its group's state
    that did is "the generator" when the code changed, and nothing when it did not (files
    that say what they said: a comment)."""
    kit = changes(monkeypatch, ("materials/offices/brussels.yaml",))
    assert kit.made_from(made("badge-58-es-rosea.pdf", office="rosea")) == []
    kit = changes(monkeypatch, ("materials/offices/brussels.yaml",), code="f" * 64)
    assert kit.made_from(made("badge-58-es-rosea.pdf", office="rosea")) == ["the generator"]
    kit = changes(monkeypatch, ("materials/offices/brussels.yaml", "materials/strings/es.yaml"))
    assert kit.made_from(made("badge-58-es-rosea.pdf", office="rosea")) == [
        "materials/strings/es.yaml"
    ]
    assert kit.made_from(made("badge-58-es-brussels.pdf", office="brussels")) == [
        "materials/offices/brussels.yaml",
        "materials/strings/es.yaml",
    ]


def test_the_first_three_files_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    kit = changes(monkeypatch, ("materials/campaign.yaml",))
    for lang in ("am", "ar", "bn", "en", "es"):
        kit.add(made(f"badge-58-{lang}.pdf", inputs=[], lang=lang))
    kit.add(made("badge-58-fr.pdf", inputs=["materials/strings/fr.yaml"], lang="fr"))
    named = ("badge-58-am.pdf", "badge-58-ar.pdf", "badge-58-bn.pdf")
    assert kit.result() == Outdated(("materials/campaign.yaml",), named, 6, 6)


@pytest.mark.parametrize("allow", [False, True])
def test_the_outdated_diagnostic_names_six_changes_and_counts_the_rest(allow: bool) -> None:
    """Six kit files are named, then "and N more"; the package's files as KitChanges names
    them, then "and N more"; an error with the hint to pass --allow-outdated, a warning
    with it."""
    names = tuple(f"materials/strings/{c}.yaml" for c in ("am", "ar", "bn", "en", "es", "fa", "fr"))
    found = Collector()
    outdated = Outdated(names, ("f0.pdf", "f1.pdf", "f2.pdf"), 5, 9)
    outdated_diagnostic(Path("out"), outdated, Mark.file(Path("out/manifest.json")), found, allow)
    ((d,),) = (found.items,)
    kind = "warning" if allow else "error"
    hint = "" if allow else "\n  hint: or pass --allow-outdated to pack them as they are"
    assert d.render() == (
        f"out/manifest.json: {kind}[package.outdated]: the kit changed since out's last build "
        "(materials/strings/am.yaml, materials/strings/ar.yaml, materials/strings/bn.yaml, "
        "materials/strings/en.yaml, materials/strings/es.yaml, materials/strings/fa.yaml and "
        "1 more): 5 of its 9 files were made from it as it was (f0.pdf, f1.pdf, f2.pdf and 2 "
        "more)\n"
        "  hint: build again (the command that made the folder: python generate.py build, "
        f"with its --office, or merge) before sending the package{hint}"
    )


def test_the_outdated_diagnostic_names_six_changes_all() -> None:
    names = tuple(f"materials/strings/{c}.yaml" for c in ("am", "ar", "bn", "en", "es", "fa"))
    found = Collector()
    outdated = Outdated(names, ("f0.pdf",), 1, 9)
    outdated_diagnostic(Path("out"), outdated, Mark.file(Path("out/manifest.json")), found, True)
    assert (
        found.items[0]
        .render()
        .startswith(
            "out/manifest.json: warning[package.outdated]: the kit changed since out's last build "
            "(materials/strings/am.yaml, materials/strings/ar.yaml, materials/strings/bn.yaml, "
            "materials/strings/en.yaml, materials/strings/es.yaml, materials/strings/fa.yaml): 1 "
            "of its 9 files were made from it as it was (f0.pdf)\n"
        )
    )
