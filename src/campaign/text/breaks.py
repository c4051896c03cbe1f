"""Line-break opportunities from ICU: dictionary breaks for Thai, Lao, Khmer and Myanmar;
per-character breaks with kinsoku for Chinese and Japanese, between BudouX's phrases; UAX 14
for everything else. Korean keeps its words whole and breaks at spaces (CSS `word-break:
keep-all`).

Some of ICU's breaks are a last resort (`last_resort`), taken only inside a stretch of text
wider than a line (`paragraph.break_lines`): those inside a Thai word of PyThaiNLP's
dictionary that ICU's smaller one splits (ผู้|เสีย|หาย, "victim", read "the deceased" at a
line's end) or a Lao word of Google's lists (`WORD_LISTS`), inside a word of the project's
own Thai, Lao and Khmer lists (การค้า|มนุษย์, ໜ້າ|ເວັບ, ប៉ូលី|ស: `PROTECTED`), inside a
Japanese or Chinese phrase (闘|い: `phrase_edges`) or a Chinese numeral and its classifier
(一|个: `numeral_joins`), after a Korean numeral before the word it counts (한|명:
`numeral_breaks`), after a Khmer, Lao or Thai nominalising prefix (ការ|ជួញដូរ,
"trafficking": `NOMINAL_PREFIXES`), and between two Myanmar characters, where the translator
put no space (a Burmese writer spaces phrases, not words). A Burmese line never
ends on the negative prefix မ alone (`burmese_negation`). Where one of these scripts meets
another with no space (a Lao word in a Thai text), a line may break (`script_changes`): ICU's
dictionaries stop there without a break. A writer's WORD JOINER (U+2060)
keeps a word whole and a ZERO WIDTH SPACE (U+200B) is a break opportunity in every script
(README, "Thai, Lao, Khmer and Burmese").

Kinsoku (line-start and line-end prohibitions) is applied in full for Chinese and Japanese:
ICU's rules for `ja` are its "normal" ones, which allow a line to start with a small kana or
the prolonged sound mark ー, and other ICU versions or tailorings may allow more, so every
break ICU gives before a character of `NO_LINE_START`, or after one of `NO_LINE_END`, is
taken away. The classes are those of the W3C's "Requirements for Japanese Text Layout"
(JLREQ, https://www.w3.org/TR/jlreq/, Appendix A, after JIS X 4051): cl-02 closing brackets,
cl-03 hyphens, cl-04 dividing punctuation, cl-05 middle dots, cl-06 full stops, cl-07
commas, cl-09 iteration marks, cl-10 the prolonged sound mark and cl-11 small kana may not
start a line, and cl-01 opening brackets may not end one (the strict rule); the Chinese
lists of the W3C's "Requirements for Chinese Text Layout" (CLREQ,
https://www.w3.org/TR/clreq/, 3.1.7 "Prohibition rules for line start and line end") are a
subset of them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from icu4py.breakers import LineBreaker, WordBreaker

KINSOKU = frozenset({"zh", "ja", "yue"})
NO_LINE_START = frozenset(
    "’”)〕]}〉》」』】〙〗〟｠»）］｝｣"  # cl-02 closing brackets (and quotation marks)
    "‐〜゠–～"  # cl-03 hyphens (and the fullwidth tilde CLREQ lists)
    "？！‼⁇⁈⁉?!"  # cl-04 dividing punctuation
    "・：；:;"  # cl-05 middle dots
    "。．."  # cl-06 full stops
    "、，,"  # cl-07 commas
    "ヽヾゝゞ々〻"  # cl-09 iteration marks
    "ーｰ"  # cl-10 prolonged sound mark
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"  # cl-11 small kana
    "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ"  # (Ainu and halfwidth)
)
NO_LINE_END = frozenset("‘“(〔[{〈《「『【〘〖〝｟«（［｛｢")  # cl-01 opening brackets

# Languages whose words are kept whole: Korean is written with spaces between words, and ICU
# (whose `lw=keepall` keyword icu4py does not pass on) would break between any two syllables.
KEEP_ALL = frozenset({"ko"})


# Texts kept: enough for a document's copy-fit attempts and the texts shared by one language's
# materials. A merge adds about 3 new texts a record (about 1 KB each with their segments): at
# 4,096 a worker grew by 4 MB over its first 1,400 records, so a merge of 10,000 records
# peaked higher than one of 1,000; at 512 the cache is full within about 170 records.
@lru_cache(maxsize=512)
def break_segments(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Segments (start, end) in code points; a line may break only between two segments."""
    base = lang.replace("_", "-").split("-")[0].lower()
    out = icu_segments(text, lang)
    if base in KEEP_ALL:
        return keep_all(text, out)
    if base in KINSOKU:
        return kinsoku(text, out)
    if base == "my":
        out = burmese_negation(text, out)
    changes = script_changes(text)
    if changes:  # Lao against Thai with no space (ລາວภาษา): ICU's dictionaries stop there
        out = split_at(out, changes)
    if _lists_in(text):  # a Thai or Lao word's edge that ICU missed (โซเชียล|มีเดีย)
        out = split_at(out, word_edges(text, lang))
    spans = protected_spans(text)
    if spans:  # a protected word's edges between two letters (ប៉ូលី|សតាម: ប៉ូលីស|តាម)
        edges = {e for span in spans for e in span if 0 < e < len(text)}
        out = split_at(out, frozenset(e for e in edges if _letters(text[e - 1], text[e])))
    return out


