"""What `sheet` made in a build folder, kept beside each sheet so that `package` can pack it.

`sheet` writes its PDF to `<build>/sheets/<name>.pdf` and, beside it, `.<name>.json`: the
sheet's sha256, size in bytes, pages, what kind of sheet it is, its material and office, the
sheet's own trim and bleed (mm) and press condition, and the build's files it places (path
and sha256 of each, in the order given). `package` packs a sheet only while it is as
recorded and every file it places is still the manifest's file with that sha256: a sheet
made before a later build changed its pieces holds the old art, and a print shop would print
it. A sheet written elsewhere (`sheet -o`) is not recorded.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pikepdf

from ..output import SHEETS_DIR, OutputFile, still_listed
from ..program import join as join_words

PT_PER_MM = 72 / 25.4
# how `sheet` made it: a gang sheet of badges, a sticker sheet (round or rectangular), a
# press sheet of flyers, or a sheet for an office printer (not for a print shop: flyers in
# sRGB, badges on a page of the paper's own size)
MODES = ("gang", "sticker", "press", "home")


@dataclass(frozen=True)
class MadeSheet:
    """A sheet `package` found in a build folder's sheets/ as `sheet` recorded it."""

    name: str  # <name>.pdf in sheets/
    mode: str  # one of MODES
    material: str
    office: str | None
    sha256: str
    bytes: int
    pages: int
    sheet_mm: tuple[float, float]  # the sheet's TrimBox
    bleed_mm: float  # the BleedBox's margin around it (0: none)
    output_condition: str  # "" for a home sheet of flyers (sRGB)
    parts: tuple[OutputFile, ...]  # the manifest's files it places, each once, in order
    # how many pieces of each part (by path) one printing of the whole sheet PDF makes
    copies: dict[str, int] = field(default_factory=dict)
    # its last pages that place nothing: cut lines alone (`sheet --cut-page`), for the
    # cutter, never printed
    cut_pages: int = 0
    # the press stock a sheet is printed on, as `sheet` said it: a press sheet's --stock, or
    # the one `--up auto` chose (best_stock) or its marks were placed for (press_stock); a
    # gang or sticker sheet's --stock, or the one that holds it (edge.sheet_stock); None: a
    # home sheet, or a record of an earlier version (a press sheet's: the smallest of
    # paper.PRESS_STOCK that holds it, as that version placed its marks)
    stock: str | None = None
    # its page (the MediaBox: the trim with its bleed and slug, A4's 216 x 313 mm); None: a
    # record of an earlier version, which did not say
    page_mm: tuple[float, float] | None = None
    # the pieces a printed page holds (`sheet`'s grid or cells: 9 of badge-58 on A4); 0: a
    # record of an earlier version, which did not say
    places: int = 0
    # the command line that made it, from the command's name on ("sheet", "--lang", "en");
    # (): not recorded (made by a program, or by an earlier version)
    command: tuple[str, ...] = ()
    # a gang or sticker sheet's printed pages, each as the pieces of each part (by path) it
    # holds, in page order (`sheet --copies en=10,fr=6,ar=4` on 9 places: 9 en; 1 en, 6 fr,
    # 2 ar; 2 ar): the job sheet prints each page as often as its own pieces need
    # (package.jobsheet); (): a press or home sheet, or a record of an earlier version
    page_copies: tuple[dict[str, int], ...] = ()
    # a press sheet of folded pieces that marks each piece's folds at its edges, in line with
    # them (sheets.folds); False: it has no fold marks (a home sheet, pieces not folded, or
    # a record of an earlier version, whose sheets had none)
    fold_marks: bool = False

    @property
    def stock_on(self) -> str | None:
        """The press stock it is printed on, the one rule of the job sheet's `stock` column,
        its note and the print plan's paper (package.jobsheet, package.printplan): `stock`,
        as `sheet` chose it (its region's: a US office's custom flyer on 12 x 18 in,
        sheets.paper.stock_choices); for a press sheet recorded before press sheets kept
        theirs, the smallest of PRESS_STOCK that holds it with its marks, the stock that
        version placed its marks for (sheets.paper.stock_for of no region: naming its
        region's would name a sheet its marks were not placed for); None for a home sheet,
        an earlier gang or sticker sheet's record, or a press sheet no stock holds."""
        if self.stock or self.mode != "press":
            return self.stock
        from .paper import press_media, stock_for

        return stock_for(press_media(self.sheet_mm, self.bleed_mm))

    @property
    def printed_pages(self) -> int:
        """The pages that are printed: all but the cut pages."""
        return self.pages - self.cut_pages

    @property
    def empty_places(self) -> int:
        """The places of its printed pages that hold no piece (a gang sheet of one badge
        without `--fill`: 8 of 9); 0 when full, or when its record does not say how many a
        page holds (`places`: an earlier version's)."""
        if self.places < 1:
            return 0
        return max(0, self.printed_pages * self.places - sum(self.copies.values()))


