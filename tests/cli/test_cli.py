"""The command line, driven in-process with click's CliRunner."""

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from campaign.cli import main

ROOT = Path(__file__).resolve().parents[2]
# a --json report's counts, the same keys on every command, all 0
NONE = {"made": 0, "kept": 0, "failed": 0, "errors": 0, "warnings": 0, "notes": 0}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [[], ["build"], ["check"], ["frame"]])
def test_help_has_examples(command: list[str]) -> None:
    code, out = run(*command, "--help")
    assert code == 0
    assert "Examples:" in out
    assert "generate.py" in out


# each warning `sheet` can give, as its help names it
SHEET_WARNINGS = {
    "sheet.gap": "cut lines closer than 1/8 in",
    "sheet.margin": "a home sheet that prints inside the 5 mm of the paper's edge an office "
    "printer does not print",
    "sheet.scale": "a home sheet that prints type or a QR code below its minimum",
    "sheet.marks": "a press sheet's registration targets or colour bar with no room on the "
    "stock the press prints",
    "sheet.slug": "a slug with no room on the paper it is printed on",
    "sheet.kit": "a build read with another kit than the one that made it",
}


def test_sheet_help_names_every_warning_strict_fails_on() -> None:
    """`sheet --help` says which warnings --strict fails on: every `sheet.*` warning code
    (diagnostics.CODES), sheet.marks and sheet.slug among them."""
    from campaign.diagnostics import CODES

    warnings = {c for c, what in CODES.items() if c.startswith("sheet.") and "(warning)" in what}
    assert warnings == set(SHEET_WARNINGS)
    code, out = run("sheet", "--help")
    assert code == 0
    text = " ".join(out.split())
    for phrase in SHEET_WARNINGS.values():
        assert phrase in text, phrase
    assert "--strict makes them errors" in text


def test_build_selected_materials_and_languages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, text = run(
        "build",
        "--kit",
        str(ROOT),
        "-o",
        str(out),
        "--lang",
        "en,fr",
        "--only",
        "badge-58",
        "--png-ppi",
        "30",
    )
    assert code == 0, text
    assert "built 2 print PDF(s), 2 digital PDF(s) and 2 PNG(s)" in text
    assert sorted(p.name for p in (out / "badge-58").iterdir()) == [
        "badge-58-en-digital.pdf",
        "badge-58-en-preview.png",
        "badge-58-en.pdf",
        "badge-58-fr-digital.pdf",
        "badge-58-fr-preview.png",
        "badge-58-fr.pdf",
    ]
    manifest = json.loads((out / "manifest.json").read_text())
    entry = next(f for f in manifest["files"] if f["path"] == "badge-58/badge-58-fr.pdf")
    assert entry["material"] == "badge-58"
    assert entry["language"] == "fr"
    assert entry["trim_mm"] == [70, 70]
    assert entry["pages"] == 1
    assert entry["badge"] == {"face_mm": 58, "cut_mm": 70, "live_mm": 52, "wrap_mm": 6}
    assert entry["sha256"] == digest(out / "badge-58/badge-58-fr.pdf")


def test_the_manifest_writes_badge_sizes_to_a_thousandth_of_a_millimetre(tmp_path: Path) -> None:
    """A badge-press operator's trial: the manifest stored floating-point noise, `wrap_mm`
    4.775000000000002 (2.25 in: (66.7 - 57.15) / 2), 3.1999999999999993 (32 mm),
    4.799999999999997 (75 mm), `live_mm` 33.300000000000004 (1.5 in). Every millimetre of
    a badge entry and its trim is written to 0.001 mm, as the JSON text shows it."""
    out = tmp_path / "out"
    sizes = "badge-2-25in,badge-32mm,badge-75mm,badge-1-5in,badge-1-75in"
    args = ("--lang", "en", "--only", sizes, "--no-digital", "--no-png")
    code, text = run("build", "--kit", str(ROOT), "-o", str(out), *args)
    assert code == 0, text
    written = (out / "manifest.json").read_text()
    entries = {f["material"]: f for f in json.loads(written)["files"]}
    assert entries["badge-2-25in"]["badge"] == {
        "face_mm": 57.15, "cut_mm": 66.7, "live_mm": 50.8, "wrap_mm": 4.775,
    }  # fmt: skip
    assert entries["badge-32mm"]["badge"]["wrap_mm"] == 3.2
    assert entries["badge-75mm"]["badge"]["wrap_mm"] == 4.8
    assert entries["badge-1-5in"]["badge"]["live_mm"] == 33.3
    assert entries["badge-1-75in"]["badge"]["wrap_mm"] == 3.975
    for entry in entries.values():
        for value in (*entry["badge"].values(), *entry["trim_mm"]):
            assert len(repr(value).partition(".")[2]) <= 3, (entry["material"], value)
    for noise in ("4.775000000000002", "3.1999999999999993", "4.799999999999997", "33.3000"):
        assert noise not in written


