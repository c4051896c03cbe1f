"""The kit's fonts per script and per language: each script's family sets a sample word with
no .notdef, and a Han character comes from the face of the page's language (zh, zh-Hant, ja)."""

import io
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook, load_fontbook
from campaign.render.glyphs import draw_run
from campaign.text.paragraph import build_line, prepare

ROOT = Path(__file__).resolve().parents[2]

# Each language's name in itself, from Unicode CLDR (the `native_name` a strings file would
# carry), set with the family fonts.yaml gives its script. ur-Aran is Urdu asking for the
# Nastaliq style. The Korean line adds 똠, a syllable outside KS X 1001's 2,350; the Japanese
# one 込, a kanji of JIS X 0208 that GB 2312 does not have.
SAMPLES = [
    ("ko", "Kore", "NotoSansKR", "한국어 똠"),
    ("ja", "Jpan", "NotoSansJP", "日本語 にほんご カタカナ 込"),
    ("zh-Hant", "Hant", "NotoSansTC", "繁體中文"),
    ("zh-TW", "Hant", "NotoSansTC", "中文 臺灣"),
    ("zh", "Hans", "NotoSansSC", "中文 简体"),
    ("ta", "Taml", "NotoSansTamil", "தமிழ்"),
    ("te", "Telu", "NotoSansTelugu", "తెలుగు"),
    ("kn", "Knda", "NotoSansKannada", "ಕನ್ನಡ"),
    ("ml", "Mlym", "NotoSansMalayalam", "മലയാളം"),
    ("gu", "Gujr", "NotoSansGujarati", "ગુજરાતી"),
    ("pa", "Guru", "NotoSansGurmukhi", "ਪੰਜਾਬੀ"),
    ("or", "Orya", "NotoSansOriya", "ଓଡ଼ିଆ"),
    ("si", "Sinh", "NotoSansSinhala", "සිංහල"),
    ("hy", "Armn", "NotoSansArmenian", "հայերեն"),
    ("bo", "Tibt", "NotoSerifTibetan", "བོད་སྐད་"),
    ("dv", "Thaa", "NotoSansThaana", "ދިވެހިބަސް"),
    ("zgh", "Tfng", "NotoSansTifinagh", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
    ("ur-Aran", "Aran", "NotoNastaliqUrdu", "اردو"),
]


@pytest.fixture(scope="module")
def fonts() -> FontBook:
    return load_fontbook(ROOT / "fonts")


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize(("lang", "script", "family", "text"), SAMPLES)
def test_each_script_sets_its_name_with_its_own_family(
    fonts: FontBook, lang: str, script: str, family: str, text: str, weight: str
) -> None:
    rtl = script in ("Thaa", "Aran")
    p = prepare(text, lang, rtl, fonts.stack(script, weight, lang))
    assert {f.family for f, ch in zip(p.faces, text, strict=True) if not ch.isspace()} == {family}
    runs, _ = build_line(p, 0, len(text), 12)
    glyphs = [g for r in runs for g in r.glyphs]
    assert glyphs
    assert all(g.gid != 0 for g in glyphs)


# 直 is drawn differently in Chinese and Japanese (the bottom-left stroke); 骨 in Simplified
# and Traditional Chinese and Japanese.
@pytest.mark.parametrize(
    ("lang", "script", "family"),
    [
        ("zh", "Hans", "NotoSansSC"),
        ("zh-Hans", "Hans", "NotoSansSC"),
        ("zh-Hant", "Hant", "NotoSansTC"),
        ("zh-HK", "Hant", "NotoSansTC"),
        ("ja", "Jpan", "NotoSansJP"),
    ],
)
def test_a_han_character_comes_from_the_face_of_the_page_language(
    fonts: FontBook, lang: str, script: str, family: str
) -> None:
    p = prepare("直骨", lang, False, fonts.stack(script, "regular", lang))
    assert [f.family for f in p.faces] == [family, family]


def test_the_language_wins_over_a_script_the_strings_file_declares(fonts: FontBook) -> None:
    """A Chinese strings file that says `script: Hant` is Traditional, whatever `zh` alone
    would pick; Japanese kanji (script Hani) still come from the Japanese face."""
    assert fonts.stack("Hant", "regular", "zh")[0].family == "NotoSansTC"
    assert fonts.stack("Hani", "regular", "ja")[0].family == "NotoSansJP"
    assert fonts.stack("Latn", "regular", "en")[0].family == "NotoSans"


def pdf_fonts(fonts: FontBook, text: str, lang: str, script: str) -> dict[str, bytes]:
    """Draw the text as the kit draws a line; the page's fonts: base font -> text operators."""
    p = prepare(text, lang, False, fonts.stack(script, "regular", lang))
    runs, _ = build_line(p, 0, len(text), 12)
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1)
    for r in runs:
        draw_run(canvas, r, 10 + r.x, 10, 12)
    canvas.showPage()
    canvas.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    page = pdf.pages[0]
    embedded = [f for f in page.Resources.Font.values() if "/FontDescriptor" in f]
    return {str(f.BaseFont): f.FontDescriptor.FontFile2.read_bytes() for f in embedded}


def test_the_pdf_embeds_the_language_face_for_the_same_character(fonts: FontBook) -> None:
    ja = pdf_fonts(fonts, "直", "ja", "Jpan")
    zh = pdf_fonts(fonts, "直", "zh", "Hans")
    assert [name.split("+")[-1] for name in ja] == ["NotoSansJPTT-Regular"]
    assert [name.split("+")[-1] for name in zh] == ["NotoSansSCTT-Regular"]
    # and the two embedded glyphs differ: the choice shows on paper
    (ja_font,) = ja.values()
    (zh_font,) = zh.values()
    outlines = []
    for data in (ja_font, zh_font):
        tt = TTFont(io.BytesIO(data))
        # glyph 0 is .notdef; the subset's other glyph with an outline is 直
        gid = next(g for g in tt.getGlyphOrder()[1:] if tt["glyf"][g].numberOfContours > 0)
        glyph = tt["glyf"][gid]
        outlines.append(glyph.getCoordinates(tt["glyf"])[0].array.tolist())
    assert outlines[0] != outlines[1]
