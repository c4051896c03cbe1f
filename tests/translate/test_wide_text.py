"""A text file saved as UTF-16 or UTF-32 (Notepad's and Excel's "Unicode"), with its byte order
mark or without, is said to be so, with iconv's command for it (`textfile.wide_text`): a
Pashto PO file was named as Windows-1256 ("byte 0xFF at column 1, which is 'ے'"), and the
`iconv -f CP1256` offered garbled it. A file polib cannot read is named at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import cli
from .test_import_errors import export, refused


@pytest.fixture
def kit(helpline_kit: Path) -> Path:
    return helpline_kit


SAVE_PO = "  hint: save it as UTF-8 (Poedit does; in a text editor, choose the encoding UTF-8)\n"


@pytest.mark.parametrize(
    ("codec", "said"),
    [
        (
            "utf-16",
            "UTF-16 (its byte order mark says so; what Notepad and Excel save as 'Unicode')",
        ),
        ("utf-16-le", "UTF-16LE (without a byte order mark: its ASCII characters have NUL bytes)"),
        ("utf-16-be", "UTF-16BE (without a byte order mark: its ASCII characters have NUL bytes)"),
        (
            "utf-32",
            "UTF-32 (its byte order mark says so; what Notepad and Excel save as 'Unicode')",
        ),
        ("utf-32-be", "UTF-32BE (without a byte order mark: its ASCII characters have NUL bytes)"),
    ],
)
def test_a_po_file_in_utf16_or_utf32_is_said_so(
    kit: Path, tmp_path: Path, codec: str, said: str
) -> None:
    path = export(kit, tmp_path / "ar.po")
    path.write_bytes(path.read_text(encoding="utf-8").encode(codec))
    name = said.split(" ")[0]
    out = refused(kit, path)
    assert out == (
        f"{path}:1:1: error[translate.read]: ar.po is not UTF-8 text: it is {said}\n"
        + SAVE_PO
        + f"  hint: convert it with `iconv -f {name} -t UTF-8 ar.po > ar-utf8.po`, or open it "
        "in a text editor and save it with the encoding UTF-8\n1 error(s)\n"
    ), out


def test_a_utf16_file_converted_as_a_code_page_is_named_at_its_line(
    kit: Path, tmp_path: Path
) -> None:
    """The file the Windows-1256 hint made (`iconv -f CP1256 -t UTF-8` of UTF-16): polib's
    raw "is not a PO file: Syntax error in po file ... (line 1)", at no place."""
    path = export(kit, tmp_path / "ar.po")
    utf16 = path.read_text(encoding="utf-8").encode("utf-16")
    path.write_text(utf16.decode("cp1256", "replace"), encoding="utf-8")
    out = refused(kit, path)
    assert out == (
        f"{path}:1:1: error[translate.read]: ar.po is not a PO file: line 1 holds NUL bytes, a "
        "UTF-16 file's, converted to UTF-8 as if it were in a code page\n"
        "  hint: convert the file as it was saved (UTF-16: Notepad's 'Unicode') with "
        "`iconv -f UTF-16 -t UTF-8`, or save it as UTF-8 in a text editor\n1 error(s)\n"
    ), out


def test_a_po_syntax_error_is_named_at_its_line(kit: Path, tmp_path: Path) -> None:
    path = export(kit, tmp_path / "ar.po")
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index('msgctxt "theme"') + 1  # the line after it, 1-based: at + 1
    lines.insert(at, 'translation "x"')
    path.write_text("\n".join(lines), encoding="utf-8")
    out = refused(kit, path)
    assert out == (
        f"{path}:{at + 1}:1: error[translate.read]: ar.po is not a PO file: line {at + 1} is "
        "no PO syntax: 'translation \"x\"'\n"
        "  hint: a PO line is a comment (#), a keyword and its quoted string (msgctxt, msgid, "
        'msgstr "..."), a quoted string continuing it, or empty: mend the line in a PO editor '
        "(Poedit) or a text editor saving UTF-8, or export the language again\n1 error(s)\n"
    ), out


def test_a_utf32_csv_is_read(kit: Path, tmp_path: Path) -> None:
    """UTF-32 with its byte order mark starts as UTF-16's: it was read as UTF-16, a NUL
    after every character."""
    path = export(kit, tmp_path / "ar.csv")
    text = path.read_text(encoding="utf-8-sig")
    badge = next(line for line in text.splitlines() if line.startswith("badge,"))
    path.write_bytes(text.replace(badge, badge.replace(",done,", ",done,!", 1)).encode("utf-32"))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out


def test_a_yaml_file_in_utf16_without_a_mark_is_said_so(tmp_path: Path) -> None:
    """Arabic in UTF-16LE without a byte order mark is no UTF-8: it was named by its first
    byte that is not, in Windows-1256."""
    from campaign.diagnostics import DiagnosticsError
    from campaign.load import load_yaml

    bad = tmp_path / "ar.yaml"
    bad.write_bytes("theme:\n  text: أوقفوا الاتجار بالبشر\n".encode("utf-16-le"))
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert exc.value.render() == (
        f"{bad}:1:1: error[load.read]: ar.yaml is not UTF-8 text: it is UTF-16LE (without a "
        "byte order mark: its ASCII characters have NUL bytes)\n"
        "  hint: save it as UTF-8 (in a text editor, choose the encoding UTF-8: Notepad's Save "
        "As, VS Code's 'Save with Encoding')\n"
        "  hint: convert it with `iconv -f UTF-16LE -t UTF-8 ar.yaml > ar-utf8.yaml`, or open "
        "it in a text editor and save it with the encoding UTF-8"
    )


def test_a_utf8_file_with_a_nul_is_no_utf16() -> None:
    from campaign.textfile import Wide, wide_encoding

    assert wide_encoding("théme: x\x00\n".encode()) is None
    assert wide_encoding("theme: x\n".encode("utf-16-le")) == Wide("UTF-16LE", False)
