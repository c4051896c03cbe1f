"""fonts/fonts.yaml: the kit's font families, read with the generic reader."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..diagnostics import Collector
from ..fontfile import font_problem
from ..load import Node, load_yaml
from ..model.fonts import FontFamily, FontList
from .spec import BAD, Context, Form, MapRead, form, read

__all__ = ["FontFamily", "FontList", "read_fonts"]


def read_fonts(path: Path, errs: Collector) -> tuple[FontList | None, Node]:
    """fonts.yaml at `path` as a FontList (file paths resolved inside its folder), or None,
    and the YAML as read (its places, for the problems found across families); problems go to
    `errs`. Raises DiagnosticsError when the file cannot be parsed."""
    ctx = Context(errs, path.parent.resolve())
    node = load_yaml(path)
    return read(FontList, node, "fonts.yaml", ctx), node


@form("font")
class FontFile(Form):
    """A font file inside the fonts/ folder, read as its resolved path."""

    expected = "non-empty text"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        rel = node.value
        if not isinstance(rel, str) or not rel.strip():
            return r.bad(key, self.expected)
        folder = r.ctx.root
        file = (folder / rel).resolve()
        written = Path(os.path.normpath(folder / rel))
        if not file.is_relative_to(folder) and written.is_relative_to(folder):
            r.errs.error(
                "ref.font",
                f"font file '{rel}' of {r.what} is a link to a file outside {folder.name}/; "
                "it was not read",
                node.mark,
                f"copy the font into {folder.name}/ instead of linking to it",
            )
            return BAD
        if not file.is_relative_to(folder) or not file.is_file():
            r.errs.error(
                "ref.font",
                f"font file '{rel}' of {r.what} not found in {folder.name}/",
                node.mark,
                f"put the file in {folder.name}/, or correct its name (the path is relative to "
                f"{folder.name}/)",
            )
            return BAD
        problem = font_problem(file)
        if problem:
            r.errs.error(
                "font.read",
                f"font file '{rel}' of {r.what} {problem}",
                node.mark,
                "put a working TrueType (.ttf) or OpenType (.otf) file in fonts/ "
                "(fonts/README.md says where each family comes from); a font is never "
                "replaced by another family",
            )
            return BAD
        return file

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}

    def describe(self) -> str:
        return "path under fonts/"
