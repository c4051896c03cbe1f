"""Addresses as machines need them: an IRI (an address with non-ASCII characters, as people
write it) turned into an ASCII URI (RFC 3987, section 3.1), for QR codes and the digital PDF's
links (a link's /URI must be 7-bit ASCII). Printed addresses keep the human-readable form.

Host names go to punycode with Python's own `idna` codec (IDNA 2003, nameprep: what
`str.encode("idna")` does; the `idna` package is not a dependency); every other non-ASCII
character is percent-encoded as UTF-8. ASCII characters are left as they are: reserved
characters keep their meaning and an address already encoded (%XX) is not encoded twice, so
the conversion is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# scheme ":" ["//" authority] rest (RFC 3986, appendix B)
_PARTS = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*:)(//[^/?#]*)?(.*)$", re.DOTALL)
_PORT = re.compile(r":[0-9]*$")


def to_uri(iri: str) -> str:
    """`iri` as an ASCII URI: `https://bücher.example/über-uns` ->
    `https://xn--bcher-kva.example/%C3%BCber-uns`. Raises ValueError (with the reason) when
    the host cannot be written in ASCII (an empty label, one longer than 63 characters)."""
    if iri.isascii():
        return iri
    match = _PARTS.match(iri)
    if match is None:
        return _escape(iri)
    scheme, authority, rest = match.groups()
    if authority is not None:
        return scheme + "//" + _authority(authority[2:]) + _escape(rest)
    if scheme.lower() == "mailto:":
        return scheme + _mailto(rest)
    return scheme + _escape(rest)


def _escape(text: str) -> str:
    """Every non-ASCII character as %XX of its UTF-8 bytes; ASCII unchanged."""
    if text.isascii():
        return text
    return "".join(
        c if c.isascii() else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text
    )


def _authority(authority: str) -> str:
    """[userinfo@]host[:port] with the host in punycode and the userinfo percent-encoded."""
    userinfo, at, hostport = authority.rpartition("@")
    port = ""
    if not hostport.startswith("["):  # an IPv6 literal is ASCII anyway
        found = _PORT.search(hostport)
        if found:
            hostport, port = hostport[: found.start()], found.group()
    return _escape(userinfo) + at + host_to_ascii(hostport) + port


def host_to_ascii(host: str) -> str:
    """An internationalised host name in punycode (`bücher.example` -> `xn--bcher-kva.example`);
    an ASCII host unchanged."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        reason = str(exc).removeprefix("encoding with 'idna' codec failed (UnicodeError: ")
        raise ValueError(
            f"the host name '{host}' cannot be written in ASCII ({reason.rstrip(')')})"
        ) from None


def _mailto(rest: str) -> str:
    """mailto: addresses (comma-separated) with each domain in punycode, then the headers."""
    to, question, headers = rest.partition("?")
    addresses = []
    for address in to.split(","):
        local, at, domain = address.rpartition("@")
        addresses.append(_escape(local) + at + host_to_ascii(domain) if at else _escape(address))
    return ",".join(addresses) + question + _escape(headers)


# What a phone dials from a tel: address (RFC 3966, 3 and 5.1.1): a global number is "+" and
# digits with visual separators (- . ( )); a local number is digits, * and # (service codes)
# with them. RFC 3966 asks a local number for a phone-context parameter; phones dial a
# national helpline (tel:116000) without one, so it is not required here. Parameters follow
# after ";".
_TEL_NUMBER = re.compile(r"^(\+[0-9][0-9.()\-]*|[0-9*#][0-9*#.()\-]*)$")


def link_problem(address: str) -> tuple[str, str] | None:
    """Why a tel: or mailto: address would not dial or send, as (problem, fix); None when it
    would (and for other schemes, which `to_uri` and the URL pattern check). A tel: number
    holds only digits, a leading "+", * and #, and the visual separators - . ( ) (RFC 3966,
    5.1.1); a letter O for a zero or a space breaks the link in every phone's dialler. A
    mailto: address needs a local part, "@" and a domain (RFC 6068, 2)."""
    scheme, _, rest = address.partition(":")
    if scheme.lower() == "tel":
        number = rest.split(";", 1)[0]
        if not _TEL_NUMBER.fullmatch(number):
            odd = sorted({c for c in number if not (c.isdigit() or c in "+*#.()-")})
            why = ", ".join(repr(c) for c in odd) if odd else "it must start with + or a digit"
            return (
                f"the phone number '{number}' cannot be dialled ({why})",
                "write + and the country code, then digits, with - . ( ) between groups if you "
                "like (tel:+CC-NNN-NNNN); a letter O for a zero is a common slip",
            )
    if scheme.lower() == "mailto":
        to = rest.split("?", 1)[0]
        for one in to.split(","):
            local, at, domain = one.strip().rpartition("@")
            if not (at and local and domain):
                return (
                    f"the e-mail address '{one.strip()}' has no name@domain",
                    "write it as mailto:name@example.org",
                )
    return None


# A web address written without its scheme, as people write them (www.example.org/walk,
# example.org/km): a host of two or more labels, the last of letters, then a path or nothing.
# A merged event's link cell is read as https:// (merge.values._link); a field written so is
# a link that print sets in its own direction (layout.items.text.is_link).
WEB_ADDRESS = re.compile(r"(?:[\w-]+\.)+[^\W\d_]{2,}(?:/\S*)?")
# The links the kit puts in QR codes and PDFs: a web page (https://, http://), an e-mail
# (mailto:) or a phone number (tel:), schemes in any case (RFC 3986, 3.1), and something
# after the scheme.
SCHEMES = re.compile(r"(?i:https?://|mailto:|tel:)(?=.)", re.DOTALL)
# What `link_error` lets pass (a scheme, then no white space and none of the invisible
# characters of `invisible_in` but the joiners, which a word may hold), for the JSON Schemas:
# written for ECMA-262 regular expressions as well as Python's (no inline flags).
LINK_PATTERN = (
    r"^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)"
    r"[^\s\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+$"
)
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# how to write a link without its white space, by scheme
SPACE_FIX = {
    "tel": "write the number and its parameters without spaces (tel:+CC-NNN-NNNN;ext=12)",
    "mailto": "remove it; a space in a subject or body is written %20 "
    "(mailto:name@example.org?subject=Blue%20Heart)",
    "http": "remove it; a space that belongs in a web address is written %20",
}


def scheme_of(address: str) -> str:
    """ "tel", "mailto" or "http" (https too) for a link SCHEMES matches."""
    scheme = address.partition(":")[0].lower()
    return "http" if scheme.startswith("http") else scheme


# (problem, fix) for a value that is no link of the kit: another scheme, or not text at all
NOT_A_LINK = (
    "it is not a web, e-mail or phone address (https://, http://, mailto: or tel:)",
    "write https://..., mailto:name@example.org or tel:+CC-NNN-NNNN",
)


# A tel: number as people type it: digits in groups with spaces (tel:+41 22 917 1234; a
# spreadsheet's no-break space too), or with the visual separators - . ( ) of RFC 3966,
# 5.1.1, its first group in brackets or not (the North American (202) 456-1111, its area
# code in brackets), then its parameters (;ext=5). Not a line break: a value that ends in one
# is an error.
_GAP = r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"  # white space but a line break
TEL_AS_TYPED = re.compile(rf"(?i:tel:)(\+?\(?[0-9][0-9.()\-]*(?:{_GAP}+[0-9.()\-]+)*)(;[^\s]*)?")
# A national number's first group in brackets, (202) 456-1111: a gap, as a dialler reads it
# (RFC 3966 begins a number with + or a digit)
_FIRST_IN_BRACKETS = re.compile(r"^\(([0-9]+)\)")


# A "(0)" after the country code of an international number (+33 (0)1 43 29 44 40, +44
# (0)20 7123 4567): the country's trunk prefix, which a call from abroad does not dial.
# ITU-T E.123 (1988), 4.2 "Use of parentheses": parentheses enclose digits that are not
# always dialled and "should not be used in an international number", whose example, +22
# 607 123 4567, is the national (0607) 123 4567 without its 0 (1.3); E.122, 3.2: the trunk
# prefix is not dialled in the international automatic service. A phone dials what the tel:
# address holds, so +33 0 1 43... reached no one from abroad. Not for Italy (+39) and San
# Marino (+378), whose numbers have no trunk prefix and keep their leading 0 when dialled
# from abroad (+39 06 ...: Italy's numbering plan since 1998): there a "(0)" is dialled.
_TRUNK_IN_BRACKETS = re.compile(
    rf"^(\+(?!39\D|378\D)[1-9][0-9]{{0,2}})(?:{_GAP}|[-.])*\(0\)(?:{_GAP}|[-.])*(?=[0-9])"
)


def without_trunk_prefix(number: str) -> str:
    """A phone number (as typed, without `tel:`) without the "(0)" after its country code
    (`_TRUNK_IN_BRACKETS`: +33 (0)1 43 29 44 40 is +33 1 43 29 44 40, +44(0)20 is +44 20);
    any other number unchanged (+39 06 ..., a national (022) 917 1234)."""
    return _TRUNK_IN_BRACKETS.sub(r"\1 ", number, count=1)


def dialable(address: str) -> str:
    """`address` as a phone dials it: a tel: number typed in groups with spaces gets RFC
    3966's hyphens between them (tel:+41 22 917 1234 is tel:+41-22-917-1234, and "+41 - 22"
    is +41-22: a space breaks the link in a phone's dialler, and the hyphens are only
    visual), and an international number loses the trunk prefix "(0)" after its country
    code, which no call from abroad dials (`without_trunk_prefix`: tel:+33 (0)1 43 29 44 40
    is tel:+33-1-43-29-44-40), and a national number's first group in brackets is a group
    (tel:(202) 456-1111 is tel:202-456-1111); its parameters (;ext=5) are kept. Anything
    else is returned as written. The kit's every tel: address is made here: a merged
    event's link and contact, campaign.yaml's links and an office's, and a printed number's
    PDF link (`printed_target`)."""
    typed = TEL_AS_TYPED.fullmatch(address)
    if typed is None:
        return address
    number = _FIRST_IN_BRACKETS.sub(r"\1 ", without_trunk_prefix(typed[1]))
    if number == typed[1] and not re.search(_GAP, number):
        return address
    number = re.sub(rf"{_GAP}*([-.]){_GAP}*", r"\1", number)  # "+41 - 22": one separator
    return "tel:" + re.sub(rf"{_GAP}+", "-", number) + (typed[2] or "")


# The joiners ZWNJ (U+200C) and ZWJ (U+200D): between two letters, part of a word's spelling
# (a Persian web page's slug, راه‌پیمایی, is written with ZWNJ; IDNA 2008 allows both in host
# names by context, RFC 5892, appendix A.1 and A.2)
JOINERS = "\u200c\u200d"


def invisible_in(address: str) -> tuple[int, str] | None:
    """The first invisible character of `address` that no address holds, as (index, character):
    a format character (Unicode category Cf: the bidi marks LRM U+200E, RLM U+200F and ALM
    U+061C, embeddings, overrides and isolates, ZERO WIDTH SPACE, WORD JOINER, the byte order
    mark, SOFT HYPHEN), but a joiner (`JOINERS`) between two letters. None when there is none.
    Such a character comes with an address copied out of right-to-left text or a word
    processor; it prints as nothing, and a QR code or PDF link holds it percent-encoded
    (https://example.org/%E2%80%8Fwalk), which leads nowhere."""
    for i, ch in enumerate(address):
        if unicodedata.category(ch) != "Cf":
            continue
        if ch in JOINERS and 0 < i < len(address) - 1:
            before, after = address[i - 1], address[i + 1]
            if before.isalpha() and (after.isalpha() or unicodedata.category(after)[0] == "M"):
                continue
        return i, ch
    return None


def invisible_problem(address: str) -> tuple[str, str] | None:
    """(problem, fix) for `address` holding an invisible character (`invisible_in`), naming it
    and where it is; None when it holds none."""
    found = invisible_in(address)
    if found is None:
        return None
    i, ch = found
    name = unicodedata.name(ch, "FORMAT CHARACTER")
    where = f"after '{address[:i]}'" if i else "at its start"
    return (
        f"it holds an invisible {name} (U+{ord(ch):04X}) {where}, which no address has: the QR "
        f"code and PDF link would hold it ({_escape(ch)}) "
        "and lead nowhere",
        "retype the address (the character prints as nothing, so it cannot be seen to "
        "delete it); such marks come with an address copied out of right-to-left text, and "
        "the kit sets an address's direction itself",
    )


def link_error(address: str) -> tuple[str, str] | None:
    """Why `address` cannot be one of the kit's links (campaign.yaml's, an office's, a merged
    event's), as (problem, fix); None when it can. The problem follows the link's name and
    address ("link 'home' is 'ftp://x': it is not ..."): another scheme than SCHEMES', a tel:
    number a phone cannot dial or a mailto: without name@domain (`link_problem`), white
    space anywhere (a QR code or a PDF link would hold it: a URI has none, RFC 3986, 2; a
    value that ends in a line break, as a YAML block scalar does, is one), or a host with no
    ASCII form (`to_uri`: QR codes and PDF links hold the ASCII form); first of all, an
    invisible character no address holds (`invisible_problem`: a right-to-left mark)."""
    hidden = invisible_problem(address)
    if hidden is not None:
        return hidden
    if not SCHEMES.match(address):
        return NOT_A_LINK
    problem = link_problem(address)
    if problem is not None:
        return problem
    space = next((c for c in address if c.isspace()), None)
    if space is not None:
        what = "a line break" if space in LINE_BREAKS else "a space"
        return (f"it holds {what} ({space!r}), which no address has", SPACE_FIX[scheme_of(address)])
    try:
        to_uri(address)
    except ValueError as exc:
        return (
            f"it cannot be put in a QR code or PDF link ({exc})",
            "check the host name: labels between dots must be 1 to 63 characters",
        )
    return None


# A printed phone number that is linked: + and the country code, or a national number with
# its trunk prefix 0 (in brackets or not); 7 to 15 digits (E.164, ITU-T: at most 15)
PHONE = re.compile(r"(?=(?:\D*\d){7,15}\D*$)(?:\(?\+\d|\(?0)[\d \u00a0().-]*\d")


# Runs of digits that are no phone number, whatever their digits (`not_numbers`). A date's
# numeric forms are CLDR's (Unicode CLDR 49, through Babel 2.19: every locale's short and
# medium date pattern of digits alone): day, month and year (dd/MM/y, 899 patterns),
# year, month and day (y-MM-dd, 320) or month, day and year (M/d/yy, 58), between them one
# separator used throughout: / (681), - (303), . (151), Arabic's right-to-left mark and /
# (58: U+200F before each /), a full stop and a space (48: Czech, Slovak, Bosnian d. M. y.)
# or a space (3: Yoruba d MM y). The day is 1 to 31, the month 1 to 12, each of one or two digits;
# the year two digits or four (not beginning with 0), first only with four. Times: an hour
# (0 to 24) and its minutes (00 to 59) after a colon (09:00, 9:30:15: ISO 8601's, and
# CLDR's HH:mm of French, German and most languages) or an h (French 9h30 and 18h; CLDR's
# HH 'h' mm of Canadian French, 18 h 30), and two hours with their minutes after a full
# stop joined by a dash (09.00-17.00: CLDR's HH.mm of Danish, H.mm of Finnish; one alone,
# 12.30, is as much a price or a measure, and no phone number either). Year ranges:
# two years 1900 to 2099, the second later, or its last two digits (2025-2026, 2025/26),
# joined by a dash or a slash, unless an area group and a space or a bracket come before
# them (+55 11 2025-2026, Brazil's 4-4 digits: `_ends_number`). A run of the same
# separator and digits on either side (these in brackets or not) makes none of these a
# date (01.02.03.04.05 is France's numbers' form, 03-2025-2026 Japan's, (030) 12 12 2026
# Berlin's), so a phone number of 10 digits in pairs, or of three groups, is read as one;
# one of eight digits written as a date of the same shape (01-12-2026) is read as the date.
_DATE_SEP = r"(?P<sep>\.\x20|\u200f/|[./\- ])"
_DATE = re.compile(
    rf"(?<!\d)(?P<a>\d{{4}}|\d{{1,2}}){_DATE_SEP}(?P<b>\d{{1,2}})(?P=sep)"
    r"(?P<c>\d{4}|\d{2}|\d)(?!\d)"
)
_ANY_DIGIT = re.compile(r"\d")  # a digit of any script, one character as its ASCII one is
_DASH = r"\s*[-\u2010-\u2015\u2212]\s*"  # a hyphen, an en or em dash, a minus sign
_TIME = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-4])"
    r"(?::[0-5]\d(?::[0-5]\d)?|[hH](?:[0-5]\d)?(?![^\W_])|\x20[hH]\x20[0-5]\d)(?![\d:])"
    rf"|(?<![\d.])(?:[01]?\d|2[0-4])\.[0-5]\d{_DASH}(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d]|\.\d)"
)
_YEARS = re.compile(
    rf"(?<!\d)(?<!\d[./\-])(?P<a>(?:19|20)\d\d)(?:{_DASH}|\s*/\s*)(?P<b>(?:19|20)?\d\d)"
    r"(?!\d)(?![./\-]\d)"
)


