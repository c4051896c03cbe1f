"""`compose_content` on a two-page layout added to the mini kit: the document's fields, each
page's items, tags and languages, slots that give way (`when_filled`), and what composers
report (overflows, missing glyphs)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from campaign.diagnostics import Collector, Diagnostic, Mark, Severity, Subject
from campaign.fonts import FontBook, load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Document, QrItem, ShapeItem, TextItem
from campaign.layout.items import ComposeContext, kind_of_slot
from campaign.layout.items.image import _source
from campaign.layout.items.text import (
    OverflowReport,
    entries,
    no_glyph_hint,
    report_missing,
    resolve_text,
    texts_of,
)
from campaign.model import ImageSlot, Kit, Slot, StringEntry, TextSlot
from campaign.resolve import resolve_kit
from campaign.text.paragraph import MissingGlyphError

from ..kits import mini_copy

GIVEN = """\
title: Given way
kind: poster
trim: [20, 30]
bleed: 2
safe: 1.5
marks: false
min_type_pt: 3
styles:
  word: {weight: bold, size: 12, min_size: 6, colour: black, align: start}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 20, height: 30}}
      - {name: band, kind: shape, fill: red, when_filled: [helpline], frame: {start: 0, top: 10, width: 20, height: 5}}
      - {name: emblem, kind: shape, fill: white, alt: emblem_alt, frame: {start: 2, top: 2, width: 4, height: 4}}
      - {name: word, kind: text, string: word, style: word, frame: {start: 3, top: 16, width: 14, height: 10}}
  - name: back
    slots:
      - {name: back-ground, kind: shape, fill: navy, bleed: all, frame: {start: 0, top: 0, width: 20, height: 30}}
      - {name: deco, kind: shape, fill: red, role: figure, alt: emblem_alt, frame: {start: 1, top: 1, width: 2, height: 2}}
      - {name: qr, kind: qr, link: home, colour: black, frame: {start: 2, top: 4, width: 6, height: 6}}
      - {name: qr-alt, kind: qr, link: home, colour: black, alt: emblem_alt, frame: {start: 12, top: 4, width: 6, height: 6}}
      - {name: qr-art, kind: qr, link: home, colour: black, role: artifact, frame: {start: 2, top: 12, width: 6, height: 6}}
      - {name: title, kind: text, string: word, style: word, role: heading, alt: emblem_alt,
         frame: {start: 3, top: 20, width: 14, height: 8}}
      - {name: partner, kind: image, logo: partner, frame: {start: 12, top: 12, width: 6, height: 3}}
      - {name: sponsor, kind: image, logo: partners, frame: {start: 12, top: 16, width: 6, height: 3}}
