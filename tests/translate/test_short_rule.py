"""A short variant's placeholders are judged by one rule (`kit.references.judged_by`) in
`strings import` and in `check`: against the source's short text, or, where the source has
none, its full text, which is what prints in the short variant's place in the source
language. The import named a short variant the English lacks as "the source changed since
the export" (its file's short source cell, empty), and `check` judged its placeholders not
at all: the same text was refused by one and passed by the other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli
from .test_braces import rows_of, set_cell
from .test_import_errors import export, refused

# the English `cta_join` names the helpline, and has no short variant
EN_JOIN = "Join the Blue Heart Campaign, call {helpline}."
AR_JOIN = "انضموا إلى حملة القلب الأزرق، اتصلوا بـ {helpline}."


@pytest.fixture
def kit(kit_copy: Callable[..., Path]) -> Path:
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    assert "    text: Join the Blue Heart Campaign.\n    note:" in text
    en.write_text(text.replace("Join the Blue Heart Campaign.", EN_JOIN, 1), encoding="utf-8")
    ar = root / "materials/strings/ar.yaml"
    text = ar.read_text(encoding="utf-8")
    was = "    text: انضموا إلى حملة القلب الأزرق.\n    source: Join the Blue Heart Campaign.\n"
    assert was in text
    ar.write_text(text.replace(was, f"    text: {AR_JOIN}\n    source: {EN_JOIN}\n"), "utf-8")
    return root


def imported(kit: Path, tmp_path: Path, short: str) -> tuple[int, str]:
    """The import's errors of a CSV whose `cta_join` has the short variant `short`: its
    row, and what it said."""
    path = export(kit, tmp_path / "ar.csv")
    row = set_cell(path, "cta_join", 4, short)
    return row, refused(kit, path)


def checked(kit: Path, short: str) -> tuple[int, str]:
    """`check`'s output for ar.yaml with `short` as `cta_join`'s short variant: the key's
    line, and what it said."""
    ar = kit / "materials/strings/ar.yaml"
    text = ar.read_text(encoding="utf-8")
    text = text.replace(f"    text: {AR_JOIN}\n", f"    text: {AR_JOIN}\n    short: {short}\n")
    ar.write_text(text, encoding="utf-8")
    line = text.split("\n").index("  cta_join:") + 1
    status, out = cli("check", "--kit", kit, "--lang", "ar", "--only", "flyer-a5")
    return line, out


@pytest.mark.parametrize(
    ("short", "said", "hint"),
    [
        # braces around the placeholder the English full text has: to write without spaces
        # (judged against no text, the hint said to remove it)
        (
            "انضموا {helpline} { helpline }",
            "'{ helpline }' is not a field placeholder: it would print as written",
            "write it without spaces: {helpline}",
        ),
        (
            "انضموا {helpline} {",
            "'{' opens a placeholder it never closes: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
    ],
)
def test_a_short_variants_braces_are_judged_alike(
    kit: Path, tmp_path: Path, short: str, said: str, hint: str
) -> None:
    row, out = imported(kit, tmp_path, short)
    assert out == (
        f"{tmp_path / 'ar.csv'}:{row}:5: error[ref.field]: 'cta_join' (short): {said}\n"
        f"  hint: {hint}\n"
        "1 error(s)\n"
    ), out
    line, out = checked(kit, short)
    ar = kit / "materials/strings/ar.yaml"
    # at the braces, in the short variant's line (`    short: ...`, two below the key's): it
    # was the key's; its last brace is the one named (the lone `{` after {helpline})
    col = len("    short: ") + short.rindex(said.split("'")[1]) + 1
    assert (
        f"{ar}:{line + 2}:{col}: error[ref.field]: [ar] 'cta_join': its short variant: {said}\n"
        f"  hint: {hint}\n"
    ) in out, out
    assert out.count("'cta_join'") == 1, out  # nothing else about it


def test_a_short_variant_without_the_placeholder_is_named_by_both(
    kit: Path, tmp_path: Path
) -> None:
    """A short variant the English lacks, without the {helpline} of the full text it stands
    in for: the import refused it as "the source changed since ar.csv was exported" (the
    file's empty short source cell), with the hint to export again, which changed nothing;
    `check` said nothing, and the posters that print it printed no helpline. Both name it
    now, as they name a full text without it: the import refuses it, `check` warns."""
    short = "انضموا إلى الحملة"
    row, out = imported(kit, tmp_path, short)
    assert out == (
        f"{tmp_path / 'ar.csv'}:{row}:5: error[translate.placeholder]: 'cta_join' (short): the "
        "translation has no placeholder, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        "1 error(s)\n"
    ), out
    line, out = checked(kit, short)
    ar = kit / "materials/strings/ar.yaml"
    assert (
        f"{ar}:{line}:3: warning[strings.placeholder]: [ar] 'cta_join': the translation (short) "
        "lacks {helpline}, which en.yaml's text has: Arabic prints without it\n"
    ) in out, out


def test_an_export_marks_such_a_short_variant_outdated(kit: Path, tmp_path: Path) -> None:
    """The export judges by the same rule: a short variant without the {helpline} of the
    English full text is outdated, for the translator to redo (it was `translated`)."""
    checked(kit, "انضموا إلى الحملة")
    path = export(kit, tmp_path / "ar.csv")
    rows = rows_of(path)
    row = next(r for r in rows if r[0] == "cta_join")
    assert row[rows[0].index("status")] == "outdated", row
