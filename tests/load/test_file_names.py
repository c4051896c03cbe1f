"""A file named in a kit or a merge's data with its accented letters in the other Unicode form
than the file's on disk (typed composed, NFC; saved decomposed, NFD, as macOS's HFS+ and
archives made on a Mac keep names) is that file: the two look the same in every message."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from campaign.diagnostics import Collector
from campaign.filenames import unicode_twin
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table

from ..kits import ROOT, cli
from ..offices.kit import ROSEA, office_kit

COMPOSED = "asociaci\u00f3n"  # ó as one code point
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # o and U+0301


@pytest.mark.parametrize(("typed", "on_disk"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_a_name_in_the_other_form_is_the_file(tmp_path: Path, typed: str, on_disk: str) -> None:
    (tmp_path / on_disk).mkdir()
    (tmp_path / on_disk / f"{on_disk}.png").write_bytes(b"x")
    assert unicode_twin(tmp_path / typed / f"{typed}.png") == (
        tmp_path / on_disk / f"{on_disk}.png"
    )
    assert unicode_twin(tmp_path / typed / "other.png") is None  # no such file
    assert unicode_twin(tmp_path / on_disk / f"{on_disk}.png") is None  # found as written


def test_two_files_of_one_name_in_both_forms_are_not_guessed_between(tmp_path: Path) -> None:
    """ṓ (o, macron, acute) has three forms: composed (U+1E53), decomposed, and the macron's
    ō (U+014D) with the acute after it. Written in the third, with files in the first two,
    either could be meant."""
    composed, decomposed, partly = "\u1e53", "o\u0304\u0301", "\u014d\u0301"
    assert unicodedata.normalize("NFC", partly) == composed
    (tmp_path / f"{composed}.png").write_bytes(b"x")
    assert unicode_twin(tmp_path / f"{partly}.png") == tmp_path / f"{composed}.png"
    (tmp_path / f"{decomposed}.png").write_bytes(b"y")
    assert unicode_twin(tmp_path / f"{partly}.png") is None
    assert unicode_twin(tmp_path / f"{composed}.png") is None  # there as written


def test_an_office_logo_saved_decomposed_is_found(kit_copy: Callable[..., Path]) -> None:
    """A regional office's trial: `partner: logos/logo-asociación.svg` was "not found in
    assets/" with the hint "did you mean 'logos/logo-asociación.svg'?"."""
    typed = f"logos/logo-{COMPOSED}.png"
    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", f"partner: {typed}"))
    (kit / "assets/logos").mkdir()
    (kit / "assets/rosea-logo.png").rename(kit / f"assets/logos/logo-{DECOMPOSED}.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    assert "ref.asset" not in text


def test_a_merged_photo_saved_decomposed_is_found(tmp_path: Path) -> None:
    """An organiser's `plaza bolívar.jpg` cell, the photo saved decomposed: "no file 'plaza
    bolívar.jpg'", with the hint "did you mean 'plaza bolívar.jpg'?"."""
    images = tmp_path / "photos"
    images.mkdir()
    on_disk = images / unicodedata.normalize("NFD", "plaza bol\u00edvar.jpg")
    Image.new("RGB", (600, 800), (200, 0, 0)).save(on_disk)
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue,photo\n"
        "walk,es,Caminata,2027-07-30,Plaza,plaza bol\u00edvar.jpg\n",
        encoding="utf-8",
    )
    errs = Collector()
    (record,) = read_events(read_table(data, errs), load_kit(ROOT), errs, images)
    assert [d.render() for d in errs.items] == []
    assert record.layer.logos == {"photo": on_disk.resolve()}