def not_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are dates, times and time ranges, and year ranges, by their
    shape (the digits and signs between them: `_DATE`, `_TIME`, `_YEARS`; digits of any
    script): "Le 07.30.2026 à 18h" holds 07.30.2026 and 18h, "Mo-Fr 09.00-17.00" a time
    range, "2025-2026" a range of years. Such a run is never a phone number: it is not
    linked, checked, warned of or dialled as one, though it begins with a trunk prefix 0
    (07.30.2026 was linked as tel:07-30-2026, and dialled +49-7302-026 in a German row).
    A date or years right after a country code (+852 2012-2018) are the number's digits,
    and so are years after an area group (+55 11 2025-2026, 011 2025-2026: `_ends_number`).
    In order; overlapping ones, and two joined by a dash (09:00-17:00, a range), merged."""
    plain = (  # ٠٧ is 07; an ASCII text's digits are its own
        text if text.isascii() else _ANY_DIGIT.sub(lambda d: str(unicodedata.decimal(d[0])), text)
    )
    found = [m.span() for m in _DATE.finditer(plain) if _is_date(m)]
    found += [m.span() for m in _TIME.finditer(plain)]
    years = [m for m in _YEARS.finditer(plain) if _is_years(m)]
    if years:
        chars = list(plain)  # its dates, times and ranges so far as no number's (/)
        for start, end in found:
            chars[start:end] = "/" * (end - start)
        for m in years:
            if not _ends_number(chars, m):
                found.append(m.span())
                chars[m.start() : m.end()] = "/" * len(m[0])
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if _AFTER_CODE.search(text, 0, start):
            continue
        if merged and (start <= merged[-1][1] or re.fullmatch(_DASH, text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# what a number's national digits follow: + and its country code, as typed (+852 )
_AFTER_CODE = re.compile(r"\+\d{1,3}[\s().\-]*$")


def without_not_numbers(text: str, fill: str = "/") -> str:
    """`text` with each character of its dates, times and ranges (`not_numbers`) replaced by
    `fill`, a character no phone number holds: what is left of a run of digits is read as a
    number or not by itself ("05/08/2026 0143294440" is the date and a number of 10
    digits, not a run of 18; "09:00 01 43 29 44 40" does not begin with the time's 00)."""
    out = list(text)
    for start, end in not_numbers(text):
        out[start:end] = fill * (end - start)
    return "".join(out)


def target_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` a digital PDF may link (`text.scripts.link_spans`, read by
    `printed_target`), each run of digits without the dates, times and ranges it holds
    (`without_not_numbers`): "Le 07.30.2026 à 18h, 01 43 29 44 40" links the number
    alone, and "05.08.2026 01 43 29 44 40" (one run of 18 digits, which linked nothing)
    the number too. A web or e-mail address is its whole span (example.org/2026-07-30)."""
    from .text.scripts import link_spans

    spans = link_spans(text)
    masked = without_not_numbers(text)
    if masked == text:
        return spans
    words = [(a, b) for a, b in spans if not _digits_only(text[a:b])]
    numbers = [
        (a, b)
        for a, b in link_spans(masked)
        if _digits_only(masked[a:b]) and not any(a < e and s < b for s, e in words)
    ]
    return sorted(words + numbers)


def _digits_only(span: str) -> bool:
    """Whether a link span is a run of digits (a phone number's shape): no letter, no # or @."""
    return span[:1] not in ("#", "@") and not any(c.isalpha() for c in span)


def is_not_number(text: str) -> bool:
    """Whether `text`, without the white space around it, is one date, time or range of
    `not_numbers` (07.30.2026, 09.00-17.00, 2025-2026). Each of these begins with a digit,
    so a text that does not (an e-mail or web address, +33 1 43 29 44 40) is read no further:
    `printed_target` asks this of every link span."""
    bare = text.strip()
    return bare[:1].isdigit() and not_numbers(bare) == [(0, len(bare))]


_NUMBER_CHARS = frozenset("0123456789 \u00a0().-+")  # a phone number's, as `PHONE` reads it
_GROUP_END = frozenset(" \u00a0()")  # what may stand between a number's groups and years


def _ends_number(chars: list[str], m: re.Match[str]) -> bool:
    """Whether the `_YEARS` match `m` is the last groups of a phone number: after a space or
    a bracket, its run of digits goes on before it (Brazil's 4-4 digits: +55 11 2025-2026,
    011 2025-2026, (11) 2019-2020, 0800 2025-2026), with the range's digits at most 15
    (E.164's longest: 01 43 29 44 40 2025-2026 is a number and a range). `chars` is the
    text's, ASCII digits, each of its dates and times and the ranges before `m` a /: one
    ends the run (05.08.2026 2025-2026, 09:00 2025-2026, 2024-2025 2025-2026 are two spans;
    05.08.2026 11 2025-2026 a date and a number).
    It looks back no further than the run's 15th digit or a range before `m` (a /): a text
    of many ranges is read in linear time."""
    start = group = m.start()
    while group > 0 and chars[group - 1] in _GROUP_END:
        group -= 1
    if group == start or group == 0 or not chars[group - 1].isdigit():
        return False
    digits = sum(c.isdigit() for c in m[0])
    while group > 0 and chars[group - 1] in _NUMBER_CHARS:
        group -= 1
        digits += chars[group].isdigit()
        if digits > 15:
            return False
    return True


_BRACKETED = re.compile(r"\(\+?\d+\)$")  # a group of digits in brackets: (030), (+49)


def _is_date(m: re.Match[str]) -> bool:
    """Whether a `_DATE` match is a date: its fields a day, a month and a year in one of
    CLDR's orders (`_DATE`), and no group of digits after the same separator on either side
    (a run of them is a number's groups: 01.02.03.04.05), in brackets or not (Berlin's
    (030) 12 12 2026)."""
    text, sep, start, end = m.string, m["sep"], m.start(), m.end()
    if text[:start].endswith(sep):
        before = text[max(0, start - len(sep) - 20) : start - len(sep)]
        if before[-1:].isdigit() or _BRACKETED.search(before):
            return False
    if text.startswith(sep, end) and text[end + len(sep) : end + len(sep) + 1].isdigit():
        return False
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:  # y-M-d
        return a[0] != "0" and 1 <= int(b) <= 12 and 1 <= int(c) <= 31
    if len(c) == 1 or len(c) == 4 and c[0] == "0":
        return False
    first, second = int(a), int(b)  # d-M or M-d
    return min(first, second) >= 1 and (
        first <= 31 and second <= 12 or first <= 12 and second <= 31
    )


def _is_years(m: re.Match[str]) -> bool:
    """Whether a `_YEARS` match is a range of years: the second later than the first (its
    last two digits in the first's century)."""
    first, second = m["a"], m["b"]
    later = int(second) if len(second) == 4 else int(first[:2] + second)
    return later > int(first)


# what a printed address opens, by its form (text.scripts.LINK's branches)
_SCHEMED = re.compile(r"https?://", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def phone_digits(number: str) -> str:
    """A phone number's digits as ASCII, in order, whatever digits it is written in (٠١ is
    01) and without its other characters: `(01) 43-29 44 40` is 0143294440. The key by which
    a printed national number finds the tel: address it dials as from abroad (`Layer.dials`,
    `printed_target`)."""
    return "".join(str(unicodedata.digit(c)) for c in number if c.isdigit())


def printed_target(text: str, dials: Mapping[str, str] | None = None) -> str | None:
    """The ASCII URI a printed address opens in a digital PDF (its `text.scripts.link_spans`
    span): a web address as written, `https://` before one without its scheme (www.x.org,
    x.org/report), `mailto:` before an e-mail address, a phone number as `tel:` with RFC
    3966's hyphens (`dialable`). A national number whose digits (`phone_digits`) `dials`
    holds opens the tel: address given for them: a merged row's, by its country
    (`Layer.dials`: 01 43 29 44 40 of FR is tel:+33-1-43-29-44-40, as its QR code dials it;
    8 (495) 123-45-67 of RU, its trunk prefix not a 0, tel:+7-495-123-45-67); printed as it
    is. None for a date, a time or a range of them or of years, whatever its first digit
    (`is_not_number`: 07.30.2026, 09.00-17.00), any other number without + or 0 first (a
    count), a hashtag or a mention (no single address), and an address with no ASCII form.
    A paragraph's spans are `target_spans`, its numbers' without the dates they hold."""
    if not text or text[0] in "#@" or is_not_number(text):
        return None
    if _EMAIL.fullmatch(text):
        uri = "mailto:" + text
    elif text[0] == "+" or text[0] == "(" or text[0].isdigit():
        # a phone number as offices print one: international (+41 ...) or national, with
        # its trunk prefix (01 23 45 67 89, (022) 917 1234, 0300-1234567); any other run of
        # digits (a count, a date, a range of years, an ISBN) is no number to call
        number = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
        dialled = dials.get(phone_digits(number)) if dials else None
        if dialled is not None and not number.lstrip("(").startswith("+"):
            return dialled  # 8 (495) 123-45-67 of RU too, which PHONE does not match
        if not PHONE.fullmatch(number):
            return None
        uri = dialable("tel:" + re.sub(r"[().]", " ", without_trunk_prefix(number)).strip())
        if " " in uri:  # a number dialable() left with a space: not one a phone can dial
            return None
    elif _SCHEMED.match(text):
        uri = text
    else:
        uri = "https://" + text
    try:
        return to_uri(uri)
    except ValueError:
        return None
