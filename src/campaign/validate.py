"""Turn loaded YAML nodes into the typed model, collecting every error before giving up."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .assets import parse_svg
from .diagnostics import Collector, DiagnosticsError, Mark, did_you_mean, failure
from .load import Node, load_yaml
from .model import (
    EDGES,
    ArcTextSlot,
    BadgeProfile,
    Campaign,
    Colour,
    Frame,
    HeartsSlot,
    ImageSlot,
    Kit,
    Language,
    Layout,
    Marks,
    PageSpec,
    QrSlot,
    ShapeSlot,
    Slot,
    StringEntry,
    SvgSlot,
    TextSlot,
    TextStyle,
)
from .pseudo import pseudo_languages
from .schema import MapReader
from .text.scripts import DIGIT_ZERO, direction_of, script_of

HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
T = TypeVar("T")
SLOT_KINDS = ("shape", "text", "arc-text", "svg", "image", "qr", "hearts")


def load_kit(root: Path) -> Kit:
    """Read and check a whole kit folder (materials/, fonts/, assets/); raise with every error."""
    errs = Collector()
    materials = root / "materials"
    if not (materials / "campaign.yaml").is_file():
        raise failure(
            "load.no-kit",
            f"no kit at {root} (materials/campaign.yaml is missing); "
            "pass --kit DIR pointing at a folder with materials/, fonts/ and assets/",
        )
    campaign = _guard(errs, lambda: read_campaign(load_yaml(materials / "campaign.yaml"), errs))
    languages: dict[str, Language] = {}
    for path in sorted((materials / "strings").glob("*.yaml")):
        lang = _guard(errs, partial(_language_file, path, errs))
        if lang:
            languages[lang.code] = lang
    layouts: dict[str, Layout] = {}
    colours = campaign.colours if campaign else {}
    for path in sorted((materials / "layouts").glob("*.yaml")):
        layout = _guard(errs, partial(_layout_file, path, colours, root, errs))
        if layout:
            layouts[layout.id] = layout
    if campaign:
        check_languages(campaign, languages, errs)
        check_layout_refs(campaign, languages, layouts, errs)
    errs.raise_if_errors()
    assert campaign is not None
    for pseudo in pseudo_languages(languages[campaign.source_language]):
        languages.setdefault(pseudo.code, pseudo)
    return Kit(
        root,
        campaign,
        languages,
        layouts,
        root / "fonts",
        root / "assets",
        tuple(errs.warnings),
    )


def _language_file(path: Path, errs: Collector) -> Language | None:
    return read_language(load_yaml(path), path, errs)


def _layout_file(
    path: Path, colours: dict[str, Colour], root: Path, errs: Collector
) -> Layout | None:
    return read_layout(load_yaml(path), path, colours, root, errs)


def _guard(errs: Collector, fn: Callable[[], T]) -> T | None:
    """Run one file's reader; a file that cannot even be parsed is one error, not the end."""
    try:
        return fn()
    except DiagnosticsError as exc:
        errs.extend(exc.diagnostics)
        return None


# ---- campaign.yaml -------------------------------------------------------------------------


def read_campaign(node: Node, errs: Collector) -> Campaign | None:
    r = MapReader(
        node,
        "campaign.yaml",
        errs,
        allowed={"output_profile", "image_intent", "fields"},
        required={"name", "year", "source_language", "languages", "colours", "links"},
    )
    colours = {}
    cnode = r.mapping("colours")
    if cnode:
        for name, cn in cnode.value.items():
            colour = read_colour(name, cn, errs)
            if colour:
                colours[name] = colour
    links = {}
    lnode = r.mapping("links")
    if lnode:
        for name, ln in lnode.value.items():
            if not isinstance(ln.value, str) or not re.match(
                r"^(https?://|mailto:|tel:)\S+$", ln.value
            ):
                errs.error(
                    "schema.value",
                    f"link '{name}' must be a URL starting with https://, http://, mailto: "
                    f"or tel: (got {ln.value!r})",
                    ln.mark,
                )
            else:
                links[name] = ln.value
    langs = r.texts("languages") or ()
    profile = r.text("output_profile", "fogra39", choices=PROFILE_KEYS)
    name, year, source = (
        r.text("name"),
        r.integer("year", 2024, 2000, 2100),
        r.text("source_language"),
    )
    if not (r.ok and name and source):
        return None
    intent = r.text("image_intent", "perceptual", choices=("perceptual", "relative"))
    fields = read_fields(r.mapping("fields"), "campaign.yaml", errs)
    return Campaign(
        name,
        year,
        source,
        tuple(langs),
        colours,
        links,
        profile or "fogra39",
        r.mark,
        intent or "perceptual",
        {k: e.text for k, e in fields.items()},
    )


