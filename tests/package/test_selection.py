"""`package --only MATERIALS --lang CODES` and `--ordered-only`: the package holds what was
ordered, not every file the build made. A print shop's trial: a `paper: us` office's default
build packed 24 print PDFs, 14 of them badges in 7 sizes, and under an order for 4 materials
18 print files were in the ZIP marked "NOT IN THE PRINT ORDER (no copies given)". The print
and screen ZIPs, the job sheets and the contact sheets follow the selection; what is left out
is listed at the head of JOB-SHEET.txt and in a note, with how to include it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.kits import ROOT, before_summary, cli

BUILD = ("--only", "badge-58,poster-a4", "--lang", "en,fr", "--no-png")
ORDER = "material,language,office,copies,stock,finishing\nposter-a4,en,,40,,\n"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("selection") / "out"
    code, text = cli("build", "--kit", ROOT, "-o", folder, *BUILD)
    assert code == 0, text
    return folder


def _members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _txt(pkg: Path) -> str:
    with zipfile.ZipFile(pkg / "campaign-print.zip") as z:
        return z.read("JOB-SHEET.txt").decode("utf-8")


def test_only_and_lang_narrow_every_product(out: Path, tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    code, text = cli(
        "package", "--kit", ROOT, "--from", out, "-o", pkg, "--only", "badge-58", "--lang", "FR"
    )
    assert code == 0, text
    assert _members(pkg / "campaign-print.zip") == [
        "JOB-SHEET.csv", "JOB-SHEET.txt", "JOB-SHEET.xlsx", "badge-58-fr.pdf",
    ]  # fmt: skip
    assert _members(pkg / "campaign-screen.zip") == ["ACCESSIBILITY.txt", "badge-58-fr-digital.pdf"]
    assert _txt(pkg).split("\n\n")[2] == (  # after whom to ask (no one: the kit gives none)
        "LEFT OUT of this package (the build made them; they are not sent):\n"
        "  6 file(s) not of --only badge-58 --lang fr: 3 print file(s) (badge-58-en.pdf, "
        "poster-a4-en.pdf, poster-a4-fr.pdf), 3 screen file(s)\n"
        "  to include them, package again without --only badge-58 --lang fr"
    )
    note = (
        "6 file(s) of the build are left out of the package (6 not of --only badge-58 "
        "--lang fr): the job sheets list them; to include them, package again without --only "
        "badge-58 --lang fr"
    )
    # this package as typed, without --only and --lang: not the words alone
    again = f"python generate.py package --kit {ROOT} --from {out} -o"
    assert f"note[package.left-out]: {note} ({again} {pkg})\n" in text, text  # a note, counted
    # and package.no-contact (the kit gives none) and package.no-previews (--no-png)
    assert before_summary(text).endswith("3 note(s)\n")
    # in a --json report's diagnostics (it was a line of its `notes`), never failing --strict
    args = ("--only", "badge-58", "--lang", "fr", "--json", "--strict")
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg2", *args)
    assert code == 0, text
    report = json.loads(text)
    assert report["diagnostics"][0] == {
        "severity": "note",
        "code": "package.left-out",
        "message": f"{note} ({again} {tmp_path / 'pkg2'} --json --strict)",
        "file": None,
        "line": None,
        "column": None,
        "hints": [],
        "subject": {},
    }
    assert [d["code"] for d in report["diagnostics"][1:]] == [
        "package.no-contact",
        "package.no-previews",
    ]
    assert (report["notes"], report["counts"]["notes"]) == ([], 3)


def test_ordered_only_packs_what_the_order_gives_copies(out: Path, tmp_path: Path) -> None:
    """An order line for poster-a4 in English: the print ZIP holds that file alone, the screen
    ZIP its digital PDF; no file is marked "NOT IN THE PRINT ORDER", and no warning names the
    print files without a line (they are left out, listed)."""
    order = tmp_path / "order.csv"
    order.write_text(ORDER, "utf-8")
    pkg = tmp_path / "pkg"
    args = ("--order", order, "--ordered-only")
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg, *args)
    assert code == 0, text
    assert "warning" not in text
    assert (  # this package as typed, without --ordered-only
        "to include them, package again without --ordered-only (python generate.py package "
        f"--kit {ROOT} --from {out} -o {pkg} --order {order})\n"
    ) in text, text
    assert _members(pkg / "campaign-print.zip") == [
        "JOB-SHEET.csv", "JOB-SHEET.txt", "JOB-SHEET.xlsx", "poster-a4-en.pdf",
    ]  # fmt: skip
    assert _members(pkg / "campaign-screen.zip") == [
        "ACCESSIBILITY.txt", "poster-a4-en-digital.pdf",
    ]  # fmt: skip
    txt = _txt(pkg)
    assert "NOT IN THE PRINT ORDER" not in txt
    assert txt.split("\n\n")[2:4] == [  # after whom to ask
        "LEFT OUT of this package (the build made them; they are not sent):\n"
        "  6 file(s) given no copies by the print order (--ordered-only): 3 print file(s) "
        "(badge-58-en.pdf, badge-58-fr.pdf, poster-a4-fr.pdf), 3 screen file(s)\n"
        "  to include them, package again without --ordered-only",
        "Copies ordered: 40 (poster-a4 40)",
    ]


def test_an_order_line_of_a_material_not_selected_is_no_error(out: Path, tmp_path: Path) -> None:
    """--only badge-58 with an order for poster-a4: the order's line names a print file of the
    build, left out: no `package.order` error, and no warning that badge-58 has no line
    names poster-a4."""
    order = tmp_path / "order.csv"
    order.write_text(ORDER, "utf-8")
    args = ("--only", "badge-58", "--order", order)
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p", *args)
    assert code == 0, text
    assert (
        "warning[package.order]: order.csv: 2 print file(s) have no line in the order "
        "(badge-58-en.pdf, badge-58-fr.pdf)"
    ) in text


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("--only", "badge-85"),
            "error[ref.material]: unknown material 'badge-85'\n",
        ),
        (
            ("--lang", "fre"),
            "error[ref.language]: unknown language 'fre'\n",
        ),
        (
            ("--only", "poster-a3"),
            "error[package.selection]: {out} has no file of poster-a3 (--only poster-a3): "
            "nothing of it to package\n"
            "  hint: its materials: badge-58, poster-a4; its languages: en, fr; or build the "
            "others first\n1 error(s)\n",
        ),
    ],
)
def test_names_are_checked_as_build_checks_them(
    out: Path, tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    pkg = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg, *args)
    assert code == 1
    assert said.format(out=out) in text
    assert not pkg.exists()


def test_unknown_names_get_builds_hints(out: Path, tmp_path: Path) -> None:
    _, text = cli(
        "package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p", "--only", "badge-85"
    )
    _, built = cli("build", "--kit", ROOT, "-o", tmp_path / "b", "--only", "badge-85")
    assert text.split("error[ref.material]")[1] == built.split("error[ref.material]")[1]


def test_ordered_only_needs_an_order(out: Path, tmp_path: Path) -> None:
    code, text = cli(
        "package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p", "--ordered-only"
    )
    assert code == 2
    assert (
        "Error: --ordered-only packs the print files a print order gives copies: give the "
        "order with --order FILE\n"
    ) in text


def test_the_contact_sheet_and_index_follow_the_selection(tmp_path: Path) -> None:
    """Previews of badge-58 in en and fr, packaged with --lang fr: the contact sheet's grid
    (the index's first page draws it as text) has the fr column alone, and the index lists
    the French files alone."""
    import pypdfium2 as pdfium

    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--only", "badge-58", "--lang", "en,fr", "--no-digital"
    )
    assert code == 0, text
    pkg = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg, "--lang", "fr")
    assert code == 0, text
    doc = pdfium.PdfDocument(str(pkg / "campaign-index.pdf"))
    try:
        grid, listed = (doc[i].get_textpage().get_text_range() for i in (0, len(doc) - 1))
    finally:
        doc.close()
    assert "fr French" in grid
    assert "English" not in grid
    assert "badge-58-fr.pdf" in listed
    assert "badge-58-en" not in listed
    assert _members(pkg / "campaign-screen.zip") == ["ACCESSIBILITY.txt", "badge-58-fr-preview.png"]
