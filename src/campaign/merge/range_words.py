"""The words a time range is written with besides a dash (`ranged`): those CLDR's interval
formats write between its two times, and "from ... to" as Russian and Ukrainian write it.
"""

from __future__ import annotations

import re

# The words CLDR's interval formats for times write between a range's start and end, where
# they are no dash (Babel's Locale.interval_formats, the hm and Hm skeletons, in the kit's
# languages): fa's تا ("{0} تا {1}": the kit prints ۱۸:۳۰ تا ۲۰:۰۰) and zh's 至 (hm's
# "ah:mm至h:mm": 下午6:30至8:30). tests/merge/test_times checks them against Babel's data.
BETWEEN_WORDS = ("تا", "至")
# "From ... to" as a language writes a range of hours, which CLDR does not: Russian с ... до
# (с 15:00 до 17:00; N. V. Omelchenko, "Учимся говорить по-русски", 1999, p. 31: "с 5 часов
# утра до 11 часов утра"; slowka.pl's Russian prepositions of time: "с утра до вечера"), and
# Ukrainian з ... до (з 09.00 до 17.00: a Ukrainian usage guide on telling the time, its
# "день з 09.00 до 17.00" and "вечір з 18.00 до 23.00", as a page of green-garden.in.ua
# quotes it; no better source was found). The words' case aside (С 15:00 до 17:00).
FROM_TO = (("с", "до"), ("з", "до"))
TIME = r"\d{1,2}(?:[:.]\d{2})?"
# fa's word with a space each side, before a time's digit (as the kit prints it); zh's
# joined to the times, as CLDR writes it, or spaced
_BETWEEN = re.compile(r"(?<=\S)\s+تا\s+(?=\d)|(?<=\S)\s*至\s*(?=\S)")
_FROM_TO = [
    re.compile(rf"{first}\s+({TIME})\s+{then}\s+({TIME})", re.IGNORECASE) for first, then in FROM_TO
]


def ranged(text: str) -> str:
    """`text` (ASCII digits) with a range's words as a dash: CLDR's between its times
    (BETWEEN_WORDS: 18:30 تا 20:00, 6 تا 8 عصر and 下午6:30至8:30 are 18:30-20:00, 6-8 عصر
    and 下午6:30-8:30), and a "from ... to" that is the whole text (FROM_TO: с 15:00 до
    17:00 is 15:00-17:00)."""
    for form in _FROM_TO:
        found = form.fullmatch(text.strip())
        if found:
            return f"{found[1]}-{found[2]}"
    return _BETWEEN.sub("-", text)
