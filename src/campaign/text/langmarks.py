"""Words a string marks as in another language: `{lang=en}Blue Heart{/lang}` in a French
sentence. Words of another script are found by their letters (`layout.compose.foreign_spans`);
words of another language in the same script (English in French) cannot be, so a translator
marks them, in braces as a `{field}` placeholder is written. The marks never print: the
layout sets the text without them (`resolve.Content.entry`), and the digital PDF tags the
words they held as a Span with their /Lang (`layout.compose.run_languages`). Words of a
language written in the other direction than their paragraph (English in a Dhivehi or Arabic
sentence) are set as one unit in their own direction, a bidi isolate (`unmarked` with `rtl`).
A mark that is not one (an unknown language, a mark never closed) is a `strings.lang-mark`
error at its place (`lang_mark_problems`, told with a string's `{field}` checks:
`kit.references`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# what a person may have meant as a mark: `{lang=en}`, `{ lang: en }`, `{/lang}`, `{/ lang}`;
# not `{lang}` (a field may have that name) nor `{language}`
OPEN = re.compile(r"\{\s*lang\s*[=:]\s*([^{}\n]{0,40}?)\s*\}")
CLOSE = re.compile(r"\{\s*/\s*lang\s*\}")
# a mark whose closing brace is missing: `{/lang` before the next words, `{lang=en Blue`; a
# brace that begins one is the mark's problem, not a placeholder's (`kit.references`)
UNBRACED = re.compile(r"\{\s*(?:/\s*lang\b|lang\s*[=:][A-Za-z0-9-]*)")
ANY = re.compile(f"{OPEN.pattern}|{CLOSE.pattern}|{UNBRACED.pattern}")
WRITTEN = re.compile(r"\{lang=([^{}\s]+)\}")  # an opening mark as the kit writes it
END = "{/lang}"

# (start, end, language tag) over the text without its marks
Marked = tuple[int, int, str]

# The bidi isolates of UAX 9 (X5a, X5b) that set a stretch left to right or right to left as
# one unit, and their end
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def unmarked(text: str, rtl: bool | None = None) -> tuple[str, tuple[Marked, ...]]:
    """`text` without its language marks, and the stretches they held (start, end, the tag
    as written), in order. A mark that is not one (`lang_mark_problems`) is left out as
    well, and holds nothing; the check refuses it before anything is drawn.

    With `rtl` (the direction of the paragraph the text is set in), a stretch whose
    language is written in the other direction (`_opener`) is set between LRI or RLI and
    PDI, which print as nothing (UAX 9, X5a and X5b): in a Dhivehi sentence,
    "މަސްދަރުތައް: {lang=en}UNODC; Blue Heart Campaign.{/lang}" printed the English words'
    full stop at their left, before "UNODC" (the paragraph's right-to-left direction took
    the neutral at their end); as an isolate the words are one left-to-right unit, their
    full stop after "Campaign". The stretch is the words alone, without the isolate's
    marks."""
    if "{" not in text:  # most texts: at C speed
        return text, ()
    out: list[str] = []
    spans: list[Marked] = []
    at = 0  # in `text`
    opened: tuple[int, str] | None = None  # (start in the text without marks, tag)
    isolate = ""  # the isolate `opened` is set in (`_opener`), or ""
    size = 0  # of the text without marks so far
    for m in ANY.finditer(text):
        out.append(text[at : m.start()])
        size += m.start() - at
        at = m.end()
        if _closing(m) and opened is not None and size > opened[0]:
            spans.append((opened[0], size, opened[1]))
        if isolate:  # ended by any mark (one inside it is refused): no isolate left open
            out.append(PDI)
            size += 1
        if _closing(m):
            opened, isolate = None, ""
            continue
        tag = _tag(m[0])
        opened = (size, tag) if tag is not None and opened is None else None
        isolate = _opener(opened[1], rtl) if opened is not None else ""
        if opened is not None and isolate:
            out.append(isolate)
            size += 1
            opened = (size, opened[1])
    out.append(text[at:])
    if isolate:  # never closed: refused by the check
        out.append(PDI)
    return "".join(out), tuple(spans)


def _opener(tag: str, rtl: bool | None) -> str:
    """The isolate that sets words of language `tag` in a paragraph of direction `rtl`: LRI
    for a left-to-right language's in a right-to-left paragraph, RLI for a right-to-left
    one's in a left-to-right paragraph (the script the tag implies: `scripts.script_of`);
    "" for one of the paragraph's own direction, and without `rtl`."""
    if rtl is None:
        return ""
    from .scripts import RTL_SCRIPTS, script_of

    own = script_of(tag) in RTL_SCRIPTS
    return "" if own == rtl else RLI if own else LRI


def _tag(mark: str) -> str | None:
    """The language tag of an opening mark written as the kit writes it, else None (a
    closing mark, or one spelt otherwise)."""
    m = WRITTEN.fullmatch(mark)
    return m[1] if m else None


@dataclass(frozen=True)
class MarkProblem:
    """A mark that is not one: where it is in the text, as written, what is wrong, the fix."""

    at: int
    shown: str
    message: str
    fix: str


