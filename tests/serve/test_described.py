"""The galleries' words for what they show (serve.described): one text alternative for a page
image in the live preview and in a build's index.html, languages named in English and in
themselves (an accessibility team's trial)."""

from __future__ import annotations

from pathlib import Path

from campaign.output import OutputFile
from campaign.serve.described import image_alt, language_name, page_description
from campaign.serve.entries import Entry
from campaign.serve.gallery import Gallery
from campaign.serve.static_gallery import gallery_html
from tests.kits import mini_copy

ROOT = Path(__file__).resolve().parents[2]


def test_a_page_is_described_by_its_page_material_and_language() -> None:
    assert page_description("flyer-a5", "ar", "front") == "Front of flyer-a5 in Arabic"
    assert page_description("flyer-a5", "zh", "back") == "Back of flyer-a5 in Chinese"
    assert page_description("poster-a3", "en") == "poster-a3 in English"  # one page: unnamed
    assert page_description("poster-a3", "en-XA") == "poster-a3 in en-XA"  # no CLDR name


def test_a_social_images_words_are_its_alternative_in_their_language() -> None:
    assert image_alt("social-1080x1080", "ar", "", "قلب", "ar") == ("قلب", "ar")
    assert image_alt("social-1080x1080", "ar", "", "قلب") == ("قلب", "ar")
    assert image_alt("social-1080x1080", "ar", "", "") == ("social-1080x1080 in Arabic", None)


def test_language_names_from_cldr() -> None:
    ar = language_name("ar")
    assert (ar.english, ar.native, ar.rtl) == ("Arabic", "العربية", True)
    zh = language_name("zh-Hant")
    assert (zh.english, zh.native, zh.rtl) == ("Chinese (Traditional)", "中文 (繁體)", False)
    assert language_name("en").native == ""  # the same as its English name
    assert language_name("ksw") == language_name("ksw").__class__("ksw", "ksw", "", False)


def test_the_galleries_mark_languages_with_the_pdfs_tags() -> None:
    """The kit's zh is Simplified Chinese: its own name, a social image's words and the PDFs
    say zh-Hans (text.scripts.language_tag), where the gallery said zh; kk-Latn, whose
    script CLDR has no data for, has no own name (campaign.langnames)."""
    zh = language_name("zh")
    assert 'lang="zh-Hans">中文</span> (zh)' in zh.html()
    assert zh.as_json()["tag"] == "zh-Hans"
    assert image_alt("social-1080x1080", "zh", "", "蓝心") == ("蓝心", "zh-Hans")
    kk = language_name("kk-Latn")
    assert (kk.english, kk.native) == ("Kazakh (Latin)", "")


def test_a_kits_languages_are_named_as_the_kit_names_them() -> None:
    """A build's gallery names its languages as the kit's strings files do (`name:`,
    `native_name:`): Bengali, where CLDR's English says Bangla; Chinese (Simplified) and
    中文（简体）, found by its code or by the tag its PDFs write (zh-Hans); a code the kit
    lacks from CLDR. So a build reads no CLDR locale for its gallery."""
    from campaign.pipeline.kitcache import cached_kit
    from campaign.serve.described import KitNames

    kit = cached_kit(ROOT)
    names = KitNames(kit.languages)
    bn = names("bn")
    assert (bn.english, bn.native, bn.rtl) == ("Bengali", "বাংলা", False)
    assert language_name("bn").english == "Bangla"  # CLDR's, for a code no kit names
    zh = names("zh-Hans")
    assert zh == names("zh")
    assert zh.html() == 'Chinese (Simplified), <span lang="zh-Hans">中文（简体）</span> (zh)'
    fa = names("fa")
    assert fa.html() == 'Persian, <span lang="fa" dir="rtl">فارسی</span> (fa)'
    assert names("en").html() == "English (en)"
    assert names("hy") == language_name("hy")  # not a language of this kit
    html = gallery_html([preview_png("front")], names=names)
    assert 'alt="Front of flyer in Arabic"' in html
    assert '<option value="ar">Arabic (ar)</option>' in html


