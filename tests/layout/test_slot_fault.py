"""A slot of several texts (`string: [a, b]`, `field: [...]`, or both) that does not fit is
told at the text at fault, at its line, and names it (text.fit.at_fault): the one whose word
is too wide, the one past the style's `max_lines`, or the one without which the others fit.
Every such error was told at the slot's first text: a second call to act five lines long
was reported at the first call's line, with the first's hint. And a style's `max_lines` is
the most lines each paragraph may take, as docs/reference/layout.md says: it counted the
slot's lines in all, so a slot of two one-line texts in a `max_lines: 1` style never fit."""

from __future__ import annotations

from pathlib import Path

from ..kits import check, mini_copy

TEXT = """\
title: Text
kind: poster
trim: [20, 20]
bleed: 3
safe: 2
marks: false
styles:
  word: {{weight: bold, size: 12, min_size: 6, colour: black, align: start{style}}}
slots:
  - {{name: ground, kind: shape, fill: white, bleed: all, frame: {{start: 0, top: 0, width: 20, height: 20}}}}
  - {{name: word, kind: text, role: heading, {texts}, style: word{slot},
     frame: {{start: 3, top: 3, width: 14, height: {height}}}}}
min_type_pt: 3
"""  # noqa: E501
BADGE = """\
title: Badge
kind: badge
trim: [20, 20]
bleed: 3
safe: 1
badge: {face: 16, cut: 20, safe: 1.5}
styles:
  rim: {weight: bold, size: 5, colour: white}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 20, height: 20}}
  - {name: rim, kind: arc-text, string: [word, call], style: rim, side: bottom,
     frame: {start: 3.5, top: 3.5, width: 13, height: 13}}
min_type_pt: 3
"""  # noqa: E501


def told(
    tmp_path: Path,
    call: str,
    texts: str = "string: [word, call]",
    height: float = 14,
    style: str = "",
    slot: str = "",
    fields: str = "",
    layout: str = "",
) -> tuple[int, str]:
    """`check` of the mini kit's English, its text layout's slot 'word' setting `texts`
    (strings word, 'Heart', and call, `call`) in a frame `height` mm tall; `style` and
    `slot` add keys to the style and the slot, `fields` to campaign.yaml's `fields:`, and
    `layout` replaces the layout checked (the file badge.yaml)."""
    edits = {"strings/en.yaml": ("word: Heart", f"word: Heart\n  call: {call}")}
    if fields:
        edits["campaign.yaml"] = ("links:", f"fields:\n{fields}links:")
    kit = mini_copy(tmp_path / "kit", edits)
    layouts = kit / "materials" / "layouts"
    if layout:
        (layouts / "badge.yaml").write_text(layout, encoding="utf-8")
    else:
        text = TEXT.format(texts=texts, height=height, style=style, slot=slot)
        (layouts / "text.yaml").write_text(text, encoding="utf-8")
    code, out = check(kit, "--only", "badge" if layout else "text", "--lang", "en")
    return code, out.replace(str(kit.resolve()) + "/", "")


def test_a_text_too_tall_is_told_at_the_text_that_takes_the_room(tmp_path: Path) -> None:
    """'Heart' fits the 8 mm frame alone; the second string's long call takes the room."""
    code, out = told(tmp_path, "Join the campaign today and tomorrow and every day after", height=8)
    assert code == 1, out
    assert (
        "materials/strings/en.yaml:6:3: error[text.overflow]: text [en] 'word, call': text does "
        "not fit slot 'word' even at 6 pt: 10.7 mm (5 line(s)) too tall; 'call' takes the "
        "room: without it the slot's other texts fit\n"
        "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot "
        "(text.yaml:11) or lower the style's min_size\n"
    ) in out, out


def test_a_word_too_wide_is_told_at_the_text_that_has_it(tmp_path: Path) -> None:
    code, out = told(tmp_path, "Join 0000000000000000")
    assert code == 1, out
    assert (
        "materials/strings/en.yaml:6:3: error[text.overflow]: text [en] 'word, call': text does "
        "not fit slot 'word' even at 6 pt: a word of 'call' is 5.4 mm too wide\n"
    ) in out, out


