"""The project's sample contacts (addresses at example.org, a helpline whose country code
begins with 0: `+00 ...`) in a merged event's contact and link cells: an organiser who left
a form's sample values printed them on the event's flyers, as a real office's trial printed
the README's example.org address. They are a placeholder's error at the cell, as `TBD` is,
unless the row says it is a sample (a `sample` column holding true, as examples/events.csv's
made-up events do; `sample: true` in a YAML or JSON record, as an office's file says it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table

from ..kits import ROOT, cli

# where each cell goes: a contact cell is printed words; a link cell is also its QR code's
# and PDF link's address
CONTACT_END = "it would print on the event's documents"
LINK_END = (
    "it would print on the event's documents, and their QR code and PDF link would lead there"
)
FIX = "  hint: write the event's checked value, or leave the cell empty"
SAMPLE_HINT = (
    "  hint: an event made only to try the kit, never printed, says so: a column `sample` "
    "holding true (in a YAML or JSON record, `sample: true`)"
)
EXAMPLE_ORG = "'example.org', a name kept for examples"
NO_CODE = "a country code beginning with 0, which ITU-T E.164 gives no country"


def merged(path: Path) -> tuple[list[str], list[str]]:
    """The ids of the records the merge makes of `path`, and each diagnostic, its path left
    out."""
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    return [r.id for r in good], [d.render().replace(f"{path}:", "") for d in errs.items]


def test_a_sample_contact_or_link_in_a_real_events_row_is_an_error_at_its_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,contact,link\n"
        "walk,en,Walk,2026-07-30,Park,,https://example.org/walk\n"
        'run,en,Run,2026-07-30,Park,"Ana, +00 22 917 1234",\n'
        "ride,en,Ride,2026-07-30,Park,info@example.org,mailto:ride@example.org\n"
        "swim,en,Swim,2026-07-30,Pool,+41 22 917 1234,https://www.unodc.org/\n",
        encoding="utf-8",
    )
    made, said = merged(path)
    assert made == ["swim"]
    assert said == [
        f"2:7: error[merge.value]: row 2, column link (G): 'https://example.org/walk' is a "
        f"placeholder ({EXAMPLE_ORG}): {LINK_END}\n{FIX}\n{SAMPLE_HINT}",
        f"3:6: error[merge.value]: row 3, column contact (F): 'Ana, +00 22 917 1234' is a "
        f"placeholder ({NO_CODE}): {CONTACT_END}\n{FIX}\n{SAMPLE_HINT}",
        f"4:6: error[merge.value]: row 4, column contact (F): 'info@example.org' is a "
        f"placeholder ({EXAMPLE_ORG}): {CONTACT_END}\n{FIX}\n{SAMPLE_HINT}",
        f"4:7: error[merge.value]: row 4, column link (G): 'mailto:ride@example.org' is a "
        f"placeholder ({EXAMPLE_ORG}): {LINK_END}\n{FIX}\n{SAMPLE_HINT}",
    ]


def test_a_sample_rows_samples_are_its_own_and_any_other_placeholder_is_still_an_error(
    tmp_path: Path,
) -> None:
    """A row marked `sample` may hold the project's samples; `TBD` and example.com are no
    sample's (a sample's hint would not help: the error says only to write the value)."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,contact,link,Sample\n"
        "walk,en,Walk,2026-07-30,Park,+00 000 000 0000,https://example.org/walk,TRUE\n"
        "run,en,Run,2026-07-30,Park,TBD,,true\n"
        "ride,en,Ride,2026-07-30,Park,,https://example.com/ride,true\n"
        "swim,en,Swim,2026-07-30,Pool,,https://example.org/swim,false\n",
        encoding="utf-8",
    )
    made, said = merged(path)
    assert made == ["walk"]
    assert said == [
        f"3:6: error[merge.value]: row 3, column contact (F): 'TBD' is a placeholder ('TBD'): "
        f"{CONTACT_END}\n{FIX}",
        "4:7: error[merge.value]: row 4, column link (G): 'https://example.com/ride' is a "
        f"placeholder ('example.com', a name kept for examples): {LINK_END}\n{FIX}",
        f"5:7: error[merge.value]: row 5, column link (G): 'https://example.org/swim' is a "
        f"placeholder ({EXAMPLE_ORG}): {LINK_END}\n{FIX}\n{SAMPLE_HINT}",
    ]


