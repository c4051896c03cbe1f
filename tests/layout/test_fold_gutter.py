"""The gutter of a folded piece (`layout.fold-gutter`): a text, QR code or art whose frame
lies across a fold, or within the layout's safe margin of one, is a warning at its slot,
naming the fold, the page and the mm, with how far to move the frame; a ground (a slot given
`bleed:`) and shapes run across folds without one. Of every language once: the right-to-left
pages mirror with their folds."""

from __future__ import annotations

from pathlib import Path

from campaign.serve.entries import Entry
from campaign.serve.gallery import Gallery
from campaign.serve.guides import guides
from tests.kit.test_folds import card_kit
from tests.kits import check

WORD = "{name: word, kind: text, string: word, style: word, frame: {start: 23, top: 13, width: 30, height: 8}}"
BACK = "{name: back-word, kind: text, string: word, style: word, frame: {start: 3, top: 13, width: 14, height: 8}}"


def warnings(text: str) -> str:
    """The `layout.fold-gutter` warnings of `check`'s output, each with its hints."""
    out, keep = [], False
    for line in text.splitlines(keepends=True):
        if not line.startswith("  "):
            keep = "warning[layout.fold-gutter]" in line
        if keep:
            out.append(line)
    return "".join(out)


def gutter(tmp_path: Path, old: str, new: str) -> str:
    code, out = check(card_kit(tmp_path, old, new), "--only", "card")
    assert code == 0, out  # a warning: the build goes on (`--strict` fails it)
    return warnings(out)


def hint(move: str) -> str:
    return (
        f"  hint: move its frame {move} mm towards the panel it is mostly on, or make it "
        "narrower: keep each text, logo and QR code on one panel, 2 mm from every fold (the "
        "layout's `safe:`, the margin the kit keeps from the trim: a fold is each panel's "
        "edge)\n"
    )


def test_a_text_across_a_fold_is_told_by_how_far_it_reaches_past_it(tmp_path: Path) -> None:
    said = gutter(
        tmp_path, "frame: {start: 23, top: 13, width: 30", "frame: {start: 15, top: 13, width: 30"
    )
    assert said == (
        "materials/layouts/card.yaml:19:9: warning[layout.fold-gutter]: card slot 'word': text "
        "'word' lies across the vertical fold at 20 mm from the start edge on page 'front': its "
        "frame reaches 5.0 mm past the fold, which creases it\n" + hint("7")
    )


def test_a_text_in_the_safe_margin_of_a_fold_is_told_how_near_it_comes(tmp_path: Path) -> None:
    said = gutter(
        tmp_path, "frame: {start: 23, top: 13, width: 30", "frame: {start: 20.8, top: 13, width: 30"
    )
    assert said == (
        "materials/layouts/card.yaml:19:9: warning[layout.fold-gutter]: card slot 'word': text "
        "'word' comes 0.8 mm from the vertical fold at 20 mm from the start edge on page "
        "'front', inside the 2 mm safe margin\n" + hint("1.2")
    )


def test_a_horizontal_fold_on_the_back(tmp_path: Path) -> None:
    said = gutter(
        tmp_path, "frame: {start: 3, top: 13, width: 14", "frame: {start: 3, top: 9, width: 14"
    )
    assert said == (
        "materials/layouts/card.yaml:23:9: warning[layout.fold-gutter]: card slot 'back-word': "
        "text 'back-word' lies across the horizontal fold at 10 mm from the top on page 'back': "
        "its frame reaches 1.0 mm past the fold, which creases it\n" + hint("3")
    )


def test_a_qr_code_on_a_back_s_fold_is_named_as_one(tmp_path: Path) -> None:
    """At 40 to 53 mm from the start edge: clear of the front's fold (20 mm), on the back's,
    which is turned (40 mm from its left: the same fold, told as the layout writes it)."""
    qr = (
        "\n      - {name: code, kind: qr, link: home, colour: black, background: white, "
        "quiet: 1, frame: {start: 40, top: 14, width: 13, height: 13}}"
    )
    assert gutter(tmp_path, WORD, WORD + qr) == ""  # on the front
    assert gutter(tmp_path / "back", BACK, BACK + qr) == (
        "materials/layouts/card.yaml:24:9: warning[layout.fold-gutter]: card slot 'code': QR "
        "code 'code' comes 0.0 mm from the vertical fold at 20 mm from the start edge on page "
        "'back', inside the 2 mm safe margin\n" + hint("2")
    )


def test_grounds_and_panels_that_keep_clear_are_not_told(tmp_path: Path) -> None:
    # the card as it is: two grounds across both folds (bleed: all), every text on a panel
    assert gutter(tmp_path, "", "") == ""


def test_art_given_bleed_runs_across_the_folds(tmp_path: Path) -> None:
    """A full-page picture (art with `bleed:`) is meant to cross the folds; the same art
    without it is judged."""
    art = "{name: art, kind: svg, asset: heart-white.svg, BLEED frame: {start: 0, top: 0, width: 60, height: 30}}"
    ground = "      - {name: ground,"
    with_bleed = f"      - {art.replace('BLEED', 'bleed: all,')}\n{ground}"
    assert gutter(tmp_path, ground, with_bleed) == ""
    kit = card_kit(tmp_path / "no", ground, f"      - {art.replace('BLEED ', '')}\n{ground}")
    _, out = check(kit, "--only", "card")  # with its other problems: off the safe area...
    assert "art 'art' lies across the vertical fold at 20 mm" in warnings(out)


def test_the_preview_s_guides_give_each_page_its_folds(tmp_path: Path) -> None:
    gallery = Gallery(card_kit(tmp_path), 25.4)
    en = guides(gallery.drawn(Entry("card", "en")).laid.composed.page)
    ar = guides(gallery.drawn(Entry("card", "ar")).laid.composed.page)
    assert [p["folds"] for p in en["pages"]] == [  # type: ignore[union-attr]
        {"vertical": [20.0], "horizontal": [10.0]},
        {"vertical": [40.0], "horizontal": [10.0]},  # the back, turned
    ]
    assert [p["folds"] for p in ar["pages"]] == [  # type: ignore[union-attr]
        {"vertical": [40.0], "horizontal": [10.0]},  # the mirror way
        {"vertical": [20.0], "horizontal": [10.0]},
    ]
    text = guides(gallery.drawn(Entry("text", "en")).laid.composed.page)
    assert text["pages"][0]["folds"] == {"vertical": [], "horizontal": []}  # type: ignore[index]
