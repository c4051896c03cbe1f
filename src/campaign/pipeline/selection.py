"""Which warnings a build or check shows: those about the languages, materials and offices it
makes (`selected`), the same for a kit that cannot be read (`warnings_about`), and the
kit's warnings with those a build adds (`with_warnings`: a merge's without another
office's)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..commands import command
from ..diagnostics import MATERIALS, Diagnostic, DiagnosticsError, Mark, Severity
from ..model import ImageSlot, Kit, Layout, Office
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
    `materials` only (`selected`, a layout file's by the materials made from it), and the
    `layout.not-made` note counting those of other materials (`not_made`); a `merge`'s
    without any about an office other than the
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
    doing = f"this {'merge' if merge else 'build'} does not make"
    warnings = noting_others(kit.warnings + more, langs, offices, materials, kit.layouts, doing)
    if merge:
        inherited = inherited_marks(offices or (), kit.layouts)
        warnings = of_offices(warnings, {o.id for o in offices or ()}, inherited)
    elif not offices:  # the campaign's build makes no office's documents: their files'
        # warnings are `check`'s (build --strict failed on an office logo with no alternative
        # text, which no document it made shows: a trial); an office left out is still said
        warnings = tuple(w for w in warnings if w.code == "office.unusable" or not _office_of(w))
    return replace(kit, warnings=warnings)


def of_offices(
    warnings: Iterable[Diagnostic],
    ids: Collection[str | None],
    inherited: Mapping[Mark, frozenset[str]] | None = None,
) -> tuple[Diagnostic, ...]:
    """The campaign's `warnings` and those about an office of `ids` (`_office_of`), or at a
    logo of an office they extend that they print (`inherited`: `inherited_marks`)."""
    return tuple(
        w for w in warnings if _office_of(w) in (None, *ids) or _inherited(w, inherited or {})
    )


def inherited_marks(
    offices: Iterable[Office], layouts: Mapping[str, Layout]
) -> dict[Mark, frozenset[str]]:
    """Where in the files of the offices they extend `offices` take a logo from that a
    material they build shows (an image slot's `logo:`), with those materials: a warning
    told there (`image.logo-small`, `office.logo-alt`: told once, at the file that names the
    logo) is about them too. `check --office CHILD` left out its parent's logo warning, which
    CHILD's documents show (the preview's cards already put it on both: serve.warned); an
    office that builds no material showing the logo is not told of it."""
    found: dict[Mark, set[str]] = {}
    for office in offices:
        made = [la for la in layouts.values() if office.builds(la)]
        for name, mark in office.logo_marks.items():
            if office_at_path(mark.path) in (None, office.id):
                continue
            showing = {
                la.id
                for la in made
                if any(isinstance(s, ImageSlot) and s.logo == name for s in la.slots)
            }
            if showing:
                found.setdefault(mark, set()).update(showing)
    return {mark: frozenset(ids) for mark, ids in found.items()}


def _inherited(w: Diagnostic, inherited: Mapping[Mark, frozenset[str]]) -> bool:
    """Whether `w` is at a logo an office takes from another's file (`inherited_marks`) and,
    where it names materials (fact MATERIALS: the slots where a logo prints too low), about
    one that office builds showing it."""
    showing = inherited.get(w.mark) if w.mark is not None else None
    if not showing:
        return False
    named = dict(w.facts).get(MATERIALS)
    return not isinstance(named, tuple) or not named or not showing.isdisjoint(named)


def office_at(w: Diagnostic) -> str | None:
    """The id of the office whose file (materials/offices/NAME.yaml) warning `w` is at, or
    None (a layout's, campaign.yaml's, none)."""
    return office_at_path(w.mark.path if w.mark is not None else None)


def office_at_path(path: Path | None) -> str | None:
    """The id of the office whose file (materials/offices/NAME.yaml) `path` is, or None."""
    if (
        path is not None
        and path.parent.name == "offices"
        and path.parent.parent.name == "materials"
    ):
        return path.stem
    return None


def _office_of(w: Diagnostic) -> str | None:
    """The office a warning is about: the one whose file it is at (`office_at`), or its
    subject's; None for the campaign's."""
    return office_at(w) or (w.subject.office if w.subject is not None else None)


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
    office does not print, beside its logo's error: an office's trial). Nor those at another
    office's file than `offices` (all for `all`), as a kit that can be read leaves them out
    (`check --office new-york` printed Brussels' `office.hidden`, and failed on it with
    --strict). Another material's warnings at its layout file are shown: which materials a
    file makes is not known of a kit that cannot be read. Every error is shown."""
    try:
        yield
    except DiagnosticsError as failed:
        about = set(only) if only else None
        if offices and langs is None:
            langs = ()
        ids = None if not offices or "all" in offices else set(offices)
        told = {id(d) for d in selected(tuple(failed.diagnostics), langs, ids, about)}
        kept = [d for d in failed.diagnostics if d.is_error or id(d) in told]
        if len(kept) == len(failed.diagnostics):
            raise
        raise DiagnosticsError(kept) from None


