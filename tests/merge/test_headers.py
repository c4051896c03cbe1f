"""A sheet headed in the language of its office (Thai สถานที่, Vietnamese Địa điểm,
Indonesian Tempat): its columns are read as the event's (a Bangkok office's trial: สถานที่
was "not used" and the sheet had "no column 'venue'")."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import (
    COLUMN_NAMES,
    COLUMNS,
    WORDED,
    Record,
    header_languages,
    header_spelling,
    read_events,
)
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]


# the required columns, as a sheet's missing column is told (a sheet's event_id is made
# from its rows where it has none: merge.columns.made_ids)
REQUIRED_HINT = (
    "  hint: required: language, title, date, venue; and event_id, or each event is named "
    "by its row (row-2)"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, head: list[str], row: list[str]) -> tuple[Record, list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(",".join(head) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs)
    return record, [d.render().replace(f"{path}:", "") for d in errs.items]


def as_sample(head: list[str], row: list[str]) -> tuple[list[str], list[str]]:
    """A sheet's header and row with a `sample` column holding true: its example.org
    addresses are the project's samples (a real event's are refused, merge.value)."""
    return [*head, "sample"], [*row, "true"]


def _values(record: Record, code: str) -> dict[str, str]:
    """The record's event texts in language `code`: its own over the shared ones."""
    shared = {k: e.text for k, e in record.layer.values.items()}
    own = {k: e.text for k, e in record.layer.by_language[code].items()}
    return {**shared, **own}


# each language's header of title, date, time, venue, organiser and contact (None: none it
# is read by), a language of the kit's, and the row's date as that language's sheet writes it
HEADS = {
    "th": (["ชื่องาน", "วันที่", "เวลา", "สถานที่", "ผู้จัด", "ติดต่อ"], "30/7/2570"),
    "lo": (["ຫົວຂໍ້", "ວັນທີ", "ເວລາ", "ສະຖານທີ່", None, "ຕິດຕໍ່"], "2027-07-30"),
    "km": (["ចំណងជើង", "កាលបរិច្ឆេទ", "ម៉ោង", "ទីកន្លែង", None, "ទំនាក់ទំនង"], "2027-07-30"),
    "vi": (["Tiêu đề", "Ngày", "Giờ", "Địa điểm", "Ban tổ chức", "Liên hệ"], "2027-07-30"),
    "id": (["Judul", "Tanggal", "Waktu", "Tempat", "Penyelenggara", "Kontak"], "2027-07-30"),
    "ms": (["Tajuk", "Tarikh", "Masa", "Tempat", "Penganjur", "Hubungi"], "2027-07-30"),
    "tl": (["Pamagat", "Petsa", "Oras", "Lugar", None, None], "2027-07-30"),
    # a Europe and Central Asia office's trial: its Google Forms headed in Ukrainian and
    # Russian were 5 columns missing; and the other languages of the kit's strings files
    "uk": (["Назва", "Дата", "Час", "Місце", "Організатор", "Контакт"], "30.07.2027"),
    "ru": (["Название", "Дата", "Время", "Место", "Организатор", "Контакт"], "30.07.2027"),
    "es": (["Título", "Fecha", "Hora", "Lugar", "Organizador", "Contacto"], "2027-07-30"),
    "fr": (["Titre", "Date", "Heure", "Lieu", "Organisateur", "Contact"], "2027-07-30"),
    "pt": (["Título", "Data", "Hora", "Local", "Organizador", "Contato"], "2027-07-30"),
    "sw": (["Kichwa", "Tarehe", "Saa", "Mahali", "Mratibu", "Mawasiliano"], "2027-07-30"),
    "am": (["ርዕስ", "ቀን", "ሰዓት", "ቦታ", "አዘጋጅ", None], "2027-07-30"),
    "hi": (["शीर्षक", "तारीख", "समय", "स्थान", "आयोजक", "संपर्क"], "2027-07-30"),
    "ne": (["शीर्षक", "मिति", "समय", "स्थान", "आयोजक", "सम्पर्क"], "2027-07-30"),
    "bn": (["শিরোনাম", "তারিখ", "সময়", "স্থান", "আয়োজক", "যোগাযোগ"], "2027-07-30"),
    "ka": (["სათაური", "თარიღი", "დრო", "ადგილი", "ორგანიზატორი", "კონტაქტი"], "2027-07-30"),
    "tr": (["Başlık", "Tarih", "Saat", "Yer", "Düzenleyen", "İletişim"], "2027-07-30"),
    "zh": (["标题", "日期", "开始时间", "地点", "主办方", "联系方式"], "2027-07-30"),
    "so": (["Cinwaanka", "Taariikhda", "Waqtiga", "Goobta", None, None], "2027-07-30"),
    "ht": (["Tit", "Dat", "Lè", "Kote", "Òganizatè", "Kontak"], "2027-07-30"),
    "my": (["ခေါင်းစဉ်", "ရက်စွဲ", "အချိန်", "နေရာ", "စီစဉ်သူ", "ဆက်သွယ်ရန်"], "2027-07-30"),
    # a Brussels organiser's trial: a Belgian sheet in Dutch (the kit need not have it)
    "nl": (["Titel", "Datum", "Tijd", "Locatie", "Organisator", "Contact"], "30-7-2027"),
}
# each language's header of the language column (Haitian Creole's lang is none: an English
# sheet's short name of it)
LANGUAGE_HEADS = {
    "th": "ภาษา", "lo": "ພາສາ", "km": "ភាសា", "vi": "Ngôn ngữ", "id": "Bahasa", "ms": "Bahasa",
    "tl": "Wika", "uk": "Мова", "ru": "Язык", "es": "Idioma", "fr": "Langue", "pt": "Idioma",
    "sw": "Lugha", "am": "ቋንቋ", "hi": "भाषा", "ne": "भाषा", "bn": "ভাষা", "ka": "ენა",
    "tr": "Dil", "zh": "语言", "so": "Luqadda", "ht": "language", "my": "ဘာသာစကား",
    "nl": "Taal",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(HEADS))
