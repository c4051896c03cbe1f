"""Our own preflight of a finished PDF (independent of the layout that made it): boxes and bleed,
bleed really filled by art, fonts embedded, colour spaces, total ink of vector colours,
OutputIntent. Every build runs it; `check --pdf FILE` runs it on any file."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from .report import Expect, Report

if TYPE_CHECKING:
    import pikepdf

__all__ = ["Expect", "Report", "preflight"]

# qpdf's check (`qpdf --check`): "page object 3 0 stream 11 0 (content, offset 30): EOF ..."
CONTENT_PROBLEM = re.compile(
    r"page object (\d+) (\d+) stream \d+ \d+ \(content, offset (\d+)\): (.*)"
)


IN_MEMORY = re.compile(r"stream <_io\.BytesIO object at 0x[0-9a-fA-F]+>:? ")


def _reason(exc: Exception) -> str:
    """qpdf's message without the in-memory stream's name it starts with."""
    return IN_MEMORY.sub("", str(exc))


def _syntax(pdf: pikepdf.Pdf, rep: Report) -> None:
    """qpdf's structural check of the whole file: a page content stream that cannot be
    parsed draws nothing (or half a page) and fails; other findings are warnings."""
    pages = {page.obj.objgen: n for n, page in enumerate(pdf.pages, 1)}
    for problem in pdf.check_pdf_syntax():
        text = IN_MEMORY.sub("", re.sub(r"^(WARNING|ERROR): ", "", problem))
        found = CONTENT_PROBLEM.search(text)
        if found:
            n = pages.get((int(found[1]), int(found[2])), "?")
            rep.failures.append(
                f"page {n}: the content stream cannot be parsed ({found[4]} at byte {found[3]})"
            )
        else:
            rep.warnings.append(f"file structure: {text}")


def _damaged(n: int, exc: Exception) -> str:
    """The failure of page `n` whose content stream a check could not read (`exc`)."""
    return (
        f"page {n}: the content stream gives {exc}: it is damaged and does not draw what it should"
    )


def load_checks() -> None:
    """Import the checks and what their first use imports (datetime.strptime's module). A
    build calls it before it starts its worker processes, which then share these modules
    instead of each importing them on its first PDF (about 30 ms a worker)."""
    import importlib

    importlib.import_module("_strptime")

    from . import bleed, boxes, colour, fonts, image_ink, images, pdf, pdfx, tagging, text  # noqa: F401


def preflight(data: bytes, expect: Expect) -> Report:
    """Every check of one PDF's bytes. A file that cannot be opened, is encrypted with a
    password or has no pages is one failure, and nothing else is checked."""
    # imported here: `kinds` and the model read Expect, and the command line imports them;
    # pikepdf, PDFium and the checks load only when a file is checked
    import pikepdf

    from .bleed import check_bleed_fill
    from .boxes import check_boxes
    from .colour import check_colours, piece_ink
    from .fonts import check_fonts, check_missing_glyphs
    from .image_ink import check_image_ink
    from .images import check_images
    from .pdf import DamagedContentError, check_operators, parsing
    from .pdfx import check_pdfx
    from .text import check_safe_text

    rep = Report()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        rep.failures.append("not a readable PDF (encrypted with a password)")
        return rep
    except pikepdf.PdfError as exc:
        rep.failures.append(f"not a readable PDF ({_reason(exc)})")
        return rep
    if len(pdf.pages) == 0:
        pdf.close()
        rep.failures.append("the file has no pages")
        return rep
    with pdf, parsing():
        if expect.structure:
            _syntax(pdf, rep)
        inks: list[tuple[int, pikepdf.Page, float]] = []  # each page's most vector ink
        for n, page in enumerate(pdf.pages, 1):
            check_boxes(page, n, expect, rep)
            if not check_operators(page, n, rep):  # damaged: its content cannot be checked
                continue
            try:
                check_fonts(page, n, rep)
                inks.append((n, page, check_colours(page, n, expect, rep)))
                check_images(page, n, expect, rep)
                if expect.cmyk:  # a press's ink: nothing to say of an sRGB file's images
                    check_image_ink(page, n, expect, rep)
                check_missing_glyphs(page, n, rep)
            except DamagedContentError as exc:  # an operator without its operands
                rep.failures.append(_damaged(n, exc))
        for n, page, tac in inks:  # the ink on the piece of every page, not those over alone
            try:
                piece_ink(page, tac, expect, rep)
            except DamagedContentError as exc:  # read again with its path points
                rep.failures.append(_damaged(n, exc))
        if expect.output_intent and "/OutputIntents" not in pdf.Root:
            rep.failures.append("no OutputIntent (the press condition is unknown to the printer)")
        if expect.output_intent:  # a print file: PDF/X-4's structure
            check_pdfx(pdf, rep)
        if expect.tagged:  # a digital PDF: PDF/UA-1's figures
            from .tagging import check_figures

            check_figures(pdf, rep)
    bleed, safe = expect.bleed_mm > 0 and rep.ok, expect.safe_mm > 0
    if bleed or safe:  # the two checks that render or read text: one PDFium document
        import pypdfium2 as pdfium

        rendered = pdfium.PdfDocument(data)
        pages = [rendered[n] for n in range(len(rendered))]
        try:
            if bleed:
                check_bleed_fill(pages, expect, rep)
            if safe:
                check_safe_text(pages, expect, rep)
        finally:
            for page in pages:
                page.close()
            rendered.close()
    return rep
