"""Post-process PDFs with pikepdf. Imported only when a PDF is written.

Print files get what PDF/X-4 asks of a file's metadata: an OutputIntent (GTS_PDFX) carrying
the CMYK press profile, `pdfxid:GTS_PDFXVersion` in XMP, Trapped, matching title and dates in
the Info dictionary and XMP, document and instance IDs, PDF 1.6. A page with transparency (an
image's soft mask) gets a page group whose blending colour space is DeviceCMYK, the press's
(as Adobe's PDF/X-4 exports write it), so a viewer composites it as the press will, not in
RGB. ISO 15930-7 allows transparency; its text was not at hand here, so the group follows
common practice and the outside preflight (which warns only on an RGB blending space).
Everything is derived from the input (dates from SOURCE_DATE_EPOCH or the campaign, IDs from
the input hash), so identical input gives identical bytes. PDF/X conformance is not validated
by a third-party validator here (none is available); our preflight checks the parts we can
measure.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pikepdf
from lxml import etree

from ..cache import digest
from ..dates import source_date_epoch
from .pdf import Element, Link, Tagged

PRODUCER = "Blue Heart campaign kit"


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
    meta_lang: str = "en"  # the language the title and subject are written in (BCP 47)

    @property
    def date(self) -> datetime:
        epoch = source_date_epoch()
        if epoch is not None:
            return datetime.fromtimestamp(epoch, UTC)
        return datetime(self.year, 7, 30, tzinfo=UTC)  # the World Day of the campaign year

    @property
    def document_id(self) -> str:
        return f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'blueheart-kit:' + self.input_hash)}"


def _pdf_date(d: datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%SZ")


def _describe(pdf: pikepdf.Pdf, meta: DocMeta, pdfx: bool, pdfua: bool = False) -> None:
    date = meta.date
    info = pdf.docinfo
    info[pikepdf.Name.Title] = pikepdf.String(meta.title)
    info[pikepdf.Name.Subject] = pikepdf.String(meta.subject)
    info[pikepdf.Name.Creator] = pikepdf.String(PRODUCER)
    info[pikepdf.Name.Producer] = pikepdf.String(PRODUCER)
    info[pikepdf.Name.CreationDate] = pikepdf.String(_pdf_date(date))
    info[pikepdf.Name.ModDate] = pikepdf.String(_pdf_date(date))
    for empty in ("/Author", "/Keywords"):  # reportlab writes them empty; the XMP has neither
        if empty in info:
            del info[empty]
    pdf.Root.Lang = pikepdf.String(meta.lang)
    if pdfx:
        info[pikepdf.Name.Trapped] = pikepdf.Name("/False")
        info[pikepdf.Name.GTS_PDFXVersion] = pikepdf.String("PDF/X-4")
    stamp = date.isoformat().replace("+00:00", "Z")
    properties: list[tuple[str, str]] = [
        ("xmp:CreatorTool", PRODUCER),
        ("pdf:Producer", PRODUCER),
        ("xmp:CreateDate", stamp),
        ("xmp:ModifyDate", stamp),
        ("xmp:MetadataDate", stamp),
        ("xmpMM:DocumentID", meta.document_id),
        ("xmpMM:InstanceID", meta.document_id),
        ("xmpMM:VersionID", "1"),
        ("xmpMM:RenditionClass", "default"),
    ]
    if pdfx:
        properties += [("pdf:Trapped", "False"), ("pdfxid:GTS_PDFXVersion", "PDF/X-4")]
    if pdfua:  # ISO 14289-1, 5: the PDF/UA identification schema
        properties.append(("pdfuaid:part", "1"))
    stream = pikepdf.Stream(pdf, xmp_packet(meta, properties))
    stream[pikepdf.Name.Type] = pikepdf.Name.Metadata
    stream[pikepdf.Name.Subtype] = pikepdf.Name.XML
    pdf.Root.Metadata = stream


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
    and dc:description, each in x-default and again in the language they are written in
    (`meta.meta_lang`; Part 1, 8.2.2.2: a screen reader learns it from there, the Info
    dictionary cannot say it), dc:language, then `properties` (prefixed name, text) in
    order, in one rdf:Description. Written directly: pikepdf's metadata editor took 1.2 ms a
    file for the same packet (same bytes but for the toolkit's name, tested)."""
    root = etree.Element("{adobe:ns:meta/}xmpmeta", nsmap={"x": XMP_NS["x"]})
    root.set("{adobe:ns:meta/}xmptk", PRODUCER)
    root.text = "\n "
    rdf = etree.SubElement(root, f"{RDF}RDF", nsmap={"rdf": XMP_NS["rdf"]})
    rdf.text, rdf.tail = "\n ", "\n"
    about = etree.SubElement(rdf, f"{RDF}Description")
    about.set(f"{RDF}about", "")
    for name, text in (("title", meta.title), ("description", meta.subject)):
        alt = etree.SubElement(_property(about, "dc", name), f"{RDF}Alt")
        for lang in dict.fromkeys(("x-default", meta.meta_lang)):
            item = etree.SubElement(alt, f"{RDF}li")
            item.set(XML_LANG, lang)
            item.text = text
    bag = etree.SubElement(_property(about, "dc", "language"), f"{RDF}Bag")
    etree.SubElement(bag, f"{RDF}li").text = meta.lang
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


