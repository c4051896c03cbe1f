"""Issue 9: no text below the material's type floor, and art that covers its page.

Through the CLI on copies of the repository's kit (the issue's reproductions) and of the mini
kit, and `coverage()` on hand-made items (pure geometry, no rendering)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.layout.coverage import coverage
from campaign.layout.document import MM, Box, ImageItem, QrItem, ShapeItem, SvgItem

from ..kits import check, cli, mini_copy

ROOT = Path(__file__).resolve().parents[2]
A4 = (210 * MM, 297 * MM)


def rect(
    x: float, y: float, w: float, h: float, fill: str | None = "blue", r: float = 0
) -> ShapeItem:
    return ShapeItem("s", Box(x * MM, y * MM, w * MM, h * MM), "rect", fill, None, 0, r * MM)


# ---- the shipped kit ----------------------------------------------------------------------


def test_the_shipped_kit_is_above_its_floors_and_covered() -> None:
    code, out = cli("check", "--kit", ROOT)
    assert code == 0, out
    assert "layout.too-small" not in out, out
    assert "layout.uncovered" not in out, out


# ---- art coverage -------------------------------------------------------------------------


def test_a3_poster_with_only_its_trim_changed_to_a2_fails(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text()
    assert "\ntrim: [297, 420]\n" in text
    layout.write_text(text.replace("\ntrim: [297, 420]\n", "\ntrim: [420, 594]\n"))
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1
    assert (
        # the ground's frame stops at 297 x 420 mm: it bleeds at the edges it reaches only;
        # told at the ground's slot (line 31), whose frame the hint says to change
        f"{layout}:31:5: error[layout.uncovered]: poster-a3: the art covers 51.0 % of the "
        "page; 49.0 % is bare paper: the band 420-594 mm from the top and the end 29 % (123 "
        "mm, but for small items) have no ground\n"
        "  hint: make a filled slot cover the trim, e.g. slot 'ground' with frame "
        "{start: 0, end: 0, top: 0, bottom: 0}, which follows any trim\n"
        "  hint: if the paper is meant to show, say so with 'ground: paper' in the layout\n"
    ) in out
    # one cause, one error: the mirrored Arabic page has the same bands on its end side
    assert out.count("layout.uncovered") == 1, out
    # and the QR code's label, placed from the page's end and bottom, now on the paper
    assert "slot 'qr-label': white text on the bare paper (white)" in out


def test_build_fails_the_uncovered_material_only(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    layout.write_text(layout.read_text().replace("\ntrim: [297, 420]\n", "\ntrim: [420, 594]\n"))
    out = tmp_path / "out"
    code, text = cli(
        "build",
        "--kit",
        kit,
        "-o",
        out,
        "--only",
        "poster-a3,badge-58",
        "--lang",
        "en",
        "--jobs",
        "1",
    )
    assert code == 1
    assert "error[layout.uncovered]: poster-a3:" in text
    assert not (out / "poster-a3").exists()
    assert (out / "badge-58").is_dir()


def test_ground_paper_allows_bare_paper(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text().replace("\ntrim: [297, 420]\n", "\ntrim: [420, 594]\nground: paper\n")
    layout.write_text(text)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert "layout.uncovered" not in out, out
    errors = {
        line.split("error[")[1].split("]")[0] for line in out.splitlines() if "error[" in line
    }
    assert errors == {"colour.contrast"}, out
    # the texts placed from the larger page's end and bottom edges now lie off the blue, on
    # the paper: white on white, which the paper's being the ground does not excuse
    assert "slot 'qr-label': white text on the bare paper (white)" in out


def test_a_badge_must_cover_its_cut_circle_not_only_its_face(tmp_path: Path) -> None:
    ground = "{name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 20, height: 20}}"
    face = "{name: ground, kind: shape, shape: circle, fill: blue, frame: {start: 2, top: 2, width: 16, height: 16}}"
    kit = mini_copy(tmp_path, {"layouts/badge.yaml": (ground, face)})
    code, out = cli("check", "--kit", kit, "--only", "badge", "--lang", "en,ar")
    assert code == 1
    layout = kit / "materials/layouts/badge.yaml"
    # the wrap ring: 1 - 16² / 20² = 36 % of the cut circle, sampled in 1 mm rows
    assert (
        f"{layout}:11:5: error[layout.uncovered]: badge: the art covers 64.1 % of the cut circle "
        "(face and wrap); 35.9 % is bare paper: the gaps lie within 20 x 20 mm, 0 mm from the "
        "top and 0 mm from the start edge\n"
    ) in out, out
    assert out.count("layout.uncovered") == 1


CARD = """\
title: Card
kind: flyer
trim: [100, 60]
styles:
  body: {size: 9, colour: navy}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: light, bleed: all, frame: {start: 0, top: 0, end: 0, bottom: 0}}
      - {name: theme, kind: text, string: theme, style: body,
         frame: {start: 5, top: 5, width: 90, height: 20}}
  - name: back
    slots:
      - {name: theme-back, kind: text, string: theme, style: body,
         frame: {start: 5, top: 5, width: 90, height: 20}}
