"""A kit font with PostScript (CFF) outlines, an .otf, is converted once to TrueType (campaign.otf)
and kept in the user's cache: the build sets text in it, embeds it (FontFile2), shapes the
same glyph ids as the .otf and its text extracts; a second build reads the kept file; a
damaged .otf is a font.read error at its line in fonts.yaml. It was refused ("has PostScript
(CFF) outlines, which cannot be embedded")."""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import fontTools
import pikepdf
import pytest
import reportlab
import uharfbuzz as hb
from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.areaPen import AreaPen
from fontTools.pens.basePen import BasePen
from fontTools.pens.reverseContourPen import ReverseContourPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign import cache, otf
from campaign.fontfile import font_problem, truetype_problem
from campaign.fonts import load_fontbook
from campaign.pipeline.api import BuildResult, build
from campaign.pipeline.options import Options

from ..kits import ROOT, check, cli, example_file, mini_copy

WORD = "Office"  # O, the ffi ligature (GSUB), c, e
TEXT = "Office Heart"  # the glyphs kept in the test font (the mini kit's word is Heart)
FONTS_YAML = """\
families:
  Brand:
    regular: Brand-Bold.otf
    scripts: [Latn]
  NotoSans:
    regular: NotoSans-Regular.ttf
    bold: NotoSans-Bold.ttf
    scripts: [Cyrl, Grek]
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    bold: NotoSansArabic-Bold.ttf
    scripts: [Arab]
"""
AT = "fonts/fonts.yaml:3:14"  # Brand's regular
HINT = (
    "  hint: put a working TrueType (.ttf) or OpenType (.otf) file in fonts/ (fonts/README.md says where each "
    "family comes from); a font is never replaced by another family\n"
)


