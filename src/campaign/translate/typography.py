"""What a translator types that prints as typed and reads as a typing slip on paper: two
spaces in a row, a space before `.` or `,` (`translate.spaces`), typewriter quotes where
the language prints its own quotation marks (`translate.quotes`), and a zero-width
non-joiner with a space beside it, doubled or at a text's end (`translate.zwnj`, found by
`text.zwnj.zwnj_slips`). All are warnings, at import (the translator's cell or line) and in
`check` (the strings file's line and column); the kit never changes a text. A space
before `: ; ! ?` is French's rule and is not named; nor is a space before an ellipsis
(`...`), nor a no-break space (French's narrow one inside « »). A slip the source text
has itself is not named in its translations.

A language's quotation marks are CLDR's (`delimiters` in common/main/<lang>.xml, inherited
from the parent locale or root where a language's file has none), read from the ICU library
the kit's line breaking already loads (icu4py's, `ulocdata_getDelimiter`): Babel leaves
CLDR's delimiters out of its data. Where ICU has no data of the language (a code CLDR does
not know) or cannot be read, no typewriter quotes are named: what the language prints is
not known."""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import replace
from functools import cache

from ..diagnostics import Diagnostic, Mark, Severity, Subject
from ..langnames import language_names
from ..model import Language, StringEntry
from ..text.zwnj import zwnj_slips, zwnj_warnings
from .entries import Incoming

# a run of spaces (U+0020 only: a no-break or narrow no-break space is typed on purpose,
# French's before : ; ! ? and inside « »), and a full stop or comma after one
_RUN = re.compile(r" +")


def _wordy(ch: str) -> bool:
    """Whether `ch` is part of a word: a letter, a mark (Devanagari's vowel signs) or a digit;
    False for "" (a text's end)."""
    return bool(ch) and unicodedata.category(ch)[0] in "LMN"


def _spaces(text: str) -> list[tuple[int, int, str]]:
    """Each slip of spacing in `text`, as (where it starts, where it ends, what follows):
    two spaces or more, or spaces before a `.` or `,` (what follows). Left out: spaces at a
    line's or the text's ends (they print as nothing), before an ellipsis (`après ...`), and
    before a full stop that begins a word or figure (`.org`, `.5`) or a comma that
    begins a figure (`,5`)."""
    out = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        if before == "\n" or after == "\n":
            continue
        nxt = text[end + 1 : end + 2]
        begins = nxt.isdecimal() if after == "," else _wordy(nxt)  # ,5 .5 .org
        if after in ".," and not text.startswith("..", end + 1) and not begins:
            out.append((start, end, after))
        elif end - start > 1:
            out.append((start, end, ""))
    return out


def spaces(text: str) -> list[str]:
    """Each place of `text` with two spaces or a space before `.` or `,`, as a message names
    it: "2 spaces after “jwenn” (character 10)", "a space before '.' after “{website}”
    (character 41)"; the characters are counted from 1, in the text as imported (without
    spaces at its ends)."""
    out = []
    for start, end, mark in _spaces(text):
        before = text[:start].split()[-1:]
        after = f" after \u201c{before[0]}\u201d" if before else ""
        if mark:
            out.append(f"a space before '{mark}'{after} (character {start + 1})")
        else:
            out.append(f"{end - start} spaces{after} (character {start + 1})")
    return out


def typewriter_quotes(text: str) -> str | None:
    """The first typewriter quotation in `text`, as typed: a pair of `"` ("Campaña Corazón
    Azul"), a lone `"` with the word it touches, or a pair of `'` around words or a {field}
    ('Campaña', '{website}'); None where there is none. Not quotations: a `"` before the last
    letter of a word (Hebrew's gershayim typed on a keyboard, before an acronym's last
    letter: צה"ל, ארה"ב; a quotation after a prefix letter is one: ל"קמפיין"), a `"` after a
    figure that opens nothing (inches: 30"), and a `'` in or after a word (l'homme, don't,
    O'Brien, Hebrew's geresh: ג'ירפה, פרופ', parents')."""
    return _double_quotes(text) or _single_quotes(text)


def _double_quotes(text: str) -> str | None:
    if '"' not in text:  # most texts: no character to look at
        return None
    opened = None
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if before.isalpha() and after.isalpha() and not text[i + 2 : i + 3].isalpha():
            continue  # gershayim, before an acronym's last letter: צה"ל, ארה"ב
        if opened is None:
            if before.isdecimal() and not _wordy(after):  # inches, seconds: 30"
                continue
            opened = i
        else:
            return text[opened : i + 1]
    if opened is None:
        return None
    start = max(text.rfind(" ", 0, opened), text.rfind("\n", 0, opened)) + 1
    ends = [n for n in (text.find(" ", opened), text.find("\n", opened)) if n >= 0]
    return text[start : min(ends, default=len(text))]


