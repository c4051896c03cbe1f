"""A QR code's label on a size the kit derives (kit/fit.py, kit/sizes.py), as an A6 poster
of the A3 one sets it in each of the kit's 26 languages: no line of it holds a short word
alone (the Georgian label's "და", "and", stood alone on its middle line between its two long
neighbours), and it is centred on its code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.kit.fit import QR_MIN_MM, centred
from campaign.layout.compose import compose_content
from campaign.layout.document import Document, QrItem, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.resolve import resolve_kit
from campaign.text.paragraph import SHORT_WORD, Line

ROOT = Path(__file__).resolve().parents[2]
POSTER = "materials/layouts/poster-a3.yaml"
A2 = "  a2: {trim: [420, 594], title: Poster A2}\n"
MM = 72 / 25.4
# the label's lines at A6 in each language before short words were kept from standing alone
# (Georgian's three: "დაასკანერეთ", "და", "იმოქმედეთ"): none has more now
LINES = {
    "am": 2, "ar": 2, "bn": 2, "en": 1, "es": 2, "fa": 2, "fr": 2, "hi": 2, "ht": 1, "id": 2,
    "ka": 3, "km": 2, "lo": 2, "my": 2, "ne": 2, "pt": 2, "ru": 2, "so": 3, "sw": 3, "th": 2,
    "tl": 2, "tr": 3, "uk": 2, "ur": 2, "vi": 2, "zh": 1,
}  # fmt: skip


@pytest.fixture(scope="module")
def a6(module_kit_copy: Callable[..., Path]) -> dict[str, tuple[Document, list[OverflowReport]]]:
    """The A3 poster made A6 (105 x 148 mm, no frames of its own), composed in every
    language of the kit: each language's document and what did not fit."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A2 in poster
    a6 = poster.replace(A2, A2 + "  a6: {trim: [105, 148]}\n")
    kit = load_kit(module_kit_copy(**{POSTER: a6}))
    layout = kit.layouts["poster-a6"]
    assert layout.sized_from is not None
    assert not layout.own_frames
    fonts = load_fontbook(kit.fonts_dir)
    out = {}
    for code in LINES:
        over: list[OverflowReport] = []
        content = resolve_kit(kit, kit.languages[code])
        out[code] = (compose_content(layout, content, fonts, Collector(), over), over)
    return out


def _item(doc: Document, slot: str) -> TextItem | QrItem:
    found = [item for item in doc.items if item.slot == slot]
    assert len(found) == 1, (doc.lang, slot)
    item = found[0]
    assert isinstance(item, TextItem | QrItem)
    return item


def _clusters(line: Line) -> int:
    return len({g.cluster for run in line.runs for g in run.glyphs})


def test_no_label_keeps_a_short_word_alone_on_a_line(
    a6: dict[str, tuple[Document, list[OverflowReport]]],
) -> None:
    """Georgian's label is "დაასკანერეთ" (11 letters, 11 glyph clusters) over "და იმოქმედეთ"
    (2, a space and 9: 12), not three lines with "და" (2 clusters) alone in the middle; no
    language's label has a line of one word of SHORT_WORD clusters or fewer, none has more
    lines than before (LINES), and every label fits."""
    assert SHORT_WORD == 3
    label = _item(a6["ka"][0], "qr-label")
    assert isinstance(label, TextItem)
    assert [ln.actual_text() for ln in label.text.lines] == ["დაასკანერეთ", "და იმოქმედეთ"]
    assert [_clusters(ln) for ln in label.text.lines] == [11, 12]
    for code, (doc, over) in a6.items():
        label = _item(doc, "qr-label")
        assert isinstance(label, TextItem)
        lines = label.text.lines
        assert "qr-label" not in [o.slot for o in over], code
        assert len(lines) <= LINES[code] - (code == "ka"), (code, len(lines))
        for ln in lines if len(lines) > 1 else ():
            alone = " " not in ln.actual_text() and _clusters(ln) <= SHORT_WORD
            assert not alone, (code, ln.actual_text())


def test_the_label_is_centred_on_its_code(
    a6: dict[str, tuple[Document, list[OverflowReport]]],
) -> None:
    """The label's box and its code's box share their centre across the page, to 0.1 mm, in
    every language: the code moves under the label the row beside it let it have (78.4 to
    100 mm; the label sat 0.93 mm right of the code's centre) and under a label widened for
    a word (Georgian's, to 24.66 mm; it sat 0.39 mm off), within the safe area and 20 mm
    wide still."""
    for code, (doc, _) in a6.items():
        qr, label = _item(doc, "qr"), _item(doc, "qr-label")
        q, b = qr.box, label.box
        assert abs((b.x + b.w / 2) - (q.x + q.w / 2)) / MM <= 0.1, (code, q, b)
        assert q.w / MM >= QR_MIN_MM - 0.001
        assert 5 - 0.001 <= q.x / MM <= (q.x + q.w) / MM <= 100 + 0.001, (code, q)
    label = _item(a6["ka"][0], "qr-label")
    assert label.box.w / MM == pytest.approx(24.66, abs=0.01)


def test_a_code_that_cannot_move_has_its_label_narrowed_about_it() -> None:
    """kit.fit.centred, exact mm: a 20 mm code at 78.27 mm and its label at 78.4, 21.6 mm
    wide (centre 89.2). The code's row leaves it 73.11 to 100 mm: it moves to 79.2. Leaving
    it 73.11 to 99 mm (it would end at 99.2): it stays, and the label narrows about its
    centre (88.27) to what it had on its narrower side, 9.87 mm each way, but never below
    the code's 20 mm: 78.27 to 98.27."""
    assert centred((78.27, 20.0), (78.4, 21.6), (73.11, 100.0)) == pytest.approx((79.2, 78.4, 21.6))
    assert centred((78.27, 20.0), (78.4, 21.6), (73.11, 99.0)) == pytest.approx(
        (78.27, 78.27, 20.0)
    )
    # a wider label (76.4 to 102 mm), narrowed about the code to its narrower side: 11.87 mm
    assert centred((78.27, 20.0), (76.4, 25.6), (73.11, 99.0)) == pytest.approx(
        (78.27, 76.4, 23.74)
    )
