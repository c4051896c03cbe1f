"""PDF/UA-1 in the digital PDFs: the identification schema, headings as headings, figures
with their place on the page, links described in the page's language, `/Lang` on words in
another language, ActualText on the badge rim; and veraPDF's PDF/UA-1 profile passing every
material's digital PDF (where veraPDF is installed: ../shared/tools/verapdf, or $VERAPDF)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.build import Options, build
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
VERAPDF = Path(os.environ.get("VERAPDF", ROOT.parent / "shared/tools/verapdf/verapdf"))
# Thai too: its lines carry ActualText spans (a vowel before its consonant, marks above)
LANGS = ("en", "ar", "zh", "hi", "th")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdfua")
    build(ROOT, Options(out, LANGS, None, png=False))
    return out


def structure(path: Path) -> list[pikepdf.Object]:
    with pikepdf.open(path) as pdf:
        return list(pdf.Root.StructTreeRoot.K[0].K)


def described(path: Path) -> list[dict[str, str]]:
    """Each structure element of the document: its tag and, where present, /Lang, /Alt and
    /ActualText, as text."""
    with pikepdf.open(path) as pdf:
        return [
            {
                str(k)[1:]: str(v)
                for k, v in e.items()
                if k in ("/S", "/Lang", "/Alt", "/ActualText")
            }
            for e in pdf.Root.StructTreeRoot.K[0].K
        ]


def test_identified_as_pdf_ua_1(out: Path) -> None:
    with pikepdf.open(out / out_path("poster-a3", "ar", "digital")) as pdf:
        assert pdf.open_metadata()["pdfuaid:part"] == "1"
    with pikepdf.open(out / out_path("poster-a3", "ar")) as pdf:  # print: PDF/X only
        assert "pdfuaid:part" not in pdf.open_metadata()


def test_headings_and_languages(out: Path) -> None:
    with pikepdf.open(out / out_path("flyer-a5", "ar", "digital")) as pdf:
        elems = list(pdf.Root.StructTreeRoot.K[0].K)
        tags = [str(e.S) for e in elems]
        # the front's headline (the one H1), "What you can do"; the back's title (H2) and its
        # four sections (H3)
        headings = [t for t in tags if t.startswith("/H")]
        assert headings == ["/H1", "/H2", "/H2", "/H3", "/H3", "/H3", "/H3"]
        # the hashtags are the same words as English's: tagged as English in the Arabic file,
        # as the QR codes' Links are, whose figures read the address (Latin letters)
        langs = [str(e.get("/Lang", "")) for e in elems]
        assert [t for t, lang in zip(tags, langs, strict=True) if lang] == ["/P", "/Link"] * 2
        assert all(lang in ("", "en") for lang in langs)


def test_figures_have_their_box_and_links_their_purpose(out: Path) -> None:
    with pikepdf.open(out / out_path("poster-a3", "ar", "digital")) as pdf:
        elems = list(pdf.Root.StructTreeRoot.K[0].K)
        (annot,) = pdf.pages[0].Annots
        link = elems[-2]  # the QR code's Link holds its Figure (the label's P follows)
        assert str(link.S) == "/Link"
        qr = link.K[0]
        left, bottom, right, top = (float(v) / MM for v in qr.A.BBox)
        assert str(qr.A.O) == "/Layout"
        # the QR code's frame: 50 mm, 22 mm from the end edge (the left, in Arabic), 344 mm
        # from the top of the 420 mm page
        assert (round(left, 1), round(right - left, 1), round(420 - top, 1)) == (22.0, 50.0, 344.0)
        assert round(top - bottom, 1) == 50.0
        # the code's target, once: the label is the printed P after it (a trial's screen
        # reader heard "Scan to learn more and act" twice, and the annotation the address
        # twice), in Latin letters: English, in the Arabic file, as a paragraph would be
        assert str(qr.Alt) == "www.unodc.org/blueheart"
        assert str(annot.Contents) == "www.unodc.org/blueheart"
        assert str(qr.Lang) == str(link.Lang) == "en"
        label = elems[-1]
        assert str(label.S) == "/P"
        assert str(label.ActualText) == "امسحوا الرمز لمعرفة المزيد والتحرك"
        # the words are read once, the figure's: the Link that holds it has none of its own
        assert "/Alt" not in link
        assert link.K[1].Obj == annot


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_paragraph_of_a_text_frame_is_a_p_of_its_own(out: Path, lang: str) -> None:
    """The flyer's "What you can do": three calls, the paragraphs of one text slot, are three
    P elements in reading order, each with marked content of its own found from the page's
    parent tree; right to left, each reads its own words. They were one P, which read as one
    paragraph (veraPDF's WCAG 4.1.2-1, "incorrect use of a paragraph")."""
    import yaml

    strings = yaml.safe_load((ROOT / f"materials/strings/{lang}.yaml").read_text("utf-8"))
    calls = [strings["strings"][k] for k in ("cta", "cta_donate", "cta_join")]
    calls = [c["text"] if isinstance(c, dict) else c for c in calls]
    with pikepdf.open(out / out_path("flyer-a5", lang, "digital")) as pdf:
        elems = list(pdf.Root.StructTreeRoot.K[0].K)
        tags = [str(e.S) for e in elems]
        after = tags.index("/H2")  # "What you can do", then its three calls
        assert tags[after + 1 : after + 4] == ["/P"] * 3
        paragraphs = elems[after + 1 : after + 4]
        mcids = [int(p.K) for p in paragraphs]
        assert mcids == list(range(mcids[0], mcids[0] + 3))
        stream = pdf.pages[0].Contents.read_bytes()
        for mcid in mcids:
            assert f"/P <</MCID {mcid}>> BDC".encode() in stream
        front = pdf.Root.StructTreeRoot.ParentTree.Nums[1]  # page 1's MCIDs
        assert [front[m].objgen for m in mcids] == [p.objgen for p in paragraphs]
        if lang == "ar":
            assert [str(p.ActualText) for p in paragraphs] == calls
        else:
            assert all("/ActualText" not in p for p in paragraphs)


def test_badge_rim_has_its_words_as_actual_text(out: Path) -> None:
    with pikepdf.open(out / out_path("badge-58", "zh", "digital")) as pdf:
        stream = pdf.pages[0].Contents.read_bytes()
    spans = re.findall(rb"/ActualText <FEFF([0-9A-F]+)>", stream)
    words = [bytes.fromhex(s.decode()).decode("utf-16-be") for s in spans]
    # "Trafficking" is drawn with one "ffi" ligature glyph: the span gives its letters back
    assert "#endHT #30July #EndHumanTrafficking" in words


def test_right_to_left_words_in_reading_order_in_the_structure(out: Path) -> None:
    elems = described(out / out_path("poster-a3", "ar", "digital"))
    actual = {e["S"]: e["ActualText"] for e in elems if "ActualText" in e}
    # the theme, set on two lines right to left: the structure reads its words in order
    assert actual["/H1"] == "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص"
    assert actual["/H2"] == "ما يمكنكم فعله"
    texts = [e["ActualText"] for e in elems if "ActualText" in e]
    # digits as printed (Arabic-Indic), the dash and slash where the strings file has them
    assert "اليوم العالمي لمكافحة الاتجار بالأشخاص – ٣٠ تموز/يوليه" in texts
    # left-to-right elements (the English hashtags, figures) carry none
    assert all("ActualText" not in e for e in elems if e.get("Lang") == "en")
    assert all("ActualText" not in e for e in elems if e["S"] == "/Figure")
    assert len(texts) == len([e for e in elems if e["S"] in ("/P", "/H1", "/H2")]) - 1
    english = described(out / out_path("poster-a3", "en", "digital"))
    assert not [e for e in english if "ActualText" in e]


def test_right_to_left_lines_extract_in_reading_order(out: Path) -> None:
    """PDFium (Chrome's viewer) reorders a right-to-left line itself; a marked-content
    ActualText in logical order on such a line would come out reversed."""
    with pdfium.PdfDocument(out / out_path("poster-a3", "ar", "digital")) as pdf:
        text = pdf[0].get_textpage().get_text_range()
    assert "عدم ترك أي طفل خلف" in text
    assert "ما يمكنكم فعله" in text
    with pikepdf.open(out / out_path("poster-a3", "ar", "digital")) as pdf:
        stream = pdf.pages[0].Contents.read_bytes()
    spans = re.findall(rb"/ActualText <FEFF([0-9A-F]+)>", stream)
    words = [bytes.fromhex(s.decode()).decode("utf-16-be") for s in spans]
    assert "#endHT #30July #EndHumanTrafficking" in words  # left-to-right lines keep theirs
    assert not [w for w in words if re.search("[\u0600-\u06ff]", w)]


def test_title_says_its_language(out: Path) -> None:
    """The title is the page's heading in the file's language (it was "World Day Against
    Trafficking in Persons 2024: Poster A3 (Arabic)", English words on an Arabic poster),
    then the material as its size in millimetres, which the kit has no Arabic name for (a
    poster and a flyer had one title); the description names the material in English: the
    XMP says each one's language beside x-default."""
    with pikepdf.open(out / out_path("poster-a3", "ar", "digital")) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode()
        title = str(pdf.docinfo.Title)
        subject = str(pdf.docinfo.Subject)
    assert title == "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص، 297 × 420 mm"
    assert subject == "Poster A3, Arabic"
    for key, lang, text in (("title", "ar", title), ("description", "en", subject)):
        alt = re.search(rf"<dc:{key}[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
        assert alt is not None
        items = re.findall(r'<rdf:li xml:lang="([^"]+)">([^<]*)</rdf:li>', alt.group(1))
        assert items == [("x-default", text), (lang, text)]
    assert xmp.startswith("<?xpacket begin=")
    assert xmp.rstrip().endswith('<?xpacket end="w"?>')


def verapdf_ready() -> str | None:
    if not VERAPDF.exists():
        return f"veraPDF is not at {VERAPDF} (set VERAPDF)"
    if shutil.which("java") is None:
        return "no java"
    return None


def test_verapdf_pdf_ua_1_passes_every_digital_pdf(out: Path) -> None:
    reason = verapdf_ready()
    if reason:
        pytest.skip(reason)
    files = sorted(str(p) for p in out.rglob("*-digital.pdf"))
    assert len(files) >= 4 * len(LANGS)  # poster, flyer, badge, event templates... in each
    done = subprocess.run(
        [str(VERAPDF), "-f", "ua1", "--format", "text", *files],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    results = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    if not results and "ClassNotFound" in done.stderr + done.stdout:
        pytest.skip("veraPDF's Java libraries are missing (.ci/install-verapdf)")
    failed = [line for line in done.stdout.splitlines() if not line.startswith("PASS")]
    assert results.count("PASS") == len(files), failed or done.stderr[-2000:]


DOCUMENTED = ROOT / "docs/accessibility.md"


def documented_wcag_findings() -> set[str]:
    """The rules of docs/accessibility.md's table of WCAG findings kept on purpose."""
    text = DOCUMENTED.read_text(encoding="utf-8")
    table = text[text.index("## WCAG 2.2: the findings we keep") :]
    return set(re.findall(r"^\| (\d+\.\d+\.\d+-\d+) ", table, re.M))


def test_wcag_findings_are_only_the_documented_ones(out: Path) -> None:
    reason = verapdf_ready()
    if reason:
        pytest.skip(reason)
    files = sorted(
        str(p)
        for material in ("poster-a3", "flyer-a5", "badge-58")
        for p in (out / material).glob("*-digital.pdf")
    )
    assert len(files) == 3 * len(LANGS)
    profile = VERAPDF.parent / "profiles/WCAG-2-2-Complete.xml"
    done = subprocess.run(
        [str(VERAPDF), "--profile", str(profile), "--format", "mrr", *files],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if "ClassNotFound" in done.stderr + done.stdout:
        pytest.skip("veraPDF's Java libraries are missing (.ci/install-verapdf)")
    assert done.stdout.count("<validationReport ") == len(files), done.stderr[-2000:]
    failed = re.findall(
        r'<rule [^>]*clause="([^"]+)" testNumber="(\d+)" status="failed"', done.stdout
    )
    found = {f"{clause}-{number}" for clause, number in failed}
    assert found, "the heuristics found nothing: the table may be out of date"
    assert found <= documented_wcag_findings(), sorted(found - documented_wcag_findings())


def test_a_badge_of_the_heart_alone_is_titled_by_the_hearts_description(
    out: Path, tmp_path: Path
) -> None:
    """The 25 mm badge shows no words (the heart alone): its H1 is the heart, read by its
    description from the strings file, and so is its title, in Chinese, then its face's
    size, its XMP saying so (it was the campaign's name and the material's in English, in
    every language). The 58 mm badge's title is its words (`role: heading`), in Chinese: an
    accessibility trial heard English first from every badge and sticker, in Arabic, Urdu
    and Thai too. A flyer's is its front's heading (the theme, not the back's), in Chinese.
    Each ends in its size, joined by the ideographic comma: a badge's face, another's trim
    (the kit has no Chinese names for its materials)."""
    build(ROOT, Options(tmp_path, ("zh",), ("badge-25mm",), png=False))
    with pikepdf.open(tmp_path / out_path("badge-25mm", "zh", "digital")) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode()
        title = str(pdf.docinfo.Title)
        h1 = pdf.Root.StructTreeRoot.K[0].K[0]
        figure = h1.K[0]
        heart = "蓝色的心，蓝心运动打击贩运人口的标志"
        assert (str(h1.S), str(figure.S), str(figure.Alt)) == ("/H1", "/Figure", heart)
    assert title == f"{heart}、25 mm"
    alt = re.search(r"<dc:title[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
    assert alt is not None
    assert re.findall(r'xml:lang="([^"]+)"', alt.group(1)) == ["x-default", "zh-Hans"]
    assert re.findall(r"<rdf:li [^>]*>([^<]*)</rdf:li>", alt.group(1)) == [title, title]
    for material, size in (("badge-58", "58 mm"), ("sticker-50", "50 × 50 mm")):
        with pikepdf.open(out / out_path(material, "zh", "digital")) as pdf:
            xmp = pdf.Root.Metadata.read_bytes().decode()
            assert str(pdf.docinfo.Title) == f"终结贩运人口、{size}"
            assert str(pdf.Root.Lang) == "zh-Hans"
        alt = re.search(r"<dc:title[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
        assert alt is not None
        assert "终结贩运人口" in alt.group(1)
    with pikepdf.open(out / out_path("flyer-a5", "zh", "digital")) as pdf:
        assert str(pdf.docinfo.Title) == "在打击贩运人口的斗争中不让一个儿童掉队、148 × 210 mm"


def test_an_offices_title_joins_its_name_with_the_languages_comma(tmp_path: Path) -> None:
    """An office's Arabic poster was titled "<theme>, <office>" with a Latin comma: the
    Arabic one (U+060C) joins the office's Arabic name (CLDR's Arabic list joins with و,
    "and": `langnames.list_separator` takes the script's comma); a Latin-script title keeps
    its own."""
    from tests.kits import cli

    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--only", "poster-a3", "--no-png")
    code, text = cli("build", *args, "--office", "middle-east-north-africa", "--lang", "ar,en")
    assert code == 0, text
    office = "middle-east-north-africa"
    with pikepdf.open(out / office / "poster-a3" / f"poster-a3-ar-{office}-digital.pdf") as pdf:
        title = str(pdf.docinfo.Title)
    assert title.startswith("عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص\u060c ")
    with pikepdf.open(out / office / "poster-a3" / f"poster-a3-en-{office}-digital.pdf") as pdf:
        assert str(pdf.docinfo.Title).startswith(
            "Leave No Child Behind in the Fight Against Human Trafficking, "
        )


# a Japanese theme (the Tokyo office's trial) and the office's names in it and in Korean:
# placeholders of the test, not the office's real names
JA_STRINGS = """language: ja
name: Japanese
native_name: 日本語
status: draft
strings:
  theme:
    text: 人身取引との闘いで、どの子どもも取り残さない
"""
JA_THEME = "人身取引との闘いで、どの子どもも取り残さない"
KO_THEME = "인신매매와의 싸움에서 단 한 명의 아동도 소외되지 않도록"
KO_STRINGS = JA_STRINGS.replace("ja", "ko").replace("Japanese", "Korean")
KO_STRINGS = KO_STRINGS.replace("日本語", "한국어").replace(JA_THEME, KO_THEME)
TOKYO_NAMES = "names: {ja: 東京事務所, zh: 东京办事处, ko: 도쿄 사무소, am: የቶኪዮ ቢሮ}"


def test_an_offices_title_joins_its_name_with_the_languages_list_separator(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A Tokyo office's Japanese poster was titled "<theme>, <office>", with a Latin comma:
    every language's title joins the material (its size in millimetres but in English, where
    it is the layout's title) and the office's name with the separator of its lists in CLDR
    (`langnames.list_separator`): the ideographic comma in Japanese and Chinese, the
    Ethiopic comma in Amharic, the Burmese section mark, a space in Thai; ", " in Korean
    and English. The Thai and Burmese titles, which the office gives no name for, leave it
    out: they ended in "Tokyo Office", English words read as Thai and Burmese. The print and
    digital PDFs' Info Title and XMP dc:title alike."""
    from tests.kits import cli

    kit = kit_copy(
        **{"materials/strings/ja.yaml": JA_STRINGS, "materials/strings/ko.yaml": KO_STRINGS}
    )
    code, said = cli("new", "office", "tokyo", "--kit", kit, "--name", "Tokyo Office")
    assert code == 0, said
    path = kit / "materials" / "offices" / "tokyo.yaml"
    text = path.read_text(encoding="utf-8").replace("names: {}", TOKYO_NAMES)
    text = text.replace("languages: [en]", "languages: [ja, zh, ko, am, th, my, en]")
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "poster-a3", "--no-png", "--office", "tokyo")
    code, said = cli("build", *args)
    assert code == 0, said
    themes = {
        "zh": "在打击贩运人口的斗争中不让一个儿童掉队",
        "am": "የሰዎችን ንግድ በመዋጋት ረገድ አንድም ልጅ ወደኋላ አይቅር",
        "th": "ไม่ทิ้งเด็กคนใดไว้ข้างหลังในการต่อสู้กับการค้ามนุษย์",
        "my": "လူကုန်ကူးမှု တိုက်ဖျက်ရေးတွင် မည်သည့်ကလေးကိုမျှ နောက်တွင် မထားခဲ့ရ",
        "en": "Leave No Child Behind in the Fight Against Human Trafficking",
    }
    mm = "297 × 420 mm"
    expected = {
        "ja": f"{JA_THEME}、{mm}、東京事務所",
        "zh": f"{themes['zh']}、{mm}、东京办事处",
        "ko": f"{KO_THEME}, {mm}, 도쿄 사무소",
        "am": f"{themes['am']}፣ {mm}፣ የቶኪዮ ቢሮ",
        "th": f"{themes['th']} {mm}",
        "my": f"{themes['my']}၊ {mm}",
        "en": f"{themes['en']}, Poster A3, Tokyo Office",
    }
    folder = out / "tokyo" / "poster-a3"
    for lang, title in expected.items():
        for name in (f"poster-a3-{lang}-tokyo.pdf", f"poster-a3-{lang}-tokyo-digital.pdf"):
            with pikepdf.open(folder / name) as pdf:
                assert str(pdf.docinfo.Title) == title, name
                xmp = pdf.Root.Metadata.read_bytes().decode()
            assert f">{title}</rdf:li>" in xmp, name


@pytest.mark.parametrize(
    ("code", "script", "separator"),
    [
        ("en", "Latn", ", "),
        ("ja", "Jpan", "、"),
        ("zh-Hant", "Hant", "、"),
        ("ko", "Kore", ", "),
        ("th", "Thai", " "),
        ("am", "Ethi", "፣ "),
        ("my", "Mymr", "၊ "),
        ("fa", "Arab", "،\u200f "),  # CLDR's, with a right-to-left mark
        ("ur", "Arab", "، "),
        ("ar", "Arab", "، "),  # CLDR joins with و ("and"): the script's comma
        ("ar-XB", "Arab", "، "),  # a pseudo-locale CLDR does not know: by its script
        ("en-XA", "Latn", ", "),
    ],
)
def test_list_separator(code: str, script: str, separator: str) -> None:
    from campaign.langnames import list_separator

    assert list_separator(code, script) == separator


def test_an_offices_title_takes_the_name_it_prints_in_the_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An office without `names: {ar: ...}` that prints its Arabic name (`fields_by_language:
    {ar: {office_name: ...}}`) is titled with that name in its Arabic documents, not its
    English `name:` (an accessibility trial heard "عدم ترك…، UNODC Regional Office for the
    Middle East and North Africa"); its English documents keep the English name, and
    `names:` wins over the printed name. A name printed on two lines is one line in the
    title; a hidden one (`hide: [office_name]`) is not the office's printed name, and with
    no other Arabic name the Arabic title has none (the English one ended it, under /Lang
    ar)."""
    from tests.kits import cli

    office = "middle-east-north-africa"
    path = ROOT / "materials" / "offices" / f"{office}.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "fields_by_language: {}",
        'fields_by_language:\n  ar: {office_name: "مكتب الأمم المتحدة\\nالإقليمي"}',
    )
    assert "مكتب" in text
    kit = kit_copy(**{f"materials/offices/{office}.yaml": text})
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "poster-a3", "--no-png", "--office", office)
    code, said = cli("build", *args, "--lang", "ar,en")
    assert code == 0, said
    folder = out / office / "poster-a3"
    with pikepdf.open(folder / f"poster-a3-ar-{office}-digital.pdf") as pdf:
        assert str(pdf.docinfo.Title).endswith("\u060c مكتب الأمم المتحدة الإقليمي")
    with pikepdf.open(folder / f"poster-a3-en-{office}-digital.pdf") as pdf:
        assert str(pdf.docinfo.Title).endswith(
            ", UNODC Regional Office for the Middle East and North Africa"
        )
    hidden = text.replace(
        "\nfields_by_language:\n  ar:", "\nhide: [office_name]\nfields_by_language:\n  ar:"
    )
    (kit / "materials" / "offices" / f"{office}.yaml").write_text(hidden, encoding="utf-8")
    code, said = cli("build", *args, "--lang", "ar")
    assert code == 0, said
    with pikepdf.open(folder / f"poster-a3-ar-{office}-digital.pdf") as pdf:
        assert str(pdf.docinfo.Title) == (
            "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص\u060c 297 × 420 mm"
        )
    named = text.replace("names: {}", 'names: {ar: "المكتب الإقليمي"}')
    (kit / "materials" / "offices" / f"{office}.yaml").write_text(named, encoding="utf-8")
    code, said = cli("build", *args, "--lang", "ar")
    assert code == 0, said
    with pikepdf.open(folder / f"poster-a3-ar-{office}-digital.pdf") as pdf:
        assert str(pdf.docinfo.Title).endswith("\u060c المكتب الإقليمي")


def test_a_hearts_description_its_strings_file_lacks_titles_it_in_the_source_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """fr.yaml without the heart's description (`emblem_alt`): the French 25 mm badge's
    heart is described in English (the source language's words), and so is its title, the
    badge named by its layout's English title, which its XMP says is English; its manifest
    entry counts that text as printed in English (`texts`, as it counts any text a strings
    file lacks)."""
    import json

    from tests.kits import cli

    fr = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
    lacking = re.sub(r"\n  emblem_alt:\n(    .*\n)+", "\n", fr)
    assert "emblem_alt" not in lacking
    assert lacking.count("\n") == fr.count("\n") - 3
    kit = kit_copy(**{"materials/strings/fr.yaml": lacking})
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "badge-25mm", "--lang", "fr", "--no-png"
    )
    assert code == 0, text
    digital = out_path("badge-25mm", "fr", "digital")
    with pikepdf.open(out / digital) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode()
        title = str(pdf.docinfo.Title)
        assert str(pdf.Root.Lang) == "fr"
    # the material's English name, as the title is English
    assert title == (
        "Blue heart, the emblem of the Blue Heart Campaign against human trafficking, Badge 25 mm"
    )
    alt = re.search(r"<dc:title[^>]*><rdf:Alt>(.*?)</rdf:Alt>", xmp, re.S)
    assert alt is not None
    assert re.findall(r'xml:lang="([^"]+)"', alt.group(1)) == ["x-default", "en"]
    files = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    entry = next(f for f in files if f["path"] == digital)
    assert entry["extra"]["texts"] == {"of": 1, "printed": {"en": 1}}
