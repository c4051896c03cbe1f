"""A sheet of a merge's folder leaves out the files of records the folder's last merge did not
make (a row refused, a job failed), as the merge's combined file does, and says so
(`sheet.not-made`). An organiser's trial: `addis-walk`'s date became "TBC (after rainy
season)", the merge refused the row and kept its earlier files, and `sheet --event addis-walk`
imposed the earlier flyer, dated 30 July, exit 0, without a word."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from ..kits import ROOT, cli

HEAD = "event_id,language,title,date,venue\n"
GOOD = (
    HEAD + "walk,en,Blue Heart Walk,2026-07-30,City Park\nrun,en,Blue Heart Run,2026-07-30,Square\n"
)
FAST = ("--png-ppi", "10")
PROBLEM = (
    "row 3, column date (D): 'TBC (after rainy season)' is a placeholder ('TBC'): it would "
    "print on the event's documents, and every event needs a date"
)


def merge(data: Path, out: Path) -> tuple[int, str]:
    return cli("merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, *FAST)


def home(out: Path, sheet: Path, *more: str) -> tuple[int, str]:
    return cli(
        "sheet",
        "--kit",
        ROOT,
        "--from",
        out,
        "--material",
        "event-flyer-a5",
        "--home",
        "--up",
        "1",
        "-o",
        sheet,
        *more,
    )


def pages(sheet: Path) -> int:
    with pikepdf.open(sheet) as pdf:
        return len(pdf.pages)


def test_a_refused_row_s_earlier_flyer_is_left_out_of_the_sheet(tmp_path: Path) -> None:
    data, out, sheet = tmp_path / "events.csv", tmp_path / "out", tmp_path / "home.pdf"
    data.write_text(GOOD, encoding="utf-8")
    assert merge(data, out)[0] == 0
    data.write_text(
        GOOD.replace(
            "run,en,Blue Heart Run,2026-07-30", "run,en,Blue Heart Run,TBC (after rainy season)"
        ),
        encoding="utf-8",
    )
    code, text = merge(data, out)
    assert code == 1
    assert PROBLEM in text, text
    said = (
        f"the last merge into {out} did not make 1 record(s) of 'event-flyer-a5' (row 3 (event "
        "run) of events.csv refused), and the sheet leaves out their files of an earlier merge, "
        "as `merge --combined` leaves them out of its combined file"
    )
    hint = (
        f"  hint: mend the row(s) in events.csv (events.csv:3:4: {PROBLEM}), then merge again "
        f"(python generate.py merge event-flyer-a5 {data} --png-ppi 10 -o {out}) and make the "
        "sheet again"
    )
    # every event: the refused one left out, with a warning at the row's cell
    code, text = home(out, sheet)
    assert code == 0, text
    assert f"{data}:3:4: warning[sheet.not-made]: {said}: run [en]\n{hint}\n" in text, text
    assert pages(sheet) == 1  # walk alone, 1-up
    # --strict: an error, and nothing written
    sheet.unlink()
    code, text = home(out, sheet, "--strict")
    assert code == 1
    assert f"{data}:3:4: error[sheet.not-made]: {said}: run [en]\n{hint}\n" in text, text
    assert not sheet.exists()
    # the refused event alone: an error, nothing else to place
    code, text = home(out, sheet, "--event", "run")
    assert code == 1
    assert (
        f"{data}:3:4: error[sheet.not-made]: {said}: run [en]; nothing else is left for the "
        f"campaign kit\n{hint}\n"
    ) in text, text
    assert not sheet.exists()
    # the row mended and merged again: the sheet holds both, with nothing to say
    data.write_text(GOOD, encoding="utf-8")
    assert merge(data, out)[0] == 0
    code, text = home(out, sheet)
    assert code == 0, text
    assert "sheet.not-made" not in text
    assert pages(sheet) == 2


def test_a_record_whose_jobs_failed_is_left_out_of_the_sheet(tmp_path: Path) -> None:
    """A record whose jobs failed (a title too long for its slot) keeps its earlier files;
    the merge's manifest names its jobs (`failed_build`'s `failed_jobs`), and the sheet
    leaves them out, as the combined file does."""
    data, out, sheet = tmp_path / "events.csv", tmp_path / "out", tmp_path / "home.pdf"
    data.write_text(GOOD, encoding="utf-8")
    assert merge(data, out)[0] == 0
    long = "Blue Heart Run " * 40
    data.write_text(
        GOOD.replace("Blue Heart Walk", "Blue Heart Walk!").replace("Blue Heart Run", long),
        encoding="utf-8",
    )
    code, text = merge(data, out)
    assert code == 1
    assert "build.job-failed" in text, text
    code, text = home(out, sheet)
    assert code == 0, text
    assert (
        f"warning[sheet.not-made]: the last merge into {out} did not make 1 record(s) of "
        "'event-flyer-a5' (their jobs failed), and the sheet leaves out their files of an "
        "earlier merge, as `merge --combined` leaves them out of its combined file: run [en]\n"
        "  hint: mend what failed the records' jobs (the merge named it), then merge again "
        f"(python generate.py merge event-flyer-a5 {data} --png-ppi 10 -o {out}) and make the "
        "sheet again\n"
    ) in text, text
    assert pages(sheet) == 1


def test_a_template_the_merge_s_folder_lacks_names_what_it_holds(tmp_path: Path) -> None:
    """An organiser's trial asked a merge's folder of event-flyer-a4 for event-flyer-a5 and
    was told `build --only event-flyer-a5 -o FOLDER`, which puts the blank template into the
    merge's folder: the folder's materials are named, and an event template is merged, from
    the data file the folder's manifest names; a kit material is still built."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(GOOD, encoding="utf-8")
    code, text = cli(
        "merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, "--no-digital", "--no-png"
    )
    assert code == 0, text

    def asked(material: str) -> str:
        code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", material)
        assert code == 1
        return text

    assert asked("event-flyer-a4") == (
        f"error[sheet.select]: the build in {out} has no print PDF of 'event-flyer-a4' for the "
        "campaign kit\n"
        "  hint: the folder holds event-flyer-a5: --material event-flyer-a5\n"
        "  hint: 'event-flyer-a4' is an event template: merge the events into the folder, e.g. "
        f"python generate.py merge event-flyer-a4 {data} -o {out}\n"
        "1 error(s)\n"
    )
    assert asked("poster-a3") == (
        f"error[sheet.select]: the build in {out} has no print PDF of 'poster-a3' for the "
        "campaign kit\n"
        "  hint: the folder holds event-flyer-a5: --material event-flyer-a5\n"
        f"  hint: build it first, e.g. python generate.py build --only poster-a3 -o {out}\n"
        "1 error(s)\n"
    )


