"""The language tags the PDFs write (BCP 47, RFC 5646; `text.scripts.language_tag`): the
kit's zh is Simplified Chinese (strings/zh.yaml, "Chinese (Simplified)", set in Noto Sans SC)
and its files say zh-Hans, in the catalogue's /Lang, the structure's Document and the XMP's
dc:language, where they said zh, which a screen reader or a font picker may take for
Traditional Chinese. A language written in one script gets no script; a code that names
its script or region keeps it."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.text.scripts import language_tag

ROOT = Path(__file__).resolve().parents[2]
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize(
    ("code", "tag"),
    [
        ("zh", "zh-Hans"),  # the kit's zh: Simplified
        ("zh-Hant", "zh-Hant"),
        ("zh_TW", "zh-TW"),  # a file name's; its region says the script
        ("zh-hant-tw", "zh-Hant-TW"),
        ("sr", "sr-Cyrl"),
        ("sr-Latn", "sr-Latn"),
        ("yue", "yue-Hant"),
        ("ar", "ar"),  # one script: none added
        ("hi", "hi"),
        ("en", "en"),
        ("ja", "ja"),
        ("en-gb", "en-GB"),
        ("hy-arevmda", "hy-arevmda"),
    ],
)
def test_language_tag(code: str, tag: str) -> None:
    assert language_tag(code) == tag


def test_a_chinese_pdf_says_simplified_chinese(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ROOT, Options(out, ("zh",), ("flyer-a5",), png=False))
    with pikepdf.open(out / "flyer-a5/flyer-a5-zh-digital.pdf") as pdf:
        assert str(pdf.Root.Lang) == "zh-Hans"
        document = pdf.Root.StructTreeRoot.K[0]
        assert str(document.Lang) == "zh-Hans"
        # an element in another language keeps its own: the English hashtags
        langs = {str(e.Lang) for e in document.K if "/Lang" in e}
        assert langs == {"en"}
        xmp = etree.fromstring(pdf.Root.Metadata.read_bytes())
    languages = [li.text for li in xmp.iter(f"{DC}language") for li in li.iter(f"{RDF}li")]
    assert languages == ["zh-Hans"]
    # the title, the flyer's heading, in Chinese: its item beside x-default says so
    title = [li.get(XML_LANG) for li in xmp.iter(f"{DC}title") for li in li.iter(f"{RDF}li")]
    assert title == ["x-default", "zh-Hans"]
    with pikepdf.open(out / "flyer-a5/flyer-a5-zh.pdf") as pdf:  # the print file's too
        assert str(pdf.Root.Lang) == "zh-Hans"
        assert pdf.open_metadata()["dc:language"] == {"zh-Hans"}
