"""Built print PDFs' pages as form XObjects of a sheet, each copied once, with the piece's own
printer's marks and die line taken out (the sheet draws its own marks, and cuts each piece
with its own contour).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable

import pikepdf

from ..preflight.pdf import separation_names
from ..render.marks import CUT_CONTOUR, REGISTRATION


class Forms:
    """Pages of built PDFs as form XObjects of `out`, each copied once, without their own
    marks (`without_marks`) and die line (`without_die_line`): (form, its TrimBox in pt);
    with `bleed`, a form shows its art out to the BleedBox (else to the TrimBox); with
    `reach` (pt), out to that far past the TrimBox (a digital PDF, which has no BleedBox and
    draws its art past its trim: the badges of a home sheet)."""

    def __init__(self, out: pikepdf.Pdf, bleed: bool, reach: float = 0.0) -> None:
        self.out, self.bleed, self.reach = out, bleed, reach
        self.cache: dict[tuple[bytes, int], tuple[pikepdf.Object, tuple[float, ...]]] = {}
        self.sources: list[pikepdf.Pdf] = []
        self.images: dict[bytes, pikepdf.Object] = {}  # by content: one object each
        self.fonts: dict[bytes, pikepdf.Object] = {}  # by content, with its program

    def get(self, pdf: bytes, page: int) -> tuple[pikepdf.Object, tuple[float, ...]]:
        if (pdf, page) not in self.cache:
            src = pikepdf.open(io.BytesIO(pdf))
            self.sources.append(src)
            source = src.pages[page]
            without_die_line(src, source)
            without_marks(src, source)
            form = source.as_form_xobject()
            if self.bleed:
                form.BBox = source.bleedbox
            if self.reach:  # a digital PDF's art past its trim, which its MediaBox crops
                x0, y0, x1, y1 = (float(v) for v in source.trimbox)
                r = self.reach
                form.BBox = [x0 - r, y0 - r, x1 + r, y1 + r]
            trim = tuple(float(v) for v in source.trimbox)
            copied = self.out.copy_foreign(form)
            self._share_images(copied)
            self._share_fonts(copied)
            self.cache[(pdf, page)] = (copied, trim)
        return self.cache[(pdf, page)]

    def _share_images(self, form: pikepdf.Object) -> None:
        """Point the form's image XObjects at the ones of the same content already copied: the
        slug's glyph masks are the same in every language's badge, and each copy was written
        again (27 KB of a 204 KB sheet of three languages)."""
        self._share(form, "/XObject", self.images, lambda xo: xo.get("/Subtype") == "/Image")

    def _share_fonts(self, form: pikepdf.Object) -> None:
        """Point the form's fonts at the ones of the same content already copied (the font
        dictionary and everything it refers to: its program, widths, ToUnicode map): two
        languages' badges that set their bold words from the same glyphs each brought the
        same subset, and the sheet embedded MBCRRB+NotoSans-Bold twice, byte for byte (a
        print shop's trial; a preflight may flag one subset name embedded twice). Without its
        /Name, the name a PDF 1.0 reader looked it up by (ISO 32000-1, 9.6.2: obsolete),
        which reportlab numbers in each file (/F1+0, /F2+0)."""
        self._share(form, "/Font", self.fonts, unread=frozenset({"/Name"}))

    @staticmethod
    def _share(
        form: pikepdf.Object,
        category: str,
        shared: dict[bytes, pikepdf.Object],
        chosen: Callable[[pikepdf.Object], bool] = lambda _: True,
        unread: frozenset[str] = frozenset(),
    ) -> None:
        """Point each `chosen` resource of `category` of the form at the first of the same
        content (`content_digest`, without its own keys `unread`) in `shared`, by digest. An
        unreferenced copy is left out when the file is saved."""
        resources = form.get("/Resources")
        named = resources.get(category) if resources is not None else None
        if named is None:
            return
        for name in list(named.keys()):
            obj = named[name]
            if not chosen(obj):
                continue
            first = shared.setdefault(content_digest(obj, unread), obj)
            if first.objgen != obj.objgen:
                named[name] = first

    def close(self) -> None:
        for src in self.sources:
            src.close()


def content_digest(obj: pikepdf.Object, unread: frozenset[str] = frozenset()) -> bytes:
    """A digest of `obj` and of every object it refers to, by content (a stream's dictionary
    without its /Length, and its bytes as stored), not by object number, without `obj`'s own
    keys `unread`: two copies of one font from two files have the same digest. A reference
    back to an object on the way is taken by its place in the walk."""
    h = hashlib.sha256()
    on_the_way: dict[tuple[int, int], int] = {}

    def walk(o: object) -> None:
        if not isinstance(o, pikepdf.Object):  # a number or boolean, as pikepdf gives them
            h.update(repr(o).encode() + b" ")
            return
        if o.is_indirect:
            if o.objgen in on_the_way:
                h.update(b"@%d" % on_the_way[o.objgen])
                return
            on_the_way[o.objgen] = len(on_the_way)
        if isinstance(o, pikepdf.Stream | pikepdf.Dictionary):
            h.update(b"<<")
            for k in sorted(o.keys()):
                if (isinstance(o, pikepdf.Stream) and k == "/Length") or (o is obj and k in unread):
                    continue
                h.update(k.encode())
                walk(o[k])
            h.update(b">>")
            if isinstance(o, pikepdf.Stream):
                h.update(hashlib.sha256(o.read_raw_bytes()).digest())
        elif isinstance(o, pikepdf.Array):
            h.update(b"[")
            for item in o:
                walk(item)
            h.update(b"]")
        else:
            h.update(o.unparse())
        h.update(b" ")

    walk(obj)
    return h.digest()


def without_die_line(pdf: pikepdf.Pdf, page: pikepdf.Page) -> bool:
    """Take the piece's own die line (render.marks.draw_cut_contour: a `q ... Q` group that
    strokes in a Separation named CutContour) out of the page's content: the sheet cuts each
    piece with its own contour, and a plotter would cut the piece's line too, on top of or
    beside the sheet's. The colour space goes too, so that no separation preview lists a
    CutContour plate the sheet's art does not use. Returns whether a line was taken out."""
    resources = page.obj.get("/Resources")
    spaces = resources.get("/ColorSpace") if resources is not None else None
    if spaces is None:
        return False
    cut = separation_names(spaces, CUT_CONTOUR)
    if not cut:
        return False
    ops = pikepdf.parse_content_stream(page)
    kept: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage] = []
    opened: list[int] = []  # where each open q is in `kept`
    drop_from: int | None = None
    for ins in ops:
        op = str(ins.operator)
        if op == "q":
            opened.append(len(kept))
        elif op in ("CS", "cs") and str(ins.operands[0]) in cut and opened:
            drop_from = opened[-1]
        elif op == "Q" and opened:
            start = opened.pop()
            if drop_from is not None and start == drop_from:
                del kept[start:]
                drop_from = None
                continue
        kept.append(ins)
    if len(kept) == len(ops):
        return False
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    for name in cut:
        del spaces[name]
    return True


