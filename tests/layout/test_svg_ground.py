"""A designer's full-page SVG art (a designer's trial): art whose first shape is an opaque
rectangle over its whole viewBox is a ground, as a filled shape is. Content sits on it (no
overlap), it covers the page where it lies, and its bleed is measured; art that runs into the
bleed without such a rectangle is not taken as covering the page, and the error says what
makes it a ground. The shipped kit's own art (the hearts) is content, as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from campaign.svgart import svg_covers, svg_ground

from ..kits import append_slots, cli

NS = 'xmlns="http://www.w3.org/2000/svg"'
ROOT = Path(__file__).resolve().parents[2]
GROUND = (
    "  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, "
    "width: 297, height: 420}}\n"
)
ART = (
    "  - {name: ground, kind: svg, asset: ground.svg, bleed: all, frame: {start: 0, top: 0, "
    "width: 297, height: 420}}\n"
)
NAVY = '<rect x="-3" y="-3" width="303" height="426" fill="#1f4e9c"/>'
DOT = '<circle cx="250" cy="380" r="60" fill="#2a5fb0"/>'


def ground_of(body: str, box: str = "0 0 100 50") -> tuple[float, float, float] | None:
    return svg_ground(etree.fromstring(f'<svg {NS} viewBox="{box}">{body}</svg>'.encode()))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<rect width="100" height="50" fill="#ff0000"/><circle r="5"/>', (1.0, 0.0, 0.0)),
        ('<rect width="100%" height="100%" style="fill:#00ff00"/>', (0.0, 1.0, 0.0)),
        ('<g fill="#0000ff"><rect width="100" height="50"/></g>', (0.0, 0.0, 1.0)),
        ('<rect width="100" height="50"/>', (0.0, 0.0, 0.0)),  # SVG's initial fill: black
        ('<defs><circle r="1"/></defs><rect width="100" height="50" fill="white"/>', (1, 1, 1)),
        ('<circle r="5"/><rect width="100" height="50" fill="red"/>', None),  # not first
        ('<rect width="90" height="50" fill="red"/>', None),  # short of the viewBox
        # transforms that keep it level: as drawn (a review of a trial: an Inkscape layer's
        # translate, an identity matrix were refused)
        ('<rect width="100" height="50" fill="red" transform="scale(2)"/>', (1.0, 0.0, 0.0)),
        (
            '<g transform="translate(-12.5,-30)"><rect x="12.5" y="30" width="100" height="50" '
            'fill="red"/></g>',
            (1.0, 0.0, 0.0),
        ),
        ('<rect width="100" height="50" fill="red" transform="matrix(1 0 0 1 0 0)"/>', (1, 0, 0)),
        ('<g transform="translate(1 0)"><rect width="100" height="50" fill="red"/></g>', None),
        ('<rect width="100" height="50" fill="red" transform="rotate(1)"/>', None),
        ('<rect width="100" height="50" fill="red" transform="scale(-1 1)"/>', None),
        ('<rect width="100" height="50" rx="4" fill="red"/>', None),  # corners bare
        ('<rect width="100" height="50" fill="none" stroke="red"/>', None),
        ('<rect width="100" height="50" fill="red" fill-opacity="0.5"/>', None),
        ('<rect width="100" height="50" fill="url(#g)"/>', None),
        # a rectangle as a path or polygon, as other tools export it
        ('<path d="M0 0 H100 V50 H0 Z" fill="red"/>', (1.0, 0.0, 0.0)),
        ('<path d="M0,0h100v50h-100z" fill="red"/>', (1.0, 0.0, 0.0)),
        ('<path d="M0 0 L100 0 L100 50 L0 50 Z" fill="red"/>', (1.0, 0.0, 0.0)),
        ('<polygon points="0,0 100,0 100,50 0,50" fill="red"/>', (1.0, 0.0, 0.0)),
        ('<path d="M0 0 H100 V50 Q50 60 0 50 Z" fill="red"/>', None),  # a curve
        # a curve whose control point is the missing corner (a review: read as a line's)
        ('<path d="M0 0 L100 0 Q100 50 0 50 Z" fill="red"/>', None),
        ('<polygon points="0,0 100,50 100,0 0,50" fill="red"/>', None),  # a bow tie
        ('<path d="M0 0 H100 V50 H0 Z M10 10 H20 V20 H10 Z" fill="red"/>', None),  # a hole
        ('<polygon points="0,0 100,0 100,50 0,60" fill="red"/>', None),  # not a rectangle
        ('<path d="M0 0 H100 V" fill="red"/>', None),  # cut short
        # colours as svglib reads them (a review: #fff was read as blue, transparent as black)
        ('<rect width="100" height="50" fill="#fff"/>', (1.0, 1.0, 1.0)),
        ('<rect width="100" height="50" fill="transparent"/>', None),
        ('<rect width="100" height="50" fill="rgba(0,0,0,0)"/>', None),
        ('<rect width="100" height="50" fill="#ff000080"/>', None),
        ('<rect width="100" height="50" fill="currentColor"/>', None),
        # hidden, clipped or see-through, on the rectangle or a group around it
        ('<g clip-path="url(#c)"><rect width="100" height="50" fill="red"/></g>', None),
        ('<g style="display:none"><rect width="100" height="50" fill="red"/></g>', None),
        ('<rect width="100" height="50" fill="red" visibility="hidden"/>', None),
        ('<g fill-opacity="0.5"><rect width="100" height="50" fill="red"/></g>', None),
        # clipped to the artboard, as Illustrator exports it: the clip hides nothing of it
        (
            '<defs><rect id="a" width="100" height="50"/></defs><clipPath id="c"><use '
            'href="#a"/></clipPath><rect style="clip-path:url(#c);fill:#ff0000" width="100" '
            'height="50"/>',
            (1.0, 0.0, 0.0),
        ),
        (
            '<clipPath id="c"><rect width="100" height="50"/></clipPath><rect '
            'clip-path="url(#c)" width="100" height="50" fill="red"/>',
            (1.0, 0.0, 0.0),
        ),
        # a clip that does cut it: smaller, rounded, moved, a circle, two shapes
        (
            '<clipPath id="c"><rect width="90" height="50"/></clipPath><rect '
            'clip-path="url(#c)" width="100" height="50" fill="red"/>',
            None,
        ),
        (
            '<clipPath id="c"><rect width="100" height="50" rx="5"/></clipPath><rect '
            'clip-path="url(#c)" width="100" height="50" fill="red"/>',
            None,
        ),
        (
            '<defs><rect id="a" width="100" height="50"/></defs><clipPath id="c"><use '
            'href="#a" x="5"/></clipPath><rect clip-path="url(#c)" width="100" height="50" '
            'fill="red"/>',
            None,
        ),
        (
            '<clipPath id="c"><circle r="500"/></clipPath><rect clip-path="url(#c)" '
            'width="100" height="50" fill="red"/>',
            None,
        ),
        (
            '<clipPath id="c"><rect width="100" height="50"/><rect width="1" height="1"/>'
            '</clipPath><rect clip-path="url(#c)" width="100" height="50" fill="red"/>',
            None,
        ),
        (
            '<clipPath id="c" clipPathUnits="objectBoundingBox"><rect width="1" height="1"/>'
            '</clipPath><rect clip-path="url(#c)" width="100" height="50" fill="red"/>',
            None,
        ),
        ('<rect clip-path="url(#none)" width="100" height="50" fill="red"/>', None),
        # the clip in a moved group's user space: half the viewBox (a review)
        (
            '<clipPath id="c"><rect width="100" height="50"/></clipPath><g transform='
            '"translate(50,0)" clip-path="url(#c)"><rect x="-50" width="100" height="50" '
            'fill="red"/></g>',
            None,
        ),
        # a colour svglib cannot read: no ground, not a stopped check (a review)
        ('<rect width="100" height="50" fill="rgb(1,2)"/>', None),
    ],
)
def test_the_ground_of_svg_art(body: str, expected: tuple[float, float, float] | None) -> None:
    assert ground_of(body) == (pytest.approx(expected) if expected else None)


@pytest.mark.parametrize(
    "size",
    [
        'width="303mm" height="426mm"',  # a viewBox of other proportions: fitted, with bands
        'width="100px"',  # its height from the viewBox: not known
    ],
)
def test_art_whose_viewbox_is_fitted_into_its_size_has_no_ground(size: str) -> None:
    """svglib fits a viewBox of other proportions than the art's size into it: the rectangle
    over the viewBox then covers part of the art's box (a review: a page said clean failed
    the build's preflight, or printed mostly bare paper)."""
    svg = f'<svg {NS} viewBox="0 0 297 420" {size}><rect width="297" height="420"/></svg>'
    assert svg_ground(etree.fromstring(svg.encode())) is None
    same = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm"><rect width="297" height="420"/></svg>'  # noqa: E501
    assert svg_ground(etree.fromstring(same.encode())) == (0.0, 0.0, 0.0)


