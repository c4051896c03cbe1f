"""Our own preflight catches each kind of broken file, and passes a good one."""

import io
from pathlib import Path

import pytest
from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfgen.canvas import Canvas

from campaign.preflight import Expect, preflight
from campaign.render.postprocess import OutputCondition, add_output_intent
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[1]
MM = 72 / 25.4
COND = OutputCondition("fogra39", ROOT / "assets/icc/fogra39l_coated.icc", "FOGRA39", "test")


def sample(
    *,
    boxes: bool = True,
    bleed_art: bool = True,
    rgb: bool = False,
    helvetica: bool = False,
    tac: float = 2.0,
    intent: bool = True,
) -> bytes:
    """A 100 x 100 mm page with 3 mm bleed and a full-bleed CMYK field, broken as asked."""
    m, t = 13 * MM, 100 * MM
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(t + 2 * m, t + 2 * m), invariant=1)
    if boxes:
        c.setTrimBox((m, m, m + t, m + t))
        c.setBleedBox((m - 3 * MM, m - 3 * MM, m + t + 3 * MM, m + t + 3 * MM))
    c.setFillColor(Color(0.1, 0.3, 0.6) if rgb else CMYKColor(tac / 4, tac / 4, tac / 4, tac / 4))
    b = 3 * MM if bleed_art else 0
    c.rect(m - b, m - b, t + 2 * b, t + 2 * b, stroke=0, fill=1)
    if helvetica:
        c.setFont("Helvetica", 12)
        c.drawString(m + 20 * MM, m + 50 * MM, "Blue Heart")
    c.showPage()
    c.save()
    data = buf.getvalue()
    return add_output_intent(data, COND, "test", "en") if intent else data


def test_good_file_passes() -> None:
    rep = preflight(sample(), Expect())
    assert rep.ok, rep.failures
    assert rep.facts["bleed_mm"] == 3.0
    assert rep.facts["colour_spaces"] == ["DeviceCMYK"]


@pytest.mark.parametrize(
    ("broken", "failure"),
    [
        ({"boxes": False}, "page 1: no TrimBox/BleedBox"),
        (
            {"bleed_art": False},
            "page 1: art stops at the trim on 100 % of its bottom, top, left and right edges: "
            "the bleed is white there (extend the art into the bleed)",
        ),
        ({"rgb": True}, "page 1: RGB colour in a print file (convert it to CMYK)"),
        ({"helvetica": True}, "page 1: font /Helvetica is used but not embedded"),
        (
            {"tac": 3.6},
            "page 1: a colour has 360 % total ink (0 to 100 mm from the trim's left edge, 0 to "
            "100 mm from its top edge); the limit is 300 %",
        ),
        ({"intent": False}, "no OutputIntent (the press condition is unknown to the printer)"),
    ],
)
def test_each_broken_file_is_caught(broken: dict, failure: str) -> None:  # type: ignore[type-arg]
    rep = preflight(sample(**broken), Expect())
    assert failure in rep.failures, rep.failures


def test_short_bleed_is_caught() -> None:
    rep = preflight(sample(), Expect(bleed_mm=5))
    assert "page 1: bleed is 3 mm; 5 mm is needed" in rep.failures


def test_unreadable_file() -> None:
    rep = preflight(b"%PDF-1.4 not really", Expect())
    assert not rep.ok
    assert rep.failures[0].startswith("not a readable PDF")


