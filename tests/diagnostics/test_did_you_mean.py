"""`did_you_mean`: the choice a misspelt or reworded name most likely means, by the rules
`diagnostics.closest` documents. The cases are an office's trial's (trial files
mistake-col-Event_Title.csv, mistake-col-Event_date.csv; `build --only badge-58mm`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.kits import ROOT, cli

from campaign.diagnostics import closest, did_you_mean, name_words
from campaign.merge.events import COLUMNS  # the merge's event columns

BADGES = ("badge-25mm", "badge-32mm", "badge-38mm", "badge-44mm", "badge-58", "badge-75mm")
PRESSES = ("1-25in", "1-5in", "1-75in", "1in", "2-25in", "25mm", "32mm", "38mm", "3in", "58mm")


@pytest.mark.parametrize(
    ("word", "choices", "meant"),
    [
        # rule 1, the same name once capitals, spaces, hyphens and a size's unit are aside
        ("badge-58mm", BADGES, "badge-58"),  # was badge-75mm (two edits from each)
        ("badge-38", BADGES, "badge-38mm"),
        ("Event ID", COLUMNS, "event_id"),
        ("Poster-A2", ("poster-b2", "poster-a2"), "poster-a2"),
        # rule 2, a misspelling of the whole name wins over a part of it
        ("event_tittle", ("event", "event_title"), "event_title"),
        ("venu", COLUMNS, "venue"),
        ("posters", ("poster", "posture"), "poster"),
        # rule 3, a choice the name holds as whole words, or begins with
        ("Event Title", COLUMNS, "title"),  # was event_id
        ("Event date", COLUMNS, "date"),  # was event_id
        ("Start time", COLUMNS, "time"),
        ("event end time", COLUMNS, "end_time"),  # the longest part
        ("Helpline number", ("helpline", "email", "number_of"), "helpline"),
        ("Badge 58 MM", BADGES, "badge-58"),  # "mm" a word of its own: badge 58 begins it
        ("my_event_date_and_time_of_day", COLUMNS, None),  # date: under a third of it
        # rule 4, the closest by difflib's ratio, a tie to the longer shared beginning
        ("Organizer name", COLUMNS, "organiser"),
        ("flyer-b", ("flyer-c", "flyer-d"), "flyer-d"),  # a tie: the later, as difflib did
        ("Website", COLUMNS, None),
        ("frnech", ("fr", "ar", "es"), None),  # begins as fr: no word of it is fr
        # numbers: only a choice of the name's numbers is offered (a print shop's trial)
        ("poster-a5", ("poster-a3", "poster-a4", "poster-a1"), None),  # was poster-a4
        ("2in", PRESSES, None),  # was 25mm: no 2 in press, nor one of 50.8 mm
        ("gracol2013", ("fogra39", "fogra29", "gracol2006"), None),  # was gracol2006
        ("badge-2", BADGES, None),  # was badge-25mm
        ("1.5in", PRESSES, "1-5in"),  # the point as the press ids write it
        ("1,5 in", PRESSES, "1-5in"),
        ("2.25", PRESSES, "2-25in"),  # no unit: the number alone
        ("25.4mm", PRESSES, "1in"),  # the same size in another unit
        ("25.4mm", ("25mm",), None),  # 1 in is not 25 mm: another press
        ("58in", PRESSES, None),  # 58 of another unit
        ("fogra-39", ("fogra39", "fogra29", "gracol2006"), "fogra39"),
        ("social-1080x1305", ("social-1080x1350", "social-1080x1080"), None),
        ("socail-1080x1350", ("social-1080x1350", "social-1080x1080"), "social-1080x1350"),
    ],
)
def test_the_choice_a_name_means(word: str, choices: tuple[str, ...], meant: str | None) -> None:
    assert closest(word, choices) == meant
    assert did_you_mean(word, choices) == ((f"did you mean '{meant}'?",) if meant else ())


def test_a_tie_goes_to_the_choice_that_begins_as_the_name() -> None:
    """Both are one letter off (ratio 0.8); the one whose beginning is right wins, in
    either order of the choices."""
    assert closest("abcde", ["xbcde", "abcdx"]) == "abcdx"
    assert closest("abcde", ["abcdx", "xbcde"]) == "abcdx"


def test_build_only_badge_58mm_means_the_58_mm_badge(tmp_path: Path) -> None:
    code, text = cli("build", "--kit", ROOT, "-o", tmp_path, "--only", "badge-58mm")
    assert code == 1
    assert text == (
        "error[ref.material]: unknown material 'badge-58mm'\n"
        "  hint: did you mean 'badge-58'?\n1 error(s)\n"
    )


@pytest.mark.parametrize(
    ("name", "marks", "words"),
    [
        ("Event ID", False, ("event", "id")),
        ("EVENT__id", False, ("event", "id")),
        ("Link (QR)", True, ("link", "qr")),
        ("Date/time", True, ("date", "time")),
        # a combining mark is part of its word: Hindi तारीख (date), Thai วันที่ (date)
        ("तारीख", True, ("तारीख",)),
        ("วันที่ (เวลา)", True, ("วันที่", "เวลา")),
    ],
)
def test_a_names_words(name: str, marks: bool, words: tuple[str, ...]) -> None:
    assert name_words(name, marks=marks) == words
