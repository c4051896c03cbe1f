"""`sheet` without --paper: the pieces' own paper (sheets.sheet_paper), Letter for US pieces and
A4 for the rest, with a `sheet.paper` note saying which and why; and without --up, a home
sheet's count that keeps its text at or above the type floor (cell_sheet.default_up). A US
organiser's trial: `sheet --home` put a Letter flyer 2-up on A4 at 65.1 % and 2.25 in badges
11 to an A4 sheet, without a word; on Letter paper the flyer went 2-up at 61.0 %, its 8.65 pt
text printed at 5.3 pt under the 6 pt floor, with a warning and exit code 0."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from campaign.diagnostics import Mark
from campaign.sheets.sheet_paper import family_of

from ..kits import MM, build, cli, mini_copy, up_to_count

US_NOTE = "--paper a4 puts it on A4 (--paper names any sheet)"
ISO_NOTE = "--paper letter puts it on Letter (--paper names any sheet)"
HERE = Mark(Path("materials/layouts/x.yaml"), 3, 1)
OFFICE = Mark(Path("materials/offices/o.yaml"), 1, 1)


@pytest.mark.parametrize(
    ("trim", "layout", "office", "family", "why", "mark"),
    [
        (  # the size says it: Letter is a US size, whatever the layout or office say
            (215.9, 279.4),
            None,
            None,
            "us",
            "as its pieces are Letter (215.9 x 279.4 mm), a US size",
            None,
        ),
        (
            (148.0, 210.0),
            "iso",
            None,
            "iso",
            "as its pieces are A5 (148 x 210 mm), an ISO size",
            None,
        ),
        (  # mixed: an A5 piece an office of US paper lists: the piece's paper comes first
            (210.0, 148.0),
            "iso",
            ("new-york", "us", OFFICE),
            "iso",
            "as its pieces are A5 (210 x 148 mm), an ISO size, though office 'new-york' prints "
            "on US paper (`paper: us`): the pieces' paper comes first",
            None,
        ),
        (  # a 2.25 in badge: a size of no paper, the layout's `paper: us`
            (66.7, 66.7),
            "us",
            ("geneva", "iso", OFFICE),
            "us",
            "as its size is for US paper (`paper: us`), though office 'geneva' prints on ISO "
            "paper (`paper: iso`): the pieces' paper comes first",
            HERE,
        ),
        (  # a 58 mm badge (any paper) of a US office
            (70.0, 70.0),
            None,
            ("new-york", "us", OFFICE),
            "us",
            "as office 'new-york' prints on US paper (its `paper: us`)",
            OFFICE,
        ),
        (  # an office of ISO paper, written or not (its default)
            (70.0, 70.0),
            None,
            ("geneva", "iso", OFFICE),
            "iso",
            "as office 'geneva' prints on ISO paper (its `paper: iso`, the default)",
            OFFICE,
        ),
        (  # DL (of no family), `paper: custom`, no office: the kit's default
            (99.0, 210.0),
            "custom",
            None,
            "iso",
            "the kit's default, as its pieces (99 x 210 mm) are of no paper family and no "
            "`paper:` or office names one",
            None,
        ),
    ],
)
def test_the_paper_family_of_a_sheets_pieces(
    trim: tuple[float, float],
    layout: str | None,
    office: tuple[str, str, Mark] | None,
    family: str,
    why: str,
    mark: Mark | None,
) -> None:
    assert family_of(trim, layout, HERE, office) == (family, why, mark)


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The mini kit with a Letter flyer (`text`: 8.65 pt text, a 6 pt floor, as the trial's
    event-flyer-letter), its badge for US paper (`paper: us`, at the returned line) and two
    offices, `usa` (US paper) and `eu` (ISO paper); both pieces with 1/8 in of bleed, which
    the build's preflight asks on US paper."""
    kit = mini_copy(
        tmp_path_factory.mktemp("paper") / "kit",
        {
            "layouts/text.yaml": (
                "trim: [20, 20]\nbleed: 3\n",
                "trim: [215.9, 279.4]\nbleed: 3.175\n",
            ),
            "layouts/badge.yaml": ("bleed: 3\n", "bleed: 3.175\n"),
        },
    )
    text = kit / "materials" / "layouts" / "text.yaml"
    said = text.read_text(encoding="utf-8")
    said = said.replace("size: 12,", "size: 8.65,").replace("min_type_pt: 3", "min_type_pt: 6")
    said = said.replace("width: 20, height: 20}", "end: 0, bottom: 0}")  # its ground: the trim
    text.write_text(said, encoding="utf-8")
    badge = kit / "materials" / "layouts" / "badge.yaml"
    said = badge.read_text(encoding="utf-8")
    badge.write_text(said + "paper: us\n", encoding="utf-8")
    offices = kit / "materials" / "offices"
    offices.mkdir()
    (offices / "usa.yaml").write_text("name: USA\nlanguages: [en]\npaper: us\n", encoding="utf-8")
    (offices / "eu.yaml").write_text("name: EU\nlanguages: [en]\npaper: iso\n", encoding="utf-8")
    return kit, said.count("\n") + 1


