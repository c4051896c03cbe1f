"""A strings file (materials/strings/<code>.yaml): the texts of one language."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from ..commands import command
from ..diagnostics import ASKED, Diagnostic, Mark
from ..langnames import language_names
from .spec import Key


@dataclass(frozen=True)
class StringEntry:
    """One translated text: plain text, or a mapping with `text`, `short`, `note` and the
    `source` text it translates."""

    key: str
    text: Annotated[str, Key("The full text.", required=True)]
    short: Annotated[
        str | None, Key("A shorter variant used when the full text does not fit its slot.")
    ]
    mark: Mark
    note: Annotated[
        str | None,
        Key(
            "Never printed: context for whoever translates or edits the text. The source "
            "language's notes are given to translators beside the text by every export; a "
            "translation's note is its translator's own (a PO translator comment, an XLIFF "
            "<note>), kept by `strings import` and given back by the next export."
        ),
    ] = None
    source: Annotated[
        str | None,
        Key(
            "The source language's text this translation was made from, as the translator's "
            "file gave it (`strings import` writes it): when the source's text is changed, "
            "the translation is outdated (`strings.outdated`) until translated again."
        ),
    ] = None
    short_source: Annotated[
        str | None,
        Key(
            "The source language's `short:` text this translation's `short:` was made from "
            "(`strings import` writes it), as `source` is for the text."
        ),
    ] = None
    # where the text itself starts in its file (`mark` is its key's): a character's place is
    # looked for from there (`place_of`); not compared, as the mark is not part of the text
    text_mark: Mark | None = field(default=None, compare=False)
    short_mark: Mark | None = field(default=None, compare=False)  # the same of `short`

    def place_of(self, ch: str, skip: int = 0) -> Mark:
        """Where the character `ch` is typed in the strings file: its line and column in the
        entry's text (`text_mark` on, to the next key), or the text's start when it is not
        there as typed (an escape in a quoted text, `\\u0E48`), or the key's (`mark`) for a
        text without a place of its own (a merged cell's: its cell). `text.no-glyph` named the
        key's line, not the line of the character (an accessibility team's trial). `skip`:
        how many of `ch` before it to pass (the lone brace of `{helpline}{` is the second)."""
        return self._place(self.text_mark, ch, skip)

    def short_place_of(self, ch: str, skip: int = 0) -> Mark:
        """`place_of` in the short variant's text (`short_mark` on): a brace of the short
        variant was looked for from the full text's start, and found there."""
        return self._place(self.short_mark, ch, skip)

    def _place(self, at: Mark | None, ch: str, skip: int) -> Mark:
        if at is None or not at.line:
            return self.mark
        try:
            lines = at.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return at
        indent = self.mark.col - 1  # the key's: a line indented no deeper is the next key's
        for n in range(at.line - 1, len(lines)):
            line = lines[n]
            if n >= at.line and line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            found = line.find(ch, at.col - 1 if n == at.line - 1 else 0)
            while found >= 0 and skip:
                found, skip = line.find(ch, found + len(ch)), skip - 1
            if found >= 0:
                return Mark(at.path, n + 1, found + 1)
        return at

    def made_from_other(self, source: StringEntry) -> tuple[str | None, str | None]:
        """The source's texts this translation and its short variant were made from (their
        `source:` and `short_source:`), each where it is not `source`'s text now (the
        translation is outdated: `strings.outdated`); None where it is, or is not said."""
        text = self.source if self.source is not None and self.source != source.text else None
        short = self.short_source
        if short is not None and short == (source.short or ""):
            short = None
        return text, short


