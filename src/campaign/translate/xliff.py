"""XLIFF 2.0 (urn:oasis:names:tc:xliff:document:2.0), written and read with lxml.

One `<unit id="KEY">` per string, its `short:` variant a unit of its own, `id="KEY.short"`
with `type="campaign:short"`. A unit's `<notes>` hold the source's note
(category `description`), the status (`status`), for an outdated text the source's text it was
translated from (`previous-source`), the translation's digest as exported (`exported-text`,
"fr:<digest>": `store.merge` merges three ways with it), the digest of its `<source>` as
exported (`exported-source`: a <source> changed in the file is not taken, `store`) and one
note per slot it is set in (`room`); the translation's own note (its strings file's
`note:`), `translator`; a unit the language lacks, where a parent's text prints (pt.yaml's
for pt-BR), a note of what prints now (`prints-now`, `appliesTo="target"`). A <note> is
XLIFF 2.0's place for comments a person reads (Core, <note>), and `appliesTo` names the
element it comments on; the Translation Candidates module's <mtc:match> would offer the
parent's text as a candidate translation, which a CAT tool can insert into the <target>
with one key, and it is not one.
A unit's notes of category `translator`, or of none (a CAT tool's comment), are read as its
translator's note, which the import keeps as the strings file's `note:`.
A target of its own in a segment left `initial` is read as PO's fuzzy: not confirmed, not
imported (`_unconfirmed`); the state the translator sets, translated or final, confirms it.
Its one `<segment>` has `state` initial (to translate), translated or final (reviewed), the
source's text in `<source>` and the translation in `<target>` (none while there is none).
`{field}` placeholders are plain text, to keep as they are. The target language is the root's
`trgLang`. A unit whose source or translation has a line break is `xml:space="preserve"`, as
are its <source> and <target>; read back, a text without it is unwrapped (`_unwrapped`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from ..commands import command
from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, failure
from ..langnames import language_names
from ..model import Kit
from ..textfile import named_language, not_text, one_mark
from .entries import (
    EXPORTED,
    Entry,
    Incoming,
    Parsed,
    Status,
    cannot_read,
    exported,
    exported_tag,
    header,
    tidy,
)

NS = "urn:oasis:names:tc:xliff:document:2.0"
SHORT = ".short"
STATE: dict[Status, str] = {
    "to translate": "initial",
    "outdated": "initial",  # its status note says why; the old source is a note too
    "translated": "translated",
    "reviewed": "final",
}


# the note with the digest of the translation as exported (entries.exported)
EXPORTED_NOTE = "exported-text"
# the note with the digest of the unit's <source> as exported (entries.exported): a <source>
# changed in the file is told from one exported before the source's text changed
SOURCE_NOTE = "exported-source"
SOURCE_DIGEST = re.compile(r"[0-9a-f]{12}")
# the note with what prints today for an empty target, a parent's text (entries.PrintsNow)
PRINTS_NOW_NOTE = "prints-now"
# the translator's own note (the strings file's `note:` of the translation); read back with
# the notes of no category, as a CAT tool writes a translator's comment
TRANSLATOR_NOTE = "translator"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def write_xliff(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    head = header(kit, code)
    root = etree.Element(
        _q("xliff"), nsmap={None: NS}, version="2.0", srcLang=head["source"], trgLang=code
    )
    file = etree.SubElement(
        root, _q("file"), id="strings", original=f"materials/strings/{head['source']}.yaml"
    )
    notes = etree.SubElement(file, _q("notes"))
    _note(notes, "project", head["project"])
    _note(notes, "status", f"language status: {head['status']}")
    for row in rows:
        unit = etree.SubElement(file, _q("unit"), id=row.key)
        notes = etree.SubElement(unit, _q("notes"))
        if row.note:
            _note(notes, "description", row.note)
        _note(notes, "status", row.status)
        _note(notes, EXPORTED_NOTE, exported_tag(code, row.translation, row.export))
        _note(notes, SOURCE_NOTE, exported(row.source))
        if row.previous is not None:  # outdated: the source's text it was translated from
            _note(notes, "previous-source", row.previous)
        for line in row.prints_now.lines("text", row.has_short) if row.prints_now else ():
            _note(notes, PRINTS_NOW_NOTE, line, "target")
        for line in row.room_lines():
            _note(notes, "room", line)
        if row.translator_note:
            _note(notes, TRANSLATOR_NOTE, row.translator_note)
        _segment(unit, row.status, row.source, row.translation)
        if row.has_short:
            short = etree.SubElement(file, _q("unit"), id=row.key + SHORT, type="campaign:short")
            notes = etree.SubElement(short, _q("notes"))
            _note(notes, "description", "a shorter text, used when the full one does not fit")
            _note(notes, "status", row.status)
            _note(notes, EXPORTED_NOTE, exported_tag(code, row.short_translation, row.export))
            _note(notes, SOURCE_NOTE, exported(row.short_of))
            if row.short_previous is not None:
                _note(notes, "previous-source", row.short_previous)
            for line in row.prints_now.lines("short", True) if row.prints_now else ():
                _note(notes, PRINTS_NOW_NOTE, line, "target")
            _segment(short, row.status, row.short_of, row.short_translation)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _unit_text(
    unit: etree._Element, part: str = "target", inline: Inline | None = None
) -> tuple[str, int]:
    """A unit's translation (or with `part` "source", its source text) and how many of its
    segments have none. A CAT tool splits a unit into segments, sentence by sentence, with
    the spaces between them as <ignorable> elements: the segments' texts and the
    ignorables' are joined in their order (the targets alone ran the sentences together:
    "...signs.Support."). `inline`, when given, gets the inline elements of the targets
    that are not text (`_inner_text`)."""
    parts, missing = [], 0
    for child in unit:
        if child.tag == _q("segment"):
            target = child.find(_q(part))
            if target is None:
                missing += 1
            else:
                parts.append(_inner_text(target, inline))
        elif child.tag == _q("ignorable"):
            source = child.find(_q("source"))
            parts.append(_inner_text(source) if source is not None else "")
    return "".join(parts), missing


# the inline elements of a target that are not text: each with the text before it there
Inline = list[tuple[etree._Element, str]]
# XLIFF 2.0's annotations (8.2: a term, a comment on the text it marks): their text is the
# translation's, the marks themselves are no text
ANNOTATIONS = ("mrk", "sm", "em")


def _inner_text(element: etree._Element, inline: Inline | None = None) -> str:
    """An element's text as XLIFF 2.0 reads it: the text of an annotation (<mrk>, <sm/>,
    <em/>) is the text's; <cp hex="..."/> is the character it names (one XML cannot hold);
    comments are none. Any other element (an inline code, <ph/>, <pc>, <sc/>, <ec/>, or
    what XLIFF 2.0 has not: HTML's <br/>, XLIFF 1.2's <g>, <x/>) goes into `inline`, with
    the text before it: the kit's texts are plain text, and such an element was dropped
    without a word (`인신매매를 끝내자<br/>지금` read as "인신매매를 끝내자지금")."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):  # not a comment or a processing instruction
                name = etree.QName(child)
                ours = name.namespace == NS
                char = _code_point(child) if ours and name.localname == "cp" else None
                if char is not None:
                    parts.append(char)
                else:
                    if inline is not None and not (ours and name.localname in ANNOTATIONS):
                        inline.append((child, "".join(parts)))
                    walk(child)
            parts.append(child.tail or "")

    walk(element)
    return "".join(parts)


