"""Facts of the Unicode CLDR that every build asks Babel for, kept between processes.

Babel answers one parentLocales exception or one likely subtag by loading the whole of its
global data (`global.dat`, 0.47 MB: 8 ms here), and one list pattern by loading a locale's
whole data merged with its parents' (4 to 20 ms a locale). A build's worker asked for a few
of each: its titles' list separators (`langnames.list_separator`), its languages' CLDR
parents (`model.language.cldr_parent`), likely scripts and whether CLDR has a locale of a
language in its script (`text.scripts`). That was about
45 ms of each worker's first documents, where a worker draws the 18 reference pages' share
in about 450 ms (bench/README.md, sixty-fourth session).

The answers (a few hundred bytes) are kept in the user's cache (`cache.record`), read once
per process, and named by the stat signature of Babel's `global.dat` (its size and mtime): a
Babel installed again or upgraded, whose data may differ, is asked again. Where the cache is
off, cannot be read or cannot be written, Babel is asked, once per process. Workers that
learn the same answer at once may each write the record: the last one is kept, and what it
lacks is asked again by a later process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from importlib.util import find_spec

from . import cache

# a value that stands for "none" in the record (a dict of strings): a locale Babel does not
# know, whose list pattern is None
NONE = "\0"

_known: dict[str, dict[str, str]] = {}  # record name -> its answers, as read or made here


def likely_subtags(lang: str) -> str:
    """CLDR's likely subtags of language `lang` ("ur_Arab_PK"), "" where it has none
    (Babel's `get_global("likely_subtags")`)."""
    return _remembered("likely", lang, lambda: _global("likely_subtags", lang))


def parent_exception(locale: str) -> str:
    """CLDR's parentLocales exception of `locale`, in Babel's form ("es_MX" -> "es_419"),
    "" where it has none (Babel's `get_global("parent_exceptions")`)."""
    return _remembered("parent", locale, lambda: _global("parent_exceptions", locale))


def list_middle(locale: str) -> str | None:
    """The standard list pattern's middle of `locale` ("{0}, {1}"; Babel's
    `Locale.parse(locale).list_patterns["standard"]["middle"]`), None where Babel does not
    know the locale, cannot parse its name or has no such pattern."""
    found = _remembered("list", locale, lambda: _list_middle(locale))
    return None if found == NONE else found


def has_locale(name: str) -> bool:
    """Whether Babel has the data of locale `name` ("zh_Hans"; Babel's
    `localedata.locale_identifiers()`, which lists its data folder)."""
    return _remembered("locale", name, lambda: _has_locale(name)) == "1"


def _has_locale(name: str) -> str:
    from babel.localedata import locale_identifiers

    return "1" if name in set(locale_identifiers()) else "0"


def _global(table: str, key: str) -> str:
    from babel.core import get_global

    found = get_global(table).get(key)  # type: ignore[arg-type]
    return str(found) if found else ""


def _list_middle(locale: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(locale).list_patterns["standard"]["middle"])
    except (UnknownLocaleError, ValueError, KeyError):
        return NONE


def _remembered(kind: str, key: str, make: Callable[[], str]) -> str:
    name = _record_name()
    known = _known.get(name)
    if known is None:
        known = _known[name] = dict(cache.record(name)) if name else {}
    entry = f"{kind}:{key}"
    found = known.get(entry)
    if found is None:
        found = known[entry] = make()
        if name:  # with what another process wrote since this one read the record
            cache.save_record(name, {**cache.record(name), **known})
    return found


def _record_name() -> str:
    """The cache record's name for the Babel installed, "" where its data file cannot be
    found (the answers are then kept in this process only)."""
    return _data_version(cache.folder() is not None)


@lru_cache(maxsize=2)
def _data_version(cached: bool) -> str:
    if not cached:
        return ""
    spec = find_spec("babel")
    if spec is None or spec.origin is None:
        return ""
    try:
        st = os.stat(os.path.join(os.path.dirname(spec.origin), "global.dat"))
    except OSError:
        return ""
    return "cldr-" + cache.key(str(st.st_size), str(st.st_mtime_ns), spec.origin)
