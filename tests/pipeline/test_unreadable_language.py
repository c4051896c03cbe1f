"""A strings file that cannot be read stops its own language only: the build makes the others
and fails that language's jobs with the file's errors (its earlier files kept); `check`,
the translators' commands and merges go on with the other languages. The source language's
file, or an error in any other file, still stops everything."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.kit import load_kit
from campaign.pipeline.kitcache import cached_kit
from tests.kits import NOT_PUBLISHED, cli, mini_copy, out_path, output_tree

# the mini kit's ar.yaml with its `word` opened as a flow sequence and never closed
BROKEN_AR = {"strings/ar.yaml": ("  word: قلب", "  word: [قلب")}
AR_ERROR = (
    "materials/strings/ar.yaml:5:9: error[load.yaml]: this '[' is not closed (the YAML stops "
    "making sense at line 6"
)


def mini_build(kit: Path, out: Path, *args: str) -> tuple[int, str]:
    return cli("build", "--kit", kit, "-o", out, "--only", "text", "--png-ppi", "30", *args)


def shown(text: str, kit: Path) -> str:
    return text.replace(str(kit.resolve()) + "/", "").replace(str(kit) + "/", "")


def test_the_error_is_where_the_file_breaks(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    lines = (kit / "materials/strings/ar.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[4] == "  word: [قلب"  # line 5; the '[' is its 9th character


def test_a_broken_strings_file_fails_its_language_and_keeps_its_files(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    assert mini_build(kit, out, "--jobs", "1")[0] == 0
    before = output_tree(out)
    mini_copy(tmp_path / "broken", BROKEN_AR)
    broken = tmp_path / "broken" / "materials/strings/ar.yaml"
    (kit / "materials/strings/ar.yaml").write_bytes(broken.read_bytes())
    # the English text changes too: its files are made again, the Arabic ones are not
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("Heart", "Hearts"), encoding="utf-8")
    code, text = mini_build(kit, out, "--jobs", "1")
    text = shown(text, kit)
    assert code == 1, text
    assert text.count(AR_ERROR) == 1, text  # once, not once per job
    assert "error[build.job-failed]: text [ar]: not published: print_pdf, digital_pdf, " in text
    assert "3 job(s) failed: text [ar]" in text
    assert "built 1 print PDF(s), 1 digital PDF(s) and 1 PNG(s)" in text
    after = output_tree(out)
    for kind in ("print", "digital", "preview"):
        name = out_path("text", "ar", kind)
        assert after[name] == before[name]  # kept as they were, and still listed
        assert after[out_path("text", "en", kind)] != before[out_path("text", "en", kind)]
    listed = {f["path"] for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert {out_path("text", "ar", k) for k in ("print", "digital", "preview")} <= listed


def test_two_workers_fail_it_alike(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    code, text = mini_build(kit, tmp_path / "out", "--jobs", "2")
    assert code == 1
    assert shown(text, kit).count(AR_ERROR) == 1
    assert "3 job(s) failed: text [ar]" in text


def test_all_or_nothing_publishes_nothing(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit", BROKEN_AR), tmp_path / "out"
    code, text = mini_build(kit, out, "--all-or-nothing")
    assert code == 1
    assert AR_ERROR in shown(text, kit)
    assert NOT_PUBLISHED in text
    assert not out.exists()


def test_a_build_of_other_languages_does_not_mention_it(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    code, text = mini_build(kit, tmp_path / "out", "--lang", "en", "--strict")
    assert code == 0, text
    assert "ar.yaml" not in text
    code, text = mini_build(kit, tmp_path / "out2", "--lang", "ar")
    assert code == 1
    assert AR_ERROR in shown(text, kit)


def test_a_schema_error_is_its_languages_too(tmp_path: Path) -> None:
    """A file that parses but has a wrong value: the language is read, and still left out."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("status: draft", "status: done")})
    code, text = mini_build(kit, tmp_path / "out")
    text = shown(text, kit)
    assert code == 1
    assert (
        "materials/strings/ar.yaml:3:9: error[schema.choice]: 'status' in ar.yaml must be one of"
        in text
    )
    assert "3 job(s) failed: text [ar]" in text
    assert (tmp_path / "out" / out_path("text", "en")).is_file()


