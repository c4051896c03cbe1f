"""Every import check, in every format: its exact message, at the file's line (a CSV's row
and column), with the fix; the strings file is left as it was."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
import yaml
from lxml import etree

from ..kits import cli

NS = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture
def kit(helpline_kit: Path) -> Path:
    """The kit with a placeholder in the source's `theme` (conftest's `helpline_kit`)."""
    return helpline_kit


def export(root: Path, path: Path, code: str = "ar") -> Path:
    status, out = cli("strings", "export", "--lang", code, "--kit", root, "-o", path)
    assert status == 0, out
    return path


def refused(root: Path, path: Path, *args: str) -> str:
    before = (root / "materials/strings/ar.yaml").read_bytes()
    status, out = cli("strings", "import", path, "--kit", root, *args)
    assert status == 1, out
    assert (root / "materials/strings/ar.yaml").read_bytes() == before
    return out


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def msgstr_at(path: Path, key: str) -> str:
    """ "line:column" of where the translation of `key` begins in a PO file: after the quote
    of its `msgstr "`, or on the next line after an empty `msgstr ""` (a wrapped text)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines.index(f'msgctxt "{key}"')
    n = next(i for i in range(first, len(lines)) if lines[i].startswith("msgstr"))
    if lines[n] == 'msgstr ""' and lines[n + 1].startswith('"'):
        return f"{n + 2}:2"
    return f"{n + 1}:{lines[n].index(chr(34)) + 2}"


