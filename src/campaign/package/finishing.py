"""How a print file or a sheet is finished once printed, for the job sheet's `finishing`
column: from its layout's data, by the kind of piece it is (a badge's cut circle and press, a
kiss-cut piece's die line and corner radius, a trimmed piece's trim and crop marks), then the
print order's own words. The single sticker's rows had no finishing, or the order's
"kiss-cut" alone, and never its rounded corners (a US print shop's trial): only the sticker
sheets said kiss-cut."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..kinds import kind_of
from ..model import Kit, Layout
from ..output import OutputFile
from ..sheets.folds import file_folds
from ..sheets.record import MadeSheet

# what joins a piece's own finishing to the next step (and to the order's words)
THEN = "; then "


def _mm(value: float) -> str:
    return f"{round(value, 2):g}"


def _press(layout: Layout) -> str:
    """A badge's press as its finishing names it: "a 58 mm button press" (the press profile's
    `name`, else its face diameter); "" for a layout with no press."""
    press = layout.badge
    if press is None:
        return ""
    return f"a {press.name or f'{_mm(press.face)} mm'} button press"


def _corners(radius: float, trim: tuple[float, float]) -> str:
    """A die line's corners: "corners rounded to a 3 mm radius" (at most half the trim's
    shorter side, as render.marks.draw_cut_contour draws it), or "square corners"."""
    r = min(radius, trim[0] / 2, trim[1] / 2)
    return f"corners rounded to a {_mm(r)} mm radius" if r > 0 else "square corners"


def piece_finishing(kit: Kit, f: OutputFile) -> str:
    """How print file `f` is finished, from its layout: a badge is through-cut along its
    press's cut circle (its print PDF's CutContour die line), then pressed; a piece with its
    own die line (`marks: cut_contour`: sticker-50) is kiss-cut along it, its corners as its
    `cut_radius` rounds them; any other piece is trimmed to its trim, at its crop marks
    where it has them, then folded where its layout folds it. "" for a material the kit no
    longer has, or a screen one."""
    layout = kit.layouts.get(f.material)
    if layout is None or kind_of(layout).screen:
        return ""
    cut = kind_of(layout).cut_circle(layout)
    if cut > 0 and layout.badge is not None:
        return (
            f"through-cut along its {_mm(layout.badge.cut)} mm cut circle (the CutContour die "
            f"line){THEN}{_press(layout)}"
        )
    w, h = f.trim_mm
    if layout.marks.cut_contour:
        return (
            f"kiss-cut (the sticker, not its backing) along the CutContour die line on its "
            f"{_mm(w)} x {_mm(h)} mm trim, {_corners(layout.marks.cut_radius, f.trim_mm)}"
        )
    at = "at its crop marks" if layout.marks.crop else "(no crop marks: at its TrimBox)"
    folded = f"{THEN}folded (see folds)" if file_folds(kit, f) is not None else ""
    return f"trimmed to {_mm(w)} x {_mm(h)} mm {at}{folded}"


def sheet_finishing(kit: Kit, m: MadeSheet) -> str:
    """How a sheet `sheet` made is finished: a gang sheet die-cut along its badges' cut
    circles, then each pressed; a sticker sheet kiss-cut along its stickers' die lines (a
    round one's face circles; a rectangular one's corners as the material's `cut_radius`
    rounds them, else the sheet's own STICKER_RADIUS_MM); a press sheet cut at its crop
    marks to its pieces' trim, then folded where they are. "" for a home sheet."""
    f = m.parts[0]
    layout = kit.layouts.get(f.material)
    if m.mode == "gang":
        cut = f"{_mm(layout.badge.cut)} mm " if layout is not None and layout.badge else ""
        press = f"{THEN}{_press(layout)}" if layout is not None and layout.badge else ""
        return f"die-cut along the {cut}cut circles on it (CutContour){press}"
    if m.mode == "sticker":
        from ..sheets.cuts import STICKER_RADIUS_MM  # its pikepdf and reportlab: when asked

        if layout is not None and layout.badge is not None:  # round: kiss-cut at the face
            return f"kiss-cut along the {_mm(layout.badge.face)} mm circles on it (CutContour)"
        own = layout is not None and layout.marks.cut_contour
        radius = layout.marks.cut_radius if own and layout is not None else STICKER_RADIUS_MM
        return (
            "kiss-cut (the stickers, not their backing) along the cut lines on it "
            f"(CutContour), {_corners(radius, f.trim_mm)}"
        )
    if m.mode == "press":
        w, h = f.trim_mm
        folded = f"{THEN}folded (see folds)" if file_folds(kit, f) is not None else ""
        return f"cut at its crop marks to the pieces' {_mm(w)} x {_mm(h)} mm trim{folded}"
    return ""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", text.lower()))


def with_order(own: str, ordered: Iterable[str]) -> str:
    """A finishing column: the piece's or sheet's `own` finishing, then each of the order's
    words (`ordered`) that it does not already say (every word of "kiss-cut" is in "kiss-cut
    along the CutContour die line ...": a sticker sheet's row read "kiss-cut along the cut
    lines on it (CutContour); then kiss-cut")."""
    said = _words(own)
    more = [w for w in dict.fromkeys(ordered) if w and not _words(w) <= said]
    return THEN.join([own, *more] if own else more)
