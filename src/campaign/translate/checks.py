"""Checks of one imported text that need no strings file: a copy saved in a code page that
lost characters (`?`), a key given twice, markup, Markdown and spreadsheet formulas, control
and unprintable characters, letters lost to another code page, and letters of another
script than the language's."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..diagnostics import (
    Collector,
    Diagnostic,
    Mark,
    Severity,
)
from ..langnames import language_names
from ..load import CONTROL_HINT, MAX_TEXT_CHARS, control_char
from ..model import Kit, Language, StringEntry
from ..resolve import PLACEHOLDER
from ..textfile import (
    lost_cause,
    lost_character,
    lost_hint,
    lost_place,
    lost_problem,
    misread_page,
)
from .entries import Incoming, Parsed
from .origin import visible_text


def lossy_copy(saved: str, text: str) -> bool:
    """Whether `saved` is `text` saved in a code page that lacks some of its characters: each
    of those a question mark (two for one outside the Basic Multilingual Plane, as UTF-16
    writes it), as Windows programs replace them (Excel's "CSV (Comma delimited)" on a Thai
    system, Windows-874, wrote "Persons ? 30 July" for "Persons · 30 July"), and the rest
    the same. Compared a character at a time (a pattern of alternatives backtracked
    exponentially over a long line of '?')."""
    if "?" not in saved:
        return False
    i = 0
    for c in text:
        if i < len(saved) and saved[i] == c:
            i += 1
        elif c.isascii():
            return False
        else:
            width = 2 if ord(c) > 0xFFFF else 1
            if saved[i : i + width] != "?" * width:
                return False
            i += width
    return i == len(saved)


def kept_elsewhere(parsed: Parsed, saved: str, text: str) -> bool:
    """Whether a character that `saved` has as '?' stands intact in another of the file's
    source texts: then the file's code page has it, and `saved` is a source changed since
    ("Are you safe?" exported, "Are you safe…" now), not a lossy save."""
    lost = lost_characters(saved, text)
    return any(lost & set(i.source or "") for i in parsed.items if i.source != saved)


def lost_characters(saved: str, text: str) -> set[str]:
    """The characters of `text` that `saved` (its lossy copy: `lossy_copy`) lacks."""
    return {c for c in text if not c.isascii()} - set(saved)


def lost_characters_warning(lost: dict[str, str], path: Path) -> Diagnostic:
    """The `translate.lost` warning: the file's source texts have question marks where the
    source's have characters (`lossy_copy`): it was saved in a code page without them, and
    its translations may have lost characters so too."""
    keys = list(lost)
    chars = "".join(sorted(set("".join(lost.values()))))
    named = ", ".join(keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
    return Diagnostic(
        "translate.lost",
        f"{path.name}: the source texts of {named} have '?' where the source has "
        f"{' '.join(chars) or 'other characters'}: the file was saved in a code page without "
        "them, and its translations may have lost characters the same way; the source's texts "
        "are taken as exported",
        Mark(path, 1, 1),
        (
            "check the translations for '?' in place of letters or punctuation, and save the "
            'file as "CSV UTF-8" (Excel: File > Save As) or in the workbook\'s own format '
            "next time",
        ),
        Severity.WARNING,
    )


def no_duplicates(parsed: Parsed, errs: Collector) -> None:
    """A key (or its short variant) the file gives twice, as a PO entry, an XLIFF unit or a
    CSV row: which translation is meant is not known (CSV and XLIFF took the last, PO refused
    it; a duplicated row also read as a conflict with the file's own other row)."""
    first: dict[tuple[str, str], Mark] = {}
    named: set[str] = set()
    for item in parsed.items:
        if not item.key:  # no key at all: the key check names it
            continue
        where = item.key_mark or item.mark
        seen = first.setdefault((item.key, item.part), where)
        if seen is not where and item.key not in named:
            named.add(item.key)
            errs.error(
                "translate.read",
                f"'{item.key}'{item.suffix} is in the file twice (lines {seen.line} and "
                f"{where.line}): which translation is meant is not known",
                where,
                "keep one of them",
            )


# A spreadsheet formula saved as its text: `="Kein Kind "&"..."`, `=A2`, `=CONCAT(...)`,
# `=1/0`, `=-(2*3)`: after the "=" and its signs or brackets, a quote, a cell, a function,
# or a number that an operator follows or that ends it (not "= 5 minutes", "= égalité")
FORMULA = re.compile(
    r"=\s*(?:[-+(]\s*)*(?:\"|'|\$?[A-Za-z]{1,3}\$?\d|[A-Za-z][A-Za-z0-9.]*\("
    r"|\d+(?:[.,]\d+)?%?\s*(?:[-+*/^&<>=)]|$))"
)
# A formula's error value as a spreadsheet saves it (a CSV writes the values): `#DIV/0!`
ERROR_VALUE = re.compile(
    r"#(?:DIV/0!|N/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)", re.IGNORECASE
)
# An HTML or XML tag: <b>, </b>, <br/>, <span class="x">; not guillemets typed as << >>
MARKUP = re.compile(r"(?<!<)</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>(?!>)")
# Markdown (a translator's habit, an editor's or a chat assistant's text pasted in): the kit
# prints text as it is, so `**당신이 할 수 있는 일**` printed its asterisks. Emphasis is a pair of
# `*`, `**`, `_` or `__` around text that starts and ends beside them, not within a word
# (an asterisk alone, `5 * 3`, a footnote's `*`, and `snake_case` are none); a heading is
# `#` to `######` and a space at a line's start (a hashtag, `#endHT`, has no space); a link
# is `[text](address)`. Addresses, e-mail addresses, hashtags, handles and {fields} are set
# aside first (`first_last@example.org`, `@_unodc_`, `{help_line}`).
MD_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)(?![\s*])(.+?)(?<![\s*])\1(?![\w*])", re.DOTALL)
MD_UNDERLINE = re.compile(r"(?<![\w_])(__|_)(?![\s_])(.+?)(?<![\s_])\1(?![\w_])", re.DOTALL)
MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S[^\n]*", re.MULTILINE)
MD_LINK = re.compile(r"!?\[[^\[\]\n]+\]\((?:[^()\s]|\([^()\s]*\))+\)")
# what each kind prints as written, and how to do without it
MD_KINDS = {
    "asterisks": "remove the asterisks (emphasis is the layout's, in its styles)",
    "underscores": "remove the underscores (emphasis is the layout's, in its styles)",
    "heading": "remove the '#' at the line's start (a heading is the layout's, in its own slot)",
    "link": "write the link's text alone, or the address as it should print (a QR code or "
    "a link is the layout's, from campaign.yaml's links)",
}
MD_PRINTS = {
    "asterisks": "asterisks",
    "underscores": "underscores",
    "heading": "'#'",
    "link": "brackets, address",
}