SUBSET_TAG = re.compile(r"^/[A-Z]{6}\+")


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """Every font dictionary of every page and form XObject (descendant fonts included), each
    once."""
    seen: dict[tuple[int, int], pikepdf.Object] = {}
    loose: list[pikepdf.Object] = []

    def add(font: pikepdf.Object) -> None:
        if font.is_indirect:
            if font.objgen in seen:
                return
            seen[font.objgen] = font
        else:
            loose.append(font)
        for child in font.get("/DescendantFonts", pikepdf.Array()):
            add(child)

    def walk(resources: pikepdf.Object, depth: int = 0) -> None:
        for font in (resources.get("/Font") or {}).values():
            add(font)
        for xobject in (resources.get("/XObject") or {}).values():
            inner = xobject.get("/Resources")
            if xobject.get("/Subtype") == "/Form" and inner is not None and depth < 8:
                walk(inner, depth + 1)

    for page in pdf.pages:
        if "/Resources" in page.obj:
            walk(page.obj.Resources)
    return list(seen.values()) + loose


def _subset_tags(pdf: pikepdf.Pdf) -> None:
    """Give each font subset its own tag (ISO 32000-1, 9.6.4: six upper-case letters, different
    for different subsets), derived from the subset's font program: reportlab names them all
    AAAAAA+. Deterministic: the same subset gets the same tag in every build, whatever the
    compression of its stream (the program is hashed decoded)."""
    for font in _fonts(pdf):
        base = str(font.get("/BaseFont", ""))
        if not SUBSET_TAG.match(base):
            continue
        desc = font.get("/FontDescriptor")
        program = None
        if desc is not None:
            program = next(
                (desc[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in desc), None
            )
        digest = hashlib.sha256(base.encode())
        if program is not None:
            digest.update(program.read_bytes())
        tag = "".join(chr(65 + b % 26) for b in digest.digest()[:6])
        name = pikepdf.Name(f"/{tag}+{base[8:]}")
        font.BaseFont = name
        if desc is not None and "/FontName" in desc:
            desc.FontName = name


# a ToUnicode bfchar entry whose destination is a code point beyond U+FFFF written as is
ASTRAL_ENTRY = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16(match: re.Match[bytes]) -> bytes:
    cp = int(match[2], 16) - 0x10000
    return b"<%s> <%04X%04X>" % (match[1], 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))


def _astral_to_unicode(pdf: pikepdf.Pdf) -> None:
    """reportlab writes the ToUnicode entry of a character beyond U+FFFF (𨋢, an HKSCS
    character of CJK Extension B) as its code point, <282E2>; a ToUnicode CMap maps to UTF-16BE
    (ISO 32000-1, 9.10.3), so the entry becomes the surrogate pair <D860DEE2>. Readers took the
    first four digits: the text read U+282E instead of 𨋢."""
    for font in _fonts(pdf):
        cmap = font.get("/ToUnicode")
        if not isinstance(cmap, pikepdf.Stream):
            continue
        data = cmap.read_bytes()
        fixed = ASTRAL_ENTRY.sub(_utf16, data)
        if fixed != data:
            cmap.write(fixed)


