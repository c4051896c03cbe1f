"""Contact sheets: every preview of a group as a tile (SHEET_ROWS rows of material[/page] and
record to a sheet), labelled in the kit's Latin font (`Labels`), drafts on a band of the
accent colour. Geometry in pixels; the index draws them at SCALE pt a pixel."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont

from ..fonts import FontBook, FontFace
from ..model import Kit
from ..render.png import save_png
from .jobsheet import file_status, sample_of, short_translation
from .plan import CAMPAIGN_GROUP, DRAFT_LABEL, RECORD, Entry, group_languages, natural, row_key

# contact sheet geometry (pixels); tests count tiles with it
MARGIN = 40


HEADER = 130


ROW_LABEL = 170


TILE_W = 168


TILE_H = 226


GAP = 12


THUMB = 148  # the thumbnail's box inside the tile


BACKGROUND = (0x04, 0x50, 0x96)  # Blue Heart blue (campaign.yaml "blue")


CARD = (0xFF, 0xFF, 0xFF)


DRAFT_BAND = (0xFC, 0xBB, 0x1B)  # the campaign's accent


INK = (0x21, 0x35, 0x55)  # navy


PAPER_TINT = (0xEE, 0xF5, 0xFC)  # "light": behind transparent previews


DRAFT_BAND_H = 20


@dataclass(frozen=True)
class Sheet:
    title: str
    subtitle: str
    rows: list[str]  # material[/page]
    columns: list[str]  # language codes
    tiles: dict[tuple[int, int], Entry]  # (row, column) -> preview


def previews(entries: Iterable[Entry]) -> Iterator[Entry]:
    return (e for e in entries if e.file.variant in ("screen", "social"))


SHEET_ROWS = 8  # rows (material[/page] and record) on one contact sheet


def sheets_of(
    kit: Kit, group: str, entries: Iterable[Entry], rows_in_all: int = 0
) -> Iterator[Sheet]:
    """The group's contact sheets: a tile per row (material[/page], and a merge's record) and
    language, the last preview of it in `entries` (in row order: `Plan.previews`), at most
    SHEET_ROWS rows a sheet. One sheet's tiles are held at a time: a merge's folder of
    10,000 records makes 1,250 sheets, never all at once (each record was one row; before,
    one preview stood for every record of a material and language). With `rows_in_all`
    (`Plan.rows`) and more than one sheet, each sheet's subtitle says which of how many it
    is. Its columns: the group's languages in its file's order (plan.group_languages), then
    any other by code."""
    ordered = group_languages(kit, group)
    campaign = kit.campaign
    who = "Campaign kit" if group == CAMPAIGN_GROUP else office_title(kit, group)
    count = -(-rows_in_all // SHEET_ROWS)
    made = 0
    rows: list[str] = []
    last: dict[tuple[str, str], Entry] = {}  # (row, language) -> preview, first seen first

    def sheet() -> Sheet:
        nonlocal made
        made += 1
        langs = {lang for _, lang in last}
        columns = [c for c in ordered if c in langs] + sorted(langs - set(ordered))
        tiles = {(rows.index(row), columns.index(lang)): e for (row, lang), e in last.items()}
        sub = f"{who}  \u00b7  sheet {made} of {count}" if count > 1 else who
        return Sheet(f"{campaign.name} {campaign.year}", sub, list(rows), columns, tiles)

    for e in previews(entries):
        key = row_key(e)
        if key not in rows:
            if len(rows) == SHEET_ROWS:
                yield sheet()
                rows.clear()
                last.clear()
            rows.append(key)
        last[(key, e.file.language)] = e
    if rows:
        yield sheet()


JOB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def job_name(name: str) -> str | None:
    """Why `name` cannot begin a package's file names (None: it can): letters, digits, `.`,
    `_` and `-`, starting with a letter or digit, at most 64 characters, so that it is a
    file name on every system and in every ZIP tool, and no path."""
    if JOB_NAME.fullmatch(name):
        return None
    return (
        f"'{name}' cannot begin a file name everywhere: use letters, digits, '.', '_' and "
        "'-' (starting with a letter or digit, at most 64), e.g. 2026-07-flyers"
    )


def sheet_names(group: str, count: int) -> list[str]:
    """The contact sheets' file names: `<group>-contact-sheet.png`, then `-2.png`, `-3.png`."""
    return [
        f"{group}-contact-sheet.png" if n == 1 else f"{group}-contact-sheet-{n}.png"
        for n in range(1, count + 1)
    ]


