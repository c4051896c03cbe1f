"""A merged event's printed cell that stands for a value not known yet, in the organiser's
language (`stand_ins.stand_in`, `merge.stand_in_cells`): a Brussels and Lille organiser's
trial merged a French CSV and a Google Form into A5 flyers, and the contacts `à confirmer`,
`n.c.` and `nog te bepalen`, the venue `à confirmer` and the organiser `?` printed, exit 0
(only English words were caught, and only in contact and link cells). Each is an error at
its cell with what an empty cell of its column does; the venue, the title and the date say
every event needs one."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.stand_ins import stand_in

from ..kits import ROOT, mini_with_language

PRINTS = "it would print on the event's documents"
CONTACT_FIX = "  hint: write the event's checked value, or leave the cell empty"
ORGANISER_FIX = (
    "  hint: leave the cell empty until the organiser is known: the event's documents then "
    "leave the organiser out"
)


def required(what: str) -> str:
    """The end of a required column's message, and its hint."""
    return (
        f"{PRINTS}, and every event needs a {what}\n  hint: write the event's {what} once it "
        "is known, and merge again: the row makes no files until then"
    )


def merged(path: Path, text: str, kit: Path = ROOT) -> tuple[list[str], list[str]]:
    """The ids of the records the merge makes of `text` (written to `path`), and each
    error, its path left out."""
    path.write_text(text, encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(kit), errs, None)
    said = [d.render().replace(f"{path}:", "") for d in errs.items if d.is_error]
    return [r.id for r in good], said


def test_the_trials_french_stand_ins_are_errors_at_their_cells(tmp_path: Path) -> None:
    """The trial's French Excel CSV (semicolons, French headers) and its probe rows."""
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id;Titre de l'événement;Langue;Date;Heure;Lieu;Organisateur;Contact\n"
        "ok-1;Marche Cœur bleu;fr;30/07/2027;14h30;Salle La Ruche;Asbl Vigilance;\n"
        "nc-1;Rencontre;fr;30/07/2027;14:30;Maison des Associations;;à confirmer\n"
        "nc-2;Rencontre;fr;30/07/2027;17:30;Maison des Associations;;n.c.\n"
        "t2;B;fr;30/07/2027;14:30;à confirmer;;\n"
        "t3;C;fr;30/07/2027;14:30;Salle X;?;\n"
        "t1;A;fr;30/07/2027;14h30 (à confirmer);X;;\n",
    )
    assert ids == ["ok-1"]
    confirm = "('à confirmer', French for 'to be confirmed')"
    assert said == [
        f"3:8: error[merge.value]: row 3, column Contact (H): 'à confirmer' is a placeholder "
        f"{confirm}: {PRINTS}\n{CONTACT_FIX}",
        "4:8: error[merge.value]: row 4, column Contact (H): 'n.c.' is a placeholder ('n.c.', "
        f"French for 'not communicated'): {PRINTS}\n{CONTACT_FIX}",
        f"5:6: error[merge.value]: row 5, column Lieu (F): 'à confirmer' is a placeholder "
        f"{confirm}: {required('venue')}",
        f"6:7: error[merge.value]: row 6, column Organisateur (G): '?' is a placeholder ('?'): "
        f"{PRINTS}\n{ORGANISER_FIX}",
        "7:5: error[merge.value]: row 7, column Heure (E): '14h30 (à confirmer)' is a time "
        "still to be confirmed\n  hint: leave the time empty until it is known (the flyer "
        "shows the date alone), then write it and merge again",
    ]


def test_dutch_stand_ins_in_a_dutch_row(tmp_path: Path) -> None:
    """The trial's Google Form row in Dutch (`nog te bepalen`); `volgt` alone is one, `n.t.b.`
    after the venue's word too, a venue `Café Volgt` is a name."""
    kit = mini_with_language(tmp_path, "nl", "  word: Hart\n")
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,date,venue,organiser,contact\n"
        "nl-1,nl,Lezing,2027-07-30,De Kriekelaar,volgt,nog te bepalen\n"
        "nl-2,nl,Lezing,2027-07-30,Locatie n.t.b.,,\n"
        "nl-3,nl,Lezing,2027-07-30,Café Volgt,,\n",
        kit,
    )
    assert ids == ["nl-3"]
    assert said == [
        "2:6: error[merge.value]: row 2, column organiser (F): 'volgt' is a placeholder "
        f"('volgt', Dutch for 'to follow'): {PRINTS}\n{ORGANISER_FIX}",
        "2:7: error[merge.value]: row 2, column contact (G): 'nog te bepalen' is a placeholder "
        f"('nog te bepalen', Dutch for 'to be decided'): {PRINTS}\n{CONTACT_FIX}",
        "3:5: error[merge.value]: row 3, column venue (E): 'Locatie n.t.b.' is a placeholder "
        f"('n.t.b.', Dutch for 'to be decided'): {required('venue')}",
    ]


