"""Countries by their ISO 3166-1 alpha-2 codes, as CLDR's territories know them (through
Babel, imported at the first code read): an office's `country:` and a merged row's
`date_region`. Light to import: the kit's checks of offices read it."""

from __future__ import annotations

import functools

# CLDR's two-letter codes that name no country (the European Union, the eurozone, the
# United Nations, outlying Oceania, unknown): no locale writes dates "as there"
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
# ISO 3166's exceptional reservation: UK is written for GB (the United Kingdom)
COUNTRY_ALIASES = {"UK": "GB"}


def iso_country(text: str | None) -> str:
    """A country's ISO 3166-1 alpha-2 code as `_region_code` reads it (KE, ke; UK as GB), or
    "" for none or anything else: an office's `country:`, a merged row's `date_region`."""
    return _region_code((text or "").strip())


@functools.lru_cache(maxsize=256)
def _region_code(text: str) -> str:
    """`iso_country` of a text, kept: merge.record asks for a row's `date_region` up to four
    times (its phone numbers' country, twice, a date that reads both ways, its region), and
    a sheet's rows repeat a few."""
    from babel import Locale

    code = COUNTRY_ALIASES.get(text.upper(), text.upper())
    if len(code) == 2 and code in Locale("en").territories and code not in NOT_COUNTRIES:
        return code
    return ""


__all__ = ["COUNTRY_ALIASES", "NOT_COUNTRIES", "iso_country"]
