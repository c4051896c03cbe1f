"""Capitals by language (text.case): Greek without accents as ICU's `el` uppercasing gives them,
Turkish and Azerbaijani dotted I, Lithuanian dot above, Unicode's default for the rest."""

from __future__ import annotations

import pytest

from campaign.text.case import upper


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # case text-and-images/12
        ("Σταματήστε την εμπορία ανθρώπων", "el", "ΣΤΑΜΑΤΗΣΤΕ ΤΗΝ ΕΜΠΟΡΙΑ ΑΝΘΡΩΠΩΝ"),
        (
            "Παγκόσμια Ημέρα κατά της Εμπορίας Ανθρώπων · 30 Ιουλίου",
            "el",
            "ΠΑΓΚΟΣΜΙΑ ΗΜΕΡΑ ΚΑΤΑ ΤΗΣ ΕΜΠΟΡΙΑΣ ΑΝΘΡΩΠΩΝ · 30 ΙΟΥΛΙΟΥ",
        ),
        ("Ημέρα", "el-GR", "ΗΜΕΡΑ"),
        ("μάιος", "el", "ΜΑΪΟΣ"),  # the accent kept the vowels apart: a dialytika instead
        ("άυλος", "el", "ΑΫΛΟΣ"),
        ("προϊόν", "el", "ΠΡΟΪΟΝ"),  # a dialytika stays
        ("διυλιστήριο ΐ ΰ", "el", "ΔΙΥΛΙΣΤΗΡΙΟ Ϊ Ϋ"),
        ("μέρα ή νύχτα", "el", "ΜΕΡΑ Ή ΝΥΧΤΑ"),  # the disjunctive ή keeps its tonos
        ("Ήταν", "el", "ΗΤΑΝ"),  # ... but not an ή inside a word
        ("ᾠδή", "el", "ΩΙΔΗ"),  # polytonic: breathing and accent go, ypogegrammeni -> Ι
        ("Μάιος", "en", "ΜΆΙΟΣ"),  # another language: Unicode's default mapping
        ("İnsan ticaretine son, ılık", "tr", "İNSAN TİCARETİNE SON, ILIK"),
        ("istifadə", "az", "İSTİFADƏ"),
        ("i\u0307", "lt", "I"),
        ("Straße", "de", "STRASSE"),
        ("istanbul", "en", "ISTANBUL"),
    ],
)
def test_upper(text: str, lang: str, expected: str) -> None:
    assert upper(text, lang) == expected