def without_marks(pdf: pikepdf.Pdf, page: pikepdf.Page) -> bool:
    """Take the piece's own printer's marks (render.marks.draw_marks: crop and fold marks,
    registration targets, colour bar, slug, die line) out of the page's content. They are
    drawn after the page's art, beginning with the first use of the registration colour
    (the Separation `All`: every mark but the colour bar, which comes after the crop marks
    and targets), so the content is cut there, its open `q`s closed. The crop marks begin
    on the bleed's edge: a piece clipped there (a sheet draws each piece's art out to its
    bleed, `sheets.cells.bleed_reach`) kept a row of device pixels of each mark at every
    corner, on every plate the registration colour paints (a print shop's trial); and it was
    clipped 0.05 mm inside its bleed for that, which left 0.1 mm of bare paper between two
    pieces' bleeds (another). The resources only the marks used (the slug's masks, the
    registration colour) go too. Returns whether marks were taken out."""
    resources = page.obj.get("/Resources")
    spaces = resources.get("/ColorSpace") if resources is not None else None
    names = separation_names(spaces, REGISTRATION)
    if not names:
        return False
    ops = pikepdf.parse_content_stream(page)
    depth = 0
    for n, ins in enumerate(ops):
        op = str(ins.operator)
        if op in ("CS", "cs") and str(ins.operands[0]) in names:
            close = [pikepdf.ContentStreamInstruction([], pikepdf.Operator("Q"))] * depth
            kept = [*ops[:n], *close]
            page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
            _drop_unused(page, kept, names)
            return True
        depth += 1 if op == "q" else -1 if op == "Q" and depth else 0
    return False


def _drop_unused(
    page: pikepdf.Page,
    kept: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage],
    spaces: set[str],
) -> None:
    """Take out of the page's resources the form and image XObjects `kept` (its content) no
    longer draws, and the colour spaces `spaces` (the registration colour's names), so that
    the sheet does not carry what it never shows."""
    resources = page.obj.Resources
    drawn = {
        str(ins.operands[0])
        for ins in kept
        if isinstance(ins, pikepdf.ContentStreamInstruction) and str(ins.operator) == "Do"
    }
    xobjects = resources.get("/XObject")
    unused = {"/XObject": [n for n in xobjects.keys() if n not in drawn] if xobjects else []}
    unused["/ColorSpace"] = sorted(spaces)
    for key, names in unused.items():
        named = resources.get(key)
        if named is None:
            continue
        for name in names:
            del named[name]
        if not named.keys():
            del resources[key]
