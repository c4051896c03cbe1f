"""`--json` that a CI job or a web form can rely on: every command that has it prints exactly
one JSON object on standard output, of the keys its success has, however it fails (a command
line it cannot read, an output folder under a file, a lock another build holds, a kit folder
missing, SOURCE_DATE_EPOCH refused, an internal error, Ctrl-C, SIGTERM), with the exit code
its text report has, and every report validates against schemas/report.schema.json (the
mini kit: a badge in en and ar; `merge`, the stock kit's event flyer). `strings import
--json` is new: its files written, what became of each text and its diagnostics."""

from __future__ import annotations

import fcntl
import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jsonschema
import polib
import pytest
from click.testing import CliRunner

from campaign.cli import main
from campaign.cli.report import COUNT_KEYS, TEXTS_KEYS, report_keys
from campaign.cli.report_schema import COMMANDS, NAME, REPORTS, report_schema
from campaign.kit.jsonschema import render
from campaign.publishing import Interrupted

from ..kits import ROOT, build, cli, mini_copy

SMALL = ("--only", "badge", "--png-ppi", "10", "--jobs", "1")
NONE = dict.fromkeys(COUNT_KEYS, 0)
NO_TEXTS = {
    "changed": [],
    "unchanged": 0,
    "left_empty": [],
    "fuzzy": [],
    "copied": [],
    "kept": [],
    "notes": [],  # the keys whose translator's note changed
}
SCHEMA = json.loads((ROOT / "schemas" / NAME).read_text(encoding="utf-8"))
BUG = (
    "this is a bug in the kit's code, not in your files: run the command again with --debug "
    "after generate.py for the traceback, and report it"
)
EPOCH = {
    "severity": "error",
    "code": "env.source-date-epoch",
    "message": "SOURCE_DATE_EPOCH is 'soon', not a number of seconds since 1 January 1970 "
    "between 0 and 253,402,300,799 (the year 9999)",
    "file": None,
    "line": None,
    "column": None,
    "hints": ["set it to the output of `date +%s` (or of `git log -1 --format=%ct`), or unset it"],
    "subject": {},
}


def report(
    name: str, *args: str | Path, env: dict[str, str] | None = None
) -> tuple[int, dict[str, object], str]:
    """(exit code, the JSON object standard output holds, standard error) of the command line
    `args`, whose report must be `name`'s of the schema (`$defs`) and have its keys in order."""
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)
    doc = json.loads(result.stdout)  # all of it: one document, nothing else
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    theirs = {"$ref": f"#/$defs/{name}", "$defs": SCHEMA["$defs"]}
    jsonschema.Draft202012Validator(theirs).validate(doc)
    assert list(doc) == list(REPORTS[name][0]), doc
    assert doc["command"] == COMMANDS[name], doc  # each report names its command
    assert list(doc["counts"]) == list(COUNT_KEYS), doc
    return result.exit_code, doc, result.stderr


def failed(doc: dict[str, object], *keep: str) -> dict[str, object]:
    """`doc` without `command` (`report` checks it), `summary`, `diagnostics` and `counts`
    (the failure's own), nor `keep`'s keys: what is left is a failure's empty lists, nulls
    and `ok` false."""
    out = {"command", "summary", "diagnostics", "counts", *keep}
    return {k: v for k, v in doc.items() if k not in out}


def empty(name: str) -> dict[str, object]:
    """What a failed report of `name` has beside its summary, diagnostics and counts."""
    values = {
        "ok": False,
        "jobs": [],
        "removed": [],
        "written": [],
        "manifest": None,
        "texts": NO_TEXTS,
        "files": [],
        "report": [],
        "notes": [],
    }
    return {k: values[k] for k in REPORTS[name][0] if k in values}


def problem(code: str, message: str, *hints: str, file: Path | None = None) -> dict[str, object]:
    return {
        "severity": "error",
        "code": code,
        "message": message,
        "file": None if file is None else str(file),
        "line": None,
        "column": None,
        "hints": list(hints),
        "subject": {},
    }


