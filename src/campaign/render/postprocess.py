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

import io
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pikepdf

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

    @property
    def date(self) -> datetime:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch and epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), UTC)
        return datetime(self.year, 7, 30, tzinfo=UTC)  # the World Day of the campaign year

    @property
    def document_id(self) -> str:
        return f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'blueheart-kit:' + self.input_hash)}"


def _pdf_date(d: datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%SZ")


def _describe(pdf: pikepdf.Pdf, meta: DocMeta, pdfx: bool) -> None:
    date = meta.date
    info = pdf.docinfo
    info[pikepdf.Name.Title] = pikepdf.String(meta.title)
    info[pikepdf.Name.Subject] = pikepdf.String(meta.subject)
    info[pikepdf.Name.Creator] = pikepdf.String(PRODUCER)
    info[pikepdf.Name.Producer] = pikepdf.String(PRODUCER)
    info[pikepdf.Name.CreationDate] = pikepdf.String(_pdf_date(date))
    info[pikepdf.Name.ModDate] = pikepdf.String(_pdf_date(date))
    if "/Author" in info:
        del info["/Author"]
    pdf.Root.Lang = pikepdf.String(meta.lang)
    if pdfx:
        info[pikepdf.Name.Trapped] = pikepdf.Name("/False")
        info[pikepdf.Name.GTS_PDFXVersion] = pikepdf.String("PDF/X-4")
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = meta.title
        xmp["dc:description"] = meta.subject
        xmp["dc:language"] = [meta.lang]
        xmp["xmp:CreatorTool"] = PRODUCER
        xmp["pdf:Producer"] = PRODUCER
        stamp = date.isoformat().replace("+00:00", "Z")
        xmp["xmp:CreateDate"] = stamp
        xmp["xmp:ModifyDate"] = stamp
        xmp["xmp:MetadataDate"] = stamp
        xmp["xmpMM:DocumentID"] = meta.document_id
        xmp["xmpMM:InstanceID"] = meta.document_id
        xmp["xmpMM:VersionID"] = "1"
        xmp["xmpMM:RenditionClass"] = "default"
        if pdfx:
            xmp["pdf:Trapped"] = "False"
            xmp["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"


def _save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(
        out,
        min_version="1.6",
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
    )
    return out.getvalue()


def finish_print(pdf_bytes: bytes, cond: OutputCondition, meta: DocMeta) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pdf.make_stream(cond.icc.read_bytes())
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


def finish_digital(
    pdf_bytes: bytes, meta: DocMeta, elements: tuple[tuple[tuple[str, str | None], ...], ...]
) -> bytes:
    """Screen PDF for e-mail and the web: a tagged structure (reading order = page order, then
    the layout's slot order; figures with alternative text; decoration marked as artifacts)
    and links that are part of the structure. `elements` holds, per page, (tag, alt) per MCID."""
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
            page_elements = elements[index] if index < len(elements) else ()
            by_mcid = [
                _element(pdf, doc, page, mcid, tag, alt)
                for mcid, (tag, alt) in enumerate(page_elements)
            ]
            kids += by_mcid
            nums[index] = pikepdf.Array(by_mcid)
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                link = _link(pdf, doc, page, annot, next_key)
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
        _describe(pdf, meta, pdfx=False)
        return _save(pdf)


def _element(
    pdf: pikepdf.Pdf, doc: pikepdf.Object, page: pikepdf.Page, mcid: int, tag: str, alt: str | None
) -> pikepdf.Object:
    elem = pikepdf.Dictionary(
        Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + tag), P=doc, Pg=page.obj, K=mcid
    )
    if alt:
        elem.Alt = pikepdf.String(alt)
    return pdf.make_indirect(elem)


def _link(
    pdf: pikepdf.Pdf, doc: pikepdf.Object, page: pikepdf.Page, annot: pikepdf.Object, key: int
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
    if "/Contents" not in annot and "/A" in annot:
        annot.Contents = pikepdf.String(str(annot.A.get("/URI", "")))
    return link


def add_output_intent(pdf_bytes: bytes, cond: OutputCondition, title: str, lang: str) -> bytes:
    """Print post-processing with a plain title (tests and `check --pdf` samples)."""
    return finish_print(pdf_bytes, cond, DocMeta(title, lang, title, "sample", 2024))