def _markdown(text: str) -> dict[str, list[str]]:
    """The markdown of `text` by kind (`MD_KINDS`), each as written."""
    from ..text.scripts import without_links

    found: dict[str, list[str]] = {}
    for m in MD_LINK.finditer(text):
        found.setdefault("link", []).append(m[0])
    for m in MD_HEADING.finditer(text):
        found.setdefault("heading", []).append(m[0].strip())

    def hide(m: re.Match[str]) -> str:  # a word's length of letters: no mark, no boundary
        return "x" * len(m[0])

    # a link's address, an e-mail address, a hashtag and a placeholder are no emphasis; a
    # combining mark (a Tamil vowel sign) is part of its word, as a letter is
    bare = PLACEHOLDER.sub(hide, without_links(MD_LINK.sub(hide, text), "x"))
    bare = "".join("x" if unicodedata.category(ch)[0] == "M" else ch for ch in bare)
    for kind, pattern in (("asterisks", MD_EMPHASIS), ("underscores", MD_UNDERLINE)):
        for m in pattern.finditer(bare):
            if _opens_emphasis(m[2][0]):
                found.setdefault(kind, []).append(text[m.start() : m.end()])
    return found


def _opens_emphasis(ch: str) -> bool:
    """Whether emphasis may start with `ch`: a letter, digit or mark, a quotation mark or an
    opening bracket; not other punctuation or a symbol (`☆*:.｡.o(≧▽≦)o.｡.:*☆`, a kaomoji, is
    none). It may end with any (`**Agir.**`)."""
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) in ("Pi", "Pf", "Ps")


