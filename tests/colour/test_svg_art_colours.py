"""A colour of SVG art that the press cannot print (colour.mismatch, colours.art_mismatches): a
designer's trial found `fill="#00FF00"` neon in the preview PNG and a dull green in the print
PDF, and neither `check` nor `build` said a word. Each distinct colour is told once per file,
at the element that writes it first, with its ΔE2000 against what prints and the sRGB that
is (the `colour` command's figures for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.colours import on_press

from ..kits import append_slots, check, cli, mini_copy

ROOT = Path(__file__).resolve().parents[2]
SLOT = (
    "  - {name: art, kind: svg, asset: probe.svg, overlap: true,\n"
    "     frame: {start: 4, top: 4, width: 12, height: 12}}\n"
)
# #00FF80 and #FF00FF are far outside FOGRA39, twice each; #045096 prints as itself; a grey is
# printed in black ink alone; #0000FF is the mini kit's brand blue (printed by its cmyk, told
# at campaign.yaml)
ART = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
  <defs><style>.a{fill:#00FF80}</style>
    <linearGradient id="g"><stop offset="0" stop-color="#045096"/><stop offset="1"
      style="stop-color:#FF00FF"/></linearGradient></defs>
  <rect class="a" width="5" height="5"/><rect x="5" width="5" height="5" fill="#00ff80"/>
  <rect y="5" width="5" height="5" fill="url(#g)" stroke="#808080"/>
  <g fill="#FF00FF"><circle cx="7" cy="7" r="2" stroke="#0000FF"/></g>
</svg>
"""
HINT = (
    "the nearest the press prints: use that in the art, or a brand colour of campaign.yaml "
    "(printed by its cmyk)"
)


def art_kit(tmp_path: Path) -> Path:
    """The mini kit comparing colours (it does not: its brand colours are chosen apart from
    print), ART as assets/probe.svg in an svg slot of boxes.yaml."""
    kit = mini_copy(
        tmp_path / "kit",
        {"campaign.yaml": ("check_colours: false", "check_colours: true")},
        own_assets=True,
    )
    append_slots(kit / "materials/layouts/boxes.yaml", SLOT)
    (kit / "assets/probe.svg").write_text(ART, encoding="utf-8")
    return kit


def expected(hex_: str, where: str, written: str) -> str:
    """The warning for the art colour `hex_`, with the `colour` command's maths."""
    rgb = tuple(int(hex_[i : i + 2], 16) / 255 for i in (1, 3, 5))
    (c, m, y, k), shown, de = on_press(rgb, ROOT / "assets/icc/fogra39l_coated.icc")  # type: ignore[arg-type]
    return (
        f"{where}: warning[colour.mismatch]: colour {hex_} of the SVG art ({written}): its "
        f"screen value and its print value (C {c} M {m} Y {y} K {k} on FOGRA39) differ by "
        f"ΔE2000 {de:.1f}: previews and digital files will not look like the print\n"
        f"  hint: the print value shows on screen as {shown}, {HINT}\n"
    )


def art_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if "of the SVG art" in line]


def test_the_figures_are_the_colour_commands() -> None:
    """#00FF00, the trial's green: ΔE2000 18.1, printed as #6DB53A (`colour "#00FF00"`)."""
    assert expected("#00FF00", "x", "y").startswith(
        "x: warning[colour.mismatch]: colour #00FF00 of the SVG art (y): its screen value and "
        "its print value (C 64 M 0 Y 99 K 0 on FOGRA39) differ by ΔE2000 18.1:"
    )
    assert "shows on screen as #6DB53A, " in expected("#00FF00", "x", "y")


def test_check_tells_each_colour_the_press_cannot_print_once_at_its_first_element(
    tmp_path: Path,
) -> None:
    kit = art_kit(tmp_path)
    code, out = check(kit, "--only", "boxes", "--lang", "en")
    assert code == 0, out  # warnings
    magenta = expected("#FF00FF", "assets/probe.svg:3:67", "<stop> stop-color, and 1 more element")
    green = expected("#00FF80", "assets/probe.svg:5:3", "<rect> fill, and 1 more element")
    assert magenta.replace("element", "element of the file") in out
    assert green.replace("element", "element of the file") in out
    assert len(art_lines(out)) == 2, art_lines(out)  # not #045096, the grey, the brand blue
    code, out = check(kit, "--only", "boxes", "--lang", "en", "--strict")
    assert code == 1
    assert "assets/probe.svg:5:3: error[colour.mismatch]: colour #00FF80" in out


def test_build_tells_it_too_and_another_material_does_not(tmp_path: Path) -> None:
    kit = art_kit(tmp_path)
    code, out = cli(
        "build", "--kit", kit, "-o", tmp_path / "out", "--only", "boxes", "--lang", "en"
    )
    assert code == 0, out
    assert f"{kit}/assets/probe.svg:5:3: warning[colour.mismatch]: colour #00FF80 of the" in out
    code, out = check(kit, "--only", "text", "--lang", "en")
    assert code == 0, out
    assert art_lines(out) == []


@pytest.mark.parametrize("fill", ["#00FF80", "rgb(0, 255, 128)", "springgreen"])
def test_a_colour_is_read_as_svglib_reads_it(tmp_path: Path, fill: str) -> None:
    kit = art_kit(tmp_path)
    (kit / "assets/probe.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n'
        f'<path d="M0 0H9V9Z" style="stroke:{fill}"/></svg>',
        encoding="utf-8",
    )
    code, out = check(kit, "--only", "boxes", "--lang", "en")
    hex_ = "#00FF7F" if fill == "springgreen" else "#00FF80"
    assert expected(hex_, "assets/probe.svg:2:1", "<path> stroke") in out, out
