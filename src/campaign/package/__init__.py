"""Hand-off: package a finished build (its manifest) for print shops and screens.

Per group (the campaign-level kit, and each office in the manifest): `<group>-print.zip`
(print PDFs under their names in the build, `<material>-<lang>[-<office>].pdf`, unique across
it, plus JOB-SHEET.csv, JOB-SHEET.xlsx and JOB-SHEET.txt), `<group>-screen.zip` (digital
PDFs, previews and social images, likewise), `<group>-contact-sheet.png` and
`<group>-index.pdf`. Nothing is rebuilt: every listed file is checked against its sha256
first, and everything is written to temporary names and moved into place with os.replace only
when all of it is ready. The ZIPs are deterministic (fixed timestamps, sorted entries).
Labels are Latin-only (material ids, language codes, English names) in the kit's Noto Sans,
so every script's language is labelled correctly.

Nothing here holds every entry or every file's bytes (a merge's build lists 10,000 files or
more): the manifest is read entry by entry into a spool (`load_manifest`), the groups and
their entries in path or name order come from a temporary SQLite database (`Plan`), each file
is read (and checked again) when it is packed, and each product is written to its temporary
name as it is made (a ZIP member at a time).

The modules, in the order a package is made: `plan` (the manifest read, checked, grouped and
ordered), `select` (what --only, --lang and --ordered-only leave out), `jobsheet` (the
print shop's job sheet), `unfilled` (a sheet of empty places printed many times for the
order), `contact` (contact sheets), `index` (the index PDF), `zips`
(deterministic ZIPs) and `build` (everything checked, then written and moved into place
together).
"""

from __future__ import annotations

from .build import BlankTemplates, Judged, Older, Unlisted, build_package, judge
from .contact import job_name
from .jobsheet import Refused, refused_rows
from .outdated import Outdated
from .plan import Entry, load_manifest, verify

__all__ = [
    "BlankTemplates",
    "Entry",
    "Judged",
    "Older",
    "Outdated",
    "Refused",
    "Unlisted",
    "build_package",
    "job_name",
    "judge",
    "load_manifest",
    "refused_rows",
    "verify",
]
