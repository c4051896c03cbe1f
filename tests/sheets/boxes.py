"""A sheet page's boxes and where its slug is drawn, in mm from the media's bottom left."""

from __future__ import annotations

import pikepdf
import pytest

from ..kits import MM

Box = tuple[float, float, float, float]  # left, bottom, right, top


def box_mm(page: pikepdf.Page, name: str) -> Box:
    left, bottom, right, top = (float(v) / MM for v in page.obj[name])
    return left, bottom, right, top


def slug_mm(page: pikepdf.Page) -> Box:
    """The slug's outline box (its form's BBox) as the page's content stream places it: the
    current transformation matrix (q, Q, cm) where `/Slug Do` is drawn."""
    ctm = pikepdf.Matrix()
    saved: list[pikepdf.Matrix] = []
    found: list[pikepdf.Matrix] = []
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if op == "q":
            saved.append(ctm)
        elif op == "Q":
            ctm = saved.pop()
        elif op == "cm":
            ctm = pikepdf.Matrix(*(float(v) for v in ins.operands)) @ ctm
        elif op == "Do" and str(ins.operands[0]) == "/Slug":
            found.append(ctm)
    (ctm,) = found  # one slug a page
    x0, y0, x1, y1 = (float(v) for v in page.Resources.XObject.Slug.BBox)
    corners = [ctm.transform((x, y)) for x in (x0, x1) for y in (y0, y1)]
    xs, ys = [c[0] / MM for c in corners], [c[1] / MM for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


def assert_slug_below_the_bleed(page: pikepdf.Page) -> None:
    """A gang or sticker sheet's boxes and slug, as a single piece's: BleedBox 3 mm around
    the TrimBox, the MediaBox 5 mm past the bleed above and below (the bleed at the sides),
    the slug between the trim's sides, its top at least 1 mm below the bleed and its bottom
    at least 1 mm above the media's edge."""
    trim, bleed, media = (box_mm(page, n) for n in ("/TrimBox", "/BleedBox", "/MediaBox"))
    grown = [b - t for b, t in zip(bleed, trim, strict=True)]
    assert grown == pytest.approx([-3, -3, 3, 3], abs=0.001)
    past = [m - b for m, b in zip(media, bleed, strict=True)]
    assert past == pytest.approx([0, -5, 0, 5], abs=0.001)
    assert media[:2] == (0, 0)
    left, bottom, right, top = slug_mm(page)
    assert trim[0] <= left
    assert right <= trim[2]
    assert top <= bleed[1] - 1, (top, bleed)
    assert bottom >= media[1] + 1, (bottom, media)


def slug_fields(page: pikepdf.Page) -> list[str]:
    """The fields a page's slug draws, read back from its /Slug form: the /ActualText of its
    marked content (the outlines are no text), split at the slug's separators."""
    said = [
        ins.operands[1].ActualText
        for ins in pikepdf.parse_content_stream(page.Resources.XObject.Slug)
        if str(ins.operator) == "BDC" and "/ActualText" in ins.operands[1]
    ]
    assert len(said) == 1, said
    return str(said[0]).split("  |  ")
