"""A row's language cell and its date_region: the codes a language cell names (codes or
the kit's languages' names, in any of its scripts: `languages_of`, `language_codes`), a
`date_region` cell read as a country's code (`_region`, a country's name told its code:
`country_code`), and the codes a sheet without a language column is told
(`language_codes_hint`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from ..countries import NOT_COUNTRIES, iso_country
from ..diagnostics import Collector
from ..model import Kit
from . import arabic_script
from .data import Cell, Table
from .fields import _folded, _text


def _row_languages(cells: dict[str, Cell], kit: Kit) -> tuple[str, ...]:
    """The language codes a row's language cell names (as _record reads them)."""
    return languages_of(_text(cells.get("language")), kit)[0]


# what parts a language cell's names (Tiếng Việt, Kreyòl Ayisyen: a name may hold a space):
# LANGUAGE_LIST's marks, and &, + and / as a list is typed by hand (an organiser's trial:
# `Kiswahili & English` was the unknown language '&', `SW/EN` one language), which no
# language's name or code holds
NAME_LIST = re.compile(r"[,\u060c\u3001\uff0c;\uff1b&+/]+")


def languages_of(text: str, kit: Kit) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The language codes a row's language cell names (`text`: codes, `en, fr`, `en fr`,
    case aside, or the kit's languages by name: `language_codes`), once each, and the names
    of several of the kit's languages it holds, to them (`Português` of pt and pt-BR)."""
    names = language_codes(tuple(kit.languages))
    codes: list[str] = []
    ambiguous: dict[str, tuple[str, ...]] = {}
    for part in NAME_LIST.split(text):
        words = [part] if language_fold(part) in names else LANGUAGE_LIST.split(part)
        for word in filter(None, (w.strip() for w in words)):
            found = names.get(language_fold(word), (regional_code(word, kit),))
            if len(found) > 1:
                ambiguous[word] = found
            else:
                codes.append(found[0])
    return tuple(dict.fromkeys(codes)), ambiguous  # "en, EN": one


def kit_alias(code: str, kit: Kit) -> str | None:
    """The kit's language a sheet's `code` is read as, where the kit has none of its own
    (`model.language.written_as`: `fil`, CLDR's and ISO 639-2's code of Filipino, is the
    kit's `tl`, which CLDR reads as fil; a Manila organiser's sheet wrote fil and every row
    was refused, "unknown language 'fil'"), said once (`alias_note`); None for any other."""
    from ..model.language import written_as

    if not re.fullmatch(r"[A-Za-z]{2,3}", code.strip()):
        return None
    real = {c: lang for c, lang in kit.languages.items() if not lang.pseudo}
    return written_as(code.strip(), real)


def photo_alt_language(code: str, kit: Kit) -> str | None:
    """The kit's language a `photo_alt_<code>` column is for, its `code` as written: the
    language it names, as `title_<code>` would (pt_br: pt-BR; fields.own_language), or the
    one it stands for (fil: tl, `kit_alias`); None for none (de in a kit without German, the
    slip fre), a column the merge does not read."""
    from .fields import own_language

    found = own_language(f"title_{code}", kit)
    return found[1] if found is not None else kit_alias(code, kit)


def aliased(text: str, kit: Kit) -> dict[str, str]:
    """The codes of a row's language cell (`text`) read as another of the kit's
    (`kit_alias`), in lower case, to the kit's code (fil, Fil-PH: fil, tl)."""
    found = {}
    for part in NAME_LIST.split(text):
        for word in filter(None, (w.strip() for w in LANGUAGE_LIST.split(part))):
            base = re.split(r"[-_]", word)[0].lower()
            alias = kit_alias(base, kit)
            if alias is not None:
                found[base] = alias
    return found


def alias_note(written: str, code: str, kit: Kit, where: str) -> tuple[str, str]:
    """The `merge.language-alias` note's message and hint for a language code `written` that
    is read as the kit's `code` (`kit_alias`: fil, tl), `where` it is ("in column Wika (G)",
    "in the header 'Title (FIL)'")."""
    name = kit.languages[code].name
    return (
        f"'{written}' {where} is read as '{code}' ({name}): {written.lower()} is CLDR's and ISO "
        f"639-2's code of the language, which the kit writes {code} (its strings file, "
        f"{code}.yaml)",
        f"write {code} to say it as the kit does; nothing else changes",
    )


# the codes of Babel's English names of languages that name none (undetermined, multiple
# languages, no linguistic content, uncoded): no header is read for them
NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "root"})


