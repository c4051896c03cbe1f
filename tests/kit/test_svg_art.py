"""SVG art is bounded and checked when the kit is loaded (robustness cases 17 to 20), one
error at the SVG file (its line and column where there is one), never a traceback while
drawing: a size that is zero, negative, infinite or not a number; more than MAX_SVG_BYTES or
MAX_SVG_ELEMENTS, or gzip-compressed; raster images (data: URIs too); text, which svglib would
set in a Helvetica that is never embedded, without shaping."""

from __future__ import annotations

import base64
import gzip
import io
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from svglib.svglib import SvgRenderer

from campaign.diagnostics import DiagnosticsError, Mark
from campaign.kit import load_kit
from campaign.svgart import MAX_SVG_BYTES, MAX_SVG_ELEMENTS, parse_svg

from ..kits import append_slots, check, cli, example_file, mini_copy

DATA = Path(__file__).resolve().parents[1] / "data" / "robustness"
NS = 'xmlns="http://www.w3.org/2000/svg"'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
SLOT = (
    "  - {name: art, kind: svg, asset: probe.svg, overlap: true,\n"
    "     frame: {start: 4, top: 4, width: 12, height: 12}}\n"
)
SIZE_HINT = (
    '  hint: give the <svg> element a width and height above 0 (width="100" height="90"), '
    'or a viewBox="0 0 W H" with W and H above 0\n'
)
RASTER_HINT = "  hint: put the image in an image slot (kind: image), or draw it as vectors\n"
TEXT_HINT = (
    "  hint: convert the text to outlines (Inkscape: Path > Object to Path; Illustrator: "
    "Type > Create Outlines), or put it in a text slot\n"
)


def art_kit(tmp_path: Path, svg: bytes | str) -> Path:
    """The mini kit with `svg` as assets/probe.svg, drawn by an svg slot of boxes.yaml."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    append_slots(kit / "materials/layouts/boxes.yaml", SLOT)
    data = svg.encode() if isinstance(svg, str) else svg
    (kit / "assets/probe.svg").write_bytes(data)
    return kit


def test_good_art_is_drawn(tmp_path: Path) -> None:
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10"><rect width="5" height="5"/></svg>')
    code, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "boxes")
    assert code == 0, out


@pytest.mark.parametrize(
    ("attrs", "problem"),
    [
        ('viewBox="0 0 0 0"', "viewBox '0 0 0 0': its width and height must be above 0"),
        ('viewBox="0 0 10 -1"', "viewBox '0 0 10 -1': its width and height must be above 0"),
        ('viewBox="0 0 10"', "viewBox '0 0 10' is not four numbers"),
        ('viewBox="0 0 nan 10"', "viewBox '0 0 nan 10' is not four numbers"),
        ('width="1e999" height="5"', "width 1e999 (not finite)"),
        ('width="nan" height="inf"', "width nan (not finite)"),
        ('width="5" height="inf"', "height inf (not finite)"),
        ('width="-3mm" height="5"', "width -3mm"),
        ('width="1e308in" height="5"', "width 1e308in is too large"),
        ('width="auto" height="5"', "width 'auto' is not a length"),
        ('width="50%" height="5"', "width 50% (a percentage needs a viewBox)"),
        ('width="5"', "no height and no viewBox"),
        ("", "no width and no viewBox"),
        ('width="0" viewBox="0 0 10 10"', "width 0"),
    ],
)
def test_an_svg_without_a_usable_size(tmp_path: Path, attrs: str, problem: str) -> None:
    kit = art_kit(tmp_path, f'<svg {NS} {attrs}><rect width="5" height="5"/></svg>')
    expected = f"assets/probe.svg:1:1: error[svg.size]: the SVG has no usable size ({problem})\n"
    assert check(kit, "--only", "boxes") == (1, expected + SIZE_HINT + "1 error(s)\n")


def test_case_17_width_0(tmp_path: Path) -> None:
    """The case's own file: it was a ZeroDivisionError after layout."""
    kit = art_kit(tmp_path, (DATA / "svg-width-0.svg").read_bytes())
    code, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "boxes")
    assert code == 1
    assert (
        f"{kit}/assets/probe.svg:1:1: error[svg.size]: the SVG has no usable size (width 0)\n"
        in out
    ), out
    assert not (tmp_path / "out").exists()


