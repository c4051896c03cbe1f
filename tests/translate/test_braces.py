"""Braces that make no placeholder (`{ helpline }`, a `{` never closed, `{}`) in a translator's
file: refused at the translator's cell with the code and words of the kit's own check of a
strings file (a translator's trial: the import wrote them, and that check then stopped every
command of the language at the YAML's line, the import of the corrected file too); and a
strings file broken so (by hand, or by an import before) is fixed by an import."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from ..kits import cli
from .test_import_errors import export, refused


@pytest.fixture
def kit(helpline_kit: Path) -> Path:
    """The kit with a placeholder in the source's `theme` (conftest's `helpline_kit`)."""
    return helpline_kit


def rows_of(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def set_cell(path: Path, key: str, column: int, text: str) -> int:
    """Set one cell (0-based column: 2 the translation, 4 the short one): its row, as a
    spreadsheet numbers it (the header is row 1)."""
    rows = rows_of(path)
    keys = [r[0] for r in rows]
    rows[keys.index(key)][column] = text
    write_rows(path, rows)
    return keys.index(key) + 1


def test_braces_that_make_no_placeholder_are_refused_at_their_cell(
    kit: Path, tmp_path: Path
) -> None:
    path = export(kit, tmp_path / "ar.csv")
    qr = set_cell(path, "qr_label", 2, "امسحوا الرمز { helpline }")
    support = set_cell(path, "support_title", 2, "ادعموا {الناجين")
    badge = set_cell(path, "badge", 2, "أوقفوا {} الاتجار بالبشر")
    theme = set_cell(path, "theme", 4, "لا تتركوا أي طفل}")
    # the source's `theme` has {helpline} (the fixture): not closed, it is not there
    set_cell(path, "theme", 2, "لا تتركوا أي طفل، اتصلوا بـ {helpline")
    out = refused(kit, path)
    assert (
        f"ar.csv:{qr}:3: error[ref.field]: 'qr_label': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
    ) in out, out
    assert (
        f"ar.csv:{support}:3: error[ref.field]: 'support_title': '{{' opens a placeholder it "
        "never closes: it would print as written\n"
        "  hint: write a placeholder as {field} (helpline, website, ...), or remove the brace\n"
    ) in out
    assert (
        f"ar.csv:{badge}:3: error[ref.field]: 'badge': '{{}}' is not a field placeholder: it "
        "would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
    ) in out
    assert (
        f"ar.csv:{theme}:5: error[ref.field]: 'theme' (short): a closing brace '}}' without its "
        "opening one: it would print as written\n"
        "  hint: write a placeholder as {field} (helpline, website, ...), or remove the brace\n"
    ) in out
    assert (
        f"ar.csv:{theme}:3: error[translate.placeholder]: 'theme': the translation has no "
        "placeholder, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        "  hint: close the brace of {helpline: {helpline}\n"
    ) in out
    assert out.rstrip().endswith("5 error(s)")


def test_a_placeholder_written_with_spaces_is_named_with_its_fix(kit: Path, tmp_path: Path) -> None:
    path = export(kit, tmp_path / "ar.csv")
    theme = set_cell(path, "theme", 2, "لا تتركوا أي طفل، اتصلوا بـ { helpline }")
    out = refused(kit, path)
    assert out.startswith(
        f"{path}:{theme}:3: error[translate.placeholder]: 'theme': the translation has "
        "{ helpline }, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        "  hint: write { helpline } without spaces: {helpline}\n"
    ), out


def test_braces_around_a_field_the_source_has_not_are_to_remove(kit: Path, tmp_path: Path) -> None:
    """`{ helpline }` in a text whose source has no placeholder: the hint said "write it
    without spaces: {helpline}", and the import of the text written so said "the source
    none. hint: remove {helpline}" (a translator's trial). Where the source has no such
    placeholder the hint says to remove it; where it has, to write it without spaces. The
    file fixed as the hints say is imported."""
    path = export(kit, tmp_path / "ar.csv")
    qr = set_cell(path, "qr_label", 2, "امسحوا الرمز { helpline }")
    badge = set_cell(path, "badge", 2, "أوقفوا الاتجار بالبشر {helpline")
    # the source's `theme` has {helpline} (the fixture)
    theme = set_cell(path, "theme", 2, "لا تتركوا أي طفل {helpline} { helpline }")
    out = refused(kit, path)
    assert out == (
        f"{path}:{theme}:3: error[ref.field]: 'theme': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write it without spaces: {helpline}\n"
        f"{path}:{qr}:3: error[ref.field]: 'qr_label': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        f"{path}:{badge}:3: error[ref.field]: 'badge': '{{helpline' opens a placeholder it "
        "never closes: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        "3 error(s)\n"
    ), out
    set_cell(path, "qr_label", 2, "امسحوا الرمز")
    set_cell(path, "badge", 2, "أوقفوا الاتجار بالبشر")
    set_cell(path, "theme", 2, "لا تتركوا أي طفل {helpline} {helpline}")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out


def set_msgstrs(path: Path, written: dict[str, tuple[str, ...]]) -> None:
    """Write the msgstr of each key of `written` in a PO file as its lines (`msgstr "..."`
    and the `"..."` lines below it), as typed (polib would wrap them again), fuzzy flags
    cleared."""
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgctxt in written:
            entry.flags = []
    po.save(str(path))
    lines = path.read_text(encoding="utf-8").split("\n")
    for key, typed in written.items():
        first = lines.index(f'msgctxt "{key}"')
        n = next(i for i in range(first, len(lines)) if lines[i].startswith("msgstr"))
        end = n + 1
        while lines[end].startswith('"'):
            end += 1
        lines[n:end] = typed
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_po_files_braces_are_named_at_their_column(kit: Path, tmp_path: Path) -> None:
    """A PO file's braces that make no placeholder were named at the msgstr's first
    character (`ar.po:237:9`), wherever in a long text they were: they are at their own
    brace, counted as the file writes the msgstr (`\\"` two characters, a text wrapped on
    the lines below `msgstr ""`). Where that is not certain (braces split over two lines,
    the same braces twice), at the msgstr's start, as before."""
    path = export(kit, tmp_path / "ar.po")
    qr = 'msgstr "قولوا \\"امسحوا\\" { helpline }"'
    badge = 'msgstr "أوقفوا { help"'
    cta = 'msgstr "أوقفوا {} الآن {}"'
    theme = 'msgstr "لا تتركوا أي طفل، اتصلوا بـ {هاتف}"'
    join = 'msgstr "انضموا \\\\ {\\"رقم\\"}"'  # `\\ {\"رقم\"}`: as PO escapes them
    set_msgstrs(
        path,
        {
            "qr_label": (qr,),
            "support_title": ('msgstr ""', '"ادعموا الناجين "', '"الآن {helpline"'),
            "badge": (badge, '"line } الاتجار"'),
            "cta_title": (cta,),
            "theme": (theme,),
            "cta_join": (join,),
        },
    )
    lines = path.read_text(encoding="utf-8").split("\n")

    def line(written: str) -> int:
        return lines.index(written) + 1

    out = refused(kit, path)
    assert out == (
        f"{path}:{line(theme)}:37: error[translate.placeholder]: 'theme': the translation has "
        "{هاتف}, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        f"{path}:{line(cta)}:9: error[ref.field]: 'cta_title': '{{}}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
        f"{path}:{line(join)}:19: error[ref.field]: 'cta_join': '{{\"رقم\"}}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
        f"{path}:{line(qr)}:26: error[ref.field]: 'qr_label': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        f"{path}:{line(badge)}:9: error[ref.field]: 'badge': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        f"{path}:{line(chr(34) + 'الآن {helpline' + chr(34))}:7: error[ref.field]: "
        "'support_title': '{helpline' opens a placeholder it never closes: it would print as "
        "written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        "6 error(s)\n"
    ), out


