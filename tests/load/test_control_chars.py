"""Control characters in any text are an error where the value is (case robustness/08): they
would print as empty boxes or go into a PDF's metadata. Tab and line breaks are text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.load import parse_yaml

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("escaped", "code", "at"),
    [
        ("\\u0007", "0007", 9),
        ("\\0", "0000", 9),
        ("\\x85", "0085", 9),
        ("\\x1b[31m", "001B", 9),
        ("\\uFFFF", "FFFF", 9),
    ],
)
def test_control_characters_are_refused(escaped: str, code: str, at: int) -> None:
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(f'a: "Join the{escaped}Blue"\n', Path("t.yaml"))
    assert exc.value.render() == (
        f"t.yaml:1:4: error[load.control-char]: the text has the control character U+{code} at "
        f"character {at}: it cannot be printed\n"
        "  hint: delete it (it often comes with text pasted from a terminal or a PDF)"
    )


def test_tab_and_line_breaks_are_text() -> None:
    node = parse_yaml('a: "one\\ttwo\\nthree"\n', Path("t.yaml"))
    assert node.plain() == {"a": "one\ttwo\nthree"}


def test_in_a_kit_it_is_one_error_naming_the_file(kit_copy: Callable[..., Path]) -> None:
    en = (ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8")
    old = "    text: Join the Blue Heart Campaign.\n"
    line = en[: en.index(old)].count("\n") + 1
    root = kit_copy(
        **{"materials/strings/en.yaml": en.replace(old, '    text: "Join the\\0Blue Heart."\n')}
    )
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a3")
    assert code == 1
    assert out.count("error[") == 1, out
    assert (
        f"materials/strings/en.yaml:{line}:11: error[load.control-char]: the text has the control "
        "character U+0000 at character 9"
    ) in out.replace(str(root) + "/", "")
