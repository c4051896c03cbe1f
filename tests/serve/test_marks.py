"""The marks above a document's images in the live preview, in the build's gallery's words
(described.document_marks): a draft translation, and its texts that print in another language
(a regional language's parent, the source language), followed live as strings files change.
A designer's trial: the build's `index.html` said "DRAFT: not reviewed by a native speaker"
and "11 of 11 texts print in Portuguese (pt)", the preview said neither."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import urllib.request
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from campaign.serve.entries import Entry
from campaign.serve.gallery import Gallery
from campaign.serve.server import Preview
from tests.kits import build, mini_copy, replace_in

DRAFT = "DRAFT: not reviewed by a native speaker"
# three texts in a 20 mm poster; the third's full text does not fit its frame, so it prints
# its short variant (text.short-variant): in French, the English short variant
WORDS = (
    "title: Words\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\nmin_type_pt: 3\n"
    "styles:\n  word: {size: 5, min_size: 3, colour: black, align: start}\n"
    "slots:\n"
    "  - {name: ground, kind: shape, fill: white, bleed: all,"
    " frame: {start: 0, top: 0, width: 20, height: 20}}\n"
    "  - {name: word, kind: text, string: word, style: word,"
    " frame: {start: 3, top: 3, width: 14, height: 4}}\n"
    "  - {name: two, kind: text, string: two, style: word,"
    " frame: {start: 3, top: 8, width: 14, height: 4}}\n"
    "  - {name: three, kind: text, string: three, style: word,"
    " frame: {start: 3, top: 13, width: 14, height: 2}}\n"
)
EN_MORE = (
    "  two: Two\n  three:\n    text: Three hearts in a row that never fit the frame\n"
    "    short: Three\n"
)
PT = "language: pt\nname: Portuguese\nstatus: reviewed\nstrings:\n"
PT += "  word: Coração\n  two: Dois\n  three: Três\n"
PT_PT = "language: pt-PT\nname: Portuguese (Portugal)\nstatus: draft\nstrings: {}\n"
FR = "language: fr\nname: French\nstatus: reviewed\nstrings:\n  word: Cœur\n"
# what each language's words poster says above its images
MARKS = {
    "en": "",
    "ar": f"{DRAFT}; 2 of 3 texts print in English",  # a draft without two and three
    "fr": "2 of 3 texts print in English",  # three: English's short variant
    "pt": "",
    "pt-PT": f"{DRAFT}; 3 of 3 texts print in Portuguese (pt)",
}


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """The mini kit with a words poster and French, Portuguese and European Portuguese (a
    draft without texts of its own: pt.yaml's print)."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, fr, pt, pt-PT]"),
            "strings/en.yaml": ("  word: Heart\n", "  word: Heart\n" + EN_MORE),
        },
        own_assets=True,
    )
    (kit / "materials/layouts/words.yaml").write_text(WORDS, "utf-8")
    strings = kit / "materials/strings"
    for name, text in (("pt", PT), ("pt-PT", PT_PT), ("fr", FR)):
        (strings / f"{name}.yaml").write_text(text, "utf-8")
    return kit


@pytest.fixture
def preview(kit: Path) -> Iterator[Preview]:
    served = Preview(Gallery(kit, 25.4))
    thread = threading.Thread(target=served.serve, args=(False,), daemon=True)
    thread.start()
    yield served
    served.shutdown()
    thread.join(10)


def get_json(preview: Preview, path: str) -> dict:
    with urllib.request.urlopen(preview.url + path, timeout=20) as answer:
        found = json.loads(answer.read())
    assert isinstance(found, dict)
    return found


def state_marks(preview: Preview) -> dict[str, str]:
    docs = get_json(preview, "state")["documents"]
    return {d["id"]: d["marks"] for d in docs if d["material"] == "words"}


def test_the_preview_says_what_the_build_s_gallery_says(kit: Path, tmp_path: Path) -> None:
    """Each language's marks in the preview are the build's gallery's, the short variant
    that prints English's text counted as English in both (pipeline.fingerprint.printed_texts
    of the composed document, which the build records)."""
    out = build(kit, tmp_path / "out", "--only", "words", "--no-digital")
    page = (out / "index.html").read_text("utf-8")
    found = re.findall(
        r'<article data-office="-" data-material="words" data-lang="([^"]+)"><h2>.*?</h2>'
        r'(?:<p class="marks">(.*?)</p>)?',
        page,
    )
    built = {lang: unescape(marks) for lang, marks in found}
    assert built == MARKS, page
    gallery = Gallery(kit, 25.4)
    shown = {}
    for lang in MARKS:
        gallery.drawn(Entry("words", lang))
        shown[lang] = gallery.describe(Entry("words", lang))["marks"]
    assert shown == built