def _code_point(element: etree._Element) -> str | None:
    """The character of a <cp hex="..."/>, or None when its hex names none."""
    try:
        code = int(element.get("hex", ""), 16)
        return chr(code)
    except (ValueError, OverflowError):
        return None


def _inline_errors(path: Path, lines: list[str], what: str, inline: Inline) -> list[Diagnostic]:
    """The `translate.inline` errors of a target's inline elements (`_inner_text`), each at
    its tag, naming it and what it did to the text; `what` names the unit ("'badge'")."""
    out = []
    for element, before in inline:
        name = etree.QName(element)
        local, ours = name.localname, name.namespace == NS
        inside = _inner_text(element)
        tag = f"<{local}>" if inside or len(element) else f"<{local}/>"
        after = inside or (element.tail or "")
        last, first = re.search(r"\S*$", before), re.match(r"\S*", after)
        if inside:
            effect = " (its text kept)"
        elif last and first and last[0] and first[0]:  # `끝내자<br/>지금`
            effect = f", running \u201c{last[0]}\u201d and \u201c{first[0]}\u201d together"
        else:
            effect = ""
        if local == "br":
            kind = "HTML's line break, which XLIFF has not"
            fix = (
                "for a line break, break the line in the text itself (it prints as a forced "
                "line break); else write a space"
            )
        elif ours and local == "cp":
            kind = f"a character reference whose hex ({element.get('hex')!r}) names no character"
            fix = "write the character itself"
        elif ours and local in ("ph", "sc", "ec", "pc"):
            kind = "an inline code, which stands for markup of the original document"
            fix = "remove it, and write as text what it stands for (a space, a word), if anything"
        else:
            kind = "an element XLIFF 2.0 has not in a text (HTML's, or XLIFF 1.2's)"
            fix = "remove it, and write as text what it stands for (a space, a word), if anything"
        if inside:
            fix = f"remove the {tag} tags, keep their text (emphasis is the layout's styles')"
        out.append(
            Diagnostic(
                "translate.inline",
                f"{what}: the translation has {tag}, {kind}: the kit's texts are plain text, "
                f"and it would be dropped{effect}",
                Mark(path, *_tag_place(lines, element)),
                (fix,),
            )
        )
    return out


