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


@pytest.mark.parametrize(
    ("escaped", "code", "at"),
    [
        ("\\ud83d\\udc99", "D83D", 9),  # 💙 as JSON writes it: YAML keeps the two halves
        ("\\udc99", "DC99", 9),
        ("\\ud800", "D800", 9),
    ],
)
def test_surrogates_are_refused_with_the_characters_own_escape(
    escaped: str, code: str, at: int
) -> None:
    """A character beyond U+FFFF as JSON escapes it (`\\ud83d\\udc99`, a surrogate pair)
    is two unpaired surrogates to YAML: no file can hold one, and `check` stopped on an
    internal error (UnicodeEncodeError) where a property test's string value had one."""
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(f'a: "Join the{escaped}Blue"\n', Path("t.yaml"))
    assert exc.value.render() == (
        f"t.yaml:1:4: error[load.control-char]: the text has the surrogate U+{code} at "
        f"character {at}: half of a character beyond U+FFFF as UTF-16 writes it (JSON's "
        "\\ud83d\\udc99 for 💙), which no file can hold\n"
        "  hint: write the character itself, or YAML's escape of its code point in a "
        'double-quoted text ("\\U0001F499" for 💙)'
    )


def test_a_characters_own_escape_is_text() -> None:
    node = parse_yaml('a: "\\U0001F499"\n', Path("t.yaml"))
    assert node.plain() == {"a": "💙"}


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


def test_the_refused_characters_are_those_of_their_unicode_categories() -> None:
    """`control_char` finds the character it refuses with one character class
    (`UNPRINTABLE`); over every code point, it refuses exactly those of the categories its
    docstring names (Cc but tab and line breaks, Zl, Zp, Cs) and U+FFFE, U+FFFF, each alone
    and after printable text."""
    import unicodedata

    from campaign.load import control_char

    wrong = []
    for point in range(0x110000):
        ch = chr(point)
        refused = ch not in "\t\n\r" and (
            unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs") or ch in "\ufffe\uffff"
        )
        if (control_char(ch) is not None) != refused:
            wrong.append(f"U+{point:04X}")
    assert wrong == []
    assert "U+0085 at character 4" in (control_char("abc\x85def") or "")
    assert control_char("a\tb\r\nc") is None
