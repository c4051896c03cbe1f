"""A social image's alternative text where a style sets its words in capitals (`uppercase:
true`, made by the kit: text.case): the words as written, not the capitals shown. A title in
capitals for the look was read as shouted or spelt out ("WORLD DAY AGAINST TRAFFICKING");
lower-casing the capitals back would lose what the string writes in capitals itself (UNODC),
Greek accents and final sigma, and Turkish dotted and dotless i. Capitals typed in a string
are its own and stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from campaign.render.png import description
from tests.kits import build, mini_copy, out_path

SHOUT = """\
title: Shout
kind: social
pixels: [400, 400]
safe: 4
min_type_pt: 3
styles:
  title: {weight: bold, size: 14, min_size: 4, colour: black, uppercase: true}
  body: {size: 10, min_size: 4, colour: black}
slots:
  - {name: ground, kind: shape, fill: white, frame: {start: 0, top: 0, width: 100, height: 100}}
  - {name: title, kind: text, string: title, style: title,
     frame: {start: 5, top: 5, width: 90, height: 40}}
  - {name: body, kind: text, string: body, style: body,
     frame: {start: 5, top: 50, width: 90, height: 40}}
"""
# each language's title (set in capitals by its style) and body (as written), and the
# capitals the title shows (text.case.upper: Turkish İ, Greek without accents)
WRITTEN = {
    "en": ("Stop trafficking, says UNODC", "Blue Heart and UNODC", "STOP TRAFFICKING, SAYS UNODC"),
    "fr": ("Non à la traite, dit l’ONUDC", "Cœur bleu", "NON À LA TRAITE, DIT L’ONUDC"),
    "tr": ("İstanbul'da insan ticaretine hayır", "Mavi Kalp", "İSTANBUL'DA İNSAN TİCARETİNE HAYIR"),
    "el": ("Όχι στις αγορές ανθρώπων", "Μπλε Καρδιά", "ΟΧΙ ΣΤΙΣ ΑΓΟΡΕΣ ΑΝΘΡΩΠΩΝ"),
}
NAMES = {"en": "English", "fr": "French", "tr": "Turkish", "el": "Greek"}


# a one-line title that fits its slot in its short variant only: that variant is read
BANNER = """\
title: Banner
kind: social
pixels: [400, 100]
safe: 0
min_type_pt: 3
styles:
  title: {weight: bold, size: 14, min_size: 12, colour: black, uppercase: true, max_lines: 1}
slots:
  - {name: ground, kind: shape, fill: white, frame: {start: 0, top: 0, width: 100, height: 25}}
  - {name: title, kind: text, string: banner, style: title,
     frame: {start: 0, top: 0, width: 100, height: 25}}
"""
BANNER_STRING = (
    "  banner:\n"
    "    text: The world day against trafficking in persons, with UNODC and its partners\n"
    "    short: World day, with UNODC\n"
)


# a badge's rim in capitals (an arc-text slot): its words as written too
RIM = """\
title: Rim
kind: badge
trim: [20, 20]
bleed: 3
safe: 1
badge: {face: 16, cut: 20, safe: 1.5}
min_type_pt: 3
styles:
  rim: {weight: bold, size: 4, min_size: 4, colour: white, uppercase: true}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 20, height: 20}}
  - {name: rim, kind: arc-text, string: title, style: rim, side: bottom,
     frame: {start: 2, top: 2, width: 16, height: 16}}
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("capitals")
    kit = mini_copy(
        base / "kit", {"campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, fr, tr, el]")}
    )
    (kit / "materials/layouts/shout.yaml").write_text(SHOUT, encoding="utf-8")
    for code, (title, body, _) in WRITTEN.items():
        path = kit / "materials/strings" / f"{code}.yaml"
        head = (
            path.read_text(encoding="utf-8")
            if code == "en"
            else f"language: {code}\nname: {NAMES[code]}\nstatus: draft\nstrings:\n"
        )
        path.write_text(f"{head}  title: {title}\n  body: {body}\n", encoding="utf-8")
    with (kit / "materials/strings/en.yaml").open("a", encoding="utf-8") as en:
        en.write(BANNER_STRING)
    (kit / "materials/layouts/banner.yaml").write_text(BANNER, encoding="utf-8")
    build(kit, base / "banner", "--only", "banner", "--lang", "en")
    (kit / "materials/layouts/rim.yaml").write_text(RIM, encoding="utf-8")
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(ar.read_text(encoding="utf-8") + "  title: قلب\n  body: قلب\n", encoding="utf-8")
    return build(kit, base / "out", "--only", "shout", "--lang", "en,fr,tr,el")


@pytest.mark.parametrize("lang", list(WRITTEN))
def test_capitals_of_a_style_are_read_as_written(out: Path, lang: str) -> None:
    title, body, _ = WRITTEN[lang]
    path = out_path("shout", lang, "social")
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    (entry,) = [e for e in entries if e["path"] == path]
    assert (entry["extra"]["alt"], entry["extra"]["alt_lang"]) == (f"{title}\n{body}", lang)
    assert description((out / path).read_bytes()) == (f"{title}\n{body}", lang)


@pytest.mark.parametrize("lang", list(WRITTEN))
def test_the_image_shows_the_capitals(out: Path, lang: str) -> None:
    """The capitals are still what the image shows (its composed title's lines), and the
    body is as written."""
    from campaign.fonts import load_fontbook
    from campaign.layout.document import (
        ArcTextItem,
        TextItem,
        page_words,
        reading_text,
        spoken_text,
    )
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_kit

    kit = cached_kit(out.parent / "kit")
    laid = compose_document(
        kit, load_fontbook(kit.fonts_dir), kit.layouts["shout"], kit.languages[lang]
    )
    (page,) = laid.composed.page.pages
    shown = {i.slot: reading_text(i) for i in page.items if isinstance(i, TextItem)}
    title, body, capitals = WRITTEN[lang]
    assert shown == {"title": capitals, "body": body}
    assert page_words(page) == f"{title}\n{body}"
    # a badge's rim (arc-text) the same
    badge = compose_document(
        kit, load_fontbook(kit.fonts_dir), kit.layouts["rim"], kit.languages[lang]
    )
    (rim,) = [i for i in badge.composed.page.pages[0].items if isinstance(i, ArcTextItem)]
    assert (reading_text(rim), spoken_text(rim)) == (capitals, title)


def test_the_short_variant_shown_is_the_one_read(out: Path) -> None:
    path = out_path("banner", "en", "social")
    entries = json.loads((out.parent / "banner/manifest.json").read_text(encoding="utf-8"))
    (entry,) = [e for e in entries["files"] if e["path"] == path]
    assert entry["extra"]["alt"] == "World day, with UNODC"
