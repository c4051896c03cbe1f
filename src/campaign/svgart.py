"""Reading untrusted SVG art safely: without entities, DTDs, network or outside files, within
limits of size and elements, with no text and no raster image (`parse_svg`). Apart from
`assets` so that a build drawing art from the user's cache (render.items.svg) does not import
lxml."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from .diagnostics import Diagnostic, DiagnosticsError, Mark, failure
from .textfile import not_text

# Limits on SVG art, checked before svglib sees it (svglib builds a reportlab object per
# element and each drawing copies them: 200,000 elements took 108 s and 1.3 GB). The shipped
# art is 2 KB and a dozen elements; a detailed illustration exported from Illustrator or
# Inkscape is a few thousand elements and well under a megabyte.
MAX_SVG_BYTES = 2_000_000
MAX_SVG_ELEMENTS = 20_000
# A width or height above this many units (px, mm, in...) is a typing error, and would
# overflow once svglib converts it to points.
MAX_SVG_LENGTH = 1_000_000
_CHUNK = 65_536
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_UNITS = ("px", "pt", "pc", "mm", "cm", "in", "em", "ex", "%")
_TEXT = frozenset({"text", "tspan", "textPath", "tref", "flowRoot", "flowPara", "flowSpan"})
_RASTER = frozenset({"image", "feImage"})


def parse_svg(path: Path) -> Any:
    """The SVG's element tree, or a DiagnosticsError naming the file, line and column: it must
    be uncompressed, within MAX_SVG_BYTES and MAX_SVG_ELEMENTS, draw at least one shape
    (`svg.empty`), have a usable size, and hold no text, no raster image and no reference to
    anything outside itself. Every problem of a file that reads as SVG is told at once, each
    at its element (`_Problems`): an `<image>` to an outside file hid the `<text>` after it
    until it was removed (a designer's trial)."""
    data = _svg_bytes(path)
    root = _parse(path, data)
    if root is None or etree.QName(root).localname != "svg":
        raise failure(
            "svg.read",
            "not an SVG file (the root element is not <svg>)",
            Mark(path, 1, 1),
            "give an SVG file (its first element <svg>), or the image as a PNG",
        )
    where = _Columns(path, data)
    problems = _Problems()
    held: set[Any] = set()  # a text's or a foreignObject's content: told with it
    for el in root.iter(etree.Element):
        if el.getparent() in held:
            held.add(el)
            continue
        found = _check_element(el, where)
        if found is not None:
            problems.add(found)
            if etree.QName(el).localname in _TEXT | {"foreignObject"}:
                held.add(el)
    problems.extend(_drawn_problems(root, path, where, told=bool(problems.found)))
    _apply_style_sheets(root)
    ids = _ids(root)
    for el in root.iter(etree.Element):
        problems.extend(_check_effects(el, ids, where))
    size = svg_size_problem(root)
    if size:
        problems.add(
            _problem(
                "svg.size",
                f"the SVG has no usable size ({size})",
                where.mark(root),
                'give the <svg> element a width and height above 0 (width="100" height="90"), '
                'or a viewBox="0 0 W H" with W and H above 0',
            )
        )
    if problems.found:
        raise DiagnosticsError(problems.told())
    for el in root.iter(etree.Element):
        _plain_opacities(el)
    _fold_opacity(root, 1.0, 1.0, 1.0)
    return root


def _drawn_problems(root: Any, path: Path, where: _Columns, told: bool) -> list[Diagnostic]:
    """A <use> that contains itself, more than MAX_SVG_ELEMENTS drawn, or no shape at all:
    not when an element's problem is `told`, or a <use> is circular (what the art draws
    instead: a text, an image; a follow-on)."""
    drawn = drawn_elements(root)
    out = []
    if drawn is None:
        out.append(
            _problem(
                "svg.read",
                "a <use> refers to an element that contains it (the art would never end)",
                Mark.file(path),
                "remove the circular <use>",
            )
        )
    elif drawn > MAX_SVG_ELEMENTS:
        out.append(
            _problem(
                "svg.too-big",
                f"the SVG draws more than {MAX_SVG_ELEMENTS:,} elements once its <use> copies "
                "are counted",
                Mark.file(path),
                "simplify the art (fewer copies of repeated shapes) or use a PNG in an image slot",
            )
        )
    shapes = any(etree.QName(el).localname in _SHAPES for el in root.iter(etree.Element))
    if not shapes and not told and drawn is not None:
        out.append(  # an empty export: the slot showed nothing, and the build said nothing
            _problem(
                "svg.empty",
                f"the SVG draws nothing: it has no shape ({', '.join(sorted(_SHAPES))})",
                where.mark(root),
                "export the art again (as shapes, not a linked or embedded image), or point "
                "the slot at the right file",
            )
        )
    return out


def _problem(code: str, message: str, mark: Mark, *hints: str) -> Diagnostic:
    """One error of the art, at one place (`failure`'s, not raised: `_Problems` keeps it)."""
    return Diagnostic(code, message, mark, hints)


MAX_EACH = 10  # the places of one problem told each on its own; the others in the last
MAX_LINES_NAMED = 8  # of those, by line


class _Problems:
    """An SVG's problems in the order found, each at its own place, up to MAX_EACH of one kind
    (its code and message): the last of those names the lines of the others, so an export of
    500 words as <text> is ten errors, not 500."""

    def __init__(self) -> None:
        self.found: list[Diagnostic] = []
        self.kinds: dict[tuple[str, str], list[Diagnostic]] = {}  # by code and message

    def add(self, problem: Diagnostic) -> None:
        self.found.append(problem)
        self.kinds.setdefault((problem.code, problem.message), []).append(problem)

    def extend(self, problems: Iterable[Diagnostic]) -> None:
        for problem in problems:
            self.add(problem)

    def told(self) -> list[Diagnostic]:
        """The problems to tell, in the order found."""
        last: dict[int, Diagnostic] = {}  # the last told of a kind with more, by identity
        for each in self.kinds.values():
            more = each[MAX_EACH:]
            if more:
                lines = [str(d.mark.line) if d.mark else "?" for d in more]
                shown = ", ".join(lines[:MAX_LINES_NAMED])
                rest = len(lines) - MAX_LINES_NAMED
                shown += f" and {rest} more" if rest > 0 else ""
                kept = each[MAX_EACH - 1]
                at = "line" if len(more) == 1 else "lines"
                said = f"{kept.message} ({len(more)} more like it, at {at} {shown})"
                last[id(kept)] = replace(kept, message=said)
        told = {id(d) for each in self.kinds.values() for d in each[:MAX_EACH]}
        return [last.get(id(d), d) for d in self.found if id(d) in told]


def mark_of(path: Path, el: Any) -> Mark:
    """The line and column of the element `el` of the SVG at `path` (of a parse_svg tree)."""
    try:
        data = path.read_bytes()
    except OSError:
        return Mark(path, el.sourceline or 1, 1)
    return _Columns(path, data).mark(el)


REPEATING = frozenset({"reflect", "repeat"})  # the spreadMethods that repeat a gradient


def repeats_gradients(root: Any) -> bool:
    """Whether a gradient of the art is reflected or repeated (spreadMethod)."""
    return any(
        etree.QName(el).localname in _GRADIENTS
        and (el.get("spreadMethod") or "").strip() in REPEATING
        for el in root.iter(etree.Element)
    )


# The shapes svglib draws: `opacity` folded into their fill and stroke opacity (_fold_opacity)
_SHAPES = {"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}


def _style(el: Any) -> dict[str, str]:
    out = {}
    for part in (el.get("style") or "").split(";"):
        name, sep, value = part.partition(":")
        if sep:
            out[name.strip()] = value.strip()
    return out


def _number(value: str | None, default: float) -> float:
    if value is None:
        return default
    try:
        text = value.strip()
        return max(0.0, min(1.0, float(text[:-1]) / 100 if text.endswith("%") else float(text)))
    except ValueError:
        return default


def _apply_style_sheets(root: Any) -> None:
    """The rules of the SVG's `<style>` sheets written onto the elements they select, as
    attributes (as svglib applies them: a rule over a presentation attribute, an element's
    own `style` over both), and the sheets removed: Illustrator's export styles its art by
    classes (`.a{fill:#fff;opacity:.5}`), and svglib applies such rules only as it draws,
    after `_fold_opacity`, which never saw their `opacity`: half-transparent art printed
    solid (a designer's trial). svglib's own matcher (cssselect2) selects."""
    sheets = [el for el in root.iter(etree.Element) if etree.QName(el).localname == "style"]
    if not sheets:
        return
    from svglib.svglib import CSSMatcher, NodeTracker

    rules = CSSMatcher()
    for sheet in sheets:
        rules.add_styles(sheet.text or "")
    for node in NodeTracker.from_xml_root(root).iter_subtree():
        for match in rules.match(node):
            for name, value in match[3][1].items():
                try:
                    node.etree_element.attrib[name] = value
                except ValueError:  # a name lxml refuses (-webkit-...): svglib skips it too
                    pass
    for sheet in sheets:
        parent = sheet.getparent()
        if parent is not None:
            parent.remove(sheet)


# Effects svglib does not draw, by the attribute (or style property) that applies them, and
# the elements a fill or stroke may refer to that it does not draw either
_EFFECTS = {
    "mask": "a mask",
    "filter": "a filter effect (a shadow, a blur)",
    "mix-blend-mode": "a blend mode",
}
# the values of those properties that apply no effect: CSS's own `none` (`normal` for a blend
# mode) and its keywords that take the parent's value, which is checked at the parent
_NO_EFFECT = frozenset({"", "none", "normal", "inherit", "initial", "unset", "revert"})
_PAINT_SERVERS_NOT_DRAWN = {"pattern": "a pattern fill"}
_GRADIENTS = frozenset({"linearGradient", "radialGradient"})
_URL = re.compile(r"url\(\s*['\"]?#([^)'\"\s]+)")
# a paint or clip that is a reference and nothing else: `url(#id)`, its id quoted or not
_URL_WHOLE = re.compile(r"url\(\s*['\"]?#([^'\")\s]+)['\"]?\s*\)")


def _ids(root: Any) -> dict[str, Any]:
    """The art's elements by their `id`."""
    return {el.get("id"): el for el in root.iter(etree.Element) if el.get("id")}


# how to turn a stroke into a filled outline, whose gradient fill is drawn
STROKE_TO_PATH = (
    "turn the stroke into a filled shape in the drawing program (Inkscape: Path > Stroke to "
    "Path; Illustrator: Object > Path > Outline Stroke), whose gradient fill is drawn, or "
    "stroke it with one colour"
)


def _check_effects(el: Any, ids: dict[str, Any], where: _Columns) -> list[Diagnostic]:
    """An svg.unsupported error for each effect svglib leaves out (a mask, a filter), a fill
    or stroke that refers to a pattern, or a stroke that refers to a gradient (`ids`: the
    SVG's elements by their id): the art printed without them, and `check` said the layout
    was clean (designers' trials; svglib draws a gradient in a fill only: a gradient
    stroke, at any `stroke-opacity`, was left out)."""
    out: list[Diagnostic] = []
    if etree.QName(el).namespace not in (None, SVG_NS):
        return out
    style = _style(el)
    for name, what in _EFFECTS.items():
        value = style.get(name) or el.get(name) or ""
        # not only a reference (url(#f)): CSS's filter functions (blur(), drop-shadow()) and
        # a blend mode (multiply) were not drawn either, and `check` said nothing (a
        # designer's trial: a blurred, shadowed star printed sharp and without its shadow)
        if value.strip().lower() not in _NO_EFFECT:
            out.append(_not_drawn(el, where, what, f"{name}: {value}"))
    for name in ("fill", "stroke"):
        value = style.get(name) or el.get(name) or ""
        found = _URL.search(value)
        if not found:
            continue
        target = ids.get(found[1])  # the SVG's elements by id, found once
        kind = etree.QName(target).localname if target is not None else ""
        if kind in _PAINT_SERVERS_NOT_DRAWN:
            out.append(_not_drawn(el, where, _PAINT_SERVERS_NOT_DRAWN[kind], f"{name}: {value}"))
        if name == "stroke" and kind in _GRADIENTS:
            out.append(
                _not_drawn(el, where, "a gradient stroke", f"{name}: {value}", STROKE_TO_PATH)
            )
    return out


# how to flatten an effect the kit does not draw
FLATTEN = (
    "flatten the effect into plain shapes in the drawing program (Illustrator: Object > "
    "Expand Appearance, then Flatten Transparency; Inkscape: Path > Object to Path), or "
    "export the art as a PNG for an image slot"
)


def _not_drawn(
    el: Any, where: _Columns, what: str, written: str, hint: str = FLATTEN
) -> Diagnostic:
    return Diagnostic(
        "svg.unsupported",
        f"<{etree.QName(el).localname}> has {what} ({written}), which is not drawn: the art "
        "would print without it",
        where.mark(el),
        (hint,),
    )


# The opacities svglib reads with float(): a number from 0 to 1, never a percentage
_OPACITIES = ("fill-opacity", "stroke-opacity", "stop-opacity")


def _fraction(value: str) -> float | None:
    """An opacity as written (0.5, .5, 50%) as a number from 0 to 1 (values beyond are
    clamped, as SVG 2 says); None when it is not a number."""
    text = value.strip()
    try:
        number = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        return None
    return max(0.0, min(1.0, number)) if math.isfinite(number) else None


def _plain_opacities(el: Any) -> None:
    """`fill-opacity`, `stroke-opacity` and `stop-opacity` (attribute or style) as attributes
    holding a number from 0 to 1, and a gradient stop's colour's own alpha (`rgba()`,
    `#RRGGBBAA`, `transparent`) multiplied into its `stop-opacity`. svglib reads these with
    float() and drops a percentage (SVG 2 and CSS Color 4 allow `50%`): a shape at
    `fill-opacity: 50%` printed solid; and it sets each stop's alpha to its stop-opacity
    alone, so a stop of `rgba(255,0,0,.5)` printed opaque. A value that is not a number is
    left for svglib to ignore, as before."""
    if etree.QName(el).namespace not in (None, SVG_NS):
        return
    style = _style(el)
    moved = False
    for name in _OPACITIES:
        written = style.get(name)
        number = _fraction(written if written is not None else el.get(name) or "")
        if number is None:
            continue
        if written is not None:
            del style[name]
            moved = True
        el.set(name, f"{number:.4g}")
    if etree.QName(el).localname == "stop":
        from svglib.svglib import Svg2RlgAttributeConverter

        colour = style.get("stop-color") or el.get("stop-color") or "black"
        try:
            alpha = Svg2RlgAttributeConverter().convertColor(colour.strip()).alpha
        except (AttributeError, ValueError):  # none, currentColor, not a colour
            alpha = 1.0
        if alpha < 1.0:
            own = _fraction(el.get("stop-opacity") or "1")
            el.set("stop-opacity", f"{(1.0 if own is None else own) * alpha:.4g}")
    if moved:
        if style:
            el.set("style", ";".join(f"{k}:{v}" for k, v in style.items()))
        else:
            del el.attrib["style"]


def _fold_opacity(el: Any, opacity: float, fill: float, stroke: float) -> None:
    """`opacity` (attribute or style, on a shape or a group) multiplied into each shape's
    `fill-opacity` and `stroke-opacity`, which svglib draws; svglib ignores `opacity` itself,
    so art exported with it (Inkscape, Illustrator) printed fully opaque without a word. A
    group's opacity is applied to each of its shapes: where they overlap, each shows through
    the other, where a renderer would fade the group as one. `opacity`, `fill` and `stroke`:
    the opacity so far and the fill and stroke opacity inherited."""
    if etree.QName(el).namespace not in (None, SVG_NS):
        return
    style = _style(el)
    written = style.pop("opacity", None)
    own = _number(written or el.attrib.pop("opacity", None), 1.0)
    opacity *= own
    fill = _number(style.get("fill-opacity") or el.get("fill-opacity"), fill)
    stroke = _number(style.get("stroke-opacity") or el.get("stroke-opacity"), stroke)
    shape = opacity < 1.0 and etree.QName(el).localname in _SHAPES
    if shape:  # the product, as attributes (a style's would win over them)
        style.pop("fill-opacity", None)
        style.pop("stroke-opacity", None)
        el.set("fill-opacity", f"{fill * opacity:.4g}")
        el.set("stroke-opacity", f"{stroke * opacity:.4g}")
    if written is not None or shape:
        if style:
            el.set("style", ";".join(f"{k}:{v}" for k, v in style.items()))
        elif "style" in el.attrib:
            del el.attrib["style"]
    for child in el:
        if isinstance(child.tag, str):
            _fold_opacity(child, opacity, fill, stroke)


# The properties whose colour svglib paints (render.items.svg recolours them for print)
_PAINTS = ("fill", "stroke", "stop-color")


def art_colours(root: Any, path: Path) -> list[tuple[str, str, Mark, int]]:
    """The distinct sRGB colours the art (parse_svg's tree, its style sheets applied) writes
    in a fill, stroke or gradient stop, as svglib reads them (#0f0, #00FF00, rgb(), names),
    in document order: each as (its hex, "<tag> property" where it is first written, that
    element's place, how many elements write it). Not `none`, `url()`,
    `currentColor`, nor a neutral grey (r = g = b: printed in black ink alone, grey to K).
    What colour.mismatch judges against the press (colours.mismatch.art_mismatches)."""
    from svglib.svglib import Svg2RlgAttributeConverter

    read = Svg2RlgAttributeConverter().convertColor
    hexes: dict[str, str | None] = {}  # each value as written: its hex, None for no colour
    first: dict[str, tuple[str, Any]] = {}
    uses: dict[str, int] = {}
    for el in root.iter(etree.Element):
        if etree.QName(el).namespace not in (None, SVG_NS):
            continue
        style = _style(el)
        written = set()
        for name in _PAINTS:
            value = (style.get(name) or el.get(name) or "").strip()
            if not value:
                continue
            if value not in hexes:
                hexes[value] = _hex(value, read)
            key = hexes[value]
            if key is not None:
                first.setdefault(key, (f"<{etree.QName(el).localname}> {name}", el))
                written.add(key)
        for key in written:
            uses[key] = uses.get(key, 0) + 1
    if not first:
        return []
    where = _Columns(path, path.read_bytes())
    return [(key, what, where.mark(el), uses[key]) for key, (what, el) in first.items()]


def _hex(value: str, read: Any) -> str | None:
    """A paint as svglib reads it (`read`: its convertColor) as an sRGB hex; None for none,
    url(), currentColor, a neutral grey and what is no colour."""
    if value.startswith("url(") or value in ("none", "currentColor"):
        return None
    try:
        colour = read(value)
    except (AttributeError, ValueError):
        return None
    if colour is None or not hasattr(colour, "red"):
        return None
    r, g, b = (round(float(v) * 255) for v in (colour.red, colour.green, colour.blue))
    return None if r == g == b else f"#{r:02X}{g:02X}{b:02X}"


# The first bytes of the raster formats (and PDF) a designer may put where SVG art goes
RASTER_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF8", "GIF"),
    (b"%PDF-", "PDF"),
    # vector art of other tools: EPS (and an Illustrator file of before CS, which is one),
    # and EPS with a DOS binary header (a preview image before its PostScript)
    (b"%!PS-Adobe", "EPS"),
    (b"\xc5\xd0\xd3\xc6", "EPS"),
)

# what vector art other than SVG (a logo sent as PDF, EPS or AI: RASTER_MAGIC's "PDF" and
# "EPS"; a newer .ai file is a PDF) is to become for a slot: the kit draws SVG art itself and
# reads JPEG, PNG, TIFF, GIF and WebP images, not PDF or PostScript
VECTOR_FILES = ("PDF", "EPS")
VECTOR_HINT = (
    "export the art as SVG with its text as outlines (Inkscape opens a PDF or EPS file and "
    "saves it as Plain SVG; Illustrator: File > Export > Export As > SVG{tool}) for a slot of "
    "kind: svg, or as a PNG at 300 ppi of its printed size for a slot of kind: image"
)


def vector_hint(path: Path, kind: str) -> str:
    """VECTOR_HINT for the file at `path`, of `kind` ("PDF" or "EPS"): for a PDF, Poppler's
    command too (`pdftocairo -svg`, which reads PDF only)."""
    tool = f"; or `pdftocairo -svg {path.name} {path.stem}.svg`" if kind == "PDF" else ""
    return VECTOR_HINT.format(tool=tool)


def a_kind(kind: str) -> str:
    """ "a PDF", "an EPS": the article a format's name takes as it is read (letter names)."""
    return f"an {kind}" if kind[:1] in "AEFHILMNORSX" else f"a {kind}"


def raster_kind(data: bytes) -> str | None:
    """The raster format (or PDF, EPS) `data` starts as, by its signature, or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    return next((name for magic, name in RASTER_MAGIC if data.startswith(magic)), None)


def looks_like_svg(data: bytes) -> bool:
    """Whether `data` (a file's first bytes) starts as XML or an <svg> element."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg"))


def _svg_bytes(path: Path) -> bytes:
    """The file's bytes, at most MAX_SVG_BYTES, not gzip-compressed (lxml would inflate it
    without a limit)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_SVG_BYTES + 1)
    except OSError as exc:
        raise failure(
            "svg.read",
            f"failed to read SVG ({exc.strerror or exc})",
            Mark(path, 1, 1),
            "check that the file is there and that your user may read it (its permissions)",
        ) from exc
    if len(data) > MAX_SVG_BYTES:
        raise failure(
            "svg.too-big",
            f"the SVG is larger than {MAX_SVG_BYTES // 1_000_000} MB",
            Mark.file(path),
            "simplify the art (fewer points and shapes) or use a PNG in an image slot",
        )
    raster = raster_kind(data)
    if raster in VECTOR_FILES:  # a logo sent as PDF or EPS: neither kind of slot reads it
        raise failure(
            "svg.read",
            f"{path.name} is {a_kind(raster)} file, not SVG art",
            Mark(path, 1, 1),
            vector_hint(path, raster),
        )
    if raster is not None:  # "Start tag expected, '<' not found": the slot's kind is wrong
        raise failure(
            "svg.read",
            f"{path.name} is a {raster} image, not SVG art",
            Mark(path, 1, 1),
            "place it in a slot of kind: image (pixels: photos, logos as PNG), or export the "
            "art as SVG for this slot",
        )
    if data[:2] == b"\x1f\x8b":
        raise failure(
            "svg.too-big",
            "the SVG is compressed (gzip, .svgz), which is not supported",
            Mark.file(path),
            "save it as plain SVG (Inkscape: Plain SVG; gunzip < art.svgz > art.svg)",
        )
    return data


def _parse(path: Path, data: bytes) -> Any:
    """Parse in chunks, counting elements, so an SVG of millions of tiny elements stops at
    MAX_SVG_ELEMENTS instead of filling the memory."""
    parser = etree.XMLPullParser(
        events=("start",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        load_dtd=False,
    )
    count = 0
    # libxml2's errors go to one log per thread, which keeps every earlier parse's (the feed
    # parser's own log stays empty): without clearing it, an SVG's error was named at the
    # first error of an XLIFF parsed before it in the same process
    etree.clear_error_log()
    try:
        for at in range(0, len(data), _CHUNK):
            parser.feed(data[at : at + _CHUNK])
            count += sum(1 for _ in parser.read_events())
            if count > MAX_SVG_ELEMENTS:
                raise failure(
                    "svg.too-big",
                    f"the SVG has more than {MAX_SVG_ELEMENTS:,} elements",
                    Mark.file(path),
                    "simplify the art (merge shapes, fewer points: Inkscape Path > "
                    "Simplify) or use a PNG in an image slot",
                )
        return parser.close()
    except etree.XMLSyntaxError as exc:
        log = parser.error_log if len(parser.error_log) else exc.error_log
        first = log[0] if len(log) else None  # libxml2's own line and column
        line, col = (first.line, first.column) if first else (exc.lineno or 1, 1)
        not_utf8 = _not_utf8(path, data, first.message if first else exc.msg)
        if not_utf8 is not None:
            raise DiagnosticsError(not_utf8) from exc
        raise failure(
            "svg.read",
            f"failed to read SVG ({first.message if first else exc.msg})",
            Mark(path, max(line, 1), max(col, 1)),
            "open the file in an editor and check the markup",
        ) from exc


# libxml2's words for bytes that are not in the file's encoding
NOT_IN_ENCODING = re.compile(r"Invalid bytes in character encoding|Input is not proper UTF-8")
# how to save SVG art in UTF-8
SAVE_UTF8 = "save it as UTF-8 (Inkscape does; in a text editor, choose the encoding UTF-8)"


def _not_utf8(path: Path, data: bytes, message: str) -> Diagnostic | None:
    """The error of art that is not UTF-8 text (a title or a description typed in a legacy
    code page), in the form of every text file the kit reads (`textfile.not_text`: the
    byte, at its line and column, and what it is in Windows-1252); None when libxml2 found
    another fault, or the bytes are UTF-8 (its XML declaration names another encoding, and
    libxml2's own message says what is wrong). It was "failed to read SVG (Invalid bytes in
    character encoding)", with a hint to check the markup."""
    if not NOT_IN_ENCODING.search(message):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return not_text("svg.read", path, data, exc.start, SAVE_UTF8)
    return None


def _check_element(el: Any, where: _Columns) -> Diagnostic | None:
    """The first of these the element breaks: no reference out of the file, no embedded
    data, no raster image, no text (None: it breaks none)."""
    name = etree.QName(el).localname
    for attr, value in el.attrib.items():
        if not attr.endswith("href") or value.startswith("#"):
            continue
        if value.strip().lower().startswith("data:"):
            return _problem(
                "svg.unsupported",
                f"<{name}> embeds a data: URI ({value[:22]}...): embedded raster images in "
                "SVG are not supported",
                where.mark(el),
                "put the image in an image slot (kind: image), or draw it as vectors",
            )
        return _problem(
            "svg.read",
            f"SVG refers to an outside file or address ({value!r})",
            where.mark(el),
            "draw it in the SVG, or put an image in an image slot (kind: image)",
        )
    if etree.QName(el).namespace not in (None, SVG_NS):
        return None  # an editor's own metadata (Inkscape, Illustrator): svglib skips it
    if name in _RASTER:
        return _problem(
            "svg.unsupported",
            f"<{name}>: raster images in SVG are not supported",
            where.mark(el),
            "put the image in an image slot (kind: image), or draw it as vectors",
        )
    if name == "foreignObject":  # HTML or other markup: svglib leaves it out, unsaid
        return _problem(
            "svg.unsupported",
            "<foreignObject> (HTML or other markup inside the SVG) is not drawn: the art "
            "would print without it",
            where.mark(el),
            "draw its content as SVG shapes (text converted to outlines), or put text in a "
            "text slot and images in an image slot",
        )
    if name in _TEXT:
        return _problem(
            "svg.unsupported",
            f"SVG text (<{name}>) is not supported: it would be set in a font the kit does "
            "not embed, without shaping",
            where.mark(el),
            "convert the text to outlines (Inkscape: Path > Object to Path; Illustrator: "
            "Type > Create Outlines), or put it in a text slot",
        )
    return None


def drawn_elements(root: Any) -> int | None:
    """How many elements svglib draws: each element once, and each <use> as a copy of what it
    refers to (nested <use> multiply: ten copies of ten copies...), or None when a <use>
    refers to an element that contains it. Depth-first without recursion: a chain of <use>
    may be longer than Python's stack."""
    ids = _ids(root)

    def parts(el: Any) -> list[Any]:
        out = list(el.iterchildren(etree.Element))
        if etree.QName(el).localname == "use":
            ref = el.get(XLINK_HREF) or el.get("href") or ""
            target = ids.get(ref[1:]) if ref.startswith("#") else None
            if target is not None:
                out.append(target)
        return out

    counted: dict[Any, int] = {}
    open_: set[Any] = set()  # started, not finished: the path from the root
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, finish = stack.pop()
        if finish:
            counted[el] = min(1 + sum(counted[p] for p in parts(el)), MAX_SVG_ELEMENTS + 1)
            open_.discard(el)
            continue
        if el in counted:
            continue
        open_.add(el)
        stack.append((el, True))
        for part in parts(el):
            if part in open_:
                return None
            if part not in counted:
                stack.append((part, False))
    return counted[root]


def svg_size_problem(root: Any) -> str | None:
    """Why the outer <svg> has no finite size above 0 (as svglib reads it: the viewBox, else
    width and height), or None."""
    box = root.get("viewBox")
    if box is not None:
        try:
            values = [float(v) for v in box.replace(",", " ").split()]
        except ValueError:
            values = []
        if len(values) != 4 or not all(math.isfinite(v) for v in values):
            return f"viewBox {box!r} is not four numbers"
        if values[2] <= 0 or values[3] <= 0:
            return f"viewBox {box!r}: its width and height must be above 0"
    for attr in ("width", "height"):
        value = root.get(attr)
        if value is None:
            if box is None:
                return f"no {attr} and no viewBox"
            continue
        problem = _length_problem(value, box is not None)
        if problem:
            return f"{attr} {problem}"
    return None


# CSS's absolute units in px (CSS Values and Units 3, 6.2); em and ex are taken at 16 px
_PX = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


def svg_aspect(root: Any) -> float | None:
    """The outer <svg>'s width over its height as svglib sizes the drawing, where that is
    plain: its width and height when both are absolute lengths, its viewBox's when it gives
    neither; None otherwise (one of them alone, or a percentage or em: svglib takes each
    from its own source, and a check then judges the art by its whole frame)."""
    given = [(root.get(attr) or "").strip() for attr in ("width", "height")]
    if all(given):
        sizes = []
        for text in given:
            unit = next((u for u in _UNITS if text.endswith(u)), "")
            try:
                sizes.append(float(text[: len(text) - len(unit)]) * _PX[unit])
            except (KeyError, ValueError):  # a percentage, em or ex
                return None
        w, h = sizes
        return w / h if w > 0 and h > 0 else None
    if any(given):
        return None
    try:
        values = [float(v) for v in (root.get("viewBox") or "").replace(",", " ").split()]
    except ValueError:
        return None
    if len(values) == 4 and values[2] > 0 and values[3] > 0:
        return values[2] / values[3]
    return None


# Elements whose shapes are not drawn where they stand (definitions, clips, masks, symbols)
_UNDRAWN = {"defs", "clipPath", "mask", "symbol", "pattern", "marker", "linearGradient",
            "radialGradient"}  # fmt: skip


def svg_ground(root: Any) -> tuple[float, float, float] | None:
    """The sRGB colour (0-1) of the art's ground, when its first drawn shape is an opaque
    rectangle of one colour (_axis_box: a rect, or a path or polygon of four corners) over
    its whole viewBox once moved and scaled by its transforms (_scale_move: no rotation),
    neither rounded, clipped nor hidden, in art whose viewBox has the proportions of its
    size (svglib fits a viewBox of others into the size, leaving bands: svg_aspect); else
    None. Such art paints its
    whole box: what a page's content sits on, as a filled shape (layout.checks,
    layout.coverage). Colours are read as svglib reads them (#fff, rgb(), names; an alpha
    below 1, `transparent`: no ground)."""
    fill = _ground_fill(root)
    if fill is None:
        return None
    colour = _opaque_colour(fill or "black")
    if colour is None:  # none, currentColor, url(), see-through, unreadable
        return None
    return (float(colour.red), float(colour.green), float(colour.blue))


def _opaque_colour(value: str) -> Any:
    """The colour svglib reads `value` as (#fff, rgb(), names) when it is opaque; None for
    none, `currentColor`, a `url()`, an alpha below 1 or `transparent`, and for what svglib
    cannot read (`rgb(1,2)`: a ValueError, which stopped the whole check at the kit's load)."""
    from svglib.svglib import Svg2RlgAttributeConverter

    try:
        colour = Svg2RlgAttributeConverter().convertColor(value.strip())
    except (AttributeError, ValueError):
        return None
    if not hasattr(colour, "alpha") or colour.alpha < 0.999:
        return None
    return colour


def svg_covers(root: Any) -> bool:
    """Whether the art paints its whole box opaque: its first drawn shape is the rectangle
    svg_ground looks for, filled with one opaque colour (svg_ground) or with a gradient
    (`url(#id)`, a linear or radial gradient, its stops those of the gradients its `href`
    names where it has none) every stop of which is opaque (no `stop-opacity` below 1, no
    colour with an alpha, `transparent`):
    a designer's full-page background in a gradient, which `layout.uncovered` took for art
    over bare paper. Content sits on it as on a ground; having no one colour, text on it is
    judged on its pixels (colours.art)."""
    if svg_ground(root) is not None:
        return True
    fill = (_ground_fill(root) or "").strip()
    found = _URL_WHOLE.fullmatch(fill)
    if found is None:
        return False
    stops = _gradient_stops(root, found[1])
    return bool(stops) and all(
        _number(_paint(stop, "stop-opacity"), 1.0) >= 0.999
        and _opaque_colour(_paint(stop, "stop-color") or "black") is not None
        for stop in stops
    )


def _gradient_stops(root: Any, ident: str) -> list[Any]:
    """The `<stop>` elements of the linear or radial gradient `ident`: its own, else those of
    the gradient its `href` (or `xlink:href`) names, followed to where there are some (a
    loop, a missing or other element: none)."""
    by_id = _ids(root)
    seen: set[str] = set()
    while ident not in seen:
        seen.add(ident)
        el = by_id.get(ident)
        if el is None or etree.QName(el).localname not in ("linearGradient", "radialGradient"):
            return []
        stops = [c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == "stop"]
        if stops:
            return stops
        href = el.get("href") or el.get(XLINK_HREF) or ""
        if not href.startswith("#"):
            return []
        ident = href[1:]
    return []


def _paint(el: Any, name: str) -> str | None:
    """A presentation property of `el`: its `style`'s, else its attribute's."""
    value = _style(el).get(name) or el.get(name)
    return value.strip() if value else None


def _ground_fill(root: Any) -> str | None:
    """The fill (as written: "" where none is) of the art's first drawn shape when that is
    an opaque rectangle over its whole viewBox as svg_ground describes; else None."""
    try:
        vx, vy, vw, vh = (float(v) for v in (root.get("viewBox") or "").replace(",", " ").split())
    except ValueError:
        return None
    aspect = svg_aspect(root)
    if aspect is None and all(
        (root.get(a) or "100%").strip() == "100%" for a in ("width", "height")
    ):
        aspect = vw / vh if vh else None  # svglib sizes it by its viewBox then: no bands
    if vw <= 0 or vh <= 0 or aspect is None or abs(aspect / (vw / vh) - 1) > 0.005:
        return None
    first = next(_drawn_shapes(root), None)
    if first is None:
        return None
    chain = [first, *(a for a in first.iterancestors() if a is not root)]
    box = _axis_box(first, vw, vh)
    # the root's fill and opacity are inherited too (its transform is not drawn by svglib)
    viewbox = (vx, vy, vx + vw, vy + vh)
    if box is None or any(_hides(el, root, viewbox) for el in (*chain, root)):
        return None
    for el in chain:  # the element's own transform first, then each group's outwards
        move = _scale_move(el.get("transform"))
        if move is None:
            return None
        sx, sy, tx, ty = move
        box = (sx * box[0] + tx, sy * box[1] + ty, sx * box[2] + tx, sy * box[3] + ty)
    x0, y0, x1, y1 = box
    eps = 0.005 * max(vw, vh)
    if x0 > vx + eps or y0 > vy + eps or x1 < vx + vw - eps or y1 < vy + vh - eps:
        return None
    return next((f for el in (*chain, root) if (f := _style(el).get("fill") or el.get("fill"))), "")


def _axis_box(el: Any, vw: float, vh: float) -> tuple[float, float, float, float] | None:
    """The box (left, top, right, bottom, user units) a shape fills whole when it is a
    rectangle with square corners: a `rect` without rx/ry, or a `path` or `polygon` whose
    points are a rectangle's four corners, in order (as design tools export a
    background: Illustrator a rect, others a path "M0,0H297V420H0Z"); else None."""
    name = etree.QName(el).localname
    try:
        if name == "rect":
            if el.get("rx") or el.get("ry"):
                return None
            x, y = (float(el.get(a) or 0) for a in ("x", "y"))
            w, h = (_extent(el.get(a), whole) for a, whole in (("width", vw), ("height", vh)))
            return (x, y, x + w, y + h) if w > 0 and h > 0 else None
        points: list[tuple[float, float]] | None
        if name == "polygon":
            points = _points(el.get("points") or "")
        elif name == "path":
            points = _path_points(el.get("d") or "")
        else:
            return None
    except (ValueError, IndexError):  # a number that is none, a command short of numbers
        return None
    if points and points[-1] == points[0]:
        points = points[:-1]
    if points is None or len(points) != 4:
        return None
    xs, ys = sorted({round(p[0], 6) for p in points}), sorted({round(p[1], 6) for p in points})
    corners = {(x, y) for x in xs for y in ys}
    if len(xs) != 2 or len(ys) != 2 or {(round(a, 6), round(b, 6)) for a, b in points} != corners:
        return None
    # round the rectangle, not across it (a bow tie of the same corners): each side level
    for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1], strict=True):
        if abs(ax - bx) > 1e-6 and abs(ay - by) > 1e-6:
            return None
    return (xs[0], ys[0], xs[1], ys[1])