def test_unknown_names_get_hints(tmp_path: Path) -> None:
    code, text = run(
        "build", "--kit", str(ROOT), "-o", str(tmp_path), "--lang", "fre", "--only", "poster-a5"
    )
    assert code == 1
    assert (
        "error[ref.language]: unknown language 'fre'\n"
        "  hint: 'fre' is another code of 'fr' (French): write 'fr'"
    ) in text
    # a design's family and a paper size: the size to add, not another size (poster-a4)
    assert (
        "error[ref.material]: unknown material 'poster-a5'\n  hint: poster has no size a5: add "
        "it under `sizes:` in poster-a3.yaml (A5 is 148 x 210 mm)"
    ) in text
    assert "Traceback" not in text


def test_failed_build_keeps_the_previous_output(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    kit = kit_copy()
    out = tmp_path / "out"
    assert (
        run(
            "build",
            "--kit",
            str(kit),
            "-o",
            str(out),
            "--only",
            "badge-58",
            "--lang",
            "en",
            "--png-ppi",
            "30",
        )[0]
        == 0
    )
    before = {p: digest(p) for p in out.rglob("*") if p.is_file()}
    strings = kit / "materials/strings/en.yaml"
    strings.write_text(
        strings.read_text().replace("text: End human trafficking", "text: End ߒ trafficking")
    )
    code, text = run(
        "build",
        "--kit",
        str(kit),
        "-o",
        str(out),
        "--only",
        "badge-58",
        "--lang",
        "en",
        "--png-ppi",
        "30",
    )
    assert code == 1
    assert (
        "error[text.no-glyph]: [en] 'badge': 'ߒ' (U+07D2 NKO LETTER N) has no glyph in any "
        "font; needed by string(s) 'badge' (badge-58)\n"
        "  hint: add a font covering script Nkoo to fonts/fonts.yaml"
    ) in text
    assert "needed by string(s) 'badge' (badge-58)" in text
    assert text.count("[text.no-glyph]") == 1
    # at the character: the line after the key's (`    text: End ߒ trafficking`), column 15
    line = strings.read_text().splitlines().index("  badge:") + 2
    assert f"materials/strings/en.yaml:{line}:15: error[text.no-glyph]:" in text
    assert {p: digest(p) for p in out.rglob("*") if p.is_file()} == before
    assert not list(tmp_path.glob(".out.staging-*")) + list(out.glob(".staging-*"))


def test_check_lists_every_overflow_at_once(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = kit_copy()
    for lang in ("en", "fr"):
        path = kit / f"materials/strings/{lang}.yaml"
        lines = path.read_text().splitlines()
        i = lines.index("  cta_join:") + 1
        assert lines[i].startswith("    text: ")
        lines[i] = "    text: " + "Join us " * 120
        path.write_text("\n".join(lines) + "\n")
    monkeypatch.chdir(kit)  # not os.chdir: the folder would stay changed for later tests
    code, text = run("check", "--lang", "en,fr")
    assert code == 1, text
    # the designs a campaign-level check lays out: the A3 poster and the A5 flyer, each
    # frame's texts of en and fr as one error at the frame (grouping.overflow_per_frame)
    assert text.count("text does not fit slot 'calls'") == 2
    assert (
        "materials/layouts/poster-a3.yaml:61:6: error[text.overflow]: poster-a3 'cta, "
        "cta_donate, cta_join': text does not fit slot 'calls' even at 12 pt in 2 languages "
        "(en, fr); the most in en (with its short variant): 27.3 mm (6 line(s)) too tall\n"
    ) in text, text
    assert (
        "materials/layouts/flyer-a5.yaml:61:10: error[text.overflow]: flyer-a5 'cta, "
        "cta_donate, cta_join': text does not fit slot 'calls' even at 7.5 pt in 2 languages "
        "(en, fr); the most in en (with its short variant): 27.8 mm (9 line(s)) too tall\n"
    ) in text, text


def test_check_ok_and_pdf_preflight(tmp_path: Path) -> None:
    code, text = run("check", "--kit", str(ROOT))
    assert code == 0
    # the designs: poster-a3, flyer-a5, event-flyer-a5, event-poster-a3, badge-58, sticker-50
    # and five social images
    assert "ok: 286 document(s) (312 page(s)) of 11 material(s) in 26 language(s)" in text
    run(
        "build",
        "--kit",
        str(ROOT),
        "-o",
        str(tmp_path),
        "--only",
        "badge-58",
        "--lang",
        "en",
        "--png-ppi",
        "30",
    )
    code, text = run("check", "--pdf", str(tmp_path / "badge-58/badge-58-en.pdf"))
    assert code == 0
    # the marks' registration colour: the Separation /All (render.marks.registration_ink)
    assert ": ok (trim 70 x 70 mm, bleed 3 mm, DeviceCMYK, Separation, ink up to " in text
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, text = run("check", "--pdf", str(bad))
    assert code == 1
    assert "FAIL" in text
    assert "1 of 1 file(s) failed preflight" in text


def test_pdf_preflight_as_json(tmp_path: Path) -> None:
    """`check --pdf --json`: one document a run, a file an entry, on standard output whether
    files pass or fail (it printed the text report); exit code 1 when one failed."""
    run("build", "--kit", str(ROOT), "-o", str(tmp_path), "--only", "badge-58", "--lang", "en")
    good = tmp_path / "badge-58/badge-58-en.pdf"
    digital = tmp_path / "badge-58/badge-58-en-digital.pdf"
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, text = run("check", "--pdf", str(good), "--pdf", str(digital), "--json")
    assert code == 0, text
    report = json.loads(text)
    assert report["ok"] is True
    assert report["summary"] == "ok: 2 file(s) pass preflight"
    assert report["counts"] == NONE
    first, second = report["files"]
    assert list(first) == ["file", "ok", "made_for", "facts", "failures", "warnings"]
    assert (first["file"], first["ok"], first["made_for"]) == (str(good), True, None)
    assert first["facts"]["trim_mm"] == [70.0, 70.0]
    assert first["facts"]["bleed_mm"] == 3.0
    assert first["facts"]["colour_spaces"] == ["DeviceCMYK", "Separation"]
    assert (first["failures"], first["warnings"]) == ([], [])
    assert (second["ok"], second["made_for"]) == (True, "a digital PDF")
    code, text = run("check", "--pdf", str(good), "--pdf", str(bad), "--json")
    assert code == 1
    report = json.loads(text)
    assert (report["ok"], report["summary"]) == (False, "1 of 2 file(s) failed preflight")
    assert [f["ok"] for f in report["files"]] == [True, False]
    assert report["files"][1]["failures"][0].startswith("not a readable PDF (")
    # the file that failed, its failure an error (the keys of every report's counts)
    assert report["counts"] == {**NONE, "failed": 1, "errors": 1}


def test_build_flags_reach_the_pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from campaign.pipeline import api
    from campaign.pipeline.options import Options

    seen: list[Options] = []

    def fake(root: Path, opts: Options, listener: object) -> api.BuildResult:
        seen.append(opts)
        return api.BuildResult([], [], {"done": {}}, [], [])

    monkeypatch.setattr(api, "build", fake)
    code, text = run(
        "build", "--kit", str(ROOT), "-o", str(tmp_path), "--jobs", "3", "--all-or-nothing",
        "--force", "--no-digital", "--lang", "en, fr", "--shard", "2/3",
    )  # fmt: skip
    assert code == 0, text
    assert seen == [
        Options(
            tmp_path,
            ("en", "fr"),
            None,
            jobs=3,
            all_or_nothing=True,
            incremental=False,
            digital=False,
            shard=(2, 3),
        )
    ]
    assert text.startswith("nothing to build in shard 2/3: ")  # the fake built nothing


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (
            ["check", "--lang", "en", "--only", "badge-58"],
            ["command", "ok", "summary", "counts", "diagnostics", "notes"],
        ),
        (["check", "--lang", "xx"], ["command", "ok", "summary", "counts", "diagnostics", "notes"]),
        (
            ["build", "--lang", "en", "--only", "badge-58", "--png-ppi", "10"],
            ["command", "ok", "summary", "counts", "jobs", "removed", "diagnostics", "notes"],
        ),
        (
            ["build", "--lang", "xx"],
            ["command", "ok", "summary", "counts", "jobs", "removed", "diagnostics", "notes"],
        ),
    ],
)
def test_json_reports_have_the_same_keys_on_success_and_failure(
    tmp_path: Path, args: list[str], keys: list[str]
) -> None:
    extra = ["-o", str(tmp_path / "out")] if args[0] == "build" else []
    code, text = run(*args, *extra, "--json", "--kit", str(ROOT))
    report = json.loads(text)
    assert list(report) == keys
    assert (report["command"], report["ok"]) == (args[0], code == 0)
    notes = [d for d in report["diagnostics"] if d["severity"] == "note"]
    if code == 0:  # the badge's press is not verified: a note among the diagnostics
        pressed = [d for d in notes if d["code"] == "layout.press-unverified"]
        assert [d["message"].startswith("press '58mm'") for d in pressed] == [True], notes
    assert report["notes"] == []  # every note is a diagnostic now: the key is kept, empty
    made = 1 if args[0] == "build" and code == 0 else 0  # check makes no document
    warnings = sum(d["severity"] == "warning" for d in report["diagnostics"])
    assert report["counts"] == {
        **NONE,
        "made": made,
        "errors": 1 if code else 0,
        "warnings": warnings,
        "notes": len(notes),
    }
    if code:
        assert report["summary"] == "1 error(s)"
        (diag,) = report["diagnostics"]
        assert diag["code"] == "ref.language"


