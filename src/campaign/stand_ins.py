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
(`volgt`, `Lieu : volgt`; not `Café Volgt`); TBD, TBC, TBA and N/A in capitals anywhere
(`Salle TBD`, `14h30 TBC`); lorem ipsum anywhere; and a value of nothing but question marks,
dots or dashes (`?`, `-`, `…`). In `prose` (a title: its words are the event's own), every
phrase counts only as the whole value or a whole part (`Marche (à confirmer)`), as ALONE's do:
`Un futur à définir` is a title. Case, accents and the spaces between words aside
(`A CONFIRMER`, `a confirmer`, `n. c.`).
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
    # English: the kit's own words since its first placeholder check (TBD, TBC, TBA below)
    ("English", CONFIRMED, ("to be confirmed",)),
    ("English", DECIDED, ("to be decided", "to be determined", "to be defined", "tbd")),
    ("English", ANNOUNCED, ("to be announced", "to be advised", "to be added", "tba")),
    ("English", CONFIRMED, ("tbc",)),
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
    # Abbreviations written with their dots, which no name ends with: French n.c. (non
    # communiqué: the trial's `n.c.`) and s.o. (sans objet); n.d. (French non disponible,
    # Italian non disponibile, Portuguese não disponível); Dutch n.t.b. (nader te bepalen),
    # n.n.b. (nog niet bekend) and n.v.t. (niet van toepassing); German k.A. (keine Angabe);
    # N.N., nomen nominandum, "a person not known yet, to be named later", in programmes of
    # events (de.wikipedia.org, "Nomen nominandum")
    ("French", NOT_GIVEN, ("n.c.",)),
    ("French", NOT_APPLICABLE, ("s.o.",)),
    ("French, Italian and Portuguese", NOT_AVAILABLE, ("n.d.",)),
    ("Dutch", DECIDED, ("n.t.b.",)),
    ("Dutch", NOT_KNOWN, ("n.n.b.",)),
    ("Dutch", NOT_APPLICABLE, ("n.v.t.",)),
    ("German", NOT_GIVEN, ("k.a.",)),
    ("German and Dutch", "a name to be given", ("n.n.",)),
)
# The short or ambiguous ones: a stand-in only as the whole value or a whole part of it
# (`volgt` alone is "to follow"; a venue `Café Volgt` is a name)
ALONE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("English", NOT_APPLICABLE, ("n/a",)),
    ("English", NOT_KNOWN, ("unknown",)),
    ("French", NOT_GIVEN, ("n.c", "nc")),
    ("French", "to come", ("à venir",)),
    ("French", NOT_KNOWN, ("inconnu", "inconnue")),
    ("Dutch", DECIDED, ("ntb",)),
    ("Dutch", NOT_KNOWN, ("nnb", "onbekend")),
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
# TBD, TBC and TBA in capitals are the English abbreviations wherever they are written (a
# lower-case word may be another language's: Dutch tbc, tuberculosis)
CAPITALS = re.compile(r"(?<![^\W\d_])(?:TBD|TBC|TBA|N/A)(?![^\W\d_])")
LOREM = re.compile(r"(?<!\w)lorem ipsum(?!\w)", re.IGNORECASE)
# A value of nothing but question marks, or of dots, dashes or underscores
MARKS = re.compile(r"\s*(?:[?¿？]+|[.…_\-\u2013\u2014]+)\s*")
# What sets a part of a value off from the rest: brackets, a comma, a semicolon, a colon, a
# slash, a bar, quotes (and their full-width forms); a dash with a space after it
BEFORE = r"(?:^|(?<=[(\[{<«\"“‘,;:/|（【「，；：、])|(?<=[\-\u2013\u2014]\s))\s*"
AFTER = r"\s*(?=$|[)\]}>»\"”’,;:/|!?.…）】」，；：、。！？]|[\-\u2013\u2014](?:\s|$))"
# scripts written without spaces between words: a phrase of theirs has no word before it
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


class StandIn(NamedTuple):
    """A stand-in found in a value (`stand_in`)."""

    text: str  # as written in the value
    said: str  # "'à confirmer', French for 'to be confirmed'"; "'TBD'"


def stand_in(value: str, prose: bool = False) -> StandIn | None:
    """The first stand-in for a value not known yet in `value` (the module's rules), or None.
    `prose`: a title's words, where a phrase counts only as the whole value or a whole part
    of it."""
    whole = MARKS.fullmatch(value)
    if whole:
        return _said(value.strip())
    for pattern in (CAPITALS, LOREM):
        found = pattern.search(value)
        if found:
            return _said(found[0])
    folded, at = _folded(value)
    for pattern in _patterns(prose):
        match = pattern.search(folded)
        if match:
            start, end = at[match.start("found")], at[match.end("found") - 1] + 1
            while end < len(value) and unicodedata.category(value[end]) == "Mn":
                end += 1
            return _said(value[start:end])
    return None


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
    for named, means, phrases in (*ENDINGS, *ALONE):
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
def _patterns(prose: bool) -> tuple[re.Pattern[str], ...]:
    """The patterns of ENDINGS and ALONE over a folded value (`_folded`): ENDINGS' where they
    end a part (in `prose`, as ALONE's), ALONE's where they are a whole part; the longer of
    two phrases first (n.c. before n.c)."""
    ending = [p for _, _, phrases in ENDINGS for p in phrases]
    alone = [p for _, _, phrases in ALONE for p in phrases]
    if prose:
        alone, ending = alone + ending, []
    patterns = []
    if ending:
        spaced = _either(p for p in ending if not _unspaced(p))
        unspaced = _either(p for p in ending if _unspaced(p))
        patterns.append(re.compile(rf"(?P<found>(?<!\w)(?:{spaced})|{unspaced}){AFTER}"))
    patterns.append(re.compile(rf"{BEFORE}(?P<found>{_either(alone)}){AFTER}"))
    return tuple(patterns)


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