def test_a_sheet_headed_in_its_language_is_read(tmp_path: Path, kit: Kit, language: str) -> None:
    """Each language's headers are read as the columns (a row in English: the Malay sheet's
    language is not the kit's); language, title, date, time, venue, organiser and contact as
    written, a Ukrainian and a Russian date in the day's order."""
    names, written = HEADS[language]
    columns = ["title", "date", "time", "venue", "organiser", "contact"]
    head = ["event_id", LANGUAGE_HEADS[language]]
    head += [n or c for n, c in zip(names, columns, strict=True)]
    row = ["walk", "th" if language == "th" else "en", "Walk", written, "18:30", "Park"]
    record, problems = merged(tmp_path, kit, head, [*row, "Org", "+66 2 123 4567"])
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.day == date(2027, 7, 30)
    values = _values(record, record.languages[0])
    assert values["event_venue"] == "Park"
    assert values["event_title"] == "Walk"
    assert values["event_organiser"] == "Org"
    assert values["event_contact"] == "+66 2 123 4567"
    assert values["event_time"] == ("18:30 น." if language == "th" else "18:30")  # CLDR th's


def test_a_thai_header_with_a_language_is_that_languages_column(tmp_path: Path, kit: Kit) -> None:
    """สถานที่ (EN) beside สถานที่: the English venue; ภาษา is the language column."""
    head = ["event_id", "ภาษา", "ชื่องาน", "วันที่", "สถานที่", "สถานที่ (EN)"]
    record, problems = merged(
        tmp_path, kit, head, ["walk", '"th, en"', "งานเดิน", "30/7/2570", "สวน", "Park"]
    )
    assert [p for p in problems if "merge.shared" not in p] == []
    assert record.languages == ("th", "en")
    assert _values(record, "th")["event_venue"] == "สวน"
    assert _values(record, "en")["event_venue"] == "Park"


def test_a_vietnamese_header_typed_with_combining_accents_is_read(tmp_path: Path, kit: Kit) -> None:
    """Địa điểm as a keyboard may type it, its accents combining characters (NFD)."""
    head = ["event_id", "language", "title", "date", unicodedata.normalize("NFD", "Địa điểm")]
    record, problems = merged(tmp_path, kit, head, ["walk", "vi", "T", "2027-07-30", "Công viên"])
    assert problems == []
    assert _values(record, "vi")["event_venue"] == "Công viên"


def test_a_header_in_two_spellings_of_one_column_is_named_twice(tmp_path: Path, kit: Kit) -> None:
    """venue and สถานที่ are one column: the sheet has it twice, as 'venue' and 'Venue'."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,สถานที่\nwalk,th,T,2027-07-30,P,Q\n", encoding="utf-8"
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "1:6: error[merge.column]: events.csv has one column 2 times: 'venue' (E), "
        "'สถานที่' (F)\n"
        "  hint: keep one of them: a record has one value of each column"
    ]


def test_the_languages_header_names_are_of_one_column_each() -> None:
    """A word two languages share (Indonesian and Malay tempat, Persian and Urdu تاریخ)
    names one column in all, as either keyboard types it; every name is of an event column,
    and no name is an English column's. The languages of South-East Asia's offices keep the
    columns of codes and addresses in English; Arabic, Persian and Urdu sheets name them, and
    Ukrainian and Russian forms the id and the link, Spanish, Portuguese and French sheets
    the link, the id and (but French, whose is the English Photo) the photo."""
    seen: dict[str, str] = {}
    for code, names in COLUMN_NAMES.items():
        for column, words in names.items():
            assert column in (*COLUMNS, "date_and_time")  # تاریخ و ساعت: Date and time
            if code not in ("ar", "fa", "ur", "uk", "ru", "th", "es", "pt", "fr", "nl"):
                assert column not in ("event_id", "link", "photo")  # uk, ru: a Google Form's
            for word in words:
                assert seen.setdefault(header_spelling(word), column) == column, word
                assert word not in COLUMNS
    assert set(COLUMN_NAMES) == set(HEADS) | {"ar", "fa", "ur"}
    assert {c for names in COLUMN_NAMES.values() for c in names if c in WORDED} == set(WORDED)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("สถานที่ (EN)", "venue_en"),
        ("วันที่ (EN)", "date_en"),  # as Date (EN) is date_en: one date, named so
        ("التاريخ (en)", "date_en"),
        ("Organizer (FR)", "organiser_fr"),
        ("ساعت پایان", "end_time"),  # the longest word first: not ساعت (time) and more
        ("برگزاركننده", "organiser"),  # an Arabic keyboard's kaf
        ("Ngày tạo", "date_tạo"),  # a word after it is kept (the date created: not read)
        ("شهر", "شهر"),  # a city: no column
    ],
)
def test_every_languages_header_is_read_one_way(header: str, column: str) -> None:
    """One table, COLUMN_NAMES, for every language's header: a word after the column's name
    is kept after the column's, in every language as in English."""
    from campaign.merge.events import event_column

    assert event_column(header) == column


@pytest.mark.parametrize(
    ("header", "languages"),
    [
        ("วันที่", {"th"}),
        ("Tempat", {"id", "ms"}),
        (unicodedata.normalize("NFD", "Địa điểm"), {"vi"}),
        ("التاريخ", {"ar"}),
        ("تاریخ", {"fa", "ur"}),
        ("تاريخ", {"fa", "ur"}),  # an Arabic keyboard's yeh
        ("عنوان", {"ar", "fa", "ur"}),
        ("برگزار\u200cکننده", {"fa"}),
        ("สถานที่ (EN)", {"th"}),
        ("venue", set()),
        ("Organizer", set()),
        ("Notes", set()),
    ],
)
def test_a_headers_language_is_known(header: str, languages: set[str]) -> None:
    """The languages a header is written in, of COLUMN_NAMES' (a sheet's dates are read in
    their order: merge.events.sheet_dates)."""
    assert header_languages(header) == languages


