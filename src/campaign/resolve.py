"""The resolve stage: campaign x office x language x record -> the content of one document.

Strings are translated texts: a language's own entry, else its parent's in the kit (CLDR's:
es for es-419, `Kit.fallbacks`), else the source language's when the chain lacks the key
(validation warns about that once per language; `--strict` makes it an error). Fields are
values that are not translated (a helpline, a web address, a venue, a date): each layer
overrides the one before it, campaign < office < record, and within a layer a language's own
value (its parents' where it gives none) overrides the shared one. A string may name a field
as `{name}` (a value of the other direction than the page's is filled in as a bidi isolate:
`fill`); an empty field leaves its placeholder empty (a `text.empty-field` warning where a
slot shows the string: `layout.items.text.report_empty_fields`), and a text slot fed only by
empty fields is not drawn (the material then shows the general call to act without a number).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .countries import iso_country
from .diagnostics import Mark
from .model import Campaign, Kit, Language, Office, StringEntry
from .text.langmarks import Marked, unmarked

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_-]*)\}")


def placeholders(text: str) -> frozenset[str]:
    """The `{field}` placeholders of `text`, as written (braces included): what a
    translation must keep of its source's (`check`, an import, an export's status)."""
    return frozenset(m[0] for m in PLACEHOLDER.finditer(text))


def stray_braces(text: str) -> list[str]:
    """Each placeholder of `text` with a second brace beside it, on one side or both, as
    written (`{{helpline}}`, `{helpline}}`): a template language's escape, which would print
    the brace beside the field's value."""
    found = []
    for m in PLACEHOLDER.finditer(text):
        before = text[max(m.start() - 1, 0) : m.start()] == "{"
        after = text[m.end() : m.end() + 1] == "}"
        if before or after:
            found.append("{" * before + m[0] + "}" * after)
    return found


@dataclass(frozen=True)
class Layer:
    """One level of field values (the campaign, an office, a record): shared values, and per
    language code the values a language gives for itself."""

    name: str
    values: Mapping[str, StringEntry] = field(default_factory=dict)
    by_language: Mapping[str, Mapping[str, StringEntry]] = field(default_factory=dict)
    links: Mapping[str, str] = field(default_factory=dict)  # over the campaign's (QR codes)
    logos: Mapping[str, Path] = field(default_factory=dict)  # image slots with `logo:`
    # where the layer's links and logos are written (a merged row's cells), when it tells: a
    # problem they cause is named there, not at the layout's slot
    link_marks: Mapping[str, Mark] = field(default_factory=dict)
    logo_marks: Mapping[str, Mark] = field(default_factory=dict)
    # fields this layer empties whatever the layers under it give (an office's `hide:`), and
    # where each is listed (the office's file, or that of an office it extends: its `hide:`
    # is the one to mend)
    hidden: frozenset[str] = frozenset()
    hidden_at: Mapping[str, Mark] = field(default_factory=dict)
    # each logo's alternative text by language code, in the order to fall back on (an
    # office's: its languages first)
    logo_alts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # fields whose digits this layer gives as they print (a merged row's date and time, in
    # the digits of its language in its `date_region`): not turned into the language's own
    as_written: frozenset[str] = frozenset()
    # the digits (a CLDR numbering system) this layer's texts are written in, by language
    # code, where they are not the language's own: a merged row's region's (ar in MA: latn,
    # merge.formats._digits), which then sets every text of its documents, the strings'
    # too: a Moroccan event printed its date in Latin digits under a day line in Arabic-Indic
    # ones (٣٠ تموز/يوليه beside 30 تموز/يوليه 2027, an organiser's trial)
    digits: Mapping[str, str] = field(default_factory=dict)
    # texts by language code and string key that replace the kit's (an office's `strings:`)
    strings: Mapping[str, Mapping[str, StringEntry]] = field(default_factory=dict)
    # the national phone numbers of a merged row's contact and link cells (their digits,
    # iri.phone_digits) and the tel: address each dials as from abroad, by the row's country
    # (merge.phone_numbers.check_phone: 0143294440 of FR is tel:+33-1-43-29-44-40): what the
    # digital PDF's link over the printed number opens, as its QR code does
    dials: Mapping[str, str] = field(default_factory=dict)

    def value(self, key: str, code: str) -> StringEntry | None:
        """The value of field `key` this layer gives language `code`: the language's own (a
        merged row's `title_fr`) unless it is empty, else the shared one, else None. An empty
        value is "not filled in yet" here as everywhere: the office template's `en: {helpline:
        ""}` hid the office's helpline from every English document, without a word (an
        office's trial)."""
        own = self.by_language.get(code, {}).get(key)
        if own is not None and (own.text or key not in self.values):
            return own
        return self.values.get(key)

    def keys(self, code: str) -> set[str]:
        """The fields this layer gives language `code` (shared or its own)."""
        return {*self.values, *self.by_language.get(code, {})}


