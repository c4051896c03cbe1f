"""What a workbook's date cell shows of its date: the parts its format shows ("d" the day of
the month, "m" the month, "y" the year) and, for an XLSX cell, the text it shows.

A date typed without its year (`26-Jul`, `Jul 26`) is kept by Excel as a whole date, the
year it was typed in (Microsoft's KB Q214327), shown with a format without a year (`d-mmm`,
built-in format 16, ECMA-376 Part 1, 18.8.30 numFmt): the file holds a year nobody wrote
(`date_cells._date` names the cell as a CSV cell's `26 July` is named). A month typed with a
year and no day is kept on its 1st, shown `mmm-yy` (built-in 17): a day nobody wrote (named
as a CSV cell's `2026-07`, a month). An XLSX cell's format is a number format code (a
section before each `;`, `"text"` and `\\x` literals, `[...]` a locale, a colour or an
elapsed time, `_x` a space, `*x` a fill); an ODS cell's is a `number:date-style`
(OpenDocument 1.2 part 1: its children number:day, number:month, number:year;
`merge.ods_cells.date_styles` reads them).
"""

from __future__ import annotations

import re
from datetime import date, datetime

# a run of one format code's letters, or a literal, in an Excel number format's section
EXCEL_TOKEN = re.compile(
    r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.|AM/PM|am/pm|A/P|a/p|d+|D+|m+|M+|y+|Y+|e+|E+|b+|B+|'
    r"g+|G+|h+|H+|s+|S+|.",
    re.DOTALL,
)
YEAR_LETTERS = "yeb"  # y; e, the year in Excel's East Asian formats; b, the Buddhist era's


def excel_tokens(fmt: str) -> list[str]:
    """The tokens of an Excel number format's first section (the one a positive number, a
    date, is shown by), each run of a code's letters lower-cased: `d-mmm` is d, -, mmm."""
    section = _first_section(fmt)
    if section.strip().lower() == "general":  # no code: a number as it is
        return []
    out = []
    for token in EXCEL_TOKEN.findall(section):
        if token[0].isalpha() and token.upper() not in ("AM/PM", "A/P"):
            token = token.lower()
        out.append(token)
    return out


def _first_section(fmt: str) -> str:
    """`fmt` up to its first `;` outside a literal."""
    for token in EXCEL_TOKEN.finditer(fmt):
        if token[0] == ";":
            return fmt[: token.start()]
    return fmt


def _minutes(tokens: list[str], i: int) -> bool:
    """Whether tokens[i], an m or mm, is minutes: after an hour or before seconds (the
    codes between them aside: h:mm, mm:ss), as Excel reads it."""
    codes = [j for j, t in enumerate(tokens) if t[0] in "dmyhsebg" and t.islower()]
    at = codes.index(i)
    before = tokens[codes[at - 1]] if at else ""
    after = tokens[codes[at + 1]] if at + 1 < len(codes) else ""
    return len(tokens[i]) <= 2 and (before[:1] == "h" or after[:1] == "s")


def excel_parts(fmt: str) -> str:
    """The parts of a date an Excel number format shows, of "dmy" in that order: `d-mmm`
    "dm", `mmm-yy` "my", `yyyy-mm-dd` "dmy", `h:mm` "" (a weekday, `ddd`, is no day of the
    month)."""
    tokens = excel_tokens(fmt)
    shown = set()
    for i, token in enumerate(tokens):
        letter = token[0]
        if letter == "d" and len(token) <= 2:
            shown.add("d")
        elif letter == "m" and token.islower() and not _minutes(tokens, i):
            shown.add("m")
        elif letter == "e" and tokens[i + 1 : i + 2] in (["+"], ["-"]):
            continue  # 0.00E+00: a scientific number's exponent, no era's year
        elif letter in YEAR_LETTERS and token.islower():
            shown.add("y")
    return "".join(p for p in "dmy" if p in shown)


def excel_shown(value: date, fmt: str) -> str:
    """`value` as an Excel number format shows it, with English names (`d-mmm`: 26-Jul;
    `mmm d`: Jul 26), as Excel in English shows it; literals as written."""
    tokens = excel_tokens(fmt)
    out = []
    for i, token in enumerate(tokens):
        out.append(_shown_token(value, tokens, i, token))
    return "".join(out).strip()


def _shown_token(value: date, tokens: list[str], i: int, token: str) -> str:
    """One token of `tokens` as it shows `value`."""
    letter, n = token[0], len(token)
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    if token.startswith('"'):
        return token[1:-1]
    if token[0] == "\\":
        return token[1:]
    if token[0] == "_":
        return " "
    if token[0] in "[*":
        return ""
    if token.upper() in ("AM/PM", "A/P"):
        pm = moment.hour >= 12
        return ("PM" if pm else "AM") if len(token) > 3 else ("P" if pm else "A")
    if not token.islower() or not letter.isalpha():
        return token
    if letter == "d":
        return _day(moment, n)
    if letter == "m" and _minutes(tokens, i):
        return f"{moment.minute:0{min(n, 2)}d}"
    if letter == "m":
        return _month(moment.month, n)
    if letter in "ye":
        return f"{moment.year % 100:02d}" if letter == "y" and n <= 2 else f"{moment.year}"
    if letter == "b":
        return f"{(moment.year + 543) % 100:02d}" if n <= 2 else f"{moment.year + 543}"
    if letter == "h":
        twelve = any(t.upper() in ("AM/PM", "A/P") for t in tokens)
        hour = (moment.hour % 12 or 12) if twelve else moment.hour
        return f"{hour:0{min(n, 2)}d}"
    if letter == "s":
        return f"{moment.second:0{min(n, 2)}d}"
    return "" if letter == "g" else token  # g: an era's name, which English has none of


def _day(moment: datetime, n: int) -> str:
    """d, dd: the day of the month; ddd, dddd: the weekday's name (CLDR's English)."""
    from babel import Locale

    if n <= 2:
        return f"{moment.day:0{n}d}"
    names = Locale("en").days["format"]["abbreviated" if n == 3 else "wide"]
    return str(names[moment.weekday()])


def _month(month: int, n: int) -> str:
    """m, mm: the month's number; mmm its name's first three letters, mmmm its name, mmmmm
    its first letter (CLDR's English)."""
    from babel import Locale

    if n <= 2:
        return f"{month:0{n}d}"
    name = str(Locale("en").months["format"]["wide"][month])
    return name[:3] if n == 3 else name[:1] if n == 5 else name
