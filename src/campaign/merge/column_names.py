"""The names of the event columns in the kit's languages (COLUMN_NAMES: สถานที่ for
venue, and the spellings of COLUMN_SPELLINGS) and how a header is matched to them
(`header_spelling`, `event_column`, `header_languages`), and a `Date and time` column's
header (`date_and_time_header`).
"""

from __future__ import annotations

import functools
import unicodedata

from ..diagnostics import name_words
from . import arabic_script
from .data import column_key

# Other spellings of a column's name, read as the column: the UN writes British English
# (organiser), a sheet made in the US says organizer (a column's name in another language:
# COLUMN_NAMES)
COLUMN_SPELLINGS = {"organizer": "organiser"}

# An event column as English event exports and calendars head it, read as the column where
# no header of the sheet is that column by its own name (columns.table_keys: `Location`
# beside `Venue` is the sheet's own, as before): an "Event" before a column's name (`Event
# title`, `Event date`, `Event venue`, `Event link`, `Event image`), and the column names of
# The Events Calendar's CSV import (a WordPress plugin: Event Name, Event Start Date, Event
# Start Time, Event End Time, Event Venue Name, Event Organizer Name, Event Website, as
# public repositories' import files write them: exact search, 2026-12), Google Calendar's
# CSV import (its Help's answer 37118, as guides quote it: Start Date, Start Time,
# Location) and a ticket platform's attendee export in public repositories' test data (Event
# name, Event start date, Event start time, Event location); the last day of an event of
# several days as Google Calendar's import (End Date) and The Events Calendar's (Event End
# Date) head it. Only names of one column each: not Name (the event's or its organiser's),
# Subject, nor Website alone (columns.COLUMN_WORDS: told, as it was)
ENGLISH_NAMES = {
    "title": ("Event title", "Event name"),
    "date": ("Event date", "Start date", "Event start date"),
    "end_date": ("End date", "Event end date"),
    "time": ("Event time", "Start time", "Event start time"),
    "end_time": ("Event end time",),
    "venue": ("Event venue", "Venue name", "Event venue name", "Location", "Event location"),
    "organiser": (
        "Event organiser", "Event organizer", "Organiser name", "Organizer name",
        "Event organiser name", "Event organizer name",
    ),
    "link": ("Event link", "Event URL", "Event website", "Registration link"),
    "photo": ("Event photo", "Event image"),
}  # fmt: skip