def cff_font(text: str = TEXT, notice: str = "") -> bytes:
    """Noto Sans Bold's glyphs for `text` (its ligatures and kerning kept by fontTools'
    subsetter), renamed Brand Sans, as an OpenType font with CFF outlines (their contours
    reversed to PostScript's direction, maxp 0.5, post format 3, as .otf files are); `notice`
    is written in the CFF's own Notice only."""
    font = TTFont(ROOT / "fonts/NotoSans-Bold.ttf", recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyphs = font.getGlyphSet()
    charstrings = {}
    for name in font.getGlyphOrder():
        pen = T2CharStringPen(font["hmtx"][name][0], glyphs)
        glyphs[name].draw(ReverseContourPen(pen))  # PostScript's direction, as in an .otf
        charstrings[name] = pen.getCharString()
    for tag in ("glyf", "loca", "fpgm", "prep", "cvt ", "gasp"):
        if tag in font:
            del font[tag]
    builder = FontBuilder(font=font)
    builder.setupCFF(
        "BrandSans-Bold",
        {"FullName": "Brand Sans Bold", "FamilyName": "Brand Sans", "Notice": notice},
        charstrings,
        {},
    )
    builder.setupMaxp()
    builder.setupPost(keepGlyphNames=False)
    names = font["name"]
    for nid, value in ((1, "Brand Sans"), (4, "Brand Sans Bold"), (6, "BrandSans-Bold")):
        names.setName(value, nid, 3, 1, 0x409)
        names.removeNames(nameID=nid, platformID=1)
    out = io.BytesIO()
    font.save(out)
    data = out.getvalue()
    assert data[:4] == b"OTTO"
    return data


OTF = cff_font()


def cff2_font(axes: bool = False) -> bytes:
    """The font above with its outlines in a CFF2 table (no glyph names), static, or with a
    weight axis (`axes`: an fvar table, a variable font)."""
    font = TTFont(io.BytesIO(OTF), recalcTimestamp=False)
    glyphs = font.getGlyphSet()
    charstrings = {}
    for name in font.getGlyphOrder():
        pen = T2CharStringPen(None, glyphs, CFF2=True)
        glyphs[name].draw(pen)
        charstrings[name] = pen.getCharString()
    del font["CFF "]
    builder = FontBuilder(font=font)
    builder.isTTF = False
    builder.setupCFF2(charstrings)
    if axes:
        builder.setupFvar([("wght", 400, 700, 700, "Weight")], [])
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


CFF2 = cff2_font()


def otf_kit(tmp_path: Path, data: bytes = OTF) -> Path:
    """The mini kit, its word "Office", with a fonts/ folder of its own whose Latin family is
    Brand: the .otf above."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", f"word: {WORD}")})
    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text(FONTS_YAML)
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        shutil.copy(ROOT / "fonts" / name, kit / "fonts" / name)
    for name in ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"):
        shutil.copy(ROOT / "fonts" / name, kit / "fonts" / name)
    (kit / "fonts/Brand-Bold.otf").write_bytes(data)
    return kit


def opts(out: Path) -> Options:
    return Options(out, langs=("en",), only=("text",), png=False, digital=False, jobs=1)


def rebuilt(result: BuildResult) -> list[str]:
    return sorted(j.key.material for j in result.jobs if j.status == "done")


def converted(folder: Path) -> list[Path]:
    return sorted(folder.glob("truetype-*.ttf"))


def shaped(data: bytes, text: str) -> list[tuple[int, int, int, int]]:
    """HarfBuzz's (glyph id, cluster, x advance, x offset) of `text` in the font `data`."""
    font = hb.Font(hb.Face(hb.Blob(data)))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    return [
        (i.codepoint, i.cluster, p.x_advance, p.x_offset)
        for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    ]


def test_an_otf_family_is_built_embedded_as_truetype_and_its_text_extracts(
    tmp_path: Path, own_cache: Path
) -> None:
    kit, out = otf_kit(tmp_path), tmp_path / "out"
    assert rebuilt(build(kit, opts(out))) == ["text"]
    pdf_path = out / "text/text-en.pdf"
    with pikepdf.open(pdf_path) as pdf:
        fonts = {str(f.BaseFont)[8:]: f for f in pdf.pages[0].Resources.Font.values()}
        assert "BrandSans-Bold" in fonts, sorted(fonts)
        brand = fonts["BrandSans-Bold"]
        assert str(brand.Subtype) == "/TrueType"
        descriptor = brand.FontDescriptor
        assert "/FontFile2" in descriptor
        assert "/FontFile3" not in descriptor
        program = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
        assert "glyf" in program
        assert "CFF " not in program
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.split() == [WORD]
    # converted once, kept in the user's cache as a .ttf of as many glyphs (the same ids;
    # `post` format 3 keeps no names, otf.to_truetype)
    (kept,) = converted(own_cache)
    assert len(TTFont(io.BytesIO(kept.read_bytes())).getGlyphOrder()) == (
        len(TTFont(io.BytesIO(OTF)).getGlyphOrder())
    )


@pytest.mark.parametrize("data", [OTF, CFF2], ids=["CFF", "CFF2"])
def test_the_converted_font_shapes_the_glyph_ids_of_the_otf(
    tmp_path: Path, own_cache: Path, data: bytes
) -> None:
    """What the build shapes with (the face's TrueType font) gives the glyph ids, clusters,
    advances and offsets HarfBuzz gives for the .otf itself; the layout tables are copied
    byte for byte and glyph boxes move by at most a font unit."""
    kit = otf_kit(tmp_path, data)
    face = load_fontbook(kit / "fonts").face("Brand", "regular")
    assert face.data[:4] == b"\x00\x01\x00\x00"
    for text in (WORD, TEXT, "Heart Office", "fficeO"):
        expected = shaped(data, text)
        assert shaped(face.data, text) == expected
    source, made = TTFont(io.BytesIO(data)), TTFont(io.BytesIO(face.data))
    cmap = source.getBestCmap()
    ids = [gid for gid, *_ in shaped(data, WORD)]
    # the word is set with the ffi ligature (the test would not see GSUB dropped otherwise)
    assert len(ids) == 4
    assert ids[1] != source.getGlyphID(cmap[ord("f")])
    order = source.getGlyphOrder()  # by id: the TrueType font keeps no glyph names
    assert len(made.getGlyphOrder()) == len(order)
    for tag in ("GSUB", "GPOS", "GDEF", "cmap", "OS/2", "name"):
        assert made.reader[tag] == source.reader[tag], tag
    otf_font = hb.Font(hb.Face(hb.Blob(data)))
    for gid in range(len(order)):
        a, b = otf_font.get_glyph_extents(gid), face.hb_font.get_glyph_extents(gid)
        box_a = (a.x_bearing, a.y_bearing, a.width, a.height)
        box_b = (b.x_bearing, b.y_bearing, b.width, b.height)
        assert all(abs(p - q) <= 1 for p, q in zip(box_a, box_b, strict=True)), (gid, a, b)
    # TrueType's contours run the other way round: an outer contour is clockwise (a negative
    # area, y up), a PostScript one counter-clockwise; the area itself is kept
    before, after = source.getGlyphSet(), made.getGlyphSet()
    inked = 0
    for name, its in zip(order, made.getGlyphOrder(), strict=True):
        pen_a, pen_b = AreaPen(before), AreaPen(after)
        before[name].draw(pen_a)
        after[its].draw(pen_b)
        assert pen_b.value == pytest.approx(-pen_a.value, rel=0.01, abs=1), name
        inked += pen_a.value > 0
    assert inked >= 7  # O, ffi, c, e, H, a, r, t and .notdef


def circle_font(radius: float = 300) -> bytes:
    """A font of one glyph, o: a circle of four cubic curves (a true cubic, which quadratic
    splines only approximate; the test font above was made from quadratic outlines, which
    convert back exactly)."""
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "o"])
    builder.setupCharacterMap({ord("o"): "o"})
    empty, pen = T2CharStringPen(600, None), T2CharStringPen(600, None)
    k, c, r = 0.5522847498 * radius, radius, radius  # control arm, centre, radius
    pen.moveTo((c + r, c))
    pen.curveTo((c + r, c + k), (c + k, c + r), (c, c + r))
    pen.curveTo((c - k, c + r), (c - r, c + k), (c - r, c))
    pen.curveTo((c - r, c - k), (c - k, c - r), (c, c - r))
    pen.curveTo((c + k, c - r), (c + r, c - k), (c + r, c))
    pen.closePath()
    charstrings = {".notdef": empty.getCharString(), "o": pen.getCharString()}
    builder.setupCFF("Circle-Regular", {"FullName": "Circle"}, charstrings, {})
    builder.setupHorizontalMetrics({".notdef": (600, 0), "o": (600, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Circle", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


class Sampler(BasePen):  # type: ignore[misc]
    """The points of an outline of lines and quadratic curves, 20 along each curve."""

    def __init__(self) -> None:
        super().__init__(None)
        self.points: list[tuple[float, float]] = []

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (fontTools names)
        self.points.append(pt)

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.points.append(pt)

    def _qCurveToOne(self, on: tuple[float, float], end: tuple[float, float]) -> None:  # noqa: N802
        (x0, y0), (x1, y1), (x2, y2) = self._getCurrentPoint(), on, end
        for i in range(1, 21):
            t = i / 20
            a, b, d = (1 - t) ** 2, 2 * (1 - t) * t, t * t
            self.points.append((a * x0 + b * x1 + d * x2, a * y0 + b * y1 + d * y2))


def test_a_cubic_curve_is_within_a_font_unit_of_its_quadratic_splines() -> None:
    """Every point of the converted circle is at most 1 font unit (the conversion's
    MAX_ERROR, its points rounded to whole units) from the circle, and the outline goes
    clockwise, TrueType's way."""
    made = TTFont(io.BytesIO(otf._convert(circle_font())))
    sampler, area = Sampler(), AreaPen()
    made.getGlyphSet()["o"].draw(sampler)
    made.getGlyphSet()["o"].draw(area)
    off = max(abs(math.hypot(x - 300, y - 300) - 300) for x, y in sampler.points)
    assert off <= 1.0
    assert area.value == pytest.approx(-math.pi * 300**2, rel=0.01)


def test_the_tool_that_made_the_shipped_fonts_converts_as_a_build_does(tmp_path: Path) -> None:
    """fonts/tools/make_ttf.py converts with otf.to_truetype itself (it had a copy of its
    own, which wrote `post` format 3 where the build's wrote format 2): the tool's font of
    the .otf has the build's outlines for every character, and both, as the committed CJK
    fonts, have `post` format 3 (no glyph names)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_ttf", ROOT / "fonts/tools/make_ttf.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.to_truetype is otf.to_truetype
    (tmp_path / "brand.otf").write_bytes(OTF)
    tool.make_ttf(tmp_path / "brand.otf", tmp_path / "tool.ttf", {ord(c) for c in TEXT})
    made, built = TTFont(tmp_path / "tool.ttf"), TTFont(io.BytesIO(otf._convert(OTF)))

    def outlines(font: TTFont) -> dict[str, object]:
        glyf, cmap = font["glyf"], font.getBestCmap()
        return {c: glyf[cmap[ord(c)]].getCoordinates(glyf)[0].array.tolist() for c in TEXT}

    assert outlines(made) == outlines(built)
    for font in (made, built, TTFont(ROOT / "fonts/NotoSansSC-Regular.ttf")):
        assert font["post"].formatType == 3.0


def test_the_conversion_is_the_same_bytes_at_any_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The font's own dates are kept (head.modified): converted at another time (fontTools
    reads the clock from SOURCE_DATE_EPOCH), the same .otf is the same TrueType font, so
    workers and builds converting it embed the same program."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    first = otf._convert(OTF)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2000000000")
    assert otf._convert(OTF) == first
    head = TTFont(io.BytesIO(first))["head"]
    assert head.modified == TTFont(io.BytesIO(OTF))["head"].modified


def test_a_second_build_reads_the_kept_conversion(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build converts the .otf once (when fonts.yaml is read) and keeps it; a build
    of the same kit into another folder, which draws the page again, converts nothing and
    does not write the kept file again."""
    made: list[int] = []
    convert = otf._convert

    def counted(data: bytes) -> bytes:
        made.append(len(data))
        return convert(data)

    monkeypatch.setattr(otf, "_convert", counted)
    kit = otf_kit(tmp_path)
    assert rebuilt(build(kit, opts(tmp_path / "one"))) == ["text"]
    assert made == [len(OTF)]
    (kept,) = converted(own_cache)
    inode = kept.stat().st_ino
    assert rebuilt(build(kit, opts(tmp_path / "two"))) == ["text"]
    assert made == [len(OTF)]
    assert kept.stat().st_ino == inode  # not written again (a write renames a new file)
    assert (tmp_path / "one/text/text-en.pdf").read_bytes() == (
        tmp_path / "two/text/text-en.pdf"
    ).read_bytes()
    # the kept file gone (pruned, removed by hand), the font is converted again
    kept.unlink()
    assert otf.truetype(kit / "fonts/Brand-Bold.otf") == kept.read_bytes()
    assert made == [len(OTF)] * 2


def test_reportlabs_parse_of_a_converted_font_is_named_by_its_conversion(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """reportlab's parse of a font (glyph offsets into the program it embeds) is kept in the
    cache by `otf.identity`: a .ttf's sha256 as before, an .otf's conversion's key, which
    changes with fontTools' version (another conversion, other offsets)."""
    ttf = ROOT / "fonts/NotoSans-Regular.ttf"
    assert otf.identity(ttf) == cache.digest(ttf)
    kit = otf_kit(tmp_path)
    build(kit, opts(tmp_path / "out"))
    path = kit / "fonts/Brand-Bold.otf"
    key = otf.identity(path)
    assert key not in (cache.digest(path), "")
    parse = cache.key("ttface", key, reportlab.Version)
    assert (own_cache / f"font-{parse}.pickle").is_file()
    monkeypatch.setattr(fontTools, "version", "0.0.1")
    assert otf.identity(path) != key


def test_the_builds_fingerprint_is_of_the_otf_not_of_its_conversion(
    tmp_path: Path, own_cache: Path
) -> None:
    """An edit of the .otf that its conversion drops (the CFF's own Notice) makes the same
    TrueType font, and still rebuilds the page: the .otf is the input."""
    kit, out = otf_kit(tmp_path), tmp_path / "out"
    build(kit, opts(out))
    assert rebuilt(build(kit, opts(out))) == []
    edited = cff_font(notice="Brand Sans, edited")
    assert edited != OTF
    assert otf._convert(edited) == otf._convert(OTF)
    (kit / "fonts/Brand-Bold.otf").write_bytes(edited)
    assert rebuilt(build(kit, opts(out))) == ["text"]


def damaged_cff() -> bytes:
    """The .otf with its CFF table's bytes overwritten (its table directory sound)."""
    font = TTFont(io.BytesIO(OTF))
    entry = font.reader.tables["CFF "]
    data = bytearray(OTF)
    data[entry.offset + 4 : entry.offset + entry.length] = b"\xff" * (entry.length - 4)
    return bytes(data)


def without_cff() -> bytes:
    font = TTFont(io.BytesIO(OTF))
    del font["CFF "]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(
            damaged_cff(),
            "is damaged (its PostScript outlines cannot be converted to TrueType: "
            "offSize too large: 255)",
            id="cff-bytes",
        ),
        pytest.param(without_cff(), "is damaged (no CFF table)", id="no-cff"),
        pytest.param(OTF[: len(OTF) // 2], "is damaged (truncated)", id="half"),
        pytest.param(
            cff2_font(axes=True),
            "is a variable font with PostScript (CFF2) outlines, which cannot be embedded; "
            "use a static instance of it (.otf or .ttf)",
            id="variable",
        ),
    ],
)
def test_an_otf_that_cannot_be_converted_is_one_error_at_fonts_yaml(
    tmp_path: Path, own_cache: Path, content: bytes, problem: str
) -> None:
    kit = otf_kit(tmp_path, content)
    expected = (
        f"{AT}: error[font.read]: font file 'Brand-Bold.otf' of font family 'Brand' "
        f"{problem}\n" + HINT + "1 error(s)\n"
    )
    assert check(kit) == (1, expected)
    # a pool's build too (tests/robustness/test_damaged_font_pool.py): its workers get the
    # font list the parent read, whose error is the build's
    args = ("--only", "text")
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "out", *args)
    assert code == 1
    assert f"{AT}: error[font.read]: font file 'Brand-Bold.otf'" in text
    assert "Traceback" not in text
    assert converted(own_cache) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(OTF) - 1), st.binary(min_size=1, max_size=8))))