def _tag_place(lines: list[str], element: Any) -> tuple[int, int]:
    """Where an element's start tag is (line, column; 1-based): lxml gives its line only.
    The tag of its name on that line that is as many tags of that name from the line's
    first as elements of that name before it start on that line; column 1 when the line
    does not show it."""
    line = element.sourceline or 1
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    nth = _nth_on_line(element, line)
    local = re.escape(etree.QName(element).localname)
    found = list(re.finditer(rf"<(?:[\w.-]+:)?{local}(?=[\s/>])", text))
    return (line, found[nth].start() + 1) if nth < len(found) else (line, 1)


def _nth_on_line(element: Any, line: int) -> int:
    """How many elements of `element`'s name come before it (in document order) whose line
    (lxml's `sourceline`) is `line`."""
    nth = 0
    for other in element.getroottree().iter(element.tag):
        if other is element:
            break
        nth += other.sourceline == line
    return nth


def _note(parent: etree._Element, category: str, text: str, applies: str | None = None) -> None:
    """A <note> of `category`; `applies` "target" says it is about the translation (XLIFF
    2.0's `appliesTo`), where a CAT tool shows it so."""
    note = etree.SubElement(parent, _q("note"), category=category)
    if applies:
        note.set("appliesTo", applies)
    note.text = text


def _segment(unit: etree._Element, status: Status, source: str, target: str) -> None:
    """The unit's segment. Where the source or the translation has a line break, the unit,
    its <source> and its <target> are `xml:space="preserve"`: a tool must then keep the
    breaks (XLIFF 2.0's default lets a tool normalise white space), in a <target> it writes
    anew too, which inherits the unit's. Only the element with a break was marked: a
    translation a CAT tool wrote where there was none (to translate), or over a one-line one,
    inherited no `preserve`, and its line breaks were read as a formatter's wrapping, spaces
    (`_unwrapped`)."""
    preserve = "\n" in source or "\n" in target
    if preserve:
        unit.set(XML_SPACE, "preserve")
    seg = etree.SubElement(unit, _q("segment"), state=STATE[status])
    _text(etree.SubElement(seg, _q("source")), source, preserve)
    if target:
        _text(etree.SubElement(seg, _q("target")), target, preserve)


def _text(element: etree._Element, text: str, preserve: bool) -> None:
    """The element's text, `xml:space="preserve"` where `preserve` says (`_segment`)."""
    element.text = text
    if preserve:
        element.set(XML_SPACE, "preserve")


XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
WRAPPED = re.compile(r"[ \t]*\n\s*")  # a line break and the indentation around it


def _preserved(element: etree._Element) -> bool:
    """Whether `element`'s white space is to be kept as it is: the nearest `xml:space` on it
    or an ancestor says `preserve` (XML 1.0, 2.10)."""
    for node in (element, *element.iterancestors()):
        value = node.get(XML_SPACE)
        if value is not None:
            return str(value) == "preserve"
    return False


def _unwrapped(text: str) -> str:
    """A text as its tool meant it, where XLIFF lets its white space be normalised (no
    `xml:space="preserve"`): an XML formatter that wraps and indents long lines ("Rejoignez
    la\n          campagne") made a one-line text two lines, the second indented, and moved
    `<source>` and `<target>` texts onto lines of their own. A line break and the spaces
    around it are one space, and the spaces at the ends are nothing; between two wide East
    Asian characters (Chinese, Japanese: no spaces between words) they are nothing, as CSS
    Text 3 (4.1.3, segment breaks) and browsers join such lines: a wrapped Chinese theme
    printed a gap in the middle of its headline. (An export marks a text with a line break
    `preserve`: its breaks are meant.)
    A line break inside the text whose next line starts at the margin (no spaces, no tab) is
    kept, with the empty lines after it: a formatter indents what it wraps, and a CAT tool
    writes a translator's line break as the character itself without saying `preserve` (as
    Trados does, which treats line breaks as meaningful under XLIFF's default); it was a
    space, where a PO file or a spreadsheet keeps the break. The spaces before it end a
    line, where they do not show: they are dropped."""

    def joined(m: re.Match[str]) -> str:
        breaks = m[0][m[0].index("\n") :]
        if 0 < m.start() and m.end() < len(text) and not breaks.strip("\n"):
            return breaks  # the translator's: the next line starts at the margin
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return "" if _wide(before) and _wide(after) else " "

    return WRAPPED.sub(joined, text).strip()


def _wide(ch: str) -> bool:
    """A character of East Asian Width W or F (UAX #11): a Han character, kana, fullwidth
    punctuation; not Hangul, which separates words with spaces (CSS Text 3 excludes it)."""
    from ..text.scripts import char_script

    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F") and char_script(ch) != "Hang"


