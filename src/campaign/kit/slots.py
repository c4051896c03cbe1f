"""Slots: the registry of slot kinds and how a slot is read.

A slot kind is a dataclass in `campaign.model` (or anywhere) registered with
`@slot_kind("name")`; `read_slot` finds it by the slot's `kind:` and reads it with the generic
reader, so a new kind needs no change here. Rules of one kind are `@check` hooks below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..assets import image_size
from ..diagnostics import DiagnosticsError, did_you_mean
from ..load import Node
from ..model import (
    EDGES,
    SLOT_KINDS,
    ArtColour,
    HeartsSlot,
    ImageSlot,
    QrSlot,
    Slot,
    SvgSlot,
    TextSlot,
    slot_kind,
)
from ..svgart import art_colours, parse_svg, svg_aspect, svg_covers, svg_ground, svg_plain
from .spec import BAD, Context, Form, MapRead, check, form, read

__all__ = ["SLOT_KINDS", "read_slot", "read_slots", "slot_kind"]


def read_slots(node: Node, ctx: Context) -> list[Slot]:
    """Every usable slot of a `slots:` list; two slots of one name are an error."""
    out: list[Slot] = []
    for sn in node.value:
        slot = read_slot(sn, ctx)
        if slot is None:
            continue
        if slot.name in {s.name for s in out}:
            ctx.errs.error(
                "schema.duplicate",
                f"two slots are named '{slot.name}'",
                slot.mark,
                "give each slot its own name",
            )
        out.append(slot)
    return out


def read_slot(node: Node, ctx: Context) -> Slot | None:
    """One slot, read as the dataclass registered for its `kind:`; None when unusable."""
    kind_node = node.value.get("kind") if node.is_map else None
    kind = kind_node.value if kind_node else None
    if not isinstance(kind, str) or kind not in SLOT_KINDS:  # a list or mapping: not a kind
        kinds = list(SLOT_KINDS)
        ctx.errs.error(
            "schema.choice",
            f"slot kind must be one of {', '.join(kinds)} "
            f"(got {kind_node.plain() if kind_node else None!r})",
            kind_node.mark if kind_node else node.mark,
            *(did_you_mean(str(kind), kinds) or (f"kinds are: {', '.join(kinds)}",)),
        )
        return None
    slot: Slot | None = read(SLOT_KINDS[kind], node, f"{kind} slot", ctx, ("kind",), mark=node.mark)
    return slot


def slot_schema(defs: Callable[[type], str]) -> dict[str, Any]:
    """One of the registered kinds, told apart by `kind`."""
    return {"oneOf": [{"$ref": defs(cls)} for cls in SLOT_KINDS.values()]}


def kind_name(cls: type) -> str | None:
    """The `kind:` a slot class is registered under."""
    return next((k for k, c in SLOT_KINDS.items() if c is cls), None)


@form("edges")
class Edges(Form):
    """`all`, or a text or list of texts among top, bottom, start, end."""

    expected = "a text or a list of texts"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        items = node.value if node.is_seq else [node]
        edges = [v.value for v in items]
        if not edges or not all(isinstance(v, str) and v for v in edges):
            return r.bad(key, self.expected)
        if edges == ["all"]:
            return frozenset(EDGES)
        bad = [e for e in edges if e not in EDGES]
        if bad:
            r.errs.error(
                "schema.choice",
                f"'{key}' edges must be among {', '.join(EDGES)} or 'all' (got {', '.join(bad)})",
                node.mark,
                f"write them among {', '.join(EDGES)}, or 'all'",
            )
        return frozenset(e for e in edges if e in EDGES)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        edge = {"enum": list(EDGES)}
        return {"oneOf": [{"enum": ["all", *EDGES]}, {"type": "array", "items": edge}]}

    def describe(self) -> str:
        return "all, or edge or list of edges"


@form("style")
class StyleRef(Form):
    """The name of a style of the same layout, read as that TextStyle."""

    expected = "non-empty text"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        from .references import resolve_style

        name = node.value
        if not isinstance(name, str) or not name.strip():
            return r.bad(key, self.expected)
        return resolve_style(name, node.mark, r.ctx)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}

    def describe(self) -> str:
        return "style name"


@form("asset")
class Asset(Form):
    """A file under the kit's assets/ folder, read as its resolved path."""

    expected = "non-empty text"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        from .references import resolve_asset

        rel = node.value
        if not isinstance(rel, str) or not rel.strip():
            return r.bad(key, self.expected)
        path = resolve_asset(rel, node.mark, r.ctx)
        return BAD if path is None else path

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}

    def describe(self) -> str:
        return "path under assets/"