def test_case_20_text_is_refused_at_the_element(tmp_path: Path) -> None:
    """The case's own file: it was drawn in non-embedded Helvetica and failed preflight with
    an error at the layout's line 1."""
    kit = art_kit(tmp_path, (DATA / "svg-text.svg").read_bytes())
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg:1:109: error[svg.unsupported]: SVG text (<text>) is not supported: "
        "it would be set in a font the kit does not embed, without shaping\n"
        + TEXT_HINT
        + "1 error(s)\n",
    )


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ('<g>\n  <rect/>\n  <g><rect/><text x="1">Hi</text></g></g>', [("4:13", "text")]),
        ('<path d="M0 0"/>\n<svg:text xmlns:svg="http://www.w3.org/2000/svg"/>', [("3:1", "text")]),
        # every text, each at its own place (the first alone was told)
        (
            '<path/><tspan/><tspan/>\n<textPath href="#p"/>',
            [("2:8", "tspan"), ("2:16", "tspan"), ("3:1", "textPath")],
        ),
        # the first <text on the line is another namespace's, which svglib skips
        ('<g xmlns="urn:x"><text/></g><text/>', [("2:29", "text")]),
        # a <tspan> inside a <text> is told with it
        ("<path/><text>A <tspan>B</tspan></text>", [("2:8", "text")]),
    ],
)
def test_each_text_is_named_with_its_column(
    tmp_path: Path, body: str, found: list[tuple[str, str]]
) -> None:
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10">\n{body}</svg>')
    told = "".join(
        f"assets/probe.svg:{where}: error[svg.unsupported]: SVG text (<{element}>) is not "
        "supported: it would be set in a font the kit does not embed, without shaping\n" + TEXT_HINT
        for where, element in found
    )
    assert check(kit, "--only", "boxes") == (1, f"{told}{len(found)} error(s)\n")


def test_every_problem_of_the_art_is_told_at_once(tmp_path: Path) -> None:
    """An <image> of an outside file, a <text>, and a shape with a mask and a filter: each
    at its own line and column, in one check (the first alone was told, and the next only
    once it was removed: a designer's trial)."""
    art = (
        f'<svg {NS} width="100" height="90" viewBox="0 0 100 90">\n'
        '  <path fill="#FFFFFF" d="M50 90 L0 30 L100 30 Z"/>\n'
        '  <image href="logos/partner.png" x="0" y="0" width="10" height="10"/>\n'
        '  <text x="10" y="80">Blue Heart</text>\n'
        '  <rect width="5" height="5" mask="url(#m)" style="filter: blur(2px)"/>\n'
        "</svg>\n"
    )
    kit = art_kit(tmp_path, art)
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg:3:3: error[svg.read]: SVG refers to an outside file or address "
        "('logos/partner.png')\n"
        "  hint: draw it in the SVG, or put an image in an image slot (kind: image)\n"
        "assets/probe.svg:4:3: error[svg.unsupported]: SVG text (<text>) is not supported: it "
        "would be set in a font the kit does not embed, without shaping\n"
        + TEXT_HINT
        + "assets/probe.svg:5:3: error[svg.unsupported]: <rect> has a mask (mask: url(#m)), "
        "which is not drawn: the art would print without it\n"
        + EFFECT_HINT
        + "assets/probe.svg:5:3: error[svg.unsupported]: <rect> has a filter effect (a shadow, "
        "a blur) (filter: blur(2px)), which is not drawn: the art would print without it\n"
        + EFFECT_HINT
        + "4 error(s)\n",
    )


