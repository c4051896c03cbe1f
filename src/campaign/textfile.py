"""The text of a file a spreadsheet saved: UTF-16 (Excel's "Unicode Text", LibreOffice's
"Unicode" character set) or UTF-8 with or without a byte order mark (Excel's "CSV UTF-8")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, Mark


class NotTextError(ValueError):
    """The bytes are not text in any of the encodings read: `why` says what they looked like
    (a predicate: "is not UTF-8"), `at` is the 0-based offset of the first byte that could not
    be read (None when the whole file was judged), `encoding` the one it was read in where
    that is UTF-16 or UTF-32 (its place is counted in its characters: `decoded_place`)."""

    def __init__(self, why: str, at: int | None, encoding: str = "utf-16") -> None:
        super().__init__(why)
        self.why, self.at, self.encoding = why, at, encoding


UTF8_BOM = b"\xef\xbb\xbf"
BOM = "\ufeff"


def one_mark(raw: bytes) -> bytes:
    """`raw` with one UTF-8 byte order mark at most at its start. An editor that adds one at
    each save leaves two or more (a translator's trial: he-2bom.csv), and a reader that takes
    the first for the mark reads the others as text: libxml2 said "Start tag expected, '<'
    not found", a CSV's first column was named "\ufeffkey". For a reader of bytes (XML);
    `spreadsheet_text` reads every mark at the start as a mark itself."""
    while raw.startswith(UTF8_BOM * 2):
        raw = raw[len(UTF8_BOM) :]
    return raw


def byte_place(raw: bytes, at: int) -> tuple[int, int]:
    """Where byte `at` of `raw` is as an editor shows it: its 1-based line, and its 1-based
    column in characters (the characters before it on its line, read leniently, the UTF-8
    byte order marks at the start of the file not counted: an editor does not show them).
    Used for the first byte that is not UTF-8 in a YAML file, a data table and a
    translator's file."""
    start = raw.rfind(b"\n", 0, at) + 1
    before = raw[start:at]
    while start == 0 and before.startswith(UTF8_BOM):
        before = before[len(UTF8_BOM) :]
    return raw.count(b"\n", 0, at) + 1, len(before.decode("utf-8", "replace")) + 1


def decoded_place(raw: bytes, at: int, encoding: str) -> tuple[int, int]:
    """Where byte `at` of `raw`, text in `encoding` (UTF-16 or UTF-32 with its byte order
    mark), is as an editor shows it: its 1-based line and column in characters, the
    characters before it read leniently (`byte_place` is UTF-8's, whose newline is one
    byte)."""
    before = raw[:at].decode(encoding, "replace").lstrip(BOM)
    return before.count("\n") + 1, len(before) - before.rfind("\n")


@dataclass(frozen=True)
class CodePage:
    """A legacy code page a text file may be saved in: its name as Windows and editors show
    it ("Windows-874"), Python's codec ("cp874"), iconv's name ("CP874") and its number on
    Windows, as .NET's Encoding.GetEncoding takes it (874; GB18030 is 54936, Big5 950)."""

    name: str
    codec: str
    iconv: str
    number: int


WINDOWS_1252 = CodePage("Windows-1252", "cp1252", "CP1252", 1252)
_CYRILLIC = CodePage("Windows-1251", "cp1251", "CP1251", 1251)
_ARABIC = CodePage("Windows-1256", "cp1256", "CP1256", 1256)
_THAI = CodePage("Windows-874", "cp874", "CP874", 874)
_HEBREW = CodePage("Windows-1255", "cp1255", "CP1255", 1255)
_GREEK = CodePage("Windows-1253", "cp1253", "CP1253", 1253)
_BIG5 = CodePage("Big5", "big5", "BIG5", 950)
_CENTRAL_EUROPEAN = CodePage("Windows-1250", "cp1250", "CP1250", 1250)

_TURKISH = CodePage("Windows-1254", "cp1254", "CP1254", 1254)
_BALTIC = CodePage("Windows-1257", "cp1257", "CP1257", 1257)

# Each language's usual legacy code page: what Notepad's "ANSI" and Excel's plain "CSV"
# save on a Windows set up for it. A language not named here has its script's
# (`SCRIPT_PAGES`); a Latin one neither names is told by `detected_code_page`.
CODE_PAGES: dict[str, CodePage] = {
    "th": _THAI,
    **dict.fromkeys(("ru", "uk", "bg", "sr"), _CYRILLIC),
    **dict.fromkeys(("ar", "fa", "ur"), _ARABIC),
    "he": _HEBREW,
    "el": _GREEK,
    **dict.fromkeys(("tr", "az", "uz"), _TURKISH),
    **dict.fromkeys(("lt", "lv", "et"), _BALTIC),
    "vi": CodePage("Windows-1258", "cp1258", "CP1258", 1258),
    "zh": CodePage("GB18030", "gb18030", "GB18030", 54936),
    **dict.fromkeys(("zh-hant", "zh-tw", "zh-hk", "zh-mo"), _BIG5),
    **dict.fromkeys(
        ("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq", "tk"), _CENTRAL_EUROPEAN
    ),
    "ja": CodePage("Shift_JIS", "cp932", "CP932", 932),
    "ko": CodePage("EUC-KR", "cp949", "CP949", 949),
    **dict.fromkeys(
        (
            "en", "fr", "de", "es", "it", "pt", "nl", "ca", "eu", "gl", "sv", "da", "no", "nb",
            "nn", "fi", "is", "ga", "af", "sw", "id", "ms", "tl", "fil",
        ),
        WINDOWS_1252,
    ),
}  # fmt: skip

# The legacy code page of each script that has one (ISO 15924 codes): a language of that
# script the table above does not name has it (Kazakh, Kyrgyz, Mongolian: Windows-1251;
# Pashto, Uyghur: Windows-1256; Yiddish: Windows-1255), and so has a tag naming the script
# (sr-Latn: Windows-1250, az-Cyrl: Windows-1251). A Kazakh file was read as Windows-1250.
SCRIPT_PAGES: dict[str, CodePage] = {
    "Cyrl": _CYRILLIC,
    "Arab": _ARABIC,
    "Grek": _GREEK,
    "Hebr": _HEBREW,
    "Thai": _THAI,
}
# a Latin script subtag: the language's Latin code page (sr-Latn, bs-Latn: Windows-1250)
_LATIN_OF: dict[str, CodePage] = {"sr": _CENTRAL_EUROPEAN, "bs": _CENTRAL_EUROPEAN}


def code_page_of(language: str | None) -> CodePage | None:
    """The usual legacy code page of a language tag, or None for a language without one
    (Armenian, Georgian: a code page Windows never had) or no tag. A tag naming a script has
    that script's (sr-Latn: Windows-1250; sr-Cyrl, az-Cyrl: Windows-1251); else the
    language's (`CODE_PAGES`: "th-TH" is Thai's Windows-874, "zh_TW" Big5), else its
    script's as CLDR writes it (`SCRIPT_PAGES`: Kazakh is Cyrillic, Windows-1251)."""
    if not language:
        return None
    from .text.scripts import script_of, split_tag  # here: the command line imports this

    tag = language.strip().replace("_", "-").lower()
    base, _, rest = tag.partition("-")
    if base == "zh" and rest:
        return CODE_PAGES.get(f"zh-{rest.split('-')[0]}", CODE_PAGES["zh"])
    _, script = split_tag(tag)
    if script == "Latn":
        return _LATIN_OF.get(base) or CODE_PAGES.get(base)
    if script is None and base in CODE_PAGES:
        return CODE_PAGES[base]
    if not re.fullmatch(r"[a-z]{2,3}", base):
        return None
    return SCRIPT_PAGES.get(script_of(tag))


_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
# the language a translator's file names: a PO header's, an XLIFF file's target language
_SAYS = re.compile(
    rb'(?:^"?Language: *|trgLang="|target-language=")([A-Za-z]{2,3}[-_A-Za-z]*)', re.M
)
# an export's tag beside a translation (`translate.entries.exported_tag`: "kk:<digest>:<id>"),
# in a CSV's "exported" column: the language of a table renamed (final.csv)
_TAGGED = re.compile(rb"(?:^|[,;\t\"])([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*):[0-9a-f]{12}:", re.M)


def named_language(path: Path, raw: bytes = b"") -> str | None:
    """The language a translator's file is for, as far as its bytes tell before they are
    read as text: its name's ("th.csv", "ru_final.po"), else the language its PO header
    (`Language: th`) or XLIFF root (`trgLang="th"`) names, else the one an export's tags in a
    CSV name (`_TAGGED`); None when none does."""
    if _TAG.fullmatch(path.stem):
        return path.stem
    found = _SAYS.search(raw[:20_000]) or _TAGGED.search(raw[:20_000])
    return found.group(1).decode("ascii") if found else None


# The scripts `detected_code_page` tells apart, each by its code page, the word in the
# Unicode names of its letters, and its most frequent letters (many of the letters of a
# text in it; few of a text in another code page read as it).
_SCRIPTS = (
    (_THAI, "THAI", "านรอกเงมยล"),
    (_CYRILLIC, "CYRILLIC", "оеаинтсрвл"),
    (_ARABIC, "ARABIC", "الينمورتبة"),
    (_HEBREW, "HEBREW", "יוהלמארבנת"),
    (_GREEK, "GREEK", "αοετιηνσρκ"),
)
MIN_LETTERS = 5  # the letters a confident guess needs
CONTESTED_LETTERS = 20  # and one that another code page's reading contests

# The multi-byte code pages of East Asian scripts that `detected_code_page` tells apart:
# each code page, words of the Unicode names of its script's letters, and letters frequent
# in running text (Japanese: the hiragana of particles and endings; Chinese: the most
# frequent characters of modern text, simplified for GB18030, traditional for Big5; Korean:
# frequent Hangul syllables). Japanese saved by Excel's plain "CSV" on a Japanese Windows
# is Shift_JIS, Korean EUC-KR (Microsoft's code pages 932 and 949).
_EAST_ASIAN = (
    (
        CODE_PAGES["ja"],
        ("HIRAGANA", "KATAKANA", "CJK UNIFIED"),
        "のにはをたがでてとしいるすかなれもうく",
    ),
    (
        CODE_PAGES["zh"],
        ("CJK UNIFIED",),
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后",
    ),
    (
        _BIG5,
        ("CJK UNIFIED",),
        "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後",
    ),
    (CODE_PAGES["ko"], ("HANGUL",), "이다의는에을가하고한지서로기사리를있도수것들인시"),
)  # fmt: skip
EAST_ASIAN_LETTERS = 8  # the letters a guess among the East Asian code pages needs
EAST_ASIAN_SHARE = 0.1  # and the share of them among its script's frequent letters


def detected_code_page(raw: bytes) -> CodePage | None:
    """The code page of a file in a single-byte legacy code page of a non-Latin script
    (Thai, Cyrillic, Arabic, Hebrew, Greek), or None when that is not certain. A code page
    is a candidate when the whole file reads in it (`_reads_as`) as letters of its script
    past ASCII (at least MIN_LETTERS; signs aside) that touch no Latin letter (a
    French file's é in Windows-1252 is the Cyrillic й in Windows-1251, always within a
    Latin word) and put no capital after a small letter (an Arabic file in Windows-1251
    reads as "НПнЮЙ"). One candidate is the answer. Of several (Greek and Cyrillic letters
    share places in their code pages: "Здесь" in Windows-1251 is "Ηδερό" in Windows-1253),
    the one whose letters are most often its script's most frequent is, if it
    has half as many again as the next and at least CONTESTED_LETTERS letters: on a word
    or two, the shares are chance ("музыка" has more of Greek's). Failing those,
    Windows-1250 where Windows-1252 would break words with signs (`_central_european`),
    else the one Latin code page, Windows-1250, -1254 or -1258, whose reading is one of its
    languages' alphabets where Windows-1252's is none of its own (`_latin_code_page`).

    First, the multi-byte code pages of Japanese, Chinese and Korean
    (`_east_asian_code_page`): GB18030's Chinese reads as Thai letters in Windows-874."""
    text = raw.lstrip(UTF8_BOM)
    east_asian = _east_asian_code_page(text)
    if east_asian:
        return east_asian
    scored: list[tuple[float, int, CodePage]] = []
    for page, script, frequent in _SCRIPTS:
        if not _reads_as(text, page):
            continue
        share = _script_share(text.decode(page.codec), script, frequent)
        if share is not None:
            scored.append((*share, page))
    scored.sort(key=lambda s: -s[0])
    if not scored:
        return _central_european(text) or _latin_code_page(text)
    if len(scored) > 1 and (scored[0][0] < 1.5 * scored[1][0] or scored[0][1] < CONTESTED_LETTERS):
        return None
    return scored[0][2]


# The bytes that are letters in Windows-1250 and signs in Windows-1252 (or no character):
# Polish ł ą ż Ł Ą Ż, Czech and Slovak ť Ť ľ Ľ, Polish ź Ź read as ³ ¹ ¿ £ ¥ ¯ ¼ ¾, a
# "Wroc³aw" that no Latin language writes. Other letters of Windows-1250 read as letters of
# Windows-1252 (Czech č as è) and tell nothing.
SIGNS_IN_1252 = frozenset(b"\x8d\x8f\x9d\xa3\xa5\xaf\xb3\xb9\xbc\xbe\xbf")
BROKEN_WORDS = 2  # the words a Windows-1250 guess needs


def _central_european(text: bytes) -> CodePage | None:
    """Windows-1250 (Polish, Czech, Slovak, Hungarian, Slovene, Croatian, Romanian) when the
    whole of `text` reads in it and at least BROKEN_WORDS times a byte of SIGNS_IN_1252 stands
    between two letters (a word that Windows-1252 breaks with a sign: "Wroc³aw",
    "wa¿ne"); else None. A sign at a word's edge is a sign (Spanish "¿Dónde", "£5")."""
    if not _reads_as(text, _CENTRAL_EUROPEAN):
        return None
    read = text.decode(_CENTRAL_EUROPEAN.codec)  # one character a byte: places are the same
    broken = 0
    for at, byte in enumerate(text):
        if byte in SIGNS_IN_1252 and 0 < at < len(read) - 1:
            broken += read[at - 1].isalpha() and read[at + 1].isalpha()
    return _CENTRAL_EUROPEAN if broken >= BROKEN_WORDS else None


# The letters past ASCII of the languages of each Latin code page, lower case, as their
# orthographies write them (after CLDR's main exemplar characters; hand-written: Babel does
# not give them). English writes none; a text of several languages may fit none, and is
# then never claimed for another code page (`_latin_code_page`). Vietnamese: quốc ngữ's
# vowels with each of its five tone marks, and đ.
_VIETNAMESE_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
LATIN_ALPHABETS: dict[str, tuple[str, ...]] = {
    "Windows-1252": (
        "", "àâæçéèêëîïôœùûüÿ", "äöüß", "áéíñóúü", "àèéìíîòóùú", "áàâãçéêíóôõúü",
        "áéíóúàèëïöü", "àçéèíïóòúü", "ñç", "áéíñóúü", "åäöé", "æøåéóòô", "äöåšž",
        "áðéíóúýþæö", "áéíóú", "áéèêëíîïóôöúûüÿ", "ñ",
    ),
    "Windows-1250": (
        "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "ąćęłńóśźż", "áéíóöőúüű", "čšž",
        "čćđšž", "ăâîşţșț", "çë",
    ),
    "Windows-1254": ("çğıiöşüâîû",),
    "Windows-1258": (
        "đ" + "".join(
            unicodedata.normalize("NFC", v + t) for v in _VIETNAMESE_VOWELS for t in _TONES
        ),
    ),
}  # fmt: skip
_LATIN_PAGES = (
    _CENTRAL_EUROPEAN,
    _TURKISH,
    CODE_PAGES["vi"],
)
MIN_LATIN_LETTERS = 2  # the letters past ASCII a Latin code page's guess needs


def _latin_letters(text: bytes, page: CodePage) -> set[str] | None:
    """The letters past ASCII of `text` read in `page` (NFC: Windows-1258's tone marks join
    their vowels), in lower case; None when it does not read in `page` (`_reads_as`)."""
    if not _reads_as(text, page):
        return None
    read = unicodedata.normalize("NFC", text.decode(page.codec))
    return {
        c.lower()
        for c in read
        if not c.isascii() and unicodedata.category(c)[0] in "LM" and c != "\u0130"
    } | ({"i"} if "\u0130" in read else set())  # Turkish İ: i's capital


def _fits(letters: set[str], page: CodePage) -> bool:
    """Whether `letters` are all one of `page`'s languages' (LATIN_ALPHABETS)."""
    return any(letters <= set(alphabet) for alphabet in LATIN_ALPHABETS[page.name])


def _latin_code_page(text: bytes) -> CodePage | None:
    """Windows-1250 (Czech: "náměstí, Žilina, čas", read "námìstí, Žilina, èas" in
    Windows-1252), Windows-1254 (Turkish: "yürüyüş", read "yürüyüþ") or Windows-1258
    (Vietnamese: "trái tim", read "traìi tim"), when `text`'s letters past ASCII read in it
    are one of its languages' alphabets (LATIN_ALPHABETS: at least MIN_LATIN_LETTERS, one
    of which Windows-1252 reads as another letter) and read in Windows-1252 are none of its
    languages'; and of those three code pages only one so reads; else None (a French or
    Spanish file stays Windows-1252's: "crème" is Czech "crčme" too)."""
    western = _latin_letters(text, WINDOWS_1252)
    if western is not None and _fits(western, WINDOWS_1252):
        return None
    found = []
    for page in _LATIN_PAGES:
        letters = _latin_letters(text, page)
        if letters is None or len(letters) < MIN_LATIN_LETTERS or letters == western:
            continue
        if _fits(letters, page):
            found.append(page)
    return found[0] if len(found) == 1 else None


def _east_asian_code_page(text: bytes) -> CodePage | None:
    """The multi-byte code page of `text` among Shift_JIS, GB18030, Big5 and EUC-KR, or
    None when that is not certain. Each reads most bytes of the others (Shift_JIS's kana
    are GB18030's Han characters, EUC-KR's Hangul are Shift_JIS's half-width katakana), so
    a code page is a candidate when the whole text reads in it as letters of its script
    past ASCII (at least EAST_ASIAN_LETTERS; signs and full-width forms aside), of which at
    least EAST_ASIAN_SHARE are among its script's most frequent: in another code page's
    reading they are chance characters, rarely frequent ones. Of several, the one with the
    larger share, if half as large again as the next. Latin letters may touch them (a
    "Blue Heartキャンペーン"): a Latin file's accented letters, read as a multi-byte code
    page, eat the next letter and make a character or two, too few and too rare."""
    scored: list[tuple[float, CodePage]] = []
    for page, words, frequent in _EAST_ASIAN:
        if not _reads_as(text, page):
            continue
        letters = frequent_count = 0
        for char in text.decode(page.codec):
            if char.isascii() or unicodedata.category(char)[0] not in "LM":
                continue
            name = unicodedata.name(char, "")
            if name.startswith("FULLWIDTH"):  # Ｑ＆Ａ: Latin letters set wide
                continue
            if not any(word in name for word in words):
                break
            letters += 1
            frequent_count += char in frequent
        else:
            if letters >= EAST_ASIAN_LETTERS and frequent_count >= EAST_ASIAN_SHARE * letters:
                scored.append((frequent_count / letters, page))
    scored.sort(key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] < 1.5 * scored[1][0]):
        return None
    return scored[0][1]