LINEAR = '<linearGradient id="{id}" x1="0" y1="0" x2="0" y2="1"{href}>{stops}</linearGradient>'
OPAQUE = '<stop offset="0" stop-color="#213555"/><stop offset="1" stop-color="#045096"/>'
RECT = '<rect width="100" height="50" fill="url(#g)"/><circle cx="50" cy="25" r="5"/>'


def covered(defs: str, body: str = RECT) -> bool:
    root = etree.fromstring(
        f'<svg {NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">'
        f"<defs>{defs}</defs>{body}</svg>".encode()
    )
    return svg_covers(root)


@pytest.mark.parametrize(
    ("defs", "body", "expected"),
    [
        (LINEAR.format(id="g", href="", stops=OPAQUE), RECT, True),
        (
            '<radialGradient id="g" cx="0.5" cy="0.5" r="0.5">' + OPAQUE + "</radialGradient>",
            RECT,
            True,
        ),
        # its stops those of the gradient it names (Inkscape writes gradients so)
        (
            LINEAR.format(id="s", href="", stops=OPAQUE)
            + LINEAR.format(id="g", href=' xlink:href="#s"', stops=""),
            RECT,
            True,
        ),
        (
            LINEAR.format(id="s", href="", stops=OPAQUE)
            + LINEAR.format(id="g", href=' href="#s"', stops=""),
            RECT.replace("url(#g)", "url('#g')"),
            True,
        ),
        # see-through somewhere: the paper shows
        (
            LINEAR.format(
                id="g",
                href="",
                stops=OPAQUE.replace('"#045096"/>', '"#045096" stop-opacity=".5"/>'),
            ),
            RECT,
            False,
        ),
        (
            LINEAR.format(id="g", href="", stops=OPAQUE.replace("#045096", "transparent")),
            RECT,
            False,
        ),
        (
            LINEAR.format(
                id="g",
                href="",
                stops=OPAQUE.replace('"#045096"/>', '"#045096" style="stop-opacity:0"/>'),
            ),
            RECT,
            False,
        ),
        (LINEAR.format(id="g", href="", stops=""), RECT, False),  # no stops: not drawn
        (LINEAR.format(id="g", href=' href="#g"', stops=""), RECT, False),  # a loop
        (LINEAR.format(id="h", href="", stops=OPAQUE), RECT, False),  # no such gradient
        ('<pattern id="g"><rect width="1" height="1"/></pattern>', RECT, False),
        # the rectangle as svg_ground wants it: whole, first, not rounded nor see-through
        (LINEAR.format(id="g", href="", stops=OPAQUE), RECT.replace('"100"', '"90"'), False),
        (
            LINEAR.format(id="g", href="", stops=OPAQUE),
            RECT.replace("<rect", '<rect rx="3"'),
            False,
        ),
        (
            LINEAR.format(id="g", href="", stops=OPAQUE),
            RECT.replace("<rect", '<rect fill-opacity="0.5"'),
            False,
        ),
        # Illustrator's export: the artboard's clip on a gradient's rectangle
        (
            '<rect id="a" width="100" height="50"/><clipPath id="c"><use xlink:href="#a" '
            'style="overflow:visible;"/></clipPath>' + LINEAR.format(id="g", href="", stops=OPAQUE),
            RECT.replace("<rect ", '<rect style="clip-path:url(#c)" '),
            True,
        ),
        # a stop colour svglib cannot read: not opaque, not a stopped check (a review)
        (
            LINEAR.format(id="g", href="", stops=OPAQUE.replace("#045096", "rgb(1,2)")),
            RECT,
            False,
        ),
        ("", '<rect width="100" height="50" fill="#ff0000"/>', True),  # one colour: a ground
        ("", '<rect width="100" height="50" fill="none"/>', False),
    ],
)
def test_art_that_covers_its_box(defs: str, body: str, expected: bool) -> None:
    """svg_covers: the first shape a rectangle over the whole viewBox, of one opaque colour
    or of a gradient all of whose stops are opaque."""
    assert covered(defs, body) is expected


