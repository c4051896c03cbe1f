"""The words a time is written with besides its digits: those CLDR's interval formats write
between a range's two times (BETWEEN_WORDS), a "from ... to" (FROM_TO: Russian с ... до,
Spanish de ... a, Portuguese das ... às, French de ... à) and a "from" alone (STARTS:
Spanish desde), a word alone between two times (BETWEEN_TIMES: Spanish a, Portuguese às,
French à), and the hour's symbol and the abbreviations written for it after a time (UNITS:
18:00 h, 19:00 hs, 19:00 hrs.), read by `ranged` and `unit_free`, each word with its source
(WORD_SOURCES: a style guide, a dictionary or a grammar that writes it with an hour; none
was found for hr, not read); and the words of a time that none of these is, named by
`unread`; and the words of another clock, OTHER_CLOCKS, which it names without an example.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

# The words CLDR's interval formats for times write between a range's start and end, where
# they are no dash (Babel's Locale.interval_formats, the hm and Hm skeletons, in the kit's
# languages): fa's تا ("{0} تا {1}": the kit prints ۱۸:۳۰ تا ۲۰:۰۰) and zh's 至 (hm's
# "ah:mm至h:mm": 下午6:30至8:30). tests/merge/test_times checks them against Babel's data.
BETWEEN_WORDS = ("تا", "至")
# "From ... to" as a language writes a range of hours, which CLDR does not (a regular
# expression each: the article after the preposition is optional), by language, each with
# a source that writes it before hours (WORD_SOURCES: a word without one is not read):
# - ru с ... до (с 15:00 до 17:00; N. V. Omelchenko, "Учимся говорить по-русски", 1999,
#   p. 31: "с 5 часов утра до 11 часов утра"; slowka.pl's Russian prepositions of time: "с
#   утра до вечера"), uk з ... до (з 09.00 до 17.00: an English textbook of the Ivano-
#   Frankivsk National Technical University of Oil and Gas's library, its table of
#   prepositions of time, "from 9 till 12 o'clock: з 9 до 12 години",
#   https://files.library.nung.edu.ua/chytalnya/4670/files/basic-html/page290.html);
# - es de ... a, de las ... a las: the RAE's #ConsultasDeLaSemana on the symbol h, October
#   2025, "El evento se desarrollará de 9:00 a 11:00 h" (as canal26.com, losandes.com.ar and
#   lanacion.com.ar quote it: the RAE's own post was not found), and gramaticaespanola.com's
#   "Uso de los números para identificar las horas", quoting El País of 12 February 1980,
#   "con horario de 10 a 14 horas y de 16 a 20 horas"; desde ... hasta (las):
#   Amando de Miguel's language column in Libertad Digital, 13 October 2003, "la película
#   dura desde las 7 hasta las 10" (libertaddigital.com/opinion/2003-10-13/amando-de-miguel-
#   desde-5211397), and the RAE's dictionary's desde, "Denota el punto, en tiempo o lugar,
#   de que procede, se origina o ha de empezar a contarse" (https://dle.rae.es/desde, as
#   comunicarbien.wordpress.com quotes it);
# - pt das ... às, de ... a: D. P. Cegalla (1999, p. 194) as migalhas.com.br's
#   Gramatigalhas, 20 January 2021, quotes him: "das 7 às 11 horas", and without the article,
#   "de 7 a 11 horas"; Correio Braziliense's "Dicas de português": "O programa vai das 14h às
#   16h"; Paulo Hernandes' Dica 119, "Das 9 h 30 m às 11 h 30 m ou de 9 h 30 m a 11 h 30 m?"
#   (paulohernandes.pro.br/dicas/001/dica119.html);
# - fr de ... à: "les heures d'ouverture sont de 15 h 30 à 20 h 15" (the blog Le participe,
#   leparticipe-cj.blogspot.com/2016/04/date-et-heure.html, after the OQLF and Marie-Éva de
#   Villers' Multidictionnaire: a weak source; the Office québécois de la langue française's
#   "Écriture des heures", its Banque de dépannage linguistique, writes the hours 18 h,
#   20 h 30 but, as stored here, no range).
# - en from ... to: the Government of Canada's Language Portal, "Writing Tips Plus: spans of
#   time" ("The party is from 9 p.m. to 2 a.m.": from is paired with to, not a dash;
#   www.noslangues-ourlanguages.gc.ca/en/writing-tips-plus/spans-of-time), and the
#   University of Waterloo's brand guide, "Time" ("we're available from 10 a.m. to 7 p.m.",
#   "2 to 4 p.m.", uwaterloo.ca/brand): an organiser's sheet wrote "6pm to 8pm" and
#   "9am to 5pm" (a trial).
# - nl van ... tot, tussen ... en: Onze Taal's "Tijden noteren" (onzetaal.nl/taaladvies/
#   tijden-noteren: "Wij lunchen van 13.00 tot 13.30 uur", "tussen 13.00 en 13.30 uur",
#   "9.00-17.30 uur"), and the Algemeen Nederlands Woordenboek's "openingstijd"
#   (anw.ivdnt.org/article/openingstijd), quoting De Standaard, "van 14 tot 18 uur", and
#   "vanaf 07.30 uur tot 18.30 uur", "10 tot 17 u" (a Brussels organiser's trial wrote van
#   14 tot 16 uur and 14-16 uur, each refused).
# - tl mula ... hanggang, simula ... hanggang: Pilipino Star Ngayon, 1 November 2018 (philstar
#   .com/pilipino-star-ngayon/metro/2018/11/01/1864830: "mula alas-5:30 ng madaling araw
#   hanggang alas-10:30 ng gabi"), Radyo Pilipinas, March 2023 (radyopilipinas.ph/2023/03/
#   provincial-buses-papayagang-dumaan-sa-edsa-sa-holy-week: "simula alas-10 ng gabi hanggang
#   alas-5 ng umaga"); a Manila organiser's trial wrote mula 9:00 hanggang 12:00 ng tanghali
#   and mula alas-nuwebe hanggang alas-dose (each "not a time").
# The words' case aside (С 15:00 до 17:00, De 18:00 a 20:00).
FROM_TO = (
    ("(?:mula|simula)", "hanggang"),  # tl
    ("from", "to"),  # en
    ("с", "до"),  # ru
    ("з", "до"),  # uk
    (r"de(?:\s+las?)?", r"a(?:\s+las?)?"),  # es (and pt's de ... a)
    (r"desde(?:\s+las?)?", r"hasta(?:\s+las?)?"),  # es
    (r"das?", r"[àa]s?"),  # pt das ... às, da 1h à 3h
    ("de", "à"),  # fr
    ("van", "tot"),  # nl
    ("vanaf", "tot"),  # nl
    ("tussen", "en"),  # nl
)
# A start alone written with a "from" or an "at", each with a source that writes it before
# an hour: es desde (las) 18:00 (the RAE's dictionary's desde, and de Miguel's "desde las
# 7", as FROM_TO) and a las 18:00 (Fundéu RD: "a las 05:00 o a las 5 h"); pt a partir das
# 18h and às 18h (Cegalla as above: "a partir das 2 horas", "às 18h (e não às 18:00h)"), à
# 1h (Mundo Educação's "Crase na indicação de horas": "A reunião será à 1h",
# mundoeducacao.uol.com.br/gramatica/devemos-sempre-utilizar-crase-na-indicacao-horas.htm);
# fr à 18 h (Bescherelle's "L'heure", as the OQLF recommends it: "La journée de travail
# débute à 8 h en été", https://bescherelle.ca/heure/), dès 18 h (the OQLF's Banque de
# dépannage linguistique, "La préposition dès": dès marks the start of an action in time,
# "immédiatement après, à partir d'un moment déterminé", and writes "La tempête a débuté
# dès 16 h", https://vitrinelinguistique.oqlf.gouv.qc.ca/23477/la-syntaxe/les-prepositions/
# preposition-devant-un-nom/la-preposition-des; a Dakar office's trial wrote it) and à
# partir de 18 h 30 (the trial's, and that page's "à partir d'un moment déterminé": a weak
# source, no page writing it before an hour was found); nl vanaf 14 uur (the ANW's "vanaf
# 07.30 uur", as FROM_TO: before a start, with its end there)
STARTS = (
    r"desde(?:\s+las?)?", r"a\s+partir\s+das?", r"à\s+partir\s+de", "dès", r"a\s+las?",
    "às?", "à", "vanaf",
)  # fmt: skip
# A word alone between a range's two times, as FROM_TO's "to" is written without its "from"
# (the trial's 18:00 a 20:00, 18:00 às 20:00, 18 h à 20 h): es a, pt às and a, fr à (FROM_TO's
# sources), pt até (the blog of Érico Guimarães on até às and até as: "A livraria estará
# aberta até às 19h", www.ericoguimaraes.com.br/search/label/crase), en to (FROM_TO's
# sources: "2 to 4 p.m."), nl tot (the ANW's "10 tot 17 u") and tl hanggang (FROM_TO's).
# Only with a time on each side (a digit after it or noon or midnight; a time's digit, h,
# u, uur, dot, am or pm, noon or midnight, a Filipino part of the day before it): the a
# of "8 a. m." is none.
BETWEEN_TIMES = ("a", "às", "à", "até", "to", "tot", "hanggang")
# the words of FROM_TO, STARTS and BETWEEN_TIMES, which `unread` does not name (с 15:00
# alone is no time, but its word is one the kit reads)
WORDS = frozenset(
    {"с", "з", "до", "de", "la", "las", "a", "desde", "hasta", "da", "das", "à", "às", "as"}
    | {"from", "to"}
    | {"van", "tot", "vanaf", "tussen", "en"}
    | {"mula", "simula", "hanggang"}
    | {"partir", "até", "dès"}
    | {"mn", "min"}  # the minutes' abbreviation of a French hour (times.FRENCH_HOUR: 18h30mn)
)
# Each word a time is read with here (WORDS and UNITS: a test keeps the three one list), its
# language and where it is written so before or after an hour (the sources' details are in
# the comments above): a word added without a source fails that test
WORD_SOURCES = {
    "from": "en: the Government of Canada's Language Portal (from 9 p.m. to 2 a.m.)",
    "to": "en: the Language Portal (from ... to); the University of Waterloo (2 to 4 p.m.)",
    "с": "ru: Omelchenko 1999, p. 31 (с ... до)",
    "з": "uk: nung.edu.ua's textbook, p. 290 (з 9 до 12 години)",
    "до": "ru, uk: as с and з",
    "de": "es: the RAE (de 9:00 a 11:00 h); pt: Cegalla (de 7 a 11 horas); fr: Le participe",
    "la": "es: Fundéu RD (a las 05:00), a la 1 as the one hour",
    "las": "es: Fundéu RD (a las 05:00); de Miguel (desde las 7 hasta las 10)",
    "a": "es: the RAE (de 9:00 a 11:00 h); pt: Cegalla (de 7 a 11 horas)",
    "desde": "es: de Miguel (desde las 7); the RAE's dictionary, desde",
    "hasta": "es: de Miguel (hasta las 10)",
    "da": "pt: das before one hour (à 1h: Mundo Educação)",
    "das": "pt: Cegalla (das 7 às 11 horas)",
    "à": "fr: Bescherelle (à 8 h), Le participe (de 15 h 30 à 20 h 15); pt: Mundo Educação",
    "às": "pt: Cegalla (às 18h)",
    "as": "pt: às typed without its accent (sualingua.com.br, das 8h AS 12h?)",
    "partir": "pt: Cegalla (a partir das 2 horas); fr: the OQLF (à partir d'un moment)",
    "até": "pt: Érico Guimarães (até às 19h)",
    "dès": "fr: the OQLF's Banque de dépannage linguistique (dès 16 h)",
    "mn": "fr: Le Robert and the TLF list mn (listetypo.free.fr, msg19932); the trial's",
    "min": "fr: the SI's symbol of the minute (Bescherelle: 8 h 25 min)",
    "h": "es, fr, pt: the SI's symbol; the RAE (16:00 h), the OQLF (18 h)",
    "hs": "es: the RAE, as incorrect (16:00 hs.); canal26.com: usual in Argentina",
    "hrs": "es: the RAE, as incorrect (16:00 hrs.)",
    "horas": "pt: Cegalla (das 7 às 11 horas); es: gramaticaespanola.com (de 10 a 14 horas)",
    "van": "nl: Onze Taal, Tijden noteren (van 13.00 tot 13.30 uur); the ANW (van 14 tot 18 uur)",
    "tot": "nl: Onze Taal (van 13.00 tot 13.30 uur); the ANW, openingstijd (10 tot 17 u)",
    "vanaf": "nl: the ANW, openingstijd (vanaf 07.30 uur tot 18.30 uur)",
    "tussen": "nl: Onze Taal, Tijden noteren (tussen 13.00 en 13.30 uur)",
    "en": "nl: Onze Taal, Tijden noteren (tussen 13.00 en 13.30 uur)",
    "mula": "tl: Pilipino Star Ngayon, 1 November 2018 (mula alas-5:30 ... hanggang alas-10:30)",
    "simula": "tl: Radyo Pilipinas, March 2023 (simula alas-10 ng gabi hanggang alas-5)",
    "hanggang": "tl: Pilipino Star Ngayon and Radyo Pilipinas (... hanggang alas-10:30 ng gabi)",
    "uur": "nl: Onze Taal (12.00 uur, 9.00-17.30 uur); the Taalunie's advice 1177 (8.17 uur)",
    "u": "nl: Onze Taal (uur's abbreviation u.); the Taalunie (8.30 u., 8u.30); the ANW (17 u)",
    "uhr": "de: the LEO blog, Uhrzeitangaben schreiben, 27 January 2019 (15.30 Uhr, 09:25 Uhr)",
}
# The words of a clock that counts the hours from 06:00, not midnight, written in the Latin
# script: Swahili saa (merge.swahili_time reads a time written with it first, saa 3 asubuhi);
# a time with one that is not read is given no example of its digits as a 24-hour time, as
# the Ethiopian clock's ሰዓት is not (`unread`)
OTHER_CLOCKS = frozenset({"saa"})
TIME = r"\d{1,2}(?:[:.]\d{2})?"
# The hour's symbol after a time and what is written for it, by language: h (the SI's; the
# RAE's Ortografía, as its #ConsultasDeLaSemana restates it: "16:00 h", and the symbol
# after a range, "de 9:00 a 11:00 h"; Fundéu RD: "a las 5 h"; the OQLF: "18 h"), and hs and
# hrs (the RAE calls "16:00 hs." and "16:00 hrs." incorrect, and canal26.com writes that hs
# is usual in Argentina, Chile, Uruguay and Paraguay: written so, read; not hr, which no
# source was found to write after an hour); pt horas (Cegalla's "das 7 às 11 horas"); nl uur
# and its abbreviation u (Onze Taal's "Tijden noteren": 12.00 uur, "Uur afkorten tot u. is
# mogelijk"; the Taalunie's 8.17 uur, taaladvies.net advice 1177; 14:30 uur, a trial's,
# as the ANW quotes "van 07:00 uur tot 08:00 uur"); de Uhr (the LEO blog's "Uhrzeitangaben
# schreiben", 27 January 2019, blog.leo.org: 15.30 Uhr, and 09:25 Uhr after DIN 5008). A
# dot after it aside (19:00 hrs., 9.12 u.). The case aside (14 Uhr).
UNITS = ("h", "hs", "hrs", "horas", "uur", "u", "uhr")
_UNIT = rf"(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})\.?"
_TIME_OF_UNIT = re.compile(rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*{_UNIT}", re.IGNORECASE)
# fa's word with a space each side, before a time's digit (as the kit prints it); zh's
# joined to the times, as CLDR writes it, or spaced
_BETWEEN = re.compile(r"(?<=\S)\s+تا\s+(?=\d)|(?<=\S)\s*至\s*(?=\S)")
_BETWEEN_TIMES = re.compile(
    r"(?:(?<=[\d.hu])|(?<=mn)|(?<=min)|(?<=uur)|(?<=uhr)|(?<=[ap]m)|(?<=noon)|(?<=nn)|(?<=midnight)"
    r"|(?<=umaga)|(?<=tanghali)|(?<=hapon)|(?<=gabi)|(?<=araw))"
    rf"\s+(?:{'|'.join(BETWEEN_TIMES)})\s+(?=\d|noon\b|midnight\b)",
    re.IGNORECASE,
)  # after a time's minutes written mn or min too (18h30mn à 20h30mn), 6pm to 8pm, 12NN to 3PM,
# and Filipino's parts of the day (9 ng umaga hanggang 12 NN)
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


def unread(text: str, names: frozenset[str], reads: Callable[[str], bool]) -> tuple[str, ...]:
    """A hint for a time cell not read (`text`, ASCII digits) naming its words that are none
    the kit reads (not FROM_TO's, UNITS', am or pm, nor within `names`), in any script
    (`_words`: Thai บ่ายโมง, Amharic ከጠዋቱ 2 ሰዓት), and what to write. Where it is one or two
    times and words in the Latin or Cyrillic script, the time or range they read as (`digits`):
    18:00 hasta 20:00 names hasta, e.g. 18:00-20:00; else the time in digits, with no example (a
    traditional clock's hour, Ethiopian or Thai, is no hour of the day's 24: ከጠዋቱ 2 ሰዓት is
    read nowhere as 02:00). Where every word is read, the time its digits are (18 uur 30:
    e.g. 18:30), or the number that is no hour or minute (25:00: 25 is no hour of the day);
    none where they are neither. Letters typed for digits beside one (`look_alikes`: 18h3O)
    are named with the time meant, where `reads` reads it. A word of a clock that counts its
    hours otherwise (OTHER_CLOCKS: Swahili saa, Latin letters) gives no example either: its
    digits are no hour of the day's 24 (a trial's saa 3 asubuhi, 09:00, was told "e.g.
    03:00"; times reads Swahili time written so); nor does a word that moves the hour's
    minutes (SHIFTS: Dutch half 8 is 07:30, and was told "e.g. 08:00")."""
    if not any(not _known(w.casefold(), names) for _, w in _words(text)):
        return _said_digits(swapped(text)[0])
    typed_for = look_alikes(text, reads)
    if typed_for:
        return typed_for
    # the words left once letters typed for digits are read as them: 18:3O Uhr names Uhr,
    # e.g. 18:30 (its O named too gave e.g. 18:00-03:00, a review)
    text = swapped(text)[0]
    strange = [w for _, w in _words(text) if not _known(w.casefold(), names)]
    if not strange:
        return _said_digits(text)
    quoted = ", ".join(f"'{w}'" for w in dict.fromkeys(strange))
    what = "the word {} is" if len(set(strange)) == 1 else "the words {} are"
    said = what.format(quoted) + " not read in a time"
    anywhere = (f"{said}: write the time in digits, HH:MM (24 h)",)
    folded = {w.casefold() for w in strange}
    if (OTHER_CLOCKS | SHIFTS) & folded:
        return anywhere
    found = digits(text)
    if found is not None and found.halves_of_day:  # ހަވީރު 4:00 - 6:00: either half of the day
        return (f"{said}: {found.hint}",)
    if not all(_cased(w) for w in strange):
        return anywhere
    return (f"{said}: {found.hint}",) if found and found.time else anywhere


def strange(text: str, names: frozenset[str]) -> bool:
    """Whether `text` holds a word the kit does not read in a time (`_known`, `names`: the
    day periods and time words it reads), in any script (ހަވީރު, மாலை)."""
    return any(not _known(w.casefold(), names) for _, w in _words(swapped(text)[0]))


def _said_digits(text: str) -> tuple[str, ...]:
    """The hint of a time not read whose words the kit reads, in the Latin or Cyrillic
    script (van 14 uur, 18 uur 30, 25:00): the time its digits are where each says its
    minutes, its am or pm or its hour's unit (e.g. 18:30, 14:00; not 18, nor 6, whose half
    of the day it does not say), or the number that is no hour or minute; () for any other
    (a CJK time's words, 13時61分, are no place's of its digits)."""
    found = digits(text)
    if found is None or not all(_cased(w) for _, w in _words(text)):
        return ()
    return (found.hint,) if found.exact or not found.time else ()


# Words that move a time's minutes from its digits' (Dutch half 8 and German halb 8 are 07:30,
# British English half eight 08:30; kwart, viertel, quarter, past, over, voor, vor, nach):
# a time written with one is given no example of its digits (`unread`)
SHIFTS = frozenset(
    {"half", "halb", "kwart", "viertel", "quarter", "past", "over", "voor", "vor", "nach"}
)
# A range's "to" before its end alone (до 17:00, hasta las 20:00, tot 16 uur, to 8pm): the
# example of what to write keeps the end an end (`digits`)
END_WORDS = ("до", r"hasta(?:\s+las?)?", "tot", "to", "até")
_END_ALONE = re.compile(rf"(?:{'|'.join(END_WORDS)})\s+\d", re.IGNORECASE)
# an hour and its minutes with a comma or one of UNITS between them (18,30 uur, 18 uur 30,
# 18hs30), read as HH:MM for a hint's example
_HOUR_MINUTE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:,|{_UNIT})\s*(\d{{2}})(?!\d)", re.IGNORECASE)


class Digits(NamedTuple):
    """What a time's digits say to write (`digits`): the hint, whether it names a time
    (else a number that is no hour or minute), and whether each of its times says its
    minutes, its am or pm, or its hour's unit (18:30-20:30, 16 uur: no reading of a bare
    6-8 or 18 in another half of the day)."""

    hint: str
    time: bool
    exact: bool
    halves_of_day: bool = False  # a dashed range of hours of 1 to 12 (`digits`)


def digits(text: str) -> Digits | None:
    """What the digits of a time not read (`text`) say to write, and whether that is a
    time: one or two times, their words aside, as the time or range to write in 24 hours,
    each time's am or pm kept ("write the range with a dash, e.g. 18:00-20:00", "write the
    time alone, e.g. 18:30"; an end alone, tot 16 uur, "write its start too, e.g.
    HH:MM-16:00"), or the number that is no hour or minute ("25 is no hour of the day, 00 to
    23", not a time). None where the digits are no one or two times (18:00-19:00-20:00)."""
    text = _HOUR_MINUTE.sub(r"\1:\2", text)
    rest = text
    for at, word in _words(text):  # each word a space, the times where they were
        rest = rest[:at] + " " * len(word) + rest[at + len(word) :]
    found = list(re.finditer(TIME, rest))
    times = [t[0] for t in found]
    if not 1 <= len(times) <= 2 or re.sub(rf"{TIME}|[\s\-.:,]", "", rest):
        return None
    units = [bool(re.match(rf"\s*{_UNIT}(?![^\W\d_])", text[t.end() :], re.I)) for t in found]
    # each time's am or pm, where one follows it: the example said 06:00-08:00 for "6pm
    # till 8pm" (a trial), and typed so, 6 pm printed as 06:00
    marks = [m.casefold() for m in _AM_PM.findall(text)]
    marks = marks if len(marks) == len(times) else [""] * len(times)
    read: list[tuple[int, str]] = []
    for one, mark in zip(times, marks, strict=True):
        hour, _, minute = one.replace(".", ":").partition(":")
        if int(hour) > 23 or (mark and not 1 <= int(hour) <= 12):
            return Digits(f"{int(hour)} is no hour of the day (00 to 23)", False, True)
        if int(minute or 0) > 59:
            return Digits(f"{int(minute)} is no minute of an hour (00 to 59)", False, True)
        read.append((int(hour) % 12 + 12 * (mark == "p") if mark else int(hour), minute))
    if len(read) == 2 and not marks[0] and marks[1] and read[0][0] <= 12:
        # the start takes the end's half of the day (6-8 pm), unless that would put it
        # after the end (11-1 pm), as the reader takes it (times._range)
        start = read[0][0] % 12 + 12 * (marks[1] == "p")
        read[0] = (start if start <= read[1][0] else start - 12, read[0][1])
    shown = [f"{hours:02d}:{minute or '00'}" for hours, minute in read]
    exact = all(m or mark or unit for (_, m), mark, unit in zip(read, marks, units, strict=True))
    dashed = len(found) == 2 and RANGE_DASH.fullmatch(rest[found[0].end() : found[1].start()])
    if dashed and not any(marks) and not any(units) and all(1 <= h <= 12 for h, _ in read):
        # ހަވީރު 4:00 - 6:00 (Dhivehi's afternoon, a word not read): a dash already joins
        # them, and "e.g. 04:00-06:00", typed so, printed a 4 AM event (a review)
        return Digits(
            f"write the range in digits, HH:MM-HH:MM (24 h): {_both_halves(read)}",
            True,
            exact,
            True,
        )
    if len(shown) == 2:  # "with a dash" only where none joins them (6pm till 8pm)
        how = "in digits, 24 h" if dashed else "with a dash"
        return Digits(f"write the range {how}, e.g. {shown[0]}-{shown[1]}", True, exact)
    if _END_ALONE.match(text.strip()):
        return Digits(f"write its start too, with a dash, e.g. HH:MM-{shown[0]}", True, exact)
    ((hours, minute),) = read
    if not minute and not marks[0] and not units[0] and 1 <= hours <= 12:
        # an hour alone, which says no half of the day (alas-2 ng tanghalian: "e.g. 02:00"
        # was the other half of an afternoon's event): both, in 24 hours
        return Digits(
            f"write the time in 24 hours, {hours % 12:02d}:00 or {hours % 12 + 12:02d}:00",
            True,
            exact,
        )
    return Digits(f"write the time alone, e.g. {shown[0]}", True, exact)


