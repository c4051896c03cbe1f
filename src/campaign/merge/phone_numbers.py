"""A phone number typed as a number in a contact cell, read by the row's country
(`lost_digits`): where every phone number of its length is written with a leading 0, or
with a + before the country's code, the number printed as the cell holds it is wrong.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, NamedTuple

from ..iri import phone_digits


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
# among them (CLDR's likely subtags: th's TH, fr's FR, uk's UA), and Kenya, Swahili's other
# country (CLDR's sw_KE; an organiser's trial in Nairobi typed 711222333 for 0711 222 333,
# and it printed so: 17,994 of its fixed-line and mobile numbers checked as above, all
# written with the 0, none of those lengths without). Such a number typed as a
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
    "KE": Plan("254", frozenset({7, 8, 9})),
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


def lost_digits(number: int, country: str) -> tuple[str, ...]:
    """How a phone number typed as a number in a contact cell, its row of `country` (its
    `date_region`, else its language's country: `language_country`), is written: 0812345678
    for 812345678 in Thailand, +66812345678 for 66812345678 (sorted); () where the country
    is not in TRUNK_ZERO or the number may be right there (a US number, 2125550100, is
    written so), or there is no country ("")."""
    plan = TRUNK_ZERO.get(country)
    return tuple(sorted(_written(str(abs(number)), plan))) if plan is not None else ()


def language_country(codes: tuple[str, ...]) -> str:
    """The country a row's languages (`codes`, the kit's) tell its phone numbers are of, where
    the row names none (no date_region, no office's `country:`): a code's own region (pt-BR:
    BR), else the country of a language of one country, CLDR's likely one (likely subtags,
    through Babel: th is th_Thai_TH) where CLDR's territory data gives the language an
    official status (official, de facto or regional) there and nowhere else
    (`_one_country`: th TH, am ET, km KH, lo LA, my MM, ka GE, vi VN; not en, fr, es, ar, pt,
    ru, sw, fa, bn or ur, spoken in several countries of several numbering plans: a French
    row in Dakar is no row of France). "" unless every language of `codes` tells the same
    one."""
    found = {_code_country(code) for code in codes}
    return found.pop() if len(found) == 1 else ""


@cache
def _code_country(code: str) -> str:
    """The country of one language code (`language_country`), "" for none."""
    from babel.core import get_global

    parts = code.replace("-", "_").split("_")
    if len(parts) > 1 and len(parts[-1]) == 2 and parts[-1].isalpha():  # pt-BR: its own
        return parts[-1].upper()
    base = str(get_global("language_aliases").get(parts[0].lower(), parts[0].lower()))
    tag = str(get_global("likely_subtags").get(base, ""))
    likely = tag.split("_")[-1] if tag.count("_") == 2 else ""
    return likely if likely and _one_country(base) == likely else ""


@cache
def _one_country(language: str) -> str:
    """The one country CLDR's territory data (Babel's `territory_languages`) gives `language`
    (a base code: th; its scripts' entries, zh_Hant, counted as its own) an official status
    in, official, de facto or regional; "" for none or several."""
    from babel.core import get_global

    found = {
        territory
        for territory, spoken in get_global("territory_languages").items()
        for tag, info in spoken.items()
        if tag.split("_")[0] == language and info.get("official_status")
    }
    return found.pop() if len(found) == 1 else ""


class PhoneCountry(NamedTuple):
    """The country a merged row's phone numbers are read by (`merge.record._phone_country`):
    an ISO 3166 code ("" for none), and whether it was guessed from the row's language
    (`language_country`), not named by its date_region or the office's `country:`, which
    each problem of its numbers says, with how to name another (GUESSED_HINT)."""

    code: str = ""
    guessed: bool = False

    def whose(self) -> str:
        """What a message says after the country's code: that it is the row's language's."""
        return ", the row's language's country" if self.guessed else ""

    def read_as(self) -> str:
        """What a number's problem is followed by: the country it was read as of, guessed."""
        return f" (read as a number of {self.code}{self.whose()})" if self.guessed else ""

    def hints(self) -> tuple[str, ...]:
        return (GUESSED_HINT,) if self.guessed else ()


# The hint of a problem of a phone number read as one of the row's language's country
GUESSED_HINT = (
    "a row in another country: give the row a date_region column to say otherwise (its "
    "country's code, ISO 3166: GB, US), or merge for an office whose file names its country "
    "(--office ID, its `country:`)"
)


class PhoneCheck(NamedTuple):
    """What `check_phone` finds of a phone number as typed: the tel: address from which a
    phone dials a national number of the row's country from anywhere (`international`,
    RFC 3966: tel:+33-1-43-29-44-40; None for an international number, which `iri.dialable`
    writes, and where it cannot be told), and a problem with its fix (None for none)."""

    international: str | None
    problem: tuple[str, str] | None
    # the tel: address that dials a national number of no known country as typed (inside
    # its country): one without a trunk 0, (202) 456-1111, tel:202-456-1111, which the
    # digital PDF's link opens over it (`Layer.dials`); one with its 0 it links by itself
    # (`iri.printed_target`: tel:0812345678). None for any other.
    national: str | None = None


# The hint for a national number where the row names no country (its `date_region`)
NATIONAL_FIX = (
    "write it as a call from abroad dials it: + and the country code, then the number "
    "(+CC NNN NNNN; the trunk 0 dropped where the country drops it); or give the row its "
    "country in a date_region column (FR, GB), by which the number is checked; or merge "
    "for an office whose file names its country (--office ID, its `country:`)"
)


# The hint for a national number of an office's helpline where its file names no country
OFFICE_NATIONAL_FIX = (
    "write it as a call from abroad dials it: + and the country code, then the number "
    "(+CC NNN NNNN; the trunk 0 dropped where the country drops it); or give the office its "
    "country in its file (`country:`, ISO 3166: FR, GB), by which the number is checked and "
    "dialled as from abroad"
)


def unknown_country(typed: str, names: str = "the row names") -> str:
    """The `merge.phone` warning of a national number on a row of no known country, whatever
    its trunk prefix (0812345678, (202) 456-1111, 202 456 1111: one kind of number, one
    warning); `names`: who names none (an office's helpline: "the office names",
    `office.phone`)."""
    return (
        f"'{typed}' is a national number, of no country {names}: it is not checked (a "
        "number kept for fiction, a wrong length), and its link dials it only inside its "
        "country (no country code)"
    )


def with_country_code(typed: str) -> bool:
    """Whether a phone number as typed (a `tel:` before it aside) is written with its country
    code after a + (+66 2 555 0111, (+66) ...), which no row's country reads: `check_phone`
    reads any other by the row's."""
    text = typed.strip()
    text = text[4:].strip() if text[:4].lower() == "tel:" else text
    return text.lstrip("(").startswith("+")


def check_phone(typed: str, country: str, alone: bool = False) -> PhoneCheck | None:
    """A phone number as an organiser typed it in a contact or link cell (`typed`: + and the
    country code, or national with its trunk 0, or with the trunk prefix of the row's
    `country`, `trunk_prefix`: 8 (495) 123-45-67 of RU; a `tel:` before it aside), read by
    libphonenumber's metadata (Google's, through the `phonenumbers` package, imported here
    only): an international number whose length is not one of its country's, or which is
    no number of the country's plan (`_no_number`); a national number of the row's
    `country` (an ISO 3166 code, its `date_region`; "" for none) likewise, else its
    international form (01 43 29 44 40 of FR: tel:+33-1-43-29-44-40); and where no country
    is known, that it dials only inside its country (NATIONAL_FIX), and of one without a
    trunk prefix written as a phone number is ((202) 555-0123, 202-555-0123: `phone_shaped`)
    that it is not checked either. None for anything else
    (a short number, 116000; words; +00, the project's samples, which no parser reads; a
    number without its + (`_without_plus`: told only where it is `alone`, the whole value); a
    number without + or 0 that the row's country, or not its trunk prefix, tells no phone's; a
    date, a time or a range of them or of years, `iri.is_not_number`: 07.30.2026, whose 0
    is no trunk prefix, unless `tel:` says it is a number)."""
    from ..iri import PHONE, dialable, is_not_number, without_trunk_prefix

    text = typed.strip()
    if text[:4].lower() == "tel:":
        text = text[4:].strip()
    elif is_not_number(text):
        return None
    prefix = trunk_prefix(text, country)
    if not (PHONE.fullmatch(text) or prefix):
        if not country and written_as_phone(text, alone):  # (202) 555-0123, of no country
            # as iri.printed_target writes a national number's: brackets and dots as spaces
            dialled = dialable("tel:" + re.sub(r"[().]", " ", text).strip())
            return PhoneCheck(
                None,
                (unknown_country(typed.strip()), NATIONAL_FIX),
                dialled if " " not in dialled else None,
            )
        return _without_prefix(text, country, alone)
    text = without_trunk_prefix(text)
    national = not with_country_code(text)
    if national and not country:
        return PhoneCheck(None, (unknown_country(typed.strip()), NATIONAL_FIX))
    import phonenumbers

    try:
        number = phonenumbers.parse(text, country if national else None)
    except phonenumbers.NumberParseException:
        return None
    code = number.country_code or 0
    region = country if national else phonenumbers.region_code_for_country_code(code)
    if region == phonenumbers.UNKNOWN_REGION:  # no country's code: not told here
        return None
    significant = phonenumbers.national_significant_number(number)  # Italy's 0 too
    # the digits after the trunk prefix as typed (libphonenumber keeps an 8 before a number
    # of Russia's too few digits, which it then counts as the number's)
    digits = phone_digits(text)[len(prefix) :] if prefix else significant
    lengths = _lengths(region)
    # a national number without a trunk prefix (Italy's 06 ...: its 0 is the number's)
    said = f" after its {prefix}" if prefix else "" if national else f" after +{code}"
    if lengths and len(digits) not in lengths:
        return PhoneCheck(
            None,
            (
                f"'{typed.strip()}' has {len(digits)} digits{said}, and a number in "
                f"{_country_name(region)} "
                f"has {_listed_lengths(lengths)}",
                _digits_fix(),
            ),
        )
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(None, _no_number(typed.strip(), text, number, region, national))
    if not national:
        return PhoneCheck(None, None)
    return PhoneCheck(
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966), None
    )


