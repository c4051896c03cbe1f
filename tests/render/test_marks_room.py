"""No printer's mark on another, on any trim: crop marks, fold marks, registration targets, the
colour bar and the slug, drawn by render.marks.draw_marks on a canvas that records every call
(tests.render.test_marks.Recorder), each mark's box read from the calls (a line's with its
stroke, a target's circle and cross together, the bar's patches together, the slug's image
masks together, as rastered) and checked against every other's and against the trim with its
bleed, over trims from 10 mm (the smallest a layout may give) to 400 mm, with folds and without
(hypothesis). A 50 x 180 mm bookmark's top registration target was printed under its colour
bar (a trial); and what draw_marks leaves out for want of room is what `crowded` (the kit's
`layout.marks` warning) says."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from campaign.fonts import load_fontbook
from campaign.layout.document import MM, Document
from campaign.model import Folds, Marks
from campaign.render import marks
from campaign.render.marks import BAR_PATCHES, crowded, draw_marks
from campaign.render.rastered import raster_mask
from campaign.render.target import MARK_WIDTH, SLUG_EDGE, Target
from tests.kits import ROOT, check, warnings_of
from tests.render.test_marks import Recorder

Box = tuple[float, float, float, float]  # left, bottom, right, top: pt from the trim's corner

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
FONTS = load_fontbook(ROOT / "fonts")
ALL = Marks(True, True, True, True)
# a slug as a build writes it (render.slug), with a title as long as the campaign's
HASH = "build 34a0678798"
# and one whose every field reaches below the baseline (g, j, p, q, y), the last line's too
DEEP = "  |  ".join(["poppy", "jug", "gyp", "quay", "jig", "spry", "pig", "yogurt", "pygmy"])
SLUG = "  |  ".join(
    [
        "bookmark",
        "en",
        "trim 50 x 180 mm",
        "bleed 3 mm",
        "FOGRA39",
        "World Day Against Trafficking in Persons 2024",
        HASH,
    ]
)


def document(w: float, h: float, bleed: float, folds: Folds | None) -> Document:
    return Document(
        "bookmark", "B", "flyer", "en", False, (w * MM, h * MM), bleed * MM, 4 * MM, (), None, folds
    )


def drawn_boxes(
    monkeypatch: pytest.MonkeyPatch,
    doc: Document,
    index: int = 0,
    flags: Marks = ALL,
    slug: str = SLUG,
) -> tuple[dict[str, list[Box]], float]:
    """The marks draw_marks draws on page `index` of `doc`, as boxes by kind ("line": a crop
    or fold mark, "target", "bar", "slug"; pt from the trim's bottom-left corner), and the
    margin (pt from the media's edge to the trim)."""
    masks: list[Box] = []

    def rastered(canvas: object, runs: list[Any], x: float, y: float, size: float) -> None:
        mask = raster_mask(runs, size)
        if mask is not None:
            w, h, left, bottom = mask.matrix
            masks.append((x + left, y + bottom, x + left + w, y + bottom + h))

    monkeypatch.setattr(marks, "draw_rastered", rastered)
    target = Target(marks=flags, slug=slug, slug_varying=(HASH,) if HASH in slug else ())
    m = target.margin(doc)
    c = Recorder()
    draw_marks(c, target, m, doc, FONTS, index)  # type: ignore[arg-type]
    found: dict[str, list[Box]] = {"line": [], "target": [], "bar": [], "slug": []}
    half = MARK_WIDTH / 2
    calls = c.of("line", "circle", "rect")
    i = 0
    while i < len(calls):
        call = calls[i]
        if call[0] == "circle":  # a target: its circle, then the two arms of its cross
            _, cx, cy, r, *_ = call
            arms = [line_box(*a[1:5], half) for a in calls[i + 1 : i + 3]]
            found["target"].append(
                union([(cx - r - half, cy - r - half, cx + r + half, cy + r + half), *arms])
            )
            i += 3
            continue
        if call[0] == "line":
            found["line"].append(line_box(*call[1:5], half))
        else:
            _, x, y, w, h, *_ = call
            found["bar"].append((x, y, x + w, y + h))
        i += 1
    shift = [(b[0] - m, b[1] - m, b[2] - m, b[3] - m) for b in masks]
    return (
        {
            "line": [moved(b, m) for b in found["line"]],
            "target": [moved(b, m) for b in found["target"]],
            "bar": [union([moved(b, m) for b in found["bar"]])] if found["bar"] else [],
            "slug": [union(shift)] if shift else [],
        },
        m,
    )


def line_box(x1: float, y1: float, x2: float, y2: float, half: float) -> Box:
    """A straight line's ink with butt ends (reportlab's default cap): its length as drawn,
    half its stroke either side."""
    if y1 == y2:
        return (min(x1, x2), y1 - half, max(x1, x2), y1 + half)
    return (x1 - half, min(y1, y2), x1 + half, max(y1, y2))


def moved(b: Box, m: float) -> Box:
    return (b[0] - m, b[1] - m, b[2] - m, b[3] - m)


def union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def overlap(a: Box, b: Box, tol: float = 1e-6) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tol and min(a[3], b[3]) - max(a[1], b[1]) > tol


def corner(a: Box, b: Box, tw: float, th: float) -> bool:
    """Whether two boxes overlap only at a corner of the trim (within a stroke of it)."""
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return any(
        x0 >= cx - MARK_WIDTH
        and x1 <= cx + MARK_WIDTH
        and y0 >= cy - MARK_WIDTH
        and y1 <= cy + MARK_WIDTH
        for cx in (0.0, tw)
        for cy in (0.0, th)
    )


def assert_apart(boxes: dict[str, list[Box]], doc: Document, m: float) -> None:
    """No two marks' boxes overlap, none reaches into the trim with its bleed, and every one
    is inside the media; the slug's letters SLUG_EDGE inside it."""
    tw, th = doc.trim
    b = doc.bleed
    piece = (-b, -b, tw + b, th + b)
    media = (-m, -m, tw + m, th + m)
    every = [(kind, box) for kind, bs in boxes.items() for box in bs]
    for n, (kind, box) in enumerate(every):
        assert not overlap(box, piece), (kind, [v / MM for v in box])
        assert all(
            (media[0] <= box[0], media[1] <= box[1], box[2] <= media[2], box[3] <= media[3])
        ), (kind, [v / MM for v in box])
        for other, obox in every[n + 1 :]:
            if kind == other == "line" and b == 0 and corner(box, obox, tw, th):
                continue  # a corner's two crop marks meet at it where there is no bleed
            assert not overlap(box, obox), (
                kind,
                other,
                [v / MM for v in box],
                [v / MM for v in obox],
            )
    for box in boxes["slug"]:
        assert box[1] >= -m + SLUG_EDGE - 1e-6, [v / MM for v in box]
        assert box[0] >= -m + SLUG_EDGE
        assert box[2] <= tw + m - SLUG_EDGE


trims = st.floats(10, 400).map(lambda v: round(v, 1))
shares = st.one_of(st.none(), st.floats(0.05, 0.95).map(lambda v: round(v, 3)))


@given(
    w=trims,
    h=trims,
    bleed=st.sampled_from([0.0, 3.0, 3.175, 5.0]),
    vx=shares,
    hy=shares,
    back=st.booleans(),
    slug=st.sampled_from([SLUG, DEEP]),
)
@example(
    w=50.0, h=180.0, bleed=3.0, vx=None, hy=None, back=False, slug=SLUG
)  # the trial's bookmark
@example(
    w=10.0, h=10.0, bleed=3.0, vx=0.5, hy=0.5, back=False, slug=SLUG
)  # the smallest trim, folded
@example(w=76.0, h=100.0, bleed=3.0, vx=None, hy=None, back=False, slug=SLUG)
@SETTINGS
def test_no_mark_is_drawn_on_another_on_any_trim(
    monkeypatch: pytest.MonkeyPatch,
    w: float,
    h: float,
    bleed: float,
    vx: float | None,
    hy: float | None,
    back: bool,
    slug: str,
) -> None:
    folds = Folds(
        (round(w * vx, 3),) if vx is not None else (), (round(h * hy, 3),) if hy is not None else ()
    )
    doc = document(w, h, bleed, folds if folds else None)
    boxes, m = drawn_boxes(monkeypatch, doc, 1 if back else 0, ALL, slug)
    assert_apart(boxes, doc, m)
    # what is left out is what `crowded` says, and nothing else: 4 targets, 12 patches
    left = crowded((w, h), ALL, folds.vertical, folds.horizontal)
    drawn_targets = len(boxes["target"])
    missing = sum(
        n
        for what, n in (
            ("the top registration target", 1),
            ("the bottom registration target", 1),
            ("the side registration targets", 2),
        )
        if what in left
    )
    if not folds.vertical:  # with a vertical fold, a back's targets may differ from a front's
        assert drawn_targets == 4 - missing, left
    assert boxes["bar"] or "the colour bar" in left
    # the slug is left out only where not even its first field, the material, fits between
    # the crop marks and beside the bottom target (render.marks.plan_slug): on narrow trims
    start, end = marks.slug_span(w * MM, ALL, marks.fold_lines(doc, 1 if back else 0)[0])
    first = marks.slug_width_in(FONTS.slug_face())(slug.split("  |  ")[0], marks.SLUG_SMALL)
    assert boxes["slug"] or first > end - start, "a slug left out"


def test_the_trials_bookmark_has_its_top_target_beside_the_colour_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """50 x 180 mm with every mark: the top target at 15 % of the width (7.5 mm), the bar
    right of it with all its patches, smaller (the stretch between the target and the right
    crop mark, less 1.5 mm from the target and 1 mm from the crop mark, over 12)."""
    doc = document(50.0, 180.0, 3.0, None)
    boxes, _ = drawn_boxes(monkeypatch, doc)
    top = max(boxes["target"], key=lambda b: b[3])
    assert (top[0] + top[2]) / 2 == pytest.approx(7.5 * MM)
    (bar,) = boxes["bar"]
    assert bar[0] == pytest.approx(top[2] + MARK_WIDTH / 2 + 1.5 * MM)  # butt ends: no stroke
    assert bar[2] == pytest.approx(49 * MM)
    assert not overlap(top, bar)
    assert crowded((50.0, 180.0), ALL) == []


@pytest.mark.parametrize(
    ("width", "kept", "left"),
    [
        (100.0, 12, []),
        (50.0, 12, []),
        (40.0, 9, ["the colour bar's last 3 patches (9 of 12 kept)"]),
        (26.0, 8, ["the colour bar's last 4 patches (8 of 12 kept)"]),
        (10.0, 0, ["the colour bar"]),
    ],
)
def test_a_narrow_trim_shortens_the_colour_bar_from_its_end(
    width: float, kept: int, left: list[str]
) -> None:
    """Patches down to 3 mm (BAR_MIN_PATCH) keep every patch; past that, the last patches
    (the ink limit, then the overprints) are left out; fewer than the four solids: no bar."""
    assert BAR_PATCHES == 12
    assert crowded((width, 180.0), ALL) == left
    target = Target(marks=ALL)
    top = marks.target_at(0.15, width * MM, ())
    assert top is not None
    reach = marks.TARGET_ROOM - marks.FOLD_CLEAR
    c = Recorder()
    marks.draw_colour_bar(
        c,  # type: ignore[arg-type]
        0.0,
        width * MM,
        100.0,
        0.0,
        target.registration,
        (),
        ((top - reach, top + reach),),
    )
    inks = [call[1] for call in c.of("setFillColor")]
    every = [tuple(float(v) for v in p) for p in [*marks.COLOUR_BAR, target.registration]]
    assert inks == every[:kept]


def test_a_target_with_no_room_between_the_crop_marks_is_left_out() -> None:
    """A target keeps TARGET_ROOM (its reach, half its stroke, 1.5 mm) from the crop marks at
    both ends of its side: on a 10 mm side it moves to the middle; an 8 mm side (a fold's
    panel) has none."""
    room = marks.TARGET_ROOM
    assert marks.target_at(0.15, 10 * MM, ()) == pytest.approx(room)
    assert marks.target_at(0.85, 10 * MM, ()) == pytest.approx(10 * MM - room)
    assert marks.target_at(0.15, 2 * room - 0.01, ()) is None
    assert marks.target_at(0.5, 2 * room, ()) == pytest.approx(room)


# ---- `check`: layout.marks at the layout's `marks:` --------------------------------------

BOOKMARK = ROOT / "tests" / "data" / "marks" / "bookmark.yaml"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("trim: [50, 180]", "trim: [50, 180]", ""),  # the trial's: every mark has its place
        (
            "trim: [50, 180]",
            "trim: [40, 180]",
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (40 x 180 mm) "
            "has no room outside its bleed for the colour bar's last 3 patches (9 of 12 kept): "
            "left out, so that no mark is printed over another (the crop marks are kept)\n"
            "  hint: a trim at least 49 mm wide has room for them all; or write "
            "`colour_bar: false` or `registration: false` under `marks:`\n",
        ),
        (
            "trim: [50, 180]",
            "trim: [10, 180]",
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (10 x 180 mm) "
            "has no room below its bleed for the slug: not one of its fields fits (at 4.8 pt, "
            "between the crop marks and beside the bottom registration target): no slug is "
            "printed, and nothing beside the pieces says which job they are\n"
            "  hint: a trim at least 25 mm wide has room for it; or print the pieces on a press "
            "sheet (`sheet`: the sheet's slug names its files); or write `slug: false` under "
            "`marks:` where the pieces need none\n"
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (10 x 180 mm) "
            "has no room outside its bleed for the colour bar: left out, so that no mark is "
            "printed over another (the crop marks are kept)\n"
            "  hint: a trim at least 49 mm wide has room for them all; or write "
            "`colour_bar: false` or `registration: false` under `marks:`\n",
        ),
        (  # the slug's build hash: at 4.8 pt, 13.3 mm, past the 12.2 mm beside the target
            "trim: [50, 180]",
            "trim: [22, 180]",
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (22 x 180 mm) "
            "has no room below its bleed for its slug's build hash (at 4.8 pt, between the crop "
            "marks and beside the bottom registration target): left out of the slug\n"
            "  hint: a trim at least 25 mm wide has room for it; or write `registration: false` "
            "under `marks:` (the slug then runs to the right crop mark); or print the pieces on "
            "a press sheet (`sheet`: the sheet's slug names its files); or write `slug: false` "
            "under `marks:` where the pieces need none\n"
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (22 x 180 mm) "
            "has no room outside its bleed for the colour bar's last 5 patches (7 of 12 kept): "
            "left out, so that no mark is printed over another (the crop marks are kept)\n"
            "  hint: a trim at least 49 mm wide has room for them all; or write "
            "`colour_bar: false` or `registration: false` under `marks:`\n",
        ),
        (  # a size's slug: its own material's name, "bookmark-narrow", fits not even alone;
            # of any paper, every office builds it: the widest office id's slug, in a draft
            # language (DRAFT after its code), needs 39 mm (32 mm without DRAFT)
            "slug: true}",
            "slug: true}\nsizes:\n  narrow: {trim: [20, 180]}",
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the size 'narrow' trim "
            "(20 x 180 mm) has no room below its bleed for the slug: not one of its fields fits "
            "(at 4.8 pt, between the crop marks and beside the bottom registration target): no "
            "slug is printed, and nothing beside the pieces says which job they are\n"
            "  hint: a trim at least 39 mm wide has room for it; or print the pieces on a press "
            "sheet (`sheet`: the sheet's slug names its files); or write `slug: false` under "
            "`marks:` where the pieces need none\n"
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the size 'narrow' trim "
            "(20 x 180 mm) has no room outside its bleed for the colour bar's last 5 patches (7 "
            "of 12 kept): left out, so that no mark is printed over another (the crop marks are "
            "kept)\n"
            "  hint: a trim at least 49 mm wide has room for them all; or write "
            "`colour_bar: false` or `registration: false` under `marks:`\n",
        ),
        (  # no slug: the marks alone
            "trim: [50, 180]\nbleed: 3\nsafe: 4\nmarks: {crop: true, registration: true, "
            "colour_bar: true, slug: true}",
            "trim: [22, 180]\nbleed: 3\nsafe: 4\nmarks: {crop: true, registration: true, "
            "colour_bar: false, slug: false}",
            "",
        ),
        (  # no colour bar: the targets alone fit
            "colour_bar: true",
            "colour_bar: false",
            "",
        ),
    ],
    ids=["bookmark", "40-mm", "10-mm", "22-mm", "size", "22-mm-no-slug", "no-bar"],
)
def test_check_warns_at_marks_of_what_the_trim_has_no_room_for(
    kit_copy: Any, old: str, new: str, said: str
) -> None:
    text = BOOKMARK.read_text(encoding="utf-8")
    assert old in text
    kit = kit_copy(**{"materials/layouts/bookmark.yaml": text.replace(old, new, 1)})
    code, out = check(kit, "--only", "bookmark", "--lang", "en")
    assert warnings_of(out, "layout.marks") == said, out