def test_a_workbooks_sheet_headed_in_thai_is_the_one_read(tmp_path: Path, kit: Kit) -> None:
    """Of a workbook's sheets, the one whose header has the required columns is read: a sheet
    of notes naming two of them in English was read before a Thai-headed events sheet."""
    from openpyxl import Workbook

    from campaign.merge.events import REQUIRED, event_column

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["event_id", "language", "(write the events on the next sheet)"])
    events = book.create_sheet("กิจกรรม")
    events.append(["event_id", "ภาษา", "ชื่องาน", "วันที่", "สถานที่"])
    events.append(["walk", "th", "เดิน", "30/7/2570", "สวน"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    table = read_table(path, errs, REQUIRED, key=event_column)
    assert table.sheet == "กิจกรรม"
    (record,) = read_events(table, kit, errs)
    assert (record.id, record.day, errs.items) == ("walk", date(2027, 7, 30), [])


def test_a_thai_header_under_a_title_is_read_from_its_row(tmp_path: Path) -> None:
    """A title above a Thai header: the header is found by its Thai names as an English one
    is, and read from its row (it was five columns missing, then an error naming the row)."""
    from campaign.merge.events import REQUIRED, event_column

    path = tmp_path / "events.csv"
    path.write_text(
        "กิจกรรม 2570\nevent_id,ภาษา,ชื่องาน,วันที่,สถานที่\nwalk,th,เดิน,30/7/2570,สวน\n",
        encoding="utf-8",
    )
    errs = Collector()
    table = read_table(path, errs, REQUIRED, key=event_column)
    assert [(r["ภาษา"].value, r["ภาษา"].row) for r in table.rows] == [("th", 3)]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "2:1: note[merge.title-rows]: events.csv: the header is on row 2; row 1 above it holds "
        "a title only, not read (row 1: 'กิจกรรม 2570')\n"
        "  hint: a record or a column name above row 2 is not read: put it below the header"
    ]


@pytest.mark.parametrize(
    "stamp",
    [
        "Timestamp", "Marca temporal", "Horodateur", "Carimbo de data/hora", "Позначка часу",
        "Отметка времени", "Zeitstempel",
    ],
)  # fmt: skip
def test_a_google_forms_timestamp_is_passed_over(tmp_path: Path, kit: Kit, stamp: str) -> None:
    """Google Forms' first column, when an answer was sent, in its interface's languages: no
    warning, no "did you mean 'time'?" (renamed, the form's time would be the event's)."""
    head = [stamp, "event_id", "language", "title", "date", "venue"]
    record, problems = merged(
        tmp_path, kit, head, ["30.06.2027 10:15:32", "walk", "en", "Walk", "2027-07-30", "Park"]
    )
    assert (record.id, record.day, problems) == ("walk", date(2027, 7, 30), [])
    assert "event_time" not in _values(record, "en")


@pytest.mark.parametrize(
    ("stamp", "email"),
    [
        ("Timestamp", "Email Address"),  # the trial's gform-en.csv: the sheet was refused
        ("Marca temporal", "Dirección de correo electrónico"),
        ("Horodateur", "Adresse e-mail"),
        ("Carimbo de data/hora", "Endereço de e-mail"),
        ("Zeitstempel", "E-Mail-Adresse"),
    ],
)
def test_a_google_forms_respondents_address_is_passed_over(
    tmp_path: Path, kit: Kit, stamp: str, email: str
) -> None:
    """A Google Form that collects e-mail addresses writes the respondent's after its
    timestamp: the form's, not the event's contact (it was "no column of the event templates,
    and the sheet has no 'contact'", and nothing was made)."""
    head = [stamp, email, "event_id", "language", "title", "date", "venue"]
    row = ["30.06.2027 10:15:32", "someone@example.org", "walk", "en", "Walk", "2027-07-30"]
    record, problems = merged(tmp_path, kit, head, [*row, "Park"])
    assert (record.id, record.day, problems) == ("walk", date(2027, 7, 30), [])
    assert "event_contact" not in _values(record, "en")


def test_an_email_address_column_without_a_forms_timestamp_is_told(
    tmp_path: Path, kit: Kit
) -> None:
    """Without a form's timestamp, an 'Email Address' column is the sheet's, meant as the
    contact it lacks: told as before."""
    head = ["Email Address", "event_id", "language", "title", "date", "venue"]
    path = tmp_path / "events.csv"
    path.write_text(",".join(head) + "\nsomeone@example.org,walk,en,Walk,2027-07-30,Park\n")
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.code for d in errs.items] == ["merge.column"]


def test_a_ukrainian_google_form_is_read(tmp_path: Path, kit: Kit) -> None:
    """A Europe and Central Asia office's trial: a Google Form in Ukrainian, its timestamp
    first and its headers as the form's questions; 5 columns were missing."""
    head = [
        "Позначка часу", "ID події", "Мова", "Назва", "Дата", "Час", "Місце", "Організатор",
        "Контакт", "Посилання",
    ]  # fmt: skip
    row = [
        "01.07.2027 10:15:32", "kyiv-walk", "uk", "Хода", "30.07.2027", "18:00", "Площа",
        "Ініціатива", "blueheart@example.org", "https://www.example.org/kyiv-walk",
    ]  # fmt: skip
    record, problems = merged(tmp_path, kit, *as_sample(head, row))
    assert (record.id, record.languages, record.day, problems) == (
        "kyiv-walk", ("uk",), date(2027, 7, 30), []
    )  # fmt: skip
    values = _values(record, "uk")
    assert (values["event_venue"], values["event_time"]) == ("Площа", "18:00")
    assert values["event_link"] == "https://www.example.org/kyiv-walk"


MICROSOFT = ["ID", "Start time", "Completion time", "Email", "Name"]


def test_a_microsoft_forms_answers_columns_are_passed_over(tmp_path: Path, kit: Kit) -> None:
    """Microsoft Forms' first five columns (an answer's id, start and completion, who
    answered) are the form's: not the event's id, time, contact or title, and not told."""
    head = [*MICROSOFT, "Event ID", "Language", "Title", "Date", "Venue"]
    answer = ["1", "7/1/27 10:15:32", "7/1/27 10:17:02", "anonymous", "", "walk", "en", "Walk"]
    record, problems = merged(tmp_path, kit, head, [*answer, "2027-07-30", "Park"])
    assert (record.id, record.day, problems) == ("walk", date(2027, 7, 30), [])
    assert "event_time" not in _values(record, "en")
    assert "event_contact" not in _values(record, "en")


def test_a_forms_column_names_alone_are_still_told(tmp_path: Path, kit: Kit) -> None:
    """Start time and Email without a Microsoft form's other columns are a sheet's own start
    time (read: column_names.ENGLISH_NAMES) and contact, which the sheet lacks: an error,
    its values would be lost."""
    path = tmp_path / "events.csv"
    path.write_text(
        "Start time,Email,event_id,language,title,date,venue\n"
        "18:00,a@example.org,w,en,W,2027-07-30,P\n",
        encoding="utf-8",
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.render().replace(f"{path}:", "").split("\n")[0] for d in errs.items] == [
        "1:2: error[merge.column]: events.csv: column 'Email' is no column of the event "
        "templates, and the sheet has no 'contact': its values would be lost",
    ]


