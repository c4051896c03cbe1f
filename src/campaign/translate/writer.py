"""Writing a language's strings file: a new file's header, the strings merged into an
existing file with its header, order, comments and untouched lines kept, and the keys still
without a text listed as `to translate` comments."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable
from pathlib import Path

import yaml

from ..diagnostics import (
    failure,
)
from ..langnames import language_names
from ..load import yaml_encoding
from ..model import Kit, Language, StringEntry
from .entries import tidy

TO_TRANSLATE = "to translate"
PARTS = (
    "text",
    "short",
    "note",
    "source",
    "short_source",
)  # a string's keys in the strings file, in order


def new_strings_file(kit: Kit, code: str, origin: Path) -> Path:
    """The strings file of a language the kit does not have yet: its header, no strings."""
    path = kit.root / "materials" / "strings" / f"{code}.yaml"
    if not path.exists():
        path.write_text(new_header(code, f"imported from {origin.name}"), encoding="utf-8")
    return path


def new_header(
    code: str, origin: str, names: tuple[str, str | None] | None = None, script: str | None = None
) -> str:
    """A new strings file's header: the language's English and own names (`names`, else
    CLDR's; the own name left out where it is not known: it defaults to the English one),
    its script where given, its digits where CLDR's default numbering system for the code
    is not Latin and the kit writes it (`text.scripts.cldr_digits`: Pashto's arabext,
    Bengali's beng; a file without `digits:` writes Latin digits, and a translator was told
    never to edit the YAML), `status: draft`, then `strings:`."""
    from ..text.scripts import DIGIT_ZERO, cldr_digits

    english, native = names or language_names(code) or (code, code)
    digits = cldr_digits(code)
    shown = "".join(chr(DIGIT_ZERO[digits] + i) for i in range(3)) if digits else ""
    return (
        "# yaml-language-server: $schema=../../schemas/strings.schema.json\n"
        f"# {english} campaign strings, {origin}: a draft until a\n"
        "# native speaker has reviewed it.\n"
        f"language: {code}\nname: {scalar(english)}\n"
        + (f"native_name: {scalar(native)}\n" if native else "")
        + (f"script: {script}\n" if script else "")
        + (
            f"# digits: CLDR's default for {code} ({shown}); latn for Latin digits (012)\n"
            f"digits: {digits}\n"
            if digits and digits != "latn"
            else ""
        )
        + "status: draft\nstrings:\n"
    )


def scalar(value: str) -> str:
    dumped = yaml.safe_dump({"v": value}, allow_unicode=True, width=10**9, sort_keys=False)
    return dumped[len("v: ") :].rstrip("\n")


def write_strings(
    path: Path,
    source: Language,
    texts: dict[str, dict[str, str]],
    changed: Collection[str] | None = None,
) -> None:
    """The strings file with its strings in its order (`key_order`); a key without a text is
    a comment marked `to translate`, with the source's text and note. Only what changed is
    written anew: everything before the `strings:` key and after its mapping (a language's
    own `fields:`, its helpline: an import deleted it), the comments and empty lines in the
    mapping (kept before the key they precede), the lines of every string not in `changed`
    (None: all are), the mapping's indentation and the file's line ends stay as they were
    written (an import of one text rewrote every folded line), and so do the strings whose
    key the source lacks (`check` warns strings.unused; an import deleted them) and the
    file's order of its keys (`key_order`). A string written anew has its fields at the
    file's indentation. The mapping's places come
    from the YAML parser (PyYAML's node marks), not from the lines' look. Written to a
    temporary name, then moved."""
    lines, newline = _lines_of(path)
    text = "\n".join(lines)
    final = lines[-1] == ""  # the file ends with a line end
    if final:
        lines.pop()
    found = _strings_mapping(text)
    if found is None:  # no `strings:` key (a new language's header): it goes at the end
        head, block, tail, indent = lines, None, [], 2
    else:
        key_line, first, end, block, indent = found
        head, tail = lines[:first], lines[end:]
    kept: dict[str, list[str]] = {}
    comments: dict[str, list[str]] = {}
    fields: dict[str, Fields] = {}
    trailing: list[str] = []
    if found is not None and block is None:  # `strings: {}`, flow or empty: block style
        trailing = _between(lines[key_line + 1 : end])  # its comments, not our blocks
    elif block is not None:
        kept, comments, trailing, fields = _spans(lines, block)
    body: list[str] = [] if found is not None and block is not None else ["strings:"]
    pad, inner = " " * indent, " " * (indent + 2)
    inner = _field_indent(kept.values()) or inner
    for key in key_order(list(kept), list(source.strings)):
        body += comments.get(key, [])
        if key not in source.strings:  # `check` warns strings.unused; an import is no place
            body += kept[key]  # to delete them
            continue
        own = texts.get(key, {})
        if "text" not in own:
            body += [pad + line[2:] for line in _to_translate(key, source.strings[key])]
        elif key in kept and changed is not None and key not in changed:
            body += kept[key]
        elif key in kept and fields.get(key):
            body += _edited(kept[key], fields[key], own)
        else:
            body.append(f"{pad}{key}:")
            for name in PARTS:
                if name in own:
                    body += field_lines(inner, name, own[name])
    out = [*head, *body, *trailing, *tail]
    _replace(path, newline.join(out) + (newline if final else ""))


def _lines_of(path: Path) -> tuple[list[str], str]:
    """The strings file's lines (its line ends LF; the last "" where it ends with one) and
    the line end it is written with: its bytes as load_yaml read them (UTF-16 is written
    back as UTF-8), not read_text's, which makes CR LF a LF."""
    data = path.read_bytes()
    raw = data.decode(yaml_encoding(data))
    return raw.replace("\r\n", "\n").split("\n"), "\r\n" if "\r\n" in raw else "\n"


def _replace(path: Path, text: str) -> None:
    """`text` written over the strings file at `path` in UTF-8: to a temporary name, then
    moved. Raises DiagnosticsError (`translate.read`) where it cannot be written."""
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes(text.encode("utf-8"))
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure(
            "translate.read",
            f"cannot write {path}: {exc.strerror}",
            None,
            "check that your user may write the strings file (its permissions) and that its disk "
            "has room, then import again",
        ) from None


def set_status(path: Path, status: str) -> bool:
    """The strings file at `path` with its top-level `status:` set to `status` (its line's
    value replaced, its comment kept; a line added before `strings:` where there is none),
    the rest as written. Written to a temporary name, then moved. False where the file
    already says so (nothing written). Raises DiagnosticsError (`translate.read`) where it
    cannot be written, as `write_strings`."""
    lines, newline = _lines_of(path)
    said = re.compile(r"status:[ \t]*(?P<value>[^#\s]*)(?P<rest>.*)")
    for i, line in enumerate(lines):
        found = said.fullmatch(line)
        if found is not None:
            if found["value"].strip("'\"") == status:
                return False
            lines[i] = f"status: {status}{found['rest']}"
            break
        if re.match(r"strings:", line):
            lines.insert(i, f"status: {status}")
            break
    else:
        lines.insert(0, f"status: {status}")
    _replace(path, newline.join(lines))
    return True


def key_order(written: list[str], source: list[str]) -> list[str]:
    """The keys of a strings file as written anew: the file's own keys in its order (an
    office that orders them its own way keeps it; every import put them in the source's
    order), each of the source's other keys after the source's key before it that the file
    has (at the start when none is). A file in the source's order stays in it."""
    present = set(written)
    after: dict[str | None, list[str]] = {}
    before: str | None = None
    for key in source:
        if key in present:
            before = key
        else:
            after.setdefault(before, []).append(key)
    out = list(after.get(None, []))
    for key in written:
        out += [key, *after.get(key, [])]
    return out


def _edited(lines: list[str], fields: Fields, own: dict[str, str]) -> list[str]:
    """A string's lines as written (`lines`, from its key's; `fields` in them) with only its
    changed fields written anew (`own`: every field it has now): a field whose value is the
    same keeps its lines (a folded text, its quotes), one that changed is written anew at
    the fields' indentation (`field_lines`, with the comment its line had), one it no longer
    has goes, a new one follows the last field; the comments among the fields stay (an
    import rewrote the whole string, and dropped them)."""
    assert fields
    column = len(lines[fields[0][1]]) - len(lines[fields[0][1]].lstrip())
    inner = " " * column
    out: list[str] = []
    at, after = 0, 0
    for name, start, stop, value in fields:  # a scalar's end mark is its own end: the
        out += lines[at:start]  # comments after it are not in its lines
        if name not in PARTS or (name in own and _same(own[name], value)):
            out += lines[start:stop]
        elif name in own:
            new = field_lines(inner, name, own[name])
            comment = _line_comment(lines[start]) if stop - start == 1 else None
            if comment:  # `text: ...   # a note`: the note stays, after a `|-` too
                new[0] += comment
            out += new
        at, after = stop, len(out)
    present = {name for name, *_ in fields}
    out[after:after] = [
        line
        for p in PARTS
        if p in own and p not in present
        for line in field_lines(inner, p, own[p])
    ]
    return out + lines[at:]


def _line_comment(line: str) -> str | None:
    """The comment at the end of a one-line field with the spaces before it (`text: Agir
    # court` gives "   # court"), or None."""
    stripped = line.strip()
    if "#" not in stripped:
        return None
    try:
        node = yaml.compose(stripped, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return None
    rest = stripped[node.value[0][1].end_mark.index :].rstrip()
    return rest if rest.lstrip().startswith("#") and rest[:1].isspace() else None


def _same(now: str, written: str | None) -> bool:
    """Whether a field's value is the one the file has (`written`, as YAML reads it: a `|`
    or `>` text ends with its line break, which the kit's loader leaves out)."""
    return written is not None and tidy(now) == tidy(written)


# characters a literal block cannot hold as they are: outside YAML's printable set (YAML 1.1,
# 5.1), or line breaks other than LF (which a block would end its lines at), or a BOM
NOT_LITERAL = re.compile(
    "[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)


def field_lines(inner: str, name: str, value: str) -> list[str]:
    """A field as written anew at indentation `inner`: one line, or a text with line breaks
    as a literal block (`|-`) whose lines are two spaces further in. PyYAML's own form of
    such a text, a quoted scalar whose next lines sit at its mapping's indentation, is less
    indented than the field: other YAML parsers (js-yaml, the editors' YAML support) refuse
    it. A block whose first line starts with a space says its indentation (`|2-`); a text
    with a character a block cannot hold (`NOT_LITERAL`) is one double-quoted line with
    escapes."""
    if NOT_LITERAL.search(value):  # a character a block (or a plain line) cannot hold as it
        quoted = yaml.safe_dump(value, default_style='"', width=10**9, allow_unicode=True)
        return [f"{inner}{name}: {quoted.rstrip().removesuffix('...').rstrip()}"]  # is: escaped
    if "\n" not in value:
        return [f"{inner}{name}: {scalar(value)}"]
    lines = value.split("\n")
    head = f"{inner}{name}: |" + ("2" if lines[0][:1] in (" ", "\t") else "") + "-"
    return [head, *(f"{inner}  {line}" if line else "" for line in lines)]


def _field_indent(entries: Iterable[list[str]]) -> str | None:
    """The indentation of the fields (`text:`) under a key in the file as written: the first
    written as a mapping's second line; None when none is."""
    for lines in entries:
        if len(lines) > 1:
            field = lines[1]
            if field.strip() and not field.lstrip().startswith("#"):
                return field[: len(field) - len(field.lstrip())]
    return None


# a string's fields where it is a block mapping of scalars: (name, first line, the line after
# it, the value as the file has it) each; None for any other string (flow style, a scalar)
Fields = list[tuple[str, int, int, str | None]] | None
# the mapping's first line, the line after it, (key, first line, line after, fields) each
Span = tuple[int, int, list[tuple[str, int, int, Fields]]]


def _strings_mapping(
    text: str,
) -> tuple[int, int, int, Span | None, int] | None:
    """Where the `strings:` mapping is (0-based lines): its key's line, the mapping's first
    line, the line after it, its entries (None when it is not a block mapping with
    entries: `strings: {}`, flow style, or nothing) and their indentation; None when the
    file has no `strings` key. From PyYAML's nodes (a mapping's end mark is the start of
    what follows it)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for n, (key, value) in enumerate(root.value):
        if key.value != "strings":
            continue
        end = _end(text, value)
        if not isinstance(value, yaml.MappingNode) or value.flow_style or not value.value:
            # written anew from its key's line (first is that line), up to the next key: the
            # comments under an empty `strings:` (a new language's `to translate` blocks) are
            # its own
            after = root.value[n + 1][0].start_mark.line if n + 1 < len(root.value) else None
            end = after if after is not None else max(end, text.count("\n") + 1)
            return key.start_mark.line, key.start_mark.line, end, None, 2
        entries = [
            (k.value, k.start_mark.line, _end(text, v), _fields_of(text, v)) for k, v in value.value
        ]
        first = key.start_mark.line + 1
        return (
            key.start_mark.line,
            first,
            end,
            (first, end, entries),
            value.value[0][0].start_mark.column,
        )
    return None


def _fields_of(text: str, node: yaml.Node) -> Fields:
    """A string's fields (`Fields`) where it is a block mapping; None otherwise."""
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None
    return [
        (
            str(k.value),
            k.start_mark.line,
            _end(text, v),
            str(v.value) if isinstance(v, yaml.ScalarNode) else None,
        )
        for k, v in node.value
    ]


def _end(text: str, node: yaml.Node) -> int:
    """The line after `node` (0-based): its end mark's line when only spaces come before the
    mark on it (the mark is the start of the next thing), else the line after."""
    mark = node.end_mark
    line_start = text.rfind("\n", 0, mark.index) + 1
    return mark.line if not text[line_start : mark.index].strip() else mark.line + 1


TO_TRANSLATE_LINE = re.compile(r"^\s*# ([^\s:]+): " + TO_TRANSLATE + "$")


def _spans(
    lines: list[str], block: Span
) -> tuple[dict[str, list[str]], dict[str, list[str]], list[str], dict[str, Fields]]:
    """The mapping's lines as (each key's own lines; the comment and empty lines before each
    key; those after the last key; each key's fields, their lines counted from the key's).
    The `to translate` comments this module writes for missing keys are not kept: they are
    made again from the source."""
    first, end, entries = block
    kept: dict[str, list[str]] = {}
    comments: dict[str, list[str]] = {}
    fields: dict[str, Fields] = {}
    at = first
    for key, start, stop, own in entries:
        fields[key] = (
            [(name, a - start, b - start, value) for name, a, b, value in own]
            if own is not None
            else None
        )
        comments[key] = _between(lines[at:start])
        column = len(lines[start]) - len(lines[start].lstrip())
        # a mapping value's end mark is the next key's line: the comment and empty lines
        # before that key came with this one (they went where this key went, and were lost
        # when it was written anew); a comment at the key's column or left of it cannot be
        # inside a block text
        while stop - 1 > start and _outside(lines[stop - 1], column):
            stop -= 1
        kept[key] = lines[start:stop]
        at = stop
    return kept, comments, _between(lines[at:end]), fields


def _outside(line: str, column: int) -> bool:
    """Whether `line` is empty or a comment no further right than `column`."""
    stripped = line.lstrip()
    return not stripped or (stripped.startswith("#") and len(line) - len(stripped) <= column)


def _between(gap: list[str]) -> list[str]:
    """The comment and empty lines between two strings, without the `to translate` blocks
    (their first line and the comment lines indented under it)."""
    out: list[str] = []
    ours: int | None = None  # the indentation of a `to translate` block being passed over
    for line in gap:
        indent = len(line) - len(line.lstrip())
        if TO_TRANSLATE_LINE.match(line):
            ours = indent
            continue
        if (
            ours is not None
            and line.strip().startswith("#")
            and line[indent + 1 :].startswith("   ")
        ):
            continue  # its text, short and note lines (`#   text: ...`)
        ours = None
        out.append(line)
    return out


def _to_translate(key: str, entry: StringEntry) -> list[str]:
    out = [f"  # {key}: {TO_TRANSLATE}", f"  #   text: {scalar(entry.text)}"]
    if entry.short:
        out.append(f"  #   short: {scalar(entry.short)}")
    if entry.note:
        out.append(f"  #   note: {scalar(entry.note)}")
    return out
