"""Slips of the zero-width non-joiner (ZWNJ, U+200C) in a text, which print as typed and read
wrong (`translate.zwnj`, `zwnj_warnings`: at a strings import, in `check`, and in a
merged event's text cells, where an organiser types Persian too).

Persian writes ZWNJ inside a word to keep two of its parts apart without a space: نشانه‌ها
("signs"), می‌توانید ("you can"); Kurdish, Urdu and the Indic scripts write it too (The
Unicode Standard 15.1, 23.2 "Layout Controls", "Cursive Connection"; Iran's national
standard ISIRI 6219 for Persian). It stands between two letters. A space beside it (`نشانه‌
ها` in a Persian translator's workbook, a trial) prints the space: the reader sees two
words. Two in a row, or one at a text's start or end, keeps nothing apart: a slip of the
keyboard that prints as nothing."""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Diagnostic, Mark, Severity

ZWNJ = "\u200c"


@dataclass(frozen=True)
class Slip:
    """One slip: `index` (from 0) of its first ZWNJ in the text; `what` it is, `typed` the
    words around it as typed ("" at the text's start or end), `effect` what it does in
    print and `hint` what to type instead, as a message says them."""

    index: int
    what: str
    typed: str
    effect: str
    hint: str


def _space_name(ch: str) -> str:
    return "a line break" if ch in "\n\r" else "a space"


def _quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def zwnj_slips(text: str) -> list[Slip]:
    """Each ZWNJ slip of `text`, in its order: a ZWNJ with white space (a space, a no-break
    space, a line break) after or before it, two or more in a row, one at the text's start or
    end (after or before its white space). A ZWNJ between two characters that are not white
    space is no slip, whatever they are."""
    out: list[Slip] = []
    if ZWNJ not in text:  # most texts: no walk of their characters
        return out
    i = 0
    while i < len(text):
        if text[i] != ZWNJ:
            i += 1
            continue
        start, end = _run(text, i)  # the ZWNJ and white space around this one
        slip = _slip(text, start, end)
        if slip is not None:
            out.append(slip)
        i = end
    return out


def _run(text: str, i: int) -> tuple[int, int]:
    """The span of the run of ZWNJ and white space around the ZWNJ at index `i`."""
    start, end = i, i
    while start > 0 and (text[start - 1].isspace() or text[start - 1] == ZWNJ):
        start -= 1
    while end < len(text) and (text[end].isspace() or text[end] == ZWNJ):
        end += 1
    return start, end


def _slip(text: str, start: int, end: int) -> Slip | None:
    """The slip of the run of ZWNJ and white space `text[start:end]`; None for one ZWNJ
    between two letters (or other characters that are no white space)."""
    run = text[start:end]
    first = start + run.index(ZWNJ)
    if not text[:start] or not text[end:].strip():
        where = "start" if not text[:start] else "end"
        return Slip(
            first,
            f"a zero-width non-joiner (U+200C) at the text's {where}",
            "",
            "it keeps no letters apart",
            "remove it",
        )
    if run == ZWNJ:
        return None
    word_start, word_end = start, end
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    while word_end < len(text) and not text[word_end].isspace():
        word_end += 1
    typed = text[word_start:word_end]
    fix = _quoted(text[word_start:start] + ZWNJ + text[end:word_end])
    joiners = run.count(ZWNJ)
    if run == ZWNJ * joiners:
        return Slip(
            first,
            f"{joiners} zero-width non-joiners (U+200C) in a row",
            typed,
            "one keeps the letters apart, "
            + ("the second does nothing" if joiners == 2 else "the others do nothing"),
            f"write one: {fix}",
        )
    spaces = [ch for ch in run if ch != ZWNJ]
    if run[0] != ZWNJ and run[-1] != ZWNJ:
        side = f"between {_space_name(spaces[0])} and {_space_name(spaces[-1])}"
    else:
        side = ("followed by " if run[0] == ZWNJ else "preceded by ") + _space_name(spaces[0])
    return Slip(
        first,
        f"a zero-width non-joiner (U+200C) {side}",
        typed,
        "it prints as two words",
        f"remove the space: {fix} is one word, whose parts the non-joiner alone keeps apart",
    )


def zwnj_warnings(what: str, text: str, mark: Mark | None) -> list[Diagnostic]:
    """A `translate.zwnj` warning for each slip of `text`'s zero-width non-joiners
    (`zwnj_slips`: a space beside one, two in a row, one at an end), saying `what` has it
    ("'cta_join': the translation" at a strings import, as `translate.typography`'s other
    warnings; "row 2, column title (C): the cell" in a merged event's cell), at `mark`, with
    the character it is at (from 1) and what to type."""
    return [
        Diagnostic(
            "translate.zwnj",
            f"{what} has {slip.what}"
            + (f" in \u201c{slip.typed}\u201d" if slip.typed else "")
            + f" (character {slip.index + 1}): {slip.effect}",
            mark,
            (slip.hint,),
            Severity.WARNING,
        )
        for slip in zwnj_slips(text)
    ]
