"""The PO format (GNU gettext, polib): `msgctxt` is the key (a `short:` variant is
`key|short`), `msgid` the source's text, `msgstr` the translation (empty: not translated);
the comment has the source's note, the status and the room. A text still to translate that
the strings file has (the source's text copied) is flagged `fuzzy`, as PO editors expect;
so is an outdated one, with the source's text it was translated from as its previous
`#| msgid` (gettext's msgmerge writes the same, and PO editors show the change); an entry
flagged `fuzzy` is read as not translated, as gettext's tools read it. Each entry's comment
also has `exported text: fr:<digest>`, the translation as exported (`store.merge` merges
three ways with it), and `exported source: <digest>`, its msgid as exported: an msgid a
translator edited in a text editor is refused at its line (`translate.source`), where its
words were kept as the text the translation was made from (`source:`). An entry the language
lacks, where a parent's text prints (pt.yaml's for pt-BR), has that text in its comment,
`prints now (pt.yaml): ...` (`entries.PrintsNow`), its msgstr empty: PO editors show the
extracted comments beside the entry, and the reader takes nothing from them but the
digests. A translator's own comment (`# ` lines, Poedit's "comment" field) is read as the
entry's note, which the import keeps as the strings file's `note:`, and written back on the
key's entry by the next export."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import polib

from ..diagnostics import Collector, DiagnosticsError, Mark, failure
from ..model import Kit
from ..resolve import placeholders
from ..textfile import named_language, not_text, one_mark, wide_encoding, wide_text
from .entries import (
    EXPORTED,
    Entry,
    Incoming,
    Parsed,
    cannot_read,
    exported,
    exported_tag,
    header,
    tidy,
)

SHORT = "|short"
SHORT_NOTE = "a shorter text, used when the full one does not fit"
# the digest of the translation as exported (entries.exported), as a comment line
EXPORTED_NOTE = "exported text: "
EXPORTED_LINE = re.compile(r"^exported text: (\S+)$", re.MULTILINE)
# the digest of the msgid as exported (entries.exported): the source's text is not the
# translator's to change
SOURCE_NOTE = "exported source: "
SOURCE_LINE = re.compile(r"^exported source: ([0-9a-f]{12})$", re.MULTILINE)


def _revised() -> str:
    """The export's time as PO writes it (UTC: `2026-12-03 10:20+0000`), SOURCE_DATE_EPOCH's
    when it is set."""
    from datetime import UTC, datetime

    from ..dates import source_date_epoch

    epoch = source_date_epoch()
    when = datetime.fromtimestamp(epoch, UTC) if epoch is not None else datetime.now(UTC)
    return when.strftime("%Y-%m-%d %H:%M+0000")


def _plural_forms(code: str) -> str | None:
    """The PO `Plural-Forms` header of `code`: Babel's gettext plural table
    (babel.messages.plurals, drawn from CLDR's rules, with English's rule for a language it
    lacks), or None for a language Babel does not know. The kit's texts have no plurals: the
    header is for the PO editors that expect one."""
    from babel.core import UnknownLocaleError
    from babel.messages.plurals import get_plural

    try:
        found = get_plural(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return f"nplurals={found.num_plurals}; plural={found.plural_expr};"


def write_po(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    head = header(kit, code)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": head["project"],
        "Language": code,
        # what a PO editor asks for (`msgfmt -c` warned of their absence): the translator
        # fills in their name; the plural rule is Babel's (the kit's texts have no plurals)
        "PO-Revision-Date": _revised(),
        "Language-Team": head["name"],
        "Last-Translator": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        **({"Plural-Forms": plural} if (plural := _plural_forms(code)) else {}),
        "X-Source-Language": head["source"],
        "X-Status": head["status"],
    }
    for row in rows:
        status = f"status: {row.status}"
        notes = [row.note] if row.note else []
        base = f"{EXPORTED_NOTE}{exported_tag(code, row.translation, row.export)}"
        given = f"{SOURCE_NOTE}{exported(row.source)}"
        now = row.prints_now.lines("text", row.has_short) if row.prints_now else []
        comment = "\n".join([*notes, status, base, given, *now, *row.room_lines()])
        entry = _entry(row, row.key, row.source, row.translation, comment, row.previous)
        if row.translator_note:  # the translator's own comment, as their import kept it
            entry.tcomment = row.translator_note
        po.append(entry)
        if row.has_short:
            short = _entry(
                row,
                row.key + SHORT,
                row.short_of,
                row.short_translation,
                "\n".join([SHORT_NOTE, *notes]),
                row.short_previous,
            )
            short_tag = exported_tag(code, row.short_translation, row.export)
            # the same slots' room: the short text is set where the full one does not fit
            room = "".join(f"\n{line}" for line in row.room_lines())
            short_given = f"{SOURCE_NOTE}{exported(row.short_of)}"
            shows = row.prints_now.lines("short", True) if row.prints_now else []
            shown = "".join(f"\n{line}" for line in shows)
            short.comment += f"\n{status}\n{EXPORTED_NOTE}{short_tag}\n{short_given}{shown}{room}"
            po.append(short)
    return str(po).encode("utf-8")


def _entry(
    row: Entry, ctx: str, source: str, text: str, comment: str, previous: str | None
) -> polib.POEntry:
    """One PO entry; fuzzy when the text is still the source's (to translate), was made
    from an earlier source text (`previous`, written as the previous msgid) or has other
    {field} placeholders than the source's (entries.other_placeholders)."""
    behind = previous is not None and row.status == "outdated"
    fields = placeholders(text) != placeholders(source)
    stale = row.status == "to translate" or behind or (row.status == "outdated" and fields)
    flags = ["fuzzy"] if text and stale else []
    entry = polib.POEntry(msgctxt=ctx, msgid=source, msgstr=text, comment=comment, flags=flags)
    if behind and text:
        entry.previous_msgid = previous
    return entry


