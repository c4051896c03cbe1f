"""The tests of a layout's `sizes:`, and their shared helper."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy


def check_card(tmp_path: Path, card: str) -> tuple[int, str, Path]:
    """`check` of the mini kit with `card` as materials/layouts/card.yaml, a design of
    family card with a size `small` (card-small), in English: (exit code, output, the
    layout's path)."""
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials" / "layouts" / "card.yaml"
    path.write_text(card, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--only", "card,card-small", "--lang", "en")
    return code, out, path
