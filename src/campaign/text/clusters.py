"""Text that its font cannot set as written: broken clusters, marks typed twice, Zawgyi.

- **Broken clusters.** HarfBuzz's shapers for scripts whose syllables have a grammar
  (Myanmar, Khmer, the Indic scripts and those of the Universal Shaping Engine) insert the
  font's DOTTED CIRCLE (U+25CC) before a mark or vowel sign that has no letter to sit on, as
  Unicode's "Orthographic syllables" rules ask (The Unicode Standard, 2.11 and 12.1): a
  vowel sign typed before its consonant (Khmer េ before ប), a syllable of Burmese text in
  the Zawgyi encoding. Printed, the page shows ◌ where a letter should be. `broken` finds
  them in shaped runs: a glyph that is the font's dotted circle where the text has none.
- **Marks typed twice.** A nonspacing mark that follows itself (Thai ด่่วน, a tone mark
  twice) is drawn twice, stacked; no shaper refuses it. `repeated_marks` finds them.
- **Zawgyi.** Burmese was long typed in Zawgyi, a font encoding that puts Burmese letters on
  code points Unicode gives to others (a vowel sign before its consonant, medials as
  letters): in a Unicode font it reads as garbage, sometimes without a dotted circle.
  `zawgyi_probability` is Google's myanmar-tools detector (a Markov model of both
  encodings, Apache-2.0: https://github.com/google/myanmar-tools), which its authors
  tune to a threshold of 0.95 for "this is Zawgyi" (`ZAWGYI_LIKELY`).
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .scripts import default_ignorable

if TYPE_CHECKING:
    from ..fonts import FontFace
    from .paragraph import Run

DOTTED_CIRCLE = "\u25cc"
ZAWGYI_LIKELY = 0.95  # myanmar-tools' README: "a threshold of 0.95 is recommended"
MYANMAR = range(0x1000, 0x10A0)  # the Myanmar block, where Zawgyi puts its letters

# the dotted circle's glyph of each face, by identity (a face stays alive with its kit)
_DOTTED: dict[int, tuple[FontFace, int | None]] = {}


def dotted_circle(face: FontFace) -> int | None:
    """The glyph id the face draws U+25CC with, or None when it has none (HarfBuzz then
    inserts nothing)."""
    found = _DOTTED.get(id(face))
    if found is None or found[0] is not face:
        found = _DOTTED[id(face)] = (face, face.hb_font.get_nominal_glyph(ord(DOTTED_CIRCLE)))
    return found[1]


def broken(runs: tuple[Run, ...]) -> Iterator[int]:
    """The index in the runs' source text (the paragraph) of each character before which a
    shaper put a dotted circle the text does not have: the character that could not attach
    (a mark, a vowel sign, a medial). Runs in their order, once per cluster."""
    for run in runs:
        circle = dotted_circle(run.face)
        if circle is None:
            continue
        source = run.source
        seen: set[int] = set()
        for g in run.glyphs:
            if g.gid == circle and g.cluster not in seen and source[g.cluster] != DOTTED_CIRCLE:
                seen.add(g.cluster)
                yield g.cluster


@lru_cache(maxsize=4096)
def repeated_marks(text: str) -> tuple[int, ...]:
    """The index of each nonspacing mark (category Mn) that follows the same mark: typed
    twice. Marks that draw nothing (Unicode's Default_Ignorable_Code_Point: variation
    selectors, the combining grapheme joiner, Khmer's inherent vowels) are left out."""
    out = []
    for i in range(1, len(text)):
        ch = text[i]
        if ch == text[i - 1] and unicodedata.category(ch) == "Mn" and not default_ignorable(ch):
            out.append(i)
    return tuple(out)


@lru_cache(maxsize=4096)
def zawgyi_probability(text: str) -> float:
    """The probability (0 to 1) that the Burmese in `text` is in the Zawgyi encoding, by
    myanmar-tools' detector; 0.0 for text without Myanmar letters (the detector is not
    loaded then)."""
    if not any(ord(c) in MYANMAR for c in text):
        return 0.0
    probability = float(_detector().get_zawgyi_probability(text))
    return max(0.0, probability)  # -inf: no Myanmar letter it knows


@lru_cache(maxsize=1)
def _detector() -> Any:
    """myanmar-tools' detector, its model read once per process. myanmartools 1.2.1 reads it
    with importlib.resources.open_binary, which Python 3.11 deprecates: that warning is the
    library's, not ours to show."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from myanmartools import ZawgyiDetector  # type: ignore[import-untyped]

        return ZawgyiDetector()