def test_russian_stand_ins_and_a_languages_own_columns(tmp_path: Path) -> None:
    """A Cyrillic venue and organiser; a language's own title beside the row's shared one
    gives way to it when emptied (its hint says so), and where the row has no shared one it
    is required: told once, not also "no 'title' is given"."""
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,title_fr,date,venue,organiser_ru\n"
        "ru-1,ru,Марш,,2027-07-30,Место уточняется,будет объявлено\n"
        'both,"en,fr",Walk,À définir,2027-07-30,Park,\n'
        "own,fr,,Marche (à confirmer),à confirmer,Salle,\n",
    )
    assert ids == []
    assert said == [
        "2:6: error[merge.value]: row 2, column venue (F): 'Место уточняется' is a placeholder "
        f"('уточняется', Russian for 'to be specified'): {required('venue')}",
        "2:7: error[merge.value]: row 2, column organiser_ru (G): 'будет объявлено' is a "
        f"placeholder ('будет объявлено', Russian for 'to be announced'): {PRINTS}\n"
        f"{ORGANISER_FIX}",
        "3:4: error[merge.value]: row 3, column title_fr (D): 'À définir' is a placeholder "
        f"('À définir', French for 'to be decided'): {PRINTS} in fr\n  hint: leave the cell "
        "empty until it is known: the event's documents in fr then print its 'title' column",
        "4:4: error[merge.value]: row 4, column title_fr (D): 'Marche (à confirmer)' is a "
        "placeholder ('à confirmer', French for 'to be confirmed'): "
        f"{required('title')}",
        "4:5: error[merge.value]: row 4, column date (E): 'à confirmer' is a placeholder "
        f"('à confirmer', French for 'to be confirmed'): {required('date')}",
    ]


def test_a_stand_in_inside_real_words(tmp_path: Path) -> None:
    """Decided: a venue or organiser that ends with a stand-in (`Salle À confirmer`) is one
    (the room is not known); a title is prose, where a stand-in counts only as the whole
    title or a part set off by brackets, a comma or a dash (`Un futur à définir` is a
    title), and a word of a stand-in followed by more words is the value's own."""
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,date,venue,organiser\n"
        "salle,fr,Rencontre,2027-07-30,Salle À confirmer,\n"
        "futur,fr,Un futur à définir,2027-07-30,Salle,\n"
        "limites,fr,Apprendre à définir ses limites,2027-07-30,Salle à confirmer demain,\n"
        "venir,fr,Concert à venir,2027-07-30,Salle,Collectif NC Bruxelles\n",
    )
    assert ids == ["futur", "limites", "venir"]
    assert said == [
        "2:5: error[merge.value]: row 2, column venue (E): 'Salle À confirmer' is a "
        f"placeholder ('À confirmer', French for 'to be confirmed'): {required('venue')}"
    ]


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("à confirmer", "'à confirmer', French for 'to be confirmed'"),
        ("A CONFIRMER", "'A CONFIRMER', French for 'to be confirmed'"),
        ("14h30 (à préciser)", "'à préciser', French for 'to be specified'"),
        ("non communiqué", "'non communiqué', French for 'not communicated'"),
        ("N. C.", "'N. C.', French for 'not communicated'"),
        ("nader te bepalen", "'nader te bepalen', Dutch for 'to be decided'"),
        ("Lieu : volgt", "'volgt', Dutch for 'to follow'"),
        ("por confirmar", "'por confirmar', Spanish and Portuguese for 'to be confirmed'"),
        ("a definir", "'a definir', Spanish and Portuguese for 'to be decided'"),
        ("noch offen", "'noch offen', German for 'to be decided'"),
        ("Ort: folgt", "'folgt', German for 'to follow'"),
        ("sede da destinarsi", "'da destinarsi', Italian for 'to be decided'"),
        ("itathibitishwa", "'itathibitishwa', Swahili for 'to be confirmed'"),
        ("уточнюється", "'уточнюється', Ukrainian for 'to be specified'"),
        ("DAHA SONRA AÇIKLANACAK", "'DAHA SONRA AÇIKLANACAK', Turkish for 'to be announced'"),
        ("Tempat: akan diumumkan", "'akan diumumkan', Indonesian and Malay for 'to be announced'"),
        ("地点待定", "'待定', Chinese for 'to be decided'"),
        ("يحدد لاحقاً", "'يحدد لاحقاً', Arabic for 'to be decided'"),
        ("Salle TBD", "'TBD'"),
        ("tbc", "'tbc'"),
        ("…", "'…'"),
        ("?", "'?'"),
        ("Café Volgt", None),
        ("Concert à venir", None),
        ("Wereld tbc-dag", None),  # Dutch tbc, tuberculosis: TBC only in capitals inside words
        ("Apprendre à définir ses limites", None),
        ("Pourquoi ?", None),
    ],
)
def test_stand_ins_of_each_language(value: str, found: str | None) -> None:
    got = stand_in(value)
    assert (got.said if got else None) == found


