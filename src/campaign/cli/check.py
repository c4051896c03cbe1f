"""`check`: validate the kit and lay out every page, or preflight given PDFs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from ..commands import command
from ..diagnostics import Diagnostic, DiagnosticsError, fail_if_strict
from ..program import echo
from ..pseudo import PSEUDO_CODES as PSEUDO
from . import (
    json_option,
    kit_option,
    kit_root,
    lang_option,
    office_option,
    only_option,
    quiet_option,
    strict_option,
)

if TYPE_CHECKING:
    from ..model import Kit
    from ..pipeline.jobs import Composed
    from ..preflight import Expect, Report

from .report import (
    COUNT_KEYS,
    LAYOUT_KEYS,
    PDF_FILE_KEYS,
    PDF_KEYS,
    REPORT_KEYS,
    as_json,
    badge_size_notes,
    counts,
    emit_json,
    family_size_notes,
    laid_out,
    left_out_notes,
    note,
    press_notes,
    reporting,
    script_notes,
    show,
    show_fit,
)


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
    "--bleed-mm",
    type=float,
    default=None,
    help="Bleed expected by --pdf checks (default: 3; a file of a US paper size, Letter, "
    "Tabloid, half-Letter..., 3.175: 1/8 in, as US print shops ask).",
)
@click.option(
    "--max-tac",
    type=click.FloatRange(100, 400),
    default=None,
    help="Total ink limit (%) of --pdf checks (default: the file's press condition's: 280 "
    "for FOGRA29, else 300).",
)
@click.option(
    "--report",
    is_flag=True,
    help="List, for every text slot, the size copy-fit chose, its lines and the room left.",
)
@office_option
@strict_option
@quiet_option
@json_option
def check(
    kit: Path | None,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    pdfs: tuple[Path, ...],
    bleed_mm: float | None,
    max_tac: float | None,
    report: bool,
    offices: tuple[str, ...] | None,
    strict: bool,
    quiet: bool,
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
      python generate.py check --report --lang fr --only flyer-a5
    """
    if pdfs:
        _check_pdfs(pdfs, bleed_mm, max_tac, json_report, quiet)
        return
    from ..pipeline.api import CheckFailedError
    from ..pipeline.api import check as run_check

    pseudo = not langs and not offices
    keys = REPORT_KEYS if report else LAYOUT_KEYS  # a failure's report has `report` too
    fit = _failed_fit_report if report else None  # and the documents laid out, told
    with reporting(json_report, keys, langs=langs, strict=strict, fit=fit, quiet=quiet):
        k, jobs, warnings = run_check(
            kit_root(kit),
            langs,
            only,
            pseudo=pseudo,
            offices=offices,
        )
        try:
            fail_if_strict(warnings, strict)
        except DiagnosticsError as exc:  # every document was laid out: its report too
            raise CheckFailedError(exc.diagnostics, jobs) from None
    rows = _fit_report(jobs) if report else []
    unchecked = [] if offices or only else offices_sizes(k, {j.layout.id for j in jobs})
    notes = press_notes(k, {j.layout.id for j in jobs})
    notes += badge_size_notes(k, [(j.office.id if j.office else None, j.layout.id) for j in jobs])
    notes += family_size_notes(k, {j.layout.id for j in jobs} if only else None)
    notes += left_out_notes(k, [(j.office.id if j.office else None, j.layout.id) for j in jobs])
    notes += script_notes(
        k, [(j.office.id if j.office else None, j.layout.id, j.lang.code) for j in jobs]
    )
    notes += unchecked_note(unchecked)  # last, as it was printed
    told = [*warnings, *notes]  # the notes are diagnostics of severity note, after the others
    summary = (
        f"ok: {len(jobs)} document(s) ({sum(len(j.page.pages) for j in jobs)} page(s)) of "
        f"{len({j.layout.id for j in jobs})} material(s) in "
        f"{len({j.lang.code for j in jobs})} language(s) {laid_out(told)}"
    )
    if pseudo:
        stress = sum(1 for w in warnings if w.code == "layout.pseudo")
        names = ", ".join(PSEUDO)
        summary += (  # "0 warning(s) of their own" read as a count of nothing: said only if any
            f"; the pseudo-locales {names} too, with {stress} warning(s) of their own"
            if stress
            else f"; so do the pseudo-locales {names}"
        )
    if json_report:
        doc: dict[str, object] = {
            "ok": True,
            "summary": summary,
            "counts": counts(told),  # it makes no document
            "diagnostics": as_json(told),
            "notes": [],  # every note is in `diagnostics`: the key kept for the tools reading it
        }
        if report:
            doc["report"] = rows
        emit_json(doc)
        return
    # --quiet, as build's: problems only (no note) and no summary; the fit report asked for
    show([d for d in told if not d.is_note] if quiet else told)
    show_fit(rows)
    if not quiet:
        echo(summary)


