"""Publishing as one transaction (publishing.py), on hand-made files in tmp_path: a failure at
every step rolls back to the old output byte for byte, a kill at every step is recovered to
the old output or the new one, destinations that cannot be written are refused before
anything moves, the lock, and the sweep of staging folders killed builds left."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign import publishing
from campaign.diagnostics import DiagnosticsError
from campaign.output import MANIFEST, OutputFile, Published, Staging
from campaign.package import load_manifest
from campaign.publishing import JOURNAL, LOCK, BuildLock, Interrupted, recover

from ..kits import NOT_PUBLISHED, output_tree, signal_must_be_held
from .test_output import meta

OLD = {"a/a-en.pdf": b"old a", "b/b-en.pdf": b"old b", "c/c-en.pdf": b"old c"}
# a replaced, b kept, c left the kit (removed), d new in a new folder
NEW = {"a/a-en.pdf": b"new a", "d/d-en.pdf": b"new d"}


def folders(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir())


def gallery(files: list[OutputFile]) -> dict[str, str]:
    return {"index.html": "\n".join(f.path for f in files) + "\n"}


def publish(out: Path, files: dict[str, bytes], gone: str = "") -> Published:
    """Stage `files` and publish them with a gallery; material `gone` left the kit."""
    with Staging(out) as staging:
        made = [staging.write(p, d, meta(material=p.split("/")[0])) for p, d in files.items()]
        return staging.publish(made, lambda f: f.material != gone, None, gallery)


def matches_manifest(out: Path) -> None:
    doc = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    listed = {e["path"]: e["sha256"] for e in doc["files"]}
    files = output_tree(out)
    assert set(files) == {*listed, MANIFEST, "index.html"}
    for path, sha in listed.items():
        assert files[path] == sha, path
    assert (out / "index.html").read_text(encoding="utf-8") == "".join(
        p + "\n" for p in sorted(listed)
    )


@pytest.fixture
def old_and_new(tmp_path: Path) -> tuple[dict[str, str], dict[str, str], list[str], list[str]]:
    """The old output's and the new output's files and folders (made in scratch folders)."""
    ref = tmp_path / "ref"
    publish(ref, OLD)
    old, old_folders = output_tree(ref), folders(ref)
    publish(ref, NEW, gone="c")
    assert sorted(output_tree(ref)) == [
        "a/a-en.pdf",
        "b/b-en.pdf",
        "d/d-en.pdf",
        "index.html",
        MANIFEST,
    ]
    assert "c" not in folders(ref)  # its folder went with its file
    return old, output_tree(ref), old_folders, folders(ref)


Op = Callable[..., object]


class Faults:
    """The file system changes of the publishing code (os.replace, os.mkdir, os.unlink,
    os.fsync, files opened for writing), logged; arm(n) makes the n-th raise EIO, once."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.target = -1

    def arm(self, n: int) -> None:
        self.log.clear()
        self.target = n

    def wrap(self, name: str, real: Op) -> Op:
        def call(*args: object, **kw: object) -> object:
            self.log.append(f"{name} {args[0]}")
            if len(self.log) - 1 == self.target:
                raise OSError(errno.EIO, "Input/output error", str(args[0]))
            return real(*args, **kw)

        return call


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    injected = Faults()
    for name in ("replace", "mkdir", "unlink", "fsync"):
        monkeypatch.setattr(publishing.os, name, injected.wrap(name, getattr(os, name)))
    real_open = Path.open

    def open_(self: Path, mode: str = "r", *args: object, **kw: object) -> object:
        if "w" in mode:
            return injected.wrap("open", lambda *_: real_open(self, mode, *args, **kw))(self)
        return real_open(self, mode, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_)
    return injected


def publish_new(out: Path, faults: Faults, n: int) -> DiagnosticsError | None:
    """Stage NEW, then publish it with the n-th step failing: the error, or None."""
    with Staging(out) as staging:  # staged before the fault is armed
        made = [staging.write(p, d, meta(material=p.split("/")[0])) for p, d in NEW.items()]
        faults.arm(n)
        try:
            staging.publish(made, lambda f: f.material != "c", None, gallery)
        except DiagnosticsError as exc:
            return exc
        finally:
            faults.target = -1
    return None


