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


def test_glyphs_are_harfbuzzs_fields_for_every_string_of_the_kit(fonts: FontBook) -> None:
    """shape_run reads HarfBuzz's position tuple (x offset, y offset, x advance, y advance)
    in one go: for every text of the kit, in its language's first font, the glyphs are
    HarfBuzz's own fields one by one."""
    import uharfbuzz as hb

    from campaign.kit.load import load_kit
    from campaign.text.shape import FEATURES, Glyph

    from ..kits import ROOT

    checked = offsets = 0
    for lang in load_kit(ROOT).languages.values():
        face = fonts.stack(lang.script or "Latn", "regular", lang.code)[0]
        for entry in lang.strings.values():
            for text in (t for t in (entry.text, entry.short) if t):
                buf = hb.Buffer()
                buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
                buf.add_str(text, 0, len(text))
                buf.guess_segment_properties()
                buf.direction = "rtl" if lang.rtl else "ltr"
                buf.language = lang.code
                hb.shape(face.hb_font, buf, FEATURES)
                own = tuple(
                    Glyph(i.codepoint, i.cluster, p.x_advance, p.y_advance, p.x_offset, p.y_offset)
                    for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
                    if not (text[i.cluster] == "\u00ad" and p.x_advance == 0)
                )
                found = shape_run(face, text, 0, len(text), lang.rtl, lang.code)
                assert found == own, (lang.code, text)
                checked += 1
                offsets += sum(1 for g in own if g.x_offset or g.y_offset)
    assert checked > 500
    assert offsets > 100  # marks placed by offsets are among them
