"""Slot kinds are found through registries: every kind has a composer and a drawer, and a new
kind defined here (in this file only) composes and draws with no other module changed."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pypdfium2 as pdfium
import pytest

from campaign import model
from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit, slot_kind
from campaign.layout import document
from campaign.layout.compose import compose_content
from campaign.layout.document import Box
from campaign.layout.items import COMPOSERS, ComposeContext, composer
from campaign.render.items import DRAWERS, DrawContext, drawer
from campaign.render.pdf import Target, draw_pdf
from campaign.resolve import resolve

ROOT = Path(__file__).resolve().parents[2]


def subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub} | subclasses(sub)
    return out


def test_every_slot_kind_has_a_composer_and_every_item_a_drawer() -> None:
    slot_kinds = {c for c in subclasses(model.Slot) if c.__module__.startswith("campaign.")}
    assert slot_kinds
    assert slot_kinds <= set(COMPOSERS), slot_kinds - set(COMPOSERS)
    items = {
        c
        for c in vars(document).values()
        if isinstance(c, type) and c.__name__.endswith("Item") and c.__module__ == document.__name__
    }
    assert len(items) == 7
    assert items <= set(DRAWERS), items - set(DRAWERS)


@dataclass(frozen=True, kw_only=True)
class DotSlot(model.Slot):
    """A filled square of one brand colour: the smallest possible slot kind."""

    colour: Annotated[str, model.Key("Its colour.", ref="colour", required=True)]


@dataclass(frozen=True)
class DotItem:
    slot: str
    box: Box
    colour: str


@composer(DotSlot)
def compose_dot(slot: DotSlot, box: Box, ctx: ComposeContext) -> DotItem:
    return DotItem(slot.name, box, slot.colour)


@drawer(DotItem)
def draw_dot(item: DotItem, ctx: DrawContext) -> None:
    ctx.canvas.setFillColor(ctx.palette(item.colour))
    ctx.canvas.rect(*ctx.box(item.box), stroke=0, fill=1)


@pytest.fixture
def dot_kind() -> Iterator[None]:
    slot_kind("dot")(DotSlot)
    yield
    del model.SLOT_KINDS["dot"]


@pytest.mark.usefixtures("dot_kind")
def test_a_new_slot_kind_reads_composes_and_draws(kit_copy: Callable[..., Path]) -> None:
    """The kind is defined in this file alone: read from YAML, composed, drawn."""
    root = kit_copy()
    path = root / "materials/layouts/flyer-a5.yaml"
    path.write_text(
        path.read_text().split("\npages:\n")[0]
        + "\nslots:\n  - {name: dot, kind: dot, colour: accent,\n"
        + "     frame: {start: 10, top: 20, width: 30, height: 40}}\n"
    )
    kit = load_kit(root)
    layout = kit.layouts["flyer-a5"]
    errs = Collector()
    fonts = load_fontbook(kit.fonts_dir)
    doc = compose_content(layout, resolve(kit.campaign, kit.languages["ar"]), fonts, errs, [])
    assert not errs.items
    (item,) = doc.pages[0].items
    assert isinstance(item, DotItem)
    mm = 72 / 25.4
    # mirrored for Arabic: 10 mm from the right edge of a 148 mm page
    assert round(item.box.x / mm, 3) == 148 - 10 - 30
    pdf = draw_pdf(
        doc, kit.campaign.colours, fonts, Target(cmyk=False, bleed=False), lambda c: c, "t"
    )
    image = pdfium.PdfDocument(pdf)[0].render(scale=1 / mm).to_pil().convert("RGB")  # 1 px/mm
    assert image.getpixel((148 - 10 - 15, 40)) == (0xFC, 0xBB, 0x1B)  # accent, inside the dot
    assert image.getpixel((148 - 10 - 30 - 3, 40)) == (255, 255, 255)  # outside it
    assert doc.pages[0].tags["dot"] == ("artifact", None)  # default role: decoration
