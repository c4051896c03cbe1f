"""Post-processing read back key by key: the Info dictionary, the XMP packet, the OutputIntent,
the structure tree of the digital PDF and the bytes themselves (same input, same bytes). The
inputs are tiny PDFs made with pikepdf, so every expected value is written out here."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import load_fontbook
from campaign.render.glyphs import draw_run
from campaign.render.pdf import Element, Tagged, reportlab_settings
from campaign.render.postprocess import (
    DocMeta,
    OutputCondition,
    add_output_intent,
    finish_digital,
    finish_print,
    finish_screen,
)
from campaign.text.paragraph import build_line, prepare

ROOT = Path(__file__).resolve().parents[2]
FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"
COND = OutputCondition("fogra39", FOGRA, "FOGRA39", "Coated FOGRA39 (ISO 12647-2:2004)")
META = DocMeta("Blue Heart poster", "fr", "World Day 2025", "abc123", 2025)
DOC_ID = "uuid:38ec0a06-7895-5407-a3c3-ab21b57f1b3a"  # uuid5(URL, "blueheart-kit:abc123")
PRODUCER = "Blue Heart campaign kit"


def blank(pages: int = 1, annots: tuple[pikepdf.Dictionary, ...] = ()) -> bytes:
    """A PDF of empty 100 x 100 pt pages; `annots` go on the last page. It has an Author, which
    post-processing removes."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(100, 100))
    if annots:
        pdf.pages[-1].obj.Annots = pdf.make_indirect(
            pikepdf.Array([pdf.make_indirect(a) for a in annots])
        )
    pdf.docinfo[pikepdf.Name.Author] = pikepdf.String("someone")
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def info_of(pdf: pikepdf.Pdf) -> dict[str, str]:
    return {str(k): str(v) for k, v in pdf.docinfo.items()}


XMP_KEYS = (
    "dc:title",
    "dc:description",
    "dc:language",
    "xmp:CreatorTool",
    "pdf:Producer",
    "xmp:CreateDate",
    "xmp:ModifyDate",
    "xmp:MetadataDate",
    "xmpMM:DocumentID",
    "xmpMM:InstanceID",
    "xmpMM:VersionID",
    "xmpMM:RenditionClass",
    "pdf:Trapped",
    "pdfxid:GTS_PDFXVersion",
    "pdfuaid:part",
)


def xmp_of(pdf: pikepdf.Pdf) -> dict[str, object]:
    """The packet's properties by prefixed name (all of them: none is left unnamed)."""
    xmp = pdf.open_metadata()
    found = {k: xmp[k] for k in XMP_KEYS if k in xmp}
    assert len(list(xmp)) == len(found)
    return found


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_print_info_and_xmp_say_exactly_what_pdfx4_asks() -> None:
    with pikepdf.open(io.BytesIO(finish_print(blank(), COND, META))) as pdf:
        assert pdf.pdf_version == "1.6"
        assert info_of(pdf) == {
            "/Title": "Blue Heart poster",
            "/Subject": "World Day 2025",
            "/Creator": PRODUCER,
            "/Producer": PRODUCER,
            "/CreationDate": "D:20250730000000Z",
            "/ModDate": "D:20250730000000Z",
            "/Trapped": "/False",
            "/GTS_PDFXVersion": "PDF/X-4",
        }
        assert str(pdf.Root.Lang) == "fr"
        assert xmp_of(pdf) == {
            "dc:title": "Blue Heart poster",
            "dc:description": "World Day 2025",
            "dc:language": {"fr"},
            "xmp:CreatorTool": PRODUCER,
            "pdf:Producer": PRODUCER,
            "xmp:CreateDate": "2025-07-30T00:00:00Z",
            "xmp:ModifyDate": "2025-07-30T00:00:00Z",
            "xmp:MetadataDate": "2025-07-30T00:00:00Z",
            "xmpMM:DocumentID": DOC_ID,
            # one per file: the document's ID and the rendition (uuid5(URL, "...:print"))
            "xmpMM:InstanceID": "uuid:"
            + str(uuid.uuid5(uuid.NAMESPACE_URL, "blueheart-kit:abc123:print")),
            "xmpMM:VersionID": "1",
            "xmpMM:RenditionClass": "default",
            "pdf:Trapped": "False",
            "pdfxid:GTS_PDFXVersion": "PDF/X-4",
        }
        assert "/ViewerPreferences" not in pdf.Root
        assert "/StructTreeRoot" not in pdf.Root


