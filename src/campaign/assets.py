"""Reading untrusted art safely: raster images' sizes and embedded colour profiles from their
headers, and press profiles. SVG art is read by `svgart`."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import Collector, Mark

if TYPE_CHECKING:
    from PIL import Image, ImageCms

# A press (output) ICC profile is embedded in every print PDF: the shipped ones are 120 KB and
# the largest common CMYK press profiles (PSO Coated v3, ISO Coated v2) are under 3 MB.
MAX_ICC_BYTES = 10_000_000

# The colour space an ICC profile must describe for an image of each Pillow mode (palette
# images hold RGB colours; 16-bit and bilevel images are grey).
PROFILE_SPACE = {"RGB": "RGB", "RGBA": "RGB", "P": "RGB", "PA": "RGB", "CMYK": "CMYK"}


def image_size(path: Path, mark: Mark | None, errs: Collector) -> tuple[int, int] | None:
    """Pixel size after EXIF rotation, reading only the header; a broken or oversized file is an
    error naming it (Pillow's decompression-bomb limit stays on)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            w, h = im.size
            orientation = _orientation(im, path)
            if orientation in (5, 6, 7, 8):
                w, h = h, w
            limit = Image.MAX_IMAGE_PIXELS
            if limit is not None and w * h > limit:  # it opens, with Pillow's bomb warning
                errs.warn(
                    "image.large",
                    f"image '{path.name}' has {w * h / 1e6:.0f} million pixels: every build "
                    f"decodes them all (about {w * h * 4 / 2**20:.0f} MB of memory a process)",
                    mark,
                    "scale it down to the size it is printed at (300 ppi is enough)",
                )
            try:
                embedded_profile(im)
            except ValueError as exc:
                errs.error(
                    "image.read",
                    f"failed to read the colour profile of image '{path.name}' ({exc})",
                    mark,
                    "export the image again with its profile embedded (sRGB, Adobe RGB, "
                    "Display P3...) or with none: an image without a profile is taken as sRGB",
                )
                return None
        cut = cut_short(path)  # its header whole, its pixels not: it failed while drawing
        if cut is not None:
            errs.error(
                "image.read",
                f"image '{path.name}' {cut}",
                mark,
                "export or copy it again (an interrupted download or copy)",
            )
            return None
        return w, h
    except Image.DecompressionBombError as exc:
        errs.error(
            "image.read",
            f"image '{path.name}' is too large to open safely ({exc})",
            mark,
            "scale it down to the size it is printed at (300 ppi is enough)",
        )
    except (UnidentifiedImageError, OSError) as exc:
        vector = _vector_kind(path)
        if vector is not None:  # a logo sent as PDF or EPS: Pillow names the path alone
            from .svgart import a_kind, vector_hint

            errs.error(
                "image.read",
                f"image '{path.name}' is {a_kind(vector)} file (vector art), not a JPEG, PNG "
                "or TIFF image",
                mark,
                vector_hint(path, vector),
            )
            return None
        errs.error(
            "image.read",
            f"failed to read image '{path.name}' ({exc})",
            mark,
            "it is SVG art: place it in a slot of kind: svg"
            if _is_svg(path)
            else f"it is no readable {suffix} image (damaged, or another format renamed): "
            "export it again"
            if (suffix := path.suffix.lstrip(".").upper()) in ("PNG", "JPG", "JPEG", "TIF", "TIFF")
            else "use a JPEG, PNG or TIFF file",
        )
    return None


def _orientation(im: Image.Image, path: Path) -> int:
    """The EXIF orientation of an opened image (1: as stored), without decoding its pixels:
    Pillow's PNG decodes every pixel to look for an eXIf chunk after them (0.15 s for a 4000
    x 2000 px logo, each time a merged row's logo was composed); such a chunk is found by
    walking the file's chunks (`_late_png_exif`), and the rest read as Pillow reads it."""
    from PIL import Image

    if im.format == "PNG" and "exif" not in im.info:
        late = _late_png_exif(path)
        if late is not None:
            im.info["exif"] = b"Exif\x00\x00" + late  # as Pillow's PNG reader keeps it
        return int(Image.Image.getexif(im).get(0x0112, 1))  # not the PNG's: it decodes
    return int(im.getexif().get(0x0112, 1))


def _late_png_exif(path: Path) -> bytes | None:
    """The data of a PNG's eXIf chunk (PNG 1.5's, an EXIF block without its "Exif" header),
    read by its chunks' lengths without their contents; None without one, or where the
    chunks do not read to it (Image.verify names a file cut short)."""
    import struct

    try:
        with path.open("rb") as f:
            f.seek(8)  # the signature
            while len(head := f.read(8)) == 8:
                length, kind = struct.unpack(">I4s", head)
                if kind == b"eXIf":
                    data = f.read(length)
                    return data if len(data) == length else None
                if kind == b"IEND":
                    return None
                f.seek(length + 4, 1)  # the data and its CRC
    except OSError:
        return None
    return None


def cut_short(path: Path) -> str | None:
    """What is wrong with an image file whose header reads but whose data stops short, or
    None: a JPEG that does not end with its end-of-image marker (FF D9), a PNG whose chunks
    do not check out to its end (`Image.verify`): an interrupted download or copy, whose
    header every check read, which then failed while drawing. Kept by the file's state: a
    photo many merged rows name is read once."""
    try:
        st = path.stat()
    except OSError:
        return None  # the opening names it
    return _cut_short(path, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=256)
def _cut_short(path: Path, mtime_ns: int, size: int) -> str | None:
    from PIL import Image

    kind = None
    try:
        with Image.open(path) as im:
            kind = im.format
            if kind == "PNG":
                im.verify()  # every chunk's checksum, to the end
    except (OSError, SyntaxError, ValueError) as exc:
        if kind == "PNG":  # opened, then a chunk failed: Pillow's "Truncated File Read"
            return f"is cut short ({exc})"
        return None  # it does not open: the opening names it
    if kind == "JPEG":
        with path.open("rb") as f:
            f.seek(max(size - 64, 0))
            tail = f.read().rstrip(b"\x00")  # some writers pad the end
        if not tail.endswith(b"\xff\xd9"):
            return "is cut short (it does not end as a JPEG file does)"
    return None


def _vector_kind(path: Path) -> str | None:
    """ "PDF" or "EPS" for a file that starts as one (svgart.VECTOR_FILES), else None."""
    from .svgart import VECTOR_FILES, raster_kind

    try:
        with path.open("rb") as f:
            kind = raster_kind(f.read(16))
    except OSError:
        return None
    return kind if kind in VECTOR_FILES else None


def _is_svg(path: Path) -> bool:
    from .svgart import looks_like_svg

    try:
        with path.open("rb") as f:
            return looks_like_svg(f.read(256))
    except OSError:
        return False


def embedded_profile(im: Image.Image) -> ImageCms.ImageCmsProfile | None:
    """The ICC profile an image carries (the source of its colours), None when it has none or
    one for grey (grey images print on the black plate as they are). Raises ValueError with
    the reason when the profile cannot be read or describes other colours than the pixels
    (an RGB profile in a CMYK file)."""
    import io

    from PIL import ImageCms

    data = im.info.get("icc_profile")
    if not data:
        return None
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(data))
    except (OSError, ImageCms.PyCMSError) as exc:
        raise ValueError(f"the embedded ICC profile is damaged: {exc}") from None
    space = profile.profile.xcolor_space.strip()
    if space == "GRAY" and im.mode not in PROFILE_SPACE:
        return None
    expected = PROFILE_SPACE.get(im.mode, "GRAY")
    if space != expected:
        raise ValueError(
            f"the embedded ICC profile is for {space} colours but the pixels are {im.mode}"
        )
    return profile


