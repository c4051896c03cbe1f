"""The copies a print order (`package --order`) gives the packed print files, counted: a
line's copies are each file's it covers, so `poster-a3,,tbilisi,50` with six languages is
300 posters. A country office's trial ordered "50 posters" so, and only the job sheet's head
said 300 in all; the package said nothing. Now its summary gives the copies ordered per
group and material (`Tally.summary`), the job sheet's head the same words (`copies_words`),
and each line that gives its copies to several files is a `package.copies-each` note at
its copies cell, naming the files and the total (`Tally.notes`).

The order has no way to say "50 in all": a split among languages is the office's to make
(its Georgian and its Azerbaijani readers are not as many), and a print order gives each
version of a job its own quantity, so the note's hint says to give a line per language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Collector, Mark
from ..output import OutputFile
from ..printorder import OrderLine, PrintOrder
from .plan import group_of

NAMED = 6  # languages, groups or events a note names before "..."

# the order's columns a line leaves empty, by what its files differ in: (noun, column)
WHAT = (("language", "language"), ("office", "office"), ("event", "event_id"))


@dataclass
class _Covered:
    """The packed print files one line of the order gives its copies: how many, and their
    languages, groups (office ids, `campaign`) and merged events."""

    line: OrderLine
    material: str
    files: int = 0
    # its files' languages, groups and events (WHAT's order)
    kinds: tuple[set[str], ...] = field(default_factory=lambda: (set(), set(), set()))

    def add(self, f: OutputFile) -> None:
        self.files += 1
        for held, value in zip(self.kinds, (f.language, group_of(f), f.record), strict=True):
            if value:
                held.add(value)


@dataclass
class Tally:
    """What a print order gives the packed print files: `copies`, per group and material, how
    many files got each number of copies (the job sheet's head, the summary); `lines`, the
    files each of its lines covers (by the line's copies cell)."""

    copies: dict[str, dict[str, Counter[int]]] = field(default_factory=dict)
    lines: dict[Mark, _Covered] = field(default_factory=dict)

    def add(self, order: PrintOrder, files: Iterable[OutputFile]) -> None:
        """The print files `files` (read once) as `order` gives them copies."""
        for f in files:
            line = order.line_for(f)
            if line is None:
                continue
            mine = self.copies.setdefault(group_of(f), {}).setdefault(f.material, Counter())
            mine[line.copies] += 1
            self.lines.setdefault(line.mark, _Covered(line, f.material)).add(f)

    def summary(self) -> list[str]:
        """A line per group given copies, for the package's summary: "copies ordered for
        tbilisi: 4,680 in all (badge-58 1,200: 200 each of 6 files; ...)"."""
        return [
            f"copies ordered for {group}: {copies_words(self.copies[group])}"
            for group in sorted(self.copies)
        ]

    def notes(self, path: Path, errs: Collector) -> None:
        """A `package.copies-each` note at each line (its copies cell, in the file's order)
        that gives its copies to more than one file: how many files, of what, and the copies
        in all; the hint says how to order that many in all instead."""
        for mark, covered in sorted(self.lines.items(), key=lambda item: item[0].line):
            if covered.files > 1:
                _note(path, mark, covered, errs)


def _note(path: Path, mark: Mark, covered: _Covered, errs: Collector) -> None:
    line, n = covered.line, covered.files
    differ = [
        (noun, column, sorted(held))
        for (noun, column), held in zip(WHAT, covered.kinds, strict=True)
        if len(held) > 1
    ]
    if not differ:  # files of one language, office and event: none an order line tells apart
        return
    if len(differ) == 1:
        noun, _, names = differ[0]
        shown = ", ".join(names[:NAMED]) + (" ..." if len(names) > NAMED else "")
        what = f"each of {len(names)} {noun}s' files ({shown})"
    else:
        what = f"each of {n} files ({' and '.join(f'{len(h)} {w}s' for w, _, h in differ)})"
    per = " and ".join(column for _, column, _ in differ)
    place = f"{line.place} " if line.place else ""
    errs.note(
        "package.copies-each",
        f"{path.name}: {place}({covered.material}) gives {line.copies:,} copies of {what}: "
        f"{n * line.copies:,} in all",
        mark,
        f"a line's copies are those of each file it covers: for {line.copies:,} in all, give "
        f"a line per {per} instead, each with its own copies",
    )


def copies_words(copies: Mapping[str, Counter[int]]) -> str:
    """The copies of each material (how many files got each number of copies) and all
    together: "4,680 in all (badge-58 1,200: 200 each of 6 files; flyer-a5 700: 2 files,
    200 to 500 each)", a material of one file by its copies alone ("250 (badge-58 250)")."""
    each = []
    total = files_in_all = 0
    for material, counts in sorted(copies.items()):
        files = sum(counts.values())
        made = sum(c * n for c, n in counts.items())
        total += made
        files_in_all += files
        if files == 1:
            each.append(f"{material} {made:,}")
        elif len(counts) == 1:
            each.append(f"{material} {made:,}: {next(iter(counts)):,} each of {files} files")
        else:
            each.append(
                f"{material} {made:,}: {files} files, {min(counts):,} to {max(counts):,} each"
            )
    return f"{total:,}{' in all' if files_in_all > 1 else ''} ({'; '.join(each)})"