# ---- the slug: what the drawing keeps is what the check says --------------------------------

KINDS_SHOWN = ("sample", "job", "event", "page", "language", "draft", "date", "hash")


def drawn_slug(
    monkeypatch: pytest.MonkeyPatch, doc: Document, index: int, slug: str, varying: tuple[str, ...]
) -> list[str]:
    """The slug draw_marks draws on page `index` of `doc`, line by line, read from the pieces
    it rasters (each piece's runs, as render.marks._setting set them, named by their text)."""
    texts: dict[int, str] = {}
    setting = marks._setting

    def named(text: str, size: float, face: Any) -> Any:
        runs, width = setting(text, size, face)
        texts[id(runs)] = text
        return runs, width

    placed: list[tuple[float, float, str]] = []

    def rastered(canvas: object, runs: Any, x: float, y: float, size: float) -> None:
        placed.append((-y, x, texts[id(runs)]))

    monkeypatch.setattr(marks, "_setting", named)
    monkeypatch.setattr(marks, "draw_rastered", rastered)
    target = Target(marks=ALL, slug=slug, slug_varying=varying)
    draw_marks(Recorder(), target, target.margin(doc), doc, FONTS, index)  # type: ignore[arg-type]
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, x, text in placed:
        lines.setdefault(y, []).append((x, text))
    return ["".join(t for _, t in sorted(pieces)) for _, pieces in sorted(lines.items())]


