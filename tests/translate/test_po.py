"""The translators' round trip: export a language to PO, edit it as a PO editor would, import
it; bad files are refused whole, at their lines."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
import yaml

from ..kits import cli


def export(root: Path, tmp: Path, code: str) -> Path:
    po = tmp / f"{code}.po"
    code_, out = cli("strings", "export", "--lang", code, "--kit", root, "-o", po)
    assert code_ == 0, out
    return po


def test_export_edit_import(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    po_path = export(root, tmp_path, "fr")
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "fr"
    join = next(e for e in po if e.msgctxt == "cta_join")
    assert join.msgid == "Join the Blue Heart Campaign."
    assert join.msgstr == "Rejoignez la campagne Cœur bleu."
    assert "room: poster-a3 slot 'calls', 185 x 40 mm, 19 pt (down to 12)" in join.comment
    day_short = next(e for e in po if e.msgctxt == "day|short")
    assert day_short.msgid == "30 July · World Day Against Trafficking"
    # a short entry has the key's note and its slots' room, as its full entry (it had only
    # "a shorter text, used when the full one does not fit": no length budget)
    day = next(e for e in po if e.msgctxt == "day")
    assert day.comment.splitlines()[0] in day_short.comment
    assert "room: poster-a3 slot 'day', 158 x 32 mm, 21 pt (down to 13)" in day_short.comment
    # a translator edits one text, as a PO editor saves it
    join.msgstr = "Rejoignez la campagne Cœur bleu #CoeurBleu : agissez !"
    po.save(str(po_path))
    code, out = cli("strings", "import", str(po_path), "--kit", root)
    assert code == 0, out
    assert "1 text(s) changed" in out
    assert "of the fr kit and its offices' (" in out  # laid out: ok
    fr = yaml.safe_load((root / "materials/strings/fr.yaml").read_text(encoding="utf-8"))
    assert (
        fr["strings"]["cta_join"]["text"]
        == "Rejoignez la campagne Cœur bleu #CoeurBleu : agissez !"
    )
    assert fr["strings"]["day"]["short"] == "30 juillet · Journée mondiale contre la traite"
    assert fr["status"] == "draft"  # the header is kept
    # and a second import of the same file changes nothing
    code, out = cli("strings", "import", str(po_path), "--kit", root)
    assert "0 text(s) changed" in out


def test_bad_entries_are_refused_whole(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            "text: Leave No Child Behind in the Fight Against Human Trafficking",
            "text: Leave No Child Behind {helpline}",
        ),
        encoding="utf-8",
    )
    po_path = export(root, tmp_path, "sw")
    before = (root / "materials/strings/sw.yaml").read_bytes()
    po = polib.pofile(str(po_path))
    po.append(polib.POEntry(msgctxt="no_such_key", msgid="x", msgstr="y"))
    source = next(e for e in po if e.msgctxt == "theme")
    source.msgid = "Theme"  # the check is against the kit's source, not the file's copy
    # (as an export made before msgids had their digest: an edited one is refused now,
    # test_an_edited_msgid_is_refused_at_its_line)
    source.comment = "\n".join(
        line for line in source.comment.split("\n") if not line.startswith("exported source:")
    )
    source.msgstr = "Mada bila kishika nafasi"
    source.flags = []  # outdated (its placeholder): fuzzy, which the translator clears
    po.save(str(po_path))
    code, out = cli("strings", "import", str(po_path), "--kit", root)
    assert code == 1
    assert "error[translate.key]: 'no_such_key' is not a key of en.yaml" in out
    assert (
        "error[translate.placeholder]: 'theme': the translation has no placeholder, the source "
        "{helpline}"
    ) in out
    assert (root / "materials/strings/sw.yaml").read_bytes() == before  # nothing written


def test_an_unknown_code_is_named(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    code, out = cli("strings", "export", "--lang", "qqq", "--kit", root, "-o", tmp_path / "x.po")
    assert code == 1
    assert "error[translate.read]: 'qqq' is not a language code" in out


def test_a_new_language_starts_from_an_exported_po(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """German is not in the kit: its PO file has every translation empty; importing the
    translator's file creates materials/strings/de.yaml, a draft, and it lays out."""
    root = kit_copy()
    po_path = export(root, tmp_path, "de")
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "de"
    assert all(e.msgstr == "" for e in po)
    theme = next(e for e in po if e.msgctxt == "theme")
    theme.msgstr = "Kein Kind zurücklassen im Kampf gegen Menschenhandel"
    badge = next(e for e in po if e.msgctxt == "badge")
    badge.msgstr = "Menschenhandel beenden"
    po.save(str(po_path))
    code, out = cli("strings", "import", str(po_path), "--kit", root)
    assert code == 0, out
    assert "2 text(s) changed" in out
    de = yaml.safe_load((root / "materials/strings/de.yaml").read_text(encoding="utf-8"))
    assert (de["language"], de["name"], de["native_name"], de["status"]) == (
        "de",
        "German",
        "Deutsch",
        "draft",
    )
    assert de["strings"] == {
        # each with the source's text it translates (the PO's msgid)
        "theme": {
            "text": "Kein Kind zurücklassen im Kampf gegen Menschenhandel",
            "source": "Leave No Child Behind in the Fight Against Human Trafficking",
        },
        "badge": {"text": "Menschenhandel beenden", "source": "End human trafficking"},
    }


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ('msgstr "Rejoignez la campagne."', True),
        ('msgstr "Il a dit \\"oui\\"."', True),  # escaped quotes inside
        ('"suite du texte"', True),  # a continuation line
        ('#~ msgstr "ancien', True),  # an obsolete entry: a comment
        ('msgstr "Rejoignez la campagne.', False),  # polib read it without its period
        ('"suite du texte', False),
        ('msgstr "Il a dit \\"oui\\"', False),  # the last quote is escaped: not closed
    ],
)
def test_a_string_not_closed_by_a_quote_is_an_error_at_its_line(
    tmp_path: Path, line: str, ok: bool
) -> None:
    from campaign.diagnostics import DiagnosticsError
    from campaign.translate.po import read_po

    path = tmp_path / "fr.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "cta_join"\nmsgid "Join."\n'
        + line
        + "\n",
        encoding="utf-8",
    )
    if ok:
        read_po(path)
        return
    with pytest.raises(DiagnosticsError) as caught:
        read_po(path)
    (d,) = caught.value.diagnostics
    assert (d.code, d.mark.line if d.mark else None) == ("translate.read", 7)
    assert "is not closed by a quote" in d.message


