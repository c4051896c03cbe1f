"""A contact's value that stands for one still to come (`placeholder`: "+66 xx xxx xxxx",
"TBD", "à confirmer" (`stand_ins`), xxx@xxx.xxx, an address at example.com or yourdomain.com,
a number kept for fiction: +1 202 555 0123), which would print on every material as it is.
One judgement for every place a contact is written: an office's contact fields
(`kit.offices`, `office.placeholder`), campaign.yaml's (`kit.campaign`,
`campaign.placeholder`), a strings file's (`kit.strings`), their links (`link_placeholder`)
and a merged event's contact and link cells (`merge.record`, `any_placeholder`,
`merge.value`); each place reads its values with `placeholder_values` and says the fix for a
project's sample with `sample_hint`. Imports nothing of the kit: a merge from a warm cache reads
no YAML."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from . import stand_ins

# A contact field's value that stands for one still to come, which would print on every
# material as it is: x or X for each digit ("+66 xx xxx xxxx", a regional office's trial:
# the helpline printed under every call to act, exit 0; or a look-alike of x: the
# multiplication sign, Cyrillic х, full-width ｘ), or a note that the value is not known yet
# in any of the languages organisers write (`stand_ins.stand_in`: TBD, à confirmer, n.c.,
# nog te bepalen, уточняется, ?), or question marks for its digits or words ("+66 ??? ????").
PLACEHOLDER_DIGITS = re.compile(r"(?<![^\W\d_])[xX×хХ]{2,}(?![^\W\d_])|(?<=\d)[xX×хХ]+(?![^\W\d_])")
QUESTION_MARKS = re.compile(r"\?{2,}")
# a word in an address or a handle may be its own (who.int/tbc, facebook.com/TBC.Thailand)
ADDRESSES = ("report_url", "website", "email", "social")
# The fields a reader types or dials as printed (an office's name is words, in any script)
TYPED = ("helpline", *ADDRESSES)
# A helpline's extension at its end (ext. 55, x55, ;ext=55): not the number's digits
EXTENSION = re.compile(r"\s*(?:ext\.?|x|;\s*ext=)\s*\d+\s*$", re.IGNORECASE)
LEAST_ZEROS = 4  # "000" alone is a short number (an emergency number: 000, 112, 116 000)
# A number written without spaces is only zeros after its area or network code (`_zeros_after_
# area`: 0700000000, +254700000000) when what precedes its zeros is at most AREA_DIGITS digits
# (after the country code or the trunk 0) and its zeros are UNSPACED_ZEROS or more: a shorter
# run of zeros may be the end of an office's switchboard number (+49 30 2000 0 unspaced)
AREA_DIGITS = 3
UNSPACED_ZEROS = 6
# Names kept for examples (RFC 2606, RFC 6761), which no office's address can be at:
# example.com, example.net and example.org, and the top-level names example, test, invalid
# and localhost. The README's and the template's examples are at example.org: an office that
# copied one printed it (a regional office's trial, `check --strict` passed).
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")
# The project's own samples (`samples=True`: an office or campaign.yaml marked `sample: true`,
# the tests'; a merged event whose `sample` cell is true, as examples/ marks its events):
# addresses at example.org, and a helpline whose country code begins with 0 (+00 000 000
# 0000), which ITU-T E.164 gives no country. Every other value kept for examples is a
# placeholder there too.
SAMPLE_DOMAINS = ("example.org",)
EXAMPLE_TOPS = ("example", "test", "invalid", "localhost")
# Names templates and site builders write for a domain still to come, which no office's
# address is at (a user trial: contact@yourdomain.com passed `check` and printed): a name of
# a host's own (www.yourdomain.com, yoursite.org, mail.your-website.net) but its top-level
# one; and `domain` as the name under the top-level one (domain.com, info@domain.org). No
# standard keeps them, as RFC 2606 keeps example.org: only these words, which name no one.
TEMPLATE_NAMES = ("yourdomain", "yoursite", "yourwebsite")
TEMPLATE_NAMES_HYPHENED = tuple(n.replace("your", "your-") for n in TEMPLATE_NAMES)
TEMPLATE_DOMAIN = "domain"
# A phone number written with its country code, after a + or the international prefix 00
# ("+1 (202) 555-0123", "+44 (0)20 7946 0123", "0044 20 7946 0123"): its digits and the
# signs written between them. A number without one may be any country's: not matched.
INTERNATIONAL = re.compile(r"(?:\+|(?<!\d)00)\s*\d[\d\s().\-]*\d")
# Numbers kept for fiction, which no one answers, under a country code (the digits after
# it, the UK's trunk 0 left out): the North American Numbering Plan's (code 1) 555-0100 to
# 555-0199 under any area code (the 555 NXX Assignment Guidelines of ATIS's Industry
# Numbering Committee, as NANPA applies them: the only 555 line numbers kept for films and
# television; 555-1212 and every other one may be a service's, so 555-5555 under a real
# area code is not matched); and Ofcom's numbers for TV and radio drama (code 44;
# ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama): 1000 numbers each in
# Leeds, Sheffield, Nottingham, Leicester, Bristol, Reading (0113-0118 496 0xxx),
# Birmingham, Edinburgh, Glasgow, Liverpool, Manchester (0121-0161 496 0xxx), Tyneside
# (0191 498 0xxx), London (020 7946 0xxx), Northern Ireland (028 9018 0xxx), Cardiff
# (029 2018 0xxx), no area (01632 960xxx), mobile (07700 900xxx), freephone (08081
# 570xxx), premium rate (0909 879 0xxx) and UK-wide (03069 990xxx).
NANP_FICTION = re.compile(r"\d{3}55501\d{2}")
OFCOM_DRAMA = re.compile(
    r"(?:1(?:1[3-8]|[2-6]1)4960|1914980|2079460|2890180|2920180|1632960|7700900|8081570"
    r"|9098790|3069990)\d{3}"
)
# Area code 555 of the North American Numbering Plan: an "easily recognizable code" (its
# last two digits alike: codes kept for services across the plan, as 800 and 888 are for
# toll-free numbers, never a place's) that holds no number in service (Google's
# libphonenumber 9.0: no +1 555 number is valid of any type, fixed, mobile, toll-free,
# premium or personal); "+1 555 555 5555" (a user trial) is a template's.
NANP_NO_AREA = "555"
# Full-width forms (U+FF01-FF5E: ASCII's letters, digits and signs as Chinese, Japanese and
# Korean keyboards type them) and the ideographic space (U+3000)
FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def without_scheme(value: str) -> str:
    """A contact's value as print shows it: a scheme is left out (layout.items.text.
    printed_url): tel:+41-22-..., mailto:name@example.org are a phone number and an e-mail
    address ("it prints as written" was said of a helpline printed without its tel:)."""
    return re.sub(r"^(?:tel|mailto):", "", value.strip(), flags=re.IGNORECASE)


def half_width(text: str) -> str:
    """`text` with its full-width forms as the ASCII characters they stand for (＋６６ ２:
    +66 2; ｘ: x; ＠: @), the rest as written (a no-break space stays one)."""
    return FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


def placeholder(
    name: str,
    value: str,
    samples: bool = False,
    country: str = "",
    fiction: bool = False,
    languages: tuple[str, ...] = (),
) -> str | None:
    """What makes the value of contact field `name` a placeholder ("x for digits", "only
    zeros", a country code no country has or a number kept for fiction in a helpline, "x for
    letters", a name kept for examples or a template's in an address; in any, a stand-in for
    a value not known yet, "'TBD'", "'à confirmer', French for 'to be confirmed'"
    (`stand_ins.stand_in`), the whole value of an address), or None for a value that may be
    the office's own.
    `samples`: the project's sample values (SAMPLE_DOMAINS, a helpline's country code
    beginning with 0) are not matched, as an office marked `sample: true` may hold them;
    with `fiction` too, the numbers kept for fiction (`_fiction_digits`: a merged sample
    row's, `any_placeholder`).
    `country`: the ISO 3166 code of the country a helpline's national numbers are of (a
    merged row's `date_region`), by which they are judged as written with its code
    (`_fiction`: 020 7946 0123 of GB is +44 20 7946 0123); "" where none is known.
    `languages`: the codes of the languages the value is written in (an office's, a merged
    row's), by which a stand-in's abbreviations are judged (`stand_ins.stand_in`: n.c. is
    French's, `Ana Silva, Raleigh, NC` a contact in North Carolina); () where none is known.
    Full-width forms are read as the characters they stand for."""
    plain = half_width(without_scheme(value)) if name in TYPED else without_scheme(value)
    if name == "helpline" and PLACEHOLDER_DIGITS.search(plain):
        return "x for digits"
    if name == "helpline":
        numbers = plain.split("/")
        zeros = next(
            filter(None, (_zeros_only(n, samples) or _zeros_after_area(n) for n in numbers)), None
        )
        if zeros:
            return zeros
        kept = _fiction(plain, country, samples and fiction)
        if kept:
            return kept
    if name in ADDRESSES:
        stand_in = _example_address(name, plain, samples)
        if stand_in:
            return stand_in
    found = stand_ins.stand_in(plain, languages=languages) or _question_marks(plain)
    if found and (name not in ADDRESSES or found.text == plain):
        return found.said
    return None


def _question_marks(value: str) -> stand_ins.StandIn | None:
    """Question marks written for a contact's digits or words (+66 ??? ????), or None."""
    found = QUESTION_MARKS.search(value)
    return stand_ins.StandIn(found[0], f"'{found[0]}'") if found else None


def link_placeholder(
    link: str, samples: bool = False, country: str = "", languages: tuple[str, ...] = ()
) -> str | None:
    """What makes a link target (`links:` of an office or campaign.yaml: the address a QR
    code or a PDF link leads to) a placeholder, read as the contact it is: a `mailto:` as an
    `email`, a `tel:` as a `helpline`, any other as a `website` (`placeholder`, `samples`,
    `country` and `languages` as there: an office's `country:`); None for one that may be
    the office's own."""
    scheme, _, rest = link.partition(":")
    if scheme.lower() == "mailto":
        return placeholder("email", rest.split("?", 1)[0], samples, languages=languages)
    if scheme.lower() == "tel":
        return placeholder("helpline", rest, samples, country, languages=languages)
    return placeholder("website", link, samples, languages=languages)


# An e-mail or a web address inside a contact of no named field (a merged event's contact
# cell: "Ana Silva, ana@example.org, +66 2 123 4567")
EMAIL_IN = re.compile(r"[^@\s,;()<>]+@[^@\s,;()<>]+\.[^@\s,;()<>.]+")
WEB_IN = re.compile(r"(?:https?://)?(?:[^\W_][\w-]*\.)+[^\W\d_]{2,}\.?(?:[/?#][^\s,;]*)?")
HANDLE_IN = re.compile(r"(?<![^\s,;(])@\w[\w.]*")  # a social handle: @blueheart


def any_placeholder(
    value: str, samples: bool = False, country: str = "", languages: tuple[str, ...] = ()
) -> str | None:
    """What makes a contact of no named field a placeholder (a merged event's contact or link
    cell): `placeholder` of the field each part is written as, its e-mail addresses as an
    `email`, its web addresses as a `website`, its handles as `social`, the rest (a phone
    number, a name, a note) as a `helpline`; None for a value that may be the event's own.
    `samples` as `placeholder`'s: True for an event marked as a sample (its `sample` cell
    true, as examples/events.csv marks its events), which may hold the numbers kept for
    fiction too (`placeholder`'s `fiction`: a US organiser's trial's sample rows of
    (202) 555-0123 were refused, though they took example.org); `country` too: the row's
    `date_region` ("" for none), the country of its national numbers; `languages` too: the
    row's."""
    rest = half_width(without_scheme(value))
    for name, pattern in (("email", EMAIL_IN), ("website", WEB_IN), ("social", HANDLE_IN)):
        for found in pattern.findall(rest):
            stand_in = placeholder(name, found, samples, languages=languages)
            if stand_in is not None:
                return stand_in
        rest = pattern.sub(" ", rest)
    return placeholder("helpline", rest, samples, country, samples, languages)


# What judges a value (`placeholder` of a field, `link_placeholder`, `any_placeholder`):
# (value, samples, country, languages) -> what makes it a placeholder, or None
Judge = Callable[[str, bool, str, tuple[str, ...]], str | None]


class Placeholder(NamedTuple):
    """A contact's value that stands for one still to come (`placeholder_values`)."""

    value: str  # as written, without the spaces around it
    stand_in: str  # what makes it one: "x for digits", "'example.org', a name kept for ..."
    sample: bool  # one of the project's samples (example.org, +00 ...): `sample: true` may


def placeholder_values(
    field: str | Judge,
    values: Iterable[str | None],
    samples: bool = False,
    country: str = "",
    languages: tuple[str, ...] = (),
) -> Iterator[Placeholder]:
    """Each placeholder among `values` (a contact's text and its short form: each distinct
    one, without the spaces around it; empty ones are none), in their order. `field`: the
    contact field's name (judged by `placeholder`), or the judge of a value of no named
    field (`link_placeholder` for a link's address, `any_placeholder` for a merged event's
    cell). `samples` as `placeholder`'s: True where the values' file says it is a sample
    (`sample: true`); `country` too: the country of a helpline's national numbers (an
    office's `country:`, a merged row's `date_region`; "" for none); `languages` too: the
    codes of the languages the values are written in (an office's, a language's own
    fields', a merged row's; () for none known), by which a stand-in's abbreviations are
    judged. Each says whether it is one of the project's samples, which a sample may hold
    (`sample_hint`)."""
    judge: Judge = _field_judge(field) if isinstance(field, str) else field
    for value in dict.fromkeys(v.strip() for v in values if v and v.strip()):
        stand_in = judge(value, samples, country, languages)
        if stand_in is not None:
            sample = judge(value, True, country, languages) is None
            yield Placeholder(value, stand_in, sample)


def _field_judge(name: str) -> Judge:
    """`placeholder` of contact field `name`, as a Judge."""

    def judge(value: str, samples: bool, country: str, languages: tuple[str, ...]) -> str | None:
        return placeholder(name, value, samples, country, languages=languages)

    return judge


def sample_hint(found: Placeholder, who: str, how: str = "`sample: true`") -> tuple[str, ...]:
    """The hint for a placeholder that is one of the project's samples (`found.sample`): the
    file that holds it may say it is a sample, `who` ("an office made only to try the kit")
    "never printed, says so: " `how`; () for any other placeholder (no sample holds one)."""
    return (f"{who}, never printed, says so: {how}",) if found.sample else ()


# Where a merged event's cell goes: a contact cell (a phone number, an e-mail address, a web
# address, a name: any of them) is printed words alone; the link cell is printed too (under
# the event's QR code, as the kit's event templates show it) and is the address the QR code
# and the digital PDF's link hold (merge.fields.LINK_FIELD, a layout's `link: event`)
CELL_GOES = {
    "contact": "it would print on the event's documents",
    "link": "it would print on the event's documents, and their QR code and PDF link would "
    "lead there",
}


def placeholder_said(found: Placeholder, column: str) -> str:
    """A merged event's contact or link cell (`column`: "contact" or "link", a language's
    contact_fr a "contact") that is a placeholder (`placeholder_values` with
    `any_placeholder`, of its value or a link's address), said with the value and where it
    would go (CELL_GOES): "'+66 xx xxx xxxx' is a placeholder (x for digits): it would print
    on the event's documents"."""
    return f"'{found.value}' is a placeholder ({found.stand_in}): {CELL_GOES[column]}"


def _zeros_only(number: str, samples: bool = False) -> str | None:
    """What makes a phone number "only zeros" or no number: its digits after its country code
    (the first group after a + or an international prefix 00, or, written without spaces, the
    digits before the zeros) are LEAST_ZEROS zeros or more (+66 000 000 0000, +20 00 0000
    0000), or without a country code are all zeros (000 000 0000); or its country code begins
    with 0 (+00 000 000, +0000000000, 00 01 234 5678), which ITU-T E.164 gives no country
    (unless `samples`: the project's samples are +00 000 000 0000); else None. A number of one
    other digit (1111) or a run (1234) may be a short number or a vanity number: not matched.
    Digits of any script count (٠ is a zero)."""
    groups = re.findall(r"\d+", EXTENSION.sub("", number))
    digits = "".join(str(unicodedata.decimal(d)) for d in "".join(groups))  # ٠ is 0
    if not digits:
        return None
    plus = "+" in number.split(groups[0], 1)[0]
    if not plus and set(digits) == {"0"}:
        return "only zeros" if len(digits) >= LEAST_ZEROS else None
    # 00 01 234 ...: the international prefix written apart, then a code beginning with 0
    if plus:
        no_code = digits.startswith("0")
    else:
        no_code = groups[0] == "00" and len(groups) > 1 and groups[1].startswith("0")
    if no_code:
        if samples:
            return None
        if set(digits) == {"0"}:
            return "only zeros"
        return "a country code beginning with 0, which ITU-T E.164 gives no country"
    if not plus and digits.startswith("00"):  # 00 66 ...: the international prefix
        digits = digits[2:]
        groups = [g for g in [groups[0][2:], *groups[1:]] if g]
    elif not plus:
        return None
    code = groups[0] if len(groups[0]) <= 3 else digits.rstrip("0")
    national = digits[len(code) :]
    if len(code) <= 3 and len(national) >= LEAST_ZEROS and set(national) == {"0"}:
        return "only zeros after the country code"
    return None


def _zeros_after_area(number: str) -> str | None:
    """What makes a phone number's subscriber part "only zeros": a number (each run of digits,
    NUMBER_RUN, of `number` without its extension, dates and times) whose groups after the
    first one with a digit other than 0 (its area or network code: 0700 000 000, (020)
    000-0000, +254 700 000 000, +254 (0)20 000 0000, 1-800-000-0000) are LEAST_ZEROS zeros or
    more; written without spaces, its zeros at the end (AREA_DIGITS, UNSPACED_ZEROS:
    0700000000). The number's own code is left out first: a country code after a + or 00
    (a code beginning with 0 is `_zeros_only`'s), or a trunk prefix written apart as a group
    of one digit (0 700 ..., 1-800-..., 8 (495) ...). None for any other (116 000, a short
    number; 020 7946 0000; a number that is only zeros, `_zeros_only`'s)."""
    from .iri import without_not_numbers  # addresses' rules only: no YAML, no kit

    for run in NUMBER_RUN.finditer(without_not_numbers(EXTENSION.sub("", number))):
        groups = _digit_groups(run[0])
        if run[0].lstrip("(").startswith("+"):
            groups = _after_country_code(groups)
        elif groups[0].startswith("00"):  # 00 254 ...: the international prefix
            groups = _after_country_code([g for g in (groups[0][2:], *groups[1:]) if g])
        elif len(groups) > 2 and len(groups[0]) == 1:  # a trunk prefix written apart
            groups = groups[1:]
        if _subscriber_zeros(groups):
            return "only zeros after the area or network code"
    return None


def _after_country_code(groups: list[str]) -> list[str]:
    """A number's groups of digits after its country code (`groups`: from the code on); a
    code written with the rest (+254700000000) is the one of one to three digits that ITU-T
    E.164 gives a country (libphonenumber's list: its codes are prefix-free). [] for a code
    beginning with 0 or none known."""
    if not groups or groups[0].startswith("0"):
        return []
    if len(groups[0]) <= 3:
        return groups[1:]
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    size = next((n for n in (1, 2, 3) if int(groups[0][:n]) in COUNTRY_CODE_TO_REGION_CODE), 0)
    return [groups[0][size:], *groups[1:]] if size else []


def _subscriber_zeros(groups: list[str]) -> bool:
    """Whether a national number's groups of digits (`_zeros_after_area`) are, after the first
    group with a digit other than 0 (a trunk 0 written apart, "(0)", is left before it),
    LEAST_ZEROS zeros or more; or, one group alone, at most AREA_DIGITS digits (without the
    trunk 0) then UNSPACED_ZEROS zeros or more."""
    at = next((i for i, g in enumerate(groups) if g.strip("0")), None)
    if at is None:  # no number, or only zeros: `_zeros_only`'s
        return False
    rest = "".join(groups[at + 1 :])
    if rest:
        return len(rest) >= LEAST_ZEROS and set(rest) == {"0"}
    zeros = len(groups[at]) - len(groups[at].rstrip("0"))
    return len(groups[at].strip("0")) <= AREA_DIGITS and zeros >= UNSPACED_ZEROS


def _fiction(number: str, country: str = "", fiction: bool = False) -> str | None:
    """What makes a helpline a number kept for fiction: a number written with its country
    code (INTERNATIONAL; its digits of any script) that is one of NANP_FICTION or
    OFCOM_DRAMA, or under NANP_NO_AREA; with `country` (an ISO 3166 code), a number written
    without its code as a national number of that country (NUMBER_RUN, read with its
    trunk prefix by libphonenumber: 020 7946 0123 of GB, 8 495 ... of RU) likewise, once its
    country's code is known (`_national_digits`); else None. A national number where no
    country is known may be any country's, and one that has 555 elsewhere (+1 202 555 1212,
    +1 202 555 5555) may be someone's: not matched. A date, a time or a range of them or of
    years (`iri.without_not_numbers`: 07.30.2026, 09:00-17:00, 2025-2026) is no number, and
    a number beside one is read alone (30.07.2026 020 7946 0123 of GB holds the one).
    `fiction`: as `_fiction_digits`'s (a merged sample row may hold the numbers kept for
    fiction)."""
    from .iri import without_not_numbers  # addresses' rules only: no YAML, no kit

    number = without_not_numbers(number)
    for found in INTERNATIONAL.finditer(number):
        groups = _digit_groups(found[0])
        if found[0][0] != "+":  # 00: the international prefix
            groups = [g for g in (groups[0][2:], *groups[1:]) if g]
        # the number's groups from the first on (+1 202 555 0123 (24 h): a note's digits after)
        for end in range(1, len(groups) + 1):
            stand_in = _fiction_digits("".join(groups[:end]), fiction)
            if stand_in:
                return stand_in
    if not country:
        return None
    for found in NUMBER_RUN.finditer(number):
        if found[0].lstrip("(").startswith(("+", "00")):  # INTERNATIONAL's, read above
            continue
        groups = _digit_groups(found[0])
        for end in range(1, len(groups) + 1):
            digits = _national_digits(" ".join(groups[:end]), country)
            stand_in = _fiction_digits(digits, fiction) if digits else None
            if stand_in:
                return stand_in
    return None


def _digit_groups(run: str) -> list[str]:
    """A written number's groups of digits, as ASCII, in order (+44 ٢٠ 7946: 44, 20, 7946)."""
    return ["".join(str(unicodedata.decimal(d)) for d in g) for g in re.findall(r"\d+", run)]


# A phone number as written: a run of digits and the signs written between them, a + or a
# bracket before it; one that begins with + or 00 has its country code (INTERNATIONAL), any
# other is a national number, with its trunk prefix (020 7946 0123, 8 (495) 123-45-67) or
# without one. Found in a text without its dates, times and ranges (`_fiction`: a date
# beside a number was one run with it)
NUMBER_RUN = re.compile(r"(?<![\d+])\(?\+?\d[\d\s().\-]*\d")


def _national_digits(number: str, country: str) -> str | None:
    """A national number of `country` (ISO 3166) written with its country code instead
    (`_fiction_digits`'s form: the code, then the national significant number, its trunk
    prefix left out): 442079460123 for 020 7946 0123 of GB, by libphonenumber's metadata
    (Google's, through `phonenumbers`, imported here only: a merge of rows without a
    country, and an office without `country:`, never imports it); None for what it reads
    as no number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, country)
    except phonenumbers.NumberParseException:
        return None
    return f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"


def _fiction_digits(digits: str, fiction: bool = False) -> str | None:
    """What makes a number written with its country code (`digits`: the code, then the rest)
    one kept for fiction (`_fiction`), or None. With `fiction` (a merged event row that
    says it is a sample: `any_placeholder`) the numbers kept for fiction (NANP_FICTION,
    OFCOM_DRAMA) are none, as example.org and +00 are none there: they are what made-up
    events' numbers are for (the README's (202) 555-0123); area code 555 still is one (no
    number at all). An office's or campaign.yaml's sample is not told so: a helpline kept
    for fiction is no project sample (tests/offices/test_contact_placeholders.py)."""
    if digits[:1] == "1" and len(digits) == 11:  # NANP: area code, exchange, line
        if digits[1:4] == NANP_NO_AREA:  # first: +1 555 555 0123 is no number, even a sample's
            return f"area code {NANP_NO_AREA}, which no place or service has"
        if NANP_FICTION.fullmatch(digits[1:]):
            if fiction:
                return None
            return "555-0100 to 555-0199, numbers kept for fiction"
    national = digits[3:] if digits[2:3] == "0" else digits[2:]  # +44 (0)20: the trunk 0
    if digits[:2] == "44" and OFCOM_DRAMA.fullmatch(national) and not fiction:
        return "a number Ofcom keeps for TV and radio drama"
    return None


def _example_address(name: str, value: str, samples: bool = False) -> str | None:
    """What makes an address a placeholder: x for its letters (xxx@xxx.xxx, www.xxxx.org,
    @xxxx: a name or label of two x or more), a domain kept for examples (EXAMPLE_DOMAINS,
    but SAMPLE_DOMAINS when `samples`; EXAMPLE_TOPS) or a template's (TEMPLATE_NAMES,
    TEMPLATE_DOMAIN); else None. A web address's path and query are its own, and so is a
    handle's top-level name (@blueheart.test is no domain)."""
    bare = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", value, flags=re.IGNORECASE)
    host = re.split(r"[/?#:\s]", bare.rsplit("@", 1)[-1] if name == "email" else bare)[0]
    words = re.split(r"[@./:?#=&_+\-\s]+", value if name in ("email", "social") else host)
    if any(re.fullmatch(r"[xX]{2,}", w) for w in words):
        return "x for letters"
    host = host.lower().rstrip(".")
    kept = next((d for d in EXAMPLE_DOMAINS if host == d or host.endswith("." + d)), None)
    if samples and kept in SAMPLE_DOMAINS:
        return None
    if name == "social" and "/" not in bare:  # @blueheart.test, @yoursite: a handle's own
        return f"'{kept}', a name kept for examples" if kept else None
    top = host.rsplit(".", 1)[-1]
    if kept is None and top not in EXAMPLE_TOPS:
        return _template_domain(host)
    return f"'{kept or '.' + top}', a name kept for examples"


def _template_domain(host: str) -> str | None:
    """What makes a host a template's: 'yourdomain.com' from www.yourdomain.com (the host
    from its TEMPLATE_NAMES label on, or TEMPLATE_DOMAIN's), or None."""
    labels = host.split(".")
    names = (*TEMPLATE_NAMES, *TEMPLATE_NAMES_HYPHENED)
    at = next((i for i, label in enumerate(labels[:-1]) if label in names), None)
    if at is None and len(labels) >= 2 and labels[-2] == TEMPLATE_DOMAIN:
        at = len(labels) - 2
    if at is None:
        return None
    return f"'{'.'.join(labels[at:])}', a template's name for a domain to come"
