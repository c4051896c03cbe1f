"""The CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu and Dalal, "The CIEDE2000
color-difference formula", Color Research and Application 30(1), 2005): how far apart a
brand colour's print value and its screen value look (colours.mismatch)."""

from __future__ import annotations

import math


def delta_e2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 between two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_bar = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = _hue_difference(h1p, h2p, c1p * c2p)
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    h_bar = _mean_hue(h1p, h2p, c1p * c2p)
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    sl = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    sc = 1 + 0.045 * cp_bar
    sh = 1 + 0.015 * cp_bar * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def _hue_difference(h1p: float, h2p: float, chromas: float) -> float:
    """Δh′ (degrees) from hue h1′ to h2′ the short way round; 0 where either colour has no
    chroma (`chromas`: the product of C1′ and C2′)."""
    if chromas == 0:
        return 0.0
    if abs(h2p - h1p) <= 180:
        return h2p - h1p
    if h2p - h1p > 180:
        return h2p - h1p - 360
    return h2p - h1p + 360


def _mean_hue(h1p: float, h2p: float, chromas: float) -> float:
    """H̄′ (degrees), the mean of hues h1′ and h2′ the short way round; their sum where either
    colour has no chroma (`chromas`: the product of C1′ and C2′)."""
    if chromas == 0:
        return h1p + h2p
    if abs(h1p - h2p) <= 180:
        return (h1p + h2p) / 2
    if h1p + h2p < 360:
        return (h1p + h2p + 360) / 2
    return (h1p + h2p - 360) / 2