@dataclass(frozen=True)
class Language:
    """One strings file: the texts of one language and how to set them."""

    code: Annotated[
        str,
        Key(
            "BCP 47 language code (en, fr, zh-Hans, pt-BR); must match the file name.",
            yaml="language",
            required=True,
        ),
    ]
    name: Annotated[str, Key("The language's English name.", required=True)]
    native_name: Annotated[
        str, Key("The language's name in itself (default: `name`).", default=None)
    ]
    status: Annotated[
        Literal["draft", "reviewed"],
        Key("Whether a native speaker has reviewed the translation.", default="draft"),
    ]
    script: Annotated[
        str,
        Key(
            "ISO 15924 script (Latn, Arab, Deva...); default: from the language code.", default=None
        ),
    ]
    direction: Annotated[
        str,
        Key("Writing direction; default: from the script.", default=None, choices=("ltr", "rtl")),
    ]
    digits: Annotated[
        str,
        Key(
            "Digits numbers are written in (latn, arab, deva...); default: the Unicode CLDR's "
            "where the code names a region (ar-EG: arab, ar-MA: latn), else latn.",
            default=None,
            form="digits",
        ),
    ]
    strings: Annotated[
        dict[str, StringEntry],
        Key(
            "The texts by key; every key of the source language is needed.",
            required=True,
            form="strings",
        ),
    ]
    path: Path
    pseudo: bool = False
    # what the file says (load.Node.digest: its values, without comments or formatting), by
    # which `package` judges it (pipeline.fingerprint.kit_values); "" for a pseudo-locale
    content: str = field(default="", compare=False)
    fields: Annotated[
        dict[str, StringEntry],
        Key(
            "This language's own values of campaign fields (a local helpline); empty means "
            '"not filled in yet".',
            form="fields",
        ),
    ] = field(default_factory=dict)
    months: Annotated[
        tuple[str, ...],
        Key(
            "The twelve month names, January first, as a date in this language writes them "
            "(a merged event's date, 30 July 2024), where they are not the Unicode CLDR's: "
            "the UN's Arabic writes تموز/يوليه where CLDR has يوليو. In the form a date "
            "takes (the genitive, in a language whose dates use it: июля). Default: CLDR's; "
            "where CLDR has none (Dhivehi, Haitian Creole), a date in numbers, the year in "
            "four digits (30-7-2027, 2027-07-30), and a merge warns (strings.months).",
            default=(),
        ),
    ] = ()
    clock: Annotated[
        int | None,
        Key(
            "The hours of a merged event's time: 24 (14:30, 09:00–12:30) or 12 (2:30 PM), in "
            "the language's own separators, half-day names and digits. Default: the Unicode "
            "CLDR's for the language (and the row's `date_region`). For a language whose "
            "readers count hours otherwise (Amharic: CLDR writes 2:30 ከሰዓት, where Ethiopia's "
            "own clock counts from 6 in the morning), 24 leaves no doubt.",
            choices=("12", "24"),
            default=None,
        ),
    ] = None

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def reviewed(self) -> bool:
        """Whether a native speaker has reviewed the translation (`status: reviewed`); a
        draft's files are marked DRAFT (slugs, job sheet, notes)."""
        return self.status == "reviewed"


