"""`index.html` of a build's output folder: every document it holds (office, material,
language, record) with its preview and social images, linked to its print and digital PDFs,
filtered by office, material and language. One self-contained file with relative links, so it
opens from the folder, a ZIP or a web server alike; no script is needed to see it (the
filters are a small inline script, and so is the page viewer, serve/static/viewer.js, which
opens a page image in a dialog on the page, where its link opens the file without one)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from html import escape
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from ..output import OutputFile, same_bytes
from ..publishing import recover
from .described import (
    Names,
    document_marks,
    document_name,
    drafts_recorded,
    image_alt,
    image_context,
    language_name,
)

INDEX = "index.html"
LINKS = {"print": "print PDF", "digital": "digital PDF"}


def _asset(name: str) -> str:
    """A file of the preview's page (serve/static), to put inline: the page viewer's script
    and style (a page image in a dialog), one code for both galleries."""
    return resources.files("campaign.serve").joinpath("static", name).read_text("utf-8")


STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; background: #e9ecf1; color: #1d2430; }
header { background: #0a4da2; color: #fff; padding: 8px 16px; display: flex; gap: 16px;
  flex-wrap: wrap; align-items: center; position: sticky; top: 0; }
header h1 { font-size: 18px; margin: 0; }
main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
article { background: #fff; box-shadow: 0 1px 3px #0003; padding: 8px; max-width: 760px; }
article h2 { font-size: 13px; margin: 0 0 6px; }
article img { max-height: 360px; max-width: 360px; margin-right: 8px; background: #f6f6f6; }
article p { margin: 6px 0 0; }
article p.marks { color: #8a1c00; font-weight: 600; }
article a { margin-right: 12px; }
:focus-visible { outline: 3px solid #0a4da2; outline-offset: 2px; }
header :focus-visible { outline-color: #ffd23f; }
"""

VIEWER_STYLE = _asset("viewer.css")
VIEWER_SCRIPT = _asset("viewer.js")

SCRIPT = """
const pick = (id) => document.getElementById(id);
function filter() {
  const want = { office: pick('office').value, material: pick('material').value,
    lang: pick('lang').value };
  let shown = 0;
  for (const a of document.querySelectorAll('article')) {
    const ok = Object.entries(want).every(([k, v]) => v === '*' || a.dataset[k] === v);
    a.hidden = !ok; shown += ok;
  }
  pick('count').textContent = shown + ' of ' + document.querySelectorAll('article').length;
}
for (const id of ['office', 'material', 'lang']) pick(id).addEventListener('change', filter);
filter();
"""

# why a file is of sample data, never for print ("" when it is not): described.sample_of
Sample = Callable[[OutputFile], str]
Doc = tuple[str, str, str, str]  # office ("" for the campaign), material, language, record


def _select(name: str, label: str, values: list[str], shown: dict[str, str]) -> str:
    options = "".join(
        f'<option value="{escape(v)}">{escape(shown.get(v, v))}</option>' for v in values
    )
    return (
        f'<label>{label} <select id="{name}"><option value="*">all</option>'
        f"{options}</select></label>"
    )


def _article(
    key: Doc, files: list[OutputFile] | list[Shown], names: Names, source: str | None = None
) -> str:
    office, material, lang, record = key
    # the language by its names and its code: "flyer-a5 — Arabic, العربية (ar)"
    head = escape(" / ".join(p for p in (office, material, record) if p))
    head += f" — {names(lang).html()}"
    marks = _marks(lang, files, names, source)
    images = [f for f in files if f.format == "png"]
    # the preview first, then the social images; a material's front before its other pages
    images.sort(key=lambda f: (f.variant != "screen", f.page_name != "front", f.path))
    body = "".join(_image(f, key, names) for f in images)
    # each link named by its document as well as its kind (WCAG 2.4.4), its visible words
    # first (2.5.3): "print PDF: flyer-a5, 148 × 210 mm, Arabic (ar)"
    links = "".join(
        f'<a href="{quote(f.path)}" aria-label="{LINKS[f.variant]}: '
        f'{escape(document_name(material, lang, f.trim_mm, office, record, names))}">'
        f"{LINKS[f.variant]}</a>"
        for variant in LINKS
        for f in files
        if f.format == "pdf" and f.variant == variant
    )
    data = f'data-office="{escape(office or "-")}" data-material="{escape(material)}" '
    data += f'data-lang="{escape(lang)}"'
    return f"<article {data}><h2>{head}</h2>{marks}{body}<p>{links}</p></article>"