_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def _points(text: str) -> list[tuple[float, float]]:
    values = [float(v) for v in re.findall(_NUMBER, text)]
    if len(values) % 2:
        raise ValueError("an odd number of coordinates")
    return list(zip(values[::2], values[1::2], strict=True))


def _path_points(d: str) -> list[tuple[float, float]] | None:
    """The points of a path of straight lines alone (M, L, H, V, Z, absolute or relative;
    numbers repeating a command's), one subpath; None for anything else (a curve or an arc,
    whose numbers were read as a line's: a control point on a corner made a rounded corner
    a rectangle's, a review; a second subpath)."""
    tokens = re.findall(rf"[A-Za-z]|{_NUMBER}", d)
    if any(t.isalpha() and t not in "MmLlHhVvZz" for t in tokens):
        return None  # a curve or an arc (C, S, Q, T, A): not a rectangle's sides
    points: list[tuple[float, float]] = []
    x = y = 0.0
    command, i, closed = "", 0, False
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                closed = True
                continue
        if closed or not command:
            return None  # a second subpath, or numbers before any command
        rel = command.islower()
        if command in "MmLl":
            dx, dy = float(tokens[i]), float(tokens[i + 1])
            i += 2
            x, y = (x + dx, y + dy) if rel else (dx, dy)
            if command in "Mm" and points:
                return None
            command = "l" if command == "m" else "L" if command == "M" else command
        elif command in "Hh":
            x = x + float(tokens[i]) if rel else float(tokens[i])
            i += 1
        else:  # V, v
            y = y + float(tokens[i]) if rel else float(tokens[i])
            i += 1
        points.append((x, y))
    return points


