"""What the two galleries say about what they show, in one place: the live preview (gallery.js,
through `Gallery.describe`) and a build's `index.html` (static_gallery.py) take every text
alternative, language name and document name from here (an accessibility team's trial: the
preview's images were named by a file label, "boxes ar front", while the static gallery had
the social images' words, and both showed languages as bare codes).

- `language_name`: a language's name in English and in itself (the Unicode CLDR, through
  Babel), its direction, and its code, which stays shown (offices search by it).
- `image_alt`: a page image's text alternative: a social image's words in their language
  (the manifest's `alt` and `alt_lang`; the preview takes them from the composed page, as
  the build does), else "Front of flyer-a5 in Arabic".
- `document_name`: a document by its material, size, language, office and record (the
  accessible names of its links: "print PDF" alone said nothing out of context).
- `image_context`: what an image's link says after its image's alternative: its kind, its
  page where the alternative is the image's words, its office and record (two offices'
  previews of one material and language had one name, their alternative).
- `printed_in`, `printed_words`: what of a document's texts prints in another language than
  its own, as its build recorded it (the manifest entry's `texts`; the preview finds it of
  the composed page alike), in words: the job sheet, the package's warning and both
  galleries say it alike.
- `sample_data`: why a document is of sample data, never for print (an office's or
  campaign.yaml's `sample: true`, a merged row's `sample` cell): the one rule the package's
  job sheet (jobsheet.sample_of) and both galleries follow.
- `drafts_of`: the draft translations a built file prints (a document that prints none, a
  badge with no words, is no draft whatever its language's status): the package's job
  sheet, contact sheet and index, the sheets' slugs and the build's note follow it.
- `document_marks`: what both galleries say above a document's images: sample data, a draft
  translation, and its texts that print in another language (`printed_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from ..langnames import language_names
from ..model import Kit, Language
from ..output import OutputFile
from ..text.scripts import language_tag


@dataclass(frozen=True)
class LanguageName:
    """A language as the galleries show it: "Arabic, العربية (ar)"."""

    code: str
    english: str  # its English name; the code when CLDR has none (a pseudo-locale, ksw)
    native: str  # its name in itself; "" when CLDR has none or it is the English name
    rtl: bool  # written right to left (CLDR's character order): the native name's direction
    tag: str = ""  # its BCP 47 tag, as the PDFs' /Lang (text.scripts.language_tag: zh-Hans)
    draft: bool = False  # a kit's translation not reviewed (`status: draft`); CLDR's: False

    def text(self) -> str:
        """Plain text, for a select's option or an accessible name: "Arabic (ar)"."""
        return self.english if self.english == self.code else f"{self.english} ({self.code})"

    def html(self) -> str:
        """Its English name, its own name marked with its language (and `dir="rtl"`), and its
        code: `Arabic, <span lang="ar" dir="rtl">العربية</span> (ar)`."""
        if self.english == self.code:
            return escape(self.code)
        native = ""
        if self.native:
            direction = ' dir="rtl"' if self.rtl else ""
            tag = escape(self.tag or self.code)
            native = f', <span lang="{tag}"{direction}>{escape(self.native)}</span>'
        return f"{escape(self.english)}{native} ({escape(self.code)})"

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "english": self.english,
            "native": self.native,
            "rtl": self.rtl,
            "tag": self.tag or self.code,
        }


@lru_cache(maxsize=256)
def language_name(code: str) -> LanguageName:
    """`code`'s names from the Unicode CLDR (`langnames.language_names`, through Babel): "ar"
    is Arabic, العربية, right to left; "zh-Hant" Chinese (Traditional), 中文 (繁體); kk-Latn,
    a script CLDR has no data for, Kazakh (Latin) with no name in itself. A code CLDR does not
    know (en-XA, ksw) keeps the code as its name."""
    names = language_names(code)
    if names is None:
        return LanguageName(code, code, "", False)
    english, native = names
    if native == english:
        return LanguageName(code, english, "", False)
    from babel import Locale

    rtl = Locale.parse(code.replace("-", "_")).character_order == "right-to-left"
    return LanguageName(code, english, native, rtl, language_tag(code))


