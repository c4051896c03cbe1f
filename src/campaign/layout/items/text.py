"""`text` slots: paragraphs from string keys and fields, set and copy-fitted into the frame.

Shared with `arc-text`: digits in the language's numbering system, display capitals only in
scripts that have them, and one diagnostic for a character no font covers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from urllib.parse import unquote

from ...diagnostics import Mark, listed
from ...fonts import NEW_SCRIPT_STEPS, FontBook, FontFace
from ...iri import WEB_ADDRESS
from ...model import ArcTextSlot, Language, Slot, StringEntry, TextSlot, TextStyle
from ...model.language import bcp47_case
from ...resolve import PLACEHOLDER, fill
from ...text.case import upper, written_offsets
from ...text.clusters import ZAWGYI_LIKELY, broken, repeated_marks, zawgyi_probability
from ...text.fit import Fault, FitRequest, Overflow, TextSet, at_fault, fit, without
from ...text.paragraph import MissingGlyphError, Run, describe_char
from ...text.scripts import (
    char_script,
    ignorable_format,
    is_link_token,
    link_spans,
    localise_digits,
)
from ..document import MM, Box, TextItem
from . import ComposeContext, Role, composer

# Scripts whose readers expect capitals in display type. Georgian has capitals (Mtavruli) but
# does not set running text in them, so it is left as written.
CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn"})


@dataclass(frozen=True)
class OverflowReport:
    """One text that does not fit, for the kit-wide overflow list."""

    material: str
    lang: str
    slot: str
    keys: tuple[str, ...]
    text: TextSet
    box_h: float  # pt
    # where it is told when no one text of the slot's is at fault (`fault`): an office's own
    # text, else the first
    told_at: Mark
    marks: tuple[Mark, ...] = ()  # each text's place, in the order of `keys`
    req: FitRequest | None = None  # the copy-fit's request: which text is at fault

    @cached_property
    def fault(self) -> Fault | None:
        """The text of a slot of several at fault (text.fit.at_fault), found when asked: a
        trial setting's overflows are never told."""
        if self.req is None or len(self.marks) != len(self.keys):
            return None
        return at_fault(self.req, self.text)

    @property
    def mark(self) -> Mark:
        """Where the error is told: at the text at fault, else at `told_at`."""
        fault = self.fault
        return self.told_at if fault is None else self.marks[fault.paragraph]

    @property
    def at_fault(self) -> tuple[str, ...]:
        """The keys of the texts to shorten: the one at fault where it is known, else all."""
        fault = self.fault
        return self.keys if fault is None else (self.keys[fault.paragraph],)

    @property
    def short_tried(self) -> bool:
        """Whether it was set in its short variant and the text at fault (where one is) has
        one: a call to act with no short variant beside two that have theirs is told to
        take one, not to shorten it."""
        fault = self.fault
        if self.text.variant != "short":
            return False
        return fault is None or self.req is None or self.req.shorts[fault.paragraph] is not None

    def render(self, data: str | None = None) -> str:
        """The problem in words; `data`: the text is a merged row's value (its text, as the
        row gives it), told as the row's, with about how many of its characters fit."""
        o = self.text.overflow
        assert o is not None
        if data is not None:
            lines = len(self.text.lines)
            fit = len(data) * max(lines - o.lines_over, 0) // lines if lines else 0
            room = f"about {fit} of its {len(data)} characters fit" if fit else "it is too wide"
            return f"the row's text does not fit slot '{self.slot}' even at {o.size:g} pt: {room}"
        # "with its short variant" when that was tried too; a text's own variant is not
        # named ("with its text variant" puzzled a translator whose key has no short one)
        variant = " with its short variant" if self.text.variant == "short" else ""
        fault = self.fault
        whose = "" if fault is None else self.keys[fault.paragraph]
        said = missed_by(o, whose if fault is not None and fault.why == "wide" else "")
        max_lines = self.req.max_lines if self.req is not None else 0
        return f"{self.head()}{variant}: {said}{fault_words(fault, whose, max_lines)}"

    def head(self) -> str:
        """What does not fit where: "text does not fit slot 'figure' even at 56 pt"."""
        o = self.text.overflow
        assert o is not None
        return f"text does not fit slot '{self.slot}' even at {o.size:g} pt"

    def missed(self) -> str:
        """By how much: "9.3 mm (1 line(s)) too tall and a word is 1.2 mm too wide"."""
        o = self.text.overflow
        assert o is not None
        return missed_by(o)