@given(
    w=st.floats(10, 130).map(lambda v: round(v, 1)),
    two_sided=st.booleans(),
    vx=st.one_of(st.none(), st.floats(0.2, 0.8).map(lambda v: round(v, 3))),
    back=st.booleans(),
    sample=st.booleans(),
    draft=st.booleans(),
    event=st.sampled_from(["", "walk", "nairobi-city-park-walk-2024-07-30-a"]),
)
@example(
    w=50.0, two_sided=False, vx=None, back=False, sample=False, draft=False, event=""
)  # the trial's bookmark
@example(
    w=22.0, two_sided=False, vx=None, back=False, sample=False, draft=False, event=""
)  # no build hash
@example(
    w=14.0, two_sided=False, vx=None, back=False, sample=False, draft=False, event=""
)  # no slug
@example(
    w=28.0, two_sided=False, vx=None, back=False, sample=True, draft=False, event=""
)  # SAMPLE DATA: no hash
@example(  # a merged row's slug: its long event id, SAMPLE DATA and DRAFT
    w=50.0, two_sided=False, vx=None, back=False, sample=True, draft=True,
    event="nairobi-city-park-walk-2024-07-30-a",
)  # fmt: skip
@SETTINGS
def test_the_slug_drawn_keeps_what_the_check_says_it_keeps(
    monkeypatch: pytest.MonkeyPatch,
    w: float,
    two_sided: bool,
    vx: float | None,
    back: bool,
    sample: bool,
    draft: bool,
    event: str,
) -> None:
    """On any trim, with or without a fold, on either side of a two-sided piece, of sample
    data or not, of a draft or not, of a merged event or not: the fields the drawn slug
    leaves out (of SAMPLE DATA, the job name, event, page, language, DRAFT, year and build
    hash) are the ones `slug_left_out` (the kit's check, layout.marks, and the merge's,
    merge.slug) names for that trim, and the slug is drawn at all exactly where it says
    so; a field is kept whole or in its short wording."""
    folds = Folds((round(w * vx, 3),), ()) if vx is not None else None
    sides = ("front", "back") if two_sided else ("front",)
    index = 1 if two_sided and back else 0
    side = f"{sides[index]} ({index + 1}/2)" if two_sided else ""
    width_of = marks.slug_width_in(FONTS.slug_face())
    text, varying = marks.sample_slug(
        "bookmark", (w, 180.0), 3.0, folds is not None, side, width_of, sample=sample,
        draft=draft, event=event,
    )  # fmt: skip
    assert text.startswith("SAMPLE DATA  |  bookmark  |  ") == sample
    drawn = drawn_slug(monkeypatch, document(w, 180.0, 3.0, folds), index, text, varying)
    fields = [f for line in drawn for f in line.split(marks.SLUG_SEPARATOR)]
    # each side is drawn as the check reads it: the front's folds, and mirrored
    said = marks.slug_left_out(
        "bookmark", (w, 180.0), 3.0, ALL, folds.vertical if folds else (), sides, width_of,
        folds is not None, sample=sample, draft=draft, event=event,
    )  # fmt: skip
    expected = marks.slug_fields(text, varying)
    kept = {f.kind for f in expected if f.text in fields or f.short in fields}
    missing = tuple(k for k in KINDS_SHOWN if k not in kept and any(f.kind == k for f in expected))
    assert all(f in {e.text for e in expected} | {e.short for e in expected} for f in fields)
    if not drawn:
        assert "slug" in said
    elif not two_sided and folds is None:  # one face: the check's answer is this drawing's
        assert missing == said
    else:  # the check names what any face or side leaves out (the whole slug: on one)
        assert "slug" in said or set(missing) <= set(said)


