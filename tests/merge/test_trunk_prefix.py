"""An international number written with its trunk prefix in brackets, `+33 (0)1 43 29 44 40`,
`+44 (0)20 7123 4567` (a user's trial): its QR code held `tel:+33-(0)1-43-29-44-40` and the
digital PDF's link over the printed contact `tel:+33-0-1-43-29-44-40`, which a phone dials
with the 0 that a call from abroad must drop (ITU-T E.123, 4.2: no parentheses in an
international number). The tel: addresses drop the "(0)"; the printed number keeps it, as
typed. An Italian number keeps its 0, which is dialled from abroad."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from campaign.iri import dialable, printed_target

from ..kits import ROOT, cli

# (as typed in the cell, the tel: address a phone dials)
NUMBERS = {
    "paris": ("+33 (0)1 43 29 44 40", "tel:+33-1-43-29-44-40"),
    "london": ("+44 (0)20 7123 4567", "tel:+44-20-7123-4567"),
    "geneva": ("+41 (0)22 917 1234", "tel:+41-22-917-1234"),
    "rome": ("+39 06 1234 5678", "tel:+39-06-1234-5678"),
}


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("trunk")
    data = root / "events.csv"
    rows = ["event_id,language,title,date,time,venue,contact,link,sample"]
    rows += [f"{k},en,Walk,2024-07-30,18:00,Park,{n},{n},true" for k, (n, _) in NUMBERS.items()]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = root / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--png-ppi", "150", "-j", "1"
    )
    assert code == 0, text
    return out / "event-flyer-a5"


@pytest.mark.parametrize("event", list(NUMBERS))
def test_the_qr_code_dials_the_number_without_its_trunk_prefix(merged: Path, event: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    with Image.open(merged / f"event-flyer-a5-en-{event}-preview.png") as im:
        codes = [b.text for b in zxingcpp.read_barcodes(im)]
    assert codes == [NUMBERS[event][1]]


@pytest.mark.parametrize("event", list(NUMBERS))
def test_the_digital_pdfs_links_dial_it_and_the_page_prints_it_as_typed(
    merged: Path, event: str
) -> None:
    import pypdfium2 as pdfium

    typed, dialled = NUMBERS[event]
    path = merged / f"event-flyer-a5-en-{event}-digital.pdf"
    with pikepdf.open(path) as pdf:
        uris = {str(a.A.URI) for a in pdf.pages[0].Annots if "/A" in a and "/URI" in a.A}
    assert uris == {dialled}  # the QR code's link and the printed contact's and link's
    shown = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
    assert shown.count(typed) == 2  # the contact and the number under the QR code


@pytest.mark.parametrize(
    ("typed", "dialled"),
    [
        ("+33 (0)1 43 29 44 40", "tel:+33-1-43-29-44-40"),
        ("+33(0)143294440", "tel:+33-143294440"),
        ("+44 - (0)20 7123 4567", "tel:+44-20-7123-4567"),
        ("+39 (0)6 0000 0000", "tel:+39-(0)6-0000-0000"),  # Italy's 0 is dialled
        ("+378 (0)549 000000", "tel:+378-(0)549-000000"),  # San Marino's too
        ("(022) 917 1234", "tel:022-917-1234"),  # national: its 0 is dialled
    ],
)
def test_dialable_drops_the_trunk_prefix_of_an_international_number(
    typed: str, dialled: str
) -> None:
    assert dialable("tel:" + typed) == dialled


@pytest.mark.parametrize(
    ("printed", "target"),
    [
        ("+33 (0)1 43 29 44 40", "tel:+33-1-43-29-44-40"),
        ("+41 (0)22 917 1234", "tel:+41-22-917-1234"),
        ("+39 06 0000 0000", "tel:+39-06-0000-0000"),
        ("(022) 917 1234", "tel:022-917-1234"),
    ],
)
def test_a_printed_helpline_opens_the_number_without_its_trunk_prefix(
    printed: str, target: str
) -> None:
    assert printed_target(printed) == target
