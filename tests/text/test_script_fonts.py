"""The kit's fonts per script and per language: each script's family sets a sample word with
no .notdef, and a Han character comes from the face of the page's language (zh, zh-Hant, yue,
ja, ko): written Cantonese from the TC face, Korean hanja from the KR face."""

import io

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.render.glyphs import draw_run
from campaign.text.paragraph import build_line, prepare
from campaign.text.scripts import script_of

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
        ("yue", "Hant", "NotoSansTC"),
        ("ja", "Jpan", "NotoSansJP"),
        ("ko", "Kore", "NotoSansKR"),
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
    # so do Cantonese and Korean (fonts.yaml `languages: [zh-Hant, zh-HK, zh-MO, zh-TW, yue]` and `[ko]`): a
    # Cantonese or Korean file that says `script: Hani` keeps its own face
    assert fonts.stack("Hani", "regular", "yue")[0].family == "NotoSansTC"
    for region in ("zh-HK", "zh-MO", "zh-TW"):  # Traditional by region, whatever the script
        assert fonts.stack("Hani", "regular", region)[0].family == "NotoSansTC"
    assert fonts.stack("Hani", "regular", "ko")[0].family == "NotoSansKR"
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
    assert only_outline(ja_font) != only_outline(zh_font)


def only_outline(font_program: bytes) -> list[tuple[int, int]]:
    """The points of the one glyph with an outline in an embedded subset of one character
    (glyph 0 is .notdef)."""
    tt = TTFont(io.BytesIO(font_program))
    gid = next(g for g in tt.getGlyphOrder()[1:] if tt["glyf"][g].numberOfContours > 0)
    return list(tt["glyf"][gid].getCoordinates(tt["glyf"])[0].array.tolist())


# Written Cantonese for the World Day Against Trafficking in Persons ("30 July is the World
# Day against Trafficking in Persons. Many people have heard their stories and cannot act as
# if nothing happened; everyone come and look at the information, we are here to support
# them."). 嘅 咗 喺 啲 嚟 哋 are HKSCS characters beyond Big5; 佢 冇 睇 are Big5 level 2.
CANTONESE = (
    "七月三十日係世界反人口販運日。好多人聽咗佢哋嘅故事，唔可以當冇事；"
    "大家嚟睇啲資料，我哋喺度撐佢哋。"
)
# Korean with hanja, as a title might mix them: "30 July is the World Day against Trafficking
# in Persons. Trafficking in persons is a grave crime." 賣 買 對 are not in GB 2312 (they came
# from TC), the others are (they came from SC); all 16 are KS X 1001 hanja.
KOREAN_HANJA = "7월 30일은 世界 人身賣買 反對의 날입니다. 人身賣買는 重大한 犯罪입니다."


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("lang", ["zh-HK", "yue"])
def test_written_cantonese_is_set_from_the_traditional_chinese_face(
    fonts: FontBook, lang: str, weight: str
) -> None:
    """The face fonts.yaml's `languages:` gives zh-Hant (zh-HK) and yue sets every character
    of the sentence: no text.no-glyph, no character from another Han face."""
    p = prepare(CANTONESE, lang, False, fonts.stack(script_of(lang), weight, lang))
    assert {f.family for f in p.faces} == {"NotoSansTC"}
    runs, _ = build_line(p, 0, len(CANTONESE), 12)
    glyphs = [g for r in runs for g in r.glyphs]
    assert len(glyphs) == len(CANTONESE)
    assert all(g.gid != 0 for g in glyphs)


def test_hkscs_characters_of_extension_b_are_in_the_traditional_chinese_face(
    fonts: FontBook,
) -> None:
    """𨋢 (lift) and 𠵱 (now) are HKSCS characters outside the Basic Multilingual Plane."""
    for weight in ("regular", "bold"):
        p = prepare("搭𨋢𠵱", "zh-HK", False, fonts.stack("Hant", weight, "zh-HK"))
        assert [f.family for f in p.faces] == ["NotoSansTC"] * 3


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_korean_hanja_come_from_the_korean_face(fonts: FontBook, weight: str) -> None:
    p = prepare(KOREAN_HANJA, "ko", False, fonts.stack(script_of("ko"), weight, "ko"))
    hanja = [f.family for f, ch in zip(p.faces, KOREAN_HANJA, strict=True) if "一" <= ch <= "鿿"]
    assert len(hanja) == 16
    assert set(hanja) == {"NotoSansKR"}
    runs, _ = build_line(p, 0, len(KOREAN_HANJA), 12)
    assert all(g.gid != 0 for r in runs for g in r.glyphs)


def test_the_pdf_embeds_the_korean_face_for_hanja(fonts: FontBook) -> None:
    """On paper too: a hanja on a Korean page embeds the Korean face, whose 人 differs from
    the Simplified Chinese face's."""
    ko = pdf_fonts(fonts, "人", "ko", "Kore")
    zh = pdf_fonts(fonts, "人", "zh", "Hans")
    assert [name.split("+")[-1] for name in ko] == ["NotoSansKRTT-Regular"]
    assert [name.split("+")[-1] for name in zh] == ["NotoSansSCTT-Regular"]
    (ko_font,) = ko.values()
    (zh_font,) = zh.values()
    assert only_outline(ko_font) != only_outline(zh_font)