BUILT = ["command", "ok", "summary", "counts", "jobs", "removed", "diagnostics", "notes"]
JOINED = ["command", "ok", "summary", "counts", "manifest", "diagnostics", "notes"]
USAGE = ["command", "ok", "summary", "counts", "diagnostics"]


@pytest.mark.parametrize(
    ("args", "command", "keys", "message", "offered"),
    [
        (
            ["build", "--shard", "4/3", "--json"],
            "build",
            BUILT,
            "Invalid value for '--shard': '4/3' is not K/N with 1 <= K <= N (e.g. 2/8)",
            [],
        ),
        (
            ["check", "--json", "--bogus"],
            "check",
            ["command", "ok", "summary", "counts", "diagnostics", "notes"],
            "No such option '--bogus'.",
            [],
        ),
        (
            ["build", "--json", "--lang"],  # click names no context for this one
            "build",
            BUILT,
            "Option '--lang' requires an argument.",
            [],
        ),
        (
            ["merge", "event-flyer-a5", "--json"],
            "merge",
            BUILT,
            "Missing argument 'DATA'.",
            [],
        ),
        (  # click's suggestion: a hint of its own
            ["package", "--json", "--bogus"],
            "package",
            ["command", "ok", "summary", "counts", "written", "removed", "diagnostics", "notes"],
            "No such option '--bogus'.",
            ["did you mean --out?"],
        ),
        (  # a subcommand: its own keys, not the top-level `merge`'s
            ["manifest", "merge", "--json", "x"],
            "manifest merge",
            JOINED,
            "Missing option '-o' / '--out'.",
            [],
        ),
        (  # and when click names no context
            ["manifest", "merge", "x", "--json", "-o"],
            "manifest merge",
            JOINED,
            "Option '-o' requires an argument.",
            [],
        ),
        (  # given to the group, before its command's name
            ["manifest", "--json", "merge", "x"],
            "manifest merge",
            JOINED,
            "No such option '--json'.",
            [],
        ),
        (  # a command without a report: the usage report
            ["sheet", "--json"],
            "sheet",
            USAGE,
            "No such option '--json'.",
            ["did you mean --stock?"],
        ),
    ],
)
def test_a_usage_error_with_json_is_a_json_report(
    args: list[str], command: str, keys: list[str], message: str, offered: list[str]
) -> None:
    """A script that asked for --json gets JSON, with the command's keys, even when click
    cannot read the command line; click's text stays on standard error, the exit code 2."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert list(report) == keys
    assert (report["command"], report["ok"]) == (command, False)
    assert report["summary"] == "the command line could not be read"
    assert report["counts"] == {**NONE, "errors": 1}
    (diag,) = report["diagnostics"]
    assert diag["code"] == "cli.usage"
    assert diag["severity"] == "error"
    assert diag["message"] == message
    what = "commands" if command == "manifest" else "options"
    assert diag["hints"] == [*offered, f"the {what}: python generate.py {command} --help"]
    assert f"Error: {message}" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--bogus"],
        ["build", "--bogus", "--", "--json"],
        # click reads the words left again to name the unknown command: still after `--`
        ["--", "--json"],
        ["manifest", "merge", "x"],  # -o left out: it reached the command as None (exit 70)
    ],
)
def test_a_usage_error_without_json_is_only_clicks_text(args: list[str]) -> None:
    """Without --json before `--`, standard output stays empty."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Error: " in result.stderr


