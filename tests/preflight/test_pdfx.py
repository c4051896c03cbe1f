"""PDF/X-4 structure in every print PDF, and the built-in preflight's checks of it: one of
TrimBox/ArtBox, Info and XMP agreeing on every shared key, a tag per font subset (unique and
the same in every build)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest

from campaign.preflight import Expect, preflight
from tests.kits import build, mini_copy, out_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pdfx")
    return build(ROOT, tmp / "out", "--only", "flyer-a5,badge-58", "--lang", "ar,zh", "--no-png")


def pdf_bytes(out: Path, material: str, lang: str) -> bytes:
    return (out / out_path(material, lang)).read_bytes()


@pytest.mark.parametrize(("material", "lang"), [("flyer-a5", "ar"), ("badge-58", "zh")])
def test_print_pdf_structure(built: Path, material: str, lang: str) -> None:
    data = pdf_bytes(built, material, lang)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert "/TrimBox" in page.obj
            assert "/ArtBox" not in page.obj
        assert "/Keywords" not in pdf.docinfo
        xmp = pdf.open_metadata()
        assert str(pdf.docinfo.Title) == xmp["dc:title"]
        assert str(pdf.docinfo.Producer) == xmp["pdf:Producer"]
        assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        tags: dict[str, str] = {}
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                base = str(font.BaseFont)
                assert re.fullmatch(r"/[A-Z]{6}\+[A-Za-z0-9-]+", base), base
                assert base != "/AAAAAA+" + base[8:]
                program = font.FontDescriptor.FontFile2.read_raw_bytes()
                tags.setdefault(base, str(hash(program)))
                assert tags[base] == str(hash(program))  # one tag, one program
        assert len({t[1:7] for t in tags}) == len(tags)  # distinct tags
    assert preflight(data, Expect()).failures == []


def test_subset_tags_are_the_same_in_every_build(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    first = build(kit, tmp_path / "a", "--only", "text", "--no-png")
    second = build(kit, tmp_path / "b", "--only", "text", "--no-png")
    name = out_path("text", "ar")
    assert (first / name).read_bytes() == (second / name).read_bytes()


def broken(data: bytes, change: str) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0].obj
        if change == "artbox":
            page.ArtBox = page.TrimBox
        elif change == "keywords":
            pdf.docinfo["/Keywords"] = "trafficking"
        elif change == "title":
            pdf.docinfo["/Title"] = "Another title"
        elif change == "tags":
            fonts = list(pdf.pages[0].Resources.Font.values())
            fonts[1].BaseFont = fonts[0].BaseFont
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_preflight_finds_each_pdfx_fault(built: Path) -> None:
    data = pdf_bytes(built, "flyer-a5", "ar")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        title = str(pdf.docinfo.Title)
        first = str(next(iter(pdf.pages[0].Resources.Font.values())).BaseFont)
    assert preflight(broken(data, "artbox"), Expect()).failures == [
        "page 1: both a TrimBox and an ArtBox (PDF/X-4 allows one)"
    ]
    assert preflight(broken(data, "keywords"), Expect()).failures == [
        "Info Keywords is 'trafficking' but XMP pdf:Keywords is None (PDF/X-4 wants them equal)"
    ]
    assert preflight(broken(data, "title"), Expect()).failures == [
        f"Info Title is 'Another title' but XMP dc:title is {title!r} (PDF/X-4 wants them equal)"
    ]
    assert preflight(broken(data, "tags"), Expect()).failures == [
        f"2 font subsets share the tag {first[1:7]} ({first[8:]}): each subset needs its own"
    ]
