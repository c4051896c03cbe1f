"""YAML syntax errors in words a person can act on, at the place to fix: a tab where it is, an
unclosed bracket, brace or quote where it opens (not lines later where the parser gives up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.load import parse_yaml

from ..kits import check, mini_copy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a key of `fields:` (2 spaces) written at 1: "expected <block end>, but found
            # '<block mapping start>'", said an office's trial
            "name: x\nfields:\n  helpline: ''\n  # a comment\n\n  website: ''\n email: ''\n",
            "t.yaml:7:2: error[load.yaml]: line 7 is indented 1 space: more than line 2 "
            "(`fields:`, 0 spaces) and less than line 6 (`website:`, 2 spaces), so YAML cannot "
            "tell what it belongs to\n"
            "  hint: indent it 2 spaces to go with the lines under `fields:`, or 0 spaces to go "
            "beside `fields:`",
        ),
        (  # two levels down, at 3 spaces between the 2 of `b:` and the 4 of its keys
            "a:\n  b:\n    c: 1\n   d: 2\n",
            "t.yaml:4:4: error[load.yaml]: line 4 is indented 3 spaces: more than line 2 "
            "(`b:`, 2 spaces) and less than line 3 (`c:`, 4 spaces), so YAML cannot tell what it "
            "belongs to\n"
            "  hint: indent it 4 spaces to go with the lines under `b:`, or 2 spaces to go "
            "beside `b:`",
        ),
        (  # a list's item between its key and the other items: no "beside" (it would be
            # the key's item still), and the item named by its start
            "slots:\n  - {name: a, frame: x}\n - {name: b}\n",
            "t.yaml:3:2: error[load.yaml]: line 3 is indented 1 space: more than line 1 "
            "(`slots:`, 0 spaces) and less than line 2 (`- {name: a, frame: x}`, 2 spaces), so "
            "YAML cannot tell what it belongs to\n"
            "  hint: indent it 2 spaces to go with the lines under `slots:`",
        ),
        (
            "a:\n\tb: 1\n",
            "t.yaml:2:1: error[load.yaml]: a tab character: YAML indents with spaces only\n"
            "  hint: indent with spaces (two per level, as the rest of the file)",
        ),
        (
            "slots:\n  - {name: a, frame: [1, 2\n  - {name: b}\n",
            "t.yaml:2:22: error[load.yaml]: this '[' is not closed (the YAML stops making sense "
            "at line 3: expected ',' or ']', but got '{')\n"
            "  hint: close it with ']' before the line ends, or put the value in quotes",
        ),
        (
            "a: {x: 1\nb: 2\n",
            "t.yaml:1:4: error[load.yaml]: this '{' is not closed (the YAML stops making sense "
            "at line 2: expected ',' or '}', but got ':')\n"
            "  hint: close it with '}' before the line ends, or put the value in quotes",
        ),
        (  # a flow mapping over two lines, its comma forgotten: "this '{' is not closed"
            "slots:\n  - {name: a, style: fact\n     frame: {start: 1}}\n",
            "t.yaml:3:11: error[load.yaml]: a ',' is missing before this entry of the '{' "
            "opened at line 2\n"
            "  hint: separate the entries of a '{ }' with commas (the line before ends without "
            "one)",
        ),
        (  # a colour's hex value unquoted: the comment it starts takes the closing brace
            'colours:\n  accent: {cmyk: [0, 30, 95, 0], rgb: #FCBB1B}\n  white: {rgb: "#FFF"}\n',
            "t.yaml:2:39: error[load.yaml]: '#FCBB1B}' starts a comment (a '#' after a space), "
            "so YAML does not read the rest of line 2, with the '}' that closes this '{'\n"
            "  hint: put a value that starts with '#' in quotes (\"#FCBB1B\"), or close the '{' "
            "before the comment",
        ),
        (  # the same on the file's last line: the parser names no bracket there (a review)
            'colours:\n  white: {rgb: "#FFF"}\n  accent: {cmyk: [0, 30, 95, 0], rgb: #FCBB1B}\n',
            "t.yaml:3:39: error[load.yaml]: '#FCBB1B}' starts a comment (a '#' after a space), "
            "so YAML does not read the rest of line 3, with the '}' that closes its '{'\n"
            "  hint: put a value that starts with '#' in quotes (\"#FCBB1B\"), or close the '{' "
            "before the comment",
        ),
        (  # a bracket closed before its comment: not blamed
            "a: {x: 1}  # ends with }\nb: [1\n",
            "t.yaml:2:4: error[load.yaml]: this '[' is not closed (the YAML stops making sense "
            "at line 3: expected ',' or ']', but got '<stream end>')\n"
            "  hint: close it with ']' before the line ends, or put the value in quotes",
        ),
        (  # a comment after a bracket's first line is YAML's own: not blamed (a review)
            "a: {x: 1,   # the first\n  y: 2\nb: [1\n",
            "t.yaml:1:4: error[load.yaml]: this '{' is not closed (the YAML stops making sense "
            "at line 3: expected ',' or '}', but got ':')\n"
            "  hint: close it with '}' before the line ends, or put the value in quotes",
        ),
        (  # a '#' inside quotes is no comment
            'a: {text: "Call us # 24/7", size: 3\nb: 2\n',
            "t.yaml:1:4: error[load.yaml]: this '{' is not closed (the YAML stops making sense "
            "at line 2: expected ',' or '}', but got ':')\n"
            "  hint: close it with '}' before the line ends, or put the value in quotes",
        ),
        (
            "a: 'unclosed\nb: 2\nc: 3\n",
            "t.yaml:1:4: error[load.yaml]: unclosed quote: this ' is not closed on its line: the text runs on to "
            "the end of the file\n  hint: end the text with a ' on the same line",
        ),
        (  # an office's trial: named at line 4, where the next quote closed it
            'a: 1\nhelpline: "000-000\nemail: x@example.org\nsocial: "@example"\nb: 2\n',
            't.yaml:2:11: error[load.yaml]: unclosed quote: this " is not closed on its line: YAML reads on to '
            'the next " (line 4) and stops making sense at line 4\n'
            '  hint: end the text with a " on the same line',
        ),
        (  # closed by a quote in a comment further down: it was named there
            'a:\n  - text: "ယုတ်း\n  - text: b\n# a "comment"\nc: [1\n',
            't.yaml:2:11: error[load.yaml]: unclosed quote: this " is not closed on its line: YAML reads on to '
            'the next " (line 4) and stops making sense at line 4\n'
            '  hint: end the text with a " on the same line',
        ),
        (  # an office's trial: the helpline's quote left open before its comment, closed by
            # the comment's first quote; it was "failed to parse YAML" at the comment's end
            'fields:\n  helpline: "+000 0000 0000     # e.g. "+<country code> <number>"\n'
            '  email: "x@example.org"\n',
            't.yaml:2:13: error[load.yaml]: unclosed quote: this " is not closed before the '
            'comment on its line, so YAML reads the comment as part of the text, up to the " '
            "in it at column 40, and cannot read the rest of the line\n"
            '  hint: end the text with a " before the comment: helpline: "+000 0000 0000"\n'
            "  hint: or, if the '#' and what follows it are part of the text, write each \" inside it as \\\"",
        ),
        (  # a strings file's, in single quotes, closed by an apostrophe in the comment
            "strings:\n  theme:\n    text: 'Tusimwache mtoto  # Kenya's wording\n"
            "    short: 'Tusimwache'\n",
            "t.yaml:3:11: error[load.yaml]: unclosed quote: this ' is not closed before the "
            "comment on its line, so YAML reads the comment as part of the text, up to the ' in "
            "it at column 37, and cannot read the rest of the line\n"
            "  hint: end the text with a ' before the comment: text: 'Tusimwache mtoto'\n"
            "  hint: or, if the '#' and what follows it are part of the text, write each ' inside it as ''",
        ),
        (  # inside brackets, closed before them: it was a ',' missing at line 4
            'name: X\nlanguages: [en, "sw]\nfields:\n  email: "x@example.org"\n',
            't.yaml:2:17: error[load.yaml]: unclosed quote: this " is not closed on its line: '
            'YAML reads on to the next " (line 4) and stops making sense at line 4\n'
            '  hint: end the text with a " on the same line',
        ),
        (  # a text in quotes over lines is YAML: the error is the bracket's (a review)
            'a: "long text\n  continues here"\nb: [1, 2\nc: 3\n',
            "t.yaml:3:4: error[load.yaml]: this '[' is not closed (the YAML stops making sense "
            "at line 4: expected ',' or ']', but got ':')\n"
            "  hint: close it with ']' before the line ends, or put the value in quotes",
        ),
        (  # an apostrophe after a comma in plain text opens nothing (a review)
            "fact: Since the '80s, '90s and today\nnote: ok\nstyle: {size: 10, colour: navy\n"
            "x: 1\n",
            "t.yaml:3:8: error[load.yaml]: this '{' is not closed (the YAML stops making sense "
            "at line 4: expected ',' or '}', but got ':')\n"
            "  hint: close it with '}' before the line ends, or put the value in quotes",
        ),
        (  # '' in single quotes closes nothing: the closer is line 4's (a review)
            "a: 1\ncta: 'Don''t wait\nb: 2\nc: 'x'\n",
            "t.yaml:2:6: error[load.yaml]: unclosed quote: this ' is not closed on its line: YAML reads on to "
            "the next ' (line 4) and stops making sense at line 4\n"
            "  hint: end the text with a ' on the same line",
        ),
        (  # a block scalar's quotes are its words: the error is the bracket's
            'a: |\n  "quoted\n  words"\nb: [1, 2\nc: 3\n',
            "t.yaml:4:4: error[load.yaml]: this '[' is not closed (the YAML stops making sense "
            "at line 5: expected ',' or ']', but got ':')\n"
            "  hint: close it with ']' before the line ends, or put the value in quotes",
        ),
        (  # a Windows path in double quotes: it was "this quote is not closed"
            'logos:\n  partner: "C:\\Users\\me\\logo.png"\n',
            "t.yaml:2:15: error[load.yaml]: a backslash in double quotes starts an escape "
            "sequence (\\n, \\t, \\u00e9), and '\\U' here makes none: YAML cannot read the "
            "text (a Windows path, C:\\Users\\..., in double quotes)\n  hint: write a path "
            "with forward slashes (logos/partner.png), or put the text in single quotes, where "
            "a backslash is a backslash",
        ),
        (
            'a: "x \\q y"\n',
            "t.yaml:1:7: error[load.yaml]: a backslash in double quotes starts an escape "
            "sequence (\\n, \\t, \\u00e9), and '\\q' here makes none: YAML cannot read the "
            "text (a Windows path, C:\\Users\\..., in double quotes)\n  hint: write a path "
            "with forward slashes (logos/partner.png), or put the text in single quotes, where "
            "a backslash is a backslash",
        ),
    ],
)
def test_syntax_errors_are_told_where_to_fix(text: str, expected: str) -> None:
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(text, Path("t.yaml"))
    assert exc.value.render() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a designer's trial: the badge text's quote left open, closed by the next string's;
            # `source:` and `hashtags:` were printed on the sticker, `check` saying nothing
            'strings:\n  badge:\n    text: "终结贩运人口\n    source: End human trafficking\n'
            '  hashtags:\n    text: "#endHT #30July"\n',
            't.yaml:3:11: error[load.yaml]: unclosed quote: this " is not closed on its line: YAML reads the '
            'text on to the next " (line 6) and takes in `source:` (line 4), `hashtags:` (line '
            "5) and `text:` (line 6), which are lost\n"
            '  hint: end the text with a " on the same line',
        ),
        (  # single quotes, closed by the next text's (a # after it is a comment), and more
            # keys than are named
            "a:\n  t: 'open\n  b: 1\n  - c: 2\n  d: 3\n  e: '#x'\n",
            "t.yaml:2:6: error[load.yaml]: unclosed quote: this ' is not closed on its line: YAML reads the "
            "text on to the next ' (line 6) and takes in `b:` (line 3), `c:` (line 4), `d:` "
            "(line 5) and 1 more, which are lost\n"
            "  hint: end the text with a ' on the same line",
        ),
    ],
)
def test_a_quote_left_open_over_keys_is_told(text: str, expected: str) -> None:
    """A quoted text that YAML reads on over lines that are keys parses, and loses the keys:
    it is told at its opening quote."""
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(text, Path("t.yaml"))
    assert exc.value.render() == expected


def test_a_quoted_text_over_lines_without_keys_is_read() -> None:
    """YAML's quoted text over lines (folded into spaces) stays allowed."""
    node = parse_yaml('a: "long text\n  continues here: not a key"\nb: 2\n', Path("t.yaml"))
    assert node.value["a"].value == "long text continues here: not a key"


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        (  # the office file of a trial (the template's comment after the value)
            "offices/nairobi.yaml",
            "name: Nairobi\nlanguages: [en]\nfields:\n"
            '  helpline: "+000 0000 0000     # the helpline, e.g. "+<country code> <number>"\n'
            '  email: "x@example.org"\n',
            'materials/offices/nairobi.yaml:4:13: error[load.yaml]: unclosed quote: this " is '
            "not closed before the comment on its line, so YAML reads the comment as part of "
            'the text, up to the " in it at column 54, and cannot read the rest of the line\n'
            '  hint: end the text with a " before the comment: helpline: "+000 0000 0000"\n'
            "  hint: or, if the '#' and what follows it are part of the text, write each \" inside it as \\\"\n",
        ),
        (  # a strings file: a text's quote left open, no quote after it in the file
            "strings/en.yaml",
            None,
            'materials/strings/en.yaml:5:9: error[load.yaml]: unclosed quote: this " is not '
            "closed on its line: the text runs on to the end of the file\n"
            '  hint: end the text with a " on the same line\n',
        ),
    ],
)
def test_an_unclosed_quote_in_a_kit_file_is_told_where_it_opens(
    tmp_path: Path, file: str, text: str | None, expected: str
) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials" / file
    path.parent.mkdir(exist_ok=True)
    if text is None:
        text = path.read_text(encoding="utf-8").replace("word: Heart", 'word: "Heart')
    path.write_text(text, encoding="utf-8")
    assert check(kit) == (1, expected + "1 error(s)\n")