def test_a_failure_at_every_step_rolls_back_to_the_old_output(
    tmp_path: Path,
    old_and_new: tuple[dict[str, str], dict[str, str], list[str], list[str]],
    faults: Faults,
) -> None:
    old, new, old_folders, new_folders = old_and_new
    failed = 0
    for n in range(200):
        out = tmp_path / f"out-{n}"
        publish(out, OLD)
        error = publish_new(out, faults, n)
        step = faults.log[n] if n < len(faults.log) else "none"
        if error is None:  # past the commit point (or the last step): published
            recover(out)  # a cleanup step that failed is finished by the next build
            assert output_tree(out) == new, f"after a failure at {step}"
            assert folders(out) == new_folders
            if len(faults.log) <= n:
                break
            continue
        (d,) = error.diagnostics
        assert d.code == "build.output"
        assert d.message.startswith(
            ("cannot publish: input/output error (", "input/output error while writing ")
        ), d.message
        assert d.message.endswith(NOT_PUBLISHED), d.message
        failed += 1
        assert output_tree(out) == old, f"after a failure at {step}"
        assert folders(out) == old_folders, f"after a failure at {step}"
        matches_manifest(out)
    assert failed >= 15  # every move, the backups, the journal, the manifest, the gallery


def test_the_failure_message_names_the_step(tmp_path: Path, faults: Faults) -> None:
    dry, out = tmp_path / "dry", tmp_path / "out"
    for folder in (dry, out):
        publish(folder, OLD)
    assert publish_new(dry, faults, -1) is None
    n = faults.log.index(f"replace {dry / 'a/a-en.pdf'}")  # the first old file to its backup
    error = publish_new(out, faults, n)
    assert error is not None
    assert error.diagnostics[0].message == (
        f"cannot publish: input/output error ({out / 'a/a-en.pdf'}); {NOT_PUBLISHED}"
    )


def killed_at(out: Path, n: int) -> None:
    """Publish NEW over OLD in a forked child that dies (os._exit, as SIGKILL would leave it)
    at its n-th os.replace, os.unlink or os.rmdir (the moves, then the cleanup)."""
    pid = os.fork()
    if pid == 0:  # the child: no cleanup of any kind runs after os._exit
        count = [0]

        def dying(real: Op) -> Op:
            def call(*args: object, **kw: object) -> object:
                if count[0] == n:
                    os._exit(9)
                count[0] += 1
                return real(*args, **kw)

            return call

        for name in ("replace", "unlink", "rmdir"):
            setattr(publishing.os, name, dying(getattr(os, name)))
        try:
            publish(out, NEW, gone="c")
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status)


def test_a_kill_at_every_step_is_recovered_to_the_old_or_the_new_output(
    tmp_path: Path, old_and_new: tuple[dict[str, str], dict[str, str], list[str], list[str]]
) -> None:
    old, new, old_folders, new_folders = old_and_new
    seen = []
    for n in range(40):
        out = tmp_path / f"out-{n}"
        publish(out, OLD)
        killed_at(out, n)
        pending = (out / JOURNAL).exists()
        recover(out)  # what the next build, package or manifest merge does first
        assert not (out / JOURNAL).exists()
        with Staging(out):  # the next build sweeps the staging folder, deletes the lock file
            pass
        result = output_tree(out)
        assert result in (old, new), f"killed at step {n}"
        assert folders(out) == (old_folders if result == old else new_folders)
        matches_manifest(out)
        seen.append(("old" if result == old else "new", pending))
        if result == new and not pending:
            break  # the kill came after the whole transaction
    assert ("old", True) in seen  # rolled back
    assert ("new", True) in seen  # finished: killed after the commit point


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("a-file", "{out}/a is a file, not a folder"),
        ("d-file", "{out}/d is a file, not a folder"),
        ("folder", "{out}/a/a-en.pdf is a folder, not a file"),
        ("read-only", "{out}/a is not writable"),
    ],
)
def test_a_destination_that_cannot_be_written_is_refused_before_anything_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: str, message: str
) -> None:
    out = tmp_path / "out"
    publish(out, OLD)
    if make == "a-file":
        for p in (out / "a").iterdir():
            p.unlink()
        (out / "a").rmdir()
        (out / "a").write_text("not a folder\n")
    elif make == "d-file":
        (out / "d").write_text("not a folder\n")
    elif make == "folder":
        (out / "a/a-en.pdf").unlink()
        (out / "a/a-en.pdf").mkdir()
    else:  # chmod does not stop root: the check asks os.access
        real = os.access
        monkeypatch.setattr(publishing.os, "access", lambda p, m: p != out / "a" and real(p, m))
    before = output_tree(out)
    with pytest.raises(DiagnosticsError) as caught:
        publish(out, NEW, gone="c")
    (d,) = caught.value.diagnostics
    assert d.code == "build.output"
    assert d.message == f"cannot publish: {message.format(out=out)}; {NOT_PUBLISHED}"
    assert output_tree(out) == before


