"""Data merge: one material per record of a spreadsheet or form (`generate.py merge`).

`tables.read_table` reads CSV, XLSX, ODS, JSON and YAML into a `data.Table` of rows of cells
that know where they are (row and column), each format by a module of its own; `events`
checks event rows and turns them into Records (fields per language, with dates and times
formatted by Babel/CLDR, and the event's link for the QR code), with the modules it is made
of (`record`, `columns`, `date_cells`, `times`, `formats`...:
docs/architecture.md)."""