# A PO line that holds a string: a keyword and a quoted string, or a quoted string alone (its
# continuation); the string closed by an unescaped quote, nothing after it but spaces
PO_STRING = re.compile(
    r'^(?:msg(?:ctxt|id|id_plural|str(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*\s*$'
)
PO_STRING_START = re.compile(r'^(?:msg\w*(?:\[\d+\])?\s+)?"')
# a keyword line's keyword (GNU gettext's: msgctxt, msgid, msgid_plural, msgstr, msgstr[N])
PO_KEYWORD = re.compile(r"^(msg\w*)(?:\[\d+\])?\s")
PO_KEYWORDS = ("msgctxt", "msgid", "msgid_plural", "msgstr")


def _check_quotes(path: Path, lines: list[str]) -> None:
    """Raise DiagnosticsError `translate.read` at the first string line (msgid, msgstr,
    msgctxt or a continuation) whose string is not closed: polib reads `msgstr "Text.` as
    "Text" (its last character taken for the quote), and the period was lost unseen; or
    at the first keyword gettext has not (`msgcontext "x"`, which was said to be a string
    not closed)."""
    from ..diagnostics import did_you_mean

    for n, line in enumerate(lines, 1):
        text = line.strip().lstrip("\ufeff")  # a byte order mark before the first line
        keyword = PO_KEYWORD.match(text)
        if keyword and keyword[1] not in PO_KEYWORDS:
            raise failure(
                "translate.read",
                f"line {n} of {path.name}: '{keyword[1]}' is no keyword of a PO file",
                Mark(path, n, line.index(keyword[1]) + 1),
                *did_you_mean(keyword[1], PO_KEYWORDS),
                f"a PO entry's keywords are {', '.join(PO_KEYWORDS)} (as the exported file "
                "wrote them)",
            )
        if PO_STRING_START.match(text) and not PO_STRING.match(text):
            raise failure(
                "translate.read",
                f"line {n} of {path.name}: the string is not closed by a quote ({text[:60]!r})",
                Mark(path, n, len(line) + 1),
                'end it with " (and write a " inside it as \\")',
            )


# a keyword line (or a continuation), possibly an obsolete or previous one, with two or more
# strings: `msgstr "Rejoignez" " la campagne"`
ADJACENT = re.compile(
    r"^(\ufeff?(?:#[~|] *)?(?:msg\w*(?:\[\d+\])?\s+)?)"
    r'("(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")+)\s*$'
)
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _adjacent_joined(path: Path) -> str | None:
    """The file's text with each line's adjacent strings joined into one (`msgstr "a" "b"`
    as `msgstr "ab"`), which GNU gettext reads (msgfmt: strings are concatenated wherever
    they are) and polib refuses ("unescaped double quote"), and with one byte order mark at
    most (`textfile.one_mark`: polib skips one, and took a second for a syntax error on line
    1); None when the file needs neither. In the file's own encoding (the header's charset,
    as polib reads it); lines stay where they are, so marks keep their line numbers."""
    encoding = polib.detect_encoding(str(path))
    try:
        raw = path.read_bytes()
        text = one_mark(raw).decode(encoding, errors="replace")
    except (OSError, LookupError):
        return None  # polib reports the file itself
    lines = text.split("\n")
    changed = one_mark(raw) != raw
    for n, line in enumerate(lines):
        found = ADJACENT.match(line.rstrip("\r"))
        if found:
            lines[n] = f'{found[1]}"{"".join(QUOTED.findall(found[2]))}"'
            changed = True
    return "\n".join(lines) if changed else None