def read_colour(name: str, node: Node, errs: Collector) -> Colour | None:
    r = MapReader(node, f"colour '{name}'", errs, allowed=set(), required={"cmyk", "rgb"})
    cmyk = r.numbers("cmyk", 4, 0, 100)
    rgb = r.text("rgb")
    if rgb and not HEX.match(rgb):
        errs.error(
            "schema.value",
            f"'rgb' of colour '{name}' must be a hex colour like \"#0A4DA2\" (got {rgb!r})",
            r.mark_of("rgb"),
        )
    if cmyk and sum(cmyk) > 300:
        errs.error(
            "schema.value",
            f"colour '{name}' has {sum(cmyk):g} % total ink; the limit is 300 %",
            r.mark_of("cmyk"),
            "lower C, M or Y; keep K for depth",
        )
    if not cmyk:
        return None
    if not (rgb and HEX.match(rgb)):  # reported above; keep the name known to avoid knock-on errors
        rgb = "#000000"
    rgbt = tuple(int(rgb[i : i + 2], 16) / 255 for i in (1, 3, 5))
    c, m, y, k = (v / 100 for v in cmyk)
    return Colour(name, (c, m, y, k), (rgbt[0], rgbt[1], rgbt[2]))


# ---- strings/<lang>.yaml -------------------------------------------------------------------


def read_language(node: Node, path: Path, errs: Collector) -> Language | None:
    r = MapReader(
        node,
        path.name,
        errs,
        allowed={"native_name", "status", "script", "direction", "digits", "fields"},
        required={"language", "name", "strings"},
    )
    code = r.text("language")
    if code and code != path.stem:
        errs.error(
            "schema.value",
            f"language '{code}' does not match the file name '{path.name}'",
            r.mark_of("language"),
            f"rename the file to {code}.yaml or fix 'language'",
        )
    if code and not LANG_CODE.match(code):
        errs.error(
            "schema.value",
            f"'{code}' is not a BCP 47 language code",
            r.mark_of("language"),
            "use codes like en, fr, ar, zh-Hans, pt-BR",
        )
    script = r.text("script") or (script_of(code) if code else "Latn")
    direction = r.text("direction", direction_of(script), choices=("ltr", "rtl")) or "ltr"
    digits = r.text("digits", "latn", choices=sorted(DIGIT_ZERO)) or "latn"
    status = r.text("status", "draft", choices=("draft", "reviewed")) or "draft"
    strings = read_strings(r.mapping("strings"), path.name, errs)
    fields = read_fields(r.mapping("fields"), path.name, errs)
    name = r.text("name")
    if not (r.ok and code and name):
        return None
    return Language(
        code,
        name,
        r.text("native_name", name) or name,
        status,
        script,
        direction,
        digits,
        strings,
        path,
        fields=fields,
    )


def read_strings(node: Node | None, where: str, errs: Collector) -> dict[str, StringEntry]:
    out: dict[str, StringEntry] = {}
    if node is None:
        return out
    for key, sn in node.value.items():
        mark = node.key_marks[key]
        if isinstance(sn.value, str):
            out[key] = StringEntry(key, sn.value.strip(), None, mark)
            continue
        r = MapReader(
            sn, f"string '{key}' in {where}", errs, allowed={"short", "note"}, required={"text"}
        )
        text = r.text("text")
        if text:
            out[key] = StringEntry(key, text.strip(), (r.text("short") or "").strip() or None, mark)
    return out


