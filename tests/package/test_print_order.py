"""`package --order FILE`: the job sheets say how many copies of each print file, on which
stock, finished how; an order that cannot be used is named at its cells and nothing is
written."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from tests.kits import ROOT, cli

OFFICE = "southeast-asia-pacific"
SMALL = ("--only", "badge-58,flyer-a5", "--png-ppi", "20", "--no-digital")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign kit in en, fr and ar, and one office in en and th."""
    out = tmp_path_factory.mktemp("order") / "out"
    code, text = cli("build", "--kit", ROOT, "-o", out, "--lang", "en,fr,ar", *SMALL)
    assert code == 0, text
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--office", OFFICE, "--lang", "en,th", *SMALL
    )
    assert code == 0, text
    return out


def package(built: Path, order: Path, out: Path) -> tuple[int, str]:
    return cli("package", "--kit", ROOT, "--from", built, "-o", out, "--order", order)


def job_sheet(out: Path, group: str) -> tuple[dict[str, dict[str, str]], str]:
    with zipfile.ZipFile(out / f"{group}-print.zip") as z:
        rows = csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8")))
        return {r["file"]: r for r in rows}, z.read("JOB-SHEET.txt").decode("utf-8")


def test_each_print_file_gets_its_most_specific_line(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.csv"
    order.write_text(
        "material,language,office,copies,stock,finishing\n"
        "flyer-a5,,,500,135 g/m2 gloss,\n"
        "flyer-a5,ar,,200,135 g/m2 gloss,\n"
        f"flyer-a5,,{OFFICE},1000,115 g/m2 matt,\n"
        f'flyer-a5,th,{OFFICE},"1,200",115 g/m2 matt,\n'
        "badge-58,,,150,,button press 58 mm\n",
        encoding="utf-8",
    )
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    assert "package.order" not in text
    rows, txt = job_sheet(out, "campaign")
    shown = {name: (r["copies"], r["stock"], r["finishing"]) for name, r in rows.items()}
    assert shown == {
        "badge-58-ar.pdf": ("150", "", "button press 58 mm"),
        "badge-58-en.pdf": ("150", "", "button press 58 mm"),
        "badge-58-fr.pdf": ("150", "", "button press 58 mm"),
        "flyer-a5-ar.pdf": ("200", "135 g/m2 gloss", ""),
        "flyer-a5-en.pdf": ("500", "135 g/m2 gloss", ""),
        "flyer-a5-fr.pdf": ("500", "135 g/m2 gloss", ""),
    }
    assert "Copies ordered: 1,650 (badge-58 450, flyer-a5 1,200)\n" in txt
    assert "flyer-a5-ar.pdf\n" in txt
    assert "  200 copies, 135 g/m2 gloss\n" in txt
    assert "  150 copies, button press 58 mm\n" in txt
    rows, txt = job_sheet(out, OFFICE)
    copies = {name: r["copies"] for name, r in rows.items()}
    assert copies == {
        f"badge-58-en-{OFFICE}.pdf": "150",
        f"badge-58-th-{OFFICE}.pdf": "150",
        f"flyer-a5-en-{OFFICE}.pdf": "1000",
        f"flyer-a5-th-{OFFICE}.pdf": "1200",
    }
    assert "Copies ordered: 2,500 (badge-58 300, flyer-a5 2,200)" in txt


def test_without_an_order_the_columns_are_empty(built: Path, tmp_path: Path) -> None:
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", tmp_path / "pkg")
    assert code == 0, text
    rows, txt = job_sheet(tmp_path / "pkg", "campaign")
    assert {(r["copies"], r["stock"], r["finishing"]) for r in rows.values()} == {("", "", "")}
    assert "Copies ordered" not in txt
    assert " copies" not in txt


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (
            "flyer-a6,,10\n",
            "order.csv:2:1: error[package.order]: order.csv: line 2: the package has no print "
            "file of 'flyer-a6'\n  hint: did you mean 'flyer-a5'?",
        ),
        (
            ",,10\n",
            "order.csv:2:1: error[package.order]: order.csv: line 2: no material\n"
            "  hint: materials: badge-58, flyer-a5",
        ),
        (
            "flyer-a5,de,10\n",
            "order.csv:2:2: error[package.order]: order.csv: line 2: the package has no print "
            "file of flyer-a5 in 'de'\n  hint: its languages: ar, en, fr, th",
        ),
        (
            "flyer-a5,,fifty\n",
            "order.csv:2:3: error[package.order]: order.csv: line 2: copies 'fifty' is not a "
            "whole number\n  hint: write a whole number from 1 to 1,000,000",
        ),
        ("flyer-a5,,0\n", "order.csv: line 2: copies 0 is not from 1 to 1,000,000"),
        ("flyer-a5,,2.5\n", "order.csv: line 2: copies '2.5' is not a whole number"),
        ("flyer-a5,,\n", "order.csv:2:3: error[package.order]: order.csv: line 2: no copies"),
        (
            "flyer-a5,,10\nflyer-a5,,20\n",
            "order.csv:3:1: error[package.order]: order.csv: line 3 orders the same files as "
            "line 2\n  hint: keep one of the two lines",
        ),
    ],
)
def test_an_order_that_cannot_be_used_is_named_and_nothing_is_written(
    built: Path, tmp_path: Path, lines: str, said: str
) -> None:
    order = tmp_path / "order.csv"
    order.write_text("material,language,copies\n" + lines, encoding="utf-8")
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 1
    assert said in text.replace(f"{order}", "order.csv"), text
    assert not out.exists()


def test_a_missing_column_and_an_unread_one(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.csv"
    order.write_text("material,quantity\nflyer-a5,10\n", encoding="utf-8")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert (
        f"{order}:1:1: error[package.order]: order.csv has no column 'copies'\n"
        "  hint: name the columns in its first row: material, language, office, copies, "
        "stock, finishing (language, office, stock and finishing may be left out)"
    ) in text, text
    order.write_text("material,copies,paper\nflyer-a5,10\nbadge-58,5\n", encoding="utf-8")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 0, text
    assert f"{order}:1:3: warning[package.order]: order.csv: column 'paper' is not read" in text


def test_print_files_no_line_covers_are_named(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.yaml"  # any format the merge reads
    order.write_text("- {material: flyer-a5, copies: 100}\n", encoding="utf-8")
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    assert (
        "warning[package.order]: order.yaml: 5 print file(s) have no line in the order "
        f"(badge-58-ar.pdf, badge-58-en.pdf, badge-58-fr.pdf, badge-58-en-{OFFICE}.pdf, "
        f"badge-58-th-{OFFICE}.pdf): the job sheet leaves their copies empty"
    ) in text, text
    rows, _ = job_sheet(out, "campaign")
    assert rows["flyer-a5-en.pdf"]["copies"] == "100"
    assert rows["badge-58-en.pdf"]["copies"] == ""


def test_the_job_sheet_columns_are_documented() -> None:
    from campaign.package import JOB_COLUMNS

    assert JOB_COLUMNS[-3:] == ("copies", "stock", "finishing")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`--order FILE` adds the print order to the job" in readme
    assert "- `package.order`:" in (ROOT / "docs/errors.md").read_text(encoding="utf-8")
