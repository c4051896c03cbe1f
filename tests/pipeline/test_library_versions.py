"""The versions of the libraries that write the outputs are inputs of every build: an upgrade
rebuilds what an incremental build would otherwise keep from the old version, and shards
built with other versions are not joined into one build (`fingerprint.library_versions`)."""

from __future__ import annotations

import json
import sys
import zlib
from importlib import metadata
from pathlib import Path

import pytest

from campaign.pipeline import fingerprint
from campaign.pipeline.api import build
from campaign.pipeline.fingerprint import (
    NOT_OUTPUT_LIBRARIES,
    OUTPUT_LIBRARIES,
    code_version,
    library_versions,
)
from campaign.pipeline.options import Options

from ..kits import build as build_cli
from ..kits import cli, mini_copy


def test_the_versions_are_the_installed_ones() -> None:
    found = library_versions()
    assert set(found) == {*OUTPUT_LIBRARIES, "python", "zlib"}
    for name in OUTPUT_LIBRARIES:
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:  # one platform's alone: tzdata on Windows
            installed = "none"
        assert found[name] == installed, name
    assert found["python"] == "{}.{}.{}".format(*sys.version_info[:3])
    assert found["zlib"] == zlib.ZLIB_RUNTIME_VERSION


def test_every_dependency_is_known_to_write_output_or_not() -> None:
    """A new dependency is named in one of the two lists: one that decides output bytes
    (zxing-cpp choosing a QR code's modes and mask) and is left out of OUTPUT_LIBRARIES keeps an incremental
    build's old files after an upgrade."""
    import re
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    names = {re.match(r"[A-Za-z0-9_.-]+", d)[0].lower() for d in project["project"]["dependencies"]}
    assert names <= {*OUTPUT_LIBRARIES, *NOT_OUTPUT_LIBRARIES}, names - {
        *OUTPUT_LIBRARIES,
        *NOT_OUTPUT_LIBRARIES,
    }
    assert not set(OUTPUT_LIBRARIES) & set(NOT_OUTPUT_LIBRARIES)
    assert "zxing-cpp" in OUTPUT_LIBRARIES


def test_the_first_distribution_on_the_path_is_the_one_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the import system does: a folder earlier on sys.path hides a later one's."""
    (tmp_path / "reportlab-9.9.1.dist-info").mkdir()
    (tmp_path / "Python_Bidi-0.0.7.dist-info").mkdir()  # a name as a wheel may spell it
    (tmp_path / "reportlab-9.9.1.data").mkdir()  # not a dist-info folder
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path), *sys.path])
    fingerprint._library_versions.cache_clear()
    try:
        found = library_versions()
    finally:
        fingerprint._library_versions.cache_clear()
    assert found["reportlab"] == "9.9.1"
    assert found["python-bidi"] == "0.0.7"
    assert found["pikepdf"] == metadata.version("pikepdf")


def other_reportlab(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The versions of this machine with another reportlab, as another machine may have."""
    other = {**library_versions(), "reportlab": "4.4.0"}
    monkeypatch.setattr(fingerprint, "_library_versions", lambda: tuple(sorted(other.items())))
    return other


def test_another_version_rebuilds_every_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only the build's stamp: each job's own fingerprint changes, so no job is kept as
    the other version made it."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    options = Options(out, png_ppi=20, jobs=1, only=("badge", "text"))  # type: ignore[arg-type]
    first = build(kit, options)
    assert not first.failed
    code = code_version()
    other = other_reportlab(monkeypatch)
    assert code_version() != code
    second = build(kit, options)
    assert {j.status for j in second.jobs} == {"done"}
    assert len(second.jobs) == len(first.jobs)
    stamp = json.loads((out / "manifest.json").read_text())["build"]
    assert stamp["libraries"] == other


def test_shards_of_other_versions_are_not_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    opts = ("--only", "text", "--png-ppi", "20", "--jobs", "1")
    one = build_cli(kit, tmp_path / "one", *opts, "--shard", "1/2")
    with monkeypatch.context() as patched:
        other_reportlab(patched)
        two = build_cli(kit, tmp_path / "two", *opts, "--shard", "2/2")
    this = library_versions()["reportlab"]
    code, text = cli("manifest", "merge", "--kit", kit, one, two, "-o", tmp_path / "joined")
    assert (code, text) == (
        1,
        f"error[manifest.mismatch]: {two} was built with other libraries than {one}: "
        f"reportlab 4.4.0 ({this} there)\n"
        "  hint: install the same versions on every machine that builds a shard (pin them: "
        "docs/scale.md), then build that shard again\n"
        "1 error(s)\n",
    )
    assert not (tmp_path / "joined").exists()


def test_the_thai_word_list_is_part_of_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word added to text/thai_words.txt moves Thai line breaks: the code's version changes
    with it, as with a source file, so an incremental build sets its Thai texts again."""
    package = tmp_path / "campaign"
    (package / "text").mkdir(parents=True)
    (package / "text" / "breaks.py").write_text("# code\n")
    words = package / "text" / "thai_words.txt"
    words.write_text("ผู้เสียหาย\n", encoding="utf-8")
    monkeypatch.setattr(fingerprint, "PACKAGE", package)
    before = code_version()
    words.write_text("ผู้เสียหาย\nได้รับ\n", encoding="utf-8")
    assert code_version() != before


def test_a_pinned_code_version_is_the_code_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside `pinned_code_version` (a preview's life), a source file changed on disk (a
    `git pull` under a running preview) does not change the code's version: the process
    still runs the code it loaded, and what it caches is keyed by that. Outside, it does."""
    from campaign.pipeline.fingerprint import pinned_code_version

    package = tmp_path / "campaign"
    package.mkdir()
    source = package / "svgart.py"
    source.write_text("# the code loaded\n")
    monkeypatch.setattr(fingerprint, "PACKAGE", package)
    with pinned_code_version() as pinned:
        assert code_version() == pinned
        source.write_text("# the code pulled\n")
        assert code_version() == pinned
    assert code_version() != pinned


def test_the_preview_keeps_the_code_version_it_started_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A designer's trial: a preview reread the package's digest at each reload, so one left
    running across an update cached its old checks' results under the new code's key. While
    it serves, the code's version is the one it started with."""
    from campaign.serve.server import Preview

    package = tmp_path / "campaign"
    package.mkdir()
    source = package / "svgart.py"
    source.write_text("# the code loaded\n")
    monkeypatch.setattr(fingerprint, "PACKAGE", package)
    started = code_version()
    seen: list[str] = []

    def serving(self: Preview, watch: bool = True) -> None:
        source.write_text("# the code pulled\n")
        seen.append(code_version())
        self.httpd.server_close()
        raise KeyboardInterrupt

    monkeypatch.setattr(Preview, "serve", serving)
    code, out = cli("preview", "--kit", mini_copy(tmp_path / "kit"))
    assert code == 0, out
    assert seen == [started]
    assert code_version() != started
