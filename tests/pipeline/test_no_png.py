"""`build --no-png`: PDFs only; an earlier build's PNGs of the same jobs stay (like
`--no-digital`), and the summary says none were made."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy, out_path


def test_no_png_builds_pdfs_only_and_keeps_earlier_pngs(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "badge", "--lang", "en", "--png-ppi", "20"
    )
    assert code == 0, text
    png = out / out_path("badge", "en", "preview")
    before = png.read_bytes()
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "badge", "--lang", "en,ar", "--no-png"
    )
    assert code == 0, text
    assert "built 1 print PDF(s), 1 digital PDF(s) and 0 PNG(s)" in text  # ar's
    assert "skipped 2 unchanged job(s)" in text  # en's PDFs
    assert (out / out_path("badge", "ar", "print")).is_file()
    assert not (out / out_path("badge", "ar", "preview")).exists()
    assert png.read_bytes() == before  # not made this time, not removed either
