"""A running preview of a mini kit copy, on a free port, stopped after the test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from campaign.serve.gallery import Gallery
from campaign.serve.server import Preview
from tests.kits import mini_copy


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Preview]:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    preview = Preview(Gallery(kit, 25.4 * 4))
    thread = threading.Thread(target=preview.serve, daemon=True)
    thread.start()
    yield preview
    preview.shutdown()
    thread.join(10)
