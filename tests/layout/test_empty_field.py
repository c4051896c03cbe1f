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


CLEAN = "ok: 1 document(s) (1 page(s)) of 1 material(s) in 1 language(s) lay out cleanly\n"
HEARTS = (
    "kind: hearts, count: 3, filled: 1,",
    "kind: hearts, alt: emblem_alt, count: 3, filled: 1,",
)


def test_an_alternative_text_naming_an_empty_field_is_a_warning(tmp_path: Path) -> None:
    """The alternative text (`alt:`, the digital PDF's words for an image, an emblem or a QR
    code) was left out of the check: "Blue heart ({helpline})" read "Blue heart ()" to a
    screen reader, `check --strict` passing. The mini kit's hearts give both slots one."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": FIELDS,
            "strings/en.yaml": ("emblem_alt: Blue heart", "emblem_alt: Blue heart ({helpline})"),
            "layouts/hearts.yaml": HEARTS,
        },
    )
    status, out = check(kit, "--lang", "en", "--only", "hearts")
    assert status == 0, out
    assert out == (
        "materials/strings/en.yaml:6:3: warning[text.empty-field]: [en] 'emblem_alt': "
        "{helpline} is empty (not filled in), so the alternative text (digital PDF) reads "
        "'Blue heart ()' (in hearts)\n"
        "  hint: fill in 'helpline' in materials/campaign.yaml (`fields:`), or for en alone in "
        "its strings file's `fields:`\n"
        "  hint: or write 'emblem_alt' without {helpline} (a slot with `when_filled: helpline` "
        "may show a text that names it, and one with `when_empty: helpline` a text without "
        "it: README, 'Slots that give way')\n"
        "1 warning(s)\n"
        "ok: 1 document(s) (1 page(s)) of 1 material(s) in 1 language(s) lay out cleanly\n"
    ), out
    status, out = check(kit, "--lang", "en", "--strict")
    assert status == 1
    assert "materials/strings/en.yaml:6:3: error[text.empty-field]: [en] 'emblem_alt'" in out


def test_an_alternative_text_no_reader_meets_says_nothing(tmp_path: Path) -> None:
    """A slot whose alternative text the digital PDF does not give (marked an artifact, or
    drawn only when the empty field is filled) has nothing to warn of."""
    edits = {
        "campaign.yaml": FIELDS,
        "strings/en.yaml": ("emblem_alt: Blue heart", "emblem_alt: Blue heart ({helpline})"),
    }
    for n, (old, new) in enumerate(
        [
            (HEARTS[0], HEARTS[1] + " role: artifact,"),
            (HEARTS[0], HEARTS[1] + " when_filled: helpline,"),
        ]
    ):
        kit = mini_copy(tmp_path / f"kit{n}", {**edits, "layouts/hearts.yaml": (old, new)})
        status, out = check(kit, "--lang", "en", "--strict", "--only", "hearts")
        assert (status, out) == (0, CLEAN), out


def test_a_field_hidden_by_the_hide_an_office_takes_from_another_names_that_file(
    tmp_path: Path,
) -> None:
    """A country office that gives no `hide:` takes its region's (`extends:`): the hint said
    to take the field out of the country's `hide:`, which it does not have (a user's trial).
    It names the region's file and line, and the country's own `hide:` as the fix."""
    kit = mini(tmp_path)
    offices = kit / "materials/offices"
    offices.mkdir()
    (offices / "region.yaml").write_text(
        "name: Region\nlanguages: [en]\nhide: [helpline]\nsample: true\n", encoding="utf-8"
    )
    (offices / "country.yaml").write_text(
        'extends: region\nname: Country\nsample: true\nfields:\n  helpline: "+00 61 0000 0000"\n',
        encoding="utf-8",
    )
    status, out = check(kit, "--office", "country", "--only", "text")
    assert (
        "materials/strings/en.yaml:5:3: warning[text.empty-field]: country [en] 'word': "
        "{helpline} is empty (office 'country' hides it), so the text prints 'Heart ()' (in "
        "text)\n"
        "  hint: to print it, give materials/offices/country.yaml a `hide:` of its own without "
        "'helpline', which replaces the one it takes from office 'region' "
        "(materials/offices/region.yaml:3): `hide: []` hides none (its value, or the "
        "campaign's, prints then)\n"
    ) in out, out