def test_obsolete_entries_are_not_read(tmp_path: Path) -> None:
    """`#~` entries are the ones a PO editor keeps from an earlier export: not translations
    (one of a key the source no longer has was refused as an unknown key)."""
    from campaign.translate.po import read_po

    path = tmp_path / "fr.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "cta_join"\nmsgid "Join."\n'
        'msgstr "Rejoignez."\n\n#~ msgctxt "old_key"\n#~ msgid "Old."\n#~ msgstr "Vieux."\n',
        encoding="utf-8",
    )
    parsed = read_po(path)
    assert [(i.key, i.translation) for i in parsed.items] == [("cta_join", "Rejoignez.")]


@pytest.mark.parametrize(
    "lines",
    [
        'msgid "Join" " the campaign."\nmsgstr "Rejoignez" " la campagne."\n',
        'msgid ""\n"Join" " the campaign."\nmsgstr ""\n"Rejoignez"\t" la " "campagne."\n',
        'msgid "Join the campaign."\nmsgstr "Il a dit \\"oui\\"" " à la campagne."\n',
    ],
    ids=["keyword line", "continuation line", "escaped quotes"],
)
def test_adjacent_strings_on_one_line_are_one_text(tmp_path: Path, lines: str) -> None:
    """GNU gettext joins adjacent strings wherever they are (`msgstr "a" "b"` is "ab");
    polib refused the line ("unescaped double quote"). The marks keep their lines."""
    from campaign.translate.po import read_po

    path = tmp_path / "fr.po"
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n#~ msgid "Old" " text."\n#~ msgstr "x"\n\n'
    path.write_text(head + 'msgctxt "cta_join"\n' + lines, encoding="utf-8")
    (item,) = read_po(path).items
    want = 'Il a dit "oui" à la campagne.' if "oui" in lines else "Rejoignez la campagne."
    assert item.translation == want
    assert item.source == "Join the campaign."
    # the mark is where the translation's text begins: `msgstr "`'s next character, or the
    # next line's first string's after an empty `msgstr ""`
    lines = path.read_text().splitlines()
    msgstr = [n for n, line in enumerate(lines, 1) if "msgstr" in line][-1]
    assert item.mark.line == (msgstr + 1 if lines[msgstr - 1] == 'msgstr ""' else msgstr)
    assert lines[item.mark.line - 1][item.mark.col - 1 :].startswith(("Rejoignez", "Il a dit"))
    assert lines[item.mark.line - 1][item.mark.col - 2] == '"'
    assert item.key_mark is not None
    assert lines[item.key_mark.line - 1][item.key_mark.col - 1 :] == 'cta_join"'


