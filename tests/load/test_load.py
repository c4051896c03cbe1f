from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.load import parse_yaml

P = Path("x.yaml")


def error_of(text: str) -> str:
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(text, P)
    return exc.value.render()


def test_nodes_keep_line_and_column() -> None:
    node = parse_yaml("a: 1\nb:\n  c: [x, y]\n", P)
    assert node.plain() == {"a": 1, "b": {"c": ["x", "y"]}}
    c = node.value["b"].value["c"]
    assert (c.mark.line, c.mark.col) == (3, 6)
    assert (node.key_marks["b"].line, node.key_marks["b"].col) == (2, 1)
    assert (c.value[1].mark.line, c.value[1].mark.col) == (3, 10)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "a: [1, 2\n",
            # reported where the bracket opens, not where the parser gave up
            "x.yaml:1:4: error[load.yaml]: this '[' is not closed (the YAML stops making sense "
            "at line 2: expected ',' or ']', but got '<stream end>')\n"
            "  hint: close it with ']' before the line ends, or put the value in quotes",
        ),
        (
            "a: 1\na: 2\n",
            "x.yaml:2:1: error[load.yaml-feature]: duplicate key 'a'\n  hint: the first 'a' is at line 1; keep one",
        ),
        (
            "a: !!python/object:os.system x\n",
            "x.yaml:1:4: error[load.yaml-feature]: unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'\n"
            "  hint: only plain YAML values are allowed (text, numbers, lists, mappings)",
        ),
        (
            "",
            "x.yaml:1:1: error[load.read]: file is empty\n"
            "  hint: write its keys (docs/reference names them), or remove the file",
        ),
        (  # a designer's trial: "this '{' is not closed", at the brace, which was closed
            "headline: {weight: bold, size: 60, min_size: 30 colour: white}\n",
            "x.yaml:1:49: error[load.yaml]: a ',' is missing before 'colour:' in the '{' opened "
            "at line 1: YAML read '30 colour' as one value\n"
            "  hint: separate the entries of a '{ }' with commas: ..., colour: ...",
        ),
        (  # an office's trial: "found character '@' that cannot start any token"
            "fields:\n  social: @Handle\n",
            "x.yaml:2:11: error[load.yaml]: a value that starts with @ must be in quotes: YAML "
            'keeps @ for itself\n  hint: put the value in quotes, e.g. social: "@BlueHeart"',
        ),
        (  # an office's trial: a key without its colon, named at the line after it
            "strings:\n  day:\n    text: a\n  theme\n    text: b\n",
            "x.yaml:4:3: error[load.yaml]: 'theme' has no ':' after it: YAML read on into line 5 "
            "and stopped there\n"
            "  hint: write it as a key with a colon (theme:), or, if it is text, join it to the "
            "line above",
        ),
        (
            "a: &x {b: 1}\n<<: *x\n",
            "x.yaml:2:1: error[load.yaml-feature]: merge keys (<<) are not supported\n"
            "  hint: write the keys out, or use a style name",
        ),
    ],
)
def test_yaml_errors_name_the_place(text: str, message: str) -> None:
    assert error_of(text) == message


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    msg = error_of("\n".join(lines) + "\n")
    assert "more than 200000 values after expanding aliases" in msg


# a YAML file's way to be saved as UTF-8 (spelt out, not imported)
SAVE_YAML = (
    "  hint: save it as UTF-8 (in a text editor, choose the encoding UTF-8: Notepad's Save "
    "As, VS Code's 'Save with Encoding')"
)


def test_non_utf8_file(tmp_path: Path) -> None:
    from campaign.load import load_yaml

    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert exc.value.render() == (
        f"{bad}:1:10: error[load.read]: bad.yaml is not UTF-8 text: byte 0xE9 at column 10, "
        "which is 'é' in Windows-1252 (what Notepad's 'ANSI' saves)\n" + SAVE_YAML + "\n"
        # Windows-1252 throughout, a Western language's letters: its conversion (textfile.
        # western_1252), as docs/errors.md says of every code page the byte is read in
        "  hint: bad.yaml reads as Windows-1252 throughout: convert it with `iconv -f CP1252 "
        "-t UTF-8 bad.yaml > bad-utf8.yaml`, or open it as Windows-1252 in a text editor and "
        "save it with the encoding UTF-8 (a character Windows-1252 has not was saved as '?': "
        "where you can, save the original again as UTF-8)"
    )


