"""Every figure the kit prints carries its source: the social images showed "1 in 3 ... is a
child" without "Source: UNODC Global Report on Trafficking in Persons", which the poster and
flyer print under it (a Middle East office's trial). A layout (or a size of one) whose page
shows the figure without its source is a `layout.unsourced` error; the shipped materials set
the source on every page that shows the figure, in every language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.kit.sources import SOURCED
from campaign.layout.document import TextItem
from campaign.model import Kit
from campaign.pipeline.compose import compose_document

ROOT = Path(__file__).resolve().parents[2]
PT = 25.4 / 72  # mm per point


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def errors_of(kit: Path) -> list[str]:
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    return [d.render().split("\n")[0] for d in exc.value.diagnostics]


def test_a_social_image_without_the_source_slot_is_an_error_at_the_figure(
    kit_copy: Callable[..., Path],
) -> None:
    layout = ROOT / "materials/layouts/social-1080x1080.yaml"
    text = layout.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if "{name: source," in ln)
    cut = "".join(lines[:start] + lines[start + 2 :])  # the slot's two lines
    kit = kit_copy(**{"materials/layouts/social-1080x1080.yaml": cut})
    figure = next(i for i, ln in enumerate(cut.splitlines()) if "{name: figure," in ln) + 1
    path = kit / "materials/layouts/social-1080x1080.yaml"
    assert errors_of(kit) == [
        f"{path}:{figure}:5: error[layout.unsourced]: social-1080x1080 shows the figure "
        "'fact_figure' (slot 'figure') without its source, the string 'fact_source': every "
        "figure the kit prints names the study it comes from"
    ]


def test_a_source_slot_left_out_for_its_own_error_is_that_error_alone(
    kit_copy: Callable[..., Path],
) -> None:
    """A source slot with a frame of `width: -253` is left out for that error: the poster
    then shows its figure without the slot, and `layout.unsourced` followed, sending a
    designer to add a source slot the file has (a designer's trial). The frame's error is
    said alone; a file without such an error, that lacks the slot, is still told."""
    layout = ROOT / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    old = "{name: source, kind: text, string: fact_source, style: source,\n     frame: {start: 22, top: 303, width: 253,"
    assert text.count(old) == 1
    kit = kit_copy(
        **{"materials/layouts/poster-a3.yaml": text.replace(old, old.replace("253", "-253"))}
    )
    path = kit / "materials/layouts/poster-a3.yaml"
    line = text[: text.index(old)].count("\n") + 2
    assert errors_of(kit) == [
        f"{path}:{line}:42: error[schema.type]: 'width' in frame of slot 'source' must be a "
        "number >= 0 and <= 10000 (got -253)"
    ]


def test_a_missing_source_slot_is_told_beside_another_error_of_its_file(
    kit_copy: Callable[..., Path],
) -> None:
    """The poster without its source slot, a comment naming `fact_source` left, and an
    error elsewhere in the file (the hearts' frame): `layout.unsourced` is still told (it
    was taken for a source slot left out for that error: a review)."""
    layout = ROOT / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if "{name: source," in ln)
    cut = "".join(
        lines[:start] + ["  # the source (fact_source) slot was here\n"] + lines[start + 2 :]
    )
    assert cut.count("frame: {start: 22, top: 216, width: 104,") == 1  # the hearts'
    cut = cut.replace(
        "frame: {start: 22, top: 216, width: 104,", "frame: {start: 22, top: 216, width: -104,"
    )
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": cut})
    codes = [line.split("error[")[1].split("]")[0] for line in errors_of(kit) if "error[" in line]
    assert "layout.unsourced" in codes, codes


def test_a_size_that_drops_the_source_is_named(kit_copy: Callable[..., Path]) -> None:
    """A size's override `drop: true` of the source slot: the size is its own material and
    is named, at its size line; the layout's other sizes are fine."""
    layout = ROOT / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    assert "\nsizes:\n" in text
    head, sizes = text.split("\nsizes:\n", 1)
    entry = "  a2src: {trim: [420, 594], slots: {source: {drop: true}}}\n"
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": f"{head}\nsizes:\n{entry}{sizes}"})
    line = f"{head}\nsizes:\n".count("\n") + 1
    path = kit / "materials/layouts/poster-a3.yaml"
    assert errors_of(kit) == [
        f"{path}:{line}:10: error[layout.unsourced]: poster-a2src shows the figure 'fact_figure' "
        "(slot 'figure') without its source, the string 'fact_source': every figure the kit "
        "prints names the study it comes from"
    ]


def test_a_misspelt_source_is_its_unknown_string_alone(kit_copy: Callable[..., Path]) -> None:
    """`string: fact_sorce` in the poster's source slot: the unknown string is the cause, and
    told alone; it was told last, after six `layout.unsourced` errors, one per poster size
    (though `check --only poster-a3` asked for one)."""
    layout = ROOT / "materials/layouts/poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    old = "string: fact_source, style: source"
    assert old in text
    typo = text.replace(old, "string: fact_sorce, style: source")
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": typo})
    line = typo[: typo.index("fact_sorce")].count("\n") + 1
    col = len(typo[: typo.index("fact_sorce")].split("\n")[-1]) + 1  # at the name
    path = kit / "materials/layouts/poster-a3.yaml"
    assert errors_of(kit) == [
        f"{path}:{line}:{col}: error[ref.string]: unknown string 'fact_sorce' in slot 'source'"
    ]


def test_a_design_without_the_source_is_one_error_naming_its_sizes(
    kit_copy: Callable[..., Path],
) -> None:
    """The poster's design without its source slot: its sizes show its page, so they are
    named in its error, not given one each."""
    layout = ROOT / "materials/layouts/poster-a3.yaml"
    lines = layout.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if "{name: source," in ln)
    cut = "".join(lines[:start] + lines[start + 2 :])  # the slot's two lines
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": cut})
    figure = next(i for i, ln in enumerate(cut.splitlines()) if "{name: figure," in ln) + 1
    path = kit / "materials/layouts/poster-a3.yaml"
    assert errors_of(kit) == [
        f"{path}:{figure}:5: error[layout.unsourced]: poster-a3 shows the figure 'fact_figure' "
        "(slot 'figure') without its source, the string 'fact_source' (so do its sizes "
        "poster-a1, poster-a2, poster-a4, poster-tabloid and poster-letter, made from it): "
        "every figure the kit prints names the study it comes from"
    ]


