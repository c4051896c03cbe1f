"""Printer's marks drawn on a canvas that records every call: crop marks, registration targets,
the colour bar and the slug, each line and patch at its exact place in pt, in registration
colour, and only the marks the layout asks for; the die line (CutContour) as written to a
PDF."""

from __future__ import annotations

import io
import math
from typing import Any

import pikepdf
import pytest
from reportlab.lib.colors import CMYKColor, CMYKColorSep
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.layout.document import MM, Document
from campaign.model import Marks
from campaign.recent import Recent
from campaign.render import marks
from campaign.render.marks import (
    SLUG_SIZE,
    draw_colour_bar,
    draw_crop_marks,
    draw_cut_contour,
    draw_marks,
    draw_registration_targets,
    draw_slug,
)
from campaign.render.target import MARK_LENGTH, MARK_WIDTH, Target
from campaign.text.paragraph import build_line, prepare

L = MARK_LENGTH
R = 1.6 * MM  # a registration target's radius


def ink(c: CMYKColor) -> tuple[Any, ...]:
    """A process colour as its four inks; a separation as (its colorant, its tint, its
    alternate at tint 1): the registration colour ("All", 0.69, (1, 1, 1, 1))."""
    if isinstance(c, CMYKColorSep):
        return (c.spotName, c.density, (c.cyan, c.magenta, c.yellow, c.black))
    return (c.cyan, c.magenta, c.yellow, c.black)


