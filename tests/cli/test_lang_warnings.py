"""A command that fails shows the warnings of the languages it was asked for, as one that
succeeds does (pipeline.api.selected): a kit with an error showed every language's missing
strings beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli


def test_a_failed_check_leaves_out_other_languages_warnings(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    code, text = cli("new", "language", "ja", "--kit", kit)
    assert code == 0, text
    office = kit / "materials/offices/brussels.yaml"
    office.write_text(office.read_text(encoding="utf-8") + "feilds: {}\n", encoding="utf-8")
    for args in (("check", "--lang", "EN"), ("build", "--lang", "en", "-o", kit / "out")):
        code, text = cli(*args, "--kit", kit)
        assert code == 1
        assert "error[schema.unknown-key]: unknown key 'feilds' in brussels.yaml" in text
        assert "[ja]" not in text, args
    code, text = cli("check", "--kit", kit, "--lang", "ja")
    assert code == 1
    assert "warning[strings.missing]: [ja]" in text
