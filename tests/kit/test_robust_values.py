"""Values that used to slip through (cases robustness/11, 13, 14): an empty plain string, a
.nan or .inf number, a slot kind that is a list. Each is one error at its place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.kit.load import load_kit

ROOT = Path(__file__).resolve().parents[2]


def errors(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(root)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    return [d.render().split("\n")[0] for d in exc.value.diagnostics if d.is_error]


def edit(rel: str, old: str, new: str) -> tuple[str, int]:
    text = (ROOT / rel).read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    return text.replace(old, new, 1), line


@pytest.mark.parametrize("empty", ['""', '"   "'])
def test_an_empty_plain_translation_is_an_error(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, empty: str
) -> None:
    rel = "materials/strings/fr.yaml"
    entry = "  fact_figure:\n    text: 1 sur 3\n    source: 1 in 3\n"
    text, _ = edit(rel, entry, "  fact_figure: " + empty + "\n")
    line = text[: text.index("  fact_figure:")].count("\n") + 1
    assert errors(kit_copy(**{rel: text}), monkeypatch) == [
        f"{rel}:{line}:16: error[schema.type]: 'fact_figure' in fr.yaml must be non-empty text "
        f"(got {empty.strip(chr(34))!r})"
    ]


@pytest.mark.parametrize("bad", [".nan", ".inf", "-.inf"])
def test_nan_and_infinite_numbers_are_refused(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    rel = "materials/layouts/poster-a3.yaml"
    old = "frame: {start: 22, top: 66, width: 253, height: 128}}"
    text, line = edit(rel, old, old.replace("start: 22", f"start: {bad}"))
    got = errors(kit_copy(**{rel: text}), monkeypatch)
    assert len(got) == 1, got
    assert got[0].startswith(f"{rel}:{line}:")
    assert (
        "error[schema.type]: 'start' in frame of slot 'headline' must be a finite number" in got[0]
    )


def test_a_list_as_a_slot_kind_is_an_error(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    rel = "materials/layouts/poster-a3.yaml"
    text, line = edit(rel, "{name: day, kind: text,", "{name: day, kind: [text],")
    got = errors(kit_copy(**{rel: text}), monkeypatch)
    assert got == [
        f"{rel}:{line}:23: error[schema.choice]: slot kind must be one of shape, text, "
        "arc-text, svg, image, qr, hearts (got ['text'])"
    ]
