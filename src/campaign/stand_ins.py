"""Words and marks written for a value not known yet ("à confirmer", "nog te bepalen", "TBD",
"уточняется", "?"), in the kit's languages and those its organisers write (`stand_in`): an
office's or campaign.yaml's field (`contacts.placeholder`), a merged event's contact, venue,
organiser, title, date or time holding one would print it as it is (a Brussels and Lille
organiser's trial: `à confirmer`, `n.c.`, `nog te bepalen` and `?` printed on the flyers,
exit 0). Imports nothing of ours.

Where a stand-in counts: a phrase of ENDINGS where it ends the value or a part of it (before
a bracket, a comma, a semicolon, a colon, a slash or a spaced dash: `à confirmer`, `Salle à
confirmer`, `14h30 (à confirmer)`), never where words follow it (`Apprendre à définir ses
limites`); a short or ambiguous word of ALONE only as the whole value or a whole part of it
(`volgt`, `Lieu : volgt`; not `Café Volgt`); an abbreviation of ABBREVIATIONS, which a place
code, a company's name or another language's word may be too, as far as it counts in the
languages the value is written in (`stand_in`'s `languages`, none known read as English):
French `n.c.` ends a French value (`Prix n.c.`), and in any other is only the whole value
or all of it after a label (`n.c.`, `Tel: n.c.`; `Raleigh, N.C.` is North Carolina,
`Mataram, NTB` an Indonesian province); TBD and TBA in capitals, and N/A, where they end
the value or a part (`Salle TBD`), TBC so in English alone (Dutch `Centrum voor tbc` is
tuberculosis), none of them with words after it (`TBC Bank`, Georgia's); lorem ipsum
anywhere; and a value of nothing but question marks, dots or dashes (`?`, `-`, `…`). In
`prose` (a title: its words are the event's own), nothing counts further than a whole part
(`Marche (à confirmer)`), as ALONE's do: `Un futur à définir` is a title. Case, accents and
the spaces between words aside (`A CONFIRMER`, `a confirmer`, `n. c.`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

# What each phrase says, in English (the message names it: "'à confirmer', French for 'to be
# confirmed'")
CONFIRMED = "to be confirmed"
DECIDED = "to be decided"
ANNOUNCED = "to be announced"
SPECIFIED = "to be specified"
NOT_GIVEN = "not communicated"
NOT_KNOWN = "not known"
FOLLOWS = "to follow"
PENDING = "pending"
NOT_APPLICABLE = "not applicable"
NOT_AVAILABLE = "not available"

# The phrases that stand for a value where they end it or a part of it: (languages, meaning,
# phrases). The project's list, from what organisers write in event listings and forms where
# no source is named (no standard keeps such words: CLDR has none); each is a phrase no
# venue, organiser, contact or date ends with as its own words.
ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # English: the kit's own words since its first placeholder check (TBD, TBC and TBA are
    # ABBREVIATIONS)
    ("English", CONFIRMED, ("to be confirmed",)),
    ("English", DECIDED, ("to be decided", "to be determined", "to be defined")),
    ("English", ANNOUNCED, ("to be announced", "to be advised", "to be added")),
    ("English", NOT_KNOWN, ("not yet known", "not known yet")),
    # French: the trial's `à confirmer`; a date "à fixer", a room "à préciser"
    ("French", CONFIRMED, ("à confirmer", "en attente de confirmation", "non confirmé")),
    ("French", CONFIRMED, ("non confirmée",)),
    ("French", DECIDED, ("à déterminer", "à définir", "à fixer")),
    ("French", SPECIFIED, ("à préciser",)),
    ("French", ANNOUNCED, ("à communiquer", "à annoncer")),
    ("French", NOT_GIVEN, ("non communiqué", "non communiquée", "non communiqués")),
    ("French", NOT_KNOWN, ("pas encore connu", "inconnu à ce jour")),
    # Dutch (Belgium and the Netherlands): the trial's `nog te bepalen`
    ("Dutch", DECIDED, ("nog te bepalen", "nader te bepalen")),
    ("Dutch", CONFIRMED, ("nog te bevestigen", "nader te bevestigen")),
    ("Dutch", NOT_KNOWN, ("nog niet bekend", "nog onbekend")),
    ("Dutch", ANNOUNCED, ("wordt nog bekendgemaakt", "wordt later bekendgemaakt")),
    ("Dutch", FOLLOWS, ("volgt nog", "volgt later")),
    # German
    ("German", DECIDED, ("noch offen", "steht noch nicht fest", "noch festzulegen")),
    ("German", ANNOUNCED, ("wird noch bekannt gegeben", "wird noch bekanntgegeben")),
    ("German", ANNOUNCED, ("wird bekannt gegeben", "wird bekanntgegeben")),
    ("German", CONFIRMED, ("noch zu bestätigen",)),
    ("German", NOT_KNOWN, ("noch nicht bekannt",)),
    ("German", FOLLOWS, ("folgt noch",)),
    # Spanish and Portuguese share `a confirmar`, `por confirmar`, `a definir`, `por definir`
    ("Spanish and Portuguese", CONFIRMED, ("por confirmar", "a confirmar")),
    ("Spanish and Portuguese", DECIDED, ("por definir", "a definir", "a determinar")),
    ("Spanish", CONFIRMED, ("sin confirmar", "pendiente de confirmación")),
    ("Spanish", DECIDED, ("por determinar", "por concretar", "por decidir")),
    ("Spanish", ANNOUNCED, ("por anunciar",)),
    ("Portuguese", ANNOUNCED, ("a anunciar", "a divulgar")),
    ("Portuguese", NOT_GIVEN, ("não informado", "não informada")),
    # Italian: "data da destinarsi", "da definirsi" (Accademia della Crusca, "Quando il giorno
    # non è ancora stabilito: a o in data da destinarsi", 2025)
    ("Italian", CONFIRMED, ("da confermare",)),
    ("Italian", DECIDED, ("da definire", "da definirsi", "da stabilire", "da destinarsi")),
    ("Italian", DECIDED, ("da decidere",)),
    ("Italian", ANNOUNCED, ("da comunicare",)),
    # Swahili: the passive future, "it will be confirmed / announced"
    ("Swahili", CONFIRMED, ("itathibitishwa", "haijathibitishwa")),
    ("Swahili", ANNOUNCED, ("itatangazwa", "itajulishwa")),
    # Russian and Ukrainian
    ("Russian", SPECIFIED, ("уточняется", "будет уточнено", "подлежит уточнению")),
    ("Russian", ANNOUNCED, ("будет объявлено", "будет объявлен", "будет сообщено")),
    ("Russian", DECIDED, ("не определено",)),
    ("Russian", NOT_AVAILABLE, ("нет данных",)),
    ("Ukrainian", SPECIFIED, ("уточнюється", "буде уточнено")),
    ("Ukrainian", ANNOUNCED, ("буде оголошено", "буде повідомлено")),
    ("Ukrainian", DECIDED, ("не визначено",)),
    # Turkish
    ("Turkish", DECIDED, ("belirlenecek", "belli değil")),
    ("Turkish", ANNOUNCED, ("açıklanacak", "daha sonra açıklanacak", "duyurulacak")),
    ("Turkish", CONFIRMED, ("teyit edilecek",)),
    # Indonesian and Malay
    ("Indonesian and Malay", ANNOUNCED, ("akan diumumkan",)),
    ("Indonesian", CONFIRMED, ("akan dikonfirmasi",)),
    ("Indonesian", DECIDED, ("akan ditentukan", "belum ditentukan")),
    ("Malay", ANNOUNCED, ("akan dimaklumkan",)),
    # Vietnamese
    ("Vietnamese", ANNOUNCED, ("sẽ thông báo sau",)),
    ("Vietnamese", DECIDED, ("chưa xác định",)),
    ("Vietnamese", NOT_KNOWN, ("đang cập nhật",)),
    # Arabic (its vowel marks aside: لاحقاً is لاحقا)
    ("Arabic", DECIDED, ("يحدد لاحقا", "سيحدد لاحقا", "لم يحدد بعد")),
    ("Arabic", ANNOUNCED, ("سيعلن لاحقا", "سيتم الإعلان عنه")),
    ("Persian", ANNOUNCED, ("اعلام خواهد شد",)),
    # Chinese, Japanese and Thai, written without spaces between words: a phrase ends the
    # value or a part whatever precedes it (会場未定, 地点待定)
    ("Chinese", DECIDED, ("待定",)),
    ("Chinese", CONFIRMED, ("待确认", "待確認")),
    ("Chinese", ANNOUNCED, ("待公布", "另行通知")),
    ("Japanese", DECIDED, ("未定", "調整中")),
    ("Thai", CONFIRMED, ("รอยืนยัน",)),
    ("Thai", ANNOUNCED, ("รอประกาศ", "จะแจ้งให้ทราบภายหลัง")),
    # Swahili, Arabic and the rest above: phrases of words, which end no name as their own.
    # The abbreviations, which a place code, a company's name or another language's word may
    # be too, are in ABBREVIATIONS.
)
# The short or ambiguous ones: a stand-in only as the whole value or a whole part of it
# (`volgt` alone is "to follow"; a venue `Café Volgt` is a name). Each is a word no name
# is as a whole part of a venue, an organiser, a title or an office's name: `unknown`,
# `inconnu`, `offen`, `pendiente` (a slope: `La Pendiente` is no whole part), `à venir`.
ALONE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("English", NOT_APPLICABLE, ("n/a",)),
    ("English", NOT_KNOWN, ("unknown",)),
    ("French", "to come", ("à venir",)),
    ("French", NOT_KNOWN, ("inconnu", "inconnue")),
    ("Dutch", NOT_KNOWN, ("onbekend",)),
    ("Dutch", FOLLOWS, ("volgt",)),
    ("German", FOLLOWS, ("folgt",)),
    ("German", DECIDED, ("offen",)),
    ("German", NOT_KNOWN, ("unbekannt",)),
    ("Spanish", PENDING, ("pendiente",)),
    ("Spanish", NOT_KNOWN, ("desconocido",)),
    ("Portuguese", PENDING, ("pendente",)),
    ("Portuguese", "soon", ("em breve",)),
    ("Indonesian", FOLLOWS, ("menyusul",)),
    ("Russian and Ukrainian", NOT_AVAILABLE, ("н/д",)),
)

# How far into a value a stand-in counts (the module's docstring): as the WHOLE value or all
# of it after a label's colon (`n.c.`, `Prix : n.c.`); as a whole PART of it, set off by a
# bracket, a comma, a semicolon, a slash or a spaced dash (`Lieu (volgt)`, `14h30, TBC`);
# or where it ENDs the value or a part after words (`Salle à confirmer`).
WHOLE, PART, END = 0, 1, 2


class Abbreviation(NamedTuple):
    """Letters that stand for a value not known yet in one language (or a few) and may be
    something else in a name: counted as far as `own` on a value of one of `codes` (a row,
    an office, a strings file in that language; a value of no known language is read as
    English, the kit's source), as far as `other` on any other."""

    named: str  # its languages, as the message names them
    means: str
    phrases: tuple[str, ...]
    codes: tuple[str, ...]  # the languages (primary subtags: pt is pt-BR's too) it is theirs
    own: int  # WHOLE, PART or END
    other: int


# The abbreviations, each judged for what else it is in a venue, an organiser, a title, a
# contact or an office's name (US state and territory codes, ISO 3166 country codes and
# Canadian, Australian, Indian and Indonesian provinces' codes, company names, other
# languages' words); a dotted one never counts as the tail of a longer one (Italian
# `S.n.c.`, società in nome collettivo, and French `S.N.C.` end companies' names: `_patterns`).
ABBREVIATIONS: tuple[Abbreviation, ...] = (
    # English TBD, TBA and TBC: written so in every language, where they end a value or a
    # part (`Salle TBD`, `Room tbc`) in English; in any other language only as a whole part
    # (`Lieu : TBC`), for companies begin with them (TBC Bank, Georgia's largest; TBA Group)
    # and tbc is tuberculosis in Dutch, German, Romanian, Italian and Spanish (`Centrum voor
    # tbc`, `Dispensarul TBC`). TBD and TBA in capitals end a part in any language too
    # (CAPITALS): they are no language's word.
    Abbreviation("English", DECIDED, ("tbd",), ("en",), END, PART),
    Abbreviation("English", ANNOUNCED, ("tba",), ("en",), END, PART),
    Abbreviation("English", CONFIRMED, ("tbc",), ("en",), END, PART),
    # French n.c. (non communiqué: the trial's `n.c.`) ends a French value (`Prix n.c.`);
    # elsewhere it is the whole value alone: AP style writes North Carolina `Raleigh, N.C.`.
    # Written without its last dot or its dots (`n.c`, `NC`) it is the whole value alone in
    # French too: NC is North Carolina's code (`Dix Park, Raleigh, NC`) and New
    # Caledonia's, a French territory's (`Nouméa, NC`), each written after a comma or in
    # brackets, and it begins names (`Collectif NC Bruxelles`).
    Abbreviation("French", NOT_GIVEN, ("n.c.",), ("fr",), END, WHOLE),
    Abbreviation("French", NOT_GIVEN, ("n.c", "nc"), ("fr",), WHOLE, WHOLE),
    # French s.o. (sans objet): German s.o. is siehe oben, "see above"; SO (Somalia) is
    # written without dots
    Abbreviation("French", NOT_APPLICABLE, ("s.o.",), ("fr",), END, WHOLE),
    # n.d. (French non disponible, Italian non disponibile, Portuguese não disponível): a
    # whole part in those languages, for French N.D. is Notre-Dame (`Collège N.D.`);
    # elsewhere the whole value alone: AP style writes North Dakota `Fargo, N.D.`
    Abbreviation(
        "French, Italian and Portuguese", NOT_AVAILABLE, ("n.d.",), ("fr", "it", "pt"), PART, WHOLE
    ),
    # Dutch n.t.b. (nader te bepalen), n.n.b. (nog niet bekend), n.v.t. (niet van
    # toepassing) end a Dutch value (`Locatie n.t.b.`); written without dots (`ntb`, `nnb`)
    # a whole part of one. Elsewhere each is the whole value alone: NTB is Nusa Tenggara
    # Barat, an Indonesian province (`Gedung Serbaguna, Mataram, NTB`, `Dinas Sosial,
    # NTB`). A cell of `NTB` alone is still told, though Norway's news agency and the
    # Dutch triathlon federation are called so: an organiser of those three letters alone
    # is the one reading left wrong, its error naming what it took them for.
    Abbreviation("Dutch", DECIDED, ("n.t.b.",), ("nl",), END, WHOLE),
    Abbreviation("Dutch", DECIDED, ("ntb",), ("nl",), PART, WHOLE),
    Abbreviation("Dutch", NOT_KNOWN, ("n.n.b.",), ("nl",), END, WHOLE),
    Abbreviation("Dutch", NOT_KNOWN, ("nnb",), ("nl",), PART, WHOLE),
    Abbreviation("Dutch", NOT_APPLICABLE, ("n.v.t.",), ("nl",), END, WHOLE),
    # German k.A. (keine Angabe): KA, Karnataka's code, is written without dots
    Abbreviation("German", NOT_GIVEN, ("k.a.",), ("de",), END, WHOLE),
    # N.N., nomen nominandum, "a person not known yet, to be named later", in programmes of
    # events (de.wikipedia.org, "Nomen nominandum")
    Abbreviation("German and Dutch", "a name to be given", ("n.n.",), ("de", "nl"), END, WHOLE),
)
# Every language of ABBREVIATIONS: a value no place code or name is written in (a time
# cell's, `merge.times`) is judged as of each, every abbreviation counting as far as it can
EVERY_LANGUAGE = tuple(sorted({code for a in ABBREVIATIONS for code in a.codes}))
# TBD and TBA in capitals, and N/A: the English abbreviations wherever they end a value or
# a part, in any language (`Salle TBD`; TBD Media, TBA Group begin with them). TBC ends one
# in English only (ABBREVIATIONS: tuberculosis).
CAPITALS = re.compile(r"(?:TBD|TBA|N/A)")
LOREM = re.compile(r"(?<!\w)lorem ipsum(?!\w)", re.IGNORECASE)
# A value of nothing but question marks, or of dots, dashes or underscores
MARKS = re.compile(r"\s*(?:[?¿？]+|[.…_\-\u2013\u2014]+)\s*")
# What sets a part of a value off from the rest: brackets, a comma, a semicolon, a colon, a
# slash, a bar, quotes (and their full-width forms); a dash with a space after it; and what
# ends a part: those, an opening bracket too (`TBC (after rainy season)`), a full stop
BEFORE = r"(?:^|(?<=[(\[{<«\"“‘,;:/|（【「，；：、])|(?<=[\-\u2013\u2014]\s))\s*"
AFTER = r"\s*(?=$|[()\[\]{}>»\"”’,;:/|!?.…（）【】」，；：、。！？]|[\-\u2013\u2014](?:\s|$))"
# scripts written without spaces between words: a phrase of theirs has no word before it
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


class StandIn(NamedTuple):
    """A stand-in found in a value (`stand_in`)."""

    text: str  # as written in the value
    said: str  # "'à confirmer', French for 'to be confirmed'"; "'TBD'"


def stand_in(value: str, prose: bool = False, languages: Iterable[str] = ()) -> StandIn | None:
    """The first stand-in for a value not known yet in `value` (the module's rules), or None.
    `prose`: a title's words, where a phrase counts only as the whole value or a whole part
    of it. `languages`: the codes of the languages the value is written in (a merged row's,
    a language's own column's, an office's), by which ABBREVIATIONS are judged, each by its
    language (fr-CA and a column's fr_ca: fr); none known, it is read as English."""
    whole = MARKS.fullmatch(value)
    if whole:
        return _said(value.strip())
    capitals = _capitals(prose).search(value)
    if capitals:
        return _said(capitals["found"])
    lorem = LOREM.search(value)
    if lorem:
        return _said(lorem[0])
    folded, at = _folded(value)
    codes = frozenset(re.split("[-_]", c)[0].casefold() for c in languages if c)
    codes = codes or frozenset({"en"})
    for pattern in _patterns(prose, codes):
        match = pattern.search(folded)
        if match:
            start, end = at[match.start("found")], at[match.end("found") - 1] + 1
            while end < len(value) and unicodedata.category(value[end]) == "Mn":
                end += 1
            return _said(value[start:end])
    return None


@cache
def _capitals(prose: bool) -> re.Pattern[str]:
    """CAPITALS where they end a value or a part of it; in `prose`, only as a whole part."""
    before = BEFORE if prose else r"(?<![\w.])"
    return re.compile(rf"{before}(?P<found>{CAPITALS.pattern}){AFTER}")


def _said(text: str) -> StandIn:
    """A stand-in as written, with its languages and meaning where it is not English's: those
    of the phrase as written (à définir is French), else of every phrase written so without
    its accents (a definir: French, Spanish and Portuguese)."""
    exact, folded = _meanings()
    said = exact.get(_key(text, fold=False)) or folded.get(_key(text))
    if said is None or said[0] == "English":
        return StandIn(text, f"'{text}'")
    return StandIn(text, f"'{text}', {said[0]} for '{said[1]}'")


@cache
def _meanings() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Each phrase, as written and folded (`_key`), with its languages and meaning; a folded
    phrase of several (a definir), with all their languages."""
    exact: dict[str, tuple[str, str]] = {}
    languages: dict[str, list[str]] = {}
    meaning: dict[str, str] = {}
    tables = (*ENDINGS, *ALONE, *((a.named, a.means, a.phrases) for a in ABBREVIATIONS))
    for named, means, phrases in tables:
        for phrase in phrases:
            exact[_key(phrase, fold=False)] = (named, means)
            key = _key(phrase)
            meaning.setdefault(key, means)
            for name in re.split(r", | and ", named):
                if name not in languages.setdefault(key, []):
                    languages[key].append(name)
    folded = {key: (_and(names), meaning[key]) for key, names in languages.items()}
    return exact, folded


def _and(names: list[str]) -> str:
    """Names as a sentence lists them: French, Spanish and Portuguese."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


@cache
def _patterns(prose: bool, codes: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns of the phrases over a folded value (`_folded`), by how far each reaches
    (`_reaches`): those that END a part (a dotted one not as the tail of a longer one:
    S.n.c.), those that are a whole PART, those that are the WHOLE value or all of it after a
    label; the longer of two phrases first (n.c. before n.c)."""
    reach = _reaches(prose, codes)
    patterns = []
    if reach[END]:
        spaced = _either(p for p in reach[END] if not _unspaced(p))
        unspaced = _either(p for p in reach[END] if _unspaced(p))
        patterns.append(re.compile(rf"(?P<found>(?<![\w.])(?:{spaced})|{unspaced}){AFTER}"))
    if reach[PART]:
        patterns.append(re.compile(rf"{BEFORE}(?P<found>{_either(reach[PART])}){AFTER}"))
    if reach[WHOLE]:
        whole = _either(reach[WHOLE])
        patterns.append(re.compile(rf"(?:^|(?<=[:：]))\s*(?P<found>{whole})\s*$"))
    return tuple(patterns)


def _reaches(prose: bool, codes: frozenset[str]) -> dict[int, list[str]]:
    """The phrases by how far into a value each counts: ENDINGS' to its END, ALONE's a whole
    PART, each of ABBREVIATIONS' as far as it does in the value's languages (`codes`, primary
    subtags); in `prose`, none further than a whole PART."""
    reach: dict[int, list[str]] = {WHOLE: [], PART: [], END: []}
    for _, _, phrases in ENDINGS:
        reach[END].extend(phrases)
    for _, _, phrases in ALONE:
        reach[PART].extend(phrases)
    for abbreviation in ABBREVIATIONS:
        own = codes.intersection(abbreviation.codes)
        reach[abbreviation.own if own else abbreviation.other].extend(abbreviation.phrases)
    if prose:
        reach[PART].extend(reach.pop(END))
        reach[END] = []
    return reach


def _either(phrases: Iterable[str]) -> str:
    """The phrases as one pattern's alternatives, the longest first."""
    return "|".join(sorted((_phrase(p) for p in phrases), key=len, reverse=True))


def _phrase(phrase: str) -> str:
    """A phrase as a pattern over folded text: its words apart by any spaces, an
    abbreviation's dots by any spaces too (n. c.)."""
    words = [re.escape(w) for w in _key(phrase).split(" ")]
    return r"\s+".join(re.sub(r"\\\.(?=.)", r"\\.\\s*", w) for w in words)


def _unspaced(phrase: str) -> bool:
    """Whether a phrase is of a script written without spaces between words (UNSPACED)."""
    return unicodedata.name(phrase[0], "").startswith(UNSPACED)


def _key(text: str, fold: bool = True) -> str:
    """A phrase as the table is looked up by: case-folded (and `fold`ed: `_folded`), one
    space between words, none after an abbreviation's dot."""
    text = _folded(text.strip())[0] if fold else unicodedata.normalize("NFC", text.casefold())
    return re.sub(r"\.\s+(?=\w)", ".", re.sub(r"\s+", " ", text.strip()))


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` case-folded, without the accents and vowel marks of the Latin, Greek, Cyrillic
    and Arabic scripts (combining marks up to U+06FF: é is e, й is и, لاحقاً is لاحقا; those of
    other scripts are letters' own) and Turkish's dotless ı as i (AÇIKLANACAK folds to the
    i of I, açıklanacak to ı), and for each of its characters the index in `text` of
    the character it comes from."""
    if text.isascii():  # most values: as lower-case folds them
        return text.lower(), list(range(len(text)))
    folded: list[str] = []
    at: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            folded.append(ch.lower())
            at.append(i)
            continue
        for part in unicodedata.normalize("NFD", ch.casefold().replace("ı", "i")):
            if unicodedata.category(part) == "Mn" and ord(part) <= 0x6FF:
                continue
            folded.append(part)
            at.append(i)
    return "".join(folded), at