# zlib's level for the streams qpdf deflates on save (reportlab's, written stored: see
# render.pdf.stored). Level 1 took 4.5 ms to finish an average page of the 18 reference pages
# where the default (6) took 5.8 ms, for files 0.9 % larger (146.1 KB against 144.8 KB, most
# of it the press profile, deflated once at level 6 by _deflated). Measured 2026-12-01.
FLATE_LEVEL: Literal[1] = 1


def saved(pdf: pikepdf.Pdf, **options: object) -> bytes:
    """`pdf.save(**options)` to bytes, deflating at FLATE_LEVEL. The level is a process-wide
    setting of pikepdf's, set before each save: every PDF this project writes with pikepdf is
    saved here, so its bytes never depend on what the process saved before."""
    pikepdf.settings.set_flate_compression_level(FLATE_LEVEL)
    out = io.BytesIO()
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def _save(pdf: pikepdf.Pdf) -> bytes:
    _subset_tags(pdf)
    _astral_to_unicode(pdf)
    # qpdf keeps the first half of an /ID the file has: one a save without deterministic_id
    # gave it (from the time: a sheet's imposed pages) would make the same input give other
    # bytes a second later. Without one, both halves come from the content.
    if "/ID" in pdf.trailer:
        del pdf.trailer.ID
    return saved(
        pdf,
        min_version="1.6",
        # the XMP packet is ours (xmp_packet) and has no pdf:PDFVersion: pikepdf's check of it
        # parsed and wrote it again on every save (1.2 ms), changing nothing but white space
        fix_metadata_version=False,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
    )


@lru_cache(maxsize=8)
def _deflated(path: Path, sha256: str) -> bytes:
    """A press profile's bytes (of digest `sha256`), Flate-compressed once per process: every
    print PDF embeds it, and compressing its 120 KB was 5 of the 12 ms of finishing a poster
    (bench/README.md)."""
    return zlib.compress(path.read_bytes())


def finish_print(pdf_bytes: bytes, cond: OutputCondition, meta: DocMeta) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pikepdf.Stream(pdf, b"")
        icc.write(_deflated(cond.icc, digest(cond.icc)), filter=pikepdf.Name.FlateDecode)
        icc.N = 4
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFX,
            OutputConditionIdentifier=pikepdf.String(cond.identifier),
            OutputCondition=pikepdf.String(cond.info),
            RegistryName=pikepdf.String("http://www.color.org"),
            Info=pikepdf.String(cond.info),
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        for page in pdf.pages:
            if _has_transparency(page.obj.get("/Resources")):
                page.obj.Group = pikepdf.Dictionary(
                    Type=pikepdf.Name.Group,
                    S=pikepdf.Name.Transparency,
                    CS=pikepdf.Name.DeviceCMYK,
                )
        _describe(pdf, meta, pdfx=True)
        return _save(pdf)


def _has_transparency(resources: pikepdf.Object | None, depth: int = 0) -> bool:
    """Whether a page (or a form under it) draws an image with a soft mask or uses a graphics
    state with constant alpha below 1, a soft mask or a blend mode."""
    if resources is None or depth > 8:
        return False
    for xo in (resources.get("/XObject") or {}).values():
        if xo.get("/Subtype") == "/Image" and "/SMask" in xo:
            return True
        if xo.get("/Subtype") == "/Form" and _has_transparency(xo.get("/Resources"), depth + 1):
            return True
    for gs in (resources.get("/ExtGState") or {}).values():
        if float(gs.get("/CA", 1)) < 1 or float(gs.get("/ca", 1)) < 1:
            return True
        if str(gs.get("/SMask", "/None")) != "/None" or str(gs.get("/BM", "/Normal")) not in (
            "/Normal",
            "/Compatible",
        ):
            return True
    return False


