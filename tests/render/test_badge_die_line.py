"""A single badge's print PDF carries its cut circle as a die line, as a gang sheet draws each
badge's: the press's cut diameter, centred on the trim, stroked 0.25 pt in the spot colour
CutContour (alternate 100 % magenta), overprinting; its digital PDF has none. Read back from
the built files in mm, against the kit's press data."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pikepdf
import pytest

from campaign.build import Options, build
from campaign.kit.load import load_kit
from campaign.render.target import registration_share
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
# the 58 mm badge and the two smallest, whose press data is marked unverified (the 25 mm
# badge has no words: its die line is the whole of what it adds to the art)
BADGES = ("badge-58", "badge-32mm", "badge-25mm")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("die-line")
    build(ROOT, Options(out, ("en",), BADGES, png=False, jobs=1))
    return out


def die_lines(page: pikepdf.Page) -> list[tuple[list[tuple[str, list[float]]], set[str], float]]:
    """Each path stroked in a Separation named CutContour on `page`: its path operators (with
    their operands, pt), the graphics states set before it in its `q ... Q` group, its width."""
    spaces = page.Resources.get("/ColorSpace") or {}
    cut = {
        str(n)
        for n, cs in spaces.items()
        if isinstance(cs, pikepdf.Array) and str(cs[0]) == "/Separation"
        if str(cs[1]) == "/CutContour"
    }
    found = []
    states: list[set[str]] = [set()]
    width, inside, path = 1.0, False, []
    for ins in pikepdf.parse_content_stream(page):
        op, args = str(ins.operator), list(ins.operands)
        if op == "q":
            states.append(set(states[-1]))
        elif op == "Q":
            states.pop()
            inside = False
        elif op == "gs":
            states[-1].add(str(args[0]))
        elif op == "w":
            width = float(args[0])
        elif op == "CS":
            inside = str(args[0]) in cut
        elif inside and op in ("m", "l", "c", "h"):
            path.append((op, [float(v) for v in args]))
        elif inside and op == "S":
            found.append((path, set(states[-1]), width))
            path = []
    return found


def circle_of(path: list[tuple[str, list[float]]]) -> tuple[float, float, float]:
    """The centre (x, y) and diameter (pt) of a closed four-curve circle path, checked to be
    one: each curve's end and middle at the same distance from the centre."""
    assert [op for op, _ in path] == ["m", "c", "c", "c", "c", "h"]
    ends = [tuple(path[0][1])] + [tuple(args[4:6]) for _, args in path[1:5]]
    xs, ys = [p[0] for p in ends], [p[1] for p in ends]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    r = (max(xs) - min(xs)) / 2
    at = ends[0]
    for _, args in path[1:5]:
        p1, p2, p3 = (args[0], args[1]), (args[2], args[3]), (args[4], args[5])
        mid = tuple((a + 3 * b + 3 * c + d) / 8 for a, b, c, d in zip(at, p1, p2, p3, strict=True))
        assert math.dist(mid, (cx, cy)) == pytest.approx(r, rel=0.0003)
        assert math.dist(p3, (cx, cy)) == pytest.approx(r, abs=0.002)
        at = p3
    assert at == pytest.approx(ends[0])  # closed where it began
    return cx, cy, 2 * r


@pytest.mark.parametrize("material", BADGES)
def test_the_print_pdf_draws_the_press_cut_circle_in_cutcontour(built: Path, material: str) -> None:
    press = load_kit(ROOT).layouts[material].badge
    assert press is not None
    with pikepdf.open(io.BytesIO((built / out_path(material, "en")).read_bytes())) as pdf:
        page = pdf.pages[0]
        (line,) = die_lines(page)
        path, states, width = line
        cx, cy, d = circle_of(path)
        x0, y0, x1, y1 = (float(v) for v in page.TrimBox)
        # centred on the trim, the press's cut diameter, to 0.01 mm
        assert ((cx - (x0 + x1) / 2) / MM, (cy - (y0 + y1) / 2) / MM) == pytest.approx(
            (0, 0), abs=0.01
        )
        assert d / MM == pytest.approx(press.cut, abs=0.01)
        assert width == 0.25  # a hairline
        # the spot colour: Separation CutContour, its alternate 100 % magenta
        spaces = page.Resources.ColorSpace
        (cs,) = [cs for cs in spaces.values() if str(cs[1]) == "/CutContour"]
        assert [str(v) for v in cs[:3]] == ["/Separation", "/CutContour", "/DeviceCMYK"]
        # overprinting (OP for the stroke, OPM 1), in the graphics states its group sets
        gs = page.Resources.ExtGState
        set_in = {k: v for name in states for k, v in gs[name].items()}
        assert set_in.get("/OP") is True
        assert set_in.get("/OPM") == 1
        # and the registration colour's tint shares the ink limit with a fifth plate
        tints = {
            float(i.operands[0])
            for i in pikepdf.parse_content_stream(page)
            if str(i.operator) in ("SCN", "scn") and len(i.operands) == 1
        }
        assert registration_share(300, 5) in tints


@pytest.mark.parametrize("material", BADGES)
def test_the_digital_pdf_has_no_die_line(built: Path, material: str) -> None:
    data = (built / out_path(material, "en", "digital")).read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert die_lines(pdf.pages[0]) == []
        assert "/ColorSpace" not in pdf.pages[0].Resources or all(
            str(cs[1]) != "/CutContour"
            for cs in pdf.pages[0].Resources.ColorSpace.values()
            if isinstance(cs, pikepdf.Array)
        )
