"""`generate.py merge` as an organiser runs it: a spreadsheet of five events (one in Arabic, one
in Swahili, one with a missing cell, a UTF-8 byte order mark) gives one flyer per good event
and an error naming the bad row and column."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign import dates
from campaign.diagnostics import Collector, Mark
from campaign.merge.data import Table
from campaign.merge.events import Records, past_events
from campaign.model import Kit

from ..kits import ROOT, cli, output_tree

REAL_TODAY = dates.today  # before conftest's `campaign_day` pins it

# made-up events: the walk's contact and link are the project's samples (+00, example.org),
# which its `sample` cell says (a real event's are refused: merge.value)
ROWS = [
    "event_id,language,title,date,time,venue,organiser,contact,link,photo,sample",
    "walk-nairobi,sw,Matembezi ya Moyo wa Bluu,2024-07-30,08:00,Uhuru Park,Kikundi,"
    "+00 700 000 000,https://example.org/walk,walk.jpg,true",
    "talk-cairo,ar,ندوة,2024-07-30,18:30,المركز الثقافي,,,,,",
    "run-lyon,fr,Course du Cœur bleu,2024-07-28,10:00,Parc,Association,,,,",
    "vigil-london,en,Candle vigil,,20:00,Square,Group,,,,",
    "fair-dhaka,bn,নীল হৃদয় মেলা,2024-07-30,16:00,একাডেমি,,,,,",
]


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    root = tmp_path_factory.mktemp("merge")
    data = root / "events.csv"
    data.write_text("\n".join(ROWS) + "\n", encoding="utf-8-sig")
    images = root / "photos"
    images.mkdir()
    Image.new("RGB", (900, 1350), (30, 120, 60)).save(images / "walk.jpg")
    out = root / "out"
    code, text = cli(
        "merge",
        "event-flyer-a5",
        data,
        "--kit",
        ROOT,
        "-o",
        out,
        "--images",
        images,
        "--png-ppi",
        "20",
        "--jobs",
        "2",
        "--combined",
    )
    return out, code, text


def test_good_rows_make_flyers_and_the_bad_row_is_named(merged: tuple[Path, int, str]) -> None:
    out, code, text = merged
    assert code == 1  # a row had a problem
    assert (
        "events.csv:5:4: error[merge.value]: row 5, column date (D): 'date' is empty; every "
        "event needs one"
    ) in text
    assert (
        "4 record(s) from events.csv; built 4 print PDF(s), 4 digital PDF(s) and 4 PNG(s)" in text
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    made = sorted((f["record"], f["language"], f["variant"]) for f in manifest["files"])
    expected = [
        (r, lang, v)
        for r, lang in [
            ("fair-dhaka", "bn"),
            ("run-lyon", "fr"),
            ("talk-cairo", "ar"),
            ("walk-nairobi", "sw"),
        ]
        for v in ("digital", "print", "screen")
    ]
    assert made == expected
    assert (out / "event-flyer-a5" / "event-flyer-a5-sw-walk-nairobi.pdf").is_file()
    assert not any("vigil" in f["path"] for f in manifest["files"])


def test_each_flyer_shows_its_event_in_its_language(merged: tuple[Path, int, str]) -> None:
    out, _, _ = merged

    def text(name: str) -> str:
        doc = pdfium.PdfDocument(str(out / "event-flyer-a5" / name))
        return " ".join(doc[0].get_textpage().get_text_range().split())

    ar = text("event-flyer-a5-ar-talk-cairo-digital.pdf")
    assert "٣٠ تموز/يوليه ٢٠٢٤" in ar
    assert "المركز الثقافي" in ar
    fr = text("event-flyer-a5-fr-run-lyon-digital.pdf")
    assert "28 juillet 2024" in fr
    assert "Course du Cœur bleu" in fr
    sw = text("event-flyer-a5-sw-walk-nairobi-digital.pdf")
    assert "30 Julai 2024" in sw
    assert "+00 700 000 000" in sw
    assert "৩০ জুলাই, ২০২৪" in text("event-flyer-a5-bn-fair-dhaka-digital.pdf")


def test_the_qr_code_and_the_photo_are_the_events(merged: tuple[Path, int, str]) -> None:
    out, _, _ = merged
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    links = {
        f["record"]: f["extra"]["links"] for f in manifest["files"] if f["variant"] == "digital"
    }
    # the QR code's (and its printed caption's) link is the event's; the printed contact a
    # call (the digital PDF links the addresses and numbers it prints)
    walk = links["walk-nairobi"]
    assert "https://example.org/walk" in walk
    assert "https://www.unodc.org/blueheart/" not in walk
    assert "tel:+00-700-000-000" in walk
    assert "https://www.unodc.org/blueheart/" in links["talk-cairo"]  # no link: the campaign
    with pikepdf.open(out / "event-flyer-a5" / "event-flyer-a5-sw-walk-nairobi.pdf") as pdf:
        assert sum(len(p.get_images()) for p in pdf.pages) == 1  # the photo
    with pikepdf.open(out / "event-flyer-a5" / "event-flyer-a5-ar-talk-cairo.pdf") as pdf:
        assert sum(len(p.get_images()) for p in pdf.pages) == 0


def test_a_sheet_without_a_required_column_makes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date\nwalk,sw,T,2024-07-30\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", tmp_path / "out")
    assert code == 1
    assert "error[merge.column]: e.csv has no column 'venue'" in text
    assert not (tmp_path / "out").exists()
    assert "Traceback" not in text


def test_merged_flyers_go_two_up_for_an_office_printer(
    merged: tuple[Path, int, str], tmp_path: Path
) -> None:
    out, _, _ = merged
    sheet = tmp_path / "home.pdf"
    code, text = cli(
        "sheet",
        "--kit",
        ROOT,
        "--from",
        out,
        "--material",
        "event-flyer-a5",
        "--home",
        "-o",
        sheet,
    )
    assert code == 0, text
    assert "2-up for an office printer, 297 x 210 mm (landscape), at 93.4 %; 2 page(s)" in text
    with pikepdf.open(sheet) as pdf:
        forms = [sorted(str(k) for k in page.Resources.XObject.keys()) for page in pdf.pages]
    # the four events, two to a sheet, and the line naming it (sheets.slugs.flyer_home_lines)
    assert forms == [["/C0", "/C1", "/Slug"], ["/C0", "/C1", "/Slug"]]


def test_one_events_flyers_on_a_home_sheet(merged: tuple[Path, int, str], tmp_path: Path) -> None:
    """`--event`: one event's flyers, --copies times (an organiser's trial: a home sheet put
    the Arabic and the French events' flyers side by side, and nothing chose one). The
    sheet's default name says the event; an event the build has not is named, with its
    events."""
    out, _, _ = merged
    args = ("sheet", "--kit", ROOT, "--from", out, "--material", "event-flyer-a5", "--home")
    code, text = cli(*args, "--event", "run-lyon", "--copies", "4")
    assert code == 0, text
    sheet = out / "sheets" / "event-flyer-a5-a4-2up-home-run-lyon.pdf"
    assert f"; 2 page(s); wrote {sheet}" in text
    with pdfium.PdfDocument(str(sheet)) as pdf:
        pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    assert all(page.count("Course du Cœur bleu") == 2 for page in pages), pages
    assert not any("ندوة" in page for page in pages)
    code, text = cli(*args, "--event", "run-paris")
    assert code == 1
    assert (
        "error[sheet.select]: the build has no 'event-flyer-a5' of event(s) run-paris for the "
        "campaign kit\n  hint: its events: fair-dhaka, run-lyon, talk-cairo, walk-nairobi"
    ) in text
    code, text = cli(*args, "--event", "run-lyon", "--lang", "ar")  # an event not in ar
    assert code == 1
    assert (
        "error[sheet.select]: the build has no 'event-flyer-a5' of event(s) run-lyon in "
        "language(s) ar for the campaign kit\n  hint: built of event(s) run-lyon: fr\n"
    ) in text


def test_one_combined_pdf_of_every_flyer(merged: tuple[Path, int, str]) -> None:
    out, _, text = merged
    combined = out / "event-flyer-a5-all.pdf"
    assert f"all in one: {combined}" in text
    with pikepdf.open(combined) as pdf:
        assert len(pdf.pages) == 4  # bn, fr, ar, sw: in event_id order
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    first = pdfium.PdfDocument(str(combined))[0].get_textpage().get_text_range()
    assert "৩০ জুলাই, ২০২৪" in first  # fair-dhaka (bn) comes first
    # its own title and no one language (it took the first file's: one event, Bengali)
    title = (
        "World Day Against Trafficking in Persons: Event flyer A5, 4 file(s) (Arabic, Bengali, "
        "French, Swahili)"
    )
    with pikepdf.open(combined) as pdf:
        assert str(pdf.docinfo.Title) == title
        assert "/Lang" not in pdf.Root
        assert pdf.open_metadata()["dc:title"] == title
        # its own subject, languages and IDs (they were the first file's: one event's, in
        # Bengali)
        subject = "Event flyer A5: the print PDF of every event, one after another, by event id"
        assert str(pdf.docinfo.Subject) == subject
        meta = pdf.open_metadata()
        assert meta["dc:description"] == subject
        assert meta["dc:language"] == {"ar", "bn", "fr", "sw"}
        # its English words tagged as no one language (they kept the first file's, bn)
        xmp = pdf.Root.Metadata.read_bytes().decode()
        for key in ("title", "description"):
            alt = re.search(rf"<dc:{key}[^>]*>.*?</dc:{key}>", xmp, re.S)
            assert alt is not None
            assert re.findall(r'xml:lang="([^"]+)"', alt[0]) == ["x-default"]
        assert bytes(pdf.trailer.ID[0]) == bytes(pdf.trailer.ID[1])
        ids = {meta["xmpMM:DocumentID"]}
    for one in sorted((out / "event-flyer-a5").glob("*.pdf")):
        if not one.name.endswith("-digital.pdf"):
            with pikepdf.open(one) as pdf:
                ids.add(pdf.open_metadata()["xmpMM:DocumentID"])
    assert len(ids) == 5  # the combined file's and each event's own


def test_an_event_s_files_are_titled_with_the_event(merged: tuple[Path, int, str]) -> None:
    """Every event's files had the campaign's title and year: two events in one language had
    the same title. Then "Course du Cœur bleu: Event flyer A5 (French)", declared English
    (xml:lang): the title is the event's own in the file's language, and says so, then its
    material (its size, where no layout names it in the language: pipeline.renditions
    material_name), so that an event's flyer and poster are told apart; the subject names
    the material in English."""
    out, _, _ = merged
    for name, title, lang in [
        ("event-flyer-a5-fr-run-lyon.pdf", "Course du Cœur bleu, 148 × 210 mm", "fr"),
        ("event-flyer-a5-ar-talk-cairo-digital.pdf", "ندوة، 148 × 210 mm", "ar"),
    ]:
        with pikepdf.open(out / "event-flyer-a5" / name) as pdf:
            assert str(pdf.docinfo.Title) == title
            assert pdf.open_metadata()["dc:title"] == title
            xmp = pdf.Root.Metadata.read_bytes().decode()
        said = re.search(r"<dc:title[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
        assert said is not None
        assert re.findall(r'xml:lang="([^"]+)"', said[1]) == ["x-default", lang]
        about = re.search(r"<dc:description[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
        assert about is not None
        assert re.findall(r'xml:lang="([^"]+)"', about[1]) == ["x-default", "en"]
        assert "Event flyer A5, " in about[1]


@pytest.mark.parametrize(
    ("pattern", "error"),
    [
        ("{event_id}-{lang}", None),
        (
            "{lang}",
            "error[merge.name]: the name pattern '{lang}' has no {event_id}: two events "
            "would get one name",
        ),
        ("{event_id}/{lang}", "may use letters, digits, - _ and . besides its fields"),
        ("{event}-{lang}", "has unknown field(s): event"),
        (  # it named the files run-lyon-fr.pdf.pdf
            "{event_id}-{lang}.pdf",
            "error[merge.name]: the name pattern '{event_id}-{lang}.pdf' ends in '.pdf': each "
            "file gets its own ending (.pdf, -digital.pdf, -preview.png)\n"
            "  hint: leave it out: --name '{event_id}-{lang}'",
        ),
    ],
)
def test_a_name_pattern_names_the_files(tmp_path: Path, pattern: str, error: str | None) -> None:
    data = tmp_path / "e.csv"
    data.write_text(ROWS[0] + "\n" + ROWS[3] + "\n", encoding="utf-8")  # run-lyon, fr
    out = tmp_path / "out"
    code, text = cli(
        "merge",
        "event-flyer-a5",
        data,
        "--kit",
        ROOT,
        "-o",
        out,
        "--name",
        pattern,
        "--png-ppi",
        "10",
        "--no-digital",
    )
    if error is None:
        assert code == 0, text
        assert sorted(p.name for p in (out / "event-flyer-a5").iterdir()) == [
            "run-lyon-fr-preview.png",
            "run-lyon-fr.pdf",
        ]
    else:
        assert code == 1
        assert error in text
        assert not out.exists()


def test_the_json_report_of_a_merge_with_a_refused_row_is_not_ok(tmp_path: Path) -> None:
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue\nwalk,en,Walk,2024-07-30,Park\n"
        "run,en,Run,2024-13-30,Park\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital", "--json")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    report = json.loads(text)
    assert code == 1
    assert report["ok"] is False
    assert [d["code"] for d in report["diagnostics"]] == ["merge.value"]
    assert [j["status"] for j in report["jobs"]] == ["done"]  # the good row's flyer is made
    # its document made; the refused row made none (not a failed one): its error counted
    counts = {"made": 1, "kept": 0, "failed": 0, "errors": 1, "warnings": 0}
    notes = sum(d["severity"] == "note" for d in report["diagnostics"])  # none: a refused run
    assert report["counts"] == {**counts, "notes": notes}


@pytest.mark.parametrize("french", [False, True], ids=["title", "title_fr"])
def test_a_title_too_long_is_one_error_at_its_cell(tmp_path: Path, french: bool) -> None:
    """The title overflows its slot: one error at its cell. Its lines below the slot cover
    the date and the venue, and that was reported again as two overlaps at the layout file,
    which an organiser cannot change. A language's own title (title_fr) is told the same."""
    data = tmp_path / "e.csv"
    title = " ".join(["Extraordinarily"] * 40)
    row = f"long,fr,Walk,{title}" if french else f"long,en,{title},"
    data.write_text(
        f"event_id,language,title,title_fr,date,venue\n{row},2024-07-30,Park\n", encoding="utf-8"
    )
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital", "--json")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    report = json.loads(text)
    assert code == 1
    found = [
        (d["code"], d.get("file"), d.get("line"), d.get("column")) for d in report["diagnostics"]
    ]
    at = ("text.overflow", str(data), 2, 4 if french else 3)
    assert found == [at, ("build.job-failed", None, None, None)], found
    # the organiser's to shorten: not a 'short:' variant or a slot, which are the designer's
    assert report["diagnostics"][0]["hints"] == [
        "shorten it in the data (the cell named here): at its smallest size the slot holds no more"
    ]
    # told as the row's text, with how much of it fits (not "with its text variant")
    message = report["diagnostics"][0]["message"]
    assert re.search(
        r"the row's text does not fit slot 'title' even at [\d.]+ pt: about (\d+) of its 639 "
        r"characters fit$",
        message,
    ), message
    fit = int(re.search(r"about (\d+) of", message)[1])  # type: ignore[index]
    assert 100 < fit < 639


