"""What a BCP 47 language code implies: script, direction and digits.

The table gives each language's usual script (the CLDR 'likely subtags' choice); a script
subtag in the code (sr-Latn, zh-Hant) or the strings file's own `script:` wins over it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LIKELY_SCRIPT: dict[str, str] = {
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "ps": "Arab",
    "ckb": "Arab",
    "sd": "Arab",
    "ug": "Arab",
    "he": "Hebr",
    "yi": "Hebr",
    "dv": "Thaa",
    "syr": "Syrc",
    "nqo": "Nkoo",
    "zh": "Hans",
    "ja": "Jpan",
    "ko": "Kore",
    "yue": "Hant",
    "th": "Thai",
    "lo": "Laoo",
    "km": "Khmr",
    "my": "Mymr",
    "am": "Ethi",
    "ti": "Ethi",
    "hi": "Deva",
    "ne": "Deva",
    "mr": "Deva",
    "bn": "Beng",
    "as": "Beng",
    "pa": "Guru",
    "gu": "Gujr",
    "or": "Orya",
    "ta": "Taml",
    "te": "Telu",
    "kn": "Knda",
    "ml": "Mlym",
    "si": "Sinh",
    "bo": "Tibt",
    "ka": "Geor",
    "hy": "Armn",
    "el": "Grek",
    "ru": "Cyrl",
    "uk": "Cyrl",
    "be": "Cyrl",
    "bg": "Cyrl",
    "mk": "Cyrl",
    "sr": "Cyrl",
    "kk": "Cyrl",
    "ky": "Cyrl",
    "tg": "Cyrl",
    "mn": "Cyrl",
    "tt": "Cyrl",
}
RTL_SCRIPTS = frozenset({"Arab", "Aran", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"})

# Right-to-left scripts whose marks are part of every word's spelling, not a pointing most text
# leaves out (Arabic harakat, Hebrew niqqud, Syriac vowels): Thaana's vowel signs (fili, and
# the sukun of a letter without a vowel) sit on every letter, N'Ko's tone and nasal marks and
# Adlam's lengthening and gemination marks tell words apart. Their marks stay in the text a
# PDF copies and searches as (render.glyphs.raised_marks).
SPELLED_MARKS = frozenset({"Thaa", "Nkoo", "Adlm"})

# Numbering systems (CLDR names) and their zero digit.
DIGIT_ZERO: dict[str, int] = {
    "latn": 0x30,
    "arab": 0x660,
    "arabext": 0x6F0,
    "deva": 0x966,
    "beng": 0x9E6,
    "thai": 0xE50,
    "laoo": 0xED0,
    "khmr": 0x17E0,
    "mymr": 0x1040,
    "tibt": 0xF20,
    "guru": 0xA66,
    "gujr": 0xAE6,
    "orya": 0xB66,
    "taml": 0xBE6,
    "telu": 0xC66,
    "knda": 0xCE6,
    "mlym": 0xD66,
}


def digits_script(system: str) -> str:
    """The ISO 15924 script of a numbering system of DIGIT_ZERO (CLDR's names): Arab for
    arab and arabext (Persian and Urdu's forms), else the script its name is the code of
    (latn is Latn, thai Thai, mymr Mymr)."""
    return "Arab" if system in ("arab", "arabext") else system.title()


@lru_cache(maxsize=256)
def cldr_digits(locale: str) -> str | None:
    """CLDR's default numbering system of `locale` (a Babel identifier, ar_MA; or a BCP 47
    code, ar-MA), through Babel: ar_MA and ar_DZ write Latin digits (latn), ar_EG and ar_SA
    Arabic-Indic (arab), fa_IR Extended Arabic-Indic (arabext). None for a locale CLDR does
    not have (ar_US, the pseudo-locales' en-XA), or digits the kit cannot write (DIGIT_ZERO)."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    try:
        system = Locale.parse(locale.replace("-", "_")).default_numbering_system
    except (UnknownLocaleError, ValueError):
        return None
    return system if system in DIGIT_ZERO else None


def digits_of(code: str) -> str:
    """The digits a language code's numbers are written in when its strings file does not
    say (`digits:`): CLDR's for the code where it names a region CLDR has (ar-EG: arab,
    ar-MA: latn, bn-IN: latn), else Latin (latn), as a language without a region always was."""
    from babel.core import parse_locale

    try:
        region = parse_locale(code.replace("_", "-"), sep="-")[1]
    except ValueError:
        return "latn"
    return (cldr_digits(code) if region else None) or "latn"


def split_tag(code: str) -> tuple[str, str | None]:
    """('sr', 'Latn') for 'sr-Latn-RS'; the script part is None when absent."""
    parts = code.replace("_", "-").split("-")
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    return parts[0].lower(), script


@lru_cache(maxsize=1024)
def script_of(code: str) -> str:
    """The ISO 15924 script a language code implies: its script subtag, else the table above,
    else CLDR's likely subtags (through Babel: dz is Tibt, chr Cher, iu Cans), else Latn. A
    code the table lacks was taken as Latin: a Dzongkha translation was refused as another
    language's file."""
    lang, script = split_tag(code)
    if script:
        return script
    regions = code.replace("_", "-").split("-")[1:]  # zh_TW as a file name writes it
    if lang == "zh" and any(p.upper() in {"TW", "HK", "MO"} for p in regions):
        return "Hant"
    if lang in LIKELY_SCRIPT:
        return LIKELY_SCRIPT[lang]
    return _cldr_script(lang) or "Latn"


# The scripts whose writing sets the colon full width, with no space after it: Chinese's 冒号
# is "：" (GB/T 15834-2011, "标点符号用法", its colon; CLREQ, https://www.w3.org/TR/clreq/,
# "Punctuation marks": a full-width mark, taking a character's width), as is Japanese's
# (JLREQ, https://www.w3.org/TR/jlreq/, Appendix A, cl-05: the full-width colon ：)
FULL_WIDTH_COLON = frozenset({"Hans", "Hant", "Jpan"})


def label_colon(code: str) -> str:
    """What joins a label to its value in language `code`'s alternative texts ("Phone: +1
    555 0100"): "：" for a language written in Chinese or Japanese script
    (`FULL_WIDTH_COLON`: 电话：+1 555 0100), else ": ". A Chinese QR code's alternative text
    had the ASCII colon, 扫码了解更多并采取行动: www... (a user's trial)."""
    return "\uff1a" if script_of(code) in FULL_WIDTH_COLON else ": "


@lru_cache(maxsize=256)
def language_tag(code: str) -> str:
    """The BCP 47 tag (RFC 5646) our files write for the kit's language `code`: the PDFs'
    /Lang (catalogue, structure elements), their XMP dc:language and xml:lang. Its subtags
    in their cases, with hyphens (a file name's zh_tw is zh-TW), and the script `script_of`
    gives where the code names neither script nor region and the language is written in
    more than one (`several_scripts`): the kit's zh is Simplified Chinese (Noto Sans SC),
    zh-Hans, where a reader given zh may take a Traditional voice or font; zh-Hant, sr-Latn,
    zh-TW (its region says it) stay as they are; ar, hi and en, written in one, get none
    (RFC 5646, 4.1: a script only where it tells something)."""
    lang, *rest = code.replace("_", "-").split("-")
    out, told = [lang.lower()], False
    for part in rest:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
            told = True
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
            told = True
        else:
            out.append(part.lower())
    if not told and several_scripts(out[0]):
        out.insert(1, script_of(out[0]))
    return "-".join(out)


@lru_cache(maxsize=256)
def several_scripts(lang: str) -> bool:
    """Whether language `lang` is written in several scripts: CLDR names its locales with
    the script of the most of them (zh_Hans, sr_Cyrl, pa_Guru, uz_Latn; through Babel),
    as it does for no language of one (en, ar, hi, whose few locales in another script,
    hi_Latn, leave the main one unnamed)."""
    from ..cldr import has_locale

    return has_locale(f"{lang}_{script_of(lang)}")


@lru_cache(maxsize=256)
def _cldr_script(lang: str) -> str | None:
    from ..cldr import likely_subtags

    found = likely_subtags(lang)  # e.g. dz_Tibt_BT
    parts = found.split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else None


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str | None:
    """The ISO 15924 script of one character (HarfBuzz's Unicode data: 'Hang', 'Hani', 'Taml');
    None for characters of no one script (punctuation, symbols, digits shared by all)."""
    import uharfbuzz as hb  # here: the command line imports this module (pseudo-locales)

    buf = hb.Buffer()
    buf.add_str(ch)
    buf.guess_segment_properties()
    script = buf.script
    return None if script in (None, "Zyyy", "Zinh", "Zzzz") else str(script)


# The scripts whose characters a writing system's code stands for (ISO 15924: Hans and Hant
# are Han, Jpan is Han with Hiragana and Katakana, Kore is Hangul with Han); others are
# themselves.
WRITTEN_WITH = {
    "Hans": frozenset({"Hani"}),
    "Hant": frozenset({"Hani"}),
    "Jpan": frozenset({"Hani", "Hira", "Kana"}),
    "Kore": frozenset({"Hang", "Hani"}),
}


# ISO 15924's codes of a style of a script, not of other letters: the same text in another
# typeface ("Arabic (Nastaliq variant)", "Latin (Fraktur variant)", "Syriac (Estrangelo
# variant)"), whose letters Unicode encodes once, as its script's. Han's Hans and Hant are
# not among them: they are other characters (们, 們).
STYLE_OF = {
    "Aran": "Arab",
    "Latf": "Latn",
    "Latg": "Latn",
    "Syre": "Syrc",
    "Syrj": "Syrc",
    "Syrn": "Syrc",
}


def same_letters(one: str, other: str) -> bool:
    """Whether ISO 15924 scripts `one` and `other` write a text with the same letters: the
    same code, or a style of it (STYLE_OF: Urdu's Nastaliq, Aran, is Arab's letters)."""
    return STYLE_OF.get(one, one) == STYLE_OF.get(other, other)


def written_with(script: str) -> frozenset[str]:
    """The scripts of the characters of writing system `script` (WRITTEN_WITH)."""
    return WRITTEN_WITH.get(script, frozenset({script}))


@lru_cache(maxsize=1024)  # a merge sets the campaign's texts on every record
def other_script_language(text: str, code: str, candidates: tuple[str, ...] = ()) -> str | None:
    """The language of `text` when most of its letters are in a script that language `code`
    is not written in and none is in the language's own (an Arabic venue on an English
    flyer, hashtags alone in a Chinese one): the first of `candidates` (language codes: a
    merged event's other languages) written in that script, else CLDR's likely language
    for the script (likelySubtags, through Babel: und_Arab is ar, und_Hani zh; und, for
    Latin, en). None when the text has no letters, when no script has more than half of
    them, or when any is in the language's own script: a mixed text ("تنظيم + UNODC
    Regional Office" on an Arabic flyer) is one element with one language, and its own
    words keep the document's."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            found = char_script(ch)
            if found is not None:
                counts[found] = counts.get(found, 0) + 1
    if not counts:
        return None
    main, n = max(counts.items(), key=lambda kv: kv[1])
    own = written_with(script_of(code))
    if 2 * n <= letters or any(script in own for script in counts):
        return None
    for other in candidates:
        if other != code and main in written_with(script_of(other)):
            return other
    return _likely_language(main)


@lru_cache(maxsize=64)
def _likely_language(script: str) -> str | None:
    from ..cldr import likely_subtags

    found = likely_subtags(f"und_{script}") or (likely_subtags("und") if script == "Latn" else "")
    return found.split("_")[0] if found else None


def direction_of(script: str) -> str:
    return "rtl" if script in RTL_SCRIPTS else "ltr"


# Hashtags, mentions, URLs, e-mail addresses and phone numbers: they keep Latin digits and are
# set left-to-right even inside right-to-left text. A URL is one with its scheme or "www." (in
# any case: RFC 3986, 3.1), or a host name with a path (example.org/report, as a field's short
# form is often written) or a query (example.org?lang=fr, as a field https://example.org?lang=fr
# prints): a bare host name (example.org, or example.org? ending a question) is not told from
# the end of a sentence and its next word. A scheme in capitals (Https://) or a query after a
# bare host was no link, and its query broke where UAX 14 breaks words (after the ?: a line
# "example.org?" above "id=2026&lang=fr"), not where an address breaks (`paragraph._link_breaks`).
# An address ends before CJK punctuation (。，、); a bare host may follow Chinese, Japanese or
# Korean letters (no space between words there), not others (bücher.example/ is no
# "cher.example/"). Its path, query or fragment (example.org#top, as a query is) holds any
# letter of RFC 3987 (ucschar: example.org/ar/مرحبا, unodc.org/ru/Контакты; it ended at the
# first letter that is not ASCII, and the link opened example.org/ar/) but CJK ones
# (`_IRI_CHAR`), so that the Chinese text around it (请访问unodc.org/blueheart了解更多) is not
# taken into it; a fragment after a bare host was no address, and "#top" was a hashtag. The
# same holds for the other scripts the kit sets that write no spaces between words, Thai,
# Lao, Burmese and Khmer (`_UNSPACED`), and for Hangul Jamo and the CJK ideographs beyond the
# Basic Multilingual Plane: ดูที่ unodc.org/blueheartเพื่อเรียนรู้ took the Thai words into its
# link (a review), and a bare host may follow them as it follows Chinese.
# The e-mail branch starts only where a run of address characters starts (the lookbehind) and
# takes that run whole (possessive): tried at every position of a long word, it scanned to the
# word's end each time (quadratic: a 20,000-letter word took 8 s; robustness case 09).
# A phone number whose country code is in brackets, (+98) 21 1234 5678, starts at its bracket:
# from the +, the bracket it opens was the text's, and right-to-left text printed it at the
# far end, "+98) 21 1234 5678)" (a trial's Persian helpline).
# A phone number written without + (0300-1234567, (022) 917 1234) is a run of digits with
# spaces, hyphens, dots and brackets between them that holds at least LOCAL_PHONE_DIGITS
# digits (`_counts`): shorter runs (a year, 30-07, 1 000) are numbers of the text.
_CJK = r"\u3000-\u9fff\uac00-\ud7af\uff00-\uffef"  # the letters and punctuation of CJK text
# scripts written without spaces between words: Thai, Lao, Myanmar, Hangul Jamo, Khmer, and
# the CJK ideographs of the supplementary planes (Extension B and after)
_UNSPACED = _CJK + r"\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\U00020000-\U0003ffff"
_NOT_IRI = r"\s\x00-\x1f\x7f-\x9f" + _UNSPACED
# a character of a bare host's path, query or fragment (RFC 3987: ASCII or ucschar), and its
# last one, no ASCII punctuation but a closing bracket (`_address_end` keeps those it opens)
_IRI_CHAR = rf"[^{_NOT_IRI}]"
_IRI_LAST = rf"(?:[A-Za-z0-9/_~#=&%+)\]}}-]|[^\x00-\x7f{_NOT_IRI}])"
_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
LINK = re.compile(
    r"(?P<address>(?i:https?://|www\.)[^\s\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f]*"
    r"[^\s.,;:!?\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f]"
    rf"|(?P<bare>(?:(?<=[{_UNSPACED}])|(?<![\w.@/-])){_HOST}"
    rf"(?:/(?:{_IRI_CHAR}*{_IRI_LAST})?|[?#]{_IRI_CHAR}*{_IRI_LAST})))"
    r"|(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+"
    r"|[#@]\w+"
    r"|\(\+\d[\d\s.-]*\)[\d\s().-]{3,}\d|\+\d[\d\s().-]{4,}\d"
    r"|(?P<local>(?<![\w.,+\-(])\(?\d[\d \u00a0().-]{5,}\d(?![\w]))"
)
LOCAL_PHONE_DIGITS = 7  # the shortest national numbers without a trunk prefix have seven


def _counts(m: re.Match[str]) -> bool:
    """A match that is a link: all but a phone number without + of too few digits."""
    local = m.group("local")
    return local is None or sum(c.isdigit() for c in local) >= LOCAL_PHONE_DIGITS


# Brackets an address may hold in pairs (a wiki's /Foo_(bar)); one it closes without opening
# is the text's (a link in brackets).
PAIRS = {")": "(", "]": "[", "}": "{"}
TRAILING = ".,;:!?'\"*"  # ASCII punctuation that ends a sentence or a quotation, not an address
SCHEME_ALONE = re.compile(r"(?i:https?:/{0,2}|www\.?)")
# The bidirectional formatting characters, which an IRI never holds (RFC 3987, 4.1): a
# right-to-left mark typed after an address in Arabic text is the sentence's.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
HOST_ALONE = re.compile(rf"{_HOST}[?#]?")  # a bare host whose query or fragment was punctuation


def _address_end(text: str, start: int, end: int) -> int:
    """Where an address that `LINK` matched at text[start:end] ends: before the first
    punctuation mark that is not ASCII (an Arabic comma ، or question mark ؟, a danda ।, a
    closing quotation mark » ” ’, an ellipsis …, CJK brackets: the sentence's, never an
    address's: RFC 3987 leaves such marks to be written %-escaped) or bidirectional
    formatting character (a right-to-left mark: RFC 3987, 4.1, forbids them), then without
    trailing ASCII punctuation and without a closing bracket it does not open (GitHub's and
    linkify's rule for addresses in running text). Russian «https://…» took the », an
    Arabic sentence's ، and a Hindi one's । into its address: the digital PDF's link opened
    an address that does not exist."""
    for i in range(start, end):
        c = text[i]
        if c > "\x7f" and (unicodedata.category(c).startswith("P") or c in BIDI_CONTROLS):
            end = i
            break
    while end > start:
        last = text[end - 1]
        opener = PAIRS.get(last)
        if last in TRAILING or (
            opener and text.count(last, start, end) > text.count(opener, start, end)
        ):
            end -= 1
        else:
            break
    return end


def _link_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a `LINK` match that is a link, an address's trailing punctuation left out
    (`_address_end`); None for a phone number without + of too few digits (`_counts`) or an
    address that is nothing but its scheme, or its host without a scheme, once its
    punctuation is left out (example.org?” and example.org#… end a sentence)."""
    if not _counts(m):
        return None
    start, end = m.span()
    if m.group("address") is None:
        return start, end
    end = _address_end(m.string, start, end)
    alone = HOST_ALONE if m.group("bare") else SCHEME_ALONE
    if alone.fullmatch(m.string, start, end):
        return None
    return start, end


def link_spans(text: str) -> list[tuple[int, int]]:
    return list(_link_spans(text))


@lru_cache(maxsize=8192)  # a kit's check asks of each text several times (every check)
def _link_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(span for m in LINK.finditer(text) if (span := _link_span(m)) is not None)


def without_links(text: str, fill: str = "") -> str:
    """`text` with each link the layout sees in it (`link_spans`: a web or e-mail address, a
    hashtag, a handle, a phone number) replaced by `fill` once per character (the empty
    string: left out). An address ends where the layout's does: a sentence's full stop, a
    closing bracket it does not open, an asterisk, a right-to-left mark or an Arabic comma
    after it is the text's (a translator's checks used `LINK.sub`, which took them, and the
    letters after a mark, into the address)."""
    parts, last = [], 0
    for start, end in link_spans(text):
        parts += [text[last:start], fill * (end - start)]
        last = end
    return "".join(parts) + text[last:]


def is_link_token(token: str) -> bool:
    m = LINK.fullmatch(token)
    return m is not None and _link_span(m) == (0, len(token))


def localise_digits(text: str, system: str, latin_text: bool = True) -> str:
    """Turn ASCII digits into the language's digits, except inside links and phone numbers
    and, with `latin_text`, in Latin text: a run of digits whose nearest letter (before it,
    else after it) is a Latin one keeps them ("Blue Heart Walk 2026" on an Arabic page; the
    Arabic-Indic year was set apart from its words, on their left, by the bidi algorithm).
    Without it every digit is the language's (a date or time CLDR wrote: "6:30 PM" in Bengali
    is ৬:৩০ PM, its "PM" no Latin text)."""
    zero = DIGIT_ZERO.get(system, 0x30)
    if zero == 0x30:
        return text
    table = {0x30 + i: zero + i for i in range(10)}
    if not latin_text:
        return text.translate(table)
    out, pos = [], 0
    for a, b in link_spans(text):
        out += [_localised(text, pos, a, table), text[a:b]]
        pos = b
    out.append(_localised(text, pos, len(text), table))
    return "".join(out)


_DIGITS = re.compile(r"[0-9]+")


def _localised(text: str, a: int, b: int, table: dict[int, int]) -> str:
    """text[a:b] (text between links) with its digit runs in the table's digits, but those
    of Latin text."""
    part = text[a:b]
    if not any(c.isdigit() for c in part):
        return part

    def one(m: re.Match[str]) -> str:
        near = _letter(part, m.start() - 1, -1) or _letter(part, m.end(), 1)
        return m[0] if near is not None and char_script(near) == "Latn" else m[0].translate(table)

    return _DIGITS.sub(one, part)


def _letter(text: str, i: int, step: int) -> str | None:
    """The first letter from text[i] on, going `step` (-1: back), or None. Called on the text
    between links: a link's letters say nothing of the words around it."""
    while 0 <= i < len(text):
        if text[i].isalpha():
            return text[i]
        i += step
    return None


# Format characters (Cf) that are shown, not hidden: Unicode's Default_Ignorable_Code_Point is
# derived as Cf + ... - FFF9..FFFB - 13430..1343F - Prepended_Concatenation_Mark
# (DerivedCoreProperties.txt, Unicode 15.1; the marks: PropList.txt). Every other Cf character
# is default-ignorable: HarfBuzz hides it (a zero-width glyph), so it needs no font.
VISIBLE_FORMAT = frozenset(
    [*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD]
    + [*range(0xFFF9, 0xFFFC), *range(0x13430, 0x13440)]
)


def ignorable_format(ch: str) -> bool:
    """Whether `ch` is a format character that is drawn as nothing (a joiner, a bidi control,
    a soft hyphen): a Cf character that is not in `VISIBLE_FORMAT`. A visible format character
    (the Arabic number sign U+0600, the end of ayah U+06DD) needs a font like a letter."""
    return unicodedata.category(ch) == "Cf" and ord(ch) not in VISIBLE_FORMAT


# The other Default_Ignorable_Code_Point characters that are assigned and not format
# characters (DerivedCoreProperties.txt, Unicode 15.1): drawn as nothing by design.
OTHER_IGNORABLE = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian variation selectors
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),
    (0xE0000, 0xE0FFF),  # tags and supplementary variation selectors
)


def default_ignorable(ch: str) -> bool:
    """Unicode's Default_Ignorable_Code_Point, for assigned characters: an ignorable format
    character (`ignorable_format`) or one of `OTHER_IGNORABLE`."""
    return ignorable_format(ch) or any(lo <= ord(ch) <= hi for lo, hi in OTHER_IGNORABLE)
