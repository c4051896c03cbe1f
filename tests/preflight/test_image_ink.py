"""preflight.image_ink reads a CMYK image's samples as a PDF reader does: through its
/Decode, its palette (Indexed), 16-bit samples, and a JPEG's bytes as stored (Adobe's
inverted CMYK is inverted back only by /Decode [1 0 ...], as Ghostscript reads it: a
review found an Adobe JPEG without /Decode measured 392 % where it prints 8 %). A stream
placed twice with another /Decode is two images, not one memo entry; an image it cannot
read is a warning, not a silent pass."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import Image

from campaign.preflight import preflight
from tests.preflight.test_content import LOOSE, page, save


def placed(pdf: pikepdf.Pdf, images: dict[str, object]) -> bytes:
    """`pdf`'s page drawing each image of `images` (name: stream) in turn."""
    content = b"".join(f"q 3 0 0 3 0 0 cm /{n} Do Q ".encode() for n in images)  # 384 ppi
    pdf.pages[0].obj.Contents = pdf.make_stream(content)
    pdf.pages[0].obj.Resources = pikepdf.Dictionary(
        XObject=pikepdf.Dictionary({f"/{n}": s for n, s in images.items()})
    )
    return save(pdf)


def cmyk_image(pdf: pikepdf.Pdf, data: bytes, w: int = 16, **extra: object) -> object:
    entries: dict[str, object] = {
        "Type": pikepdf.Name.XObject,
        "Subtype": pikepdf.Name.Image,
        "Width": w,
        "Height": w,
        "ColorSpace": pikepdf.Name.DeviceCMYK,
        "BitsPerComponent": 8,
    }
    entries.update(extra)
    return pdf.make_stream(data, **entries)


def measured(data: bytes) -> tuple[object, list[str], list[str]]:
    report = preflight(data, LOOSE)
    return report.facts.get("max_image_tac"), report.failures, report.warnings


INVERTED = [1, 0, 1, 0, 1, 0, 1, 0]


def test_the_same_samples_with_another_decode_are_another_image() -> None:
    pdf = page(b"")
    zeros = bytes(16 * 16 * 4)
    data = placed(
        pdf,
        {"Full": cmyk_image(pdf, zeros, Decode=INVERTED), "Empty": cmyk_image(pdf, zeros)},
    )
    tac, failures, _ = measured(data)
    assert tac == 400.0
    assert failures == [
        "page 1: an image has 400 % total ink (averaged as a 72 dpi proof shows it); the "
        "limit is 300 %: separate it within the limit, or place it in RGB and let the build "
        "convert it"
    ]


@pytest.mark.parametrize(("decode", "tac"), [(None, 7.8), (INVERTED, 392.2)])
def test_a_jpeg_s_samples_are_as_stored_and_decode_inverts_them(
    decode: list[int] | None, tac: float
) -> None:
    """Pillow writes CMYK JPEGs inverted, with Adobe's marker: stored 5 for an ink of 250.
    Without /Decode a reader prints 5 (2 % an ink); with [1 0 ...], 250."""
    out = io.BytesIO()
    Image.new("CMYK", (16, 16), (250, 250, 250, 250)).save(out, format="JPEG", quality=95)
    pdf = page(b"")
    extra: dict[str, object] = {"Filter": pikepdf.Name.DCTDecode}
    if decode is not None:
        extra["Decode"] = decode
    stream = pdf.make_stream(out.getvalue())
    for k, v in {
        "Type": pikepdf.Name.XObject, "Subtype": pikepdf.Name.Image, "Width": 16,
        "Height": 16, "ColorSpace": pikepdf.Name.DeviceCMYK, "BitsPerComponent": 8, **extra,
    }.items():  # fmt: skip
        stream[f"/{k}"] = v
    got, _, _ = measured(placed(pdf, {"J": stream}))
    assert got == pytest.approx(tac, abs=1.0)


def test_an_indexed_image_over_cmyk_is_read_through_its_palette() -> None:
    pdf = page(b"")
    palette = bytes([0, 0, 0, 0, 255, 255, 255, 255])
    space = [pikepdf.Name.Indexed, pikepdf.Name.DeviceCMYK, 1, pikepdf.String(palette)]
    stream = cmyk_image(pdf, bytes([1]) * 256, ColorSpace=space)
    tac, failures, _ = measured(placed(pdf, {"I": stream}))
    assert tac == 400.0
    assert failures


def test_sixteen_bit_samples_are_read() -> None:
    pdf = page(b"")
    stream = cmyk_image(pdf, b"\xff\xff" * 16 * 16 * 4, BitsPerComponent=16)
    tac, failures, _ = measured(placed(pdf, {"S": stream}))
    assert tac == 400.0
    assert failures


def test_an_image_it_cannot_read_is_a_warning() -> None:
    pdf = page(b"")
    stream = cmyk_image(pdf, b"not a JPEG 2000 codestream", Filter=pikepdf.Name.JPXDecode)
    tac, failures, warnings = measured(placed(pdf, {"X": stream}))
    assert tac is None
    assert not failures
    assert warnings == [
        "page 1: 1 CMYK image(s) not measured for total ink (JPEG 2000, or a kind of samples "
        "this preflight does not read): check their ink in the print shop's preflight"
    ]
