"""Capitals by language against ICU: every expected value below is what ICU 78.2's locale
uppercasing gives (`toLocaleUpperCase` in Node.js 20), normalised to NFC (survivors of the third
mutation pass over text/case.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import unicodedata

import pytest

from campaign.text.case import upper


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ή", "el", "Ή"),
        ("(ή)", "el", "(Ή)"),
        ("x ή y", "el", "X Ή Y"),
        ("ή'α", "el", "Η'Α"),
        ("ή·α", "el", "Η·Α"),
        ("ῄ", "el", "ΗΙ"),
        ("ἤ", "el", "Ή"),
        ("ὴ", "el", "Ή"),
        ("άι", "el", "ΑΪ"),
        ("άϊ", "el", "ΑΪ"),
        ("όυ", "el", "ΟΫ"),
        ("έι", "el", "ΕΪ"),
        ("ήι", "el", "ΗΪ"),
        ("αί", "el", "ΑΙ"),
        ("ά ι", "el", "Α Ι"),
        ("άιι", "el", "ΑΪΙ"),
        ("ἀγάπη", "el", "ΑΓΑΠΗ"),
        ("ὦ", "el", "Ω"),
        ("κἀγώ", "el", "ΚΑΓΩ"),
        ("ᾱβ", "el", "ΑΒ"),
        ("ς ΐ", "el", "Σ Ϊ"),
        ("άa", "el", "ΑA"),
        ("aή", "el", "AΗ"),
        ("͵α", "el", "͵Α"),
        (";ή", "el", ";Ή"),
        ("΄ή", "el", "΄Ή"),
        ("ᾳ", "el", "ΑΙ"),
        ("ᾼ", "el", "ΑΙ"),
        ("Άι", "el", "ΑΪ"),
        ("ΆΙ", "el", "ΑΪ"),
        ("ὕδωρ", "el", "ΥΔΩΡ"),
        ("ῥόδον", "el", "ΡΟΔΟΝ"),
        ("ἀΐδιος", "el", "ΑΪΔΙΟΣ"),
        ("Ή", "el", "Ή"),
        ("ή1", "el", "Ή1"),
        ("1ή", "el", "1Ή"),
        ("ή\u0301", "el", "Ή"),
        ("ά\u0313ι", "el", "ΑΪ"),
        ("ίυ", "el", "ΙΫ"),
        ("ῒ", "el", "Ϊ"),
        ("i\u0307", "lt", "I"),
        ("Ẋ", "lt", "Ẋ"),  # the dot is dropped after i and j only
        ("\u0370\u0301", "el", "\u0370"),  # HETA, the first letter of the Greek block
        ("\u03ff\u0301", "el", "\u03ff"),  # the last letter of the Greek block
        ("\u03f3\u0301", "el", "\u037f"),  # YOT
        ("ѐ", "el", "Ѐ"),  # Cyrillic, just after the Greek block, keeps its accent
        ("ήⓐ", "el", "ΗⒶ"),  # a circled letter is cased (So, with a capital)
        ("ⓐή", "el", "ⒶΗ"),
        ("ήⅰ", "el", "ΗⅠ"),  # so is a Roman numeral (Nl)
        ("ήℂ", "el", "Ηℂ"),  # capitals and small letters without the other case
        ("ℂή", "el", "ℂΗ"),
        ("ήĸ", "el", "Ηĸ"),
        ("ĸή", "el", "ĸΗ"),
        ("ή\u030cα", "el", "Η\u030cΑ"),  # a mark between is skipped: ή is inside a word
        ("ή\u030c", "el", "Ή\u030c"),
        # case-ignorable characters inside a word, after ή or before it: an enclosing mark, a
        # soft hyphen, a modifier letter, a modifier symbol and word-internal punctuation
        ("ή\u20ddα", "el", "Η\u20ddΑ"),
        ("α\u20ddή", "el", "Α\u20ddΗ"),
        ("ή\u00adα", "el", "Η\u00adΑ"),
        ("α\u00adή", "el", "Α\u00adΗ"),
        ("ήʼα", "el", "ΗʼΑ"),
        ("αʼή", "el", "ΑʼΗ"),
        ("ή^α", "el", "Η^Α"),
        ("α^ή", "el", "Α^Η"),
        ("ή’α", "el", "Η’Α"),
        ("α‘ή", "el", "Α‘Η"),
        ("ή:α", "el", "Η:Α"),
        ("α.ή", "el", "Α.Η"),
        ("ήX", "el", "ΗX"),  # a Latin capital is cased, and not ignorable
        ("Xή", "el", "XΗ"),
        ("ἡ", "el", "Η"),  # a breathing is not an accent: no disjunctive ή
        ("ἀι", "el", "ΑΙ"),  # nor a reason for a dialytika
        ("ὁ υἱός", "el", "Ο ΥΙΟΣ"),
        ("j\u0307x", "lt", "JX"),
        ("ì", "lt", "Ì"),
        ("i\u0307\u0300", "lt", "Ì"),
        ("ė", "lt", "Ė"),
        ("a\u0307", "lt", "Ȧ"),
        ("iı", "az", "İI"),
        ("iı", "tr", "İI"),
        ("ﬁ", "tr", "FI"),
        ("i", "el", "I"),
        ("ß", "el", "SS"),
        ("x\u0307", "lt", "Ẋ"),
    ],
)
def test_upper_as_icu_gives_it(text: str, lang: str, expected: str) -> None:
    assert upper(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("el_GR", "ΑΪ I \u0130"),
        ("EL", "ΑΪ I \u0130"),
        ("tr_TR", "ΆΙ \u0130 \u0130\u0307"),
        ("az-Latn-AZ", "ΆΙ \u0130 \u0130\u0307"),
        ("lt-LT", "ΆΙ I I"),
        ("en", "ΆΙ I \u0130"),
    ],
)
def test_the_rules_follow_the_language_whatever_the_tags_form(lang: str, expected: str) -> None:
    assert unicodedata.normalize("NFC", upper("άι i i\u0307", lang)) == expected