def test_braces_in_a_po_file_of_another_charset_are_at_the_msgstrs_start(
    kit: Path, tmp_path: Path
) -> None:
    """A file in another charset than UTF-8 (Windows-1256) is read for its columns as UTF-8:
    they may not be its characters', so no column in a msgstr is given."""
    path = export(kit, tmp_path / "ar.po")
    qr = 'msgstr "امسحوا الرمز { helpline }"'
    set_msgstrs(path, {"qr_label": (qr,)})
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=CP1256")
    path.write_bytes(text.encode("cp1256"))
    line = text.split("\n").index(qr) + 1
    out = refused(kit, path)
    assert out.startswith(
        f"{path}:{line}:9: error[ref.field]: 'qr_label': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
    ), out


def set_targets(path: Path, written: dict[str, tuple[str, ...]]) -> None:
    """Write the <target> of each key of `written` in an XLIFF file as its lines (from
    `<target>` to `</target>`), as a text editor would, its segment's state translated."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for key, typed in written.items():
        unit = lines.index(f'    <unit id="{key}">')
        n = next(i for i in range(unit, len(lines)) if lines[i].lstrip().startswith("<target"))
        lines[n - 2] = lines[n - 2].replace('state="initial"', 'state="translated"')
        lines[n : n + 1] = typed
    path.write_text("\n".join(lines), encoding="utf-8")


def test_an_xliff_files_braces_are_named_at_their_column(kit: Path, tmp_path: Path) -> None:
    """An XLIFF file's braces that make no placeholder were named at the start of the
    <target>'s text, wherever in it they were: they are at their own brace, counted as the
    file writes the text: an entity (`&quot;`, `&amp;`) and a character reference (`&#123;`,
    the brace itself, named at its `&`) as written, a CDATA section's text at its own place,
    an annotation's tags (<mrk>) counted, a <cp hex="7B"/> (a brace) at its `<`, a <target>
    over several lines on the brace's own line."""
    path = export(kit, tmp_path / "ar.xlf")
    qr = "        <target>قولوا &quot;امسحوا&quot; &amp; { helpline }</target>"
    badge = "        <target>أوقفوا &#123;helpline الاتجار</target>"
    cta = "        <target><![CDATA[أوقفوا & {} الآن]]></target>"
    join = '        <target>انضموا <mrk id="m1" type="term">{ website }</mrk></target>'
    day = '        <target>اليوم العالمي <cp hex="7B"/>30 يوليو</target>'
    theme = "        <target>لا تتركوا أي طفل، اتصلوا بـ {هاتف}</target>"
    support = "          الناجين الآن {helpline"
    set_targets(
        path,
        {
            "qr_label": (qr,),
            "badge": (badge,),
            "cta_title": (cta,),
            "cta_join": (join,),
            "day": (day,),
            "theme": (theme,),
            "support_title": ("        <target>ادعموا", support, "        </target>"),
        },
    )
    lines = path.read_text(encoding="utf-8").split("\n")

    def line(written: str) -> int:
        return lines.index(written) + 1

    out = refused(kit, path)
    hint = "  hint: remove it: the source text has no placeholder {helpline}\n"
    assert out == (
        f"{path}:{line(day)}:31: error[ref.field]: 'day': '{{' opens a placeholder it never "
        "closes: it would print as written\n"
        "  hint: write a placeholder as {field} (helpline, website, ...), or remove the brace\n"
        f"{path}:{line(theme)}:45: error[translate.placeholder]: 'theme': the translation has "
        "{هاتف}, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        f"{path}:{line(cta)}:35: error[ref.field]: 'cta_title': '{{}}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
        f"{path}:{line(join)}:49: error[ref.field]: 'cta_join': '{{ website }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {website}\n"
        f"{path}:{line(qr)}:48: error[ref.field]: 'qr_label': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n" + hint + f"{path}:{line(badge)}:24: "
        "error[ref.field]: 'badge': '{helpline' opens a placeholder it never closes: it would "
        "print as written\n" + hint + f"{path}:{line(support)}:24: error[ref.field]: "
        "'support_title': '{helpline' opens a placeholder it never closes: it would print as "
        "written\n" + hint + "7 error(s)\n"
    ), out