def test_any_bytes_in_an_otf_are_a_reason_or_a_font_never_a_crash(
    patches: list[tuple[int, bytes]],
) -> None:
    """The .otf with bytes overwritten anywhere (its tables', its directory's): font_problem
    says why it cannot be used, or it is converted to a TrueType font reportlab can embed."""
    data = bytearray(OTF)
    for at, new in patches:
        data[at : at + len(new)] = new
    with example_file("x.otf") as path:
        path.write_bytes(bytes(data))
        problem = font_problem(path)
        if problem is None:
            assert truetype_problem(otf.truetype(path)) is None
        else:
            assert isinstance(problem, str)


def test_the_otf_kit_checks_clean(tmp_path: Path, own_cache: Path) -> None:
    """No font problem but the one the kit is made with: Brand has a bold face alone, given
    as its regular (`font.no-bold`, tests/kit/test_font_choice.py)."""
    code, text = check(otf_kit(tmp_path))
    assert code == 0, text
    told = [line for line in text.splitlines() if "font" in line and "[" in line]
    assert [line.split(": ", 2)[1] for line in told] == ["warning[font.no-bold]"], text


def test_a_damaged_kept_conversion_is_made_again(tmp_path: Path, own_cache: Path) -> None:
    path = tmp_path / "Brand-Bold.otf"
    path.write_bytes(OTF)
    good = otf.truetype(path)
    (kept,) = converted(own_cache)
    kept.write_bytes(good[: len(good) // 2])
    assert otf.truetype(path) == good
    assert kept.read_bytes() == good


def test_with_the_cache_off_the_otf_is_converted_in_the_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", "off")
    monkeypatch.setattr(otf, "_made", {})
    kit, out = otf_kit(tmp_path), tmp_path / "out"
    assert rebuilt(build(kit, opts(out))) == ["text"]
    assert len(otf._made) == 1


WORKER = """\
import sys
from pathlib import Path
from campaign import cache, otf
from campaign.fontfile import font_problem, truetype_problem
sys.stdout.buffer.write(otf.truetype(Path(sys.argv[1])))
"""


def test_two_processes_converting_at_once_both_get_the_font(
    tmp_path: Path, own_cache: Path
) -> None:
    """Two workers converting the same .otf at once (an empty cache) each write a whole
    file and rename it: both read the same font, the kept file is that font, and no
    temporary file is left."""
    path = tmp_path / "Brand-Bold.otf"
    path.write_bytes(OTF)
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(own_cache), "PYTHONPATH": str(ROOT / "src")}
    runs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(path)], stdout=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outputs = [run.communicate()[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0] == outputs[1] == otf._convert(OTF)
    (kept,) = converted(own_cache)
    assert kept.read_bytes() == outputs[0]
    assert [p.name for p in own_cache.iterdir() if p.name.startswith(".")] == []
