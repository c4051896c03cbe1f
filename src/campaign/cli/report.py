"""Print diagnostics: one `path:line:col: severity[code]: ...` block each, or JSON; a count;
and the build's progress bar.

The only place that turns diagnostics into text on a terminal; stages never print.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..diagnostics import (
    Diagnostic,
    DiagnosticsError,
    Mark,
    Severity,
    count_line,
    display_path,
    listed,
    notes_first,
)
from ..model import BadgeProfile, Kit, Layout
from ..pipeline.events import Event, Failed, Listener, Planned, Skipped, Started, ignore
from ..pipeline.options import MAX_PREVIEW_PIXELS
from ..program import echo

if TYPE_CHECKING:
    from tqdm import tqdm

    from ..output import OutputFile
    from ..pipeline.jobs import JobResult


def show(diagnostics: Iterable[Diagnostic], counted: bool = True) -> None:
    """Every diagnostic on standard error, warnings included, then a count whenever there is
    one: a lone error had no count (`errors > 1`), so a `check` that failed on one
    `layout.uncovered` or `ref.colour` ended without the "1 error(s)" that every other
    failure ends with (a user's trial). `counted` False: the caller prints the count itself,
    last (`count_line`: a build whose jobs failed, after its notes and summary). The notes
    come first, each kind in the order found (`notes_first`), on every command, so that
    what is to be mended ends the report, beside its count: `package` listed its notes first
    and `build`, `merge`, `check` and `sheet` in the order found (a user's trial)."""
    items = notes_first(diagnostics)
    for line in folded(items):
        echo(line, err=True)
    count = count_line(items)
    if counted and count:
        echo(count, err=True)


# Warnings and notes of one kind, file and hint shown in full before the rest are folded into
# one line (`folded`): a CI engineer's trial merged 300 events whose links were too long for
# the flyer's slot, and the log held 300 warnings of two lines each
FOLD_AFTER = 10


def folded(items: Sequence[Diagnostic]) -> Iterator[str]:
    """Each of `items` rendered, in their order, but the warnings and notes of one code, file
    and hints past the first FOLD_AFTER: those are said in one line after the last shown,
    with their lines ("… and 290 more warning[text.omitted] of events.csv with the same
    hint, at lines 12-301 (each: --json)"; of those without hints, no "same hint": their
    problems differ, a review). Errors are each shown: each is to be mended at its place.
    The count after them counts every one."""
    groups: dict[tuple[object, ...], list[Diagnostic]] = {}
    for d in items:
        if not d.is_error and d.mark is not None:
            groups.setdefault((d.severity, d.code, d.mark.path, d.hints), []).append(d)
    last = {id(g[FOLD_AFTER - 1]): g[FOLD_AFTER:] for g in groups.values() if len(g) > FOLD_AFTER}
    hidden = {id(d) for rest in last.values() for d in rest}
    for d in items:
        if id(d) in hidden:
            continue
        yield d.render()
        rest = last.get(id(d))
        if rest:
            assert d.mark is not None
            lines = line_ranges(r.mark.line for r in rest if r.mark is not None)
            at = f", at lines {lines}" if lines else ""
            same = " with the same hint" if d.hints else ""  # else nothing the same but its code
            yield (
                f"... and {len(rest)} more {d.severity.value}[{d.code}] of "
                f"{display_path(d.mark.path)}{same}{at} (each: --json)"
            )


def line_ranges(lines: Iterable[int]) -> str:
    """Line numbers as runs: "12-14, 20" (0, a whole file's, left out)."""
    runs: list[list[int]] = []
    for n in sorted(set(lines) - {0}):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)


def as_json(diagnostics: Iterable[Diagnostic]) -> list[dict[str, object]]:
    """A --json report's `diagnostics`, in the order the text prints them (`show`)."""
    return [d.as_json() for d in notes_first(diagnostics)]


def emit_json(doc: dict[str, object], command: str | None = None) -> None:
    """`doc` (a report's keys but `command`) as the --json report on standard output, its
    first key `command`: `command`, else the command running (`command_path`). The one place
    that fills it in. Reports had no `command`: a CI job reading several commands' reports
    told them apart by their shape."""
    doc = {"command": command or command_path(), **doc}
    echo(json.dumps(doc, indent=2, ensure_ascii=False))


def command_path(ctx: click.Context | None = None) -> str | None:
    """The words that name the command of `ctx` (else of the click context running) under
    the main group, as a report's `command` gives them: `build`, `manifest merge`; None for
    the main group itself, or outside any command."""
    ctx = ctx or click.get_current_context(silent=True)
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.insert(0, ctx.info_name or ctx.command.name or "")
        ctx = ctx.parent
    return " ".join(names) or None


LABELS = ("note: ", "warning: ", "error: ", "hint: ")  # what a line printed begins with


def unlabelled(lines: Iterable[str]) -> list[str]:
    """The lines a command prints for a human that are no diagnostic, for a --json report's
    `notes` (none now: `package`'s line that a strings file cannot be read is the
    `strings.unreadable` warning, unreadable_warning): without
    the label that begins them, as a diagnostic's message has none (its severity is a key of
    its own; the notes' is the key they are under). A --json report's notes began with
    "note: ". Every note is a diagnostic of severity note now (`note`), in `diagnostics`."""
    out = []
    for line in lines:
        label = next((p for p in LABELS if line.startswith(p)), "")
        out.append(line[len(label) :])
    return out


def laid_out(diagnostics: Iterable[Diagnostic]) -> str:
    """How a command that laid its documents out says they did: "lay out cleanly", or, where
    texts printed their `short:` variants (`text.short-variant` notes), "lay out, with texts
    in their short variants (2 note(s) above)": `check` said the pages "lay out cleanly" of
    a headline that printed its short variant (a designer's trial). `diagnostics`: those the
    command prints; where they hold other notes, it says how many of them these are ("4 of
    the 6 note(s) above"): "(4 note(s) above)" under the count "6 note(s)" read as a
    miscount (a UNODC office's trial, with a press's note and a draft language's)."""
    items = list(diagnostics)
    shorts = sum(1 for d in items if d.code == "text.short-variant")
    if not shorts:
        return "lay out cleanly"
    notes = sum(1 for d in items if d.is_note)
    told = f"{shorts} note(s) above" if notes == shorts else f"{shorts} of the {notes} notes above"
    return f"lay out, with texts in their short variants ({told})"


def counts(
    diagnostics: Iterable[Diagnostic],
    notes: int = 0,
    made: int = 0,
    kept: int = 0,
    failed: int = 0,
) -> dict[str, int]:
    """A --json report's `counts`, the same keys on every command (COUNT_KEYS): the documents
    `made`, `kept` as they were and `failed` (of a build: `documents`), and the `errors`,
    `warnings` and `notes` of the report (its diagnostics of severity note, and `notes`: the
    lines of its `notes` key)."""
    items = list(diagnostics)
    errors = sum(1 for d in items if d.is_error)
    told = sum(1 for d in items if d.is_note)  # a diagnostic of severity note is a note
    found = (made, kept, failed, errors, len(items) - errors - told, notes + told)
    return dict(zip(COUNT_KEYS, found, strict=True))


COUNT_KEYS = ("made", "kept", "failed", "errors", "warnings", "notes")


def documents(jobs: Iterable[JobResult]) -> tuple[int, int, int]:
    """(made, kept, failed): the documents (a material in a language, of an office, of a
    record) of `jobs`, each counted once, by its renditions' jobs: failed when one failed,
    else made when one was drawn, else kept (every job skipped: unchanged)."""
    status: dict[tuple[str, str, str | None, str | None], str] = {}
    rank = {"skipped": 0, "done": 1, "failed": 2}
    for j in jobs:
        doc = (j.key.material, j.key.language, j.key.office, j.key.record)
        was = status.get(doc)
        if was is None or rank[j.status] > rank[was]:
            status[doc] = j.status
    said = list(status.values())
    return said.count("done"), said.count("skipped"), said.count("failed")


# The keys of each command's --json report, the same whether it succeeds or fails (each a
# JSON Schema in schemas/report.schema.json: report_schema.py)
# Each begins with `command`, the command's words (`strings import`: command_path)
CHECK_KEYS = ("command", "ok", "summary", "counts", "diagnostics")
# a command line that names no command with a report (`bild --json`, `schema --json`): the
# `cli.usage` error alone (cli.usage_as_json)
USAGE_KEYS = CHECK_KEYS
# `check`'s: and `notes`, the lines told that are no diagnostic (none now: its notes are
# diagnostics of severity note; the key is kept for the tools that read it)
LAYOUT_KEYS = (*CHECK_KEYS, "notes")
REPORT_KEYS = (*LAYOUT_KEYS, "report")  # `check --report`'s: and the fit of each text slot
# `check --pdf`'s: one entry a file (PDF_FILE_KEYS), and the diagnostics of the command
# itself (a command line it cannot read); the files' failures are in `files`
PDF_KEYS = ("command", "ok", "summary", "counts", "files", "diagnostics")
PDF_FILE_KEYS = ("file", "ok", "made_for", "facts", "failures", "warnings")
BUILD_KEYS = ("command", "ok", "summary", "counts", "jobs", "removed", "diagnostics", "notes")
# `package`'s: the files it wrote and those of the last package it removed
PACKAGE_KEYS = ("command", "ok", "summary", "counts", "written", "removed", "diagnostics", "notes")
# `manifest merge`'s
JOIN_KEYS = ("command", "ok", "summary", "counts", "manifest", "diagnostics", "notes")
# `strings import`'s: the strings file it wrote, and what it did with each text (TEXTS_KEYS)
IMPORT_KEYS = ("command", "ok", "summary", "counts", "written", "texts", "diagnostics", "notes")
# `texts`: the keys whose text changed, the number left as they were, the keys left empty in
# the file, its fuzzy entries (a PO's, an XLIFF target left `initial`) and copies of the
# source (not imported), the keys whose strings file's newer text was kept, and the keys
# whose note (the translator's comment) changed
TEXTS_KEYS = ("changed", "unchanged", "left_empty", "fuzzy", "copied", "kept", "notes")
JSON_KEYS = {  # by command, a subcommand by its path (`usage_as_json`)
    "build": BUILD_KEYS,
    "merge": BUILD_KEYS,
    "check": LAYOUT_KEYS,
    "package": PACKAGE_KEYS,
    "manifest merge": JOIN_KEYS,
    "strings import": IMPORT_KEYS,
}


def report_keys(command: str, args: Iterable[str] = ()) -> tuple[str, ...] | None:
    """The keys of `command`'s --json report (JSON_KEYS; a subcommand by its path, `manifest
    merge`) for the options `args` give: `check --pdf`'s are PDF_KEYS, `check --report`'s
    REPORT_KEYS; None for a command without --json. A report that failed before the command
    read its options (a usage error, an internal one) has the keys its success would have."""
    keys = JSON_KEYS.get(command)
    if command != "check":
        return keys
    given = {a.split("=", 1)[0] for a in args}
    return PDF_KEYS if "--pdf" in given else REPORT_KEYS if "--report" in given else keys


# A failed command's fit report (`check --report`) from its error: its rows (each a
# layout.report.FitRow's as_json, with `document`, `material`, `language` and `line`), or
# None when it stopped before it laid out any document
FitReport = Callable[[DiagnosticsError], list[dict[str, object]] | None]
NO_FIT_REPORT = "no fit report: the check stopped at the errors below before laying out any page"


def show_fit(rows: Iterable[dict[str, object]]) -> None:
    """The fit report's lines (`check --report`) on standard output, a slot each:
    `poster-a3 [en] front/headline: 54.1 pt (shrunk from 104), 6 line(s), 3.2 mm left`."""
    for row in rows:
        echo(f"{row['document']} {row['line']}")


@contextmanager
def reporting(
    json_report: bool = False,
    keys: tuple[str, ...] = CHECK_KEYS,
    langs: tuple[str, ...] | None = None,
    strict: bool = False,
    fit: FitReport | None = None,
    quiet: bool = False,
) -> Iterator[None]:
    """Turn a DiagnosticsError into its report and exit code 1 (never a traceback). With
    `json_report`, the report has the command's `keys`, as its success report does. With
    `langs` (the command's --lang), a warning about another language is left out, as a
    command that succeeds leaves it out (pipeline.selection.selected): a kit that failed to load
    showed every language's missing strings beside its error. With `strict` (--strict), the
    warnings beside an error are errors too, as they are when they stand alone. The JSON
    report's summary is the count the text ends with (`count_line`: "1 error(s)"; it said
    "1 error(s), 0 warning(s)", a count the text leaves out). With `fit` (`check --report`),
    the fit report of the documents laid out before the error, in the JSON report's `report`
    or printed before the errors (NO_FIT_REPORT when none was laid out): a failed check
    printed none, when a designer needs it most (a designer's trial). An office, language or
    material that this repository's own kit, read by the fallback, lacks is named where a kit
    below the working folder has it (`fallback.elsewhere`). With `quiet` (--quiet: problems
    only), the text leaves the notes out, as the command's success does: `check -q` printed
    its `text.short-variant` notes beside an error, and none without one (a user's trial)."""
    from .fallback import elsewhere

    try:
        yield
    except DiagnosticsError as exc:
        exc.diagnostics = elsewhere(about(exc.diagnostics, langs))
        if strict:
            exc.diagnostics = [d if d.is_error else d.as_error() for d in exc.diagnostics]
        rows = fit(exc) if fit is not None else []
        if json_report:  # the summary is the count a human's report ends with (`show`)
            summary = count_line(exc.diagnostics) or "failed"
            emit_failure(keys, summary, exc.diagnostics, exc_jobs(exc), report=rows or [])
        else:
            if rows is None:
                echo(NO_FIT_REPORT)
            show_fit(rows or [])
            show([d for d in exc.diagnostics if not d.is_note] if quiet else exc.diagnostics)
        raise click.exceptions.Exit(1) from None


def exc_jobs(exc: DiagnosticsError) -> list[JobResult]:
    """What each job did, of a build that published nothing (pipeline.api.NotPublishedError)."""
    return list(getattr(exc, "jobs", []))


def emit_failure(
    keys: tuple[str, ...],
    summary: str,
    diagnostics: Iterable[Diagnostic],
    jobs: Iterable[JobResult] = (),
    command: str | None = None,
    report: Iterable[dict[str, object]] = (),
) -> None:
    """A failed command's --json report: `ok` false, with the command's `keys` (as its
    success report has them), its `summary`, `counts`, `diagnostics` and `jobs` (of a build
    that published nothing: none made or kept, its documents whose job failed failed);
    `command`: the command's words, else the command running's (`emit_json`; None when the
    command line names none); `report`: the fit report of the documents a failed `check
    --report` laid out (reporting's `fit`)."""
    diagnostics, jobs = list(diagnostics), list(jobs)
    doc: dict[str, object] = {
        "ok": False,
        "summary": summary,
        "counts": counts(diagnostics, failed=documents(jobs)[2]),
        "jobs": [j.as_json() for j in jobs],
        "written": [],
        "removed": [],
        "manifest": None,
        "texts": no_texts(),
        "files": [],
        "report": list(report),
        "diagnostics": as_json(diagnostics),
        "notes": [],
    }
    emit_json({k: doc[k] for k in keys if k != "command"}, command)


def no_texts() -> dict[str, object]:
    """A `strings import` report's `texts` when nothing was imported: every list empty, none
    unchanged (TEXTS_KEYS)."""
    return {k: 0 if k == "unchanged" else [] for k in TEXTS_KEYS}


def about(diagnostics: list[Diagnostic], langs: tuple[str, ...] | None) -> list[Diagnostic]:
    """The errors, and the warnings about `langs` (all: None; compared case-insensitively, as
    --lang is read) or about no language."""
    if langs is None:
        return diagnostics
    wanted = {code.casefold() for code in langs}
    return [
        d
        for d in diagnostics
        if d.is_error
        or d.subject is None
        or not d.subject.language
        or d.subject.language.casefold() in wanted
    ]


class Progress:
    """The progress of a build's jobs on standard error (a listener of pipeline events): on a
    terminal, a bar with the jobs done of all, the rate, the time left and the failures so far;
    else (`plain`: a log, a CI job) a line at the start, then one at most every `every`
    seconds, and one at the end."""

    def __init__(self, plain: bool = False, every: float = 10.0) -> None:
        self.plain, self.every = plain, every
        self.bar: tqdm | None = None
        self.total = self.finished = self.failed = self.skipped = 0
        self.start = self.last = 0.0

    def __call__(self, event: Event) -> None:
        if isinstance(event, Planned):
            self._planned(len(event.keys))
        elif isinstance(event, Started):
            if self.bar is not None:
                self.bar.set_postfix_str(self._postfix(str(event.key)), refresh=False)
        else:
            self.finished += 1
            self.failed += isinstance(event, Failed)
            self.skipped += isinstance(event, Skipped)
            if self.bar is not None:
                self.bar.set_postfix_str(self._postfix(), refresh=False)
                self.bar.update(1)
            elif self.plain:
                now = time.monotonic()
                if now - self.last >= self.every or self.finished == self.total:
                    self.last = now
                    echo(self.line(now - self.start), err=True)

    def _planned(self, total: int) -> None:
        self.total, self.start = total, time.monotonic()
        self.last = self.start
        if self.plain:
            echo(f"progress: {total} job(s) planned", err=True)
        else:  # imported for a bar only: 20 to 35 ms of a start-up that shows none
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="job", file=sys.stderr, leave=False)

    def _postfix(self, now: str = "") -> str:
        failed = f"{self.failed} failed" if self.failed else ""
        return ", ".join(p for p in (failed, now) if p)

    def line(self, seconds: float) -> str:
        """`progress: 120/400 jobs (30%), 3 skipped, 1 failed, 12.5 jobs/s, 22 s left`."""
        done, total = self.finished, self.total
        text = f"progress: {done}/{total} jobs ({100 * done // max(total, 1)}%)"
        if self.skipped:
            text += f", {self.skipped} skipped"
        text += f", {self.failed} failed"
        ran = done - self.skipped  # the rate of the jobs that did work
        rate = ran / seconds if seconds > 0 else 0.0
        if rate > 0:
            text += f", {rate:.1f} jobs/s"
            if done < total:
                text += f", {(total - done) / rate:.0f} s left"
        return text

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@contextmanager
def progress(mode: str) -> Iterator[Listener]:
    """A listener that shows progress: `bar` (a terminal), `lines` (a log) or `off`."""
    if mode == "off":
        yield ignore
        return
    shown = Progress(plain=mode == "lines")
    try:
        yield shown
    finally:
        shown.close()


