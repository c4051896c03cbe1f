"""A figure's alternative text in the tagged PDF: in another script than the document's, it
has its language (`/Lang`) by the rule a paragraph has (docs/accessibility.md, "Natural
language"; a trial's Japanese poster with Latin test strings had its figures untagged beside
tagged paragraphs); a QR code's names the code's target once, its label being the printed
text beside it (a trial's screen reader heard "Scan to learn more and act" twice, and the
annotation said the address twice); without a printed label, label and address are joined
by the language's colon (Chinese "：")."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.render.postprocess import _with_address
from campaign.resolve import resolve_kit
from campaign.text.scripts import label_colon

from ..conftest import ROOT, copy_kit
from ..kits import build, mini_with_language, out_path

EMBLEM = "ZH-TEST Blue heart, the emblem of the campaign"  # Latin words in zh.yaml


def figures(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(Alt, /Lang, the /Lang of the Link holding it) of each Figure, in reading order."""
    out = []
    with pikepdf.open(path) as pdf:

        def walk(node: pikepdf.Object, link: str | None) -> None:
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid, link)
                return
            if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
                return
            lang = str(node.Lang) if "/Lang" in node else None
            if node.S == "/Figure":
                out.append((str(node.Alt), lang, link))
            if "/K" in node:
                walk(node.K, lang if node.S == "/Link" else link)

        walk(pdf.Root.StructTreeRoot.K, None)
    return out


def contents(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [str(a.Contents) for page in pdf.pages for a in page.get("/Annots", ())]


@pytest.fixture(scope="module")
def latin_alt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """poster-a3 in Chinese with its emblem's alternative text in Latin letters."""
    tmp = tmp_path_factory.mktemp("latin-alt")
    zh = (ROOT / "materials/strings/zh.yaml").read_text("utf-8")
    zh = zh.replace("    text: 蓝色的心，蓝心运动打击贩运人口的标志", f"    text: {EMBLEM}")
    kit = copy_kit(tmp / "kit", {"materials/strings/zh.yaml": zh})
    args = ("--lang", "zh,en", "--only", "poster-a3", "--no-png")
    return build(kit, tmp / "out", *args)


def test_a_figures_latin_alt_text_in_a_chinese_file_is_english(latin_alt: Path) -> None:
    emblem, qr = figures(latin_alt / out_path("poster-a3", "zh", "digital"))
    assert emblem == (EMBLEM, "en", None)
    # the QR code's: its address, Latin letters, as a paragraph of an address would be
    # (the Link that holds the figure says so too: its Contents are the same words)
    assert qr == ("www.unodc.org/blueheart", "en", "en")


def test_an_english_files_figures_have_no_lang(latin_alt: Path) -> None:
    emblem, qr = figures(latin_alt / out_path("poster-a3", "en", "digital"))
    assert emblem[1:] == (None, None)
    assert qr == ("www.unodc.org/blueheart", None, None)


def test_a_qr_codes_label_is_read_once_and_its_address_once(latin_alt: Path) -> None:
    """The figure names the target; the printed label is the P after the Link; the
    annotation's Contents say the address once (not "... (https://www.unodc.org/blueheart/)")."""
    path = latin_alt / out_path("poster-a3", "en", "digital")
    assert contents(path) == ["www.unodc.org/blueheart"]
    with pikepdf.open(path) as pdf:
        kids = list(pdf.Root.StructTreeRoot.K[0].K)
        link, label = kids[-2:]
        assert (str(link.S), str(label.S)) == ("/Link", "/P")
        assert "/Alt" not in link
        assert str(link.K[0].Alt) == "www.unodc.org/blueheart"
        mcid = int(label.K)
        stream = pdf.pages[0].Contents.read_bytes()
        assert f"/P <</MCID {mcid}>> BDC".encode() in stream


@pytest.fixture(scope="module")
def unlabelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """poster-a3 whose label under the QR code is about another link: the code has no
    printed label of its own."""
    tmp = tmp_path_factory.mktemp("unlabelled")
    layout = (ROOT / "materials/layouts/poster-a3.yaml").read_text("utf-8")
    old = "{name: qr-label, kind: text, string: qr_label, link: blueheart,"
    assert old in layout
    layout = layout.replace(old, old.replace("blueheart", "worldday"))
    kit = copy_kit(tmp / "kit", {"materials/layouts/poster-a3.yaml": layout})
    args = ("--lang", "zh,en", "--only", "poster-a3", "--no-png")
    return build(kit, tmp / "out", *args)


def test_without_a_printed_label_the_alt_text_says_it_with_the_languages_colon(
    unlabelled: Path,
) -> None:
    zh = unlabelled / out_path("poster-a3", "zh", "digital")
    en = unlabelled / out_path("poster-a3", "en", "digital")
    assert figures(zh)[1] == ("扫码了解更多并采取行动：www.unodc.org/blueheart", None, None)
    assert figures(en)[1] == ("Scan to learn more and act: www.unodc.org/blueheart", None, None)
    assert contents(zh) == ["扫码了解更多并采取行动：www.unodc.org/blueheart"]


@pytest.mark.parametrize(
    ("code", "colon"),
    [("zh", "："), ("zh-Hant", "："), ("zh-TW", "："), ("ja", "："), ("en", ": "), ("ar", ": ")],
)
def test_the_languages_colon(code: str, colon: str) -> None:
    assert label_colon(code) == colon


def test_an_address_is_added_to_a_description_that_does_not_name_it() -> None:
    uri = "https://www.unodc.org/blueheart/"
    assert _with_address("www.unodc.org/blueheart", uri) == "www.unodc.org/blueheart"
    assert _with_address(f"Open {uri}", uri) == f"Open {uri}"
    assert _with_address("Blue Heart", uri) == f"Blue Heart ({uri})"
    assert _with_address("Blue Heart", "") == "Blue Heart"


QR_LAYOUT = """\
title: Code
kind: poster
trim: [40, 40]
bleed: 3
safe: 2
marks: false
slots:
  - {name: code, kind: qr, link: home, alt: scan, colour: black, background: white, quiet: 4,
     frame: {start: 5, top: 5, width: 30, height: 30}}
"""


@pytest.mark.parametrize(
    ("zh_strings", "said", "lang"),
    [
        ("  word: 心\n  scan: 扫码了解更多\n", "扫码了解更多：www.unodc.org/blueheart", None),
        # a Chinese page that lacks the label shows the English words: an English colon
        ("  word: 心\n", "Scan to learn more: www.unodc.org/blueheart", "en"),
    ],
)
def test_a_qr_labels_colon_is_its_own_languages(
    tmp_path: Path, zh_strings: str, said: str, lang: str | None
) -> None:
    """Without a printed label, the label's words and the address are joined by the colon of
    the label's own language (the source's for a string the page lacks), as the digital
    PDF's link labels are (render.pdf); it took the page's: "Scan to learn more：www..."."""
    kit = mini_with_language(tmp_path, "zh", zh_strings)
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text("utf-8") + "  scan: Scan to learn more\n", encoding="utf-8")
    (kit / "materials/layouts/code.yaml").write_text(QR_LAYOUT, encoding="utf-8")
    loaded = load_kit(kit)
    doc = compose_content(
        loaded.layouts["code"],
        resolve_kit(loaded, loaded.languages["zh"]),
        load_fontbook(loaded.fonts_dir),
        Collector(),
        [],
    )
    page = doc.pages[0]
    assert page.tags["code"] == ("figure", said)
    assert page.langs.get("code") == lang
