"""A layout's frames against its trim: art that stops at the trim or short of it where it
bleeds, text frames past the trim, frames of no width or height (on the design's page and
on a size's), and a bleed below what print shops ask for (`layout.bleed`,
`layout.safe-area`)."""

from __future__ import annotations

from typing import Any

from ...diagnostics import Mark
from ...kinds import KINDS, SCREEN
from ...model import ArcTextSlot, Frame, QrSlot, Slot, TextSlot
from ...model.layout import AT_TRIM_MM
from ...papers import INCH, US_BLEED_MM, bleed_asked, us_paper
from ...preflight.report import MIN_BLEED_MM
from ..sizes import scale_from
from ..spec import MapRead


def _art_on_the_trim_bleeds(r: MapRead) -> None:
    """Art (a shape, an image, SVG art, hearts) that reaches the trim on an edge it does not
    bleed on is a `layout.bleed` warning at the slot: the cut is never exact, and a white
    rim shows where the art stops at the trim. A ground without `bleed: all` passed `check`
    and the preview, and failed every build's preflight, named at the layout's first line.
    Where art is shown whole inside its frame (SVG art, an image with `fit: contain`), its
    own edges count, not the frame's (`Slot.art_in`). A QR code or a text on a circle
    (`UNCUT`) is told to move inside the trim, never to bleed. Print kinds only (a screen
    image has no cut)."""
    v = r.values
    if v["kind"] in SCREEN or not v["trim"]:
        return
    tw, th = v["trim"]
    for page in v["pages"] or ():
        for slot in page.slots:
            if isinstance(slot, TextSlot) or getattr(slot, "frame", None) is None:
                continue
            frame = slot.frame.resolve(tw, th)
            # the frame bleeds where it reaches the trim (layout.compose.place), whatever art
            # it shows inside it
            fx, fy, fw, fh = frame
            if fx >= tw or fx + fw <= 0 or fy >= th or fy + fh <= 0:
                continue  # off the page: `layout.off-page` says so (it was said to stop at
                # the trim's edge too: a designer's trial)
            gaps = _edge_gaps(slot.art_in(frame), (tw, th))
            if isinstance(slot, UNCUT):  # `bleed:` or not: never told to reach the trim
                _uncut_on_trim(r, slot, {e: gap for e, gap in gaps.items() if gap < AT_TRIM_MM})
                continue
            short = _short_of_trim(slot, frame, (tw, th), v["safe"])
            if short:
                _bleeds_short(r, slot, short)
            _sizes_bleed_short(r, slot)
            # art that runs on over the whole bleed (of every size made from the design) is
            # cut inside it, with nothing to show
            cover = _covers_bleed(v, slot.name)
            on = {
                e: gap
                for e, gap in gaps.items()
                if gap < AT_TRIM_MM and e not in slot.bleed and -gap < cover[0]
            }
            if on:
                _art_stops(r, slot, on, cover)


# What the cut must never take (a cut QR code may not scan; a cut word is lost): told to
# move inside the trim, never to bleed. A text frame past the trim is _text_frames_on_trim's.
UNCUT = (QrSlot, ArcTextSlot)
# mm: an edge of art further past the trim than this runs past it (the messages' 0.1 mm)
PAST_MM = 0.05


def _covers_bleed(v: dict[str, Any], slot: str) -> tuple[float, str]:
    """How far past the trim (mm of the design) art runs over the whole bleed of the design
    and of every size made from it (kit.sizes), and the size that asks the most ("" for the
    design): the largest bleed of them, each over its size's scale (kit.sizes.scale_of; a
    frame 5 mm past an A3 poster's trim runs 3.5 mm past the A4 one's, and an inch size's
    bleed is 3.175 mm). A size that gives the slot a frame of its own, or drops it, does not
    count."""
    need, most = float(v["bleed"]), ""
    for size in (v.get("sizes") or {}).values():
        override = size.slots.get(slot)
        if override is not None and (override.drop or override.frame is not None):
            continue
        if size.badge is None and not (v["trim"] and size.trim):
            continue
        s = scale_from(v["trim"], v.get("badge"), size)
        bleed = v["bleed"] if size.bleed is None else size.bleed
        if s > 0 and bleed / s > need + 1e-9:
            need, most = bleed / s, size.name
    return need, most


