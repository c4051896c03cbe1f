"""The kit as the preview sees it: every document (material x size x language, for the campaign
and for each office), each composed and drawn only when the page asks for its image, and kept
until a change of files touches it.

A document is touched by a change when, after the kit is read again, what it takes from its
layout file (pipeline.fingerprint.layout_bytes: what the design says and, for a size, its own
entry under `sizes:`), its language and its parents (pt for pt-PT), office, campaign, source
language or the kit's presses differ from what it was drawn from, or a file its drawing read
(fonts, art, photos, the press profile: pipeline.fingerprint.used_files) has other bytes.
Everything else keeps its images: a moved slot redraws that material only, and an edit of one
size's entry that size only (its siblings and design were drawn again: their layouts,
compared as read, named the lines the edit had moved); the lines their problems name are
renumbered (serve.renumber).

The documents and what is kept of each are in serve.entries, what a reading of the kit keeps
of the last (good files, art, problems' lines) in serve.reread, the materials of a layout
file that never read well (cards without pages) in serve.unmade, the warnings put on cards
in serve.warned, and what the page says of a document in serve.described.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..diagnostics import Diagnostic, DiagnosticsError
from ..fonts import FontBook
from ..layout.document import page_words
from ..model import Kit, Layout
from ..papers import bleed_made
from ..pipeline.compose import compose_document
from ..pipeline.fingerprint import (
    code_version,
    draft_texts,
    layout_bytes,
    layout_keys,
    printed_texts,
    profile_icc,
    used_files,
    used_keys,
)
from ..pipeline.jobs import documents
from ..pipeline.kitcache import cached_fontbook, cached_kit
from ..render.items import Resources
from .described import KitNames, Names, document_marks, image_alt, sample_data
from .entries import MISSING, Drawn, Entry, Selection, digest
from .renumber import moved_lines
from .reread import Unreadable, last_good_files, refresh_art, renumber_problems
from .unmade import Unmade, material_order, unmade_materials, with_unmade
from .warned import gallery_warnings, split_warnings


class Gallery:
    """The preview's state. Thread-safe: every method holds one lock (requests are served on
    threads; drawing is CPU-bound anyway)."""

    def __init__(
        self,
        root: Path,
        ppi: float = 72.0,
        selection: Selection | None = None,
        most: int | None = None,
    ) -> None:
        self.root = root.resolve()
        self.selection = selection or Selection()
        self.ppi = ppi  # pixels per inch of the page images
        # the most pixels of a page image (None: no limit): a larger page is drawn at a lower
        # ppi (render.png.capped_ppi); the page shows every page in a box of the same size
        self.most = most
        self.lock = threading.RLock()
        self.version = 0  # increases on every change the page should hear about
        self.errors: list[Diagnostic] = []  # the kit's errors: it could not be read
        self._load_warnings: list[Diagnostic] = []  # the warnings read beside those errors
        # the problems of the strings, layout and office files that cannot be read (the kit
        # could, as `check` reads it): their languages, materials and offices show their
        # last good pages, or none
        self.broken = Unreadable()
        # the materials of the layout files that have errors and never read well here: cards
        # without pages, with their files' errors (serve.unmade)
        self._unmade: dict[str, Unmade] = {}
        self.kit: Kit | None = None
        self.fonts: FontBook | None = None
        self._drawn: dict[Entry, Drawn] = {}
        self._entries: dict[Entry, None] = {}  # every document, in gallery order
        # `_warned` of the kit's version it was found for
        self._warned_at: (
            tuple[int, tuple[dict[Entry, list[Diagnostic]], list[Diagnostic], int]] | None
        ) = None
        self._converters: dict[Path, Callable[[tuple[float, float, float]], object]] = {}
        # parsed art kept across drawings, each file as it last parsed well (`reread.refresh_art`)
        self.resources = Resources()
        # each art file's (mtime, size, inode) when `reread.refresh_art` last parsed it
        self._art_stamps: dict[Path, tuple[int, int, int] | None] = {}
        # what each document takes from its layout file (`_layout_key`), for this kit
        self._layout_keys: dict[tuple[Path, str | None], str] = {}
        self._layout_lines: dict[Path, list[str]] = {}  # each layout file's lines, as read
        self.reload()

    # -- the kit -------------------------------------------------------------------------------

    def reload(self) -> list[str]:
        """Read the kit again. Returns the ids of the documents whose images changed (those
        drawn before and touched by the change). A strings, layout or office file with errors
        fails only the documents made from it, as in `check` (`broken`: they keep their last
        good pages); when the kit cannot be read otherwise, its errors are kept in `errors`
        and the last good kit stays in use, so the page keeps its images."""
        with self.lock:
            refresh_art(self.resources, self._art_stamps)
            try:
                code = code_version()
                # layouts apart too: an unknown colour in poster-a3.yaml stopped the redrawing
                # of every material, where `check` lays out the others (a designer's trial)
                kit = cached_kit(self.root, code=code, isolate=True, layouts_isolated=True)
                fonts = cached_fontbook(kit.fonts_dir, code)
            except DiagnosticsError as exc:  # its errors, and apart its warnings: the page
                # showed a warning under "The kit cannot be read" (a designer's trial)
                self.errors = [d for d in exc.diagnostics if d.is_error]
                self._load_warnings = [d for d in exc.diagnostics if not d.is_error]
                self.version += 1
                return []
            self.errors = []
            self._load_warnings = []
            kit, self.broken = last_good_files(kit, self.kit)
            self._unmade = unmade_materials(kit, self.broken.layouts)
            old, self.kit, self.fonts = self._drawn, kit, fonts
            self._drawn = {}
            self._entries = dict.fromkeys(self._list())
            # a kept layout (its file has errors now) is what it was: its documents are not
            # drawn again from the key of its file's bytes as they are now
            kept = {la.path for la in kit.layouts.values() if la.path.stem in self.broken.layouts}
            self._layout_keys = {k: v for k, v in self._layout_keys.items() if k[0] in kept}
            moved = self._moved_lines(kit)
            changed = []
            digests: dict[Path, str] = {}
            for entry, drawn in old.items():
                if entry in self._entries and self._same(entry, drawn, digests):
                    self._drawn[entry] = drawn
                    if renumber_problems(drawn, moved):  # kept, but its problems' lines moved
                        changed.append(entry.id)
                else:
                    changed.append(entry.id)
            self.version += 1
            return changed

    def _moved_lines(self, kit: Kit) -> dict[Path, dict[int, int]]:
        """The lines of each layout file that an edit moved since the last reading (old
        number to new), and each file's lines kept for the next reading."""
        before, self._layout_lines = self._layout_lines, {}
        for path in dict.fromkeys(la.path for la in kit.layouts.values()):
            try:
                self._layout_lines[path] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
        return {
            p: moved_lines(before[p], lines)
            for p, lines in self._layout_lines.items()
            if p in before and before[p] != lines
        }

    def entries(self) -> list[Entry]:
        """Every document of the gallery, in its order."""
        return list(self._entries)

    def _list(self) -> list[Entry]:
        """Every document selected (`selection`): each layout (sizes included) in each
        campaign language and each other language with a strings file, then each office's
        documents (pipeline.jobs.documents: its languages, or the selection's), in that
        order."""
        kit, sel = self.kit, self.selection
        if kit is None:
            return []
        out: list[Entry] = []
        order = material_order(kit, self._unmade)
        if sel.offices is None:
            # the campaign's languages, then any other strings file (a language being
            # translated)
            codes = list(kit.campaign.languages)
            codes += [c for c, lg in kit.languages.items() if c not in codes and not lg.pseudo]
            out = [Entry(m, c) for m in order for c in codes]
        named = sorted(kit.offices) if sel.offices in (None, ("all",)) else sel.offices or ()
        for name in named:
            office = kit.offices.get(name)
            if office is None:  # its file has errors now and never read well here
                continue
            # its languages that can be shown: one whose strings file never read well here
            # has no pages (its errors are in `unreadable`); a kept one shows its last texts
            langs = tuple(c for c in sel.langs or office.languages if c in kit.languages)
            if not langs:
                continue
            docs = documents(kit, langs, None, [office])
            made = [Entry(la.id, lg.code, name) for la, lg, _ in docs]
            out += with_unmade(made, order, office, langs, self._unmade)
        return sel.narrow(out)

    def _inputs(self, entry: Entry) -> tuple[object, ...]:
        kit = self.kit
        assert kit is not None
        source = kit.languages.get(kit.campaign.source_language)
        office = kit.offices.get(entry.office) if entry.office else None
        layout = kit.layouts.get(entry.material)
        # what the document takes from its layout file, as its build hash does: a design's
        # `sizes:` are other documents (adding one leaves this one as it is), and a size
        # takes its own entry, not its siblings'; compared as read, the layout named the
        # lines of its file, and an edit of one size's entry that added a line moved those
        # of the sizes under it, and the design's under a `sizes:` above its pages: each was
        # drawn again (a designer's trial). Its language's parents (pt for pt-PT: their texts
        # print where it has none) are inputs too: an edit of pt.yaml left the pt-PT pages,
        # and their marks, as they were
        lang = kit.languages.get(entry.lang)
        return (
            self._layout_key(layout) if layout is not None else None,
            lang,
            kit.fallbacks(lang) if lang is not None else (),
            office,
            kit.campaign,
            source,
            kit.presses,
        )

    def _layout_key(self, layout: Layout) -> tuple[str, str]:
        """The layout's id and the sha256 of what a document takes from its layout file
        (pipeline.fingerprint.layout_bytes), read once per reading of the kit."""
        key = (layout.path, layout.size_content if layout.sized_from else None)
        if key not in self._layout_keys:
            try:
                self._layout_keys[key] = hashlib.sha256(layout_bytes(layout)).hexdigest()
            except OSError:
                self._layout_keys[key] = MISSING
        return layout.id, self._layout_keys[key]

    def _same(self, entry: Entry, drawn: Drawn, digests: dict[Path, str]) -> bool:
        """Whether `entry` is as it was drawn: its inputs, and the files its drawing read
        but those its files' errors are at (its layout's broken art: its last good pages
        stay, drawn with the art as it last parsed; they were drawn again)."""
        if self._inputs(entry) != drawn.inputs:
            return False
        design = self._design_file(entry)
        stopped = {d.mark.path for d in self._unreadable(entry) if d.mark is not None}
        return all(
            digest(p, design, digests) == d for p, d in drawn.files.items() if p not in stopped
        )

    def _design_file(self, entry: Entry) -> Path | None:
        """The layout file of a design (not a size made from one): its `sizes:`, `family:`
        and `paper:` lines are left out of its digest, as the build hash leaves them out."""
        layout = self.kit.layouts.get(entry.material) if self.kit is not None else None
        return layout.path if layout is not None and not layout.sized_from else None

    # -- one document --------------------------------------------------------------------------

    def drawn(self, entry: Entry) -> Drawn:
        """The document, composed now if it was not (raises KeyError for an unknown one)."""
        with self.lock:
            if entry not in self._drawn:
                self._drawn[entry] = self._compose(entry)
            return self._drawn[entry]

    def _compose(self, entry: Entry) -> Drawn:
        kit, fonts = self.kit, self.fonts
        if kit is None or fonts is None or entry not in self._entries:
            raise KeyError(entry.id)
        if entry.material in self._unmade:  # its layout file never read well: its errors
            raise DiagnosticsError(self._unreadable(entry))
        layout, lang = kit.layouts[entry.material], kit.languages[entry.lang]
        office = kit.offices[entry.office] if entry.office else None
        laid = compose_document(kit, fonts, layout, lang, office)
        digests: dict[Path, str] = {}
        paths = used_files(kit, fonts, layout, laid.composed.page, office)
        design = self._design_file(entry)
        files = {p: digest(p, design, digests) for p in paths}
        version = hashlib.sha256(repr(sorted(files.items())).encode())
        version.update(repr(self._inputs(entry)).encode())
        keys = used_keys(laid.composed.page)
        texts = printed_texts(kit, lang, keys, office)
        version_of = version.hexdigest()[:12]
        drafts = draft_texts(kit, lang, keys, office)
        return Drawn(laid, self._inputs(entry), files, version_of, texts, drafts=drafts)

    def image(self, entry: Entry, page: int, proof: bool = False) -> bytes:
        """PNG of one page (0-based) with its bleed, at `ppi`; with `proof`, as the press
        condition prints it (render.proof). Raises KeyError for an unknown page."""
        with self.lock:
            drawn = self.drawn(entry)
            key = (proof, self.ppi)
            if key not in drawn.images:
                try:
                    drawn.images[key] = self._draw(drawn, proof)
                except DiagnosticsError:
                    raise
                except Exception:
                    # a file the kit's error names, or the error of a file this document is
                    # made from, changed on disk since the last good kit (a photo cut
                    # short): that error, not Python's (HTTP 503)
                    named = self.errors or self._unreadable(entry)
                    if named:
                        raise DiagnosticsError(named) from None
                    raise
            pages = drawn.images[key]
            if not 0 <= page < len(pages):
                raise KeyError(page)
            return pages[page]

    def _draw(self, drawn: Drawn, proof: bool) -> list[bytes]:
        from ..render.colour import rgb_to_cmyk
        from ..render.pdf import NO_MARKS, draw_pdf_tagged
        from ..render.png import pdf_to_pngs
        from ..render.proof import printed_colours, simulate_press
        from ..render.target import Target

        kit, fonts = self.kit, self.fonts
        assert kit is not None
        assert fonts is not None
        composed = drawn.laid.composed
        icc = profile_icc(kit, composed.layout, composed.office)
        if icc not in self._converters:
            self._converters[icc] = rgb_to_cmyk(icc)
        colours = kit.campaign.colours
        if proof:
            colours = printed_colours(colours, icc)
        target = Target(cmyk=False, bleed=True, marks=NO_MARKS, icc=icc)
        pdf, _ = draw_pdf_tagged(
            composed.page,
            colours,
            fonts,
            target,
            self._converters[icc],
            composed.layout.title,
            self.resources,
        )
        pngs = pdf_to_pngs(pdf, self.ppi, self.most)
        if proof:
            return [simulate_press(png, icc, kit.campaign.image_intent) for png in pngs]
        return pngs

    def describe(self, entry: Entry) -> dict[str, object]:
        """What the page shows of one document before its image: its size with bleed (mm), its
        pages, its direction, its marks (described.document_marks, as the build's gallery
        says them: sample data, a draft translation; once composed, its texts that print in another
        language), and (once composed) its layout problems and version."""
        kit = self.kit
        assert kit is not None
        layout = kit.layouts.get(entry.material)
        names = KitNames(kit.languages)
        out: dict[str, object] = {
            "id": entry.id,
            "material": entry.material,
            "lang": entry.lang,
            "office": entry.office,
            "rtl": kit.languages[entry.lang].rtl,
            # its names (English, its own) for the card's title and the filter
            "language": names(entry.lang).as_json(),
            # its layout file has errors and never read well here: a card without pages
            "never_read": layout is None,
        }
        # the kit's warnings about its material (its layout file's lines, its size's entry):
        # on its card, not only in the list of the kit's warnings (state()["warnings"])
        out["warnings"] = [page_problem(d) for d in self._warned()[0].get(entry, [])]
        # the problems of its files that cannot be read now (its layout file, strings file,
        # office's file): on its card, whose pages are the last good ones (or none)
        out["unreadable"] = [page_problem(d) for d in self._unreadable(entry)]
        if layout is None:  # no size, pages nor texts known: the file's errors say why
            sample = sample_data(kit, entry.office)
            out["size_mm"], out["bleed_mm"] = None, None
            out["marks"] = document_marks(None, names, None, sample, ())
            return out
        w, h = layout.trim
        office = kit.offices.get(entry.office) if entry.office else None
        # the bleed its print file is made with for its office (1/8 in for a US office's
        # custom size, badge and sticker: papers.bleed_made), as the build's
        b = bleed_made(layout, office.paper if office else None)
        out["size_mm"], out["bleed_mm"] = [w + 2 * b, h + 2 * b], b
        drawn = self._drawn.get(entry)
        # what its images do not show: a draft translation; what prints in another language
        # is known once composed (the texts it sets), as a build records it
        source = kit.campaign.source_language if drawn is not None else None
        texts = drawn.texts if drawn is not None else None
        # and, from the start, a document of sample data (an office's or campaign.yaml's
        # `sample: true`), as the build's gallery and the package's job sheet say it
        sample = sample_data(kit, entry.office)
        # a draft translation: of the texts it prints once composed (a badge with no words
        # is none), of those its layout's slots may print until then (the build's rule,
        # fingerprint.draft_texts: a card of the heart alone said DRAFT until composed)
        office = kit.offices.get(entry.office) if entry.office else None
        drafts = (
            drawn.drafts
            if drawn is not None
            else draft_texts(kit, kit.languages[entry.lang], layout_keys(layout), office)
        )
        out["marks"] = document_marks(texts, names, source, sample, drafts)
        if drawn is not None:
            out["version"] = drawn.version
            out["pages"] = [p.name for p in drawn.laid.composed.page.pages]
            out["alts"] = page_alts(entry, drawn, names)
            out["problems"] = [page_problem(d) for d in drawn.laid.diagnostics]
        return out

    def state(self) -> dict[str, object]:
        """Everything the page needs to list the gallery (JSON-able)."""
        with self.lock:
            return {
                "version": self.version,
                "errors": [page_problem(d) for d in self.errors],
                # the strings, layout and office files that cannot be read: their languages,
                # materials and offices show their last good pages (or none) and these
                # problems on their cards (describe), the others are current
                "unreadable": [page_problem(d) for d in self.broken.all()],
                # the kit's own warnings (a colour whose screen and print values differ, a low
                # bleed, a style below the type floor): `check` printed them, the page did
                # not. Those about a document of the gallery are on its card (describe), the
                # others here, with how many are on cards
                "warnings": [page_problem(d) for d in self._warned()[1]],
                "warnings_on_cards": self._warned()[2],
                "documents": [self.describe(e) for e in self.entries()],
                "ppi": self.ppi,
            }

    def _unreadable(self, entry: Entry) -> list[Diagnostic]:
        """The problems of the files `entry` is made from that cannot be read now (its
        layout file, its strings file, its office's file: reread.Unreadable.of)."""
        layout = self.kit.layouts.get(entry.material) if self.kit is not None else None
        unmade = self._unmade.get(entry.material)
        stem = layout.path.stem if layout is not None else unmade.path.stem if unmade else None
        return self.broken.of(stem, entry.lang, entry.office)

    def _warned(self) -> tuple[dict[Entry, list[Diagnostic]], list[Diagnostic], int]:
        """The kit's warnings by the documents of the gallery they are about (serve.warned),
        the others, and how many are about a document; once per version of the kit. While the
        kit cannot be read, the warnings of that reading are all in the list (the cards show
        their last good pages)."""
        with self.lock:
            if self._warned_at is None or self._warned_at[0] != self.version:
                if self.errors or self.kit is None:
                    split: tuple[dict[Entry, list[Diagnostic]], list[Diagnostic], int] = (
                        {},
                        list(self._load_warnings),
                        0,
                    )
                else:
                    # with the warnings of the layout files that have errors, which `check`
                    # prints beside their errors
                    kit = replace(self.kit, warnings=self.kit.warnings + self.broken.warnings)
                    entries, offices = self._entries, self.selection.offices is not None
                    only = self.selection.only is not None
                    warned = gallery_warnings(kit, entries, offices, self.fonts, only)
                    split = split_warnings(kit, entries, warned, self._unmade)
                self._warned_at = (self.version, split)
            return self._warned_at[1]

    def watched(self) -> list[Path]:
        """The folders a change in which may change a page: materials/, fonts/, assets/."""
        kit = self.kit
        folders: Iterable[Path] = (
            (self.root / "materials", kit.fonts_dir, kit.assets_dir)
            if kit
            else (self.root / "materials", self.root / "fonts", self.root / "assets")
        )
        return [f for f in dict.fromkeys(folders) if f.is_dir()]


def page_alts(entry: Entry, drawn: Drawn, names: Names) -> list[dict[str, object]]:
    """Each page image's text alternative and its language (described.image_alt, as the
    static gallery's): a screen kind's words, as its social image's manifest entry has them
    (pipeline.renditions.social_png), else "Front of flyer-a5 in Arabic"; a page is named
    only in a material of several pages, as its files are."""
    composed = drawn.laid.composed
    pages = composed.page.pages
    social = composed.layout.pixels is not None
    out: list[dict[str, object]] = []
    for page in pages:
        name = page.name if len(pages) > 1 else ""
        words = page_words(page) if social else None
        text, lang = image_alt(entry.material, entry.lang, name, words, "", names)
        out.append({"text": text, "lang": lang, "rtl": bool(lang and names(lang).rtl)})
    return out


def page_problem(d: Diagnostic) -> dict[str, object]:
    """A diagnostic for the page: its JSON fields and the line `check` prints."""
    return {**d.as_json(), "text": d.render()}