def test_a_field_at_fault_is_told_at_the_field_with_a_fields_hint(tmp_path: Path) -> None:
    """A string and a field: the field's web address, too wide for the frame, is told at
    its line of campaign.yaml (a campaign's field was told at the file's first line), with
    what to do about a field (a short form), not at the string's line with a translator's
    hint."""
    code, out = told(
        tmp_path,
        "Join",
        texts="string: word, field: web",
        fields="  web: https://example.org/abcdefghijklmnopqrstuvwxyz0123456789\n",
    )
    assert code == 1, out
    assert (
        "materials/campaign.yaml:22:3: error[text.overflow]: text [en] 'word, web': text does "
        "not fit slot 'word' even at 6 pt: a word of 'web' is 29.5 mm too wide\n"
    ) in out, out
    assert (
        "  hint: shorten it in campaign.yaml, or give it a short form printed where it does not "
        'fit (web: {text: "...", short: "..."}; for a web address, a shorter one that leads to '
        "the same page), or enlarge the slot (text.yaml:11) or lower the style's min_size\n"
    ) in out, out


def test_max_lines_is_each_paragraphs(tmp_path: Path) -> None:
    """Two one-line texts in a `max_lines: 1` style fit: a line each."""
    code, out = told(tmp_path, "Join", style=", max_lines: 1")
    assert code == 0, out
    assert out.endswith("lay out cleanly\n"), out


def test_a_paragraph_past_max_lines_is_told_at_its_line(tmp_path: Path) -> None:
    """'Heart' takes one line; the call, too long for one line even at 6 pt, two."""
    code, out = told(tmp_path, "Join the campaign", style=", max_lines: 1")
    assert code == 1, out
    assert (
        "materials/strings/en.yaml:6:3: error[text.overflow]: text [en] 'word, call': text does "
        "not fit slot 'word' even at 6 pt: 1 line(s) more than the style allows; 'call' takes "
        "2 lines, and the style's max_lines is 1 for each paragraph\n"
    ) in out, out


def test_a_slot_left_out_names_its_text_at_fault(tmp_path: Path) -> None:
    """`overset: omit`: the warning quotes the text at fault, at its line."""
    long = "Join the campaign today and tomorrow and every day after"
    code, out = told(tmp_path, long, height=8, slot=", overset: omit")
    assert code == 0, out
    assert (
        "materials/strings/en.yaml:6:3: warning[text.omitted]: text [en] 'call': slot 'word' "
        f"is left out: '{long}' does not fit it even at 6 pt; 'call' takes the room: without it "
        "the slot's other texts fit\n"
    ) in out, out


def test_a_rim_too_long_is_told_at_the_text_that_takes_the_room(tmp_path: Path) -> None:
    code, out = told(tmp_path, "BlueHeartCampaignEverywhere", layout=BADGE)
    assert code == 1, out
    assert (
        "materials/strings/en.yaml:6:3: error[text.rim]: badge [en] slot 'rim' 'word, call': "
        "rim text is 36 mm long but the rim has room for 17 mm; 'call' takes the room: without "
        "it the rim's other texts fit\n"
    ) in out, out


def test_a_character_the_setting_makes_is_told_at_the_text_that_sets_it(
    tmp_path: Path,
) -> None:
    """A style in capitals makes 'Ⓑ' of the call's 'ⓑ': no font has the capital, and the
    text it is set from is the call, not the slot's first text."""
    code, out = told(tmp_path, "Join ⓑ", style=", uppercase: true")
    assert code == 1, out
    assert (
        "materials/strings/en.yaml:6:3: error[text.no-glyph]: [en] 'call': 'Ⓑ' (U+24B7 CIRCLED "
        "LATIN CAPITAL LETTER B) has no glyph in any font; needed by string(s) 'call' (text)\n"
    ) in out, out
    code, out = told(tmp_path / "omit", "Join ⓑ", style=", uppercase: true", slot=", overset: omit")
    assert code == 0, out
    assert (
        "materials/strings/en.yaml:6:3: warning[text.omitted]: text [en] 'call': slot 'word' is "
        "left out: 'Join ⓑ' has 'Ⓑ' (U+24B7 CIRCLED LATIN CAPITAL LETTER B), which no font has\n"
    ) in out, out