def _script_share(chars: str, script: str, frequent: str) -> tuple[float, int] | None:
    """The share of `chars`' letters past ASCII that are among `frequent` (accents set
    aside), and how many letters there are; None when those letters are not all of
    `script`, are fewer than MIN_LETTERS, touch a Latin letter, or put a capital after a
    small letter."""
    letters = frequent_count = 0
    for i, char in enumerate(chars):
        if char.isascii():
            continue
        if unicodedata.category(char)[0] not in "LM":  # a sign: a dash, quotes
            continue
        before = chars[i - 1] if i else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if script not in unicodedata.name(char, ""):
            return None
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            return None
        if char.isupper() and before.islower():  # "нЮ": Arabic read as Cyrillic
            return None
        letters += 1
        base = unicodedata.normalize("NFD", char.lower())[0]
        frequent_count += base in frequent
    return (frequent_count / letters, letters) if letters >= MIN_LETTERS else None


def _reading(raw: bytes, at: int, page: CodePage) -> str | None:
    """The character that byte `at` begins in `page` (one byte, or up to four in a
    multi-byte code page: Shift_JIS, GB18030), or None when none begins there."""
    for size in range(1, 5):
        try:
            return raw[at : at + size].decode(page.codec)
        except UnicodeDecodeError:
            continue
    return None