# An event column's name as the sheets of the offices' languages head it, read as the column
# (`สถานที่` is venue, `التاريخ` date), by language: the one table of a header's words in
# other languages (`column_names`, `event_column`; `header_languages` tells the languages a
# sheet's header is in). A word after a column's name is kept after the column's (`สถานที่
# (EN)` is venue_en, `Organizer (FR)` organiser_fr). Only the plain words for the column,
# which nothing else in an event's sheet is called: not "time" words that also mean a date
# and a time (Vietnamese thời gian, Khmer ពេលវេលា), and no city or address (no column holds
# them: they go in the venue; المدينة, شهر, شہر name none). The languages of South-East
# Asia's offices keep the names of the columns of codes and addresses (event_id, language's
# codes, link, photo), but for Thai (a Thailand organiser's trial headed its ids รหัสงาน);
# Arabic, Persian and Urdu sheets name them too (a Middle East office's trial), and a column
# of dates and their start times (DATE_AND_TIME_KEY: `تاریخ و ساعت`, as `Date and time`). An
# Arabic-script word is read as a Persian or an Arabic keyboard types it (`header_spelling`:
# ی and ي, ک and ك, a ZERO WIDTH NON-JOINER or none).
DATE_AND_TIME_KEY = "date_and_time"  # a header of dates and times, as `date_and_time_header` reads
COLUMN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "th": {
        "event_id": ("รหัสงาน", "รหัสกิจกรรม"),  # the event's (activity's) code
        "title": ("ชื่องาน", "ชื่อกิจกรรม", "หัวข้อ"),
        "date": ("วันที่",),
        "time": ("เวลา", "เวลาเริ่ม"),  # the start time
        "end_time": ("เวลาสิ้นสุด", "เวลาเลิก"),  # the end time
        "venue": ("สถานที่", "สถานที่จัดงาน"),
        "organiser": ("ผู้จัด", "ผู้จัดงาน"),
        "contact": ("ติดต่อ",),
        "language": ("ภาษา",),
        "link": ("ลิงก์",),
        "photo": ("รูปภาพ", "รูป"),
    },
    "lo": {
        "title": ("ຫົວຂໍ້",),
        "date": ("ວັນທີ",),
        "time": ("ເວລາ",),
        "venue": ("ສະຖານທີ່",),
        "contact": ("ຕິດຕໍ່",),
        "language": ("ພາສາ",),
    },
    "km": {
        "title": ("ចំណងជើង",),
        "date": ("កាលបរិច្ឆេទ",),
        "time": ("ម៉ោង",),
        "venue": ("ទីកន្លែង",),
        "contact": ("ទំនាក់ទំនង",),
        "language": ("ភាសា",),
    },
    "vi": {
        "title": ("tiêu đề", "tên sự kiện"),
        "date": ("ngày",),
        "time": ("giờ",),
        "venue": ("địa điểm",),
        "organiser": ("ban tổ chức", "đơn vị tổ chức"),
        "contact": ("liên hệ",),
        "language": ("ngôn ngữ",),
    },
    "id": {
        "title": ("judul", "nama acara"),
        "date": ("tanggal",),
        "time": ("waktu", "jam"),
        "venue": ("tempat", "lokasi"),
        "organiser": ("penyelenggara",),
        "contact": ("kontak",),
        "language": ("bahasa",),
    },
    "ms": {
        "title": ("tajuk",),
        "date": ("tarikh",),
        "time": ("masa",),
        "venue": ("tempat", "lokasi"),
        "organiser": ("penganjur",),
        "contact": ("hubungi",),
        "language": ("bahasa",),
    },
    "tl": {
        "title": ("pamagat",),
        "date": ("petsa",),
        "time": ("oras",),
        "venue": ("lugar",),
        "language": ("wika",),
    },
    "ar": {
        "event_id": ("معرف الحدث", "معرف"),  # the event's identifier
        "language": ("اللغة", "اللغات"),
        "title": ("العنوان", "عنوان"),
        "date": ("التاريخ",),
        "time": ("الوقت", "وقت البدء", "وقت"),  # the start time
        "end_time": ("وقت الانتهاء",),
        "venue": ("المكان",),
        "organiser": ("المنظم", "الجهة المنظمة"),  # the organising body
        "contact": ("جهة الاتصال",),
        "link": ("الرابط",),
        "photo": ("الصورة",),
        DATE_AND_TIME_KEY: ("التاريخ والوقت", "التاريخ و الوقت"),
    },
    "fa": {
        "event_id": ("شناسه", "شناسه رویداد"),
        "language": ("زبان",),
        "title": ("عنوان",),
        "date": ("تاریخ",),
        "time": ("ساعت", "ساعت شروع"),  # the start time
        "end_time": ("ساعت پایان",),
        "venue": ("مکان", "محل برگزاری"),  # the place it is held
        "organiser": ("برگزارکننده", "برگزار کننده"),
        "contact": ("تماس",),
        "link": ("پیوند", "لینک"),
        "photo": ("عکس", "تصویر"),
        DATE_AND_TIME_KEY: ("تاریخ و ساعت", "تاریخ و زمان"),
    },
    "ur": {
        "language": ("زبان",),
        "title": ("عنوان",),
        "date": ("تاریخ",),
        "time": ("وقت",),
        "venue": ("مقام",),
        "organiser": ("منتظم",),
        "contact": ("رابطہ",),
        "photo": ("تصویر",),
        DATE_AND_TIME_KEY: ("تاریخ و وقت", "تاریخ اور وقت"),
    },
    # the languages of the kit's strings files (materials/strings) that had none (a Europe
    # and Central Asia office's trial: a Google Form headed Дата, Час, Мова, Назва, Місце was
    # 5 columns missing); Ukrainian and Russian forms also name the id and the link
    "uk": {
        "event_id": ("id події", "ідентифікатор"),
        "language": ("мова",),
        "title": ("назва",),
        "date": ("дата",),
        "time": ("час",),
        "venue": ("місце",),
        "organiser": ("організатор",),
        "contact": ("контакт", "контакти"),
        "link": ("посилання",),
        DATE_AND_TIME_KEY: ("дата і час", "дата та час"),
    },
    "ru": {
        "event_id": ("id мероприятия", "идентификатор"),
        "language": ("язык",),
        "title": ("название",),
        "date": ("дата",),
        "time": ("время",),
        "venue": ("место",),
        "organiser": ("организатор",),
        "contact": ("контакт", "контакты"),
        "link": ("ссылка",),
        DATE_AND_TIME_KEY: ("дата и время",),
    },
    # es, pt and fr name the id and the link too (a Latin America office's trial: `ID del
    # evento` was a missing event_id, `Enlace` an unused column that lost every QR link): the
    # link as Google Sheets' help for its HYPERLINK function names it in the language (es
    # "enlace", "hiperenlace", its nombre_enlace; pt-BR "link", the column's own name, and
    # "hiperlink"), French "lien" (univer.ai's fr-FR sheets guide, "Lien hypertexte": a weak
    # source, Google's French page was not found); the id as the trial's sheet heads it, ID
    # and the language's "of the event" (es del evento, pt do evento; fr not seen written)
    # A West Africa office's trial (Dakar) headed its French Google Form Titre de l'événement,
    # Date et heure, Heure de fin and its ids Identifiant: each was a column missing or lost.
    # French's "ID de l'événement" as es and pt name theirs (public repositories' French
    # code and docs write it for an event's id: exact search, 2026-12), and événement as
    # the 1990 rectifications spell it too, évènement (the Académie française's
    # dictionary, 9th edition, gives both). The start and end times and the date-and-time
    # column (DATE_AND_TIME_KEY, read as `Date and time`) as public repositories' forms and
    # tables label them (exact search, 2026-12: fr "Heure de début", "Heure de fin", "Date
    # et heure"; es "Hora de inicio", "Hora de fin", "Hora de término", "Fecha y hora"; pt
    # "Hora de início", "Hora de término", "Hora de fim", "Data e hora"), and the title as
    # the trial's sheet and their forms head it (es "Título del evento", pt "Título do
    # evento"); the last day of an event of several days as public repositories' forms
    # label an end date (exact search, 2026-12: fr "Date de fin", a form's label; es "Fecha
    # de fin", "Fecha de finalización", a form's labels; pt "Data de término", an event
    # form's label of its endDate, "Data de fim")
    # The registration link, the venue and the photo as event forms in these languages label
    # them (a trial's Portuguese form headed Local and Link de inscrição: "no column 'venue'"
    # and its QR links lost), as public repositories' event forms and tables label their
    # fields (exact search, 2026-12): es "Lugar del evento", "Enlace de inscripción", "Foto
    # del evento" (a form's field, "el campo «Foto del evento»"), "Imagen del evento"; pt
    # "Local" (a form's label, its placeholder "Local do evento"), "Local do Evento", "Link
    # de Inscrição" (a table's header and a form's label), "Foto do evento"; fr "Lieu de
    # l'événement" (a form's label), "Lien d'inscription" (a page's link: weak); es and pt
    # "link de registro" (a translation file's "registration link"). The photo's word alone
    # (es foto, imagen; pt foto, imagem) as the English column is photo and image its word
    # (columns.COLUMN_WORDS); French's is the English photo (OWN_NAMES).
    # A Brussels organiser's trial: a Google Form in French headed its titles Nom de
    # l'événement (read as no column, and offered as both the id and the title): the title
    # as forms name an event (public repositories' forms and labels, exact search, 2026-12:
    # fr "Nom de l'événement", es "Nombre del evento", pt "Nome do evento"), and French's
    # date as they label it ("Date de l'événement", a translation file's eventDate).
    "es": {
        "event_id": ("id del evento", "id de evento"),
        "link": ("enlace", "hiperenlace", "enlace de inscripción", "link de registro"),
        "language": ("idioma",),
        "title": ("título", "título del evento", "nombre del evento"),
        "date": ("fecha",),
        "end_date": ("fecha de fin", "fecha de finalización"),
        "time": ("hora", "hora de inicio"),
        "end_time": ("hora de fin", "hora de término"),
        "venue": ("lugar", "lugar del evento"),
        "organiser": ("organizador",),
        "contact": ("contacto",),
        "photo": ("foto", "imagen", "foto del evento", "imagen del evento"),
        DATE_AND_TIME_KEY: ("fecha y hora",),
    },
    "fr": {  # date, contact, photo: the English column's own name (OWN_NAMES)
        "event_id": ("identifiant", "id de l'événement", "id de l'évènement"),
        "language": ("langue",),
        "title": (
            "titre",
            "titre de l'événement",
            "titre de l'évènement",
            "nom de l'événement",
            "nom de l'évènement",
        ),
        "date": ("date de l'événement", "date de l'évènement"),
        "time": ("heure", "heure de début"),
        "end_date": ("date de fin",),
        "end_time": ("heure de fin",),
        "venue": ("lieu", "lieu de l'événement", "lieu de l'évènement"),
        "organiser": ("organisateur",),
        "link": ("lien", "lien hypertexte", "lien d'inscription"),
        DATE_AND_TIME_KEY: ("date et heure",),
    },
    "pt": {  # link: the English column's own name (OWN_NAMES)
        "event_id": ("id do evento",),
        "link": ("hiperlink", "link de inscrição", "link de registro"),
        "language": ("idioma",),
        "title": ("título", "título do evento", "nome do evento"),
        "date": ("data",),
        "end_date": ("data de término", "data de fim"),
        "time": ("hora", "hora de início"),
        "end_time": ("hora de término", "hora de fim"),
        "venue": ("local", "local do evento"),  # local: the whole header alone (WHOLE_ONLY)
        "organiser": ("organizador",),
        "contact": ("contato", "contacto"),
        "photo": ("foto", "imagem", "foto do evento"),
        DATE_AND_TIME_KEY: ("data e hora",),
    },
    # Dutch, of Belgium's and the Netherlands' sheets and forms (a Brussels organiser's
    # trial merged Dutch events; the kit's strings need not have it): the words as public
    # repositories' Dutch forms and tables label an event's fields (exact search, 2026-12:
    # "Naam van het evenement", "Titel", "Datum", "Einddatum", "Startdatum", "Begintijd",
    # "Starttijd", "Aanvangstijd", "Eindtijd", "Locatie"), and the common words Taal
    # (language), Plaats (place), Organisator, Organisatie, Foto and Afbeelding (image);
    # Contact and Link are the English columns' own names (OWN_NAMES). Plaats is the town
    # of an address's fields too (Adres, Postcode, Plaats): ADDRESS_WORDS.
    "nl": {
        "language": ("taal",),
        "title": ("titel", "naam van het evenement"),
        "date": ("datum", "startdatum"),
        "end_date": ("einddatum",),
        "time": ("tijd", "begintijd", "starttijd", "aanvangstijd"),
        "end_time": ("eindtijd",),
        "venue": ("locatie", "plaats"),
        "organiser": ("organisator", "organisatie"),
        "contact": ("contactpersoon",),
        "photo": ("foto", "afbeelding"),
        DATE_AND_TIME_KEY: ("datum en tijd",),
    },
    "sw": {
        "language": ("lugha",),
        "title": ("kichwa",),
        "date": ("tarehe",),
        "time": ("saa",),
        "venue": ("mahali",),
        "organiser": ("mratibu",),
        "contact": ("mawasiliano",),
    },
    "am": {
        "language": ("ቋንቋ",),
        "title": ("ርዕስ",),
        "date": ("ቀን",),
        "time": ("ሰዓት",),
        "venue": ("ቦታ",),
        "organiser": ("አዘጋጅ",),
    },
    "hi": {
        "language": ("भाषा",),
        "title": ("शीर्षक",),
        "date": ("तारीख", "दिनांक"),
        "time": ("समय",),
        "venue": ("स्थान",),
        "organiser": ("आयोजक",),
        "contact": ("संपर्क",),
    },
    "ne": {
        "language": ("भाषा",),
        "title": ("शीर्षक",),
        "date": ("मिति",),
        "time": ("समय",),
        "venue": ("स्थान",),
        "organiser": ("आयोजक",),
        "contact": ("सम्पर्क",),
    },
    "bn": {
        "language": ("ভাষা",),
        "title": ("শিরোনাম",),
        "date": ("তারিখ",),
        "time": ("সময়",),
        "venue": ("স্থান",),
        "organiser": ("আয়োজক",),
        "contact": ("যোগাযোগ",),
    },
    "ka": {
        "language": ("ენა",),
        "title": ("სათაური",),
        "date": ("თარიღი",),
        "time": ("დრო",),
        "venue": ("ადგილი",),
        "organiser": ("ორგანიზატორი",),
        "contact": ("კონტაქტი",),
    },
    "tr": {
        "language": ("dil",),
        "title": ("başlık",),
        "date": ("tarih",),
        "time": ("saat",),
        "venue": ("yer", "mekan"),
        "organiser": ("düzenleyen",),
        "contact": ("iletişim",),
    },
    "zh": {  # not 时间, which is a date and a time as much as a time
        "language": ("语言",),
        "title": ("标题",),
        "date": ("日期",),
        "time": ("开始时间",),
        "end_time": ("结束时间",),
        "venue": ("地点",),
        "organiser": ("主办方",),
        "contact": ("联系方式",),
    },
    "so": {
        "language": ("luqadda", "luqad"),
        "title": ("cinwaanka", "cinwaan"),
        "date": ("taariikhda", "taariikh"),
        "time": ("waqtiga", "waqti"),
        "venue": ("goobta", "goob"),
    },
    "ht": {  # not lang: an English sheet's short language
        "title": ("tit",),
        "date": ("dat",),
        "time": ("lè",),
        "venue": ("kote",),
        "organiser": ("òganizatè",),
        "contact": ("kontak",),
    },
    "my": {
        "language": ("ဘာသာစကား",),
        "title": ("ခေါင်းစဉ်",),
        "date": ("ရက်စွဲ",),
        "time": ("အချိန်",),
        "venue": ("နေရာ",),
        "organiser": ("စီစဉ်သူ",),
        "contact": ("ဆက်သွယ်ရန်",),
    },
}