def _reach(gaps: dict[str, float]) -> str:
    """ "reaches the trim's start, top edges", "runs 10.0 mm past the trim's end edge", or
    both ("... and runs 2.0 mm past its start edge"): how a box reaches each edge of the trim
    (`gaps`: by edge, mm short of it; below -PAST_MM, past it)."""
    at = [e for e, gap in gaps.items() if gap >= -PAST_MM]
    past = [(e, -gap) for e, gap in gaps.items() if gap < -PAST_MM]
    said = f"reaches the trim's {', '.join(at)} edge{'s' * (len(at) > 1)}" if at else ""
    if not past:
        return said
    runs = " and ".join(
        f"{mm:.1f} mm past " + ("its" if at or i else "the trim's") + f" {e} edge"
        for i, (e, mm) in enumerate(past)
    )
    return f"{said} and runs {runs}" if said else f"runs {runs}"


def _art_stops(r: MapRead, slot: Slot, gaps: dict[str, float], cover: tuple[float, str]) -> None:
    """Art that reaches the trim (or runs past it, by less than `cover`: _covers_bleed) on
    edges it does not bleed on is a `layout.bleed` warning at the slot: it stops at the
    trim, or inside the bleed, and where the cut strays what lies beyond shows. A frame 10 mm
    past the trim was said to reach it "and stop there"."""
    edges = ", ".join(gaps)
    need, size = cover
    short = f" and stops short of the bleed's edge, {need:.1f} mm past the trim" + (
        f" (the bleed of size '{size}', at its scale)" if size else ""
    )
    r.errs.warn(
        "layout.bleed",
        f"slot '{slot.name}' {_reach(gaps)}"
        + (short if any(gap < -PAST_MM for gap in gaps.values()) else " and stops there")
        + ": where the cut strays, what lies under it shows (the paper, where nothing else "
        "bleeds there: a layout.bleed error then)",
        slot.mark,
        f"let it bleed: bleed: [{edges}]"
        + (", or bleed: all" if len(gaps) == 4 else "")
        + " (its art runs on into the bleed)",
    )


def _uncut_on_trim(r: MapRead, slot: Slot, gaps: dict[str, float]) -> None:
    """A QR code or a text on a circle that reaches the trim or runs past it is a
    `layout.bleed` warning at the slot: the cut takes what is past it, and where it strays
    what reaches it (a QR code 10 mm past the trim was told "let it bleed": a QR code the
    cut takes part of may not scan)."""
    if not gaps:
        return
    what = (
        "a QR code: the cut may take part of it, and a cut code may not scan"
        if isinstance(slot, QrSlot)
        else "text: the cut may take part of its words"
    )
    r.errs.warn(
        "layout.bleed",
        f"slot '{slot.name}' {_reach(gaps)}; it is {what}",
        slot.mark,
        "move its frame inside the trim and its safe margin (what must not be cut never bleeds)",
    )


def _sizes_bleed_short(r: MapRead, slot: Slot) -> None:
    """`_bleeds_short` for the frames a size gives the slot of its own (`sizes: {a4: {slots:
    {ground: {frame: ...}}}}`), against that size's trim (a review: only the design's frames
    were read)."""
    if not slot.bleed:
        return
    for size in (r.values.get("sizes") or {}).values():
        override = size.slots.get(slot.name)
        if override is None or override.frame is None or not size.trim:
            continue
        safe = r.values["safe"] if size.safe is None else size.safe
        short = _short_of_trim(slot, override.frame.resolve(*size.trim), size.trim, safe)
        if short:
            at = override.mark or size.mark  # the size's own frame: where it is given
            _bleeds_short(r, slot, short, f" of size '{size.name}'", at)


