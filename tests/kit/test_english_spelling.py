"""The kit's printed English follows the United Nations' spelling: the Concise Oxford English
Dictionary's first form, and "-ize" where a word may take "-ize" or "-ise" (organization,
recognize), but not where "-ise" is part of the word's root (advise, comprise, surprise) nor
for "-yse" (analyse). Source: United Nations Editorial Manual, "Spelling" (Department for
General Assembly and Conference Management). The kit printed "Recognise the signs",
"Organised by" and "organisations" (a trial found British spellings on a New York office's
Letter flyer: they were neither the UN's nor American).

Checked: every text and short variant of the source strings file and the shipped offices'
own English texts and fields; a note to translators is not printed and is left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from campaign.kit import load_kit
from campaign.model import StringEntry

from ..conftest import ROOT

# Words in which "-ise" is part of the root (the Manual's surprise, advise, comprise), as
# their stems: no "-ize" form exists. A word is matched by its stem before the ending.
ROOT_ISE = frozenset(
    {
        "adv",  # advise
        "appra",  # appraise
        "advert",  # advertise
        "ar",  # arise
        "bru",  # bruise
        "chast",  # chastise
        "chem",  # chemise
        "circumc",  # circumcise
        "compr",  # comprise
        "comprom",  # compromise
        "conc",  # concise
        "cru",  # cruise
        "dem",  # demise
        "desp",  # despise
        "dev",  # devise
        "disgu",  # disguise
        "enterpr",  # enterprise
        "exc",  # excise
        "exerc",  # exercise
        "expert",  # expertise
        "franch",  # franchise (enfranchise)
        "gu",  # guise (disguise)
        "improv",  # improvise
        "lia",  # liaise
        "likew",  # likewise
        "merchand",  # merchandise
        "no",  # noise
        "otherw",  # otherwise
        "parad",  # paradise
        "po",  # poise
        "pra",  # praise
        "pract",  # practise (the verb: no -ize form)
        "prec",  # precise
        "prem",  # premise
        "prom",  # promise
        "r",  # rise
        "ra",  # raise
        "sunr",  # sunrise
        "upr",  # uprising
        "fundra",  # fundraising
        "repr",  # reprise
        "rev",  # revise
        "superv",  # supervise
        "surm",  # surmise
        "surpr",  # surprise
        "telev",  # televise
        "treat",  # treatise
        "turquo",  # turquoise
        "w",  # wise
        "clockw",  # clockwise
        "streetw",  # streetwise
    }
)
# a word ending in -ise, -ises, -ised, -ising, -isation(s), -isational(ly), -iser(s),
# -isable, -isably, in any case (a headline in capitals)
ISE = re.compile(
    r"\b([a-z]+?)is(?:e|es|ed|ing|ations?|ational(?:ly)?|ers?|able|ably)\b", re.IGNORECASE
)


def printed_english() -> Iterator[tuple[str, str]]:
    """(where, text) for every printed English text of the shipped kit."""
    kit = load_kit(ROOT)
    entries: list[tuple[str, StringEntry]] = [
        (f"en.yaml {k}", e) for k, e in kit.languages["en"].strings.items()
    ]
    for oid, office in kit.offices.items():
        entries += [(f"{oid} strings.en.{k}", e) for k, e in office.strings.get("en", {}).items()]
        entries += [(f"{oid} fields.{k}", e) for k, e in office.fields.items()]
        by_lang = office.fields_by_language.get("en", {})
        entries += [(f"{oid} fields_by_language.en.{k}", e) for k, e in by_lang.items()]
    for where, entry in entries:
        yield where, entry.text
        if entry.short:
            yield f"{where} (short)", entry.short


def ise_words(text: str) -> list[str]:
    """The words of `text` spelt with "-ise" where the UN writes "-ize"."""
    return [m.group(0) for m in ISE.finditer(text) if not _root_ise(m.group(1).lower())]


def _root_ise(stem: str) -> bool:
    """Whether a word's "-ise" is part of its root: its stem is one of ROOT_ISE, or ends
    with one of four letters or more after a word of its own (im|precise, en|franchise).
    A shorter root is matched whole only: "author" ends as "ar|ise" and "r|ise" do not."""
    return any(
        stem == r or (len(r) >= 4 and stem.endswith(r) and len(stem) - len(r) >= 2)
        for r in ROOT_ISE
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Recognise the signs", ["Recognise"]),
        ("Organised by", ["Organised"]),
        ("it funds organisations that", ["organisations"]),
        ("we mobilise, prioritising survivors", ["mobilise", "prioritising"]),
        ("Recognize the signs; organizations; Organized by", []),
        ("advise, comprise, surprise, otherwise, exercise, analyse, promise", []),
        ("the office liaises with the police; rise and raise", []),
        (
            "authorise, memorise, popularise, theorise",
            [
                "authorise",
                "memorise",
                "popularise",
                "theorise",
            ],
        ),
        ("sunrise, uprising, fundraising, fundraiser, appraise, chastise, surmise", []),
        ("a reprise, clockwise, streetwise, imprecise, enfranchise, guise, turquoise", []),
        (
            "organisational, recognisable, RECOGNISE, ORGANISED BY",
            [
                "organisational",
                "recognisable",
                "RECOGNISE",
                "ORGANISED",
            ],
        ),
    ],
)
def test_ise_words_finds_the_spellings_the_un_writes_with_ize(text: str, found: list[str]) -> None:
    assert ise_words(text) == found


def test_the_kits_printed_english_spells_as_the_united_nations_does() -> None:
    texts = list(printed_english())
    assert any(where.startswith("en.yaml signs_title") for where, _ in texts)  # read at all
    wrong = [(where, words) for where, text in texts if (words := ise_words(text))]
    assert wrong == [], (
        "write -ize where the UN's spelling has it (United Nations Editorial Manual, "
        f"Spelling): {wrong}"
    )
