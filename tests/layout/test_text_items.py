"""The text slot's helpers, on their own: the overflow message, the printed form of a web
address, the characters no font has and what the hint says about them."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from campaign.diagnostics import Mark
from campaign.fonts import FontBook, FontFace
from campaign.layout.document import MM
from campaign.layout.items.text import (
    OverflowReport,
    missing_chars,
    no_glyph_hint,
    printed_url,
)
from campaign.text.fit import Overflow, TextSet


def report(height: float, width: float, lines: int) -> str:
    """The overflow message of slot 'body' at 7 pt, its `short` variant."""
    over = Overflow(7.0, height, width, lines)
    text = TextSet((), 7.0, 0.0, "short", over)
    mark = Mark(Path("en.yaml"), 1, 1)
    return OverflowReport("m", "en", "body", ("k",), text, 10.0, mark).render()


@pytest.mark.parametrize(
    ("height", "width", "lines", "what"),
    [
        (2 * MM, 0.0, 3, "2.0 mm (3 line(s)) too tall"),
        (0.5, 0.0, 1, "0.2 mm (1 line(s)) too tall"),  # under 1 pt is still too tall
        (0.0, 0.0, 1, "1 line(s) more than the style allows"),
        (0.0, 0.0, 2, "2 line(s) more than the style allows"),
        (0.0, 1.5 * MM, 0, "a word is 1.5 mm too wide"),
        (0.0, 0.5, 0, "a word is 0.2 mm too wide"),
        (1.2 * MM, 0.3 * MM, 1, "1.2 mm (1 line(s)) too tall and a word is 0.3 mm too wide"),
        (0.0, 2 * MM, 2, "2 line(s) more than the style allows and a word is 2.0 mm too wide"),
    ],
)
def test_the_overflow_says_by_how_much(height: float, width: float, lines: int, what: str) -> None:
    assert report(height, width, lines) == (
        f"text does not fit slot 'body' even at 7 pt with its short variant: {what}"
    )


@pytest.mark.parametrize(
    ("field", "printed"),
    [
        ("https://example.org/", "example.org"),
        ("http://example.org/help/", "example.org/help"),
        ("  https://example.org  ", "example.org"),
        ("https://example.org/a/b?c=1", "example.org/a/b?c=1"),
        ("HTTPS://example.org/", "example.org"),  # a scheme in capitals (a link cell)
        ("see https://example.org/", "see https://example.org/"),
        ("https://example.org and more", "https://example.org and more"),
        ("ftp://example.org/", "ftp://example.org/"),
        ("+00 1", "+00 1"),
        # an e-mail address without mailto: and what a mail program is given (RFC 6068)
        ("mailto:info@example.org", "info@example.org"),
        ("MAILTO:info@example.org?subject=Walk%20July", "info@example.org"),
        # its escapes read (the mailbox as typed), but not into a direction control
        ("mailto:walk%2Bjuly@example.org", "walk+july@example.org"),
        ("mailto:%E2%80%AEinfo@example.org", "%E2%80%AEinfo@example.org"),
        # a phone number without tel: (RFC 3966)
        ("tel:+41-22-917-1234", "+41-22-917-1234"),
        ("call tel:+41-22-917-1234", "call tel:+41-22-917-1234"),
    ],
)
def test_a_link_alone_is_printed_without_its_scheme(field: str, printed: str) -> None:
    assert printed_url(field) == printed


class Ascii:
    """A font that maps ASCII only."""

    def covers(self, cp: int) -> bool:
        return cp < 0x80


def test_missing_characters_are_visible_ones_each_once_in_order() -> None:
    stack = cast(list[FontFace], [Ascii()])
    # é twice, then an ideographic space, a zero-width space (Cf), a C1 control (Cc) and
    # a no-break space: none is reported; the letters after them still are
    text = "Café é\u3000\u200b\u0090\u00a0ñ x ß"
    assert missing_chars(text, stack) == ["é", "ñ", "ß"]
    assert missing_chars("abc", stack) == []
    assert missing_chars("\u0915", cast(list[FontFace], [])) == ["\u0915"]


def test_the_hint_names_the_scripts_font_or_asks_for_one() -> None:
    fonts = FontBook(Path("fonts"), {}, {"Deva": "NotoSansDevanagari"})
    assert no_glyph_hint("Deva", fonts) == (
        "NotoSansDevanagari (fonts/fonts.yaml, script Deva) lacks it: rebuild that font with "
        "these characters (fonts/tools/make_ttf.py --chars), or fix the text"
    )
    assert no_glyph_hint("Tfng", fonts) == (
        "add a font covering script Tfng to fonts/fonts.yaml (fonts/README.md, 'Adding a font "
        "for a new script'), or fix the text"
    )
    assert no_glyph_hint(None, fonts) == (
        "add a font covering this character to fonts/fonts.yaml (fonts/README.md, 'Adding a "
        "font for a new script'), or fix the text"
    )
