"""An office's logo too small for the sizes it prints on is one error (below 150 ppi) and one
warning (below 300 ppi) per file, listing the sizes with the ppi each prints it at and naming
the pixels that print it at 300 ppi on every size: a 160 px partner logo was ten messages,
one per size, each with another pixel figure (377, 533, 603 px...), and none said how large
the file must be."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image

from ..kits import check

OFFICE = "name: Rosea\nlanguages: [en]\nlogos:\n  partner: tiny.png\n"
SIZES = "poster-a1,poster-a2,poster-a3,poster-a4,poster-letter"


def test_a_small_logo_is_one_error_and_one_warning_naming_the_pixels_it_needs(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**{"materials/offices/rosea.yaml": OFFICE})
    Image.new("RGB", (160, 107), (0, 90, 160)).save(kit / "assets" / "tiny.png")
    status, out = check(kit, "--office", "rosea", "--lang", "en", "--only", SIZES)
    assert status == 1, out
    assert out.count("[image.low-ppi]") == 1, out
    assert out.count("[image.ppi-warning]") == 1, out
    assert (
        "materials/offices/rosea.yaml:4:12: error[image.low-ppi]: rosea slot 'partner-logo': "
        "image 'tiny.png' prints below the 150 ppi it needs at least on 2 sizes: poster-a1 at "
        "91 ppi and poster-a2 at 128 ppi\n"
        "  hint: use a larger logo file (530 px wide for 300 ppi on every size; poster-a1 needs "
        "the most) under 'logos:' in rosea.yaml\n"
        "materials/offices/rosea.yaml:4:12: warning[image.ppi-warning]: rosea slot "
        "'partner-logo': image 'tiny.png' prints below the 300 ppi recommended on 2 sizes: "
        "poster-a3 at 181 ppi and poster-a4 at 256 ppi\n"
        "  hint: a sharper print needs 530 px wide for 300 ppi on every size; poster-a1 needs "
        "the most\n"
    ) in out, out


def test_a_logo_too_small_on_one_size_keeps_its_own_message(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**{"materials/offices/rosea.yaml": OFFICE})
    Image.new("RGB", (160, 107), (0, 90, 160)).save(kit / "assets" / "tiny.png")
    status, out = check(kit, "--office", "rosea", "--lang", "en", "--only", "poster-a4")
    assert status == 0, out
    assert (
        "materials/offices/rosea.yaml:4:12: warning[image.ppi-warning]: rosea / poster-a4 slot "
        "'partner-logo': image 'tiny.png' prints at 256 ppi; 300 is recommended\n"
        "  hint: a sharper print needs 187 px wide for 300 ppi\n"
    ) in out, out
