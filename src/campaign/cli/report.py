"""Print diagnostics: one `path:line:col: severity[code]: ...` block each, or JSON; a count;
and the build's progress bar.

The only place that turns diagnostics into text on a terminal; stages never print.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import click
from tqdm import tqdm

from ..diagnostics import Diagnostic, DiagnosticsError
from ..model import BadgeProfile, Kit
from ..pipeline.events import Event, Listener, Planned, Started, ignore


def show(diagnostics: Iterable[Diagnostic]) -> None:
    """Every diagnostic on standard error, warnings included, then a count."""
    items = list(diagnostics)
    for d in items:
        click.echo(d.render(), err=True)
    errors = sum(1 for d in items if d.is_error)
    warnings = len(items) - errors
    if errors > 1 or warnings:
        parts = [f"{errors} error(s)"] if errors else []
        parts += [f"{warnings} warning(s)"] if warnings else []
        click.echo(", ".join(parts), err=True)


def as_json(diagnostics: Iterable[Diagnostic]) -> list[dict[str, object]]:
    return [d.as_json() for d in diagnostics]


def emit_json(doc: dict[str, object]) -> None:
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False))


# The keys of each command's --json report, the same whether it succeeds or fails.
CHECK_KEYS = ("ok", "summary", "diagnostics")
BUILD_KEYS = ("ok", "summary", "jobs", "removed", "diagnostics")


@contextmanager
def reporting(json_report: bool = False, keys: tuple[str, ...] = CHECK_KEYS) -> Iterator[None]:
    """Turn a DiagnosticsError into its report and exit code 1 (never a traceback). With
    `json_report`, the report has the command's `keys`, as its success report does."""
    try:
        yield
    except DiagnosticsError as exc:
        if json_report:
            errors = sum(1 for d in exc.diagnostics if d.is_error)
            warnings = len(exc.diagnostics) - errors
            doc: dict[str, object] = {
                "ok": False,
                "summary": f"{errors} error(s), {warnings} warning(s)",
                "jobs": [j.as_json() for j in getattr(exc, "jobs", [])],
                "removed": [],
                "diagnostics": as_json(exc.diagnostics),
            }
            emit_json({k: doc[k] for k in keys})
        else:
            show(exc.diagnostics)
        raise click.exceptions.Exit(1) from None


class Progress:
    """A progress bar of the build's jobs on standard error (a listener of pipeline events)."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None

    def __call__(self, event: Event) -> None:
        if isinstance(event, Planned):
            self.bar = tqdm(total=len(event.keys), unit="job", file=sys.stderr, leave=False)
        elif self.bar is None:
            return
        elif isinstance(event, Started):
            self.bar.set_postfix_str(str(event.key), refresh=False)
        else:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@contextmanager
def progress(enabled: bool) -> Iterator[Listener]:
    """A listener that shows progress when `enabled` (standard error is a terminal)."""
    if not enabled:
        yield ignore
        return
    bar = Progress()
    try:
        yield bar
    finally:
        bar.close()


def press_notes(kit: Kit | None, materials: Iterable[str]) -> list[str]:
    """One line per badge press used by `materials` whose sizes are not verified (a maker's
    published template or a check on the press), e.g. for the 58 mm badge's 70 mm cut."""
    if kit is None:
        return []
    seen: dict[str, BadgeProfile] = {}
    for name in materials:
        layout = kit.layouts.get(name)
        if layout and layout.badge and not layout.badge.verified:
            which = f"press '{layout.press}'" if layout.press else f"the press of '{name}'"
            seen.setdefault(which, layout.badge)
    return [
        f"note: {which} ({b.face:g} mm face, {b.cut:g} mm cut circle) is not verified: "
        f"{b.source or 'no source given.'} Print one badge and check it on your press first."
        for which, b in sorted(seen.items())
    ]