def unchecked_note(unchecked: list[str]) -> list[Diagnostic]:
    """The `layout.unchecked` note naming the sizes the offices build that this check did not
    lay out (at most six by name), or none."""
    if not unchecked:
        return []
    named = ", ".join(unchecked[:6]) + (
        f" and {len(unchecked) - 6} more" if len(unchecked) > 6 else ""
    )
    return [
        note(
            "layout.unchecked",
            f"{len(unchecked)} size(s) the offices build are not laid out by this check "
            f"({named}): {command('check --office all')} lays out each office's documents",
        )
    ]


def offices_sizes(kit: Kit, done: set[str]) -> list[str]:
    """The materials the kit's offices build (their `materials:`, or their paper's sizes)
    that the campaign kit's check did not lay out: a design edit that breaks flyer-a6
    passed `check` ("ok") and failed the office's build (a designer's trial)."""
    from ..pipeline.jobs import office_materials

    built = {m for office in kit.offices.values() for m in office_materials(kit, office)}
    return sorted(built - done)


def _check_pdfs(
    pdfs: tuple[Path, ...],
    bleed_mm: float | None,
    max_tac: float | None,
    json_report: bool = False,
    quiet: bool = False,
) -> None:
    """Preflight each file and tell it: a line a file, its failures and warnings under it,
    and a count of the failed files last (standard error); exit code 1 when one failed.
    With `quiet` (--quiet), problems only: a file that passes without a warning is not told.
    With `json_report`, one JSON document instead (PDF_KEYS; each of `files` PDF_FILE_KEYS:
    `facts` as the preflight measured them, trim in mm, ink in per cent), on standard output
    whatever the outcome, for a print shop's own tools (it printed the text report).
    `bleed_mm` (--bleed-mm) is asked of every file; None: 3 mm, and 1/8 in of a file of a US
    paper size (`_preflight_file`)."""
    bad = failures = warnings = 0
    files: list[dict[str, object]] = []
    for path in pdfs:
        report = _preflight_file(path, bleed_mm, max_tac)
        bad += not report.ok
        failures, warnings = failures + len(report.failures), warnings + len(report.warnings)
        kind = report.facts.get("made_for")
        if json_report:
            facts = {k: v for k, v in report.facts.items() if k != "made_for"}
            made_for = kind if isinstance(kind, str) else None
            entry = (str(path), report.ok, made_for, facts, report.failures, report.warnings)
            files.append(dict(zip(PDF_FILE_KEYS, entry, strict=True)))
            continue
        if quiet and report.ok and not report.warnings:
            continue
        status = "ok" if report.ok else "FAIL"
        said = _facts(report.facts)
        if isinstance(kind, str):  # the kit's own file for screens or an office printer
            what = KIND_SAID.get(kind, "sRGB without trim or bleed")
            said = f"{kind} made by this kit, {what}: the press's checks " + (
                f"do not apply; {said}" if said else "do not apply"
            )
        echo(f"{path}: {status}" + (f" ({said})" if said else ""))
        for f in report.failures:
            echo(f"  fail: {f}")
        for w in report.warnings:
            echo(f"  warning: {w}")
    summary = (
        f"{bad} of {len(pdfs)} file(s) failed preflight"
        if bad
        else f"ok: {len(pdfs)} file(s) pass preflight"
    )
    if json_report:
        # the files that failed, their failures as errors: the keys every report counts
        found = dict(zip(COUNT_KEYS, (0, 0, bad, failures, warnings, 0), strict=True))
        # no diagnostic of the command's own: a file's failures are in `files`; `command`,
        # the first key, is emit_json's
        told: tuple[object, ...] = (not bad, summary, found, files, [])
        emit_json(dict(zip(PDF_KEYS[1:], told, strict=True)))
    elif bad:
        echo(summary, err=True)
    if bad:
        raise click.exceptions.Exit(1)


