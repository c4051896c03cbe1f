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


def test_a_slug_short_of_room_keeps_its_fields_by_priority_in_short_wording() -> None:
    """Where the whole slug does not fit the lines the margin holds, it is set in short
    wording ("front" for "front (1/2)", the campaign's year alone) on as few lines as hold
    the material, page, language, year and build hash, kept in that order while they fit,
    then the rest (render.marks.plan_slug); a character is 1 pt wide at any size here."""
    from campaign.render.marks import SLUG_SEPARATOR, plan_slug

    slug = SLUG_SEPARATOR.join(
        ["bookmark-50", "en", "front (1/2)", "trim 50 x 180 mm", "bleed 3 mm", "FOGRA39",
         "World Day 2024", "build 0123456789abcdef"]
    )  # fmt: skip
    width = 64.0  # "bookmark-50  |  en  |  front  |  2024  |  build 0123456789abcdef": 64

    def measure(field: str, size: float) -> float:
        return float(len(field))

    below = 15.0  # pt past the bleed: room for one line at 4.8 pt (marks.slug_lines_fit)
    plan = plan_slug(slug, width, below, measure)
    assert plan.lines == (("bookmark-50", "en", "front", "2024", "build 0123456789abcdef"),), plan
    assert plan.left_out == ()  # trim, bleed and the press condition: the job sheet's
    narrow = plan_slug(slug, 40.0, below, measure)
    assert narrow.lines == (("bookmark-50", "en", "front", "2024"),)
    assert narrow.left_out == ("hash",)
    assert plan_slug(slug, 10.0, below, measure).lines == ()  # not even the material
    assert plan_slug(slug, 10.0, below, measure).left_out == (
        "job",
        "language",
        "page",
        "date",
        "hash",
    )  # fmt: skip  (in the slug's order)
    roomy = plan_slug(slug, 100.0, 40.0, measure)  # the whole slug, as it was: two lines
    assert (roomy.size, roomy.short, roomy.left_out) == (pytest.approx(4.8), False, ())
    assert [f for line in roomy.lines for f in line] == slug.split(SLUG_SEPARATOR)


def test_each_slug_field_is_known_by_what_it_tells() -> None:
    """The kinds plan_slug keeps fields by, read from a slug as a build writes it."""
    from campaign.render.marks import SLUG_SEPARATOR, slug_fields

    slug = SLUG_SEPARATOR.join(
        ["nairobi", "flyer-a5", "sw", "DRAFT", "7/11 texts in en", "event walk", "back (2/2)",
         "trim 148 x 210 mm", "folded", "bleed 3 mm", "FOGRA39", "World Day 2024",
         "build 0123abcd"]
    )  # fmt: skip
    found = [(f.kind, f.short) for f in slug_fields(slug, ("build 0123abcd", "event walk"))]
    assert found == [
        ("office", "nairobi"),
        ("job", "flyer-a5"),
        ("language", "sw"),
        ("draft", "DRAFT"),
        ("texts", "7/11 texts in en"),
        ("event", "event walk"),
        ("page", "back"),
        ("other", "trim 148 x 210 mm"),
        ("other", "folded"),
        ("other", "bleed 3 mm"),
        ("other", "FOGRA39"),
        ("date", "2024"),
        ("hash", "build 0123abcd"),
    ]


# ---- the slug as printed: read back from the PDF's image masks --------------------------


def printed_slug(pdf_path: Path, slug: str, varying: tuple[str, ...]) -> list[str]:
    """The slug's lines as the print PDF's first page draws them, top line first: each image
    mask it places (render.rastered: `q w 0 0 h x y cm /Name Do Q`) named by the piece of
    text whose mask has that name, set as draw_slug sets it (every field of `slug`, whole
    and in short wording, the separator, a varying field's label and characters, at 6 and
    4.8 pt), the pieces of a baseline joined left to right."""
    import pikepdf

    from campaign.fonts import load_fontbook
    from campaign.render.marks import SLUG_SEPARATOR, _setting, slug_fields, slug_pieces
    from campaign.render.rastered import raster_mask

    face = load_fontbook(ROOT / "fonts").slug_face()
    texts = {SLUG_SEPARATOR}
    for f in slug_fields(slug, varying):
        for text in (f.text, f.short):
            texts.update(slug_pieces(text, varying))
    known = {}
    for text in texts:
        for size in (6.0, 4.8):
            mask = raster_mask(_setting(text, size, face)[0], size)
            if mask is not None:
                known["/FormXob." + mask.name] = (text, mask.box[1])
    lines: dict[float, list[tuple[float, str]]] = {}
    with pikepdf.open(pdf_path) as pdf:
        ins = list(pikepdf.parse_content_stream(pdf.pages[0]))
        for n, (operands, op) in enumerate(ins):
            name = str(operands[0]) if str(op) == "Do" else ""
            if name.startswith("/FormXob.Mask."):
                assert name in known, name  # a piece of the slug, and no other text
                text, bottom = known[name]
                cm = [float(v) for v in ins[n - 1].operands]
                lines.setdefault(round(cm[5] - bottom, 2), []).append((cm[4], text))
    return ["".join(t for _, t in sorted(p)) for _, p in sorted(lines.items(), reverse=True)]


