"""The build as jobs: one failing job fails alone, --all-or-nothing, stale files, --jobs."""

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from campaign.cli import main
from campaign.pipeline import renditions
from campaign.preflight import Expect, Report
from tests.kits import cli, mini_copy, out_path

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["--only", "badge-58,flyer-a5", "--png-ppi", "30", "--jobs", "1"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", *args], catch_exceptions=False)
    return result.exit_code, result.output


def tree(folder: Path) -> dict[str, str]:
    """Every file below `folder` and its sha256."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def manifest_paths(out: Path) -> list[str]:
    return [f["path"] for f in json.loads((out / "manifest.json").read_text())["files"]]


def break_french_badge(kit: Path) -> int:
    """Put NKo 'ߒ' (no font has it) into fr's `badge` string; return the text's line."""
    path = kit / "materials/strings/fr.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    i = lines.index("  badge:") + 1
    assert lines[i].startswith("    text: ")
    lines[i] = "    text: Mettons fin ߒ la traite"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return i  # 0-based index of the text line = the 1-based line of `badge:`


@pytest.mark.slow
def test_jobs_1_and_2_give_identical_files_and_manifests(tmp_path: Path) -> None:
    """Two separate processes, one drawing in itself and one in a pool of two workers."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        cmd = [sys.executable, str(ROOT / "generate.py"), "build", "--kit", str(ROOT)]
        cmd += ["-o", str(out), "--lang", "en,ar,hi", *SMALL[:-1], jobs]
        subprocess.run(cmd, check=True, env=env, capture_output=True, cwd=tmp_path)
        outs.append(tree(out))
    # 2 materials x 3 languages x 3 renditions, the two-sided flyer with 2 PNGs, + manifest
    # and index.html
    assert len(outs[0]) == 2 * 3 * 3 + 3 + 2
    assert outs[0] == outs[1]


def test_a_missing_glyph_fails_its_language_only(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    kit, out = kit_copy(), tmp_path / "out"
    assert run("--kit", str(kit), "-o", str(out), "--lang", "fr", *SMALL)[0] == 0
    before = tree(out)
    line = break_french_badge(kit)
    code, text = run("--kit", str(kit), "-o", str(out), "--lang", "en,fr", *SMALL)
    assert code == 1, text
    # at the character, on the text's line (under `badge:`): `    text: Mettons fin ߒ`
    assert (
        f"materials/strings/fr.yaml:{line + 1}:23: error[text.no-glyph]: [fr] 'badge': 'ߒ'" in text
    )
    assert "error[build.job-failed]: badge-58 [fr]: not published" in text
    assert "3 job(s) failed: badge-58 [fr]" in text
    # en's badge and flyer, made for the first time (the flyer two PNGs); none of fr's flyer,
    # which does not show the string that changed (its PDFs were made again while their build
    # hash was of the whole strings file)
    assert "built 2 print PDF(s), 2 digital PDF(s) and 3 PNG(s)" in text
    assert "skipped 3 unchanged job(s)" in text
    after = tree(out)
    for kind in ("print", "digital", "preview"):
        name = out_path("badge-58", "fr", kind)
        assert after[name] == before[name]  # the failed jobs' previous files, untouched
    for name in (
        "badge-58/badge-58-en.pdf",
        "badge-58/badge-58-en-preview.png",
        "flyer-a5/flyer-a5-en.pdf",
        "flyer-a5/flyer-a5-fr.pdf",
    ):
        assert name in after
        assert name in manifest_paths(out)
    assert not list(tmp_path.glob(".out.staging-*")) + list(out.glob(".staging-*"))


def test_a_build_whose_every_job_fails_writes_nothing_into_a_new_folder(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """Every job failed and there was no build there before: no empty manifest and gallery,
    no folder; the summary says nothing was published, and no press note is given for a
    badge that was not made. Into a folder with a build, the same failure keeps its files."""
    kit, out = kit_copy(), tmp_path / "new" / "out"
    break_french_badge(kit)
    args = ["--kit", str(kit), "--lang", "fr", "--only", "badge-58", "--png-ppi", "30"]
    code, text = run(*args, "-o", str(out))
    assert code == 1, text
    *_, summary, count = text.splitlines()
    assert summary.startswith("nothing published (")
    assert summary.endswith(f"): 3 job(s) failed: badge-58 [fr]; {out}/ was not written")
    assert count == "2 error(s)"  # a failed build's last line, as every failed command's
    assert "layout.press-unverified" not in text
    assert not (tmp_path / "new").exists()
    code, text = run(*args, "-o", str(out), "--json")  # the report says it too
    assert code == 1
    assert json.loads(text)["summary"].startswith("nothing published (")
    assert not (tmp_path / "new").exists()
    made = tmp_path / "made"
    made.mkdir()
    code, text = run(*args, "-o", str(made))
    assert code == 1
    assert list(made.iterdir()) == []  # a folder the user made stays, empty


def test_a_missing_glyph_with_all_or_nothing_publishes_nothing(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    kit, out = kit_copy(), tmp_path / "out"
    assert run("--kit", str(kit), "-o", str(out), "--lang", "fr", *SMALL)[0] == 0
    before = tree(out)
    break_french_badge(kit)
    args = ["--kit", str(kit), "-o", str(out), "--lang", "en,fr", *SMALL, "--all-or-nothing"]
    code, text = run(*args)
    assert code == 1, text
    assert "error[text.no-glyph]: [fr] 'badge'" in text
    assert "error[build.not-published]: nothing was published" in text
    assert tree(out) == before


@pytest.fixture
def failing_badge_preflight(monkeypatch: pytest.MonkeyPatch) -> None:
    """Preflight fails every badge's print PDF (and passes everything else)."""
    real = renditions.preflight

    def fake(data: bytes, expect: Expect) -> Report:
        if expect.badge is not None:
            return Report(failures=["injected failure"])
        return real(data, expect)

    monkeypatch.setattr(renditions, "preflight", fake)


@pytest.mark.usefixtures("failing_badge_preflight")
def test_all_or_nothing_keeps_everything_when_a_job_fails_at_publishing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--kit", str(ROOT), "-o", str(out), "--lang", "en", "--only", "badge-58,flyer-a5"]
    assert run(*args, "--png-ppi", "30", "--publish-anyway")[0] == 0
    before = tree(out)
    code, text = run(*args, "--png-ppi", "40", "--jobs", "1", "--all-or-nothing", "--force")
    assert code == 1, text
    assert "error[preflight.fail]: badge-58 [en]: injected failure" in text
    assert "error[build.not-published]: nothing was published" in text
    assert tree(out) == before
    assert not list(tmp_path.glob(".out.staging-*")) + list(out.glob(".staging-*"))


@pytest.mark.usefixtures("failing_badge_preflight")
def test_by_default_a_job_failing_at_publishing_keeps_its_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--kit", str(ROOT), "-o", str(out), "--lang", "en", "--only", "badge-58,flyer-a5"]
    assert run(*args, "--png-ppi", "30", "--jobs", "1", "--publish-anyway")[0] == 0
    before = tree(out)
    code, text = run(*args, "--png-ppi", "40", "--jobs", "1", "--force")  # every job again
    assert code == 1, text
    assert "1 job(s) failed: badge-58 [en]" in text
    after = tree(out)
    badge_pdf, badge_png = "badge-58/badge-58-en.pdf", "badge-58/badge-58-en-preview.png"
    flyer_png = "flyer-a5/flyer-a5-en-preview-front.png"
    assert after[badge_pdf] == before[badge_pdf]  # the failed job's file
    assert after[badge_png] != before[badge_png]  # 40 ppi now
    assert after[flyer_png] != before[flyer_png]
    entry = next(
        f
        for f in json.loads((out / "manifest.json").read_text())["files"]
        if f["path"] == badge_pdf
    )
    assert entry["sha256"] == before[badge_pdf]


def test_stale_files_go_foreign_files_stay(tmp_path: Path, kit_copy: Callable[..., Path]) -> None:
    kit, out = kit_copy(), tmp_path / "out"
    assert run("--kit", str(kit), "-o", str(out), "--lang", "en,fr", *SMALL)[0] == 0
    (out / "notes.txt").write_text("mine")
    (out / "flyer-a5/proof.txt").write_text("mine too")
    (kit / "materials/layouts/flyer-a5.yaml").unlink()
    code, text = run("--kit", str(kit), "-o", str(out), "--lang", "en", "--only", "badge-58")
    assert code == 0, text
    assert "removed 8 stale file(s)" in text  # 2 PDFs and 2 PNGs in en and fr
    assert (
        "removed flyer-a5/flyer-a5-fr-preview-back.png (the kit has no material 'flyer-a5' any "
        "more)" in text
    )
    after = tree(out)
    assert not [p for p in after if p.startswith("flyer-a5/") and p != "flyer-a5/proof.txt"]
    assert after["notes.txt"] == hashlib.sha256(b"mine").hexdigest()
    assert "flyer-a5/proof.txt" in after
    assert "badge-58/badge-58-fr.pdf" in after  # not selected this time, but still in the kit
    assert sorted(manifest_paths(out)) == sorted(p for p in after if p.startswith("badge-58/"))


def test_json_lists_every_job(tmp_path: Path) -> None:
    args = ["build", "--kit", str(ROOT), "-o", str(tmp_path), "--lang", "en,ar", *SMALL, "--json"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ok"] is True
    keys = [
        (j["job"]["material"], j["job"]["language"], j["job"]["rendition"]) for j in report["jobs"]
    ]
    assert keys == [
        (m, lang, r)
        for m in ("badge-58", "flyer-a5")
        for lang in ("en", "ar")
        for r in ("print_pdf", "digital_pdf", "preview_png")
    ]
    assert {j["status"] for j in report["jobs"]} == {"done"}
    assert report["jobs"][0]["files"] == ["badge-58/badge-58-en.pdf"]


def two_pages(kit: Path) -> None:
    """Give the badge a back: the front's ground alone."""
    path = kit / "materials/layouts/badge-58.yaml"
    layout = yaml.safe_load(path.read_text(encoding="utf-8"))
    slots = layout.pop("slots")
    back = {**slots[0], "name": "back-ground"}
    layout["pages"] = [{"name": "front", "slots": slots}, {"name": "back", "slots": [back]}]
    path.write_text(yaml.safe_dump(layout, allow_unicode=True), encoding="utf-8")


def test_png_per_page_and_pages_that_go(tmp_path: Path, kit_copy: Callable[..., Path]) -> None:
    kit, out = kit_copy(), tmp_path / "out"
    original = (kit / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    two_pages(kit)
    args = ["--kit", str(kit), "-o", str(out), "--lang", "en", "--only", "badge-58", "--jobs", "1"]
    code, text = run(*args, "--png-ppi", "20")
    assert code == 0, text
    files = json.loads((out / "manifest.json").read_text())["files"]
    assert [(f["path"], f["page"]) for f in files] == [
        ("badge-58/badge-58-en-digital.pdf", ""),
        ("badge-58/badge-58-en-preview-back.png", "back"),
        ("badge-58/badge-58-en-preview-front.png", "front"),
        ("badge-58/badge-58-en.pdf", ""),
    ]
    assert {f["pages"] for f in files} == {2}
    (kit / "materials/layouts/badge-58.yaml").write_text(original, encoding="utf-8")
    code, text = run(*args, "--png-ppi", "20")
    assert code == 0, text
    assert "removed 2 stale file(s)" in text
    assert sorted(p.name for p in (out / "badge-58").iterdir()) == [
        "badge-58-en-digital.pdf",
        "badge-58-en-preview.png",
        "badge-58-en.pdf",
    ]


def test_strict_fails_the_jobs_with_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = renditions.preflight

    def warn_badges(data: bytes, expect: Expect) -> Report:
        report = real(data, expect)
        if expect.badge is not None:
            report.warnings.append("injected warning")
        return report

    monkeypatch.setattr(renditions, "preflight", warn_badges)
    args = ["--kit", str(ROOT), "--lang", "en", "--only", "badge-58,flyer-a5", "--png-ppi", "20"]
    code, text = run(*args, "-o", str(tmp_path / "lenient"), "--jobs", "1")
    assert code == 0, text
    assert "warning[preflight.warning]: badge-58 [en]: injected warning" in text
    code, text = run(*args, "-o", str(tmp_path / "strict"), "--jobs", "1", "--strict")
    assert code == 1, text
    assert "error[preflight.warning]: badge-58 [en]: injected warning" in text
    assert "1 job(s) failed: badge-58 [en]" in text
    assert (tmp_path / "strict/flyer-a5/flyer-a5-en.pdf").is_file()
    assert not (tmp_path / "strict/badge-58/badge-58-en.pdf").exists()


def test_a_languages_warnings_are_its_builds_only(tmp_path: Path) -> None:
    """Arabic lacks a string: a build of English neither shows that nor, with --strict,
    fails on it; a build of Arabic does both."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("  emblem_alt: قلب أزرق\n", "")})
    args = ("--kit", kit, "--only", "text", "--no-png", "--no-digital")
    code, text = cli("build", *args, "--lang", "en", "-o", tmp_path / "en", "--strict")
    assert code == 0, text
    assert "strings.missing" not in text
    code, text = cli("build", *args, "--lang", "ar", "-o", tmp_path / "ar")
    assert code == 0, text
    assert (
        "warning[strings.missing]: [ar]: ar.yaml lacks 1 string(s) that en.yaml has: emblem_alt;"
        in text
    )
    code, text = cli("build", *args, "--lang", "ar", "-o", tmp_path / "ar", "--strict")
    assert code == 1
    assert "error[strings.missing]: [ar]: ar.yaml lacks 1" in text
    code, text = cli("check", "--kit", kit, "--only", "text", "--lang", "en", "--strict")
    assert (code, "strings.missing" in text) == (0, False), text
    code, text = cli("check", "--kit", kit, "--only", "text", "--lang", "ar")
    assert "warning[strings.missing]: [ar]: ar.yaml lacks 1" in text


def test_language_codes_are_case_insensitive(tmp_path: Path) -> None:
    """BCP 47 tags are case-insensitive: `--lang AR` is the kit's ar (it was 'unknown')."""
    kit = mini_copy(tmp_path / "kit")
    args = ("--kit", kit, "--only", "text", "--no-png", "--no-digital", "-o", tmp_path / "out")
    code, text = cli("build", *args, "--lang", "AR,En")
    assert code == 0, text
    assert sorted(p.name for p in (tmp_path / "out/text").iterdir()) == [
        "text-ar.pdf",
        "text-en.pdf",
    ]


def test_a_language_no_longer_listed_keeps_its_files_with_a_warning_until_pruned(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """fr taken out of campaign.yaml's `languages:` (its strings file still there) kept its
    earlier files without a word: in the manifest, the gallery and the print shop's package.
    A warning names them at the list, and `--prune` removes them; an office's list alike."""
    kit, out = kit_copy(), tmp_path / "out"
    badge = ["--only", "badge-58", "--no-png", "--no-digital", "--jobs", "1"]
    assert run("--kit", str(kit), "-o", str(out), "--lang", "en,fr", *badge)[0] == 0
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert "languages: [en, fr, es," in text
    campaign.write_text(text.replace("languages: [en, fr, es,", "languages: [en, es,"))
    line = text[: text.index("languages: [en, fr")].count("\n") + 1
    code, said = run("--kit", str(kit), "-o", str(out), "--lang", "en", *badge)
    assert code == 0, said
    assert (
        f"{campaign}:{line}:13: warning[build.kept]: {out} keeps 1 file(s) in fr (badge-58) "
        "from an earlier build: fr is not in campaign.yaml's `languages:`, so only a build that "
        "names it (--lang fr, with their materials) makes them again (they stay in the "
        "manifest and the gallery, and `package` sends them)\n"
        "  hint: add fr to `languages:` in campaign.yaml, or build with --lang fr and their "
        "materials, to make them again; or build with --prune to remove them\n"
    ) in said
    # a build that names fr, of another material, keeps fr's badge as --only keeps the
    # rest: no warning (a trial's `build --lang pt-PT --only poster-a3,flyer-a5`)
    other = ["--only", "sticker-50", "--no-png", "--no-digital", "--jobs", "1", "--lang", "fr"]
    code, said = run("--kit", str(kit), "-o", str(out), *other)
    assert code == 0, said
    assert "build.kept" not in said, said
    assert (out / "badge-58/badge-58-fr.pdf").is_file()
    # it says true: a build that names fr makes them again (an office's trial: "no build
    # makes them again", after the very build that had made them with --lang)
    code, said = run("--kit", str(kit), "-o", str(out), "--lang", "en,fr", "--force", *badge)
    assert code == 0, said
    assert "build.kept" not in said
    assert (out / "badge-58/badge-58-fr.pdf").is_file()
    # and with its fr files up to date (skipped, not made again) in a build that makes es:
    # they are the build's own, not kept (a translator's trial: `--lang en,it,es` warned that
    # it kept 1 file in it from an earlier build)
    code, said = run("--kit", str(kit), "-o", str(out), "--lang", "en,fr,es", *badge)
    assert code == 0, said
    assert "2 skipped" in said, said
    assert "build.kept" not in said, said
    code, said = run("--kit", str(kit), "-o", str(out), "--lang", "en", "--prune", *badge)
    assert code == 0, said
    assert "removed badge-58/badge-58-fr.pdf (--prune: campaign.yaml does not list 'fr')" in said
    assert "build.kept" not in said
    assert sorted(manifest_paths(out)) == ["badge-58/badge-58-en.pdf", "badge-58/badge-58-es.pdf"]
    # an office's own list: its file is named
    ny = ["--office", "new-york", "--lang", "en,fr"]
    assert run("--kit", str(kit), "-o", str(out), *ny, *badge)[0] == 0
    office = kit / "materials/offices/new-york.yaml"
    text = office.read_text(encoding="utf-8")
    office.write_text(text.replace("languages: [en, es, fr,", "languages: [en, es,"))
    code, said = run("--kit", str(kit), "-o", str(out), "--office", "new-york", *badge)
    assert code == 0, said
    assert "warning[build.kept]" in said
    assert "1 file(s) in fr of office new-york (badge-58) from an earlier build: fr is not" in said
    assert "new-york.yaml's `languages:`" in said
    assert f"{office}:" in said
