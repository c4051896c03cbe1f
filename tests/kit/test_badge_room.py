"""A derived badge whose text does not fit at its floor in a language is given room within
its live circle (kit/fit.py, make_room), as the 38 and 44 mm badges were: the sizes with a
rim text (75 mm, 3 in, 2.25 in), whose frame, the square around the rim's circle, covers
the words and kept them from growing at all, and the 32 mm one, whose words frame is the
size's own (`slots:`), which kept it as given."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.kit.fit import make_room
from campaign.kit.sizes import live_circle
from campaign.layout.checks import text_extents
from campaign.layout.compose import compose_content
from campaign.layout.document import ArcTextItem, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.resolve import resolve_kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
# A badge text in Arabic longer than the kit's (test data, not a translation; the one of
# tests/sizes/test_fit.py)
LONG_AR = "أوقفوا الاتجار بالبشر واحموا الأطفال والنساء والرجال من الاستغلال"
AR_BADGE = "    text: أوقفوا الاتجار بالبشر\n    source: End human trafficking\n"


def _badge_kit(kit_copy: Callable[..., Path], text: str) -> Path:
    ar = (ROOT / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    assert AR_BADGE in ar
    longer = AR_BADGE.replace("أوقفوا الاتجار بالبشر", f"'{text}'")
    return kit_copy(**{"materials/strings/ar.yaml": ar.replace(AR_BADGE, longer)})


def _words(root: Path, size: str) -> tuple[TextItem, ArcTextItem | None, list[OverflowReport]]:
    kit = load_kit(root)
    over: list[OverflowReport] = []
    content = resolve_kit(kit, kit.languages["ar"])
    doc = compose_content(
        kit.layouts[size], content, load_fontbook(kit.fonts_dir), Collector(), over
    )
    (words,) = (i for i in doc.items if i.slot == "words" and isinstance(i, TextItem))
    rims = [i for i in doc.items if isinstance(i, ArcTextItem)]
    return words, rims[0] if rims else None, over


def _corners(item: TextItem) -> list[tuple[float, float]]:
    b = item.box
    return [(x / MM, y / MM) for x in (b.x, b.x + b.w) for y in (b.y, b.y + b.h)]


@pytest.mark.parametrize("size", ["75mm", "3in", "2-25in"])
def test_a_rim_badges_long_text_takes_room_inside_the_rim(
    kit_copy: Callable[..., Path], size: str
) -> None:
    """The long Arabic text did not fit the rim sizes' words frame at its floor (2.9, 2.9
    and 2.2 pt too tall); it takes room now and `check` passes: its frame grows up, towards
    the heart, and its corners under the centre come no nearer the rim than the rim's
    glyphs leave free (the radius of its baseline less its ascent), nor further out than
    they were; the rim text is where it was."""
    root = _badge_kit(kit_copy, LONG_AR)
    code, out = cli("check", "--kit", root, "--only", f"badge-{size}", "--lang", "ar")
    assert code == 0, out
    layout = load_kit(root).layouts[f"badge-{size}"]
    words, rim, over = _words(root, f"badge-{size}")
    assert over == []
    assert rim is not None
    assert rim.side == "bottom"
    frame = next(sl for sl in layout.slots if sl.name == "words").frame.resolve(*layout.trim)
    box = (words.box.x / MM, words.box.y / MM, words.box.w / MM, words.box.h / MM)
    assert box[3] > frame[3] + 0.5  # taller, by what the text lacked
    assert box[1] < frame[1]
    cx, cy = layout.trim[0] / 2, layout.trim[1] / 2
    free = (rim.radius - rim.line.ascent) / MM
    was = max(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in _corners_of(frame) if y > cy)
    for x, y in _corners(words):
        if y > cy:
            assert ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 <= max(free, was) + 0.001
    circle = live_circle(layout)
    assert circle is not None
    assert (rim.cx / MM, rim.cy / MM) == pytest.approx(circle[:2], abs=0.001)


def _corners_of(box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    x, y, w, h = box
    return [(a, b) for a in (x, x + w) for b in (y, y + h)]


def test_a_32mm_badges_words_frame_of_its_own_takes_room(kit_copy: Callable[..., Path]) -> None:
    """The 32 mm badge gives its words and heart frames of its own (`slots:`): the words
    took no room at all. With a word more (four lines at the 6 pt floor) they take 0.22 mm
    up, towards the heart, whose frame stays as given (0.95 mm before the frame moved up
    0.84 mm to keep its corners in the live circle); their corners come no further out of
    the live circle; four lines still need more than that, and the check says so."""
    root = _badge_kit(kit_copy, LONG_AR + " الآن")
    layout = load_kit(root).layouts["badge-32mm"]
    assert set(layout.own_frames) == {"emblem", "words"}
    words, _, over = _words(root, "badge-32mm")
    assert [o.slot for o in over] == ["words"]
    b = words.box
    assert (b.x / MM, b.y / MM, b.w / MM, (b.y + b.h) / MM) == pytest.approx(
        (7.8, 15.8 - 0.22, 22.8, 15.8 + 11.52), abs=0.01
    )
    emblem = next(sl for sl in layout.slots if sl.name == "emblem").frame
    assert emblem.resolve(*layout.trim) == pytest.approx((13.76, 5.76, 10.88, 9.79))


def test_a_kept_text_grows_and_a_rim_bounds_its_side() -> None:
    """make_room on a 100 mm page with a 40 mm live circle about (50, 50): text A (30 to 70
    across, 40 to 50 down), a frame the size gives of its own, lacks 10 mm: it grows down to
    60, its corners 22.4 mm from the centre. With a rim text at the bottom whose glyphs
    leave 20 mm free, its lower corners, 20 mm across from the centre, are on that radius
    already: it grows up instead, to 30 (to 0.01 mm: the search for room stops there)."""
    box = [(30.0, 40.0, 40.0, 10.0)]
    circle = (50.0, 50.0, 40.0)
    kept = frozenset({0})
    assert make_room(box, set(), {0: 10.0}, {}, (100.0, 5.0), kept, circle) == [
        (30.0, 40.0, 40.0, 20.0)
    ]
    ((x, y, w, h),) = make_room(box, set(), {0: 10.0}, {}, (100.0, 5.0), kept, circle, ((20.0, 1),))
    assert (x, w) == (30.0, 40.0)
    assert (y, y + h) == pytest.approx((30.0, 50.0), abs=0.01)


def _face_room(layout_trim: float, face: float, x: float, y: float) -> float:
    """mm from the point (x, y) of a badge's square trim to its face's edge."""
    c = layout_trim / 2
    return face / 2 - math.hypot(x - c, y - c)


def _room_by_side(
    box: tuple[float, float, float, float], trim: float, face: float
) -> dict[str, float]:
    """The least room (mm) between a box's corners on each side (top, bottom, start, end)
    and the badge's face edge."""
    x, y, w, h = box
    corners = {(a, b) for a in (x, x + w) for b in (y, y + h)}
    sides = {
        "top": [p for p in corners if p[1] == y],
        "bottom": [p for p in corners if p[1] == y + h],
        "start": [p for p in corners if p[0] == x],
        "end": [p for p in corners if p[0] == x + w],
    }
    return {s: round(min(_face_room(trim, face, *p) for p in ps), 2) for s, ps in sides.items()}


