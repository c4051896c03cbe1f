"""Errors of the file system while a build of the mini kit stages or publishes, injected
in-process: a full disk (in this process and in a pool worker), a read-only output folder, a
rename across file systems; each is one diagnostic, exit 1, the previous output unchanged."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from campaign import publishing
from campaign.pipeline import execute

from ..kits import NOT_PUBLISHED, build, cli, mini_copy, output_tree


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return mini_copy(tmp_path / "kit")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fresh", [False, True])
def test_a_full_disk_while_staging_is_one_error(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, fresh: bool
) -> None:
    out = tmp_path / "new" / "out"
    before = {} if fresh else output_tree(build(kit, out, "--jobs", "1"))
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:  # inherited by forked workers
        if self.name == "text-en.pdf":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    code, text = cli("build", "--kit", kit, "-o", out, "--force", "--jobs", jobs, "-q")
    assert code == 1
    assert text == (
        "error[build.output]: no space left on device while writing text/text-en.pdf "
        f"(in {out}); {NOT_PUBLISHED}\n"
        "  hint: free space on its disk (or in your quota), or give -o a folder elsewhere; then "
        "run the command again\n"
        "1 error(s)\n"
    )
    if fresh:
        assert not (tmp_path / "new").exists()  # the folders the build made: gone again
    else:
        assert output_tree(out) == before  # no staging folder, no journal either


def test_the_output_folder_read_only_is_one_error_before_drawing(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = build(kit, tmp_path / "out", "--jobs", "1")
    before = output_tree(out)
    real = os.open

    def read_only(path: str | Path, *args: int, **kw: int) -> int:
        if Path(path).parent == out:  # the lock file: what a build writes first
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, *args, **kw)

    def draw(*_: object) -> None:
        raise AssertionError("drawn")

    monkeypatch.setattr(publishing.os, "open", read_only)
    monkeypatch.setattr(execute.Worker, "run", draw)
    code, text = cli("build", "--kit", kit, "-o", out, "--force", "--jobs", "1", "-q")
    monkeypatch.undo()
    assert code == 1
    assert text == (
        f"error[build.output]: {out}/ is not writable (read-only file system); {NOT_PUBLISHED}\n"
        "  hint: its disk is read-only: remount it writable, or give -o a folder elsewhere; then "
        "run the command again\n"
        "1 error(s)\n"
    )
    assert output_tree(out) == before


def test_no_rename_crosses_the_output_folder(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An output folder that is a mount point of its own (a Docker volume): any rename from
    outside it would fail with EXDEV."""
    out = build(kit, tmp_path / "out", "--jobs", "1")
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        inside = [Path(p).resolve().is_relative_to(out) for p in (src, dst)]
        if inside[0] != inside[1]:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(src), None, str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    build(kit, out, "--force", "--jobs", "1")
    (kit / "materials/strings/en.yaml").write_text(
        (kit / "materials/strings/en.yaml").read_text(encoding="utf-8").replace("Heart", "Hearts"),
        encoding="utf-8",
    )
    build(kit, out, "--jobs", "1")
    assert "text/text-en.pdf" in output_tree(out)
