"""Which of a build's files a sheet places (the material, office, events and languages asked
for, each `--copies` times), checked against the print PDFs they were made with, the sheet's
metadata and press condition from them, and the sheet's file written (and recorded)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..commands import MERGE_OUT, command, made_again, out
from ..diagnostics import Diagnostic, Mark, Severity, failure
from ..model import Kit
from ..model.language import listed_first
from ..output import OutputFile
from ..presses import PROFILES
from ..program import quote
from ..render.metadata import DocMeta, OutputCondition
from .paper import paper_name
from .record import in_sheets, record_path, record_sheet
from .request import SheetRequest

if TYPE_CHECKING:
    from ..package.jobsheet import Refused

# what a gang or sticker sheet on a press's own sheet (gang_marks.own_stock) says of itself in
# its Subject, by which `check --pdf` asks no bleed of it (cli.check._traits)
OWN_SHEET = "the sheet a press prints, not trimmed: no bleed past it"


def files_of(manifest: Iterable[OutputFile], req: SheetRequest, variant: str) -> list[OutputFile]:
    """The build's files of `variant` for the material and office asked for (the manifest
    read entry by entry: only these are kept)."""
    return [
        f
        for f in manifest
        if f.variant == variant and f.material == req.material and f.office == req.office
    ]


def same_as_print(digital: list[OutputFile], prints: list[OutputFile], build: Path) -> None:
    """Raises `sheet.stale` when a digital PDF was made from other inputs than the print PDF
    of its document: a build or merge with --no-digital after a change keeps the earlier
    digital files, and a home sheet printed the old title where the print PDF had the new
    one. A document's print and digital PDFs have one fingerprint when made from the same
    inputs (neither has options of its own: pipeline.renditions); an entry without one
    (an older manifest) is not judged."""
    made = {(f.material, f.language, f.office, f.record): f.fingerprint for f in prints}
    stale = [
        f.path
        for f in digital
        if f.fingerprint
        and made.get((f.material, f.language, f.office, f.record), f.fingerprint)
        not in (f.fingerprint, "")
    ]
    if stale:
        shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
        raise failure(
            "sheet.stale",
            f"{len(stale)} digital PDF(s) in {build} show an earlier state of the kit or the "
            f"data than their print PDFs (made before a build or merge with --no-digital): "
            f"{shown}",
            None,
            f"{_without_no_digital(build)}, then make the sheet",
        )


def _without_no_digital(build: Path) -> str:
    """The folder's last build (or merge) quoted without --no-digital when it was given it
    (package.build.again_without); else the words, the command not being known."""
    from ..package.build import again_without

    return again_without(build, "--no-digital") or "build (or merge) again without --no-digital"


def choose(files: list[OutputFile], req: SheetRequest, who: str) -> list[OutputFile]:
    """Every file of the events (a merge's records: all when none is named) and languages
    asked for (all built when none is named), records then languages in the order asked (none
    named: `req.language_order`, the office's); an event or a language not built is
    `sheet.select`."""
    if req.events:  # one event's flyers, as many as asked: a home sheet mixed the events
        made = sorted({f.record for f in files if f.record})
        absent = [e for e in req.events if e not in made]
        if absent:
            raise failure(
                "sheet.select",
                f"the build has no '{req.material}' of event(s) {', '.join(absent)} for {who}",
                None,
                f"its events: {', '.join(made)}"
                if made
                else f"it has no merged events: {command('merge TEMPLATE DATA')} first",
            )
        files = [f for f in files if f.record in req.events]
    built = sorted({f.language for f in files})
    missing = [c for c in req.languages if c not in built]
    if missing:
        # of the events asked for: `--event addis-talk --lang so` said "no 'event-flyer-a5'
        # in so", as if no event had Somali (a country office's trial)
        of = f" of event(s) {', '.join(req.events)}" if req.events else ""
        hints = [f"built{of}: {', '.join(built)}"]
        if not req.events:  # a language not built: the command that builds it
            office = f" --office {req.office}" if req.office else ""
            hints.append(
                "build it first: "
                + command(
                    f"build --only {req.material} --lang {','.join(missing)}{office}"
                    + out(Path(req.build))
                )
            )
        raise failure(
            "sheet.select",
            f"the build has no '{req.material}'{of} in language(s) {', '.join(missing)} for {who}",
            None,
            *hints,
        )
    # none named: the office's (or campaign's) order, then any other built in code order
    order = list(req.languages) or sorted(built, key=lambda c: listed_first(req.language_order, c))
    events = list(req.events)
    return sorted(
        (f for f in files if f.language in order),
        key=lambda f: (
            events.index(f.record) if f.record in events else 0,
            f.record or "",
            order.index(f.language),
        ),
    )


@dataclass(frozen=True)
class NotMade:
    """What the folder's last merge did not make (`not_made`): its rows `refused` (their
    earlier files kept) and the documents of its jobs that failed (`failed`: material,
    language, office, record), with the merge to run again (`again`: None when the
    manifest does not keep it)."""

    refused: tuple[Refused, ...] = ()
    failed: frozenset[tuple[object, ...]] = frozenset()
    again: str | None = None
    data: Path | None = None  # the data file it read, where it said
    # the template it merged: rows of another's (its stamp's `refused_earlier`) are of an
    # earlier merge, which `again` does not make
    template: str | None = None
    # the merge of each other template (and office) to run again, as it was run: the
    # stamp's `merged_earlier` (pipeline.incremental.earlier_merges), by (template, office)
    earlier_again: Mapping[tuple[object, object], str] = field(default_factory=dict)

    def row_of(self, f: OutputFile) -> Refused | None:
        """The refused row that `f` is an earlier merge's file of, or None."""
        for r in self.refused:
            if (r.template, r.office, r.event) == (f.material, f.office, f.record):
                return r
        return None

    def left_out(self, f: OutputFile) -> bool:
        """`f` is an earlier merge's file of a record the last merge did not make: its
        combined file leaves it out (cli.merge._combined), and so does a sheet."""
        return bool(f.record) and (self.row_of(f) is not None or tuple(f.job[:4]) in self.failed)


def not_made(build: Path) -> NotMade:
    """What the last merge into `build` did not make, from its manifest: a merge's stamp's
    `refused` rows (pipeline.incremental.refused_rows), or, when a job of it failed, what
    its manifest keeps in place of a stamp (output.manifest_failed_build: its `refused` and
    `failed_jobs`). Nothing for a build, or a merge that made every record."""
    from ..output import manifest_failed_build, manifest_stamp
    from ..package.build import built_with
    from ..package.jobsheet import stamp_refused
    from ..pipeline.incremental import merge_key

    stamp = manifest_stamp(build)[0]
    made = [stamp] if stamp is not None else manifest_failed_build(build) or []
    refused = tuple(r for one in made for r in stamp_refused(one))
    failed = frozenset(
        tuple(job[:4])
        for one in made
        for job in (one.get("failed_jobs") or ())  # type: ignore[attr-defined]
        if isinstance(job, list) and len(job) == 5
    )
    said = built_with(made[0]) if len(made) == 1 else None
    earlier = made[0].get("merged_earlier") if len(made) == 1 else None
    earlier_again = {
        merge_key(run): made_again(build, words)
        for run in (earlier if isinstance(earlier, list) else ())
        if isinstance(run, dict) and (words := built_with(run)) is not None
    }
    merged = made[0].get("merge") if len(made) == 1 else None
    data = merged.get("data") if isinstance(merged, dict) else None
    asked = made[0].get("selection") if len(made) == 1 else None
    only = asked.get("only") if isinstance(asked, dict) else None
    return NotMade(
        refused,
        failed,
        made_again(build, said) if said and said.startswith("merge ") else None,
        Path(data) if isinstance(data, str) else None,
        only[0] if isinstance(only, list) and len(only) == 1 and merged else None,
        earlier_again,
    )


def without_not_made(
    chosen: list[OutputFile], req: SheetRequest, who: str
) -> tuple[list[OutputFile], Diagnostic | None]:
    """`chosen` without the files of records the folder's last merge did not make (its row
    refused, or its job failed: not_made), as its combined file leaves them out, and a
    `sheet.not-made` warning naming them (None: there are none). An organiser's trial: a
    date changed to "TBC (after rainy season)" refused the row, and `sheet --event
    addis-walk` imposed the flyer of the earlier merge, dated 30 July, without a word.

    Raises `sheet.not-made` when they are all the files asked for (`--event addis-walk`)."""
    gone = not_made(Path(req.build)) if any(f.record for f in chosen) else NotMade()
    left = [f for f in chosen if gone.left_out(f)]
    if not left:
        return chosen, None
    records = list(dict.fromkeys(f"{f.record} [{f.language}]" for f in left))
    named = ", ".join(records[:5]) + (f" and {len(records) - 5} more" if len(records) > 5 else "")
    rows = list(dict.fromkeys(r for f in left if (r := gone.row_of(f)) is not None))
    failed = any(gone.row_of(f) is None for f in left)
    # an earlier merge of this template than the folder's last merge, of another template
    earlier = gone.template is not None and gone.template != req.material
    said = (
        f"the last merge {f'of {req.material!r} ' if earlier else ''}into {req.build} did "
        f"not make {len(records)} record(s){'' if earlier else f' of {req.material!r}'} "
        f"({_why(rows, failed)}), and the sheet leaves out their "
        "files of an earlier merge, as `merge --combined` leaves them out of its combined file"
    )
    again = (
        gone.earlier_again.get((req.material, req.office)) if earlier else gone.again
    ) or _merge_again(req, rows, gone.data)
    if rows:
        problems = "; ".join(r.problems for r in rows[:3]) + ("; ..." if len(rows) > 3 else "")
        mend = f"mend the row(s) in {rows[0].data} ({problems})"
    else:
        mend = "mend what failed the records' jobs (the merge named it)"
    hint = f"{mend}, then merge again ({again}) and make the sheet again"
    at = _refused_place(gone, rows)
    kept = [f for f in chosen if not gone.left_out(f)]
    if not kept:
        raise failure(
            "sheet.not-made", f"{said}: {named}; nothing else is left for {who}", at, hint
        )
    return kept, Diagnostic("sheet.not-made", f"{said}: {named}", at, (hint,), Severity.WARNING)


def _merge_again(req: SheetRequest, rows: list[Refused], read: Path | None) -> str:
    """The merge that makes the sheet's template's records again, where the stamp does not
    keep it: of the refused rows' data file (where the folder's last merge `read` it, when
    it is that file) and office (DATA: none named)."""
    data = "DATA"
    if rows:
        data = quote(str(read) if read is not None and read.name == rows[0].data else rows[0].data)
    office = f" --office {rows[0].office}" if rows and rows[0].office else ""
    return command(f"merge {req.material} {data}" + out(Path(req.build), MERGE_OUT) + office)


def _why(rows: list[Refused], failed: bool) -> str:
    """Why the last merge did not make them: "row 2 (event addis-walk) of events2.xlsx
    refused", and that the jobs of the others (`failed`) failed."""
    why = []
    if rows:
        shown = ", ".join(r.named for r in rows[:5]) + (" ..." if len(rows) > 5 else "")
        why.append(f"{shown} of {rows[0].data} refused")
    if failed:
        why.append("the jobs of the others failed" if rows else "their jobs failed")
    return "; ".join(why)


def _refused_place(gone: NotMade, rows: list[Refused]) -> Mark | None:
    """The first refused row's first problem in the data file, where the merge read it and
    it still is; else None."""
    if not rows or gone.data is None or not gone.data.is_file():
        return None
    line, _, col = rows[0].at.partition(":")
    if gone.data.name != rows[0].data or not (line.isdigit() and col.isdigit()):
        return None
    return Mark(gone.data, int(line), int(col)) if int(line) > 0 else None


def copies_of(pieces: list[OutputFile], req: SheetRequest, per: int) -> list[OutputFile]:
    """Each piece as many times as its language's copies (req.copies_for: `--copies 3`, or
    `--copies es=100,pt=50`), in the order given, then with `req.fill` the last sheet of
    `per` pieces filled with one of each piece in turn, in that order: spread over the
    languages. A Manila organiser's `--copies en=100,tl=100 --fill` on A4 sheets of 9
    filled the 7 places left with English alone (107 en, 100 tl): the repeats began again
    at the first of the 200."""
    out = [p for p in pieces for _ in range(req.copies_for(p.language))]
    turns = [p for p in pieces if req.copies_for(p.language)]
    if req.fill and len(out) % per and turns:
        out += [turns[i % len(turns)] for i in range(per - len(out) % per)]
    return out


def sheet_meta(kit: Kit, chosen: list[OutputFile], title: str, what: str, key: str) -> DocMeta:
    """A sheet's metadata: its title with the languages, what it holds, and an input hash of
    `key` (its options) and the files' sha256."""
    digest = hashlib.sha256(b"".join(f.sha256.encode() for f in chosen)).hexdigest()
    every = tuple(dict.fromkeys(f.language for f in chosen))
    return DocMeta(
        f"{title} ({','.join(every)})",  # each once: a sheet of 7 events said sw,en,sw,en,...
        chosen[0].language,
        what,
        f"{key}:{digest}",
        kit.campaign.year,
        languages=every if len(every) > 1 else (),
    )


def cells_meta(kit: Kit, req: SheetRequest, chosen: list[OutputFile], what: str) -> DocMeta:
    return sheet_meta(
        kit,
        chosen,
        # a press sheet is its pieces' own size: no paper in its title
        f"{req.material} {'sticker sheet' if req.sticker else 'sheet'}, {paper_name(req.paper)}"
        if req.home or req.sticker
        else f"{req.material} press sheet",
        what,
        f"cells:{req.paper}:{req.up}:{req.home}:{req.copies_key}"
        + (":shared" if req.shared else "")
        + (f":{req.stock}" if req.stock and not req.home else ""),
    )


def condition(kit: Kit, files: list[OutputFile]) -> OutputCondition:
    idents = {str(f.extra.get("output_condition", "")) for f in files}
    if len(idents) != 1:
        raise failure(
            "sheet.select",
            f"the files are for different presses ({', '.join(sorted(idents))}): one sheet "
            "prints on one press",
            None,
            "make one sheet per press: pick the files of one press with --office or --material",
        )
    (ident,) = idents
    for key, (icc, name, info) in PROFILES.items():
        if name == ident:
            return OutputCondition(key, kit.assets_dir / icc, name, info)
    raise failure(
        "sheet.select",
        f"unknown output condition '{ident}' in the manifest",
        None,
        "build again with this version of the kit (the manifest is of another), then make the "
        "sheet",
    )


def write_sheet(
    out: Path,
    pdf: bytes,
    req: SheetRequest,
    mode: str,
    placed: Sequence[OutputFile],
    stock: str | None = None,
    places: int = 0,
    fold_marks: bool = False,
) -> None:
    """Write the sheet; in the build folder's sheets/, its record too (sheets.record), by
    which `package` packs it while the files it places are the build's. `stock`: the press
    stock a sheet is printed on (build._badge_marks, cell_sheet's sticker sheet, a press
    sheet's --stock or the one its marks were placed for: press.press_stock; None: at home),
    which the job sheet names.
    `places`: the pieces a printed page holds (the record's, by which `package` counts a
    sheet's empty places: package.unfilled); the command line (`req.command`) is recorded
    too, and `fold_marks`: whether it marks its folded pieces' folds (Imposed.fold_marks)."""
    part = out.with_name(f".{out.name}.part")
    recorded = in_sheets(req.build, out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if recorded:  # no record of an earlier sheet of this name while this one is written
            record_path(out).unlink(missing_ok=True)
        part.write_bytes(pdf)
        os.replace(part, out)
        if recorded:
            record_sheet(
                out,
                pdf,
                mode,
                req.material,
                req.office,
                placed,
                stock,
                places,
                req.command,
                fold_marks,
            )
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure(
            "sheet.write",
            f"cannot write {out}: {exc.strerror}",
            None,
            "check that your user may write in that folder and that its disk has room, or give -o "
            "another file",
        ) from None


__all__ = [
    "OWN_SHEET",
    "cells_meta",
    "choose",
    "condition",
    "copies_of",
    "files_of",
    "not_made",
    "same_as_print",
    "sheet_meta",
    "without_not_made",
    "write_sheet",
]
