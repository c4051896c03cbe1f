"""A size the kit derives from a design with no frames of its own (kit/fit.py, kit/sizes.py)
passes the check where the size has the room: a DL flyer of the A5 one (99 x 210 mm) had
its foot's texts in the safe margin, its Arabic calls and sources too tall at the 6 pt
floor, and its QR code, grown to 20 mm about its centre, over its label by 0.3 mm (a
designer's trial). Where it has not the room (a poster made A6), nothing is moved onto
what is around it, and the check names each text that does not fit."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.kit.fit import GAP_ACROSS, GAP_KEPT, QR_MIN_MM, make_room, make_width
from campaign.kit.sizes import place_frames
from campaign.layout.checks import text_extents
from campaign.layout.compose import compose_content
from campaign.layout.document import QrItem, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.model import Frame, Layout, QrSlot, TextSlot
from campaign.resolve import resolve_kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
FLYER, POSTER = "materials/layouts/flyer-a5.yaml", "materials/layouts/poster-a3.yaml"
A4_FLYER = "  a4: {trim: [210, 297], title: Flyer A4}\n"
A2_POSTER = "  a2: {trim: [420, 594], title: Poster A2}\n"
MM = 72 / 25.4
# the slots of a row that are drawn one or the other (`when_filled` / `when_empty`)
ALTERNATES = {frozenset({"web-alone", "helpline"}), frozenset({"web-alone", "web"})}


def _kit(kit_copy: Callable[..., Path], flyer_sizes: str = "", poster_sizes: str = "") -> Path:
    flyer = (ROOT / FLYER).read_text(encoding="utf-8")
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A4_FLYER in flyer
    assert A2_POSTER in poster
    return kit_copy(
        **{
            FLYER: flyer.replace(A4_FLYER, A4_FLYER + flyer_sizes),
            POSTER: poster.replace(A2_POSTER, A2_POSTER + poster_sizes),
        }
    )


SIZES = {
    "flyer-dl": ("  dl: {trim: [99, 210]}\n", ""),
    "poster-banner": ("", "  banner: {trim: [850, 2000], paper: custom}\n"),
    # US Letter of the A3 poster without the kit's own frame for its QR code's label
    "poster-usl": ("", "  usl: {trim: [215.9, 279.4], paper: us, bleed: 3.175}\n"),
    # an A6 postcard that keeps the back (no side to spare: the floor's room is found in the
    # frames' own), and a DL poster (its 9 pt call-to-action title in Arabic and Burmese)
    "flyer-postcard": ("  postcard: {trim: [105, 148]}\n", ""),
    "poster-dl": ("", "  dl: {trim: [99, 210]}\n"),
    # an A6 poster: its QR label's longest word (Ukrainian "зателефонувати", Georgian
    # "დაასკანერეთ") is wider than the label's frame at the 9 pt floor
    "poster-a6": ("", "  a6: {trim: [105, 148]}\n"),
}


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """The area two (left, top, right, bottom) boxes share, mm^2 (0.05 mm of tolerance)."""
    w = min(a[2], b[2]) - max(a[0], b[0]) - 0.05
    h = min(a[3], b[3]) - max(a[1], b[1]) - 0.05
    return max(w, 0.0) * max(h, 0.0)


@pytest.mark.parametrize("size", list(SIZES))
def test_a_derived_size_fits_every_language(kit_copy: Callable[..., Path], size: str) -> None:
    """In en, ar, zh and my, every text's ink lies in its frame (nothing overflows) and in
    the safe area, every QR code is at least 20 mm and in the safe area, its label's ink
    is under it, and no two texts or codes overlap: boxes in mm, from the laid-out pages."""
    kit = load_kit(_kit(kit_copy, *SIZES[size]))
    layout = kit.layouts[size]
    assert layout.sized_from is not None
    assert not [n for n in ("qr", "qr-label", "calls") if n in layout.own_frames]
    w, h = layout.trim
    safe = layout.safe
    fonts = load_fontbook(kit.fonts_dir)
    for lang in ("en", "ar", "zh", "my"):
        errs: Collector = Collector()
        overflows: list[OverflowReport] = []
        doc = compose_content(layout, resolve_kit(kit, kit.languages[lang]), fonts, errs, overflows)
        assert [(o.slot, o.lang) for o in overflows] == []
        for page in doc.pages:
            inks: dict[str, tuple[float, float, float, float]] = {}
            for item in page.items:
                if isinstance(item, TextItem) and (lines := text_extents(item)):
                    inks[item.slot] = (
                        min(x[0] for x in lines) / MM,
                        min(x[1] for x in lines) / MM,
                        max(x[2] for x in lines) / MM,
                        max(x[3] for x in lines) / MM,
                    )
                elif isinstance(item, QrItem):
                    b = item.box
                    assert b.w / MM >= QR_MIN_MM - 0.001, (lang, item.slot, b.w / MM)
                    inks[item.slot] = (b.x / MM, b.y / MM, (b.x + b.w) / MM, (b.y + b.h) / MM)
            for slot, (x0, y0, x1, y1) in inks.items():
                where = (lang, slot, (x0, y0, x1, y1))
                assert safe - 0.05 <= x0, where
                assert x1 <= w - safe + 0.05, where
                assert safe - 0.05 <= y0, where
                assert y1 <= h - safe + 0.05, where
            for (a, box_a), (b, box_b) in itertools.combinations(inks.items(), 2):
                if frozenset({a, b}) not in ALTERNATES:
                    assert _overlap(box_a, box_b) == 0, (lang, a, box_a, b, box_b)
            for qr in [s for s in inks if s.endswith("qr")]:
                label = inks[f"{qr}-label"]
                assert label[1] >= inks[qr][3], (lang, qr, inks[qr], label)


def test_a_dl_flyers_qr_label_is_placed_with_the_codes_final_size(
    kit_copy: Callable[..., Path],
) -> None:
    """The A5's 26 mm code and its 26 x 7 mm label 1.5 mm under it, on a DL (scaled by
    99/148): the code is 20 mm, not 17.4; the label is 26 x 7 mm (its 6 pt type is held at
    the floor: 1.495 times its scaled 4.0 pt) as far as its row lets it across, and starts
    1.0 mm (1.5 scaled) under the code, not 0.3 mm over it. Every text's and code's frame
    keeps the safe margin (the foot's sources and the label came 1 mm into it)."""
    layout = load_kit(_kit(kit_copy, *SIZES["flyer-dl"])).layouts["flyer-dl"]
    boxes = {sl.name: sl.frame.resolve(99, 210) for sl in layout.slots}
    for sl in layout.slots:  # every text's and code's frame keeps the 4 mm safe margin
        if isinstance(sl, TextSlot | QrSlot):
            x, y, w, h = boxes[sl.name]
            assert 4 - 0.001 <= x <= x + w <= 95 + 0.001, (sl.name, boxes[sl.name])
            assert 4 - 0.001 <= y <= y + h <= 206 + 0.001, (sl.name, boxes[sl.name])
    for qr in ("qr", "back-qr"):
        x, y, w, h = boxes[qr]
        lx, ly, lw, lh = boxes[f"{qr}-label"]
        assert (w, h) == (QR_MIN_MM, QR_MIN_MM)
        assert ly - (y + h) == pytest.approx(1.5 * 99 / 148, abs=0.002)
        assert lw >= QR_MIN_MM
        assert lw * lh == pytest.approx(26 * 7, abs=0.1)  # wider, or taller where it is not
        assert lx + lw <= 99 - 4 + 0.001  # the safe margin
        assert y + h + 1.0 <= ly + lh <= 210 - 4 + 0.001


def test_what_grows_pushes_what_follows_across_and_its_band_holds_it() -> None:
    """A 100 x 200 mm design on 100 x 300 (s = 1, 100 mm to spare: the groups spread): a
    foot band (150 to 200 mm) holds text A (155, 10 mm) over text B (170), and text C
    beside B. A takes 5 mm more: B, under it, moves on by 5, C, not under it, does not;
    the band grows 5 mm up to hold them and still reaches the foot; the top group keeps
    the top. Exact mm."""
    frames = [
        Frame(start=0, top=150, width=100, height=50),  # band
        Frame(start=10, top=155, width=40, height=10),  # A
        Frame(start=10, top=170, width=40, height=10),  # B
        Frame(start=60, top=170, width=30, height=10),  # C
        Frame(start=10, top=10, width=80, height=20),  # a heading at the top
    ]
    placed = place_frames(
        frames, (100, 200), (100, 300), 1.0, safe=4.0, grow=[0.0, 5.0, 0.0, 0.0, 0.0]
    )
    band, a, b, c, top = (f.resolve(100, 300) for f in placed)
    assert band == (0, 245, 100, 55)
    assert a == (10, 250, 40, 15)
    assert b == (10, 270, 40, 10)
    assert c == (60, 265, 30, 10)
    assert top == (10, 10, 80, 20)


@pytest.mark.parametrize("size", ["flyer-postcard", "poster-dl", "poster-a6"])
def test_a_derived_size_passes_the_check_in_every_language(
    kit_copy: Callable[..., Path], size: str
) -> None:
    """The postcard failed 7 texts (Arabic, Urdu, Persian, Bengali, Khmer and Burmese sources
    on the back, Burmese calls and QR label), the DL poster 4 (the call-to-action title in
    Arabic, Urdu, Persian and Burmese, 0.1 to 0.3 mm short at 9 pt) and the A6 poster 13
    (QR labels in ru, sw, km, tr, uk and ka, with tel: and mailto: links too, a word up to
    3.7 mm wider than the label at 9 pt): `check` passes in all 26 languages and the
    pseudo-locales, with nothing over another."""
    code, out = cli("check", "--kit", _kit(kit_copy, *SIZES[size]), "--only", size)
    assert code == 0, out
    assert "in 26 language(s) lay out" in out  # its short variants are notes (text.short-variant)


def test_a_size_with_no_room_to_spare_moves_nothing_onto_its_neighbours(
    kit_copy: Callable[..., Path],
) -> None:
    """The A3 poster made 90 x 127 mm (scaled by 0.3, the poster's 9 pt floor held: 3.3
    times the scaled type) cannot fit: the check names each text that does not fit, with
    the size to change, and the QR code and its label, grown, cover nothing (they moved 30
    mm up over the fact before). An A6 did not fit either; its texts are given the room
    the others leave now (kit.fit.make_room)."""
    root = _kit(kit_copy, poster_sizes="  small: {trim: [90, 127]}\n")
    code, out = cli("check", "--kit", root, "--only", "poster-small", "--lang", "en,ar,zh,my")
    assert code == 1
    assert "error[layout.overlap]" not in out, out
    overflows = [ln for ln in out.splitlines() if "error[text.overflow]: poster-small" in ln]
    assert overflows
    told = out.count("or change poster-small alone (poster-a3 scaled; `sizes: small:`")
    assert told >= len(overflows)


def test_a_text_too_tall_at_its_floor_takes_room_from_what_is_around_it() -> None:
    """make_room on a 100 mm high page (5 mm safe margin), exact mm. Text A (35 to 45 mm)
    lacks 6 mm: it grows down; B under it (5 mm away, 2 mm of its own empty) moves 3.5 mm
    down (half the space kept: GAP_KEPT) and gives its 2 mm; what is under B keeps its place.
    Text D at the foot, on the safe margin, lacks 4 mm: it grows up; E over it on the same
    band moves up 1.5 mm (keeping half the 5 mm between) and the band grows 1.5 mm up to
    keep its 5 mm above E, its foot on the trim; F over the band keeps its place."""
    assert GAP_KEPT == 0.5
    top = [
        (0.0, 0.0, 100.0, 30.0),  # a band at the top, with a title on it
        (10.0, 8.0, 80.0, 14.0),
        (10.0, 35.0, 80.0, 10.0),  # A
        (10.0, 50.0, 80.0, 10.0),  # B
        (10.0, 70.0, 40.0, 20.0),
        (60.0, 70.0, 30.0, 20.0),  # a QR code
    ]
    out = make_room(top, {0}, {2: 6.0}, {3: 2.0}, (100.0, 5.0))
    assert out == [*top[:2], (10.0, 35.0, 80.0, 16.0), (10.0, 53.5, 80.0, 8.0), *top[4:]]
    foot = [
        (10.0, 40.0, 80.0, 10.0),  # F
        (0.0, 60.0, 100.0, 40.0),  # a band at the foot
        (10.0, 65.0, 80.0, 10.0),  # E
        (10.0, 80.0, 80.0, 15.0),  # D
    ]
    out = make_room(foot, {1}, {3: 4.0}, {}, (100.0, 5.0))
    assert out == [
        foot[0],
        (0.0, 58.5, 100.0, 41.5),
        (10.0, 63.5, 80.0, 10.0),
        (10.0, 76.0, 80.0, 19.0),
    ]
    # a frame the size gives of its own (E) stays: D has half the space over it
    kept = make_room(foot, {1}, {3: 4.0}, {}, (100.0, 5.0), frozenset({2}))
    assert kept == [*foot[:3], (10.0, 77.5, 80.0, 17.5)]
    # a text a QR code (grown to 20 mm) overlaps keeps its frame: it would cover more of it
    crossed = [(10.0, 50.0, 50.0, 10.0), (55.0, 45.0, 20.0, 20.0)]
    assert make_room(crossed, set(), {0: 5.0}, {}, (100.0, 5.0)) == crossed


def test_a_word_too_wide_takes_the_width_its_row_leaves() -> None:
    """make_width on a 100 mm wide page (5 mm safe margin), exact mm. Label L (65 to 95 mm,
    on the safe margin) lacks 8 mm: nothing on its right, it grows 8 mm left, to 3 mm (its
    gap) from the print of text A beside it, whose 60 mm frame prints to 50 mm only: A's
    frame ends where L begins. Text M (40 to 60) lacks 6 mm: it grows 3 mm each way about
    its centre, B's frame ending where it begins, the picture on its right untouched. A
    text that lacks more than its row leaves has what is there: N reaches the print of C
    (2 mm off) and the safe margin. A frame the size gives (kept) is passed by no text and
    stays; a frame over a text's middle leaves it as it was."""
    assert GAP_ACROSS == 1.0
    boxes = [
        (5.0, 80.0, 60.0, 5.0),  # A, prints 5 to 50
        (65.0, 80.0, 30.0, 5.0),  # L
        (70.0, 55.0, 20.0, 20.0),  # a QR code over L: not in its row
        (5.0, 20.0, 33.0, 5.0),  # B, prints 5 to 20
        (40.0, 20.0, 20.0, 5.0),  # M
        (70.0, 18.0, 20.0, 10.0),  # a picture
        (0.0, 0.0, 100.0, 100.0),  # the ground: what they lie on
    ]
    inks = [(5.0, 50.0), (66.0, 94.0), (70.0, 90.0), (5.0, 20.0), (41.0, 59.0), (70.0, 90.0), None]
    out = make_width(boxes, inks, {1: (8.0, 3.0), 4: (6.0, 2.0)}, (100.0, 5.0))
    assert out == [
        (5.0, 80.0, 52.0, 5.0),
        (57.0, 80.0, 38.0, 5.0),
        boxes[2],
        (5.0, 20.0, 32.0, 5.0),
        (37.0, 20.0, 26.0, 5.0),
        *boxes[5:],
    ]
    # N (50 to 60) lacks 60 mm: C prints to 30, the safe margin is at 95
    row = [(5.0, 10.0, 44.0, 5.0), (50.0, 10.0, 10.0, 5.0)]
    out = make_width(row, [(5.0, 30.0), (51.0, 59.0)], {1: (60.0, 2.0)}, (100.0, 5.0))
    assert out == [(5.0, 10.0, 27.0, 5.0), (32.0, 10.0, 63.0, 5.0)]
    # a frame the size gives of its own: N goes to its frame's edge, not its print's
    kept = make_width(
        row, [(5.0, 30.0), (51.0, 59.0)], {1: (30.0, 2.0)}, (100.0, 5.0), frozenset({0})
    )
    assert kept == [row[0], (49.0, 10.0, 40.0, 5.0)]
    # a frame across a text's middle (a picture over it): it has no side to grow to
    over = [(40.0, 10.0, 30.0, 10.0), (50.0, 12.0, 10.0, 5.0)]
    assert make_width(over, [(40.0, 70.0), (51.0, 59.0)], {1: (6.0, 2.0)}, (100.0, 5.0)) == over


def test_a_text_on_a_badge_takes_room_inside_its_live_circle() -> None:
    """make_room and make_width with a badge's live circle (centre 50, 50, radius 30 mm) on a
    100 mm page whose rectangle (5 mm margin) would let a text grow to 95 mm: text A (30 to
    70 across, 50 to 60 down) lacks 20 mm; its bottom corners reach the circle 22.36 mm
    under the centre (sqrt(30² - 20²)), so it grows 12.36 mm down and the 7.64 mm left up.
    Across, text B (40 to 60, 45 to 55) grows to the circle's chord at its edge furthest
    from the centre (5 mm: ±29.58 mm), not to the 5 mm margin. Exact mm, to 0.002."""
    circle = (50.0, 50.0, 30.0)
    a = [(30.0, 50.0, 40.0, 10.0)]
    assert make_room(a, set(), {0: 20.0}, {}, (100.0, 5.0)) == [(30.0, 50.0, 40.0, 30.0)]
    ((x, y, w, h),) = make_room(a, set(), {0: 20.0}, {}, (100.0, 5.0), circle=circle)
    assert (x, w) == (30.0, 40.0)
    assert y == pytest.approx(50 - 7.639, abs=0.002)
    assert y + h == pytest.approx(50 + 500**0.5, abs=0.002)
    # a frame whose corners were out of the circle already goes no further out
    out = [(25.0, 60.0, 50.0, 10.0)]  # corners 29.2 and 32.0 mm from the centre
    ((_, y, _, h),) = make_room(out, set(), {0: 5.0}, {}, (100.0, 5.0), circle=circle)
    assert (y, y + h) == pytest.approx((60 - 5.0, 70.0), abs=0.002)  # up, as close as it was
    b = [(40.0, 45.0, 20.0, 10.0)]
    half = (30.0**2 - 5.0**2) ** 0.5
    assert make_width(b, [(41.0, 59.0)], {0: (30.0, 2.0)}, (100.0, 5.0), circle=circle) == [
        (25.0, 45.0, 50.0, 10.0)
    ]
    ((x, _, w, _),) = make_width(b, [(41.0, 59.0)], {0: (80.0, 2.0)}, (100.0, 5.0), circle=circle)
    assert (x, x + w) == pytest.approx((50 - half, 50 + half), abs=1e-9)


# A badge text in Arabic longer than the kit's (test data, not a translation): at 44 mm it
# takes room within the live circle; at 38 mm, with a hashtag no line break divides, what
# the circle leaves is not enough
LONG_AR = "أوقفوا الاتجار بالبشر واحموا الأطفال والنساء والرجال من الاستغلال"
AR_BADGE = "    text: أوقفوا الاتجار بالبشر\n    source: End human trafficking\n"


def _badge_kit(kit_copy: Callable[..., Path], text: str) -> Path:
    ar = (ROOT / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    assert AR_BADGE in ar
    longer = AR_BADGE.replace("أوقفوا الاتجار بالبشر", f"'{text}'")  # quoted: a # in it
    return kit_copy(**{"materials/strings/ar.yaml": ar.replace(AR_BADGE, longer)})


def test_a_derived_badges_long_text_takes_room_inside_its_live_circle(
    kit_copy: Callable[..., Path],
) -> None:
    """Badges were given no room (their safe area is a circle): the long Arabic text did not
    fit the 44 mm badge (0.6 mm too tall at 6.07 pt). It takes room now, its frame's corners
    kept in the live circle, and passes. The ring (a circle shape around the heart and the
    words) stays as the size places it: as a band that holds them it grew 1.8 mm taller on
    the 38 mm badge, an ellipse."""
    root = _badge_kit(kit_copy, LONG_AR)
    code, out = cli("check", "--kit", root, "--only", "badge-44mm", "--lang", "ar")
    assert code == 0, out
    kit = load_kit(root)
    for size in ("badge-44mm", "badge-38mm"):
        layout = kit.layouts[size]
        ring = next(sl for sl in layout.slots if sl.name == "ring").frame.resolve(*layout.trim)
        content = resolve_kit(kit, kit.languages["ar"])
        doc = compose_content(layout, content, load_fontbook(kit.fonts_dir), Collector(), [])
        (drawn,) = (i for i in doc.pages[0].items if i.slot == "ring")
        box = (drawn.box.x / MM, drawn.box.y / MM, drawn.box.w / MM, drawn.box.h / MM)
        assert box == pytest.approx(ring, abs=1e-6), size


def test_a_derived_badges_text_is_given_no_room_past_its_live_circle(
    kit_copy: Callable[..., Path],
) -> None:
    """With a hashtag at its end, on the 38 mm and 1.5 in badges, a rectangle's room printed
    the text 1.6 and 1.5 mm past the live circle (layout.safe-area); the circle's room is
    not enough, and the check says the text does not fit, at each size."""
    root = _badge_kit(kit_copy, LONG_AR + " #EndHumanTrafficking")
    code, out = cli("check", "--kit", root, "--only", "badge-38mm,badge-1-5in", "--lang", "ar")
    assert code == 1
    assert "error[layout.safe-area]" not in out, out
    for size in ("38mm", "1-5in"):
        told = f"error[text.overflow]: badge-{size} [ar] 'badge': text does not fit slot 'words'"
        assert told in out, out


def test_room_that_pushes_a_text_into_the_safe_margin_is_not_taken(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The A6 flyer's calls narrowed to 30 mm lack room in French; the room found for them
    pushed the hashtags' frame to the safe margin, and their last line's descenders 0.5 mm
    into it: the build's error named the hashtags' slot (`layout.safe-area`, "move the
    slot's frame inwards"), not the calls that lacked room. Room that makes a text cross
    the safe area is not taken (layout.compose._crossing): the calls' `text.overflow` is
    the error, at the text. Since the A6 keeps its hashtags' frame out of the margin
    (kit.sizes._kept_out), the room found (kit.sizes.with_room) keeps them out too and the
    calls fit: the room is given here as it was, the hashtags 1 mm further down, into the
    margin."""
    import campaign.kit.sizes as sizes_module

    layout = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    a6 = "calls: {frame: {start: 8.1, top: 121.6, width: 66, height: 14.4}}"
    assert a6 in layout
    narrow = layout.replace(a6, a6.replace("width: 66", "width: 30"))
    kit = kit_copy(**{"materials/layouts/flyer-a5.yaml": narrow})
    code, out = cli(
        "check", "--kit", kit, "--office", "brussels", "--only", "flyer-a6", "--lang", "fr"
    )
    assert code == 0, out  # the room kept out of the margin: the calls fit
    real = sizes_module.with_room

    def pushing(layout: Layout, page: str, *args: object, **kwargs: object) -> Layout:
        roomier = real(layout, page, *args, **kwargs)  # type: ignore[arg-type]
        slots = tuple(
            replace(sl, frame=replace(sl.frame, top=sl.frame.top + 1.0))
            if sl.name == "hashtags" and sl.frame.top is not None
            else sl
            for sl in roomier.pages[0].slots
        )
        return replace(roomier, pages=(replace(roomier.pages[0], slots=slots),))

    monkeypatch.setattr(sizes_module, "with_room", pushing)
    code, out = cli(
        "check", "--kit", kit, "--office", "brussels", "--only", "flyer-a6", "--lang", "fr"
    )
    assert code == 1, out
    assert "layout.safe-area" not in out, out
    assert (
        f"{kit / 'materials/strings/fr.yaml'}:40:3: error[text.overflow]: brussels / flyer-a6 "
        "[fr] 'cta, cta_donate, cta_join': text does not fit slot 'calls' even at 6 pt with "
        "its short variant: "
    ) in out, out
    # at the text that takes the room, cta_donate's line (40), not cta's (35)
    assert "; 'cta_donate' takes the room: without it the slot's other texts fit\n" in out, out