def test_an_empty_shard_says_it_has_nothing_to_build(tmp_path: Path) -> None:
    """A shard that none of the selected documents falls in (one badge in one language: one
    document, in one shard of four) says so, every time, rather than "built 0 ...", and still
    writes its manifest for the join; the shard that has the document builds it."""
    import re

    args = ["build", "--kit", str(ROOT), "--lang", "en", "--only", "badge-58", "--no-digital"]
    args += ["--png-ppi", "10"]
    built = []
    for k in range(1, 5):
        out = tmp_path / f"out-{k}"
        for _ in range(2):  # the second time too
            code, text = run(*args, "--shard", f"{k}/4", "-o", str(out))
            assert code == 0
            last = text.splitlines()[-1]
            if last.startswith("built "):
                built.append(k)
                break
            assert re.fullmatch(
                rf"nothing to build in shard {k}/4: none of the selected documents falls in "
                rf"it \(\d+\.\d s\); its manifest, for 'manifest merge': "
                rf"{re.escape(str(out))}/manifest.json",
                last,
            ), last
            assert json.loads((out / "manifest.json").read_text())["files"] == []
    assert len(built) == 1


def test_an_option_is_spelled_alike_in_every_command() -> None:
    """An option two commands share has the same names and range in both: `merge -j 1` was
    refused ("No such option: -j") where `build -j 1` worked, and merge capped --jobs at 64."""
    import click

    seen: dict[str, tuple[tuple[str, ...], str, str]] = {}
    for name, command in sorted(main.commands.items()):
        for param in command.params:
            if not isinstance(param, click.Option) or param.name not in ("jobs", "quiet", "force"):
                continue
            spelled = (tuple(sorted(param.opts)), repr(param.type), name)
            first = seen.setdefault(param.name, spelled)
            assert spelled[:2] == first[:2], f"{name} and {first[2]} spell --{param.name} apart"
    assert seen["jobs"][0] == ("--jobs", "-j")


