"""Where pieces go on a sheet, mm: the names of the modules below, in one place.

`circles`: round pieces (badges), square or hexagonal packing. `cells`: rectangular pieces
in rows and columns, upright or turned, and the cut lines a press sheet marks. `mixed`: a
block upright beside or above a block turned. `press_fit`: which press sheet of rectangular
pieces to make, and on which stock. `paper`: sheet sizes, the press stock, a press sheet's
margins and crop marks, and how messages name a sheet.

Callers outside these modules import from here; a test that patches a value (PRESS_STOCK)
patches the module it lives in (`paper`).
"""

from __future__ import annotations

from .cells import (
    MOST_ACROSS,
    Block,
    Cells,
    arrangements,
    crop_lines,
    press_grid,
)
from .circles import (
    MARGIN_MM,
    MIN_GAP_MM,
    Grid,
    Packing,
    hexagonal,
    pack,
    square,
)
from .mixed import (
    mixed_grid,
    mixed_layouts,
    most_mixed,
)
from .paper import (
    CROP_MARK_MM,
    MARK_CLEAR_MM,
    NAMED_STOCK,
    PAPER_NAMES,
    PRESS_EDGE_MM,
    PRESS_STOCK,
    SHEETS,
    SLUG_ROOM_MM,
    article,
    crop_mark_lengths,
    fits,
    greatest,
    holds,
    least,
    paper_name,
    press_margins,
    press_media,
    size_text,
    stock_for,
    stock_room,
)
from .press_fit import (
    best_stock,
    most_up,
    press_cells,
)

__all__ = [
    "MARGIN_MM",
    "MIN_GAP_MM",
    "NAMED_STOCK",
    "PAPER_NAMES",
    "SHEETS",
    "CROP_MARK_MM",
    "MARK_CLEAR_MM",
    "PRESS_EDGE_MM",
    "PRESS_STOCK",
    "SLUG_ROOM_MM",
    "Cells",
    "Grid",
    "Packing",
    "MOST_ACROSS",
    "Block",
    "arrangements",
    "article",
    "best_stock",
    "crop_lines",
    "crop_mark_lengths",
    "fits",
    "greatest",
    "hexagonal",
    "holds",
    "least",
    "pack",
    "paper_name",
    "mixed_grid",
    "mixed_layouts",
    "most_mixed",
    "most_up",
    "press_cells",
    "press_grid",
    "press_margins",
    "press_media",
    "size_text",
    "square",
    "stock_for",
    "stock_room",
]