def test_full_page_art_in_a_gradient_is_a_ground(kit_copy: Callable[..., Path]) -> None:
    """A designer's background in a gradient, navy to the campaign's blue: the page was
    `layout.uncovered` (art over bare paper) and every text over it `layout.overlap`. It is a
    ground now, and the white texts on it, judged on its pixels, stand out."""
    grad = LINEAR.format(id="g", href="", stops=OPAQUE)
    rect = '<rect x="-3" y="-3" width="303" height="426" fill="url(#g)"/>'
    svg = f'<svg {NS} viewBox="-3 -3 303 426" width="303mm" height="426mm"><defs>{grad}</defs>{rect}{DOT}</svg>'  # noqa: E501
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 0, out
    assert "warning[" not in out
    assert "lay out cleanly" in out


def test_text_on_a_gradient_ground_is_judged_on_its_pixels(kit_copy: Callable[..., Path]) -> None:
    """The same background running to a pale blue at the bottom: the white texts there are
    told (colour.contrast-art), those at the top, on the navy, are not."""
    pale = OPAQUE.replace("#045096", "#cfe6f7")
    grad = LINEAR.format(id="g", href="", stops=pale)
    rect = '<rect x="-3" y="-3" width="303" height="426" fill="url(#g)"/>'
    svg = f'<svg {NS} viewBox="-3 -3 303 426" width="303mm" height="426mm"><defs>{grad}</defs>{rect}</svg>'  # noqa: E501
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, out
    told = re.findall(r"warning\[colour\.contrast-art\]: poster-a3 \[en\] slot '([^']+)'", out)
    assert "calls" in told  # white, low on the page
    assert "headline" not in told  # white, high on the page, on the navy
    assert "error[" not in out