def _scale_move(transform: str | None) -> tuple[float, float, float, float] | None:
    """A transform that keeps a rectangle's sides level, as (sx, sy, tx, ty), sx and sy
    above 0: none, translate, scale, or a matrix without rotation or skew (a layer Inkscape
    moved: translate(-12.5,-30.25)); several in a row are composed. None for anything else
    (rotate, skew, a mirror)."""
    sx = sy = 1.0
    tx = ty = 0.0
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", transform or ""):
        v = [float(a) for a in re.findall(_NUMBER, args)]
        if name == "translate" and len(v) in (1, 2):
            a, d, e, f = 1.0, 1.0, v[0], v[1] if len(v) == 2 else 0.0
        elif name == "scale" and len(v) in (1, 2):
            a, d, e, f = v[0], v[1] if len(v) == 2 else v[0], 0.0, 0.0
        elif name == "matrix" and len(v) == 6 and v[1] == 0 and v[2] == 0:
            a, d, e, f = v[0], v[3], v[4], v[5]
        else:
            return None
        if a <= 0 or d <= 0:
            return None
        # the later transform applies first: (this one) after (those before it in the list)
        sx, sy, tx, ty = sx * a, sy * d, sx * e + tx, sy * f + ty
    return sx, sy, tx, ty


def svg_plain(root: Any) -> bool:
    """Whether the art draws one shape alone (its ground, when svg_ground finds one): text
    on it is then on that colour wherever it lies, and its contrast can be judged."""
    drawn = _drawn_shapes(root)
    return next(drawn, None) is not None and next(drawn, None) is None


