"""A sheet written by its size on the command line (`--paper 8.5x11in`, `--stock 12x18in`):
the name it means as a did-you-mean. click said only "is not one of 'a4', ..." (a US print
shop's trial)."""

from __future__ import annotations

import pytest

from campaign.sheets.paper import sheet_by_size
from tests.kits import ROOT, cli

PAPERS = "'a4', 'a3', 'sra4', 'sra3', 'letter', 'legal', 'tabloid', '12x18', '13x19', 'a3plus'"
STOCKS = "'sra4', 'sra3', '12x18', '13x19', 'a3plus'"


@pytest.mark.parametrize(
    ("option", "value", "told"),
    [
        ("--paper", "8.5x11in", f"{PAPERS}; 8.5x11in is Letter: did you mean 'letter'?"),
        ("--paper", "8.5x11", f"{PAPERS}; 8.5x11 is Letter: did you mean 'letter'?"),
        ("--paper", "11x17", f"{PAPERS}; 11x17 is Tabloid: did you mean 'tabloid'?"),
        ("--stock", "12x18in", f"{STOCKS}; 12x18in is 12 x 18 in: did you mean '12x18'?"),
        ("--stock", "8.5x11", f"{STOCKS}; 8.5x11 is Letter, a paper, not a stock: --paper letter"),
        ("--paper", "9x12", f"{PAPERS}."),
    ],
)
def test_a_sheet_written_by_its_size_is_named(option: str, value: str, told: str) -> None:
    code, text = cli("sheet", "--kit", ROOT, option, value)
    assert code == 2
    assert f"Error: Invalid value for '{option}': '{value}' is not one of {told}" in text, text


@pytest.mark.parametrize(
    ("text", "sheet"),
    [
        ("215.9x279.4mm", "letter"),
        ("297 x 210", "a4"),
        ('8.5 x 14"', "legal"),
        ("11 by 17 inches", "tabloid"),
        ("13x19in", "13x19"),
        ("9x12", None),
        ("a4", None),
    ],
)
def test_sheet_by_size(text: str, sheet: str | None) -> None:
    assert sheet_by_size(text) == sheet