def _reads_as(raw: bytes, page: CodePage) -> bool:
    """Whether the whole of `raw` is text in `page`, not UTF-8 with a byte or two of another
    code page in it (an "Œuvre" typed in UTF-8 and an "œ" pasted from Windows-1252): its
    characters that are UTF-8 are fewer than half its bytes that are not (a text in a
    legacy code page makes a few UTF-8 characters by chance, Thai's more than most), and it
    reads in `page` from end to end. Converting a file of both from `page` would garble
    its UTF-8."""
    text = raw.lstrip(UTF8_BOM)
    if mostly_utf8(text):
        return False
    try:
        text.decode(page.codec)
    except UnicodeDecodeError:
        return False
    return True


def stray(char: str) -> bool:
    """Whether `char` stands for a byte that is not UTF-8, as Python's "surrogateescape"
    decodes one (U+DC80 to U+DCFF: byte 0xE9 is U+DCE9)."""
    return "\udc80" <= char <= "\udcff"


def mostly_utf8(raw: bytes) -> bool:
    """Whether `raw` is UTF-8 with a byte or two of a code page in it, not a text in a code
    page: its UTF-8 characters past ASCII are at least half as many as its bytes that are
    not UTF-8 (a text in a code page makes a few UTF-8 characters by chance). True too of
    a file that is UTF-8 throughout. A merge reads such a CSV, refusing the rows of those
    bytes alone (merge.csv_file)."""
    utf8 = raw.lstrip(UTF8_BOM).decode("utf-8", "surrogateescape")
    strays = sum(1 for char in utf8 if stray(char))
    return 2 * (sum(1 for char in utf8 if not char.isascii()) - strays) >= strays


