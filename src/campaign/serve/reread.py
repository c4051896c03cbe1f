"""What the preview keeps when it reads the kit again after a change of files: the last good
strings and office files (`last_good_files`), the last good parse of each art file
(`refresh_art`), and a kept document's problems with their lines renumbered where an edit
moved them (`renumber_problems`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..diagnostics import Diagnostic, DiagnosticsError
from ..model import Kit
from ..render.items import Resources
from ..render.items.svg import load_svg
from .entries import Drawn, file_stamp
from .renumber import renumber


def last_good_files(kit: Kit, last: Kit | None) -> tuple[Kit, list[Diagnostic]]:
    """`kit` with the last good texts of each language whose strings file cannot be read
    now (Kit.unreadable) and could before, and the last good file of each office whose
    file has errors now (Kit.unusable_offices) and had none before: that language or
    office keeps its pages while the others redraw as their files change (a broken
    translation stopped the whole page, as any error does; a broken office file made the
    office's pages vanish without a word). Their errors are in
    `state()["unreadable"]`, the second of what this returns (`Gallery.broken`)."""
    broken = [d for b in (kit.unreadable, kit.unusable_offices) for ds in b.values() for d in ds]
    if last is None or not broken:
        return kit, broken
    kept = {c: last.languages[c] for c in kit.unreadable if c in last.languages}
    offices = {o: last.offices[o] for o in kit.unusable_offices if o in last.offices}
    if not kept and not offices:
        return kit, broken
    kit = replace(  # what is kept is readable to the rest of the preview
        kit,
        languages={**kit.languages, **kept},
        unreadable={c: ds for c, ds in kit.unreadable.items() if c not in kept},
        offices=dict(sorted({**kit.offices, **offices}.items())),
        unusable_offices={o: ds for o, ds in kit.unusable_offices.items() if o not in offices},
    )
    return kit, broken


def refresh_art(art: Resources, stamps: dict[Path, tuple[int, int, int] | None]) -> None:
    """Parse every art file of `art` changed since its last parse here (a reload
    follows a change of files; a 15,000-element SVG took 4 to 5 s of every save, whatever
    was saved): one that parses replaces its drawing and its captured art; one
    that no longer parses keeps its last good parse, as the last good kit stays in use:
    images drawn meanwhile show the art as it was (a broken SVG made every image not drawn
    before fail), and the kit's error says what is wrong. Art that never parsed well
    cannot be drawn: the server answers 503 with the kit's error. `stamps`: each file's
    (mtime, size, inode) at its last parse, updated."""
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
