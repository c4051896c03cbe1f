"""publishing.py's small parts, each on its own: the words of an OSError, the destinations
refused before anything moves (with the exact message: which folder, on which side of the
output folder), the folders a publish makes, and what an interruption says by default."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from campaign import publishing
from campaign.diagnostics import DiagnosticsError
from campaign.output import MANIFEST
from campaign.publishing import (
    JOURNAL,
    LOCK,
    BuildLock,
    Interrupted,
    Journal,
    Step,
    check_destinations,
    folders_to_make,
    reason,
    reason_of,
    recover,
)

from ..kits import NOT_PUBLISHED, output_tree, signal_must_be_held
from .test_publishing import NEW, OLD, dead_pid, publish


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "no space left on device"),
        (OSError("Disk Full on /media"), "disk Full on /media"),  # no strerror: its text
        (PermissionError(), "PermissionError"),  # no words at all: its class, as spelt
    ],
)
def test_an_errors_words_are_the_systems_in_lower_case(exc: OSError, words: str) -> None:
    assert reason(exc) == words


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.EIO, "Input/output error", "/out/a.pdf"), "input/output error (/out/a.pdf)"),
        (OSError(errno.EIO, "Input/output error"), "input/output error"),  # no file named
        (RuntimeError("drawing failed"), "RuntimeError: drawing failed"),  # not the system's
    ],
)
def test_a_failures_reason_names_its_file(exc: BaseException, words: str) -> None:
    assert reason_of(exc) == words


def refusal(out: Path, steps: list[Step]) -> str:
    with pytest.raises(DiagnosticsError) as caught:
        check_destinations(out, out, steps)
    (d,) = caught.value.diagnostics
    assert d.code == "build.output"
    return d.message


def test_a_file_where_a_deep_folder_is_needed_is_named_by_its_path(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/b").write_text("not a folder\n")
    message = refusal(tmp_path, [Step("a/b/c/d.pdf", False, True)])
    assert message == f"cannot publish: {tmp_path}/a/b is a file, not a folder; {NOT_PUBLISHED}"


@pytest.mark.parametrize("missing", [os.W_OK, os.X_OK])
def test_a_folder_the_build_may_not_write_or_enter_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: int
) -> None:
    """Writing a file into a folder needs both the right to write in it and to enter it (root
    has both whatever the mode says, so os.access is answered here)."""
    real = os.access
    (tmp_path / "a").mkdir()

    def access(path: Path, mode: int) -> bool:
        return not (path == tmp_path / "a" and mode & missing) and real(path, mode)

    monkeypatch.setattr(publishing.os, "access", access)
    message = refusal(tmp_path, [Step("a/x.pdf", False, True)])
    assert message == f"cannot publish: {tmp_path}/a is not writable; {NOT_PUBLISHED}"


def test_an_output_folder_that_is_not_writable_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new folder is made in the output folder itself: that is the folder named."""
    real = os.access
    monkeypatch.setattr(publishing.os, "access", lambda p, m: p != tmp_path and real(p, m))
    message = refusal(tmp_path, [Step("new/x.pdf", False, True)])
    assert message == f"cannot publish: {tmp_path} is not writable; {NOT_PUBLISHED}"


def test_the_folders_every_new_file_needs_are_made_parents_first(tmp_path: Path) -> None:
    """Whatever the order of the steps: a removal first does not end the list."""
    (tmp_path / "kept").mkdir()
    steps = [
        Step("gone/old.pdf", True, False),
        Step("d/e/f.pdf", False, True),
        Step("kept/g.pdf", False, True),
        Step("d/h.pdf", False, True),
        Step("top.pdf", False, True),
    ]
    assert folders_to_make(tmp_path, steps) == ("d", "d/e")