def read_po(path: Path) -> Parsed:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from None
    if wide_encoding(raw) is not None:  # Notepad's "Unicode": polib reads no UTF-16
        raise DiagnosticsError(wide_text("translate.read", path, raw, save_utf8(None)))
    # PO's lines end at \n alone: splitlines() also ends one at U+2028, U+000B or U+0085,
    # which a translation may hold (its line was then "not closed by a quote")
    text = raw.decode("utf-8", errors="replace")
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    _check_quotes(path, lines)
    try:
        po = polib.pofile(_adjacent_joined(path) or str(path), wrapwidth=0)
    except UnicodeDecodeError as exc:  # its bytes are not in the charset its header names
        raise _not_in_charset(path, exc) from None
    except (OSError, ValueError) as exc:
        raise _not_po(path, lines, exc) from None
    # the lines' columns are the file's characters where it is UTF-8 (ASCII is); in another
    # charset, read here as UTF-8, they may not be: no place in a msgstr is given then
    exact = po.encoding.lower().replace("_", "-") in ("utf-8", "utf8", "ascii", "us-ascii")
    items = []
    errs = Collector()  # msgids edited, named with the import's own (`Parsed.errors`)
    refused: set[str] = set()  # the keys of the entries left out for them
    for entry in po:
        if entry.obsolete:  # `#~` entries: kept by PO editors, translating nothing
            continue
        key, part = entry.msgctxt or "", "text"
        if key.endswith(SHORT):
            key, part = key[: -len(SHORT)], "short"
        mark = Mark(path, *_msgstr_place(lines, entry.linenum or 1))
        if entry.msgid_plural:  # it was counted as left empty, without a word
            errs.error(
                "translate.read",
                f"'{entry.msgctxt}' has plural forms (msgid_plural): the kit's texts have none",
                mark,
                "translate the one msgid as msgstr, with no msgstr[0], msgstr[1]...",
            )
            refused.add(key)
            continue
        # a fuzzy entry is not a translation yet (gettext's own tools leave them out): the
        # export flags a text still to translate that holds the source's words so, and a
        # translator flags one to review
        text = "" if "fuzzy" in entry.flags else entry.msgstr
        source = entry.msgid  # the text (or the short text) it translates
        found = EXPORTED_LINE.search(entry.comment or "")
        base = found[1] if found and EXPORTED.fullmatch(found[1]) else None
        fuzzy = "fuzzy" in entry.flags and bool(entry.msgstr)
        # the key's own place (an unknown key is named there): its msgctxt's text
        key_at = _keyword_place(lines, entry.linenum or 1, "msgctxt")
        key_mark = Mark(path, *key_at) if key_at else None
        given = SOURCE_LINE.search(entry.comment or "")
        if text and given and exported(source) != given[1]:  # the entry left out
            _edited_msgid(path, lines, entry, f"'{key}'{' (short)' * (part == 'short')}", errs)
            refused.add(key)
            continue
        written_at = _written_at(path, lines, entry.linenum or 1, text) if exact else None
        items.append(
            Incoming(
                key,
                part,  # type: ignore[arg-type]
                text,
                mark,
                source,
                base=base,
                fuzzy=fuzzy,
                key_mark=key_mark,
                written_at=written_at,
                note=tidy(entry.tcomment or "") or None,  # `# ` lines: the translator's
            )
        )
    language = po.metadata.get("Language", "").strip() or None
    at = _header_place(lines, LANGUAGE_LINE) if language else None
    reviewed = po.metadata.get("X-Status", "").strip().casefold() == "reviewed"
    status_at = _header_place(lines, STATUS_LINE) if reviewed else None
    return Parsed(
        language,
        items,
        Mark(path, *at) if at else None,
        language_field="its Language: header" if language else None,
        errors=tuple(errs.items),
        refused=frozenset(refused),
        signed_off="its X-Status: reviewed header" if reviewed else "",
        signed_off_mark=Mark(path, *status_at) if status_at else None,
        # the status the export wrote beside each text (`write_po`): `reviewed` only of a
        # language reviewed then, whose X-Status: reviewed is the export's own
        exported_reviewed=any(EXPORTED_STATUS.search(e.comment or "") for e in po),
    )