def test_a_thai_sheet_names_its_ids_end_times_links_and_photos(tmp_path: Path, kit: Kit) -> None:
    """A Thailand organiser's trial headed the ids รหัสงาน, which was "no column 'event_id'";
    the end time, link and photo have Thai names too."""
    head = ["รหัสงาน", "ภาษา", "ชื่องาน", "วันที่", "เวลา", "เวลาสิ้นสุด", "สถานที่", "ลิงก์"]
    row = ["walk", "th", "งานเดิน", "30/7/2570", "18:30", "20:00", "สวน", "https://example.org"]
    record, problems = merged(tmp_path, kit, *as_sample(head, row))
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.id == "walk"
    values = _values(record, "th")
    assert values["event_time"] == "18:30 น. – 20:00 น."
    assert values["event_link"] == "https://example.org"


def test_a_missing_column_names_the_columns_no_template_reads(tmp_path: Path, kit: Kit) -> None:
    """No column is the title, and none is close to it: the error is at the column no
    template reads, naming it and what it would hold, where it listed every column and the
    user guessed (and offered one header as both the id and the title, "if it holds it":
    a Brussels organiser's trial)."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,Kod,date,venue\nwalk,en,Walk,2027-07-30,P\n", encoding="utf-8"
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.render() for d in errs.items if d.severity == "error"] == [
        f"{path}:1:3: error[merge.column]: events.csv has no column 'title'\n"
        "  hint: no template reads 'Kod' (C): if it holds the events' titles, name it title\n"
        + REQUIRED_HINT
    ]


# what a sheet without ids is told: each event is named by its row (a Dakar office's trial
# had to add an id column to its Google Form's sheet, and so had a Brussels organiser's)
ROW_IDS_NOTE = (
    "note[merge.row-ids]: {name} has no event_id column: each event is named by its row, "
    "row-2 for the event on row 2, which names its files\n"
    "  hint: sorting the rows, or adding or deleting one above an event, gives it another id "
    "and its files other names: to keep each event's, add a column event_id with a short id "
    "on each row, e.g. walk-1, walk-2 (Latin letters, digits, - and _)"
)


def test_a_latin_american_sheet_names_its_ids_and_links(tmp_path: Path, kit: Kit) -> None:
    """A Latin America office's trial: `ID del evento` was "no column 'event_id'" and
    `Enlace` (Spanish "link") a column "not used": every flyer's QR code was the campaign's,
    the event's page lost."""
    head = ["ID del evento", "Idioma", "Título", "Fecha", "Hora", "Lugar", "Enlace"]
    row = ["cdmx", "es", "Marcha", "2027-07-30", "19:00", "Zócalo", "www.example.org/marcha"]
    record, problems = merged(tmp_path, kit, *as_sample(head, row))
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.id == "cdmx"
    assert _values(record, "es")["event_link"] == "https://www.example.org/marcha"


@pytest.mark.parametrize(
    ("header", "language"),
    [("Hiperenlace", "es"), ("ID do evento", "pt"), ("Hiperlink", "pt"), ("Lien", "fr")],
)
def test_the_ids_and_links_names_in_spanish_portuguese_and_french_are_read(
    header: str, language: str
) -> None:
    assert header_languages(header) == {language}


@pytest.mark.parametrize("header", ["Sitio web", "Página web", "Site web", "Web"])
def test_a_website_column_in_another_language_is_an_error(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """A column that names the event's page in Spanish or French, where the sheet has no
    link, loses every QR link: an error, as `Website` is (it was a warning)."""
    path = tmp_path / "events.csv"
    path.write_text(
        f"event_id,language,title,date,venue,{header}\nw,es,W,2027-07-30,P,www.example.org/w\n",
        encoding="utf-8",
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        f"1:6: error[merge.column]: events.csv: column '{header}' is no column of the event "
        "templates, and the sheet has no 'link': its values would be lost\n"
        "  hint: did you mean 'link'? name the column link\n"
        f"  hint: or, to keep '{header}' as the sheet's own, add a column link beside it"
    ]


# A West Africa office's trial (Dakar): its French Google Form's headers, as exported
DAKAR = [
    "Horodateur", "Adresse e-mail", "Titre de l'événement", "Date", "Heure", "Lieu",
    "Organisateur", "Langue", "Lien",
]  # fmt: skip
DAKAR_ROW = [
    "01/07/2027 10:15:32", "a@example.org", "Marche", "30/07/2027", "18h30", "Place",
    "ONG", "fr", "https://example.org/marche",
]  # fmt: skip
DAKAR_ROW_2 = [
    "02/07/2027 09:01:07", "b@example.org", "Veillée", "30/07/2027", "21h", "Parvis",
    "ONG", "fr", "https://example.org/veillee",
]  # fmt: skip


def test_a_french_form_without_ids_names_its_events_by_their_rows(tmp_path: Path, kit: Kit) -> None:
    """The trial's sheet had no id column, and nothing was made until one was added by hand:
    each event is named by its row (row-2, row-3), said once in a note at the header, and
    every other column is read; the form's timestamp is no id."""
    path = tmp_path / "evenements.csv"
    path.write_text(
        ",".join(["sample", *DAKAR])
        + "\n"
        + "\n".join(",".join(["true", *row]) for row in (DAKAR_ROW, DAKAR_ROW_2))
        + "\n",
        encoding="utf-8",
    )
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    assert [(r.id, r.row) for r in records] == [("row-2", 2), ("row-3", 3)]
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    assert [p for p in said if "draft translation" not in p] == [
        "1:1: " + ROW_IDS_NOTE.format(name="evenements.csv")
    ]
    assert _values(records[1], "fr")["event_title"] == "Veillée"


def test_a_header_meant_as_the_id_is_not_passed_over_for_row_ids(tmp_path: Path, kit: Kit) -> None:
    """A header whose words name the id (`ID`, `Evnet ID`) holds the ids: it is named, as
    before, and no id is made from the rows, which would lose them."""
    _, problems = merged_all(
        tmp_path, kit, ["Evnet ID", "language", "title", "date", "venue"],
        ["walk", "en", "Walk", "2027-07-30", "Park"],
    )  # fmt: skip
    assert problems == [
        "1:1: error[merge.column]: events.csv has no column 'event_id'\n"
        "  hint: did you mean 'Evnet ID' (column A)? name that column event_id\n" + REQUIRED_HINT
    ]


@pytest.mark.parametrize("header", ["Identifiant", "ID de l'événement", "ID de l’évènement"])
def test_a_french_forms_ids_are_read(tmp_path: Path, kit: Kit, header: str) -> None:
    """`Identifiant` was "no template reads 'Identifiant'"; an apostrophe as a phone types
    it (’) is the typewriter's."""
    head, row = as_sample([header, *DAKAR], ["marche-1", *DAKAR_ROW])
    record, problems = merged(tmp_path, kit, head, row)
    assert [p for p in problems if "draft translation" not in p] == []
    assert (record.id, record.day) == ("marche-1", date(2027, 7, 30))
    values = _values(record, "fr")
    assert (values["event_title"], values["event_time"]) == ("Marche", "18:30")


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Identifiant", "event_id"),
        ("ID de l'événement", "event_id"),
        ("Titre de l’événement", "title"),
        ("Título del evento", "title"),
        ("Título do evento", "title"),
        ("Heure de début", "time"),
        ("Hora de inicio", "time"),
        ("Hora de início", "time"),
        ("Heure de fin", "end_time"),  # was "did you mean 'time'?"
        ("Hora de fin", "end_time"),
        ("Hora de término", "end_time"),
        ("Hora de fim", "end_time"),
        ("Date et heure", "date_and_time"),  # a date and its start (Date and time)
        ("Fecha y hora", "date_and_time"),
        ("Data e hora", "date_and_time"),
    ],
)
def test_french_spanish_and_portuguese_headers_are_read(header: str, column: str) -> None:
    from campaign.merge.events import event_column

    assert event_column(header) == column