def finish_screen(pdf_bytes: bytes, meta: DocMeta) -> bytes:
    """Digital and preview PDFs: title shown in the viewer's title bar, language, metadata."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        _describe(pdf, meta, pdfx=False)
        return _save(pdf)


def finish_digital(pdf_bytes: bytes, meta: DocMeta, tagged: Tagged) -> bytes:
    """Screen PDF for e-mail and the web, PDF/UA-1: a tagged structure (reading order = page
    order, then the layout's slot order; headings, paragraphs, figures with alternative text
    and their place on the page; `/Lang` on what is in another language; decoration marked as
    artifacts) and links that are part of the structure, each described by what it opens."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        doc = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem,
                S=pikepdf.Name.Document,
                P=root,
                Lang=pikepdf.String(meta.lang),
            )
        )
        kids: list[object] = []
        nums: dict[int, object] = {}  # a number tree: written in ascending key order
        next_key = len(pdf.pages)  # 0..pages-1: each page's MCIDs; then one per annotation
        for index, page in enumerate(pdf.pages):
            elements = tagged.elements[index] if index < len(tagged.elements) else ()
            links = tagged.page_links[index] if index < len(tagged.page_links) else ()
            by_mcid = [_element(pdf, doc, page, mcid, e) for mcid, e in enumerate(elements)]
            kids += by_mcid
            nums[index] = pikepdf.Array(by_mcid)
            annots = list(page.obj.get("/Annots", pikepdf.Array()))
            for n, annot in enumerate(annots):
                described = links[n] if n < len(links) else None
                link = _link(pdf, doc, page, annot, next_key, described)
                kids.append(link)
                nums[next_key] = link
                next_key += 1
            page.obj.StructParents = index
            page.obj.Tabs = pikepdf.Name.S
        doc.K = pikepdf.Array(kids)
        root.K = pikepdf.Array([doc])
        flat = [v for key in sorted(nums) for v in (key, nums[key])]
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(flat)))
        root.ParentTreeNextKey = next_key
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        _describe(pdf, meta, pdfx=False, pdfua=True)
        return _save(pdf)


def _element(
    pdf: pikepdf.Pdf, doc: pikepdf.Object, page: pikepdf.Page, mcid: int, e: Element
) -> pikepdf.Object:
    elem = pikepdf.Dictionary(
        Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + e.tag), P=doc, Pg=page.obj, K=mcid
    )
    if e.alt:
        elem.Alt = pikepdf.String(e.alt)
    if e.lang:
        elem.Lang = pikepdf.String(e.lang)
    if e.actual:  # right-to-left words in reading order (render.pdf.logical_text)
        elem.ActualText = pikepdf.String(e.actual)
    if e.tag == "Figure":  # ISO 32000-1, 14.8.5.4.3: a figure's bounding box on the page
        elem.A = pikepdf.Dictionary(
            O=pikepdf.Name.Layout, BBox=pikepdf.Array([round(v, 2) for v in e.bbox])
        )
    return pdf.make_indirect(elem)


def _link(
    pdf: pikepdf.Pdf,
    doc: pikepdf.Object,
    page: pikepdf.Page,
    annot: pikepdf.Object,
    key: int,
    described: Link | None,
) -> pikepdf.Object:
    link = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem,
            S=pikepdf.Name.Link,
            P=doc,
            Pg=page.obj,
            K=pikepdf.Array([pikepdf.Dictionary(Type=pikepdf.Name.OBJR, Obj=annot, Pg=page.obj)]),
        )
    )
    annot.StructParent = key
    uri = str(annot.A.get("/URI", "")) if "/A" in annot else ""
    if described is None:  # a link we did not draw: it says where it goes, unless it says
        if "/Contents" not in annot and "/A" in annot:  # something already
            annot.Contents = pikepdf.String(uri)
        return link
    # what the link opens, in words (WCAG 2.4.9): its figure's alternative text and address
    text = described.description
    if uri and uri not in text:
        text = f"{text} ({uri})"
    annot.Contents = pikepdf.String(text)
    link.Alt = pikepdf.String(text)
    if described.lang:
        link.Lang = pikepdf.String(described.lang)
    return link


def add_output_intent(pdf_bytes: bytes, cond: OutputCondition, title: str, lang: str) -> bytes:
    """Print post-processing with a plain title (tests and `check --pdf` samples)."""
    return finish_print(pdf_bytes, cond, DocMeta(title, lang, title, "sample", 2024))
