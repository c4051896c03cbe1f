"""A phone number typed as a number in a contact cell, read by the row's country
(`lost_digits`): where every phone number of its length is written with a leading 0, or
with a + before the country's code, the number printed as the cell holds it is wrong.
"""

from __future__ import annotations

from typing import NamedTuple


class Plan(NamedTuple):
    """A country's numbering plan as far as a number without its 0 or + tells: its calling
    code, the lengths of its fixed-line and mobile national numbers (without the 0), and
    the first digits of its other numbers of those lengths, written without a 0."""

    code: str
    lengths: frozenset[int]
    unzeroed: tuple[str, ...] = ()


# The countries (ISO 3166 codes) where each fixed-line and mobile number is written in the
# country with the trunk prefix 0 before its national number (the numbers of `lengths`
# digits), from libphonenumber's metadata (Google, via python-phonenumbers 8.13.48,
# phonenumbers/data/region_XX.py: national_prefix '0', fixed_line's and mobile's
# possible_length, and every such number's national format beginning with the 0, checked
# on 20,000 numbers of each length in each country), the kit's languages' likely countries
# among them (CLDR's likely subtags: th's TH, fr's FR, uk's UA). Such a number typed as a
# number has lost its 0, or the + of its international form. `unzeroed`: the first digits
# of that country's other numbers of those lengths (Indonesia's 1500 numbers, India's 140,
# Viet Nam's 1800 and 1900), which no 0 precedes: a number beginning so may be right. Not
# here: the United States and Canada (prefix 1), Russia (8) and Spain (none), where a
# national number is written without a 0, and Brazil, China, Georgia, Nepal, Pakistan and
# Somalia, whose mobile or fixed numbers may be written without one.
TRUNK_ZERO: dict[str, Plan] = {
    "BD": Plan("880", frozenset({6, 7, 8, 9, 10})),
    "EG": Plan("20", frozenset({8, 9, 10})),
    "ET": Plan("251", frozenset({9})),
    "FR": Plan("33", frozenset({9})),
    "ID": Plan("62", frozenset({7, 8, 9, 10, 11, 12}), ("1",)),
    "IN": Plan("91", frozenset({10}), ("1",)),
    "IR": Plan("98", frozenset({6, 7, 10})),
    "KH": Plan("855", frozenset({8, 9})),
    "LA": Plan("856", frozenset({8, 10})),
    "MM": Plan("95", frozenset({6, 7, 8, 9, 10})),
    "PH": Plan("63", frozenset({6, 8, 9, 10})),
    "TH": Plan("66", frozenset({8, 9})),
    "TR": Plan("90", frozenset({10})),
    "TZ": Plan("255", frozenset({9})),
    "UA": Plan("380", frozenset({9})),
    "VN": Plan("84", frozenset({9, 10}), ("1",)),
}


def _written(digits: str, plan: Plan) -> frozenset[str]:
    """How `digits` (a number's, typed as a number) is written in a country of `plan`: with
    its 0 (a national number of its lengths), with its + (its calling code and such a
    number), or either; empty where it may be right as it is (another length, or a number
    written without a 0)."""
    forms = set()
    national = digits[len(plan.code) :] if digits.startswith(plan.code) else ""
    if national and len(national) in plan.lengths and not national.startswith(plan.unzeroed):
        forms.add("+" + digits)
    if len(digits) in plan.lengths and not digits.startswith(plan.unzeroed):
        forms.add("0" + digits)
    return frozenset(forms)


def lost_digits(number: int, countries: tuple[str, ...]) -> tuple[str, ...]:
    """How a phone number typed as a number in a contact cell, its row of `countries` (its
    `date_region`, else its languages' likely countries), is written: 0812345678 for
    812345678 in Thailand, +66812345678 for 66812345678 (sorted); () where a country is not
    in TRUNK_ZERO or the number may be right in one of them (a US number, 2125550100, is
    written so), or there is no country."""
    digits = str(abs(number))
    found: set[str] = set()
    for country in countries:
        plan = TRUNK_ZERO.get(country)
        forms = _written(digits, plan) if plan is not None else frozenset()
        if not forms:
            return ()
        found |= forms
    return tuple(sorted(found))