def _edge_gaps(
    box: tuple[float, float, float, float], trim: tuple[float, float]
) -> dict[str, float]:
    """How far a box (x, y, width, height, mm) stops short of each edge of the trim (mm;
    below 0: past it), by the layout's edge names."""
    x, y, w, h = box
    tw, th = trim
    return {"start": x, "top": y, "end": tw - x - w, "bottom": th - y - h}


def _short_of_trim(
    slot: Slot, frame: tuple[float, float, float, float], trim: tuple[float, float], safe: float
) -> list[tuple[str, float]]:
    """The edges the slot bleeds at that its frame stops short of the trim on, past
    AT_TRIM_MM and inside the safe margin, with how far (mm)."""
    gaps = _edge_gaps(frame, trim)
    return [(e, gap) for e, gap in gaps.items() if e in slot.bleed and AT_TRIM_MM < gap < safe]


def _bleeds_short(
    r: MapRead,
    slot: Slot,
    short: list[tuple[str, float]],
    of_size: str = "",
    mark: Mark | None = None,
) -> None:
    """A slot that bleeds at an edge its art stops short of the trim on, within the safe
    margin, is a `layout.bleed` warning: an edge bleeds only where it reaches the trim
    (layout.compose.place), and a strip of paper that the cut makes uneven shows between. A
    ground 294 mm wide with `bleed: all` on a 297 mm page was grown by the bleed on every
    edge, to 297, and failed the bleed check with "use `bleed: all`" (a designer's trial)."""
    said = ", ".join(f"{e} ({gap:.1f} mm)" for e, gap in short)
    frame = ", ".join(f"{e}: 0" for e, _ in short)
    r.errs.warn(
        "layout.bleed",
        f"slot '{slot.name}' has `bleed:` at edges its frame{of_size} stops short of the trim "
        f"on: {said}; it is not run into the bleed there, and a strip of paper shows between",
        mark or slot.mark,
        f"make its frame reach the trim there ({frame}), or end it at the safe margin",
    )


def _frames_have_size(r: MapRead) -> None:
    """A frame given by its two edges (start and end, top and bottom) whose edges cross on
    the layout's page (or a size's, for the size's own frames) has no width or height: an
    error at the slot (a frame with a negative size drew its art mirrored, `check`
    passing)."""
    trim = r.values["trim"]
    slots = {s.name: s for page in r.values["pages"] or () for s in page.slots}
    checked: list[tuple[str, Frame, tuple[float, float], str, Mark]] = []
    if trim:
        checked += [(s.name, s.frame, trim, "", s.mark) for s in slots.values()]
    for size in (r.values.get("sizes") or {}).values():
        for name, override in size.slots.items():
            if name in slots and override.frame is not None and size.trim:
                at = override.mark or size.mark  # the size's own frame: where it is given
                checked.append((name, override.frame, size.trim, f" of size '{size.name}'", at))
    for name, frame, (tw, th), of_size, mark in checked:
        _, _, w, h = frame.resolve(tw, th)
        for what, value, page, edges in (
            ("width", w, tw, "start and end"),
            ("height", h, th, "top and bottom"),
        ):
            if value <= 0:
                r.errs.error(
                    "schema.value",
                    f"slot '{name}'{of_size}: its frame's {what} is {value:g} mm: its {edges} "
                    f"leave nothing of the {page:g} mm page between them",
                    mark,
                    f"make {edges} add up to less than {page:g} mm, or give the {what}",
                )