def test_an_interruption_outside_publishing_published_nothing() -> None:
    """The signal handlers raise Interrupted(signum): nothing was published then."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        caught = Interrupted(signum)
        assert (caught.signum, caught.published) == (signum, False)
        assert isinstance(caught, KeyboardInterrupt)
    assert (Interrupted().signum, Interrupted().published) == (signal.SIGINT, False)


def test_the_journal_on_disk_is_pending_and_whole_before_the_first_move(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a killed build leaves for the next one to roll back: before any file moves, the
    journal says 'pending', names the staging folder, the folders to make and every step."""
    out = tmp_path / "out"
    publish(out, OLD)
    real, seen = os.replace, []

    def replace(src: Path, dst: Path) -> None:
        if (out / JOURNAL).exists() and Path(dst) != out / JOURNAL and not seen:
            seen.append(json.loads((out / JOURNAL).read_text(encoding="utf-8")))
        real(src, dst)

    monkeypatch.setattr(publishing.os, "replace", replace)
    publish(out, NEW, gone="c")
    (journal,) = seen
    assert journal == {
        "state": "pending",
        "staging": f".staging-{os.getpid()}",
        "folders": ["d"],
        "steps": [
            {"path": "a/a-en.pdf", "old": True, "new": True},
            {"path": "d/d-en.pdf", "old": False, "new": True},
            {"path": "c/c-en.pdf", "old": True, "new": False},
            {"path": "index.html", "old": True, "new": True},  # the gallery, then the manifest
            {"path": MANIFEST, "old": True, "new": True},
        ],
    }


def test_a_rollback_that_fails_too_names_the_folder_the_next_build_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """a/a-en.pdf is replaced (two moves), then every move fails, the moves back too: the
    message says both reasons and which folder the next build restores; the next command
    that opens it does."""
    out = tmp_path / "out"
    publish(out, OLD)
    before = output_tree(out)
    real, moves = os.replace, [0]

    def replace(src: Path, dst: Path) -> None:
        if (out / JOURNAL).exists() and Path(dst) != out / JOURNAL:  # a file move
            moves[0] += 1
            if moves[0] > 2:
                raise OSError(errno.EIO, "Input/output error", str(src))
        real(src, dst)

    monkeypatch.setattr(publishing.os, "replace", replace)
    with pytest.raises(DiagnosticsError) as caught:
        publish(out, NEW, gone="c")
    (d,) = caught.value.diagnostics
    assert d.code == "build.output"
    assert d.message == (
        f"cannot publish: input/output error ({out}/.staging-{os.getpid()}/d/d-en.pdf); "
        "rolling back failed too "
        f"(input/output error): the next build into {out}/ restores the previous output"
    )
    monkeypatch.setattr(publishing.os, "replace", real)
    assert (out / JOURNAL).exists()
    recover(out)
    assert output_tree(out) == before


