"""Font files are checked when fonts/fonts.yaml is read (robustness cases 15 and 16): a file
that is not a font, is damaged, has no character map, is a collection or a web font, or does
not allow embedding is one error at its line in fonts.yaml naming the file
and the family. It was a traceback while drawing, or, worse, a silent fallback: HarfBuzz
read the file as an empty face and every character came from another family."""

from __future__ import annotations

import io
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTCollection, TTFont
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign.fontfile import font_problem

from ..kits import ROOT, check, cli, example_file, mini_copy

FONTS_YAML = """\
families:
  NotoSans:
    regular: NotoSans-Regular.ttf
    bold: NotoSans-Bold.ttf
    scripts: [Latn, Cyrl, Grek]
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    bold: NotoSansArabic-Bold.ttf
    scripts: [Arab]
"""
WHERE = {"NotoSans-Regular.ttf": "3:14", "NotoSans-Bold.ttf": "4:11"}
HINT = (
    "  hint: put a working TrueType (.ttf) or OpenType (.otf) file in fonts/ (fonts/README.md says where each "
    "family comes from); a font is never replaced by another family\n"
)
SANS = (ROOT / "fonts/NotoSans-Bold.ttf").read_bytes()


def font_kit(tmp_path: Path) -> Path:
    """The mini kit with a fonts/ folder of its own: Noto Sans and Noto Sans Arabic."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text(FONTS_YAML)
    for name in (*WHERE, "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"):
        shutil.copy(ROOT / "fonts" / name, kit / "fonts" / name)
    return kit


def edited(change: Callable[[TTFont], object]) -> bytes:
    font = TTFont(io.BytesIO(SANS))
    change(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def collection() -> bytes:
    ttc = TTCollection()
    ttc.fonts = [TTFont(io.BytesIO(SANS))]
    out = io.BytesIO()
    ttc.save(out)
    return out.getvalue()


def woff() -> bytes:
    font = TTFont(io.BytesIO(SANS))
    font.flavor = "woff"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def no_embedding(font: TTFont) -> None:
    font["OS/2"].fsType = 0x0002


# a TrueType font's tables under the header of one with PostScript outlines (an .otf is
# converted: tests/kit/test_otf_fonts.py)
CFF = "is damaged (no CFF table)"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(b"this is not a font\n", "is not a font (no TrueType header)", id="text"),
        pytest.param(b"", "is not a font (empty or too short)", id="empty"),
        pytest.param(SANS[: len(SANS) // 3], "is damaged (truncated)", id="third"),
        pytest.param(SANS[:100], "is damaged (truncated)", id="in-directory"),
        pytest.param(b"OTTO" + SANS[4:], CFF, id="cff"),
        pytest.param(
            collection(),
            "is a font collection (.ttc), which cannot be embedded; use a single .ttf",
            id="ttc",
        ),
        pytest.param(
            woff(), "is a web font (WOFF), which cannot be embedded; use the .ttf", id="woff"
        ),
        pytest.param(
            edited(lambda f: f.__delitem__("cmap")),
            "has no character map (cmap table)",
            id="no-cmap",
        ),
        pytest.param(
            edited(no_embedding),
            "does not allow embedding (its licence: OS/2 fsType)",
            id="fstype",
        ),
    ],
)
@pytest.mark.parametrize("name", list(WHERE))
def test_a_font_that_cannot_be_used_is_one_error(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    kit = font_kit(tmp_path)
    (kit / "fonts" / name).write_bytes(content)
    expected = (
        f"fonts/fonts.yaml:{WHERE[name]}: error[font.read]: font file '{name}' of font family "
        f"'NotoSans' {problem}\n" + HINT + "1 error(s)\n"
    )
    assert check(kit) == (1, expected)


def test_the_own_fonts_kit_is_good(tmp_path: Path) -> None:
    assert check(font_kit(tmp_path))[0] == 0


def test_a_broken_font_never_publishes_another_family(tmp_path: Path) -> None:
    """Case 16: the text file as a font made the build publish the poster in other families,
    exit 0. Now nothing is drawn and the previous output stays as it was."""
    kit = font_kit(tmp_path)
    out = tmp_path / "out"
    assert cli("build", "--kit", kit, "-o", out, "--only", "text", "--lang", "en")[0] == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (kit / "fonts/NotoSans-Bold.ttf").write_text("this is not a font\n")
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "text", "--lang", "en")
    assert code == 1
    assert "fonts.yaml:4:11: error[font.read]: font file 'NotoSans-Bold.ttf'" in text
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_table_damaged_inside_is_an_error_while_drawing(tmp_path: Path) -> None:
    """The table directory is sound but the head table's magic number is not: reportlab
    refuses the file while drawing; one error naming it, never a traceback or an internal
    error."""
    kit = font_kit(tmp_path)
    font = TTFont(io.BytesIO(SANS))
    head = font.reader.tables["head"].offset
    data = bytearray(SANS)
    data[head + 12 : head + 16] = struct.pack(">I", 0)
    (kit / "fonts/NotoSans-Bold.ttf").write_bytes(bytes(data))
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "text", "--lang", "en")
    assert code == 1
    error = (
        f"{kit}/fonts/NotoSans-Bold.ttf: error[font.read]: font file 'NotoSans-Bold.ttf' of "
        "font family 'NotoSans' is damaged (Invalid head table magic 0000)\n"
        "  hint: put a working TrueType (.ttf) or OpenType (.otf) file in fonts/\n"
    )
    assert error in text, text  # after the progress lines
    assert "build.internal" not in text
    assert "Traceback" not in text


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=400),
    st.sampled_from([b"", b"\x00\x01\x00\x00", SANS[:12], SANS[:300]]),
)
def test_any_bytes_are_a_reason_never_a_crash(tail: bytes, head: bytes) -> None:
    with example_file("x.ttf") as path:
        path.write_bytes(head + tail)
        assert isinstance(font_problem(path), str)


def two_weights(kit: Path) -> None:
    """The test kit's text page with its word set twice: in bold, then in regular."""
    layout = kit / "materials/layouts/text.yaml"
    text = layout.read_text()
    text = text.replace(
        "styles:\n", "styles:\n  plain: {weight: regular, size: 12, min_size: 6, colour: black}\n"
    ).replace("width: 14, height: 14}}", "width: 14, height: 6}}")
    text = text.replace(
        "min_type_pt",
        "  - {name: plain, kind: text, string: word, style: plain, frame: {start: 3, top: 11, "
        "width: 14, height: 6}}\nmin_type_pt",
    )
    layout.write_text(text)