def _marks(
    lang: str, files: list[OutputFile] | list[Shown], names: Names, source: str | None
) -> str:
    """What a document's page images do not show of its texts, above them
    (described.document_marks, as the live preview's cards say it: sample data, from its
    files' `sample` (why, `gallery_chunks`); a draft translation; its texts that print in
    another language, from its files' recorded `texts`), as the package's job sheet and
    contact sheet say it. "" for none. Of the files that print (its print PDF, its
    images), as the preview says it of its composed page: a digital PDF's entry counts its
    alternative texts as well (execute: a badge with no words reads its heart's), where
    it is the document's only file."""
    printing: list[OutputFile | Shown] = [f for f in files if f.variant != "digital"]
    printing = printing or list(files)
    found = next((t for f in printing if (t := _texts(f)) is not None), None)
    texts = found if source is not None else None
    sample = next((f.sample for f in files if isinstance(f, Shown) and f.sample), "")
    # the draft translations it prints, by its files' records (a badge with no words: none)
    recorded: dict[str, object] = {"texts": found}
    if any(f.no_texts if isinstance(f, Shown) else f.extra.get("no_texts") for f in printing):
        recorded["no_texts"] = True
    drafts = drafts_recorded(lang, recorded, lambda code: names(code).draft)
    said = document_marks(texts, names, source, sample, drafts)
    return f'<p class="marks">{escape(said)}</p>' if said else ""


def _texts(f: OutputFile | Shown) -> object:
    """A file's recorded `texts` (pipeline.fingerprint.printed_texts), or None."""
    if isinstance(f, Shown):
        return json.loads(f.texts) if f.texts else None
    return f.extra.get("texts")


def gallery_html(
    files: Iterable[OutputFile],
    title: str = "Blue Heart campaign kit",
    names: Names = language_name,
    source: str | None = None,
    sample: Sample = lambda f: "",
) -> str:
    """The gallery page of the manifest entries `files` (paths relative to the folder the page
    is written in), as one text (`gallery_chunks` joined)."""
    return "".join(gallery_chunks(files, title, names, source, sample))


def gallery_chunks(
    files: Iterable[OutputFile],
    title: str = "Blue Heart campaign kit",
    names: Names = language_name,
    source: str | None = None,
    sample: Sample = lambda f: "",
) -> Iterator[str]:
    """The gallery page in pieces, one per document, without every entry in memory (a merge
    of 100,000 files): `files` is read once into a temporary SQLite database, which groups
    them per document (in the order they come) and sorts the documents by office, material,
    language and record. Languages are named by `names` (a build's: its kit's names,
    `described.KitNames`; else CLDR's); `source`, the kit's source language, words a
    document's texts that print in another language (`_marks`; None: not said); `sample`,
    why a file is of sample data (a build's: described.sample_of of its kit; "" for none),
    marks its document "SAMPLE DATA: not for print" (described.SAMPLE_MARK)."""
    with closing(sqlite3.connect("")) as db:  # "": a private temporary database, on disk
        db.execute(
            "CREATE TABLE f (office TEXT, material TEXT, lang TEXT, record TEXT,"
            " path TEXT, format TEXT, variant TEXT, page TEXT, alt TEXT, alt_lang TEXT,"
            " width REAL, height REAL, texts TEXT, sample TEXT, no_texts INTEGER)"
        )
        for f in files:
            key = (f.office or "", f.material, f.language, f.record or "")
            texts = f.extra.get("texts")
            said = json.dumps(texts, sort_keys=True) if texts is not None else None
            shown = (f.path, f.format, f.variant, f.page_name, *_alt(f), *f.trim_mm, said)
            db.execute(
                "INSERT INTO f VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, *shown, sample(f), bool(f.extra.get("no_texts"))),
            )
        db.execute("CREATE INDEX f_doc ON f (office, material, lang, record)")
        doc = "office, material, lang, record"
        yield _head(db.execute(f"SELECT DISTINCT {doc} FROM f"), title, names)
        # Python's str order is SQLite's BINARY order (code points; UTF-8 bytes)
        rows = db.execute(f"SELECT * FROM f ORDER BY {doc}, rowid")
        first = True
        for key, group in groupby(rows, key=lambda row: row[:4]):
            files_shown = [
                Shown._make((*row[4:10], row[10:12], *row[12:14], bool(row[14]))) for row in group
            ]
            article = _article(key, files_shown, names, source)
            yield article if first else "\n" + article
            first = False
        yield "\n" + _TAIL