def test_a_whole_cell_of_question_marks_is_a_stand_in_a_word_of_them_a_lost_letter(
    tmp_path: Path,
) -> None:
    """A title `???` stands for one not known yet (it was told as letters lost in a code page
    alone, whose fix, saving the file again, does not help); the hint still names the code
    page's cause. `Walk ???` keeps its lost-letter error: words of `?` beside a kept word are
    what a code page leaves of a title."""
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,date,venue,organiser\n"
        "q1,en,???,2027-07-30,Hall,??\n"
        "q2,en,Walk ???,2027-07-30,Hall,\n",
    )
    assert ids == []
    lost = (
        'save the file again from the original as UTF-8 (Excel: "CSV UTF-8", or use the '
        '.xlsx), not converted from a copy saved as "CSV": the lost letters cannot be '
        "recovered from it"
    )
    assert said == [
        "2:3: error[merge.value]: row 2, column title (C): '???' is a placeholder ('???'): "
        f"{required('title')}; if the cell held words whose letters a code page had not (each "
        f"saved as '?'), {lost}",
        "2:6: error[merge.value]: row 2, column organiser (F): '??' is a placeholder ('??'): "
        f"{PRINTS}\n{ORGANISER_FIX}; if the cell held words whose letters a code page had not "
        f"(each saved as '?'), {lost}",
        "3:3: error[text.lost-letter]: row 3, column title (C): the text has a word of '?' "
        "(letters a code page had not) at character 6 ('Walk ???'): a letter lost when the "
        f"file was saved in a code page that has not got it\n  hint: {lost}",
    ]


@pytest.mark.parametrize(
    ("value", "languages", "prose"),
    [
        # a reviewer's merge of event-flyer-a5: each was refused as a stand-in
        ("Dix Park, Raleigh, NC", ("en",), False),  # NC, North Carolina: not French 'nc'
        ("Civic Center, Fargo, N.D.", ("en",), False),  # AP style North Dakota, not 'n.d.'
        ("Raleigh, N.C.", ("en",), False),  # AP style North Carolina, not French 'n.c.'
        ("Gedung Serbaguna, Mataram, NTB", ("id",), False),  # Nusa Tenggara Barat
        ("Nouméa, NC", ("fr",), False),  # New Caledonia's code, in a French row too
        ("TBC Bank", ("en",), False),  # Georgia's largest bank, an organiser
        ("TBC Bank", ("ka",), False),
        ("Centrum voor tbc", ("nl",), False),  # Dutch tbc: tuberculosis
        ("Centrum voor TBC", ("nl",), False),
        ("Dispensarul TBC", ("ro",), False),  # Romanian TBC: tuberculosis
        ("TBC Bank Cup", ("en",), True),  # a title
        ("Raleigh, NC", (), False),  # no language known: read as English
        ("Fratelli Rossi S.n.c.", ("fr",), False),  # Italian company form, not French 'n.c.'
        ("Boulangerie Martin S.N.C.", ("fr",), False),  # French company form
        ("Collège N.D.", ("fr",), False),  # Notre-Dame, not French 'n.d.'
        ("Mataram (NTB)", ("id",), False),
        ("TBA Group", ("it",), False),
    ],
)
def test_a_place_code_or_a_name_is_no_stand_in(
    value: str, languages: tuple[str, ...], prose: bool
) -> None:
    """A stand-in's abbreviation that is also a place code, a company's name or another
    language's word counts only where it cannot be one: the whole value (or all of it after
    a label), in a row of its language further (`stand_ins.ABBREVIATIONS`)."""
    assert stand_in(value, prose, languages) is None