def test_combined_with_a_shard_is_refused(tmp_path: Path) -> None:
    """One shard's all-in-one file held its own records only, and joining the shards left
    none: the combined file is made after the join."""
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue\nw,en,W,2024-07-30,P\n", encoding="utf-8")
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--combined", "--shard", "1/2")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 2
    assert text.endswith(
        "Error: --combined makes one file of every record: join the shards first (manifest "
        "merge), then run this merge into the joined folder with --combined (nothing is drawn "
        "again)\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_row_gone_from_the_data_removes_its_file_and_says_why(tmp_path: Path) -> None:
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    data.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    data.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert "removed event-flyer-a5/event-flyer-a5-en-b.pdf (its row is not in the data)" in text
    assert not (out / "event-flyer-a5/event-flyer-a5-en-b.pdf").exists()


def test_a_column_meant_as_time_keeps_the_flyers_that_showed_it(tmp_path: Path) -> None:
    """The trial: `Start time` for `time` merged into the folder of a good merge was a
    warning, exit 0, and the flyer that showed 08:00 was made again without it. A header
    meant as time (`Start`; `Start time` is read as time since: column_names.ENGLISH_NAMES)
    is an error at its header; nothing is made, the earlier files are as they were."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    data.write_text("event_id,language,title,date,time,venue\na,en,A,2024-07-30,08:00,P\n")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    data.write_text("event_id,language,title,date,Start,venue\na,en,A,2024-07-30,08:00,P\n")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1, text
    assert (
        f"{data}:1:5: error[merge.column]: events.csv: column 'Start' is no column of "
        "the event templates, and the sheet has no 'time': its values would be lost\n"
        "  hint: did you mean 'time'? name the column time\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before


def test_a_date_and_time_column_makes_flyers_with_the_date_and_the_start(
    tmp_path: Path,
) -> None:
    """A sheet with `Date and time` and no date column made nothing ("no column 'date'"):
    each flyer shows the cell's date and its time as the start; a cell not read so is one
    error at its place, with the fix."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(
        "event_id,language,title,Date and time,venue\n"
        "walk,en,Walk,30/07/2024 18:30,Park\n"
        "run,en,Run,2024-07-31 25:00,Park\n",
        encoding="utf-8",
    )
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital"
    )
    assert code == 1, text
    assert (
        f"{data}:3:4: error[merge.value]: row 3, column Date and time (D): '2024-07-31 25:00' "
        "is not read as an event's date and its start time ('25:00' is not a time: write it "
        "as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00)\n"
        "  hint: write it as YYYY-MM-DD HH:MM, or split the column in two: date (YYYY-MM-DD) "
        "and time (HH:MM, the start)\n"
    ) in text
    doc = pdfium.PdfDocument(str(out / "event-flyer-a5" / "event-flyer-a5-en-walk.pdf"))
    shown = " ".join(doc[0].get_textpage().get_text_range().split())
    assert "30 July 2024" in shown
    assert "18:30" in shown
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [f["record"] for f in manifest["files"]] == ["walk"]


