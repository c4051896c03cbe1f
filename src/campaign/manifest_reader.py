"""Reading a manifest we wrote one entry at a time (`output.manifest_chunks` writes it in a
fixed layout: the stamp, then `"files": [` on a line of its own at the top level and one
entry after another), so that publishing a merge of 100,000 files never holds every entry.

`head` checks the whole layout first (every entry parses, the file ends where the list
does) and returns the document without its entries; `items` then reads the entries one at a
time. A manifest in another layout (edited by hand, written by other code) gives None: the
caller reads it whole (`json.loads`), as before, so both readings give the same entries."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

MARK = (
    '\n  "files": ['  # the top-level key: nested keys are indented further, strings hold no newline
)
CHUNK = 1 << 16
SPACE = re.compile(r"[ \t\n\r]*")
DECODER = json.JSONDecoder()


class LayoutError(ValueError):
    """The manifest is not in the layout manifest_chunks writes."""


def head(path: Path) -> dict[str, object] | None:
    """The manifest without its entries (`"files": []`) when the whole file is in our layout
    and parses; None when it is not (or cannot be read), then read it whole."""
    try:
        with path.open(encoding="utf-8") as f:
            start = _skip_head(f, keep=True)
            for _ in _entries(f, start):
                pass
    except (OSError, ValueError):
        return None
    return start.doc


def items(path: Path) -> Iterator[object]:
    """Each entry of the manifest's list, parsed one at a time (after `head` said yes)."""
    with path.open(encoding="utf-8") as f:
        yield from _entries(f, _skip_head(f, keep=False))


class _Start:
    def __init__(self, doc: dict[str, object] | None, rest: str) -> None:
        self.doc, self.rest = doc, rest


def _skip_head(f: TextIO, keep: bool) -> _Start:
    """Read up to MARK; the head parsed (with `keep`) and the text read after the mark."""
    parts: list[str] = []
    buf = ""
    while (found := buf.find(MARK)) < 0:
        more = f.read(CHUNK)
        if not more:
            raise LayoutError("no top-level files list")
        cut = max(0, len(buf) - len(MARK))  # the mark may straddle two reads
        if keep:
            parts.append(buf[:cut])
        buf = buf[cut:] + more
    doc = None
    if keep:
        parts.append(buf[:found])
        parsed = json.loads("".join(parts) + MARK + "]}")
        if not isinstance(parsed, dict):
            raise LayoutError("not an object")
        doc = parsed
    return _Start(doc, buf[found + len(MARK) :])


def _entries(f: TextIO, start: _Start) -> Iterator[object]:
    """The list's items, then a check that only `}` and white space follow it."""
    buf, pos, eof = start.rest, 0, False
    expect_item = True  # at the start: an item or `]`; after an item: `,` or `]`
    first = True
    while True:
        pos = SPACE.match(buf, pos).end()  # type: ignore[union-attr]
        if pos == len(buf):
            if eof:
                raise LayoutError("the list does not end")
            more = f.read(CHUNK)
            eof = not more
            buf, pos = buf[pos:] + more, 0
            continue
        char = buf[pos]
        if char == "]" and (first or not expect_item):
            _tail(f, buf[pos + 1 :])
            return
        if not expect_item:
            if char != ",":
                raise LayoutError(f"{char!r} after an entry")
            pos += 1
            expect_item = True
            continue
        try:
            item, end = DECODER.raw_decode(buf, pos)
        except json.JSONDecodeError:
            item, end = None, -1
        if end < 0 or (end == len(buf) and not eof):  # cut by the read, or malformed
            if eof:
                raise LayoutError("an entry does not parse")
            more = f.read(CHUNK)
            eof = not more
            buf, pos = buf[pos:] + more, 0
            continue
        yield item
        pos, first, expect_item = end, False, False
        if pos > CHUNK:
            buf, pos = buf[pos:], 0


def _tail(f: TextIO, rest: str) -> None:
    """After the list: `}` and white space only."""
    closed = False
    while True:
        for char in rest:
            if char == "}" and not closed:
                closed = True
            elif char not in " \t\n\r":
                raise LayoutError("more after the files list")
        rest = f.read(CHUNK)
        if not rest:
            break
    if not closed:
        raise LayoutError("the document does not end")
