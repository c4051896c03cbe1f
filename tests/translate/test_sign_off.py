"""A translator's sign-off, as their tool writes it, marks the language reviewed: a PO's
`X-Status: reviewed` header (the export writes `X-Status: draft`), an XLIFF whose every
segment is `final` (a CAT tool's "signed off"). A translator's trial: both were ignored,
and the only way was to edit the strings file's YAML, which the README says is never needed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from ..kits import cli
from .test_formats import export


def _status(root: Path, code: str) -> str:
    return str(yaml.safe_load((root / f"materials/strings/{code}.yaml").read_bytes())["status"])


def test_a_po_files_reviewed_header_marks_the_language_reviewed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    before = strings.read_text(encoding="utf-8")
    assert _status(root, "fr") == "draft"
    path = tmp_path / "fr.po"
    text = export(root, path, "fr").decode("utf-8")
    assert '"X-Status: draft\\n"' in text
    status, out = cli("strings", "import", path, "--kit", root)  # untouched: still draft
    assert status == 0, out
    assert "status: reviewed" not in out
    assert _status(root, "fr") == "draft"
    path.write_text(text.replace('"X-Status: draft\\n"', '"X-Status: reviewed\\n"'), "utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        f"{strings}: status: reviewed, as fr.po signs it off (its X-Status: reviewed header): "
        "its documents are no longer marked draft"
    ) in out, out
    assert _status(root, "fr") == "reviewed"
    # the status line alone changed, its comment kept
    after = strings.read_text(encoding="utf-8")
    assert [a for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b] == [
        line for line in before.splitlines() if re.match(r"status:", line)
    ]
    status, out = cli("strings", "import", path, "--kit", root)  # said once
    assert "status: reviewed" not in out, out


def test_an_xliff_whose_every_segment_is_final_marks_the_language_reviewed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    text = export(root, path, "fr", "--format", "xliff").decode("utf-8")
    states = re.findall(r'state="(\w+)"', text)
    assert states
    assert "final" not in states
    # one segment left unsigned: the language is not signed off
    some = re.sub(r'state="\w+"', 'state="final"', text, count=len(states) - 1)
    path.write_text(some, encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert _status(root, "fr") == "draft"
    path.write_text(re.sub(r'state="\w+"', 'state="final"', text), encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "as fr.xlf signs it off (every segment's state final)" in out, out
    assert _status(root, "fr") == "reviewed"
