"""glyphs.ttfont on a font file whose table directory is sound but a table inside is not (the
check when fonts.yaml is read passes it): one font.read error naming the file, its family and
reportlab's reason, at the file, with the hint; nothing registered under its key."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics

from campaign.diagnostics import DiagnosticsError, Mark
from campaign.fonts import FontFace
from campaign.render.pdffonts import ttfont

ROOT = Path(__file__).resolve().parents[2]


def test_a_damaged_table_is_a_font_read_error_at_the_file(tmp_path: Path) -> None:
    sans = (ROOT / "fonts/NotoSans-Regular.ttf").read_bytes()
    head = FontToolsFont(io.BytesIO(sans)).reader.tables["head"].offset
    data = bytearray(sans)
    data[head + 12 : head + 16] = struct.pack(">I", 0)  # the head table's magic number
    path = tmp_path / "Broken-Regular.ttf"
    path.write_bytes(bytes(data))
    face = FontFace("Broken-Regular-test", "Broken", "regular", path)
    with pytest.raises(DiagnosticsError) as caught:
        ttfont(face)
    (d,) = caught.value.diagnostics
    assert (d.code, d.message, d.mark, d.hints) == (
        "font.read",
        "font file 'Broken-Regular.ttf' of font family 'Broken' is damaged "
        "(Invalid head table magic 0000)",
        Mark.file(path),
        ("put a working TrueType (.ttf) or OpenType (.otf) file in fonts/",),
    )
    assert "Broken-Regular-test" not in pdfmetrics.getRegisteredFontNames()
