"""A size of other proportions than its design's follows the design (kit.place.place_frames):
what is on a band that reaches an edge stays on it, the rest is spread along the side with
room to spare; `keep_clear:` keeps the design out of a band of the size. A DL flyer of the A5
one had its back title 19 mm under the blue band it is white on, and its foot's texts off
the foot band (a designer's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.kit.sizes import groups, place_frames
from campaign.layout.compose import compose_content
from campaign.layout.document import ShapeItem, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.model import Frame, Layout, ShapeSlot, TextSlot
from campaign.resolve import resolve_kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
FLYER, POSTER = "materials/layouts/flyer-a5.yaml", "materials/layouts/poster-a3.yaml"
A4_FLYER = "  a4: {trim: [210, 297], title: Flyer A4}\n"
A2_POSTER = "  a2: {trim: [420, 594], title: Poster A2}\n"
MM = 72 / 25.4


def _kit(kit_copy: Callable[..., Path], banner: str = "") -> Path:
    flyer = (ROOT / FLYER).read_text(encoding="utf-8")
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A4_FLYER in flyer
    assert A2_POSTER in poster
    return kit_copy(
        **{
            FLYER: flyer.replace(A4_FLYER, A4_FLYER + "  dl: {trim: [99, 210]}\n"),
            POSTER: poster.replace(
                A2_POSTER, A2_POSTER + f"  banner: {{trim: [850, 2000], paper: custom{banner}}}\n"
            ),
        }
    )


def _within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    (x, y, w, h), (bx, by, bw, bh) = inner, outer
    tol = 0.001
    return bx - tol <= x and by - tol <= y and x + w <= bx + bw + tol and y + h <= by + bh + tol


def _on_bands(design: Layout) -> dict[str, str]:
    """Each text slot of the design and the band it lies on: the smallest shape that reaches
    an edge of the trim (not the whole page) whose frame holds the text's."""
    w, h = design.trim
    on: dict[str, str] = {}
    for page in design.pages:
        bands = [
            s
            for s in page.slots
            if isinstance(s, ShapeSlot) and s.frame.resolve(w, h) != (0, 0, w, h)
        ]
        for text in (s for s in page.slots if isinstance(s, TextSlot)):
            holding = [b for b in bands if _within(text.frame.resolve(w, h), b.frame.resolve(w, h))]
            if holding:
                on[text.name] = min(holding, key=lambda b: b.frame.resolve(w, h)[3]).name
    return on


@pytest.mark.parametrize(
    ("design", "size", "expected"),
    [
        (
            "flyer-a5",
            "flyer-dl",
            {
                "figure": "fact-band",
                "fact": "fact-band",
                "source": "fact-band",
                "back-title": "back-band",
                "back-hashtags": "foot-band",
                "contact-title": "foot-band",
                "contacts": "foot-band",
                "back-sources": "foot-band",
                "back-qr-label": "foot-band",
            },
        ),
        (
            "poster-a3",
            "poster-banner",
            {"figure": "fact-band", "fact": "fact-band", "source": "fact-band"},
        ),
    ],
)
def test_texts_stay_on_their_bands(
    kit_copy: Callable[..., Path], design: str, size: str, expected: dict[str, str]
) -> None:
    """Every text on a band in the design lies within that band on the size, every side in
    mm: its frame, and the box it is set in, in English and in Arabic (mirrored)."""
    kit = load_kit(_kit(kit_copy))
    on = _on_bands(kit.layouts[design])
    assert on == expected
    layout = kit.layouts[size]
    w, h = layout.trim
    frames = {s.name: s.frame.resolve(w, h) for s in layout.slots}
    for text, band in on.items():
        assert _within(frames[text], frames[band]), (text, frames[text], band, frames[band])
    fonts = load_fontbook(kit.fonts_dir)
    for lang in ("en", "ar"):
        errs: Collector = Collector()
        overflows: list[OverflowReport] = []
        doc = compose_content(layout, resolve_kit(kit, kit.languages[lang]), fonts, errs, overflows)
        for page in doc.pages:
            boxes = {
                i.slot: (i.box.x / MM, i.box.y / MM, i.box.w / MM, i.box.h / MM)
                for i in page.items
                if isinstance(i, TextItem | ShapeItem)
            }
            for text, band in on.items():
                if text in boxes and band in boxes:
                    bx, by, bw, bh = boxes[band]  # the band's box, cut back to the trim
                    x0, y0 = max(bx, 0), max(by, 0)
                    trimmed = (x0, y0, min(bx + bw, w) - x0, min(by + bh, h) - y0)
                    assert _within(boxes[text], trimmed), (lang, text, boxes[text], trimmed)
        drawn = {i.slot for p in doc.pages for i in p.items if isinstance(i, TextItem)}
        assert {"figure", "fact", "source"} <= drawn  # the test saw texts set on the bands


