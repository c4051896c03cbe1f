"""The WCAG 2 contrast of two sRGB colours (WCAG 2.1, "contrast ratio" and "relative
luminance"), and what AA asks of text of a size: 4.5:1 for body text and 3:1 for large
text (18 pt, or 14 pt bold)."""

from __future__ import annotations

from functools import lru_cache

AA_BODY, AA_LARGE = 4.5, 3.0


LARGE_PT, LARGE_BOLD_PT = 18.0, 14.0


def linear(c: float) -> float:
    """An sRGB channel (a fraction 0-1) made linear, as WCAG 2's relative luminance takes it."""
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (fractions 0-1)."""
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def needed_contrast(size_pt: float, bold: bool) -> float:
    """WCAG AA minimum for text of this size: 3:1 when large, else 4.5:1."""
    large = size_pt >= LARGE_PT or (bold and size_pt >= LARGE_BOLD_PT)
    return AA_LARGE if large else AA_BODY


@lru_cache(maxsize=256)
def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return contrast(a, b)
