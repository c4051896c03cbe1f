"""A merged row's logo (its `photo` cell, shown by an image slot with `logo: photo`) is held
to the rule an office's logo is (`image.logo-small`, campaign.images.small_logo): in a slot
that letterboxes it (`fit: contain`), lower than the capitals of the material's smallest
text, its words print smaller than every text beside it. It was never measured. Said once
for the row, at its cell, whatever the row's languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from ..kits import ROOT, cli, warnings_of

FIT = "logo: photo, fit: cover"


def merged(kit_copy: Callable[..., Path], tmp_path: Path, size: tuple[int, int], fit: str) -> str:
    """The `image.logo-small` warnings of a merge of one row (en and ar) whose photo is a
    `size` px image, in the event flyer with its photo slot set to `fit`."""
    layout = (ROOT / "materials/layouts/event-flyer-a5.yaml").read_text(encoding="utf-8")
    assert FIT in layout
    kit = kit_copy(
        **{"materials/layouts/event-flyer-a5.yaml": layout.replace(FIT, f"logo: photo, {fit}")}
    )
    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", size, (200, 30, 90)).save(images / "banner.png")
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,photo,sample\n"
        'walk,"en, ar",Walk,2024-07-30,10:00,Park,banner.png,true\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", kit, "-o", out, "--images", images, "-j", "1"
    )
    assert code == 0, text
    return warnings_of(text, "image.logo-small").replace(f"{data}:", "events.csv:")


def test_a_rows_logo_lower_than_the_type_floors_capitals_is_a_warning_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A 30:1 banner in the flyer's 38 x 57 mm photo slot, letterboxed: 38 x 1.27 mm, under
    the 1.51 mm capitals of the flyer's 6 pt floor."""
    said = merged(kit_copy, tmp_path, (3000, 100), "fit: contain")
    assert said == (
        "events.csv:2:7: warning[image.logo-small]: event-flyer-a5 / walk slot 'photo': logo "
        "'photo' (banner.png, 3000 x 100 px, 30.0:1) prints lower than the capitals of the "
        "smallest text its material sets (its type floor): 38 x 1.27 mm in slot 'photo' of "
        "event-flyer-a5 (a 6 pt floor: capitals 1.51 mm); any words in it print smaller than "
        "every text beside it\n"
        "  hint: use a stacked version of the logo (nearer 0.7:1, the slot's proportions) in "
        "the data (the cell named here); or ask the kit's designer for a wider slot (the "
        "layout's frame)\n"
    )


@pytest.mark.parametrize(
    ("size", "fit"),
    [
        ((2400, 100), "fit: contain"),  # 24:1: 38 x 1.58 mm, above the 1.51 mm capitals
        ((12000, 400), "fit: cover"),  # the shipped slot fills its frame (the banner cut)
    ],
)
def test_a_rows_logo_above_the_capitals_or_filling_its_frame_is_not(
    kit_copy: Callable[..., Path], tmp_path: Path, size: tuple[int, int], fit: str
) -> None:
    assert merged(kit_copy, tmp_path, size, fit) == ""


def test_each_rows_logo_is_decoded_once_for_its_record_and_once_when_read(
    kit_copy: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A logo a row names (transparent: the logo check looks at it) has its pixels decoded
    once when the row is read (merge.values: is anything of it visible?) and once for its
    record, which its logo check, the page under its texts and its print and digital PDFs
    share (pixels.decoded); its size and orientation are read without its pixels (an eXIf
    chunk after them, assets._late_png_exif). They were decoded six times a file (0.2 s each
    for a 4000 x 2000 px logo)."""
    from PIL import ImageDraw, ImageFile

    layout = (ROOT / "materials/layouts/event-flyer-a5.yaml").read_text(encoding="utf-8")
    kit = kit_copy(
        **{
            "materials/layouts/event-flyer-a5.yaml": layout.replace(
                FIT, "logo: photo, fit: contain"
            )
        }
    )
    images = tmp_path / "logos"
    images.mkdir()
    for name in ("walk.png", "swim.png"):
        logo = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
        ImageDraw.Draw(logo).ellipse((20, 20, 380, 180), fill=(10, 40, 160, 255))
        logo.save(images / name)
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,photo\n"
        "walk,en,Walk,2024-07-30,10:00,Park,walk.png\n"
        "swim,en,Swim,2024-07-30,11:00,Pool,swim.png\n",
        encoding="utf-8",
    )
    decodes: dict[str, int] = {}
    load = ImageFile.ImageFile.load

    def counted(im: ImageFile.ImageFile) -> object:
        name = Path(str(getattr(im, "filename", "") or "")).name
        if im.tile and Path(str(im.filename)).parent == images:  # pixels still to decode
            decodes[name] = decodes.get(name, 0) + 1
        return load(im)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counted)
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", kit, "-o", tmp_path / "out",
        "--images", images, "-j", "1",
    )  # fmt: skip
    assert code == 0, text
    assert "built 2 print PDF(s), 2 digital PDF(s) and 2 PNG(s)" in text
    assert decodes == {"walk.png": 2, "swim.png": 2}
