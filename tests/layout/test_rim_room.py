"""A badge's rim text keeps clear of the badge's words: its room ends where its ring of
glyphs would meet the words' block (layout.items.arc_text.rim_room), a text longer than
that prints its `short:` variant (a `text.short-variant` note) or is a `text.rim` error,
and a rim whose glyphs cover other content is a `layout.overlap` error. A Tamil
translator's fourth hashtag ran the 58 mm badge's rim up beside the words, `check` saying
ok, and its short variant was never printed."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, Diagnostic
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.checks import arc_glyphs, overlap_problems, text_extents
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, ArcTextItem, Document, TextItem
from campaign.model import Kit
from campaign.resolve import resolve_kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
# the badge sizes that print the rim (the others drop it)
RIMMED = ("badge-58", "badge-75mm", "badge-2-25in", "badge-3in")
# the trial's strings (test data): Tamil words, four hashtags, and the short variant
TA = """language: ta
name: Tamil
status: draft
strings:
  badge:
    text: மனிதக் கடத்தலை ஒழிப்போம்
  hashtags:
    text: '#endHT #30July #EndHumanTrafficking #நீலஇதயம்'
"""
SHORT = "    short: '#endHT #30July #நீலஇதயம்'\n"


def _laid(kit: Kit, code: str, layout: str) -> tuple[Document, list[Diagnostic]]:
    errs = Collector()
    content = resolve_kit(kit, kit.languages[code])
    fonts = load_fontbook(kit.fonts_dir)
    doc = compose_content(kit.layouts[layout], content, fonts, errs, [])
    return doc, errs.items


def _gap_mm(doc: Document) -> float:
    """How far (mm) the rim's glyphs (each turned on its circle) stay from the words'
    block (from its first line's ink to its last's, its widest line's width): the least
    distance from a corner of a glyph's box to the block, negative where one is inside."""
    (arc,) = (i for i in doc.items if isinstance(i, ArcTextItem))
    (words,) = (i for i in doc.items if isinstance(i, TextItem) and i.slot == "words")
    inks = text_extents(words)
    x0, y0 = min(i[0] for i in inks), min(i[1] for i in inks)
    x1, y1 = max(i[2] for i in inks), max(i[3] for i in inks)
    least = math.inf
    for glyph in arc_glyphs(arc):
        for x, y in glyph:
            dx, dy = max(x0 - x, 0.0, x - x1), max(y0 - y, 0.0, y - y1)
            inside = dx == 0 and dy == 0
            d = -min(x - x0, x1 - x, y - y0, y1 - y) if inside else math.hypot(dx, dy)
            least = min(least, d)
        # the glyph's box across the block's corner: its corners all outside, its edge in
        cx, cy = sum(x for x, _ in glyph) / 4, sum(y for _, y in glyph) / 4
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            least = min(least, -0.1 * MM)
    return least / MM


def _ta_kit(kit_copy: Callable[..., Path], short: bool) -> Path:
    text = TA + SHORT if short else TA
    return kit_copy(**{"materials/strings/ta.yaml": text})


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize("layout", RIMMED)
def test_in_every_language_the_rim_keeps_clear_of_the_words(kit: Kit, layout: str) -> None:
    """Every language of the kit, every badge size with a rim: the rim prints with no
    `text.rim` error, and none of its glyphs comes within 0.5 mm of the words' block."""
    for code in sorted(kit.languages):
        if kit.languages[code].pseudo:
            continue
        doc, told = _laid(kit, code, layout)
        assert [d.message for d in told if d.code == "text.rim"] == [], code
        assert _gap_mm(doc) > 0.5, code


@pytest.mark.parametrize("layout", RIMMED)
def test_a_rim_that_would_run_up_beside_the_words_is_an_error(
    kit_copy: Callable[..., Path], layout: str
) -> None:
    """The trial's four hashtags, without a short variant: the rim would run up the badge's
    sides, level with the words (within 1 mm of their block): a `text.rim` error at the
    translator's line, naming the room it has before the words; `check` fails."""
    root = _ta_kit(kit_copy, short=False)
    kit = load_kit(root)
    doc, told = _laid(kit, "ta", layout)
    (rim,) = [d for d in told if d.code == "text.rim"]
    assert rim.mark is not None
    assert (rim.mark.path.name, rim.mark.line) == ("ta.yaml", 7)
    assert "before it runs into slot 'words'" in rim.message
    assert rim.hints
    assert "short: variant" in rim.hints[0]
    (arc,) = (i for i in doc.items if isinstance(i, ArcTextItem))
    assert arc.line.width > arc.room
    assert _gap_mm(doc) < 1.0  # what the error keeps from print
    code, out = cli("check", "--kit", root, "--lang", "ta", "--only", layout)
    assert code == 1
    assert "error[text.rim]" in out


@pytest.mark.parametrize("layout", RIMMED)
def test_a_rim_too_long_prints_its_short_variant(
    kit_copy: Callable[..., Path], layout: str
) -> None:
    """With the short variant: the rim prints it, clear of the words, with the
    `text.short-variant` note other slots give; no error."""
    root = _ta_kit(kit_copy, short=True)
    kit = load_kit(root)
    doc, told = _laid(kit, "ta", layout)
    assert [d for d in told if d.is_error] == []
    (arc,) = (i for i in doc.items if isinstance(i, ArcTextItem))
    assert arc.variant == "short"
    assert "".join(r.text for r in arc.line.runs).replace(" ", "") == "#endHT#30July#நீலஇதயம்"
    assert arc.line.width <= arc.room
    assert _gap_mm(doc) > 0.5
    (note,) = [d for d in told if d.code == "text.short-variant"]
    assert note.message.startswith("'hashtags' prints its short variant")
    assert note.fact("cause") == "rim"


def test_a_rim_over_the_words_is_an_overlap(kit_copy: Callable[..., Path]) -> None:
    """A badge whose words' frame lies low, over the rim's ring: the rim's glyphs cover the
    words' ink, a `layout.overlap` error (it was never checked for rim text) beside the
    `text.rim` error."""
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    words = "frame: {start: 15, top: 36, width: 40, height: 13}"
    assert words in badge
    low = badge.replace(words, "frame: {start: 12, top: 44, width: 46, height: 13}")
    root = kit_copy(**{"materials/layouts/badge-58.yaml": low})
    kit = load_kit(root)
    doc, _ = _laid(kit, "en", "badge-58")
    (over,) = [o for o in overlap_problems(doc, kit.layouts["badge-58"]) if o.slot == "rim"]
    assert over.other == "words"
    assert over.w_mm > 1
    assert over.h_mm > 0.5
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "badge-58")
    assert code == 1
    assert "error[layout.overlap]" in out
    assert "slot 'rim' covers slot 'words'" in out
