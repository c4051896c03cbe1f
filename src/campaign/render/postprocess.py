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
import re
from dataclasses import replace
from typing import Any, Literal

import pikepdf

from ..cache import digest
from ..text.bidi import without_controls
from ..text.scripts import language_tag
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
from .pdf import Element, Link, Span, Tagged
from .tounicode import astral_to_unicode, subset_tag


def _describe(pdf: pikepdf.Pdf, meta: DocMeta, pdfx: bool, pdfua: bool = False) -> None:
    info = pdf.docinfo
    for key, value in info_entries(meta, pdfx).items():
        info[pikepdf.Name("/" + key)] = _value(value)
    for empty in ("/Author", "/Keywords"):  # reportlab writes them empty; the XMP has neither
        if empty in info:
            del info[empty]
    if not pdfx and "/Trapped" in info:  # reportlab's /False: a file not for a press claims
        del info["/Trapped"]  # nothing of trapping (its XMP has no pdf:Trapped to match)
    pdf.Root.Lang = pikepdf.String(meta.tag)
    stream = pikepdf.Stream(pdf, xmp_packet(meta, xmp_properties(meta, pdfx, pdfua)))
    stream[pikepdf.Name.Type] = pikepdf.Name.Metadata
    stream[pikepdf.Name.Subtype] = pikepdf.Name.XML
    pdf.Root.Metadata = stream


def _value(value: str) -> pikepdf.Object:
    """metadata's entry as a pikepdf object (a `Name` as a name, else a string)."""
    return pikepdf.Name("/" + value) if isinstance(value, Name) else pikepdf.String(value)


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
        name = pikepdf.Name("/" + subset_tag(base[1:], program.read_bytes() if program else b""))
        font.BaseFont = name
        if desc is not None and "/FontName" in desc:
            desc.FontName = name


def _astral_to_unicode(pdf: pikepdf.Pdf) -> None:
    """Every ToUnicode map of the file through glyphs.astral_to_unicode (surrogate pairs for
    characters beyond U+FFFF)."""
    for font in _fonts(pdf):
        cmap = font.get("/ToUnicode")
        if not isinstance(cmap, pikepdf.Stream):
            continue
        data = cmap.read_bytes()
        fixed = astral_to_unicode(data.decode("latin-1")).encode("latin-1")
        if fixed != data:
            cmap.write(fixed)


# zlib's level for the streams qpdf deflates on save (reportlab's, written stored: see
# render.pdf.stored). Level 1 took 4.5 ms to finish an average page of the 18 reference pages
# where the default (6) took 5.8 ms, for files 0.9 % larger (146.1 KB against 144.8 KB, most
# of it the press profile, deflated once at level 6 by deflated_profile). Measured 2026-12-01.
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