def test_iso_8601_date_times_make_flyers_with_their_zone(tmp_path: Path) -> None:
    """A review: a JSON export's or a form's date-times (2026-07-30T18:30:00.000Z) made
    nothing ("'18:30:00.000Z' is not a time"): the flyer shows the start with its zone. A
    time cell that says another start is used, and the When cell says so."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(
        "event_id,language,title,When,time,venue\n"
        "walk,en,Walk,2024-07-30T18:30:00.000Z,,Park\n"
        "run,en,Run,2024-07-31T18:30:00+02:00,19:00,Park\n",
        encoding="utf-8",
    )
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital"
    )
    assert code == 0, text
    assert (
        f"{data}:3:4: warning[merge.time]: row 3, column When (D): its time (18:30 UTC+2) is "
        "not the time cell's (19:00): the time cell's is used\n"
        "  hint: write the start in one of the two cells (empty the time cell to use this "
        "one), or the same time in both\n"
    ) in text
    shown = {}
    for event in ("walk", "run"):
        doc = pdfium.PdfDocument(str(out / "event-flyer-a5" / f"event-flyer-a5-en-{event}.pdf"))
        shown[event] = " ".join(doc[0].get_textpage().get_text_range().split())
    assert "30 July 2024" in shown["walk"]
    assert "18:30 UTC" in shown["walk"]
    assert "31 July 2024" in shown["run"]
    assert "19:00" in shown["run"]
    assert "18:30" not in shown["run"]


def test_a_second_data_file_does_not_remove_the_first_files_events(tmp_path: Path) -> None:
    """Two colleagues' spreadsheets merged into one folder: the second removed every event of
    the first ("its row is not in the data", exit 0). It is refused, with nothing lost,
    unless --replace says so; a file's own rows that are gone still go."""
    head = "event_id,language,title,date,venue\n"
    first, second, out = tmp_path / "lahore.csv", tmp_path / "dhaka.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    first.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    second.write_text(head + "c,en,C,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", first, *args)[0] == 0
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    code, text = cli("merge", "event-flyer-a5", second, *args)
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 2 event(s) from "
        "lahore.csv (a, b) that are not in dhaka.csv: this merge would remove them; nothing "
        "was made\n"
        "  hint: merge dhaka.csv into a folder of its own: -o out-dhaka\n"
        "  hint: or, to replace those events with this file's, add --replace\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before
    # the first file again, a row gone: its own file goes, as before
    first.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", first, *args)
    assert code == 0, text
    assert "removed event-flyer-a5/event-flyer-a5-en-b.pdf (its row is not in the data)" in text
    code, text = cli("merge", "event-flyer-a5", second, *args, "--replace")
    assert code == 0, text
    assert "removed event-flyer-a5/event-flyer-a5-en-a.pdf (its row is not in the data)" in text
    listed = {f["path"]: f for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert set(listed) == {"event-flyer-a5/event-flyer-a5-en-c.pdf"}
    assert listed["event-flyer-a5/event-flyer-a5-en-c.pdf"]["extra"]["data"] == "dhaka.csv"


def test_rows_refused_for_a_problem_are_in_the_data_for_the_other_data_check(
    tmp_path: Path,
) -> None:
    """The trial: a copy of events.csv with its dates written 30.07.27 was refused as "2
    event(s) from events.csv (addis-talk, nairobi-walk) that are not in
    mistake-date-dots.csv", though both were in it, refused for their dates: the dates'
    errors were not said. A refused row's event is in the data (its earlier files stay);
    the rows' errors are said, and said before a real other-data error."""
    head = "event_id,language,title,date,venue\n"
    first, second, out = tmp_path / "events.csv", tmp_path / "dots.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    first.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    second.write_text(head + "a,en,A,30.07.24,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", first, *args)[0] == 0
    before = (out / "event-flyer-a5/event-flyer-a5-en-a.pdf").read_bytes()
    code, text = cli("merge", "event-flyer-a5", second, *args)
    assert code == 1, text
    assert "merge.other-data" not in text
    assert (
        f"{second}:2:4: error[merge.value]: row 2, column date (D): '30.07.24' is not a date"
    ) in text
    assert (out / "event-flyer-a5/event-flyer-a5-en-a.pdf").read_bytes() == before
    # a gone from the data (its files still events.csv's: its row was refused; b's are
    # dots.csv's now, merged from it), x's row refused, c new: a's removal is refused, after
    # x's date
    second.write_text(head + "x,en,X,30.07.24,P\nc,en,C,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", second, *args)
    assert code == 1, text
    said = re.findall(r"error\[merge\.[a-z-]+\]", text)
    assert said == ["error[merge.value]", "error[merge.other-data]"], text
    assert "2 error(s)" in text
    assert "1 event(s) from events.csv (a) that are not in dots.csv" in text


def test_a_data_file_of_the_same_name_from_another_folder_is_another_file(
    tmp_path: Path,
) -> None:
    """ "events.csv" is a common name: a colleague's events.csv from another folder removed
    the first file's events ("removed 12 stale file(s)", exit 0), since entries named the
    data file alone. They keep a digest of its folder too; the same file merged again from
    its folder still removes its own gone rows."""
    head = "event_id,language,title,date,venue\n"
    (tmp_path / "mine").mkdir()
    (tmp_path / "theirs").mkdir()
    mine, theirs = tmp_path / "mine/events.csv", tmp_path / "theirs/events.csv"
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    mine.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    theirs.write_text(head + "c,fr,C,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", mine, *args)[0] == 0
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    code, text = cli("merge", "event-flyer-a5", theirs, *args)
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 2 event(s) from "
        "another folder's events.csv (a, b) that are not in events.csv: this merge would "
        "remove them; nothing was made\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before
    mine.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", mine, *args)
    assert code == 0, text
    assert "removed event-flyer-a5/event-flyer-a5-en-b.pdf (its row is not in the data)" in text


def test_a_merge_of_another_template_keeps_the_first_templates_files(tmp_path: Path) -> None:
    """Every template's merge goes to out-events/ by default: the posters' merge left no
    flyer ("its row is not in the data"). A merge removes the files of its own template's
    rows that are gone, only."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    data.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    flyers = set(output_tree(out)) - {"index.html", "manifest.json"}
    assert len(flyers) == 2
    code, text = cli("merge", "event-poster-a3", data, *args)
    assert code == 0, text
    assert "removed" not in text
    assert flyers <= set(output_tree(out))
    data.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-poster-a3", data, *args)
    assert code == 0, text
    assert "removed event-poster-a3/event-poster-a3-en-b.pdf (its row is not in the data)" in (text)
    assert text.count("removed event-") == 1
    files = set(output_tree(out))
    assert flyers <= files
    listed = {f["path"] for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert flyers | {"event-poster-a3/event-poster-a3-en-a.pdf"} == listed


def test_a_template_without_event_texts_is_named(tmp_path: Path) -> None:
    """`merge flyer-a5` (for event-flyer-a5) made the campaign's flyer once per record, exit 0,
    without a word, and `package` sent them as the events' flyers: it is an error naming the
    event templates, and nothing is made."""
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue\nw,en,W,2024-07-30,P\n", encoding="utf-8")
    out = tmp_path / "out"
    code, text = cli("merge", "flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png")
    assert code == 1, text
    assert not out.exists()
    assert (
        "layouts/flyer-a5.yaml:1:1: error[merge.template]: 'flyer-a5' shows none of an "
        "event's texts (event_contact, event_date, event_organiser, event_time, event_title, "
        "event_venue): each record's file is the campaign's own page\n"
        "  hint: merge into an event template: event-flyer-a4, event-flyer-a5, "
        "event-flyer-letter, event-poster-a3, event-poster-letter, event-poster-tabloid\n"
    ) in text
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png")
    assert code == 0, text
    assert "merge.template" not in text


def test_a_missing_images_folder_is_one_error(tmp_path: Path) -> None:
    """It was one "no JPEG or PNG ... in" error per row with a photo."""
    data = tmp_path / "e.csv"
    rows = "".join(f"w{i},en,W,2024-07-30,P,p{i}.jpg\n" for i in range(3))
    data.write_text("event_id,language,title,date,venue,photo\n" + rows, encoding="utf-8")
    missing = tmp_path / "photos"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "--images", missing)
    assert code == 2
    assert text.endswith(
        f"Error: Invalid value for '--images': Directory '{missing}' does not exist.\n"
    )


def test_the_summary_counts_rows_refused_and_their_problems(tmp_path: Path) -> None:
    """It said "4 problem(s) ...: those rows made no files", as if four rows were refused."""
    data = tmp_path / "bad.csv"
    data.write_text(
        "event_id,language,title,date,venue\na,en,A,2024-07-30,P\nb,en,,2024-13-30,\n"
        "c,xx,C,2024-07-30,P\nd,en,D,2024-07-30,P\n",
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    assert text.count("error[merge.value]") == 4  # row 3: title, date, venue; row 4: language
    *_, summary, count = text.splitlines()  # a failed merge ends with its count
    assert summary.endswith(
        "; 2 of 4 row(s) of bad.csv refused for 4 problem(s): they made no files"
    )
    assert summary.startswith("2 record(s) from bad.csv; built 2 print PDF(s)")
    assert count == "4 error(s)"


def test_problems_a_rows_value_causes_are_named_at_its_cell(tmp_path: Path) -> None:
    """A photo too small, a link too long for the QR code and an emoji were named at the
    layout's slot (or with the kit's hint: add a font), and told to enlarge the frame: they
    are the organiser's, at the cell, with what to do in the data."""
    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", (120, 180), (30, 90, 60)).save(images / "tiny.png")
    long = "https://example.org/" + "x" * 400
    data = tmp_path / "d.csv"
    data.write_text(
        "event_id,language,title,date,venue,link,photo,sample\n"
        "a,fr,Marche \U0001f600 bleue,2026-07-30,Parc,,,true\n"
        "b,fr,B,2026-07-30,P,,tiny.png,true\n"
        f"c,fr,C,2026-07-30,P,{long},,true\n",
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "--images", images, "-o", tmp_path / "out", "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    assert (
        f"{data}:2:3: error[text.no-glyph]: [fr] 'event_title': '\U0001f600' (U+1F600 GRINNING "
        "FACE) has no glyph in any font; needed by string(s) 'event_title' (event-flyer-a5)\n"
        "  hint: no font of the kit has it: remove it from the data (the cell named here), or "
        "write it another way\n"
    ) in text
    assert (
        f"{data}:3:7: error[image.low-ppi]: event-flyer-a5 / b slot 'photo': image 'tiny.png' "
        "prints at 80 ppi; at least 150 is needed\n"
        "  hint: use a larger photo in the data (the cell named here): 449 px wide for 300 ppi\n"
    ) in text
    assert f"{data}:4:6: error[layout.qr-small]: event-flyer-a5 / c [fr] slot 'qr': " in text
    assert (
        "  hint: shorten the link in the data (the cell named here): a shorter address has fewer "
        "modules\n"
    ) in text
    assert "layouts/event-flyer-a5.yaml" not in text


