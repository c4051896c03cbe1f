"""A QR code too small for its address fails `check` at its slot (layout.qr-small): its
modules must be at least 0.396 mm (GS1 General Specifications 5.12.3.1); a longer address has
more modules, so the same frame can hold a short link and not a long one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from campaign.layout.checks import QR_MIN_MODULE_MM
from campaign.layout.items.qr import qr_matrix
from tests.kits import append_slots, cli, mini_copy

SHORT = "https://www.unodc.org/blueheart/"  # the mini kit's `home` link


def kit_with_qr(tmp_path: Path, side_mm: float, url: str = SHORT) -> Path:
    kit = mini_copy(tmp_path / "kit", own_assets=False)
    if url != SHORT:
        path = kit / "materials/campaign.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(SHORT, url), encoding="utf-8")
    append_slots(
        kit / "materials/layouts/boxes.yaml",
        f"  - {{name: code, kind: qr, link: home, colour: black, quiet: 2, overlap: true,\n"
        f"     frame: {{start: 2, top: 2, width: {side_mm}, height: {side_mm}}}}}\n",
    )
    return kit


@pytest.mark.parametrize(
    "url",
    [
        SHORT,
        "https://example.org/%C3%A9t%C3%A9?a=b#c",
        "tel:+41227917000",
        "HTTPS://A.ORG/1",
        "7" * 40,
    ],
)
def test_the_matrix_is_reportlabs_qr_widgets(url: str) -> None:
    """qrencoder loaded on its own (layout.items.qr.qrencoder) gives the matrix reportlab's
    QrCodeWidget gives at level M, in every data mode (byte, alphanumeric, numeric)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(url, barLevel="M")
    widget.qr.make()
    assert qr_matrix(url) == tuple(tuple(bool(v) for v in row) for row in widget.qr.modules)


def test_the_encoder_is_loaded_without_reportlab_graphics() -> None:
    code = (
        "import sys; from campaign.layout.items.qr import qr_matrix; qr_matrix('https://a.org/');"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab.graphics')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_modules_follow_the_address_length() -> None:
    assert len(qr_matrix(SHORT)) == 29  # version 3 at level M: 32 characters
    assert len(qr_matrix("https://example.org/" + "a" * 60)) == 37  # version 5: 80 characters


@pytest.mark.parametrize("side", [13.1, 13.0, 8.0])
def test_a_qr_code_below_the_module_minimum_fails(tmp_path: Path, side: float) -> None:
    # 29 modules + 2 x 2 quiet = 33 modules: 33 x 0.396 = 13.07 mm
    need = 33 * QR_MIN_MODULE_MM
    kit = kit_with_qr(tmp_path, side)
    code, out = cli("check", "--kit", kit, "--only", "boxes", "--lang", "en")
    if side >= need:
        assert code == 0, out
        return
    assert code == 1, out
    module = side / 33
    assert (
        f"boxes.yaml:{out_line(kit)}:5: error[layout.qr-small]: boxes [en] slot 'code': the QR "
        f"code of {SHORT} is {side:.1f} mm for 29 x 29 modules and a quiet zone of 2: each "
        f"module is {module:.3f} mm, below the 0.396 mm scanners need; it needs at least "
        "13.1 mm"
    ) in out


def out_line(kit: Path) -> int:
    text = (kit / "materials/layouts/boxes.yaml").read_text(encoding="utf-8")
    return text.splitlines().index(next(x for x in text.splitlines() if "name: code" in x)) + 1


def test_a_longer_address_needs_a_larger_code(tmp_path: Path) -> None:
    long = "https://www.example.org/" + "campaign/" * 6  # 78 characters: 37 modules
    kit = kit_with_qr(tmp_path, 14.0, long)
    code, out = cli("check", "--kit", kit, "--only", "boxes", "--lang", "en")
    assert code == 1
    assert "for 37 x 37 modules" in out
    assert "it needs at least 16.3 mm" in out  # (37 + 4) x 0.396 = 16.24


def test_another_reportlab_layout_imports_the_encoder_through_its_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.machinery
    import importlib.util

    from campaign.layout.items import qr

    elsewhere = importlib.machinery.ModuleSpec("reportlab", None, origin=str(tmp_path / "x.py"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: elsewhere)
    monkeypatch.delitem(sys.modules, "reportlab.graphics.barcode.qrencoder", raising=False)
    qr.qrencoder.cache_clear()
    try:
        module = qr.qrencoder()
        assert module.__name__ == "reportlab.graphics.barcode.qrencoder"
    finally:
        qr.qrencoder.cache_clear()
