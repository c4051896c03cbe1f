"""Event records: every problem of every row at once with its row and column, and the values
each language shows (dates and times as CLDR writes them, in the language's digits)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError, Mark
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import TextItem
from campaign.merge.events import Record, read_events
from campaign.merge.phone_numbers import NATIONAL_FIX
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.pipeline.compose import compose_document
from campaign.text.scripts import DIGIT_ZERO

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue,organiser,contact,link,photo\n"
# HEAD with a `sample` column, for rows whose example.org addresses are the project's samples
# (a real event's are refused: merge.value); `sampled` marks each row of a body so
SAMPLE_HEAD = HEAD.rstrip() + ",sample\n"
ROOT_LANGUAGES = [p.stem for p in (ROOT / "materials/strings").glob("*.yaml")]

# the kit's languages as a hint lists them, each with its name
NAMED = (
    "am (Amharic), ar (Arabic), bn (Bengali), en (English), es (Spanish), fa (Persian), "
    "fr (French), hi (Hindi), ht (Haitian Creole), id (Indonesian), ka (Georgian), "
    "km (Khmer), lo (Lao), my (Burmese), ne (Nepali), pt (Portuguese), ru (Russian), "
    "so (Somali), sw (Swahili), th (Thai), tl (Tagalog (Filipino)), tr (Turkish), "
    "uk (Ukrainian), ur (Urdu), vi (Vietnamese), zh (Chinese (Simplified))"
)


# the required columns, as a sheet's missing column is told (a sheet's event_id is made
# from its rows where it has none: merge.columns.made_ids)
REQUIRED_HINT = (
    "  hint: required: language, title, date, venue; and event_id, or each event is named "
    "by its row (row-2)"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def sampled(body: str) -> str:
    """Each row of `body` with `true` in a last column, `sample` (SAMPLE_HEAD)."""
    return "".join(f"{line},true\n" for line in body.splitlines())


def records(tmp_path: Path, kit: Kit, body: str, images: Path | None = None, head: str = HEAD):
    path = tmp_path / "events.csv"
    path.write_text(head + body, encoding="utf-8")
    errs = Collector()
    out = read_events(read_table(path, errs), kit, errs, images)
    return out, [d.render().replace(f"{path}:", "") for d in errs.items]


@pytest.mark.parametrize("cell", ["ar\u060c ur", "ar;ur", "ar\u3001ur", "ar\uff0cur", "ar ur"])
def test_a_rows_languages_parted_as_keyboards_type_them(
    tmp_path: Path, kit: Kit, cell: str
) -> None:
    """An organiser's trial: `ar، ur` (the Arabic comma) was read as the code "ar،", and
    `en;fr` (a spreadsheet's list separator) as one code; each was "a language the kit
    does not have"."""
    (record,), problems = records(tmp_path, kit, f'walk,"{cell}",Walk,2024-07-30,,Park,,,,\n')
    assert [p for p in problems if "merge.shared" not in p] == []  # no code refused
    assert record.languages == ("ar", "ur")


def test_one_event_in_three_languages(tmp_path: Path, kit: Kit) -> None:
    (record,), problems = records(
        tmp_path,
        kit,
        'walk,"en, fr, ar",Walk,2024-07-30,18:30,Park,Group,,https://example.org/w,,Marche,مسيرة,'
        "true\n",
        head=HEAD.rstrip() + ",title_fr,title_ar,sample\n",
    )
    assert problems == []
    assert record.id == "walk"
    assert record.languages == ("en", "fr", "ar")
    layer = record.layer
    assert layer.values["event_title"].text == "Walk"
    assert layer.links == {"event": "https://example.org/w"}
    titles = {c: layer.value("event_title", c).text for c in record.languages}  # type: ignore[union-attr]
    assert titles == {"en": "Walk", "fr": "Marche", "ar": "مسيرة"}
    shown = {c: (v["event_date"].text, v["event_time"].text) for c, v in layer.by_language.items()}
    assert shown == {
        "en": ("30 July 2024", "18:30"),  # the UN's day-month-year (British English in CLDR)
        "fr": ("30 juillet 2024", "18:30"),
        # Arabic-Indic digits, as the Arabic strings use; the month as UN Arabic writes it
        # (ar.yaml `months`: CLDR's is يوليو, beside the kit's own 30 تموز/يوليه)
        "ar": ("٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠ م"),
    }


@pytest.mark.parametrize(
    ("dates", "example"),
    [
        # the year most of the sheet's dates give (the later of two as common), not the kit's
        (("2026-07-30", "30/07/2026", "2025-07-30"), "2026-07-30"),
        (("2025-07-30", "2026-07-31"), "2026-07-30"),
        (("07/29/2027", "2024-07-30", "2027-07-31"), "2027-07-30"),
        ((), "2024-07-30"),  # no date with a year: the kit's (`year: 2024`)
    ],
)
def test_a_date_errors_example_is_in_the_year_of_the_sheets_dates(
    tmp_path: Path, kit: Kit, dates: tuple[str, ...], example: str
) -> None:
    """An organiser's 2026 sheet was told "e.g. 2024-07-30" (the kit's year) for a date
    without one."""
    body = "".join(f"e{n},en,Walk,{day},08:00,Park,,,,\n" for n, day in enumerate(dates))
    _, problems = records(tmp_path, kit, body + "late,en,Walk,30 July,08:00,Park,,,,\n")
    said = [p for p in problems if "column date" in p]
    row = len(dates) + 2
    assert said == [
        f"{row}:4: error[merge.value]: row {row}, column date (D): '30 July' has no year: "
        f"write it as YYYY-MM-DD, e.g. {example}"
    ]


@pytest.mark.parametrize(
    ("written", "day"),
    [("30-Jul-45", date(1945, 7, 30)), ("30-Jul-27", date(2027, 7, 30))],
)
def test_a_two_digit_year_reads_the_same_whatever_the_other_rows(
    tmp_path: Path, kit: Kit, written: str, day: date
) -> None:
    """A two-digit year is read near the campaign's year (2024: 45 is 1945), never near the
    year of the sheet's other dates (`SheetDates.year` gives a date error's example only): a
    row read 2045 beside rows of 2026, 1945 alone (a review's)."""
    row = f"x,en,Walk,{written},08:00,Park,,,,\n"
    others = "".join(f"e{n},en,Walk,2026-07-3{n},08:00,Park,,,,\n" for n in range(2))
    for body in (row, others + row):
        found, problems = records(tmp_path, kit, body)
        assert [r.day for r in found if r.id == "x"] == [day], (body, problems)


def test_a_slip_in_a_language_code_is_one_error_naming_the_language_its_cells_are_in(
    tmp_path: Path, kit: Kit
) -> None:
    """A Moroccan organiser's trial: `ar, fe` (fr meant) was given the 26 codes, a warning
    for each French cell of a row "not made in fr", and an error for fe's missing title. One
    error, at the language cell, names the language the row's own cells are in."""
    head = "event_id,language,title_ar,title_fr,date,venue_ar,venue_fr\n"
    body = 'walk,"ar, fe",مسيرة,Marche,2027-07-30,الكورنيش,Corniche\n'
    good, problems = records(tmp_path, kit, body, head=head)
    assert good == []
    assert [p for p in problems if "draft translation" not in p] == [
        "2:2: error[merge.value]: row 2, column language (B): unknown language 'fe'\n"
        "  hint: the row fills French columns ('title_fr', 'venue_fr'): did you mean 'fr'?"
    ]
    # the cells of two languages not in the row: none is taken for the slip's
    head = "event_id,language,title_ar,title_fr,title_es,date,venue_ar\n"
    body = 'walk,"ar, fe",مسيرة,Marche,Marcha,2027-07-30,الكورنيش\n'
    good, problems = records(tmp_path, kit, body, head=head)
    assert [p.split("\n")[0] for p in problems if "draft translation" not in p] == [
        "2:2: error[merge.value]: row 2, column language (B): unknown language 'fe'"
    ]
    assert "did you mean 'fr'" not in "".join(problems)
    # a code a letter off another (enn: en) is named first, the cells' language after (a
    # review: fr alone was told)
    head = "event_id,language,title_ar,title_fr,date,venue_ar,venue_fr\n"
    body = 'walk,"ar, enn",مسيرة,Marche,2027-07-30,الكورنيش,Corniche\n'
    good, problems = records(tmp_path, kit, body, head=head)
    assert [p for p in problems if "draft translation" not in p] == [
        "2:2: error[merge.value]: row 2, column language (B): unknown language 'enn'\n"
        "  hint: did you mean 'en' (English)? or 'fr': the row fills French columns "
        "('title_fr', 'venue_fr')"
    ]


def test_every_problem_of_every_row_at_once(tmp_path: Path, kit: Kit) -> None:
    body = (
        "ok-1,sw,Matembezi,2024-07-30,08:00,Uhuru Park,,,,\n"
        "bad date,xx,Title,July 30,25:00,Venue,,,ftp://x,\n"
        ",en,,2024-07-30,,,,,,\n"
        "ok-1,fr,Course,2024-07-28,,Parc,,,,\n"
    )
    good, problems = records(tmp_path, kit, body)
    assert [r.id for r in good] == []  # ok-1 is on two rows: neither is made
    assert problems == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'ok-1' is also on row 5; "
        "each event needs its own, and neither row is made\n"
        "  hint: keep one row for the event and delete the other, or give each event its own id",
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'bad date' may use "
        "Latin letters (a-z, A-Z), digits 0-9, - and _ (at most 40): it names the files",
        "3:2: error[merge.value]: row 3, column language (B): unknown language 'xx'\n"
        f"  hint: languages: {NAMED}",
        "3:4: error[merge.value]: row 3, column date (D): 'July 30' has no year: write it "
        "as YYYY-MM-DD, e.g. 2024-07-30",
        "3:5: error[merge.value]: row 3, column time (E): '25:00' is not a time: write it as "
        "HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n"
        "  hint: 25 is no hour of the day (00 to 23)",
        "3:9: error[merge.value]: row 3, column link (I): the link 'ftp://x': it is not a web, "
        "e-mail or phone address (https://, http://, mailto: or tel:)\n  hint: write "
        "https://..., mailto:name@example.org or tel:+CC-NNN-NNNN",
        "4:1: error[merge.value]: row 4, column event_id (A): 'event_id' is empty; every event "
        "needs one",
        "4:3: error[merge.value]: row 4, column title (C): 'title' is empty; every event needs one",
        "4:6: error[merge.value]: row 4, column venue (F): 'venue' is empty; every event needs one",
        "5:1: error[merge.value]: row 5, column event_id (A): event_id 'ok-1' is also on row 2; "
        "each event needs its own, and neither row is made\n"
        "  hint: one row makes an event in several languages (language: en, ar), each with its "
        "own title in a column named for it (title_fr); or give each row its own id (ok-1-fr)",
    ]


def test_a_language_without_month_names_in_cldr_gets_the_iso_date(tmp_path: Path, kit: Kit) -> None:
    """Babel's Haitian Creole has no month names: its long date was CLDR root's "2026 M07 30"
    on the flyer. A locale without month names writes its short form (root's ISO date),
    unless its strings file gives `months:` (ht.yaml does: 30 jiyè 2026, day, month, year,
    where they were ignored, the date 2026-07-30 beside the `day` string's 30 jiyè); every
    language of the kit that has them keeps its long date."""
    from dataclasses import replace

    (record,), problems = records(tmp_path, kit, "walk,ht,Mache,2026-07-30,18:30,Pak,,,,\n")
    assert problems == []
    assert record.layer.by_language["ht"]["event_date"].text == "30 jiyè 2026"
    bare = replace(kit, languages={**kit.languages, "ht": replace(kit.languages["ht"], months=())})
    (record,), problems = records(tmp_path, bare, "walk,ht,Mache,2026-07-30,18:30,Pak,,,,\n")
    assert record.layer.by_language["ht"]["event_date"].text == "2026-07-30"
    for code in kit.campaign.languages:  # the 26 (not the pseudo-locales)
        if code != "ht":
            made, problems = records(tmp_path, kit, f"w,{code},T,2026-07-30,,P,,,,\n")
            assert problems == [], problems
            (one,) = made
            shown = one.layer.by_language[code]["event_date"].text
            assert "M07" not in shown, (code, shown)
            assert shown != "2026-07-30", (code, shown)


def test_dates_and_times_as_spreadsheets_write_them(tmp_path: Path, kit: Kit) -> None:
    """A CSV saved by a spreadsheet writes date cells in the locale's order (30/07/2026) and
    time cells with seconds (18:00:00); people type dates in their own digits and addresses
    without https://. Each was refused. A numeric date is read in the order some date of the
    column tells (30/07: day first, so 05/08 is 5 August); when none tells, both readings
    are named."""
    body = (
        "a,en,A,30/07/2026,18:00:00,P,,,www.example.org/walk,\n"
        "b,en,B,05.08.2026,09:30,P,,,example.org/km,\n"
        "c,bn,C,২০২৬-০৭-৩১,১০:০০,P,,,,\n"
        "d,en,D,2026-02-30,,P,,,,\n"
    )
    good, problems = records(tmp_path, kit, sampled(body), head=SAMPLE_HEAD)
    assert problems == [
        "5:4: error[merge.value]: row 5, column date (D): '2026-02-30' is no day of the "
        "calendar (year 2026, month 2, day 30)\n"
        "  hint: month 2 of 2026 has 28 days, the last 2026-02-28: check the day and the month"
    ]
    shown = [(r.id, r.layer.by_language[r.languages[0]]["event_date"].text) for r in good]
    assert shown == [("a", "30 July 2026"), ("b", "5 August 2026"), ("c", "৩১ জুলাই, ২০২৬")]
    assert good[0].layer.by_language["en"]["event_time"].text == "18:00"
    assert [r.layer.links for r in good] == [
        {"event": "https://www.example.org/walk"},
        {"event": "https://example.org/km"},
        {},
    ]
    _, problems = records(tmp_path, kit, "e,en,E,05/07/2026,,P,,,,\n")
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): '05/07/2026' may be day first or "
        "month first, and no date in the column tells which: write it as YYYY-MM-DD "
        "(2026-07-05 or 2026-05-07)\n  hint: or give the row a date_region, its country's code (a column), that "
        "orders it: GB reads it 2026-07-05, US 2026-05-07"
    ]


def test_a_missing_column_stops_before_any_row(tmp_path: Path, kit: Kit) -> None:
    """Named at the header cell that is likely meant, as it is written there ('Langauge',
    not its lower-case key), with the name to give it."""
    head = "event_id,Langauge,title,date,venue,colour\n"
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V,blue\n", head=head)
    assert good == []
    assert problems[0] == (
        "1:2: error[merge.column]: events.csv has no column 'language'\n"
        "  hint: did you mean 'Langauge' (column B)? name that column language\n" + REQUIRED_HINT
    )
    # said once: not also "column 'Langauge' is not used ... did you mean 'language'?" (an
    # organiser's trial: an error and a warning for one misspelt column)
    assert not any("column 'Langauge' is not used" in p for p in problems), problems
    assert "warning[merge.column]: events.csv: column 'colour' is not used" in problems[1]


def test_photos_stay_in_their_folder(tmp_path: Path, kit: Kit) -> None:
    from PIL import Image

    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", (300, 400), (200, 0, 0)).save(images / "walk.jpg")
    (tmp_path / "secret.png").write_bytes(b"x")
    (images / "sub").mkdir()
    Image.new("RGB", (300, 400), (0, 0, 200)).save(images / "sub" / "Run2.JPG")
    (images / "phone.heic").write_bytes(b"....ftypheic")
    body = (
        "a,en,T,2024-07-30,,V,,,,walk.jpg\n"
        "b,en,T,2024-07-30,,V,,,,../secret.png\n"
        "c,en,T,2024-07-30,,V,,,,nothere.jpg\n"
        "d,en,T,2024-07-30,,V,,,,sub\\Run2.JPG\n"  # Windows' backslash
        "e,en,T,2024-07-30,,V,,,,sub/run2.jpg\n"  # other capitals
        "f,en,T,2024-07-30,,V,,,,phone.heic\n"
        "g,en,T,2024-07-30,,V,,,,walk.jgp\n"  # a near name
    )
    good, problems = records(tmp_path, kit, body, images)
    assert [r.id for r in good] == ["a", "d"]
    assert good[0].layer.logos == {"photo": (images / "walk.jpg").resolve()}
    assert good[1].layer.logos == {"photo": (images / "sub" / "Run2.JPG").resolve()}
    assert problems == [
        f"3:10: error[merge.value]: row 3, column photo (J): the photo '../secret.png' is "
        f"outside the images folder {images}\n  hint: name a file inside it",
        f"4:10: error[merge.value]: row 4, column photo (J): no file 'nothere.jpg' in {images}",
        f"6:10: error[merge.value]: row 6, column photo (J): no file 'sub/run2.jpg' in {images}"
        "\n  hint: did you mean 'Run2.JPG'? the names differ in capitals",
        "7:10: error[merge.value]: row 7, column photo (J): the photo 'phone.heic' is an "
        "iPhone's HEIC photo: a photo is a JPEG or PNG\n"
        "  hint: export it as JPEG (or PNG), and name that file here",
        f"8:10: error[merge.value]: row 8, column photo (J): no file 'walk.jgp' in {images}\n"
        "  hint: did you mean 'walk.jpg'?",
    ]


@pytest.mark.parametrize(
    ("written", "example"),
    [
        # a two-digit year's (30.07.27, the trial's): test_two_digit_years
        ("30 07 2027", "2027-07-30"),
        ("2027 7 30", "2027-07-30"),  # year first (2027/7/30 is read: test_year_first)
        ("July 30th, 2027 6 pm", "2027-07-30"),
        ("next Friday", "2026-07-30"),  # no year written: the campaign's
        ("30.07.7", "2026-07-30"),
    ],
)
def test_a_dates_example_is_in_its_own_likely_year(
    tmp_path: Path, kit: Kit, written: str, example: str
) -> None:
    from dataclasses import replace

    kit_2026 = replace(kit, campaign=replace(kit.campaign, year=2026))
    _, problems = records(tmp_path, kit_2026, f'a,en,T,"{written}",,P,,,,\n')
    y, m, d = example.split("-")
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is not a date: write it "
        f"as YYYY-MM-DD, e.g. {example}\n"
        f"  hint: also read: {d}/{m}/{y} (day first), {m}/{d}/{y} (month first; with a day of "
        "12 or less, only when another date of the column tells which comes first) and "
        f"{int(d)} July {y} (a month's name in English or the row's language)"
        + (TIME_TOO if written.endswith(" pm") else "")
    ]


