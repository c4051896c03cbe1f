"""Fingerprints: a sha256 of every input a job reads (the code, the campaign file, what it
takes from its layout file (the design, and a size's own entry) and from the strings files,
the font files of the faces its document uses, its asset files, fonts.yaml, the press profile
and the options that change its bytes), recorded in the manifest; the build's own fingerprint
(every file of the kit, the code and the options), checked first, so that a build with nothing
to do composes nothing; and the short build hash printed in the slug and used for the PDF's
document ID."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..cache import digest as stored_digest
from ..dates import source_date_epoch
from ..fonts import FontBook
from ..layout.document import ArcTextItem, Document, ImageItem, SvgItem, TextItem
from ..model import (
    ArcTextSlot,
    Kit,
    Language,
    Layout,
    Office,
    StringEntry,
    TextSlot,
    link_keys,
)
from ..presses import PROFILES

if TYPE_CHECKING:
    from ..merge.events import Record
    from ..text.paragraph import Line

PACKAGE = Path(__file__).resolve().parents[1]


# the code_version a long-running process pinned (pinned_code_version): the code it runs
_PINNED: list[str] = []


@contextmanager
def pinned_code_version() -> Iterator[str]:
    """For the block, `code_version` is what it is on entering it: the code a long-running
    process (`preview`) loaded, not what lies on disk later (a module it first imports
    later, many being imported where used, is read from the disk then: a process runs
    across an update at its own risk; what it caches is at least keyed by its start). A
    preview left running across a `git pull` read the new files' digest at each reload, ran
    its old checks and cached their results under the new code's key, where the next
    preview, on the new code, took them (a designer's trial: an SVG filter the new code
    refuses, shown without an error until the kit file changed)."""
    code = code_version()
    _PINNED.append(code)
    try:
        yield code
    finally:
        _PINNED.pop()


def code_version() -> str:
    """The package version, a digest of its source files (and of the word lists that set
    lines, text/*.txt: a Thai word added moves a line break) and the versions of the
    libraries that write the outputs (`library_versions`): a change of any is a new input.
    Without the libraries, an upgraded reportlab or pikepdf (other bytes for the same page)
    left an incremental build's files as the old version made them, and a join took shards
    built with different versions for one build. Inside `pinned_code_version`, the one it
    pinned."""
    if _PINNED:
        return _PINNED[-1]
    h = hashlib.sha256(__version__.encode())
    for name, path in _source_files(PACKAGE):
        h.update(name.encode())
        # each file's sha256 as the cache remembers it by its stat signature (cache.digest,
        # with its racy-write rule): the 322 files, 6.9 MB, were read and hashed in every
        # build, check and no-op (13.5 ms here); their remembered digests take 4.4 ms in a
        # fresh process, 2 ms in one that asked before (the tests' builds)
        h.update(stored_digest(path).encode())
    h.update(json.dumps(library_versions(), sort_keys=True).encode())
    return h.hexdigest()


def _source_files(package: Path) -> list[tuple[str, Path]]:
    """The package's source files (every .py, and text/*.txt) as (path relative to the
    package, in POSIX form; the file), sorted by that name. With os.walk and strings: pathlib's
    rglob and relative_to took 5 ms of code_version's 10 here."""
    found = []
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        rel = os.path.relpath(folder, package).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        for file in files:
            if file.endswith(".py") or (prefix == "text/" and file.endswith(".txt")):
                found.append((prefix + file, Path(folder, file)))
    return sorted(found)


# The distributions whose code decides an output's bytes or pixels: writing and subsetting
# the PDF (reportlab), the QR code's modules (zxing-cpp), the text of glyphs without a code point
# in ToUnicode maps (fontTools reads the fonts' substitutions), finishing it (pikepdf, with
# its qpdf), rendering PNGs and previews (pypdfium2, with its PDFium; Pillow; isal deflates
# the PNGs), setting text (uharfbuzz, with its HarfBuzz; python-bidi; icu4py's line breaks;
# BudouX's Japanese and Chinese phrases; pyphen's hyphenation patterns; Babel's CLDR dates),
# the art (svglib, with cssselect2 and tinycss2) and the XMP packet (lxml); a merge's time
# zones (tzdata, where the system has no tz database: Europe/Paris printed as UTC+2;
# elsewhere the system's, not named here); a Persian row's Solar Hijri date as read
# (jdatetime, with jalali-core's arithmetic: 1405-05-08 is the 30 July printed); a merged
# national phone number's tel: address by its country's plan (phonenumbers' metadata:
# 01 43 29 44 40 of FR is tel:+33-1-43-29-44-40 in the QR code); where a printed address
# breaks (publicsuffixlist's Public Suffix List: never inside or.ke); a picture's pixels
# brought within the press's ink limit (numpy: render.images.limit_ink). The wheels
# of the ones with a C library bundle it, so the version names it.
OUTPUT_LIBRARIES = (
    "babel",
    "budoux",
    "cssselect2",
    "fonttools",
    "icu4py",
    "isal",
    "jalali-core",
    "jdatetime",
    "lxml",
    "numpy",
    "phonenumbers",
    "pikepdf",
    "pillow",
    "publicsuffixlist",
    "pyphen",
    "pypdfium2",
    "python-bidi",
    "reportlab",
    "svglib",
    "tinycss2",
    "tzdata",
    "uharfbuzz",
    "zxing-cpp",
)
# The project's other dependencies: they read the inputs (whose bytes are fingerprinted),
# talk to the user or watch files, and write no output byte (tests/pipeline/
# test_library_versions.py holds every dependency of pyproject.toml to one of the two lists);
# myanmartools only tells whether Burmese reads as Zawgyi (a warning, a hint: text.clusters)
NOT_OUTPUT_LIBRARIES = (
    "click",
    "myanmartools",
    "openpyxl",
    "polib",
    "pyyaml",
    "tqdm",
    "watchfiles",
)


def library_versions() -> dict[str, str]:
    """{distribution: version} of OUTPUT_LIBRARIES ("none" for one not installed), with
    Python's version ("python") and the zlib it deflates with ("zlib": the system's library,
    which the project's own streams go through). Read from the `NAME-VERSION.dist-info`
    folders on sys.path, first found first, as the import system finds the packages (PEP 427,
    PEP 503 names): 1 ms here, where importlib.metadata.version took 16 ms for the same names,
    in every build, a no-op one too. A distribution installed another way (an .egg-info) is
    asked of importlib.metadata."""
    return dict(_library_versions())


@lru_cache(maxsize=1)
def _library_versions() -> tuple[tuple[str, str], ...]:
    """library_versions, sorted, once per process."""
    import zlib

    wanted = set(OUTPUT_LIBRARIES)
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            dist, _, version = name[: -len(".dist-info")].partition("-")
            key = re.sub(r"[-_.]+", "-", dist).lower()
            if key in wanted and key not in found and version:
                found[key] = version
    missing = wanted - found.keys()
    if missing:
        # imported only here: importing it took 15 ms of every command's start
        from importlib import metadata

        for name in missing:
            try:
                found[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                found[name] = "none"
    found["python"] = platform.python_version()
    found["zlib"] = zlib.ZLIB_RUNTIME_VERSION
    return tuple(sorted(found.items()))


def record_digest(record: Record, lang: str | None = None) -> bytes:
    """A merged record's values, links and images as bytes (what its files depend on): with
    `lang`, of its values only that language's own (a row's title_fr is not the English
    file's: changing it rebuilt every language of the row), and the languages it is made in
    (a file tags a text in another script with one of them: layout.compose.words_language)."""
    layer = record.layer
    own = layer.by_language if lang is None else {lang: layer.by_language.get(lang, {})}
    doc = {
        "id": record.id,
        "languages": list(record.languages),
        "values": {k: v.text for k, v in sorted(layer.values.items())},
        "by_language": {
            c: {k: v.text for k, v in sorted(vals.items())} for c, vals in sorted(own.items())
        },
        "links": dict(sorted(layer.links.items())),
        # each photo hashed once per state of its file (cache.digest), not at every call: a
        # document asks for its record's digest for each job, its build hash and its entries
        "images": {k: stored_digest(p) for k, p in layer.logos.items()},
    }
    if layer.dials:  # by its country, a national number's links (only then: older digests kept)
        doc["dials"] = dict(sorted(layer.dials.items()))
    return json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()


def row_digest(record: Record, lang: str) -> str:
    """16 hex digits of what language `lang`'s files of a merged record show of its row
    (`record_digest`), kept in their manifest entries: the same in the files of every
    template merged from the same values."""
    return hashlib.sha256(record_digest(record, lang)).hexdigest()[:16]


class RecordsDigest:
    """The sha256 of a merge's records, one at a time (`add`), each as `record_digest` gives
    it: what the build's stamp holds of them (incremental.settings)."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def add(self, record: Record) -> None:
        self.add_digest(record_digest(record))

    def add_digest(self, data: bytes) -> None:
        """A record's `record_digest`, made before (kept while the rows are checked)."""
        self._h.update(data)
        self._h.update(b"\0")

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def build_hash(
    kit: Kit,
    layout: Layout,
    lang: Language,
    strings: str,
    office: Office | None = None,
    record: Record | None = None,
) -> str:
    """10 hex digits printed in the slug and written in the PDF's document ID: of the
    version, what the campaign file says but its `languages:` (Campaign.content: a comment
    in it made every file of the kit again), what the document takes from its layout file
    (`layout_bytes`: the design, and a size's own entry), what it takes from the strings
    files (`strings`: strings_digest with its document), what its office's file says of it
    (not its comments, nor the fields it cannot print: office_said) and a merged record's
    values. It was of the whole strings
    and office files: one string edited made every PDF of its language again, and a comment
    in an office file every file of the office; and a size's was of its whole layout file:
    an edit of one size's entry gave every other size of the design a new hash, and new
    files."""
    h = hashlib.sha256(__version__.encode())
    h.update(kit.campaign.content.encode())
    h.update(layout_bytes(layout))
    h.update(strings.encode())
    if office is not None:
        h.update(office_said(kit, layout, office, lang.code).encode())
    if record is not None:
        h.update(record_digest(record, lang.code))
    return h.hexdigest()[:10]


def layout_bytes(layout: Layout) -> bytes:
    """What a document takes from its layout file: what the design says (Layout.content:
    its values but `family:`, `sizes:` and `paper:`, without its comments or formatting)
    and, for a size, what its own entry under `sizes:` says (SizeSpec.content), not the
    other sizes' entries. It was the design's bytes (`design_bytes`, still those of a layout
    made without reading a file): a comment in poster-a3.yaml rebuilt its 78 jobs, each
    PDF with new bytes (its build hash), where one in a strings or an office's file rebuilds
    nothing (a CI engineer's trial). Its `paper:` too, by its value: it decides a custom
    size's, a badge's or a sticker's bleed for an office's paper (papers.piece_bleed), and
    `paper: us` on the sticker kept its 3 mm files where a clean build made them 1/8 in (a
    review)."""
    own = layout.content.encode() if layout.content else design_bytes(layout.path)
    own += b"\0paper\0" + (layout.paper or "").encode()
    if layout.sized_from:
        own += b"\0size\0" + layout.size_content.encode()
    return own


def design_bytes(path: Path) -> bytes:
    """The bytes of a layout file without its top-level `family:`, `sizes:` and `paper:` keys
    (and the comment lines right above them): what the live preview's gallery versions a
    design by (serve.entries.digest), and what the build hash of a layout made without a
    file's reading covers (`layout_bytes`)."""
    out: list[bytes] = []
    skipping = False
    for line in path.read_bytes().splitlines(keepends=True):
        top = line[:1] not in (b" ", b"\t", b"#", b"\n", b"\r", b"")
        if top:
            skipping = line.startswith((b"family:", b"sizes:", b"paper:"))
            if skipping:
                while out and out[-1].startswith(b"#"):
                    out.pop()
                while out and not out[-1].strip():
                    out.pop()
        if not skipping:
            out.append(line)
    return b"".join(out)


def profile_key(kit: Kit, layout: Layout, office: Office | None = None) -> str:
    """The press condition of a document: the layout's, else the office's, else the
    campaign's."""
    return (
        layout.output_profile
        or (office.output_profile if office else None)
        or (kit.campaign.output_profile)
    )


def profile_icc(kit: Kit, layout: Layout, office: Office | None = None) -> Path:
    return kit.assets_dir / PROFILES[profile_key(kit, layout, office)][0]


def _lines(doc: Document) -> Iterator[Line]:
    for item in doc.items:
        if isinstance(item, TextItem):
            yield from item.text.lines
        elif isinstance(item, ArcTextItem):
            yield item.line


def used_keys(doc: Document) -> set[str]:
    """The string keys whose texts a composed document sets."""
    return {
        key for item in doc.items if isinstance(item, TextItem | ArcTextItem) for key in item.keys
    }


def carried_keys(doc: Document) -> set[str]:
    """The string keys whose texts the digital PDF of a composed document carries: those
    it sets (used_keys), those of its drawn items' alternative texts (`Page.alt_keys`: a
    badge's heart, read as its heading where it sets no words; a QR code's label), and
    those of the words that say what its links open (`link_label_keys`)."""
    alts = {key for page in doc.pages for key in page.alt_keys.values()}
    return used_keys(doc) | alts | link_label_keys(doc)


def link_label_keys(doc: Document) -> set[str]:
    """The string keys of the words the digital PDF describes its links by (`Page.
    link_labels`, layout.compose.LINK_LABELS: "Phone: +41 22 917 1234", its annotation's
    /Contents): of each scheme a link its texts set opens (render.items.text.line_links, as
    the drawing finds them) that the page has words for. They were not counted: an Arabic
    flyer whose helpline's link said "Phone" in English (ar.yaml lacking link_phone) was
    recorded as all its own language's, a draft's link words as no draft's."""
    from ..layout.compose import LINK_LABELS
    from ..render.items.text import line_links  # the digital PDF's rule

    keys: set[str] = set()
    for page in doc.pages:
        if not page.link_labels:
            continue
        heads = page.section_heads
        for item in page.items:
            if not isinstance(item, TextItem):
                continue
            for line in item.text.lines:
                for _, _, url in line_links(line, item.text.size, item.dials):
                    scheme = url.split(":", 1)[0].lower()  # render.pdf.Labels.of
                    label = page.link_labels.get(scheme)
                    # a source-language label gives way to the subheading over the link
                    # (render.pdf.Labels.of)
                    if label is not None and (label[1] is None or item.slot not in heads):
                        keys.add(LINK_LABELS[scheme])
    return keys


def layout_keys(layout: Layout) -> set[str]:
    """The string keys a document of `layout` may set: those its text and rim slots name
    (a size's dropped slots gone). A composed document sets some of them (used_keys), never
    another: what the live preview judges a document by before it is composed (a badge
    with no words names none)."""
    return {
        key
        for slot in layout.slots
        if isinstance(slot, TextSlot | ArcTextSlot)
        for key in slot.strings
    }


def printed_texts(
    kit: Kit, lang: Language, keys: Iterable[str], office: Office | None = None
) -> dict[str, object] | None:
    """What a document of `lang` prints of another language, for its manifest entries'
    `texts`: {"of": the strings files' texts it sets (`keys`: used_keys, those
    Kit.printed finds), "printed": {code: how many of them print that language's text}}
    (its parent's, pt for pt-BR, or the source language's where neither gives one:
    Kit.printed), codes sorted; None when every text is its own. A text `office` gives in
    `lang` (its `strings:`, which resolve.office_layer puts over the strings files' in its
    materials) is its own: an office's French call to action on a page whose fr.yaml
    lacks it was counted as printing English. A language the office had added but not
    translated was packaged as that language, all in English, without a word (an office's
    trial): `package` names these files from it, without laying them out. The build
    records it per job (execute), the preview per composed document (serve.gallery): both
    galleries' marks say it (serve.described.document_marks)."""
    counts: dict[str, int] = {}
    total = 0
    own = office.strings.get(lang.code, {}) if office is not None else {}
    for key in sorted(set(keys)):
        found = kit.printed(lang, key)
        if found is None:
            continue  # not a strings file's text (a field's, an event's)
        total += 1
        if found[1].code != lang.code and key not in own:
            counts[found[1].code] = counts.get(found[1].code, 0) + 1
    if not counts:
        return None
    return {"of": total, "printed": dict(sorted(counts.items()))}


def strings_texts(
    kit: Kit, lang: Language, keys: Iterable[str], office: Office | None = None
) -> dict[str, Language]:
    """The texts of the strings files a document of `lang` prints, of `keys` it sets
    (used_keys): each key and the language whose file gives it, as Kit.printed finds it
    (its own, else a parent's or the source language's, which prints in its place). A
    field's or an event's text is none, nor one `office` gives in `lang` (its `strings:`).
    Empty for a document that prints none: a badge with no words (badge-25mm)."""
    own = office.strings.get(lang.code, {}) if office is not None else {}
    found = {}
    for key in sorted(set(keys)):
        given = None if key in own else kit.printed(lang, key)
        if given is not None:
            found[key] = given[1]
    return found


def draft_texts(
    kit: Kit, lang: Language, keys: Iterable[str], office: Office | None = None
) -> tuple[str, ...]:
    """The draft translations a document of `lang` prints, the codes (sorted) of the
    languages no native speaker has reviewed (`status: draft`) among: those whose files
    give the texts it prints (strings_texts), and its own language where it prints any
    (its file decides what prints: a pt-PT draft printing pt.yaml's texts is a draft
    still, as the galleries and the job sheet have said). What makes a document a draft
    (its slug's DRAFT, the sheets' and the package's marks, the build's `strings.draft`
    note; serve.described.drafts_of reads it from a manifest entry alike): () for one that
    prints no text of the strings files, a badge with no words in a draft language
    (badge-25mm: the heart alone), which was stamped DRAFT; a reviewed language's document
    that prints a draft parent's texts is one."""
    given = strings_texts(kit, lang, keys, office).values()
    codes = {x.code for x in given if not x.reviewed}
    if given and not lang.reviewed:
        codes.add(lang.code)
    return tuple(sorted(codes))


def strings_digest(
    kit: Kit,
    lang: Language,
    keys: Collection[str],
    doc: Document | None = None,
    dated: bool = False,
) -> str:
    """What a job's bytes take from the strings files: the language's settings and fields,
    its month names where the document prints a merged record's date (`dated`: a merge's;
    MONTHS) and the texts of `keys` (the keys its document sets: used_keys), its own or,
    where it lacks one, its parent's (Kit.fallbacks: es.yaml's for es-419) or the source
    language's, which prints in its place, and its parents' fields. With `doc` (the
    PDFs), what else their bytes carry: the language's names and review status (the slug's
    DRAFT, the title) and each page's alternative texts, roles and per-slot languages (the
    digital PDF's tags). An edit of another string, or of a comment, leaves the job as it
    is; before, a PDF's fingerprint was the whole strings file's."""
    source = kit.languages.get(kit.campaign.source_language)
    parents = kit.fallbacks(lang)
    chain = [lang, *parents, *((source,) if source is not None else ())]

    def given(key: str) -> Language | None:
        return next((x for x in chain if key in x.strings), None)

    def text(key: str) -> StringEntry | None:
        found = given(key)
        return None if found is None else found.strings[key]

    out: dict[str, object] = {
        "language": [lang.code, lang.script, lang.direction, lang.digits],
        "fields": {k: _entry(v) for k, v in sorted(lang.fields.items())},
        "strings": {k: _entry(text(k)) for k in sorted(set(keys))},
    }
    if dated:
        out["months"] = lang.months
    if parents:  # the fields it takes from them (resolve._own_fields)
        out["parents"] = [
            [p.code, {k: _entry(v) for k, v in sorted(p.fields.items())}] for p in parents
        ]
    if doc is not None:
        out["names"] = [lang.name, lang.native_name, lang.status]
        # the draft translations it prints (draft_texts: the slug's DRAFT), a parent's too
        out["drafts"] = sorted(
            {x.code for k in set(keys) if (x := given(k)) is not None and not x.reviewed}
        )
        out["pages"] = [
            [p.name, p.tags, p.langs, p.paragraph_langs, p.link_labels, p.section_heads]
            for p in doc.pages
        ]
    return hashlib.sha256(json.dumps(out, sort_keys=True, default=str).encode()).hexdigest()


# strings_values' key of a language's month names (`months:`), which no string key can be (a
# space): only a merged record's date prints them (merge.record: its event_date), so an edit
# of them outdates a merge's files alone. They were of every document's fingerprint and
# build hash: adding `months:` to a strings file rebuilt the language's badge and poster,
# with new bytes, and `package` called them outdated, then `build` the gang sheet placing
# them (an office's trial)
MONTHS = " months"


def _entry(entry: StringEntry | None) -> list[str | None] | None:
    return None if entry is None else [entry.text, entry.short]


def kit_files(root: Path) -> dict[str, Path]:
    """Every file a build may read from the kit in `root`, by its name relative to the kit
    (materials/, fonts/ and assets/, which may be links to folders elsewhere)."""
    out = {
        f"{label}/{name}": path
        for label in ("materials", "fonts", "assets")
        for name, path in folder_files(root / label).items()
    }
    return dict(sorted(out.items()))


def folder_files(top: Path) -> dict[str, Path]:
    """Every file under `top`, walked as given and into linked folders, by its path relative
    to `top` (forward slashes), sorted; none when `top` is missing."""
    out: dict[str, Path] = {}
    for folder, _, names in os.walk(top, followlinks=True):
        for name in names:
            path = Path(folder) / name
            out[path.relative_to(top).as_posix()] = path
    return dict(sorted(out.items()))


OFFICE_FILES = "materials/offices/"
STRINGS_FILES = "materials/strings/"
LAYOUT_FILES = "materials/layouts/"


def kit_state(
    files: dict[str, str],
    code: str,
    office: str | None = None,
    chains: Mapping[str, tuple[str, ...]] | None = None,
) -> str:
    """16 hex digits of the code and the digests of the kit files a group's files are made
    from (`files`: kitcache.kit_digests): every kit file but the offices' files, and the
    office's own for an office's files (`office`: its id), with those of the offices it
    extends (`chains`: office_chains). No build's settings: the same
    for a merge into any template of the same kit. Every file's entry and the build's stamp
    keep it (`package` judges a file the last build did not make current only when its
    group's kit was the same: an edit of one office's file made every other office's files
    and the campaign's "made before its last build")."""
    ids = (office, *(chains or {}).get(office, ())) if office else ()
    own = {f"{OFFICE_FILES}{oid}.yaml" for oid in ids}
    kept = {n: d for n, d in files.items() if not n.startswith(OFFICE_FILES) or n in own}
    doc = {"code": code, "files": kept}
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:16]


def kit_states(
    files: dict[str, str], code: str, chains: Mapping[str, tuple[str, ...]] | None = None
) -> dict[str, str]:
    """kit_state of each office of the kit (an office file's name, without .yaml; `_`
    files are not offices), by its id."""
    out = {}
    for name in files:
        if name.startswith(OFFICE_FILES) and name.endswith(".yaml"):
            office = name[len(OFFICE_FILES) : -len(".yaml")]
            if "/" not in office and not office.startswith("_"):
                out[office] = kit_state(files, code, office, chains)
    return dict(sorted(out.items()))


CAMPAIGN_FILE = "materials/campaign.yaml"


def kit_values(kit: Kit) -> dict[str, str]:
    """16 hex digits of what campaign.yaml, each office's file and each strings file say, by
    name relative to the kit: Campaign.content and Office.content, the parts of every job's
    fingerprint and build hash they are (their values without comments, formatting or the
    job lists, `languages:` and `materials:`), and Language.content (a strings file's values:
    a job takes those it sets, strings_digest). The build's stamp keeps them
    (`kit_values`), so that `package` judges these files as the build does: a comment added
    to campaign.yaml, or a language to its `languages:`, made every file of the folder "made
    from it as it was" (package.outdated), though no build made any again; a comment in
    es.yaml did so for every Spanish file. From the kit read (a cached one's pickle): no
    YAML is read for them."""
    out = {CAMPAIGN_FILE: kit.campaign.content[:16]} if kit.campaign.content else {}
    for office in kit.offices.values():
        if office.content:
            out[f"{OFFICE_FILES}{office.id}.yaml"] = office.content[:16]
    for lang in kit.languages.values():
        if lang.content and not lang.pseudo:
            out[f"{STRINGS_FILES}{lang.path.name}"] = lang.content[:16]
    return dict(sorted(out.items()))


def layout_values(kit: Kit) -> dict[str, str]:
    """16 hex digits of what each layout (by material: a size's `<family>-<name>` too) takes
    from its layout file (`layout_bytes`: the design and, for a size, its own entry), as the
    job's fingerprint takes it (Fingerprints.layout). The build's stamp keeps them
    (`kit_layouts`), so that `package` judges a layout file as the build does: an edit of one
    size's entry made every size of the design, and the design, "made from it as it was"
    (package.outdated), though the build makes that size's files again alone (a user's
    trial). From the kit read: no layout file is read again (one made without a file's
    reading, and gone since, is left out: judged by its bytes)."""
    out: dict[str, str] = {}
    for material, layout in kit.layouts.items():
        try:
            own = layout_bytes(layout)
        except OSError:
            continue
        out[material] = hashlib.sha256(own).hexdigest()[:16]
    return dict(sorted(out.items()))


def strings_values(kit: Kit) -> dict[str, dict[str, str]]:
    """16 hex digits of what each strings file says, by name relative to the kit (as
    kit_values names it), text by text: each string key's text and short variant (`_entry`,
    as strings_digest takes them) and, under "", the rest of what a job takes from the file
    (the language's code, names, review status, script, direction, digits, clock and
    fields), and under MONTHS its month names, which a merged record's date alone prints.
    The build's stamp keeps them (`kit_strings`), so that `package` judges a
    strings file as the build does, by the texts a document sets: an edit of ja.yaml's theme
    made the Japanese badges "made from it as it was" (package.outdated), though a badge
    prints no theme and no build makes it again (a Tokyo office's trial). A translator's
    note or source text is none of them. From the kit read: no YAML is read for them."""
    out: dict[str, dict[str, str]] = {}
    for lang in kit.languages.values():
        if lang.pseudo:
            continue
        rest = [
            [lang.code, lang.name, lang.native_name, lang.status, lang.script, lang.direction],
            [lang.digits, lang.clock],
            {k: _entry(v) for k, v in sorted(lang.fields.items())},
        ]
        said = {"": rest, MONTHS: lang.months, **{k: _entry(v) for k, v in lang.strings.items()}}
        out[f"{STRINGS_FILES}{lang.path.name}"] = {
            k: hashlib.sha256(json.dumps(v, default=str).encode()).hexdigest()[:16]
            for k, v in sorted(said.items())
        }
    return dict(sorted(out.items()))


def layout_strings(layout: Layout, known: Collection[str]) -> frozenset[str]:
    """Every string key a document of `layout` may take a text from, read from the layout
    (not composed): those its slots set (`strings`: text and rim slots) and their alternative
    texts (`alt`), each with its variants for the other kinds of link where the slot is
    about a link (model.link_keys, of `known`, the source language's keys: qr_label_tel),
    and, where it sets any text, the words that describe its links (layout.compose.
    LINK_LABELS, `link_label_keys`). A composed document's carried_keys are among them."""
    from ..layout.compose import LINK_LABELS

    keys: set[str] = set()
    texts = False
    for slot in layout.slots:
        named = [*getattr(slot, "strings", ()), *((slot.alt,) if slot.alt else ())]
        texts = texts or bool(getattr(slot, "strings", ()))
        about_link = getattr(slot, "link", None) is not None
        for key in named:
            keys.update(link_keys(key, known) if about_link else (key,))
    if texts:
        keys.update(LINK_LABELS.values())
    return frozenset(keys)


# the office's fields any document of it may print, whatever its slots: its name, in the
# PDFs' title (renditions.Sheet.titled)
ALWAYS_FIELDS = ("office_name",)


def layout_fields(kit: Kit, layout: Layout, office: Office | None = None) -> frozenset[str]:
    """The fields a document of `layout` may print, or that shape it: those its slots name
    (`field:`, a `first_field:`'s every one, `when_filled:`, `when_empty:`), those the texts
    it may set name as placeholders (`{helpline}`: the texts of `layout_strings`' keys in
    every strings file of the kit and among `office`'s own texts), the helpline where it has
    a text or rim slot (its national numbers' dials make the link of a number a text prints:
    resolve.office_layer) and ALWAYS_FIELDS. Read from the layout (not composed): a
    composed document's fields are among them. A badge of the heart alone (badge-25mm)
    may print the office's name (its title) and no other field."""
    from ..resolve import PLACEHOLDER

    names = set(ALWAYS_FIELDS)
    for slot in layout.slots:
        names.update((*getattr(slot, "fields", ()), *slot.when_filled, *slot.when_empty))
    source = kit.languages.get(kit.campaign.source_language)
    keys = layout_strings(layout, source.strings if source is not None else {})
    if any(isinstance(slot, TextSlot | ArcTextSlot) for slot in layout.slots):
        names.add("helpline")
    found = [lang.strings.get(k) for lang in kit.languages.values() for k in keys]
    if office is not None:
        found += [own.get(k) for own in office.strings.values() for k in keys]
    for entry in found:
        for text in (entry.text, entry.short) if entry is not None else ():
            names.update(PLACEHOLDER.findall(text or ""))
    return frozenset(names)


def office_said(kit: Kit, layout: Layout, office: Office, lang: str | None = None) -> str:
    """What a document of `layout` in language `lang` takes from `office`'s file, the
    office's part of its fingerprint and build hash: what the file says but its fields
    (Office.content_but_fields) and the values of the fields the document may print
    (`layout_fields`), shared and the language's own (`fields_by_language:`, the only
    ones resolve.Layer.get gives it; every language's where `lang` is None). It was the
    whole file's (Office.content): a helpline edited rebuilt the office's 88 documents, its
    25 mm badge's too, which prints no contact, each PDF with new bytes (its build hash;
    an office's trial); and a French website under `fields_by_language:` rebuilt the
    English flyer (a review). An office made without a file's reading: its content whole."""
    if not office.content_but_fields:
        return office.content
    fields = {
        name: said
        for name in sorted(layout_fields(kit, layout, office))
        if (said := _office_field(office, name, lang)) != [None, {}]
    }
    doc = [office.content_but_fields, fields]
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def _office_field(office: Office, name: str, lang: str | None = None) -> list[object]:
    """An office's values of field `name`: shared, and by language (`fields_by_language:`),
    language `lang`'s alone where it is given."""
    by_language = {
        code: _entry(own[name])
        for code, own in sorted(office.fields_by_language.items())
        if name in own and lang in (None, code)
    }
    return [_entry(office.fields.get(name)), by_language]


def office_values(kit: Kit) -> dict[str, dict[str, str]]:
    """16 hex digits of what each office's file says (with the offices it extends), by office
    id: under "" all but its fields (Office.content_but_fields), under each field's name its
    shared value and under `name@code` a language's own (`fields_by_language:`). The build's
    stamp keeps them (`kit_office_fields`), so that `package` judges an office's file as the
    build does (office_said), by the fields a document may print (`layout_fields`) in its
    language: a helpline edited made the office's badges "made from it as it was"
    (package.outdated), though no build makes them again."""
    out: dict[str, dict[str, str]] = {}

    def digest(value: StringEntry) -> str:
        data = json.dumps(_entry(value), sort_keys=True, default=str)
        return hashlib.sha256(data.encode()).hexdigest()[:16]

    for office in kit.offices.values():
        if not office.content_but_fields:
            continue
        said = {"": office.content_but_fields[:16]}
        for name in sorted(office.fields):
            said[name] = digest(office.fields[name])
        for code, own in sorted(office.fields_by_language.items()):
            for name in sorted(own):
                said[f"{name}@{code}"] = digest(own[name])
        out[office.id] = dict(sorted(said.items()))
    return dict(sorted(out.items()))


# an office file's top-level `extends: <id>` on one line (kit.offices.with_parents), read as
# text: a plain or quoted id, then nothing but a comment
EXTENDS = re.compile(
    r"""^extends:[ \t]*(?:"([\w.-]+)"|'([\w.-]+)'|([\w.-]+))[ \t]*(?:#.*)?$""", re.MULTILINE
)
# `extends` on a line before any `#`: written some other way (a flow mapping, a quoted key, the
# value on the next line), which only a YAML reading can tell
EXTENDS_ELSEWHERE = re.compile(r"^[^#\n]*\bextends\b", re.MULTILINE)


def office_chains(root: Path) -> dict[str, tuple[str, ...]]:
    """The offices each office of the kit in `root` extends, nearest first (its file's
    top-level `extends:`, without the kit: what kit_state needs of them). The one-line
    `extends: <id>` of the template is read as text; a file that names `extends` some other
    way (`{extends: x}`, `"extends": x`, the value on the next line) is read as YAML, so that
    an edit of the office it extends still outdates its files. A ring stops where it comes
    back; a file that cannot be read extends nothing here."""
    parent: dict[str, str] = {}
    for path in sorted((root / OFFICE_FILES).glob("*.yaml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found = EXTENDS.search(text)
        given = next(g for g in found.groups() if g) if found else None
        if given is None and EXTENDS_ELSEWHERE.search(text):
            given = _extends_read(text)
        if given:
            parent[path.stem] = given
    out: dict[str, tuple[str, ...]] = {}
    for oid in parent:
        chain: list[str] = []
        at = parent.get(oid)
        while at is not None and at != oid and at not in chain:
            chain.append(at)
            at = parent.get(at)
        out[oid] = tuple(chain)
    return out


def _extends_read(text: str) -> str | None:
    """The top-level `extends:` of an office file read as YAML (a string, stripped, as
    kit.offices reads it), or None: none, not a string, or a file YAML cannot read (its
    error is the kit's to give)."""
    import yaml  # only for a file written other than the template's way: not at start-up

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    given = doc.get("extends") if isinstance(doc, dict) else None
    return given.strip() or None if isinstance(given, str) else None


def build_fingerprint(
    files: dict[str, str],
    code: str,
    settings: dict[str, object],
    links: dict[str, str] | None = None,
) -> str:
    """The whole build's fingerprint, computed before the kit is read: the code, every kit
    file's digest (`files`: kitcache.kit_digests; a file the build does not read counts too,
    which only costs a rebuild), where the kit files reached through links lead (`links`:
    kitcache.kit_links; none for a kit of plain files, whose fingerprint is as before) and
    `settings` (the selection and the options that change any output's bytes). When it and
    every output file are unchanged, the build has nothing to do: a layout replaced by a link
    out of the kit to the same bytes had nothing to do, where reading the kit refuses it
    (`load.outside`)."""
    doc = {
        "code": code,
        "files": files,
        "settings": settings,
        "source_date_epoch": source_date_epoch(),  # as read: unset and "" alike
        **({"links": links} if links else {}),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def used_files(
    kit: Kit, fonts: FontBook, layout: Layout, doc: Document, office: Office | None = None
) -> list[Path]:
    """The files a document's drawing reads besides the campaign, layout and strings YAML:
    fonts of the faces it sets text in (and the slug's), its images and SVG art, fonts.yaml,
    the press profile (ICC) and a badge's press file (materials/presses/<id>.yaml: its face
    and cut circle size the page; an edited cut circle was kept at its old size by every
    rebuild). The office's file is not one: what it says of the document is (office_said),
    which Fingerprints.of takes apart."""
    files = {fonts.slug_face().path, fonts.folder / "fonts.yaml"}
    files |= {run.face.path for line in _lines(doc) for run in line.runs}
    files |= {i.asset for i in doc.items if isinstance(i, SvgItem | ImageItem)}
    files.add(profile_icc(kit, layout, office))
    if layout.press:
        files.add(kit.root / "materials" / "presses" / f"{layout.press}.yaml")
    return sorted(files)


# The kit's folders whose files only some jobs read: a font, an image, a layout, an office's
# file, a badge press, a language's strings. A job's manifest entry names those it read
# (`inputs`), and `package` judges a file made before a change there outdated only when
# its job read the changed file; a change anywhere else (campaign.yaml, a file of a folder
# not named here) outdates every file. An edit of kk.yaml made the Thai event flyers
# "outdated" (package.outdated), which no rebuild would make again (a user's trial).
SCOPED_FILES = (
    "assets/",
    "fonts/",
    "materials/layouts/",
    "materials/offices/",
    "materials/presses/",
    "materials/strings/",
)


class Fingerprints:
    """Fingerprints of one build; each file is read and hashed once."""

    def __init__(self, kit: Kit, code: str) -> None:
        self.kit = kit
        self.code = code
        self._digests: dict[Path, str] = {}
        self._names: dict[Path, str] = {}  # `_name` of each path, found once per build
        self._layouts: dict[tuple[Path, str | None], str] = {}  # `layout`, by design and size
        # `office`, by layout, office and language
        self._offices: dict[tuple[str, str, str | None], str] = {}

    def digest(self, path: Path) -> str:
        return file_digest(path, self._digests)

    def of(
        self,
        layout: Layout,
        strings: str,
        files: list[Path],
        options: object,
        record: Record | None = None,
        lang: str | None = None,
        office: Office | None = None,
    ) -> str:
        """The fingerprint of one job: what the campaign file says (Campaign.content),
        `strings` the texts it sets (strings_digest), `files` its document reads, `options`
        (JSON-able) the settings that change its bytes, a merged `record`'s values (those of
        language `lang`: record_digest), what its `office`'s file says of it (office_said)."""
        doc = {
            "code": self.code,
            "campaign": self.kit.campaign.content,
            "files": {self._name(p): self.digest(p) for p in files},
            "layout": [self._name(layout.path), self.layout(layout)],
            "office": self.office(layout, office, lang) if office is not None else None,
            "strings": strings,
            "options": options,
            "source_date_epoch": source_date_epoch(),  # as read: unset and "" alike
            "record": record_digest(record, lang).decode() if record else None,
        }
        return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()

    def inputs(
        self, layout: Layout, lang: Language, files: list[Path], office: Office | None = None
    ) -> list[str]:
        """The names (relative to the kit, sorted) of the files of SCOPED_FILES a job reads:
        `files` (used_files), its layout file, the strings files of its language, of its
        parents (Kit.fallbacks: es.yaml for es-419) and of the source language (which
        print where it lacks a text: strings_digest) and its office's file. Kept in the
        job's manifest entry (`inputs`) for `package` (package.outdated)."""
        paths = [*files, layout.path, lang.path, *(p.path for p in self.kit.fallbacks(lang))]
        source = self.kit.languages.get(self.kit.campaign.source_language)
        if source is not None:
            paths.append(source.path)
        if office is not None:  # and the files of the offices it extends
            paths.extend((office.path, *office.parents))
        names = {self._name(p) for p in paths}
        return sorted(n for n in names if n.startswith(SCOPED_FILES))

    def layout(self, layout: Layout) -> str:
        """The sha256 of what a document takes from its layout file (`layout_bytes`), once
        per design and size and build. It was the whole file's digest: an edit of one size's
        entry rebuilt every size of the design, and the design itself."""
        key = (layout.path, layout.size_content if layout.sized_from else None)
        if key not in self._layouts:
            self._layouts[key] = hashlib.sha256(layout_bytes(layout)).hexdigest()
        return self._layouts[key]

    def office(self, layout: Layout, office: Office, lang: str | None = None) -> str:
        """office_said, once per layout, office, language and build."""
        key = (layout.id, office.id, lang)
        if key not in self._offices:
            self._offices[key] = office_said(self.kit, layout, office, lang)
        return self._offices[key]

    def strings(
        self,
        lang: Language,
        keys: Collection[str],
        doc: Document | None = None,
        dated: bool = False,
    ) -> str:
        """strings_digest of the build's kit."""
        return strings_digest(self.kit, lang, keys, doc, dated)

    def _name(self, path: Path) -> str:
        """Paths relative to the kit, so a moved kit keeps its fingerprints. Found once per
        path and build (resolving a path reads every folder on its way: two of them per
        file and job were 0.5 ms of a merged flyer)."""
        name = self._names.get(path)
        if name is None:
            try:
                name = path.resolve().relative_to(self.kit.root.resolve()).as_posix()
            except ValueError:
                name = path.name
            self._names[path] = name
        return name


def file_digest(path: Path, cache: dict[Path, str], missing: str | None = None) -> str:
    """The sha256 (hex) of a file's bytes, looked up once per `cache` (and read only when
    its stat changed since the user's cache of digests saw it). A file that cannot be read
    gives `missing` when one is given, else raises OSError."""
    if path not in cache:
        try:
            cache[path] = stored_digest(path)
        except OSError:
            if missing is None:
                raise
            cache[path] = missing
    return cache[path]