def size_text(trim_mm: tuple[float, float] | list[float]) -> str:
    """A trim size as read aloud and shown: "148 × 210 mm" (whole millimetres without ".0")."""
    w, h = (f"{v:g}" for v in trim_mm)
    return f"{w} × {h} mm"


Names = Callable[[str], LanguageName]  # a language code's (or tag's) names


class KitNames:
    """The galleries' names of a kit's languages: their strings files' `name` and
    `native_name` (the kit's own names, as its messages and the combined PDFs' titles give
    them: Bengali, where CLDR's English says Bangla), found by code or by the tag the PDFs
    write (zh-Hans for zh); a language's own name from CLDR where its strings file gives
    none; a code the kit lacks, from CLDR (`language_name`). A build's
    gallery so reads no CLDR locale: 0.1 s of Babel's data for six languages, in the
    parent after the workers (bench/README.md, thirty-seventh session)."""

    def __init__(self, languages: Mapping[str, Language]) -> None:
        self._languages = languages
        self._tagged: dict[str, Language] | None = None  # by tag, made at the first miss

    def __call__(self, code: str) -> LanguageName:
        lang = self._languages.get(code)
        if lang is None:
            if self._tagged is None:  # a tag (zh-Hans): the preview makes one per document
                self._tagged = {language_tag(c): la for c, la in self._languages.items()}
            lang = self._tagged.get(code)
        if lang is None:
            return language_name(code)
        native = "" if lang.native_name == lang.name else lang.native_name
        if not native and lang.code.split("-")[0] != "en":
            # none given (the model fills in `name`): CLDR's, if it has one; English's own
            # name is its English name
            native = language_name(lang.code).native
        draft = lang.status == "draft"
        return LanguageName(lang.code, lang.name, native, lang.rtl, language_tag(lang.code), draft)


def page_description(material: str, lang: str, page: str = "", names: Names = language_name) -> str:
    """A page image's description when it has no words of its own: "Front of flyer-a5 in
    Arabic", or "flyer-a5 in Arabic" for a material of one page (its page is not named, as
    its files are not: pipeline.renditions.page_names)."""
    where = f"{material} in {names(lang).english}"
    return f"{page[:1].upper()}{page[1:]} of {where}" if page else where


def image_alt(
    material: str,
    lang: str,
    page: str = "",
    words: str | None = None,
    words_lang: str = "",
    names: Names = language_name,
) -> tuple[str, str | None]:
    """A page image's text alternative and its language (None: the page's, English): a social
    image's `words` in `words_lang` (the document's language when not given), else
    `page_description`."""
    if words:
        return words, language_tag(words_lang or lang)
    return page_description(material, lang, page, names), None


def document_name(
    material: str,
    lang: str,
    trim_mm: tuple[float, float] | list[float] | None = None,
    office: str | None = None,
    record: str | None = None,
    names: Names = language_name,
) -> str:
    """A document as its links name it out of context: "flyer-a5, 148 × 210 mm, Arabic (ar),
    office lyon, record 3"."""
    parts = [material]
    if trim_mm is not None:
        parts.append(size_text(trim_mm))
    parts.append(names(lang).text())
    if office:
        parts.append(f"office {office}")
    if record:
        parts.append(f"record {record}")
    return ", ".join(parts)


IMAGE_KINDS = {"screen": "preview", "social": "social image"}  # a PNG's variant, as read


def image_context(
    variant: str,
    material: str,
    lang: str,
    page: str = "",
    words: bool = False,
    office: str | None = None,
    record: str | None = None,
    names: Names = language_name,
) -> str:
    """What names an image's link after its alternative (`image_alt`), so that no two links
    of a gallery share a name: "preview, office lyon, record 3"; where the alternative is a
    social image's `words`, its page, material and language too: "social image, Front of
    social-1080x1080 in English, office lyon"."""
    parts = [IMAGE_KINDS.get(variant, variant)]
    if words:
        parts.append(page_description(material, lang, page, names))
    if office:
        parts.append(f"office {office}")
    if record:
        parts.append(f"record {record}")
    return ", ".join(parts)