# The scripts of UAX #14's class SA ("complex context dependent", South East Asian), each
# broken by ICU with its own dictionary or rules: Thai, Lao, Myanmar, Khmer, Tai Le, New Tai Lue,
# Tai Tham and Tai Viet, by their blocks (Unicode 15.1, Blocks.txt). ICU gives no break where
# one meets another with no space (a Lao word in a Thai text, ໄທ against ภาษา: UAX #14 resolves
# SA to AL, and AL x AL), though no word runs across the change.
SA_BLOCKS = (
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x1000, 0x109F, "Mymr"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1950, 0x197F, "Tale"),
    (0x1980, 0x19DF, "Talu"),
    (0x19E0, 0x19FF, "Khmr"),
    (0x1A20, 0x1AAF, "Lana"),
    (0xA9E0, 0xA9FF, "Mymr"),
    (0xAA60, 0xAA7F, "Mymr"),
    (0xAA80, 0xAADF, "Tavt"),
)
_SA_FIRST = min(a for a, _, _ in SA_BLOCKS)


def sa_script(ch: str) -> str | None:
    """The SA script (`SA_BLOCKS`) of one character, by its block; None for any other."""
    c = ord(ch)
    if c < _SA_FIRST:
        return None
    for first, last, script in SA_BLOCKS:
        if first <= c <= last:
            return script
    return None


def script_changes(text: str) -> frozenset[int]:
    """The indices where a character of one SA script (`SA_BLOCKS`) follows one of another with
    nothing between (ภาษาລາວ: 4), a word's edge in any of them; never before a combining mark
    (a mark of the wrong block on a letter stays with it)."""
    out = set()
    before = None
    for i, ch in enumerate(text):
        now = sa_script(ch)
        if (
            now is not None
            and before is not None
            and now != before
            and unicodedata.category(ch)[0] != "M"
        ):
            out.add(i)
        before = now
    return frozenset(out)


def _letters(a: str, b: str) -> bool:
    """Whether two characters are letters of one script of PROTECTED."""
    return any(wl.letter(a) and wl.letter(b) for wl, _ in PROTECTED.values())


