"""A sheet's pieces meet with no paper between them: each piece's art is drawn out to its own
bleed, exactly, on every side (to the middle of a narrower gap; none at a shared cut), never
over a neighbour's trim, on sticker sheets, badge gang sheets and flyer press sheets, of the
ISO and the US sizes (a US piece's bleed 1/8 in, 3.175 mm). A print shop's trial: every cell
was clipped 0.05 mm inside its bleed (off the piece's own crop marks), which left 0.1 mm of
bare paper between stickers 56 mm apart and in a press sheet's gutters, and a half-Letter
press sheet's art began at 6.05 mm where its BleedBox began at 6.00 mm: 3.125 mm of bleed.
The pieces' own marks are not on the sheet at all (sheets.forms.without_marks)."""

from __future__ import annotations

import math
from itertools import combinations
from pathlib import Path

import pikepdf
import pytest

from ..kits import MM, ROOT, build, cli

Box = tuple[float, float, float, float]  # left, bottom, right, top, mm
US_BLEED = 3.175  # 1/8 in


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign kit's A5 flyer, 58 mm badge and sticker (ISO), and the New York office's
    half-Letter flyer, 2.25 in badge and sticker (US), in English: print files alone."""
    out = tmp_path_factory.mktemp("seams") / "out"
    quick = ("--lang", "en", "--no-png", "--no-digital")
    build(ROOT, out, "--only", "flyer-a5,badge-58,sticker-50", *quick)
    build(ROOT, out, "--office", "new-york", "--only", "flyer-half-letter,badge-2-25in", *quick)
    build(ROOT, out, "--office", "new-york", "--only", "sticker-50", *quick)
    return out


def made(built: Path, tmp_path: Path, *args: str) -> pikepdf.Pdf:
    """The first page's PDF of `sheet --from BUILT ARGS`, which must succeed."""
    path = tmp_path / "sheet.pdf"
    code, text = cli("sheet", "--kit", ROOT, "--from", built, *args, "-o", path)
    assert code == 0, text
    return pikepdf.open(path)


def piece_boxes(built: Path, material: str, office: str | None) -> tuple[Box, Box]:
    """A built piece's TrimBox and BleedBox, pt, in its page's (and its form's) space."""
    name = f"{material}-en-{office}" if office else f"{material}-en"
    folder = built / office / material if office else built / material
    with pikepdf.open(folder / f"{name}.pdf") as pdf:
        page = pdf.pages[0]
        trim, bleed = (tuple(float(v) for v in page.obj[k]) for k in ("/TrimBox", "/BleedBox"))
    return (trim[0], trim[1], trim[2], trim[3]), (bleed[0], bleed[1], bleed[2], bleed[3])


def _box(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] / MM for p in points], [p[1] / MM for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def placed(page: pikepdf.Page) -> list[tuple[Box, pikepdf.Matrix]]:
    """Each piece the page draws: its clip path's box (mm from the media's bottom left; a
    badge's clip circle's box) and the matrix its form is drawn with (pt)."""
    found: list[tuple[Box, pikepdf.Matrix]] = []
    ctm, saved = pikepdf.Matrix(), []
    clip: list[tuple[float, float]] = []
    path: list[tuple[float, float]] = []
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        nums = [float(v) for v in ins.operands] if op in ("m", "l", "c", "re", "cm") else []
        if op == "q":
            saved.append((ctm, clip))
        elif op == "Q":
            ctm, clip = saved.pop()
        elif op == "cm":
            ctm = pikepdf.Matrix(*nums) @ ctm
        elif op in ("m", "l", "c"):
            path += [ctm.transform((nums[i], nums[i + 1])) for i in range(0, len(nums), 2)]
        elif op == "re":
            x, y, w, h = nums
            path += [ctm.transform((x, y)), ctm.transform((x + w, y + h))]
        elif op == "W":
            clip = path
        elif op in ("n", "S", "f", "f*", "B"):
            path = []
        elif op == "Do" and str(ins.operands[0])[1] in "CP" and clip:
            found.append((_box(clip), ctm))
    return found


def sides(outer: Box, inner: Box) -> list[float]:
    """How far `outer` reaches past `inner` on each side (left, bottom, right, top), mm."""
    return [inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3]]


