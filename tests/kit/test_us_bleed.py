"""A size on US paper has 1/8 in of bleed (3.175 mm), as US print shops ask: the 2.25 in
badge had the design's 3 mm, which a US shop's preflight (`--bleed-mm 3.175`) refused where
the kit's Letter and Tabloid sizes passed (a print shop's trial). A US size with less is a
`layout.bleed` warning at the size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from campaign.kit import load_kit

from ..kits import ROOT, cli

BADGE = "materials/layouts/badge-58.yaml"
SIZE = "  3in: {press: 3in, paper: us, bleed: 3.175, title: Badge 3 in}\n"


def test_every_size_on_us_paper_has_an_eighth_of_an_inch_of_bleed() -> None:
    kit = load_kit(ROOT)
    us = [
        (name, layout.bleed)
        for name, layout in kit.layouts.items()
        if getattr(layout, "paper", None) == "us"
    ]
    assert len(us) == 13, us  # Letter, Tabloid and half-Letter pieces, the six inch badges
    assert [(name, bleed) for name, bleed in us if abs(bleed - 25.4 / 8) > 1e-9] == []


def test_a_us_size_with_less_bleed_is_a_warning_at_the_size(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    path = kit / BADGE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(SIZE, SIZE.replace(" bleed: 3.175,", "")), encoding="utf-8")
    line = text[: text.index(SIZE)].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--office", "new-york", "--only", "badge-3in")
    assert (
        f"{path}:{line}:8: warning[layout.bleed]: size '3in' is on US paper and its bleed " in out
    )
    assert (
        "is 3 mm: print shops on US paper ask for 1/8 in (3.175 mm), and their preflight "
        "refuses less\n  hint: give the size bleed: 3.175" in out
    )
    assert code == 0, out  # a warning: the build publishes
