"""A language no `languages:` lists is in no build without --lang: `strings import pa.po`
created pa.yaml and said nothing of listing it, then `check` said "ok ... in 2 language(s)"
and `build` made no pa, without a word (a translator's trial of Punjabi). The import says
where to list it, as `new language` does, and `check` and `build` note its strings file
(`strings.unlisted`); not the source's file, nor a parent a listed language prints."""

from __future__ import annotations

from pathlib import Path

import polib

from ..kits import cli, mini_copy

# what `new language` and an import that creates a language say (cli.new.where_to_list)
LISTING = (
    "to build 'pa' by default, list it under `languages:`\n"
    "  - in materials/campaign.yaml, for the campaign's own kit (a build without --office)\n"
    '`python generate.py build --lang pa --kit {kit}` makes it now; README "Add a language" '
    "has the steps from here\n"
)
NOTE = (
    "{path}:4:11: note[strings.unlisted]: no `languages:` lists 'pa' (Punjabi): a build "
    "without --lang makes none of its files, and `check` lays it out nowhere\n"
    "  hint: to build it by default, list 'pa' under `languages:` in materials/campaign.yaml "
    "(the campaign's own kit) and in materials/offices/<id>.yaml of each office that prints "
    "it; `python generate.py build --lang pa --kit {kit}` makes it now\n"
)


def _imported_pa(tmp_path: Path) -> tuple[Path, str]:
    """The mini kit with pa imported from a PO file as Poedit saves it: (kit, its output)."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "pa.po"
    status, out = cli("strings", "export", "--lang", "pa", "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    for entry, text in zip(po, ("ਦਿਲ", "ਨੀਲਾ ਦਿਲ"), strict=True):
        entry.msgstr = text
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    return kit, out


def test_an_import_that_creates_a_language_says_where_to_list_it(tmp_path: Path) -> None:
    kit, out = _imported_pa(tmp_path)
    strings = kit / "materials/strings/pa.yaml"
    assert out.startswith(
        f"{strings} created: 2 text(s) changed, 0 unchanged, 0 left empty in pa.po\n"
        "  changed: word\n  changed: emblem_alt\n" + LISTING.format(kit=kit)
    ), out
    # listed, the next import of it says nothing of it
    campaign = kit / "materials/campaign.yaml"
    campaign.write_text(
        campaign.read_text(encoding="utf-8").replace("[en, ar]", "[en, ar, pa]"), "utf-8"
    )
    status, out = cli("strings", "import", tmp_path / "pa.po", "--kit", kit)
    assert status == 0, out
    assert "list it under" not in out, out


def test_check_and_build_note_a_strings_file_no_languages_lists(tmp_path: Path) -> None:
    kit, _ = _imported_pa(tmp_path)
    note = NOTE.format(path=kit / "materials/strings/pa.yaml", kit=kit)
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    assert note in out, out
    status, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--no-png", "--only", "text")
    assert status == 0, out
    assert note in out, out
    # asked for by --lang, it is made: nothing to note
    status, out = cli("check", "--kit", kit, "--lang", "pa")
    assert status == 0, out
    assert "strings.unlisted" not in out, out


def test_no_note_of_the_source_nor_of_a_parent_a_listed_language_prints(tmp_path: Path) -> None:
    """en.yaml is the source's, listed or not; ar.yaml is the parent ar-EG prints where it
    lacks a text: the kit keeps both unlisted on purpose."""
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("[en, ar]", "[ar-EG]")})
    (kit / "materials/strings/ar-EG.yaml").write_text(
        "language: ar-EG\nname: Arabic (Egypt)\nstatus: draft\nstrings:\n  word: قلب\n",
        encoding="utf-8",
    )
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    assert "strings.unlisted" not in out, out


def test_no_note_of_a_language_an_office_left_out_for_its_errors_lists(tmp_path: Path) -> None:
    """The office's file has an error (it is left out, `office.unusable`): its `languages:`
    still lists pa, and pa is not said to be listed nowhere."""
    kit, _ = _imported_pa(tmp_path)
    offices = kit / "materials/offices"
    offices.mkdir()
    (offices / "lahore.yaml").write_text(
        "name: Lahore office\nlanguages: [en, pa]\npaper: papyrus\n", encoding="utf-8"
    )
    status, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--no-png", "--only", "text")
    assert status == 0, out
    assert "warning[office.unusable]: office 'lahore' has 1 error(s)" in out, out
    assert "strings.unlisted" not in out, out
