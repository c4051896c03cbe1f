"""What a spreadsheet or an editor can put in a translation that would print as written: a
formula saved as its text is refused at its cell (nothing is written); markup tags the
source has not are imported with a warning naming them (a translator's trial)."""

from __future__ import annotations

import csv
import io
import re
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
        "=1/0",  # a translator's trial: imported as the text "=1/0"
        "=-(2*3)",
        "=5",
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


@pytest.mark.parametrize("text", ["= égalité des chances", "= 5 minutes pour agir"])
def test_an_equals_sign_in_a_text_is_a_text(
    kit_copy: Callable[..., Path], tmp_path: Path, text: str
) -> None:
    """ "= égalité" is no formula: only what a spreadsheet writes for one (a quote, a cell,
    a function, a number an operator follows or that ends it, after the "=")."""
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", text)
    status, out = cli("strings", "import", path, "--kit", root)
    assert "translate.formula" not in out
    now = yaml.safe_load(strings(root))["strings"]["cta_title"]
    assert (now["text"] if isinstance(now, dict) else now) == text


@pytest.mark.parametrize(
    "value", ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
)
def test_a_formula_s_error_value_is_refused_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path, value: str
) -> None:
    """A sheet saved as CSV writes a formula's value: `=1/0` is `#DIV/0!`, which was
    imported as the text."""
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", value)
    before = strings(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert strings(root) == before
    row = next(
        n
        for n, r in enumerate(
            csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")), 1
        )
        if r[0] == "cta_title"
    )
    assert (
        f"{path}:{row}:3: error[translate.formula]: 'cta_title': the translation is a "
        f"spreadsheet formula's error value ({value}), not its text: it would print as written\n"
        "  hint: type the text into the cell in place of the formula (a cell formatted as Text "
        "keeps what is typed), and save the sheet again\n"
    ) in out, out


@pytest.mark.parametrize("formula", ["=1/0", "=Sheet1!A1", "=TRUE"])
def test_a_workbook_s_formula_cell_is_refused_whatever_its_formula(
    kit_copy: Callable[..., Path], tmp_path: Path, formula: str
) -> None:
    """A formula cell is no text, whatever FORMULA's pattern makes of its formula: `=1/0`
    (stored value `#DIV/0!`) was imported as the text "=1/0"."""
    from openpyxl import load_workbook

    from .test_formats import edit_xlsx

    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    edit_xlsx(path, "badge", "translation", formula)
    before = strings(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert strings(root) == before
    row = next(
        n for n, r in enumerate(load_workbook(path).worksheets[0].iter_rows(), 1)
        if r[0].value == "badge"
    )  # fmt: skip
    assert out.endswith(
        f"{path}:{row}:3: error[translate.formula]: 'badge': the translation is a spreadsheet "
        f"formula (\u201c{formula}\u201d), not its text: it would print as written\n"
        "  hint: save the sheet with the formulas' values (Excel's \"CSV UTF-8\" writes the "
        "values), or type the text into the cell\n1 error(s)\n"
    ), out


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


@pytest.mark.parametrize(
    ("text", "found", "prints", "hint"),
    [
        (
            "**Ce que vous pouvez faire**",
            "**Ce que vous pouvez faire**",
            "asterisks",
            "remove the asterisks (emphasis is the layout's, in its styles)",
        ),
        (
            "Ce que _vous_ pouvez faire",
            "_vous_",
            "underscores",
            "remove the underscores (emphasis is the layout's, in its styles)",
        ),
        (
            "# Agir",
            "# Agir",
            "'#'",
            "remove the '#' at the line's start (a heading is the layout's, in its own slot)",
        ),
        # emphasis around an address: its end is the layout's (text.scripts.link_spans), not
        # the asterisks, full stop or bracket after it (`LINK.sub` took them: no warning)
        (
            "**Voir www.example.org**",
            "**Voir www.example.org**",
            "asterisks",
            "remove the asterisks (emphasis is the layout's, in its styles)",
        ),
        (
            "Voir *www.example.org.*",
            "*www.example.org.*",
            "asterisks",
            "remove the asterisks (emphasis is the layout's, in its styles)",
        ),
        (
            "Voir *(www.example.org)*",
            "*(www.example.org)*",
            "asterisks",
            "remove the asterisks (emphasis is the layout's, in its styles)",
        ),
        (
            "[Agir](https://example.org/agir)",
            "[Agir](https://example.org/agir)",
            "brackets, address",
            "write the link's text alone, or the address as it should print (a QR code or a "
            "link is the layout's, from campaign.yaml's links)",
        ),
    ],
)
def test_markdown_is_imported_with_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path, text: str, found: str, prints: str, hint: str
) -> None:
    """A translation written in markdown printed its asterisks (a translator's trial: no word
    of it, where HTML tags are warned of)."""
    from .test_import_errors import msgstr_at

    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    edit(path, "po", "cta_title", text)
    status, out = cli("strings", "import", path, "--kit", root)
    assert (
        f"{path}:{msgstr_at(path, 'cta_title')}: warning[translate.markup]: 'cta_title': the "
        f"translation has markdown ({found}) the source text has not: the kit prints text as "
        f"it is, {prints} and all\n"
        f"  hint: {hint}\n"
    ) in out, out
    assert text.encode() in strings(root)
    again = cli("strings", "import", path, "--kit", root)[1]  # imported: said once
    assert "translate.markup" not in again


def test_markdown_in_a_new_korean_translation(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "ko.po"
    export(root, path, "ko")
    edit(path, "po", "cta_title", "**당신이 할 수 있는 일**")
    edit(path, "po", "badge", "_인신매매를_ 끝내자 [자세히](https://example.org)")
    status, out = cli("strings", "import", path, "--kit", root)
    assert (
        "warning[translate.markup]: 'cta_title': the translation has markdown "
        "(**당신이 할 수 있는 일**) the source text has not: the kit prints text as it is, "
        "asterisks and all\n"
    ) in out, out
    assert (
        "warning[translate.markup]: 'badge': the translation has markdown "
        "([자세히](https://example.org), _인신매매를_) the source text has not: the kit prints "
        "text as it is, brackets, address, underscores and all\n"
        "  hint: write the link's text alone, or the address as it should print (a QR code or "
        "a link is the layout's, from campaign.yaml's links)\n"
        "  hint: remove the underscores (emphasis is the layout's, in its styles)\n"
    ) in out, out


@pytest.mark.parametrize(
    "text",
    [
        "#endHT #30July : agir",  # hashtags
        "Agir : 5 * 3 enfants",  # an asterisk alone
        "Agir* (conditions)",  # a footnote's asterisk
        "Écrivez à prenom_nom_agir@example.org",  # an e-mail address's underscores
        "Voir www.example.org/agir_vite_maintenant",  # an address's
        "Voir www.example.org/_agir_/",
        "Voir (www.example.org) ou [www.example.org].",  # an address in brackets
        "Voir https://example.org/agir\u200f* (conditions)",  # a mark, then a footnote's
        "Suivez @_agir_ en ligne",  # a handle's
        "Agir_vite_maintenant",  # within a word
        "☆*:.｡.o(Agir)o.｡.:*☆",  # a kaomoji's asterisks
    ],
)
def test_what_only_looks_like_markdown_is_no_markup(
    kit_copy: Callable[..., Path], tmp_path: Path, text: str
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    edit(path, "po", "cta_title", text)
    out = cli("strings", "import", path, "--kit", root)[1]
    assert "changed: cta_title" in out, out
    assert "translate.markup" not in out, out


def test_markdown_its_source_has_too_is_no_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    import polib

    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            "text: What you can do\n", "text: '*What* you can do'\n"
        ),
        encoding="utf-8",
    )
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == "cta_title")  # outdated: confirmed
    entry.msgstr, entry.flags = "*Ce que* vous pouvez faire", []
    po.save(str(path))
    out = cli("strings", "import", path, "--kit", root)[1]
    assert "changed: cta_title" in out, out
    assert "translate.markup" not in out, out


def test_a_texts_warnings_are_said_in_their_order(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """One new text with tags, asterisks, a word of two scripts and a line break: the
    import's warnings at its line, in that order."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    edit(path, "po", "cta_title", "<b>Agir</b> **\u0441a**\nvite")
    out = cli("strings", "import", path, "--kit", root)[1]  # imported (a line too many to fit)
    said = re.findall(r"fr\.po:\d+:\d+: warning\[([a-z.-]+)\]: 'cta_title': (\S+ \S+ \S+ \S+)", out)
    assert said == [
        ("translate.markup", "the translation has markup"),
        ("translate.markup", "the translation has markdown"),
        ("text.mixed-script", "1 word(s) mix the"),
        ("translate.line-break", "the translation has a"),
    ], out