def _both_halves(read: list[tuple[int, str]]) -> str:
    """The two readings in 24 hours of a dashed range of hours of 1 to 12 (`read`: each
    time's hour and minutes as written), each running forward: one of a morning and one of
    an afternoon or evening (4:00 - 6:00: 16:00-18:00, 04:00-06:00); a range whose end comes
    before its start on the clock's face runs over midday or over midnight (11:00 - 1:00:
    11:00-13:00, 23:00-01:00), one to 12 ends at midday or midnight (9:00 - 12:00:
    09:00-12:00, 21:00-00:00; it was told "09:00-12:00 over midday"); one from 12 starts at
    midday or at midnight (12:00 - 2:00: 12:00-14:00, 00:00-02:00). Both halves of the day
    had 12 added (11:00 - 1:00 gave 23:00-13:00, a range that ends before it starts; a
    review)."""
    (start, first), (end, last) = ((h % 12, m or "00") for h, m in read)

    def said(a: int, b: int) -> str:
        return f"{a:02d}:{first}-{b % 24:02d}:{last}"

    if (end, last) == (0, "00") and start:  # to 12: 9:00 - 12:00 ends at midday or midnight
        return f"{said(start, 12)} to midday, {said(start + 12, 24)} to midnight"
    if (end, last) <= (start, first):  # over midday or midnight
        return f"{said(start, end + 12)} over midday, {said(start + 12, end)} over midnight"
    if start == 0:  # from 12
        return f"{said(12, end + 12)} from midday, {said(0, end)} from midnight"
    return (
        f"{said(start + 12, end + 12)} in the afternoon or the evening, "
        f"{said(start, end)} in the morning"
    )