"""


@pytest.fixture(scope="module")
def given(tmp_path_factory: pytest.TempPathFactory) -> tuple[Kit, FontBook]:
    root = mini_copy(tmp_path_factory.mktemp("given"))
    (root / "materials/layouts/given.yaml").write_text(GIVEN, encoding="utf-8")
    campaign = root / "materials/campaign.yaml"
    campaign.write_text(campaign.read_text() + "fields:\n  helpline: ''\n", encoding="utf-8")
    kit = load_kit(root)
    return kit, load_fontbook(kit.fonts_dir)


def compose(
    given: tuple[Kit, FontBook], lang: str, **changes: object
) -> tuple[Document, Collector, list[OverflowReport]]:
    kit, fonts = given
    content = replace(resolve_kit(kit, kit.languages[lang]), **changes)  # type: ignore[arg-type]
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    doc = compose_content(kit.layouts["given"], content, fonts, errs, overflows)
    return doc, errs, overflows


def boxes_mm(doc: Document, page: int) -> dict[str, tuple[float, ...]]:
    out = {}
    for item in doc.pages[page].items:
        assert isinstance(item, ShapeItem | TextItem | QrItem)
        box = item.box
        out[item.slot] = tuple(round(v / MM, 6) for v in (box.x, box.y, box.w, box.h))
    return out


def helpline(content_fields: dict[str, StringEntry], text: str) -> dict[str, StringEntry]:
    return {**content_fields, "helpline": replace(content_fields["helpline"], text=text)}


def test_the_document_in_a_right_to_left_language(given: tuple[Kit, FontBook]) -> None:
    doc, errs, overflows = compose(given, "ar")
    assert (doc.material, doc.title, doc.kind, doc.lang, doc.rtl) == (
        "given",
        "Given way",
        "poster",
        "ar",
        True,
    )
    assert doc.trim == (20 * MM, 30 * MM)
    assert (doc.bleed, doc.safe, doc.badge) == (2 * MM, 1.5 * MM, None)
    assert [p.name for p in doc.pages] == ["front", "back"]
    # the band gives way (no helpline); the slots after it are still composed, mirrored
    assert boxes_mm(doc, 0) == {
        "ground": (-2, -2, 24, 34),
        "emblem": (14, 2, 4, 4),
        "word": (3, 16, 14, 10),
    }
    assert boxes_mm(doc, 1) == {
        "back-ground": (-2, -2, 24, 34),
        "deco": (17, 1, 2, 2),
        "qr": (12, 4, 6, 6),
        "qr-alt": (2, 4, 6, 6),
        "qr-art": (12, 12, 6, 6),
        "title": (3, 20, 14, 8),
    }
    front, back = doc.pages
    assert front.tags == {
        "ground": ("artifact", None),
        "emblem": ("figure", "قلب أزرق"),
        "word": ("paragraph", None),
    }
    # the layout's role wins (a figure names its alternative text: layout.figure-alt); a QR
    # code is a figure of its address (as printed after an alternative text); a text with a
    # role takes its alternative text
    assert back.tags == {
        "back-ground": ("artifact", None),
        "deco": ("figure", "قلب أزرق"),
        "qr": ("figure", "QR code: https://www.unodc.org/blueheart/"),
        "qr-alt": ("figure", "قلب أزرق: www.unodc.org/blueheart"),
        "qr-art": ("artifact", "QR code: https://www.unodc.org/blueheart/"),
        "title": ("heading", "قلب أزرق"),
        "partner": ("artifact", None),  # no office: the logos give way, their tags stay
        "sponsor": ("artifact", None),
    }
    # every word is Arabic but the QR code's alternative text without a label, "QR code:
    # https://...", English words (an artifact's is read by no one)
    assert (front.langs, back.langs) == ({}, {"qr": "en"})
    word = front.items[2]
    assert isinstance(word, TextItem)
    assert word.keys == ("word",)
    assert "".join(line.actual_text() for line in word.text.lines) == "قلب"
    assert (errs.items, overflows) == ([], [])


def test_a_filled_field_brings_its_slot_back(given: tuple[Kit, FontBook]) -> None:
    kit, _ = given
    fields = resolve_kit(kit, kit.languages["en"]).fields
    doc, _, _ = compose(given, "en", fields=helpline(dict(fields), "+00 1"))
    assert list(boxes_mm(doc, 0)) == ["ground", "band", "emblem", "word"]
    assert boxes_mm(doc, 0)["band"] == (0, 10, 20, 5)
    assert boxes_mm(doc, 0)["emblem"] == (2, 2, 4, 4)  # English: not mirrored
    assert doc.pages[0].tags["band"] == ("artifact", None)
    doc, _, _ = compose(given, "en", fields=helpline(dict(fields), ""))
    assert list(boxes_mm(doc, 0)) == ["ground", "emblem", "word"]
    assert "band" not in doc.pages[0].tags


def test_words_shown_in_the_source_language_are_marked(given: tuple[Kit, FontBook]) -> None:
    """A text whose keys, or a figure whose alternative text, are in the source's words gets
    the source's language; items with neither (a plain shape) get none."""
    doc, _, _ = compose(given, "ar", in_source=frozenset({"word", "emblem_alt"}))
    assert doc.pages[0].langs == {"emblem": "en", "word": "en"}
    doc, _, _ = compose(given, "ar", in_source=frozenset({"emblem_alt"}))
    assert doc.pages[0].langs == {"emblem": "en"}
    doc, _, _ = compose(given, "ar", in_source=frozenset({"word"}))
    assert doc.pages[0].langs == {"word": "en"}
    # no source language (the document is in it): nothing is marked
    doc, _, _ = compose(given, "ar", in_source=frozenset({"word"}), source_language=None)
    assert doc.pages[0].langs == {}


def test_composers_report_to_the_callers_lists(given: tuple[Kit, FontBook]) -> None:
    """A text too long for its box goes to `overflows`, a character no font has to `errs`
    (and its slot is not drawn)."""
    kit, _ = given
    strings = dict(resolve_kit(kit, kit.languages["en"]).strings)
    long = replace(strings["word"], text="Heartbeat " * 40)
    doc, errs, overflows = compose(given, "en", strings={**strings, "word": long})
    assert [(o.material, o.lang, o.slot, o.keys) for o in overflows] == [
        ("given", "en", "word", ("word",)),
        ("given", "en", "title", ("word",)),
    ]
    assert errs.items == []
    odd = replace(strings["word"], text="Heart \ue000")
    changes = {"strings": {**strings, "word": odd}, "office": "o", "record": "r"}
    doc, errs, overflows = compose(given, "en", **changes)
    # one error for the string (both slots show it), for the office and record composed
    (error,) = errs.items
    assert (error.code, error.message) == (
        "text.no-glyph",
        "'\ue000' (U+E000 unnamed character) has no glyph in any font",
    )
    assert error.subject == Subject("o", "given", "en", "r", None, "word")
    assert overflows == []
    assert "word" not in boxes_mm(doc, 0)
    assert "title" not in boxes_mm(doc, 1)
    assert doc.pages[0].tags["word"] == ("paragraph", None)  # its tag is kept