@pytest.mark.parametrize(
    ("size", "press", "top", "type_pt"),
    [("32mm", (32, 38.4, 2), 4.10, 7.72), ("1-25in", (31.75, 38.15, 2), 4.07, 7.66)],
)
def test_the_small_badges_words_keep_the_press_safe_margin_on_every_side(
    size: str, press: tuple[float, float, float], top: float, type_pt: float
) -> None:
    """The 32 mm and 1.25 in presses keep text 2 mm inside the face (materials/presses/
    32mm.yaml and 1-25in.yaml: `safe: 2`, "text 2 mm inside the edge"; live circles of 28
    and 27.75 mm): the words frames the sizes give of their own (23.04 x 11.52 mm at 7.68,
    16.64; 22.86 x 11.43 at 7.64, 16.54) had their lower corners 1.41 and 1.39 mm from the
    face's edge, 0.6 mm outside the live circle, room a longer translation could print in.
    Now their corners are 4.1 mm from the edge at the top and 2.00 at the bottom (on the
    live circle); every language's print keeps the 2 mm on every side, at the style's full
    size (none set smaller for the frame)."""
    kit = load_kit(ROOT)
    layout = kit.layouts[f"badge-{size}"]
    badge = layout.badge
    assert badge is not None
    face, cut, safe = press
    assert (badge.face, badge.cut, badge.safe, layout.trim) == (face, cut, safe, (cut, cut))
    words = next(sl for sl in layout.slots if sl.name == "words")
    frame = words.frame.resolve(*layout.trim)
    assert _room_by_side(frame, cut, face) == {
        "top": top,
        "bottom": 2.00,
        "start": 2.00,
        "end": 2.00,
    }
    fonts = load_fontbook(kit.fonts_dir)
    assert layout.styles["badge"].size == type_pt
    for code, lang in kit.languages.items():
        doc = compose_content(layout, resolve_kit(kit, lang), fonts, Collector(), [])
        (item,) = (i for i in doc.items if i.slot == "words" and isinstance(i, TextItem))
        if not code.endswith(("-XA", "-XB")):  # the pseudo-locales: longer on purpose
            assert item.text.size == type_pt, code
        for left, top_pt, right, bottom in text_extents(item):
            ink = (left / MM, top_pt / MM, (right - left) / MM, (bottom - top_pt) / MM)
            room = _room_by_side(ink, cut, face)
            assert min(room.values()) >= badge.safe, (code, room)