@contextmanager
def steps_shown(what: str, unit: str = "file", quiet: bool = False) -> Iterator[Callable[[], None]]:
    """A callable to call once per step of a command whose steps are not counted ahead
    (`package`: files checked, packed, previews made): on a terminal, a counter with the
    rate on standard error, cleared at the end; elsewhere, or `quiet`, nothing (the
    command's own lines say what it wrote)."""
    if quiet or _terminal_columns() == 0:
        yield lambda: None
        return
    from tqdm import tqdm

    bar = tqdm(unit=unit, file=sys.stderr, leave=False, desc=what)
    try:
        yield lambda: bar.update(1)
    finally:
        bar.close()


def progress_mode(json_report: bool, quiet: bool) -> str:
    """No progress with --json or --quiet; a bar on a terminal that has a width; plain lines
    otherwise: a pseudo-terminal of 0 columns (`script -qc ...` under a CI runner) is a
    terminal where tqdm draws nothing, and the build showed no progress at all."""
    if json_report or quiet:
        return "off"
    return "bar" if _terminal_columns() > 0 else "lines"


def _terminal_columns() -> int:
    """The width of the terminal standard error is, in columns; 0 when it is none, or one
    that does not say (the COLUMNS variable is not read: it describes the user's shell, and
    a pipe inherits it)."""
    if not sys.stderr.isatty():
        return 0
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return 0


