"""fonts/fonts.yaml: the font families shipped with a kit and the scripts each sets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from .spec import Key


@dataclass(frozen=True)
class FontFamily:
    """One family: its files (relative to fonts/) and the scripts it is the first choice for."""

    name: str
    regular: Annotated[Path, Key("The regular weight's file.", required=True, form="font")]
    scripts: Annotated[
        tuple[str, ...],
        Key(
            "ISO 15924 scripts this family is the first choice for (Latn, Arab...); a script "
            "listed by two families is the first one's. The first family listing Latn is the "
            "Latin font: Latin words in every language, the fallback, the slug.",
            required=True,
        ),
    ]
    bold: Annotated[Path | None, Key("The bold weight's file.", form="font")] = None
    languages: Annotated[
        tuple[str, ...],
        Key(
            "BCP 47 languages this family is the first choice for, ahead of the script's "
            "family: ja, ko, zh-Hant (Han characters look different in each). A page's "
            "language matches as language-script (zh-Hant, also for zh-TW), then its full "
            "code, then the language alone."
        ),
    ] = ()
    leading: Annotated[
        float | None,
        Key(
            "Multiplies a style's line spacing for text in this family (stacked marks); "
            "default: from the font's ascender and descender.",
            unit="x",
            low=1.0,
            high=3.0,
        ),
    ] = None


@dataclass(frozen=True)
class FontList:
    """fonts.yaml: every family of the kit."""

    families: Annotated[
        dict[str, FontFamily], Key("Font families by name.", required=True, what="font family")
    ]
