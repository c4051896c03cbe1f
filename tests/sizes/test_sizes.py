"""A layout's `sizes:`: one design in several sizes (materials/layouts/poster-a3.yaml)."""

import hashlib
import math
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.kit.sizes import QR_MIN_MM, scale_frame
from campaign.load import load_yaml
from campaign.model import Frame
from campaign.pipeline.fingerprint import build_hash, design_bytes
from campaign.pipeline.jobs import documents

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
A3 = (297.0, 420.0)
S_A2 = min(420 / 297, 594 / 420)  # 1.41414...: width-bound
S_TABLOID = min(279.4 / 297, 431.8 / 420)  # 0.94074...: width-bound, 18.3 mm to spare in height


@pytest.fixture(scope="module")
def kit():  # type: ignore[no-untyped-def]
    return load_kit(ROOT)


def test_sizes_are_layouts_of_their_own(kit) -> None:  # type: ignore[no-untyped-def]
    a2, tabloid = kit.layouts["poster-a2"], kit.layouts["poster-tabloid"]
    assert (a2.trim, a2.paper, a2.title) == ((420, 594), "iso", "Poster A2")
    assert (tabloid.trim, tabloid.paper, tabloid.title) == ((279.4, 431.8), "us", "Poster Tabloid")
    assert a2.family == tabloid.family == "poster"
    assert not a2.sizes
    assert not tabloid.sizes
    a3 = kit.layouts["poster-a3"]
    assert (a3.id, a3.trim, a3.paper) == ("poster-a3", A3, "iso")  # the design stays as it was
    assert (a3.sized_from, a2.sized_from, tabloid.sized_from) == (None, "poster-a3", "poster-a3")
    assert [s.name for s in a2.slots] == [s.name for s in a3.slots]


def _slot(kit, layout: str, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in kit.layouts[layout].slots if s.name == name)


def test_frames_scale_and_centre_exactly(kit) -> None:  # type: ignore[no-untyped-def]
    # headline: start 22, top 66, 253 x 128 mm on A3
    assert _slot(kit, "poster-a2", "headline").frame == Frame(
        start=31.111, top=93.364, width=357.778, height=181.01
    )
    assert round(22 * S_A2, 3) == 31.111
    assert round(66 * S_A2 + (594 - 420 * S_A2) / 2, 3) == 93.364
    # Tabloid: 0.94074 x, centred in height: (431.8 - 420 x 0.94074) / 2 = 18.345 mm above
    assert _slot(kit, "poster-tabloid", "headline").frame == Frame(
        start=20.696, top=80.433, width=238.007, height=120.415
    )
    assert round(66 * S_TABLOID + (431.8 - 420 * S_TABLOID) / 2, 3) == 80.433
    # an end-anchored frame keeps its keys: the QR code is `end: 22`
    assert _slot(kit, "poster-tabloid", "qr").frame == Frame(
        end=20.696, top=341.959, width=47.037, height=47.037
    )


def test_grounds_and_bands_span_the_new_trim(kit) -> None:  # type: ignore[no-untyped-def]
    for name, (w, h) in (("poster-a2", (420, 594)), ("poster-tabloid", (279.4, 431.8))):
        assert _slot(kit, name, "ground").frame == Frame(start=0, top=0, width=w, height=h)
        band = _slot(kit, name, "fact-band").frame.resolve(w, h)
        assert (band[0], band[2]) == (0, w)  # full width, edge to edge (bleeds at start and end)


def test_style_sizes_scale_and_keep_the_floor(kit) -> None:  # type: ignore[no-untyped-def]
    a3 = kit.layouts["poster-a3"].styles
    a2, tabloid = kit.layouts["poster-a2"].styles, kit.layouts["poster-tabloid"].styles
    assert (a2["headline"].size, a2["headline"].min_size) == (
        round(104 * S_A2, 2),
        round(52 * S_A2, 2),
    )
    assert (tabloid["headline"].size, tabloid["headline"].min_size) == (97.84, 48.92)
    # source: 11/9 pt on A3; 9 pt is the poster floor, so the Tabloid's min stays at 9, not 8.47
    assert (a3["source"].size, a3["source"].min_size) == (11, 9)
    assert (tabloid["source"].size, tabloid["source"].min_size) == (10.35, 9)
    assert a2["source"].leading == a3["source"].leading  # a multiple of the size: unchanged


