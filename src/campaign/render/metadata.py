"""What every PDF this project writes says about itself, without pikepdf: the press
condition (`OutputCondition`), the document's description (`DocMeta`), its dates and its XMP
packet. Shared by the pikepdf finishing (render.postprocess) and print files finished as
reportlab writes them (render.pdfx)."""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..dates import source_date_epoch
from ..text.scripts import language_tag

PRODUCER = "Blue Heart campaign kit"
# The Subject of the package's index PDF (package.index), by which `check --pdf` knows it for
# what it is, with the kit's Producer: a print shop's trial checked it as a press file, and
# it failed on its RGB, its missing TrimBox and OutputIntent.
PACKAGE_INDEX = "the package's index: contact sheets and a list of files, not for the press"


@dataclass(frozen=True)
class OutputCondition:
    """A press condition: the ICC profile file and how PDF/X names it."""

    key: str
    icc: Path
    identifier: str
    info: str


@dataclass(frozen=True)
class DocMeta:
    title: str
    lang: str
    subject: str
    input_hash: str
    year: int
    meta_lang: str = "en"  # the language the title is written in (BCP 47)
    subject_lang: str = "en"  # the language the subject (dc:description) is written in
    # every language of the document's text when it has several (a gang sheet of badges in
    # seven languages): XMP dc:language lists them; empty: `lang` alone
    languages: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        """The document's language as the files write it (catalogue /Lang: BCP 47,
        `text.scripts.language_tag`: zh is zh-Hans)."""
        return language_tag(self.lang)

    @property
    def date(self) -> datetime:
        epoch = source_date_epoch()
        if epoch is not None:
            return datetime.fromtimestamp(epoch, UTC)
        return datetime(self.year, 7, 30, tzinfo=UTC)  # the World Day of the campaign year

    @property
    def document_id(self) -> str:
        """xmpMM:DocumentID: one per document, shared by its renditions (XMP Part 2, 2.2:
        the print PDF, the digital PDF)."""
        return f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'blueheart-kit:' + self.input_hash)}"

    def instance_id(self, rendition: str) -> str:
        """xmpMM:InstanceID: one per file (XMP Part 2, 2.2): the document's inputs and the
        rendition ("print", "digital"). The print and digital PDFs had the same."""
        name = f"blueheart-kit:{self.input_hash}:{rendition}"
        return f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def pdf_date(d: datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%SZ")


class Name(str):
    """A value written as a PDF name (/False), not a text string."""


def info_entries(meta: DocMeta, pdfx: bool) -> dict[str, str]:
    """The Info dictionary every PDF of ours carries, by key (texts, and `Name`s): title,
    subject, tool, dates; for a print file Trapped and the PDF/X version (ISO 15930-7 asks
    for GTS_PDFXVersion and Trapped). Written by render.pdfx into reportlab's document and
    by render.postprocess into a saved file."""
    date = pdf_date(meta.date)
    entries: dict[str, str] = {
        "Title": meta.title,
        "Subject": meta.subject,
        "Creator": PRODUCER,
        "Producer": PRODUCER,
        "CreationDate": date,
        "ModDate": date,
    }
    if pdfx:
        entries |= {"Trapped": Name("False"), "GTS_PDFXVersion": "PDF/X-4"}
    return entries


def intent_entries(cond: OutputCondition) -> dict[str, str]:
    """A print file's OutputIntent (GTS_PDFX) but its profile stream, by key (texts, and
    `Name`s), for render.pdfx and render.postprocess alike."""
    return {
        "Type": Name("OutputIntent"),
        "S": Name("GTS_PDFX"),
        "OutputConditionIdentifier": cond.identifier,
        "OutputCondition": cond.info,
        "RegistryName": "http://www.color.org",
        "Info": cond.info,
    }


def xmp_properties(meta: DocMeta, pdfx: bool, pdfua: bool = False) -> list[tuple[str, str]]:
    """The XMP properties after the Dublin Core ones (prefixed name, text), in order: tool,
    dates, IDs; PDF/X-4's Trapped and version for a print file (ISO 15930-7); PDF/UA's part
    for a digital one (ISO 14289-1, 5)."""
    stamp = meta.date.isoformat().replace("+00:00", "Z")
    properties: list[tuple[str, str]] = [
        ("xmp:CreatorTool", PRODUCER),
        ("pdf:Producer", PRODUCER),
        ("xmp:CreateDate", stamp),
        ("xmp:ModifyDate", stamp),
        ("xmp:MetadataDate", stamp),
        ("xmpMM:DocumentID", meta.document_id),
        ("xmpMM:InstanceID", meta.instance_id("print" if pdfx else "digital")),
        ("xmpMM:VersionID", "1"),
        # the print PDF is the document; the digital PDF its rendition for screens (XMP
        # Part 2, 2.2.2: "screen")
        ("xmpMM:RenditionClass", "default" if pdfx else "screen"),
    ]
    if pdfx:
        properties += [("pdf:Trapped", "False"), ("pdfxid:GTS_PDFXVersion", "PDF/X-4")]
    if pdfua:  # ISO 14289-1, 5: the PDF/UA identification schema
        properties.append(("pdfuaid:part", "1"))
    return properties


RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# the XMP namespaces we write, by the prefixes their specifications use (XMP Part 1 and 2;
# ISO 15930-7 for pdfxid; ISO 14289-1 for pdfuaid)
XMP_NS = {
    "x": "adobe:ns:meta/",
    "rdf": RDF[1:-1],
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}
PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # XMP Part 1, 7.3.2: the fixed id of every packet


def xmp_packet(meta: DocMeta, properties: list[tuple[str, str]]) -> bytes:
    """The document's XMP metadata packet (XMP Specification Part 1, 7.3), UTF-8: dc:title
    and dc:description, each in x-default and again in the language it is written in
    (`meta.meta_lang`, `meta.subject_lang`; Part 1, 8.2.2.2: a screen reader learns it from
    there, the Info dictionary cannot say it), dc:language (each of `meta.languages`, else
    `meta.lang`), then `properties` (prefixed name, text) in order, in one rdf:Description;
    every language as `text.scripts.language_tag` writes it (zh: zh-Hans).
    Written directly: pikepdf's metadata editor took 1.2 ms a
    file for the same packet (same bytes but for the toolkit's name, tested)."""
    root = etree.Element("{adobe:ns:meta/}xmpmeta", nsmap={"x": XMP_NS["x"]})
    root.set("{adobe:ns:meta/}xmptk", PRODUCER)
    root.text = "\n "
    rdf = etree.SubElement(root, f"{RDF}RDF", nsmap={"rdf": XMP_NS["rdf"]})
    rdf.text, rdf.tail = "\n ", "\n"
    about = etree.SubElement(rdf, f"{RDF}Description")
    about.set(f"{RDF}about", "")
    for name, text, written in (
        ("title", meta.title, meta.meta_lang),
        ("description", meta.subject, meta.subject_lang),
    ):
        alt = etree.SubElement(_property(about, "dc", name), f"{RDF}Alt")
        for lang in dict.fromkeys(("x-default", language_tag(written))):
            item = etree.SubElement(alt, f"{RDF}li")
            item.set(XML_LANG, lang)
            item.text = text
    bag = etree.SubElement(_property(about, "dc", "language"), f"{RDF}Bag")
    for code in meta.languages or (meta.lang,):
        etree.SubElement(bag, f"{RDF}li").text = language_tag(code)
    for prefixed, text in properties:
        prefix, name = prefixed.split(":")
        _property(about, prefix, name).text = text
    root.addprevious(etree.ProcessingInstruction("xpacket", f'begin="\ufeff" id="{PACKET_ID}"'))
    root.addnext(etree.ProcessingInstruction("xpacket", 'end="w"'))
    packet: bytes = etree.tostring(root.getroottree(), encoding="utf-8")
    return packet


def _property(parent: etree._Element, prefix: str, name: str) -> etree._Element:
    """A property element declaring its own namespace (as pikepdf and Acrobat write them)."""
    ns = XMP_NS[prefix]
    return etree.SubElement(parent, f"{{{ns}}}{name}", nsmap={prefix: ns})


@lru_cache(maxsize=8)
def deflated_profile(path: Path, sha256: str) -> bytes:
    """A press profile's bytes (of digest `sha256`), Flate-compressed once per process: every
    print PDF embeds it, and compressing its 120 KB was 5 of the 12 ms of finishing a poster
    (bench/README.md)."""
    return zlib.compress(path.read_bytes())