def test_a_sigterm_held_while_the_files_move_is_raised_as_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So that the command ends with 143 (terminated), not 130. The signal comes at the first
    file move (the journal is written): inside the transaction."""
    out = tmp_path / "out"
    publish(out, OLD)
    real, sent = os.replace, []

    def replace(src: Path, dst: Path) -> None:
        if (out / JOURNAL).exists() and Path(dst) != out / JOURNAL and not sent:
            sent.append(os.getpid())
            os.kill(os.getpid(), signal.SIGTERM)
        real(src, dst)

    monkeypatch.setattr(publishing.os, "replace", replace)
    with signal_must_be_held(signal.SIGTERM), pytest.raises(Interrupted) as caught:
        publish(out, NEW, gone="c")
    assert sent
    assert (caught.value.signum, caught.value.published) == (signal.SIGTERM, True)


def test_a_staging_folder_that_cannot_be_deleted_does_not_fail_the_rollback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third move fails; rolling back puts every file back, but its staging folder cannot
    be deleted (every unlink inside it fails): the publish still reports one failure, nothing
    published, and the folder holds the old output; the next build sweeps what is left."""
    out = tmp_path / "out"
    publish(out, OLD)
    before = output_tree(out)
    real_replace, real_unlink, moves = os.replace, os.unlink, [0]

    def replace(src: Path, dst: Path) -> None:
        if (out / JOURNAL).exists() and Path(dst) != out / JOURNAL:  # a file move
            moves[0] += 1
            if moves[0] == 3:
                raise OSError(errno.EIO, "Input/output error", str(src))
        real_replace(src, dst)

    def unlink(path: object, *args: object, dir_fd: int | None = None) -> None:
        if dir_fd is not None:  # shutil.rmtree's, inside the folder it deletes
            raise OSError(errno.EIO, "Input/output error")
        real_unlink(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(publishing.os, "replace", replace)
    monkeypatch.setattr(publishing.os, "unlink", unlink)
    with pytest.raises(DiagnosticsError) as caught:
        publish(out, NEW, gone="c")
    monkeypatch.setattr(publishing.os, "unlink", real_unlink)
    monkeypatch.setattr(publishing.os, "replace", real_replace)
    assert caught.value.diagnostics[0].message == (
        f"cannot publish: input/output error ({out}/.staging-{os.getpid()}/d/d-en.pdf); "
        f"{NOT_PUBLISHED}"
    )
    assert not (out / JOURNAL).exists()
    publish(out, OLD)  # the next build: the same files again
    assert output_tree(out) == before
    assert not list(out.glob(".staging-*"))


def test_a_journal_that_cannot_be_read_stops_the_next_build_with_a_hint(tmp_path: Path) -> None:
    out, shown_as = tmp_path / "out", Path("site/out")
    out.mkdir()
    (out / JOURNAL).write_text("{}", encoding="utf-8")  # no "steps": cut short, or hand-edited
    with pytest.raises(DiagnosticsError) as caught:
        recover(out, shown_as)
    (d,) = caught.value.diagnostics
    assert (d.code, d.message, d.mark, d.hints) == (
        "build.output",
        f"site/out/{JOURNAL} cannot be read ('steps'): an interrupted publish cannot be finished",
        None,
        ("restore the output folder from a copy, or delete it and build again",),
    )
    assert (out / JOURNAL).read_text(encoding="utf-8") == "{}"  # left for the user


def test_a_rollback_that_fails_on_recovery_names_the_folder_and_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed build's pending journal whose backup cannot be moved back."""
    out = tmp_path / "out"
    backup = out / ".staging-1/.backup/a.pdf"
    backup.parent.mkdir(parents=True)
    backup.write_bytes(b"old a")
    Journal("pending", ".staging-1", (), (Step("a.pdf", True, False),)).write(out)

    def replace(src: Path, dst: Path) -> None:
        raise OSError(errno.EIO, "Input/output error", str(src))

    monkeypatch.setattr(publishing.os, "replace", replace)
    with pytest.raises(DiagnosticsError) as caught:
        recover(out, Path("site/out"))
    (d,) = caught.value.diagnostics
    assert (d.code, d.message) == (
        "build.output",
        "an interrupted publish in site/out/ cannot be rolled back (input/output error)",
    )
    assert backup.read_bytes() == b"old a"
    assert (out / JOURNAL).exists()  # the next build tries again


@pytest.mark.parametrize(
    ("content", "holder"),
    [(b"4242\n", "4242"), (b"", "unknown"), (b"42\xff\n", "42\ufffd")],
    ids=["pid", "empty", "not-ascii"],
)
def test_a_folder_another_process_holds_is_named_as_given_with_its_holder(
    tmp_path: Path, content: bytes, holder: str
) -> None:
    """Another process holds the lock (its own open file description here): the reader
    waiting to recover says which folder, as the user named it, and the pid in the lock
    file, whatever bytes that file holds."""
    out = tmp_path / "out"
    out.mkdir()
    (out / JOURNAL).write_text("{}", encoding="utf-8")
    (out / LOCK).write_bytes(content)
    fd = os.open(out / LOCK, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(DiagnosticsError) as caught:
            recover(out, Path("site/out"))
    finally:
        os.close(fd)
    assert caught.value.diagnostics[0].message == (
        f"another build is writing to site/out/ (pid {holder}); wait for it or use another -o"
    )


def test_a_lock_that_cannot_be_made_names_the_folder_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root may write anywhere: the lock file's creation is refused here instead."""
    real = os.open

    def refuse(path: Path, *args: int) -> int:
        if Path(path).name == LOCK:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args)

    monkeypatch.setattr(publishing.os, "open", refuse)
    with pytest.raises(DiagnosticsError) as caught, BuildLock(tmp_path, Path("site/out")):
        pass
    (d,) = caught.value.diagnostics
    assert (d.code, d.message) == (
        "build.output",
        f"site/out/ is not writable (permission denied); {NOT_PUBLISHED}",
    )


def test_the_lock_file_is_an_ordinary_file_holding_the_pid(tmp_path: Path) -> None:
    """rw-r--r-- under the usual umask 022: readable by all, executable by none."""
    previous = os.umask(0o022)
    try:
        with BuildLock(tmp_path, tmp_path):
            assert (tmp_path / LOCK).stat().st_mode & 0o777 == 0o644
            assert (tmp_path / LOCK).read_text() == f"{os.getpid()} build\n"
    finally:
        os.umask(previous)


def test_the_sweep_never_touches_what_is_not_a_killed_builds(tmp_path: Path) -> None:
    """Beside the output folder only `.<out>.staging-<pid>` of a process that is gone is
    deleted: pid 0 is no process; pid 1 is always alive; another folder whose name ends in
    the same digits is the user's; a living process is not signalled."""
    out = tmp_path / "out"
    publish(out, OLD)
    dead = dead_pid()
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        names = [
            ".out.staging-0",
            ".out.staging-1",
            f"{'u' * 13}{dead}",
            f".out.staging-{living.pid}",
        ]
        for name in names:
            (tmp_path / name).mkdir()
        publish(out, NEW, gone="c")
        assert living.poll() is None  # no signal sent
    finally:
        living.kill()
        living.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".out.staging-1", f"{'u' * 13}{dead}", f".out.staging-{living.pid}", "out"]
    )


