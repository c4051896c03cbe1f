"""publishing.py's small parts, each on its own: the words of an OSError, the destinations
refused before anything moves (with the exact message: which folder, on which side of the
output folder), the folders a publish makes, and what an interruption says by default."""

from __future__ import annotations

import errno
import json
import os
import signal
from pathlib import Path

import pytest

from campaign import publishing
from campaign.diagnostics import DiagnosticsError
from campaign.output import MANIFEST
from campaign.publishing import (
    JOURNAL,
    Interrupted,
    Step,
    check_destinations,
    folders_to_make,
    reason,
    reason_of,
    recover,
)

from ..kits import NOT_PUBLISHED, output_tree
from .test_publishing import NEW, OLD, publish


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
        if Path(dst) != out / JOURNAL and not seen:
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
        if Path(dst) != out / JOURNAL:  # the journal is written
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
    """So that the command ends with 143 (terminated), not 130."""
    out = tmp_path / "out"
    publish(out, OLD)
    real, calls = os.replace, [0]

    def replace(src: Path, dst: Path) -> None:
        calls[0] += 1
        if calls[0] == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        real(src, dst)

    monkeypatch.setattr(publishing.os, "replace", replace)
    with pytest.raises(Interrupted) as caught:
        publish(out, NEW, gone="c")
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
        if Path(dst) != out / JOURNAL:
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
