"""The materials of a layout file that has not read well since the preview started: its errors
are in `reread.Unreadable.layouts`, and there is no last good layout to show. What the file
says of them, as far as it reads (`family:`, `sizes:`, `paper:`, `press:`), gives each its
cards with the file's errors, as a layout that broke after a good read has (their errors
were in the page's banner alone, and the material was missing from the gallery)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic, DiagnosticsError
from ..model import Kit, Office
from .entries import Entry

if TYPE_CHECKING:
    from ..load import Node


@dataclass(frozen=True)
class Unmade:
    """A material a layout file with errors would make: its id (the file's name, or a size's
    `<family>-<size>`), the file, whether it is a size of the file's design, the paper family
    and press it names (an office builds it as it builds a layout: `Office.builds`), and for
    a size, the lines of its entry under `sizes:` (the warnings of those lines are its own)."""

    id: str
    path: Path
    sized: bool = False
    paper: str | None = None
    press: str | None = None
    lines: tuple[int, int] | None = None


def unmade_materials(kit: Kit, broken: Iterable[str]) -> dict[str, Unmade]:
    """The materials of each layout file of `broken` (their names without `.yaml`) that has no
    layout in `kit` (none kept: it never read well here), by id, each once and none the kit
    has: the design (the file's name) and its sizes, as far as the file reads (a file that is
    no YAML makes its design alone; a name that cannot be a material's makes none)."""
    kept = {la.path.stem for la in kit.layouts.values()}
    never = [stem for stem in broken if stem not in kept]
    if not never:
        return {}
    from ..kit.load import MATERIAL_ID  # the kit's readers: only for a file with errors

    folder = kit.root / "materials" / "layouts"
    out: dict[str, Unmade] = {}
    for stem in never:
        for made in _made_by(folder / f"{stem}.yaml"):
            if MATERIAL_ID.fullmatch(made.id) and made.id not in kit.layouts:
                out.setdefault(made.id, made)
    return out


def _made_by(path: Path) -> list[Unmade]:
    """The design of the layout file at `path` and its sizes, as far as the file reads."""
    from ..load import Node, load_yaml

    try:
        node = load_yaml(path)
    except (DiagnosticsError, OSError):
        return [Unmade(path.stem, path)]
    if not node.is_map:
        return [Unmade(path.stem, path)]
    out = [Unmade(path.stem, path, paper=_text(node, "paper"), press=_text(node, "press"))]
    sizes = node.value.get("sizes")
    if not isinstance(sizes, Node) or not sizes.is_map:
        return out
    family = _text(node, "family") or path.stem
    # each size's entry runs to the next one, the last to the next key of the file
    after = [m.line for m in node.key_marks.values() if m.line > sizes.mark.line]
    starts = [sizes.key_marks.get(name, sizes.mark).line for name in sizes.value]
    ends = [*starts[1:], min(after, default=1 << 30)]
    for (name, size), start, end in zip(sizes.value.items(), starts, ends, strict=True):
        paper = _text(size, "paper") or "iso"  # a size's default (SizeSpec.paper)
        # a size's press is its own or its design's (kit.sizes._sized: size.press or layout.press)
        press = _text(size, "press") or _text(node, "press")
        made = Unmade(f"{family}-{name}", path, True, paper, press, (start, end))
        out.append(made)
    return out


def _text(node: Node, key: str) -> str | None:
    """The text of `key` in mapping `node`, None when it has none (or not a text)."""
    value = node.value.get(key) if node.is_map else None
    found = getattr(value, "value", None)
    return found if isinstance(found, str) else None


def unmade_about(d: Diagnostic, unmade: Mapping[str, Unmade]) -> tuple[str, ...]:
    """The materials of `unmade` warning `d` is about, by the rule of the kit's materials
    (pipeline.selection.materials_of): its subject's, else those of the layout file it is
    at: the size whose entry holds its line, else the design and every size of it."""
    material = d.subject.material
    if material:
        return (material,) if material in unmade else ()
    if d.mark is None:
        return ()
    made = [u for u in unmade.values() if u.path == d.mark.path]
    line = d.mark.line
    sized = [u.id for u in made if u.lines is not None and u.lines[0] <= line < u.lines[1]]
    return tuple(sized) or tuple(u.id for u in made)


def material_order(kit: Kit, unmade: Mapping[str, Unmade]) -> list[str]:
    """The kit's materials and those of `unmade`, in the order load_kit gives them (the
    designs by their file's name, then the sizes by their design's): a material's cards are
    where they will be once its file reads."""
    both = [(la.sized_from is not None, la.path.name, la.id) for la in kit.layouts.values()]
    both += [(u.sized, u.path.name, u.id) for u in unmade.values()]
    ranked = sorted(enumerate(both), key=lambda x: (x[1][0], x[1][1], x[0]))
    return [m for _, (_, _, m) in ranked]


def with_unmade(
    made: list[Entry],
    order: list[str],
    office: Office,
    langs: tuple[str, ...],
    unmade: Mapping[str, Unmade],
) -> list[Entry]:
    """An office's documents `made` (pipeline.jobs.documents) with those of the materials of
    `unmade` it builds (`Office.builds`), in the languages of the others (else `langs`), in
    the order of `order` (`material_order`)."""
    extra = [u.id for u in unmade.values() if office.builds(u)]
    if not extra:
        return made
    codes = list(dict.fromkeys(e.lang for e in made)) or list(langs)
    by_material: dict[str, list[Entry]] = {}
    for e in made:
        by_material.setdefault(e.material, []).append(e)
    for m in extra:
        by_material[m] = [Entry(m, c, office.id) for c in codes]
    return [e for m in order for e in by_material.get(m, ())]