def office_title(kit: Kit, group: str) -> str:
    """The office's name and id on its contact sheets and index; the id alone when the name
    is not in Latin letters (the sheets' font has no others: an Arabic name was empty boxes,
    and the index failed preflight; `check` warns, office.name)."""
    from ..kit.offices import latin_text

    office = kit.offices.get(group)
    if office is None or not latin_text(office.name):
        return group
    return f"{office.name} ({group})"


def product_order(name: str) -> tuple[str, str]:
    """The order the package's products are listed in: by name, numbers as numbers, a
    contact sheet before its -2 (as a user counts them)."""
    stem, _, suffix = name.rpartition(".")
    return natural(stem), suffix


def band_top(y: int) -> int:
    """The top of a tile's draft band, for the tile whose top is `y`: at the tile's foot, in
    place of the status line, below the thumbnail (it covered the thumbnail's lowest 15 %,
    where the QR code and the call to act are that the shop is to look at)."""
    return y + TILE_H - DRAFT_BAND_H - 2


def tile_origin(row: int, col: int) -> tuple[int, int]:
    """Top-left pixel of a tile on the contact sheet."""
    return (MARGIN + ROW_LABEL + col * (TILE_W + GAP), MARGIN + HEADER + row * (TILE_H + GAP))


def sheet_size(sheet: Sheet) -> tuple[int, int]:
    cols, rows = max(len(sheet.columns), 1), max(len(sheet.rows), 1)
    width = max(2 * MARGIN + ROW_LABEL + cols * (TILE_W + GAP) - GAP, 900)
    return width, 2 * MARGIN + HEADER + rows * (TILE_H + GAP) - GAP + 30


class Labels(NamedTuple):
    """The faces of the contact sheets' and the index's labels (material ids, language codes
    and English names, office names in Latin letters, counts): the kit's own Latin font."""

    regular: FontFace
    bold: FontFace


def labels(fonts: FontBook) -> Labels:
    """The kit's Latin family (FontBook.latin) as the slug has it (FontBook.slug_face: its
    regular when it has every printable ASCII character, else the first family's in
    fonts.yaml that has), and that family's bold (its regular where it has none). The
    labels are ids, codes and counts, as the slug's are. They opened NotoSans-Regular.ttf
    and -Bold.ttf by name: a kit whose Latin font is another family was labelled in Noto
    Sans, and one without those files could not be packaged."""
    regular = fonts.slug_face()
    return Labels(regular, fonts.face(regular.family, "bold"))


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled (up or down) to fit `box`, keeping its proportions."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


class Thumbs(NamedTuple):
    """A preview's thumbnails: `small` fitted to the contact sheet's box (THUMB x THUMB + 20
    px), `large` to twice it (the index's, drawn at half size)."""

    small: Image.Image
    large: Image.Image


# A large preview is first reduced by whole factors (a box filter) to within this factor of
# its thumbnail's size, then resampled with Lanczos: Pillow's `reducing_gap`, at the value
# its own `Image.thumbnail` uses. Resampled whole with Lanczos, each preview took about 17
# ms, and each was made twice (the contact sheet's and the index's), 16 of the default
# kit's 21 s of `package` (bench/README.md, eighteenth session).
REDUCING_GAP = 2.0