def embedded_fonts(kit: Path, out: Path) -> list[str]:
    """The fonts (subset tag left out) of the English text page's print PDF, built into out."""
    args = ("--only", "text", "--lang", "en", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    with pikepdf.open(out / "text/text-en.pdf") as pdf:
        return sorted(str(f.BaseFont)[8:] for f in pdf.pages[0].Resources.Font.values())


@pytest.mark.parametrize("how", ["no bold", "the regular named again", "a copy of the regular"])
def test_a_family_whose_bold_is_its_regular_sets_bold_text_in_it(tmp_path: Path, how: str) -> None:
    """The regular font program as the family's bold (no bold file, fonts.yaml naming the
    regular file for both, or the bold file a copy of the regular) is one face: it was two
    fonts of one PostScript name in a document, and reportlab stopped every job on it
    (build.internal, 'redefining named object')."""
    kit = font_kit(tmp_path)
    two_weights(kit)
    fonts = kit / "fonts/fonts.yaml"
    bold = "    bold: NotoSans-Bold.ttf\n"
    if how == "no bold":
        fonts.write_text(FONTS_YAML.replace(bold, "", 1))
    elif how == "the regular named again":
        fonts.write_text(FONTS_YAML.replace(bold, "    bold: NotoSans-Regular.ttf\n", 1))
    else:
        shutil.copy(kit / "fonts/NotoSans-Regular.ttf", kit / "fonts/NotoSans-Bold.ttf")
    names = embedded_fonts(kit, tmp_path / "out")
    assert names == ["NotoSans-Regular"]


def test_a_page_of_both_weights_embeds_both(tmp_path: Path) -> None:
    """The layout of the test above, with the family's own bold: two fonts."""
    kit = font_kit(tmp_path)
    two_weights(kit)
    names = embedded_fonts(kit, tmp_path / "out")
    assert names == ["NotoSans-Bold", "NotoSans-Regular"]