def code_hints(
    code: str,
    languages: dict[str, Language],
    suits: str = "if that suits, or add materials/strings/{code}.yaml",
    listed: str = "languages with strings",
    new_language: bool = False,
) -> tuple[str, ...]:
    """Hints for a language code the kit does not have (`languages`: the kit's, by code): the
    kit's spelling when only the case differs (BCP 47 tags are case-insensitive, RFC 5646
    2.1.1); its language when the code adds a region or script the kit lacks (`ar-MA`: the
    kit's `ar`, named but not taken for it: `zh-TW` is not the kit's `zh`, whose script may
    be another), followed by `suits` ({code}: the code given); the code of a language given
    by its name (French: fr); else the closest codes, leaving out the pseudo-locales (`ar-MA`
    was offered `ar-XB`, the mirrored test locale), or the list of codes (after `listed`).
    A code CLDR takes as another's (ISO 639-2 `amh`, `fre`: CLDR's languageAlias, through
    Babel) is told the kit's (am, fr), and never how to add it; so is the code CLDR takes
    one of the kit's codes for (`fil`, for the kit's `tl`).
    With `new_language`, a code CLDR knows (de) adds how to add the language to the kit.
    The command line's --lang, offices' `languages:` and merged rows' `language` share it."""
    from ..diagnostics import did_you_mean

    real = {c: lang for c, lang in languages.items() if not lang.pseudo}
    folded = {c.casefold(): c for c in languages or ()}
    if code.casefold() in folded:
        known = folded[code.casefold()]
        return (f"write '{known}': the kit's code",)
    base = code.replace("_", "-").split("-")[0].casefold()
    if base != code.casefold() and base in {c.casefold() for c in real}:
        known = folded[base]
        tag = bcp47_case(code.replace("_", "-"))  # pt_BR: pt-BR.yaml
        parent = _parent_of_new(tag, real) if new_language else None
        if parent is not None:  # ur-Aran: `new language` writes the file that prints ur's
            return (
                f"the kit has '{known}' ({real[known].name}): write '{known}' if that suits, "
                f"or add materials/strings/{tag}.yaml, which prints {parent.path.name}'s "
                f"texts{_in_style(tag, parent)} until it has its own: "
                + command(f"new language {tag}"),
            )
        return (
            f"the kit has '{known}' ({real[known].name}): write '{known}' "
            + suits.format(code=tag),
        )
    # the other way: the kit writes the language with a code CLDR takes for this one (the
    # kit's tl, which CLDR reads as fil, Filipino)
    kept = _written_as(code, real)
    if kept is not None:
        return (f"the kit writes '{code}' as '{kept}' ({real[kept].name}): write '{kept}'",)
    alias = other_code(code, real)  # amh, fre, iw: the kit's am, fr, he
    if alias not in real and cldr_alias(code.casefold()) in real:  # tl, where a kit has fil
        alias = cldr_alias(code.casefold())
    if alias in real:
        return (f"'{code}' is another code of '{alias}' ({real[alias].name}): write '{alias}'",)
    if alias is not None:  # iw, in a kit without he: he is the language to add, not iw
        names = language_names(alias)
        name = f" ({names[0]})" if names else ""
        return (
            f"'{code}' is another code of '{alias}'{name}, which the kit does not have: "
            f"write '{alias}'",
            *((f"to add it: {command(f'new language {alias}')}",) * new_language),
        )
    named = {lang.name.casefold(): c for c, lang in real.items()}
    if code.casefold() in named:  # a language's name (French): its code
        return (f"write its code: '{named[code.casefold()]}'",)
    spoken = country_code_hint(code, real)  # a country's code (CN, KH): its languages
    if spoken is not None:
        official = country_languages(code)
        if new_language and len(official) == 1 and official[0] not in real:  # kh: km
            return (spoken, f"to add it: {command(f'new language {official[0]}')}")
        return (spoken,)
    near = _by_name(code, named)  # a name misspelt: frnech
    hints = did_you_mean(code, real) or (
        (f"did you mean '{near}' ({real[near].name})?",) if near else ()
    )
    # each code with its language's name: `SP` (for Spanish) was given the bare codes, and
    # es was not found among them (a trial)
    hints = hints or (f"{listed}: {', '.join(f'{c} ({real[c].name})' for c in sorted(real))}",)
    country = _country_too(code, real)
    if country is not None:
        hints = (*hints, country)
    if new_language:
        names = language_names(code)
        if names is not None:  # a code the kit has no strings for (de)
            it = f"{names[0]} ({code})" if country and names else "it"  # br: Breton, or Brazil
            hints = (*hints, f"to add {it}: {command(f'new language {code}')}")
    return hints


def _parent_of_new(tag: str, languages: Mapping[str, Language]) -> Language | None:
    """The kit's language (of `languages`) whose texts a strings file of `tag` would print
    where it lacks its own (`fallback_chain`: ur's for ur-Aran, pt's for pt-BR; none for
    zh-TW, in other letters than the kit's zh), or None. Only such a file makes the language:
    `build --lang ur-Aran` without one is an unknown language."""
    from ..text.scripts import script_of

    stand_in = Language(tag, tag, tag, "draft", script_of(tag), "ltr", "latn", {}, Path())
    chain = fallback_chain(stand_in, languages, "")
    return chain[0] if chain else None


def _in_style(tag: str, parent: Language) -> str:
    """ " in Nastaliq" where `tag`'s script is a style of its `parent`'s letters that the
    parent is not set in (ur-Aran, of ur in Naskh), else ""."""
    from babel import Locale

    from ..text.scripts import STYLE_OF, script_of

    script = script_of(tag)
    if script not in STYLE_OF or script == parent.script:
        return ""
    return f" in {Locale('en').scripts.get(script, script)}"


def unknown_language(code: str, languages: dict[str, Language]) -> Diagnostic:
    """The `ref.language` error of a code asked on the command line (`--lang`, `--copies`)
    that the kit has no language of, with code_hints for a new language: build, package,
    sheet and the kit's own reading of a code say it in the same words."""
    return Diagnostic(
        "ref.language",
        f"unknown language '{code}'",
        None,
        code_hints(code, languages, new_language=True),
        facts=((ASKED, code),),
    )


