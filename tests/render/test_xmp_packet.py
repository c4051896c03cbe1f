"""The XMP packet written directly (render.postprocess.xmp_packet) is the one pikepdf's metadata
editor wrote for the same values, byte for byte but for the toolkit's name: print (PDF/X-4)
and digital (PDF/UA) files, titles with markup characters, right-to-left text and characters
beyond the BMP, the title's language named or not."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from reportlab.pdfgen.canvas import Canvas

from campaign.render.metadata import PRODUCER
from campaign.render.pdf import Tagged
from campaign.render.postprocess import (
    DocMeta,
    OutputCondition,
    finish_digital,
    finish_print,
    finish_screen,
)

ROOT = Path(__file__).resolve().parents[2]
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC = "{http://purl.org/dc/elements/1.1/}"
COND = OutputCondition("fogra39", ROOT / "assets/icc/fogra39l_coated.icc", "FOGRA39", "test")
META = DocMeta("Blue Heart: poster A3 (English)", "en", "Poster A3, English", "abc123", 2026)


def reference(meta: DocMeta, pdfx: bool, pdfua: bool) -> bytes:
    """The packet as pikepdf's metadata editor wrote it (the code before the direct writer):
    the properties set one by one, then each language alternative given a second item in
    the language it is written in."""
    pdf = pikepdf.new()
    stamp = meta.date.isoformat().replace("+00:00", "Z")
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = meta.title
        xmp["dc:description"] = meta.subject
        xmp["dc:language"] = [meta.lang]
        xmp["xmp:CreatorTool"] = PRODUCER
        xmp["pdf:Producer"] = PRODUCER
        xmp["xmp:CreateDate"] = stamp
        xmp["xmp:ModifyDate"] = stamp
        xmp["xmp:MetadataDate"] = stamp
        xmp["xmpMM:DocumentID"] = meta.document_id
        xmp["xmpMM:InstanceID"] = meta.instance_id("print" if pdfx else "digital")
        xmp["xmpMM:VersionID"] = "1"
        xmp["xmpMM:RenditionClass"] = "default" if pdfx else "screen"
        if pdfx:
            xmp["pdf:Trapped"] = "False"
            xmp["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
        if pdfua:
            xmp["pdfuaid:part"] = "1"
    doc = etree.fromstring(pdf.Root.Metadata.read_bytes()).getroottree()
    for key, written in (("title", meta.meta_lang), ("description", meta.subject_lang)):
        for field in doc.getroot().iter(f"{DC}{key}"):
            for alt in field.iter(f"{RDF}Alt"):
                items = alt.findall(f"{RDF}li")
                if any(i.get(XML_LANG) == written for i in items):
                    continue
                default = next(i for i in items if i.get(XML_LANG) == "x-default")
                twin = etree.SubElement(alt, f"{RDF}li")
                twin.set(XML_LANG, written)
                twin.text = default.text
    written: bytes = etree.tostring(doc, encoding="utf-8")
    return written.replace(b'x:xmptk="pikepdf"', f'x:xmptk="{PRODUCER}"'.encode())


def drawn() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(200, 200), invariant=1)
    canvas.rect(10, 10, 50, 50, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


METAS = {
    "plain": META,
    "markup-rtl-astral": replace(
        META,
        title='Stop & "act" <now> \u0623\u0648\u0642\u0641\u0648\u0627 \U00028be2',
        subject="it's 30 July",
        lang="ar",
        meta_lang="fr",
    ),
    "no-language-twin": replace(META, meta_lang="x-default"),
}


@pytest.mark.parametrize("name", list(METAS))
@pytest.mark.parametrize("kind", ["print", "digital", "screen"])
def test_the_packet_is_the_one_pikepdf_wrote(name: str, kind: str) -> None:
    meta = METAS[name]
    if kind == "print":
        data = finish_print(drawn(), COND, meta)
    elif kind == "digital":
        data = finish_digital(drawn(), meta, Tagged(((),), ((),)))
    else:
        data = finish_screen(drawn(), meta)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        stream = pdf.Root.Metadata
        assert stream.Type == "/Metadata"
        assert stream.Subtype == "/XML"
        assert "/Filter" not in stream  # readable by tools that do not inflate
        packet = stream.read_bytes()
        assert packet == reference(meta, pdfx=kind == "print", pdfua=kind == "digital")
        xmp = pdf.open_metadata()
        assert xmp["dc:title"] == meta.title
        assert xmp["dc:description"] == meta.subject
    assert packet.startswith(b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>')
    assert packet.endswith(b'<?xpacket end="w"?>')