def preview_png(page: str, alt: dict[str, str] | None = None) -> OutputFile:
    return OutputFile(
        f"flyer/flyer-ar-preview-{page}.png",
        "flyer",
        "ar",
        "png",
        "screen" if alt is None else "social",
        (148, 210),
        2,
        "0",
        1,
        page=page,
        extra=alt or {},
    )


def test_the_static_gallery_describes_each_page() -> None:
    html = gallery_html([preview_png("front"), preview_png("back")])
    assert 'src="flyer/flyer-ar-preview-front.png" alt="Front of flyer in Arabic">' in html
    assert 'src="flyer/flyer-ar-preview-back.png" alt="Back of flyer in Arabic">' in html
    # a social image's words, in the language its manifest entry gives them
    social = preview_png("x", {"alt": "words", "alt_lang": "en"})
    assert 'lang="en" alt="words">' in gallery_html([social])


def test_the_preview_gives_the_same_alternative_as_the_static_gallery(tmp_path: Path) -> None:
    gallery = Gallery(mini_copy(tmp_path / "kit"), 25.4)
    entry = Entry("boxes", "ar")
    gallery.drawn(entry)
    assert gallery.describe(entry)["alts"] == [
        {"text": "boxes in Arabic", "lang": None, "rtl": False}
    ]


def test_the_preview_gives_a_social_images_words(tmp_path: Path) -> None:
    """The words of a screen kind's page are its alternative, as its social image's manifest
    entry has them (tests/social/test_alt_text.py builds the same words)."""
    from campaign.layout.document import page_words

    gallery = Gallery(ROOT, 10)
    entry = Entry("social-1080x1080", "ar")
    drawn = gallery.drawn(entry)
    (page,) = drawn.laid.composed.page.pages
    words = page_words(page)
    assert words.startswith("اليوم العالمي لمكافحة الاتجار بالأشخاص")
    assert gallery.describe(entry)["alts"] == [{"text": words, "lang": "ar", "rtl": True}]


def test_a_document_is_named_by_material_size_language_office_and_record() -> None:
    from campaign.serve.described import document_name

    assert document_name("flyer-a5", "ar", (148, 210)) == "flyer-a5, 148 × 210 mm, Arabic (ar)"
    assert document_name("badge", "en", (20.5, 20), "lyon", "3") == (
        "badge, 20.5 × 20 mm, English (en), office lyon, record 3"
    )
    assert document_name("text", "en-XA") == "text, en-XA"


def test_the_static_galleries_pdf_links_name_their_document() -> None:
    def pdf(variant: str, office: str | None) -> OutputFile:
        return OutputFile(
            f"flyer/flyer-ar-{variant}.pdf", "flyer", "ar", "pdf", variant, (148, 210), 2, "0", 1,
            office=office, record="7" if office else None,
        )  # fmt: skip

    html = gallery_html([pdf("print", None), pdf("digital", "lyon")])
    assert (
        '<a href="flyer/flyer-ar-print.pdf" aria-label="print PDF: flyer, 148 × 210 mm, '
        'Arabic (ar)">print PDF</a>'
    ) in html
    assert (
        '<a href="flyer/flyer-ar-digital.pdf" aria-label="digital PDF: flyer, 148 × 210 mm, '
        'Arabic (ar), office lyon, record 7">digital PDF</a>'
    ) in html


def test_a_language_is_shown_by_its_names_and_its_code() -> None:
    assert language_name("ar").html() == 'Arabic, <span lang="ar" dir="rtl">العربية</span> (ar)'
    assert language_name("zh").html() == 'Chinese, <span lang="zh-Hans">中文</span> (zh)'
    assert language_name("en").html() == "English (en)"
    assert language_name("en-XA").html() == "en-XA"
    assert language_name("ar").text() == "Arabic (ar)"


def test_the_static_gallery_names_each_language() -> None:
    html = gallery_html([preview_png("front"), preview_png("back")])
    assert '<h2>flyer — Arabic, <span lang="ar" dir="rtl">العربية</span> (ar)</h2>' in html
    assert '<option value="ar">Arabic (ar)</option>' in html
    # a right-to-left language's words are marked with their direction
    social = preview_png("x", {"alt": "قلب", "alt_lang": "ar"})
    assert ' loading="lazy" dir="rtl" src="flyer/flyer-ar-preview-x.png" lang="ar"' in (
        gallery_html([social])
    )