def missed_by(o: Overflow, whose: str = "") -> str:
    """By how much a text misses its box at its smallest size, as the `text.overflow` error
    and the fit report (layout.report) say it: "9.3 mm (1 line(s)) too tall and a word is
    1.2 mm too wide"; `whose`: the key of the text of several whose word it is ("a word of
    'cta_donate' is 1.2 mm too wide")."""
    what = []
    if o.height_over > 0:
        what.append(f"{over_mm(o.height_over)} ({o.lines_over} line(s)) too tall")
    elif o.lines_over > 0:
        what.append(f"{o.lines_over} line(s) more than the style allows")
    if o.width_over > 0:
        of = f" of '{whose}'" if whose else ""
        what.append(f"a word{of} is {over_mm(o.width_over)} too wide")
    return " and ".join(what)


def fault_words(fault: Fault | None, key: str, max_lines: int) -> str:
    """What the overflow's message adds of the text at fault of a slot of several (`key`,
    text.fit.at_fault), where its word too wide is not said already: "; 'cta_donate' takes
    3 lines, and the style's max_lines is 2 for each paragraph" or "; 'cta_donate' takes
    the room: without it the slot's other texts fit"."""
    if fault is None or fault.why == "wide":
        return ""
    if fault.why == "lines":
        return (
            f"; '{key}' takes {fault.lines} lines, and the style's max_lines is {max_lines} "
            "for each paragraph"
        )
    return f"; '{key}' takes the room: without it the slot's other texts fit"


def over_mm(pt: float) -> str:
    """A length over, in mm to 0.1: "less than 0.1 mm" where that rounds to 0.0 (an A6 flyer's
    overflow said "0.0 mm (1 line(s)) too tall")."""
    return f"{pt / MM:.1f} mm" if pt / MM >= 0.05 else "less than 0.1 mm"


# A field that is a number alone (digits, and a phone number's + ( ) . - and spaces): a
# hotline, which prints as written, as longer phone numbers do (text.scripts.link_spans)
NUMBER_ALONE = re.compile(r"\+?[0-9][0-9 ().\-]*")


def style_capitals(style: TextStyle, lang: Language) -> bool:
    """Whether the style sets `lang`'s text in capitals (`uppercase: true`, a script with
    capitals): capitals of the look, which a text typed in capitals is not."""
    return style.uppercase and lang.script in CASED_SCRIPTS


def resolve_text(
    text: str, lang: Language, style: TextStyle, as_written: bool = False, capitals: bool = True
) -> str:
    """Digits localised (not with `as_written`); capitals where the style asks and the script
    has them (not without `capitals`: the text as spoken), by the language's rules (Greek
    without accents, Turkish and Azerbaijani dotted capital I: `text.case`). Addresses,
    hashtags and mentions (`text.scripts.link_spans`) keep the case they are written in: a
    path or a query may tell capitals apart (RFC 3986, 6.2.2.1), and a hashtag's capitals
    (#EndHumanTrafficking) are how a screen reader tells its words apart."""
    if not as_written:
        text = localise_digits(text, lang.digits)
    if capitals and style_capitals(style, lang):
        out, pos = [], 0
        for a, b in link_spans(text):
            out += [upper(text[pos:a], lang.code), text[a:b]]
            pos = b
        text = "".join([*out, upper(text[pos:], lang.code)])
    return text


def entries(slot: TextSlot | ArcTextSlot, ctx: ComposeContext) -> list[StringEntry]:
    """The slot's texts in order: its strings, then its fields that are filled in (only the
    first of them with `first_field`)."""
    out = [ctx.content.entry(ctx.for_link(k, slot)) for k in slot.strings]
    if isinstance(slot, TextSlot):
        filled = [v for v in (ctx.content.value(f) for f in slot.fields) if v.text]
        out += [
            replace(v, text=printed_url(v.text), short=v.short and printed_url(v.short))
            for v in filled[: 1 if slot.first_field else None]
        ]
    return out


def report_empty_fields(slot: TextSlot | ArcTextSlot, ctx: ComposeContext) -> None:
    """A `text.empty-field` warning for each `{field}` of the slot's strings that is empty in
    this document (not filled in, or hidden by the office): the string prints around
    nothing. The English call to act "...or a helpline ({helpline})." printed "...or a
    helpline ()." and the Japanese "相談窓口（）に", `check --strict` passing (a trial). Named
    at the string, in the language that has the placeholder (each language's text is its
    own); the pipeline merges the documents and languages of one string's line
    (`empty_field_per_string`)."""
    for key in dict.fromkeys(ctx.for_link(k, slot) for k in slot.strings):
        warn_empty_fields(key, ctx)


def report_empty_alt(slot: Slot, ctx: ComposeContext) -> None:
    """The `text.empty-field` warnings of the slot's alternative text (`alt:`, the words the
    digital PDF gives an image, an emblem, a QR code for a screen reader), which the check
    left out: "Call {helpline}" read "Call " there without a word. The caller asks only of
    a slot whose alternative text the document uses (placed, not an artifact)."""
    if slot.alt:
        warn_empty_fields(ctx.for_link(slot.alt, slot), ctx, alt=True)


