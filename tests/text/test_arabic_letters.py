"""Persian and Urdu texts typed with Arabic letters (ي for ی, ك for ک: Windows' Arabic keyboard
layout) printed in their Arabic forms with no word said (a Middle East office's trial: "كودك
عربي يك" in a Persian event's title). Each is a `text.arabic-letters` warning: in a strings
file (`check`, `build`), in a translator's file on import, and in a merged event's cell."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.text.letters import foreign_letters

from ..kits import cli, translated_csv

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "\u0643\u0648\u062f\u0643 \u0639\u0631\u0628\u064a"  # كودك عربي: ك and ي
SAID = (
    "3 Arabic letter(s) where Persian writes its own: \u0643 (U+0643, first at character 1) "
    "for \u06a9 (U+06A9), \u064a (U+064A, first at character 9) for \u06cc (U+06CC); they "
    "print in their Arabic forms"
)
HINT = (
    "replace them (\u064a with \u06cc, \u0643 with \u06a9, \u0649 with \u06cc): a Persian or "
    "Urdu keyboard layout types them; Windows' Arabic layout types the Arabic ones"
)


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ("fa", [(0, "\u0643", "\u06a9"), (3, "\u0643", "\u06a9"), (8, "\u064a", "\u06cc")]),
        ("ur", [(0, "\u0643", "\u06a9"), (3, "\u0643", "\u06a9"), (8, "\u064a", "\u06cc")]),
        ("fa-AF", [(0, "\u0643", "\u06a9"), (3, "\u0643", "\u06a9"), (8, "\u064a", "\u06cc")]),
        ("ar", []),  # Arabic's own letters
        ("en", []),
    ],
)
def test_the_arabic_letters_a_language_writes_otherwise(
    code: str, found: list[tuple[int, str, str]]
) -> None:
    assert foreign_letters(ARABIC, code) == found
    assert foreign_letters("\u06a9\u0648\u062f\u06a9 \u0639\u0631\u0628\u06cc", code) == []


def test_a_persian_strings_file_with_arabic_letters_is_a_warning_at_its_key(
    kit_copy: Callable[..., Path],
) -> None:
    text = (ROOT / "materials/strings/fa.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("  badge:"))
    lines[at + 1] = f"    text: {ARABIC}\n"
    kit = kit_copy(**{"materials/strings/fa.yaml": "".join(lines)})
    code, out = cli("check", "--kit", kit, "--lang", "fa", "--only", "badge-58")
    assert code == 0, out
    path = kit / "materials/strings/fa.yaml"
    assert (
        f"{path}:{at + 1}:3: warning[text.arabic-letters]: [fa] 'badge': {SAID}\n  hint: {HINT}"
    ) in out, out
    assert out.count("text.arabic-letters") == 1, out
    code, out = cli("check", "--kit", kit, "--lang", "fa", "--only", "badge-58", "--strict")
    assert code == 1, out


def test_an_imported_persian_translation_with_arabic_letters_is_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    path = tmp_path / "fa.csv"
    line, column = translated_csv(kit, path, "fa", "badge", ARABIC)
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert (
        f"{path}:{line}:{column}: warning[text.arabic-letters]: 'badge': {SAID}\n  hint: {HINT}"
    ) in out, out
    assert ARABIC in (kit / "materials/strings/fa.yaml").read_text(encoding="utf-8")


def test_a_merged_persian_cell_with_arabic_letters_is_a_warning_an_arabic_one_is_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue\n"
        f"walk,fa,{ARABIC},2026-07-30,Park\n"
        f"run,ar,{ARABIC},2026-07-30,Park\n"
        f"talk,en,Talk,2026-07-30,Hall\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["walk", "run", "talk"]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        f"2:3: warning[text.arabic-letters]: row 2, column title (C): {SAID}\n  hint: {HINT}"
    ]