def test_a_combined_file_is_made_again_by_later_merges(tmp_path: Path) -> None:
    """A combined file from an earlier merge kept events since changed or removed, beside the
    files that show them as they are: a later merge into the folder makes it again."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    data.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args, "--combined")[0] == 0
    with pikepdf.open(out / "event-flyer-a5-all.pdf") as pdf:
        assert len(pdf.pages) == 2
    data.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert "(made again: an earlier merge made it)" in text
    with pikepdf.open(out / "event-flyer-a5-all.pdf") as pdf:
        assert len(pdf.pages) == 1


def test_a_combined_file_leaves_out_records_not_made_now(tmp_path: Path) -> None:
    """A record whose print job fails now (a letter no font has) or whose row is refused now
    (a bad date) keeps its earlier files on disk, but the combined file for the print shop
    is of the records as the data says them: those are left out, and named. When no record
    is left, the records' problems are shown with combine's, and the earlier combined file,
    of records not made now, is removed."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital", "--combined")
    good = "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\nc,en,C,2024-07-30,P\n"
    data.write_text(head + good, encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    a_before = (out / "event-flyer-a5/event-flyer-a5-en-a.pdf").read_bytes()
    data.write_text(
        head + "a,en,A \u07d2,2024-07-30,P\nb,en,B,2024-07-3x,P\nc,en,C2,2024-07-30,P\n",
        encoding="utf-8",
    )
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    combined = out / "event-flyer-a5-all.pdf"
    assert (
        f"all in one: {combined} (without the earlier print PDF(s) of 2 record(s) not made "
        "now: a [en], b [en])"
    ) in text
    with pikepdf.open(combined) as pdf:
        assert len(pdf.pages) == 1
        shown = pdfium.PdfDocument(str(combined))[0].get_textpage().get_text_range()
        assert "C2" in shown
    assert (out / "event-flyer-a5/event-flyer-a5-en-a.pdf").read_bytes() == a_before
    assert (out / "event-flyer-a5/event-flyer-a5-en-b.pdf").is_file()
    data.write_text(head + "a,en,A \u07d2,2024-07-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    assert "error[text.no-glyph]: [en] 'event_title'" in text
    assert f"error[merge.read]: no print PDF of 'event-flyer-a5' to combine in {out}" in text
    assert (
        f"; no combined file made (the earlier {combined} is left as it was: it shows records "
        "not made now)"
    ) in text
    assert combined.exists()  # an error loses nothing: named, not removed


def test_an_event_value_in_another_script_is_tagged_with_its_language(tmp_path: Path) -> None:
    """An English flyer whose venue is written in Arabic script: a screen reader reads that
    element with the language its /Lang names. A record also made in Urdu names Urdu (the
    event's own language in that script); one made in English alone takes CLDR's likely
    language of the script (Arabic). It was untagged: read as English."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        "talk-cairo,en,Talk,2024-07-30,المركز الثقافي\n"
        'walk-lahore,"en, ur",Walk,2024-07-30,قومی مرکز\n'
        "run-paris,en,Run,2024-07-30,Parc\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--jobs", "1"
    )
    assert code == 0, text

    def langs(name: str) -> dict[str, str]:
        path = out / "event-flyer-a5" / f"event-flyer-a5-en-{name}-digital.pdf"
        with pikepdf.open(path) as pdf:
            return {
                str(e.get("/ActualText", "") or e.get("/Alt", "")) or f"#{int(e.K)}": str(e.Lang)
                for e in pdf.Root.StructTreeRoot.K[0].K
                if "/Lang" in e
            }

    assert sorted(langs("talk-cairo").values()) == ["ar"]
    assert sorted(langs("walk-lahore").values()) == ["ur"]
    assert langs("run-paris") == {}


def test_a_hidden_rows_event_keeps_its_earlier_files(tmp_path: Path) -> None:
    """Hiding a row (or filtering it out) leaves it out of the merge, not out of the data: its
    event's earlier files stay (they were removed as "its row is not in the data")."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue"])
    sheet.append(["k1", "en", "Walk", "2024-07-30", "Park"])
    sheet.append(["k2", "en", "Run", "2024-07-30", "Road"])
    data = tmp_path / "events.xlsx"
    book.save(data)
    out = tmp_path / "out"
    args = ("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    assert cli(*args)[0] == 0
    k2 = out / "event-flyer-a5" / "event-flyer-a5-en-k2.pdf"
    assert k2.is_file()
    sheet.row_dimensions[3].hidden = True
    book.save(data)
    code, text = cli(*args)
    assert code == 0, text
    assert "removed" not in text
    assert "warning[merge.hidden]" in text
    assert k2.is_file()


@pytest.mark.parametrize("when", ["combining", "publishing"])
def test_ctrl_c_after_the_records_are_published_removes_the_stale_combined_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """Ctrl-C while the combined PDF was made said "nothing was published; the previous
    output is unchanged" over the new record files, and left the earlier -all.pdf showing the
    old titles; Ctrl-C held until publishing was done said "complete" beside it. Either way
    the records are published: the old combined file is removed and the message says so."""
    from campaign.merge import combine
    from campaign.pipeline import api
    from campaign.publishing import Interrupted

    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    data.write_text(head + "a,en,Old title,2024-07-30,P\n", encoding="utf-8")
    code, text = cli(*args, "--combined")
    assert code == 0, text
    all_pdf = out / "event-flyer-a5-all.pdf"
    assert all_pdf.is_file()
    data.write_text(head + "a,en,New title,2024-07-30,P\n", encoding="utf-8")
    if when == "combining":

        def stop(*_: object) -> Path:
            raise KeyboardInterrupt

        monkeypatch.setattr(combine, "combine", stop)
    else:
        build = api.build

        def held(*a: object, **k: object) -> object:
            build(*a, **k)  # type: ignore[arg-type]
            raise Interrupted(published=True)

        monkeypatch.setattr(api, "build", held)
    code, text = cli(*args)  # the earlier combined file: made again
    assert code == 130
    assert text.strip().splitlines()[-1] == (
        "interrupted after publishing: the new output is complete; event-flyer-a5-all.pdf was "
        "not made (the earlier one, which showed the records before this merge, is removed): "
        "merge again with --combined to make it (python generate.py merge event-flyer-a5 "
        f"{data} --kit {ROOT} -o {out} --no-png --no-digital --combined)"
    )  # this merge as typed, with --combined: not the words alone
    assert not all_pdf.exists()
    record = pdfium.PdfDocument(out / "event-flyer-a5/event-flyer-a5-en-a.pdf")
    assert "New title" in record[0].get_textpage().get_text_range()


@pytest.mark.parametrize(
    ("template", "data", "built"),
    [
        ("event-flyer-a5", "events.csv", "3 record(s) from events.csv; built 4 print PDF(s)"),
        ("event-flyer-a4", "walk.yaml", "1 record(s) from walk.yaml; built 1 print PDF(s)"),
    ],
)
def test_the_readmes_example_data_merges_cleanly(
    tmp_path: Path, template: str, data: str, built: str
) -> None:
    """The README's merge examples name examples/events.csv and examples/walk.yaml: they
    were not shipped, and a new user had to write their own."""
    code, text = cli(
        "merge", template, ROOT / "examples" / data, "--kit", ROOT,
        "-o", tmp_path / "out", "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    assert built in text
    assert "warning" not in text


def test_a_rows_french_title_is_the_french_flyers(tmp_path: Path) -> None:
    """examples/events.csv's walk is in English and French, with its French title in
    `title_fr`: the French flyer shows it, and is titled with it (the PDF's dc:title, which a
    screen reader reads first); the English flyer keeps the `title` column's."""
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", ROOT / "examples" / "events.csv", "--kit", ROOT,
        "-o", out, "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    shown = {}
    for lang in ("en", "fr"):
        path = out / "event-flyer-a5" / f"event-flyer-a5-{lang}-example-walk.pdf"
        with pikepdf.open(path) as pdf:
            title = str(pdf.open_metadata()["dc:title"])
        page = " ".join(pdfium.PdfDocument(path)[0].get_textpage().get_text_range().split())
        shown[lang] = (title, "Cœur bleu" in page, "Blue Heart walk" in page)
    assert shown == {
        "en": ("Blue Heart walk (example), Event flyer A5", False, True),
        "fr": ("Marche Cœur bleu (exemple), 148 × 210 mm", True, False),
    }


def test_the_events_link_is_printed_under_its_qr_code(tmp_path: Path) -> None:
    """An event flyer's QR code held the event's link and nothing printed it, for those who
    do not scan: a web address, an e-mail address or a phone number is printed under it as
    print shows it (no scheme); one too long for the slot's two lines is left out with a
    warning at its cell (the QR code still holds it), not a failed flyer."""
    data = tmp_path / "e.csv"
    long = "https://www.example.org/events/2026/" + "-".join(["walk"] * 20)
    data.write_text(
        "event_id,language,title,date,venue,link,sample\n"
        "web,en,Walk,2026-07-30,Park,https://example.org/walk,true\n"
        "mail,fr,Marche,2026-07-30,Parc,info@example.org,true\n"
        "tel,ar,مسيرة,2026-07-30,حديقة,tel:+41-22-917-1234,true\n"
        f"long,en,Run,2026-07-30,Park,{long},true\n"
        "none,en,Run,2026-07-30,Park,,true\n"
        # a word of a link is never hyphenated (the hyphen would be typed): it breaks before
        # a full stop (it was left out), else it is left out
        "hy,en,Run,2026-07-30,Park,registration@example.org,true\n"
        "hy2,en,Run,2026-07-30,Park,https://example.org/blueheartwalk2026registration,true\n"
        # set left to right on an Arabic page: ext=55;+41... was printed
        "ext,ar,مسيرة,2026-07-30,حديقة,tel:+41-22-917-1234;ext=55,true\n"
        # a character no font has: left out, the flyer made
        "glyph,en,Run,2026-07-30,Park,https://example.org/\U0001f600,true\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert (
        f"{data}:5:6: warning[text.omitted]: event-flyer-a5 / long [en] 'event_link': slot "
        f"'qr-link' is left out: '{long.removeprefix('https://')}' does not fit it even at 6 pt\n"
        "  hint: change it in the data (the cell named here) to have it printed\n"
    ) in text
    below = {}
    for name, lang in (
        ("web", "en"),
        ("mail", "fr"),
        ("tel", "ar"),
        ("long", "en"),
        ("none", "en"),
        ("hy", "en"),
        ("hy2", "en"),
        ("ext", "ar"),
        ("glyph", "en"),
    ):
        page = pdfium.PdfDocument(out / "event-flyer-a5" / f"event-flyer-a5-{lang}-{name}.pdf")[0]
        words = page.get_textpage().get_text_range().split()
        below[name] = [w for w in words if "example" in w or "+41" in w or w == ".org"]
    assert below == {
        "web": ["example.org/walk"],
        "mail": ["info@example.org"],
        "tel": ["+41-22-917-1234"],
        "long": [],
        "none": [],
        "hy": ["registration@example", ".org"],
        "hy2": [],
        "ext": ["+41-22-917-1234;ext=55"],
        "glyph": [],
    }
    assert "'registration@example.org' does not fit" not in text
    assert "'qr-link' is left out: 'example.org/blueheartwalk2026registration' does not fit" in text
    assert "'qr-link' is left out: 'example.org/\U0001f600' has '\U0001f600' (U+1F600" in text


def test_a_new_french_title_rebuilds_the_french_flyer_only(tmp_path: Path) -> None:
    """A row's title_fr is the French flyer's alone: changing it rebuilt the English flyer too
    (the record's fingerprint held every language's values). Dropping a language from the row
    does rebuild the others: a file tags a text in another script with one of the row's
    languages."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    head = "event_id,language,title,title_fr,date,venue\n"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    built = []
    for row in (
        'walk,"en, fr",Walk,Marche,2026-07-30,Park',
        'walk,"en, fr",Walk,Marche bleue,2026-07-30,Park',
        "walk,en,Walk,,2026-07-30,Park",
    ):
        data.write_text(head + row + "\n", encoding="utf-8")
        code, text = cli("merge", "event-flyer-a5", data, *args)
        assert code == 0, text
        built.append(re.search(r"built (\d+) print PDF", text)[1])  # type: ignore[index]
    assert built == ["2", "1", "1"]
    with pikepdf.open(out / "event-flyer-a5" / "event-flyer-a5-en-walk.pdf") as pdf:
        assert str(pdf.open_metadata()["dc:title"]) == "Walk, Event flyer A5"


def test_a_date_too_long_for_its_slot_is_the_layouts_to_fix(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A date is written by the language's CLDR format from the row's date cell: one too long
    for its slot told the organiser to "shorten it in e.csv (a field prints as written)",
    which they cannot."""
    kit = kit_copy()
    layout = kit / "materials/layouts/event-flyer-a5.yaml"
    text = layout.read_text(encoding="utf-8")
    frame = "frame: {start: 11, top: 89, width: 84, height: 14}"
    assert frame in text
    line = text[: text.rindex("- {name: date,", 0, text.index(frame))].count("\n") + 1
    layout.write_text(text.replace(frame, "frame: {start: 11, top: 89, width: 10, height: 5}"))
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue\nw,en,Walk,2026-07-30,Park\n", encoding="utf-8"
    )
    code, out = cli(
        "merge",
        "event-flyer-a5",
        data,
        "--kit",
        kit,
        "-o",
        tmp_path / "out",
        "--no-png",
        "--no-digital",
    )
    assert code == 1, out
    assert (
        "  hint: a date or time as the language writes it (CLDR): enlarge the slot "
        f"(event-flyer-a5.yaml:{line}) or lower the style's min_size\n"
    ) in out, out
    assert "shorten it in e.csv" not in out


def test_a_link_left_out_in_several_languages_is_one_warning(tmp_path: Path) -> None:
    """The row's link is the same in each of its languages: it was one warning each."""
    data = tmp_path / "e.csv"
    long = "https://www.example.org/events/2026/" + "-".join(["walk"] * 20)
    data.write_text(
        "event_id,language,title_en,title_fr,date,venue,link,sample\n"
        f'long,"en, fr",Run,Course,2026-07-30,Park,{long},true\n',
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital", "--jobs", "1")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert text.count("warning[text.omitted]") == 1, text
    assert (
        f"{data}:2:7: warning[text.omitted]: event-flyer-a5 / long 'event_link': slot 'qr-link' "
        f"is left out: '{long.removeprefix('https://')}' does not fit it even at 6 pt (in 2 "
        "languages: en, fr)\n"
    ) in text, text


def test_a_damaged_photo_is_named_at_its_cell(tmp_path: Path) -> None:
    """A JPEG cut short (an interrupted download) passed every check (its header was whole)
    and stopped its flyer's drawing as an internal error, "a bug in the kit's code"; an
    empty one was named at the layout's line. Each is the row's photo cell now."""
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.new("RGB", (1200, 1600), (200, 30, 30)).save(photos / "ok.jpg")
    whole = (photos / "ok.jpg").read_bytes()
    (photos / "cut.jpg").write_bytes(whole[:3000])
    (photos / "empty.jpg").write_bytes(b"")
    Image.new("RGB", (600, 800), (30, 30, 200)).save(photos / "ok.png")
    png = (photos / "ok.png").read_bytes()
    (photos / "cut.png").write_bytes(png[: len(png) // 2])
    data = tmp_path / "e.csv"
    rows = ["event_id,language,title,date,venue,photo"]
    rows += [f"e{n},en,Walk,2024-07-30,Park,{p}" for n, p in enumerate(
        ["ok.jpg", "cut.jpg", "empty.jpg", "cut.png"], start=1)]  # fmt: skip
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--images", photos, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    assert "build.internal" not in text
    assert (
        f"{data}:3:6: error[merge.value]: row 3, column photo (F): the photo 'cut.jpg' is cut "
        "short (it does not end as a JPEG file does)\n  hint: export or copy it again, as JPEG "
        "or PNG\n"
    ) in text
    assert (
        f"{data}:4:6: error[merge.value]: row 4, column photo (F): the photo 'empty.jpg' is empty"
        in text
    )
    assert (
        f"{data}:5:6: error[merge.value]: row 5, column photo (F): the photo 'cut.png' is cut short"
        in text
    )
    assert "built 1 print PDF(s)" in text


def test_an_events_photo_is_not_described_as_the_emblem(tmp_path: Path) -> None:
    """The photo slot took the emblem's alternative text: a screen reader announced the
    event's photo as "Blue heart, the emblem of the Blue Heart Campaign". What it shows is
    not known: it is decorative (an artifact), and the emblem is the one figure."""
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.new("RGB", (900, 1350), (30, 120, 60)).save(photos / "walk.jpg")
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue,photo\nw,en,Walk,2024-07-30,Park,walk.jpg\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--images", photos, "--no-png")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    with pikepdf.open(out / "event-flyer-a5/event-flyer-a5-en-w-digital.pdf") as pdf:
        figures, todo = [], [pdf.Root.StructTreeRoot]
        while todo:
            node = todo.pop()
            if isinstance(node, pikepdf.Array):
                todo.extend(node)
            elif isinstance(node, pikepdf.Dictionary):
                if node.get("/S") == "/Figure":
                    figures.append(str(node.get("/Alt")))
                kids = node.get("/K")
                if kids is not None:
                    todo.append(kids)
    emblem = "Blue heart, the emblem of the Blue Heart Campaign against human trafficking"
    qr = "www.unodc.org/blueheart"  # the code's target (its label is printed beside it)
    assert sorted(figures) == sorted([emblem, qr])  # the photo is none of them


def test_a_home_sheet_of_a_merge_without_digital_pdfs_says_to_merge_again(
    tmp_path: Path,
) -> None:
    """The hint said to "build it with its digital PDFs": an organiser's folder is a merge's."""
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue\nw,en,Walk,2024-07-30,P\n", "utf-8")
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital"
    )
    assert code == 0, text
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", "event-flyer-a5", "--home",
        "-o", tmp_path / "sheet.pdf",
    )  # fmt: skip
    assert code == 1
    assert "  hint: merge the data again with its digital PDFs (no --no-digital)" in text


def test_an_earlier_combined_file_is_named_when_no_row_is_made(tmp_path: Path) -> None:
    """Every row refused: nothing is made and the earlier combined file stays, as every
    earlier file does, but it shows the earlier merge's events: said."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    head = "event_id,language,title,date,venue\n"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital", "--combined")
    data.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    data.write_text(head + "a,en,A,2024-13-30,P\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    combined = out / "event-flyer-a5-all.pdf"
    assert (
        f"warning[merge.combined]: the earlier {combined} is left as it was: it shows an "
        "earlier merge's events, not this data's\n"
        "  hint: mend the rows named above and merge again (python generate.py merge "
        f"event-flyer-a5 {data} --kit {ROOT} -o {out} --no-png --no-digital --combined): it "
        "is made again then"
    ) in text, text  # this merge, as typed
    assert combined.is_file()


def test_events_of_another_year_than_the_campaign_are_a_warning(tmp_path: Path) -> None:
    """The kit is the 2024 campaign's (its theme, its slugs, its job sheets, its package
    dates): events of 2026 were made so without a word (an organiser's trial). One
    `merge.year` warning names how many and where the first is written; the events are
    made. Events of the campaign's year are no such thing."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        "walk,en,Walk,2024-07-30,Park\n"
        "run,en,Run,2026-07-30,Park\n"
        "talk,en,Talk,2025-07-30,Hall\n"
        "swim,en,Swim,2026-07-31,Pool\n",
        encoding="utf-8",
    )
    out = ["-o", tmp_path / "out", "--no-png", "--no-digital", "-j", "1"]
    code, text = cli("merge", "event-flyer-a5", data, *out)
    assert code == 0, text
    assert text.count("warning[merge.year]") == 1
    assert (
        f"{data}:3:4: warning[merge.year]: 3 event(s) are in 2025, 2026, and the kit is the "
        "2024 campaign's (campaign.yaml `year: 2024`): its texts, the flyers' slugs, the job "
        "sheets and the package say so\n"
        "  hint: for a 2026 campaign, set `year: 2026` and its theme in the kit; or check the "
        "events' dates (a sheet of an earlier year?)\n"
    ) in text
    assert "4 record(s) from events.csv; built 4 print PDF(s)" in text
    data.write_text("event_id,language,title,date,venue\nwalk,en,Walk,2024-07-30,Park\n")
    code, text = cli("merge", "event-flyer-a5", data, *out)
    assert code == 0, text
    assert "merge.year" not in text


def test_events_dated_before_today_are_a_warning(tmp_path: Path, campaign_day: date) -> None:
    """An organiser merged a copy of last year's sheet and printed flyers for events that
    had taken place, without a word (an organiser's trial). One `merge.past` warning names
    how many, today and the latest such date, at the first past event's date in row order;
    the flyers are made all the same. Events from today on are no such thing."""
    days = [campaign_day + timedelta(days=n) for n in (2, -7, -1)]
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        + "".join(f"e{n},en,Event,{day.isoformat()},Park\n" for n, day in enumerate(days)),
        encoding="utf-8",
    )
    out = ["-o", tmp_path / "out", "--no-png", "--no-digital", "-j", "1"]
    code, text = cli("merge", "event-flyer-a5", data, *out)
    assert code == 0, text
    assert text.count("warning[merge.past]") == 1
    assert (  # at the week-old event's date: the first past one in row order
        f"{data}:3:4: warning[merge.past]: 2 event(s) are dated before today (2024-07-01), "
        "the latest on 2024-06-30: their flyers announce events that have taken place\n"
        f"{PAST_HINT}\n"
    ) in text
    assert "3 record(s) from events.csv; built 3 print PDF(s)" in text
    data.write_text(f"event_id,language,title,date,venue\na,en,A,{days[0].isoformat()},P\n")
    code, text = cli("merge", "event-flyer-a5", data, *out)
    assert code == 0, text
    assert "merge.past" not in text


PAST_HINT = (
    "  hint: check the dates (a copy of an earlier year's sheet? a year typed wrong?), or leave "
    "out the rows of past events; to make their flyers again (an archive), merge with "
    "SOURCE_DATE_EPOCH set to a time before them"
)


def past_records(days: dict[date, tuple[int, Mark]]) -> Records:
    """Records of the good events of one day on `days` (how many on each, where the first
    is)."""
    table = Table(Path("e.csv"), (), lambda: iter(()), 0)
    spans = {(day, day): found for day, found in days.items()}
    return Records(table, cast(Kit, None), None, frozenset(), 6, days=spans)


def test_source_date_epoch_is_the_day_past_events_are_compared_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reproducible build's report is the same whenever it is made: with SOURCE_DATE_EPOCH
    set, the day events are past of is its day (the day the files are dated, as
    `campaign.past-year` compares with), not the computer's. An archive of 2024's events
    made again in a later year with SOURCE_DATE_EPOCH in July 2024 says nothing of the
    events after it, and names the day it compared with, and which clock it is."""
    monkeypatch.setattr(dates, "today", REAL_TODAY)  # the computer's clock: after 2024
    assert date.today().year > 2024
    data = Path("e.csv")
    records = past_records(
        {date(2024, 7, 20): (1, Mark(data, 3, 4)), date(2024, 7, 30): (2, Mark(data, 2, 4))}
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1721865600")  # 2024-07-25 00:00 UTC
    errs = Collector()
    past_events(records, errs)
    (said,) = errs.items
    assert (said.code, said.mark) == ("merge.past", Mark(data, 3, 4))
    assert said.render() == (
        "e.csv:3:4: warning[merge.past]: 1 event(s) are dated before SOURCE_DATE_EPOCH's date "
        "(2024-07-25), the latest on 2024-07-20: their flyers announce events that have taken "
        f"place\n{PAST_HINT}"
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1721606400")  # 2024-07-22 00:00 UTC
    errs = Collector()
    past_events(records, errs)
    assert [d.code for d in errs.items] == ["merge.past"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1721433600")  # 2024-07-20 00:00 UTC: its day
    errs = Collector()
    past_events(records, errs)
    assert not errs.items, [d.render() for d in errs.items]


def test_without_source_date_epoch_past_events_are_the_computers_days_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Unset (or empty, as every reader of it takes it), the day is the computer's: the same
    2024 events are past now, and the warning says today."""
    monkeypatch.setattr(dates, "today", REAL_TODAY)
    data = Path("e.csv")
    records = past_records({date(2024, 7, 30): (2, Mark(data, 2, 4))})
    for unset in (None, ""):
        if unset is None:
            monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        else:
            monkeypatch.setenv("SOURCE_DATE_EPOCH", unset)
        errs = Collector()
        past_events(records, errs)
        (said,) = errs.items
        assert said.message == (
            f"2 event(s) are dated before today ({date.today().isoformat()}), the latest on "
            "2024-07-30: their flyers announce events that have taken place"
        )


def test_a_merge_with_source_date_epoch_names_its_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge command reads SOURCE_DATE_EPOCH as every output's date does: an event the
    day before it is past, at its cell, whatever the computer's clock says."""
    monkeypatch.setattr(dates, "today", REAL_TODAY)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1722297600")  # 2024-07-30 00:00 UTC
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\na,en,A,2024-07-30,Park\nb,en,B,2024-07-29,Park\n",
        encoding="utf-8",
    )
    out = ["-o", tmp_path / "out", "--no-png", "--no-digital", "-j", "1"]
    code, text = cli("merge", "event-flyer-a5", data, *out)
    assert code == 0, text
    assert text.count("warning[merge.past]") == 1, text
    assert (
        f"{data}:3:4: warning[merge.past]: 1 event(s) are dated before SOURCE_DATE_EPOCH's date "
        "(2024-07-30), the latest on 2024-07-29: their flyers announce events that have taken "
        f"place\n{PAST_HINT}\n"
    ) in text, text


def test_the_past_events_warning_counts_days_before_the_date_it_is_given() -> None:
    """`past_events` against a given today: an event on that day is not past; the count
    covers every past event, the place is the first in row order, the date the latest."""
    data = Path("e.csv")
    days = {
        date(2027, 7, 30): (2, Mark(data, 5, 4)),
        date(2027, 7, 29): (1, Mark(data, 7, 4)),
        date(2027, 7, 20): (3, Mark(data, 2, 4)),
    }
    records = past_records(days)
    errs = Collector()
    past_events(records, errs, on=date(2027, 7, 30))
    (said,) = errs.items
    assert (said.code, said.mark) == ("merge.past", Mark(data, 2, 4))
    assert said.message == (
        "4 event(s) are dated before today (2027-07-30), the latest on 2027-07-29: their "
        "flyers announce events that have taken place"
    )
    errs = Collector()
    past_events(records, errs, on=date(2027, 7, 20))
    assert not errs.items


def test_a_merge_in_a_draft_language_says_its_texts_are_not_reviewed(tmp_path: Path) -> None:
    """An organiser's French and Arabic flyers carry the campaign's texts in a machine draft
    (`status: draft`), and the merge said nothing of it: a note (strings.draft) names those
    languages (in the --json report's diagnostics too); English, reviewed, is not named."""
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        'a,"en,fr",A,2024-07-30,P\nb,ar,B,2024-07-30,Q\nc,en,C,2024-07-30,R\n',
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args, "-o", tmp_path / "out")
    assert code == 0, text
    message = (
        "ar and fr are draft translations, not reviewed by a native speaker (`status: "
        "draft` in the strings file): have the texts checked before printing, then set "
        "`status: reviewed` (or import the reviewer's signed-off file: a PO with `X-Status: "
        "reviewed`, an XLIFF whose segments are all `final`)"
    )
    note = f"\nnote[strings.draft]: {message}\n"  # of two files: no one place
    assert note in text
    code, text = cli("merge", "event-flyer-a5", data, *args, "-o", tmp_path / "o2", "--json")
    assert code == 0, text
    report = json.loads(text)
    assert [d for d in report["diagnostics"] if d["code"] == "strings.draft"] == [
        {
            "severity": "note",
            "code": "strings.draft",
            "message": message,
            "file": None,
            "line": None,
            "column": None,
            "hints": [],
            "subject": {},
        }
    ], report
    assert report["notes"] == [], report
    # the same merge again, with nothing to do: the note is said again (it was not)
    code, text = cli("merge", "event-flyer-a5", data, *args, "-o", tmp_path / "out")
    assert code == 0, text
    assert "nothing to do" in text
    assert note in text
    data.write_text("event_id,language,title,date,venue\nc,en,C,2024-07-30,R\n")
    code, text = cli("merge", "event-flyer-a5", data, *args, "-o", tmp_path / "o3")
    assert code == 0, text
    assert "draft translation" not in text


