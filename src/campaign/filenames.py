"""File names as people write them and as file systems keep them."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path


def unicode_twin(path: Path) -> Path | None:
    """The file or folder `path` names, when a name on the way is written in another Unicode
    normalisation form than the one on disk, else None (also when `path` exists as written,
    or two names on disk match).

    An accented letter has two forms: composed, "í" (U+00ED; NFC, what keyboards type and
    what Windows and Linux keep) and decomposed, "i" and U+0301 (NFD, what macOS's HFS+
    stored and what archives made on a Mac often carry). The two look the same on screen and
    in every message, so a kit's `logos/logo-asociación.svg` was "not found", with the hint
    "did you mean 'logos/logo-asociación.svg'?" (a regional office's trial). macOS matches
    the two forms itself; here each name of `path` that is missing is matched by its NFC
    form (Unicode Standard Annex #15) among its folder's entries."""
    if path.exists():
        return None
    current = Path(path.anchor) if path.is_absolute() else Path()
    for part in path.parts[1:] if path.is_absolute() else path.parts:
        step = current / part
        if step.exists() or part in ("..", "."):
            current = step
            continue
        want = unicodedata.normalize("NFC", part)
        try:
            found = [n for n in os.listdir(current) if unicodedata.normalize("NFC", n) == want]
        except OSError:  # no such folder, or not a folder
            return None
        if len(found) != 1:
            return None
        current = current / found[0]
    return current


def resolved(path: Path) -> Path:
    """`path` resolved (links followed), as the file on disk whose name is written in the
    other Unicode form where `path` itself is missing (`unicode_twin`)."""
    return (unicode_twin(path) or path).resolve()