def warn_empty_fields(key: str, ctx: ComposeContext, alt: bool = False) -> None:
    """A warning for each `{field}` of string `key` (and its short variant, unless `alt`: an
    alternative text is the string's text) empty in this document."""
    content = ctx.content
    found = content.strings.get(key)
    if found is None:
        return
    named: dict[str, tuple[str, int]] = {}  # field -> (text, offset) of its first place
    for text in (found.text,) if alt else (found.text, found.short or ""):
        for m in PLACEHOLDER.finditer(text):
            entry = content.fields.get(m[1])
            if entry is not None and not entry.text and m[1] not in named:
                named[m[1]] = (text, m.start())
    shows = "the alternative text (digital PDF) reads" if alt else "the text prints"
    for name, (text, at) in named.items():
        printed = fill(text, content.fields)
        spot = len(fill(text[:at], content.fields))
        ctx.errs.warn(
            "text.empty-field",
            f"{{{name}}} is empty{_why_empty(name, ctx)}, so {shows} '{_around(printed, spot)}'",
            found.mark,
            _fill_hint(name, ctx),
            f"or write '{key}' without {{{name}}} (a slot with `when_filled: {name}` may "
            f"show a text that names it, and one with `when_empty: {name}` a text without "
            "it: README, 'Slots that give way')",
            subject=ctx.subject(key=key),
            facts=(("field", name),),
        )


def _why_empty(name: str, ctx: ComposeContext) -> str:
    """Who left field `name` empty, for the message: an office that hides it, or an office
    (or the campaign) that has not filled it in."""
    office = ctx.content.office
    if office and name in ctx.content.hidden:
        return f" (office '{office}' hides it)"
    if name in ctx.content.from_record:
        return " in the row"
    return f" (office '{office}' has not filled it in)" if office else " (not filled in)"


def _fill_hint(name: str, ctx: ComposeContext) -> str:
    """Where field `name` is filled in for this document."""
    content, code = ctx.content, ctx.lang.code
    office = content.office
    if office and name in content.hidden:
        at = content.hidden_at.get(name)
        if at is not None and at.path.stem != office:  # the `hide:` of an office it extends
            return (
                f"to print it, give materials/offices/{office}.yaml a `hide:` of its own "
                f"without '{name}', which replaces the one it takes from office "
                f"'{at.path.stem}' (materials/offices/{at.path.name}:{at.line}): `hide: []` "
                "hides none (its value, or the campaign's, prints then)"
            )
        return (
            f"to print it, take '{name}' out of `hide:` in materials/offices/{office}.yaml "
            "(its value there, or the campaign's, prints then)"
        )
    if name in content.from_record:
        return f"fill in the row's '{name}' (the data file's cell)"
    if office:
        return (
            f"fill in '{name}' in materials/offices/{office}.yaml (`fields:`, or "
            f"`fields_by_language:` for {code})"
        )
    return (
        f"fill in '{name}' in materials/campaign.yaml (`fields:`), or for {code} alone in "
        "its strings file's `fields:`"
    )


def _around(text: str, at: int, before: int = 36, after: int = 12) -> str:
    """The part of `text` around offset `at`, cut at both ends with '…' where it goes on."""
    a, b = max(at - before, 0), min(at + after, len(text))
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def printed_url(text: str) -> str:
    """A field that is a link alone, as print shows it: a web address without `https://` (or
    `http://`) and a trailing `/` (`https://example.org/` -> `example.org`), the usual form in
    print; an e-mail address without `mailto:` and the subject or body a mail program is
    given (RFC 6068: `?subject=...`), its percent-escapes read (the address as it is typed)
    unless that gives a control or a direction mark (`%E2%80%AE` reversed the address: kept
    as written then); a phone number without `tel:`
    (RFC 3966). Any other text is unchanged. The scheme in any case (RFC 3986, 3.1: a
    merged event's link cell may say HTTPS://). QR codes and links keep the whole address."""
    stripped = text.strip()
    match = re.fullmatch(r"(?i:https?)://(\S+?)/?", stripped)
    if match:
        return match[1]
    match = re.fullmatch(r"(?i:mailto):([^?\s]+)(?:\?\S*)?", stripped)
    if match:
        decoded = unquote(match[1])  # walk%2Bjuly@ is the mailbox walk+july@, as typed
        plain = decoded.isprintable() and not any(ignorable_format(c) for c in decoded)
        return decoded if plain else match[1]  # %E2%80%AE reversed the address: as written
    match = re.fullmatch(r"(?i:tel):(\S+)", stripped)
    return match[1] if match else text


# a phone number and its extension, as offices write them (+41 22 917 1234 ext. 55)
PHONE_EXTENSION = re.compile(r"\+?\d[\d\s().-]{4,}\d\s*(?:ext\.?|x|;\s*ext=)\s*\d+", re.I)


