"""Reading a whole kit folder: campaign.yaml, strings/*.yaml, layouts/*.yaml and
offices/*.yaml into a Kit."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from ..diagnostics import Collector, DiagnosticsError, failure
from ..load import load_yaml
from ..model import BadgeProfile, Kit, Language, Layout, Office
from ..pseudo import pseudo_languages
from .campaign import read_campaign
from .layouts import read_layout
from .offices import check_offices, read_office
from .presses import read_press
from .references import check_languages, check_refs
from .sizes import expand_sizes
from .spec import Context
from .strings import read_language

T = TypeVar("T")


def load_kit(root: Path) -> Kit:
    """Read and check a whole kit folder (materials/, fonts/, assets/).

    Every problem of every file is collected first; raises DiagnosticsError with all of them
    (and the warnings) when there is any error, `load.no-kit` when `root` is not a kit."""
    materials = root / "materials"
    if not (materials / "campaign.yaml").is_file():
        raise failure(
            "load.no-kit",
            f"no kit at {root} (materials/campaign.yaml is missing); "
            "pass --kit DIR pointing at a folder with materials/, fonts/ and assets/",
        )
    ctx = Context(Collector(), root)
    campaign = _guard(ctx, lambda: read_campaign(load_yaml(materials / "campaign.yaml"), ctx))
    languages = _read_all(materials / "strings", ctx, read_language, lambda x: x.code)
    presses = _read_presses(materials / "presses", ctx)
    ctx.scope["press"] = presses  # for layouts' and their sizes' `press:`
    layouts = _read_all(materials / "layouts", ctx, read_layout, lambda x: x.id)
    _add_sizes(layouts, ctx)
    offices = _read_all(materials / "offices", ctx, read_office, lambda x: x.id, skip="_")
    # strings files that are there but could not be read: their own errors say why, and
    # what refers to their languages is not reported again (one cause, one error)
    unreadable = frozenset(
        p.stem for p in (materials / "strings").glob("*.yaml") if p.stem not in languages
    )
    if campaign:
        check_languages(campaign, languages, ctx.errs, unreadable)
        check_refs(campaign, languages, ctx)
        check_offices(campaign, languages, layouts, offices, ctx, unreadable)
    ctx.errs.raise_if_errors()
    assert campaign is not None
    for pseudo in pseudo_languages(languages[campaign.source_language]):
        languages.setdefault(pseudo.code, pseudo)
    warnings = tuple(ctx.errs.warnings)
    return Kit(
        root,
        campaign,
        languages,
        layouts,
        root / "fonts",
        root / "assets",
        warnings,
        offices,
        presses,
    )


def _read_presses(folder: Path, ctx: Context) -> dict[str, BadgeProfile]:
    """Every press file by id (its file name)."""
    out: dict[str, BadgeProfile] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        press = _guard(ctx, partial(_read_file, read_press, path, ctx))
        if press is not None:
            out[path.stem] = press
    return out


def _add_sizes(layouts: dict[str, Layout], ctx: Context) -> None:
    """Each layout's `sizes:` as layouts of their own (kit.sizes), after the layouts read
    from files; a size named like another layout is an error."""
    for layout in list(layouts.values()):
        for size, sized in zip(layout.sizes.values(), expand_sizes(layout), strict=True):
            if sized.id in layouts:
                ctx.errs.error(
                    "schema.duplicate",
                    f"size '{sized.id}' of {layout.path.name} is named like another layout",
                    size.mark,
                    "give the size or the layout's family another name",
                )
                continue
            layouts[sized.id] = sized


R = TypeVar("R", Language, Layout, Office, BadgeProfile)


def _read_all(
    folder: Path,
    ctx: Context,
    reader: Callable[..., R | None],
    name: Callable[[R], str],
    skip: str | None = None,
) -> dict[str, R]:
    """Every file of `folder`, read by `reader`, by name; files starting with `skip` are not
    read (offices/_template.yaml)."""
    out: dict[str, R] = {}
    for path in sorted(folder.glob("*.yaml")):
        if skip and path.name.startswith(skip):
            continue
        item = _guard(ctx, partial(_read_file, reader, path, ctx))
        if item is not None:
            out[name(item)] = item
    return out


def _read_file(reader: Callable[..., R | None], path: Path, ctx: Context) -> R | None:
    return reader(load_yaml(path), path, ctx)


def _guard(ctx: Context, fn: Callable[[], T]) -> T | None:
    """Run one file's reader; a file that cannot even be parsed is one error, not the end."""
    try:
        return fn()
    except DiagnosticsError as exc:
        ctx.errs.extend(exc.diagnostics)
        return None


__all__ = ["load_kit"]
