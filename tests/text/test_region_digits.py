"""The digits of a language in a region are CLDR's (its default numbering system, through
Babel): a merged row's `date_region` (tests/merge/test_events.py), which the layout keeps.
Without a region a language's digits are its strings file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Mark
from campaign.kit import load_kit
from campaign.model import StringEntry
from campaign.resolve import Layer, resolve
from campaign.text.scripts import cldr_digits

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