def national_forms(dialled: str) -> frozenset[str]:
    """How the number `dialled` (+, its country code and its national significant number,
    digits only) is written in its country: its national significant number after the trunk
    prefix of each country of its code (libphonenumber's metadata, its national_prefix: 0
    of France, 06 of Hungary, 8 of Russia and Kazakhstan, 1 of the North American plan's
    countries), or without one where the country has none (Italy: 06 ... is the number's
    own 0) or may leave it out (the North American plan's: (202) 456-1111). Only that
    country's prefix: France's 1 43 29 44 40 was read as
    the North American 1 before 43 29 44 40 and printed, without France's 0, under a QR
    code dialling +33-1-43-29-44-40 (`merge.values._printed_link`). Empty for what
    libphonenumber reads as no number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(dialled)
    except phonenumbers.NumberParseException:
        return frozenset()
    significant = phonenumbers.national_significant_number(parsed)
    forms = set()
    for region in phonenumbers.region_codes_for_country_code(parsed.country_code or 0):
        prefix = _national_prefix(region) or ""
        forms.add(prefix + significant)
        if prefix in ("", "1"):  # none, or the North American plan's optional 1
            forms.add(significant)
    return frozenset(forms)


def _without_prefix(text: str, country: str, alone: bool = False) -> PhoneCheck | None:
    """A national number of `country` written without a trunk prefix, as a country that has
    none writes it (Spain's 912 34 56 78), or without its optional one (the North American
    (202) 456-1111), read by libphonenumber: its international form where it is a valid
    number of the country (tel:+34-912-34-56-78), else None; None too in a country with
    another trunk prefix (DE's 0: 3012 2026 has a German number's shape, 3012 of Berlin
    after its 0). Never a warning: a run of digits without + or 0 may be a count or a
    reference as well as a number; a date, a time or a range of them (`iri.not_numbers`)
    is never read (`check_phone`, `numbers_in`)."""
    if not country or not NATIONAL.fullmatch(text):
        return None
    if _national_prefix(country) not in ("", "1"):
        # a country with a trunk prefix writes its national numbers with it: without, a
        # run of digits is a local number or none (30.07.2026 is a German number's shape)
        return _without_plus(text, country) if alone else None
    import phonenumbers

    try:
        number = phonenumbers.parse(text, country, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None
    # 34912345678 of ES: libphonenumber reads the country code without its + (and dials it)
    without = phonenumbers.CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN
    if not phonenumbers.is_valid_number_for_region(number, country):
        return _without_plus(text, country) if alone else None
    if number.country_code_source == without and alone:
        return _without_plus(text, country)
    return PhoneCheck(
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966), None
    )


def _without_plus(text: str, country: str) -> PhoneCheck | None:
    """A number of `country` written in its international form without the + (254711222333
    of KE: +254 711 222333), which no phone dials as written (an organiser's trial: neither
    a link nor a word): its tel: address, and a warning with the two ways to write it. None
    unless the digits begin with the country's calling code and, after it, are a valid
    number of the country (libphonenumber's metadata). Asked only of a number that is a
    whole cell's or field's value (`check_phone`'s `alone`): in running text, a reference
    or a count begins with a calling code as often ("Case 4930123456" is a valid Berlin
    number after 49, as most runs of 8 to 12 digits after 49 are: a review's)."""
    import phonenumbers

    digits = phone_digits(text)
    code = str(phonenumbers.country_code_for_region(country) or "")
    if not code or not digits.startswith(code) or len(digits) <= len(code):
        return None
    try:
        number = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number_for_region(number, country):
        return None
    form = phonenumbers.PhoneNumberFormat
    international = phonenumbers.format_number(number, form.INTERNATIONAL)
    national = phonenumbers.format_number(number, form.NATIONAL)
    return PhoneCheck(
        phonenumbers.format_number(number, form.RFC3966),
        (
            f"'{text}' is {international} ({_country_name(country)}) without its +: a phone "
            "does not dial it as written",
            f"write {international} (or {national}, as it is dialled inside the country)",
        ),
    )


# A national number as typed, whatever its trunk prefix: digits with spaces, hyphens, dots
# and brackets between them, 7 to 15 digits in all (iri.PHONE's, without its + or 0)
NATIONAL = re.compile(r"(?=(?:\D*\d){7,15}\D*$)\(?\d[\d \u00a0().-]*\d")


# The shapes a national number is written in as a phone number, apart from a run of digits
# labelled or shaped as anything else: an area code in brackets, a trunk prefix or a group
# before it or not, then groups ((202) 555-0123, 8 (495) 123-45-67, (020) 7946 0123); or
# three groups or more of 2 to 4 digits joined by one hyphen or one dot (202-555-0123,
# 202.555.0123, 123-45-67)
PHONE_SHAPED = re.compile(
    r"(?:\d{1,4}[ \u00a0]?)?\(\d{1,5}\)[ \u00a0]?\d{2,4}(?:[ \u00a0.-]\d{2,4})*"
    r"|\d{2,4}([.-])\d{2,4}(?:\1\d{2,4})+"
)


def phone_shaped(text: str) -> bool:
    """Whether `text` (a run of digits of a text, NATIONAL's: 7 to 15 digits, without + or
    a known trunk prefix) is written as a phone number is (PHONE_SHAPED: an area code in
    brackets, (202) 555-0123; three groups or more of 2 to 4 digits joined by one hyphen
    or dot, 202-555-0123, 202.555.0123), which a merged row of no country is warned of
    (`check_phone`: a US organiser's trial's (202) 555-0123, kept for fiction, passed
    unchecked). A run of digits shaped as anything else is not: a bare run (Registered
    charity 1105851, Booking ref 20270730), groups of spaces (Zoom ID 845 1234 5678, as
    ids, accounts and references are grouped too: Spain's 912 34 56 78 is told only on a
    row of its country), two groups (ref 2027-0730), a group of 1 digit or of 5 or more
    (ISBN 978-3-16-148410-0). The label before a number is not read (a contact cell may be
    in any of the kit's languages): its shape alone decides."""
    return NATIONAL.fullmatch(text) is not None and PHONE_SHAPED.fullmatch(text) is not None


# digits, a separator (spaces, a hyphen, a dot, a bracket) and digits: a number in groups
GROUPED = re.compile(r"\d[ \u00a0().-]+\d")


def written_as_phone(text: str, alone: bool) -> bool:
    """Whether `text`, a run of digits without + or a known trunk prefix, is a national
    number where no country is known: written as a phone number is (`phone_shaped`), or,
    where it is a contact cell's whole value (`alone`), in groups (NATIONAL: 7 to 15 digits;
    202 456 1111, which a contact cell holds as nothing but a number to call). A bare run
    (2024561111, a spreadsheet's number cell as often) is not."""
    if phone_shaped(text):
        return True
    return alone and NATIONAL.fullmatch(text) is not None and GROUPED.search(text) is not None


def trunk_prefix(typed: str, country: str) -> str:
    """The trunk (national) prefix of `country` (an ISO 3166 code; "" for none) that `typed`,
    a national number as written (NATIONAL, its digits of any script), begins with: RU's and
    KZ's 8 (8 (495) 123-45-67), HU's 06, FR's 0, by libphonenumber's metadata
    (`_national_prefix`); "" where it begins with none, for a country without one (ES, IT),
    and for no country."""
    if not country or not NATIONAL.fullmatch(typed):
        return ""
    prefix = _national_prefix(country) or ""
    return prefix if prefix and phone_digits(typed.lstrip("(")).startswith(prefix) else ""


def _national_prefix(region: str) -> str | None:
    """The trunk (national) prefix of `region` (an ISO 3166 code) by libphonenumber's
    metadata (its national_prefix: FR's 0, HU's 06, RU's 8, US's 1), "" for a country
    without one (ES, IT), None for a region libphonenumber does not know."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region)
    return None if meta is None else meta.national_prefix or ""


# The kinds of number libphonenumber's `is_valid_number` accepts (its PhoneMetadata's
# descriptions of them), whose patterns tell what a country's numbers begin with
NUMBER_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)


def _no_number(typed: str, text: str, number: Any, region: str, national: bool) -> tuple[str, str]:
    """(problem, fix) for a number of one of `region`'s lengths that is no number of its plan
    (`number`: `text` as libphonenumber parsed it, `typed` as the cell holds it; `national`:
    written without its country code, which may be another's): the first digits no number
    of the country begins with, as typed (07700 9: no number of GB begins with 7700 9, by
    the patterns of its kinds of number, NUMBER_TYPES); else, where each digit begins one,
    that such a number is longer, or that it is none."""
    import phonenumbers

    significant = phonenumbers.national_significant_number(number)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    patterns = [
        desc.national_number_pattern
        for kind in NUMBER_TYPES
        if meta is not None
        and (desc := getattr(meta, kind, None)) is not None
        and desc.national_number_pattern
    ]
    begun, ends = _begun(patterns, significant)
    name = _country_name(region)
    if begun == len(significant) and not ends:  # each digit begins a number: a longer one
        return (
            f"'{typed}' is too short for a number in {name}: one there that begins so has "
            "more digits",
            _digits_fix(),
        )
    fix = "check its digits: it has as many as a number there, so one may be mistyped" + (
        " (or it is another country's number: write it with + and its country code)"
        if national
        else ""
    )
    if begun == len(significant):  # a kind's digits, of another kind's length
        return (f"'{typed}' is no number in {name}", fix)
    # as typed up to the first digit that begins no number (its code or trunk prefix first)
    count = len(phone_digits(text)) - len(significant) + begun + 1
    end = next(i for i in range(len(text)) if len(phone_digits(text[: i + 1])) == count)
    return (f"'{typed}' is no number in {name}: none there begins with {text[: end + 1]}", fix)


def _begun(patterns: list[str], digits: str) -> tuple[int, bool]:
    """How many of `digits`' first digits some string that one of `patterns` (regular
    expressions of digits, libphonenumber's) matches begins with (4 for 7700900123 and GB's
    mobile pattern 7(?:...|700[01]|...)\\d{5}..., whose 7700 is followed by 0 or 1 only), and
    whether one of them matches `digits` whole. Read with Python's own regular expression
    parser (re._parser), as a set of states that each digit moves on; a pattern it cannot
    read counts as matching every digit."""
    parser = importlib.import_module("re._parser")
    states: set[tuple[Any, ...]] = set()
    for pattern in patterns:
        try:
            states.add(_tree(parser.parse(pattern)))
        except (ValueError, re.error):
            return len(digits), True
    for i, digit in enumerate(digits):
        states = {rest for state in states for chars, rest in _heads(state) if digit in chars}
        if not states:
            return i, False
    return len(digits), any(_ends(state) for state in states)


def _ends(seq: tuple[Any, ...]) -> bool:
    """Whether `seq` (a `_tree`) matches no digit: every node of it may be left out."""
    for node in seq:
        if node[0] == "set" or node[0] == "rep" and node[1] > 0 and not _ends(node[3]):
            return False
        if node[0] == "or" and not any(_ends(alt) for alt in node[1]):
            return False
    return True


_DIGITS = frozenset("0123456789")
_UNBOUNDED = 15  # a repeat without an upper bound: E.164's most digits


def _tree(parsed: Any) -> tuple[Any, ...]:
    """A parsed pattern (re._parser's) as nested tuples: ("set", chars) for a digit of
    chars, ("or", alternatives), ("rep", least, most, body); groups flattened, anchors left
    out. Raises ValueError for what a number's pattern does not hold (a lookahead)."""
    out: list[Any] = []
    for op, arg in parsed:
        kind = str(op)
        if kind == "LITERAL":
            out.append(("set", frozenset(chr(arg))))
        elif kind == "IN":
            out.append(("set", _chars(arg)))
        elif kind == "BRANCH":
            out.append(("or", tuple(_tree(alt) for alt in arg[1])))
        elif kind == "SUBPATTERN":
            out.extend(_tree(arg[-1]))
        elif kind in ("MAX_REPEAT", "MIN_REPEAT"):
            least, most, body = arg
            out.append(("rep", least, min(most, _UNBOUNDED), _tree(body)))
        elif kind != "AT":
            raise ValueError(kind)
    return tuple(out)


def _chars(items: Any) -> frozenset[str]:
    """The digits a character class (re._parser's IN items) holds."""
    found: set[str] = set()
    negate = False
    for op, arg in items:
        kind = str(op)
        if kind == "LITERAL":
            found.add(chr(arg))
        elif kind == "RANGE":
            found.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif kind == "CATEGORY" and str(arg) == "CATEGORY_DIGIT":
            found |= _DIGITS
        elif kind == "NEGATE":
            negate = True
        else:
            raise ValueError(kind)
    return _DIGITS - found if negate else frozenset(found) & _DIGITS


def _heads(seq: tuple[Any, ...]) -> Iterator[tuple[frozenset[str], tuple[Any, ...]]]:
    """Each (digits, rest) that `seq` (a `_tree`) may begin with: the digits its first
    character may be, and the pattern after that character."""
    if not seq:
        return
    node, rest = seq[0], seq[1:]
    if node[0] == "set":
        yield node[1], rest
    elif node[0] == "or":
        for alt in node[1]:
            yield from _heads(alt + rest)
    else:
        _, least, most, body = node
        again = ("rep", max(least - 1, 0), most - 1, body)
        if least == 0:
            yield from _heads(rest)
        if most > 0 and body:
            yield from _heads(body + (again,) + rest)


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
    """`region`'s English name (CLDR's, through Babel), else its code, with "the" before a
    name that English writes with it (THE_NAMES: the United Kingdom), as a message says it
    ("a number in the United Kingdom")."""
    from babel import Locale

    name = str(Locale("en").territories.get(region, region))
    return f"the {name}" if _takes_the(name) else name


# Country names English writes with "the" before them (in a sentence: "in the United
# Kingdom"): a plural, a union, a kingdom, a republic or a federation named by its kind
# (CLDR's English names, through Babel: United Kingdom, United States, Dominican
# Republic, Marshall Islands)
THE_NAMES = frozenset({"Bahamas", "Gambia", "Maldives", "Netherlands", "Philippines", "Comoros"})
THE_WORDS = ("United ", "Republic", "Islands", "Kingdom", "Federation", "Emirates")


def _takes_the(name: str) -> bool:
    return name in THE_NAMES or any(word in name for word in THE_WORDS)


def numbers_in(text: str, country: str) -> list[str]:
    """The phone numbers a printed text holds, as typed, in order: each that the digital PDF
    links as one (`iri.target_spans` and `iri.printed_target`: + or 0 first, "Appelez
    le 01 43 29 44 40" holds one), and each national number written with the trunk prefix
    of `country` (an ISO 3166 code; "" for none: `trunk_prefix`, 8 (495) 123-45-67 of RU),
    or without one where it is a valid number of the country (`_without_prefix`: Spain's
    912 34 56 78), which the PDF links by its `dials`; where no country is known, each
    national number without a trunk prefix written as a phone number is too
    (`phone_shaped`: (202) 555-0123), which `check_phone` warns cannot be checked or
    dialled from abroad. One rule for a merged contact cell
    and an office's helpline. The spans are the digital PDF's (`iri.target_spans`): a
    date, a time or a range of them or of years is none ("Le 07.30.2026 à 18h, 09:00-17:00,
    01 43 29 44 40" holds the one number), and a number beside one is read alone."""
    from ..iri import printed_target, target_spans

    spans = (text[a:b] for a, b in target_spans(text))
    return [
        span
        for span in spans
        if (printed_target(span) or "").startswith("tel:")
        or trunk_prefix(span, country)
        or _without_prefix(span, country, span.strip() == text.strip()) is not None
        or not country
        and written_as_phone(span, span.strip() == text.strip())
    ]


def checked_numbers(text: str, country: str) -> Iterator[tuple[str, PhoneCheck]]:
    """Each phone number a printed text holds (`numbers_in`) that `check_phone` reads, with
    what it found, by `country` (an ISO 3166 code; "" for none): a merged contact cell's, an
    office's helpline."""
    for number in numbers_in(text, country):
        found = check_phone(number, country, number.strip() == text.strip())
        if found is not None:
            yield number, found


def national_dials(texts: Iterable[str], country: str) -> dict[str, str]:
    """`Layer.dials` of printed texts whose national numbers are of `country` (an ISO 3166
    code; "" for none): the digits of each (iri.phone_digits, its trunk prefix first) and the
    tel: address it dials as from abroad (`check_phone`: 01 43 29 44 40 of FR,
    tel:+33-1-43-29-44-40), which the digital PDF's link over the printed number opens; of
    no country, one without a trunk 0 as typed (`PhoneCheck.national`: (202) 555-0143,
    tel:202-555-0143, as a merged row's of no country: the PDF would not link it by itself).
    A number that is not one of the country's dials nothing new."""
    return {
        phone_digits(number): dialled
        for text in texts
        for number, found in checked_numbers(text, country)
        if (dialled := found.international or found.national) is not None
    }


def dialled_link(link: str, country: str) -> str:
    """A `tel:` link to a national number of `country` (an ISO 3166 code) as from abroad,
    its RFC 3966 parameters kept (tel:0143294440;ext=5 of FR: tel:+33-1-43-29-44-40;ext=5);
    any other link, and a number that is no national one of the country, as written. An
    office's links (resolve.office_layer); a merged link cell's is dialled by `_phones`."""
    if link[:4].lower() != "tel:" or not country:
        return link
    number, sep, params = link.partition(";")
    found = check_phone(number, country)
    if found is None or found.international is None:
        return link
    return found.international + sep + params
