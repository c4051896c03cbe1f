"""Armenian capitals (text.case): the ligature և (U+0587) is ԵՎ in Eastern Armenian (hy), as
ICU's `hy` uppercasing gives it, and ԵՒ, Unicode's default, in Western Armenian (hy-arevmda,
CLDR's hyw). A Europe and Central Asia office's trial: its badge and day line, set in capitals,
spelt ԵՒ for readers in Armenia. Checked on the text as set: the characters of each line and
the glyphs the Armenian font draws for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.build import check
from campaign.layout.document import Page
from campaign.text.case import upper

# "Armenia and the world": և as a word and inside one (Երևան, Yerevan)
BADGE = "Երևան և աշխարհ"


def strings(code: str) -> str:
    return (
        f"language: {code}\nname: Armenian\nstatus: draft\nstrings:\n"
        f"  badge:\n    text: {BADGE}\n"
        "  day:\n    text: Համաշխարհային օր Երևանում · հուլիսի 30\n"
    )


def page(kit: Path, lang: str, material: str) -> Page:
    _, jobs, _ = check(kit, (lang,), (material,))
    return jobs[0].page


def set_text(p: Page, slot: str) -> tuple[str, str]:
    """The slot's lines as characters, and as the characters of the glyphs drawn (each
    glyph's character in the face's own cmap), lines joined by a space."""
    item = next(i for i in p.items if i.slot == slot)
    chars, glyphs = [], []
    for line in item.text.lines:  # type: ignore[union-attr]
        runs = sorted(line.runs, key=lambda r: r.start)
        chars.append("".join(r.text for r in runs))
        drawn = ""
        for run in runs:
            font = run.face.hb_font
            cmap: dict[int, str] = {}
            for cp in sorted(run.face.cmap):  # a glyph's lowest code point: a space, not U+00A0
                cmap.setdefault(font.get_nominal_glyph(cp), chr(cp))
            drawn += "".join(cmap.get(g.gid, "?") for g in run.glyphs)
        glyphs.append(drawn)
    return " ".join(chars), " ".join(glyphs)


@pytest.mark.parametrize(
    ("code", "capitals"),
    [
        ("hy", "ԵՐԵՎԱՆ ԵՎ ԱՇԽԱՐՀ"),  # Eastern Armenian: ech + vew
        ("hy-arevmda", "ԵՐԵՒԱՆ ԵՒ ԱՇԽԱՐՀ"),  # Western Armenian: ech + yiwn, as Unicode's default
    ],
)
def test_armenian_capitals_as_set(kit_copy: Callable[..., Path], code: str, capitals: str) -> None:
    kit = kit_copy(**{f"materials/strings/{code}.yaml": strings(code)})
    assert set_text(page(kit, code, "badge-58"), "words") == (capitals, capitals)
    day = set_text(page(kit, code, "flyer-a5"), "day")[1]
    assert day.startswith("ՀԱՄԱՇԽԱՐՀԱՅԻՆ ՕՐ " + capitals[:6]), day


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("hy", "ԵՎ"),
        ("hy-AM", "ԵՎ"),
        ("hye", "ԵՎ"),
        ("HY_am", "ԵՎ"),
        ("hy-arevmda", "ԵՒ"),
        ("hy-AM-arevmda", "ԵՒ"),
        ("hyw", "ԵՒ"),
        ("en", "ԵՒ"),  # Unicode's default (SpecialCasing.txt)
        ("ru", "ԵՒ"),
    ],
)
def test_ech_yiwn_by_language(lang: str, expected: str) -> None:
    assert upper("և", lang) == expected
