"""An outdated text a translator's file leaves as it was exported is kept as it is: not
imported, not judged against the source's text now, and named. The English `cta` gained
{helpline} (a translator's trial), and a CSV, workbook or XLIFF in which the translator had
not touched `cta` was refused whole ("the translation has no placeholder, the source
{helpline}"); PO, which marks the text fuzzy, already left it out."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from ..kits import cli
from .test_formats import ENDING, edit, edit_xlsx, export
from .test_import_errors import text_at

CTA = "Report suspicious pages or activity online to the authorities or a helpline."
FRENCH = (
    "Signalez aux autorités ou à une ligne d’assistance toute page ou activité suspecte en ligne."
)
JOIN = "Rejoignez dès aujourd’hui la campagne Cœur bleu."


def with_helpline(root: Path) -> None:
    path = root / "materials/strings/en.yaml"
    body = path.read_text(encoding="utf-8")
    assert f"text: {CTA}\n" in body
    new = CTA.removesuffix(".") + " ({helpline})."
    path.write_text(body.replace(f"text: {CTA}\n", f"text: {new}\n"), encoding="utf-8")


def fr_strings(root: Path) -> dict[str, dict[str, str]]:
    return yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]


def cta_at(path: Path, fmt: str) -> str:
    """ "line:column" of the file's `cta` translation."""
    if fmt == "xliff":
        return text_at(path, FRENCH)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path).worksheets[0]
        row = next(r[0].row for r in sheet.iter_rows() if r[0].value == "cta")
        return f"{row}:3"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    return f"{[r[0] for r in rows].index('cta') + 1}:3"


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "xliff"])
def test_an_untouched_outdated_text_is_kept_and_named(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    root = kit_copy()
    with_helpline(root)
    path = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, path, "fr", "--format", fmt)  # cta: outdated, left so (XLIFF state initial)
    edit(path, fmt, "cta_join", JOIN)
    before = fr_strings(root)["cta"]
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "  changed: cta_join\n" in out
    assert (
        f"{path}:{cta_at(path, fmt)}: warning[translate.outdated]: fr.{ENDING[fmt]} leaves 1 "
        "outdated text(s) as they were: cta (the English text now has {helpline}); not "
        "imported: fr.yaml keeps them as they are, outdated\n"
        "  hint: translate them from the English text now (an export of the language shows it "
        "beside the text each was translated from), or confirm one that still holds (CSV or "
        "workbook: its status `translated`; XLIFF: the segment's state `translated`; PO: the "
        "entry not fuzzy)\n"
    ) in out, out
    assert fr_strings(root)["cta"] == before
    assert fr_strings(root)["cta_join"]["text"] == JOIN


def test_an_outdated_text_confirmed_without_its_placeholder_is_refused(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Marked translated, the text is confirmed against the source's text now: without the
    placeholder that text has, it is an error as before."""
    root = kit_copy()
    with_helpline(root)
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    edit_xlsx(path, "cta", "status", "translated")
    fr = (root / "materials/strings/fr.yaml").read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert (
        f"{path}:{cta_at(path, 'xlsx')}: error[translate.placeholder]: 'cta': the translation "
        "has no placeholder, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
    ) in out, out
    assert (root / "materials/strings/fr.yaml").read_bytes() == fr


def test_an_untouched_text_that_is_not_outdated_is_not_named(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_join", JOIN)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "translate.outdated" not in out