def thumbnails(data: bytes) -> Thumbs:
    """A preview (PNG bytes) fitted to the contact sheet's box and to the index's, decoded
    once, flattened on the light tint (a transparent preview, as social frames are)."""
    with Image.open(io.BytesIO(data)) as src:
        im = src if src.mode in ("RGB", "RGBA") else src.convert("RGBA")
        small, large = (
            im.resize(fit(im.size, box), Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
            for box in ((THUMB, THUMB + 20), (THUMB * 2, (THUMB + 20) * 2))
        )
    return Thumbs(_flat(small), _flat(large))


def _flat(im: Image.Image) -> Image.Image:
    if im.mode == "RGB":
        return im
    flat = Image.new("RGB", im.size, PAPER_TINT)
    flat.paste(im, (0, 0), im)
    return flat


def pil_font(face: FontFace, size: int) -> ImageFont.FreeTypeFont:
    """The face at `size` for Pillow: its TrueType bytes (`FontFace.data`: an .otf's
    conversion), as the PDFs embed it."""
    return ImageFont.truetype(io.BytesIO(face.data), size)


def sized_font(face: FontFace, size: int, text: str, width: int) -> ImageFont.FreeTypeFont:
    """The face at `size`, or smaller until `text` fits `width` pixels (not below 10): the
    font of sized_lines, its text on one line."""
    return sized_lines(face, size, text, width)[0]


def fitted_lines(
    text: str, width: float, measure: Callable[[str, float], float], size: float, floor: float
) -> tuple[float, list[str]]:
    """The size (`size`, or smaller down to `floor`, in steps of 1) at which `text` fits
    `width` as `measure(text, size)` gives its width, with `text` as one line; at `floor`,
    where it still does not fit, its lines: broken at spaces, a word wider than `width`
    broken by letters. A label never runs past its box: the index's title ran off its
    page, and a contact sheet's at 10 px did (a long office name, a print shop's trial)."""
    while size > floor and measure(text, size) > width:
        size -= 1
    size = max(size, floor)
    if measure(text, size) <= width:
        return size, [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        joined = f"{line} {word}" if line else word
        if measure(joined, size) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        line = ""
        for letter in word:  # a word alone too wide: by letters
            if line and measure(line + letter, size) > width:
                lines.append(line)
                line = ""
            line += letter
    if line:
        lines.append(line)
    return size, lines


def sized_lines(
    face: FontFace, size: int, text: str, width: int, floor: int = 10
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """fitted_lines for a contact sheet: the face at its size (whole pixels) and the lines."""
    fonts: dict[int, ImageFont.FreeTypeFont] = {}

    def font(px: float) -> ImageFont.FreeTypeFont:
        if int(px) not in fonts:
            fonts[int(px)] = pil_font(face, int(px))
        return fonts[int(px)]

    px, lines = fitted_lines(text, width, lambda t, s: font(s).getlength(t), size, floor)
    return font(px), lines


def contact_sheet(kit: Kit, sheet: Sheet, thumbs: Mapping[str, Thumbs], faces: Labels) -> bytes:
    """The contact sheet's PNG, labelled in `faces`."""
    regular, bold = faces
    width = sheet_size(sheet)[0] - 2 * MARGIN
    drafts = sum(1 for e in sheet.tiles.values() if file_status(kit, e.file) != "reviewed")
    other = sum(1 for e in sheet.tiles.values() if short_translation(kit, e.file))
    samples = sum(1 for e in sheet.tiles.values() if sample_of(kit, e.file))
    sub = f"{sheet.subtitle}  \u00b7  {len(sheet.tiles)} preview(s)"
    if samples:
        sub += f"  \u00b7  {samples} of sample data, NOT FOR PRINT"
    if drafts:
        sub += f"  \u00b7  {drafts} marked DRAFT (translation not reviewed)"
    if other:
        sub += f"  \u00b7  {other} printing another language's texts (not translated)"
    f_title, titles = sized_lines(bold, 34, sheet.title, width)
    f_sub, subs = sized_lines(regular, 20, sub, width)
    f_label = pil_font(regular, 13)
    f_label_b = pil_font(bold, 14)
    f_band = pil_font(bold, 11)
    img = Image.new("RGB", sheet_size(sheet), BACKGROUND)
    draw = ImageDraw.Draw(img)
    lead = f_title.size * 1.15  # lines of a title too long for one: up from its first's place
    for n, line in enumerate(titles):
        draw.text((MARGIN, MARGIN - lead * (len(titles) - 1 - n)), line, font=f_title, fill=CARD)
    for n, line in enumerate(subs):  # down towards the language codes
        colour = DRAFT_BAND if drafts or other or samples else CARD
        draw.text((MARGIN, MARGIN + 48 + f_sub.size * 1.15 * n), line, font=f_sub, fill=colour)
    for c, code in enumerate(sheet.columns):
        x, y = tile_origin(0, c)
        language = kit.languages.get(code)
        draw.text((x + 4, y - 30), code, font=f_label_b, fill=CARD)
        if language:
            draw.text(
                (x + 12 + f_label_b.getlength(code), y - 29), language.name, font=f_label, fill=CARD
            )
    for r, key in enumerate(sheet.rows):
        x, y = tile_origin(r, 0)
        at = y + 8.0
        for part in key.split(RECORD):  # a merged record's id below its material
            font, lines = sized_lines(bold, 14, part, ROW_LABEL - 12)
            for line in lines:
                draw.text((MARGIN, at), line, font=font, fill=CARD)
                at += font.size * 1.15
            at += 22 - font.size * 1.15
    for (r, c), e in sorted(sheet.tiles.items()):
        x, y = tile_origin(r, c)
        draw.rectangle((x, y, x + TILE_W - 1, y + TILE_H - 1), fill=CARD)
        thumb = thumbs[e.file.path].small
        tx = x + (TILE_W - thumb.width) // 2
        ty = y + 10 + (THUMB + 20 - thumb.height) // 2
        img.paste(thumb, (tx, ty))
        draw.rectangle(
            (tx - 1, ty - 1, tx + thumb.width, ty + thumb.height), outline=(200, 208, 220)
        )
        label = f"{tile_label(e)} \u00b7 {e.file.language}"
        draw.text((x + 8, y + TILE_H - 40), label, font=f_label, fill=INK)  # above the band
        status = file_status(kit, e.file)
        band = band_label(kit, e)
        if not band:
            draw.text((x + 8, y + TILE_H - 20), status, font=f_label, fill=INK)
        else:  # the band says it, in the status line's place
            top_y = band_top(y)
            draw.rectangle((x, top_y, x + TILE_W - 1, top_y + DRAFT_BAND_H), fill=DRAFT_BAND)
            font = (
                sized_font(bold, 11, band, TILE_W - 12) if band != DRAFT_LABEL.upper() else f_band
            )
            draw.text((x + 8, top_y + 3), band, font=font, fill=INK)
    # our own encoder (render.png): Pillow's optimize=True took 0.94 s a sheet, 2 % smaller;
    # at the index's scale (SCALE pt a pixel)
    return save_png(img, 72 / SCALE)


SCALE = 0.5  # pt of the index per contact-sheet pixel

SAMPLE_BAND = "SAMPLE DATA: NOT FOR PRINT"  # a sample file's tile (band_label)


def band_label(kit: Kit, e: Entry) -> str:
    """What a tile's band says, in capitals: SAMPLE_BAND for a file of sample data
    (jobsheet.sample_of: an office's that says `sample: true` was marked nowhere, a user's
    trial), else what of its texts print in another language (jobsheet.short_translation:
    "NOT TRANSLATED: ENGLISH"; a Hausa column's tiles over all-English posters said only
    DRAFT, an office's trial), else DRAFT_LABEL for a translation not reviewed; "" for a
    reviewed one (its status line says "reviewed")."""
    if sample_of(kit, e.file):
        return SAMPLE_BAND
    other = short_translation(kit, e.file)
    if other:
        return other
    return "" if file_status(kit, e.file) == "reviewed" else DRAFT_LABEL.upper()


def tile_label(e: Entry) -> str:
    """A tile's own label: its material[/page] (its row names the record)."""
    return row_key(e).split(RECORD)[0]
