"""Words a string marks as in a language of the other direction than their paragraph
(`{lang=en}...{/lang}` in a Dhivehi or Arabic sentence) are set as one unit in their own
direction, a bidi isolate (text.langmarks.unmarked with the paragraph's direction). In a
Dhivehi flyer's sources line, "މަސްދަރުތައް: {lang=en}UNODC; … Campaign.{/lang}", the English
words' full stop printed at the far left, before "UNODC" (a Colombo office's trial)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.fonts import FontBook
from campaign.text.bidi import EXPLICIT
from campaign.text.langmarks import LRI, PDI, RLI, unmarked
from campaign.text.paragraph import build_line, prepare

ENGLISH = "UNODC; UN Voluntary Trust Fund; Blue Heart Campaign."
LINES = [
    ("dv", "Thaa", "މަސްދަރުތައް"),  # "sources"
    ("ar", "Arab", "المصادر"),  # "sources"
]


def shown(fonts: FontBook, text: str, lang: str, script: str, rtl: bool) -> str:
    """The characters of `text` set on one line, in display order from the left (the
    isolates' marks, which print as nothing, left out)."""
    stack = fonts.stack(script, "regular", lang) + fonts.stack("Latn", "regular", "en")
    runs, _ = build_line(prepare(text, lang, rtl, stack), 0, len(text), 12)
    out = "".join(r.text[::-1] if r.rtl else r.text for r in sorted(runs, key=lambda r: r.x))
    return "".join(ch for ch in out if ch not in EXPLICIT)


@pytest.mark.parametrize(("lang", "script", "label"), LINES)
def test_english_words_in_a_right_to_left_line_keep_their_full_stop_at_their_end(
    fonts: FontBook, lang: str, script: str, label: str
) -> None:
    text, spans = unmarked(f"{label}: {{lang=en}}{ENGLISH}{{/lang}}", rtl=True)
    assert text == f"{label}: {LRI}{ENGLISH}{PDI}"
    ((a, b, tag),) = spans
    assert (text[a:b], tag) == (ENGLISH, "en")  # the words alone: their Span in the PDF
    # left to right: the English words whole, then the colon and the label, read from the
    # right; the full stop stays after "Campaign"
    assert shown(fonts, text, lang, script, True) == f"{ENGLISH} :{label[::-1]}"


@pytest.mark.parametrize(("lang", "script", "label"), LINES)
def test_the_same_words_unmarked_take_the_paragraphs_direction(
    fonts: FontBook, lang: str, script: str, label: str
) -> None:
    """What the line printed before, and prints without a mark: UAX 9 gives the full stop
    between the English words and the paragraph's end the paragraph's direction."""
    text = f"{label}: {ENGLISH}"
    assert shown(fonts, text, lang, script, True) == f".{ENGLISH[:-1]} :{label[::-1]}"


def test_right_to_left_words_in_a_left_to_right_line_are_a_right_to_left_isolate() -> None:
    text, spans = unmarked("Sources: {lang=ar}المصادر.{/lang} UNODC", rtl=False)
    assert text == f"Sources: {RLI}المصادر.{PDI} UNODC"
    assert [text[a:b] for a, b, _ in spans] == ["المصادر."]


@pytest.mark.parametrize(
    ("marked", "rtl"),
    [
        ("Rejoignez la campagne {lang=en}Blue Heart{/lang}.", False),  # fr: same direction
        ("انضموا إلى {lang=fa}قلب آبی{/lang}.", True),  # ar: Persian, same direction
        ("Rejoignez la campagne {lang=en}Blue Heart{/lang}.", None),  # no direction given
    ],
)
def test_words_of_the_paragraphs_own_direction_are_not_isolated(
    marked: str, rtl: bool | None
) -> None:
    """Nothing changes for a text whose marked words run its own way (every mark the kit's
    strings had before): no isolate, the stretch where it was."""
    text, spans = unmarked(marked, rtl)
    assert not set(text) & EXPLICIT
    assert text == marked.replace("{/lang}", "").replace("{lang=en}", "").replace("{lang=fa}", "")
    assert len(spans) == 1


@pytest.mark.parametrize(
    "broken",
    [
        "ދިވެހި {lang=en}Blue Heart",  # never closed
        "ދިވެހި {lang=en}Blue {lang=fr}Cœur{/lang} Heart",  # opened inside another
        "ދިވެހި {lang=en}{/lang} Heart",  # marks no words
    ],
)
def test_a_mark_that_is_not_one_leaves_no_isolate_open(broken: str) -> None:
    """The check refuses such marks (`strings.lang-mark`); what is set meanwhile closes
    every isolate it opens (an isolate left open would take the rest of the paragraph)."""
    text, _ = unmarked(broken, rtl=True)
    assert text.count(LRI) == text.count(PDI)


def test_the_isolates_controls_are_in_no_actual_text_of_the_digital_pdf(tmp_path: Path) -> None:
    """The isolate's LRI and PDI order the drawing alone: the text a reader copies or hears
    (the structure elements' and marked spans' ActualText) is the words, as
    docs/accessibility.md says. A Dhivehi flyer's ActualText held U+2066 and U+2069 (a
    review)."""
    import pikepdf

    from campaign.pipeline.api import build
    from campaign.pipeline.options import Options

    from ..kits import mini_copy

    kit = mini_copy(
        tmp_path / "kit",
        {"strings/ar.yaml": ("word: قلب", "word: 'قلب: {lang=en}UNODC.{/lang}'")},
    )
    out = tmp_path / "out"
    result = build(kit, Options(out, langs=("ar",), only=("text",), png=False, jobs=1))
    assert not result.failed
    (path,) = out.rglob("text-ar-digital.pdf")
    pdf = pikepdf.open(path)
    said: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Dictionary):
            if "/ActualText" in node:
                said.append(str(node.ActualText))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    streams = b"".join(page.Contents.read_bytes() for page in pdf.pages)
    marked = [
        bytes.fromhex(h.decode()).decode("utf-16-be")
        for h in re.findall(rb"/ActualText <FEFF([0-9A-F]+)>", streams)
    ]
    assert "قلب: " in said  # the Arabic words' ActualText, in reading order
    assert [t for t in said + marked if set(t) & EXPLICIT] == []