# Words for a phone number and an e-mail address in the languages of COLUMN_NAMES, which name
# the contact column in a header as English's phone, telephone and email do
# (columns.COLUMN_WORDS): a header of one of them (`Téléphone`, `Telefone`, `رقم الهاتف`,
# `Số điện thoại`) where the sheet has no contact column is meant as the contact, and its
# values would be lost (a trial: each was a warning, "not used", and no contact printed). From
# Unicode CLDR's emoji annotations (common/annotations/<language>.xml, the names and keywords
# of ☎ TELEPHONE, 📱 MOBILE PHONE and 📧 E-MAIL; a copy of 2020-02), the words that mean a
# phone or an e-mail and nothing else in an event's sheet; French tél, its abbreviation, as
# the trial's `Tél.` wrote it, and Arabic اتصال ("contact", "calling"), the last word of
# its name of the column (جهة الاتصال), which the trial's sheet headed alone. Haitian Creole
# has no annotations there: none (a header in English or `kontak` reads it).
CONTACT_WORDS: dict[str, tuple[str, ...]] = {
    "th": ("โทรศัพท์", "โทรศัพท์มือถือ", "อีเมล"),
    "lo": ("ໂທລະສັບ",),
    "km": ("ទូរស័ព្ទ",),
    "vi": ("điện thoại", "di động"),
    "id": ("telepon", "ponsel"),
    "ms": ("telefon", "telefon bimbit", "e-mel"),
    "tl": ("telepono",),
    "ar": ("هاتف", "جوال", "بريد إلكتروني", "اتصال"),
    "fa": ("تلفن", "موبایل", "ایمیل"),
    "ur": ("فون", "ٹیلیفون", "موبائل", "ای میل"),
    "uk": ("телефон", "мобільний", "емейл"),
    "ru": ("телефон", "мобильный", "электронная почта"),
    "es": ("teléfono", "celular", "móvil", "correo electrónico", "correo"),
    "fr": ("téléphone", "tél", "téléphone portable", "courrier électronique"),
    "pt": ("telefone", "celular"),
    "nl": ("telefoon", "mobiele telefoon", "mobiel"),
    "sw": ("simu", "barua pepe"),
    "am": ("ስልክ", "ቴሌፎን", "ሞባይል", "ኢሜይል"),
    "hi": ("फ़ोन", "टेलीफ़ोन", "दूरभाष", "मोबाइल", "ईमेल"),
    "ne": ("फोन", "टेलिफोन"),
    "bn": ("ফোন", "টেলিফোন"),
    "ka": ("ტელეფონი",),
    "tr": ("telefon", "cep telefonu", "e-posta"),
    "zh": ("电话", "手机", "电子邮件"),
    "so": ("telefoon", "foon", "iimayl"),
    "ht": (),
    "my": ("ဖုန်း", "တယ်လီဖုန်း", "အီးမေးလ်"),
}

