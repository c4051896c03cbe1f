"""Fixtures shared by the translate tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

# the source's `theme`, and the same with a placeholder a translation can drop
THEME = "text: Leave No Child Behind in the Fight Against Human Trafficking"
THEME_WITH_FIELD = "text: Leave No Child Behind, call {helpline}"


@pytest.fixture
def helpline_kit(kit_copy: Callable[..., Path]) -> Path:
    """A copy of the kit whose source `theme` names a placeholder, {helpline}, so that a
    translation can drop it (and every translation of `theme` is outdated). Named so as not
    to be taken for a module's own `kit`: test_import_errors and test_braces make it theirs."""
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    assert THEME in text
    en.write_text(text.replace(THEME, THEME_WITH_FIELD), encoding="utf-8")
    return root