def read_fields(node: Node | None, where: str, errs: Collector) -> dict[str, StringEntry]:
    """`fields:` name -> text; an empty value (`helpline: ""` or `helpline:`) means "not filled
    in yet" and is kept, so the name stays known."""
    out: dict[str, StringEntry] = {}
    if node is None:
        return out
    for key, fn in node.value.items():
        value = fn.value
        if value is None:
            value = ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            errs.error(
                "schema.type",
                f"field '{key}' in {where} must be text (got {value!r})",
                fn.mark,
                'quote phone numbers and dates, e.g. helpline: "+1 555 0100"',
            )
            continue
        out[key] = StringEntry(key, value.strip(), None, node.key_marks[key])
    return out


def check_languages(campaign: Campaign, languages: dict[str, Language], errs: Collector) -> None:
    source = languages.get(campaign.source_language)
    if source is None:
        errs.error(
            "strings.missing",
            f"the source language '{campaign.source_language}' has no strings file",
            campaign.mark,
            f"add materials/strings/{campaign.source_language}.yaml",
        )
        return
    for code in campaign.languages:
        if code not in languages:
            errs.error(
                "ref.language",
                f"language '{code}' is listed in campaign.yaml but has no strings file",
                campaign.mark,
                *did_you_mean(code, languages),
                f"add materials/strings/{code}.yaml, or remove '{code}' from 'languages'",
            )
    for lang in languages.values():
        missing = [k for k in source.strings if k not in lang.strings]
        if missing:
            errs.error(
                "strings.missing",
                f"{lang.path.name} lacks {len(missing)} string(s) that "
                f"{source.path.name} has: {', '.join(missing)}",
                Mark(lang.path, 1, 1),
                "translate them; every key of the source is needed",
            )
        for key, entry in lang.strings.items():
            if key not in source.strings:
                errs.warn(
                    "strings.unused",
                    f"string '{key}' is not in {source.path.name} and is never used",
                    entry.mark,
                    *did_you_mean(key, source.strings),
                )


# ---- layouts/<material>.yaml ---------------------------------------------------------------


def read_layout(
    node: Node, path: Path, colours: dict[str, Colour], root: Path, errs: Collector
) -> Layout | None:
    r = MapReader(
        node,
        path.name,
        errs,
        allowed={"marks", "badge", "safe", "bleed", "styles", "output_profile", "slots", "pages"},
        required={"title", "kind", "trim"},
    )
    kind = r.text("kind", choices=("poster", "flyer", "badge"))
    trim = r.numbers("trim", 2, 10, 5000)
    badge = None
    bnode = r.mapping("badge")
    if bnode is not None:
        badge = read_badge(bnode, errs)
        if badge and trim and min(trim) + 0.01 < badge.cut:
            errs.error(
                "schema.value",
                f"the cut circle ({badge.cut:g} mm) does not fit the trim "
                f"({trim[0]:g} x {trim[1]:g} mm)",
                bnode.mark,
                f"make the trim at least {badge.cut:g} x {badge.cut:g} mm",
            )
    elif kind == "badge":
        errs.error(
            "schema.missing-key",
            "a badge layout needs a 'badge' press profile (face, cut, safe)",
            r.mark,
        )
    styles = {}
    snode = r.mapping("styles")
    if snode:
        for name, sn in snode.value.items():
            style = read_style(name, sn, colours, errs)
            if style:
                styles[name] = style
    pages = read_pages(r, path, styles, colours, root, errs)
    title = r.text("title")
    bleed = r.number("bleed", 3.0, 0, 25)
    safe = r.number("safe", 3.0, 0, 100)
    if not (r.ok and kind and trim and title and bleed is not None and safe is not None):
        return None
    return Layout(
        path.stem,
        title,
        kind,
        (trim[0], trim[1]),
        bleed,
        safe,
        pages,
        styles,
        path,
        badge,
        read_marks(r, errs),
        r.text("output_profile", None, choices=PROFILE_KEYS),
    )