# the Arabic definite article, written joined to its word (الهاتف: the phone)
ARABIC_ARTICLE = "ال"


def without_article(key: str) -> str | None:
    """An Arabic header's words (a key, as `header_spelling` writes it) without their definite
    article (الهاتف is هاتف, البريد_الإلكتروني بريد_إلكتروني), for words read with or without
    it; None when no word begins with one."""
    words = key.split("_")
    bare = [w[len(ARABIC_ARTICLE) :] if w.startswith(ARABIC_ARTICLE) else "" for w in words]
    return "_".join(b or w for b, w in zip(bare, words, strict=True)) if any(bare) else None


# A language's word for a column that is also a field of an address, read as that column only
# where no other header of the sheet is it (columns.table_keys, as `Location` beside `Venue`):
# Dutch plaats, the venue of a sheet of events and the town of an address's Adres, Postcode,
# Plaats (a standard Dutch sheet, Locatie, Adres and Plaats, was refused whole: "one column
# 2 times: 'Locatie', 'Plaats'"). The other languages' venue words were checked for the same
# (2026-12): each is a place's word (lieu, lugar, tempat, місце, مکان), none an address's
# field, and no town's or address's word is in COLUMN_NAMES (its comment)
ADDRESS_WORDS = frozenset({"plaats"})