def not_text(
    code: str,
    path: Path,
    raw: bytes,
    at: int,
    hint: str | Callable[[CodePage | None], str],
    *,
    encoding: str = "UTF-8",
    said: str = "",
    aside: str = "",
    language: str | None = None,
    place: Callable[[int, int], str] | None = None,
) -> Diagnostic:
    """The error of a file whose byte `at` is the first not in `encoding` (saved in a legacy
    code page): "fr.po is not UTF-8 text, as its header says: byte 0xE9 at column 12, which
    is 'é' in Windows-1252", at that byte's line and column as an editor shows them
    (`byte_place`). The byte is shown as it reads in the code page of the file's `language`
    where it is known and has one (`code_page_of`: a Thai strings file's 0xC7 is 'ว' in
    Windows-874, not 'Ç' in Windows-1252), else in the one `detected_code_page` is sure of,
    else in Windows-1252, the code page such a file is most often in (Excel's plain "CSV",
    Notepad's "ANSI"). When the whole file reads in the language's or the detected code
    page, or in Windows-1252 as one Western language's letters (`western_1252`), a second
    hint says so and gives the conversion (`_convert`: iconv's, or PowerShell's on Windows,
    and an editor's). `place` says where the byte is from its line and column ("at row 3,
    character 9" in a merge's CSV, whose columns are cells), else "at column 9". `said`
    follows the encoding's name (where the file itself names it), `aside` the character
    (where such files come from); `hint` is the format's own way to save as UTF-8 (an
    XLIFF editor, Excel's "CSV UTF-8", Poedit), or makes it of the code page the message
    names (a PO header's charset: a hint naming another contradicted it). One form for
    every text file the kit reads: a translator's PO, XLIFF and CSV file, a kit's YAML file
    and its SVG art, a merge's data file. A file in UTF-16 or UTF-32 is said to be so
    (`wide_text`; `hint` made of no code page): its bytes read in no code page."""
    if wide_encoding(raw) is not None:
        return wide_text(code, path, raw, hint if isinstance(hint, str) else hint(None))
    line, column = byte_place(raw, at)
    page = code_page_of(language) or detected_code_page(raw)
    shown = _reading(raw, at, page) if page else None
    known = page is not None and shown is not None
    if page is None or shown is None:
        page, shown = WINDOWS_1252, raw[at : at + 1].decode("cp1252", "replace")
        known = western_1252(raw)
    fix = hint if isinstance(hint, str) else hint(page)
    hints = (fix, _convert(path, page)) if known and _reads_as(raw, page) else (fix,)
    where = place(line, column) if place is not None else f"at column {column}"
    return Diagnostic(
        code,
        f"{path.name} is not {encoding} text{said}: byte 0x{raw[at]:02X} {where}, "
        f"which is '{shown}' in {page.name}{aside}",
        Mark(path, line, column),
        hints,
    )