def test_many_of_one_problem_are_ten_and_the_lines_of_the_rest(tmp_path: Path) -> None:
    """An export of its words as <text>: the first ten each at its place, the last of them
    naming the lines of the others (not one error a word)."""
    words = "".join(f'<text x="1" y="{n}">w</text>\n' for n in range(1, 21))
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10"><rect/>\n{words}</svg>')
    code, out = check(kit, "--only", "boxes")
    said = (
        "error[svg.unsupported]: SVG text (<text>) is not supported: it would be set in a font "
        "the kit does not embed, without shaping"
    )
    assert code == 1
    lines = [line for line in out.splitlines() if "error[" in line]
    assert lines[:9] == [f"assets/probe.svg:{n}:1: {said}" for n in range(2, 11)]
    assert lines[9:] == [
        f"assets/probe.svg:11:1: {said} (10 more like it, at lines 12, 13, 14, 15, 16, 17, 18, "
        "19 and 2 more)"
    ]
    assert out.endswith("10 error(s)\n"), out


EFFECT_HINT = (
    "  hint: flatten the effect into plain shapes in the drawing program (Illustrator: "
    "Object > Expand Appearance, then Flatten Transparency; Inkscape: Path > Object to "
    "Path), or export the art as a PNG for an image slot\n"
)


@pytest.mark.parametrize(
    ("body", "where", "said"),
    [
        (
            '<mask id="m"><rect width="5" height="5" fill="#fff"/></mask>\n'
            '<circle r="4" mask="url(#m)"/>',
            "3:1",
            "<circle> has a mask (mask: url(#m))",
        ),
        (
            '<filter id="f"><feGaussianBlur stdDeviation="2"/></filter>\n'
            '<rect width="5" height="5" style="fill:#000; filter: url(#f)"/>',
            "3:1",
            "<rect> has a filter effect (a shadow, a blur) (filter: url(#f))",
        ),
        (  # by a style sheet's class, as Illustrator writes it
            "<style>.s{filter:url(#f)}</style>\n"
            '<filter id="f"><feOffset dx="1"/></filter><path class="s" d="M0 0h5v5z"/>',
            "3:43",
            "<path> has a filter effect (a shadow, a blur) (filter: url(#f))",
        ),
        (  # CSS's filter functions, which need no <filter> element
            '<rect width="5" height="5" style="fill:#000; filter: blur(3px)"/>',
            "2:1",
            "<rect> has a filter effect (a shadow, a blur) (filter: blur(3px))",
        ),
        (
            '<path filter="drop-shadow(1px 1px 1px black)" d="M0 0h5v5z"/>',
            "2:1",
            "<path> has a filter effect (a shadow, a blur) (filter: drop-shadow(1px 1px 1px "
            "black))",
        ),
        (
            '<rect width="5" height="5"/><circle r="4" fill="#e4007c" '
            'style="mix-blend-mode:multiply"/>',
            "2:29",
            "<circle> has a blend mode (mix-blend-mode: multiply)",
        ),
        (
            '<pattern id="p" width="2" height="2"><circle r="1"/></pattern>\n'
            '<rect width="5" height="5" stroke="url(\'#p\')"/>',
            "3:1",
            "<rect> has a pattern fill (stroke: url('#p'))",
        ),
    ],
)
def test_an_effect_svglib_does_not_draw_is_refused(
    tmp_path: Path, body: str, where: str, said: str
) -> None:
    """A designer's trial: a mask, a drop shadow and a pattern fill printed as if they were
    not there (the masked circle whole, no shadow, an empty rect), and `check` said the
    layout was clean."""
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10">\n{body}</svg>')
    message = (
        f"assets/probe.svg:{where}: error[svg.unsupported]: {said}, which is not drawn: the art "
        "would print without it\n"
    )
    assert check(kit, "--only", "boxes") == (1, message + EFFECT_HINT + "1 error(s)\n")


GRADIENT = (
    '<linearGradient id="g"><stop offset="0" stop-color="#045096"/>'
    '<stop offset="1" stop-color="#fff"/></linearGradient>\n'
)


