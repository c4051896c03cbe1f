"""The photo challenge: `frame PHOTO` lays out the frame overlay (a social layout whose window is
transparent) in one language, draws it as the build's social_png rendition does, and puts the
photo under it (render/frame.py)."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Collector, DiagnosticsError
from ..kinds import PX_PER_MM
from ..render.colour import rgb_to_cmyk
from ..render.frame import framed_png, read_photo, to_srgb, window_box
from .compose import compose_all
from .fingerprint import code_version, profile_icc
from .jobs import select
from .kitcache import cached_fontbook, cached_kit
from .options import Options

FRAME = "social-frame-1080"  # the default kit's frame layout


def overlay_png(root: Path, lang: str | None, material: str = FRAME) -> bytes:
    """The frame overlay (RGBA PNG, transparent window) in `lang` (default: the source
    language); DiagnosticsError if the kit, the language or the layout has a problem."""
    from .renditions import RENDITIONS, Sheet

    code = code_version()
    kit = cached_kit(root, code=code, isolate=True)
    fonts = cached_fontbook(kit.fonts_dir, code)  # fonts.yaml's errors raised as a build's
    code = lang or kit.campaign.source_language
    laid, errs = compose_all(kit, fonts, select(kit, (code,), (material,)))
    errs.raise_if_errors()
    one = laid[0].composed
    convert = rgb_to_cmyk(profile_icc(kit, one.layout))
    sheet = Sheet(kit, fonts, one, Options(Path()), convert)
    problems = Collector()
    outputs = RENDITIONS["social_png"].draw(sheet, problems)
    if problems.errors:
        raise DiagnosticsError(problems.errors)
    return outputs[0].data


# A photo enlarged more than this to fill the window looks blurred (a 40 x 30 px photo was
# blown up to 1080 px without a word): twice, as the print checks warn below 300 ppi and
# refuse below 150
MAX_ENLARGE = 2.0


def frame_photo(
    root: Path,
    photo: Path,
    lang: str | None,
    material: str = FRAME,
    errs: Collector | None = None,
) -> bytes:
    """The photo in the frame: a PNG of the frame's pixel size (sRGB). A photo the frame's
    window enlarges more than MAX_ENLARGE times is a `photo.small` warning to `errs`."""
    import io

    from PIL import Image

    from ..diagnostics import Mark

    raw = read_photo(photo)  # a bad photo is reported before the frame is drawn
    overlay = Image.open(io.BytesIO(overlay_png(root, lang, material))).convert("RGBA")
    kit = cached_kit(root, isolate=True)  # overlay_png's, read again from the cache
    # a CMYK photo without a profile, as the build's previews show a CMYK image (through the
    # press profile): it was Pillow's formula, pure red for the red a press prints
    image = to_srgb(raw, profile_icc(kit, kit.layouts[material]))
    box = window_box(overlay)  # found once: for the warning and for the frame
    left, top, right, bottom = box
    w, h = right - left, bottom - top
    enlarged = max(w / image.width, h / image.height)
    if errs is not None and enlarged > MAX_ENLARGE:
        errs.warn(
            "photo.small",
            f"the photo is {image.width} x {image.height} px: the frame's {w} x {h} px window "
            f"enlarges it {enlarged:.1f} times, and it shows blurred",
            Mark.file(photo),
            f"use a photo of at least {w} x {h} px (the camera's own file, not a thumbnail)",
        )
    return framed_png(image, overlay, PX_PER_MM * 25.4, box)