def _lines(path: Path) -> list[str]:
    """The file's lines as lxml counts them (at \n alone), without the byte order marks it
    begins with (textfile.byte_place counts none: a column on line 1 was one further per
    mark), or none when it cannot be read as UTF-8 (places are then at column 1)."""
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n")
    except (OSError, UnicodeDecodeError):
        return []


# libxml2's messages for the mistakes a text editor makes in XML, each with a plain one
BARE_AMP = re.compile(r"xmlParseEntityRef: no name|EntityRef: expecting ';'")
# one of XML's own references, or a character's, begun and not ended: `&amp x`
UNCLOSED_REF = re.compile(r"&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+)(?![\w;])")
BARE_LT = re.compile(r"StartTag: invalid element name")
NO_ENTITY = re.compile(r"Entity '([^']+)' not defined")
BAD_CHAR = re.compile(r"(?:PCDATA|CData section) invalid Char value (\d+)")
BAD_CHAR_REF = re.compile(r"xmlParseCharRef: invalid xmlChar value (\d+)")
MISMATCH = re.compile(r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)")
CUT_SHORT = re.compile(r"Premature end of data in tag (\S+) line (\d+)")
NOT_UTF8 = re.compile(r"Invalid bytes in character encoding|Input is not proper UTF-8")
# XML's own entities: any other name (HTML's &nbsp;) is not defined in an XLIFF file
XML_ENTITIES = ("&amp;", "&lt;", "&gt;", "&quot;", "&apos;")


def _not_xml(path: Path, exc: etree.XMLSyntaxError) -> DiagnosticsError:
    """The errors of a file that is not well-formed XML, each at its line and column: the
    mistakes a text editor makes in XML in plain words (a bare `&` or `<` in a text, an HTML
    entity such as `&nbsp;`, a control character, tags closed out of order, a file cut
    short), every one of those in the file at once; another error as libxml2 says it. It was
    libxml2's message alone (`xmlParseEntityRef: no name, line 502, column 22`), with the
    hint to open the file in an XLIFF editor. libxml2 reads on past an error (recover) to
    find the others; an error of the file's structure ends the list, as what follows it may
    be its consequence."""
    lines = _lines(path)
    parser = _parser(recover=True)
    try:
        etree.fromstring(_xml_bytes(path), parser)
    except (OSError, etree.LxmlError, ValueError):
        pass
    found = [
        (e.line, e.column, e.message.strip())
        for e in parser.error_log
        if e.level >= etree.ErrorLevels.ERROR  # not a warning (a namespace not absolute)
    ]
    if not found:  # libxml2 did not say it again: the first error as it was raised
        line, column = getattr(exc, "position", None) or (exc.lineno or 1, 1)
        found = [(line, column, str(exc))]
    errs = Collector()
    for line, column, message in found:
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        plain = _plain_xml_error(path, text, line, max(column, 1), message)
        if plain is None:  # the structure is broken: what follows may be its consequence
            errs.add(_structure_error(path, text, line, max(column, 1), message))
            break
        errs.add(plain)
    return DiagnosticsError(errs.items)


def _plain_xml_error(
    path: Path, text: str, line: int, column: int, message: str
) -> Diagnostic | None:
    """The plain error of a mistake in a text (libxml2's `message` at `line`, `column`,
    whose text is `text`); None for an error of the file's structure (`_structure_error`)."""
    where = f"line {line} of {path.name}"

    def at(char: str) -> tuple[Mark, str]:
        """The place of the `char` libxml2's column is just after (it names the character
        it stopped at), and the words around it, up to the tags."""
        i = text.rfind(char, 0, column)
        if i < 0:
            return Mark(path, line, column), ""
        start, end = text.rfind(">", 0, i) + 1, text.find("<", i + 1)
        words = text[start : end if end > i else len(text)].strip()
        if len(words) > 60:
            words = text[max(start, i - 28) : i + 30].strip()
        return Mark(path, line, i + 1), f" (\u201c{words}\u201d)" if words else ""

    def error(mark: Mark, said: str, *hints: str) -> Diagnostic:
        return Diagnostic("translate.read", f"{where}: {said}", mark, hints)

    if BARE_AMP.search(message):
        mark, words = at("&")
        begun = UNCLOSED_REF.match(text, mark.col - 1)
        if begun:  # `&amp x`: a reference without its `;`
            return error(
                mark,
                f"'{begun[0]}'{words} lacks the ';' that ends a reference in XML",
                f"write '{begun[0]};'",
            )
        return error(
            mark,
            f"a '&' of the text{words} must be written '&amp;' in XML: a bare '&' begins a "
            "reference such as '&amp;' itself",
            "write '&amp;' for it (an XLIFF editor writes it so itself)",
        )
    if BARE_LT.search(message):
        mark, words = at("<")
        return error(
            mark,
            f"a '<' of the text{words} must be written '&lt;' in XML: a bare '<' begins a tag",
            "write '&lt;' for it (an XLIFF editor writes it so itself)",
        )
    if found := NO_ENTITY.search(message):
        return _no_entity(path, where, found[1], at("&"))
    if found := (BAD_CHAR.search(message) or BAD_CHAR_REF.search(message)):
        code = int(found[1])
        ref = found.re is BAD_CHAR_REF
        mark, words = at("&") if ref else (Mark(path, line, column), "")
        written = f" ('&#{code};')" if ref else ""
        return error(
            mark,
            f"the text{words} has the control character U+{code:04X}{written}, which XML "
            "cannot hold (nor can it be printed)",
            "remove it (Word's manual line break is U+000B: write a space, or a line break)",
        )
    return None


