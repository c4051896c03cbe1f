"""Which of a build's files a sheet places (the material, office, events and languages asked
for, each `--copies` times), checked against the print PDFs they were made with, the sheet's
metadata and press condition from them, and the sheet's file written (and recorded)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..commands import command, out
from ..diagnostics import failure
from ..model import Kit
from ..output import OutputFile
from ..presses import PROFILES
from ..render.metadata import DocMeta, OutputCondition
from .paper import paper_name
from .record import in_sheets, record_path, record_sheet
from .request import SheetRequest

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
    asked for (all built when none is named), records then languages in the order asked; an
    event or a language not built is `sheet.select`."""
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
    order = list(req.languages or built)
    events = list(req.events)
    return sorted(
        (f for f in files if f.language in order),
        key=lambda f: (
            events.index(f.record) if f.record in events else 0,
            f.record or "",
            order.index(f.language),
        ),
    )


def copies_of(pieces: list[OutputFile], req: SheetRequest, per: int) -> list[OutputFile]:
    """Each piece as many times as its language's copies (req.copies_for: `--copies 3`, or
    `--copies es=100,pt=50`), in the order given, then with `req.fill` repeated until the
    last sheet of `per` pieces is full."""
    out = [p for p in pieces for _ in range(req.copies_for(p.language))]
    if req.fill and len(out) % per:
        out += [out[i % len(out)] for i in range(per - len(out) % per)]
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
    "same_as_print",
    "sheet_meta",
    "write_sheet",
]
