"""User-facing errors: every problem names a place (file:line:col) and, where possible, a fix.

Internal bugs stay plain exceptions; only what the user can fix derives from UserError.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click


@dataclass(frozen=True)
class Mark:
    """A position in a source file, 1-based like editors show it."""

    path: Path
    line: int
    col: int

    def __str__(self) -> str:
        return f"{display_path(self.path)}:{self.line}:{self.col}"


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where, what, and how to fix it."""

    message: str
    mark: Mark | None = None
    hints: tuple[str, ...] = ()
    severity: str = "error"

    def render(self) -> str:
        where = f"{self.mark}: " if self.mark else ""
        lines = [f"{where}{self.severity}: {self.message}"]
        lines += [f"  hint: {h}" for h in self.hints]
        return "\n".join(lines)


class UserError(click.ClickException):
    """A problem the user can fix; the CLI prints it without a traceback and exits 1."""

    exit_code = 1

    def __init__(self, diagnostics: Iterable[Diagnostic] | Diagnostic | str) -> None:
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic(diagnostics)]
        elif isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = list(diagnostics)
        super().__init__(self.render())

    def render(self) -> str:
        body = "\n".join(d.render() for d in self.diagnostics)
        errors = sum(1 for d in self.diagnostics if d.severity == "error")
        if errors > 1:
            body += f"\n{errors} errors"
        return body

    def format_message(self) -> str:
        return self.render()

    def show(self, file: object = None) -> None:
        click.echo(self.render(), err=True)


def source_error(message: str, mark: Mark | None, *hints: str) -> UserError:
    """One error at one place."""
    return UserError(Diagnostic(message, mark, tuple(hints)))


@dataclass
class Collector:
    """Collects diagnostics so validation can report every problem in one run."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        """Keep it unless the very same problem at the same place is already there (a broken
        file used by three layouts is one problem)."""
        if diagnostic not in self.items:
            self.items.append(diagnostic)

    def error(self, message: str, mark: Mark | None = None, *hints: str) -> None:
        self.add(Diagnostic(message, mark, tuple(hints)))

    def warn(self, message: str, mark: Mark | None = None, *hints: str) -> None:
        self.add(Diagnostic(message, mark, tuple(hints), severity="warning"))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        for d in other:
            self.add(d)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise UserError(self.items)


def did_you_mean(word: str, choices: Iterable[str]) -> tuple[str, ...]:
    """A 'did you mean' hint for a misspelt key or name, or none."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return (f"did you mean '{close[0]}'?",) if close else ()
