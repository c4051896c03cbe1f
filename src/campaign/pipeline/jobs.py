"""Jobs: one output of one material in one language (later: for one office and record), made by
one rendition. `plan` lists them for a selection, in a fixed order; `full_plan` is every job the
kit could make, which decides which earlier files of the output folder are stale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..diagnostics import Collector, Diagnostic, did_you_mean
from ..kinds import kind_of
from ..layout.document import Document
from ..model import Kit, Language, Layout
from ..output import JobId, OutputFile

Status = Literal["done", "failed", "skipped"]


@dataclass(frozen=True, order=True)
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
    def document(self) -> tuple[str, str]:
        """The composed document the job draws from."""
        return (self.material, self.language)

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


@dataclass(frozen=True)
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


def select(
    kit: Kit, langs: tuple[str, ...] | None, only: tuple[str, ...] | None
) -> list[tuple[Layout, Language]]:
    """The (layout, language) pairs asked for, materials first; unknown names are errors."""
    errs = Collector()
    codes = tuple(dict.fromkeys(langs or kit.campaign.languages))  # each once, in order
    names = tuple(dict.fromkeys(only or kit.layouts))
    _unknown(errs, "ref.language", codes, kit.languages, "languages with strings")
    _unknown(errs, "ref.material", names, kit.layouts, "materials")
    errs.raise_if_errors()
    return [(kit.layouts[n], kit.languages[c]) for n in names for c in codes]


def _unknown(
    errs: Collector, code: str, asked: tuple[str, ...], known: dict[str, Any], label: str
) -> None:
    for name in asked:
        if name not in known:
            hints = did_you_mean(name, known) or (f"{label}: {', '.join(sorted(known))}",)
            errs.error(code, f"unknown {code.removeprefix('ref.')} '{name}'", None, *hints)


def plan(
    kit: Kit,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    renditions: Sequence[str],
) -> list[JobKey]:
    """Every job of the selection: per material, per language, per rendition, in that order.
    A material gets only the renditions its kind makes (a social image: no print PDF)."""
    pairs = select(kit, langs, only)
    return [
        JobKey(layout.id, lang.code, r)
        for layout, lang in pairs
        for r in renditions
        if r in kind_of(layout).renditions
    ]


def full_plan(kit: Kit, renditions: Sequence[str]) -> set[JobId]:
    """Every job the kit could make (every material x every language with strings x every
    rendition), whatever this run selected: `--lang en` does not make fr's files stale."""
    return {key.id for key in plan(kit, tuple(kit.languages), tuple(kit.layouts), renditions)}