@pytest.mark.parametrize(
    ("value", "languages", "found"),
    [
        ("Prix n.c.", ("fr",), "'n.c.', French for 'not communicated'"),  # ends a French value
        ("n.c.", ("en",), "'n.c.', French for 'not communicated'"),  # the whole value: any
        ("Tel: n.c.", ("en",), "'n.c.', French for 'not communicated'"),  # after a label
        ("NC", ("en",), "'NC', French for 'not communicated'"),
        ("Lieu : NC", ("fr",), "'NC', French for 'not communicated'"),
        ("N.D.", ("en",), "'N.D.', French, Italian and Portuguese for 'not available'"),
        ("Sala, n.d.", ("it",), "'n.d.', French, Italian and Portuguese for 'not available'"),
        # a language with its region, as a tag (fr-CA) and as its own column names it (fr_ca)
        ("Salle n.c.", ("fr-CA",), "'n.c.', French for 'not communicated'"),
        ("Salle n.c.", ("fr_ca",), "'n.c.', French for 'not communicated'"),
        ("Sala, n.d.", ("pt_br",), "'n.d.', French, Italian and Portuguese for 'not available'"),
        ("De Kriekelaar, ntb", ("nl",), "'ntb', Dutch for 'to be decided'"),
        ("Locatie n.t.b.", ("nl", "fr"), "'n.t.b.', Dutch for 'to be decided'"),
        ("NTB", ("id",), "'NTB', Dutch for 'to be decided'"),
        ("Room tbc", ("en",), "'tbc'"),  # ends an English value, in any case
        ("Room tbc", (), "'tbc'"),
        ("Zaal TBD", ("nl",), "'TBD'"),  # TBD in capitals: no language's word
        ("Zaal, TBC", ("nl",), "'TBC'"),  # a whole part in any language
        ("TBC (after rainy season)", ("en",), "'TBC'"),
        ("Centrum voor tbc", ("en",), "'tbc'"),
        ("Rencontre (TBC)", ("fr",), "'TBC'"),
    ],
)
def test_a_stand_ins_abbreviation_where_it_can_be_nothing_else(
    value: str, languages: tuple[str, ...], found: str
) -> None:
    got = stand_in(value, languages=languages)
    assert (got.said if got else None) == found


def test_a_merged_rows_places_and_companies_are_made_its_abbreviations_told(
    tmp_path: Path,
) -> None:
    """A reviewer's `merge event-flyer-a5`: North Carolina, North Dakota, Nusa Tenggara Barat
    and New Caledonia as venues, TBC Bank as an organiser, a contact in Raleigh, NC were all
    refused; a row of the abbreviation's own language is told, as far as it counts there."""
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,date,venue,organiser,contact\n"
        'dix,en,Walk,2027-07-30,"Dix Park, Raleigh, NC",,"Ana Silva, Raleigh, NC"\n'
        'fargo,en,Walk,2027-07-30,"Civic Center, Fargo, N.D.",,\n'
        'ap,en,Walk,2027-07-30,"Dix Park, Raleigh, N.C.",,\n'
        'ntb,id,Jalan,2027-07-30,"Gedung Serbaguna, Mataram, NTB",,\n'
        'noumea,fr,Marche,2027-07-30,"Salle Anewy, Nouméa, NC",,\n'
        "tbc,ka,Walk,2027-07-30,Tbilisi,TBC Bank,\n"
        "prix,fr,Marche,2027-07-30,Salle n.c.,,\n"
        "room,en,Walk,2027-07-30,Room tbc,,\n",
    )
    assert ids == ["dix", "fargo", "ap", "ntb", "noumea", "tbc"]
    assert said == [
        "8:5: error[merge.value]: row 8, column venue (E): 'Salle n.c.' is a placeholder "
        f"('n.c.', French for 'not communicated'): {required('venue')}",
        "9:5: error[merge.value]: row 9, column venue (E): 'Room tbc' is a placeholder "
        f"('tbc'): {required('venue')}",
    ]


def test_a_dutch_rows_tbc_is_tuberculosis(tmp_path: Path) -> None:
    """`Centrum voor tbc` in a Dutch row is a venue (a comment of stand_ins said lower-case
    tbc may be Dutch, and it was refused); `n.t.b.` ends a Dutch venue still, and `ntb` is
    one as a whole part."""
    kit = mini_with_language(tmp_path, "nl", "  word: Hart\n")
    ids, said = merged(
        tmp_path / "events.csv",
        "event_id,language,title,date,venue,organiser\n"
        "tbc,nl,Lezing,2027-07-30,Centrum voor tbc,\n"
        'ntb,nl,Lezing,2027-07-30,"De Kriekelaar, ntb",\n',
        kit,
    )
    assert ids == ["tbc"]
    assert said == [
        "3:5: error[merge.value]: row 3, column venue (E): 'De Kriekelaar, ntb' is a "
        f"placeholder ('ntb', Dutch for 'to be decided'): {required('venue')}",
    ]
