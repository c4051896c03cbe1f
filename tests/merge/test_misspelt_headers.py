"""A header that misspells a column's name in any language of the headers read, and a
language named in a header's brackets or written as another code of the kit's. A Manila
organiser's trial: `Oraas` (Filipino oras, time) was a warning with no suggestion and every
flyer was printed without its time; `Tiem` only "did you mean 'time'?" while `Tme` was an
error; `Pamagat (Filipino)` was "not used" (`Pamagat (TL)` was read); and `fil` in the
language cell refused its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.column_names import event_column
from campaign.merge.columns import RECORD_KEEPING_WORDS, _near_column
from campaign.merge.events import COLUMNS, Record, read_events
from campaign.merge.near_names import edit_ratio, slip
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]

# a Filipino sheet's columns (Wika: language), as the trial's were headed
HEAD = ["Event ID", "Wika", "Pamagat", "Petsa", "Oras", "Lugar"]
ROW = ["qc-forum", "en", "Youth Forum", "2027-07-30", "09:00-12:00", "Quezon City Hall"]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(
    tmp_path: Path, kit: Kit, head: list[str], *rows: list[str]
) -> tuple[list[Record], list[str]]:
    """The records of a CSV file of `head` and `rows`, and each diagnostic but the draft
    translation's note and a title shared by languages, its path left out."""
    path = tmp_path / "events.csv"
    lines = [",".join(f'"{c}"' for c in line) for line in (head, *rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [s for s in said if "draft translation" not in s and "merge.shared" not in s]


def _with(header: str, at: int = 4) -> list[str]:
    """HEAD with the header at `at` (Oras's) as `header`."""
    return [*HEAD[:at], header, *HEAD[at + 1 :]]


def test_a_misspelt_filipino_header_is_an_error_naming_the_column(tmp_path: Path, kit: Kit) -> None:
    """Oraas (a letter typed twice) is Filipino oras: the time, which the sheet lacks."""
    good, problems = merged(tmp_path, kit, _with("Oraas"), ROW)
    assert good == []
    assert problems == [
        "1:5: error[merge.column]: events.csv: column 'Oraas' is no column of the event "
        "templates, and the sheet has no 'time': its values would be lost\n"
        "  hint: did you mean 'Oras' (time)? name the column Oras"
    ]


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        ("Tiem", "did you mean 'time'? name the column time"),  # two letters swapped
        ("Tme", "did you mean 'time'? name the column time"),  # one left out, as before
        ("Oars", "did you mean 'Oras' (time)? name the column Oras"),  # Filipino, swapped
    ],
)
def test_a_swap_of_two_letters_is_one_edit(
    tmp_path: Path, kit: Kit, header: str, hint: str
) -> None:
    """A swap of two neighbouring letters (Damerau) is as near as a letter left out: `Tiem`
    was a warning, `Tme` an error."""
    _, problems = merged(tmp_path, kit, _with(header), ROW)
    assert problems == [
        f"1:5: error[merge.column]: events.csv: column '{header}' is no column of the "
        "event templates, and the sheet has no 'time': its values would be lost\n"
        f"  hint: {hint}"
    ]


@pytest.mark.parametrize(
    ("header", "column"), [("Kontka", "contact"), ("Lugra", "venue"), ("Tirahan", None)]
)
def test_a_misspelt_name_in_another_language_is_near(
    kit: Kit, header: str, column: str | None
) -> None:
    """Indonesian kontak, Spanish and Filipino lugar, swapped; Filipino tirahan (an address)
    is no column's."""
    assert _near_column(event_column(header), kit, misspelt=True) == column


def test_a_missing_required_column_names_its_misspelling(tmp_path: Path, kit: Kit) -> None:
    """`Ptesa` (Filipino petsa, swapped) is the date the sheet lacks: the required column's
    error names it, as `Evnet ID` was."""
    _, problems = merged(tmp_path, kit, _with("Ptesa", 3), ROW)
    assert problems == [
        "1:4: error[merge.column]: events.csv has no column 'date'\n"
        "  hint: did you mean 'Ptesa' (column D)? name that column date\n"
        "  hint: required: language, title, date, venue; and event_id, or each event is named "
        "by its row (row-2)"
    ]


