"""Composers the mutation tool cannot reach (they are decorated): the rim's room and centre,
its joined strings, and a shape's radius in pt. Each test reads the composed document (`check`
lays out without drawing)."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.layout.document import MM, ArcTextItem, ImageItem, ShapeItem, SvgItem
from campaign.pipeline.api import check

from .test_rim_text import RIM

ROOT = Path(__file__).resolve().parents[2]
BADGE = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
STRINGS = (ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8")
HASHTAGS = '    text: "#endHT #30July #EndHumanTrafficking"'


def rim_kit(tmp: Path, rim: str = RIM, hashtags: str = HASHTAGS) -> Path:
    """A copy of the kit's materials in a new folder under `tmp`, with the badge's rim and the
    English hashtags replaced."""
    assert RIM in BADGE
    assert HASHTAGS in STRINGS
    kit = tmp / f"kit-{len(list(tmp.glob('kit-*')))}"
    shutil.copytree(ROOT / "materials", kit / "materials")
    for folder in ("fonts", "assets"):
        (kit / folder).symlink_to(ROOT / folder)
    (kit / "materials/layouts/badge-58.yaml").write_text(BADGE.replace(RIM, rim), "utf-8")
    (kit / "materials/strings/en.yaml").write_text(STRINGS.replace(HASHTAGS, hashtags), "utf-8")
    return kit


# the rim as RIM, with `overlap: true`: its room is the circle's alone, not ended where it
# would run into the badge's words (which a text 0.85 of the half circle, or a circle that
# fits a frame 41 mm tall, does)
OVER = RIM.replace("pin: true,", "pin: true, overlap: true,")


def the_rim(kit: Path) -> ArcTextItem:
    _, laid, _ = check(kit, ("en",), ("badge-58",))
    (doc,) = laid
    (arc,) = [i for i in doc.page.pages[0].items if isinstance(i, ArcTextItem)]
    return arc


def test_the_rim_takes_nine_tenths_of_its_half_circle(tmp_path: Path) -> None:
    """The room is radius x 3.14159 x 0.9: a text 0.85 of the half circle fits, one 0.95 of
    it is the error text.rim (with 1.0 or a 20 % tolerance, both would pass)."""
    one = the_rim(rim_kit(tmp_path, OVER, hashtags='    text: "x"'))
    half = one.radius * 3.14159
    per_letter = one.line.width
    fits = math.floor(0.85 * half / per_letter)
    fitting = rim_kit(tmp_path, OVER, hashtags=f'    text: "{"x" * fits}"')
    assert the_rim(fitting).line.width < 0.9 * half
    too_long = math.floor(0.95 * half / per_letter)
    with pytest.raises(DiagnosticsError) as caught:
        the_rim(rim_kit(tmp_path, OVER, hashtags=f'    text: "{"x" * too_long}"'))
    (rim,) = [d for d in caught.value.diagnostics if d.code == "text.rim"]
    width = too_long * per_letter
    assert 0.9 * half < width < half
    assert rim.message == (
        f"rim text is {width / MM:.0f} mm long but the rim has room for {half * 0.9 / MM:.0f} mm"
    )


def test_a_rim_of_several_strings_joins_them_with_a_middle_dot(
    tmp_path: Path,
) -> None:
    rim = RIM.replace("string: hashtags", "string: [badge, hashtags]")
    arc = the_rim(rim_kit(tmp_path, rim, '    text: "#endHT"'))
    text = arc.line.runs[0].source
    assert "  ·  #" in text
    assert text.count("·") == 1


def test_the_rim_is_centred_in_its_frame(tmp_path: Path) -> None:
    """A frame of 51 x 41 mm: the centre is half of each side in, and the circle fits the
    shorter side."""
    rim = OVER.replace("width: 51, height: 51", "width: 51, height: 41")
    arc = the_rim(rim_kit(tmp_path, rim))
    assert (arc.cx / MM, arc.cy / MM) == pytest.approx((9.5 + 25.5, 9.5 + 20.5))
    assert arc.radius < 20.5 * MM


def test_an_arabic_rim_starts_on_the_right(tmp_path: Path) -> None:
    """The paragraph direction is the language's: the Arabic words, first in the text, come
    before the English hashtags in reading order, right to left: to their right."""
    rim = OVER.replace("string: hashtags", "string: [cta_title, hashtags]")
    kit = rim_kit(tmp_path, rim)
    _, laid, _ = check(kit, ("ar",), ("badge-58",))
    (doc,) = laid
    (arc,) = [i for i in doc.page.pages[0].items if isinstance(i, ArcTextItem)]
    arabic = [r.x for r in arc.line.runs if r.rtl]
    latin = [r.x for r in arc.line.runs if "#" in r.text]
    assert arabic
    assert latin
    assert min(arabic) > max(latin)


def test_an_image_s_resolution_is_at_the_size_it_shows(tmp_path: Path) -> None:
    """`fit: contain`: a 100 x 300 px image in a 12 x 12 mm frame shows 4 mm wide, so it
    prints at 100 px / 4 mm = 635 ppi (not 100 px over the frame's 12 mm: 212 ppi)."""
    from PIL import Image

    from tests.kits import append_slots, mini_copy

    kit = mini_copy(tmp_path / "mini", own_assets=True)
    Image.new("RGB", (100, 300), (200, 30, 30)).save(kit / "assets/tall.png")
    append_slots(
        kit / "materials/layouts/boxes.yaml",
        "  - {name: photo, kind: image, asset: tall.png, fit: contain, overlap: true,\n"
        "     frame: {start: 4, top: 4, width: 12, height: 12}}\n",
    )
    _, laid, _ = check(kit, ("en",), ("boxes",))
    (doc,) = laid
    (image,) = [i for i in doc.page.pages[0].items if isinstance(i, ImageItem)]
    assert image.box.w / MM == pytest.approx(4.0)
    assert image.ppi == pytest.approx(100 / (4 / 25.4))


def mini_items(tmp_path: Path, slot: str, files: dict[str, bytes] | None = None) -> tuple:
    """The boxes page of the mini kit with one more slot: its items and the warnings."""
    from tests.kits import append_slots, mini_copy

    kit = mini_copy(tmp_path / "mini", own_assets=True)
    for name, data in (files or {}).items():
        (kit / "assets" / name).write_bytes(data)
    append_slots(kit / "materials/layouts/boxes.yaml", slot)
    _, laid, warnings = check(kit, ("en",), ("boxes",))
    (doc,) = laid
    return doc.page.pages[0].items, warnings


def png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_an_image_under_300_ppi_is_a_warning(tmp_path: Path) -> None:
    """132 px over 12 mm: 279 ppi, above the 150 ppi floor and under the 300 recommended."""
    _, warnings = mini_items(
        tmp_path,
        "  - {name: photo, kind: image, asset: sq.png, overlap: true,\n"
        "     frame: {start: 4, top: 4, width: 12, height: 12}}\n",
        {"sq.png": png(132, 132)},
    )
    found = [w for w in warnings if w.code == "image.ppi-warning"]
    assert [w.message for w in found] == ["image 'sq.png' prints at 279 ppi; 300 is recommended"]


def test_a_rounded_rectangle_s_radius_is_in_pt(tmp_path: Path) -> None:
    items, _ = mini_items(
        tmp_path,
        "  - {name: round, kind: shape, fill: red, radius: 2, overlap: true,\n"
        "     frame: {start: 4, top: 4, width: 12, height: 12}}\n",
    )
    (shape,) = [i for i in items if isinstance(i, ShapeItem) and i.slot == "round"]
    assert shape.radius == pytest.approx(2 * MM)


def test_art_keeps_its_alignment(tmp_path: Path) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>'
    items, _ = mini_items(
        tmp_path,
        "  - {name: art, kind: svg, asset: art.svg, align: end, overlap: true,\n"
        "     frame: {start: 4, top: 4, width: 12, height: 6}}\n",
        {"art.svg": svg},
    )
    (art,) = [i for i in items if isinstance(i, SvgItem)]
    assert art.align == "end"
