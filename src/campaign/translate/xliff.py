"""XLIFF 2.0 (urn:oasis:names:tc:xliff:document:2.0), written and read with lxml.

One `<unit id="KEY">` per string, its `short:` variant a unit of its own, `id="KEY.short"`
with `type="campaign:short"`. A unit's `<notes>` hold the source's note
(category `description`), the status (`status`), for an outdated text the source's text it was
translated from (`previous-source`), the translation's digest as exported (`exported-text`,
"fr:<digest>": `store.merge` merges three ways with it) and one note per slot it is set in
(`room`).
Its one `<segment>` has `state` initial (to translate), translated or final (reviewed), the
source's text in `<source>` and the translation in `<target>` (none while there is none).
`{field}` placeholders are plain text, to keep as they are. The target language is the root's
`trgLang`."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from lxml import etree

from ..diagnostics import Mark, failure
from ..model import Kit
from .entries import EXPORTED, Entry, Incoming, Parsed, Status, exported_tag, header

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
        if row.previous is not None:  # outdated: the source's text it was translated from
            _note(notes, "previous-source", row.previous)
        for line in row.room_lines():
            _note(notes, "room", line)
        _segment(unit, row.status, row.source, row.translation)
        if row.has_short:
            short = etree.SubElement(file, _q("unit"), id=row.key + SHORT, type="campaign:short")
            notes = etree.SubElement(short, _q("notes"))
            _note(notes, "description", "a shorter text, used when the full one does not fit")
            _note(notes, "status", row.status)
            _note(notes, EXPORTED_NOTE, exported_tag(code, row.short_translation, row.export))
            if row.short_previous is not None:
                _note(notes, "previous-source", row.short_previous)
            _segment(short, row.status, row.short_of, row.short_translation)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _unit_text(unit: etree._Element, part: str = "target") -> tuple[str, int]:
    """A unit's translation (or with `part` "source", its source text) and how many of its
    segments have none. A CAT tool splits a unit into segments, sentence by sentence, with
    the spaces between them as <ignorable> elements: the segments' texts and the
    ignorables' are joined in their order (the targets alone ran the sentences together:
    "...signs.Support.")."""
    parts, missing = [], 0
    for child in unit:
        if child.tag == _q("segment"):
            target = child.find(_q(part))
            if target is None:
                missing += 1
            else:
                parts.append("".join(target.itertext()))
        elif child.tag == _q("ignorable"):
            source = child.find(_q("source"))
            parts.append("".join(source.itertext()) if source is not None else "")
    return "".join(parts), missing


def _note(parent: etree._Element, category: str, text: str) -> None:
    etree.SubElement(parent, _q("note"), category=category).text = text


def _segment(unit: etree._Element, status: Status, source: str, target: str) -> None:
    seg = etree.SubElement(unit, _q("segment"), state=STATE[status])
    _text(etree.SubElement(seg, _q("source")), source)
    if target:
        _text(etree.SubElement(seg, _q("target")), target)


def _text(element: etree._Element, text: str) -> None:
    """The element's text; `xml:space="preserve"` where it has a line break, which a tool
    must then keep (XLIFF 2.0's default lets a tool normalise white space)."""
    element.text = text
    if "\n" in text:
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
    `preserve`: its breaks are meant.)"""

    def joined(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return "" if _wide(before) and _wide(after) else " "

    return WRAPPED.sub(joined, text).strip()


def _wide(ch: str) -> bool:
    """A character of East Asian Width W or F (UAX #11): a Han character, kana, fullwidth
    punctuation; not Hangul, which separates words with spaces (CSS Text 3 excludes it)."""
    from ..text.scripts import char_script

    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F") and char_script(ch) != "Hang"


def _lines(path: Path) -> list[str]:
    """The file's lines as lxml counts them (at \n alone), or none when it cannot be read
    as UTF-8 (places are then at column 1)."""
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return []


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


def read_xliff(path: Path) -> Parsed:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        line = getattr(exc, "lineno", None) or 1
        # libxml2's place of the error: its column in characters (it was always 1 here)
        position = getattr(exc, "position", None) or (line, 1)
        raise failure(
            "translate.read",
            f"{path.name} is not an XML file: {exc}",
            Mark(path, position[0] or line, max(position[1], 1)),
            "open it in an XLIFF editor and save it again, or export it anew",
        ) from None
    if root.tag != _q("xliff") or root.get("version") != "2.0":
        raise failure(
            "translate.read",
            f"{path.name} is not an XLIFF 2.0 file (its root is <{etree.QName(root).localname}"
            f" version={root.get('version')!r}>)",
            Mark(path, root.sourceline or 1, 1),
            f"export an XLIFF 2.0 file ({NS}) with `strings export --format xliff`",
        )
    items = []
    lines = _lines(path)
    for unit in root.iter(_q("unit")):
        key, part = unit.get("id", ""), "text"
        if key.endswith(SHORT) and unit.get("type") == "campaign:short":
            key, part = key[: -len(SHORT)], "short"
        targets = unit.findall(f"{_q('segment')}/{_q('target')}")
        where = targets[0] if targets else unit
        mark = Mark(path, *_text_place(lines, where))
        text, missing = _unit_text(unit)
        source = _unit_text(unit, "source")[0]  # the text (or the short text) it translates
        if targets and not _preserved(targets[0]):
            text = _unwrapped(text)
        sources = unit.findall(f"{_q('segment')}/{_q('source')}")
        if sources and not _preserved(sources[0]):
            source = _unwrapped(source)
        states = {seg.get("state", "initial") for seg in unit.findall(_q("segment"))}
        if text and missing:  # the untranslated segment vanished from the text, unseen
            raise failure(
                "translate.read",
                f"'{unit.get('id', '')}' has {missing} segment(s) without a translation "
                "beside translated ones",
                Mark(path, unit.sourceline or 1, 1),
                "translate every segment of the unit, or none",
            )
        pending = states == {"initial"}  # outdated or to translate, and left so
        base = next(
            (
                (n.text or "").strip()
                for n in unit.iterfind(f"{_q('notes')}/{_q('note')}")
                if n.get("category") == EXPORTED_NOTE and EXPORTED.fullmatch((n.text or "").strip())
            ),
            None,
        )
        # the key's own place (an unknown key is named there): its unit's start tag
        key_mark = Mark(path, *_text_place(lines, unit))
        items.append(
            Incoming(key, part, text, mark, source or None, pending, base, key_mark=key_mark)  # type: ignore[arg-type]
        )
    return Parsed(root.get("trgLang") or None, items)
