"""A character no font has, imported into a language that offices print, is one error: the
import lays the language out in the campaign's materials and then in the offices' (their
sizes), and each check merged its own documents into an error of its own, the second not
naming the office (a translator's trial: an emoji in `badge`, two `text.no-glyph` errors
counted as two problems, once for the campaign's badges and once for an office's badge
sizes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from campaign.diagnostics import Diagnostic, Mark, Subject
from campaign.pipeline.grouping import one_per_cause

from .test_conflict import imported, strings
from .test_formats import edit, export

HEART = "\U0001f499"  # BLUE HEART: no font of the kit has it


def test_a_character_no_font_has_is_one_error_naming_the_offices(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """One error at the translator's line, naming the campaign's materials and each office's
    (offices of the same materials together); the count says one problem. The text put back
    as exported in the same file is taken back, and the language lays out again."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    exported = strings(root)["badge"]["text"]
    edit(path, "po", "badge", f"{HEART} {exported}")
    out = imported(root, path, "--lang", "fr", code=1)
    line = path.read_text(encoding="utf-8").splitlines().index('msgctxt "badge"') + 3
    assert (
        f"{path}:{line}:9: error[text.no-glyph]: [fr] 'badge': '{HEART}' (U+1F499 BLUE HEART) "
        "has no glyph in any font; needed by string(s) 'badge' (badge-58, sticker-50; offices "
        "brussels, central-america-caribbean, middle-east-north-africa: badge-32mm, badge-38mm, "
        "badge-44mm, badge-58, badge-75mm, sticker-50; office new-york: badge-1-25in, "
        "badge-1-5in, badge-1-75in, badge-2-25in, badge-3in, badge-58, sticker-50)\n"
    ) in out, out
    assert out.count("error[text.no-glyph]") == 1, out
    assert "\n1 error(s), " in out, out
    assert "does not lay out cleanly (1 other problem(s)): fix what is named above" in out
    edit(path, "po", "badge", exported)
    out = imported(root, path, "--lang", "fr")
    assert "  changed: badge (taken back: as exported)\n" in out, out
    assert "no-glyph" not in out, out


def test_errors_merged_already_merge_again() -> None:
    """Two checks' merged errors of one language and script (the campaign's, an office's) are
    one, with the characters and documents of both; an office's documents are named by
    office, offices with the same documents together."""
    mark = Mark(Path("fr.yaml"), 3, 5)

    def missing(char: str, key: str, material: str, office: str | None = None) -> Diagnostic:
        return Diagnostic(
            "text.no-glyph",
            f"'{char}' (U+{ord(char):04X}) has no glyph in any font",
            mark,
            ("a hint",),
            subject=Subject(office=office, material=material, language="fr", key=key),
        )

    campaign = one_per_cause(
        [missing("\u16a0", "badge", "sticker-50"), missing("\u16a0", "badge", "badge-58")]
    )
    offices = one_per_cause(
        [
            missing("\u16a0", "badge", "badge-32mm", "brussels"),
            missing("\u16a2", "theme", "poster-a3", "brussels"),
            missing("\u16a0", "badge", "badge-32mm", "new-york"),
            missing("\u16a0", "badge", "badge-3in", "lima"),
        ]
    )
    assert len(campaign) == len(offices) == 1
    (merged,) = one_per_cause([*campaign, *offices])
    assert merged.message == (
        "2 characters of script Runr have no glyph in any font: 'ᚠ' (U+16A0 RUNIC LETTER "
        "FEHU FEOH FE F), 'ᚢ'; needed by string(s) 'badge' (badge-58, sticker-50; offices "
        "brussels, new-york: badge-32mm; office lima: badge-3in); 'theme' (office brussels: "
        "poster-a3)"
    )
    assert (merged.mark, merged.hints) == (mark, ("a hint",))
    assert merged.subject == Subject(language="fr", key="badge, theme")