def designed(kit_copy: Callable[..., Path], svg: str, slots: str = ART) -> Path:
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    assert GROUND in poster
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": poster.replace(GROUND, slots)})
    (kit / "assets" / "ground.svg").write_text(svg, encoding="utf-8")
    return kit


def test_full_page_art_with_a_ground_lays_out_cleanly(kit_copy: Callable[..., Path]) -> None:
    """It was 13 overlap errors ("slot 'day' covers slot 'ground'") and an uncovered page."""
    svg = f'<svg {NS} viewBox="-3 -3 303 426" width="303mm" height="426mm">{NAVY}{DOT}</svg>'
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 0, out
    assert "warning[" not in out
    assert "lay out cleanly" in out


def test_art_drawn_at_the_trim_is_short_of_the_bleed(kit_copy: Callable[..., Path]) -> None:
    """Art of the trim's proportions in a frame grown by the bleed keeps its proportions:
    its sides' bleed is white. Said, with the art's size, where `bleed: all` was the hint."""
    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{NAVY}</svg>'
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    layout = kit / "materials/layouts/poster-a3.yaml"
    line = layout.read_text(encoding="utf-8").splitlines().index(ART.splitlines()[0]) + 1
    assert out == (
        f"{layout}:{line}:5: error[layout.bleed]: poster-a3 [en] slot 'ground': art stops at "
        "the trim on 72 % of the page's start and end edges, the slot's: the bleed is white "
        "there, and the build's preflight fails the file; the SVG keeps its proportions "
        "and fills 301.2 x 426.0 mm of its 303.0 x 426.0 mm frame (bleed included)\n"
        "  hint: give the slot `fit: cover` (the art scaled to cover its frame and cut off at "
        "it, at every size), or export the SVG at its frame's proportions\n"
        "1 error(s)\n"
    )


def test_art_that_covers_its_frame_is_a_ground_at_every_size(
    kit_copy: Callable[..., Path],
) -> None:
    """`fit: cover`: the same art drawn at the A3 trim's size covers the A3 poster's frame
    with its bleed, and every other size's (A1, Letter: other proportions), cut off at it."""
    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{NAVY}</svg>'
    kit = designed(kit_copy, svg, ART.replace("bleed: all,", "bleed: all, fit: cover,"))
    sizes = "poster-a3,poster-a1,poster-letter,poster-tabloid"
    code, out = cli("check", "--kit", kit, "--only", sizes, "--lang", "en,ar")
    assert code == 0, out
    assert "warning[" not in out


