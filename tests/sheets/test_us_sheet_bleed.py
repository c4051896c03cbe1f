"""A gang or sticker sheet on US paper (Letter, Legal, Tabloid) has 1/8 in of bare paper past
its trim, the bleed print shops on US paper ask of a file of that size (papers.bleed_asked),
and 3 mm on A4: a Letter sheet had 3 mm, which `check --pdf` let pass by its Title alone
(" gang sheet, "), so that a sheet whose Title was changed failed, and a US print shop's
preflight refuses it (a print shop's trial). Its slug stays 1 mm below that bleed. Read back
from the PDFs, in mm from the page's bottom left."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from ..kits import ROOT, cli
from .boxes import box_mm, slug_mm

EIGHTH = 25.4 / 8
# what `check --pdf` says of the kit's sheets (the badge's art reaches no edge of the sheet)
FACTS = "DeviceCMYK, Separation, ink up to 240 %, bleed gap 0 %"


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A gang sheet of badge-58 on Letter and on A4, and a sticker sheet of sticker-50 on
    Letter, in English."""
    out = tmp_path_factory.mktemp("us-sheets") / "out"
    args = ("--only", "badge-58,sticker-50", "--lang", "en", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    made = {
        "gang-letter": ("--material", "badge-58", "--paper", "letter"),
        "gang-a4": ("--material", "badge-58", "--paper", "a4"),
        "sticker-letter": ("--material", "sticker-50", "--sticker", "--paper", "letter"),
    }
    for name, given in made.items():
        path = out / f"{name}.pdf"
        code, text = cli("sheet", "--kit", ROOT, "--from", out, *given, "-o", path)
        assert code == 0, text
    return {name: out / f"{name}.pdf" for name in made}


@pytest.mark.parametrize(
    ("name", "bleed"),
    [("gang-letter", EIGHTH), ("sticker-letter", EIGHTH), ("gang-a4", 3.0)],
)
def test_a_sheet_has_the_bleed_of_its_paper_and_its_slug_below_it(
    sheets: dict[str, Path], name: str, bleed: float
) -> None:
    with pikepdf.open(sheets[name]) as pdf:
        page = pdf.pages[0]
        trim, grown = box_mm(page, "/TrimBox"), box_mm(page, "/BleedBox")
        media, slug = box_mm(page, "/MediaBox"), slug_mm(page)
    sides = (trim[0] - grown[0], trim[1] - grown[1], grown[2] - trim[2], grown[3] - trim[3])
    assert sides == pytest.approx((bleed,) * 4, abs=0.001)
    # the media: the bleed at the sides, the bleed and 5 mm of slug paper above and below
    assert (media[2] - media[0], media[3] - media[1]) == pytest.approx(
        (trim[2] - trim[0] + 2 * bleed, trim[3] - trim[1] + 2 * (bleed + 5)), abs=0.001
    )
    # the slug below the bleed, its baseline 1 mm below it (its outlines' top a little more)
    assert 1.0 <= grown[1] - slug[3] <= 1.5, (slug, grown)
    assert slug[1] >= media[1], (slug, media)


def test_check_pdf_passes_the_sheets_by_their_boxes_whatever_their_title(
    sheets: dict[str, Path], tmp_path: Path
) -> None:
    """The Letter sheets pass `check --pdf` with 1/8 in, and so they do with their Title
    changed (it was what let them pass with 3 mm: a sheet renamed in Acrobat failed)."""
    retitled = tmp_path / "retitled.pdf"
    with pikepdf.open(sheets["gang-letter"]) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:  # XMP and Info, equal
            meta["dc:title"] = "Blue Heart buttons for the 30 July stand"
        pdf.save(retitled)
    paths = (sheets["gang-letter"], sheets["sticker-letter"], retitled, sheets["gang-a4"])
    code, text = cli("check", *[a for p in paths for a in ("--pdf", p)])
    assert (code, text) == (
        0,
        "".join(
            f"{p}: ok (trim {trim} mm, bleed {bleed}, {FACTS})\n"
            for p, trim, bleed in zip(
                paths,
                ["215.9 x 279.4"] * 3 + ["210 x 297"],
                ["3.175 mm = 1/8 in"] * 3 + ["3 mm"],
                strict=True,
            )
        ),
    )