@pytest.mark.parametrize(
    ("body", "where", "said"),
    [
        (
            '<rect width="5" height="5" fill="none" stroke="url(#g)" stroke-opacity="0.5"/>',
            "3:1",
            "<rect> has a gradient stroke (stroke: url(#g))",
        ),
        (  # inherited from a group, written in its style
            '<g style="stroke:url(\'#g\');stroke-width:2"><path d="M0 0h5"/></g>',
            "3:1",
            "<g> has a gradient stroke (stroke: url('#g'))",
        ),
    ],
)
def test_a_gradient_stroke_is_refused(tmp_path: Path, body: str, where: str, said: str) -> None:
    """svglib draws a gradient in a fill only: a stroke of one (at any stroke-opacity) was
    left out of the print, and `check` said nothing."""
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10">\n{GRADIENT}{body}</svg>')
    message = (
        f"assets/probe.svg:{where}: error[svg.unsupported]: {said}, which is not drawn: the art "
        "would print without it\n"
        "  hint: turn the stroke into a filled shape in the drawing program (Inkscape: Path > "
        "Stroke to Path; Illustrator: Object > Path > Outline Stroke), whose gradient fill is "
        "drawn, or stroke it with one colour\n"
    )
    assert check(kit, "--only", "boxes") == (1, message + "1 error(s)\n")


def test_effects_written_as_none_are_drawn(tmp_path: Path) -> None:
    """`filter: none`, `mask: none` and `mix-blend-mode: normal` (as editors export them)
    apply no effect: the art draws as it is."""
    kit = art_kit(
        tmp_path,
        f'<svg {NS} width="10" height="10"><rect width="5" height="5" filter="none" '
        'style="mask: none; mix-blend-mode: normal"/></svg>',
    )
    assert check(kit, "--only", "boxes")[0] == 0


def test_a_foreign_object_is_refused(tmp_path: Path) -> None:
    """HTML in a <foreignObject> was left out of the print without a word."""
    kit = art_kit(
        tmp_path,
        f'<svg {NS} width="10" height="10"><rect width="5" height="5"/>\n'
        '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">'
        "Hello</div></foreignObject></svg>",
    )
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg:2:1: error[svg.unsupported]: <foreignObject> (HTML or other markup "
        "inside the SVG) is not drawn: the art would print without it\n"
        "  hint: draw its content as SVG shapes (text converted to outlines), or put text in "
        "a text slot and images in an image slot\n"
        "1 error(s)\n",
    )


def test_a_gradient_fill_and_an_unused_filter_are_drawn(tmp_path: Path) -> None:
    """svglib draws gradients; a filter defined and never applied changes nothing."""
    kit = art_kit(
        tmp_path,
        f'<svg {NS} width="10" height="10"><defs><filter id="f"><feOffset dx="1"/></filter>'
        '<linearGradient id="g"><stop offset="0" stop-color="#045096"/>'
        '<stop offset="1" stop-color="#fff"/></linearGradient></defs>'
        '<rect width="10" height="10" fill="url(#g)"/></svg>',
    )
    assert check(kit, "--only", "boxes")[0] == 0


def test_text_in_an_editors_own_namespace_is_not_svg_text(tmp_path: Path) -> None:
    kit = art_kit(
        tmp_path,
        f'<svg {NS} xmlns:x="urn:x" width="10" height="10"><x:text>note</x:text>'
        '<rect width="1" height="1"/></svg>',
    )
    assert check(kit, "--only", "boxes")[0] == 0