def _text_frames_on_trim(r: MapRead) -> None:
    """A text slot whose frame runs past the trim (on an edge it does not bleed on) is a
    `layout.safe-area` warning at the slot, once for every language: a headline's frame 15 mm
    past the trim passed `check` in the languages whose lines stopped short of it, and failed
    the one whose longer line reached it."""
    trim = r.values["trim"]
    texts = {
        slot.name: slot
        for page in r.values["pages"] or ()
        for slot in page.slots
        if isinstance(slot, TextSlot)
    }
    checked: list[tuple[TextSlot, Frame, tuple[float, float], str, Mark, float]] = []
    safe = r.values.get("safe") or 0.0
    if trim:
        checked += [(slot, slot.frame, trim, "", slot.mark, safe) for slot in texts.values()]
    for size in (r.values.get("sizes") or {}).values():  # a size's own frames do not scale
        for name, override in size.slots.items():
            if name in texts and override.frame is not None and size.trim:
                of_size = f" of size '{size.name}'"
                at = override.mark or size.mark  # the size's own frame: where it is given
                own = safe if size.safe is None else size.safe
                checked.append((texts[name], override.frame, size.trim, of_size, at, own))
    rect = KINDS[r.values["kind"]].shape == "rect" if r.values.get("kind") in KINDS else False
    for slot, frame, (tw, th), of_size, mark, margin in checked:
        x, y, w, h = frame.resolve(tw, th)
        over = {"start": -x, "end": x + w - tw, "top": -y, "bottom": y + h - th}
        past = [(edge, mm) for edge, mm in over.items() if mm > 0.05 and edge not in slot.bleed]
        if past:
            where = " and ".join(f"{mm:.1f} mm past the trim's {edge} edge" for edge, mm in past)
            r.errs.warn(
                "layout.safe-area",
                f"text slot '{slot.name}'{of_size}: its frame runs {where}, where a longer "
                "text (another language's) is cut",
                mark,
                "move the frame inside the trim, and inside its safe margin",
            )
        elif rect:
            _frame_in_margin(r, slot, of_size, mark, over, margin, (tw, th))


def _frame_in_margin(
    r: MapRead,
    slot: TextSlot,
    of_size: str,
    mark: Mark,
    over: dict[str, float],
    margin: float,
    trim: tuple[float, float],
) -> None:
    """A text slot whose frame (inside the trim, `over`: mm past each of its edges, negative
    inside) comes into the safe margin (`margin` mm) on an edge it does not bleed on is a
    `layout.safe-area` warning at the slot, once for every language: a text that fits the
    frame may fill it to that edge, and is then a `layout.safe-area` error in its language
    alone (a social image's hashtags frame reached 2 mm past the safe line, and a Tamil
    text set on two lines, as the strings export said it could be, failed the build)."""
    into = [
        (edge, margin + mm)
        for edge, mm in over.items()
        if margin + mm > 0.05 and edge not in slot.bleed
    ]
    if not into:
        return
    tw, th = trim
    limit = {"start": margin, "top": margin, "end": tw - margin, "bottom": th - margin}
    where = " and ".join(f"{mm:.1f} mm at the {edge} edge" for edge, mm in into)
    keep = ", ".join(
        f"its {edge} {'at least' if edge in ('start', 'top') else 'at most'} "
        f"{limit[edge]:g} mm from the trim's {'start' if edge in ('start', 'end') else 'top'}"
        for edge, _ in into
    )
    r.errs.warn(
        "layout.safe-area",
        f"text slot '{slot.name}'{of_size}: its frame comes into the {margin:g} mm safe "
        f"margin by {where}: a text that fits the frame may be set there",
        mark,
        f"move or shrink the frame to inside the safe margin ({keep})",
    )