def test_a_template_the_folder_of_a_workbooks_sheet_lacks_is_merged_from_that_sheet(
    tmp_path: Path,
) -> None:
    """A folder merged from sheet July of a workbook of two sheets of events: the merge the
    hint quotes reads that sheet (--sheet July, the files' `data_sheet`); without it, the
    merge is refused, the workbook having two such sheets."""
    from openpyxl import Workbook

    data, out = tmp_path / "events.xlsx", tmp_path / "out"
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for name, event in (("July", "walk"), ("August", "run")):
        page = book.create_sheet(name)
        page.append(["event_id", "language", "title", "date", "venue"])
        page.append([event, "en", f"Blue Heart {event}", "2024-07-30", "Central Park"])
    book.save(data)
    code, text = cli(
        "merge", "--kit", ROOT, "event-flyer-a5", data, "--sheet", "July", "-o", out, *FAST
    )
    assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "event-flyer-a4")
    assert code == 1, text
    assert (
        "  hint: 'event-flyer-a4' is an event template: merge the events into the folder, e.g. "
        f"python generate.py merge event-flyer-a4 {data} --sheet July -o {out}\n"
    ) in text


def test_a_row_refused_by_an_earlier_merge_of_this_template(tmp_path: Path) -> None:
    """The flyer's merge refused `run`; a merge of the poster from the same rows after it keeps
    the flyer's refused row (the folder's stamp's `refused_earlier`): the flyer's sheet still
    leaves `run`'s earlier flyer out, and names the flyer's merge, not the poster's (a Manila
    organiser's trial: the A4 merge's stamp lost the A5's refused row)."""
    data, out, sheet = tmp_path / "events.csv", tmp_path / "out", tmp_path / "home.pdf"
    data.write_text(GOOD, encoding="utf-8")
    assert merge(data, out)[0] == 0
    data.write_text(GOOD.replace("Run,2026-07-30", "Run,TBC (after rainy season)"), "utf-8")
    assert merge(data, out)[0] == 1
    code, text = cli(  # options of its own: the flyer's merge is quoted with the flyer's
        "merge", "--kit", ROOT, "event-poster-a3", data, "-o", out, "--no-digital", *FAST
    )
    assert code == 1, text
    code, text = home(out, sheet)
    assert code == 0, text
    assert (
        f"{data}:3:4: warning[sheet.not-made]: the last merge of 'event-flyer-a5' into {out} did "
        "not make 1 record(s) (row 3 (event run) of events.csv refused), and the sheet leaves "
        "out their files of an earlier merge, as `merge --combined` leaves them out of its "
        "combined file: run [en]\n"
        f"  hint: mend the row(s) in events.csv (events.csv:3:4: {PROBLEM}), then merge again "
        f"(python generate.py merge event-flyer-a5 {data} --png-ppi 10 -o {out}) and make the "
        "sheet again\n"
    ) in text, text  # its --png-ppi was left out (misc63)
    assert pages(sheet) == 1  # walk alone
