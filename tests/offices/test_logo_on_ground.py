"""A logo slot's `background: ground`: a transparent logo is flattened onto the colour of the
filled shape it lies on, whatever the design makes that colour. The shipped logo slots named
the poster's blue and the flyer back's light; a designer who made the poster's ground another
colour got the office's logo on a blue box (a designer's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from campaign.layout.coverage import fill_under
from campaign.layout.document import Box, ImageItem, QrItem, ShapeItem, TextItem

from ..kits import build, cli
from .kit import ROSEA, office_kit

MM = 72 / 25.4


def shape(fill: str | None, x: float, y: float, w: float, h: float, **kw: object) -> ShapeItem:
    shape_kind = str(kw.get("shape", "rect"))
    radius = float(kw.get("radius", 0.0))  # type: ignore[arg-type]
    return ShapeItem("s", Box(x, y, w, h), shape_kind, fill, None, 0.0, radius)


def photo(x: float, y: float, w: float, h: float) -> ImageItem:
    return ImageItem("p", Box(x, y, w, h), Path("p.jpg"), (0, 0, 1, 1), 300.0, None)


def qr(background: str | None, x: float, y: float, w: float, h: float) -> QrItem:
    """A QR code drawn in the square of its box's shorter side, centred, on `background`."""
    return QrItem("q", Box(x, y, w, h), "https://example.org", "white", background, 4)


LOGO = (40.0, 40.0, 20.0, 10.0)  # x, y, w, h in pt


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ([shape("blue", 0, 0, 100, 100)], "blue"),
        ([shape("blue", 0, 0, 100, 100), shape("red", 30, 30, 50, 30)], "red"),  # the topmost
        ([shape("red", 30, 30, 50, 30), shape("blue", 0, 0, 100, 100)], "blue"),
        ([shape("blue", 0, 0, 100, 100), shape("red", 0, 0, 100, 45)], None),  # on two
        ([shape("blue", 0, 0, 100, 100), photo(50, 0, 50, 100)], None),  # partly on a photo
        ([shape("blue", 0, 0, 100, 100), shape(None, 0, 0, 100, 100)], "blue"),  # an outline
        ([shape("blue", 0, 0, 100, 100), shape("red", 0, 0, 10, 10)], "blue"),  # beside it
        ([shape("blue", 40, 40, 20, 10)], "blue"),  # exactly its box
        ([shape("blue", 40, 40, 20, 10, radius=4.0)], None),  # its corners are bare
        ([shape("blue", 40, 35, 20, 20, shape="circle")], None),  # corners outside the circle
        ([shape("blue", 0, 0, 100, 100, shape="circle")], "blue"),
        ([], None),  # the bare page
        ([shape("blue", 0, 0, 100, 100), qr("navy", 0, 0, 100, 100)], "navy"),  # on a code
        ([shape("blue", 0, 0, 100, 100), qr("navy", -50, 0, 200, 100)], "navy"),  # its square
        ([shape("blue", 0, 0, 100, 100), qr("navy", 0, 0, 200, 100)], None),  # partly on it
        ([shape("blue", 0, 0, 100, 100), qr("navy", 30, 0, 200, 100)], "blue"),  # beside it
        ([shape("blue", 0, 0, 100, 100), qr("navy", 0, 45, 100, 100)], None),  # partly on it
        ([shape("blue", 0, 0, 100, 100), qr(None, 0, 0, 100, 100)], "blue"),  # no background
    ],
)
def test_the_fill_under_a_box_is_the_topmost_shape_covering_all_of_it(
    before: list[ShapeItem | ImageItem | QrItem], expected: str | None
) -> None:
    assert fill_under(before, LOGO) == expected


def test_text_under_a_box_is_not_a_ground() -> None:
    text = TextItem.__new__(TextItem)  # never read: text paints no ground
    assert fill_under([shape("blue", 0, 0, 100, 100), text], LOGO) == "blue"  # type: ignore[list-item]


def _transparent_logo(path: Path) -> None:
    """A white disc on a transparent ground, 600 x 300 px."""
    im = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    im.paste((255, 255, 255, 255), (250, 100, 350, 200))
    im.save(path)


def _ground_and_logo_corner(png: Path, slot_mm: tuple[float, float], trim_mm: float) -> tuple:
    """The preview's pixel a few mm left of the logo slot (the ground) and at the slot's own
    top-left corner (the logo's transparent part), at the preview's resolution."""
    with Image.open(png) as im:
        rgb = im.convert("RGB")
        per_mm = rgb.width / trim_mm
        x, y = slot_mm
        ground = rgb.getpixel((round((x - 3) * per_mm), round((y + 2) * per_mm)))
        corner = rgb.getpixel((round((x + 0.5) * per_mm), round((y + 0.5) * per_mm)))
    return ground, corner


