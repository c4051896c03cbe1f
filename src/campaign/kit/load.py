"""Reading a whole kit folder: campaign.yaml, strings/*.yaml, layouts/*.yaml and
offices/*.yaml into a Kit."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from ..assets import press_profile_problem
from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    Subject,
    failure,
    owners_of,
)
from ..load import load_yaml
from ..model import BadgeProfile, Campaign, Kit, Language, Layout, Office, QrSlot, TextSlot
from ..model.language import fallback_chain
from ..presses import PROFILES
from ..pseudo import pseudo_languages
from .alt_texts import check_alt_texts
from .campaign import read_campaign
from .layouts import read_layout
from .layouts.marks_room import slug_rooms
from .offices import check_offices, read_office, with_parents
from .presses import read_press
from .references import check_languages, check_refs, known_fields
from .size_names import Twice, made_twice, named_like
from .sizes import PastTrim, expand_sizes, into_margin, past_trim
from .sources import check_fragments, check_sources
from .spec import FIELD_NAMES, LANGUAGE_CODES, Context
from .strings import read_language

T = TypeVar("T")

# A material's or office's id (its file's name without `.yaml`, or a size's `<family>-<size>`)
# names output folders and files (`<office>/<material>/<material>-<lang>.pdf`): lower-case
# letters, digits and hyphens, so it is never `..`, a hidden file or `manifest.json`, and
# means the same file on every file system (case-insensitive ones too).
MATERIAL_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def load_kit(
    root: Path,
    adding: frozenset[str] = frozenset(),
    isolate: bool = False,
    layouts_apart: bool = False,
    layouts_isolated: bool = False,
) -> Kit:
    """Read and check a whole kit folder (materials/, fonts/, assets/).

    Every problem of every file is collected first; raises DiagnosticsError with all of them
    (and the warnings) when there is any error, `load.no-kit` when `root` is not a kit.
    `adding`: the codes of languages being added (`new language`), whose strings file is not
    there yet: campaign.yaml or an office that lists one already is not an error (the office
    that listed `ja` first could not run `new language ja`).

    With `isolate`, errors that are all in strings files of languages other than the source
    language do not stop the kit: those languages are left out of `Kit.languages` and their
    files' problems kept in `Kit.unreadable`, so that a build makes the other languages (one
    translator's typo in sw.yaml stopped all 26 languages of an office's build, and every
    `strings import` of the others). An error anywhere else still raises all of them.

    With `layouts_apart` (a command that uses no layout: `new language`), the errors of the
    layout files (materials/layouts/) are kept in `Kit.layout_errors` instead of raised, for
    the command to report after its work (a layout's typo stopped a translator's new
    strings file, which does not depend on it); raised with the others when any other
    error stops the kit.

    With `isolate` and `layouts_isolated` (`check`, which lays out every material it can),
    errors in layout files are set apart as those in strings and office files are: those
    layouts, and the sizes made from them, are left out of `Kit.layouts` and their files'
    problems kept in `Kit.unusable_layouts` (a designer's typo in one layout stopped the
    check of all eleven)."""
    materials = root / "materials"
    if not (materials / "campaign.yaml").is_file():
        raise failure(
            "load.no-kit",
            f"no kit at {root} (materials/campaign.yaml is missing); "
            "pass --kit DIR pointing at a folder with materials/, fonts/ and assets/",
            None,
            "pass --kit DIR pointing at a folder with materials/, fonts/ and assets/, or run the "
            "command in such a folder",
        )
    ctx = Context(Collector(), root)
    campaign = None
    if _inside(materials / "campaign.yaml", ctx):
        campaign = _guard(ctx, lambda: read_campaign(load_yaml(materials / "campaign.yaml"), ctx))
    if campaign is not None:  # the fields an office's `fields:` takes (spec.MapRead._under)
        ctx.declared[FIELD_NAMES] = dict.fromkeys(known_fields(campaign))
        ctx.declared[LANGUAGE_CODES] = dict.fromkeys(campaign.languages)  # spec.kit_language
    # by the file's name, which its `language:` must match (an error otherwise): a copy of
    # en.yaml saved as ko.yaml, `language: en` left in, replaced English with its texts
    languages = _read_all(materials / "strings", ctx, read_language, lambda x: x.path.stem)
    presses = _read_presses(materials / "presses", ctx)
    ctx.scope["press"] = presses  # for layouts' and their sizes' `press:`
    layouts = _read_all(materials / "layouts", ctx, read_layout, lambda x: x.id, ids=True)
    _add_sizes(layouts, ctx)
    source = languages.get(campaign.source_language) if campaign else None
    check_sources(layouts, ctx, source.strings if source else None)
    check_fragments(layouts, ctx)
    check_alt_texts(layouts, languages, ctx)
    offices = _read_offices(materials / "offices", ctx)
    drafts = frozenset(code for code, lang in languages.items() if not lang.reviewed)
    slug_rooms(ctx, layouts, offices, sorted(languages), bool(campaign and campaign.sample), drafts)
    # strings files that are there but could not be read: their own errors say why, and
    # what refers to their languages is not reported again (one cause, one error)
    unreadable = adding | frozenset(
        p.stem for p in (materials / "strings").glob("*.yaml") if p.stem not in languages
    )
    if campaign:
        check_languages(campaign, languages, ctx.errs, unreadable)
        check_refs(campaign, languages, ctx)
        check_offices(campaign, languages, layouts, offices, ctx, unreadable)
    if campaign:
        _check_profiles(campaign, layouts, offices, ctx)
    apart: list[Diagnostic] = []
    if layouts_apart:
        folder = (materials / "layouts").absolute()
        apart = [d for d in ctx.errs.errors if d.mark and d.mark.path.absolute().parent == folder]
        ctx.errs.items = [d for d in ctx.errs.items if d not in apart]
    folders = {materials / "strings": "language", materials / "offices": "office"}
    if layouts_isolated:
        folders[materials / "layouts"] = "layout"
    found = _isolated(ctx, folders, campaign) if isolate else {}
    unread, unusable = found.get("language", {}), found.get("office", {})
    broken = found.get("layout", {})
    for lid in [i for i, la in layouts.items() if la.path.stem in broken]:
        del layouts[lid]  # its sizes too: made from the file with errors
    unread |= _under_unread(languages, unread, campaign)
    for code in unread:
        languages.pop(code, None)
    unusable |= _under_unusable(offices, unusable)
    for name in unusable:
        offices.pop(name, None)
    if ctx.errs.errors:  # the kit stops: the layouts' errors are told with the others
        ctx.errs.items += apart
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
        unread,
        unusable,
        layout_errors=tuple(apart),
        unusable_layouts=broken,
    )


def _isolated(
    ctx: Context, kinds: dict[Path, str], campaign: Campaign | None
) -> dict[str, dict[str, tuple[Diagnostic, ...]]]:
    """The problems of the files that have errors in the folders of `kinds` (strings files:
    "language", office files: "office", layout files: "layout"), by kind and then by the
    file's language, office or layout id, when every error of the kit is in such a file and
    none in the source language's (whose texts every language falls back on); they are taken
    out of `ctx.errs`. Empty when any error is elsewhere: everything is then raised as
    without `isolate`."""
    if campaign is None or not ctx.errs.errors:
        return {}
    folders = {folder.absolute(): kind for folder, kind in kinds.items()}

    def owners(d: Diagnostic) -> list[tuple[str, str]] | None:
        """The strings file's language, the office file's or the layout file's id the
        diagnostic is in (as listed in the folder: a file there may be a link to one
        elsewhere); for one at another file (an SVG's), those of the files whose problem it
        is (diagnostics.OWNER: the office whose logo it is, the layouts whose art it is)."""
        if d.mark is None:
            return None
        paths = [d.mark.path]
        if d.mark.path.suffix.lower() not in (".yaml", ".yml"):  # an SVG's: its owners'
            paths = list(owners_of(d))
        keys = []
        for path in paths:
            kind = folders.get(path.absolute().parent)
            if kind is None or kind == "language" and path.stem == campaign.source_language:
                return None
            keys.append((kind, _office_id(path) if kind == "office" else path.stem))
        return keys or None

    found_keys = [owners(d) for d in ctx.errs.errors]
    if any(keys is None for keys in found_keys):
        return {}
    out: dict[tuple[str, str], list[Diagnostic]] = {
        key: [] for key in sorted({k for keys in found_keys for k in keys or ()})
    }
    kept = []
    for d in ctx.errs.items:
        keys = [k for k in owners(d) or () if k in out]
        for key in keys:
            out[key].append(d)  # its warnings too: the language or office is not built
        if not keys:
            kept.append(d)
    ctx.errs.items[:] = kept
    found: dict[str, dict[str, tuple[Diagnostic, ...]]] = {}
    for (kind, name), items in out.items():
        found.setdefault(kind, {})[name] = tuple(items)
    return found


def _under_unusable(
    offices: dict[str, Office], unusable: dict[str, tuple[Diagnostic, ...]]
) -> dict[str, tuple[Diagnostic, ...]]:
    """The offices that extend an office whose file has errors (`unusable`), each with that
    office's problems: left out as it is. A child was built without the logo its parent's
    file misspelt, that error told only for the parent, which the build had not asked for."""
    out = {}
    for oid, office in offices.items():
        bad = [unusable[p.stem] for p in office.parents if p.stem in unusable]
        if bad and oid not in unusable:
            out[oid] = bad[0]
    return out


def _under_unread(
    languages: dict[str, Language],
    unread: dict[str, tuple[Diagnostic, ...]],
    campaign: Campaign | None,
) -> dict[str, tuple[Diagnostic, ...]]:
    """The languages that print the texts of a language whose strings file has errors
    (`unread`: es-419, which takes es's, when es.yaml has one), each with that file's
    problems: left out as it is, not made with English where its parent's texts go."""
    if campaign is None or not unread:
        return {}
    out = {}
    for code, lang in languages.items():
        if code in unread:
            continue
        # the chain as it would be with the unread files: the kit's languages and theirs
        whole = {**languages, **{c: _stub(lang, c) for c in unread if c not in languages}}
        bad = [p.code for p in fallback_chain(lang, whole, campaign.source_language)]
        first = next((c for c in bad if c in unread), None)
        if first is not None:
            out[code] = unread[first]
    return out


def _stub(like: Language, code: str) -> Language:
    """A language of code `code` in the script its code implies (its file could not be
    read), for `_under_unread`'s chain."""
    from dataclasses import replace

    from ..text.scripts import script_of

    return replace(like, code=code, script=script_of(code), strings={}, fields={}, pseudo=False)


def _office_id(path: Path) -> str:
    """The office an office file's problems are kept under: its id, or, for a file whose
    name cannot be one (`Kenya Ethiopia.yaml`, a `load.file-name` error), the id it would
    be (file_id), so that `--office kenya-ethiopia` names that file's problem and the fix;
    it said "unknown office 'kenya-ethiopia'" and listed the others (an office's trial).
    Not when a file of that id is there too: that one is the office."""
    meant = file_id(path.stem)
    if path.stem == meant or meant is None or (path.parent / f"{meant}.yaml").exists():
        return path.stem
    return meant


def _read_presses(folder: Path, ctx: Context) -> dict[str, BadgeProfile]:
    """Every press file by id (its file name)."""
    out: dict[str, BadgeProfile] = {}
    _other_endings(folder, ctx, "_")
    for path in sorted(folder.glob("*.yaml")):
        if path.suffix != ".yaml":  # Windows' glob matches .YAML too: _other_endings'
            continue
        if path.name.startswith("_") or not _inside(path, ctx):
            continue
        press = _guard(ctx, partial(_read_file, read_press, path, ctx))
        if press is not None:
            out[path.stem] = press
    return out


def _add_sizes(layouts: dict[str, Layout], ctx: Context) -> None:
    """Each layout's `sizes:` as layouts of their own (kit.sizes), after the layouts read
    from files; a size named like another layout is an error (kit.size_names: at a single
    layout file named like a size, at the copy of a design where the names tell it)."""
    made_by: dict[str, Layout] = {}  # a size's layout id -> the layout whose size it is
    twice: dict[tuple[str, str], Twice] = {}  # two designs' ids -> the sizes both make
    for layout in list(layouts.values()):
        for size, sized in zip(layout.sizes.values(), expand_sizes(layout), strict=True):
            if not MATERIAL_ID.fullmatch(sized.id):
                ctx.errs.error(
                    "load.file-name",
                    f"size '{sized.id}' of {layout.path.name} cannot be a material's name: "
                    "it names output files",
                    size.mark,
                    "use lower-case letters, digits and hyphens in the family and size names "
                    "(poster-a4)",
                )
                continue
            if sized.id in layouts:
                other = made_by.get(sized.id)
                if other is not None:  # a copy of a layout, its sizes and family with it
                    pair = twice.setdefault((other.id, layout.id), Twice(other, layout))
                    pair.made.append(sized.id)
                else:
                    named_like(ctx.errs, layout, size, sized.id, layouts[sized.id])
                continue
            layouts[sized.id] = sized
            made_by[sized.id] = layout
            for past in past_trim(layout, sized):
                _past_trim_warning(ctx, layout, sized, size.name, past)
            for into in into_margin(layout, sized):
                _into_margin_warning(ctx, layout, sized, size.name, into)
    for pair in twice.values():
        made_twice(ctx.errs, pair)


def _into_margin_warning(
    ctx: Context, design: Layout, sized: Layout, name: str, into: PastTrim
) -> None:
    """A text slot that size `name` of `design` places in its safe margin
    (kit.sizes.into_margin), told at the size's entry with the frame of its own that keeps
    it out: `layout.safe-area`, as a design's own frame in its margin is
    (kit/layouts/trim.py), once for every language."""
    slot = into.slot
    where = " and ".join(f"{mm:.1f} mm at the {edge} edge" for edge, mm, _ in into.edges)
    kept = ", ".join(f"{mm:.1f} mm from its {edge} edge" for edge, _, mm in into.edges)
    w, h = sized.trim
    ctx.errs.warn(
        "layout.safe-area",
        f"size '{name}' ({w:g} x {h:g} mm) places text slot '{slot.name}' {where} into its "
        f"{sized.safe:g} mm safe margin, where {design.id}'s frame of it keeps out of its own "
        f"({kept}): a text that fits the frame may be set there",
        sized.size_mark,
        f"give '{slot.name}' a frame of its own, out of the margin: `sizes: {name}: slots: "
        f"{{{slot.name}: {{frame: {into.fix.flow()}}}}}` (the design's frames are placed on "
        "a size together, kit/place.py), or leave it out of the size "
        f"(`{slot.name}: {{drop: true}}`)",
        subject=Subject(material=sized.id, slot=slot.name),
    )


def _past_trim_warning(
    ctx: Context, design: Layout, sized: Layout, name: str, past: PastTrim
) -> None:
    """A slot that size `name` of `design` places past its trim (kit.sizes.past_trim), told
    at the size's entry, where the fix is, with the frame of its own that puts it inside:
    a text is `layout.safe-area` (its lines are cut), anything else (a QR code, art)
    `layout.bleed`, as the design's frames past the trim are (kit/layouts/trim.py). It
    was told only where a composed page's text or QR code crossed the safe margin, at the
    design's slot, and a shape not at all."""
    slot = past.slot
    where = " and ".join(
        f"{mm:.1f} mm past " + ("its" if i else "the trim's") + f" {edge} edge"
        for i, (edge, mm, _) in enumerate(past.edges)
    )
    kept = ", ".join(f"{mm:.1f} mm from its {edge} edge" for edge, _, mm in past.edges)
    what = {
        TextSlot: ("layout.safe-area", "the cut takes the lines that reach it"),
        QrSlot: ("layout.bleed", "the cut takes part of the code, which may not scan"),
    }
    code, cut = what.get(type(slot), ("layout.bleed", "the cut takes what lies past it"))
    w, h = sized.trim
    ctx.errs.warn(
        code,
        f"size '{name}' ({w:g} x {h:g} mm) places slot '{slot.name}' {where}, where "
        f"{design.id}'s frame of it keeps inside its trim ({kept}): {cut}",
        sized.size_mark,
        f"give '{slot.name}' a frame of its own, as far inside the trim as {design.id}'s "
        "(up to the safe margin): `sizes: "
        f"{name}: slots: {{{slot.name}: {{frame: {past.fix.flow()}}}}}` (the design's "
        "frames are placed on a size together, kit/place.py: those it moves with took it "
        f"there), or leave it out of the size (`{slot.name}: {{drop: true}}`)",
        subject=Subject(material=sized.id, slot=slot.name),
    )


R = TypeVar("R", Language, Layout, Office, BadgeProfile)


def _read_all(
    folder: Path,
    ctx: Context,
    reader: Callable[..., R | None],
    name: Callable[[R], str],
    skip: str | None = None,
    ids: bool = False,
) -> dict[str, R]:
    """Every file of `folder`, read by `reader`, by name; files starting with `skip` are not
    read (offices/_template.yaml), nor links to files outside the kit. With `ids`, the file's
    name is an id that names output files (layouts, offices) and must be a plain name."""
    out: dict[str, R] = {}
    for path in _kit_files(folder, ctx, skip, ids):
        item = _guard(ctx, partial(_read_file, reader, path, ctx))
        if item is not None:
            out[name(item)] = item
    return out


def _kit_files(folder: Path, ctx: Context, skip: str | None, ids: bool) -> list[Path]:
    """The files of `folder` that `_read_all` reads (as it says)."""
    _other_endings(folder, ctx, skip)
    out = []
    for path in sorted(folder.glob("*.yaml")):
        if path.suffix != ".yaml":  # Windows' glob matches .YAML too: _other_endings'
            continue
        if skip and path.name.startswith(skip):
            continue
        if not _inside(path, ctx) or (ids and not _plain_name(path, ctx)):
            continue
        out.append(path)
    return out


def _read_offices(folder: Path, ctx: Context) -> dict[str, Office]:
    """Every office file of `folder`, as `_read_all` reads them, each over the values of the
    offices it extends (offices.with_parents)."""
    paths = {p.stem: p for p in _kit_files(folder, ctx, "_", ids=True)}
    nodes = {oid: _guard(ctx, partial(load_yaml, path)) for oid, path in paths.items()}
    out: dict[str, Office] = {}
    for oid, (node, parents) in with_parents(nodes, ctx).items():
        office = _guard(ctx, partial(read_office, node, paths[oid], ctx, parents))
        if office is not None:
            out[office.id] = office
    return dict(sorted(out.items()))


def _other_endings(folder: Path, ctx: Context, skip: str | None) -> None:
    """A `load.file-name` error for each file of `folder` that ends in `.yml`, or `.yaml` in
    other capitals (`.YAML`): the kit reads `*.yaml` alone, and an office's
    `latam-caribe.yml` was passed over without a word (`check --office all` said nothing of
    it; a regional office's trial). Files starting with `skip` are left alone, as they are
    not read."""
    try:
        paths = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:  # a folder that cannot be listed: its reading says so
        return
    for path in paths:
        if path.suffix == ".yaml" or path.suffix.lower() not in (".yaml", ".yml"):
            continue
        if skip and path.name.startswith(skip):
            continue
        # from the listing, not exists(): on a disk that ignores case (macOS, Windows) the
        # file itself is x.yaml, and the hint said to delete it
        taken = f"{path.stem}.yaml" in {p.name for p in paths}
        ctx.errs.error(
            "load.file-name",
            f"{path.name} ends in '{path.suffix}': the kit reads files ending in '.yaml' alone, "
            "so this file was not read",
            Mark.file(path),
            f"{path.stem}.yaml is there too: merge the two files, or delete this one"
            if taken
            else f"rename it {path.stem}.yaml",
        )


def _check_profiles(
    campaign: Campaign, layouts: dict[str, Layout], offices: dict[str, Office], ctx: Context
) -> None:
    """Every press profile the kit prints with (the campaign's, a layout's, an office's) is a
    CMYK output ICC profile inside assets/; one error per profile file."""
    used = {campaign.output_profile}
    used |= {x.output_profile for x in layouts.values() if x.output_profile}
    used |= {x.output_profile for x in offices.values() if x.output_profile}
    for key in sorted(used):
        rel = PROFILES[key][0]
        problem = press_profile_problem(ctx.root / "assets", rel)
        if problem:
            ctx.errs.error(
                "icc.read",
                f"the press profile '{key}' {problem}",
                Mark.file(ctx.root / "assets" / rel),
                "copy the profile from the repository's assets/icc/ (assets/icc/SOURCE.md "
                "says where each comes from)",
            )


def _inside(path: Path, ctx: Context) -> bool:
    """A file under materials/ that resolves inside it (a link may point to another file of
    the kit, never outside it); one error naming the link otherwise, and it is not read."""
    materials = (ctx.root / "materials").resolve()
    if path.is_symlink() and not path.exists():
        ctx.errs.error(
            "load.read",
            f"this file is a link to {os.readlink(path)}, which does not exist; it was not read",
            Mark.file(path),
            "copy the file into the kit, or delete the link",
        )
        return False
    if path.resolve().is_relative_to(materials):
        return True
    ctx.errs.error(
        "load.outside",
        "this file is a link to a file outside the kit; it was not read",
        Mark.file(path),
        "copy the file into the kit instead of linking to it",
    )
    return False


def _plain_name(path: Path, ctx: Context) -> bool:
    """The file's name (without .yaml) can name output folders and files; else a
    `load.file-name` error naming the name to give it (`Kenya Ethiopia`: kenya-ethiopia),
    unless a file has that name already."""
    if MATERIAL_ID.fullmatch(path.stem):
        return True
    meant = file_id(path.stem)
    free = meant is not None and not (path.parent / f"{meant}.yaml").exists()
    ctx.errs.error(
        "load.file-name",
        f"the file name '{path.stem}' cannot name output folders and files: "
        "use lower-case letters, digits and hyphens; the file was not read",
        Mark.file(path),
        f"rename the file {meant}.yaml"
        if free
        else "rename the file (poster-a3.yaml, new-york.yaml)",
    )
    return False


def file_id(stem: str) -> str | None:
    """The id a file's name is read as, written as an id must be (MATERIAL_ID): lower case,
    accents dropped, each run of other characters (spaces, `_`, brackets) a hyphen; None
    when nothing is left. `Kenya Ethiopia` is kenya-ethiopia, `Côte_d'Ivoire` cote-d-ivoire:
    the id a user who asks for the office (`--office kenya-ethiopia`) means."""
    plain = unicodedata.normalize("NFKD", stem.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return words if MATERIAL_ID.fullmatch(words) else None


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