def western_1252(raw: bytes) -> bool:
    """Whether `raw`, read in Windows-1252 (the reading of a file whose code page neither its
    language nor its letters tell), is a Western language's text: the whole of it reads so
    (`_reads_as`) and its letters past ASCII are all one of Windows-1252's languages'
    alphabets (LATIN_ALPHABETS: a French "Cœur, Été, Façonnier", Spanish "Señal"), so that
    converting it from Windows-1252 gives what was typed. A text of another code page read
    so is rarely one alphabet's ("Ïðèâåò", Russian's Windows-1251 in Windows-1252), and is
    not offered the conversion, which would garble it. A French Excel CSV was refused
    without the conversion docs/errors.md promised (a Brussels organiser's trial)."""
    letters = _latin_letters(raw, WINDOWS_1252)
    return letters is not None and _fits(letters, WINDOWS_1252)


def _convert(path: Path, page: CodePage) -> str:
    """The hint that converts a file read throughout in `page` to UTF-8: iconv's command, or
    on Windows (os.name "nt", as `program.quote` quotes the commands our messages give)
    PowerShell's (`powershell_conversion`), and a text editor's way."""
    import os

    from .program import quote

    utf8 = path.with_name(f"{path.stem}-utf8{path.suffix}").name
    if os.name == "nt":
        command = f"in PowerShell with `{powershell_conversion(path.name, utf8, page.number)}`"
    else:
        command = f"with `iconv -f {page.iconv} -t UTF-8 {quote(path.name)} > {quote(utf8)}`"
    return (
        f"{path.name} reads as {page.name} throughout: convert it {command}, or open it "
        f"as {page.name} in a text editor and save it with the encoding UTF-8 (a character "
        f"{page.name} has not was saved as '?': where you can, save the original again as "
        "UTF-8)"
    )


