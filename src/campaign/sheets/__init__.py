"""Sheets: built print files imposed onto press or printer sheets (`generate.py sheet`).

`geometry` places round pieces (badges) on a sheet, square or hexagonal packing; `impose`
draws the built print PDFs into those places with their cut contour as a spot colour."""
