"""A merged event's printed cell that holds a stand-in for a value not known yet
(`stand_ins.stand_in`: `à confirmer`, `n.c.`, `nog te bepalen`, `уточняется`, `?`), said at
its cell with what an empty cell of its column does (`stand_in_said`): the title, the venue
and the date every event needs; an organiser or a last day is left out; a language's own
title, venue or organiser gives way to the row's shared one. A Brussels and Lille
organiser's trial printed `à confirmer` as a venue and `?` as an organiser, exit 0. A
contact or link cell's is `contacts.any_placeholder`'s (`record._cell_problems`), a time's
`times._no_start`'s ("a time still to be confirmed").
"""

from __future__ import annotations

from ..stand_ins import stand_in
from .data import Cell
from .fields import REQUIRED, _text, language_column

# The columns judged here, a language's own too (venue_fr): their words print on the flyer
JUDGED = ("title", "venue", "organiser", "date", "end_date")
# What the event's documents do with an empty cell of an optional column (the kit's event
# templates draw the organiser's line only when it is filled, `when_filled`; an event
# without a last day is of one day)
LEFT_OUT = {
    "organiser": "leave the cell empty until the organiser is known: the event's documents "
    "then leave the organiser out",
    "end_date": "leave the cell empty until the last day is known: the event's documents then "
    "give the first day alone",
}
PRINTS = "it would print on the event's documents"


def stand_in_said(
    cell: Cell, key: str, cells: dict[str, Cell], written: tuple[str, ...] = ()
) -> tuple[str, ...] | None:
    """The message and hint for cell `key` of a row (`cells`) whose value is a stand-in, or
    None. A title is prose (`stand_in`'s `prose`: `Un futur à définir` is one); the
    abbreviations are judged by the languages the cell is written in (`stand_in`'s
    `languages`): a language's own column's (venue_fr: fr), else the row's (`written`:
    `Prix n.c.` in a French row, `Raleigh, N.C.` in an English one). A required column's
    says every event needs one; a language's own column (`venue_fr`) beside a filled shared
    one says the shared one prints in its place."""
    own = language_column(key)
    base = own[0] if own else key
    if base not in JUDGED or not isinstance(cell.value, str):
        return None
    value = cell.value.strip()
    found = stand_in(value, base == "title", (own[1],) if own else written)
    if found is None:
        return None
    said = f"'{value}' is a placeholder ({found.said})"
    shared = cells.get(base) if own else None
    if own and shared is not None and _text(shared):
        return (
            f"{said}: {PRINTS} in {own[1]}",
            f"leave the cell empty until it is known: the event's documents in {own[1]} then "
            f"print its '{shared.column}' column",
        )
    if base in REQUIRED:
        return (
            f"{said}: {PRINTS}, and every event needs a {base}",
            f"write the event's {base} once it is known, and merge again: the row makes no "
            "files until then",
        )
    return f"{said}: {PRINTS}", LEFT_OUT[base]
