"""The warnings `strings import` shows after laying the language out: every warning about the
language's own texts (its strings file's, and the layout's of its texts), in the kit's words
and places; not the kit's layouts' (the designer's) or the offices'. It showed
`strings.missing` and `strings.outdated` alone: a kanji set from the Chinese font, a
translation printing "()" for an empty {helpline}, a key the source has not, went unsaid
after an import that said "ok"."""

from __future__ import annotations

from pathlib import Path

import polib

from ..kits import check, cli, mini_copy

HAN_HINT = (
    "  hint: add the characters to NotoSansJP: its recipe's --chars in "
    "fonts/tools/make_ttf.py, then run it (fonts/README.md), or put a full font in its place; "
    "or write a form NotoSansJP has\n"
)


def imported(kit: Path, tmp_path: Path, code: str, word: str) -> tuple[int, str]:
    """`code` exported as PO, its `word` translated as `word`, and imported."""
    path = tmp_path / f"{code}.po"
    status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == "word").msgstr = word
    po.save(str(path))
    return cli("strings", "import", path, "--kit", kit)


def test_a_han_character_from_another_font_is_shown_and_the_layouts_warning_is_not(
    tmp_path: Path,
) -> None:
    """囍 (JIS X 0213 plane 2) is not in the Japanese face: it is set from the Traditional
    Chinese one, in its forms (`text.han-fallback`). The page's bleed of 2 mm
    (`layout.bleed`) is the designer's: `check` says it, the import does not."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, ja]"),
            "layouts/text.yaml": ("bleed: 3", "bleed: 2"),
        },
    )
    ja = kit / "materials/strings/ja.yaml"
    ja.write_text(
        "language: ja\nname: Japanese\nstatus: draft\nstrings:\n  word: 心\n  emblem_alt: 心\n",
        encoding="utf-8",
    )
    status, out = check(kit, "--lang", "ja")
    assert "warning[layout.bleed]" in out, out
    status, out = imported(kit, tmp_path, "ja", "囍")
    assert status == 0, out
    assert out.endswith(
        f"{ja}:6:11: warning[text.han-fallback]: [ja] 'word': '囍' (U+56CD CJK UNIFIED "
        "IDEOGRAPH-56CD) is not in NotoSansJP, the font of ja, and set from NotoSansTC (the "
        "font of zh-Hant), in its forms; in string(s) 'word' (badge, text)\n"
        + HAN_HINT
        + "1 warning(s)\n"
        "ok: 5 document(s) (5 page(s)) of the ja kit lay out cleanly\n"
    ), out


def test_a_translation_naming_an_empty_field_is_shown(tmp_path: Path) -> None:
    """The campaign's `helpline: ""`: the Arabic word prints around nothing."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": (
                "check_colours: false",
                'check_colours: false\nfields:\n  helpline: ""',
            ),
            "strings/en.yaml": ("word: Heart", "word: Heart ({helpline})"),
            "strings/ar.yaml": ("word: قلب", "word: قلب ({helpline})"),
        },
    )
    status, out = imported(kit, tmp_path, "ar", "قلبي ({helpline})")
    assert status == 0, out
    assert (
        f"{kit / 'materials/strings/ar.yaml'}:5:3: warning[text.empty-field]: [ar] 'word': "
        "{helpline} is empty (not filled in), so the text prints 'قلبي ()' (in badge, text)\n"
    ) in out, out
    assert out.count("warning[") == 1, out


def test_a_key_the_source_has_not_is_shown(tmp_path: Path) -> None:
    """`strings.unused` names no language: it is at the language's strings file."""
    kit = mini_copy(
        tmp_path / "kit", {"strings/ar.yaml": ("  word: قلب", "  wrod: x\n  word: قلب")}
    )
    status, out = imported(kit, tmp_path, "ar", "قلبي")
    assert status == 0, out
    assert out.endswith(
        f"{kit / 'materials/strings/ar.yaml'}:5:3: warning[strings.unused]: string 'wrod' is "
        "not in en.yaml and is never used\n"
        "  hint: did you mean 'word'?\n"
        "1 warning(s)\n"
        "ok: 5 document(s) (5 page(s)) of the ar kit lay out cleanly\n"
    ), out
