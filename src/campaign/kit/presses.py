"""materials/presses/<id>.yaml: one button press's sizes (face, cut and safe inset, mm), with
where the numbers come from and whether they are verified. A badge layout names one with
`press: <id>`; files whose name starts with `_` are not read."""

from __future__ import annotations

from pathlib import Path

from ..load import Node
from ..model import BadgeProfile
from .spec import Context, read


def read_press(node: Node, path: Path, ctx: Context) -> BadgeProfile | None:
    """One press file as a BadgeProfile, or None when it is unusable (every problem is
    reported to `ctx.errs`)."""
    return read(BadgeProfile, node, path.name, ctx)


__all__ = ["read_press"]
