"""Shared fixtures: the repository's kit, throw-away copies of it, and visual references."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFS = Path(__file__).resolve().parent / "refs"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-refs",
        action="store_true",
        help="rewrite the reference PNGs in tests/refs/ from the current output",
    )


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def kit_copy(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the repository's kit (materials copied, fonts/assets linked) to break safely."""

    def make(**replace: str) -> Path:
        kit = tmp_path / "kit"
        shutil.copytree(ROOT / "materials", kit / "materials")
        (kit / "fonts").symlink_to(ROOT / "fonts")
        shutil.copytree(ROOT / "assets", kit / "assets")
        for rel, text in replace.items():
            (kit / rel).write_text(text, encoding="utf-8")
        return kit

    return make


@pytest.fixture
def update_refs(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-refs"))
