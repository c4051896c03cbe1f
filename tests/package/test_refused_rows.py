"""A merge's refused rows: its stamp keeps them, `package` names them in a warning and in the
job sheet (an office's trial: a row refused for its time, `isb-talk`, made no files, and
neither the package nor its job sheet told the print shop an event was missing)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from tests.kits import ROOT, before_summary, cli

HEAD = "event_id,language,title,date,time,venue\n"
GOOD = "a,en,A,2024-07-30,18:00,P\nb,en,B,2024-07-30,18:30,Q\nc,fr,C,2024-07-30,18:00,R\n"
BAD = GOOD.replace("18:30", "half past six")
PROBLEM = (
    "row 3, column time (E): 'half past six' is not a time: write it as HH:MM (24 h), "
    "e.g. 18:30, or a range, e.g. 18:00-20:00"
)
ARGS = ("--kit", ROOT, "--no-png", "--no-digital")


def merge(data: Path, out: Path) -> int:
    return cli("merge", "event-flyer-a5", data, *ARGS, "-o", out)[0]


def stamp(out: Path) -> dict[str, object]:
    found: dict[str, object] = json.loads((out / "manifest.json").read_text("utf-8"))["build"]
    return found


def package(out: Path, to: Path) -> tuple[str, str, list[dict[str, str]]]:
    """(what `package` printed, JOB-SHEET.txt, JOB-SHEET.csv's rows)."""
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", to)
    assert code == 0, text
    with zipfile.ZipFile(to / "campaign-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode()
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    return text, txt, rows


def refused_place(out: Path) -> str:
    lines = (out / "manifest.json").read_text("utf-8").splitlines()
    (n,) = [n for n, line in enumerate(lines, 1) if line.startswith('    "refused": ')]
    return f"{out / 'manifest.json'}:{n}:5"


def test_a_refused_row_is_in_the_stamp_the_warning_and_the_job_sheet(tmp_path: Path) -> None:
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + BAD, encoding="utf-8")
    assert merge(data, out) == 1  # a row refused: exit 1, the others published
    assert stamp(out)["refused"] == [
        {
            "data": "e.csv",
            "template": "event-flyer-a5",
            "office": None,
            "row": 3,
            "event": "b",
            "at": "3:5",
            "problem": PROBLEM,
        }
    ]
    manifest = (out / "manifest.json").read_bytes()
    assert merge(data, out) == 1  # the same data again: the same manifest
    assert (out / "manifest.json").read_bytes() == manifest
    text, txt, rows = package(out, tmp_path / "p")
    assert before_summary(text).endswith(
        f"{refused_place(out)}: warning[package.refused]: the last merge of e.csv into "
        "event-flyer-a5 refused 1 row(s), which made no files: the package has no file of "
        f"their events as e.csv gives them (row 3 (event b) at e.csv:3:5: {PROBLEM})\n"
        # the merge that refused them, as the stamp keeps it: the data file where it is (not
        # "e.csv", no file in the folder the command runs in) and its options
        "  hint: mend the rows in e.csv, then merge it again (python generate.py merge "
        f"event-flyer-a5 {data} --no-digital --no-png -o {out}) and package; or tell the "
        "print shop these events are not in it (its job sheet lists them as not made)\n"
        "1 warning(s), 2 note(s)\n"  # package.no-contact and package.no-previews (--no-png)
    )
    assert txt.split("\n\n")[1:3] == [
        # the campaign kit's job sheet: whom to ask, or that no one is named (a print shop's
        # trial found no word of it)
        "Questions about this job: no contact given; ask whoever sent the files (their "
        "materials/campaign.yaml has no e-mail or website)",
        "NOT MADE: rows of the data the last merge refused (no files made of them):\n"
        "  event-flyer-a5: the merge refused row 3 (event b) of e.csv "
        f"(e.csv:3:5: {PROBLEM})",
    ]
    assert rows[0] == {
        **{k: "" for k in rows[0]},
        "material": "event-flyer-a5",
        "event": "b",
        "status": "not made",
        "note": f"not made: the merge refused row 3 (event b) of e.csv (e.csv:3:5: {PROBLEM})",
        "sender": "campaign",  # the campaign kit's: no office's name or contacts
    }
    assert [r["file"] for r in rows[1:]] == ["event-flyer-a5-en-a.pdf", "event-flyer-a5-fr-c.pdf"]


def test_a_row_refused_after_a_good_merge_and_then_mended(tmp_path: Path) -> None:
    """A refused row keeps the files of its earlier merge: the job sheet says that the
    package's files of its event are of an earlier merge. Mended and merged again: no word."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + GOOD, encoding="utf-8")
    assert merge(data, out) == 0
    assert "refused" not in stamp(out)
    data.write_text(HEAD + BAD, encoding="utf-8")
    assert merge(data, out) == 1
    text, txt, rows = package(out, tmp_path / "p")
    assert "warning[package.refused]: the last merge of e.csv into event-flyer-a5 refused 1" in text
    assert rows[0]["note"] == (
        f"not made: the merge refused row 3 (event b) of e.csv (e.csv:3:5: {PROBLEM}); the "
        "files of this event in the package are of an earlier merge"
    )
    assert "event-flyer-a5-en-b.pdf" in [r["file"] for r in rows]
    data.write_text(HEAD + GOOD, encoding="utf-8")
    assert merge(data, out) == 0
    assert "refused" not in stamp(out)
    text, txt, rows = package(out, tmp_path / "p")
    assert "warning" not in text
    assert "NOT MADE" not in txt
    assert all(r["file"] for r in rows)