# a date cell that reads as a date and its start time, as a `Date and time` column's would
TIME_TOO = (
    "\n  hint: the cell holds a time after its date: name the column 'Date and time' to "
    "read each cell's date and its start time"
)


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        ("es", "30 de julio de 2027", "30 de julio de 2027"),  # the trial's
        ("es", "1º de julio de 2027", "1 de julio de 2027"),
        ("es", "1.º de julio de 2027", "1 de julio de 2027"),  # º is o once folded (a review)
        ("pt", "1.ª de julho de 2027", "1 de julho de 2027"),
        ("pt", "30 de julho de 2027", "30 de julho de 2027"),
        ("fr", "le 1er juillet 2027", "1er juillet 2027"),  # printed 1er too
        ("fr", "30 juil. 2027", "30 juillet 2027"),
        ("ht", "30 jiyè 2027", "30 jiyè 2027"),  # ht.yaml's months: CLDR has none
        ("ar", "30 تموز/يوليه 2027", "٣٠ تموز/يوليه ٢٠٢٧"),  # ar.yaml's, two words
        ("es", "July 30th, 2027", "30 de julio de 2027"),  # English's, on any row
        ("en", "Jul. 30, 2027", "30 July 2027"),
    ],
)
def test_a_date_with_its_months_name_is_read(
    tmp_path: Path, kit: Kit, language: str, written: str, shown: str
) -> None:
    """A regional office's trial: '30 de julio de 2027' was "not a date: write it as
    YYYY-MM-DD", and the hint did not say that 30/07/2027 is read too. A day, a month's name
    (CLDR's, wide or abbreviated, or a strings file's `months:`, in English or the row's
    language) and a year are read, in any order, with de, of, the, le between them."""
    (record,), problems = records(tmp_path, kit, f'a,{language},T,"{written}",,P,,,,\n')
    assert problems == []
    assert record.day == date(2027, 7, 1 if re.match(r"1\D", shown) else 30)  # 1, 1er
    assert record.layer.by_language[language]["event_date"].text == shown


