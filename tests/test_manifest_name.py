"""A build's manifest is named once, `manifest_reader.MANIFEST`: cli/build.py and
cli/manifest.py wrote "manifest.json" out again, which a change of the name would have missed
(a review)."""

from __future__ import annotations

import ast
from pathlib import Path

from campaign.manifest_reader import MANIFEST

SRC = Path(__file__).resolve().parents[1] / "src" / "campaign"


def test_the_manifest_s_name_is_written_only_where_it_is_defined() -> None:
    found = [
        f"{path.relative_to(SRC)}:{node.lineno}"
        for path in sorted(SRC.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if node.value.endswith(MANIFEST) and node.value.rstrip("/").count(" ") == 0
    ]
    assert [f for f in found if not f.startswith("manifest_reader.py:")] == []
