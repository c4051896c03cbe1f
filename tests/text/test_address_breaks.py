"""A web address, e-mail address or phone number inside a sentence is kept on one line: a
break inside it is a last resort (`paragraph._inside_links`, `scripts.link_spans`), taken only
when the address is wider than a line. A Spanish call broke "… en www.example.org/" /
"latam." though the whole address fitted the next line (a trial's): a reader types the
first line only. Checked on the lines of a set paragraph."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook

from .test_short_words import lines

CALL = 'Únete a la "Campaña Corazón Azul" en www.example.org/latam.'


@pytest.mark.parametrize(
    ("text", "lang", "upto", "expected"),
    [
        (
            CALL,
            "es",
            'Únete a la "Campaña Corazón Azul" en www.example.org/',
            ['Únete a la "Campaña Corazón Azul" en', "www.example.org/latam."],
        ),
        (
            "Écrivez-nous aujourd'hui à contact@example-office.org pour aider",
            "fr",
            "Écrivez-nous aujourd'hui à contact@example-",
            ["Écrivez-nous aujourd'hui à", "contact@example-office.org pour aider"],
        ),
        (
            "Report it to us today at https://example.org/report-a-case now",
            "en",
            "Report it to us today at https://example.org/report-",
            ["Report it to us today at", "https://example.org/report-a-case now"],
        ),
        # a phone number is kept whole too (its spaces are breaks of the sentence's otherwise)
        (
            "Llama al +52 55 5346 0000 hoy mismo",
            "es",
            "Llama al +52 55 5346",
            ["Llama al", "+52 55 5346 0000", "hoy mismo"],
        ),
    ],
)
def test_an_address_goes_whole_to_the_next_line(
    fonts: FontBook, text: str, lang: str, upto: str, expected: list[str]
) -> None:
    assert lines(fonts, text, lang, upto) == expected


def test_an_address_wider_than_a_line_breaks_where_it_did(fonts: FontBook) -> None:
    """www.example.org/latam/human-trafficking does not fit the line: it breaks inside, at
    its "/", rather than overflow."""
    got = lines(fonts, "en www.example.org/latam/human-trafficking", "es", "en www.example.org/")
    assert got == ["en www.example.org/", "latam/human", "-trafficking"]
