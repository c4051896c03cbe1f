"""Raster images decoded: upright and 8-bit (`normalise`), with their embedded ICC profile's
bytes, the last file decoded kept (`decoded`) until another is decoded or its document is
done (`forget`, at the end of each unit of pipeline.execute).

A merged row's logo (a file each record names) was decoded four times a record in the
process that draws it, and once more to find its size: the logo check's look at its
transparent parts (colours.logos), the page under a text (render.underneath), the print
PDF and the digital PDF (render.images.prepared, whose results are kept by their settings,
which differ), and the size's EXIF orientation (assets.image_size: Pillow decodes a whole
PNG to find an eXIf chunk after its pixels). A 4000 x 2000 px logo took about 0.2 s at each.
One file's pixels are kept at a time: the last one is let go before another is read, so a
process holds no more than it did while drawing it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# the last file decoded: (its path, modification time and size) -> its pixels and profile
_LAST: dict[tuple[Path, int, int], tuple[Image.Image, bytes | None]] = {}


def decoded(path: Path) -> tuple[Image.Image, bytes | None]:
    """The image at `path`, upright and 8-bit (`normalise`), and its embedded profile's
    bytes (None: none, or one for grey); decoded once for the file as it is (its time and
    size) while it is the last one asked for. The image is shared: crop or convert it, never
    change it in place. Raises what Pillow raises for a file it cannot decode (OSError,
    SyntaxError, Image.DecompressionBombError), and ValueError for a profile that cannot be
    read (assets.embedded_profile)."""
    from PIL import Image

    from .assets import embedded_profile

    st = path.stat()
    key = (path, st.st_mtime_ns, st.st_size)
    found = _LAST.get(key)
    if found is None:
        _LAST.clear()  # the previous file's pixels go first: one file's at a time
        with Image.open(path) as src:
            src.load()
            profile = embedded_profile(src)
            found = normalise(src), src.info["icc_profile"] if profile is not None else None
        _LAST[key] = found
    return found


def forget() -> None:
    """Let go of the pixels `decoded` keeps (a document is done: its next one names other
    files, or the same ones, decoded again)."""
    _LAST.clear()


def normalise(im: Image.Image) -> Image.Image:
    """8-bit L, RGB, RGBA or CMYK, upright. Transparency makes it RGBA, whatever carried it:
    an alpha channel, a palette's transparent index, or a PNG colour key (tRNS: the one
    colour of an RGB or grey image that is transparent)."""
    from PIL import ImageOps

    im = ImageOps.exif_transpose(im) or im
    key = im.info.get("transparency")
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        grey = im.convert("I")
        im = grey.point(lambda v: v * (1 / 256)).convert("L")
        if key is not None:  # the 16-bit key, compared before the reduction to 8 bits
            im = _keyed(im, grey, key)
    elif im.mode in ("P", "PA"):
        im = im.convert("RGBA" if key is not None or im.mode == "PA" else "RGB")
    elif im.mode in ("1", "L", "RGB") and key is not None:
        im = im.convert("RGBA")
    elif im.mode == "1":
        im = im.convert("L")
    elif im.mode == "LA":
        im = im.convert("RGBA")
    elif im.mode not in ("L", "RGB", "RGBA", "CMYK"):
        im = im.convert("RGB")
    return im


def _keyed(grey: Image.Image, wide: Image.Image, key: object) -> Image.Image:
    """8-bit grey as RGBA, transparent where the 16-bit (mode I) pixels equal the key."""
    from PIL import ImageMath

    opaque = ImageMath.lambda_eval(
        lambda a: a["notequal"](a["wide"], a["key"]) * 255, wide=wide, key=key
    )
    out = grey.convert("RGBA")
    out.putalpha(opaque.convert("L"))
    return out
