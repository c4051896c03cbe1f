"""The image.logo-contrast check: a logo with transparent parts most of whose visible pixels
hardly show on its slot's ground (in the colours' `rgb`, and as a press prints them)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image

from ..layout.document import Document, ImageItem
from ..model import Colour, Layout
from .profiles import Press, printed_colours
from .wcag import contrast

# Below this contrast with its ground a part of a logo hardly shows. WCAG 2.1's non-text
# contrast (1.4.11) asks 3:1 of what identifies a graphic; 1.5:1 flags only the nearly
# invisible (white on the light ground: 1.1:1), and a logo most of whose pixels are so.
FAINT_CONTRAST = 1.5

FAINT_SHARE = 0.8


def logo_contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    press: Press | None = None,
) -> list[tuple[str, str, str]]:
    """(slot, message, the ground's colour name) for each logo (an image slot with `logo:`:
    an office's or a merged row's) with transparent parts, FAINT_SHARE of whose visible
    pixels have less than FAINT_CONTRAST with the slot's `background:` colour (`ground`
    resolved: layout.compose). One logo file is shown on every material's ground: a white
    one made for the posters' blue all but vanished on the flyer back's light ground,
    without a word. An opaque image has its own ground: not checked. The ground's colour as
    contrast_problems takes it: its `rgb` (the design, the digital PDF, the PNGs); with
    `press`, where the logo shows on that, its ground as printed too (the logo's pixels are
    converted to print as near their sRGB as the press can), the message saying so: the
    blue prints lighter on uncoated paper (FOGRA29), and a vermilion logo that shows on it
    on screen (1.94:1) hardly does there (1.32:1)."""
    logos = {s.name: str(getattr(s, "logo", "")) for s in layout.slots if getattr(s, "logo", None)}
    judged = printed_colours(colours, press.icc) if press is not None else colours
    problems = []
    for page in doc.pages:
        for item in page.items:
            if not isinstance(item, ImageItem) or item.slot not in logos:
                continue
            if item.background not in colours:
                continue
            share = _faint_share(item.asset, colours[item.background].rgb)
            printed = ""
            if press is not None and (share is None or share < FAINT_SHARE):
                share = _faint_share(item.asset, judged[item.background].rgb)
                printed = f" as printed on {press.name} ({press.paper} paper)"
            if share is not None and share >= FAINT_SHARE:
                problems.append(
                    (
                        item.slot,
                        f"{share * 100:.0f} % of logo '{logos[item.slot]}' ({item.asset.name}) "
                        f"has less than {FAINT_CONTRAST:g}:1 contrast with the slot's "
                        f"{item.background} ground{printed}: it hardly shows",
                        item.background,
                    )
                )
    return problems


def _faint_share(path: Path, ground: tuple[float, float, float]) -> float | None:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _faint_share_of(path, stamp, ground)


@lru_cache(maxsize=64)
def _faint_share_of(path: Path, stamp: int, ground: tuple[float, float, float]) -> float | None:
    """The share of the visible pixels (alpha over half) of the image at `path` (as of
    modification time `stamp`) with less than FAINT_CONTRAST on `ground`; None for an image
    without transparency, or one that cannot be read (image_size reports that)."""
    try:
        with Image.open(path) as im:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return None
            small = im.convert("RGBA")
            small.thumbnail((64, 64))
    except (OSError, ValueError):
        return None
    data = small.tobytes()  # RGBA, 4 bytes a pixel
    visible = [data[i : i + 4] for i in range(0, len(data), 4) if data[i + 3] > 127]
    if not visible or len(visible) == small.width * small.height:
        return None  # nothing shows, or nothing is transparent: its own ground
    faint = sum(
        1
        for r, g, b, _ in visible
        if contrast((r / 255, g / 255, b / 255), ground) < FAINT_CONTRAST
    )
    return faint / len(visible)
