"""`merge`: one material per record of a form or a spreadsheet (event flyers)."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import commands
from . import (
    PNG_PPI_HELP,
    force_option,
    jobs_option,
    json_option,
    kit_option,
    kit_root,
    list_option,
    office_id,
    out_option,
    quiet_option,
    shard_option,
)
from .build import summarise, tell
from .report import BUILD_KEYS, progress, progress_mode, reporting

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..merge.events import Record
    from ..model import Kit
    from ..pipeline.api import BuildResult


@click.command()
@click.argument("template")
@click.argument("data", type=click.Path(path_type=Path))  # a folder: merge.read
@out_option(
    "Output folder (its own manifest: a merge's files are not the kit build's).",
    default=commands.MERGE_OUT,
)
@click.option(
    "--images",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The folder the records' photos are in (a photo outside it is refused).",
)
@click.option(
    "--png-ppi",
    type=click.FloatRange(10, 1200),
    default=None,
    help=PNG_PPI_HELP,
)
@click.option(
    "--no-digital", "digital", flag_value=False, default=True, help="Skip the digital PDFs."
)
@click.option("--no-png", "png", flag_value=False, default=True, help="Skip the PNG previews.")
@jobs_option
@click.option(
    "--sheet",
    default=None,
    metavar="NAME",
    help="The sheet of a workbook (.xlsx, .ods) to read (default: the one whose first row "
    "has the events' columns; several such sheets are an error).",
)
@click.option(
    "--name",
    "name_pattern",
    default=None,
    metavar="PATTERN",
    help='File names from the record, e.g. "{event_id}-{lang}" (fields: event_id, lang, '
    "template; default <template>-<lang>-<event_id>).",
)
@click.option(
    "--combined",
    is_flag=True,
    help="Also write every record's print PDF as one file, OUT/<template>-all.pdf (once there, "
    "later merges into OUT make it again).",
)
@click.option(
    "--replace",
    "replace_other",
    is_flag=True,
    help="Let this data file's events replace the ones another data file made in OUT (they "
    "are removed); without it, such a merge is refused.",
)
@click.option(
    "--office",
    "office",
    default=None,
    callback=office_id,
    metavar="ID",
    help="Make the records as this office's (materials/offices/<ID>.yaml), as `build --office "
    "ID` makes its materials: its fields (helpline, website...), links, logos and press "
    "profile, each record's values over them; files in OUT/<ID>/<template>/.",
)
@list_option(
    "--event",
    "events",
    metavar="IDS",
    help="Only these events of DATA, event ids comma-separated or repeated (default: every "
    "row's): the other rows are neither checked nor made, and their files from earlier merges "
    "into OUT are kept.",
)
@force_option
@shard_option
@kit_option
@quiet_option
@json_option
def merge(
    template: str,
    data: Path,
    out: Path,
    images: Path | None,
    png_ppi: float | None,
    digital: bool,
    png: bool,
    name_pattern: str | None,
    combined: bool,
    replace_other: bool,
    office: str | None,
    events: tuple[str, ...] | None,
    jobs: int,
    sheet: str | None,
    force: bool,
    shard: tuple[int, int] | None,
    kit: Path | None,
    quiet: bool,
    json_report: bool,
) -> None:
    """Make TEMPLATE (a material, e.g. event-flyer-a5) once per record of DATA, in each
    record's languages: print PDF, digital PDF and PNG, named
    <template>-<lang>-<event_id>.pdf... in OUT/<template>/.

    DATA is a CSV (UTF-8 with or without BOM, or UTF-16; any usual delimiter), an XLSX or
    ODS workbook (the sheet with the event columns, or --sheet NAME), a JSON list of objects,
    or a YAML form (one event) or list. Every row is checked before any work (missing column,
    empty required value, bad date or time, unknown language, photo outside --images) and
    every problem is listed with its row and column; a row with a problem, or whose text
    does not fit, makes no files, the others do (the exit code is then 1).

    \b
    Examples:
      python generate.py merge event-flyer-a5 events.csv
      python generate.py merge event-flyer-a4 walk.yaml --images photos/ -o out-walk
      python generate.py merge event-flyer-a5 events.csv --shard 3/10 -o out-events-3
      python generate.py merge event-flyer-a5 events.csv --office brussels
      python generate.py merge event-flyer-a4 events.xlsx --event walk-kibera,talk-cbd

    With --office ID the flyers are that office's edition, in OUT/<ID>/<template>/
    named <template>-<lang>-<ID>-<event_id>.pdf...: beside the campaign's merge of the same
    data in the same OUT, each kept (neither removes nor replaces the other's files).

    Like a build, a merge is incremental (--force: everything again) and its records and
    documents are made one at a time: memory does not grow with the number of records.
    """
    from dataclasses import replace

    from ..diagnostics import Collector, DiagnosticsError
    from ..merge.events import (
        REQUIRED,
        check_events,
        check_paper,
        check_template,
        event_column,
        event_months,
        month_first_dates,
        other_years,
        past_events,
    )
    from ..merge.languages import kit_headers, office_region
    from ..merge.slug_room import slug_room
    from ..merge.tables import read_table
    from ..pipeline.api import build as run_build
    from ..pipeline.jobs import pick_offices
    from ..pipeline.kitcache import cached_kit
    from ..pipeline.options import Options, data_place

    start = time.perf_counter()
    root = kit_root(kit)
    if office is not None and ("," in office or office == "all"):
        raise click.UsageError(
            f"--office takes one office id, not '{office}': merge once per office (each into "
            "OUT/<office>/)"
        )
    if combined and office is not None:  # <template>-all.pdf is the campaign's records'
        raise click.UsageError(
            "--combined makes OUT/<template>-all.pdf of the campaign's records: merge without "
            "--office for it"
        )
    if combined and shard is not None:  # one shard's file would hold its records only
        raise click.UsageError(
            "--combined makes one file of every record: join the shards first (manifest "
            "merge), then run this merge into the joined folder with --combined (nothing is "
            "drawn again)"
        )
    # a combined file from an earlier merge is made again: left as it was, it showed events
    # since changed or removed, beside files that show them as they are
    again = (  # not an office's merge: the combined file shows none of its files
        not combined
        and shard is None
        and office is None
        and (out / f"{template}-all.pdf").is_file()
    )
    combined = combined or again
    with reporting(json_report, BUILD_KEYS, quiet=quiet):
        loaded = cached_kit(root, isolate=True)
        errs = Collector()
        check_template(loaded, template, errs)
        if errs.errors:  # not an event template: no row is read
            raise DiagnosticsError(errs.items)
        offices = (office,) if office is not None else None
        pick_offices(loaded, offices)  # an unknown office, or one whose file has errors
        check_paper(loaded, template, office, errs)  # an A3 template for a US office
        table = read_table(data, errs, REQUIRED, sheet, event_column)  # สถานที่: venue
        table = office_region(table, loaded, office, errs)  # its country: rows' date_region
        table = kit_headers(table, loaded)  # Pamagat (Filipino): the kit's tl
        records = check_events(table, loaded, errs, images, events)  # made at each pass
        if any(d.code == "merge.event" for d in errs.items):  # an id no row has: a typo
            raise DiagnosticsError(errs.items)
        other_years(records, loaded, errs)
        past_events(records, errs)
        event_months(records, loaded, errs)  # dates in numbers, or another month's name
        slug_room(records.slug_facts(), loaded, template, office, errs)  # a long event id
        month_first_dates(table, errs)  # a US sheet without its country
        if name_pattern is not None:
            check_pattern(name_pattern, records)
        if not records:  # a missing column, or no good row: nothing to make
            earlier = out / f"{template}-all.pdf"
            if combined and earlier.is_file():  # left as it was, as every file is: said
                typed = _this_merge()  # this merge, as typed: it was "merge again"
                errs.warn(
                    "merge.combined",
                    f"the earlier {earlier} is left as it was: it shows an earlier merge's "
                    "events, not this data's",
                    None,
                    "mend the rows named above and merge again"
                    + (f" ({typed})" if typed else "")
                    + ": it is made again then",
                )
            raise DiagnosticsError(errs.items)
        if not replace_other:
            try:
                check_other_data(out, template, data, records, office, (table.sheet, table.sheets))
            except DiagnosticsError as exc:  # said after the rows' own problems
                raise DiagnosticsError([*errs.items, *exc.diagnostics]) from None
        opts = Options(
            out,
            None,
            (template,),
            png_ppi=png_ppi,
            jobs=jobs,
            digital=digital,
            png=png,
            offices=offices,
            records=records,
            name_pattern=name_pattern,
            data_name=data.name,
            data_path=data,
            images=images,
            sheet=sheet,
            combined=combined,
            data_place=data_place(data),
            # the sheet read, of a workbook of several: each sheet's events have their own ids
            data_sheet=(table.sheet or None) if len(table.sheets) > 1 else None,
            incremental=not force,
            shard=shard,
        )
        published = False  # the records' files are out: a combined file is then stale
        try:
            with progress(progress_mode(json_report, quiet)) as listener:
                result = run_build(root, opts, listener)
            published = True
            # the kit the merge read: a merge with nothing to do still says its notes
            # (draft languages, an unverified press), as its data's warnings are said again
            result = replace(
                result, diagnostics=[*errs.items, *result.diagnostics], kit=result.kit or loaded
            )
            if combined:
                result, all_in_one = _combined(out, template, result, records.refused, loaded)
        except KeyboardInterrupt as exc:
            all_pdf = out / f"{template}-all.pdf" if combined else None
            raise _stopped(exc, published, all_pdf) from None
    summary = summarise(result, out, time.perf_counter() - start, shard, offices)
    if combined:
        summary += all_in_one + (" (made again: an earlier merge made it)" if again else "")
    read = f" (sheet '{table.sheet}')" if len(table.sheets) > 1 else ""  # which was read
    chosen = f" (--event: {len(events)} event(s) of its {table.count} row(s))" if events else ""
    summary = f"{len(records)} record(s) from {data.name}{read}{chosen}; " + summary
    problems = sum(1 for d in errs.items if d.is_error)
    refused = len(records.skip)
    if refused:  # rows, and the problems in them (a row may have several)
        summary += (
            f"; {refused} of {table.count} row(s) of {data.name} refused for {problems} "
            "problem(s): they made no files"
        )
    elif problems:
        summary += f"; {problems} problem(s) in {data.name}"
    bad_rows = problems
    tell(result, summary, json_report, quiet, ok=not bad_rows, gone="its row is not in the data")
    if result.failed or bad_rows or any(d.is_error for d in result.diagnostics):
        raise click.exceptions.Exit(1)


def _combined(
    out: Path, template: str, result: BuildResult, refused: frozenset[str], kit: Kit
) -> tuple[BuildResult, str]:
    """Make the combined PDF of the merge's `result` (merge.combine) without the earlier
    files of records whose print job failed now or whose row was `refused`; (the result,
    with combine's error when it could make none, the words the summary adds)."""
    from dataclasses import replace

    from ..diagnostics import DiagnosticsError
    from ..merge.combine import combine

    failed = {j.key.id for j in result.failed}
    try:
        path, left_out = combine(
            out, template, result.files, kit, lambda f: f.job in failed or f.record in refused
        )
    except DiagnosticsError as exc:  # none to combine, or it cannot be written: shown with
        said = "; no combined file made"  # the records' problems
        earlier = out / f"{template}-all.pdf"
        if earlier.is_file():  # left as it was, as a failed job's files are: named
            said += f" (the earlier {earlier} is left as it was: it shows records not made now)"
        return replace(result, diagnostics=[*result.diagnostics, *exc.diagnostics]), said
    said = f"; all in one: {path}"
    if left_out:
        names = ", ".join(f"{f.record} [{f.language}]" for f in left_out[:5])
        more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
        said += (
            f" (without the earlier print PDF(s) of {len(left_out)} record(s) not made now: "
            f"{names}{more})"
        )
    return result, said


def _this_merge(add: str = "") -> str | None:
    """This merge's command line as typed, to run again (commands.typed), with `add`; None
    outside a command line."""
    context = click.get_current_context(silent=True)
    argv = context.meta.get("kit.argv", []) if context is not None else []
    return commands.typed(argv, "merge", add)


def _stopped(exc: KeyboardInterrupt, published: bool, combined: Path | None) -> BaseException:
    """The interrupt of a merge, as the command reports it. Stopped once the records' files
    were published (while the combined file was made, or held until publishing was done),
    the combined file of the earlier merge is removed, since it shows the records as they
    were, and the message says so: it said "nothing was published; the previous output is
    unchanged" over the new files, or "complete" beside the old combined file."""
    from ..publishing import Interrupted

    published = published or (isinstance(exc, Interrupted) and exc.published)
    if not published or combined is None:
        return exc
    combined.unlink(missing_ok=True)
    combined.with_name(f".{combined.stem}.json").unlink(missing_ok=True)  # its list of files
    signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
    typed = _this_merge("--combined")
    left = (
        f"{combined.name} was not made (the earlier one, which showed the records before "
        "this merge, is removed): merge again with --combined to make it"
        + (f" ({typed})" if typed else "")
    )
    return Interrupted(signum, published=True, left=left)


def check_pattern(pattern: str, records: Iterable[Record]) -> None:
    """A name pattern that gives every file its own name: letters, digits, - _ . and the
    fields {event_id} (required), {lang} (required when a record has several languages) and
    {template}. Raises DiagnosticsError `merge.name`."""
    import re
    import string

    from ..diagnostics import failure
    from ..output import NAME_FIELDS

    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None}
    except ValueError as exc:
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' is malformed: {exc}",
            None,
            "write each field as a name in braces, e.g. --name '{event_id}-{lang}'",
        ) from None
    ending = re.search(r"\.(pdf|png)$", pattern, re.IGNORECASE)
    if ending:  # "{event_id}-{lang}.pdf" named the files walk-1-en.pdf.pdf
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' ends in '{ending[0]}': each file gets its own "
            "ending (.pdf, -digital.pdf, -preview.png)",
            None,
            f"leave it out: --name '{pattern[: ending.start()]}'",
        )
    unknown = sorted(fields - set(NAME_FIELDS))
    if unknown:
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' has unknown field(s): {', '.join(unknown)}",
            None,
            f"fields: {', '.join('{' + f + '}' for f in NAME_FIELDS)}",
        )
    if "event_id" not in fields:
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' has no {{event_id}}: two events would get one name",
            None,
            "put {event_id} in it, e.g. --name '{event_id}-{lang}'",
        )
    if "lang" not in fields and any(len(r.languages) > 1 for r in records):
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' has no {{lang}}, and an event is made in several "
            "languages: they would get one name",
            None,
            "put {lang} in it, e.g. --name '{event_id}-{lang}'",
        )
    literal = re.sub(r"\{[a-z_]+\}", "", pattern)
    if not re.fullmatch(r"[A-Za-z0-9_.-]*", literal):
        raise failure(
            "merge.name",
            f"the name pattern '{pattern}' may use letters, digits, - _ and . besides its fields",
            None,
            "keep to letters, digits, - _ and . between the fields, e.g. --name "
            "'{event_id}-{lang}'",
        )


