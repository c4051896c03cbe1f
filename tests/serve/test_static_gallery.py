"""`index.html` in every build's output folder: one article per document with its images in
page order and links to its PDFs, all relative; rewritten by each build; filters work in a
browser opened from the file."""

from __future__ import annotations

import re
from html import unescape
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


ROSEA = 'name: Rosea\nlanguages: [ar, en]\nfields:\n  helpline: "+00 000 000"\nsample: true\n'
LILIA = 'name: Lilia\nlanguages: [en]\nfields:\n  helpline: "+00 000 001"\nsample: true\n'


def two_offices_gallery(tmp_path: Path) -> Path:
    """The gallery of the mini kit's boxes built for the campaign and for two offices, Rosea
    (ar, en) and Lilia (en), into one folder: three English previews of one material."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(ROSEA, encoding="utf-8")
    (kit / "materials/offices/lilia.yaml").write_text(LILIA, encoding="utf-8")
    out = build(kit, tmp_path / "out", "--only", "boxes")
    build(kit, out, "--only", "boxes", "--office", "all")
    return out / "index.html"


def link_names(html: str) -> list[str]:
    """The accessible names of the gallery's image links, as a browser computes them from
    their `aria-labelledby` (the image's alt, then the hidden context's text)."""
    texts = dict(re.findall(r'<img id="([^"]+)"[^>]* alt="([^"]*)"', html))
    texts |= dict(re.findall(r'<span id="([^"]+)" hidden>([^<]*)</span>', html))
    return [
        " ".join(unescape(texts[i]) for i in ids.split())
        for ids in re.findall(r'<a class="open-page"[^>]* aria-labelledby="([^"]+)"', html)
    ]


def test_each_image_link_has_its_own_name_in_a_kit_with_two_offices(tmp_path: Path) -> None:
    """The image links were named by their image's alt alone: the English boxes of the
    campaign, Rosea and Lilia were three links "boxes in English". Each is named by its
    kind and office too."""
    html = two_offices_gallery(tmp_path).read_text(encoding="utf-8")
    assert link_names(html) == [
        "boxes in Arabic (preview)",
        "boxes in English (preview)",
        "boxes in English (preview, office lilia)",
        "boxes in Arabic (preview, office rosea)",
        "boxes in English (preview, office rosea)",
    ]


def test_a_social_images_link_names_its_page_office_and_record() -> None:
    """A social image's alternative is its words, the same for every office and record
    that does not change them: its link names its page, material and language, its office
    and its record after them."""
    from campaign.output import OutputFile
    from campaign.serve.static_gallery import gallery_html

    def social(office: str | None, record: str | None, page: str) -> OutputFile:
        name = "-".join(p for p in ("social-1080x1080-en", office, record, page) if p)
        return OutputFile(
            f"social/{name}.png",
            "social-1080x1080",
            "en",
            "png",
            "social",
            (285.75, 285.75),
            1,
            "0",
            1,
            office=office,
            record=record,
            page=page,
            extra={"alt": "Blue Heart", "alt_lang": "en"},
        )

    files = [social(None, None, "front"), social("lyon", "3", "front"), social("lyon", "3", "back")]
    assert link_names(gallery_html(files)) == [
        "Blue Heart (social image, Front of social-1080x1080 in English)",
        "Blue Heart (social image, Front of social-1080x1080 in English, office lyon, record 3)",
        "Blue Heart (social image, Back of social-1080x1080 in English, office lyon, record 3)",
    ]
