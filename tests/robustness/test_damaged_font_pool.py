"""A font that fonts.yaml names and that cannot be used, in a build of several workers: its
error, as with one worker. Each worker read the font list as it started, and the error raised
in every worker's start stopped the pool: "build stopped on an internal error
(BrokenProcessPool)", exit 70, with a worker's traceback on the terminal."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_damaged_font_is_its_error_with_any_number_of_workers(
    kit_copy: Callable[..., Path], jobs: str, capfd: pytest.CaptureFixture[str]
) -> None:
    kit = kit_copy()
    shared = (kit / "fonts").resolve()
    (kit / "fonts").unlink()  # a link to the repository's fonts/, which is not to change
    (kit / "fonts").mkdir()
    for font in (f for f in shared.iterdir() if f.is_file()):  # hard links, or copies
        try:
            os.link(font, kit / "fonts" / font.name)
        except OSError:
            shutil.copy(font, kit / "fonts" / font.name)
    (kit / "fonts/NotoSans-Bold.ttf").unlink()
    regular = (shared / "NotoSans-Regular.ttf").read_bytes()
    (kit / "fonts/NotoSans-Bold.ttf").write_bytes(regular[:5000])  # truncated
    out = kit / "out"
    args = ("--only", "badge-58", "--lang", "en,fr", "--jobs", jobs)  # 2 documents, 6 jobs
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 1, text
    fonts_yaml = (kit / "fonts/fonts.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, t in enumerate(fonts_yaml, 1) if "NotoSans-Bold.ttf" in t)
    assert (
        f"fonts.yaml:{line}:11: error[font.read]: font file 'NotoSans-Bold.ttf' of font family "
        "'NotoSans' is damaged (truncated)\n"
    ) in text, text
    assert "build.internal" not in text
    assert "Traceback" not in text + capfd.readouterr().err  # a worker's, on the terminal
    assert not (out / "badge-58").exists()
