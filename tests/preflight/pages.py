"""Sample print pages for preflight tests, drawn with reportlab."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4


def square_page(
    trim_mm: float,
    draw: Callable[[Canvas, float, float], None],
    margin_mm: float = 13.0,
    bleed_mm: float = 3.0,
) -> bytes:
    """One page: a square trim of `trim_mm` with `margin_mm` of paper on every side of it and a
    BleedBox `bleed_mm` beyond it on every side. `draw(canvas, m, t)` draws the page's art,
    given the margin `m` and the trim's side `t` in pt (the trim's lower left corner is at
    (m, m)). Returns the PDF's bytes."""
    m, t = margin_mm * MM, trim_mm * MM
    b = bleed_mm * MM
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(t + 2 * m, t + 2 * m), invariant=1)
    c.setTrimBox((m, m, m + t, m + t))
    c.setBleedBox((m - b, m - b, m + t + b, m + t + b))
    draw(c, m, t)
    c.showPage()
    c.save()
    return buf.getvalue()
