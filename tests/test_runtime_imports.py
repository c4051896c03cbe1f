"""Every library the package imports is one of its runtime dependencies (pyproject.toml's
`dependencies`, not only the `dev` extra): text.glyphtext imported fontTools, a dev
dependency, so a kit installed with `pip install .` failed every Hindi page with
"No module named 'fontTools'" once the user's cache did not hold the font's glyph texts."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_top_levels() -> dict[str, Path]:
    """{top-level module name: a file of src/campaign that imports it}, the standard library
    and the package itself left out."""
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "src" / "campaign").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "campaign":
                    found.setdefault(top, path)
    return found


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


def test_every_imported_library_is_a_runtime_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {
        normalised(re.match(r"[A-Za-z0-9_.-]+", d)[0])  # type: ignore[index]
        for d in project["project"]["dependencies"]
    }
    owners = packages_distributions()
    missing = {}
    for module, where in imported_top_levels().items():
        dists = {normalised(d) for d in owners.get(module, [module])}
        if not dists & runtime:
            missing[module] = (sorted(dists), where.relative_to(ROOT).as_posix())
    assert missing == {}
    assert "fontTools" in imported_top_levels()  # the case this was written for
