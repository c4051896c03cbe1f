"""The digital PDF's left-to-right lines read as the paragraph they break: each line is a
marked-content span with its words as ActualText, and the spans of a paragraph, joined as
they are, give the paragraph's text with its words apart as the text has them. A line broken
at a space ends with it; a line broken between Chinese, Thai or Burmese letters (no space in
the text) with none; a hyphen the layout drew is a soft hyphen (U+00AD, ISO 32000-1,
14.8.2.2.3), the word whole without it (tests/render/test_capitals_read.py breaks one). An
accessibility trial's reader, following the ActualText strictly, read "Leave No
ChildBehind in the" on the poster. Text extraction, which makes its own line breaks by
position, gets no double space from it (PDFium and poppler)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.layout.document import TextItem
from tests.kits import build, out_path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr", "ru", "zh", "th", "my")  # spaces between words, none, and some
MATERIALS = ("poster-a3", "flyer-a5")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("breaks")
    only = ",".join(MATERIALS)
    return build(ROOT, base / "out", "--only", only, "--lang", ",".join(LANGS), "--no-png")


def spans(path: Path, page: int) -> list[str]:
    """Every marked-content ActualText of a page, in drawing order."""
    with pikepdf.open(path) as pdf:
        stream = pdf.pages[page].Contents.read_bytes()
    found = re.findall(rb"/ActualText <FEFF([0-9A-F]*)>", stream)
    return [bytes.fromhex(s.decode()).decode("utf-16-be") for s in found]


def paragraphs(material: str, lang: str, page: int) -> list[str]:
    """The text of each paragraph the page sets left to right, in drawing order, as written
    (where a style sets capitals, the string's own letters: `TextItem.spoken`), without soft
    hyphens; only paragraphs of more than one line, and one-line ones, alike."""
    from campaign.fonts import load_fontbook
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_kit

    kit = cached_kit(ROOT)
    laid = compose_document(
        kit, load_fontbook(kit.fonts_dir), kit.layouts[material], kit.languages[lang]
    )
    texts = []
    for item in laid.composed.page.pages[page].items:
        if not isinstance(item, TextItem):
            continue
        lines = [line for line in item.text.lines if line.runs]
        for p in dict.fromkeys(line.paragraph for line in lines):
            mine = [line for line in lines if line.paragraph == p]
            assert not any(r.rtl for line in mine for r in line.runs)  # LANGS run left to right
            text = item.spoken[p] if item.spoken else mine[-1].runs[0].source
            texts.append(text.replace("\u00ad", ""))
    return texts


def grouped(said: list[str], texts: list[str]) -> list[list[str]]:
    """`said` (the spans in drawing order) cut into runs of spans that join to each of `texts`
    in turn; fails at the first span that does not continue its paragraph's text."""
    groups: list[list[str]] = []
    for text in texts:
        group, joined = [], ""
        while joined != text:
            assert said, f"no span left for {text!r} (read {joined!r})"
            joined += said[0].replace("\u00ad", "")
            group.append(said.pop(0))
            assert text.startswith(joined), f"read {joined!r} of {text!r}"
        groups.append(group)
    assert not said
    return groups


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("material", MATERIALS)
def test_a_paragraphs_line_spans_joined_are_its_text(out: Path, material: str, lang: str) -> None:
    """Every left-to-right paragraph, one line or many, joins from its lines' ActualText as
    the text writes it; and some paragraph here is set on several lines (the test reads
    line breaks)."""
    path = out / out_path(material, lang, "digital")
    pages = len(pikepdf.open(path).pages)
    several = 0
    for page in range(pages):
        groups = grouped(spans(path, page), paragraphs(material, lang, page))
        several += sum(len(g) > 1 for g in groups)
    assert several


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "my"])
def test_a_line_broken_at_a_space_ends_with_it(out: Path, lang: str) -> None:
    """The poster's theme is broken at spaces only: each line but its last ends with one."""
    said = spans(out / out_path("poster-a3", lang, "digital"), 0)
    texts = paragraphs("poster-a3", lang, 0)
    theme = next(g for g in grouped(said, texts) if len(g) > 2)
    assert all(line.endswith(" ") and not line.endswith("  ") for line in theme[:-1])
    assert not theme[-1].endswith(" ")


@pytest.mark.parametrize("lang", ["zh", "th"])
def test_a_line_broken_between_letters_ends_with_no_space(out: Path, lang: str) -> None:
    """Chinese and Thai lines of the theme break between letters, where the text has no space,
    and the lines' ActualText adds none."""
    said = spans(out / out_path("poster-a3", lang, "digital"), 0)
    theme = next(g for g in grouped(said, paragraphs("poster-a3", lang, 0)) if len(g) > 2)
    assert not any(line.endswith(" ") for line in theme)


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_extracted_text_has_the_words_apart_once(out: Path, lang: str) -> None:
    """PDFium (Chrome's viewer) and poppler's pdftotext read each line's words once, a line
    break between lines and never two spaces (the ActualText's space is the break's)."""
    path = out / out_path("poster-a3", lang, "digital")
    read = [pdfium.PdfDocument(path)[0].get_textpage().get_text_range()]
    if shutil.which("pdftotext"):
        got = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        read.append(got.stdout.decode())
    for text in read:
        assert "  " not in text
        words = " ".join(text.split())
        assert " ".join(paragraphs("poster-a3", lang, 0)[1].split()) in words  # the theme
