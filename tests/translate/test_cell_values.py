"""What a spreadsheet or an editor can put in a translation that would print as written: a
formula saved as its text is refused at its cell (nothing is written); markup tags the
source has not are imported with a warning naming them (a translator's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from ..kits import cli
from .test_formats import edit, export


def strings(root: Path) -> bytes:
    return (root / "materials/strings/fr.yaml").read_bytes()


@pytest.mark.parametrize(
    "formula",
    [
        '="Ne laisser aucun enfant "&"de côté"',
        "=A2",
        "=$A$2",
        "=CONCATENATE(B2;C2)",
        "=concat(b2;c2)",
        "= 'x'",
    ],
)
def test_a_formula_is_refused_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path, formula: str
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", formula)
    before = strings(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert strings(root) == before
    assert (
        "error[translate.formula]: 'cta_title': the translation is a spreadsheet formula "
        f"(\u201c{formula[:40]}\u201d), not its text: it would print as written\n"
        "  hint: save the sheet with the formulas' values (Excel's \"CSV UTF-8\" writes the "
        "values), or type the text into the cell"
    ) in out


def test_an_equals_sign_in_a_text_is_a_text(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """ "= égalité" is no formula: only what a spreadsheet writes for one (a quote, a cell,
    a function after the "=")."""
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", "= égalité des chances")
    status, out = cli("strings", "import", path, "--kit", root)
    assert "translate.formula" not in out
    now = yaml.safe_load(strings(root))["strings"]["cta_title"]
    assert (now["text"] if isinstance(now, dict) else now) == "= égalité des chances"


def test_markup_is_imported_with_a_warning(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    edit(path, "po", "cta_title", "<b>Agir</b> maintenant")
    status, out = cli("strings", "import", path, "--kit", root)
    assert (
        "warning[translate.markup]: 'cta_title': the translation has markup (<b>, </b>) the "
        "source text has not: the kit prints text as it is, tags and all\n"
        "  hint: remove the tags (emphasis is the layout's, in its styles)"
    ) in out, out
    assert b"<b>Agir</b> maintenant" in strings(root)
    again = cli("strings", "import", path, "--kit", root)[1]  # imported: said once
    assert "translate.markup" not in again


def test_guillemets_typed_as_angle_brackets_are_no_markup(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    edit(path, "po", "cta_title", "<<STOP>> à la traite")
    out = cli("strings", "import", path, "--kit", root)[1]
    assert "translate.markup" not in out
