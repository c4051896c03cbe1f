"""Language tags with underscores, Macau's Chinese, and digits by numbering system (survivors of
the third mutation pass over text/scripts.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from campaign.text.scripts import localise_digits, script_of, split_tag


def test_a_tag_written_with_underscores_is_read_as_with_hyphens() -> None:
    assert split_tag("sr_Latn_RS") == ("sr", "Latn")


def test_chinese_of_macau_is_traditional() -> None:
    assert script_of("zh-MO") == "Hant"
    assert script_of("zh-mo") == "Hant"


def test_only_the_ten_digits_are_localised() -> None:
    assert localise_digits("10:30", "arab") == "١٠:٣٠"  # the colon (U+003A) is kept
    assert localise_digits("2024", "unknown") == "2024"  # an unknown system: ASCII digits
