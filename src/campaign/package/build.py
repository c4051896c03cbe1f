"""Make a package: check every listed file, then write the group's print and screen ZIPs,
contact sheets and index to temporary names and move them into place together (`Products`);
and say what of a build folder should stop its hand-off (`judge`: its stamp, the kit's
changes since, the files its last build did not make)."""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import os
import shlex
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from .. import commands
from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    display_path,
    failure,
    notes_first,
)
from ..fonts import FontBook
from ..merge.combine import Combined, combined_files
from ..model import Kit
from ..output import OutputFile
from ..printorder import read_order
from ..program import quote
from ..publishing import BuildLock, recover_locked
from ..sheets.record import SHEETS_DIR, MadeSheet, made_sheets, recorded_command
from ..spool import Spool
from .access import ACCESSIBILITY, accessibility_txt
from .contact import (
    contact_sheet,
    labels,
    office_title,
    product_order,
    sheet_names,
    sheets_of,
    thumbnails,
)
from .copies import Tally
from .folders import JOB_SHEET_TEXT, LISTING
from .index import IndexPdf
from .jobsheet import (
    Refused,
    Sender,
    combined_row,
    good_ppi,
    job_csv,
    job_rows,
    job_txt,
    job_xlsx,
    low_ppi,
    page_plan,
    printed_in,
    refused_row,
    refused_rows,
    sample_of,
    sender,
    sheet_row,
    translation,
)
from .outdated import KitChanges, Outdated
from .plan import (
    CAMPAIGN_GROUP,
    MAX_NAMED,
    PRINT_VARIANTS,
    REMERGE,
    SCREEN_VARIANTS,
    Entry,
    Plan,
    checked,
    group_of,
    load_manifest,
)
from .printplan import NO_PLAN, PrintPlan, print_plan
from .select import LeftOut, Selection, nothing_selected, ordered_only
from .unfilled import warn_unfilled
from .zips import epoch, write_zip


def _nothing() -> None:
    pass


class BlankTemplates:
    """Which files are an event template's built without an event (`build` of
    event-flyer-a5 alone): the template's event slots (merge.templates.event_fields) are all
    empty in the document's content (the campaign's, its office's and its language's
    fields), so it shows the campaign's art under no event's details. A print shop got them
    beside the events' flyers, with copies from a material-wide order line. Judged once per
    material, language and office; a file whose layout or language the kit no longer has is
    not blank."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.judged: dict[tuple[str, str, str | None], bool] = {}
        self.left_out: list[OutputFile] = []

    def __call__(self, f: OutputFile) -> bool:
        if f.record is not None:
            return False
        key = (f.material, f.language, f.office)
        if key not in self.judged:
            self.judged[key] = self._blank(*key)
        return self.judged[key]

    def _blank(self, material: str, language: str, office: str | None) -> bool:
        from ..merge.events import event_fields
        from ..resolve import resolve_kit

        layout, lang = self.kit.layouts.get(material), self.kit.languages.get(language)
        fields = event_fields(layout) if layout is not None else set()
        if not fields or lang is None or (office and office not in self.kit.offices):
            return False
        content = resolve_kit(self.kit, lang, office=self.kit.offices[office] if office else None)
        return not any(content.value(name).text for name in fields)

    def keep(self, files: Iterable[OutputFile]) -> Iterator[OutputFile]:
        """`files` but the blank templates' (those are added to `left_out`)."""
        for f in files:
            if self(f):
                self.left_out.append(f)
            else:
                yield f


def build_package(
    kit: Kit,
    build: Path,
    out: Path,
    tick: Callable[[], None] = _nothing,
    order: Path | None = None,
    errs: Collector | None = None,
    removed: list[Path] | None = None,
    blank: BlankTemplates | None = None,
    job: str | None = None,
    strict: bool = False,
    handoff: Callable[[Path], Iterable[Diagnostic]] | None = None,
    selection: Selection | None = None,
    left: LeftOut | None = None,
    replace: bool = False,
    tally: Tally | None = None,
) -> list[Path]:
    """Verify the build's files, then write every group's ZIPs, contact sheet and index into
    `out` (all or nothing); returns the paths written, by name (numbers as numbers, a sheet
    before its -2). With `job` (a name checked by `job_name`), every product's name begins
    with it (`<job>-<group>-print.zip`) and the job sheets and indexes name it: two packages
    of one office (this week's flyers, next week's posters) no longer arrive at a print shop
    under the same names. `tick` is called for each step done (a file checked, a file packed, a
    preview's thumbnails made), for a progress display. The products the folder's last
    package wrote (its LISTING) and this one did not are removed, and added to `removed`.

    The build folder's lock is held while it is read (publishing.BuildLock: a build that
    published into it meanwhile made its files differ from the manifest read first, a
    `package.changed` halfway), unless the folder cannot be written (another user's build:
    read without it).

    Raises DiagnosticsError `package.busy` when a build (or another package) holds the
    folder, `package.manifest`, `package.missing` or `package.changed` before anything is
    written (every file is checked first, and again as it is packed), and `package.output`
    when `out` cannot be written (then nothing is moved into place), and `package.order` for
    a print order (`order`: printorder.read_order) with errors, before anything is written;
    the order's warnings go to `errs`. With `blank`, the files it finds blank event
    templates are left out of every product (and listed in its `left_out`). With `strict`
    (--strict), the warnings in `errs` (those given, then the order's and the package's own:
    `package.resolution`, `.combined`, `.sheet`) are raised, as DiagnosticsError, before
    anything is moved into place: the folder's last package is left as it was. `handoff`
    gives the folder's own warnings (cli.package.handoff_warnings), asked once the lock is
    held and a killed build's publish seen to: judged before, a folder to recover read as
    its unrecovered state.

    With `selection` (--only, --lang, --ordered-only: select.Selection, checked by the
    caller), only the files it keeps are packed: the print and screen ZIPs, job sheets,
    contact sheets and index follow it, and the others are added to `left` (select.LeftOut)
    and listed at the head of the job sheet with how to include them; a combined file or a
    sheet of a left-out file is left out with it. Raises DiagnosticsError
    `package.selection` when a name of --only or --lang matches no file of the build, and
    the order's lines are checked against every print file of the build (--only does not
    make a line an error). Raises DiagnosticsError `package.other-build` before anything is
    read when `out` holds the package of another build folder (`other_build`), unless
    `replace` (--replace).

    With an order, the copies it gives the packed print files are added to `tally` (the
    command's summary says them), and each line that gives its copies to several of them
    is a `package.copies-each` note in `errs` (copies.Tally.notes)."""
    if not replace:
        other_build(out, build)
    # a folder that is missing or cannot be written: no lock (load_manifest names what is
    # missing)
    with BuildLock(build, build, user="package", optional=True) as lock:
        held = lock.fd is not None
        if held:  # a publish a killed build left is seen to here, under the lock held
            recover_locked(build, build)
        found = errs if errs is not None else Collector()
        if handoff is not None:
            found.extend(handoff(build))
        return _build_package(
            kit,
            build,
            out,
            tick,
            held,
            order,
            found,
            removed,
            blank,
            job,
            strict,
            selection or Selection(),
            left if left is not None else LeftOut(),
            tally if tally is not None else Tally(),
        )


def _fontbook(kit: Kit) -> FontBook:
    """The kit's font book for the labels (contact.labels), from the user's cache as a
    build's workers read it (pipeline.kitcache.cached_fontbook: fonts.yaml and the font
    files by their digests, the code's version): the build before the package kept it.
    Read with load_fontbook, it imported the YAML loader and the kit's readers and parsed
    fonts.yaml (0.19 s a run on this machine kind; 0.02 s from the cache, with the code's
    digest) for a kit itself read from the cache. Raises DiagnosticsError for fonts.yaml's
    errors, as load_fontbook does."""
    from ..pipeline.fingerprint import code_version
    from ..pipeline.kitcache import cached_fontbook

    return cached_fontbook(kit.fonts_dir, code_version())


