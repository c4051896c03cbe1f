"""A piece of no paper family made for a US office has the 1/8 in (3.175 mm) of bleed US print
shops ask of every file (papers.bleed_made, by papers.paper_family: the office's `paper:` for
a `custom` size and for a layout that gives none): a custom 5 x 7 in card, the 58 mm badge and
the 50 mm sticker of a US office kept their 3 mm, and the build's preflight asked them 3 mm
(kinds.MaterialKind.preflight_expect read the layout's `paper:` alone). An ISO office's keep
their 3 mm; a badge's wrap (its press's cut circle) is the same for both. The print PDF's
Subject says it is made on US paper (papers.US_PAPER), by which `check --pdf` asks it 1/8 in
as the build did: it asked 3 mm of every size that is no US paper size (an inch badge's trim,
the square around its cut circle, a custom size's)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from ..kits import cli, out_path

MM = 72 / 25.4
CARD = """title: Card 5 x 7 in
kind: flyer
trim: [127, 177.8]
bleed: 3
safe: 5
paper: custom
marks: {crop: true, registration: true, colour_bar: true, slug: true}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 127, height: 177.8}}
"""
OFFICE = "name: {name}\nlanguages: [en]\npaper: {paper}\nmaterials: [card, badge-58, sticker-50]\n"
MATERIALS = ("card", "badge-58", "sticker-50")
WHY = (
    "(it is made on US paper (its Subject says so): print shops on US paper ask for 1/8 in, "
    "and their preflight refuses less; --bleed-mm 3 checks it for 3 mm)"
)


@pytest.fixture(scope="module")
def built(module_kit_copy: Callable[..., Path]) -> tuple[Path, Path]:
    """The kit with the custom card, and a US and an ISO office that list it, the badge and
    the sticker; built for both, in English."""
    kit = module_kit_copy(
        **{
            "materials/layouts/card.yaml": CARD,
            "materials/offices/us-shop.yaml": OFFICE.format(name="US shop", paper="us"),
            "materials/offices/iso-shop.yaml": OFFICE.format(name="ISO shop", paper="iso"),
        }
    )
    out = kit.parent / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--office", "us-shop,iso-shop", "--lang", "en",
        "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    return kit, out


def boxes(path: Path) -> tuple[float, float, str]:
    """A print PDF's bleed (mm, past its TrimBox at the left), its MediaBox's width (mm) and
    its Subject."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        bleed = (float(page.trimbox[0]) - float(page.bleedbox[0])) / MM
        width = (float(page.mediabox[2]) - float(page.mediabox[0])) / MM
        return round(bleed, 3), round(width, 2), str(pdf.docinfo["/Subject"])


@pytest.mark.parametrize(
    ("material", "subject", "us_page", "iso_page"),
    [
        ("card", "Card 5 x 7 in", 153.35, 153.0),
        ("badge-58", "Badge 58 mm", 96.35, 96.0),
        ("sticker-50", "Sticker 50 mm", 76.35, 76.0),
    ],
)
def test_a_us_offices_piece_of_no_paper_family_has_an_eighth_of_an_inch(
    built: tuple[Path, Path], material: str, subject: str, us_page: float, iso_page: float
) -> None:
    _, out = built
    us = boxes(out / out_path(material, "en", office="us-shop"))
    iso = boxes(out / out_path(material, "en", office="iso-shop"))
    assert us == (3.175, us_page, f"{subject}, English, on US paper")
    assert iso == (3.0, iso_page, f"{subject}, English")


def test_the_badges_wrap_is_its_press_for_either_office(built: tuple[Path, Path]) -> None:
    """The 58 mm badge's face, cut circle and wrap (the button maker's bleed) do not change
    with the office's paper: only the square's bleed past its trim does."""
    _, out = built
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    badges = {
        e["office"]: e["badge"]
        for e in entries
        if e["material"] == "badge-58" and e["variant"] == "print"
    }
    wrap = {"face_mm": 58.0, "cut_mm": 70.0, "live_mm": 52.0, "wrap_mm": 6.0}
    assert badges == {"us-shop": wrap, "iso-shop": wrap}


