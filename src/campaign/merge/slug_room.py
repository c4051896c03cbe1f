"""`merge.slug`: what a merged event's print PDFs print of their own on their slug (its id as
`event <id>`, SAMPLE DATA for a row whose `sample` cell is true, DRAFT after a draft
language's code: pipeline.renditions.print_slug) against the room the template's trim has
below its bleed, by the rule the slug is drawn by (render.marks.slug_left_out, plan_slug).

The kit's check (layout.marks, kit.layouts.marks_room) measures the template's slug as a
build without records prints it: no event, no row's SAMPLE DATA. A slug short of room keeps
its fields by rank, and the first that does not fit ends it: on a narrow template, a long
event id left out the event, the language, DRAFT, the year and the build hash, and a
sample row's slug its build hash, without a word."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..diagnostics import Collector, listed
from ..model import Kit, Layout
from ..papers import paper_family, piece_bleed
from .fields import SlugFacts

# a kind of slug a merged record prints: SAMPLE DATA or not, its language's code, DRAFT or not
Kind = tuple[bool, str, bool]


@dataclass
class _Worst:
    """The record of a kind of slug whose event field is widest."""

    width: float
    facts: SlugFacts


def slug_room(
    records: Sequence[SlugFacts], kit: Kit, template: str, office: str | None, errs: Collector
) -> None:
    """One `merge.slug` warning, at the first such record's `event_id` cell, when records'
    slugs on `template` (merged for `office`: its id on the slug, and SAMPLE DATA for a
    sample office) leave out for want of room what the same slug without the record's own
    fields (its event id, its row's SAMPLE DATA) keeps: how many, the widest event id, what
    is lost, and the longest id that keeps it. Each kind of slug (SAMPLE DATA or not, each
    language with DRAFT or not) is judged by its widest event id first; a kind whose widest
    loses nothing more is not looked at again (a slug with a wider event field never keeps
    more), so a merge whose slugs have room measures each record's id and nothing else."""
    from ..kit.layouts.marks_room import kit_slug_width, prints_words
    from ..render.marks import SLUG_SMALL, event_field, slug_pieces
    from ..serve.described import sample_data

    layout = kit.layouts.get(template)
    if layout is None or layout.pixels is not None or not layout.marks.slug:
        return
    width_of = kit_slug_width(kit.fonts_dir)
    if width_of is None:
        return
    own_sample = bool(sample_data(kit, office))  # SAMPLE DATA whatever the rows say
    worded = prints_words(layout.pages, None)
    drafts = frozenset(c for c, lang in kit.languages.items() if not lang.reviewed and worded)
    kinds: dict[Kind, _Worst] = {}
    pieces: dict[str, float] = {}  # the width of each piece of an event field, as drawn

    def width(event_id: str) -> float:
        """The width of an event's field as drawn: its label, then a character at a time."""
        event, total = event_field(event_id), 0.0
        for piece in slug_pieces(event, (event,)):
            if piece not in pieces:
                pieces[piece] = width_of(piece, SLUG_SMALL)
            total += pieces[piece]
        return total

    for facts in records:
        wide = width(facts.id)
        for kind in _kinds(facts, own_sample, drafts):
            worst = kinds.setdefault(kind, _Worst(wide, facts))
            if wide > worst.width:
                worst.width, worst.facts = wide, facts
    made = kit.offices.get(office) if office else None  # its paper: the slug's press sheet
    paper = paper_family(layout.paper, made.paper if made else None)
    lost = _Lost(layout, width_of, office or "", own_sample, width, paper)
    failing = {kind: worst for kind, worst in kinds.items() if lost(kind, worst.facts.id)}
    if failing:
        _warn(records, layout, failing, lost, (own_sample, drafts), errs)


def _kinds(facts: SlugFacts, own_sample: bool, drafts: frozenset[str]) -> list[Kind]:
    """The kinds of slug a record's print PDFs print, one a language: SAMPLE DATA where the
    office (or campaign) or its row is sample data, its code, DRAFT for one of `drafts`."""
    return [(own_sample or facts.sample, code, code in drafts) for code in facts.languages]


class _Lost:
    """What a slug of `layout` (as merged for an office: its id, and whether it is a sample
    one; on `paper`, the paper family its files are made on: papers.paper_family) leaves out
    that the slug without the record's own fields keeps (`__call__`)."""

    def __init__(
        self,
        layout: Layout,
        width_of: Callable[[str, float], float],
        office: str,
        own_sample: bool,
        width: Callable[[str], float],
        paper: str | None,
    ) -> None:
        self.layout, self.width_of, self.paper = layout, width_of, paper
        self.office, self.own_sample = office, own_sample
        self.width = width  # of an event's field, by its id
        self._cache: dict[tuple[Kind, str], tuple[str, ...]] = {}
        # of each kind: the widest event field known to keep what the template keeps, and
        # the narrowest known to lose more (a wider field never keeps more)
        self._bounds: dict[Kind, tuple[float, float]] = {}

    def left_out(self, kind: Kind, event: str) -> tuple[str, ...]:
        """What the slug of that kind with the event `event` ("" for none) leaves out."""
        from ..render.marks import slug_left_out

        key = (kind, event)
        if key not in self._cache:
            sample, code, draft = kind
            layout = self.layout
            folds = layout.folds
            vertical = folds.vertical if folds else ()
            folded = bool(folds and (folds.vertical or folds.horizontal))
            sides = tuple(p.name for p in layout.pages) or ("front",)
            trim = (float(layout.trim[0]), float(layout.trim[1]))
            who = (self.office, code)
            # the bleed its files are made with on that paper (1/8 in for a US office's
            # custom template: papers.piece_bleed)
            made = piece_bleed(float(layout.bleed), trim, layout.paper, self.paper)
            self._cache[key] = slug_left_out(
                layout.id, trim, made, layout.marks, vertical, sides,
                self.width_of, folded, who, sample, draft, event, self.paper,
            )  # fmt: skip
        return self._cache[key]

    def __call__(self, kind: Kind, event: str) -> tuple[str, ...]:
        """The fields the record's slug (its event `event`, its kind) leaves out beyond those
        the slug without its own fields leaves out (the kit's check tells of these)."""
        sample, code, draft = kind
        base = set(self.left_out((self.own_sample, code, draft), ""))
        if "slug" in base:
            return ()
        return tuple(k for k in self.left_out(kind, event) if k not in base)

    def loses(self, kind: Kind, event: str) -> bool:
        """Whether `__call__` finds something for the event `event` (an id): judged by its
        field's width where a field known to keep it all is as wide or one known to lose
        something as narrow, else measured (a merge's ids are mostly of a few widths)."""
        wide = self.width(event)
        keeps, drops = self._bounds.get(kind, (-1.0, float("inf")))
        if wide <= keeps or wide >= drops:
            return wide >= drops
        found = bool(self(kind, event))
        self._bounds[kind] = (keeps, min(drops, wide)) if found else (max(keeps, wide), drops)
        return found


def _warn(
    records: Sequence[SlugFacts],
    layout: Layout,
    failing: dict[Kind, _Worst],
    lost: _Lost,
    own: tuple[bool, frozenset[str]],
    errs: Collector,
) -> None:
    """The warning of `slug_room`: the records whose slugs, of the `failing` kinds, lose
    fields for their own (`lost`), counted, the first's event id cell named; the widest
    event id, what is lost, and the longest id that keeps it (of a sample row's slug too,
    where its SAMPLE DATA takes room the others' do not)."""
    from ..render.marks import SLUG_NAMES, SLUG_SMALL

    count, first, sampled = 0, None, False
    for facts in records:
        if any(lost.loses(k, facts.id) for k in _kinds(facts, *own) if k in failing):
            count += 1
            first = first or facts
            sampled = sampled or (facts.sample and not own[0])
    if first is None:
        return
    left = {k for kind, worst in failing.items() for k in lost(kind, worst.facts.id)}
    kind, worst = max(failing.items(), key=lambda item: item[1].width)
    what = (
        "the whole slug: not one of its fields fits"
        if "slug" in left
        else listed([SLUG_NAMES[k] for k in sorted(left, key=list(SLUG_NAMES).index)])
        + " of their slug"
    )
    causes = [f"their event id (up to {len(worst.facts.id)} characters: '{worst.facts.id}')"]
    causes += ["SAMPLE DATA, first on a sample row's slug (its `sample` cell)"] if sampled else []
    longest = _longest_kept(kind, worst.facts.id, lost)
    fix = (
        f"shorten the event ids to {len(longest)} characters or fewer (as '{longest}')"
        if longest
        else "shorten the event ids"
    )
    if sampled:  # a sample row's slug has less room: SAMPLE DATA first
        rows = [_longest_kept(k, w.facts.id, lost) for k, w in failing.items() if k[0]]
        shortest = min(rows, key=len) if rows else longest
        if not shortest:
            fix += "; on a sample row's slug no event id leaves room (its SAMPLE DATA takes it)"
        elif len(shortest) < len(longest):
            fix += f"; {len(shortest)} or fewer on a sample row (its SAMPLE DATA takes room)"
    w, h = layout.trim
    errs.warn(
        "merge.slug",
        f"{count} event(s)' print PDFs of {layout.id} ({w:g} x {h:g} mm) leave out {what} "
        f"for want of room below their bleed (at {SLUG_SMALL:g} pt), which the slug without "
        f"an event keeps: {listed(causes)} take it",
        first.mark,
        f"{fix}; or give the template a wider trim, `registration: false` under `marks:` (the "
        "slug then runs to the right crop mark), or `slug: false`",
    )


def _longest_kept(kind: Kind, event: str, lost: _Lost) -> str:
    """The longest beginning of the event id `event` whose slug (of `kind`) loses nothing
    more than the template's ("" where none does)."""
    low, high = 0, len(event)  # a beginning of `low` characters keeps them; of `high`, not
    if lost(kind, ""):
        return ""
    while high - low > 1:
        mid = (low + high) // 2
        if lost(kind, event[:mid]):
            high = mid
        else:
            low = mid
    return event[:low]