def is_link(text: str) -> bool:
    """Whether a field is a link alone: a web, e-mail or phone address with its scheme
    (`printed_url` prints it otherwise than written), or written as people write them
    (example.org/page, info@example.org, +41 22 917 1234, a number of seven digits or more:
    text.scripts.is_link_token), which are set in their own direction and never hyphenated
    as well."""
    bare = text.strip()
    return (
        printed_url(text) != text
        or is_link_token(bare)
        or bool(WEB_ADDRESS.fullmatch(bare) or PHONE_EXTENSION.fullmatch(bare))
    )


def texts_of(
    found: list[StringEntry],
    lang: Language,
    style: TextStyle,
    fields: Collection[str] = (),
    as_written: Collection[str] = (),
    capitals: bool = True,
) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """The texts and short variants as set (`resolve_text`). An entry of `fields` (a field's
    key) that is a number alone keeps its digits as written: a Khmer office's hotline 1288
    printed as ១២៨៨ beside +855 23 720 1288 in Latin digits (a phone number's). So does an
    entry of `as_written` (Content.as_written: a merged row's date and time, in the digits
    of its language in its `date_region`: an Arabic flyer's date in Morocco, 30, was
    printed ٣٠). Without `capitals`, as they are spoken: the style's capitals left out."""

    def as_set(e: StringEntry, text: str) -> str:
        kept = e.key in as_written or e.key in fields and bool(NUMBER_ALONE.fullmatch(text))
        return resolve_text(text, lang, style, kept, capitals)

    texts = tuple(as_set(e, e.text) for e in found)
    shorts = tuple(as_set(e, e.short) if e.short else None for e in found)
    return texts, shorts


def report_missing(
    exc: MissingGlyphError,
    found: list[StringEntry],
    slot: TextSlot | ArcTextSlot,
    ctx: ComposeContext,
    shown: Sequence[tuple[str, str | None]] = (),
) -> None:
    """Every character of the slot's strings that no font covers, at the string that contains
    it; the hint says which font to add or rebuild for the character's script. A character
    the setting made (`shown`: each text and short variant as set, `texts_of`: a localised
    digit, a capital) is told at the text that sets it. The pipeline merges these into one
    error per language and script (`one_per_cause`)."""
    every = ctx.fonts.all_faces(slot.style.weight)  # what the stack holds, in any order
    for entry in found:
        chars = missing_chars(entry.text + (entry.short or ""), every)
        if exc.char in entry.text and exc.char not in chars:
            chars.insert(0, exc.char)  # e.g. HarfBuzz drew .notdef for a mapped character
        for ch in chars:
            hint = (  # a merged row's value: the organiser's to change, not the kit's fonts
                "no font of the kit has it: remove it from the data (the cell named here), or "
                "write it another way"
                if entry.key in ctx.content.from_record
                else no_glyph_hint(char_script(ch), ctx.fonts, ch, slot.style.weight)
            )
            ctx.errs.error(
                "text.no-glyph",
                f"{describe_char(ch)} has no glyph in any font",
                entry.place_of(ch),
                hint,
                subject=ctx.subject(key=entry.key),
            )
    if not any(exc.char in e.text for e in found):  # made by resolve_text (digits, capitals)
        entry = found[glyphless(exc.char, found, shown) or 0]
        ctx.errs.error(
            "text.no-glyph",
            f"{describe_char(exc.char)} has no glyph in any font",
            entry.mark,
            no_glyph_hint(char_script(exc.char), ctx.fonts),
            subject=ctx.subject(key=entry.key),
        )


ZAWGYI_HINT = (
    "the text looks like Burmese in the Zawgyi encoding, not Unicode: convert it to Unicode "
    "(Google's myanmar-tools, or the Rabbit converter) and check it in a Unicode font"
)
BROKEN_HINT = (
    "a vowel sign or mark typed before its letter, or on one that cannot carry it: type the "
    "letter first, then its signs, in the order of the spoken syllable"
)


