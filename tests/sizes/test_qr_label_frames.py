"""A QR code's label that a size's own frame keeps away from its code (`layout.qr-label`):
a designer moved the A3 poster's QR code and its label from the end to the start, and the
A4 and Letter sizes' own frame of the label (`sizes: a4: slots: {qr-label: {frame: {end:
...}}}`) stayed at the end, "Scannez pour en savoir plus et agir" printed beside the
hashtags, far from its code, while `check` said ok (a designer's trial). A mistyped slot
name in a size's `slots:` is told the slot it means."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
POSTER = "materials/layouts/poster-a3.yaml"
# the trial's edit: the QR code and its label to the start, what was there to start 90
MOVES = (
    ("alt: qr_label, frame: {end: 22,", "alt: qr_label, frame: {start: 22,"),
    ("style: qr_label,\n     frame: {end: 22,", "style: qr_label,\n     frame: {start: 22,"),
    ("frame: {start: 22, top: 332, width: 185", "frame: {start: 90, top: 332, width: 185"),
    ("frame: {start: 22, top: 348, width: 185", "frame: {start: 90, top: 348, width: 185"),
    ("frame: {start: 22, top: 389, width: 88", "frame: {start: 90, top: 389, width: 88"),
    ("frame: {start: 114, top: 389", "frame: {start: 182, top: 389"),
    ("style: contact, frame: {start: 22, top: 389", "style: contact, frame: {start: 90, top: 389"),
    ("frame: {start: 22, top: 401, width: 200", "frame: {start: 90, top: 401, width: 185"),
)
A4_LABEL = "      qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}"
LETTER_LABEL = "      qr-label: {frame: {end: 23.797, top: 262.5, width: 33.262, height: 11.9}}"


def moved() -> str:
    text = (ROOT / POSTER).read_text(encoding="utf-8")
    for old, new in MOVES:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def line_of(text: str, written: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(written))


def warning(
    line: int, size: str, gone: float, frame: str, fixed: str, trim: str, langs: str
) -> str:
    return (
        f"poster-a3.yaml:{line}:17: warning[layout.qr-label]: poster-{size} slot 'qr-label': "
        f"the label under QR code 'qr' on poster-a3 is not next to the code on poster-{size}: "
        f"it lies {gone} mm from it towards the end edge (poster-{size}'s own frame of "
        f"'qr-label': {frame}); on its pages in {langs}\n"
        f"  hint: give 'qr-label' a frame next to its code in `sizes: {trim}: slots:`, centred "
        f"under 'qr': `qr-label: {{frame: {fixed}}}`, or leave 'qr-label' out of the size's "
        "`slots:` to have it scaled with poster-a3's frames (a QR code and its label are "
        "placed together)\n"
        f"  hint: this is poster-{size}'s own frame of 'qr-label', written from the end edge "
        "(`end:`) where poster-a3's frame of it is from the start (`start:`): a size's own "
        "frame stays where it is written when the design's slots move\n"
    )


A4 = ("{end: 15.556, top: 279.4, width: 35.354, height: 12.5}", 108.2)
LETTER = ("{end: 23.797, top: 262.5, width: 33.262, height: 11.9}", 101.8)


def test_the_shipped_posters_labels_are_under_their_codes() -> None:
    code, out = cli("check", "--only", "poster-a4,poster-letter", "--lang", "fr,ar")
    assert code == 0, out
    assert "layout.qr-label" not in out


@pytest.mark.parametrize(
    ("langs", "named"), [("fr,ar", "fr and ar"), ("ar", "ar")]
)  # right-to-left: mirrored, and told so; the languages named, once a size
def test_a_sizes_own_label_frame_left_behind_by_its_code_is_warned(
    kit_copy: Callable[..., Path], langs: str, named: str
) -> None:
    text = moved()
    kit = kit_copy(**{POSTER: text})
    code, out = cli("check", "--kit", kit, "--only", "poster-a4,poster-letter", "--lang", langs)
    assert code == 0, out
    a4 = warning(
        line_of(text, A4_LABEL), "a4", A4[1], A4[0],
        "{start: 15.556, top: 279.4, width: 35.354, height: 12.5}", "a4", named,
    )  # fmt: skip
    letter = warning(
        line_of(text, LETTER_LABEL), "letter", LETTER[1], LETTER[0],
        "{start: 23.797, top: 262.5, width: 33.262, height: 11.9}", "letter", named,
    )  # fmt: skip
    assert a4 in out, out
    assert letter in out, out
    assert out.count("layout.qr-label") == 2  # once a size, not once a language


@pytest.mark.parametrize("fix", ["start", "left out"])
def test_the_warnings_fix_and_leaving_the_frame_out_both_pass(
    kit_copy: Callable[..., Path], fix: str
) -> None:
    text = moved()
    if fix == "start":  # the frame the hint gives: the design's side
        fixed = text.replace(A4_LABEL, A4_LABEL.replace("{end:", "{start:")).replace(
            LETTER_LABEL, LETTER_LABEL.replace("{end:", "{start:")
        )
    else:
        fixed = text.replace(f"    slots:\n{A4_LABEL}\n", "").replace(
            f"    slots:\n{LETTER_LABEL}\n", ""
        )
    assert fixed != text
    kit = kit_copy(**{POSTER: fixed})
    code, out = cli("check", "--kit", kit, "--only", "poster-a4,poster-letter", "--lang", "fr,ar")
    assert code == 0, out
    assert "layout.qr-label" not in out, out


def test_a_build_warns_too(kit_copy: Callable[..., Path]) -> None:
    text = moved()
    kit = kit_copy(**{POSTER: text})
    code, out = cli(
        "build", "--kit", kit, "-o", kit / "out", "--only", "poster-a4", "--lang", "fr",
        "--no-png", "--no-digital", "--json",
    )  # fmt: skip
    assert code == 0, out
    told = [d for d in json.loads(out)["diagnostics"] if d["code"] == "layout.qr-label"]
    assert [(d["severity"], d["line"], d["column"], d["subject"]) for d in told] == [
        ("warning", line_of(text, A4_LABEL), 17, {"material": "poster-a4", "slot": "qr-label"})
    ], told


def test_a_sizes_own_code_frame_away_from_its_label_is_told_at_it(
    kit_copy: Callable[..., Path],
) -> None:
    """The A2 size gives the code a frame of its own at the start; its label, scaled from
    the design's at the end, stays there: told at the code's frame, with the code's fix."""
    a2 = "  a2: {trim: [420, 594], title: Poster A2}"
    own = (
        "  a2:\n    trim: [420, 594]\n    title: Poster A2\n    slots:\n"
        "      qr: {frame: {start: 31.113, top: 486.449, width: 70.711, height: 70.711}}"
    )
    text = (ROOT / POSTER).read_text(encoding="utf-8")
    assert text.count(a2) == 1
    text = text.replace(a2, own)
    kit = kit_copy(**{POSTER: text})
    code, out = cli("check", "--kit", kit, "--only", "poster-a2", "--lang", "en")
    assert code == 1, out  # it covers the calls to act there too: layout.overlap
    line = line_of(text, "      qr: {frame:")
    assert (
        f"poster-a3.yaml:{line}:11: warning[layout.qr-label]: poster-a2 slot 'qr-label': the "
        "label under QR code 'qr' on poster-a3 is not next to the code on poster-a2: it lies "
        "216.4 mm from it towards the end edge (poster-a2's own frame of 'qr': {start: "
        "31.113, top: 486.449, width: 70.711, height: 70.711}); on its pages in en\n"
        "  hint: give 'qr' a frame by its label in `sizes: a2: slots:`, centred on "
        "'qr-label': `qr: {frame: {end: 31.109, top: 486.449, width: 70.711, height: "
        "70.711}}`, or leave 'qr' out of the size's `slots:` to have it scaled with "
        "poster-a3's frames (a QR code and its label are placed together)\n"
        "  hint: this is poster-a2's own frame of 'qr', written from the start edge "
        "(`start:`) where poster-a3's frame of it is from the end (`end:`): a size's own "
        "frame stays where it is written when the design's slots move\n"
    ) in out, out


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("qrcode", "did you mean 'qr'? (the layout's one `kind: qr` slot)"),
        ("QR_code", "did you mean 'qr'? (the layout's one `kind: qr` slot)"),
        ("svgart", "did you mean 'emblem'? (the layout's one `kind: svg` slot)"),
        ("textblock", None),  # many text slots: none is meant more than another
    ],
)
def test_a_mistyped_slot_of_a_size_is_told_the_slot_of_its_kind(
    kit_copy: Callable[..., Path], name: str, hint: str | None
) -> None:
    text = (ROOT / POSTER).read_text(encoding="utf-8")
    assert text.count(A4_LABEL) == 1
    text = text.replace(A4_LABEL, A4_LABEL.replace("qr-label", name))
    kit = kit_copy(**{POSTER: text})
    code, out = cli("check", "--kit", kit, "--only", "poster-a4", "--lang", "en")
    assert code == 1, out
    told = (
        f"poster-a3.yaml:{line_of(text, f'      {name}:')}:7: error[ref.slot]: size 'a4' "
        f"overrides the frame of slot '{name}', which the layout does not have\n"
    )
    assert told + (f"  hint: {hint}\n" if hint else "") in out, out
    if hint is None:
        assert "did you mean" not in out.split(told)[1].split("\n")[0], out
