"""campaign.cldr: the CLDR facts a build asks Babel for are Babel's own answers, kept in the
user's cache, so that a later process answers them without loading Babel's data."""

from __future__ import annotations

from pathlib import Path

import babel
import babel.core
import babel.localedata
import pytest
from babel import Locale

from campaign import cldr
from campaign.langnames import list_separator
from campaign.model.language import cldr_parent

# the default kit's languages, and codes whose answers are exceptions or none
CODES = ("en", "fr", "es", "ar", "zh", "ja", "am", "my", "fa", "th", "ur", "dv", "ti", "sw")
LOCALES = (*CODES, "es_MX", "pt_AO", "en_GB", "zh_Hant_TW", "sr_Latn", "qaa", "xx_YY")


@pytest.fixture
def fresh(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache and a process that has asked nothing yet."""
    monkeypatch.setattr(cldr, "_known", {})
    cldr._data_version.cache_clear()
    list_separator.cache_clear()
    return own_cache


def _babel_list(locale: str) -> str | None:
    try:
        return str(Locale.parse(locale).list_patterns["standard"]["middle"])
    except (babel.UnknownLocaleError, ValueError, KeyError):
        return None


def test_the_answers_are_babels(fresh: Path) -> None:
    for locale in LOCALES:
        lang = locale.split("_")[0]
        assert cldr.likely_subtags(lang) == str(
            babel.core.get_global("likely_subtags").get(lang, "")
        )
        assert cldr.parent_exception(locale) == str(
            babel.core.get_global("parent_exceptions").get(locale) or ""
        )
        assert cldr.list_middle(locale) == _babel_list(locale)
        assert cldr.has_locale(locale) is (locale in babel.localedata.locale_identifiers())
    assert cldr.has_locale("zh_Hans")
    assert not cldr.has_locale("en_Latn")
    assert cldr.parent_exception("es_MX") == "es_419"
    assert cldr.likely_subtags("ur") == "ur_Arab_PK"
    assert cldr.list_middle("ja") == "{0}、{1}"
    assert cldr.list_middle("qaa") is None  # a private-use code: no locale


def _no_babel(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("Babel's data was loaded")

    monkeypatch.setattr(babel.core, "get_global", refused)
    monkeypatch.setattr(Locale, "parse", refused)
    monkeypatch.setattr(babel.localedata, "locale_identifiers", refused)


def test_a_later_process_answers_from_the_cache(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = {
        c: (cldr.list_middle(c), cldr.parent_exception(c), cldr.has_locale(c)) for c in LOCALES
    }
    separators = {c: list_separator(c) for c in CODES}
    parents = {c: cldr_parent(c) for c in ("es-MX", "pt-AO", "zh-Hant", "ur-Aran", "sr-Latn")}
    assert [p.name for p in fresh.glob("cldr-*.pickle")] != []
    # a new process: nothing known but the cache; Babel's data is never loaded
    monkeypatch.setattr(cldr, "_known", {})
    list_separator.cache_clear()
    _no_babel(monkeypatch)
    again = {
        c: (cldr.list_middle(c), cldr.parent_exception(c), cldr.has_locale(c)) for c in LOCALES
    }
    assert again == asked
    assert {c: list_separator(c) for c in CODES} == separators
    assert separators["en"] == ", "
    assert separators["ja"] == "、"
    assert {c: cldr_parent(c) for c in parents} == parents
    assert parents == {
        "es-MX": "es-419",
        "pt-AO": "pt-PT",
        "zh-Hant": None,
        "ur-Aran": "ur",
        "sr-Latn": None,
    }


def test_another_babel_data_asks_again(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record is named by Babel's global.dat as installed: another Babel's (an
    upgrade: another size or mtime) is not read."""
    assert cldr.list_middle("fr") == "{0}, {1}"
    monkeypatch.setattr(cldr, "_known", {})
    monkeypatch.setattr(cldr, "_data_version", lambda cached: "cldr-another" if cached else "")
    _no_babel(monkeypatch)
    with pytest.raises(AssertionError, match="Babel's data was loaded"):
        cldr.list_middle("fr")


def test_with_the_cache_off_babel_is_asked_once_per_process(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", "off")
    calls: list[str] = []
    parse = Locale.parse

    def counted(identifier: object, *args: object, **kwargs: object) -> Locale:
        calls.append(str(identifier))
        return parse(identifier, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Locale, "parse", counted)
    assert cldr.list_middle("de") == "{0}, {1}"
    assert cldr.list_middle("de") == "{0}, {1}"
    assert calls == ["de"]
    assert not list(fresh.glob("cldr-*"))  # nothing written


def test_a_damaged_record_is_asked_again(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cldr.list_middle("am") == "{0}፣ {1}"
    (record,) = fresh.glob("cldr-*.pickle")
    record.write_bytes(b"not a pickle")
    monkeypatch.setattr(cldr, "_known", {})
    assert cldr.list_middle("am") == "{0}፣ {1}"
    assert cldr.list_middle("th") == _babel_list("th")