def check_other_data(
    out: Path,
    template: str,
    data: Path,
    records: Iterable[Record],
    office: str | None = None,
    sheets: tuple[str, tuple[str, ...]] = ("", ()),
) -> None:
    """Refuse a merge that would remove the files another data file's merge made in `out`:
    a merge removes the files of rows that are gone from its data, and a second spreadsheet
    merged into the folder of a first (two colleagues' events into out-events) removed every
    event of the first, with exit code 0. Files whose entry names no data file (made before
    entries said it) are not judged, nor are the events of rows refused for a problem (they
    are in the data: a bad date was "not in" it, and hid the date's error), nor the files
    of another office's merge (`office`: that of `merge --office`, None for the campaign's),
    which this merge leaves alone. The files of another data file's events named by their
    rows (merge.columns.ROW_ID: row-2), which this merge's rows of the same number would
    replace, are refused too: two sheets without ids share their ids by chance. So are the
    files of the events of another sheet of this workbook (`sheets`: the sheet read, and
    all its sheets), which a merge of its sheet August would remove as gone from its data:
    those whose entry names the sheet July (`data_sheet`, execute.Worker._stage), and,
    in entries made before they named it, those named by their rows (merge.columns.row_id:
    july-row-2). A sheet the workbook no longer has is not another sheet: its events are
    gone from the data. Raises DiagnosticsError `merge.other-data`."""
    from ..merge.columns import ROW_IDS, sheet_slugs
    from ..merge.events import Records, record_keys
    from ..output import MANIFEST, iter_manifest
    from ..pipeline.options import data_place

    if not (out / MANIFEST).is_file():
        return
    ids = {r.id for r in record_keys(records)}  # kept by the check: no row read again
    if isinstance(records, Records):  # refused rows keep their earlier files: in the data
        ids |= records.refused | records.unchosen  # and the rows --event did not name
    here = data_place(data)
    # another sheet of the workbook by its rows' ids' beginning (july: July)
    by_slug = dict(zip(sheet_slugs(sheets[1]), sheets[1], strict=True)) if sheets[0] else {}
    others: dict[str, set[str]] = {}
    replaced: dict[str, set[str]] = {}  # row ids another file's rows made, this one's too
    for entry in iter_manifest(out):
        made_from = entry.extra.get("data")
        if entry.material != template or entry.record is None or made_from is None:
            continue
        if entry.office != office:  # another office's merge (or the campaign's): its own
            continue
        place = entry.extra.get("data_place")  # entries before it named the file alone
        elsewhere = place is not None and place != here
        if made_from == data.name and not elsewhere:
            sheet, made = _made_by_sheet(entry.extra.get("data_sheet"), entry.record, by_slug)
            made = made and entry.record not in ids
            if made and sheet is not None and sheet != sheets[0] and sheet in sheets[1]:
                others.setdefault(f"{data.name}'s sheet '{sheet}'", set()).add(entry.record)
            continue
        label = f"another folder's {made_from}" if made_from == data.name else made_from
        if entry.record not in ids:
            others.setdefault(str(label), set()).add(entry.record)
        elif ROW_IDS.fullmatch(entry.record):
            replaced.setdefault(str(label), set()).add(entry.record)
    this = (data.name, data.stem)
    if len(sheets[1]) > 1 and sheets[0] in sheets[1]:  # its sheet's, and where to put them
        slug = sheet_slugs(sheets[1])[sheets[1].index(sheets[0])]
        this = (f"{data.name}'s sheet '{sheets[0]}'", slug)
    if others:
        _other_data(out, template, data, office, others, False, this)
    if replaced:
        _other_data(out, template, data, office, replaced, True, this)