def _shows(item: TextItem) -> str:
    return "".join(line.actual_text() for line in item.text.lines).strip()


@pytest.mark.parametrize("lang", ["en", "ar", "my", "zh", "am", "km"])
def test_every_shipped_page_that_shows_the_figure_shows_its_source(
    kit: Kit, fonts: FontBook, lang: str
) -> None:
    """On every page of every material (sizes too) that prints a figure of SOURCED, its
    source's text is printed: not empty, at 14 pt or more (the social kind's floor), and
    inside the page."""
    checked = 0
    for layout in kit.layouts.values():
        laid = compose_document(kit, fonts, layout, kit.languages[lang])
        doc = laid.composed.page
        for page in doc.pages:
            texts = page.text_items()
            figures = [i for i in texts if set(i.keys) & set(SOURCED) and _shows(i)]
            if not figures:
                continue
            sources = [i for i in texts if "fact_source" in i.keys and _shows(i)]
            assert sources, (layout.id, lang, page)
            for item in sources:
                if layout.kind == "social":
                    assert item.text.size >= 14, (layout.id, lang, item.text.size)
                box = item.box
                assert box.x >= 0, (layout.id, box)
                assert box.y >= 0, (layout.id, box)
                assert box.x + box.w <= doc.trim[0] + 0.01, (layout.id, box)
                assert box.y + box.h <= doc.trim[1] + 0.01, (layout.id, box)
            checked += 1
    assert checked >= 8  # posters, flyers and the four social images, with their sizes
