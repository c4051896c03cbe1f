"""Print files finished as reportlab writes them: what render.postprocess.finish_print adds
with pikepdf (PDF/X-4's OutputIntent with the press profile, the Info dictionary and XMP
packet, /Lang, a page group where a page has transparency, PDF 1.6, subset tags derived from
the subset, a deterministic /ID) is put into reportlab's document before it is formatted, so
a print PDF is written once instead of written, parsed and written again by qpdf.

The same values as finish_print's, read back (tests/render/test_pdfx.py compares the two
files key by key). Differences in form only: no object streams, and streams deflated by zlib at
level 1 as reportlab writes them (`deflate`; the press profile once per process). The /ID
is a digest of the file's bytes (`identified`), as qpdf made it (qpdf's is an MD5, ours
the start of a SHA-256). Finishing an event flyer
this way saves qpdf's open and save and the second walk over its fonts (bench/README.md,
fourteenth session).
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFObject,
    PDFString,
)

from ..cache import digest
from ..recent import Recent
from .metadata import (
    DocMeta,
    Name,
    OutputCondition,
    deflated_profile,
    info_entries,
    intent_entries,
    xmp_packet,
    xmp_properties,
)

PDF_VERSION = (1, 6)  # PDF/X-4 is based on PDF 1.6 (ISO 15930-7)


@dataclass(frozen=True)
class PrintFile:
    """What a print file says about itself: its press condition and its description."""

    cond: OutputCondition
    meta: DocMeta


# zlib's level for the streams of a print file written this way: render.postprocess's
# FLATE_LEVEL, the level qpdf deflated them at before.
FLATE_LEVEL = 1

# Deflated streams of at least DEFLATE_KEEP bytes, by their bytes: a face's font program is
# the same bytes object for every document that uses the same subset (ParsedFace.subsets),
# so a merge's records deflate it once. Content streams, new in every file, pass through
# probation (recent.Recent) without pushing the font programs out.
DEFLATE_KEEP = 4096
_DEFLATED: Recent[bytes, bytes] = Recent(16, probation=4)


def deflate(data: bytes | str) -> bytes:
    """reportlab's Flate filter for print files: zlib at FLATE_LEVEL, kept for large inputs
    that repeat (`_DEFLATED`)."""
    if isinstance(data, str):
        data = data.encode("utf8")
    if len(data) < DEFLATE_KEEP:
        return zlib.compress(data, FLATE_LEVEL)
    found = _DEFLATED.get(data)
    if found is None:
        found = zlib.compress(data, FLATE_LEVEL)
        _DEFLATED.put(data, found)
    return found


class _Stream(PDFObject):  # type: ignore[misc]  # reportlab has no types
    """A stream whose bytes are written as given, with exactly `entries` and its /Length
    (reportlab's PDFStream adds a /Filter array of its own)."""

    __RefOnly__ = 1

    def __init__(self, entries: dict[str, Any], data: bytes) -> None:
        self.entries, self.data = entries, data

    def format(self, document: PDFDocument) -> bytes:
        entries = PDFDictionary({**self.entries, "Length": len(self.data)})
        return bytes(entries.format(document)) + b"\nstream\n" + self.data + b"\nendstream\n"


class _Info(PDFInfo):  # type: ignore[misc]
    """A file's Info dictionary (metadata.info_entries; a print file's with `pdfx`); no empty
    Author or Keywords (reportlab writes them; the XMP has neither)."""

    def __init__(self, meta: DocMeta, pdfx: bool = True) -> None:
        super().__init__()
        self.meta, self.pdfx = meta, pdfx
        self.title, self.subject = meta.title, meta.subject

    def format(self, document: PDFDocument) -> bytes:
        return bytes(_dictionary(info_entries(self.meta, pdfx=self.pdfx)).format(document))


def plain_info(doc: PDFDocument, meta: DocMeta) -> None:
    """Give a PDF that is no print file (a translator's proof sheet) the Info dictionary every
    PDF of ours has: the kit as its Creator and Producer, the campaign's date (DocMeta.date).
    reportlab's own said "anonymous" and 2000-01-01 (its invariant date)."""
    doc.info = _Info(meta, pdfx=False)


def _dictionary(entries: dict[str, str]) -> PDFDictionary:
    """metadata's entries as a reportlab dictionary (a `Name` as a name, else a string)."""
    return PDFDictionary(
        {k: PDFName(v) if isinstance(v, Name) else PDFString(v) for k, v in entries.items()}
    )


def finish(doc: PDFDocument, pf: PrintFile) -> None:
    """Make `doc` (drawn, not yet saved) a finished print file: call it before
    `Canvas.save()`. The canvas is made with `pdfVersion=PDF_VERSION`, and its streams are
    deflated with `deflate` (render.pdf.reportlab_settings)."""
    cond, meta = pf.cond, pf.meta
    doc.info = _Info(meta)
    profile = _Stream(
        {"N": 4, "Filter": PDFName("FlateDecode")}, deflated_profile(cond.icc, digest(cond.icc))
    )
    intent = _dictionary(intent_entries(cond))
    intent["DestOutputProfile"] = doc.Reference(profile)
    catalog = doc.Catalog
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
    catalog.Lang = PDFString(meta.tag)
    packet = xmp_packet(meta, xmp_properties(meta, pdfx=True))
    catalog.Metadata = _Stream({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}, packet)
    for page in doc.Pages.pages:
        if _transparent(doc, page):
            page.__NoDefault__ = [*page.__NoDefault__, "Group"]
            page.Group = PDFDictionary(
                {
                    "Type": PDFName("Group"),
                    "S": PDFName("Transparency"),
                    "CS": PDFName("DeviceCMYK"),
                }
            )
    # the file's identifier (ISO 32000-1, 14.4): a placeholder that `identified` replaces with
    # the digest of the file's bytes once they are written
    doc._ID = ID_PLACEHOLDER
    doc.campaign_subset_tags = True  # render.pdffonts.CachedTTFont.addObjects


ID_PLACEHOLDER = b"\n[<" + b"0" * 32 + b"><" + b"0" * 32 + b">]\n"


def identified(data: bytes) -> bytes:
    """A file written with `finish` with its /ID (ISO 32000-1, 14.4): both halves the first
    16 bytes of the SHA-256 of the file's bytes with the placeholder in place (qpdf's
    deterministic ID is an MD5 made so; SHA-256 takes 71 us for an event flyer's 143 KB
    here, MD5 164), so the identifier changes whenever anything in the file does (the art, a
    font, the dates), and the same bytes get the same one. The trailer is the file's last
    part: the last placeholder is replaced, same length, so no offset moves. Raises
    ValueError when `data` has no placeholder (not written with `finish`)."""
    at = data.rfind(ID_PLACEHOLDER)
    if at < 0:
        raise ValueError("no /ID placeholder in the file's trailer")
    digest = hashlib.sha256(data).digest()[:16].hex().encode()
    ident = b"\n[<" + digest + b"><" + digest + b">]\n"
    return data[:at] + ident + data[at + len(ID_PLACEHOLDER) :]


def _transparent(doc: PDFDocument, page: object) -> bool:
    """Whether a reportlab page draws an image with a soft mask or uses a graphics state with
    constant alpha below 1, a soft mask or a blend mode (postprocess._has_transparency, on
    reportlab's objects)."""
    states = getattr(page, "ExtGState", None)
    for state in states.dict.values() if states is not None else ():
        entries = getattr(state, "dict", state)
        if not isinstance(entries, dict):
            continue
        for key in ("CA", "ca"):
            if float(entries.get(key, 1)) < 1:
                return True
        if str(entries.get("SMask", "/None")).lstrip("/") != "None":
            return True
        if str(entries.get("BM", "/Normal")).lstrip("/") not in ("Normal", "Compatible"):
            return True
    xobjects = getattr(page, "XObjects", None)
    for ref in xobjects.dict.values() if xobjects is not None else ():
        obj = doc.idToObject.get(getattr(ref, "name", None))
        if getattr(obj, "smask", None) is not None or getattr(obj, "_smask", None) is not None:
            return True
    return False