def test_a_misspelt_title_of_a_language_keeps_its_language(tmp_path: Path, kit: Kit) -> None:
    """`Pamagaat (TL)` is the Filipino title misspelt: its values would be lost."""
    head = [*HEAD, "Pamagaat (TL)"]
    _, problems = merged(tmp_path, kit, head, [*ROW[:1], "en, tl", *ROW[2:], "Pulong"])
    assert problems == [
        "1:7: error[merge.column]: events.csv: column 'Pamagaat (TL)' is no column of the "
        "event templates, and the sheet has no 'title_tl': its values would be lost\n"
        "  hint: did you mean 'Pamagat (TL)' (title_tl)? name the column Pamagat (TL)"
    ]


def test_ratio_and_slips() -> None:
    """The measures: a swap one edit (7/8 for tiem, difflib's 0.75); a short name misspelt
    by a slip of the keys alone."""
    assert edit_ratio("tiem", "time") == pytest.approx(7 / 8)
    assert edit_ratio("tme", "time") == pytest.approx(6 / 7)
    assert slip("oraas", "oras")
    assert slip("ptsa", "petsa")
    assert slip("oars", "oras")
    assert not slip("tagal", "taal")  # a letter added, not typed twice: Filipino's duration
    assert not slip("tarif", "tarih")  # one changed: French's fee is no Turkish date


# Real headers of event sheets in several languages, none a misspelt column's name: a
# person's, a place's or the sheet's own (their words, as organisers head them). Each was
# checked against the names of every language of COLUMN_NAMES.
REAL_HEADERS = [
    # English
    "Name", "Email", "Phone", "Address", "City", "Town", "Province", "Region", "Age",
    "Gender", "Budget", "Cost", "Participants", "Capacity", "Duration", "Type", "Category",
    "Theme", "Topic", "Description", "Speaker", "Partner", "Sponsor", "Volunteers", "Copies",
    "Owner", "Team", "Day", "Week", "Month", "Year", "Line", "LINE", "Item", "Total", "Role",
    "Area", "Hours", "Mode", "Room", "Host", "Fee", "Lead", "Shift", "Slot", "Route",
    # Spanish, Portuguese, French
    "Nombre", "Correo", "Ciudad", "Edad", "Tipo", "Tema", "Horario", "Sala", "Mes", "Año",
    "Estado", "Responsable", "Nome", "Cidade", "Idade", "Bairro", "Nom", "Prénom", "Ville",
    "Pays", "Salle", "Statut", "Tarif", "Durée", "Thème",
    # Filipino, Indonesian, Malay, Dutch, Swahili, Turkish
    "Pangalan", "Tirahan", "Lungsod", "Lalawigan", "Barangay", "Kasarian", "Tagal", "Paksa",
    "Bilang", "Katayuan", "Tala", "Puna", "Lugaw", "Araw", "Nama", "Alamat", "Kota", "Usia",
    "Peserta", "Biaya", "Naam", "Adres", "Stad", "Kosten", "Straat", "Uur", "Jina", "Umri",
    "Siku", "Şehir", "Süre", "Yaş",
]  # fmt: skip


@pytest.mark.parametrize("header", REAL_HEADERS)
def test_a_real_header_is_no_misspelt_column(kit: Kit, header: str) -> None:
    """No false "did you mean" of a short word: Filipino tagal (duration) is no Dutch taal
    (language), Indonesian kota (town) no kontak, French tarif no Turkish tarih, LINE (the
    messaging app's ids) no French lien."""
    assert _near_column(event_column(header), kit, misspelt=True) is None


