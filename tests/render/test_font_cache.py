"""Parsed fonts from the user's cache (render.pdffonts.parsed_face): a font made from a cached
parse is reportlab's own TTFont in every attribute, and draws the same bytes; a second process
reads the cache instead of the font file's tables; a file with another unitsPerEm keeps
reportlab's scale."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from fontTools.ttLib.scaleUpem import scale_upem
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign import cache
from campaign.fonts import FontBook, FontFace
from campaign.render import glyphs, pdffonts
from campaign.render.glyphs import draw_run
from campaign.render.pdffonts import CachedTTFont, parsed_face, ttfont
from campaign.text.paragraph import build_line, prepare

ROOT = Path(__file__).resolve().parents[2]


def a_face(path: Path, key: str) -> FontFace:
    return FontFace(key, "Test", "regular", path)


def state(font: TTFont) -> dict[str, Any]:
    """A font's attributes and its face's, the face's scale as the values it gives."""
    face = dict(vars(font.face))
    face.pop("subsets", None)  # ParsedFace's programs made (test_subsets_...)
    face.pop("written", None)  # and what print files wrote of its subsets (test_pdfx)
    scale = face.pop("_pdfScale")
    face["scale"] = [scale(v) for v in (0, 1, 7, 250, 1000, 2048, -313)]
    own = {k: v for k, v in vars(font).items() if k not in ("face", "state", "encoding")}
    return {"font": own, "face": face, "encoding": vars(font.encoding)}


def test_a_cached_parse_is_reportlabs_own_font(own_cache: Path) -> None:
    path = ROOT / "fonts" / "NotoSansArabic-Regular.ttf"
    first = CachedTTFont("T1", parsed_face(a_face(path, "T1")))  # parsed, then cached
    again = CachedTTFont("T1", parsed_face(a_face(path, "T1")))  # from the cache
    own = TTFont("T1", str(path), shapable=True)
    assert state(first) == state(own)
    assert state(again) == state(own)
    assert sorted(vars(again)) == sorted(vars(own))
    assert again.shapable
    assert len(list(own_cache.glob("font-*.pickle"))) == 1


def test_subsets_are_kept_by_their_codes_in_order(own_cache: Path) -> None:
    """A subset's program is made once and kept (the same bytes object again), is reportlab's
    own program for those codes, and the same codes in another order are another subset
    (other glyph ids, another cmap)."""
    path = ROOT / "fonts" / "NotoSans-Regular.ttf"
    face = parsed_face(a_face(path, "T9"))
    own = TTFont("T9", str(path)).face
    codes = [ord(c) for c in "Walk for the Blue Heart 30"]
    backwards = codes[::-1]
    first = face.makeSubset(codes)
    assert first == own.makeSubset(codes)
    assert face.makeSubset(codes) is first  # kept
    other = face.makeSubset(backwards)
    assert other == own.makeSubset(backwards)
    assert other != first
    for n in range(pdffonts.SUBSETS * 3):  # made once each (a merge's odd records): on probation
        face.makeSubset([*codes, 0x41 + n])
    assert face.makeSubset(codes) is first
    for n in range(pdffonts.SUBSETS):  # as many others made twice: the first is dropped
        face.makeSubset([*codes, 0x61 + n])
        face.makeSubset([*codes, 0x61 + n])
    again = face.makeSubset(codes)
    assert again == first
    assert again is not first


def test_a_second_process_reads_the_cache_not_the_fonts_tables(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ROOT / "fonts" / "NotoSans-Bold.ttf"
    parsed_face(a_face(path, "T2"))

    def parse_again(face: FontFace) -> dict[str, Any]:
        raise AssertionError("the font file was parsed again")

    monkeypatch.setattr(pdffonts, "_face_state", parse_again)
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())  # a new process: digests from disk
    face = parsed_face(a_face(path, "T2"))
    assert face.numGlyphs == TTFont("T2", str(path)).face.numGlyphs


def test_a_copy_of_the_file_elsewhere_shares_the_entry_under_its_own_name(
    own_cache: Path, tmp_path: Path
) -> None:
    path = ROOT / "fonts" / "NotoSans-Regular.ttf"
    copy = tmp_path / "copy" / "Other.ttf"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    parsed_face(a_face(path, "T3"))
    face = parsed_face(a_face(copy, "T3"))
    assert face.filename == str(copy)
    assert face._ttf_data == copy.read_bytes()
    assert len(list(own_cache.glob("font-*.pickle"))) == 1


