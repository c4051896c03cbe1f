"""A US size's trim typed in inches, as every US print order writes it (`trim: [11, 17]`):
one error at the trim saying inches and the size in mm to write, and no follow-on errors
(it was read as 11 x 17 mm, and 57 errors of the layout followed, none saying inches: a
trial's). [8.5, 11] (Letter), under the range, says inches too. A size in mm is never read
as one in inches: no paper size of papers.PAPER_SIZES, and no trim of the kit's layouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.papers import PAPER_SIZES, PT_PER_MM, inch_hint, point_hint

from ..kits import ROOT, cli

POSTER = "materials/layouts/poster-a3.yaml"
FLYER = "materials/layouts/flyer-a5.yaml"
EVENT = "materials/layouts/event-poster-a3.yaml"
TABLOID = "  tabloid: {trim: [279.4, 431.8], paper: us, bleed: 3.175, title: Poster Tabloid}\n"
RANGE = "a list of 2 numbers from 10 to 5000, in mm"


def _check(
    kit_copy: Callable[..., Path], rel: str, old: str, new: str, only: str
) -> tuple[int, str, Path, int]:
    """`check --office new-york --only ONLY` of the kit with `old` (written once in `rel`)
    replaced by `new`: (exit code, output, the file's path, the line of `old`)."""
    kit = kit_copy()
    path = kit / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "new-york", "--only", only)
    return code, out, path, text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    ("rel", "old", "new", "only", "col", "where", "hint"),
    [
        (  # a poster's size, as the trial wrote it
            POSTER,
            TABLOID,
            TABLOID.replace("279.4, 431.8", "11, 17"),
            "poster-tabloid",
            19,
            "size 'tabloid'",
            "in inches? 11 x 17 in is Tabloid: write [279.4, 431.8] (mm)",
        ),
        (  # landscape: the mm in the order written
            POSTER,
            TABLOID,
            TABLOID.replace("279.4, 431.8", "17, 11"),
            "poster-tabloid",
            19,
            "size 'tabloid'",
            "in inches? 17 x 11 in is Tabloid: write [431.8, 279.4] (mm)",
        ),
        (  # under the range of 10 to 5000 mm: the range alone said nothing of inches
            POSTER,
            TABLOID,
            TABLOID.replace("279.4, 431.8", "8.5, 11"),
            "poster-tabloid",
            19,
            "size 'tabloid'",
            "in inches? 8.5 x 11 in is Letter: write [215.9, 279.4] (mm)",
        ),
        (  # a flyer's size, and a size written as a block mapping (event poster Letter)
            FLYER,
            "  letter: {trim: [215.9, 279.4],",
            "  letter: {trim: [8.5, 11.0],",
            "flyer-letter",
            18,
            "size 'letter'",
            "in inches? 8.5 x 11 in is Letter: write [215.9, 279.4] (mm)",
        ),
        (
            EVENT,
            "    trim: [215.9, 279.4]\n",
            "    trim: [8.5, 11]\n",
            "event-poster-letter",
            11,
            "size 'letter'",
            "in inches? 8.5 x 11 in is Letter: write [215.9, 279.4] (mm)",
        ),
        (  # A3 in PostScript points, as a PDF tool shows it (a designer's trial)
            POSTER,
            TABLOID,
            TABLOID.replace("279.4, 431.8", "842, 1191"),
            "poster-tabloid",
            19,
            "size 'tabloid'",
            "in points? 842 x 1191 pt is A3: write [297, 420] (mm)",
        ),
        (
            POSTER,
            TABLOID,
            TABLOID.replace("279.4, 431.8", "792, 612"),
            "poster-tabloid",
            19,
            "size 'tabloid'",
            "in points? 792 x 612 pt is Letter: write [279.4, 215.9] (mm)",
        ),
        (  # a design's own trim: the design and its sizes are left out with that one error
            FLYER,
            "trim: [148, 210]\n",
            "trim: [5.5, 8.5]\n",
            "flyer-a5",
            7,
            "flyer-a5.yaml",
            "in inches? 5.5 x 8.5 in is half-Letter: write [139.7, 215.9] (mm)",
        ),
    ],
)
def test_a_trim_in_inches_is_one_error_saying_so(
    kit_copy: Callable[..., Path],
    rel: str,
    old: str,
    new: str,
    only: str,
    col: int,
    where: str,
    hint: str,
) -> None:
    code, out, path, line = _check(kit_copy, rel, old, new, only)
    got = new[new.index("[") : new.index("]") + 1]
    assert code == 1
    assert (
        f"{path}:{line}:{col}: error[schema.type]: 'trim' in {where} must be {RANGE} "
        f"(got {got})\n  hint: {hint}\n"
    ) in out, out
    assert out.count("error[") == 1, out