def kit_headers(table: Table, kit: Kit) -> Table:
    """`table` with the kit's languages as its headers name them (`Table.language_names`,
    `header_names`); the same table where it has them already."""
    names = header_names(tuple(c for c, lang in kit.languages.items() if not lang.pseudo))
    return table if table.language_names == names else replace(table, language_names=names)


@functools.cache
def header_names(codes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The languages a header names in brackets after a column's name (`Pamagat (Filipino)`,
    `Titre (français)`, `Título (Español)`), as column_key writes them ((filipino)), to the
    code a key ends with (tl; pt_br): each of the kit's languages (`codes`) by its names as a
    language cell reads them (`language_codes`: its own and its English one; not a name of
    two of them, português), then every other language CLDR names in English (Babel's:
    `Title (German)` is de, which the kit lacks: told so, with the fix); and the codes read
    as one of the kit's (`kit_alias`, fil: tl)."""
    from babel import Locale
    from babel.core import get_global

    from ..model.language import written_as

    found = {
        bracketed(str(name)): code.lower()
        for code, name in Locale("en").languages.items()
        if code not in NO_LANGUAGE
    }
    for name, named in language_codes(codes).items():
        if len(named) == 1:
            found[bracketed(name)] = named[0].lower().replace("-", "_")
    aliases = get_global("language_aliases")
    for code in codes:
        alias = str(aliases.get(code.casefold()) or "")
        if alias and written_as(alias, dict.fromkeys(codes)) == code:
            found[alias] = code.lower().replace("-", "_")
    return tuple(sorted(found.items()))


@functools.cache
def own_names() -> dict[str, str]:
    """`_own_names`, kept in the user's cache by the code that makes them (`code_version`,
    Babel's among them) and Python's: about 1.5 s of CLDR's data, read only for a header
    that names in brackets a language that none of the kit's names nor English's are."""
    import sys

    from .. import cache
    from ..pipeline.fingerprint import code_version

    name = cache.key("own-language-names", code_version(), sys.version)
    return cache.pickled(f"own-language-names-{name}", _own_names)


def _own_names() -> dict[str, str]:
    """Every language's own name in the Unicode CLDR (Babel's locales of a language alone:
    Deutsch, de; 日本語, ja), as `bracketed` writes it, to its code (`Titel (Deutsch)`: told
    as the language the kit lacks)."""
    from babel import Locale, UnknownLocaleError, localedata

    found: dict[str, str] = {}
    for code in localedata.locale_identifiers():
        if "_" in code or code in NO_LANGUAGE:
            continue
        try:
            name = Locale.parse(code).get_language_name()
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            found.setdefault(bracketed(name), code.lower())
    return found


def bracketed(name: str) -> str:
    """A language's name in brackets as a header's key writes it, and `header_names` looks it
    up: folded (`language_fold`), its spaces, hyphens and underscores one _ ((tiếng_việt))."""
    return "(" + re.sub(r"[\s_-]+", "_", language_fold(name)) + ")"


def tag_region(text: str) -> str:
    """The country a row's language cell names by its tags' region subtags (ar-MA, en_US,
    pt-BR: MA, US, BR; ISO 3166 as `region_code` reads it), where every tag that has one
    names the same; "" where none does, or they differ (en-GB, fr-CA), or the cell names a
    language by its name. The row's `date_region` where it has none: an Arabic row of
    ar-MA printed Eastern Arabic digits, Morocco's being Western (CLDR), as if for Egypt (a
    Brussels organiser's trial)."""
    found = set()
    for part in NAME_LIST.split(text):
        for word in filter(None, (w.strip() for w in LANGUAGE_LIST.split(part))):
            subtags = re.split(r"[-_]", word)
            if len(subtags) < 2 or not re.fullmatch(r"[A-Za-z]{2,3}", subtags[0]):
                continue
            region = next((t for t in subtags[1:] if re.fullmatch(r"[A-Za-z]{2}", t)), "")
            code = iso_country(region) if region else ""
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else ""


