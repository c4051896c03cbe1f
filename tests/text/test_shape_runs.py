"""One shaped run: glyphs in display order, HarfBuzz's offsets, no vertical advance and no
glyph for a soft hyphen inside a line (survivors of the third mutation pass over
text/shape.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from campaign.fonts import FontBook
from campaign.text.shape import shape_run


def test_glyphs_come_in_display_order(fonts: FontBook) -> None:
    latin = shape_run(fonts.face("NotoSans", "regular"), "Blue", 0, 4, False, "en")
    assert [g.cluster for g in latin] == [0, 1, 2, 3]
    arabic = shape_run(fonts.face("NotoSansArabic", "regular"), "لِ", 0, 2, True, "ar")
    assert [g.cluster for g in arabic] == [1, 0]  # the kasra, then lam: right to left


def test_a_mark_is_placed_by_harfbuzzs_offsets(fonts: FontBook) -> None:
    """The kasra under lam: no advance of its own, 171 units right and 232 down."""
    kasra, lam = shape_run(fonts.face("NotoSansArabic", "regular"), "لِ", 0, 2, True, "ar")
    assert (kasra.x_advance, kasra.x_offset, kasra.y_offset) == (0, 171, -232)
    assert (lam.x_advance, lam.x_offset, lam.y_offset) == (695, 0, 0)
    assert kasra.y_advance == lam.y_advance == 0  # horizontal text


def test_a_soft_hyphen_inside_a_line_has_no_glyph(fonts: FontBook) -> None:
    glyphs = shape_run(fonts.face("NotoSans", "regular"), "ab\u00adcd", 0, 5, False, "en")
    assert [g.cluster for g in glyphs] == [0, 1, 3, 4]