def brace_at(path: Path, key: str, shown: str) -> str:
    """ "line:column" of `shown` (braces: `{ helpline }`) in the msgstr of `key` in a PO
    file, as written there (on the msgstr's line or a `"..."` line below it)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines.index(f'msgctxt "{key}"')
    n = next(i for i in range(first, len(lines)) if lines[i].startswith("msgstr"))
    while shown not in lines[n]:
        n += 1
        assert lines[n].startswith('"'), (key, shown)
    return f"{n + 1}:{lines[n].index(shown) + 1}"


def text_at(path: Path, needle: str, tag: str = "target") -> str:
    """ "line:column" of the first character after `<tag ...>` on the line holding `needle`
    (an XLIFF element's text), or of the `<` of `<tag` when its text is not on that line."""
    line = line_of(path, needle)
    text = path.read_text(encoding="utf-8").splitlines()[line - 1]
    start = text.index(f"<{tag}")
    end = text.index(">", start) + 1
    return f"{line}:{end + 1 if text[end:].strip() else start + 1}"


def test_po_key_and_placeholder(kit: Path, tmp_path: Path) -> None:
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    po.append(polib.POEntry(msgctxt="no_such_key", msgid="x", msgstr="y"))
    theme = next(e for e in po if e.msgctxt == "theme")  # outdated (the fixture's {helpline})
    theme.msgstr, theme.flags = "لا تتركوا أي طفل خلف الركب", []  # the translator's "done"
    po.save(str(path))
    out = refused(kit, path)
    key_line = line_of(path, 'msgctxt "no_such_key"')  # at the key, after msgctxt's quote
    assert (
        f"ar.po:{key_line}:10: error[translate.key]: 'no_such_key' is not a key of en.yaml\n"
        "  hint: keep the keys of the exported file as they are"
    ) in out
    assert (
        f"ar.po:{msgstr_at(path, 'theme')}: error[translate.placeholder]: 'theme': the "
        "translation has no "
        "placeholder, the source {helpline}\n  hint: keep every {name} of the source, unchanged"
    ) in out
    assert out.rstrip().endswith("2 error(s)")


def test_xliff_key_and_placeholder(kit: Path, tmp_path: Path) -> None:
    path = export(kit, tmp_path / "ar.xlf")
    tree = etree.parse(str(path))
    tree.find(f".//{NS}unit[@id='badge']").set("id", "badges")
    theme = tree.find(f".//{NS}unit[@id='theme']/{NS}segment/{NS}target")
    theme.text = "اتصلوا {hotline}"
    # confirmed, as a CAT tool marks a segment the translator finished (left `initial`, the
    # outdated theme's state as exported, it would be held back unread)
    theme.getparent().set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    out = refused(kit, path)
    badge_at = text_at(path, '<unit id="badges"', "unit")  # the renamed unit's start tag
    # at the placeholder's own column, as the file writes the target (it was at its start)
    line = line_of(path, "اتصلوا {hotline}")
    col = path.read_text(encoding="utf-8").splitlines()[line - 1].index("{hotline}") + 1
    theme_at = f"{line}:{col}"
    assert f"ar.xlf:{badge_at}: error[translate.key]: 'badges' is not a key of en.yaml" in out
    assert (
        f"ar.xlf:{theme_at}: error[translate.placeholder]: 'theme': the translation has "
        "{hotline}, the source {helpline}"
    ) in out


def test_csv_key_and_placeholder_at_row_and_column(kit: Path, tmp_path: Path) -> None:
    path = export(kit, tmp_path / "ar.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    keys = [r[0] for r in rows]
    rows[keys.index("badge")][0] = "badge_typo"
    rows[keys.index("theme")][4] = "{helpline} {helpline}"  # a short variant may not add one
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    text = refused(kit, path)
    badge_row, theme_row = keys.index("badge") + 1, keys.index("theme") + 1
    # once, at the key's own cell, with the key meant: it was one error for each of the
    # row's two translation columns, at them
    assert (
        f"ar.csv:{badge_row}:1: error[translate.key]: 'badge_typo' is not a key of en.yaml\n"
        "  hint: did you mean 'badge'?\n"
        "  hint: keep the keys of the exported file as they are\n"
    ) in text
    assert text.count("'badge_typo' is not a key") == 1
    assert (
        f"ar.csv:{theme_row}:5: error[translate.placeholder]: 'theme' (short): the translation has "
        "{helpline}, the source none\n"
        "  hint: remove {helpline}: the source text has no such placeholder\n"
    ) in text


def test_a_placeholder_the_source_has_not_is_named_to_remove(kit: Path, tmp_path: Path) -> None:
    """A translation that adds a placeholder was told to "keep every {name} of the source,
    unchanged", which it did."""
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    theme = next(e for e in po if e.msgctxt == "theme")  # the source has {helpline}
    theme.msgstr, theme.flags = "لا تتركوا أي طفل، اتصلوا بـ {helpline} أو {website}", []
    next(e for e in po if e.msgctxt == "badge").msgstr = "{website} {email} أوقفوا الاتجار"
    po.save(str(path))
    out = refused(kit, path)
    assert (
        f"ar.po:{brace_at(path, 'theme', '{website}')}: error[translate.placeholder]: 'theme': "
        "the translation has {helpline}, {website}, the source {helpline}\n"
        "  hint: remove {website}: the source text has no such placeholder\n"
    ) in out, out
    assert (
        f"ar.po:{brace_at(path, 'badge', '{website}')}: error[translate.placeholder]: 'badge': "
        "the translation has {email}, {website}, the source none\n"  # the first written
        "  hint: remove {email} and {website}: the source text has no such placeholders\n"
    ) in out, out


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "ar.xlf",
            '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'version="2.0" srcLang="en" trgLang="qqq"><file id="f"/></xliff>\n',
            "ar.xlf:2:90: error[translate.read]: ar.xlf: 'qqq' is not a language code",
        ),
        (
            "ar.xlf",
            '<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n',
            "ar.xlf:4:1: error[translate.read]: ar.xlf ends before <file>, opened on line 3, is "
            "closed: the file was cut short\n"
            "  hint: save it again from the XLIFF editor, or export it anew\n",
        ),
        (  # the column in characters (it was always 1), of the '&' (libxml2 names the
            # character after it, where it stopped)
            "ar.xlf",
            '<?xml version="1.0"?>\n<xliff>\n  <t>سلام &amp x</t>\n</xliff>\n',
            "ar.xlf:3:11: error[translate.read]: line 3 of ar.xlf: '&amp' (\u201cسلام &amp "
            "x\u201d) lacks the ';' that ends a reference in XML\n"
            "  hint: write '&amp;'\n",
        ),
        (  # at the `</` of the tag that closes the wrong one
            "ar.xlf",
            '<?xml version="1.0"?>\n<xliff>\n  <t>a</tt>\n</xliff>\n',
            "ar.xlf:3:7: error[translate.read]: line 3 of ar.xlf: </tt> closes <t>, opened on "
            "line 3: tags close in the order they open\n"
            "  hint: close <t> with </t> (and check that no tag is left open)\n",
        ),
        (
            "ar.po",
            b'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; '
            b'charset=UTF-8\\n"\n\nmsgctxt "badge"\nmsgid "x"\nmsgstr "Caf\xe9"\n',  # Latin-1
            "ar.po:8:12: error[translate.read]: ar.po is not UTF-8 text, as its header says: "
            "byte 0xE9 at column 12, which is 'é' in Windows-1256",  # Arabic's code page
        ),
        (
            "strings.po",
            "",
            "strings.po:1:1: error[translate.read]: strings.po names no language and has no "
            "translations",
        ),
        (
            "ar.xlf",
            '<?xml version="1.0"?>\n<xliff version="1.2"></xliff>\n',
            "ar.xlf:2:1: error[translate.read]: ar.xlf is not an XLIFF 2.0 file (its root is "
            "<xliff version='1.2'>)",
        ),
        (
            "strings.csv",
            "key,source,translation\r\nbadge,End human trafficking,أوقفوا\r\n",
            "strings.csv:1:1: error[translate.read]: strings.csv: 'strings' is not a language code",
        ),
        (
            "ar.csv",
            "key,source,texte\r\nbadge,x,y\r\n",
            "ar.csv:1:1: error[translate.read]: ar.csv has no column 'translation' in its first "
            "row",
        ),
        (
            "ar.po",
            'msgid ""\nmsgstr ""\n"Language: en-XA\\n"\n',
            "ar.po:3:12: error[translate.read]: ar.po is for 'en-XA', a pseudo-locale: a test of "
            "the layouts that the kit makes itself, not a language to translate into",
        ),
    ],
)
def test_unreadable_or_no_language(
    kit: Path, tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert expected in refused(kit, path)


def test_csv_not_utf8(kit: Path, tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_bytes(
        "key,translation\r\nbadge,ok\r\ncta_join,Rejoignez la campagne Cœur\r\n".encode("cp1252")
    )
    out = refused(kit, path)
    # the byte, its line and column, and what it is in the encoding Excel's plain CSV uses
    assert (
        "fr.csv:3:33: error[translate.read]: fr.csv is not UTF-8 text: byte 0x9C at column "
        "33, which is 'œ' in Windows-1252 (what Excel's plain 'CSV' saves)"
    ) in out
    assert "hint: save it as 'CSV UTF-8' (Excel)" in out


def _po(language: str, text: str) -> str:
    return (
        f'msgid ""\nmsgstr ""\n"Language: {language}\\n"\n"Content-Type: text/plain; '
        f'charset=UTF-8\\n"\n\nmsgctxt "badge"\nmsgid "x"\nmsgstr "{text}"\n'
    )


@pytest.mark.parametrize(
    ("name", "text", "codec", "expected"),
    [
        (  # the report: "byte 0xC7 ... which is 'Ç' in Windows-1252", for a Thai user
            "th.csv",
            "key,translation\r\nbadge,วิ่งเพื่อหัวใจ\r\n",
            "cp874",
            "th.csv:2:7: error[translate.read]: th.csv is not UTF-8 text: byte 0xC7 at column "
            "7, which is 'ว' in Windows-874 (what Excel's plain 'CSV' saves)\n",
        ),
        (
            "ar.csv",
            "key,translation\r\nbadge,مسيرة من أجل القلب\r\n",
            "cp1256",
            "ar.csv:2:7: error[translate.read]: ar.csv is not UTF-8 text: byte 0xE3 at column "
            "7, which is 'م' in Windows-1256 (what Excel's plain 'CSV' saves)\n",
        ),
        (
            "ru.po",
            _po("ru", "Прогулка"),
            "cp1251",
            "ru.po:8:9: error[translate.read]: ru.po is not UTF-8 text, as its header says: "
            "byte 0xCF at column 9, which is 'П' in Windows-1251\n"
            "  hint: save it as UTF-8 (Poedit does; in a text editor, choose the encoding "
            "UTF-8), or make the header's charset the file's own (Content-Type: text/plain; "
            "charset=CP1251)\n",  # it said ISO-8859-1 for every language
        ),
        (  # a name that is no language: the header's
            "export.po",
            _po("th", "วิ่ง"),
            "cp874",
            "export.po:8:9: error[translate.read]: export.po is not UTF-8 text, as its header "
            "says: byte 0xC7 at column 9, which is 'ว' in Windows-874\n",
        ),
        (  # an XLIFF file's target language
            "export.xlf",
            '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'version="2.0" srcLang="en" trgLang="ar"><file id="f"><unit id="badge"><segment>'
            "<source>x</source><target>قلب</target></segment></unit></file></xliff>\n",
            "cp1256",
            "export.xlf:2:159: error[translate.read]: export.xlf is not UTF-8 text: byte 0xDE "
            "at column 159, which is 'ق' in Windows-1256\n",
        ),
    ],
)
def test_a_translators_file_is_read_in_its_languages_code_page(
    kit: Path, tmp_path: Path, name: str, text: str, codec: str, expected: str
) -> None:
    """A translator's CSV, PO or XLIFF file saved in its language's legacy code page (its
    name's language, else the one its PO header or XLIFF root names): the byte as it reads
    there, and the whole file's conversion from it."""
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    out = refused(kit, path)
    assert f"{tmp_path}/{expected}" in out, out
    page = expected.split("' in ")[1].split(" ")[0].rstrip("\n")
    stem, suffix = name.rsplit(".", 1)
    assert (
        f"  hint: {name} reads as {page} throughout: convert it with `iconv -f "
        f"{codec.upper()} -t UTF-8 {name} > {stem}-utf8.{suffix}`, or open it as {page} in a "
        f"text editor and save it with the encoding UTF-8 (a character {page} has not was saved "
        "as '?': where you can, save the original again as UTF-8)\n1 error(s)\n"
    ) in out, out


XLIFF_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
    'version="2.0" srcLang="en" trgLang="fr">\n<file id="f"><unit id="badge"><segment>\n'
)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "fr.po",
            b'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8'
            b'\\n"\n\nmsgctxt "badge"\nmsgid "x"\nmsgstr "\xc5\x92uvre \x9c"\n',
            ":8:15: error[translate.read]: fr.po is not UTF-8 text, as its header says: byte "
            "0x9C at column 15, which is 'œ' in Windows-1252\n"
            "  hint: save it as UTF-8 (Poedit does; in a text editor, choose the encoding "
            "UTF-8), or make the header's charset the file's own (Content-Type: text/plain; "
            "charset=CP1252)\n",
        ),
        (
            "fr.xlf",
            XLIFF_HEAD.encode() + b"<source>x</source><target>\xc5\x92uvre \x9c</target>\n"
            b"</segment></unit></file></xliff>\n",
            ":4:33: error[translate.read]: fr.xlf is not UTF-8 text: byte 0x9C at column 33, "
            "which is 'œ' in Windows-1252\n"
            "  hint: save it as UTF-8 (an XLIFF editor does; in a text editor, choose the "
            "encoding UTF-8), or export it anew\n",
        ),
        (
            "fr.csv",
            b"\xef\xbb\xbfkey,translation\r\nbadge,\xc5\x92uvre \x9c\r\n",
            ":2:13: error[translate.read]: fr.csv is not UTF-8 text: byte 0x9C at column 13, "
            "which is 'œ' in Windows-1252 (what Excel's plain 'CSV' saves)\n"
            "  hint: save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode "
            "(UTF-8)' (LibreOffice)\n",
        ),
    ],
)
def test_a_file_not_utf8_is_named_in_one_form(
    kit: Path, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    """A PO, an XLIFF and a CSV file with a byte that is not UTF-8 (a Windows-1252 œ after
    a UTF-8 Œ) are named in one form (textfile.not_text): the byte, its line and its column
    in characters (Œ is one, its two bytes), what it is in Windows-1252, and each format's
    own way to save it as UTF-8."""
    path = tmp_path / name
    path.write_bytes(content)
    assert refused(kit, path) == f"{path}{expected}1 error(s)\n"


def test_a_csv_not_utf16_is_not_named_as_windows_1252(kit: Path, tmp_path: Path) -> None:
    """A CSV that starts as UTF-16 and is not (half a surrogate pair) is said so: it was
    also named by a byte "which is ' ' in Windows-1252 (what Excel's plain 'CSV' saves)",
    the NUL byte before the bad pair, words for a file not UTF-8."""
    path = tmp_path / "fr.csv"
    path.write_bytes(b"\xff\xfek\x00e\x00y\x00\x00\xd8")
    out = refused(kit, path)
    assert (  # at its place in characters, after "key" (counted as UTF-8, it was 1:9)
        f"{path}:1:4: error[translate.read]: fr.csv starts as UTF-16 but is not UTF-16 text\n"
        "  hint: save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode "
        "(UTF-8)' (LibreOffice)\n1 error(s)\n"
    ) in out, out


def test_text_that_no_longer_fits_is_reported(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "badge").msgstr = " ".join(["أوقفوا الاتجار بالبشر"] * 8)
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1
    assert "1 text(s) changed" in out
    # at the translator's line (the PO's msgstr), where they fix it, not the strings file's
    written = kit / "materials/strings/ar.yaml"
    yaml_line = line_of(written, "  badge:")
    # one error for the text, at the translator's line (the PO's msgstr), where they fix it,
    # not the strings file's: the documents it does not fit (the campaign's badge, then the
    # other badge sizes the offices printing Arabic make, each once), the first one's detail,
    # and what a translator can do (it was 10 errors with a designer's advice each). New
    # York's badge-1-25in was left out: it says what Middle East's badge-32mm says
    assert (
        f"{path}:{msgstr_at(path, 'badge')}: error[text.overflow]: [ar] 'badge': does not fit "
        "10 document(s) (badge-58, middle-east-north-africa / badge-32mm, "
        "middle-east-north-africa / badge-38mm, middle-east-north-africa / badge-44mm and 6 "
        "more); in badge-58: text does not fit slot 'words' even at 8 pt: "
    ) in out, out
    assert (
        "  hint: shorten it, or give it a short variant (or a shorter one) in ar.po (an entry "
        'with msgctxt "badge|short")\n'
        f"  hint: written to ar.yaml, line {yaml_line}\n"
    ) in out, out
    assert out.count("error[text.overflow]") == 1, out
    assert "enlarge the slot" not in out
    assert (
        "imported, but ar does not lay out cleanly (1 text(s) do not fit (10 documents)): "
        "shorten them or " in out
    )
    assert (
        'give them a short variant in ar.po (an entry with msgctxt "<key>|short"), then import '
        "again"
    ) in out


def test_every_document_a_text_does_not_fit_is_counted(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A text too long for the figure of six materials was said to fit 4 documents: the
    social sizes that said the same ("even at 48 pt") were taken for one. Portuguese, which
    no office prints: the campaign's six documents, as `check --lang pt` lists them."""
    kit = kit_copy()
    path = export(kit, tmp_path / "pt.po", "pt")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "fact_figure").msgstr = "uma em cada três"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    written = kit / "materials/strings/pt.yaml"
    assert out == (
        f"{written} updated: 1 text(s) changed, 40 unchanged, 0 left empty in pt.po\n"
        "  changed: fact_figure\n"
        # the designer's notes, on one line (`--verbose` shows each, at its frame)
        "note[text.short-variant]: [pt]: 1 text(s) print their short variant where the full "
        "text does not fit its frame, a designed fallback, not a fault: fact_source "
        "(social-1200x630)\n"
        "  hint: the translation need not change: a designer may make those frames taller (or "
        "lower their styles' min_size) to print the full texts, as may shorter full texts; "
        "`strings import --verbose` lists each, with its frame and by how much\n"
        f"{path}:{msgstr_at(path, 'fact_figure')}: error[text.overflow]: [pt] 'fact_figure': "
        "does not fit 6 document(s) (flyer-a5, poster-a3, social-1080x1080, social-1080x1350 "
        "and 2 more); in flyer-a5: text does not fit slot 'figure' even at 28 pt: 1 line(s) "
        "more than the style allows\n"
        "  hint: shorten it, or give it a short variant (or a shorter one) in pt.po (an entry "
        'with msgctxt "fact_figure|short")\n'
        f"  hint: written to pt.yaml, line {line_of(written, '  fact_figure:')}\n"
        "1 error(s), 1 note(s)\n"
        "imported, but pt does not lay out cleanly (1 text(s) do not fit (6 documents)): "
        "shorten them or give them a short variant in pt.po (an entry with msgctxt "
        '"<key>|short"), then import again\n'
    )
    status, checked = cli("check", "--lang", "pt", "--kit", kit)
    assert status == 1
    assert checked.count("error[text.overflow]") == 6, checked


def test_a_slot_of_several_strings_names_the_changed_ones_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """flyer-a5's `calls` sets cta, cta_donate and cta_join, and its overflow is at cta's
    line: a Persian workbook's cta_join with a line break (a trial's) was named at its cell
    with "written to fa.yaml, line 36", cta's line, where cta_join is on line 46."""
    from .test_formats import edit_xlsx

    kit = kit_copy()
    path = tmp_path / "fa.xlsx"
    export(kit, path, "fa")
    edit_xlsx(path, "cta_join", "translation", "به کارزار قلب آبی\nبپیوندید. ")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    written = kit / "materials/strings/fa.yaml"
    line = line_of(written, "  cta_join:")
    assert line != line_of(written, "  cta:")
    errors = [e for e in out.split("\n") if "error[" in e]
    assert errors == [
        f"{path}:10:3: error[text.overflow]: [fa] 'cta_join': does not fit 1 document(s) "
        "(flyer-a5); in flyer-a5: text does not fit slot 'calls' even at 7.5 pt with its short "
        "variant: 2.6 mm (1 line(s)) too tall; 'cta_join' takes the room: without it the "
        "slot's other texts fit"
    ], out
    assert (
        "  hint: shorten it (the short variants were tried too), or give it a short variant "
        "(or a shorter one) in fa.xlsx (its 'short translation' column)\n"
        f"  hint: written to fa.yaml, line {line}\n"
    ) in out, out


def test_of_two_changed_strings_of_a_slot_the_one_at_fault_is_named(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The import changed cta and cta_donate, both set in flyer-a5's `calls`; cta_donate is
    the one too long: the error is at its cell and its line, not at cta's, the first the
    import changed (layout.items.text tells the slot's error at the text at fault)."""
    from openpyxl import load_workbook

    from .test_formats import edit_xlsx

    kit = kit_copy()
    path = tmp_path / "fa.xlsx"
    export(kit, path, "fa")
    long = "از صندوق امانی داوطلبانه سازمان ملل متحد برای قربانیان قاچاق انسان حمایت کنید. " * 3
    edit_xlsx(path, "cta", "translation", "گزارش دهید.")
    edit_xlsx(path, "cta_donate", "translation", long.strip())
    edit_xlsx(path, "cta_donate", "short translation", long.strip())
    sheet = load_workbook(path).worksheets[0]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[0].value == "cta_donate")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    written = kit / "materials/strings/fa.yaml"
    errors = [e for e in out.split("\n") if "error[" in e]
    assert errors[0].startswith(
        f"{path}:{row}:3: error[text.overflow]: [fa] 'cta_donate': does not fit "
    ), out
    assert "'cta_donate' takes the room: without it the slot's other texts fit" in errors[0]
    assert f"  hint: written to fa.yaml, line {line_of(written, '  cta_donate:')}\n" in out, out


def po_for(root: Path, tmp_path: Path, name: str, language: str) -> Path:
    """An export for Arabic, its translations kept, naming `language` in its header."""
    path = export(root, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    po.metadata["Language"] = language
    for entry in po:  # `theme` names {helpline} in this kit's source (the fixture)
        if entry.msgctxt in ("theme", "theme|short"):
            entry.msgstr = ""
    out = tmp_path / name
    po.save(str(out))
    return out


def language_line(path: Path) -> str:
    """The place of the value of a PO file's `Language:` header line (line:column)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    n = next(i for i, line in enumerate(lines, 1) if line.startswith('"Language: '))
    return f"{n}:12"  # after `"Language: `


def test_a_file_for_the_source_language_is_refused(kit: Path, tmp_path: Path) -> None:
    """A PO with `Language: en` rewrote en.yaml, the text every language falls back to."""
    en = kit / "materials/strings/en.yaml"
    before = en.read_bytes()
    path = po_for(kit, tmp_path, "x.po", "en")
    out = refused(kit, path)
    assert (
        f"x.po:{language_line(path)}: error[translate.read]: x.po is for 'en', the source "
        "language: its text is "
        "the kit's own (en.yaml), not a translation\n"
    ) in out
    assert en.read_bytes() == before


def test_an_export_of_the_source_language_is_a_note_of_its_import(
    kit: Path, tmp_path: Path
) -> None:
    """The export of the source language says at once that its file is not imported as it:
    a note (translate.source-language), counted as one, which it was not (a line of its
    own); the export of another language says nothing of it."""
    status, out = cli("strings", "export", "--lang", "en", "--kit", kit, "-o", tmp_path / "en.po")
    assert status == 0, out
    assert out.endswith(
        "note[translate.source-language]: 'en' is the source language: this file shows its "
        "texts (for a reviewer, or to start a language); import it only as another language, "
        "with --lang CODE, or make a new one with `new language CODE`\n"
        "1 note(s)\n"
    ), out
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", tmp_path / "ar.po")
    assert status == 0, out
    assert "translate.source-language" not in out, out


def test_lang_that_contradicts_the_file_is_refused(kit: Path, tmp_path: Path) -> None:
    """A Hebrew XLIFF imported with --lang ko wrote Hebrew into ko.yaml."""
    path = po_for(kit, tmp_path, "ar2.po", "ar")
    out = refused(kit, path, "--lang", "fr")
    assert "ar2.po is for 'ar' (its own language), not 'fr' (--lang)" in out


@pytest.mark.parametrize(
    ("name", "language", "wanted"),
    [
        ("x.po", "AR", "ar"),  # the kit's spelling
        ("x.po", "ar_EG", "ar-EG"),  # Poedit's POSIX form: a tag, not the kit's ar
    ],
)
def test_a_language_is_read_as_a_tag(
    kit: Path, tmp_path: Path, name: str, language: str, wanted: str
) -> None:
    """`Language: ko_KR` (Poedit) made materials/strings/ko_KR.yaml, which is not a BCP 47
    tag: every command of the kit stopped on it."""
    path = po_for(kit, tmp_path, name, language)
    # --lang as the file says: a regional tag of a kit language is a new language only when
    # asked for (test_a_file_is_not_made_a_new_language_by_its_name)
    status, out = cli("strings", "import", path, "--kit", kit, "--lang", language)
    assert (kit / f"materials/strings/{wanted}.yaml").is_file(), out
    assert not (kit / f"materials/strings/{language}.yaml").exists() or wanted == language.lower()
    status, out = cli("check", "--kit", kit, "--lang", "fr", "--only", "badge-58")
    assert status == 0, out  # the kit still loads


def test_a_csv_named_other_than_a_language_is_refused(kit: Path, tmp_path: Path) -> None:
    """ta_semicolon.csv made `language: ta_semicolon`."""
    path = tmp_path / "ta_semicolon.csv"
    path.write_text("key,translation\nbadge,x\n", encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1
    assert "ta_semicolon.csv: 'ta_semicolon' is not a language code" in out
    assert not list((kit / "materials/strings").glob("ta*.yaml"))


def test_an_export_into_a_folder_that_does_not_exist_makes_it(kit: Path, tmp_path: Path) -> None:
    """It was `build.internal`, "a bug in the kit's code", exit 70; then "cannot write ...: No
    such file or directory" (`build` makes its folders: a translator's trial, `-o tr/fa.xlsx`)."""
    target = tmp_path / "nodir" / "deeper" / "ar.po"
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", target)
    assert status == 0, out
    assert out.startswith(f"wrote {target} (po, ")
    assert polib.pofile(str(target)).metadata["Language"] == "ar"
    assert sorted(p.name for p in target.parent.iterdir()) == ["ar.po"]  # no .part left


def test_an_export_where_no_folder_can_be_made_is_named(kit: Path, tmp_path: Path) -> None:
    """A file where the folder should be: the error names the file and the fix, no traceback."""
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    target = tmp_path / "taken" / "ar.po"
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", target)
    assert status == 1
    assert out.endswith(
        f"Error: cannot write {target}: a file, not a folder, is in its place: give -o a file "
        "in a folder you can write\n"
    )


def test_po_plurals_twice_given_keys_and_fuzzy_entries(kit: Path, tmp_path: Path) -> None:
    """A plural entry was counted as left empty, a key given twice took the last one, and a
    fuzzy entry (to review) was imported as final: all without a word."""
    base = po_for(kit, tmp_path, "base.po", "ar")
    po = polib.pofile(str(base))
    badge = next(e for e in po if e.msgctxt == "badge")
    badge.msgid_plural, badge.msgstr_plural = "x", {0: "a", 1: "b"}
    po.save(str(tmp_path / "plural.po"))
    out = refused(kit, tmp_path / "plural.po")
    assert "error[translate.read]: 'badge' has plural forms (msgid_plural)" in out

    po = polib.pofile(str(base))
    po.append(polib.POEntry(msgctxt="badge", msgid="End human trafficking", msgstr="أخرى"))
    po.save(str(tmp_path / "twice.po"))
    out = refused(kit, tmp_path / "twice.po")
    assert "error[translate.read]: 'badge' is in the file twice (lines " in out

    po = polib.pofile(str(base))
    badge = next(e for e in po if e.msgctxt == "badge")
    badge.msgstr, badge.flags = "نص للمراجعة", ["fuzzy"]
    po.save(str(tmp_path / "fuzzy.po"))
    ar = kit / "materials/strings/ar.yaml"
    status, out = cli("strings", "import", tmp_path / "fuzzy.po", "--kit", kit)
    assert "نص للمراجعة" not in ar.read_text(encoding="utf-8"), out


def test_a_short_variant_without_its_full_text_is_refused(kit: Path, tmp_path: Path) -> None:
    """It was reported as changed at every import and never kept."""
    path = export(kit, tmp_path / "ko.po", "ko")
    po = polib.pofile(str(path))
    short = next(e for e in po if e.msgctxt == "theme|short")
    short.msgstr = "짧은 주제"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1
    assert (
        "error[translate.read]: 'theme' has a short variant and no translation of its full "
        "text: the short one is used only where the full one does not fit\n"
    ) in out
    assert not (kit / "materials/strings/ko.yaml").exists()


def test_xliff_segments_are_joined_with_what_lies_between_them(kit: Path, tmp_path: Path) -> None:
    """A CAT tool splits a unit into segments with <ignorable> spaces between them: the
    targets alone ran the sentences together, and a segment left untranslated vanished."""
    path = export(kit, tmp_path / "ar.xlf")
    tree = etree.parse(str(path))
    for other in ("theme", "theme.short"):  # `theme` names {helpline} in this kit (the fixture)
        for target in tree.findall(f".//{NS}unit[@id='{other}']/{NS}segment/{NS}target"):
            target.getparent().remove(target)
    unit = tree.find(f".//{NS}unit[@id='badge']")
    for segment in unit.findall(f"{NS}segment"):
        unit.remove(segment)

    def segment(source: str, target: str | None) -> None:
        seg = etree.SubElement(unit, f"{NS}segment", state="translated")
        etree.SubElement(seg, f"{NS}source").text = source
        if target is not None:
            etree.SubElement(seg, f"{NS}target").text = target

    segment("End human", "أوقفوا")
    gap = etree.SubElement(unit, f"{NS}ignorable")
    etree.SubElement(gap, f"{NS}source").text = " "
    segment("trafficking", "الاتجار")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    from campaign.kit import load_kit

    assert load_kit(kit).languages["ar"].strings["badge"].text == "أوقفوا الاتجار", out
    unit.remove(unit.findall(f"{NS}segment")[1])
    segment("trafficking", None)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    out = refused(kit, path)
    assert "error[translate.read]: 'badge' has 1 segment(s) without a translation" in out


def test_a_file_is_not_made_a_new_language_by_its_name(kit: Path, tmp_path: Path) -> None:
    """ar.csv saved as ar_final.csv became the language `ar-final` (Babel read the code as
    Arabic and dropped "final"); Poedit's `Language: ar_EG` made ar-EG beside ar; ar.po
    saved as fr.po wrote Arabic into fr.yaml with a warning. The file's exported-text tags
    say which language it was made for: a renamed CSV goes there, and a language that is
    not the file's is refused unless --lang asks for it."""
    exported = export(kit, tmp_path / "ar.csv")
    rows = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig"), newline="")))
    head = rows[0]
    for row in rows[1:]:  # `theme` names {helpline} in this kit's source (the fixture)
        if row[0] == "theme":
            row[head.index("translation")] = row[head.index("short translation")] = ""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    exported.write_bytes(text.getvalue().encode("utf-8-sig"))
    renamed = tmp_path / "ar_final.csv"
    renamed.write_bytes(exported.read_bytes())
    status, out = cli("strings", "import", renamed, "--kit", kit)
    assert status == 0, out
    assert not (kit / "materials/strings/ar-final.yaml").exists()
    assert "ar.yaml" in out
    path = po_for(kit, tmp_path, "x.po", "ar_EG")
    out = refused(kit, path)
    assert (
        f"x.po:{language_line(path)}: error[translate.read]: x.po was exported for 'ar' "
        "(Arabic): importing it "
        "would make a new language 'ar-EG'\n"
        "  hint: import it into ar.yaml: --lang ar\n"
        "  hint: or, if it is meant as a language of its own, pass --lang ar-EG\n"
    ) in out
    assert not (kit / "materials/strings/ar-EG.yaml").exists()
    status, out = cli("strings", "import", path, "--kit", kit, "--lang", "ar")  # the hint's fix
    assert status == 0, out
    assert not (kit / "materials/strings/ar-EG.yaml").exists()
    wrong = tmp_path / "fr.csv"
    wrong.write_bytes(exported.read_bytes())
    fr = kit / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    out = refused(kit, wrong)
    assert (
        "fr.csv:1:1: error[translate.read]: fr.csv was exported for 'ar' (Arabic), not 'fr'\n"
    ) in out
    assert fr.read_bytes() == before


def test_a_kit_language_whose_code_cldr_aliases_is_still_a_language(
    kit: Path, tmp_path: Path
) -> None:
    """Babel reads `tl` as Filipino (`fil`): the check that every subtag is the locale's
    refused tl.csv as "not a language code", a language the kit ships."""
    path = tmp_path / "tl.csv"
    path.write_text("key,translation\nbadge,\n", encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert "is not a language code" not in out
    assert status == 0, out


def test_a_direction_control_left_open_is_refused_at_the_translators_line(
    kit: Path, tmp_path: Path
) -> None:
    """An Arabic translation began with U+202B (a paste from a word processor) and was never
    closed: the import wrote it, and then every build of the kit, in any language, stopped at
    the strings file's line until someone edited the YAML. It is refused at the XLIFF's line,
    named by its key, and nothing is written."""
    path = export(kit, tmp_path / "ar.xlf")
    tree = etree.parse(str(path))
    target = tree.find(f".//{NS}unit[@id='cta_title']/{NS}segment/{NS}target")
    target.text = "\u202b" + (target.text or "انضموا")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    out = refused(kit, path)
    assert (
        f"ar.xlf:{text_at(path, chr(0x202B))}: error[text.bidi-unterminated]: 'cta_title': the text opens U+202B "
        "RIGHT-TO-LEFT EMBEDDING at character 1 and does not close it before the end of the "
        "paragraph: everything after it would be turned around\n"
        "  hint: add U+202C POP DIRECTIONAL FORMATTING where it should end, or delete the "
        "U+202B"
    ) in out
    status, out = cli("check", "--kit", kit, "--lang", "en", "--only", "badge-58")
    assert status == 0, out  # the kit still builds


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        (
            "sw.ods",
            (),
            "error[translate.read]: sw.ods: strings export writes .po, .xlf, .xlsx or .csv, not "
            ".ods (a spreadsheet program opens the .xlsx)\n"
            "  hint: name it sw.xlsx or sw.csv for a spreadsheet, sw.po or sw.xlf",
        ),
        (
            "x.xlf",
            ("--format", "po"),
            "error[translate.read]: x.xlf ends in .xlf, and --format po writes .po: the file "
            "would not open as what its name says\n  hint: name it x.po, or leave --format out",
        ),
    ],
)
def test_an_export_file_name_that_is_not_its_format_is_refused(
    kit: Path, tmp_path: Path, name: str, fmt: tuple[str, ...], message: str
) -> None:
    """`-o sw.xlsx` wrote a PO file under that name, which Excel cannot open (it writes a
    workbook now: test_xlsx); `-o x.xlf --format po` a PO file named as XLIFF. Both are
    refused, and nothing is written."""
    out = tmp_path / name
    status, text = cli("strings", "export", "--lang", "sw", "--kit", kit, "-o", out, *fmt)
    assert status == 1, text
    assert text.startswith(message), text
    assert not out.exists()


def test_a_workbook_of_another_format_is_named_with_how_to_save_it(
    kit: Path, tmp_path: Path
) -> None:
    """A translator saved the exported CSV as an OpenDocument or old Excel workbook: the
    import said it "has NUL bytes but is not UTF-16 text". (An .xlsx is read: test_xlsx.)"""
    for name in ("ar.ods", "ar.xls"):
        path = tmp_path / name
        path.write_bytes(b"PK\x03\x04 not read")
        out = refused(kit, path)
        assert out.startswith(
            f"error[translate.read]: {name} is a workbook of another format: strings import "
            "reads Excel workbooks (.xlsx) and the .csv a spreadsheet saves (and .po and .xlf "
            "files)\n"
            "  hint: in the spreadsheet program: File > Save As > Excel Workbook (.xlsx) or "
            "CSV UTF-8 (comma delimited), then import that file"
        ), out


def test_an_import_names_the_texts_left_empty(kit: Path, tmp_path: Path) -> None:
    """ "1 left empty in pt.po" named no key."""
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "theme").msgstr = ""
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    # the cell left empty keeps the translation the strings file has (it does not fall back)
    assert "  left empty: 1 text(s): theme (kept its current translation)\n" in out, out


def test_a_slot_of_several_strings_is_named_at_the_changed_ones_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The flyer's `calls` slot sets cta, cta_donate and cta_join: a cta_donate too long was
    named at the strings file's line of `cta`, which the translator had not touched."""
    kit = kit_copy()
    path = export(kit, tmp_path / "fr.csv", "fr")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    head = rows[0]
    key, text = head.index("key"), head.index("translation")
    n = next(i for i, r in enumerate(rows) if r[key] == "cta_donate")
    rows[n][text] = " ".join(["Faites un don à la campagne Cœur bleu"] * 12)
    if "short translation" in head:  # its short variant too, or copy-fit takes that
        rows[n][head.index("short translation")] = rows[n][text]
    out_text = io.StringIO()
    csv.writer(out_text, lineterminator="\r\n").writerows(rows)
    path.write_text(out_text.getvalue(), encoding="utf-8-sig")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert f"{path}:{n + 1}:{text + 1}: error[text.overflow]:" in out, out


def test_a_bad_byte_after_a_byte_order_mark_and_accents_is_at_its_column(
    kit: Path, tmp_path: Path
) -> None:
    """The column counted bytes (é is two) and the place counted from after a UTF-8 byte
    order mark: the bad byte was named three bytes early, as another byte."""
    path = tmp_path / "fr.csv"
    path.write_bytes(b"\xef\xbb\xbfkey,translation\r\nbadge,\xc3\xa9t\xc3\xa9 \xb7 ok\r\n")
    out = refused(kit, path)
    assert (
        "fr.csv:2:11: error[translate.read]: fr.csv is not UTF-8 text: byte 0xB7 at column 11, "
        "which is '\u00b7' in Windows-1252"
    ) in out, out


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def _without_source_digests(rows: list[list[str]]) -> None:
    """`rows` (a table's, header first) as an export before the `exported` cell had the
    source cells' digests (`source:...`), which make an edited source cell an error: such a
    file's edit is a warning (`translate.source`), as the two cannot be told apart."""
    at = rows[0].index("exported")
    for row in rows[1:]:
        row[at] = " ".join(t for t in row[at].split() if "source:" not in t)


def test_a_key_twice_is_refused_in_every_format(kit: Path, tmp_path: Path) -> None:
    """A CSV row or an XLIFF unit given twice read as a conflict with the file's own other
    row (and --overwrite then took the last without a word): it is the same error as PO's,
    alone, in every format, --overwrite or not."""
    path = export(kit, tmp_path / "ar.csv")
    rows = _csv_rows(path)
    i = next(n for n, row in enumerate(rows) if row[0] == "badge")
    rows[i][2] = "أوقفوا الاتجار"
    rows.append([*rows[i][:2], "كفى اتجارا", *rows[i][3:]])
    _write_csv(path, rows)
    for args in ((), ("--overwrite",)):
        out = refused(kit, path, *args)
        assert out.splitlines()[0] == (
            f"{path}:{len(rows)}:1: error[translate.read]: 'badge' is in the file twice (lines "
            f"{i + 1} and {len(rows)}): which translation is meant is not known"
        )
        assert "translate.conflict" not in out
        assert out.splitlines()[1] == "  hint: keep one of them"

    xlf = export(kit, tmp_path / "ar.xlf")
    tree = etree.parse(str(xlf))
    unit = next(u for u in tree.iter(f"{NS}unit") if u.get("id") == "badge")
    unit.getparent().append(etree.fromstring(etree.tostring(unit)))
    tree.write(str(xlf), encoding="utf-8", xml_declaration=True)
    out = refused(kit, xlf, "--overwrite")
    assert "error[translate.read]: 'badge' is in the file twice (lines " in out

    po = export(kit, tmp_path / "twice.po")
    entries = polib.pofile(str(po))
    entries.append(polib.POEntry(msgctxt="badge|short", msgid="End trafficking", msgstr="كفى"))
    entries.append(polib.POEntry(msgctxt="badge|short", msgid="End trafficking", msgstr="أوقفوا"))
    entries.save(str(po))
    assert "error[translate.read]: 'badge' (short) is in the file twice (lines " in refused(kit, po)


def test_a_file_in_another_script_is_refused(kit: Path, tmp_path: Path) -> None:
    """An Arabic CSV saved as French with its `exported` column deleted (nothing else tells
    the language) replaced every French text with Arabic, and the French poster printed in
    Arabic; it is refused, naming the script and the kit's languages written in it."""
    path = export(kit, tmp_path / "ar.csv")
    fr = tmp_path / "fr.csv"
    _write_csv(fr, [row[:8] for row in _csv_rows(path)])  # without `exported`
    before = (kit / "materials/strings/fr.yaml").read_bytes()
    status, out = cli("strings", "import", fr, "--kit", kit)
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(
        f"{fr}:1:1: error[translate.script]: fr.csv's translations are in Arabic script ("
    )
    assert lines[0].endswith(
        "letters), but 'fr' (French) is written in Latin: it is another language's file"
    )
    assert lines[1] == (
        "  hint: import it into the language it was translated into: --lang ar (the kit's "
        "languages in that script: ar, fa, ur)"
    )
    assert (kit / "materials/strings/fr.yaml").read_bytes() == before
    # the other way round: French text into Arabic; Latin hashtags and names in an Arabic
    # file are no sign of another language
    status, out = cli("strings", "export", "--lang", "fr", "--kit", kit, "-o", tmp_path / "f.po")
    po = polib.pofile(str(tmp_path / "f.po"))
    po.metadata["Language"] = "ar"
    for entry in po:
        entry.comment = ""  # its exported-text tags would name fr
    po.save(str(tmp_path / "f.po"))
    assert "error[translate.script]: f.po's translations are in Latin script (" in refused(
        kit, tmp_path / "f.po"
    )
    # ar.csv itself is in its script (refused for the placeholder the fixture added only)
    assert "translate.script" not in cli("strings", "import", path, "--kit", kit)[1]


def test_the_words_after_an_address_count_toward_its_script(kit: Path, tmp_path: Path) -> None:
    """The script check leaves out addresses as the layout ends them (`link_spans`): an
    Arabic word typed after an address and a right-to-left mark was taken into the address
    (`LINK.sub`), and a text of a report's English title and that word was refused as
    another language's file (20 Latin letters, no Arabic one)."""
    from campaign.translate.entries import has_words

    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    for entry in [e for e in po if e.msgctxt != "badge"]:
        po.remove(entry)
    po[0].msgstr, po[0].flags = "UNODC World Drug Report https://unodc.org/wdr\u200fتقرير", []
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert (status, out.splitlines()[1]) == (0, "  changed: badge"), out
    assert has_words("https://unodc.org/wdr\u200fتقرير")
    assert not has_words("(https://unodc.org/wdr). [www.unodc.org] #endHT")


def test_a_control_character_is_refused_at_the_translators_line(kit: Path, tmp_path: Path) -> None:
    """Word's manual line break (U+000B) in a translation was written into ar.yaml, and every
    Arabic job then failed at ar.yaml's line: it is refused at the translator's line."""
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "badge").msgstr = "أوقفوا\x0bالاتجار"
    po.save(str(path))
    out = refused(kit, path).splitlines()
    lines = path.read_text(encoding="utf-8").splitlines()  # polib writes it as \v
    entry = lines.index('msgctxt "badge"')
    line = next(n for n in range(entry, len(lines)) if lines[n].startswith("msgstr")) + 1
    assert lines[line] == '"أوقفوا\\v"'  # the line after msgstr ""
    at = out.index(
        f"{path}:{line + 1}:2: error[load.control-char]: 'badge': the text has the control "
        "character U+000B at character 7: it cannot be printed"
    )
    assert out[at + 1] == (
        "  hint: delete it (it often comes with text pasted from a terminal or a PDF)"
    )