def test_a_non_utf8_byte_is_named_at_its_line_and_column(tmp_path: Path) -> None:
    """A file saved as Windows-1256 was named at line 1 whatever its first such byte."""
    from campaign.load import load_yaml

    bad = tmp_path / "office.yaml"
    bad.write_bytes(
        "name: Bureau\r\nlanguages: [ar]\nfields:\n  office_name: مكتب\n".encode("cp1256")
    )
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert exc.value.render().startswith(
        f"{bad}:4:16: error[load.read]: office.yaml is not UTF-8 text: byte 0xE3 at column 16, "
        "which is 'ã' in Windows-1252 (what Notepad's 'ANSI' saves)\n"
    )
    # after a byte order mark, on its line: the mark is not a character an editor shows
    bad.write_bytes(b"\xef\xbb\xbfname: caf\xe9\n")
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert exc.value.render().startswith(f"{bad}:1:10: error[load.read]:")
    good = tmp_path / "good.yaml"
    good.write_bytes(b"a: 1\r\nb: |\r\n  x\r\n  y\r\n")
    assert load_yaml(good).plain() == {"a": 1, "b": "x\ny\n"}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("18:30", "18:30"),  # YAML 1.1: 1110 (base 60)
        ("1:20:00", "1:20:00"),  # 4800
        ("190:20:30.15", "190:20:30.15"),  # 685230.15
        ("0101", "0101"),  # octal 65
        ("-0123456", "-0123456"),
        ("08", "08"),
        ('"18:30"', "18:30"),
        ("12", 12),
        ("0", 0),
        ("0.5", 0.5),
        ("-1.25", -1.25),
        ("1_000", 1000),
        ("0x1F", 31),
        ("true", True),
    ],
)
def test_numbers_only_yaml_1_1_reads_stay_as_written(written: str, read: object) -> None:
    """A time (18:30) or an id or phone number with a leading zero is text as written, not
    YAML 1.1's base-60 or octal number; other numbers are numbers."""
    value = parse_yaml(f"a: {written}\n", Path("x.yaml")).plain()["a"]
    assert value == read
    assert type(value) is type(read)


@pytest.mark.parametrize(
    ("text", "line", "above", "column"),
    [
        # `email:` dedented out of `fields:` (line 3): the line after it is "deeper"
        ("fields:\n  helpline: x\nemail: a@b.org\n  social: '@h'\n", 4, 3, 3),
        # a key dedented out of its own mapping (line 3)
        ("by:\n  ar:\n  helpline: x\n    name: y\n", 4, 3, 5),
    ],
)
def test_a_line_deeper_than_a_finished_value_is_named_as_indentation(
    text: str, line: int, above: int, column: int
) -> None:
    """They were "mapping values are not allowed here" and "expected <block end>, but found
    '<block mapping start>'", which say nothing of indentation."""
    out = error_of(text)
    assert out.startswith(
        f"x.yaml:{line}:{column}: error[load.yaml]: line {line} is indented more than line "
        f"{above} above it, whose key has a value already: YAML cannot read it ("
    )
    assert (
        f"  hint: if lines {above} and {line} are keys of one mapping, indent them the same, as "
        f"the keys around them; to put line {line} under line {above}'s key, that key takes no "
        "value on its own line"
    ) in out


def test_yaml_1_1_booleans_stay_text_as_written(tmp_path: Path) -> None:
    """YAML 1.2 reads only true and false as booleans; PyYAML reads YAML 1.1's yes, no, on,
    off, y and n too: `languages: [en, no]` listed Norwegian as False."""
    from campaign.load import load_yaml

    path = tmp_path / "x.yaml"
    path.write_text("a: no\nb: Yes\nc: true\nd: FALSE\ne: 'no'\nf: [en, no, On]\ng: off\n", "utf-8")
    assert load_yaml(path).plain() == {
        "a": "no",
        "b": "Yes",
        "c": True,
        "d": False,
        "e": "no",
        "f": ["en", "no", "On"],
        "g": "off",
    }


