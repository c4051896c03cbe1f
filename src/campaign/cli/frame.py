"""`frame`: put a photo into the photo-challenge frame."""

from __future__ import annotations

from pathlib import Path

import click

from . import default_kit, kit_option, out_option, write_whole
from .report import reporting


@click.command()
@click.argument("photo", type=click.Path(path_type=Path))
@click.option("--lang", "lang", metavar="CODE", help="The frame's language (default: the source).")
@out_option(
    "The PNG to write (default: <photo name>-blueheart[-<lang>].png in this folder).",
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
    from ..pipeline.frame import frame_photo

    target = out or Path(f"{photo.stem}-blueheart{'-' + lang if lang else ''}.png")
    with reporting():
        png = frame_photo((kit or default_kit()).resolve(), photo, lang)
    write_whole(target, png)
    click.echo(f"wrote {target}")
