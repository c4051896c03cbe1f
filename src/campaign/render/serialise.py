"""reportlab's serialiser of a document's objects (pdfdoc.format, PDFName, pdfdocEnc) with the
same results in fewer steps, put in place for one canvas (`quick_serialiser`, from
render.pdf.reportlab_settings) and put back after it.

Saving an event flyer formats about 370 elements through `pdfdoc.format`, names 160
dictionary keys with `PDFName` (which escapes a name a character at a time) and encodes 380
strings with reportlab's `extpdfdoc` codec (a Python function per call). Here a name is
escaped once per process (`name`), a string of the characters the codec writes as
themselves is encoded by Python's ASCII codec (`encoded`), and numbers, strings and bytes
are formatted without the checks for objects (`formatted`); anything else is reportlab's
own. Drawing the print PDFs of 30 merged event flyers took 0.84 of the instructions
(callgrind). tests/render/test_serialise.py compares each with reportlab's on generated
values, and the kit's print PDFs made with and without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc

# reportlab's own, kept at import (before any canvas put ours in place)
RL_FORMAT: Callable[..., bytes] = pdfdoc.format
RL_NAME: Callable[[str], str] = pdfdoc.PDFName
RL_ENCODE: Callable[[Any], bytes] = pdfdoc.pdfdocEnc

# the ASCII characters extpdfdoc does not write as themselves: U+0018 to U+001F are PDFDoc's
# breve, caron, circumflex... (ISO 32000-1, D.2), which it has no code for as controls
_NOT_ASCII_ALIKE = re.compile("[\x18-\x1f]")


def encoded(text: object) -> bytes:
    """pdfdoc.pdfdocEnc: a str in reportlab's extpdfdoc encoding, anything else as it is;
    ASCII without U+0018 to U+001F by Python's ASCII codec (the same bytes)."""
    if type(text) is str and text.isascii() and not _NOT_ASCII_ALIKE.search(text):
        return text.encode("ascii")
    return RL_ENCODE(text)


@lru_cache(maxsize=4096)
def name(data: str) -> str:
    """pdfdoc.PDFName, once per process for each name (a document's keys are few and the
    same from file to file)."""
    return RL_NAME(data)


def formatted(element: object, document: object, toplevel: int = 0) -> bytes:
    """pdfdoc.format: bytes as they are, a str encoded (`encoded`), an int or float as
    fp_str writes it (a bool is no int here, as in reportlab: `type`, not isinstance); any
    other element reportlab's way."""
    kind = type(element)
    if kind is bytes:
        return element  # type: ignore[return-value]
    if kind is str:
        return encoded(element)
    if kind is float or kind is int:
        return encoded(fp_str(element))
    return RL_FORMAT(element, document, toplevel)


@contextmanager
def quick_serialiser() -> Iterator[None]:
    """`formatted`, `name` and `encoded` in place of pdfdoc's own for the block (reportlab's
    pdfdoc calls them by their module's names); reportlab's again after it. Without
    `rl_config.invariant` reportlab may write comments in a file: its own are kept then."""
    if not rl_config.invariant:
        yield
        return
    saved = (pdfdoc.format, pdfdoc.PDFName, pdfdoc.pdfdocEnc)
    pdfdoc.format, pdfdoc.PDFName, pdfdoc.pdfdocEnc = formatted, name, encoded
    try:
        yield
    finally:
        pdfdoc.format, pdfdoc.PDFName, pdfdoc.pdfdocEnc = saved
