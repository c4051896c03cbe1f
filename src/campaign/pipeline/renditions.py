"""Renditions: the outputs drawn from one composed document, each a small function registered
with @rendition. A rendition returns its files (path in the output folder, bytes, manifest
metadata) and adds what it finds (preflight) to the job's Collector.

The registry is filled once, at import, by the decorators below; nothing else changes it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ..diagnostics import Collector, Mark, Subject
from ..fonts import FontBook
from ..kinds import PX_PER_MM, kind_of
from ..layout.document import Document, heading, page_words
from ..model import ImageSlot, Kit, Language, Layout, Office
from ..output import file_path, named
from ..papers import US_PAPER
from ..preflight import preflight
from ..presses import MAX_INK, PROFILES
from ..render.items import Resources
from ..render.marks import SLUG_DRAFT, SLUG_SAMPLE, event_field
from ..render.metadata import DocMeta, OutputCondition
from ..render.pdf import NO_MARKS, Tagged, Target, draw_pdf_tagged
from ..render.pdfx import PrintFile
from ..render.png import pdf_to_exact_pngs, pdf_to_sized_pngs, with_description
from ..render.postprocess import finish_digital
from ..render.target import SLUG_PAGE
from ..text.scripts import language_tag
from .fingerprint import (
    build_hash,
    carried_keys,
    draft_texts,
    profile_icc,
    profile_key,
    row_digest,
    strings_digest,
    strings_texts,
    used_keys,
)
from .jobs import Composed
from .options import DEFAULT_PNG_PPI, MAX_PREVIEW_PIXELS, Options

Convert = Callable[[tuple[float, float, float]], object]


@dataclass(frozen=True)
class Output:
    path: str  # in the output folder
    data: bytes
    meta: dict[str, Any]  # format, variant, page, extra (the job adds material, language...)


@dataclass
class Sheet:
    """One composed document in a worker, with what its renditions share (drawn once)."""

    kit: Kit
    fonts: FontBook
    composed: Composed
    opts: Options
    convert: Convert  # sRGB -> press CMYK for this document's profile
    resources: Resources = field(default_factory=Resources)  # parsed art, shared per worker
    # what it prints of another language (execute.printed_texts: {"of": n, "printed":
    # {code: k}}; None when every text is its own): the print PDF's slug says so
    texts: dict[str, object] | None = None

    @property
    def layout(self) -> Layout:
        return self.composed.layout

    @property
    def lang(self) -> Language:
        return self.composed.lang

    @property
    def doc(self) -> Document:
        return self.composed.page

    @property
    def office(self) -> Office | None:
        return self.composed.office

    def path(self, variant: str, page: str = "") -> str:
        """Where one of the document's files goes (output.file_path):
        <material>/<material>-<lang>.pdf, <office>/<material>/<material>-<lang>-<office>.pdf..."""
        office = self.office.id if self.office else None
        record = self.composed.record.id if self.composed.record else None
        if record and self.opts.name_pattern:  # a merge that names its files itself
            name = named(
                self.opts.name_pattern, self.layout.id, self.lang.code, record, variant, page
            )
            folder = f"{office}/{self.layout.id}" if office else self.layout.id  # as file_path
            return f"{folder}/{name}"
        return file_path(
            self.layout.id, self.lang.code, variant, office=office, record=record, page=page
        )

    @cached_property
    def strings_texts(self) -> dict[str, Language]:
        """The texts of the strings files it prints, by key, with the language whose file
        gives each (fingerprint.strings_texts); empty for a badge with no words."""
        return strings_texts(self.kit, self.lang, used_keys(self.doc), self.office)

    @cached_property
    def carried_texts(self) -> dict[str, Language]:
        """strings_texts of the texts its digital PDF carries: those it prints and its
        alternative texts (fingerprint.carried_keys); a badge with no words has its heart's."""
        return strings_texts(self.kit, self.lang, carried_keys(self.doc), self.office)

    @cached_property
    def drafts(self) -> tuple[str, ...]:
        """The draft translations whose texts it prints (fingerprint.draft_texts): its slug
        says DRAFT for them; () for a document that prints none (a badge with no words)."""
        return draft_texts(self.kit, self.lang, used_keys(self.doc), self.office)

    @cached_property
    def cond(self) -> OutputCondition:
        key = profile_key(self.kit, self.layout, self.office)
        _, ident, info = PROFILES[key]
        return OutputCondition(key, profile_icc(self.kit, self.layout, self.office), ident, info)

    @cached_property
    def titled(self) -> tuple[str, str]:
        """The document's title (the PDFs' Title and dc:title, which a screen reader reads
        first and a viewer shows as the window's name) and the language it is written in:
        the words of its heading (`layout.document.heading`: the poster's theme, a merged
        event's own title, a blank event template's theme; a badge of the heart alone, the
        heart's description, its H1) in the document's language (or the one its strings file
        lacking them shows them in), then the material (`material_name`), then the office's
        name where it has one in that language (`office_title`); a document with neither has
        the campaign's name and year, the material and the language in English. A French
        flyer was "Marche Cœur bleu : Event flyer A5 (French)", all of it declared English,
        and a badge of the heart alone was English in every language; a poster and a flyer
        of one language had one title, and a user with both open could not tell the windows
        apart (an accessibility review). The parts are joined by the separator of the
        title's language's lists (`joined`), on one line."""
        found = heading(self.doc)
        if found is None:
            c = self.kit.campaign
            english = f"{c.name} {c.year}: {self.layout.title} ({self.lang.name})"
            office = office_title(self.office, "en") if self.office is not None else ""
            return joined(english, office, "en", self.kit.languages), "en"
        words, lang = found
        lang = lang or self.lang.code
        office = office_title(self.office, lang) if self.office is not None else ""
        named = joined(words, material_name(self.layout, lang), lang, self.kit.languages)
        return joined(named, office, lang, self.kit.languages), lang

    @property
    def title(self) -> str:
        return self.titled[0]

    @cached_property
    def row_digest(self) -> str:
        """Of a merged record's document, what it shows of its row (fingerprint.row_digest),
        once for every rendition; "" for any other document."""
        record = self.composed.record
        return row_digest(record, self.lang.code) if record is not None else ""

    @cached_property
    def build_hash(self) -> str:
        doc = self.composed.page
        dated = self.composed.record is not None  # its date in the language's months
        strings = strings_digest(self.kit, self.lang, used_keys(doc), doc, dated)
        return build_hash(
            self.kit, self.layout, self.lang, strings, self.office, self.composed.record
        )

    @cached_property
    def meta(self) -> DocMeta:
        about = f"{self.layout.title}, {self.lang.name}"  # in English (subject_lang)
        title, lang = self.titled
        return DocMeta(
            title, self.lang.code, about, self.build_hash, self.kit.campaign.year, meta_lang=lang
        )

    def draw(self, target: Target, pdfx: PrintFile | None = None) -> tuple[bytes, Tagged]:
        """The document drawn for `target`; with `pdfx`, a finished print file."""
        colours = self.kit.campaign.colours
        return draw_pdf_tagged(
            self.doc, colours, self.fonts, target, self.convert, self.title, self.resources, pdfx
        )

    @cached_property
    def screen(self) -> tuple[bytes, Tagged]:
        """sRGB, trim size, tagged: the digital PDF's drawing and the preview's."""
        return self.draw(
            Target(cmyk=False, bleed=False, marks=NO_MARKS, icc=self.cond.icc, tagged=True)
        )