@lru_cache(maxsize=1024)  # a merge asks it of every row's language
def not_a_language(code: str) -> bool:
    """Whether `code`'s language subtag is two letters that are no language's: ISO 639-1's
    codes are closed, and the Unicode CLDR names every one of them (Babel's English names of
    languages), so `kh` (Cambodia's country code, for Khmer, km) and `mm` (Myanmar's, for
    Burmese, my) are no language. A withdrawn code (iw, in, mo) is another code of a
    language (`other_code`), not this. A three-letter code may be ISO 639-3's, which CLDR
    has no data for (ksw, S'gaw Karen: `new language ksw --name`), and is taken."""
    from babel import Locale

    base = code.replace("_", "-").split("-")[0]
    if len(base) != 2 or not base.isalpha() or canonical_code(base.casefold()) != base.casefold():
        return False
    return base.casefold() not in Locale("en").languages


def country_code_hint(code: str, languages: Mapping[str, object] | None = None) -> str | None:
    """For a code whose language subtag is a country's code (ISO 3166-1 alpha-2) and no
    language's (`not_a_language`: kh, mm, CN, PK), the hint naming the languages official
    there (CLDR's territory data, through Babel: Cambodia's km; Pakistan's ur and en): those
    of the kit (`languages`, by code) where it has any, else CLDR's, said to be missing from
    the kit when `languages` is given; None for any other code. The one answer to a country's
    code wherever a language code is read: a strings file's `language:`, a command's --lang
    (`code_hints`), `new language`, an office's `languages:` and `fields_by_language:`."""
    found = _country_of(code) if not_a_language(code) else None
    if found is None:
        return None
    base, country, official = found
    kit = {c: lang for c, lang in (languages or {}).items() if not getattr(lang, "pseudo", False)}
    here = [c for c in official if c in kit]
    if here:
        shown = _named_codes(here, kit)
        return f"'{base}' is the country code of {country}; write a language's code: {shown}"
    if not official:
        return f"'{base}' is the country code of {country}, not a language's"
    shown = _named_codes(official, kit)
    lacks = "" if languages is None else ", none of which the kit has"
    if languages is not None and len(official) == 1:
        lacks = ", which the kit does not have"
    return f"'{base}' is the country code of {country}; write a language's code: {shown}{lacks}"


def not_a_language_hint(code: str, languages: Mapping[str, object] | None = None) -> str:
    """The hint for a code `not_a_language` refuses: `country_code_hint`'s for a country's
    code (kh: write 'km'), else that ISO 639 has no such language (qq)."""
    return country_code_hint(code, languages) or (
        f"ISO 639 has no '{code.replace('_', '-').split('-')[0]}': write the language's code of "
        "two letters (ISO 639-1: km, my, th) or, where it has none, of three (ISO 639-3: ksw)"
    )


def country_languages(code: str) -> tuple[str, ...]:
    """The codes of the languages official in the country whose code `code` is (when
    `country_code_hint` has a hint for it), CLDR's, in BCP 47's form (ms-Arab); else ()."""
    found = _country_of(code) if not_a_language(code) else None
    return found[2] if found is not None else ()


@lru_cache(maxsize=256)
def _country_of(code: str) -> tuple[str, str, tuple[str, ...]] | None:
    """For a code whose language subtag is two letters that are a country's code too (ISO
    3166-1 alpha-2: CLDR's territories, not its groupings nor its Unknown Region,
    `countries.NOT_COUNTRIES`: `zz` was "the country code of Unknown Region"): that subtag
    as written, the country's English name and the codes of the languages official there
    (CLDR's territory data, through Babel, de facto ones too), in BCP 47's form (ms-Arab).
    None for any other code. The one reading of a language code as a country's, for
    `country_code_hint`, `_country_too` and `country_meant`."""
    from babel import Locale
    from babel.languages import get_official_languages

    from ..countries import NOT_COUNTRIES

    base = code.replace("_", "-").split("-")[0]
    if len(base) != 2 or not base.isalpha() or base.upper() in NOT_COUNTRIES:
        return None
    country = Locale("en").territories.get(base.upper())
    if country is None:
        return None
    official = get_official_languages(base.upper(), de_facto=True)
    return base, country, tuple(c.replace("_", "-") for c in official)