def test_the_doc_and_state_carry_the_marks(preview: Preview) -> None:
    """A draft language's card says DRAFT from the start; once composed (its /doc answer),
    what prints in another language too."""
    assert state_marks(preview) == {
        "-/words/en": "",
        "-/words/ar": DRAFT,
        "-/words/fr": "",
        "-/words/pt": "",
        "-/words/pt-PT": DRAFT,
    }
    for lang in ("pt-PT", "ar", "fr", "en"):
        assert get_json(preview, f"doc/-/words/{lang}")["marks"] == MARKS[lang]
    assert state_marks(preview)["-/words/pt-PT"] == MARKS["pt-PT"]


def test_a_strings_edit_changes_the_marks(preview: Preview, kit: Path) -> None:
    """A translation added makes the count drop; pt.yaml losing a text makes pt-PT print
    English's (its parent is an input of its pages: they were kept as they were); the
    draft status removed takes DRAFT away. Each through the watcher's refresh
    (Preview.changed), the document listed as changed."""
    doc = "doc/-/words/pt-PT"
    assert get_json(preview, doc)["marks"] == MARKS["pt-PT"]
    strings = kit / "materials/strings"
    replace_in(strings / "pt-PT.yaml", "strings: {}\n", "strings:\n  two: Dois\n")
    assert "-/words/pt-PT" in preview.changed({strings / "pt-PT.yaml"})["changed"]
    assert get_json(preview, doc)["marks"] == f"{DRAFT}; 2 of 3 texts print in Portuguese (pt)"
    replace_in(strings / "pt.yaml", "  three: Três\n", "")
    assert "-/words/pt-PT" in preview.changed({strings / "pt.yaml"})["changed"]
    assert get_json(preview, doc)["marks"] == (
        f"{DRAFT}; 1 of 3 texts print in English, 1 in Portuguese (pt)"
    )
    replace_in(strings / "pt-PT.yaml", "status: draft", "status: reviewed")
    assert "-/words/pt-PT" in preview.changed({strings / "pt-PT.yaml"})["changed"]
    assert get_json(preview, doc)["marks"] == "1 of 3 texts print in English, 1 in Portuguese (pt)"
    assert state_marks(preview)["-/words/pt-PT"] == (
        "1 of 3 texts print in English, 1 in Portuguese (pt)"
    )


def test_an_office_s_own_text_prints_in_its_language(kit: Path, tmp_path: Path) -> None:
    """An office's own text (its `strings:`) in a language whose strings file lacks it is
    that language's: the build recorded it as printing English ("2 of 3 texts print in
    English" on an Arabic page printing the office's Arabic `two`), and the job sheet, the
    package's warning and both galleries said so. The build's record, its gallery and the
    preview now count only `three`."""
    offices = kit / "materials/offices"
    offices.mkdir()
    office = "name: West Africa\nlanguages: [en, ar]\npaper: iso\nstrings:\n  ar: {two: اثنان}\n"
    (offices / "wa.yaml").write_text(office, "utf-8")
    out = build(kit, tmp_path / "out", "--only", "words", "--office", "wa", "--no-digital")
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    assert {f["path"]: f["extra"].get("texts") for f in files if f["language"] == "ar"} == {
        "wa/words/words-ar-wa.pdf": {"of": 3, "printed": {"en": 1}},
        "wa/words/words-ar-wa-preview.png": {"of": 3, "printed": {"en": 1}},
    }
    said = f"{DRAFT}; 1 of 3 texts print in English"
    page = (out / "index.html").read_text("utf-8")
    assert re.findall(
        r'<article data-office="wa" data-material="words" data-lang="ar"><h2>.*?</h2>'
        r'<p class="marks">(.*?)</p>',
        page,
    ) == [said]
    gallery = Gallery(kit, 25.4)
    entry = Entry("words", "ar", "wa")
    gallery.drawn(entry)
    assert gallery.describe(entry)["marks"] == said
    campaign = Entry("words", "ar")  # the campaign's own Arabic page: no office text
    gallery.drawn(campaign)
    assert gallery.describe(campaign)["marks"] == MARKS["ar"]


SAMPLE = "SAMPLE DATA: not for print"
ROSEA = 'name: Rosea\nlanguages: [en, ar]\nfields:\n  helpline: "+00 000 000"\nsample: true\n'