def _no_entity(path: Path, where: str, name: str, place: tuple[Mark, str]) -> Diagnostic:
    """The error of an entity XML does not define (`&nbsp;`: HTML's), with the character it
    stands for in HTML, written as XML takes it."""
    import html.entities

    mark, words = place
    code = html.entities.name2codepoint.get(name)
    if code is not None:
        char = unicodedata.name(chr(code), f"U+{code:04X}").lower()
        said = f"'&{name};' is HTML's {char}, an entity XML does not know{words}"
        fix = f"write the character itself, or '&#{code};' (XML's reference to U+{code:04X})"
    else:
        said = f"'&{name};' is an entity XML does not know{words}"
        fix = f"write the character itself, or '&amp;{name};' if the text means these letters"
    return Diagnostic(
        "translate.read",
        f"{where}: {said}: XML has {', '.join(XML_ENTITIES[:-1])} and {XML_ENTITIES[-1]} alone",
        mark,
        (fix,),
    )


def _structure_error(path: Path, text: str, line: int, column: int, message: str) -> Diagnostic:
    """The error of a file whose XML structure is broken: tags closed out of order, a file
    cut short, a byte not in its encoding, in plain words; anything else as libxml2 says
    it."""
    mark = Mark(path, line, column)
    again = "save it again from the XLIFF editor, or export it anew"
    if found := MISMATCH.search(message):
        opened, at, closed = found[1], found[2], found[3]
        end = text.rfind("</", 0, column)  # libxml2 names the character after `</tt>`
        return Diagnostic(
            "translate.read",
            f"line {line} of {path.name}: </{closed}> closes <{opened}>, opened on line {at}: "
            "tags close in the order they open",
            Mark(path, line, end + 1 if end >= 0 else column),
            (f"close <{opened}> with </{opened}> (and check that no tag is left open)", again),
        )
    if found := CUT_SHORT.search(message):
        return Diagnostic(
            "translate.read",
            f"{path.name} ends before <{found[1]}>, opened on line {found[2]}, is closed: the "
            "file was cut short",
            mark,
            (again,),
        )
    if NOT_UTF8.search(message) and (bad := _not_utf8(path)) is not None:
        return bad
    return Diagnostic(
        "translate.read",
        f"{path.name} is not an XML file: {message}",
        mark,
        ("open it in an XLIFF editor and save it again, or export it anew",),
    )


def _not_utf8(path: Path) -> Diagnostic | None:
    """The error of a file that is not UTF-8 text (saved in a legacy code page): its first
    byte that is not, at its line and column (`textfile.not_text`, as a PO file's and a
    CSV's); None when its bytes are UTF-8 (its XML declaration names another encoding:
    libxml2's own message says what is wrong)."""
    try:
        raw = _xml_bytes(path)
        raw.decode("utf-8")
        return None
    except OSError:
        return None
    except UnicodeDecodeError as exc:
        language = named_language(path, raw)
        return not_text("translate.read", path, raw, exc.start, SAVE_UTF8, language=language)


# how to save an XLIFF file in UTF-8
SAVE_UTF8 = (
    "save it as UTF-8 (an XLIFF editor does; in a text editor, choose the encoding UTF-8), or "
    "export it anew"
)


def _text_place(lines: list[str], element: Any) -> tuple[int, int]:
    """Where an element's text begins (line, column; 1-based): lxml gives its start tag's
    line only. The first start tag of its name on that line (`<target` or `<x:target`),
    and the character after its `>` when its text goes on on that line, else the tag's
    `<`; column 1 when the line does not show it."""
    line = element.sourceline or 1
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    name = etree.QName(element).localname
    found = re.search(rf"<(?:[\w.-]+:)?{re.escape(name)}\b[^>]*>", text)
    if not found:
        return line, 1
    rest = text[found.end() :]
    return (line, found.end() + 1) if rest.strip() else (line, found.start() + 1)


