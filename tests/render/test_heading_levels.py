"""Every digital PDF the kit makes has one H1, the first heading of its structure tree, and
its headings skip no level going down (PDF/UA-1, 7.4.2; one H1, the document's title, as a
web page has): every material in en, ar and zh, the event templates blank (built without an
event: the title slot empty, which left them without any heading) and merged with an event
in each of those languages. Read from each file's structure tree, in its order."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
import yaml

from campaign.build import Options, build
from campaign.kit import load_kit
from tests.kits import cli, out_path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "ar", "zh")
KIT = load_kit(ROOT)
# every material that has a digital PDF (a social image is a PNG)
MATERIALS = tuple(sorted(n for n, layout in KIT.layouts.items() if layout.kind != "social"))
EVENTS = tuple(n for n in MATERIALS if n.startswith("event-"))
# made-up events, one in each language (`sample`: made only to try the kit)
TITLES = {
    "en": "Blue Heart walk (example)",
    "ar": "ندوة القلب الأزرق (مثال)",
    "zh": "蓝心步行（示例）",
}


def theme(lang: str) -> str:
    text = yaml.safe_load((ROOT / f"materials/strings/{lang}.yaml").read_text("utf-8"))
    entry = text["strings"]["theme"]
    return " ".join((entry["text"] if isinstance(entry, dict) else entry).split())


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("headings")
    build(ROOT, Options(out, LANGS, MATERIALS, png=False))
    return out


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("merged")
    data = out / "events.csv"
    rows = [
        f"e-{lang},{lang},{title},2024-07-30,18:30,Example Hall,true"
        for lang, title in TITLES.items()
    ]
    data.write_text("event_id,language,title,date,time,venue,sample\n" + "\n".join(rows) + "\n")
    for template in EVENTS:
        code, said = cli("merge", template, data, "--kit", ROOT, "-o", out / "events", "--no-png")
        assert code == 0, said
    return out / "events"


def headings(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """The heading elements of a file's structure tree (H1, H2...), in its order."""
    found: list[pikepdf.Object] = []

    def walk(elem: pikepdf.Object) -> None:
        if str(elem.get("/S", ""))[:2] == "/H":
            found.append(elem)
        kids = elem.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return found


def one_h1_first_none_skipped(path: Path) -> list[tuple[str, str | None]]:
    """Asserts it of the file; its headings' tags and ActualText."""
    with pikepdf.open(path) as pdf:
        found = [(str(e.S), str(e.get("/ActualText", "")) or None) for e in headings(pdf)]
    levels = [int(tag[2:]) for tag, _ in found]
    assert levels, f"{path.name}: no heading"
    assert levels[0] == 1, f"{path.name}: {levels}"
    assert levels.count(1) == 1, f"{path.name}: {levels}"
    skipped = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skipped, f"{path.name}: {levels}"
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("material", MATERIALS)
def test_every_digital_pdf_has_one_h1_first(blank: Path, material: str, lang: str) -> None:
    found = one_h1_first_none_skipped(blank / out_path(material, lang, "digital"))
    if material in EVENTS and lang == "ar":  # the blank template's H1: the campaign's theme
        assert " ".join(str(found[0][1]).split()) == theme("ar")
        with pikepdf.open(blank / out_path(material, lang, "digital")) as pdf:
            assert str(pdf.docinfo.Title) == theme("ar")  # its words, as the poster's


def test_the_materials_are_all_there(blank: Path) -> None:
    assert len(MATERIALS) >= 30
    assert len(EVENTS) >= 6
    assert len(list(blank.rglob("*-digital.pdf"))) == len(MATERIALS) * len(LANGS)


def test_a_badge_of_the_heart_alone_has_it_as_its_h1(blank: Path) -> None:
    """The 25 mm badge shows no words: its H1 holds the heart's Figure, which has the
    alternative text and its place on the page."""
    with pikepdf.open(blank / out_path("badge-25mm", "zh", "digital")) as pdf:
        (h1,) = headings(pdf)
        (figure,) = h1.K
        assert str(figure.S) == "/Figure"
        assert str(figure.Alt) == "蓝色的心，蓝心运动打击贩运人口的标志"
        assert len(figure.A.BBox) == 4
        assert "/Alt" not in h1
        # the page's parent tree: its one MCID is the Figure's
        assert pdf.Root.StructTreeRoot.ParentTree.Nums[1][0].objgen == figure.objgen


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("template", EVENTS)
def test_a_merged_event_has_its_title_as_h1_and_the_theme_under_it(
    merged: Path, template: str, lang: str
) -> None:
    path = merged / template / f"{template}-{lang}-e-{lang}-digital.pdf"
    found = one_h1_first_none_skipped(path)
    assert [tag for tag, _ in found] == ["/H1", "/H2"]
    if lang == "ar":
        assert found[0][1] == TITLES["ar"]
        assert " ".join(str(found[1][1]).split()) == theme("ar")
