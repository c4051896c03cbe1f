"""The text of a file a spreadsheet saved: UTF-16 (Excel's "Unicode Text", LibreOffice's
"Unicode" character set) or UTF-8 with or without a byte order mark (Excel's "CSV UTF-8")."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Diagnostic, Mark


class NotTextError(ValueError):
    """The bytes are not text in any of the encodings read: `why` says what they looked like
    (a predicate: "is not UTF-8"), `at` is the 0-based offset of the first byte that could not
    be read (None when the whole file was judged)."""

    def __init__(self, why: str, at: int | None) -> None:
        super().__init__(why)
        self.why, self.at = why, at


UTF8_BOM = b"\xef\xbb\xbf"
BOM = "\ufeff"


def one_mark(raw: bytes) -> bytes:
    """`raw` with one UTF-8 byte order mark at most at its start. An editor that adds one at
    each save leaves two or more (a translator's trial: he-2bom.csv), and a reader that takes
    the first for the mark reads the others as text: libxml2 said "Start tag expected, '<'
    not found", a CSV's first column was named "\ufeffkey". For a reader of bytes (XML);
    `spreadsheet_text` reads every mark at the start as a mark itself."""
    while raw.startswith(UTF8_BOM * 2):
        raw = raw[len(UTF8_BOM) :]
    return raw


def byte_place(raw: bytes, at: int) -> tuple[int, int]:
    """Where byte `at` of `raw` is as an editor shows it: its 1-based line, and its 1-based
    column in characters (the characters before it on its line, read leniently, the UTF-8
    byte order marks at the start of the file not counted: an editor does not show them).
    Used for the first byte that is not UTF-8 in a YAML file, a data table and a
    translator's file."""
    start = raw.rfind(b"\n", 0, at) + 1
    before = raw[start:at]
    while start == 0 and before.startswith(UTF8_BOM):
        before = before[len(UTF8_BOM) :]
    return raw.count(b"\n", 0, at) + 1, len(before.decode("utf-8", "replace")) + 1


def decoded_place(raw: bytes, at: int, encoding: str) -> tuple[int, int]:
    """Where byte `at` of `raw`, text in `encoding` (UTF-16 or UTF-32 with its byte order
    mark), is as an editor shows it: its 1-based line and column in characters, the
    characters before it read leniently (`byte_place` is UTF-8's, whose newline is one
    byte)."""
    before = raw[:at].decode(encoding, "replace").lstrip(BOM)
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def not_text(
    code: str,
    path: Path,
    raw: bytes,
    at: int,
    hint: str,
    *,
    encoding: str = "UTF-8",
    said: str = "",
    aside: str = "",
) -> Diagnostic:
    """The error of a file whose byte `at` is the first not in `encoding` (saved in a legacy
    code page): "fr.po is not UTF-8 text, as its header says: byte 0xE9 at column 12, which
    is 'é' in Windows-1252", at that byte's line and column as an editor shows them
    (`byte_place`). The byte is shown as it reads in Windows-1252, the code page such a file
    is most often in (Excel's plain "CSV", Notepad's "ANSI"). `said` follows the encoding's
    name (where the file itself names it), `aside` the character (where such files come
    from); `hint` is the format's own way to save as UTF-8 (an XLIFF editor, Excel's "CSV
    UTF-8", Poedit). One form for every text file the kit reads: a translator's PO, XLIFF
    and CSV file, a kit's YAML file and its SVG art, which each built their own."""
    line, column = byte_place(raw, at)
    shown = raw[at : at + 1].decode("cp1252", "replace")
    return Diagnostic(
        code,
        f"{path.name} is not {encoding} text{said}: byte 0x{raw[at]:02X} at column {column}, "
        f"which is '{shown}' in Windows-1252{aside}",
        Mark(path, line, column),
        (hint,),
    )


def spreadsheet_text(raw: bytes) -> str:
    """`raw` decoded (`_decoded`), without the byte order marks at its start: each one, as
    many as an editor that adds one at each save left (`one_mark`); the second was read as
    text, a CSV's first column named "\ufeffkey" (a translator's table, and a merge's data
    file too). Raises NotTextError."""
    return _decoded(raw).lstrip(BOM)


def _decoded(raw: bytes) -> str:
    """`raw` decoded: UTF-16 with a byte order mark; UTF-16 without one (text has no NUL
    bytes: where the start has them, it is UTF-16, little-endian when the zeros come second,
    as they do for Latin letters); else UTF-8 with or without a mark. Raises NotTextError."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotTextError("starts as UTF-16 but is not UTF-16 text", exc.start) from None
    head = raw[:4096]
    if len(head) >= 2 and b"\x00" in head:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            raise NotTextError("has NUL bytes but is not UTF-16 text", None) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # its place counts from after a byte order mark
        mark = len(UTF8_BOM) if raw.startswith(UTF8_BOM) else 0
        raise NotTextError("is not UTF-8", exc.start + mark) from None
