"""A merged event's print PDFs print fields of their own on their slug: `event <id>`, SAMPLE
DATA first for a row whose `sample` cell is true, DRAFT after a draft language's code
(pipeline.renditions.print_slug). The kit's check of a template's slug (layout.marks)
measured neither the event nor a row's SAMPLE DATA, nor DRAFT: on a narrow template a long
event id left out the event, the language, the year and the build hash (a slug keeps its
fields by rank, and ends at the first that does not fit), and a sample row's slug its build
hash, without a word. `merge.slug` says so, once, at the first such row's event_id cell."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.fonts import load_fontbook
from campaign.model import Marks
from campaign.render import marks

from ..kits import ROOT, cli, warnings_of

BOOKMARK = ROOT / "tests" / "data" / "marks" / "bookmark.yaml"
HEAD = "event_id,language,title,date,venue,sample\n"


def event_bookmark() -> str:
    """The trial's bookmark as an event template (its day line the event's title), its
    colour bar off, with a 36 x 130 mm size: `event-bookmark-narrow`."""
    text = BOOKMARK.read_text(encoding="utf-8")
    old = "  - {name: day, kind: text, string: day, style: day,"
    assert old in text
    text = text.replace(old, "  - {name: day, kind: text, field: event_title, style: day,")
    text = text.replace("colour_bar: true", "colour_bar: false", 1)
    return text + "family: event-bookmark\nsizes:\n  narrow: {trim: [36, 130], paper: custom}\n"


@pytest.fixture(scope="module")
def kit(module_kit_copy: Callable[..., Path]) -> Path:
    return module_kit_copy(**{"materials/layouts/event-bookmark.yaml": event_bookmark()})


def merged(kit: Path, tmp_path: Path, rows: str) -> str:
    """The `merge.slug` warnings of a merge of `rows` (under HEAD) into the narrow bookmark."""
    data = tmp_path / "events.csv"
    data.write_text(HEAD + rows, encoding="utf-8")
    code, text = cli(
        "merge", "event-bookmark-narrow", data, "--kit", kit, "-o", tmp_path / "out",
        "--no-png", "--no-digital", "-j", "1",
    )  # fmt: skip
    assert code == 0, text
    return warnings_of(text, "merge.slug").replace(f"{data}:", "events.csv:")


HINT_END = (
    "or give the template a wider trim, `registration: false` under `marks:` (the slug then "
    "runs to the right crop mark), or `slug: false`\n"
)


def test_a_long_event_id_and_a_sample_rows_slug_are_told_at_the_first_rows_id(
    kit: Path, tmp_path: Path
) -> None:
    """Row 3's 35-character id leaves out its event, language, year and build hash; row 4,
    a sample row, its build hash (SAMPLE DATA before its 11-character id); row 2's short id
    keeps them all, as the slug without an event does on the 36 mm bookmark."""
    said = merged(
        kit,
        tmp_path,
        "walk,en,Walk,2024-07-30,Park,\n"
        "nairobi-city-park-walk-2024-07-30-a,en,Walk,2024-07-30,Park,\n"
        "swim-2024-b,en,Swim,2024-07-30,Pool,true\n",
    )
    assert said == (
        "events.csv:3:1: warning[merge.slug]: 2 event(s)' print PDFs of event-bookmark-narrow "
        "(36 x 130 mm) leave out the event's id, the language, the campaign's year and the "
        "build hash of their slug for want of room below their bleed (at 4.8 pt), which the "
        "slug without an event keeps: their event id (up to 35 characters: "
        "'nairobi-city-park-walk-2024-07-30-a') and SAMPLE DATA, first on a sample row's slug "
        "(its `sample` cell) take it\n"
        "  hint: shorten the event ids to 25 characters or fewer (as "
        "'nairobi-city-park-walk-20'); on a sample row's slug no event id leaves room (its "
        f"SAMPLE DATA takes it); {HINT_END}"
    )


def test_event_ids_that_leave_room_are_not_told(kit: Path, tmp_path: Path) -> None:
    assert (
        merged(
            kit,
            tmp_path,
            "walk,en,Walk,2024-07-30,Park,\nnairobi-city-park-walk-20,en,Walk,2024-07-30,Park,\n",
        )
        == ""
    )


def test_the_slug_measured_is_the_one_drawn_with_draft_and_an_event() -> None:
    """The slug measured for a merged draft event's print PDF (render.marks.sample_slug,
    as print_slug writes it: SAMPLE DATA first, DRAFT after the language, the event after
    it, drawn a character at a time) counts DRAFT and the event: the slug without them kept
    what it loses."""
    width_of = marks.slug_width_in(load_fontbook(ROOT / "fonts").slug_face())
    every = Marks(crop=True, registration=True, colour_bar=False, slug=True)

    def left(draft: bool, event: str) -> tuple[str, ...]:
        return marks.slug_left_out(
            "event-bookmark", (30, 130), 3, every, (), ("front",), width_of,
            who=("", "en"), draft=draft, event=event,
        )  # fmt: skip

    text, varying = marks.sample_slug(
        "event-bookmark", (30, 130), 3, False, "", width_of, ("", "ht"), True, True, "walk"
    )
    assert text.startswith("SAMPLE DATA  |  event-bookmark  |  ht  |  DRAFT  |  event walk  |  ")
    assert varying[1:] == ("event walk",)
    # on 30 mm, DRAFT and the event id each leave room; together, not for the build hash
    assert (left(True, ""), left(False, "walk-2024"), left(True, "walk-2024")) == (
        (),
        (),
        ("hash",),
    )


@pytest.mark.parametrize(
    ("office", "lost"),
    [("brussels", "the event's id"), ("new-york", "the campaign's year")],
)
def test_a_custom_templates_slug_is_measured_on_the_press_sheet_of_its_offices_paper(
    kit_copy: Callable[..., Path], office: str, lost: str
) -> None:
    """A custom 28 x 425 mm size of the event bookmark merged for a US office goes on 12 x 18
    in (457.2 mm long: press_stock.piece_stock, by the office's `paper: us`), where a
    4-character event id leaves out the campaign's year; for an ISO office, on SRA3 (450 mm),
    where it leaves out the event itself (office ids of 8 characters both). The merge
    measured the US office's on SRA3 too, and said its event was left out, where its slug
    prints it."""
    from campaign.diagnostics import Collector
    from campaign.kit import load_kit
    from campaign.merge.fields import SlugFacts
    from campaign.merge.slug_room import slug_room

    text = event_bookmark() + "  tall: {trim: [28, 425], paper: custom}\n"
    loaded = load_kit(kit_copy(**{"materials/layouts/event-bookmark.yaml": text}))
    errs = Collector()
    slug_room(
        [SlugFacts("walk", ("en",), False, None)], loaded, "event-bookmark-tall", office, errs
    )
    said = [d.message for d in errs.items if d.code == "merge.slug"]
    assert said == [
        "1 event(s)' print PDFs of event-bookmark-tall (28 x 425 mm) leave out "
        f"{lost} of their slug for want of room below their bleed (at 4.8 pt), which the slug "
        "without an event keeps: their event id (up to 4 characters: 'walk') take it"
    ]