def _facts(facts: dict[str, object]) -> str:
    """What preflight measured, in words: "trim 148 x 210 mm, bleed 3 mm, DeviceCMYK, ink up
    to 300 %, images from 1200 ppi, bleed gap 0 %" (it printed Python's dict); a bleed to
    0.01 mm, or in eighths of an inch ("bleed 3.175 mm = 1/8 in": papers.measured_bleed);
    the ink on the piece where the marks outside the bleed have more ("ink up to 300 % (255 %
    on the piece)": preflight measured it, a colour being over the limit)."""
    from ..papers import measured_bleed

    words = []
    trim, spaces = facts.get("trim_mm"), facts.get("colour_spaces")
    bleed = facts.get("bleed_mm")
    if isinstance(trim, list | tuple) and len(trim) == 2:
        words.append(f"trim {trim[0]:g} x {trim[1]:g} mm")
    if isinstance(bleed, int | float):
        words.append(f"bleed {measured_bleed(bleed)}")
    if isinstance(spaces, list | tuple) and spaces:
        words.append(", ".join(str(s) for s in spaces))
    piece = facts.get("max_piece_tac")
    differs = isinstance(piece, int | float) and piece != facts.get("max_vector_tac")
    on_piece = f" ({piece:g} % on the piece)" if differs else ""
    for key, label in (
        ("max_vector_tac", "ink up to {:g} %" + on_piece),
        ("max_image_tac", "images' ink up to {:g} %"),
        ("min_image_ppi", "images from {:g} ppi"),
        ("min_mask_ppi", "1-bit masks from {:g} ppi"),
        ("bleed_gap_pct", "bleed gap {:g} %"),
    ):
        if isinstance(facts.get(key), int | float):
            words.append(label.format(facts[key]))
    return ", ".join(words)


# what _traits calls a gang or sticker sheet on a press's own sheet
OWN_SHEET_KIND = "a press's own sheet"
# and the index PDF of a package (`package`: package.index), and what `check --pdf` says of it
INDEX_KIND = "the package's index"
DIGITAL_KIND = "a digital PDF"  # the kit's tagged PDF for screens (its XMP claims PDF/UA-1)
KIND_SAID = {INDEX_KIND: "its contact sheets and list of files in sRGB, not a file for the press"}


class _Traits(NamedTuple):
    """What `check --pdf` reads of a file before its preflight (`_traits`)."""

    limit: float  # the total ink limit of its press condition (%)
    kind: str | None  # what the kit made it for, when not a press
    trim: tuple[float, float] | None  # its first page's TrimBox (else MediaBox), mm
    us: bool = False  # the kit made it on US paper (its Subject says so: papers.US_PAPER)


