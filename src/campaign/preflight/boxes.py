"""Boxes and bleed: TrimBox and BleedBox present, bleed on every side at least as asked (the
least, in the failure, to 0.01 mm: "bleed is 3 mm", "bleed is 2.95 mm")."""

from __future__ import annotations

import pikepdf

from .report import MM, Expect, Report


def _box(page: pikepdf.Page, name: str) -> list[float] | None:
    box = page.obj.get(name)
    return [float(v) for v in box] if box is not None else None


def check_boxes(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    trim, bleed = _box(page, "/TrimBox"), _box(page, "/BleedBox")
    media = [float(v) for v in page.mediabox]
    if expect.bleed_mm <= 0:
        return
    if trim is None or bleed is None:
        rep.failures.append(f"page {n}: no TrimBox/BleedBox")
        return
    sides = [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]]
    worst = min(sides) / MM
    # the first page's trim (a file's pages share theirs); the least bleed of any page
    rep.facts.setdefault(
        "trim_mm", [round((trim[2] - trim[0]) / MM, 2), round((trim[3] - trim[1]) / MM, 2)]
    )
    rep.worst("bleed_mm", round(worst, 2), min)
    if worst < -0.01:  # a BleedBox inside the TrimBox: no bleed, and the boxes are wrong
        rep.failures.append(
            f"page {n}: the BleedBox lies inside the TrimBox (bleed is {round(worst, 2):g} mm): "
            "the two boxes are swapped or wrong; the BleedBox is the trim and its bleed"
        )
    elif worst + 0.01 < expect.bleed_mm:
        why = f" ({expect.bleed_why})" if expect.bleed_why else ""
        rep.failures.append(
            f"page {n}: bleed is {round(worst, 2):g} mm; {expect.bleed_mm:g} mm is needed{why}"
        )
    beyond = [media[0] - bleed[0], media[1] - bleed[1], bleed[2] - media[2], bleed[3] - media[3]]
    if max(beyond) > 0.01:  # pt, on any side
        rep.failures.append(f"page {n}: BleedBox is larger than the MediaBox")
