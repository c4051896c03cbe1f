"""A text that copy-fit sets in its `short:` variant is told (`text.short-variant`, a note):
the headline of a poster whose frame a designer made 50 mm tall printed "Leave No Child
Behind" for the whole theme, and an office's long `cta_join` made the campaign's other calls
print their short variants, with `check` and `build` saying the pages "lay out cleanly". One
note per cause, naming the languages and sizes: the frame (at its line, how many mm it
lacks), or the text that takes the room (at its line: the office's own file). A designed
fallback, not a fault: --strict does not fail it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..kits import check, cli, mini_copy

FULL_EN = "word: {text: Heartbeats Heartbeats Heartbeats, short: Heart}"
FULL_AR = "word: {text: قلب قلب قلب قلب قلب قلب, short: قلب}"
FRAME = ("width: 14, height: 14}", "width: 14, height: 4}")
SMALL = {
    "strings/en.yaml": ("word: Heart", FULL_EN),
    "strings/ar.yaml": ("word: قلب", FULL_AR),
    "layouts/text.yaml": FRAME,
}
FRAME_NOTE = (
    "materials/layouts/text.yaml:12:72: note[text.short-variant]: text slot 'word' 'word': "
    "'word' prints its short variant: its full text does not fit the frame even at the "
    "style's min_size of 6 pt (the frame is 3.9 mm too short) (in 2 languages: en, ar; the "
    "most in ar)\n"
    "  hint: a designed fallback, not a fault: to print the full text, make the frame 3.9 mm "
    "taller, lower the style's min_size, or shorten the text\n"
)
SHORTS = "lay out, with texts in their short variants (1 note(s) above)"


def test_a_frame_too_small_for_the_full_text_is_one_note_at_the_frame(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", SMALL)
    status, out = check(kit, "--only", "text", "--lang", "en,ar", "--strict")
    assert status == 0, out  # a note: --strict does not fail it
    assert out == (
        FRAME_NOTE + "1 note(s)\n"
        f"ok: 2 document(s) (2 page(s)) of 1 material(s) in 2 language(s) {SHORTS}\n"
    ), out


def test_the_note_is_in_the_json_report_as_a_note(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", SMALL)
    status, out = check(kit, "--only", "text", "--lang", "en", "--json")
    assert status == 0, out
    report = json.loads(out)
    assert (report["counts"]["notes"], report["counts"]["warnings"]) == (1, 0), report
    (note,) = report["diagnostics"]
    assert (note["severity"], note["code"], note["line"], note["column"]) == (
        "note",
        "text.short-variant",
        12,
        72,
    )
    assert note["subject"] == {"material": "text", "language": "en", "slot": "word", "key": "word"}
    assert report["summary"].endswith("in 1 language(s) " + SHORTS), report


def test_a_full_text_that_fits_says_nothing(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", FULL_EN)})
    status, out = check(kit, "--only", "text", "--lang", "en")
    assert status == 0, out
    assert "short-variant" not in out, out
    assert out.endswith("in 1 language(s) lay out cleanly\n"), out


def test_a_text_that_takes_the_others_room_is_named_at_its_line(tmp_path: Path) -> None:
    """Two texts in one slot: 'word' has a short variant, 'call' (long, none of its own)
    takes the room; without it 'word' fits in full. The note is at 'call''s line."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "strings/en.yaml": (
                "word: Heart",
                "word: {text: Heartbeats of all, short: Heart}\n"
                "  call: Join the campaign today and tomorrow",
            ),
            "layouts/text.yaml": (
                "string: word, style: word,",
                "string: [word, call], style: word,",
            ),
        },
    )
    status, out = check(kit, "--only", "text", "--lang", "en")
    assert status == 0, out
    assert (
        "materials/strings/en.yaml:6:3: note[text.short-variant]: text [en] slot 'word' 'word': "
        "'word' prints its short variant: 'call' (en.yaml:6), set in full beside it, takes the "
        "room: without it its full text fits\n"
        "  hint: a designed fallback, not a fault: to print the full text, shorten 'call' "
        "(en.yaml:6) or give it a short: variant too\n"
    ) in out, out


