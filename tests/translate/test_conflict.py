"""An import merges three ways: each exported text carries the digest of the translation as
exported, so a text the translator left as it was does not undo a change made to the strings
file since the export (another translator's import, an edit), and a text changed on both
sides is a conflict, not a silent overwrite. Two exports of one language, edited on
different strings and imported one after the other, kept only the second one's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest
import yaml

from ..kits import ROOT, cli, replace_in
from .test_formats import ENDING, edit, export
from .test_import_errors import msgstr_at

THEME = "Ne laisser aucun enfant de côté dans la lutte contre la traite des êtres humains"
BADGE = "STOP À LA TRAITE"


def strings(root: Path) -> dict[str, dict[str, str]]:
    path = root / "materials/strings/fr.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["strings"]


def change_theme(root: Path, text: str) -> None:
    """Change the French theme in fr.yaml, as another translator's import or an edit would."""
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    assert f"text: {THEME}\n" in body
    path.write_text(body.replace(f"text: {THEME}\n", f"text: {text}\n"), encoding="utf-8")


def imported(root: Path, path: Path, *args: str, code: int = 0) -> str:
    """`strings import PATH --kit ROOT ARGS`, which must end with `code`: its output."""
    status, out = cli("strings", "import", path, "--kit", root, *args)
    assert status == code, out
    return out


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv"])
def test_two_translators_files_both_count(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    root = kit_copy()
    assert strings(root)["theme"]["text"] == THEME
    first, second = tmp_path / f"a.{ENDING[fmt]}", tmp_path / f"b.{ENDING[fmt]}"
    export(root, first, "fr")
    export(root, second, "fr")
    edit(first, fmt, "theme", "Aucun enfant laissé de côté")
    edit(second, fmt, "badge", BADGE)
    imported(root, first, "--lang", "fr")
    out = imported(root, second, "--lang", "fr")
    assert "  changed: badge\n" in out
    assert f"  kept: theme (changed in fr.yaml since {second.name} was exported" in out
    now = strings(root)
    assert now["theme"]["text"] == "Aucun enfant laissé de côté"
    assert now["badge"]["text"] == BADGE


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv"])
def test_a_text_changed_on_both_sides_is_a_conflict(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """Nothing is written; the error names the string, both texts and the file's place;
    `--overwrite` takes the file's text. The same new text on both sides is no conflict."""
    root = kit_copy()
    path = root / "materials/strings/fr.yaml"
    exported = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, exported, "fr")
    change_theme(root, "Le thème revu")
    before = path.read_bytes()
    edit(exported, fmt, "theme", "Le thème du traducteur")
    out = imported(root, exported, code=1)
    assert (
        f"error[translate.conflict]: 'theme' was changed in fr.yaml since {exported.name} was "
        "exported, to \u201cLe thème revu\u201d, and "
        f"{exported.name} changes it too, to \u201cLe thème du traducteur\u201d"
    ) in out
    assert f"{exported.name}:" in out  # at the file's entry
    assert path.read_bytes() == before
    imported(root, exported, "--overwrite")
    assert strings(root)["theme"]["text"] == "Le thème du traducteur"
    edit(exported, fmt, "theme", "Le thème du traducteur")  # the same text on both sides
    imported(root, exported)


def test_a_file_without_the_digests_is_taken_as_it_is(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An older export (or a file made by hand) says nothing of what was exported: its texts
    are taken, as before."""
    root = kit_copy()
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
    po.write_text("".join(x for x in lines if not x.startswith("#. exported text:")), "utf-8")
    change_theme(root, "Le thème revu")
    imported(root, po)
    assert strings(root)["theme"]["text"] == THEME


@pytest.mark.parametrize("fmt", ["po", "csv"])
def test_the_same_file_fixed_and_imported_again_is_no_conflict(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """export, translate, import, fix the same file, import again (what an overflow's
    message asks): the strings file's text is this export's own earlier import, not a
    change by someone else (it was a conflict). Another export of the same moment, another
    translator's, still is one."""
    root = kit_copy()
    mine, theirs = tmp_path / f"mine.{ENDING[fmt]}", tmp_path / f"theirs.{ENDING[fmt]}"
    export(root, mine, "fr")
    export(root, theirs, "fr")
    edit(mine, fmt, "badge", "STOP À LA TRAITE DES ÊTRES HUMAINS")
    imported(root, mine, "--lang", "fr")
    edit(mine, fmt, "badge", BADGE)
    out = imported(root, mine, "--lang", "fr")
    assert "  changed: badge\n" in out
    assert strings(root)["badge"]["text"] == BADGE
    edit(theirs, fmt, "badge", "FIN DE LA TRAITE")
    out = imported(root, theirs, "--lang", "fr", code=1)
    assert "error[translate.conflict]: 'badge' was changed in fr.yaml" in out


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv", "xlsx"])
def test_a_change_taken_back_in_the_same_file_is_taken(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """A translator's change imported (with a markdown warning), then taken back in the same
    file, the text as exported again: the same file imported again takes it back (a
    translator's trial: `kept: ... import it with --overwrite`, and the asterisks printed;
    an emoji's `text.no-glyph` came back at every import). A copy of the same export, another
    file, that left the text as exported keeps the change and names the file that made it:
    --overwrite takes it back. A change made by hand since the file's import is kept, and
    one the file makes too is a conflict."""
    root = kit_copy()
    mine, copy = tmp_path / f"mine.{ENDING[fmt]}", tmp_path / f"copy.{ENDING[fmt]}"
    export(root, mine, "fr")
    copy.write_bytes(mine.read_bytes())
    exported = strings(root)["badge"]["text"]
    edit(mine, fmt, "badge", f"**{BADGE}**")
    edit(mine, fmt, "online_title", "En ligne")
    out = imported(root, mine, "--lang", "fr")
    assert "warning[translate.markup]: 'badge': the translation has markdown" in out, out
    edit(mine, fmt, "badge", exported)
    out = imported(root, mine, "--lang", "fr")
    assert "  changed: badge (taken back: as exported)\n" in out, out
    assert strings(root)["badge"]["text"] == exported
    assert strings(root)["online_title"]["text"] == "En ligne"  # the file's other change
    edit(mine, fmt, "badge", BADGE)
    imported(root, mine, "--lang", "fr")
    out = imported(root, copy, "--lang", "fr")
    assert (
        f"  kept: badge (changed by the import of {mine.resolve()}, a file of the same export; "
        f"{copy.name} has it as exported: to take that change back, import it with "
        "--overwrite)\n"
    ) in out, out
    assert strings(root)["badge"]["text"] == BADGE
    out = imported(root, copy, "--lang", "fr", "--overwrite")
    assert "  changed: badge (taken back: as exported)\n" in out, out
    assert strings(root)["badge"]["text"] == exported
    edit(mine, fmt, "badge", BADGE)  # as the strings file has it since the copy's import
    imported(root, mine, "--lang", "fr")
    path = root / "materials/strings/fr.yaml"  # then changed by hand
    path.write_text(
        path.read_text(encoding="utf-8").replace(f"text: {BADGE}\n", "text: FIN DE LA TRAITE\n"),
        encoding="utf-8",
    )
    edit(mine, fmt, "badge", exported)
    out = imported(root, mine, "--lang", "fr")
    assert f"  kept: badge (changed in fr.yaml since {mine.name} was exported; " in out, out
    assert strings(root)["badge"]["text"] == "FIN DE LA TRAITE"
    edit(mine, fmt, "badge", "HALTE À LA TRAITE")
    out = imported(root, mine, "--lang", "fr", code=1)
    assert (
        "error[translate.conflict]: 'badge' was changed in fr.yaml since "
        f"{mine.name} was exported, to \u201cFIN DE LA TRAITE\u201d, and {mine.name} "
        "changes it too, to \u201cHALTE À LA TRAITE\u201d"
    ) in out, out


def test_a_copy_of_one_export_with_the_same_fix_undoes_nothing(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """One export copied to two translators; both make the same fix of one text, the first
    changes another too: the second's import keeps the first's other change (it was
    written back as a take-back: a review's finding)."""
    root = kit_copy()
    first, second = tmp_path / "alice.po", tmp_path / "bob.po"
    export(root, first, "fr")
    second.write_bytes(first.read_bytes())
    edit(first, "po", "badge", BADGE)
    edit(first, "po", "online_title", "En ligne")
    imported(root, first)
    edit(second, "po", "online_title", "En ligne")
    out = imported(root, second)
    assert "  kept: badge " in out
    assert strings(root)["badge"]["text"] == BADGE


def test_a_long_text_in_a_conflict_is_shown_where_it_differs(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Both texts from a little before their first difference: cut at 60 characters from
    their start, two long texts that differ at their end looked the same."""
    root = kit_copy()
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    change_theme(root, f"{THEME} partout")
    edit(po, "po", "theme", THEME + " toujours")
    out = imported(root, po, code=1)
    assert (
        "to \u201c\u2026contre la traite des êtres humains partout\u201d, and fr.po changes "
        "it too, to \u201c\u2026contre la traite des êtres humains toujours\u201d"
    ) in out


def test_overwrite_takes_the_files_text_where_it_conflicts_only(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """--overwrite resolves the conflicts the import named in the file's favour; a text the
    file left as exported still keeps the strings file's newer one. It took every text of
    the file: the translator resolving two conflicts undid a colleague's edit of a third
    string they never touched ("changed: cta_join")."""
    root = kit_copy()
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    change_theme(root, "Le thème revu")  # a colleague's edit, left as exported in the file
    edit(po, "po", "badge", BADGE)  # the translator's own change
    path = root / "materials/strings/fr.yaml"
    before = strings(root)["badge"]["text"]
    body = path.read_text(encoding="utf-8")
    path.write_text(body.replace(f"text: {before}\n", "text: BADGE REVU\n", 1), "utf-8")
    out = imported(root, po, code=1)  # badge changed on both sides: a conflict
    assert "error[translate.conflict]: 'badge'" in out
    out = imported(root, po, "--overwrite")
    assert "  changed: badge\n" in out
    assert "  kept: theme " in out
    assert strings(root)["badge"]["text"] == BADGE
    assert strings(root)["theme"]["text"] == "Le thème revu"


def test_a_copy_of_one_export_given_to_two_translators_undoes_nothing(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """One export copied to two translators: the second's texts left as exported do not undo
    the first's (they shared the export's id, and the first's import was taken for the
    second's own)."""
    root = kit_copy()
    first, second = tmp_path / "alice.po", tmp_path / "bob.po"
    export(root, first, "fr")
    second.write_bytes(first.read_bytes())
    edit(first, "po", "badge", BADGE)
    imported(root, first)
    edit(second, "po", "online_title", "En ligne")
    out = imported(root, second)
    assert "  kept: badge " in out
    assert strings(root)["badge"]["text"] == BADGE
    assert strings(root)["online_title"]["text"] == "En ligne"


def test_ones_own_file_again_keeps_what_others_changed_since(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A translator's file imported, then someone else changes a string it changed, then the
    translator fixes another string and imports the same file again: the other's change is
    kept (it was a conflict: the file still has its own earlier text there)."""
    root = kit_copy()
    mine, theirs = tmp_path / "mine.po", tmp_path / "theirs.po"
    export(root, mine, "fr")
    edit(mine, "po", "badge", BADGE)
    imported(root, mine)
    export(root, theirs, "fr")
    edit(theirs, "po", "badge", "FIN DE LA TRAITE")
    imported(root, theirs)
    edit(mine, "po", "cta_join", "Rejoignez-nous.")
    out = imported(root, mine)
    assert "  kept: badge " in out
    assert strings(root)["badge"]["text"] == "FIN DE LA TRAITE"
    assert strings(root)["cta_join"]["text"] == "Rejoignez-nous."


def test_a_file_without_digests_is_taken_with_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A CSV whose `exported` column was deleted (it looks odd in a spreadsheet) says nothing
    of what was exported: its texts are taken, and the import says so (it undid others'
    changes without a word)."""
    root = kit_copy()
    table = tmp_path / "fr.csv"
    export(root, table, "fr")
    rows = table.read_bytes().decode("utf-8-sig").split("\r\n")
    table.write_bytes("\r\n".join(r.rsplit(",", 1)[0] if r else r for r in rows).encode())
    assert b"exported" not in table.read_bytes()
    out = imported(root, table)
    # nothing taken: nothing to warn of (the table's source cells unchecked are its own warning)
    assert "does not say what was exported" not in out
    edit(table, "csv", "cta_join", "Rejoignez-nous.")
    out = imported(root, table)
    assert (
        "fr.csv:1:1: warning[translate.unchecked]: fr.csv does not say what was exported for "
        "'fr' (no `exported` digests:"
    ) in out


def test_fuzzy_entries_are_named_not_counted_empty(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    po_path = tmp_path / "fr.po"
    export(root, po_path, "fr")
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgctxt == "qr_label")
    entry.msgstr, entry.flags = "Scannez pour agir", ["fuzzy"]
    po.save(str(po_path))
    out = imported(root, po_path)
    assert "  fuzzy, not imported: qr_label (clear the PO editor's fuzzy flag" in out
    assert "left empty" in out
    assert strings(root)["qr_label"]["text"] != "Scannez pour agir"


def test_a_fuzzy_full_text_takes_its_short_variant_with_it(
    hebrew_kit: Path, tmp_path: Path
) -> None:
    """A new language's first file, the full text of an entry with a short variant flagged
    fuzzy and its short variant translated (a translator's trial): the import failed with
    "'back_title' has a short variant and no translation of its full text", where the file
    had one, fuzzy. Both are named as not imported, and the rest of the file is."""
    po_path = tmp_path / "he.po"
    export(hebrew_kit, po_path, "he")
    po = polib.pofile(str(po_path))
    full = next(e for e in po if e.msgctxt == "back_title")
    full.msgstr, full.flags = (
        "\u05d3\u05e2\u05d5 \u05d0\u05ea \u05d4\u05e1\u05d9\u05de\u05e0\u05d9\u05dd.",
        ["fuzzy"],
    )
    next(e for e in po if e.msgctxt == "back_title|short").msgstr = "\u05d3\u05e2\u05d5"
    next(e for e in po if e.msgctxt == "badge").msgstr = "\u05dc\u05e1\u05d9\u05d9\u05dd"
    po.save(str(po_path))
    out = imported(hebrew_kit, po_path)
    assert "has a short variant and no translation of its full text" not in out
    assert "  fuzzy, not imported: back_title (clear the PO editor's fuzzy flag" in out
    assert (
        "  fuzzy, not imported: back_title (short), with its full text (clear the PO "
        "editor's fuzzy flag"
    ) in out
    assert "  changed: badge\n" in out
    path = hebrew_kit / "materials/strings/he.yaml"
    kept = yaml.safe_load(path.read_text(encoding="utf-8"))["strings"]
    assert kept["badge"]["text"] == "\u05dc\u05e1\u05d9\u05d9\u05dd"
    assert "back_title" not in kept or not kept["back_title"].get("short")


def test_a_full_text_refused_is_one_error_not_two_with_its_short_variant(
    hebrew_kit: Path, tmp_path: Path
) -> None:
    """A new language's full text of an entry refused (its placeholder dropped) and its short
    variant translated: one error, the placeholder's; the short variant's "no translation
    of its full text" was a second, false one (a translator's trial)."""
    replace_in(
        hebrew_kit / "materials/strings/en.yaml",
        "    text: Know the signs. Speak up. Support.\n",
        "    text: Know the signs. Call {helpline}.\n",
    )
    po_path = tmp_path / "he.po"
    export(hebrew_kit, po_path, "he")
    po = polib.pofile(str(po_path))
    next(e for e in po if e.msgctxt == "back_title").msgstr = "\u05d3\u05e2\u05d5 \u05d0\u05ea"
    next(e for e in po if e.msgctxt == "back_title|short").msgstr = "\u05d3\u05e2\u05d5"
    po.save(str(po_path))
    out = imported(hebrew_kit, po_path, code=1)
    errors = [line for line in out.splitlines() if "error[" in line]
    assert len(errors) == 1, out
    assert "error[translate.placeholder]: 'back_title'" in errors[0], out
    assert "has a short variant and no translation of its full text" not in out


def test_a_conflict_shows_no_break_spaces_and_line_breaks(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    first, second = tmp_path / "r.po", tmp_path / "s.po"
    export(root, first, "fr")
    export(root, second, "fr")
    edit(first, "po", "cta_join", "Rejoignez la campagne Cœur bleu !")
    imported(root, first)
    edit(second, "po", "cta_join", "Rejoignez la campagne\nCœur bleu\u00a0!")
    out = imported(root, second, code=1)
    assert (
        "to \u201cRejoignez la campagne Cœur bleu !\u201d, and s.po changes it too, to "
        "\u201cRejoignez la campagne\u23ceCœur bleu\u237d!\u201d"
    ) in out


CTA = "Signalez aux autorités ou à une ligne d’assistance toute page ou activité suspecte en ligne."


def test_an_import_lays_out_the_offices_sizes_that_print_the_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A text that fitted the campaign's A5 flyer was imported "ok", and every build of an
    office that prints French at A6 (brussels, a sized flyer-a6) then failed: the import lays
    out the offices' documents in the language too, and names the office and size."""
    # the A6's calls 40 mm wide (the kit's: 66), between the frames over and under them
    # (frames of the size's own, which are not moved): a text of a size's own frame grows
    # into the room its neighbours leave (kit.fit), and the kit's A6 takes any call its A5
    # does
    layout = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    a6 = "      calls: {frame: {start: 8.1, top: 121.6, width: 66, height: 14.4}}\n"
    assert a6 in layout
    kept = (
        "      cta-title: {frame: {start: 8.1, top: 116.6, width: 66, height: 4.8}}\n"
        "      hashtags: {frame: {start: 8.1, top: 140, width: 71, height: 3.9}}\n"
    )
    narrow = a6.replace("width: 66", "width: 40")
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": layout.replace(a6, narrow + kept)})
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    # fits the flyer-a5 with the calls around it, not brussels' flyer-a6, even in its short
    # form
    edit(path, "po", "cta", CTA + " vigilance" * 6)
    edit(path, "po", "cta|short", CTA + " vigilance" * 5)
    out = imported(root, path, "--lang", "fr", code=1)
    # one error for the text, naming the office's size it does not fit (and only that one:
    # the campaign's A5 fits), with the short variants tried
    assert (
        "error[text.overflow]: [fr] 'cta': does not fit 1 document(s) (brussels / flyer-a6); "
        "in brussels / flyer-a6: text does not fit slot 'calls' even at 6 pt with its short "
        "variant: "
    ) in out, out
    assert "  hint: shorten it (the short variants were tried too), or give it " in out
    assert "imported, but fr does not lay out cleanly (" in out
    edit(path, "po", "cta", CTA + " Merci.")
    edit(path, "po", "cta|short", "Signalez toute activité suspecte.")
    out = imported(root, path, "--lang", "fr")
    assert out.endswith(
        " of the fr kit and its offices' (brussels, central-america-caribbean, "
        "middle-east-north-africa, new-york) lay out, with texts in their short variants (1 "
        "note(s) above)\n"  # social-1200x630's source (text.short-variant)
    ), out


@pytest.mark.parametrize("same_file", [True, False])
def test_a_text_taken_back_beside_its_short_variant_is_not_told(
    kit_copy: Callable[..., Path], tmp_path: Path, same_file: bool
) -> None:
    """A translator's trial: a long `theme` imported (its short variant as it was: told),
    then the file as exported again, the same one fixed or the unedited export with
    --overwrite: the text taken back is the one its short variant was made for, and
    `translate.short-kept` said "its text is new"."""
    root = kit_copy()
    mine, copy = tmp_path / "mine.po", tmp_path / "copy.po"
    export(root, mine, "fr")
    copy.write_bytes(mine.read_bytes())
    edit(mine, "po", "theme", f"{THEME}, nulle part et jamais")
    out = imported(root, mine, "--lang", "fr")
    assert (
        f"{mine}:{msgstr_at(mine, 'theme')}: warning[translate.short-kept]: 'theme': its text is new and its "
        "short variant is as it was (\u201cNe laisser aucun enfant de côté\u201d): the short one "
        "prints wherever the new text does not fit\n"
    ) in out, out
    if same_file:
        edit(mine, "po", "theme", THEME)
        out = imported(root, mine, "--lang", "fr")
    else:
        out = imported(root, copy, "--lang", "fr", "--overwrite")
    assert "  changed: theme (taken back: as exported)\n" in out, out
    assert strings(root)["theme"]["text"] == THEME
    assert "translate.short-kept" not in out, out
