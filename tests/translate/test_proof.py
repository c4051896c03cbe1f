"""The proof sheet: one block per key with its name and status, the texts as set, the room
left per slot; overflows and fallbacks tinted and named in words. And the translator's loop:
export, edit, import, proof shows the new text with its room."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import polib
import pypdfium2 as pdfium
import pytest
import yaml

from ..kits import MINI, cli, mini_copy, replace_in

ZH = "language: zh\nname: Chinese\nstatus: draft\nstrings:\n  word: 中中\n  emblem_alt: 心心\n"
RED_TINT = (255, 230, 230)  # proof_pdf.TINT[RED], as rendered
# a block's first line: its key, then its labels (status first)
HEAD = re.compile(r"^(\w+) (TO TRANSLATE|OUTDATED|TRANSLATED|REVIEWED)( [A-Z :]+)?$", re.M)


def proof(kit: Path, code: str, out: Path) -> list[str]:
    """The proof sheet's text, page by page."""
    status, text = cli("strings", "proof", "--lang", code, "--kit", kit, "-o", out)
    assert status == 0, text
    pdf = pdfium.PdfDocument(out)
    return [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))]


def tinted(path: Path, colour: tuple[int, int, int]) -> int:
    """Pixels of `colour` on the first page, rendered at 50 dpi."""
    image = pdfium.PdfDocument(path)[0].render(scale=50 / 72).to_pil().convert("RGB")
    return dict((c, n) for n, c in image.getcolors(1 << 24)).get(colour, 0)