def regional_code(tag: str, kit: Kit) -> str:
    """The kit's code for a language cell's `tag`: the kit's own spelling of it (EN is en),
    else the kit's language CLDR takes it for (`kit_alias`: fil, Filipino, is the kit's tl),
    else, for a tag with a region or a script (th-TH, en_GB, pt-BR, zh-CN: what form builders
    and spreadsheet locales write), the kit's language of that tag's language subtag when
    both are written in the same script, by CLDR's likely subtags through Babel (th-TH and th
    are Thai, zh-CN and the kit's zh Han Simplified; zh-TW is Traditional, sr-Latn Latin:
    those keep their own tag, which the kit does not know, and the row's error names it).
    `tag` itself where neither is found."""
    code = kit.language_code(tag)
    if code in kit.languages:
        return code
    alias = kit_alias(tag, kit)  # fil: the kit's tl
    if alias is not None:
        return alias
    parts = re.split(r"[-_]", tag.strip())
    base = kit_alias(parts[0], kit) or kit.language_code(parts[0])  # fil-PH: tl's
    if len(parts) < 2 or base not in kit.languages or kit.languages[base].pseudo:
        return code
    script = _likely_script(tag)
    return base if script is not None and script == _likely_script(base) else code


@functools.cache
def _likely_script(tag: str) -> str | None:
    """The script `tag` is written in: its own script subtag, else CLDR's likely one for its
    language and region (UTS #35, "Likely Subtags": the language with the region first, then
    the language alone); None for a tag Babel cannot parse."""
    from babel.core import get_global, parse_locale

    try:
        language, region, script, _ = parse_locale(tag.strip().replace("-", "_"))[:4]
    except ValueError:
        return None
    if script:
        return script.title()
    likely = get_global("likely_subtags")
    found = likely.get(f"{language}_{region}") if region else None
    found = found or likely.get(language)
    if not found:
        return None
    subtags = found.split("_")
    return subtags[1] if len(subtags) > 2 else None


def language_fold(name: str) -> str:
    """A language's name as names are matched: case aside, NFC (Tiếng Việt typed with
    combining accents), either Arabic-script keyboard's letters (فارسي, فارسی), spaces at
    its ends aside."""
    text = arabic_script.one_keyboard(unicodedata.normalize("NFC", name.strip()))
    return unicodedata.normalize("NFC", text.casefold())