@pytest.mark.parametrize(
    ("language", "written", "message"),
    [
        # a day, a month and no year: named so, the example in the campaign's year
        ("es", "30 de julio", "'30 de julio' has no year: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        # no such day in any year: the example is one (it was "e.g. 2026-02-31")
        ("es", "31 de febrero", "'31 de febrero' has no year: write it as YYYY-MM-DD, e.g. 2026-"),
        # out. is Portuguese's October and Haitian Creole's August: on a row in both, neither
        ("pt, ht", "3 out 2027", "'3 out 2027' is not a date: write it as YYYY-MM-DD"),
        # a word that is no month's name nor joins a date's parts: not guessed
        ("es", "hoy 30 de julio de 2027", "'hoy 30 de julio de 2027' is not a date"),
        # a weekday that is not the date's (30 July 2027 is a Friday): named, both days
        (
            "es",
            "jueves 30 de julio de 2027",
            "'jueves 30 de julio de 2027' names Thursday, but 2027-07-30 is a Friday",
        ),
        ("en", "30 July June 2027", "'30 July June 2027' is not a date"),
        ("en", "30 July 2027 2028", "'30 July 2027 2028' is not a date"),
    ],
)
def test_a_date_with_a_months_name_not_read_unambiguously_is_an_error(
    tmp_path: Path, kit: Kit, language: str, written: str, message: str
) -> None:
    from dataclasses import replace

    kit_2026 = replace(kit, campaign=replace(kit.campaign, year=2026))
    good, problems = records(tmp_path, kit_2026, f'a,"{language}",T,"{written}",,P,,,,\n')
    assert good == []
    assert len(problems) == 1
    assert problems[0].startswith(f"2:4: error[merge.value]: row 2, column date (D): {message}")


@pytest.mark.parametrize(
    ("written", "region", "message"),
    [
        # only 7 can be the month: the date in the campaign's year, as a month's name gets
        ("7/30", "", "'7/30' has no year: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        ("30.7", "", "'30.7' has no year: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        ("30.7.", "", "'30.7.' has no year: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        # with dots, day first alone: 10.5 is 10 May; 12.30 and 7.30 (times) are no dates
        ("10.5", "US", "'10.5' has no year: write it as YYYY-MM-DD, e.g. 2026-05-10"),
        ("12.30", "", "'12.30' is not a date: write it as YYYY-MM-DD"),
        ("7.30", "", "'7.30' is not a date: write it as YYYY-MM-DD"),
        ("30-07", "", "'30-07' has no year: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        # either may be the month: both, month first first
        (
            "7/8",
            "",
            "'7/8' has no year, and may be day first or month first: write it as YYYY-MM-DD "
            "(2026-07-08 or 2026-08-07)",
        ),
        # the row's region writes the day first (date_region GB), or the month (US): one
        ("7/8", "GB", "'7/8' has no year: write it as YYYY-MM-DD, e.g. 2026-08-07"),
        ("7/8", "US", "'7/8' has no year: write it as YYYY-MM-DD, e.g. 2026-07-08"),
        # no month among them: not a date (with the spellings that are read)
        ("13/13", "", "'13/13' is not a date: write it as YYYY-MM-DD, e.g. 2026-07-30"),
        ("31/6", "", "'31/6' is not a date"),  # 31 June is no day, and 31 no month
    ],
)
def test_a_day_and_month_in_numbers_without_a_year_is_named_so(
    tmp_path: Path, kit: Kit, written: str, region: str, message: str
) -> None:
    """A US organiser's sheet (trial 11) gave `7/30`: it was "'7/30' is not a date", where
    `Jul 30` was "has no year". Two numbers parted as a date's are, one of them a month, are
    a day and a month without a year: named so, with the date in the campaign's year as the
    example, as a month's name without a year is; both readings where either may be the
    month and nothing tells which."""
    from dataclasses import replace

    kit_2026 = replace(kit, campaign=replace(kit.campaign, year=2026))
    data = tmp_path / "e.csv"
    data.write_text(
        f"event_id,language,title,date,venue,date_region\na,en,T,{written},P,{region}\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(data, errs), kit_2026, errs)
    assert good == []
    [problem] = [d for d in errs.items if d.is_error]
    assert problem.message.startswith(f"row 2, column date (D): {message}")


def test_a_number_in_a_date_cell_is_not_read_as_a_day_and_a_month(tmp_path: Path, kit: Kit) -> None:
    """A spreadsheet's number in a date cell (Excel keeps a typed 7.30 as the number 7.3, and
    18.30 as 18.3; a JSON export's 7.3) is no day and month: it is "not a date", as it was,
    not 3 July or 18 March."""
    data = tmp_path / "e.json"
    data.write_text(
        '[{"event_id": "a", "language": "en", "title": "T", "date": 7.3, "venue": "P"},'
        ' {"event_id": "b", "language": "en", "title": "T", "date": 18.3, "venue": "P"}]',
        encoding="utf-8",
    )
    errs = Collector()
    assert read_events(read_table(data, errs), kit, errs) == []
    year = kit.campaign.year
    assert [d.message for d in errs.items if d.is_error] == [
        f"record {n}, field date: '{v}' is not a date: write it as YYYY-MM-DD, e.g. {year}-07-30"
        for n, v in ((1, "7.3"), (2, "18.3"))
    ]


@pytest.mark.parametrize("language", sorted(ROOT_LANGUAGES))
def test_every_kit_languages_month_name_is_read(tmp_path: Path, kit: Kit, language: str) -> None:
    """A day, the month's name as CLDR writes it in a date (or the strings file's `months:`)
    and a year, for each of the kit's languages: Khmer's and Lao's names fell apart at their
    vowel signs, which a regular expression's \\w leaves out, and were never read (a
    review)."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(language.replace("-", "_")).months["format"]["wide"][7]
    except (UnknownLocaleError, KeyError):
        name = kit.languages[language].months[6] if kit.languages[language].months else ""
    if not name or name.startswith("M"):  # CLDR's root: M07, no name
        name = kit.languages[language].months[6]
    (record,), problems = records(tmp_path, kit, f'a,{language},T,"30 {name} 2027",,P,,,,\n')
    assert problems == [], name
    assert record.day == date(2027, 7, 30), name


# the kit's languages whose CLDR long date has no month's name to read: Haitian Creole has no
# CLDR data (ht.yaml's months: are read, test_a_date_with_its_months_name_is_read); Thai's
# (30 กรกฎาคม ค.ศ. 2027) and Vietnamese's (30 tháng 7, 2027) are read
NO_NAMED_LONG_DATE = {"ht"}


@pytest.mark.parametrize("language", sorted(set(ROOT_LANGUAGES) - NO_NAMED_LONG_DATE))
def test_cldrs_long_date_of_every_kit_language_is_read(
    tmp_path: Path, kit: Kit, language: str
) -> None:
    """A date as CLDR's long format writes it in each of the kit's languages, in the digits
    of the language: Russian's "30 июля 2027 г." and Ukrainian's "р." (the year's word, in
    the pattern's quotes) were "not a date", though the hint says a month's name is read;
    Chinese's 2027年7月30日 too (a review)."""
    from babel.dates import format_date

    written = format_date(date(2027, 7, 30), "long", locale=language.replace("-", "_"))
    (record,), problems = records(tmp_path, kit, f'a,{language},T,"{written}",,P,,,,\n')
    assert problems == [], written
    assert record.day == date(2027, 7, 30), written


@pytest.mark.parametrize(
    ("language", "written", "day"),
    [
        ("es", "30 d’agost del 2027", None),  # Catalan on a Spanish row: not its names
        ("en", "30 Sept 2027", date(2027, 9, 30)),  # British English's abbreviation
        ("en", "2027년 7월 30일", date(2027, 7, 30)),  # Korean's year, month and day
        ("en", "2027 年 7 月 30 日", date(2027, 7, 30)),
    ],
)
def test_dates_written_other_ways_are_read_or_named(
    tmp_path: Path, kit: Kit, language: str, written: str, day: date | None
) -> None:
    good, problems = records(tmp_path, kit, f'a,{language},T,"{written}",,P,,,,\n')
    if day is None:
        assert good == []
        assert "is not a date" in problems[0], problems
        return
    assert problems == []
    assert good[0].day == day


@pytest.mark.parametrize(
    ("language", "written", "day"),
    [
        # Vietnamese names its months by their number after tháng (CLDR vi's), with ngày
        # (day) and năm (year) as a document dates itself
        ("vi", "30 tháng 7 năm 2027", date(2027, 7, 30)),
        ("vi", "ngày 30 tháng 7 năm 2027", date(2027, 7, 30)),
        ("vi", "30 tháng 07, 2027", date(2027, 7, 30)),
        ("vi", "30 thg 7, 2027", date(2027, 7, 30)),  # CLDR's abbreviation
        ("vi", "7 tháng 3 năm 2027", date(2027, 3, 7)),
        ("vi", "30/7/2027", date(2027, 7, 30)),
        # Thai's Buddhist era: its year minus 543, with พ.ศ. or without (a Thai row's)
        ("th", "30 กรกฎาคม 2570", date(2027, 7, 30)),
        ("th", "30 กรกฎาคม พ.ศ. 2570", date(2027, 7, 30)),
        ("th", "วันที่ 30 กรกฎาคม พ.ศ. 2570", date(2027, 7, 30)),
        ("th", "30 ก.ค. 2570", date(2027, 7, 30)),  # a dotted abbreviation
        ("th", "1 ม.ค. 2571", date(2028, 1, 1)),
        ("th", "30 ก.ค. 2027", date(2027, 7, 30)),
        ("th", "30 กรกฎาคม ค.ศ. 2027", date(2027, 7, 30)),  # the common era's, CLDR's
        ("lo", "30 ກ.ລ. 2027", date(2027, 7, 30)),
        ("fr", "30 juil. 2027", date(2027, 7, 30)),
        ("es", "30 jul. 2027", date(2027, 7, 30)),
        ("en", "Jul. 30, 2027", date(2027, 7, 30)),
        # not read: an era's year that is the other era's, a Buddhist year on a row not Thai,
        # a month's number that is none, tháng without its number
        ("th", "30 กรกฎาคม ค.ศ. 2570", None),
        ("th", "30 กรกฎาคม พ.ศ. 2027", None),
        ("en", "30 July 2570", None),
        ("lo", "30 ກ.ລ. 2570", None),
        ("vi", "30 tháng 13 năm 2027", None),
        ("vi", "30 tháng năm 2027", None),
    ],
)
def test_vietnamese_and_thai_dates_and_dotted_abbreviations(
    tmp_path: Path, kit: Kit, language: str, written: str, day: date | None
) -> None:
    """An organiser's sheet: Vietnamese "30 tháng 7 năm 2027", Thai dates in the Buddhist era
    (พ.ศ. 2570) and the dotted abbreviations ก.ค. and ກ.ລ. were "not a date"."""
    good, problems = records(tmp_path, kit, f'a,{language},T,"{written}",,P,,,,\n')
    if day is None:
        assert good == []
        assert [p.split(": write")[0] for p in problems] == [
            f"2:4: error[merge.value]: row 2, column date (D): '{written}' is not a date"
        ]
        return
    assert problems == []
    assert good[0].day == day


@pytest.mark.parametrize(
    ("language", "more"),
    [
        ("vi", " and 30 tháng 7 2027 (the month's number after its word)"),
        ("th", " and a year of the Buddhist era (2570, พ.ศ. 2570)"),
    ],
)
def test_a_dates_hint_names_the_rows_own_forms(
    tmp_path: Path, kit: Kit, language: str, more: str
) -> None:
    """The hint of a date not read lists the forms read: a Vietnamese row's month number
    after tháng, a Thai row's Buddhist era."""
    _, problems = records(tmp_path, kit, f'a,{language},T,"30 x 2027",,P,,,,\n')
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): '30 x 2027' is not a date: write it "
        "as YYYY-MM-DD, e.g. 2027-07-30\n"
        "  hint: also read: 30/07/2027 (day first), 07/30/2027 (month first; with a day of "
        "12 or less, only when another date of the column tells which comes first), "
        f"30 July 2027 (a month's name in English or the row's language){more}"
    ]


@pytest.mark.parametrize(
    ("language", "written", "start"),
    [
        ("vi", "30 tháng 7 năm 2027 18:30", "18:30"),
        ("th", "30 ก.ค. 2570 18:30", "18:30 น."),  # CLDR th's time
        ("en", "30 July 2027 18:30", "18:30"),
        ("es", "30 de julio de 2027 18:00", "18:00"),
        ("en", "July 30, 2027 6:30 pm", "18:30"),
        ("en", "July 30 2027 6 pm", "18:00"),
        ("ru", "30 июля 2027 г. 19:00", "19:00"),
    ],
)
def test_a_when_cell_with_a_months_name_gives_the_date_and_the_start(
    tmp_path: Path, kit: Kit, language: str, written: str, start: str
) -> None:
    """A `When` cell's date written with a month's name: its first word alone was taken for
    the date, "'30 July 2027 18:30' is not read as an event's date and its start time ('30'
    is not a date ...)", while a date column read it (a review)."""
    head = "event_id,language,title,When,venue\n"
    (record,), problems = records(tmp_path, kit, f'a,{language},T,"{written}",P\n', head=head)
    assert problems == []
    assert record.day == date(2027, 7, 30)
    shown = record.layer.by_language[language]["event_time"].text
    assert shown == start, shown


BLANK_ROWS = [
    ["walk", "en", "Walk", "2024-07-30", "Park"],
    [" ", None, None, None, None],  # the trial's: a space typed in an empty row
    ["", "\t", "  ", None, "\u00a0"],  # a tab, spaces, a no-break space
    ["run", "en", "Run", "2024-07-31", "Park"],
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_row_of_blank_cells_is_skipped_in_every_format(
    tmp_path: Path, kit: Kit, suffix: str
) -> None:
    """A workbook's row whose only value is a space was refused with five errors ("'event_id'
    is empty", ...), while the same row of a CSV file was skipped: a row of blank cells
    (spaces only) is no row in either."""
    from openpyxl import Workbook

    path = tmp_path / f"events{suffix}"
    header = ["event_id", "language", "title", "date", "venue"]
    if suffix == ".csv":
        lines = [header, *([v or "" for v in r] for r in BLANK_ROWS)]
        path.write_text("\n".join(",".join(r) for r in lines) + "\n", encoding="utf-8")
    else:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for values in (header, *BLANK_ROWS):
            sheet.append(values)
        book.save(path)
    errs = Collector()
    table = read_table(path, errs)
    good = read_events(table, kit, errs)
    assert [d.render() for d in errs.items] == []
    assert [(r.id, r.row) for r in good] == [("walk", 2), ("run", 5)]
    assert table.count == 2


def test_an_xlsx_formula_without_a_saved_value_is_named(tmp_path: Path, kit: Kit) -> None:
    """openpyxl writes formulas without calculating them, as a script would: the cell holds no
    value, and the record says so at its cell rather than calling it empty."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue"])
    sheet.append(["walk", "en", '=CONCAT("Walk ", "2024")', "2024-07-30", "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert good == []
    assert [d.render() for d in errs.errors] == [
        f"{path}:2:3: error[merge.value]: row 2, column title (C): a formula without a saved "
        "value\n  hint: open the file in a spreadsheet program and save it, or write the "
        "value itself"
    ]


def _saved_by_a_spreadsheet(path: Path, values: dict[str, str]) -> None:
    """Give the workbook's formula cells (as openpyxl wrote them: no value) the values Excel
    and LibreOffice save with a formula that gives text: `<c r="A3" t="str"><f>...</f>
    <v>value</v></c>`, an empty text as `<v></v>`."""
    import re
    import zipfile

    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[name].decode()
    for ref, value in values.items():
        xml, count = re.subn(
            rf'<c r="{ref}"><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>',
            lambda m, ref=ref, value=value: f'<c r="{ref}" t="str"><f>{m[1]}</f><v>{value}</v></c>',
            xml,
        )
        assert count == 1, ref
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


# a template's row: each cell copies the organisers' column G when it is filled, else shows
# nothing (=IF(G3="","",G3), filled down); G3 itself left empty
TEMPLATE_ROW = ['=IF(G{n}="","",G{n})'] * 5


def _template_book(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", None, "source"])
    sheet.append(["walk", "en", "=G2", "2024-07-30", "Park", None, "Walk"])
    sheet.append([c.format(n=3) for c in TEMPLATE_ROW])
    sheet.append(["run", "en", "Run", "2024-07-31", "Park"])
    book.save(path)


def test_an_xlsx_row_of_formulas_that_show_nothing_is_skipped(tmp_path: Path, kit: Kit) -> None:
    """A template's formulas filled down (=IF(G3="","",G3)) show nothing in a row not filled
    in: Excel and LibreOffice save each one's value as an empty text, which openpyxl reads as
    None, as a formula never calculated; the row was refused with "a formula without a saved
    value" at each of its five cells. It is a blank row, skipped; a formula's saved text (the
    title =G2) is the cell's value."""
    path = tmp_path / "events.xlsx"
    _template_book(path)
    _saved_by_a_spreadsheet(path, {"C2": "Walk", **{f"{c}3": "" for c in "ABCDE"}})
    errs = Collector()
    table = read_table(path, errs)
    good = read_events(table, kit, errs)
    assert [d.render().split("\n")[0] for d in errs.items] == [  # the sheet's own column
        f"{path}:1:7: warning[merge.column]: events.xlsx: column 'source' is not used by the "
        "event templates"
    ]
    assert [(r.id, r.row, r.layer.values["event_title"].text) for r in good] == [
        ("walk", 2, "Walk"),
        ("run", 4, "Run"),
    ]
    assert table.count == 2


def test_an_xlsx_row_of_formulas_without_saved_values_is_named_once(
    tmp_path: Path, kit: Kit
) -> None:
    """The same template written by a program that does not calculate (openpyxl): whether
    row 3 is an event or shows nothing cannot be read. One error for the row, at its first
    formula, says how to store the values; the other rows are made."""
    path = tmp_path / "events.xlsx"
    _template_book(path)
    _saved_by_a_spreadsheet(path, {"C2": "Walk"})
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [d.render() for d in errs.errors] == [
        f"{path}:3:1: error[merge.value]: row 3, column event_id (A): the row holds only "
        "formulas whose values the file does not hold: it cannot be told whether it is an "
        "event or an empty row\n  hint: open the file in a spreadsheet program and save it, "
        "so that their values are stored (a row whose formulas show nothing is then skipped)"
    ]
    assert [r.id for r in good] == ["walk", "run"]


def test_xlsx_rows_of_formulas_without_saved_values_are_one_error_for_the_file(
    tmp_path: Path, kit: Kit
) -> None:
    """A review: a template's formulas filled down 1,000 rows, written by a program that does
    not calculate, gave 1,000 errors alike. One error names the rows as runs, at the first
    one's place and in its place among the other rows' problems."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", None, "source"])
    sheet.append(["walk", "en", "Walk", "2024-07-30", "Park"])
    sheet.append(["run", "en", "Run", "2024-13-45", "Park"])  # row 3: its own error
    sheet.append(["talk", "en", "Talk", "2024-07-31", "Hall"])
    for n in range(5, 1005):
        sheet.append([c.format(n=n) for c in TEMPLATE_ROW])
    sheet.append(["late", "en", "Late", "2024-07-32", "Park"])  # row 1005
    sheet.append([c.format(n=1006) for c in TEMPLATE_ROW])
    sheet.append(["swim", "en", "Swim", "2024-08-01", "Pool"])
    for n in range(1008, 1011):
        sheet.append([c.format(n=n) for c in TEMPLATE_ROW])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["walk", "talk", "swim"]
    assert [d.render().split("\n")[0] for d in errs.errors] == [
        f"{path}:3:4: error[merge.value]: row 3, column date (D): '2024-13-45' is no day of "
        "the calendar (year 2024, month 13, day 45)",
        f"{path}:5:1: error[merge.value]: row 5, column event_id (A): rows 5 to 1004, 1006 "
        "and 1008 to 1010 hold only formulas whose values the file does not hold: it cannot "
        "be told whether they are events or empty rows",
        f"{path}:1005:4: error[merge.value]: row 1005, column date (D): '2024-07-32' is no day "
        "of the calendar (year 2024, month 7, day 32)",
    ]
    assert errs.errors[1].hints == (
        "open the file in a spreadsheet program and save it, so that their values are stored "
        "(a row whose formulas show nothing is then skipped)",
    )


def test_xlsx_link_cells_open_their_hyperlink_and_hidden_rows_are_left_out(
    tmp_path: Path, kit: Kit
) -> None:
    """A spreadsheet's link cell shows a text and opens an address (Insert > Link, or
    =HYPERLINK): the address is the event's link ("Register here" was refused as no web
    address). Rows hidden in the sheet (by hand or by a filter) are not merged, and a warning
    names them at the first."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "link"])
    sheet.append(["walk", "en", "Walk", "2024-07-30", "Park", "Register here"])
    sheet["F2"].hyperlink = "https://example.org/walk?a=1&b=2"
    sheet.append(["run", "en", "Run", "2024-07-30", "Park", "x"])
    sheet.append(["gone", "en", "Cancelled", "2024-07-30", "Park", ""])
    sheet.append(
        [
            "talk",
            "en",
            "Talk",
            "2024-07-30",
            "Hall",
            '=HYPERLINK("https://example.org/talk?q=""x""", "Sign up")',
        ]
    )
    sheet.append(["ride", "en", "Ride", "2024-07-30", "Road", "https://example.org/ride"])
    sheet.append(["swim", "en", "Swim", "2024-07-30", "Pool", "Sign up"])
    sheet["F7"].hyperlink = "https://example.org/swim"
    sheet["F7"].hyperlink.location = "register"  # Excel keeps a #fragment apart
    sheet.append(["dive", "en", "Dive", "2024-07-30", "Pool", "Sign up"])
    sheet.append(["sail", "en", "Sail", "2024-07-30", "Lake", None])
    sheet["F8"].hyperlink = "https://example.org/water"  # one link cell for both
    sheet.merge_cells("F8:F9")
    sheet.append(["cycle", "en", "Cycle", "2024-07-30", "Track", "https://example.org/c"])
    sheet.append(["skate", "en", "Skate", "2024-07-30", None, "https://example.org/s"])
    sheet.merge_cells("E10:E11")  # one venue for both; the first row hidden
    sheet.row_dimensions[10].hidden = True
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[4].hidden = True
    for row in range(12, 60):  # hidden and empty: nothing left out
        sheet.row_dimensions[row].hidden = True
    for row in range(1, 12):  # made-up events: their example.org links are samples
        sheet.cell(row, 7, "sample" if row == 1 else True)
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [(r.id, r.layer.links) for r in good] == [
        ("walk", {"event": "https://example.org/walk?a=1&b=2"}),
        ("talk", {"event": 'https://example.org/talk?q="x"'}),
        ("ride", {"event": "https://example.org/ride"}),
        ("swim", {"event": "https://example.org/swim#register"}),
        ("dive", {"event": "https://example.org/water"}),
        ("sail", {"event": "https://example.org/water"}),  # under the merged cell's top
        ("skate", {"event": "https://example.org/s"}),  # its venue from a hidden row's cell
    ]
    assert good[-1].layer.values["event_venue"].text == "Track"
    assert [d.render() for d in errs.items] == [
        f"{path}:3:1: warning[merge.hidden]: events.xlsx: 3 row(s) hidden in sheet 'Sheet' are "
        "not merged (row 3, 4, 10); their events' earlier files are kept\n  hint: unhide the "
        "rows (or clear the sheet's filter) to merge them"
    ]


def test_a_link_whose_host_has_no_ascii_form_is_named(tmp_path: Path, kit: Kit) -> None:
    """A non-ASCII link is fine (the QR code gets its ASCII form); one whose host cannot be
    written in ASCII is an error at its cell. (Hosts under .org: one under .example, a name
    kept for examples, is a placeholder, `contacts.placeholder`.)"""
    body = (
        "walk,en,Walk,2024-07-30,,Park,,,https://bücher.example.org/über,\n"
        "run,en,Run,2024-07-30,,Park,,,https://a..bücher.example.org/,\n"
    )
    good, problems = records(tmp_path, kit, sampled(body), head=SAMPLE_HEAD)
    assert [r.layer.links for r in good] == [{"event": "https://bücher.example.org/über"}]
    assert problems == [
        "3:9: error[merge.value]: row 3, column link (I): the link 'https://a..bücher.example.org/': "
        "it cannot be put in a QR code or PDF link (the host name 'a..bücher.example.org' cannot be "
        "written in ASCII (label empty or too long))\n"
        "  hint: check the host name: labels between dots must be 1 to 63 characters"
    ]


def test_an_event_link_may_be_an_e_mail_or_a_phone_number(tmp_path: Path, kit: Kit) -> None:
    """An event that registers by e-mail or by phone: its link cell (a spreadsheet's "Write to
    us", whose hyperlink is mailto:, or the address as typed) is the QR code's mailto: or
    tel:, as the kit's own links may be. A link no phone can open is named at its cell."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "link", "sample"])
    rows = [
        ("mail", "Write to us", "mailto:walk@example.org?subject=Walk"),
        ("bare", "walk@example.org", None),
        ("call", "tel:+41-22-917-1234", None),
        ("web", "example.org/walk", None),
        ("ftp", "ftp://example.org/walk", None),
        ("nobody", "Mail us", "mailto:example.org"),
        ("letter", "tel:+41 22 9I7", None),
    ]
    for n, (event, shown, target) in enumerate(rows, 2):
        sheet.append([event, "en", "Walk", "2024-07-30", "Park", shown, True])  # made up
        if target:
            sheet[f"F{n}"].hyperlink = target
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [(r.id, r.layer.links) for r in good] == [
        ("mail", {"event": "mailto:walk@example.org?subject=Walk"}),
        ("bare", {"event": "mailto:walk@example.org"}),
        ("call", {"event": "tel:+41-22-917-1234"}),
        ("web", {"event": "https://example.org/walk"}),
    ]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "6:6: error[merge.value]: row 6, column link (F): the link 'ftp://example.org/walk': it "
        "is not a web, e-mail or phone address (https://, http://, mailto: or tel:)\n"
        "  hint: write https://..., mailto:name@example.org or tel:+CC-NNN-NNNN",
        "7:6: error[merge.value]: row 7, column link (F): the link 'mailto:example.org': the "
        "e-mail address 'example.org' has no name@domain\n"
        "  hint: write it as mailto:name@example.org",
        "8:6: error[merge.value]: row 8, column link (F): the link 'tel:+41 22 9I7': the phone "
        "number '+41 22 9I7' cannot be dialled (' ', 'I')\n"
        "  hint: write + and the country code, then digits, with - . ( ) between groups if you "
        "like (tel:+CC-NNN-NNNN); a letter O for a zero is a common slip",
    ]


# the hint at each of the rows of one event id
TWICE = "  hint: keep one row for the event and delete the other, or give each event its own id"


def test_event_ids_that_differ_only_in_capitals_are_one_id(tmp_path: Path, kit: Kit) -> None:
    """Walk-1 and walk-1 made two files whose names differ only in capitals: one file on
    Windows and macOS, in a ZIP unpacked there, or in a print shop's hot folder. The second
    is refused as the same id, naming how the first was written; the first too, naming the
    others (neither is made: which is the event cannot be told)."""
    body = (
        "Walk-1,en,Walk A,2026-07-30,,Park,,,,\n"
        "walk-1,en,Walk B,2026-07-30,,Park,,,,\n"
        "Walk-1,en,Walk C,2026-07-30,,Park,,,,\n"
    )
    good, problems = records(tmp_path, kit, body)
    assert [r.id for r in good] == []
    assert problems == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'Walk-1' is also on "
        "rows 3 and 4; each event needs its own, and neither row is made\n" + TWICE,
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'walk-1' is also on "
        "row 2 as 'Walk-1'; each event needs its own, and neither row is made (file names that "
        "differ only in capitals are one file on Windows and macOS)\n" + TWICE,
        "4:1: error[merge.value]: row 4, column event_id (A): event_id 'Walk-1' is also on "
        "row 2; each event needs its own, and neither row is made\n" + TWICE,
    ]


def test_one_row_per_language_of_an_event_is_told_how_to_give_each_its_title(
    tmp_path: Path, kit: Kit
) -> None:
    """An organiser with an English and an Arabic title wrote a row for each under one id:
    "each event needs its own" said nothing of how. The hint does."""
    body = "walk-1,en,Walk,2026-07-30,,Park,,,,\nwalk-1,ar,مسيرة,2026-07-30,,حديقة,,,,\n"
    good, problems = records(tmp_path, kit, body)
    assert [r.id for r in good] == []
    assert problems == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'walk-1' is also on row "
        "3; each event needs its own, and neither row is made\n" + TWICE,
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'walk-1' is also on row "
        "2; each event needs its own, and neither row is made\n"
        "  hint: one row makes an event in several languages (language: en, ar), each with "
        "its own title in a column named for it (title_ar); or give each row its own id "
        "(walk-1-ar)",
    ]


@pytest.mark.parametrize("first_bad", [True, False])
def test_a_duplicate_id_is_found_when_either_row_is_refused(
    tmp_path: Path, kit: Kit, first_bad: bool
) -> None:
    """A regional office's trial: rows m1 (a bad link) and m1 again made the second as m1,
    with no error of the duplicate, told only once the first row was mended. Every row's id
    is counted, refused or not, and each row names the other."""
    bad = "m1,es,Marcha,2027-07-30,,Parque,,,ftp://x,\n"
    good = "m1,es,Marcha,2027-07-30,,Parque,,,,\n"
    made, problems = records(tmp_path, kit, bad + good if first_bad else good + bad)
    # neither row is made (the later may be the earlier one corrected), as of two good rows
    assert made == []
    link = (
        "error[merge.value]: row {n}, column link (I): the link 'ftp://x': it is not a web, "
        "e-mail or phone address (https://, http://, mailto: or tel:)\n  hint: write "
        "https://..., mailto:name@example.org or tel:+CC-NNN-NNNN"
    )
    first = (
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'm1' is also on row 3; "
        "each event needs its own, and neither row is made\n" + TWICE
    )
    twice = (
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'm1' is also on row 2; "
        "each event needs its own, and neither row is made\n" + TWICE
    )
    if first_bad:
        assert problems == ["2:9: " + link.format(n=2), first, twice]
    else:
        assert problems == [first, "3:9: " + link.format(n=3), twice]


def test_a_spreadsheets_day_number_in_a_date_cell_is_named_as_such(
    tmp_path: Path, kit: Kit
) -> None:
    """A date column not formatted as dates is saved to CSV as day numbers (46233): it was
    "not a date: write it as YYYY-MM-DD", with no word of what 46233 is."""
    good, problems = records(tmp_path, kit, "walk,en,Walk,46233,,Park,,,,\n")
    assert good == []
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): '46233' is not a date but a "
        "spreadsheet's day number (2026-07-30?)\n"
        "  hint: format the column as a date in the spreadsheet before saving, or write "
        "2026-07-30"
    ]


DATE_AND_TIME_ROWS = (
    "a,en,A,2024-07-30 18:30,P\n"
    "b,en,B,30/07/2024 6:30 pm,P\n"  # day first: the column's order
    "c,en,C,05/07/2024 19:00,P\n"  # 5 July, as b tells
    "d,en,D,2024-07-31T09:15,P\n"  # ISO 8601's T
    "e,en,E,2024-07-31 19:30 CEST,P\n"  # an online event's zone
    "f,en,F,2024-07-31,P\n"  # a date alone: no time
)


@pytest.mark.parametrize(
    "header",
    ["Date and time", "Date & time", "Datetime", "When", "Date/time", "Event date and time"],
)
def test_a_date_and_time_column_gives_the_date_and_the_start(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """A sheet of one column for the event's date and time, and none for its date, was "no
    column 'date'": its date is the event's date and its time the start."""
    head = f"event_id,language,title,{header},venue\n"
    good, problems = records(tmp_path, kit, DATE_AND_TIME_ROWS, head=head)
    assert problems == []
    shown = {r.id: (r.day, r.layer.by_language["en"]["event_date"].text, _time_of(r)) for r in good}
    assert shown == {
        "a": (date(2024, 7, 30), "30 July 2024", "18:30"),
        "b": (date(2024, 7, 30), "30 July 2024", "18:30"),
        "c": (date(2024, 7, 5), "5 July 2024", "19:00"),
        "d": (date(2024, 7, 31), "31 July 2024", "09:15"),
        "e": (date(2024, 7, 31), "31 July 2024", "19:30\u00a0CEST"),
        "f": (date(2024, 7, 31), "31 July 2024", None),
    }


def _time_of(record: Record) -> str | None:
    entry = record.layer.by_language["en"].get("event_time")
    return entry.text if entry is not None else None


TWO_STARTS = (
    "  hint: write the start in one of the two cells (empty the time cell to use this one), "
    "or the same time in both"
)


def utc_warning(at: str, where: str, written: str, clock: str = "HH:MM", start: str = "") -> str:
    """The `merge.time` warning of a date-time in UTC at 18:30 on 30 July (2024 or 2026, as
    `written` says), its row giving no zone of its own (see test_zones); `start`: what it
    says of the time cell's time, which is shown (its date alone is UTC's)."""
    day = written[:10]
    india = f"{day[:8]}31"  # 18:30 UTC is the next day's midnight in UTC+5:30
    zone = written[19:] if written[19:20] != "." else written[23:]
    shown = (
        f"its date is shown as UTC's, {day}"
        if start
        else f"it is shown as UTC's, {day} at 18:30 UTC"
    )
    return (
        f"{at}: warning[merge.time]: {where}: '{written}' is a UTC time ({zone}) and the row "
        f"gives no offset of its own: {shown}, which may be "
        f"another day where the event is (it is {india} 00:00 in UTC+5:30, as a computer "
        f"there saves a date alone){start}\n"
        "  hint: write the event's own date, as its place has it, without the offset: "
        f"{india}\n"
        "  hint: or write the event's offset after its time in the time column "
        f"({clock} UTC+5:30): the date is then read in it; for an event held in UTC, 18:30 UTC"
    )


def test_a_time_column_beside_a_date_and_time_column_gives_the_start(
    tmp_path: Path, kit: Kit
) -> None:
    """A time cell that is filled is the start, as beside a date cell that holds a time. A
    review: When 18:30 beside time 19:00 printed 19:00 without a word; a warning at the
    When cell says which is used. A time cell that says the same, or more (an end, a zone),
    is no disagreement."""
    head = "event_id,language,title,When,time,venue\n"
    body = (
        "a,en,A,2024-07-30 18:30,19:00,P\n"
        "b,en,B,2024-07-30 18:30,,P\n"
        "c,en,C,2024-07-30 18:30,18:30,P\n"
        "d,en,D,2024-07-30 18:30,18:30-20:00,P\n"
        "e,en,E,2024-07-30T18:30:00,6:30 pm CEST,P\n"
        "f,en,F,2024-07-30T18:30:00Z,18:30,P\n"  # the zone lost
        "g,en,G,2024-07-30 18:00-20:00,18:00,P\n"  # the end lost
    )
    good, problems = records(tmp_path, kit, body, head=head)
    assert problems == [
        "2:4: warning[merge.time]: row 2, column When (D): its time (18:30) is not the time "
        f"cell's (19:00): the time cell's is used\n{TWO_STARTS}",
        utc_warning(  # one warning at the cell: it told the time cell's start again
            "7:4",
            "row 7, column When (D)",
            "2024-07-30T18:30:00Z",
            "18:30",
            ", with the time cell's start, 18:30",
        ),
        "8:4: warning[merge.time]: row 8, column When (D): its time (18:00-20:00) is not the "
        f"time cell's (18:00): the time cell's is used\n{TWO_STARTS}",
    ]
    assert [(r.id, _time_of(r)) for r in good] == [
        ("a", "19:00"),
        ("b", "18:30"),
        ("c", "18:30"),
        ("d", "18:30\u201320:00"),
        ("e", "18:30\u00a0CEST"),
        ("f", "18:30"),
        ("g", "18:00"),
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("2026-07-30T18:30:00Z", "18:30\u00a0UTC"),  # a JSON export's
        ("2026-07-30T18:30:00.000Z", "18:30\u00a0UTC"),  # JavaScript's toISOString
        ("2026-07-30T18:30:00+02:00", "18:30\u00a0UTC+2"),  # a form's, with its offset
        ("2026-07-30T18:30+0200", "18:30\u00a0UTC+2"),  # ISO 8601's basic offset
        ("2026-07-30T18:30:00-05:30", "18:30\u00a0UTC-5:30"),
        ("2026-07-30T18:30-05:00", "18:30\u00a0UTC-5"),  # after T: an offset, no range
        ("2026-07-30T18:30:45+00:00", "18:30\u00a0UTC"),  # the seconds dropped
        ("2026-07-30T18:30:00-00:00", "18:30\u00a0UTC"),  # RFC 3339's UTC
        ("2026-07-30T18:30:00.123456", "18:30"),  # Python's isoformat, no zone
        ("2026-07-30 18:30:00Z", "18:30\u00a0UTC"),  # RFC 3339's space
        ("2026-07-30 18:00-20:00", "18:00\u201320:00"),  # a space: a range, as before
        ("2026-07-30T18:00-20:00", "18:00\u201320:00"),  # -20:00 is no offset: a range
    ],
)
def test_an_iso_8601_date_time_gives_the_date_the_start_and_its_zone(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    """A review: the date-times of JSON exports, Google Forms and toISOString were "'18:30:00Z'
    is not a time". Z and an offset are the zone, shown after the time as an organiser
    writes one; the seconds and their fraction are dropped."""
    head = "event_id,language,title,Date and time,venue\n"
    (record,), problems = records(tmp_path, kit, f"a,en,A,{written},P\n", head=head)
    # in UTC, with no zone of the row's: shown as UTC's, with a warning (test_zones)
    in_utc = shown.endswith("\u00a0UTC") and "UTC" not in written
    assert [p.split(": '")[0] for p in problems] == (
        ["2:4: warning[merge.time]: row 2, column Date and time (D)"] if in_utc else []
    )
    assert (record.day, _time_of(record)) == (date(2026, 7, 30), shown)
    assert record.layer.by_language["en"]["event_time"].mark == Mark(tmp_path / "events.csv", 2, 4)


def test_an_iso_8601_offset_no_clock_has_is_named(tmp_path: Path, kit: Kit) -> None:
    head = "event_id,language,title,When,venue\n"
    good, problems = records(tmp_path, kit, "a,en,A,2026-07-30T18:30:00+15:00,P\n", head=head)
    assert good == []
    assert problems == [
        "2:4: error[merge.value]: row 2, column When (D): '2026-07-30T18:30:00+15:00' has the "
        "offset +15:00, which no time zone has: offsets from UTC run from -12:00 to +14:00\n"
        "  hint: write the offset of the event's place (e.g. +02:00 or -05:00), or its local "
        "time without one: 2026-07-30T18:30:00"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("18:30:00Z", "18:30\u00a0UTC"),
        ("18:30Z", "18:30\u00a0UTC"),
        ("18:30:00.000Z", "18:30\u00a0UTC"),
        ("18:30+02:00", "18:30\u00a0UTC+2"),  # a plus is never a range's
        ("18:30:00-05:00", "18:30\u00a0UTC-5"),  # after seconds: an offset
        ("18:30-05:00", "18:30\u201305:00"),  # alone: a range, as before
        ("18:30:15", "18:30"),
    ],
)
def test_a_time_column_reads_iso_8601_times(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    (record,), problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert problems == []
    assert _time_of(record) == shown


def test_a_date_column_reads_an_iso_8601_date_time(tmp_path: Path, kit: Kit) -> None:
    """A JSON export's date column holds date-times: 2026-07-30T18:30:00Z was "not a date".
    It is read as a spreadsheet's date cell holding a time is: the time is the start when
    the time cell is empty (said when it differs), and midnight (a date written as a
    date-time, toISOString's) is a date alone."""
    body = (
        "a,en,A,2026-07-30T18:30:00Z,,P,,,,\n"
        "b,en,B,2026-07-30T00:00:00.000Z,,P,,,,\n"
        "c,en,C,2026-07-30T18:30:00Z,19:00,P,,,,\n"
    )
    good, problems = records(tmp_path, kit, body)
    assert problems == [
        utc_warning("2:4", "row 2, column date (D)", "2026-07-30T18:30:00Z"),
        utc_warning(
            "4:4",
            "row 4, column date (D)",
            "2026-07-30T18:30:00Z",
            "19:00",
            ", with the time cell's start, 19:00 (not the cell's own time, 18:30 UTC)",
        ),
    ]
    assert [(r.id, r.day, _time_of(r)) for r in good] == [
        ("a", date(2026, 7, 30), "18:30\u00a0UTC"),
        ("b", date(2026, 7, 30), None),
        ("c", date(2026, 7, 30), "19:00"),
    ]


def test_a_yaml_date_time_and_a_record_without_a_date(tmp_path: Path, kit: Kit) -> None:
    """A YAML record's date-time (kept as its text) is read as a date cell's; a record
    without its date key, beside records with one, is named, not a crash (a KeyError)."""
    path = tmp_path / "events.yaml"
    path.write_text(
        "- {event_id: a, language: en, title: A, date: 2026-07-30T18:30:00Z, venue: P}\n"
        "- {event_id: b, language: en, title: B, date: 2026-07-30T18:30:00-05:30, venue: P}\n"
        "- {event_id: c, language: en, title: C, venue: P}\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [(r.id, _time_of(r)) for r in good] == [
        ("a", "18:30\u00a0UTC"),
        ("b", "18:30\u00a0UTC-5:30"),
    ]
    assert [d.render() for d in errs.items] == [
        f"{path}:" + utc_warning("1:47", "record 1, field date", "2026-07-30T18:30:00Z"),
        f"{path}:3:14: error[merge.value]: record 3, field event_id: the record has no "
        "'date'; every event needs one\n  hint: add it: date: 2024-07-30",
    ]


def test_a_date_and_time_workbook_cell_gives_the_date_and_the_start(
    tmp_path: Path, kit: Kit
) -> None:
    """A workbook's date-and-time cell under `Date and time`, with an end_time column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "Date and time", "venue", "End time"])
    sheet.append(["walk", "fr", "Marche", datetime(2024, 7, 30, 18, 30), "Parc", time(20, 0)])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    shown = record.layer.by_language["fr"]
    assert (shown["event_date"].text, shown["event_time"].text) == (
        "30 juillet 2024",
        "18:30\u2009\u2013\u200920:00",  # CLDR's French range
    )
    assert shown["event_time"].mark == Mark(path, 2, 4)  # the time is the cell's


SPLIT = (
    "  hint: write it as YYYY-MM-DD HH:MM, or split the column in two: date (YYYY-MM-DD) and "
    "time (HH:MM, the start)"
)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        (
            "05/07/2024 19:00",
            "'05/07/2024' may be day first or month first, and no date in the column tells "
            "which: write it as YYYY-MM-DD (2024-07-05 or 2024-05-07)",
        ),
        (
            "2024-07-30 25:00",
            "'25:00' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
            "18:00-20:00",
        ),
        # a month's name and then a word that is no time (it was "July 30 2024 6 pm", now
        # read: test_a_when_cell_with_a_months_name_gives_the_date_and_the_start)
        (
            "July 30 2024 evening",
            "'July' is not a date: write it as YYYY-MM-DD, e.g. 2024-07-30",
        ),
        ("18:30 2024-07-30", "'18:30' is not a date: write it as YYYY-MM-DD, e.g. 2024-07-30"),
    ],
)
def test_a_date_and_time_not_read_unambiguously_is_one_error_at_its_cell(
    tmp_path: Path, kit: Kit, written: str, why: str
) -> None:
    head = "event_id,language,title,When,venue\n"
    good, problems = records(tmp_path, kit, f"a,en,A,{written},P\n", head=head)
    assert good == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column When (D): '{written}' is not read as an "
        f"event's date and its start time ({why})\n{SPLIT}"
    ]


def test_a_date_and_time_column_beside_a_date_column_is_the_sheets_own(
    tmp_path: Path, kit: Kit
) -> None:
    """With a date column, `Date and time` is judged as before: it names the time the sheet
    lacks (an error), or, beside a time column too, it is a column not used (a warning)."""
    head = "event_id,language,title,date,Date and time,venue\n"
    good, problems = records(tmp_path, kit, "a,en,A,2024-07-30,2024-07-30 18:30,P\n", head=head)
    assert good == []
    assert problems[0].split("\n")[0] == (
        "1:5: error[merge.column]: events.csv: column 'Date and time' is no column of the "
        "event templates, and the sheet has no 'time': its values would be lost"
    )
    head = "event_id,language,title,date,time,Date and time,venue\n"
    body = "a,en,A,2024-07-30,10:00,2024-07-30 18:30,P\n"
    (record,), problems = records(tmp_path, kit, body, head=head)
    assert [p.split("\n")[0] for p in problems] == [
        "1:6: warning[merge.column]: events.csv: column 'Date and time' is not used by the "
        "event templates"
    ]
    assert _time_of(record) == "10:00"


def test_a_time_cldr_writes_with_pm_is_in_the_languages_digits(tmp_path: Path, kit: Kit) -> None:
    """Babel writes Bengali, Urdu and Khmer times with "PM": the rule that keeps digits in
    Latin text took "PM" for Latin text, and the time printed 6:30 PM beside a date in the
    language's digits. (Their CLDR 12-hour time is a strings file's `clock: 12` now: by
    default their time is 24-hour, test_times.py.)"""
    from dataclasses import replace

    twelve = {c: replace(kit.languages[c], clock=12) for c in ("bn", "ur")}
    kit = replace(kit, languages={**kit.languages, **twelve})
    body = 'walk,"bn, ur",Walk,2026-07-30,18:30,Park,,,,,Walk\n'
    (record,), problems = records(tmp_path, kit, body, head=HEAD.rstrip() + ",title_ur\n")
    assert problems == []
    shown = {c: v["event_time"].text for c, v in record.layer.by_language.items()}
    assert shown == {"bn": "৬:৩০ PM", "ur": "۶:۳۰ PM"}


def test_a_language_cell_of_no_code_is_named_not_a_crash(tmp_path: Path, kit: Kit) -> None:
    """A language cell of "," alone passed the checks with no language, and the duplicate
    id's hint then read its first language: an internal error (IndexError)."""
    body = 'walk-1,en,Walk,2026-07-30,,Park,,,,\nwalk-1,",",Walk,2026-07-30,,Park,,,,\n'
    good, problems = records(tmp_path, kit, body)
    assert [r.id for r in good] == []
    assert problems == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'walk-1' is also on row "
        "3; each event needs its own, and neither row is made\n" + TWICE,
        "3:2: error[merge.value]: row 3, column language (B): ',' names no language\n"
        "  hint: write a code: en",
        # the refused row's id is counted too (with no language, the hint of a row per
        # language is not given)
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'walk-1' is also on row "
        "2; each event needs its own, and neither row is made\n" + TWICE,
    ]