# polib's syntax error: "Syntax error in po file fr.po(line 12): unknown keyword x"
POLIB_SYNTAX = re.compile(r"\(line (\d+)\)(?:: (.*))?$")


def _not_po(path: Path, lines: list[str], exc: Exception) -> DiagnosticsError:
    """The error of a file polib cannot read: at the line its syntax error names, with
    the line shown and what a PO line is; polib's own message, file-wide, for another
    fault. It was "... is not a PO file: Syntax error in po file ... (line 1)", at no
    place and with no fix."""
    found = POLIB_SYNTAX.search(str(exc))
    if found is None:
        return failure(
            "translate.read",
            f"{path.name} is not a PO file: {exc}",
            None,
            "give the .po file that `strings export` wrote (or your tool's PO export of it)",
        )
    n = int(found[1])
    line = lines[n - 1] if 0 < n <= len(lines) else ""
    shown = line if len(line) <= 60 else line[:59] + "\u2026"
    why = f" ({found[2]})" if found[2] else ""
    if "\x00" in line:  # a UTF-16 file converted as if it were in a code page (its NULs kept)
        return failure(
            "translate.read",
            f"{path.name} is not a PO file: line {n} holds NUL bytes, a UTF-16 file's, "
            "converted to UTF-8 as if it were in a code page",
            Mark(path, n, 1),
            "convert the file as it was saved (UTF-16: Notepad's 'Unicode') with "
            "`iconv -f UTF-16 -t UTF-8`, or save it as UTF-8 in a text editor",
        )
    return failure(
        "translate.read",
        f"{path.name} is not a PO file: line {n} is no PO syntax{why}: {shown!r}",
        Mark(path, n, 1),
        "a PO line is a comment (#), a keyword and its quoted string (msgctxt, msgid, "
        'msgstr "..."), a quoted string continuing it, or empty: mend the line in a PO editor '
        "(Poedit) or a text editor saving UTF-8, or export the language again",
    )


# the header's `Language:` field, as a line of its msgstr: `"Language: ko\n"`
LANGUAGE_LINE = re.compile(r'^\s*(?:msgstr\s+)?"Language:\s*')
STATUS_LINE = re.compile(r'^\s*(?:msgstr\s+)?"X-Status:\s*')
# an entry's status as exported, `reviewed` (`write_po`'s comment)
EXPORTED_STATUS = re.compile(r"^status: reviewed$", re.MULTILINE)