def test_a_bookmark_s_slug_is_one_line_and_a_narrow_piece_s_says_what_it_lacks() -> None:
    """50 mm: the job name, language, year and build hash on one line at 4.8 pt (it took two,
    without its campaign); 22 mm: its build hash left out; 14 mm: nothing fits."""
    width_of = marks.slug_width_in(FONTS.slug_face())
    assert marks.slug_left_out("bookmark", (50, 180), 3, ALL, (), ("front",), width_of) == ()
    assert marks.slug_left_out("bookmark", (22, 60), 3, ALL, (), ("front",), width_of) == ("hash",)
    assert marks.slug_left_out("bm14", (14, 60), 3, ALL, (), ("front",), width_of) == ("slug",)


@pytest.mark.parametrize(
    ("office", "said"),
    [
        ("", ""),  # no office builds it: its slug has none, and fits
        (
            "paper: us\nmaterials: [bookmark]",
            "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (25 x 180 mm) "
            "has no room below its bleed for its slug's build hash (at 4.8 pt, between the crop "
            "marks and beside the bottom registration target): left out of the slug\n"
            "  hint: a trim at least 28 mm wide has room for it; or write `registration: false` "
            "under `marks:` (the slug then runs to the right crop mark); or print the pieces on "
            "a press sheet (`sheet`: the sheet's slug names its files); or write `slug: false` "
            "under `marks:` where the pieces need none\n",
        ),
    ],
    ids=["no-office", "new-york"],
)
def test_a_slug_is_checked_with_the_widest_office_that_builds_it(
    kit_copy: Any, office: str, said: str
) -> None:
    """The slug checked is the one printed for the office with the widest id among those that
    build the piece (New York's, `materials: [bookmark]`), in the kit's widest language
    code: checked without an office, a bookmark whose slug lost its build hash for its office
    got no warning (a review)."""
    text = BOOKMARK.read_text(encoding="utf-8").replace("trim: [50, 180]", "trim: [25, 180]", 1)
    text = text.replace("colour_bar: true", "colour_bar: false", 1)  # the slug's warning alone
    files = {"materials/layouts/bookmark.yaml": text}
    if office:
        ny = (ROOT / "materials/offices/new-york.yaml").read_text(encoding="utf-8")
        assert "paper: us" in ny
        files["materials/offices/new-york.yaml"] = ny.replace("paper: us", office, 1)
    code, out = check(kit_copy(**files), "--only", "bookmark", "--lang", "en")
    assert warnings_of(out, "layout.marks") == said, out


