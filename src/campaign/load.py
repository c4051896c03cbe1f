"""Load YAML into nodes that remember where each value came from (file:line:col).

Only YAML's safe subset is accepted: no Python object tags, no custom tags.
Aliases are allowed but their expansion is bounded, so a 'billion laughs' file fails fast.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import DiagnosticsError, Mark, failure, listed
from .textfile import byte_place, decoded_place, not_text, wide_encoding, wide_text

MAX_NODES = 200_000
MAX_FILE_BYTES = 5_000_000
# The longest text a kit may hold. The longest string of the default kit is about 400
# characters (the flyer's back); an A1 poster of 9 pt body text holds about 20,000, but no
# slot of a campaign material is meant to: 5,000 leaves room for any real text and stops a
# pasted document before copy-fit shapes it at every size (200,000 characters took 30 s and
# 550 MB, 400,000 ran out of memory: robustness case 10).
MAX_TEXT_CHARS = 5_000
CONTROL_HINT = "delete it (it often comes with text pasted from a terminal or a PDF)"
SURROGATE_HINT = (
    "write the character itself, or YAML's escape of its code point in a double-quoted text "
    '("\\U0001F499" for 💙)'
)


def control_hint(found: str) -> str:
    """The fix of a problem `control_char` found."""
    return SURROGATE_HINT if "surrogate" in found else CONTROL_HINT


# What `control_char` refuses, as one character class: Unicode's Cc (C0 and DEL with C1:
# U+0000-U+001F, U+007F-U+009F) but tab and line breaks, Zl and Zp (U+2028, U+2029; the
# Unicode Character Database has no other character in either), the non-characters U+FFFE
# and U+FFFF, and Cs (the surrogates U+D800-U+DFFF)
UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]"
)


def control_char(value: str) -> str | None:
    """What is wrong with a text that has a control character (C0 or C1, but tab and line
    breaks), a line or paragraph separator (U+2028, U+2029: a gap in the line) or a
    non-character (U+FFFE, U+FFFF), or a surrogate (U+D800 to U+DFFF, which YAML's `\\u`
    escape writes and Python keeps unpaired: no file can hold it; `control_hint` gives its
    fix), or None: it would print as an empty box, or end up in a file's metadata
    (`load.control-char`; a translator's file is checked with it before its texts are
    written into a strings file)."""
    found = UNPRINTABLE.search(value)  # most texts have none: one scan in C
    if found is None:
        return None
    i, ch = found.start(), found[0]
    if unicodedata.category(ch) == "Cs":  # YAML's "\ud800\udc00", as JSON writes 𐀀
        return (
            f"the text has the surrogate U+{ord(ch):04X} at character {i + 1}: half of a "
            "character beyond U+FFFF as UTF-16 writes it (JSON's \\ud83d\\udc99 for 💙), "
            "which no file can hold"
        )
    what = "separator" if ch in "\u2028\u2029" else "control character"
    return f"the text has the {what} U+{ord(ch):04X} at character {i + 1}: it cannot be printed"


Scalar = str | int | float | bool | None


@dataclass
class Node:
    """A YAML value with its position. `value` is a dict, a list or a scalar."""

    value: Any
    mark: Mark
    key_marks: dict[str, Mark] = field(default_factory=dict)

    @property
    def is_map(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_seq(self) -> bool:
        return isinstance(self.value, list)

    def plain(self) -> Any:
        """The value with all positions stripped (for tests and simple reads)."""
        if self.is_map:
            return {k: v.plain() for k, v in self.value.items()}
        if self.is_seq:
            return [v.plain() for v in self.value]
        return self.value

    def digest(self, without: Collection[str] = ()) -> str:
        """sha256 (hex) of what the YAML says: its values as the kit reads them, in the file's
        order (mappings too: an office's logos are placed in it), without its comments, blank
        lines, quoting or indentation, nor the top-level keys `without` (a file's lists of
        what to make, `languages:`, which choose the jobs and are in none of their bytes). A
        file's fingerprint where its bytes were one: a comment added to an office file rebuilt
        every file of the office, and one in campaign.yaml every file of the kit."""
        plain = self.plain()
        if without and isinstance(plain, dict):
            plain = {k: v for k, v in plain.items() if k not in without}
        text = json.dumps(plain, ensure_ascii=False, default=str, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()


def _mark(path: Path, m: yaml.Mark | None) -> Mark:
    if m is None:
        return Mark(path, 1, 1)
    return Mark(path, m.line + 1, m.column + 1)


# After a plain value on the same line: a space and `#` right before a word. YAML reads it as
# the start of a comment, so the rest of the text is dropped; people write comments as "# ...",
# with a space, and hashtags (#BlueHeart) without one.
CUT_AT_HASH = re.compile(r"[ \t]+#(?=[^\s#])")


# The booleans of YAML 1.2's core schema. PyYAML reads YAML 1.1's too (yes, no, on, off, y, n
# in any case): `languages: [en, no]` listed Norwegian as False, and `language: no` in a
# strings file or a merge's form was "not text". Those stay text as written here; a key that
# takes true or false reads them as such (kit.forms.Flag).
YAML12_BOOLEANS = frozenset({"true", "false"})

# Numbers only YAML 1.1 reads (PyYAML's resolver): base 60 (`18:30` is 1110, `1:20:00` is
# 4800) and a leading zero (`0101` is octal, 65). YAML 1.2 reads neither so; a person means a
# time, an id or a phone number: the text is kept as written (a slot that needs a number
# says so at the value).
YAML11_NUMBER = re.compile(r"[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|0[0-9_]+)\Z")


class _Walker:
    def __init__(self, path: Path, loader: Any, text: str = "") -> None:
        self.path = path
        self.loader = loader
        self.count = 0
        self.lines = text.splitlines()

    def walk(self, node: yaml.Node) -> Node:
        self.count += 1
        if self.count > MAX_NODES:
            raise failure(
                "load.too-big",
                f"failed to read YAML (more than {MAX_NODES} values after expanding aliases)",
                _mark(self.path, node.start_mark),
                "remove recursive or deeply nested aliases (&name / *name)",
            )
        mark = _mark(self.path, node.start_mark)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, mark)
        if isinstance(node, yaml.SequenceNode):
            return Node([self.walk(item) for item in node.value], mark)
        value = self._scalar(node)
        self._cut_by_comment(node, value)
        self._quote_over_keys(node)
        if isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                raise failure(
                    "load.text-too-long",
                    f"the text is {len(value):,} characters long; a text may have at most "
                    f"{MAX_TEXT_CHARS:,}",
                    mark,
                    "shorten it: no slot of a poster, flyer or badge holds more (a longer text "
                    "is probably a pasted document)",
                )
            found = control_char(value)
            if found is not None:
                raise failure("load.control-char", found, mark, control_hint(found))
        return Node(value, mark)

    def _cut_by_comment(self, node: yaml.Node, value: Scalar) -> None:
        """A plain value that YAML cut at ` #word` (a hashtag read as a comment), or that is
        empty because it started with `#`: the text would be lost without a word."""
        if not isinstance(node, yaml.ScalarNode) or node.style not in (None, ""):
            return
        end = node.end_mark
        if end is None or end.line >= len(self.lines):
            return
        rest = self.lines[end.line][end.column :]
        empty = value in (None, "")
        if empty:
            lost = rest.lstrip()
            if not (lost.startswith("#") and lost[1:2].strip() and lost[1:2] != "#"):
                return
            at = end.column + len(rest) - len(lost)
        else:
            found = CUT_AT_HASH.match(rest)
            if found is None:
                return
            lost = rest[found.end() - 1 :].strip()
            at = end.column + found.end() - 1
        raise failure(
            "load.yaml-comment",
            f"YAML reads '{lost}' as a comment, so it is not part of the value"
            + (" (which is empty)" if empty else f" (which ends at '{value}')"),
            Mark(self.path, end.line + 1, at + 1),
            'put the whole text in quotes: "..." (a # after a space starts a YAML comment)',
        )

    def _quote_over_keys(self, node: yaml.Node) -> None:
        """A quoted value that runs over lines that read as keys (`source:`, `- item`): its
        closing quote is missing, and YAML read on to the next quote of the file, taking in
        the keys between, which are lost without a word, and printed as the text ("终结贩运
        人口 source: End human trafficking hashtags: text:" on a designer's sticker, `check`
        saying nothing). YAML allows a quoted text over lines; the kit writes none, and a
        line that reads as a key is never meant as part of one."""
        if not isinstance(node, yaml.ScalarNode) or node.style not in ('"', "'"):
            return
        start, end = node.start_mark, node.end_mark
        if start is None or end is None or end.line <= start.line:
            return
        taken = [
            (n + 1, found[1])
            for n in range(start.line + 1, min(end.line + 1, len(self.lines)))
            if (found := KEY_LINE.match(self.lines[n])) is not None
        ]
        if not taken:
            return
        named = [f"`{key}:` (line {line})" for line, key in taken[:3]]
        if len(taken) > 3:
            named.append(f"{len(taken) - 3} more")
        keys = listed(named)
        raise failure(
            "load.yaml",
            f"unclosed quote: this {node.style} is not closed on its line: YAML reads the text "
            f"on to the next "
            f"{node.style} (line {end.line + 1}) and takes in {keys}, which are lost",
            _mark(self.path, start),
            f"end the text with a {node.style} on the same line",
        )

    def _mapping(self, node: yaml.MappingNode, mark: Mark) -> Node:
        out = Node({}, mark)
        for key_node, value_node in node.value:
            key_mark = _mark(self.path, key_node.start_mark)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise failure(
                    "load.yaml-feature",
                    "merge keys (<<) are not supported",
                    key_mark,
                    "write the keys out, or use a style name",
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise failure(
                    "load.yaml-feature",
                    "a key must be plain text",
                    key_mark,
                    "write the key as plain text (not a list, a mapping or a ? key)",
                )
            key = str(self._scalar(key_node))
            if key in out.value:
                raise failure(
                    "load.yaml-feature",
                    f"duplicate key '{key}'",
                    key_mark,
                    f"the first '{key}' is at line {out.key_marks[key].line}; keep one",
                )
            out.value[key] = self.walk(value_node)
            out.key_marks[key] = key_mark
        return out

    def _scalar(self, node: yaml.Node) -> Scalar:
        if node.tag == TIMESTAMP:  # a date stays text, and PyYAML's would raise on 2027-02-30
            return str(node.value)
        try:
            value = self.loader.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise failure(
                "load.yaml-feature",
                f"unsupported YAML tag {node.tag!r}",
                _mark(self.path, node.start_mark),
                "only plain YAML values are allowed (text, numbers, lists, mappings)",
            ) from exc
        if isinstance(value, bool) and not node.style:  # type: ignore[attr-defined]
            written = str(node.value)
            if written.lower() not in YAML12_BOOLEANS:  # no, yes, on, off: as written
                return written  # `language: no` is Norwegian (flags read yes/no: kit.forms)
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not node.style and YAML11_NUMBER.match(node.value):  # type: ignore[attr-defined]
                return str(node.value)  # as written: 18:30 is a time, 0101 an id
            return value
        if isinstance(value, str | bool | type(None)):
            return value
        return str(node.value)  # dates and other rich scalars stay text


# the tag PyYAML resolves a plain 2027-07-30 (or 2027-02-30) to: its constructor makes a date,
# and raises ValueError for a day no calendar has
TIMESTAMP = "tag:yaml.org,2002:timestamp"


# a line of a mapping's key (`  source: text`, `hashtags:`) or a list item with a key
# (`- name: x`): group 1 the key
KEY_LINE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*):(?:\s|$)")


def _byte_mark(path: Path, data: bytes, at: int) -> Mark:
    """The place of byte `at` (`textfile.byte_place`): a file saved in another encoding
    (Windows-1256) was named at line 1 whatever its first byte that is not UTF-8."""
    return Mark(path, *byte_place(data, at))


def yaml_encoding(data: bytes) -> str:
    """The encoding of a YAML file's bytes: UTF-16 or UTF-32 with its byte order mark, as
    YAML 1.2 allows (5.2: a stream may be UTF-8, UTF-16 or UTF-32, told by its BOM;
    Notepad's and Excel's "Unicode" saves), else UTF-8. `strings import`, which rewrites a
    strings file, reads it so too (and writes it back as UTF-8)."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    return "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"


def load_yaml(path: Path) -> Node:
    """Read one YAML file into a Node tree; any problem is a DiagnosticsError naming the place."""
    encoding = "utf-8"
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise failure(
                "load.read",
                f"file is too large ({size} bytes)",
                Mark(path, 1, 1),
                "a kit file is text of a few KB: check that it is the file meant (at most "
                f"{MAX_FILE_BYTES:,} bytes)",
            )
        data = path.read_bytes()
        encoding = yaml_encoding(data)
        # as read_text would: universal newlines
        text = data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in text and encoding == "utf-8" and wide_encoding(data):  # no mark
            raise DiagnosticsError(wide_text("load.read", path, data, SAVE_UTF8))
        if "\x00" in text:
            raise failure(
                "load.read",
                f"{path.name} is not UTF-8 text: it holds NUL bytes, which no text has",
                _byte_mark(path, data, data.index(0)) if encoding == "utf-8" else Mark(path, 1, 1),
                SAVE_UTF8,
            )
    except UnicodeDecodeError as exc:
        raise _not_text(path, data, encoding, exc) from exc
    except OSError as exc:
        raise failure(
            "load.read",
            f"failed to read file ({exc.strerror})",
            Mark(path, 1, 1),
            "check that the file is there and that your user may read it (its permissions)",
        ) from exc
    if len(data) > PARSED_MAX_BYTES:  # a merge's data, not a kit file: parsed once
        return parse_yaml(text, path)
    key = str(path)
    kept = _PARSED.pop(key, None)
    found = kept[1] if kept is not None and kept[0] == data else parse_yaml(text, path)
    if len(_PARSED) >= PARSED_KEPT:
        del _PARSED[next(iter(_PARSED))]  # the least recently read
    _PARSED[key] = (data, found)
    return found


# The files parsed in this process, one entry a path (its bytes and tree), the most recently
# read last: a kit read again parses again only the files whose bytes changed (`strings
# import` reads the kit, writes one strings file and reads the kit again to lay the language
# out; the preview reads it after every save; a test's kit is read many times). The trees are
# shared, never changed by their readers (kit/spec.py builds new objects from them). 256
# paths: the default kit's materials/ has 58 files; kit files are a few KB, and a file over
# PARSED_MAX_BYTES is not kept (a merge's YAML or JSON data of 19,000 rows, 3 MB, took 98 MB
# as a tree: a review).
PARSED_KEPT = 256
PARSED_MAX_BYTES = 256_000
_PARSED: dict[str, tuple[bytes, Node]] = {}


# how to save a YAML file in UTF-8
SAVE_UTF8 = (
    "save it as UTF-8 (in a text editor, choose the encoding UTF-8: Notepad's Save As, VS "
    "Code's 'Save with Encoding')"
)


def _not_text(path: Path, data: bytes, encoding: str, exc: UnicodeDecodeError) -> DiagnosticsError:
    """The error of a YAML file that is not text in its encoding: not UTF-8 (saved in a
    legacy code page, Notepad's 'ANSI'), named in the form of every text file the kit reads
    (`textfile.not_text`: the byte, at its line and column, and what it is in the code
    page of a strings file's language, th.yaml's Windows-874, else in the one detected or
    Windows-1252); not the UTF-16 or UTF-32 its byte order mark says, at the place of the
    first bytes that are not (`textfile.decoded_place`). It said "failed to read file (not
    UTF-8: invalid continuation byte)", where a translator's file and a merge's data said
    which byte."""
    if encoding == "utf-8":
        aside = " (what Notepad's 'ANSI' saves)"
        return DiagnosticsError(
            not_text(
                "load.read",
                path,
                data,
                exc.start,
                SAVE_UTF8,
                aside=aside,
                language=path.stem if path.parent.name == "strings" else None,
            )
        )
    line, column = decoded_place(data, exc.start, encoding)
    name = encoding.upper()
    return failure(
        "load.read",
        f"{path.name} is not {name} text, as its byte order mark says: the bytes at column "
        f"{column} are no {name} character",
        Mark(path, line, column),
        SAVE_UTF8,
    )


# libyaml's safe loader when PyYAML was built with it (the wheels are): same marks, faster
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, path: Path, loader_class: Any = _Loader) -> Node:
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise failure(
                "load.read",
                "file is empty",
                Mark(path, 1, 1),
                "write its keys (docs/reference names them), or remove the file",
            )
        return _Walker(path, loader, text).walk(root)
    except yaml.MarkedYAMLError as exc:
        if loader_class is not yaml.SafeLoader:  # the pure-Python parser words errors better
            return parse_yaml(text, path, yaml.SafeLoader)
        raise _parse_failure(exc, path, text) from exc
    finally:
        loader.dispose()


