"""A translator's file saved in a legacy code page is read in its language's script's code
page (Kazakh: Cyrillic, Windows-1251), and every hint of its error names the code page its
message does (a Kazakh PO was taken for Windows-1250, its header told to say CP1252)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import cli


def _po(language: str, text: str) -> str:
    return (
        f'msgid ""\nmsgstr ""\n"Language: {language}\\n"\n"Content-Type: text/plain; '
        f'charset=UTF-8\\n"\n\nmsgctxt "badge"\nmsgid "x"\nmsgstr "{text}"\n'
    )


def _refused(kit: Path, path: Path) -> str:
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    return out.replace(f"{path.parent}/", "")


def _convert(name: str, page: str, iconv: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    return (
        f"  hint: {name} reads as {page} throughout: convert it with `iconv -f {iconv} -t "
        f"UTF-8 {name} > {stem}-utf8.{suffix}`, or open it as {page} in a text editor and save "
        f"it with the encoding UTF-8 (a character {page} has not was saved as '?': where you "
        "can, save the original again as UTF-8)\n"
    )


def _header_hint(iconv: str) -> str:
    return (
        "  hint: save it as UTF-8 (Poedit does; in a text editor, choose the encoding UTF-8), "
        "or make the header's charset the file's own (Content-Type: text/plain; "
        f"charset={iconv})\n"
    )


@pytest.mark.parametrize(
    ("name", "language", "text", "codec", "column", "shown", "page"),
    [
        # the trial's: a Latin A in a Cyrillic word and Kazakh letters Windows-1251 has not
        # ('?'): read by its bytes, Windows-1250 ("'·' in Windows-1250", charset=CP1252)
        ("kk-1251.po", "kk", "Aдам саудасына ?арсы к?ресті? · 30 шілде", "cp1251", 10, "д",
         "Windows-1251"),
        ("export.po", "kk", "Адам саудасына ?арсы к?ресті?", "cp1251", 9, "А", "Windows-1251"),
        ("ru.po", "ru", "Aдам и торговля людьми", "cp1251", 10, "д", "Windows-1251"),
        ("export.po", "ky", "Aдам сатууга каршы", "cp1251", 10, "д", "Windows-1251"),
        ("el.po", "el", "Περπάτημα για την καρδιά", "cp1253", 9, "Π", "Windows-1253"),
        ("tr.po", "tr", "Yürüyüş", "cp1254", 10, "ü", "Windows-1254"),
        ("fa.po", "fa", "کودک و قلب", "cp1256", 9, "ک", "Windows-1256"),
        ("export.po", "ps", "کور", "cp1256", 9, "ک", "Windows-1256"),
        ("export.po", "sr-Latn", "Šetnja", "cp1250", 9, "Š", "Windows-1250"),
        ("export.po", "lt", "Žygis už širdį", "cp1257", 9, "Ž", "Windows-1257"),
    ],
)  # fmt: skip
def test_a_po_file_is_read_in_its_languages_scripts_code_page(
    helpline_kit: Path,
    tmp_path: Path,
    name: str,
    language: str,
    text: str,
    codec: str,
    column: int,
    shown: str,
    page: str,
) -> None:
    path = tmp_path / name
    raw = _po(language, text).encode(codec)
    path.write_bytes(raw)
    byte = raw.splitlines()[7][column - 1 + len('msgstr "') - 8]
    iconv = codec.upper()
    assert _refused(helpline_kit, path) == (
        f"{name}:8:{column}: error[translate.read]: {name} is not UTF-8 text, as its header "
        f"says: byte 0x{byte:02X} at column {column}, which is '{shown}' in {page}\n"
        + _header_hint(iconv)
        + _convert(name, page, iconv)
        + "1 error(s)\n"
    )


def test_a_header_charset_is_the_code_page_the_message_names(
    helpline_kit: Path, tmp_path: Path
) -> None:
    """A Georgian file (a language without a code page) of Russian text: the bytes tell
    Windows-1251, and so do both hints (the header's said CP1252)."""
    path = tmp_path / "ka.po"
    path.write_bytes(_po("ka", "Прогулка по городу ради сердца и надежды").encode("cp1251"))
    assert _refused(helpline_kit, path) == (
        "ka.po:8:9: error[translate.read]: ka.po is not UTF-8 text, as its header says: byte "
        "0xCF at column 9, which is 'П' in Windows-1251\n"
        + _header_hint("CP1251")
        + _convert("ka.po", "Windows-1251", "CP1251")
        + "1 error(s)\n"
    )


def test_a_renamed_csv_is_read_in_the_code_page_of_its_exported_tags(
    helpline_kit: Path, tmp_path: Path
) -> None:
    """A Kazakh CSV renamed (final.csv): its `exported` column's tags (kk:<digest>:<id>) say
    the language, and Windows-1251 with it."""
    path = tmp_path / "final.csv"
    path.write_bytes(
        "key,translation,exported\r\nbadge,Aдам ?арсы,kk:0123456789ab:01234567\r\n".encode("cp1251")
    )
    assert _refused(helpline_kit, path) == (
        "final.csv:2:8: error[translate.read]: final.csv is not UTF-8 text: byte 0xE4 at column "
        "8, which is 'д' in Windows-1251 (what Excel's plain 'CSV' saves)\n"
        "  hint: save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode (UTF-8)' "
        "(LibreOffice)\n" + _convert("final.csv", "Windows-1251", "CP1251") + "1 error(s)\n"
    )


@pytest.mark.parametrize(
    ("language", "text", "wrong", "right"),
    [
        ("kk", "Адам саудасына қарсы күрес", "cp1250", "cp1251"),  # the trial's
        ("ru", "Всемирный день борьбы с торговлей людьми", "cp1252", "cp1251"),
        ("el", "Παγκόσμια ημέρα κατά της εμπορίας", "cp1252", "cp1253"),
    ],
)
def test_a_file_converted_from_the_wrong_code_page_is_told_so(
    helpline_kit: Path, tmp_path: Path, language: str, text: str, wrong: str, right: str
) -> None:
    """A file saved in its language's code page and converted to UTF-8 from another: its
    mojibake is that, not a Latin language's file to import with `--lang es`."""
    saved = text.encode(right, errors="replace")
    mojibake = saved.decode(wrong, errors="replace")
    path = tmp_path / f"{language}.po"
    path.write_text(_po(language, mojibake), encoding="utf-8")
    shown = saved.decode(right)[:40]
    wrong_name, right_name = (f"Windows-{c[2:]}" for c in (wrong, right))
    script = {"kk": "Cyrillic", "ru": "Cyrillic", "el": "Greek"}[language]
    assert _refused(helpline_kit, path) == (
        f"{language}.po:1:1: error[translate.script]: {language}.po was converted to UTF-8 "
        f"from {wrong_name}, but it was saved in {right_name}: its translations read as "
        f"{right_name} are in {script} script, as '{language}' is written "
        f"(\u201c{shown}\u201d)\n"
        f"  hint: convert the file as it was saved again, from {right_name}: `iconv -f "
        f"{right.upper()} -t UTF-8`, or save it again as UTF-8 where it was made\n"
        "1 error(s)\n"
    )


def test_a_latin_file_for_another_script_is_not_taken_for_a_wrong_conversion(
    helpline_kit: Path, tmp_path: Path
) -> None:
    """A Spanish file imported as Russian: its "í" is Cyrillic "н" in Windows-1251, but its
    letters are ASCII's: another language's file, as before."""
    path = tmp_path / "ru.po"
    path.write_text(
        _po("ru", "Día de acción: educación, información, niños y también más"), encoding="utf-8"
    )
    out = _refused(helpline_kit, path)
    assert "ru.po:1:1: error[translate.script]: ru.po's translations are in Latin script (" in (
        out
    ), out