def test_a_placeholder_the_source_gained_since_the_export_is_named_so(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The source's `theme` gained {helpline} after ar.po was exported: the translator, who
    never touched `theme` and whose file shows no placeholder, was told to "keep every {name}
    of the source"; the message says the source changed and to export again. Left as it was
    exported, it is no error: it stays as it is, outdated, and the import says so (it
    refused the whole file). A placeholder whose name was translated ({هاتف}) is named,
    where it said "no placeholder"."""
    root = kit_copy()
    path = export(root, tmp_path / "ar.po")
    en = root / "materials/strings/en.yaml"
    old = "text: Leave No Child Behind in the Fight Against Human Trafficking"
    en.write_text(
        en.read_text(encoding="utf-8").replace(old, "text: Leave No Child Behind, call {helpline}"),
        encoding="utf-8",
    )
    ar = root / "materials/strings/ar.yaml"
    before = ar.read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert ar.read_bytes() == before
    assert (
        f"{path}:{msgstr_at(path, 'theme')}: warning[translate.outdated]: ar.po leaves 1 "
        "outdated text(s) as they were: theme (the English text now has {helpline}); not "
        "imported: ar.yaml keeps them as they are, outdated\n"
    ) in out, out
    po = polib.pofile(str(path))  # the translator changes it, from the English they were shown
    next(e for e in po if e.msgctxt == "theme").msgstr = "لا تتركوا أي طفل"
    po.save(str(path))
    out = refused(root, path).splitlines()
    assert out[:2] == [
        f"{path}:{msgstr_at(path, 'theme')}: error[translate.placeholder]: 'theme': the "
        "translation has no "
        "placeholder, the source {helpline} (the source changed since ar.po was exported: its "
        "own copy of the source has none)",
        "  hint: translate the source as it is now here (its placeholders: {helpline}); or "
        "delete this entry from the file, import the others, then export the language again "
        "for this one (a CAT tool's or `msgmerge`'s update of the file to a new export keeps "
        "the translations)",
    ]
    path = export(root, tmp_path / "new.po")
    po = polib.pofile(str(path))
    theme = next(e for e in po if e.msgctxt == "theme")  # outdated: fuzzy, which the
    theme.msgstr, theme.flags = "لا تتركوا أي طفل، اتصلوا بـ {هاتف}", []  # translator clears
    po.save(str(path))
    out = refused(root, path).splitlines()
    assert out[:2] == [
        f"{path}:{brace_at(path, 'theme', '{هاتف}')}: error[translate.placeholder]: "
        "'theme': the translation has {هاتف}, the source {helpline}",
        "  hint: keep every {name} of the source, unchanged",
    ]


def test_a_placeholder_in_a_second_pair_of_braces_is_refused(kit: Path, tmp_path: Path) -> None:
    """`{{helpline}}` has the source's placeholder, and printed its value in braces."""
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    theme = next(e for e in po if e.msgctxt == "theme")
    theme.msgstr, theme.flags = "لا تتركوا أي طفل، اتصلوا بـ {{helpline}}", []
    po.save(str(path))
    out = refused(kit, path).splitlines()
    assert out[:2] == [
        f"{path}:{brace_at(path, 'theme', '{{helpline}}')}: error[translate.placeholder]: "
        "'theme': the translation has {{helpline}}: a brace beside a placeholder prints beside "
        "its value",
        "  hint: keep every {name} of the source, unchanged, with one pair of braces",
    ]


def test_a_layout_problem_of_an_imported_text_is_at_the_translators_line(tmp_path: Path) -> None:
    """A longer Pashto hashtag line ran 0.3 mm into a social image's safe margin: the error
    named only the designer's layout file (and "move the slot's frame inwards"), nowhere the
    translator's entry. It is now at the translator's line, the slot's strings found from
    the layout, with the layout's place as a hint."""
    from campaign.cli.strings import at_translators_line
    from campaign.diagnostics import Diagnostic, Mark, Subject

    layout, po, written = (
        tmp_path / "social.yaml",
        tmp_path / "ps.po",
        tmp_path / "ps.yaml",
    )
    problem = Diagnostic(
        "layout.safe-area",
        "slot 'hashtags': text comes 0.3 mm into the 12 mm safe margin at the bottom edge",
        Mark(layout, 37, 5),
        ("move the slot's frame inwards or lower its style's size",),
        subject=Subject(material="social", language="ps", slot="hashtags"),
    )
    moved = at_translators_line(
        problem,
        {"hashtags": Mark(po, 261, 1)},
        written,
        {("social", "hashtags"): ("hashtags",)},
        {},
    )
    assert moved.mark == Mark(po, 261, 1)
    assert moved.hints == (
        "shorten this translation",
        "move the slot's frame inwards or lower its style's size",
        "set in social.yaml, line 37 (the designer's layout)",
    )
    # a slot whose strings the import did not change stays at the layout
    assert at_translators_line(problem, {"cta": Mark(po, 9, 1)}, written, {}, {}) == problem


def test_an_edited_source_column_is_named(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """The French typed into the CSV's `source` column (its translation cell left as it was)
    said "changed: cta_join", though only the recorded source changed, to French. (A file
    exported before the source cells' digests: with them it is an error,
    tests/translate/test_typed_in_source.py.)"""
    root = kit_copy()
    path = export(root, tmp_path / "fr.csv", "fr")
    rows = _csv_rows(path)
    _without_source_digests(rows)
    row = next(n for n, r in enumerate(rows) if r[0] == "cta_join")
    rows[row][1] = "Rejoignez la campagne du Cœur bleu."
    _write_csv(path, rows)
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  changed: cta_join (its English: an earlier one)\n" in out
    assert (
        f"{path}:{row + 1}:3: warning[translate.source]: 'cta_join': the file's source text, "
        "\u201cRejoignez la campagne du Cœur bleu.\u201d, is not en.yaml's (\u201cJoin the Blue "
        "Heart Campaign.\u201d): it is recorded as the text this translation was made from, "
        "which makes it outdated"
    ) in out


@pytest.mark.parametrize("fmt", ["csv", "xlf"])
def test_an_edited_source_column_beside_a_new_translation_is_named(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """The source column (or an XLIFF's <source>) typed over with the French, and the
    translation changed too: the French was recorded as the English the new text was made
    from, without a word (an unchanged translation's was named). (A CSV exported before the
    source cells' digests, an XLIFF file before the <source>'s: with them it is an error, or
    the change is not taken, tests/translate/test_typed_in_source.py.)"""
    root = kit_copy()
    french = "Rejoignez la campagne du Cœur bleu."
    path = export(root, tmp_path / f"fr.{fmt}", "fr")
    if fmt == "csv":
        rows = _csv_rows(path)
        _without_source_digests(rows)
        row = next(n for n, r in enumerate(rows) if r[0] == "cta_join")
        rows[row][1:3] = [french, "Rejoignez la campagne du Cœur bleu, maintenant."]
        _write_csv(path, rows)
        at = f"{row + 1}:3"
    else:
        tree = etree.parse(str(path))
        unit = next(u for u in tree.iter("{*}unit") if u.get("id") == "cta_join")
        for note in unit.iterfind("{*}notes/{*}note[@category='exported-source']"):
            note.getparent().remove(note)  # an export before the <source> digests
        unit.find("{*}segment/{*}source").text = french
        unit.find("{*}segment/{*}target").text = "Rejoignez la campagne du Cœur bleu, maintenant."
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        at = text_at(path, "maintenant")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  changed: cta_join\n" in out
    assert (
        f"{path}:{at}: warning[translate.source]: 'cta_join': the file's source text, \u201c"
        f"{french}\u201d, is not en.yaml's (\u201cJoin the Blue Heart Campaign.\u201d): it is "
        "recorded as the text this translation was made from, which makes it outdated\n"
        "  hint: if the source column (or msgid, or <source>) was edited, export the "
        "language again: only the translation is the translator's\n"
    ) in out, out


def test_a_line_break_the_source_has_not_is_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A stray line break in a translation printed as a forced break, without a word."""
    root = kit_copy()
    path = export(root, tmp_path / "fr.po", "fr")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "cta_join").msgstr = "Rejoignez la campagne\nCœur bleu.\n"
    po.save(str(path))
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert (
        f"{path}:{msgstr_at(path, 'cta_join')}: warning[translate.line-break]: 'cta_join': the translation has a line "
        "break, the source text none: it prints as a forced line break there"
    ) in out


def _translated_csv(root: Path, tmp_path: Path, code: str, texts: dict[str, str]) -> Path:
    """An export of `code` as CSV with `texts` (key: translation) filled in."""
    path = export(root, tmp_path / f"{code}.csv", code)
    rows = _csv_rows(path)
    for row in rows:
        if row[0] in texts:
            row[2] = texts[row[0]]
    _write_csv(path, rows)
    return path


def test_a_first_translation_keeping_english_names_is_its_languages(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A first Hebrew translation of three texts, one keeping the report's English title and
    one the English hashtags, was refused as "another language's file" (78 of 114 letters
    Latin): hashtags, addresses and {fields} are not counted, and a file is another
    language's only where its own script is all but absent."""
    root = kit_copy()
    texts = {
        "fact_source": "מקור: UNODC, Global Report on Trafficking in Persons",
        "hashtags": "#endHT #30July #EndHumanTrafficking #סחר_בבני_אדם",
        "badge": "לעצור את הסחר בבני אדם",
    }
    path = _translated_csv(root, tmp_path, "he", texts)
    code, out = cli("strings", "import", path, "--kit", root, "--lang", "he")
    assert "he.yaml created: 3 text(s) changed" in out, out  # (its layout: not this test's)
    assert "translate.script" not in out


def test_a_language_the_table_lacks_takes_cldrs_script(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Dzongkha is not in the kit's table of scripts: it was taken as Latin, and a Tibetan
    translation was refused as "another language's file". CLDR's likely subtags say Tibt."""
    root = kit_copy()
    texts = {
        "badge": "མི་ཚོང་བཀག་སྡོམ།",
        "cta_join": "སྙིང་སྔོན་པོའི་འཐབ་རྩོད་ལ་ཞུགས།",
        "day": "ཉིན་མོ་སྤྱི་ཚོགས་ཀྱི་ཉིན་མོ།",
    }
    path = _translated_csv(root, tmp_path, "dz", texts)
    code, out = cli("strings", "import", path, "--kit", root, "--lang", "dz")
    assert "translate.script" not in out, out
    assert "dz.yaml created: 3 text(s) changed" in out  # (its layout: not this test's)


def test_a_short_variant_the_source_lacks_keeps_the_texts_placeholders(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A short variant where the English has none was checked against an empty source: one
    that kept the text's {helpline} was refused, one that dropped it passed."""
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    old = "text: Join the Blue Heart Campaign.\n"
    assert old in body
    en.write_text(body.replace(old, "text: Join the Blue Heart Campaign, {helpline}.\n"), "utf-8")
    for short, ok in (("Ligne d’aide {helpline}", True), ("Rejoignez-nous", False)):
        path = export(root, tmp_path / f"fr-{ok}.csv", "fr")
        rows = _csv_rows(path)
        at = rows[0].index("short translation")
        row = next(r for r in rows if r[0] == "cta_join")
        row[2], row[at] = "Rejoignez la campagne Cœur bleu, {helpline}.", short
        _write_csv(path, rows)
        code, out = cli("strings", "import", path, "--kit", root, "--lang", "fr")
        assert (code == 0) is ok, out
        if not ok:
            assert (
                "error[translate.placeholder]: 'cta_join' (short): the translation has no "
                "placeholder, the source {helpline}"
            ) in out


def test_a_charset_error_late_in_a_large_po_file_is_at_its_byte(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """polib decodes a file in chunks: the place was looked up by the bad byte's value,
    which a valid UTF-8 letter earlier in the file also holds (a 22 KB file's error at line
    349 was named at line 25)."""
    root = kit_copy()
    path = export(root, tmp_path / "fr.po", "fr")
    raw = path.read_bytes()
    assert len(raw) > 16_000
    at = raw.rindex(b'msgstr "') + len(b'msgstr "')
    path.write_bytes(raw[:at] + b"\xa9" + raw[at:])
    line = raw[:at].count(b"\n") + 1
    code, out = cli("strings", "import", path, "--kit", root, "--lang", "fr")
    assert code == 1
    assert f"fr.po:{line}:9: error[translate.read]: fr.po is not UTF-8 text, as its header " in out
    assert "byte 0xA9 at column 9, which is '©' in Windows-1252" in out


def test_entries_without_a_key_are_not_called_duplicates(kit: Path, tmp_path: Path) -> None:
    """Two PO entries without msgctxt were "'' is in the file twice ... keep one of them"."""
    path = tmp_path / "ar.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "a"\nmsgstr "أ"\n\nmsgid "b"\nmsgstr "ب"\n',
        encoding="utf-8",
    )
    out = refused(kit, path)
    assert "is in the file twice" not in out
    assert "error[translate.key]: '' is not a key of en.yaml" in out


def test_a_line_separator_in_a_translation_is_refused(kit: Path, tmp_path: Path) -> None:
    """U+2028 is no control character (category Zl): it was imported, and printed a gap."""
    path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(path))
    badge = next(e for e in po if e.msgctxt == "badge")
    badge.msgstr, badge.flags = "أوقفوا\u2028الاتجار", []
    po.save(str(path))
    out = refused(kit, path)
    assert (
        "error[load.control-char]: 'badge': the text has the separator U+2028 at character 7: "
        "it cannot be printed"
    ) in out


def test_another_languages_translation_is_not_imported_over_this_one(
    kit: Path, tmp_path: Path
) -> None:
    """An Arabic export whose header says French, imported with --lang fr as the refusal's
    own hint allows (a translation made from another language's export): its texts are
    still ar.yaml's, and they replaced every French text with only a warning (a
    translator's trial, with French over Spanish). Refused, and fr.yaml is left alone."""
    path = po_for(kit, tmp_path, "x.po", "fr")
    fr = kit / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    status, out = cli("strings", "import", path, "--kit", kit, "--lang", "fr")
    assert status == 1, out
    assert fr.read_bytes() == before
    assert re.search(
        r"x\.po:1:1: error\[translate\.read\]: x\.po was exported for 'ar' \(Arabic\), and "
        r"\d+ of its \d+ texts are still ar\.yaml's own: it is the Arabic translation, not one "
        r"into 'fr'\n  hint: import it as 'ar' \(without --lang\), or translate it into 'fr' "
        r"first; a translation into 'fr' starts best from its own export: python generate\.py "
        rf"strings export --lang fr --kit {re.escape(str(kit))}$",
        out,
        re.M,
    ), out


def test_a_text_of_a_slot_of_several_strings_is_one_error_too(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The calls to act are three strings in one slot, named together ("cta, cta_donate,
    cta_join"): one of them too long was an error per document with a designer's advice (a
    review). It is one error, at its own line, for its own key."""
    kit = kit_copy()
    path = export(kit, tmp_path / "fr.po", "fr")
    po = polib.pofile(str(path))
    join = next(e for e in po if e.msgctxt == "cta_join")
    join.msgstr = " ".join([join.msgid] * 8)
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert out.count("error[text.overflow]") == 1, out
    assert f"{path}:{msgstr_at(path, 'cta_join')}: error[text.overflow]: [fr] 'cta_join': " in out
    assert "enlarge the slot" not in out


def test_a_new_text_beside_its_short_variant_as_it_was_is_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A regional office's trial: a long new `theme` imported, its short variant left as it
    was; every poster and flyer printed the earlier short text, and nothing said so. A short
    variant changed with it, or a key without one, is not told."""
    root = kit_copy()
    path = export(root, tmp_path / "fr.po", "fr")
    po = polib.pofile(str(path))
    next(
        e for e in po if e.msgctxt == "theme"
    ).msgstr = "Ne laisser aucun enfant de côté, nulle part"
    next(e for e in po if e.msgctxt == "cta_join").msgstr = "Rejoignez la campagne Cœur bleu"
    po.save(str(path))
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert (
        f"{path}:{msgstr_at(path, 'theme')}: warning[translate.short-kept]: 'theme': its text "
        "is new and its short variant is as it was (\u201cNe laisser aucun enfant de côté\u201d): "
        "the short one prints wherever the new text does not fit\n"
        "  hint: translate its short variant again too (the file's short entry, or `short:` "
        "in the strings file), or remove it if it no longer says the same\n"
    ) in out, out
    assert out.count("translate.short-kept") == 1, out  # not cta_join, which has none
    path = export(root, tmp_path / "fr2.po", "fr")
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "theme").msgstr = "Aucun enfant laissé de côté, nulle part"
    short = next(e for e in po if e.msgctxt == "theme|short")
    short.msgstr = "Aucun enfant de côté"
    po.save(str(path))
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "translate.short-kept" not in out, out


def test_a_file_saved_in_a_code_page_without_a_source_character_is_no_new_source(
    kit: Path, tmp_path: Path
) -> None:
    """A Thai office's trial: Excel's plain CSV (Windows-874) wrote the English's '·' as '?';
    the file, converted to UTF-8 as the error told, was imported with `changed: day (its
    English: an earlier one)` for a row the translator had not touched, and th.yaml recorded
    "Persons ? 30 July" as its source. The sources are taken as exported, with one warning."""
    path = export(kit, tmp_path / "th.csv", "th")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    (day,) = [r for r in rows if r["key"] == "day"]
    assert "·" in day["source"]
    (badge,) = [r for r in rows if r["key"] == "badge"]
    badge["translation"] = "วิ่งเพื่อหัวใจสีฟ้า"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    saved = buffer.getvalue().encode("cp874", errors="replace").decode("cp874")  # as Excel
    assert "Persons ? 30 July" in saved
    path.write_text(saved, encoding="utf-8")  # converted back, as the error's hint says
    strings = kit / "materials/strings/th.yaml"
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "day" not in re.sub(r"translate\.lost.*", "", out), out
    assert (
        "th.csv:1:1: warning[translate.lost]: th.csv: the source texts of day, day (short) "
        "have '?' where the source has ·: the file was saved in a code page without them, "
        "and its translations may have lost characters the same way; the source's texts "
        "are taken as exported\n"
    ) in out, out
    written = strings.read_text(encoding="utf-8")
    assert "วิ่งเพื่อหัวใจสีฟ้า" in written
    assert "?" not in written
    assert "source: World Day Against Trafficking in Persons · 30 July" in written


def test_a_question_mark_the_source_has_not_elsewhere_is_still_another_source() -> None:
    from campaign.translate.checks import lossy_copy

    assert lossy_copy("Persons ? 30 July", "Persons · 30 July")
    assert lossy_copy("Run ?? now", "Run \U0001f499 now")  # UTF-16's two units
    assert not lossy_copy("Persons ? 30 July", "Persons - 30 July")  # ASCII is never lost
    assert not lossy_copy("Persons ? 31 July", "Persons · 30 July")
    assert not lossy_copy("Persons · 30 July", "Persons · 30 July")
    assert not lossy_copy("Persons ?? 30 July", "Persons · 30 July")  # one '?' a BMP character


def test_a_long_line_of_lost_characters_is_compared_at_once() -> None:
    """A pattern of alternatives backtracked exponentially: a Thai source of 40 characters
    saved as '?' took 6 s, one of 60 would not end."""
    import time

    from campaign.translate.checks import lossy_copy

    text = "วันต่อต้านการค้ามนุษย์โลก" * 8
    start = time.perf_counter()
    assert lossy_copy("?" * len(text), text)
    assert not lossy_copy("?" * (len(text) + 1), text)
    assert time.perf_counter() - start < 0.5


def test_a_source_changed_since_from_a_question_mark_is_no_lossy_save() -> None:
    """Where the file has the character intact in another source text, the '?' is the
    source's own: a change of the source since the export ("Are you safe?" exported, "Are
    you safe…" now), not a lossy save."""
    from types import SimpleNamespace

    from campaign.translate.checks import kept_elsewhere

    def file(*sources: str) -> Any:
        return SimpleNamespace(items=[SimpleNamespace(source=s) for s in sources])

    assert kept_elsewhere(file("Are you safe?", "Wait… and see"), "Are you safe?", "Are you safe…")
    assert not kept_elsewhere(
        file("Are you safe?", "Wait and see"), "Are you safe?", "Are you safe…"
    )


LOST = (
    "warning[translate.lost]: th.csv: the source texts of day, day (short) have '?' where the "
    "source has ·: the file was saved in a code page without them, and its translations may "
    "have lost characters the same way; the source's texts are taken as exported\n"
    "  hint: check the translations for '?' in place of letters or punctuation, and save the "
    'file as "CSV UTF-8" (Excel: File > Save As) or in the workbook\'s own format next time\n'
)
DAY = "World Day Against Trafficking in Persons · 30 July"
DAY_SHORT = "30 July · World Day Against Trafficking"


def _day_other_source(path: Path, at: str, short: bool = False) -> str:
    """The `translate.source` warning of `day` (or its short variant) given with '?' for its
    '·' ("... Persons ? 30 July"), at `at`."""
    key, text = ("'day' (short)", DAY_SHORT) if short else ("'day'", DAY)
    return (
        f"{path}:{at}: warning[translate.source]: {key}: the file's source text, \u201c"
        f"{text.replace('·', '?')}\u201d, is not en.yaml's (\u201c{text}\u201d): it is "
        "recorded as the text this translation was made from, which makes it outdated\n"
    )


def test_a_csv_saved_by_excel_in_windows_874_is_refused_then_read_with_one_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The Thai office's trial end to end: the exported CSV saved by Excel's plain "CSV" on a
    Thai system (Windows-874, which has no '·': '?' in its place), imported: refused at its
    first byte that is not UTF-8, with the conversion; converted as told and imported again:
    read, with one `translate.lost` warning at the file's start and no `day` changed."""
    root = kit_copy()
    path = export(root, tmp_path / "th.csv", "th")
    text = path.read_text(encoding="utf-8-sig")
    path.write_bytes(text.encode("cp874", errors="replace"))  # as Excel saves it
    strings = root / "materials/strings/th.yaml"
    before = strings.read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert "error[translate.read]: th.csv is not UTF-8 text" in out, out
    assert "`iconv -f CP874 -t UTF-8 th.csv > th-utf8.csv`" in out, out
    assert strings.read_bytes() == before
    converted = tmp_path / "th-utf8" / "th.csv"  # the hint's conversion, kept as th.csv
    converted.parent.mkdir()
    converted.write_text(path.read_bytes().decode("cp874"), encoding="utf-8")
    status, out = cli("strings", "import", converted, "--kit", root)
    assert status == 0, out
    assert f"{converted}:1:1: {LOST}" in out, out
    assert out.count("translate.lost") == 1, out
    assert "changed: day" not in out, out
    assert "translate.source" not in out, out
    assert f"source: {DAY}" in strings.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["xlsx", "xlf"])
def test_a_question_mark_in_a_workbook_or_xliff_source_is_no_lossy_save(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """A workbook and an XLIFF file are Unicode (only a text file is saved in a code page):
    "Persons ? 30 July" in their sources (the text's and its short variant's, so that no
    source of the file has the '·') is a source edited (a lossy CSV's pasted in), named as
    any other at its entry (`translate.source`); no `translate.lost`. (A workbook exported
    before the source cells' digests, an XLIFF file before the <source>'s: with them it is an
    error at the cell, or the change is not taken, tests/translate/test_typed_in_source.py.)"""
    root = kit_copy()
    path = export(root, tmp_path / f"th.{fmt}", "th")
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path)
        sheet = book.worksheets[0]
        table = [[c.value or "" for c in r] for r in sheet.iter_rows()]
        _without_source_digests(table)
        for cells, values in zip(sheet.iter_rows(), table, strict=True):
            cells[-1].value = values[-1]
        (row,) = [r for r in book.worksheets[0].iter_rows(min_row=2) if r[0].value == "day"]
        assert [row[1].value, row[3].value] == [DAY, DAY_SHORT]  # B and D: the sources
        row[1].value, row[3].value = DAY.replace("·", "?"), DAY_SHORT.replace("·", "?")
        book.save(path)
        at, at_short = f"{row[0].row}:3", f"{row[0].row}:5"  # the translations: C and E
    else:
        tree = etree.parse(str(path))
        for unit in tree.iter("{*}unit"):
            if unit.get("id") in ("day", "day.short"):
                for note in unit.iterfind("{*}notes/{*}note[@category='exported-source']"):
                    note.getparent().remove(note)  # exported before the <source> digests
                source = unit.find("{*}segment/{*}source")
                source.text = source.text.replace("·", "?")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        at = text_at(path, "30 กรกฎาคม</target>")  # the units' translations
        at_short = text_at(path, "<target>30 ก.ค.")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "translate.lost" not in out, out
    assert _day_other_source(path, at) in out, out
    assert _day_other_source(path, at_short, short=True) in out, out


def test_a_question_mark_for_a_character_the_csv_has_elsewhere_is_no_lossy_save(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The CSV's own `day (short)` source has the '·' that its `day` source has as '?': the
    file's code page has the character, so the '?' was typed (a source edited), named at its
    row as any other (`translate.source`); no `translate.lost`. (A file exported before the
    source cells' digests: with them it is an error at the cell.)"""
    root = kit_copy()
    path = export(root, tmp_path / "th.csv", "th")
    rows = _csv_rows(path)
    _without_source_digests(rows)
    (row,) = [n for n, r in enumerate(rows) if r[0] == "day"]
    assert [rows[0][1], rows[0][3]] == ["source", "short source"]
    assert "·" in rows[row][3]  # kept in the short variant's source
    rows[row][1] = rows[row][1].replace("·", "?")
    _write_csv(path, rows)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "translate.lost" not in out, out
    assert _day_other_source(path, f"{row + 1}:3") in out, out
    assert "  changed: day (its English: an earlier one)\n" in out, out


def test_a_short_variant_the_file_gives_as_the_strings_file_has_it_is_not_told(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The strings file's short `theme` was changed by hand after the export, and the
    translator typed the same short text in the file beside a new full text: the file's
    short entry is the translator's (not as exported), and the import changes nothing of it;
    `translate.short-kept` said it was left as it was. The full text is taken."""
    root = kit_copy()
    path = export(root, tmp_path / "fr.po", "fr")
    strings = root / "materials/strings/fr.yaml"
    strings.write_text(
        strings.read_text(encoding="utf-8").replace(
            "short: Ne laisser aucun enfant de côté", "short: Aucun enfant oublié"
        ),
        encoding="utf-8",
    )
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "theme").msgstr = "Aucun enfant oublié, nulle part"
    next(e for e in po if e.msgctxt == "theme|short").msgstr = "Aucun enfant oublié"
    po.save(str(path))
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "translate.short-kept" not in out, out
    assert "1 text(s) changed" in out, out
    assert "  changed: theme\n" in out, out
    theme = yaml.safe_load(strings.read_text(encoding="utf-8"))["strings"]["theme"]
    assert (theme["text"], theme["short"]) == (
        "Aucun enfant oublié, nulle part",
        "Aucun enfant oublié",
    )


def test_a_file_that_cannot_be_read_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    """Every format's reader, and the sniffing of a file's format, say the same of a file the
    system will not read (a folder here: root may read any file): its path and the reason."""
    from campaign.diagnostics import DiagnosticsError
    from campaign.translate import format_of
    from campaign.translate.po import read_po
    from campaign.translate.table import read_csv, read_xlsx
    from campaign.translate.xliff import read_xliff

    readers: list[tuple[Callable[[Path], object], str]] = [
        (format_of, "txt"),
        (read_po, "po"),
        (read_csv, "csv"),
        (read_xlsx, "xlsx"),
        (read_xliff, "xlf"),
    ]
    for read, ending in readers:
        folder = tmp_path / f"ar.{ending}"
        folder.mkdir()
        with pytest.raises(DiagnosticsError) as caught:
            read(folder)
        assert [d.render() for d in caught.value.diagnostics] == [
            f"error[translate.read]: cannot read {folder}: Is a directory\n"
            "  hint: check the path of the file, and that your user may read it"
        ], ending


def test_a_text_of_a_slot_of_several_strings_is_counted_once(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A translator's trial: one Swahili call to join, too long, was summed up as "2 text(s)
    do not fit" (the flyer's `calls` slot, which names "cta, cta_donate, cta_join", taken for
    a second text). One text in the error and in the summary."""
    kit = kit_copy()
    path = export(kit, tmp_path / "sw.po", "sw")
    po = polib.pofile(str(path))
    join = "Jiunge na Kampeni ya Moyo wa Bluu leo na uonyeshe mshikamano wako na waathiriwa"
    next(e for e in po if e.msgctxt == "cta_join").msgstr = " ".join([join] * 4)
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert out.count("error[text.overflow]") == 1, out
    assert (
        f"{path}:{msgstr_at(path, 'cta_join')}: error[text.overflow]: [sw] 'cta_join': does "
        "not fit 3 document(s) (event-flyer-a5, event-poster-a3, flyer-a5); "
    ) in out, out
    assert "(1 text(s) do not fit (3 documents))" in out, out


def test_a_text_too_long_for_both_sides_of_a_flyer_lists_it_once(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The A5 flyer's QR label is on its front and its back: too long for both, the flyer
    is one of the documents, not two (a translator's trial listed "flyer-a5, flyer-a5")."""
    kit = kit_copy()
    path = export(kit, tmp_path / "sw.po", "sw")
    po = polib.pofile(str(path))
    label = "Changanua msimbo huu ili kupata maelezo zaidi kuhusu kampeni ya Moyo wa Bluu"
    for entry in po:  # the text and its short variant, both too long
        if entry.msgctxt in ("qr_label", "qr_label|short"):
            entry.msgstr = " ".join([label] * 3)
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert out.count("error[text.overflow]") == 1, out
    error = next(line for line in out.splitlines() if "error[text.overflow]" in line)
    listed = error.split("document(s) (", 1)[1].split(")", 1)[0]
    names = listed.replace(" and ", ", ").split(", ")
    assert "flyer-a5" in names, error
    assert len(names) == len(set(names)), error
