"""A data file open in Excel or LibreOffice (its lock file beside it) is read as last saved:
a `merge.open` warning says its unsaved changes are not read (an organiser's trial: `merge`
read events2.xlsx, open in Excel with edits not saved, without a word). A lock file given as
the data file is refused at the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.merge.tables import read_table
from campaign.printorder import _read_table

from ..kits import ROOT, cli

DATA = "event_id,language,title,date,venue\nwalk,en,Blue Heart Walk,2026-07-30,City Park\n"
LOCKS = {"Excel": "~$e.csv", "LibreOffice": ".~lock.e.csv#"}


@pytest.mark.parametrize("program", list(LOCKS))
def test_a_data_file_open_in_a_spreadsheet_program_is_warned_of(
    tmp_path: Path, program: str
) -> None:
    data = tmp_path / "e.csv"
    data.write_text(DATA, encoding="utf-8")
    errs = Collector()
    read_table(data, errs)
    assert not errs.items  # no lock file: nothing to say
    (tmp_path / LOCKS[program]).write_bytes(b"\x0bSomeone   ")
    read_table(data, errs)
    assert [d.render() for d in errs.items] == [
        f"{data}: warning[merge.open]: e.csv is open in {program} ({LOCKS[program]} is beside "
        "it): its unsaved changes are not read\n"
        f"  hint: save it, or close it, in {program}, then run the command again; a lock file "
        f"that {program} left behind (it closed without ending) may be deleted once the file is "
        "open nowhere"
    ]


def test_merge_says_the_data_file_is_open(tmp_path: Path) -> None:
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(DATA, encoding="utf-8")
    (tmp_path / "~$e.csv").write_bytes(b"\x0bSomeone   ")
    args = ("merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, "--no-png", "--no-digital")
    code, text = cli(*args)
    assert code == 0, text
    assert (
        f"{data}: warning[merge.open]: e.csv is open in Excel (~$e.csv is beside it): its "
        "unsaved changes are not read\n"
    ) in text, text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "~$e.xlsx",
            "error[merge.read]: ~$e.xlsx is the lock file Excel keeps beside a workbook it has "
            "open, not a workbook\n  hint: merge e.xlsx (save it in Excel, or close it, first)",
        ),
        (
            ".~lock.e.xlsx#",
            "error[merge.read]: .~lock.e.xlsx# is the lock file LibreOffice keeps beside a file "
            "it has open, not a data file\n  hint: merge e.xlsx (save it in LibreOffice, or close "
            "it, first)",
        ),
    ],
)
def test_a_lock_file_given_as_the_data_is_refused_at_the_file(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "e.xlsx").write_bytes(b"PK")
    lock = tmp_path / name
    lock.write_bytes(b"\x0bSomeone   ")
    with pytest.raises(DiagnosticsError) as exc:
        read_table(lock, Collector())
    assert exc.value.render() == f"{lock}: {message}"


def test_a_print_order_open_in_excel_is_warned_of(tmp_path: Path) -> None:
    order = tmp_path / "order.csv"
    order.write_text("material,copies\nposter-a3,10\n", encoding="utf-8")
    (tmp_path / "~$order.csv").write_bytes(b"\x0bSomeone   ")
    _, found = _read_table(order)
    assert [d.render() for d in found.items] == [
        f"{order}: warning[package.order]: order.csv is open in Excel (~$order.csv is beside "
        "it): its unsaved changes are not read\n"
        "  hint: save it, or close it, in Excel, then run the command again; a lock file that "
        "Excel left behind (it closed without ending) may be deleted once the file is open "
        "nowhere"
    ]
