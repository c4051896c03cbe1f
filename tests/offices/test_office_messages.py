"""Three messages of a regional office's trial (a copy of _template.yaml), each at the place
to mend and with the fix: a field dedented out of an empty language under
`fields_by_language:` was "'fields_by_language.office_name' in gcc.yaml must be a mapping (got
None)" at line 2 (the `name:` line), the empty `fa:` passed without a word; a language's name
for its code (`arabic:`) was told to add materials/strings/arabic.yaml, at the line below the
key; a material in capitals (`poster-A3`, `--only flyer-A5`) was told to add the size A3
that poster-a3 is (following the hint, a duplicate size)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import ROOT, check, mini_copy

BRUSSELS = (ROOT / "materials/offices/brussels.yaml").read_text(encoding="utf-8")
OFFICE = "materials/offices/brussels.yaml"


def brussels(kit_copy: Callable[..., Path], old: str, new: str, languages: str) -> Path:
    """The kit with brussels.yaml's `old` (one line of it) replaced by `new`, and its
    languages `languages`."""
    assert BRUSSELS.count(old) == 1, old
    text = BRUSSELS.replace(old, new).replace("languages: [en, fr]", f"languages: {languages}")
    return kit_copy(**{OFFICE: text})


def said(out: str) -> list[str]:
    """The problems the office's file is told of (code, line:column, message, hints)."""
    blocks = out.split(f"{OFFICE}:")[1:]
    return [b.split("\n1 error(s)")[0].split("\n/")[0].split("\nmaterials/")[0] for b in blocks]


# fields_by_language: {} is line 25 of brussels.yaml: what replaces it starts there
BY_LANGUAGE = "fields_by_language: {}"
CASES = [
    pytest.param(  # the trial's: office_name two spaces in, under an empty fa:
        'fields_by_language:\n  ar:\n    office_name: "مكتب"\n  fa:\n  office_name: "دفتر"',
        "29:3: error[schema.unknown-key]: 'office_name' under fields_by_language in "
        "brussels.yaml is not a language code: each key there is a language's code, with that "
        "language's fields indented under it\n"
        "  hint: if 'office_name' belongs to 'fa' (line 28, now empty), indent it under 'fa:', "
        "deeper than that key",
        id="dedented-under-empty",
    ),
    pytest.param(  # no empty key above: the language's code to write it under
        'fields_by_language:\n  ar:\n    office_name: "مكتب"\n  office_name: "دفتر"',
        "28:3: error[schema.unknown-key]: 'office_name' under fields_by_language in "
        "brussels.yaml is not a language code: each key there is a language's code, with that "
        "language's fields indented under it\n"
        "  hint: write it under the code of its language, e.g. fields_by_language: "
        "{ar: {office_name: ...}}; a value for every language goes under 'fields:'",
        id="dedented",
    ),
    pytest.param(  # a language's fields as one text: at the text
        'fields_by_language:\n  fa: "دفتر"',
        "26:7: error[schema.type]: the fields of 'fa' under fields_by_language in brussels.yaml "
        "must be a mapping of names to values (got 'دفتر')\n"
        "  hint: write them indented under 'fa:', one a line, e.g. office_name: \"...\"",
        id="text-for-a-language",
    ),
    pytest.param(  # a language's name: the code, as `build --lang arabic` is told, at the key
        'fields_by_language:\n  arabic:\n    office_name: "مكتب"',
        "26:3: error[ref.language]: office 'brussels' gives fields for 'arabic', which has no "
        "strings file\n  hint: write its code: 'ar'",
        id="language-name",
    ),
    pytest.param(  # the same in the office's own texts
        'strings:\n  fa:\n  cta_join: "دفتر"',
        "27:3: error[schema.unknown-key]: 'cta_join' under strings in brussels.yaml is not a "
        "language code: each key there is a language's code, with that language's texts "
        "indented under it\n"
        "  hint: if 'cta_join' belongs to 'fa' (line 26, now empty), indent it under 'fa:', "
        "deeper than that key",
        id="strings-dedented",
    ),
    pytest.param(
        'strings:\n  Arabic:\n    cta_join: "مكتب"',
        "26:3: error[office.strings]: office 'brussels' strings: gives texts in 'Arabic', which "
        "has no strings file\n  hint: write its code: 'ar'",
        id="strings-language-name",
    ),
]


@pytest.mark.parametrize(("written", "error"), CASES)
def test_a_language_mapping_is_told_of_at_the_key_to_mend(
    kit_copy: Callable[..., Path], written: str, error: str
) -> None:
    kit = brussels(kit_copy, BY_LANGUAGE, written, "[en, ar, fa]")
    code, out = check(kit, "--office", "brussels")
    assert code == 1, out
    assert said(out) == [error], out


