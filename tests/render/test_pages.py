"""Multi-page documents: a two-sided flyer is one print PDF of two pages, each with its boxes,
marks and preflight; one tagged digital PDF with a structure tree over both; one PNG a page."""

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.preflight import Expect, preflight
from campaign.render.pdf import NO_MARKS, Target, draw_pdf, draw_pdf_tagged
from campaign.render.png import pdf_to_pngs
from campaign.render.postprocess import DocMeta, OutputCondition, finish_digital, finish_print
from campaign.resolve import resolve_kit

MM = 72 / 25.4


def two_sided(kit_copy: Callable[..., Path]) -> Path:
    """The shipped two-sided A5 flyer, its back's QR code pointed at the other campaign link
    (so that the links say which page they are on)."""
    kit = kit_copy()
    path = kit / "materials/layouts/flyer-a5.yaml"
    text = path.read_text()
    old = "{name: back-qr, kind: qr, link: blueheart,"
    assert old in text
    path.write_text(text.replace(old, "{name: back-qr, kind: qr, link: worldday,"))
    return kit


def test_two_pages_in_print_digital_and_png(kit_copy: Callable[..., Path]) -> None:
    kit = load_kit(two_sided(kit_copy))
    layout = kit.layouts["flyer-a5"]
    assert [p.name for p in layout.pages] == ["front", "back"]
    fonts = load_fontbook(kit.fonts_dir)
    errs = Collector()
    doc = compose_content(layout, resolve_kit(kit, kit.languages["en"]), fonts, errs, [])
    assert not errs.errors
    assert [p.name for p in doc.pages] == ["front", "back"]
    icc = kit.assets_dir / "icc/fogra39l_coated.icc"
    cond = OutputCondition("fogra39", icc, "FOGRA39", "Coated FOGRA39")
    meta = DocMeta("t", "en", "t", "0", 2024)
    target = Target(marks=layout.marks, slug="flyer", icc=icc)
    pdf = finish_print(
        draw_pdf(doc, kit.campaign.colours, fonts, target, lambda c: c, "t"), cond, meta
    )
    with pikepdf.open(io.BytesIO(pdf)) as p:
        assert len(p.pages) == 2
        for page in p.pages:
            trim = [float(v) for v in page.TrimBox]
            bleed = [float(v) for v in page.BleedBox]
            assert round((trim[2] - trim[0]) / MM, 2) == 148
            assert round((trim[3] - trim[1]) / MM, 2) == 210
            assert [round((t - b) / MM, 2) for t, b in zip(trim, bleed, strict=True)] == [
                3,
                3,
                -3,
                -3,
            ]
    report = preflight(pdf, Expect(safe_mm=layout.safe))
    assert report.ok, report.failures
    screen = Target(cmyk=False, bleed=False, marks=NO_MARKS, icc=icc, tagged=True)
    data, tagged = draw_pdf_tagged(doc, kit.campaign.colours, fonts, screen, lambda c: c, "t")
    assert len(tagged.elements) == 2
    assert tagged.links == (
        "https://www.unodc.org/blueheart/",
        "https://www.unodc.org/unodc/en/endht/index.html",
    )
    digital = finish_digital(data, meta, tagged)
    with pikepdf.open(io.BytesIO(digital)) as p:
        assert [int(page.StructParents) for page in p.pages] == [0, 1]
        kids = p.Root.StructTreeRoot.K[0].K
        on_page = [p.pages.index(pikepdf.Page(k.Pg)) for k in kids]
        assert on_page == sorted(on_page)  # reading order: front, then back
        # back: its title and 4 section headings, the emblem, 4 sections, the hashtags, the
        # sources, the QR label, and the QR code's link holding its figure (no office: no
        # contacts, no logos)
        assert on_page.count(1) == 14
        nums = p.Root.StructTreeRoot.ParentTree.Nums
        assert [int(nums[i]) for i in range(0, len(nums), 2)] == [0, 1, 2, 3]
    pngs = pdf_to_pngs(data, 20)
    assert len(pngs) == 2