def test_bleed_safe_and_marks_do_not_scale(kit) -> None:  # type: ignore[no-untyped-def]
    a3 = kit.layouts["poster-a3"]
    assert (a3.bleed, a3.safe) == (3, 5)
    for name in ("poster-a2", "poster-tabloid"):
        sized = kit.layouts[name]
        assert (sized.safe, sized.marks) == (a3.safe, a3.marks)
    assert kit.layouts["poster-a2"].bleed == 3  # the design's
    assert kit.layouts["poster-tabloid"].bleed == 3.175  # its own: 1/8 in


def test_a_qr_code_never_goes_below_the_minimum(kit_copy: Callable[..., Path]) -> None:
    small = scale_frame(Frame(end=5, top=5, width=24, height=24), A3, (148, 210), 148 / 297)
    assert small.width == round(24 * 148 / 297, 3)  # 11.96 mm: too small for a phone
    layout_yaml = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    a6 = layout_yaml.replace(
        "  a2: {trim: [420, 594], title: Poster A2}", "  a6: {trim: [105, 148]}"
    )
    kit_root = kit_copy(**{"materials/layouts/poster-a3.yaml": a6})
    qr = _slot(load_kit(kit_root), "poster-a6", "qr").frame
    assert qr.width == qr.height == QR_MIN_MM  # not 50 x 0.352 = 17.6 mm
    # grown about the centre of the scaled frame, then moved across under its label's
    # centre (the hashtags' frame beside the label ends at 78.4 mm, the safe margin at 100:
    # the label, 21.6 mm wide, is centred at 89.2 mm, the code's grown frame at 88.27); its
    # label under it at the design's 3 mm gap, scaled, at least as wide as the code and as
    # tall as scaled: the size has no room to spare along its height, so the label takes
    # what is left above the 5 mm safe margin (its type, the 9 pt floor, asks 2.84 times
    # its scaled height), and the code moves up only by what the label's scaled height
    # lacks (kit.fit)
    s = min(105 / 297, 148 / 420)
    x, y, w, h = scale_frame(
        Frame(end=22, top=344, width=50, height=50), A3, (105, 148), s
    ).resolve(105, 148)
    x2, y2, w2, h2 = qr.resolve(105, 148)
    assert x + w / 2 == pytest.approx(88.266, abs=0.002)
    label = _slot(load_kit(kit_root), "poster-a6", "qr-label").frame.resolve(105, 148)
    assert (label[0], label[0] + label[2]) == pytest.approx((78.4, 100.0), abs=0.002)
    assert x2 + w2 / 2 == pytest.approx(label[0] + label[2] / 2, abs=0.002)
    assert label[1] - (y2 + h2) == pytest.approx(3 * s, abs=0.002)
    assert label[2] >= QR_MIN_MM
    assert label[3] == pytest.approx(14 * s, abs=0.002)
    assert label[1] + label[3] == pytest.approx(148 - 5, abs=0.002)
    assert y2 + h2 / 2 == pytest.approx(
        y + h / 2 - (y + h / 2 + 10 + 3 * s + 14 * s - 143), abs=0.002
    )


def test_a_size_may_set_a_frame_that_does_not_scale(kit_copy: Callable[..., Path]) -> None:
    layout_yaml = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    fixed = layout_yaml.replace(
        "title: Poster A2}",
        "title: Poster A2,\n      slots: {qr: {frame: {end: 30, top: 480, width: 60, height: 60}}}}",
    )
    kit_root = kit_copy(**{"materials/layouts/poster-a3.yaml": fixed})
    qr = _slot(load_kit(kit_root), "poster-a2", "qr").frame
    assert qr == Frame(end=30, top=480, width=60, height=60)