def unreadable_warning(kit: Kit, codes: Iterable[str] | None = None) -> Diagnostic | None:
    """The `strings.unreadable` warning of `package` and `sheet`, which read a build folder:
    the languages (of `codes`; all when None) whose strings file cannot be read now
    (`Kit.unreadable`) have there the files of the last build that made them; at the file
    when it is one. It was a line printed as "warning: ...", counted as a note and never
    failing --strict."""
    broken = [c for c in (kit.unreadable if codes is None else codes) if c in kit.unreadable]
    if not broken:
        return None
    files = ", ".join(f"{c}.yaml" for c in broken)
    strings = kit.root / "materials" / "strings"
    mark = Mark.file(strings / files) if len(broken) == 1 else None
    return Diagnostic(
        "strings.unreadable",
        f"the strings file(s) {files} cannot be read now: the {', '.join(broken)} files used "
        "are those of the last build that made them",
        mark,
        ("`python generate.py check` says why; mend the file, then build those languages again",),
        Severity.WARNING,
    )


def note(code: str, message: str, mark: Mark | None = None) -> Diagnostic:
    """A note (Severity.NOTE) of a command's own, at `mark` where it has a place: told and
    counted as a note, in a --json report's `diagnostics`, never failing (`--strict`
    included). They were lines printed as `note: ...`, left out of `diagnostics`."""
    return Diagnostic(code, message, mark, (), Severity.NOTE)