def test_a_qr_code_that_calls_or_writes_says_so_in_each_language(tmp_path: Path) -> None:
    """An event whose link is a phone number had "Scan to learn more and act" under a QR code
    that dials it: a tel: link shows `qr_label_tel`, a mailto: link `qr_label_mailto`, a web
    page `qr_label`, in the flyer's language; the code's alternative text is the number or
    address it opens."""
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue,link,sample\n"
        'call,"en,ar,zh",Walk,2024-07-30,Park,+41 22 917 1234,true\n'
        "mail,fr,Marche,2024-07-30,Parc,info@example.org,true\n"
        "web,en,Walk,2024-07-30,Park,https://example.org/walk,true\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png")
    assert code == 0, text
    shown, alts = {}, {}
    for name in ("en-call", "ar-call", "zh-call", "fr-mail", "en-web"):
        path = out / "event-flyer-a5" / f"event-flyer-a5-{name}-digital.pdf"
        shown[name] = " ".join(pdfium.PdfDocument(path)[0].get_textpage().get_text_range().split())
        with pikepdf.open(path) as pdf:
            alts[name] = sorted(  # the figures' Alt, the link annotations' Contents
                str(o.get("/Alt", o.get("/Contents")))
                for o in pdf.objects
                if isinstance(o, pikepdf.Dictionary)
                and (o.get("/S") == "/Figure" or o.get("/Subtype") == "/Link")
            )
    assert "Scan to call" in shown["en-call"]
    assert "Scan to learn" not in shown["en-call"]
    assert "امسحوا الرمز للاتصال" in shown["ar-call"]
    assert "扫码拨打电话" in shown["zh-call"]
    assert "Scannez pour envoyer un e-mail" in shown["fr-mail"]
    assert "Scan to learn more and act" in shown["en-web"]
    # the code's figure and annotation name its target once; the printed label says what
    # it does (not repeated in them: a screen reader heard it twice)
    for name, target in (
        ("en-call", "+41-22-917-1234"),
        ("ar-call", "+41-22-917-1234"),
        ("fr-mail", "info@example.org"),
        ("en-web", "example.org/walk"),
    ):
        assert alts[name].count(target) >= 2, alts[name]  # figure and annotation
        assert not any("Scan" in alt or "扫码" in alt for alt in alts[name]), alts[name]