def selected(
    warnings: tuple[Diagnostic, ...],
    langs: tuple[str, ...] | None,
    offices: Collection[str] | None = None,
    materials: Collection[str] | None = None,
    layouts: Mapping[str, Layout] | None = None,
    inherited: Mapping[Mark, frozenset[str]] | None = None,
) -> tuple[Diagnostic, ...]:
    """The warnings about the languages `langs` (all: None) or about no language: a build of
    `--lang en` neither shows nor, with --strict, fails on French's missing strings; with
    `offices` (the ids of those a build or check makes; None or none: every office's), not
    those at another office's file (every
    `check --office southern-africa` repeated another office's helpline warning); with
    `materials` (those made), not those about another material (`check --only poster-a3
    --strict` failed on the proportions of a banner size it was not making: an office's
    trial), each warning's materials as `materials_of` finds them (with the kit's `layouts`,
    those of a layout file's warning too). A warning at another office's file is shown where
    an office of `offices` takes the value it is at (`inherited`: `inherited_marks`)."""
    ids = set(offices) if offices else None
    made = frozenset(materials) if materials is not None else None

    def about_these_languages(w: Diagnostic) -> bool:
        language = w.subject.language if w.subject is not None else None
        return langs is None or not language or language in langs

    return tuple(
        w
        for w in warnings
        if about_these_languages(w)
        and (made is None or _about_materials(w, made, layouts))
        and (not _at_another_office(w, ids) or _inherited(w, inherited or {}))
    )


def _about_materials(
    w: Diagnostic, made: frozenset[str], layouts: Mapping[str, Layout] | None
) -> bool:
    """Whether `w` is about one of the materials `made` or about no material
    (`materials_of`)."""
    about = materials_of(w, layouts)
    return not about or not made.isdisjoint(about)


def _at_another_office(w: Diagnostic, ids: Collection[str] | None) -> bool:
    """Whether `w` is at the file of an office not in `ids` (`office_at`); never with `ids`
    None (every office)."""
    office = office_at(w)
    return ids is not None and office is not None and office not in ids


def noting_others(
    warnings: tuple[Diagnostic, ...],
    langs: tuple[str, ...] | None,
    offices: list[Office] | None,
    materials: Collection[str] | None,
    layouts: Mapping[str, Layout],
    doing: str,
) -> tuple[Diagnostic, ...]:
    """The `warnings` a command shows (`selected`), and with `materials` (those it makes) the
    `layout.not-made` note counting those it leaves out of other materials (`not_made`;
    `doing`: what the command does not do with them, "this build does not make")."""
    ids = [o.id for o in offices or ()]
    inherited = inherited_marks(offices or (), layouts)
    of_all = selected(warnings, langs, ids, None, layouts, inherited)
    if materials is None:
        return of_all
    made = frozenset(materials)
    shown = tuple(w for w in of_all if _about_materials(w, made, layouts))
    return shown + tuple(not_made(of_all, shown, layouts, doing))


