"""A regional strings file (es-419.yaml) prints its parent's texts (es.yaml's, CLDR's parent)
where it lacks one, then the source's: an office's trial gave es-419.yaml its one text and
the poster printed every other in English."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.model import Language
from campaign.model.language import cldr_parent
from campaign.pipeline.fingerprint import Fingerprints, strings_digest
from campaign.resolve import resolve_kit
from campaign.text.hyphen import dictionary
from tests.kits import cli

LATAM = (
    "language: es-419\nname: Spanish (Latin America)\nstatus: draft\nstrings:\n"
    "  cta_join: Súmate a la Campaña Corazón Azul.\n"
)


def _with(kit_copy: Callable[..., Path], code: str, text: str, **more: str) -> Path:
    """The repository's kit with the strings file `code`.yaml (`text`), listed in
    campaign.yaml, and the files of `more` (a path in the kit: its text) written over."""
    kit = kit_copy(**{f"materials/strings/{code}.yaml": text}, **more)
    campaign = kit / "materials" / "campaign.yaml"
    said = campaign.read_text(encoding="utf-8")
    listed = re.sub(r"^languages: \[", f"languages: [{code}, ", said, count=1, flags=re.M)
    assert listed != said
    campaign.write_text(listed, encoding="utf-8")
    return kit


def _without_fact_figure(root: Path) -> str:
    """es.yaml without its `fact_figure` text."""
    es = (root / "materials" / "strings" / "es.yaml").read_text(encoding="utf-8")
    out = es.replace("  fact_figure:\n    text: 1 de cada 3\n    source: 1 in 3\n", "")
    assert out != es
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_poster_prints_the_parents_texts_where_the_regional_file_lacks_one(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = _with(kit_copy, "es-419", LATAM)
    code, said = cli(
        "build", "--kit", kit, "-o", tmp_path / "out", "--lang", "es-419", "--only", "poster-a3"
    )
    assert code == 0, said
    assert "strings.missing" not in said  # es.yaml gives every other text
    pdf = tmp_path / "out" / "poster-a3" / "poster-a3-es-419.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert "Súmate a la Campaña Corazón Azul." in words  # its own
    assert "Únete a la Campaña" not in words  # es.yaml's of that key
    assert "Qué puedes hacer" in words  # es.yaml's, where es-419 has none
    assert "No dejar a ningún niño atrás" in words
    assert "What you can do" not in words
    assert "Leave No Child Behind" not in words
    import pikepdf

    digital = tmp_path / "out" / "poster-a3" / "poster-a3-es-419-digital.pdf"
    with pikepdf.open(digital) as doc:
        assert str(doc.Root.Lang) == "es-419"


def test_missing_counts_the_keys_the_whole_chain_lacks(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    kit = _with(
        kit_copy, "es-419", LATAM, **{"materials/strings/es.yaml": _without_fact_figure(root)}
    )
    code, said = cli("check", "--kit", kit, "--lang", "es-419", "--only", "poster-a3")
    assert code == 0, said
    missing = [line for line in said.splitlines() if "strings.missing" in line]
    assert missing == [
        f"{kit / 'materials/strings/es-419.yaml'}:1:1: warning[strings.missing]: [es-419]: "
        "es-419.yaml gives 1 string(s) of en.yaml's 27; of the other 26, 25 print in Spanish "
        "(es.yaml) and 1 in English until translated, as es.yaml lacks it too: fact_figure"
    ]
    assert (
        f"  hint: translate them for Spanish: `python generate.py strings export --lang es --kit {kit}` "
        "lists them, "
        "marked "
        '"to translate", and es-419 prints es\'s texts; or give es-419.yaml its own (with '
        "--strict this is an error)"
    ) in said.splitlines()


def test_a_regional_files_misspelt_key_is_told_at_it_with_its_parents_text(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    """es-419.yaml's `cta_jion:`: one warning at that key, that cta_join prints es.yaml's
    text (es.yaml gives it), and no `strings.unused`; the count of the chain's warning
    leaves it out of the strings es-419.yaml gives, and says it is told at its key."""
    misspelt = LATAM.replace("  cta_join:", "  cta_jion:")
    kit = _with(
        kit_copy, "es-419", misspelt, **{"materials/strings/es.yaml": _without_fact_figure(root)}
    )
    code, said = cli("check", "--kit", kit, "--lang", "es-419", "--only", "poster-a3")
    assert code == 0, said
    told = [line for line in said.splitlines() if "strings." in line]
    latam = kit / "materials/strings/es-419.yaml"
    assert told == [
        f"{latam}:1:1: warning[strings.missing]: [es-419]: es-419.yaml gives 0 string(s) of "
        "en.yaml's 27; of the other 26 (1 more misspelt, told at their keys), 25 print in "
        "Spanish (es.yaml) and 1 in English until translated, as es.yaml lacks it too: "
        "fact_figure",
        f"{latam}:5:3: warning[strings.missing]: [es-419]: string 'cta_jion' is not in "
        "en.yaml, and es-419.yaml lacks its 'cta_join': that one prints in Spanish, and this "
        "text nowhere",
    ]


def test_a_jobs_fingerprint_takes_the_parents_texts(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    kit = _with(kit_copy, "es-419", LATAM)
    before = load_kit(kit)
    latam = before.languages["es-419"]
    used = ["theme", "cta_join"]
    digest = strings_digest(before, latam, used)
    assert "materials/strings/es.yaml" in Fingerprints(before, "test").inputs(
        before.layouts["poster-a3"], latam, []
    )
    es = kit / "materials" / "strings" / "es.yaml"
    said = es.read_text(encoding="utf-8")
    old = "No dejar a ningún niño atrás en la lucha contra la trata de personas"
    es.write_text(said.replace(old, "Que ningún niño quede atrás"), encoding="utf-8")
    after = load_kit(kit)
    assert strings_digest(after, after.languages["es-419"], used) != digest
    # a text of es.yaml that es-419 gives itself, or that the job does not set: the same
    es.write_text(said.replace("Únete a la Campaña", "Únase a la Campaña"), encoding="utf-8")
    again = load_kit(kit)
    assert strings_digest(again, again.languages["es-419"], used) == digest


def test_a_script_subtag_never_falls_back_to_another_script(
    kit_copy: Callable[..., Path],
) -> None:
    hant = "language: zh-Hant\nname: Chinese (Traditional)\nstatus: draft\nstrings:\n  cta_join: 加入藍心運動。\n"
    kit = load_kit(_with(kit_copy, "zh-Hant", hant))
    lang = kit.languages["zh-Hant"]
    assert kit.fallbacks(lang) == ()
    content = resolve_kit(kit, lang)
    assert content.strings["theme"].text == kit.languages["en"].strings["theme"].text
    assert "theme" in content.fallbacks
    assert kit.fallbacks(kit.languages["zh"]) == ()


def test_cldr_parents_and_the_parents_hyphenation() -> None:
    assert [cldr_parent(c) for c in ("es-419", "es-MX", "pt-AO", "pt-BR", "ht-HT", "es")] == [
        "es",
        "es-419",
        "pt-PT",
        "pt",
        "ht",
        None,
    ]
    assert dictionary("es-419") == dictionary("es") == "es"


def test_a_regional_file_under_a_broken_parent_is_left_out_with_its_problems(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    es = (root / "materials" / "strings" / "es.yaml").read_text(encoding="utf-8")
    broken = es.replace("status: draft", "status: dreft", 1)
    kit = load_kit(
        _with(kit_copy, "es-419", LATAM, **{"materials/strings/es.yaml": broken}), isolate=True
    )
    assert "es-419" not in kit.languages
    assert "es" not in kit.languages
    assert kit.unreadable["es-419"] == kit.unreadable["es"]
    assert "fr" in kit.languages


def test_what_a_language_prints_and_from_which_file(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    """`Kit.printed`, which the import's summary, the proof sheet and `new language` share:
    its own text, else the nearest parent's, else the source's; by a language or by a code
    the kit has no file for yet (pt-BR, which `new language` is about to write)."""
    kit = load_kit(
        _with(
            kit_copy, "es-419", LATAM, **{"materials/strings/es.yaml": _without_fact_figure(root)}
        )
    )
    latam = kit.languages["es-419"]

    def printed(lang: Language | str, key: str, own_text: bool = True) -> tuple[str, str]:
        found = kit.printed(lang, key, own_text)
        assert found is not None
        return found[0].text, found[1].path.name

    assert printed(latam, "cta_join") == ("Súmate a la Campaña Corazón Azul.", "es-419.yaml")
    assert printed(latam, "cta_title") == ("Qué puedes hacer", "es.yaml")
    assert printed(latam, "fact_figure") == ("1 in 3", "en.yaml")  # es.yaml lacks it too
    # where it lacks the key (a text an import leaves empty): es.yaml's
    assert printed(latam, "cta_join", own_text=False)[1] == "es.yaml"
    assert printed("es-419", "cta_title") == ("Qué puedes hacer", "es.yaml")
    pt = kit.languages["pt"].strings["cta_title"].text
    assert printed("pt-BR", "cta_title") == (pt, "pt.yaml")  # no pt-BR.yaml yet
    assert printed("zh-Hant", "cta_title")[1] == "en.yaml"  # never zh.yaml's (Hans)
    assert kit.printed("es-419", "no_such_key") is None
    assert [p.code for p in kit.fallbacks("pt-BR")] == ["pt"]


def test_a_script_subtags_parent_is_cldrs() -> None:
    """CLDR's root for a script other than the language's likely one (nonlikelyScript);
    Nastaliq (Aran), a style of Arabic's letters, keeps Urdu."""
    codes = ("ur-Aran", "zh-Hant", "sr-Latn", "az-Arab", "zh-Hant-TW", "sr-Cyrl", "zh-TW")
    assert [cldr_parent(c) for c in codes] == ["ur", None, None, None, "zh-Hant", "sr", "zh"]


