"""PDF/X-4 file structure (ISO 15930-7:2010) that a print shop's preflight checks and our
drawing could get wrong: a page has a TrimBox or an ArtBox, not both (6.1.3 lets a page have
one); the Info dictionary and the XMP metadata agree on every key they share (6.2.2, with the
mapping of ISO 16684-1 / XMP Part 1); and each font subset has its own tag (ISO 32000-1,
9.6.4: "different subsets in the same PDF file shall have different tags")."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

import pikepdf
from lxml import etree

from .pdf import page_resources
from .report import Report

FONT_FILES = ("/FontFile2", "/FontFile3", "/FontFile")
# Info key -> the XMP property that must hold the same value (ISO 32000-1, 14.3.3, table 317)
SHARED = {
    "/Title": "dc:title",
    "/Creator": "xmp:CreatorTool",
    "/Producer": "pdf:Producer",
    "/Keywords": "pdf:Keywords",
    "/Trapped": "pdf:Trapped",
    "/GTS_PDFXVersion": "pdfxid:GTS_PDFXVersion",
    "/CreationDate": "xmp:CreateDate",
    "/ModDate": "xmp:ModifyDate",
}


def check_pdfx(pdf: pikepdf.Pdf, rep: Report) -> None:
    for n, page in enumerate(pdf.pages, 1):
        if "/TrimBox" in page.obj and "/ArtBox" in page.obj:
            rep.failures.append(f"page {n}: both a TrimBox and an ArtBox (PDF/X-4 allows one)")
    _info_matches_xmp(pdf, rep)
    _subset_tags(pdf, rep)
    _output_profiles(pdf, rep)


def _output_profiles(pdf: pikepdf.Pdf, rep: Report) -> None:
    """Each PDF/X OutputIntent embeds its press condition's ICC profile (ISO 15930-7, 6.2.4:
    PDF/X-4 without the 'p' of an external profile), and the profile is one: an ICC header
    ('acsp' at byte 36, ICC.1:2010, 7.2) of a CMYK colour space (bytes 16 to 19). An intent
    whose profile was removed or overwritten passed `check --pdf`."""
    intents: Iterable[Any] = pdf.Root.OutputIntents if "/OutputIntents" in pdf.Root else ()
    for n, intent in enumerate(intents, 1):
        if not isinstance(intent, pikepdf.Dictionary) or intent.get("/S") != "/GTS_PDFX":
            continue
        name = str(intent.get("/OutputConditionIdentifier", f"OutputIntent {n}"))
        if "/DestOutputProfile" not in intent:
            rep.failures.append(f"the OutputIntent {name} embeds no ICC profile (PDF/X-4 needs it)")
            continue
        head = _profile_head(intent.DestOutputProfile)
        if head is None or len(head) < 128 or head[36:40] != b"acsp":
            rep.failures.append(f"the OutputIntent {name}'s profile is not an ICC profile")
        elif head[16:20] != b"CMYK":
            space = head[16:20].decode("latin-1").strip()
            rep.failures.append(f"the OutputIntent {name}'s profile is {space}, not CMYK")


def _profile_head(stream: pikepdf.Object) -> bytes | None:
    """The first 128 bytes of an ICC profile stream (its header), None when it cannot be
    read. A deflated stream is inflated only that far: the profile is 0.5 to 2 MB, and every
    print file of a build is checked."""
    import zlib

    if not isinstance(stream, pikepdf.Stream):
        return None
    try:
        if stream.get("/Filter") == "/FlateDecode" and "/DecodeParms" not in stream:
            return zlib.decompressobj().decompress(stream.read_raw_bytes(), 128)
        return bytes(stream.read_bytes()[:128])
    except (pikepdf.PdfError, zlib.error):
        return None


# A PDF date in full, as the kit writes it (D:YYYYMMDDHHmmSSZ, or an offset +HH'mm'; ISO
# 32000-1, 7.9.4), once its apostrophes are dropped and Z is +0000
_FULL_DATE = re.compile(r"[0-9]{14}[+-][0-9]{2}[0-5][0-9]")


def _date(value: str) -> datetime | None:
    """A PDF date (D:YYYYMMDDHHmmSSZ) or an XMP date (ISO 8601) as a datetime, None when it
    is neither."""
    text = value.strip()
    try:
        if not text.startswith("D:"):
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        core = text[2:].replace("'", "").replace("Z", "+0000")
        if _FULL_DATE.fullmatch(core):
            # read by position: strptime took 20 to 40 us a date (two a file), and reads
            # these 19 characters as the same fields, with the same range checks
            minutes = int(core[15:17]) * 60 + int(core[17:19])
            offset = timedelta(minutes=-minutes if core[14] == "-" else minutes)
            year, month, day = int(core[0:4]), int(core[4:6]), int(core[6:8])
            hour, minute, second = int(core[8:10]), int(core[10:12]), int(core[12:14])
            return datetime(year, month, day, hour, minute, second, tzinfo=timezone(offset))
        return datetime.strptime(core, "%Y%m%d%H%M%S%z")
    except ValueError:
        return None


# the namespaces of SHARED's prefixes (XMP Part 1 and 2; ISO 15930-7 for pdfxid)
NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
}
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# XMP is read, never fetched or expanded: no network, no entities (a billion laughs)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)


def xmp_values(pdf: pikepdf.Pdf, names: tuple[str, ...]) -> dict[str, str]:
    """The value of each property of `names` (prefixed, with NAMESPACES' prefixes) that the
    file's XMP packet holds, as XMP Part 1 writes them (7.9.2.2 and 7.5): an attribute of a
    top-level rdf:Description, or its element's text; of a language alternative (rdf:Alt),
    the x-default item, else the first; of an array (rdf:Bag, rdf:Seq), its items joined by
    "; ". A property present without a value is ''. A name whose prefix the packet never
    declares (`pdf:Producer` without `xmlns:pdf`) is read under its prefix, as pikepdf
    repairs it. No packet, or one that is not XML, holds none.

    For a well-formed packet these are the values pikepdf's reader (PdfMetadata) gives,
    which took 1.1 ms a file, most of it finding rdf:RDF again for each property; an array
    and an empty x-default item are written differently (pikepdf: the Python list and
    'None'), and a comparison with Info fails either way."""
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return {}
    try:
        root = etree.fromstring(stream.read_bytes(), _PARSER)
    except (pikepdf.PdfError, etree.XMLSyntaxError):
        return {}
    if root is None:
        return {}
    rdf = root if root.tag == f"{RDF}RDF" else root.find(f".//{RDF}RDF")
    if rdf is None:
        return {}
    wanted = {}
    for name in names:
        prefix, local = name.split(":")
        wanted[name] = (f"{{{NAMESPACES[prefix]}}}{local}", name)  # declared; as written
    found: dict[str, str] = {}
    for desc in rdf.findall(f"{RDF}Description"):
        # its first element of each name, found in one pass: looking through its elements
        # again for each property took 34 of xmp_values' 55 us an event flyer
        elements: dict[object, etree._Element] = {}
        for node in desc:
            elements.setdefault(node.tag, node)
        attributes = desc.attrib
        for name, spellings in wanted.items():
            if name in found:
                continue
            for qname in spellings:
                if qname in attributes:
                    found[name] = str(attributes[qname])
                    break
                if qname in elements:
                    found[name] = _value(elements[qname])
                    break
    return found


def _value(node: etree._Element) -> str:
    if node.text and node.text.strip():
        return str(node.text)
    alt = node.find(f"{RDF}Alt")
    if alt is not None:
        items = alt.findall(f"{RDF}li")
        default = next((i for i in items if i.get(XML_LANG) == "x-default"), None)
        item = default if default is not None else (items[0] if items else None)
        return item.text or "" if item is not None else ""
    for array in ("Bag", "Seq"):
        found = node.find(f"{RDF}{array}")
        if found is not None:
            return "; ".join(item.text or "" for item in found.findall(f"{RDF}li"))
    return ""


def _info_matches_xmp(pdf: pikepdf.Pdf, rep: Report) -> None:
    """Each Info key of SHARED as its XMP property says it; a file with no XMP packet at all
    (a proof sheet, or any PDF not made for print) is one failure, not one per key."""
    info = pdf.docinfo
    if "/Metadata" not in pdf.Root:
        if any(key in info for key in SHARED):
            rep.failures.append(
                "no XMP metadata: PDF/X-4 repeats the Info dictionary (title, tool, dates) in "
                "XMP (ISO 15930-7, 6.2.2); the file was not made as a PDF/X print file"
            )
        return
    xmp = xmp_values(pdf, tuple(SHARED.values()))
    for key, prop in SHARED.items():
        in_info = str(info[key]) if key in info else None
        in_xmp = xmp.get(prop)
        if key == "/Trapped" and in_info is not None:
            in_info = in_info.lstrip("/")
        if in_info is None and in_xmp is None:
            continue
        same = in_info == in_xmp
        if not same and in_info and in_xmp and key.endswith("Date"):
            same = _date(in_info) == _date(in_xmp) is not None
        if not same:
            rep.failures.append(
                f"Info {key[1:]} is {in_info!r} but XMP {prop} is {in_xmp!r} "
                "(PDF/X-4 wants them equal)"
            )


def _subset_tags(pdf: pikepdf.Pdf, rep: Report) -> None:
    programs: dict[str, set[bytes]] = {}  # tagged name -> digests of the programs it names
    for page in pdf.pages:
        for res in page_resources(page.obj):
            for font in (res.get("/Font") or {}).values():
                for f in [font, *font.get("/DescendantFonts", pikepdf.Array())]:
                    base = str(f.get("/BaseFont", ""))
                    desc = f.get("/FontDescriptor")
                    if len(base) < 8 or base[7] != "+" or desc is None:
                        continue
                    key = next((k for k in FONT_FILES if k in desc), None)
                    if key is not None:
                        data = desc[key].read_raw_bytes()
                        programs.setdefault(base, set()).add(hashlib.sha256(data).digest())
    for base, found in sorted(programs.items()):
        if len(found) > 1:
            rep.failures.append(
                f"{len(found)} font subsets share the tag {base[1:7]} ({base[8:]}): each subset "
                "needs its own"
            )