def left_out_notes(kit: Kit | None, built: Iterable[tuple[str | None, str]]) -> list[Diagnostic]:
    """A `layout.left-out` note per (office, material) of `built` whose material is a size of
    a design that leaves out what the office gives and the design shows (pipeline.left_out):
    the A6 flyer, front only, and an office's contacts and logos on the A5 flyer's back."""
    if kit is None:
        return []
    from ..pipeline.jobs import office_materials
    from ..pipeline.left_out import left_out

    pairs = [(office, material) for office, material in built if office]
    ids = dict.fromkeys(office for office, _ in pairs)
    offices = [kit.offices[i] for i in ids if i in kit.offices]
    builds = {o.id: office_materials(kit, o) for o in offices}
    return left_out(kit.layouts, offices, pairs, builds)


def script_notes(kit: Kit | None, pages: Iterable[tuple[str | None, str, str]]) -> list[Diagnostic]:
    """An `office.script` note per field of an office of `pages` ((office, material, language) of
    the documents made) that prints in another script than the pages of some of their languages
    (pipeline.script_notes): `office_name: UNODC Regional Office` on the Arabic pages."""
    if kit is None:
        return []
    from ..pipeline.script_notes import other_script

    return other_script(kit, pages)


def merged_left_out_notes(
    kit: Kit | None, merged: Iterable[tuple[str | None, str]]
) -> list[Diagnostic]:
    """A `merge.left-out` note per (office, template) of `merged` (`merge --office`) whose
    template has no slot for something the office gives (pipeline.left_out.not_shown)."""
    if kit is None:
        return []
    from ..pipeline.left_out import not_shown

    pairs = [(office, material) for office, material in merged if office]
    offices = [kit.offices[i] for i in dict.fromkeys(o for o, _ in pairs) if i in kit.offices]
    return not_shown(kit.layouts, offices, pairs)


