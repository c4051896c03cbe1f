"""What the slug tells a print shop: the office, material, language, DRAFT for a translation
not reviewed, a merged event's id, each side of a two-sided piece, trim, bleed, press
condition, the campaign and the build hash. A print shop's trial could not tell the pages
of a combined event file apart (only the build hash differed), nor a flyer's front from its
back, and draft files carried no mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.render import pdf as render_pdf
from campaign.render.target import Target

from ..kits import ROOT, cli, without_two_french_strings


def slugs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each page's slug as it is drawn, in this process (`--jobs 1`)."""
    seen: list[str] = []
    draw = render_pdf.draw_marks

    def spy(canvas: object, target: Target, *args: object) -> None:
        seen.append(target.slug)
        draw(canvas, target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(render_pdf, "draw_marks", spy)
    return seen


def fields(slug: str) -> list[str]:
    return slug.split("  |  ")


def test_a_two_sided_draft_flyer_names_its_side_and_draft(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = slugs(monkeypatch)
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital", "--jobs", "1")
    assert cli("build", "--lang", "fr,en", "--only", "flyer-a5", *args)[0] == 0
    assert [fields(s)[:4] for s in seen] == [
        ["flyer-a5", "fr", "DRAFT", "front (1/2)"],
        ["flyer-a5", "fr", "DRAFT", "back (2/2)"],
        ["flyer-a5", "en", "front (1/2)", "trim 148 x 210 mm"],
        ["flyer-a5", "en", "back (2/2)", "trim 148 x 210 mm"],
    ]


def test_a_merged_event_names_its_event_id(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue\nwalk-geneva,en,Walk,2024-07-30,Parc\n", "utf-8"
    )
    seen = slugs(monkeypatch)
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital", "--jobs", "1")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    assert [fields(s)[:4] for s in seen] == [
        ["event-flyer-a5", "en", "event walk-geneva", "trim 148 x 210 mm"]
    ]


def test_a_document_printing_another_languages_texts_says_how_many(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A Tigrinya poster that printed 7 of its 11 texts in English said only "DRAFT" on its
    slug, while the contact sheet and the job sheet said so (a trial)."""
    kit = kit_copy()
    without_two_french_strings(kit)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    seen = slugs(monkeypatch)
    args = ("--kit", kit, "-o", tmp_path / "out", "--no-png", "--no-digital", "--jobs", "1")
    code, text = cli("build", "--lang", "fr,pt-BR,en", "--only", "poster-a3", *args)
    assert code == 0, text
    assert sorted(fields(s)[:4] for s in seen) == [
        ["poster-a3", "en", "trim 297 x 420 mm", "bleed 3 mm"],
        ["poster-a3", "fr", "DRAFT", "2/11 texts in en"],
        ["poster-a3", "pt-BR", "DRAFT", "11/11 texts in pt"],
    ]


def test_a_slug_too_long_for_its_margin_keeps_the_build_hash() -> None:
    """Fields that do not fit the margin are left out from the end, but the build hash: a
    narrow two-sided bookmark's slug lost its `build <hash>` line (a trial)."""
    from campaign.render.marks import SLUG_SEPARATOR, _fitted, _wrap

    slug = SLUG_SEPARATOR.join(
        ["bookmark-50", "en", "front (1/2)", "trim 50 x 180 mm", "bleed 3 mm", "FOGRA39",
         "World Day 2024", "build 0123456789abcdef"]
    )  # fmt: skip
    width = 40.0  # a character is 1 pt wide: "trim 50 x 180 mm  |  bleed 3 mm" fits
    lines = _wrap(slug, width, len)
    assert len(lines) == 4
    assert lines[-1] == ["build 0123456789abcdef"]
    assert _fitted(lines, 4, width, len) == lines
    assert _fitted(lines, 3, width, len) == [
        ["bookmark-50", "en", "front (1/2)"],
        ["trim 50 x 180 mm", "bleed 3 mm"],
        ["FOGRA39", "build 0123456789abcdef"],
    ]
    assert _fitted(lines, 2, width, len) == [
        ["bookmark-50", "en", "front (1/2)"],
        ["build 0123456789abcdef"],
    ]
    assert _fitted(lines, 1, width, len) == [["bookmark-50", "build 0123456789abcdef"]]


def test_a_slug_whose_first_and_last_fields_take_two_lines_keeps_the_first_in_one() -> None:
    """When not even the first field and the build hash fit `fit` lines, no more fields are
    left out: the lines past `fit` are cut, and the slug keeps the material alone (the first
    field), not the build hash (marks._fitted)."""
    from campaign.render.marks import SLUG_SEPARATOR, _fitted, _wrap

    slug = SLUG_SEPARATOR.join(
        ["bookmark-50", "en", "front (1/2)", "trim 50 x 180 mm", "build 0123456789abcdef"]
    )
    width = 30.0  # a character is 1 pt wide: "bookmark-50  |  build 0123456789abcdef" is 38
    lines = _wrap(slug, width, len)
    assert lines == [
        ["bookmark-50", "en"],
        ["front (1/2)"],
        ["trim 50 x 180 mm"],
        ["build 0123456789abcdef"],
    ]
    assert _fitted(lines, 2, width, len) == [["bookmark-50", "en"], ["build 0123456789abcdef"]]
    assert _fitted(lines, 1, width, len) == [["bookmark-50"]]
