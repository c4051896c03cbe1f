"""Two writers of one language's strings: the second waits for the first and reads what it
wrote (each kept the texts it read before the other wrote, and the first one's were lost)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from ..kits import ROOT
from .test_formats import edit, export
from .test_outdated import FRENCH, OLD

NOTE = "Vouvoiement, comme sur les affiches."


def test_an_import_waits_for_another_and_keeps_what_it_wrote(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The test holds the strings lock as another writer would, and gives the string being
    imported a note while the command waits: the command's text and the note are both in
    the file. The command reads the file once the lock is free; had it read it before, it
    would write the string as it read it, without the note."""
    root = kit_copy()
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    edit(po, "po", "cta_join", FRENCH)
    path = root / "materials/strings/fr.yaml"
    fd = os.open(root / "materials/strings", os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    command = [sys.executable, str(ROOT / "generate.py"), "strings", "import", str(po)]
    proc = subprocess.Popen(
        [*command, "--kit", str(root)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()  # "" when it ends without waiting
        assert line.startswith("waiting for another import or new language in "), line
        assert proc.poll() is None
        body = path.read_text(encoding="utf-8")
        old = "  cta_join:\n    text: Rejoignez la campagne Cœur bleu.\n"
        assert old in body
        path.write_text(body.replace(old, old + f"    note: {NOTE}\n"), encoding="utf-8")
    finally:
        os.close(fd)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, out + err
    strings = yaml.safe_load(path.read_bytes())["strings"]
    assert strings["cta_join"] == {"text": FRENCH, "note": NOTE, "source": OLD}


def test_a_new_language_waits_for_another_writer(kit_copy: Callable[..., Path]) -> None:
    """`new language ko` while another writer holds the lock and writes ko.yaml: it waits,
    then finds the language there and says so (it would write over it)."""
    root = kit_copy()
    fd = os.open(root / "materials/strings", os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "generate.py"), "new", "language", "ko", "--kit", str(root)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    theirs = "language: ko\nname: Korean\nnative_name: 한국어\nstatus: draft\nstrings: {}\n"
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line.startswith("waiting for another import or new language in "), line
        (root / "materials/strings/ko.yaml").write_text(theirs, encoding="utf-8")
    finally:
        os.close(fd)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, out + err
    assert "the kit already has language 'ko'" in out + err
    assert (root / "materials/strings/ko.yaml").read_text(encoding="utf-8") == theirs