def markdown_warning(item: Incoming, source: str) -> list[Diagnostic]:
    """A `translate.markup` warning for the markdown the translation has and its source text
    (`source`) has not, by kind: each as written (the first three), what would print, and
    how to do without it; none when there is no such markdown."""
    theirs = _markdown(source)
    mine = {k: v for k, v in _markdown(item.translation).items() if k not in theirs}
    if not mine:
        return []
    shown = [_cut(m) for found in mine.values() for m in found][:3]
    prints = ", ".join(MD_PRINTS[k] for k in mine)
    return [
        Diagnostic(
            "translate.markup",
            f"'{item.key}'{item.suffix}: the translation has markdown ({', '.join(shown)}) the "
            f"source text has not: the kit prints text as it is, {prints} and all",
            item.mark,
            tuple(MD_KINDS[k] for k in mine),
            Severity.WARNING,
        )
    ]


def _cut(text: str, most: int = 40) -> str:
    """`text` on one line, cut to `most` characters with an ellipsis."""
    line = visible_text(text)
    return line if len(line) <= most else line[: most - 1] + "\u2026"


def check_formula(item: Incoming, source: str | None, errs: Collector) -> bool:
    """Whether the translation is a spreadsheet formula where its source text is none (a
    program that saves formulas as text: `="Kein Kind"&"..."` went into the strings file and
    would have printed as the poster's headline), a workbook's formula cell whatever its
    formula (`=1/0` was imported as the text "=1/0"), or a formula's error value a
    spreadsheet saved (`#DIV/0!` in a CSV); a `translate.formula` error then."""
    text, given = item.translation.strip(), (source or "").strip()
    if ERROR_VALUE.fullmatch(text) and text != given:
        errs.error(
            "translate.formula",
            f"'{item.key}'{item.suffix}: the translation is a spreadsheet formula's error "
            f"value ({text}), not its text: it would print as written",
            item.mark,
            "type the text into the cell in place of the formula (a cell formatted as Text "
            "keeps what is typed), and save the sheet again",
        )
        return True
    if not item.formula and (not FORMULA.match(item.translation) or given.startswith("=")):
        return False
    errs.error(
        "translate.formula",
        f"'{item.key}'{item.suffix}: the translation is a spreadsheet formula "
        f"(\u201c{item.translation[:40]}\u201d), not its text: it would print as written",
        item.mark,
        "save the sheet with the formulas' values (Excel's \"CSV UTF-8\" writes the values), "
        "or type the text into the cell",
    )
    return True


def check_printable(item: Incoming, errs: Collector, lost: list[Incoming]) -> bool:
    """A translation the kit's loader would refuse (a control character, such as Word's
    vertical tab for a manual line break; a text longer than any slot holds) is refused here,
    at the translator's line: written, it stopped every build of the language at the strings
    file's line. One with a lost letter ("ه?چ": a file converted from a copy saved in a code
    page) is added to `lost`, told with the others by `report_lost_letters`. Returns whether it is
    fine."""
    what = f"'{item.key}'{item.suffix}: "
    found = control_char(item.translation)
    if found is not None:
        errs.error("load.control-char", what + found, item.mark, CONTROL_HINT)
        return False
    if lost_character(item.translation) is not None:
        lost.append(item)
        return False
    if len(item.translation) > MAX_TEXT_CHARS:
        errs.error(
            "load.text-too-long",
            f"{what}the text is {len(item.translation):,} characters long; a text may have at "
            f"most {MAX_TEXT_CHARS:,}",
            item.mark,
            "shorten it: no slot of a poster, flyer or badge holds more",
        )
        return False
    return True


def report_lost_letters(
    lost: list[Incoming], path: Path, code: str, lang: Language | None, errs: Collector
) -> None:
    """The `text.lost-letter` errors of the translations with a lost letter, each at its
    line. One is told with its cause and fix; several (a Persian file converted from
    Windows-1256 had 37) each with its place alone, then one error for the file that counts
    them, names the likely cause (`lost_cause`: the code page it was saved in) and gives the
    fix once, as a compiler tells a repeated error; both the format's (`lost_hint`)."""
    from . import format_of  # here: the package imports this module

    fmt = format_of(path)  # the fix is the format's: a PO file's is not Excel's
    if len(lost) == 1:
        item = lost[0]
        said = lost_problem(item.translation)
        errs.error(
            "text.lost-letter", f"'{item.key}'{item.suffix}: {said}", item.mark, lost_hint(fmt)
        )
        return
    for item in lost:
        place = lost_place(item.translation)
        errs.error(
            "text.lost-letter",
            f"'{item.key}'{item.suffix}: {place}",
            item.mark,
            "the fix, the same for each of them, is the hint of the file's error below",
        )
    texts = [i.translation for i in lost]
    names = None if lang else language_names(code)  # a new language's: CLDR's English name
    called = lang.name if lang else (names[0] if names else None)
    cause = lost_cause(texts, path.name, code, "translations", called, fmt)
    errs.error("text.lost-letter", cause, Mark.file(path), lost_hint(fmt))


