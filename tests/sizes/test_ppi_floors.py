"""A size's own resolution floors (`min_ppi:`, `good_ppi:`): a roll-up banner seen from 2-3 m
was refused a logo that prints well at 100 ppi ("at least 150 is needed"), the floor of a
badge's. The floors are checked where they are written, used by the messages and hints, and
by the grouping of one image's diagnostics on several sizes; a screen image's warnings are
grouped likewise (an office's small logo was a warning for each social image)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
POSTER = "materials/layouts/poster-a3.yaml"
A2 = "  a2: {trim: [420, 594], title: Poster A2}\n"
OFFICE = (
    "name: Rosea\nlanguages: [en, ar]\n"
    "materials: [poster-banner, poster-a3, poster-a4, social-1080x1080, social-1080x1350, "
    "social-1200x630, social-1080x1920]\n"
    "logos:\n  partner: tiny.png\n"
)
LOGO = "materials/offices/rosea.yaml:5:12"  # the logo's line in the office's file
BANNER = "  banner:\n    trim: [850, 2000]\n    paper: custom\n"
FLOORS = "    min_ppi: 100\n    good_ppi: 150\n"


def _check(
    kit_copy: Callable[..., Path] | Path, size: str, logo: tuple[int, int], only: str
) -> tuple[int, str, int]:
    """`check` for the office Rosea, whose partner logo is `logo` px, with `size` added to
    the A3 poster's sizes after A2, in a copy of the kit (`kit_copy`: made here; a Path: the
    one made before): (exit code, output with the kit's folder cut, the size's first line in
    the poster's file)."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A2 in poster
    kit = kit_copy if isinstance(kit_copy, Path) else kit_copy()
    (kit / POSTER).write_text(poster.replace(A2, A2 + size), encoding="utf-8")
    (kit / "materials/offices/rosea.yaml").write_text(OFFICE, encoding="utf-8")
    Image.new("RGB", logo, (0, 90, 160)).save(kit / "assets" / "tiny.png")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", only)
    line = poster[: poster.index(A2)].count("\n") + 2
    return code, out.replace(f"{kit}/", ""), line


def test_a_banner_with_its_own_floor_warns_where_150_was_an_error(
    kit_copy: Callable[..., Path],
) -> None:
    """A 640 px logo in the banner's 137 mm slot prints at 118 ppi: an error against the
    default 150, a warning against the banner's `good_ppi: 150`, its hint the pixels for 150
    ppi (not 300)."""
    kit = kit_copy()  # checked several times
    code, out, _ = _check(kit, BANNER, (640, 160), "poster-banner")
    assert code == 1, out
    assert (
        f"{LOGO}: error[image.low-ppi]: rosea / poster-banner slot 'partner-logo': image "
        "'tiny.png' prints at 118 ppi; at least 150 is needed\n"
        "  hint: use a larger logo file (1623 px wide for 300 ppi) under 'logos:' in "
        "rosea.yaml\n"
    ) in out, out
    code, out, _ = _check(kit, BANNER + FLOORS, (640, 160), "poster-banner")
    assert code == 0, out
    assert "low-ppi" not in out, out
    assert (
        f"{LOGO}: warning[image.ppi-warning]: rosea / poster-banner slot 'partner-logo': image "
        "'tiny.png' prints at 118 ppi; 150 is recommended\n"
        "  hint: a sharper print needs 811 px wide for 150 ppi\n"
    ) in out, out
    # below the banner's own floor: the error names it
    code, out, _ = _check(kit, BANNER + FLOORS, (300, 75), "poster-banner")
    assert code == 1, out
    assert (
        f"{LOGO}: error[image.low-ppi]: rosea / poster-banner slot 'partner-logo': image "
        "'tiny.png' prints at 55 ppi; at least 100 is needed\n"
        "  hint: use a larger logo file (811 px wide for 150 ppi) under 'logos:' in "
        "rosea.yaml\n"
    ) in out, out


def test_sizes_of_other_floors_are_one_diagnostic_naming_each_floor(
    kit_copy: Callable[..., Path],
) -> None:
    """One image too small on the banner (floor 100) and the A3 and A4 posters (150) is one
    error naming each size's floor; its hint, the pixels for each size's recommended ppi,
    which the banner needs the most of (811 px for 150 ppi, where the A3 needs 567 for
    300)."""
    only = "poster-banner,poster-a3,poster-a4"
    kit = kit_copy()  # checked several times
    code, out, _ = _check(kit, BANNER + FLOORS, (120, 30), only)
    assert code == 1, out
    assert out.count("[image.low-ppi]") == 1, out
    assert (
        f"{LOGO}: error[image.low-ppi]: rosea slot 'partner-logo': image 'tiny.png' prints "
        "below the ppi it needs at least on 3 sizes: poster-banner at 22 ppi (of 100), "
        "poster-a3 at 63 ppi (of 150) and poster-a4 at 90 ppi (of 150)\n"
        "  hint: use a larger logo file (811 px wide for each size's recommended ppi; "
        "poster-banner needs the most, for its 150) under 'logos:' in rosea.yaml\n"
    ) in out, out
    # the posters' warning below 300, the banner's error below 100: each its own floor
    code, out, _ = _check(kit, BANNER + FLOORS, (300, 75), only)
    assert (
        f"{LOGO}: warning[image.ppi-warning]: rosea slot 'partner-logo': image 'tiny.png' "
        "prints below the 300 ppi recommended on 2 sizes: poster-a3 at 159 ppi and poster-a4 "
        "at 225 ppi\n"
        "  hint: a sharper print needs 811 px wide for each size's recommended ppi; "
        "poster-banner needs the most, for its 150\n"
    ) in out, out


def test_a_small_logo_in_several_screen_images_is_one_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """A 104 px logo is enlarged in every social image: it was four warnings, each with its
    own pixel count; it is one, the images listed lowest first, its hint the pixels that are
    sharp in every one (the story's 224 px)."""
    only = "social-1080x1080,social-1080x1350,social-1200x630,social-1080x1920"
    kit = kit_copy()  # checked several times
    code, out, _ = _check(kit, BANNER, (104, 26), only)
    assert code == 0, out
    assert out.count("[image.ppi-warning]") == 1, out
    assert (
        f"{LOGO}: warning[image.ppi-warning]: rosea slot 'partner-logo': image 'tiny.png' is "
        "shown enlarged past its pixels in 4 screen images of 101.6 ppi: social-1080x1920 at 47 "
        "ppi, social-1080x1080 at 51 ppi, social-1080x1350 at 51 ppi and social-1200x630 at 78 "
        "ppi; it looks soft\n"
        "  hint: a sharp one needs 224 px wide for every screen image; social-1080x1920 needs "
        "the most\n"
    ) in out, out
    # a print size's warning of the same logo stays apart (another floor, another fix)
    code, out, _ = _check(kit, BANNER, (150, 38), "social-1080x1080,poster-a4,poster-a3")
    assert out.count("[image.ppi-warning]") == 1, out  # the social image's own
    assert out.count("[image.low-ppi]") == 1, out  # the posters', grouped
    assert "in a screen image of 101.6: enlarged past its pixels" in out, out


@pytest.mark.parametrize(
    ("written", "column", "message"),
    [
        (
            "    min_ppi: 5\n",
            14,
            "error[schema.type]: 'min_ppi' in size 'banner' must be a number >= 25 and <= 1200 "
            "(got 5)\n",
        ),
        (
            "    good_ppi: 3000\n",
            15,
            "error[schema.type]: 'good_ppi' in size 'banner' must be a number >= 25 and <= 1200 "
            "(got 3000)\n",
        ),
        (
            "    min_ppi: sharp\n",
            14,
            "error[schema.type]: 'min_ppi' in size 'banner' must be a number >= 25 and <= 1200 "
            "(got 'sharp')\n",
        ),
        (
            "    min_ppi: 100dpi\n",
            14,
            "error[schema.type]: 'min_ppi' in size 'banner' must be a number >= 25 and <= 1200 "
            "(got '100dpi')\n  hint: write numbers without their unit, in ppi: 100, not 100dpi\n",
        ),
        (
            "    min_ppi: 200\n    good_ppi: 150\n",
            14,
            "error[schema.value]: size 'banner': min_ppi 200 is above good_ppi 150: an image "
            "below the first is an error, below the second a warning, so the first is at most "
            "the second\n  hint: lower min_ppi to 150 or less, or raise good_ppi to 200 or more\n",
        ),
        (  # the default 150 above the size's 100: told at the key written
            "    good_ppi: 100\n",
            15,
            "error[schema.value]: size 'banner': min_ppi 150 (the default) is above good_ppi "
            "100: an image below the first is an error, below the second a warning, so the "
            "first is at most the second\n"
            "  hint: lower min_ppi to 100 or less, or raise good_ppi to 150 or more\n",
        ),
    ],
)
def test_a_floor_that_is_no_number_or_absurd_is_an_error_where_it_is_written(
    kit_copy: Callable[..., Path], written: str, column: int, message: str
) -> None:
    code, out, line = _check(kit_copy, BANNER + written, (640, 160), "poster-banner")
    assert code == 1, out
    assert f"{POSTER}:{line + 3}:{column}: {message}" in out, out
    assert out.count("error[") == 1, out


def test_a_size_inherits_the_designs_floor_and_a_screen_image_has_none(
    kit_copy: Callable[..., Path],
) -> None:
    """The design's `min_ppi: 100, good_ppi: 120` are each size's (a size's `min_ppi: 130` above it is
    told, naming the design's); a social layout has no floors (its images are held to its
    own pixels)."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    design = poster.replace("safe: 5\n", "safe: 5\nmin_ppi: 100\ngood_ppi: 120\n", 1).replace(
        A2, A2 + "  a5: {trim: [148, 210], min_ppi: 130}\n"
    )
    social = (ROOT / "materials/layouts/social-1080x1080.yaml").read_text(encoding="utf-8")
    kit = kit_copy(
        **{
            POSTER: design,
            "materials/layouts/social-1080x1080.yaml": social.replace(
                "safe: 12\n", "safe: 12\nmin_ppi: 100\n", 1
            ),
        }
    )
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a5")
    assert code == 1, out
    out = out.replace(f"{kit}/", "")
    a5 = design.splitlines().index("  a5: {trim: [148, 210], min_ppi: 130}") + 1
    assert out.count("error[") == 2, out
    assert (
        f"{POSTER}:{a5}:35: error[schema.value]: size 'a5': min_ppi 130 is above good_ppi 120 "
        "(the design's): an image below the first is an error, below the second a warning, so "
        "the first is at most the second\n"
    ) in out, out
    at = social.splitlines().index("safe: 12") + 2
    assert (
        f"materials/layouts/social-1080x1080.yaml:{at}:10: error[schema.unknown-key]: a social "
        "layout has no 'min_ppi': an image in a screen image is held to that image's own "
        "pixels, not a print resolution\n  hint: remove 'min_ppi'\n"
    ) in out, out


def test_the_build_preflight_fails_a_file_below_the_sizes_floor_only() -> None:
    """The build's preflight fails a print file below the layout's floor: a banner's 120 ppi
    logo, which its `min_ppi: 100` allows, is no failure there (the default 150 would be)."""
    from dataclasses import replace

    from campaign.kinds import KINDS
    from campaign.kit import load_kit

    kit = load_kit(ROOT)
    poster = kit.layouts["poster-a1"]
    kind = KINDS[poster.kind]
    assert (kind.preflight_expect(poster).min_ppi, kind.ppi_floors(poster)) == (150, (150, 300))
    banner = replace(poster, min_ppi=100.0, good_ppi=150.0)
    assert kind.preflight_expect(banner).min_ppi == 100
    assert kind.preflight_expect(banner).good_ppi == 100  # the layout stage warns, once
    assert kind.ppi_floors(banner) == (100, 150)