def test_norwegian_is_a_language_and_a_flag_still_reads_no(tmp_path: Path) -> None:
    """`no` (Norwegian, ISO 639-1) as a language code, in campaign.yaml's list and a strings
    file's `language:`; `check_colours: no` is still false."""
    from campaign.kit import load_kit
    from tests.kits import mini_copy

    edits = {
        "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, no]"),
    }
    kit = mini_copy(tmp_path / "kit", edits)
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8").replace("check_colours: false", "check_colours: no")
    campaign.write_text(text, encoding="utf-8")
    en = (kit / "materials/strings/en.yaml").read_text(encoding="utf-8")
    (kit / "materials/strings/no.yaml").write_text(
        en.replace("language: en", "language: no").replace("name: English", "name: Norwegian"),
        encoding="utf-8",
    )
    loaded = load_kit(kit)
    assert loaded.campaign.languages == ("en", "ar", "no")
    assert "no" in loaded.languages
    assert loaded.campaign.check_colours is False


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_file_with_its_byte_order_mark_is_read(
    tmp_path: Path, encoding: str
) -> None:
    """YAML 1.2 (5.2) allows UTF-16 and UTF-32 told by the byte order mark: an office file
    saved as "Unicode" by Notepad was "not UTF-8: invalid start byte"."""
    from campaign.load import load_yaml

    path = tmp_path / "office.yaml"
    text = "name: Bureau\r\nlanguages: [ar]\nfields:\n  office_name: مكتب\n"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # utf-16 and utf-32 write their own
    path.write_bytes((bom + text).encode(encoding))
    node = load_yaml(path)
    assert node.value["fields"].value["office_name"].value == "مكتب"
    assert node.value["fields"].value["office_name"].mark.line == 4


def test_a_strings_file_not_utf8_stops_check_at_its_byte(tmp_path: Path) -> None:
    """A strings file saved in Windows-1256 (Notepad's 'ANSI' on an Arabic Windows) is named
    as a translator's PO, XLIFF or CSV file is (textfile.not_text): it said "failed to read
    file (not UTF-8: invalid continuation byte)". Its byte is read in Arabic's code page
    (it was 'Þ' in Windows-1252), and the file converted from it."""
    from ..kits import check, mini_copy

    kit = mini_copy(tmp_path / "kit")
    ar = kit / "materials/strings/ar.yaml"
    ar.write_bytes(ar.read_text(encoding="utf-8").encode("cp1256"))  # word: قلب is DE E1 C8
    assert check(kit) == (
        1,
        "materials/strings/ar.yaml:5:9: error[load.read]: ar.yaml is not UTF-8 text: byte 0xDE "
        "at column 9, which is '\u0642' in Windows-1256 (what Notepad's 'ANSI' saves)\n"
        f"{SAVE_YAML}\n"
        "  hint: ar.yaml reads as Windows-1256 throughout: convert it with `iconv -f CP1256 -t "
        "UTF-8 ar.yaml > ar-utf8.yaml`, or open it as Windows-1256 in a text editor and save "
        "it with the encoding UTF-8 (a character Windows-1256 has not was saved as '?': where "
        "you can, save the original again as UTF-8)\n1 error(s)\n",
    )


def test_utf16_without_its_text_is_named(tmp_path: Path) -> None:
    """A file with UTF-16's mark and then bytes no UTF-16 has: an error naming UTF-16."""
    from campaign.load import load_yaml

    bad = tmp_path / "bad.yaml"
    bad.write_bytes("\ufeffname: a\nb: \u0628".encode("utf-16-le") + b"\x00\xd8")  # half a pair
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert exc.value.render() == (
        f"{bad}:2:5: error[load.read]: bad.yaml is not UTF-16 text, as its byte order mark "
        "says: the bytes at column 5 are no UTF-16 character\n" + SAVE_YAML
    )


def test_utf16_without_its_byte_order_mark_is_named(tmp_path: Path) -> None:
    """It stopped `check` on an internal error (PyYAML's ReaderError: control characters)."""
    from campaign.load import load_yaml

    bad = tmp_path / "office.yaml"
    bad.write_bytes("name: Bureau\nlanguages: [en]\n".encode("utf-16-le"))
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(bad)
    assert (
        exc.value.render()
        == (  # the file's start, not its first NUL (1:2)
            f"{bad}:1:1: error[load.read]: office.yaml is not UTF-8 text: it is UTF-16LE (without "
            "a byte order mark: its ASCII characters have NUL bytes)\n" + SAVE_YAML + "\n  hint: "
            "convert it with `iconv -f UTF-16LE -t UTF-8 office.yaml > office-utf8.yaml`, or open "
            "it in a text editor and save it with the encoding UTF-8"
        )
    )