@pytest.mark.parametrize("trim", ["[11, 18]", "[279.4, 431.8]", "[431.8, 279.4]"])
def test_a_trim_in_mm_is_read_as_mm(kit_copy: Callable[..., Path], trim: str) -> None:
    """[11, 18] is no paper size in inches: it is read as mm (and its layout's own errors
    follow); Tabloid in mm, either way round, is no error."""
    new = TABLOID.replace("[279.4, 431.8]", trim)
    code, out, _, _ = _check(kit_copy, POSTER, TABLOID, new, "poster-tabloid")
    assert "in inches?" not in out, out
    assert "error[schema.type]" not in out, out
    assert (code == 0) == (trim != "[11, 18]"), out


def test_every_us_size_in_inches_is_told_and_no_size_in_mm() -> None:
    """Each US paper size in inches, either way round, is told in mm; no paper size of the
    kit's (A, B and C series, DL, the US sizes) in mm, nor any trim of the kit's layouts and
    sizes, is taken for one in inches."""
    for paper in PAPER_SIZES.values():
        w, h = paper.trim
        assert inch_hint([w, h]) == inch_hint([h, w]) == "", paper
        if paper.family == "us":
            inches = [round(w / 25.4, 2), round(h / 25.4, 2)]
            hint = inch_hint(inches)
            assert hint.startswith(f"in inches? {inches[0]:g} x {inches[1]:g} in is "), hint
            assert hint.endswith(f": write [{w:g}, {h:g}] (mm)"), hint
            assert inch_hint(inches[::-1]).endswith(f": write [{h:g}, {w:g}] (mm)")
    trims = [layout.trim for layout in load_kit(ROOT).layouts.values()]
    assert len(trims) > 20
    assert all(inch_hint(list(trim)) == "" for trim in trims)
    assert inch_hint([8.5, 11.5]) == inch_hint([8.5, 11, 0]) == inch_hint(["8.5", 11]) == ""


def test_the_paper_sizes_in_points_are_told_and_no_size_in_mm() -> None:
    """A paper size in whole points is told in mm, unless those numbers are a paper size in
    mm as well (A10's 74 x 105 pt is A7) or within 1 mm of one (A7's 210 x 298 pt and A4):
    no paper size in mm, nor any trim of the kit's, is taken for one in points."""
    told = 0
    for paper in PAPER_SIZES.values():
        w, h = paper.trim
        assert point_hint([w, h]) == point_hint([h, w]) == "", paper
        points = [round(w * PT_PER_MM), round(h * PT_PER_MM)]
        hint = point_hint(points)
        told += bool(hint)
        if hint:
            assert hint.startswith(f"in points? {points[0]} x {points[1]} pt is "), hint
    assert point_hint([74, 105]) == point_hint([210, 298]) == ""
    # A4 in whole points is within 1 mm of A1 in mm: a trim in mm, left alone (docs/errors.md);
    # as pdfinfo gives it, to the hundredth, it is not
    assert point_hint([595, 842]) == ""
    assert point_hint([595.28, 841.89]).startswith("in points? 595.28 x 841.89 pt is A4: ")
    # pdfinfo's points, to the hundredth
    assert point_hint([841.89, 1190.55]).startswith("in points? 841.89 x 1190.55 pt is A3: ")
    assert told >= 20  # the A sizes down to A6, the B and C sizes, DL, the US sizes
    for layout in load_kit(ROOT).layouts.values():
        assert point_hint(list(layout.trim)) == "", layout.id