def test_a_logo_follows_the_ground_a_designer_recolours(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The poster's ground made navy: the office's transparent logo prints on navy, not on
    a box of the blue it was (the slot's `background: ground`)."""
    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: logo.png"))
    _transparent_logo(kit / "assets" / "logo.png")
    layout = kit / "materials" / "layouts" / "poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    ground = "  - {name: ground, kind: shape, fill: blue,"
    assert ground in text
    assert "logo: partner, fit: contain, background: ground" in text
    layout.write_text(text.replace(ground, ground.replace("blue", "navy")), encoding="utf-8")
    out = build(
        kit,
        tmp_path / "out",
        "--office",
        "rosea",
        "--only",
        "poster-a3",
        "--lang",
        "en",
        "--no-digital",
        "--png-ppi",
        "50",
    )
    png = out / "rosea" / "poster-a3" / "poster-a3-en-rosea-preview.png"
    # the partner-logo frame: {end: 22, top: 39, width: 48, height: 15} on the 297 mm trim;
    # contained, the 2:1 logo is 30 x 15 mm, centred: from 297 - 22 - 39 = 236 mm
    ground_px, corner_px = _ground_and_logo_corner(png, (236.0, 39.0), 297.0)
    assert max(abs(a - b) for a, b in zip(ground_px, corner_px, strict=True)) <= 3, (
        ground_px,
        corner_px,
    )
    assert sum(ground_px) < 3 * 100  # navy, not the blue (a check that the ground moved)
    # and flattened onto the navy, not left transparent over it (a review: the pixels alone
    # pass either way)
    from campaign.kit import load_kit
    from campaign.layout.document import ImageItem
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_fontbook

    loaded = load_kit(kit)
    laid = compose_document(
        loaded,
        cached_fontbook(loaded.fonts_dir, "test"),
        loaded.layouts["poster-a3"],
        loaded.languages["en"],
        loaded.offices["rosea"],
    )
    (logo,) = [
        i for i in laid.composed.page.items if isinstance(i, ImageItem) and i.slot == "partner-logo"
    ]
    assert logo.background == "navy"


def test_a_misspelt_ground_is_named_with_the_word(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    layout = kit / "materials" / "layouts" / "poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    old = "logo: partner, fit: contain, background: ground"
    layout.write_text(text.replace(old, old.replace(": ground", ": grund")), encoding="utf-8")
    # the poster alone, in English: the error is its layout file's, in no language's check
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert "poster-a3.yaml:46:80: error[ref.colour]: unknown colour 'grund'" in out, out
    assert "hint: did you mean 'ground'?" in out


QR_LOGO_CARD = """\
title: Card
kind: flyer
trim: [100, 100]
slots:
  - {name: ground, kind: shape, fill: light, bleed: all, frame: {start: 0, top: 0, end: 0, bottom: 0}}
  - {name: qr, kind: qr, link: blueheart, colour: white, background: navy, quiet: 4,
     frame: {start: 10, top: 10, width: 80, height: 80}}
  - {name: partner-logo, kind: image, logo: partner, fit: contain, background: ground,
     overlap: true, frame: {start: 40, top: 45, width: 20, height: 10}}
"""


@pytest.mark.parametrize(("fill", "warned"), [((33, 53, 85), True), ((255, 255, 255), False)])
def test_a_logo_on_a_qr_codes_background_is_flattened_onto_it_and_measured(
    kit_copy: Callable[..., Path], fill: tuple[int, int, int], warned: bool
) -> None:
    """A logo with `background: ground` on a QR code drawn on navy kept its transparency (the
    code was no ground to it) and its contrast was measured against nothing: a navy logo on
    the navy code passed without a word. The code's background is its ground, as text in
    its quiet zone is measured against it."""
    office = ROSEA.replace("partner: rosea-logo.png", "partner: logo.png")
    # on coated paper, where navy prints as its rgb: the logo's pixels are that rgb
    kit = office_kit(kit_copy, office.replace("output_profile: fogra29", "output_profile: fogra39"))
    logo = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    logo.paste((*fill, 255), (100, 50, 500, 250))
    logo.save(kit / "assets" / "logo.png")
    (kit / "materials" / "layouts" / "card.yaml").write_text(QR_LOGO_CARD, encoding="utf-8")
    from campaign.kit import load_kit
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_fontbook

    loaded = load_kit(kit)
    laid = compose_document(
        loaded,
        cached_fontbook(loaded.fonts_dir, "test"),
        loaded.layouts["card"],
        loaded.languages["en"],
        loaded.offices["rosea"],
    )
    (item,) = [i for i in laid.composed.page.items if isinstance(i, ImageItem)]
    assert item.background == "navy"  # flattened onto the code's background
    found = [d.message for d in laid.diagnostics if d.code == "image.logo-contrast"]
    assert found == (
        [
            "100 % of logo 'partner' (logo.png) has less than 3:1 contrast, WCAG's minimum "
            "for graphics (1.4.11), with the slot's navy ground: it hardly shows"
        ]
        if warned
        else []
    )
