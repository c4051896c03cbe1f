"""Diagnostics: every problem the user can fix, with a stable code, a place and a subject.

A `Diagnostic` has a severity, a code from `CODES` (documented in docs/errors.md, one section
per family), a message, a `Mark` (file:line:col) where one is known, hints, and a `Subject`
naming what it is about (office, material, language, record, slot, key) as fields rather than
words pasted into the message. Stages add diagnostics to a `Collector`; a stage that cannot go
on raises `DiagnosticsError`. Nothing here knows about click: `cli/report.py` prints them.
Internal bugs stay plain exceptions.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from .program import as_invoked

# Every code a diagnostic may carry, by family, with the one-line meaning docs/errors.md
# explains at length. A code is never reused for another kind of problem.
CODES: dict[str, str] = {
    # load: reading files
    "load.read": "a file cannot be read (missing, unreadable, not UTF-8, too large)",
    "load.yaml": "the YAML does not parse",
    "load.yaml-feature": "a YAML feature the kit refuses (tags, merge keys, duplicate keys)",
    "load.control-char": "a control character in a text (it would print as a box)",
    "load.text-too-long": "a text longer than any slot holds (more than 5,000 characters)",
    "load.yaml-comment": "a value YAML cut at a #word (read as a comment)",
    "load.too-big": "a file expands to too many values (alias bomb)",
    "load.no-kit": "the folder is not a kit",
    "load.outside": "a kit file (materials/, fonts.yaml) that is a link to a file outside the kit",
    "load.file-name": "a kit file's name the kit cannot use: it cannot name output files, "
    "or it ends in .yml",
    # schema: one file's shape
    "schema.unknown-key": "a key the file kind does not have",
    "schema.missing-key": "a required key is missing",
    "schema.type": "a value of the wrong type or outside its range",
    "schema.choice": "a value that is not one of the allowed choices",
    "schema.value": "a value that breaks a rule of its own (a frame, a size order, a code)",
    "schema.duplicate": "two things with the same name",
    # campaign: campaign.yaml's values
    "campaign.past-year": "a campaign year before the build's year (warning)",
    "campaign.theme-year": "campaign.yaml's `year:` is not its `theme_year:`: the strings "
    "print another year's theme (warning)",
    "campaign.placeholder": "a contact field of campaign.yaml holding a placeholder (+66 xx xxx "
    "xxxx, TBD)",
    "campaign.repeated": "campaign.yaml's `languages:` names a language twice (warning)",
    # ref: names that point at something else
    "ref.colour": "an unknown colour name",
    "ref.style": "an unknown style name",
    "ref.string": "an unknown string key",
    "ref.link": "an unknown link name",
    "ref.field": "an unknown field name",
    "ref.logo": "a logo name no image slot of the layout shows (when_logo, when_no_logo)",
    "ref.language": "an unknown language code",
    "ref.language-country": "a language code that is also the code of the country it seems to "
    "mean (am: Amharic, for Armenia's hy), in an office's languages or a merged row (warning)",
    "ref.material": "an unknown material",
    "ref.slot": "an unknown slot or page name (a size's frame override or pages, close_up, "
    "fallback_for)",
    "ref.office": "an unknown office",
    "ref.press": "an unknown badge press",
    "ref.asset": "an asset outside assets/ or not found",
    "ref.font": "a font file that is missing",
    "font.read": "a font file that cannot be used (not a font, damaged, CFF, collection)",
    "font.script": "a family's font file with no letter of a script it is the font for (check)",
    "font.latin": "fonts.yaml has no Latin family (none lists Latn in its `scripts:`)",
    "font.script-twice": "two families list the same script: only the first is its font",
    "font.new-language": "a new language (`new language`) whose script, or a letter of its "
    "own name, no font of the kit has (warning)",
    "font.no-bold": "a family with no bold file whose languages a layout sets in bold",
    "icc.read": "a press ICC profile that is missing, outside assets/ or not CMYK output",
    # strings: translations
    "strings.missing": "a key of the source language that a translation lacks",
    "strings.unused": "a key that the source language does not have",
    "strings.placeholder": "a translation whose {field} placeholders differ from the source text's",
    "strings.outdated": "translations made from an earlier text of the source language",
    "strings.untranslated": "strings that still have the source language's very words",
    "strings.script": "a text mostly in another script than its language's (a sentence left in "
    "English in an Amharic file) (warning)",
    "strings.lang-mark": "a language mark of a string ({lang=en}...{/lang}) that is not one: "
    "an unknown language, never closed, closing none, spelt otherwise, without its brace",
    "strings.digits": "`digits:` of another script than the language's or Latin (warning)",
    "strings.draft": "files made of draft translations, not reviewed by a native speaker (note)",
    "strings.unreadable": "a strings file that cannot be read now: the build's files kept",
    "strings.unlisted": "a strings file whose language no `languages:` lists: a build without "
    "--lang leaves it out (note)",
    "strings.months": "a language whose merged event dates name no month (the Unicode CLDR has "
    "no month names for it) or name it otherwise than its `day` string (warning)",
    # text: setting text
    "text.no-glyph": "a character no font of the kit can draw",
    "text.broken-cluster": "a mark or vowel sign with no letter to sit on: the font draws a "
    "dotted circle before it",
    "text.repeated-mark": "a mark typed twice, drawn twice (warning)",
    "text.zawgyi": "Burmese text in the Zawgyi encoding, not Unicode (warning)",
    "text.han-fallback": "a Han character the language's own font lacks, set from another "
    "language's font, in its forms (warning)",
    "text.empty-field": "a string that names a {field} empty in the document (warning)",
    "text.overflow": "a text that does not fit its slot",
    "text.omitted": "a slot with `overset: omit` left out, its text too long (warning)",
    "text.short-variant": "a text printed its `short:` variant: its full text did not fit its "
    "frame, or another text of its slot took the room (note)",
    "text.rim": "rim text longer than its room along the badge's rim",
    "text.bidi-unterminated": "a bidi embedding, override or isolate that is never closed",
    "text.arabic-letters": "a Persian or Urdu text with Arabic letters (ي ك ى) it writes otherwise "
    "(warning)",
    "text.lost-letter": "a translation or merged cell with a letter lost in a code page ('?' "
    "between letters, a word of '?', U+FFFD)",
    "text.mixed-script": "a word mixing Latin, Cyrillic or Greek letters that look alike "
    "(Сampaniei with a Cyrillic С) (warning)",
    "text.cedilla": "a Romanian text with ş or ţ (cedilla) for ș or ț (comma below) (warning)",
    # layout: placed items
    "layout.close-up": "a text slot's `close_up:` names a slot it cannot keep its distance to",
    "layout.fallback": "a slot's `fallback_for:` names a slot it cannot stand in for",
    "layout.when-filled": "a layout problem that shows once the empty contact fields are filled",
    "layout.wrap": "a badge's art or shape that reaches past its face onto the wrap, or a "
    "shape wholly outside its cut circle (warning)",
    "layout.proportions": "a size of other proportions than its design's that leaves much of "
    "its page to the ground (warning)",
    "layout.off-page": "a slot's frame lies wholly outside the page and its bleed",
    "layout.unsourced": "a page shows a figure from a study without the string naming its source",
    "layout.fragment": "a page shows a string that completes another's sentence without it "
    "(warning)",
    "layout.safe-area": "text outside the safe area",
    "layout.fold": "a fold line outside the trim or on its edge, or on a material that is not "
    "folded (a badge, a screen image)",
    "layout.fold-gutter": "a text, logo or QR code on a fold line or within the safe margin of "
    "one (the gutter of a folded piece)",
    "layout.fold-panel": "a panel between two folds, or a fold and the trim's edge, narrower "
    "than twice the safe margin: nothing fits in it (warning)",
    "layout.marks": "printer's marks a trim has no room for outside its bleed: a colour bar "
    "shortened or left out, a registration target left out",
    "layout.bleed": "a print layout's bleed below the 3 mm print shops ask for (1/8 in on US "
    "paper)",
    "layout.too-small": "text set below the material's type floor (a style that allows it)",
    "colour.mismatch": "a colour (a brand colour, or one SVG art writes) whose screen and "
    "print values differ visibly (ΔE2000 > 5)",
    "colour.contrast": "text that does not stand out from its ground (WCAG AA)",
    "colour.contrast-print": "text that stands out from its ground in its colours' rgb and not "
    "as its press condition prints their cmyk (warning)",
    "layout.no-heading": "a document with a digital PDF that draws no heading (no `role: "
    "heading` slot, no picture with an alternative text): no H1 (warning)",
    "layout.figure-alt": "a slot tagged `role: figure` without alternative text (`alt:`): its "
    "digital PDF's Figure would have no /Alt (PDF/UA-1, 7.3)",
    "layout.alt-text": "an alternative text that says nothing of its picture: a file name "
    "(partner.png) or only a word for logo, image, photo (warning)",
    "colour.contrast-art": "text over a picture (a photo, a logo, SVG art) that does not stand "
    "out from a share of what lies under one of its lines (warning)",
    "layout.qr-label": "a QR code's label not next to its code on a size or in a language "
    "(warning)",
    "layout.qr-small": "a QR code too small for its address: modules below the scanning minimum",
    "layout.overlap": "content (text, QR code, image, art) covering other content",
    "layout.uncovered": "art that does not cover its page (bare paper shows)",
    "layout.pseudo": "what a pseudo-locale shows (text that would not fit a longer language)",
    "layout.press-unverified": "a badge press whose sizes are not verified (note)",
    "layout.family-size": "a size of no A size that every office of its paper builds (note)",
    "layout.left-out": "a size of a design that leaves out an office's contacts, logos or links "
    "the design shows (note)",
    "layout.unchecked": "sizes the offices build that `check` of the campaign kit did not lay "
    "out (note)",
    "layout.not-made": "warnings about materials a build or check does not make, not shown (note)",
    # image: raster and vector art
    "image.large": "an image of more pixels than Pillow opens without a warning, or a logo of "
    "far more than it prints at (warning)",
    "image.logo-shape": "an office's logo its slots show at less than half their height (warning)",
    "image.logo-small": "an office's or a merged row's logo its slot shows lower than the "
    "capitals of the smallest text its material sets (warning)",
    "image.low-ppi": "an image below 150 ppi (or its size's min_ppi) at its placed size",
    "image.logo-contrast": "a logo that hardly shows on its slot's ground (warning)",
    "image.ppi-warning": "an image below 300 ppi (or its size's good_ppi) at its placed size",
    "image.read": "an image that cannot be read safely",
    "svg.read": "SVG art that cannot be read safely",
    "svg.empty": "SVG art with no shape: it draws nothing",
    "svg.size": "SVG art without a usable size (zero, negative, infinite width or viewBox)",
    "svg.too-big": "SVG art over the size limits (file size, elements, compressed)",
    "svg.unsupported": "SVG art with text, raster images or effects that are not drawn",
    "svg.gradient-copies": "SVG art with a gradient repeated over 1,000 times across a shape",
    # preflight: checks of finished files
    "preflight.fail": "a print file fails preflight",
    "preflight.warning": "a print file passes preflight with a warning",
    # photo: the frame command's photo
    "photo.read": "a photo that cannot be read (missing, not an image, damaged)",
    "photo.small": "a photo the frame enlarges more than twice: it shows blurred (warning)",
    "photo.too-big": "a photo with more pixels than the decompression-bomb limit",
    # office: an office's own files and values
    "office.unfilled": "contact fields an office has not filled yet (one warning per office)",
    "office.unusable": "an office's file has errors: that office is left out (warning)",
    "office.name": "an office's name not in Latin letters, or under names: for no language",
    "office.contact": "an office's e-mail, web address or helpline not written as one (warning)",
    "office.placeholder": "an office's contact field holding a placeholder (+66 xx xxx xxxx, TBD)",
    "office.country": "an office's country: that is no country's ISO 3166 code",
    "office.phone": "an office's helpline number wrong for its country: (warning)",
    "office.invisible": "an office's e-mail, web address or helpline holding an invisible "
    "character (a right-to-left mark)",
    "office.link": "an office's link that no material's QR code shows (warning)",
    "office.press": "an office's press for which the kit makes no badge (warning)",
    "office.paper-mix": "an office whose `materials:` lists sizes of the other paper family "
    "than its `paper:` (poster-a4 for a US office) (note)",
    "office.press-condition": "an office on US paper whose print PDFs are made for a European "
    "press condition, FOGRA39 or FOGRA29 (note)",
    "office.repeated": "an office's list (languages, materials, presses, hide) naming one "
    "entry twice (warning)",
    "office.badge-sizes": "an office that names no presses builds the badge in every press "
    "size of its paper (note)",
    "office.hidden": "an office hides a field its own file gives a value (warning)",
    "office.language": "an office's names or per-language fields for a language it does not print",
    "office.empty-language": "an office's `fields_by_language:` or `strings:` language with "
    "nothing under it (warning)",
    "office.extends": "an office's extends: names no office of the kit, the template, or leads "
    "back to the office itself",
    "office.strings": "an office's own text (strings:) in a language the kit lacks, or under a "
    "key that is no string of the kit",
    "office.no-logo": "a layout's logo slot names a logo the office does not have",
    "office.logo": "an office's logo no layout shows, named close to one the layouts ask for",
    "office.script": "an office's field in another script than the pages it prints on (note)",
    "office.logo-alt": "an office's logo without alternative text (the organisation's name), "
    "without it in languages the office prints, or with it in a code that is no language of "
    "the kit (warning)",
    # package: handing a finished build off
    "package.manifest": "the build's manifest is missing or unreadable",
    "package.missing": "a file the manifest lists is missing",
    "package.changed": "a file differs from the manifest (sha256)",
    "package.combined": "a merge's combined file no longer holds the build's files (warning)",
    "package.sheet": "a sheet in sheets/ no longer places the build's files (warning)",
    "package.unfilled": "a gang or sticker sheet with empty places, printed more than once for "
    "the print order (warning)",
    "package.output": "the package folder cannot be written",
    "package.other-build": "the package folder holds the package of another build folder",
    "package.busy": "a build is writing to the build folder (or another package reads it)",
    "package.order": "a print order (`package --order`) that cannot be used as written",
    "package.resolution": "print files with an image below 300 ppi (or their size's good_ppi) "
    "(warning)",
    "package.selection": "a name of package --only or --lang matches no file of the build",
    "package.untranslated": "files whose texts print in another language than their own (warning)",
    "package.unstamped": "the build folder's last build had a failed job (warning)",
    "package.older": "files made before the folder's last build, which made only part (warning)",
    "package.stale": "merged files of an earlier state of their data file (warning)",
    "package.unlisted": "files of languages the kit does not list, made before a change (warning)",
    "package.kit": "the build is read with another kit than the one that made it (warning)",
    "package.outdated": "files made from kit files changed since the build folder's last build",
    "package.left-out": "files of the build that --only, --lang or --ordered-only left out of "
    "the package (note)",
    "package.withdrawn": "sheets deleted from sheets/ after `sheet` made them: not packed (note)",
    "package.blank-templates": "event templates built without an event, not packed (note)",
    "package.build-kit": "the build is read with the kit that made it, not the default kit (note)",
    "package.refused": "rows the folder's last merge refused: events without files (warning)",
    "package.sample": "print files of sample data, made only to try the kit (warning)",
    "package.no-contact": "the job sheet names no one to ask about the job (note)",
    "package.copies-each": "a print order's line gives its copies to each of several files (note)",
    "package.no-previews": "no previews in the build, so no contact sheet (note)",
    "merge.read": "a data file cannot be read (missing, too large, not its format)",
    "merge.open": "a data file open in Excel or LibreOffice: its unsaved changes are not read "
    "(warning)",
    "merge.cell": "a data cell longer than a cell may be",
    "merge.column": "a required column is missing (error) or a column is not used (warning)",
    "merge.sheet": "which sheet of a workbook to read is not clear, or the one named is not there",
    "merge.title-rows": "a title above a data file's header row, skipped: the table is read "
    "from the header's row (note)",
    "merge.year": "events in another year than the kit's campaign (warning)",
    "merge.past": "events dated before today, or SOURCE_DATE_EPOCH's date (warning)",
    "merge.slug": "events whose own slug fields (id, SAMPLE DATA, DRAFT) leave out what the "
    "template's slug keeps (warning)",
    "merge.time": "an event's time that may not be the one meant: a date-and-time cell's time "
    "beside another in the time cell, or a date-time in UTC whose row gives no offset of its "
    "own (its date may be another day there) (warning); a time with a Swahili part of the day "
    "that Swahili time reads as another, 9:00 usiku (note)",
    "merge.name": "a name pattern that would not give every file its own name",
    "merge.zone": "a time's zone abbreviation of several offsets from UTC, IST, or a North "
    "American generic one read in its season, ET as EDT (warning)",
    "merge.date-order": "a numeric date read in the order of its sheet's language that the "
    "row's language may write the other way round, 05/07/2026; or one whose row's country "
    "orders it against its column's dates, 05/08/2027 beside 30/07/2027 (warning)",
    "merge.region": "a merged row's date_region that is not a country's code (warning)",
    "merge.phone": "a merged phone number wrong for its country, or national with no country "
    "(warning)",
    "merge.value": "a record's value is empty, malformed or unknown (row and column named)",
    "merge.repeat": "a row that repeats an earlier row cell for cell: made once (warning)",
    "merge.shared": "a row's title, or its photo's alternative text (photo_alt), shown or "
    "read unchanged in several of its languages (warning)",
    "merge.combined": "a combined file of an earlier merge left as it was (nothing made now)",
    "merge.template": "a merge into a material that shows none of an event's texts",
    "merge.paper": "a merge for an office into a template of another paper family (warning)",
    "merge.other-data": "a merge that would remove the events another data file (or another "
    "sheet of the workbook, named by their rows) made",
    "merge.left-out": "a merge's template with no place for what the office gives (note)",
    "merge.hidden": "rows hidden in a workbook's sheet, which are not merged (warning)",
    "merge.event": "an event id of `merge --event` that no row of the data file has",
    "merge.row-ids": "a sheet without an event_id column: each event named by its row, row-2 "
    "(in a workbook of several sheets by its sheet too, july-row-2) (note)",
    "merge.language-alias": "a language code a merged sheet reads as another of the kit's, in "
    "a language cell or a header (fil, CLDR's Filipino: the kit's tl) (note)",
    "translate.read": "a translator's file that cannot be read or names no known language",
    "translate.key": "a translator's entry for a key the source language does not have",
    "translate.placeholder": "a translation whose {field} placeholders differ from the source's",
    "translate.conflict": "a text changed in the strings file since the export and in the file",
    "translate.line-break": "a translation with a line break that its source text has not",
    "translate.formula": "a spreadsheet's formula where a translation's text goes",
    "translate.markup": "a translation with markup (tags, markdown) its source text has not",
    "translate.outdated": "outdated texts a translator's file leaves as they were: not imported",
    "translate.cell": "a workbook's translation cell holding a date, number or error, not text",
    "translate.status": "a table's status cell with a value that is none of the statuses",
    "translate.column": "a table's column the import does not read (note; warning: misspelt)",
    "translate.spaces": "a translation with two spaces, or a space before . or , (warning)",
    "translate.quotes": "a translation with typewriter quotes, not its language's (warning)",
    "translate.zwnj": "a translation or merged event cell with a zero-width non-joiner "
    "(U+200C) beside a space, doubled or at its end: نشانه‌ ها prints as two words (warning)",
    "translate.inline": "an XLIFF translation with an inline element (a code, a tag), not text",
    "translate.script": "a translator's file whose texts are in another script than its language's",
    "translate.source": "a source text in a translator's file not the source's, then or now",
    "translate.lost": "a translator's file saved in a code page without some characters (warning)",
    "translate.short-kept": "an imported text whose short variant stays as it was (warning)",
    "translate.source-language": "`strings export` of the source language, whose file is not "
    "imported as it (note)",
    "translate.unchecked": "an imported file without the digests of what was exported",
    "translate.lacking": "an exported entry a translator's file no longer has (warning)",
    "translate.sign-off": "a reviewer's sign-off an import does not take: exported so, taken "
    "once before the language was set back to draft, or not of every text (warning)",
    "translate.note": "a translator's note on an entry whose key has no translation to keep "
    "it with (warning)",
    "sheet.select": "a gang sheet asks for files the build does not have (or not badges)",
    "sheet.option": "an option the kind of sheet asked for has no use for",
    "sheet.stale": "a home sheet's digital PDFs show an earlier state than their print PDFs",
    "sheet.not-made": "files of records the folder's last merge did not make (a row refused, "
    "a job failed), left out of the sheet (warning; an error when nothing else is left)",
    "sheet.fit": "a piece larger than the sheet inside its margins",
    "sheet.shared": "shared cuts where a stray cut shows a neighbour's art",
    "sheet.write": "the sheet PDF cannot be written",
    "sheet.kit": "the build is read with another kit than the one that made it (warning)",
    "sheet.missing": "a file of the build a sheet places is missing",
    "sheet.changed": "a file of the build a sheet places differs from the manifest (sha256)",
    "sheet.gap": "cut lines closer than 1/8 in, as --gap asked (warning)",
    "sheet.margin": "a home sheet that prints inside the 5 mm of its paper's edge an office "
    "printer does not print, as --margin asked (warning)",
    "sheet.scale": "a home sheet that prints type or a QR code below its minimum (warning)",
    "sheet.fewer-up": "a home sheet made fewer to a page than 2, as 2 would print type or a "
    "QR code below its minimum (note)",
    "sheet.up": "a press sheet of fewer pieces than its press stock holds with their bleed and "
    "marks (note)",
    "sheet.paper": "the paper a sheet is on without --paper: its pieces' paper family's, and "
    "why (note)",
    "sheet.marks": "a press sheet's targets or colour bar with no room the press prints, or a "
    "gang or sticker sheet's corner target with none clear of the pieces' art (warning)",
    "sheet.slug": "a sheet's slug with no room on the paper the press prints (warning)",
    "sheet.home-line": "a home sheet's line naming it, its languages and drafts, with no room "
    "in its margin (note)",
    "sheet.events": "a home sheet whose pages hold the flyers of two or more merged events (note)",
    "sheet.build-kit": "the build is read with the kit that made it, not the default kit (note)",
    # preview: the designers' live gallery
    "preview.port": "the preview cannot listen on the port asked for",
    "preview.select": "no document matches the preview's --office, --lang and --only",
    "preview.internal": "an internal error while the preview read the kit again (a bug)",
    # build: running the build
    "build.output": "the output folder cannot be written",
    "build.manifest": "the output folder's manifest cannot be read: every job is made again",
    "build.not-published": "nothing was published because of the problems above",
    "build.job-failed": "one output failed; the others were published",
    "build.internal": "a job, or a command, stopped on an internal error (a bug)",
    "build.preview-ppi": "PNG previews drawn below the ppi asked: a page would have too many "
    "pixels (note)",
    "build.sheet-outdated": "a sheet in sheets/ places a file the build or merge made again "
    "(warning)",
    "build.unread": "a build or merge with nothing to do: the kit's warnings were not checked "
    "(note)",
    "build.kept": "the output folder keeps files of languages the kit does not list (no "
    "longer, or tried with --lang)",
    # new: starting a kit or an office from what a kit has
    "new.kit": "`new kit DIR` refused DIR (not empty, a file, inside the kit) or its copy failed",
    "new.office": "`new office ID` refused ID (not an id, reserved, an office the kit has), its "
    "name, or could not write the file",
    # manifest: joining the shards of a build
    # cli: the command line
    "cli.usage": "a command line that cannot be read (in a --json report; exit code 2)",
    "cli.interrupted": "a command stopped by Ctrl-C or SIGTERM (in a --json report; exit code "
    "130 or 143)",
    "cli.repository-kit": "a command that writes into a kit (new office, new language, strings "
    "import) refused this repository's own kit, read because no kit is in the working folder "
    "or above it, without --kit",
    "env.source-date-epoch": "SOURCE_DATE_EPOCH is not a whole number of seconds",
    "manifest.read": "a shard's folder has no readable manifest, or a file it lists is missing",
    "manifest.conflict": "two shards list one file with different contents",
    "manifest.mismatch": "folders of different builds or splits, or one shard given twice",
    "manifest.partial": "shards missing from the join, or a folder without a build stamp",
    "manifest.unlisted": "the joined folder held files no shard lists: left on disk, unlisted",
}


@dataclass(frozen=True)
class Mark:
    """A position in a source file, 1-based like editors show it; line 0 for a whole file that
    has no lines (a font, an ICC profile): `Mark.file`."""

    path: Path
    line: int
    col: int

    @classmethod
    def file(cls, path: Path) -> Mark:
        """The whole file, without a line (binary files)."""
        return cls(path, 0, 0)

    def __str__(self) -> str:
        if not self.line:
            return display_path(self.path)
        return f"{display_path(self.path)}:{self.line}:{self.col}"


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it is inside it (a link as itself,
    not the file it points to)."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class Severity(StrEnum):
    """How a diagnostic counts: an error fails its documents; a warning fails them with
    --strict; a note never does (a designed fallback the user should know of: a text set in
    its `short:` variant, `text.short-variant`)."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Subject:
    """What a diagnostic is about; every field optional."""

    office: str | None = None
    material: str | None = None
    language: str | None = None
    record: str | None = None
    slot: str | None = None
    key: str | None = None

    def __str__(self) -> str:
        """`poster-a3 [fr] slot 'theme'` style, for the human format."""
        parts = []
        head = " / ".join(p for p in (self.office, self.material, self.record) if p)
        if head:
            parts.append(head)
        if self.language:
            parts.append(f"[{self.language}]")
        if self.slot:
            parts.append(f"slot '{self.slot}'")
        if self.key:
            parts.append(f"'{self.key}'")
        return " ".join(parts)