def test_someone_elses_process_is_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process of another user cannot be signalled (EPERM) but exists."""

    def kill(pid: int, sig: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(publishing.os, "kill", kill)
    assert publishing.alive(4242)


def test_a_killed_builds_staging_folder_that_cannot_be_deleted_does_not_stop_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the output folder, and beside it (older code's)."""
    out = tmp_path / "out"
    publish(out, OLD)
    for left in (out / ".staging-1/a", tmp_path / f".out.staging-{dead_pid()}/a"):
        left.mkdir(parents=True)
        (left / "a-en.pdf").write_bytes(b"partial")
    real_unlink = os.unlink

    def unlink(path: object, *args: object, dir_fd: int | None = None) -> None:
        if dir_fd is not None and path == "a-en.pdf":  # shutil.rmtree's, in a staging folder
            raise OSError(errno.EIO, "Input/output error")
        real_unlink(path, *args, dir_fd=dir_fd)  # type: ignore[arg-type]

    monkeypatch.setattr(publishing.os, "unlink", unlink)
    publish(out, NEW, gone="c")
    monkeypatch.setattr(publishing.os, "unlink", real_unlink)
    assert (out / "d/d-en.pdf").read_bytes() == b"new d"


def test_a_lock_can_be_taken_again_once_released(tmp_path: Path) -> None:
    lock = BuildLock(tmp_path, tmp_path)
    for _ in range(2):
        with lock:
            assert (tmp_path / LOCK).read_text() == f"{os.getpid()} build\n"
        assert not (tmp_path / LOCK).exists()