PROFILE_KEYS = ("fogra39", "gracol2006")


def read_marks(r: MapReader, errs: Collector) -> Marks:
    """`marks: true`, `marks: false`, or a mapping of crop/registration/colour_bar/slug."""
    node = r.child("marks")
    if node is None:
        return Marks()
    if isinstance(node.value, bool):
        return Marks() if node.value else Marks(False, False, False, False)
    m = MapReader(node, "marks", errs, allowed={"crop", "registration", "colour_bar", "slug"})
    return Marks(
        m.flag("crop", True), m.flag("registration"), m.flag("colour_bar"), m.flag("slug", True)
    )


def read_badge(node: Node, errs: Collector) -> BadgeProfile | None:
    r = MapReader(
        node,
        "badge profile",
        errs,
        allowed={"verified", "source"},
        required={"face", "cut", "safe"},
    )
    face, cut, safe = (
        r.number("face", low=10, high=200),
        r.number("cut", low=10, high=250),
        r.number("safe", low=0, high=20),
    )
    if face and cut and cut < face:
        errs.error(
            "schema.value",
            f"the cut diameter ({cut:g} mm) must be larger than the face ({face:g} mm)",
            r.mark_of("cut"),
            "cut = face + 2 x wrap",
        )
        return None
    if face is None or cut is None or safe is None:
        return None
    return BadgeProfile(face, cut, safe, r.flag("verified", False), r.text("source", "") or "")


def read_style(
    name: str, node: Node, colours: dict[str, Colour], errs: Collector
) -> TextStyle | None:
    r = MapReader(
        node,
        f"style '{name}'",
        errs,
        allowed={
            "weight",
            "min_size",
            "align",
            "leading",
            "balance",
            "uppercase",
            "paragraph_gap",
            "max_lines",
        },
        required={"size", "colour"},
    )
    size = r.number("size", low=3, high=1000)
    min_size = r.number("min_size", size, low=3, high=1000)
    if size and min_size and min_size > size:
        errs.error(
            "schema.value",
            f"min_size ({min_size:g}) of style '{name}' is larger than its size ({size:g})",
            r.mark_of("min_size"),
        )
    _colour_ref(r, "colour", colours, errs)
    colour = r.text("colour")  # an unknown colour is reported once, not again by every slot
    weight = r.text("weight", "regular", choices=("regular", "bold")) or "regular"
    align = r.text("align", "start", choices=("start", "end", "center", "justify")) or "start"
    leading = r.number("leading", 1.2, 0.8, 3) or 1.2
    gap = r.number("paragraph_gap", 0.4, 0, 5)
    if not (size and min_size and colour):
        return None
    return TextStyle(
        name,
        weight,
        size,
        min_size,
        colour,
        align,
        leading,
        r.flag("balance"),
        r.flag("uppercase"),
        gap or 0.0,
        r.integer("max_lines", 0, 0, 100),
        r.mark,
    )


def _colour_ref(
    r: MapReader, key: str, colours: dict[str, Colour], errs: Collector, default: str | None = None
) -> str | None:
    name = r.text(key, default)
    if name is not None and colours and name not in colours:
        errs.error(
            "ref.colour",
            f"unknown colour '{name}'",
            r.mark_of(key),
            *(did_you_mean(name, colours) or (f"colours are: {', '.join(colours)}",)),
        )
        return None
    return name


def read_frame(node: Node | None, where: str, errs: Collector) -> Frame | None:
    if node is None:
        return None
    r = MapReader(node, f"frame of {where}", errs, allowed=set(Frame.__dataclass_fields__))
    vals = {k: r.number(k, low=-100, high=10_000) for k in Frame.__dataclass_fields__}
    frame = Frame(**vals)
    for axis in (("start", "width", "end"), ("top", "height", "bottom")):
        given = [k for k in axis if vals[k] is not None]
        if len(given) != 2:
            errs.error(
                "schema.value",
                f"frame of {where} needs exactly two of {', '.join(axis)} "
                f"(got {', '.join(given) or 'none'})",
                r.mark,
            )
            return None
    return frame


