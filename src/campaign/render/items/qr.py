"""Draw `qr` items: a vector QR code (error correction M), one filled path of horizontal runs
of dark modules in a form XObject (`forms.filled_form`: the same form in every record of a
merge); in tagged PDFs the code is a link to its address."""

from __future__ import annotations

import itertools

from reportlab.lib.rl_accel import fp_str

from ...layout.document import QrItem
from ...layout.items.qr import qr_matrix
from ...recent import Recent
from ..forms import FilledForm, filled_form
from . import DrawContext, drawer


@drawer(QrItem)
def draw_qr(item: QrItem, ctx: DrawContext) -> None:
    canvas, palette = ctx.canvas, ctx.palette
    bx, by, w, h = ctx.box(item.box)
    x, y, side, _ = ctx.box(item.square)
    if item.background:
        canvas.setFillColor(palette(item.background))
        canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(palette(item.colour))
    canvas.doForm(filled_form(canvas._doc, qr_form(item.url, x, y, side, item.quiet)))
    if ctx.target.tagged:
        canvas.linkURL(item.url, (bx, by, bx + w, by + h), relative=0, thickness=0)
        ctx.links.append(item.url)


# A QR code's form by address and place: the same in every record of a merge
_FORMS: Recent[tuple[str, float, float, float, int], FilledForm] = Recent(16)


def qr_form(url: str, x: float, y: float, side: float, quiet: int) -> FilledForm:
    """The dark modules of `url`'s code as one path of rectangles (a horizontal run of dark
    modules each) filled with the non-zero rule, on the page: the code's square of `side` pt
    at (x, y), `quiet` modules of it the quiet zone. Its box is the square and 1 pt around
    (the clip is clear of every module's edge)."""
    key = (url, x, y, side, quiet)
    found = _FORMS.get(key)
    if found is not None:
        return found
    modules = qr_matrix(url)  # computed once per address (the layout's check made it)
    module = side / (len(modules) + 2 * quiet)
    ops = []
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                left = x + (c + quiet) * module
                top = y + side - (r + quiet + 1) * module
                ops.append(f"{fp_str(left, top, n * module, module)} re")
            c += n
    ops.append("f")
    found = FilledForm("\n".join(ops).encode("ascii"), (x - 1, y - 1, x + side + 1, y + side + 1))
    _FORMS.put(key, found)
    return found