def test_the_builds_preflight_asks_an_eighth_of_a_piece_made_on_us_paper(
    built: tuple[Path, Path],
) -> None:
    """The card as its file gives it (3 mm), asked by the build's preflight on the paper it is
    made on (Document.paper): 1/8 in on US paper, saying why; 3 mm on ISO paper and none."""
    from campaign.kinds import kind_of
    from campaign.kit import load_kit

    kit, _ = built
    card = load_kit(kit).layouts["card"]
    us = kind_of(card).preflight_expect(card, 300.0, "us")
    assert (us.bleed_mm, us.bleed_why) == (
        25.4 / 8,
        "it is made on US paper (`paper: us`, its layout's or its office's): print shops on "
        "US paper ask for 1/8 in, and their preflight refuses less",
    )
    for paper in ("iso", None):
        iso = kind_of(card).preflight_expect(card, 300.0, paper)
        assert (iso.bleed_mm, iso.bleed_why) == (3.0, "")


def test_check_pdf_asks_an_eighth_of_a_file_made_on_us_paper(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """`check --pdf` passes the US office's files with their 1/8 in, and fails the card with
    3 mm (its BleedBox moved in: as an earlier build's, or another program's edit) whose
    Subject says US paper, as the build fails it; the ISO office's card, 3 mm, passes."""
    _, out = built
    us = [out / out_path(m, "en", office="us-shop") for m in MATERIALS]
    code, text = cli("check", *(a for p in us for a in ("--pdf", p)))
    assert code == 0, text
    assert f"{us[1]}: ok (trim 70 x 70 mm, bleed 3.175 mm = 1/8 in, " in text, text
    short = tmp_path / "card-3mm.pdf"
    with pikepdf.open(us[0]) as pdf:
        page = pdf.pages[0]
        trim = [float(v) for v in page.trimbox]
        page.BleedBox = [trim[0] - 3 * MM, trim[1] - 3 * MM, trim[2] + 3 * MM, trim[3] + 3 * MM]
        pdf.save(short)
    iso = out / out_path("card", "en", office="iso-shop")
    code, text = cli("check", "--pdf", short, "--pdf", iso)
    assert code == 1, text
    assert f"{short}: FAIL (trim 127 x 177.8 mm, bleed 3 mm, DeviceCMYK, " in text, text
    assert f"  fail: page 1: bleed is 3 mm; 3.175 mm is needed {WHY}\n" in text, text
    assert f"{iso}: ok (trim 127 x 177.8 mm, bleed 3 mm, " in text, text


def test_the_preview_gives_the_page_with_the_bleed_it_is_made_with(
    built: tuple[Path, Path],
) -> None:
    """`preview`'s card of the US office's card gives its page with the 1/8 in bleed its
    print file has (it gave the layout's 3 mm); the ISO office's, 3 mm."""
    from campaign.serve.entries import Entry, Selection
    from campaign.serve.gallery import Gallery

    kit, _ = built
    gallery = Gallery(kit, 10.0, Selection(offices=("us-shop", "iso-shop"), only=("card",)))
    gallery.state()
    us = gallery.describe(Entry("card", "en", "us-shop"))
    iso = gallery.describe(Entry("card", "en", "iso-shop"))
    assert (us["bleed_mm"], us["size_mm"]) == (25.4 / 8, [127 + 25.4 / 4, 177.8 + 25.4 / 4])
    assert (iso["bleed_mm"], iso["size_mm"]) == (3.0, [133.0, 183.8])


def test_one_rule_for_the_bleed_a_piece_is_made_with() -> None:
    """papers.piece_bleed: of no paper family, the office's ask; of a family, or short of
    its own ask, its own (its author wrote it, and `check` warns of less)."""
    from campaign.papers import piece_bleed

    card = (127.0, 177.8)
    assert piece_bleed(3.0, card, "custom", "us") == 25.4 / 8
    assert piece_bleed(3.0, (70.0, 70.0), None, "us") == 25.4 / 8  # the 58 mm badge
    assert piece_bleed(4.0, card, "custom", "us") == 4.0  # more is kept
    assert piece_bleed(3.0, card, "custom", "iso") == 3.0
    assert piece_bleed(3.0, card, None, None) == 3.0  # the campaign's own build
    assert piece_bleed(3.0, card, "iso", "us") == 3.0  # an ISO layout a US office lists
    assert piece_bleed(3.0, card, "us", None) == 3.0  # `paper: us` with 3 mm: warned of
    # short of 3 mm whoever builds it: warned of at its `bleed:`, refused by every build
    assert piece_bleed(2.0, card, "custom", "us") == 2.0