def read_pages(
    r: MapReader,
    path: Path,
    styles: dict[str, TextStyle],
    colours: dict[str, Colour],
    root: Path,
    errs: Collector,
) -> tuple[PageSpec, ...]:
    """`slots:` (one page, "front") or `pages:` (a list of {name, slots}); one of the two."""
    if r.has("slots") == r.has("pages"):
        errs.error(
            "schema.missing-key",
            f"{path.name} needs either 'slots' (one page) or 'pages' (front, back...), not both",
            r.mark,
        )
        r.ok = False
        return ()
    if r.has("slots"):
        return (
            PageSpec(
                "front", tuple(read_slots(r.child("slots"), path, styles, colours, root, errs))
            ),
        )
    node = r.child("pages")
    assert node is not None
    if not node.is_seq or not node.value:
        errs.error(
            "schema.type", "'pages' must be a list of pages, each with a name and slots", node.mark
        )
        r.ok = False
        return ()
    pages: list[PageSpec] = []
    for pn in node.value:
        pr = MapReader(pn, "page", errs, allowed=set(), required={"name", "slots"})
        name = pr.text("name") or "?"
        if name in {p.name for p in pages}:
            errs.error("schema.duplicate", f"two pages are named '{name}'", pr.mark)
        pages.append(
            PageSpec(name, tuple(read_slots(pr.child("slots"), path, styles, colours, root, errs)))
        )
    names = [s.name for p in pages for s in p.slots]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        errs.error(
            "schema.duplicate",
            f"two slots are named '{dup}'",
            node.mark,
            "give each slot its own name",
        )
    return tuple(pages)


def read_slots(
    node: Node | None,
    path: Path,
    styles: dict[str, TextStyle],
    colours: dict[str, Colour],
    root: Path,
    errs: Collector,
) -> list[Slot]:
    out: list[Slot] = []
    if node is None:
        return out
    if not node.is_seq:
        errs.error("schema.type", "'slots' must be a list of slots", node.mark)
        return out
    names: set[str] = set()
    for sn in node.value:
        slot = read_slot(sn, path, styles, colours, root, errs)
        if slot is None:
            continue
        if slot.name in names:
            errs.error(
                "schema.duplicate",
                f"two slots are named '{slot.name}'",
                slot.mark,
                "give each slot its own name",
            )
        names.add(slot.name)
        out.append(slot)
    return out


ROLES = ("heading", "paragraph", "figure", "artifact")
KIND_KEYS = {
    "shape": {"shape", "fill", "stroke", "stroke_width", "radius"},
    "text": {"string", "field", "style", "valign"},
    "arc-text": {"string", "style", "side"},
    "svg": {"asset", "align"},
    "image": {"asset", "fit", "background"},
    "qr": {"link", "colour", "background", "quiet"},
    "hearts": {"count", "filled", "fill", "outline", "outline_width"},
}


def read_slot(
    node: Node,
    path: Path,
    styles: dict[str, TextStyle],
    colours: dict[str, Colour],
    root: Path,
    errs: Collector,
) -> Slot | None:
    kind_node = node.value.get("kind") if node.is_map else None
    kind = kind_node.value if kind_node else None
    if kind not in KIND_KEYS:
        hint = did_you_mean(str(kind), SLOT_KINDS) or (f"kinds are: {', '.join(SLOT_KINDS)}",)
        errs.error(
            "schema.choice",
            f"slot kind must be one of {', '.join(SLOT_KINDS)} (got {kind!r})",
            kind_node.mark if kind_node else node.mark,
            *hint,
        )
        return None
    r = MapReader(
        node,
        f"{kind} slot",
        errs,
        allowed=KIND_KEYS[kind] | {"pin", "bleed", "role", "alt"},
        required={"name", "kind", "frame"},
    )
    name = r.text("name") or "?"
    frame = read_frame(r.mapping("frame"), f"slot '{name}'", errs)
    bleed = _bleed_edges(r, errs)
    common = {
        "name": name,
        "frame": frame,
        "mark": r.mark,
        "pin": r.flag("pin"),
        "bleed": bleed,
        "role": r.text("role", None, choices=ROLES),
        "alt": r.text("alt"),
    }
    slot = _kind_slot(kind, r, common, styles, colours, root, errs)
    return slot if (r.ok and frame and slot) else None