# the dash between a range's two times (times.RANGE's), its words aside
RANGE_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212~\u301c\uff5e]\s*")


# letters typed for the digits they look like (a typewriter's habit, and a slip of the
# keyboard: 18h3O, 2O:00, 1l:30), read as such only beside a digit
LOOK_ALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}


def look_alikes(text: str, reads: Callable[[str], bool]) -> tuple[str, ...]:
    """A hint for a time whose letters that look like digits (LOOK_ALIKES), in a run of
    digits, clock marks and hour letters (`swapped`: 2O:OO, 18h3O, 2Oh), make it a time
    `reads` reads as those digits: the letters named and the time meant. An organiser's
    trial: 18h3O's hint took its O for a word between two times and gave 18:00-03:00 as the
    example, a nine-hour night. () where no letter is so, or where the time is no time with
    them as digits either (1OO is 100)."""
    meant, letters = swapped(text)
    if not letters or not reads(meant):
        return ()
    unique = list(dict.fromkeys(letters))
    said = " and ".join(f"'{w}'" for w in unique)
    digits = " and ".join(LOOK_ALIKES[w] for w in unique)
    what = "is a letter, not the digit" if len(unique) == 1 else "are letters, not the digits"
    return (f"{said} {what} {digits}: did you mean {meant}?",)


