"""What happens to each job, as it happens: Planned (all jobs), then per job Started and Done,
Skipped or Failed. Listeners
receive them in the plan's order (the CLI's progress bar and --json report are listeners)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .jobs import JobKey, JobResult


@dataclass(frozen=True)
class Planned:
    """Before any job runs: every job of this run, in plan order (a tuple; a spool.Spool when
    a build has nothing to do, whose jobs can be a merge's 10,000 or more)."""

    keys: Sequence[JobKey]


@dataclass(frozen=True)
class Started:
    key: JobKey


@dataclass(frozen=True)
class Done:
    result: JobResult


@dataclass(frozen=True)
class Skipped:
    """Not run: its inputs did not change since the previous build, whose files are kept."""

    result: JobResult


@dataclass(frozen=True)
class Failed:
    result: JobResult


Event = Planned | Started | Done | Skipped | Failed


class Listener(Protocol):
    def __call__(self, event: Event) -> None: ...


def ignore(event: Event) -> None:
    """The listener of a build nobody watches."""


def outcome(result: JobResult) -> Event:
    """The event that ends a job."""
    if result.status == "failed":
        return Failed(result)
    if result.status == "skipped":
        return Skipped(result)
    return Done(result)


@dataclass
class Recorder:
    """A listener that keeps every event (tests, reports)."""

    events: list[Event]

    def __call__(self, event: Event) -> None:
        self.events.append(event)