def _header_place(lines: list[str], field: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the value of the header's line that `field` matches (`Language:`,
    `X-Status:`) begins (line, column; 1-based): the header is the entry before the first
    msgctxt or second msgid; None when it has no such line."""
    msgids = 0
    for n, line in enumerate(lines, 1):
        msgids += line.startswith("msgid ")
        if line.startswith("msgctxt") or msgids > 1:
            return None
        found = field.match(line)
        if found:
            return n, found.end() + 1
    return None


def _edited_msgid(
    path: Path, lines: list[str], entry: polib.POEntry, what: str, errs: Collector
) -> None:
    """The `translate.source` error of an entry whose msgid is not the one exported (its
    `exported source:` digest): a translator changed the English in a text editor ("End
    human trafficking now"), and the edit was kept as the source's text the translation was
    made from (`source:`), which made it outdated for ever, without a word."""
    at = _keyword_place(lines, entry.linenum or 1, "msgid") or (entry.linenum or 1, 1)
    shown = entry.msgid if len(entry.msgid) <= 60 else entry.msgid[:59] + "\u2026"
    errs.error(
        "translate.source",
        f"{what}: the msgid (\u201c{shown}\u201d) is not the source text as "
        "exported: the msgid is the text to translate, not to change; only the msgstr is the "
        "translator's",
        Mark(path, *at),
        "put the msgid back as it was exported (or export the language again) and translate "
        "in the msgstr; a change to the source text is for its own file",
    )


def _not_in_charset(path: Path, exc: UnicodeDecodeError) -> Exception:
    """The error of a PO file whose bytes are not in the character set its header names
    (`Content-Type: ...; charset=UTF-8` on a file saved as Latin-1): the first such byte,
    at its line and column (`textfile.not_text`, as an XLIFF file's and a CSV's), with the
    fix. It was Python's decoder's message, without a place. The place is right where the
    text decoded is the file itself, as polib reads it (not where `_adjacent_joined`
    rewrote it)."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return cannot_read(path, err)
    try:  # the whole file decoded at once: the first bad byte's own offset (polib decodes
        raw.decode(exc.encoding)  # in chunks, whose offsets are not the file's)
        raw, at = exc.object, exc.start  # not the file's bytes: the chunk's place at least
    except UnicodeDecodeError as whole:
        at = whole.start
    encoding, said = exc.encoding.upper(), ", as its header says"
    language = named_language(path, raw)
    return DiagnosticsError(
        not_text(
            "translate.read",
            path,
            raw,
            at,
            # the charset of the code page it names
            lambda page: save_utf8(page.iconv if page else None),
            encoding=encoding,
            said=said,
            language=language,
        )
    )


def save_utf8(charset: str | None) -> str:
    """How to save a PO file in UTF-8, or say what it is in: `charset` the name (gettext's,
    iconv's) of the code page the file's language is usually saved in (a Thai file's CP874;
    it said ISO-8859-1 for every file); None for a file in no code page (UTF-16, which polib
    does not read whatever its header says)."""
    save = "save it as UTF-8 (Poedit does; in a text editor, choose the encoding UTF-8)"
    if charset is None:
        return save
    return (
        f"{save}, or make the header's charset the file's own (Content-Type: text/plain; "
        f"charset={charset})"
    )


def _msgstr_place(lines: list[str], start: int) -> tuple[int, int]:
    """Where an entry's translation begins (line, column; 1-based): the first character
    after the quote of `msgstr "`, or, for a translation written on the lines below an
    empty `msgstr ""` (as gettext wraps a long one), after the first quote of the next
    line. polib gives the entry's first line (a comment's); its own line, column 1, when
    it has no msgstr."""
    return _keyword_place(lines, start, "msgstr") or (start, 1)


def _written_at(
    path: Path, lines: list[str], start: int, text: str
) -> Callable[[str], Mark | None]:
    """Where a piece of an entry's msgstr `text` is written (`Incoming.written_at`): the
    line and column of its first character, found in the msgstr's own lines (`msgstr "..."`
    and the `"..."` lines below it) as the file writes it (a `"` as `\"`, a backslash as
    `\\`, a tab as `\t`). None, and the error stays at the msgstr's start, where that is
    not certain: the piece is not once in the text and once in those lines (twice, or split
    over two lines as gettext wraps a long text at its spaces, or written with other escapes
    than those)."""
    block: list[int] = []  # the msgstr's lines (0-based)
    for n in range(start - 1, len(lines)):
        if block:
            if not lines[n].lstrip().startswith('"'):
                break
            block.append(n)
        elif lines[n].startswith("msgstr"):
            block.append(n)

    def found(shown: str) -> Mark | None:
        if not shown or text.count(shown) != 1:
            return None
        written = shown.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
        hits = [(n, lines[n].find(written)) for n in block if written in lines[n]]
        if len(hits) != 1 or lines[hits[0][0]].count(written) != 1:
            return None
        n, col = hits[0]
        if lines[n][:col].count('"') == 0:  # in the keyword, not its string
            return None
        return Mark(path, n + 1, col + 1)

    return found


def _keyword_place(lines: list[str], start: int, keyword: str) -> tuple[int, int] | None:
    """Where the string of an entry's `keyword` (msgctxt, msgstr) begins, from the entry's
    first line `start` on (None when it has none before its msgstr)."""
    for n in range(start - 1, len(lines)):
        line = lines[n]
        if not line.startswith(keyword):
            if line.startswith("msgstr"):  # the entry's last keyword: no `keyword` in it
                return None
            continue
        quote = line.find('"')
        if quote < 0:
            return n + 1, 1
        after = line[quote + 1 :].rstrip()
        below = lines[n + 1].lstrip() if n + 1 < len(lines) else ""
        if after == '"' and below.startswith('"'):  # msgstr "" and the text on the next lines
            return n + 2, len(lines[n + 1]) - len(below) + 2
        return n + 1, quote + 2
    return None
