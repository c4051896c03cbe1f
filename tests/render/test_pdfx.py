"""A print file finished as reportlab writes it (render.pdfx) reads back as the same drawing
finished afterwards with pikepdf (render.postprocess.finish_print): key by key, stream by
stream, page group by page group; and what differs by design (the /ID, how streams are
packed) is as documented."""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import load_fontbook
from campaign.render import pdfx
from campaign.render.glyphs import draw_run
from campaign.render.pdf import reportlab_settings, stored
from campaign.render.pdffonts import ttfont
from campaign.render.postprocess import DocMeta, OutputCondition, finish_print
from campaign.text.paragraph import build_line, prepare

ROOT = Path(__file__).resolve().parents[2]
FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"
COND = OutputCondition("fogra39", FOGRA, "FOGRA39", "Coated FOGRA39 (ISO 12647-2:2004)")
META = DocMeta("شعار القلب الأزرق", "ar", "World Day 2025", "abc123", 2025)
FONTS = load_fontbook(ROOT / "fonts")


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _line(canvas: Canvas, text: str, lang: str, script: str, y: float) -> None:
    p = prepare(text, lang, False, FONTS.stack(script, "regular", lang))
    runs, _ = build_line(p, 0, len(text), 12)
    for r in runs:
        draw_run(canvas, r, 10 + r.x, y, 12)


def _masked_png() -> ImageReader:
    im = Image.new("RGBA", (4, 4), (200, 30, 30, 128))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return ImageReader(io.BytesIO(buf.getvalue()))


def drawing(finished: pdfx.PrintFile | None, meta: DocMeta = META) -> bytes:
    """Three pages as render.pdf draws them (the kit's fonts, a character beyond U+FFFF):
    page 1 fills at 50 % opacity, page 2 places an image with a soft mask, page 3 has text
    only. `finished`: finished as written; None: stored streams for finish_print."""
    latin = FONTS.face(FONTS.latin, "regular")
    ttfont(latin)
    buf = io.BytesIO()
    with reportlab_settings(latin.key, pdfx.deflate if finished else stored):
        canvas = Canvas(
            buf,
            pagesize=(300, 120),
            invariant=1,
            pageCompression=1,
            initialFontName=latin.key,
            pdfVersion=pdfx.PDF_VERSION if finished else None,
        )
        for page in range(3):
            canvas.setTrimBox((10, 10, 290, 110))
            canvas.setBleedBox((5, 5, 295, 115))
            _line(canvas, f"Blue Heart {page}", "en", "Latn", 80)
            _line(canvas, "搭𨋢", "zh-HK", "Hant", 50)
            if page == 0:
                canvas.setFillAlpha(0.5)
                canvas.rect(20, 20, 40, 20, fill=1)
            if page == 1:
                canvas.drawImage(_masked_png(), 20, 20, 40, 20, mask="auto")
            canvas.showPage()
        if finished:
            pdfx.finish(canvas._doc, finished)
        canvas.save()
    return pdfx.identified(buf.getvalue()) if finished else buf.getvalue()


def as_written() -> bytes:
    return drawing(pdfx.PrintFile(COND, META))


def afterwards() -> bytes:
    return finish_print(drawing(None), COND, META)


def _plain(obj: object) -> object:
    """A pikepdf object as Python values, streams as their decoded bytes, indirect objects
    followed (the trees here have no cycles)."""
    if isinstance(obj, pikepdf.Stream):
        return {"stream": obj.read_bytes(), **_plain(obj.stream_dict)}  # type: ignore[dict-item]
    if isinstance(obj, pikepdf.Dictionary):
        return {
            str(k): _plain(v) for k, v in obj.items() if k not in ("/Parent", "/Length", "/Filter")
        }
    if isinstance(obj, pikepdf.Array):
        return [_plain(v) for v in obj]
    if isinstance(obj, pikepdf.Name):
        return str(obj)
    if isinstance(obj, pikepdf.String):
        return bytes(obj)
    return obj