def test_a_second_build_into_the_same_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Staging(out), pytest.raises(DiagnosticsError) as caught, Staging(out):
        pass
    assert caught.value.diagnostics[0].message == (
        f"another build is writing to {out}/ (pid {os.getpid()}); wait for it or use another -o"
    )
    with Staging(out):  # the lock went with the first build
        pass
    assert not (out / LOCK).exists()


def test_the_lock_file_a_killed_build_left_does_not_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, OLD)
    (out / LOCK).write_text(f"{dead_pid()}\n")  # no process holds a lock on it
    publish(out, NEW, gone="c")
    assert not (out / LOCK).exists()


def test_a_reader_does_not_recover_a_publish_another_build_is_making(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, OLD)
    with Staging(out) as staging:
        (out / JOURNAL).write_text("{}")  # as if this build were publishing
        with pytest.raises(DiagnosticsError) as caught:
            recover(out)
        assert "another build is writing to" in caught.value.diagnostics[0].message
        (out / JOURNAL).unlink()
        assert staging.dir.is_dir()


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def test_staging_folders_killed_builds_left_are_swept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, OLD)
    dead, living = dead_pid(), os.getppid()
    left = [
        out / f".staging-{dead}/a/a-en.pdf",  # inside: every one but ours (under the lock)
        out / f".staging-{living}/a/a-en.pdf",
        tmp_path / f".out.staging-{dead}/a/a-en.pdf",  # beside (older code): dead ones
    ]
    for path in left:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"partial")
    alive = tmp_path / f".out.staging-{living}/a/a-en.pdf"  # a running build of older code
    alive.parent.mkdir(parents=True)
    publish(out, NEW, gone="c")
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".out.staging-{living}", "out"]
    assert alive.parent.is_dir()


def test_ctrl_c_while_the_files_move_is_held_until_they_are_in_place(
    tmp_path: Path,
    old_and_new: tuple[dict[str, str], dict[str, str], list[str], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, new, _, _ = old_and_new
    out = tmp_path / "out"
    publish(out, OLD)
    real, calls = os.replace, [0]

    def replace(*args: object) -> None:
        calls[0] += 1
        if calls[0] == 4:  # in the middle of the moves
            os.kill(os.getpid(), signal.SIGINT)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(publishing.os, "replace", replace)
    with signal_must_be_held(signal.SIGINT), pytest.raises(Interrupted) as caught:
        publish(out, NEW, gone="c")
    assert caught.value.published
    assert caught.value.signum == signal.SIGINT
    assert output_tree(out) == new


def test_package_and_sheets_recover_a_killed_publish_before_reading(
    tmp_path: Path, old_and_new: tuple[dict[str, str], dict[str, str], list[str], list[str]]
) -> None:
    old = old_and_new[0]
    out = tmp_path / "out"
    publish(out, OLD)
    killed_at(out, 4)  # in the middle of the moves
    assert (out / JOURNAL).exists()
    assert [f.path for f in load_manifest(out)] == sorted(OLD)
    assert not (out / JOURNAL).exists()
    assert not list(out.glob(".staging-*"))
    assert output_tree(out) == old


def test_a_lock_file_deleted_by_its_owner_meanwhile_is_taken_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between our open and our flock, the previous owner finished and deleted the file: a
    lock on it would lock nothing (the next build makes a new file)."""
    out = tmp_path / "out"
    out.mkdir()
    real, calls = publishing.fcntl.flock, []

    def flock(fd: int, op: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            (out / LOCK).unlink()
        real(fd, op)

    monkeypatch.setattr(publishing.fcntl, "flock", flock)
    with BuildLock(out, out) as lock:
        assert lock.fd is not None
        assert len(calls) == 2
        assert os.fstat(lock.fd).st_ino == os.stat(out / LOCK).st_ino
        assert (out / LOCK).read_text() == f"{os.getpid()} build\n"
    assert not (out / LOCK).exists()