def test_a_label_for_each_kind_of_link_is_in_the_translators_room() -> None:
    """The texts a slot shows for another kind of link are its own to fit: the translators'
    room report and the import's overflow names list them with the slot's key."""
    from campaign.cli.strings import slot_strings
    from campaign.kit.load import load_kit

    slots = slot_strings(load_kit(ROOT))
    assert slots[("event-flyer-a5", "qr-label")] == (
        "qr_label",
        "qr_label_tel",
        "qr_label_mailto",
    )
    assert slots[("event-flyer-a5", "title")] == ()  # a field, no string: no variants


def test_a_photo_deleted_after_the_check_fails_its_record_at_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo removed after the rows were checked, before its flyer was drawn: the record's
    job was planned, then neither made nor named ("2 record(s); built 1 print PDF", exit 0).
    Its job fails now, with the row's cell and the file named."""
    from PIL import Image

    import campaign.merge.events as events

    images = tmp_path / "img"
    images.mkdir()
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (1200, 1800), (200, 80, 80)).save(images / name)
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue,photo\n"
        "a,en,A,2024-07-30,P,a.jpg\nb,en,B,2024-07-30,Q,b.jpg\n",
        encoding="utf-8",
    )
    checked = events.check_events

    def check_then_delete(*args: object, **kwargs: object) -> object:
        found = checked(*args, **kwargs)  # type: ignore[arg-type]
        (images / "b.jpg").unlink()
        return found

    monkeypatch.setattr(events, "check_events", check_then_delete)
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--images", images, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 1
    assert (
        f"{data}:3:6: error[merge.value]: row 3, column photo (F): no file 'b.jpg' in {images}\n"
    ) in text
    assert "1 job(s) failed: event-flyer-a5 / b [en]" in text
    assert sorted(p.name for p in (out / "event-flyer-a5").iterdir()) == ["event-flyer-a5-en-a.pdf"]


