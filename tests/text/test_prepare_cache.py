"""Paragraphs are prepared once per process (text.paragraph._PREPARED): the same request
gives the same Prepared without shaping again; a request that differs in its text, language,
direction, hyphenation or fonts (another font book) is prepared again, and gives what a
fresh preparation gives; a text with a character no font has raises every time."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.fonts import FontBook, load_fontbook
from campaign.recent import Recent
from campaign.text import paragraph
from campaign.text.paragraph import MissingGlyphError, Prepared, prepare, prepared

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The requests actually prepared (not answered from the memo), in a memo of the test's
    own."""
    monkeypatch.setattr(paragraph, "_PREPARED", Recent(256, probation=32))
    done: list[tuple[object, ...]] = []

    def preparing(*args: object) -> Prepared:
        done.append(args)
        return prepared(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(paragraph, "prepared", preparing)
    return done


def same(a: Prepared, b: Prepared) -> bool:
    return (a.text, a.lang, a.levels, a.segs, a.seg_em, a.seg_ws_em, a.content_end) == (
        b.text,
        b.lang,
        b.levels,
        b.segs,
        b.seg_em,
        b.seg_ws_em,
        b.content_end,
    ) and (a.hyphen_em, a.inserted, [id(f) for f in a.faces]) == (
        b.hyphen_em,
        b.inserted,
        [id(f) for f in b.faces],
    )


def test_the_same_request_is_prepared_once(
    fonts: FontBook, counted: list[tuple[object, ...]]
) -> None:
    stack = fonts.stack("Latn", "regular")
    first = prepare("Walk for the Blue Heart", "en", False, stack)
    again = prepare("Walk for the Blue Heart", "en", False, list(stack))  # another list
    assert again is first
    assert len(counted) == 1


@pytest.mark.parametrize(
    ("text", "lang", "rtl", "hyphenate"),
    [
        ("Walk for the Blue Hearts", "en", False, False),  # the text
        ("Walk for the Blue Heart", "de", False, False),  # the language
        ("Walk for the Blue Heart", "en", True, False),  # the direction
        ("Walk for the Blue Heart", "en", False, True),  # hyphenation points
    ],
)
def test_any_field_that_differs_is_prepared_again(
    fonts: FontBook,
    counted: list[tuple[object, ...]],
    text: str,
    lang: str,
    rtl: bool,
    hyphenate: bool,
) -> None:
    stack = fonts.stack("Latn", "regular")
    prepare("Walk for the Blue Heart", "en", False, stack)
    other = prepare(text, lang, rtl, stack, hyphenate)
    assert len(counted) == 2
    assert same(other, prepared(text, lang, rtl, stack, hyphenate))


def test_fonts_of_another_book_are_prepared_again(
    fonts: FontBook, counted: list[tuple[object, ...]]
) -> None:
    first = prepare("Walk", "en", False, fonts.stack("Latn", "regular"))
    other_book = load_fontbook(ROOT / "fonts")
    again = prepare("Walk", "en", False, other_book.stack("Latn", "regular"))
    assert again is not first
    assert again.faces[0] is other_book.face("NotoSans", "regular")
    assert len(counted) == 2


def test_a_missing_character_raises_every_time(
    fonts: FontBook, counted: list[tuple[object, ...]]
) -> None:
    latin = [fonts.face("NotoSans", "regular")]
    for _ in range(2):
        with pytest.raises(MissingGlyphError):
            prepare("Blue \u0e01", "en", False, latin)  # Thai: not in Noto Sans
    assert len(counted) == 2