def _print_bleed(r: MapRead) -> None:
    """A print layout's bleed, and each of its sizes', below what print shops ask for is one
    `layout.bleed` warning at its `bleed:` (a size's: at the size): the bleed the build's
    preflight asks of its print PDFs (papers.bleed_asked, as `check --pdf` does): 1/8 in on
    US paper (`paper: us`, or a US paper size such as Letter), else MIN_BLEED_MM; and the
    warning says the build refuses less: a print shop's preflight refuses every one
    (sticker-50 had 2 mm; the build published a poster with 1 mm, and a Letter flyer with
    3 mm, that `check --pdf` then failed: a designer's trial, a print shop's). A size's
    bleed is its own, else the design's (in mm, not scaled). One warning a place, with one
    fix: a Letter layout's `bleed: 0.125` was two, "set bleed: 3.175" and "set bleed: 3",
    and neither said inches (a designer's trial)."""
    v = r.values
    if v["kind"] in SCREEN:
        return
    for size in (v.get("sizes") or {}).values():  # `bleed: 0` on a size: published, no word
        own = size.bleed is not None
        bleed = size.bleed if own else v["bleed"]
        us = _on_us_paper(size.trim, size.paper)
        if bleed is None or not own and not us:  # the design's, told at it
            continue
        fix = "give the size bleed" if not own else "set its bleed"
        where = f"size '{size.name}'"
        _short_bleed(r, where, bleed, us, size.mark or r.mark, fix, own)
    us = _on_us_paper(v["trim"], v.get("paper"))
    if r.has("bleed") and v["bleed"] is not None:
        _short_bleed(r, "the layout", v["bleed"], us, r.mark_of("bleed"), "set bleed", True)
    elif us and v["bleed"] is not None:  # the default bleed, 3 mm
        _short_bleed(r, "the layout", v["bleed"], us, r.mark, "set bleed", False)


def _on_us_paper(trim: Any, paper: str | None) -> str:
    """How a layout or size of `trim` (mm; none for a badge's size) on `paper` is said to be
    asked 1/8 in of bleed (papers.bleed_asked): "is on US paper" (`paper: us`), "is Letter,
    a US paper size," (its trim); "" when it is asked MIN_BLEED_MM."""
    size = tuple(trim) if trim and len(trim) == 2 else None
    if bleed_asked(size, paper == "us")[0] <= MIN_BLEED_MM:
        return ""
    sized = us_paper(size) if size and paper != "us" else None
    return f"is {sized.name}, a US paper size," if sized else "is on US paper"


# bleeds typed in inches, as a US print order writes them: 1/8, 3/16 and 1/4 in
INCH_BLEEDS = (0.125, 0.1875, 0.25)


def _short_bleed(
    r: MapRead, what: str, bleed: float, us: str, where: Mark, fix: str, own: bool
) -> None:
    """The one `layout.bleed` warning of `what` (the layout, or a size), at `where`, when
    `bleed` (mm) is below what print shops ask for: US_BLEED_MM on US paper (`us`: how it
    is said to be, _on_us_paper), else MIN_BLEED_MM; the build's preflight refuses less
    (kinds.MaterialKind.preflight_expect). `own`: the bleed is written there (not the
    default, nor a size's design's), and when it is a length in inches (INCH_BLEEDS:
    `bleed: 0.125`) it is said to be one, as a trim in inches is (papers.inch_hint)."""
    least = US_BLEED_MM if us else MIN_BLEED_MM
    if bleed >= least - 1e-9:
        return
    if us:
        said = (
            f"{what} {us} and its bleed is {bleed:g} mm: print shops on US paper ask for "
            f"1/8 in ({US_BLEED_MM:g} mm), and their preflight refuses less: so does the build's"
        )
    else:
        said = (
            f"bleed of {bleed:g} mm: print shops ask for at least {MIN_BLEED_MM:g} mm, and "
            "their preflight refuses less: so does the build's"
        )
        said = said if what == "the layout" else f"{what}: {said}"
    hint = f"{fix}: {least:g}"
    if not us and what == "the layout":
        hint += " (art that reaches the edge extends to it)"
    elif not us and own:
        hint += ", or leave it out (the design's is used)"
    if own and any(abs(bleed - b) < 1e-9 for b in INCH_BLEEDS):
        hint = f"in inches? {bleed:g} in is {bleed * INCH:g} mm (the kit's lengths are mm): {hint}"
    r.errs.warn("layout.bleed", said, where, hint)
