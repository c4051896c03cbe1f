"""Draw `image` items: prepared for print (CMYK through the press profile, flattened) or
screen (sRGB, alpha kept) by render.images."""

from __future__ import annotations

import io

from ...layout.document import ImageItem
from . import DrawContext, drawer


@drawer(ImageItem)
def draw_image(item: ImageItem, ctx: DrawContext) -> None:
    from reportlab.lib.utils import ImageReader

    from ..images import prepared

    target, palette = ctx.target, ctx.palette
    assert target.icc is not None, "images need the press profile"
    ground = palette.colours[item.background].rgb if item.background else (1.0, 1.0, 1.0)
    x, y, w, h = ctx.box(item.box)
    data, alpha = prepared(
        item.asset, item.crop, w, palette.cmyk, target.icc, target.image_intent, ground
    )
    ctx.canvas.drawImage(ImageReader(io.BytesIO(data)), x, y, w, h, mask="auto" if alpha else None)
