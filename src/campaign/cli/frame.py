"""`frame`: put a photo into the photo-challenge frame."""

from __future__ import annotations

from pathlib import Path

import click

from ..program import echo
from . import kit_option, kit_root, out_option, write_whole
from .report import reporting


@click.command()
@click.argument("photo", type=click.Path(path_type=Path))
@click.option("--lang", "lang", metavar="CODE", help="The frame's language (default: the source).")
@out_option(
    "The image to write: a PNG, or a JPEG when its name ends in .jpg or .jpeg (default: "
    "<photo name>-blueheart[-<lang>].png in this folder).",
    file=True,
)
@kit_option
def frame(photo: Path, lang: str | None, out: Path | None, kit: Path | None) -> None:
    """Put PHOTO into the photo-challenge frame: a 1080 x 1080 sRGB PNG.

    The photo is turned upright (EXIF), cropped to fill the frame's window keeping its centre,
    and the frame (the campaign band, in the language asked for) is laid on top.

    \b
    Examples:
      python generate.py frame me.jpg
      python generate.py frame me.jpg --lang ar -o me-ar.png
    """
    from ..diagnostics import Collector
    from ..pipeline.frame import frame_photo
    from ..pipeline.kitcache import cached_kit
    from .report import draft_notes, show

    target = out or Path(f"{photo.stem}-blueheart{'-' + lang if lang else ''}.png")
    ending = target.suffix.lower()
    if ending not in (".png", ".jpg", ".jpeg"):  # PNG bytes under any name, it was
        raise click.UsageError(f"-o {target.name}: the frame is written as .png, .jpg or .jpeg")
    warnings = Collector()
    root = kit_root(kit)
    with reporting():
        png = frame_photo(root, photo, lang, errs=warnings)
    # a draft translation's frame is said to be one, as a build's files are (it was not)
    loaded = cached_kit(root, isolate=True)
    show([*warnings.items, *draft_notes(loaded, [lang or loaded.campaign.source_language])])
    write_whole(target, png if ending == ".png" else _jpeg(png))
    echo(f"wrote {target}")


def _jpeg(png: bytes) -> bytes:
    """The framed PNG as a JPEG (quality 92, the sRGB profile kept): what `-o me.jpg` asks for;
    it wrote PNG bytes under the .jpg name."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        out = io.BytesIO()
        rgb = im.convert("RGB")
        kept = {k: im.info[k] for k in ("icc_profile", "dpi") if k in im.info}  # None: refused
        rgb.save(out, "JPEG", quality=92, **kept)
    return out.getvalue()
