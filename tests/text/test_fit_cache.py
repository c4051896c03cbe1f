"""Copy-fits are kept per process (text.fit._FITS): the same request gives the same result
without setting the text again; any field that differs, or fonts that are other objects
(another font book), sets it again; a text with a missing character raises every time."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest

from campaign.fonts import FontBook, load_fontbook
from campaign.recent import Recent
from campaign.text import fit as fitting
from campaign.text.fit import FitRequest, fit
from campaign.text.paragraph import MissingGlyphError

ROOT = Path(__file__).resolve().parents[2]


def request(fonts: FontBook, text: str = "Walk for the Blue Heart") -> FitRequest:
    return FitRequest(
        (text,),
        (None,),
        "en",
        False,
        tuple(fonts.stack("Latn", "bold")),
        20,
        12,
        1.1,
        "start",
        False,
        0.4,
        200,
        60,
    )


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[FitRequest]:
    """The requests actually set (not answered from the cache), in a cache of the test's own."""
    monkeypatch.setattr(fitting, "_FITS", Recent(fitting._FITS.size))
    done: list[FitRequest] = []
    own = fitting._fit

    def setting(req: FitRequest) -> fitting.TextSet:
        done.append(req)
        return own(req)

    monkeypatch.setattr(fitting, "_fit", setting)
    return done


def test_the_same_request_is_set_once(fonts: FontBook, counted: list[FitRequest]) -> None:
    first = fit(request(fonts))
    again = fit(request(fonts))  # an equal request, made again (as each record's page does)
    assert again is first
    assert len(counted) == 1
    assert first.lines[0].runs[0].face is fonts.face("NotoSans", "bold")


# a value of each field unlike request()'s, to show that every field is part of the key
OTHER = {
    "texts": ("Stop human trafficking",),
    "shorts": ("Stop",),
    "lang": "fr",
    "rtl": True,
    "max_size": 18,
    "min_size": 10,
    "leading": 1.3,
    "align": "center",
    "balance": True,
    "paragraph_gap": 0.6,
    "width": 150,
    "height": 40,
    "max_lines": 1,
    "auto_direction": frozenset({0}),
    "unhyphenated": frozenset({0}),
}


@pytest.mark.parametrize("name", [f.name for f in fields(FitRequest)])
def test_a_request_that_differs_in_any_field_is_set_again(
    fonts: FontBook, counted: list[FitRequest], name: str
) -> None:
    base = request(fonts)
    if name == "stack":
        other = replace(base, stack=tuple(fonts.stack("Arab", "bold")))
    else:
        other = replace(base, **{name: OTHER[name]})
    fit(base)
    fit(other)
    assert counted == [base, other]


def test_the_same_fonts_of_another_font_book_are_set_again(
    fonts: FontBook, counted: list[FitRequest]
) -> None:
    """Fonts are compared by identity: a book read again (the preview after a font changed)
    has new faces, and the lines must hold its faces, not the old book's."""
    fit(request(fonts))
    book = load_fontbook(ROOT / "fonts")
    result = fit(request(book))
    assert len(counted) == 2
    assert result.lines[0].runs[0].face is book.face("NotoSans", "bold")


def test_a_missing_character_raises_every_time(fonts: FontBook, counted: list[FitRequest]) -> None:
    missing = request(fonts, "Blue Heart \U0001fae0")  # no font of the Latin stack has it
    for _ in range(2):
        with pytest.raises(MissingGlyphError):
            fit(missing)
    assert len(counted) == 2


def test_the_cache_keeps_the_most_recent_requests(
    fonts: FontBook, counted: list[FitRequest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fitting._FITS, "size", 3)
    for n in range(5):
        fit(request(fonts, f"Walk {n}"))
    assert len(fitting._FITS) == 3
    fit(request(fonts, "Walk 4"))  # kept
    fit(request(fonts, "Walk 0"))  # dropped: set again
    assert [r.texts[0] for r in counted[5:]] == ["Walk 0"]