def test_the_source_languages_file_stops_everything(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("  word: ", "  word: [")})
    out = tmp_path / "out"
    code, text = mini_build(kit, out)
    assert code == 1
    assert "materials/strings/en.yaml:" in shown(text, kit)
    assert "error[load.yaml]" in text
    assert not out.exists()


def test_an_error_elsewhere_stops_everything_and_both_are_named(tmp_path: Path) -> None:
    edits = {**BROKEN_AR, "campaign.yaml": ("year: 2024", "year: twenty")}
    kit, out = mini_copy(tmp_path / "kit", edits), tmp_path / "out"
    code, text = mini_build(kit, out)
    text = shown(text, kit)
    assert code == 1
    assert AR_ERROR in text
    assert "materials/campaign.yaml:6:7: error[" in text, text
    assert not out.exists()


def test_check_lays_out_the_others_and_names_the_file(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    code, text = cli("check", "--kit", kit, "--lang", "en")
    assert code == 0, text
    code, text = cli("check", "--kit", kit)
    assert code == 1
    assert AR_ERROR in shown(text, kit)


def test_the_kit_keeps_the_files_problems(tmp_path: Path, own_cache: Path) -> None:
    """load_kit's `isolate`; without it, and from the cache of the isolated kit, the kit does
    not load (preview server, tools): a kit read with isolate is never taken for a whole one."""
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    isolated = cached_kit(kit, isolate=True)
    assert "en" in isolated.languages
    assert "ar" not in isolated.languages
    assert [d.code for d in isolated.unreadable["ar"]] == ["load.yaml"]
    assert isolated.language_code("AR") == "ar"
    with pytest.raises(DiagnosticsError) as raised:
        isolated.readable("ar")
    assert raised.value.diagnostics == list(isolated.unreadable["ar"])
    isolated.readable("en")  # no error
    for whole in (lambda: cached_kit(kit), lambda: load_kit(kit)):
        with pytest.raises(DiagnosticsError) as raised:
            whole()
        assert [d.code for d in raised.value.diagnostics] == ["load.yaml"]


def test_translators_commands_of_other_languages_work(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    code, text = cli("strings", "export", "--lang", "fr", "--kit", kit, "-o", tmp_path / "fr.po")
    assert code == 0, text
    for args in (
        ("strings", "export", "--lang", "ar", "-o", tmp_path / "ar.po"),
        ("strings", "proof", "--lang", "ar", "-o", tmp_path / "ar.pdf"),
        ("strings", "import", tmp_path / "fr.po", "--lang", "ar"),
    ):
        code, text = cli(*args, "--kit", kit)
        assert code == 1, args
        assert AR_ERROR in shown(text, kit), args
    assert not (tmp_path / "ar.po").exists()
    assert not (tmp_path / "ar.pdf").exists()
    assert "[قلب" in (kit / "materials/strings/ar.yaml").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_merge_makes_a_rows_other_languages(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    kit = kit_copy()
    fr = kit / "materials/strings/fr.yaml"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(text.replace("language: fr", "language: fr\nstrings: ["), encoding="utf-8")
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,title_fr,date,time,venue,organiser,contact\n"
        'walk,"en, fr",Walk,Marche,2026-07-30,08:00,Park,Group,+41 22 917 1234\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, said = cli(
        "merge",
        "event-flyer-a5",
        data,
        "--kit",
        kit,
        "-o",
        out,
        "--no-png",
        "--no-digital",
        "--jobs",
        "1",
    )
    said = shown(said, kit)
    assert code == 1
    assert "materials/strings/fr.yaml:" in said
    assert "error[load.yaml]" in said
    assert "error[build.job-failed]: event-flyer-a5 / walk [fr]: not published: print_pdf" in said
    assert "title_fr" not in said  # a column of a language the kit has, not "the kit lacks"
    assert (out / "event-flyer-a5" / "event-flyer-a5-en-walk.pdf").is_file()
    assert not (out / "event-flyer-a5" / "event-flyer-a5-fr-walk.pdf").exists()


# ---- found by a review of the change: each was wrong before its fix ---------------------------


def test_a_file_naming_another_language_leaves_that_language_alone(tmp_path: Path) -> None:
    """A copy of en.yaml saved as fr.yaml with `language: en` left in: the languages were
    kept by their `language:`, so the copy replaced English (its badge printed the copy's
    text) and both `check` and `build` said ok."""
    kit = mini_copy(tmp_path / "kit")
    en = (kit / "materials/strings/en.yaml").read_text(encoding="utf-8")
    (kit / "materials/strings/fr.yaml").write_text(en.replace("Heart", "Coeur"), "utf-8")
    out = tmp_path / "out"
    code, text = mini_build(kit, out, "--lang", "en")
    assert code == 0, text
    shown_text = pdf_text(out / out_path("text", "en"))
    assert "Heart" in shown_text
    assert "Coeur" not in shown_text
    code, text = cli("check", "--kit", kit)
    assert code == 1
    assert (
        "materials/strings/fr.yaml:1:11: error[schema.value]: language 'en' does not match the "
        "file name 'fr.yaml'"
    ) in shown(text, kit)


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_a_broken_file_of_a_language_no_build_makes_is_still_named(tmp_path: Path) -> None:
    """de.yaml, not in campaign.yaml's `languages:`: `check` said ok and a build said
    nothing. Now `check` fails on it, and a build of the kit's languages warns."""
    kit = mini_copy(tmp_path / "kit")
    ar = (kit / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    de = ar.replace("language: ar", "language: de").replace("status: draft", "status: done")
    (kit / "materials/strings/de.yaml").write_text(de, "utf-8")
    error = "materials/strings/de.yaml:3:9: error[schema.choice]: 'status' in de.yaml"
    code, text = cli("check", "--kit", kit)
    assert code == 1
    assert error in shown(text, kit)
    code, text = cli("check", "--kit", kit, "--lang", "en,ar")
    assert code == 0, text
    code, text = mini_build(kit, tmp_path / "out")
    assert code == 0, text
    assert error.replace("error[", "warning[") in shown(text, kit)
    code, text = mini_build(kit, tmp_path / "out2", "--strict")
    assert code == 1
    assert error in shown(text, kit)


def test_strict_names_the_broken_file_beside_the_warnings(tmp_path: Path) -> None:
    """--strict stopped on the other warnings without a word of the broken file."""
    edits = {**BROKEN_AR, "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, fr]")}
    kit = mini_copy(tmp_path / "kit", edits)
    en = (kit / "materials/strings/en.yaml").read_text(encoding="utf-8")
    fr = en.replace("language: en", "language: fr") + "  extra: Rien\n"
    (kit / "materials/strings/fr.yaml").write_text(fr, "utf-8")
    code, text = mini_build(kit, tmp_path / "out", "--strict")
    text = shown(text, kit)
    assert code == 1
    assert AR_ERROR in text
    assert "materials/strings/fr.yaml:7:3: error[strings.unused]" in text, text


def test_check_strict_makes_the_warnings_beside_the_broken_file_errors(tmp_path: Path) -> None:
    """`check --strict` with a broken file listed the other problems as warnings, though
    --strict makes them errors (and does when they stand alone); the count said so too."""
    edits = {**BROKEN_AR, "campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, fr]")}
    kit = mini_copy(tmp_path / "kit", edits)
    en = (kit / "materials/strings/en.yaml").read_text(encoding="utf-8")
    fr = en.replace("language: en", "language: fr") + "  extra: Rien\n"
    (kit / "materials/strings/fr.yaml").write_text(fr, "utf-8")
    code, text = cli("check", "--kit", kit)
    assert code == 1
    assert "materials/strings/fr.yaml:7:3: warning[strings.unused]" in shown(text, kit)
    code, text = cli("check", "--kit", kit, "--strict")
    text = shown(text, kit)
    assert code == 1
    assert AR_ERROR in text
    assert "materials/strings/fr.yaml:7:3: error[strings.unused]" in text, text
    assert "warning[" not in text
    # fr.yaml is en.yaml's copy: its texts are English still (strings.untranslated)
    assert "materials/strings/fr.yaml:5:3: error[strings.untranslated]" in text, text
    assert text.splitlines()[-1] == "3 error(s)"
    code, text = cli("check", "--kit", kit, "--strict", "--json")
    assert {d["severity"] for d in json.loads(text)["diagnostics"]} == {"error"}


def test_a_regional_file_is_not_made_a_language_beside_the_broken_one(tmp_path: Path) -> None:
    """`Language: ar_EG` without exported-text tags: refused on a kit whose ar.yaml reads
    ("the kit has 'ar'"), but made a new ar-EG.yaml beside a broken ar.yaml."""
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    po = tmp_path / "ar_EG.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ar_EG\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"'
        '\n\nmsgctxt "word"\nmsgid "Heart"\nmsgstr "قلب"\n',
        encoding="utf-8",
    )
    code, text = cli("strings", "import", po, "--kit", kit)
    assert code == 1, text
    assert "names 'ar-EG', a language the kit does not have; the kit has 'ar'" in text
    assert not (kit / "materials/strings/ar-EG.yaml").exists()
    code, text = cli("strings", "import", po, "--kit", kit, "--lang", "ar")
    assert code == 1
    assert AR_ERROR in shown(text, kit)


