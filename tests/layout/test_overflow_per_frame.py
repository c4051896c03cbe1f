"""A frame too small for its text in several languages is one error at the frame, the
designer's to enlarge (grouping.overflow_per_frame); a text too long in one language alone
stays at its line of its strings file, the translator's to shorten."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from campaign.diagnostics import Diagnostic, Mark, Subject
from campaign.pipeline.grouping import per_cause

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
FIGURE = "frame: {start: 136, top: 210, width: 139, height: 52}}"


def _narrowed(kit_copy: Callable[..., Path]) -> Path:
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    assert FIGURE in poster
    return kit_copy(
        **{"materials/layouts/poster-a3.yaml": poster.replace(FIGURE, FIGURE.replace("139", "90"))}
    )


def test_a_frame_too_small_in_several_languages_is_one_error_at_the_frame(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer's trial: the poster's figure frame narrowed from 139 to 90 mm was nine
    `text.overflow` errors, each at a strings file (es.yaml:21:3, pt.yaml, sw.yaml...), the
    layout's line in their hints alone. It is one error at the frame's line, naming the
    languages and the most any of them misses it by (Khmer's), its hint the strings lines."""
    root = _narrowed(kit_copy)
    code, out = cli("check", "--kit", root, "--only", "poster-a3")
    assert code == 1, out
    assert (
        f"{root}/materials/layouts/poster-a3.yaml:53:6: error[text.overflow]: poster-a3 "
        "'fact_figure': text does not fit slot 'figure' even at 56 pt in 9 languages (es, pt, "
        "sw, so, bn, ur, km, my, tl); the most in km: 31.0 mm (2 line(s)) too tall and a word "
        "is 1.2 mm too wide\n"
        "  hint: the frame is too small for the text in 9 languages: enlarge it or lower the "
        "style's min_size (or shorten the texts, at es.yaml:21, pt.yaml:22, sw.yaml:22, "
        "so.yaml:21, bn.yaml:21, ur.yaml:21 and 3 more)\n"
    ) in out, out
    assert out.count("error[text.overflow]") == 1, out
    assert "1 error(s)" in out, out


def test_a_translation_too_long_alone_stays_at_its_strings_line(
    kit_copy: Callable[..., Path],
) -> None:
    """Of the narrowed frame's languages, Spanish alone checked: its text is told at its line
    of es.yaml, with the translator's hint, as before (English fits)."""
    root = _narrowed(kit_copy)
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "es,en")
    assert code == 1, out
    assert (
        f"{root}/materials/strings/es.yaml:21:3: error[text.overflow]: poster-a3 [es] "
        "'fact_figure': text does not fit slot 'figure' even at 56 pt: 1 line(s) more than the "
        "style allows\n"
        "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot "
        "(poster-a3.yaml:52) or lower the style's min_size\n"
    ) in out, out
    assert out.count("error[text.overflow]") == 1, out


def _overflow(lang: str, line: int, over: tuple[int, float, float], missed: str) -> Diagnostic:
    head = "text does not fit slot 'figure' even at 56 pt"
    return Diagnostic(
        "text.overflow",
        f"{head}: {missed}",
        Mark(Path(f"materials/strings/{lang.split('-')[0]}.yaml"), line, 3),
        ("shorten the text or give it a 'short:' variant",),
        subject=Subject(material="poster-a3", language=lang, key="fact_figure"),
        facts=(
            ("slot", "figure"),
            ("frame", Mark(Path("materials/layouts/poster-a3.yaml"), 49, 6)),
            ("head", head),
            ("missed", missed),
            ("short", False),
            ("over", over),
        ),
    )


def test_languages_that_print_one_line_of_one_file_are_one_translation() -> None:
    """A regional language that prints its parent's text (ar-EG, ar.yaml's) misses the frame
    by the same line: one translation too long, told at that line in both languages
    (overflow_per_text), not the frame's. A second line of another file makes it the
    frame's: the worst (most lines over, then most too tall) is the one shown."""
    ar = _overflow("ar", 21, (1, 0.0, 0.0), "1 line(s) more than the style allows")
    ar_eg = _overflow("ar-EG", 21, (1, 0.0, 0.0), "1 line(s) more than the style allows")
    (one,) = per_cause([ar, ar_eg])
    assert (str(one.mark), one.subject.language) == ("materials/strings/ar.yaml:21:3", None)
    assert one.message.endswith("(in 2 languages: ar, ar-EG)"), one.message
    ur = _overflow("ur", 21, (1, 26.4, 0.0), "9.3 mm (1 line(s)) too tall")
    (frame,) = per_cause([ar, ar_eg, ur])
    assert str(frame.mark) == "materials/layouts/poster-a3.yaml:49:6"
    assert frame.message == (
        "text does not fit slot 'figure' even at 56 pt in 3 languages (ar, ar-EG, ur); the "
        "most in ur: 9.3 mm (1 line(s)) too tall"
    )
    assert frame.subject == Subject(material="poster-a3", key="fact_figure")
    assert frame.hints == (
        "the frame is too small for the text in 3 languages: enlarge it or lower the style's "
        "min_size (or shorten the texts, at ar.yaml:21, ur.yaml:21)",
    )