def _drawn_shapes(root: Any) -> Iterator[Any]:
    """The art's shapes drawn where they stand, in document order: not those of
    definitions, clips, masks, symbols or paint servers (_UNDRAWN)."""
    return (
        el
        for el in root.iter(etree.Element)
        if etree.QName(el).localname in _SHAPES
        and not any(etree.QName(a).localname in _UNDRAWN for a in el.iterancestors())
    )


def _hides(
    el: Any, root: Any = None, viewbox: tuple[float, float, float, float] | None = None
) -> bool:
    """Whether a shape or group leaves part of what it draws undrawn or see-through: a clip
    path or mask, display none,
    visibility hidden, fill opacity below 1 (svglib draws `fill-opacity`; `opacity` is
    folded into it: _fold_opacity). With the art's `root` and `viewbox` (left, top, right,
    bottom, user units), a clip path that is the viewBox's rectangle (`_clips_to`) hides
    nothing of what lies in it: Illustrator's "clip to artboard" export clips the
    background rectangle so, and a designer's ground was taken for art over bare paper."""
    style = _style(el)

    def prop(name: str) -> str | None:
        value = style.get(name) or el.get(name)
        return value.strip() if value else None

    clip = prop("clip-path")
    # a clip in user space lies in the user space of the element it is on: one untransformed
    # up to the root is the viewBox's (a moved group's clip was taken as the artboard's)
    plain = not any(a.get("transform") for a in (el, *el.iterancestors()))
    clipped = clip not in (None, "none") and not (
        root is not None and viewbox is not None and plain and _clips_to(root, clip or "", viewbox)
    )
    return bool(
        clipped
        or prop("mask") not in (None, "none")
        or prop("display") == "none"
        or prop("visibility") in ("hidden", "collapse")
        or _number(prop("fill-opacity"), 1.0) < 0.999
    )


