"""`layout.overlap`: content covering content fails `check` at the slot (the issue's QR code on
top of the headline), unless the slot says `overlap: true`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
QR = (
    "{name: qr, kind: qr, link: blueheart, colour: black, background: white, quiet: 2,\n"
    "     alt: qr_label, frame: {end: 22, top: 344, width: 50, height: 50}}"
)


def test_a_qr_code_on_the_headline_fails_check(kit_copy: Callable[..., Path]) -> None:
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    assert QR in poster
    moved = poster.replace(QR, QR.replace("end: 22, top: 344", "start: 30, top: 80"))
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    line = next(n for n, t in enumerate(moved.splitlines(), 1) if "{name: qr," in t)
    assert (
        f"materials/layouts/poster-a3.yaml:{line}:5: error[layout.overlap]: poster-a3 [en] "
        "slot 'qr': slot 'qr' covers slot 'headline'"
    ) in out.replace(str(root) + "/", "")
    # a deliberate overlap is allowed
    allowed = moved.replace("{name: qr, kind: qr,", "{name: qr, kind: qr, overlap: true,")
    (root / "materials/layouts/poster-a3.yaml").write_text(allowed, encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en")
    assert "layout.overlap" not in out


def test_the_shipped_designs_do_not_overlap() -> None:
    code, out = cli("check", "--kit", ROOT)
    assert code == 0, out
    assert "layout.overlap" not in out