# a run of a time's characters with a digit in it, where LOOK_ALIKES are read as digits
_DIGIT_RUN = re.compile(r"[0-9OolI:.hH]*[0-9][0-9OolI:.hH]*")


def swapped(text: str) -> tuple[str, list[str]]:
    """`text` with each letter of LOOK_ALIKES in a run of digits, clock marks (: .) and hour
    letters (h) that holds a digit as that digit (2O:OO is 20:00, 18h3O 18h30; an o'clock's
    o, or an Oh, is no such run), and the letters so read, in order."""
    letters: list[str] = []

    def digits(found: re.Match[str]) -> str:
        letters.extend(c for c in found[0] if c in LOOK_ALIKES)
        return "".join(LOOK_ALIKES.get(c, c) for c in found[0])

    return _DIGIT_RUN.sub(digits, text), letters


def _words(text: str) -> list[tuple[int, str]]:
    """Each word of `text` with where it begins: a letter and the letters and marks after it,
    in any script (Thai บ่ายโมง is one word: its tone mark, a combining mark, is no `\\w`),
    and an apostrophe between two letters (o'clock)."""
    found: list[tuple[int, str]] = []
    start: int | None = None
    for at, char in enumerate(text + " "):
        kind = unicodedata.category(char)[0]
        inner = char in "'\u2019" and unicodedata.category(text[at + 1 : at + 2] or " ")[0] == "L"
        if kind == "L" or start is not None and (kind == "M" or inner):
            start = at if start is None else start
        elif start is not None:
            found.append((start, text[start:at]))
            start = None
    return found


# a time's digits and the am or pm after it, if any (6pm, 6 p.m., 6:30 PM): group 1 is the
# mark's letter, empty for a time without one
_AM_PM = re.compile(rf"{TIME}(?:\s*([ap])\.?\s*m\b\.?)?", re.IGNORECASE)


def _cased(word: str) -> bool:
    """Whether `word` is in the Latin or Cyrillic script (its first letter's)."""
    name = unicodedata.name(word[0], "")
    return name.startswith(("LATIN", "CYRILLIC"))
