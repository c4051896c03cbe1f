"""The print shop's job sheet (JOB-SHEET.csv, JOB-SHEET.xlsx and JOB-SHEET.txt): one row per
print file, per combined file and per made sheet, with its trim, bleed, sides, stock, copies
and notes."""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from ..diagnostics import Mark
from ..kinds import GOOD_PPI, kind_of
from ..merge.combine import Combined
from ..model import Kit
from ..output import OutputFile, manifest_stamp
from ..papers import INCH, eighths_in, paper_family, paper_size
from ..printorder import PrintOrder
from ..serve.described import drafts_of, printed_words, sample_data, samples_placed
from ..serve.described import printed_in as described_printed_in

# why a file is of sample data: the galleries' rule too (package.sample warns of them; the
# job sheet, the contact sheet and the index mark them)
from ..serve.described import sample_of as sample_of
from ..sheets.folds import file_folds
from ..sheets.record import SHEETS_DIR, MadeSheet
from .copies import copies_words
from .finishing import piece_finishing, sheet_finishing, with_order
from .plan import CAMPAIGN_GROUP, Entry

JOB_COLUMNS = (
    "file",
    "material",
    "language",
    "language_name",
    "event",  # a merged file's event: "<id>: <title>, <date>" as the file shows them
    "status",
    # what of its texts print in another language (its manifest entry's `texts`: the
    # build's): "not translated: prints in English (11 of 11 texts)"; "" when all are its own
    "translation",
    "trim_mm",
    # a US paper size's trim in inches, as its print shop orders it: "8.5 x 11" (`inches`)
    "trim_in",
    "bleed_mm",
    "output_condition",
    "pages",
    "sides",
    # a folded piece's fold lines on its first page (its layout's `folds:`: `folds_of`)
    "folds",
    "sha256",
    "bytes",
    "badge_face_mm",
    "badge_cut_mm",
    "badge_live_mm",  # the art's safe circle, and the wrap round the shell (manifest `badge`)
    "badge_wrap_mm",
    "badge_press",  # "verified", or "not verified" with the press profile's source
    # a print file's copies in the print order (`package --order`): the pieces asked for;
    # empty without one, and for a sheet or a combined file (their files' rows have them)
    "ordered",
    # how many times the row's PDF is printed for the order: a print file's ordered copies,
    # unless a sheet prints them (printplan: then its row's); a sheet's printings, unless the
    # plan does not print it (an alternative to others that print its files, or a sheet that
    # shares only some files with them). Summed, never twice an order.
    "copies",
    "stock",
    "finishing",
    "note",  # a combined file: which files of the package it holds
    # who sends the job (the office's name and id: `sender`) and whom to ask about it (the
    # office's own email and website fields, "" when it gives none), on every row
    "sender",
    "contact",
)


def event_of(f: OutputFile) -> str:
    """A merged file's event as the job sheet names it, "<id>: <title>, <date>" in the file's
    language (its manifest entry's `event`, merge.fields.event_label); its id alone for a
    file merged before entries named the event; "" for any other file. A print shop with
    300 event flyers told them apart by file name only."""
    if not f.record:
        return ""
    event = f.extra.get("event")
    said = f.record
    if isinstance(event, dict):
        title, day = str(event.get("title") or ""), str(event.get("date") or "")
        words = ", ".join(w for w in (title, day) if w)
        said = f"{f.record}: {words}" if words else f.record
    return f"{said} {SAMPLE_EVENT}" if f.extra.get("sample") else said


# what the job sheet says of a sample event's file (its data's `sample` cell true: made only
# to try the kit; an organiser's trial packed the examples' events with no word of it)
SAMPLE_EVENT = "[SAMPLE DATA: not for print]"


# a row's note for a sample file that is no sample event's (whose `event` says it): an
# office's or the campaign's that says `sample: true`
SAMPLE_NOTE = "SAMPLE DATA, NOT FOR PRINT"


def sample_note(kit: Kit, f: OutputFile) -> str:
    """The note of a file of sample data whose event does not say so (`event_of` marks a
    sample event's): "SAMPLE DATA, NOT FOR PRINT: rosea.yaml says `sample: true`"; ""
    for any other file."""
    if f.extra.get("sample"):
        return ""
    why = sample_of(kit, f)
    return f"{SAMPLE_NOTE}: {why}" if why else ""


# the problems of a refused row the job sheet names, each at its place (then their count)
MAX_PROBLEMS = 5


class Refused(NamedTuple):
    """A row of a data file that the folder's last merge refused for a problem: it made no
    files (the merge's stamp keeps them: pipeline.incremental.refused_rows)."""

    data: str  # the data file's name
    template: str
    office: str | None
    row: int  # as the sheet shows it
    event: str | None  # its event id, when it has one
    at: str  # "line:col" of its first problem in the data file ("0:0": the file's)
    problem: str
    # its other problems, each ("line:col", problem), after the first in the order of their
    # places (the stamp's `more`; none in a stamp of an earlier version, which kept one)
    more: tuple[tuple[str, str], ...] = ()

    @property
    def place(self) -> str:
        """Where its problem is: "ur-events.xlsx:3:6" (the file's name alone without one)."""
        return self._where(self.at)

    def _where(self, at: str) -> str:
        return self.data if at in ("", "0:0") else f"{self.data}:{at}"

    @property
    def problems(self) -> str:
        """Its problems at their places, as the job sheet and `package.refused` name them:
        "e.csv:3:5: <problem>" for one; for more, their count and each numbered, "3 problems:
        1. ev.xlsx:6:6: <problem>; 2. ...", the first MAX_PROBLEMS, then "and 2 more" (a
        row with a bad date, an empty venue and a phone typed as a number: the job sheet
        named the first alone)."""
        if not self.more:
            return f"{self.place}: {self.problem}"
        every = [(self.at, self.problem), *self.more]
        named = "; ".join(
            f"{n}. {self._where(at)}: {problem}"
            for n, (at, problem) in enumerate(every[:MAX_PROBLEMS], 1)
        )
        left = len(every) - MAX_PROBLEMS
        return f"{len(every)} problems: {named}" + (f"; and {left} more" if left > 0 else "")

    @property
    def named(self) -> str:
        """'row 3 (event isb-talk)'."""
        return f"row {self.row}" + (f" (event {self.event})" if self.event else "")


class Sender(NamedTuple):
    """Who sends a group's job sheet: `name` ("UNODC West Africa Office (west-africa)"; for
    the campaign kit's group its `office_name` field with "(campaign)", else "campaign"; the
    group's id alone for an office the kit no longer has), `contact` (the email and website
    fields as the office, or campaign.yaml for the campaign kit, gives them, ", " between; ""
    when it gives neither: nothing is made up), `mark` (the file that would give them: the
    office's or campaign.yaml; None for an office the kit no longer has) and `file` (that
    file in the kit, "materials/offices/rosea.yaml": the job sheet names it so, never by
    the sender's own folders)."""

    name: str
    contact: str
    mark: Mark | None = None
    file: str = ""

    def sign(self, rows: Iterable[dict[str, str]]) -> Iterator[dict[str, str]]:
        """`rows`, each with its `sender` and `contact` columns filled."""
        for r in rows:
            yield {**r, "sender": self.name, "contact": self.contact}

    @property
    def ask(self) -> str:
        """The job sheet's line of whom to ask: the contact, or that none is given and which
        file of the kit would give it. A campaign kit's job sheet named no one and did not
        say so (a print shop's trial)."""
        if self.contact:
            return f"Questions about this job: {self.contact}"
        if not self.file:
            return "Questions about this job: no contact given; ask whoever sent the files"
        return (
            "Questions about this job: no contact given; ask whoever sent the files (their "
            f"{self.file} has no e-mail or website)"
        )


