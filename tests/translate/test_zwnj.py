"""A zero-width non-joiner (ZWNJ, U+200C) with a space beside it, doubled, or at a text's start
or end (`translate.zwnj`): a Persian translator's workbook had `نشانه‌ ها` (ZWNJ, then a space)
for نشانه‌ها, which imported and checked without a word and printed as two words (a trial).
Named at import (the translator's cell or line) and by `check` (at the non-joiner's line and
column in the strings file); the text is imported as typed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.text.zwnj import ZWNJ, zwnj_slips

from ..kits import check, cli
from .test_alias_codes import place
from .test_formats import edit, export
from .test_typing import strings_of

Z = ZWNJ
SIGNS = f"نشانه{Z} ها را تشخیص دهید"  # the trial's signs_title: ZWNJ, then a space
SPACED = (
    "warning[translate.zwnj]: {who}has a zero-width non-joiner (U+200C) followed by a space "
    f"in \u201cنشانه{Z} ها\u201d (character 6): it prints as two words\n"
    f"  hint: remove the space: \u201cنشانه{Z}ها\u201d is one word, whose parts the non-joiner "
    "alone keeps apart\n"
)


def test_the_slips_and_what_to_type() -> None:
    said = [
        (s.index, s.what, s.typed, s.effect, s.hint)
        for s in zwnj_slips(f"{Z}نشانه{Z}{Z}ها را ، می{Z}توانید ببینید {Z}ها{Z} \n{Z}")
    ]
    assert said == [
        (
            0,
            "a zero-width non-joiner (U+200C) at the text's start",
            "",
            "it keeps no letters apart",
            "remove it",
        ),
        (
            6,
            "2 zero-width non-joiners (U+200C) in a row",
            f"{Z}نشانه{Z}{Z}ها",
            "one keeps the letters apart, the second does nothing",
            f"write one: \u201c{Z}نشانه{Z}ها\u201d",
        ),
        (
            33,
            "a zero-width non-joiner (U+200C) preceded by a space",
            f"ببینید {Z}ها{Z}",
            "it prints as two words",
            f"remove the space: \u201cببینید{Z}ها{Z}\u201d is one word, whose parts the "
            "non-joiner alone keeps apart",
        ),
        (
            36,
            "a zero-width non-joiner (U+200C) at the text's end",
            "",
            "it keeps no letters apart",
            "remove it",
        ),
    ]
    # between two letters, a Devanagari virama and a letter, a letter and a full stop: its use
    assert zwnj_slips(f"می{Z}توانید نشانه{Z}ها. क्{Z}ष بی{Z}.") == []
    assert [s.what for s in zwnj_slips(f"نشانه\n{Z}ها")] == [
        "a zero-width non-joiner (U+200C) preceded by a line break"
    ]
    assert [s.what for s in zwnj_slips(f"نشانه {Z} ها")] == [
        "a zero-width non-joiner (U+200C) between a space and a space"
    ]


def _cell(path: Path, key: str) -> str:
    """`row:3` of `key`'s translation in an exported workbook (the import's mark)."""
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[0].value == key)
    return f"{row}:3"


def _csv_cell(path: Path, key: str) -> str:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    return f"{next(n for n, r in enumerate(rows, start=1) if r[0] == key)}:3"


@pytest.mark.parametrize("fmt", ["xlsx", "po", "xliff", "csv"])
def test_an_import_names_it_at_the_translators_cell_or_line(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    root = kit_copy()
    path = tmp_path / f"fa.{ {'xliff': 'xlf'}.get(fmt, fmt) }"
    export(root, path, "fa")
    edit(path, fmt, "signs_title", SIGNS)
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    at = {
        "xlsx": lambda: _cell(path, "signs_title"),
        "csv": lambda: _csv_cell(path, "signs_title"),
        "po": lambda: place(path, r'msgctxt "signs_title"\nmsgid "[^\n]*"\nmsgstr "(ن)'),
        "xliff": lambda: place(path, r"<unit id=\"signs_title\"[^>]*>[\s\S]*?<target>(ن)"),
    }[fmt]()
    said = SPACED.format(who="'signs_title': the translation ")
    assert f"{path}:{at}: {said}" in out, out
    assert out.count("translate.zwnj") == 1, out  # not again at the strings file
    assert strings_of(root, "fa")["signs_title"]["text"] == SIGNS  # as typed


def test_check_names_each_at_its_non_joiner(kit_copy: Callable[..., Path], root: Path) -> None:
    """The text's slip and its short variant's, each at its own line and column."""
    fa = (root / "materials/strings/fa.yaml").read_text(encoding="utf-8")
    was = f"    text: نشانه{Z}ها را تشخیص دهید\n"
    assert was in fa
    broken = fa.replace(was, f"    text: {SIGNS}\n    short: {Z}نشانه{Z}{Z}ها\n", 1)
    kit = kit_copy(**{"materials/strings/fa.yaml": broken})
    status, text = check(kit, "--lang", "fa", "--only", "badge-58")
    strings = kit / "materials/strings/fa.yaml"
    lines = [line for line in text.splitlines(keepends=True) if "translate.zwnj" in line]
    assert len(lines) == 3, text
    at = place(strings, f"text: نشانه({Z}) ها")
    who = "[fa] 'signs_title': the translation "
    assert f"materials/strings/fa.yaml:{at}: {SPACED.format(who=who)}" in text, text
    at = place(strings, f"short: ({Z})نشانه")
    assert (
        f"materials/strings/fa.yaml:{at}: warning[translate.zwnj]: [fa] 'signs_title': the "
        "translation (short) has a zero-width non-joiner (U+200C) at the text's start "
        "(character 1): it keeps no letters apart\n  hint: remove it\n"
    ) in text, text
    at = place(strings, f"short: {Z}نشانه({Z}){Z}")
    assert (
        f"materials/strings/fa.yaml:{at}: warning[translate.zwnj]: [fa] 'signs_title': the "
        "translation (short) has 2 zero-width non-joiners (U+200C) in a row in "
        f"\u201c{Z}نشانه{Z}{Z}ها\u201d (character 7): one keeps the letters apart, the second "
        f"does nothing\n  hint: write one: \u201c{Z}نشانه{Z}ها\u201d\n"
    ) in text, text


def test_the_kits_persian_has_none(kit_copy: Callable[..., Path]) -> None:
    """fa.yaml's many non-joiners (می‌کنند, نشانه‌ها) are each between two letters."""
    status, text = check(kit_copy(), "--lang", "fa", "--only", "badge-58")
    assert "translate.zwnj" not in text, text


def test_one_after_white_space_at_the_texts_start_is_at_its_start() -> None:
    """A space, then the non-joiner, then the word: the run of white space and ZWNJ reaches
    back to the text's first character, so the slip is one at the text's start, at the
    non-joiner's own index (1), not the space's."""
    slip = zwnj_slips(f" {Z}نشانه")
    assert [(s.index, s.what, s.typed, s.effect, s.hint) for s in slip] == [
        (
            1,
            "a zero-width non-joiner (U+200C) at the text's start",
            "",
            "it keeps no letters apart",
            "remove it",
        )
    ]


def test_three_in_a_row_say_the_others_do_nothing() -> None:
    """Two in a row: "the second does nothing"; three: "the others", not "the second"."""
    slip = zwnj_slips(f"نشانه{Z}{Z}{Z}ها")
    assert [(s.index, s.what, s.typed, s.effect, s.hint) for s in slip] == [
        (
            5,
            "3 zero-width non-joiners (U+200C) in a row",
            f"نشانه{Z}{Z}{Z}ها",
            "one keeps the letters apart, the others do nothing",
            f"write one: \u201cنشانه{Z}ها\u201d",
        )
    ]
