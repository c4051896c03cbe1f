"""A badge's rim (text set on an arc, one glyph at a time) with words in another script: a
Latin name in an Arabic rim is a Span with its /Lang and a marked-content sequence (MCID) of
its own in the digital PDF, the Arabic words around it Spans with their words in reading
order, as a text line's are (tests/render/test_run_languages.py). Before, the rim was one P
in one language, its Latin words read as Arabic."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from campaign.pipeline.api import build
from campaign.pipeline.options import Options

from .test_run_languages import fonts_by_mcid, parent_tags, tree

ROOT = Path(__file__).resolve().parents[2]
HASHTAGS = '    text: "#endHT #30July #EndHumanTrafficking"\n'
BEFORE, NAME, AFTER = "حملة ", "Blue Heart", " لمكافحة الاتجار"
RIM = BEFORE + NAME + AFTER  # "the Blue Heart campaign against trafficking"


def mcid_text(data: bytes, index: int = 0) -> dict[int, str]:
    """Each marked-content sequence with an MCID of a page: the characters its glyphs map
    to (their fonts' ToUnicode maps, one-byte codes as reportlab writes them), in the order
    they are drawn (what a reader of the structure tree gets from a sequence without an
    ActualText)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[index]
        maps: dict[str, dict[int, str]] = {}
        for name, font in page.Resources.Font.items():
            cmap = font.ToUnicode.read_bytes().decode("ascii")
            pairs = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S))
            maps[str(name)] = {
                int(code, 16): bytes.fromhex(chars).decode("utf-16-be")
                for code, chars in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", pairs)
            }
        found: dict[int, str] = {}
        open_ids: list[int | None] = []
        font = ""
        for op in pikepdf.parse_content_stream(page):
            name = str(op.operator)
            if name == "BDC":
                props = op.operands[1]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                open_ids.append(None if mcid is None else int(mcid))
            elif name == "BMC":
                open_ids.append(None)
            elif name == "EMC":
                open_ids.pop()
            elif name == "Tf":
                font = str(op.operands[0])
            elif name in ("Tj", "TJ"):  # TJ: glyphs with kerning between them
                mcid = next((m for m in reversed(open_ids) if m is not None), None)
                assert mcid is not None, "text outside marked content"
                shown = op.operands[0] if name == "TJ" else [op.operands[0]]
                codes = b"".join(bytes(s) for s in shown if isinstance(s, pikepdf.String))
                found[mcid] = found.get(mcid, "") + "".join(maps[font][b] for b in codes)
    return found


@pytest.fixture(scope="module")
def badge(module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The Arabic 58 mm badge, its rim the Arabic words with the campaign's Latin name."""
    body = (ROOT / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    named = body.replace(HASHTAGS, f"    text: {RIM}\n")
    assert named != body
    kit = module_kit_copy(**{"materials/strings/ar.yaml": named})
    out = tmp_path_factory.mktemp("rim")
    build(kit, Options(out, ("ar",), ("badge-58",), png=False))
    return (out / "badge-58/badge-58-ar-digital.pdf").read_bytes()


def test_a_latin_name_in_an_arabic_rim_is_a_span_with_its_language(badge: bytes) -> None:
    rim = tree(badge)[-1]  # the rim is the badge's last slot
    # MCID 2, the rim's P's own sequence, holds the first stretch drawn: the rim's left end,
    # its last words (right to left); 3 the name, 4 the words before it
    assert rim == {
        "S": "/P",
        "K": [
            {"S": "/Span", "ActualText": BEFORE, "K": [4]},
            {"S": "/Span", "Lang": "en", "K": [3]},
            {"S": "/Span", "ActualText": AFTER, "K": [2]},
        ],
    }
    assert parent_tags(badge)[2:] == ["/Span", "/Span", "/Span"]
    assert fonts_by_mcid(badge)[3] == {"NotoSans-Bold"}
    assert mcid_text(badge)[3] == NAME


def test_the_rims_structure_reads_its_words_in_order(badge: bytes) -> None:
    """Each of the rim's Spans read as a screen reader reads it (its ActualText, else the
    characters of its marked content), in the structure's order: the rim's words as
    written."""
    drawn = mcid_text(badge)
    words = ""
    for span in tree(badge)[-1]["K"]:  # type: ignore[union-attr]
        assert isinstance(span, dict)
        words += span.get("ActualText") or "".join(drawn[m] for m in span["K"])
    assert words == RIM


def test_a_rim_in_one_script_has_no_span(
    module_kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The kit's own Arabic badge: its rim, all hashtags in Latin letters, is one P in
    English (the item's language, `Page.langs`), drawn in one sequence with its words."""
    build(module_kit_copy(), Options(tmp_path, ("ar",), ("badge-58",), png=False))
    data = (tmp_path / "badge-58/badge-58-ar-digital.pdf").read_bytes()
    assert tree(data)[-1] == {"S": "/P", "Lang": "en", "K": [2]}
    assert mcid_text(data)[2] == "#endHT #30July #EndHumanTrafficking"