def test_a_filipino_sheets_own_columns_are_no_errors(tmp_path: Path, kit: Kit) -> None:
    """The trial's sheet with its own columns in Filipino and English: each is told as the
    sheet's (Tala and Puna, its notes, not at all), none as a column misspelt."""
    own = ["Tala", "Puna", "Tagal", "Kasarian", "Barangay", "LINE", "Kosten", "Tarif"]
    good, problems = merged(tmp_path, kit, [*HEAD, *own], [*ROW, *["x"] * len(own)])
    assert [r.id for r in good] == ["qc-forum"]
    columns = (
        "event_id, language, title, date, end_date, time, end_time, venue, organiser, "
        "contact, link, photo, date_region"
    )
    # each told as unused, with the columns and no "did you mean"; Tala and Puna not at all
    assert problems == [
        f"1:{n}: warning[merge.column]: events.csv: column '{name}' is not used by the event "
        f"templates\n  hint: columns: {columns}"
        for n, name in enumerate(own, len(HEAD) + 1)
        if name not in ("Tala", "Puna")
    ]


@pytest.mark.parametrize("header", sorted(RECORD_KEEPING_WORDS["tl"]))
def test_filipino_notes_beside_the_language_column_are_silent(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """Tala (notes) is a swap from Dutch taal (language): the sheet's own all the same."""
    _, problems = merged(tmp_path, kit, [*HEAD, header.title()], [*ROW, "tawagan si Ate Joy"])
    assert problems == []


@pytest.mark.parametrize(
    "header", ["Pamagat (Filipino)", "Title (Filipino)", "Title (Tagalog)", "Pamagat (TL)"]
)
def test_a_language_named_in_a_headers_brackets_is_its_column(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """As a language cell reads the kit's languages' names (Filipino, the kit's tl)."""
    head = [*HEAD, header]
    good, problems = merged(tmp_path, kit, head, [*ROW[:1], "en, tl", *ROW[2:], "Pulong"])
    assert problems == []
    (record,) = good
    assert record.layer.by_language["tl"]["event_title"].text == "Pulong"


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Title (French)", "fr"),
        ("Titre (français)", "fr"),
        ("Título (Español)", "es"),
        ("Title (Tiếng Việt)", "vi"),
        ("Venue (Arabic)", "ar"),
        ("Lugar (español)", "es"),
    ],
)
def test_every_kit_languages_name_is_read_in_brackets(
    tmp_path: Path, kit: Kit, header: str, code: str
) -> None:
    """Its English name and its own, in any case."""
    head = ["event_id", "language", "title", "date", "venue", header]
    row = ["w", f"en, {code}", "Walk", "2027-07-30", "Park", "X"]
    good, problems = merged(tmp_path, kit, head, row)
    assert problems == []
    field = "event_venue" if header.startswith(("Venue", "Lugar")) else "event_title"
    assert good[0].layer.by_language[code][field].text == "X"


