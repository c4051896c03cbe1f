"""Every case of the bad-input corpus (tests/data/bad/, read by tests/bad_corpus.py) gives
exactly the output its file says, with its exit code, never a traceback, and writes nothing
outside the output folder; docs/robustness.md lists every case as the corpus says."""

from __future__ import annotations

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