def draft_notes(kit: Kit | None, languages: Iterable[str]) -> list[Diagnostic]:
    """A `strings.draft` note naming the languages of `languages` whose strings are a draft
    translation (no native speaker has reviewed them: `status: draft`, the default), so that
    the files are checked before they are printed; none when each is reviewed. At the
    `status:` of a draft language's strings file when there is one (key_mark); several files
    have no one place. An organiser's French flyer was built without a word that the campaign's
    texts on it are a machine draft (the package's job sheet and contact sheet said so, a
    merge did not)."""
    if kit is None:
        return []
    drafts = sorted(
        code
        for code in set(languages)
        if code in kit.languages
        and not kit.languages[code].reviewed
        and not kit.languages[code].pseudo
    )
    if not drafts:
        return []
    which = f"{listed(drafts)} " + (
        "is a draft translation" if len(drafts) == 1 else "are draft translations"
    )
    at = key_mark(kit.languages[drafts[0]].path, "status") if len(drafts) == 1 else None
    return [
        note(
            "strings.draft",
            f"{which}, not reviewed by a native speaker (`status: draft` in the strings "
            "file): have the texts checked before printing, then set `status: reviewed` (or "
            "import the reviewer's signed-off file: a PO with `X-Status: reviewed`, an XLIFF "
            "whose segments are all `final`)",
            at,
        )
    ]