def _country_too(code: str, languages: Mapping[str, object]) -> str | None:
    """For a language's code that is a country's code too (ISO 3166-1 alpha-2) where that
    language is not official (CLDR's territory data, through Babel): the hint naming the
    country's languages, for a user who wrote the country (br is Breton's code and Brazil's,
    whose language is pt; ca Catalan's and Canada's). None for any other code, and where the
    language is the country's own (id, Indonesia; so, Somalia)."""
    found = _country_of(code)
    if found is None:
        return None
    base, country, official = found
    if not official or base.lower() in {c.split("-")[0] for c in official}:
        return None
    shown = _named_codes(official, languages)
    its = "the code of its language" if len(official) == 1 else "a code of its languages"
    return f"'{base}' is also the country code of {country}: for {country}, write {its}: {shown}"


def country_meant(
    code: str,
    languages: Mapping[str, object],
    printed: Collection[str] = (),
    country: str | None = None,
    given: Mapping[str, Collection[str]] | None = None,
    label: str = "country",
    texts: Iterable[str] = (),
    written: str = "",
) -> tuple[str, str] | None:
    """For a language code of the kit (`languages`, by code) that is a country's code too
    (`_country_of`: am, Amharic's and Armenia's) where the evidence says the country was
    meant: the words that say why, after "prints", and the hint; None where it does not.
    An office's `languages: [ka, ru, am, az, kk]` built Amharic for a Tbilisi office that
    meant Armenian, hy (a trial): `ge` and `kz`, no language's codes, were told their
    country's languages (`country_code_hint`), `am` nothing. The evidence, CLDR's (through
    Babel), for a code of two letters alone (am-ET says which it is) whose language is not
    official in that country (so, Somalia's; es, Spain's), when none of the country's
    official languages is `printed` too: the `country` the code is read in (an office's
    `country:`, a row's `date_region`, named `label`) is that country (AM); or the
    language is not spoken in that country (its territory data: Amharic is not among
    Georgia's) while the code's country's own language (`_own_languages`: Armenian), which
    the kit has, is spoken there, and not official; or the office gives values (`given`:
    `names:` -> its codes) in that own language, which it does not print (`names: {hy:
    ...}`). Not a language of many countries: `vi` (Vietnamese, and the U.S. Virgin
    Islands) on an office in Germany, where English is spoken, says nothing of them. Nor
    where `texts` (a row's title, venue, organiser; an office's values in that language)
    are written in the language's own script, one the country's languages are not written
    in (`_in_own_script`): a Burmese row of Malaysia (MY) whose title is in Myanmar script
    is Burmese, for the Burmese workers there (a reviewer's trial: "Malaysia is its
    country"), as a Bengali row of Brunei (BN) in Bengali script is. The hint says so,
    naming where such a text goes (`written`: the row's title, the office's `names:`)."""
    from babel import Locale
    from babel.languages import get_territory_language_info

    from ..countries import iso_country

    found = _country_of(code) if code.isalpha() and not not_a_language(code) else None
    if found is None:
        return None
    base, named, official = found
    bases = {c.split("-")[0].lower() for c in official}
    if not official or base.lower() in bases or bases & {_base(c) for c in printed}:
        return None
    home = iso_country(country)
    spoken = {_base(c) for c in get_territory_language_info(home)} if home else set()
    if base.lower() in spoken:  # Amharic where the office is, whatever else it is
        return None
    name = _language_name(code, languages)
    kit = {_base(c) for c, lang in languages.items() if not getattr(lang, "pseudo", False)}
    own = _own_languages(base.upper())
    ruling = {_base(c) for c in _own_languages(home, 0)}  # the office's country's official
    there = [c for c in own if _base(c) in spoken - ruling and _base(c) in kit]
    why = []
    if home == base.upper():
        why.append(f"{named} is its country ({label}: {home})")
    elif there:
        where = Locale("en").territories.get(home, home)
        why.append(
            f"{name} is not spoken in {where} ({label}: {home}), where {named}'s "
            f"{_spelt(there, languages)} is"
        )
    gives = {k: {_base(c) for c in codes} for k, codes in (given or {}).items()}
    keys = [k for k, codes in gives.items() if {_base(c) for c in own} & codes]
    if keys:
        theirs = [c for c in own if any(_base(c) in gives[k] for k in keys)]
        verb = "gives" if len(keys) == 1 else "give"
        why.append(
            f"its {' and '.join(keys)} {verb} {named}'s {_spelt(theirs, languages)}, which it "
            "does not print"
        )
    if not why or _in_own_script(code, texts, official):
        return None
    its = "language is" if len(official) == 1 else "languages are"
    missing = [c for c in official if _base(c) not in kit]
    hint = f"'{base}' is {name}; {named}'s {its} {_named_codes(official, languages)}: write " + (
        f"'{official[0]}' if {_language_name(official[0], languages)} is meant"
        if len(official) == 1
        else "the one meant"
    )
    if missing:
        hint += f" (the kit has no {', '.join(missing)}: {command(f'new language {missing[0]}')})"
    script = _own_script(code, official)
    if written and script:
        hint += f"; if {name} is meant, {written} in {script} script says so"
    return f"'{code}' ({name}), which is also the country code of {named}: {'; '.join(why)}", hint


