"""Social images: exact pixel sizes, PNG only (no print or digital PDF), the manifest's pixel
sizes, layouts sized in pixels."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from campaign.kinds import KINDS, PX_PER_MM, trim_of_pixels
from campaign.pipeline.api import build
from campaign.pipeline.jobs import plan
from campaign.pipeline.options import Options
from campaign.pipeline.renditions import wanted
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
SIZES = {
    "social-1080x1080": (1080, 1080),
    "social-1080x1350": (1080, 1350),
    "social-1080x1920": (1080, 1920),
    "social-1200x630": (1200, 630),
    "social-frame-1080": (1080, 1080),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("social") / "out"
    build(ROOT, Options(folder, langs=("en", "ar"), only=tuple(SIZES), jobs=1))
    return folder


def test_pixels_give_an_exact_trim() -> None:
    for w, h in [*SIZES.values(), (1081, 17), (8191, 4097)]:
        tw, th = trim_of_pixels((w, h))
        assert (tw * PX_PER_MM, th * PX_PER_MM) == (w, h)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("material", sorted(SIZES))
def test_every_social_png_has_its_exact_size(out: Path, material: str, lang: str) -> None:
    with Image.open(out / out_path(material, lang, "social")) as im:
        assert im.size == SIZES[material]
        assert im.info.get("icc_profile")  # sRGB


def test_social_materials_get_no_pdf(out: Path) -> None:
    assert not list(out.rglob("*.pdf"))
    assert sorted(p.name for p in (out / "social-1080x1080").iterdir()) == [
        "social-1080x1080-ar-social.png",
        "social-1080x1080-en-social.png",
    ]


def test_manifest_lists_pixel_sizes(out: Path) -> None:
    files = json.loads((out / "manifest.json").read_text())["files"]
    assert len(files) == 2 * len(SIZES)
    for f in files:
        assert f["rendition"] == "social_png"
        assert f["variant"] == "social"
        assert tuple(f["extra"]["pixels"]) == SIZES[f["material"]]


def test_plan_gives_each_kind_its_renditions() -> None:
    from campaign.kit import load_kit

    kit = load_kit(ROOT)
    keys = plan(kit, ("en",), ("poster-a3", "social-1200x630"), wanted(Options(Path())))
    assert [(k.material, k.rendition) for k in keys] == [
        ("poster-a3", "print_pdf"),
        ("poster-a3", "digital_pdf"),
        ("poster-a3", "preview_png"),
        ("social-1200x630", "social_png"),
    ]
    assert KINDS["social"].renditions == ("social_png",)


def test_screen_layouts_take_pixels_not_trim(kit_copy: Callable[..., Path]) -> None:
    from campaign.diagnostics import DiagnosticsError
    from campaign.kit import load_kit

    kit = kit_copy()
    path = kit / "materials/layouts/social-1200x630.yaml"
    text = path.read_text()
    path.write_text(text.replace("pixels: [1200, 630]", "trim: [300, 157.5]\nbleed: 3"))
    with pytest.raises(DiagnosticsError) as caught:
        load_kit(kit)
    msg = str(caught.value)
    assert "a social layout gives its size in 'pixels', not 'trim'" in msg
    assert "social-1200x630.yaml is missing the key 'pixels'" in msg
    assert "a social layout is for screens: it has no 'bleed'" in msg