def lowered_ppi_notes(files: Iterable[OutputFile]) -> list[Diagnostic]:
    """A `build.preview-ppi` note per material whose PNG previews are drawn below the default ppi,
    because a page would have had more than MAX_PREVIEW_PIXELS at it (their entries'
    `ppi_lowered_from`: pipeline.renditions.preview_png)."""
    low: dict[str, tuple[float, float]] = {}
    for f in files:
        asked, at = f.extra.get("ppi_lowered_from"), f.extra.get("ppi")
        if isinstance(asked, int | float) and isinstance(at, int | float):
            was = low.get(f.material)
            low[f.material] = (float(asked), min(float(at), was[1] if was else float(at)))
    most = MAX_PREVIEW_PIXELS // 1_000_000
    return [
        note(
            "build.preview-ppi",
            f"the PNG previews of {material} are drawn at {at:g} ppi, not {asked:g}: at "
            f"{asked:g} ppi a page has more than {most} million pixels; give --png-ppi "
            f"{asked:g} to draw them at that resolution anyway",
        )
        for material, (asked, at) in sorted(low.items())
    ]


def family_size_notes(kit: Kit | None, only: Iterable[str] | None = None) -> list[Diagnostic]:
    """A `layout.family-size` note (at the size's entry under `sizes:`) per size of the kit that
    offices build as one of their paper family's though its trim is none of that family's sizes
    (papers.family_sizes: ISO B5 under the default `paper: iso`), naming those offices and how to
    keep it to the offices that list it; with `only` (the materials a `--only` selected), of those
    sizes alone: a check of poster-a4 and poster-letter printed the note of poster-b2, not asked for
    (a designer's trial). A B5 flyer added for one office was built by every ISO office without a
    word."""
    from ..papers import FAMILIES, family_sizes

    if kit is None:
        return []
    chosen = None if only is None else set(only)
    lines = []
    for f in family_sizes(kit.layouts, kit.offices):
        la = f.layout
        if chosen is not None and la.id not in chosen:
            continue
        what = f"{f.paper.name}: no A size" if f.paper is not None else "no A size"
        where = la.size_mark.path.name if la.size_mark else f"{la.sized_from}.yaml"
        line = f", line {la.size_mark.line}" if la.size_mark else ""
        verb = "lists" if len(f.listing) == 1 else "list"
        them = f" ({listed(f.listing)} {verb} it)" if f.listing else ""
        us = (
            "; for the offices of US paper, `paper: us`"
            if f.paper is not None and f.paper.family == "us"
            else ""
        )
        message = (
            f"{la.id} ({la.trim[0]:g} x {la.trim[1]:g} mm, {what}) is built by every "
            f"office of {FAMILIES[str(la.paper)]} that lists no `materials:`, as an A size is: "
            f"{listed(f.by_family)}{them}. To build it only for the "
            "offices whose `materials:` list it, write `paper: custom` in its entry under "
            f"`sizes:` ({where}{line}); to build it for every ISO office, `paper: iso`{us} "
            "(then this note goes)"
        )
        lines.append(note("layout.family-size", message, la.size_mark))
    return lines