def office_layer(office: Office) -> Layer:
    """An office's fields (shared and per language), links and logos as a Layer. With its
    `country:`, the national numbers of its helpline (shared and per language) dial as from
    abroad in the digital PDFs' links (`dials`), and a `tel:` link's national number in its
    QR codes too (merge.phone_numbers.dialled_link), as a merged row's by its `date_region`;
    without, a national number without a trunk 0 dials as typed, as a merged row's of no
    country ((202) 555-0143: tel:202-555-0143; one with its 0 the PDF links by itself)."""
    links = office.links
    country = iso_country(office.country)
    helplines = [office.fields.get("helpline")] + [
        own.get("helpline") for own in office.fields_by_language.values()
    ]
    texts = tuple(t for e in helplines if e is not None for t in (e.text, e.short) if t)
    dials = _national_dials(texts, country) if texts else {}
    if country:
        from .merge.phone_numbers import dialled_link

        links = {name: dialled_link(link, country) for name, link in office.links.items()}
    return Layer(
        office.id,
        office.fields,
        office.fields_by_language,
        links,
        office.logos,
        dials=dials,
        link_marks=office.link_marks,
        logo_marks=office.logo_marks,
        hidden=frozenset(office.hide),
        hidden_at={n: m for n in office.hide if (m := office.hidden_at(n)) is not None},
        strings=office.strings,
        logo_alts={
            name: _in_order(alts, office.languages) for name, alts in office.logo_alts.items()
        },
    )


@functools.lru_cache(maxsize=64)
def _national_dials(texts: tuple[str, ...], country: str) -> dict[str, str]:
    """merge.phone_numbers.national_dials of an office's helplines, kept: every document of
    the office asks for its layer."""
    from .merge.phone_numbers import national_dials

    return national_dials(texts, country)


def _in_order(alts: Mapping[str, str], first: tuple[str, ...]) -> dict[str, str]:
    """`alts` with the codes of `first` before the others (in `first`'s order)."""
    return {c: alts[c] for c in first if c in alts} | dict(alts)


def logo_alt(alts: Mapping[str, str], code: str, source: str | None) -> tuple[str, str] | None:
    """A logo's alternative text for language `code` and the code of the language it is in:
    the language's own (or its base language's: `sw` for `sw-KE`), else the source
    language's, else the first given (an office's: of its languages first); None without
    any. The digital PDF tags one in another language with its /Lang."""
    for want in (code, code.split("-")[0], source):
        if want and alts.get(want):
            return alts[want], want
    return next(((text, c) for c, text in alts.items() if text), None)


@dataclass(frozen=True)
class Content:
    """Everything one document shows, resolved for one language, office and record."""

    language: Language
    strings: Mapping[str, StringEntry]
    fields: Mapping[str, StringEntry]
    links: Mapping[str, str]
    fallbacks: tuple[str, ...] = ()  # keys taken from the source language
    source_language: str | None = None  # the source language's code, when it is another
    in_source: frozenset[str] = frozenset()  # keys shown in the source's words (fallbacks too)
    office: str | None = None
    record: str | None = None
    logos: Mapping[str, Path] = field(default_factory=dict)
    # the fields, links and logos a merged record gives (its layer, the last), with the
    # places of its links and logos: a problem they cause is the organiser's to fix there
    from_record: frozenset[str] = frozenset()
    link_marks: Mapping[str, Mark] = field(default_factory=dict)
    logo_marks: Mapping[str, Mark] = field(default_factory=dict)
    record_languages: tuple[str, ...] = ()  # every language a merged record is made in
    as_written: frozenset[str] = frozenset()  # fields printed in their own digits (Layer's)
    hidden: frozenset[str] = frozenset()  # fields an office's `hide:` empties (Layer.hidden)
    hidden_at: Mapping[str, Mark] = field(default_factory=dict)  # where (Layer.hidden_at)
    # each logo's alternative text in this language and the code of the language it is in
    # (resolve.logo_alt: another's where this one has none)
    logo_alts: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # the string keys whose text is the office's own (its `strings:`): a problem of one is
    # named at the office's line
    office_texts: frozenset[str] = frozenset()
    # national numbers' (Layer's) as sorted (digits, tel: address) pairs: TextItem.dials
    dials: tuple[tuple[str, str], ...] = ()

    def entry(self, key: str) -> StringEntry:
        """A string with its `{field}` placeholders filled in, as it prints: without its
        language marks (`{lang=en}Blue Heart{/lang}`: `marked`)."""
        found = self.strings[key]
        (text, _), short = self._filled(key)
        return StringEntry(
            found.key, text, short and short[0], found.mark, text_mark=found.text_mark
        )

    def marked(self, key: str) -> tuple[tuple[Marked, ...], tuple[Marked, ...]]:
        """The words string `key`'s text and its short variant (`entry`'s) mark as in another
        language (`text.langmarks`): (start, end, language tag) over each as it prints."""
        (_, langs), short = self._filled(key)
        return langs, short[1] if short else ()

    def _filled(
        self, key: str
    ) -> tuple[tuple[str, tuple[Marked, ...]], tuple[str, tuple[Marked, ...]] | None]:
        found = self.strings[key]
        rtl = self.language.rtl
        own = self._rtl(key)  # the paragraph's: its words marked in another language isolated
        text = unmarked(fill(found.text, self.fields, rtl=rtl), own)
        # a field's short form makes a short variant of every string that names it
        short = unmarked(fill(found.short or found.text, self.fields, short=True, rtl=rtl), own)
        if not found.short and short[0] == text[0]:
            return text, None
        return text, short

    def _rtl(self, key: str) -> bool:
        """Whether string `key` is set right to left: the page's direction, or the source
        language's for a string shown in it because the language lacks it (a fallback keeps
        its own direction: layout.items.text)."""
        if key in self.fallbacks and self.source_language:
            from .text.scripts import RTL_SCRIPTS, script_of

            return script_of(self.source_language) in RTL_SCRIPTS
        return self.language.rtl

    def value(self, name: str) -> StringEntry:
        """A field's value ('' when not filled in)."""
        return self.fields.get(name) or StringEntry(name, "", None, Mark(self.language.path, 1, 1))

    def text(self, key: str) -> str | None:
        """The text of a string key, or None when the language has no such string."""
        return self.entry(key).text if key in self.strings else None


