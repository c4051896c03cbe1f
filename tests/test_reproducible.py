"""Identical input gives identical output ACROSS PROCESSES, for every kind of output (print
PDF, digital PDF, PNG preview, manifest): each build runs in its own interpreter, with its
own hash seed, at least a second after the other."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from .kits import MINI, ROOT

PAGES = 2 * len(list((MINI / "materials/layouts").glob("*.yaml")))  # en and ar


def cli(*args: str | Path, seed: str = "0") -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
    env.pop("SOURCE_DATE_EPOCH", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "generate.py"), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,  # the default kit is the one in the working folder, if any
    )
    assert done.returncode == 0, done.stderr


def files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    tmp = tmp_path_factory.mktemp("runs")
    for n, seed in enumerate(("1", "2")):
        if n:
            time.sleep(1.1)  # another second: anything that records the time shows
        cli("build", "--kit", MINI, "-o", tmp / str(n), "--png-ppi", "50", seed=seed)
    return files(tmp / "0"), files(tmp / "1")


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        out.append((png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


@pytest.mark.slow
def test_every_kind_of_output_is_there(runs: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    first, second = runs
    assert sorted(first) == sorted(second)
    kinds = {name.split("/")[-1].split(".", 1)[-1] for name in first}
    assert kinds == {"pdf", "png", "json", "html"}  # html: the folder's gallery
    assert len([n for n in first if n.endswith("-digital.pdf")]) == PAGES


@pytest.mark.slow
def test_pdfs_are_identical_across_processes(
    runs: tuple[dict[str, bytes], dict[str, bytes]],
) -> None:
    first, second = runs
    pdfs = sorted(n for n in first if n.endswith(".pdf"))
    assert len(pdfs) == 2 * PAGES
    assert [n for n in pdfs if first[n] != second[n]] == []


@pytest.mark.slow
def test_png_pixels_and_chunks_are_identical_across_processes(
    runs: tuple[dict[str, bytes], dict[str, bytes]],
) -> None:
    first, second = runs
    pngs = sorted(n for n in first if n.endswith(".png"))
    assert len(pngs) == PAGES
    for name in pngs:
        with Image.open(io.BytesIO(first[name])) as a, Image.open(io.BytesIO(second[name])) as b:
            assert np.array_equal(np.asarray(a), np.asarray(b)), name
        # every chunk but the embedded ICC profile (see the test below)
        same = [c for c in chunks(first[name]) if c[0] != b"iCCP"]
        assert same == [c for c in chunks(second[name]) if c[0] != b"iCCP"], name


@pytest.mark.slow
def test_every_file_is_byte_identical_across_processes(
    runs: tuple[dict[str, bytes], dict[str, bytes]],
) -> None:
    first, second = runs
    assert [n for n in sorted(first) if first[n] != second[n]] == []


@pytest.mark.slow
def test_a_page_does_not_depend_on_what_the_process_drew_before(tmp_path: Path) -> None:
    """The Hindi flyer built alone, and built in a process that drew the Hindi badge first
    (one job per build: both run in the CLI's own process)."""
    cli("build", "--lang", "hi", "--only", "flyer-a5", "-o", tmp_path / "alone", "--png-ppi", "10")
    script = (
        "import sys\n"
        "from campaign.cli import main\n"
        "for only, out in (('badge-58', sys.argv[1]), ('flyer-a5', sys.argv[2])):\n"
        "    try:\n"
        "        main(['build', '--lang', 'hi', '--only', only, '-o', out, '--png-ppi', '10'])\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "badge"), str(tmp_path / "after")],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for name in ("flyer-a5-hi.pdf", "flyer-a5-hi-digital.pdf"):
        alone = (tmp_path / "alone/flyer-a5" / name).read_bytes()
        after = (tmp_path / "after/flyer-a5" / name).read_bytes()
        assert alone == after, name
