"""The character sets of fonts/tools/make_ttf.py that the JP and SC recipes take, and the
committed files against them: the JP file has every kanji of JIS X 0213:2004's plane 1 and of
Windows-31J's IBM extension, the SC file every hanzi of GB 2312 and of the Table of General
Standard Chinese Characters (2013) (fonts/README.md). The source fonts are not needed: the
tool's sets come from Python's codecs and tools/tgh-2013.txt."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[2] / "fonts"


@pytest.fixture(scope="module")
def make_ttf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_ttf", FONTS / "tools" / "make_ttf.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ideographs(cps: set[int]) -> set[int]:
    return {c for c in cps if unicodedata.name(chr(c), "").startswith("CJK ")}


def test_jis_x_0213_plane_1_and_the_ibm_kanji_have_the_names_and_not_plane_2(
    make_ttf: ModuleType,
) -> None:
    plane1 = make_ttf.parse_chars(["jisx0213-1"])
    both = make_ttf.parse_chars(["jisx0213"])
    ibm = make_ttf.parse_chars(["cp932-ibm"])
    # JIS X 0213:2004: JIS X 0208's 6,355 kanji and level 3's 1,259 (10 of them added in
    # 2004) in plane 1, level 4's 2,436 in plane 2; and 仝 (U+4EDD), a Unicode ideograph that
    # JIS counts among the symbols of row 1 (Unihan's kJis0 and kJIS0213 give the same sets)
    assert (len(ideographs(plane1)), len(ideographs(both))) == (7615, 10051)
    assert len(ibm) == 388
    assert len(ideographs(ibm) - both) == 84
    assert {ord(c) for c in "﨑鷗𠮟塡剝頰俱吞噓姸屛幷瘦繫"} <= plane1
    assert ord("髙") in ibm - both
    assert ord("囍") in both - plane1  # level 4
    # everything the JP file had before: JIS X 0208 (its kana and symbols too)
    assert make_ttf.parse_chars(["jisx0208"]) - plane1 == {0xFF3C}  # ＼: in cjk-punct


def test_the_general_standard_table_has_its_8105_hanzi(make_ttf: ModuleType) -> None:
    tgh = make_ttf.parse_chars(["tgh-2013"])
    gb = make_ttf.parse_chars(["gb2312"])
    assert len(tgh) == 8105 == len(ideographs(tgh))
    assert len(tgh - gb) == 1467
    assert len(ideographs(gb) - tgh) == 125  # GB 2312 hanzi the table does not list: kept
    assert {ord(c) for c in "啰瞭旻彧𬉼昇堃"} <= tgh - gb


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
@pytest.mark.parametrize("family", ["NotoSansJP", "NotoSansSC"])
def test_the_committed_file_has_every_han_character_of_its_recipe(
    make_ttf: ModuleType, family: str, weight: str
) -> None:
    """Every Han character the recipe asks for is in the file (the source face has them
    all); what it leaves out of the rest are letters the source face lacks."""
    face, _, chars, _ = make_ttf.RECIPES[family]
    asked = make_ttf.parse_chars(chars)
    with TTFont(FONTS / f"{family}-{weight}.ttf", lazy=True) as font:
        cmap = set(font.getBestCmap())
    assert sorted(chr(c) for c in ideographs(asked) - cmap) == []
    assert len(cmap) == {"NotoSansJP": 9052, "NotoSansSC": 9299}[family]