def _low_resolution(kit: Kit, files: Iterable[OutputFile], errs: Collector) -> None:
    """A `package.resolution` warning naming the print files with an image below the
    resolution their size asks for (`good_ppi`: its `good_ppi:`, else the 300 ppi print
    shops' preflight asks for; `low_ppi`), which their job sheet rows name too. A roll-up
    banner of `good_ppi: 100` was warned of at 150 ppi, against 300, whatever its size
    said."""
    low: list[tuple[str, float]] = []  # (file name, its size's good_ppi)
    for f in files:
        if f.variant in PRINT_VARIANTS and low_ppi(f, good := good_ppi(kit, f)):
            low.append((f.path.rsplit("/", 1)[-1], good))
    if not low:
        return
    from ..kinds import GOOD_PPI

    floors = sorted({good for _, good in low})
    if floors == [GOOD_PPI]:
        below = f"below {GOOD_PPI:g} ppi, which print shops' preflight refuses"
    else:
        said = " or ".join(f"{good:g}" for good in floors)
        below = (
            f"below the resolution their size asks for ({said} ppi: its good_ppi, else the "
            f"{GOOD_PPI:g} print shops' preflight asks for)"
        )
    shown = ", ".join(name for name, _ in low[:MAX_NAMED])
    more = f" and {len(low) - MAX_NAMED} more" if len(low) > MAX_NAMED else ""
    errs.warn(
        "package.resolution",
        f"{len(low)} print file(s) hold an image {below}: {shown}{more}; their job sheet "
        "rows say so",
        None,
        "replace the image with a larger one (the build's image.ppi-warning gives the pixels "
        "needed), or agree the resolution with the print shop; a size seen from afar (a "
        'roll-up banner) may set its own `good_ppi:` (README, "Sizes")',
    )


def _samples(kit: Kit, files: Iterable[OutputFile], errs: Collector) -> None:
    """A `package.sample` warning naming the print files made of sample data, made only to
    try the kit: merged from a row whose `sample` cell is true (their entries' `sample`), or
    built for campaign.yaml or an office file that says `sample: true` (jobsheet.sample_of).
    The examples' three events went into the print ZIP with no word of it (an organiser's
    trial)."""
    named: list[str] = []
    count = 0
    why: set[str] = set()
    for f in files:
        if f.variant not in PRINT_VARIANTS:
            continue
        said = sample_of(kit, f)
        if not said:
            continue
        why.add("their events' `sample` cell is true" if f.extra.get("sample") else said)
        count += 1
        if len(named) < MAX_NAMED:
            named.append(f.name)
    if not count:
        return
    more = f" and {count - MAX_NAMED} more" if count > MAX_NAMED else ""
    errs.warn(
        "package.sample",
        f"{count} print file(s) are of sample data, made only to try the kit, never for print "
        f"({'; '.join(sorted(why))}): {', '.join(named)}{more}; their job sheet rows say so",
        None,
        "send only real events' and offices' files: merge the real data (a `sample` cell "
        "empty or false), build for an office file without `sample: true`, or leave these "
        "out with package --only",
    )


def _untranslated(kit: Kit, files: Iterable[OutputFile], errs: Collector) -> None:
    """A `package.untranslated` warning naming the PDFs (and counting their previews) whose
    texts print in another language than their own, as their build recorded it
    (jobsheet.translation: "not translated: prints in English (11 of 11 texts)"), which
    their job sheet rows and contact-sheet tiles say too. A language an office had added
    but not translated was packaged as that language, all in English, and the package said
    nothing (a trial)."""
    named: list[str] = []
    langs: set[str] = set()
    count = previews = 0
    for f in files:
        if not printed_in(f)[1]:
            continue
        langs.add(f.language)
        if f.format == "png":  # a PDF's previews: counted, not named
            previews += 1
            continue
        count += 1
        if len(named) < MAX_NAMED:
            named.append(f"{f.name} ({translation(kit, f)})")
    if not count + previews:
        return
    more = f" and {count - MAX_NAMED} more" if count > MAX_NAMED else ""
    more += f", and {previews} preview(s) of them" if previews else ""
    codes = ", ".join(sorted(langs))
    first, *others = sorted(langs)
    exports = f"`{commands.command(f'strings export --lang {first}')}`" + (
        f" and likewise for {', '.join(others)}" if others else ""
    )
    errs.warn(
        "package.untranslated",
        f"{count} PDF(s) print texts in another language than their own ({codes}): "
        f"{'; '.join(named)}{more}; their job sheet rows and contact-sheet tiles say so",
        None,
        f"have them translated ({exports}, then `strings import`) and build again; or tell "
        "the print shop what the files print",
    )


def _build_package(
    kit: Kit,
    build: Path,
    out: Path,
    tick: Callable[[], None],
    recovered: bool,
    order_file: Path | None,
    errs: Collector,
    removed: list[Path] | None = None,
    blank: BlankTemplates | None = None,
    job: str | None = None,
    strict: bool = False,
    selection: Selection | None = None,
    left: LeftOut | None = None,
    tally: Tally | None = None,
) -> list[Path]:
    selection = selection or Selection()
    left = left if left is not None else LeftOut()
    _stop_if_strict(errs, strict)  # the folder's warnings: before a file is read
    files = load_manifest(build, recovered=recovered)
    if blank is not None:
        files = Spool(blank.keep(files))
    every = files  # the order's lines are checked against every print file of the build
    if selection.only is not None or selection.langs is not None:
        files = Spool(left.keep(every, selection))
        unmatched = left.missing(selection)
        if unmatched:
            raise nothing_selected(selection, unmatched, display_path(build), left)
    broken: list[Diagnostic] = []  # every file that fails, not the first only
    for f in files:
        try:
            checked(build, f)  # the bytes are dropped, and read again when packed
        except DiagnosticsError as exc:
            broken += exc.diagnostics
            if len(broken) >= MAX_NAMED:
                break
        tick()
    if broken:
        raise DiagnosticsError(broken)
    order = None
    if order_file is not None:
        prints = (f for f in every if f.variant in PRINT_VARIANTS)
        covered = [] if selection.ordered else (f for f in files if f.variant in PRINT_VARIANTS)
        order = read_order(order_file, prints, errs, covered)
        if selection.ordered:
            files = Spool(ordered_only(files, order, left))
        tally = tally if tally is not None else Tally()
        tally.add(order, (f for f in files if f.variant in PRINT_VARIANTS))
        tally.notes(order_file, errs)
    _low_resolution(kit, files, errs)
    _untranslated(kit, files, errs)
    _samples(kit, files, errs)
    _stop_if_strict(errs, strict)  # the order's and the resolution's: before any rendering
    faces = labels(_fontbook(kit))  # fonts.yaml's errors: before anything is made
    date = epoch(kit.campaign.year)
    # the rows the last merge of each template refused, which made no files: of the
    # templates packed (--only event-flyer-a5 named event-flyer-a4's refused row)
    refused = [r for r in refused_rows(build) if selection.takes_material(r.template)]
    with closing(sqlite3.connect("")) as db, Products(out, build) as products:  # "": temporary
        plan = Plan(db, files, kit)
        left_out = {f.path: f for f in blank.left_out} if blank is not None else {}
        left_out.update((f.path, f) for f in (*left.chosen, *left.unordered))
        combined = _combined_files(build, plan, errs, left_out)
        made = _made_sheets(build, plan, errs, left_out)
        bare: list[str] = []  # the groups without previews (package.no-previews)
        for group in plan.groups():
            together = [c for c in combined if group_of(c.parts[0]) == group]  # print files
            mine = [m for m in made if group_of(m.parts[0]) == group]
            pressed = [m for m in mine if m.mode != "home"]  # for a print shop
            overlap = overlapping(pressed)
            # how often each page of a gang or sticker sheet is printed for the order: a
            # search, worked out once for the warning and the rows (made three times)
            plans = {m.name: page_plan(m, order) for m in pressed} if order is not None else {}
            # which sheet prints each ordered file, and which sheets are alternatives: every
            # ordered file printed from one row alone
            chosen = print_plan(pressed, order, plans) if order is not None else NO_PLAN
            _overlap_warning(group, overlap, errs, chosen)
            if order is not None:  # a sheet of empty places printed many times: the plan's
                printed = [m for m in pressed if m.name in chosen.chosen]
                warn_unfilled(build, group, printed, order, plans, errs)
            stem = f"{job}-{group}" if job else group  # the products' names begin with it
            if plan.has(group, PRINT_VARIANTS):
                label = "job sheet" + (f" {job}" if job else "")
                by = sender(kit, group)
                _no_contact(group, by, errs)
                title = f"{kit.campaign.name} {kit.campaign.year} \u2013 {label} \u2013 {by.name}"
                outside = {c.name: _not_held(plan, group, c) for c in together}
                missing = _refused_here(plan, group, refused)
                earlier = {(r.template, r.event): r for r, kept in missing if kept and r.event}
                rows = [
                    by.sign(
                        itertools.chain(
                            (refused_row(r, earlier) for r, earlier in missing),
                            job_rows(
                                kit,
                                plan.entries(group, PRINT_VARIANTS),
                                order,
                                earlier,
                                chosen.on_sheet,
                            ),
                            (combined_row(kit, c, outside[c.name], order) for c in together),
                            (
                                sheet_row(
                                    kit,
                                    m,
                                    order,
                                    plans.get(m.name),
                                    overlap.get(m.name, ()),
                                    chosen.aside.get(m.name),
                                )
                                for m in pressed
                            ),
                        )
                    )
                    for _ in range(3)
                ]
                sheets = [  # by name: members are merged in name order
                    ("JOB-SHEET.csv", job_csv(rows[0])),
                    (
                        JOB_SHEET_TEXT,
                        job_txt(
                            title,
                            rows[1],
                            order is not None and not selection.ordered,
                            by.ask,
                            left.lines(selection, group),
                            chosen.lines,
                        ),
                    ),
                    ("JOB-SHEET.xlsx", job_xlsx(rows[2], title, date)),
                ]
                packed = _packed(build, plan.entries(group, PRINT_VARIANTS, by_name=True), tick)
                whole = sorted((c.name, _combined_bytes(build, c)) for c in together)
                imposed = _sheet_members(build, pressed)
                members = heapq.merge(packed, sheets, whole, imposed, key=lambda member: member[0])
                products.zip(f"{stem}-print.zip", members, date)
            if plan.has(group, SCREEN_VARIANTS):
                packed = _packed(build, plan.entries(group, SCREEN_VARIANTS, by_name=True), tick)
                homes = [m for m in mine if m.mode == "home"]
                home = _sheet_members(build, homes)
                said = f"{kit.campaign.name} {kit.campaign.year} \u2013 screen files \u2013 {group}"
                access = accessibility_txt(  # its list of files in the group's order
                    kit, said, plan.entries(group, SCREEN_VARIANTS), homes, stem
                )  # first: upper-case letters sort before the files' names
                products.zip(
                    f"{stem}-screen.zip",
                    heapq.merge([(ACCESSIBILITY, access)], packed, home, key=lambda m: m[0]),
                    date,
                )
            campaign = kit.campaign
            who = "Campaign kit" if group == CAMPAIGN_GROUP else office_title(kit, group)
            who += f" \u2013 job {job}" if job else ""
            index = IndexPdf(kit, f"{campaign.name} {campaign.year}", who, faces)
            found = sheets_of(kit, group, plan.previews(group), plan.rows(group))
            n = 0
            for n, sheet in enumerate(found, 1):
                shown = {}
                for e in sheet.tiles.values():
                    shown[e.file.path] = thumbnails(checked(build, e.file))
                    tick()
                products.write(sheet_names(stem, n)[-1], contact_sheet(kit, sheet, shown, faces))
                index.grid(sheet, shown)
            if not n:  # one sheet held at a time: a merge's folder makes 1,250 of them
                bare.append(group)
            entries = Spool(plan.entries(group))
            products.write(f"{stem}-index.pdf", index.files(entries, together, mine))
        _no_previews(build, bare, errs)
        _stop_if_strict(errs, strict)  # before Products moves anything into place
    if removed is not None:
        removed += products.removed
    return products.written