"""


def test_each_page_must_be_covered(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy(**{"materials/layouts/card.yaml": CARD})
    code, out = cli("check", "--kit", kit, "--only", "card", "--lang", "en")
    assert code == 1
    layout = kit / "materials/layouts/card.yaml"
    # at `trim:` (the back has no filled shape), with a hint for the back, not the front's
    # slot 'ground'
    assert (
        f"{layout}:3:1: error[layout.uncovered]: card: nothing covers the page 'back': all of "
        "it is bare paper\n"
        "  hint: give page 'back' a ground: a slot of kind: shape with a fill, listed first on "
        "the page, with frame {start: 0, end: 0, top: 0, bottom: 0}, which follows any trim\n"
        "  hint: if the paper is meant to show, say so with 'ground: paper' in the layout\n"
    ) in out, out
    assert "the page 'front'" not in out
    layout.write_text(CARD.replace("trim: [100, 60]\n", "trim: [100, 60]\nground: paper\n"))
    code, out = cli("check", "--kit", kit, "--only", "card", "--lang", "en")
    assert code == 0, out


# A trial's two-sided bookmark (50 x 180 mm): the back's ground cut to 120 mm, a QR code on a
# white square from 140 to 166 mm (26 mm of the 50 across, more than a tenth: not bare)
BOOKMARK = """\
title: Bookmark 50 x 180
kind: flyer
trim: [50, 180]
bleed: 3
safe: 4
styles:
  text: {size: 8, min_size: 6, colour: navy, leading: 1.25}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 50, height: 180}}
  - name: back
    slots:
      - {name: back-ground, kind: shape, fill: light, bleed: all, frame: {start: 0, top: 0, width: 50, height: 120}}
      - {name: signs, kind: text, string: signs, style: text,
         frame: {start: 5, top: 17, width: 40, height: 100}}
      - {name: qr, kind: qr, link: blueheart, colour: black, background: white, quiet: 4,
         alt: qr_label, frame: {start: 12, top: 140, width: 26, height: 26}}
"""


def test_every_bare_band_is_named_at_the_pages_ground(kit_copy: Callable[..., Path]) -> None:
    """The bands 120-140 mm (between the cut ground and the QR code) and 166-180 mm (below
    it), at the back's ground slot (line 14), whose name the hint gives: the message named
    the bottom 14 mm alone, at `trim:`, and the front's slot 'ground'."""
    kit = kit_copy(**{"materials/layouts/bookmark.yaml": BOOKMARK})
    code, out = cli("check", "--kit", kit, "--only", "bookmark", "--lang", "en,ar")
    assert code == 1
    layout = kit / "materials/layouts/bookmark.yaml"
    assert (
        f"{layout}:14:9: error[layout.uncovered]: bookmark: the art covers 74.2 % of the page "
        "'back'; 25.8 % is bare paper: the bands 120-140 mm and 166-180 mm from the top have "
        "no ground\n"
        "  hint: make a filled slot cover the trim, e.g. slot 'back-ground' with frame "
        "{start: 0, end: 0, top: 0, bottom: 0}, which follows any trim\n"
        "  hint: if the paper is meant to show, say so with 'ground: paper' in the layout\n"
    ) in out, out
    assert out.count("layout.uncovered") == 1, out