BOOKMARK = ROOT / "tests" / "data" / "marks" / "bookmark.yaml"


def test_a_bookmark_prints_a_one_line_slug_and_a_poster_its_whole_slug(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """Read from the PDFs: the 50 x 180 mm bookmark's slug is one line, its material,
    language, the campaign's year and build hash (it was two lines, without its campaign);
    a poster's is its whole slug on one line, as it was."""
    kit = kit_copy(**{"materials/layouts/bookmark.yaml": BOOKMARK.read_text("utf-8")})
    seen = slugs(monkeypatch)
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--no-png", "--no-digital", "--jobs", "1")
    code, said = cli("build", "--lang", "en", "--only", "bookmark,poster-a3", *args)
    assert code == 0, said
    by = {fields(s)[0]: s for s in seen}
    small, big = by["bookmark"], by["poster-a3"]
    build, built = fields(small)[-1], fields(big)[-1]  # each document's build hash
    assert build.startswith("build ")
    assert len(build) == 16
    assert printed_slug(out / "bookmark" / "bookmark-en.pdf", small, (build,)) == [
        f"bookmark  |  en  |  2024  |  {build}"
    ]
    assert printed_slug(out / "poster-a3" / "poster-a3-en.pdf", big, (built,)) == [
        "poster-a3  |  en  |  trim 297 x 420 mm  |  bleed 3 mm  |  FOGRA39  |  World Day "
        f"Against Trafficking in Persons 2024  |  {built}"
    ]


# ---- a file of sample data says so on its slug ------------------------------------------


def test_a_sample_offices_pdf_says_sample_data_first_on_its_slug(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """Read from the PDF: an office file with `sample: true` (made only to try the kit) made
    PDFs whose slug said "rosea | poster-a3 | fr | DRAFT | ..." and nothing of the sample:
    only the job sheet, contact sheet and galleries said SAMPLE DATA, so a PDF taken out of
    its package carried no mark (an office's trial). It says so first, as a sheet placing
    it does; the same office without `sample:` does not."""
    from ..offices.kit import ROSEA, office_kit

    kit = office_kit(kit_copy, ROSEA.replace("languages: [en, ar]", "languages: [fr]"))
    office = kit / "materials" / "offices" / "rosea.yaml"
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--no-png", "--no-digital", "--jobs", "1", "--force")
    for sample in (True, False):
        if not sample:  # a real office's: no sample values (check refuses them), none given
            office.write_text(
                "name: Rosea Test Office\nlanguages: [fr]\noutput_profile: fogra29\n",
                encoding="utf-8",
            )
        seen = slugs(monkeypatch)
        code, said = cli("build", "--office", "rosea", "--only", "poster-a3", *args)
        assert code == 0, said
        (slug,) = seen
        build = fields(slug)[-1]
        pdf = out / "rosea" / "poster-a3" / "poster-a3-fr-rosea.pdf"
        head = "SAMPLE DATA  |  " if sample else ""
        assert printed_slug(pdf, slug, (build,)) == [
            f"{head}rosea  |  poster-a3  |  fr  |  DRAFT  |  trim 297 x 420 mm  |  bleed 3 mm  |  "
            f"FOGRA29  |  World Day Against Trafficking in Persons 2024  |  {build}"
        ]


def test_a_sample_rows_merged_file_says_sample_data_on_its_slug(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A merged row whose `sample` cell is true (examples/'s made-up events) is of sample
    data too: its slug says so first; a real row's does not."""
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue,sample\n"
        "walk-geneva,en,Walk,2024-07-30,Parc,true\n"
        "run-geneva,en,Run,2024-07-30,Parc,\n",
        "utf-8",
    )
    seen = slugs(monkeypatch)
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital", "--jobs", "1")
    code, said = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, said
    assert sorted(fields(s)[:4] for s in seen) == [
        ["SAMPLE DATA", "event-flyer-a5", "en", "event walk-geneva"],
        ["event-flyer-a5", "en", "event run-geneva", "trim 148 x 210 mm"],
    ]


def test_sample_data_is_known_on_a_slug_and_kept_on_the_smallest_piece() -> None:
    """SAMPLE DATA is a field of its own kind, kept first with the material and the page on
    a piece short of room, before the language (render.marks.plan_slug); a character is 1 pt
    wide at any size here."""
    from campaign.render.marks import SLUG_SAMPLE, SLUG_SEPARATOR, plan_slug, slug_fields

    slug = SLUG_SEPARATOR.join(
        [SLUG_SAMPLE, "bookmark-50", "en", "front (1/2)", "trim 50 x 180 mm", "bleed 3 mm",
         "FOGRA39", "World Day 2024", "build 0123456789abcdef"]
    )  # fmt: skip
    kinds = [f.kind for f in slug_fields(slug)]
    assert kinds[:3] == ["sample", "job", "language"]
    plan = plan_slug(slug, 40.0, 15.0, lambda field, size: float(len(field)))
    assert plan.lines == (("SAMPLE DATA", "bookmark-50", "front"),), plan
    assert plan.left_out == ("language", "date", "hash")