def _single_quotes(text: str) -> str | None:
    if "'" not in text:
        return None
    for i, ch in enumerate(text):
        before = text[i - 1 : i]
        # an opening quote begins a word or {field}: not one in or after a word (l'homme,
        # parents')
        begins = text[i + 1 : i + 2]
        if ch != "'" or _wordy(before) or before == "'" or not (_wordy(begins) or begins == "{"):
            continue
        for j in range(i + 1, len(text)):
            if text[j] == "\n":
                break
            # a closing quote ends a word: not one in a word (don't) nor before one ('s)
            if text[j] == "'" and not text[j - 1].isspace() and not _wordy(text[j + 1 : j + 2]):
                return text[i : j + 1]
    return None


def spaces_warning(what: str, text: str, mark: Mark | None) -> Diagnostic | None:
    """The `translate.spaces` warning of `text`, at `mark`, saying `what` has the slips
    ("'cta_join': the translation" at an import; "the translation (short)" in `check`, whose
    subject names the key); None where its spacing has no slip."""
    found = spaces(text)
    if not found:
        return None
    return Diagnostic(
        "translate.spaces",
        f"{what} has {'; '.join(found)}: it prints as typed",
        mark,
        ("remove the extra space (copy-fit spaces the words itself)",),
        Severity.WARNING,
    )


def quotes_warning(
    what: str, text: str, code: str, name: str, mark: Mark | None
) -> Diagnostic | None:
    """The `translate.quotes` warning of `text` (`what`, as `spaces_warning`), at `mark`, where
    it has typewriter quotes and language `code` (called `name`) prints quotation marks of
    its own (CLDR's, `quotation_marks`); None where it has none, or CLDR does not know the
    language."""
    found = typewriter_quotes(text)
    marks = quotation_marks(code) if found else None
    if found is None or marks is None:
        return None
    inner = (
        f", and a quotation inside one as {marks[2]}\u2026{marks[3]}"
        if marks[2:] != marks[:2]
        else ""
    )
    return Diagnostic(
        "translate.quotes",
        f"{what} has typewriter quotes ({found}): they print as typed",
        mark,
        (f"{name} prints quotations as {marks[0]}\u2026{marks[1]}{inner} (CLDR)",),
        Severity.WARNING,
    )


def typing_warnings(
    item: Incoming, meant: str, code: str, lang: Language | None
) -> list[Diagnostic]:
    """An imported translation's (`item`, into language `code`, the kit's `lang` where it has
    it) `translate.spaces`, `translate.quotes` and `translate.zwnj` warnings, at its place
    in the translator's file (a PO msgstr's line, an XLIFF target's, a CSV or workbook
    cell). A slip its source text `meant` has too is not named: the translator kept the
    source's."""
    what = f"'{item.key}'{item.suffix}: the translation"
    return _warnings(what, item.translation, meant, code, lang, item.mark)


def _warnings(
    what: str, text: str, meant: str, code: str, lang: Language | None, mark: Mark
) -> list[Diagnostic]:
    found = [] if spaces(meant) else [spaces_warning(what, text, mark)]
    if typewriter_quotes(meant) is None:
        found.append(quotes_warning(what, text, code, name_of(code, lang), mark))
    out = [d for d in found if d is not None]
    return out + ([] if zwnj_slips(meant) else zwnj_warnings(what, text, mark))


def language_warnings(source: Language, lang: Language) -> list[Diagnostic]:
    """`check`'s `translate.spaces`, `translate.quotes` and `translate.zwnj` warnings of the
    texts of `lang`'s strings file (each text, and its short variant against the source's
    short text, else its text), against `source`'s; each at the slip's line and column in
    the file where it is there as typed (a `translate.zwnj` at its non-joiner), else at the
    text's start (`StringEntry.place_of`)."""
    out: list[Diagnostic] = []
    for key, entry in lang.strings.items():
        own = source.strings.get(key)
        parts = [("", entry.text, own.text if own else "")]
        if entry.short:
            parts.append((" (short)", entry.short, (own.short or own.text) if own else ""))
        for part, text, meant in parts:
            joiners = iter(zwnj_slips(text))  # the translate.zwnj warnings' slips, in order
            for said in _warnings(
                f"the translation{part}", text, meant, lang.code, lang, entry.mark
            ):
                at = next(joiners).index if said.code == "translate.zwnj" else None
                out.append(
                    replace(
                        said,
                        mark=_place(entry, text, said.code, at),
                        subject=Subject(language=lang.code, key=key),
                    )
                )
    return out


