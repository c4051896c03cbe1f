"""Cases text-and-images/02, 12 and 13 (the kit's issue 12) on the repository's kit with each
case's strings file: the lines the layout stage sets, as the case's EXPECTED says them."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pikepdf

from campaign.build import check
from campaign.layout.document import Page
from campaign.text.paragraph import Run
from campaign.text.shape import shape_run

from ..kits import build, out_path

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def page(kit: Path, lang: str, material: str) -> Page:
    _, jobs, _ = check(kit, (lang,), (material,))
    return jobs[0].page


def line_texts(p: Page, slot: str) -> list[str]:
    """Each line's characters in logical order (the lines of left-to-right slots)."""
    item = next(i for i in p.items if i.slot == slot)
    lines = item.text.lines  # type: ignore[union-attr]
    return ["".join(r.text for r in sorted(ln.runs, key=lambda r: r.start)) for ln in lines]


def with_strings(kit_copy: Callable[..., Path], *names: tuple[str, str]) -> Path:
    kit = kit_copy()
    for case_file, target in names:
        shutil.copy(CASES / case_file, kit / "materials" / target)
    return kit


def test_case_12_greek_capitals_have_no_accents(kit_copy: Callable[..., Path]) -> None:
    kit = with_strings(kit_copy, ("el-uppercase.yaml", "strings/el.yaml"))
    badge = " ".join(line_texts(page(kit, "el", "badge-58"), "words"))
    assert badge == "ΣΤΑΜΑΤΗΣΤΕ ΤΗΝ ΕΜΠΟΡΙΑ ΑΝΘΡΩΠΩΝ"
    day = " ".join(line_texts(page(kit, "el", "flyer-a5"), "day"))
    assert day == "ΠΑΓΚΟΣΜΙΑ ΗΜΕΡΑ ΚΑΤΑ ΤΗΣ ΕΜΠΟΡΙΑΣ ΑΝΘΡΩΠΩΝ · 30 ΙΟΥΛΙΟΥ"


def visual(runs: tuple[Run, ...]) -> str:
    """A line's characters in display order, left to right."""
    return "".join(r.text[::-1] if r.rtl else r.text for r in sorted(runs, key=lambda r: r.x))


def test_case_02_an_arabic_hashtag_is_one_right_to_left_unit(
    kit_copy: Callable[..., Path],
) -> None:
    kit = with_strings(kit_copy, ("ar-hashtag.yaml", "strings/ar.yaml"))
    tag = "#القلب_الأزرق"
    rim = next(i for i in page(kit, "ar", "badge-58").items if i.slot == "rim")
    poster = next(i for i in page(kit, "ar", "poster-a3").items if i.slot == "hashtags")
    for line in (rim.line, *poster.text.lines):  # type: ignore[union-attr]
        # the Latin tag first (on the right), then the Arabic one, whose '#' is on its right
        assert visual(line.runs) == tag[::-1] + " #endHT"
        start = line.runs[0].source.index(tag)
        for run in line.runs:
            if run.end <= len("#endHT") or run.start >= start:  # not the space between them
                assert run.rtl == (run.start >= start), run  # "#endHT" left to right
            if set(run.text) & set(tag[1:]) - {"_"}:  # joined: as HarfBuzz joins the word alone
                word = run.text.strip("_# ")
                alone = shape_run(run.face, word, 0, len(word), True, "ar")
                assert [g.gid for g in run.glyphs] == [g.gid for g in alone]


GERMAN = "Menschen\u00adhandels\u00adbekämpfungs\u00adstrategie für jedes Kind"


def test_case_13_a_line_ending_at_a_soft_hyphen_shows_a_hyphen(
    kit_copy: Callable[..., Path],
) -> None:
    kit = with_strings(kit_copy, ("de-soft-hyphens.yaml", "strings/de.yaml"))
    for material in ("flyer-a5", "poster-a3"):
        p = page(kit, "de", material)
        lines = line_texts(p, "headline")
        # the compound breaks at its soft hyphens, each line end drawn with a hyphen
        assert lines[:2] == ["Menschen\u00adhandels\u2010", "bekämpfungs\u2010"], lines
        joined = " ".join(lines).replace("\u2010 ", "").replace("\u00ad", "")
        assert joined == GERMAN.replace("\u00ad", "")
        # inside the line the soft hyphen is nothing: no glyph, so no width and no character
        item = next(i for i in p.items if i.slot == "headline")
        first = item.text.lines[0].runs  # type: ignore[union-attr]
        assert sum(len(r.glyphs) for r in first) == len("Menschenhandels\u2010")
        assert all(r.source[g.cluster] != "\u00ad" for r in first for g in r.glyphs)


def test_case_13_b_french_no_break_spaces_hold(kit_copy: Callable[..., Path]) -> None:
    kit = with_strings(
        kit_copy,
        ("fr-no-break-spaces.yaml", "strings/fr.yaml"),
        ("test-text-fr.yaml", "layouts/test-text.yaml"),
    )
    lines = line_texts(page(kit, "fr", "test-text"), "calls")
    assert lines == [
        "Signalez tout",
        "cas suspect\u00a0:",
        "appelez le 17\u202f!",
        "«\u00a0Ensemble,",
        "protégeons les",
        "enfants\u00a0».",
    ]


def test_case_13_a_drawn_hyphen_is_a_soft_hyphen_in_the_pdf_text(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = with_strings(kit_copy, ("de-soft-hyphens.yaml", "strings/de.yaml"))
    out = build(kit, tmp_path / "out", "--lang", "de", "--only", "flyer-a5", "--no-png", "-j", "1")
    with pikepdf.open(out / out_path("flyer-a5", "de", "digital")) as pdf:
        stream = pdf.pages[0].Contents.read_bytes()
    spans = re.findall(rb"/ActualText <FEFF([0-9A-F]+)>", stream)
    words = [bytes.fromhex(s.decode()).decode("utf-16-be") for s in spans]
    # extraction joins the word again; the glyphs show a hyphen (U+2010); the soft hyphen
    # where the line does not break is no text (kept, a search for the word found nothing)
    assert "Menschenhandels\u00ad" in words, words
    assert "bekämpfungs\u00ad" in words
