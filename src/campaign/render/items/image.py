"""Draw `image` items, prepared by render.images: print in the press CMYK, screen in sRGB,
transparency kept as a soft mask (or flattened onto the slot's `background:`)."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image
from reportlab.lib.utils import ImageReader

from ...layout.document import ImageItem
from . import DrawContext, drawer


class _WithSoftMask(ImageReader):  # type: ignore[misc]
    """A CMYK image with an 8-bit soft mask: reportlab makes /SMask only from the alpha of an
    RGBA or LA image, and there is no CMYK-with-alpha mode in Pillow."""

    def __init__(self, image: Image.Image, alpha: Image.Image) -> None:
        super().__init__(image)
        self._alpha = alpha

    def getRGBData(self) -> Any:  # noqa: N802  (reportlab's name)
        data = super().getRGBData()
        self._dataA = ImageReader(self._alpha)
        return data


@drawer(ImageItem)
def draw_image(item: ImageItem, ctx: DrawContext) -> None:
    from ..images import prepared

    target, palette = ctx.target, ctx.palette
    assert target.icc is not None, "images need the press profile"
    ground = None
    if item.background:
        colour = palette.colours[item.background]
        ground = colour.cmyk if palette.cmyk else colour.rgb
    x, y, w, h = ctx.box(item.box)
    limit = target.max_ink if palette.cmyk else None  # the press's total ink limit
    image = prepared(
        item.asset, item.crop, w, palette.cmyk, target.icc, target.image_intent, ground, limit
    )
    reader = ImageReader(io.BytesIO(image.data))
    if image.alpha is not None:
        reader = _WithSoftMask(
            Image.open(io.BytesIO(image.data)), Image.open(io.BytesIO(image.alpha))
        )
    ctx.canvas.drawImage(reader, x, y, w, h, mask="auto" if image.transparent else None)