def test_a_build_tells_the_note_and_strict_publishes(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", SMALL)
    out = tmp_path / "out"
    args = ("--only", "text", "--lang", "en,ar", "--no-png", "--no-digital", "--strict")
    status, text = cli("build", "--kit", kit, "-o", out, *args)
    assert status == 0, text
    told = text.replace(str(kit.resolve()) + "/", "").replace(str(kit) + "/", "")
    assert FRAME_NOTE in told, told
    assert (out / "text" / "text-en.pdf").is_file()


def test_an_offices_long_text_is_named_at_its_line_for_every_size(
    kit_copy: Callable[..., Path],
) -> None:
    """A regional office's own Spanish `cta_join` (its `strings:`), longer than the
    campaign's: the other calls of the block print their short variants on the US sizes. One
    note, at the office's line, naming the sizes."""
    kit = kit_copy()
    office = kit / "materials" / "offices" / "new-york.yaml"
    long = (
        "Únete a la Campaña Corazón Azul en Nueva York, junto con las misiones permanentes de "
        "los Estados Miembros."
    )
    text = office.read_text(encoding="utf-8")
    office.write_text(text + f'strings:\n  es: {{cta_join: "{long}"}}\n', encoding="utf-8")
    line = text.count("\n") + 2
    sizes = "poster-letter,flyer-letter,flyer-half-letter"
    status, out = check(kit, "--office", "new-york", "--lang", "es", "--only", sizes)
    assert status == 0, out
    assert (
        f"materials/offices/new-york.yaml:{line}:8: note[text.short-variant]: new-york [es] "
        "slot 'calls' 'cta, cta_donate': 'cta' and 'cta_donate' print their short variants: "
        f"'cta_join' (new-york.yaml:{line}), set in full beside them, takes the room: without "
        "it their full texts fit (in poster-letter, flyer-letter and flyer-half-letter)\n"
        "  hint: a designed fallback, not a fault: to print the full texts, shorten 'cta_join' "
        f"(new-york.yaml:{line}), the office's own text, or give it a short: variant too\n"
    ) in out, out
    assert out.count("short-variant") == 1, out


def test_a_short_text_beside_is_not_told_as_taking_the_room(tmp_path: Path) -> None:
    """'Join us' has no short variant, and without it 'word' fits in full: it is no longer
    than the text that prints its short variant, so the frame is named (the kit's English
    "Join the Blue Heart Campaign." was told as taking two long calls' room on an A6 flyer)."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "strings/en.yaml": (
                "word: Heart",
                "word: {text: Heartbeats of all of us, short: Heart}\n  call: Join us",
            ),
            "layouts/text.yaml": (
                "string: word, style: word, frame: {start: 3, top: 3, width: 14, height: 14}",
                "string: [word, call], style: word, frame: {start: 3, top: 3, width: 14, height: 8}",
            ),
        },
    )
    status, out = check(kit, "--only", "text", "--lang", "en")
    assert status == 0, out
    assert (
        "materials/layouts/text.yaml:12:80: note[text.short-variant]: text [en] slot 'word' "
        "'word': 'word' prints its short variant: its full text does not fit the frame even at "
        "the style's min_size of 6 pt (the frame is 0.5 mm too short)\n"
    ) in out, out


def test_a_text_past_its_max_lines_is_not_told_to_take_a_taller_frame(tmp_path: Path) -> None:
    """A one-line style (`max_lines: 1`) in a frame that is also too short: the full text
    needs more lines than the style allows, which no taller frame mends. The social image's
    source line was told "the frame is 6.4 mm too short", and a frame that much taller still
    printed its short variant."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "strings/en.yaml": ("word: Heart", FULL_EN),
            "layouts/text.yaml": ("min_size: 6,", "min_size: 6, max_lines: 1,"),
        },
    )
    (kit / "materials/layouts/text.yaml").write_text(
        (kit / "materials/layouts/text.yaml").read_text("utf-8").replace(*FRAME), "utf-8"
    )
    status, out = check(kit, "--only", "text", "--lang", "en")
    assert status == 0, out
    assert (
        "'word' prints its short variant: its full text does not fit the frame even at the "
        "style's min_size of 6 pt (2 line(s) more than the style's max_lines)\n"
        "  hint: a designed fallback, not a fault: to print the full text, widen the frame, "
        "raise the style's max_lines, lower the style's min_size, or shorten the text\n"
    ) in out, out
    assert "taller" not in out, out


def test_the_summary_says_which_of_the_notes_are_short_variants(
    kit_copy: Callable[..., Path],
) -> None:
    """`check --office` said "(3 note(s) above)" under "5 note(s)" (a UNODC office's trial):
    the summary counted the short variants' notes before the others (an unverified press, a
    draft language) were added. It says how many of the notes printed they are."""
    status, out = check(
        kit_copy(), "--office", "brussels", "--only", "social-1200x630,badge-58", "--lang", "en"
    )
    assert status == 0, out
    lines = out.splitlines()
    assert [line.split("note[")[1].split("]")[0] for line in lines if "note[" in line] == [
        "text.short-variant",
        "layout.press-unverified",
    ], out
    assert lines[-2].endswith(" warning(s), 2 note(s)"), out  # a warning of the year's too
    assert lines[-1:] == [
        "ok: 2 document(s) (2 page(s)) of 2 material(s) in 1 language(s) lay out, with texts "
        "in their short variants (1 of the 2 notes above)",
    ], out
