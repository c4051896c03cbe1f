"""Wherever the package lists a group's files (the contact sheet's columns, the job sheet's
rows, the index's grid and list of files, ACCESSIBILITY.txt), their languages come in the
order the group's own file lists them: an office's `languages:`, campaign.yaml's for the
campaign kit; a language the group does not list last. An office listing [ar, en, ur, fa]
got contact-sheet columns en, ar, ur, fa (campaign.yaml's order) and job-sheet rows ar, en,
fa, ur (the codes' order) (a regional office's trial).

The mini kit with fr added: campaign.yaml lists en, ar, fr (en reviewed, ar and fr drafts);
the office lists fr, ar, en, which is neither that order nor the codes' (ar, en, fr)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.package import contact as pkg_contact

from ..kits import cli, mini_with_language

OFFICE = "name: Gulf\nlanguages: [fr, ar, en]\n"


@pytest.fixture(scope="module")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package of a build of the badge and the hearts for the campaign kit and for the
    office (previews at 10 ppi), and for the campaign kit in de and ca (`--lang`:
    languages campaign.yaml does not list)."""
    root = tmp_path_factory.mktemp("order")
    kit = mini_with_language(root, "fr", "  word: Coeur\n  emblem_alt: Coeur bleu\n")
    for code, word in (("de", "Herz"), ("ca", "Cor")):
        (kit / f"materials/strings/{code}.yaml").write_text(
            f"language: {code}\nname: {code}\nstatus: draft\nstrings:\n  word: {word}\n",
            encoding="utf-8",
        )
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/gulf.yaml").write_text(OFFICE, encoding="utf-8")
    out = root / "out"
    small = ("--only", "badge,hearts", "--png-ppi", "10")
    for extra in ((), ("--office", "gulf"), ("--lang", "de,ca")):
        code, text = cli("build", "--kit", kit, "-o", out, *small, *extra)
        assert code == 0, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", root / "p")
    assert code == 0, text
    return root / "p"


def job_sheet_files(packaged: Path, group: str) -> list[str]:
    with zipfile.ZipFile(packaged / f"{group}-print.zip") as z:
        text = z.read("JOB-SHEET.csv").decode("utf-8-sig")
    return [row["file"] for row in csv.DictReader(io.StringIO(text))]


def test_the_job_sheet_lists_the_office_s_languages_in_its_order(packaged: Path) -> None:
    assert job_sheet_files(packaged, "gulf") == [
        "badge-fr-gulf.pdf",
        "badge-ar-gulf.pdf",
        "badge-en-gulf.pdf",
        "hearts-fr-gulf.pdf",
        "hearts-ar-gulf.pdf",
        "hearts-en-gulf.pdf",
    ]
    with zipfile.ZipFile(packaged / "gulf-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
    files = [line for line in txt.splitlines() if line.endswith("-gulf.pdf")]
    assert files == job_sheet_files(packaged, "gulf")


def test_the_campaign_s_job_sheet_follows_campaign_yaml(packaged: Path) -> None:
    """campaign.yaml's languages, then those it does not list, by code."""
    assert job_sheet_files(packaged, "campaign") == [
        "badge-en.pdf",
        "badge-ar.pdf",
        "badge-fr.pdf",
        "badge-ca.pdf",
        "badge-de.pdf",
        "hearts-en.pdf",
        "hearts-ar.pdf",
        "hearts-fr.pdf",
        "hearts-ca.pdf",
        "hearts-de.pdf",
    ]


def index_texts(packaged: Path, group: str) -> list[str]:
    pdf = pdfium.PdfDocument(packaged / f"{group}-index.pdf")
    try:
        return [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    finally:
        pdf.close()


def in_order(text: str, *parts: str) -> list[str]:
    """`parts` sorted by where they first are in `text` (each must be there)."""
    assert all(p in text for p in parts), (parts, text)
    return sorted(parts, key=text.index)


def test_the_contact_sheet_s_columns_are_the_office_s_languages(packaged: Path) -> None:
    """The index's grid (the contact sheet's, as vector) names the columns: fr, ar, en. The
    contact sheet's PNG has the same columns: the two drafts' tiles (a band) first, then
    English's (none), in the badge's row; the hearts print no text of a strings file, so
    none of their tiles is a draft's (described.drafts_of)."""
    grid, files = index_texts(packaged, "gulf")
    # the title, the subtitle, then the columns' heads (code and name), left to right
    assert grid.splitlines()[2] == "fr fr ar Arabic en English"
    band = {}
    with Image.open(packaged / "gulf-contact-sheet.png") as png:
        rgb = png.convert("RGB")
        for row in range(2):
            for col in range(3):
                x, y = pkg_contact.tile_origin(row, col)
                band[(row, col)] = rgb.getpixel((x + 2, pkg_contact.band_top(y) + 2))
    draft, reviewed = pkg_contact.DRAFT_BAND, pkg_contact.CARD
    assert band == {
        (0, 0): draft,  # fr
        (0, 1): draft,  # ar
        (0, 2): reviewed,  # en
        (1, 0): reviewed,  # hearts: no text of fr.yaml, nor of ar.yaml
        (1, 1): reviewed,
        (1, 2): reviewed,
    }
    # the index's list of files: by material, then the office's languages
    named = [f"badge-{code}-gulf.pdf" for code in ("en", "ar", "fr")]
    assert in_order(files, *named) == [f"badge-{code}-gulf.pdf" for code in ("fr", "ar", "en")]


def test_the_campaign_s_contact_sheet_follows_campaign_yaml(packaged: Path) -> None:
    grid, _ = index_texts(packaged, "campaign")
    assert grid.splitlines()[2] == "en English ar Arabic fr fr ca ca de de"


def test_the_screen_files_are_listed_in_the_office_s_order(packaged: Path) -> None:
    with zipfile.ZipFile(packaged / "gulf-screen.zip") as z:
        text = z.read("ACCESSIBILITY.txt").decode("utf-8")
    named = [f"badge-{code}-gulf-digital.pdf" for code in ("en", "ar", "fr")]
    assert in_order(text, *named) == [
        f"badge-{code}-gulf-digital.pdf" for code in ("fr", "ar", "en")
    ]
