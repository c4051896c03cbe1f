"""A process pool's manager thread that fails while the build stops the pool (Python 3.11:
"OSError: handle is closed", a traceback after "interrupted; nothing was published" in 2 of
50 interrupted builds) is not shown; every other thread's error still is."""

from __future__ import annotations

import threading
from concurrent.futures.process import _ExecutorManagerThread

import pytest

from campaign.pipeline import execute


class Manager(_ExecutorManagerThread):  # type: ignore[misc]
    def __init__(self) -> None:  # not started: only its type matters
        threading.Thread.__init__(self)


def args(exc: BaseException, thread: threading.Thread) -> threading.ExceptHookArgs:
    return threading.ExceptHookArgs([type(exc), exc, None, thread])  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("stopping", "thread", "exc", "shown"),
    [
        (True, "manager", OSError("handle is closed"), False),
        (False, "manager", OSError("handle is closed"), True),  # not while stopping
        (True, "other", OSError("handle is closed"), True),  # another thread
        (True, "manager", ValueError("a bug"), True),  # not an OSError
    ],
)
def test_only_the_managers_os_error_while_stopping_is_quiet(
    monkeypatch: pytest.MonkeyPatch, stopping: bool, thread: str, exc: BaseException, shown: bool
) -> None:
    event = threading.Event()
    if stopping:
        event.set()
    monkeypatch.setattr(execute, "_STOPPING", event)
    seen: list[threading.ExceptHookArgs] = []
    who = Manager() if thread == "manager" else threading.Thread()
    execute._quiet_teardown(args(exc, who), seen.append)
    assert [a.exc_value for a in seen] == ([exc] if shown else [])


def test_stopping_a_pool_installs_the_quiet_hook_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    first: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", first.append)
    monkeypatch.setattr(execute, "_STOPPING", threading.Event())
    for _ in range(2):
        pool = ProcessPoolExecutor(1, mp.get_context("fork"))
        pool.submit(int, "1").result()
        execute._stop(pool)
    assert execute._STOPPING.is_set()
    hook = threading.excepthook
    assert getattr(hook, "func", None) is execute._quiet_teardown
    assert hook.keywords == {"previous": first.append}  # type: ignore[attr-defined]
    hook(args(ValueError("x"), threading.Thread()))
    assert len(first) == 1