def material_name(layout: Layout, lang: str) -> str:
    """What a title calls the material in language `lang`: the layout's `title:` ("Poster
    A3") in English, the language its titles are written in (the PDFs' Subject says so);
    in any other language, whose words for it the kit does not have, its trim in
    millimetres ("297 × 420 mm"; a badge's face, "58 mm", where its trim is the paper
    circle's square), digits and the SI symbol, which read alike in every language: an
    English name under a French /Lang is read with French sounds. Poster and flyer of one
    language had one title (an accessibility review)."""
    if lang.split("-")[0].lower() == "en":
        return " ".join(layout.title.split())
    if layout.badge is not None:
        return f"{layout.badge.face:g} mm"
    width, height = layout.trim
    return f"{width:g} \u00d7 {height:g} mm"


def office_title(office: Office, lang: str) -> str:
    """The office's name in a title in language `lang`: its `names:` in the language, else
    the `office_name` it prints in the language (`fields_by_language:`, or a shared one it
    keeps as written on every page, `kept_as_written:`; unless hidden), else its `name:`
    in English, which the office's file writes in English; in any other language, nothing.
    A French or Arabic title ended in the office's English name, under /Lang fr or ar (an
    accessibility review; an Arabic office's title ended in its English name where it
    printed its Arabic one before that). On one line."""
    printed: list[object] = []
    if "office_name" not in office.hide:  # not printed: not its printed name
        printed.append(office.fields_by_language.get(lang, {}).get("office_name"))
        if "office_name" in office.kept_as_written:
            printed.append(office.fields.get("office_name"))
    for entry in (office.names.get(lang), *printed):
        text = getattr(entry, "text", "")
        if isinstance(text, str) and text.strip():
            return " ".join(text.split())
    return office.name if lang.split("-")[0].lower() == "en" else ""