def _in_own_script(code: str, texts: Iterable[str], official: Collection[str]) -> bool:
    """Whether `texts` hold a letter of the script `code`'s language is written in
    (text.scripts.script_of: Mymr for my, Beng for bn, Ethi for am), where none of the
    `official` languages of the country its code names is written in that script
    (`_own_script`): a text of its language, not of the country's (a Latin title says
    nothing of Welsh in Cyprus, whose Turkish is Latin too)."""
    from ..text.scripts import char_script

    if not _own_script(code, official):
        return False
    own = _letters(code)
    return any(char_script(c) in own for text in texts for c in text if c.isalpha())


def _own_script(code: str, official: Collection[str]) -> str:
    """The English name of the script `code`'s language is written in (CLDR's, through
    Babel: Myanmar, Ethiopic), where none of the `official` languages is written in it; ""
    where one is (Welsh's Latin, Turkish's in Cyprus)."""
    from babel import Locale

    from ..text.scripts import script_of

    if any(_letters(code) & _letters(c) for c in official):
        return ""
    script = script_of(code)
    return str(Locale("en").scripts.get(script, script))


def _letters(language: str) -> frozenset[str]:
    """The scripts of the letters `language` is written with (text.scripts.WRITTEN_WITH: Hans
    with Hani's)."""
    from ..text.scripts import WRITTEN_WITH, script_of

    script = script_of(language)
    return WRITTEN_WITH.get(script, frozenset({script}))


# A country's own language (`_own_languages`): one official in at most this many countries
# (CLDR's territory data: Armenian in Armenia, Swahili in three), not English (91), French
# or Spanish, spoken in most countries, whose being spoken somewhere says nothing of which
# country a code means
OWN_LANGUAGE_COUNTRIES = 3


@lru_cache(maxsize=512)
def _own_languages(country: str, most: int = OWN_LANGUAGE_COUNTRIES) -> tuple[str, ...]:
    """The languages official (de facto too) in `country` (ISO 3166-1 alpha-2) that are
    official in at most `most` countries (0: any number), CLDR's, in BCP 47's form."""
    from babel.languages import get_official_languages

    if not country:
        return ()
    found = tuple(c.replace("_", "-") for c in get_official_languages(country, de_facto=True))
    if not most:
        return found
    return tuple(c for c in found if _official_in(_base(c)) <= most)


@lru_cache(maxsize=1)
def _official_counts() -> dict[str, int]:
    """How many countries each language (its subtag) is official in, de facto too (CLDR)."""
    from collections import Counter

    from babel.core import get_global

    counts: Counter[str] = Counter()
    for langs in get_global("territory_languages").values():
        official = {
            _base(c)
            for c, info in langs.items()
            if info.get("official_status") in ("official", "de_facto_official")
        }
        counts.update(official)
    return dict(counts)


def _official_in(language: str) -> int:
    return _official_counts().get(language, 0)


def _base(code: str) -> str:
    """A language code's language subtag, lower case (ku for ku_Cyrl, pt for pt-BR)."""
    return code.replace("_", "-").split("-")[0].lower()


def _language_name(code: str, languages: Mapping[str, object]) -> str:
    """The kit's name of language `code` (`languages`, by code) where it has it, else CLDR's."""
    return str(getattr(languages[code], "name", code)) if code in languages else _cldr_name(code)