def test_rim_text_below_the_floor_is_one_error_for_every_language(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/badge-58.yaml"
    layout.write_text(layout.read_text().replace("\nsafe: 3\n", "\nsafe: 3\nmin_type_pt: 7\n"))
    code, out = cli("check", "--kit", kit, "--only", "badge-58", "--lang", "en,ar,zh")
    assert code == 1
    assert (
        "error[layout.too-small]: badge-58 slot 'rim': style 'rim' sets this text at 6.3 pt, "
        "below the badge's type floor of 7 pt\n"
    ) in out, out
    assert out.count("layout.too-small") == 1


def test_coverage_counts_filled_shapes_images_and_qr_backgrounds_only() -> None:
    full = rect(0, 0, 210, 297)
    assert coverage((full,), A4).share == 1
    assert coverage((rect(0, 0, 210, 297, fill=None),), A4).share == 0
    svg = SvgItem("art", full.box, Path("a.svg"), "center")
    assert coverage((svg,), A4).share == 0
    image = ImageItem("photo", full.box, Path("a.jpg"), (0, 0, 1, 1), 300, None)
    assert coverage((image,), A4).share == 1
    qr = QrItem("qr", Box(0, 0, 210 * MM, 100 * MM), "https://x", "black", "white", 2)
    assert coverage((qr,), A4).share == pytest.approx(100 * 100 / (210 * 297), abs=0.002)
    bare_qr = QrItem("qr", Box(0, 0, 210 * MM, 100 * MM), "https://x", "black", None, 2)
    assert coverage((bare_qr,), A4).share == 0


def test_coverage_of_rounded_corners_and_circles() -> None:
    rounded = coverage((rect(0, 0, 210, 297, r=20),), A4)
    corners = (20 * 20 * (4 - 3.14159)) / (210 * 297)  # four corners outside the arcs
    assert 1 - rounded.share == pytest.approx(corners, rel=0.05)
    circle = ShapeItem("c", Box(0, 0, 100 * MM, 100 * MM), "circle", "blue", None, 0, 0)
    share = coverage((circle,), (100 * MM, 100 * MM)).share
    assert share == pytest.approx(3.14159 / 4, abs=0.002)


def test_coverage_says_where_the_bare_bands_are() -> None:
    top_half = coverage((rect(0, 0, 210, 148.5), rect(190, 150, 20, 147)), A4)
    assert top_half.share == pytest.approx((210 * 148.5 + 20 * 147) / (210 * 297), abs=0.003)
    # the bottom half is bare but for a 20 mm strip (under BARE of each row); the left 190 mm
    # are half covered, so they are not a bare band
    assert set(top_half.bands) == {"bottom"}
    assert top_half.bands["bottom"] / MM == pytest.approx(148, abs=1)
    assert top_half.partly == {"bottom"}
    hole = coverage((rect(0, 0, 210, 100), rect(0, 110, 210, 187)), A4)
    assert hole.bands == {}
    assert hole.bbox is not None
    assert [round(v / MM) for v in hole.bbox] == [0, 100, 210, 110]


# ---- the type floor -----------------------------------------------------------------------

FLYER_QR_LABEL = "qr_label:  {size: 6.5, min_size: 6,"


def test_a_flyer_style_shrunk_below_6_pt_fails(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/flyer-a5.yaml"
    text = layout.read_text()
    assert FLYER_QR_LABEL in text
    layout.write_text(text.replace(FLYER_QR_LABEL, "qr_label:  {size: 6.5, min_size: 4,"))
    code, out = cli("check", "--kit", kit, "--only", "flyer-a5", "--lang", "en,ar,my")
    assert code == 1
    # the style could set text below the floor: a warning where it is declared
    style = next(n for n, t in enumerate(text.splitlines(), 1) if FLYER_QR_LABEL in t)
    assert (
        f"{layout}:{style}:14: warning[layout.too-small]: style 'qr_label' lets copy-fit go down "
        "to 4 pt, below the flyer's type floor of 6 pt\n"
    ) in out
    # Arabic and Burmese need it shrunk (English fits at 6.5 pt): one error at each slot of
    # the style (the label under the QR code on the front and on the back)
    for slot in ("qr-label", "back-qr-label"):
        line = next(n for n, t in enumerate(text.splitlines(), 1) if f"name: {slot}," in t)
        assert (
            f"{layout}:{line}:{text.splitlines()[line - 1].index('{') + 1}: "
            f"error[layout.too-small]: flyer-a5 slot '{slot}': copy-fit sets this "
            "text smaller to fit in 2 languages (ar 5.75 pt, my 5.52 pt), below the flyer's type "
            "floor of 6 pt (style 'qr_label' allows 4 pt)\n"
            f"  hint: raise the style's min_size at flyer-a5.yaml:{style} to 6 pt (copy-fit "
            "then takes the short: variant, or reports the overflow)\n"
        ) in out, out
    assert out.count("error[layout.too-small]") == 2


def test_min_type_pt_lowers_the_floor(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/flyer-a5.yaml"
    text = layout.read_text().replace(FLYER_QR_LABEL, "qr_label:  {size: 6.5, min_size: 4,")
    layout.write_text(text.replace("\nsafe: 4\n", "\nsafe: 4\nmin_type_pt: 5.5\n"))
    code, out = cli("check", "--kit", kit, "--only", "flyer-a5", "--lang", "ar,my")
    assert code == 0, out
    assert "warning[layout.too-small]: style 'qr_label' lets copy-fit go down to 4 pt" in out


def test_a_style_set_below_the_floor_is_one_error_for_every_language(tmp_path: Path) -> None:
    style = "word: {weight: bold, size: 12, min_size: 6,"
    kit = mini_copy(
        tmp_path,
        {
            "layouts/text.yaml": (style, "word: {weight: bold, size: 7, min_size: 7,"),
        },
    )
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(layout.read_text().replace("min_type_pt: 3", "min_type_pt: 8"))
    code, out = cli("check", "--kit", kit, "--only", "text", "--lang", "en,ar")
    assert code == 1
    assert (
        f"{layout}:12:5: error[layout.too-small]: text slot 'word': style 'word' sets this "
        "text at 7 pt, below the poster's type floor of 8 pt\n"
        "  hint: raise the style's size (and min_size) at text.yaml:9 to at least 8 pt\n"
    ) in out, out
    assert out.count("layout.too-small") == 1  # no warning either: the error says it all


def test_a_style_below_the_floor_that_copy_fit_shrinks_is_one_error_at_its_size(
    tmp_path: Path,
) -> None:
    """A style set at 8 pt on a 9 pt floor, whose min_size lets copy-fit shrink an English
    word that is too long for it to 6.8 pt: it was two errors at one place with the same
    hints, one "at 8 pt" (Arabic, set at the style's size) and one "at 6.8 pt" (English).
    One cause, one error, at the style's size: the size to raise (a designer's trial)."""
    style = "word: {weight: bold, size: 12, min_size: 6,"
    kit = mini_copy(
        tmp_path,
        {
            "layouts/text.yaml": (style, "word: {weight: bold, size: 8, min_size: 6,"),
            "strings/en.yaml": ("word: Heart", "word: Heartbeats"),  # 6.8 pt in its frame
        },
    )
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(layout.read_text().replace("min_type_pt: 3", "min_type_pt: 9"))
    code, out = check(kit, "--only", "text", "--lang", "en,ar")
    assert (code, out) == (
        1,
        "materials/layouts/text.yaml:12:5: error[layout.too-small]: text slot 'word': style "
        "'word' sets this text at 8 pt, below the poster's type floor of 9 pt\n"
        "  hint: raise the style's size (and min_size) at text.yaml:9 to at least 9 pt\n"
        "  hint: if the material is read at arm's length, lower the floor with 'min_type_pt' in "
        "text.yaml\n"
        "1 error(s)\n",
    )


def test_a_style_below_the_floor_is_named_where_its_slot_is_not_drawn(
    kit_copy: Callable[..., Path],
) -> None:
    """The poster's contact slots draw an office's fields, empty in the campaign kit: a
    `contact` style set at 8 pt passed `check` of the campaign kit ("ok") and every office
    build with its contacts filled then failed. The style's own size is checked for the
    slots a document leaves out too."""
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    assert "  contact:   {weight: bold, size: 15, min_size: 9," in text
    layout.write_text(
        text.replace(
            "  contact:   {weight: bold, size: 15, min_size: 9,",
            "  contact:   {weight: bold, size: 8, min_size: 6,",
        ),
        encoding="utf-8",
    )
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1, out
    lines = text.splitlines()
    for slot in ("helpline", "web", "web-alone"):
        line = next(i for i, ln in enumerate(lines, 1) if f"{{name: {slot}," in ln)
        assert (
            f"{layout}:{line}:5: error[layout.too-small]: poster-a3 slot '{slot}': style "
            "'contact' sets this text at 8 pt, below the poster's type floor of 9 pt\n"
        ) in out, out
    assert out.count("error[layout.too-small]") == 3


def test_a_text_frame_past_the_trim_is_one_warning_for_every_language(
    kit_copy: Callable[..., Path],
) -> None:
    """A headline frame 15 mm wider than the poster passed `check` for the languages whose
    lines stopped short of the trim and failed the one whose longer line reached it: the
    frame itself is a warning at its slot, once."""
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    frame = "frame: {start: 22, top: 66, width: 253, height: 128}"
    assert frame in text
    layout.write_text(text.replace(frame, frame.replace("253", "290")), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,es")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "{name: headline," in ln)
    assert (
        f"{layout}:{line}:5: warning[layout.safe-area]: text slot 'headline': its frame runs "
        "15.0 mm past the trim's end edge, where a longer text (another language's) is cut\n"
        "  hint: move the frame inside the trim, and inside its safe margin\n"
    ) in out, out
    assert out.count("past the trim's end edge, where") == 1


def test_a_sizes_own_text_frame_past_its_trim_is_warned_too(
    kit_copy: Callable[..., Path],
) -> None:
    """A size's own frames (`sizes: a4: slots:`) do not scale: they are checked against that
    size's trim, as the design's are against its own."""
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    frame = "qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}"
    assert frame in text
    layout.write_text(
        text.replace(frame, frame.replace("top: 279.4", "top: 290")), encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--only", "poster-a4", "--lang", "en")
    # at the size's frame, not at the size's `a4:` (where the fix is: a review)
    line = next(n for n, t in enumerate(text.splitlines(), 1) if frame in t)
    assert (
        f"{layout}:{line}:17: warning[layout.safe-area]: text slot 'qr-label' of size 'a4': "
        "its frame runs 5.5 mm past the trim's bottom edge, where a longer text (another "
        "language's) is cut\n"
    ) in out, out


def test_a_print_layout_with_less_than_3_mm_bleed_is_warned_at_its_bleed(
    kit_copy: Callable[..., Path],
) -> None:
    """sticker-50 had `bleed: 2`: the build checked its files against that and published
    them, and the outside preflight (and `check --pdf`) failed every one. A print layout's
    bleed below 3 mm is a warning where it is given, which says why the build's preflight
    fails its files (it published them, a designer's trial); 3 mm is none."""
    kit = kit_copy()
    layout = kit / "materials/layouts/sticker-50.yaml"
    text = layout.read_text()
    assert "\nbleed: 3\n" in text
    line = text.splitlines().index("bleed: 3") + 1
    code, out = cli("check", "--kit", kit, "--only", "sticker-50", "--lang", "en")
    assert code == 0, out
    assert "layout.bleed" not in out
    layout.write_text(text.replace("\nbleed: 3\n", "\nbleed: 2\n"))
    code, out = cli("check", "--kit", kit, "--only", "sticker-50", "--lang", "en")
    assert (
        f"{layout}:{line}:8: warning[layout.bleed]: bleed of 2 mm: print shops ask for at least "
        "3 mm, and their preflight refuses less: so does the build's\n"
        "  hint: set bleed: 3 (art that reaches the edge extends to it)\n"
    ) in out, out
    code, out = cli(
        "build", "--kit", kit, "--only", "sticker-50", "--lang", "en", "--no-png",
        "--no-digital", "-o", kit / "out",
    )  # fmt: skip
    assert code == 1
    assert (
        f"{layout}:1:1: error[preflight.fail]: sticker-50 [en]: page 1: bleed is 2 mm; 3 mm "
        "is needed\n"
    ) in out, out
    assert not (kit / "out" / "sticker-50").exists()


def test_a_ground_that_stops_at_the_trim_fails_check_at_its_slot(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer's trial: the poster's ground without `bleed: all` passed `check` (a
    warning) and failed every build's preflight, named at the layout's first line. `check`
    finds what the preflight finds, at the slot, once for every language; the edge is the
    layout's (the end edge is the page's left in Arabic)."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    ground = "  - {name: ground, kind: shape, fill: blue, bleed: all,"
    assert ground in poster
    only = ground.replace("bleed: all", "bleed: [start, top, bottom]")
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": poster.replace(ground, only)})
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1
    assert (
        f"{kit}/materials/layouts/poster-a3.yaml:31:5: error[layout.bleed]: poster-a3 slot "
        "'ground': art stops at the trim on 72 % of the page's end edge, the slot's: the "
        "bleed is white there, and the build's preflight fails the file (in 2 languages: en, "
        "ar)\n"
        "  hint: let the slot's art run on into the bleed on those edges: `bleed:` with them "
        "(`bleed: all` for a ground)\n"
    ) in out
    # a pinned ground keeps its place in Arabic: its start edge is the page's left there too
    # (a review: [ar] named its end edge, [en] its start, two errors for one slot)
    pinned = ground.replace("bleed: all", "pin: true, bleed: [top, end, bottom]")
    layout = kit / "materials/layouts/poster-a3.yaml"
    layout.write_text(poster.replace(ground, pinned), "utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1
    assert (
        "error[layout.bleed]: poster-a3 slot 'ground': art stops at the trim on 72 % of the "
        "page's start edge, the slot's: the bleed is white there, and the build's preflight "
        "fails the file (in 2 languages: en, ar)\n"
    ) in out, out
    # the light band stops at the trim on the start and end edges, over the blue ground,
    # which bleeds: no paper shows, and the preflight passes it
    band = "  - {name: fact-band, kind: shape, fill: light, bleed: [start, end],"
    assert band in poster
    layout.write_text(poster.replace(band, band.replace("bleed: [start, end],", "")), "utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, out
    assert "error[layout.bleed]" not in out


def test_a_ground_that_stops_at_the_trim_fails_the_print_pdf_only(
    kit_copy: Callable[..., Path],
) -> None:
    """The bleed is the print PDF's alone: a layout whose art stops at the trim fails its
    print PDF, and its digital PDF and PNG, the trimmed page, are made (a designer's trial:
    a ground without `bleed:` withheld the preview of their edit). A layout error of another
    kind fails every rendition, as before (tests/pipeline/test_unreadable_language.py)."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    ground = "  - {name: ground, kind: shape, fill: blue, bleed: all,"
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": poster.replace(ground, ground[:-12])})
    out = kit / "out"
    code, text = cli(
        "build", "--kit", kit, "--only", "poster-a3", "--lang", "en", "--png-ppi", "20", "-o", out
    )
    assert code == 1
    assert (
        "error[build.job-failed]: poster-a3 [en]: not published: print_pdf; the previous files "
        "of these jobs are unchanged\n"
    ) in text, text
    made = sorted(p.name for p in (out / "poster-a3").iterdir())
    assert made == ["poster-a3-en-digital.pdf", "poster-a3-en-preview.png"]


@pytest.mark.parametrize(
    ("width", "drawn", "short"),
    [
        (297, (-3.0, 300.0), None),  # reaches the trim: into the bleed on both sides
        (296.7, (-3.0, 300.0), None),  # within 0.5 mm of it: as reaching it
        (294, (-3.0, 294.0), "end (3.0 mm)"),  # short of it, within the safe margin: warned
        (292, (-3.0, 292.0), None),  # at the safe margin (5 mm), as the hint says to end it
        (290, (-3.0, 290.0), None),  # farther: a design's own edge, as drawn
    ],
)
def test_a_slot_bleeds_only_at_the_edges_it_reaches(
    kit_copy: Callable[..., Path], width: float, drawn: tuple[float, float], short: str | None
) -> None:
    """A designer's trial: the poster's ground 290 mm wide with `bleed: all` was drawn 293 mm
    wide (grown by the bleed at an edge 7 mm short of the trim), and one 294 mm wide failed
    the bleed check with "`bleed: all` for a ground", which it had. A slot bleeds at the edges
    its frame reaches (within 0.5 mm); one that stops short of the trim within the safe
    margin is a warning that says so."""
    from campaign.kit import load_kit
    from campaign.layout.compose import place

    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    ground = "fill: blue, bleed: all, frame: {start: 0, top: 0, width: 297, height: 420}}"
    assert ground in poster
    text = poster.replace(ground, ground.replace("width: 297", f"width: {width}"))
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": text})
    layout = load_kit(kit).layouts["poster-a3"]
    slot = next(s for s in layout.slots if s.name == "ground")
    box = place(slot, layout, mirror=False)
    assert (round(box.x / MM, 2), round((box.x + box.w) / MM, 2)) == drawn
    assert (round(box.y / MM, 2), round((box.y + box.h) / MM, 2)) == (-3.0, 423.0)
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    warning = (
        f"{kit}/materials/layouts/poster-a3.yaml:31:5: warning[layout.bleed]: slot 'ground' "
        f"has `bleed:` at edges its frame stops short of the trim on: {short}; it is not run "
        "into the bleed there, and a strip of paper shows between\n"
        "  hint: make its frame reach the trim there (end: 0), or end it at the safe margin\n"
    )
    if short:
        assert warning in out, out
    else:
        assert "stops short of the trim" not in out, out


def test_a_frame_that_reaches_the_trim_keeps_to_it_in_every_size(
    kit_copy: Callable[..., Path],
) -> None:
    """A review: a frame 0.3 mm short of the trim reached it in the design (its `bleed:` ran
    it into the bleed) and, in a size with room to spare, was placed as if it did not: its
    edge mm away from the trim, and its bleed gone. Sizes take the same 0.5 mm."""
    from campaign.kit import load_kit
    from campaign.layout.compose import place

    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    ground = "fill: blue, bleed: all, frame: {start: 0, top: 0, width: 297, height: 420}}"
    assert ground in poster
    text = poster.replace(ground, ground.replace("width: 297", "width: 296.7"))
    text = text.replace("sizes:\n", "sizes:\n  square: {trim: [420, 420]}\n", 1)
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": text})
    layout = load_kit(kit).layouts["poster-square"]
    slot = next(s for s in layout.slots if s.name == "ground")
    box = place(slot, layout, mirror=False)
    assert (round(box.x / MM, 2), round((box.x + box.w) / MM, 2)) == (-3.0, 423.0)


def test_a_sizes_own_frame_that_stops_short_of_its_trim_is_warned(
    kit_copy: Callable[..., Path],
) -> None:
    """A review: the warning read the design's frames only, not the frames a size gives of
    its own."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    size = "  a1: {trim: [594, 841], title: Poster A1}\n"
    assert size in poster
    own = (
        "  a1: {trim: [594, 841], title: Poster A1, slots: {ground: {frame: {start: 0, top: 0, "
        "width: 591, height: 841}}}}\n"
    )
    text = poster.replace(size, own)
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": text})
    # the size's warning: told by a check of the size (one of the A3 design alone counts it
    # in a `layout.not-made` note: tests/sizes/test_not_made.py)
    code, out = cli("check", "--kit", kit, "--only", "poster-a1", "--lang", "en")
    # at the size's frame (the value of its `ground:`), not at the size's `a1:`
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t == own.rstrip("\n"))
    column = own.index("{frame: {start: 0") + 1
    assert (
        f"{kit / 'materials/layouts/poster-a3.yaml'}:{line}:{column}: warning[layout.bleed]: "
        "slot 'ground' has `bleed:` at edges its frame of size 'a1' stops short of the trim "
        "on: end (3.0 mm)"
    ) in out, out