def test_a_column_given_twice_is_named_with_its_letters(tmp_path: Path, kit: Kit) -> None:
    """Two columns of one name (case aside): a row would keep one value and drop the other
    unseen, so the sheet is refused before any row."""
    head = "event_id,language,title,date,Title,venue\n"
    good, problems = records(tmp_path, kit, "a,en,First,2024-07-30,Second,V\n", head=head)
    assert good == []
    assert problems == [
        "1:5: error[merge.column]: events.csv has one column 2 times: 'title' (C), "
        "'Title' (E)\n"
        "  hint: keep one of them: a record has one value of each column"
    ]


@pytest.mark.parametrize("body", ["", "\n\n", ",,,,\n"])
def test_a_sheet_with_no_rows_is_named(tmp_path: Path, kit: Kit, body: str) -> None:
    good, problems = records(tmp_path, kit, body, head="event_id,language,title,date,venue\n")
    assert good == []
    assert problems == [
        "1:1: error[merge.read]: events.csv has its header but no rows: no event to make\n"
        "  hint: add a row per event under the header"
    ]


def test_the_kits_language_names_are_kept_in_the_users_cache(
    own_cache: Path, kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names a language cell may give (`language_codes`: CLDR's through Babel, about
    0.14 s a process) are read from the user's cache in a later process, the same as made;
    another set of languages, or other code (this package's source or a library's version:
    `code_version`), is another entry, made again."""
    from campaign.merge import languages
    from campaign.pipeline import fingerprint

    codes = tuple(kit.languages)
    made = languages._language_codes(codes)
    assert made["español"] == ("es",)
    assert made["persian"] == ("fa",)
    languages.language_codes.cache_clear()
    assert languages.language_codes(codes) == made
    assert len(list(own_cache.rglob("language-names-*.pickle"))) == 1
    calls: list[tuple[str, ...]] = []
    real = languages._language_codes

    def counted(asked: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        calls.append(asked)
        return real(asked)

    monkeypatch.setattr(languages, "_language_codes", counted)
    languages.language_codes.cache_clear()  # a later process: from the file, not Babel
    assert languages.language_codes(codes) == made
    assert calls == []
    languages.language_codes.cache_clear()
    assert languages.language_codes(codes[:3]) == real(codes[:3])
    assert calls == [codes[:3]]
    monkeypatch.setattr(fingerprint, "code_version", lambda: "another version of the code")
    languages.language_codes.cache_clear()
    assert languages.language_codes(codes) == made
    assert calls == [codes[:3], codes]  # made again: the code that made the entry changed
    assert len(list(own_cache.rglob("language-names-*.pickle"))) == 3
    languages.language_codes.cache_clear()


def test_language_codes_are_case_insensitive_and_a_region_is_read_as_its_language(
    tmp_path: Path, kit: Kit
) -> None:
    """BCP 47 tags are case-insensitive: EN is en. A tag with a region or a script (fr-FR,
    th-TH, zh-CN: what form builders and spreadsheet locales write) is the kit's language of
    its language subtag when both are written in one script (CLDR's likely subtags); zh-TW is
    Traditional Han where the kit's zh is Simplified, and is refused with the hint naming zh."""
    body = (
        "a,EN,Walk,2024-07-30,,Park,,,,\nb,fr-FR,Marche,2024-07-30,,Parc,,,,\n"
        'c,"en, EN, ar",W,2024-07-30,,P,,,,,W\nd,th_TH,เดิน,2024-07-30,,สวน,,,,\n'
        "e,zh-CN,走,2024-07-30,,公园,,,,\nf,zh-TW,走,2024-07-30,,公園,,,,\n"
    )
    good, problems = records(tmp_path, kit, body, head=HEAD.rstrip() + ",title_AR\n")
    # "en, EN": one language, once (two were two jobs of one file, and publishing failed)
    assert [(r.id, r.languages) for r in good] == [
        ("a", ("en",)),
        ("b", ("fr",)),
        ("c", ("en", "ar")),
        ("d", ("th",)),
        ("e", ("zh",)),
    ]
    assert problems == [
        "7:2: error[merge.value]: row 7, column language (B): unknown language 'zh-TW'\n"
        "  hint: the kit has 'zh' (Chinese (Simplified)): write 'zh' if that suits this event"
    ]


def test_a_csv_row_longer_than_its_header_by_an_empty_cell_is_refused(
    tmp_path: Path, kit: Kit
) -> None:
    """An unquoted comma in a row whose last cell is empty: the cells after it moved one column
    on, and the extra one, past the header, is empty. It was read without a word (a trial's
    flyer said "Organised by парк Ататюрка"); it is refused as a non-empty extra cell is. A
    row of as many cells as its header, its last empty, is read."""
    head = "event_id,language,title,date,time,venue,organiser\n"
    body = "walk,ru,Марш,2024-07-30,10:00,Бишкек, парк Ататюрка,\nrun,en,Run,2024-07-30,,Park,\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["run"]
    assert problems == [
        "2:8: error[merge.value]: row 2, column without a header (H): an empty cell past the "
        "header's last column: a comma outside quotes split a cell of this row, and the cells "
        "after it moved one column on\n"
        '  hint: a cell that holds a comma goes in quotes ("City Park, Main Street"); if the '
        "row ends with a comma typed by mistake, remove it"
    ]


def test_a_cell_no_header_names_refuses_its_row(tmp_path: Path, kit: Kit) -> None:
    """An unquoted comma makes a cell two: the second, past the header's columns, was lost
    unseen (the flyer read "City Park"). Its row is refused, naming it."""
    head = "event_id,language,title,date,time,venue\n"
    body = "walk,en,Walk,2024-07-30,10:00,City Park, Main Street\nrun,en,Run,2024-07-30,,Park\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["run"]
    assert problems == [
        "2:7: error[merge.value]: row 2, column without a header (G): 'Main Street': no column "
        "header names this; it would be lost\n"
        '  hint: a cell that holds a comma goes in quotes ("City Park, Main Street"), or give '
        "the column a header"
    ]


def test_a_date_cell_with_a_time_gives_the_time_when_no_time_cell_does(
    tmp_path: Path, kit: Kit
) -> None:
    """A spreadsheet date cell of 30/07/2026 18:30 lost its time without a word; a time cell
    written beside it is the time."""
    from datetime import datetime, time

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "time"])
    sheet.append(["a", "fr", "A", datetime(2026, 7, 30, 18, 30), "P", None])
    sheet.append(["b", "fr", "B", datetime(2026, 7, 30, 18, 30), "P", time(9, 0)])
    sheet.append(["c", "fr", "C", datetime(2026, 7, 30), "P", None])  # a date alone: no time
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    found = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    shown = {r.id: dict((k, v.text) for k, v in r.layer.by_language["fr"].items()) for r in found}
    assert shown == {
        "a": {"event_date": "30 juillet 2026", "event_time": "18:30"},
        "b": {"event_date": "30 juillet 2026", "event_time": "09:00"},
        "c": {"event_date": "30 juillet 2026"},
    }
    no_time_column = tmp_path / "two.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue"])
    sheet.append(["a", "fr", "A", datetime(2026, 7, 30, 18, 30), "P"])
    book.save(no_time_column)
    (record,) = read_events(read_table(no_time_column, errs), kit, errs)
    assert record.layer.by_language["fr"]["event_time"].text == "18:30"
    assert record.layer.by_language["fr"]["event_time"].mark.col == 4  # the date cell's