def powershell_conversion(name: str, utf8: str, number: int) -> str:
    """PowerShell's command that writes file `name`, text in Windows code page `number`, to
    `utf8` as UTF-8 (without a byte order mark), in the folder PowerShell is in: .NET's
    File.ReadAllText with the code page's Encoding and File.WriteAllText, which Windows
    PowerShell 5.1 (Windows' own) and PowerShell 7 both run; Get-Content's -Encoding takes
    a code page's number only from PowerShell 6.2 on (Microsoft's Get-Content reference),
    and PowerShell 7 registers the code pages (ClrFacade.EncodingRegisterProvider). The
    folder is "$PWD" in the paths: .NET's own working folder is not the one `cd` moves
    PowerShell to. A name's `, $ and " are escaped as PowerShell's strings in double quotes
    read them."""

    def path(file: str) -> str:
        return '"$PWD\\' + "".join(f"`{c}" if c in '`$"' else c for c in file) + '"'

    return (
        f"[IO.File]::WriteAllText({path(utf8)}, [IO.File]::ReadAllText({path(name)}, "
        f"[Text.Encoding]::GetEncoding({number})))"
    )


# The code pages a file in another may have been misread as (`misread_page`)
MISREAD_PAGES = (WINDOWS_1252, _CENTRAL_EUROPEAN, _TURKISH, _BALTIC, _CYRILLIC, _GREEK)


def misread_page(text: str, language: str | None) -> tuple[CodePage, CodePage, str] | None:
    """The code page `text` was misread as and the one of its `language` it was saved in
    (`code_page_of`), with the text as it was written, when `text` is one converted to UTF-8
    from the wrong code page (mojibake: a Kazakh file in Windows-1251 converted with
    `iconv -f CP1250` is "Ŕäŕě"): its bytes in that code page read as letters of the
    language's script, all its letters past ASCII (at least MIN_LETTERS, and as many as its
    ASCII letters: a Spanish file imported as Russian reads "Dнa" so). None otherwise."""
    from .text.scripts import char_script, script_of

    right = code_page_of(language)
    if right is None or language is None:
        return None
    script = script_of(language)
    for wrong in MISREAD_PAGES:
        if wrong is right:
            continue
        try:
            written = text.encode(wrong.codec).decode(right.codec)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        letters = [c for c in written if c.isalpha() and not c.isascii()]
        latin = sum(1 for c in written if c.isascii() and c.isalpha())
        if (
            len(letters) >= max(MIN_LETTERS, latin)  # a Spanish file's "í" is no Russian's
            and all(char_script(c) == script for c in letters)
        ):
            return wrong, right, written
    return None


# the line Excel reads a CSV's separator from, before its header (`sep=;`): a common way to
# have a semicolon-separated file open in columns where the system's list separator is a
# comma; it was taken for the header ("has no column 'key'", a translator's trial)
# (LibreOffice and Google Sheets, saving such a file, write it `"sep=;"` or `sep=;;;`, its
# empty cells on the line)
SEP_LINE = re.compile(r'"?sep=([,;\t|])"?\1*', re.IGNORECASE)


def sep_line(text: str) -> str | None:
    """The separator a CSV's first line names as Excel's `sep=;` does (SEP_LINE: quoted, or
    with its line's empty cells, as other programs save it), or None."""
    found = SEP_LINE.fullmatch(text.split("\n", 1)[0].rstrip("\r"))
    return found[1] if found else None


def spreadsheet_text(raw: bytes) -> str:
    """`raw` decoded (`_decoded`), without the byte order marks at its start: each one, as
    many as an editor that adds one at each save left (`one_mark`); the second was read as
    text, a CSV's first column named "\ufeffkey" (a translator's table, and a merge's data
    file too). Raises NotTextError."""
    return _decoded(raw).lstrip(BOM)


@dataclass(frozen=True)
class Wide:
    """The UTF-16 or UTF-32 a file's bytes are in (`wide_encoding`): `name` is iconv's and
    Python's name of it ("UTF-16" with a byte order mark, which says the byte order;
    "UTF-16LE" without), `marked` whether the file starts with its byte order mark."""

    name: str
    marked: bool