# A bidi isolate whose direction is its first strong letter's (UAX 9, X5c), and its end
FSI, PDI = "\u2068", "\u2069"


def fill(
    text: str, fields: Mapping[str, StringEntry], short: bool = False, rtl: bool | None = None
) -> str:
    """Replace `{name}` by the field's value (with `short`, its short form where it has one);
    unknown names stay as written. With `rtl` (the page's direction), a value whose words
    are of the other direction (`other_direction`) is set as a bidi isolate, between FSI and
    PDI (UAX 9, X5c), which print as nothing: "انضموا إلى {office_name} اليوم" with
    `office_name: UNODC Regional Office, Cairo.` printed the name's full stop at its left,
    before "UNODC", the Arabic sentence's direction taking the neutral at its end. A link
    alone (a web or e-mail address, a phone number) is isolated where the text is set
    (text.bidi)."""

    def value(m: re.Match[str]) -> str:
        if m[1] not in fields:
            return m[0]
        entry = fields[m[1]]
        found = (entry.short or entry.text) if short else entry.text
        return f"{FSI}{found}{PDI}" if rtl is not None and other_direction(found, rtl) else found

    return PLACEHOLDER.sub(value, text)


def other_direction(value: str, rtl: bool) -> bool:
    """Whether the first strong letter of `value` but its links (text.scripts.without_links)
    is of the other direction than `rtl` (UAX 9, P2: L against R and AL)."""
    from .text.bidi import first_strong
    from .text.scripts import without_links

    strong = first_strong(without_links(value, " "))
    return strong is not None and (strong == "L") == rtl


