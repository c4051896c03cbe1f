"""A merge's refused rows: its stamp keeps them, `package` names them in a warning and in the
job sheet (an office's trial: a row refused for its time, `isb-talk`, made no files, and
neither the package nor its job sheet told the print shop an event was missing)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl

from campaign.package import Refused
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
    """(what `package` printed, JOB-SHEET.txt, JOB-SHEET.csv's rows); JOB-SHEET.xlsx's rows
    are the CSV's."""
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", to)
    assert code == 0, text
    with zipfile.ZipFile(to / "campaign-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode()
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        sheet = openpyxl.load_workbook(io.BytesIO(z.read("JOB-SHEET.xlsx"))).active
    assert sheet is not None
    head, *values = list(sheet.iter_rows(values_only=True))
    assert [dict(zip(head, v, strict=True))["note"] or "" for v in values] == [
        r["note"] for r in rows
    ]
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
        # at the row's problem in the data file, where it is mended (it was at the stamp)
        f"{data}:3:5: warning[package.refused]: the last merge of e.csv into "
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
        "NOT MADE: rows of the data the last merge of their template refused (no files made "
        "of them):\n"
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
    # the data file no longer where the merge read it: the warning is at the stamp
    data.rename(tmp_path / "moved.csv")
    text, txt, rows = package(out, tmp_path / "p")
    assert f"\n{refused_place(out)}: warning[package.refused]: the last merge of e.csv" in text


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
    # the earlier merge's file says so on its own row (it said nothing)
    (kept,) = [r for r in rows if r["file"] == "event-flyer-a5-en-b.pdf"]
    assert kept["note"] == (
        f"an earlier merge's file: the last merge refused row 3 (event b) of e.csv (e.csv:3:5: "
        f"{PROBLEM}) and made no file of it; this one shows the event as an earlier merge had "
        "it: check it with the sender before printing"
    )
    assert f"\n  NOTE: {kept['note']}\n" in txt
    assert [r["note"] for r in rows if r["file"] not in ("", "event-flyer-a5-en-b.pdf")] == [
        "",
        "",
    ]
    data.write_text(HEAD + GOOD, encoding="utf-8")
    assert merge(data, out) == 0
    assert "refused" not in stamp(out)
    text, txt, rows = package(out, tmp_path / "p")
    assert "warning" not in text
    assert "NOT MADE" not in txt
    assert all(r["file"] for r in rows)


# a row with three problems: a day not in the calendar, a time not read, an empty venue
THREE = GOOD.replace("b,en,B,2024-07-30,18:30,Q", "b,en,B,2024-02-31,half past six,")
PROBLEMS = (
    "3 problems: "
    "1. e.csv:3:4: row 3, column date (D): '2024-02-31' is no day of the calendar (year 2024, "
    "month 2, day 31); "
    f"2. e.csv:3:5: {PROBLEM}; "
    "3. e.csv:3:6: row 3, column venue (F): 'venue' is empty; every event needs one"
)


def test_every_problem_of_a_refused_row_is_named(tmp_path: Path) -> None:
    """An organiser's trial: a row refused for a bad date, an empty venue and a phone typed
    as a number was named for its first problem alone. The stamp keeps each, in the order
    of their places; the warning (at the first), the not-made row, JOB-SHEET.txt's NOT MADE
    and the earlier file's row name all three, numbered."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + GOOD, encoding="utf-8")
    assert merge(data, out) == 0
    data.write_text(HEAD + THREE, encoding="utf-8")
    assert merge(data, out) == 1
    assert stamp(out)["refused"] == [
        {
            "data": "e.csv",
            "template": "event-flyer-a5",
            "office": None,
            "row": 3,
            "event": "b",
            "at": "3:4",
            "problem": "row 3, column date (D): '2024-02-31' is no day of the calendar (year "
            "2024, month 2, day 31)",
            "more": [
                {"at": "3:5", "problem": PROBLEM},
                {
                    "at": "3:6",
                    "problem": "row 3, column venue (F): 'venue' is empty; every event needs one",
                },
            ],
        }
    ]
    text, txt, rows = package(out, tmp_path / "p")
    assert (
        f"{data}:3:4: warning[package.refused]: the last merge of e.csv into event-flyer-a5 "
        "refused 1 row(s), which made no files: the package has no file of their events as "
        f"e.csv gives them (row 3 (event b), {PROBLEMS})\n"
    ) in text, text
    said = f"the merge refused row 3 (event b) of e.csv ({PROBLEMS})"
    earlier = "; the files of this event in the package are of an earlier merge"
    assert rows[0]["note"] == f"not made: {said}{earlier}"
    assert f"\n  event-flyer-a5: {said}{earlier}\n" in txt
    (kept,) = [r for r in rows if r["file"] == "event-flyer-a5-en-b.pdf"]
    assert kept["note"] == (
        f"an earlier merge's file: the last merge refused row 3 (event b) of e.csv ({PROBLEMS}) "
        "and made no file of it; this one shows the event as an earlier merge had it: check "
        "it with the sender before printing"
    )


def test_a_row_of_many_problems_names_the_first_five_and_counts_the_others() -> None:
    r = Refused(
        "e.csv",
        "event-flyer-a5",
        None,
        3,
        "b",
        "3:1",
        "p1",
        tuple((f"3:{n}", f"p{n}") for n in range(2, 8)),
    )
    assert r.problems == (
        "7 problems: 1. e.csv:3:1: p1; 2. e.csv:3:2: p2; 3. e.csv:3:3: p3; 4. e.csv:3:4: p4; "
        "5. e.csv:3:5: p5; and 2 more"
    )
    # a stamp of an earlier version keeps one problem: as it was said
    assert r._replace(more=()).problems == "e.csv:3:1: p1"
    assert r._replace(at="0:0", more=()).problems == "e.csv: p1"


def test_a_row_of_six_problems_counts_the_one_left_and_of_five_none() -> None:
    """Six problems: the first five named, "and 1 more"; five: each named, no count after."""
    r = Refused(
        "e.csv",
        "event-flyer-a5",
        None,
        3,
        "b",
        "3:1",
        "p1",
        tuple((f"3:{n}", f"p{n}") for n in range(2, 7)),
    )
    named = (
        "1. e.csv:3:1: p1; 2. e.csv:3:2: p2; 3. e.csv:3:3: p3; 4. e.csv:3:4: p4; 5. e.csv:3:5: p5"
    )
    assert r.problems == f"6 problems: {named}; and 1 more"
    assert r._replace(more=r.more[:4]).problems == f"5 problems: {named}"


def test_each_templates_last_merge_keeps_its_refused_rows(tmp_path: Path) -> None:
    """Two templates merged from one data file of a bad row into one folder: the job sheet
    names each template's refused row, and the second merge again has nothing to do. A
    Manila organiser's trial: the A4 merge's stamp replaced the A5's refused row, and
    `package --only event-flyer-a5` named the A4's alone."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + BAD, encoding="utf-8")
    assert merge(data, out) == 1
    assert cli("merge", "event-poster-a3", data, *ARGS, "-o", out)[0] == 1
    own = {"data": "e.csv", "office": None, "row": 3, "event": "b", "at": "3:5", "problem": PROBLEM}
    assert stamp(out)["refused"] == [{**own, "template": "event-poster-a3"}]
    assert stamp(out)["refused_earlier"] == [{**own, "template": "event-flyer-a5"}]
    manifest = (out / "manifest.json").read_bytes()
    code, text = cli("merge", "event-poster-a3", data, *ARGS, "-o", out)
    assert code == 1
    assert "nothing to do" in text
    assert (out / "manifest.json").read_bytes() == manifest
    text, txt, rows = package(out, tmp_path / "p")
    assert txt.split("\n\n")[2] == (
        "NOT MADE: rows of the data the last merge of their template refused (no files made "
        "of them):\n"
        f"  event-flyer-a5: the merge refused row 3 (event b) of e.csv (e.csv:3:5: {PROBLEM})\n"
        f"  event-poster-a3: the merge refused row 3 (event b) of e.csv (e.csv:3:5: {PROBLEM})"
    )
    assert [(r["material"], r["status"]) for r in rows if not r["file"]] == [
        ("event-flyer-a5", "not made"),
        ("event-poster-a3", "not made"),
    ]
    # each template's warning quotes the merge that makes its rows
    assert text.count("warning[package.refused]") == 2
    assert (
        f"{data}:3:5: warning[package.refused]: the last merge of e.csv into event-flyer-a5 "
        "refused 1 row(s)"
    ) in text
    # the data file where it was merged from (the options of that merge are not kept)
    assert f"merge it again (python generate.py merge event-flyer-a5 {data} -o {out})" in text
    # packed alone, a template names its own refused rows, not the other's
    code, text = cli(
        "package", "--kit", ROOT, "--from", out, "--only", "event-flyer-a5", "-o", tmp_path / "q"
    )
    assert code == 0, text
    assert text.count("warning[package.refused]") == 1
    assert "into event-flyer-a5 refused 1 row(s)" in text
    with zipfile.ZipFile(tmp_path / "q" / "campaign-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode()
    assert "  event-flyer-a5: the merge refused row 3" in txt
    assert "event-poster-a3: the merge refused" not in txt
    # merged again, the flyer's say replaces its own earlier one, not the poster's
    data.write_text(HEAD + GOOD, encoding="utf-8")
    assert merge(data, out) == 0
    assert "refused" not in stamp(out)
    assert stamp(out)["refused_earlier"] == [{**own, "template": "event-poster-a3"}]
