"""`--json` on the commands a user scripts after a build: `package` and `manifest merge` print
one JSON object on standard output, with the keys of their failure reports, the diagnostics
as objects (code, severity, file, line, column, message, hints) and the exit codes of
their text reports (the mini kit: a badge in en and ar). `build` and `check` carry each of
their notes in `diagnostics`, as their text prints them (the stock kit, with an office)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from campaign.cli import main
from campaign.cli.report import BUILD_KEYS, documents, emit_failure
from campaign.pipeline.jobs import JobKey, JobResult, Status

from ..kits import ROOT, build, cli, mini_copy

PACKAGE_KEYS = ["command", "ok", "summary", "counts", "written", "removed", "diagnostics", "notes"]
JOIN_KEYS = ["command", "ok", "summary", "counts", "manifest", "diagnostics", "notes"]
SMALL = ("--only", "badge", "--png-ppi", "10", "--jobs", "1")
SCHEMA = json.loads((ROOT / "schemas/report.schema.json").read_text(encoding="utf-8"))
NONE = {"made": 0, "kept": 0, "failed": 0, "errors": 0, "warnings": 0, "notes": 0}


def report(*args: str | Path) -> tuple[int, dict[str, object]]:
    """(exit code, the JSON object standard output holds: all of it, nothing else), which
    schemas/report.schema.json validates."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    return result.exit_code, doc