def test_an_xliff_placeholder_left_out_is_at_the_targets_start(kit: Path, tmp_path: Path) -> None:
    """A placeholder left out has no place of its own: its error is at the start of the
    <target>'s text, as before. Braces the text has twice are named once, at the first."""
    path = export(kit, tmp_path / "ar.xlf")
    theme = "        <target>لا تتركوا أي طفل</target>"
    qr = "        <target>امسحوا { helpline } الرمز { helpline }</target>"
    set_targets(path, {"theme": (theme,), "qr_label": (qr,)})
    lines = path.read_text(encoding="utf-8").split("\n")
    out = refused(kit, path)
    assert out == (
        f"{path}:{lines.index(theme) + 1}:17: error[translate.placeholder]: 'theme': the "
        "translation has no placeholder, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        f"{path}:{lines.index(qr) + 1}:24: error[ref.field]: 'qr_label': '{{ helpline }}' is "
        "not a field placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        "2 error(s)\n"
    ), out


BROKEN = "امسحوا الرمز { helpline }"


def broken_ar(root: Path) -> Path:
    """ar.yaml with `qr_label` as an earlier import wrote it, `{ helpline }` and all."""
    ar = root / "materials/strings/ar.yaml"
    text = ar.read_text(encoding="utf-8")
    good = "    text: امسحوا الرمز لمعرفة المزيد والتحرك\n"
    assert good in text
    ar.write_text(text.replace(good, f"    text: {BROKEN}\n"), encoding="utf-8")
    return ar