def sender(kit: Kit, group: str) -> Sender:
    """The sender of `group`'s job sheet: its office's name in the job sheet's language (the
    kit's source language: the sheet's words are English) from `names:` where it has one,
    else its `name:`, with its id; and the office's `email` and `website` fields (its own or
    those its `extends:` gives it: Kit.offices holds them resolved; else campaign.yaml's, as
    its materials print them) for questions. The
    campaign kit's group (no office) is named by campaign.yaml's `office_name` field, and
    asked through its `email` and `website` fields. The job sheet named the office by its
    id alone ("job sheet - south-america-example"), and gave the print shop no one to ask
    (an office's trial)."""
    office = kit.offices.get(group)
    if office is None:
        if group != CAMPAIGN_GROUP:
            return Sender(group, "")
        own = kit.campaign.fields.get("office_name", "").strip()
        name = f"{own} ({group})" if own else group
        mark = kit.campaign.mark
        return Sender(name, _contact(kit, {}), mark, _in_kit(kit, mark.path))
    own_name = office.names.get(kit.campaign.source_language)
    name = own_name.text if own_name is not None and own_name.text.strip() else office.name
    fields = {key: value.text for key, value in office.fields.items()}
    mark = office.mark
    return Sender(f"{name} ({group})", _contact(kit, fields), mark, _in_kit(kit, mark.path))


def _contact(kit: Kit, own: Mapping[str, str]) -> str:
    """The `email` and `website` fields, ", " between: an office's `own` where it gives
    them, else campaign.yaml's, as its materials print them (a trial: the build counted an
    office's e-mail filled from campaign.yaml, and the job sheet named no one)."""
    said = (
        (own.get(key) or "").strip() or kit.campaign.fields.get(key, "").strip()
        for key in ("email", "website")
    )
    return ", ".join(text for text in said if text)


def _in_kit(kit: Kit, path: Path) -> str:
    """`path` as the kit names it ("materials/campaign.yaml"), its name alone outside it."""
    try:
        return path.resolve().relative_to(kit.root.resolve()).as_posix()
    except ValueError:
        return path.name


def refused_rows(build: Path) -> tuple[Refused, ...]:
    """The rows the last merge of each template into `build` refused (stamp_refused; none:
    no merge into it refused any, or its merges were made before stamps kept them)."""
    stamp = manifest_stamp(build)[0]
    return stamp_refused(stamp) if stamp is not None else ()


def stamp_refused(stamp: Mapping[str, object]) -> tuple[Refused, ...]:
    """The rows a stamp (or what a build of a failed job kept in its place) names as
    refused: those of the earlier merges of other templates into its folder, in the order
    they were merged (`refused_earlier`: pipeline.incremental.earlier_refused), then its own
    merge's (`refused`). A merge of event-flyer-a4 after one of event-flyer-a5 kept only its
    own, and the job sheet lost the A5's refused row (a Manila organiser's trial)."""
    return rows_refused(stamp.get("refused_earlier")) + rows_refused(stamp.get("refused"))


def rows_refused(found: object) -> tuple[Refused, ...]:
    """The refused rows of a merge's stamp's `refused` (or of what a merge in which a job
    failed kept: pipeline.incremental.failed_build), in its order; none when it is not a
    list."""
    if not isinstance(found, list):
        return ()
    out = []
    for r in found:
        if not isinstance(r, dict):
            continue
        office, event, more = r.get("office"), r.get("event"), r.get("more")
        out.append(
            Refused(
                str(r.get("data") or ""),
                str(r.get("template") or ""),
                office if isinstance(office, str) else None,
                int(r.get("row") or 0),
                event if isinstance(event, str) else None,
                str(r.get("at") or ""),
                str(r.get("problem") or ""),
                tuple(
                    (str(m.get("at") or ""), str(m.get("problem") or ""))
                    for m in (more if isinstance(more, list) else ())
                    if isinstance(m, dict)
                ),
            )
        )
    return tuple(out)


def refused_row(r: Refused, earlier: bool = False) -> dict[str, str]:
    """A refused row as a job sheet row: no file, its template and event, `status` "not
    made", and a note naming the row and its problem (and, `earlier`, that the package holds
    the event's files of an earlier merge: refused rows keep theirs)."""
    row = dict.fromkeys(JOB_COLUMNS, "")
    row.update(material=r.template, event=r.event or "", status="not made")
    row["note"] = f"not made: the merge refused {r.named} of {r.data} ({r.problems})" + (
        "; the files of this event in the package are of an earlier merge" if earlier else ""
    )
    return row


def earlier_note(r: Refused) -> str:
    """The job-sheet note of a print file of an event whose row the last merge refused: the
    file an earlier merge made of it, kept (a refused row keeps its files, as every row the
    merge did not make: docs/errors.md, package.refused), named as such, with the row and
    why it was refused. Its row said nothing, and only a row without a file and the head
    of JOB-SHEET.txt told of it (an organiser's trial: a flyer of an earlier merge, its
    row since typed with a bad date and a phone as a number, went to print as current)."""
    return (
        f"an earlier merge's file: the last merge refused {r.named} of {r.data} "
        f"({r.problems}) and made no file of it; this one shows the event as an earlier "
        "merge had it: check it with the sender before printing"
    )


def file_status(kit: Kit, f: OutputFile) -> str:
    """A built file's review status, as the job sheet, the contact sheets and the index give
    it: "draft" when it prints a draft translation (described.drafts_of: its language's,
    or a parent's it prints), else "reviewed". A badge with no words, built in a draft
    language, prints no text of it: "reviewed", where it was marked a draft."""
    return "draft" if drafts_of(kit, f) else "reviewed"


def _language_name(kit: Kit, code: str) -> str:
    language = kit.languages.get(code)
    return language.name if language is not None else code


def printed_in(f: OutputFile) -> tuple[int, dict[str, int]]:
    """What the build recorded of `f`'s texts that print in another language than its own
    (described.printed_in of its entry's `texts`)."""
    return described_printed_in(f.extra.get("texts"))


def translation(kit: Kit, f: OutputFile) -> str:
    """A file's texts that print in another language, in words, for the job sheet and the
    package's warning (described.printed_words, as the build's gallery says it)."""
    return printed_words(
        f.extra.get("texts"), kit.campaign.source_language, lambda c: _language_name(kit, c)
    )


def short_translation(kit: Kit, f: OutputFile) -> str:
    """`translation` for a contact sheet's tile band (28 characters or so): "NOT
    TRANSLATED: ENGLISH", "3/22 TEXTS IN ENGLISH", "22/22 TEXTS IN PT"; "" when all its
    texts are its own."""
    total, counts = printed_in(f)
    if not counts:
        return ""
    source = kit.campaign.source_language
    if list(counts) == [source] and counts[source] >= total:
        return f"NOT TRANSLATED: {_language_name(kit, source).upper()}"
    other = sum(counts.values())
    if len(counts) == 1:
        (code,) = counts
        name = _language_name(kit, code) if code == source else code
        return f"{other}/{total} TEXTS IN {name.upper()}"
    return f"{other}/{total} TEXTS IN {', '.join(c.upper() for c in sorted(counts))}"


def parts_translation(kit: Kit, parts: Sequence[OutputFile]) -> str:
    """`translation` of the files a combined file or a sheet holds, by language ("ha: not
    translated: prints in English (11 of 11 texts)"), each language's first one that says
    so; "" when none does."""
    said: dict[str, str] = {}
    for f in parts:
        if f.language not in said and (words := translation(kit, f)):
            said[f.language] = words
    if len(said) == 1 and len({f.language for f in parts}) == 1:
        return next(iter(said.values()))
    return "; ".join(f"{code}: {words}" for code, words in sorted(said.items()))


UNVERIFIED = "not verified"  # press_status's start for a press whose sizes are not verified


def press_status(kit: Kit, material: str) -> str:
    """Whether the badge press profile of `material` is verified: "verified", or "not
    verified: <its source note>, print one and check it on the press first"; "" when the
    kit no longer has the material."""
    layout = kit.layouts.get(material)
    press = layout.badge if layout is not None else None
    if press is None:
        return ""
    if press.verified:
        return "verified"
    return (
        f"{UNVERIFIED} ({press.source or 'no source given'}): print one badge and check it "
        "on the press first"
    )