def _no_contact(group: str, by: Sender, errs: Collector) -> None:
    """A `package.no-contact` note when the group's job sheet names no one to ask about the
    job (Sender.ask says so in the job sheet too): not a fault of the files, but a print
    shop's trial had no one to ask. None for an office the kit no longer has (its files are
    warned of as such)."""
    if by.contact or by.mark is None:
        return
    where = display_path(by.mark.path)
    then = "then build again (the materials that show them are made again) and package"
    if by.mark.path.resolve().is_relative_to(commands.REPO_ROOT / "materials"):
        # an organiser's trial merged with this repository's kit (no kit of its own) and
        # was told to fill in the repository's campaign.yaml
        fix = (
            f"{where} is this repository's own kit, not yours to edit: make a kit of your own "
            f"({commands.command('new kit my-kit')}), give the print shop an address there "
            "(`email:` and `website:` under `fields:` in its materials/campaign.yaml, or an "
            "office's file: `new office ID`), build from it"
        )
        then = "and package that build"
    else:
        fix = "give the print shop an address: fill `email:` (and `website:`) under `fields:` "
        fix += f"in {where}"
        if group == CAMPAIGN_GROUP:  # campaign.yaml's fields print on every office's materials
            fix += (
                " (they print on the campaign's materials that show them, and on every "
                "office's that gives none of its own), or package an office's build (`build "
                "--office ID`), whose file gives its own"
            )
    errs.note(
        "package.no-contact",
        f"{group}: the job sheet names no one to ask about the job: {where} has no e-mail or "
        "website (`email:` and `website:` under `fields:` are empty or missing)",
        by.mark,
        f"{fix}, {then}",
    )


def _no_previews(build: Path, groups: Sequence[str], errs: Collector) -> None:
    """One `package.no-previews` note naming the groups without previews (a build with
    --no-png): no contact sheet is made of them, and their index lists the files without
    their pictures. None when every group has previews. The hint quotes, for each group,
    the runs that made its files with --no-png, without it (`previews_again`): a merge of
    the group's office (an earlier template's, as the stamp keeps it: `merged_earlier`), or
    the folder's last build; else it says "the same build command", which is not known.
    It quoted the folder's last merge, of another template or office, whatever made the
    group (misc63)."""
    if not groups:
        return
    said = []
    for group in groups:
        again = previews_again(build, group) or (
            "build again without --no-png (the same build command)",
        )
        said.append(("" if len(groups) == 1 else f"{group}: ") + "; ".join(again))
    errs.note(
        "package.no-previews",
        f"{', '.join(groups)}: the build made no previews (PNG): no contact sheet is made, and "
        "the index lists the files without pictures",
        None,
        f"{'; '.join(said)}, then package",
    )


def previews_again(build: Path, group: str) -> tuple[str, ...]:
    """ "merge again without --no-png (python generate.py merge ...)" for each run into
    `build` that made files of `group` (its office's id, or CAMPAIGN_GROUP) with --no-png:
    each merge of that office (the last of each template: the stamp, and what it keeps of
    the earlier ones, `merged_earlier`), and the last build, when it was the last run and
    made no merge of the group's; () when none is known."""
    from ..output import manifest_stamp
    from ..pipeline.incremental import merge_key

    stamp = manifest_stamp(build)[0]
    if stamp is None:
        return ()
    office = None if group == CAMPAIGN_GROUP else group
    out = []
    for run in [*_earlier_runs(stamp), stamp]:
        merged = isinstance(run.get("merge"), dict)
        if merged and merge_key(run)[1] != office:
            continue
        chosen = run.get("selection")
        offices = chosen.get("offices") if isinstance(chosen, dict) else None
        built = [] if not isinstance(offices, list) else offices  # a build's: the campaign's
        if not merged and (office not in built and "all" not in built if office else built):
            continue
        words = built_with(run)
        if words is not None and "--no-png" in words.split():
            again = _quoted(build, words, drop="--no-png")
            out.append(f"{words.split()[0]} again without --no-png ({again})")
    return tuple(out)


def again_without(build: Path, option: str) -> str | None:
    """ "build again without OPTION (python generate.py build ... -o FOLDER)", the folder's
    last build (or merge: "merge again ...") quoted without `option` (--no-png,
    --no-digital), when it was given it (`last_command`); None when it was not, or is not
    known."""
    words = last_command(build)
    if words is None or option not in words.split():
        return None
    return f"{words.split()[0]} again without {option} ({_quoted(build, words, drop=option)})"


def last_command(build: Path) -> str | None:
    """The arguments of the last build (or merge) into the folder, from its manifest's stamp
    (`built_with`, without -o and --kit); None when not known (no stamp, a stamp of a shard
    or written before it kept them)."""
    from ..output import manifest_stamp

    stamp = manifest_stamp(build)[0]
    return built_with(stamp) if stamp is not None else None