def _traits(data: bytes) -> _Traits:
    """What `check --pdf` reads of a file before its preflight, from one opening of it:
    - the total ink limit of the press condition its OutputIntent names (its
      OutputConditionIdentifier: FOGRA29 is 280 %, presses.MAX_INK), else 300 %: `check
      --pdf` held a FOGRA29 file to 300 % where the build holds it to 280;
    - what the kit made it for when not a press (its Producer is the kit's, it has no
      OutputIntent): "a sheet for an office printer" (`sheet --home`, its Subject says so)
      or "a digital PDF" (PDF/UA, for screens); INDEX_KIND for a package's index (its
      contact sheets and list of files: `_package_index`; a print shop's trial checked it
      as a press file, and it failed on RGB, TrimBox and OutputIntent); OWN_SHEET_KIND for
      a gang or sticker sheet that is a press's own sheet (`sheet --paper sra3`: its
      Subject says sheets.files.OWN_SHEET), which is not trimmed and has no bleed past it
      to ask for (check --pdf failed it on "bleed is 0.00 mm"); else None. `check --pdf`
      failed the kit's own office-printer sheet as a print file ("convert it to CMYK": an
      organiser's trial);
    - its first page's trim, in mm as preflight says it (None for a file that does not
      open): a US paper size is asked 1/8 in of bleed (`_bleed_asked`), a gang or sticker
      sheet of the kit's on Letter as any file (its bare paper past the trim is 1/8 in there,
      sheets.impose.sheet_bleed; it was 3 mm, let pass by the sheet's Title alone);
    - whether the kit made it on US paper, as its Subject ends (papers.US_PAPER: its
      layout's `paper: us`, or its office's for a `custom` size, the badge and the
      sticker), which asks it 1/8 in as the build did: an inch badge's trim (the square
      around its cut circle) and a custom size's are no US paper size, and `check --pdf`
      asked them 3 mm where the build asked 1/8 in. It can only ask more, never let less
      pass (a Title read as a sheet's once let a Letter file pass with 3 mm).
    Read from the file's bytes, once `_preflight_file` has them (opening the path itself
    read /dev/zero for ever)."""
    import io

    import pikepdf

    from ..papers import US_PAPER
    from ..presses import MAX_INK, PROFILES
    from ..render.metadata import PRODUCER
    from ..sheets.files import OWN_SHEET

    by_name = {ident.casefold(): MAX_INK[key] for key, (_, ident, _) in PROFILES.items()}
    limit, kind, trim, us = 300.0, None, None, False
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for intent in pdf.Root.get("/OutputIntents", []):
                ident = str(intent.get("/OutputConditionIdentifier", "")).casefold()
                if ident in by_name:
                    limit = by_name[ident]
                    break
            if len(pdf.pages):
                box = [float(v) for v in pdf.pages[0].trimbox]
                trim = (
                    round((box[2] - box[0]) * 25.4 / 72, 2),
                    round((box[3] - box[1]) * 25.4 / 72, 2),
                )
            info = pdf.docinfo
            ours = str(info.get("/Producer", "")).startswith(PRODUCER)
            us = ours and str(info.get("/Subject", "")).endswith(US_PAPER)
            if ours and OWN_SHEET in str(info.get("/Subject", "")):
                kind = OWN_SHEET_KIND
            elif _package_index(info) and not _pressed(pdf):
                kind = INDEX_KIND
            elif ours and "/OutputIntents" not in pdf.Root:
                if "for an office printer" in str(info.get("/Subject", "")):
                    kind = "a sheet for an office printer"
                else:
                    with pdf.open_metadata() as xmp:
                        if xmp.get("pdfuaid:part"):
                            kind = DIGITAL_KIND
    except (pikepdf.PdfError, pikepdf.PasswordError, OSError, ValueError, AttributeError):
        pass  # preflight names what is wrong with the file
    return _Traits(limit, kind, trim, us)


def _package_index(info: Any) -> bool:
    """Whether a PDF's Info dictionary is that of a package's index (package.index): the
    kit's Producer and its Subject (render.metadata.PACKAGE_INDEX); or, written before the
    index said so, the kit as its Author and a Title ending "– index"."""
    from ..render.metadata import PACKAGE_INDEX, PRODUCER

    if str(info.get("/Producer", "")).startswith(PRODUCER):
        return str(info.get("/Subject", "")) == PACKAGE_INDEX
    author, title = str(info.get("/Author", "")), str(info.get("/Title", ""))
    return author == PRODUCER and title.endswith(" \u2013 index")


def _pressed(pdf: Any) -> bool:
    """Whether a PDF has what a print file has: an OutputIntent, or a TrimBox on a page (a
    print file that claims to be an index, its OutputIntent taken out, is still checked as
    one)."""
    return "/OutputIntents" in pdf.Root or any("/TrimBox" in page.obj for page in pdf.pages)


MAX_PDF_BYTES = 1 << 30  # 1 GiB: larger than any print file of ours by a factor of 100