def finish_print(pdf_bytes: bytes, cond: OutputCondition, meta: DocMeta) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pikepdf.Stream(pdf, b"")
        icc.write(deflated_profile(cond.icc, digest(cond.icc)), filter=pikepdf.Name.FlateDecode)
        icc.N = 4
        intent = pikepdf.Dictionary(
            {"/" + k: _value(v) for k, v in intent_entries(cond).items()}
            | {"/DestOutputProfile": icc}
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
        prefs = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()  # a sheet's kept
        prefs.DisplayDocTitle = True
        pdf.Root.ViewerPreferences = prefs
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
                Lang=pikepdf.String(meta.tag),
            )
        )
        kids: list[object] = []
        nums: dict[int, object] = {}  # a number tree: written in ascending key order
        next_key = len(pdf.pages)  # 0..pages-1: each page's MCIDs; then one per annotation
        for index, page in enumerate(pdf.pages):
            elements = tagged.elements[index] if index < len(tagged.elements) else ()
            links = tagged.page_links[index] if index < len(tagged.page_links) else ()
            holders: dict[int, pikepdf.Object] = {}  # each MCID's element
            by_index = [_element(pdf, doc, page, i, e, holders) for i, e in enumerate(elements)]
            tree = _PageTree(pdf, doc, page, by_index, holders)
            annots = list(page.obj.get("/Annots", pikepdf.Array()))
            alone = []
            for n, annot in enumerate(annots):
                described = links[n] if n < len(links) else None
                owner = described.element if described is not None else None
                if described is not None and owner is not None and owner < len(by_index):
                    link = tree.nest(annot, next_key, described, owner)
                else:
                    link = _link(pdf, doc, page, annot, next_key, described)
                    alone.append(link)
                nums[next_key] = link
                next_key += 1
            kids += tree.top + alone
            assert sorted(tree.holders) == list(range(len(tree.holders))), "MCIDs with gaps"
            nums[index] = pikepdf.Array([tree.holders[m] for m in range(len(tree.holders))])
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
    pdf: pikepdf.Pdf,
    doc: pikepdf.Object,
    page: pikepdf.Page,
    mcid: int,
    e: Element,
    holders: dict[int, pikepdf.Object],
) -> pikepdf.Object:
    """The structure element of `e`, whose first MCID is `mcid`, with its Spans; `holders`
    gets the element that holds each of its MCIDs (the page's ParentTree entry). An element
    with an `inner` one (a figure that is its document's H1) holds it, which holds the rest."""
    elem = pikepdf.Dictionary(
        Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + e.tag), P=doc, Pg=page.obj, K=mcid
    )
    if e.inner:
        made = pdf.make_indirect(elem)
        inside = replace(e, tag=e.inner, inner=None)
        made.K = pikepdf.Array([_element(pdf, made, page, mcid, inside, holders)])
        return made
    if e.alt:
        elem.Alt = pikepdf.String(e.alt)
    if e.lang:
        elem.Lang = pikepdf.String(language_tag(e.lang))
    if e.actual:  # right-to-left words in reading order (render.pdf.logical_text)
        elem.ActualText = pikepdf.String(without_controls(e.actual))
    if e.tag == "Figure":  # ISO 32000-1, 14.8.5.4.3: a figure's bounding box on the page
        elem.A = pikepdf.Dictionary(
            O=pikepdf.Name.Layout, BBox=pikepdf.Array([round(v, 2) for v in e.bbox])
        )
    made = pdf.make_indirect(elem)
    holders[mcid] = made
    if e.kids:
        made.K = pikepdf.Array([_kid(pdf, made, page, kid, holders) for kid in e.kids])
    return made


def _kid(
    pdf: pikepdf.Pdf,
    parent: pikepdf.Object,
    page: pikepdf.Page,
    kid: int | Span,
    holders: dict[int, pikepdf.Object],
) -> object:
    """One of an element's kids (`Element.kids`): an MCID, or a Span element with its
    /Lang (ISO 32000-1, 14.9.2: words in another language; PDF/UA-1, 7.2) and ActualText."""
    if isinstance(kid, int):
        holders[kid] = parent
        return kid
    span = pikepdf.Dictionary(
        Type=pikepdf.Name.StructElem, S=pikepdf.Name.Span, P=parent, Pg=page.obj
    )
    span.K = kid.mcids[0] if len(kid.mcids) == 1 else pikepdf.Array(list(kid.mcids))
    if kid.lang:
        span.Lang = pikepdf.String(language_tag(kid.lang))
    if kid.actual:
        span.ActualText = pikepdf.String(without_controls(kid.actual))
    made = pdf.make_indirect(span)
    for mcid in kid.mcids:
        holders[mcid] = made
    return made


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
    text = _with_address(described.description, uri)
    annot.Contents = pikepdf.String(text)
    link.Alt = pikepdf.String(text)
    if described.lang:
        link.Lang = pikepdf.String(language_tag(described.lang))
    return link