def _made_by_sheet(said: object, record: str, by_slug: dict[str, str]) -> tuple[str | None, bool]:
    """The sheet of this workbook whose merge made a merged file (`check_other_data`), and
    whether its event is that sheet's alone: the sheet its entry names (`said`: its
    `data_sheet`), every event of it; else, for an entry made before entries named it,
    the sheet its row id begins with (july-row-2: `by_slug`, each sheet by its slug), an
    event named by its row alone (ids of the sheet's own, in such an entry, are judged as
    before: gone from the data). (None, False) when neither tells."""
    from ..merge.columns import ROW_IDS

    if isinstance(said, str) and said:
        return said, True
    sheet = by_slug.get(record.rpartition("-row-")[0])
    return sheet, sheet is not None and ROW_IDS.fullmatch(record) is not None


def _other_data(
    out: Path,
    template: str,
    data: Path,
    office: str | None,
    found: dict[str, set[str]],
    by_rows: bool,
    this: tuple[str, str] = ("", ""),
) -> None:
    """Refuse the merge (`check_other_data`): `out` holds files of another data file's
    events (`found`: their ids by the data file, or the workbook's other sheet, that made
    them; the one with the most named), which this merge would remove, or, `by_rows`, which
    its rows of the same numbers (row-2) would replace. `this`: the data this merge reads as
    the message names it (the data file's name, or its sheet's: events.xlsx's sheet
    'August') and the end of the folder of its own the hint offers (events, august).
    Raises DiagnosticsError `merge.other-data`."""
    from ..diagnostics import display_path, failure

    label, stem = this if this[0] else (data.name, data.stem)
    name, events = sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0]))[0]
    shown = ", ".join(sorted(events)[:3]) + (", ..." if len(events) > 3 else "")
    whose = f"office {office}'s " if office else "the "
    held = f"{display_path(out)} holds {whose}{template} files of {len(events)} event(s) from "
    if by_rows:
        said = (
            f"{held}{name} named by their rows ({shown}), as {label} names its own: this "
            "merge would replace them with its rows of the same numbers; nothing was made"
        )
    else:
        said = (
            f"{held}{name} ({shown}) that are not in {label}: this merge would remove "
            "them; nothing was made"
        )
    raise failure(
        "merge.other-data",
        said,
        None,
        f"merge {label} into a folder of its own: -o {out.name}-{stem}",
        "or, to replace those events with this file's, add --replace"
        + ("; or give each sheet an event_id column" if by_rows else ""),
    )