# the byte order marks of UTF-32 first: UTF-32LE's starts with UTF-16LE's
_WIDE_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_encoding(raw: bytes) -> Wide | None:
    """The UTF-16 or UTF-32 `raw` is in: told by its byte order mark (Notepad's "Unicode"
    and "Unicode big endian", Excel's "Unicode Text"), or without one by its NUL bytes, which
    no UTF-8 text has (`_unmarked`), where it is not UTF-8 past ASCII (`_utf8_past_ascii`);
    None for any other file. A Pashto PO file Notepad saved as "Unicode" was named as
    Windows-1256 ("byte 0xFF at column 1, which is 'ے'"), and the iconv command offered
    garbled it."""
    for mark, name in _WIDE_MARKS:
        if raw.startswith(mark):
            return Wide(name, True)
    guess = _unmarked(raw[:4096])
    if guess is None or _utf8_past_ascii(raw):
        return None
    return Wide(guess, False)


def _utf8_past_ascii(raw: bytes) -> bool:
    """Whether `raw` is UTF-8 with characters past ASCII: a UTF-16 text of any letter past
    Latin-1 is not (U+0627 is the bytes 27 06 in UTF-16LE, and UTF-8 has no 0x06 after a
    leading byte), a UTF-16 file converted as if it were in a code page is (its NUL bytes
    kept, each other byte made a character: `iconv -f CP1256` of a Pashto file)."""
    try:
        return not raw.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


# the share of a text's characters that are NUL bytes' to call it UTF-16 without a mark
# (its ASCII: a PO file's keywords, a CSV's commas); a UTF-8 file with a stray NUL is not
WIDE_SHARE = 0.1


def _unmarked(head: bytes, share: float = WIDE_SHARE) -> str | None:
    """The UTF-16 or UTF-32 of a text without a byte order mark, by where its NUL bytes are:
    in UTF-32 each character has two or three (UTF-32LE's last two bytes, UTF-32BE's first
    two), in UTF-16 an ASCII character one (UTF-16LE's second byte, as the zeros of Latin
    letters come second); None when fewer than `share` of its UTF-16 characters have one."""
    if head.count(0) < max(1, share * len(head) / 2):
        return None
    quads = len(head) // 4 * 4
    if quads and not head[2:quads:4].strip(b"\x00") and not head[3:quads:4].strip(b"\x00"):
        return "UTF-32LE"
    if quads and not head[0:quads:4].strip(b"\x00") and not head[1:quads:4].strip(b"\x00"):
        return "UTF-32BE"
    odd, even = head[1::2].count(0), head[0::2].count(0)
    return "UTF-16LE" if odd > even else "UTF-16BE"


def wide_text(code: str, path: Path, raw: bytes, fix: str) -> Diagnostic:
    """The error of a file the kit reads as UTF-8 saved as UTF-16 or UTF-32
    (`wide_encoding`), at its start: what it is, `fix` (the format's own way to save as
    UTF-8) and the conversion (iconv's, naming the byte order where no mark says it)."""
    wide = wide_encoding(raw)
    assert wide is not None, "wide_text of a file that is neither UTF-16 nor UTF-32"
    how = (
        "its byte order mark says so; what Notepad and Excel save as 'Unicode'"
        if wide.marked
        else "without a byte order mark: its ASCII characters have NUL bytes"
    )
    utf8 = path.with_name(f"{path.stem}-utf8{path.suffix}").name
    return Diagnostic(
        code,
        f"{path.name} is not UTF-8 text: it is {wide.name} ({how})",
        Mark(path, 1, 1),
        (
            fix,
            f"convert it with `iconv -f {wide.name} -t UTF-8 {path.name} > {utf8}`, or open "
            "it in a text editor and save it with the encoding UTF-8",
        ),
    )


def _decoded(raw: bytes) -> str:
    """`raw` decoded: UTF-16 or UTF-32 with a byte order mark, or without one
    (`wide_encoding`: text has no NUL bytes); else UTF-8 with or without a mark. Raises
    NotTextError."""
    wide = wide_encoding(raw)
    if wide is None and (name := _unmarked(raw[:4096], 0)):  # any NUL: no UTF-8 text has one
        wide = Wide(name, False)
    if wide is not None:
        try:
            return raw.decode(wide.name)
        except UnicodeDecodeError as exc:
            if wide.marked:
                why = f"starts as {wide.name} but is not {wide.name} text"
                raise NotTextError(why, exc.start, wide.name) from None
            raise NotTextError(f"has NUL bytes but is not {wide.name[:6]} text", None) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # its place counts from after a byte order mark
        mark = len(UTF8_BOM) if raw.startswith(UTF8_BOM) else 0
        raise NotTextError("is not UTF-8", exc.start + mark) from None


# A character a code page has not, as a spreadsheet or `iconv` wrote it: a question mark
# (Excel's "CSV" in Windows-1256 has no Persian ی, and "هیچ" was saved as "ه?چ"), or the
# REPLACEMENT CHARACTER U+FFFD of a decoder that could not read a byte. A question mark ends a
# sentence or a clause, so one between two letters (ه?چ, Qu?bec) is a character lost, and so
# are two or more that start a word (a Persian text saved in Windows-1252, which has none of
# its letters: "??? ????? ??????"; "Really??" ends one): not in an address
# (https://example.org/page?id=3: `text.scripts.link_spans`).
LOST_MARKS = "?\ufffd"