# The jōyō kanji list of 2010 writes 𠮟 塡 剝 頰 in forms JIS X 0208 has no code for (the
# other 2,132 are in it); JIS X 0213:2004 added 俱 剝 𠮟 吞 噓 姸 屛 幷 瘦 繫, the forms Japanese
# print uses (fonts/README.md, "JP: the jōyō kanji"). A trial's Japanese line with 噓 and 𠮟
# had them from the Traditional Chinese face, in its forms.
JOYO_BEYOND_0208 = "𠮟塡剝頰"
JIS2004_ADDED = "俱剝𠮟吞噓姸屛幷瘦繫"


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_the_japanese_face_has_the_joyo_kanji_jis_x_0208_lacks(
    fonts: FontBook, weight: str
) -> None:
    face = fonts.face("NotoSansJP", weight)
    assert [c for c in JOYO_BEYOND_0208 + JIS2004_ADDED if not face.covers(ord(c))] == []
    line = "噓や𠮟責に負けないで。" + JOYO_BEYOND_0208 + JIS2004_ADDED
    p = prepare(line, "ja", False, fonts.stack("Jpan", weight, "ja"))
    assert {f.family for f in p.faces} == {"NotoSansJP"}
    runs, _ = build_line(p, 0, len(line), 12)
    assert all(g.gid != 0 for r in runs for g in r.glyphs)


def test_the_pdf_embeds_the_japanese_face_for_a_kanji_beyond_the_bmp(fonts: FontBook) -> None:
    """𠮟 (U+20B9F) on a Japanese page: the Japanese face alone, its glyph not TC's."""
    ja = pdf_fonts(fonts, "𠮟", "ja", "Jpan")
    assert [name.split("+")[-1] for name in ja] == ["NotoSansJPTT-Regular"]
    tc = pdf_fonts(fonts, "𠮟", "zh-Hant", "Hant")
    assert [name.split("+")[-1] for name in tc] == ["NotoSansTCTT-Regular"]


# Japanese names beyond JIS X 0208 (fonts/README.md, "JP: names"): 髙 (U+9AD9, the "ladder"
# form of 高 in 髙橋) is a Windows-31J IBM extension kanji that JIS X 0213 lacks; 﨑 (U+FA11, a
# compatibility ideograph with no decomposition, in 山﨑) and 鷗 (U+9DD7, in 森鷗外) are JIS X
# 0213 plane 1 kanji. A trial's contacts had 髙 and 﨑 in no kit font and 鷗 from TC.
JAPANESE_NAMES = "髙橋さん 山﨑さん 森鷗外"


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_japanese_names_beyond_jis_x_0208_are_set_from_the_japanese_face(
    fonts: FontBook, weight: str
) -> None:
    p = prepare(JAPANESE_NAMES, "ja", False, fonts.stack("Jpan", weight, "ja"))
    drawn = [(f.family, ch) for f, ch in zip(p.faces, JAPANESE_NAMES, strict=True) if ch != " "]
    assert [ch for family, ch in drawn if family != "NotoSansJP"] == []
    runs, _ = build_line(p, 0, len(JAPANESE_NAMES), 12)
    glyphs = [g for r in runs for g in r.glyphs]
    assert len(glyphs) == len(JAPANESE_NAMES)
    assert all(g.gid != 0 for g in glyphs)


def test_the_pdf_embeds_the_japanese_face_for_name_kanji(fonts: FontBook) -> None:
    for name in ("髙", "﨑", "鷗"):
        ja = pdf_fonts(fonts, name, "ja", "Jpan")
        assert [base.split("+")[-1] for base in ja] == ["NotoSansJPTT-Regular"], name


# Hanzi of the Table of General Standard Chinese Characters (通用规范汉字表, 2013) that GB 2312
# lacks: 啰 瞭 (two of its level 1's 3,500), 旻 彧 𬉼 (level 2; 𬉼 U+2C27C is in CJK Extension
# E), 昇 堃 (level 3, names of people and places).
GENERAL_STANDARD_BEYOND_GB2312 = "啰瞭旻彧𬉼昇堃"


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_general_standard_hanzi_beyond_gb_2312_are_set_from_the_simplified_face(
    fonts: FontBook, weight: str
) -> None:
    text = GENERAL_STANDARD_BEYOND_GB2312
    p = prepare(text, "zh", False, fonts.stack("Hans", weight, "zh"))
    assert [f.family for f in p.faces] == ["NotoSansSC"] * len(text)
    runs, _ = build_line(p, 0, len(text), 12)
    glyphs = [g for r in runs for g in r.glyphs]
    assert len(glyphs) == len(text)
    assert all(g.gid != 0 for g in glyphs)


@pytest.mark.parametrize(
    ("script", "weight", "lang"),
    [
        ("Latn", "regular", "en"),
        ("Hani", "bold", "zh-Hant"),
        ("Hani", "bold", "ja"),
        ("Arab", "regular", "ur-Aran"),
        ("Zyyy", "bold", ""),
    ],
)
def test_a_font_stack_is_worked_out_once_and_handed_out_anew(
    fonts: FontBook, script: str, weight: str, lang: str
) -> None:
    """The same faces, in the same order, at every call (the first language's own family, the
    script's, Latin, the rest), each call a list of its own: a caller that changes it changes
    nothing for the next."""
    first = fonts.stack(script, weight, lang)
    again = fonts.stack(script, weight, lang)
    assert again == first
    assert again is not first
    assert all(a is b for a, b in zip(first, again, strict=True))  # the same faces
    families = [f.family for f in first]
    assert len(families) == len(set(families)) == len(fonts.families)
    assert families.index("NotoSans") <= 2
    first.clear()
    assert fonts.stack(script, weight, lang) == again
    if lang == "zh-Hant":
        assert families[0] == "NotoSansTC"
    if lang == "ja":
        assert families[0] == "NotoSansJP"
