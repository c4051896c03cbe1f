"""What the preview keeps when it reads the kit again after a change of files: the last good
strings, layout and office files (`last_good_files`), the last good parse of each art file
(`refresh_art`), and a kept document's problems with their lines renumbered where an edit
moved them (`renumber_problems`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..diagnostics import Diagnostic, DiagnosticsError
from ..model import Kit, Layout
from ..render.items import Resources
from ..render.items.svg import load_svg
from .entries import Drawn, file_stamp
from .renumber import renumber


@dataclass(frozen=True)
class Unreadable:
    """The problems of the kit's files that cannot be read now while the rest of the kit can
    (load_kit's `isolate` and `layouts_isolated`, as `check` reads it): strings files by
    language (Kit.unreadable), layout files by their name without `.yaml` (Kit.
    unusable_layouts: the design and every size made from it; their errors, and those of the
    SVG art they show) and office files by office (Kit.unusable_offices). Their documents
    show their last good pages (or none: a layout file that never read well here has cards
    without pages, serve.unmade) and these problems on their cards; the others are redrawn
    as their files change. A
    layout file's warnings (`warnings`) are the kit's, as `check` prints them: on the cards
    of the materials each is about (a size's low bleed on that size's), not on all."""

    languages: Mapping[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    layouts: Mapping[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    offices: Mapping[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    warnings: tuple[Diagnostic, ...] = ()

    def all(self) -> list[Diagnostic]:
        """Each problem once (an office that extends one with errors has its problems too),
        the strings files', then the layout files', then the office files', as `check`
        tells them."""
        kinds = (self.languages, self.layouts, self.offices)
        return list(dict.fromkeys(d for kind in kinds for ds in kind.values() for d in ds))

    def of(self, stem: str | None, lang: str, office: str | None) -> list[Diagnostic]:
        """The problems of the files a document is made from that cannot be read: its layout
        file's (`stem`: its name without `.yaml`), its strings file's (or its parent
        language's), its office's file's (or the office's it extends), each once."""
        found = (
            self.layouts.get(stem, ()) if stem is not None else (),
            self.languages.get(lang, ()),
            self.offices.get(office, ()) if office is not None else (),
        )
        return list(dict.fromkeys(d for ds in found for d in ds))


def last_good_files(kit: Kit, last: Kit | None) -> tuple[Kit, Unreadable]:
    """`kit` with the last good texts of each language whose strings file cannot be read
    now (Kit.unreadable) and could before, the last good layouts (the design and its sizes)
    of each layout file that has errors now (Kit.unusable_layouts) and had none before, and
    the last good file of each office whose file has errors now (Kit.unusable_offices) and
    had none before: that language, material or office keeps its pages while the others
    redraw as their files change (a broken translation stopped the whole page, as any error
    does; a broken office file made the office's pages vanish without a word; an unknown
    colour in one layout stopped every material's redrawing, where `check` lays out the
    others). Their problems are the second of what this returns (`Gallery.broken`): in
    `state()["unreadable"]` and on the cards of the documents they stop."""
    layouts = kit.unusable_layouts
    broken = Unreadable(
        dict(kit.unreadable),
        {s: tuple(d for d in ds if d.is_error) for s, ds in layouts.items()},
        dict(kit.unusable_offices),
        tuple(d for ds in layouts.values() for d in ds if not d.is_error),
    )
    if last is None or not broken.all():
        return kit, broken
    kept = {c: last.languages[c] for c in kit.unreadable if c in last.languages}
    offices = {o: last.offices[o] for o in kit.unusable_offices if o in last.offices}
    made = {
        i: la for i, la in last.layouts.items() if la.path.stem in layouts and i not in kit.layouts
    }
    if not kept and not offices and not made:
        return kit, broken
    stems = {la.path.stem for la in made.values()}
    kit = replace(  # what is kept is readable to the rest of the preview
        kit,
        languages={**kit.languages, **kept},
        unreadable={c: ds for c, ds in kit.unreadable.items() if c not in kept},
        layouts=_in_kit_order(kit.layouts, made),
        unusable_layouts={s: ds for s, ds in layouts.items() if s not in stems},
        offices=dict(sorted({**kit.offices, **offices}.items())),
        unusable_offices={o: ds for o, ds in kit.unusable_offices.items() if o not in offices},
    )
    return kit, broken


def _in_kit_order(layouts: dict[str, Layout], kept: dict[str, Layout]) -> dict[str, Layout]:
    """`layouts` and the `kept` ones in the order load_kit gives them (the designs by their
    file's name, then the sizes by their design's, each design's in its own order), so that
    a kept material's cards stay where they were in the gallery."""
    both = [*layouts.values(), *kept.values()]
    ranked = sorted(
        enumerate(both), key=lambda x: (x[1].sized_from is not None, x[1].path.name, x[0])
    )
    return {la.id: la for _, la in ranked}


def refresh_art(art: Resources, stamps: dict[Path, tuple[int, int, int] | None]) -> None:
    """Parse every art file of `art` changed since its last parse here (a reload
    follows a change of files; a 15,000-element SVG took 4 to 5 s of every save, whatever
    was saved): one that parses replaces its drawing and its captured art; one
    that no longer parses keeps its last good parse, as the last good layouts that show it
    stay in use (`last_good_files`: the art's errors are its layout files', on the cards
    of the materials made from them): images drawn meanwhile show the art as it was (a
    broken SVG made every image not drawn before fail). Art that never parsed well cannot
    be drawn: the server answers 503 with its error. `stamps`: each file's (mtime, size,
    inode) at its last parse, updated."""
    # art drawn from the user's cache was never parsed here: its captured art is all
    # there is of it
    for path in sorted({*art.svgs, *(key[0] for key in art.arts)}):
        stamp = file_stamp(path)
        if stamp is not None and stamps.get(path) == stamp:
            continue  # unchanged since its last parse: a large SVG slowed every save
        stamps[path] = stamp
        try:
            drawing = load_svg(path, Resources())
        except DiagnosticsError:
            continue  # the last good parse stays
        art.svgs[path] = drawing
        for key in [k for k in art.arts if k[0] == path]:
            del art.arts[key]


def renumber_problems(drawn: Drawn, moved: dict[Path, dict[int, int]]) -> bool:
    """Renumber the lines a kept document's problems name in files whose lines moved
    (serve.renumber); whether any changed."""
    found = drawn.laid.diagnostics
    for path, lines in moved.items():
        found = tuple(renumber(d, path, lines) for d in found)
    if found == drawn.laid.diagnostics:
        return False
    drawn.laid = replace(drawn.laid, diagnostics=found)
    return True
