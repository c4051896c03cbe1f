"""A string that names a `{field}` empty in the document prints around nothing ("...or a
helpline ()." in English, "相談窓口（）に" in Japanese): `check` and `build` warn about it
(`text.empty-field`; an error with --strict), at the string's line, in each language whose
text names it, for the campaign and for an office that leaves the field empty or hides it.
A slot with `when_filled:` is not drawn then, and says nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import check, mini_copy

FIELDS = ("check_colours: false", 'check_colours: false\nfields:\n  helpline: ""')
MOVE = "hint: or write 'word' without {helpline} (a slot with `when_filled: helpline` may show a "
MOVE += "text that names it, and one with `when_empty: helpline` a text without it: README, "
MOVE += "'Slots that give way')\n"


def mini(
    tmp_path: Path, helpline: str = '""', edits: dict[str, tuple[str, str]] | None = None
) -> Path:
    """The mini kit with a `helpline` field and the English and Arabic word naming it."""
    return mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": (FIELDS[0], FIELDS[1].replace('""', helpline)),
            "strings/en.yaml": ("word: Heart", "word: Heart ({helpline})"),
            "strings/ar.yaml": ("word: قلب", "word: قلب ({helpline})"),
            **(edits or {}),
        },
    )


def test_a_string_naming_an_empty_field_is_a_warning_in_each_language(tmp_path: Path) -> None:
    kit = mini(tmp_path)
    status, out = check(kit)
    assert status == 0, out
    assert out.count("[text.empty-field]") == 2, out
    assert (
        "materials/strings/en.yaml:5:3: warning[text.empty-field]: [en] 'word': {helpline} is "
        "empty (not filled in), so the text prints 'Heart ()' (in badge, text)\n"
        "  hint: fill in 'helpline' in materials/campaign.yaml (`fields:`), or for en alone in "
        "its strings file's `fields:`\n  " + MOVE
    ) in out, out
    assert (
        "materials/strings/ar.yaml:5:3: warning[text.empty-field]: [ar] 'word': {helpline} is "
        "empty (not filled in), so the text prints 'قلب ()' (in badge, text)\n"
    ) in out, out
    status, out = check(kit, "--strict")
    assert status == 1
    assert "materials/strings/en.yaml:5:3: error[text.empty-field]: [en] 'word'" in out


def test_a_filled_field_or_a_slot_shown_only_when_filled_says_nothing(tmp_path: Path) -> None:
    status, out = check(mini(tmp_path / "filled", '"112"'), "--strict", "--lang", "en,ar")
    assert status == 0, out
    when_filled = (
        "string: word, style: word,",
        "string: word, style: word, when_filled: helpline,",
    )
    kit = mini(tmp_path / "when", edits={"layouts/text.yaml": when_filled})
    status, out = check(kit, "--strict", "--lang", "en,ar", "--only", "text")
    assert status == 0, out


def test_an_office_that_leaves_the_field_empty_or_hides_it_is_named(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    strings = kit / "materials" / "strings" / "en.yaml"
    text = strings.read_text(encoding="utf-8")
    old = "to the authorities or a helpline."
    assert old in text
    strings.write_text(text.replace(old, "to the authorities or a helpline ({helpline})."))
    line = text[: text.index(old)].count("\n")  # the `text:` line's; the key is the one above
    office = kit / "materials" / "offices" / "brussels.yaml"
    status, out = check(kit, "--office", "brussels", "--lang", "en", "--only", "poster-a3")
    assert (
        f"materials/strings/en.yaml:{line}:3: warning[text.empty-field]: brussels [en] 'cta': "
        "{helpline} is empty (office 'brussels' has not filled it in), so the text prints "
        "'…e to the authorities or a helpline ().' (in poster-a3)\n"
        "  hint: fill in 'helpline' in materials/offices/brussels.yaml (`fields:`, or "
        "`fields_by_language:` for en)\n"
    ) in out, out
    given = office.read_text(encoding="utf-8").replace('helpline: ""', 'helpline: "+32 2 290 1234"')
    office.write_text(given + "hide: [helpline]\n", encoding="utf-8")
    status, out = check(kit, "--office", "brussels", "--lang", "en", "--only", "poster-a3")
    assert (
        f"materials/strings/en.yaml:{line}:3: warning[text.empty-field]: brussels [en] 'cta': "
        "{helpline} is empty (office 'brussels' hides it), so the text prints "
        "'…e to the authorities or a helpline ().' (in poster-a3)\n"
        "  hint: to print it, take 'helpline' out of `hide:` in "
        "materials/offices/brussels.yaml (its value there, or the campaign's, prints then)\n"
    ) in out, out
    office.write_text(given, encoding="utf-8")  # filled and shown: nothing to say
    status, out = check(kit, "--office", "brussels", "--lang", "en", "--only", "poster-a3")
    assert "empty-field" not in out, out
