"""The lock files a spreadsheet program keeps beside a file it has open: Excel's owner file
(`~$events.xlsx`) and LibreOffice's (`.~lock.events.xlsx#`). A data file beside one is open
there, and what is typed since it was last saved is not in it (a `merge.open` warning: an
organiser's trial merged a workbook open in Excel, and its unsaved edits were lost without
a word); a lock file given as the data file is refused (`merge.read`)."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Collector, Mark, failure

EXCEL = "~$"  # Excel's owner file: ~$ and the workbook's name
LIBREOFFICE = (".~lock.", "#")  # LibreOffice's (and OpenOffice's): .~lock.NAME#


def locked_name(path: Path) -> tuple[str, str] | None:
    """(the program, the name of the file it has open) when `path` is a lock file; else
    None."""
    name = path.name
    if name.startswith(EXCEL) and len(name) > len(EXCEL):
        return "Excel", name[len(EXCEL) :]
    head, tail = LIBREOFFICE
    if name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail):
        return "LibreOffice", name[len(head) : -len(tail)]
    return None


def refuse_lock_file(path: Path) -> None:
    """Raises DiagnosticsError `merge.read`, at the file, when `path` is a lock file, with
    the file it stands beside to merge instead."""
    locked = locked_name(path)
    if locked is None:
        return
    program, name = locked
    real = path.with_name(name)
    raise failure(
        "merge.read",
        f"{path.name} is the lock file {program} keeps beside a "
        + (
            "workbook it has open, not a workbook"
            if program == "Excel"
            else "file it has open, not a data file"
        ),
        Mark.file(path),
        f"merge {name}" + (f" (save it in {program}, or close it, first)" if real.exists() else ""),
    )


def lock_beside(path: Path) -> tuple[str, Path] | None:
    """(the program, its lock file) when `path` is open in Excel or LibreOffice (its lock
    file beside it); else None."""
    head, tail = LIBREOFFICE
    for program, lock in (
        ("Excel", path.with_name(EXCEL + path.name)),
        ("LibreOffice", path.with_name(head + path.name + tail)),
    ):
        if lock.is_file():
            return program, lock
    return None


def open_warning(path: Path, errs: Collector) -> None:
    """A `merge.open` warning into `errs`, at the data file, when it is open in Excel or
    LibreOffice: the file as last saved is read, not what is typed since."""
    found = lock_beside(path)
    if found is None:
        return
    program, lock = found
    errs.warn(
        "merge.open",
        f"{path.name} is open in {program} ({lock.name} is beside it): its unsaved changes "
        "are not read",
        Mark.file(path),
        f"save it, or close it, in {program}, then run the command again; a lock file that "
        f"{program} left behind (it closed without ending) may be deleted once the file is "
        "open nowhere",
    )


__all__ = ["locked_name", "lock_beside", "open_warning", "refuse_lock_file"]