def _parse_failure(exc: yaml.MarkedYAMLError, path: Path, text: str = "") -> DiagnosticsError:
    """A YAML syntax error in words a person can act on, at the place to fix: a tab where it
    is; an unclosed bracket, brace or quote where it opens (the parser only notices it lines
    later); anything else where the parser stopped."""
    problem = exc.problem or "invalid YAML"
    context = exc.context or ""
    stopped = _mark(path, exc.problem_mark or exc.context_mark)
    if "'\\t'" in problem or "\t" in problem:
        return failure(
            "load.yaml",
            "a tab character: YAML indents with spaces only",
            stopped,
            "indent with spaces (two per level, as the rest of the file)",
        )
    lines = text.splitlines()
    left_open = _quote_left_open(lines, stopped.line)
    if left_open is not None and not _closing_helps(lines, *left_open, stopped.line):
        left_open = None  # a text in quotes over lines, as YAML allows: the error is another
    if left_open is not None:  # a quote closed lines later by the next one, or never
        line, col = left_open
        quote = lines[line - 1][col]
        closer = _next_quote(lines, line, col)
        runs = (
            f"YAML reads on to the next {quote} (line {closer[0]}) and stops making sense at "
            f"line {stopped.line}"
            if closer is not None
            else "the text runs on to the end of the file"
        )
        return failure(
            "load.yaml",
            f"unclosed quote: this {quote} is not closed on its line: {runs}",
            Mark(path, line, col + 1),
            f"end the text with a {quote} on the same line",
        )
    in_comment = _closed_in_comment(lines, stopped.line)
    if in_comment is not None:  # `helpline: "+000 0000  # e.g. "+<code> <number>"`
        col, end, fixed = in_comment
        quote = lines[stopped.line - 1][col]
        return failure(
            "load.yaml",
            f"unclosed quote: this {quote} is not closed before the comment on its line, so "
            f"YAML reads the comment as part of the text, up to the {quote} in it at column "
            f"{end + 1}, and cannot read the rest of the line",
            Mark(path, stopped.line, col + 1),
            f"end the text with a {quote} before the comment: {fixed}",
            # a text with a ' #' in it and a quote of its own after (a review: `title: "Walk
            # # 5 "Nairobi""` reads so too): the comment may be the text's
            "or, if the '#' and what follows it are part of the text, "
            + ('write each " inside it as \\"' if quote == '"' else "write each ' inside it as ''"),
        )
    opened = _mark(path, exc.context_mark) if exc.context_mark else None
    pair = "[ ]" if "sequence" in context else "{ }"
    # two entries with no comma between: the parser stopped on a line indented deeper than
    # the one that opened the bracket (at the end of the file, or on a line back at its
    # indentation, the bracket is not closed)

    def indent(line: int) -> int:
        found = lines[line - 1] if 0 < line <= len(lines) else ""
        return len(found) - len(found.lstrip())

    if (
        opened is not None
        and "expected ','" in problem
        and "<stream end>" not in problem
        and indent(stopped.line) > indent(opened.line)
    ):
        return failure(
            "load.yaml",
            f"a ',' is missing before this entry of the '{pair[0]}' opened at line {opened.line}",
            stopped,
            f"separate the entries of a '{pair}' with commas (the line before ends without one)",
        )
    run_on = _key_run_on(lines, stopped) if "but got ':'" in problem else None
    if opened is not None and run_on is not None:  # {size: 60, min_size: 30 colour: white}
        col, value, key = run_on
        return failure(
            "load.yaml",
            f"a ',' is missing before '{key}:' in the '{pair[0]}' opened at line "
            f"{opened.line}: YAML read '{value}' as one value",
            Mark(path, stopped.line, col),
            f"separate the entries of a '{pair}' with commas: ..., {key}: ...",
        )
    if "cannot start any token" in problem and exc.problem_mark is not None:
        char = problem.split("'")[1] if problem.count("'") >= 2 else ""
        return failure(
            "load.yaml",
            f"a value that starts with {char} must be in quotes: YAML keeps {char} for itself",
            stopped,
            f'put the value in quotes, e.g. social: "{char}BlueHeart"'
            if char == "@"
            else "put the value in quotes",
        )
    if "could not find expected ':'" in problem and exc.context_mark is not None:
        key_at = _mark(path, exc.context_mark)  # a key's line without its colon: the parser
        written = lines[key_at.line - 1].strip() if 0 < key_at.line <= len(lines) else ""
        return failure(  # reads the next line as more of it, and stops there
            "load.yaml",
            f"'{written}' has no ':' after it: YAML read on into line {stopped.line} and "
            "stopped there",
            key_at,
            f"write it as a key with a colon ({written.split()[0] if written else 'key'}:), "
            "or, if it is text, join it to the line above",
        )
    if opened is not None and ("flow sequence" in context or "flow mapping" in context):
        written = lines[opened.line - 1] if 0 < opened.line <= len(lines) else ""
        comment = _comment_with(written, opened.col, pair[2])
        if comment is not None:  # `{cmyk: [...], rgb: #FCBB1B}`: it takes the closing brace
            return _commented_closer(path, opened.line, *comment, pair[0] + pair[2], "this")
        return failure(
            "load.yaml",
            f"this '{pair[0]}' is not closed (the YAML stops making sense at line "
            f"{stopped.line}: {problem})",
            opened,
            f"close it with '{pair[2]}' before the line ends, or put the value in quotes",
        )
    if "quoted scalar" in context and "escape" in problem:  # "C:\Users\...": \U, \x, \q
        written = lines[stopped.line - 1] if 0 < stopped.line <= len(lines) else ""
        at = written.rfind("\\", 0, stopped.col)  # the backslash, before where it stopped
        escape = written[at : at + 2] if at >= 0 else "\\"
        return failure(
            "load.yaml",
            "a backslash in double quotes starts an escape sequence (\\n, \\t, \\u00e9), and "
            f"'{escape}' here makes none: YAML cannot read the text (a Windows path, "
            "C:\\Users\\..., in double quotes)",
            Mark(path, stopped.line, at + 1) if at >= 0 else stopped,
            "write a path with forward slashes (logos/partner.png), or put the text in single "
            "quotes, where a backslash is a backslash",
        )
    if opened is not None and "quoted scalar" in context:
        return failure(
            "load.yaml",
            "unclosed quote: this quote is not closed: the text runs on to the end of the file",
            opened,
            "end the text with the same quote mark it starts with",
        )
    commented = _bracket_commented(lines, stopped.line)  # at the file's end: no opening mark
    if commented is not None:
        return _commented_closer(path, *commented, "its")
    deeper = _indented_under_a_value(text, stopped.line)
    if deeper is not None:
        line, above, column = deeper
        return failure(
            "load.yaml",
            f"line {line} is indented more than line {above} above it, whose key has a value "
            f"already: YAML cannot read it ({problem})",
            Mark(path, line, column),
            f"if lines {above} and {line} are keys of one mapping, indent them the same, as "
            f"the keys around them; to put line {line} under line {above}'s key, that key "
            "takes no value on its own line",
        )
    between = _between_levels(lines, stopped.line) if "<block end>" in problem else None
    if between is not None:
        (inner, inner_line), (outer, outer_line) = between
        n, key = indent(stopped.line), _key_of(lines[outer_line - 1])
        return failure(
            "load.yaml",
            f"line {stopped.line} is indented {_spaces(n)}: more than line {outer_line} "
            f"(`{key}`, {_spaces(outer)}) and less than line {inner_line} "
            f"(`{_key_of(lines[inner_line - 1])}`, {_spaces(inner)}), so YAML cannot tell "
            "what it belongs to",
            Mark(path, stopped.line, n + 1),
            f"indent it {_spaces(inner)} to go with the lines under `{key}`"
            # a list's item at its key's indentation is still the key's (`slots:` then
            # `- {...}`): only a mapping's key may go beside it
            + (
                ""
                if lines[inner_line - 1].lstrip().startswith("- ")
                else f", or {_spaces(outer)} to go beside `{key}`"
            ),
        )
    hints = ("check the indentation and quote text that contains ': ' or starts with '#'",)
    return failure("load.yaml", f"failed to parse YAML ({problem})", stopped, *hints)