def printed_in(texts: object) -> tuple[int, dict[str, int]]:
    """What the build recorded of a file's texts that print in another language than its
    own (its manifest entry's `extra["texts"]`: pipeline.fingerprint.printed_texts): how many
    texts of the strings files it sets, and how many of them print each other language's
    (by code, as recorded); (0, {}) when all are its own, or the build did not say (a
    manifest written before)."""
    if not isinstance(texts, dict):
        return 0, {}
    total, printed = texts.get("of"), texts.get("printed")
    if not isinstance(total, int) or not isinstance(printed, dict):
        return 0, {}
    counts = {str(k): v for k, v in printed.items() if isinstance(v, int) and v > 0}
    return (total, counts) if counts else (0, {})


def printed_words(texts: object, source: str, name: Callable[[str], str]) -> str:
    """`printed_in` in words: "not translated: prints in English (11 of 11 texts)" when every
    text is the source language's (`source`); else "3 of 22 texts print in English", or a
    regional language's parent "20 of 22 texts print in Portuguese (pt), 2 in English"; ""
    when all are its own. `name`: a code's name (the kit's: Kit.languages). The job sheet
    said "ha (Hausa), draft" of posters that were all in English (an office's trial)."""
    total, counts = printed_in(texts)
    if not counts:
        return ""
    if list(counts) == [source] and counts[source] >= total:
        return f"not translated: prints in {name(source)} ({total} of {total} texts)"

    def named(code: str) -> str:
        return name(code) if code == source else f"{name(code)} ({code})"

    order = sorted(counts, key=lambda code: (-counts[code], code))
    first, *rest = order
    verb = "text prints" if counts[first] == 1 and total == 1 else "texts print"
    words = f"{counts[first]} of {total} {verb} in {named(first)}"
    return words + "".join(f", {counts[code]} in {named(code)}" for code in rest)


def sample_data(kit: Kit, office: str | None, row: bool = False) -> str:
    """Why a document is of sample data, made only to try the kit, never for print; "" when
    it is not: merged from a row whose `sample` cell is true (`row`: its manifest entry's
    `sample`: "its event's `sample` cell is true"), else built for an office file (`office`,
    its id; None: the campaign's own) or campaign.yaml that says `sample: true`
    ("rosea.yaml says `sample: true`"; an office that extends a sample one is no sample
    unless it says so too). The package's job sheet, contact sheet and index
    (package.jobsheet.sample_of) and both galleries (`document_marks`) mark them."""
    if row:
        return "its event's `sample` cell is true"
    found = kit.offices.get(office) if office else None
    if found is not None and found.sample:
        return f"{office}.yaml says `sample: true`"
    if office is None and kit.campaign.sample:
        return "campaign.yaml says `sample: true`"
    return ""


def sample_of(kit: Kit, f: OutputFile) -> str:
    """Why the built file `f` is of sample data (`sample_data` of its office and its manifest
    entry's `sample`, a merged row's): "its event's `sample` cell is true", "rosea.yaml says
    `sample: true`"; "" when it is not. `package` warns of them (package.sample); its job
    sheet, contact sheet and index mark them, and so does the build's gallery. An office's
    sample files were warned of, and marked nowhere (a user's trial)."""
    return sample_data(kit, f.office, bool(f.extra.get("sample")))


