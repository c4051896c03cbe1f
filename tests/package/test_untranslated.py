"""`package.untranslated`: files whose texts print in another language than their own, as the
build recorded them (each manifest entry's `texts`), said by the package's warning, the job
sheet (txt, csv, xlsx), the contact sheet's tiles and the index. An office's trial: Hausa,
added with `new language ha` and not translated, went to the print shop as "ha (Hausa),
draft" posters that were all in English, the package printing only its "wrote" lines."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest

from campaign.output import OutputFile
from tests.kits import before_summary, cli, without_two_french_strings

OFFICE = "name: West Africa\nlanguages: [en, fr, ha, pt-BR]\npaper: iso\n"
ARGS = ("--office", "wa", "--only", "poster-a4", "--no-digital", "--no-png")
HA = "not translated: prints in English (11 of 11 texts)"
FR = "2 of 11 texts print in English"
PT_BR = "11 of 11 texts print in Portuguese (pt)"


@pytest.fixture(scope="module")
def built(module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The office's poster-a4 in en (its own), fr (two strings missing), ha (a new language,
    none translated) and pt-BR (a new regional language: pt.yaml's texts), packaged."""
    kit = module_kit_copy(**{"materials/offices/wa.yaml": OFFICE})
    without_two_french_strings(kit)
    for code in ("ha", "pt-BR"):
        assert cli("new", "language", code, "--kit", kit)[0] == 0
    out = tmp_path_factory.mktemp("untranslated") / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    pkg = out.parent / "pkg"
    code, said = cli("package", "--kit", kit, "--from", out, "-o", pkg)
    assert code == 0, said
    return {"kit": kit, "out": out, "pkg": pkg, "said": said}


def test_the_build_records_what_prints_in_another_language(built: dict) -> None:
    files = json.loads((built["out"] / "manifest.json").read_text("utf-8"))["files"]
    texts = {f["language"]: f["extra"].get("texts") for f in files}
    assert texts == {
        "en": None,
        "fr": {"of": 11, "printed": {"en": 2}},
        "ha": {"of": 11, "printed": {"en": 11}},
        "pt-BR": {"of": 11, "printed": {"pt": 11}},
    }


def test_the_package_warns_naming_each_file_and_what_it_prints(built: dict) -> None:
    kit = built["kit"]
    assert before_summary(built["said"]).endswith(
        "warning[package.untranslated]: 3 PDF(s) print texts in another language than their "
        "own (fr, ha, pt-BR): "
        f"poster-a4-fr-wa.pdf ({FR}); poster-a4-ha-wa.pdf ({HA}); "
        f"poster-a4-pt-BR-wa.pdf ({PT_BR}); their job sheet rows and contact-sheet tiles say so\n"
        f"  hint: have them translated (`python generate.py strings export --lang fr --kit {kit}` "
        "and likewise for ha, pt-BR, then `strings import`) and build again; or tell the print "
        "shop what the files print\n"
        "1 warning(s), 2 note(s)\n"  # package.no-contact and package.no-previews (--no-png)
    )


def test_strict_makes_it_an_error(built: dict, tmp_path: Path) -> None:
    code, text = cli(
        "package", "--kit", built["kit"], "--from", built["out"], "-o", tmp_path / "p", "--strict"
    )
    assert code == 1
    assert "error[package.untranslated]: 3 PDF(s) print texts" in text
    assert not (tmp_path / "p").exists()


def _member(built: dict, name: str) -> bytes:
    with zipfile.ZipFile(built["pkg"] / "wa-print.zip") as z:
        return z.read(name)