def press_notes(kit: Kit | None, materials: Iterable[str]) -> list[Diagnostic]:
    """A `layout.press-unverified` note per badge press used by `materials` whose sizes are
    not verified (a maker's published template or a check on the press), e.g. for the 58 mm
    badge's 70 mm cut; where its sizes are written (press_place): its file's `verified:`
    (materials/presses/<id>.yaml), or the layout's own `badge:`."""
    if kit is None:
        return []
    seen: dict[str, tuple[BadgeProfile, Mark | None]] = {}
    for name in materials:
        layout = kit.layouts.get(name)
        if layout and layout.badge and not layout.badge.verified:
            which = f"press '{layout.press}'" if layout.press else f"the press of '{name}'"
            seen.setdefault(which, (layout.badge, press_place(kit, layout)))
    return [
        note(
            "layout.press-unverified",
            f"{which} ({b.face:g} mm face, {b.cut:g} mm cut circle) is not verified: "
            f"{sentence(b.source) or 'no source given.'} Print one badge and check it on your "
            "press first.",
            at,
        )
        for which, (b, at) in sorted(seen.items(), key=lambda item: item[0])
    ]


def sentence(text: str) -> str:
    """`text` (a press file's `source:`, as its author wrote it) ended as a sentence: a full
    stop after it unless it ends in one, or in ! ? or a closing bracket after one. A source
    written without one ran into the note's next sentence: "measured by hand; print one badge
    first Print one badge and check it" (a trial)."""
    text = text.strip()
    if not text or text.rstrip(")]\"'”’").endswith((".", "!", "?")):
        return text
    return text + "."