SAMPLE_HASH_LOST = (
    "materials/layouts/bookmark.yaml:9:8: warning[layout.marks]: the trim (28 x 180 mm) has no "
    "room below its bleed for its slug's build hash (at 4.8 pt, between the crop marks and "
    "beside the bottom registration target): left out of the slug\n"
    "  hint: a trim at least {wider} mm wide has room for it; or write `registration: false` "
    "under `marks:` (the slug then runs to the right crop mark); or print the pieces on a "
    "press sheet (`sheet`: the sheet's slug names its files); or write `slug: false` under "
    "`marks:` where the pieces need none\n"
)


@pytest.mark.parametrize(
    ("office", "campaign", "said"),
    [
        ("paper: us\nmaterials: [bookmark]", "", ""),  # "new-york  |  bookmark  |  en ..."
        (  # "SAMPLE DATA  |  new-york  |  bookmark  |  en ...": its build hash left out
            "paper: us\nmaterials: [bookmark]\nsample: true",
            "",
            SAMPLE_HASH_LOST.format(wider=32),
        ),
        ("", "sample: true\n", SAMPLE_HASH_LOST.format(wider=32)),  # the campaign's own
        (  # the campaign's own slug, SAMPLE DATA, is wider than the office's id
            "paper: us\nmaterials: [bookmark]",
            "sample: true\n",
            SAMPLE_HASH_LOST.format(wider=32),
        ),
    ],
    ids=["office", "sample-office", "sample-campaign", "sample-campaign-and-office"],
)
def test_a_sample_slug_is_checked_with_its_sample_data_field(
    kit_copy: Any, office: str, campaign: str, said: str
) -> None:
    """A sample office's print PDF (or a sample campaign's) begins its slug with SAMPLE DATA
    (pipeline.renditions.print_slug); the slug's room was checked without it, so a 28 mm
    bookmark that kept its build hash for an office lost it for a sample one, and `check`
    said nothing (a country office's trial)."""
    text = BOOKMARK.read_text(encoding="utf-8").replace("trim: [50, 180]", "trim: [28, 180]", 1)
    text = text.replace("colour_bar: true", "colour_bar: false", 1)  # the slug's warning alone
    files = {"materials/layouts/bookmark.yaml": text}
    if office:
        ny = (ROOT / "materials/offices/new-york.yaml").read_text(encoding="utf-8")
        assert "paper: us" in ny
        assert "sample:" not in ny
        files["materials/offices/new-york.yaml"] = ny.replace("paper: us", office, 1)
    if campaign:
        own = (ROOT / "materials/campaign.yaml").read_text(encoding="utf-8")
        assert "\nsample:" not in own
        files["materials/campaign.yaml"] = own + campaign
    code, out = check(kit_copy(**files), "--only", "bookmark", "--lang", "en")
    assert warnings_of(out, "layout.marks") == said, out


