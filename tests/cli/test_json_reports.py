"""`--json` on the commands a user scripts after a build: `package` and `manifest merge` print
one JSON object on standard output, with the keys of their failure reports, the diagnostics
as objects (code, severity, file, line, column, message, hints) and the exit codes of
their text reports (the mini kit: a badge in en and ar)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from campaign.cli import main

from ..kits import build, mini_copy

PACKAGE_KEYS = ["ok", "summary", "written", "removed", "diagnostics", "notes"]
JOIN_KEYS = ["ok", "summary", "manifest", "diagnostics", "notes"]
SMALL = ("--only", "badge", "--png-ppi", "10", "--jobs", "1")


def report(*args: str | Path) -> tuple[int, dict[str, object]]:
    """(exit code, the JSON object standard output holds: all of it, nothing else)."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_package_json_is_its_report_and_its_warnings_as_objects(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", *SMALL)
    code, doc = report("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--json")
    assert code == 0
    assert list(doc) == PACKAGE_KEYS
    assert doc["ok"] is True
    said = f"packaged 6 file(s) of {out} for 1 group(s): 4 file(s) in {tmp_path / 'p'}/ ("
    assert str(doc["summary"]).startswith(said)
    products = ("contact-sheet.png", "index.pdf", "print.zip", "screen.zip")
    assert doc["written"] == [str(tmp_path / "p" / f"campaign-{name}") for name in products]
    assert (doc["removed"], doc["diagnostics"], doc["notes"]) == ([], [], [])
    campaign = kit / "materials/campaign.yaml"  # the kit changes after the build: a warning
    campaign.write_text(campaign.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    outdated = {
        "severity": "warning",
        "code": "package.outdated",
        "message": f"the kit changed since {out}'s last build (materials/campaign.yaml): its "
        "files show the kit as it was",
        "file": str(out / "manifest.json"),
        "line": None,
        "column": None,
        "hints": [
            "build again (the command that made the folder: python generate.py build, with its "
            "--office, or merge) before sending the package"
        ],
        "subject": {},
    }
    code, doc = report("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--json")
    assert (code, doc["ok"], doc["diagnostics"]) == (0, True, [outdated])
    # --strict: exit code 1, the same keys, the warning an error, nothing written
    args = ("package", "--kit", kit, "--from", out, "-o", tmp_path / "p2", "--json", "--strict")
    code, doc = report(*args)
    assert code == 1
    assert list(doc) == PACKAGE_KEYS
    assert (doc["ok"], doc["summary"], doc["written"]) == (False, "1 error(s)", [])
    assert doc["diagnostics"] == [{**outdated, "severity": "error"}]
    assert not (tmp_path / "p2").exists()


def test_manifest_merge_json_is_its_report_and_a_missing_shard_a_warning(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    shards = [build(kit, tmp_path / f"s{k}", *SMALL, "--shard", f"{k}/2") for k in (1, 2)]
    joined = tmp_path / "joined"
    code, doc = report("manifest", "merge", "--kit", kit, *shards, "-o", joined, "--json")
    assert code == 0
    assert doc == {
        "ok": True,
        "summary": f"joined 2 shard(s): 6 file(s), 6 copied, the whole build's stamp; "
        f"manifest: {joined}/manifest.json",
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
    code, doc = report(
        "manifest", "merge", "--kit", kit, shards[0], "-o", tmp_path / "no", "--json", "--strict"
    )
    assert code == 1
    assert list(doc) == JOIN_KEYS
    assert (doc["ok"], doc["summary"], doc["manifest"]) == (False, "1 error(s)", None)
    assert doc["diagnostics"] == [{**partial, "severity": "error"}]