class Shown(NamedTuple):
    """What the gallery shows of a file (an OutputFile's fields)."""

    path: str
    format: str
    variant: str
    page_name: str
    alt: str | None = None  # a social image's words (its manifest entry's `alt`)
    alt_lang: str | None = None  # their language (`alt_lang`)
    trim_mm: tuple[float, float] = (0.0, 0.0)  # its size (a PDF's link names it)
    texts: str | None = None  # its entry's `texts` as JSON (_marks), None when it has none
    sample: str = ""  # why it is of sample data (described.sample_of), "" when it is not
    no_texts: bool = False  # its entry's `no_texts`: it prints no text of the strings files


def _image(f: OutputFile | Shown, key: Doc, names: Names) -> str:
    """An image of the gallery, linked to its file, with its text alternative
    (described.image_alt, as the live preview's): a social image's words in their
    language, else "Front of flyer-a5 in Arabic". Its link is named by that alternative
    and a hidden context (described.image_context: "preview, office lyon"): two offices'
    previews of one material and language had one name."""
    office, material, lang, record = key
    words, words_lang = _alt(f)
    alt, alt_lang = image_alt(material, lang, f.page_name, words, words_lang or "", names)
    said = f'alt="{escape(alt)}"'
    if alt_lang:
        said = f'lang="{escape(alt_lang)}" {said}'
    rtl = ' dir="rtl"' if alt_lang and names(alt_lang).rtl else ""
    context = image_context(
        f.variant, material, lang, f.page_name, bool(words), office, record, names
    )
    ref = escape(quote(f.path))  # a file's path is unique in the folder: the ids' stem
    return (
        f'<a class="open-page" aria-haspopup="dialog" href="{quote(f.path)}" '
        f'aria-labelledby="img:{ref} of:{ref}">'
        f'<img id="img:{ref}" loading="lazy"{rtl} src="{quote(f.path)}" {said}>'
        f'<span id="of:{ref}" hidden>({escape(context)})</span></a>'
    )


def _alt(f: OutputFile | Shown) -> tuple[str | None, str | None]:
    """A social image's words and their language, as its manifest entry gives them
    (`alt`, `alt_lang`; None: the gallery describes the page instead)."""
    alt, lang = (
        (f.alt, f.alt_lang)
        if isinstance(f, Shown)
        else (f.extra.get("alt"), f.extra.get("alt_lang"))
    )
    if not isinstance(alt, str) or not alt:
        return None, None
    return alt, lang if isinstance(lang, str) and lang else None


def _head(docs: Iterable[Doc], title: str, names: Names) -> str:
    """The page up to its articles: the filters (every office, material and language of the
    documents `docs`) and their number."""
    offices: set[str] = set()
    materials: set[str] = set()
    langs: set[str] = set()
    count = 0
    for office, material, lang, _ in docs:
        offices.add(office or "-")
        materials.add(material)
        langs.add(lang)
        count += 1
    filters = (
        _select("office", "Office", sorted(offices), {"-": "campaign"})
        + _select("material", "Material", sorted(materials), {})
        # a language's English name and its code (an option cannot mark its native name's
        # language: the articles' headings show it)
        + _select("lang", "Language", sorted(langs), {c: names(c).text() for c in langs})
    )
    return (
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f"<title>{escape(title)}: gallery</title><style>{STYLE}{VIEWER_STYLE}</style></head>\n"
        f"<body><header><h1>{escape(title)}</h1>{filters}"
        f'<span id="count">{count} documents</span></header>\n<main>\n'
    )


_TAIL = f"</main>\n<script>{SCRIPT}</script>\n<script>{VIEWER_SCRIPT}</script>\n</body>\n</html>\n"


def write_gallery(
    out: Path,
    files: Iterable[OutputFile],
    title: str,
    tmp_dir: Path,
    names: Names = language_name,
    source: str | None = None,
    sample: Sample = lambda f: "",
) -> Path:
    """Write `out/index.html` atomically (written in `tmp_dir`, on the same file system, in
    pieces (`gallery_chunks`), then renamed over the old one): a reader sees the old page or
    the new, never half of one. The same page is not written again (an incremental build that
    changed nothing writes nothing). Raises OSError when it cannot be written."""
    recover(out)  # a publish a killed build left: finished or rolled back first
    tmp = tmp_dir / INDEX
    with tmp.open("w", encoding="utf-8") as f:
        f.writelines(gallery_chunks(files, title, names, source, sample))
    current = out / INDEX
    try:
        if current.is_file() and same_bytes(tmp, current):
            tmp.unlink()
            return current
    except OSError:
        pass
    os.replace(tmp, current)
    return current