def test_every_missing_character_is_reported_at_its_string(given: tuple[Kit, FontBook]) -> None:
    """Each character no font has, once per string, at that string (its text, then its short
    variant); the character shaping failed on comes first even when a font maps it (HarfBuzz
    drew .notdef); one made by resolve_text (in no string) is reported at the first."""
    kit, fonts = given
    layout = kit.layouts["given"]
    (slot,) = [s for s in layout.pages[0].slots if s.name == "word"]
    assert isinstance(slot, TextSlot)
    content = resolve_kit(kit, kit.languages["en"])
    mark = {k: Mark(Path(f"{k}.yaml"), n, 1) for n, k in enumerate("abc", 1)}
    found = [
        StringEntry("a", "Hi \u16a0\u16a0", "\u1681", mark["a"]),
        StringEntry("b", "ok", None, mark["b"]),
        StringEntry("c", "\ue000 H", None, mark["c"]),
    ]
    h = ("'H' (U+0048 LATIN CAPITAL LETTER H)", "Latn")
    fehu = ("'\u16a0' (U+16A0 RUNIC LETTER FEHU FEOH FE F)", "Runr")
    beith = ("'\u1681' (U+1681 OGHAM LETTER BEITH)", "Ogam")
    private = ("'\ue000' (U+E000 unnamed character)", None)

    def reported(char: str, entries: list[StringEntry]) -> list[tuple[object, ...]]:
        ctx = ComposeContext(layout, content, fonts, Collector())
        report_missing(MissingGlyphError(char, 0, []), entries, slot, ctx)
        for d in ctx.errs.items:
            assert d.code == "text.no-glyph"
            assert d.subject == Subject(None, "given", "en", None, None, d.subject.key)
        return [(d.message, d.mark, d.hints, d.subject.key) for d in ctx.errs.items]

    def error(char: tuple[str, str | None], key: str) -> tuple[object, ...]:
        message = f"{char[0]} has no glyph in any font"
        return (message, mark[key], (no_glyph_hint(char[1], fonts),), key)

    assert reported("H", found) == [
        error(h, "a"),
        error(fehu, "a"),
        error(beith, "a"),
        error(h, "c"),
        error(private, "c"),
    ]
    assert reported("\u1681", found[1:]) == [error(private, "c"), error(beith, "b")]


def test_a_slots_texts_are_its_strings_then_its_filled_fields(given: tuple[Kit, FontBook]) -> None:
    """Fields that are not filled in are left out; a web address alone is printed without its
    scheme; `first_field` keeps the first filled one only."""
    kit, fonts = given
    layout = kit.layouts["given"]
    (slot,) = [s for s in layout.pages[0].slots if s.name == "word"]
    assert isinstance(slot, TextSlot)
    content = resolve_kit(kit, kit.languages["en"])
    mark = Mark(Path("office.yaml"), 1, 1)
    values = {"helpline": "", "site": "https://example.org/", "phone": "+00 1"}
    fields = {k: StringEntry(k, v, None, mark) for k, v in values.items()}
    ctx = ComposeContext(layout, replace(content, fields=fields), fonts, Collector())
    with_fields = replace(slot, fields=("helpline", "site", "phone"))
    assert [(e.key, e.text) for e in entries(with_fields, ctx)] == [
        ("word", "Heart"),
        ("site", "example.org"),
        ("phone", "+00 1"),
    ]
    first = replace(with_fields, first_field=True)
    assert [(e.key, e.text) for e in entries(first, ctx)] == [
        ("word", "Heart"),
        ("site", "example.org"),
    ]


def test_texts_are_shown_with_the_languages_digits_and_capitals(
    given: tuple[Kit, FontBook],
) -> None:
    kit, _ = given
    style = kit.layouts["given"].styles["word"]
    assert not style.uppercase
    en, ar = kit.languages["en"], replace(kit.languages["ar"], digits="arab")
    assert resolve_text("Heart 2024", en, style) == "Heart 2024"
    assert resolve_text("Heart 2024", en, replace(style, uppercase=True)) == "HEART 2024"
    assert resolve_text("قلب 2024", ar, replace(style, uppercase=True)) == "قلب ٢٠٢٤"
    found = [
        StringEntry("a", "Heart 1", "قلب 1", Mark(Path("a.yaml"), 1, 1)),
        StringEntry("b", "حب 2", None, Mark(Path("b.yaml"), 1, 1)),
    ]
    # capitals where the script has them; the language's digits, but in Latin text
    # (text.scripts.localise_digits)
    assert texts_of(found, replace(en, digits="arab"), replace(style, uppercase=True)) == (
        ("HEART 1", "حب ٢"),
        ("قلب ١", None),
    )


