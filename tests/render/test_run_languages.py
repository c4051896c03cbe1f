"""Words inside one paragraph in a language of their own: a Latin web address inside an
Arabic sentence is a Span with its own /Lang and a marked-content sequence (MCID) of its own
in the digital PDF (ISO 32000-1, 14.9.2; PDF/UA-1, 7.2), the Arabic words around it Spans
with their words in reading order (the paragraph's ActualText would hide the Span's
language); a paragraph all in its language has no Span. Before, /Lang was set per paragraph
only (`Page.paragraph_langs`)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.fonts import FontBook
from campaign.layout.compose import foreign_spans
from campaign.layout.document import Box, Document, Page, TextItem
from campaign.model import Colour
from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.render.metadata import DocMeta
from campaign.render.pdf import NO_MARKS, Target, draw_pdf_tagged
from campaign.render.postprocess import finish_digital
from campaign.text.fit import TextSet
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

TAGGED = Target(marks=NO_MARKS, tagged=True)
COLOURS = {"ink": Colour("ink", (0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0))}
META = DocMeta("Blue Heart flyer", "ar", "World Day", "abc123", 2026)
ADDRESS = "www.example.org/ar"  # example.org: reserved for documentation (RFC 2606)
BEFORE, AFTER = "زوروا موقعنا ", " لمعرفة المزيد."
SENTENCE = BEFORE + ADDRESS + AFTER
PURE = "انضموا إلى حملة القلب الأزرق."
JOIN = "انضموا إلى حملة القلب الأزرق على www.example.org/ar اليوم."
DONATE = "ادعموا صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص."
BACK_TITLE = "اعرفوا العلامات. لا تصمتوا. ادعموا."
ROOT = Path(__file__).resolve().parents[2]


def lines_of(
    fonts: FontBook, *texts: str, width: float = 400, code: str = "ar", rtl: bool = True
) -> tuple[Line, ...]:
    stack = fonts.stack("Arab", "regular", "ar") + fonts.stack("Latn", "regular", "en")
    style = BlockStyle(12, 1.2, "start", rtl, 0.4)
    paras = [prepare(text, code, rtl, stack) for text in texts]
    lines, _, _ = set_paragraphs(paras, width, style, stack[0])
    return tuple(lines)


def digital(fonts: FontBook, page: Page) -> bytes:
    doc = Document("flyer", "Flyer", "flyer", "ar", True, (420.0, 300.0), 9.0, 5.0, (page,), None)
    data, tagged = draw_pdf_tagged(doc, COLOURS, fonts, TAGGED, lambda c: c, "t")
    return finish_digital(data, META, tagged)


def text_page(lines: tuple[Line, ...], runs: tuple[tuple[int, int, int, str], ...]) -> Page:
    item = TextItem("s", Box(10, 10, 400, 200), TextSet(lines, 12, 200, "text"), "ink", ("a",), 0)
    return Page("front", (item,), {"s": ("paragraph", None)}, {}, {}, {"s": runs} if runs else {})


def tree(data: bytes) -> list[dict[str, object]]:
    """The document's elements, each as its tag, /Lang, /ActualText and kids (an MCID as
    an int, an element as such a dictionary), and its ParentTree entry for each MCID."""

    def node(e: pikepdf.Object) -> dict[str, object]:
        if e.get("/Type") == "/OBJR":
            return {"S": "OBJR"}
        kids = e.K if isinstance(e.K, pikepdf.Array) else [e.K]
        out: dict[str, object] = {"S": str(e.S)}
        for key in ("/Lang", "/ActualText"):
            if key in e:
                out[key[1:]] = str(e[key])
        out["K"] = [k if isinstance(k, int) else node(k) for k in kids]
        return out

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [node(e) for e in pdf.Root.StructTreeRoot.K[0].K]


def parent_tags(data: bytes, page: int = 0) -> list[str]:
    """The tag of the element holding each MCID of a page, by MCID."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        at = [int(n) for n in nums[::2]].index(page)
        return [str(e.S) for e in nums[2 * at + 1]]