def _quoted(build: Path, words: str, drop: str = "", add: str = "") -> str:
    """`words` (a build's or merge's arguments, built_with) as a hint quotes them: without
    the word `drop`, with `add` after the merge's or build's own, with the folder's -o
    unless it is the command's default, and --kit (commands.made_again)."""
    kept = [w for w in words.split(" ") if w != drop] + ([add] if add else [])
    return commands.made_again(build, " ".join(kept))


def _refused_here(plan: Plan, group: str, refused: Sequence[Refused]) -> list[tuple[Refused, bool]]:
    """The refused rows of the group's merge, each with whether the group still has print
    files of its event in its template (of an earlier merge: a refused row keeps them)."""
    mine = [r for r in refused if (r.office or CAMPAIGN_GROUP) == group]
    if not mine:
        return []
    held = {
        (e.file.material, e.file.record)
        for e in plan.entries(group, PRINT_VARIANTS)
        if e.file.record is not None
    }
    return [(r, (r.template, r.event) in held) for r in mine]


def _stop_if_strict(errs: Collector, strict: bool) -> None:
    """Raises the errors so far (the folder's: package.outdated), and the warnings with
    `strict` (--strict makes them errors, cli.report), never for notes alone (Severity.NOTE:
    `package.no-contact` failed a --strict package)."""
    if any(d.fails(strict) for d in errs.items):
        # the notes first, as cli.package reports them: the problems end the report
        raise DiagnosticsError(notes_first(errs.items))


def _combined_files(
    build: Path, plan: Plan, errs: Collector, left_out: Mapping[str, OutputFile]
) -> list[Combined]:
    """The merges' combined files (merge.combine) that hold the manifest's files as they are,
    for the print ZIP of their parts' group; a `package.combined` warning for each other one
    (left out of the package). One that holds a file the package leaves out (`left_out`:
    --only, --lang, --ordered-only) is left out with it, without a warning."""
    found = []

    def listed(path: str) -> OutputFile | None:
        return plan.file(path) or left_out.get(path)

    words: str | None = None  # the folder's last command, read once (its manifest's head)
    for c in combined_files(build, listed):
        if not isinstance(c, str) and any(f.path in left_out for f in c.parts):
            continue
        if isinstance(c, str):
            if words is None:
                words = last_command(build) or ""
            template = shlex.split(words)[1] if words.startswith("merge ") else None
            if template is not None and c.startswith((f"{template}-all.", f".{template}-all.")):
                # the folder's last merge is of its template
                add = "" if "--combined" in words.split() else "--combined"
                merge = _quoted(build, words, add=add)
                again = f"merge the data again with --combined ({merge})"
            else:
                again = "merge the data again with --combined (the same merge command)"
            errs.warn(
                "package.combined",
                f"{c}: it is left out of the package",
                None,
                f"{again} to make it again from the files as they are"
                + ("" if " is missing " in c else ", or delete it"),
            )
        else:
            found.append(c)
    return found


def overlapping(sheets: Sequence[MadeSheet]) -> dict[str, tuple[str, ...]]:
    """Per sheet, the other sheets that place some of its files: an A4 and a Letter gang
    sheet and a sticker sheet of the same badges each said "print either it or those
    files", and a print shop that followed every note printed the badges three times (an
    organiser's trial)."""
    paths = {m.name: {f.path for f in m.parts} for m in sheets}
    out = {}
    for m in sheets:
        others = tuple(n for n, placed in paths.items() if n != m.name and placed & paths[m.name])
        if others:
            out[m.name] = others
    return out


def _overlap_warning(
    group: str, overlap: Mapping[str, Sequence[str]], errs: Collector, chosen: PrintPlan
) -> None:
    """A `package.sheet` warning naming the sheets of a group that place the same files;
    with a print order whose files they place, which of them the job sheet counts, which
    it gives as alternatives and which it does not print (`chosen`: printplan.print_plan)."""
    if not overlap:
        return
    names = ", ".join(sorted(overlap))
    counted = sorted({n for a in chosen.aside.values() for n in a.sheets})
    alternatives = sorted(n for n, a in chosen.aside.items() if a.alternative)
    apart = sorted(n for n, a in chosen.aside.items() if not a.alternative)
    said = "printed each as its job sheet note says, those files print more than once"
    if counted:
        said = f"the job sheet counts {', '.join(counted)} for the print order"
    if alternatives:
        said += (
            f" and gives {', '.join(alternatives)} as the alternatives, their copies not counted"
        )
    if apart:
        said += (
            f"{'; it' if alternatives else ' and'} does not print {', '.join(apart)}, which "
            f"also place{'s' if len(apart) == 1 else ''} files no counted sheet does (printed "
            "on their own instead)"
        )
    errs.warn(
        "package.sheet",
        f"{group}: the sheets {names} place some of the same files: {said}",
        None,
        "keep one sheet for each set of files in sheets/ (delete the others), then package; "
        + (
            "sheets that share only some files are never both printed: make them again so "
            "that no file is on two, then package"
            if apart
            else "or tell the print shop which to print (the job sheet's notes name them)"
        ),
    )


def _made_sheets(
    build: Path, plan: Plan, errs: Collector, left_out: Mapping[str, OutputFile]
) -> list[MadeSheet]:
    """The sheets `sheet` made in the build folder's sheets/ that place the manifest's files
    as they are (sheets.record), for their group's ZIPs (a home sheet: the screen ZIP, which
    is the office's own; any other: the print ZIP) and job sheet; a `package.sheet` warning
    for each other one (left out of the package). A sheet of blank event templates
    (`left_out`: BlankTemplates) is left out with them, without a warning: it was told that
    a later build had changed its files."""
    found = []

    def listed(path: str) -> OutputFile | None:
        return plan.file(path) or left_out.get(path)

    for m in made_sheets(build, listed):
        if isinstance(m, str):
            # "sheets/NAME ...": the command its record keeps, else not known
            made = recorded_command(build, m.split(" ", 1)[0].removeprefix(f"{SHEETS_DIR}/"))
            how = f"`{made}`" if made else "the same `python generate.py sheet` command"
            errs.warn(
                "package.sheet",
                f"{m}: it is left out of the package",
                None,
                f"make it again from this build with {how}"
                + ("" if " is missing " in m else ", or delete it"),
            )
        elif not any(f.path in left_out for f in m.parts):  # blank templates: the package's
            found.append(m)  # note names them
    return found


def _sheet_members(build: Path, sheets: Sequence[MadeSheet]) -> list[tuple[str, bytes]]:
    """The sheets as ZIP members (sheets/<name>), by name, each checked again as it is
    packed. Raises DiagnosticsError `package.changed` when one is no longer as recorded."""
    fix = "make the sheet again, then package"
    return [
        (f"{SHEETS_DIR}/{m.name}", _as_found(build / SHEETS_DIR / m.name, m.sha256, fix))
        for m in sorted(sheets, key=lambda m: m.name)
    ]


def _as_found(path: Path, sha256: str, fix: str) -> bytes:
    """A file's bytes, checked again as it is packed. Raises DiagnosticsError
    `package.changed` (with `fix` as the hint) when their sha256 is no longer `sha256`."""
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise failure(
            "package.changed",
            f"{display_path(path)} changed while the package was made",
            None,
            fix,
        )
    return raw


def _not_held(plan: Plan, group: str, c: Combined) -> list[str]:
    """The names of the group's merged print PDFs of `c`'s material that `c` does not hold."""
    held = {f.path for f in c.parts}
    return [
        e.name
        for e in plan.entries(group, PRINT_VARIANTS, by_name=True)
        if e.file.material == c.material and e.file.record and e.file.path not in held
    ]


def _combined_bytes(build: Path, c: Combined) -> bytes:
    """A combined file's bytes, checked again as it is packed. Raises DiagnosticsError
    `package.changed` when they are no longer those `combined_files` found."""
    return _as_found(build / c.name, c.sha256, REMERGE + " with --combined, then package")


