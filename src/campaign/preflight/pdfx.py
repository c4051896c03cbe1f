"""PDF/X-4 file structure (ISO 15930-7:2010) that a print shop's preflight checks and our
drawing could get wrong: a page has a TrimBox or an ArtBox, not both (6.1.3 lets a page have
one); the Info dictionary and the XMP metadata agree on every key they share (6.2.2, with the
mapping of ISO 16684-1 / XMP Part 1); and each font subset has its own tag (ISO 32000-1,
9.6.4: "different subsets in the same PDF file shall have different tags")."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pikepdf

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


def _date(value: str) -> datetime | None:
    """A PDF date (D:YYYYMMDDHHmmSSZ) or an XMP date (ISO 8601) as a datetime."""
    text = value.strip()
    try:
        if text.startswith("D:"):
            core = text[2:].replace("'", "").replace("Z", "+0000")
            return datetime.strptime(core, "%Y%m%d%H%M%S%z")
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _info_matches_xmp(pdf: pikepdf.Pdf, rep: Report) -> None:
    info = pdf.docinfo
    xmp = pdf.open_metadata()
    for key, prop in SHARED.items():
        in_info = str(info[key]) if key in info else None
        in_xmp = str(xmp.get(prop)) if prop in xmp else None
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