def test_finished_as_written_reads_back_as_finished_afterwards() -> None:
    with (
        pikepdf.open(io.BytesIO(as_written())) as now,
        pikepdf.open(io.BytesIO(afterwards())) as then,
    ):
        assert now.pdf_version == then.pdf_version == "1.6"
        assert _plain(now.docinfo) == _plain(then.docinfo)
        assert str(now.docinfo.Title) == META.title
        root_now = {k: v for k, v in _plain(now.Root).items() if k != "/Pages"}  # type: ignore[union-attr]
        root_then = {k: v for k, v in _plain(then.Root).items() if k != "/Pages"}  # type: ignore[union-attr]
        assert root_now == root_then
        assert set(root_now) == {"/Type", "/PageMode", "/Lang", "/Metadata", "/OutputIntents"}
        assert len(now.pages) == len(then.pages) == 3
        for a, b in zip(now.pages, then.pages, strict=True):
            assert _plain(a.obj) == _plain(b.obj)


def test_only_pages_with_transparency_get_a_cmyk_page_group() -> None:
    with pikepdf.open(io.BytesIO(as_written())) as pdf:
        groups = [_plain(p.obj.get("/Group")) for p in pdf.pages]
    group = {"/Type": "/Group", "/S": "/Transparency", "/CS": "/DeviceCMYK"}
    assert groups == [group, group, None]


def test_subsets_are_tagged_from_their_programs() -> None:
    with pikepdf.open(io.BytesIO(as_written())) as pdf:
        names = sorted(str(f.BaseFont) for p in pdf.pages for f in p.Resources.Font.values())
    assert {n.split("+")[1] for n in names} == {"NotoSans-Regular", "NotoSansTCTT-Regular"}
    assert not any(n.startswith(("/AAAAA", "/AAAAB")) for n in names)


def test_a_character_beyond_the_bmp_reads_back_as_itself() -> None:
    data = as_written()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (tc,) = [f for f in pdf.pages[2].Resources.Font.values() if "NotoSansTC" in str(f.BaseFont)]
        assert b"<D860DEE2>" in tc.ToUnicode.read_bytes()
    text = pdfium.PdfDocument(data)[2].get_textpage().get_text_range()
    assert "搭𨋢" in text


def test_same_input_same_bytes_another_input_another_id() -> None:
    first = as_written()
    assert as_written() == first
    assert b"/ObjStm" not in first  # written by reportlab: no object streams
    other = DocMeta(META.title, META.lang, META.subject, "abc124", META.year)
    second = drawing(pdfx.PrintFile(COND, other))
    with pikepdf.open(io.BytesIO(first)) as a, pikepdf.open(io.BytesIO(second)) as b:
        assert bytes(a.trailer.ID[0]) == bytes(a.trailer.ID[1])
        assert bytes(a.trailer.ID[0]) != bytes(b.trailer.ID[0])
        ident = bytes(a.trailer.ID[0])
    # the SHA-256 of the file's bytes (its first 16) with the placeholder where the identifier is
    hexed = ident.hex().encode()
    assert hashlib.sha256(first.replace(hexed, b"0" * 32)).digest()[:16] == ident