def press_place(kit: Kit, layout: Layout | None) -> Mark | None:
    """Where the sizes of `layout`'s badge press are written, for its `layout.press-unverified`
    note: its press file's `verified:` (press_file), or, of a layout that names no press, its own
    `badge:` (the key's line in its file); None for none (a press without a file). A layout's
    own `badge:` had no place, though its file and line are known."""
    if layout is None:
        return None
    if layout.press is not None:
        return press_file(kit, layout.press)
    return layout.key_marks.get("badge")


def badge_size_notes(kit: Kit | None, built: Iterable[tuple[str | None, str]]) -> list[Diagnostic]:
    """An `office.badge-sizes` note per office of `built` ((office, material) of the documents
    made) that names no `presses:` (nor `materials:`) and for which the badge was made in
    more than one press size: its paper's every size, one per press of the kit (a US office
    with one press got seven sizes in each language, not knowing it could name its press);
    at its file's `paper:` line, with the `presses:` to write."""
    if kit is None:
        return []
    sizes: dict[str, list[str]] = {}
    for who, material in built:
        layout = kit.layouts.get(material)
        if who is None or who not in kit.offices or layout is None or not layout.press:
            continue
        of = sizes.setdefault(who, [])
        if material not in of:
            of.append(material)
    out = []
    for oid, materials in sizes.items():
        office = kit.offices[oid]
        if office.presses or office.materials or len(materials) < 2:
            continue
        ordered = [m for m in kit.layouts if m in materials]  # the kit's order
        presses = ", ".join(str(kit.layouts[m].press) for m in ordered)
        out.append(
            Diagnostic(
                "office.badge-sizes",
                f"office '{oid}' builds the badge in {len(ordered)} sizes, one for each press "
                f"size of its paper ({', '.join(ordered)}), in each of its languages: it "
                "names no `presses:`",
                key_mark(office.path, "paper"),
                (
                    f"name the presses the office has under `presses:` in {office.path.name} "
                    f"(of {presses}; e.g. `presses: [{kit.layouts[ordered[0]].press}]`) to "
                    "build their sizes alone",
                ),
                Severity.NOTE,
            )
        )
    return out


def press_file(kit: Kit, press: str | None) -> Mark | None:
    """The file of the kit's press `press` (materials/presses/<id>.yaml, whose `verified:`
    says whether its sizes are checked), at its `verified:` (key_mark); None for a layout's
    own `badge:` or a press without a file."""
    if press is None:
        return None
    path = kit.root / "materials" / "presses" / f"{press}.yaml"
    return key_mark(path, "verified") if path.is_file() else None


def key_mark(path: Path, key: str) -> Mark:
    """Where a kit file sets its top-level `key` (`key:` at a line's start, the YAML's
    top level), for a note about its value: the press's `verified: false`, a strings file's
    `status: draft`; the whole file when it does not set it (the default) or cannot be
    read (the kit was read before)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Mark.file(path)
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return Mark(path, number, 1)
    return Mark.file(path)