def test_a_french_date_and_time_column_is_read(tmp_path: Path, kit: Kit) -> None:
    """The trial's `Date et heure` was "no column 'date'", and its cells, the column renamed
    Date, "not a date"; its end in `Heure de fin`."""
    head = ["Identifiant", "Titre", "Date et heure", "Heure de fin", "Lieu", "Langue"]
    row = ["marche-1", "Marche", "30 juillet 2027 à 18 h 30", "20H30", "Place", "fr"]
    record, problems = merged(tmp_path, kit, head, row)
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.day == date(2027, 7, 30)
    assert _values(record, "fr")["event_time"] == "18:30\u2009\u2013\u200920:30"


def test_a_date_column_holding_times_is_told_its_name(tmp_path: Path, kit: Kit) -> None:
    """Its cells hold a time after the date: the error says the column's name that reads
    both, where it said "not a date" alone."""
    head = ["event_id", "title", "Date", "venue", "language"]
    _, problems = merged_all(
        tmp_path, kit, head, ["w", "M", "30 juillet 2027 à 18 h 30", "P", "fr"]
    )
    assert problems == [
        "2:3: error[merge.value]: row 2, column Date (C): '30 juillet 2027 à 18 h 30' is not a "
        "date: write it as YYYY-MM-DD, e.g. 2027-07-30\n"
        "  hint: also read: 30/07/2027 (day first), 07/30/2027 (month first; with a day of 12 "
        "or less, only when another date of the column tells which comes first) and 30 July "
        "2027 (a month's name in English or the row's language)\n"
        "  hint: the cell holds a time after its date: name the column 'Date and time' to read "
        "each cell's date and its start time"
    ]


def test_a_date_alone_is_not_told_of_times(tmp_path: Path, kit: Kit) -> None:
    """A date cell that is no date, without a time, is told as before."""
    head = ["event_id", "title", "Date", "venue", "language"]
    _, problems = merged_all(tmp_path, kit, head, ["w", "M", "30 juillet", "P", "fr"])
    assert len(problems) == 1
    assert "'Date and time'" not in problems[0]


def test_a_date_and_time_header_is_told_both_names(tmp_path: Path, kit: Kit) -> None:
    """A header of a date and a time that is not read: named date, its times were "not a
    date" (the trial's dead end); the hint says the name that reads both."""
    head = ["event_id", "language", "title", "Date/heure", "venue"]
    _, problems = merged_all(tmp_path, kit, head, ["w", "fr", "M", "30/07/2027 18h30", "P"])
    assert problems == [
        "1:4: error[merge.column]: events.csv has no column 'date'\n"
        "  hint: did you mean 'Date/heure' (column D)? if it holds dates and their start times, name it "
        "'Date and time'; if dates alone, name it date\n" + REQUIRED_HINT
    ]


@pytest.mark.parametrize("header", ["Heure fin", "Hora fin", "Hora término", "Hora fim"])
def test_an_end_word_in_a_header_means_the_end_time(tmp_path: Path, kit: Kit, header: str) -> None:
    """`Heure de fin` was "did you mean 'time'?" (following it, "one column 2 times"): a
    header with a time's word and an end's, in French, Spanish or Portuguese, is the end."""
    head = ["event_id", "language", "title", "date", "Heure", header, "venue"]
    _, problems = merged_all(tmp_path, kit, head, ["w", "fr", "M", "2027-07-30", "18h", "20h", "P"])
    assert problems == [
        f"1:6: error[merge.column]: events.csv: column '{header}' is no column of the event "
        "templates, and the sheet has no 'end_time': its values would be lost\n"
        "  hint: did you mean 'end_time'? name the column end_time\n"
        f"  hint: or, to keep '{header}' as the sheet's own, add a column end_time beside it"
    ]