def test_nastaliq_urdu_prints_urdus_texts_until_it_has_its_own(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`new language ur-Aran`, the code the README offers for Nastaliq, wrote a file whose
    every text printed in English, not in Urdu (a trial)."""
    kit = kit_copy()
    code, said = cli("new", "language", "ur-Aran", "--kit", kit)
    assert code == 0, said
    assert said.splitlines()[1].startswith(
        "until a string is translated, ur-Aran prints ur.yaml's text (Urdu), and en.yaml's "
        "where ur.yaml has none;"
    )
    header = (kit / "materials/strings/ur-Aran.yaml").read_text("utf-8").splitlines()[1]
    assert header.endswith(
        "from en.yaml (ur.yaml's texts print until it has its own): a draft until a"
    )
    loaded = load_kit(kit)
    assert [p.code for p in loaded.fallbacks("ur-Aran")] == ["ur"]
    found = loaded.printed("ur-Aran", "cta_title")
    assert found is not None
    assert (found[0].text, found[1].path.name) == (
        loaded.languages["ur"].strings["cta_title"].text,
        "ur.yaml",
    )
    assert loaded.fallbacks("zh-Hant") == ()  # CLDR's root, not zh (Hans)
    out = tmp_path / "out"
    code, said = cli(
        "build", "--kit", kit, "-o", out, "--lang", "ur-Aran", "--only", "badge-58", "--no-digital"
    )
    assert code == 0, said
    marks = "DRAFT: not reviewed by a native speaker; 2 of 2 texts print in Urdu (ur)"
    assert marks in unescape((out / "index.html").read_text("utf-8"))
    code, said = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, said
    with zipfile.ZipFile(tmp_path / "pkg" / "campaign-print.zip") as z:
        sheet = z.read("JOB-SHEET.txt").decode("utf-8")
    assert "\n  badge-58-ur-Aran.pdf: 2 of 2 texts print in Urdu (ur)\n" in sheet


def test_a_kit_of_other_languages_has_its_own_fallbacks(
    kit_copy: Callable[..., Path], root: Path
) -> None:
    """Kit.fallbacks keeps its answers per kit: a kit made from it with other languages
    (dataclasses.replace, as a build's selection does) answers for its own, whatever the
    first answered."""
    from dataclasses import replace

    kit = load_kit(_with(kit_copy, "es-419", LATAM))
    assert [p.code for p in kit.fallbacks("es-419")] == ["es"]
    assert [p.code for p in kit.fallbacks(kit.languages["es-419"])] == ["es"]
    without = replace(kit, languages={c: x for c, x in kit.languages.items() if c != "es"})
    assert without.fallbacks("es-419") == ()
    assert [p.code for p in kit.fallbacks("es-419")] == ["es"]