class Unlisted(NamedTuple):
    """Files of a build folder, of one group and language, that its group's file does not
    list (`NotLastBuild`)."""

    office: str | None
    language: str
    files: int
    materials: tuple[str, ...]  # theirs, sorted
    # some were made while their group listed the language (campaign.yaml "no longer lists"
    # it); False: each was made by `build --lang` of a language it did not list then either
    # (its entry's `unlisted`: pipeline.execute), a translator's trial
    listed: bool
    # what changed since they were made that they were made from (outdated.KitChanges.add:
    # kit files by their names in the kit, "the generator"), sorted; empty: nothing, or not
    # judged (a kit not the build's)
    changed: tuple[str, ...] = ()


class Older(NamedTuple):
    """The files of a build folder that its last build did not make (`not_last_build`)."""

    files: int  # of them
    total: int  # files in the folder's manifest
    merged: int  # of them a merge made (a record's: made again by merging its data)
    campaign: int  # of them the campaign kit's build made (`build`)
    offices: tuple[str, ...]  # the offices whose builds made the others (`build --office`)
    # of the merged ones, those of the data file the last build merged (`data`): events whose
    # row it merged with other values (`changed`) or not at all (`gone`: the row removed, or
    # refused), by event id, and the templates they were merged into
    data: str = ""
    stale: int = 0  # files of `changed` and `gone` events
    changed: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    # files (not merged ones) of a language their group's file does not list, by office (or
    # None) and language: no build of the group's languages makes them again; `build --prune`
    # removes them
    unlisted: tuple[Unlisted, ...] = ()
    # the older files (but `stale` ones) by material, with their languages ("rollup-850
    # (th)"; an office's: "poster-a3 of brussels (fr)"): the warning said how many, not which
    # (a designer's trial)
    named: tuple[str, ...] = ()
    # the last build's options that change which files a build makes, as its command line
    # gave them ("--no-digital", "--no-png": its stamp's, `option_words`), for the builds the
    # warnings quote: "build everything again (python generate.py build)" of a folder built
    # with --no-png made previews it never had
    options: tuple[str, ...] = ()


class Judged(NamedTuple):
    """What `package` says of a build folder before packing it (`judge`)."""

    stamped: bool  # its manifest has a build stamp
    # outdated.kit_changes: what changed in the kit since its last build that its files were
    # made from, and which files; None: not judged
    changes: Outdated | None
    older: Older  # not_last_build: its files that its last build did not make


def judge(build: Path, kit: Kit | None) -> Judged:
    """Whether the build folder's manifest has a build stamp (a build that publishes with a
    failed job writes none, and `package` packed such a folder without a word: a print shop
    was sent a kit lacking the languages that failed; a failed build that publishes nothing
    leaves the manifest, and its stamp, as the earlier build left them; a folder joined from
    shards has none when some are missing or of other builds), what changed in `kit` since
    its last build (outdated.KitChanges; None when `kit` is None: not the build's kit, not judged)
    and which of its files that build did not make (`not_last_build`): the stamp read once,
    its jobs once, and the entries in one pass. Each had read the stamp, and the entries in
    three passes between them."""
    from ..output import iter_manifest, iter_stamp_jobs, manifest_stamp

    stamp, walked = manifest_stamp(build)
    if stamp is None:
        if kit is None:
            return Judged(False, None, NONE_OLDER)
        return Judged(False, unstamped_changes(build, kit, walked), NONE_OLDER)
    made = {tuple(job) for job in iter_stamp_jobs(build, walked) if isinstance(job, list)}
    older = NotLastBuild(stamp, made, kit)
    changes = KitChanges(stamp, kit) if kit is not None else None
    remade = built_with(stamp)  # None once an outdated file is not of the last build's jobs
    merge = isinstance(stamp.get("merge"), dict)  # the last build was a merge
    stale = Stale()
    built_kinds: set[str] = set()  # the renditions of the folder's built (not merged) files
    for f in iter_manifest(build, walked):
        found = changes.add(f) if changes is not None else []
        older.add(f, found)
        if f.record is None:
            built_kinds.add("png" if f.format == "png" else f.variant)
        if found:
            stale.add(f)
            if f.job not in made or (f.record is not None) != merge:
                remade = None
    chosen = stamp.get("selection")
    options = chosen.get("options") if isinstance(chosen, dict) else None
    if merge and isinstance(options, dict):  # a merge's options are not its folder's builds'
        options = {}
    again: tuple[str, ...] = ()
    merges: tuple[str, ...] = ()
    guessed = False
    if remade is None:  # the builds of the built files, the merges of the merged ones
        # after a merge into a build's folder, the build's options as its files show them:
        # a folder built with --no-png was told to build without it, and the command made
        # the previews the folder never had (a review); the previews' ppi is not known
        rebuilt = (
            {"digital": "digital" in built_kinds, "png": "png" in built_kinds}
            if merge and built_kinds
            else options
        )
        again = rebuild_words(stale.built(), rebuilt)
        merges, guessed = remerge_words(stamp, stale.data) if stale.data else ((), False)
    outdated = (
        changes.result()._replace(remade=remade, again=again, merges=merges, merges_guessed=guessed)
        if changes is not None
        else None
    )
    words = tuple(option_words(options)) if isinstance(options, dict) else ()
    return Judged(True, outdated, older.result()._replace(options=words))


class Stale:
    """The outdated files of a folder, as the commands that make them again need them
    (`add`, one at a time): each one's office, material, language and whether it was merged
    (`files`, for rebuild_words), and a merged one's office, template and data file, its
    name, folder's digest and workbook's sheet (`data`, for remerge_words)."""

    def __init__(self) -> None:
        self.files: set[tuple[str | None, str, str, bool]] = set()
        self.data: dict[tuple[str | None, str, object, object, object], None] = {}

    def add(self, f: OutputFile) -> None:
        self.files.add((f.office, f.material, f.language, f.record is not None))
        if f.record is not None:
            name, place = f.extra.get("data"), f.extra.get("data_place")
            self.data[(f.office, f.material, name, place, f.extra.get("data_sheet"))] = None

    def built(self) -> set[tuple[str | None, str, str, bool]]:
        """`files` that a build made (not merged): a folder of badges built and flyers merged
        is made again by a build of the one and a merge of the other (the hint named the
        merges alone, an organiser's trial)."""
        return {f for f in self.files if not f[3]}


def unstamped_changes(build: Path, kit: Kit, walked: bool = False) -> Outdated:
    """What `kit` outdates of the files of a folder whose manifest has no stamp (its last
    build had a failed job: outdated.KitChanges.unstamped, each file by its own entry), with
    the command that makes them again, from what the manifest keeps of the failed build
    (output.manifest_failed_build): that build itself when it makes every outdated file
    (`remade`: built_with; `made_by`), the command to run again anyway once what failed is
    mended, which mending may outdate the others' files; else a build of the outdated files
    alone with its options (`again`: rebuild_words); else, for merged files, a merge of
    each data file (`merges`: remerge_words, the failed merge's as it was run). None of
    them when the manifest keeps no such build, or several (a join of builds asked for
    different things): the hint's words are then generic. The hint said "build -o OUT, with
    its --office", which an office reads as `build -o OUT` (a regional office's trial)."""
    from ..output import iter_manifest, manifest_failed_build

    each = KitChanges.unstamped(kit)
    stale = Stale()
    for f in iter_manifest(build, walked):
        if each.add(f):
            stale.add(f)
    changes = each.result()
    failed = manifest_failed_build(build) or []
    if not changes.made or len(failed) != 1:
        return changes
    words = built_with(failed[0])
    if words is not None and not stale.data and made_by(kit, failed[0], stale.files):
        return changes._replace(remade=words)
    chosen = failed[0].get("selection")
    options = chosen.get("options") if isinstance(chosen, dict) else None
    again = rebuild_words(stale.built(), options, exact=False)
    merges, guessed = remerge_words(failed[0], stale.data) if stale.data else ((), False)
    return changes._replace(again=again, merges=merges, merges_guessed=guessed)