def merged_all(
    tmp_path: Path, kit: Kit, head: list[str], row: list[str]
) -> tuple[list[Record], list[str]]:
    """The records of a sheet of one row, and its problems but for draft translations."""
    path = tmp_path / "events.csv"
    path.write_text(",".join(head) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [p for p in said if "draft translation" not in p]


# The Events Calendar's CSV import headers (column_names.ENGLISH_NAMES' source), with the
# kit's language column, as an organiser's export heads them
EVENTS_CALENDAR = [
    "Event Name", "Event ID", "Language", "Event Start Date", "Event Start Time",
    "Event End Time", "Event Venue Name", "Event Organizer Name", "Event Website",
]  # fmt: skip


def test_an_english_event_exports_headers_are_read(tmp_path: Path, kit: Kit) -> None:
    """`Event Name` was "no column 'title'" (did you mean 'Event Name'?), and so were the
    date and the venue; the start time, end time, organiser and website were each "no
    column of the event templates": every value lands in its column."""
    row = ["Walk", "walk-1", "en", "2027-07-30", "18:30", "20:00", "Park", "Org", "example.org/w"]
    record, problems = merged(tmp_path, kit, *as_sample(EVENTS_CALENDAR, row))
    assert [p for p in problems if "draft translation" not in p] == []
    assert (record.id, record.languages, record.day) == ("walk-1", ("en",), date(2027, 7, 30))
    values = _values(record, "en")
    assert values["event_title"] == "Walk"
    assert values["event_time"] == "18:30\u201320:00"  # its end time too
    assert values["event_venue"] == "Park"
    assert values["event_organiser"] == "Org"
    assert values["event_link"] == "https://example.org/w"


def test_a_calendars_headers_are_read(tmp_path: Path, kit: Kit) -> None:
    """Google Calendar's import headers Start Date, Start Time, End Date and Location, and
    `Event title`, `Event link`, `Event image` as a sheet heads them. Its End Date is the
    end_date column (it was "not used", "did you mean 'date'?", and a two-day event printed
    its first day): the same day as the start here, an event of one day."""
    head = ["event_id", "language", "Event title", "Start Date", "Start Time", "End Date"]
    head += ["Location", "Event link", "Event image"]
    row = ["walk-1", "en", "Walk", "2027-07-30", "18:30", "2027-07-30", "Park", "example.org/w", ""]
    record, problems = merged(tmp_path, kit, *as_sample(head, row))
    assert [p for p in problems if "draft translation" not in p] == []
    assert (record.day, record.end) == (date(2027, 7, 30), None)
    values = _values(record, "en")
    assert (values["event_title"], values["event_time"]) == ("Walk", "18:30")
    assert (values["event_venue"], values["event_link"]) == ("Park", "https://example.org/w")


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Event title", "title"),
        ("Event name", "title"),
        ("Event date", "date"),
        ("Start date", "date"),
        ("Event start date", "date"),
        ("Event time", "time"),
        ("Start time", "time"),
        ("Event start time", "time"),
        ("Event end time", "end_time"),
        ("End date", "end_date"),  # an event of several days' last (it was no column)
        ("Event end date", "end_date"),
        ("Event venue", "venue"),
        ("Venue name", "venue"),
        ("Event venue name", "venue"),
        ("Location", "venue"),
        ("Event location", "venue"),
        ("Event organiser", "organiser"),
        ("Organizer name", "organiser"),
        ("Event organizer name", "organiser"),
        ("Event link", "link"),
        ("Event URL", "link"),
        ("Event website", "link"),
        ("Registration link", "link"),
        ("Event photo", "photo"),
        ("Event image", "photo"),
        ("Event title (FR)", "title_fr"),  # a language after it, as after title
        ("Start date and time", "date_and_time"),  # a date and its start (Date and time)
        # of two columns, or about a value: not read, as before
        ("Name", "name"),
        ("Subject", "subject"),
        ("Time zone", "time_zone"),
        ("Start time zone", "time_zone"),  # not the start time: NOT_MEANT
        ("Event timezone", "event_timezone"),
        ("Date created", "date_created"),
        ("Photo credit", "photo_credit"),
        ("Website", "website"),
    ],
)
def test_english_headers_are_read_as_one_column_or_none(header: str, column: str) -> None:
    from campaign.merge.events import event_column

    assert event_column(header) == column
    assert header_languages(header) == set()


def test_an_english_name_beside_the_columns_own_is_the_sheets(tmp_path: Path, kit: Kit) -> None:
    """`Location` beside `venue` (its address, its city) is the sheet's own, as it was: not
    read, told (it would be "one column 2 times", and the merge refused)."""
    head = ["event_id", "language", "title", "date", "venue", "Location"]
    record, problems = merged(tmp_path, kit, head, ["w", "en", "W", "2027-07-30", "Park", "Dakar"])
    assert [p for p in problems if "draft translation" not in p] == [
        "1:6: warning[merge.column]: events.csv: column 'Location' is not used by the event "
        "templates\n  hint: columns: event_id, language, title, date, end_date, time, end_time, venue, "
        "organiser, contact, link, photo, date_region"
    ]
    assert _values(record, "en")["event_venue"] == "Park"


@pytest.mark.parametrize("venue", ["Locatie", "Location", "Venue"])
def test_a_dutch_address_town_beside_the_venue_is_the_sheets(
    tmp_path: Path, kit: Kit, venue: str
) -> None:
    """A standard Dutch sheet's address columns (Adres, Plaats: the town) beside its venue
    (Locatie) was refused whole: "nl.csv has one column 2 times: 'Locatie' (F), 'Plaats'
    (H)". Plaats is the venue only where no other header is (column_names.ADDRESS_WORDS);
    beside one it is the sheet's own, told as `Location` beside `venue` is."""
    head = ["event_id", "Taal", "Naam van het evenement", "Datum", "Tijd", venue, "Adres", "Plaats"]
    row = ["w", "fr", "Marche", "2027-07-30", "18:30", "Salle Bleue", "Rue 1", "Brussel"]
    record, problems = merged(tmp_path, kit, head, row)
    unused = (
        "1:{}: warning[merge.column]: events.csv: column '{}' is not used by the event "
        "templates\n  hint: columns: event_id, language, title, date, end_date, time, end_time, "
        "venue, organiser, contact, link, photo, date_region"
    )
    assert [p for p in problems if "draft translation" not in p] == [
        unused.format(7, "Adres"),
        unused.format(8, "Plaats"),
    ]
    assert _values(record, "fr")["event_venue"] == "Salle Bleue"
    # alone, Plaats is the venue, as it was
    record, problems = merged(tmp_path, kit, head[:5] + ["Plaats"], row[:6])
    assert [p for p in problems if "draft translation" not in p] == []
    assert _values(record, "fr")["event_venue"] == "Salle Bleue"