def _clips_to(root: Any, value: str, viewbox: tuple[float, float, float, float]) -> bool:
    """Whether the clip path `value` (`url(#id)`) is one rectangle over the whole viewBox
    (left, top, right, bottom): a `clipPath` in user space, untransformed, of one `rect`
    without corners or transform, or of one `use` of such a rect (Illustrator's export)."""
    found = _URL_WHOLE.fullmatch(value)
    if found is None:
        return False
    by_id = _ids(root)
    clip = by_id.get(found[1])
    if clip is None or etree.QName(clip).localname != "clipPath":
        return False
    if clip.get("transform") or clip.get("clipPathUnits") not in (None, "userSpaceOnUse"):
        return False
    kids = [k for k in clip if isinstance(k.tag, str)]
    if len(kids) != 1:
        return False
    shape = kids[0]
    if etree.QName(shape).localname == "use":
        if any(shape.get(a) not in (None, "0") for a in ("x", "y", "transform")):
            return False
        href = shape.get("href") or shape.get(XLINK_HREF) or ""
        shape = by_id.get(href[1:]) if href.startswith("#") else None
    if shape is None or etree.QName(shape).localname != "rect" or shape.get("transform"):
        return False
    if shape.get("rx") or shape.get("ry"):
        return False
    left, top, right, bottom = viewbox
    try:
        x, y = (float(shape.get(a) or 0) for a in ("x", "y"))
        w = _extent(shape.get("width"), right - left)
        h = _extent(shape.get("height"), bottom - top)
    except ValueError:
        return False
    eps = 0.005 * max(right - left, bottom - top)
    return x <= left + eps and y <= top + eps and x + w >= right - eps and y + h >= bottom - eps