def likely_countries(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The likely country of each language of `codes` (CLDR's likely subtags, through Babel:
    th is th_Thai_TH), once each; () when one has none."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    found: list[str] = []
    for code in codes:
        parts = code.replace("-", "_").split("_")
        tag = str(likely.get(parts[0], ""))
        country = tag.split("_")[-1] if tag.count("_") == 2 else ""
        if len(parts) > 1 and len(parts[-1]) == 2:  # pt-BR: its own
            country = parts[-1].upper()
        if not country:
            return ()
        if country not in found:
            found.append(country)
    return tuple(found)


class PhoneCheck(NamedTuple):
    """What `check_phone` finds of a phone number as typed: the tel: address from which a
    phone dials a national number of the row's country from anywhere (`international`,
    RFC 3966: tel:+33-1-43-29-44-40; None for an international number, which `iri.dialable`
    writes, and where it cannot be told), and a problem with its fix (None for none)."""

    international: str | None
    problem: tuple[str, str] | None


# The hint for a national number where the row names no country (its `date_region`)
NATIONAL_FIX = (
    "write it as a call from abroad dials it: + and the country code, then the number "
    "(+CC NNN NNNN; the trunk 0 dropped where the country drops it); or give the row its "
    "country in a date_region column (FR, GB), by which the number is checked"
)


def check_phone(typed: str, country: str) -> PhoneCheck | None:
    """A phone number as an organiser typed it in a contact or link cell (`typed`: + and the
    country code, or national with its trunk 0; a `tel:` before it aside), read by
    libphonenumber's metadata (Google's, through the `phonenumbers` package, imported here
    only): an international number whose length is not one of its country's, or which is
    no number of the country's plan; a national number (its 0 first) of the row's
    `country` (an ISO 3166 code, its `date_region`; "" for none) likewise, else its
    international form (01 43 29 44 40 of FR: tel:+33-1-43-29-44-40); and where no country
    is known, that it dials only inside its country (NATIONAL_FIX). None for anything else
    (a short number, 116000; words; +00, the project's samples, which no parser reads)."""
    from ..iri import PHONE, without_trunk_prefix

    text = typed.strip()
    text = text[4:].strip() if text[:4].lower() == "tel:" else text
    if not PHONE.fullmatch(text):
        return None
    text = without_trunk_prefix(text)
    national = not text.lstrip("(").startswith("+")
    if national and not country:
        return PhoneCheck(
            None,
            (
                f"'{typed.strip()}' is a national number: its link dials it only inside "
                "its country (no country code)",
                NATIONAL_FIX,
            ),
        )
    import phonenumbers

    try:
        number = phonenumbers.parse(text, country if national else None)
    except phonenumbers.NumberParseException:
        return None
    code = number.country_code or 0
    region = country if national else phonenumbers.region_code_for_country_code(code)
    if region == phonenumbers.UNKNOWN_REGION:  # no country's code: not told here
        return None
    name = _country_name(region)
    digits = str(number.national_number)
    lengths = _lengths(region)
    said = f"after {'its 0' if national else f'+{number.country_code}'}"
    if lengths and len(digits) not in lengths:
        return PhoneCheck(
            None,
            (
                f"'{typed.strip()}' has {len(digits)} digits {said}, and a number in {name} "
                f"has {_listed_lengths(lengths)}",
                _digits_fix(),
            ),
        )
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(
            None,
            (
                f"'{typed.strip()}' is no number of {name}'s numbering plan (its first "
                "digits begin none)",
                _digits_fix(),
            ),
        )
    if not national:
        return PhoneCheck(None, None)
    return PhoneCheck(
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966), None
    )


def _digits_fix() -> str:
    return "check its digits: one missing, or one too many?"


def _listed_lengths(lengths: tuple[int, ...]) -> str:
    said = [str(n) for n in lengths]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} or {said[-1]}"


def _lengths(region: str) -> tuple[int, ...]:
    """The lengths of `region`'s national numbers (without the trunk 0), libphonenumber's
    general description's possible lengths; () when it gives none."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return ()
    return tuple(sorted(meta.general_desc.possible_length or ()))


def _country_name(region: str) -> str:
    """`region`'s English name (CLDR's, through Babel), else its code."""
    from babel import Locale

    return str(Locale("en").territories.get(region, region))
