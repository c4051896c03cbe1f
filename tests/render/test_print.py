"""Print-shop details: PDF/X-4 metadata, press profile per layout, overprint, marks."""

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from campaign.build import Options, build
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4


def built(kit: Path, out: Path, material: str, lang: str = "en") -> pikepdf.Pdf:
    build(kit, Options(out, (lang,), (material,), png_ppi=10))
    return pikepdf.open(io.BytesIO((out / out_path(material, lang)).read_bytes()))


def test_pdfx4_metadata_is_consistent(tmp_path: Path) -> None:
    with built(ROOT, tmp_path, "badge-58", "fr") as pdf:
        xmp = pdf.open_metadata()
        assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert xmp["pdf:Trapped"] == "False"
        assert str(pdf.docinfo.Title) == xmp["dc:title"]
        assert xmp["dc:language"] == {"fr"}
        assert str(pdf.docinfo.CreationDate) == "D:20240730000000Z"
        assert xmp["xmp:CreateDate"] == "2024-07-30T00:00:00Z"
        assert xmp["xmpMM:DocumentID"].startswith("uuid:")
        assert len(pdf.trailer.ID) == 2
        assert pdf.pdf_version == "1.6"
        assert str(pdf.docinfo.Trapped) == "/False"
        assert all("/Annots" not in page.obj for page in pdf.pages)  # no annotations in print
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFX"
        assert str(intent.RegistryName) == "http://www.color.org"


def test_source_date_epoch_sets_the_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1753833600")  # 2025-07-30
    with built(ROOT, tmp_path, "badge-58") as pdf:
        assert str(pdf.docinfo.CreationDate) == "D:20250730000000Z"


def test_small_black_text_overprints(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    layout.write_text(
        layout.read_text().replace(
            "source:    {size: 11, min_size: 9, colour: navy}",
            "source:    {size: 11, min_size: 9, colour: black}",
        )
    )
    with built(kit, tmp_path / "out", "poster-a3") as pdf:
        page = pdf.pages[0]
        states = page.Resources.ExtGState
        op_on = {n for n, gs in states.items() if gs.get("/op") is True}
        opm = {n for n, gs in states.items() if gs.get("/OPM") == 1}
        assert op_on
        assert opm
        active: set[str] = set()
        fill = None
        shown_black_overprinted = 0
        for ins in pikepdf.parse_content_stream(page):
            op = str(ins.operator)
            if op == "gs":
                active.add(str(ins.operands[0]))
            elif op == "Q":
                active.clear()
            elif op == "k":
                fill = tuple(float(v) for v in ins.operands)
            elif op in ("Tj", "TJ") and fill == (0, 0, 0, 1):
                assert active & op_on
                assert active & opm
                shown_black_overprinted += 1
        assert shown_black_overprinted > 0
