"""Text stage: scripts, fonts, line breaking, bidi and shaping, down to positioned glyph runs."""
