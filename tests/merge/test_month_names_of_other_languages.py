"""A date written with a month's name is read in the row's languages and English (a
Nairobi office's question: a workbook whose rows are in Swahili, its dates typed as text,
30 July 2027 or 30 Julai 2027, are both read, in an XLSX as in a CSV). A month's name of
another of the kit's languages (30 juillet 2027 on a Swahili row) is not read: a word that
names a month in one language may be another in the next. It was "not a date" with a hint
saying only "a month's name in English or the row's language"; the hint now names the
language the month is of, the date it reads as there, and the fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.model import Kit

from ..kits import ROOT
from .records import merged


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("written", ["30 July 2027", "30 Julai 2027", "Julai 30, 2027"])
def test_a_swahili_rows_date_in_english_or_swahili_is_read(
    tmp_path: Path, kit: Kit, written: str, fmt: str
) -> None:
    """An XLSX cell holding the text, not a date serial, is read as a CSV's."""
    good, said = merged(tmp_path, kit, [["a", "sw", "T", written, "", "P", "KE"]], fmt)
    assert [r.day for r in good] == [date(2027, 7, 30)]
    assert not [s for s in said if "error[" in s]


def _error(tmp_path: Path, kit: Kit, language: str, written: str, fmt: str) -> list[str]:
    good, said = merged(tmp_path, kit, [["a", language, "T", written, "", "P", ""]], fmt)
    assert good == []
    return next(s for s in said if "column date" in s).split("\n")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize(
    ("language", "written", "other"),
    [
        (
            "sw",
            "30 juillet 2027",
            "its month is named in French (fr): read so, 2027-07-30; a row reads the months' "
            "names of English and its own languages (sw): write 2027-07-30, or give the row "
            "the language fr if the event is in French",
        ),
        (
            "en",
            "30 Julai 2027",
            "its month is named in Swahili (sw): read so, 2027-07-30; a row reads the months' "
            "names of English and its own languages (en): write 2027-07-30, or give the row "
            "the language sw if the event is in Swahili",
        ),
        (
            "en",
            "30 julio",
            "its month is named in Spanish (es): read so, 30 July, no year; a row reads the "
            "months' names of English and its own languages (en): write it with its year as "
            "YYYY-MM-DD, or give the row the language es if the event is in Spanish",
        ),
    ],
)
def test_a_month_of_another_kit_language_is_named_with_the_fix(
    tmp_path: Path, kit: Kit, language: str, written: str, other: str, fmt: str
) -> None:
    lines = _error(tmp_path, kit, language, written, fmt)
    example = "2024-07-30" if written == "30 julio" else "2027-07-30"
    assert lines[0] == (
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is not a date: write "
        f"it as YYYY-MM-DD, e.g. {example}"
    )
    assert lines[1] == f"  hint: {other}"
    assert lines[2].startswith("  hint: also read: 30/07/")


def test_a_word_that_is_no_kits_month_gets_no_such_hint(tmp_path: Path, kit: Kit) -> None:
    """A typo (Jully) is no month of any kit language: the spellings read, as before."""
    lines = _error(tmp_path, kit, "en", "30 Jully 2027", "xlsx")
    assert lines[0].endswith(
        "'30 Jully 2027' is not a date: write it as YYYY-MM-DD, e.g. 2027-07-30"
    )
    assert len(lines) == 2
    assert lines[1].startswith("  hint: also read: 30/07/2027 (day first)")