def test_an_empty_language_is_a_warning_at_its_key(kit_copy: Callable[..., Path]) -> None:
    """`fa:` with nothing under it, and no entry below it that is its (the trial's case, whose
    error says the cause)."""
    written = 'fields_by_language:\n  fa:\n  ar:\n    office_name: "مكتب"'
    kit = brussels(kit_copy, BY_LANGUAGE, written, "[en, ar, fa]")
    code, out = check(kit, "--office", "brussels", "--only", "badge-58")
    assert code == 0, out
    assert (
        f"{OFFICE}:26:3: warning[office.empty-language]: 'fa' under fields_by_language in "
        "brussels.yaml is empty: it gives no fields, and its pages print the values under "
        "fields:\n"
        "  hint: write its fields indented under 'fa:', e.g. office_name: \"...\"; or take "
        "'fa:' out\n"
    ) in out, out
    assert out.count("office.empty-language") == 1, out


@pytest.mark.parametrize(
    ("listed", "error"),
    [
        pytest.param(
            "[poster-A3, flyer-a5]",
            "10:13: error[ref.material]: office 'brussels' builds material 'poster-A3', which "
            "the kit does not have\n  hint: did you mean 'poster-a3'?",
            id="capitals",
        ),
        pytest.param(  # a size the kit has not: still the size to add, whatever the capitals
            "[Poster-B5]",
            "10:13: error[ref.material]: office 'brussels' builds material 'Poster-B5', which "
            "the kit does not have\n  hint: poster has no size B5: add it under `sizes:` in "
            "poster-a3.yaml (B5 is 176 x 250 mm), e.g. `b5: {trim: [176, 250], paper: custom, "
            "title: Poster B5}`; `paper: custom` keeps it to the offices whose `materials:` "
            "list it, where without it every office of ISO paper (A sizes) that lists no "
            '`materials:` builds it too (README, "Sizes")',
            id="size-to-add",
        ),
    ],
)
def test_an_offices_material_in_capitals_is_the_kits(
    kit_copy: Callable[..., Path], listed: str, error: str
) -> None:
    kit = brussels(kit_copy, "paper: iso", f"materials: {listed}", "[en, fr]")
    code, out = check(kit, "--office", "brussels")
    assert code == 1, out
    assert said(out) == [error], out


def test_a_material_in_capitals_on_the_command_line_is_the_kits(
    kit_copy: Callable[..., Path],
) -> None:
    """`--only flyer-A5` (the build, the preview, the package and a merge's template read it
    so): it was told to add the size A5 that flyer-a5 is."""
    code, out = check(kit_copy(), "--only", "flyer-A5")
    assert (code, out) == (
        1,
        "error[ref.material]: unknown material 'flyer-A5'\n  hint: did you mean 'flyer-a5'?\n"
        "1 error(s)\n",
    )


def test_a_campaign_language_written_as_its_name_is_told_its_code(tmp_path: Path) -> None:
    """campaign.yaml's `languages: [en, arabic]` was told to add materials/strings/arabic.yaml."""
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("[en, ar]", "[en, arabic]")})
    code, out = check(kit)
    assert code == 1, out
    assert out.startswith(
        "materials/campaign.yaml:8:17: error[ref.language]: language 'arabic' is listed in "
        "campaign.yaml but has no strings file\n  hint: write its code: 'ar'\n"
    ), out


def test_a_value_of_an_entry_read_in_turn_is_told_at_its_place() -> None:
    """A form that reads a mapping's entries in turn names each by its path
    (`fields_by_language.fa`): that value was looked for among the file's own keys, and
    reported as None at the file's first line."""
    from campaign.diagnostics import Collector
    from campaign.kit.spec import Context, MapRead
    from campaign.load import parse_yaml

    path = Path("gcc.yaml")
    node = parse_yaml('name: Gulf\nfields_by_language:\n  fa: "دفتر"\n', path)
    r = MapRead(node, "gcc.yaml", Context(Collector()), ["name", "fields_by_language"])
    r.bad("fields_by_language.fa", "a mapping")
    assert [d.render() for d in r.errs.items] == [
        "gcc.yaml:3:7: error[schema.type]: 'fields_by_language.fa' in gcc.yaml must be a "
        "mapping (got 'دفتر')\n  hint: set 'fields_by_language.fa' to a mapping"
    ]


def test_a_source_language_written_as_its_name_is_told_its_code(tmp_path: Path) -> None:
    """`source_language: english` was told to add materials/strings/english.yaml, at line 1."""
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("source_language: en", "source_language: english")}
    )
    assert check(kit) == (
        1,
        "materials/campaign.yaml:7:18: error[ref.language]: the source language 'english' has "
        "no strings file\n  hint: write its code: 'en'\n1 error(s)\n",
    )