def test_print_output_intent_is_one_complete_dictionary() -> None:
    with pikepdf.open(io.BytesIO(finish_print(blank(), COND, META))) as pdf:
        (intent,) = pdf.Root.OutputIntents
        profile = intent.DestOutputProfile
        assert {str(k): str(v) for k, v in intent.items() if k != "/DestOutputProfile"} == {
            "/Type": "/OutputIntent",
            "/S": "/GTS_PDFX",
            "/OutputConditionIdentifier": "FOGRA39",
            "/OutputCondition": "Coated FOGRA39 (ISO 12647-2:2004)",
            "/RegistryName": "http://www.color.org",
            "/Info": "Coated FOGRA39 (ISO 12647-2:2004)",
        }
        assert profile.is_indirect
        assert str(profile.Filter) == "/FlateDecode"  # streams are compressed
        assert len(profile.read_raw_bytes()) < len(FOGRA.read_bytes())
        assert int(profile.N) == 4
        assert profile.read_bytes() == FOGRA.read_bytes()


def test_same_input_gives_the_same_bytes_and_another_hash_another_id() -> None:
    first = finish_print(blank(), COND, META)
    assert b"/Type /ObjStm" in first  # objects packed into object streams
    assert finish_print(blank(), COND, META) == first
    other = DocMeta(META.title, META.lang, META.subject, "abc124", META.year)
    second = finish_print(blank(), COND, other)
    with pikepdf.open(io.BytesIO(first)) as a, pikepdf.open(io.BytesIO(second)) as b:
        assert bytes(a.trailer.ID[1]) != bytes(b.trailer.ID[1])
        assert b.open_metadata()["xmpMM:DocumentID"] == (
            "uuid:a92599f8-3e63-51e2-8a63-d5807d283744"
        )


@pytest.mark.parametrize(
    ("epoch", "pdf_date", "xmp_date"),
    [
        (None, "D:20250730000000Z", "2025-07-30T00:00:00Z"),  # the campaign year's World Day
        ("1753837261", "D:20250730010101Z", "2025-07-30T01:01:01Z"),
        ("1700000000", "D:20231114221320Z", "2023-11-14T22:13:20Z"),
        ("", "D:20250730000000Z", "2025-07-30T00:00:00Z"),  # set but empty
        ("-1", "D:20250730000000Z", "2025-07-30T00:00:00Z"),  # not a count of seconds
        ("17e8", "D:20250730000000Z", "2025-07-30T00:00:00Z"),
    ],
)
def test_dates_come_from_source_date_epoch_or_the_campaign_year(
    monkeypatch: pytest.MonkeyPatch, epoch: str | None, pdf_date: str, xmp_date: str
) -> None:
    if epoch is not None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with pikepdf.open(io.BytesIO(finish_print(blank(), COND, META))) as pdf:
        assert str(pdf.docinfo.CreationDate) == pdf_date
        assert str(pdf.docinfo.ModDate) == pdf_date
        xmp = pdf.open_metadata()
        assert [xmp[k] for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate")] == [
            xmp_date
        ] * 3


def test_screen_pdf_shows_its_title_and_claims_no_pdfx() -> None:
    with pikepdf.open(io.BytesIO(finish_screen(blank(), META))) as pdf:
        assert pdf.pdf_version == "1.6"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert "/OutputIntents" not in pdf.Root
        assert "/MarkInfo" not in pdf.Root
        assert str(pdf.Root.Lang) == "fr"
        assert set(info_of(pdf)) == {
            "/Title",
            "/Subject",
            "/Creator",
            "/Producer",
            "/CreationDate",
            "/ModDate",
        }
        xmp = xmp_of(pdf)
        assert "pdf:Trapped" not in xmp
        assert "pdfxid:GTS_PDFXVersion" not in xmp
        assert xmp["xmpMM:DocumentID"] == DOC_ID


def test_add_output_intent_uses_the_title_as_subject_and_the_sample_hash() -> None:
    with pikepdf.open(io.BytesIO(add_output_intent(blank(), COND, "A sample", "ar"))) as pdf:
        assert str(pdf.docinfo.Title) == "A sample"
        assert str(pdf.docinfo.Subject) == "A sample"
        assert str(pdf.docinfo.CreationDate) == "D:20240730000000Z"
        assert str(pdf.Root.Lang) == "ar"
        assert str(pdf.open_metadata()["xmpMM:DocumentID"]) == (
            "uuid:51d16531-8a6e-5bcf-9a62-14094fc46ac1"
        )
        assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "FOGRA39"