def job_rows(
    kit: Kit,
    entries: Iterable[Entry],
    order: PrintOrder | None = None,
    refused: Mapping[tuple[str, str], Refused] | None = None,
    on_sheet: Mapping[str, str] | None = None,
) -> Iterator[dict[str, str]]:
    """A row of the job sheet per entry, as they come: its finishing from its layout
    (finishing.piece_finishing); with `order`, its ordered copies, stock and the order's
    finishing (printorder.PrintOrder.line_for), and its copies to print unless a sheet
    prints them (`on_sheet`: a file's path -> the sheet's name, printplan.PrintPlan), which
    its note then says. `refused`: the rows the last merge refused, by (template, event
    id): a merged file of one is an earlier merge's, which its note says first
    (`earlier_note`)."""
    for e in entries:
        f = e.file
        pre = f.extra.get("preflight")
        bleed = pre.get("bleed_mm") if isinstance(pre, dict) else None
        language = kit.languages.get(f.language)
        line = order.line_for(f) if order is not None else None
        sheet = (on_sheet or {}).get(f.path) if line is not None and line.copies else None
        yield (
            {
                "file": e.name,
                "material": f.material,
                "language": f.language,
                "language_name": language.name if language else "",
                "event": event_of(f),
                "status": file_status(kit, f),
                "translation": translation(kit, f),
                "trim_mm": f"{mm(f.trim_mm[0])} x {mm(f.trim_mm[1])}",
                "trim_in": inches(f.trim_mm, us_paper(kit, f)),
                "bleed_mm": bleed_mm(bleed) if isinstance(bleed, int | float) else "",
                "output_condition": str(f.extra.get("output_condition", "")),
                "pages": str(f.pages),
                "sides": sides(kit, f),
                "folds": folds_of(kit, f),
                "sha256": f.sha256,
                "bytes": str(f.bytes),
                "badge_face_mm": mm(f.badge["face_mm"]) if f.badge else "",
                "badge_cut_mm": mm(f.badge["cut_mm"]) if f.badge else "",
                "badge_live_mm": mm(f.badge["live_mm"]) if f.badge and "live_mm" in f.badge else "",
                "badge_wrap_mm": mm(f.badge["wrap_mm"]) if f.badge and "wrap_mm" in f.badge else "",
                "badge_press": press_status(kit, f.material) if f.badge else "",
                "ordered": str(line.copies) if line else "",
                "copies": str(line.copies) if line and sheet is None else "",
                "stock": line.stock if line else "",
                "finishing": with_order(piece_finishing(kit, f), [line.finishing] if line else []),
                "note": "; ".join(
                    note
                    for note in (
                        sample_note(kit, f),
                        earlier_note(refused[f.material, f.record])
                        if refused and f.record and (f.material, f.record) in refused
                        else "",
                        DIE_LINE if die_line(kit, f) else "",
                        low_ppi(f, good_ppi(kit, f)),
                        on_sheet_note(sheet, line.copies) if sheet and line else "",
                    )
                    if note
                ),
            }
        )


def on_sheet_note(sheet: str, copies: int) -> str:
    """The note of a print file that a sheet prints for the order (printplan.print_plan):
    its copies there, never on its own as well. Its row and the sheet's both had copies,
    each "to print instead of" the other (a US print shop's trial)."""
    return (
        f"its {copies:,} ordered are printed on {SHEETS_DIR}/{sheet} (that row's copies): do "
        f"not print this file on its own as well (or print it {copies:,} times, and not that "
        "sheet)"
    )


def good_ppi(kit: Kit, f: OutputFile) -> float:
    """The resolution (ppi) below which an image of print file `f` is a warning, as its build
    judged it (kinds.MaterialKind.ppi_floors): its layout's `good_ppi:` (a size's own, else
    its design's), else GOOD_PPI (300, print shops' preflight). The layout is the kit's of
    the file's material (its manifest entry's), which package.outdated holds to the one the
    file was built with; GOOD_PPI for a material the kit no longer has. Read from the kit's
    model, not its files (package imports no YAML loader after a build). A roll-up banner's
    `good_ppi: 100` was not read: package warned of its 150 ppi logo against 300 ppi."""
    layout = kit.layouts.get(f.material)
    return GOOD_PPI if layout is None else kind_of(layout).ppi_floors(layout)[1]


def low_ppi(f: OutputFile, good: float) -> str:
    """A print file's image below `good` ppi (its size's: `good_ppi`), as its job-sheet note
    says it (the build's preflight recorded the least resolution of its images in the
    manifest); else "". Print shops' preflight fails a file below GOOD_PPI
    (../shared/tools/preflight.py: 300 ppi), and the build only warned
    (`image.ppi-warning`): a banner's logo at 237 ppi went to the shop without a word on the
    job sheet (an office's trial). Below a size's own `good_ppi:` (a banner seen from afar),
    the note names it instead of the print shops' 300."""
    pre = f.extra.get("preflight")
    ppi = pre.get("min_image_ppi") if isinstance(pre, dict) else None
    if not isinstance(ppi, int | float) or ppi >= good:
        return ""
    asked = (
        "print shops' preflight asks for" if good == GOOD_PPI else "its size asks for (good_ppi)"
    )
    return (  # floored: 299.6 ppi is not "300 ppi, below the 300"
        f"an image prints at {math.floor(ppi)} ppi, below the {good:g} ppi {asked}: agree it "
        "with the print shop, or replace the image"
    )


# A kiss-cut piece's and a gang or sticker sheet's own die line, for the job sheet: RIPs
# that do not know the spot colour print its alternate (a print shop's trial: the job sheet
# never named it, and only a PDF's Subject did)
DIE_LINE = (
    "die line in the spot colour CutContour (0.25 pt, overprinting, alternate 100 % "
    "magenta): map it to the cutter; it must not print"
)


def die_line(kit: Kit, f: OutputFile) -> bool:
    """Whether a print file carries its own die line: kiss-cut along its trim (its layout's
    `cut_contour` mark: sticker-50), or a badge's cut circle (render.marks.draw_cut_circle:
    every badge's print PDF draws it)."""
    layout = kit.layouts.get(f.material)
    if layout is None:
        return False
    return layout.marks.cut_contour or kind_of(layout).cut_circle(layout) > 0


def languages_columns(kit: Kit, parts: Sequence[OutputFile]) -> dict[str, str]:
    """The job sheet's language columns of a file made of several (a combined file, a
    sheet): their languages' codes and names, and which of them are drafts."""
    codes = sorted({f.language for f in parts})
    names = [kit.languages[code].name if code in kit.languages else code for code in codes]
    drafted = {f.language for f in parts if drafts_of(kit, f)}  # as each part's own row
    drafts = [code for code in codes if code in drafted]
    return {
        "language": " ".join(codes),
        "language_name": ", ".join(names),
        "status": f"draft ({', '.join(drafts)})" if drafts else "reviewed",
        "translation": parts_translation(kit, parts),
    }


def combined_row(
    kit: Kit, c: Combined, outside: Sequence[str] = (), order: PrintOrder | None = None
) -> dict[str, str]:
    """The job sheet's row of a merge's combined file (merge.combine): its languages, its
    first part's trim, bleed and press condition (one template's: the same for all), its
    own pages, sha256 and bytes, and a note that it holds the package's print PDFs of its
    material, to print instead of them (or them instead of it), never both; `outside`: the
    names of that material's merged print PDFs in the package it does not hold (an earlier
    merge's file of a row refused now), named in the note. With a print `order`, the note
    says how many times to print the combined file when every event it holds has the same
    copies, or to print the single files when their copies differ (one file cannot be run
    at 300 for one event and 100 for another). Its own copies stay empty: they are its
    parts', counted once in the totals."""
    first = next(job_rows(kit, [Entry(c.parts[0], c.name, "")]))
    each = "" if c.parts[0].pages < 2 else f"; {sides(kit, c.parts[0])} for each event"
    return {
        **first,
        "file": c.name,
        **languages_columns(kit, c.parts),
        "event": "",  # its events are its parts'
        "pages": str(c.pages),
        "sides": "single-sided" if c.parts[0].pages < 2 else f"{c.parts[0].pages} pages a file",
        "sha256": c.sha256,
        "bytes": str(c.bytes),
        "ordered": "",
        "copies": "",
        "stock": "",
        # its finishing is its parts' (`first`'s, without the order's words)
        "note": _combined_sample(kit, c)
        + (
            f"the {len(c.parts)} print PDF(s) of {c.material} in this package, one after "
            f"another by event id{each}: print either them or this file, not both"
            if not outside
            else f"{len(c.parts)} of the {len(c.parts) + len(outside)} print PDF(s) of "
            f"{c.material} in this package, one after another by event id{each}, not "
            f"{', '.join(outside[:5])}{' and more' if len(outside) > 5 else ''}: print "
            "either those or this file, not both"
        )
        + (_combined_copies(c, order) if order is not None else ""),
    }


