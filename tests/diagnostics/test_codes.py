"""Diagnostic codes: each documented once in docs/errors.md, each used by the code, stable."""

import re
from pathlib import Path

import pytest

from campaign.diagnostics import CODES, Collector, Diagnostic, Severity, Subject

ROOT = Path(__file__).resolve().parents[2]


def documented() -> list[str]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    found: list[str] = []
    for line in text.splitlines():
        if line.startswith("- `"):
            found += re.findall(r"`([a-z]+\.[a-z-]+)`", line.split(":")[0])
    return found


def test_every_code_is_documented_once() -> None:
    docs = documented()
    assert sorted(docs) == sorted(CODES), set(docs) ^ set(CODES)
    assert len(docs) == len(set(docs))


def test_every_code_is_used_somewhere_in_the_source() -> None:
    source = "\n".join(p.read_text() for p in (ROOT / "src").rglob("*.py"))
    assert [c for c in CODES if f'"{c}"' not in source] == []


def test_an_undocumented_code_is_a_bug() -> None:
    with pytest.raises(AssertionError, match="undocumented diagnostic code 'nope'"):
        Diagnostic("nope", "x")


def test_render_puts_place_code_and_subject_before_the_message() -> None:
    d = Diagnostic(
        "text.overflow",
        "text does not fit slot 'calls'",
        None,
        ("shorten it",),
        Severity.WARNING,
        Subject(material="poster-a3", language="fr", key="cta"),
    )
    assert d.render() == (
        "warning[text.overflow]: poster-a3 [fr] 'cta': text does not fit slot 'calls'\n"
        "  hint: shorten it"
    )
    assert d.as_json()["subject"] == {"material": "poster-a3", "language": "fr", "key": "cta"}
    assert d.as_error().is_error
    assert not d.is_error


def test_collector_keeps_one_of_the_same_problem() -> None:
    c = Collector()
    for _ in range(3):
        c.warn(
            "image.ppi-warning", "image 'a.jpg' prints at 200 ppi", None, subject=Subject(slot="p")
        )
    c.error("image.low-ppi", "image 'b.jpg' prints at 100 ppi")
    assert [d.code for d in c] == ["image.ppi-warning", "image.low-ppi"]
    assert len(c.warnings) == 1
    assert len(c.errors) == 1