def png(size: int) -> str:
    buf = io.BytesIO()
    Image.new("1", (size, size)).save(buf, "PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode()


@pytest.mark.parametrize("size", [1, 15_000])
def test_an_embedded_raster_is_refused(tmp_path: Path, size: int) -> None:
    """Case 19: a 15,000 px PNG (a decompression bomb) or any other was decoded only while
    drawing; now it is refused when the kit is read, without decoding it."""
    svg = (
        f'<svg {NS} {XLINK} width="10" height="10">\n'
        f'  <image xlink:href="data:image/png;base64,{png(size)}" width="10" height="10"/></svg>'
    )
    kit = art_kit(tmp_path, svg)
    message = (
        "assets/probe.svg:2:3: error[svg.unsupported]: <image> embeds a data: URI "
        "(data:image/png;base64,...): embedded raster images in SVG are not supported\n"
    )
    assert check(kit, "--only", "boxes") == (1, message + RASTER_HINT + "1 error(s)\n")


def test_an_element_written_over_lines_is_named_where_it_opens(tmp_path: Path) -> None:
    """lxml gives the line where a start tag ends: an `<image` whose href is two lines down
    was named there, at column 1 (a designer's trial)."""
    svg = (
        f'<svg {NS} {XLINK} width="10" height="10">\n  <g>\n  <image x="0"\n'
        f'     xlink:href="data:image/png;base64,{png(1)}"\n     width="10" height="10"/>\n'
        "  </g></svg>"
    )
    kit = art_kit(tmp_path, svg)
    status, out = check(kit, "--only", "boxes")
    assert status == 1
    assert out.startswith("assets/probe.svg:3:3: error[svg.unsupported]: <image> embeds a data:")


def test_an_image_element_is_refused(tmp_path: Path) -> None:
    kit = art_kit(tmp_path, f'<svg {NS} width="10" height="10"><g/><image/></svg>')
    message = (
        "assets/probe.svg:1:68: error[svg.unsupported]: <image>: raster images in SVG are "
        "not supported\n"
    )
    assert check(kit, "--only", "boxes") == (1, message + RASTER_HINT + "1 error(s)\n")


def test_compressed_svg_is_refused(tmp_path: Path) -> None:
    """Case 18: lxml inflated a 78 KB gzip file without a limit (MemoryError)."""
    kit = art_kit(tmp_path, gzip.compress(f'<svg {NS} width="1" height="1"/>'.encode()))
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg: error[svg.too-big]: the SVG is compressed (gzip, .svgz), which is "
        "not supported\n  hint: save it as plain SVG (Inkscape: Plain SVG; gunzip < art.svgz "
        "> art.svg)\n"
        "1 error(s)\n",
    )


@pytest.mark.parametrize("declared", ["", '<?xml version="1.0" encoding="UTF-8"?>\n'])
def test_art_not_utf8_is_named_as_every_text_file_is(tmp_path: Path, declared: str) -> None:
    """Art whose title was typed in a legacy code page (Windows-1252 é) is named in the form
    of every text file the kit reads (textfile.not_text): the byte, its line and column, and
    the way to save it as UTF-8. It was libxml2's "Invalid bytes in character encoding",
    with a hint to check the markup."""
    svg = f'{declared}<svg {NS} width="1" height="1">\n<title>Caf\xe9</title>\n</svg>'
    kit = art_kit(tmp_path, svg.encode("cp1252"))
    line = 2 + bool(declared)
    assert check(kit, "--only", "boxes") == (
        1,
        f"assets/probe.svg:{line}:11: error[svg.read]: probe.svg is not UTF-8 text: byte 0xE9 "
        "at column 11, which is 'é' in Windows-1252\n"
        "  hint: save it as UTF-8 (Inkscape does; in a text editor, choose the encoding "
        "UTF-8)\n"
        "  hint: probe.svg reads as Windows-1252 throughout: convert it with `iconv -f CP1252 "
        "-t UTF-8 probe.svg > probe-utf8.svg`, or open it as Windows-1252 in a text editor and "
        "save it with the encoding UTF-8 (a character Windows-1252 has not was saved as '?': "
        "where you can, save the original again as UTF-8)\n"
        "1 error(s)\n",
    )


def elements(n: int) -> str:
    """An SVG of exactly n elements, the <svg> included (one of them a shape: it draws)."""
    return (
        f'<svg {NS} width="10" height="10"><rect width="1" height="1"/>'
        + "<g/>" * (n - 2)
        + "</svg>"
    )


def test_the_element_limit(tmp_path: Path) -> None:
    """Case 18: 200,000 elements took 108 s and 1.3 GB; the limit is counted while parsing."""
    kit = art_kit(tmp_path, elements(MAX_SVG_ELEMENTS))
    assert check(kit, "--only", "boxes")[0] == 0
    (kit / "assets/probe.svg").write_text(elements(MAX_SVG_ELEMENTS + 1))
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg: error[svg.too-big]: the SVG has more than 20,000 elements\n"
        "  hint: simplify the art (merge shapes, fewer points: Inkscape Path > Simplify) or "
        "use a PNG in an image slot\n"
        "1 error(s)\n",
    )


