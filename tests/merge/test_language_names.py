"""A row's language typed by its name: a kit language's own name (its endonym) or its English
name, CLDR's through Babel, case and NFC aside (`فارسی` was "unknown language", the list of
codes given: a Middle East office's trial). A name of several of the kit's languages is an
error naming them."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, language: str) -> tuple[list[Record], list[str]]:
    """One row whose language cell is `language`: the records and each diagnostic but the
    draft translation's note and a title shared by languages, its path left out."""
    path = tmp_path / "events.csv"
    path.write_text(
        f'event_id,language,title,date,venue\na,"{language}",T,2026-07-30,P\n', encoding="utf-8"
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [s for s in said if "draft translation" not in s and "merge.shared" not in s]


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("فارسی", ("fa",)),
        ("فارسي", ("fa",)),  # an Arabic keyboard's yeh
        ("Persian", ("fa",)),
        ("Español", ("es",)),
        ("español", ("es",)),
        ("SPANISH", ("es",)),
        ("Kiswahili", ("sw",)),
        ("ไทย", ("th",)),
        ("Tiếng Việt", ("vi",)),
        (unicodedata.normalize("NFD", "Tiếng Việt"), ("vi",)),  # typed with combining accents
        ("tiếng việt", ("vi",)),
        ("اردو", ("ur",)),
        ("العربية", ("ar",)),
        ("Русский", ("ru",)),
        ("中文", ("zh",)),
        ("Kreyòl Ayisyen", ("ht",)),
        ("Haitian Creole", ("ht",)),
        ("Tagalog", ("tl",)),  # English's name of the code tl, which CLDR reads as Filipino
        ("Filipino", ("tl",)),
        # with codes and other names, in any list a cell gives
        ("Tiếng Việt, en", ("vi", "en")),
        ("فارسی، English", ("fa", "en")),
        ("fr Español", ("fr", "es")),
        ("fa, فارسی", ("fa",)),  # one language named twice: once
        # a list typed by hand with &, + or / (an organiser's trial: `Kiswahili & English`
        # was the unknown language '&', `SW/EN` one unknown language)
        ("Kiswahili & English", ("sw", "en")),
        ("SW/EN", ("sw", "en")),
        ("sw + en", ("sw", "en")),
        ("Tiếng Việt & English", ("vi", "en")),
    ],
)
def test_a_language_is_read_by_its_name(
    tmp_path: Path, kit: Kit, written: str, codes: tuple[str, ...]
) -> None:
    good, problems = merged(tmp_path, kit, written)
    assert problems == []
    assert [r.languages for r in good] == [codes]


def test_a_name_of_no_language_of_the_kit_is_refused_as_before(tmp_path: Path, kit: Kit) -> None:
    good, problems = merged(tmp_path, kit, "Deutsch")
    assert good == []
    assert problems[0].startswith(
        "2:2: error[merge.value]: row 2, column language (B): unknown language 'Deutsch'\n"
    )


def test_a_name_of_two_languages_of_the_kit_names_both(tmp_path: Path, kit: Kit) -> None:
    """A kit with Portuguese and Brazilian Portuguese: português is either (CLDR names pt-BR
    português too), and the error names both and asks for the code."""
    brazil = replace(kit.languages["pt"], code="pt-BR", name="Brazilian Portuguese")
    both = replace(kit, languages={**kit.languages, "pt-BR": brazil})
    good, problems = merged(tmp_path, both, "Português")
    assert good == []
    assert problems == [
        "2:2: error[merge.value]: row 2, column language (B): 'Português' names 2 languages "
        "of the kit: pt (Portuguese), pt-BR (Brazilian Portuguese)\n"
        "  hint: write the code of the one meant: pt or pt-BR"
    ]
    good, problems = merged(tmp_path, both, "português (Brasil)")
    assert problems == []
    assert [r.languages for r in good] == [("pt-BR",)]


def test_a_row_in_thai_by_name_makes_a_thai_sheet(tmp_path: Path, kit: Kit) -> None:
    """ไทย is th where a Thai row makes the sheet's dates day first, in the Buddhist era."""
    from datetime import date

    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue\na,ไทย,T,5/7/2569,P\nb,en,T,5/7/2569,P\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [(r.languages, r.day) for r in good] == [
        (("th",), date(2026, 7, 5)),
        (("en",), date(2026, 7, 5)),
    ]