def joined(words: str, office: str, lang: str, languages: Mapping[str, Language]) -> str:
    """A title's `words` and a name after them (`office`: the material's name, then the
    office's, each joined in turn by the caller), joined as `lang` (the title's language)
    joins a list's items (`langnames.list_separator`, from CLDR's list patterns: "、" in
    Japanese and Chinese, "፣ " in Amharic, the Arabic comma in Arabic, ", " in English);
    `words` alone without a name. A Japanese poster's title was "<theme>, <office>", with a
    Latin comma (a Tokyo office's trial)."""
    if not office:
        return words
    from ..langnames import list_separator

    known = languages.get(lang)
    return f"{words}{list_separator(lang, known.script if known is not None else '')}{office}"


Draw = Callable[[Sheet, Collector], list[Output]]


@dataclass(frozen=True)
class Rendition:
    name: str
    label: str  # what the summary counts: "print PDF(s)"
    draw: Draw
    wanted: Callable[[Options], bool]  # made in this build?
    options: Callable[[Options], dict[str, object]]  # settings that change its bytes
    # its bytes carry what the document takes from the strings files besides its texts (the
    # build hash in the slug and document ID, the title, the tags' alternative texts:
    # fingerprint.strings_digest with the document); False: the texts it sets alone
    document_strings: bool = True
    # it carries the document's alternative texts (the tagged digital PDF): its manifest
    # entry's `texts` and `no_texts` count them with the texts it prints
    # (fingerprint.carried_keys: a badge with no words in a draft language prints none of its
    # texts, and its digital PDF reads the heart's description from its strings file)
    carries_alts: bool = False


RENDITIONS: dict[str, Rendition] = {}


def rendition(
    name: str,
    label: str,
    wanted: Callable[[Options], bool] = lambda o: True,
    options: Callable[[Options], dict[str, object]] = lambda o: {},
    document_strings: bool = True,
    carries_alts: bool = False,
) -> Callable[[Draw], Draw]:
    def register(fn: Draw) -> Draw:
        RENDITIONS[name] = Rendition(
            name, label, fn, wanted, options, document_strings, carries_alts
        )
        return fn

    return register


def wanted(opts: Options) -> list[str]:
    """The renditions this build makes, in registration order."""
    return [r.name for r in RENDITIONS.values() if r.wanted(opts)]


def fallback_field(texts: dict[str, object] | None) -> str:
    """The slug's field for the texts a document prints in another language than its own
    (`texts`: execute.printed_texts): "7/11 texts in en", or "20/22 texts in pt, 2 in en",
    the most first; "" when every text is its own. A Tigrinya poster that printed 7 of its 11
    texts in English said only "DRAFT" on its slug, where the contact sheet and the job sheet
    said "7/11 texts in English" (a trial): a print shop or proof-reader holding the sheet
    sees it too."""
    if not texts:
        return ""
    from ..serve.described import printed_in  # the manifest's readers' rule: a document's
    # texts in another language are rare, and serve is no import of a build's worker

    total, printed = printed_in(texts)
    if not printed:
        return ""
    order = sorted(printed.items(), key=lambda item: (-item[1], item[0]))
    (first, n), *rest = order
    return f"{n}/{total} texts in {first}" + "".join(f", {k} in {code}" for code, k in rest)


