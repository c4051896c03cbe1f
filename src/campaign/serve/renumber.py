"""A kept document's problems after an edit moved the lines of a layout file they name.

The preview keeps a document's pages when what it is made from did not change
(`Gallery._inputs`: its layout file's bytes as the build hash takes them, not where they
are written): an edit of one size's entry under `sizes:` that adds a line moves every line
under it, the design's too when `sizes:` comes before its pages, and those documents are
not composed or drawn again. Their problems name lines that have moved: each line of the
file that is still there (difflib's matching blocks) is renumbered, in a problem's place
and in the `<file>:<line>` its message and hints quote.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..diagnostics import Diagnostic

LineMap = dict[int, int]  # old line (1-based) -> new line, for the lines that moved


def moved_lines(old: Sequence[str], new: Sequence[str]) -> LineMap:
    """The lines of `old` still in `new` unchanged whose number changed, 1-based."""
    out: LineMap = {}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        if a != b:
            out.update({a + k + 1: b + k + 1 for k in range(size)})
    return out


def renumber(d: Diagnostic, path: Path, lines: LineMap) -> Diagnostic:
    """`d` with its place and the `<name>:<line>` of `path` in its texts at the lines'
    new numbers (as it was when it names none of them)."""
    if not lines:
        return d
    quoted = re.compile(rf"(?<![\w.-]){re.escape(path.name)}:(\d+)")

    def text(s: str) -> str:
        return quoted.sub(lambda m: f"{path.name}:{lines.get(int(m[1]), int(m[1]))}", s)

    mark = d.mark
    if mark is not None and mark.path == path and mark.line in lines:
        mark = replace(mark, line=lines[mark.line])
    return replace(d, mark=mark, message=text(d.message), hints=tuple(map(text, d.hints)))


__all__ = ["LineMap", "moved_lines", "renumber"]
