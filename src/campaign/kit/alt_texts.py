"""Alternative texts of the layouts' pictures that say nothing of them (`alt_words`): a
`layout.alt-text` warning at the text in its strings file, for each language."""

from __future__ import annotations

from ..alt_words import FIX, says_nothing
from ..diagnostics import Subject
from ..model import HeartsSlot, ImageSlot, Language, Layout, ShapeSlot, SvgSlot
from .spec import Context

# the slots whose `alt:` describes a picture (a QR code's names its label; a text's is its
# words' stand-in)
PICTURES = (ImageSlot, SvgSlot, ShapeSlot, HeartsSlot)


def check_alt_texts(
    layouts: dict[str, Layout], languages: dict[str, Language], ctx: Context
) -> None:
    """A warning at each strings file's text of a key that a picture slot of a layout names
    as its `alt:`, where that text is a file name or only a word for "logo", "image",
    "photo" (`alt_words.says_nothing`); once per language and key, naming the first slot."""
    keys: dict[str, str] = {}  # string key -> the first slot naming it (layout slot)
    for layout in layouts.values():
        for slot in layout.slots:
            if isinstance(slot, PICTURES) and slot.alt and slot.alt not in keys:
                keys[slot.alt] = f"{layout.id} slot '{slot.name}'"
    for code, lang in sorted(languages.items()):
        for key, where in keys.items():
            entry = lang.strings.get(key)
            why = says_nothing(entry.text) if entry is not None else None
            if entry is None or why is None:
                continue
            ctx.errs.warn(
                "layout.alt-text",
                f"the alternative text of {where} is '{entry.text}': "
                f"{why}, which tells a screen reader's listener nothing of what it shows",
                entry.mark,
                FIX,
                subject=Subject(language=code, key=key),
            )
