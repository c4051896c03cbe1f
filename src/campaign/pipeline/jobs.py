"""Jobs: one output of one material in one language (for the campaign or for one office; later
also for one record), made by one rendition. `plan` lists them for a selection, in a fixed
order; `full_plan` is every job the kit could make, which decides which earlier files of the
output folder are stale."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from ..diagnostics import ASKED, Collector, Diagnostic, Mark, did_you_mean
from ..kinds import kind_of
from ..layout.document import Document
from ..model import Kit, Language, Layout, Office
from ..model.language import unknown_language
from ..output import JobId, OutputFile

if TYPE_CHECKING:
    from ..merge.events import Record, RecordKey

Status = Literal["done", "failed", "skipped"]
DocKey = tuple[str, str, str | None, str | None]  # material, language, office, record
# what one composed document is made for: a layout, a language, an office, a record (merge)
Doc = tuple[Layout, Language, Office | None] | tuple[Layout, Language, Office | None, "Record"]


@dataclass(frozen=True, order=True, slots=True)  # slots: one per job of a merge
class JobKey:
    material: str
    language: str
    rendition: str
    office: str | None = field(default=None, kw_only=True)
    record: str | None = field(default=None, kw_only=True)

    @property
    def id(self) -> JobId:
        """The key as the manifest stores it (see OutputFile.job)."""
        return (self.material, self.language, self.office, self.record, self.rendition)

    @property
    def document(self) -> DocKey:
        """The composed document the job draws from."""
        return (self.material, self.language, self.office, self.record)

    def __str__(self) -> str:
        head = " / ".join(p for p in (self.office, self.material, self.record) if p)
        return f"{head} [{self.language}] {self.rendition}"

    def as_json(self) -> dict[str, object]:
        return {
            "material": self.material,
            "language": self.language,
            "office": self.office,
            "record": self.record,
            "rendition": self.rendition,
        }


@dataclass(frozen=True, slots=True)
class JobResult:
    """What a job did, as a small picklable record (from a worker to the parent)."""

    key: JobKey
    status: Status
    files: tuple[OutputFile, ...] = ()  # staged, not yet published
    diagnostics: tuple[Diagnostic, ...] = ()
    seconds: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "job": self.key.as_json(),
            "status": self.status,
            "files": [f.path for f in self.files],
            "diagnostics": [d.as_json() for d in self.diagnostics],
        }


@dataclass(frozen=True)
class Composed:
    """A material laid out in one language: what `check` returns and renditions draw."""

    layout: Layout
    lang: Language
    page: Document  # the composed document (all its pages)
    office: Office | None = None
    record: Record | None = None  # merge: the record (an event) it shows

    @property
    def key(self) -> DocKey:
        office = self.office.id if self.office else None
        return (self.layout.id, self.lang.code, office, self.record.id if self.record else None)


def select(
    kit: Kit,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    unreadable: _Keys | None = None,
) -> list[tuple[Layout, Language]]:
    """The (layout, language) pairs asked for, materials first; unknown names are errors.
    Without `only`, the designs (not the sizes made from their `sizes:`). A language whose
    strings file cannot be read (`Kit.unreadable`) raises that file's errors, unless
    `unreadable` says where its documents' keys go instead. A layout whose file has errors
    (`Kit.unusable_layouts`: `check`, which tells them) is left out, and so is a name the kit
    does not know that may be one of its sizes (`_of_unusable`): they are not known; any
    other name the kit does not know is an error still (a typo was not told until the layout
    was mended)."""
    errs = Collector()
    asked = (kit.language_code(c) for c in langs or kit.campaign.languages)
    codes = tuple(dict.fromkeys(asked))  # each once, in order
    names = tuple(dict.fromkeys(only or (n for n, la in kit.layouts.items() if not la.sized_from)))
    if kit.unusable_layouts:
        names = tuple(n for n in names if n in kit.layouts or not _of_unusable(kit, n))
    for code in codes:
        if code in kit.unreadable:
            if unreadable is None or unreadable.into is None:
                errs.extend(kit.unreadable[code])
        elif code not in kit.languages:
            errs.add(unknown_language(code, kit.languages))
    _unknown(errs, "ref.material", names, kit.layouts, "materials")
    errs.raise_if_errors()
    if unreadable is not None and unreadable.into is not None:
        office = unreadable.office
        unreadable.into.extend(
            (n, c, office, None) for n in names for c in codes if c in kit.unreadable
        )
    return [(kit.layouts[n], kit.languages[c]) for n in names for c in codes if c in kit.languages]


def _of_unusable(kit: Kit, name: str) -> bool:
    """Whether material `name` may be made by a layout file with errors (`Kit.unusable_
    layouts`): its own id, or a size of its family, `<family>-<size>`, the family being the
    file's name before its last hyphen (poster-a1 of poster-a3.yaml, badge-2-25in of
    badge-58.yaml; a file that cannot be read tells no `family:` of its own)."""
    return any(
        name == stem or name.startswith(stem.rsplit("-", 1)[0] + "-")
        for stem in kit.unusable_layouts
    )


def pick_offices(kit: Kit, names: tuple[str, ...] | None) -> list[Office] | None:
    """The offices named (`all`: every office of the kit, in name order), or None for the
    campaign-level kit; unknown names are errors, and so are the problems of an office
    named whose file has errors (`Kit.unusable_offices`: every one of them for `all`)."""
    if names is None:
        return None
    errs = Collector()
    asked = tuple(sorted({*kit.offices, *kit.unusable_offices})) if "all" in names else names
    asked = tuple(dict.fromkeys(asked))
    for name in asked:
        errs.extend(kit.unusable_offices.get(name, ()))
    # the kit named with its offices: a command run from outside an office's kit read
    # another's, and its list of offices did not say whose it was (a user's trial)
    _unknown(
        errs, "ref.office", tuple(n for n in asked if n not in kit.unusable_offices),
        kit.offices, f"the offices of the kit in {kit.root}",
        f"the kit in {kit.root} has no offices (materials/offices/<id>.yaml); --kit PATH "
        "reads another kit",
    )  # fmt: skip
    errs.raise_if_errors()
    return [kit.offices[n] for n in asked]


def office_materials(kit: Kit, office: Office) -> tuple[str, ...]:
    """The materials an office builds: its `materials:` if it lists them, else every layout
    and size of its paper family (and those of any paper: badges, social images)."""
    return office.materials or tuple(n for n, la in kit.layouts.items() if office.builds(la))


def documents(
    kit: Kit,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    offices: list[Office] | None = None,
    unreadable: list[DocKey] | None = None,
) -> list[tuple[Layout, Language, Office | None]]:
    """The documents asked for: without offices, the campaign-level (layout, language) pairs
    of `select`; with offices, per office its languages (or `langs`) x its materials: the
    office's `materials:` if it lists them, else every layout and size of its paper family
    (and those of any paper: badges, social images); `only` narrows either. The documents
    of languages whose strings file cannot be read (`Kit.unreadable`) are added to
    `unreadable` as keys when it is given (a build fails their jobs); else their files'
    errors are raised."""
    if offices is None:
        pairs = select(kit, langs, only, _Keys(unreadable, None))
        return [(layout, lang, None) for layout, lang in pairs]
    if only:
        select(kit, langs, only, _Keys(None if unreadable is None else [], None))  # unknown names
        if kit.unusable_layouts:  # their files' errors are told (`select`)
            only = tuple(n for n in only if n in kit.layouts) or None
            if only is None:
                return []
    out: list[tuple[Layout, Language, Office | None]] = []
    broken = 0 if unreadable is None else len(unreadable)
    for office in offices:
        mine = office_materials(kit, office)
        wanted = tuple(n for n in only if n in mine) if only else mine
        if wanted:
            keys = _Keys(unreadable, office.id)
            out += [
                (la, lg, office) for la, lg in select(kit, langs or office.languages, wanted, keys)
            ]
    if only and not out and (unreadable is None or len(unreadable) == broken):
        # every material named is one no office asked builds: say why
        errs = Collector()
        for office in offices:
            why, fix = _not_built(kit, office, only)
            errs.error("ref.material", why, Mark.file(office.path), fix)
        errs.raise_if_errors()
    return out


@dataclass(frozen=True)
class _Keys:
    """Where `select` puts the documents of unreadable languages: `into` (None: raise their
    files' errors instead), for `office`."""

    into: list[DocKey] | None
    office: str | None


def _not_built(kit: Kit, office: Office, only: tuple[str, ...]) -> tuple[str, str]:
    """Why office builds none of `only`, and the fix (message, hint): its own list of
    materials, the presses it names (badges of other presses), or its paper family."""
    named = ", ".join(only)
    it = "it" if len(only) == 1 else "them"
    add = (
        f"add {it} to `materials:` in {office.path.name} (any paper), or name materials of "
        "its paper with --only"
    )
    if office.materials:
        return f"office '{office.id}' builds the materials it lists, not {named}", add
    pressed = {str(kit.layouts[n].press) for n in only if kit.layouts[n].press is not None}
    if office.presses and len(pressed) == len({kit.layouts[n].press for n in only}):
        theirs = ", ".join(sorted(pressed))
        return (
            f"office '{office.id}' builds the badges of the presses it names "
            f"({', '.join(office.presses)}), not {named} (press {theirs})",
            f"add {theirs} to `presses:` in {office.path.name}, or name a badge of its presses "
            "with --only",
        )
    other = {kit.layouts[n].paper for n in only} - {None, office.paper}
    papers = {"iso": "ISO (A sizes)", "us": "US (Letter, Tabloid)"}
    if other == {"custom"}:  # a banner: of no family, built when the office lists it
        return (
            f"office '{office.id}' builds the sizes of its paper, {papers[office.paper]}: "
            f"{named} {'is' if len(only) == 1 else 'are'} of no paper family (paper: custom), "
            f"built only when its `materials:` lists {it}",
            add,
        )
    of = " and ".join(papers.get(str(p), str(p)) for p in sorted(other, key=str))
    return (
        f"office '{office.id}' builds the sizes of its paper, {papers[office.paper]}: "
        f"{named} {'is' if len(only) == 1 else 'are'} {of} paper",
        add,
    )


def _unknown(
    errs: Collector,
    code: str,
    asked: tuple[str, ...],
    known: dict[str, Any],
    label: str,
    none: str | None = None,
) -> None:
    """An error (`code`) for each name of `asked` that `known` lacks, with a hint: the name
    meant, else the names there are after `label`, or `none` when there are none."""
    from ..papers import material_hints

    for name in asked:
        if name not in known:
            hints = (
                material_hints(name, known)  # poster-b5: the size to add, not poster-a4
                if code == "ref.material"
                else did_you_mean(name, known)
                or ((f"{label}: {', '.join(sorted(known))}",) if known or none is None else (none,))
            )
            said = f"unknown {code.removeprefix('ref.')} '{name}'"
            errs.error(code, said, None, *hints, facts=((ASKED, name),))


def plan(
    kit: Kit,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    renditions: Sequence[str],
    offices: list[Office] | None = None,
) -> list[JobKey]:
    """Every job of the selection: per (office,) material, per language, per rendition, in
    that order, then those of the languages whose strings file cannot be read
    (`Kit.unreadable`). A material gets only the renditions its kind makes (a social image:
    no print PDF)."""
    unreadable: list[DocKey] = []
    docs = [doc_key(doc) for doc in documents(kit, langs, only, offices, unreadable)]
    return [k for key in docs + unreadable for k in key_jobs(kit, key, renditions)]


def key_jobs(kit: Kit, key: DocKey, renditions: Sequence[str]) -> list[JobKey]:
    """The jobs of the document `key`, per rendition its material's kind makes."""
    material, language, office, record = key
    made = kind_of(kit.layouts[material]).renditions
    return [
        JobKey(material, language, r, office=office, record=record) for r in renditions if r in made
    ]


def record_documents(
    kit: Kit,
    only: tuple[str, ...],
    records: Iterable[Record],
    unreadable: list[DocKey] | None = None,
    office: Office | None = None,
) -> Iterator[tuple[Layout, Language, Office | None, Record]]:
    """Merge: each record in each of its languages, for each material named (a template), one
    at a time (`records` is read again for each material: merge.events.Records makes each
    record as it is needed), as the campaign's or `office`'s (`merge --office`: its fields,
    logos and press under the record's values). A record's languages whose strings file
    cannot be read (`Kit.unreadable`) are added to `unreadable` as document keys when it is
    given, else left out."""
    for name, code, record in _record_docs(kit, only, records, unreadable, office):
        yield (kit.layouts[name], kit.languages[code], office, record)


def record_doc_keys(
    kit: Kit,
    only: tuple[str, ...],
    records: Iterable[Record],
    unreadable: list[DocKey] | None = None,
    office: Office | None = None,
) -> Iterator[DocKey]:
    """The keys of `record_documents`' documents, in its order, from the records' ids and
    languages alone (merge.events.record_keys: no record is made again from its row)."""
    from ..merge.events import record_keys

    office_id = office.id if office else None
    for name, code, record in _record_docs(kit, only, record_keys(records), unreadable, office):
        yield (name, code, office_id, record.id)


R = TypeVar("R", bound="Record | RecordKey")


def _record_docs(
    kit: Kit,
    only: tuple[str, ...],
    records: Iterable[R],
    unreadable: list[DocKey] | None,
    office: Office | None = None,
) -> Iterator[tuple[str, str, R]]:
    select(kit, None, only, _Keys([], None))  # unknown materials are errors
    office_id = office.id if office else None
    for name in only:
        for record in records:
            for code in record.languages:
                if code in kit.languages:
                    yield (name, code, record)
                elif unreadable is not None:
                    unreadable.append((name, code, office_id, record.id))


def record_plan(
    kit: Kit,
    only: tuple[str, ...],
    records: Iterable[Record],
    renditions: Sequence[str],
    office: Office | None = None,
) -> Iterator[JobKey]:
    """Every job of a merge (the campaign's, or `office`'s), one at a time: per material,
    record and language, per rendition (a language whose strings file cannot be read too:
    its earlier files stay)."""
    unreadable: list[DocKey] = []
    for key in record_doc_keys(kit, only, records, unreadable, office):
        yield from key_jobs(kit, key, renditions)
        while unreadable:
            yield from key_jobs(kit, unreadable.pop(0), renditions)
    while unreadable:  # a record in unreadable languages only
        yield from key_jobs(kit, unreadable.pop(0), renditions)


def doc_key(doc: Doc) -> DocKey:
    """The key of a document to compose: (material, language, office, record)."""
    layout, lang, office = doc[0], doc[1], doc[2]
    record = doc[3] if len(doc) > 3 else None
    return (layout.id, lang.code, office.id if office else None, record.id if record else None)


def doc_jobs(docs: Sequence[Doc], renditions: Sequence[str]) -> list[JobKey]:
    """The jobs of `docs`, in their order, per rendition its material's kind makes."""
    out = []
    for doc in docs:
        material, language, office, record = doc_key(doc)
        made = kind_of(doc[0]).renditions
        out += [
            JobKey(material, language, r, office=office, record=record)
            for r in renditions
            if r in made
        ]
    return out


def shard_of(key: DocKey, count: int) -> int:
    """The shard (1..count) a document belongs to: the first 8 bytes of the sha256 of its key
    ("material/language/office/record") modulo count, plus one. It depends on the document
    alone, so every renditions of a document is in one shard, and adding or removing other
    documents, languages or records moves no document to another shard."""
    name = "/".join(part or "" for part in key)
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def in_shard(docs: Sequence[Doc], shard: tuple[int, int] | None) -> list[Doc]:
    """The documents of shard (k, n); all of them for None."""
    return list(of_shard(docs, shard, doc_key))


T = TypeVar("T")


def of_shard(
    docs: Iterable[T], shard: tuple[int, int] | None, key: Callable[[T], DocKey]
) -> Iterator[T]:
    """The documents of shard (k, n), one at a time, each known by `key` (`doc_key` for a
    document; a document's key is its own); all of them for None."""
    if shard is None:
        yield from docs
        return
    k, n = shard
    yield from (doc for doc in docs if shard_of(key(doc), n) == k)


def own_key(key: DocKey) -> DocKey:
    """A document key as `of_shard` knows it: itself."""
    return key


def listed_plan(kit: Kit, renditions: Sequence[str]) -> set[JobId]:
    """Every job of the languages the kit lists: campaign.yaml's `languages:` for the campaign
    and each office's own, every material (sizes too) x every rendition. `full_plan` less
    the languages that have a strings file and are not listed (being translated, or
    dropped from the list)."""
    every = tuple(kit.layouts)
    offices = [kit.offices[n] for n in sorted(kit.offices)]
    keys = plan(kit, None, every, renditions) + (
        plan(kit, None, every, renditions, offices) if offices else []
    )
    return {key.id for key in keys}


def full_plan(kit: Kit, renditions: Sequence[str]) -> set[JobId]:
    """Every job the kit could make (every material x every language with strings x every
    rendition, for the campaign and for each office), whatever this run selected: `--lang en`
    does not make fr's files stale, nor a campaign build an office's."""
    every = (*kit.languages, *kit.unreadable), tuple(kit.layouts)
    offices = [kit.offices[n] for n in sorted(kit.offices)]
    keys = plan(kit, *every, renditions) + (
        plan(kit, *every, renditions, offices) if offices else []
    )
    return {key.id for key in keys}
