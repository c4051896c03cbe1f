"""A contact's value that stands for one still to come (`placeholder`: "+66 xx xxx xxxx",
"TBD", xxx@xxx.xxx, an address at example.com), which would print on every material as it is.
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
from functools import partial
from typing import NamedTuple

# A contact field's value that stands for one still to come, which would print on every
# material as it is: x or X for each digit ("+66 xx xxx xxxx", a regional office's trial:
# the helpline printed under every call to act, exit 0; or a look-alike of x: the
# multiplication sign, Cyrillic х, full-width ｘ), or a note that the value is not known yet.
PLACEHOLDER_DIGITS = re.compile(r"(?<![^\W\d_])[xX×хХ]{2,}(?![^\W\d_])|(?<=\d)[xX×хХ]+(?![^\W\d_])")
PLACEHOLDER_WORDS = re.compile(
    r"\b(?i:TBD|TBC|TBA|N/A|to be (?:confirmed|decided|announced|added)|lorem ipsum)\b"
    r"|\?{2,}|^\s*[.…_\-\u2013\u2014]+\s*$"
)
# a word in an address or a handle may be its own (who.int/tbc, facebook.com/TBC.Thailand)
ADDRESSES = ("report_url", "website", "email", "social")
# The fields a reader types or dials as printed (an office's name is words, in any script)
TYPED = ("helpline", *ADDRESSES)
# A helpline's extension at its end (ext. 55, x55, ;ext=55): not the number's digits
EXTENSION = re.compile(r"\s*(?:ext\.?|x|;\s*ext=)\s*\d+\s*$", re.IGNORECASE)
LEAST_ZEROS = 4  # "000" alone is a short number (an emergency number: 000, 112, 116 000)
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


def placeholder(name: str, value: str, samples: bool = False) -> str | None:
    """What makes the value of contact field `name` a placeholder ("x for digits", "only
    zeros" or a country code no country has in a helpline, "x for letters" or a name kept for
    examples in an address, "'TBD'" in any; the whole value of an address), or None for a
    value that may be the office's own. `samples`: the project's sample values (SAMPLE_DOMAINS,
    a helpline's country code beginning with 0) are not matched, as an office marked
    `sample: true` may hold them. Full-width forms are read as the characters they stand
    for."""
    plain = half_width(without_scheme(value)) if name in TYPED else without_scheme(value)
    if name == "helpline" and PLACEHOLDER_DIGITS.search(plain):
        return "x for digits"
    if name == "helpline":
        numbers = plain.split("/")
        zeros = next(filter(None, (_zeros_only(n, samples) for n in numbers)), None)
        if zeros:
            return zeros
    if name in ADDRESSES:
        stand_in = _example_address(name, plain, samples)
        if stand_in:
            return stand_in
    found = PLACEHOLDER_WORDS.search(plain)
    if found and (name not in ADDRESSES or found[0].strip() == plain):
        return f"'{found[0].strip()}'"
    return None


def link_placeholder(link: str, samples: bool = False) -> str | None:
    """What makes a link target (`links:` of an office or campaign.yaml: the address a QR
    code or a PDF link leads to) a placeholder, read as the contact it is: a `mailto:` as an
    `email`, a `tel:` as a `helpline`, any other as a `website` (`placeholder`, `samples`
    as there); None for one that may be the office's own."""
    scheme, _, rest = link.partition(":")
    if scheme.lower() == "mailto":
        return placeholder("email", rest.split("?", 1)[0], samples)
    if scheme.lower() == "tel":
        return placeholder("helpline", rest, samples)
    return placeholder("website", link, samples)


# An e-mail or a web address inside a contact of no named field (a merged event's contact
# cell: "Ana Silva, ana@example.org, +66 2 123 4567")
EMAIL_IN = re.compile(r"[^@\s,;()<>]+@[^@\s,;()<>]+\.[^@\s,;()<>.]+")
WEB_IN = re.compile(r"(?:https?://)?(?:[^\W_][\w-]*\.)+[^\W\d_]{2,}\.?(?:[/?#][^\s,;]*)?")
HANDLE_IN = re.compile(r"(?<![^\s,;(])@\w[\w.]*")  # a social handle: @blueheart


def any_placeholder(value: str, samples: bool = False) -> str | None:
    """What makes a contact of no named field a placeholder (a merged event's contact or link
    cell): `placeholder` of the field each part is written as, its e-mail addresses as an
    `email`, its web addresses as a `website`, its handles as `social`, the rest (a phone
    number, a name, a note) as a `helpline`; None for a value that may be the event's own.
    `samples` as `placeholder`'s: True for an event marked as a sample (its `sample` cell
    true, as examples/events.csv marks its events)."""
    rest = half_width(without_scheme(value))
    for name, pattern in (("email", EMAIL_IN), ("website", WEB_IN), ("social", HANDLE_IN)):
        for found in pattern.findall(rest):
            stand_in = placeholder(name, found, samples)
            if stand_in is not None:
                return stand_in
        rest = pattern.sub(" ", rest)
    return placeholder("helpline", rest, samples)


# What judges a value (`placeholder` of a field, `link_placeholder`, `any_placeholder`):
# (value, samples) -> what makes it a placeholder, or None
Judge = Callable[[str, bool], str | None]


class Placeholder(NamedTuple):
    """A contact's value that stands for one still to come (`placeholder_values`)."""

    value: str  # as written, without the spaces around it
    stand_in: str  # what makes it one: "x for digits", "'example.org', a name kept for ..."
    sample: bool  # one of the project's samples (example.org, +00 ...): `sample: true` may


def placeholder_values(
    field: str | Judge, values: Iterable[str | None], samples: bool = False
) -> Iterator[Placeholder]:
    """Each placeholder among `values` (a contact's text and its short form: each distinct
    one, without the spaces around it; empty ones are none), in their order. `field`: the
    contact field's name (judged by `placeholder`), or the judge of a value of no named
    field (`link_placeholder` for a link's address, `any_placeholder` for a merged event's
    cell). `samples` as `placeholder`'s: True where the values' file says it is a sample
    (`sample: true`). Each says whether it is one of the project's samples, which a sample
    may hold (`sample_hint`)."""
    judge: Judge = partial(placeholder, field) if isinstance(field, str) else field
    for value in dict.fromkeys(v.strip() for v in values if v and v.strip()):
        stand_in = judge(value, samples)
        if stand_in is not None:
            yield Placeholder(value, stand_in, judge(value, True) is None)


def sample_hint(found: Placeholder, who: str, how: str = "`sample: true`") -> tuple[str, ...]:
    """The hint for a placeholder that is one of the project's samples (`found.sample`): the
    file that holds it may say it is a sample, `who` ("an office made only to try the kit")
    "never printed, says so: " `how`; () for any other placeholder (no sample holds one)."""
    return (f"{who}, never printed, says so: {how}",) if found.sample else ()


def placeholder_said(found: Placeholder) -> str:
    """A merged event's contact or link cell that is a placeholder (`placeholder_values` with
    `any_placeholder`, of its value or a link's address), said with the value: "'+66 xx xxx
    xxxx' is a placeholder (x for digits): ..."."""
    return (
        f"'{found.value}' is a placeholder ({found.stand_in}): it would print on the event's "
        "documents (a link: in its QR code too)"
    )


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


def _example_address(name: str, value: str, samples: bool = False) -> str | None:
    """What makes an address a placeholder: x for its letters (xxx@xxx.xxx, www.xxxx.org,
    @xxxx: a name or label of two x or more), or a domain kept for examples (EXAMPLE_DOMAINS,
    but SAMPLE_DOMAINS when `samples`; EXAMPLE_TOPS); else None. A web address's path and
    query are its own, and so is a handle's top-level name (@blueheart.test is no domain)."""
    bare = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", value, flags=re.IGNORECASE)
    host = re.split(r"[/?#:\s]", bare.rsplit("@", 1)[-1] if name == "email" else bare)[0]
    words = re.split(r"[@./:?#=&_+\-\s]+", value if name in ("email", "social") else host)
    if any(re.fullmatch(r"[xX]{2,}", w) for w in words):
        return "x for letters"
    host = host.lower().rstrip(".")
    kept = next((d for d in EXAMPLE_DOMAINS if host == d or host.endswith("." + d)), None)
    if samples and kept in SAMPLE_DOMAINS:
        return None
    top = host.rsplit(".", 1)[-1]
    if kept is None and (top not in EXAMPLE_TOPS or name == "social" and "/" not in bare):
        return None
    return f"'{kept or '.' + top}', a name kept for examples"