def _key_run_on(lines: list[str], stopped: Mark) -> tuple[int, str, str] | None:
    """Where a flow mapping lacks a comma before a key (`min_size: 30 colour: white`: the
    parser read "30 colour" as one value and stopped at the ':' after it): the key's column
    (1-based), the value as read, and the key; None when the text before the ':' is not a
    value and a word."""
    if not 0 < stopped.line <= len(lines):
        return None
    before = lines[stopped.line - 1][: stopped.col - 1]
    entry = re.split(r"[,{\[]", before)[-1]  # this entry: "min_size: 30 colour"
    _, sep, value = entry.rpartition(": ")
    words = value.split()
    if not sep or len(words) < 2:
        return None
    key = words[-1]
    return len(before) - len(key) + 1, value.strip(), key


def _quote_left_open(lines: list[str], upto: int) -> tuple[int, int] | None:
    """(line, 0-based column) of the last quote on lines 1 to `upto` that opens a scalar
    (at a line's start, after `: `, `- `, `[`, `{` or `,`) and is not closed on its line.
    YAML lets a quoted text run over lines, so `helpline: "000-000` was read on to the next
    `"`, lines later, and the error named that line, or a quote in a comment further down
    (an office's trial). The kit writes no text over lines in quotes."""
    found = None
    block = -1  # the indentation of the key a block scalar (`|`, `>`) is under, while in one
    for number, line in enumerate(lines[:upto], 1):
        indent = len(line) - len(line.lstrip(" "))
        if block >= 0 and (not line.strip() or indent > block):
            continue  # a block scalar's text: its quotes are words
        block = indent if BLOCK_SCALAR.search(line) else -1
        col = _open_quote(line)
        if col is not None:
            found = (number, col)
    return found


