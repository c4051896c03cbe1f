"""The digital PDF reads a text its style sets in capitals (`uppercase: true`) as the strings
file writes it: the title (Info /Title, XMP dc:title) and each line's ActualText, which
screen readers read. They gave the capitals ("STOP TRAFFICKING, SAYS UNODC"), read as shouted
or spelt out. It is the string itself, not the capitals lower-cased: UNODC, Greek accents and
final sigma, Turkish İ and ı stay as written (as a social image's alternative text:
tests/social/test_alt_capitals.py). The page still shows the capitals, and a print PDF's
text layer is what it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from campaign.text.case import upper, written_offsets
from tests.kits import build, mini_copy, out_path

# a heading in capitals (a slot's role: the document's title), on lines of two or three
# words; its narrow twin breaks words (hyphenated), and a badge's rim in capitals
SHOUT = """\
title: Shout
kind: poster
trim: [60, 60]
bleed: 3
safe: 2
marks: false
min_type_pt: 3
styles:
  title: {weight: bold, size: 14, min_size: 14, colour: black, uppercase: true}
  body: {size: 10, min_size: 4, colour: black}
slots:
  - {name: ground, kind: shape, fill: white, bleed: all, frame: {start: 0, top: 0, width: 60, height: 60}}
  - {name: title, kind: text, string: title, style: title, role: heading,
     frame: {start: 4, top: 4, width: 45, height: 30}}
  - {name: body, kind: text, string: body, style: body,
     frame: {start: 4, top: 40, width: 52, height: 16}}
"""
NARROW = SHOUT.replace("title: Shout", "title: Narrow").replace("width: 45", "width: 22")
NARROW = NARROW.replace("string: title,", "string: narrow,").replace("height: 30", "height: 40")
RIM = """\
title: Rim
kind: badge
trim: [20, 20]
bleed: 3
safe: 1
badge: {face: 16, cut: 20, safe: 1.5}
min_type_pt: 3
styles:
  rim: {weight: bold, size: 4, min_size: 4, colour: white, uppercase: true}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 20, height: 20}}
  - {name: rim, kind: arc-text, string: rim, style: rim, side: bottom,
     frame: {start: 3.5, top: 3.5, width: 13, height: 13}}
"""
# each language's title, its narrow title, its rim, its body (not in capitals)
WRITTEN = {
    "en": ("Stop trafficking, says UNODC", "Stop trafficking, says UNODC", "Stop it", "Heart"),
    "tr": (
        "İstanbul'da insan ticaretine hayır",
        "İstanbul'da insan ticaretine hayır",
        "Işık ve iz",
        "Mavi Kalp",
    ),
    # a Latin hashtag in Greek words: a Span of its own (/Lang en), its ActualText its own
    "el": ("Όχι στις αγορές ανθρώπων #EndHT", "Όχι στις αγορές", "Όχι ξανά", "Μπλε Καρδιά"),
}
NAMES = {"en": "English", "tr": "Turkish", "el": "Greek"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("capitals")
    kit = mini_copy(
        base / "kit", {"campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, tr, el]")}
    )
    for name, text in (("shout", SHOUT), ("narrow", NARROW), ("rim", RIM)):
        (kit / f"materials/layouts/{name}.yaml").write_text(text, encoding="utf-8")
    for code, (title, narrow, rim, body) in WRITTEN.items():
        path = kit / "materials/strings" / f"{code}.yaml"
        head = (
            path.read_text(encoding="utf-8")
            if code == "en"
            else f"language: {code}\nname: {NAMES[code]}\nstatus: draft\nstrings:\n"
        )
        lines = [
            f'  {key}: "{text}"'
            for key, text in zip(
                ("title", "narrow", "rim", "body"), (title, narrow, rim, body), strict=True
            )
        ]
        path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(
        ar.read_text(encoding="utf-8") + "  title: قلب\n  narrow: قلب\n  rim: قلب\n  body: قلب\n",
        encoding="utf-8",
    )
    return build(kit, base / "out", "--only", "shout,narrow,rim", "--lang", "en,tr,el", "--no-png")


def spans(path: Path) -> list[str]:
    """Every marked-content ActualText of the file's first page, in drawing order."""
    with pikepdf.open(path) as pdf:
        stream = pdf.pages[0].Contents.read_bytes()
    found = re.findall(rb"/ActualText <FEFF([0-9A-F]*)>", stream)
    return [bytes.fromhex(s.decode()).decode("utf-16-be") for s in found]