def _place(entry: StringEntry, text: str, code: str, index: int | None = None) -> Mark:
    """Where `text`'s first slip of `code` is typed in the strings file: the first spaces
    named, the first quotation mark, or the non-joiner at `index` of `text`
    (translate.zwnj); the text's start where it is not there as typed (a line folded, an
    escape in a quoted text), the key's where the text has no place."""
    if code == "translate.spaces":
        start, end, _mark = _spaces(text)[0]
        head = text[:start].split(" ")[-1].split("\n")[-1]  # the word before it
        typed, offset = text[start - len(head) : end + 1], len(head)
    elif code == "translate.zwnj" and index is not None:  # the letters before it, and it
        begin = max(index - 8, text.rfind("\n", 0, index) + 1)  # on its line
        typed, offset = text[begin : index + 1], index - begin
        if offset == 0:  # none before it on its line: it and what follows it
            typed = text[index : index + 8].split("\n")[0]
    else:
        quoted = typewriter_quotes(text) or ""
        offset = max(quoted.find('"') if '"' in quoted else quoted.find("'"), 0)
        typed = quoted
    at = entry.place_of(typed)
    try:
        line = at.path.read_text(encoding="utf-8").splitlines()[at.line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return at
    if line.startswith(typed, at.col - 1):
        return Mark(at.path, at.line, at.col + offset)
    return entry.text_mark or entry.mark


def name_of(code: str, lang: Language | None) -> str:
    """Language `code`'s name in English: the kit's, else CLDR's, else the code."""
    if lang is not None and lang.name != code:
        return lang.name
    names = language_names(code)
    return names[0] if names else code


# ICU's status codes (unicode/utypes.h): a warning is negative, an error positive
_USING_DEFAULT = -127  # U_USING_DEFAULT_WARNING: no data of the locale, the root's taken


@cache
def quotation_marks(code: str) -> tuple[str, str, str, str] | None:
    """CLDR's quotation marks of language `code` (BCP 47: es, zh-Hant), as (start, end,
    alternate start, alternate end): Spanish (“, ”, ‘, ’), French («, », «, »), German („, “,
    ‚, ‘). Read through ICU's `ulocdata_getDelimiter` (CLDR's `delimiters`, inherited from
    the language's parent or root where its own file has none); None where ICU has no data of
    the language (a code CLDR does not know, which prints what it may) or cannot be read."""
    lib = _icu()
    if lib is None:
        return None
    i18n, version = lib
    try:
        open_data = getattr(i18n, f"ulocdata_open_{version}")
        delimiter = getattr(i18n, f"ulocdata_getDelimiter_{version}")
        close = getattr(i18n, f"ulocdata_close_{version}")
    except AttributeError:
        return None
    open_data.restype = ctypes.c_void_p
    status = ctypes.c_int(0)
    data = open_data(code.replace("-", "_").encode(), ctypes.byref(status))
    if not data or status.value > 0:
        return None
    marks = []
    if status.value != _USING_DEFAULT:
        for kind in range(4):  # ULOCDATA_QUOTATION_START, _END, ALT_QUOTATION_START, _END
            buf = (ctypes.c_uint16 * 8)()
            status = ctypes.c_int(0)
            n = delimiter(ctypes.c_void_p(data), kind, buf, 8, ctypes.byref(status))
            if status.value > 0 or not 0 < n <= 8:  # an ICU error, or nothing
                break
            marks.append(bytes(buf)[: 2 * n].decode("utf-16-le"))
    close(ctypes.c_void_p(data))
    return (marks[0], marks[1], marks[2], marks[3]) if len(marks) == 4 else None


@cache
def _icu() -> tuple[ctypes.CDLL, int] | None:
    """ICU's i18n library as icu4py loads it (its `messageformat` module links it, and the
    dynamic linker finds ICU's C functions through it), with ICU's major version, which
    those functions' names end with (`ulocdata_open_78`); None where icu4py is not there."""
    try:
        import icu4py.messageformat
        from icu4py._version import icu_version_info
    except ImportError:
        return None
    try:
        return ctypes.CDLL(icu4py.messageformat.__file__), icu_version_info[0]
    except OSError:
        return None