@check(Slot)
def _figure_alt(r: MapRead) -> None:
    """A `layout.figure-alt` error at a slot tagged `role: figure` that names no `alt:`: the
    digital PDF's Figure would have no /Alt, which PDF/UA-1 refuses (7.3; veraPDF's rule
    7.3-1) and of which a screen reader says nothing, while its XMP claims PDF/UA-1 (an
    accessibility officer's photo slot passed `check` and built so). A QR code's figure is
    described by its address, and an office's logo (`logo:`) by the office's `alt:` for it
    (`office.logo-alt` asks for one; without it the logo is decoration): neither is told."""
    if r.values.get("role") != "figure" or r.values.get("alt") is not None:
        return
    cls = r.cls or Slot
    if issubclass(cls, QrSlot) or (issubclass(cls, ImageSlot) and r.has("logo")):
        return
    name = r.values.get("name")
    r.errs.error(
        "layout.figure-alt",
        f"slot '{name}' is a figure (role: figure) without alternative text: its digital "
        "PDF's Figure would have no /Alt, which PDF/UA-1 refuses and screen readers skip",
        r.mark,
        "add 'alt: <string key>' naming a string of the strings files that says what it "
        "shows, or write 'role: artifact' if it is decoration",
    )


@check(TextSlot)
def _text(r: MapRead) -> None:
    if not (r.has("string") or r.has("field")):
        r.errs.error(
            "schema.missing-key",
            f"text slot '{r.values['name']}' needs 'string' or 'field' and 'style'",
            r.mark,
            "add 'string: <key>' (a text of the strings files) or 'field: <name>', and 'style: "
            "<name>'",
        )
        r.ok = False


@check(SvgSlot)
def _svg(r: MapRead) -> None:
    asset = r.values["asset"]
    if asset is None:
        return
    from ..render.items.svg import gradient_copies  # svglib: only for repeated gradients

    try:
        root = parse_svg(asset)
        copies = gradient_copies(asset, root)  # svglib's size of it may be unusable too
    except DiagnosticsError as exc:
        # the art's own errors, at the SVG, are its layout file's (diagnostics.OWNER), so
        # that `check` and the preview (load_kit's `layouts_isolated`) set the materials
        # made from it aside with them: they stopped the check of every material, and every
        # material's redrawing in the preview
        r.errs.owned(exc.diagnostics, r.mark.path)
        r.ok = False
        return
    r.values["aspect"] = svg_aspect(root)
    r.values["ground"] = svg_ground(root)
    r.values["covers"] = svg_covers(root)
    r.values["plain"] = svg_plain(root)
    r.values["colours"] = tuple(ArtColour(*c) for c in art_colours(root, asset))
    r.errs.extend(copies)


@check(ImageSlot)
def _image(r: MapRead) -> None:
    """An image shows a file (`asset:`) or an office's logo (`logo:`), exactly one of them."""
    if r.has("asset") == r.has("logo"):
        r.errs.error(
            "schema.missing-key",
            f"image slot '{r.values['name']}' needs 'asset' or 'logo' (one of them)",
            r.mark,
            "keep 'asset: <file under assets/>' or 'logo: <name>' (an office's logo), not both",
        )
        r.ok = False
        return
    if r.has("logo"):
        return
    asset = r.values["asset"]
    pixels = image_size(asset, r.mark_of("asset"), r.errs) if asset else None
    r.values["pixels"] = pixels
    r.ok = r.ok and pixels is not None


@check(HeartsSlot)
def _hearts(r: MapRead) -> None:
    count, filled = r.values["count"], r.values["filled"]
    if filled > count:
        r.bad("filled", f"a whole number from 0 to {count}")
        r.ok = False