def with_text(x_mm: float, y_mm: float, size: float = 12, text: str = "Blue") -> bytes:
    """The good sample with a line of text whose box starts at (x, y) mm from the trim corner."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "NotoSans-Regular" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont("NotoSans-Regular", str(ROOT / "fonts/NotoSans-Regular.ttf"))
        )
    m, t = 13 * MM, 100 * MM
    buf = io.BytesIO()
    c = Canvas(
        buf, pagesize=(t + 2 * m, t + 2 * m), invariant=1, initialFontName="NotoSans-Regular"
    )
    c.setTrimBox((m, m, m + t, m + t))
    c.setBleedBox((m - 3 * MM, m - 3 * MM, m + t + 3 * MM, m + t + 3 * MM))
    c.setFillColor(CMYKColor(0.5, 0.2, 0, 0))
    c.rect(m - 3 * MM, m - 3 * MM, t + 6 * MM, t + 6 * MM, stroke=0, fill=1)
    c.setFillColor(CMYKColor(0, 0, 0, 1))
    c.setFont("NotoSans-Regular", size)
    c.drawString(m + x_mm * MM, m + y_mm * MM, text)
    c.showPage()
    c.save()
    return add_output_intent(buf.getvalue(), COND, "test", "en")


def test_text_in_the_safe_area_passes() -> None:
    assert preflight(with_text(10, 10), Expect()).ok


def test_text_too_close_to_the_trim_fails() -> None:
    rep = preflight(with_text(1, 50), Expect())
    assert "page 1: 1 character(s) outside the 3 mm safe area: 'B'" in rep.failures


def test_badge_text_outside_the_face_fails() -> None:
    ok = preflight(with_text(45, 48), Expect(badge=(58, 100)))
    assert not any("safe circle" in f for f in ok.failures), ok.failures
    rep = preflight(with_text(80, 48), Expect(badge=(58, 100)))
    assert "page 1: 4 character(s) outside the badge face's safe circle: 'Blue'" in rep.failures


def test_rgb_gradient_is_caught() -> None:
    m, t = 13 * MM, 100 * MM
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(t + 2 * m, t + 2 * m), invariant=1)
    c.setTrimBox((m, m, m + t, m + t))
    c.setBleedBox((m - 3 * MM, m - 3 * MM, m + t + 3 * MM, m + t + 3 * MM))
    c.linearGradient(0, 0, t + 2 * m, 0, (Color(1, 0, 0), Color(0, 0, 1)), extend=True)
    c.showPage()
    c.save()
    rep = preflight(add_output_intent(buf.getvalue(), COND, "t", "en"), Expect())
    assert "page 1: RGB colour in a print file (convert it to CMYK)" in rep.failures


def test_svg_gradient_is_converted_to_cmyk(tmp_path: Path) -> None:
    """An SVG with an RGB gradient goes through the press profile: no RGB shading in print."""
    from campaign.build import rgb_to_cmyk
    from campaign.fonts import load_fontbook
    from campaign.kit import load_kit
    from campaign.layout.document import Box, Document, Page, SvgItem
    from campaign.render.pdf import Target, draw_pdf

    svg = tmp_path / "grad.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#ff0000"/>'
        '<stop offset="1" stop-color="#045096"/></linearGradient></defs>'
        '<rect width="10" height="10" fill="url(#g)"/></svg>'
    )
    kit = load_kit(ROOT)
    page = Page("front", (SvgItem("art", Box(10, 10, 100, 100), svg, "center"),))
    doc = Document("t", "t", "poster", "en", False, (200, 200), 0, 0, (page,), None)
    pdf = draw_pdf(
        doc,
        kit.campaign.colours,
        load_fontbook(ROOT / "fonts"),
        Target(cmyk=True, bleed=False),
        rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc"),
        "t",
    )
    buf = io.BytesIO(pdf)
    rep = preflight(buf.getvalue(), Expect(bleed_mm=0, output_intent=False, safe_mm=0))
    assert "DeviceRGB" not in rep.facts["colour_spaces"], rep.facts
    assert "DeviceCMYK" in rep.facts["colour_spaces"]


def test_missing_glyph_is_caught() -> None:
    """reportlab draws a character its font lacks as code 0, an empty glyph: text silently lost."""
    good = with_text(10, 10)
    assert not any("draw no glyph" in f for f in preflight(good, Expect()).failures)
    bad = with_text(20, 50, text="Blue \u0e01\u0e02 Heart")  # Thai: not in Noto Sans
    rep = preflight(bad, Expect())
    assert any("draw no glyph (codes [0])" in f for f in rep.failures), rep.failures


def test_our_pages_draw_every_character() -> None:
    import tempfile

    from campaign.build import Options, build

    with tempfile.TemporaryDirectory() as tmp:
        build(
            ROOT, Options(Path(tmp), ("km", "ar", "zh"), ("poster-a3",), png_ppi=10, digital=False)
        )
        for lang in ("km", "ar", "zh"):
            rep = preflight(
                (Path(tmp) / out_path("poster-a3", lang)).read_bytes(), Expect(safe_mm=5)
            )
            assert rep.ok, (lang, rep.failures)