def report_text_faults(
    found: list[StringEntry],
    lines: list[tuple[int, tuple[Run, ...]]],
    ctx: ComposeContext,
    entry_at: Callable[[int, int], tuple[int, int]] | None = None,
) -> None:
    """Text its font cannot set as written (text.clusters), at the string that has it:
    - `text.broken-cluster` (error): a character before which the shaper put a dotted circle
      (◌) the text does not have, in the runs of `lines` ((index of the entry in `found`,
      the runs that set it)); `entry_at(index, position)`: the entry and position of a
      character of the runs' source where one source sets several entries (the badge rim);
    - `text.repeated-mark` (warning): a nonspacing mark typed twice, drawn stacked;
    - `text.zawgyi` (warning): Burmese that reads as Zawgyi, where no dotted circle told it.
    Each once per string of the slot."""
    faults: dict[int, list[str]] = {}  # entry -> each fault as told, in order
    for index, runs in lines:
        for at in broken(runs):
            source = runs[0].source
            which, _ = entry_at(index, at) if entry_at else (index, at)
            one = f"{describe_char(source[at])} in '{source[max(0, at - 8) : at + 2].strip()}'"
            if one not in faults.setdefault(which, []):
                faults[which].append(one)
    for which, told in faults.items():
        entry = found[which]
        more = f" (and {len(told) - 1} more place(s))" if len(told) > 1 else ""
        zawgyi = zawgyi_probability(entry.text) >= ZAWGYI_LIKELY
        ctx.errs.error(
            "text.broken-cluster",
            f"{told[0]}{more} has no letter to sit on: the font draws a dotted circle "
            "(\u25cc) in front of it on the page",
            entry.mark,
            ZAWGYI_HINT if zawgyi else BROKEN_HINT,
            subject=ctx.subject(key=entry.key),
        )
    broken_keys = {found[which].key for which in faults}
    for entry in found:
        text = entry.text + ("\n" + entry.short if entry.short else "")
        for at in repeated_marks(text):
            ctx.errs.warn(
                "text.repeated-mark",
                f"{describe_char(text[at])} follows itself in "
                f"'{text[max(0, at - 8) : at + 2].strip()}': it is drawn twice, one on the "
                "other",
                entry.place_of(text[at - 1 : at + 1]),
                "delete one of the two",
                subject=ctx.subject(key=entry.key),
            )
        if entry.key not in broken_keys and zawgyi_probability(text) >= ZAWGYI_LIKELY:
            ctx.errs.warn(
                "text.zawgyi",
                "the Burmese reads as the Zawgyi encoding "
                f"({zawgyi_probability(text):.0%} likely by myanmar-tools' detector), which "
                "a Unicode font draws as other letters",
                entry.mark,
                ZAWGYI_HINT,
                subject=ctx.subject(key=entry.key),
            )


def report_other_han(
    found: list[StringEntry], stack: tuple[FontFace, ...] | list[FontFace], ctx: ComposeContext
) -> None:
    """A `text.han-fallback` warning for each Han character of the slot's texts that the page
    language's own font (fonts.yaml `languages:`: NotoSansJP for ja) lacks and another font
    of the stack draws: in that font's forms (SC's, TC's, KR's), which differ from the
    language's. A Japanese poster set 𠮟 and 噓 in Traditional Chinese forms, `build` saying
    nothing (a trial). Named at the text that has it; the pipeline merges these into one
    warning per language and font (`han_per_language`)."""
    lang, fonts = ctx.lang, ctx.fonts
    own = stack[0] if stack else None
    if own is None or fonts.language_family(lang.code, lang.script) != own.family:
        return
    for entry in found:
        text = entry.text + (entry.short or "")
        if own.cmap.issuperset(map(ord, text)):
            continue  # the usual case, at C speed
        for ch in dict.fromkeys(text):
            if own.covers(ord(ch)) or not is_han(ch):
                continue
            face = next((f for f in stack[1:] if f.covers(ord(ch))), None)
            if face is None:
                continue  # no font has it: text.no-glyph
            used = f"{face.family}{_font_of(fonts, face.family)}"
            ctx.errs.warn(
                "text.han-fallback",
                f"{describe_char(ch)} is not in {own.family}, the font of {lang.code}: it is "
                f"set from {used}, in its forms",
                entry.place_of(ch),
                han_fallback_hint(own.family, entry.key in ctx.content.from_record),
                subject=ctx.subject(key=entry.key),
                facts=(("char", ch), ("own", own.family), ("used", used)),
            )


def is_han(ch: str) -> bool:
    """A Han character (script Hani: a CJK ideograph of any block, 々, 〇)."""
    return char_script(ch) == "Hani"


def _font_of(fonts: FontBook, family: str) -> str:
    """ " (the font of zh-Hant)": the first language fonts.yaml gives `family`, if any."""
    code = next((c for c, f in fonts.languages.items() if f == family), None)
    return f" (the font of {bcp47_case(code)})" if code else ""


def han_fallback_hint(family: str, from_record: bool = False) -> str:
    """What to do about Han characters `family`, the page language's font, lacks."""
    if from_record:  # a merged row's value: the organiser's text
        return (
            f"write it in a form {family} has (the cell named here), or have the kit's "
            f"{family} rebuilt with it"
        )
    return (
        f"add the characters to {family}: its recipe's --chars in fonts/tools/make_ttf.py, "
        "then run it (fonts/README.md), or put a full font in its place; or write a form "
        f"{family} has"
    )


def missing_chars(text: str, stack: list[FontFace]) -> list[str]:
    """Visible characters of `text` that no font of the stack maps, each once, in order."""
    out: list[str] = []
    for ch in text:
        if ch in out or ch.isspace() or ignorable_format(ch) or unicodedata.category(ch) == "Cc":
            continue
        if not any(f.covers(ord(ch)) for f in stack):
            out.append(ch)
    return out


