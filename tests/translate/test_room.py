"""The room budget of a known slot, worked out by hand from the mini kit's `text` layout and
the CJK font's advances (read with fontTools, not the text stage)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import polib
from fontTools.ttLib import TTFont

from ..kits import ROOT, cli, mini_copy

ZH = "language: zh\nname: Chinese\nstatus: draft\nstrings:\n  word: 中中\n  emblem_alt: 心心\n"


def cjk_em(chars: str) -> float:
    """Mean advance (em) of `chars` in the font fonts.yaml gives Chinese."""
    font = TTFont(next((ROOT / "fonts").glob("**/NotoSansSC-Regular.*")), fontNumber=0)
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    upem = font["head"].unitsPerEm
    return sum(hmtx[cmap[ord(c)]][0] for c in chars) / len(chars) / upem


def test_room_of_the_text_slot(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path)
    (kit / "materials/strings/zh.yaml").write_text(ZH, encoding="utf-8")
    po_path = tmp_path / "zh.po"
    status, out = cli("strings", "export", "--lang", "zh", "--kit", kit, "-o", po_path)
    assert status == 0, out
    word = next(e for e in polib.pofile(str(po_path)) if e.msgctxt == "word")
    # slot 'word': 14 x 14 mm, 12 pt down to 6, leading 1.2. At 6 pt an em is 2.1167 mm and a
    # line 2.54 mm: 5 lines. The texts measured are "中中 心心": four ideographs and a space.
    em = cjk_em("中中 心心")
    per_line = math.floor(14 / (6 * 25.4 / 72 * em))
    assert (round(em, 3), per_line) == (0.845, 7)
    assert (
        "room: text slot 'word', 14 x 14 mm, 12 pt (down to 6): up to 5 line(s) of about "
        "7 characters, 35 in all at 6 pt"
    ) in word.comment.splitlines()


def test_a_language_without_texts_is_measured_on_its_script(tmp_path: Path) -> None:
    """No texts yet and another script than the source's: the letters of its font that the
    Latin font lacks (for Chinese: kana and ideographs, 1 em each), a space every fifth."""
    kit = mini_copy(tmp_path)
    empty = ZH.replace("strings:\n  word: 中中\n  emblem_alt: 心心\n", "strings: {}\n")
    (kit / "materials/strings/zh.yaml").write_text(empty, encoding="utf-8")
    po_path = tmp_path / "zh.po"
    status, out = cli("strings", "export", "--lang", "zh", "--kit", kit, "-o", po_path)
    assert status == 0, out
    word = next(e for e in polib.pofile(str(po_path)) if e.msgctxt == "word")
    em = cjk_em("中中中中中 ")  # five ideographs and a space
    assert round(em, 3) == 0.871
    assert math.floor(14 / (6 * 25.4 / 72 * em)) == 7
    assert "up to 5 line(s) of about 7 characters, 35 in all at 6 pt" in word.comment
    assert word.msgstr == ""


def test_the_badge_rim_has_a_budget_as_long_as_the_room_it_is_given(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """The strings export gives the badge's rim (an arc-text slot, which had no budget) its
    room: the length of arc it may take, as the build gives it, before it runs into the
    words as the language sets them (a Tamil text: 49 mm, not the 70 mm of the circle's
    ends), and about how many characters that is; the same for every language, from the
    composed badge."""
    from campaign.diagnostics import Collector
    from campaign.fonts import load_fontbook
    from campaign.kit import load_kit
    from campaign.layout.compose import compose_content
    from campaign.layout.document import MM, ArcTextItem
    from campaign.resolve import resolve_kit

    ta = (
        "language: ta\nname: Tamil\nstatus: draft\nstrings:\n"
        "  badge: மனிதக் கடத்தலை ஒழிப்போம்\n"
        "  hashtags: '#endHT #30July #EndHumanTrafficking #நீலஇதயம்'\n"
    )
    kit = kit_copy(**{"materials/strings/ta.yaml": ta})
    loaded = load_kit(kit)
    for code in ("ta", "en"):
        content = resolve_kit(loaded, loaded.languages[code])
        fonts = load_fontbook(loaded.fonts_dir)
        doc = compose_content(loaded.layouts["badge-58"], content, fonts, Collector(), [])
        (arc,) = (i for i in doc.items if isinstance(i, ArcTextItem))
        po_path = tmp_path / f"{code}.po"
        status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", po_path)
        assert status == 0, out
        tags = next(e for e in polib.pofile(str(po_path)) if e.msgctxt == "hashtags")
        (rim,) = [line for line in tags.comment.splitlines() if "slot 'rim'" in line]
        ends = " before it runs into slot 'words'" if code == "ta" else ""
        assert rim.startswith(
            f"room: badge-58 slot 'rim', along the badge's rim, 6.3 pt: 1 line of "
            f"{arc.room / MM:.0f} mm{ends}, about "
        ), rim
        # the Tamil words' block ends it 20 mm short of the circle's ends
        assert 45 < arc.room / MM < 55 if code == "ta" else round(arc.room / MM) == 70


# a trial's Pashto label under the QR code (test data: a translator's draft)
PS = (
    "language: ps\nname: Pashto\nstatus: draft\nstrings:\n"
    "  qr_label: د لا زیاتو معلوماتو لپاره سکن کړئ\n"
)


def test_the_lines_promised_are_those_of_the_languages_line_height(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """The lines a slot holds are counted with the line advance the text stage gives the
    language's font (`paragraph.line_factor`): Noto Sans Arabic's lines are 1.55 times
    Latin's. A Pashto export promised the QR label's 7 mm frame "up to 3 line(s) of about
    19 characters, 57 in all at 6 pt", as for English; the trial's 33 characters took two
    lines and did not fit (0.2 mm too tall): one line fits."""
    from campaign.diagnostics import Collector
    from campaign.fonts import load_fontbook
    from campaign.kit import load_kit
    from campaign.layout.compose import compose_content
    from campaign.layout.document import TextItem
    from campaign.resolve import resolve_kit

    kit = kit_copy(**{"materials/strings/ps.yaml": PS})
    loaded = load_kit(kit)
    fonts = load_fontbook(loaded.fonts_dir)
    content = resolve_kit(loaded, loaded.languages["ps"])
    doc = compose_content(loaded.layouts["event-flyer-a5"], content, fonts, Collector(), [])
    (label,) = (i for i in doc.items if isinstance(i, TextItem) and i.slot == "qr-label")
    assert len(label.text.lines) == 2  # two lines, which do not fit
    assert label.text.overflow is not None
    promised = {}
    for code in ("ps", "en"):
        po_path = tmp_path / f"{code}.po"
        status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", po_path)
        assert status == 0, out
        entry = next(e for e in polib.pofile(str(po_path)) if e.msgctxt == "qr_label")
        (room,) = [
            line
            for line in entry.comment.splitlines()
            if line.startswith("room: event-flyer-a5 slot 'qr-label'")
        ]
        promised[code] = room
    assert "up to 1 line(s) of about" in promised["ps"], promised["ps"]
    assert "up to 3 line(s) of about" in promised["en"], promised["en"]  # as before