def in_mm(box: Box, matrix: pikepdf.Matrix) -> Box:
    """A piece's box (pt, its own page's space) as the sheet places it, mm."""
    x0, y0, x1, y1 = box
    return _box([matrix.transform((x, y)) for x in (x0, x1) for y in (y0, y1)])


def assert_no_seams(clips: list[Box]) -> None:
    """Two clips side by side share their edge: no paper between them, neither over the
    other (any two whose spans across overlap and whose facing edges are within 7 mm)."""
    meeting = 0
    for a, b in combinations(clips, 2):
        for lo, hi, across in ((a, b, (1, 3)), (b, a, (1, 3)), (a, b, (0, 2)), (b, a, (0, 2))):
            along = 0 if across == (1, 3) else 1
            if min(lo[across[1]], hi[across[1]]) - max(lo[across[0]], hi[across[0]]) <= 0:
                continue  # not side by side
            gap = hi[along] - lo[along + 2]
            if -7 < gap < 7:  # facing each other across a gutter (or over it)
                assert gap == pytest.approx(0, abs=0.001), (lo, hi, gap)
                meeting += 1
    assert meeting, "no two pieces side by side"


@pytest.mark.parametrize(
    ("material", "office", "up", "bleed"),
    [
        ("flyer-a5", None, "2", 3.0),
        ("flyer-a5", None, "4", 3.0),
        ("flyer-half-letter", "new-york", "2", US_BLEED),
        ("flyer-half-letter", "new-york", "4", US_BLEED),
    ],
)
def test_a_press_sheet_s_pieces_fill_their_bleed_and_meet_in_the_gutters(
    built: Path, tmp_path: Path, material: str, office: str | None, up: str, bleed: float
) -> None:
    """Every piece's art reaches exactly its bleed past its trim on all four sides (the
    half-Letter's 3.175 mm, not 3.125), neighbours' art meets in the middle of the gutter,
    and the pieces' outer edges are the sheet's BleedBox."""
    where = ("--office", office) if office else ()
    trim, _ = piece_boxes(built, material, office)
    with made(built, tmp_path, "--material", material, "--up", up, *where) as pdf:
        page = pdf.pages[0]
        found = placed(page)
        sheet_bleed = tuple(float(v) / MM for v in page.BleedBox)
    assert len(found) == int(up)
    for clip, matrix in found:
        assert sides(clip, in_mm(trim, matrix)) == pytest.approx([bleed] * 4, abs=0.001)
    clips = [clip for clip, _ in found]
    assert_no_seams(clips)
    outer = (
        min(c[0] for c in clips),
        min(c[1] for c in clips),
        max(c[2] for c in clips),
        max(c[3] for c in clips),
    )
    assert outer == pytest.approx(sheet_bleed, abs=0.001)


@pytest.mark.parametrize(
    ("office", "paper", "bleed"), [(None, "a4", 3.0), ("new-york", "letter", US_BLEED)]
)
def test_a_sticker_sheet_s_stickers_fill_their_bleed_and_meet(
    built: Path, tmp_path: Path, office: str | None, paper: str, bleed: float
) -> None:
    """sticker-50 (50 mm, 3 mm bleed; a US office's 1/8 in: papers.bleed_made) on A4 and on
    Letter: 56 mm apart (56.35 mm), each drawn its bleed past its trim on every side,
    neighbours meeting with no paper between them (it was clipped to 55.9 mm: a 0.1 mm white
    line between stickers)."""
    where = ("--office", office) if office else ()
    trim, _ = piece_boxes(built, "sticker-50", office)
    args = ("--material", "sticker-50", "--sticker", "--paper", paper, "--fill", *where)
    with made(built, tmp_path, *args) as pdf:
        found = placed(pdf.pages[0])
    assert len(found) >= 12
    for clip, matrix in found:
        assert sides(clip, in_mm(trim, matrix)) == pytest.approx([bleed] * 4, abs=0.001)
        assert clip[2] - clip[0] == pytest.approx(50 + 2 * bleed, abs=0.001)
    assert_no_seams([clip for clip, _ in found])