# A file is taken for another language's when at least OTHER_SCRIPT_LETTERS of its
# translations' letters (hashtags, addresses and {fields} left out) are in one other script
# and its own script's are fewer than a tenth of those: a first translation that keeps a
# report's English title beside a few texts of its own is the language's. One text is held
# to the same rule (`script_problem`): a sentence left in English in an Amharic file.
OTHER_SCRIPT_LETTERS = 20
OWN_SCRIPT_SHARE = 10


def letters_by_script(text: str) -> dict[str, int]:
    """How many letters of `text` each ISO 15924 script has (`text.scripts.char_script`), but
    those of the words it marks as another language's (`{lang=en}Global Report{/lang}`:
    `text.langmarks.unmarked`), of its web and e-mail addresses, hashtags, handles and phone
    numbers (`text.scripts.without_links`) and of its `{field}` placeholders; digits and
    punctuation are no script's."""
    from ..text.langmarks import unmarked
    from ..text.scripts import char_script, without_links

    bare, marked = unmarked(text)
    for start, end, _ in reversed(marked):
        bare = bare[:start] + " " + bare[end:]
    counts: dict[str, int] = {}
    # each kind of character once: a text has a few dozen kinds among hundreds of letters
    for ch, n in Counter(PLACEHOLDER.sub("", without_links(bare))).items():
        if ch.isalpha():
            found = char_script(ch)
            if found is not None:
                counts[found] = counts.get(found, 0) + n
    return counts


def other_script(counts: Mapping[str, int], script: str) -> tuple[str, int, int] | None:
    """(the script other than `script` that most letters `counts` counts are in, how many,
    and how many are `script`'s own) when they are mostly in it: at least
    OTHER_SCRIPT_LETTERS, and `script`'s own fewer than a tenth of them (OWN_SCRIPT_SHARE);
    else None. A style of a script (Urdu's Nastaliq, Aran) writes its letters (STYLE_OF)."""
    from ..text.scripts import STYLE_OF, written_with

    own = written_with(STYLE_OF.get(script, script))
    mine = sum(n for s, n in counts.items() if s in own)
    other, n = max(
        ((s, n) for s, n in counts.items() if s not in own), key=lambda sn: sn[1], default=("", 0)
    )
    # names and titles left in another script ("UNODC Global Report") are no sign: only a
    # text whose own script is all but absent is another language's
    if n < OTHER_SCRIPT_LETTERS or mine * OWN_SCRIPT_SHARE >= n:
        return None
    return other, n, mine


def script_problem(text: str, script: str, code: str, name: str) -> tuple[str, str] | None:
    """What is wrong with `text`, of language `code` (`name`, its English name) written in
    `script`, when its letters are mostly in another script (`other_script`, of
    `letters_by_script`), and the fix: (the words after "the text ", the hint); else None.
    The one rule of `check` (a strings file's and an office's texts) and of `strings
    import` (each entry), both `strings.script` warnings: an office's Amharic text in
    English, and one all-Latin entry of an Amharic workbook, printed English on the Amharic
    pages without a word (an office's trial)."""
    found = other_script(letters_by_script(text), script)
    if found is None:
        return None
    other, n, mine = found
    said = (
        f"is in {_script_name(other)} script ({n} of {n + mine} letters), but '{code}' "
        f"({name}) is written in {_script_name(script)}: it prints as written on the {name} "
        "pages"
    )
    fix = (
        f"translate it into {name}; a name or title meant as written in another language is "
        "marked with its language, `{lang=en}Global Report{/lang}`, and not counted"
    )
    return said, fix