def print_slug(s: Sheet) -> tuple[str, tuple[str, ...]]:
    """The print PDF's slug line and its fields that change from file to file (the build
    hash, a merged event's id: Target.slug_varying), as a `--png-bleed` preview shows it too
    (it showed the marks without the slug: a regional office's trial)."""
    layout, lang, cond, campaign = s.layout, s.lang, s.cond, s.kit.campaign
    w, h = layout.trim
    who = f"{s.office.id}  |  " if s.office else ""
    build = f"build {s.build_hash}"
    # a print shop tells files apart by the slug: a merged event's id, a draft translation
    # it prints (not its language's status: a badge with no words is no draft), the side of
    # a two-sided flyer (SLUG_PAGE: each page's name, render.pdf)
    record = s.composed.record
    event = event_field(record.id) if record else ""
    fallback = fallback_field(s.texts)
    # a file of sample data says so first, as a sheet placing it does (sheets.slugs.
    # sample_field): a sample office's PDF taken out of its package said DRAFT and not
    # SAMPLE (an office's trial), where its job sheet and contact sheet did
    from ..serve.described import sample_data  # the galleries' and job sheet's rule

    office = s.office.id if s.office else None
    sample = [SLUG_SAMPLE] if sample_data(s.kit, office, bool(record and record.sample)) else []
    what = [
        lang.code,
        *([SLUG_DRAFT] if s.drafts else []),
        *([fallback] if fallback else []),
        *([event] if event else []),
    ]
    side = [SLUG_PAGE] if len(s.composed.page.pages) > 1 else []
    slug = "  |  ".join(
        [
            *sample,
            f"{who}{layout.id}",
            *what,
            *side,
            f"trim {w:g} x {h:g} mm",
            # a folded piece says so beside its trim (its fold marks show where; the job
            # sheet says it in words: jobsheet.folds_of)
            *(["folded"] if layout.folds else []),
            f"bleed {layout.bleed:g} mm",
            cond.identifier,
            f"{campaign.name} {campaign.year}",
            build,
        ]
    )
    return slug, (build, *([event] if event else []))


@rendition("print_pdf", "print PDF(s)")
def print_pdf(s: Sheet, problems: Collector) -> list[Output]:
    """CMYK, bleed, marks and slug, PDF/X-4 metadata; preflighted."""
    layout, lang, cond, campaign = s.layout, s.lang, s.cond, s.kit.campaign
    slug, varying = print_slug(s)
    limit = MAX_INK[cond.key]
    target = Target(
        marks=layout.marks,
        slug=slug,
        slug_varying=varying,
        icc=cond.icc,
        image_intent=campaign.image_intent,
        max_ink=limit,
        cut_circle=kind_of(layout).cut_circle(layout),  # a badge's die line, as a sheet's
    )
    # its Subject says it is made on US paper, so that `check --pdf` asks it the 1/8 in the
    # build asks (papers.US_PAPER: an inch badge's or a custom size's trim does not say it)
    us = s.doc.paper == "us"
    meta = replace(s.meta, subject=s.meta.subject + US_PAPER) if us else s.meta
    pdf = s.draw(target, PrintFile(cond, meta))[0]
    report = preflight(pdf, kind_of(layout).preflight_expect(layout, limit, s.doc.paper))
    office = s.office.id if s.office else None
    where = Mark(layout.path, 1, 1)
    about = Subject(office=office, material=layout.id, language=lang.code)
    for failure in report.failures:
        problems.error(
            "preflight.fail",
            failure,
            where,
            "mend what the check names (a bleed, an image's resolution...) and build again; "
            "`build --publish-anyway` publishes the file as it is",
            subject=about,
        )
    for warning in report.warnings:
        problems.warn("preflight.warning", warning, where, subject=about)
    extra: dict[str, object] = {"output_condition": cond.identifier, "preflight": report.facts}
    return [Output(s.path("print"), pdf, pdf_meta("print", extra))]


@rendition("digital_pdf", "digital PDF(s)", wanted=lambda o: o.digital, carries_alts=True)
def digital_pdf(s: Sheet, problems: Collector) -> list[Output]:
    """sRGB, trim size, tagged (a structure tree per page), QR codes linked."""
    screen, tagged = s.screen
    pdf = finish_digital(screen, s.meta, tagged)
    extra: dict[str, object] = {"links": list(tagged.links), "tagged": True}
    merged = frozenset(s.composed.record.layer.logos) if s.composed.record else frozenset()
    undescribed = undescribed_logos(s.doc, s.layout, merged)
    if undescribed:
        extra["undescribed"] = undescribed
    return [Output(s.path("digital"), pdf, pdf_meta("digital", extra))]


