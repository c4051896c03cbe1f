"""Reading untrusted art safely: SVG without entities, DTDs, network or outside files; raster
images' sizes and embedded colour profiles from their headers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from .diagnostics import Collector, Mark, failure

if TYPE_CHECKING:
    from PIL import Image, ImageCms

# The colour space an ICC profile must describe for an image of each Pillow mode (palette
# images hold RGB colours; 16-bit and bilevel images are grey).
PROFILE_SPACE = {"RGB": "RGB", "RGBA": "RGB", "P": "RGB", "PA": "RGB", "CMYK": "CMYK"}


def parse_svg(path: Path) -> Any:
    """The SVG's element tree, or a DiagnosticsError naming the file, line and column."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        load_dtd=False,
    )
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        log = parser.error_log if len(parser.error_log) else exc.error_log
        first = log[0] if len(log) else None  # libxml2's own line and column
        line, col = (first.line, first.column) if first else (exc.lineno or 1, 1)
        raise failure(
            "svg.read",
            f"failed to read SVG ({first.message if first else exc.msg})",
            Mark(path, line, max(col, 1)),
            "open the file in an editor and check the markup",
        ) from exc
    except OSError as exc:
        raise failure(
            "svg.read", f"failed to read SVG ({exc.strerror or exc})", Mark(path, 1, 1)
        ) from exc
    if root is None or etree.QName(root).localname != "svg":
        raise failure(
            "svg.read", "not an SVG file (the root element is not <svg>)", Mark(path, 1, 1)
        )
    for el in root.iter():
        for attr, value in el.attrib.items():
            if attr.endswith("href") and not (value.startswith("#") or value.startswith("data:")):
                raise failure(
                    "svg.read",
                    f"SVG refers to an outside file or address ({value!r})",
                    Mark(path, el.sourceline or 1, 1),
                    "embed the image as a data: URI or draw it in the SVG",
                )
    return root


def image_size(path: Path, mark: Mark | None, errs: Collector) -> tuple[int, int] | None:
    """Pixel size after EXIF rotation, reading only the header; a broken or oversized file is an
    error naming it (Pillow's decompression-bomb limit stays on)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            w, h = im.size
            orientation = im.getexif().get(0x0112, 1)
            if orientation in (5, 6, 7, 8):
                w, h = h, w
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
            return w, h
    except Image.DecompressionBombError as exc:
        errs.error(
            "image.read",
            f"image '{path.name}' is too large to open safely ({exc})",
            mark,
            "scale it down to the size it is printed at (300 ppi is enough)",
        )
    except (UnidentifiedImageError, OSError) as exc:
        errs.error(
            "image.read",
            f"failed to read image '{path.name}' ({exc})",
            mark,
            "use a JPEG, PNG or TIFF file",
        )
    return None


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
