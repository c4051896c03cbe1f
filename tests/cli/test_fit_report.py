"""`check --report`: per text slot, the size copy-fit chose, its lines and the room left."""

from __future__ import annotations

import json
from pathlib import Path

from ..kits import check, cli, mini_copy


def test_the_report_says_what_copy_fit_chose(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path)
    code, out = cli("check", "--kit", kit, "--report", "--only", "text,badge", "--lang", "en,ar")
    assert code == 0, out
    lines = [line for line in out.splitlines() if " front/" in line]
    # the word in its 14 x 14 mm box at full size; on the badge the Arabic word is shrunk
    assert lines == [
        "text [en] front/word: 12.0 pt, 1 line(s), 8.9 mm left",
        "text [ar] front/word: 12.0 pt, 1 line(s), 6.1 mm left",
        "badge [en] front/word: 8.0 pt, 1 line(s), 0.6 mm left",
        "badge [ar] front/word: 6.0 pt (shrunk from 8), 1 line(s), 0.1 mm left",
    ]


def test_a_longer_text_takes_the_room_and_the_json_report_lists_it(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path, {"strings/en.yaml": ("word: Heart", 'word: "Heart heart heart"')})
    code, out = cli("check", "--kit", kit, "--report", "--only", "text", "--lang", "en", "--json")
    assert code == 0, out
    (row,) = json.loads(out)["report"]
    assert row["slot"] == "word"
    assert row["range_pt"] == [6.0, 12.0]
    assert row["lines"] > 1  # wrapped
    assert row["room_mm"] < 8.9  # less room than the one word left


# ---- a check that fails: the report of every document laid out, beside the errors ---------

# the text material's word frame, 2 mm tall: "Heart" misses it even at the style's 6 pt
FRAME = "frame: {start: 3, top: 3, width: 14, height: 14}"
LOW_FRAME = (FRAME, "frame: {start: 3, top: 3, width: 14, height: 2}")
OVERFLOW = (
    "materials/strings/en.yaml:5:3: error[text.overflow]: text [en] 'word': text does not fit "
    "slot 'word' even at 6 pt: 0.5 mm (1 line(s)) too tall\n"
    "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot (text.yaml:12) "
    "or lower the style's min_size\n"
)


def test_a_text_that_does_not_fit_leaves_the_report_of_every_document(tmp_path: Path) -> None:
    """The fit report was empty as soon as one document had an error, when a designer needs
    it most: the badge, which fits, and the text that does not, with by how much (a
    designer's trial). The report is on standard output, the errors and their count last."""
    kit = mini_copy(tmp_path, {"layouts/text.yaml": LOW_FRAME})
    code, out = check(kit, "--report", "--only", "text,badge", "--lang", "en")
    assert (code, out) == (
        1,
        "text [en] front/word: 6.0 pt (shrunk from 12), 1 line(s), does not fit even at 6 pt: "
        "0.5 mm (1 line(s)) too tall\n"
        "badge [en] front/word: 8.0 pt, 1 line(s), 0.6 mm left\n" + OVERFLOW + "1 error(s)\n",
    )


def test_the_json_report_of_a_failed_check_has_its_fit_report(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path, {"layouts/text.yaml": LOW_FRAME})
    args = ("--report", "--only", "text,badge", "--lang", "en", "--json")
    code, out = cli("check", "--kit", kit, *args)
    doc = json.loads(out)
    assert (code, doc["ok"], doc["summary"]) == (1, False, "1 error(s)")
    assert [d["code"] for d in doc["diagnostics"]] == ["text.overflow"]
    over, fits = doc["report"]
    assert over == {
        "document": "text [en]",
        "material": "text",
        "language": "en",
        "page": "front",
        "slot": "word",
        "size_pt": 6.0,
        "range_pt": [6.0, 12.0],
        "variant": "text",
        "lines": 1,
        "room_mm": -0.5,
        "overflow": {
            "size_pt": 6.0,
            "lines_over": 1,
            "height_over_mm": 0.5,
            "width_over_mm": 0.0,
            "missed": "0.5 mm (1 line(s)) too tall",
        },
        "line": "front/word: 6.0 pt (shrunk from 12), 1 line(s), does not fit even at 6 pt: "
        "0.5 mm (1 line(s)) too tall",
    }
    assert (fits["document"], fits["overflow"], fits["room_mm"]) == ("badge [en]", None, 0.6)


