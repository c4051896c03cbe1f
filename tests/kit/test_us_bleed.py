"""A size on US paper has 1/8 in of bleed (3.175 mm), as US print shops ask: the 2.25 in
badge had the design's 3 mm, which a US shop's preflight (`--bleed-mm 3.175`) refused where
the kit's Letter and Tabloid sizes passed (a print shop's trial). A US size with less is a
`layout.bleed` warning at the size, which says the build's preflight refuses it too (it
published a Letter flyer with 3 mm that `check --pdf` failed: papers.bleed_asked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

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
        "refuses less: so does the build's\n  hint: give the size bleed: 3.175" in out
    )
    assert code == 0, out  # check: a warning (the build's preflight fails the file)


# A Letter layout of its own, as a designer copies one from the poster's Letter size
# (`paper: us`), with its `bleed:` on line 4
US_LAYOUT = """title: Poster Letter (own)
kind: poster
trim: [215.9, 279.4]
bleed: {bleed}
safe: 5
paper: {paper}
styles:
  headline: {{weight: bold, size: 60, min_size: 30, colour: white, leading: 1.04}}
slots:
  - {{name: ground, kind: shape, fill: blue, bleed: all,
     frame: {{start: 0, top: 0, width: 215.9, height: 279.4}}}}
  - {{name: headline, kind: text, string: theme, style: headline, valign: middle, role: heading,
     frame: {{start: 15, top: 50, width: 185, height: 120}}}}
"""
US_WARNING = (
    "warning[layout.bleed]: the layout {us} and its bleed is {bleed} mm: print shops on US "
    "paper ask for 1/8 in (3.175 mm), and their preflight refuses less: so does the build's\n"
    "  hint: {inches}set bleed: 3.175\n"
)
INCHES = "in inches? 0.125 in is 3.175 mm (the kit's lengths are mm): "


@pytest.mark.parametrize(
    ("bleed", "paper", "told"),
    [
        (  # the trial's: one warning, one fix, and inches said
            "0.125",
            "us",
            US_WARNING.format(us="is on US paper", bleed="0.125", inches=INCHES),
        ),
        ("2", "us", US_WARNING.format(us="is on US paper", bleed="2", inches="")),
        ("3", "us", US_WARNING.format(us="is on US paper", bleed="3", inches="")),
        (  # Letter under `paper: iso` is a US paper size all the same, as `check --pdf` and
            # the build's preflight read its file: 1/8 in (it was told 3 mm, which they fail)
            "3",
            "iso",
            US_WARNING.format(us="is Letter, a US paper size,", bleed="3", inches=""),
        ),
    ],
    ids=["inches-us", "2mm-us", "3mm-us", "3mm-letter-iso"],
)
def test_a_short_bleed_is_one_warning_with_one_fix(
    kit_copy: Callable[..., Path], bleed: str, paper: str, told: str
) -> None:
    kit = kit_copy()
    path = kit / "materials/layouts/poster-us.yaml"
    path.write_text(US_LAYOUT.format(bleed=bleed, paper=paper), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-us", "--lang", "en")
    assert f"{path}:4:8: {told}" in out, out
    assert out.count("warning[layout.bleed]") == 1, out
    assert code == 0, out


def test_a_us_size_with_its_own_short_bleed_is_one_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """A US size whose own bleed is under 3 mm: one warning at the size, with the US fix (it
    was two, "set its bleed: 3" beside "give the size bleed: 3.175")."""
    kit = kit_copy()
    path = kit / BADGE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(SIZE, SIZE.replace("bleed: 3.175", "bleed: 2")), encoding="utf-8")
    line = text[: text.index(SIZE)].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--office", "new-york", "--only", "badge-3in")
    assert (
        f"{path}:{line}:8: warning[layout.bleed]: size '3in' is on US paper and its bleed is "
        "2 mm: print shops on US paper ask for 1/8 in (3.175 mm), and their preflight refuses "
        "less: so does the build's\n  hint: set its bleed: 3.175\n"
    ) in out, out
    assert out.count("warning[layout.bleed]") == 1, out


def test_a_size_s_inherited_bleed_is_told_at_the_size_without_inches(
    kit_copy: Callable[..., Path],
) -> None:
    """The design's `bleed: 0.125` (`paper: iso`, of a Letter trim: 1/8 in) is told at its
    line, inches said; its US size, which takes it, at the size, with the size's fix alone
    (it wrote no bleed)."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-us.yaml"
    sizes = "family: own\nsizes:\n  tab: {trim: [279.4, 431.8], paper: us, title: Tabloid}\n"
    path.write_text(US_LAYOUT.format(bleed="0.125", paper="iso") + sizes, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-us,own-tab", "--lang", "en")
    assert (
        f"{path}:4:8: "
        + US_WARNING.format(us="is Letter, a US paper size,", bleed="0.125", inches=INCHES)
    ) in out, out
    assert (
        f"{path}:16:8: warning[layout.bleed]: size 'tab' is on US paper and its bleed is 0.125 "
        "mm: print shops on US paper ask for 1/8 in (3.175 mm), and their preflight refuses "
        "less: so does the build's\n  hint: give the size bleed: 3.175\n"
    ) in out, out
    assert out.count("warning[layout.bleed]") == 2, out


def test_the_build_asks_of_every_print_layout_what_check_pdf_asks_of_its_file() -> None:
    """Every print layout and size of the kit, given 3 mm of bleed: the build's preflight
    (kinds.MaterialKind.preflight_expect) asks at least what `check --pdf` asks of a file of
    its trim, in the same words (check adds how to check it for 3 mm), and 1/8 in of a size
    on US paper of no US paper size (an inch badge), which its file tells `check --pdf` by
    its Subject (papers.US_PAPER): asked the same, saying how it knows. The build asked 3 mm
    of a Letter flyer that `check --pdf` then failed (papers.bleed_asked); `check --pdf`
    asked an inch badge 3 mm."""
    from dataclasses import replace

    from campaign.cli.check import _bleed_asked
    from campaign.kinds import kind_of
    from campaign.papers import us_paper

    asked = {}
    for name, layout in load_kit(ROOT).layouts.items():
        if kind_of(layout).screen:
            continue
        build = kind_of(layout).preflight_expect(replace(layout, bleed=3.0))
        # its file's Subject says US paper where the build made it so (Document.paper)
        check = _bleed_asked(None, layout.trim, 300.0, layout.paper == "us")
        assert build.bleed_mm == pytest.approx(check.bleed_mm), name
        if us_paper(layout.trim):
            assert check.bleed_why == f"{build.bleed_why}; --bleed-mm 3 checks it for 3 mm"
        elif check.bleed_why:  # how each knows it is made on US paper, then the same words
            said = "it is made on US paper (its Subject says so): "
            assert check.bleed_why.startswith(said), name
            tail = build.bleed_why.split("): ", 1)[1]
            assert check.bleed_why == f"{said}{tail}; --bleed-mm 3 checks it for 3 mm"
        asked[name] = (round(build.bleed_mm, 3), round(check.bleed_mm, 3))
    us = [n for n, layout in load_kit(ROOT).layouts.items() if layout.paper == "us"]
    assert len(us) == 13, us
    assert {asked[n][0] for n in us} == {3.175}
    assert asked["flyer-letter"] == asked["poster-tabloid"] == (3.175, 3.175)
    assert asked["badge-2-25in"] == (3.175, 3.175)  # its trim: the 66.7 mm cut circle's square
    assert asked["poster-a3"] == asked["badge-58"] == asked["sticker-50"] == (3.0, 3.0)