def _spelt(codes: Iterable[str], languages: Mapping[str, object]) -> str:
    """Languages as a message names them, each with its code: "Armenian (hy)"."""
    return ", ".join(f"{_language_name(c, languages)} ({c})" for c in codes)


def _named_codes(codes: Iterable[str], languages: Mapping[str, object]) -> str:
    """Language codes as a hint names them, each with its language's name: the kit's
    (`languages`, by code) where the kit has it, else CLDR's: "'pt' (Portuguese)"."""
    return ", ".join(
        f"'{c}' ({getattr(languages[c], 'name', c) if c in languages else _cldr_name(c)})"
        for c in codes
    )


def _cldr_name(code: str) -> str:
    """A language's English name (CLDR's, through Babel), or its code when CLDR has none."""

    names = language_names(code)
    return names[0] if names else code


def _by_name(written: str, named: dict[str, str]) -> str | None:
    """A language's name misspelt (`frnech`, `Arabik`): the code of the name it is closest
    to (`named`: the kit's names, casefolded, to their codes); else None."""
    import difflib

    close = difflib.get_close_matches(written.casefold(), list(named), n=1, cutoff=0.75)
    return named[close[0]] if close else None


def other_code(code: str, languages: Mapping[str, object] | None = None) -> str | None:
    """The code to write for `code` when it is another code of a language (`canonical_code`:
    iw is he, fre fr, arb ar): the kit's spelling of it (`languages`, by code) where the kit
    has it, else CLDR's; None for a code of its own, and for one of the kit's languages
    (`languages`: the kit's `tl`, which CLDR calls fil; an iw.yaml is refused where it is
    read, `kit.strings`, and `Kit.readable` raises its problems). The one answer to every
    place a language code is read: a command's --lang (`code_hints`), a translator's file
    (`Kit.readable`), a data file's row and column, an office's or campaign.yaml's
    `languages:`; `strings export --lang iw` had made a second Hebrew beside he."""
    folded = {c.casefold(): c for c in languages or ()}
    if code.casefold() in folded:
        return None
    kept = _written_as(code, languages or {})  # fil, where the kit writes Tagalog tl
    if kept is not None:
        return kept
    canonical = canonical_code(code)
    if canonical == code:  # no alias (canonical_code gives the code as it was)
        return None
    return folded.get(canonical.casefold(), canonical)


def written_as(code: str, languages: Mapping[str, object]) -> str | None:
    """The kit's language (of `languages`, by code) that CLDR takes `code` for, where the kit
    has no language of `code` itself: `fil` (CLDR's and ISO 639-2's Filipino) is the kit's
    `tl`, which CLDR writes fil (languageAlias); None for any other. A merged sheet reads
    `fil` as the kit's tl (merge.languages: its language cells and its headers)."""
    if code.casefold() in {c.casefold() for c in languages}:
        return None
    return _written_as(code, languages)


def _written_as(code: str, languages: Mapping[str, object]) -> str | None:
    """The kit's language that CLDR takes `code` for (`fil`: the kit's tl), if any; never a
    code the kit refuses for its strings file (iw.yaml, `kit.strings`): `new language he`
    was told "the language's code is 'iw'" while iw.yaml was told to be he.yaml."""
    return next(
        (
            c
            for c in languages
            if cldr_alias(c.casefold()) == code.casefold() and canonical_code(c) == c
        ),
        None,
    )


def canonical_code(code: str) -> str:
    """`code` with its language subtag as CLDR writes it, when CLDR's languageAlias gives
    another (`iw` is he, `in` id, `ji` yi, `jw` jv, `mo` ro, `sh` sr-Latn, ISO 639-2's `heb`
    he and `fre` fr; `iw-IL` he-IL); else `code` as given. A two-letter code CLDR takes for a
    three-letter one stays (`tl`, Tagalog, which CLDR calls fil, Filipino): it is no
    withdrawn code, and the kit writes Tagalog `tl` (`code_hints` tells `fil` to write the
    kit's tl)."""
    parts = code.replace("_", "-").split("-")
    alias = cldr_alias(parts[0].casefold())
    if alias is None or (len(parts[0]) == 2 and len(alias.split("_")[0]) > 2):
        return code
    return "-".join([*alias.split("_"), *parts[1:]])


def cldr_alias(code: str) -> str | None:
    """The code CLDR writes language `code` with, when `code` is an alias of it (languageAlias
    in CLDR's supplementalMetadata, through Babel: amh is am, fre fr, iw he); else None."""
    from babel.core import get_global

    found = get_global("language_aliases").get(code)
    return str(found) if found else None