def test_the_file_size_limit(tmp_path: Path) -> None:
    head, tail = f'<svg {NS} width="10" height="10"><rect width="1" height="1"/><!--', "--></svg>"
    svg = head + "x" * (MAX_SVG_BYTES - len(head) - len(tail)) + tail
    kit = art_kit(tmp_path, svg)
    assert check(kit, "--only", "boxes")[0] == 0
    (kit / "assets/probe.svg").write_text(svg.replace("<!--", "<!-- "))
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg: error[svg.too-big]: the SVG is larger than 2 MB\n"
        "  hint: simplify the art (fewer points and shapes) or use a PNG in an image slot\n"
        "1 error(s)\n",
    )


LENGTHS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=32).map(repr),
    st.sampled_from(["0", "-1", "1e999", "nan", "inf", "", "auto", "10", "1e-30", "1e308"]),
)
UNITS = st.sampled_from(["", "px", "pt", "mm", "cm", "in", "em", "%", " ", "q"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.tuples(LENGTHS, UNITS).map("".join)),
    st.one_of(st.none(), st.tuples(LENGTHS, UNITS).map("".join)),
    st.one_of(st.none(), st.lists(LENGTHS, min_size=3, max_size=5).map(" ".join)),
)
def test_art_that_passes_draws_at_a_usable_size(
    width: str | None, height: str | None, box: str | None
) -> None:
    """Whatever the <svg> element's width, height and viewBox: either an svg.size error, or
    svglib draws it at a finite size above 0 (what the drawer divides by)."""
    attrs = {"width": width, "height": height, "viewBox": box}
    written = " ".join(f'{k}="{v}"' for k, v in attrs.items() if v is not None)
    with example_file("a.svg") as path:
        path.write_text(f'<svg {NS} {written}><rect width="1" height="1"/></svg>')
        try:
            root = parse_svg(path)
        except DiagnosticsError as exc:
            codes = [d.code for d in exc.diagnostics]
            root = None
        if root is None:
            assert codes == ["svg.size"]
            return
        drawing = SvgRenderer(str(path)).render(root)
    assert all(math.isfinite(v) and v > 0 for v in (drawing.width, drawing.height))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    f"<svg {NS}",
                    ' width="1"',
                    ' height="0"',
                    ">",
                    "</svg>",
                    "<text>",
                    "</text>",
                    "<image/>",
                    "<g>",
                    "</g>",
                    "&x;",
                    "<!DOCTYPE svg>",
                    "\x1f\x8b",
                    "é",
                    "<?xml?>",
                    ' viewBox="0 0 1 1"',
                    ' href="data:x"',
                    "<!--",
                    "-->",
                    "\x00",
                ]
            ),
            max_size=12,
        ).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    )
)
def test_any_bytes_are_a_diagnostic_never_a_crash(data: bytes) -> None:
    codes = []
    with example_file("a.svg") as path:
        path.write_bytes(data)
        try:
            parse_svg(path)
        except DiagnosticsError as exc:
            codes = [d.code for d in exc.diagnostics]
    assert all(c.startswith("svg.") for c in codes)


def test_broken_art_is_one_error_not_one_per_size(kit_copy: Callable[..., Path]) -> None:
    """The badge's emblem is broken: its sizes that move the emblem are not errors too."""
    kit = kit_copy()
    (kit / "assets/heart-white.svg").write_bytes((DATA / "svg-width-0.svg").read_bytes())
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    assert [(d.code, d.mark) for d in exc.value.diagnostics if d.is_error] == [
        ("svg.size", Mark(kit / "assets/heart-white.svg", 1, 1))
    ]


def use_tree(levels: int) -> str:
    """Ten <use> copies of ten copies of ... a rectangle: 10**levels rectangles drawn."""
    defs = '<g id="a0"><rect width="1" height="1"/></g>' + "".join(
        f'<g id="a{i}">' + f'<use xlink:href="#a{i - 1}"/>' * 10 + "</g>"
        for i in range(1, levels + 1)
    )
    return (
        f'<svg {NS} {XLINK} width="10" height="10"><defs>{defs}</defs>'
        f'<use xlink:href="#a{levels}"/></svg>'
    )