def test_a_font_of_another_units_per_em_keeps_reportlabs_scale(
    own_cache: Path, tmp_path: Path
) -> None:
    """Every font of the repository has 1,000 units per em; an office's own font may not."""
    font = FontToolsFont(ROOT / "fonts" / "NotoSans-Regular.ttf")
    scale_upem(font, 2048)
    path = tmp_path / "Upem2048.ttf"
    font.save(path)
    cached = CachedTTFont("T4", parsed_face(a_face(path, "T4")))
    own = TTFont("T4", str(path), shapable=True)
    assert cached.face.unitsPerEm == 2048
    assert state(cached) == state(own)


def drawn(fonts: FontBook, make: Any) -> bytes:
    """A page of Arabic and Chinese text, each font made by `make` (registered afresh)."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=0)
    y = 700.0
    for text, lang, rtl, family in (
        ("أوقفوا الاتجار بالبشر", "ar", True, "NotoSansArabic"),
        ("打击人口贩运", "zh", False, "NotoSansSC"),
    ):
        face = fonts.face(family, "bold")
        pdfmetrics._fonts.pop(face.key, None)
        pdfmetrics.registerFont(make(face))
        for run in build_line(prepare(text, lang, rtl, [face]), 0, len(text), 20)[0]:
            draw_run(canvas, run, 72, y, 20)
        y -= 40
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_page_drawn_with_cached_fonts_has_the_same_bytes(
    own_cache: Path, fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def own(face: FontFace) -> TTFont:
        font = TTFont(face.key, str(face.path), shapable=True)
        font.campaign_path = face.path
        font.hbFont(10)
        return font

    def cached(face: FontFace) -> TTFont:
        font = CachedTTFont(face.key, parsed_face(face))
        font.campaign_path = face.path
        font.hbFont(10)
        return font

    reference = drawn(fonts, own)
    drawn(fonts, cached)  # parsed and cached
    assert drawn(fonts, cached) == reference  # from the cache
    for family in ("NotoSansArabic", "NotoSansSC"):  # ttfont registers the cached kind
        pdfmetrics._fonts.pop(fonts.face(family, "bold").key, None)
        assert isinstance(ttfont(fonts.face(family, "bold")), CachedTTFont)


def test_a_run_is_made_into_a_shaped_string_once_per_font(fonts: FontBook) -> None:
    """The same run (a merge's campaign texts, page after page) gives the ShapedStr made the
    first time; once its font is registered again (another TTFont, with private codes of its
    own), it is made again for that font."""
    face = fonts.face("NotoSansArabic", "bold")
    text = "أوقفوا الاتجار بالبشر"
    run = build_line(prepare(text, "ar", True, [face]), 0, len(text), 20)[0][0]
    first = glyphs.shaped(run)
    assert glyphs.shaped(run) is first
    again = build_line(prepare(text, "ar", True, [face]), 0, len(text), 20)[0][0]
    assert glyphs.shaped(again) is first  # an equal run of another page
    pdfmetrics._fonts.pop(face.key, None)  # registered again on the next use
    remade = glyphs.shaped(run)
    assert remade is not first
    assert remade == first
    assert remade.__shapeData__ == first.__shapeData__


@pytest.mark.parametrize("running", [True, False])
def test_loading_a_cached_entry_pauses_the_collector_and_restores_it(
    own_cache: Path, running: bool
) -> None:
    """The collector is paused while an entry is unpickled (a CJK face's parse is tens of
    thousands of containers), and left as it was: on, or off when it was off, also when the
    entry is damaged and made again."""
    import gc

    seen: list[bool] = []

    class Probe:
        def __reduce__(self) -> tuple[object, tuple[()]]:
            return (_probe, ())

    def make() -> object:
        return Probe()

    global _SEEN
    _SEEN = seen
    was = gc.isenabled()
    try:
        gc.enable() if running else gc.disable()
        cache.pickled("probe-a", make)  # made and written
        cache.pickled("probe-a", make)  # loaded: _probe runs while unpickling
        assert seen == [False]
        assert gc.isenabled() is running
        (own_cache / "probe-a.pickle").write_bytes(b"not a pickle")
        cache.pickled("probe-a", make)  # damaged: made again
        assert gc.isenabled() is running
    finally:
        gc.enable() if was else gc.disable()


_SEEN: list[bool] = []


def _probe() -> object:
    import gc

    _SEEN.append(gc.isenabled())
    return object()