def fonts_by_mcid(data: bytes, index: int = 0) -> dict[int, set[str]]:
    """Each marked-content sequence with an MCID of a page: the fonts it draws with (their
    BaseFont without the subset tag)."""
    found: dict[int, set[str]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[index]
        names = {
            str(k): re.sub(r"^/[A-Z]{6}\+", "", str(f.BaseFont))
            for k, f in page.Resources.Font.items()
        }
        open_ids: list[int | None] = []
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
                mcid = next((m for m in reversed(open_ids) if m is not None), None)
                assert mcid is not None, "text outside marked content"
                found.setdefault(mcid, set()).add(names[str(op.operands[0])])
    return found


def test_a_latin_address_inside_an_arabic_sentence_is_a_span_with_its_language(
    fonts: FontBook,
) -> None:
    a = len(BEFORE)
    data = digital(fonts, text_page(lines_of(fonts, SENTENCE), ((0, a, a + len(ADDRESS), "en"),)))
    # the P holds three Spans in reading order: the Arabic words before, with their words
    # in reading order; the address, English, drawn left to right (no ActualText needed);
    # the words after. MCID 0 is the P's first sequence, drawn first: the line's left end,
    # the sentence's end (right to left); 1 the address, 2 the words before it.
    assert tree(data) == [
        {
            "S": "/P",
            "K": [
                {"S": "/Span", "ActualText": BEFORE, "K": [2]},
                {"S": "/Span", "Lang": "en", "K": [1]},
                {"S": "/Span", "ActualText": AFTER, "K": [0]},
                # the address's link, after the words (test_link_structure), its Alt the
                # address read in the address's language, as its Span is
                {"S": "/Link", "Lang": "en", "K": [{"S": "OBJR"}]},
            ],
        }
    ]
    assert parent_tags(data) == ["/Span", "/Span", "/Span"]
    drawn = fonts_by_mcid(data)
    assert drawn[1] == {"NotoSans-Regular"}
    # the Arabic words' (the space after the address takes the address's font)
    assert "NotoSansArabic-Regular" in drawn[0] & drawn[2]
    # copy and paste still reads the address as printed
    pdf = pdfium.PdfDocument(data)
    assert ADDRESS in pdf[0].get_textpage().get_text_range()


def test_a_link_in_a_paragraph_of_its_language_has_none_of_its_own(fonts: FontBook) -> None:
    """An English sentence with its address, an English paragraph (a fallback string) on the
    Arabic page: the address is no Span and its Link has no /Lang, the P's being its."""
    sentence = "Visit " + ADDRESS + " to learn more."
    a = len("Visit ")
    lines = lines_of(fonts, sentence, code="en", rtl=False)
    page = text_page(lines, ((0, a, a + len(ADDRESS), "en"),))
    data = digital(fonts, replace(page, langs={"s": "en"}))
    assert tree(data) == [
        {"S": "/P", "Lang": "en", "K": [0, {"S": "/Link", "K": [{"S": "OBJR"}]}]},
    ]


def test_an_arabic_paragraph_has_no_span(fonts: FontBook) -> None:
    data = digital(fonts, text_page(lines_of(fonts, PURE), ()))
    assert tree(data) == [{"S": "/P", "ActualText": PURE, "K": [0]}]
    assert parent_tags(data) == ["/P"]


@pytest.mark.parametrize(
    ("text", "code", "spans"),
    [
        # an address inside an Arabic sentence, its full stop the sentence's
        (SENTENCE, "ar", [(len(BEFORE), len(BEFORE) + len(ADDRESS), "en")]),
        ("راسلونا على contact@example.org.", "ar", [(12, 31, "en")]),
        # an English name inside a Thai sentence: its words and the space between them
        ("เข้าร่วม Blue Heart วันนี้", "th", [(9, 19, "en")]),
        # a handle, and an acronym in brackets: one stretch of Latin letters, the closing
        # bracket the sentence's
        ("تابعونا @example_mena (UNODC)", "ar", [(8, 28, "en")]),
        ("(UNODC) تابعونا", "ar", [(1, 6, "en")]),
        ("स्रोत: UNODC, रिपोर्ट", "hi", [(7, 12, "en")]),
        (PURE, "ar", []),
        ("Rejoignez Blue Heart.", "fr", []),  # one script: not told apart
        ("ما يمكنكم فعله 2026", "ar", []),  # digits are no language
        # a hashtag or handle written against Chinese or Thai words, which leave no space
        # (text.scripts.link_spans runs it on into them): the Latin part alone
        ("加入#EndHT运动", "zh", [(2, 8, "en")]),
        ("ร่วม#EndHTวันนี้", "th", [(4, 10, "en")]),
        ("ติดตาม@example_thวันนี้", "th", [(6, 17, "en")]),
        # another script's punctuation written against the words is the sentence's: the
        # full-width colon, comma and brackets, 《》 and 「」, the Devanagari danda
        ("来源：UNODC《全球报告》", "zh", [(3, 8, "en")]),
        ("支持UNODC，加入", "zh", [(2, 7, "en")]),
        ("支持（UNODC）", "zh", [(3, 8, "en")]),
        ("「UNODC」です", "ja", [(1, 6, "en")]),
        ("स्रोत: UNODC।", "hi", [(7, 12, "en")]),
    ],
)
def test_words_in_another_script(text: str, code: str, spans: list[tuple[int, int, str]]) -> None:
    assert foreign_spans(text, code) == spans


def test_the_flyers_sentence_with_an_address_has_it_as_an_english_span(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """ar.yaml's cta_join with a web address inside it, on the Arabic flyer: the layout finds
    the address's language (layout.compose.run_languages) and its P holds it as a Span with
    /Lang (en); the P of cta_donate beside it, all Arabic, has none."""
    body = (ROOT / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    joined = body.replace(f"    text: {PURE}\n", f"    text: {JOIN}\n")
    assert joined != body
    kit = kit_copy(**{"materials/strings/ar.yaml": joined})
    out = tmp_path / "out"
    build(kit, Options(out, ("ar",), ("flyer-a5",), png=False))
    data = (out / "flyer-a5/flyer-a5-ar-digital.pdf").read_bytes()
    found = tree(data)
    donate = next(
        i for i, e in enumerate(found) if str(e.get("ActualText", "")).startswith("ادعموا")
    )
    assert found[donate] == {"S": "/P", "ActualText": DONATE, "K": [donate]}
    join = found[donate + 1]
    spans = [k for k in join["K"] if isinstance(k, dict) and k["S"] == "/Span"]
    assert [(s.get("Lang"), s.get("ActualText")) for s in spans] == [
        (None, "انضموا إلى حملة القلب الأزرق على "),
        ("en", None),
        (None, " اليوم."),
    ]
    (mcid,) = spans[1]["K"]
    assert parent_tags(data)[mcid] == "/Span"
    assert fonts_by_mcid(data)[mcid] == {"NotoSans-Regular"}
    # the address's Link, after the words: described by the subheading over it, "ما يمكنكم
    # فعله: <address>", in the paragraph's Arabic (it was the address alone, /Lang en)
    assert join["K"][-1] == {"S": "/Link", "K": [{"S": "OBJR"}]}


def test_a_heading_of_two_strings_marks_the_one_in_english(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The flyer's back heading made of back_title and cta_title, with cta_title missing from
    ar.yaml (it falls back to English): the heading is one H2 (the document's second
    heading: render.tagging.structure_tags), its Arabic title a Span with its words in
    reading order (and the line break between the two), the English words a Span with
    /Lang (en) and an MCID of their own, drawn in the Latin font. Before, the heading had
    one language, the page's, and one ActualText for both."""
    flyer = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    two = flyer.replace("string: back_title,", "string: [back_title, cta_title],")
    body = (ROOT / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    dropped = re.sub(r"\n  cta_title:\n(    .*\n)+", "\n", body)
    assert two != flyer
    assert dropped != body
    kit = kit_copy(**{"materials/layouts/flyer-a5.yaml": two, "materials/strings/ar.yaml": dropped})
    out = tmp_path / "out"
    build(kit, Options(out, ("ar",), ("flyer-a5",), png=False))
    data = (out / "flyer-a5/flyer-a5-ar-digital.pdf").read_bytes()
    back = [e for e in tree(data) if e["S"] == "/H2"][1]  # the back page's (after the front's)
    title, english = back["K"]
    assert back == {
        "S": "/H2",
        "K": [
            {"S": "/Span", "ActualText": BACK_TITLE + "\n", "K": [1]},
            {"S": "/Span", "Lang": "en", "K": english["K"]},
        ],
    }
    (mcid,) = english["K"]
    assert parent_tags(data, 1)[mcid] == "/Span"
    assert fonts_by_mcid(data, 1)[mcid] == {"NotoSans-Bold"}


def test_words_written_against_chinese_and_thai_are_spans_of_their_own(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A Latin acronym between Chinese punctuation (来源：UNODC《...》) and a hashtag written
    against Thai words (#EndHTวันนี้) on the posters: each a Span with /Lang (en) holding
    those letters alone. The acronym's Span held the colon and 《 too, read in English; the
    hashtag had none (its span ran on into the Thai word, so no language was its own)."""
    from .test_rim_languages import mcid_text  # which imports this module's helpers

    zh = (ROOT / "materials/strings/zh.yaml").read_text(encoding="utf-8")
    th = (ROOT / "materials/strings/th.yaml").read_text(encoding="utf-8")
    source = "来源：联合国毒品和犯罪问题办公室《全球人口贩运问题报告》"
    join = "เข้าร่วมแคมเปญหัวใจสีน้ำเงิน"
    assert f"    text: {source}\n" in zh
    assert f"    text: {join}\n" in th
    kit = kit_copy(
        **{
            "materials/strings/zh.yaml": zh.replace(
                f"    text: {source}\n", "    text: 来源：UNODC《全球人口贩运问题报告》\n"
            ),
            "materials/strings/th.yaml": th.replace(
                f"    text: {join}\n", f'    text: "{join} #EndHTวันนี้"\n'
            ),
        }
    )
    out = tmp_path / "out"
    build(kit, Options(out, ("zh", "th"), ("poster-a3",), png=False))
    # Thai's source line had its UNODC (ที่มา: UNODC, ...) a Span already
    for code, words in (("zh", ["UNODC"]), ("th", ["UNODC", "#EndHT"])):
        data = (out / f"poster-a3/poster-a3-{code}-digital.pdf").read_bytes()
        spans = [
            k
            for e in tree(data)
            for k in e["K"]
            if isinstance(k, dict) and k["S"] == "/Span" and k.get("Lang") == "en"
        ]
        mcids = [m for span in spans for m in span["K"]]
        assert [parent_tags(data)[m] for m in mcids] == ["/Span"] * len(words)
        assert [mcid_text(data)[m] for m in mcids] == words
