"""A header that misspells an event column's name, in English or in a language of the headers
read (column_names.COLUMN_NAMES): `near_spelling` (`Tme`, `Tiem`: time), `near_name`
(`Oraas`: Filipino oras, time). A swap of two neighbouring letters is one edit (Damerau), as
a letter left out or added is: `Tiem` was "did you mean 'time'?" and a warning (difflib's
ratio counts a swap as two edits, 0.75), `Tme` an error. A Manila organiser's trial headed
its times `Oraas` and was told nothing but "not used": every flyer was printed without its
time.
"""

from __future__ import annotations

import functools

from ..diagnostics import MISSPELLING, misspelling
from .column_names import COLUMN_NAMES, DATE_AND_TIME_KEY, header_spelling
from .data import column_key

# A language's name of a column of fewer letters (Swahili saa, Turkish dil and yer, Haitian
# lè and dat) is not looked for misspelt: one letter added is near too many other words
# (Spanish and Portuguese sala, a room, is one letter from saa, time). English's columns'
# names have four at least (date, time, link).
SHORTEST = 4
# A header misspells a name of fewer than LONG letters only by a slip of the keys (`slip`: a
# letter typed twice, one left out, two swapped): a letter added or changed made other words
# of a sheet as close as MISSPELLING (Filipino tagal, a duration, and Dutch taal, language;
# French tarif and Turkish tarih, date; Filipino lugaw and Spanish lugar). A longer name, by
# one edit (`edits`), and one more for each NAME_EDITS letters: two letters added to a short
# word were as close too (Indonesian kota, a town, and kontak; Dutch kosten, costs, and
# Haitian kote, a place; Spanish tema and Indonesian tempat; Dutch straat and Turkish saat)
LONG = 6
NAME_EDITS = 8


def edit_ratio(word: str, other: str) -> float:
    """How alike two names are, as difflib's ratio (1 - edits / their letters together) with
    a swap of two neighbouring letters one edit (optimal string alignment, Damerau): a letter
    left out or added is one edit, one for another two (difflib: one out, another in), two
    letters swapped one (tiem, time: 7/8; difflib's 0.75)."""
    total = len(word) + len(other)
    if not word or not other or 1 - abs(len(word) - len(other)) / total < MISSPELLING:
        return 0.0  # the lengths alone are too far apart
    return 1 - edits(word, other, substitution=2) / total


def edits(word: str, other: str, substitution: int = 1) -> int:
    """The edits that make `other` of `word` (optimal string alignment, Damerau-Levenshtein):
    a letter added or left out, two neighbouring letters swapped, one each; a letter for
    another `substitution` (1; edit_ratio's 2)."""
    earlier: list[int] = []
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, letter in enumerate(word, 1):
        earlier, before, row = before, row, [i] + [0] * len(other)
        for j, theirs in enumerate(other, 1):
            row[j] = min(
                before[j] + 1,
                row[j - 1] + 1,
                before[j - 1] + (0 if letter == theirs else substitution),
            )
            if i > 1 and j > 1 and letter == other[j - 2] and word[i - 2] == theirs:
                row[j] = min(row[j], earlier[j - 2] + 1)
    return row[-1]


def near_spelling(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice `word` misspells: `diagnostics.misspelling` (the same name written
    otherwise, or difflib's ratio at MISSPELLING at least), else the choice of the highest
    `edit_ratio`, MISSPELLING at least (a swap of two letters: tiem is time); None when none
    is as close."""
    found = misspelling(word, choices)
    if found is not None:
        return found
    ranked = sorted(((edit_ratio(word, c), c) for c in choices), reverse=True)
    return ranked[0][1] if ranked and ranked[0][0] >= MISSPELLING else None


@functools.cache
def _names() -> dict[str, tuple[str, str]]:
    """COLUMN_NAMES' names of SHORTEST letters at least, as `header_spelling` writes a header's
    key (hora_de_inicio), to their column and the name as the table writes it (oras: time,
    oras); a name two languages share is the first's."""
    found: dict[str, tuple[str, str]] = {}
    for names in COLUMN_NAMES.values():
        for column, words in names.items():
            if column == DATE_AND_TIME_KEY:  # a date with its time: no column of its own
                continue
            for word in words:
                key = header_spelling(column_key(word))
                if len(key) >= SHORTEST:
                    found.setdefault(key, (column, word))
    return found


def near_name(key: str) -> tuple[str, str] | None:
    """The event column and its name in a language of COLUMN_NAMES that a header's `key` (as
    event_column writes it) misspells (`near_spelling`: oraas is oras, time; pamagt is
    pamagat, title), one edit away (two for a name of NAME_EDITS letters), or None."""
    names = _names()
    own = header_spelling(key)
    if len(own) < SHORTEST:
        return None
    typed = next((name for name in names if len(name) < LONG and slip(own, name)), None)
    found = typed or near_spelling(own, [n for n in names if len(n) >= LONG])
    if found is None or edits(own, found) > 1 + len(found) // NAME_EDITS:
        return None
    return names[found]


def slip(word: str, name: str) -> bool:
    """Whether `word` is `name` typed with a slip of the keys: one of its letters typed twice
    (oraas: oras), one left out (ptsa: petsa), two neighbouring letters swapped (oars)."""
    if len(word) == len(name) + 1:
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == name for i in range(1, len(word))
        )
    if len(word) == len(name) - 1:
        return any(name[:i] + name[i + 1 :] == word for i in range(len(name)))
    return len(word) == len(name) and edits(word, name) == 1 and sorted(word) == sorted(name)


def shown_name(name: str, header: str) -> str:
    """A column's `name` as COLUMN_NAMES writes it (oras), as the `header` that misspells it
    begins: capitalised after a capital (Oraas: Oras)."""
    first = next((c for c in header if c.isalpha()), "")
    return name[:1].upper() + name[1:] if first.isupper() else name