def made_by(
    kit: Kit, asked: Mapping[str, object], files: Iterable[tuple[str | None, str, str, bool]]
) -> bool:
    """Whether the build that was asked for `asked` (its `selection`, as a stamp or
    output.FAILED_BUILD keeps it) makes, with `kit` as it is, the documents of every one of
    `files` (office, material, language, merged; pipeline.jobs.documents); False for a
    merged file, a merge, or a selection `kit` does not take (an office it no longer has)."""
    from ..diagnostics import DiagnosticsError
    from ..pipeline.jobs import documents, pick_offices

    chosen = asked.get("selection")
    if not isinstance(chosen, dict) or "merge" in asked:
        return False
    given = {key: chosen.get(key) for key in ("offices", "only", "langs")}
    if not all(v is None or isinstance(v, list) for v in given.values()):
        return False
    offices, only, langs = (tuple(v) if isinstance(v, list) else None for v in given.values())
    try:
        docs = documents(kit, langs, only, pick_offices(kit, offices))
    except DiagnosticsError:
        return False
    made = {(o.id if o else None, la.id, lg.code) for la, lg, o in docs}
    return all(not merged and (o, m, lg) in made for o, m, lg, merged in files)


def rebuild_words(
    stale: Iterable[tuple[str | None, str, str, bool]], options: object, exact: bool = True
) -> tuple[str, ...]:
    """The arguments of the builds that make the outdated files of a folder again (`stale`:
    each one's office, material, language and whether it was merged), without -o or --kit:
    per group (an office, or the campaign) and per set of languages, "build", its --office,
    --only the materials outdated in those languages and --lang those languages (sorted),
    and the options of the folder's last build (`options`: its stamp's, option_words), so
    that files made by several builds are made again and nothing else of the kit: "build
    --only flyer-a6 --lang en,es,fr --no-png". The hint said `build -o out1`, which builds
    every material in every language into the folder (a user's trial: three sizes of a
    bookmark in two languages, and earlier builds' two more), and so it still did of files
    of two offices (`build --office nairobi,east-africa --only poster-a3 --lang en`, then
    `--office nairobi --only flyer-a5`: "build -o o7, with its --office"). Campaign first,
    then the offices by id. Not `exact` (after a failed build, whose mending may outdate
    more of the group's files than are outdated now): a build per group, of every material
    outdated in every language outdated (the folder may gain one it lacked). () when it is
    not builds': a merged file (merged again, from its data), or `options` not a stamp's."""
    stale = list(stale)
    if not stale or any(merged for *_, merged in stale) or not isinstance(options, dict):
        return ()
    langs: dict[tuple[str | None, str], set[str]] = {}
    for office, material, language, _ in stale:
        langs.setdefault((office, material), set()).add(language)
    if not exact:  # a group's every language for each of its materials
        for office, material in langs:
            langs[office, material] = {g for (o, _), c in langs.items() if o == office for g in c}
    builds: dict[tuple[str, tuple[str, ...]], tuple[str | None, set[str]]] = {}
    for (office, material), languages in langs.items():
        key = (office or "", tuple(sorted(languages)))
        builds.setdefault(key, (office, set()))[1].add(material)
    out = []
    for (_, codes), (office, materials) in sorted(builds.items()):
        words = ["build"] + ([f"--office {quote(office)}"] if office else [])
        words.append(f"--only {quote(','.join(sorted(materials)))}")
        words.append(f"--lang {quote(','.join(codes))}")
        out.append(" ".join(words + option_words(options)))
    return tuple(out)


def _data_file(name: object, place: object, folders: Sequence[Path]) -> str | None:
    """The data file a merged file was made from, as a command gives it (display_path): its
    entry keeps the file's name and a digest of its folder (`name`, `place`: its `data` and
    `data_place`, pipeline.options.data_place), so the file is the one of `folders` whose
    digest is that; else its name alone (an entry written before it kept the digest, or a
    folder none of them is). None when the entry names no data file."""
    from ..pipeline.options import data_place

    if not isinstance(name, str) or not name:
        return None
    for folder in folders:
        if place is not None and data_place(folder / name) == place:
            return display_path(folder / name)
    return name


def data_folders(stamp: Mapping[str, object], data: object) -> list[Path]:
    """The folders a merged file's data file is looked for in (`_data_file`), in order: the
    folder of the last merge's data file (`data`, its stamp's), the working folder, the
    kit's folder (the stamp's `kit_dir`) and the one that holds it, then the folders inside
    each of those (a data/ beside the kit). A folder whose last run was a build, not a
    merge, gave the data files by name alone ("merge event-flyer-a5 events.csv" for
    data/events.csv, an organiser's trial). A folder is a data file's only when the digest
    its entries keep is that folder's (pipeline.options.data_place), so more folders never
    name a wrong one."""
    near = [Path(data).parent] if isinstance(data, str) else []
    near.append(Path.cwd())
    kit_dir = stamp.get("kit_dir")
    if isinstance(kit_dir, str):
        near += [Path(kit_dir), Path(kit_dir).parent]
    inside = []
    for folder in near:
        try:
            inside += sorted(p for p in folder.iterdir() if p.is_dir() and p.name[:1] != ".")
        except OSError:
            continue
    return list(dict.fromkeys([*near, *inside]))


def remerge_words(
    stamp: Mapping[str, object], merged: Iterable[tuple[str | None, str, object, object, object]]
) -> tuple[tuple[str, ...], bool]:
    """The arguments of the merges that make a folder's outdated merged files again
    (`merged`: each one's office, template, and data file's name, folder digest and
    workbook's sheet), without -o or --kit: "merge TEMPLATE DATA" with its --office and
    --sheet (a workbook of several sheets, each of events of its own, read the others' "no
    --sheet": an error), one per template, office, data file and sheet, in the folder's
    order. The data file is found in the folder of a merge's (its stamp's `merge`, or an
    earlier one's) or the current folder (`_data_file`). Each template's and office's last
    merge (of that data file and sheet) is quoted as it was run, with all its options
    (built_with of `merge_run`): the folder's last merge's from its stamp, an earlier one's
    from what the stamp kept of it (`merged_earlier`). A folder of two merges' events was
    told "build -o out-events, with its --office, or merge TEMPLATE DATA" (a user's trial);
    the earlier of two templates was quoted without its --no-png and --name. With them,
    whether any is quoted without its options, which the stamp does not keep (a folder
    merged before stamps kept `merged_earlier`). ((), False) when a file's data file is
    not known."""
    runs = [stamp, *_earlier_runs(stamp)]
    folders = list(dict.fromkeys(f for run in runs for f in data_folders(stamp, _merge_data(run))))
    out: list[str] = []
    guessed = False
    for office, template, name, place, sheet in merged:
        path = _data_file(name, place, folders)
        if path is None:
            return (), False
        words = ["merge", quote(template), quote(path)]
        words += [f"--office {quote(office)}"] if office else []
        sheet = sheet if isinstance(sheet, str) and sheet else None
        words += [f"--sheet {quote(sheet)}"] if sheet else []
        run = merge_run(stamp, template, office)
        said = run.get("merge") if run is not None else None
        said = said if isinstance(said, dict) else {}
        data, read = said.get("data"), said.get("sheet")
        last = built_with(run) if run is not None else None
        if (
            last is not None
            and isinstance(data, str)
            and path == display_path(Path(data))
            and read in (None, sheet)  # the sheet it read (None: the one of events)
        ):
            words = [last]
        guessed = guessed or words != [last]
        out.append(" ".join(words))
    return tuple(dict.fromkeys(out)), guessed


def merge_run(
    stamp: Mapping[str, object], template: str, office: str | None
) -> Mapping[str, object] | None:
    """What the last merge of `template` for `office` (None: the campaign's) into the folder
    of `stamp` was run with, as built_with reads it: the stamp itself when that merge was
    the folder's last run, else what the stamp kept of it (`merged_earlier`:
    pipeline.incremental.earlier_merges); None when it kept nothing of it (a folder merged
    before stamps kept earlier merges, or not merged with it)."""
    from ..pipeline.incremental import merge_key

    for run in [stamp, *reversed(_earlier_runs(stamp))]:
        if isinstance(run.get("merge"), dict) and merge_key(run) == (template, office):
            return run
    return None


def _earlier_runs(stamp: Mapping[str, object]) -> list[Mapping[str, object]]:
    said = stamp.get("merged_earlier")
    return [e for e in said if isinstance(e, dict)] if isinstance(said, list) else []


def _merge_data(run: Mapping[str, object]) -> object:
    said = run.get("merge")
    return said.get("data") if isinstance(said, dict) else None