def test_full_page_art_without_a_ground_says_what_makes_one(
    kit_copy: Callable[..., Path],
) -> None:
    """A ground drawn as a curve is not measured: the page is uncovered (one error, no
    overlaps), and the hint names what makes art a ground, not the light band."""
    path = '<path d="M-3 -3 H300 V423 Q150 430 -3 423 Z" fill="#1f4e9c"/>'
    svg = f'<svg {NS} viewBox="-3 -3 303 426" width="303mm" height="426mm">{path}</svg>'
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert "layout.overlap" not in out
    assert out.count("error[") == 1, out
    assert "error[layout.uncovered]" in out
    assert (
        "  hint: SVG art is taken as ground when its first shape is an opaque rectangle (a "
        "rect, or a path or polygon of four corners) of one colour or an opaque gradient over "
        "its whole viewBox: "
        "draw the SVG of slot 'ground' so, or keep a shape under it (a slot of kind: shape "
        "that covers the trim, listed before the art)\n"
    ) in out


def checked_with_art(kit_copy: Callable[..., Path], svg: str, slot: str) -> tuple[int, str]:
    """`check` of the A3 poster in English with `slot` (YAML lines of an svg slot showing
    ground.svg) added after its slots, ground.svg being `svg`."""
    kit = kit_copy()
    (kit / "assets" / "ground.svg").write_text(svg, encoding="utf-8")
    append_slots(kit / "materials/layouts/poster-a3.yaml", slot)
    return cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")


def test_art_with_a_ground_drawn_over_content_hides_it(kit_copy: Callable[..., Path]) -> None:
    """Listed after a text, the art paints over it, as a filled rectangle would."""
    patch = '<rect width="100" height="40" fill="#1f4e9c"/>'
    svg = f'<svg {NS} viewBox="0 0 100 40" width="100mm" height="40mm">{patch}</svg>'
    code, out = checked_with_art(
        kit_copy,
        svg,
        "  - {name: patch, kind: svg, asset: ground.svg,\n"
        "     frame: {start: 22, top: 66, width: 100, height: 40}}\n",
    )
    assert code == 1
    assert (
        "error[layout.overlap]: poster-a3 [en] slot 'patch': slot 'patch' (art with a ground) "
        "is drawn over slot 'headline' and hides it"
    ) in out, out


def test_art_in_a_corner_of_the_bleed_is_content(kit_copy: Callable[..., Path]) -> None:
    """Only art that covers the whole trim is a page's background: a heart in a corner,
    running into the bleed there, is content, and text over it an overlap (a review: it
    was left out of the check)."""
    heart = (ROOT / "assets/blue-heart.svg").read_text(encoding="utf-8")
    code, out = checked_with_art(
        kit_copy,
        heart,
        "  - {name: corner, kind: svg, asset: ground.svg, bleed: [top, end],\n"
        "     frame: {end: 0, top: 0, width: 120, height: 110}}\n",
    )
    assert code == 1
    assert "slot 'corner' covers slot 'headline'" in out or (
        "slot 'headline' covers slot 'corner'" in out
    ), out