# a start tag's name, and its end (attribute values may hold a '>': skipped in their quotes)
START_TAG = re.compile(r"<((?:[\w.-]+:)?[\w.-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
# XML's own entities and its character references, as a text writes them
REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class _Written:
    """An XLIFF file's text as written (`lines`, as `_lines` reads them), to tell where each
    character of an element's text is: lxml gives an element's line alone (the line its
    start tag ends on), and its text decoded (`&amp;` one character, a CDATA section's
    without its markers)."""

    def __init__(self, lines: list[str]) -> None:
        self.doc = "\n".join(lines)
        self.starts = [0]  # each line's first character in `doc`
        for line in lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self._tags: dict[str, list[re.Match[str]]] = {}

    def place(self, at: int) -> tuple[int, int]:
        """The line and column (1-based) of the character at `at` in `doc`."""
        import bisect

        n = bisect.bisect_right(self.starts, at) - 1
        return n + 1, at - self.starts[n] + 1

    def content_start(self, element: Any) -> int | None:
        """Where `element`'s content begins in `doc` (after its start tag's `>`): its start
        tag is the one of its name that ends on its line (`sourceline`), as many such tags
        from the line's first as elements of its name before it end on that line. None when
        the lines do not show it so, or the tag closes itself (`<target/>`: no text)."""
        local = etree.QName(element).localname
        if local not in self._tags:
            named = re.compile(rf"<(?:[\w.-]+:)?{re.escape(local)}(?=[\s/>])")
            self._tags[local] = [
                tag
                for found in named.finditer(self.doc)
                if (tag := START_TAG.match(self.doc, found.start())) is not None
            ]
        line = element.sourceline or 0
        nth = _nth_on_line(element, line)
        ending = [t for t in self._tags[local] if self.place(t.end() - 1)[0] == line]
        if nth >= len(ending) or ending[nth][0].endswith("/>"):
            return None
        return ending[nth].end()

    def chars(self, element: Any) -> list[tuple[str, int]] | None:
        """Each character of `element`'s text as XLIFF reads it (`_inner_text`) with where it
        is written in `doc`: a reference's (`&amp;`, `&#123;`) and a <cp hex="7B"/>'s at its
        `&` or `<`, a CDATA section's at its own place, an annotation's tags (<mrk>, <sm/>,
        <em/>) and comments none. None where that cannot be told for certain: its start tag
        not found, an element in it that is not text (an inline code: the unit is refused
        for it, `_inline_errors`), or the characters read so not its text as lxml read it
        (the check that makes every place given one that is right)."""
        at = self.content_start(element)
        if at is None:
            return None
        doc, out, depth = self.doc, [], 1
        while at < len(doc):
            if doc.startswith("<![CDATA[", at):
                end = doc.find("]]>", at)
                if end < 0:
                    return None
                out += [(ch, i) for i, ch in enumerate(doc[at + 9 : end], at + 9)]
                at = end + 3
            elif doc.startswith(("<!--", "<?"), at):
                end = doc.find("-->" if doc[at + 1] == "!" else "?>", at)
                if end < 0:
                    return None
                at = end + (3 if doc[at + 1] == "!" else 2)
            elif doc.startswith("</", at):
                depth -= 1
                end = doc.find(">", at)
                if depth == 0 or end < 0:
                    break
                at = end + 1
            elif doc[at] == "<":
                tag = START_TAG.match(doc, at)
                if tag is None:
                    return None
                local = tag[1].split(":")[-1]
                closed = tag[0].endswith("/>")
                if local == "cp":
                    hex_ = re.search(r"\bhex\s*=\s*[\"']([0-9A-Fa-f]+)[\"']", tag[0])
                    if hex_ is None or not closed:
                        return None
                    out.append((chr(int(hex_[1], 16)), at))
                elif local not in ANNOTATIONS:
                    return None
                depth += not closed
                at = tag.end()
            elif doc[at] == "&":
                ref = REFERENCE.match(doc, at)
                if ref is None:
                    return None
                code = int(ref[2]) if ref[2] else int(ref[3], 16) if ref[3] else None
                out.append((NAMED[ref[1]] if ref[1] else chr(code or 0), at))
                at = ref.end()
            else:
                out.append((doc[at], at))
                at += 1
        if "".join(ch for ch, _ in out) != _inner_text(element):
            return None
        return out


def _written_at(
    path: Path, places: _Written, unit: etree._Element, text: str
) -> Callable[[str], Mark | None]:
    """Where a piece of a unit's translation `text` is written (`Incoming.written_at`): the
    line and column of its first character in the file as written (`_written`); the first
    of a piece the text has twice (the braces are the same; their error one). None, and
    errors stay at the <target>'s start, where that is not certain, and for a piece that
    begins with a space (none the checks name). Worked out at the first piece asked for:
    only an error names one, and every unit's, found up front, took time quadratic in the
    units (each looked for its start tag among all the file's)."""

    @cache
    def written() -> list[int] | None:
        return _written(places, unit, text)

    def found(shown: str) -> Mark | None:
        i = text.find(shown)
        if not shown or shown[0].isspace() or i < 0 or (at := written()) is None:
            return None
        # the piece's first character is the text's how-manyth that is not a space
        nth = sum(not ch.isspace() for ch in text[:i])
        return Mark(path, *places.place(at[nth]))

    return found


def _written(places: _Written, unit: etree._Element, text: str) -> list[int] | None:
    """Where each character of a unit's translation `text` that is not a space is written
    in the file (`_Written.doc`), through XML's entities and character references (`&amp;`
    five columns, `&#123;` a brace at its `&`), CDATA sections, annotations' tags (<mrk>)
    and a <target> over several lines (its characters on their own lines; an unwrapped
    one's too, `_unwrapped`: it changes spaces alone). None where that is not certain
    (`_Written.chars`)."""
    parts: list[tuple[str, int]] = []
    for child in unit:  # as `_unit_text` joins them: segments' targets, ignorables' sources
        name = "target" if child.tag == _q("segment") else "source"
        if child.tag not in (_q("segment"), _q("ignorable")):
            continue
        element = child.find(_q(name))
        if element is None:
            continue
        chars = places.chars(element)
        if chars is None:  # its start tag not found for certain, or not its text: no place
            return None  # is given, and the errors are at the <target>'s start
        parts += chars
    if "".join(ch for ch, _ in parts if not ch.isspace()) != "".join(
        ch for ch in text if not ch.isspace()
    ):
        return None  # not the text read (it differs in spaces alone: `_unwrapped`, `tidy`)
    return [at for ch, at in parts if not ch.isspace()]


def _parser(recover: bool = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=recover)


def _xml_bytes(path: Path) -> bytes:
    """The file's bytes with one UTF-8 byte order mark at most (`textfile.one_mark`)."""
    return one_mark(path.read_bytes())


def _export_of(path: Path, raw: bytes) -> str:
    """The export of an XLIFF 2.0 file of the language a file that is not one names (its
    name's, ar.xlf; else an XLIFF 1.2 file's target-language), quoted to run; with `--lang
    CODE` and what CODE is when it names none CLDR knows (the export needs --lang: the hint
    quoted `strings export --format xliff`, which ran nowhere as typed)."""
    named = named_language(path, raw)
    code = named.replace("_", "-") if named and language_names(named) else None
    export = "`" + command(f"strings export --lang {code or 'CODE'} --format xliff") + "`"
    return export if code else f"{export} (CODE: the file's language, fr for French)"


def read_xliff(path: Path) -> Parsed:
    try:
        raw = _xml_bytes(path)
        root = etree.fromstring(raw, _parser(), base_url=str(path))
    except OSError as exc:
        raise cannot_read(path, exc) from None
    except etree.XMLSyntaxError as exc:
        raise _not_xml(path, exc) from None
    if root.tag != _q("xliff") or root.get("version") != "2.0":
        raise failure(
            "translate.read",
            f"{path.name} is not an XLIFF 2.0 file (its root is <{etree.QName(root).localname}"
            f" version={root.get('version')!r}>)",
            Mark(path, root.sourceline or 1, 1),
            f"export an XLIFF 2.0 file ({NS}) with {_export_of(path, raw)}",
        )
    items = []
    lines = _lines(path)
    places = _Written(lines) if lines else None  # no places in a file not read as UTF-8
    errs = Collector()  # the inline elements of every target, named with the import's own
    refused: set[str] = set()  # the keys of the units left out for them
    for unit in root.iter(_q("unit")):
        key, part = unit.get("id", ""), "text"
        if key.endswith(SHORT) and unit.get("type") == "campaign:short":
            key, part = key[: -len(SHORT)], "short"
        targets = unit.findall(f"{_q('segment')}/{_q('target')}")
        where = targets[0] if targets else unit
        mark = Mark(path, *_text_place(lines, where))
        inline: Inline = []
        text, missing = _unit_text(unit, inline=inline)
        found = _inline_errors(path, lines, f"'{key}'{' (short)' * (part == 'short')}", inline)
        if found:  # named with the import's own problems (`Parsed.errors`); the unit left out
            errs.extend(found)
            refused.add(key)
            continue
        source = _unit_text(unit, "source")[0]  # the text (or the short text) it translates
        if targets and not _preserved(targets[0]):
            text = _unwrapped(text)
        sources = unit.findall(f"{_q('segment')}/{_q('source')}")
        if sources and not _preserved(sources[0]):
            source = _unwrapped(source)
        states = {seg.get("state", "initial") for seg in unit.findall(_q("segment"))}
        if text and missing:  # the untranslated segment vanished from the text, unseen
            errs.error(
                "translate.read",
                f"'{unit.get('id', '')}' has {missing} segment(s) without a translation "
                "beside translated ones",
                Mark(path, unit.sourceline or 1, 1),
                "translate every segment of the unit, or none",
            )
            refused.add(key)
            continue
        pending = states == {"initial"}  # outdated or to translate, and left so
        base = _note_value(unit, EXPORTED_NOTE, EXPORTED)
        # a target of its own left `initial`: not confirmed, held back as PO's fuzzy is
        unconfirmed = pending and _unconfirmed(text, source, base)
        # the <source> as exported (its digest), where a changed one is named (`store`)
        source_base = _note_value(unit, SOURCE_NOTE, SOURCE_DIGEST)
        source_mark = Mark(path, *_text_place(lines, sources[0])) if sources else None
        # the key's own place (an unknown key is named there): its unit's start tag
        key_mark = Mark(path, *_text_place(lines, unit))
        items.append(
            Incoming(
                key,
                part,  # type: ignore[arg-type]
                "" if unconfirmed else text,
                mark,
                source or None,
                pending,
                base,
                fuzzy=unconfirmed,
                key_mark=key_mark,
                source_base=source_base,
                source_mark=source_mark,
                source_element=True,
                written_at=_written_at(path, places, unit, text) if places else None,
                note=_translator_note(unit),
            )
        )
    language = root.get("trgLang") or None
    at = _attribute_place(lines, root, "trgLang") if language else None
    return Parsed(
        language,
        items,
        Mark(path, *at) if at else None,
        language_field="its trgLang attribute" if language else None,
        errors=tuple(errs.items),
        refused=frozenset(refused),
        # a CAT tool's sign-off: XLIFF 2.0's `final` (the export writes a reviewed language's
        # texts so, STATE), on every segment of the file
        signed_off=(
            "every segment's state final"
            if {seg.get("state", "initial") for seg in root.iter(_q("segment"))} == {"final"}
            else ""
        ),
        # the language's status the export wrote (`write_xliff`'s file note): of a language
        # reviewed then, every text is `final` as exported, not as a reviewer set it
        exported_reviewed=any(
            note.get("category") == "status"
            and (note.text or "").strip() == "language status: reviewed"
            for note in root.iter(_q("note"))
        ),
    )


def _unconfirmed(text: str, source: str, base: str | None) -> bool:
    """Whether a unit's target `text`, in a segment whose state is `initial`, is held back
    as not confirmed: a text of its own, neither as exported (`base`, the `exported-text`
    digest: an outdated text left as it was is kept so, `translate.outdated`) nor a copy of
    its `<source>` (named as such, `store._Merge._copied`). XLIFF 2.0's `initial` is "no
    translation yet" (Core, `state`); a CAT tool leaves a segment so until the translator
    confirms it, and its draft was imported as the translation (a translator's trial)."""
    if not text or tidy(text) == tidy(source):
        return False
    found = EXPORTED.fullmatch(base or "")
    return found is None or exported(text) != found[2]


def _translator_note(unit: etree._Element) -> str | None:
    """The unit's translator's note: the texts of its notes of category `translator`, or of
    none (a CAT tool's comment; the export's own notes all have one), one a line; None where
    it has none."""
    found = [
        tidy(_inner_text(note))
        for note in unit.iterfind(f"{_q('notes')}/{_q('note')}")
        if note.get("category") in (None, "", TRANSLATOR_NOTE)
    ]
    return "\n".join(dict.fromkeys(t for t in found if t)) or None


def _note_value(unit: etree._Element, category: str, pattern: re.Pattern[str]) -> str | None:
    """The text of the unit's first note of `category` that `pattern` matches whole (a
    digest the export wrote), or None."""
    for note in unit.iterfind(f"{_q('notes')}/{_q('note')}"):
        text = (note.text or "").strip()
        if note.get("category") == category and pattern.fullmatch(text):
            return text
    return None


def _attribute_place(lines: list[str], element: Any, name: str) -> tuple[int, int] | None:
    """Where the value of an element's attribute `name` begins (line, column; 1-based), in
    its start tag (lxml gives no attribute's place, and as the element's line the one its
    start tag ends on): from that line back to the tag's `<`; None when the lines do not
    show it."""
    pattern = re.compile(rf"(?<![\w:.-]){re.escape(name)}\s*=\s*[\"']")
    start = re.compile(rf"<(?:[\w.-]+:)?{re.escape(etree.QName(element).localname)}(?=[\s/>])")
    for n in range(min(element.sourceline or 1, len(lines)) - 1, -1, -1):
        opened = start.search(lines[n])
        found = pattern.search(lines[n], opened.end() if opened else 0)
        if found:
            return n + 1, found.end() + 1
        if opened:
            return None
    return None