def _combined_sample(kit: Kit, c: Combined) -> str:
    """The start of a combined file's note when it holds files of sample data (`sample_of`):
    "SAMPLE DATA, NOT FOR PRINT: 2 of its 3 events' `sample` cell is true; ", its office's
    file's words ("rosea.yaml says `sample: true`") first; "" otherwise. Its row names no
    event, and its sample events' files went unmarked in it."""
    # its group's words (one office's, or the campaign's: a merge's for one group)
    group = sample_data(kit, c.parts[0].office)
    events = sum(1 for p in c.parts if p.extra.get("sample"))
    if not group and not events:
        return ""
    why = group or f"{events} of its {len(c.parts)} events' `sample` cell is true"
    return f"{SAMPLE_NOTE}: {why}; "


def _combined_file(row: dict[str, str]) -> bool:
    """Whether a job-sheet row is a merge's combined file (`combined_row`: its template's
    <template>-all.pdf; a record's file has its language and event between them, a build's
    its language). Told by its file, not by its note: a sticker's row has a note too (its
    die line), and JOB-SHEET.txt left the stickers out of "NOT IN THE PRINT ORDER" and of
    the draft languages (a print shop's trial)."""
    return row["file"] == f"{row['material']}-all.pdf"


# a badge's columns of the job sheet (job_rows)
BADGE_COLUMNS = ("badge_face_mm", "badge_cut_mm", "badge_live_mm", "badge_wrap_mm", "badge_press")


SHEET_KINDS = {
    "gang": "gang sheet of badges (cut circles in CutContour)",
    "sticker": "sticker sheet (kiss-cut in CutContour)",  # render.marks.CUT_CONTOUR
    "press": "press sheet",
    "home": "sheet for an office printer",
}


def _sheet_kind(m: MadeSheet, first: Mapping[str, str]) -> str:
    """What a sheet is, for its job-sheet note: a round sticker sheet with the diameter its
    circles are kiss-cut at (the badge's face: its row has no badge columns); a press sheet
    with its size with marks and the press stock that holds it, as `sheet` said it (a
    trial: the job sheet did not say which stock to print it on); a gang or sticker sheet
    with the press stock `sheet` said it is printed on, where its record gives one (an
    organiser's trial: `sheet` said SRA4, the job sheet named no stock)."""
    from ..sheets.paper import size_text

    on = ""
    if m.mode in ("gang", "sticker") and m.stock:  # the stock `sheet` said, as it said it
        from ..sheets.paper import paper_name

        on = f", printed on {paper_name(m.stock)}"
    # its page, the trim with its bleed and slug, as a press sheet's is said with its marks
    # (a print shop's trial: the row gave only the trim, 210 x 297 mm, as if an A4 page)
    page = ""
    if (
        m.mode in ("gang", "sticker")
        and m.page_mm
        and size_text(m.page_mm) != size_text(m.sheet_mm)
    ):
        page = f"{size_text(m.page_mm)} mm with its bleed and slug, "
    if m.mode == "sticker" and first.get("badge_face_mm"):
        return (
            f"sticker sheet ({page}{first['badge_face_mm']} mm circles kiss-cut in CutContour{on})"
        )
    if m.mode == "press":
        from ..sheets.paper import paper_name, press_media, size_text

        media = press_media(m.sheet_mm, m.bleed_mm)
        stock = m.stock_on  # the stock `sheet` placed its marks for
        size = f"{size_text(media)} mm with its marks"
        on = f"for {paper_name(stock)}" if stock else "larger than SRA3 and 13 x 19 in"
        return f"press sheet ({size}, {on})"
    if on or page:  # "gang sheet of badges (216 x 313 mm with ..., printed on SRA4)"
        kind, said = SHEET_KINDS[m.mode][:-1].split(" (", 1)
        return f"{kind} ({page}{said}{on})"
    return SHEET_KINDS[m.mode]


def sheet_row(
    kit: Kit,
    m: MadeSheet,
    order: PrintOrder | None,
    plan: list[int] | None,
    also: Sequence[str] = (),
    aside: Aside | None = None,
) -> dict[str, str]:
    """The job sheet's row of a sheet `sheet` made from the package's files (sheets.record):
    the sheet's own trim (its TrimBox, as every row's: the paper of a gang or sticker sheet,
    its page with bleed and slug in the note, as a press sheet's with its marks), bleed,
    press condition, pages, sha256 and bytes; its pieces' material, languages and badge
    sizes; the press stock it is printed on (`_sheet_stock`) and how it is cut
    (finishing.sheet_finishing, then the order's words); a note naming the files it places,
    to print instead of them (or them instead of it), never both. A press sheet of a
    two-sided flyer is printed work-and-turn. With an `order`, its copies are the times the
    sheet is printed for every file's ordered copies (`sheet_runs`; the files' rows then
    have none: printplan), and the note says so with what that makes (`_sheet_runs`);
    `plan`: its `page_plan` for the order, which the caller works out once (a search of up
    to 20,000 steps, and the job sheet's rows are made three times). `also`: the other
    sheets of the package that place some of its files (`overlapping`), which the note
    names: print one of them. `aside`: what the print plan says of a sheet it does not print
    (printplan.print_plan): an alternative to the sheets the order is printed on, its
    copies in its note alone, or a sheet not printed, its note without them; either note
    says so first (OR_SHEET, NOT_PRINTED)."""
    first = next(job_rows(kit, [Entry(m.parts[0], m.name, "")]))
    named = aside.sheets if aside is not None else ()
    also = [n for n in also if n not in named]  # those its note names first
    turn = m.mode == "press" and m.parts[0].pages == 2
    placed = ", ".join(PurePosixPath(f.path).name for f in m.parts[:4])
    more = f" and {len(m.parts) - 4} more" if len(m.parts) > 4 else ""
    runs = sheet_runs(m, order, plan) if order is not None else None
    return {
        **first,
        "file": f"{SHEETS_DIR}/{m.name}",
        **languages_columns(kit, m.parts),
        "event": "",  # its pieces'
        "trim_mm": f"{mm(m.sheet_mm[0])} x {mm(m.sheet_mm[1])}",
        "trim_in": inches(m.sheet_mm),
        "bleed_mm": bleed_mm(m.bleed_mm),
        "output_condition": m.output_condition,
        "pages": str(m.pages),
        "sides": (
            "work-and-turn: each page on both sides of its sheet, turned left to right"
            if turn
            else "single-sided"
        )
        + (  # the page count holds them: a print shop's trial read "2 page(s)" as 2 to print
            f"; {_pages(m.printed_pages + 1, m.pages)}: cut lines, not printed"
            if m.cut_pages
            else ""
        ),
        "sha256": m.sha256,
        "bytes": str(m.bytes),
        # the sheet's own: how many times it is printed for the order, on which paper, cut
        # how (a print shop's trial: a gang sheet's row left them empty, its stock in the note)
        "ordered": "",  # its files' rows have theirs
        "copies": str(runs) if runs and aside is None else "",
        "stock": _sheet_stock(m, order),
        "folds": sheet_folds(kit, m),
        "finishing": with_order(sheet_finishing(kit, m), _order_words(m, order, "finishing")),
        # stickers are kiss-cut, not pressed: a badge's face, wrap and press are not theirs
        **({k: "" for k in BADGE_COLUMNS} if m.mode == "sticker" else {}),
        # first, which of its files are sample data (its head lists it under SAMPLE DATA)
        "note": (aside.note if aside is not None else "")
        + _sheet_sample(kit, m)
        + f"{_sheet_kind(m, first)} made by `sheet` from {placed}{more} (in this "
        "package): print either it or those files, not both"
        + (
            f"; {', '.join(f'{SHEETS_DIR}/{n}' for n in also)} place some of them too: print "
            "each file once, from one sheet or another"
            if also
            else ""
        )
        + (f"; {DIE_LINE}; {ACTUAL_SIZE}" if m.mode in ("gang", "sticker") else "")
        + (f"; {UNTRIMMED}" if not m.bleed_mm else "")
        + _per_language(m)
        + _cut_pages(m)
        + (
            _sheet_runs(m, order, plan)
            if order is not None and (aside is None or aside.alternative)
            else ""
        ),
    }