def record_path(pdf: Path) -> Path:
    return pdf.with_name(f".{pdf.stem}.json")


def in_sheets(build: Path, out: Path) -> bool:
    """Whether `out` is in the build folder's sheets/ (what `package` looks at)."""
    try:
        return out.resolve().parent == (build / SHEETS_DIR).resolve()
    except OSError:
        return False


def _read_sheet(pdf: bytes) -> tuple[int, int, list[float], float, str, list[float]]:
    """A sheet PDF's pages, its pages of cut lines alone, its first page's trim (mm) and bleed
    (mm), its output condition's identifier, and its first page's size (mm: the MediaBox,
    the trim with its bleed and slug)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        first = doc.pages[0]
        trim = [float(v) for v in first.trimbox]
        bleed = [float(v) for v in first.bleedbox]
        media = [float(v) for v in first.mediabox]
        intents = doc.Root.get("/OutputIntents")
        condition = str(intents[0].get("/OutputConditionIdentifier", "")) if intents else ""
        # a page that places no piece (no XObject: no form, no slug) is cut lines alone
        cut_pages = sum(1 for page in doc.pages if "/XObject" not in page.Resources)
        sheet_mm = [
            round((trim[2] - trim[0]) / PT_PER_MM, 2),
            round((trim[3] - trim[1]) / PT_PER_MM, 2),
        ]
        return (
            len(doc.pages),
            cut_pages,
            sheet_mm,
            round((trim[0] - bleed[0]) / PT_PER_MM, 2),
            condition,
            [
                round((media[2] - media[0]) / PT_PER_MM, 2),
                round((media[3] - media[1]) / PT_PER_MM, 2),
            ],
        )


def record_sheet(
    out: Path,
    pdf: bytes,
    mode: str,
    material: str,
    office: str | None,
    placed: Sequence[OutputFile],
    stock: str | None = None,
    places: int = 0,
    command: Sequence[str] = (),
    fold_marks: bool = False,
) -> None:
    """Write `out`'s record (`.<name>.json` beside it) after its PDF was written: `placed`
    the build's files on it, each as often as one printing of the sheet makes it (each is
    listed once, with that count: `copies`); `stock` the press stock a press sheet's marks
    were placed for (`sheet --stock`, or the one `--up auto` chose; None: the smallest that
    holds it), or the one a gang or sticker sheet is printed on; `places` the pieces a
    printed page holds (a gang or sticker sheet's record keeps what each printed page holds
    too: MadeSheet.page_copies); `command` the command line that made it
    (MadeSheet.command); `fold_marks` whether it marks its pieces' folds
    (MadeSheet.fold_marks). Raises
    OSError when it cannot be written (the caller names the file)."""
    pages, cut_pages, sheet_mm, bleed_mm, condition, page_mm = _read_sheet(pdf)
    seen: dict[str, str] = {}
    copies: dict[str, int] = {}
    for f in placed:
        seen.setdefault(f.path, f.sha256)
        copies[f.path] = copies.get(f.path, 0) + 1
    # what each printed page of a gang or sticker sheet holds: its `places` pieces in the
    # order placed, a page after another (sheets.files.copies_of; impose's grid)
    held: list[dict[str, int]] = []
    if mode in ("gang", "sticker") and places > 0:
        for start in range(0, len(placed), places):
            page: dict[str, int] = {}
            for f in placed[start : start + places]:
                page[f.path] = page.get(f.path, 0) + 1
            held.append(page)
    record = {
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "bytes": len(pdf),
        "pages": pages,
        "cut_pages": cut_pages,
        "mode": mode,
        "material": material,
        "office": office,
        "sheet_mm": sheet_mm,
        "page_mm": page_mm,
        "bleed_mm": bleed_mm,
        "output_condition": condition,
        "stock": stock,
        "places": places,
        "command": list(command),
        "parts": [{"path": p, "sha256": s, "copies": copies[p]} for p, s in seen.items()],
        **({"page_copies": held} if held else {}),
        **({"fold_marks": True} if fold_marks else {}),
    }
    path = record_path(out)
    part = path.with_name(path.name + ".part")
    try:
        part.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def made_sheets(
    build: Path, listed: Callable[[str], OutputFile | None]
) -> Iterator[MadeSheet | str]:
    """Each PDF in the build folder's sheets/, by name: the sheet when its bytes are as
    recorded and `listed` (the manifest's file at a path) still gives every file it places
    with the sha256 it had; else why not, as a text naming the sheet: it was edited, a later
    build changed a file it places, or it was made before sheets were recorded. A record
    whose PDF was deleted is a sheet withdrawn (`withdrawn`), not one of these: the
    package.sheet warning's hint says to delete the sheets not wanted, and a print shop that
    did (`rm sheets/flyer-postcard-sra3-2up-en.pdf`) had `package --strict` fail on "is
    missing", its hidden record left behind (a print shop's trial)."""
    folder = build / SHEETS_DIR
    for path in sorted(folder.glob("*.pdf")):
        yield _made(folder, path.name, listed)


def outdated_sheets(build: Path, files: Iterable[OutputFile]) -> list[tuple[str, str]]:
    """(name, path) for each sheet in the build folder's sheets/ whose record names a file
    that `files` (the manifest's, after a build or merge) no longer has with the sha256 the
    sheet placed: the sheet prints that file as an earlier build made it. Only the files
    the records name are kept while `files` is read (a merge's manifest lists every
    record's). A sheet without a readable record is left to `package` (`made_sheets`)."""
    sheets = []
    for path in sorted((build / SHEETS_DIR).glob("*.pdf")):
        try:
            record = json.loads(record_path(path).read_text(encoding="utf-8"))
            sheets.append((path.name, _placed(record)))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    named = {p for _, parts in sheets for p, _ in parts}
    listed = {f.path: f for f in files if f.path in named}
    out = []
    for name, parts in sheets:
        changed = still_listed(parts, listed.get)
        if isinstance(changed, str):
            out.append((name, changed))
    return out


def _placed(record: dict[str, Any]) -> list[tuple[str, str]]:
    """The (path, sha256) of each file a sheet's record says it places. Raises KeyError or
    TypeError for a record that is no sheet's."""
    return [(str(item["path"]), str(item["sha256"])) for item in record["parts"]]


def recorded_command(build: Path, name: str) -> str | None:
    """The command that made the sheet `name` in the build folder's sheets/, as its record
    keeps it (MadeSheet.command: the command line as typed, from the command's name on) and
    a hint quotes it: `python generate.py sheet ...`, quoted for the user's shell
    (program.join); None when the record is missing, unreadable or keeps none (made by a
    program, or by an earlier version)."""
    try:
        record = json.loads(record_path(build / SHEETS_DIR / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    words = record.get("command") if isinstance(record, dict) else None
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        return None
    return f"python generate.py {join_words(words)}"


def withdrawn(build: Path) -> list[str]:
    """The sheets `sheet` made in the build folder's sheets/ whose PDF was deleted since (a
    record, `.<name>.json`, without its `<name>.pdf`), by name: withdrawn, as whoever deleted
    them meant; `package` leaves them out with a note, not a warning."""
    folder = build / SHEETS_DIR
    return sorted(
        name
        for p in folder.glob(".*.json")
        if not (folder / (name := f"{p.name[1:-5]}.pdf")).exists()
    )


def _size(value: object) -> tuple[float, float] | None:
    """A record's size (mm), [w, h]; None when it has none."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    return float(value[0]), float(value[1])


def _made(folder: Path, name: str, listed: Callable[[str], OutputFile | None]) -> MadeSheet | str:
    path = folder / name
    try:
        record = json.loads(record_path(path).read_text(encoding="utf-8"))
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        if Path(exc.filename or "").name == name:  # listed by made_sheets, deleted since
            return f"{SHEETS_DIR}/{name} was deleted while it was read"
        return (
            f"{SHEETS_DIR}/{name} was made by an earlier version, or written there by hand: "
            "no record says which files it places"
        )
    except (OSError, ValueError) as exc:
        return f"{SHEETS_DIR}/.{path.stem}.json cannot be read ({exc})"
    try:
        parts = _placed(record)
        made = {str(item["path"]): int(item.get("copies", 0)) for item in record["parts"]}
        w, h = (float(v) for v in record["sheet_mm"])
        sheet = MadeSheet(
            name,
            str(record["mode"]),
            str(record["material"]),
            None if record["office"] is None else str(record["office"]),
            str(record["sha256"]),
            int(record["bytes"]),
            int(record["pages"]),
            (w, h),
            float(record["bleed_mm"]),
            str(record["output_condition"]),
            (),
            cut_pages=int(record.get("cut_pages", 0)),
            stock=None if record.get("stock") is None else str(record["stock"]),
            page_mm=_size(record.get("page_mm")),
            places=int(record.get("places") or 0),
            command=tuple(str(word) for word in record.get("command") or ()),
            page_copies=tuple(
                {str(path): int(n) for path, n in page.items()}
                for page in record.get("page_copies") or ()
            ),
            fold_marks=record.get("fold_marks") is True,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return f"{SHEETS_DIR}/.{path.stem}.json is not a sheet's record"
    if sheet.mode not in MODES or not parts:
        return f"{SHEETS_DIR}/.{path.stem}.json is not a sheet's record"
    if hashlib.sha256(raw).hexdigest() != sheet.sha256:
        return f"{SHEETS_DIR}/{name} changed since `sheet` made it"
    files = still_listed(parts, listed)
    if isinstance(files, str):
        return (
            f"{SHEETS_DIR}/{name} places {files} as an earlier build made it: a later "
            "build changed or removed that file"
        )
    return replace(sheet, parts=tuple(files), copies=made)


__all__ = [
    "MODES",
    "MadeSheet",
    "SHEETS_DIR",
    "in_sheets",
    "made_sheets",
    "outdated_sheets",
    "record_sheet",
    "withdrawn",
]
