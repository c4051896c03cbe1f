"""A strings file (materials/strings/<code>.yaml): the texts of one language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from ..diagnostics import Mark
from .spec import Key


@dataclass(frozen=True)
class StringEntry:
    """One translated text: plain text, or a mapping with `text`, `short` and `note`."""

    key: str
    text: Annotated[str, Key("The full text.", required=True)]
    short: Annotated[
        str | None, Key("A shorter variant used when the full text does not fit its slot.")
    ]
    mark: Mark
    note: Annotated[str | None, Key("Context for translators; never printed.")] = None


@dataclass(frozen=True)
class Language:
    """One strings file: the texts of one language and how to set them."""

    code: Annotated[
        str,
        Key(
            "BCP 47 language code (en, fr, zh-Hans, pt-BR); must match the file name.",
            yaml="language",
            required=True,
        ),
    ]
    name: Annotated[str, Key("The language's English name.", required=True)]
    native_name: Annotated[
        str, Key("The language's name in itself (default: `name`).", default=None)
    ]
    status: Annotated[
        Literal["draft", "reviewed"],
        Key("Whether a native speaker has reviewed the translation.", default="draft"),
    ]
    script: Annotated[
        str,
        Key(
            "ISO 15924 script (Latn, Arab, Deva...); default: from the language code.", default=None
        ),
    ]
    direction: Annotated[
        str,
        Key("Writing direction; default: from the script.", default=None, choices=("ltr", "rtl")),
    ]
    digits: Annotated[
        str,
        Key("Digits numbers are written in (latn, arab, deva...).", default="latn", form="digits"),
    ]
    strings: Annotated[
        dict[str, StringEntry],
        Key(
            "The texts by key; every key of the source language is needed.",
            required=True,
            form="strings",
        ),
    ]
    path: Path
    pseudo: bool = False
    fields: Annotated[
        dict[str, StringEntry],
        Key(
            "This language's own values of campaign fields (a local helpline); empty means "
            '"not filled in yet".',
            form="fields",
        ),
    ] = field(default_factory=dict)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"
