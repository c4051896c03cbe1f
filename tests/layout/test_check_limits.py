"""The layout checks on hand-made pages of the mini kit (20 x 20 mm, safe margin 2 mm, type
floor 3 pt): the type floor and the covered share at their exact limits, and the safe area for
every kind of item at every edge, in both directions, with the whole message."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from campaign.kinds import TOL
from campaign.layout.checks import (
    OVERLAP_TOL_MM,
    QR_MIN_MODULE_MM,
    SmallText,
    Uncovered,
    coverage_problems,
    overlap_problems,
    qr_problems,
    safe_area_problems,
    text_extents,
    type_size_problems,
)
from campaign.layout.coverage import coverage
from campaign.layout.document import (
    MM,
    ArcTextItem,
    Box,
    Document,
    HeartsItem,
    ImageItem,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
)
from campaign.layout.items.qr import qr_matrix
from campaign.model import Layout
from campaign.pipeline.api import check

from ..kits import mini_copy


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Layout, Document]]:
    """The mini kit's `text` and `badge` layouts with their English documents."""
    kit = mini_copy(tmp_path_factory.mktemp("mini"))
    model, laid, _ = check(kit, ("en",), ("text", "badge"))
    return {c.layout.id: (model.layouts[c.layout.id], c.page) for c in laid}


def parts(doc: Document) -> tuple[ShapeItem, TextItem]:
    ground, word = doc.pages[0].items
    assert isinstance(ground, ShapeItem)
    assert isinstance(word, TextItem)
    return ground, word


def with_items(doc: Document, *items: object, rtl: bool = False) -> Document:
    page = replace(doc.pages[0], items=items)
    return replace(doc, pages=(page,), rtl=rtl)


def rim(
    word: TextItem, slot: str, cx: float, cy: float, reach: float, side: str = "bottom"
) -> ArcTextItem:
    """A rim text on `word`'s first line whose glyphs reach `reach` pt from (cx, cy): the
    baseline radius plus the descent (bottom side) or the ascent (top side)."""
    line = word.text.lines[0]
    radius = reach - (line.descent if side == "bottom" else line.ascent)
    return ArcTextItem(slot, cx, cy, radius, line, word.text.size, "black", side, ("word",))


# ---- the type floor -----------------------------------------------------------------------


def test_text_at_the_floor_passes_and_below_it_fails(
    mini: dict[str, tuple[Layout, Document]],
) -> None:
    layout, doc = mini["text"]
    ground, word = parts(doc)

    def text_at(slot: str, size: float) -> TextItem:
        return replace(word, slot=slot, text=replace(word.text, size=size))

    def rim_at(slot: str, size: float) -> ArcTextItem:
        return replace(rim(word, slot, 0, 0, 10), size=size)

    page = with_items(
        doc,
        ground,  # not text: skipped, and the texts after it are still checked
        text_at("at", 3.0),
        rim_at("rim-at", 3.0),
        text_at("below", 2.99),
        rim_at("rim-below", 2.5),
    )
    assert type_size_problems(page, layout) == [
        SmallText("below", 2.99, 3.0),
        SmallText("rim-below", 2.5, 3.0),
    ]


# ---- the covered share --------------------------------------------------------------------


@pytest.mark.parametrize("rtl", [False, True])
def test_a_page_covered_to_exactly_99_5_percent_passes(
    mini: dict[str, tuple[Layout, Document]], rtl: bool
) -> None:
    """On a 200 x 200 pt page a 199 pt wide ground covers exactly 0.995 (COVERED); 198 pt
    (0.99) fails, page by page, with the page's name, the trim and the direction."""
    layout, doc = mini["text"]
    trim = (200.0, 200.0)

    def ground(width: float) -> ShapeItem:
        return ShapeItem("ground", Box(0, 0, width, 200), "rect", "blue", None, 0, 0)

    front = replace(doc.pages[0], name="front", items=(ground(199),))
    back = replace(doc.pages[0], name="back", items=(ground(198),))
    assert coverage(front.items, trim).share == 0.995
    two = replace(doc, trim=trim, pages=(front, back), rtl=rtl)
    cov = coverage(back.items, trim)
    assert coverage_problems(two, layout) == [Uncovered("back", cov, "rect", trim, rtl, 2)]
    start = 0 if rtl else 70  # the gap is the right edge's 2 pt (0.7 mm): no band of 1 mm
    assert coverage_problems(two, layout)[0].describe() == (
        "the art covers 99.0 % of the page 'back'; 1.0 % is bare paper: the gaps lie within "
        f"1 x 71 mm, 0 mm from the top and {start} mm from the start edge"
    )


# ---- the safe area ------------------------------------------------------------------------