@pytest.fixture(scope="module")
def built(kit: tuple[Path, int]) -> Path:
    root, _ = kit
    return build(root, root.parent / "out", "--only", "text,badge", "--lang", "en")


def media_mm(path: Path) -> list[tuple[float, float]]:
    """Each page's MediaBox, width and height in mm, to 0.1 mm."""
    with pikepdf.open(path) as pdf:
        return [
            (
                round(float(p.mediabox[2] - p.mediabox[0]) / MM, 1),
                round(float(p.mediabox[3] - p.mediabox[1]) / MM, 1),
            )
            for p in pdf.pages
        ]


def test_a_letter_flyer_goes_1_up_on_letter_at_home(built: Path) -> None:
    """Without --paper or --up: Letter paper (a note says why), 1-up at 95.0 % (95.4 % before
    the band below it for its line, slugs.HOME_LINE_MM), the sheet
    named by both; --up 2 keeps the warning of the text under the floor (and exit code 0),
    its hint naming Legal and Tabloid, not A3, which also prints it above the floor: a US
    office's printers take US paper (a print shop's trial)."""
    code, text = cli(
        "sheet", "--kit", built.parent / "kit", "--from", built, "--material", "text", "--home"
    )
    assert code == 0, text
    sheet = built / "sheets" / "text-letter-1up-home.pdf"
    assert up_to_count(text) == (
        "note[sheet.paper]: text: the sheet is on Letter paper, as its pieces are Letter "
        f"(215.9 x 279.4 mm), a US size\n  hint: {US_NOTE}\n1 note(s)\n"
    ), text
    assert (
        "text: 1-up for an office printer, 215.9 x 279.4 mm (portrait), at 95.0 %; 1 page(s); "
        f"wrote {sheet}\n"
    ) in text
    assert media_mm(sheet) == [(215.9, 279.4)]
    code, text = cli(
        "sheet",
        "--kit",
        built.parent / "kit",
        "--from",
        built,
        "--material",
        "text",
        "--home",
        "--up",
        "2",
    )
    assert code == 0, text
    assert (
        "warning[sheet.scale]: text: at 61.0 %, text set at 8.65 pt prints at 5.3 pt, below the 6 "
        "pt floor\n  hint: use --up 1 (95.0 %), or --paper legal (72.3 %) or --paper tabloid "
        "(95.0 %) if your printer takes that paper; or have it printed at full size (without "
        "--home)\n1 warning(s), 1 note(s)\n"
    ) in text, text
    assert "text: 2-up for an office printer, 279.4 x 215.9 mm (landscape), at 61.0 %" in text
    assert media_mm(built / "sheets" / "text-letter-2up-home.pdf") == [(279.4, 215.9)]