def test_one_block_per_key(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    kit = kit_copy()
    text = "\n".join(proof(kit, "ar", tmp_path / "ar.pdf"))
    keys = list(yaml.safe_load((kit / "materials/strings/en.yaml").read_text())["strings"])
    assert [m[0] for m in HEAD.findall(text)] == keys  # one block per key, in order
    assert "poster-a3 front/calls: " in text
    assert " mm left (shared: cta, cta_donate, cta_join)" in text
    assert "OVERFLOW" not in text
    assert "FALLBACK" not in text
    # set only with an event's record (or an office's contacts): not laid out, yet used,
    # with its room; it was "in no text slot of the designs (alternative text, or unused)"
    block = text[text.index("\nevent_by ") :]
    lines = block.split("\n")[1:]
    at = lines.index(
        "not laid out here: set only with an office's contacts or an event's data; its room in "
        "each slot:"
    )
    assert lines[at + 1].startswith("room: event-flyer-a5 slot 'organiser', ")
    assert text.count("in no text slot of the designs") == 1  # emblem_alt: alternative text
    assert "\nemblem_alt " in text[: text.index("in no text slot of the designs")]


def test_translators_loop(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/strings/zh.yaml").write_text(ZH, encoding="utf-8")
    po_path = tmp_path / "zh.po"
    status, out = cli("strings", "export", "--lang", "zh", "--kit", kit, "-o", po_path)
    assert status == 0, out
    po = polib.pofile(str(po_path))
    next(e for e in po if e.msgctxt == "word").msgstr = "蓝心"
    po.save(str(po_path))
    status, out = cli("strings", "import", po_path, "--kit", kit)
    assert status == 0, out
    pages = proof(kit, "zh", tmp_path / "zh.pdf")
    block = pages[0][pages[0].index("\nword ") :]
    assert block.split("\n")[1:3] == ["word TRANSLATED", "蓝心"]
    assert re.search(
        r"^text front/word: 12\.0 pt \(range 6-12\), 1 line\(s\), \d+\.\d mm left$", block, re.M
    )


def test_overflow_and_fallback_are_highlighted(tmp_path: Path) -> None:
    plain = mini_copy(tmp_path / "plain")
    proof(plain, "ar", tmp_path / "plain.pdf")
    assert tinted(tmp_path / "plain.pdf", RED_TINT) == 0
    long = " ".join(["قلب أزرق كبير"] * 30)
    kit = mini_copy(
        tmp_path / "kit",
        {"strings/ar.yaml": ("  word: قلب\n  emblem_alt: قلب أزرق\n", f"  word: {long}\n")},
    )
    text = proof(kit, "ar", tmp_path / "ar.pdf")[0]
    word = text[text.index("\nword ") : text.index("\nemblem_alt ")]
    assert word.split("\n")[1] == "word TRANSLATED OVERFLOW"
    assert re.search(
        r"^OVERFLOW text front/word: 6\.0 pt .* mm over: does not fit at 6 pt: ", word, re.M
    )
    alt = text[text.index("\nemblem_alt ") :]
    assert alt.split("\n")[1] == "emblem_alt TO TRANSLATE FALLBACK: PRINTS IN ENGLISH"
    assert "Blue heart" in alt
    assert tinted(tmp_path / "ar.pdf", RED_TINT) > 500
    assert "1 overflowing" in text
    assert "1 to translate (1 printing in the source language)" in text


def test_a_fallback_keeps_its_own_direction() -> None:
    """The source's text shown in a right-to-left language reads left to right: its full
    stop ends the line on the right, as in the materials (text/fit.py's auto_direction)."""
    from campaign.fonts import load_fontbook
    from campaign.kit import load_kit
    from campaign.translate.proof_pdf import Setter

    kit = load_kit(MINI)
    fonts = load_fontbook(kit.fonts_dir)
    line = Setter(fonts, kit.languages["ar"])("Blue heart.", 12, 400, fallback=True).lines[0]
    stop = next(r for r in line.runs if "." in r.text)
    blue = next(r for r in line.runs if "Blue" in r.text)
    assert stop is blue or stop.x > blue.x


def test_the_languages_own_text_is_set_in_its_direction_whatever_its_first_word() -> None:
    """An Arabic translation that starts with a Latin name is right to left, as the
    materials set it: the name at the right, the Arabic after it to its left, the full stop
    at the left end (a translator's trial: the sheet set such a Persian text left to right,
    from its first strong character, where the poster had it right)."""
    from campaign.fonts import load_fontbook
    from campaign.kit import load_kit
    from campaign.translate.proof_pdf import Setter

    kit = load_kit(MINI)
    fonts = load_fontbook(kit.fonts_dir)
    text = "Blue Heart: \u0627\u0646\u0636\u0645\u0648\u0627."
    line = Setter(fonts, kit.languages["ar"])(text, 12, 400).lines[0]
    blue = next(r for r in line.runs if "Blue" in r.text)
    arabic = next(r for r in line.runs if "\u0627" in r.text)
    assert blue.x > arabic.x


def test_korean_round_trip_in_the_default_kit(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Issue 11's translator: Korean, a language the kit does not have, exported to PO,
    edited, imported; the proof sheet shows the new text with its room. The text is CLDR's
    (Babel): the Korean name of the language and the date of the World Day."""
    import datetime

    from babel import Locale
    from babel.dates import format_date

    kit = kit_copy()
    korean = f"{Locale('ko').display_name} {format_date(datetime.date(2024, 7, 30), 'MMMM d', locale='ko')}"
    assert korean == "한국어 7월 30"
    po_path = tmp_path / "ko.po"
    status, out = cli("strings", "export", "--lang", "ko", "--kit", kit, "-o", po_path)
    assert status == 0, out
    po = polib.pofile(str(po_path))
    badge = next(e for e in po if e.msgctxt == "badge")
    assert "room: badge-58 slot 'words', 40 x 13 mm" in badge.comment
    badge.msgstr = korean
    po.save(str(po_path))
    status, out = cli("strings", "import", po_path, "--kit", kit)
    assert status == 0, out
    assert "ko.yaml" in out
    text = "\n".join(proof(kit, "ko", tmp_path / "ko.pdf"))
    block = text[text.index("\nbadge TRANSLATED") :]
    assert block.split("\n")[2] == korean
    assert re.search(r"^badge-58 front/words: [\d.]+ pt \(range 8-14\), 1 line\(s\)", block, re.M)
    assert "NO GLYPH" not in text


# the mini kit's Arabic, whose `word` has each status (its English text is "Heart")
AR = "language: ar\nname: Arabic\nstatus: {status}\nstrings:\n{word}  emblem_alt: قلب أزرق\n"
BY_STATUS = {
    "to translate": AR.format(status="draft", word=""),
    "outdated": AR.format(status="draft", word="  word: {text: قلب, source: Hart}\n"),
    "translated": AR.format(status="draft", word="  word: {text: قلب, source: Heart}\n"),
    "reviewed": AR.format(status="reviewed", word="  word: {text: قلب, source: Heart}\n"),
}
# proof_pdf's tints, as rendered: amber for a text to translate, violet for an outdated one
TINTS = {"to translate": (255, 242, 214), "outdated": (242, 232, 255)}


def test_every_status_has_its_label(tmp_path: Path) -> None:
    """Each status the translate package gives is a label of its own: an outdated text (its
    English changed since it was translated) stopped the sheet with an internal error
    (KeyError: 'outdated', exit code 70). It is labelled OUTDATED, tinted violet, and shows
    the English it was translated from."""
    from campaign.translate.entries import STATUSES

    assert set(BY_STATUS) == set(STATUSES)  # a new status needs a case here
    for status in STATUSES:
        kit = mini_copy(tmp_path / status)
        (kit / "materials/strings/ar.yaml").write_text(BY_STATUS[status], encoding="utf-8")
        out = tmp_path / f"{status}.pdf"
        text = proof(kit, "ar", out)[0]
        block = text[text.index("\nword ") : text.index("\nemblem_alt ")].split("\n")[1:]
        fallback = " FALLBACK: PRINTS IN ENGLISH" if status == "to translate" else ""
        assert block[0] == f"word {status.upper()}{fallback}", text
        assert ("translated from: Hart" in block) == (status == "outdated"), block
        for name, tint in TINTS.items():
            assert (tinted(out, tint) > 100) == (name == status), (status, name)
        assert f", {int(status == 'outdated')} outdated, " in text


SHEET_ONLY = "\ue000"  # a private-use character: no font has it


def test_a_character_no_font_has_is_named_not_set(tmp_path: Path) -> None:
    """A translation with a character no font has (an emoji, a private-use character, a
    script the kit has no font for) stopped the sheet with an internal error
    (MissingGlyphError, exit code 70): its "cannot be set" line held the very character and
    was set again. The block is labelled NO GLYPH, and each character is named by its code
    point and name in the Latin font, never shown; so in the problems the documents give."""
    texts = {
        "emoji": ("قلب 💙", "U+1F499 BLUE HEART has"),
        "private use": (f"قلب {SHEET_ONLY}", "U+E000 private-use character has"),
        # Cherokee, which no font of the kit has: the first four named, in the text's order
        "script": (
            "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ",
            "U+13E3 CHEROKEE LETTER TSA, U+13B3 CHEROKEE LETTER LA, U+13A9 CHEROKEE LETTER GI, "
            "U+13A6 CHEROKEE LETTER GA and 5 more have",
        ),
    }
    for name, (word, named) in texts.items():
        kit = mini_copy(tmp_path / name)
        (kit / "materials/strings/ar.yaml").write_text(
            AR.format(status="draft", word=f"  word: {word}\n"), encoding="utf-8"
        )
        out = tmp_path / f"{name}.pdf"
        text = proof(kit, "ar", out)[0]
        block = text[text.index("\nword ") : text.index("\nemblem_alt ")].split("\n")[1:]
        assert block[0] == "word TRANSLATED NO GLYPH", text
        # each line broken at a space ends with it (its ActualText: text.paragraph.line_breaks)
        words = " ".join(" ".join(block[1:]).split())
        assert words.startswith(f"(cannot be set: {named} no glyph in any font) ")
        first = named.split(" has")[0].split(",")[0]
        said = [line for line in block if line.startswith("NO GLYPH ")]
        assert said[0].startswith(f"NO GLYPH badge, text: {first}"), block
        assert not set(word) - set(" قلب") & set(text), text  # never the character itself
        assert "1 with missing glyphs" in text
        assert tinted(out, RED_TINT) > 100


def test_each_character_without_a_glyph_is_named_once(tmp_path: Path) -> None:
    """The characters no font has are named in one line, each once, with the designs that set
    the text (the mini kit's badge and text): it was a line per design and character, and
    an emoji that a text has twice, of a key of twenty designs, was twenty lines."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/strings/ar.yaml").write_text(
        AR.format(status="draft", word="  word: قلب 💙 ߒ 💙\n"), encoding="utf-8"
    )
    text = proof(kit, "ar", tmp_path / "ar.pdf")[0]
    assert [line for line in text.split("\n") if line.startswith("NO GLYPH")] == [
        "NO GLYPH badge, text: U+1F499 BLUE HEART and U+07D2 NKO LETTER N have no glyph in any font"
    ], text


def test_a_source_text_without_a_glyph_is_named(tmp_path: Path) -> None:
    """The English text of a key printing in its place (a fallback, in the Latin font's
    stack) and a label in the Latin font name the character too."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: Heart 💙")})
    (kit / "materials/strings/ar.yaml").write_text(
        AR.format(status="draft", word="  word: {text: قلب, source: Heart}\n"), encoding="utf-8"
    )
    text = proof(kit, "ar", tmp_path / "ar.pdf")[0]
    block = text[text.index("\nword ") : text.index("\nemblem_alt ")].split("\n")[1:]
    assert block[:3] == [
        "word OUTDATED NO GLYPH",
        "قلب",
        "English: Heart U+1F499 BLUE HEART",
    ], text
    assert "💙" not in text


def test_an_outdated_placeholder_is_said(tmp_path: Path) -> None:
    """A translation with other {field} placeholders than the English is outdated too (no
    earlier English to show): the block says why."""
    kit = mini_copy(tmp_path / "kit")
    word = "  word: {text: 'قلب {helpline}', source: Heart}\n"
    (kit / "materials/strings/ar.yaml").write_text(
        AR.format(status="draft", word=word), encoding="utf-8"
    )
    text = proof(kit, "ar", tmp_path / "ar.pdf")[0]
    block = text[text.index("\nword ") : text.index("\nemblem_alt ")].split("\n")[1:]
    assert block[0] == "word OUTDATED"
    assert block[2:4] == [
        "English: Heart",
        "its {field} placeholders are not those of the English text",
    ], block


def test_a_text_sharing_a_slot_with_a_character_no_font_has_says_so(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The flyer's calls slot sets cta, cta_donate and cta_join: with an emoji in cta_join no
    document sets the slot, and cta's block said it was set only with an office's contacts
    or an event's data. It names the text that stops it, and cta_join's block its glyph."""
    kit = kit_copy()
    fr = kit / "materials/strings/fr.yaml"
    fr.write_text(
        fr.read_text(encoding="utf-8").replace(
            "text: Rejoignez la campagne Cœur bleu.", "text: Rejoignez la campagne Cœur bleu 💙"
        ),
        encoding="utf-8",
    )
    text = "\n".join(proof(kit, "fr", tmp_path / "fr.pdf"))
    cta = text[text.index("\ncta ") : text.index("\ncta_donate ")]
    assert (
        "\nnot laid out: a text set in the same slot (cta_join) has a character no font has; "
        "its room in each slot:\nroom: flyer-a5 slot 'calls', "
    ) in cta, cta
    join = text[text.index("\ncta_join ") : text.index("\nqr_label ")].split("\n")[1:]
    assert join[:3] == [
        "cta_join TRANSLATED NO GLYPH",
        "(cannot be set: U+1F499 BLUE HEART has no glyph in any font)",
        "English: Join the Blue Heart Campaign.",
    ], join
    assert "not laid out: a character has no glyph (below); its room in each slot:" in join
    assert [line for line in join if line.startswith("NO GLYPH ")] == [  # one line, not four
        "NO GLYPH event-flyer-a5, event-poster-a3, flyer-a5, poster-a3: U+1F499 BLUE HEART has "
        "no glyph in any font"
    ], join
    assert "💙" not in text


def test_the_sheet_says_it_is_the_kits_and_the_campaigns_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial's `check --pdf` of a proof sheet showed reportlab's Info: Creator "anonymous",
    created 2000-01-01 (its invariant date). It is the kit's, dated the campaign year's World
    Day, as the kit's other PDFs are (render.metadata), and claims no PDF/X."""
    import pikepdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "ar.pdf"
    proof(kit, "ar", out)
    with pikepdf.open(out) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
    assert info["/Creator"] == info["/Producer"] == "Blue Heart campaign kit"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20240730000000Z"
    assert info["/Subject"] == "Translators' proof sheet of every text in Arabic, as set"
    assert "/GTS_PDFXVersion" not in info
    assert "/Author" not in info


def test_a_layout_error_in_a_slot_is_on_the_block_of_each_key_it_sets(tmp_path: Path) -> None:
    """A text that comes into the safe margin fails the build (layout.safe-area), and the
    sheet said "0 overflowing" and showed nothing of it (a translator's trial: Tigrinya
    hashtags in a social image's margin). The block of the key says it in red, labelled, and
    the heading counts it."""
    kit = mini_copy(tmp_path / "kit")
    frame = "frame: {start: 3, top: 3, width: 14, height: 14}"
    replace_in(kit / "materials/layouts/text.yaml", frame, frame.replace("start: 3", "start: 0.5"))
    text = proof(kit, "en", tmp_path / "en.pdf")[0]
    assert "0 overflowing, 0 with missing glyphs, 1 with a layout error (the build fails)." in text
    block = text[text.index("\nword ") :]
    assert block.startswith("\nword REVIEWED LAYOUT ERROR\n"), block
    assert (
        "\nLAYOUT text front/word: text comes 1.5 mm into the 2 mm safe margin at the start edge\n"
    ) in block
    assert "LAYOUT" not in block[block.index("\nemblem_alt ") :]


def test_words_marked_as_another_language_are_set_without_their_marks(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The marks of words in another language (`{lang=en}Blue Heart{/lang}`) never print:
    the sheet sets the text as the materials print it. A translator's trial: the sheet
    showed "Ku shiga Kamfen ɗin {lang=en}Blue Heart{/lang}." where the poster read "Ku
    shiga Kamfen ɗin Blue Heart."."""
    kit = kit_copy()
    replace_in(
        kit / "materials/strings/fr.yaml",
        "text: Rejoignez la campagne Cœur bleu.",
        'text: "Rejoignez la campagne {lang=en}Blue Heart{/lang}."',
    )
    text = "\n".join(proof(kit, "fr", tmp_path / "fr.pdf"))
    block = text[text.index("\ncta_join ") :]
    assert block.split("\n")[1:3] == ["cta_join TRANSLATED", "Rejoignez la campagne Blue Heart."]
    assert "{lang=" not in text
    assert "{/lang}" not in text
    # a mark the check refuses stays in its BROKEN TEXT block, as written, to be found
    replace_in(kit / "materials/strings/fr.yaml", "{lang=en}", "{lang=english}")
    text = "\n".join(proof(kit, "fr", tmp_path / "fr-broken.pdf"))
    block = text[text.index("\ncta_join ") :]
    assert block.split("\n")[1] == "cta_join TRANSLATED BROKEN TEXT"
    assert "Rejoignez la campagne {lang=english}Blue Heart{/lang}." in block