def samples_placed(kit: Kit, files: Sequence[OutputFile]) -> str:
    """Which of the files a sheet places (`files`, each once) are of sample data (`sample_of`),
    in words, for the package's job-sheet row of a gang, sticker, press or home sheet and
    `sheet`'s own summary: "every file it places is sample data (rosea.yaml says `sample:
    true`)" when all are for one reason; else "2 of the 3 files it places are sample data:
    badge-58-ar-lyon-2.pdf, badge-58-en-lyon-2.pdf (its event's `sample` cell is true)",
    their names by reason in the files' order; "" for none. A sheet placing sample files
    said nothing of them (a user's trial), though their own rows did."""
    why = {f.path: sample_of(kit, f) for f in files}
    reasons = list(dict.fromkeys(w for w in why.values() if w))
    if not reasons:
        return ""
    if len(reasons) == 1 and all(why.values()):
        return f"every file it places is sample data ({reasons[0]})"
    names = {
        w: ", ".join(f.path.rsplit("/", 1)[-1] for f in files if why[f.path] == w) for w in reasons
    }
    listed = "; ".join(f"{names[w]} ({w})" for w in reasons)
    count = sum(1 for w in why.values() if w)
    verb = "is" if count == 1 else "are"
    return f"{count} of the {len(files)} files it places {verb} sample data: {listed}"


def drafts_recorded(
    language: str, extra: Mapping[str, object], draft: Callable[[str], bool]
) -> tuple[str, ...]:
    """The draft translations a built file of `language` prints, from what its manifest
    entry records (`extra`) and which languages are drafts now (`draft`, by code), by
    pipeline.fingerprint.draft_texts's rule: none when it prints no text of the strings
    files (`no_texts`: a badge with no words); else its language and those whose texts it
    prints in its place (`texts`: printed_in) that are drafts, sorted."""
    if extra.get("no_texts"):
        return ()
    _, printed = printed_in(extra.get("texts"))
    return tuple(sorted(code for code in {language, *printed} if draft(code)))


def drafts_of(kit: Kit, f: OutputFile) -> tuple[str, ...]:
    """The draft translations built file `f` prints (`drafts_recorded`, of the kit's
    languages' `status:`; a language the kit no longer has is a draft). Its slug says
    DRAFT when there is one; the package's job sheet, contact sheet and index, the sheets'
    slugs and the notes of `build` and `sheet` follow it. A badge with no words, built in a
    draft language, was marked DRAFT everywhere, with not one text of that language on it."""

    def draft(code: str) -> bool:
        lang = kit.languages.get(code)
        return lang is None or not lang.reviewed

    return drafts_recorded(f.language, f.extra, draft)


# what both galleries say above a document of sample data (`sample_data`), as the job
# sheet's event says it (package.jobsheet.SAMPLE_EVENT)
SAMPLE_MARK = "SAMPLE DATA: not for print"
DRAFT_MARK = "DRAFT: not reviewed by a native speaker"


def document_marks(
    texts: object, names: Names, source: str | None, sample: str, drafts: Sequence[str]
) -> str:
    """What a document's page images do not show of its texts, said above them in both
    galleries (the build's `index.html`, static_gallery._marks; the preview's card,
    `Gallery.describe()["marks"]`): first, for a document of sample data (`sample`: why,
    `sample_data`), `SAMPLE_MARK` and why ("SAMPLE DATA: not for print (rosea.yaml says
    `sample: true`)": a user's trial, a sample office's pages shown as any other's, its
    contacts the project's samples); `DRAFT_MARK` for a draft translation (the draft
    translations it prints, `drafts`, as its build records them (`drafts_recorded`) or the
    preview finds them, pipeline.fingerprint.draft_texts's rule: its slug says DRAFT, which
    page images crop off; never its language's status alone, by which the preview's card of
    a badge with no words said DRAFT until composed), then its texts that print in
    another language (`printed_words` of `texts`, as its build records them or the preview
    finds them: pipeline.fingerprint.printed_texts; `source` None: not said), joined by
    "; ": "DRAFT: not reviewed by a native speaker; 11 of 11 texts print in Portuguese
    (pt)". "" for none. A user's trial: the build's gallery showed a pt-PT poster printing
    Portuguese texts, and draft translations, with nothing to tell them from reviewed
    ones; then the preview did (a designer's trial)."""
    said = []
    if sample:
        said.append(f"{SAMPLE_MARK} ({sample})")
    if drafts:
        said.append(DRAFT_MARK)
    if source is not None:
        words = printed_words(texts, source, lambda code: names(code).english)
        if words:
            said.append(words)
    return "; ".join(said)
