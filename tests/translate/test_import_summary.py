"""What `strings import` prints, for a human: what it did with the texts first (the texts
left empty on one line, the first few named: a translator's trial file of 2 changes listed
24 keys left empty around them), then every diagnostic with one count, last but the verdict
(in a log of both streams, "2 warning(s)" of the file's own came before the layout's notes,
and a second count after them)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polib

from ..kits import cli
from .test_formats import export

ROOT = Path(__file__).resolve().parents[2]
COUNT = re.compile(r"^(\d+ (error|warning|note)\(s\)(, )?)+$")


def _trial(root: Path, tmp_path: Path) -> tuple[Path, int]:
    """Hausa exported (a language the kit has not), two texts translated, the others left
    empty: (the file, how many texts it leaves empty)."""
    path = tmp_path / "ha.po"
    export(root, path, "ha")
    po = polib.pofile(str(path))
    given = {"cta": "Ku shiga yaƙin", "badge": "Zuciya Shuɗi"}
    for entry in po:
        entry.msgstr = given.get(entry.msgctxt or "", "")
        entry.flags = []
    po.save(str(path))
    return path, len(po) - len(given)


def test_the_texts_left_empty_are_one_line_after_the_changes(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path, empty = _trial(root, tmp_path)
    assert empty > 20
    strings = root / "materials/strings/ha.yaml"
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert out.split("\n")[:4] == [
        f"{strings} created: 2 text(s) changed, 0 unchanged, {empty} left empty in ha.po",
        "  changed: cta",
        "  changed: badge",
        f"  left empty: {empty} text(s): day, day (short), theme and {empty - 3} more "
        "(--verbose lists each, with what it prints)",
    ], out
    assert out.count("left empty") == 2, out  # the head line and the summary's
    # --verbose: each on its own line, with what it prints; --json: each in `left_empty`
    status, out = cli("strings", "import", path, "--kit", root, "--verbose")
    assert status == 0, out
    listed = [line for line in out.split("\n") if line.startswith("  left empty: ")]
    assert len(listed) == empty, out
    assert listed[:2] == [
        "  left empty: day (it shows the source's text)",
        "  left empty: day (short) (it shows the source's short variant)",
    ]
    status, out = cli("strings", "import", path, "--kit", root, "--json")
    assert status == 0, out
    assert json.loads(out)["texts"]["left_empty"] == [line[14:] for line in listed]


def test_one_count_after_every_diagnostic_in_a_log_of_both_streams(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Standard output and standard error to one pipe, as a log captures them: the file's
    own warning (an entry deleted: translate.lacking) and the layout's note are counted
    once, after both and after what the import did, and the verdict is last."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    po = polib.pofile(str(path))
    po.remove(next(e for e in po if e.msgctxt == "emblem_alt"))
    next(e for e in po if e.msgctxt == "badge").msgstr = "Cœur bleu"
    po.save(str(path))
    done = subprocess.run(
        [sys.executable, str(ROOT / "generate.py"), "strings", "import", str(path)]
        + ["--kit", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout
    lines = done.stdout.rstrip("\n").split("\n")
    said = [n for n, line in enumerate(lines) if re.search(r"(warning|note)\[", line)]
    counts = [n for n, line in enumerate(lines) if COUNT.match(line)]
    assert lines[0].endswith(" updated: 1 text(s) changed, 39 unchanged, 0 left empty in fr.po")
    assert lines[1] == "  changed: badge", done.stdout
    assert any("warning[translate.lacking]" in lines[n] for n in said), done.stdout
    assert any("note[" in lines[n] for n in said), done.stdout
    assert min(said) == 2, done.stdout
    assert counts == [len(lines) - 2], done.stdout  # one count, after every diagnostic
    warnings = sum("warning[" in lines[n] for n in said)
    notes = sum("note[" in lines[n] for n in said)
    assert lines[-2] == f"{warnings} warning(s), {notes} note(s)", done.stdout
    assert lines[-1].startswith("ok: "), done.stdout
