"""The exports the import's messages tell the user to run are quoted with the program
(commands.command: `python generate.py strings export --lang ar --format xliff`, shown as the
program was run), not as `strings export --format xliff` alone, which runs nowhere as typed
and lacked the --lang the export needs (a review)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError, Mark
from campaign.translate.store import _no_source_digests
from campaign.translate.xliff import read_xliff

NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF_12 = '<?xml version="1.0"?>\n<xliff version="1.2">{file}</xliff>\n'


@pytest.mark.parametrize(
    ("name", "file", "export"),
    [
        ("ar.xlf", "", "strings export --lang ar --format xliff`"),  # its name's language
        (  # an XLIFF 1.2 file's target-language, a POSIX locale read as a tag
            "strings.xlf",
            '<file target-language="pt_BR"/>',
            "strings export --lang pt-BR --format xliff`",
        ),
        (  # none: what to write for CODE
            "final.xlf",
            "",
            "strings export --lang CODE --format xliff` (CODE: the file's language, fr for French)",
        ),
    ],
)
def test_a_file_that_is_not_xliff_2_is_told_the_export_to_run(
    tmp_path: Path, name: str, file: str, export: str
) -> None:
    path = tmp_path / name
    path.write_text(XLIFF_12.format(file=file), encoding="utf-8")
    with pytest.raises(DiagnosticsError) as exc:
        read_xliff(path)
    (problem,) = exc.value.diagnostics
    assert problem.hints == (f"export an XLIFF 2.0 file ({NS}) with `python generate.py {export}",)


def test_a_table_without_source_digests_is_told_the_export_to_run_by_its_name() -> None:
    """The table's name quoted for the shell: a browser's second download, `it (1).csv`."""
    problem = _no_source_digests(Mark(Path("it (1).csv"), 1, 2), "it")
    assert problem.hints == (
        "export the language again (`python generate.py strings export --lang it -o "
        "'it (1).csv'`) and type the translations in the new file's translation columns",
    )