@pytest.mark.parametrize("rtl", [False, True])
def test_every_item_is_named_at_the_edge_it_crosses(
    mini: dict[str, tuple[Layout, Document]], rtl: bool
) -> None:
    """Text lines by their ink, boxes by their frame, rim text by its ring (radius and
    descent or ascent), each at its worst edge; shapes and bleeding slots (`ground`) are
    meant to reach the trim."""
    layout, doc = mini["text"]
    ground, word = parts(doc)
    ((left, _, _, _),) = text_extents(word)
    text = replace(word, box=replace(word.box, x=word.box.x - left + 1 * MM))  # ink at 1 mm
    start, end = ("end", "start") if rtl else ("start", "end")
    photo_box = Box(5 * MM, 0.5 * MM, 4 * MM, 4 * MM)
    photo = ImageItem("photo", photo_box, Path("p.jpg"), (0, 0, 1, 1), 300, None)
    page = with_items(
        doc,
        ShapeItem("band", Box(-3 * MM, 0, 6 * MM, 20 * MM), "rect", "red", None, 0, 0),
        ground,
        text,
        QrItem("qr", Box(15 * MM, 8 * MM, 4.5 * MM, 4 * MM), "https://x", "black", None, 0),
        photo,
        SvgItem("ground", Box(-3 * MM, -3 * MM, 5 * MM, 5 * MM), Path("a.svg"), "center"),
        HeartsItem("hearts", Box(5 * MM, 17 * MM, 5 * MM, 3.5 * MM), 3, 1, "red", "red", 1, rtl),
        SvgItem("art", Box(4 * MM, 4 * MM, 12 * MM, 12 * MM), Path("a.svg"), "center"),
        rim(word, "rim-start", 6 * MM, 10 * MM, 5 * MM),
        rim(word, "rim-top", 10 * MM, 5.5 * MM, 5 * MM),
        rim(word, "rim-end", 15.5 * MM, 10 * MM, 5 * MM),
        rim(word, "rim-bottom", 10 * MM, 14.2 * MM, 5 * MM),
        rim(word, "rim-up", 10 * MM, 6 * MM, 5 * MM, side="top"),
        rim(word, "rim-inside", 10 * MM, 10 * MM, 8 * MM),
        rtl=rtl,
    )
    margin = "mm into the 2 mm safe margin at the"
    assert safe_area_problems(page, layout) == [
        ("word", f"text comes 1.0 {margin} {start} edge"),
        ("qr", f"it comes 1.5 {margin} {end} edge"),
        ("photo", f"it comes 1.5 {margin} top edge"),
        ("hearts", f"it comes 2.5 {margin} bottom edge, 0.5 mm past the trim"),
        ("rim-start", f"text comes 1.0 {margin} {start} edge"),
        ("rim-top", f"text comes 1.5 {margin} top edge"),
        ("rim-end", f"text comes 2.5 {margin} {end} edge, 0.5 mm past the trim"),
        ("rim-bottom", f"text comes 1.2 {margin} bottom edge"),
        ("rim-up", f"text comes 1.0 {margin} top edge"),
    ]


def test_reaching_tol_into_the_margin_is_rounding(
    mini: dict[str, tuple[Layout, Document]],
) -> None:
    """TOL (0.05 pt) into the margin passes, for text, boxes and rim text alike. A margin of
    0.05 mm makes the overshoot exact: both edges lie between 1/16 and 1/4 pt, where
    subtracting loses no bit."""
    layout, doc = mini["text"]
    thin = replace(layout, safe=0.05)
    s = thin.safe * MM
    edge = s - TOL  # the items' left edge
    assert s - edge == TOL
    _, word = parts(doc)
    line = replace(word.text.lines[0], x=0.0, descent=0.0)
    text = replace(
        word,
        box=replace(word.box, x=edge, y=5 * MM),
        text=replace(word.text, lines=(line,)),
    )
    assert text_extents(text)[0][0] == edge
    qr = QrItem("qr", Box(edge, 5 * MM, 2 * MM, 2 * MM), "https://x", "black", None, 0)
    r = 2.0**-5
    arc = ArcTextItem("rim", edge + r, 10 * MM, r, line, 3.0, "black", "bottom", ("word",))
    assert arc.cx - arc.radius == edge
    assert safe_area_problems(with_items(doc, text, qr, arc), thin) == []
    over = [replace(text, box=replace(text.box, x=edge - 0.01))]
    over += [replace(qr, box=replace(qr.box, x=edge - 0.01)), replace(arc, cx=arc.cx - 0.01)]
    assert [slot for slot, _ in safe_area_problems(with_items(doc, *over), thin)] == [
        "word",
        "qr",
        "rim",
    ]