def test_the_workbooks_sheet_with_the_events_columns_is_read(tmp_path: Path, kit: Kit) -> None:
    """A workbook with a sheet of instructions first: its header had none of the columns, and
    the merge gave five "has no column" errors without naming the sheet it read."""
    from openpyxl import Workbook

    from campaign.merge.events import REQUIRED

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Instructions"
    notes.append(["Fill one row per event on the next sheet"])
    events = book.create_sheet("Events")
    events.append(["event_id", "language", "title", "date", "venue"])
    events.append(["walk", "en", "Walk", "2026-07-30", "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert (table.sheet, table.sheets) == ("Events", ("Instructions", "Events"))
    (record,) = read_events(table, kit, errs)
    assert record.id == "walk"
    assert errs.items == []
    # no sheet has them: the error names the sheet read, and the others; the sheet read
    # holds a title alone, so the error is that it has no header (no five "has no column")
    del book["Events"]
    book.create_sheet("Other").append(["id", "lang"])
    book.save(path)
    with pytest.raises(DiagnosticsError) as raised:
        read_table(path, Collector(), REQUIRED)
    assert [d.render() for d in raised.value.diagnostics] == [
        f"{path}:1:1: error[merge.column]: events.xlsx (sheet 'Instructions' of Instructions, "
        "Other): no header row in its first 100 rows: none names the columns event_id, "
        "language, title, date, venue; each holds one cell at most (row 1: 'Fill one row per "
        "event on the next sheet')\n"
        "  hint: put the header row (event_id, language, title, date, venue: a column's name "
        "a cell) within the first 100 rows, with a title at most (one cell a row) above it: "
        "delete the rows above it, or move the instructions to a sheet of their own\n"
        "  hint: or read another sheet: --sheet NAME ('Other')"
    ]
    # a header with a column of the events on the sheet read: each missing one is told
    book["Instructions"].append(["id", "language", "Venue"])
    book.save(path)
    errs = Collector()
    assert read_events(read_table(path, errs, REQUIRED), kit, errs) == []
    assert errs.errors[0].message == (
        "events.xlsx (sheet 'Instructions' of Instructions, Other) has no column 'event_id'"
    )


def test_headers_are_read_with_case_spaces_and_hyphens_aside(tmp_path: Path, kit: Kit) -> None:
    """`Event ID` was "no column 'event_id'" with the hint "did you mean 'event id'?"."""
    for head in (
        "Event ID,Language,TITLE,date,Venue,Time\n",
        "event-id,language,title,date,venue,time\n",
        # the separators of a name's words taken as one (diagnostics.name_words): these were
        # event___id and event__id, "no column 'event_id'"
        "Event _ ID,Language,Title,Date,Venue,Time\n",
        "EVENT__ID,Language,Title,Date,Venue,Time\n",
    ):
        (record,), problems = records(tmp_path, kit, "w,fr,M,2026-07-30,Parc,18:30\n", head=head)
        assert problems == []
        assert record.id == "w"
        assert record.layer.by_language["fr"]["event_time"].text == "18:30"


def test_a_language_name_or_a_code_the_kit_lacks_gets_its_hint(tmp_path: Path, kit: Kit) -> None:
    """French is read as fr (test_language_names); a name misspelt, or a code the kit lacks,
    is refused with its hint."""
    _, problems = records(tmp_path, kit, "a,Frnech,A,2026-07-30,,P,,,,\nb,de,B,2026-07-30,,P,,,,\n")
    assert problems == [
        "2:2: error[merge.value]: row 2, column language (B): unknown language 'Frnech'\n"
        "  hint: did you mean 'fr' (French)?",
        "3:2: error[merge.value]: row 3, column language (B): unknown language 'de'\n"
        f"  hint: languages: {NAMED}\n"
        "  hint: to add it: python generate.py new language de",
    ]


def test_a_merged_cell_gives_its_value_to_every_row_it_spans(tmp_path: Path, kit: Kit) -> None:
    """Two events at one venue, the venue cells merged (E2:E3): row 3 was "'venue' is
    empty". Cells beside a merged range's top (over columns) are not filled."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "organiser"])
    sheet.append(["a", "fr", "A", "2026-07-30", "Parc", "Groupe"])
    sheet.append(["b", "fr", "B", "2026-07-30", None, None])
    sheet.append(["c", "fr", None, "2026-07-30", "Gare", None])
    sheet.merge_cells("E2:E3")
    sheet.merge_cells("E4:F4")  # over columns: F4 is not the venue
    sheet.merge_cells("B3:C3")  # C3 (title) is not the language
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    found = read_events(read_table(path, errs), kit, errs)
    assert {r.id: r.layer.values["event_venue"].text for r in found} == {"a": "Parc"}
    assert [d.message for d in errs.errors] == [
        "row 3, column title (C): 'title' is empty; every event needs one",
        "row 4, column title (C): 'title' is empty; every event needs one",
    ]
    sheet.unmerge_cells("B3:C3")
    sheet["C3"] = "B"
    sheet["C4"] = "C"
    book.save(path)
    errs = Collector()
    found = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    venues = {r.id: r.layer.values["event_venue"].text for r in found}
    assert venues == {"a": "Parc", "b": "Parc", "c": "Gare"}
    (c,) = [r for r in found if r.id == "c"]
    assert c.layer.values["event_organiser"].text == ""  # F4, beside E4:F4's top: not "Gare"


def test_a_cell_with_a_line_break_does_not_move_the_row_numbers(tmp_path: Path, kit: Kit) -> None:
    """A title typed with Alt+Enter spans two lines of the CSV: the next row's problem was
    named "row 4" (its line), where the spreadsheet shows row 3. The row is the record; the
    place (file:line:column) stays the line, for a text editor."""
    body = 'a,en,"Walk\nfor all",2026-07-30,,P,,,,\nb,en,B,2026-13-01,,P,,,,\n'
    _, problems = records(tmp_path, kit, body)
    assert problems == [
        "4:4: error[merge.value]: row 3, column date (D): '2026-13-01' is no day of the "
        "calendar (year 2026, month 13, day 1)\n"
        "  hint: a month is 1 to 12: if the day and the month are swapped, write 2026-01-13"
    ]


def test_an_empty_value_is_named_by_its_header_as_written(tmp_path: Path, kit: Kit) -> None:
    """Headers are read with case and spaces aside; the message names the one the organiser
    sees ('Venue', not 'venue')."""
    head = "Event ID,Language,Title,Date,Venue\n"
    _, problems = records(tmp_path, kit, "a,en,A,2026-07-30,\n", head=head)
    assert problems == [
        "2:5: error[merge.value]: row 2, column Venue (E): 'Venue' is empty; every event needs one"
    ]


def test_a_row_in_several_languages_gives_each_its_own_words(tmp_path: Path, kit: Kit) -> None:
    """An organiser's row "fr, ar" made an Arabic flyer with the French title, without a word.
    Columns named for a language (title_ar; headers as read: "Venue AR") give that language its
    own words; a title shown unchanged in two or more of the row's languages is a warning at
    the title's cell, naming the columns that would give the others theirs."""
    head = "event_id,language,title,Title AR,date,venue,Venue-AR,organiser_fr\n"
    body = (
        'talk,"fr, ar",Débat,نقاش,2026-07-30,Salle,قاعة,Groupe\n'
        'walk,"en, fr, ar",Walk,,2026-07-30,Park,,\n'
        'run,"en, es",Run,,2026-07-30,Park,,\n'
        "one,en,Walk,,2026-07-30,Park,,\n"
    )
    good, problems = records(tmp_path, kit, body, head=head)
    talk = good[0].layer

    def shown(key: str, code: str) -> str | None:
        entry = talk.value(key, code)
        return entry.text if entry is not None else None

    fields = ("event_title", "event_venue", "event_organiser")
    words = {c: tuple(shown(k, c) for k in fields) for c in ("fr", "ar")}
    assert words == {"fr": ("Débat", "Salle", "Groupe"), "ar": ("نقاش", "قاعة", None)}
    assert problems == [
        "3:3: warning[merge.shared]: row 3, column title (C): the title 'Walk' would be shown as "
        "written in each of the row's languages (en, fr, ar)\n"
        "  hint: give each language its title (title_en, title_fr, title_ar; 'title' then "
        "serves a language left without one); a title that is the same in two languages (a "
        "name): write it in each",
        "4:3: warning[merge.shared]: row 4, column title (C): the title 'Run' would be shown as "
        "written in each of the row's languages (en, es)\n"
        "  hint: give each language its title (title_en, title_es; 'title' then serves a "
        "language left without one); a title that is the same in two languages (a name): "
        "write it in each",
    ]
    # a language's value on a row not made in that language: named, not dropped unseen
    body = "d1,ar,Walk,نقاش,2026-07-30,Park,,Groupe\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["d1"]
    assert problems == [
        "2:8: warning[merge.shared]: row 2, column organiser_fr (H): a French organiser, but "
        "the row is not made in fr (language: ar): it is not used\n"
        "  hint: add fr to the row's language cell, or empty this cell"
    ]
    body = "d2,fr,Marche,مسيرة,2026-07-30,Parc,,Groupe\n"  # "a Arabic title" it said
    good, problems = records(tmp_path, kit, body, head=head)
    assert any("column Title AR (D): an Arabic title, but " in p for p in problems), problems


def test_each_language_may_have_its_own_title_and_no_shared_one(tmp_path: Path, kit: Kit) -> None:
    """`title` is required unless every language of the row has its own; a row whose language
    lacks one is named at the empty title cell."""
    head = "event_id,language,title,title_en,title_ar,date,venue\n"
    body = 'a,"en, ar",,Walk,مسيرة,2026-07-30,Park\nb,"en, ar",,Walk,,2026-07-30,Park\n'
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a"]
    assert problems == [
        "3:3: error[merge.value]: row 3, column title (C): 'title' is empty, and ar has no title "
        "of its own (title_ar); every event needs one"
    ]
    # a table of per-language titles only: each row's languages need theirs
    head = "event_id,language,title_en,title_ar,date,venue\n"
    body = 'a,"en, ar",Walk,مسيرة,2026-07-30,Park\nb,"en, ar",Walk,,2026-07-30,Park\n'
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a"]
    assert problems == [
        "3:4: error[merge.value]: row 3, column title_ar (D): no 'title' is given, and ar has "
        "no title of its own (title_ar); every event needs one\n"
        "  hint: give title_ar, or add a column title for each language without its own"
    ]


def test_a_per_language_venue_without_a_venue_column_is_named_with_the_fix(
    tmp_path: Path, kit: Kit
) -> None:
    """A Thai office's sheet with venue_th and no venue column, its row in th and en: it was
    "'venue' is empty" (there is no such column) with no hint."""
    head = "event_id,language,title,date,venue_th\n"
    good, problems = records(tmp_path, kit, 'a,"th,en",T,2026-07-30,V\n', head=head)
    assert good == []
    assert [p for p in problems if "merge.shared" not in p] == [
        "2:5: error[merge.value]: row 2, column venue_th (E): no 'venue' is given, and en has "
        "no venue of its own (venue_en); every event needs one\n"
        "  hint: give venue_en, or add a column venue for each language without its own"
    ]


def test_a_column_for_a_language_the_kit_lacks_is_named(tmp_path: Path, kit: Kit) -> None:
    """title_de (no German strings in the kit) is named as a language column whose values are
    not used; contact_email is no language column (a word after the name, not a code: beside
    a contact column, a column of the sheet's own)."""
    head = "event_id,language,title,date,venue,title_de,contact_email,title_ARB,venue_map,contact\n"
    body = "a,en,Walk,2026-07-30,Park,Lauf,a@example.org,x,https://example.org/map,\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a"]
    assert problems == [
        "1:6: warning[merge.column]: events.csv: column 'title_de' is for language 'de', which "
        "the kit does not have: its values are not used\n"
        f"  hint: languages: {NAMED}\n"
        "  hint: to add it: python generate.py new language de",
        "1:7: warning[merge.column]: events.csv: column 'contact_email' is not used by the "
        "event templates\n  hint: did you mean 'contact'?",
        "1:8: warning[merge.column]: events.csv: column 'title_ARB' is for language 'arb', which "
        "the kit does not have: its values are not used\n"
        "  hint: 'arb' is another code of 'ar' (Arabic): write 'ar'",
        # map is no language CLDR knows: a column of its own
        "1:9: warning[merge.column]: events.csv: column 'venue_map' is not used by the event "
        "templates\n  hint: did you mean 'venue'?",
    ]


def test_a_record_without_any_title_key_is_named_not_a_crash(tmp_path: Path, kit: Kit) -> None:
    """In a YAML file each record has its own keys: one with `title_en` let the file through
    the column check, and one with no title key at all stopped the merge (StopIteration).
    An empty language cell no longer garbles the message ("and  have no title...")."""
    form = tmp_path / "events.yaml"
    form.write_text(
        "- {event_id: a, language: en, title_en: Walk, date: 2026-07-30, venue: Park}\n"
        "- {event_id: b, language: en, date: 2026-07-30, venue: Park}\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(form, errs), kit, errs)
    assert [r.id for r in good] == ["a"]
    assert [d.render().replace(f"{form}:", "") for d in errs.items] == [
        "2:14: error[merge.value]: record 2, field event_id: no 'title' is given, and en has "
        "no title of its own (title_en); every event needs one\n"
        "  hint: give title_en, or add a column title for each language without its own"
    ]
    _, problems = records(tmp_path, kit, "x,,,2026-07-30,,Park,,,,\n")
    assert (
        "2:3: error[merge.value]: row 2, column title (C): 'title' is empty; every event needs one"
        in problems
    ), problems


def test_a_yaml_key_not_used_is_named_where_it_is_first_written(tmp_path: Path, kit: Kit) -> None:
    """A key of YAML records that no column uses was named without a place (a JSON or
    YAML file has no header row): it is named where it is first written; JSON, which
    gives no places, is named by the file."""
    form = tmp_path / "events.yaml"
    form.write_text(
        "- {event_id: a, language: en, title: Walk, date: 2026-07-30, venue: Park}\n"
        "- event_id: b\n  language: en\n  title: Run\n  date: 2026-07-30\n  venue: Park\n"
        "  venu: Park\n- {event_id: c, language: en, title: Swim, date: 2026-07-30, venue: P,\n"
        "   venu: Pool}\n",
        encoding="utf-8",
    )
    errs = Collector()
    read_events(read_table(form, errs), kit, errs)
    assert [d.render().replace(f"{form}:", "") for d in errs.items] == [
        "7:3: warning[merge.column]: events.yaml: column 'venu' is not used by the event "
        "templates\n  hint: did you mean 'venue'?"
    ]
    data = tmp_path / "events.json"
    data.write_text(
        '[{"event_id": "a", "language": "en", "title": "W", "date": "2026-07-30", '
        '"venue": "P", "venu": "P"}]',
        encoding="utf-8",
    )
    errs = Collector()
    read_events(read_table(data, errs), kit, errs)
    assert [d.render() for d in errs.items] == [
        "warning[merge.column]: events.json: column 'venu' is not used by the event "
        "templates\n  hint: did you mean 'venue'?"
    ]


def test_a_typo_date_does_not_make_a_good_column_ambiguous(tmp_path: Path, kit: Kit) -> None:
    """31/31/2026 (a typo) counted as telling both orders: 30/07/2026, which can only be day
    first, was refused with "no date in the column tells which", and the typo was told to
    be written as "()". A date that is none either way tells nothing and is named so; a date
    that can be read one way only is read so; a column written both ways says so."""
    good, problems = records(
        tmp_path,
        kit,
        "a,en,A,30/07/2026,,P,,,,\nb,en,B,31/31/2026,,P,,,,\nc,en,C,05/07/2026,,P,,,,\n",
    )
    shown = [(r.id, r.layer.by_language["en"]["event_date"].text) for r in good]
    assert shown == [("a", "30 July 2026"), ("c", "5 July 2026")]
    assert problems == [
        "3:4: error[merge.value]: row 3, column date (D): '31/31/2026' is no day of the "
        "calendar (year 2026, month 31, day 31)\n"
        "  hint: a month is 1 to 12: check the date, and write it as YYYY-MM-DD"
    ]
    good, problems = records(
        tmp_path,
        kit,
        "a,en,A,30/07/2026,,P,,,,\nb,en,B,07/30/2026,,P,,,,\nc,en,C,05/07/2026,,P,,,,\n"
        "d,en,D,30/02/2026,,P,,,,\n",
    )
    assert [r.id for r in good] == ["a", "b"]  # each can be read one way only
    assert problems == [
        "4:4: error[merge.value]: row 4, column date (D): '05/07/2026' may be day first or "
        "month first, and the column has dates written day first (30/07) and month first "
        "(07/30): write it as YYYY-MM-DD (2026-07-05 or 2026-05-07)\n  hint: or give the row a date_region, its country's code (a column), that "
        "orders it: GB reads it 2026-07-05, US 2026-05-07",
        "5:4: error[merge.value]: row 5, column date (D): '30/02/2026' is not a date either "
        "way (day first or month first)",
    ]


def test_the_events_sheet_is_found_under_a_title_and_a_header_named_otherwise(
    tmp_path: Path, kit: Kit
) -> None:
    """Instructions first, and the Events sheet with a title above its header (`Event ID`
    written so): the instructions were read, five times "has no column"; the Events sheet
    is chosen, read from its header's row, and the title named, with the sheet."""
    from openpyxl import Workbook

    from campaign.merge.events import REQUIRED, event_column

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Instructions"
    notes.append(["Fill in the Events sheet"])
    events = book.create_sheet("Events")
    events.append(["Blue Heart events 2026"])
    events.append(["Event ID", "Language", "Title", "Date", "Venue"])
    events.append(["walk", "en", "Walk", "2026-07-30", "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    table = read_table(path, errs, REQUIRED, key=event_column)
    assert table.sheet == "Events"
    assert [(r.id, r.row) for r in read_events(table, kit, errs)] == [("walk", 3)]
    assert [d.render() for d in errs.items] == [
        f"{path}:2:1: note[merge.title-rows]: events.xlsx (sheet 'Events'): the header is on "
        "row 2; row 1 above it holds a title only, not read (row 1: 'Blue Heart events 2026')\n"
        "  hint: a record or a column name above row 2 is not read: put it below the header"
    ]


def test_a_header_under_a_title_merged_across_the_columns_is_found(
    tmp_path: Path, kit: Kit
) -> None:
    """A title merged across A1:K1, an empty row, the header on row 3 (an organiser's trial):
    read through the first row's merged cell, the header's words were joined ("Event ID
    Language Title ..."), nothing below a title was found and each column was "missing",
    five times; then the header's row was named, and nothing made. The sheet is read from
    the header's row, the title merged across the columns no header cell."""
    from openpyxl import Workbook

    from campaign.merge.events import REQUIRED, event_column

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Blue Heart events 2026 - volunteer planning sheet"])
    sheet.merge_cells("A1:K1")
    sheet.append([])
    sheet.append(["Event ID", "Language", "Title", "Title (FR)", "Date", "Time", "Venue"])
    sheet.append(["walk", "en, fr", "Walk", "Marche", "2026-07-30", "08:00", "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    (record,) = read_events(read_table(path, errs, REQUIRED, key=event_column), kit, errs)
    assert (record.id, record.row, record.day) == ("walk", 4, date(2026, 7, 30))
    assert [d.code for d in errs.items] == ["merge.title-rows"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("20h", "20:00"),  # French, as 20h00 was already read
        ("20h00", "20:00"),
        ("10 h", "10:00"),  # French typography's spaces (an organiser's trial: refused)
        ("20 h 30", "20:30"),
        ("9.30", "09:30"),
        ("18:30:00", "18:30"),
        ("8am", "08:00"),  # a 12-hour time, as English speakers write it: it was refused
        ("8:00 pm", "20:00"),
        ("8.30 p.m.", "20:30"),
        ("8:00:00 AM", "08:00"),  # Google Sheets' CSV in English: it was refused
        ("6:30:00 PM", "18:30"),
        ("12 AM", "00:00"),
        ("12:15 pm", "12:15"),
    ],
)
def test_times_as_people_write_them(tmp_path: Path, kit: Kit, written: str, read: str) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert problems == []
    assert good[0].layer.by_language["en"]["event_time"].text == read


def test_the_end_of_a_day_is_no_start(tmp_path: Path, kit: Kit) -> None:
    _, problems = records(tmp_path, kit, "a,en,A,2026-07-30,24:00,P,,,,\n")
    assert problems == [
        "2:5: error[merge.value]: row 2, column time (E): '24:00' is the end of a day, not a "
        "start\n  hint: for an event that starts at midnight, write 00:00 with the next day's "
        "date"
    ]


@pytest.mark.parametrize(
    ("written", "shown", "problem"),
    [
        # a review: 10:00-24:00 was "ends before it starts" (merge.time), 00:00-24:00 "ends
        # when it starts"
        ("10:00-24:00", "10:00\u201300:00", None),
        ("00:00-24:00", None, "'00:00-24:00' is the whole day"),
    ],
)
def test_an_event_that_ends_at_24_00(
    tmp_path: Path, kit: Kit, written: str, shown: str | None, problem: str | None
) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    if shown is not None:
        assert problems == []
        assert good[0].layer.by_language["en"]["event_time"].text == shown
    else:
        assert good == []
        assert any(str(problem) in p for p in problems), problems


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("19:30 TBC", "'19:30 TBC' is a time still to be confirmed"),  # no zone: a review
        # a time is no place: French n.c. is judged as French's in an English row's time
        ("19:30 n.c.", "'19:30 n.c.' is a time still to be confirmed"),
        ("19:30 ZOOM", "'19:30 ZOOM' is not a time"),
        ("18:00 UTC+99", "'18:00 UTC+99' has the offset UTC+99, which no time zone has"),
    ],
)
def test_a_word_after_a_time_is_no_zone(
    tmp_path: Path, kit: Kit, written: str, problem: str
) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert good == []
    assert any(problem in p for p in problems), problems


def test_the_end_time_columns_zone(tmp_path: Path, kit: Kit) -> None:
    """A review: time 19:30 CEST with end_time 21:00 CEST was "'21:00 CEST' is not a time";
    two zones that differ are an error."""
    head = HEAD.rstrip() + ",end_time\n"
    body = (
        "a,en,A,2026-07-30,19:30 CEST,P,,,,,21:00 CEST\nb,en,B,2026-07-30,19:30,P,,,,,21:00 EAT\n"
    )
    body += "c,en,C,2026-07-30,19:30 CEST,P,,,,,21:00 EAT\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a", "b"]
    assert good[0].layer.by_language["en"]["event_time"].text == "19:30\u201321:00\u00a0CEST"
    assert good[1].layer.by_language["en"]["event_time"].text == "19:30\u201321:00\u00a0EAT"
    assert any("the end's time zone (EAT) is not the start's (CEST)" in p for p in problems)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # a day period (pm, CLDR's) after an hour of 24 hours
        ("13pm", "\n  hint: '13pm' has an hour of 24 hours (13) with a day period: write it "
         "in 24 hours without the day period, e.g. 13:00"),
        # the number that is no hour or minute named (they had no hint)
        ("25:00", "\n  hint: 25 is no hour of the day (00 to 23)"),
        # one word, its apostrophe in it (it was two, 'o' and 'clock')
        # an hour alone says no half of the day: both, never one (08:00 was the example)
        ("8 o'clock", "\n  hint: the word 'o'clock' is not read in a time: write the time "
         "in 24 hours, 08:00 or 20:00"),
        ("20h75", "\n  hint: 75 is no minute of an hour (00 to 59)"),
        ("18", ""),
    ],
)  # fmt: skip
def test_a_time_that_is_none_is_named(tmp_path: Path, kit: Kit, written: str, hint: str) -> None:
    _, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write it "
        "as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00" + hint
    ]