def test_use_copies_count_towards_the_element_limit(tmp_path: Path) -> None:
    """A few hundred bytes of nested <use> draw millions of shapes: counted as drawn."""
    kit = art_kit(tmp_path, use_tree(2))
    assert check(kit, "--only", "boxes")[0] == 0
    (kit / "assets/probe.svg").write_text(use_tree(6))
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg: error[svg.too-big]: the SVG draws more than 20,000 elements once "
        "its <use> copies are counted\n  hint: simplify the art (fewer copies of repeated "
        "shapes) or use a PNG in an image slot\n"
        "1 error(s)\n",
    )


def test_a_circular_use_is_refused(tmp_path: Path) -> None:
    svg = f'<svg {NS} width="1" height="1"><g id="a"><g><use href="#a"/></g></g></svg>'
    assert check(art_kit(tmp_path, svg), "--only", "boxes") == (
        1,
        "assets/probe.svg: error[svg.read]: a <use> refers to an element that contains it "
        "(the art would never end)\n  hint: remove the circular <use>\n"
        "1 error(s)\n",
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), max_size=4), min_size=1, max_size=8))
def test_drawn_elements_counts_every_copy(refs: list[list[int]]) -> None:
    """Groups g0..gn, each with <use> of some others: the count agrees with a plain recursive
    expansion (or None exactly when the references loop)."""
    from lxml import etree

    from campaign.svgart import drawn_elements

    n = len(refs)
    groups = "".join(
        f'<g id="g{i}">' + "".join(f'<use href="#g{j}"/>' for j in r if j < n) + "</g>"
        for i, r in enumerate(refs)
    )
    root = etree.fromstring(f"<svg {NS}>{groups}</svg>".encode())

    def expand(i: int, path: tuple[int, ...]) -> int | None:
        if i in path:
            return None
        total = 1
        for j in (j for j in refs[i] if j < n):
            sub = expand(j, (*path, i))
            if sub is None:
                return None
            total += 1 + sub  # the <use> and its copy
        return total

    counts = [expand(i, ()) for i in range(n)]
    drawn = None if None in counts else 1 + sum(c for c in counts if c is not None)
    # counting stops just above the limit: a bomb is never multiplied out
    assert drawn_elements(root) == (drawn and min(drawn, MAX_SVG_ELEMENTS + 1))


def test_an_svg_with_no_shape_is_named(tmp_path: Path) -> None:
    """An empty export (a viewBox and nothing in it) passed `check` and `build`, and the
    emblem was missing from the poster without a word."""
    empty = f'<svg {NS} viewBox="0 0 10 10">\n  <g id="layer1"/>\n</svg>'
    kit = art_kit(tmp_path, empty)
    assert check(kit, "--only", "boxes") == (
        1,
        "assets/probe.svg:1:1: error[svg.empty]: the SVG draws nothing: it has no shape "
        "(circle, ellipse, line, path, polygon, polyline, rect)\n"
        "  hint: export the art again (as shapes, not a linked or embedded image), or point "
        "the slot at the right file\n"
        "1 error(s)\n",
    )


def test_a_gradient_repeated_beyond_the_cap_is_a_warning_at_its_line(tmp_path: Path) -> None:
    """A repeated gradient 10,000 times smaller than its shape: drawn MAX_PERIODS times
    (render.gradients.Spread) and said where the gradient is written, not a hang."""
    kit = art_kit(
        tmp_path,
        f'<svg {NS} width="10" height="10">\n<linearGradient id="tiny" x2="0.0001" '
        'spreadMethod="repeat"><stop offset="0" stop-color="#f00"/>'
        '<stop offset="1" stop-color="#00f"/></linearGradient>\n'
        '<rect width="10" height="10" fill="url(#tiny)"/></svg>',
    )
    code, out = check(kit, "--only", "boxes")
    assert code == 0, out
    assert (
        "assets/probe.svg:2:1: warning[svg.gradient-copies]: the gradient 'tiny' "
        '(spreadMethod="repeat") would be drawn 10,000 times across a shape it fills; the '
        "1,000 copies nearest its vector are drawn, and its end colours beyond them\n"
    ) in out