@pytest.mark.parametrize(
    ("code", "plural"),
    [
        ("fr", "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;"),
        ("zh", "nplurals=1; plural=0;"),
        ("am", "nplurals=2; plural=(n > 1);"),
    ],
)
def test_the_header_has_what_po_editors_ask_for(
    kit_copy: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: str,
    plural: str,
) -> None:
    """`msgfmt -c` warned of a missing PO-Revision-Date, Last-Translator and Language-Team
    (a translator's trial); Plural-Forms is CLDR's rule (Babel), as Poedit expects one."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1785369600")  # 2026-07-30 00:00 UTC
    root = kit_copy()
    po = polib.pofile(str(export(root, tmp_path, code)))
    assert po.metadata["PO-Revision-Date"] == "2026-07-30 00:00+0000"
    assert po.metadata["Last-Translator"] == ""
    names = {"fr": "French", "zh": "Chinese (Simplified)", "am": "Amharic"}
    assert po.metadata["Language-Team"] == names[code]
    assert po.metadata["Plural-Forms"] == plural
    if shutil.which("msgfmt"):  # gettext's own check, where it is installed
        done = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / f"{code}.po")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "warning" not in done.stderr, done.stderr


def test_an_edited_msgid_is_refused_at_its_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A translator changed `badge`'s msgid to "End human trafficking now" (and its msgstr):
    it was taken without a word, and the edit kept as the text the translation was made from
    (`source:` in the strings file). The export writes each msgid's digest (`exported
    source:`); an msgid that is not the one exported is an error at its line, and nothing is
    written. The English as exported, with a new translation, is taken."""
    root = kit_copy()
    po_path = export(root, tmp_path, "fr")
    po = polib.pofile(str(po_path))
    badge = next(e for e in po if e.msgctxt == "badge")
    assert "exported source: " in badge.comment
    badge.msgid, badge.msgstr = "End human trafficking now", "Mettons fin à la traite maintenant"
    day = next(e for e in po if e.msgctxt == "day|short")
    day.msgid, day.msgstr = "30 July", "30 juillet"
    po.save(str(po_path))
    lines = po_path.read_text(encoding="utf-8").split("\n")
    at = {
        key: lines.index(f'msgctxt "{key}"') + 2 for key in ("badge", "day|short")
    }  # the msgid below the msgctxt
    assert lines[at["badge"] - 1] == 'msgid "End human trafficking now"'
    fr = root / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    status, out = cli("strings", "import", po_path, "--kit", root)
    assert status == 1, out
    assert fr.read_bytes() == before
    hint = (
        "  hint: put the msgid back as it was exported (or export the language again) and "
        "translate in the msgstr; a change to the source text is for its own file\n"
    )
    assert out == (
        f"{po_path}:{at['day|short']}:8: error[translate.source]: 'day' (short): the msgid "
        "(\u201c30 July\u201d) is not the source text as exported: the msgid is the text to "
        "translate, not to change; only the msgstr is the translator's\n"
        + hint
        + f"{po_path}:{at['badge']}:8: error[translate.source]: 'badge': the msgid (\u201cEnd "
        "human trafficking now\u201d) is not the source text as exported: the msgid is the "
        "text to translate, not to change; only the msgstr is the translator's\n"
        + hint
        + "2 error(s)\n"
    ), out
    badge.msgid = "End human trafficking"  # put back: the new translation is taken
    day.msgid = "30 July · World Day Against Trafficking"
    po.save(str(po_path))
    status, out = cli("strings", "import", po_path, "--kit", root)
    assert status == 0, out
    entry = yaml.safe_load(fr.read_text(encoding="utf-8"))["strings"]["badge"]
    assert entry["text"] == "Mettons fin à la traite maintenant"
    assert entry.get("source", "End human trafficking") == "End human trafficking"


@pytest.mark.parametrize(
    ("keyword", "meant"),
    [("msgcontext", "msgctxt"), ("msgstring", "msgstr"), ("msgid_plurals", "msgid_plural")],
)
def test_a_keyword_gettext_has_not_is_named_at_its_line(
    tmp_path: Path, keyword: str, meant: str
) -> None:
    """`msgcontext "x"` was said to be a string not closed by a quote: its keyword is named,
    with the one meant."""
    from campaign.diagnostics import DiagnosticsError
    from campaign.translate.po import read_po

    path = tmp_path / "fr.po"
    path.write_text(
        f'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n  {keyword} "cta_join"\nmsgid "Join."\n'
        'msgstr "Rejoignez."\n',
        encoding="utf-8",
    )
    with pytest.raises(DiagnosticsError) as caught:
        read_po(path)
    (d,) = caught.value.diagnostics
    assert d.render() == (
        f"{path}:5:3: error[translate.read]: line 5 of fr.po: '{keyword}' is no keyword of a "
        f"PO file\n  hint: did you mean '{meant}'?\n  hint: a PO entry's keywords are msgctxt, "
        "msgid, msgid_plural, msgstr (as the exported file wrote them)"
    )
