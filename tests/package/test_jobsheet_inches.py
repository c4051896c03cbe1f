"""A US paper size's job-sheet row: its trim in inches as well as mm, and its 1/8 in bleed as
3.175 mm (a trial's US print shop read the preflight's "3.17" as "not 1/8 in", and ordered
by "8.5 x 11", which the sheet did not say)."""

from __future__ import annotations

import csv
import io

from campaign.kit import load_kit
from campaign.output import OutputFile
from campaign.package.jobsheet import inches, job_csv, job_rows, job_txt
from campaign.package.plan import Entry

from ..kits import ROOT


def entry(
    name: str,
    trim: tuple[float, float],
    bleed: float,
    material: str = "flyer-a5",
    office: str | None = None,
) -> Entry:
    f = OutputFile(
        path=f"flyer/{name}",
        material=material,
        language="en",
        format="pdf",
        variant="print",
        trim_mm=trim,
        pages=1,
        sha256="0" * 64,
        bytes=1,
        extra={"preflight": {"bleed_mm": bleed}, "output_condition": "CGATS TR 006"},
        office=office,
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


def test_a_custom_size_of_us_paper_gives_its_inches() -> None:
    """A custom 2 x 7 in bookmark (50.8 x 177.8 mm, `paper: us`) had its `trim_in` empty (a
    user's trial): the table knew only papers. Any size of a US paper (its layout's `paper:
    us`, or a US office's size of no paper family) is given in inches, in sixteenths when
    within 0.05 mm of them, else to 0.01 in; any other size only when both its sides are
    whole sixteenths within 0.01 mm."""
    assert inches((50.8, 177.8)) == "2 x 7"  # whole inches: of any paper
    assert inches((50.8, 177.8), us=True) == "2 x 7"
    assert inches((52.39, 150.0), us=True) == "2.0625 x 5.91"  # 2 1/16 in; 150 mm to 0.01 in
    assert inches((52.39, 150.0)) == ""  # of no US paper: not both sixteenths
    assert inches((52.39, 152.4)) == "2.0625 x 6"
    # 100 mm is 3 15/16 in and 0.0125 mm: a US office's, not an A-series size's
    assert inches((100.0, 100.0)) == ""
    assert inches((100.0, 100.0), us=True) == "3.9375 x 3.9375"
    assert inches((19.0, 300.0)) == ""  # within 0.05 mm of sixteenths, and no inch size
    assert inches((210.0, 297.0), us=True) == "8.27 x 11.69"
    assert inches((78.74, 150.0), us=True) == "3.1 x 5.91"  # 3.10 in: no trailing zero
    # near Letter, and not it: none, as of any paper (a print shop would order Letter)
    assert inches((216.0, 279.0), us=True) == inches((216.0, 279.0)) == ""
    kit = load_kit(ROOT)
    entries = [
        entry("letter-size.pdf", (100.0, 150.0), 3.175, material="flyer-letter"),
        entry("badge.pdf", (58.0, 58.0), 3.0, material="badge-58", office="new-york"),
        entry("badge-campaign.pdf", (58.0, 58.0), 3.0, material="badge-58"),
        entry("a5.pdf", (100.0, 150.0), 3.0),
        entry("bookmark.pdf", (50.8, 177.8), 3.175),
    ]
    rows = list(job_rows(kit, entries))
    assert [(r["file"], r["trim_in"]) for r in rows] == [
        ("letter-size.pdf", "3.9375 x 5.91"),  # its layout's `paper: us`
        ("badge.pdf", "2.28 x 2.28"),  # a badge (no paper family) of a US office
        ("badge-campaign.pdf", ""),
        ("a5.pdf", ""),
        ("bookmark.pdf", "2 x 7"),
    ]
    text = job_txt("t", rows).decode("utf-8")
    assert "  trim 50.8 x 177.8 mm (2 x 7 in), bleed 3.175 mm (1/8 in), CGATS TR 006," in text