# a key or list item whose value is a block scalar: `text: |`, `- >-`, `note: |2 # ...`
BLOCK_SCALAR = re.compile(r"(?:^|:|-)\s+[|>][-+0-9]*\s*(?:#.*)?$")


def _open_quote(line: str) -> int | None:
    """The column of a quote that opens a scalar on `line` and is not closed on it."""
    i = 0
    while (opened := _value_quote(line, i)) is not None:
        end = _quote_end(line, opened)
        if end is None:
            return opened
        i = end + 1
    return None


def _quote_end(line: str, start: int) -> int | None:
    """Where the quoted scalar opened at `start` closes on `line`, or None."""
    return _closer(line, start + 1, line[start])


def _closer(text: str, i: int, quote: str) -> int | None:
    """The index of the `quote` that closes a quoted scalar, read from index `i` of `text`
    on (YAML 1.2, 7.3: `\\"` inside double quotes and `''` inside single quotes close
    nothing), or None when `text` has none."""
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def _closing_helps(lines: list[str], line: int, col: int, stopped: int) -> bool:
    """Whether closing the quote at `line`, column `col` (0-based), at its line's end, or
    before the brackets and braces that end it (`languages: [en, "sw]`), takes the parser
    past the line it stopped at (`stopped`), or lets it read the whole file: the quote left
    open is the error. Where the parser stops as early with it closed, the quote was no
    error (a text in quotes over lines, an apostrophe in plain text: "the '80s, '90s") and
    the error is another, which the other rules name."""
    written, quote = lines[line - 1], lines[line - 1][col]
    body = written.rstrip()
    flow = len(body) - len(body.rstrip("]}"))
    ends = {written + quote, body[: len(body) - flow] + quote + body[len(body) - flow :]}
    return any(_reads_past(lines, line, end, stopped) for end in sorted(ends))


