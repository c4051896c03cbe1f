"""Filled forms: form XObjects of paths filled in the current fill colour (an imposed sheet's
slug as glyph outlines, a QR code's modules), whose bytes depend on nothing but their content.

Such a form names no resource and sets no colour, so it has no /Resources (ISO 32000-1, 7.8.3:
a form lists the resources it uses) and every reader of a file's resources (preflight,
finishing) passes it by; it is clipped to its /BBox, which the caller makes to hold every
point of its paths. Its object is deflated once per process for each content (zlib's default
level) and written with /Filter /FlateDecode, a name: qpdf passes such a stream through on
save (render.postprocess), where it decodes and deflates again every stream that reportlab
writes with a filter array. So the forms that repeat from file to file (a merge's QR codes)
are neither deflated again nor, in preflight, parsed again
(preflight.pdf keeps forms parsed by their bytes).
"""

from __future__ import annotations

import hashlib
import math
import zlib
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFStream,
)

from ..recent import Recent

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = ["CachedStream", "FilledForm", "content_name", "draw_form", "filled_form"]


def content_name(prefix: str, *parts: bytes) -> str:
    """An XObject's name in a document from its content (`prefix.` and 16 hex digits of a
    SHA-256 of `parts`): the same content has the same name in every file."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return f"{prefix}.{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class FilledForm:
    """A form's content stream (paths and fills, no colour, no resources) and its /BBox in
    the form's space, pt: left, bottom, right, top (written to 0.001 pt, outward)."""

    content: bytes
    box: tuple[float, float, float, float]

    @cached_property
    def name(self) -> str:
        """Its name in a document: a digest of its content and box (the same form has the
        same name in every file)."""
        return content_name("Filled", self.content, repr(self.box).encode())

    @property
    def written_box(self) -> list[float]:
        """The /BBox as written: outward to 0.001 pt, so that the clip holds every point."""
        left, bottom, right, top = self.box
        return [
            math.floor(left * 1000) / 1000,
            math.floor(bottom * 1000) / 1000,
            math.ceil(right * 1000) / 1000,
            math.ceil(top * 1000) / 1000,
        ]


class CachedStream(PDFObject):  # type: ignore[misc]  # reportlab has no types
    """A stream object of a reportlab document whose bytes depend on its content alone (no
    reference to another object): formatted once per process and kept in `cache` by `key`
    (an encrypted document's are formatted each time: their bytes depend on the object's
    number). Subclasses give `_stream`."""

    __RefOnly__ = 1  # a stream: always an object of its own
    cache: Recent[Hashable, bytes]

    def __init__(self, key: Hashable) -> None:
        self.key = key

    def _stream(self) -> PDFStream:
        raise NotImplementedError

    def format(self, document: PDFDocument) -> bytes:
        if not isinstance(document.encrypt, NoEncryption):
            return bytes(self._stream().format(document))
        found = self.cache.get(self.key)
        if found is None:
            found = bytes(self._stream().format(document))
            self.cache.put(self.key, found)
        return found


class _FormObject(CachedStream):
    """A FilledForm as an object of a reportlab document."""

    # A form -> its object's bytes, for the most recently used; a new form on probation until
    # it is used again (QR codes repeat from record to record; a record's own link is new)
    cache: Recent[Hashable, bytes] = Recent(32, probation=16)

    def __init__(self, form: FilledForm) -> None:
        super().__init__(form)
        self.form = form

    def _stream(self) -> PDFStream:
        entries = {
            "Type": PDFName("XObject"),
            "Subtype": PDFName("Form"),
            "BBox": PDFArray(self.form.written_box),
            "Filter": PDFName("FlateDecode"),  # a name, not reportlab's array: see above
        }
        return PDFStream(PDFDictionary(entries), zlib.compress(self.form.content))


def filled_form(doc: PDFDocument, form: FilledForm) -> str:
    """The name of `form` in a reportlab document (`FilledForm.name`), for `Canvas.doForm`:
    the form is added at its first use and shared by every page."""
    if not doc.hasForm(form.name):
        doc.addForm(form.name, _FormObject(form))
    return form.name


def draw_form(canvas: Canvas, form: FilledForm, x: float, y: float) -> None:
    """Place `form` in a reportlab canvas with its origin at (x, y) pt (`q 1 0 0 1 x y cm /Name
    Do Q`), filled in the current fill colour: added to the document at its first use."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(filled_form(canvas._doc, form))
    canvas.restoreState()
