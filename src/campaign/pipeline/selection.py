"""Which warnings a build or check shows: those about the languages, materials and offices it
makes (`selected`), the same for a kit that cannot be read (`warnings_about`), and the
kit's warnings with those a build adds (`with_warnings`: a merge's without another
office's)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..diagnostics import Diagnostic, DiagnosticsError
from ..model import Kit, Office
from .kit_warnings import font_warnings, past_campaign, unfilled, unusable_warnings
from .kitcache import cached_fontbook


def with_warnings(
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
    counted them), and an office's are that office's alone. The campaign's own build (no
    `offices`) likewise, but `office.unusable`; `check` still tells every office file's."""
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
        more += tuple(unusable_warnings(kit))
    warnings = selected(kit.warnings + more, langs, offices, materials)
    if merge:
        warnings = of_offices(warnings, {o.id for o in offices or ()})
    elif not offices:  # the campaign's build makes no office's documents: their files'
        # warnings are `check`'s (build --strict failed on an office logo with no alternative
        # text, which no document it made shows: a trial); an office left out is still said
        warnings = tuple(w for w in warnings if w.code == "office.unusable" or not _office_of(w))
    return replace(kit, warnings=warnings)


def of_offices(
    warnings: Iterable[Diagnostic], ids: Collection[str | None]
) -> tuple[Diagnostic, ...]:
    """The campaign's `warnings` and those about an office of `ids` (`_office_of`)."""
    return tuple(w for w in warnings if _office_of(w) in (None, *ids))


def _office_of(w: Diagnostic) -> str | None:
    """The office a warning is about: the one whose file (materials/offices/NAME.yaml) it
    is at, or its subject's; None for the campaign's."""
    path = w.mark.path if w.mark is not None else None
    if path is not None and path.parent.name == "offices":
        if path.parent.parent.name == "materials":
            return path.stem
    return w.subject.office if w.subject is not None else None


@contextmanager
def warnings_about(
    langs: tuple[str, ...] | None,
    only: Collection[str] | None,
    offices: tuple[str, ...] | None = None,
) -> Iterator[None]:
    """A kit that cannot be read raises its errors with the warnings of the languages
    `langs` and materials `only` (the layout ids asked for) alone, as a kit that can be read
    shows them: `check --only flyer-dl` printed a banner size's warning beside a DL flyer's
    error (a designer's trial). With `offices` (--office) and no `langs`, the languages are
    the offices', which a kit that cannot be read does not tell: no language's warnings are
    shown (`check --office latin-america` printed `strings.missing` of `ta`, which that
    office does not print, beside its logo's error: an office's trial)."""
    try:
        yield
    except DiagnosticsError as failed:
        about = set(only) if only else None
        if offices and langs is None:
            langs = ()
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