# A fact (Diagnostic.facts): the ids of the materials a diagnostic written at another file is
# about (an office's logo too low in the slots of some layouts), for the warnings a command
# shows and the preview's cards (pipeline.selection.materials_of)
MATERIALS = "materials"
# A fact: the name asked for that the kit does not have (`ref.office`, `ref.material`,
# `ref.language`), for the command line to look for it in other kits (cli.fallback)
ASKED = "asked"
# A fact: the build folder a command reads a finished build from, and found no manifest in
# (`package.manifest`), for the command line to look for builds in other kits (cli.fallback)
NO_BUILD = "no-build"
# A fact: the kit files whose problem a diagnostic written at another file is, a tuple of
# their paths (an SVG's error, at the SVG: the office file whose logo it is, the layout
# files whose art it is), for `kit.load._isolated`, which sets those offices and materials
# aside with it (`Collector.owned`, `owners_of`)
OWNER = "owner"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: what kind (code), where (mark), about what (subject), how to fix (hints)."""

    code: str
    message: str
    mark: Mark | None = None
    hints: tuple[str, ...] = ()
    severity: Severity = Severity.ERROR
    subject: Subject = field(default_factory=Subject)
    # what the message says, as data, for the code that merges diagnostics (pipeline.compose:
    # an overlap's other slot and size, a type size): not shown, not compared
    facts: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    def fact(self, name: str) -> object:
        """The fact `name` (KeyError when the diagnostic has none of that name)."""
        return dict(self.facts)[name]

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise AssertionError(f"undocumented diagnostic code {self.code!r}")

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def is_note(self) -> bool:
        return self.severity is Severity.NOTE

    def fails(self, strict: bool) -> bool:
        """Whether it fails a command: an error; with `strict` (--strict) a warning too; a
        note never."""
        return self.is_error or (strict and not self.is_note)

    def render(self) -> str:
        """`path:line:col: error[code]: subject: message` and indented hints; the commands
        they quote name the program as it was run (program.as_invoked)."""
        where = f"{self.mark}: " if self.mark else ""
        about = f"{self.subject}: " if str(self.subject) else ""
        lines = [f"{where}{self.severity.value}[{self.code}]: {about}{self.message}"]
        lines += [f"  hint: {h}" for h in self.hints]
        return as_invoked("\n".join(lines))

    def as_json(self) -> dict[str, object]:
        """The fields for `--json` reports."""
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": as_invoked(self.message),
            "file": display_path(self.mark.path) if self.mark else None,
            "line": self.mark.line if self.mark and self.mark.line else None,
            "column": self.mark.col if self.mark and self.mark.line else None,
            "hints": [as_invoked(h) for h in self.hints],
            "subject": {k: v for k, v in asdict(self.subject).items() if v is not None},
        }

    def as_error(self) -> Diagnostic:
        """The same problem made an error (`--strict`); a note stays a note (what it tells is
        the kit's design working as meant, which --strict does not fail)."""
        if self.is_note:
            return self
        return Diagnostic(
            self.code, self.message, self.mark, self.hints, Severity.ERROR, self.subject
        )


def owners_of(d: Diagnostic) -> tuple[Path, ...]:
    """The kit files whose problem `d` is, written at another file (fact OWNER: an SVG's
    error is its office's and its layouts'); none for the others."""
    owners = dict(d.facts).get(OWNER, ())
    return tuple(p for p in owners if isinstance(p, Path)) if isinstance(owners, tuple) else ()


class DiagnosticsError(Exception):
    """Raised by a stage that cannot go on; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: Iterable[Diagnostic] | Diagnostic) -> None:
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = list(diagnostics)
        super().__init__(self.render())

    def __reduce__(self) -> tuple[type[DiagnosticsError], tuple[list[Diagnostic]]]:
        """Pickled with its diagnostics (raised in a pool worker, re-raised in the parent)."""
        return DiagnosticsError, (self.diagnostics,)

    def __str__(self) -> str:
        """Each diagnostic as it is now (`cli.report.reporting` leaves some out), then their
        count in the words a command's output ends with (`count_line`): it said "2 errors" from
        two errors on, and nothing of one error or of any warning, where a command says "1
        error(s)" and "2 error(s), 1 warning(s)"."""
        count = count_line(self.diagnostics)
        return self.render() + (f"\n{count}" if count else "")

    def render(self) -> str:
        """Each diagnostic as `cli.report.show` prints it, without the count."""
        return "\n".join(d.render() for d in self.diagnostics)


def fail_if_strict(warnings: Sequence[Diagnostic], strict: bool) -> None:
    """Raises the warnings as errors with `strict` (--strict) when one of them is not a note
    (a note fails nothing, and stays a note among them: Diagnostic.as_error), before anything
    is written (`check`, `sheet`)."""
    if strict and any(w.fails(strict) for w in warnings):
        raise DiagnosticsError([w.as_error() for w in warnings])


def notes_first(items: Iterable[Diagnostic]) -> list[Diagnostic]:
    """`items` with the notes before the rest, each in its order (`package`'s report: what
    is to be mended ends it, before its count)."""
    return sorted(items, key=lambda d: not d.is_note)


def count_line(diagnostics: Iterable[Diagnostic]) -> str | None:
    """`2 error(s), 1 warning(s)`, `1 error(s)`, `3 warning(s)`, `1 warning(s), 2 note(s)`:
    the last line of diagnostics printed (`cli.report.show`); None for none."""
    items = list(diagnostics)
    errors = sum(1 for d in items if d.is_error)
    notes = sum(1 for d in items if d.is_note)
    warnings = len(items) - errors - notes
    parts = [f"{errors} error(s)"] if errors else []
    parts += [f"{warnings} warning(s)"] if warnings else []
    parts += [f"{notes} note(s)"] if notes else []
    return ", ".join(parts) or None


def failure(code: str, message: str, mark: Mark | None = None, *hints: str) -> DiagnosticsError:
    """One error at one place, to raise."""
    return DiagnosticsError(Diagnostic(code, message, mark, tuple(hints)))


# how many of a folder's files `folder_given` names
FOLDER_FILES_SHOWN = 8


def folder_given(code: str, path: Path, what: str, endings: Iterable[str]) -> DiagnosticsError:
    """The error, to raise, of a folder given where a command takes one file (`what`: "a
    translator's file"), at the folder, with the files in it that it could take (their
    `endings`, lower case: ".po"). It was click's "Invalid value for 'FILE': ... is a
    directory", or the system's "Is a directory", with no hint."""
    wanted = {e.lower() for e in endings}
    try:
        held = sorted(p.name for p in path.iterdir() if p.suffix.lower() in wanted and p.is_file())
    except OSError:
        held = []
    shown = ", ".join(held[:FOLDER_FILES_SHOWN])
    more = len(held) - FOLDER_FILES_SHOWN
    return failure(
        code,
        f"{path.name or path} is a folder: give {what}, not a folder",
        Mark.file(path),
        f"give one of the files it holds: {shown}" + (f" ({more} more)" if more > 0 else "")
        if held
        else f"it holds no {', '.join(sorted(wanted))} file: give the file's own path",
    )


@dataclass
class Collector:
    """Collects diagnostics so a stage can report every problem in one run.

    The same problem at the same place about the same subject is kept once (a broken file used
    by three layouts is one problem)."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        if diagnostic not in self.items:
            self.items.append(diagnostic)

    def error(
        self,
        code: str,
        message: str,
        mark: Mark | None = None,
        *hints: str,
        subject: Subject | None = None,
        facts: tuple[tuple[str, object], ...] = (),
    ) -> None:
        self._add(Severity.ERROR, code, message, mark, hints, subject, facts)

    def warn(
        self,
        code: str,
        message: str,
        mark: Mark | None = None,
        *hints: str,
        subject: Subject | None = None,
        facts: tuple[tuple[str, object], ...] = (),
    ) -> None:
        self._add(Severity.WARNING, code, message, mark, hints, subject, facts)

    def note(
        self,
        code: str,
        message: str,
        mark: Mark | None = None,
        *hints: str,
        subject: Subject | None = None,
        facts: tuple[tuple[str, object], ...] = (),
    ) -> None:
        """A note (Severity.NOTE): told, never failing, not even with --strict."""
        self._add(Severity.NOTE, code, message, mark, hints, subject, facts)

    def _add(
        self,
        severity: Severity,
        code: str,
        message: str,
        mark: Mark | None,
        hints: tuple[str, ...],
        subject: Subject | None,
        facts: tuple[tuple[str, object], ...] = (),
    ) -> None:
        self.add(Diagnostic(code, message, mark, hints, severity, subject or Subject(), facts))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        for d in other:
            self.add(d)

    def owned(self, found: Iterable[Diagnostic], owner: Path) -> None:
        """Add each of `found` as a problem of the kit file `owner` too (fact OWNER); one
        here already gains `owner` beside its owners: art that two layouts show is told once
        and is the problem of both (each was set aside with it; the second was left out of
        the kit without a word)."""
        for d in found:
            at = self.items.index(d) if d in self.items else None
            had = self.items[at] if at is not None else d
            owners = owners_of(had)
            if owner in owners:
                continue
            facts = (*(f for f in had.facts if f[0] != OWNER), (OWNER, (*owners, owner)))
            if at is None:
                self.items.append(replace(d, facts=facts))
            else:
                self.items[at] = replace(had, facts=facts)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        """What is not an error: the warnings and the notes."""
        return [d for d in self.items if not d.is_error]

    @property
    def problems(self) -> list[Diagnostic]:
        """The errors and warnings, without the notes (what a trial setting is judged by)."""
        return [d for d in self.items if not d.is_note]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DiagnosticsError(self.items)


def listed(names: Sequence[str]) -> str:
    """Names as a message lists them: "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def did_you_mean(word: str, choices: Iterable[str]) -> tuple[str, ...]:
    """A 'did you mean' hint for a misspelt key or name, or none: the choice `closest` finds."""
    near = closest(word, choices)
    return (f"did you mean '{near}'?",) if near is not None else ()


# A length unit a name may end its size with: `badge-58mm` is the layout badge-58.
NAME_UNITS = ("mm", "cm", "in", "pt", "px")
# The ratio (difflib's) of a misspelling: a letter or two off (venu, lihgt, end_tme: 0.8 and
# more: `misspelling`, the merge's misspelt headers). Below it a name may be another word
# altogether.
MISSPELLING = 0.8


def name_words(name: str, marks: bool = False) -> tuple[str, ...]:
    """A name's words, casefolded, as names are compared and read here: split at spaces,
    hyphens and underscores (`Event ID`, `event-id` and `EVENT__ID` are event, id); with
    `marks`, at any other character than a letter or a digit too, which is dropped (`Link
    (QR)`: link, qr; `Date/time`: date, time). The one way of it for `closest`, the merge's
    header keys (`merge.data.column_key`) and the words of a header (`merge.events`). A
    combining mark is part of its word (Hindi तारीख is one word, not तार and ख)."""
    folded = name.casefold()
    if not marks:
        return tuple(w for w in re.split(r"[\s_-]+", folded) if w)
    kept = "".join(c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in folded)
    return tuple(kept.split())


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice `word` most likely means, or None. Only the choices whose numbers are the
    name's are looked at (`_numbers`, one for one: 58 is 58mm, and a size in another unit
    is the same size within SAME_SIZE_MM, 25.4mm is 1in): a number is what was typed, not a
    letter to mend. A print shop's trial was told `presses: [2in]` "did you mean '25mm'?"
    and `gracol2013` "did you mean 'gracol2006'?"; 2 in (50.8 mm) is no press of the kit's,
    nor is a 51 mm one its size (the kit holds 1 in and 25 mm as two presses, their cut
    circles 0.4 mm apart), so none is named and the caller lists the choices. Their names
    are compared as `_unnumbered` writes them (capitals, spaces and hyphens aside, each
    number with its unit one word), and the first of these rules that finds one wins:

    1. the same name so written: `Poster-A2` is poster-a2 (difflib's ratio told 'poster-b2'),
       `Event ID` event_id, `badge-58mm` badge-58 (two edits from badge-75mm too, and the
       ratio chose that one), `1.5in` 1-5in (a press's id writes the point so). Only the
       spelling differs: nothing is guessed;
    2. a misspelling, a choice as close as MISSPELLING: `venu` is venue, `event_tittle`
       event_title (not event, which rule 3 would find);
    3. a choice that is part of the name, whole words of it in a row, a third of it at least,
       the longest first: a header `Event Title` is the column title and `Event date` date
       (both were told 'event_id': the ratio counts matching letters, and so rewards the
       word the name added over the word it meant); `Helpline number` is helpline. Words,
       not letters: a name that merely begins as a short choice does not mean it (`frnech`
       is no misspelt `fr`, whatever its first letters);
    4. the closest choice by difflib's ratio, `cutoff` at least (0.6, difflib's own: a looser
       one names unrelated words).

    A tie of ratios goes to the choice sharing the longer beginning with the name:
    misspellings seldom start wrong (the observation behind Jaro-Winkler's prefix weight); a
    tie still goes to the later name in sorted order, as difflib ranked it.
    """
    return _closest(word, choices, cutoff, guess=True)


def spelt_otherwise(word: str, choices: Iterable[str]) -> str | None:
    """The choice that is `word` written otherwise (capitals, spaces, hyphens and
    underscores aside, a size's unit dropped: `poster-A3` is poster-a3), or None: nothing is
    guessed. `closest`'s first rule, its numbers as written (`badge-1.5in` is none here:
    papers.badge_size reads it as the kit's 1.5 in badge, badge-1-5in)."""
    name = _name_words(word)
    return next((c for c in choices if _name_words(c) == name), None)


def misspelling(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` is another spelling of, or None: `closest`'s first two rules alone
    (the same name written otherwise, or a choice as close as MISSPELLING: `end_tme` is
    end_time). A name that holds a choice and more (`Event end time`) is none: it may be a
    name of its own."""
    return _closest(word, choices, MISSPELLING, guess=False)


def _closest(word: str, choices: Iterable[str], cutoff: float, guess: bool) -> str | None:
    """`closest` (`guess` True: its four rules) or `misspelling` (its first two)."""
    name = _unnumbered(word)
    numbers = _numbers(word)
    by_words: dict[tuple[str, ...], str] = {}
    for choice in choices:  # the choices of the same numbers, told apart by their words
        if _same_numbers(_numbers(choice), numbers):
            by_words.setdefault(_unnumbered(choice), choice)
    if name in by_words:
        return by_words[name]
    ranked = _ranked(name, list(by_words), cutoff)
    if ranked and ranked[0][0] >= MISSPELLING:
        return by_words[ranked[0][2]]
    if not guess:
        return None
    parts = [words for words in by_words if _part_of(words, name)]
    if parts:
        return by_words[max(parts, key=lambda words: len("_".join(words)))]
    return by_words[ranked[0][2]] if ranked else None


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words as `closest` compares them: casefolded, split at spaces, hyphens and
    underscores, a number's unit dropped (`Badge 58MM`: badge, 58)."""
    words = name_words(name)
    return tuple(_unitless(w) for w in words) or (name.casefold(),)


# A number in a name, with the unit of length after it (58, 58mm, 58 mm, 1.5in); its point
# may be a comma, or a hyphen before a unit, as the press ids write it (1-5in is 1.5 in, but
# badge-58-2 holds 58 and 2). Read casefolded.
_UNIT = r"\s?(mm|cm|in|pt|px)(?![a-z])"
_NUMBER = re.compile(rf"(\d+)(?:[.,](\d+)|-(\d+)(?={_UNIT}))?(?:{_UNIT})?")
# Millimetres per unit of the units a size is converted between.
_MM_PER_UNIT = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72}
# Sizes in two units this near (mm) are one size: the presses' names round to 0.1 mm, and
# sizes 0.4 mm apart are two presses of the kit (1 in and 25 mm), as in papers.SAME_FACE_MM.
SAME_SIZE_MM = 0.06


def _unnumbered(name: str) -> tuple[str, ...]:
    """A name's words as `_closest` compares choices whose numbers are the name's: each
    number with its unit one word `#` (`Badge 58 MM`, `badge-58`: badge, #; `1.5in`,
    `1-5in` and `38.1mm`: #; `poster-a3`: poster, a#), casefolded, split as `name_words`
    splits them."""
    return name_words(_NUMBER.sub("#", name.casefold())) or (name.casefold(),)


def _numbers(name: str) -> tuple[tuple[float, str], ...]:
    """The numbers of a name, each with its unit ("" for none): `badge-1-5in` (1.5, in),
    `gracol2006` (2006, ""), `social-1080x1350` (1080, ""), (1350, "")."""
    return tuple(
        (float(f"{m[1]}.{m[2] or m[3] or 0}"), m[4] or m[5] or "")
        for m in _NUMBER.finditer(name.casefold())
    )


def _same_numbers(
    these: tuple[tuple[float, str], ...], those: tuple[tuple[float, str], ...]
) -> bool:
    """Whether two names' numbers are the same, one for one: equal where either has no unit or
    both the same, the same size within SAME_SIZE_MM in two units of length (1 in: 25.4 mm;
    not 25 mm), never in a unit of length and pixels."""
    if len(these) != len(those):
        return False
    for (value, unit), (other, other_unit) in zip(these, those, strict=True):
        if unit and other_unit and unit != other_unit:
            if unit not in _MM_PER_UNIT or other_unit not in _MM_PER_UNIT:
                return False
            if abs(value * _MM_PER_UNIT[unit] - other * _MM_PER_UNIT[other_unit]) >= SAME_SIZE_MM:
                return False
        elif value != other:
            return False
    return True


def _unitless(word: str) -> str:
    """A number's word without its unit (58mm: 58); another word as it is."""
    for unit in NAME_UNITS:
        number = word.removesuffix(unit)
        if number != word and number.replace(".", "", 1).isdigit():
            return number
    return word


def _ranked(
    name: tuple[str, ...], choices: list[tuple[str, ...]], cutoff: float
) -> list[tuple[float, int, tuple[str, ...]]]:
    """The choices as close to `name` as `cutoff` (difflib's ratio of the names' words joined
    by '_'), closest first, then by the length of the beginning they share with it, then as
    difflib's get_close_matches ranks a tie (the later name: flyer-d for flyer-b, not flyer-c)."""
    joined = "_".join(name)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(joined)
    ranked = []
    for words in choices:
        other = "_".join(words)
        matcher.set_seq1(other)
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue  # difflib's get_close_matches' shortcut: the ratio cannot reach cutoff
        ratio = matcher.ratio()
        if ratio >= cutoff:
            ranked.append((ratio, len(os.path.commonprefix([joined, other])), words))
    return sorted(ranked, key=lambda r: (r[0], r[1], r[2]), reverse=True)


def _part_of(part: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether `part` is whole words of `name` in a row, fewer than all and a third of it at
    least (`date` of `event_date`; not `id` of `my_event_id_2027`)."""
    if len(part) >= len(name) or 3 * len("_".join(part)) < len("_".join(name)):
        return False
    return any(name[i : i + len(part)] == part for i in range(len(name) - len(part) + 1))