def link(uri: str, contents: str | None = None) -> pikepdf.Dictionary:
    annot = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=pikepdf.Array([10, 10, 20, 20]),
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri)),
    )
    if contents is not None:
        annot.Contents = pikepdf.String(contents)
    return annot


def test_digital_structure_tree_element_by_element() -> None:
    box = (0.0, 0.0, 10.0, 10.0)
    elements = (
        (
            Element("Figure", "Blue heart", None, box),
            Element("P", None, None, box),
            Element("H1", "", None, box),
        ),
        (Element("P", None, None, box),),
    )
    data = blank(3, (link("https://a.example/"), link("https://b.example/", "Visit b")))
    with pikepdf.open(io.BytesIO(finish_digital(data, META, Tagged(elements, ())))) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.Root.Lang) == "fr"
        assert "/OutputIntents" not in pdf.Root
        assert "/Trapped" not in pdf.docinfo  # a screen file claims no PDF/X
        assert "/GTS_PDFXVersion" not in pdf.docinfo
        assert set(xmp_of(pdf)) == set(XMP_KEYS) - {"pdf:Trapped", "pdfxid:GTS_PDFXVersion"}
        assert xmp_of(pdf)["pdfuaid:part"] == "1"  # PDF/UA-1 identification
        root = pdf.Root.StructTreeRoot
        assert str(root.Type) == "/StructTreeRoot"
        (doc,) = root.K
        assert (str(doc.Type), str(doc.S), str(doc.Lang)) == ("/StructElem", "/Document", "fr")
        assert doc.P == root
        pages = [p.obj for p in pdf.pages]
        got = []
        for kid in doc.K:
            assert str(kid.Type) == "/StructElem"
            assert kid.P == doc
            page = next(i for i, p in enumerate(pages) if kid.Pg == p)
            alt = str(kid.Alt) if "/Alt" in kid else None
            if str(kid.S) == "/Link":
                (objr,) = kid.K
                assert str(objr.Type) == "/OBJR"
                assert objr.Pg == pages[page]
                got.append(("Link", page, str(objr.Obj.A.URI), alt))
            else:
                got.append((str(kid.S)[1:], page, int(kid.K), alt))
        assert got == [
            ("Figure", 0, 0, "Blue heart"),
            ("P", 0, 1, None),
            ("H1", 0, 2, None),  # an empty alternative text is none
            ("P", 1, 0, None),
            ("Link", 2, "https://a.example/", None),
            ("Link", 2, "https://b.example/", None),
        ]
        for index, page in enumerate(pages):
            assert int(page.StructParents) == index
            assert str(page.Tabs) == "/S"
        a, b = pages[2].Annots
        assert (int(a.StructParent), int(b.StructParent)) == (3, 4)
        assert str(a.Contents) == "https://a.example/"  # a link says where it goes
        assert str(b.Contents) == "Visit b"  # unless it already says something
        nums = root.ParentTree.Nums
        assert [int(nums[i]) for i in range(0, len(nums), 2)] == [0, 1, 2, 3, 4]
        assert [len(nums[i]) for i in (1, 3, 5)] == [3, 1, 0]
        assert list(nums[1]) == list(doc.K[:3])
        assert list(nums[3]) == [doc.K[3]]
        assert nums[7] == doc.K[4]
        assert nums[9] == doc.K[5]
        assert root.ParentTree.is_indirect
        assert int(root.ParentTreeNextKey) == 5


def test_a_link_without_an_action_gets_no_contents() -> None:
    annot = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=pikepdf.Array([0, 0, 1, 1])
    )
    no_uri = link("x")
    del no_uri.A["/URI"]
    tagged = Tagged((), ())
    with pikepdf.open(io.BytesIO(finish_digital(blank(1, (annot, no_uri)), META, tagged))) as pdf:
        first, second = pdf.pages[0].Annots
        assert "/Contents" not in first
        assert str(second.Contents) == ""
        assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) == 3


def drawn(text: str, lang: str, script: str) -> bytes:
    """The text set and drawn as the kit draws a line, in the kit's fonts."""
    fonts = load_fontbook(ROOT / "fonts")
    p = prepare(text, lang, False, fonts.stack(script, "regular", lang))
    runs, _ = build_line(p, 0, len(text), 12)
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, pagesize=(300, 40))
    for r in runs:
        draw_run(canvas, r, 10 + r.x, 10, 12)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.mark.parametrize("finish", [finish_screen, lambda b, m: finish_print(b, COND, m)])