@pytest.mark.parametrize("value", ["sample", "maybe", "2"])
def test_a_sample_cell_that_says_neither_true_nor_false_is_an_error_at_it(
    tmp_path: Path, value: str
) -> None:
    """A cell that may or may not mean a sample: the row is not made, rather than its
    example.org link printed (or a real event refused) on a guess; the link is not told
    again (its hint asked for the `sample` column the row has)."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,link,sample\n"
        f"walk,en,Walk,2026-07-30,Park,https://example.org/walk,{value}\n",
        encoding="utf-8",
    )
    made, said = merged(path)
    assert made == []
    assert said == [
        f"2:7: error[merge.value]: row 2, column sample (G): '{value}' does not say whether the "
        "event is a sample: the column holds true, for an event made only to try the kit, "
        "never printed\n"
        "  hint: write true for such an event; leave the cell empty (or write false) for a "
        "real one"
    ]


def test_a_yaml_forms_sample_link_is_an_error_at_its_line_unless_it_says_sample(
    tmp_path: Path,
) -> None:
    """examples/walk.yaml without its `sample: true`: the merge command names the file, the
    line and the column of the link, and makes nothing; with it, the flyer."""
    path = tmp_path / "walk.yaml"
    text = (
        "event_id: walk\nlanguage: en\ntitle: Walk\ndate: 2024-07-30\nvenue: Park\n"
        "link: https://example.org/walk\n"
    )
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ("merge", "event-flyer-a4", path, "--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, said = cli(*args)
    assert code == 1, said
    assert (
        f"{path}:6:7: error[merge.value]: record 1, field link: 'https://example.org/walk' is a "
        f"placeholder ({EXAMPLE_ORG}): {LINK_END}\n{FIX}\n{SAMPLE_HINT}\n"
    ) in said, said
    assert not list(out.rglob("*.pdf"))
    path.write_text(text + "sample: true\n", encoding="utf-8")
    code, said = cli(*args)
    assert code == 0, said
    assert "merge.value" not in said, said
    assert "merge.column" not in said, said
    assert len(list(out.rglob("*.pdf"))) == 1, said


def test_a_workbooks_true_cell_marks_a_sample(tmp_path: Path) -> None:
    """A spreadsheet's TRUE is a boolean cell in an XLSX file."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "link", "sample"])
    sheet.append(["walk", "en", "Walk", "2026-07-30", "Park", "https://example.org/w", True])
    sheet.append(["run", "en", "Run", "2026-07-30", "Park", "https://example.org/r", False])
    path = tmp_path / "events.xlsx"
    book.save(path)
    made, said = merged(path)
    assert made == ["walk"]
    assert [s.split(": error")[0] for s in said] == ["3:6"], said


def test_a_sample_events_files_are_packed_with_a_warning_and_marked(tmp_path: Path) -> None:
    """The examples' sample events went into the print ZIP with no word of it (an organiser's
    trial): their manifest entries say `sample`, `package` warns (package.sample, which
    --strict counts), and the job sheet marks their rows and lists them at its head. A real
    event of the same data is not marked."""
    import zipfile

    data, out, pkg = tmp_path / "e.csv", tmp_path / "out", tmp_path / "pkg"
    data.write_text(
        "event_id,language,title,date,venue,link,sample\n"
        "walk,en,Walk,2026-07-30,Park,https://example.org/walk,true\n"
        "swim,en,Swim,2026-07-30,Pool,https://www.unodc.org/,\n",
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg)
    assert code == 0, text
    assert (
        "warning[package.sample]: 1 print file(s) are of sample data, made only to try the "
        "kit, never for print (their events' `sample` cell is true): "
        "event-flyer-a5-en-walk.pdf; their job sheet rows say so\n"
        "  hint: send only real events' and offices' files: merge the real data (a `sample` "
        "cell empty or false), build for an office file without `sample: true`, or leave "
        "these out with package --only\n"
    ) in text
    with zipfile.ZipFile(pkg / "campaign-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
    assert (
        "\n\nSAMPLE DATA, NOT FOR PRINT (made only to try the kit): event-flyer-a5-en-walk.pdf\n\n"
    ) in txt
    assert "  event walk: Walk, 30 July 2026 [SAMPLE DATA: not for print]\n" in txt
    assert "  event swim: Swim, 30 July 2026\n" in txt
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg, "--strict")
    assert code == 1, text
    assert "error[package.sample]" in text


@pytest.mark.parametrize(
    ("value", "sample"),
    [
        ("Yes", True),
        ("1", True),
        ("no", False),
        # the forms' languages' words, as a French, Spanish or Portuguese sheet is typed
        ("oui", True),
        ("VRAI", True),
        ("Non", False),
        ("sí", True),
        ("Si", True),
        ("falso", False),
        ("Sim", True),
        ("não", False),
    ],
)
def test_a_forms_checkbox_words_say_sample_or_not(tmp_path: Path, value: str, sample: bool) -> None:
    """A form's checkbox exports Yes/No or 1/0: `yes` was refused as saying nothing (a trial);
    so was a Moroccan organiser's `oui` in a sheet of French headers."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,link,sample\n"
        f"walk,en,Walk,2026-07-30,Park,https://example.org/walk,{value}\n",
        encoding="utf-8",
    )
    made, said = merged(path)
    assert (made, bool(said)) == ((["walk"], False) if sample else ([], True)), said
    # a real event's example.org link is refused, not the word
    assert not any("does not say whether the event is a sample" in s for s in said), said
