"""Pseudo-locales, made from the source language on the fly to stress layouts before real
translations arrive:

- `en-XA`: accented Latin, about 40 % longer, in brackets (shows clipped or overflowing text
  and hard-coded strings);
- `ar-XB`: the same words forced right-to-left in a right-to-left paragraph (shows what does
  not mirror).

Links, hashtags and phone numbers are left intact in both.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Language, StringEntry
from .text.scripts import link_spans

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
VOWELS = set("aeiouyAEIOUY")
GROWTH = 0.4
PSEUDO_CODES = ("en-XA", "ar-XB")  # the pseudo-locales pseudo_languages() derives
RLO, PDF = "\u202e", "\u202c"


def _outside_links(text: str, fn: object) -> str:
    out, pos = [], 0
    for a, b in link_spans(text):
        out += [fn(text[pos:a]), text[a:b]]  # type: ignore[operator]
        pos = b
    out.append(fn(text[pos:]))  # type: ignore[operator]
    return "".join(out)


def _longer(words: str) -> str:
    """Accent every letter and double vowels until the text is about 40 % longer."""
    target = int(len(words) * GROWTH)
    out = []
    for ch in words:
        out.append(ch.translate(ACCENTED))
        if target > 0 and ch in VOWELS:
            out.append(ch.translate(ACCENTED))
            target -= 1
    text = "".join(out)
    return text + "·" * max(0, target // 2) if target > 0 else text


def accented(text: str) -> str:
    return "[" + _outside_links(text, _longer) + "]"


def mirrored(text: str) -> str:
    def flip(part: str) -> str:
        return " ".join(RLO + w + PDF if w else w for w in part.split(" "))

    return _outside_links(text, flip)


def pseudo_languages(source: Language) -> list[Language]:
    def derive(code: str, name: str, direction: str, fn: object) -> Language:
        strings = {
            k: StringEntry(k, fn(e.text), fn(e.short) if e.short else None, e.mark)  # type: ignore[operator]
            for k, e in source.strings.items()
        }
        return replace(
            source,
            code=code,
            name=name,
            native_name=name,
            status="draft",
            direction=direction,
            digits="latn",
            strings=strings,
            pseudo=True,
        )

    return [
        derive("en-XA", "Pseudo (accented, 40 % longer)", "ltr", accented),
        derive("ar-XB", "Pseudo (mirrored right-to-left)", "rtl", mirrored),
    ]