def qr_label(ar: Path) -> str:
    lines = ar.read_text(encoding="utf-8").splitlines()
    return lines[lines.index("  qr_label:") + 1]


def test_an_import_fixes_a_broken_text_of_its_strings_file(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The broken text stopped the language's every command, its import too: the translator
    had to edit the YAML. The corrected file is imported, and the language lays out."""
    root = kit_copy()
    path = export(root, tmp_path / "ar.csv")
    ar = broken_ar(root)
    status, out = cli("check", "--kit", root, "--lang", "ar", "--only", "flyer-a5")
    assert status == 1
    assert "error[ref.field]: [ar] 'qr_label': '{ helpline }' is not a field placeholder" in out
    set_cell(path, "qr_label", 2, "امسحوا الرمز للتحرك")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "1 text(s) changed" in out
    assert "  changed: qr_label\n" in out
    assert qr_label(ar) == "    text: امسحوا الرمز للتحرك"
    assert "ok: " in out


def test_a_broken_text_the_file_has_as_exported_is_replaced(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The file has the text as it was exported, the strings file a broken one written since:
    the newer text is kept as a rule (another translator's change), which kept the language
    stopped. A broken one is replaced."""
    root = kit_copy()
    path = export(root, tmp_path / "ar.csv")
    ar = broken_ar(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "  changed: qr_label\n" in out
    assert "kept: qr_label" not in out
    assert qr_label(ar) == "    text: امسحوا الرمز لمعرفة المزيد والتحرك"


def test_an_import_into_a_broken_file_that_leaves_it_broken_names_it(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A file that does not touch the broken text is imported (the language is not locked),
    and the broken text is named where it is."""
    root = kit_copy()
    path = export(root, tmp_path / "ar.csv")
    rows = [r for r in rows_of(path) if r[0] in ("key", "cta_join")]  # one row, untouched
    rows[1][2] = "انضموا اليوم إلى حملة القلب الأزرق."
    write_rows(path, rows)
    ar = broken_ar(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert "  changed: cta_join\n" in out
    assert "text: انضموا اليوم إلى حملة القلب الأزرق." in ar.read_text(encoding="utf-8")
    line = ar.read_text(encoding="utf-8").splitlines().index("  qr_label:") + 1
    assert (
        # the text's line, at the braces: `    text: امسحوا الرمز { helpline }`
        f"ar.yaml:{line + 1}:24: error[ref.field]: [ar] 'qr_label': '{{ helpline }}' is not a "
        "field "
        "placeholder: it would print as written\n"
    ) in out, out
    assert "imported, but ar does not lay out cleanly (1 other problem(s))" in out


def test_a_broken_text_in_an_untouched_outdated_row_is_refused(kit: Path, tmp_path: Path) -> None:
    """An outdated text the file leaves as it is is not judged against the source's text now;
    braces that make no placeholder are refused still, at the translator's cell: the text is
    the strings file's, and they stop it."""
    broken_ar(kit)
    path = tmp_path / "ar.csv"
    path.write_text(
        "key,source,translation,status\r\n"
        f"qr_label,Scan to learn more and act,{BROKEN},outdated: translated from “Scan to act "
        "now”\r\n",
        encoding="utf-8",
    )
    out = refused(kit, path, "--lang", "ar")
    assert (
        "ar.csv:2:3: error[ref.field]: 'qr_label': '{ helpline }' is not a field placeholder: "
        "it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
    ) in out, out
