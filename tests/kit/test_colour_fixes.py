"""A colour written where the kit wants another form of it: each error says the fix. A
designer's trial: `cmyk: "#FCBB1B"` was only "must be a list of 4 numbers"; a style's
`colour: "#FCBB1B"` (accent's own rgb) was "unknown colour" with the list of names; a style's
`colour: [0, 30, 95, 0]` (accent's cmyk) was "must be non-empty text"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import cli, mini_copy

# the mini kit's campaign.yaml line 17 (yellow) and text.yaml line 9 (the style `word`)
YELLOW = '  yellow: {cmyk: [5, 10, 90, 0], rgb: "#FFFF00"}'
STYLE = "colour: black, align: start}"


def check(tmp_path: Path, file: str, old: str, new: str) -> tuple[int, str, Path]:
    kit = mini_copy(tmp_path / "kit", {file: (old, new)})
    code, out = cli("check", "--kit", kit)
    return code, out, kit


@pytest.mark.parametrize(
    ("written", "col", "hint"),
    [
        (
            '"#FFFF00"',
            18,
            '"#FFFF00" is a screen colour, as rgb: is written; cmyk: is the print colour, four '
            'ink percentages: `python generate.py colour "#FFFF00" --kit {kit}` prints them for '
            "the press, to paste here as cmyk: [C, M, Y, K]",
        ),
        (
            "ffff00",
            18,
            '"#FFFF00" is a screen colour, as rgb: is written; cmyk: is the print colour, four '
            'ink percentages: `python generate.py colour "#FFFF00" --kit {kit}` prints them for '
            "the press, to paste here as cmyk: [C, M, Y, K]",
        ),
        ('"5, 10, 90, 0"', 18, "write the four numbers as a list: cmyk: [5, 10, 90, 0]"),
        (
            "yellow",
            18,
            "write the four ink percentages as a list: cmyk: [cyan, magenta, yellow, black]",
        ),
    ],
)
def test_a_cmyk_written_as_text_is_told_how_to_write_it(
    tmp_path: Path, written: str, col: int, hint: str
) -> None:
    line = f'  yellow: {{cmyk: {written}, rgb: "#FFFF00"}}'
    code, out, kit = check(tmp_path, "campaign.yaml", YELLOW, line)
    assert code == 1, out
    got = written.strip('"')
    assert (
        f"{kit / 'materials/campaign.yaml'}:17:{col}: error[schema.type]: 'cmyk' in colour "
        f"'yellow' must be a list of 4 numbers from 0 to 100 (got {got!r})\n"
        f"  hint: {hint.format(kit=kit)}\n"
    ) in out, out


def test_an_rgb_written_as_numbers_is_given_as_hex(tmp_path: Path) -> None:
    line = "  yellow: {cmyk: [5, 10, 90, 0], rgb: [255, 255, 0]}"
    code, out, kit = check(tmp_path, "campaign.yaml", YELLOW, line)
    assert code == 1, out
    assert (
        f"{kit / 'materials/campaign.yaml'}:17:39: error[schema.type]: 'rgb' in colour 'yellow' "
        "must be non-empty text (got [255, 255, 0])\n"
        '  hint: write it as a hex colour: rgb: "#FFFF00"\n'
    ) in out, out


@pytest.mark.parametrize(
    ("written", "col", "said", "hint"),
    [
        (
            '"#000000"',
            55,
            "error[ref.colour]: unknown colour '#000000'",
            "'#000000' is the rgb of colour 'black' in campaign.yaml: colours are named, write "
            "colour: black",
        ),
        (
            "[0, 0, 0, 100]",
            55,
            "error[schema.type]: 'colour' in style 'word' must be non-empty text (got [0, 0, 0, "
            "100])",
            "colours are named: [0, 0, 0, 100] is the cmyk of colour 'black' in campaign.yaml, "
            "write colour: black",
        ),
        (
            "[0, 0, 255]",
            55,
            "error[schema.type]: 'colour' in style 'word' must be non-empty text (got [0, 0, 255])",
            "colours are named: [0, 0, 255] is the rgb of colour 'blue' in campaign.yaml, write "
            "colour: blue",
        ),
        (
            "[1, 2, 3, 4]",
            55,
            "error[schema.type]: 'colour' in style 'word' must be non-empty text (got [1, 2, 3, "
            "4])",
            "colours are named, each defined once under `colours:` in campaign.yaml with its "
            "cmyk: and rgb: (blue, red, green, yellow, navy, white, black): write one of them, "
            "or add a new one there and name it here",
        ),
    ],
)
def test_a_colours_value_where_its_name_goes_names_the_colour(
    tmp_path: Path, written: str, col: int, said: str, hint: str
) -> None:
    """A style names a colour of campaign.yaml; a value written there instead is told the
    name of the colour that has it, or the names to choose from."""
    code, out, kit = check(tmp_path, "layouts/text.yaml", STYLE, STYLE.replace("black", written))
    assert code == 1, out
    assert (f"{kit / 'materials/layouts/text.yaml'}:9:{col}: {said}\n  hint: {hint}\n") in out, out


def test_a_slots_fill_of_a_colours_rgb_is_told_its_name(tmp_path: Path) -> None:
    old = "kind: shape, fill: white,"
    code, out, kit = check(tmp_path, "layouts/text.yaml", old, 'kind: shape, fill: "#FFFFFF",')
    assert code == 1, out
    assert (
        f"{kit / 'materials/layouts/text.yaml'}:11:39: error[ref.colour]: unknown colour "
        "'#FFFFFF'\n"
        "  hint: '#FFFFFF' is the rgb of colour 'white' in campaign.yaml: colours are named, "
        "write fill: white\n"
    ) in out, out