def _bleed_edges(r: MapReader, errs: Collector) -> frozenset[str]:
    edges = r.texts("bleed")
    if edges is None:
        return frozenset()
    if edges == ("all",):
        return frozenset(EDGES)
    bad = [e for e in edges if e not in EDGES]
    if bad:
        errs.error(
            "schema.choice",
            f"'bleed' edges must be among {', '.join(EDGES)} or 'all' (got {', '.join(bad)})",
            r.mark_of("bleed"),
        )
    return frozenset(e for e in edges if e in EDGES)


def _style_ref(r: MapReader, styles: dict[str, TextStyle], errs: Collector) -> TextStyle | None:
    name = r.text("style")
    if name is None:
        return None
    if name not in styles:
        errs.error(
            "ref.style",
            f"unknown style '{name}'",
            r.mark_of("style"),
            *(did_you_mean(name, styles) or ("define it under 'styles:' in this layout",)),
        )
        return None
    return styles[name]


def _kind_slot(
    kind: str,
    r: MapReader,
    common: dict[str, Any],
    styles: dict[str, TextStyle],
    colours: dict[str, Colour],
    root: Path,
    errs: Collector,
) -> Slot | None:
    if common["frame"] is None:
        return None
    if kind == "shape":
        return ShapeSlot(
            **common,
            shape=r.text("shape", "rect", choices=("rect", "circle")) or "rect",
            fill=_colour_ref(r, "fill", colours, errs),
            stroke=_colour_ref(r, "stroke", colours, errs),
            stroke_width=r.number("stroke_width", 0.5, 0, 50) or 0.0,
            radius=r.number("radius", 0, 0, 1000) or 0.0,
        )
    if kind in ("text", "arc-text"):
        strings, style = r.texts("string") or (), _style_ref(r, styles, errs)
        fields = r.texts("field") or ()
        if not (r.has("string") or r.has("field")) or not r.has("style"):
            what = "'string' or 'field'" if kind == "text" else "'string'"
            errs.error(
                "schema.missing-key",
                f"{kind} slot '{common['name']}' needs {what} and 'style'",
                r.mark,
            )
        if not ((strings or fields) and style):
            return None
        if kind == "text":
            return TextSlot(
                **common,
                strings=strings,
                fields=fields,
                style=style,
                valign=r.text("valign", "top", choices=("top", "middle", "bottom")) or "top",
            )
        return ArcTextSlot(
            **common,
            strings=strings,
            style=style,
            side=r.text("side", "bottom", choices=("top", "bottom")) or "bottom",
        )
    if kind == "svg":
        asset = _asset_ref(r, root, errs)
        if asset:
            try:
                parse_svg(asset)
            except DiagnosticsError as exc:
                errs.extend(exc.diagnostics)
                return None
        return (
            SvgSlot(
                **common,
                asset=asset,
                align=r.text("align", "center", choices=("start", "center", "end")) or "center",
            )
            if asset
            else None
        )
    if kind == "image":
        asset = _asset_ref(r, root, errs)
        pixels = image_size(asset, r.mark_of("asset"), errs) if asset else None
        if not (asset and pixels):
            return None
        return ImageSlot(
            **common,
            asset=asset,
            pixels=pixels,
            fit=r.text("fit", "cover", choices=("cover", "contain")) or "cover",
            background=_colour_ref(r, "background", colours, errs),
        )
    if kind == "qr":
        colour = _colour_ref(r, "colour", colours, errs)
        link = r.text("link")
        if not (colour and link):
            errs.error(
                "schema.missing-key",
                f"qr slot '{common['name']}' needs 'link' and 'colour'",
                r.mark,
            )
            return None
        return QrSlot(
            **common,
            link=link,
            colour=colour,
            background=_colour_ref(r, "background", colours, errs),
            quiet=r.integer("quiet", 2, 0, 10),
        )
    count = r.integer("count", 3, 1, 20)
    fill, outline = _colour_ref(r, "fill", colours, errs), _colour_ref(r, "outline", colours, errs)
    if not (fill and outline):
        errs.error(
            "schema.missing-key",
            f"hearts slot '{common['name']}' needs 'fill' and 'outline' colours",
            r.mark,
        )
        return None
    return HeartsSlot(
        **common,
        count=count,
        filled=r.integer("filled", 1, 0, count),
        fill=fill,
        outline=outline,
        outline_width=r.number("outline_width", 1.0, 0.1, 20) or 1.0,
    )


