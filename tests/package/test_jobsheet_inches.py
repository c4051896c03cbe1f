"""A US paper size's job-sheet row: its trim in inches as well as mm, and its 1/8 in bleed as
3.175 mm (a trial's US print shop read the preflight's "3.17" as "not 1/8 in", and ordered
by "8.5 x 11", which the sheet did not say)."""

from __future__ import annotations

import csv
import io

from campaign.kit import load_kit
from campaign.output import OutputFile
from campaign.package.jobsheet import job_csv, job_rows, job_txt
from campaign.package.plan import Entry

from ..kits import ROOT


def entry(name: str, trim: tuple[float, float], bleed: float) -> Entry:
    f = OutputFile(
        path=f"flyer/{name}",
        material="flyer-a5",
        language="en",
        format="pdf",
        variant="print",
        trim_mm=trim,
        pages=1,
        sha256="0" * 64,
        bytes=1,
        extra={"preflight": {"bleed_mm": bleed}, "output_condition": "CGATS TR 006"},
    )
    return Entry(f, name, "")


def test_a_us_size_gives_its_inches_and_an_eighth_inch_bleed_as_3_175_mm() -> None:
    kit = load_kit(ROOT)
    entries = [
        entry("letter.pdf", (215.9, 279.4), 3.17),  # as the preflight measures 1/8 in
        entry("tabloid-wide.pdf", (431.8, 279.4), 6.35),  # landscape, 1/4 in
        entry("a5.pdf", (148.0, 210.0), 3.0),
        entry("near-letter.pdf", (216.0, 279.0), 3.0),  # no inch size, though near Letter
    ]
    rows = list(job_rows(kit, entries))
    got = [(r["file"], r["trim_mm"], r["trim_in"], r["bleed_mm"]) for r in rows]
    assert got == [
        ("letter.pdf", "215.9 x 279.4", "8.5 x 11", "3.175"),
        ("tabloid-wide.pdf", "431.8 x 279.4", "17 x 11", "6.35"),
        ("a5.pdf", "148 x 210", "", "3"),
        ("near-letter.pdf", "216 x 279", "", "3"),
    ]
    read = list(csv.DictReader(io.StringIO(job_csv(rows).decode("utf-8-sig"))))
    assert [(r["trim_in"], r["bleed_mm"]) for r in read] == [
        ("8.5 x 11", "3.175"),
        ("17 x 11", "6.35"),
        ("", "3"),
        ("", "3"),
    ]
    text = job_txt("t", rows).decode("utf-8")
    assert "  trim 215.9 x 279.4 mm (8.5 x 11 in), bleed 3.175 mm (1/8 in), CGATS TR 006," in text
    assert "  trim 431.8 x 279.4 mm (17 x 11 in), bleed 6.35 mm (1/4 in), CGATS TR 006," in text
    assert "  trim 148 x 210 mm, bleed 3 mm, CGATS TR 006," in text
