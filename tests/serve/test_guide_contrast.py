"""The live preview's guides (trim, bleed, safe area, circles, slot frames, baselines) reach the
3:1 WCAG 2.2 asks of the parts of a graphic needed to understand it (1.4.11, "Non-text
Contrast") on dark art and on light: each 1 px stroke lies on a white casing 1 px wide on
either side (gallery.js, gallery.css), as the home sheets' cut lines do. Uncased, a user's
trial measured the slot frames at 1.40:1 on the poster's blue, the baselines 1.65:1, the
bleed 1.75:1, the safe area 2.42:1, the trim 2.70:1, and the circles 2.15:1 on white."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .test_browser import chromium, contrast, loaded_image, page  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
CSS = ROOT / "src/campaign/serve/static/gallery.css"
GUIDES = ("trim", "bleed", "safe", "circles", "slots", "baselines")
WHITE = "#ffffff"


def rgb(hex_colour: str) -> str:
    """#rrggbb (or #rgb) as CSS's rgb(r, g, b), which `contrast` reads."""
    h = hex_colour.lstrip("#")
    h = "".join(c * 2 for c in h) if len(h) == 3 else h
    return "rgb({}, {}, {})".format(*(int(h[i : i + 2], 16) for i in (0, 2, 4)))


def dark_art() -> dict[str, str]:
    """The kit's dark colours a page is painted with (campaign.yaml's sRGB), and the poster's
    blue as the trial measured it on the preview's image."""
    colours = yaml.safe_load((ROOT / "materials/campaign.yaml").read_text("utf-8"))["colours"]
    return {"blue": colours["blue"]["rgb"], "navy": colours["navy"]["rgb"], "trial": "#1f4e9c"}


def css_colours() -> tuple[dict[str, str], str]:
    """Each guide's stroke colour in gallery.css, and its casing's."""
    css = CSS.read_text("utf-8")
    strokes = dict(re.findall(r"\.g-(\w+) \{ stroke: (#[0-9a-f]{3,6}); \}", css))
    (casing,) = re.findall(r"svg \.g\.casing \{ stroke: (#[0-9a-f]{3,6}); \}", css)
    return strokes, casing


def test_every_guide_reaches_3_to_1_on_dark_and_light_art() -> None:
    strokes, casing = css_colours()
    assert sorted(strokes) == sorted(GUIDES)
    numbers = {}
    for name, stroke in strokes.items():
        on_casing = contrast(rgb(stroke), rgb(casing))  # the stroke's edges, on any art
        on_white = contrast(rgb(stroke), rgb(WHITE))  # light art: the casing does not show
        on_dark = {art: contrast(rgb(casing), rgb(c)) for art, c in dark_art().items()}
        numbers[name] = (on_casing, on_white, on_dark)
        assert on_casing >= 3, numbers[name]
        assert on_white >= 3, numbers[name]
        assert all(ratio >= 3 for ratio in on_dark.values()), numbers[name]
    # the colours the trial measured, now cased or darkened: circles 2.15:1 on white was
    # amber #f59e0b, trim 2.96:1 on white was #00a0e0
    assert round(numbers["circles"][1], 2) == 5.02
    assert round(numbers["trim"][1], 2) == 4.10
    assert round(numbers["slots"][2]["blue"], 2) == 8.10  # the casing on the poster's blue


GUIDE_STYLES = """() => [...document.querySelectorAll('article[data-id="-/badge/en"] svg > .g')]
    .map((g) => { const s = getComputedStyle(g), shape = g.querySelector('rect, circle, line');
        return { cls: g.getAttribute('class'), display: s.display, stroke: s.stroke,
                 width: shape ? getComputedStyle(shape).strokeWidth : null,
                 dash: shape ? getComputedStyle(shape).strokeDasharray : null,
                 shapes: g.querySelectorAll('rect, circle, line').length,
                 texts: [...g.querySelectorAll('text')]
                    .filter((t) => getComputedStyle(t).display !== 'none').length }; })"""


def test_each_guide_is_drawn_on_its_casing_in_the_browser(page: Any) -> None:  # noqa: F811
    """Every guide turned on: each layer has its casing right under it, the same shapes
    stroked white 3 px under the guide's 1 px, with the guide's dashes; a slot's name is
    drawn once (the guide's)."""
    loaded_image(page, "-/badge/en")
    for name in GUIDES:
        page.check(f'[data-guide="{name}"]')
    layers = page.evaluate(GUIDE_STYLES)
    names = [g["cls"].removeprefix("g g-") for g in layers[1::2]]
    assert set(names) == set(GUIDES)  # the safe area's bands kept clear: a layer of its own
    assert [g["cls"] for g in layers] == [
        cls for name in names for cls in (f"g casing c-{name}", f"g g-{name}")
    ]
    for casing, guide in zip(layers[::2], layers[1::2], strict=True):
        if not guide["shapes"]:
            continue  # an empty layer (a badge has no bands kept clear)
        assert casing["display"] == guide["display"] == "inline", (casing, guide)
        assert casing["stroke"] == "rgb(255, 255, 255)", casing
        assert (casing["width"], guide["width"]) == ("3px", "1px"), (casing, guide)
        assert casing["shapes"] == guide["shapes"], (casing, guide)
        assert casing["dash"] == guide["dash"], (casing, guide)
        assert casing["texts"] == 0, casing
        assert contrast(guide["stroke"], casing["stroke"]) >= 3, guide
    strokes, _ = css_colours()
    assert {g["cls"][4:]: g["stroke"] for g in layers[1::2]} == {
        name: rgb(strokes[name]) for name in GUIDES
    }
    assert sum(1 for g in layers[1::2] if g["shapes"]) >= len(GUIDES)
    page.uncheck('[data-guide="trim"]')
    hidden = page.evaluate(GUIDE_STYLES)
    assert [g["display"] for g in hidden[:2]] == ["none", "none"]  # the casing goes with it


@pytest.mark.parametrize("name", GUIDES)
def test_a_guides_colour_is_in_the_stylesheet_once(name: str) -> None:
    assert CSS.read_text("utf-8").count(f".g-{name} {{ stroke:") == 1