def script_problems(
    entry: StringEntry, lang: Language, sources: tuple[str | None, str | None] = (None, None)
) -> Iterator[tuple[str, str, str]]:
    """`entry`'s texts of language `lang` mostly in another script than the language's
    (`script_problem`): (the part, "" for its text or " (short)" for its short variant, then
    what is wrong and the fix), the loop of `check`'s `strings.script` warnings, a strings
    file's and an office's. Not an empty part, nor one that is its source's text as
    `sources` has them (the text's, the short variant's: a copy, which
    `strings.untranslated` tells)."""
    for part, text, theirs in (("", entry.text, sources[0]), (" (short)", entry.short, sources[1])):
        if not text or text == theirs:
            continue
        found = script_problem(text, lang.script, lang.code, lang.name)
        if found is not None:
            yield part, *found


def script_and_name(code: str, lang: Language | None) -> tuple[str, str]:
    """The script language `code` is written in (its strings file's `script:`, else the
    code's likely one: text.scripts.script_of) and its English name (its strings file's,
    else CLDR's: langnames.language_names, else the code), as an import judges its letters
    (`in_its_script` for the file, `script_problem` for each entry)."""
    from ..text.scripts import script_of

    script = lang.script if lang is not None and lang.script else script_of(code)
    if lang is not None:
        return script, lang.name
    names = language_names(code)
    return script, names[0] if names else code


def in_its_script(
    kit: Kit, code: str, lang: Language | None, parsed: Parsed, path: Path, errs: Collector
) -> None:
    """The file's translations are written in the language's script (its strings file's
    `script:`, else the code's likely one): an Arabic file imported as French (its exported
    digests deleted, so nothing else could tell) replaced every French text with Arabic,
    and the French poster printed in Arabic without a word. A text the file leaves as the
    source's (a hashtag, an address, English not yet translated) is not counted. An error
    (`translate.script`) naming the script the letters are in and the kit's languages
    written in it. (One entry of a file in its script that is mostly in another is a
    `strings.script` warning: `script_problem`.)"""
    from ..text.scripts import written_with

    script, name = script_and_name(code, lang)
    counts: dict[str, int] = {}
    for item in parsed.items:
        if item.translation == item.source:  # the source's text left in (a hashtag, a copy)
            continue
        for letters, many in letters_by_script(item.translation).items():
            counts[letters] = counts.get(letters, 0) + many
    found = other_script(counts, script)
    if found is None:
        return
    other, n, mine = found
    if _misread(code, script, parsed, path, errs):
        return
    meant = [
        c
        for c, other_lang in kit.languages.items()
        if other in written_with(other_lang.script)
        and not other_lang.pseudo
        and c != kit.campaign.source_language
    ]
    errs.error(
        "translate.script",
        f"{path.name}'s translations are in {_script_name(other)} script ({n} of "
        f"{n + mine} letters), but '{code}' ({name}) is written in {_script_name(script)}: "
        "it is another language's file",
        Mark(path, 1, 1),
        (
            f"import it into the language it was translated into: --lang {meant[0]}"
            + (f" (the kit's languages in that script: {', '.join(meant)})" if meant[1:] else "")
            if meant
            else "import it into the language it was translated into, with --lang"
        ),
        f"if '{code}' is written in that script here, say so in its strings file (script: {other})",
    )


def _misread(code: str, script: str, parsed: Parsed, path: Path, errs: Collector) -> bool:
    """The `translate.script` error of a file converted to UTF-8 from the wrong code page (a
    Kazakh file in Windows-1251 converted from Windows-1250 read "Ŕäŕě", and was told to be
    imported as Spanish): its translations' bytes in that code page are the language's
    letters in its own (`textfile.misread_page`). Returns whether it was one."""
    texts = "\n".join(i.translation for i in parsed.items if i.translation != i.source)
    found = misread_page(texts, code)
    if found is None:
        return False
    wrong, right, written = found
    shown = next((line for line in written.split("\n") if line.strip()), "")[:40]
    errs.error(
        "translate.script",
        f"{path.name} was converted to UTF-8 from {wrong.name}, but it was saved in "
        f"{right.name}: its translations read as {right.name} are in {_script_name(script)} "
        f"script, as '{code}' is written (\u201c{shown}\u201d)",
        Mark(path, 1, 1),
        f"convert the file as it was saved again, from {right.name}: `iconv -f {right.iconv} "
        "-t UTF-8`, or save it again as UTF-8 where it was made",
    )
    return True


def _script_name(script: str) -> str:
    """An ISO 15924 code's English name (CLDR, through Babel: Arab is Arabic), else the
    code."""
    from babel import Locale

    return str(Locale("en").scripts.get(script, script))