def test_a_new_photo_under_the_same_name_rebuilds_its_flyer(tmp_path: Path) -> None:
    """A record's photo is part of its files' inputs: another picture saved under the same
    name makes the flyer again (its digest is read from the file's state, once)."""
    images = tmp_path / "img"
    images.mkdir()
    Image.new("RGB", (1200, 1800), (200, 80, 80)).save(images / "a.jpg")
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue,photo\na,en,A,2024-07-30,P,a.jpg\n")
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--images", images, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert "nothing to do" in text
    Image.new("RGB", (1200, 1800), (80, 200, 80)).save(images / "a.jpg")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert "built 1 print PDF(s)" in text


def test_a_merge_says_nothing_about_the_offices_it_does_not_use(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """The trial: every merge said an office file's helpline warnings (`office.contact`,
    materials/offices/kenya-ethiopia.yaml) and counted them among its own, though a
    merge's flyers are no office's. A build of that office still says them."""
    kit = kit_copy(
        **{
            "materials/offices/rosea.yaml": (
                'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "TRIAL-HELPLINE-000"\n'
            ),
            "materials/offices/broken.yaml": "name: Broken\nlanguages: [zz]\n",
        }
    )
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text("event_id,language,title,date,venue\na,en,A,2026-07-30,P\n")
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", kit, "-o", out, "--no-png", "--no-digital"
    )
    assert code == 0, text
    assert "office" not in text, text
    said = len(re.findall(r"^\S.*: warning\[", text, re.MULTILINE))
    assert ("warning(s)" not in text) if not said else (f"{said} warning(s)" in text), text
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert "warning[office.contact]: office 'rosea' helpline 'TRIAL-HELPLINE-000'" in text


