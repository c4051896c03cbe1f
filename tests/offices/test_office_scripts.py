"""An office's field written in another script than a page's (pipeline.script_notes): a
regional office's `office_name: UNODC Regional Office, Cairo.` printed as written on its
Arabic flyers, with no word from `check` or `build` (a translation forgotten, or a proper
name meant so). A note names the languages whose pages print it so, with the fix (the
language's own value under `fields_by_language:`) and how to say it is meant
(`kept_as_written:`); `--strict` does not fail for it. On a right-to-left page the name is
set as a bidi isolate, in its own direction: its full stop stays after "Cairo"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Mark
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.document import TextItem
from campaign.model import StringEntry
from campaign.pipeline.compose import compose_document
from campaign.resolve import FSI, PDI, fill

from ..kits import cli

NAME = "UNODC Regional Office, Cairo."
OFFICE = f"""\
name: Rosea Test Office
languages: [en, ar, ru, fr]
fields:
  helpline: "+00 000 000 000"
  email: contact@example.org
  office_name: "{NAME}"
hide: [report_url, website, social]
sample: true
"""
LINE = 6  # office_name's line in OFFICE
FILE = "materials/offices/rosea.yaml"


def note(kit: Path, langs: str, line: int = LINE, kept: str = "office_name") -> str:
    many = ", " in langs or " and " in langs
    return (
        f"{kit / FILE}:{line}:3: note[office.script]: office 'rosea' office_name '{NAME}' is "
        "in Latin script "
        "only, and prints as written on the pages of "
        + ("2 languages in other scripts" if many else "a language in another script")
        + f": {langs}. Give its office_name in "
        + ("those languages" if many else "that language")
        + " in rosea.yaml (`fields_by_language: {"
        + ("ar: {office_name: ...}, " if "ar (" in langs else "")
        + "ru: {office_name: ...}}`); or, if it is meant as written on every page (a proper "
        f"name), list the field in rosea.yaml (`kept_as_written: [{kept}]`) and this note goes\n"
    )


def test_a_latin_name_on_arabic_and_russian_pages_is_noted_once_naming_them(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**{FILE: OFFICE})
    args = ("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    code, out = cli(*args)
    assert code == 0, out
    assert note(kit, "ar (Arabic) and ru (Russian)") in out, out
    assert out.count("note[office.script]: ") == 1, out
    # a note, not a warning: --strict does not fail for it
    code, out = cli(*args, "--strict")
    assert code == 0, out
    assert note(kit, "ar (Arabic) and ru (Russian)") in out, out


def test_a_languages_own_value_and_kept_as_written_each_silence_it(
    kit_copy: Callable[..., Path],
) -> None:
    own = OFFICE + "fields_by_language:\n  ar: {office_name: مكتب الأمم المتحدة الإقليمي}\n"
    kit = kit_copy(**{FILE: own})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 0, out
    assert note(kit, "ru (Russian)") in out, out  # the Arabic pages print the Arabic name
    kit.joinpath(FILE).write_text(OFFICE + "kept_as_written: [office_name]\n", encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 0, out
    assert "office_name" not in out, out


def test_a_field_no_page_shows_a_contact_and_an_address_are_not_noted(
    kit_copy: Callable[..., Path],
) -> None:
    """The A3 poster shows no office_name; the e-mail address and the helpline are no
    script's, nor is an office_name that is a web address and digits."""
    kit = kit_copy(**{FILE: OFFICE})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "poster-a3")
    assert code == 0, out
    assert "note[office.script]" not in out, out
    kit.joinpath(FILE).write_text(
        OFFICE.replace(NAME, "www.example.org/mena 2026"), encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 0, out
    assert "note[office.script]" not in out, out


def test_a_build_notes_it_for_the_languages_it_makes(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(**{FILE: OFFICE})
    code, out = cli(
        "build", "--kit", kit, "-o", tmp_path / "out", "--office", "rosea", "--only",
        "flyer-a5", "--lang", "en,ru", "--no-png", "--no-digital", "--json",
    )  # fmt: skip
    assert code == 0, out
    report = json.loads(out)  # a diagnostic at the value's place (it was a line of `notes`)
    found = [d for d in report["diagnostics"] if d["code"] == "office.script"]
    message = note(kit, "ru (Russian)").split(": note[office.script]: ", 1)[1].rstrip("\n")
    assert found == [
        {
            "severity": "note",
            "code": "office.script",
            "message": message,
            "file": str(kit / FILE),
            "line": LINE,
            "column": 3,
            "hints": [],
            "subject": {},
        }
    ], found
    assert report["notes"] == [], report


def test_a_name_taken_from_the_office_it_extends_is_noted_at_its_own_file(
    kit_copy: Callable[..., Path],
) -> None:
    country = "extends: rosea\nname: Rosea Country Office\nlanguages: [ru]\n"
    kit = kit_copy(**{FILE: OFFICE, "materials/offices/rosea-ru.yaml": country})
    code, out = cli("check", "--kit", kit, "--office", "rosea-ru", "--only", "flyer-a5")
    assert code == 0, out
    assert (
        f"{kit / 'materials/offices/rosea-ru.yaml'}:1:1: note[office.script]: office 'rosea-ru' "
        "office_name "
        f"'{NAME}' (from rosea.yaml, which it extends) is in Latin script only, and prints as "
        "written on the pages of a language in another script: ru (Russian). Give its "
        "office_name in that language in rosea-ru.yaml (`fields_by_language: {ru: "
        "{office_name: ...}}`)"
    ) in out, out


def test_a_countrys_own_empty_kept_as_written_replaces_its_regions(
    kit_copy: Callable[..., Path],
) -> None:
    """A country office takes its region's `kept_as_written:` unless it gives its own, which
    replaces it, as `hide:` does: `kept_as_written: []` (refused before: "must be a list of
    at least one text") keeps none, and the note the region's list silenced comes back for
    the country, whose Russian pages print the region's Latin name."""
    region = OFFICE + "kept_as_written: [office_name]\n"
    country = "extends: rosea\nname: Rosea Country Office\nlanguages: [ru]\n"
    kit = kit_copy(**{FILE: region, "materials/offices/rosea-ru.yaml": country})
    args = ("check", "--kit", kit, "--only", "flyer-a5", "--office")
    code, out = cli(*args, "rosea-ru")
    assert code == 0, out
    assert "note[office.script]" not in out, out  # the region's list, taken whole
    kit.joinpath("materials/offices/rosea-ru.yaml").write_text(
        country + "kept_as_written: []\n", encoding="utf-8"
    )
    assert load_kit(kit).offices["rosea-ru"].kept_as_written == ()
    code, out = cli(*args, "rosea-ru")
    assert code == 0, out
    assert (
        f"{kit / 'materials/offices/rosea-ru.yaml'}:1:1: note[office.script]: office 'rosea-ru' "
        f"office_name '{NAME}' (from rosea.yaml, which it extends) is in Latin script only, "
        "and prints as written on the pages of a language in another script: ru (Russian). "
        "Give its office_name in that language in rosea-ru.yaml (`fields_by_language: {ru: "
        "{office_name: ...}}`); or, if it is meant as written on every page (a proper name), "
        "list the field in rosea-ru.yaml (`kept_as_written: [office_name]`) and this note "
        "goes\n"
    ) in out, out
    assert out.count("note[office.script]") == 1, out
    code, out = cli(*args, "rosea")  # the region keeps its own
    assert code == 0, out
    assert "note[office.script]" not in out, out


def test_campaign_yamls_name_on_the_pages_the_office_gives_none_for_is_noted(
    kit_copy: Callable[..., Path],
) -> None:
    """An office that gives its office_name in French alone (`fields_by_language: {fr:
    ...}`) prints campaign.yaml's on its other pages: in Latin letters on the Arabic and
    Russian ones, without a word, where its own `fields:` value is noted. It is noted as
    the office's are, naming campaign.yaml, at the office's empty value (else its file's
    start); a language whose strings file gives its own value prints that one."""
    french = "fields_by_language:\n  fr: {office_name: Bureau régional du Caire}\n"
    office = OFFICE.replace(f'  office_name: "{NAME}"\n', "") + french
    kit = kit_copy(**{FILE: office})
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert '  office_name: ""' in text
    campaign.write_text(text.replace('  office_name: ""', f'  office_name: "{NAME}"'), "utf-8")
    args = ("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")

    code, out = cli(*args)
    assert code == 0, out
    assert (
        note(kit, "ar (Arabic) and ru (Russian)", 1)
        .replace(":1:3: ", ":1:1: ")
        .replace(
            f"'{NAME}' is",
            f"'{NAME}' (from campaign.yaml, as the office gives none of its own for these pages) is",
        )
        in out
    ), out
    assert out.count("note[office.script]: ") == 1, out
    # at the office's empty value (line 6); the Russian pages print ru.yaml's own value
    empty = OFFICE.replace(f'  office_name: "{NAME}"\n', '  office_name: ""\n') + french
    kit.joinpath(FILE).write_text(empty, encoding="utf-8")
    ru = kit / "materials/strings/ru.yaml"
    ru.write_text(
        ru.read_text(encoding="utf-8") + "fields:\n  office_name: Региональное бюро в Каире\n",
        encoding="utf-8",
    )
    code, out = cli(*args)
    assert code == 0, out
    assert (
        f"{kit / FILE}:{LINE}:3: note[office.script]: office 'rosea' office_name '{NAME}' (from "
        "campaign.yaml, as the office gives none of its own for these pages) is in Latin "
        "script only, and prints as written on the pages of a language in another script: ar "
        "(Arabic). Give its office_name in that language in rosea.yaml (`fields_by_language: "
        "{ar: {office_name: ...}}`); or, if it is meant as written on every page (a proper "
        "name), list the field in rosea.yaml (`kept_as_written: [office_name]`) and this note "
        "goes\n"
    ) in out, out
    assert out.count("note[office.script]: ") == 1, out


def test_kept_as_written_names_fields_of_the_kit(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy(**{FILE: OFFICE + "kept_as_written: [office]\n"})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 1, out
    last = len(OFFICE.splitlines()) + 1  # the line added after OFFICE's
    assert f"{kit / FILE}:{last}:19: error[ref.field]: unknown field 'office'" in out, out


def _visual(kit: Path, lang: str, slot: str) -> list[str]:
    """Each line of text slot `slot` of the office's A5 flyer in `lang`, its characters in
    the order their glyphs print from left to right (one per glyph: a ligature's first)."""
    loaded = load_kit(kit)
    fonts = load_fontbook(loaded.fonts_dir)
    laid = compose_document(
        loaded, fonts, loaded.layouts["flyer-a5"], loaded.languages[lang], loaded.offices["rosea"]
    )
    items = [
        it
        for page in laid.composed.page.pages
        for it in page.items
        if isinstance(it, TextItem) and it.slot == slot
    ]
    assert len(items) == 1
    return [
        "".join(
            run.source[g.cluster]
            for run in sorted(line.runs, key=lambda r: r.x)
            for g in run.glyphs
            if run.source[g.cluster] not in (FSI, PDI)  # drawn as nothing
        )
        for line in items[0].text.lines
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_latin_name_on_an_arabic_page_keeps_its_full_stop_after_it(
    kit_copy: Callable[..., Path], lang: str
) -> None:
    """The contacts frame of the flyer's back: the name alone is set as a bidi isolate (its
    first strong letter's direction, UAX 9 FSI), so its full stop, a neutral at its end,
    stays with it. In the Arabic paragraph's direction it went to the left edge:
    ".UNODC Regional Office, Cairo"."""
    kit = kit_copy(**{FILE: OFFICE.replace("  email: contact@example.org\n", "")})
    lines = _visual(kit, lang, "contacts")
    # the "ffi" of "Office" is one glyph, a ligature
    assert lines == ["UNODC Regional Ofce, Cairo."], lines


JOIN = "انضموا إلى {office_name} اليوم"  # "join {office_name} today"


def test_a_latin_name_in_an_arabic_sentence_keeps_its_full_stop_after_it(
    kit_copy: Callable[..., Path],
) -> None:
    """The office's own call to join, in Arabic, names its office_name: the name is a bidi
    isolate in the sentence, so its full stop stays after "Cairo"; the Arabic words around
    it read right to left, "اليوم" (today) at the line's left end. Without the isolate
    the sentence's direction took the full stop to the name's left: "... .UNODC Regional
    Office, Cairo ..."."""
    kit = kit_copy(**{FILE: OFFICE + f'strings:\n  ar: {{cta_join: "{JOIN}"}}\n'})
    lines = _visual(kit, "ar", "calls")
    assert lines[-1] == "مويلا UNODC Regional Ofce, Cairo. لإ اومضنا", lines


def test_a_value_of_the_other_direction_is_filled_in_as_an_isolate() -> None:
    """resolve.fill: a Latin name in a right-to-left text, and an Arabic one in a
    left-to-right text, between FSI and PDI; a value of the text's own direction, and a
    link alone (isolated where the text is set, text.bidi), as written."""

    def fields(value: str) -> dict[str, StringEntry]:
        return {"office_name": StringEntry("office_name", value, None, Mark(Path("x"), 1, 1))}

    latin, arabic = "UNODC Office.", "مكتب القاهرة"
    assert fill(JOIN, fields(latin), rtl=True) == JOIN.replace(
        "{office_name}", f"{FSI}{latin}{PDI}"
    )
    assert fill("Join {office_name} today", fields(arabic), rtl=False) == (
        f"Join {FSI}{arabic}{PDI} today"
    )
    assert fill(JOIN, fields(arabic), rtl=True) == JOIN.replace("{office_name}", arabic)
    for link in ("www.example.org/mena", "+20 2 1234 5678"):
        assert fill(JOIN, fields(link), rtl=True) == JOIN.replace("{office_name}", link)
    assert fill(JOIN, fields(latin)) == JOIN.replace("{office_name}", latin)  # no direction
