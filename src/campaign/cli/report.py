"""Print diagnostics: one `path:line:col: severity[code]: ...` block each, or JSON; a count.

The only place that turns diagnostics into text on a terminal; stages never print.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import click

from ..diagnostics import Diagnostic, DiagnosticsError


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


@contextmanager
def reporting(json_report: bool = False) -> Iterator[None]:
    """Turn a DiagnosticsError into its report and exit code 1 (never a traceback)."""
    try:
        yield
    except DiagnosticsError as exc:
        if json_report:
            emit_json({"ok": False, "diagnostics": as_json(exc.diagnostics)})
        else:
            show(exc.diagnostics)
        raise click.exceptions.Exit(1) from None