class _PageTree:
    """One page's elements as the Document holds them, with their links nested in reading
    order (ISO 32000-1, 14.8.4.4.2: a Link element holds the content it lies over and the
    annotation's object reference; PDF/UA-1, 7.18.5). A QR code: Link(Figure, OBJR), the
    figure's alternative text its words, once. A paragraph that is one address (an office's
    helpline): P(Link(MCID, OBJR)). An address inside a sentence: P(MCID, Link(OBJR)), the
    link right after the words it lies over. The trial's files had every Link at the end of
    the page, holding its annotation alone, after the QR code's figure: a screen reader read
    the code's words three times and the helpline as "tel:+1-555-0100", away from its text."""

    def __init__(
        self,
        pdf: pikepdf.Pdf,
        doc: pikepdf.Object,
        page: pikepdf.Page,
        elements: list[Any],
        holders: dict[int, Any],
    ) -> None:
        self.pdf, self.doc, self.page = pdf, doc, page
        self.top = list(elements)  # the Document's kids: a QR code's Figure becomes its Link
        self.holders = holders  # by MCID, the element that holds it (ParentTree)
        self.elements = elements
        self.held: dict[int, pikepdf.Object] = {}  # owner: the Link holding its whole content

    def nest(self, annot: pikepdf.Object, key: int, described: Link, owner: int) -> Any:
        """The Link element of `annot` (its StructParent `key`), nested where it belongs."""
        objr = pikepdf.Dictionary(Type=pikepdf.Name.OBJR, Obj=annot, Pg=self.page.obj)
        annot.StructParent = key
        annot.Contents = pikepdf.String(_contents(annot, described))
        element = self.elements[owner]
        if described.whole and owner in self.held:  # an address broken over two lines
            link = self.held[owner]
            link.K.append(objr)
            return link
        if described.whole and element.S == pikepdf.Name.Figure:
            link = self._link(self.doc, [element, objr], described)
            element.P = link
            self.top[owner] = link
        elif described.whole:  # the Link holds what the element held
            held = list(element.K) if isinstance(element.K, pikepdf.Array) else [element.K]
            link = self._link(element, [*held, objr], described)
            element.K = pikepdf.Array([link])
            for kid in held:
                if isinstance(kid, int):
                    self.holders[kid] = link
                else:
                    kid.P = link
        else:  # over words of a sentence: after them, in the paragraph
            link = self._link(element, [objr], described)
            link.Alt = annot.Contents  # it holds no words: it says what it opens
            if described.words_lang:  # a Latin address in an Arabic sentence: read as such
                link.Lang = pikepdf.String(language_tag(described.words_lang))
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            element.K = pikepdf.Array([*kids, link])
            return link
        self.held[owner] = link
        return link

    def _link(self, parent: pikepdf.Object, kids: list[Any], described: Link) -> Any:
        link = self.pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem,
                S=pikepdf.Name.Link,
                P=parent,
                Pg=self.page.obj,
                K=pikepdf.Array(kids),
            )
        )
        if described.lang and not described.words:  # a figure's text in another language
            link.Lang = pikepdf.String(language_tag(described.lang))
        elif described.words and described.words_lang:  # what its Contents say: the words
            link.Lang = pikepdf.String(language_tag(described.words_lang))  # of a label
        return link


def _contents(annot: pikepdf.Object, described: Link) -> str:
    """What a link annotation says it opens (PDF/UA-1, 7.18.1; WCAG 2.4.9): the printed
    words it lies over (the helpline as printed, not its tel: URI), or its figure's
    alternative text with the address it opens, unless that text names it already
    (`_with_address`)."""
    if described.words:
        return described.description
    uri = str(annot.A.get("/URI", "")) if "/A" in annot else ""
    return _with_address(described.description, uri)


def _with_address(text: str, uri: str) -> str:
    """`text` and " (`uri`)" after it, unless `text` names the address already, as written or
    as printed (`printed_url`: www.unodc.org/blueheart for https://www.unodc.org/blueheart/):
    a QR code's annotation said "...: www.unodc.org/blueheart
    (https://www.unodc.org/blueheart/)", the address twice (a user's trial)."""
    from ..layout.items.text import printed_url

    if not uri or uri in text or printed_url(uri) in text:
        return text
    return f"{text} ({uri})"


def add_output_intent(pdf_bytes: bytes, cond: OutputCondition, title: str, lang: str) -> bytes:
    """Print post-processing with a plain title (tests and `check --pdf` samples)."""
    return finish_print(pdf_bytes, cond, DocMeta(title, lang, title, "sample", 2024))
