"""The words a time is written with besides its digits: those CLDR's interval formats write
between a range's two times (BETWEEN_WORDS), a "from ... to" (FROM_TO: Russian с ... до,
Spanish de ... a, Portuguese das ... às, French de ... à) and a "from" alone (STARTS:
Spanish desde), a word alone between two times (BETWEEN_TIMES: Spanish a, Portuguese às,
French à), and the hour's symbol and the abbreviations written for it after a time (UNITS:
18:00 h, 19:00 hs, 19:00 hrs.), read by `ranged` and `unit_free`; and the words of a time
that none of these is, named by `unread`.
"""

from __future__ import annotations

import re
import unicodedata

# The words CLDR's interval formats for times write between a range's start and end, where
# they are no dash (Babel's Locale.interval_formats, the hm and Hm skeletons, in the kit's
# languages): fa's تا ("{0} تا {1}": the kit prints ۱۸:۳۰ تا ۲۰:۰۰) and zh's 至 (hm's
# "ah:mm至h:mm": 下午6:30至8:30). tests/merge/test_times checks them against Babel's data.
BETWEEN_WORDS = ("تا", "至")
# "From ... to" as a language writes a range of hours, which CLDR does not (a regular
# expression each: the article after the preposition is optional), by language:
# - ru с ... до (с 15:00 до 17:00; N. V. Omelchenko, "Учимся говорить по-русски", 1999,
#   p. 31: "с 5 часов утра до 11 часов утра"; slowka.pl's Russian prepositions of time: "с
#   утра до вечера"), uk з ... до (з 09.00 до 17.00: a Ukrainian usage guide on telling the
#   time, its "день з 09.00 до 17.00", as a page of green-garden.in.ua quotes it; no better
#   source was found);
# - es de ... a, de las ... a las: the RAE's #ConsultasDeLaSemana on the symbol h, October
#   2025, "El evento se desarrollará de 9:00 a 11:00 h" (as canal26.com, losandes.com.ar and
#   lanacion.com.ar quote it: the RAE's own post was not found); desde ... hasta (las): the
#   RAE's Ortografía básica, 7.3.5.1, writes the parts of the day so ("desde la medianoche
#   hasta que amanece"), which is words, not hours: a weak source;
# - pt das ... às, de ... a: D. P. Cegalla (1999, p. 194) as migalhas.com.br's
#   Gramatigalhas, 20 January 2021, quotes him: "das 7 às 11 horas", and without the article,
#   "de 7 a 11 horas"; Correio Braziliense's "Dicas de português": "O programa vai das 14h às
#   16h";
# - fr de ... à: the Office québécois de la langue française's "Écriture des heures" (its
#   Vitrine linguistique) writes the hours 18 h, 20 h 30 but its page as stored here shows
#   no range: the "de ... à" is the trial's (de 18 h à 20 h), a weak source.
# The words' case aside (С 15:00 до 17:00, De 18:00 a 20:00).
FROM_TO = (
    ("с", "до"),  # ru
    ("з", "до"),  # uk
    (r"de(?:\s+las?)?", r"a(?:\s+las?)?"),  # es (and pt's de ... a)
    (r"desde(?:\s+las?)?", r"hasta(?:\s+las?)?"),  # es
    (r"das?", r"[àa]s?"),  # pt das ... às, da 1h à 3h
    ("de", "à"),  # fr
)
# A start alone written with a "from" or an "at": es desde (las) 18:00 (the trial's; the
# RAE's desde, FROM_TO's weak source) and a las 18:00 (Fundéu RD: "a las 05:00 o a las 5
# h"), pt a partir das 18h and às 18h (Cegalla as above: "a partir das 2 horas", "às 18h
# (e não às 18:00h)"), à 1h, fr à 18 h (as the OQLF writes an hour, "à 18 h": weak), and
# fr à partir de 18 h 30 and dès 18 h (a Dakar office's trial: its Google Form's times
# were "not a time"; French's "from" as pt's a partir das)
STARTS = (
    r"desde(?:\s+las?)?", r"a\s+partir\s+das?", r"à\s+partir\s+de", "dès", r"a\s+las?",
    "às?", "à",
)  # fmt: skip
# A word alone between a range's two times, as FROM_TO's "to" is written without its "from"
# (the trial's 18:00 a 20:00, 18:00 às 20:00, 18 h à 20 h): es a, pt às and a, fr à, and pt
# até (Cegalla's "das 7 às 11 horas" is the same range). Only with a time on each side (a
# digit after it, a time's digit, h or dot before it): the a of "8 a. m." is none.
BETWEEN_TIMES = ("a", "às", "à", "até")
# the words of FROM_TO, STARTS and BETWEEN_TIMES, which `unread` does not name (с 15:00
# alone is no time, but its word is one the kit reads)
WORDS = frozenset(
    {"с", "з", "до", "de", "la", "las", "a", "desde", "hasta", "da", "das", "à", "às", "as"}
    | {"partir", "até", "dès"}
    | {"mn", "min"}  # the minutes' abbreviation of a French hour (times.FRENCH_HOUR: 18h30mn)
)
TIME = r"\d{1,2}(?:[:.]\d{2})?"
# The hour's symbol after a time and what is written for it, by language: h (the SI's; the
# RAE's Ortografía, as its #ConsultasDeLaSemana restates it: "16:00 h", and the symbol
# after a range, "de 9:00 a 11:00 h"; Fundéu RD: "a las 5 h"; the OQLF: "18 h"), and hs,
# hrs, hr (the RAE calls "16:00 hs." and "16:00 hrs." incorrect, and canal26.com writes
# that hs is usual in Argentina, Chile, Uruguay and Paraguay: written so, read); pt horas
# (Cegalla's "das 7 às 11 horas"). A dot after it aside (19:00 hrs.). The case aside.
UNITS = ("h", "hs", "hr", "hrs", "horas")
_UNIT = rf"(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})\.?"
_TIME_OF_UNIT = re.compile(rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*{_UNIT}", re.IGNORECASE)
# fa's word with a space each side, before a time's digit (as the kit prints it); zh's
# joined to the times, as CLDR writes it, or spaced
_BETWEEN = re.compile(r"(?<=\S)\s+تا\s+(?=\d)|(?<=\S)\s*至\s*(?=\S)")
_BETWEEN_TIMES = re.compile(
    rf"(?:(?<=[\d.h])|(?<=mn)|(?<=min))\s+(?:{'|'.join(BETWEEN_TIMES)})\s+(?=\d)", re.IGNORECASE
)  # after a time's minutes written mn or min too (18h30mn à 20h30mn)
_FROM_TO = [
    re.compile(rf"(?:{first})\s+(\d.*?)\s+(?:{then})\s+(\d.*)", re.IGNORECASE)
    for first, then in FROM_TO
]
_START = re.compile(rf"(?:{'|'.join(STARTS)})\s+(\d.*)", re.IGNORECASE)


def ranged(text: str) -> str:
    """`text` (ASCII digits) with a range's words as a dash: CLDR's between its times
    (BETWEEN_WORDS: 18:30 تا 20:00, 6 تا 8 عصر and 下午6:30至8:30 are 18:30-20:00, 6-8 عصر
    and 下午6:30-8:30), a "from ... to" that is the whole text (FROM_TO: с 15:00 до 17:00
    and de 18:00 a 20:00 are 15:00-17:00 and 18:00-20:00), a "from" before a start alone
    (STARTS: desde las 18:00 is 18:00) and a word between two times (BETWEEN_TIMES: 18:00
    a 20:00, 18h às 20h)."""
    whole = text.strip()
    for form in _FROM_TO:
        found = form.fullmatch(whole)
        if found:
            return f"{found[1]}-{found[2]}"
    start = _START.fullmatch(whole)
    if start:
        return start[1]
    return _BETWEEN_TIMES.sub("-", _BETWEEN.sub("-", text))


def unit_free(halves: list[str]) -> list[str]:
    """A time's text, or a range's two (`halves`), with the hour's UNITS after a time as
    HH:MM (19:00 hs, 18:00 h, 19.00 h, 20 h: 19:00, 18:00, 19:00, 20:00); a range's start of
    an hour alone takes the symbol after its end (de 18 a 20 h: 18:00-20:00, as 18 h is
    18:00, not a 12-hour 6)."""
    read = [_hours_of(half) for half in halves]
    if len(halves) == 2 and read[1] != halves[1] and re.fullmatch(r"\d{1,2}", halves[0]):
        read[0] = f"{halves[0]}:00"
    return read


def _hours_of(text: str) -> str:
    """One time with a UNITS word after it as HH:MM; any other text as it is."""
    found = _TIME_OF_UNIT.fullmatch(text.strip())
    return f"{found[1]}:{found[2] or '00'}" if found else text


def _known(word: str, names: frozenset[str]) -> bool:
    """Whether `word` (casefolded) is one of this module's words or within one of `names`
    (the day periods and time words the kit reads)."""
    return word in WORDS or word in UNITS or word in ("a", "p", "m") or word in names


def unread(text: str, names: frozenset[str]) -> tuple[str, ...]:
    """A hint for a time cell not read (`text`, ASCII digits) that is one or two times and
    words in the Latin or Cyrillic script: the words that are none the kit reads (not
    FROM_TO's, UNITS', am or pm, nor within `names`), and what to write: 18:00 hasta 20:00
    names hasta, e.g. 18:00-20:00. None for any other text (25:00, a word of another
    script: those have their own reasons)."""
    words = re.findall(r"[^\W\d_]+", text)
    strange = [w for w in words if not _known(w.casefold(), names)]
    if not strange or not all(_cased(w) for w in strange):
        return ()
    rest = re.sub(r"[^\W\d_]+", " ", text)
    times = re.findall(TIME, rest)
    if not 1 <= len(times) <= 2 or re.sub(rf"{TIME}|[\s\-.:,]", "", rest):
        return ()
    shown = []
    for one in times:
        hour, _, minute = one.replace(".", ":").partition(":")
        if int(hour) > 23 or int(minute or 0) > 59:
            return ()
        shown.append(f"{int(hour):02d}:{minute or '00'}")
    quoted = ", ".join(f"'{w}'" for w in dict.fromkeys(strange))
    what = "the word {} is" if len(set(strange)) == 1 else "the words {} are"
    said = what.format(quoted) + " not read in a time"
    if len(shown) == 2:
        return (f"{said}: write the range with a dash, e.g. {shown[0]}-{shown[1]}",)
    return (f"{said}: write the time alone, e.g. {shown[0]}",)


def _cased(word: str) -> bool:
    """Whether `word` is in the Latin or Cyrillic script (its first letter's)."""
    name = unicodedata.name(word[0], "")
    return name.startswith(("LATIN", "CYRILLIC"))
