"""ACCESSIBILITY.txt, the first file of a group's screen ZIP: which of its files a screen
reader can read (the digital PDFs, tagged PDF/UA-1) and which it cannot (the office
printers' sheets, the images, the package's index and contact sheets), in plain text. The
ZIP held untagged home sheets beside tagged digital PDFs with nothing telling them apart
(a print coordinator's trial, veraPDF)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Kit
from ..sheets.record import SHEETS_DIR, MadeSheet
from .folders import ACCESSIBILITY
from .plan import Entry

__all__ = ["ACCESSIBILITY", "accessibility_txt"]


def accessibility_txt(
    kit: Kit, title: str, entries: Iterable[Entry], home: Sequence[MadeSheet], stem: str
) -> bytes:
    """The group's ACCESSIBILITY.txt (UTF-8, CRLF lines: Notepad reads it): `title`, the
    tagged PDFs with their language, in `entries`' order (the package's: Plan.entries, the
    group's languages as its file lists them), the untagged files (the screen ZIP's other PDFs,
    `home` sheets and images: counted, with what to read instead) and the package's own
    overviews (`stem`-index.pdf, `stem`-contact-sheet.png). A tagged PDF showing logos
    without alternative text (its manifest's `undescribed`, pipeline.renditions.
    undescribed_logos: `office.logo-alt` warned of them at the build) has them named under
    it, and a line says so: "alternative texts for images" was promised whatever they had."""
    tagged: list[str] = []
    untagged: list[str] = []
    images = undescribed = 0
    for e in entries:
        f = e.file
        if f.format != "pdf":
            images += 1
        elif f.extra.get("tagged") is True:
            lang = kit.languages.get(f.language)
            tagged.append(f"  {e.name} ({lang.name if lang is not None else f.language})")
            lacking = f.extra.get("undescribed")
            if isinstance(lacking, list) and lacking:
                undescribed += 1
                tagged.append(
                    "    without alternative text (read as decoration, not named): "
                    + ", ".join(map(str, lacking))
                )
        else:
            untagged.append(f"  {e.name}")
    untagged += [f"  {SHEETS_DIR}/{m.name} (a sheet for an office printer)" for m in home]
    lines = [
        title,
        "",
        "Files a screen reader can read: tagged PDFs (PDF/UA-1: the text in reading order,",
        "its language, alternative texts for images, links), named ...-digital.pdf:",
        *(tagged or ["  none in this package"]),
        *(
            [
                f"{undescribed} of them show logos or photos without alternative text "
                "(named above):",
                "a screen reader says nothing of them. Give each its `alt:` in the office's",
                "file and build again (a merged event's photo: its photo_alt cell, and merge",
                "again).",
            ]
            if undescribed
            else []
        ),
        "",
        "Files a screen reader cannot read (not tagged): read the -digital.pdf of the same",
        "material and language instead.",
        *untagged,
    ]
    if images:
        lines.append(
            f"  {images} image(s) (...-preview.png, ...-social.png): pictures of the pages"
        )
    lines += [
        f"  {stem}-index.pdf and {stem}-contact-sheet.png (beside this ZIP): pictures of",
        "  every page, for checking by eye; this file lists the files for a screen reader.",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")