@pytest.mark.parametrize(
    ("written", "en", "fr"),
    [
        # refused: "'18:00 - 20:00' is not a time"
        ("18:00 - 20:00", "18:00\u201320:00", "18:00\u2009\u2013\u200920:00"),
        ("18:00\u201320:30", "18:00\u201320:30", "18:00\u2009\u2013\u200920:30"),
        ("18h-20h", "18:00\u201320:00", "18:00\u2009\u2013\u200920:00"),
        ("6-8pm", "18:00\u201320:00", "18:00\u2009\u2013\u200920:00"),  # the end's pm
        ("6:30 - 8 p.m.", "18:30\u201320:00", "18:30\u2009\u2013\u200920:00"),
        ("11-1pm", "11:00\u201313:00", "11:00\u2009\u2013\u200913:00"),  # 11 am: not after 1
        ("22:00~02:00", "22:00\u201302:00", "22:00\u2009\u2013\u200902:00"),  # past midnight
        # until midnight, as ISO 8601's end of a day (an organiser's trial: "not a time range")
        ("22:00-24:00", "22:00\u201300:00", "22:00\u2009\u2013\u200900:00"),
        (
            "\u0661\u0668:\u0660\u0660-\u0662\u0660:\u0660\u0660",
            "18:00\u201320:00",
            "18:00\u2009\u2013\u200920:00",
        ),
    ],
)
def test_a_time_range_is_written_as_each_language_writes_one(
    tmp_path: Path, kit: Kit, written: str, en: str, fr: str
) -> None:
    """CLDR's interval formats (Babel): en-GB 18:00–20:00, fr 18:00 – 20:00 (thin spaces),
    ar in its digits with م, zh 18:00–20:00."""
    good, problems = records(tmp_path, kit, f'a,"en,fr,ar,zh",A,2026-07-30,{written},P,,,,\n')
    assert [p for p in problems if "merge.shared" not in p] == []
    shown = {c: good[0].layer.by_language[c]["event_time"].text for c in ("en", "fr", "ar", "zh")}
    assert shown["en"] == en
    assert shown["fr"] == fr
    assert shown["zh"] == en
    start, end = (int(t[:2]) for t in en.split("\u2013"))
    arabic = str.maketrans(
        "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    )
    assert f"{start % 12 or 12}".translate(arabic) in shown["ar"]
    assert f"{end % 12 or 12}".translate(arabic) in shown["ar"]
    assert not any(c in "0123456789" for c in shown["ar"])


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("18-20", "'18-20' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00"),
        ("6-8", "'6-8' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00"),
        (
            "18:00-late",
            "'18:00-late' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00"
            "\n  hint: the word 'late' is not read in a time: write the time alone, e.g. 18:00",
        ),
        (
            "18:00-19:00-20:00",
            "'18:00-19:00-20:00' is not a time: write it as HH:MM (24 h), "
            "e.g. 18:30, or a range, e.g. 18:00-20:00",
        ),
        (
            "18:00-18:00",
            "'18:00-18:00' ends when it starts\n  hint: write its start and end, e.g. 18:00-20:00",
        ),
    ],
)
def test_a_time_range_that_is_none_is_named(
    tmp_path: Path, kit: Kit, written: str, problem: str
) -> None:
    _, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert problems == [f"2:5: error[merge.value]: row 2, column time (E): {problem}"]


def test_an_end_time_column_ends_the_time_cells_start(tmp_path: Path, kit: Kit) -> None:
    """A sheet with a column for each end: `End time` is end_time (it was "not used by the
    event templates" and the end lost)."""
    head = "event_id,language,title,date,time,End time,venue\n"
    body = (
        "a,en,A,2026-07-30,18:00,20:00,P\n"
        "b,en,B,2026-07-30,18:00,,P\n"  # no end: the start alone
        "c,en,C,2026-07-30,,20:00,P\n"  # an end without a start
        "d,en,D,2026-07-30,18:00-19:00,20:00,P\n"  # two ends
        "e,en,E,2026-07-30,18:00,18:00,P\n"
        "f,en,F,2026-07-30,18:00,19:00-20:00,P\n"
    )
    good, problems = records(tmp_path, kit, body, head=head)
    assert {r.id: r.layer.by_language["en"]["event_time"].text for r in good} == {
        "a": "18:00\u201320:00",
        "b": "18:00",
    }
    assert problems == [
        "4:6: error[merge.value]: row 4, column End time (F): the event has an end_time but no "
        "time\n  hint: write its start in the time column",
        "5:6: error[merge.value]: row 5, column End time (F): the time cell's range "
        "(18:00-19:00) has an end already\n  hint: keep the end in one of the two cells",
        "6:6: error[merge.value]: row 6, column End time (F): the event ends when it starts "
        "(18:00)\n  hint: write the end of the event",
        "7:6: error[merge.value]: row 7, column End time (F): '19:00-20:00' is a range; "
        "end_time is the end alone, e.g. 20:00",
    ]


@pytest.mark.parametrize(
    ("written", "link"),
    [
        ("+41 22 917 1234", "tel:+41-22-917-1234"),  # refused: "cannot be dialled (' ')"
        ("tel:+41 22 917 1234", "tel:+41-22-917-1234"),
        ("022 917 1234", "tel:022-917-1234"),
        ("tel:116 000", "tel:116-000"),
        ("+41-22-917-1234", "tel:+41-22-917-1234"),  # as before: hyphens are a phone's own
    ],
)
def test_a_phone_number_typed_in_groups_is_a_link_to_call(
    tmp_path: Path, kit: Kit, written: str, link: str
) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,,P,,,{written},\n")
    # a national number on a row of no country: dialled as typed, with a warning
    national = (
        "2:9: warning[merge.phone]: row 2, column link (I): '022 917 1234' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)\n"
        f"  hint: {NATIONAL_FIX}"
    )
    assert problems == ([national] if written.startswith("0") else [])
    assert good[0].layer.links == {"event": link}


def test_digits_in_groups_that_are_no_phone_number_stay_refused(tmp_path: Path, kit: Kit) -> None:
    """A date typed into the link column is not taken for a number to call."""
    _, problems = records(tmp_path, kit, "a,en,A,2026-07-30,,P,,,2026 07 30,\n")
    assert len(problems) == 1
    assert "row 2, column link (I): the link '2026 07 30'" in problems[0]


def test_a_header_merged_across_two_columns_reads_them_as_one(tmp_path: Path, kit: Kit) -> None:
    """`venue` over F1:G1, the venue written in two cells (`Park`, `(north gate)`): the second
    was "a cell no column header names", the row refused with a CSV's quoting hint."""
    from openpyxl import Workbook

    from campaign.merge.events import REQUIRED

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "time", "venue", None])
    sheet.merge_cells("F1:G1")
    sheet.append(["walk", "en", "Walk", "2026-07-30", "10:00", "Park", "(north gate)"])
    sheet.append(["run", "en", "Run", "2026-07-31", "09:00", "Square", None])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs, REQUIRED), kit, errs)
    assert errs.items == []
    assert [(r.id, r.layer.values["event_venue"].text) for r in good] == [
        ("walk", "Park (north gate)"),
        ("run", "Square"),
    ]


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        # read as ending the next day, 22 hours later: it was a warning, and the flyer
        # printed 20:00–18:00
        (
            "20:00 - 18:00",
            "the event ends before it starts (20:00 to 18:00): ending the next day, it would "
            "last 22 h 00, more than 12 h\n"
            "  hint: if the start and the end are swapped, write the start first: 18:00-20:00",
        ),
        (
            "9pm-8:30pm",
            "the event ends before it starts (21:00 to 20:30): ending the next day, it would "
            "last 23 h 30, more than 12 h\n"
            "  hint: if the start and the end are swapped, write the start first: 20:30-21:00",
        ),
        ("22:00-02:00", None),  # a night: 4 hours
        ("20:00-08:00", None),  # 12 hours, at the limit
    ],
)
def test_a_range_that_ends_long_before_it_starts_is_refused(
    tmp_path: Path, kit: Kit, written: str, problem: str | None
) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    if problem is None:
        assert (len(good), problems) == (1, [])
    else:
        assert good == []
        assert problems == [
            f"2:5: error[merge.value]: row 2, column time (E): {problem}\n"
            "  hint: an event that runs past midnight ends within 12 h of its start "
            "(22:00-02:00); one of several days gives its last day in an end_date column"
        ]


@pytest.mark.parametrize(
    ("header", "near"),
    [
        ("end_tme", "end_time"),  # the flyers lost their end times, with a warning only
        ("Venu", "venue"),  # venue_sw beside it: the rows named venue_sw for English
        ("tilte_ar", "title_ar"),  # was "did you mean 'title'?" (titel_ar: Dutch's title)
        ("Organisor", "organiser"),
    ],
)
def test_a_misspelt_column_the_sheet_lacks_is_an_error_at_its_header(
    tmp_path: Path, kit: Kit, header: str, near: str
) -> None:
    head = f"event_id,language,title,date,venue_sw,{header}\n"
    if header != "Venu":
        head = head.replace("venue_sw", "venue")
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V,x\n", head=head)
    assert good == []
    assert problems[0] == (
        f"1:6: error[merge.column]: events.csv: column '{header}' is no column of the event "
        f"templates, and the sheet has no '{near}': its values would be lost\n"
        f"  hint: did you mean '{near}'? name the column {near}"
    )


def test_a_column_of_the_sheets_own_near_an_event_column_is_a_warning(
    tmp_path: Path, kit: Kit
) -> None:
    """contact_email beside a contact column, and timezone (less close to time): a sheet's
    own columns, not used (a warning), the row made; so are an event column's name and more
    (Contacted?, a yes/no column, blocked the merge as a misspelt contact)."""
    head = "event_id,language,title,date,venue,contact_email,timezone,Contacted?,Photos,contact\n"
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V,x,UTC,yes,2,\n", head=head)
    assert [r.id for r in good] == ["a"]
    assert [p.split(": events.csv", 1)[0] for p in problems] == [
        "1:6: warning[merge.column]",
        "1:7: warning[merge.column]",
        "1:8: warning[merge.column]",
        "1:9: warning[merge.column]",
    ]


# the trial's headers (a country office's sheets): each lost its column's values with a
# warning, exit 0, and the flyers that showed them were made again without them (its Start
# time, Organizer name, Event organizer and Event end time are read since the fortieth
# session: column_names.ENGLISH_NAMES, tests/merge/test_headers.py)
MEANT = [
    ("Website", "link"),
    ("Contact email", "contact"),
    ("Link (QR)", "link"),
    ("Organisation", "organiser"),
    ("E-mail", "contact"),
    ("Event end", "end_time"),  # close to event_id, which the sheet has: not a second id
]


def _meant_error(name: str, place: str, header: str, column: str) -> str:
    return (
        f"{place}: error[merge.column]: {name}: column '{header}' is no column of the event "
        f"templates, and the sheet has no '{column}': its values would be lost\n"
        f"  hint: did you mean '{column}'? name the column {column}\n"
        f"  hint: or, to keep '{header}' as the sheet's own, add a column {column} beside it"
    )


@pytest.mark.parametrize(("header", "column"), MEANT)
def test_a_column_meant_as_an_event_column_the_sheet_lacks_is_an_error(
    tmp_path: Path, kit: Kit, header: str, column: str
) -> None:
    """README: "a misspelt column ... is an error, as its values would be lost"; a header
    that names an event column by a word of it or of what it holds (case, spaces, brackets,
    organizer) was only a warning, and no row was refused."""
    head = f"event_id,language,title,date,venue,{header}\n"
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V,x\n", head=head)
    assert good == []
    assert problems == [_meant_error("events.csv", "1:6", header, column)]


def test_a_column_meant_as_an_event_column_in_a_workbook_is_named_at_its_header(
    tmp_path: Path, kit: Kit
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "Notes", "Link (QR)"])
    sheet.append(["walk", "en", "Walk", "2024-07-30", "Park", "ours", "example.org"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        _meant_error("events.xlsx", "1:7", "Link (QR)", "link"),  # Notes: the sheet's own
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Time zone",
        "Photos",
        "Photo credit",
        # a review: each stopped the merge as the photo, time, contact or link column
        "Photo credits",
        "Image credit",
        "Photo by",
        "Time zone (UTC)",
    ],
)
def test_a_column_that_means_no_event_column_is_a_warning(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """An organiser's own columns stay theirs: not used, the rows made."""
    head = f"event_id,language,title,date,venue,{header}\n"
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V,x\n", head=head)
    assert [r.id for r in good] == ["a"]
    assert [p.split("\n")[0] for p in problems] == [
        f"1:6: warning[merge.column]: events.csv: column '{header}' is not used by the event "
        "templates"
    ]


COLUMNS_HINT = (
    "  hint: columns: event_id, language, title, date, end_date, time, end_time, venue, "
    "organiser, contact, link, photo, date_region"
)


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        # the column its words name, as diagnostics.closest finds it (difflib's ratio counted
        # the letters of a word the header adds: 'event_id' for Event date)
        ("Event date", "  hint: did you mean 'date'?"),
        ("Date when", "  hint: did you mean 'date'?"),
        ("Linked", "  hint: did you mean 'link'?"),
        # a header about a column's value means none (closest found 'photo')
        ("Photo credit", COLUMNS_HINT),
    ],
)
def test_a_warnings_did_you_mean_is_the_column_its_header_means(
    tmp_path: Path, kit: Kit, header: str, hint: str
) -> None:
    """The warning for a sheet's own column (beside the column it names, or near none) offers
    the event column its header is near as `diagnostics.closest` finds it, as every other
    "did you mean" of the kit does; none for a header about a column's value."""
    head = f"event_id,language,title,date,time,venue,{header}\n"
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,10:00,V,x\n", head=head)
    assert [r.id for r in good] == ["a"]
    assert problems == [
        f"1:7: warning[merge.column]: events.csv: column '{header}' is not used by the event "
        f"templates\n{hint}"
    ]


