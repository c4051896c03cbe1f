"""`index.html` in every build's output folder: one article per document with its images in
page order and links to its PDFs, all relative; rewritten by each build; filters work in a
browser opened from the file."""

from __future__ import annotations

import re
from pathlib import Path

from tests.kits import build, mini_copy


def articles(html: str) -> dict[str, str]:
    found = re.findall(
        r'<article data-office="([^"]*)" data-material="([^"]*)" '
        r'data-lang="([^"]*)">(.*?)</article>',
        html,
    )
    return {f"{o}/{m}/{lang}": body for o, m, lang, body in found}


def test_build_writes_a_gallery_of_what_it_published(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "boxes,badge")
    html = (out / "index.html").read_text(encoding="utf-8")
    found = articles(html)
    assert sorted(found) == ["-/badge/ar", "-/badge/en", "-/boxes/ar", "-/boxes/en"]
    body = found["-/boxes/ar"]
    assert re.findall(r'src="([^"]+)"', body) == ["boxes/boxes-ar-preview.png"]
    assert re.findall(r'href="([^"]+\.pdf)"[^>]*>([^<]+)', body) == [
        ("boxes/boxes-ar.pdf", "print PDF"),
        ("boxes/boxes-ar-digital.pdf", "digital PDF"),
    ]
    for path in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert (out / path).is_file(), path  # every link is a file of the folder
    # a later build of one material keeps the others in the page (they stay in the folder)
    build(kit, out, "--only", "boxes", "--lang", "en")
    assert sorted(articles((out / "index.html").read_text(encoding="utf-8"))) == sorted(found)


def test_pages_in_order_front_first(tmp_path: Path) -> None:
    from campaign.output import OutputFile
    from campaign.serve.static_gallery import gallery_html

    def png(page: str) -> OutputFile:
        return OutputFile(
            f"flyer/flyer-en-preview-{page}.png",
            "flyer",
            "en",
            "png",
            "screen",
            (148, 210),
            1,
            "0",
            1,
            page=page,
        )

    html = gallery_html([png("back"), png("front")])
    assert re.findall(r'src="([^"]+)"', html) == [
        "flyer/flyer-en-preview-front.png",
        "flyer/flyer-en-preview-back.png",
    ]