@pytest.mark.parametrize("lang", list(WRITTEN))
def test_title_is_the_heading_as_written(out: Path, lang: str) -> None:
    # then the material: the layout's title in English, else its trim
    title = WRITTEN[lang][0] + (", Shout" if lang == "en" else ", 60 × 60 mm")
    with pikepdf.open(out / out_path("shout", lang, "digital")) as pdf:
        assert str(pdf.docinfo.Title) == title
        assert pdf.open_metadata()["dc:title"] == title
    with pikepdf.open(out / out_path("shout", lang)) as pdf:  # print: the same title
        assert str(pdf.docinfo.Title) == title


def composed_lines(out: Path, material: str, lang: str) -> list[str]:
    """The words of each line of the material's title as the page shows them."""
    from campaign.fonts import load_fontbook
    from campaign.layout.document import TextItem
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_kit

    kit = cached_kit(out.parent / "kit")
    laid = compose_document(
        kit, load_fontbook(kit.fonts_dir), kit.layouts[material], kit.languages[lang]
    )
    (title,) = [i for i in laid.composed.page.pages[0].items if i.slot == "title"]
    assert isinstance(title, TextItem)
    return [line.actual_text() for line in title.text.lines]


@pytest.mark.parametrize("lang", list(WRITTEN))
def test_each_line_reads_as_written(out: Path, lang: str) -> None:
    """Each line of the title has its words as written, the capitals the line shows being
    theirs (text.case.upper; a hashtag as written); the lines are the title; the body (no
    capitals) is as before."""
    title, narrow, _, body = WRITTEN[lang]
    for material, text in (("shout", title), ("narrow", narrow)):
        words = spans(out / out_path(material, lang, "digital"))
        assert words[-1] == body
        lines = words[:-1]
        assert len(lines) >= 2  # the title is set on lines of its own
        # each line but the last ends with its break's space or soft hyphen
        # (tests/render/test_line_breaks_read.py), so the lines joined are the title
        assert "".join(lines).replace("\u00ad", "") == text
        shown = composed_lines(out, material, lang)
        assert len(shown) == len(lines)
        for said, line in zip(lines, shown, strict=True):
            capitals = [w if w.startswith("#") else upper(w, lang) for w in said.split()]
            assert capitals == line.split()
        assert lines != shown  # read as written, shown in capitals


def test_a_word_broken_over_two_lines_keeps_its_letters(out: Path) -> None:
    """A line ending with a hyphen the layout drew ends with a soft hyphen, its word as
    written (a capital's letters are where the capitals are: Turkish İ and ı), and no space
    (the word is whole); a line broken at a space ends with it."""
    assert spans(out / out_path("narrow", "en", "digital")) == [
        "Stop ",
        "traf\u00ad",
        "ficking, ",
        "says ",
        "UNODC",
        "Heart",
    ]
    tr = spans(out / out_path("narrow", "tr", "digital"))
    assert tr[:2] == ["İstan\u00ad", "bul'da "]
    assert tr[-2] == "yır"


@pytest.mark.parametrize("lang", list(WRITTEN))
def test_badge_rim_reads_as_written(out: Path, lang: str) -> None:
    rim = WRITTEN[lang][2]
    assert spans(out / out_path("rim", lang, "digital")) == [rim]
    assert spans(out / out_path("rim", lang)) == [upper(rim, lang)]  # print: as shown


@pytest.mark.parametrize(
    ("written", "lang", "capitals", "pieces"),
    [
        ("Straße und Maß", "de", "STRASSE UND MASS", ["Straße", "und", "Maß"]),
        ("άι ᾳ ή και", "el", "ΑΪ ΑΙ Ή ΚΑΙ", ["άι", "ᾳ", "ή", "και"]),  # marks, iota, "or"
        ("e\u0301te\u0301 ok", "fr", "E\u0301TE\u0301 OK", ["e\u0301te\u0301", "ok"]),
        ("Երևան է", "hy", "ԵՐԵՎԱՆ Է", ["Երևան", "է"]),  # և as two capitals
        ("i\u0307x y", "lt", "IX Y", ["i\u0307x", "y"]),  # the dot the capital drops
        ("ıi İI", "tr", "Iİ İI", ["ıi", "İI"]),
    ],
)
def test_written_offsets(written: str, lang: str, capitals: str, pieces: list[str]) -> None:
    """Each word of the capitals (as text.case.upper sets them) falls on the word it shows."""
    assert upper(written, lang) == capitals
    at = written_offsets(written, capitals, lang)
    assert len(at) == len(capitals) + 1
    starts = [0] + [m.end() for m in re.finditer(" ", capitals)]
    ends = [m.start() for m in re.finditer(" ", capitals)] + [len(capitals)]
    assert [written[at[a] : at[b]] for a, b in zip(starts, ends, strict=True)] == pieces


def test_an_offset_inside_one_letters_capitals_falls_after_it() -> None:
    at = written_offsets("Maß", "MASS", "de")
    assert [at[k] for k in range(5)] == [0, 1, 2, 3, 3]