def test_a_column_meant_as_one_the_sheet_has_is_a_warning(tmp_path: Path, kit: Kit) -> None:
    """Start time beside time, Website beside link: the sheet's own columns."""
    head = "event_id,language,title,date,time,venue,link,Start time,Website,sample\n"
    body = "a,en,T,2024-07-30,08:00,V,https://example.org,8 am,example.org,true\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a"]
    assert [p.split(": events.csv")[0] for p in problems] == [
        "1:8: warning[merge.column]",
        "1:9: warning[merge.column]",
    ]


@pytest.mark.parametrize(
    ("header", "column", "place", "letter"),
    [
        ("Day", "date", "1:4", "D"),
        ("Languages", "language", "1:2", "B"),
        ("ID", "event_id", "1:1", "A"),
    ],
)
def test_a_required_column_the_sheet_names_otherwise_is_named_once(
    tmp_path: Path, kit: Kit, header: str, column: str, place: str, letter: str
) -> None:
    """`Event date` for date (read since: test_headers) was "no column 'date'" with every
    column listed, and a warning "did you mean 'event_id'?" for the header; `Languages` was
    named twice (an error and a warning). The missing column's error names the header,
    once."""
    cols = ["event_id", "language", "title", "date", "venue"]
    cols[cols.index(column)] = header
    good, problems = records(tmp_path, kit, "a,en,T,2024-07-30,V\n", head=",".join(cols) + "\n")
    assert good == []
    assert problems == [
        f"{place}: error[merge.column]: events.csv has no column '{column}'\n"
        f"  hint: did you mean '{header}' (column {letter})? name that column {column}\n"
        + REQUIRED_HINT
    ]


def test_a_title_column_meant_for_a_language_keeps_it(tmp_path: Path, kit: Kit) -> None:
    """`Event title (FR)` beside title: the French titles, not the shared one (it was "no
    column of the event templates, and the sheet has no 'title_fr'"; an English export's
    name of the title, column_names.ENGLISH_NAMES, with its language is title_fr)."""
    head = "event_id,language,title,date,venue,Event title (FR)\n"
    (record,), problems = records(tmp_path, kit, 'a,"en,fr",T,2024-07-30,V,TF\n', head=head)
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.layer.by_language["fr"]["event_title"].text == "TF"
    assert record.layer.values["event_title"].text == "T"


def test_organizer_is_the_organiser_column(tmp_path: Path, kit: Kit) -> None:
    """A sheet made in the US names the column Organizer (and Organizer (FR)): it was "not
    used by the event templates", and the organisers were lost."""
    head = "event_id,language,title,title_fr,date,venue,Organizer,Organizer (FR)\n"
    good, problems = records(tmp_path, kit, 'a,"en,fr",T,TF,2024-07-30,V,Org,OrgF\n', head=head)
    assert problems == []
    assert good[0].layer.values["event_organiser"].text == "Org"
    assert good[0].layer.by_language["fr"]["event_organiser"].text == "OrgF"


@pytest.mark.parametrize(
    ("written", "shown", "problem"),
    [
        # 12 am is midnight, often written for noon: read as 22:00-00:00, a night
        (
            "10-12 am",
            None,
            "'10-12 am' may end at noon or at midnight: 12 am is midnight, and "
            "is often written for noon\n  hint: write it in 24 hours: 10:00-12:00 for a morning, "
            "22:00-00:00 for a night",
        ),
        (  # the hint's times the cell's own (it said 10:00-12:00 whatever the start)
            "9:30-12 am",
            None,
            "'9:30-12 am' may end at noon or at midnight: 12 am is midnight, and "
            "is often written for noon\n  hint: write it in 24 hours: 09:30-12:00 for a morning, "
            "21:30-00:00 for a night",
        ),
        ("11-12pm", "11:00\u201312:00", None),
        # the start says am: as written, 15 h to the next day's midnight (it was a warning,
        # and the flyer printed 09:00–00:00)
        (
            "9am-12am",
            None,
            "the event ends before it starts (09:00 to 00:00): ending the next day, it would "
            "last 15 h 00, more than 12 h\n"
            "  hint: 12 am is midnight: for noon write 12 pm or 12:00\n"
            "  hint: if the start and the end are swapped, write the start first: 00:00-09:00",
        ),
        # no am or pm: 11:00 to 1:00 would end the next day, 14 hours later
        (
            "11:00-1:00",
            None,
            "the event ends before it starts (11:00 to 01:00): ending the next day, it would "
            "last 14 h 00, more than 12 h\n"
            "  hint: if the start and the end are swapped, write the start first: 01:00-11:00",
        ),
    ],
)
def test_a_range_ending_at_twelve_or_one_without_am_or_pm(
    tmp_path: Path, kit: Kit, written: str, shown: str | None, problem: str | None
) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    if shown is not None:
        assert good[0].layer.by_language["en"]["event_time"].text == shown
    if problem is None:
        assert problems == []
    else:
        assert good == []
        assert [p.rsplit("\n", 1)[0] if "swapped" in p else p for p in problems] == [
            f"2:5: error[merge.value]: row 2, column time (E): {problem}"
        ]


def test_an_end_time_gives_the_start_its_half_of_the_day(tmp_path: Path, kit: Kit) -> None:
    """time 6:00 and end_time 8 pm was 06:00-20:00, where 6:00-8 pm in one cell is
    18:00-20:00: both are read alike; a 24-hour start past 12 is kept."""
    head = "event_id,language,title,date,time,end_time,venue\n"
    body = (
        "a,en,A,2026-07-30,6:00,8 pm,P\n"
        "b,en,B,2026-07-30,18:00,8 pm,P\n"
        "c,en,C,2026-07-30,10:00,12 am,P\n"
        "d,en,D,2026-07-30,18:00,bad,P\n"
    )
    good, problems = records(tmp_path, kit, body, head=head)
    assert {r.id: r.layer.by_language["en"]["event_time"].text for r in good} == {
        "a": "18:00\u201320:00",
        "b": "18:00\u201320:00",
    }
    assert problems == [
        "4:6: error[merge.value]: row 4, column end_time (F): '10:00-12 am' may end at noon or at "
        "midnight: 12 am is midnight, and is often written for noon\n  hint: write it in 24 "
        "hours: 10:00-12:00 for a morning, 22:00-00:00 for a night",
        "5:6: error[merge.value]: row 5, column end_time (F): 'bad' is not a time: write it as "
        "HH:MM (24 h), e.g. 20:00\n  hint: the word 'bad' is not read in a time: write the time "
        "in digits, HH:MM (24 h)",
    ]


def test_a_spreadsheets_time_cell_keeps_its_half_of_the_day(tmp_path: Path, kit: Kit) -> None:
    """A time cell 08:00 (a time of the day, not text) with end_time 10 pm was read as
    20:00-22:00, as the text 8:00 beside 10 pm is; and 10 am-12 am said only "swapped?"."""
    from datetime import time

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "time", "end_time"])
    sheet.append(["a", "en", "A", "2026-07-30", "P", time(8, 0), "10 pm"])
    sheet.append(["b", "en", "B", "2026-07-30", "P", "10 am", "12 am"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert {r.id: r.layer.by_language["en"]["event_time"].text for r in good} == {
        "a": "08:00\u201322:00",
    }
    (error,) = errs.items  # 10:00 to the next day's 00:00, 14 hours: refused at its end
    assert (error.code, error.mark.line if error.mark else 0) == ("merge.value", 3)
    assert error.hints[:2] == (
        "12 am is midnight: for noon write 12 pm or 12:00",
        "if the start and the end are swapped, write the start first: time 00:00 and end_time "
        "10:00",
    )


def test_a_links_shown_words_in_a_csv_say_where_its_address_went(tmp_path: Path, kit: Kit) -> None:
    """A sheet saved as CSV keeps a link cell's shown words ("Register here"), not its
    address (an organiser's trial, Google Sheets): the hint says so, and what keeps it."""
    head = "event_id,language,title,date,venue,link\n"
    _, problems = records(tmp_path, kit, "w,en,Walk,2026-07-30,Park,Register here\n", head=head)
    assert problems == [
        "2:6: error[merge.value]: row 2, column link (F): the link 'Register here': it is not a "
        "web, e-mail or phone address (https://, http://, mailto: or tel:)\n"
        "  hint: the cell has a link's shown words, not its address (a sheet saved as CSV keeps "
        "the words): type the address itself (https://...), or merge the workbook (.xlsx, "
        ".ods), which keeps it"
    ]


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        # a short number (Thailand's anti-trafficking hotline, a trial's hot.csv): it has no
        # +CC form, which the hint gave
        (
            "1300",
            "for a number to call, write tel:1300 (a short number is dialled as it is, without "
            "a country code), or https://... or mailto:name@example.org",
        ),
        # a word and the number (a trial's line.csv: "the cell has a link's shown words")
        (
            "โทร 1300",
            "for a number to call, write tel:1300 (a short number is dialled as it is, without "
            "a country code), and 'โทร' in the contact column; if the cell has a link's shown "
            "words, type its address (https://...)",
        ),
        (
            "Call: +41 22 917 1234",
            "for a number to call, write tel:+41-22-917-1234: the link is the address alone; "
            "'Call:' may go in the contact column",
        ),
    ],
)
def test_a_number_to_call_in_a_link_cell_is_told_its_tel_address(
    tmp_path: Path, kit: Kit, link: str, hint: str
) -> None:
    head = "event_id,language,title,date,venue,link\n"
    _, problems = records(tmp_path, kit, f"w,th,Walk,2026-07-30,Park,{link}\n", head=head)
    assert problems == [
        f"2:6: error[merge.value]: row 2, column link (F): the link '{link}': it is not a "
        "web, e-mail or phone address (https://, http://, mailto: or tel:)\n"
        f"  hint: {hint}"
    ]


def test_a_short_number_as_its_tel_address_is_a_link(tmp_path: Path, kit: Kit) -> None:
    """tel:1300, which the hint gives, is the event's link."""
    head = "event_id,language,title,date,venue,contact,link\n"
    (record,), problems = records(
        tmp_path, kit, "w,th,Walk,2026-07-30,Park,1300,tel:1300\n", head=head
    )
    assert problems == []
    assert record.layer.links == {"event": "tel:1300"}


def test_a_web_address_with_a_space_is_told_so(tmp_path: Path, kit: Kit) -> None:
    """An organiser's trial: `example.org/x y` was "not a web, e-mail or phone address",
    and the fault is its space."""
    body = sampled("a,en,A,2026-07-30,,P,,,example.org/x y,")
    _, problems = records(tmp_path, kit, body, head=SAMPLE_HEAD)
    assert problems == [
        "2:9: error[merge.value]: row 2, column link (I): the link 'https://example.org/x y': "
        "it holds a space (' '), which no address has\n"
        "  hint: remove it; a space that belongs in a web address is written %20"
    ]