def lost_character(text: str) -> int | None:
    """The index of the first character of `text` that stands for one lost in a conversion to
    a code page (`LOST_MARKS`): U+FFFD anywhere; "?" with a letter or mark on both sides, or
    the first of two or more that start a word (`lost_word`), outside a web or e-mail
    address. None when there is none."""
    if "?" not in text and "\ufffd" not in text:
        return None
    from .text.scripts import link_spans  # here: the command line imports this module

    spans = link_spans(text) if "?" in text else []
    for i, ch in enumerate(text):
        if ch == "\ufffd":
            return i
        if ch != "?":
            continue
        between = 0 < i < len(text) - 1 and _wordlike(text[i - 1]) and _wordlike(text[i + 1])
        if not (between or lost_word(text, i)):
            continue
        if any(a <= i < b for a, b in spans):
            continue
        return i
    return None


def lost_word(text: str, i: int) -> bool:
    """Whether the "?" at `i` is the first of two or more that start a word: not after a
    letter, a mark or another "?" ("??? ?????", not "Really??")."""
    starts = i == 0 or not (_wordlike(text[i - 1]) or text[i - 1] == "?")
    return starts and text[i + 1 : i + 2] == "?"


def _wordlike(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def lost_place(text: str) -> str | None:
    """Where `lost_character` found a lost letter, said with the text around it: "the text
    has a '?' between letters at character 2 ('ه?چ کودک?')"; None when there is none."""
    i = lost_character(text)
    if i is None:
        return None
    around = text[max(0, i - 12) : i + 13].replace("\n", " ")
    if text[i] == "\ufffd":
        what = "a REPLACEMENT CHARACTER (U+FFFD)"
    elif lost_word(text, i):
        what = "a word of '?' (letters a code page had not)"
    else:
        what = "a '?' between letters"
    return f"the text has {what} at character {i + 1} ('{around}')"


def lost_problem(text: str) -> str | None:
    """What `lost_character` found, said with the text around it ("… ه?چ کودک …") and its
    cause, or None."""
    place = lost_place(text)
    if place is None:
        return None
    return f"{place}: a letter lost when the file was saved in a code page that has not got it"


def lost_cause(
    texts: Sequence[str],
    name: str,
    language: str | None,
    what: str,
    called: str | None = None,
    fmt: str = "csv",
) -> str:
    """One line for many texts of one file with a lost letter (`lost_character`), each told
    at its own place: how many (`what`: "translations", "cells") and the likely cause, the
    code page the file was saved in before it was converted to UTF-8. That is the usual one
    of the file's `language` (`code_page_of`: Persian's Windows-1256, which has no ی) when
    every other character past ASCII of the texts is in it (`called`: the language's name,
    else its code); else a code page unnamed. What saved it so is the format's (`fmt`: a
    spreadsheet's "CSV" for "csv" and "xlsx", a text editor's "ANSI" for "po" and "xliff",
    which no spreadsheet saves). A Persian file converted so had 37 such texts: 37 errors,
    each with the same cause and fix."""
    marks = {text[i] for text in texts if (i := lost_character(text)) is not None}
    said = " or ".join(
        m for c, m in (("?", "'?' in place of letters"), ("\ufffd", "U+FFFD")) if c in marks
    )
    page = code_page_of(language)
    kept = {c for text in texts for c in text if not c.isascii() and c not in LOST_MARKS}
    editor = fmt in ("po", "xliff")
    if page is not None and all(_encodes(c, page) for c in kept):
        savers = (
            "a text editor's \"ANSI\" (Notepad's)"
            if editor
            else 'Excel\'s plain "CSV" and Notepad\'s "ANSI"'
        )
        saved = (
            f"{name} was most likely saved in {page.name}, the code page of {savers} for "
            f"{called or language}, which has not got all its letters"
        )
    else:
        savers = 'a text editor\'s "ANSI"' if editor else 'Excel\'s plain "CSV", Notepad\'s "ANSI"'
        saved = (
            f"{name} was most likely saved in a code page without some of the texts' letters "
            f"({savers})"
        )
    return (
        f"{len(texts)} {what} have lost a letter ({said}), each named above: {saved}, then "
        "converted to UTF-8"
    )


def _encodes(char: str, page: CodePage) -> bool:
    try:
        char.encode(page.codec)
    except UnicodeEncodeError:
        return False
    return True


LOST_HINT = (
    'save the file again from the original as UTF-8 (Excel: "CSV UTF-8", or use the .xlsx), '
    'not converted from a copy saved as "CSV": the lost letters cannot be recovered from it'
)
# the same fix for a translator's PO and XLIFF file, which no spreadsheet saves (`lost_hint`)
LOST_HINTS = {
    "po": (
        "save the file again from the original as UTF-8 (Poedit does; in a text editor, choose "
        "the encoding UTF-8 and keep the header's charset UTF-8: Content-Type: text/plain; "
        "charset=UTF-8), not converted from a copy saved in a code page: the lost letters "
        "cannot be recovered from it"
    ),
    "xliff": (
        "save the file again from the original as UTF-8 (export it again from the CAT tool or "
        "XLIFF editor it was translated in; in a text editor, choose the encoding UTF-8), not "
        "converted from a copy saved in a code page: the lost letters cannot be recovered from "
        "it"
    ),
}


def lost_hint(fmt: str) -> str:
    """The fix of a lost letter in a file of format `fmt` ("po", "xliff"; else a spreadsheet's
    CSV or workbook: LOST_HINT). A PO file's told of Excel's "CSV UTF-8" and the .xlsx."""
    return LOST_HINTS.get(fmt, LOST_HINT)