def materials_of(w: Diagnostic, layouts: Mapping[str, Layout] | None = None) -> tuple[str, ...]:
    """The materials a warning is about: its subject's (a size's `layout.proportions`), else
    those it names (fact diagnostics.MATERIALS: the layouts whose slots print an office's
    logo too low, `image.logo-small`, at the office's file); else, given the kit's
    `layouts`, those made from the layout file it is at (materials/layouts/NAME.yaml): the
    size whose entry under `sizes:` holds its line (a size's low bleed), else the design and
    every size of it, made from what the file says (its styles, its marks); none for
    another warning (a strings file's, an office's). The file is compared as it is spelt,
    else as it resolves (a relative path, a link): a warning at a layout file spelt
    otherwise than `Layout.path` was about no material, so shown, and failing --strict, in
    every `--only` command. The rule of the preview's cards too
    (serve.warned.warned_materials)."""
    material = w.subject.material if w.subject is not None else None
    if material:
        return (material,) if layouts is None or material in layouts else ()
    named = dict(w.facts).get(MATERIALS)  # an office's logo too low in some layouts' slots
    if isinstance(named, tuple) and named:
        return tuple(m for m in named if layouts is None or m in layouts)
    path = w.mark.path if w.mark is not None else None
    if layouts is None or path is None:
        return ()
    real = path.resolve()
    files = _resolved(tuple(la.path.absolute() for la in layouts.values()))
    made = [
        la
        for la, file in zip(layouts.values(), files, strict=True)
        if la.path == path or file == real
    ]
    design = next((la for la in made if not la.sized_from), None)
    if design is not None and w.mark is not None:
        size = _size_at(design, [la for la in made if la.sized_from], w.mark.line)
        if size is not None:
            return (size.id,)
    return tuple(la.id for la in made)


@lru_cache(maxsize=8)
def _resolved(paths: tuple[Path, ...]) -> tuple[Path, ...]:
    """`paths` (absolute) resolved: `materials_of` compares each warning's file with every
    layout's, about 20 µs a path, resolved once per kit's files rather than per warning (a
    link changed while a process runs is read as it was)."""
    return tuple(p.resolve() for p in paths)


def _size_at(design: Layout, sizes: list[Layout], line: int) -> Layout | None:
    """The size whose entry under the design's `sizes:` holds `line`, if any: the last one
    that starts at or above it, within the lines of `sizes:` (up to the next top-level key)."""
    start = design.key_marks.get("sizes")
    if start is None or line <= start.line:
        return None
    ends = [m.line for m in design.key_marks.values() if m.line > start.line]
    if ends and line >= min(ends):
        return None
    above = [s for s in sizes if s.size_mark is not None and s.size_mark.line <= line]
    return max(above, key=lambda s: s.size_mark.line if s.size_mark else 0, default=None)


def not_made(
    warnings: tuple[Diagnostic, ...],
    shown: tuple[Diagnostic, ...],
    layouts: Mapping[str, Layout],
    doing: str,
) -> list[Diagnostic]:
    """The `layout.not-made` note of a command that makes some of the kit's materials: how
    many of the kit's `warnings` about other materials it leaves out of those `shown` (a
    language's or another office's are the command's own choice, not told), which materials
    and codes they are of, and that `check` (no --office, --only or --lang) shows them all.
    `doing`: what the command does not do with them ("this check does not lay out"). None
    when it leaves out none. An office's `check --office ethiopia --strict` failed on a
    banner size of the A3 poster that the office does not build (a trial); left out without
    a word, the warning would be missed by the designer who added the size."""
    told = set(shown)
    left = [w for w in warnings if w not in told and materials_of(w, layouts)]
    if not left:
        return []
    about: dict[str, set[str]] = {}
    for w in left:
        for material in _named(w, layouts):
            about.setdefault(material, set()).add(w.code)
    said = "; ".join(f"{m}: {', '.join(sorted(codes))}" for m, codes in sorted(about.items()))
    return [
        Diagnostic(
            "layout.not-made",
            f"{len(left)} warning(s) about materials {doing} are not shown ({said}): "
            f"{command('check')} shows every material's",
            None,
            (),
            Severity.NOTE,
        )
    ]


def _named(w: Diagnostic, layouts: Mapping[str, Layout]) -> tuple[str, ...]:
    """The material a left-out warning is said to be about: its subject's, else its layout
    file's design (its sizes are the design's file too)."""
    found = materials_of(w, layouts)
    designs = [m for m in found if layouts[m].sized_from is None] if len(found) > 1 else []
    return tuple(designs) or found
