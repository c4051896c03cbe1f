"""A `same_size` style sets every text of its own on a page at one size: the smallest size
copy-fit gives any of them (layout.compose._same_sizes). Texts of another style, and those
of the same style on another page, keep their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.layout.document import Document, TextItem

from . import Laid, mini_laid_out

LAYOUT = """\
title: Same size
kind: poster
trim: [60, 60]
bleed: 2
safe: 1.5
marks: false
min_type_pt: 3
styles:
  body: {size: 12, min_size: 4, colour: black, same_size: true}
  free: {size: 12, min_size: 4, colour: black}
pages:
  - name: front
    slots:
      - {name: short, kind: text, string: word, style: body, frame: {start: 2, top: 2, width: 50, height: 6}}
      - {name: long, kind: text, string: long, style: body, frame: {start: 2, top: 10, width: 50, height: 6}}
      - {name: other, kind: text, string: word, style: free, frame: {start: 2, top: 18, width: 50, height: 6}}
      - {name: longer, kind: text, string: long, style: free, frame: {start: 2, top: 26, width: 50, height: 6}}
  - name: back
    slots:
      - {name: alone, kind: text, string: word, style: body, frame: {start: 2, top: 2, width: 50, height: 6}}
"""
LONG = "Blue Heart campaign against trafficking in persons"


def compose(tmp_path: Path, layout: str = LAYOUT) -> Laid:
    return mini_laid_out(tmp_path, "same", layout, f"  long: {LONG}\n")


def sizes(doc: Document, page: int) -> dict[str, float]:
    return {i.slot: i.text.size for i in doc.pages[page].items if isinstance(i, TextItem)}


def test_the_texts_of_a_same_size_style_take_the_smallest_size(tmp_path: Path) -> None:
    doc, errs, overflows = compose(tmp_path)
    front = sizes(doc, 0)
    assert front["longer"] < 12  # the long text shrinks to fit its line (the free style)
    assert front["long"] == front["longer"]  # the same text in the same box: the same fit
    assert front["short"] == front["long"]  # set down to it: one size for the style
    assert front["other"] == 12  # another style keeps its own
    assert sizes(doc, 1) == {"alone": 12}  # so does the style's text on another page
    assert not errs.items
    assert not overflows
    short = next(i for i in doc.pages[0].items if i.slot == "short")
    assert isinstance(short, TextItem)
    assert len(short.text.lines) == 1
    assert short.text.overflow is None


def test_without_same_size_each_text_keeps_its_own_fit(tmp_path: Path) -> None:
    doc, _, _ = compose(tmp_path, LAYOUT.replace(", same_size: true", ""))
    front = sizes(doc, 0)
    assert front["short"] == 12
    assert front["long"] < 12


def test_a_text_that_does_not_fit_is_reported_once(tmp_path: Path) -> None:
    """A text of the style too long even at its smallest size: its overflow is reported once
    (the texts set again are set on a scratch list), and the others are set at that size."""
    layout = LAYOUT.replace(
        "{name: long, kind: text, string: long, style: body, frame: {start: 2, top: 10, width: 50, height: 6}}",
        "{name: long, kind: text, string: long, style: body, frame: {start: 2, top: 10, width: 8, height: 3}}",
    )
    doc, errs, overflows = compose(tmp_path, layout)
    assert [o.slot for o in overflows] == ["long"]
    front = sizes(doc, 0)
    assert front["short"] == pytest.approx(4)
