"""Draw `qr` items: a vector QR code (error correction M), one filled path of horizontal runs
of dark modules; in tagged PDFs the code is a link to its address."""

from __future__ import annotations

import itertools

from ...layout.document import QrItem
from ...layout.items.qr import qr_matrix
from . import DrawContext, drawer


@drawer(QrItem)
def draw_qr(item: QrItem, ctx: DrawContext) -> None:
    canvas, palette = ctx.canvas, ctx.palette
    bx, by, w, h = ctx.box(item.box)
    side = min(w, h)
    x, y = bx + (w - side) / 2, by + (h - side) / 2
    if item.background:
        canvas.setFillColor(palette(item.background))
        canvas.rect(x, y, side, side, stroke=0, fill=1)
    modules = qr_matrix(item.url)  # computed once per address (the layout's check made it)
    module = side / (len(modules) + 2 * item.quiet)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                left = x + (c + item.quiet) * module
                top = y + side - (r + item.quiet + 1) * module
                path.rect(left, top, n * module, module)
            c += n
    canvas.setFillColor(palette(item.colour))
    canvas.drawPath(path, stroke=0, fill=1)
    if ctx.target.tagged:
        canvas.linkURL(item.url, (bx, by, bx + w, by + h), relative=0, thickness=0)
        ctx.links.append(item.url)