def _asset_ref(r: MapReader, root: Path, errs: Collector) -> Path | None:
    rel = r.text("asset")
    if rel is None:
        errs.error("schema.missing-key", "this slot needs 'asset' (a path under assets/)", r.mark)
        return None
    assets = (root / "assets").resolve()
    path = (assets / rel).resolve()
    if not path.is_relative_to(assets):
        errs.error(
            "ref.asset",
            f"asset '{rel}' is outside the kit's assets/ folder",
            r.mark_of("asset"),
            "use a path relative to assets/, without '..'",
        )
        return None
    if not path.is_file():
        errs.error(
            "ref.asset",
            f"asset '{rel}' not found in assets/",
            r.mark_of("asset"),
            *did_you_mean(rel, [p.name for p in assets.glob("*")]),
        )
        return None
    return path


def image_size(path: Path, mark: Mark, errs: Collector) -> tuple[int, int] | None:
    """Pixel size after EXIF rotation, reading only the header; a broken or oversized file is an
    error naming it (Pillow's decompression-bomb limit stays on)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            w, h = im.size
            orientation = im.getexif().get(0x0112, 1)
            if orientation in (5, 6, 7, 8):
                w, h = h, w
            return w, h
    except Image.DecompressionBombError as exc:
        errs.error(
            "image.read",
            f"image '{path.name}' is too large to open safely ({exc})",
            mark,
            "scale it down to the size it is printed at (300 ppi is enough)",
        )
    except (UnidentifiedImageError, OSError) as exc:
        errs.error(
            "image.read",
            f"failed to read image '{path.name}' ({exc})",
            mark,
            "use a JPEG, PNG or TIFF file",
        )
    return None


def check_layout_refs(
    campaign: Campaign, languages: dict[str, Language], layouts: dict[str, Layout], errs: Collector
) -> None:
    source = languages.get(campaign.source_language)
    keys = source.strings if source else {}
    for layout in layouts.values():
        for slot in layout.slots:
            if isinstance(slot, QrSlot) and slot.link not in campaign.links:
                errs.error(
                    "ref.link",
                    f"unknown link '{slot.link}' in slot '{slot.name}'",
                    slot.mark,
                    *(
                        did_you_mean(slot.link, campaign.links)
                        or ("add it under 'links:' in campaign.yaml",)
                    ),
                )
            if slot.alt and keys and slot.alt not in keys:
                errs.error(
                    "ref.string",
                    f"unknown string '{slot.alt}' for the alt text of slot '{slot.name}'",
                    slot.mark,
                    *did_you_mean(slot.alt, keys),
                )
            for name in slot.fields if isinstance(slot, TextSlot) else ():
                if name not in campaign.fields:
                    errs.error(
                        "ref.field",
                        f"unknown field '{name}' in slot '{slot.name}'",
                        slot.mark,
                        *(
                            did_you_mean(name, campaign.fields)
                            or ("add it under 'fields:' in campaign.yaml (it may stay empty)",)
                        ),
                    )
            if isinstance(slot, TextSlot | ArcTextSlot) and keys:
                for key in slot.strings:
                    if key not in keys:
                        errs.error(
                            "ref.string",
                            f"unknown string '{key}' in slot '{slot.name}'",
                            slot.mark,
                            *(
                                did_you_mean(key, keys)
                                or (f"add it to {source.path.name if source else 'strings'}",)
                            ),
                        )