def test_art_that_covers_its_frame_is_drawn_so(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The build draws `fit: cover` art over the whole frame with its bleed, cut off at it:
    its own preflight measures the bleed of the PDF (art drawn to fit, with bands, fails it),
    and the page's corner outside the frame is bare."""
    import pypdfium2 as pdfium

    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{NAVY}</svg>'
    kit = designed(kit_copy, svg, ART.replace("bleed: all,", "bleed: all, fit: cover,"))
    out = tmp_path / "out"
    args = ("--only", "poster-letter", "--lang", "en", "--no-digital", "--png-ppi", "10")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    pdf = pdfium.PdfDocument(str(out / "poster-letter" / "poster-letter-en.pdf"))
    page = pdf[0]
    left, bottom, right, top = page.get_bleedbox()
    image = page.render(scale=72 / 72 / 2.834645669 * 2).to_pil().convert("RGB")  # 2 px/mm
    media = page.get_mediabox()
    x0 = (left - media[0]) / 72 * 25.4 * 2
    y0 = (media[3] - top) / 72 * 25.4 * 2
    x1 = (right - media[0]) / 72 * 25.4 * 2
    y1 = (media[3] - bottom) / 72 * 25.4 * 2
    # the bleed box's corners, 1 px inside: the ground's navy (not the paper's white)
    for x, y in ((x0 + 1, y0 + 1), (x1 - 2, y0 + 1), (x0 + 1, y1 - 2), (x1 - 2, y1 - 2)):
        assert sum(image.getpixel((int(x), int(y)))) < 400, (x, y)


def test_text_on_art_with_a_ground_is_held_to_its_contrast(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer's trial: white text on a pale blue SVG background passed `check`, which
    failed the same colour as a shape. Text on art with a ground is measured against the
    ground's colour."""
    pale = '<rect width="297" height="420" fill="#D8ECFA"/>'
    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{pale}</svg>'
    kit = designed(kit_copy, svg, ART.replace("bleed: all,", "bleed: all, fit: cover,"))
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert (
        "error[colour.contrast]: poster-a3 [en] slot 'headline': white text on the SVG art's "
        "ground #D8ECFA has a contrast of 1.2"
    ) in out, out
    navy = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{NAVY}</svg>'
    (kit / "assets" / "ground.svg").write_text(navy, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, out


def test_art_fitted_into_a_size_of_other_proportions_is_told_to_cover(
    kit_copy: Callable[..., Path],
) -> None:
    """A trial: art of the A3 trim's proportions without `fit: cover` left bands at the sides
    of the Letter poster, and the hint said to stretch the light band over the page."""
    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{NAVY}</svg>'
    kit = designed(kit_copy, svg)
    code, out = cli("check", "--kit", kit, "--only", "poster-letter", "--lang", "en")
    assert code == 1
    assert "error[layout.uncovered]: poster-letter" in out, out
    assert (
        "  hint: give slot 'ground' `fit: cover`: its SVG keeps its proportions, and leaves "
        "bands where its frame has others (a size of the design); cover scales it to cover "
        "the frame, cut off at it\n"
    ) in out
    assert "fact-band" not in out


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        ('width="100%" height="100%"', (0.0, 0.0, 0.0)),  # svglib sizes it by its viewBox
        ('fill="#D8ECFA"', pytest.approx((216 / 255, 236 / 255, 250 / 255))),  # inherited
        ('fill-opacity="0.3"', None),  # svglib draws it see-through
        ('style="display:none"', None),
    ],
)
def test_the_root_elements_properties_count(root: str, expected: object) -> None:
    """A review: the root <svg>'s fill and opacity were not read, though svglib draws
    them."""
    svg = f'<svg {NS} viewBox="0 0 100 50" {root}><rect width="100" height="50"/></svg>'
    assert svg_ground(etree.fromstring(svg.encode())) == expected


def test_text_on_art_with_more_than_its_ground_is_not_judged_by_the_ground(
    kit_copy: Callable[..., Path],
) -> None:
    """A pale base with navy panels that the white text sits on: the text is on the panels,
    not the base (a review: "white text on the SVG art's ground #D8ECFA" for a headline on
    navy). Art of more than its ground is a picture: its ground varies."""
    panels = (
        '<rect width="297" height="420" fill="#D8ECFA"/>'
        '<rect width="297" height="200" fill="#1f4e9c"/>'
        '<rect y="320" width="297" height="100" fill="#1f4e9c"/>'
    )
    svg = f'<svg {NS} viewBox="0 0 297 420" width="297mm" height="420mm">{panels}</svg>'
    kit = designed(kit_copy, svg, ART.replace("bleed: all,", "bleed: all, fit: cover,"))
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert "colour.contrast" not in out, out
    assert code == 0, out


def test_a_band_of_art_across_the_page_is_background(kit_copy: Callable[..., Path]) -> None:
    """A header band of art across the page's width, into the bleed at the top and both
    sides, is what the title sits on, as a shape band is (a review: it was two overlap
    errors)."""
    heart = (ROOT / "assets/blue-heart.svg").read_text(encoding="utf-8")
    kit = kit_copy()
    (kit / "assets" / "ground.svg").write_text(heart, encoding="utf-8")
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    ground = GROUND.rstrip("\n")
    band = (
        "\n  - {name: wave, kind: svg, asset: ground.svg, bleed: [top, start, end], fit: cover,"
        "\n     frame: {start: 0, top: 0, width: 297, height: 63}}"
    )
    layout.write_text(text.replace(ground, ground + band), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert "layout.overlap" not in out, out
    assert code == 0, out
