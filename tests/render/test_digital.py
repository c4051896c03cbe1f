"""The digital variant: sRGB, trim size, tagged for accessibility, the QR code clickable."""

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.build import Options, build

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("digital")
    build(ROOT, Options(out, ("en", "ar"), ("poster-a3",), png_ppi=10))
    return out


def test_trim_size_rgb_no_marks(out: Path) -> None:
    with pikepdf.open(out / "poster-a3/poster-a3-en-digital.pdf") as pdf:
        page = pdf.pages[0]
        box = [round(float(v) / MM, 1) for v in page.mediabox]
        assert box == [0, 0, 297, 420]
        ops = {str(i.operator) for i in pikepdf.parse_content_stream(page)}
        assert "rg" in ops
        assert not ops & {"k", "K"}
        assert "/OutputIntents" not in pdf.Root


def test_structure_tree_in_reading_order(out: Path) -> None:
    with pikepdf.open(out / "poster-a3/poster-a3-en-digital.pdf") as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        doc = pdf.Root.StructTreeRoot.K[0]
        assert str(doc.S) == "/Document"
        tags = [str(k.S) for k in doc.K]
        assert tags[:4] == ["/Figure", "/P", "/H1", "/P"]  # emblem, day, theme, figure
        emblem = doc.K[0]
        assert str(emblem.Alt) == (
            "Blue heart, the emblem of the Blue Heart Campaign against human trafficking"
        )
        # the QR code: where it leads, as printed, once (what it is for is its printed label,
        # the P after it); its Link holds its figure, in its place in reading order
        assert tags[-2:] == ["/Link", "/P"]
        qr = doc.K[len(tags) - 2].K[0]
        assert str(qr.Alt) == "www.unodc.org/blueheart"
        assert "/Lang" not in qr  # English words in an English file
        # every marked-content id on the page belongs to exactly one element
        held = [k.K[0] if str(k.S) == "/Link" else k for k in doc.K]
        mcids = [int(k.K) for k in held]
        assert mcids == list(range(len(mcids)))
        parents = pdf.Root.StructTreeRoot.ParentTree.Nums
        assert int(parents[0]) == 0
        assert len(parents[1]) == len(mcids)


def test_qr_code_is_a_link(out: Path) -> None:
    with pikepdf.open(out / "poster-a3/poster-a3-ar-digital.pdf") as pdf:
        (annot,) = pdf.pages[0].Annots
        assert str(annot.Subtype) == "/Link"
        assert str(annot.A.URI) == "https://www.unodc.org/blueheart/"
        x0, y0, x1, y1 = (float(v) / MM for v in annot.Rect)
        assert round(x1 - x0) == 50  # the QR code's frame, mirrored to the left in Arabic
        assert x0 < 297 / 2


def test_text_is_selectable_in_logical_order(out: Path) -> None:
    doc = pdfium.PdfDocument(str(out / "poster-a3/poster-a3-ar-digital.pdf"))
    text = doc[0].get_textpage().get_text_range()
    words = " ".join(text.split())  # a line break between two words reads as a space
    assert "اليوم العالمي لمكافحة الاتجار بالأشخاص" in words
    assert "#endHT #30July #EndHumanTrafficking" in text


def test_small_for_email(out: Path) -> None:
    sizes = {p.name: p.stat().st_size for p in (out / "poster-a3").glob("*-digital.pdf")}
    assert all(size < 150_000 for size in sizes.values()), sizes


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("hi", "विरुद्ध लड़ाई में कोई"),  # conjuncts and reph: glyphs without code points
        ("km", "ប្រឆាំងការជួញដូរមនុស្ស"),  # subscript consonants
        ("th", "กับการค้ามนุษย์"),
    ],
)
def test_complex_scripts_copy_as_text(tmp_path: Path, lang: str, phrase: str) -> None:
    build(ROOT, Options(tmp_path, (lang,), ("poster-a3",), png_ppi=10))
    doc = pdfium.PdfDocument(str(tmp_path / f"poster-a3/poster-a3-{lang}-digital.pdf"))
    text = doc[0].get_textpage().get_text_range()
    assert phrase in text
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text)  # no private-use characters
