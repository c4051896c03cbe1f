"""The text layer of print PDFs: complex scripts read in logical order. A print PDF is not
tagged, and its glyphs are in drawing order: a pre-base vowel before its consonant (Hindi
कि, Bengali কে, Myanmar ကေ, Khmer កេ), marks and subscripts wherever they are drawn. Copy and
search read those lines from the ActualText span each one carries; a line whose glyphs
read right carries none."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
import yaml

from campaign.pipeline.api import build
from campaign.pipeline.options import Options

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("hi", "bn", "km", "my", "th", "lo")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    materials = ("poster-a3", "badge-58")
    build(ROOT, Options(out, (*LANGS, "en"), materials, png=False, digital=False))
    return out


def read(path: Path) -> str:
    """Every page's text as PDFium extracts it, without white space (lines break anywhere)."""
    doc = pdfium.PdfDocument(str(path))
    return re.sub(r"\s+", "", "".join(page.get_textpage().get_text_range() for page in doc))


def strings(lang: str) -> dict[str, dict[str, str]]:
    path = ROOT / "materials" / "strings" / f"{lang}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["strings"]


@pytest.mark.parametrize("lang", LANGS)
def test_complex_scripts_read_in_logical_order(out: Path, lang: str) -> None:
    texts = strings(lang)
    poster = read(out / f"poster-a3/poster-a3-{lang}.pdf")
    assert re.sub(r"\s+", "", texts["theme"]["text"]) in poster  # each poster sets it whole
    badge = read(out / f"badge-58/badge-58-{lang}.pdf")
    assert re.sub(r"\s+", "", texts["badge"]["text"]) in badge


def spans(path: Path) -> list[str]:
    pdf = pikepdf.open(io.BytesIO(path.read_bytes()))
    return [
        str(op.operands[1].ActualText)
        for page in pdf.pages
        for op in pikepdf.parse_content_stream(page)
        if str(op.operator) == "BDC" and "/ActualText" in op.operands[1]
    ]


def test_a_line_whose_glyphs_read_right_has_no_span(out: Path) -> None:
    """Latin without marks: no span, the glyphs are the text, a line with "ffi" too (drawn
    with U+FB03's glyph, which its ToUnicode map gives as f, f, i: glyphs.logical). The Khmer
    badge's line, whose subscript is placed by an offset, has one."""
    english = spans(out / "poster-a3/poster-a3-en.pdf")
    assert english == []
    assert "HumanTrafficking" in read(out / "poster-a3/poster-a3-en.pdf")
    assert strings("km")["badge"]["text"] in spans(out / "badge-58/badge-58-km.pdf")


def test_a_left_to_right_rim_has_a_span_in_print(out: Path) -> None:
    """A badge's rim draws each glyph on its own, turned on the circle: its words are an
    ActualText span whatever its glyphs read as (poppler read "#e", "nd", "HT"... from the
    glyphs' places)."""
    assert strings("en")["hashtags"]["text"] in spans(out / "badge-58/badge-58-en.pdf")


def test_a_soft_hyphen_where_the_line_does_not_break_is_no_text(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A translator's soft hyphen (a place the word may break) in a line that does not break
    there draws nothing and is nothing in the text layer, print and digital: a line's
    ActualText kept it, and a search for the word found nothing."""
    root = kit_copy()
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    old = "    text: Signalez aux autorités ou à une ligne d’assistance toute page ou activité suspecte en ligne.\n"
    assert old in body
    new = old.replace("text: Signalez aux autorités", 'text: "Signalez aux auto\\u00adrités')
    path.write_text(body.replace(old, new.replace("en ligne.\n", 'en ligne."\n')), encoding="utf-8")
    out = tmp_path / "out"
    build(root, Options(out, ("fr",), ("poster-a3",), png=False))
    for name in ("poster-a3-fr.pdf", "poster-a3-fr-digital.pdf"):
        page = pdfium.PdfDocument(str(out / "poster-a3" / name))[0]
        text = page.get_textpage().get_text_range()
        assert "\u00ad" not in text
        assert "Signalez aux autorités" in text