def test_a_dl_flyer_keeps_its_bands_and_spreads_the_rest(kit_copy: Callable[..., Path]) -> None:
    """DL (99 x 210 mm) of the A5 flyer: scaled by 99/148 to its width, with 69.5 mm of its
    height to spare; the front's four groups (day, headline, fact band, calls and QR) keep to
    the top, spread evenly (what its texts held at the 6 pt floor take is taken from the
    room first, kit.fit), and keep to the foot, inside the 4 mm safe margin; the back's
    title stays on the top band."""
    layout = load_kit(_kit(kit_copy)).layouts["flyer-dl"]
    s = 99 / 148
    box = {sl.name: sl.frame.resolve(99, 210) for sl in layout.slots}
    assert box["day"][1] == pytest.approx(10 * s, abs=0.001)  # the design's 10 mm, scaled

    def bottom(*names: str) -> float:
        return max(box[n][1] + box[n][3] for n in names)

    # the room added between groups, beyond the design's gaps (4, 6 and 5 mm) scaled
    added = [
        box["headline"][1] - bottom("day", "emblem") - 4 * s,
        box["fact-band"][1] - bottom("headline") - 6 * s,
        box["cta-title"][1] - bottom("fact-band") - 5 * s,
    ]
    assert added == pytest.approx([added[0]] * 3, abs=0.002)
    assert added[0] > 5
    # the foot's lowest frame in the design, the QR label, 4.5 mm from it, keeps the 4 mm safe
    # margin (scaled, it was 3 mm): the hashtags, 0.5 mm above it then, stay so, scaled
    assert bottom("hashtags") == pytest.approx(206.0 - 0.5 * s, abs=0.001)
    assert bottom("qr-label") <= 206.0 + 0.001
    band, title = box["back-band"], box["back-title"]
    assert band == pytest.approx((0, 0, 99, 30 * s), abs=0.001)
    assert title == pytest.approx((30 * s, 6 * s, 107 * s, 18 * s), abs=0.001)


def test_a_kept_clear_foot_holds_no_text_or_qr(kit_copy: Callable[..., Path]) -> None:
    """`keep_clear: {bottom: 150}`: a roll-up banner's foot, hidden by its stand: the design
    is placed in the 1850 mm above it, only the ground reaching the trim under it."""
    layout = load_kit(_kit(kit_copy, ", keep_clear: {bottom: 150}")).layouts["poster-banner"]
    assert layout.keep_clear is not None
    assert layout.keep_clear.bottom == 150
    lowest = {
        sl.name: sum(sl.frame.resolve(850, 2000)[1::2])
        for sl in layout.slots
        if not isinstance(sl, ShapeSlot)
    }
    assert max(lowest.values()) == pytest.approx(1850 - 9 * 850 / 297, abs=0.001)  # hashtags'
    assert max(lowest, key=lambda n: lowest[n]) in ("hashtags", "qr-label")
    ground = next(sl for sl in layout.slots if sl.name == "ground")
    assert ground.frame.resolve(850, 2000) == (0, 0, 850, 2000)