# how the note of a sheet that is an alternative to the ones the order is printed on begins
# (printplan), and of one not printed for the order; JOB-SHEET.txt tells such a row by it
OR_SHEET = "OR, INSTEAD OF "
NOT_PRINTED = "NOT PRINTED FOR THE ORDER"


class Aside(NamedTuple):
    """A sheet the print plan does not print (printplan.print_plan): `sheets`, the chosen
    sheets that print some of its ordered files; `note`, its note's start (OR_SHEET, or
    NOT_PRINTED); `alternative`, whether it may be printed instead of them (they print all
    its ordered files); `said`, what JOB-SHEET.txt's head adds after its name."""

    sheets: tuple[str, ...]
    note: str
    alternative: bool
    said: str = ""


def _sheet_sample(kit: Kit, m: MadeSheet) -> str:
    """The start of a sheet's note when it places files of sample data
    (serve.described.samples_placed): "SAMPLE DATA, NOT FOR PRINT: every file it places
    is sample data (rosea.yaml says `sample: true`); "; "" otherwise. Its row named its
    files, not that they were samples (a user's trial)."""
    said = samples_placed(kit, m.parts)
    return f"{SAMPLE_NOTE}: {said}; " if said else ""


# how a gang or sticker sheet is printed, for the job sheet: the die cuts where its pieces
# are only at full size (the PDF asks a viewer for it: sheets.impose.actual_size)
ACTUAL_SIZE = "print it at actual size (100 %, not fit to page)"
# a sheet without bleed (a press's own paper, `--paper sra3`; a home sheet on its office
# paper): the paper itself, never trimmed, so a preflight that asks every page for 3 mm of
# bleed fails it (a print shop's trial ran the outside preflight on an SRA3 badge sheet)
UNTRIMMED = (
    "not trimmed: the sheet is the paper itself, with no bleed past it, so preflight it "
    "without a bleed requirement"
)


def _per_language(m: MadeSheet) -> str:
    """How many pieces of each language one printing of a sheet's pages makes, as part of
    its note ("; one printing of it makes 4 en, 4 fr and 4 ar"): the job sheet named the
    files a gang sheet places, not how many of each (an organiser's trial). "" for a press
    sheet (a page per file, counted by _sheet_runs) or a record without copies."""
    if m.mode == "press" or not m.copies:
        return ""
    counts: dict[str, int] = {}
    for f in m.parts:
        counts[f.language] = counts.get(f.language, 0) + m.copies.get(f.path, 0)
    said = [f"{n:,} {code}" for code, n in counts.items() if n]
    if not said:
        return ""
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    return f"; one printing of it makes {listed}"


def _pages(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}-{last}"


def _cut_pages(m: MadeSheet) -> str:
    """A sheet's cut pages, as part of its note: which pages are its cut lines alone, for
    the cutter and not printed ("; pages 3-4 are its cut lines alone, ..."). The job sheet
    said to print a gang sheet's 2 pages 30 times, its page of cut lines too (a print
    shop's trial)."""
    if not m.cut_pages:
        return ""
    which = _pages(m.printed_pages + 1, m.pages)
    verb = "is" if m.cut_pages == 1 else "are"
    return f"; {which} {verb} its cut lines alone, for the cutter: not printed"


def _sheet_runs(m: MadeSheet, order: PrintOrder, plan: list[int] | None) -> str:
    """What a print order means for a sheet, as the end of its note: how many times to print
    it so that every file it places reaches its ordered copies, and what that makes of each
    ("; for the order, print it 38 times: badge-58-en.pdf 150 ordered, 190 made; ..."). A
    gang sheet of 5 English and 4 Swahili badges, each ordered 150 times, gave the print
    shop no count: the single files' copies are not the sheet's. A press sheet, a page per
    file, is counted page by page (`_page_runs`); so is a gang or sticker sheet whose pages
    hold different files (`plan`, its `page_plan`), each page its own count, and the
    printings of all its pages together."""
    ordered = ordered_parts(m, order)
    if m.mode == "press" and len(m.parts) == m.printed_pages > 1:
        return _page_runs(ordered)
    said = [o for o in ordered if o is not None]
    if not said:
        return "; the order gives none of its files copies"
    if plan is not None and len(set(plan)) > 1:
        made = "; ".join(
            f"{o.name} {o.copies:,} ordered, {_made_by(m, plan, path):,} made"
            for o, path in zip(ordered, (f.path for f in m.parts), strict=True)
            if o is not None
        )
        return f"; for the order, print {_by_page(plan)}: {sum(plan):,} printings in all ({made})"
    runs = max(o.runs for o in said)
    made = "; ".join(f"{o.name} {o.copies:,} ordered, {runs * o.each:,} made" for o in said)
    printed = m.printed_pages
    if m.cut_pages:
        what = _pages(1, printed) if printed == 1 else f"each of {_pages(1, printed)}"
    else:
        what = f"each of its {printed} pages" if printed > 1 else "it"
    return f"; for the order, print {what} {_times(runs)} ({made})"


def _made_by(m: MadeSheet, plan: Sequence[int], path: str) -> int:
    """The pieces of the file at `path` that a sheet's pages make, each printed its `plan`
    count of times."""
    return sum(runs * page.get(path, 0) for runs, page in zip(plan, m.page_copies, strict=True))


def _by_page(plan: Sequence[int | None]) -> str:
    """Each page's printings in words, pages of one count in a row together: "page 1 9
    times, page 2 75 times, page 3 not at all"."""
    parts = []
    for runs, same in itertools.groupby(enumerate(plan, 1), key=lambda page: page[1]):
        numbers = [n for n, _ in same]
        which = _pages(numbers[0], numbers[-1])
        parts.append(f"{which} {_times(runs)}" if runs else f"{which} not at all")
    return ", ".join(parts)


def page_plan(m: MadeSheet, order: PrintOrder) -> list[int] | None:
    """How many times each printed page of a gang or sticker sheet is printed for `order`,
    in page order, from what each page holds (its record's MadeSheet.page_copies): the
    counts that make every file's ordered copies with the fewest printings of its pages
    in all (`fewest_printings`). A gang sheet of 10 en, 6 fr and 4 ar badges on 9 places (9
    en; 1 en, 6 fr, 2 ar; 2 ar), 150 of each ordered, was printed 38 times a page, every
    page as often as the file that needs most (114 printings: 380 en made); page by page,
    9, 69 and 6 times (84 printings: 150 en, 414 fr, 150 ar made). None when its record
    does not say what each page holds (a press or home sheet, a record of an earlier
    version), or the order gives none of its files copies."""
    if m.mode not in ("gang", "sticker") or len(m.page_copies) != m.printed_pages:
        return None
    need = {}
    for f in m.parts:
        line = order.line_for(f)
        if line is not None and line.copies and any(f.path in p for p in m.page_copies):
            need[f.path] = line.copies
    return fewest_printings(m.page_copies, need) if need else None