def test_a_number_with_its_unit_is_told_to_drop_it(kit_copy) -> None:  # type: ignore[no-untyped-def]
    """An office's trial: `trim: [500mm, 707]` was a type error with no hint."""
    from tests.kits import cli

    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(text.replace("\ntrim: [297, 420]\n", "\ntrim: [297mm, 420]\n"), "utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert (
        "poster-a3.yaml:7:7: error[schema.type]: 'trim' in poster-a3.yaml must be a list of 2 "
        "numbers from 10 to 5000 (got ['297mm', 420])\n"
        "  hint: write numbers without their unit, in mm: 297, not 297mm\n"
    ) in out, out


def test_a_trim_written_as_a_size_in_inches_is_given_in_mm(kit_copy) -> None:  # type: ignore[no-untyped-def]
    """`trim: 8.5x14in`, as a US print order writes it: "must be a list of 2 numbers" and no
    hint (a US print shop's trial)."""
    from tests.kits import cli

    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(text.replace("\ntrim: [297, 420]\n", "\ntrim: 8.5x14in\n"), "utf-8")
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    assert (
        "poster-a3.yaml:7:7: error[schema.type]: 'trim' in poster-a3.yaml must be a list of 2 "
        "numbers from 10 to 5000 (got '8.5x14in')\n"
        "  hint: write the size as a list of numbers in mm: [215.9, 355.6], not 8.5x14in\n"
    ) in out, out


@pytest.mark.parametrize(
    ("got", "unit", "hint"),
    [  # a review: 50cm was told "write 50", on a key in mm
        (["50cm", 70], "mm", "write numbers without their unit, in mm: 500, not 50cm"),
        (["8.5in", 11], "mm", "write numbers without their unit, in mm: 215.9, not 8.5in"),
        ("12pt", "pt", "write numbers without their unit, in pt: 12, not 12pt"),
        ("400px", "mm", "write numbers without their unit: 400px has one; this key's numbers "
         "are in mm"),
        ([10, 20], "mm", ""),
        # a US print shop's trial: 3.17 for the kit's own 3.175, and no hint for a size
        ("0.125in", "mm", "write numbers without their unit, in mm: 3.175, not 0.125in"),
        ("8.5x14in", "mm", "write the size as a list of numbers in mm: [215.9, 355.6], not "
         "8.5x14in"),
        ("11 x 17 in", "mm", "write the size as a list of numbers in mm: [279.4, 431.8], not "
         "11 x 17 in"),
        ("297x420mm", "mm", "write the size as a list of numbers in mm: [297, 420], not "
         "297x420mm"),
    ],
)  # fmt: skip
def test_a_unit_hint_gives_the_number_in_the_keys_unit(got: object, unit: str, hint: str) -> None:
    from campaign.kit.spec import _unit_hint

    assert _unit_hint(got, unit) == hint


@pytest.mark.parametrize("written", ["2027-02-30", "2027-13-01", "2027-07-30", "2027-07-30T18:00Z"])
def test_a_date_is_kept_as_written_even_one_no_calendar_has(written: str) -> None:
    """A plain date is text, as written: PyYAML's own reading of `2027-02-30` raised
    ValueError, which every command reported as an internal error (exit 70) from an office
    file, a strings file, a print order or a merge's YAML form (a regional office's trial)."""
    node = parse_yaml(f"name: {written}\nlist: [{written}]\n", P)
    assert node.plain() == {"name": written, "list": [written]}
    assert (node.value["name"].mark.line, node.value["name"].mark.col) == (1, 7)


def test_a_yaml_forms_impossible_date_is_an_error_at_its_value(tmp_path: Path) -> None:
    """An event's form with a day February has not: the date check's error at its value,
    as a CSV's cell gets."""
    from click.testing import CliRunner

    from campaign.cli import main

    form = tmp_path / "feb.yaml"
    form.write_text(
        "event_id: walk\nlanguage: es\ntitle: Caminata\ndate: 2027-02-30\nvenue: Parque\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["merge", "event-flyer-a5", str(form), "-o", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert result.output == (
        f"{form}:4:7: error[merge.value]: record 1, field date: '2027-02-30' is no day of the "
        "calendar (year 2027, month 2, day 30)\n"
        "  hint: month 2 of 2027 has 28 days, the last 2027-02-28: check the day and the month\n"
        "1 error(s)\n"
    )
