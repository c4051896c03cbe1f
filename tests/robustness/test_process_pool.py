"""Process pools: the default number of workers is the CPUs a container may use; the
manager thread of a process pool that the build is tearing down may fail (Python
3.11: "OSError: handle is closed", a traceback after "interrupted; nothing was published"
in 2 of 50 interrupted builds): its OSError is not shown. Every other thread's error is, and
so is that thread's before the teardown or of another kind."""

from __future__ import annotations

import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from campaign.pipeline import execute


def args(exc: BaseException, thread: threading.Thread) -> threading.ExceptHookArgs:
    return threading.ExceptHookArgs([type(exc), exc, None, thread])  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("stopped", "exc", "shown"),
    [
        (True, OSError("handle is closed"), False),
        (False, OSError("handle is closed"), True),  # a thread not being torn down
        (True, ValueError("a bug"), True),  # not an OSError
    ],
)
def test_only_an_os_error_of_a_thread_being_stopped_is_quiet(
    monkeypatch: pytest.MonkeyPatch, stopped: bool, exc: BaseException, shown: bool
) -> None:
    thread = threading.Thread()
    monkeypatch.setattr(execute, "_STOPPING", execute.weakref.WeakSet([thread] if stopped else []))
    seen: list[threading.ExceptHookArgs] = []
    execute._quiet_teardown(args(exc, thread), seen.append)
    assert [a.exc_value for a in seen] == ([exc] if shown else [])


def test_stopping_a_pool_marks_its_manager_thread_and_installs_the_hook_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", first.append)
    monkeypatch.setattr(execute, "_STOPPING", execute.weakref.WeakSet())
    managers = []
    for _ in range(2):
        pool = ProcessPoolExecutor(1, mp.get_context("fork"))
        pool.submit(int, "1").result()
        managers.append(pool._executor_manager_thread)  # type: ignore[attr-defined]
        execute._stop(pool)
    assert all(m in execute._STOPPING for m in managers)
    other = threading.Thread()
    assert other not in execute._STOPPING  # a later pool's thread is not quiet
    hook = threading.excepthook
    assert getattr(hook, "func", None) is execute._quiet_teardown
    assert hook.keywords == {"previous": first.append}  # type: ignore[attr-defined]
    hook(args(OSError("handle is closed"), other))
    hook(args(OSError("handle is closed"), managers[0]))
    assert len(first) == 1


def cgroup(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("files", "limit"),
    [
        ({}, None),  # no cgroup files: the affinity
        ({"cpu.max": "max 100000\n"}, None),  # v2, no limit
        ({"cpu.max": "150000 100000\n"}, 2),  # v2, 1.5 CPUs: rounded up
        ({"cpu.max": "100000 100000\n"}, 1),
        ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),  # v1
        ({"cpu/cpu.cfs_quota_us": "50000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 1),
        ({"cpu.max": "garbage\n"}, None),  # unreadable: no limit taken from it
    ],
)
def test_the_default_workers_are_the_cpus_a_container_may_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], limit: int | None
) -> None:
    monkeypatch.setattr(execute.os, "sched_getaffinity", lambda pid: set(range(32)))
    found = execute.available_cpus(cgroup(tmp_path, files))
    assert found == (32 if limit is None else limit)