def fewest_printings(
    pages: Sequence[Mapping[str, int]], need: Mapping[str, int], budget: int = 20_000
) -> list[int]:
    """How many times to print each of `pages` (each: the pieces of each file it holds) so
    that every file of `need` (its copies ordered; each on one page at least) is made at
    least that many times: the fewest printings in all, then the fewest pieces made, then
    the lower counts on the first pages. A print shop counts and charges printings (sheets
    through the press), not the pieces on them: a page's extra pieces cost no more than
    its empty places would. Each page is printed at most as often as its file that needs
    most needs alone; pages holding no file of `need` are not printed (0).

    Searched page by page, each count from the least its files whose last page it is need
    upward, cut off where the printings cannot beat the best found (a file's copies left,
    over the most of it a later page holds); at most `budget` steps (a sheet of many
    pages and large orders), then the best found, never worse than every page printed as
    often as the file that needs most (the plan before pages had their own counts)."""
    count = len(pages)
    held = [{k: n for k, n in page.items() if k in need and n > 0} for page in pages]
    size = [sum(page.values()) for page in pages]
    last = {k: max(i for i, h in enumerate(held) if k in h) for k in need}
    most_after = [
        {k: max((held[j].get(k, 0) for j in range(i, count)), default=0) for k in need}
        for i in range(count + 1)
    ]
    each = {k: sum(h.get(k, 0) for h in held) for k in need}
    runs = max(-(-need[k] // each[k]) for k in need)
    best = [runs if h else 0 for h in held]
    lowered = True
    while lowered:  # each page lowered to the least its files need of it, the others as they are
        lowered = False
        for i, h in enumerate(held):
            over = {k: sum(r * held[j].get(k, 0) for j, r in enumerate(best)) - need[k] for k in h}
            fewer = min(best[i], *(over[k] // n for k, n in h.items())) if h else 0
            if fewer > 0:
                best[i], lowered = best[i] - fewer, True

    def cost(plan: Sequence[int]) -> tuple[int, int, tuple[int, ...]]:
        return sum(plan), sum(r * n for r, n in zip(plan, size, strict=True)), tuple(plan)

    best_cost = cost(best)
    steps = 0

    def least(i: int, left: Mapping[str, int]) -> int:
        """The fewest printings of pages i.. that can make what is `left` (more than any
        plan's when they cannot)."""
        fewest = 0
        for k, v in left.items():
            if v > 0:
                most = most_after[i][k]
                fewest = max(fewest, -(-v // most) if most else best_cost[0] + 1)
        return fewest

    def walk(i: int, plan: list[int], left: dict[str, int]) -> None:
        nonlocal best, best_cost, steps
        steps += 1
        if steps > budget or sum(plan) + least(i, left) > best_cost[0]:
            return
        if i == count:
            if cost(plan) < best_cost:
                best, best_cost = list(plan), cost(plan)
            return
        h = held[i]
        wanted = {k: -(-left[k] // n) for k, n in h.items() if left[k] > 0}
        low = max((r for k, r in wanted.items() if last[k] == i), default=0)  # its last page
        high = max(wanted.values(), default=0)
        for r in range(low, high + 1):
            walk(i + 1, [*plan, r], {k: v - h.get(k, 0) * r for k, v in left.items()})

    walk(0, [], dict(need))
    return best


class Ordered(NamedTuple):
    """A file a sheet places, as a print order counts it: its name, the copies ordered, and
    how many of it one printing of the sheet makes."""

    name: str
    copies: int
    each: int

    @property
    def runs(self) -> int:
        """The printings of the sheet that make at least the copies ordered."""
        return -(-self.copies // self.each)


def sheet_runs(m: MadeSheet, order: PrintOrder, plan: list[int] | None) -> int | None:
    """How many times a sheet PDF (each printed page once a time) is printed for the order:
    the runs of the file it places that needs most (`Ordered.runs`, as its note says); a
    press sheet of a page per file, or a gang or sticker sheet whose record says what each
    page holds (`plan`, its `page_plan`), only when every page is printed as often
    (`_page_runs`). None when the order gives none of its files copies, or the sheet's
    pages are printed each its own number of times."""
    ordered = ordered_parts(m, order)
    if m.mode == "press" and len(m.parts) == m.printed_pages > 1:
        each = {o.runs if o else 0 for o in ordered}
        return each.pop() or None if len(each) == 1 else None
    if plan is not None:
        return plan[0] or None if len(set(plan)) == 1 else None
    said = [o.runs for o in ordered if o is not None]
    return max(said) if said else None


def _order_words(m: MadeSheet, order: PrintOrder | None, column: str) -> list[str]:
    """The stocks (`column` "stock") or finishings the order gives the files a sheet places,
    each once, in the files' order."""
    if order is None:
        return []
    said = (getattr(line, column) for f in m.parts if (line := order.line_for(f)) is not None)
    return list(dict.fromkeys(w for w in said if w))


def _sheet_stock(m: MadeSheet, order: PrintOrder | None) -> str:
    """A sheet's `stock` column: the press stock it is printed on (MadeSheet.stock_on: as
    `sheet` recorded it, a gang or sticker sheet's "SRA4", a press sheet's its `--stock` or
    the one its region's stocks gave, "12 x 18 in" for a US office's custom flyer), then the
    paper the order gives its files ("SRA4, 170 g/m2 silk"); "" when neither is known (a
    record of an earlier version, a press sheet larger than any)."""
    from ..sheets.paper import paper_name

    stock = m.stock_on
    return ", ".join(
        dict.fromkeys([*([paper_name(stock)] if stock else []), *_order_words(m, order, "stock")])
    )


def ordered_parts(m: MadeSheet, order: PrintOrder) -> list[Ordered | None]:
    """Each file a sheet places, in order, as the order counts it; None for a file the
    order gives no copies (or the sheet none of)."""
    out: list[Ordered | None] = []
    for f in m.parts:
        line = order.line_for(f)
        each = m.copies.get(f.path, 0)
        if line is None or not line.copies or each < 1:
            out.append(None)
        else:
            out.append(Ordered(PurePosixPath(f.path).name, line.copies, each))
    return out


def _page_runs(ordered: list[Ordered | None]) -> str:
    """A press sheet's runs page by page, from `ordered_parts` of its files (each page is one
    file's plate, `up` pieces a printing), pages of one count together: "; for the order,
    print page 1 100 times, pages 2-4 500 times (flyer-a5-ar.pdf 200 ordered, 200 made;
    ...)". Every page printed as often as the largest order made five times the Arabic
    flyers ordered (a print shop's trial)."""
    said = [f"{o.name} {o.copies:,} ordered, {o.runs * o.each:,} made" for o in ordered if o]
    if not said:
        return "; the order gives none of its files copies"
    plan = [o.runs if o else None for o in ordered]
    return f"; for the order, print {_by_page(plan)} ({'; '.join(said)})"


def _combined_copies(c: Combined, order: PrintOrder) -> str:
    """What the print order means for a combined file, as the end of its note: "; the
    order's copies: 100 of each event, so 100 of this file", or that they differ."""
    copies = {}
    for f in c.parts:
        line = order.line_for(f)
        copies[f"{f.record} ({f.language})" if f.record else f.name] = (
            line.copies if line is not None else None
        )
    counts = set(copies.values())
    if counts == {None}:
        return ""
    if len(counts) == 1:
        (n,) = counts
        return f"; the order's copies: {n:,} of each event, so {n:,} of this file"
    shown = ", ".join(f"{k} {'-' if v is None else f'{v:,}'}" for k, v in list(copies.items())[:5])
    more = " and more" if len(copies) > 5 else ""
    return (
        f"; the order gives its events different copies ({shown}{more}): print the single "
        "files, not this one"
    )


def sides(kit: Kit, f: OutputFile) -> str:
    """How a print file's pages are printed, for the press operator: one side, or a two-page
    material's front and back (its layout's page names) double-sided, head to head: turned
    on the long edge of a portrait trim, the short edge of a landscape one. A job sheet that
    said only "2 page(s)" left the flyer's duplexing to a guess."""
    if f.pages < 2:
        return "single-sided"
    layout = kit.layouts.get(f.material)
    names = [p.name for p in layout.pages] if layout is not None else []
    named = ", ".join(names) if len(names) == f.pages else f"{f.pages} pages"
    if f.pages != 2:
        return named
    w, h = f.trim_mm
    edge = "long" if h >= w else "short"
    return f"double-sided ({named}), head to head: turn on the {edge} edge"


def folds_of(kit: Kit, f: OutputFile) -> str:
    """Where a print file's piece is folded, as the shop folds it after cutting: its
    layout's `folds:` (a size's, scaled or its own: kit.sizes), "1 vertical at 148.5 mm
    from the left", of the first page where it has several (a back's vertical folds are
    mirrored: model.Folds.on_page; a right-to-left language's whole piece mirrored, as its
    frames: Folds.mirrored; sheets.folds.file_folds); "" for a piece not folded, or a
    material the kit no longer has. Read from the kit's model, as `sides` reads its pages:
    a print shop's trial found a table tent's job sheet silent on where to fold it."""
    folds = file_folds(kit, f)
    if folds is None:
        return ""
    if f.pages > 1:
        return f"on its first page ({kit.layouts[f.material].pages[0].name}): {folds.words()}"
    return folds.words()


def pieces_folds(kit: Kit, parts: Sequence[OutputFile]) -> str:
    """A sheet's pieces' folds (`folds_of`), each folded once cut (the sheet itself is not):
    "each piece, once cut: 1 vertical at 20 mm from the left"; by language where they
    differ (a right-to-left language's pieces fold the mirror way): "each piece, once cut:
    ar: ... / en: ..."; "" for pieces not folded."""
    said: dict[str, set[str]] = {}
    for f in parts:
        said.setdefault(folds_of(kit, f), set()).add(f.language)
    if set(said) == {""}:
        return ""
    if len(said) == 1:
        return f"each piece, once cut: {next(iter(said))}"
    each = sorted((", ".join(sorted(langs)), words) for words, langs in said.items())
    return "each piece, once cut: " + " / ".join(f"{langs}: {words}" for langs, words in each)


# what a sheet's job sheet says of its fold marks, after its pieces' folds (sheet_folds)
SHEET_FOLD_MARKS = "dashed fold marks at the sheet's edges, in line with each piece's folds"
SHEET_NO_FOLD_MARKS = (
    "the sheet has no fold marks (it places its pieces without their marks): set the "
    "folder from a piece's print PDF or these numbers"
)


def sheet_folds(kit: Kit, m: MadeSheet) -> str:
    """A sheet's `folds` column: its pieces' folds (`pieces_folds`) and whether the sheet
    marks them: a press sheet draws each piece's fold marks at its edges, in line with its
    folds, where its crop marks are (sheets.folds; MadeSheet.fold_marks), never in a gutter
    between two pieces' bleeds; a home sheet (no marks), or a record of an earlier
    version, has none. "" for pieces not folded."""
    folds = pieces_folds(kit, m.parts)
    if not folds:
        return ""
    return f"{folds}; {SHEET_FOLD_MARKS if m.fold_marks else SHEET_NO_FOLD_MARKS}"


def mm(value: float) -> str:
    return f"{value:g}"


EIGHTH_MM = INCH / 8  # 3.175 mm: the US bleed, 1/8 in


def bleed_mm(value: float) -> str:
    """A bleed in mm, one of 1/8 in exactly (3.175 mm, not the preflight's 3.17: the PDF's
    boxes measured to 0.01 mm) when it is within 0.01 mm of one; a US print shop read "3.17"
    as "not 1/8 in" (a trial's)."""
    eighths = round(value / EIGHTH_MM)
    if eighths and abs(value - eighths * EIGHTH_MM) <= 0.01:
        return mm(round(eighths * EIGHTH_MM, 3))
    return mm(value)


def eighth_in(value: float) -> str:
    """A bleed's inches, "1/8 in", when it is a whole number of eighths (`bleed_mm`); else ""
    (papers.eighths_in, as `check --pdf` says a measured bleed)."""
    return eighths_in(value)


def inches(trim: tuple[float, float], us: bool = False) -> str:
    """A trim in inches ("8.5 x 11", "2 x 7", "4.0625 x 6"), as a US print shop orders it, in
    the trim's orientation; "" when it is none. Given for a US paper size of the table
    (papers.paper_size) and for any size a `us` layout makes (its layout's or size's `paper:
    us`, or a size of no paper family built for an office of `paper: us`: `us_paper`), each
    side in whole sixteenths of an inch when it is within 0.05 mm of one (216 x 279 mm is
    no 8.5 x 11 in sheet, though close to one: of the table, it gives none), else to 0.01 in
    ("3.94"); and for any other size whose sides are both whole sixteenths within 0.01 mm
    (INCH_EXACT_MM): a custom 2 x 7 in bookmark of `paper: us` had its `trim_in` empty (a
    user's trial), the table knowing only papers."""
    paper = paper_size(trim)
    sixteenths = [round(v / SIXTEENTH_MM) for v in trim]
    off = [abs(v - n * SIXTEENTH_MM) for v, n in zip(trim, sixteenths, strict=True)]
    if paper is not None and paper.family == "us":
        return " x ".join(f"{n / 16:g}" for n in sixteenths) if max(off) <= 0.05 else ""
    if us:
        return " x ".join(
            f"{n / 16:g}" if d <= 0.05 else f"{v / INCH:.2f}".rstrip("0").rstrip(".")
            for v, n, d in zip(trim, sixteenths, off, strict=True)
        )
    if all(sixteenths) and max(off) <= INCH_EXACT_MM:
        return " x ".join(f"{n / 16:g}" for n in sixteenths)
    return ""


SIXTEENTH_MM = INCH / 16  # 1.5875 mm
# how near a size of no US paper must be to whole sixteenths of an inch to be given in inches
# (`inches`): the sixteenths are 1/80 mm from each other's nearest tenth of a mm, so a size
# written to 0.1 mm is within 0.01 mm of one only when it is whole half inches (12.7 mm,
# 127 mm), and one written to 0.01 mm of sixteenths (52.39 for 2 1/16 in) is within it; at
# 0.05 mm, 393 of the 50,000 sizes from 0.1 to 5,000 mm were, and 19, 100 and 300 mm among
# whole mm (100 mm is 3 15/16 in + 0.0125 mm)
INCH_EXACT_MM = 0.01


def us_paper(kit: Kit, f: OutputFile) -> bool:
    """Whether `f` is of a US paper (`inches`): its layout's (or size's) `paper: us`, or its
    office's `paper: us` for a layout of no paper family (`custom`, or none given: badges,
    social images): papers.paper_family, the paper its press sheet is of too
    (press_stock.piece_stock)."""
    layout = kit.layouts.get(f.material)
    if layout is None:
        return False
    office = kit.offices.get(f.office) if f.office else None
    return paper_family(layout.paper, office.paper if office else None) == "us"


def job_csv(rows: Iterable[dict[str, str]]) -> bytes:
    """The job sheet as CSV, UTF-8 with a byte order mark: Excel reads a CSV without one in
    the computer's own encoding (135 g/m² became 135 g/mÂ²)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, JOB_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


# the job sheet's columns a spreadsheet gets as numbers (JOB-SHEET.xlsx), not as text: whole
# numbers, and millimetres ("3.175")
WHOLE_COLUMNS = frozenset({"pages", "bytes", "ordered", "copies"})
MM_COLUMNS = frozenset(
    {"bleed_mm", *(c for c in JOB_COLUMNS if c.startswith("badge_") and c.endswith("_mm"))}
)
# JOB-SHEET.xlsx: a column's width in characters, from its longest value, within these
MIN_WIDTH, MAX_WIDTH = 8, 66  # a sha256 on one line
XLSX_SHEET = "Job sheet"
XLSX_CREATOR = "Blue Heart campaign kit"


def _cell_value(column: str, text: str) -> str | int | float | None:
    """A job sheet value as JOB-SHEET.xlsx holds it: a number in a number column (`3.175`,
    `1200`), None for an empty one, else the text as it is."""
    if not text:
        return None
    try:
        if column in WHOLE_COLUMNS:
            return int(text)
        if column in MM_COLUMNS:
            value = float(text)
            return int(value) if value.is_integer() else value
    except ValueError:
        pass
    return text


def job_xlsx(rows: Iterable[dict[str, str]], title: str, date: tuple[int, ...]) -> bytes:
    """The job sheet as an Excel workbook (Office Open XML, openpyxl), the CSV's rows and
    columns in one sheet: Excel opens a CSV by the computer's list separator, which is ';' in
    French, German or Spanish settings, and showed JOB-SHEET.csv in one column. The header
    row is bold and frozen, with a filter; each column as wide as its longest value (within
    MIN_WIDTH and MAX_WIDTH characters; a longer note wraps); pages, bytes, copies and the
    millimetres are numbers (`_cell_value`), every other value text (a title that begins
    with "=" is no formula). Deterministic bytes: the document's created and modified dates
    are `date` (zips.epoch: SOURCE_DATE_EPOCH, else the campaign's day), as are its ZIP
    members' (openpyxl writes the time of the save in both): workbook.workbook_bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from ..workbook import workbook_bytes

    book = Workbook()
    sheet = book.active
    assert sheet is not None, "a new workbook has its sheet"
    sheet.title = XLSX_SHEET
    book.properties.creator = book.properties.lastModifiedBy = XLSX_CREATOR
    book.properties.title = title
    sheet.append(JOB_COLUMNS)
    widths = [len(c) for c in JOB_COLUMNS]
    for r in rows:
        sheet.append([_cell_value(c, r[c]) for c in JOB_COLUMNS])
        widths = [max(w, len(r[c])) for w, c in zip(widths, JOB_COLUMNS, strict=True)]
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for n, column in enumerate(sheet.iter_cols(), start=1):
        width = min(max(widths[n - 1] + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(n)].width = width
        for cell in column:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
            if widths[n - 1] + 2 > MAX_WIDTH:
                cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return workbook_bytes(book, date)


def _in(trim_in: str) -> str:
    return f" ({trim_in} in)" if trim_in else ""


def _bleed(value: str) -> str:
    """A row's bleed for the text sheet: "3.175 mm (1/8 in)", "3 mm", or "-"."""
    if not value:
        return "-"
    eighths = eighth_in(float(value))
    return f"{value} mm ({eighths})" if eighths else f"{value} mm"


def job_txt(
    title: str,
    rows: Iterable[dict[str, str]],
    ordered: bool = False,
    ask: str = "",
    left: Sequence[str] = (),
    choices: Sequence[str] = (),
) -> bytes:
    """The job sheet as text: the title (with its sender's name: `Sender`), whom to ask
    (`ask`: Sender.ask, which says so when no one is named), the draft languages, the
    copies ordered per material and the files a print order (`ordered`) gives none, or that
    no copies are given (no print order: a print shop's trial found no word of quantities),
    what the package left out (`left`: select.LeftOut.lines, with how to include it), the
    sheets of the same files to print one of (`choices`: printplan.PrintPlan.lines), each
    badge material whose press is not verified (once, where its rows say "see ... above"),
    then a paragraph per row. The copies ordered are the print files' `ordered` (a sheet's
    printings are of them, and a file a sheet prints has no copies of its own)."""
    lines: list[str] = []
    missing: list[str] = []  # rows a merge refused: events the package lacks
    drafts: set[str] = set()
    copies: dict[str, Counter[int]] = {}  # material -> files by their copies
    none: list[str] = []  # files the order gives no copies (a print shop reads only the ZIP)
    other: list[str] = []  # files whose texts print in another language (`translation`)
    samples: list[str] = []  # files of sample data (SAMPLE_EVENT, SAMPLE_NOTE)
    unverified: dict[str, str] = {}  # material -> its press_status, when not verified
    for r in rows:
        if not r["file"]:  # refused_row's
            missing.append(f"  {r['material']}: {r['note'].removeprefix('not made: ')}")
            continue
        sheet = r["file"].startswith(f"{SHEETS_DIR}/")  # printings of it, not pieces
        several = sheet or _combined_file(r)  # a file of others: its languages are theirs
        if r["status"] != "reviewed" and not several:
            drafts.add(r["language"])
        if r["ordered"] and not several:
            copies.setdefault(r["material"], Counter())[int(r["ordered"])] += 1
        elif not r["ordered"] and not several:  # as the order's warning counts: the print
            none.append(r["file"])  # files alone (a combined file's copies are its parts')
        if r["translation"]:
            other.append(f"  {r['file']}: {r['translation']}")
        lines.append(r["file"])
        said = f", {r['translation']}" if r["translation"] else ""
        lines.append(
            f"  {r['material']}, {r['language']} ({r['language_name']}), {r['status']}{said}"
        )
        if r["event"]:
            lines.append(f"  event {r['event']}")
        if r["event"].endswith(SAMPLE_EVENT) or r["note"].startswith(SAMPLE_NOTE):
            samples.append(r["file"])
        lines.append(
            f"  trim {r['trim_mm']} mm{_in(r['trim_in'])}, bleed {_bleed(r['bleed_mm'])}, "
            f"{r['output_condition'] or '-'}, {r['pages']} page(s), {r['sides']}"
        )
        if r["folds"]:  # a sheet's says its fold marks itself (sheet_folds)
            marks = "" if sheet else "; dashed fold marks outside the trim"
            lines.append(f"  fold: {r['folds']}{marks}")
        if r["badge_face_mm"]:
            more = "".join(
                f", {what} {r[key]} mm"
                for what, key in (("live", "badge_live_mm"), ("wrap", "badge_wrap_mm"))
                if r[key]
            )
            press = r["badge_press"]
            if press.startswith(UNVERIFIED):  # said once, in the head (a print shop's trial:
                unverified.setdefault(r["material"], press)  # 26 rows repeated the sentence)
                press = f"{UNVERIFIED} (see BADGE PRESS NOT VERIFIED above)"
            lines.append(
                f"  badge: face {r['badge_face_mm']} mm, cut {r['badge_cut_mm']} mm{more}"
                + (f"; press {press}" if press else "")
            )
        if r["copies"] or r["ordered"] or r["stock"] or r["finishing"]:
            lines.append(f"  {', '.join(_printed(r, sheet))}")
        lines.append(f"  sha256 {r['sha256']}, {r['bytes']} bytes")
        if r["note"]:
            lines.append(f"  NOTE: {r['note']}")
        lines.append("")
    head = [title, "=" * len(title), ""]
    if ask:
        head += [ask, ""]
    if left:
        head += ["LEFT OUT of this package (the build made them; they are not sent):"]
        head += [*left, ""]
    if missing:
        head += [  # each template's last merge's (a Manila organiser's trial)
            "NOT MADE: rows of the data the last merge of their template refused (no files "
            "made of them):"
        ]
        head += [*missing, ""]
    if other:
        head += ["NOT IN THEIR OWN LANGUAGE: these files print texts of another language:"]
        head += [*other, ""]
    if drafts:
        head += [
            f"DRAFT translations (not reviewed by a native speaker): {', '.join(sorted(drafts))}",
            "",
        ]
    if samples:
        head += [f"SAMPLE DATA, NOT FOR PRINT (made only to try the kit): {', '.join(samples)}", ""]
    if unverified:
        head += ["BADGE PRESS NOT VERIFIED:"]
        head += [f"  {m}: press {said}" for m, said in sorted(unverified.items())]
        head += [""]
    if copies:
        head += [f"Copies ordered: {copies_words(copies)}", ""]
    elif lines and not ordered:  # print files, and no print order
        head += [
            "Copies: none given (no print order came with this package: agree them with the "
            "sender, who can add them with `package --order FILE`)",
            "",
        ]
    if ordered and none:
        head += [f"NOT IN THE PRINT ORDER (no copies given): {', '.join(none)}", ""]
    if choices:
        head += [*choices, ""]
    return "\n".join(head + lines).encode("utf-8")


def _printed(r: Mapping[str, str], sheet: bool) -> list[str]:
    """A row's copies, stock and finishing for JOB-SHEET.txt: "38 copies of the sheet, SRA4,
    die-cut ..."; a file a sheet prints, "120 ordered, printed on a sheet (see NOTE), not on
    its own"; a sheet that is an alternative to another (OR_SHEET), "OR: instead of another
    sheet (see NOTE), not counted"; one the order is not printed on at all (NOT_PRINTED),
    "not printed for the order (see NOTE), not counted"."""
    n = int(r["copies"] or 0)
    of = " of the sheet" if sheet else ""
    what = [f"{n:,} cop{'y' if n == 1 else 'ies'}{of}"] if n else []
    if not n and r["ordered"]:
        what = [f"{int(r['ordered']):,} ordered, printed on a sheet (see NOTE), not on its own"]
    elif not n and sheet and r["note"].startswith(OR_SHEET):
        what = ["OR: instead of another sheet (see NOTE), not counted"]
    elif not n and sheet and r["note"].startswith(NOT_PRINTED):
        what = ["not printed for the order (see NOTE), not counted"]
    return what + [r[k] for k in ("stock", "finishing") if r[k]]


def _times(n: int) -> str:
    """`n` printing runs in words: once, twice, 3 times."""
    return {1: "once", 2: "twice"}.get(n, f"{n:,} times")