def test_an_event_id_on_two_rows_makes_neither_and_keeps_the_earlier_files(
    tmp_path: Path,
) -> None:
    """A trial: a6 on rows 7 and 8 made the first row's flyer and refused the second, which
    was the correction. Neither is made now, each row naming the other, and the flyer an
    earlier merge made of a6 is kept (a refused row loses nothing)."""
    data = tmp_path / "e.csv"
    head = "event_id,language,title,date,venue,sample\n"
    other = "b1,en,Walk,2024-07-30,Park,true\n"  # a good row: the merge publishes
    data.write_text(head + "a6,en,Stand,2024-07-30,Market,true\n" + other, encoding="utf-8")
    out = tmp_path / "out"
    args = ("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli(*args)
    assert code == 0, text
    flyer = out / "event-flyer-a5" / "event-flyer-a5-en-a6.pdf"
    made = flyer.read_bytes()
    data.write_text(
        head
        + "a6,en,Stand,2024-07-30,Market,true\na6,en,Stand dup,2024-07-30,Market,true\n"
        + other,
        encoding="utf-8",
    )
    code, text = cli(*args)
    assert code == 1, text
    hint = "  hint: keep one row for the event and delete the other, or give each event its own id"
    assert (
        f"{data}:2:1: error[merge.value]: row 2, column event_id (A): event_id 'a6' is also on "
        f"row 3; each event needs its own, and neither row is made\n{hint}\n"
        f"{data}:3:1: error[merge.value]: row 3, column event_id (A): event_id 'a6' is also on "
        f"row 2; each event needs its own, and neither row is made\n{hint}\n"
    ) in text
    assert flyer.read_bytes() == made  # kept as it was
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(f["record"] for f in manifest["files"]) == ["a6", "b1"]


def test_the_other_data_check_names_the_last_file_merged_into_the_folder(
    tmp_path: Path,
) -> None:
    """A trial: events.xlsx merged, then events-fixed.xlsx into the same folder (its events
    unchanged but one, skipped as up to date), then a third file: refused as removing the
    events "from events.xlsx", the file of the merge that had made the unchanged files. Each
    merge's skipped files now name its data file, as the files it makes do."""
    head = "event_id,language,title,date,venue,sample\n"
    first, fixed, third = (tmp_path / n for n in ("events.csv", "events-fixed.csv", "c.csv"))
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    rows = "a,en,A,2024-07-30,P,true\nb,en,B,2024-07-30,P,true\n"
    first.write_text(head + rows, encoding="utf-8")
    fixed.write_text(head + rows + "c,en,C,2024-07-30,P,true\n", encoding="utf-8")
    third.write_text(head + "x,en,X,2024-07-30,P,true\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", first, *args)[0] == 0
    code, text = cli("merge", "event-flyer-a5", fixed, *args)
    assert code == 0, text
    assert "skipped 2 unchanged job(s)" in text
    listed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    extras = {f["record"]: f["extra"] for f in listed}
    assert {r: e["data"] for r, e in extras.items()} == dict.fromkeys("abc", "events-fixed.csv")
    # where a merge that makes them writes them: the manifest is a clean merge's
    assert list(extras["a"]) == list(extras["c"])
    assert extras["a"]["data_place"] == extras["c"]["data_place"]
    code, text = cli("merge", "event-flyer-a5", third, *args)
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 3 event(s) from "
        "events-fixed.csv (a, b, c) that are not in c.csv: this merge would remove them; "
        "nothing was made\n"
    ) in text


def test_a_note_of_the_kits_own_text_is_told_once_for_a_merge_not_once_per_row(
    tmp_path: Path,
) -> None:
    """A Moroccan organiser's trial: the Arabic QR label's short variant (a designed
    fallback of the kit's layout, which no row changes) was noted once per row: 10,000 notes
    for 10,000 rows. Told once, without a record; a row's own text is still told as the row's."""
    data = tmp_path / "events.csv"
    rows = [f"e{i},ar,مسيرة {i},2024-07-30,18:00,حديقة,true" for i in range(3)]
    data.write_text("event_id,language,title,date,time,venue,sample\n" + "\n".join(rows) + "\n")
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", tmp_path / "out", "--no-png"
    )
    assert code == 0, text
    notes = [
        "materials/" + line.split("materials/", 1)[1]  # the path as the working folder has it
        for line in text.splitlines()
        if "note[text.short-variant]" in line
    ]
    # the kit's Arabic qr_label does not fit its frame at 6 pt (`check` says so too): if a
    # designer mends the frame, pick another of the kit's short variants for this test
    assert notes == [
        "materials/layouts/event-flyer-a5.yaml:114:6: note[text.short-variant]: "
        "event-flyer-a5 [ar] slot 'qr-label' 'qr_label': 'qr_label' prints its short variant: "
        "its full text does not fit the frame even at the style's min_size of 6 pt (the frame "
        "is 0.2 mm too short)"
    ], text


def test_a_combined_merge_into_joined_shards_is_a_one_machine_merges_folder(
    tmp_path: Path,
) -> None:
    """The refusal of --combined with --shard says to join the shards, then merge into the
    joined folder with --combined: its PDFs were a one-machine merge's, but its manifest kept
    `"combined": false`, even after a second run (a merge with nothing to do writes nothing,
    and its check left --combined out; a CI engineer's trial). The folder, manifest and all,
    is now a one-machine merge's, and a second run has nothing to do."""
    head = "event_id,language,title,date,venue\n"
    data = tmp_path / "e.csv"
    data.write_text(head + "a,en,A,2024-07-30,P\nb,en,B,2024-07-30,P\n", encoding="utf-8")

    def merge(out: Path, *more: object) -> str:
        code, text = cli(
            "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital",
            *more,
        )  # fmt: skip
        assert code == 0, text
        return text

    def tree(out: Path) -> dict[str, bytes]:
        return {
            p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
        }

    merge(tmp_path / "one", "--combined")
    shards = [tmp_path / f"shard-{k}" for k in (1, 2)]
    for k, shard in enumerate(shards, start=1):
        merge(shard, "--shard", f"{k}/2")
    joined = tmp_path / "joined"
    code, text = cli("manifest", "merge", "--kit", ROOT, *shards, "-o", joined)
    assert code == 0, text
    merge(joined, "--combined")
    stamp = json.loads((joined / "manifest.json").read_text(encoding="utf-8"))["build"]
    assert stamp["merge"]["combined"] is True
    assert tree(joined) == tree(tmp_path / "one")
    text = merge(joined, "--combined")
    assert "nothing to do" in text, text
    assert tree(joined) == tree(tmp_path / "one")
