"""The build as a library: check() lays out without drawing, build() runs every job and
publishes (and writes the folder's index.html gallery). Kit-level errors (YAML, unknown names)
stop everything before any job, but for errors that are all in strings files other than the
source language's: those languages' jobs fail with their files' errors, and the others are
made (load_kit's `isolate`). A job that fails (layout, preflight) fails alone: the others
are published, unless all_or_nothing.

Publishing is one transaction (output.Staging, publishing.py): the files, the manifest and the
gallery, all or nothing, whatever fails or kills the build.

The colour science, the layout stage and the gallery are imported where they are used: a
build with nothing to do (pipeline.incremental) needs none of them and ends sooner."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from ..cache import DIGESTS
from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, Severity, Subject
from ..fonts import FontBook, bold_in_regular, load_fontbook, script_gaps
from ..model import Kit, Office, StringEntry
from ..output import MANIFEST, JobId, OutputFile, Staging, manifest_problem
from ..publishing import recover
from ..resolve import Layer
from ..spool import Spool
from .events import Failed, Listener, Planned, Skipped, Started, ignore
from .fingerprint import code_version
from .incremental import Previous, group_states, nothing_to_do, stamp, with_jobs
from .joblog import JobLog
from .jobs import (
    Composed,
    Doc,
    DocKey,
    JobKey,
    JobResult,
    doc_jobs,
    doc_key,
    documents,
    full_plan,
    key_jobs,
    listed_plan,
    of_shard,
    own_key,
    pick_offices,
    record_doc_keys,
    record_documents,
    record_plan,
    select,
    shard_of,
)
from .kitcache import cached_fontbook, cached_kit, kit_digests
from .options import Options


def check(
    root: Path,
    langs: tuple[str, ...] | None = None,
    only: tuple[str, ...] | None = None,
    pseudo: bool = False,
    offices: tuple[str, ...] | None = None,
) -> tuple[Kit, list[Composed], list[Diagnostic]]:
    """Lay out every page without drawing (for `offices`, when given); raise with every error
    (those of a language whose strings file cannot be read beside the other languages'
    layouts). With `pseudo`, also lay out the pseudo-locales and return what they show as
    warnings."""
    from ..colours import mismatches
    from .compose import compose_all

    with _about(langs, only):
        kit = cached_kit(root, isolate=True)
    chosen = pick_offices(kit, offices)
    kit = replace(kit, warnings=kit.warnings + tuple(mismatches(kit)) + tuple(past_campaign(kit)))
    if chosen:
        kit = replace(kit, warnings=kit.warnings + tuple(unfilled(kit, chosen)))
    unreadable: list[DocKey] = []
    docs = documents(kit, langs, only, chosen, unreadable)
    # the warnings of the languages laid out (--lang, an office's), as a build's
    kit = replace(
        kit,
        warnings=selected(
            kit.warnings,
            tuple({doc[1].code for doc in docs}),
            chosen,
            {doc[0].id for doc in docs} if only else None,
        ),
    )
    fonts = load_fontbook(kit.fonts_dir)
    gaps = script_gaps(fonts)  # a family's file that is not a font of its scripts
    made = {doc[0].id for doc in docs} if only else None
    kit = replace(
        kit, warnings=kit.warnings + font_warnings(kit, fonts, {d[1].code for d in docs}, made)
    )
    laid, errs = compose_all(kit, fonts, docs)
    errs.extend(link_variant_problems(kit, fonts, docs))
    reported = dict.fromkeys(key[1] for key in unreadable)
    if langs is None:  # the whole kit: every strings file that cannot be read, laid out or not
        reported.update(dict.fromkeys(kit.unreadable))
    for code in reported:  # beside the other languages' layouts
        errs.extend(kit.unreadable[code])
    if not chosen:  # the whole kit's check: an office file with errors is one of its errors
        for problems in kit.unusable_offices.values():
            errs.extend(problems)
    if errs.errors or gaps:  # the kit's warnings too (a style that allows text below the floor)
        raise DiagnosticsError([*kit.warnings, *gaps, *errs.items])
    warnings = list(kit.warnings) + list(errs.warnings)
    if pseudo:
        codes = tuple(c for c, lang in kit.languages.items() if lang.pseudo)
        _, stress = compose_all(kit, fonts, select(kit, codes, only))
        # what the kit's own languages found already is not the pseudo-locales' own (a
        # badge's art past its face was said twice, once as theirs: an organiser's trial)
        found = {(d.code, d.message, d.mark) for d in [*errs.items, *warnings]}
        warnings += [
            replace(d, severity=Severity.WARNING, code="layout.pseudo")
            for d in stress.items
            if (d.code, d.message, d.mark) not in found
        ]
    if not chosen:  # an office's own check has its own contacts
        source = kit.campaign.source_language
        laid_out = {  # the source language's documents this check composed already
            one.composed.layout.id: one.diagnostics
            for one in laid
            if one.composed.lang.code == source and one.composed.office is None
        }
        warnings += when_filled(kit, fonts, only, laid_out)
    return kit, [one.composed for one in laid], warnings


# A link of each kind whose texts differ (model.LINK_KINDS: "Scan to call"), for `check` to
# lay out the texts shown about it. Example values only (RFC 2606's domain, zeros).
LINK_SAMPLES = {"tel": "tel:+00-000-000-0000", "mailto": "mailto:blue-heart@example.org"}


def link_variant_problems(kit: Kit, fonts: FontBook, docs: Sequence[Doc]) -> list[Diagnostic]:
    """The problems of the texts a document shows about a link of another kind (a text slot
    with `link:` or a QR code's alternative text, for a tel: or mailto: link: `qr_label_tel`
    for `qr_label`, model.key_for_link), each document with those texts laid out again with
    such a link (LINK_SAMPLES) in its slots' links: a caption that fitted under a web address
    and not as "Scan to send an e-mail" failed a Georgian event's merge, and `check` passed.
    Only the problems of those texts (their string keys) are returned. An office's documents
    are left alone: their links are the office's (or the campaign's), and the document laid
    out with them shows the texts it will print (`check --office` of an office whose links
    are web addresses was eight overflows of "Scan to call", which it never prints: an
    office's trial)."""
    from ..model import TextSlot, link_keys
    from .compose import compose_document

    source = kit.languages.get(kit.campaign.source_language)
    if source is None:
        return []
    out: list[Diagnostic] = []
    for doc in docs:
        layout, office = doc[0], doc[2]
        if office is not None:
            continue
        variants: dict[str, set[str]] = {}  # link name: the variant keys its slots show
        for slot in layout.slots:
            link = getattr(slot, "link", None)
            if link is None:
                continue
            keys = (*(slot.strings if isinstance(slot, TextSlot) else ()), slot.alt)
            for key in filter(None, keys):
                variants.setdefault(link, set()).update(link_keys(key, source.strings)[1:])
        if not any(variants.values()):
            continue
        for kind, sample in LINK_SAMPLES.items():
            layer = Layer(f"a {kind} link", links={name: sample for name in variants})
            laid = compose_document(kit, fonts, *doc, extra=(layer,))  # type: ignore[misc]
            shown = {k for keys in variants.values() for k in keys if k.endswith(f"_{kind}")}
            out += [
                d
                for d in laid.diagnostics
                if d.is_error and d.subject and set((d.subject.key or "").split(", ")) & shown
            ]
    return out


# A sample of each contact field (model.CONTACT_FIELDS), as long as a real one: a slot that
# shows a field is left out while the field is empty, and `check` laid it out only when an
# office filled it (a helpline slot moved over the headline passed every check). Example
# values only (RFC 2606's domain, a number of zeros), never printed.
SAMPLE_CONTACTS = {
    "helpline": "+00 000 000 0000",
    "report_url": "https://www.example.org/report-trafficking",
    "website": "https://www.example.org/blue-heart",
    "email": "blue-heart.office@example.org",
    "social": "@BlueHeartExample",
    "office_name": "UNODC Regional Office for the Example Region",
}


# The problems of where slots are (not of how long a value is: an office's own value that
# does not fit is named at its line when it is filled)
WHERE_SLOTS_GO = frozenset(
    {"layout.overlap", "layout.safe-area", "layout.off-page", "colour.contrast"}
)


def when_filled(
    kit: Kit,
    fonts: FontBook,
    only: tuple[str, ...] | None,
    laid_out: Mapping[str, Sequence[Diagnostic]] | None = None,
) -> list[Diagnostic]:
    """The layout problems of where slots go (`layout.when-filled`, warnings) that the kit's
    layouts show in the source language once their empty contact fields are filled
    (SAMPLE_CONTACTS): those of the filled layout that the layout as it is does not have,
    at the slot. `laid_out`: the diagnostics of the source language's documents the caller
    composed already, by layout id (composed here for the others)."""
    from ..model import CONTACT_FIELDS
    from .compose import compose_document

    empty = [f for f in CONTACT_FIELDS if not kit.campaign.fields.get(f, "").strip()]
    source = kit.languages.get(kit.campaign.source_language)
    if not empty or source is None:
        return []
    mark = kit.campaign.mark
    out: list[Diagnostic] = []
    for layout in kit.layouts.values():
        if only and layout.id not in only:
            continue
        base = (laid_out or {}).get(layout.id)
        if base is None:
            base = compose_document(kit, fonts, layout, source).diagnostics
        # every contact filled, and for each slot that stands in for others (`when_empty`),
        # those left empty: the slots each office's contacts draw
        groups = [(), *dict.fromkeys(s.when_empty for s in layout.slots if s.when_empty)]
        filled: list[Diagnostic] = []
        for left_empty in groups:
            given = {
                f: StringEntry(f, SAMPLE_CONTACTS[f], None, mark)
                for f in empty
                if f not in left_empty
            }
            layer = Layer("filled", given)
            filled += compose_document(kit, fonts, layout, source, extra=(layer,)).diagnostics
        known = {(d.code, d.message) for d in base}
        slots = {s.name: s for s in layout.slots}
        for d in dict.fromkeys(filled):
            if (d.code, d.message) in known or d.code not in WHERE_SLOTS_GO:
                continue
            known.add((d.code, d.message))
            keys = (d.subject.key or "").split(", ") if d.subject else []
            slot = slots.get(d.subject.slot or "") if d.subject else None
            slot = slot or next(
                (s for s in layout.slots if set(keys) & set(getattr(s, "fields", ()))), None
            )
            own = [f for f in getattr(slot, "fields", ()) if f in empty]
            shown = [k for k in keys if k in empty] or own or empty
            samples = ", ".join(f"{k} {SAMPLE_CONTACTS[k]!r}" for k in shown)
            out.append(
                replace(
                    d,
                    code="layout.when-filled",
                    message=f"once an office fills its contacts ({samples}, samples of a "
                    f"usual length): {d.message}",
                    # a size's own frame of the slot: where the filled layout told it
                    mark=d.mark if slot is None else layout.own_frames.get(slot.name, slot.mark),
                    hints=tuple(h for h in d.hints if not h.startswith("shorten it in "))
                    or ("enlarge the slot or lower the style's min_size",),
                    severity=Severity.WARNING,
                )
            )
    return out


class NotPublishedError(DiagnosticsError):
    """Nothing was published (all_or_nothing): every problem, and what each job did."""

    def __init__(self, diagnostics: list[Diagnostic], jobs: Sequence[JobResult]) -> None:
        super().__init__(diagnostics)
        self.jobs = jobs


@dataclass(frozen=True)
class BuildResult:
    files: Sequence[OutputFile]  # every file of the output folder's manifest (a build's: a Spool)
    diagnostics: list[Diagnostic]  # every problem: warnings, and the errors of failed jobs
    counts: dict[str, dict[str, int]]  # status -> rendition -> files (done) or jobs
    jobs: Sequence[JobResult]  # every job of this run, in plan order (a build's: a JobLog)
    removed: Sequence[str]  # our files deleted: their jobs left the kit or no longer make them
    kit: Kit | None = None  # the kit built (for what the CLI says about it)
    manifest: bool = False  # the manifest was written (output.Published.manifest)

    @property
    def failed(self) -> list[JobResult]:
        if isinstance(self.jobs, JobLog):  # kept in memory: no pass over the file
            return list(self.jobs.failed)
        return [j for j in self.jobs if j.status == "failed"]


def build(root: Path, opts: Options, listener: Listener = ignore) -> BuildResult:
    """Lay out, draw, preflight and publish. Raises DiagnosticsError on kit-level errors, and
    with `all_or_nothing` when any job fails (the previous output is then unchanged).

    Incremental (unless opts.incremental is False, `--force`): a build whose stamp and files
    are those of the previous build into the same folder does nothing; else each document is
    composed and only the jobs whose fingerprint or files changed are drawn."""
    recover(opts.out, opts.out)  # a publish a killed build left: finished or rolled back
    code = code_version()
    digests = kit_digests(root)
    now = stamp(digests, code, opts, root)
    # --prune looks at the earlier files, which a build with nothing to do does not
    skipped, files = (
        nothing_to_do(opts.out, now) if opts.incremental and not opts.prune else ((), ())
    )
    if skipped:
        DIGESTS.save()  # the outputs' digests too
        return _nothing_to_do(skipped, files, listener)
    from ..serve.described import KitNames
    from ..serve.static_gallery import INDEX, gallery_chunks
    from .execute import Unit, Work, execute
    from .grouping import per_cause
    from .renditions import wanted

    with _about(opts.langs, opts.only):
        kit = cached_kit(root, digests, code, isolate=True)
    offices = pick_offices(kit, opts.offices)
    renditions = wanted(opts)
    unread = _unread_manifest(opts.out) if opts.incremental else []

    def planned() -> Iterator[JobKey]:  # the jobs, in plan order, made again at each call
        return (k for key in _doc_keys(kit, opts, offices) for k in key_jobs(kit, key, renditions))

    keys: list[JobKey] = []
    docs = 0
    unreadable: list[DocKey] = []  # of languages whose strings file cannot be read
    for key in _doc_keys(kit, opts, offices, unreadable):
        docs += 1
        keys += key_jobs(kit, key, renditions)
    not_read = _not_read(kit, unreadable, opts, renditions)
    keys += [r.key for r in not_read]
    # the warnings of the languages this build makes (a merge's: its records')
    kit = _with_warnings(
        kit,
        offices,
        code,
        tuple({k.language for k in keys}),
        {k.material for k in keys} if opts.only else None,
        merge=opts.records is not None,
    )
    if opts.shard and offices and opts.records is None:
        # and of the offices it makes documents of: a shard of `--office all` said every
        # office's unfilled fields, whether it made any of its documents or not (8 shards: 56
        # warnings in a CI log)
        kit = replace(kit, warnings=_of_offices(kit.warnings, {k.office for k in keys}))
    if opts.langs is None and opts.records is None:  # the kit's languages: and the others?
        kit = replace(kit, warnings=kit.warnings + _not_built(kit, unreadable))
    if opts.strict and kit.warnings:
        failing = dict.fromkeys(d for r in not_read for d in r.diagnostics if d.is_error)
        raise DiagnosticsError([w.as_error() for w in kit.warnings] + list(failing))
    units = (
        Unit.of(doc, tuple(doc_jobs([doc], renditions))) for doc in _documents(kit, opts, offices)
    )
    in_kit, kept = _in_kit(kit, opts)
    previous = Previous(opts.out) if opts.incremental else None
    user = "build" if opts.records is None else "merge"
    with Staging(opts.out, user) as staging:  # the folder's lock first: then the plan is told
        listener(Planned(tuple(keys)))
        del keys  # not held while drawing: made again for the stamp, at the end
        states = group_states(now)
        work = Work(kit, opts, staging, code, previous, states)
        results, layout = execute(work, units, opts.jobs, listener, docs)
        for result in not_read:
            listener(Started(result.key))
            listener(Failed(result))
            results.append(result)
        del work
        if previous is not None:
            previous.close()  # its temporary index of the earlier manifest
        everything = Collector()
        everything.extend(layout)
        problems = per_cause(everything.items)
        diagnostics = unread + report(kit, problems, results, opts, everything.items)
        failed = bool(results.failed)
        if opts.all_or_nothing and failed:
            raise NotPublishedError(diagnostics + [not_published()], results)
        if failed and len(results.failed) == len(results) and not (opts.out / MANIFEST).exists():
            # every job failed and no build was here: no empty manifest and gallery (the
            # folder, if this build made it, goes when the staging ends)
            return BuildResult([], diagnostics, counts(results), results, [], kit)
        built = (f for r in results if r.status == "done" for f in r.files)  # read once
        done = None if failed else with_jobs(now, planned())
        title = f"{kit.campaign.name} {kit.campaign.year}"
        published = staging.publish(
            built,
            in_kit,
            done,
            # in the same transaction; languages by the kit's names
            lambda files: {INDEX: gallery_chunks(files, title, KitNames(kit.languages))},
            _with_kit(results, states),
        )
    return BuildResult(
        published.files,
        diagnostics + _kept(kit, kept, opts),
        counts(results),
        results,
        published.removed,
        kit,
        published.manifest,
    )


def _with_kit(results: JobLog, states: dict[str | None, str]) -> Callable[[OutputFile], OutputFile]:
    """An earlier entry as the manifest lists it after this build: a job this build skipped
    (its files are what the kit makes now) with its group's kit state now (`states`, by
    office: fingerprint.kit_state), as a clean build's entry has it; any other unchanged.
    The skipped jobs are kept as hashes (a merge's are many)."""
    skipped = {hash(r.key.id) for r in results if r.status == "skipped"}
    if not states or not skipped:
        return lambda f: f

    def kept(f: OutputFile) -> OutputFile:
        kit = states.get(f.office)
        if not kit or hash(f.job) not in skipped or f.extra.get("kit") == kit:
            return f
        return replace(f, extra={**f.extra, "kit": kit})

    return kept


Unlisted = dict[tuple[str | None, str], int]  # (office, language) -> files kept


def _in_kit(kit: Kit, opts: Options) -> tuple[Callable[[OutputFile], bool], Unlisted]:
    """Whether an earlier file's job is still one the kit (or this merge's records) makes:
    the set of jobs is made only when publishing asks (an earlier manifest with entries). A
    build keeps a merge's files (it cannot tell whether their rows are gone), as a merge
    keeps a build's and another template's merge's: a merge of the event posters into the
    folder of the flyers' deleted every flyer as "its row is not in the data".
    A merge's jobs are many (one per record): they are kept as their hashes (a Python int
    each), and a hash that two jobs share only keeps an earlier file listed.
    The earlier files of a language the kit has strings for that campaign.yaml (or the
    office's file) does not list are counted in the dict returned (`_kept` warns of them),
    and with `opts.prune` they are not the kit's: they are removed."""
    from .renditions import RENDITIONS

    jobs: set[JobId] = set()
    listed: set[JobId] = set()  # the jobs of the languages the kit lists
    unlisted: Unlisted = {}
    merged: set[int] = set()
    made: list[bool] = []  # [True] once the sets are made
    refused: frozenset[str] = getattr(opts.records, "refused", frozenset())
    templates = frozenset(opts.only or ())  # a merge's
    office = opts.offices[0] if opts.records is not None and opts.offices else None

    def in_kit(f: OutputFile) -> bool:
        if opts.records is None and f.job[3] is not None:
            return True  # a merge's file, in a build: only a merge knows if its row is gone
        if opts.records is not None and f.job[3] is not None and f.job[0] not in templates:
            return True  # another template's merge (the posters beside the flyers): its own
        if opts.records is not None and f.job[3] is not None and f.job[2] != office:
            # the same template merged for another office (or the campaign): its own files,
            # as another template's are (a merge with --office removed the campaign's flyers)
            return True
        if not made:
            made.append(True)
            jobs.update(full_plan(kit, list(RENDITIONS)))
            listed.update(listed_plan(kit, list(RENDITIONS)))
            if opts.records is not None:  # a merge's folder: its records' files are not stale
                plan = record_plan(
                    kit,
                    opts.only or (),
                    opts.records,
                    list(RENDITIONS),
                    kit.offices.get(office) if office else None,
                )
                merged.update(hash(k.id) for k in plan)
        if f.job[3] is None and f.job in jobs and f.job not in listed:
            place = (f.job[2], f.job[1])
            unlisted[place] = unlisted.get(place, 0) + 1
            return not opts.prune
        if f.job in jobs or hash(f.job) in merged:
            return True
        # a row refused this time (a bad date...) keeps its event's earlier files
        return f.job[3] is not None and f.job[3] in refused

    return in_kit, unlisted


def _kept(kit: Kit, unlisted: Unlisted, opts: Options) -> list[Diagnostic]:
    """A `build.kept` warning for each office (or the campaign) and language whose earlier
    files the build kept although the kit no longer lists the language (`_in_kit`); none
    with --prune, which removed them (the summary counts them)."""
    out: list[Diagnostic] = []
    if opts.prune:
        return out
    for (office, lang), n in sorted(unlisted.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        path: Path | None
        if office is None:
            where, marks = "campaign.yaml", kit.campaign.language_marks
            path = kit.root / "materials" / "campaign.yaml"
        else:
            found = kit.offices.get(office)
            where, marks = f"{office}.yaml", found.language_marks if found else ()
            path = found.mark.path if found else None
        mark = marks[0] if marks else (Mark.file(path) if path else None)
        files = f"{n} file(s) in {lang}" + (f" of office {office}" if office else "")
        out.append(
            Diagnostic(
                "build.kept",
                f"{opts.out} keeps {files} from an earlier build: {lang} is not in {where}'s "
                f"`languages:`, so only a build that names it (--lang {lang}, with their "
                "materials) makes them again (they stay in the manifest and the gallery, and "
                "`package` sends them)",
                mark,
                (
                    f"add {lang} to `languages:` in {where}, or build with --lang {lang} and "
                    "their materials, to make them again; or build with --prune to remove them",
                ),
                severity=Severity.WARNING,
            )
        )
    return out


def _documents(
    kit: Kit, opts: Options, offices: list[Office] | None, unreadable: list[DocKey] | None = None
) -> Iterator[Doc]:
    """The documents a build (or a merge, with records) makes, of its shard, in plan order,
    one at a time (a merge's records are made again at each call). Those of languages whose
    strings file cannot be read go to `unreadable` (all shards'), or nowhere."""
    unreadable = [] if unreadable is None else unreadable
    if opts.records is not None:
        docs: Iterable[Doc] = record_documents(
            kit, opts.only or (), opts.records, unreadable, _merged_for(opts, offices)
        )
    else:
        docs = documents(kit, opts.langs, opts.only, offices, unreadable)
    return of_shard(docs, opts.shard, doc_key)


def _doc_keys(
    kit: Kit, opts: Options, offices: list[Office] | None, unreadable: list[DocKey] | None = None
) -> Iterator[DocKey]:
    """The keys of `_documents`' documents, in its order: a merge's from its records' ids and
    languages (merge.events.record_keys), without making each record again."""
    if opts.records is None:
        return (doc_key(doc) for doc in _documents(kit, opts, offices, unreadable))
    unreadable = [] if unreadable is None else unreadable
    office = _merged_for(opts, offices)
    keys = record_doc_keys(kit, opts.only or (), opts.records, unreadable, office)
    return of_shard(keys, opts.shard, own_key)


def _merged_for(opts: Options, offices: list[Office] | None) -> Office | None:
    """The office a merge's records are made for (`merge --office ID`: one), or None for
    the campaign's."""
    if opts.records is None or not offices:
        return None
    return offices[0]


def _not_built(kit: Kit, unreadable: list[DocKey]) -> tuple[Diagnostic, ...]:
    """The errors of the strings files that cannot be read and that no job of this build is
    in (a language being translated, not yet in campaign.yaml's `languages:`), as warnings:
    a build of the kit's languages says the file is broken, as `check` does, without failing
    for a language it does not make."""
    made = {key[1] for key in unreadable}
    return tuple(
        replace(d, severity=Severity.WARNING)
        for code, problems in kit.unreadable.items()
        if code not in made
        for d in problems
        if d.is_error
    )


def _not_read(
    kit: Kit, unreadable: list[DocKey], opts: Options, renditions: Sequence[str]
) -> list[JobResult]:
    """The jobs of the documents (of this shard) in languages whose strings file cannot be
    read, failed with that file's problems: the build makes the other languages, and keeps
    these jobs' earlier files as it does any failed job's."""
    shard = opts.shard
    return [
        JobResult(key, "failed", (), kit.unreadable[key.language])
        for doc in unreadable
        if shard is None or shard_of(doc, shard[1]) == shard[0]
        for key in key_jobs(kit, doc, renditions)
    ]


def _with_warnings(
    kit: Kit,
    offices: list[Office] | None,
    code: str,
    langs: tuple[str, ...] | None = None,
    materials: Collection[str] | None = None,
    merge: bool = False,
) -> Kit:
    """The kit with the warnings about its brand colours and offices, and of `langs` and
    `materials` only (`selected`); a `merge`'s without any about an office other than the
    one it is made for (`merge --office ID`; none without it): the campaign's records'
    documents are no office's (every merge said an office file's helpline warnings, and
    counted them), and an office's are that office's alone."""
    from ..colours import cached_mismatches

    more = tuple(cached_mismatches(kit, code))
    if not merge:  # a merge's events are told against the campaign's year (merge.year)
        more += tuple(past_campaign(kit))
    try:
        more += font_warnings(kit, cached_fontbook(kit.fonts_dir, code), langs, materials)
    except DiagnosticsError:  # fonts.yaml's errors stop the build where its jobs read it
        pass
    if offices:
        more += tuple(unfilled(kit, offices))
    elif not merge:  # the campaign's build: an office whose file has errors is left out, and said
        more += tuple(_unusable(kit))
    warnings = selected(kit.warnings + more, langs, offices, materials)
    if merge:
        warnings = _of_offices(warnings, {o.id for o in offices or ()})
    return replace(kit, warnings=warnings)


def _of_offices(
    warnings: Iterable[Diagnostic], ids: Collection[str | None]
) -> tuple[Diagnostic, ...]:
    """The campaign's `warnings` and those about an office of `ids` (`_office_of`)."""
    return tuple(w for w in warnings if _office_of(w) in (None, *ids))


def font_warnings(
    kit: Kit, fonts: FontBook, langs: Collection[str] | None, materials: Collection[str] | None
) -> tuple[Diagnostic, ...]:
    """fonts.yaml's warnings (FontBook.warnings), and a family with no bold that sets the bold
    texts of one of `langs` (all: None) in `materials` (all: None): `font.no-bold`."""
    languages = [lang for code, lang in kit.languages.items() if langs is None or code in langs]
    layouts = [lay for i, lay in kit.layouts.items() if materials is None or i in materials]
    return fonts.warnings + tuple(bold_in_regular(fonts, languages, layouts))


def _office_of(w: Diagnostic) -> str | None:
    """The office a warning is about: the one whose file (materials/offices/NAME.yaml) it
    is at, or its subject's; None for the campaign's."""
    path = w.mark.path if w.mark is not None else None
    if path is not None and path.parent.name == "offices":
        if path.parent.parent.name == "materials":
            return path.stem
    return w.subject.office if w.subject is not None else None


def _unusable(kit: Kit) -> list[Diagnostic]:
    """An `office.unusable` warning per office whose file has errors (Kit.unusable_offices):
    builds of other offices and of the campaign go on; its own stop at them."""
    out = []
    for name, problems in sorted(kit.unusable_offices.items()):
        errors = [d for d in problems if d.is_error]
        out.append(
            Diagnostic(
                "office.unusable",
                f"office '{name}' has {len(errors)} error(s) in its file: it is left out "
                "until they are mended",
                errors[0].mark if errors else None,
                (f"python generate.py check --office {name} names them",),
                severity=Severity.WARNING,
            )
        )
    return out


@contextmanager
def _about(langs: tuple[str, ...] | None, only: Collection[str] | None) -> Iterator[None]:
    """A kit that cannot be read raises its errors with the warnings of the languages
    `langs` and materials `only` (the layout ids asked for) alone, as a kit that can be read
    shows them: `check --only flyer-dl` printed a banner size's warning beside a DL flyer's
    error (a designer's trial)."""
    try:
        yield
    except DiagnosticsError as failed:
        about = set(only) if only else None
        told = {id(d) for d in selected(tuple(failed.diagnostics), langs, None, about)}
        kept = [d for d in failed.diagnostics if d.is_error or id(d) in told]
        if len(kept) == len(failed.diagnostics):
            raise
        raise DiagnosticsError(kept) from None


def selected(
    warnings: tuple[Diagnostic, ...],
    langs: tuple[str, ...] | None,
    offices: list[Office] | None = None,
    materials: Collection[str] | None = None,
) -> tuple[Diagnostic, ...]:
    """The warnings about the languages `langs` (all: None) or about no language: a build of
    `--lang en` neither shows nor, with --strict, fails on French's missing strings; with
    `offices` (a build or check of some), not those at another office's file (every
    `check --office southern-africa` repeated another office's helpline warning); with
    `materials` (those made), not those about another material (`check --only poster-a3
    --strict` failed on the proportions of a banner size it was not making: an office's
    trial)."""
    ids = {o.id for o in offices} if offices else None

    def about_another_office(w: Diagnostic) -> bool:
        path = w.mark.path if w.mark is not None else None
        return (
            ids is not None
            and path is not None
            and path.parent.name == "offices"
            and path.parent.parent.name == "materials"
            and path.stem not in ids
        )

    def about_these_languages(w: Diagnostic) -> bool:
        language = w.subject.language if w.subject is not None else None
        return langs is None or not language or language in langs

    def about_these_materials(w: Diagnostic) -> bool:
        material = w.subject.material if w.subject is not None else None
        return materials is None or not material or material in materials

    return tuple(
        w
        for w in warnings
        if about_these_languages(w) and about_these_materials(w) and not about_another_office(w)
    )


def _unread_manifest(out: Path) -> list[Diagnostic]:
    """A warning when the output folder has a manifest that cannot be read: nothing of the
    earlier build can be kept, and its files no job makes now are not known to be ours."""
    why = manifest_problem(out)
    if why is None:
        return []
    return [
        Diagnostic(
            "build.manifest",
            f"{out / MANIFEST} cannot be used, {why}; every job is made again, and the files "
            "it listed that no job makes now stay in the folder",
            Mark.file(out / MANIFEST),
            ("to start clean, build into an empty folder",),
            severity=Severity.WARNING,
        )
    ]


def _nothing_to_do(
    skipped: Sequence[JobResult], files: Sequence[OutputFile], listener: Listener
) -> BuildResult:
    """A build whose inputs, settings and files are those of the previous one (which had no
    failed job): every job skipped; the kit is not even read, and no warning repeated. The
    jobs and files are spools (incremental.nothing_to_do), and so are the planned keys."""
    listener(Planned(Spool(r.key for r in skipped)))
    for result in skipped:
        listener(Skipped(result))
    return BuildResult(files, [], counts(skipped), skipped, [], None)


def past_campaign(kit: Kit) -> list[Diagnostic]:
    """A `campaign.past-year` warning, at campaign.yaml's `year:`, when the campaign's year is
    before the build's (`dates.today`: SOURCE_DATE_EPOCH's day when it is set, as the
    outputs' dates are). The kit shipped as the 2024 campaign's and every build in 2026 said
    nothing. Not from the kit's loader: a kit read from the user's cache would keep the
    year it was read in."""
    from .. import dates

    day, year = dates.today(), kit.campaign.year
    if year >= day.year:
        return []
    clock = "SOURCE_DATE_EPOCH's date" if dates.source_date_epoch() is not None else "today"
    return [
        Diagnostic(
            "campaign.past-year",
            f"the kit is the {year} campaign's (`year: {year}`) and {clock} is "
            f"{day.isoformat()}: the documents' titles and dates, the job sheets and the "
            f"package say {year}",
            kit.campaign.year_mark or kit.campaign.mark,
            (
                f"for the {day.year} campaign, set `year: {day.year}` and that year's theme "
                "in the strings files, as the campaign publishes it; to make the "
                f"{year} materials again (an archive), build with SOURCE_DATE_EPOCH set to a "
                f"time in {year}",
            ),
            Severity.WARNING,
        )
    ]


def unfilled(kit: Kit, offices: list[Office]) -> list[Diagnostic]:
    """One warning per office listing the contact fields it has not filled yet."""
    out = []
    for office in offices:
        names = office.unfilled(kit.campaign.fields)
        if names:
            out.append(
                Diagnostic(
                    "office.unfilled",
                    f"the office has not filled {', '.join(names)}",
                    office.mark,
                    ("fill them under 'fields:' in its file; empty slots are not drawn",),
                    Severity.WARNING,
                    Subject(office=office.id),
                )
            )
    return out


def report(
    kit: Kit,
    layout: list[Diagnostic],
    results: Sequence[JobResult],
    opts: Options,
    laid: Sequence[Diagnostic] = (),
) -> list[Diagnostic]:
    """Every problem once: the kit's warnings, the layout's (one per cause), each job's, and a
    line per document whose jobs failed. `laid`: the documents' own layout problems, which
    `layout` may hold merged (an overlap in every language is one error): a failed job
    carries its document's, and they are not listed again (a build listed each language's
    overlap below the merged one)."""
    out = list(kit.warnings) + [d.as_error() if opts.strict else d for d in layout]
    merged = {*laid, *(d.as_error() for d in laid)}
    failed: list[JobResult] = []  # one pass over the results (a JobLog reads them from disk)
    drawn: list[Diagnostic] = []
    for r in results:
        if r.status == "failed":
            failed.append(r)
        drawn += [d for d in r.diagnostics if d.code != "text.no-glyph"]
    # once each (the jobs of a language whose strings file cannot be read share its errors);
    # the layout's are listed above
    out += [d for d in dict.fromkeys(drawn) if d not in merged and d not in out]
    failed_docs = list(dict.fromkeys(r.key.document for r in failed))
    for material, language, office, record in failed_docs:
        jobs = [
            r.key.rendition
            for r in failed
            if r.key.document == (material, language, office, record)
        ]
        out.append(
            Diagnostic(
                "build.job-failed",
                f"not published: {', '.join(jobs)}; the previous files of these jobs are unchanged",
                None,
                subject=Subject(office=office, material=material, language=language, record=record),
            )
        )
    return out


def not_published() -> Diagnostic:
    return Diagnostic(
        "build.not-published",
        "nothing was published; the previous output is unchanged",
        None,
        ("fix the problems above, or build without --all-or-nothing to publish the rest",),
    )


def counts(results: Iterable[JobResult]) -> dict[str, dict[str, int]]:
    """done: files built per rendition; failed, skipped: jobs per rendition."""
    out: dict[str, dict[str, int]] = {"done": {}, "failed": {}, "skipped": {}}
    for r in results:
        n = len(r.files) if r.status == "done" else 1
        bucket = out.setdefault(r.status, {})
        bucket[r.key.rendition] = bucket.get(r.key.rendition, 0) + n
    return out