@pytest.mark.parametrize("header", ["Title (German)", "Titel (Deutsch)"])
def test_a_language_the_kit_lacks_named_in_brackets_is_told_with_the_fix(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    head = ["event_id", "language", "title", "date", "venue", header]
    _, problems = merged(tmp_path, kit, head, ["w", "en", "Walk", "2027-07-30", "Park", "Lauf"])
    assert len(problems) == 1
    assert problems[0].startswith(
        f"1:6: warning[merge.column]: events.csv: column '{header}' is for language 'de', "
        "which the kit does not have: its values are not used\n  hint: languages: am (Amharic)"
    )
    assert problems[0].endswith("\n  hint: to add it: python generate.py new language de")


def test_a_misspelt_language_name_in_brackets_is_told_the_kits(tmp_path: Path, kit: Kit) -> None:
    head = [*HEAD, "Pamagat (Fillipino)"]
    _, problems = merged(tmp_path, kit, head, [*ROW[:1], "en, tl", *ROW[2:], "Pulong"])
    assert problems == [
        "1:7: warning[merge.column]: events.csv: column 'Pamagat (Fillipino)' names no "
        "language in its brackets: its values are not used\n"
        "  hint: did you mean 'Filipino' (tl)? write it so, or the code: Pamagat (TL)"
    ]


ALIAS_NOTE = (
    "'fil' in column Wika (B) is read as 'tl' (Tagalog (Filipino)): fil is CLDR's and ISO "
    "639-2's code of the language, which the kit writes tl (its strings file, tl.yaml)\n"
    "  hint: write tl to say it as the kit does; nothing else changes"
)


def test_fil_in_a_language_cell_is_the_kits_tl_said_once(tmp_path: Path, kit: Kit) -> None:
    """fil (ISO 639-2, CLDR's Filipino) is the kit's tl: each row made in tl, one note for
    the sheet, at the language column's header."""
    rows = [
        [*ROW[:1], "en, fil", *ROW[2:]],
        ["cebu-walk", "FIL", *ROW[2:]],
        ["b", "fil-PH", *ROW[2:]],
    ]
    good, problems = merged(tmp_path, kit, HEAD, *rows)
    assert [(r.id, r.languages) for r in good] == [
        ("qc-forum", ("en", "tl")),
        ("cebu-walk", ("tl",)),
        ("b", ("tl",)),
    ]
    assert problems == [f"1:2: note[merge.language-alias]: {ALIAS_NOTE}"]


@pytest.mark.parametrize("header", ["Pamagat (FIL)", "Pamagat-FIL", "pamagat_FIL"])
def test_fil_in_a_header_is_the_kits_tl(tmp_path: Path, kit: Kit, header: str) -> None:
    """However the header joins its language to its name: Title-FIL crashed the merge (the
    code as written was looked for between spaces, brackets and underscores only)."""
    head = [*HEAD, header]
    good, problems = merged(tmp_path, kit, head, [*ROW[:1], "en, tl", *ROW[2:], "Pulong"])
    assert good[0].layer.by_language["tl"]["event_title"].text == "Pulong"
    assert problems == [
        f"1:7: note[merge.language-alias]: 'FIL' in the header '{header}' is read as 'tl' "
        "(Tagalog (Filipino)): fil is CLDR's and ISO 639-2's code of the language, which the "
        "kit writes tl (its strings file, tl.yaml)\n"
        "  hint: write tl to say it as the kit does; nothing else changes"
    ]


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        ("Photo (credit)", f"columns: {', '.join(COLUMNS)}"),
        ("Title (short)", "did you mean 'title'?"),
    ],
)
def test_brackets_of_no_language_are_the_sheets_own(
    tmp_path: Path, kit: Kit, header: str, hint: str
) -> None:
    """A word in brackets near no language's name is a column of the sheet's own, as before:
    not "names no language"."""
    head = ["event_id", "language", "title", "date", "venue", header]
    _, problems = merged(tmp_path, kit, head, ["w", "en", "Walk", "2027-07-30", "Park", "x"])
    assert problems == [
        f"1:6: warning[merge.column]: events.csv: column '{header}' is not used by the event "
        f"templates\n  hint: {hint}"
    ]


def test_a_header_of_a_columns_word_is_read_by_it_not_as_a_misspelt_name(
    tmp_path: Path, kit: Kit
) -> None:
    """`Contact person` is the contact by its word, as before: not "did you mean
    'Contactpersoon'?" (Dutch, one letter away once its space is dropped), and still told
    how to keep it as the sheet's own."""
    _, problems = merged(tmp_path, kit, [*HEAD, "Contact person"], [*ROW, "Ate Joy"])
    assert problems == [
        "1:7: error[merge.column]: events.csv: column 'Contact person' is no column of the "
        "event templates, and the sheet has no 'contact': its values would be lost\n"
        "  hint: did you mean 'contact'? name the column contact\n"
        "  hint: or, to keep 'Contact person' as the sheet's own, add a column contact "
        "beside it"
    ]


def test_a_line_column_is_told_no_column_it_would_be_near(tmp_path: Path, kit: Kit) -> None:
    """LINE (the messaging app's ids) is the sheet's own, with the columns, not "did you
    mean 'link'?": renamed so, its ids would print as the event's link."""
    _, problems = merged(tmp_path, kit, [*HEAD, "LINE"], [*ROW, "@qcforum"])
    assert problems == [
        "1:7: warning[merge.column]: events.csv: column 'LINE' is not used by the event "
        f"templates\n  hint: columns: {', '.join(COLUMNS)}"
    ]