def test_package_json_is_its_report_and_its_warnings_as_objects(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", *SMALL)
    code, doc = report("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--json")
    assert code == 0
    assert list(doc) == PACKAGE_KEYS
    assert (doc["command"], doc["ok"]) == ("package", True)
    campaign = kit / "materials/campaign.yaml"
    no_contact = {  # the mini kit gives no contact: a note, as its job sheet says
        "severity": "note",
        "code": "package.no-contact",
        "message": "campaign: the job sheet names no one to ask about the job: "
        f"{campaign} has no e-mail or website (`email:` and `website:` under `fields:` are "
        "empty or missing)",
        "file": str(campaign),
        "line": 5,
        "column": 1,
        "hints": [
            "give the print shop an address: fill `email:` (and `website:`) under `fields:` in "
            f"{campaign} (they print on the campaign's materials that show them, and on every "
            "office's that gives none of its own), or package an office's build (`build "
            "--office ID`), whose file gives its own, then build again (the materials that show "
            "them are made again) and package"
        ],
        "subject": {},
    }
    said = f"packaged 6 file(s) of {out} for 1 group(s): 4 file(s) in {tmp_path / 'p'}/ ("
    assert str(doc["summary"]).startswith(said)
    products = ("contact-sheet.png", "index.pdf", "print.zip", "screen.zip")
    assert doc["written"] == [str(tmp_path / "p" / f"campaign-{name}") for name in products]
    assert (doc["removed"], doc["notes"]) == ([], [])
    # the mini kit gives no contact: a note of severity note, as the job sheet says
    assert doc["diagnostics"] == [no_contact]
    assert doc["counts"] == {**NONE, "made": 4, "notes": 1}  # the files it wrote
    campaign = kit / "materials/campaign.yaml"  # the kit changes after the build (a colour:
    # a comment is none): an error, a warning with --allow-outdated
    navy = campaign.read_text(encoding="utf-8").replace('"#000080"', '"#000081"')
    campaign.write_text(navy, encoding="utf-8")
    outdated = {
        "severity": "warning",
        "code": "package.outdated",
        "message": f"the kit changed since {out}'s last build (materials/campaign.yaml): 6 of "
        "its 6 files were made from it as it was (badge-ar-digital.pdf, "
        "badge-ar-preview.png, badge-ar.pdf and 3 more)",
        "file": str(out / "manifest.json"),
        "line": None,
        "column": None,
        "hints": [
            "build again with the command that made the folder (python generate.py build "
            f"--only badge --png-ppi 10 -o {out} --kit {kit}) before sending the package"
        ],
        "subject": {},
    }
    allow = "--allow-outdated"
    code, doc = report(
        "package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--json", allow
    )
    assert (code, doc["ok"], doc["diagnostics"]) == (0, True, [no_contact, outdated])
    assert doc["counts"] == {**NONE, "made": 4, "warnings": 1, "notes": 1}
    # --strict: exit code 1, the same keys, the warning an error, nothing written (it stops
    # before the job sheets: no note of them)
    args = ("package", "--kit", kit, "--from", out, "-o", tmp_path / "p2", "--json")
    code, doc = report(*args, allow, "--strict")
    assert (code, doc["diagnostics"]) == (1, [{**outdated, "severity": "error"}])
    # without --allow-outdated: the same
    code, doc = report(*args)
    assert code == 1
    assert list(doc) == PACKAGE_KEYS
    assert (doc["ok"], doc["summary"], doc["written"]) == (False, "1 error(s)", [])
    assert doc["counts"] == {**NONE, "errors": 1}
    hints = ["or pass --allow-outdated to pack them as they are"]
    assert doc["diagnostics"] == [
        {**outdated, "severity": "error", "hints": [*outdated["hints"], *hints]}
    ]
    assert not (tmp_path / "p2").exists()


def test_manifest_merge_json_is_its_report_and_a_missing_shard_a_warning(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    shards = [build(kit, tmp_path / f"s{k}", *SMALL, "--shard", f"{k}/2") for k in (1, 2)]
    joined = tmp_path / "joined"
    code, doc = report("manifest", "merge", "--kit", kit, *shards, "-o", joined, "--json")
    assert code == 0
    assert doc == {
        "command": "manifest merge",
        "ok": True,
        "summary": f"joined 2 shard(s): 6 file(s), 6 copied, the whole build's stamp; "
        f"manifest: {joined}/manifest.json",
        "counts": {**NONE, "made": 6},
        "manifest": str(joined / "manifest.json"),
        "diagnostics": [],
        "notes": [],
    }
    partial = {
        "severity": "warning",
        "code": "manifest.partial",
        "message": "shard(s) 2/2 not given: their documents are not in the joined folder, and "
        "its manifest has no build stamp",
        "file": None,
        "line": None,
        "column": None,
        "hints": ["join every shard's folder (an empty shard has one too) for the whole build"],
        "subject": {},
    }
    one = tmp_path / "one"
    code, doc = report("manifest", "merge", "--kit", kit, shards[0], "-o", one, "--json")
    assert (code, doc["ok"], doc["diagnostics"]) == (0, True, [partial])
    assert doc["counts"] == {**NONE, "made": 6, "warnings": 1}  # shard 1's files (all 6)
    code, doc = report(
        "manifest", "merge", "--kit", kit, shards[0], "-o", tmp_path / "no", "--json", "--strict"
    )
    assert code == 1
    assert list(doc) == JOIN_KEYS
    assert (doc["ok"], doc["summary"], doc["manifest"]) == (False, "1 error(s)", None)
    assert doc["counts"] == {**NONE, "errors": 1}
    assert doc["diagnostics"] == [{**partial, "severity": "error"}]
    # joined into the first shard's own folder: its files are kept there, none copied
    code, doc = report("manifest", "merge", "--kit", kit, *shards, "-o", shards[0], "--json")
    assert (code, doc["counts"]) == (0, {**NONE, "kept": 6})


def test_a_builds_counts_are_its_documents_made_kept_and_failed(tmp_path: Path) -> None:
    """A document (a material in a language) is counted once, whatever its renditions: made
    when drawn, kept when every job of it was unchanged, failed when one of its jobs failed;
    its errors, warnings and notes beside them."""
    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "out"
    args = ("build", "--kit", kit, "-o", out, *SMALL, "--json")
    code, doc = report(*args)
    assert code == 0
    assert len(doc["jobs"]) == 6  # print, digital and PNG of the badge in en and ar
    # notes: the badge's press not verified, ar a draft
    assert doc["counts"] == {**NONE, "made": 2, "notes": 2}
    # nothing to do: its build.unread note (the kit's warnings not checked again)
    assert report(*args)[1]["counts"] == {**NONE, "kept": 2, "notes": 1}
    ar = kit / "materials/strings/ar.yaml"  # a letter no font has: ar's jobs fail
    ar.write_text(ar.read_text(encoding="utf-8").replace("word: قلب", "word: \u07d2"), "utf-8")
    code, doc = report(*args)
    assert code == 1
    # errors: the letter's, and the job's (not published)
    assert doc["counts"] == {**NONE, "kept": 1, "failed": 1, "errors": 2, "notes": 1}
    # all or nothing: none published, the failed document counted failed
    code, doc = report(*args, "--all-or-nothing", "--force")
    assert (code, doc["ok"]) == (1, False)
    assert [j["status"] for j in doc["jobs"]] == ["done"] * 3 + ["failed"] * 3  # en's drawn
    codes = ["text.no-glyph", "build.job-failed", "build.not-published"]
    assert [d["code"] for d in doc["diagnostics"]] == codes
    assert doc["counts"] == {**NONE, "failed": 1, "errors": 3}


def job(language: str, rendition: str, status: Status) -> JobResult:
    return JobResult(JobKey("badge", language, rendition), status)


def test_a_document_is_failed_when_one_of_its_jobs_failed_and_made_when_one_was_drawn(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """en: all three drawn; ar: its PDF drawn, its PNG failed; fr: its PDF kept, its PNG
    drawn; de: all kept. In a failed build's report (nothing published) none is made or
    kept: only the failed are counted."""
    jobs = [
        *(job("en", r, "done") for r in ("print_pdf", "digital_pdf", "preview_png")),
        job("ar", "print_pdf", "done"),
        job("ar", "preview_png", "failed"),
        job("fr", "print_pdf", "skipped"),
        job("fr", "preview_png", "done"),
        job("de", "print_pdf", "skipped"),
    ]
    assert documents(jobs) == (2, 1, 1)
    assert documents(reversed(jobs)) == (2, 1, 1)
    failed = [job("es", "print_pdf", "failed"), job("it", "print_pdf", "failed")]
    emit_failure(BUILD_KEYS, "failed", [], [*jobs, *failed])
    assert json.loads(capsys.readouterr().out)["counts"] == {**NONE, "failed": 3}


LABELLED = re.compile(r"(?:note|warning|error|hint)(?:\[[\w.-]+\])?: ")


def labelled(value: object) -> list[str]:
    """Every text in a JSON value that begins as a line printed for a human does: "note: ",
    "warning[code]: "..."""
    if isinstance(value, str):
        return [value] if LABELLED.match(value) else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in labelled(v)]
    if isinstance(value, list):
        return [t for v in value for t in labelled(v)]
    return []


def test_no_text_of_a_json_report_begins_with_a_severity(tmp_path: Path) -> None:
    """A --json report's notes began with "note: ", the label of the line a human reads;
    its severity is the key it is under, as a diagnostic's is its `severity`. Every command
    that has --json, with notes, warnings and errors of each kind it reports."""
    kit = mini_copy(tmp_path / "kit")
    out, p = tmp_path / "out", tmp_path / "p"
    docs = [report("build", "--kit", kit, "-o", out, *SMALL, "--json")[1]]
    # the press's and the draft's, as the text says them: diagnostics of severity note (they
    # were in `notes`, which is empty now), the press at the layout's `badge:`, the draft at
    # its `status:`
    assert [(d["severity"], d["code"], d["message"]) for d in docs[0]["diagnostics"]] == [
        (
            "note",
            "layout.press-unverified",
            "the press of 'badge' (16 mm face, 20 mm cut circle) is not verified: no source "
            "given. Print one badge and check it on your press first.",
        ),
        (
            "note",
            "strings.draft",
            "ar is a draft translation, not reviewed by a native speaker (`status: draft` in "
            "the strings file): have the texts checked before printing, then set `status: "
            "reviewed` (or import the reviewer's signed-off file: a PO with `X-Status: "
            "reviewed`, an XLIFF whose segments are all `final`)",
        ),
    ]
    assert [(d["file"], d["line"]) for d in docs[0]["diagnostics"]] == [
        (str(kit / "materials/layouts/badge.yaml"), 7),  # the badge's own `badge:`
        (str(kit / "materials/strings/ar.yaml"), 3),
    ]
    assert docs[0]["notes"] == []
    assert docs[0]["counts"]["notes"] == 2
    docs.append(report("check", "--kit", kit, "--json")[1])
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(ar.read_text(encoding="utf-8") + "  broken: [\n", encoding="utf-8")
    # without --kit: the build's kit is read (a note), whose ar.yaml cannot be read now
    docs.append(report("package", "--from", out, "-o", p, "--json", "--allow-outdated")[1])
    # the build's kit taken: a note at the stamp's kit_dir; the strings file: a line of notes
    (taken,) = [d for d in docs[-1]["diagnostics"] if d["code"] == "package.build-kit"]
    assert (taken["severity"], taken["file"]) == ("note", str(out / "manifest.json"))
    assert taken["message"] == (
        f"{out} was built with the kit in {kit}: it is read with that kit (--kit to read it "
        "with another)"
    )
    assert docs[-1]["notes"] == []  # every note a diagnostic; the strings file a warning
    (broken,) = [d for d in docs[-1]["diagnostics"] if d["code"] == "strings.unreadable"]
    assert (broken["severity"], broken["file"]) == ("warning", str(ar))
    assert broken["message"].startswith("the strings file(s) ar.yaml cannot be read now")
    docs.append(report("manifest", "merge", "--kit", kit, out, "-o", out, "--json")[1])
    docs.append(report("build", "--kit", kit, "-o", out, *SMALL, "--json", "--strict")[1])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    pdf = out / "badge" / "badge-en.pdf"
    docs.append(report("check", "--pdf", pdf, "--pdf", bad, "--json")[1])
    docs.append(report("package", "--json", "--bogus")[1])
    # the notes are diagnostics: the build's two, check's press, the package's kit taken and
    # its package.no-contact (the mini kit gives no contact), beside its strings.unreadable
    # and package.outdated warnings
    # (check --pdf: its files; its `diagnostics` are the command's own, none here)
    counted = [len(d["files"] if "files" in d else d["diagnostics"]) for d in docs]
    assert counted == [2, 1, 4, 0, 3, 2, 1]
    assert docs[5]["diagnostics"] == []
    assert labelled(docs) == []


# An office of the stock kit whose name is in Latin letters, printed on Arabic pages
ROSEA = """\
name: Rosea Test Office
languages: [en, ar]
fields:
  helpline: "+00 000 000 000"
  email: contact@example.org
  office_name: "UNODC Regional Office, Cairo."
hide: [report_url, website, social]
materials: [flyer-a5, flyer-a6, flyer-b5, flyer-banner, badge-58]
sample: true
"""
A4 = "  a4: {trim: [210, 297], title: Flyer A4}\n"
SIZES = (  # a B5 flyer of the ISO family (no A size) and a banner too big for 150 ppi
    "  b5: {trim: [176, 250], title: Flyer B5}\n"
    "  banner: {trim: [850, 2000], paper: custom, title: Flyer banner}\n"
)
NOTES = re.compile(r"(?:(\S+?)(?::(\d+):(\d+))?: )?(note\[[\w.-]+\]: .*)")  # a note's line
# each note code `build` and `check` report, with the file (in the kit) it is at, or the
# folder (a layout's text: the stock kit's social image in a check of the campaign's); None: none
BUILD_NOTES = {
    "text.short-variant": "materials/layouts/",
    "layout.press-unverified": "materials/presses/58mm.yaml",
    "layout.family-size": "materials/layouts/flyer-a5.yaml",
    "build.preview-ppi": None,
    "strings.draft": "materials/strings/ar.yaml",
    "layout.left-out": "materials/layouts/flyer-a5.yaml",
    "office.script": "materials/offices/rosea.yaml",
}
CHECK_NOTES = {
    **{c: f for c, f in BUILD_NOTES.items() if c not in ("build.preview-ppi", "strings.draft")},
    "layout.unchecked": None,
    "layout.not-made": None,  # the campaign's check in en lays out no size: the banner's warning
}


def notes_told(text: str) -> list[tuple[str | None, int | None, int | None, str, list[str]]]:
    """The notes a command printed for a human, in their order: (file, line, column, the
    line from its severity on, its hints)."""
    blocks: list[tuple[str, list[str]]] = []  # each line but a hint, with the hints under it
    for line in text.splitlines():
        if blocks and line.startswith("  hint: "):
            blocks[-1][1].append(line.removeprefix("  hint: "))
        else:
            blocks.append((line, []))
    found = []
    for line, hints in blocks:
        said = NOTES.match(line)
        if said is not None:
            where, row, col, told = said.groups()
            at = (int(row), int(col)) if row else (None, None)
            found.append((where, *at, told, hints))
    return found


def at_its_place(kit: Path, place: str | None, file: object) -> bool:
    """Whether a note's `file` is `place` in `kit`, a file in it when it ends with "/" (a
    folder), or none when `place` is None."""
    if place is None or file is None:
        return place is file
    if place.endswith("/"):
        return Path(str(file)).parent == kit / place
    return file == str(kit / place)


def test_the_json_reports_of_build_and_check_carry_each_of_their_notes(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Every kind of note `build` and `check` print is in their --json report's
    `diagnostics`, of severity note, with its code, its place (file, line, column: None where
    the text gives none) and its message and hints, in the order the text prints them, before
    the warnings, and counted: drafts, left-out fields and texts printed in another script were
    lines printed as `note: ...`, with no code, left out of `diagnostics` (the stock kit, with
    an office whose name is in Latin letters, a B5 flyer and a flyer banner too big for the
    previews' 150 ppi). `build --quiet` prints none of them."""
    kit = kit_copy(**{"materials/offices/rosea.yaml": ROSEA})
    flyer = kit / "materials/layouts/flyer-a5.yaml"
    text = flyer.read_text(encoding="utf-8")
    assert A4 in text
    flyer.write_text(text.replace(A4, A4 + SIZES), encoding="utf-8")
    office = ("--office", "rosea", "--only", "flyer-a6,flyer-b5,flyer-banner,badge-58")
    run = ("build", "--kit", kit, "-o", tmp_path / "out", *office, "--no-digital", "--jobs", "2")
    runs = {
        "build": (run, BUILD_NOTES),
        "check": (("check", "--kit", kit, *office), CHECK_NOTES),
        "check (the campaign's)": (("check", "--kit", kit, "--lang", "en"), CHECK_NOTES),
    }
    codes: dict[str, set[str]] = {"build": set(), "check": set()}
    for name, (args, places) in runs.items():
        status, told = cli(*args)
        assert status == 0, told
        status, doc = report(*args, *(("--force",) if name == "build" else ()), "--json")
        assert status == 0, doc
        items = doc["diagnostics"]
        assert isinstance(items, list)
        notes = [d for d in items if d["severity"] == "note"]
        assert items[: len(notes)] == notes, items  # the notes first, as the text has them
        counted = doc["counts"]
        assert isinstance(counted, dict)
        assert counted["notes"] == len(notes), doc
        assert doc["notes"] == [], doc
        said = notes_told(told)
        assert len(said) == len(notes), (said, notes)
        for (where, line, column, head, hints), d in zip(said, notes, strict=True):
            assert (where, line, column) == (d["file"], d["line"], d["column"]), (said, d)
            assert head.startswith(f"note[{d['code']}]: "), (head, d)
            assert head.endswith(f": {d['message']}"), (head, d)
            assert hints == d["hints"], (hints, d)
            assert at_its_place(kit, places[d["code"]], d["file"]), d
        found = {str(d["code"]) for d in notes}
        codes[name.split(" ")[0]] |= found
        # an office's notes are of its documents; the sizes not laid out, of the campaign's check
        offices = {"layout.left-out", "office.script"}
        assert (name == "check (the campaign's)") == ("layout.unchecked" in found), found
        assert (name == "check (the campaign's)") == offices.isdisjoint(found), found
    assert codes == {"build": set(BUILD_NOTES), "check": set(CHECK_NOTES)}
    status, told = cli(*run, "--force", "--quiet")
    assert status == 0, told
    assert "note[" not in told, told
    assert "note(s)" not in told, told