def undescribed_logos(
    doc: Document, layout: Layout, merged: frozenset[str] = frozenset()
) -> list[str]:
    """The logos a digital PDF shows with no alternative text, as "logo 'partner'
    (partner.png)", and a merged row's photo (`merged`: the logos its record gives) as "the
    event's photo (walk.jpg)" (it was "logo 'photo'", a logo no office's file has): an image
    slot's `logo:` drawn as decoration that the layout did not mark so (`role: artifact`):
    the office gave no `alt:` (`office.logo-alt`), the row no `photo_alt`. `package` names
    them in ACCESSIBILITY.txt, which promised alternative texts for images where a logo had
    none (a trial's)."""
    slots = {slot.name: slot for slot in layout.slots}
    found: list[str] = []
    for page in doc.pages:
        for item in page.items:
            slot = slots.get(item.slot)
            if not isinstance(slot, ImageSlot) or not slot.logo or slot.role == "artifact":
                continue
            if page.tags.get(item.slot, ("artifact", None))[0] != "artifact":
                continue
            asset = getattr(item, "asset", None)
            what = "the event's photo" if slot.logo in merged else f"logo '{slot.logo}'"
            said = what + (f" ({asset.name})" if asset is not None else "")
            if said not in found:
                found.append(said)
    return found


@rendition(
    "preview_png",
    "PNG(s)",
    wanted=lambda o: o.png,
    options=lambda o: {"ppi": o.png_ppi, "bleed": o.png_bleed},
    document_strings=False,
)
def preview_png(s: Sheet, problems: Collector) -> list[Output]:
    """One PNG per page: <material>-<lang>-preview.png for one page, ...-preview-<page>.png
    for more. At the ppi asked (`--png-ppi`), else at DEFAULT_PNG_PPI but for a page that
    would pass MAX_PREVIEW_PIXELS, drawn at a lower ppi (its entry's `ppi`, with
    `ppi_lowered_from`)."""
    asked, bleed = s.opts.png_ppi, s.opts.png_bleed
    ppi = DEFAULT_PNG_PPI if asked is None else asked
    most = MAX_PREVIEW_PIXELS if asked is None else None
    if bleed:  # the preview shows bleed and marks: draw it again with them
        slug, varying = print_slug(s)  # as the print PDF has it
        marked = Target(
            cmyk=False, marks=s.layout.marks, icc=s.cond.icc, slug=slug, slug_varying=varying
        )
        screen = s.draw(marked)[0]
    else:
        screen = s.screen[0]
    out = []
    for page, (png, at) in zip(page_names(s), pdf_to_sized_pngs(screen, ppi, most), strict=True):
        extra: dict[str, object] = {"ppi": at, "shows_bleed": bleed}
        if at != ppi:
            extra["ppi_lowered_from"] = ppi
        out.append(Output(s.path("screen", page), png, png_meta("screen", page, extra)))
    return out


@rendition("social_png", "social image(s)", document_strings=False)
def social_png(s: Sheet, problems: Collector) -> list[Output]:
    """Screen kinds: one sRGB PNG per page of exactly the layout's `pixels`, from the screen
    drawing (trim, no bleed, no marks); transparent where the page draws nothing."""
    pixels = s.layout.pixels
    assert pixels is not None, "screen layouts have pixels (kit/layouts/)"
    size = (int(pixels[0]), int(pixels[1]))
    ppi = PX_PER_MM * 25.4
    out = []
    pngs = pdf_to_exact_pngs(s.screen[0], size, ppi)
    for page, shown, png in zip(page_names(s), s.doc.pages, pngs, strict=True):
        # its words as its alternative text, in its language: in the PNG and the manifest
        words, lang = page_words(shown), language_tag(s.doc.lang)
        extra: dict[str, object] = {"pixels": list(size), "ppi": ppi}
        if words:
            png = with_description(png, words, lang)
            extra |= {"alt": words, "alt_lang": lang}
        out.append(Output(s.path("social", page), png, png_meta("social", page, extra)))
    return out


def page_names(s: Sheet) -> list[str]:
    """Per page, the name its PNG carries: none for a material of one page."""
    pages = s.doc.pages
    return [""] if len(pages) == 1 else [p.name for p in pages]


def pdf_meta(variant: str, extra: dict[str, object]) -> dict[str, Any]:
    return {"format": "pdf", "variant": variant, "page": "", "extra": extra}


def png_meta(variant: str, page: str, extra: dict[str, object]) -> dict[str, Any]:
    return {"format": "png", "variant": variant, "page": page, "extra": extra}