def test_check_names_the_sizes_it_did_not_lay_out() -> None:
    """A design edit that broke flyer-a6 (a size the offices build) passed `check`: the
    campaign kit's check lays out the designs' own sizes, and now says which the offices'
    builds add and how to check them; with --office or --only there is nothing to add."""
    from campaign.pipeline.jobs import office_materials
    from campaign.pipeline.kitcache import cached_kit

    from ..kits import ROOT
    from ..kits import cli as run

    kit = cached_kit(ROOT)
    sizes = sorted(
        {m for o in kit.offices.values() for m in office_materials(kit, o)}
        - {m for m, la in kit.layouts.items() if la.sized_from is None}
    )
    assert "flyer-a6" in sizes
    code, text = run("check", "--kit", ROOT, "--lang", "en")
    assert code == 0, text
    message = (
        f"{len(sizes)} size(s) the offices build are not laid out by this check "
        f"({', '.join(sizes[:6])} and {len(sizes) - 6} more): python generate.py check "
        "--office all lays out each office's documents"
    )
    assert f"\nnote[layout.unchecked]: {message}\n" in text  # a note of no place
    code, text = run("check", "--kit", ROOT, "--lang", "en", "--only", "flyer-a6")
    assert code == 0, text
    assert "are not laid out by this check" not in text
    # the same note in --json's diagnostics (it was a line of its notes), --strict passing
    code, text = run("check", "--kit", ROOT, "--lang", "en", "--json", "--strict")
    assert code == 0, text
    report = json.loads(text)
    found = [d for d in report["diagnostics"] if d["code"] == "layout.unchecked"]
    assert found == [
        {
            "severity": "note",
            "code": "layout.unchecked",
            "message": message,
            "file": None,
            "line": None,
            "column": None,
            "hints": [],
            "subject": {},
        }
    ], found
    assert report["notes"] == [], report


def test_a_slot_in_the_safe_margin_is_one_error_naming_its_languages(
    kit_copy: Callable[..., Path],
) -> None:
    """A frame moved into the safe margin was one error per language (26 near-identical
    lines, each with its own millimetres): one error per slot names the languages and
    shows the worst."""
    from ..kits import cli as run

    kit = kit_copy()
    layout = kit / "materials/layouts/flyer-a5.yaml"
    text = layout.read_text(encoding="utf-8")
    old = "frame: {start: 31, top: 10, width: 106, height: 17}}"
    assert old in text
    layout.write_text(text.replace(old, "frame: {start: 31, top: 0.5, width: 106, height: 10}}"))
    code, out = run("check", "--kit", kit, "--only", "flyer-a5", "--lang", "en,fr,ar,zh,ru")
    assert code == 1, out
    errors = [line for line in out.splitlines() if "error[layout.safe-area]" in line]
    assert len(errors) == 1, out
    assert errors[0].endswith(
        "slot 'day': text comes 2.9 mm into the 4 mm safe margin at the top edge (in 4 "
        "languages: fr, ar, zh, ru; the worst of them)"
    ), errors
