"""`printorder.read_order` on its own, against print files made up here (no build): every
diagnostic of an order, in the order they are said, each once."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector, Diagnostic, DiagnosticsError
from campaign.output import OutputFile
from campaign.printorder import MAX_TEXT, read_order

OFFICE = "asia"


def printed(
    material: str, lang: str, office: str | None = None, record: str | None = None
) -> OutputFile:
    name = "-".join(p for p in (material, lang, record, office) if p) + ".pdf"
    return OutputFile(
        name,
        material,
        lang,
        "pdf",
        "print",
        (148.0, 210.0),
        1,
        "0" * 64,
        1,
        office=office,
        record=record,
    )


FILES = (
    printed("flyer-a5", "en"),
    printed("flyer-a5", "ar"),
    printed("flyer-a5", "en", OFFICE),
    printed("event-flyer", "en", record="walk-a"),
    printed("event-flyer", "sw", record="walk-b"),
)


def said(diagnostics: list[Diagnostic]) -> list[tuple[str, str, int, int, str, tuple[str, ...]]]:
    return [
        (d.severity.value, d.code, d.mark.line if d.mark else 0, d.mark.col if d.mark else 0)
        + (d.message, d.hints)
        for d in diagnostics
    ]


def refused(tmp_path: Path, text: str) -> list[tuple[str, str, int, int, str, tuple[str, ...]]]:
    path = tmp_path / "order.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as caught:
        read_order(path, FILES, Collector())
    return said(caught.value.diagnostics)


def test_every_problem_of_an_order_is_said_once_warnings_first(tmp_path: Path) -> None:
    long = "x" * (MAX_TEXT + 1)
    assert refused(
        tmp_path,
        "material,language,office,event_id,copies,stock,finishing,paper,langauge\n"
        "flyer-a5,,,,10,,,,\n"
        "event-flyer,,,nowhere,5,,,,\n"
        f"flyer-a5,ar,,,5,{long},{long},,\n"
        "flyer-a5,,,,20,,,,\n"
        f"flyer-a5,fr,{OFFICE},,5,,,,\n",
    ) == [
        ("warning", "package.order", 1, 8, "order.csv: column 'paper' is not read")
        + (("the columns read: material, language, office, event_id, copies, stock, finishing",),),
        (
            "error",
            "package.order",
            1,
            9,
            "order.csv: column 'langauge' is not read: its lines would order other files "
            "than meant",
            ("did you mean 'language'?",),
        ),
        (
            "error",
            "package.order",
            3,
            4,
            "order.csv: row 3: the package has no print file of event-flyer for event 'nowhere'",
            ("its events: walk-a, walk-b",),
        ),
        (
            "error",
            "package.order",
            4,
            6,
            f"order.csv: row 4: the stock is {MAX_TEXT + 1} characters; at most {MAX_TEXT}",
            ("say it in a line: the paper and its weight, the finishing",),
        ),
        (
            "error",
            "package.order",
            4,
            7,
            f"order.csv: row 4: the finishing is {MAX_TEXT + 1} characters; at most {MAX_TEXT}",
            ("say it in a line: the paper and its weight, the finishing",),
        ),
        (
            "error",
            "package.order",
            5,
            1,
            "order.csv: row 5 orders the same files as row 2",
            ("keep one of the two lines",),
        ),
        (
            "error",
            "package.order",
            6,
            3,
            f"order.csv: row 6: the package has no print file of flyer-a5 in 'fr' for '{OFFICE}'",
            (f"{OFFICE}'s languages of flyer-a5: en",),
        ),
    ]


def test_a_missing_column_stops_before_the_rows(tmp_path: Path) -> None:
    """No row is read without its copies column: one error, after the column's warning."""
    assert refused(tmp_path, "material,paper\nflyer-a5,x\nflyer-a6,y\n") == [
        ("warning", "package.order", 1, 2, "order.csv: column 'paper' is not read")
        + (("the columns read: material, language, office, event_id, copies, stock, finishing",),),
        (
            "error",
            "package.order",
            1,
            1,
            "order.csv has no column 'copies'",
            (
                "name the columns in its first row: material, language, office, event_id, "
                "copies, stock, finishing (all but material and copies may be left out)",
            ),
        ),
    ]


def test_an_order_read_gives_its_lines_and_warns_of_files_left_out(tmp_path: Path) -> None:
    path = tmp_path / "order.csv"
    path.write_text(
        "material,language,event_id,copies,stock\n"
        "flyer-a5,,,10,silk\n"
        "flyer-a5,AR,,20,\n"
        "event-flyer,,WALK-A,5,gloss\n",
        encoding="utf-8",
    )
    errs = Collector()
    order = read_order(path, FILES, errs)
    assert {k: (v.copies, v.stock, v.mark.line, v.mark.col) for k, v in order.lines.items()} == {
        (None, "flyer-a5", None, None): (10, "silk", 2, 4),
        (None, "flyer-a5", "ar", None): (20, "", 3, 4),
        (None, "event-flyer", None, "walk-a"): (5, "gloss", 4, 4),
    }
    assert said(errs.items) == [
        (
            "warning",
            "package.order",
            0,
            0,
            "order.csv: 1 print file(s) have no line in the order (event-flyer-sw-walk-b.pdf): "
            "the job sheet leaves their copies empty",
            ("add a line for their material (and language), or one for the material alone",),
        )
    ]