def test_capitals_leave_addresses_and_hashtags_as_written(given: tuple[Kit, FontBook]) -> None:
    """A trial: a style with `uppercase: true` printed EXAMPLE.ORG/R?ID=AB12, an address
    whose path and query tell capitals apart (RFC 3986, 6.2.2.1)."""
    kit, _ = given
    caps = replace(kit.layouts["given"].styles["word"], uppercase=True)
    en, tr = kit.languages["en"], replace(kit.languages["en"], code="tr")
    assert (
        resolve_text("See example.org/r?id=aB12 or mail info@unodc.org #EndHT now", en, caps)
        == "SEE example.org/r?id=aB12 OR MAIL info@unodc.org #EndHT NOW"
    )
    # a path in another script, and a fragment, are the address's too
    assert (
        resolve_text("see unodc.org/ru/Контакты or example.org#Top now", en, caps)
        == "SEE unodc.org/ru/Контакты OR example.org#Top NOW"
    )
    # the language's rules still apply around it (Turkish dotted capital I)
    assert resolve_text("bilgi https://x.org/i bilgi", tr, caps) == "BİLGİ https://x.org/i BİLGİ"


def test_a_slot_class_without_a_composer_is_a_bug() -> None:
    class Odd(Slot):
        pass

    with pytest.raises(AssertionError, match=r"^no composer registered for Odd$"):
        kind_of_slot(object.__new__(Odd))


def test_a_logo_comes_from_the_office_or_gives_way(
    given: tuple[Kit, FontBook], tmp_path: Path
) -> None:
    """The office's logo of the slot's name, with its pixel size; none: the slot gives way,
    with a warning only when the office has a logo of a close name that no slot shows."""
    kit, fonts = given
    layout = kit.layouts["given"]
    slots = {s.name: s for s in layout.pages[1].slots}
    partner, sponsor = slots["partner"], slots["sponsor"]
    assert isinstance(partner, ImageSlot)
    assert isinstance(sponsor, ImageSlot)
    assert (partner.logo, sponsor.logo) == ("partner", "partners")
    png, broken = tmp_path / "p.png", tmp_path / "b.png"
    Image.new("RGB", (30, 20)).save(png)
    broken.write_bytes(b"not an image")
    content = resolve_kit(kit, kit.languages["en"])

    def source(
        slot: ImageSlot, office: str | None, logos: dict[str, Path]
    ) -> tuple[object, list[Diagnostic]]:
        ctx = ComposeContext(
            layout, replace(content, office=office, logos=logos), fonts, Collector()
        )
        return _source(slot, ctx), ctx.errs.items

    assert source(partner, "o", {"partner": png}) == ((png, (30, 20)), [])
    found, (warning,) = source(partner, "o", {"partnr": png, "emblem": png})
    assert found is None
    assert warning == Diagnostic(
        "office.no-logo",
        "the office has no logo 'partner', so the slot is empty",
        partner.mark,
        (
            "did you mean 'partnr'?",
            "add it under 'logos:' in the office's file, or fix the name in the layout",
        ),
        Severity.WARNING,
        Subject(office="o", material="given", slot="partner"),
    )
    assert source(partner, "o", {"partners": png}) == (None, [])  # 'sponsor' shows it
    assert source(partner, None, {"partnr": png}) == (None, [])  # no office
    assert source(partner, "o", {"emblem": png}) == (None, [])  # nothing close
    found, errors = source(partner, "o", {"partner": broken})
    assert (found, [(d.code, d.mark) for d in errors]) == (None, [("image.read", partner.mark)])
    asset = replace(partner, logo=None, asset=png, pixels=(3, 4))
    assert source(asset, None, {}) == ((png, (3, 4)), [])


def test_a_composers_subject_names_the_document_and_the_slot(given: tuple[Kit, FontBook]) -> None:
    kit, fonts = given
    layout = kit.layouts["given"]
    content = replace(resolve_kit(kit, kit.languages["ar"]), office="o", record="r")
    ctx = ComposeContext(layout, content, fonts, Collector())
    (word,) = [s for s in layout.pages[0].slots if s.name == "word"]
    assert ctx.subject(word, "k") == Subject("o", "given", "ar", "r", "word", "k")
    assert ctx.subject() == Subject("o", "given", "ar", "r", None, None)
