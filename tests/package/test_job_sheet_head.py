"""What a print shop's trial found missing from a package: whom to ask when the kit names no
one (the campaign kit's job sheet had no contact line, and the sender was "campaign"), that no
copies are given when no print order came, why there is no contact sheet (a build with
--no-png), the press stock a gang sheet is printed on, and which of its pages are cut lines
alone. And every label of the index PDF and the contact sheet inside its page: a long office
name ran off the index's right edge."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.kit import load_kit
from campaign.package import contact as pkg_contact
from campaign.package.jobsheet import press_status
from tests.kits import before_summary, cli

SMALL = ("--only", "badge-58", "--lang", "en", "--no-digital")
NO_ONE = "no e-mail or website: `email:` and `website:` under `fields:` are empty or missing"


def _txt(pkg: Path, group: str = "campaign") -> list[str]:
    """JOB-SHEET.txt of the group's print ZIP, by paragraph."""
    with zipfile.ZipFile(pkg / f"{group}-print.zip") as z:
        return z.read("JOB-SHEET.txt").decode("utf-8").split("\n\n")


def test_a_kit_that_names_no_one_says_so_in_the_job_sheet_and_a_note(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit, out, pkg = kit_copy(), tmp_path / "out", tmp_path / "pkg"
    code, text = cli("build", "--kit", kit, "-o", out, *SMALL, "--no-png")
    assert code == 0, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, text
    campaign = kit / "materials/campaign.yaml"
    mark = load_kit(kit).campaign.mark
    assert (
        f"{campaign}:{mark.line}:{mark.col}: note[package.no-contact]: campaign: the job sheet "
        f"names no one to ask about the job: {campaign} has {NO_ONE.replace(': ', ' (', 1)})\n"
        "  hint: give the print shop an address: fill `email:` (and `website:`) under "
        f"`fields:` in {campaign} (they print on the campaign's materials that show them, and "
        "on every office's that gives none of its own), or package an office's build (`build "
        "--office ID`), whose file gives its own, then build again (the materials that show "
        "them are made again) and package\n"
    ) in text
    # no previews (--no-png): no contact sheet, and the note says why
    assert not list(pkg.glob("*contact-sheet*"))
    assert before_summary(text).endswith(
        "note[package.no-previews]: campaign: the build made no previews (PNG): no contact "
        "sheet is made, and the index lists the files without pictures\n"
        # the build that made the folder, without --no-png: not "the same build command"
        "  hint: build again without --no-png (python generate.py build --only badge-58 --lang "
        f"en --no-digital -o {out} --kit {kit}), then package\n"
        "2 note(s)\n"
    ), text
    said = _txt(pkg)
    assert said[1:4] == [
        # the file as the kit names it: never the sender's own folders
        "Questions about this job: no contact given; ask whoever sent the files (their "
        "materials/campaign.yaml has no e-mail or website)",
        # the 58 mm press's sizes are not verified: said once, before the rows
        f"BADGE PRESS NOT VERIFIED:\n  badge-58: press {press_status(load_kit(kit), 'badge-58')}",
        "Copies: none given (no print order came with this package: agree them with the "
        "sender, who can add them with `package --order FILE`)",
    ]
    assert said[4].startswith("badge-58-en.pdf\n")


def test_the_campaign_kits_contact_is_campaign_yamls(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """campaign.yaml's `office_name`, `email` and `website` fields name the campaign kit's
    sender (a kit of the project's samples: `sample: true`); with previews and a print
    order, none of the three notes or lines."""
    kit = kit_copy()
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text("utf-8")
    for key, value in (
        ("office_name", "Blue Heart Test Office"),
        ("email", "print@example.org"),
        ("website", "https://www.example.org/print"),
    ):
        assert f'  {key}: ""' in text
        text = text.replace(f'  {key}: ""', f'  {key}: "{value}"', 1)
    campaign.write_text(text + "sample: true\n", "utf-8")
    out, pkg = tmp_path / "out", tmp_path / "pkg"
    code, said = cli("build", "--kit", kit, "-o", out, *SMALL, "--png-ppi", "10")
    assert code == 0, said
    order = tmp_path / "order.csv"
    order.write_text("material,copies\nbadge-58,250\n", "utf-8")
    code, said = cli("package", "--kit", kit, "--from", out, "-o", pkg, "--order", order)
    assert code == 0, said
    assert "note[" not in said
    head = _txt(pkg)
    assert head[0].startswith(
        "World Day Against Trafficking in Persons 2024 \u2013 job sheet \u2013 Blue Heart Test "
        "Office (campaign)\n"
    )
    assert head[1:5] == [
        "Questions about this job: print@example.org, https://www.example.org/print",
        # campaign.yaml's `sample: true`: its files listed, as its rows say (their notes)
        "SAMPLE DATA, NOT FOR PRINT (made only to try the kit): badge-58-en.pdf",
        f"BADGE PRESS NOT VERIFIED:\n  badge-58: press {press_status(load_kit(kit), 'badge-58')}",
        "Copies ordered: 250 (badge-58 250)",
    ]
    assert (pkg / "campaign-contact-sheet.png").is_file()


def test_a_gang_sheet_names_its_stock_and_its_cut_page(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`sheet` said "printed on SRA4 paper"; the job sheet named no stock, and said "2
    page(s), single-sided" of a sheet whose second page is its cut lines alone."""
    kit, out, pkg = kit_copy(), tmp_path / "out", tmp_path / "pkg"
    code, text = cli("build", "--kit", kit, "-o", out, *SMALL, "--no-png")
    assert code == 0, text
    code, text = cli("sheet", "--kit", kit, "--from", out, "--lang", "en", "--cut-page")
    assert code == 0, text
    assert "printed on SRA4 paper" in text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, text
    (row,) = [p for p in _txt(pkg) if p.startswith("sheets/")]
    lines = row.split("\n")
    assert lines[0] == "sheets/badge-58-a4-en.pdf"
    assert lines[2].endswith(", 2 page(s), single-sided; page 2: cut lines, not printed")
    assert (
        "NOTE: gang sheet of badges (216 x 313 mm with its bleed and slug, cut circles in "
        "CutContour, printed on SRA4) made by `sheet` from badge-58-en.pdf"
    ) in row
    # no order: the sheet's stock and how it is cut, without copies
    assert (
        "\n  SRA4, die-cut along the 70 mm cut circles on it (CutContour); then a 58 mm button "
        "press\n"
    ) in row, row


LONG = (
    "Blue Heart Campaign Regional Office for the Countries of the Horn of Africa, the Great "
    "Lakes, the Indian Ocean Islands and the Countries of Southern Africa Working Together "
    "(trial office)"
)


@pytest.mark.parametrize("png", [False, True], ids=["list-only", "with-previews"])
def test_every_label_of_the_index_is_inside_its_page(
    kit_copy: Callable[..., Path], tmp_path: Path, png: bool
) -> None:
    """An office whose name is 180 characters: each character of every page of the index PDF
    (the grid pages' titles, the list's heading and names) lies inside the page, and the
    contact sheet's header leaves its right margin bare."""
    office = f"name: {LONG}\nlanguages: [en]\n"
    kit = kit_copy(**{"materials/offices/horn.yaml": office})
    out, pkg = tmp_path / "out", tmp_path / "pkg"
    shots = ("--png-ppi", "10") if png else ("--no-png",)
    code, text = cli("build", "--kit", kit, "-o", out, *SMALL, "--office", "horn", *shots)
    assert code == 0, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, text
    pdf = pdfium.PdfDocument(pkg / "horn-index.pdf")
    seen = ""
    for page in pdf:
        width, height = page.get_size()
        chars = page.get_textpage()
        for i in range(chars.count_chars()):
            left, bottom, right, top = chars.get_charbox(i)
            if right > left:  # a space or a line break has no box
                assert 0 <= left, (i, left)
                assert right <= width, (i, right, width)
                assert 0 <= bottom, (i, bottom)
                assert top <= height, (i, top, height)
        seen += chars.get_text_range().replace("\r\n", " ").replace("\n", " ")
    assert LONG.split(" (")[0].replace(" ", "") in seen.replace(" ", "")  # all of it, wrapped
    if png:
        with Image.open(pkg / "horn-contact-sheet.png") as im:
            sheet = im.convert("RGB")
            strip = sheet.crop(
                (sheet.width - pkg_contact.MARGIN // 2, 0, sheet.width, pkg_contact.HEADER)
            )
            assert {colour for _, colour in strip.getcolors()} == {pkg_contact.BACKGROUND}


def test_fitted_lines_shrink_then_break_at_spaces_then_letters() -> None:
    def measure(text: str, size: float) -> float:
        return len(text) * size / 2  # half an em a letter

    assert pkg_contact.fitted_lines("a short one", 100, measure, 10, 6) == (10, ["a short one"])
    # 30 letters: 150 at 10, fits 100 at 6 (90)
    assert pkg_contact.fitted_lines("x" * 30, 100, measure, 10, 6) == (6, ["x" * 30])
    size, lines = pkg_contact.fitted_lines("ab cd " * 10 + "y" * 50, 60, measure, 10, 6)
    assert size == 6
    assert all(measure(line, size) <= 60 for line in lines)
    assert lines[:2] == ["ab cd ab cd ab cd ab", "cd ab cd ab cd ab cd"]  # 20 letters: 60
    assert "".join(lines).replace(" ", "") == ("abcd" * 10) + "y" * 50


def test_a_build_of_this_repositorys_kit_is_told_to_make_a_kit_of_its_own(tmp_path: Path) -> None:
    """An organiser's trial merged with this repository's kit (no kit of its own) and was
    told to fill in `email:` in the repository's campaign.yaml, which the README asks users
    not to edit: the hint says to make a kit of their own."""
    from tests.kits import ROOT

    out, pkg = tmp_path / "out", tmp_path / "pkg"
    code, text = cli("build", "--kit", ROOT, "-o", out, *SMALL, "--no-png")
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg)
    assert code == 0, text
    hint = next(line for line in text.splitlines() if "this repository's own kit" in line)
    # the path and the command as the working folder has them (in it: relative, no --kit)
    assert hint.endswith(
        "materials/campaign.yaml is this repository's own kit, not yours to edit: make a kit "
        "of your own (python generate.py new kit my-kit"
        + ("" if Path.cwd() == ROOT else f" --kit {ROOT}")
        + "), give the print shop an address there (`email:` and `website:` under `fields:` "
        "in its materials/campaign.yaml, or an office's file: `new office ID`), build from "
        "it, and package that build"
    ), text
