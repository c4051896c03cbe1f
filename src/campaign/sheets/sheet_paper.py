"""The paper a home, gang or sticker sheet is on without `--paper`: the pieces' own paper family's
office paper, Letter for US pieces and A4 for ISO ones (and the rest), with a `sheet.paper`
note that says which and why. `sheet --home` put Letter flyers and 2.25 in badges on A4,
without a word, though the kit knew their family: it prints them on 12 x 18 in at a press (a
US organiser's trial). A press sheet of flyers has no paper (its pieces' own size: --paper
is refused), and is left as it is."""

from __future__ import annotations

from dataclasses import replace

from ..diagnostics import Diagnostic, Mark, Severity, Subject
from ..model import Kit
from ..papers import FAMILY_WORD, paper_size
from .paper import paper_name, size_text
from .request import SheetRequest, left_to_sheet

# The sheet each paper family's offices print on: an office printer's paper and the gang
# sheet's (US Letter, 8.5 x 11 in; ISO 216 A4), the first of sheet.OFFICE_PAPERS of each.
FAMILY_PAPER = {"us": "letter", "iso": "a4"}
# The paper of a piece of no family (DL, B5, a 58 mm badge) that no office names: the kit's
# default family, `paper: iso` (model.Office.paper), as --paper's default always was.
DEFAULT_FAMILY = "iso"


def piece_paper(
    kit: Kit, req: SheetRequest, trim: tuple[float, float], badges: bool
) -> tuple[SheetRequest, Diagnostic | None]:
    """`req` on the paper its pieces (`trim`, mm; the material's layout and the office
    asked for; `badges`: round pieces) are printed on, and the `sheet.paper` note that says
    why; `req` as it is, and no note, when --paper was given (request.left_to_sheet) or the
    sheet is a press sheet of flyers. The family, the first that says one (family_of):

    1. the pieces' size, when it is a paper size of a family (campaign.papers.paper_size:
       Letter, half-Letter and Tabloid are US; A3, A5, A6 are ISO);
    2. the layout's `paper:` (an inch badge's `paper: us`, a size of no paper size);
    3. the office's `paper:` (`--office`: a 58 mm badge for `paper: us` office);
    4. DEFAULT_FAMILY.

    Mixed families, the pieces' and the office's (an A5 flyer that a US office's `materials:`
    lists): the pieces' wins, the sheet holding them at the size they were made for, and the
    note names the office's too. One sheet is one material of one office, so its pieces
    share one size and one layout: no other mix."""
    if not (badges or req.home or req.sticker) or not left_to_sheet(req, "paper"):
        return req, None
    layout = kit.layouts.get(req.material)
    office = kit.offices.get(req.office) if req.office else None
    family, why, mark = family_of(
        trim,
        layout.paper if layout is not None else None,
        layout.key_marks.get("paper") if layout is not None else None,
        # at its `paper:` line when its file writes one, which is then no default (it named
        # the file's first line, and a written `paper: iso` "the default": a trial's)
        (office.id, office.paper, office.paper_mark or office.mark) if office is not None else None,
        written=office is not None and office.paper_mark is not None,
    )
    paper = FAMILY_PAPER[family]
    other = FAMILY_PAPER["us" if family == "iso" else "iso"]
    note = Diagnostic(
        "sheet.paper",
        f"the sheet is on {paper_name(paper)} paper, {why}",
        mark,
        (f"--paper {other} puts it on {paper_name(other)} (--paper names any sheet)",),
        Severity.NOTE,
        Subject(material=req.material),
    )
    return replace(req, paper=paper), note


def family_of(
    trim: tuple[float, float],
    layout_paper: str | None,
    layout_mark: Mark | None,
    office: tuple[str, str, Mark | None] | None,
    written: bool = False,
) -> tuple[str, str, Mark | None]:
    """The paper family ("us", "iso") of pieces of `trim` (mm) whose layout says
    `layout_paper` (at `layout_mark`; None: any paper, or "custom": a size of no family), for
    `office` ((id, its `paper:`, its file's place); None: the campaign's files), in the
    order piece_paper gives; with why, as its note says it ("as its pieces are Letter (215.9 x
    279.4 mm), a US size"), and where that is written (None: the size itself, or the kit's
    default). `written`: the office's file writes its `paper:` (not "the default")."""
    found = paper_size(trim)
    if found is not None and found.family is not None:
        family = found.family
        a = "an" if family == "iso" else "a"
        why = (
            f"as its pieces are {found.name} ({size_text(trim)} mm), {a} {FAMILY_WORD[family]} size"
        )
        return family, why + _office_differs(office, family), None
    if layout_paper in FAMILY_PAPER:
        family = str(layout_paper)
        why = f"as its size is for {FAMILY_WORD[family]} paper (`paper: {family}`)"
        return family, why + _office_differs(office, family), layout_mark
    if office is not None:
        name, family, mark = office
        default = ", the default" if family == DEFAULT_FAMILY and not written else ""
        said = f"its `paper: {family}`{default}"
        why = f"as office '{name}' prints on {FAMILY_WORD[family]} paper ({said})"
        return family, why, mark
    return (
        DEFAULT_FAMILY,
        f"the kit's default, as its pieces ({size_text(trim)} mm) are of no paper family and no "
        "`paper:` or office names one",
        None,
    )


def _office_differs(office: tuple[str, str, Mark | None] | None, family: str) -> str:
    """ ", though office 'new-york' prints on US paper: the pieces' paper comes first", where
    the office's family is not the pieces' `family`; else ""."""
    if office is None or office[1] == family:
        return ""
    return (
        f", though office '{office[0]}' prints on {FAMILY_WORD[office[1]]} paper (`paper: "
        f"{office[1]}`): the pieces' paper comes first"
    )


__all__ = ["DEFAULT_FAMILY", "FAMILY_PAPER", "FAMILY_WORD", "family_of", "piece_paper"]
