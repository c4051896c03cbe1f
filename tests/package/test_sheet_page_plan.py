"""A gang sheet whose pages hold different languages, printed for a print order page by page
(an organiser's trial: `sheet --copies en=10,fr=6,ar=4` made 3 pages of 9 places, 9 en; 1
en, 6 fr, 2 ar; 2 ar, and with 150 of each ordered the job sheet said to print each page 38
times, 114 printings: 380 en made, 228 fr)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from campaign.package.jobsheet import fewest_printings
from tests.kits import ROOT, cli

# the trial's sheet: what each of its 3 pages holds
TRIAL = [{"en": 9}, {"en": 1, "fr": 6, "ar": 2}, {"ar": 2}]
ORDERED = {"en": 150, "fr": 150, "ar": 150}


def made(pages: list[dict[str, int]], plan: list[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for runs, page in zip(plan, pages, strict=True):
        for k, n in page.items():
            out[k] = out.get(k, 0) + runs * n
    return out


def test_each_page_is_printed_its_own_count_the_fewest_printings_in_all() -> None:
    """The trial's sheet: page 1 9 times, page 2 69 times, page 3 6 times: 84 printings,
    each language at least as ordered (en 150, fr 414, ar 150); every plan of the counts a
    page can need (a page at most its files' copies over its own pieces) is checked: none
    makes the order with fewer printings, and none with 84 makes fewer pieces."""
    plan = fewest_printings(TRIAL, ORDERED)
    assert plan == [9, 69, 6]
    assert made(TRIAL, plan) == {"en": 150, "fr": 414, "ar": 150}
    best = min(
        (sum(p), sum(r * sum(page.values()) for r, page in zip(p, TRIAL, strict=True)))
        for p in itertools.product(range(18), range(151), range(76))
        if all(v >= ORDERED[k] for k, v in made(TRIAL, list(p)).items())
    )
    assert best == (84, 9 * 9 + 69 * 9 + 6 * 2)
    # a language's pieces on a page of their own: that page as often as it alone needs,
    # the others not printed for it
    assert fewest_printings([{"en": 9}, {"fr": 9}], {"en": 150, "fr": 20}) == [17, 3]
    # of two plans of as many printings, the one that makes fewer pieces: the page of 2 once,
    # not the page of 9 (7 of them not ordered)
    assert fewest_printings([{"en": 2}, {"en": 2, "fr": 7}], {"en": 2}) == [1, 0]
    # a page holding nothing ordered is not printed
    assert fewest_printings([{"en": 9}, {"fr": 9}], {"en": 150}) == [17, 0]
    # a step budget spent: the best found, never worse than every page printed as often as
    # the file that needs most (17 times a page here)
    spent = fewest_printings(TRIAL, ORDERED, budget=1)
    assert sum(spent) <= 3 * 38
    assert all(v >= ORDERED[k] for k, v in made(TRIAL, spent).items())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign kit's badge-58 in en, fr and ar, print PDFs alone."""
    out = tmp_path_factory.mktemp("plan") / "out"
    args = ("--only", "badge-58", "--lang", "en,fr,ar", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def _sheet_and_package(
    built: Path, tmp_path: Path, copies: str, langs: str = "en,fr,ar"
) -> tuple[dict[str, str], str]:
    """`sheet --lang LANGS --copies COPIES`, then `package` with 150 badges ordered:
    (the sheet's job-sheet row, what package printed)."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    words = ("--lang", langs, "--copies", copies)
    code, text = cli("sheet", "--kit", ROOT, "--from", folder, *words)
    assert code == 0, text
    order = tmp_path / "order.csv"
    order.write_text("material,copies\nbadge-58,150\n", encoding="utf-8")
    code, text = cli(
        "package", "--kit", ROOT, "--from", folder, "-o", tmp_path / "p", "--order", order
    )
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        rows = csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig")))
        (row,) = [r for r in rows if r["file"].startswith("sheets/")]
    return row, text


def test_a_gang_sheet_of_mixed_pages_is_printed_page_by_page(built: Path, tmp_path: Path) -> None:
    """The trial's sheet: its record keeps what each page holds, and the job sheet gives
    each page its count and what that makes of each file; its `copies` column is empty (no
    one count prints it), and package.unfilled counts the last page's blank places (7 a
    printing, 6 printings), with the printings --fill would save."""
    row, text = _sheet_and_package(built, tmp_path, "en=10,fr=6,ar=4")
    record = json.loads((tmp_path / "out/sheets/.badge-58-a4-en-fr-ar.json").read_text("utf-8"))
    en, fr, ar = (f"badge-58/badge-58-{c}.pdf" for c in ("en", "fr", "ar"))
    assert record["page_copies"] == [{en: 9}, {en: 1, fr: 6, ar: 2}, {ar: 2}]
    assert row["note"].endswith(
        "; one printing of it makes 10 en, 6 fr and 4 ar; for the order, print page 1 9 times, "
        "page 2 69 times, page 3 6 times: 84 printings in all (badge-58-en.pdf 150 ordered, "
        "150 made; badge-58-fr.pdf 150 ordered, 414 made; badge-58-ar.pdf 150 ordered, 150 "
        "made)"
    ), row["note"]
    assert row["copies"] == ""
    assert (
        "warning[package.unfilled]: campaign: sheets/badge-58-a4-en-fr-ar.pdf leaves 7 of its "
        "27 places empty, and the print order has its last page printed 6 times: 42 places "
        "print blank\n"
        "  hint: make it again with --fill, which repeats its badges until it is full (then "
        "75 printings of its pages for the order, not 84)"
    ) in text, text


def test_a_sheet_whose_pages_need_one_count_keeps_it(built: Path, tmp_path: Path) -> None:
    """9 en then 9 fr on 9 places: both pages 17 times for 150 of each, as before pages had
    their own counts (the note's words, and the `copies` column); no blank places."""
    row, text = _sheet_and_package(built, tmp_path, "en=9,fr=9", "en,fr")
    assert row["note"].endswith(
        "; for the order, print each of its 2 pages 17 times (badge-58-en.pdf 150 ordered, "
        "153 made; badge-58-fr.pdf 150 ordered, 153 made)"
    ), row["note"]
    assert row["copies"] == "17"
    assert "package.unfilled" not in text, text


def test_a_gang_sheet_of_two_pages_needing_different_counts_is_printed_page_by_page(
    built: Path, tmp_path: Path
) -> None:
    """10 en and 8 fr on 9 places: page 1 holds 9 en, page 2 1 en and 8 fr. For 150 of each,
    page 2 needs 19 printings (152 fr, 19 en), page 1 then 15 (135 en): two pages of two
    counts are printed page by page, as three are."""
    row, _ = _sheet_and_package(built, tmp_path, "en=10,fr=8", "en,fr")
    assert row["note"] == (
        "gang sheet of badges (216 x 313 mm with its bleed and slug, cut circles in "
        "CutContour, printed on SRA4) made by `sheet` from badge-58-en.pdf, badge-58-fr.pdf "
        "(in this package): print either it or those files, not both; die line in the spot "
        "colour CutContour (0.25 pt, overprinting, alternate 100 % magenta): map it to the "
        "cutter; it must not print; print it at actual size (100 %, not fit to page); one "
        "printing of it makes 10 en and 8 fr; for the order, print page 1 15 times, page 2 "
        "19 times: 34 printings in all (badge-58-en.pdf 150 ordered, 154 made; "
        "badge-58-fr.pdf 150 ordered, 152 made)"
    )
    assert row["copies"] == ""  # no one count prints it
