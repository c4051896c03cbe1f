"""Every case of the bad-input corpus (tests/data/bad/, read by tests/bad_corpus.py) gives
exactly the output its file says, with its exit code, never a traceback, and writes nothing
outside the output folder; docs/robustness.md lists every case as the corpus says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bad_corpus import DOC, Case, cases, section, shown, with_section
from tests.kits import cli

CASES = cases()


def snapshot(folder: Path, skip: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` (links not followed) but under `skip`: size and mtime."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if skip == path or skip in path.parents or not path.is_file() or path.is_symlink():
            continue
        stat = path.stat()
        out[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_says_what_is_wrong(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit, out = case.prepare(tmp_path)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    before = snapshot(tmp_path, out)
    code, text = cli(*case.args(kit, out))
    assert "Traceback" not in text
    assert (code, shown(text, kit, out).rstrip("\n")) == (case.exit, case.says.rstrip("\n"))
    assert snapshot(tmp_path, out) == before  # nothing written outside the output folder
    if code:
        assert not out.exists() or not any(out.iterdir())  # nothing published either


def unhinted(says: str) -> list[str]:
    """The lines of output `says` that tell an error (`...error[code]: ...`) with no
    `  hint:` line after them."""
    lines = says.splitlines()
    return [
        line
        for i, line in enumerate(lines)
        if re.match(r"(\S[^ ]*: )?error\[[a-z0-9.-]+\]: ", line)
        and not (i + 1 < len(lines) and lines[i + 1].startswith("  hint: "))
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_error_the_corpus_shows_has_a_hint(case: Case) -> None:
    """What the user is shown of each bad input: every error with a hint after it, saying how
    to fix it (tests/diagnostics/test_every_error_has_a_hint.py checks the code)."""
    assert unhinted(case.says) == []


def test_the_hint_rule_finds_an_error_without_one() -> None:
    said = (
        "KIT/materials/campaign.yaml:3:1: error[schema.type]: a\n  hint: b\n"
        "error[build.output]: c\n"
        "KIT/a.yaml:1:1: warning[load.yaml]: d\n"
        "1 error(s)\n"
    )
    assert unhinted(said) == ["error[build.output]: c"]


def test_the_corpus_covers_every_stage() -> None:
    assert len(CASES) >= 30
    stages = {c.stage for c in CASES}
    assert stages >= {"load", "validate", "layout", "command line"}
    assert len({c.headline for c in CASES}) == len(CASES)  # each case says something else


def test_docs_list_every_case() -> None:
    """docs/robustness.md's corpus section is the corpus's (`python -m tests.bad_corpus`
    writes it)."""
    doc = DOC.read_text(encoding="utf-8")
    assert section() in doc, "run: python -m tests.bad_corpus"
    assert with_section(doc) == doc
