"""Inputs without limits (robustness cases 09 and 10): a text longer than any slot holds is
an error at its place before any layout; a long word without spaces is linear to scan for
links (the e-mail pattern was quadratic: 20,000 letters took 8 s)."""

from __future__ import annotations

import time
from pathlib import Path

from campaign.load import MAX_TEXT_CHARS
from campaign.text.scripts import link_spans
from tests.kits import cli, mini_copy


def test_a_text_longer_than_the_limit_is_an_error_at_its_value(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials/strings/en.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.strip().startswith("word:"))
    long = "Join the Blue Heart Campaign. " * 200  # 6,000 characters
    path.write_text(text.replace("word: ", f'word: "{long}" #', 1), encoding="utf-8")
    started = time.monotonic()
    code, out = cli("check", "--kit", kit, "--lang", "en")
    assert code == 1
    assert (
        f"en.yaml:{line}:9: error[load.text-too-long]: the text is 6,000 characters long; "
        f"a text may have at most {MAX_TEXT_CHARS:,}"
    ) in out
    assert time.monotonic() - started < 30  # refused before layout, not after shaping


def test_a_text_at_the_limit_is_read(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials/strings/en.yaml"
    text = path.read_text(encoding="utf-8")
    at_limit = "x" * MAX_TEXT_CHARS
    path.write_text(text.replace("word: ", f'word: "{at_limit}" #', 1), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "boxes")
    assert "load.text-too-long" not in out


def test_link_scan_of_a_long_word_is_linear() -> None:
    word = "a" * 200_000
    started = time.monotonic()
    assert link_spans(word) == []
    # quadratic, this took minutes; linear, milliseconds (a generous bound for a busy machine)
    assert time.monotonic() - started < 2.0
    assert link_spans("write to john.doe+x@example.org today") == [(9, 31)]
    assert link_spans("x" * 50_000 + " a@b.org") == [(50_001, 50_008)]