def icu_segments(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """ICU's line-break segments (start, end), in code points (not kept: `break_segments`
    and `word_edges` keep what they make of them)."""
    out = []
    pos = 0
    for piece in LineBreaker(text, lang):
        out.append((pos, pos + len(piece)))
        pos += len(piece)
    if pos != len(text):  # ICU always covers the text; a mismatch is a bug, not user input
        raise AssertionError(f"ICU segments cover {pos} of {len(text)} characters")
    return tuple(out)


def split_at(
    segs: tuple[tuple[int, int], ...], cuts: frozenset[int]
) -> tuple[tuple[int, int], ...]:
    """`segs` split at each of `cuts` that falls inside one."""
    if not segs:
        return segs
    edges = sorted({a for a, _ in segs} | {c for c in cuts if 0 < c < segs[-1][1]})
    return tuple(zip(edges, [*edges[1:], segs[-1][1]], strict=True))


# The Burmese negative prefix: "မ" + verb (+ "ဘူး"), မကုန်ဆုံးသော "never ending"; ICU sets it
# apart as a word of its own, and a line that ended on it read as a different word (a trial).
NEGATION = "မ"


def burmese_negation(text: str, segs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Join a segment that is the negative prefix မ alone to the Myanmar word after it, so
    that no line ends on it (ဘယ်တော့မှ မ | ကုန်ဆုံးသော was the trial's)."""
    out: list[tuple[int, int]] = []
    for a, b in segs:
        if out and text[out[-1][0] : a] == NEGATION and _myanmar(text[a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _myanmar(ch: str) -> bool:
    # Myanmar, Myanmar Extended-A and -B: letters, vowels, marks, digits and their signs,
    # less the section marks ၊ and ။ (a line may break after them)
    return ("\u1000" <= ch <= "\u109f" and ch not in "\u104a\u104b") or (
        "\ua9e0" <= ch <= "\ua9ff" or "\uaa60" <= ch <= "\uaa7f"
    )


@dataclass(frozen=True)
class WordList:
    """A script's word list: the words a line must not break inside (`word_edges`), and what
    of the script a word may not begin or end with."""

    script: str  # ISO 15924
    path: Path
    letters: tuple[str, str]  # the script's letters, vowels and marks: this range of them
    extra: frozenset[str]  # and these (not its digits)
    no_word_start: frozenset[str]  # marks above and below, vowels written after a consonant
    leading_vowels: frozenset[str]  # written before their consonant: no word ends on one

    def letter(self, ch: str) -> bool:
        return self.letters[0] <= ch <= self.letters[1] or ch in self.extra

    def in_text(self, text: str) -> bool:
        """Whether `text` has a letter of the list's script (`letter`): one search of a
        character class, where `any(map(self.letter, text))` called `letter` for each
        character of every text (about 100,000 calls in the 18 pages of bench/peer_kit.py)."""
        return _letters_of(self).search(text) is not None


@cache
def _letters_of(wl: WordList) -> re.Pattern[str]:
    first, last = wl.letters
    extra = "".join(re.escape(ch) for ch in sorted(wl.extra))
    return re.compile(f"[{re.escape(first)}-{re.escape(last)}{extra}]")


def _chars(first: int, last: int) -> frozenset[str]:
    return frozenset(chr(c) for c in range(first, last + 1))


HERE = Path(__file__).parent
# Thai characters a word may not begin with: the marks above and below (tone marks, the
# short vowels written on a consonant), the vowels written after one (ะ า ำ ๅ) and the
# repetition mark ๆ; and a word never ends on a vowel written before its consonant (เ แ โ ใ ไ)
THAI = WordList(
    "Thai",
    HERE / "thai_words.txt",
    ("\u0e01", "\u0e4e"),  # Thai letters, vowels and marks (not digits)
    frozenset(),
    frozenset("\u0e30\u0e31\u0e32\u0e33\u0e45\u0e46")
    | _chars(0x0E34, 0x0E3A)
    | _chars(0x0E47, 0x0E4E),
    frozenset("เแโใไ"),
)
# Lao likewise: ະ ັ າ ຳ, the vowels and marks above and below (ິ ີ ຶ ື ຸ ູ ຺ ົ ຼ ຽ), the
# repetition mark ໆ and the tone marks may not begin a word, and ເ ແ ໂ ໃ ໄ not end one
LAO = WordList(
    "Laoo",
    HERE / "lao_words.txt",
    ("\u0e81", "\u0ece"),  # Lao letters, vowels and marks (not digits)
    frozenset("ໜໝໞໟ"),
    _chars(0x0EB0, 0x0EBD) | frozenset("\u0ec6") | _chars(0x0EC8, 0x0ECE),
    frozenset("ເແໂໃໄ"),
)
WORD_LISTS = (THAI, LAO)


# Words a line never breaks inside, the project's own (MIT; each file says where its words
# come from): loanwords and compounds of the kit's Thai, Lao and Khmer strings that ICU's
# dictionary splits and no list we may ship has (ໜ້າ|ເວັບ, "web page", printed so in an
# office's trial; ប៉ូលី|ស, "police"; การค้า|มนุษย์, "human trafficking", whose line ended on
# การค้า, "trade"). Where one meets letters of its script, a line may break before and
# after it (ICU gave ប៉ូលី|សតាម: the word's last letter went with the next; elsewhere ICU's
# breaks stand), and inside it only where it is wider than the line. A word may not begin or
# end inside a character cluster: not before a vowel sign, mark or COENG (U+17D2, which puts
# the next consonant below), nor after a COENG or a Lao vowel written before its consonant.
# Khmer's letters, and where a word may not begin (a dependent vowel, a sign, the COENG) or
# end (on the COENG), as `WordList` says them for Thai and Lao; its path is the project's list.
KHMER = WordList(
    "Khmr",
    HERE / "khmer_words.txt",
    ("\u1780", "\u17d3"),  # consonants, independent and dependent vowels, signs
    frozenset("\u17dd"),
    _chars(0x17B4, 0x17D3) | frozenset("\u17dd"),
    frozenset("\u17d2"),
)
PROTECTED = {
    "Thai": (THAI, HERE / "thai_words_added.txt"),
    "Laoo": (LAO, HERE / "lao_words_added.txt"),
    "Khmr": (KHMER, KHMER.path),
}


@cache
def protected_words(script: str) -> tuple[str, ...]:
    """The words of `script`'s PROTECTED list, longest first."""
    path = PROTECTED[script][1]
    with path.open(encoding="utf-8") as f:
        words = {line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=512)
def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each protected word in `text` (`PROTECTED`), the longest at a place
    first, none overlapping another, each with a cluster's edge on both sides."""
    out: list[tuple[int, int]] = []
    for script, (wl, _) in PROTECTED.items():
        if not wl.in_text(text):
            continue
        taken = [False] * len(text)
        for word in protected_words(script):
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if not any(taken[at:end]) and _edge(wl, text, at) and _edge(wl, text, end):
                    out.append((at, end))
                    taken[at:end] = [True] * len(word)
                at = text.find(word, at + 1)
    return tuple(sorted(out))


def _edge(wl: WordList, text: str, i: int) -> bool:
    """Whether a word of `wl`'s script may begin or end at text[i]: not inside a character
    cluster."""
    if i in (0, len(text)):
        return True
    return text[i] not in wl.no_word_start and text[i - 1] not in wl.leading_vowels


def _lists_in(text: str) -> tuple[WordList, ...]:
    return tuple(wl for wl in WORD_LISTS if wl.in_text(text))


@cache
def words_of(wl: WordList) -> tuple[frozenset[str], int]:
    """The words of `wl`'s list and the length of the longest, in code points: Thai, the
    60,963 of PyThaiNLP's dictionary written in Thai letters alone (CC0, thai_words.txt says
    where from); Lao, the 43,796 of two lists of Google's language-resources (Apache 2.0 and
    MIT, lao_words.txt: 1.0 MB). Read once, when a paragraph first has text of the script
    (about 25 ms for Thai, 15 ms for Lao, and 6 MB)."""
    with wl.path.open(encoding="utf-8") as f:
        words = frozenset(line.rstrip("\n") for line in f if not line.startswith("#"))
    return words, max(map(len, words))


# Nominalising prefixes, one word with what follows them (Khmer ការ + verb: ការជួញដូរ,
# "trafficking"; សេចក្តី + verb or adjective; Lao ການ + verb, ຄວາມ + adjective: ຄວາມສາມັກຄີ,
# "solidarity"; Thai การ + verb and ความ + adjective, as Lao's: การบริจาค, "donation", which
# no dictionary lists, as the prefix makes a noun of any verb), which ICU sets apart as
# words of their own: a line that ended on one left it reading "work" or "matter". The break
# after one of them, when it is one of ICU's pieces by itself and a word of its script
# follows at once, is a last resort.
KHMER_WORD_START = _chars(0x1780, 0x17B3)  # Khmer consonants and independent vowels
# Lao consonants (ໜ ໝ ໞ ໟ too) and the vowels written before one
LAO_WORD_START = _chars(0x0E81, 0x0EAE) | _chars(0x0EC0, 0x0EC4) | _chars(0x0EDC, 0x0EDF)
# Thai consonants and the vowels written before one
THAI_WORD_START = _chars(0x0E01, 0x0E2E) | _chars(0x0E40, 0x0E44)
NOMINAL_PREFIXES = {
    "การ": THAI_WORD_START,
    "ความ": THAI_WORD_START,
    "ការ": KHMER_WORD_START,
    "សេចក្តី": KHMER_WORD_START,
    "សេចក្ដី": KHMER_WORD_START,
    "ການ": LAO_WORD_START,
    "ຄວາມ": LAO_WORD_START,
}


def nominal_prefix_breaks(text: str, segs: tuple[tuple[int, int], ...]) -> set[int]:
    """The breaks of `segs` right after a nominalising prefix (`NOMINAL_PREFIXES`) that is one
    of the segments by itself, where a word of its script follows at once."""
    out = set()
    for a, b in segs[:-1]:
        if text[b] in NOMINAL_PREFIXES.get(text[a:b], ()):
            out.add(b)
    return out


@lru_cache(maxsize=512)
def last_resort(text: str, lang: str) -> frozenset[int]:
    """The places (code point indices) among `break_segments(text, lang)`' breaks where a line
    breaks only inside a stretch of text wider than the line: inside a Thai or Lao word of
    `WORD_LISTS` (ICU's breaks that `word_edges` does not keep), between two Myanmar
    characters (no space), after a nominalising prefix (`nominal_prefix_breaks`), and inside
    a Japanese or Chinese phrase (`phrase_edges`) between two of its CJK characters, and
    inside a Chinese numeral and the classifier after it (`numeral_joins`), and before a
    Chinese or Japanese particle that belongs to the word before it (`particle_joins`); after
    a short word kept with the next (`short_word_breaks`) or a Korean numeral before the word
    it counts (`numeral_breaks`)."""
    segs = break_segments(text, lang)
    out = {a for a, _ in segs[1:] if _myanmar(text[a - 1]) and _myanmar(text[a])}
    out |= nominal_prefix_breaks(text, segs)
    out.update(a for a, _ in segs[1:] for s, e in protected_spans(text) if s < a < e)
    phrases = phrase_edges(text, lang)
    if phrases is not None:
        out.update(
            a for a, _ in segs[1:] if a not in phrases and _cjk(text[a - 1]) and _cjk(text[a])
        )
        out.update(a for a, _ in segs[1:] if a in numeral_joins(text, lang))
        out.update(a for a, _ in segs[1:] if a in particle_joins(text, lang))
    out |= short_word_breaks(text, lang, segs) | numeral_breaks(text, lang, segs)
    out |= dash_breaks(text, lang, segs) | number_sign_breaks(text, lang, segs)
    lists = _lists_in(text)
    if lists:
        edges = word_edges(text, lang)
        out.update(
            a
            for a, _ in segs[1:]
            if a not in edges and any(wl.letter(text[a - 1]) and wl.letter(text[a]) for wl in lists)
        )
    return frozenset(out)


# Languages whose typesetting keeps a one-letter word (a preposition or a conjunction: ru с, в,
# и; uk з, в, і; cs and sk v, k, s, z, o, u, a, i; pl w, z, i, a) on the line of the word
# after it, and the longer words each keeps there too (by the base of a BCP 47 code). Lines
# ended on "ВСЕМИРНЫЙ ДЕНЬ БОРЬБЫ С" and "ДЕНЬ БОРОТЬБИ З" (a Europe and Central Asia office's
# trial). Sources: Czech, ČSN 01 6910 (2014), "Úprava dokumentů zpracovaných textovými
# procesory" (Ústav pro jazyk český AV ČR, https://ujc.avcr.cz/expertni-cinnost/csn016910/);
# Russian, the rules of careful typesetting as Technolex's guide to the no-break space lists
# them ("Что такое неразрывный пробел": after one- and two-letter prepositions and
# conjunctions, and after the particles не and ни; in Ukrainian at
# https://technolex.com/uk/centr-znan/sho-take-nerozrivniy-probil), of which the kit takes the
# one-letter words and the negative particle не, for Ukrainian and Belarusian too (ни and the
# Ukrainian ні are left out: ні is also "no"). Slovak, Polish, Belarusian, Bulgarian and
# Serbian get the one-letter words only, as their neighbours' rules (no source of their own
# read here).
KEPT_WITH_NEXT = {
    "ru": frozenset({"не"}),
    "uk": frozenset({"не"}),
    "be": frozenset({"не"}),
    **{code: frozenset[str]() for code in ("bg", "pl", "cs", "sk", "sr")},
}


def short_word_breaks(text: str, lang: str, segs: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The breaks (among `segs`') after a one-letter word, or a word of `KEPT_WITH_NEXT`, in a
    language of `KEPT_WITH_NEXT`, before a word (a letter, a digit, an opening bracket or
    quotation mark): last resorts (`last_resort`), so the word goes to the next line with the
    word after it unless the two are wider than a line."""
    longer = KEPT_WITH_NEXT.get(lang.replace("_", "-").split("-")[0].lower())
    if longer is None:
        return frozenset()
    out = set()
    for (a, b), (c, _) in zip(segs, segs[1:], strict=False):
        word = text[a:b].rstrip()
        if "\n" in text[a + len(word) : b] or (a and not text[a - 1].isspace()):
            continue  # a line break after it, or no space before it (a-b c: b is no word)
        word = word.lstrip("([{«„“‘‚\"'")
        after = text[c]
        if ((len(word) == 1 and word.isalpha()) or word.lower() in longer) and (
            after.isalnum() or unicodedata.category(after) in ("Ps", "Pi")
        ):
            out.add(c)
    return frozenset(out)


# Korean numerals written as words, which stay on the line of the word after them: a Korean
# line broke "단 한" / "명의 아동도" ("not one child") and "피해자 세" / "명 중" (a Tokyo and
# Seoul office's trial). The Korean orthography (한글 맞춤법, Ministry of Culture, Sports and
# Tourism notice 2017-12, article 43, "단위를 나타내는 명사는 띄어 쓴다") writes a unit noun
# apart from the numeral before it (한 개, 차 한 대, 열 살, 신 두 켤레), and lets it join a
# number in digits (10개, 7미터), which is then one word a line never breaks; the W3C's
# "Requirements for Hangul Text Layout and Typography" (KLREQ,
# https://www.w3.org/TR/klreq/#word-break-rest, "Word Break Restrictions") keeps a number on
# one line with the sign of its unit after it (%, ℃). So the kit keeps the number and its
# unit together where the space is written too: a native numeral (한 두 세 네 다섯 ... 열,
# 스무, 서른 ... 아흔 and their compounds, 열한, 스물두; the forms of 3 and 4 before some
# units, 석 서 넉 너; 백 천 만; 몇, 여러 and the approximate numbers, 두세, 서너) or a number
# in digits (3 명, as article 43 writes it first) before a word. A numeral determiner stands
# before the noun it counts, a unit noun or not (두 아이, "two children"), so no list of
# units is needed. Sino-Korean numerals spelt in letters (삼 층, 일 학년) are left out: their
# syllables are everyday words too (이 "this", 일 "work", 팔 "arm", 사이 "between"), and
# Korean writes those numbers in digits. A break after one is a last resort (`last_resort`).
_KO_UNITS = ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_KO_TENS = ("열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
KOREAN_NUMERALS = frozenset(
    {*_KO_UNITS, *_KO_TENS, *(t + u for t in _KO_TENS for u in _KO_UNITS)}
    | {"스무", "석", "서", "넉", "너", "백", "천", "만", "몇", "몇몇", "여러"}
    | {"한두", "두세", "두서너", "서너", "너덧", "네댓", "너더댓", "대여섯", "예닐곱", "일여덟"}
    | {"여남은"}
)
NUMERAL_WITH_NEXT = frozenset({"ko"})


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def numeral_breaks(text: str, lang: str, segs: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The breaks (among `segs`') after a Korean numeral word of `KOREAN_NUMERALS`, or a
    number in digits, and its space, before a Hangul word, in a language of
    `NUMERAL_WITH_NEXT`: last resorts (`last_resort`), so the numeral goes to the next line
    with the word it counts (한 명의) unless the two are wider than a line."""
    if lang.replace("_", "-").split("-")[0].lower() not in NUMERAL_WITH_NEXT:
        return frozenset()
    out = set()
    for (a, b), (c, _) in zip(segs, segs[1:], strict=False):
        word = text[a:b].rstrip()
        if not word or word == text[a:b] or "\n" in text[a + len(word) : b]:
            continue  # no space after it (한(一)), or a line break
        word = word.lstrip("([{«“‘\"'")
        digits = word.replace(",", "").replace(".", "")
        number = word in KOREAN_NUMERALS or (digits.isdigit() and word[-1].isdigit())
        if number and _hangul(text[c]):
            out.add(c)
    return frozenset(out)


# Languages whose typesetting keeps a dash that has a space before it (em dash, en dash or
# horizontal bar, as a dash between words: "Көк жүрек № 1 — «серуен»") on the line of the
# word before it, so that no line begins with it (by the base of a BCP 47 code). A
# Kazakh headline broke "Көк жүрек № 1" / "— «серуен»" (a user's trial). Sources: Russian,
# Technolex's guide to the no-break space ("Что такое неразрывный пробел", its section
# "Перед тире в середине текста": the space before a dash inside a text is a no-break one),
# and the chapter "Неразрываемые пробелы" of a Russian web-design book
# (http://mfserver.forekc.ru/4b/index-nerazryvaemye-probely.htm: a no-break space "перед
# длинным тире в середине предложения"); Ukrainian, the guide's Ukrainian page
# (https://technolex.com/uk/centr-znan/sho-take-nerozrivniy-probil).
# Belarusian and Kazakh, set in the Russian tradition of Cyrillic typesetting, are given the
# Russian rule (no source of their own read here). Never Chinese or Japanese (kinsoku rules
# their dashes), nor a language not listed: English and German lines may begin with a dash.
# A dash at a paragraph's or a line's start (a line of dialogue) is left as it is.
DASH_WITH_PREVIOUS = frozenset({"ru", "uk", "be", "kk"})
DASHES = frozenset("\u2014\u2013\u2015")  # — – ―


def dash_breaks(text: str, lang: str, segs: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The breaks (among `segs`') before a dash of `DASHES` with a space before it and a word
    before that, in a language of `DASH_WITH_PREVIOUS`: last resorts (`last_resort`), so the
    dash stays on the line of the word before it unless the two are wider than a line."""
    if lang.replace("_", "-").split("-")[0].lower() not in DASH_WITH_PREVIOUS:
        return frozenset()
    out = set()
    for (a, _b), (c, _) in zip(segs, segs[1:], strict=False):
        gap = text[a:c]
        word = gap.rstrip()
        if text[c] in DASHES and word and word != gap and "\n" not in gap[len(word) :]:
            out.add(c)
    return frozenset(out)


# And a number sign or section sign keeps to the number after it ("№ 1", "§ 3"), as the same
# guide asks ("После знаков номера и параграфа"), in the same languages.
NUMBER_SIGNS = frozenset("№§")


def number_sign_breaks(text: str, lang: str, segs: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The breaks (among `segs`') after № or § and a space, before a digit, in a language of
    `DASH_WITH_PREVIOUS`: last resorts (`last_resort`)."""
    if lang.replace("_", "-").split("-")[0].lower() not in DASH_WITH_PREVIOUS:
        return frozenset()
    return frozenset(
        c
        for (a, b), (c, _) in zip(segs, segs[1:], strict=False)
        if text[a:c].rstrip() in NUMBER_SIGNS and text[c].isdigit() and "\n" not in text[a:c]
    )


@lru_cache(maxsize=512)
def word_edges(text: str, lang: str) -> frozenset[int]:
    """Where the words of each run of Thai or Lao (ICU's pieces with letters of the script on
    both sides of each break) meet: the run is cut into the fewest words, each a word of the
    script's list (`WORD_LISTS`) or one of ICU's pieces, as PyThaiNLP's newmm cuts a text with
    its dictionary (maximal matching); a stretch after a word that reaches no word, up to
    ICU's next break, is a word too, the fewest of those first. Ties go to the cutting with
    the fewest edges of its own (not ICU's). A word of the list may begin where ICU has no
    break (ICU cut โซเชียลมีเดีย, "social media", as โซ|เชีย|ลมี|เดีย), but never inside a
    character cluster (`WordList.no_word_start`, `WordList.leading_vowels`)."""
    icu = icu_segments(text, lang)
    out: set[int] = set()
    for wl in _lists_in(text):
        run = [icu[0][0]] if icu else []
        for a, _ in (*icu[1:], (len(text), len(text))):
            if a < len(text) and wl.letter(text[a - 1]) and wl.letter(text[a]):
                run.append(a)
                continue
            if len(run) > 1:
                out.update(_cut(wl, text, run, a))
            run = [a]
    return frozenset(out)


def _word_start(wl: WordList, text: str, i: int) -> bool:
    """Whether a word of `wl` may begin at text[i] where ICU has no break: letters of the
    script on both sides, and not inside a character cluster."""
    before, ch = text[i - 1], text[i]
    return (
        wl.letter(before)
        and wl.letter(ch)
        and ch not in wl.no_word_start
        and before not in wl.leading_vowels
    )


def _cut(wl: WordList, text: str, breaks: list[int], end: int) -> list[int]:
    """The inner edges of the best cutting (`word_edges`) of text[breaks[0]:end], whose ICU
    breaks are `breaks`."""
    words, longest = words_of(wl)
    start = breaks[0]
    icu = set(breaks)
    after = {a: b for a, b in zip(breaks, [*breaks[1:], end], strict=True)}
    # best[i]: (stretches of no word, words, edges not ICU's) of the best cutting of
    # text[i:end]; nxt[i]: where its first word ends
    best: dict[int, tuple[int, int, int]] = {end: (0, 0, 0)}
    nxt: dict[int, int] = {}
    for i in range(end - 1, start - 1, -1):
        if i not in icu and not _word_start(wl, text, i):
            continue
        options = []
        stop = min(end, i + longest)
        for j in range(i + 1, stop + 1):
            if j in best and text[i:j].rstrip() in words:
                options.append(((0, 1, int(j not in icu)), j))
        if i in icu:
            options.append(((0, 1, 0), after[i]))  # one of ICU's pieces
        elif not options:
            following = min((b for b in breaks if b > i), default=end)
            options.append(((1, 1, 0), following))  # no word: up to ICU's next break
        (a, b, c), j = min(
            ((cost[0] + best[j][0], cost[1] + best[j][1], cost[2] + best[j][2]), j)
            for cost, j in options
        )
        best[i], nxt[i] = (a, b, c), j
    edges = []
    i = nxt[start]
    while i < end:
        edges.append(i)
        i = nxt[i]
    return edges


# Phrases (bunsetsu) of Japanese and words of Chinese, as BudouX's models cut them (Google,
# Apache 2.0; https://github.com/google/budoux; the models of Chrome's CSS `word-break:
# auto-phrase`): a line breaks between two of them, and inside one only where it is wider than
# the line. Per character, as ICU and kinsoku allow, a headline broke 闘|い ("fight") and
# 子ども|も ("children too"), 打击人口贩|运 in Chinese (an office's trial). By script, from the
# language's code (`scripts.script_of`): Jpan, Hans, Hant.
PHRASE_MODELS = {
    "Jpan": "load_default_japanese_parser",
    "Hans": "load_default_simplified_chinese_parser",
    "Hant": "load_default_traditional_chinese_parser",
}


# The languages whose script may be one of PHRASE_MODELS': Japanese, Chinese and Cantonese
# (the codes `scripts.script_of` knows the script of)
PHRASE_LANGUAGES = frozenset({"ja", "zh", "yue"})


@cache
def _phrase_parser(script: str) -> Any:
    import budoux

    return getattr(budoux, PHRASE_MODELS[script])()


@lru_cache(maxsize=512)
def phrase_edges(text: str, lang: str) -> frozenset[int] | None:
    """Where BudouX's phrases of `text` meet (code point indices), for a language written in
    Japanese or Chinese script (`PHRASE_MODELS`); None for any other language. A writer's
    ZERO WIDTH SPACE (U+200B) is an edge too, and each stretch between two is cut alone."""
    from .scripts import script_of, split_tag

    if split_tag(lang)[0] not in PHRASE_LANGUAGES:
        return None  # without asking CLDR (its likely subtags: 20 ms the first time)
    script = script_of(lang)
    if script not in PHRASE_MODELS:
        return None
    parser = _phrase_parser(script)
    edges: set[int] = set()
    pos = 0
    for piece in text.split(ZWSP):
        at = pos
        for phrase in parser.parse(piece) if piece else ():
            at += len(phrase)
            edges.add(at)
        if at != pos + len(piece):  # BudouX's phrases always cover the text; a bug otherwise
            raise AssertionError(f"phrases cover {at - pos} of {len(piece)} characters")
        pos += len(piece) + 1
        edges.add(pos)
    return frozenset(e for e in edges if 0 < e < len(text))


# Chinese numerals, and the digits a Chinese text writes numbers with (ASCII and fullwidth):
# the Han numerals and 两 (two, before a classifier), 几 (how many, a few), 零 and 〇 (zero),
# with the Traditional forms 萬, 兩 and 幾
NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万萬亿億两兩几幾零〇")

# Common Chinese classifiers (量词), Simplified and Traditional: those of Wikipedia's "List of
# Chinese classifiers" (https://en.wikipedia.org/wiki/List_of_Chinese_classifiers; its tables
# "Classifiers proper", "Measure words/massifiers" and "Verbal classifiers") that count people,
# things, cases, kinds and times. BudouX's Chinese models cut a numeral from its classifier
# (一|个, 三|名, 两|种), so a line broke between them: the kit's Chinese headline ended a line
# with 一 and began the next with 个儿童 (不让一|个儿童掉队, "leave no child behind").
CLASSIFIERS = frozenset(
    "个個名位口户戶家"  # people, households, families and establishments
    "只隻头頭匹条條"  # animals; long things
    "件本张張份封篇首部册冊幅句"  # things, papers and works
    "项項种種类類批组組套双雙对對群"  # items, kinds, sets, pairs, groups
    "座所间間层層处處栋棟辆輛台臺"  # buildings, rooms, places; vehicles, machines
    "块塊片颗顆粒枚根支把棵朵道门門面"  # pieces and shapes
    "起场場届屆次遍回趟"  # events, cases, sessions; times
)
CHINESE_SCRIPTS = frozenset({"Hans", "Hant"})


@lru_cache(maxsize=512)
def numeral_joins(text: str, lang: str) -> frozenset[int]:
    """For a language set with BudouX's Chinese models (`PHRASE_MODELS`: Simplified or
    Traditional script; Cantonese too), the places inside a numeral followed by a classifier
    (`NUMERALS`, `CLASSIFIERS`): before the classifier and between the numeral's characters
    (三十五名, 3名, １２位), where BudouX may have a phrase's edge (`phrase_edges`: 一|个) and
    ICU a break between a digit and what follows it: a line breaks there only as a last
    resort (`last_resort`), where the numeral and its classifier are wider than the line."""
    from .scripts import script_of, split_tag

    if split_tag(lang)[0] not in PHRASE_LANGUAGES or script_of(lang) not in CHINESE_SCRIPTS:
        return frozenset()
    out: set[int] = set()
    for i in range(1, len(text)):
        if text[i] in CLASSIFIERS and text[i - 1] in NUMERALS:
            start = i - 1
            while start > 0 and text[start - 1] in NUMERALS:
                start -= 1
            out.update(range(start + 1, i + 1))
    return frozenset(out)


# Particles that belong to the word or phrase before them, so that a line never starts with
# one (the Chinese headline broke 在打击贩运人口|的斗争中不让, a user's trial), by the base of a
# BCP 47 code. Chinese (Simplified and Traditional; Cantonese shares the written ones): the
# structural particles 的, 地 and 得 (结构助词: "Noun + 的", "Adjective + 地", "Verb + 得 +
# complement", added after the word or phrase they mark) and the aspect particles 了, 着 (著)
# and 过 (過) (动态助词: "Verb + 了", "Verb + 着", "Verb + 过"), as the Chinese Grammar Wiki
# (AllSet Learning, https://resources.allsetlearning.com/chinese/grammar/Structural_particle
# and .../Aspectual_particle) lists them, and the modal particles that end a sentence (吗 嗎,
# 呢, 吧, 啊, 呀, 嘛), the plural suffix 们 (們), and the localizers 中, 里 (裡) and 内 (內)
# ("in", "inside"), postpositions whose head is the noun before them (Universal Dependencies'
# Chinese guidelines, https://universaldependencies.org/zh/dep/case-loc.html: 斗争中, "in
# the struggle"). BudouX's Chinese models cut such a word off by itself (人口|的|斗争,
# 斗争|中), so a line broke before it. Japanese: the case, binding and final particles
# (格助詞, 係助詞, 終助詞: が の を に へ と で や は も か ね よ), which BudouX's phrases
# (bunsetsu) keep at the end of the phrase before them (人身取引との, UNODCの); ICU breaks
# between a Latin letter and kana (UNODC|の), which is no phrase's edge. The break before
# one of them is a last resort (`particle_joins`), and so is the break after the Chinese
# negation 不 where BudouX cuts it off by itself before the verb it negates
# (不|让一个儿童掉队, "let no child fall behind": the line ended 斗争中不); Universal
# Dependencies' Chinese treebanks make it an adverbial modifier (`advmod`,
# https://universaldependencies.org/u/dep/advmod.html) of the verb after it.
PARTICLES = {
    "zh": frozenset("的地得了着著过過吗嗎呢吧啊呀嘛们們中里裡内內"),
    "yue": frozenset("的地得了着著过過吗嗎呢吧啊呀嘛们們中里裡内內"),
    "ja": frozenset("がのをにへとでやはもかねよ"),
}
NEGATIONS = {"zh": frozenset("不"), "yue": frozenset("不")}

# Two-character words that begin with a particle of `PARTICLES`, where BudouX cuts the
# particle off by itself and puts the word's second character into the next phrase (人口|贩运|
# 的|确存|在 for 的确存在, "does exist"; 他们|着|手调查, "set about investigating"; 为|儿童|着|
# 想, "think of the children"), each with the characters that, after it, make its second
# character the start of a word of its own, the particle being a particle (我们|的|确保, 拿|
# 着|手机: 确保 "ensure", 手机 "mobile phone"). The particle is not glued to the word before
# it there, and the word is kept whole (`particle_joins`). Checked against BudouX's cuts of
# such sentences; the other words that begin with a particle (得到, 了解, 过去, 地区, 中国,
# 内部...) BudouX keeps whole, and where it cuts one the particle is one (说|得|到|位, 做|了|
# 解|释): they are left out.
_WORD_AFTER = {"确": "保实认定切立诊", "確": "保實認定切立診", "手": "机機术術表錶指套续續段"}
_PARTICLE_WORDS = {
    "的确": _WORD_AFTER["确"],
    "的確": _WORD_AFTER["確"],
    "着手": _WORD_AFTER["手"],
    "著手": _WORD_AFTER["手"],
    "着想": "法到要象起",
    "著想": "法到要象起",
}
PARTICLE_WORDS = {"zh": _PARTICLE_WORDS, "yue": _PARTICLE_WORDS}


def _begins_word(text: str, i: int, words: dict[str, str]) -> bool:
    """Whether text[i] begins one of `words` (of `PARTICLE_WORDS`), not followed by one of the
    characters that make its second character a word's start."""
    after = words.get(text[i : i + 2])
    return after is not None and (i + 2 == len(text) or text[i + 2] not in after)


@lru_cache(maxsize=512)
def particle_joins(text: str, lang: str) -> frozenset[int]:
    """The places before a particle of `PARTICLES` (the language's) that belongs to the word
    before it: right after a letter or digit (no space or punctuation between them), where
    the particle is a word of BudouX's by itself (人口|的|斗争) or inside one of its phrases
    (UNODCの), unless the particle begins a word of `PARTICLE_WORDS` (的确), and then the
    place inside that word (的|确); and the places after a Chinese negation of `NEGATIONS`
    that is a word of BudouX's by itself, before the verb it negates (不|让). A line breaks
    there only as a last resort (`last_resort`): the particle stays on the line of the word
    before it, the negation on the line of its verb, the word of `PARTICLE_WORDS` on one
    line, unless the two are wider than the line. A writer's ZERO WIDTH SPACE between them
    is still a break."""
    from .scripts import split_tag

    base = split_tag(lang)[0]
    particles = PARTICLES.get(base)
    phrases = phrase_edges(text, lang) if particles else None
    if particles is None or phrases is None:
        return frozenset()
    negations = NEGATIONS.get(base, frozenset())
    words = PARTICLE_WORDS.get(base, {})
    return frozenset(
        i
        for i in range(1, len(text))
        if (
            text[i] in particles
            and _letter(text[i - 1])
            and (i not in phrases or i + 1 == len(text) or i + 1 in phrases)
            and not _begins_word(text, i, words)
        )
        or _begins_word(text, i - 1, words)
        or (
            text[i - 1] in negations
            and _cjk(text[i])
            and i in phrases
            and (i == 1 or i - 1 in phrases)
        )
    )


@lru_cache(maxsize=512)
def inside_words(text: str, lang: str) -> frozenset[int]:
    """Of `last_resort`'s breaks in a Japanese or Chinese text, those inside a word as well as
    inside a phrase: between two CJK characters where ICU's dictionary word segmentation
    (icu4py's WordBreaker: 人身|取引|反対|世界|デー) has no word edge, and those of
    `numeral_joins` and `particle_joins`. A phrase wider than the line is broken at its words'
    edges first, and inside a word only where the word is wider than the line too
    (paragraph.break_lines): BudouX took 人身取引反対世界デー for one phrase, and a Japanese
    social image's day line broke 世|界 ("world") where 反対|世界 was as near (a Tokyo office's
    trial). Empty for any other language."""
    phrases = phrase_edges(text, lang)
    if phrases is None:
        return frozenset()
    edges, pos = set(), 0
    for piece in WordBreaker(text, lang):
        pos += len(piece)
        edges.add(pos)
    joins = numeral_joins(text, lang) | particle_joins(text, lang)
    return frozenset(
        a
        for a in last_resort(text, lang)
        if a in joins or (a not in edges and _cjk(text[a - 1]) and _cjk(text[a]))
    )


ZWSP = "\u200b"


def _cjk(ch: str) -> bool:
    """Han ideographs (with the iteration mark 々 and 〇), hiragana and katakana (with the
    prolonged sound mark): the characters a Japanese or Chinese phrase is made of."""
    return (
        "\u3040" <= ch <= "\u30ff"  # hiragana, katakana
        or "\u3400" <= ch <= "\u9fff"  # CJK unified ideographs and extension A
        or "\uf900" <= ch <= "\ufaff"  # compatibility ideographs
        or "\U00020000" <= ch <= "\U0003ffff"  # extensions B to H
        or ch in "々〇〻"
    )


def kinsoku(text: str, segs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Join segments where the break would put a `NO_LINE_START` character at the start of a
    line or leave a `NO_LINE_END` one at the end of a line (white space between them aside)."""
    out: list[tuple[int, int]] = []
    for a, b in segs:
        if out and (text[a] in NO_LINE_START or text[out[-1][0] : a].rstrip()[-1:] in NO_LINE_END):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def keep_all(text: str, segs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Join segments where the break would fall between two letters (or digits, or marks):
    what is left are the breaks after spaces and around punctuation, as UAX 14 gives them."""
    out: list[tuple[int, int]] = []
    for a, b in segs:
        if out and _letter(text[a - 1]) and _letter(text[a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)
