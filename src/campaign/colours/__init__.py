"""Colour truth: each brand colour's screen value (sRGB) against what its print value (CMYK)
looks like on the press, and text/background contrast. The modules, each importing only
those before it:

- `difference`: `delta_e2000`, the CIEDE2000 colour difference (Sharma, Wu and Dalal, "The
  CIEDE2000 color-difference formula", Color Research and Application 30(1), 2005).
- `wcag`: `contrast`, the WCAG 2 contrast ratio of two sRGB colours (WCAG 2.1, "contrast
  ratio" and "relative luminance"); AA asks 4.5:1 for body text and 3:1 for large text
  (18 pt, or 14 pt bold: `needed_contrast`).
- `profiles`: colours through ICC profiles (LittleCMS via Pillow): `Press`, a print
  material's press condition; `print_vs_screen`, each colour's CMYK through the press
  profile (relative colorimetric, as a soft proof) and its sRGB, both to CIELAB (D50), and
  their ΔE2000; `screen_of_cmyk`, `printed_colours` (the soft proof's colours),
  `cmyk_of_rgb` and `on_press` (a screen colour's CMYK, what it shows as, their ΔE2000).
- `mismatch`: the `colour.mismatch` warnings: above MAX_DELTA_E the preview and the print
  disagree visibly (about 5 is where a lay viewer sees two colours side by side as
  different), for brand colours and the colours of SVG art (`art_mismatches`).
- `grounds` and `tips`: the grounds under a line of text's ink (PAPER where there is none),
  and those its glyphs' tips alone run onto.
- `text`: `contrast_problems`, text on its ground judged on the colours' `rgb` (the design,
  the digital PDF and the PNGs: an error below AA) and, in a print material, on what its
  press prints (each colour's `cmyk` through the press profile: a warning where only that
  falls below AA, PrintContrast).
- `art`: `art_contrast_problems`, text over a picture (a photo, SVG art with more than its
  ground) judged on the pixels under each of its lines (colour.contrast-art), which its caller
  draws (pipeline.compose, through render.underneath).
- `logos`: `logo_contrast_problems`, a logo with transparent parts that hardly shows on what
  is drawn under it (WCAG 2.1's non-text contrast, 1.4.11: 3:1), judged on its pixels as
  its caller draws them (likewise).

The public names are those of this package, as when it was one module.
"""

from __future__ import annotations

from .difference import delta_e2000
from .logos import FAINT_CONTRAST, FAINT_SHARE, logo_contrast_problems
from .mismatch import MAX_DELTA_E, art_mismatches, cached_mismatches, mismatches
from .profiles import (
    OnPress,
    Press,
    cmyk_of_rgb,
    lab_of_cmyk,
    lab_of_rgb,
    on_press,
    print_vs_screen,
    printed_colours,
    screen_of_cmyk,
)
from .text import ContrastError, PrintContrast, contrast_problems, line_list
from .wcag import AA_BODY, AA_LARGE, LARGE_BOLD_PT, LARGE_PT, contrast, luminance, needed_contrast

__all__ = [
    "AA_BODY",
    "AA_LARGE",
    "FAINT_CONTRAST",
    "FAINT_SHARE",
    "LARGE_BOLD_PT",
    "LARGE_PT",
    "MAX_DELTA_E",
    "ContrastError",
    "OnPress",
    "Press",
    "PrintContrast",
    "art_mismatches",
    "cached_mismatches",
    "cmyk_of_rgb",
    "contrast",
    "contrast_problems",
    "delta_e2000",
    "lab_of_cmyk",
    "lab_of_rgb",
    "line_list",
    "logo_contrast_problems",
    "luminance",
    "mismatches",
    "needed_contrast",
    "on_press",
    "print_vs_screen",
    "printed_colours",
    "screen_of_cmyk",
]
