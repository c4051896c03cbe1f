"""What an import tells a translator of the layout of their texts:
- a text whose one line is taller than its frame at the smallest size is the designer's
  frame to make taller, not the translation to shorten; where the language is written in a
  style of its letters (Urdu's Nastaliq, `script: Aran`), that line height is named as the
  cause. The hint said "shorten them or give them a short variant" (a translator's trial);
- the texts that print their short variant (`text.short-variant`, a designed fallback, each
  with the frame a designer would make taller) are one note naming them, and `--verbose`
  shows each. An Urdu import printed seven such notes of 0.2 mm frames, each hinting
  "shorten this translation" (a translator's trial)."""

from __future__ import annotations

from pathlib import Path

import polib

from ..kits import cli, mini_copy

WORD_FRAME = "frame: {start: 3, top: 3, width: 14, height: 14}"


def _imported(tmp_path: Path, script: str, height: float, text: str) -> tuple[Path, str]:
    """The mini kit with ur (written in `script`, where given) listed, the text page's word
    frame `height` mm tall, and ur's `word` imported as `text` from a PO file: (the PO file,
    the import's output, which must fail)."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("[en, ar]", "[en, ar, ur]"),
            "layouts/text.yaml": (WORD_FRAME, WORD_FRAME.replace("14}", f"{height:g}}}")),
        },
    )
    (kit / "materials/strings/ur.yaml").write_text(
        f"language: ur\nname: Urdu\n{script}status: draft\nstrings:\n  emblem_alt: نیلا دل\n",
        encoding="utf-8",
    )
    path = tmp_path / "ur.po"
    status, out = cli("strings", "export", "--lang", "ur", "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    po.find("Heart", msgctxt="word").msgstr = text
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    return path, out


def _msgstr_at(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index('msgctxt "word"') + 3  # its msgstr's line, after `msgstr "`
    return f"{at}:9"


def test_a_nastaliq_line_taller_than_its_frame_is_the_designers(tmp_path: Path) -> None:
    """کیا at 6 pt: Nastaliq's kaf rises far above the line a 4 mm frame holds in Naskh."""
    path, out = _imported(tmp_path, "script: Aran\n", 4, "کیا")
    assert (
        f"{path}:{_msgstr_at(path)}: error[text.overflow]: [ur] 'word': does not fit 1 "
        "document(s) (text); in text: text does not fit slot 'word' even at 6 pt: 0.7 mm (1 "
        "line(s)) too tall\n"
        "  hint: its line is taller than the frame at the smallest size, whatever its length: "
        "the cause is Nastaliq's line height (`script: Aran`, a style of the Arabic letters), "
        "and a shorter text is as tall (a short variant helps only without the tallest "
        "letters); the frame is the designer's to make taller (text.yaml:12: 0.7 mm), not the "
        "translation's to shorten\n"
    ) in out, out
    assert out.rstrip().endswith(
        "imported, but ur does not lay out cleanly (1 text(s) do not fit): word: its line is "
        "taller than its frame whatever its length, for Nastaliq's line height (`script: "
        "Aran`, a style of the Arabic letters): the designer's to make taller (named above), "
        "not the translation's to shorten"
    ), out
    assert "shorten it" not in out, out


def test_a_line_of_any_script_taller_than_its_frame_says_no_shorter_text_fits(
    tmp_path: Path,
) -> None:
    """In Naskh, a 1.5 mm frame holds no line at 6 pt either: no script is named."""
    path, out = _imported(tmp_path, "", 1.5, "دل")
    assert (
        "  hint: its line is taller than the frame at the smallest size, whatever its length: "
        "a shorter text is as tall; the frame is the designer's to make taller (text.yaml:12: "
    ) in out, out
    assert "Nastaliq" not in out, out


def test_a_text_too_long_is_still_the_translators_to_shorten(tmp_path: Path) -> None:
    """Lines past the frame's foot with others above it: a shorter text takes fewer."""
    path, out = _imported(tmp_path, "script: Aran\n", 10, " ".join(["کیا"] * 40))
    assert "  hint: shorten it, or give it a short variant (or a shorter one) in ur.po" in out
    assert out.rstrip().endswith(
        "(1 text(s) do not fit (2 documents)): shorten them or give them a short variant in "
        "ur.po (an entry "
        'with msgctxt "<key>|short"), then import again'
    ), out


def test_texts_in_their_short_variants_are_one_note_for_a_translator(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path / "kit", {"strings/en.yaml": ("  word: Heart", "  word: {text: Heart, short: H}")}
    )
    path = tmp_path / "ar.po"
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    po.find("Heart", msgctxt="word").msgstr = " ".join(["قلب"] * 30)  # fits neither frame
    po.find("H", msgctxt="word|short").msgstr = "ق"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert out.endswith(
        "note[text.short-variant]: [ar]: 1 text(s) print their short variant where the full "
        "text does not fit its frame, a designed fallback, not a fault: word (badge, text)\n"
        "  hint: the translation need not change: a designer may make those frames taller (or "
        "lower their styles' min_size) to print the full texts, as may shorter full texts; "
        "`strings import --verbose` lists each, with its frame and by how much\n"
        "1 note(s)\n"
        "ok: 5 document(s) (5 page(s)) of the ar kit lay out, with texts in their short "
        "variants (1 note(s) above)\n"
    ), out
    # the designer's detail, each, with --verbose
    status, out = cli("strings", "import", path, "--kit", kit, "--verbose")
    assert status == 0, out
    layouts = kit / "materials/layouts"
    assert f"{layouts / 'badge.yaml'}:13:6: note[text.short-variant]: badge [ar] slot" in out
    assert f"{layouts / 'text.yaml'}:12:72: note[text.short-variant]: text [ar] slot" in out
    assert "(the frame is 25.4 mm too short)" in out, out
    assert "2 note(s)\n" in out, out
