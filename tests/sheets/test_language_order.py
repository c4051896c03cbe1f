"""A sheet without --lang takes the languages built in the office's order (its
`languages:`), as the package and the job sheet do, not in code order: East Africa's badges
were placed am, en, so, sw, and --fill gave the spare place to am (a print shop's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import ROOT, cli


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("order") / "out"
    args = ("--office", "east-africa", "--only", "badge-58", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def test_the_office_s_order_and_the_spare_place_to_its_first(built: Path) -> None:
    from campaign.kit import load_kit

    order = load_kit(ROOT).offices["east-africa"].languages
    assert list(order) == ["en", "sw", "am", "so"]  # not code order
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--office", "east-africa",
        "--material", "badge-58", "--fill",
    )  # fmt: skip
    assert code == 0, text
    assert "9 badge(s) (3 en, 2 sw, 2 am, 2 so) on 1 sheet(s)" in text, text


def test_lang_keeps_the_order_it_names(built: Path) -> None:
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--office", "east-africa",
        "--material", "badge-58", "--fill", "--lang", "so,en",
    )  # fmt: skip
    assert code == 0, text
    assert "(5 so, 4 en)" in text, text
