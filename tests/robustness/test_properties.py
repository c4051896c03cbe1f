"""Property-based tests (hypothesis) over loading, validation, text layout and the command line:
any input gives a result or a user error (exit 1, or click's usage error, exit 2), never an
internal error (exit 70) or a traceback. Each example runs `check` or a small build of the mini
kit in this process, so the example counts are small; the derandomised seed makes every run
try the same inputs (CI and a laptop agree)."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from campaign.fonts import load_fontbook
from campaign.text.paragraph import BlockStyle, MissingGlyphError, prepare, set_paragraphs
from tests.kits import ROOT, cli, mini_copy

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FONTS = load_fontbook(ROOT / "fonts")


def fresh(tmp: Path) -> Path:
    kit = tmp / "kit"
    if kit.exists():
        shutil.rmtree(kit)
    return mini_copy(kit)


def never_internal(code: int, out: str) -> None:
    assert code in (0, 1, 2), out
    assert "Traceback" not in out
    assert "error[build.internal]" not in out, out


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_string_value_is_checked_or_refused(tmp_path: Path, text: str) -> None:
    kit = fresh(tmp_path)
    strings = kit / "materials/strings/en.yaml"
    source = strings.read_text(encoding="utf-8")
    strings.write_text(source.replace("word: Heart", f"word: {json.dumps(text)}"), "utf-8")
    code, out = cli("check", "--kit", kit)
    never_internal(code, out)


NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([".nan", ".inf", "-.inf", "1e999", "0x10", "12pt", "", "~", "[1]", "{}"]),
)


def yaml_number(value: object) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    return str(value)  # an int, or a YAML snippet as written


# numbers of the mini kit's text.yaml: (as written, written with a placeholder, range)
PLACES = {
    "style size": ("size: 12,", "size: {},", (3, 1000)),
    "frame width": ("width: 14, height: 14", "width: {}, height: 14", (0, math.inf)),
    "frame top": (
        "start: 3, top: 3, width: 14",
        "start: 3, top: {}, width: 14",
        (-math.inf, math.inf),
    ),
    "bleed": ("bleed: 3", "bleed: {}", (0, math.inf)),
}


@SETTINGS
@given(place=st.sampled_from(sorted(PLACES)), value=NUMBERS)
@example(place="style size", value=".nan")
@example(place="frame width", value=".inf")
@example(place="bleed", value="-.inf")
@example(place="frame top", value=float("nan"))
def test_any_number_in_a_layout_is_checked_or_refused(
    tmp_path: Path, place: str, value: object
) -> None:
    """One number of a layout at a time (so that the others cannot hide it): checked, or
    refused as a user error; never accepted when it is not a finite number."""
    kit = fresh(tmp_path)
    layout = kit / "materials/layouts/text.yaml"
    source = layout.read_text(encoding="utf-8")
    old, new, (low, high) = PLACES[place]
    assert old in source
    written = yaml_number(value)
    layout.write_text(source.replace(old, new.format(written), 1), encoding="utf-8")
    code, out = cli("check", "--kit", kit)
    never_internal(code, out)
    read = yaml.safe_load(f"v: {written}")["v"]  # what YAML makes of it: 0x10 is 16
    if code == 0:  # accepted: a finite number, in the schema's range
        assert isinstance(read, int | float), out
        assert not isinstance(read, bool), out
        assert math.isfinite(read), out
        assert low <= read <= high, out


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
    width=st.floats(min_value=1.0, max_value=600.0),
    rtl=st.booleans(),
    lang=st.sampled_from(["en", "ar", "zh", "hi", "th", "de", "ko", "my"]),
)
def test_any_text_sets_into_lines(text: str, width: float, rtl: bool, lang: str) -> None:
    """The line breaker and shaper take any text at any width: every line's runs lie inside
    the paragraph, in order, and the lines together cover its last character that is not
    a space or a line break."""
    stack = [
        face
        for script in ("Latn", "Arab", "Hans", "Deva", "Thai")
        for face in FONTS.stack(script, "regular", lang)
    ]
    style = BlockStyle(12, 1.2, "start", False, 0.4)
    try:
        p = prepare(text, lang, rtl, stack)
    except MissingGlyphError:
        return  # the user error text.no-glyph, reported by the layout stage with its place
    lines, height, _ = set_paragraphs([p], width, style, stack[0])
    assert height >= 0
    stops = [max(r.end for r in line.runs) for line in lines if line.runs]
    assert stops == sorted(stops)
    visible = text.rstrip(" \n\t\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
    if visible and lines:
        assert max(stops) >= len(visible) - 1 or any(line.hyphen for line in lines)


OPTION_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=20)


@SETTINGS
@given(
    langs=st.one_of(OPTION_TEXT, st.sampled_from(["en", "ar", "en,ar", ",", "EN", "en,,xx"])),
    only=st.one_of(OPTION_TEXT, st.sampled_from(["text", "boxes,text", "nope", " "])),
)
def test_any_check_options_are_read_or_refused(tmp_path: Path, langs: str, only: str) -> None:
    code, out = cli(
        "check", "--kit", ROOT / "tests/data/kits/mini", "--lang", langs, "--only", only
    )
    never_internal(code, out)


@settings(SETTINGS, max_examples=15)
@given(
    shard=st.one_of(OPTION_TEXT, st.sampled_from(["1/1", "1/2", "2/2", "0/1", "3/2", "1/0"])),
    ppi=st.one_of(OPTION_TEXT, st.sampled_from(["10", "1200", "9.99", "nan", "inf", "-1"])),
)
def test_any_build_options_are_read_or_refused(tmp_path: Path, shard: str, ppi: str) -> None:
    out = tmp_path / "out"
    shutil.rmtree(out, ignore_errors=True)
    code, text = cli(
        "build",
        "--kit",
        ROOT / "tests/data/kits/mini",
        "-o",
        out,
        "--only",
        "boxes",
        "--lang",
        "en",
        "--no-digital",
        "--shard",
        shard,
        "--png-ppi",
        ppi,
        "--jobs",
        "1",
    )
    never_internal(code, text)


@SETTINGS
@given(
    epoch=st.one_of(
        st.integers(min_value=-(10**20), max_value=10**20).map(str),
        st.text(max_size=12),
        st.sampled_from(["253402300799", "253402300800", "0", "1.5", " 1", "١٢٣", "-1"]),
    )
)
def test_any_source_date_epoch_is_used_or_refused(epoch: str) -> None:
    from campaign.cli import LAST_EPOCH, check_source_date_epoch
    from campaign.diagnostics import DiagnosticsError

    good = epoch == "" or (epoch.isascii() and epoch.isdigit() and int(epoch) <= LAST_EPOCH)
    if good:
        check_source_date_epoch(epoch)
    else:
        with pytest.raises(DiagnosticsError) as caught:
            check_source_date_epoch(epoch)
        assert caught.value.diagnostics[0].code == "env.source-date-epoch"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    value=st.one_of(
        st.text(max_size=60),
        st.text(alphabet="0123456789,. '\u00a0\u202f+-", max_size=30),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.none(),
    ),
    formula=st.booleans(),
)
@example(value="9" * 5000, formula=False)  # int() of it: Python's 4,300-digit limit
@example(value="5\u00b2", formula=False)  # isdigit() and not int(): an internal error
def test_any_copies_cell_is_a_number_in_range_or_a_reason(value: object, formula: bool) -> None:
    """A print order's copies cell (printorder._copies): whatever a spreadsheet holds, a
    whole number from 1 to MAX_COPIES or the words of why not, never an exception."""
    from campaign.merge.data import Cell
    from campaign.printorder import MAX_COPIES, _copies

    found = _copies(Cell(value, 2, "copies", 3, formula))  # type: ignore[arg-type]
    assert isinstance(found, int | str)
    if isinstance(found, int):
        assert not isinstance(found, bool)
        assert 1 <= found <= MAX_COPIES
        assert not formula
