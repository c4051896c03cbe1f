"""Every digital PDF the kit makes has one H1, the first heading of its structure tree, and
its headings skip no level going down (PDF/UA-1, 7.4.2; one H1, the document's title, as a
web page has): every material in en, ar and zh, the event templates blank (built without an
event: the title slot empty, which left them without any heading) and merged with an event
in each of those languages. Read from each file's structure tree, in its order."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
import yaml

from campaign.build import Options, build
from campaign.kit import load_kit
from tests.kits import cli, out_path

from .test_rim_languages import mcid_text
from .test_run_languages import parent_tags

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
        code, said = cli(
            "merge", template, data, "--kit", ROOT, "-o", out / "events", "--no-png", "--jobs", "1"
        )
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
            title = str(pdf.docinfo.Title)
        # its words, as the poster's, then its trim in mm (the kit has no Arabic name of it)
        words, size = title.split("\u060c ")
        assert words == theme("ar")
        assert re.fullmatch(r"\d+(\.\d)? × \d+(\.\d)? mm", size), title


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


# an office that fills the contacts the flyer's back heads with "Contact" (made-up values,
# `sample: true`: made only to try the kit)
CONTACTS = (
    "name: Contacts\nlanguages: [en, ar]\nsample: true\n"
    "fields: {office_name: Example office, website: example.org, email: info@example.org}\n"
)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_contact_title_heads_its_section(
    module_kit_copy: Callable[..., Path], tmp_path: Path, lang: str
) -> None:
    """The flyer's back, with an office's contacts: "Contact" above them is a section title
    as the back's four others are, an H3 under the back's title (H2); it was a P, the only
    section title of the kit read as a paragraph. One H1 first, no level skipped."""
    kit = module_kit_copy(**{"materials/offices/contacts.yaml": CONTACTS})
    build(kit, Options(tmp_path, (lang,), ("flyer-a5",), offices=("contacts",), png=False))
    path = tmp_path / out_path("flyer-a5", lang, "digital", office="contacts")
    found = one_h1_first_none_skipped(path)
    assert [tag for tag, _ in found] == ["/H1", "/H2", "/H2", *["/H3"] * 5]
    with pikepdf.open(path) as pdf:
        last = headings(pdf)[-1]  # the back's last section title: the contacts'
        mcid = int(last.K)
        after = pdf.Root.StructTreeRoot.K[0].K[index_of(pdf, last) + 1]
        assert str(after.S) == "/P"  # the office's name, the first of its contacts
    title = string(lang, "contact_title")
    if lang == "ar":  # right to left: the element reads its words as its ActualText
        assert found[-1][1] == title
    else:  # what the glyphs of its marked content read, on the back
        assert mcid_text(path.read_bytes(), 1)[mcid] == title
        assert parent_tags(path.read_bytes(), 1)[mcid] == "/H3"


def index_of(pdf: pikepdf.Pdf, elem: pikepdf.Object) -> int:
    """Where `elem` is among the document's elements."""
    kids = list(pdf.Root.StructTreeRoot.K[0].K)
    return next(i for i, e in enumerate(kids) if e.objgen == elem.objgen)


def string(lang: str, key: str) -> str:
    text = yaml.safe_load((ROOT / f"materials/strings/{lang}.yaml").read_text("utf-8"))
    entry = text["strings"][key]
    return str(entry["text"] if isinstance(entry, dict) else entry)


# a string its strings file calls a title: "Section heading", "Heading above ...", "the main
# headline" (its `note:` for translators)
TITLE_NOTE = re.compile(r"(^|; )(the main )?(section )?(heading|headline)\b", re.IGNORECASE)


def test_every_slot_of_a_title_is_a_heading() -> None:
    """Each text slot of every layout of the kit (each size) that shows a string whose
    translators' note calls it a heading or headline is tagged as one (`role: heading` or
    `subheading`): the flyer's back's "Contact" was tagged P."""
    notes = yaml.safe_load((ROOT / "materials/strings/en.yaml").read_text("utf-8"))["strings"]
    titles = {
        key
        for key, entry in notes.items()
        if isinstance(entry, dict) and TITLE_NOTE.search(entry.get("note", ""))
    }
    assert titles == {
        "theme",
        "cta_title",
        "back_title",
        "signs_title",
        "report_title",
        "online_title",
        "support_title",
        "contact_title",
    }
    untagged = sorted(
        (name, slot.name)
        for name, layout in KIT.layouts.items()
        for slot in layout.slots
        if set(getattr(slot, "strings", ())) & titles and slot.role not in ("heading", "subheading")
    )
    assert not untagged
