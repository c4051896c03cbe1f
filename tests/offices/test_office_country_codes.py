"""An office's language code that is a country's code too (am: Amharic's and Armenia's) is
told when the office says it meant the country: a Tbilisi office's `languages: [ka, ru, am,
az, kk, en]` built Amharic for Armenian (hy) without a word, while `ge` and `kz`, no
language's codes, were told their country's languages (a trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.kit import load_kit

# Armenian, for the kit: a draft with one text (its missing ones are warnings of their own)
HY = "language: hy\nname: Armenian\nstatus: draft\nstrings:\n  badge: Կանգնեցրեք թրաֆիքինգը\n"
OFFICE = "name: Caucasus Test Office\nlanguages: {languages}\n{more}"
CODE = "ref.language-country"
HINT = "'am' is Amharic; Armenia's language is 'hy' (Armenian): write 'hy' if Armenian is meant"
# where the office shows Amharic is meant (`_in_own_script`), after the kit's command for hy
IN_AMHARIC = "; if Amharic is meant, its name under names: (am: ...) in Ethiopic script says so"
PRINTS = "office 'caucasus' prints 'am' (Amharic), which is also the country code of Armenia: "


def told(
    kit_copy: Callable[..., Path], languages: str, more: str, hy: bool = True
) -> tuple[Path, list[str]]:
    """A kit with office `caucasus` (its `languages:` and the lines `more`), and hy.yaml when
    `hy`; its `ref.language-country` warnings, paths from the office file."""
    files = {"materials/offices/caucasus.yaml": OFFICE.format(languages=languages, more=more)}
    if hy:
        files["materials/strings/hy.yaml"] = HY
    kit = kit_copy(**files)
    office = f"{kit / 'materials/offices/caucasus.yaml'}:"
    return kit, [w.render().replace(office, "") for w in load_kit(kit).warnings if w.code == CODE]


@pytest.mark.parametrize(
    ("languages", "more", "why"),
    [
        # the trial's: Amharic is no language of Georgia, Armenian is; its names give hy
        (
            "[ka, ru, am, en]",
            "country: GE\nnames: {hy: Կովկասի գրասենյակ}\n",
            "Amharic is not spoken in Georgia (country: GE), where Armenia's Armenian (hy) "
            "is; its names: gives Armenia's Armenian (hy), which it does not print",
        ),
        ("[am, en]", "country: AM\n", "Armenia is its country (country: AM)"),
        (
            "[ka, am]",
            "country: GE\n",
            "Amharic is not spoken in Georgia (country: GE), where Armenia's Armenian (hy) is",
        ),
        (  # no country: the values it gives in hy
            "[en, am]",
            "fields_by_language: {hy: {office_name: Կովկասի գրասենյակ}}\n",
            "its fields_by_language: gives Armenia's Armenian (hy), which it does not print",
        ),
    ],
)
def test_a_country_code_meant_for_the_country_is_told_at_it(
    kit_copy: Callable[..., Path], languages: str, more: str, why: str
) -> None:
    col = 12 + languages.index("am")  # `languages: ` is 11 characters
    assert told(kit_copy, languages, more)[1] == [
        f"2:{col}: warning[{CODE}]: {PRINTS}{why}\n  hint: {HINT}{IN_AMHARIC}"
    ]


@pytest.mark.parametrize(
    ("languages", "more"),
    [
        ("[en, sw, am, so]", "country: KE\n"),  # an East African office: no word of Armenia
        ("[en, am]", ""),  # no country, nothing in hy: Amharic as written
        ("[am, hy]", "country: AM\n"),  # it prints Armenia's language too: it knows it
        ("[am, en]", "country: ET\n"),  # Amharic where it is spoken
        ("[so, en]", "country: GE\n"),  # Somali, Somalia's own
    ],
)
def test_a_language_code_that_is_a_country_s_is_not_told_without_evidence(
    kit_copy: Callable[..., Path], languages: str, more: str
) -> None:
    assert told(kit_copy, languages, more)[1] == []


def test_the_country_s_language_the_kit_lacks_is_told_how_to_add(
    kit_copy: Callable[..., Path],
) -> None:
    """Without hy.yaml: the hint gives the command that adds Armenian."""
    _, said = told(kit_copy, "[am, en]", "country: AM\n", hy=False)
    assert said == [
        f"2:13: warning[{CODE}]: {PRINTS}Armenia is its country (country: AM)\n"
        f"  hint: {HINT} (the kit has no hy: python generate.py new language hy){IN_AMHARIC}"
    ]


@pytest.mark.parametrize(
    ("code", "printed", "country", "given", "meant"),
    [
        ("am-ET", "en", "AM", "", False),  # a region says which language
        ("ca", "en", "CA", "", False),  # Catalan, in Canada, whose English is printed
        ("cy", "en", "CY", "", True),  # Welsh's code and Cyprus's
        ("tr", "en", "TR", "", False),  # Turkish, Turkey's own
        ("ge", "en", "GE", "", False),  # no language's code: ref.language's (country_code_hint)
        # languages of many countries say nothing of which one a code means: Vietnamese in
        # Germany (vi: the U.S. Virgin Islands, whose English Germany speaks), Khmer in
        # France (km: the Comoros, French), Arabic in Spain (ar: Argentina, Spanish),
        # Burmese in the US (my: Malaysia); an English name of a Vietnamese office
        ("vi", "de", "DE", "", False),
        ("km", "", "FR", "", False),
        ("ar", "", "ES", "", False),
        ("my", "", "US", "", False),
        ("vi", "fr", "", "en", False),
    ],
)
def test_country_meant_reads_cldr(
    code: str, printed: str, country: str, given: str, meant: bool
) -> None:
    from campaign.model.language import country_meant

    kit = dict.fromkeys(("en", "fr", "es", "de", "am", "ar", "ca", "cy", "km", "my", "vi"))
    found = country_meant(code, kit, printed.split(), country, {"names:": given.split()})
    assert (found is not None) is meant, found


@pytest.mark.parametrize(
    ("names", "told_too"),
    [("{my: ကွာလာလမ်ပူရုံး}", False), ("{my: Kuala Lumpur Office}", True), ("{}", True)],
)
def test_an_offices_name_in_its_languages_own_script_says_the_language_is_meant(
    kit_copy: Callable[..., Path], names: str, told_too: bool
) -> None:
    """An office of Malaysia (`country: MY`) printing Burmese for the Burmese workers there
    was told "'my' (Burmese), which is also the country code of Malaysia: Malaysia is its
    country", and `--strict` failed it (a reviewer's trial): its name in Myanmar script says
    Burmese is meant; without a text in it, the warning says how to say so."""
    files = {
        "materials/offices/kl.yaml": (
            f"name: Kuala Lumpur Test Office\nlanguages: [en, my]\ncountry: MY\nnames: {names}\n"
        )
    }
    warned = [w.render() for w in load_kit(kit_copy(**files)).warnings if w.code == CODE]
    assert [w.split(": ", 1)[1] for w in warned] == (
        [
            "warning[ref.language-country]: office 'kl' prints 'my' (Burmese), which is also "
            "the country code of Malaysia: Malaysia is its country (country: MY)\n"
            "  hint: 'my' is Burmese; Malaysia's language is 'ms' (Malay): write 'ms' if Malay "
            "is meant (the kit has no ms: python generate.py new language ms); if Burmese is "
            "meant, its name under names: (my: ...) in Myanmar script says so"
        ]
        if told_too
        else []
    )