def test_the_identifier_follows_the_content_not_only_the_input_hash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another date (SOURCE_DATE_EPOCH) with the same input hash: other bytes, another /ID (it
    was made from the input hash alone, which leaves out the art, the fonts and the dates)."""
    first = as_written()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    second = as_written()
    with pikepdf.open(io.BytesIO(first)) as a, pikepdf.open(io.BytesIO(second)) as b:
        assert bytes(a.trailer.ID[0]) != bytes(b.trailer.ID[0])


def test_streams_are_deflated_at_level_one_and_font_programs_once() -> None:
    with pikepdf.open(io.BytesIO(as_written())) as pdf:
        content = pdf.pages[0].Contents
        font = next(iter(pdf.pages[0].Resources.Font.values()))
        program = font.FontDescriptor.FontFile2
        # RFC 1950, 2.2: FLEVEL 0, the fastest algorithm (level 1)
        assert content.read_raw_bytes()[1] >> 6 == 0
        assert zlib.decompress(program.read_raw_bytes()) == program.read_bytes()
        assert len(program.read_raw_bytes()) < len(program.read_bytes())
    data = bytes(range(256)) * 40  # a large input: kept
    assert pdfx.deflate(data) is pdfx.deflate(data)
    small = b"q Q\n" * 10
    assert zlib.decompress(pdfx.deflate(small)) == small


def test_a_built_print_pdf_is_identified_by_its_bytes(tmp_path: Path) -> None:
    """The build's own print files (render.pdf.draw_pdf_tagged with a PrintFile) carry the
    identifier `identified` makes, not the placeholder."""
    from ..kits import build, mini_copy

    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "text", "--lang", "en", "--no-png")
    data = (out / "text/text-en.pdf").read_bytes()
    assert pdfx.ID_PLACEHOLDER not in data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ident = bytes(pdf.trailer.ID[0])
        assert bytes(pdf.trailer.ID[1]) == ident
    assert hashlib.sha256(data.replace(ident.hex().encode(), b"0" * 32)).digest()[:16] == ident


def _stream_tails(data: bytes) -> list[bytes]:
    """What follows each stream's data (its /Length bytes after `stream` and its EOL) in a
    file with a classic cross-reference table, as reportlab writes."""
    start = int(data[data.rindex(b"startxref") + 9 :].split()[0])
    table = data[start:].split(b"\n")
    count = int(table[1].split()[1])
    tails = []
    for entry in table[2 : 2 + count]:
        offset, _, kind = entry.split()[:3]
        obj = data[int(offset) :]
        at, end = obj.find(b"\nstream\n"), obj.find(b"endobj")
        if at < 0 or end < at:
            continue  # no stream: its endobj comes first
        length = int(obj[:at].split(b"/Length ")[1].split()[0].rstrip(b">/"))
        tails.append(obj[at + 8 + length : at + 8 + length + 10])
    return tails


def test_every_stream_ends_with_an_eol_before_endstream() -> None:
    """ISO 32000-1, 7.3.8.1: an end-of-line marker after a stream's data, before `endstream`,
    not counted in /Length (PDF/A makes it a rule; strict preflights warn): reportlab wrote
    none, and a print file is written by reportlab alone (render.pdf._with_eol)."""
    tails = _stream_tails(as_written())
    assert len(tails) > 10  # contents, fonts, the output intent's profile, the XMP...
    assert set(tails) == {b"\nendstream"}


@pytest.mark.parametrize(
    ("state", "transparent"),
    [
        ({}, False),
        ({"CA": 0.5}, True),
        ({"ca": 0.99}, True),
        ({"CA": 1, "ca": 1}, False),
        ({"SMask": "/None"}, False),
        ({"SMask": "/SM0"}, True),  # a soft mask in the graphics state
        ({"BM": "/Normal"}, False),
        ({"BM": "/Compatible"}, False),
        ({"BM": "/Multiply"}, True),  # reportlab's Canvas.setBlendMode
        ({"BM": "/Screen"}, True),
        ({"OP": "true"}, False),  # overprint (the die line's) is no transparency
    ],
)
def test_a_page_is_transparent_by_its_graphics_states(
    state: dict[str, object], transparent: bool
) -> None:
    """A page group is given to a page whose graphics state has constant alpha below 1, a
    soft mask or a blend mode other than Normal (ISO 32000-1, 11.6.3 and 11.3.5), as reportlab
    writes them (canvas.ExtGState.getState: one dictionary per state)."""
    from types import SimpleNamespace

    from reportlab.pdfbase.pdfdoc import PDFDictionary

    page = SimpleNamespace(ExtGState=PDFDictionary({"gRLs0": PDFDictionary(state)}))
    assert pdfx._transparent(None, page) is transparent  # type: ignore[arg-type]


def test_the_identifier_replaces_the_last_placeholder_only() -> None:
    """The trailer is the file's last part: the placeholder there is replaced, the same
    length (no offset moves); the same bytes earlier (in a stream) are left as they are."""
    head = b"%PDF-1.6\n(" + pdfx.ID_PLACEHOLDER + b")\ntrailer\n<< /ID"
    data = head + pdfx.ID_PLACEHOLDER + b">>\n%%EOF\n"
    out = pdfx.identified(data)
    digest = hashlib.sha256(data).digest()[:16].hex().encode()
    assert out == head + b"\n[<" + digest + b"><" + digest + b">]\n" + b">>\n%%EOF\n"
    assert len(out) == len(data)
    with pytest.raises(ValueError, match="no /ID placeholder in the file's trailer"):
        pdfx.identified(b"%PDF-1.6\n%%EOF\n")