def test_new_language_of_a_broken_file_names_its_errors(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    code, text = cli("new", "language", "ar", "--kit", kit)
    assert code == 1
    assert AR_ERROR in shown(text, kit)
    assert "already has" not in text


def test_a_linked_strings_file_inside_the_kit_is_isolated_too(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_AR)
    shared = kit / "materials/shared"
    shared.mkdir()
    (kit / "materials/strings/ar.yaml").rename(shared / "ar.yaml")
    (kit / "materials/strings/ar.yaml").symlink_to("../shared/ar.yaml")
    code, text = mini_build(kit, tmp_path / "out")
    assert code == 1
    assert "3 job(s) failed: text [ar]" in text
    assert (tmp_path / "out" / out_path("text", "en")).is_file()


def test_a_link_to_a_file_that_is_gone_is_named(tmp_path: Path) -> None:
    """It stopped the build with an internal error (the kit's digests read every file)."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/layouts/gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    code, text = mini_build(kit, tmp_path / "out")
    assert code == 1
    assert (
        f"materials/layouts/gone.yaml: error[load.read]: this file is a link to "
        f"{tmp_path / 'nowhere.yaml'}, which does not exist; it was not read"
    ) in shown(text, kit), text
    assert "build.internal" not in text


def test_an_export_in_capitals_is_the_kits_language(tmp_path: Path) -> None:
    """`--lang AR` wrote an "AR" export with every text empty."""
    kit = mini_copy(tmp_path / "kit")
    code, text = cli("strings", "export", "--lang", "AR", "--kit", kit, "-o", tmp_path / "x.po")
    assert code == 0, text
    assert 'msgstr "قلب"' in (tmp_path / "x.po").read_text(encoding="utf-8")


def test_package_and_sheet_say_which_files_are_earlier_ones(tmp_path: Path) -> None:
    from campaign.cli.report import unreadable_warning

    root = mini_copy(tmp_path / "kit", BROKEN_AR)
    kit = cached_kit(root, isolate=True)
    found = unreadable_warning(kit)
    assert found is not None
    # a warning with its code, at the file (it was a "warning: " line counted as a note)
    assert found.render() == (
        f"{root / 'materials/strings/ar.yaml'}: warning[strings.unreadable]: the strings "
        "file(s) ar.yaml cannot be read now: the ar files used are those of the last build "
        "that made them\n"
        "  hint: `python generate.py check` says why; mend the file, then build those "
        "languages again"
    )
    assert unreadable_warning(kit, ["en"]) is None
