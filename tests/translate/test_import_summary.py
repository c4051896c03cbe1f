"""What `strings import` prints, for a human: what it did with the texts first, then every
diagnostic with one count, last but the verdict (in a log of both streams, "2 warning(s)" of
the file's own came before the layout's notes, and a second count after them)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polib

from .test_formats import export

ROOT = Path(__file__).resolve().parents[2]
COUNT = re.compile(r"^(\d+ (error|warning|note)\(s\)(, )?)+$")


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