class Recorder:
    """Stands in for a reportlab Canvas: every call as (method, arguments), colours as CMYK."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        def record(*args: Any, **kw: Any) -> None:
            args = tuple(ink(a) if isinstance(a, CMYKColor) else a for a in args)
            self.calls.append((name, *args, *sorted(kw.items())))

        return record

    def of(self, *names: str) -> list[tuple[Any, ...]]:
        return [c for c in self.calls if c[0] in names]


def approx(calls: list[tuple[Any, ...]]) -> list[Any]:
    return [
        tuple(pytest.approx(v, abs=1e-9) if isinstance(v, float) else v for v in c) for c in calls
    ]


def test_crop_marks_start_at_the_bleed_and_point_away_from_the_trim() -> None:
    c = Recorder()
    m, tw, th, b = 40.0, 100.0, 60.0, 9.0
    draw_crop_marks(c, m, tw, th, b, CMYKColor(0.1, 0.2, 0.3, 0.4))  # type: ignore[arg-type]
    assert c.calls[:2] == [("setStrokeColor", (0.1, 0.2, 0.3, 0.4)), ("setLineWidth", MARK_WIDTH)]
    assert approx(c.calls[2:]) == [
        ("line", m - b, m, m - b - L, m),  # bottom left, horizontal
        ("line", m, m - b, m, m - b - L),  # bottom left, vertical
        ("line", m + tw + b, m, m + tw + b + L, m),  # bottom right
        ("line", m + tw, m - b, m + tw, m - b - L),
        ("line", m - b, m + th, m - b - L, m + th),  # top left
        ("line", m, m + th + b, m, m + th + b + L),
        ("line", m + tw + b, m + th, m + tw + b + L, m + th),  # top right
        ("line", m + tw, m + th + b, m + tw, m + th + b + L),
    ]
    assert MARK_WIDTH == 0.25
    assert L == pytest.approx(5 * 72 / 25.4)


def test_registration_targets_sit_a_mark_and_a_mm_out_on_every_side() -> None:
    c = Recorder()
    m, tw, th, b = 40.0, 100.0, 60.0, 9.0
    draw_registration_targets(c, m, tw, th, b, CMYKColor(0.5, 0.5, 0.5, 0.5))  # type: ignore[arg-type]
    d = b + L / 2 + MM
    centres = [(m + tw * 0.85, m - d), (m + tw * 0.15, m + th + d), (m - d, m + th / 2)]
    centres.append((m + tw + d, m + th / 2))
    expected: list[tuple[Any, ...]] = [
        ("setStrokeColor", (0.5, 0.5, 0.5, 0.5)),
        ("setLineWidth", MARK_WIDTH),
    ]
    for x, y in centres:
        expected += [
            ("circle", x, y, R, ("fill", 0), ("stroke", 1)),
            ("line", x - R * 1.6, y, x + R * 1.6, y),
            ("line", x, y - R * 1.6, x, y + R * 1.6),
        ]
    assert approx(c.calls) == approx(expected)


def test_registration_targets_move_in_where_the_press_sheet_is_tight() -> None:
    """With less room past the bleed than a target's usual place needs (`reach`, pt at the
    sides and at the ends: target.mark_reach, 5.525 mm on Tabloid's 12 x 18 in sheet), its
    centre moves toward the trim until its cross and half its stroke end at that reach, its
    cross still outside the bleed; where there is room it stays put."""
    c = Recorder()
    m, tw, th, b = 40.0, 100.0, 60.0, 9.0
    half = R * 1.6 + MARK_WIDTH / 2
    reach = (5.525 * MM, 20 * MM)  # tight at the sides, room above and below
    draw_registration_targets(c, m, tw, th, b, CMYKColor(0, 0, 0, 1), ((), ()), reach)  # type: ignore[arg-type]
    circles = [call[1:3] for call in c.calls if call[0] == "circle"]
    d, e = b + reach[0] - half, b + L / 2 + MM
    assert approx(circles) == approx(
        [
            (m + tw * 0.85, m - e),
            (m + tw * 0.15, m + th + e),
            (m - d, m + th / 2),
            (m + tw + d, m + th / 2),
        ]
    )
    assert d - half >= b  # outside the bleed


@pytest.mark.parametrize(
    ("tw", "size"),
    [
        (100 * MM, 4 * MM),  # wide: 4 mm patches
        (50 * MM, 4 * MM),  # exactly 2 + 12 x 4 mm
        (26 * MM, 2 * MM),  # narrow: (26 - 2) / 12 mm
    ],
)
def test_colour_bar_patches_in_order_centred_above_the_bleed(tw: float, size: float) -> None:
    c = Recorder()
    m, th, b = 30.0, 200.0, 8.5
    draw_colour_bar(c, m, tw, th, b, (0.69, 0.69, 0.69, 0.69))  # type: ignore[arg-type]
    inks = [
        (1, 0, 0, 0),
        (0, 1, 0, 0),
        (0, 0, 1, 0),
        (0, 0, 0, 1),
        (0.5, 0, 0, 0),
        (0, 0.5, 0, 0),
        (0, 0, 0.5, 0),
        (0, 0, 0, 0.5),
        (1, 1, 0, 0),
        (1, 0, 1, 0),
        (0, 1, 1, 0),
        (0.69, 0.69, 0.69, 0.69),
    ]
    x0 = m + (tw - 12 * size) / 2
    expected: list[tuple[Any, ...]] = []
    for i, cmyk in enumerate(inks):
        expected.append(("setFillColor", cmyk))
        expected.append(
            ("rect", x0 + i * size, m + th + b + MM, size, size, ("fill", 1), ("stroke", 0))
        )
    assert approx(c.calls) == approx(expected)


def page(width_mm: float = 100.0, height_mm: float = 60.0, bleed_mm: float = 3.0) -> Document:
    return Document(
        "p",
        "P",
        "poster",
        "en",
        False,
        (width_mm * MM, height_mm * MM),
        bleed_mm * MM,
        5 * MM,
        (),
        None,
    )


@pytest.mark.parametrize(
    ("flags", "drawn"),
    [
        (Marks(True, False, False, False), ["crop"]),
        (Marks(False, True, False, False), ["registration"]),
        (Marks(False, False, True, False), ["colour_bar"]),
        (Marks(False, False, False, True), ["slug"]),
        (Marks(True, True, True, True), ["crop", "registration", "colour_bar", "slug"]),
        (Marks(False, False, False, False), []),
    ],
)
def test_draw_marks_draws_what_the_layout_asks_for(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook, flags: Marks, drawn: list[str]
) -> None:
    seen: list[tuple[Any, ...]] = []
    for name in ("crop", "registration", "colour_bar"):
        fn = f"draw_{name}_marks" if name == "crop" else f"draw_{name}"
        fn = "draw_registration_targets" if name == "registration" else fn
        monkeypatch.setattr(marks, fn, lambda *a, _n=name: seen.append((_n, *a[1:])))
    monkeypatch.setattr(marks, "draw_slug", lambda *a: seen.append(("slug", *a[1:])))
    target = Target(marks=flags, slug="poster  |  en", max_ink=280)
    doc = page()
    draw_marks(Recorder(), target, 50.0, doc, fonts)  # type: ignore[arg-type]
    assert [s[0] for s in seen] == drawn
    tw, th = doc.trim
    reg = (0.69, 0.69, 0.69, 0.69)  # the colour bar's last patch: process inks
    for s in seen:
        if s[0] in ("crop", "registration"):
            assert s[1:5] == (50.0, tw, th, doc.bleed)
            assert ink(s[5]) == ("All", 0.69, (1, 1, 1, 1))  # every plate at 69 %
            # no folds; the targets' room past the bleed: the whole 10 mm of the media's
            # margin, which the 100 x 60 mm page's press sheet (SRA4) has room for
            room = (((), ()), (10 * MM, 10 * MM))
            assert approx(s[6:]) == approx(room if s[0] == "registration" else ())
        elif s[0] == "colour_bar":
            # kept clear of the top target, where there is one: its cross and half its stroke
            # each way from 15 % of the trim (a bookmark's bar was drawn over it: a trial)
            reach = 1.6 * R + MARK_WIDTH / 2
            keep = ((tw * 0.15 - reach, tw * 0.15 + reach),) if flags.registration else ()
            assert approx([s[1:]]) == approx([(50.0, tw, th, doc.bleed, reg, (), keep)])
        else:
            assert s[1:] == (target, 50.0, doc, fonts, ())


def test_no_slug_without_slug_text(monkeypatch: pytest.MonkeyPatch, fonts: FontBook) -> None:
    seen: list[object] = []
    monkeypatch.setattr(marks, "draw_slug", lambda *a: seen.append(a))
    draw_marks(Recorder(), Target(marks=Marks(False, False, False, True)), 50.0, page(), fonts)  # type: ignore[arg-type]
    assert seen == []


def slug_lines(text: str, width: float, size: float, fonts: FontBook) -> list[list[Any]]:
    """The slug's fields wrapped as draw_slug wraps them (`marks._wrap`, each field measured
    as it is set), each line set as one text: runs, their widths in pt."""
    face = fonts.slug_face()
    lines = marks._wrap(text, width, lambda t: marks._setting(t, size, face)[1])
    return [list(marks._setting(marks.SLUG_SEPARATOR.join(line), size, face)[0]) for line in lines]


def texts(lines: list[list[Any]]) -> list[str]:
    return ["".join(r.text for r in runs) for runs in lines]


def test_slug_fields_are_joined_while_they_fit(fonts: FontBook) -> None:
    fields = ["alpha", "beta", "gamma"]
    text = "  |  ".join(fields)
    whole = slug_lines(text, 1000.0, 6.0, fonts)
    assert texts(whole) == [text]
    width = sum(r.width for r in whole[0])
    assert texts(slug_lines(text, width, 6.0, fonts)) == [text]  # exactly as wide: fits
    assert texts(slug_lines(text, width - 0.01, 6.0, fonts)) == ["alpha  |  beta", "gamma"]
    assert texts(slug_lines(text, 1.0, 6.0, fonts)) == fields  # one field a line, never empty
    assert all(r.face.family == "NotoSans" for r in whole[0])


def slug_pieces(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook, target: Target, doc: Document, m: float
) -> tuple[Recorder, list[tuple[str, float, float, float]]]:
    """What draw_slug draws: each field and separator (text, x, y, size), in order."""
    drawn: list[tuple[str, float, float, float]] = []

    def rastered(canvas: object, runs: list[Any], x: float, y: float, size: float) -> None:
        drawn.append(("".join(r.text for r in runs), x, y, size))

    monkeypatch.setattr(marks, "draw_rastered", rastered)
    c = Recorder()
    draw_slug(c, target, m, doc, fonts)  # type: ignore[arg-type]
    return c, drawn


def slug_calls(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook, target: Target, doc: Document, m: float
) -> tuple[Recorder, list[tuple[str, float, float, float]]]:
    """What draw_slug draws, line by line: (the line's text, its x, y and size)."""
    c, pieces = slug_pieces(monkeypatch, fonts, target, doc, m)
    lines: list[tuple[str, float, float, float]] = []
    for text, x, y, size in pieces:
        if lines and lines[-1][2] == y:
            lines[-1] = (lines[-1][0] + text, *lines[-1][1:])
        else:
            lines.append((text, x, y, size))
    return c, lines


def test_each_slug_field_and_separator_is_drawn_after_the_widths_before_it(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """One piece per field and separator (a form each: render.rastered.draw_rastered), each at
    the line's start plus the widths of the pieces before it, as each is set on its own."""
    doc = page(300.0)
    m = doc.bleed + 10 * MM
    target = Target(marks=Marks(True, False, False, True), slug=SLUG)
    _, pieces = slug_pieces(monkeypatch, fonts, target, doc, m)
    assert [p[0] for p in pieces] == [
        "poster-a3-en.pdf",
        "  |  ",
        "English",
        "  |  ",
        "FOGRA39",
    ]
    assert_one_after_another(pieces, fonts, m + MM)


def assert_one_after_another(
    pieces: list[tuple[str, float, float, float]], fonts: FontBook, start: float
) -> None:
    """Each piece on one line, at `start` plus the widths of the pieces before it, as each is
    set on its own."""
    face = fonts.slug_face()
    x = start
    for text, at, y, size in pieces:
        assert at == pytest.approx(x)
        assert y == pieces[0][2]
        x += build_line(prepare(text, "en", False, [face]), 0, len(text), size)[1]


def test_a_varying_field_is_drawn_as_its_label_then_a_character_at_a_time(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """The build hash (new in every file) as "build " and one piece per hex digit, each at
    the widths of the pieces before it; the fields that repeat stay whole."""
    doc = page(300.0)
    m = doc.bleed + 10 * MM
    build = "build 0a1b2c3d4e"
    target = Target(
        marks=Marks(True, False, False, True), slug=f"{SLUG}  |  {build}", slug_varying=(build,)
    )
    _, pieces = slug_pieces(monkeypatch, fonts, target, doc, m)
    assert [p[0] for p in pieces] == [
        "poster-a3-en.pdf",
        "  |  ",
        "English",
        "  |  ",
        "FOGRA39",
        "  |  ",
        "build ",
        *"0a1b2c3d4e",
    ]
    assert_one_after_another(pieces, fonts, m + MM)
    whole = Target(marks=target.marks, slug=target.slug)  # the same text, not varying
    _, same = slug_pieces(monkeypatch, fonts, whole, doc, m)
    assert [p[0] for p in same][-1] == build


def test_a_slug_that_fits_is_one_line_below_the_bleed(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    doc = page(300.0)
    m = doc.bleed + 10 * MM
    target = Target(marks=Marks(True, False, False, True), slug="poster  |  en", max_ink=280)
    c, drawn = slug_calls(monkeypatch, fonts, target, doc, m)
    assert c.calls == [("setFillColor", ("All", 0.69, (1, 1, 1, 1)))]
    assert approx(drawn) == approx(
        [("poster  |  en", m + MM, m - doc.bleed - MM - SLUG_SIZE, SLUG_SIZE)]
    )


def test_characters_the_latin_face_lacks_are_question_marks_in_the_slug(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """The slug is set in the Latin face alone: a campaign named in Arabic (campaign.yaml)
    stopped every print job with a missing glyph; now its letters are '?', and decomposed
    accents the face has composed forms of are kept."""
    doc = page(300.0)
    m = doc.bleed + 10 * MM
    slug = "poster  |  \u062d\u0645\u0644\u0629 2024  |  Vie\u0302\u0323t"
    target = Target(marks=Marks(True, False, False, True), slug=slug, max_ink=280)
    _, drawn = slug_calls(monkeypatch, fonts, target, doc, m)
    assert [text for text, *_ in drawn] == ["poster  |  ???? 2024  |  Vi\u1ec7t"]


def test_a_long_slug_gets_smaller_and_wraps_within_the_margin(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    fields = ["poster-a3-en.pdf", "English", "2026-07-30", "Blue Heart", "FOGRA39"]
    text = "  |  ".join(fields)
    one_line = sum(r.width for r in slug_lines(text, 1e6, SLUG_SIZE * 0.8, fonts)[0])
    # a page as wide as 2 mm plus 60 % of the slug at 4.8 pt: two lines of it at most
    doc = page((one_line * 0.6 + 2 * MM) / MM)
    size = SLUG_SIZE * 0.8
    expected = texts(slug_lines(text, doc.trim[0] - 2 * MM, size, fonts))
    assert len(expected) == 2
    # room for two lines: the margin minus the bleed and 2 mm is 2.5 sizes (2 x 1.2 needed)
    m = doc.bleed + 2 * MM + size * 2.5
    target = Target(marks=Marks(True, False, False, True), slug=text)
    _, drawn = slug_calls(monkeypatch, fonts, target, doc, m)
    y = m - doc.bleed - MM - size
    assert approx(drawn) == approx(
        [(expected[0], m + MM, y, size), (expected[1], m + MM, y - size * 1.2, size)]
    )
    # room for 1.9 lines: one line, its fields in order while they fit, the first that does
    # not and every one after it left out (marks.plan_slug: this slug has no build hash,
    # which a build's would keep before the rest)
    assert expected[0] == "poster-a3-en.pdf  |  English"
    one = ["poster-a3-en.pdf  |  English"]
    _, drawn = slug_calls(monkeypatch, fonts, target, doc, doc.bleed + 2 * MM + size * 2.28)
    assert [d[0] for d in drawn] == one
    # no room at all: still that line (slug_lines_fit: a slug always has one)
    _, drawn = slug_calls(monkeypatch, fonts, target, doc, doc.bleed)
    assert [d[0] for d in drawn] == one


def test_the_slug_keeps_clear_of_the_bottom_registration_target(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    fields = ["a" * 12, "b" * 12, "c" * 12]
    text = "  |  ".join(fields)
    full = sum(r.width for r in slug_lines(text, 1e6, SLUG_SIZE, fonts)[0])
    # the slug fits the trim less 2 mm, but not left of the target (85 % less 1.6 radii, 3 mm)
    doc = page((full + 2 * MM + 1) / MM)
    clear = doc.trim[0] * 0.85 - R * 1.6 - 3 * MM
    assert clear < full
    m = doc.bleed + 20 * MM
    no_target = Target(marks=Marks(True, False, False, True), slug=text)
    _, drawn = slug_calls(monkeypatch, fonts, no_target, doc, m)
    assert [d[0] for d in drawn] == [text]
    with_target = Target(marks=Marks(True, True, False, True), slug=text)
    _, drawn = slug_calls(monkeypatch, fonts, with_target, doc, m)
    assert [d[0] for d in drawn] == texts(slug_lines(text, clear, SLUG_SIZE * 0.8, fonts))
    assert len(drawn) > 1


def one_line_width(text: str, size: float, fonts: FontBook) -> float:
    (line,) = slug_lines(text, 1e6, size, fonts)
    return sum(r.width for r in line)


SLUG = "poster-a3-en.pdf  |  English  |  FOGRA39"


def test_the_slug_may_use_the_trim_less_2_mm(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    full = one_line_width(SLUG, SLUG_SIZE, fonts)
    target = Target(marks=Marks(True, False, False, True), slug=SLUG)
    m = 3 * MM + 20 * MM
    fits = page((full + 2 * MM + 0.1) / MM)
    _, drawn = slug_calls(monkeypatch, fonts, target, fits, m)
    assert [(d[0], d[3]) for d in drawn] == [(SLUG, SLUG_SIZE)]
    short = page((full + 2 * MM - 0.1) / MM)
    _, drawn = slug_calls(monkeypatch, fonts, target, short, m)
    assert [d[3] for d in drawn] == [SLUG_SIZE * 0.8]  # smaller, and one line again


def test_beside_a_registration_target_the_slug_ends_1_6_radii_and_3_mm_before_it(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    full = one_line_width(SLUG, SLUG_SIZE, fonts)
    target = Target(marks=Marks(True, True, False, True), slug=SLUG)
    m = 3 * MM + 20 * MM
    for slack, size in ((0.1, SLUG_SIZE), (-0.1, SLUG_SIZE * 0.8)):
        trim = (full + slack + R * 1.6 + 3 * MM) / 0.85
        _, drawn = slug_calls(monkeypatch, fonts, target, page(trim / MM), m)
        assert [(d[0], d[3]) for d in drawn] == [(SLUG, size)], slack


def test_a_slug_of_two_lines_is_set_smaller(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """Two lines at 6 pt: the size drops to 4.8 pt, where it fits on one line."""
    full = one_line_width(SLUG, SLUG_SIZE, fonts)
    assert len(slug_lines(SLUG, full - 1, SLUG_SIZE, fonts)) == 2
    target = Target(marks=Marks(True, False, False, True), slug=SLUG)
    _, drawn = slug_calls(monkeypatch, fonts, target, page((full - 1 + 2 * MM) / MM), 30 * MM)
    assert [(d[0], d[3]) for d in drawn] == [(SLUG, SLUG_SIZE * 0.8)]


def test_slug_lines_read_left_to_right_whatever_they_begin_with(fonts: FontBook) -> None:
    """A leading bracket or dash stays at the start (a right-to-left base would move it)."""
    for text in ("(draft) poster  |  en", "-- poster  |  en"):
        (line,) = slug_lines(text, 1000.0, 6.0, fonts)
        assert "".join(r.text for r in line) == text
        assert [r.x for r in line] == sorted(r.x for r in line)
        assert not any(r.rtl for r in line)


def test_slug_fields_are_measured_left_to_right(fonts: FontBook) -> None:
    """'"To"' kerns T and o only when set left to right (0.12 pt at 6 pt); a width between the
    two measures tells them apart: the left-to-right one does not fit."""
    text = '"To"  |  en'
    face = fonts.slug_face()
    ltr = build_line(prepare(text, "en", False, [face]), 0, len(text), 6.0)[1]
    rtl = build_line(prepare(text, "en", True, [face]), 0, len(text), 6.0)[1]
    assert ltr > rtl
    assert texts(slug_lines(text, (ltr + rtl) / 2, 6.0, fonts)) == ['"To"', "en"]
    assert texts(slug_lines(text, ltr, 6.0, fonts)) == [text]


def settings_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the slug sets anew from now on (each a `prepare`), with an empty cache of
    settings of the module's own sizes."""
    kept = marks._SET
    monkeypatch.setattr(marks, "_SET", Recent(kept.size, probation=kept.probation))
    calls: list[str] = []
    original = marks.prepare

    def counting(text: str, *args: Any) -> Any:
        calls.append(text)
        return original(text, *args)

    monkeypatch.setattr(marks, "prepare", counting)
    return calls


def test_slug_fields_are_set_once_per_process(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """A merge's records share their slug but the build hash: each piece is set once a slug
    (the width and the runs from one setting), the fields that repeat for the first record
    only, and a build hash, new on every record, stays on probation (`Recent`), pushing out
    no field that repeats."""
    calls = settings_made(monkeypatch)
    doc = page(300.0)
    m = doc.bleed + 10 * MM
    fields = ["event-flyer-a5", "en", "trim 148 x 210 mm", "FOGRA39"]
    shaped = []
    for n in range(40):  # more build hashes than the probation part holds
        record = f"build {n:010d}"
        text = "  |  ".join([*fields, record])
        target = Target(marks=Marks(True, False, False, True), slug=text)
        calls.clear()
        _, pieces = slug_pieces(monkeypatch, fonts, target, doc, m)
        assert "".join(p[0] for p in pieces) == text
        shaped.append(sorted(calls))
    assert shaped[0] == sorted([*fields, "  |  ", "build 0000000000"])  # each piece once
    for n in range(1, 40):
        assert shaped[n] == [f"build {n:010d}"]


def test_a_flyers_wrapped_slug_is_set_once_with_its_build_hash_a_digit_at_a_time(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook
) -> None:
    """A merge's A5 flyers: the slug as the print rendition writes it does not fit one line
    at its size and is set smaller (each piece measured at both sizes), with the build hash
    as its label and digits. After the first record only the hex digits not seen before are set: at most the 16 of them at each of
    the two sizes in all, however many records (a probation part smaller than one slug's
    pieces kept none of them, and every record set its 60 pieces again)."""
    calls = settings_made(monkeypatch)
    doc = page(148.0, 210.0)
    m = doc.bleed + 10 * MM
    fields = "event-flyer-a5  |  en  |  trim 148 x 210 mm  |  bleed 3 mm  |  FOGRA39"
    fields += "  |  Blue Heart Campaign 2026"
    later = 0
    for n in range(40):
        build = f"build {(n * 0x9E3779B97F4A7C15) % 16**16:016x}"
        target = Target(
            marks=Marks(True, True, True, True),  # registration targets: a shorter line
            slug=f"{fields}  |  {build}",
            slug_varying=(build,),
        )
        calls.clear()
        _, pieces = slug_pieces(monkeypatch, fonts, target, doc, m)
        assert {p[3] for p in pieces} == {SLUG_SIZE * 0.8}  # measured at both sizes
        if n:
            later += len(calls)
            assert all(len(t) == 1 and t in "0123456789abcdef" for t in calls), calls
    assert later <= 2 * 16


def _tint(program: bytes, tint: float) -> list[float]:
    """A PostScript calculator function (ISO 32000-1, 7.10.5) of the few operators reportlab
    writes for a Separation's tint transform, run on `tint`."""
    stack = [tint]
    for word in program.strip(b"{} ").split():
        if word == b"exch":
            stack[-2:] = stack[-1:-3:-1]
        elif word == b"dup":
            stack.append(stack[-1])
        elif word == b"pop":
            stack.pop()
        elif word == b"mul":
            stack.append(stack.pop() * stack.pop())
        else:
            stack.append(float(word))
    return stack


def _bezier_middle(p: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        (p[0][0] + 3 * p[1][0] + 3 * p[2][0] + p[3][0]) / 8,
        (p[0][1] + 3 * p[1][1] + 3 * p[2][1] + p[3][1]) / 8,
    )


@pytest.mark.parametrize(
    ("radius", "r"),
    [
        (30.0, 30.0),
        (120.0, 55.0),  # at most half the shorter side (110 pt)
    ],
)
def test_the_die_line_strokes_the_trim_with_round_corners_in_cutcontour(
    radius: float, r: float
) -> None:
    """The die line as written: the Separation CutContour (alternate 100 % magenta),
    overprinting with OPM 1, 0.25 pt wide, along the trim (m, m, 160 x 110 pt) with corners
    that are quarter circles of `r` pt (each curve's middle on the circle, to the 0.03 %
    of one Bezier curve)."""
    m, tw, th = 20.0, 160.0, 110.0
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(tw + 2 * m, th + 2 * m), invariant=1)
    draw_cut_contour(canvas, m, tw, th, radius)
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        res = pdf.pages[0].Resources
        (name, cs), *others = res.ColorSpace.items()
        assert others == []
        assert [str(v) for v in cs[:3]] == ["/Separation", "/CutContour", "/DeviceCMYK"]
        assert _tint(cs[3].read_bytes(), 1.0) == [0, 1, 0, 0]
        assert _tint(cs[3].read_bytes(), 0.5) == [0, 0.5, 0, 0]
        states = {k: v for s in res.ExtGState.values() for k, v in s.items()}
        assert states == {"/OP": True, "/OPM": 1}
        ops = [
            (str(i.operator), list(i.operands)) for i in pikepdf.parse_content_stream(pdf.pages[0])
        ]
    drawn = ops[ops.index(("CS", [pikepdf.Name(name)])) :]
    assert drawn[:3] == [("CS", [pikepdf.Name(name)]), ("SCN", [1]), ("w", [0.25])]
    path = drawn[3:]
    assert [op for op, _ in path] == ["m", "l", "c", "l", "c", "l", "c", "l", "c", "h", "S", "Q"]
    centres = [(m + r, m + r), (m + tw - r, m + r), (m + tw - r, m + th - r), (m + r, m + th - r)]
    at = (float(path[0][1][0]), float(path[0][1][1]))
    assert at == pytest.approx((m + r, m))
    points = [at]
    for op, operands in path[1:9]:
        xy = [float(v) for v in operands]
        pts = list(zip(xy[::2], xy[1::2], strict=True))
        if op == "c":
            middle = _bezier_middle([at, *pts])
            near = min(math.dist(middle, c) for c in centres)
            assert near == pytest.approx(r, abs=0.0003 * r + 0.002)
        at = pts[-1]
        points.append(at)
    assert at == pytest.approx((m + r, m))  # closed where it began
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert (min(xs), min(ys), max(xs), max(ys)) == pytest.approx((m, m, m + tw, m + th))


@pytest.mark.parametrize(("cmyk", "drawn"), [(True, True), (False, False)])
def test_the_die_line_is_drawn_in_print_files_only(
    monkeypatch: pytest.MonkeyPatch, fonts: FontBook, cmyk: bool, drawn: bool
) -> None:
    """Print PDFs only: the digital PDF (and the PNG drawn from it) has no die line; its
    corner radius is given in mm."""
    seen: list[tuple[Any, ...]] = []
    monkeypatch.setattr(marks, "draw_cut_contour", lambda *a: seen.append(a[1:]))
    flags = Marks(False, False, False, False, cut_contour=True, cut_radius=4.0)
    doc = page()
    draw_marks(Recorder(), Target(cmyk=cmyk, marks=flags), 50.0, doc, fonts)  # type: ignore[arg-type]
    assert seen == ([(50.0, *doc.trim, pytest.approx(4 * MM))] if drawn else [])
