"""The digits of a language in a region are CLDR's (its default numbering system, through
Babel): a strings file whose code names a region, and a merged row's `date_region`
(tests/merge/test_events.py). Without a region a language's digits are its strings file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Mark
from campaign.kit import load_kit
from campaign.model import StringEntry
from campaign.resolve import Layer, resolve
from campaign.text.scripts import cldr_digits, digits_of
from campaign.translate.entries import placeholder_language

from ..kits import mini_copy


@pytest.mark.parametrize(
    ("locale", "digits"),
    [
        ("ar_MA", "latn"),
        ("ar-DZ", "latn"),
        ("ar_TN", "latn"),
        ("ar_EG", "arab"),
        ("ar_SA", "arab"),
        ("fa_IR", "arabext"),
        ("bn_IN", "latn"),
        ("ur_IN", "arabext"),
        ("ar_US", None),  # no such locale in CLDR
        ("en_XA", None),  # a pseudo-locale
    ],
)
def test_cldr_digits_are_the_locales_default_numbering_system(
    locale: str, digits: str | None
) -> None:
    assert cldr_digits(locale) == digits


@pytest.mark.parametrize(
    ("code", "digits"),
    [
        ("ar-MA", "latn"),
        ("ar-EG", "arab"),
        ("fa-IR", "arabext"),
        ("zh-Hant-TW", "latn"),
        ("ar", "latn"),  # no region: the kit's default, whatever CLDR's for the language
        ("bn", "latn"),
        ("fa", "latn"),
        ("ar-US", "latn"),  # a region CLDR has no locale of: the default
        ("ar-XB", "latn"),  # the pseudo-locale
    ],
)
def test_a_codes_default_digits(code: str, digits: str) -> None:
    assert digits_of(code) == digits


def test_a_strings_file_of_a_region_defaults_to_its_digits(tmp_path: Path) -> None:
    """A strings file whose code names a region, without `digits:`, writes its numbers in
    CLDR's digits for it: ar-EG's were Latin, where Egypt's Arabic has Arabic-Indic ones.
    Without a region the default stays Latin, and a file's own `digits:` is kept."""
    kit = mini_copy(tmp_path / "kit")
    strings = kit / "materials" / "strings"
    arabic = (strings / "ar.yaml").read_text(encoding="utf-8")
    for code, extra in (("ar-EG", ""), ("ar-MA", ""), ("ar-SA", "digits: latn\n")):
        own = arabic.replace("language: ar\n", f"language: {code}\n{extra}")
        (strings / f"{code}.yaml").write_text(own, encoding="utf-8")
    loaded = load_kit(kit)
    digits = {code: loaded.languages[code].digits for code in ("ar", "ar-EG", "ar-MA", "ar-SA")}
    assert digits == {"ar": "latn", "ar-EG": "arab", "ar-MA": "latn", "ar-SA": "latn"}
    assert placeholder_language(loaded, "ar-JO").digits == "arab"  # an export's new language
    assert placeholder_language(loaded, "ar-TN").digits == "latn"


def test_the_layer_that_gives_a_field_says_whether_its_digits_are_set(tmp_path: Path) -> None:
    """A field a layer gives as written (a merged row's date: Layer.as_written) is printed in
    its digits; one a later layer gives in its place is the language's again."""
    kit = load_kit(mini_copy(tmp_path / "kit"))
    mark = Mark(tmp_path / "x.yaml", 1, 1)
    date = {"event_date": StringEntry("event_date", "30", None, mark)}
    row = Layer("row", date, as_written=frozenset({"event_date"}))
    later = Layer("later", {"event_date": StringEntry("event_date", "31", None, mark)})
    lang = kit.languages["ar"]
    assert resolve(kit.campaign, lang, layers=(row,)).as_written == {"event_date"}
    assert resolve(kit.campaign, lang, layers=(row, later)).as_written == frozenset()
    assert resolve(kit.campaign, lang, layers=(later, row)).as_written == {"event_date"}
