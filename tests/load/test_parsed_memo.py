"""A kit read again in one process parses again only the files whose bytes changed
(`load.load_yaml` keeps each path's bytes and tree): `strings import` reads the kit before
and after it writes the strings file, the preview after every save. A file edited on disk is
parsed again; a file too large for a kit file (a merge's data) is never kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign import load


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files parse_yaml is called for, in order."""
    seen: list[str] = []
    real = load.parse_yaml

    def counted(text: str, path: Path, *args: object) -> load.Node:
        seen.append(path.name)
        return real(text, path, *args)

    monkeypatch.setattr(load, "parse_yaml", counted)
    monkeypatch.setattr(load, "_PARSED", {})
    return seen


def test_a_file_read_again_is_parsed_once_and_again_when_it_changes(
    tmp_path: Path, parses: list[str]
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("name: one\n", encoding="utf-8")
    first = load.load_yaml(path)
    assert load.load_yaml(path) is first
    assert parses == ["a.yaml"]
    path.write_text("name: two\n", encoding="utf-8")  # edited: parsed again
    assert load.load_yaml(path).plain() == {"name": "two"}
    assert parses == ["a.yaml", "a.yaml"]
    other = tmp_path / "b.yaml"  # the same bytes at another path: its own marks
    other.write_text("name: two\n", encoding="utf-8")
    assert load.load_yaml(other).mark.path == other
    assert parses == ["a.yaml", "a.yaml", "b.yaml"]


def test_one_entry_a_path_and_no_large_file_is_kept(tmp_path: Path, parses: list[str]) -> None:
    path = tmp_path / "a.yaml"
    for n in range(5):
        path.write_text(f"n: {n}\n", encoding="utf-8")
        load.load_yaml(path)
    assert list(load._PARSED) == [str(path)]
    big = tmp_path / "events.yaml"
    rows = "".join(f"- {{id: e{n}, title: Event number {n}}}\n" for n in range(9000))
    big.write_text(rows, encoding="utf-8")
    assert big.stat().st_size > load.PARSED_MAX_BYTES
    load.load_yaml(big)
    load.load_yaml(big)
    assert parses.count("events.yaml") == 2
    assert str(big) not in load._PARSED