def test_rim_text_on_a_badge_is_measured_from_the_trims_centre(
    mini: dict[str, tuple[Layout, Document]],
) -> None:
    """The live circle (13 mm) is centred on the trim, also on a trim that is not square: a
    rim text around the centre reaching the circle passes; one 1 mm off-centre, to the side
    or down, reaches past it by its distance."""
    layout, doc = mini["badge"]
    _, word = parts(mini["text"][1])
    tall = replace(doc, trim=(20 * MM, 24 * MM))
    page = with_items(
        tall,
        rim(word, "centred", 10 * MM, 12 * MM, 6.5 * MM),
        rim(word, "aside", 11 * MM, 12 * MM, 6 * MM),
        rim(word, "below", 10 * MM, 13 * MM, 6.2 * MM, side="top"),
    )
    problems = safe_area_problems(page, layout)
    circle = "mm outside the badge's live circle (13 mm)"
    assert problems == [
        ("aside", f"text reaches 0.5 {circle}"),
        ("below", f"text reaches 0.7 {circle}"),
    ]


# ---- overlaps -----------------------------------------------------------------------------


def test_overlaps_are_named_once_per_pair_of_slots_beyond_the_tolerance(
    mini: dict[str, tuple[Layout, Document]],
) -> None:
    """Content boxes two by two (`overlap: true` slots aside; a shape only as drawn over
    content listed before it), the later slot
    named as covering the earlier, once per pair of slots; 0.2 mm (OVERLAP_TOL_MM) either
    way is touching, exactly. Boxes in pt; the edges at 0 make the overlaps exact."""
    layout, doc = mini["text"]
    pages = tuple(
        replace(p, slots=tuple(replace(s, overlap=s.name == "word") for s in p.slots))
        for p in layout.pages
    )
    free = replace(layout, pages=pages)  # slot 'word' may overlap
    tol = OVERLAP_TOL_MM * MM

    def qr(slot: str, x: float, y: float, w: float, h: float) -> QrItem:
        return QrItem(slot, Box(x, y, w, h), "https://x", "black", None, 0)

    def art(slot: str, x: float, y: float, w: float, h: float) -> SvgItem:
        return SvgItem(slot, Box(x, y, w, h), Path("a.svg"), "center")

    page = with_items(
        doc,
        art("word", 0, 0, 500, 500),  # allowed: over everything, and first
        ShapeItem("band", Box(0, 0, 500, 500), "rect", "red", None, 0, 0),
        qr("code", 10, 10, 20, 20),
        art("logo", 25, 15, 20, 8.5),  # 5 x 8.5 pt over 'code'
        art("logo", 12, 25, 4, 10),  # 'logo' over 'code' again: said once
        qr("twin", 100, 0, 10, 10),
        qr("twin", 105, 0, 10, 10),  # one slot's own boxes
        qr("thin", 0, 100, tol, 30),
        art("wide", -3, 100, 10, 30),  # tol wide: touching
        qr("flat", 200, 0, 30, tol),
        art("tall", 200, -3, 30, 10),  # tol high: touching
        qr("near", 300, 0, 10, 10),
        art("close", 310 - 0.1 * MM, 0, 10, 10),  # 0.1 mm: touching
    )
    (only,) = overlap_problems(page, free)
    assert (only.slot, only.other, only.w_mm, only.h_mm, only.shape) == (
        "logo",
        "code",
        1.8,
        3.0,
        None,
    )
    assert only.message == "slot 'logo' covers slot 'code' (1.8 x 3.0 mm)"
    assert (round(5 / MM, 1), round(8.5 / MM, 1)) == (1.8, 3.0)
    # without `overlap: true`, 'word' (first, under everything) is hidden by the filled band
    # drawn after it and covered by every other content slot, each named once ('thin' and
    # 'flat' only touch it too), then as above
    covered = overlap_problems(page, layout)
    assert [o.slot for o in covered] == [
        "band",
        *("code", "logo", "twin", "wide", "tall", "near", "close"),
        "logo",
    ]
    assert covered[0].message.startswith("slot 'band' (a filled rect) is drawn over slot 'word'")
    assert [o.message.split(" (")[0] for o in covered][-2:] == [
        "slot 'close' covers slot 'word'",
        "slot 'logo' covers slot 'code'",
    ]


def test_a_qr_code_exactly_at_the_module_minimum_passes(
    mini: dict[str, tuple[Layout, Document]],
) -> None:
    _, doc = mini["text"]
    url = "https://example.org/"
    n = len(qr_matrix(url))
    side = QR_MIN_MODULE_MM * (n + 2 * 2) * MM  # 0.396 mm modules and a quiet zone of 2

    def code(w: float) -> QrItem:
        return QrItem("qr", Box(0, 0, w, w + 10), url, "black", None, 2)

    assert qr_problems(with_items(doc, code(side))) == []
    ((slot, message),) = qr_problems(with_items(doc, code(side - 0.01 * MM)))
    assert slot == "qr"
    assert message.startswith(f"the QR code of {url} is {side / MM - 0.01:.1f} mm for {n} x {n} ")