def no_glyph_hint(
    script: str | None, fonts: FontBook, char: str = "", weight: str = "regular"
) -> str:
    """What to do about a character no font has: name the script's font when the kit has one
    (a subset that lacks the character), else ask for a font for the script. When the
    family's other weight has the character, the file named for this weight is the suspect
    (a Thai font given as NotoSansKhmer's bold: "rebuild that font with these characters"
    sent the designer to the wrong file)."""
    family = fonts.scripts.get(script) if script else None
    other = "regular" if weight == "bold" else "bold"
    files = fonts.families.get(family, {}) if family else {}
    if family and char and weight in files and other in files:
        if fonts.face(family, other).covers(ord(char)) and not fonts.face(family, weight).covers(
            ord(char)
        ):
            return (
                f"{family}'s {other} file has it, its {weight} file "
                f"({files[weight].name}) does not: check fonts/fonts.yaml's `{weight}:` for "
                f"{family} (another family's file?)"
            )
    if family:
        return (
            f"{family} (fonts/fonts.yaml, script {script}) lacks it: rebuild that font with "
            "these characters (fonts/tools/make_ttf.py --chars), or fix the text"
        )
    what = f"script {script}" if script else "this character"
    return f"add a font covering {what} to fonts/fonts.yaml ({NEW_SCRIPT_STEPS}), or fix the text"


def _omitted(
    slot: TextSlot, found: list[StringEntry], ctx: ComposeContext, why: str, at: int | None
) -> None:
    """A `text.omitted` warning: the slot (`overset: omit`) is left out, its text too long for
    it even at the style's smallest size or holding a character no font has (`why`); named
    where its text comes from: the text at fault of a slot of several (`at`: its index in
    `found`, where it is known), else a merged row's cell when one feeds it, else its first
    text (the kit's string or field), with all of them."""
    from_row = [i for i, e in enumerate(found) if e.key in ctx.content.from_record]
    one = at if at is not None else next(iter(from_row), None)
    entry = found[0 if one is None else one]
    shown = entry.text if one is not None else " / ".join(e.text for e in found)
    ctx.errs.warn(
        "text.omitted",
        f"slot '{slot.name}' is left out: '{shown}' {why}",
        entry.mark,
        "change it in the data (the cell named here) to have it printed"
        if entry.key in ctx.content.from_record
        else "shorten the text, or enlarge the slot or lower the style's min_size",
        subject=ctx.subject(key=entry.key),
    )


def glyphless(
    char: str, found: list[StringEntry], shown: Sequence[tuple[str, str | None]] = ()
) -> int | None:
    """The index of the text of `found` that has `char` (a character no font has), as
    written or as set (`shown`: each text and short variant as `texts_of` gives them: a
    digit or capital the setting made); None where none has it."""
    for i, entry in enumerate(found):
        text, short = shown[i] if i < len(shown) else ("", None)
        if char in entry.text + (entry.short or "") + text + (short or ""):
            return i
    return None


def text_role(slot: TextSlot | ArcTextSlot, ctx: ComposeContext) -> Role:
    alt = ctx.alt(slot)
    if slot.role == "figure" and not alt:  # `layout.figure-alt`: no Figure without /Alt
        return "paragraph", None
    return (slot.role, alt) if slot.role else ("paragraph", None)


