"""The package's index PDF: its contact sheets as pages, with each tile a link to its file,
then the list of every file of the group."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from ..merge.combine import Combined
from ..model import Kit
from ..sheets.record import SHEETS_DIR, MadeSheet
from .contact import (
    BACKGROUND,
    CARD,
    DRAFT_BAND,
    DRAFT_BAND_H,
    INK,
    MARGIN,
    ROW_LABEL,
    SCALE,
    THUMB,
    TILE_H,
    TILE_W,
    Labels,
    Sheet,
    Thumbs,
    band_label,
    band_top,
    fitted_lines,
    sheet_size,
    tile_label,
    tile_origin,
)
from .jobsheet import SAMPLE_EVENT, SHEET_KINDS, file_status, sample_of, translation
from .plan import RECORD, Entry

LIST_LINES = 100  # file names in a column of a page of the index's list


LIST_LINE = 7.5  # pt between them


LIST_COLUMN = 260  # pt a column of names: a merged event's file name of 60 characters


class IndexPdf:
    """The group's index: a page per contact sheet (its grid, as vector and images), then the
    list of every file, LIST_LINES names a column, as many columns as the page is wide, on as
    many pages as it takes (one page held all of them, 75,000 pt tall for a merge of 10,000
    records, past the 14,400 pt PDF readers draw)."""

    def __init__(self, kit: Kit, title: str, subtitle: str, faces: Labels) -> None:
        from reportlab.pdfgen import canvas

        from ..render.metadata import PACKAGE_INDEX, PRODUCER
        from ..render.pdffonts import ttfont

        # registered under their keys, as the build's PDFs have them (render.glyphs)
        self.regular, self.bold = (ttfont(face).fontName for face in faces)
        self.kit, self.title, self.subtitle = kit, title, subtitle
        self.buf = io.BytesIO()
        # the initial font ours: reportlab's Helvetica was named, never embedded, on every page
        self.c = canvas.Canvas(
            self.buf, invariant=1, pageCompression=1, initialFontName=self.regular
        )
        self.c.setTitle(f"{title} \u2013 {subtitle} \u2013 index")
        self.c.setAuthor(PRODUCER)
        # what it is, for `check --pdf` (its _traits): not a file for the press
        self.c.setSubject(PACKAGE_INDEX)
        self.c.setCreator(PRODUCER)
        self.c.setProducer(PRODUCER)
        self.width = 0.0  # the widest grid's, pt (the list pages take it)

    def grid(self, sheet: Sheet, thumbs: Mapping[str, Thumbs]) -> None:
        """One contact sheet's grid on a page of its own size."""
        from reportlab.lib.utils import ImageReader

        c, kit = self.c, self.kit
        grid_w, grid_h = sheet_size(sheet)
        width, height = grid_w * SCALE, grid_h * SCALE
        self.width = max(self.width, width)
        c.setPageSize((width, height))

        def top(y_px: float) -> float:
            return height - y_px * SCALE

        c.setFillColorRGB(*rgb(BACKGROUND))
        c.rect(0, 0, width, height, stroke=0, fill=1)
        c.setFillColorRGB(*rgb(CARD))
        room = width - 2 * MARGIN * SCALE
        size, lines = self.fitted(sheet.title, self.bold, room, 17, 9)
        c.setFont(self.bold, size)
        above = 1.15 * size * (len(lines) - 1)  # a title too long for one line: up from its place
        for n, line in enumerate(lines):
            c.drawString(MARGIN * SCALE, top(MARGIN + 30) + above - 1.15 * size * n, line)
        sub = f"{sheet.subtitle} \u2013 index of the package"
        size, lines = self.fitted(sub, self.regular, room, 10, 6)
        c.setFont(self.regular, size)
        for n, line in enumerate(lines):  # down towards the language codes
            c.drawString(MARGIN * SCALE, top(MARGIN + 70) - 1.15 * size * n, line)
        for col, code in enumerate(sheet.columns):
            x, y = tile_origin(0, col)
            c.setFont(self.bold, 7)
            language = kit.languages.get(code)
            name = f"{code}  {language.name}" if language else code
            c.drawString((x + 4) * SCALE, top(y - 16), name)
        for r, key in enumerate(sheet.rows):
            x, y = tile_origin(r, 0)
            at = top(y + 20)
            for part in key.split(RECORD):  # a record's id below its material
                size, lines = self.fitted(part, self.bold, (ROW_LABEL - 12) * SCALE, 7, 4)
                c.setFont(self.bold, size)
                for line in lines:
                    c.drawString(MARGIN * SCALE, at, line)
                    at -= 1.15 * size
                at -= 12 * SCALE - 1.15 * size
        for (r, col), e in sorted(sheet.tiles.items()):
            x, y = tile_origin(r, col)
            c.setFillColorRGB(*rgb(CARD))
            c.rect(x * SCALE, top(y + TILE_H), TILE_W * SCALE, TILE_H * SCALE, stroke=0, fill=1)
            thumb = thumbs[e.file.path].large
            tw, th = thumb.width / 2, thumb.height / 2
            tx = x + (TILE_W - tw) / 2
            ty = y + 10 + (THUMB + 20 - th) / 2
            c.drawImage(ImageReader(thumb), tx * SCALE, top(ty + th), tw * SCALE, th * SCALE)
            c.setFillColorRGB(*rgb(INK))
            c.setFont(self.regular, 6.5)
            c.drawString(
                (x + 8) * SCALE, top(y + TILE_H - 27), f"{tile_label(e)} \u00b7 {e.file.language}"
            )
            status = file_status(kit, e.file)
            band = band_label(kit, e)
            if not band:
                c.drawString((x + 8) * SCALE, top(y + TILE_H - 8), status)
            else:  # the band says it, in the status line's place
                top_y = band_top(y)
                c.setFillColorRGB(*rgb(DRAFT_BAND))
                c.rect(
                    x * SCALE,
                    top(top_y + DRAFT_BAND_H),
                    TILE_W * SCALE,
                    DRAFT_BAND_H * SCALE,
                    stroke=0,
                    fill=1,
                )
                c.setFillColorRGB(*rgb(INK))
                c.setFont(self.bold, 5.5)
                c.drawString((x + 8) * SCALE, top(top_y + 14), band)
        c.showPage()

    def files(
        self,
        entries: Sequence[Entry],
        combined: Sequence[Combined] = (),
        sheets: Sequence[MadeSheet] = (),
    ) -> bytes:
        """The list of files on pages of their own (the build's, then the merges' combined
        files the print ZIP holds: "files (60)" was listed of 61 packed, then the sheets
        `sheet` made), then the whole index's bytes."""
        c, kit = self.c, self.kit
        count = len(entries) + len(combined) + len(sheets)

        def line(i: int) -> str:  # read one at a time: a merge's entries are many
            if i >= len(entries) + len(combined):
                m = sheets[i - len(entries) - len(combined)]
                where = "screen" if m.mode == "home" else "print"
                return f"{SHEETS_DIR}/{m.name}  ({where}: {SHEET_KINDS[m.mode]})"
            if i >= len(entries):
                k = combined[i - len(entries)]
                return f"{k.name}  (print: the {len(k.parts)} files of {k.material} in one)"
            e = entries[i]
            mark = "" if file_status(kit, e.file) == "reviewed" else "  [DRAFT]"
            other = translation(kit, e.file)
            mark += f"  [{other}]" if other else ""
            mark += f"  {SAMPLE_EVENT}" if sample_of(kit, e.file) else ""
            return f"{e.name}  ({'print' if e.file.variant == 'print' else 'screen'}){mark}"

        from reportlab.pdfbase.pdfmetrics import stringWidth

        # a column as wide as its longest name (read one at a time again): a name past
        # LIST_COLUMN ran into the next column
        widest = max((stringWidth(line(i), self.regular, 5.5) for i in range(count)), default=0)
        column = max(LIST_COLUMN, widest + 10)
        width = max(self.width or 900 * SCALE, column + 2 * MARGIN * SCALE)
        columns = max(1, int((width - 2 * MARGIN * SCALE) // column))
        per_page = columns * LIST_LINES
        pages = max(1, -(-count // per_page))
        col_w = (width - 2 * MARGIN * SCALE) / columns
        heading = f"{self.title} \u2013 {self.subtitle}: files ({count})"
        more = f", page {pages} of {pages}" if pages > 1 else ""  # the longest it says
        room = width - 2 * MARGIN * SCALE
        size, lines = self.fitted(heading + more, self.bold, room, 9, 6)
        height = 2 * MARGIN * SCALE + 40 + LIST_LINES * LIST_LINE + 1.15 * size * (len(lines) - 1)
        for page in range(pages):
            c.setPageSize((width, height))
            y0 = height - MARGIN * SCALE
            c.setFillColorRGB(*rgb(INK))
            c.setFont(self.bold, size)
            more = f", page {page + 1} of {pages}" if pages > 1 else ""
            _, lines = self.fitted(heading + more, self.bold, room, size, size)
            for n, text in enumerate(lines):
                c.drawString(MARGIN * SCALE, y0 - 1.15 * size * n, text)
            y0 -= 1.15 * size * (len(lines) - 1)
            c.setFont(self.regular, 5.5)
            first = page * per_page
            for i in range(first, min(first + per_page, count)):
                col, row = divmod(i - first, LIST_LINES)
                c.drawString(MARGIN * SCALE + col * col_w, y0 - 20 - row * LIST_LINE, line(i))
            c.showPage()
        c.save()
        return self.buf.getvalue()

    @staticmethod
    def fitted(
        text: str, font: str, width: float, size: float, floor: float
    ) -> tuple[float, list[str]]:
        """contact.fitted_lines in a registered font (pt): its size and lines."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return fitted_lines(text, width, lambda t, s: stringWidth(t, font, s), size, floor)


def rgb(col: tuple[int, int, int]) -> tuple[float, float, float]:
    return (col[0] / 255, col[1] / 255, col[2] / 255)