@pytest.mark.parametrize(
    ("region", "language", "date", "hours"),
    [
        ("", "en", "30 July 2026", "18:30\u201320:00"),  # the UN's British English
        ("US", "en", "July 30, 2026", "6:30\u2009\u2013\u20098:00\u202fPM"),
        ("us", "en", "July 30, 2026", "6:30\u2009\u2013\u20098:00\u202fPM"),
        ("CA", "fr", "30 juillet 2026", "18 h 30\u2009\u2013\u200920 h 00"),
        ("UK", "en", "30 July 2026", "18:30\u201320:00"),  # ISO 3166's reserved UK: GB
        ("US", "ar", None, None),  # no ar_US in CLDR: the language's own
    ],
)
def test_a_rows_region_writes_its_dates_and_times_as_the_country_does(
    tmp_path: Path, kit: Kit, region: str, language: str, date: str | None, hours: str | None
) -> None:
    """An organiser's trial: a US event's English flyer printed "30 July 2027" and "14:00–
    16:30", and there was no way to ask for July 30 and a 12-hour clock. A row's `region`
    (ISO 3166) writes them as the language is written there, where CLDR has that. The column
    is `date_region`: a sheet's own `Region` (Europe, Asia-Pacific) is another thing."""
    (record,), problems = records(
        tmp_path,
        kit,
        f"a,{language},A,2026-07-30,18:30-20:00,P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    assert problems == []
    shown = record.layer.by_language[language]
    if date is None:  # as without a region
        (plain,), _ = records(tmp_path, kit, f"a,{language},A,2026-07-30,18:30-20:00,P,,,,\n")
        assert shown == plain.layer.by_language[language]
        return
    assert shown["event_date"].text == date
    assert shown["event_time"].text == hours


@pytest.mark.parametrize(
    ("region", "language", "written", "shown"),
    [
        ("", "fr", "01/08/2027", "1er août 2027"),  # the trial's: "1 août 2027"
        ("SN", "fr", "2027-08-01", "1er août 2027"),
        ("CA", "fr", "2027-07-01", "1er juillet 2027"),
        ("", "fr", "1er août 2027", "1er août 2027"),
        ("", "fr", "2027-08-02", "2 août 2027"),  # the first day alone
        ("", "fr", "2027-08-11", "11 août 2027"),
        ("", "en", "2027-08-01", "1 August 2027"),  # French's rule alone
        ("", "es", "2027-08-01", "1 de agosto de 2027"),
        ("", "pt", "2027-08-01", "1 de agosto de 2027"),
    ],
)
def test_french_writes_the_first_of_a_month_1er(
    tmp_path: Path, kit: Kit, region: str, language: str, written: str, shown: str
) -> None:
    """A Dakar office's trial: `01/08/2027` printed "1 août 2027"; French typography writes
    the month's first day 1er (the Imprimerie nationale's Lexique), which CLDR's date
    formats do not, in every French locale."""
    (record,), problems = records(
        tmp_path,
        kit,
        f"a,{language},A,{written},,P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.layer.by_language[language]["event_date"].text == shown


# A row's date and time in every shipped language, without a `date_region`: the language's
# own digits (its strings file's `digits:`) and CLDR's forms, as they were before a region's
# digits were CLDR's (a region changes nothing of these)
WITHOUT_REGION = [
    ("am", "latn", "30 ጁላይ 2024", "6:30 \u2013 8:00 ከሰዓት"),
    ("ar", "arab", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م"),
    ("bn", "beng", "৩০ জুলাই, ২০২৪", "১৮:৩০\u2013২০:০০"),  # 24 h: CLDR's PM is Latin
    ("en", "latn", "30 July 2024", "18:30\u201320:00"),
    ("es", "latn", "30 de julio de 2024", "18:30\u201320:00"),
    ("fa", "arabext", "۹ مرداد ۱۴۰۳", "۱۸:۳۰ تا ۲۰:۰۰"),  # the Solar Hijri calendar
    ("fr", "latn", "30 juillet 2024", "18:30\u2009\u2013\u200920:00"),
    ("hi", "latn", "30 जुलाई 2024", "18:30\u201320:00"),
    ("ht", "latn", "30 jiyè 2024", "18:30\u201320:00"),
    ("id", "latn", "30 Juli 2024", "18.30\u201320.00"),
    ("ka", "latn", "30 ივლისი, 2024", "18:30\u201320:00"),
    ("km", "khmr", "៣០ កក្កដា ២០២៤", "១៨:៣០ \u2013 ២០:០០"),
    ("lo", "latn", "30 ກໍລະກົດ 2024", "18:30\u201320:00"),
    ("my", "mymr", "၂၀၂၄ ဇူလိုင် ၃၀", "၁၈:၃၀ \u2013 ၂၀:၀၀"),
    ("ne", "deva", "२०२४ जुलाई ३०", "१८:३०\u2013२०:००"),
    ("pt", "latn", "30 de julho de 2024", "18:30\u2009\u2013\u200920:00"),
    ("ru", "latn", "30 июля 2024\u202fг.", "18:30\u201420:00"),
    ("so", "latn", "Luulyo 30, 2024", "6:30\u20138:00 GD"),
    ("sw", "latn", "30 Julai 2024", "18:30\u2009\u2013\u200920:00"),
    ("th", "latn", "30 กรกฎาคม พ.ศ. 2567", "18:30 น. \u2013 20:00 น."),  # the Buddhist era
    ("tl", "latn", "Hulyo 30, 2024", "6:30\u20138:00\u202fPM"),
    ("tr", "latn", "30 Temmuz 2024", "18:30\u201320:00"),
    ("uk", "latn", "30 липня 2024\u202fр.", "18:30\u201320:00"),
    ("ur", "arabext", "۳۰ جولائی، ۲۰۲۴", "۱۸:۳۰\u2013۲۰:۰۰"),
    ("vi", "latn", "30 tháng 7, 2024", "18:30\u201320:00"),
    ("zh", "latn", "2024年7月30日", "18:30\u201320:00"),
]


def test_without_a_region_every_language_keeps_its_own_digits(tmp_path: Path, kit: Kit) -> None:
    """Every language of the kit, its digits and a row's date and time as they print without
    a `date_region`: unchanged by a region's digits being CLDR's."""
    shipped = sorted(c for c, lang in kit.languages.items() if not lang.pseudo)
    assert shipped == [code for code, *_ in WITHOUT_REGION]  # a language added: pin it here
    body = "".join(f"e-{code},{code},A,2024-07-30,18:30-20:00,P,,,,\n" for code in shipped)
    good, problems = records(tmp_path, kit, body)
    assert [p for p in problems if "draft translation" not in p] == []
    shown = [
        (
            code,
            kit.languages[code].digits,
            record.layer.by_language[code]["event_date"].text,
            record.layer.by_language[code]["event_time"].text,
        )
        for record, code in zip(good, shipped, strict=True)
    ]
    assert shown == WITHOUT_REGION


@pytest.mark.parametrize(
    ("region", "language", "date", "hours"),
    [
        # CLDR writes Arabic with Latin digits in the Maghreb (ar_MA, ar_DZ: latn), with
        # Arabic-Indic ones in Egypt and Saudi Arabia (ar_EG, ar_SA: arab): ar and MA
        # printed ٣٠ where Morocco writes 30
        pytest.param("MA", "ar", "30 تموز/يوليه 2024", "18:30\u201320:00", id="ar-MA"),
        pytest.param("DZ", "ar", "30 تموز/يوليه 2024", "6:30\u20138:00 م", id="ar-DZ"),
        pytest.param("EG", "ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م", id="ar-EG"),
        pytest.param("SA", "ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م", id="ar-SA"),
        # fa_IR: arabext, as fa.yaml's; bn_BD: beng, as bn.yaml's (no difference)
        pytest.param("IR", "fa", "۹ مرداد ۱۴۰۳", "۱۸:۳۰ تا ۲۰:۰۰", id="fa-IR"),
        pytest.param("BD", "bn", "৩০ জুলাই, ২০২৪", "১৮:৩০\u2013২০:০০", id="bn-BD"),
        # bn_IN: latn, where bn.yaml has beng
        pytest.param("IN", "bn", "30 জুলাই, 2024", "18:30\u201320:00", id="bn-IN"),
        # a language's home (CLDR's likely region) keeps its strings file's digits: CLDR
        # gives km_KH latn, and a Cambodian event's date was in Latin digits beside the
        # flyer's Khmer ones
        pytest.param("KH", "km", "៣០ កក្កដា ២០២៤", "១៨:៣០ \u2013 ២០:០០", id="km-KH"),
        # CLDR has no ar_US: the language's own digits (ar.yaml's), as its own forms
        pytest.param("US", "ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م", id="ar-US"),
    ],
)
def test_a_rows_region_writes_its_dates_and_times_in_the_countrys_digits(
    tmp_path: Path, kit: Kit, region: str, language: str, date: str, hours: str
) -> None:
    """An Arabic event in Morocco (`date_region: MA`) printed its date and time in the
    Arabic-Indic digits of the kit's Arabic (٣٠, ١٨:٣٠); CLDR writes Morocco's Arabic with
    Latin digits. A row's region gives the digits of its language there (CLDR's default
    numbering system of the locale, through Babel), as it gives the forms."""
    (record,), problems = records(
        tmp_path,
        kit,
        f"a,{language},A,2024-07-30,18:30-20:00,P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    assert [p for p in problems if "draft translation" not in p] == []
    shown = record.layer.by_language[language]
    assert (shown["event_date"].text, shown["event_time"].text) == (date, hours)


@pytest.mark.parametrize(
    ("tag", "date", "hours"),
    [
        ("ar-MA", "30 تموز/يوليه 2024", "18:30\u201320:00"),
        ("ar_DZ", "30 تموز/يوليه 2024", "6:30\u20138:00 م"),
        ("ar-EG", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م"),
        ("ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠\u2013٨:٠٠ م"),
    ],
)
def test_a_language_tag_s_region_is_the_row_s_without_a_date_region(
    tmp_path: Path, kit: Kit, tag: str, date: str, hours: str
) -> None:
    """A row whose language cell says ar-MA (a form builder's or a spreadsheet locale's tag)
    printed the Arabic-Indic digits of the kit's Arabic, as for Egypt: the tag's region is
    the row's where it has no date_region (a Brussels organiser's trial)."""
    (record,), problems = records(
        tmp_path, kit, f"a,{tag},A,2024-07-30,18:30-20:00,P,,,,,\n",
        head=HEAD.rstrip() + ",date_region\n",
    )  # fmt: skip
    assert [p for p in problems if "draft translation" not in p] == []
    shown = record.layer.by_language["ar"]
    assert (shown["event_date"].text, shown["event_time"].text) == (date, hours)


@pytest.mark.parametrize(
    ("region", "language", "date", "hours"),
    [
        pytest.param("MA", "ar", "30 تموز/يوليه 2024", "18:30", id="ar-MA"),
        pytest.param("EG", "ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠ م", id="ar-EG"),
        pytest.param("", "ar", "٣٠ تموز/يوليه ٢٠٢٤", "٦:٣٠ م", id="ar"),
        pytest.param("IR", "fa", "۹ مرداد ۱۴۰۳", "۱۸:۳۰", id="fa-IR"),
        pytest.param("CA", "fr", "30 juillet 2024", "18 h 30", id="fr-CA"),
    ],
)
def test_a_flyer_prints_the_rows_date_in_the_digits_of_its_region(
    tmp_path: Path, kit: Kit, fonts: FontBook, region: str, language: str, date: str, hours: str
) -> None:
    """The layout sets a row's date and time in the digits the row gave them: an Arabic
    flyer's text is set in the Arabic-Indic digits of the kit's Arabic, and turned Morocco's
    30 into ٣٠ again."""
    (record,), _ = records(
        tmp_path,
        kit,
        f"a,{language},A,2024-07-30,18:30,P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    layout = kit.layouts["event-flyer-a5"]
    laid = compose_document(kit, fonts, layout, kit.languages[language], record=record)
    printed = {
        item.slot: "".join(line.actual_text() for line in item.text.lines)
        for item in laid.composed.page.items
        if isinstance(item, TextItem) and item.slot in ("date", "time", "day", "day-wide")
    }
    day = printed.pop("day", None) or printed.pop("day-wide")
    assert printed == {"date": date, "time": hours}
    # the kit's texts are in the row's digits too: the day line of a Moroccan event printed
    # ٣٠ تموز/يوليه above its date's 30 تموز/يوليه 2024 (an organiser's trial)
    zero = next(z for z in DIGIT_ZERO.values() if z <= ord(date[0]) <= z + 9)
    assert [c for c in day if c.isdigit()] == [chr(zero + 3), chr(zero)], day  # 30 July


@pytest.mark.parametrize(
    ("region", "start", "end"),
    [("MA", "18:30", "20:30"), ("EG", "٦:٣٠", "٨:٣٠"), ("", "٦:٣٠", "٨:٣٠")],
)
def test_an_arabic_rows_time_range_reads_from_the_right_in_any_digits(
    tmp_path: Path, kit: Kit, fonts: FontBook, region: str, start: str, end: str
) -> None:
    """A Moroccan organiser's trial: 18:30–20:30 (Latin digits, MA) was drawn with its start
    at the left, read from its end on an Arabic flyer, where ٦:٣٠–٨:٣٠ م began at the right.
    The row's time is the language's text, set right to left as the page (UAX 9: the dash
    between two numbers takes the paragraph's direction), not an isolate of its own."""
    (record,), _ = records(
        tmp_path,
        kit,
        f"a,ar,A,2024-07-30,18:30-20:30,P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    laid = compose_document(
        kit, fonts, kit.layouts["event-flyer-a5"], kit.languages["ar"], record=record
    )
    (item,) = [i for i in laid.composed.page.items if isinstance(i, TextItem) and i.slot == "time"]
    (line,) = item.text.lines
    x = {run.text.strip(" –"): run.x for run in line.runs}
    assert x[start] > x[end], x  # the start at the right


def test_a_region_that_is_no_country_is_a_warning_and_the_row_is_made(
    tmp_path: Path, kit: Kit
) -> None:
    """A review: a region that is no country's code (Europe; CLDR's EU, UN) refused the row.
    The row is made, its dates as its language's own, with a warning at the cell; a sheet's
    own `Region` column is another column, not used (as before)."""
    head = HEAD.rstrip() + ",date_region,region\n"
    body = "a,en,A,2026-07-30,,P,,,,,Europe,Europe\nb,en,B,2026-07-30,,P,,,,,EU,\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a", "b"]
    assert good[0].layer.by_language["en"]["event_date"].text == "30 July 2026"
    assert (
        "2:11: warning[merge.region]: row 2, column date_region (K): 'Europe' is not a "
        "country's code: the row's dates and times are written as its languages' own\n"
        "  hint: write the country's two-letter code (ISO 3166: US, CA, GB), or leave it empty"
    ) in problems
    assert any("row 3, column date_region (K): 'EU' is not a country's code" in p for p in problems)
    assert any("column 'region' is not used" in p for p in problems), problems


@pytest.mark.parametrize(
    ("language", "written"),
    [("es", "Peru"), ("es", "PERÚ"), ("fr", "Pérou"), ("pt", "peru")],
)
def test_a_countrys_name_as_region_is_told_its_code(
    tmp_path: Path, kit: Kit, language: str, written: str
) -> None:
    """A regional office's trial: `date_region: Peru` was told "ISO 3166: US, CA, GB". A
    country's name in English or in the row's language (CLDR's, case and accents aside) is
    told its code."""
    head = HEAD.rstrip() + ",date_region\n"
    body = f"a,{language},A,2026-07-30,,P,,,,,{written}\n"
    good, problems = records(tmp_path, kit, body, head=head)
    assert [r.id for r in good] == ["a"]
    assert problems == [
        f"2:11: warning[merge.region]: row 2, column date_region (K): '{written}' is not a "
        "country's code: the row's dates and times are written as its languages' own\n"
        "  hint: write PE, the code of Peru (ISO 3166), or leave it empty"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("19:30 CEST", "19:30\u00a0CEST"),
        ("18:00-20:00 UTC+2", "18:00\u201320:00\u00a0UTC+2"),
        ("7:30 pm EDT", "19:30\u00a0EDT"),  # ET: test_zones (read in its season)
        ("8 PM", "20:00"),  # pm is no zone
    ],
)
def test_a_time_zone_after_the_time_is_printed_with_it(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    """An organiser's trial: an online event's "19:30 CEST" was "not a time", and its flyers
    showed a bare 19:30 to people in every zone."""
    (record,), problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert problems == []
    assert record.layer.by_language["en"]["event_time"].text == shown


def test_a_photo_transparent_all_over_is_named(tmp_path: Path, kit: Kit) -> None:
    """An organiser's trial: a PNG whose every pixel is transparent left its frame empty on
    the flyer, without a word. One with a visible part passes."""
    from PIL import Image

    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGBA", (300, 400), (200, 0, 0, 0)).save(images / "clear.png")
    shown = Image.new("RGBA", (300, 400), (200, 0, 0, 0))
    shown.putpixel((150, 200), (200, 0, 0, 255))
    shown.save(images / "dot.png")
    body = "a,en,T,2024-07-30,,V,,,,clear.png\nb,en,T,2024-07-30,,V,,,,dot.png\n"
    good, problems = records(tmp_path, kit, body, images)
    assert [r.id for r in good] == ["b"]
    assert problems == [
        "2:10: error[merge.value]: row 2, column photo (J): the photo 'clear.png' is "
        "transparent all over: nothing of it would print\n"
        "  hint: export it again with its picture (a PNG's layers flattened), or as JPEG"
    ]


@pytest.mark.parametrize(
    ("written", "region", "language", "shown"),
    [
        # a trial: a 12-hour range past midnight shared its half-day mark ("10:00 – 12:00
        # AM", a morning); each time is written whole
        ("10:00-24:00", "US", "en", "10:00\u202fAM\u2009\u2013\u200912:00\u202fAM"),
        ("22:00-02:00", "US", "en", "10:00\u202fPM\u2009\u2013\u20092:00\u202fAM"),
        ("18:00-20:00", "US", "en", "6:00\u2009\u2013\u20098:00\u202fPM"),  # one day: shared
        # the zone on both ends, written once; a zone in lower case
        ("18:00 CEST-20:00 CEST", "", "en", "18:00\u201320:00\u00a0CEST"),
        ("19:30 cest", "", "en", "19:30\u00a0CEST"),
    ],
)
def test_ranges_past_midnight_and_zones_as_written(
    tmp_path: Path, kit: Kit, written: str, region: str, language: str, shown: str
) -> None:
    (record,), problems = records(
        tmp_path,
        kit,
        f"a,{language},A,2026-07-30,{written},P,,,,,{region}\n",
        head=HEAD.rstrip() + ",date_region\n",
    )
    assert problems == []
    assert record.layer.by_language[language]["event_time"].text == shown


def test_an_arabic_range_past_midnight_keeps_each_half_day_mark() -> None:
    """Two times of the morning on either side of midnight (09:00 to 01:00, as the formats
    write any range: a merge refuses one so long, `times._next_day`) keep a mark each."""
    from datetime import time

    from campaign.merge.events import _format

    text = _format((time(9), time(1)), "interval", "ar", "arab")
    assert text.count("\u0635") == 2, text  # ص (am) after each time


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("19:30 (TBC)", "'19:30 (TBC)' is a time still to be confirmed"),
        ("24:00-02:00", "'24:00-02:00' starts at 24:00, the end of a day"),
    ],
)
def test_more_times_that_are_named(tmp_path: Path, kit: Kit, written: str, problem: str) -> None:
    good, problems = records(tmp_path, kit, f"a,en,A,2026-07-30,{written},P,,,,\n")
    assert good == []
    assert any(problem in p for p in problems), problems


def test_a_whole_day_in_time_and_end_time(tmp_path: Path, kit: Kit) -> None:
    head = HEAD.rstrip() + ",end_time\n"
    _, problems = records(tmp_path, kit, "a,en,A,2026-07-30,00:00,P,,,,,24:00\n", head=head)
    assert any("the event lasts the whole day" in p for p in problems), problems


@pytest.mark.parametrize(
    ("plain", "order", "example"),
    [
        ("5.6.27", None, "2027-06-05"),  # day first where nothing says otherwise
        ("5.6.27", "dmy", "2027-06-05"),
        ("5.6.27", "mdy", "2027-05-06"),  # a sheet that writes month first (a review)
        ("30.07.27", "mdy", "2027-07-30"),  # 30 is no month, whatever the sheet's order
    ],
)
def test_a_dates_example_follows_the_tables_date_order(
    plain: str, order: str | None, example: str
) -> None:
    from campaign.merge.events import _date_example

    assert _date_example(plain, 2024, order) == example


def test_a_time_typed_in_a_general_cell_kept_as_a_number_is_read(tmp_path: Path, kit: Kit) -> None:
    """7.30 and 19.00 typed in a workbook's General cells are kept as the numbers 7.3 and 19
    (a Thai organiser's trial: "'7.3' is not a time", though 7.30 is read): each is read as
    the time it was typed as, with a warning where a 0 was lost; 13.45 lost none and is read
    without one; 7.75 and 25 are no time and are named as before."""
    from openpyxl import Workbook

    path = tmp_path / "events.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "time", "end_time", "venue"])
    sheet.append(["a", "en", "Walk", "2027-07-30", 7.3, 19, "Park"])
    sheet.append(["b", "en", "Run", "2027-07-30", 13.45, None, "Park"])
    sheet.append(["c", "en", "Talk", "2027-07-30", 7.75, None, "Hall"])
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    shown = {r.id: {**r.layer.values, **r.layer.by_language["en"]}["event_time"].text for r in good}
    assert shown == {"a": "07:30–19:00", "b": "13:45"}
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "2:5: warning[merge.value]: row 2, column time (E): the cell holds the number 7.3, read "
        "as the time 07:30: a time typed 7.30 in a spreadsheet's General cell is kept as a "
        "number, its last 0 dropped\n"
        "  hint: write 07:30, or format the column as Text before typing its times",
        "2:6: warning[merge.value]: row 2, column end_time (F): the cell holds the number 19, "
        "read as the time 19:00: a time typed 19.00 in a spreadsheet's General cell is kept as "
        "a number, its last 0 dropped\n"
        "  hint: write 19:00, or format the column as Text before typing its times",
        "4:5: error[merge.value]: row 4, column time (E): '7.75' is not a time: write it as "
        "HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n"
        "  hint: 75 is no minute of an hour (00 to 59)",
    ]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_time_written_as_a_number_in_records_is_told_to_be_quoted(
    tmp_path: Path, kit: Kit, suffix: str
) -> None:
    """`time: 7.30` in a YAML form, or "time": 7.30 in JSON, is the number 7.3 to both: read
    as 07:30 as a workbook's General cell is, and the warning says why in the file's own
    terms and to quote the time (it spoke of a spreadsheet's General cell, which a YAML form
    has not)."""
    path = tmp_path / f"walk{suffix}"
    if suffix == ".yaml":
        path.write_text(
            "event_id: a\nlanguage: en\ntitle: Walk\ndate: 2027-07-30\ntime: 7.30\n"
            "end_time: 19.00\nvenue: Park\n",
            encoding="utf-8",
        )
    else:
        path.write_text(
            '[{"event_id": "a", "language": "en", "title": "Walk", "date": "2027-07-30", '
            '"time": 7.30, "end_time": 19.00, "venue": "Park"}]',
            encoding="utf-8",
        )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    shown = {r.id: {**r.layer.values, **r.layer.by_language["en"]}["event_time"].text for r in good}
    assert shown == {"a": "07:30–19:00"}
    kind, at = ("YAML", (":5:7", ":6:11")) if suffix == ".yaml" else ("JSON", ("", ""))
    assert [d.render() for d in errs.items] == [
        f"{path}{at[0]}: warning[merge.value]: record 1, field time: the value is the number "
        f"7.3, read as the time 07:30: {kind} reads 7.30 unquoted as a number, its last 0 "
        'dropped\n  hint: write the time in quotes: "07:30"',
        f"{path}{at[1]}: warning[merge.value]: record 1, field end_time: the value is the "
        f"number 19, read as the time 19:00: {kind} reads 19.00 unquoted as a number, its last "
        '0 dropped\n  hint: write the time in quotes: "19:00"',
    ]


@pytest.mark.parametrize(
    ("written", "said", "hint"),
    [
        (
            "31/02/2026",
            "'31/02/2026' is no day of the calendar (year 2026, month 2, day 31)",
            "month 2 of 2026 has 28 days, the last 2026-02-28: check the day and the month",
        ),
        (
            "2024-04-31",
            "'2024-04-31' is no day of the calendar (year 2024, month 4, day 31)",
            "month 4 of 2024 has 30 days, the last 2024-04-30: check the day and the month",
        ),
        (
            "2026-13-01",
            "'2026-13-01' is no day of the calendar (year 2026, month 13, day 1)",
            "a month is 1 to 12: if the day and the month are swapped, write 2026-01-13",
        ),
        (
            "2026-14-20",
            "'2026-14-20' is no day of the calendar (year 2026, month 14, day 20)",
            "a month is 1 to 12: check the date, and write it as YYYY-MM-DD",
        ),
    ],
)
def test_a_day_the_calendar_lacks_gets_a_hint(
    tmp_path: Path, kit: Kit, written: str, said: str, hint: str
) -> None:
    """`'31/02/2026' is no day of the calendar` had no hint, unlike the merge's other errors
    (a trial): it says how many days the month has, or that a month is 1 to 12, with the
    date swapped where it may be."""
    found, problems = records(tmp_path, kit, f"a,fr,T,{written},18:00,P,,,,\n")
    assert found == []
    assert problems == [f"2:4: error[merge.value]: row 2, column date (D): {said}\n  hint: {hint}"]


def test_a_thai_29_february_the_common_era_lacks_gets_a_hint(tmp_path: Path, kit: Kit) -> None:
    """A Thai workbook's date cell of 29 February 2568: the Buddhist era's 2568 is 2025 of
    the common era, which has no 29 February."""
    from .records import merged

    found, problems = merged(
        tmp_path, kit, [["a", "th", "T", date(2568, 2, 29), "18:00", "P", ""]], "xlsx"
    )
    assert found == []
    assert [p for p in problems if "draft" not in p] == [
        "2:4: error[merge.value]: row 2, column date (D): '2568-02-29' is no day of the "
        "calendar (the Buddhist era's 2568 is 2025, not a leap year)\n"
        "  hint: check the year: February 2025 has 28 days"
    ]