@composer(TextSlot, role=text_role)
def compose_text(slot: TextSlot, box: Box, ctx: ComposeContext) -> TextItem | None:
    style, lang, fonts = slot.style, ctx.lang, ctx.fonts
    found = entries(slot, ctx)
    report_empty_fields(slot, ctx)
    if not found:
        return None  # fed only by fields that are not filled in: nothing to show
    texts, shorts = texts_of(found, lang, style, ctx.content.fields, ctx.content.as_written)
    stack = tuple(fonts.stack(lang.script, style.weight, lang.code))
    # a field that is a link alone: set in its own direction, never hyphenated
    links = frozenset(
        i
        for i, e in enumerate(found)
        if e.key in slot.fields and is_link(ctx.content.value(e.key).text)
    )
    # every field set alone: a bidi isolate, in the direction of its first strong letter (UAX
    # 9, FSI), as the page's other texts see it: an office's name in Latin letters on an
    # Arabic page, "UNODC Regional Office, Cairo.", printed its full stop at the left, before
    # "UNODC" (the paragraph's right-to-left direction took the neutral at its end). But a
    # merged row's date and time, which the merge wrote in the language's own forms
    # (Content.as_written), are the language's text: a Moroccan time, 18:30–20:30 in Latin
    # digits, has no strong letter, and as an isolate of its own (left to right, UAX 9 FSI)
    # read from its end on an Arabic flyer, where ٦:٣٠–٨:٣٠ م, with its letter, did not
    isolated = frozenset(
        i
        for i in range(len(slot.strings), len(found))  # `entries`: strings first
        if found[i].key not in ctx.content.as_written
    )
    req = FitRequest(
        texts,
        shorts,
        lang.code,
        lang.rtl,
        stack,
        style.size if ctx.size_cap is None else min(style.size, max(ctx.size_cap, style.min_size)),
        style.min_size,
        style.leading,
        style.align,
        style.balance,
        style.paragraph_gap,
        box.w,
        box.h,
        style.max_lines,
        # a string shown in the source language (not yet translated) keeps its own direction
        frozenset(i for i, e in enumerate(found) if e.key in ctx.content.fallbacks) | isolated,
        unhyphenated=links,
    )
    try:
        result = fit(req)
    except MissingGlyphError as exc:
        if slot.overset == "omit":  # a text the page does without: not a failed document
            has = glyphless(exc.char, found, list(zip(texts, shorts, strict=True)))
            why = f"has {describe_char(exc.char)}, which no font has"
            _omitted(slot, found, ctx, why, has)
            return None
        report_missing(exc, found, slot, ctx, list(zip(texts, shorts, strict=True)))
        return None
    report_other_han(found, stack, ctx)
    report_text_faults(found, [(line.paragraph, line.runs) for line in result.lines], ctx)
    keys = tuple(e.key for e in found)
    if result.overflow and slot.overset == "omit":
        fault = at_fault(req, result)
        why = f"does not fit it even at {style.min_size:g} pt"
        why += fault_words(fault, found[fault.paragraph].key, style.max_lines) if fault else ""
        _omitted(slot, found, ctx, why, fault.paragraph if fault else None)
        return None
    if result.overflow:
        # at the text at fault of a slot of several (OverflowReport.fault); else at the
        # office's own text, where one of the slot's is (its line to shorten)
        own = [e.mark for e in found if e.key in ctx.content.office_texts]
        marks = tuple(e.mark for e in found)
        report = OverflowReport(
            ctx.layout.id, lang.code, slot.name, keys, result, box.h, (*own, marks[0])[0],
            marks, req,
        )  # fmt: skip
        ctx.overflows.append(report)
    if result.variant == "short" and result.overflow is None:
        report_short(slot, found, req, result, ctx)
    top = {"top": 0.0, "middle": (box.h - result.height) / 2, "bottom": box.h - result.height}
    spoken = spoken_texts(found, ctx, style, result.variant)
    shown = texts if result.variant == "text" else shorts
    at = spoken_offsets(spoken, tuple(s or t for s, t in zip(shown, texts, strict=True)), lang)
    valign = max(top[slot.valign], 0.0)
    dials = ctx.content.dials  # a merged row's national numbers
    return TextItem(slot.name, box, result, style.colour, keys, valign, spoken, at, dials)


def report_short(
    slot: TextSlot, found: list[StringEntry], req: FitRequest, result: TextSet, ctx: ComposeContext
) -> None:
    """A `text.short-variant` note for a slot copy-fit set in its texts' `short:` variants
    (`result`, which fits), naming the texts that print theirs and why: another text of the
    slot that leaves the others no room (`crowding`: an office's own longer than the kit's,
    or a long one with no short variant), their full texts fitting without it (an office's
    long `cta_join` made the campaign's other calls print their short variants, the build
    saying nothing); else the frame, too small for the full texts even at the style's
    min_size by what `result.missed` says (a headline frame made 50 mm tall printed "Leave No
    Child Behind" for the whole theme, `check` saying the pages "lay out cleanly"). A
    designed fallback, not a fault: a note, which --strict does not fail. Told at the text
    that took the room (the office's line), else at the slot's frame (where a designer made
    it smaller: the same in every language, so the pipeline merges the languages,
    `short_per_cause`)."""
    switched = [
        i
        for i, (t, s) in enumerate(zip(req.texts, req.shorts, strict=True))
        if s is not None and s != t
    ]
    if not switched:
        return  # every short variant is its text: nothing printed otherwise
    keys = [found[i].key for i in switched]
    subject = ctx.subject(slot, key=", ".join(keys))
    if not any(e.key in ctx.content.from_record for e in found):
        # the kit's texts alone, the same in every merged record: the layout's note, told
        # once for a merge (an Arabic QR label's was told once per row, 10,000 for 10,000)
        subject = replace(subject, record=None)
    one = len(keys) == 1
    shown = listed([f"'{k}'" for k in keys])
    head = f"{shown} {'prints its short variant' if one else 'print their short variants'}"
    their = "its" if one else "their"
    style = slot.style
    by = crowding(req, found, switched, ctx)
    if by is not None:
        other = found[by]
        at = f"{other.mark.path.name}:{other.mark.line}"
        message = (
            f"{head}: '{other.key}' ({at}), set in full beside "
            f"{'it' if one else 'them'}, takes the room: without it {their} full "
            f"{'text fits' if one else 'texts fit'}"
        )
        own = other.key in ctx.content.office_texts
        hint = (
            f"a designed fallback, not a fault: to print the full {'text' if one else 'texts'}"
            f", shorten '{other.key}' ({at})"
            + (", the office's own text," if own else "")
            + " or give it a short: variant too"
        )
        ctx.errs.note(
            "text.short-variant",
            message,
            other.mark,
            hint,
            subject=subject,
            facts=(("cause", other.key), ("lack", 0.0)),
        )
        return
    lack, why, fix = _missed(result)
    frame = ctx.layout.own_frames.get(slot.name) or slot.frame.mark or slot.mark
    ctx.errs.note(
        "text.short-variant",
        f"{head}: {their} full {'text does' if one else 'texts do'} not "
        f"fit the frame even at the style's min_size of {style.min_size:g} pt ({why})",
        frame,
        f"a designed fallback, not a fault: to print the full {'text' if one else 'texts'}, "
        f"{fix}lower the style's min_size, or shorten the {'text' if one else 'texts'}",
        subject=subject,
        facts=(("cause", "frame"), ("lack", lack)),
    )