def resolve(
    campaign: Campaign,
    lang: Language,
    source: Language | None = None,
    layers: tuple[Layer, ...] = (),
    office: str | None = None,
    record: str | None = None,
    parents: tuple[Language, ...] = (),
) -> Content:
    """The content of one language, with its `parents` (Kit.fallbacks: es for es-419,
    nearest first) and then the `source` language behind missing keys and fields, and the
    field layers (after the campaign's own) applied in order."""
    strings: dict[str, StringEntry] = dict(source.strings) if source else {}
    texts: dict[str, StringEntry] = {}  # the language's texts, its parents' where it lacks one
    for parent in reversed(parents):
        texts.update(parent.strings)
    texts.update(lang.strings)
    fallbacks = tuple(k for k in strings if k not in texts)
    other = source is not None and source.code != lang.code
    # the keys shown in the source's words: those the language (and its parents) lacks, and
    # those its file gives as the source's very text with no `source:` it was translated
    # from (the hashtags, kept in English as their note asks). A translation spelt as the
    # source's (French `contact_title: Contact`, with `source: Contact`; a name, Instagram)
    # is the language's own words: it was tagged /Lang (en) on a French flyer (a trial's)
    in_source = frozenset(
        k
        for k, e in strings.items()
        if other and (k in fallbacks or (texts[k].text == e.text and texts[k].source is None))
    )
    strings.update(texts)
    own_texts: set[str] = set()
    for layer in layers:  # an office's own texts, in its materials only
        replaced = layer.strings.get(lang.code, {})
        strings.update(replaced)
        own_texts |= set(replaced)
        fallbacks = tuple(k for k in fallbacks if k not in replaced)
        in_source = in_source - set(replaced)
    own = Layer(
        "campaign",
        {
            k: StringEntry(
                k, v, campaign.field_shorts.get(k), campaign.field_marks.get(k, campaign.mark)
            )
            for k, v in campaign.fields.items()
        },
        {lang.code: _own_fields(lang, parents)},
    )
    fields: dict[str, StringEntry] = {}
    links = dict(campaign.links)
    logos: dict[str, Path] = {}
    link_marks: dict[str, Mark] = {}
    logo_marks: dict[str, Mark] = {}
    logo_alts: dict[str, tuple[str, str]] = {}
    as_written: set[str] = set()
    hidden: set[str] = set()
    hidden_at: dict[str, Mark] = {}
    dials: dict[str, str] = {}
    for layer in (own, *layers):
        dials.update(layer.dials)
        for given in (layer.values, layer.by_language.get(lang.code, {})):
            for name, entry in given.items():  # an empty value is not filled in yet: the
                if entry.text or name not in fields:  # one under it shows (Layer.value)
                    fields[name] = entry
                    if entry.text:  # a later layer's value shows again
                        hidden.discard(name)
                    if name in layer.as_written:  # the digits of the layer that gives it
                        as_written.add(name)
                    else:
                        as_written.discard(name)
        for name in layer.hidden:  # not printed, whatever the layers under it give
            fields[name] = StringEntry(name, "", None, Mark(lang.path, 1, 1))
            hidden.add(name)
            hidden_at.pop(name, None)
            if name in layer.hidden_at:
                hidden_at[name] = layer.hidden_at[name]
        links.update(layer.links)
        logos.update(layer.logos)
        for name in layer.links:  # a later layer's link without a place has none
            link_marks.pop(name, None)
        for name in layer.logos:
            logo_marks.pop(name, None)
            logo_alts.pop(name, None)  # a later layer's logo without a text has none
            alt = logo_alt(
                layer.logo_alts.get(name, {}), lang.code, source.code if source else None
            )
            if alt is not None:
                logo_alts[name] = alt
        link_marks.update(layer.link_marks)
        logo_marks.update(layer.logo_marks)
    last = layers[-1] if layers and record is not None else None
    written_in = next((y.digits[lang.code] for y in reversed(layers) if lang.code in y.digits), "")
    if written_in and written_in != lang.digits:
        lang = replace(lang, digits=written_in)
    from_record = (
        frozenset({*last.values, *last.by_language.get(lang.code, {}), *last.links, *last.logos})
        if last is not None
        else frozenset()
    )
    return Content(
        lang,
        strings,
        fields,
        links,
        fallbacks,
        source.code if other and source else None,
        in_source,
        office=office,
        record=record,
        logos=logos,
        from_record=from_record,
        link_marks=link_marks,
        logo_marks=logo_marks,
        record_languages=tuple(last.by_language) if last is not None else (),
        as_written=frozenset(as_written),
        hidden=frozenset(hidden),
        hidden_at={n: m for n, m in hidden_at.items() if n in hidden},
        logo_alts=logo_alts,
        office_texts=frozenset(own_texts),
        dials=tuple(sorted(dials.items())),
    )


def _own_fields(lang: Language, parents: tuple[Language, ...]) -> dict[str, StringEntry]:
    """The language's own values of campaign fields, its parents' (nearest first) where it
    gives none or an empty one ("not filled in yet")."""
    out: dict[str, StringEntry] = {}
    for one in (*reversed(parents), lang):
        for name, entry in one.fields.items():
            if entry.text or name not in out:
                out[name] = entry
    return out


def resolve_kit(
    kit: Kit,
    lang: Language,
    layers: tuple[Layer, ...] = (),
    office: Office | None = None,
    record: str | None = None,
) -> Content:
    """`resolve` with the kit's languages `lang` falls back on behind it (its parents, then
    the source language: Kit.fallbacks), and `office`'s layer (before
    `layers`, e.g. a merged record's) when one is given."""
    source = kit.languages.get(kit.campaign.source_language)
    parents = kit.fallbacks(lang)
    if office is None:
        return resolve(kit.campaign, lang, source, layers, record=record, parents=parents)
    return resolve(
        kit.campaign,
        lang,
        source,
        (office_layer(office), *layers),
        office=office.id,
        record=record,
        parents=parents,
    )
