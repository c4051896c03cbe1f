"""The package's contact sheets and index are labelled in the kit's own Latin font (the
family fonts.yaml lists first for Latn, FontBook.latin), not in a file named NotoSans: a kit
whose Latin font is another family, with no NotoSans file at all, is packaged in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw

from campaign.fonts import FontFace, load_fontbook
from campaign.package import contact as pkg_contact
from tests.kits import ROOT, build, cli, mini_copy

# Brand (Noto Sans JP's Latin, renamed: letters of another design than Noto Sans's) is the
# Latin font; no NotoSans file is in the folder
BRAND_ONLY = """\
families:
  Brand:
    regular: Brand-Regular.ttf
    bold: Brand-Bold.ttf
    scripts: [Latn, Cyrl, Grek]
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    bold: NotoSansArabic-Bold.ttf
    scripts: [Arab]
"""


def brand_kit(tmp_path: Path) -> Path:
    """The mini kit with a fonts/ folder of its own (copies: the kit's fonts/ is a link to the
    repository's): Brand and Noto Sans Arabic."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text(BRAND_ONLY, encoding="utf-8")
    for weight in ("Regular", "Bold"):
        shutil.copy(ROOT / "fonts" / f"NotoSansArabic-{weight}.ttf", kit / "fonts")
        font = TTFont(ROOT / "fonts" / f"NotoSansJP-{weight}.ttf")
        names = {1: "BrandSans", 16: "BrandSans", 4: f"BrandSans {weight}"}
        names[6] = f"BrandSans-{weight}"
        for record in font["name"].names:
            record.string = names.get(record.nameID, record.string)
        font.save(kit / "fonts" / f"Brand-{weight}.ttf")
    assert not list((kit / "fonts").glob("NotoSans-*"))
    return kit


def test_the_contact_sheet_and_index_are_labelled_in_the_kits_latin_font(
    tmp_path: Path,
) -> None:
    """The index PDF embeds BrandSans-Regular and -Bold and no other font; the contact
    sheet's title is drawn in Brand's bold, pixel for pixel (Noto Sans's differs)."""
    kit = brand_kit(tmp_path)
    out = build(kit, tmp_path / "out", "--lang", "en,ar", "--png-ppi", "20")
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    with pikepdf.open(tmp_path / "pkg" / "campaign-index.pdf") as pdf:
        embedded = {
            str(o.BaseFont).split("+")[-1]
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"
        }
    assert embedded == {"BrandSans-Regular", "BrandSans-Bold"}

    fonts = load_fontbook(kit / "fonts")
    faces = pkg_contact.labels(fonts)
    assert (faces.regular.key, faces.bold.key) == ("Brand-Regular", "Brand-Bold")
    with Image.open(tmp_path / "pkg" / "campaign-contact-sheet.png") as sheet:
        strip = (0, 0, sheet.width, pkg_contact.MARGIN + 44)  # the title, above the subtitle
        shown = sheet.convert("RGB").crop(strip)
    title = "Mini kit 2024"  # the mini kit's campaign.yaml: name and year

    def drawn(face: FontFace) -> Image.Image:
        im = Image.new("RGB", shown.size, pkg_contact.BACKGROUND)
        width = shown.width - 2 * pkg_contact.MARGIN
        font = pkg_contact.sized_font(face, 34, title, width)
        ImageDraw.Draw(im).text(
            (pkg_contact.MARGIN, pkg_contact.MARGIN), title, font=font, fill=pkg_contact.CARD
        )
        return im

    assert shown.tobytes() == drawn(faces.bold).tobytes()
    noto = load_fontbook(ROOT / "fonts").face("NotoSans", "bold")
    assert shown.tobytes() != drawn(noto).tobytes()


def test_the_labels_are_the_slugs_face_and_its_bold(tmp_path: Path) -> None:
    """A Latin family without every printable ASCII character (no '|') leaves the labels to
    the slug's family, the first in fonts.yaml that has them all (its regular and bold)."""
    kit = brand_kit(tmp_path)
    for weight in ("Regular", "Bold"):
        path = kit / "fonts" / f"Brand-{weight}.ttf"
        font = TTFont(path)
        for table in font["cmap"].tables:
            table.cmap.pop(ord("|"), None)
        font.save(path)
    (kit / "fonts/fonts.yaml").write_text(
        BRAND_ONLY + "  NotoSans:\n    regular: NotoSans-Regular.ttf\n"
        "    bold: NotoSans-Bold.ttf\n    scripts: [Latn]\n",
        encoding="utf-8",
    )
    for weight in ("Regular", "Bold"):
        shutil.copy(ROOT / "fonts" / f"NotoSans-{weight}.ttf", kit / "fonts")
    faces = pkg_contact.labels(load_fontbook(kit / "fonts"))
    assert (faces.regular.key, faces.bold.key) == ("NotoSans-Regular", "NotoSans-Bold")
