"""Properties of the print PDF a print shop checks, read back with pikepdf and PDFium."""

import io
from pathlib import Path

import pikepdf
import pytest

from campaign.pipeline.api import build
from campaign.pipeline.options import Options

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build(ROOT, Options(out, ("en", "ar"), ("poster-a3", "badge-58"), png_ppi=20))
    return out


def open_pdf(out: Path, rel: str) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO((out / rel).read_bytes()))


def mm(v: object) -> float:
    return round(float(v) / MM, 2)  # type: ignore[arg-type]


def test_boxes_in_mm(out: Path) -> None:
    with open_pdf(out, "poster-a3/poster-a3-en.pdf") as pdf:
        page = pdf.pages[0].obj
        trim, bleed, media = page.TrimBox, page.BleedBox, page.MediaBox
        assert [mm(trim[2] - trim[0]), mm(trim[3] - trim[1])] == [297, 420]
        assert [mm(trim[0] - bleed[0]), mm(bleed[3] - trim[3])] == [3, 3]
        assert mm(trim[0] - media[0]) == 13  # bleed + 5 mm marks + 5 mm slug room


def test_fonts_embedded_and_subset_no_helvetica(out: Path) -> None:
    for rel in (
        "poster-a3/poster-a3-en.pdf",
        "poster-a3/poster-a3-ar.pdf",
        "badge-58/badge-58-en.pdf",
    ):
        with open_pdf(out, rel) as pdf:
            fonts = pdf.pages[0].Resources.Font
            names = [str(f.BaseFont) for f in fonts.values()]
            assert not any("Helvetica" in n for n in names), names
            for f in fonts.values():
                assert "+" in str(f.BaseFont)  # subset tag
                assert "/FontFile2" in f.FontDescriptor
    with open_pdf(out, "poster-a3/poster-a3-ar.pdf") as pdf:
        names = {str(f.BaseFont).split("+")[1] for f in pdf.pages[0].Resources.Font.values()}
        assert {"NotoSansArabic-Bold", "NotoSans-Bold"} <= names


def test_only_cmyk_colour_operators(out: Path) -> None:
    """Process CMYK, and the marks' registration colour, the Separation /All (whose
    alternate is DeviceCMYK): no RGB, grey or other colour space."""
    with open_pdf(out, "poster-a3/poster-a3-en.pdf") as pdf:
        parsed = pikepdf.parse_content_stream(pdf.pages[0])
        ops = {str(i.operator) for i in parsed}
        assert {"k", "K"} <= ops
        assert not ops & {"rg", "RG", "g", "G", "sc", "SC"}
        spaces = {str(i.operands[0]) for i in parsed if str(i.operator) in ("cs", "CS")}
        assert spaces == {"/All"}
        named = pdf.pages[0].Resources.ColorSpace
        assert {str(k): [str(v) for v in cs[:3]] for k, cs in named.items()} == {
            "/All": ["/Separation", "/All", "/DeviceCMYK"]
        }


def test_output_intent_and_metadata(out: Path) -> None:
    with open_pdf(out, "poster-a3/poster-a3-en.pdf") as pdf:
        assert pdf.pdf_version == "1.6"
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert intent.DestOutputProfile.read_bytes()[16:20] == b"CMYK"
        assert str(pdf.Root.Lang) == "en"
        assert str(pdf.docinfo.Trapped) == "/False"


def test_crop_marks_outside_the_bleed(out: Path) -> None:
    with open_pdf(out, "poster-a3/poster-a3-en.pdf") as pdf:
        page = pdf.pages[0]
        trim = [float(v) for v in page.obj.TrimBox]
        lines = []
        cur = None
        for ins in pikepdf.parse_content_stream(page):
            op = str(ins.operator)
            if op == "m":
                cur = [float(v) for v in ins.operands]
            elif op == "l" and cur is not None:
                lines.append((*cur, *[float(v) for v in ins.operands]))
        marks = [
            ln
            for ln in lines
            if (abs(ln[0] - ln[2]) < 1e-6 or abs(ln[1] - ln[3]) < 1e-6)
            and abs(max(abs(ln[2] - ln[0]), abs(ln[3] - ln[1])) - 5 * MM) < 0.01
        ]
        assert len(marks) == 8
        for x0, y0, x1, y1 in marks:
            inside_x = (
                trim[0] - 3 * MM + 0.01 < min(x0, x1) and max(x0, x1) < trim[2] + 3 * MM - 0.01
            )
            inside_y = (
                trim[1] - 3 * MM + 0.01 < min(y0, y1) and max(y0, y1) < trim[3] + 3 * MM - 0.01
            )
            assert not (inside_x and inside_y)  # no mark reaches into the bleed
            assert round(max(abs(x1 - x0), abs(y1 - y0)) / MM, 2) == 5


def test_text_extracts_in_reading_order(out: Path) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(out / "poster-a3/poster-a3-en.pdf"))
    text = doc[0].get_textpage().get_text_range()
    assert "Leave No Child" in text
    assert "#endHT #30July #EndHumanTrafficking" in text
    assert "1 in 3" in text
