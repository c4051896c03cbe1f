"""Images: effective resolution as placed, from the current transformation matrix."""

from __future__ import annotations

import math
from typing import Any

import pikepdf

from .pdf import multiply
from .report import Expect, Report


def check_images(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """Effective resolution of every image as placed (from the current transformation matrix)."""
    resources = page.obj.get("/Resources")
    xobjects: Any = (resources.get("/XObject") if resources is not None else None) or {}
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    worst: float | None = None
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if op == "q":
            stack.append(ctm[:])
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in ins.operands)
            ctm = multiply([a, b, c, d, e, f], ctm)
        elif op == "Do":
            xo = xobjects.get(str(ins.operands[0]))
            if xo is None or xo.get("/Subtype") != "/Image":
                continue
            w_in = math.hypot(ctm[0], ctm[1]) / 72
            h_in = math.hypot(ctm[2], ctm[3]) / 72
            ppi = min(int(xo.Width) / max(w_in, 1e-9), int(xo.Height) / max(h_in, 1e-9))
            worst = ppi if worst is None else min(worst, ppi)
    if worst is None:
        return
    rep.facts["min_image_ppi"] = round(worst, 1)
    if worst < expect.min_ppi:
        rep.failures.append(
            f"page {n}: an image prints at {worst:.0f} ppi; at least {expect.min_ppi:g} is needed"
        )
    elif worst < expect.good_ppi:
        rep.warnings.append(
            f"page {n}: an image prints at {worst:.0f} ppi; {expect.good_ppi:g} is recommended"
        )