def test_the_job_sheets_say_it_per_file(built: dict) -> None:
    txt = _member(built, "JOB-SHEET.txt").decode("utf-8")
    assert (
        "NOT IN THEIR OWN LANGUAGE: these files print texts of another language:\n"
        f"  poster-a4-fr-wa.pdf: {FR}\n"
        f"  poster-a4-ha-wa.pdf: {HA}\n"
        f"  poster-a4-pt-BR-wa.pdf: {PT_BR}\n\n"
    ) in txt
    assert "\n  poster-a4, ha (Hausa), draft, " + HA + "\n" in txt
    assert "\n  poster-a4, fr (French), draft, " + FR + "\n" in txt
    assert "\n  poster-a4, en (English), reviewed\n" in txt
    rows = csv.DictReader(io.StringIO(_member(built, "JOB-SHEET.csv").decode("utf-8-sig")))
    assert {r["file"]: r["translation"] for r in rows} == {
        "poster-a4-en-wa.pdf": "",
        "poster-a4-fr-wa.pdf": FR,
        "poster-a4-ha-wa.pdf": HA,
        "poster-a4-pt-BR-wa.pdf": PT_BR,
    }
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(_member(built, "JOB-SHEET.xlsx"))).active
    assert sheet is not None
    head = [c.value for c in sheet[1]]
    values = {
        r[0]: r[head.index("translation")] for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert values == {
        "poster-a4-en-wa.pdf": None,
        "poster-a4-fr-wa.pdf": FR,
        "poster-a4-ha-wa.pdf": HA,
        "poster-a4-pt-BR-wa.pdf": PT_BR,
    }


def _file(language: str, texts: object) -> OutputFile:
    extra = {} if texts is None else {"texts": texts}
    return OutputFile(
        f"poster-a4/poster-a4-{language}.png", "poster-a4", language, "png", "screen",
        (210.0, 297.0), 1, "0" * 64, 1, None, extra,
    )  # fmt: skip


def test_the_contact_sheet_band_says_it(built: dict) -> None:
    from campaign.kit import load_kit
    from campaign.package.contact import band_label
    from campaign.package.plan import Entry

    kit = load_kit(built["kit"])

    def band(language: str, texts: object) -> str:
        return band_label(kit, Entry(_file(language, texts), "", ""))

    assert band("ha", {"of": 11, "printed": {"en": 11}}) == "NOT TRANSLATED: ENGLISH"
    assert band("fr", {"of": 11, "printed": {"en": 2}}) == "2/11 TEXTS IN ENGLISH"
    assert band("pt-BR", {"of": 11, "printed": {"pt": 11}}) == "11/11 TEXTS IN PT"
    assert band("pt-BR", {"of": 11, "printed": {"pt": 9, "en": 2}}) == "11/11 TEXTS IN EN, PT"
    assert band("fr", None) == "DRAFT \u2013 NOT REVIEWED"  # a build that did not record it
    assert band("en", None) == ""  # reviewed: the status line says so


def test_a_regional_language_with_some_source_texts_names_both() -> None:
    from campaign.kit import load_kit
    from campaign.package.jobsheet import translation
    from tests.kits import ROOT

    kit = load_kit(ROOT)
    f = _file("pt-BR", {"of": 11, "printed": {"en": 2, "pt": 9}})
    assert translation(kit, f) == "9 of 11 texts print in Portuguese (pt), 2 in English"
    assert translation(kit, _file("fr", {"of": 1, "printed": {"en": 1}})) == (
        "not translated: prints in English (1 of 1 texts)"
    )
    assert translation(kit, _file("fr", {"of": 11, "printed": {}})) == ""


def test_the_build_s_gallery_marks_drafts_and_texts_in_another_language(built: dict) -> None:
    """A user's trial: the gallery (index.html) showed a regional language printing its
    parent's texts, and draft translations, with nothing to tell them from a reviewed page.
    Each document says so above its images, in the words of the job sheet."""
    page = (built["out"] / "index.html").read_text("utf-8")
    found = re.findall(
        r'<article data-office="wa" data-material="poster-a4" data-lang="([^"]+)">'
        r"<h2>.*?</h2>(.*?)</article>",
        page,
    )
    marks = {
        lang: [unescape(m) for m in re.findall(r'<p class="marks">(.*?)</p>', body)]
        for lang, body in found
    }
    draft = "DRAFT: not reviewed by a native speaker"
    assert marks == {
        "en": [],  # reviewed, and every text its own
        "fr": [f"{draft}; {FR}"],
        "ha": [f"{draft}; {HA}"],
        "pt-BR": [f"{draft}; {PT_BR}"],
    }, page
