"""`check`: validate the kit and lay out every page, or preflight given PDFs."""

from __future__ import annotations

from pathlib import Path

import click

from ..diagnostics import DiagnosticsError
from ..pseudo import PSEUDO_CODES as PSEUDO
from . import (
    default_kit,
    json_option,
    kit_option,
    lang_option,
    office_option,
    only_option,
    split,
    strict_option,
)
from .report import as_json, emit_json, press_notes, reporting, show


@click.command()
@kit_option
@lang_option
@only_option
@click.option(
    "--pdf",
    "pdfs",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Preflight these PDF files instead of checking the kit (repeatable).",
)
@click.option(
    "--bleed-mm", type=float, default=3.0, show_default=True, help="Bleed expected by --pdf checks."
)
@office_option
@strict_option
@json_option
def check(
    kit: Path | None,
    langs: str | None,
    only: str | None,
    pdfs: tuple[Path, ...],
    bleed_mm: float,
    offices: str | None,
    strict: bool,
    json_report: bool,
) -> None:
    """Validate the kit and lay out every page without writing anything.

    Reports every problem at once: YAML mistakes with file:line:col, missing glyphs,
    texts that do not fit, text outside the safe area; warnings too (errors with --strict).
    Without --lang it also lays out the pseudo-locales en-XA (accented, 40 % longer) and
    ar-XB (mirrored right-to-left) and reports what they show as warnings.

    \b
    Examples:
      python generate.py check
      python generate.py check --strict --lang ar,fa --only poster-a3
      python generate.py check --office east-africa --strict
      python generate.py check --pdf out/poster-a3/poster-a3-en.pdf
    """
    if pdfs:
        _check_pdfs(pdfs, bleed_mm)
        return
    from ..pipeline.api import check as run_check

    pseudo = not langs and not offices
    with reporting(json_report):
        k, jobs, warnings = run_check(
            (kit or default_kit()).resolve(),
            split(langs),
            split(only),
            pseudo=pseudo,
            offices=split(offices),
        )
        if strict and warnings:
            raise DiagnosticsError([w.as_error() for w in warnings])
    summary = (
        f"ok: {len(jobs)} page(s) of {len({j.layout.id for j in jobs})} material(s) in "
        f"{len({j.lang.code for j in jobs})} language(s) lay out cleanly"
    )
    if pseudo:
        stress = sum(1 for w in warnings if w.code == "layout.pseudo")
        summary += f"; the pseudo-locales {', '.join(PSEUDO)} too ({stress} warning(s))"
    if json_report:
        emit_json({"ok": True, "summary": summary, "diagnostics": as_json(warnings)})
        return
    show(warnings)
    for note in press_notes(k, {j.layout.id for j in jobs}):
        click.echo(note, err=True)
    click.echo(summary)


def _check_pdfs(pdfs: tuple[Path, ...], bleed_mm: float) -> None:
    from ..preflight import Expect, preflight

    bad = 0
    for path in pdfs:
        report = preflight(path.read_bytes(), Expect(bleed_mm=bleed_mm))
        status = "ok" if report.ok else "FAIL"
        click.echo(f"{path}: {status} {report.facts}")
        for f in report.failures:
            click.echo(f"  fail: {f}")
        for w in report.warnings:
            click.echo(f"  warning: {w}")
        bad += not report.ok
    if bad:
        click.echo(f"{bad} of {len(pdfs)} file(s) failed preflight", err=True)
        raise click.exceptions.Exit(1)