def _missed(result: TextSet) -> tuple[float, str, str]:
    """How the full texts of a text set in its short variant missed the frame at the
    smallest size (`TextSet.missed`): the mm a taller frame would need (0 where height is
    not what stops them: a word wider than the frame, or more lines than the style's
    max_lines, which no height mends), in words, and the fix of the frame or style to begin
    the hint with. A one-line source on a social image was
    told "the frame is 6.4 mm too short" and a frame that much taller still printed the
    short variant, for its max_lines: 1."""
    o = result.missed
    if o is None:  # they fitted with an address broken over two lines
        return 0.0, "set in full, an address of it breaks over two lines", "widen the frame, "
    if o.width_over > 0:
        return 0.0, f"a word is {over_mm(o.width_over)} too wide for it", "widen the frame, "
    if o.past_max_lines > 0:
        return (
            0.0,
            f"{o.past_max_lines} line(s) more than the style's max_lines",
            "widen the frame, raise the style's max_lines, ",
        )
    if o.height_over > 0:
        lack = over_mm(o.height_over)
        fix = f"make the frame {lack} taller, "
        return o.height_over / MM, f"the frame is {lack} too short", fix
    return 0.0, f"{o.lines_over} line(s) more than the frame holds", "enlarge the frame, "


def crowding(
    req: FitRequest, found: list[StringEntry], switched: list[int], ctx: ComposeContext
) -> int | None:
    """The index of the text of a slot of several set in their short variants (`req`,
    `switched` the texts that print theirs) that takes the room of the others' full texts,
    without which they fit: an office's own text (`Content.office_texts`) or a merged row's
    longer than the kit's text it stands for in the language (none: any), or a text with no
    short variant as long as the longest that prints its own; None when there is none (the
    frame is too small for them: `report_short`). The kit's English "Join the Blue Heart
    Campaign." beside two long calls is not told as taking their room on an A6 flyer."""
    if len(found) < 2:
        return None
    content = ctx.content
    longest = max(len(req.texts[i]) for i in switched)
    for j, entry in enumerate(found):
        if entry.key in content.office_texts or entry.key in content.from_record:
            kits = ctx.lang.strings.get(entry.key)
            if kits is not None and len(entry.text) <= len(kits.text):
                continue
        elif j in switched or len(req.texts[j]) < longest:
            continue
        if _fits_without(req, j):
            return j
    return None


def _fits_without(req: FitRequest, j: int) -> bool:
    """Whether the texts of `req` but its `j`th fit in full (their text variant)."""

    fewer = without(req, j)
    found = fit(replace(fewer, shorts=(None,) * len(fewer.texts)))
    return found.overflow is None and found.variant == "text"


def spoken_offsets(
    spoken: tuple[str, ...], shown: tuple[str, ...], lang: Language
) -> tuple[tuple[int, ...], ...]:
    """For each paragraph `spoken` as written (none where the style sets no capitals), where
    each index of its capitals (`shown`) falls in it (`TextItem.spoken_at`)."""
    if not spoken:
        return ()
    return tuple(written_offsets(w, s, lang.code) for w, s in zip(spoken, shown, strict=True))


def spoken_texts(
    found: list[StringEntry], ctx: ComposeContext, style: TextStyle, variant: str
) -> tuple[str, ...]:
    """The texts of `variant` ("text" or "short", as fit set them) as written, where the
    style sets them in capitals (`style_capitals`); else none (they read as they show)."""
    if not style_capitals(style, ctx.lang):
        return ()
    content = ctx.content
    texts, shorts = texts_of(found, ctx.lang, style, content.fields, content.as_written, False)
    if variant == "short":
        return tuple(s or t for s, t in zip(shorts, texts, strict=True))
    return texts