def lang_mark_problems(text: str) -> list[MarkProblem]:
    """Each language mark of `text` that is not one: spelt otherwise than `{lang=xx}` (spaces,
    a colon), naming a language the Unicode CLDR does not know, opened inside another, never
    closed, closing none, or holding no words; a pair written the wrong way round
    (`{/lang}Blue Heart{lang=en}`) is one problem, at its closing mark."""
    from ..langnames import language_names

    out: list[MarkProblem] = []
    opened: re.Match[str] | None = None
    marks = list(ANY.finditer(text))
    turned = None  # the opening mark of a reversed pair, named at its closing one
    for k, m in enumerate(marks):
        if m is turned:
            continue
        closing = _closing(m)
        if not m[0].endswith("}"):  # `{/lang` or `{lang=en` without its closing brace
            out.append(_unbraced(m))
            if not closing and opened is not None and opened[0].endswith("}"):
                out.append(_unclosed(opened, f" before {m[0]}"))
            opened = None if closing else m  # a `{/lang` closes what it was meant to
            continue
        if closing and opened is None and _reversed(marks[k + 1 : k + 3]):
            turned = marks[k + 1]
            out.append(_reversed_pair(text, m, turned))
            continue
        if closing:
            if m[0] != END:
                out.append(
                    MarkProblem(m.start(), m[0], "is spelt otherwise than {/lang}", "write {/lang}")
                )
            if opened is None:
                out.append(
                    MarkProblem(
                        m.start(),
                        m[0],
                        "closes no {lang=...} before it",
                        "remove it, or write {lang=xx} before the words it closes",
                    )
                )
            elif not text[opened.end() : m.start()].strip():
                out.append(
                    MarkProblem(
                        opened.start(),
                        opened[0],
                        "marks no words",
                        f"write the words between {opened[0]} and {{/lang}}, or remove both",
                    )
                )
            opened = None
            continue
        tag = m[1]
        if not WRITTEN.fullmatch(m[0]):
            out.append(
                MarkProblem(
                    m.start(),
                    m[0],
                    "is spelt otherwise than {lang=xx}",
                    f"write {{lang={tag.strip(' =:')}}}",
                )
            )
        elif language_names(tag) is None:
            out.append(
                MarkProblem(
                    m.start(),
                    m[0],
                    f"names '{tag}', which is no language tag the Unicode CLDR knows",
                    "write the BCP 47 tag of the words' language: {lang=en} for English, "
                    "{lang=fr} French, {lang=pt-BR} Brazilian Portuguese",
                )
            )
        if opened is not None and opened[0].endswith("}"):  # an unbraced one: said
            out.append(_unclosed(opened, f" before {m[0]}"))
        opened = m
    if opened is not None and opened[0].endswith("}"):
        out.append(_unclosed(opened, ""))
    return out


def _closing(m: re.Match[str]) -> bool:
    """Whether the mark `m` closes a span: {/lang}."""
    return m[0].lstrip("{ \t").startswith("/")


def _reversed(after: list[re.Match[str]]) -> bool:
    """Whether the marks `after` a closing mark that closes nothing (the next two, at most)
    make it a reversed pair: an opening mark next, never closed (no closing mark after it)."""
    return bool(after) and not _closing(after[0]) and (len(after) == 1 or not _closing(after[1]))


def _reversed_pair(text: str, closing: re.Match[str], opening: re.Match[str]) -> MarkProblem:
    """The problem of a pair written the wrong way round, `{/lang}Blue Heart{lang=en}` (typed
    in a right-to-left editor, a Persian translator's trial: two errors said to remove the
    one and close the other): one, at the closing mark, with the pair the right way round."""
    tag = opening[1].strip(" =:")
    words = text[closing.end() : opening.start()].strip()
    return MarkProblem(
        closing.start(),
        closing[0],
        f"comes before its opening mark '{opening[0]}': the two are reversed",
        f"reversed: write {{lang={tag}}}{words}{END}",
    )


def _unbraced(mark: re.Match[str]) -> MarkProblem:
    """The problem of a mark whose closing brace is missing (`{/lang` before the next words,
    `{lang=en Blue Heart`): one, at the mark, with the mark to write. Its brace was also a
    placeholder "it never closes" (`ref.field`), at the same place, with a placeholder's
    advice (a translator's trial: two errors for one cause)."""
    if _closing(mark):
        fix = f"write {END}"
    else:
        tag = re.split(r"[=:]", mark[0], maxsplit=1)[1].strip()
        fix = f"write {{lang={tag}}}" if tag else "write {lang=xx}, xx the words' language tag"
    return MarkProblem(mark.start(), mark[0], "has no closing brace '}'", fix)


def mark_starts(text: str) -> set[int]:
    """Where each language mark of `text` begins (a good one, or one that is not one), by
    index: a brace there is the mark's, never a `{field}` placeholder's."""
    return {m.start() for m in ANY.finditer(text)} if "{" in text else set()


def _unclosed(opened: re.Match[str], before: str) -> MarkProblem:
    return MarkProblem(
        opened.start(),
        opened[0],
        f"is never closed{before}",
        "write {/lang} after the words in that language",
    )