def _preflight_file(path: Path, bleed_mm: float | None, max_tac: float | None = None) -> Report:
    """Preflight one file, refusing what is not a regular file or is too large to read;
    against `max_tac`, else its press condition's ink limit (`_traits`); for `bleed_mm`
    (--bleed-mm), else `_bleed_asked`."""
    from ..preflight import Report, preflight

    report = Report()
    try:
        if not path.is_file():
            report.failures.append("is not a regular file")
            return report
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            report.failures.append(f"is too large to check ({size} bytes)")
            return report
        data = path.read_bytes()
    except OSError as exc:
        report.failures.append(f"cannot be read ({exc.strerror})")
        return report
    traits = _traits(data)
    limit = max_tac if max_tac is not None else traits.limit
    if traits.kind == OWN_SHEET_KIND:  # a press's own sheet, not trimmed: no bleed to ask for
        report = preflight(data, _bleed_asked(0.0, None, limit))
        report.facts["trim_mm"] = list(traits.trim or (0.0, 0.0))
        report.facts["bleed_mm"] = 0.0
        return report
    if traits.kind is not None:  # colour, boxes, bleed, intent and safe margin are a press's
        screen = replace(_bleed_asked(0.0, None, limit), cmyk=False, output_intent=False)
        if traits.kind == INDEX_KIND:  # its previews are looked at, never printed: no ppi
            screen = replace(screen, min_ppi=0.0, good_ppi=0.0)
        tagged = traits.kind == DIGITAL_KIND  # PDF/UA-1: its figures described
        report = preflight(data, replace(screen, safe_mm=0.0, tagged=tagged))
        report.facts["made_for"] = traits.kind
        report.facts.pop("max_vector_tac", None)  # a press's ink: nothing to say of sRGB
        if traits.kind == INDEX_KIND:  # "images from 288 ppi" read as a print's concern
            report.facts.pop("min_image_ppi", None)
        return report
    return preflight(data, _bleed_asked(bleed_mm, traits.trim, limit, traits.us))


def _bleed_asked(
    bleed_mm: float | None, trim: tuple[float, float] | None, limit: float, us: bool = False
) -> Expect:
    """What preflight expects of a file of `trim` (mm) with the ink limit `limit`: the bleed
    `bleed_mm` (--bleed-mm) when given; else what the build's preflight asks of a file of
    that trim, made on US paper when `us` (its Subject says so: `_traits`) (papers.bleed_asked:
    1/8 in of a US paper size or of a file made on US paper, whose failure says why, and
    how to check it for 3 mm; else the print shops' MIN_BLEED_MM). A Letter poster with 3 mm
    passed `check --pdf`, "ok", where `check` said US print shops refuse it (a designer's
    trial); then the build published a Letter flyer with 3 mm that `check --pdf` failed (a
    print shop's)."""
    from ..papers import bleed_asked
    from ..preflight import Expect
    from ..preflight.report import MIN_BLEED_MM

    if bleed_mm is not None:
        return Expect(bleed_mm=bleed_mm, max_tac=limit)
    asked, why = bleed_asked(trim, us, "its Subject says so")
    if why:
        why += f"; --bleed-mm {MIN_BLEED_MM:g} checks it for {MIN_BLEED_MM:g} mm"
    return Expect(bleed_mm=asked, bleed_why=why, max_tac=limit)


def _failed_fit_report(exc: DiagnosticsError) -> list[dict[str, object]] | None:
    """The fit report of the documents a failed check laid out (pipeline's CheckFailedError:
    those with errors too, a text that does not fit saying by how much); None when it
    stopped before it laid out any (the kit's errors, fonts.yaml's)."""
    from ..pipeline.api import CheckFailedError

    return _fit_report(exc.laid_out) if isinstance(exc, CheckFailedError) else None


def _fit_report(jobs: list[Composed]) -> list[dict[str, object]]:
    """The fit report of every document laid out (layout.report)."""
    from ..layout.report import fit_rows

    out: list[dict[str, object]] = []
    for job in jobs:
        head = " / ".join(p for p in (job.office.id if job.office else None, job.layout.id) if p)
        for row in fit_rows(job.page, job.layout):
            out.append(
                {
                    "document": f"{head} [{job.lang.code}]",
                    "material": job.layout.id,
                    "language": job.lang.code,
                    **row.as_json(),
                    "line": row.render(),
                }
            )
    return out
