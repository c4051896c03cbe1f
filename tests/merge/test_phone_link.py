"""A merged event's link that is a phone number is printed under its QR code as the organiser
typed it, spaces kept: `+221 33 859 96 96` was printed `+221-33-859-96-96` (an office's
trial), the hyphens its QR code's tel: address puts between the groups (RFC 3966's visual
separators, for a dialler). The QR code keeps its tel: address. On an Arabic page the
number reads left to right, its groups in the order typed, in the digits typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import QrItem, TextItem
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.pipeline.compose import compose_document
from tests.kits import ROOT

HEAD = "event_id,language,title,date,time,venue,organiser,contact,link,photo\n"
TYPED = "+221 33 859 96 96"
DIALLED = "tel:+221-33-859-96-96"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def record(tmp_path: Path, kit: Kit, language: str, link: str) -> Record:
    path = tmp_path / "events.csv"
    # a made-up event (`sample`): an example.org link is the project's sample
    head = HEAD.rstrip() + ",sample\n"
    path.write_text(f'{head}a,{language},A,2024-07-30,18:30,P,,,"{link}",,true\n', encoding="utf-8")
    errs = Collector()
    (found,) = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    return found


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (TYPED, TYPED),
        ("tel:+221 33 859 96 96", TYPED),  # said to be a number: the number
        ("  +221  33 859\u00a096 96 ", TYPED),  # white space around and between: one space
        ("+221-33-859-96-96", "+221-33-859-96-96"),  # typed with hyphens: as typed
        ("tel:+221.33.859.96.96", "+221.33.859.96.96"),
    ],
)
def test_a_phone_number_is_printed_as_typed_and_dialled_as_its_tel_address(
    tmp_path: Path, kit: Kit, typed: str, printed: str
) -> None:
    found = record(tmp_path, kit, "en", typed)
    assert found.layer.values["event_link"].text == printed
    assert found.layer.links["event"][:4] == "tel:"
    digits = "".join(c for c in found.layer.links["event"] if c.isdigit())
    assert digits == "221338599696"


def test_a_link_that_is_no_phone_number_is_printed_as_before(tmp_path: Path, kit: Kit) -> None:
    found = record(tmp_path, kit, "en", "www.example.org/walk")
    assert found.layer.values["event_link"].text == "https://www.example.org/walk"
    assert found.layer.links == {"event": "https://www.example.org/walk"}


def visual(item: TextItem) -> str:
    """The item's characters in display order, left to right, line by line."""
    return "\n".join(
        "".join(r.text[::-1] if r.rtl else r.text for r in sorted(line.runs, key=lambda r: r.x))
        for line in item.text.lines
    )


@pytest.mark.parametrize("language", ["en", "fr", "ar", "fa", "bn"])
def test_the_flyer_prints_the_number_as_typed_left_to_right_under_a_tel_qr_code(
    tmp_path: Path, kit: Kit, fonts: FontBook, language: str
) -> None:
    """Arabic and Persian: the groups in the order typed, not 96 96 859 33 +221, and in the
    digits typed (the QR code dials them); Bengali too keeps them."""
    found = record(tmp_path, kit, language, TYPED)
    layout = kit.layouts["event-flyer-a5"]
    laid = compose_document(kit, fonts, layout, kit.languages[language], record=found)
    items = laid.composed.page.items
    (text,) = [i for i in items if isinstance(i, TextItem) and i.slot == "qr-link"]
    assert "".join(line.actual_text() for line in text.text.lines) == TYPED
    assert visual(text) == TYPED
    (qr,) = [i for i in items if isinstance(i, QrItem)]
    assert qr.url == DIALLED