def built_with(stamp: Mapping[str, object]) -> str | None:
    """The arguments of the build whose stamp this is, from its `selection` and `merge`
    (pipeline.incremental.selection, merged_with), without -o or --kit (the caller's), so
    that running them makes the same files again: "build", with --office, --only and --lang
    as it was given them, and the options that change its files (--no-digital, --no-png,
    --png-ppi, --png-bleed, --publish-anyway, --strict: `options`), "build --office dakar
    --lang fr --no-png"; a merge's "merge TEMPLATE DATA" with its --office, --images,
    --sheet, --name, --combined and options, the paths as display_path shows them
    ("merge event-flyer-a5 events.csv --no-png"). The hint quoted only --office, --only and
    --lang: run as told, it made the previews and digital PDFs a `--no-png --no-digital`
    build had not, and a merge's folder was told to build. None when not known: a stamp
    written before it kept the selection and options, or a shard's (`shard`: a build without
    --shard makes every shard's files)."""
    chosen = stamp.get("selection")
    if not isinstance(chosen, dict) or stamp.get("shard") is not None:
        return None
    options, merge = chosen.get("options"), stamp.get("merge")
    if not isinstance(options, dict):
        return None
    given: dict[str, list[str]] = {}
    for key in ("offices", "only", "langs"):
        value = chosen.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None
        given[key] = value
    if isinstance(merge, dict):
        words = _merge_words(merge, given)
        if words is None:
            return None
    else:
        words = ["build"] + [
            f"{option} {quote(','.join(given[key]))}"
            for key, option in (("offices", "--office"), ("only", "--only"), ("langs", "--lang"))
            if key in given
        ]
    return " ".join(words + option_words(options))


def _merge_words(merge: Mapping[str, object], given: Mapping[str, list[str]]) -> list[str] | None:
    """A merge's words from its stamp's `merge` and selection ("merge event-flyer-a5
    events.csv --office dakar"); None when they are not a merge's (no one template)."""
    template, data = given.get("only", []), merge.get("data")
    if len(template) != 1 or not isinstance(data, str):
        return None
    words = ["merge", quote(template[0]), quote(display_path(Path(data)))]
    offices = given.get("offices", [])
    words += [f"--office {quote(o)}" for o in offices]
    for key, option in (("images", "--images"), ("sheet", "--sheet"), ("name", "--name")):
        value = merge.get(key)
        if isinstance(value, str):
            shown = display_path(Path(value)) if key == "images" else value
            words.append(f"{option} {quote(shown)}")
    return words + (["--combined"] if merge.get("combined") is True else [])


def option_words(options: Mapping[str, object]) -> list[str]:
    """The command-line words of a stamp's `options` (incremental.build_options) that are
    not the defaults: --no-digital, --no-png (or --png-ppi N and --png-bleed), and
    --publish-anyway and --strict."""
    words = [] if options.get("digital", True) else ["--no-digital"]
    if not options.get("png", True):
        words.append("--no-png")  # the previews' ppi and bleed make no file then
    else:
        ppi = options.get("png_ppi")
        if isinstance(ppi, int | float) and not isinstance(ppi, bool):
            words.append(f"--png-ppi {ppi:g}")
        if options.get("png_bleed") is True:
            words.append("--png-bleed")
    for key, option in (("publish_anyway", "--publish-anyway"), ("strict", "--strict")):
        if options.get(key) is True:
            words.append(option)
    return words


NONE_OLDER = Older(0, 0, 0, 0, ())


class NotLastBuild:
    """The files of the build's manifest that its last build did not make, given one entry
    at a time (`add`): a build of one language into the folder of a whole build keeps the
    other languages' files, made before it, perhaps from an earlier state of the kit
    (another colour): `package` packed them beside the new ones without a word. The last
    build's jobs are its stamp's (`made`: output.iter_stamp_jobs); none counted when the
    stamp lists none. Each is counted by what makes it again: a merge, the campaign kit's
    build or an office's.

    A file made from the kit as it was at the last build (its entry's `kit`, the stamp's:
    fingerprint.kit_state) is not older: a build and a merge into one folder, in either
    order, counted every file of the one before ("build everything again", then after that
    "merge again"). A merged file of the data file the last build merged (a merge into
    another template of the same rows: event-flyer-a4 beside event-flyer-a5) is current
    only when the last build merged its row, in its language, with the same values
    (entries' `row` digest); one whose row the last merge had with other values, or did not
    have, is counted and named. After the kit changed (a theme edited), every file the last
    build did not make is counted, as it may show the kit's earlier state; of them, those of
    a language that `kit` does not list for their group (campaign.yaml's or the office's
    `languages:`) are counted apart (`unlisted`), as building again never makes them: only
    `build --lang` of it does, and `build --prune` removes them (the advice to build again
    changed nothing); with whether some were made while their group listed it (else each
    entry says it did not then: `unlisted`, a `build --lang` trial's files, of which the
    package said "campaign.yaml no longer lists pt-BR"), and what changed since that they
    were made from (`add`'s `changed`, package.outdated's judgement: a trial's files made
    from nothing that changed are current, and `package` says nothing of them).

    Which rows the last build merged is known at the end only (the manifest lists the files
    by path, a template's beside another's): the merged files made from the same kit by an
    earlier build are kept aside (`waiting`, a spool: a merge's folder lists 10,000 files or
    more) and judged in `result`. It took two passes over the entries."""

    def __init__(self, stamp: Mapping[str, object], made: set[tuple[object, ...]], kit: Kit | None):
        from ..pipeline.incremental import group_states

        self.made, self.kit = made, kit
        self.states = group_states(dict(stamp))  # each group's kit state at the last build
        # the events the last merge chose (`merge --event`, case folded; None: every row):
        # the others' files were kept as they were, not left behind by it
        merged = stamp.get("merge")
        events = merged.get("events") if isinstance(merged, dict) else None
        self.chosen = (
            {e for e in events if isinstance(e, str)} if isinstance(events, list) else None
        )
        # (data, place, sheet, record, language): the row digest of each file the last build
        # merged
        self.rows: dict[tuple[object, ...], object] = {}
        self.waiting: Spool[tuple[tuple[object, ...], object, str, str]] = Spool()
        self.total = self.older = self.merged = self.campaign = self.stale = 0
        self.offices: set[str] = set()
        self.changed: set[str] = set()
        self.gone: set[str] = set()
        self.templates: set[str] = set()
        # (office, language) -> (files, their materials, listed when made, changes)
        self.unlisted: dict[tuple[str | None, str], tuple[int, set[str], bool, set[str]]] = {}
        self.by_material: dict[str, set[str]] = {}

    def add(self, f: OutputFile, changed: Sequence[str] = ()) -> None:
        """Count `f`; `changed`: what changed since it was made that it was made from
        (outdated.KitChanges.add), kept for a file of a language its group does not list."""
        self.total += 1
        if f.job in self.made:
            if f.record is not None and "data" in f.extra:
                self.rows[_row_key(f)] = f.extra.get("row")
            return
        kit_now = self.states.get(f.office)
        same_kit = kit_now is not None and f.extra.get("kit") == kit_now
        if same_kit and f.record is None:
            return  # made earlier from the kit as the last build had it
        if same_kit:  # a merged file: judged once the last build's rows are known
            self.waiting.append((_row_key(f), f.extra.get("row"), f.record or "", f.material))
            return
        if self.kit is not None and f.record is None and not _listed(self.kit, f):
            # of an earlier kit, whose group listed the language then (`--lang tr` of a kit
            # that never listed tr, unchanged since, is current: above)
            place = (f.office, f.language)
            n, materials, listed, since = self.unlisted.get(place, (0, set(), False, set()))
            materials.add(f.material)
            listed = listed or not f.extra.get("unlisted")  # listed when it was made
            self.unlisted[place] = (n + 1, materials, listed, since.union(changed))
            return
        what = f.material + (f" of {f.office}" if f.office else "")
        self.by_material.setdefault(what, set()).add(f.language)
        self._older(f.record, f.office)

    def _older(self, record: str | None, office: str | None) -> None:
        self.older += 1
        if record is not None:
            self.merged += 1
        elif office:
            self.offices.add(office)
        else:
            self.campaign += 1

    def _judge_waiting(self, merged_data: set[tuple[object, ...]]) -> None:
        """The merged files made from the same kit as the last build, not by it: current
        unless of the data file (and workbook's sheet) it merged; then current when it merged
        their row with the same values, else `changed` (other values) or `gone` (not merged):
        a file of sheet July beside a merge of sheet August (another office's) was "merged
        from an earlier state of events.xlsx"."""
        for key, row, record, material in self.waiting:
            if key[:3] not in merged_data:
                continue  # made earlier from the kit as the last build had it
            if self.chosen is not None and record.casefold() not in self.chosen:
                continue  # an event `merge --event` did not name: kept as it was made
            if key in self.rows and row is not None and self.rows[key] == row:
                continue  # the last merge's row, merged into another template, same kit
            (self.changed if key in self.rows else self.gone).add(record)
            self.templates.add(material)
            self.stale += 1
            self._older(record, None)

    def result(self) -> Older:
        if not self.made:
            return NONE_OLDER
        merged_data = {key[:3] for key in self.rows}
        self._judge_waiting(merged_data)
        data = str(next(iter(merged_data))[0]) if len(merged_data) == 1 else ""
        unlisted = sorted(self.unlisted.items(), key=_unlisted_order)
        return Older(
            self.older,
            self.total,
            self.merged,
            self.campaign,
            tuple(sorted(self.offices)),
            data,
            self.stale,
            tuple(sorted(self.changed)),
            tuple(sorted(self.gone)),
            tuple(sorted(self.templates)),
            tuple(
                Unlisted(o, lang, n, tuple(sorted(materials)), listed, tuple(sorted(since)))
                for (o, lang), (n, materials, listed, since) in unlisted
            ),
            tuple(
                f"{m} ({', '.join(sorted(langs))})" for m, langs in sorted(self.by_material.items())
            ),
        )


