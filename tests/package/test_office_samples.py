"""An office file that says `sample: true` (its contacts are the project's samples): its print
files are marked as sample data wherever a sample event's are, and more: the job sheet's head
(`SAMPLE DATA, NOT FOR PRINT`, as docs/errors.md says of package.sample), each row's note in
the CSV and XLSX, the contact sheet's tiles and the index's list. A user's trial: `package`
warned "16 print file(s) are of sample data ... their job sheet rows say so", and none of the
job sheets, nor the contact sheet, said so."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from campaign.output import OutputFile
from tests.kits import cli

OFFICE = (
    "name: Test Office\nsample: true\nlanguages: [en, fr]\npaper: iso\n"
    "fields:\n  email: info@example.org\n"
)
ARGS = ("--office", "trial", "--only", "poster-a4", "--no-digital")
NOTE = "SAMPLE DATA, NOT FOR PRINT: trial.yaml says `sample: true`"
FILES = ["poster-a4-en-trial.pdf", "poster-a4-fr-trial.pdf"]


@pytest.fixture(scope="module")
def packed(module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    kit = module_kit_copy(**{"materials/offices/trial.yaml": OFFICE})
    out = tmp_path_factory.mktemp("office-sample") / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    pkg = out.parent / "pkg"
    code, said = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, said
    return {"kit": kit, "pkg": pkg, "said": said}


def _member(packed: dict, name: str) -> bytes:
    with zipfile.ZipFile(packed["pkg"] / "trial-print.zip") as z:
        return z.read(name)


def test_the_warning_names_the_office(packed: dict) -> None:
    assert (
        "warning[package.sample]: 2 print file(s) are of sample data, made only to try the "
        "kit, never for print (trial.yaml says `sample: true`): "
        f"{', '.join(FILES)}; their job sheet rows say so\n"
    ) in packed["said"]


def test_the_text_job_sheet_says_it_at_its_head_and_on_each_row(packed: dict) -> None:
    txt = _member(packed, "JOB-SHEET.txt").decode("utf-8")
    head = txt.partition("\nposter-a4-en-trial.pdf\n")[0]
    assert (
        f"\n\nSAMPLE DATA, NOT FOR PRINT (made only to try the kit): {', '.join(FILES)}\n\n"
    ) in head
    for name in FILES:  # each row's last line
        row = txt.split(f"\n{name}\n")[1].split("\n\n")[0].rstrip("\n")
        assert row.endswith(f"\n  NOTE: {NOTE}"), row


def test_the_csv_and_xlsx_rows_note_it(packed: dict) -> None:
    rows = csv.DictReader(io.StringIO(_member(packed, "JOB-SHEET.csv").decode("utf-8-sig")))
    assert {r["file"]: r["note"] for r in rows} == dict.fromkeys(FILES, NOTE)
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(_member(packed, "JOB-SHEET.xlsx"))).active
    assert sheet is not None
    head = [c.value for c in sheet[1]]
    notes = {r[0]: r[head.index("note")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert notes == dict.fromkeys(FILES, NOTE)


def test_the_index_lists_them_marked(packed: dict) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(packed["pkg"] / "trial-index.pdf")
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    lines = [line.strip() for line in text.splitlines()]
    files = lines[
        lines.index(
            "World Day Against Trafficking in Persons 2024 \u2013 Test Office (trial): files (4)"
        )
        + 1 :
    ]
    assert files == [
        "poster-a4-en-trial-preview.png (screen) [SAMPLE DATA: not for print]",
        "poster-a4-en-trial.pdf (print) [SAMPLE DATA: not for print]",
        "poster-a4-fr-trial-preview.png (screen) [DRAFT] [SAMPLE DATA: not for print]",
        "poster-a4-fr-trial.pdf (print) [DRAFT] [SAMPLE DATA: not for print]",
    ]
    # each tile's band, in the status line's place
    assert lines.count("SAMPLE DATA: NOT FOR PRINT") == 2, lines


def _file(office: str | None, extra: dict[str, object]) -> OutputFile:
    return OutputFile(
        path="p.pdf",
        material="poster-a4",
        language="en",
        format="pdf",
        variant="print",
        trim_mm=(210.0, 297.0),
        pages=1,
        sha256="0" * 64,
        bytes=1,
        extra=extra,
        office=office,
    )


def test_the_contact_sheet_s_tiles_and_its_line_say_it(packed: dict) -> None:
    from campaign.kit import load_kit
    from campaign.package.contact import band_label
    from campaign.package.plan import Entry

    kit = load_kit(packed["kit"])

    def band(office: str | None, extra: dict[str, object]) -> str:
        return band_label(kit, Entry(_file(office, extra), "", ""))

    assert band("trial", {}) == "SAMPLE DATA: NOT FOR PRINT"
    # over what else it would say (its texts in another language)
    texts = {"texts": {"of": 11, "printed": {"en": 11}}}
    assert band("trial", texts) == "SAMPLE DATA: NOT FOR PRINT"
    assert band(None, {"sample": True}) == "SAMPLE DATA: NOT FOR PRINT"  # a sample event's
    assert band(None, {}) == ""  # the campaign's, reviewed
    from PIL import Image

    sheet = Image.open(packed["pkg"] / "trial-contact-sheet.png").convert("RGB")
    from campaign.package.contact import (
        DRAFT_BAND,
        band_top,
        tile_origin,
    )

    for col in (0, 1):  # en, fr: each tile's band in the accent colour
        x, y = tile_origin(0, col)
        assert sheet.getpixel((x + 2, band_top(y) + 1)) == DRAFT_BAND


def test_a_combined_file_of_sample_files_says_so_in_its_note() -> None:
    """A merge's combined file names no event: its row's note says what of it is sample
    data (its office's file first, else how many of its events), and the text job sheet
    lists it at its head."""
    from campaign.kit import load_kit
    from campaign.merge.combine import Combined
    from campaign.package.jobsheet import combined_row, job_txt

    from ..kits import ROOT

    kit = load_kit(ROOT)
    real = replace(_file(None, {}), path="a.pdf")
    walk = replace(_file(None, {"sample": True}), path="b.pdf")
    rosea = replace(_file("trial", {"sample": True}), path="c.pdf")

    def note(*parts: OutputFile) -> str:
        return combined_row(kit, Combined("poster-a4-all.pdf", "poster-a4", "", 1, 2, parts))[
            "note"
        ]

    tail = "the 2 print PDF(s) of poster-a4 in this package, one after another by event id"
    assert note(real, walk) == (
        f"SAMPLE DATA, NOT FOR PRINT: 1 of its 2 events' `sample` cell is true; {tail}: print "
        "either them or this file, not both"
    )
    kit.offices["trial"] = replace(next(iter(kit.offices.values())), id="trial", sample=True)
    # the office's words, its events' cells or not (one group's files)
    assert note(rosea, replace(rosea, path="d.pdf", extra={})).startswith(
        f"SAMPLE DATA, NOT FOR PRINT: trial.yaml says `sample: true`; {tail}"
    )
    assert note(real, real).startswith(tail)
    row = combined_row(kit, Combined("poster-a4-all.pdf", "poster-a4", "", 1, 2, (real, walk)))
    assert "\n\nSAMPLE DATA, NOT FOR PRINT (made only to try the kit): poster-a4-all.pdf\n\n" in (
        job_txt("t", [row]).decode("utf-8")
    )


def test_a_gang_sheet_of_sample_badges_says_so_in_sheet_and_its_row(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A gang sheet of a sample office's badges, and a press sheet of its flyers: `sheet`'s
    summary says which of the files each places are sample data, and so does its job-sheet
    row's note, first, which the text job sheet's head lists. Both said nothing of them (a
    user's trial)."""
    kit = kit_copy(**{"materials/offices/trial.yaml": OFFICE})
    out, pkg = tmp_path / "out", tmp_path / "pkg"
    args = ("--office", "trial", "--only", "badge-58,flyer-a5", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    code, text = cli("sheet", "--kit", kit, "--from", out, "--office", "trial")
    assert code == 0, text
    said = (
        "SAMPLE DATA, NOT FOR PRINT: every file it places is sample data (trial.yaml says "
        "`sample: true`)"
    )
    lines = text.splitlines()
    wrote = next(i for i, line in enumerate(lines) if "; wrote " in line)
    # after the summary's lines (the page, what SRA4 itself holds, the places), before how
    # to print it
    assert lines[wrote + 3].startswith("the sheet holds 2 of its 9 places"), text
    assert lines[wrote + 4] == said, text
    assert lines[wrote + 5].startswith("print it at actual size"), text
    # a press sheet of flyers (sheets.cell_sheet) alike
    press = ("sheet", "--kit", kit, "--from", out, "--office", "trial", "--material")
    code, text = cli(*press, "flyer-a5", "--up", "2", "--lang", "en")
    assert code == 0, text
    assert f"; wrote {out / 'sheets/flyer-a5-2up-trial-en.pdf'}\n{said}\n" in text, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, text
    with zipfile.ZipFile(pkg / "trial-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
    notes = {r["file"]: r["note"] for r in rows if r["file"].startswith("sheets/")}
    assert sorted(notes) == ["sheets/badge-58-a4-trial.pdf", "sheets/flyer-a5-2up-trial-en.pdf"]
    assert notes["sheets/badge-58-a4-trial.pdf"].startswith(f"{said}; gang sheet of badges (")
    assert notes["sheets/flyer-a5-2up-trial-en.pdf"].startswith(f"{said}; press sheet (")
    assert (
        "\n\nSAMPLE DATA, NOT FOR PRINT (made only to try the kit): badge-58-en-trial.pdf, "
        "badge-58-fr-trial.pdf, flyer-a5-en-trial.pdf, flyer-a5-fr-trial.pdf, "
        "sheets/badge-58-a4-trial.pdf, sheets/flyer-a5-2up-trial-en.pdf\n\n"
    ) in txt


def test_a_sheet_s_sample_files_are_named_when_not_all_are() -> None:
    """A sheet placing the files of sample rows among others names them, by why
    (serve.described.samples_placed); none: ""."""
    from campaign.kit import load_kit
    from campaign.serve.described import samples_placed

    from ..kits import ROOT

    kit = load_kit(ROOT)
    real = replace(_file(None, {}), path="badge/badge-58-en-lyon-1.pdf")
    walk = replace(_file(None, {"sample": True}), path="badge/badge-58-en-lyon-2.pdf")
    vigil = replace(walk, path="badge/badge-58-fr-lyon-3.pdf")
    assert samples_placed(kit, [real, walk, vigil]) == (
        "2 of the 3 files it places are sample data: badge-58-en-lyon-2.pdf, "
        "badge-58-fr-lyon-3.pdf (its event's `sample` cell is true)"
    )
    assert samples_placed(kit, [walk, real]) == (
        "1 of the 2 files it places is sample data: badge-58-en-lyon-2.pdf (its event's "
        "`sample` cell is true)"
    )
    assert samples_placed(kit, [walk, vigil]) == (
        "every file it places is sample data (its event's `sample` cell is true)"
    )
    assert samples_placed(kit, [real]) == ""


def test_a_sample_events_row_says_it_in_its_event_not_again_in_its_note() -> None:
    """A sample event's file (its data's `sample` cell true): its job-sheet row's event says
    SAMPLE DATA (jobsheet.event_of), and its note does not say it again
    (jobsheet.sample_note: an office's sample file, whose row names no sample event, has
    the note); the text job sheet's head lists it."""
    from campaign.kit import load_kit
    from campaign.package.jobsheet import SAMPLE_EVENT, job_rows, job_txt, sample_note
    from campaign.package.plan import Entry

    from ..kits import ROOT

    kit = load_kit(ROOT)
    walk = replace(_file(None, {"sample": True}), path="poster-a4-en-walk.pdf", record="walk")
    assert sample_note(kit, walk) == ""
    (row,) = job_rows(kit, [Entry(walk, "poster-a4-en-walk.pdf", "")])
    assert row["event"] == f"walk {SAMPLE_EVENT}"
    assert row["note"] == ""
    assert (
        "\n\nSAMPLE DATA, NOT FOR PRINT (made only to try the kit): poster-a4-en-walk.pdf\n\n"
    ) in job_txt("t", [row]).decode("utf-8")