def test_groups_are_what_overlaps_or_nearly_touches() -> None:
    """A heading 0.5 mm over its text is one group with it; 2.5 mm apart, two; what spans
    the side is in none."""
    spans = [(0.0, 100.0), (10.0, 6.0), (16.5, 20.0), (39.0, 6.0), (90.0, 10.0), (45.5, 5.0)]
    assert groups(spans, 100.0) == [[1, 2], [3, 5], [4]]


def test_a_frame_on_a_kept_clear_edge_still_reaches_it() -> None:
    """A band at the foot of a design whose size keeps 50 mm clear at the bottom: its top
    moves up with the design, its foot stays at the trim (its art is under the stand)."""
    band, text = place_frames(
        [
            Frame(start=0, top=80, width=100, height=20),
            Frame(start=10, top=85, width=80, height=10),
        ],
        (100.0, 100.0),
        (100.0, 300.0),
        1.0,
        (0.0, 0.0, 0.0, 50.0),
    )
    assert band.resolve(100, 300) == (0, 230, 100, 70)
    assert text.resolve(100, 300) == (10, 235, 80, 10)


def test_the_proportions_warning_is_per_page(kit_copy: Callable[..., Path]) -> None:
    """The DL's own frames for its back's two bands (0-60 and 140-210 mm) leave the back
    little bare ground, not the front: the front alone is warned of, with its widest bare
    stretch (frames of its own for a slot silenced the warning for the whole size)."""
    root = _kit(kit_copy)
    flyer = (root / FLYER).read_text(encoding="utf-8")
    own = (
        "  dl: {trim: [99, 210], slots: {\n"
        "    back-band: {frame: {start: 0, top: 0, width: 99, height: 60}},\n"
        "    foot-band: {frame: {start: 0, top: 140, width: 99, height: 70}}}}\n"
    )
    (root / FLYER).write_text(flyer.replace("  dl: {trim: [99, 210]}\n", own), encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "flyer-dl", "--lang", "en")
    line = flyer.splitlines().index("  dl: {trim: [99, 210]}") + 1
    warned = [ln for ln in out.splitlines() if "warning[layout.proportions]" in ln]
    assert warned == [
        f"{root / FLYER}:{line}:8: warning[layout.proportions]: flyer-dl: size 'dl' (99 x 210 "
        "mm), page 'front': 89 mm of its 210 mm height show only what spans the page (the "
        "ground), 43% where the design's shows it on 14%: the design (148 x 210 mm) is 1:1.42 "
        "(portrait) and the size 1:2.12 (portrait), scaled by 0.67 to fit its width; the "
        "widest bare stretch is 27 mm, from 86 to 113 mm, between slot 'headline' and slot "
        "'fact-band'"
    ], out
    # without the back's own frames, the back is told of too
    (root / FLYER).write_text(flyer, encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "flyer-dl", "--lang", "en")
    assert "flyer-dl: size 'dl' (99 x 210 mm), page 'back': 84 mm of its 210 mm height" in out
    assert out.count("warning[layout.proportions]") == 2, out


def test_the_proportions_warning_names_a_neighbour_with_its_condition(
    kit_copy: Callable[..., Path],
) -> None:
    """A DL poster: its widest bare stretch lies under the day's line, which the poster has
    twice, `day` beside an office's logos and `day-wide` without them. The warning named
    `day` alone (a designer's trial, whose poster drew `day-wide`): it says when it is
    drawn."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    root = kit_copy(**{POSTER: poster.replace(A2_POSTER, A2_POSTER + "  dl: {trim: [99, 210]}\n")})
    code, out = cli("check", "--kit", root, "--only", "poster-dl", "--lang", "en")
    warned = [ln for ln in out.splitlines() if "warning[layout.proportions]" in ln]
    assert len(warned) == 1, out
    assert warned[0].endswith("between slot 'day' (drawn with a logo) and slot 'headline'"), out