def test_a_language_without_a_font_leaves_the_report_of_the_others(tmp_path: Path) -> None:
    """An Arabic word with an N'Ko letter, which no font of the kit has: the Arabic texts are
    not laid out, the English ones are, and reported."""
    kit = mini_copy(tmp_path, {"strings/ar.yaml": ("word: قلب", "word: قلب ߒ")})
    code, out = check(kit, "--report", "--only", "text,badge", "--lang", "en,ar")
    assert (code, out) == (
        1,
        "text [en] front/word: 12.0 pt, 1 line(s), 8.9 mm left\n"
        "badge [en] front/word: 8.0 pt, 1 line(s), 0.6 mm left\n"
        "materials/strings/ar.yaml:5:13: error[text.no-glyph]: [ar] 'word': 'ߒ' (U+07D2 NKO "
        "LETTER N) has no glyph in any font; needed by string(s) 'word' (badge, text)\n"
        "  hint: add a font covering script Nkoo to fonts/fonts.yaml (fonts/README.md, 'Adding "
        "a font for a new script'), or fix the text\n"
        "1 error(s)\n",
    )


def test_strict_fails_on_a_warning_and_still_reports(tmp_path: Path) -> None:
    """--strict makes the style's warning an error after every document was laid out."""
    kit = mini_copy(tmp_path, {"layouts/text.yaml": ("min_type_pt: 3", "min_type_pt: 7")})
    code, out = check(kit, "--report", "--only", "text", "--lang", "en", "--strict")
    assert (code, out) == (
        1,
        "text [en] front/word: 12.0 pt, 1 line(s), 8.9 mm left\n"
        "materials/layouts/text.yaml:9:9: error[layout.too-small]: style 'word' lets copy-fit "
        "go down to 6 pt, below the poster's type floor of 7 pt\n"
        "  hint: raise its min_size to 7\n"
        "  hint: or, for a material read at arm's length, lower the floor with 'min_type_pt' in "
        "the layout\n"
        "1 error(s)\n",
    )
    code, out = cli("check", "--kit", kit, "--report", "--only", "text", "--lang", "en")
    assert code == 0, out  # a warning without --strict


def test_an_error_that_stops_the_kit_says_there_is_no_report(tmp_path: Path) -> None:
    """An error in campaign.yaml stops the kit before any page is laid out: the report says
    so (it was silent), and the JSON report's is empty."""
    kit = mini_copy(tmp_path, {"campaign.yaml": ("year: 2024", "year: [2024")})
    code, out = check(kit, "--report", "--only", "badge", "--lang", "en")
    assert (code, out) == (
        1,
        "no fit report: the check stopped at the errors below before laying out any page\n"
        "materials/campaign.yaml:6:7: error[load.yaml]: this '[' is not closed (the YAML stops "
        "making sense at line 7: expected ',' or ']', but got ':')\n"
        "  hint: close it with ']' before the line ends, or put the value in quotes\n"
        "1 error(s)\n",
    )
    code, out = cli("check", "--kit", kit, "--report", "--only", "badge", "--json")
    doc = json.loads(out)
    assert (code, doc["ok"], doc["report"]) == (1, False, [])
    assert [d["code"] for d in doc["diagnostics"]] == ["load.yaml"]


def test_a_layout_files_error_leaves_the_others_report(tmp_path: Path) -> None:
    """A layout's schema error stops its own material only: the others are reported beside
    it (tests/pipeline/test_unusable_layout.py)."""
    kit = mini_copy(tmp_path, {"layouts/text.yaml": ("min_size: 6,", "min_size: six,")})
    code, out = check(kit, "--report", "--only", "badge", "--lang", "en")
    assert (code, out) == (
        1,
        "badge [en] front/word: 8.0 pt, 1 line(s), 0.6 mm left\n"
        "materials/layouts/text.yaml:9:44: error[schema.type]: 'min_size' in style 'word' must "
        "be a number >= 3 and <= 1000 (got 'six')\n"
        "  hint: set 'min_size' to a number >= 3 and <= 1000\n"
        "1 error(s)\n",
    )
    code, out = cli("check", "--kit", kit, "--report", "--only", "badge", "--json")
    doc = json.loads(out)
    assert (code, doc["ok"], len(doc["report"])) == (1, False, 2)  # en and ar
    assert [d["code"] for d in doc["diagnostics"]] == ["schema.type"]