def cldr_parent(code: str) -> str | None:
    """The Unicode CLDR's parent of locale `code`, in BCP 47's case: its parentLocales
    exception where it has one (through Babel: es-MX is es-419's, pt-AO pt-PT's, en-GB
    en-001's), else the code without its last subtag (es-419: es; zh-Hant-TW: zh-Hant;
    ur-Aran: ur). None for a code of one subtag (es), whose parent is the source language,
    and for a language with a script subtag other than the script CLDR's likely subtags give
    its language (through Babel: zh is zh_Hans_CN, sr sr_Cyrl_RS), whose parent is CLDR's
    root (parentLocales' `nonlikelyScript` rule, CLDR 45): zh-Hant, sr-Latn, az-Arab. A
    style of the likely script is that script (`text.scripts.same_letters`): Urdu's
    Nastaliq, ur-Aran, is Arabic's letters in another typeface, whose parent is ur, where
    CLDR, which has no ur_Aran locale, would give the root. `new language ur-Aran`, which
    the README offers for Nastaliq, printed every text in English."""
    from ..cldr import parent_exception

    tag = bcp47_case(code.replace("_", "-"))
    exception = parent_exception(tag.replace("-", "_"))
    if exception:
        return str(exception).replace("_", "-")
    parts = tag.split("-")
    if len(parts) == 2 and _other_script(parts[0], parts[1]):
        return None
    return "-".join(parts[:-1]) if len(parts) > 1 else None


def _other_script(lang: str, subtag: str) -> bool:
    """Whether `subtag` is a script (four letters) other than the one CLDR's likely subtags
    give language `lang` (Babel's `likely_subtags`: ur is ur_Arab_PK), and no style of it
    (`text.scripts.same_letters`: Aran is Arab's). A language CLDR has no likely subtags of
    keeps its parent."""
    from ..cldr import likely_subtags
    from ..text.scripts import same_letters

    if len(subtag) != 4 or not subtag.isalpha():
        return False
    likely = likely_subtags(lang).split("_")
    return len(likely) > 1 and len(likely[1]) == 4 and not same_letters(subtag, likely[1])


def fallback_chain(
    lang: Language, languages: Mapping[str, Language], source: str
) -> tuple[Language, ...]:
    """The kit's languages (`languages`, by code) whose texts `lang` prints where it lacks
    one, nearest first, before the source language (code `source`, never among them): its
    CLDR parents (`cldr_parent`, up to the bare language) that the kit has. es-419.yaml
    giving one text printed every other in English, not in Spanish (an office's trial).
    ur-Aran (Nastaliq) takes ur's texts; zh-Hant never takes zh's (Hans) texts, nor sr-Latn
    sr's (Cyrillic), as CLDR sends them to the root (`cldr_parent`). A parent whose strings
    file is written in other letters than `lang`'s ends the chain too (`script:`, or the
    code's: zh-TW is Hant, zh Hans; `text.scripts.same_letters`, by which ur.yaml's
    `script: Aran` is ur-PK's Arab). A pseudo-locale has none (it has every text)."""
    from ..text.scripts import same_letters

    if lang.pseudo:
        return ()
    kit = {c.casefold(): x for c, x in languages.items() if not x.pseudo}
    out: list[Language] = []
    code = cldr_parent(lang.code)
    while code is not None:
        found = kit.get(code.casefold())  # None: es-MX's es-419, where the kit has es only
        if found is not None and (
            not same_letters(found.script, lang.script) or found.code == source
        ):
            break
        if found is not None and found not in out:
            out.append(found)
        code = cldr_parent(code)
    return tuple(out)


def bcp47_case(tag: str) -> str:
    """A tag in BCP 47's usual case (RFC 5646, 2.1.1): the language lower case, a script in
    title case, a region upper case (pt-br is pt-BR, zh-hant-tw is zh-Hant-TW)."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def listed_first(order: Sequence[str], code: str) -> str:
    """`code`'s place in a list of languages (`order`: Kit.languages_of) as text that sorts as
    it: a listed language by its place, one the list does not have (a build given --lang of
    another) after them all, by its code."""
    return f"{order.index(code):06d}" if code in order else f"{len(order):06d}\x00{code}"
