"""Helpers shared by the layout tests."""

from __future__ import annotations

from pathlib import Path

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import Document
from campaign.layout.items.text import OverflowReport
from campaign.resolve import resolve_kit

from ..kits import mini_copy

Laid = tuple[Document, Collector, list[OverflowReport]]


def mini_laid_out(tmp_path: Path, name: str, layout: str, strings: str, fields: str = "") -> Laid:
    """The mini kit in `tmp_path` with the layout file materials/layouts/NAME.yaml
    (`layout`), `strings` (en.yaml lines, two-space indented) after its `word:` and `fields`
    (lines) under campaign.yaml's `fields:`, that layout composed in English: the document,
    its diagnostics and its overflows."""
    edits = {"strings/en.yaml": ("  word: Heart\n", f"  word: Heart\n{strings}")}
    if fields:
        edits["campaign.yaml"] = ("links:\n", f"fields:\n{fields}links:\n")
    root = mini_copy(tmp_path, edits)
    (root / f"materials/layouts/{name}.yaml").write_text(layout, encoding="utf-8")
    kit = load_kit(root)
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    content = resolve_kit(kit, kit.languages["en"])
    doc = compose_content(kit.layouts[name], content, load_fontbook(kit.fonts_dir), errs, overflows)
    return doc, errs, overflows
