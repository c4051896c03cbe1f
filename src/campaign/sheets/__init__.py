"""Sheets: built print files imposed onto press or printer sheets (`generate.py sheet`).

Where pieces go, in mm: `circles` (round pieces, badges: square or hexagonal packing), `cells`
and `mixed` (rectangular pieces in rows and columns, upright, turned, or a block of each),
`press_fit` (which press sheet, on which stock) and `paper` (sheet sizes, the press stock,
margins), each imported from where it is defined. Drawing them, in pt: `impose` (gang and
sticker sheets of badges) and `cell_impose` (rectangular pieces), with `forms` (the built pages
as form XObjects), `cuts` (the CutContour cut lines) and `sheet_marks` (crop marks, targets,
colour bar, slug)."""