def test_an_ambiguous_english_header_is_still_an_error(tmp_path: Path, kit: Kit) -> None:
    """`Name` may be the event's or its organiser's: the title is missing, as before."""
    head = ["event_id", "language", "Name", "date", "venue"]
    _, problems = merged_all(tmp_path, kit, head, ["w", "en", "Walk", "2027-07-30", "Park"])
    assert problems == [
        "1:3: error[merge.column]: events.csv has no column 'title'\n"
        "  hint: did you mean 'Name' (column C)? name that column title\n" + REQUIRED_HINT
    ]


def test_a_missing_column_is_not_named_at_a_column_read(tmp_path: Path, kit: Kit) -> None:
    """A sheet without a title whose `Start time` is read as time: the hint was "did you mean
    'Start time'? name that column title" (and for a `time` header, 'time'), which would
    lose the times; it lists the columns."""
    head = ["event_id", "language", "Start time", "date", "venue"]
    _, problems = merged_all(tmp_path, kit, head, ["w", "en", "18:30", "2027-07-30", "Park"])
    assert problems == [
        "1:1: error[merge.column]: events.csv has no column 'title'\n"
        "  hint: its columns: event_id, language, Start time, date, venue\n" + REQUIRED_HINT
    ]


def test_a_timezone_column_is_not_taken_for_the_time(tmp_path: Path, kit: Kit) -> None:
    """The Events Calendar's `Timezone` (one word, as `Time zone` is two) was told "did you
    mean 'time'?": it is about the time, not it (columns.NOT_MEANT)."""
    head = ["event_id", "language", "title", "date", "time", "venue", "Timezone"]
    row = ["w", "en", "W", "2027-07-30", "08:00", "Park", "Europe/Paris"]
    _, problems = merged(tmp_path, kit, head, row)
    assert [p for p in problems if "draft translation" not in p] == [
        "1:7: warning[merge.column]: events.csv: column 'Timezone' is not used by the event "
        "templates\n  hint: columns: event_id, language, title, date, end_date, time, end_time, venue, "
        "organiser, contact, link, photo, date_region"
    ]


def test_every_language_names_every_column_or_says_why() -> None:
    """For each language of COLUMN_NAMES, the columns a header is read for (HEADED: every
    event column but date_region) are those it names, those it heads by the English
    column's own name (OWN_NAMES, Portuguese Link beside its hiperlink) and those it has no
    word for, each with its reason (UNNAMED): the last apart from the others, so that a column missing from a language is seen in the
    table. The languages of the forms' exports (FORMS_LANGUAGES) have none unnamed."""
    from campaign.merge.column_names import (
        FORMS_LANGUAGES,
        HEADED,
        IN_ENGLISH,
        NO_SOURCE,
        OWN_NAMES,
        UNNAMED,
    )

    assert set(HEADED) == set(COLUMNS) - {"date_region"}
    assert set(UNNAMED) == set(COLUMN_NAMES)
    for code, names in COLUMN_NAMES.items():
        named = set(names) - {"date_and_time"}
        own = set(OWN_NAMES.get(code, ()))
        unnamed = set(UNNAMED[code])
        assert not named & unnamed, code
        assert not own & unnamed, code  # own and named may meet: Portuguese Link, hiperlink
        assert named | own | unnamed == set(HEADED), code
        assert set(UNNAMED[code].values()) <= {IN_ENGLISH, NO_SOURCE}, code
    assert all(UNNAMED[code] == {} for code in FORMS_LANGUAGES)


# the headers a Google or Microsoft form in each of the forms' languages has for each event
# column (its question as a form builder writes it), and English's, the columns' own names
# as a form writes them and ENGLISH_NAMES'
FORM_HEADERS = {
    "en": {
        "event_id": "Event ID", "language": "Language", "title": "Event title",
        "date": "Event date", "end_date": "End date", "time": "Start time",
        "end_time": "End time", "venue": "Venue", "organiser": "Organizer", "contact": "Contact",
        "link": "Registration link", "photo": "Event image",
    },
    "es": {
        "event_id": "ID del evento", "language": "Idioma", "title": "Título del evento",
        "date": "Fecha", "end_date": "Fecha de fin", "time": "Hora de inicio",
        "end_time": "Hora de fin",
        "venue": "Lugar del evento", "organiser": "Organizador", "contact": "Contacto",
        "link": "Enlace de inscripción", "photo": "Foto del evento",
    },
    "fr": {
        "event_id": "ID de l’événement", "language": "Langue",
        "title": "Titre de l'événement", "date": "Date", "end_date": "Date de fin",
        "time": "Heure de début",
        "end_time": "Heure de fin", "venue": "Lieu de l'événement",
        "organiser": "Organisateur", "contact": "Contact", "link": "Lien d’inscription",
        "photo": "Photo",
    },
    "pt": {
        "event_id": "ID do evento", "language": "Idioma", "title": "Título do evento",
        "date": "Data", "end_date": "Data de término", "time": "Hora de início",
        "end_time": "Hora de término",
        "venue": "Local", "organiser": "Organizador", "contact": "Contato",
        "link": "Link de inscrição", "photo": "Foto do evento",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "column"),
    [(code, column) for code in sorted(FORM_HEADERS) for column in sorted(FORM_HEADERS[code])],
)
def test_a_forms_header_in_its_language_names_each_column(language: str, column: str) -> None:
    """`Link de inscrição` was no column of the event templates (an error: its QR links
    lost) while `Registration link` was read: each column's header as a form in English,
    Spanish, French or Portuguese writes it is read as the column, and in its language."""
    from campaign.merge.column_names import HEADED
    from campaign.merge.events import event_column

    assert set(FORM_HEADERS[language]) == set(HEADED)
    header = FORM_HEADERS[language][column]
    assert event_column(header) == column
    if language != "en" and header.casefold() not in ("date", "contact", "photo", "link"):
        assert language in header_languages(header)