def address_word(header: str) -> bool:
    """Whether `header` is read as its column by a word of ADDRESS_WORDS (`Plaats`, `Plaats
    (NL)`)."""
    key = column_key(header)
    found = _named(key)
    if found is None:
        return False
    own = header_spelling(key)
    return own[: len(own) - len(found[1])] in ADDRESS_WORDS


# A language's word read as its column only as the whole header, not with words after it:
# Portuguese local (the venue) begins an English sheet's Local time, which is no venue
WHOLE_ONLY = frozenset({"local"})

# The event columns a header is read for in a language (every one of fields.COLUMNS but
# date_region, a region's code), and, for each language of COLUMN_NAMES, those it heads by
# the English column's own name (OWN_NAMES: French Date, Contact, Photo; Portuguese Link)
# and those it has no word for here and why (UNNAMED: a header in English reads them). A
# test keeps the three one partition of HEADED for every language, so that a column
# missing from a language is seen here, with its reason; the languages of the Google and
# Microsoft Forms exports the offices send (FORMS_LANGUAGES, English's being the columns'
# own names and ENGLISH_NAMES) have none unnamed.
HEADED = (
    "event_id", "language", "title", "date", "end_date", "time", "end_time", "venue",
    "organiser", "contact", "link", "photo",
)  # fmt: skip
FORMS_LANGUAGES = ("es", "fr", "pt")
OWN_NAMES = {"fr": ("date", "contact", "photo"), "pt": ("link",), "nl": ("contact", "link")}
# the columns of codes and addresses, which the languages of South-East Asia's offices keep
# in English, as their sheets' trials did (COLUMN_NAMES' comment)
IN_ENGLISH = "kept in English: a code or an address (event_id, link, photo)"
# a column whose word in the language was not found in a source: none is made up (a header
# in English reads it)
NO_SOURCE = "no source found for the language's word: none is made up"
_CODES = {"event_id": IN_ENGLISH, "link": IN_ENGLISH, "photo": IN_ENGLISH}
_NO_CODES = {"event_id": NO_SOURCE, "link": NO_SOURCE, "photo": NO_SOURCE}
UNNAMED: dict[str, dict[str, str]] = {
    "th": {"end_date": NO_SOURCE},
    "lo": {**_CODES, "end_time": NO_SOURCE, "organiser": NO_SOURCE, "end_date": NO_SOURCE},
    "km": {**_CODES, "end_time": NO_SOURCE, "organiser": NO_SOURCE, "end_date": NO_SOURCE},
    "vi": {**_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "id": {**_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "ms": {**_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "tl": {
        **_CODES,
        "end_time": NO_SOURCE,
        "organiser": NO_SOURCE,
        "contact": NO_SOURCE,
        "end_date": NO_SOURCE,
    },
    "ar": {"end_date": NO_SOURCE},
    "fa": {"end_date": NO_SOURCE},
    "ur": {"event_id": NO_SOURCE, "link": NO_SOURCE, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "uk": {"photo": NO_SOURCE, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "ru": {"photo": NO_SOURCE, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "es": {},
    "fr": {},
    "pt": {},
    "nl": {"event_id": NO_SOURCE},
    "sw": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "am": {**_NO_CODES, "end_time": NO_SOURCE, "contact": NO_SOURCE, "end_date": NO_SOURCE},
    "hi": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "ne": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "bn": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "ka": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "tr": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
    "zh": {**_NO_CODES, "end_date": NO_SOURCE},
    "so": {
        **_NO_CODES,
        "end_time": NO_SOURCE,
        "organiser": NO_SOURCE,
        "contact": NO_SOURCE,
        "end_date": NO_SOURCE,
    },
    # Haitian Creole's lang (its language) is English's short name of the column
    "ht": {**_NO_CODES, "end_time": NO_SOURCE, "language": NO_SOURCE, "end_date": NO_SOURCE},
    "my": {**_NO_CODES, "end_time": NO_SOURCE, "end_date": NO_SOURCE},
}

# the apostrophe as a word processor or a phone's keyboard types it (RIGHT SINGLE QUOTATION
# MARK, Unicode's preferred apostrophe: Titre de l’événement), read as the typewriter's '
APOSTROPHE = "\u2019"


def header_spelling(key: str) -> str:
    """A header's key (as column_key writes it) as COLUMN_NAMES' words are matched: its NFC
    (a Vietnamese header typed with combining accents is the same word), and an Arabic-script
    word as a Persian keyboard types it (arabic_script.one_keyboard: التاريخ typed with ی,
    برگزار‌کننده without its ZERO WIDTH NON-JOINER), and a Turkish İ as its i (casefold
    writes it i and a COMBINING DOT ABOVE: İletişim), and an APOSTROPHE as ' (l’événement)."""
    nfc = unicodedata.normalize("NFC", key).replace("i\u0307", "i")
    return arabic_script.one_keyboard(nfc.replace(APOSTROPHE, "'"))


@functools.cache
def _names_by_language(english: bool = True) -> dict[str, tuple[str, frozenset[str]]]:
    """COLUMN_NAMES' words (and COLUMN_SPELLINGS', and with `english` ENGLISH_NAMES') as
    `header_spelling` writes a header, the longest first (ساعت_پایان, end_time, before ساعت,
    time; event_start_date before event_start), to their column and the languages that head
    it so (a word two languages share, tempat, is of both; English's other names are of
    none)."""
    found: dict[str, tuple[str, set[str]]] = {
        other: (name, set()) for other, name in COLUMN_SPELLINGS.items()
    }
    if english:
        for column, headers in ENGLISH_NAMES.items():
            found.update({header_spelling(column_key(h)): (column, set()) for h in headers})
    for code, names in COLUMN_NAMES.items():
        for column, words in names.items():
            for word in words:
                found.setdefault(header_spelling(column_key(word)), (column, set()))[1].add(code)
    ordered = sorted(found.items(), key=lambda item: -len(item[0]))
    return {word: (column, frozenset(codes)) for word, (column, codes) in ordered}


@functools.cache
def column_names() -> dict[str, str]:
    """COLUMN_NAMES' words and COLUMN_SPELLINGS' as `header_spelling` writes a header, the
    longest first, to their columns."""
    return {word: column for word, (column, _) in _names_by_language().items()}


@functools.lru_cache(maxsize=1024)
def _named(key: str, english: bool = True) -> tuple[str, str, frozenset[str]] | None:
    """The column a header's key names by a word of COLUMN_NAMES or COLUMN_SPELLINGS (or,
    with `english`, ENGLISH_NAMES), what follows that word (`_en` of สถานที่_en; "" for the
    word alone) and the word's languages; None when it begins with none. Cached: a merge
    asks it of a few headers, for every row."""
    own = header_spelling(key)
    names = _names_by_language(english)
    if own in names:
        return names[own][0], "", names[own][1]
    for word, (column, codes) in names.items():  # the longest first
        if own.startswith(word + "_") and word not in WHOLE_ONLY:
            return column, own[len(word) :], codes
    return None


def event_column(header: str, english: bool = True) -> str:
    """A header as the event columns are named (data.column_key: case, spaces and hyphens
    aside), another spelling of a column's name (COLUMN_SPELLINGS), its name in a language
    of COLUMN_NAMES (`สถานที่`, `Địa điểm`, `التاريخ`) or, with `english`, an English
    export's (ENGLISH_NAMES: `Event title`, `Location`) as the column's, with what follows
    it: `Organizer (FR)` is organiser_fr, `สถานที่ (EN)` venue_en, `Event title (FR)`
    title_fr."""
    key = column_key(header)
    found = _named(key, english)
    return key if found is None else found[0] + found[1]


def header_languages(header: str) -> frozenset[str]:
    """The languages of COLUMN_NAMES a header is written in (`วันที่`: th; `tempat`: id and
    ms; `عنوان`: ar, fa, ur); none for a header in English or of no such word."""
    found = _named(column_key(header))
    return found[2] if found is not None else frozenset()


# Headers of one column that holds an event's date and its start time (`Date and time`,
# `Date & time`, `Date/time`, `Datetime`, `When`; `Event date and time`), by their words
# (name_words, with marks: & and / are none): the date column of a sheet that has none
DATE_AND_TIME = frozenset({("date", "and", "time"), ("date", "time"), ("datetime",), ("when",)})


def date_and_time_header(key: str) -> bool:
    """Whether a header (`key`, as event_column writes it) names a column of dates with their
    start times (DATE_AND_TIME), an "event" before it aside."""
    words = name_words(key, marks=True)
    return (words[1:] if words[:1] == ("event",) else words) in DATE_AND_TIME