@functools.cache
def language_codes(codes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`_language_codes`, kept in the user's cache by the codes, the code that makes them
    (`code_version`: this package's source and its libraries' versions, Babel's among them)
    and Python's (its Unicode data folds the names): about 0.14 s of CLDR's data a process,
    once per merge, where a row's cell is read by them."""
    import sys

    from .. import cache
    from ..pipeline.fingerprint import code_version

    name = cache.key("language-names", code_version(), sys.version, *codes)
    return cache.pickled(f"language-names-{name}", lambda: _language_codes(codes))


def _language_codes(codes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The names of the languages `codes` (a kit's) as a language cell may give them, folded
    (`language_fold`), to their codes: each one's own name and its English one, CLDR's
    through Babel (get_language_name, get_display_name: فارسی and Persian, Español and
    Spanish, Kiswahili, ไทย, Tiếng Việt, اردو; English's name of the code as written, Tagalog
    of tl, which CLDR reads as Filipino), the kit's pseudo-locales' none. A name of several
    of them (pt and pt-BR are both português) names them all."""
    from babel import Locale, UnknownLocaleError

    english = Locale("en")
    found: dict[str, list[str]] = {}
    for code in codes:
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue  # ar-XB, en-XA: a pseudo-locale of the kit's own
        names = {
            locale.get_language_name(),
            locale.get_display_name(),
            locale.get_language_name("en"),
            locale.get_display_name("en"),
            english.languages.get(code.split("-")[0]),
        }
        for name in names:
            if name and language_fold(name) != code.casefold():
                found.setdefault(language_fold(name), []).append(code)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in found.items()}


# What parts a row's language codes: commas (the Arabic comma ، and the ideographic 、 and
# ，, as an Arabic or Chinese keyboard types them: `ar، ur` was read as the code "ar،"),
# semicolons (`en;fr`, a spreadsheet's list separator in many countries), spaces, and &, +
# and / (`sw & en`, `SW/EN`)
LANGUAGE_LIST = re.compile(r"[,\u060c\u3001\uff0c;\uff1b\s&+/]+")


def _region(cell: Cell | None, table: Table, errs: Collector, languages: Iterable[str] = ()) -> str:
    """A row's `date_region` cell: a country's code (ISO 3166-1 alpha-2, as CLDR knows it: US,
    CA; UK for GB), upper case; "" when empty. Anything else (Europe) is a `merge.region`
    warning at the cell, and the row's dates are written as its languages' own: the column
    is named for what it does, as a sheet's own `Region` column holds other things. A
    country's name (Peru, or Perú in the row's `languages`) is told its code in the hint."""
    text = _text(cell).strip() if cell is not None else ""
    if not text or cell is None:
        return ""
    code = region_code(cell)
    if code:
        return code
    named = country_code(text, languages)
    errs.warn(
        "merge.region",
        f"{cell.where}: '{text}' is not a country's code: the row's dates and times are "
        "written as its languages' own",
        table.mark(cell),
        f"write {named[0]}, the code of {named[1]} (ISO 3166), or leave it empty"
        if named
        else "write the country's two-letter code (ISO 3166: US, CA, GB), or leave it empty",
    )
    return ""


def region_code(cell: Cell | None) -> str:
    """A `date_region` cell's country code, as `_region` reads it (US; UK as GB), without a
    word: "" for an empty cell or anything else (which `_region` names)."""
    return iso_country(_text(cell) if cell is not None else "")


def country_code(name: str, languages: Iterable[str] = ()) -> tuple[str, str] | None:
    """(ISO 3166 code, English name) of the country CLDR names `name` in English or in one of
    `languages` (case and accents aside: Peru, perú, Pérou), or None."""
    wanted = _folded(name)
    for code in ("en", *languages):
        found = _country_names(code).get(wanted)
        if found is not None:
            return found, _country_names_en()[found]
    return None


@functools.cache
def _country_names_en() -> dict[str, str]:
    from babel import Locale

    return {c: n for c, n in Locale("en").territories.items() if _a_country(c)}


def _a_country(code: str) -> bool:
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    """CLDR's names of the countries in `language`, folded (_folded), to their codes; {} for
    a language CLDR does not name them in."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {_folded(n): c for c, n in names.items() if _a_country(c)}


def office_region(table: Table, kit: Kit, office_id: str | None, errs: Collector) -> Table:
    """`table` with its rows' default date_region (`Table.region`) the country of the office
    the merge is made for (`merge --office ID`, its file's `country:`, ISO 3166-1 alpha-2 as
    `iso_country` reads it; an office that extends another takes the other's): a US
    office's sheet without a date_region column was printed "30 July 2027, 18:30–20:00"
    on Letter flyers, its (202) 555-0123 neither checked nor linked. Said once, by a
    `merge.region` note at the office's `country:` (its file's line: where it came from).
    `table` as it is without an office, or for one without a country (an office's
    `country:` that is no country's code is `office.country`'s error)."""
    office = kit.offices.get(office_id or "")
    code = iso_country(office.country or "") if office is not None else ""
    if office is None or not code:
        return table
    from .phone_numbers import _country_name

    name = _country_name(code)  # the United States
    errs.note(
        "merge.region",
        f"rows without a date_region of their own are read and written as in {name} "
        f"({code}), the country of office '{office.id}': their dates, times and phone "
        "numbers (national numbers are judged as that country's and dialled as from abroad)",
        office.country_mark or office.mark,
        f"a row's own date_region cell wins (write {code} or another country's code in it), "
        "and so does its language tag's region (ar-MA: MA) where it has none",
    )
    return replace(table, region=code)


def language_codes_hint(texts: Iterable[str], kit: Kit) -> str:
    """How to add a sheet's missing language column, its rows' `texts` read: the kit's
    language codes, first those written in the scripts of the texts' letters, the most
    frequent first (Latin: en, es, fr, ...; Arabic: ar, fa, ur), as far as their letters
    tell (a trial's Google Form without a language column was told the required columns
    alone)."""
    from ..text.scripts import char_script, script_of

    real = [c for c, lang in kit.languages.items() if not lang.pseudo]
    counts: dict[str, int] = {}
    for text in texts:
        for char in text:
            script = char_script(char) if char.isalpha() else None
            if script is not None:
                counts[script] = counts.get(script, 0) + 1
    guesses = []
    for script in sorted(counts, key=lambda s: -counts[s]):
        codes = [c for c in real if _written_in(script_of(c), script)]
        if codes:
            guesses.append(f"{_script_name(script)} ({', '.join(codes)} among the kit's)")
    said = f"; its rows' letters are {' and '.join(guesses)}" if guesses else ""
    return (
        "add a column language with each row's language code (several, comma-separated: a "
        f"flyer in each){said}; the kit's languages: {', '.join(real)}"
    )


def _written_in(language_script: str, script: str) -> bool:
    """Whether a language written in ISO 15924 `language_script` (Hans, Jpan) is written with
    the letters of `script` (Hani, Hira)."""
    from ..text.scripts import WRITTEN_WITH

    return script in WRITTEN_WITH.get(language_script, frozenset({language_script}))


def _script_name(script: str) -> str:
    """An ISO 15924 code's English name (CLDR, through Babel: Arab is Arabic), else the
    code."""
    from babel import Locale

    return str(Locale("en").scripts.get(script, script))