def test_a_portuguese_forms_venue_and_registration_link_are_read(tmp_path: Path, kit: Kit) -> None:
    """A Portuguese form's export headed `Local` and `Link de inscrição`: the sheet had "no
    column 'venue'" (Local not read) and its link column was an error, every QR code's link
    lost; both are read, with its photo's `Foto`."""
    head = ["ID do evento", "Idioma", "Título", "Data", "Hora", "Local", "Link de inscrição"]
    row = ["marcha", "pt", "Marcha", "2027-07-30", "19:00", "Praça", "https://example.org/m"]
    record, problems = merged(tmp_path, kit, *as_sample([*head, "Foto"], [*row, ""]))
    assert [p for p in problems if "draft translation" not in p] == []
    values = _values(record, "pt")
    assert (values["event_venue"], values["event_link"]) == ("Praça", "https://example.org/m")


@pytest.mark.parametrize(
    ("header", "column"),
    [("Local", "venue"), ("Local time", "local_time"), ("Local (EN)", "local_en")],
)
def test_portuguese_local_is_the_venue_only_as_the_whole_header(header: str, column: str) -> None:
    """Portuguese local (WHOLE_ONLY) is the venue alone: an English sheet's `Local time`
    stays its own column, not the venue's `_time` (nor is `Local (EN)` a venue_en)."""
    from campaign.merge.events import event_column

    assert event_column(header) == column


@pytest.mark.parametrize(
    ("header", "said"),
    [
        (
            "Local partner",
            "1:6: warning[merge.column]: events.csv: column 'Local partner' is not used by the "
            "event templates\n  hint: columns: event_id, language, title, date, end_date, time, end_time, "
            "venue, organiser, contact, link, photo, date_region",
        ),
        (
            "Local time",
            "1:6: error[merge.column]: events.csv: column 'Local time' is no column of the "
            "event templates, and the sheet has no 'time': its values would be lost\n"
            "  hint: did you mean 'time'? name the column time\n"
            "  hint: or, to keep 'Local time' as the sheet's own, add a column time beside it",
        ),
    ],
)
def test_an_english_local_header_is_not_taken_for_the_venue(
    tmp_path: Path, kit: Kit, header: str, said: str
) -> None:
    """Portuguese local names no column within a header: `Local partner` and `Local time`,
    beside a sheet's `Place`, were told as the venue ("the sheet has no 'venue' or 'time'",
    "did you mean 'venue'?"); they are told as before."""
    head = ["event_id", "language", "title", "date", "Place", header]
    _, problems = merged_all(tmp_path, kit, head, ["w", "en", "W", "2027-07-30", "Park", "x"])
    assert problems == [
        "1:5: error[merge.column]: events.csv has no column 'venue'\n"
        "  hint: did you mean 'Place' (column E)? name that column venue\n" + REQUIRED_HINT,
        said,
    ]


def test_a_forms_misspelt_key_is_named_without_a_column_letter(tmp_path: Path, kit: Kit) -> None:
    """A table's header meant for a missing column is named with its letter ("'Place'
    (column E)"); a YAML form's key has no column to name: the hint gave it "(column F)"."""
    path = tmp_path / "walk.yaml"
    path.write_text(
        "event_id: w\nlanguage: en\ntitle: Walk\ndate: 2027-07-30\nvenu: Park\n",
        encoding="utf-8",
    )
    errs = Collector()
    read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items if d.code == "merge.column"]
    assert said == [
        "5:1: error[merge.column]: walk.yaml has no column 'venue'\n"
        "  hint: did you mean 'venu'? name that column venue\n"
        "  hint: required: event_id, language, title, date, venue"  # a form's: no rows
    ]


@pytest.mark.parametrize(
    "header",
    ["Téléphone", "Tél.", "Telefone", "Teléfono", "الهاتف", "رقم الهاتف", "الاتصال", "اتصال",
     "البريد الإلكتروني", "Số điện thoại", "Телефон", "Cep telefonu", "电话", "Phone"],
)  # fmt: skip
def test_a_phone_header_in_any_language_is_the_missing_contact(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """A phone column headed in French, Portuguese or Arabic (a trial: `Téléphone`, `Tél.`,
    `Telefone`, `رقم الهاتف`, `الاتصال`) was a warning, "not used", and the merge printed no
    contact, where English `Phone` was an error: each is the error, at its cell, with the
    fix. `الاتصال` is the last word of Arabic's name of the column, جهة الاتصال, with its
    article; the article is read or not (البريد الإلكتروني, two words with it)."""
    head = ["event_id", "language", "title", "date", "venue", header]
    row = ["w", "en", "Walk", "2027-07-30", "Park", "+41 22 917 1234"]
    _, problems = merged_all(tmp_path, kit, head, row)
    assert problems == [
        f"1:6: error[merge.column]: events.csv: column '{header}' is no column of the event "
        "templates, and the sheet has no 'contact': its values would be lost\n"
        "  hint: did you mean 'contact'? name the column contact\n"
        f"  hint: or, to keep '{header}' as the sheet's own, add a column contact beside it"
    ]


def test_every_languages_contact_words_name_the_contact() -> None:
    """Each language that has header names (COLUMN_NAMES) has its phone and e-mail words
    (CONTACT_WORDS; Haitian Creole none, its source having none), each read as the contact,
    with the Arabic article too."""
    from campaign.merge.column_names import CONTACT_WORDS, event_column
    from campaign.merge.columns import meant_columns

    assert set(CONTACT_WORDS) == set(COLUMN_NAMES)
    assert [code for code, words in CONTACT_WORDS.items() if not words] == ["ht"]
    for words in CONTACT_WORDS.values():
        for word in words:
            assert meant_columns(event_column(word)) == ("contact",), word
            assert meant_columns(event_column(f"{word} 2")) == ("contact",), word
    assert meant_columns(event_column("الجوال")) == ("contact",)
    assert meant_columns(event_column("ملاحظات")) == ()  # notes: the sheet's own


def test_a_phone_header_beside_the_contact_is_the_sheets_own(tmp_path: Path, kit: Kit) -> None:
    """A `Téléphone` beside a `Contact` column is the sheet's own: a warning, as `Phone` is."""
    head = ["event_id", "language", "title", "date", "venue", "Contact", "Téléphone"]
    row = ["w", "en", "Walk", "2027-07-30", "Park", "Ana", "+41 22 917 1234"]
    _, problems = merged_all(tmp_path, kit, head, row)
    assert problems == [
        "1:7: warning[merge.column]: events.csv: column 'Téléphone' is not used by the event "
        "templates\n  hint: columns: event_id, language, title, date, end_date, time, end_time, venue, "
        "organiser, contact, link, photo, date_region"
    ]