def test_offices_build_the_sizes_of_their_paper(kit) -> None:  # type: ignore[no-untyped-def]
    iso, us = kit.offices["brussels"], kit.offices["new-york"]
    assert (iso.paper, us.paper) == ("iso", "us")
    only = ("poster-a3", "poster-a2", "poster-tabloid")

    def built(office) -> set[str]:  # type: ignore[no-untyped-def]
        return {la.id for la, _, _ in documents(kit, ("en",), only, [office])}

    assert built(iso) == {"poster-a3", "poster-a2"}  # no Tabloid
    assert built(us) == {"poster-tabloid"}  # no A sizes
    # the campaign kit builds all
    assert {la.id for la, _, _ in documents(kit, ("en",), only)} == set(only)


def test_the_a3_poster_is_unchanged(kit) -> None:  # type: ignore[no-untyped-def]
    """The sizes are not part of the design: poster-a3's build hash (in its slug, hence its
    PDFs' bytes) is of what its file says without them (Layout.content), and the live
    preview's version of the design (design_bytes) of its bytes without them."""
    path = ROOT / "materials/layouts/poster-a3.yaml"
    node = load_yaml(path)
    assert kit.layouts["poster-a3"].content == node.digest(without=("family", "sizes", "paper"))
    assert kit.layouts["poster-a2"].content == kit.layouts["poster-a3"].content
    design = design_bytes(path)
    assert b"sizes:" not in design
    assert b"family:" not in design
    assert b"paper:" not in design
    assert design.endswith(b"height: 14}}\n")
    assert (
        hashlib.sha256(design).hexdigest()[:12] == "1a22801786e9"
    )  # with its logo slots, first_field, the QR code's alt, "What you can do" as H2, the
    # QR code's quiet zone of 4 modules, its balanced caption and the caption's `link`, its
    # logo slots' `background: ground`, the web address alone in the helpline's place, the
    # day line across the top where the office has no logos (`day-wide`), its logos at
    # the end of their frames (`align: end`) and the helpline above the web address where
    # the two do not fit side by side (`helpline-stacked`, `web-stacked`)
    en = kit.languages["en"]
    assert build_hash(kit, kit.layouts["poster-a3"], en, "") != build_hash(
        kit, kit.layouts["poster-a2"], en, ""
    )


def test_a_badge_size_names_its_press_not_a_trim(kit_copy: Callable[..., Path]) -> None:
    from campaign.diagnostics import DiagnosticsError

    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    assert "\n  75mm: {press: 75mm, title: Badge 75 mm}\n" in badge
    broken = badge.replace(
        "\n  75mm: {press: 75mm, title: Badge 75 mm}\n",
        "\n  75mm: {trim: [80, 80], title: Badge 75 mm}\n",
    )
    root = kit_copy(**{"materials/layouts/badge-58.yaml": broken})
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    assert [d.message for d in exc.value.diagnostics if d.is_error] == [
        "size '75mm': a badge's size names its press ('press: <id>'), not a trim"
    ]


def test_social_images_have_no_sizes(kit_copy: Callable[..., Path]) -> None:
    from campaign.diagnostics import DiagnosticsError

    social = (ROOT / "materials/layouts/social-1200x630.yaml").read_text(encoding="utf-8")
    root = kit_copy(
        **{"materials/layouts/social-1200x630.yaml": social + "sizes: {big: {trim: [80, 80]}}\n"}
    )
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    assert any("has no 'sizes'" in d.message for d in exc.value.diagnostics)


@pytest.mark.parametrize("size", ["{pixels: [1200, 1200]}", "{trim: [80, 80], pixelz: 1}"])
def test_a_social_image_s_size_is_that_error_alone(
    kit_copy: Callable[..., Path], size: str
) -> None:
    """A social image's size written as its own (`pixels:`) was told "unknown key 'pixels'"
    and "missing the key 'trim'", where one with `trim:` is told a social image has no
    sizes (a designer's trial): that, alone, whatever the size says."""
    from campaign.diagnostics import DiagnosticsError

    social = (ROOT / "materials/layouts/social-1200x630.yaml").read_text(encoding="utf-8")
    root = kit_copy(
        **{"materials/layouts/social-1200x630.yaml": social + f"sizes:\n  big: {size}\n"}
    )
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    assert [d.message for d in exc.value.diagnostics if d.is_error] == [
        "a social layout has no 'sizes' (posters, flyers and badges come in sizes)"
    ]