def _unlisted_order(item: tuple[tuple[str | None, str], object]) -> tuple[str, str]:
    return (item[0][0] or "", item[0][1])


def _listed(kit: Kit, f: OutputFile) -> bool:
    """Whether the kit lists the language of `f` for its group (Kit.lists)."""
    return kit.lists(f.language, f.office)


def _row_key(f: OutputFile) -> tuple[object, ...]:
    """A merged file's row, as `NotLastBuild` matches files of several templates: its data
    file (name, folder's digest, workbook's sheet: each sheet's ids are its own), event and
    language."""
    data = (f.extra.get("data"), f.extra.get("data_place"), f.extra.get("data_sheet"))
    return (*data, f.record, f.language)


def _packed(
    build: Path, entries: Iterable[Entry], tick: Callable[[], None]
) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each entry as it comes, each file read and checked again."""
    for e in entries:
        yield e.name, checked(build, e.file)
        tick()


class EarlierPackage(NamedTuple):
    """What a package folder's LISTING says of the last package written there: the build
    folder it packed (resolved from the package folder: the listing names it relative to
    that folder, `listed_source`; None in a listing written before listings named it) and
    its products' names (each a plain name of the folder)."""

    source: Path | None
    files: list[str]


def earlier_package(out: Path) -> EarlierPackage | None:
    """The last package written into `out` (its LISTING: a list of names, or since listings
    named their build folder `{"from": PATH, "files": [...]}`, PATH relative to `out`, or
    absolute as the fifty-ninth session's listings wrote it); None when there is none or it
    cannot be read."""
    try:
        listing = json.loads((out / LISTING).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    source = None
    if isinstance(listing, dict):
        place = listing.get("from")
        source = (out / place).resolve() if isinstance(place, str) and place else None
        listing = listing.get("files")
    if not isinstance(listing, list):
        return None
    names = [n for n in listing if isinstance(n, str) and Path(n).name == n]
    return EarlierPackage(source, names)


def other_build(out: Path, build: Path) -> None:
    """Refuse to write into `out` the package of `build` when `out` holds the package of
    another build folder: a package removes the last one's products it does not make, and a
    package of a folder of badges into the folder of a package of a merge's flyers replaced
    the print shop's 5.6 MB print ZIP with 0.8 MB of badges, a line saying "removed" for each
    (an organiser's trial). A listing that names no build folder (an earlier version's) is not
    judged, nor a package folder inside `build` (`package`'s own default, BUILD/package):
    the build folder moved, renamed or copied with its package (mv out out-july, a CI
    workspace at another path) is still that package's build; the listing names the build
    folder relative to the package folder (`listed_source`), so a build moved with a
    package folder beside it is too (a review found both refused). Raises DiagnosticsError
    `package.other-build`."""
    earlier = earlier_package(out)
    if earlier is None or earlier.source is None or earlier.source == build.resolve():
        return
    if out.resolve().is_relative_to(build.resolve()):
        return
    present = [n for n in earlier.files if (out / n).is_file()]
    if not present:
        return
    shown = ", ".join(present[:2]) + (", ..." if len(present) > 2 else "")
    own = quote(f"{display_path(out)}-{build.resolve().name}")
    raise failure(
        "package.other-build",
        f"{display_path(out)} holds the package of the build in {display_path(earlier.source)} "
        f"({len(present)} file(s): {shown}): a package of {display_path(build)} would replace "
        "it; nothing was written",
        None,
        f"package into a folder of its own: -o {own}",
        "or, to replace that package with this one, add --replace",
    )


def listed_source(out: Path, build: Path) -> str:
    """The build folder `build` as the listing of package folder `out` names it: relative to
    `out`, with forward slashes (".." for BUILD/package), so that the two moved or copied
    together still match (other_build), and the listing names none of the user's folders
    (as pipeline.options.data_place keeps a merge's data file); the absolute path where
    there is no relative one (another drive, on Windows)."""
    try:
        return Path(os.path.relpath(build.resolve(), out.resolve())).as_posix()
    except ValueError:
        return str(build.resolve())


class Products:
    """The package's products, each written to a temporary name in `out` as it is made and
    all moved into place when the `with` block ends without an error; on an error every
    temporary file is removed. Raises DiagnosticsError `package.output` on an OSError."""

    def __init__(self, out: Path, source: Path | None = None) -> None:
        self.out = out
        self.source = source  # the build folder packed: the listing names it (other_build)
        self.parts: list[tuple[Path, Path]] = []  # (temporary, target): a few per group
        self.written: list[Path] = []
        self.removed: list[Path] = []  # an earlier package's products not made now

    def __enter__(self) -> Products:
        return self

    def _part(self, name: str) -> Path:
        if not self.parts:
            self.out.mkdir(parents=True, exist_ok=True)
        part = self.out / f".{name}.part-{os.getpid()}"
        self.parts.append((part, self.out / name))
        return part

    def write(self, name: str, blob: bytes) -> None:
        self._part(name).write_bytes(blob)

    def _remove_earlier(self) -> None:
        """Remove the products the folder's last package wrote (LISTING) that this one did
        not write, into `removed`, and list this one's, with the build folder it packed
        (`source`): no other file of the folder is ever removed (a first package, or a folder
        whose listing cannot be read, removes none)."""
        earlier = earlier_package(self.out)
        written = {p.name for p in self.written}
        for name in earlier.files if earlier is not None else ():
            path = self.out / name
            if name not in written and name != LISTING and path.is_file():
                path.unlink()
                self.removed.append(path)
        listing: object = sorted(written)
        if self.source is not None:
            listing = {"from": listed_source(self.out, self.source), "files": sorted(written)}
        (self.out / LISTING).write_text(json.dumps(listing, indent=1) + "\n", encoding="utf-8")

    def zip(self, name: str, members: Iterable[tuple[str, bytes]], date: tuple[int, ...]) -> None:
        """A ZIP of `members`, sorted by name, written one member at a time (write_zip)."""
        with self._part(name).open("wb") as target:
            write_zip(target, members, date)

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        try:
            if exc is None:
                self.out.mkdir(parents=True, exist_ok=True)  # an empty build's package too
                for part, target in sorted(self.parts, key=lambda p: product_order(p[1].name)):
                    os.replace(part, target)
                    self.written.append(target)
                self._remove_earlier()
                return
        except OSError as error:
            exc = error
        for part, _ in self.parts:
            part.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise failure(
                "package.output",
                f"cannot write the package into {display_path(self.out)} ({exc.strerror})",
                None,
                "check that the folder is writable and the disk not full",
            ) from None


def write_all(out: Path, products: dict[str, bytes]) -> list[Path]:
    """Each product to a temporary name first, then all moved into place (Products)."""
    with Products(out) as made:
        for name, blob in sorted(products.items()):
            made.write(name, blob)
    return made.written