def test_a_sample_office_s_documents_say_sample_data(kit: Path, tmp_path: Path) -> None:
    """An office file that says `sample: true` (its contacts the project's samples): each of
    its documents says so first, in the build's gallery and the preview's card alike, from
    the start (before it is composed); the campaign's own documents do not. The job sheet
    marked them (package.jobsheet.sample_of), both galleries showed them as any other's."""
    offices = kit / "materials/offices"
    offices.mkdir()
    (offices / "rosea.yaml").write_text(ROSEA, "utf-8")
    out = build(kit, tmp_path / "out", "--only", "words", "--lang", "en,ar", "--no-digital")
    build(kit, out, "--only", "words", "--lang", "en,ar", "--office", "rosea", "--no-digital")
    page = (out / "index.html").read_text("utf-8")
    found = re.findall(
        r'<article data-office="([^"]+)" data-material="words" data-lang="([^"]+)"><h2>.*?</h2>'
        r'(?:<p class="marks">(.*?)</p>)?',
        page,
    )
    why = f"{SAMPLE} (rosea.yaml says `sample: true`)"
    expected = {
        "-/ar": MARKS["ar"],
        "-/en": "",
        "rosea/ar": f"{why}; {MARKS['ar']}",
        "rosea/en": why,
    }
    assert {f"{o}/{lang}": unescape(m) for o, lang, m in found} == expected
    gallery = Gallery(kit, 25.4)
    ar = Entry("words", "ar", "rosea")
    assert gallery.describe(ar)["marks"] == f"{why}; {DRAFT}"  # not composed yet
    assert gallery.describe(Entry("words", "en", "rosea"))["marks"] == why
    assert gallery.describe(Entry("words", "en"))["marks"] == ""
    gallery.drawn(ar)
    assert gallery.describe(ar)["marks"] == expected["rosea/ar"]


def test_a_sample_campaign_and_a_sample_row_say_sample_data() -> None:
    """campaign.yaml's `sample: true` marks the campaign's own documents and not an office's
    that does not say it; a merged row whose `sample` cell is true (its manifest entry's
    `sample`) marks its record's document, whatever its office says (described.sample_of,
    the job sheet's rule)."""
    from campaign.kit import load_kit
    from campaign.output import OutputFile
    from campaign.serve.described import sample_of
    from campaign.serve.static_gallery import gallery_html
    from tests.kits import MINI

    kit = load_kit(MINI)
    kit = dataclasses.replace(kit, campaign=dataclasses.replace(kit.campaign, sample=True))

    def png(office: str | None, record: str | None, sample: bool) -> OutputFile:
        return OutputFile(
            f"flyer/flyer-en-{office}-{record}-preview.png",
            "flyer",
            "en",
            "png",
            "screen",
            (148, 210),
            1,
            "0",
            1,
            office=office,
            record=record,
            extra={"sample": True} if sample else {},
        )

    files = [png(None, None, False), png("lyon", "1", False), png("lyon", "2", True)]
    html = gallery_html(files, sample=lambda f: sample_of(kit, f))
    assert [unescape(m) for m in re.findall(r'<p class="marks">(.*?)</p>', html)] == [
        f"{SAMPLE} (campaign.yaml says `sample: true`)",
        f"{SAMPLE} (its event's `sample` cell is true)",
    ]
    assert re.findall(r"<h2>(.*?) — ", html) == ["flyer", "lyon / flyer / 1", "lyon / flyer / 2"]


def test_a_card_that_prints_no_text_is_no_draft_before_it_is_composed() -> None:
    """The mini kit's Arabic is a draft. Its boxes, hearts and marks print no text of the
    strings files: no DRAFT on their cards, before they are composed as after (the build's
    rule, fingerprint.draft_texts, of the texts its layout's slots may print until then);
    they said DRAFT, by their language's status, until composed. Its text and badge print
    Arabic texts: DRAFT from the start."""
    from tests.kits import MINI

    gallery = Gallery(MINI, 25.4)
    before, after = {}, {}
    for material in ("boxes", "hearts", "marks", "text", "badge"):
        entry = Entry(material, "ar")
        before[material] = gallery.describe(entry)["marks"]
        gallery.drawn(entry)
        after[material] = gallery.describe(entry)["marks"]
    said = {"boxes": "", "hearts": "", "marks": "", "text": DRAFT, "badge": DRAFT}
    assert before == after == said