def _reads_past(lines: list[str], line: int, written: str, stopped: int) -> bool:
    """Whether the file with `line` written as `written` parses, or past line `stopped`."""
    fixed = list(lines)
    fixed[line - 1] = written
    try:
        yaml.compose("\n".join(fixed), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is not None and mark.line + 1 > stopped
    except yaml.YAMLError:
        return False
    return True


def _closed_in_comment(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """(column of the quote, column of its closer, both 0-based, and the line as it reads
    fixed, unindented, without its comment) of a quoted text on `line` left open before a
    comment and closed by a quote in the comment, after which YAML cannot read the line:
    `helpline: "+000 0000 0000   # e.g. "+<country code> <number>"` was "failed to parse
    YAML (expected <block end>, but found '<scalar>')" at the comment's last word (an
    office's trial). Only where closing the text before the comment lets the parser read
    past `line`: a '#' inside quotes is text ("Call us # 24/7")."""
    if not 0 < line <= len(lines):
        return None
    written = lines[line - 1]
    i = 0
    while (opened := _value_quote(written, i)) is not None:
        end = _quote_end(written, opened)
        if end is None:
            return None
        comment = re.search(r"[ \t]#", written[opened + 1 : end])
        if comment is not None:
            at = opened + 1 + comment.start()
            value = written[:at].rstrip() + written[opened]
            if _reads_past(lines, line, f"{value} {written[at:]}", line):
                return opened, end, value.strip()
        i = end + 1
    return None


def _value_quote(line: str, start: int) -> int | None:
    """The column (0-based) of the first quote at or after `start` that opens a scalar (at
    a line's start, after `: `, `- `, `[`, `{` or `,`), before any comment; None when there
    is none."""
    for i in range(start, len(line)):
        ch = line[i]
        if ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return None  # a comment: quotes in it are words
        if ch in "\"'":
            before = line[:i].rstrip()
            if not before or before[-1] in "[{," or (before[-1] in ":-" and line[i - 1] in " \t"):
                return i
    return None


def _next_quote(lines: list[str], line: int, col: int) -> tuple[int, int] | None:
    """(line, column) of the quote that closes the one at `line`, column `col` (0-based),
    as YAML reads a quoted text over lines (`\\"` inside double quotes, `''` inside single
    quotes: no closer), or None."""
    quote = lines[line - 1][col]
    start = col + 1
    for number in range(line, len(lines) + 1):
        at = _closer(lines[number - 1], start, quote)
        if at is not None:
            return (number, at + 1)
        start = 0
    return None


def _commented_closer(
    path: Path, line: int, at: int, word: str, pair: str, which: str
) -> DiagnosticsError:
    """`load.yaml` at the comment `word`, column `at` (0-based) of `line`: it takes the closer
    of the bracket `pair` ("{}", "[]") opened before it on that line. `which` words the
    bracket: "this" where the parser named it, "its" where it was found on the lines above
    where the parser stopped (`_bracket_commented`)."""
    return failure(
        "load.yaml",
        f"'{word}' starts a comment (a '#' after a space), so YAML does not read the rest of "
        f"line {line}, with the '{pair[1]}' that closes {which} '{pair[0]}'",
        Mark(path, line, at + 1),
        f"put a value that starts with '#' in quotes (\"{word.rstrip(pair[1] + ',')}\"), or "
        f"close the '{pair[0]}' before the comment",
    )


def _bracket_commented(lines: list[str], line: int) -> tuple[int, int, str, str] | None:
    """(line, column, first word, the bracket pair) of a comment that takes a bracket's
    closer on the line where parsing stopped or a content line above it: a flow mapping on
    the file's last line (`rgb: #FCBB1B}`) ends the file unclosed, and the parser names no
    bracket ("expected the node content, but found '<stream end>'")."""
    for n in range(min(line, len(lines)), 0, -1):
        written = lines[n - 1]
        if not written.strip() or written.lstrip().startswith("#"):
            continue
        for opener, closer in ("{}", "[]"):
            start = written.find(opener)
            if start >= 0:
                found = _comment_with(written, start, closer)
                before = written[start : found[0]] if found is not None else ""
                if found is not None and before.count(opener) > before.count(closer):
                    return n, found[0], found[1], opener + closer  # open where it begins
        return None  # the nearest content line has none
    return None


def _comment_with(line: str, start: int, closer: str) -> tuple[int, str] | None:
    """(column, first word) of the comment on `line` after column `start` that holds
    `closer` (the '}' or ']' of the bracket opened at `start`), or None: no '#' after a
    space outside quotes, or one whose comment does not take the closer (a comment after a
    bracket's first line, `{x: 1,   # the first`, is YAML's own)."""
    quote = ""
    for i in range(start, len(line)):
        ch = line[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > 0 and line[i - 1] in " \t" and closer in line[i:]:
            return i, line[i:].split()[0]
    return None


def _key_of(text: str) -> str:
    """A line as named in a message: its key with the colon (`fields:`), else its start (a
    list's item: `- {name: a, ...`)."""
    text = text.strip()
    if text.startswith("- "):
        return text[:24] + ("..." if len(text) > 24 else "")
    key, colon, _ = text.partition(":")
    return f"{key}:" if colon and len(key) <= 40 else text[:40]


def _spaces(n: int) -> str:
    return "1 space" if n == 1 else f"{n} spaces"


def _between_levels(lines: list[str], line: int) -> tuple[tuple[int, int], ...] | None:
    """((indent, line) of the level above, (indent, line) of the one outside it) when line
    `line` (1-based) is indented between two levels of the mappings open above it: deeper
    than one, shallower than the next (a key of `fields:`, at 2 spaces, written at 1). The
    parser says "expected <block end>, but found '<block mapping start>'" there."""
    if not 0 < line <= len(lines):
        return None

    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" "))

    n = indent(lines[line - 1])
    levels: list[tuple[int, int]] = []  # (indent, line), innermost first
    for i in range(line - 2, -1, -1):
        text = lines[i]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if not levels or indent(text) < levels[-1][0]:
            levels.append((indent(text), i + 1))
        if levels[-1][0] == 0:
            break
    for inner, outer in zip(levels, levels[1:], strict=False):
        if outer[0] < n < inner[0]:
            return inner, outer
    return None


KEY_WITH_VALUE = re.compile(r"\s*(?:- )?[^\s#][^:#]*:\s+[^\s#]")


def _indented_under_a_value(text: str, line: int) -> tuple[int, int, int] | None:
    """(line, the line above, column) when the line where parsing stopped, or the one before
    it, is indented more than the content line above it and that line is `key: value`: an
    `email:` dedented out of its mapping, or a key dedented out of its own, leave the next
    line deeper than a finished value ("mapping values are not allowed here", "expected
    <block end>") at a place that says nothing of indentation."""
    lines = text.splitlines()

    def content(i: int) -> bool:
        return bool(lines[i].strip()) and not lines[i].lstrip().startswith("#")

    def indent(i: int) -> int:
        return len(lines[i]) - len(lines[i].lstrip(" "))

    for at in (line - 1, line - 2):
        if not 0 < at < len(lines) or not content(at):
            continue
        above = at - 1
        while above >= 0 and not content(above):
            above -= 1
        if above < 0 or indent(at) <= indent(above):
            continue
        if KEY_WITH_VALUE.match(lines[above]):
            return at + 1, above + 1, indent(at) + 1
    return None