@pytest.mark.parametrize("paper", [None, "us", "iso"])
def test_a_slug_has_the_room_of_the_press_sheet_of_its_paper(
    monkeypatch: pytest.MonkeyPatch, paper: str | None
) -> None:
    """A 28 x 425 mm strip, of no paper size, goes on the press sheet of the paper it is made
    on (Document.paper): on US paper on 12 x 18 in (457.2 mm long), whose room below its
    bleed its whole slug has; of ISO paper or none on SRA3 (450 mm), 6.5 mm, which leaves out
    its build hash. The slug drawn keeps what `slug_left_out` (the kit's check) says for that
    paper: the check measured it on SRA3 whatever its paper."""
    width_of = marks.slug_width_in(FONTS.slug_face())
    trim = (28.0, 425.0)
    text, varying = marks.sample_slug("bookmark-strip", trim, 3.0, False, "", width_of)
    doc = replace(document(*trim, 3.0, None), paper=paper)
    drawn = drawn_slug(monkeypatch, doc, 0, text, varying)
    fields = [f for line in drawn for f in line.split(marks.SLUG_SEPARATOR)]
    kept = {
        f.kind for f in marks.slug_fields(text, varying) if f.text in fields or f.short in fields
    }
    said = marks.slug_left_out(
        "bookmark-strip", trim, 3.0, ALL, (), ("front",), width_of, paper=paper
    )
    assert said == (() if paper == "us" else ("hash",))
    assert ("hash" in kept) == (paper == "us")