@pytest.mark.parametrize("gap", [4.0, 2.0])
def test_stickers_closer_than_twice_their_bleed_meet_halfway(
    built: Path, tmp_path: Path, gap: float
) -> None:
    """--gap under the stickers' two 3 mm bleeds: each sticker's art reaches half the gap past
    its trim toward a neighbour, and its whole bleed at the sheet's edges. It reached 2.95 mm
    whatever the gap: into the neighbour's bleed at 4 mm, the later sticker's art over the
    earlier's, and at 2 mm 0.95 mm onto the neighbour's trim, inside its kiss-cut."""
    trim, _ = piece_boxes(built, "sticker-50", None)
    args = ("--material", "sticker-50", "--sticker", "--paper", "a4", "--fill", "--gap", str(gap))
    with made(built, tmp_path, *args) as pdf:
        found = placed(pdf.pages[0])
    clips = [clip for clip, _ in found]
    trims = [in_mm(trim, matrix) for _, matrix in found]
    for clip, piece in zip(clips, trims, strict=True):
        for side, reach in enumerate(sides(clip, piece)):
            edge = (min, min, max, max)[side](c[side] for c in clips)
            assert reach == pytest.approx(3.0 if clip[side] == edge else gap / 2, abs=0.001)
    assert_no_seams(clips)


@pytest.mark.parametrize(
    ("material", "office", "paper", "sticker"),
    [
        ("badge-58", None, "a4", False),
        ("badge-58", None, "a4", True),
        ("badge-2-25in", "new-york", "letter", False),
        ("badge-2-25in", "new-york", "letter", True),
    ],
)
def test_a_badge_sheet_s_art_reaches_halfway_to_its_neighbour(
    built: Path, tmp_path: Path, material: str, office: str | None, paper: str, sticker: bool
) -> None:
    """Each badge's art is clipped to a circle half the gap between cut lines (3.175 mm:
    1.5875) past its cut circle (a sticker's: its face), inside its own bleed, and two
    neighbours' circles touch: no paper between them (0.01 mm less left 0.02 mm), neither
    over the other."""
    where = ("--office", office) if office else ()
    trim, bleed = piece_boxes(built, material, office)
    args = ("--material", material, "--paper", paper, "--fill", *where)
    with made(built, tmp_path, *args, *(("--sticker",) if sticker else ())) as pdf:
        page = pdf.pages[0]
        found = placed(page)
        cuts = cut_circles(page)
    assert len(found) == len(cuts) >= 4
    cut_r = (cuts[0][2] - cuts[0][0]) / 2
    for clip, matrix in found:
        r = (clip[2] - clip[0]) / 2
        assert r == pytest.approx(cut_r + 3.175 / 2, abs=0.001)
        art = in_mm(bleed, matrix)  # the piece's bleed, as placed
        assert min(sides(art, clip)) >= -0.001
        centre = ((clip[0] + clip[2]) / 2, (clip[1] + clip[3]) / 2)
        assert centre == pytest.approx(_centre(in_mm(trim, matrix)), abs=0.001)
    apart = min(
        math.dist(_centre(a), _centre(b)) - (a[2] - a[0]) / 2 - (b[2] - b[0]) / 2
        for (a, _), (b, _) in combinations(found, 2)
    )
    assert apart == pytest.approx(0, abs=0.001)


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def cut_circles(page: pikepdf.Page) -> list[Box]:
    """The boxes (mm) of the circles the page strokes in CutContour (each subpath's)."""
    found: list[Box] = []
    ctm, saved, cut = pikepdf.Matrix(), [], False
    path: list[tuple[float, float]] = []
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        nums = [float(v) for v in ins.operands] if op in ("m", "c", "cm") else []
        if op == "q":
            saved.append((ctm, cut))
        elif op == "Q":
            ctm, cut = saved.pop()
        elif op == "cm":
            ctm = pikepdf.Matrix(*nums) @ ctm
        elif op == "CS":
            cut = str(ins.operands[0]) == "/CSCut"
        elif op in ("m", "c"):
            if op == "m":  # a subpath starts: the last one was a circle of its own
                if cut and path:
                    found.append(_box(path))
                path = []
            path += [ctm.transform((nums[i], nums[i + 1])) for i in range(0, len(nums), 2)]
        elif op in ("S", "n", "f", "f*", "B"):
            if cut and path:
                found.append(_box(path))
            path = []
    return found