@contextmanager
def lock_held(out: Path, pid: str = "4242") -> Iterator[None]:
    """Another build's lock on `out` (its flock on out/.build.lock, which names it), as a
    running build holds it: root is refused too, where a read-only folder would not stop it."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".build.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.pwrite(fd, f"{pid} build\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def test_the_committed_report_schema_is_current_and_names_every_reports_keys() -> None:
    assert (ROOT / "schemas" / NAME).read_text(encoding="utf-8") == render(report_schema()), (
        "regenerate: python generate.py schema -o schemas --docs docs/reference"
    )
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    commands = {
        "build": ("build", ()),
        "merge": ("merge", ()),
        "check": ("check", ()),
        "check-report": ("check", ("--report",)),
        "check-pdf": ("check", ("--pdf=x.pdf",)),
        "package": ("package", ()),
        "manifest-merge": ("manifest merge", ()),
        "strings-import": ("strings import", ()),
    }
    assert (
        set(commands) | {"usage"}
        == set(REPORTS)
        == set(SCHEMA["$defs"])
        - {
            "diagnostic",
            "counts",
            "job",
            "texts",
            "pdf-file",
            "fit-row",
        }
    )
    for name, (command, args) in commands.items():
        keys = report_keys(command, args)
        assert keys == REPORTS[name][0], name
        assert SCHEMA["$defs"][name]["required"] == list(keys), name
        assert SCHEMA["$defs"][name]["additionalProperties"] is False, name
        # each names its command, and only it
        assert SCHEMA["$defs"][name]["properties"]["command"]["enum"] == [command], name
    assert SCHEMA["$defs"]["usage"]["required"] == [
        "command",
        "ok",
        "summary",
        "counts",
        "diagnostics",
    ]
    assert SCHEMA["$defs"]["usage"]["properties"]["command"]["enum"] == [
        None,
        "colour",
        "frame",
        "manifest",
        "new",
        "new kit",
        "new language",
        "new office",
        "preview",
        "schema",
        "sheet",
        "strings",
        "strings export",
        "strings proof",
    ]
    assert SCHEMA["$defs"]["texts"]["required"] == list(TEXTS_KEYS)
    diagnostic = ["severity", "code", "message", "file", "line", "column", "hints", "subject"]
    assert SCHEMA["$defs"]["diagnostic"]["required"] == diagnostic
    # a command without --json has no report
    assert report_keys("sheet") is None
    assert report_keys("strings export") is None


def test_build_json_whether_it_succeeds_or_fails_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "out"
    args = ("build", "--kit", kit, *SMALL, "--json")
    code, doc, _ = report("build", *args, "-o", out)
    assert (code, doc["ok"], len(doc["jobs"])) == (0, True, 6)
    # the output folder under a regular file: no chmod, which root goes through
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, doc, err = report("build", *args, "-o", blocker / "out")
    assert (code, err) == (1, "")
    assert failed(doc) == empty("build")
    assert doc["summary"] == "1 error(s)"
    assert doc["counts"] == {**NONE, "errors": 1}
    assert doc["diagnostics"] == [
        problem(
            "build.output",
            f"cannot create the output folder {blocker}/out (not a directory)",
            "move the file that stands where one of its folders should be, or give -o a folder "
            "elsewhere; then run the command again",
        )
    ]
    # another build holds the folder's lock
    with lock_held(out):
        code, doc, err = report("build", *args, "-o", out, "--force")
    assert (code, err) == (1, "")
    assert failed(doc) == empty("build")
    assert doc["diagnostics"] == [
        problem(
            "build.output",
            f"another build is writing to {out}/ (pid 4242); wait for it or use another -o",
            "wait until it ends (the pid above), then run the command again",
        )
    ]
    # a kit folder missing
    code, doc, _ = report("build", "build", "--kit", tmp_path / "none", "-o", out, "--json")
    assert (code, failed(doc)) == (1, empty("build"))
    assert [(d["code"], d["file"]) for d in doc["diagnostics"]] == [("load.no-kit", None)]
    # an option's bad value: click's message, exit code 2, click's text on standard error
    code, doc, err = report("build", *args, "-o", out, "--shard", "4/3")
    assert code == 2
    refused = "Invalid value for '--shard': '4/3' is not K/N with 1 <= K <= N (e.g. 2/8)"
    assert f"Error: {refused}\n" in err
    assert failed(doc) == empty("build")
    assert (doc["summary"], doc["counts"]) == (
        "the command line could not be read",
        {**NONE, "errors": 1},
    )
    assert doc["diagnostics"] == [
        problem(
            "cli.usage",
            refused,
            "the options: python generate.py build --help",
        )
    ]
    # SOURCE_DATE_EPOCH refused before the command runs: it printed text alone
    code, doc, err = report("build", *args, "-o", out, env={"SOURCE_DATE_EPOCH": "soon"})
    assert (code, err) == (1, "")
    assert failed(doc) == empty("build")
    assert (doc["summary"], doc["diagnostics"]) == ("1 error(s)", [EPOCH])
    # an internal error: its line on standard error, its report on standard output, 70
    import campaign.pipeline.api

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(campaign.pipeline.api, "build", broken)
    code, doc, err = report("build", *args, "-o", out)
    said = "build stopped on an internal error (RuntimeError: boom)"
    assert (code, err) == (70, f"error[build.internal]: {said}\n  hint: {BUG}\n")
    assert failed(doc) == empty("build")
    assert doc["summary"] == "stopped on an internal error"
    assert doc["diagnostics"] == [problem("build.internal", said, BUG)]
    # Ctrl-C (130) and SIGTERM (143)
    stopped = (
        "it was stopped from outside (Ctrl-C, or SIGTERM: a timeout, a CI cancel): run it again"
    )
    for exc, status, what in (
        (KeyboardInterrupt(), 130, "interrupted"),
        (Interrupted(signal.SIGTERM), 143, "terminated"),
    ):

        def interrupted(*_: object, exc: BaseException = exc) -> None:
            raise exc

        monkeypatch.setattr(campaign.pipeline.api, "build", interrupted)
        code, doc, err = report("build", *args, "-o", out)
        said = f"{what}; nothing was published; the previous output is unchanged"
        assert (code, err) == (status, f"{said}\n")
        assert failed(doc) == empty("build")
        assert doc["summary"] == said
        assert doc["diagnostics"] == [problem("cli.interrupted", said, stopped)]


def test_check_json_whether_it_succeeds_or_fails_early(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    code, doc, _ = report("check", "check", "--kit", kit, "--json")
    assert (code, doc["ok"]) == (0, True)
    code, doc, _ = report("check-report", "check", "--kit", kit, "--report", "--json")
    assert (code, doc["ok"]) == (0, True)
    assert {r["material"] for r in doc["report"]} == {"badge", "text"}
    missing = ("--kit", tmp_path / "none", "--json")
    for name, more in (("check", ()), ("check-report", ("--report",))):
        # the report of --report has its `report`, empty, when the kit cannot be read
        code, doc, err = report(name, "check", *missing, *more)
        assert (code, err) == (1, "")
        assert failed(doc) == empty(name)
        assert [d["code"] for d in doc["diagnostics"]] == ["load.no-kit"]
        code, doc, _ = report(name, "check", "--kit", kit, "--json", *more, "--max-tac", "abc")
        assert (code, failed(doc)) == (2, empty(name))
        assert [d["code"] for d in doc["diagnostics"]] == ["cli.usage"]
        code, doc, _ = report(name, "check", "--kit", kit, "--json", *more, env=BAD_EPOCH)
        assert (code, failed(doc), doc["diagnostics"]) == (1, empty(name), [EPOCH])
    # check --pdf: its files; a file that is not there, a usage error of its own keys (it
    # had check's others, `notes` and no `files`)
    pdf = build(kit, tmp_path / "out", *SMALL) / "badge" / "badge-en.pdf"
    code, doc, _ = report("check-pdf", "check", "--pdf", pdf, "--json")
    assert (code, doc["ok"], doc["diagnostics"]) == (0, True, [])
    assert [f["file"] for f in doc["files"]] == [str(pdf)]
    gone = tmp_path / "gone.pdf"
    code, doc, err = report("check-pdf", "check", "--pdf", gone, "--json")
    assert code == 2
    assert failed(doc) == empty("check-pdf")
    assert doc["diagnostics"] == [
        problem(
            "cli.usage",
            f"Invalid value for '--pdf': File '{gone}' does not exist.",
            "the options: python generate.py check --help",
        )
    ]
    code, doc, _ = report("check-pdf", "check", f"--pdf={pdf}", "--json", env=BAD_EPOCH)
    assert (code, failed(doc), doc["diagnostics"]) == (1, empty("check-pdf"), [EPOCH])


BAD_EPOCH = {"SOURCE_DATE_EPOCH": "soon"}


def test_package_and_manifest_merge_json_fail_early_with_their_keys(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", *SMALL)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    args = ("package", "--kit", kit, "--from", out, "--json", "--allow-outdated")
    code, doc, _ = report("package", *args, "-o", tmp_path / "p")
    assert (code, doc["ok"], len(doc["written"])) == (0, True, 4)
    code, doc, err = report("package", *args, "-o", blocker / "p")
    assert (code, err, failed(doc)) == (1, "", empty("package"))
    assert [d["code"] for d in doc["diagnostics"]] == ["package.output"]
    assert doc["diagnostics"][0]["message"] == (
        f"cannot write the package into {blocker}/p (Not a directory)"
    )
    with lock_held(out):
        code, doc, err = report("package", *args, "-o", tmp_path / "p2")
    assert (code, err, failed(doc)) == (1, "", empty("package"))
    assert doc["diagnostics"] == [
        problem(
            "package.busy",
            f"a build is writing to {out}/ (pid 4242); package it when the build is done",
            "wait until it ends (the pid above), then run the command again",
        )
    ]
    assert not (tmp_path / "p2").exists()
    code, doc, _ = report("package", *args, "--ordered-only")
    assert (code, failed(doc)) == (2, empty("package"))
    assert [d["code"] for d in doc["diagnostics"]] == ["cli.usage"]
    code, doc, _ = report("package", *args, env=BAD_EPOCH)
    assert (code, failed(doc), doc["diagnostics"]) == (1, empty("package"), [EPOCH])

    join = ("manifest", "merge", "--kit", kit, out, "--json")
    code, doc, _ = report("manifest-merge", *join, "-o", tmp_path / "joined")
    assert (code, doc["ok"], doc["manifest"]) == (0, True, str(tmp_path / "joined/manifest.json"))
    code, doc, err = report("manifest-merge", *join, "-o", blocker / "j")
    assert (code, err, failed(doc)) == (1, "", empty("manifest-merge"))
    assert [d["code"] for d in doc["diagnostics"]] == ["build.output"]
    code, doc, _ = report("manifest-merge", "manifest", "merge", "--json", out)  # no -o
    assert (code, failed(doc)) == (2, empty("manifest-merge"))
    assert doc["diagnostics"][0]["message"] == "Missing option '-o' / '--out'."
    code, doc, _ = report("manifest-merge", *join, "-o", tmp_path / "j2", env=BAD_EPOCH)
    assert (code, failed(doc), doc["diagnostics"]) == (1, empty("manifest-merge"), [EPOCH])


def test_merge_json_whether_it_succeeds_or_fails_early(tmp_path: Path) -> None:
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue\nwalk,en,Walk,2024-07-30,Park\n", encoding="utf-8"
    )
    args = ("--kit", ROOT, "--no-png", "--no-digital", "--json")
    code, doc, _ = report("merge", "merge", "event-flyer-a5", data, *args, "-o", tmp_path / "o")
    assert (code, doc["ok"], [j["status"] for j in doc["jobs"]]) == (0, True, ["done"])
    code, doc, _ = report("merge", "merge", "event-flyer-a5", *args)  # no DATA
    assert (code, failed(doc)) == (2, empty("merge"))
    assert doc["diagnostics"] == [
        problem(
            "cli.usage", "Missing argument 'DATA'.", "the options: python generate.py merge --help"
        )
    ]
    code, doc, _ = report("merge", "merge", "event-flyer-a5", data, *args, "--office", "a,b")
    assert (code, failed(doc)) == (2, empty("merge"))
    assert [d["code"] for d in doc["diagnostics"]] == ["cli.usage"]
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, doc, _ = report("merge", "merge", "event-flyer-a5", data, *args, "-o", blocker / "o")
    assert (code, failed(doc)) == (1, empty("merge"))
    assert [d["code"] for d in doc["diagnostics"]] == ["build.output"]
    code, doc, _ = report("merge", "merge", "event-flyer-a5", data, *args, env=BAD_EPOCH)
    assert (code, failed(doc), doc["diagnostics"]) == (1, empty("merge"), [EPOCH])


def exported(tmp_path: Path) -> tuple[Path, Path]:
    """The mini kit and its ar exported as a PO file."""
    kit = mini_copy(tmp_path / "kit")
    po = tmp_path / "ar.po"
    code, text = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", po)
    assert code == 0, text
    return kit, po


def edit_po(po: Path, word: str | None = None, drop: str | None = None) -> None:
    """The translation of `word` (its msgctxt) in `po`, the entry `drop` taken out."""
    entries = polib.pofile(str(po))
    if word is not None:
        next(e for e in entries if e.msgctxt == "word").msgstr = word
    if drop is not None:
        entries.remove(next(e for e in entries if e.msgctxt == drop))
    entries.save(str(po))


def test_strings_import_json_is_its_files_its_texts_and_its_diagnostics(tmp_path: Path) -> None:
    """The strings file written, the keys changed and the number unchanged, the file's
    `translate.lacking` warning at its line; the text's lines (the kit written into, each key
    changed) are no part of standard output."""
    kit, po = exported(tmp_path)
    ar = kit / "materials/strings/ar.yaml"
    args = ("strings", "import", po, "--kit", kit, "--json")
    code, doc, err = report("strings-import", *args)
    assert (code, err) == (0, "")
    assert doc == {
        "command": "strings import",
        "ok": True,
        "summary": f"{ar} left as it was: 0 text(s) changed, 2 unchanged, 0 left empty in "
        "ar.po; ok: 5 document(s) (5 page(s)) of the ar kit lay out cleanly",
        "counts": NONE,
        "written": [],
        "texts": {**NO_TEXTS, "unchanged": 2},
        "diagnostics": [],
        "notes": [],
    }
    edit_po(po, "قلب أزرق", drop="emblem_alt")
    code, doc, err = report("strings-import", *args)
    assert (code, err) == (0, "")
    lacking = {
        "severity": "warning",
        "code": "translate.lacking",
        "message": "'emblem_alt': ar.po has no entry for it (it was after the entry of 'word'): "
        "its text in ar.yaml is kept as it was",
        "file": str(po),
        "line": 23,
        "column": 1,
        "hints": [
            f"to change it, put its entry back (from a new export: `python generate.py strings "
            f"export --lang ar --kit {kit}`) and import that; left out, the text stays as it is"
        ],
        "subject": {},
    }
    assert doc == {
        "command": "strings import",
        "ok": True,
        "summary": f"{ar} updated: 1 text(s) changed, 0 unchanged, 0 left empty in ar.po; ok: "
        "5 document(s) (5 page(s)) of the ar kit lay out cleanly",
        "counts": {**NONE, "made": 1, "warnings": 1},
        "written": [str(ar)],
        "texts": {**NO_TEXTS, "changed": ["word"]},
        "diagnostics": [lacking],
        "notes": [],
    }
    assert "    text: قلب أزرق\n" in ar.read_text(encoding="utf-8")
    # imported, but a text does not fit: ok false, exit code 1, the file written and named
    edit_po(po, "قلب " * 60)
    code, doc, err = report("strings-import", *args)
    assert (code, err, doc["ok"]) == (1, "", False)
    assert doc["written"] == [str(ar)]
    assert doc["texts"] == {**NO_TEXTS, "changed": ["word"]}
    assert doc["counts"] == {**NONE, "made": 1, "errors": 1, "warnings": 1}
    assert str(doc["summary"]).endswith(
        "imported, but ar does not lay out cleanly (1 text(s) do not fit (2 documents)): "
        'shorten them or give them a short variant in ar.po (an entry with msgctxt "<key>|'
        'short"), then import again'
    )
    overflow = doc["diagnostics"][1]
    assert doc["diagnostics"][0] == lacking
    assert (overflow["code"], overflow["file"], overflow["column"]) == ("text.overflow", str(po), 2)
    assert overflow["subject"] == {"language": "ar", "key": "word"}


def test_strings_import_json_fails_early_with_its_keys(tmp_path: Path) -> None:
    kit, po = exported(tmp_path)
    gone = tmp_path / "gone.po"
    code, doc, err = report("strings-import", "strings", "import", gone, "--kit", kit, "--json")
    assert (code, err, failed(doc)) == (1, "", empty("strings-import"))
    assert (doc["summary"], doc["counts"]) == ("1 error(s)", {**NONE, "errors": 1})
    assert doc["diagnostics"] == [
        problem("translate.read", f"no file {gone}", "give the exported file's path")
    ]
    args = ("strings", "import", po, "--json")
    code, doc, _ = report("strings-import", *args, "--kit", tmp_path / "none")
    assert (code, failed(doc)) == (1, empty("strings-import"))
    assert [d["code"] for d in doc["diagnostics"]] == ["load.no-kit"]
    code, doc, _ = report("strings-import", *args, "--kit", kit, "--lang", "zz")
    assert (code, failed(doc)) == (1, empty("strings-import"))
    assert [d["code"] for d in doc["diagnostics"]] == ["translate.read"]
    code, doc, err = report("strings-import", *args, "--kit", kit, "--bogus")
    assert (code, failed(doc)) == (2, empty("strings-import"))
    assert "Error: No such option '--bogus'." in err
    assert doc["diagnostics"] == [
        problem(
            "cli.usage",
            "No such option '--bogus'.",
            "did you mean --verbose?",  # click's close match, an option of import's
            "the options: python generate.py strings import --help",
        )
    ]
    code, doc, _ = report("strings-import", *args, "--kit", kit, env=BAD_EPOCH)
    assert (code, failed(doc), doc["diagnostics"]) == (1, empty("strings-import"), [EPOCH])
    # a usage error whose --json comes after `--` (an argument, not the option): click's
    # text alone (a command without --json: tests/cli/test_json_usage.py)
    result = CliRunner().invoke(main, ["manifest", "merge", "--", "--json"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Error: Missing option '-o' / '--out'." in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full: not Linux")
def test_strings_import_json_onto_a_full_disk(tmp_path: Path) -> None:
    """The strings file's temporary copy is /dev/full (every write: ENOSPC, root's too): the
    import fails with its keys, nothing written, the strings file as it was."""
    kit, po = exported(tmp_path)
    edit_po(po, "قلب أزرق")
    ar = kit / "materials/strings/ar.yaml"
    before = ar.read_bytes()
    (ar.parent / ".ar.yaml.part").symlink_to("/dev/full")
    code, doc, err = report("strings-import", "strings", "import", po, "--kit", kit, "--json")
    assert (code, err, failed(doc)) == (1, "", empty("strings-import"))
    assert doc["diagnostics"] == [
        problem(
            "translate.read",
            f"cannot write {ar}: No space left on device",
            "check that your user may write the strings file (its permissions) and that its disk "
            "has room, then import again",
        )
    ]
    assert ar.read_bytes() == before


def test_strings_import_json_names_the_kit_it_wrote_into_in_its_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --kit, the text names the kit found (a line of its own); the report has it in
    `notes`, counted, and nothing but the report is on standard output."""
    kit, po = exported(tmp_path)
    edit_po(po, "قلب أزرق")
    monkeypatch.chdir(kit)
    code, doc, _ = report("strings-import", "strings", "import", po, "--json")
    assert (code, doc["ok"]) == (0, True)
    said = f"written into the kit in {kit} (the working folder's; --kit PATH for another)"
    assert doc["notes"] == [said]
    assert doc["counts"] == {**NONE, "made": 1, "notes": 1}