def test_paper_given_is_taken_without_a_note(built: Path, tmp_path: Path) -> None:
    """--paper a4 wins, without a note; the count still keeps the floor: 2-up on A4 (65.1 %)
    sets 5.6 pt, 1-up (92.6 %) 8 pt."""
    out = tmp_path / "a4.pdf"
    code, text = cli(
        "sheet", "--kit", built.parent / "kit", "--from", built, "--material", "text", "--home",
        "--paper", "a4", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    assert text == (
        f"text: 1-up for an office printer, 210 x 297 mm (portrait), at 92.6 %; 1 page(s); wrote {out}\n"
    ), text
    assert media_mm(out) == [(210.0, 297.0)]


def test_badges_for_us_paper_go_on_letter(kit: tuple[Path, int], built: Path) -> None:
    """A badge whose layout says `paper: us` (a 2.25 in press's): a Letter home sheet, and a
    Letter gang sheet (with its bleed and slug past it) printed on 12 x 18 in; the note at the
    layout's `paper:`."""
    root, line = kit
    layout = root / "materials" / "layouts" / "badge.yaml"
    args = ("sheet", "--kit", root, "--from", built, "--material", "badge", "--lang", "en")
    code, text = cli(*args, "--home")
    assert code == 0, text
    note = (
        f"{layout}:{line}:1: note[sheet.paper]: badge: the sheet is on Letter paper, as its size "
        f"is for US paper (`paper: us`)\n  hint: {US_NOTE}\n"
    )
    assert up_to_count(text).startswith(note), text
    assert media_mm(built / "sheets" / "badge-letter-home-en.pdf") == [(215.9, 279.4)]
    code, text = cli(*args)
    assert code == 0, text
    assert up_to_count(text).startswith(note), text
    assert "printed on 12 x 18 in paper by a press" in text
    # what the stock itself would hold, as --paper 12x18 makes it
    more = re.search(
        r"\n12 x 18 in paper itself as the sheet holds (\d+) badges \(--paper 12x18, its "
        r"marks and slug inside its margin\), where a Letter sheet holds (\d+)\n",
        text,
    )
    assert more is not None, text
    code, text = cli(*args, "--paper", "12x18")
    assert code == 0, text
    assert f": {more[1]} to a 12 x 18 in sheet (" in text, text
    assert int(more[1]) > int(more[2])
    assert "paper itself as the sheet holds" not in text  # on the stock itself: nothing more
    code, text = cli(*args, "--home")
    assert "paper itself as the sheet holds" not in text  # an office printer's page
    with pikepdf.open(built / "sheets" / "badge-letter-en.pdf") as pdf:
        trim = [float(v) / MM for v in pdf.pages[0].obj.TrimBox]
    assert (round(trim[2] - trim[0], 1), round(trim[3] - trim[1], 1)) == (215.9, 279.4)


def test_an_offices_paper_and_a_mixed_sheet(kit: tuple[Path, int], tmp_path: Path) -> None:
    """A piece of no paper family (the 20 mm `boxes`) of office `usa` (US paper): Letter, the
    note at the office's file; a Letter flyer of office `eu` (ISO paper): Letter, the pieces'
    paper first, the note naming both."""
    root, _ = kit
    out = build(
        root, tmp_path / "out", "--only", "boxes,text", "--lang", "en", "--office", "usa,eu"
    )
    args = ("sheet", "--kit", root, "--from", out, "--home")
    code, text = cli(*args, "--material", "boxes", "--office", "usa")
    assert code == 0, text
    assert up_to_count(text) == (
        # at its `paper:` line (it named the file's first line: a Tokyo office's trial)
        f"{root / 'materials' / 'offices' / 'usa.yaml'}:3:8: note[sheet.paper]: boxes: the sheet "
        "is on Letter paper, as office 'usa' prints on US paper (its `paper: us`)\n"
        f"  hint: {US_NOTE}\n1 note(s)\n"
    ), text
    assert media_mm(out / "sheets" / "boxes-letter-2up-home-usa.pdf") == [(215.9, 279.4)]
    # a `paper: iso` written in the office's file is no default: said as written, there
    code, text = cli(*args, "--material", "boxes", "--office", "eu")
    assert code == 0, text
    assert up_to_count(text).startswith(
        f"{root / 'materials' / 'offices' / 'eu.yaml'}:3:8: note[sheet.paper]: boxes: the sheet "
        "is on A4 paper, as office 'eu' prints on ISO paper (its `paper: iso`)\n"
    ), text
    code, text = cli(*args, "--material", "text", "--office", "eu")
    assert code == 0, text
    assert up_to_count(text) == (
        "note[sheet.paper]: text: the sheet is on Letter paper, as its pieces are Letter (215.9 x "
        "279.4 mm), a US size, though office 'eu' prints on ISO paper (`paper: iso`): the "
        f"pieces' paper comes first\n  hint: {US_NOTE}\n1 note(s)\n"
    ), text
    assert media_mm(out / "sheets" / "text-letter-1up-home-eu.pdf") == [(215.9, 279.4)]
