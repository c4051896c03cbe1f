"""The export a strings warning tells the user to run is quoted with the program
(commands.command: `python generate.py strings export --lang ar`, shown as the program was
run), not as `strings export --lang ar` alone, which runs nowhere as typed (a review)."""

from __future__ import annotations

from pathlib import Path

from campaign.kit import load_kit

from ..kits import mini_copy


def test_an_outdated_translation_is_told_the_export_to_run(tmp_path: Path) -> None:
    # ar's word made from an earlier English text than en.yaml's `Heart`
    kit = mini_copy(
        tmp_path / "kit",
        {"strings/ar.yaml": ("  word: قلب\n", "  word:\n    text: قلب\n    source: Hearts\n")},
    )
    (warning,) = [w for w in load_kit(kit).warnings if w.code == "strings.outdated"]
    assert warning.render() == (
        f"{kit / 'materials/strings/ar.yaml'}:5:3: warning[strings.outdated]: [ar] 'word': "
        "ar.yaml has 1 string(s) translated from an earlier English text than en.yaml has "
        "now: word; they print as translated\n"
        "  hint: export the language (`python generate.py strings export --lang ar`): these "
        "are marked there, with the text they were translated from, for the translator to "
        "update"
    )
