"""A command that fails shows the warnings of the languages it was asked for, as one that
succeeds does (pipeline.selection.selected): a kit with an error showed every language's missing
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
    code, text = cli("check", "--lang", "EN", "--kit", kit)
    assert code == 1
    assert "error[schema.unknown-key]: unknown key 'feilds' in brussels.yaml" in text
    assert "[ja]" not in text
    # the campaign's build goes on without the office whose file has errors, and says so
    code, text = cli("build", "--lang", "en", "-o", kit / "out", "--only", "badge-58", "--kit", kit)
    assert code == 0, text
    assert "warning[office.unusable]: office 'brussels' has 1 error(s) in its file" in text
    assert "[ja]" not in text
    code, text = cli("check", "--kit", kit, "--lang", "ja")
    assert code == 1
    assert "warning[strings.missing]: [ja]" in text