def _extent(value: str | None, whole: float) -> float:
    """A rect's width or height in user units: a number, or a percentage of the viewBox's."""
    text = (value or "").strip()
    return float(text[:-1]) / 100 * whole if text.endswith("%") else float(text)


def _length_problem(value: str, has_box: bool) -> str | None:
    text = value.strip()
    unit = next((u for u in _UNITS if text.endswith(u)), "")
    try:
        number = float(text[: len(text) - len(unit)])
    except ValueError:
        return f"{value!r} is not a length"
    if not math.isfinite(number) or number <= 0:
        return f"{value.strip()}" if math.isfinite(number) else f"{value.strip()} (not finite)"
    if number > MAX_SVG_LENGTH:
        return f"{value.strip()} is too large"
    if unit == "%" and not has_box:
        return f"{value.strip()} (a percentage needs a viewBox)"
    return None


MAX_TAG_LINES = 200  # lines a start tag's attributes may run over, looked back through


class _Columns:
    """The line and column of an element's start tag (lxml knows the line only): the n-th
    `<tag` on its line for the n-th element of that tag on it. lxml gives the line where a
    start tag ends: a tag whose attributes run over lines (`<image x="0"` then its `href` two
    lines down) is found on the nearest line above that has its `<tag` (it was named at
    the line of its last attribute, column 1: a designer's trial)."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.lines = data.decode("utf-8", "replace").splitlines()
        self._nth: dict[Any, int] | None = None  # each element's n among its line's tags

    def mark(self, el: Any) -> Mark:
        line = el.sourceline or 1
        tag = _written(el)
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        if self._nth is None:  # once for the tree: art of thousands of elements and colours
            self._nth = {}
            seen: dict[tuple[int, str], int] = {}
            for other in el.getroottree().getroot().iter(etree.Element):
                key = (other.sourceline, _written(other))
                self._nth[other] = seen.get(key, 0)
                seen[key] = self._nth[other] + 1
        nth = self._nth.get(el, 0)
        opens = re.compile(rf"<{re.escape(tag)}(?=[\s/>]|$)")
        starts = [m.start() for m in opens.finditer(text)]
        if nth < len(starts):
            return Mark(self.path, line, starts[nth] + 1)
        for above in range(line - 1, max(0, line - MAX_TAG_LINES), -1):  # a tag over lines
            found = list(opens.finditer(self.lines[above - 1]))
            if found:
                return Mark(self.path, above, found[-1].start() + 1)
        return Mark(self.path, line, 1)


def _written(el: Any) -> str:
    """The element's tag as written: prefix:name or name."""
    name = str(etree.QName(el).localname)
    return f"{el.prefix}:{name}" if el.prefix else name