def test_a_character_beyond_the_bmp_reads_back_as_itself(finish: Callable[..., bytes]) -> None:
    """𨋢 (U+282E2, "lift"), a Hong Kong character of CJK Extension B: reportlab's ToUnicode
    entry <282E2> read back as U+282E; post-processing writes the UTF-16 pair."""
    pdf_bytes = finish(drawn("搭𨋢", "zh-HK", "Hant"), META)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        fonts = [f for f in pdf.pages[0].Resources.Font.values() if "/ToUnicode" in f]
        assert [str(f.BaseFont).split("+")[-1] for f in fonts] == ["NotoSansTCTT-Regular"]
        assert b"<D860DEE2>" in fonts[0].ToUnicode.read_bytes()
    text = pdfium.PdfDocument(pdf_bytes)[0].get_textpage().get_text_range()
    assert text.strip() == "搭𨋢"


def block_type(stream: pikepdf.Stream) -> int:
    """BTYPE of the first deflate block of a Flate stream (RFC 1951, 3.2.3: 0 stored, 1 fixed
    Huffman codes, 2 dynamic), after the 2-byte zlib header (RFC 1950)."""
    return (stream.read_raw_bytes()[2] >> 1) & 3


def test_drawn_streams_are_stored_and_the_finished_file_deflates_them() -> None:
    """reportlab's streams are stored while the kit draws (qpdf compresses every stream again
    when post-processing saves the file); after the canvas, reportlab's own filter is back."""
    with reportlab_settings("Helvetica"):
        raw = drawn("Blue Heart", "en", "Latn")
    assert "encode" not in vars(pdfdoc.PDFZCompress)  # restored
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        content = pdf.pages[0].Contents
        assert list(content.Filter) == [pikepdf.Name.FlateDecode]
        assert block_type(content) == 0  # stored
        assert len(content.read_raw_bytes()) > len(content.read_bytes())
    with pikepdf.open(io.BytesIO(finish_print(raw, COND, META))) as pdf:
        streams = [pdf.pages[0].Contents] + [
            f.FontDescriptor.FontFile2
            for f in pdf.pages[0].Resources.Font.values()
            if "/FontDescriptor" in f
        ]
        for stream in streams:
            assert block_type(stream) != 0  # deflated: fixed or dynamic Huffman codes
            assert len(stream.read_raw_bytes()) < len(stream.read_bytes())


def test_a_finished_file_does_not_depend_on_how_its_streams_were_compressed() -> None:
    """The same drawing, its streams stored or deflated by reportlab at level 6, finishes to
    the same bytes: the font subsets' tags are hashed from their decoded programs."""
    deflated = drawn("Blue Heart 2025", "en", "Latn")
    with reportlab_settings("Helvetica"):
        stored = drawn("Blue Heart 2025", "en", "Latn")
    assert stored != deflated
    assert finish_print(stored, COND, META) == finish_print(deflated, COND, META)
    assert finish_screen(stored, META) == finish_screen(deflated, META)


@pytest.mark.parametrize("before", [0, 9])
def test_a_finished_file_does_not_depend_on_what_the_process_saved_before(before: int) -> None:
    """pikepdf's deflate level is process-wide: a save elsewhere at another level (here 0 and
    9) must not change a finished file's bytes; every save of ours deflates at FLATE_LEVEL
    (1: zlib's fastest, whose first block header says so)."""
    from campaign.render.postprocess import FLATE_LEVEL

    with reportlab_settings("Helvetica"):
        raw = drawn("Blue Heart 2025", "en", "Latn")
    reference = finish_print(raw, COND, META)
    pikepdf.settings.set_flate_compression_level(before)
    try:
        assert finish_print(raw, COND, META) == reference
    finally:
        pikepdf.settings.set_flate_compression_level(-1)
    with pikepdf.open(io.BytesIO(reference)) as pdf:
        content = pdf.pages[0].Contents
        # RFC 1950, 2.2: FLEVEL, the top two bits of the second header byte, is 0 for the
        # fastest algorithm (level 1) and 2 for the default (6)
        assert FLATE_LEVEL == 1
        assert content.read_raw_bytes()[1] >> 6 == 0