def test_a_size_too_small_for_its_design_points_at_the_size(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's A7 size of the A3 poster: its layout errors are at the design's slot and at
    the strings (where the design's own fixes are), and each says that this size alone can be
    changed, and where it is written. Before, nothing in 21 errors pointed at the size (an
    A6 then: it fits now, its texts given the room its other frames leave)."""
    layout_yaml = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    a7 = layout_yaml.replace(
        "  a2: {trim: [420, 594], title: Poster A2}",
        "  a2: {trim: [420, 594], title: Poster A2}\n  a7: {trim: [74, 105]}",
    )
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": a7})
    line = a7[: a7.index("  a7: {trim")].count("\n") + 1
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a7")
    assert code == 1, out
    overflow = out.index("error[text.overflow]: poster-a7 [en] 'fact_source'")
    assert out[overflow:].split("\n")[2] == (
        f"  hint: or change poster-a7 alone (poster-a3 scaled; `sizes: a7:` at "
        f"poster-a3.yaml:{line}): give slot 'source' a frame of its own of at least 63.1 x "
        "3.9 mm (its text at the floor) under the size's `slots:` or drop it (`drop: true`), "
        "or choose a trim of 99 x 141 mm, at which they fit (the texts of page 'front' need "
        "950 mm² more in en at the floor than its 6080 mm² safe area gives them; its other "
        "frames have no more room)"
    )
    # the search starts at the trim whose safe area is 950 mm² larger: 64 x 95 mm grown by
    # sqrt(7030 / 6080), which the hint named (too small: test_the_trim_..._holds_the_texts)
    k = math.sqrt((64 * 95 + 950) / (64 * 95))
    assert (math.floor(74 * k) + 1, math.floor(105 * k) + 1) == (80, 113)
    # the hashtags, 9 mm from the A3's foot and 2.3 mm scaled, keep the 5 mm safe margin
    assert "error[layout.safe-area]" not in out, out
    # the A3 design itself is not told about sizes
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a3")
    assert "sizes:" not in out


def test_the_frame_a_size_too_small_names_holds_the_text(kit_copy: Callable[..., Path]) -> None:
    """The A7 poster's hint for its English source names a frame of at least 63.1 x 3.9 mm
    (the text's lines at the 9 pt floor, to 0.1 mm up): given that frame under `sizes: a7:
    slots:`, the source fits, and a frame 0.2 mm lower does not (the measure is the least)."""
    layout_yaml = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    for height, fits in ((3.9, True), (3.7, False)):
        a7 = layout_yaml.replace(
            "  a2: {trim: [420, 594], title: Poster A2}",
            "  a2: {trim: [420, 594], title: Poster A2}\n  a7:\n    trim: [74, 105]\n"
            f"    slots: {{source: {{frame: {{start: 5.5, top: 70, width: 63.1, "
            f"height: {height}}}}}}}",
        )
        root = kit_copy(**{"materials/layouts/poster-a3.yaml": a7})
        _, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a7")
        told = "error[text.overflow]: poster-a7 [en] 'fact_source'" in out
        assert told is not fits, out
        shutil.rmtree(root)


def test_the_trim_a_size_too_small_names_holds_the_texts(kit_copy: Callable[..., Path]) -> None:
    """The A7 poster's hint named "a trim of at least 80 x 113 mm", the bound of the area its
    English texts lacked, at which five of them still did not fit. It names the least trim
    of its proportions (1 mm steps of its width) at which the page's texts fit, found by
    making the size at it, 99 x 141 mm: a kit with the trim it names passes the check in
    English, and one with 98 x 140 mm or the bound does not."""
    layout_yaml = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")

    def check(trim: str) -> tuple[int, str]:
        sized = layout_yaml.replace(
            "  a2: {trim: [420, 594], title: Poster A2}",
            f"  a2: {{trim: [420, 594], title: Poster A2}}\n  a7: {{trim: [{trim}]}}",
        )
        root = kit_copy(**{"materials/layouts/poster-a3.yaml": sized})
        try:
            return cli("check", "--kit", root, "--lang", "en", "--only", "poster-a7")
        finally:
            shutil.rmtree(root)

    code, out = check("74, 105")
    named = {m.group(1, 2) for m in re.finditer(r"choose a trim of (\d+) x (\d+) mm, at", out)}
    assert named == {("99", "141")}, out
    for trim, fits in (("99, 141", True), ("98, 140", False), ("80, 113", False)):
        code, out = check(trim)
        assert (code == 0) is fits, (trim, out)
        assert ("error[text.overflow]: poster-a7 [en]" in out) is not fits, (trim, out)


def test_the_trim_named_is_searched_upward_in_steps_of_1_mm() -> None:
    """holding_trim from a bound of 80 x 113 mm on a 74 x 105 design: steps of 1, 2, 4...
    mm of the width (the height as the proportions ask, whole mm up), then halves between
    the last that did not hold and the first that did; at most HOLD_STEPS mm above the
    bound (None when none holds). Exact trims tried."""
    from campaign.pipeline.compose import HOLD_STEPS, holding_trim

    tried: list[tuple[int, int]] = []

    def holds_from(width: int) -> Callable[[tuple[int, int]], bool]:
        def holds(trim: tuple[int, int]) -> bool:
            tried.append(trim)
            return trim[0] >= width

        return holds

    assert holding_trim((74.0, 105.0), (80, 113), holds_from(99)) == (99, 141)
    assert tried == [
        (80, 113), (81, 115), (82, 117), (84, 120), (88, 125), (96, 137), (112, 159),
        (104, 148), (100, 142), (98, 140), (99, 141),
    ]  # fmt: skip
    tried.clear()
    assert holding_trim((74.0, 105.0), (80, 113), holds_from(80)) == (80, 113)
    assert tried == [(80, 113)]
    tried.clear()
    assert HOLD_STEPS == 64
    assert holding_trim((74.0, 105.0), (80, 113), holds_from(999)) is None
    assert tried[-1] == (80 + 64, math.ceil(144 * 105 / 74))


def test_text_on_a_band_stays_on_it_in_a_size(kit_copy: Callable[..., Path]) -> None:
    """A Legal size of the A5 flyer (an office's trial): its back's blue band keeps to the top
    of the taller trim, and the white title on it goes with it (scaled and centred, it left
    the band for the light ground: a contrast error, whose hint said to give it a frame)."""
    layout_yaml = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    given = "  a4: {trim: [210, 297], title: Flyer A4}"
    legal = layout_yaml.replace(
        given, f"{given}\n  legal: {{trim: [215.9, 355.6], paper: us, title: Flyer Legal}}"
    )
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": legal})
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "flyer-legal")
    assert code == 0, out
    assert "colour.contrast" not in out
    layout = load_kit(root).layouts["flyer-legal"]
    s = 215.9 / 148
    band, title = (
        _slot_of(layout, n).frame.resolve(215.9, 355.6) for n in ("back-band", "back-title")
    )
    assert band == pytest.approx((0, 0, 215.9, 30 * s), abs=0.001)
    assert title == pytest.approx((30 * s, 6 * s, 107 * s, 18 * s), abs=0.001)


def _slot_of(layout, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in layout.slots if s.name == name)


def test_text_off_a_ground_with_its_own_frame_is_told_to_have_one_there(
    kit_copy: Callable[..., Path],
) -> None:
    """The Legal size gives the back's blue band a frame of its own (30 mm tall, as the A5's,
    across the Legal trim, 40 mm down) and the title, scaled, stays above it: the hint says
    the band has its frame (at its line) and the slot is to have one there too (it told the
    designer to give the slot "or its ground's" a frame of its own, which the ground had)."""
    layout_yaml = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    given = "  a4: {trim: [210, 297], title: Flyer A4}"
    legal = layout_yaml.replace(
        given,
        f"{given}\n  legal: {{trim: [215.9, 355.6], paper: us, title: Flyer Legal,\n"
        "    slots: {back-band: {frame: {start: 0, top: 40, width: 215.9, height: 30}}}}",
    )
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": legal})
    size = legal[: legal.index("  legal: {trim")].count("\n") + 1
    band = legal[: legal.index("    slots: {back-band:")].count("\n") + 1
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "flyer-legal")
    assert code == 1, out
    at = out.index(
        "error[colour.contrast]: flyer-legal [en] slot 'back-title': white text on light"
    )
    assert out[at:].split("\n")[2] == (
        "  hint: if flyer-a5 itself passes, the text has moved off its ground in flyer-legal "
        f"(flyer-a5 scaled; `sizes: legal:` at flyer-a5.yaml:{size}): its ground "
        f"'back-band' (flyer-a5.yaml:{band}) has a frame of its own and the slot is scaled: "
        "give the slot a frame of its own on that ground as well, under `sizes: legal: slots:`"
    ), out


def test_text_off_grounds_with_their_own_frames_names_them_all(
    kit_copy: Callable[..., Path],
) -> None:
    """The page's light ground and the blue band both framed by the Legal size: both are
    named, in drawing order, each at its line."""
    layout_yaml = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    given = "  a4: {trim: [210, 297], title: Flyer A4}"
    legal = layout_yaml.replace(
        given,
        f"{given}\n  legal: {{trim: [215.9, 355.6], paper: us, title: Flyer Legal,\n"
        "    slots: {back-band: {frame: {start: 0, top: 40, width: 215.9, height: 30}},\n"
        "      back-ground: {frame: {start: 0, top: 0, width: 215.9, height: 355.6}}}}",
    )
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": legal})
    size = legal[: legal.index("  legal: {trim")].count("\n") + 1
    band = legal[: legal.index("    slots: {back-band:")].count("\n") + 1
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "flyer-legal")
    assert code == 1, out
    at = out.index("error[colour.contrast]: flyer-legal [en] slot 'back-title'")
    assert out[at:].split("\n")[2] == (
        "  hint: if flyer-a5 itself passes, the text has moved off its ground in flyer-legal "
        f"(flyer-a5 scaled; `sizes: legal:` at flyer-a5.yaml:{size}): the grounds "
        f"'back-ground' (flyer-a5.yaml:{band + 1}) and 'back-band' (flyer-a5.yaml:{band}) "
        "have frames of their own and the slot is scaled: give the slot a frame of its own "
        "on its ground as well, under `sizes: legal: slots:`"
    ), out


def test_a_sizes_own_frame_off_its_ground_is_told_to_move(
    kit_copy: Callable[..., Path],
) -> None:
    """The size's own frame of the slot, still off its band: the frame named is the one to
    move (it was told to give the slot a frame of its own, which it had: a review)."""
    layout_yaml = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    given = "  a4: {trim: [210, 297], title: Flyer A4}"
    legal = layout_yaml.replace(
        given, f"{given}\n  legal: {{trim: [215.9, 355.6], paper: us, title: Flyer Legal}}"
    )
    own = legal.replace(
        "title: Flyer Legal}",
        "title: Flyer Legal,\n    slots: {back-title: {frame: {start: 30, top: 60, width: 107, "
        "height: 18}}}}",
    )
    root = kit_copy(**{"materials/layouts/flyer-a5.yaml": own})
    line = own[: own.index("    slots: {back-title:")].count("\n") + 1
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "flyer-legal")
    at = out.index("error[colour.contrast]: flyer-legal [en] slot 'back-title'")
    # at the size's frame, which the fix is to move (the design's slot was named: a trial)
    assert out[:at].endswith(f"flyer-a5.yaml:{line}:25: "), out
    assert out[at:].split("\n")[2:4] == [
        "  hint: this is flyer-legal's own frame of slot 'back-title' (`sizes: legal: slots:`), "
        "not flyer-a5's scaled (its slot at flyer-a5.yaml:96)",
        "  hint: if flyer-a5 itself passes, move this frame back onto its ground",
    ], out


@pytest.mark.parametrize(
    ("frame", "errors"),
    [
        (  # the size's headline moved up onto the emblem and the day: it covers them
            "{start: 15, top: 10, width: 180, height: 130}",
            [
                (
                    "headline",
                    "slot 'headline' covers slot 'emblem' in 2 languages (en, fr); the "
                    "most in en: 21.9 x 16.5 mm",
                    False,
                ),
                (
                    "headline",
                    "slot 'headline' covers slot 'day-wide' in 2 languages (en, fr); the "
                    "most in en: 148.1 x 4.9 mm",
                    False,
                ),
            ],
        ),
        (  # moved down: the hearts and the figure, drawn after it, cover it
            "{start: 15, top: 60, width: 180, height: 120}",
            [
                (
                    "hearts",
                    "slot 'hearts' covers slot 'headline' in 2 languages (en, fr); the "
                    "most in en: 73.5 x 22.1 mm",
                    True,
                ),
                (
                    "figure",
                    "slot 'figure' covers slot 'headline' in 2 languages (en, fr); the "
                    "most in fr: 95.8 x 11.3 mm",
                    True,
                ),
            ],
        ),
    ],
)
def test_an_overlap_of_a_sizes_own_frame_is_told_at_it(
    kit_copy: Callable[..., Path], frame: str, errors: list[tuple[str, str, bool]]
) -> None:
    """A designer's trial: the overlaps of a frame the A4 poster gives its headline itself
    (`sizes: a4: slots:`) were told at the A3 poster's headline slot (poster-a3.yaml:48:5),
    whose frame the A4 does not use, and the size's hint went to the other slot alone. Each
    is told at the size's frame, which says it is the size's own."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    qr = "      qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}\n"
    assert qr in poster
    own = poster.replace(qr, f"{qr}      headline: {{frame: {frame}}}\n")
    line = own[: own.index("      headline: {frame")].count("\n") + 1
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": own})
    code, out = cli("check", "--kit", root, "--office", "brussels", "--only", "poster-a4")
    assert code == 1, out
    said = [x for x in out.split(f"{root}/materials/") if "layout.overlap" in x]
    own_hint = (
        "  hint: this is poster-a4's own frame of slot 'headline' (`sizes: a4: slots:`), not "
        "poster-a3's scaled (its slot at poster-a3.yaml:48)\n"
    )
    assert len(said) == len(errors), out
    for text, (slot, message, other) in zip(said, errors, strict=True):
        head = (
            f"layouts/poster-a3.yaml:{line}:17: error[layout.overlap]: brussels / poster-a4 "
            f"slot '{slot}': {message}\n"
        )
        assert text.startswith(head), out
        hints = text[len(head) :].split("\n")
        assert hints[1] + "\n" == own_hint, out
        size = "  hint: or change poster-a4 alone (poster-a3 scaled; `sizes: a4:` at "
        assert hints[2].startswith(size) == other, out  # the other slot's own fix too


def test_inch_sizes_have_an_eighth_of_an_inch_of_bleed(kit) -> None:  # type: ignore[no-untyped-def]
    """PRINT-SPECS, our defaults: ISO sizes 3 mm of bleed, inch sizes 0.125 in (3.175 mm).
    A size's `bleed:` sets its own; without one it keeps the design's (not scaled)."""
    sheets = {n: la for n, la in kit.layouts.items() if la.sized_from and la.badge is None}
    us = {n for n, la in sheets.items() if la.paper == "us"}
    assert us == {
        "poster-tabloid",
        "poster-letter",
        "flyer-letter",
        "flyer-half-letter",
        "event-flyer-letter",
        "event-poster-tabloid",
        "event-poster-letter",
    }
    for name, layout in sheets.items():
        assert layout.bleed == (3.175 if name in us else 3.0), name


def test_a_size_overriding_a_slot_the_layout_has_not_is_told_at_that_name(
    kit_copy: Callable[..., Path],
) -> None:
    """`sizes: a4: slots: qr-lable:` was told at `a4:`, lines above the misspelt name."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    written = "      qr-label: {frame: {end: 15.556, top: 279.4"
    assert written in poster
    moved = poster.replace(written, written.replace("qr-label", "qr-lable"), 1)
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a4", "--lang", "en")
    assert code == 1, out
    line = next(n for n, text in enumerate(moved.splitlines(), 1) if "qr-lable" in text)
    assert (
        f"poster-a3.yaml:{line}:7: error[ref.slot]: size 'a4' overrides the frame of slot "
        "'qr-lable', which the layout does not have\n  hint: did you mean 'qr-label'?\n"
    ) in out, out