def press_profile_problem(assets: Path, rel: str) -> str | None:
    """Why the press profile `rel` under `assets/` cannot be the OutputIntent of a print PDF
    (it goes to the print shop inside every file), or None: it must be a file inside assets/
    (a link out of it is refused, never read), at most MAX_ICC_BYTES, and an ICC output
    profile for CMYK that LittleCMS opens."""
    folder = assets.resolve()
    path = assets / rel
    if not path.resolve().is_relative_to(folder):
        return "is a link to a file outside assets/; it was not read"
    if not path.is_file():
        return "is missing"
    size = path.stat().st_size
    if size > MAX_ICC_BYTES:
        return f"is {size:,} bytes, more than an ICC profile may be ({MAX_ICC_BYTES:,})"
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return icc_problem(data)


@functools.lru_cache(maxsize=8)
def icc_problem(data: bytes) -> str | None:
    """What makes `data` other than an ICC output profile for CMYK that converts to screen
    colours (as the colour checks and proofs use it), or None. Kept per content: a kit is
    loaded many times in one process (preview, tests) with the same profiles."""
    import io

    from PIL import ImageCms

    if len(data) < 128 or data[36:40] != b"acsp":
        return "is not an ICC profile (no 'acsp' signature)"
    if int.from_bytes(data[:4], "big") != len(data):
        return "is damaged (its header's size is not the file's size: truncated?)"
    kind, space = data[12:16], data[16:20]
    if kind != b"prtr":
        return f"is not an output (printer) profile (its class is {kind.decode('latin-1')!r})"
    if space != b"CMYK":
        return f"is not for CMYK (its colour space is {space.decode('latin-1').strip()!r})"
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(data))
    except (OSError, ImageCms.PyCMSError) as exc:
        return f"is damaged ({exc})"
    try:
        ImageCms.buildTransform(profile, ImageCms.createProfile("sRGB"), "CMYK", "RGB")
    except (OSError, ImageCms.PyCMSError) as exc:
        return f"is damaged (its colours cannot be converted: {exc})"
    return None
