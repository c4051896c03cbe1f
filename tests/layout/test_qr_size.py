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
    ("url", "modules"),
    [
        (SHORT, 29),  # byte mode, version 3 (32 characters at level M)
        ("https://example.org/%C3%A9t%C3%A9?a=b#c", 29),  # byte mode, 39 characters: version 3
        ("tel:+41227917000", 25),  # byte mode (lower case): 16 of version 2's 26 at level M
        ("HTTPS://A.ORG/1", 21),  # alphanumeric: 15 of version 1's 20 at level M
        ("7" * 40, 25),  # numeric: version 1 holds 34 digits at level M, version 2 63
    ],
)
def test_the_matrix_reads_back_as_the_address(url: str, modules: int) -> None:
    """A scanner reads each matrix (4 px a module, a 4-module quiet zone) as the address,
    byte for byte, in every data mode; its side is the smallest version's for level M
    (ISO/IEC 18004 table 7)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    matrix = qr_matrix(url)
    side = len(matrix)
    image = Image.new("L", (side + 8, side + 8), 255)
    image.putdata(
        [
            0 if 4 <= y < side + 4 and 4 <= x < side + 4 and matrix[y - 4][x - 4] else 255
            for y in range(side + 8)
            for x in range(side + 8)
        ]
    )
    codes = zxingcpp.read_barcodes(image.resize((4 * (side + 8),) * 2, Image.NEAREST))
    assert [c.bytes for c in codes] == [url.encode("ascii")]
    assert side == modules
    assert all(len(row) == side for row in matrix)


def test_segnos_encoder_alone_is_loaded_with_the_first_qr_code() -> None:
    """Not before the first QR code; then segno's encoder under a private name, without
    segno's writers (which load urllib.request, http.client and email: 33 ms a worker);
    segno's own names untouched, so that `import segno` at the same time (another thread)
    or later runs the package as usual; its matrices are ours."""
    code = """
import sys, threading
from campaign.layout.items import qr
loaded = lambda: sorted(n for n in sys.modules if "segno" in n or n in ("urllib.request",
                        "http.client"))
print(loaded())
urls = ["https://a.org/", "HTTPS://A.ORG/1", "tel:+41227917000", "7" * 40]
ours = [qr.qr_matrix(u) for u in urls]
print(loaded())
sys.setswitchinterval(1e-6)
errors = []
def first_code(url):
    try:
        qr._ENCODER.clear()
        qr._segno_encoder().encode(url, error="m", micro=False, boost_error=False)
    except BaseException as exc:
        errors.append(repr(exc))
def segno_itself():
    try:
        import segno, segno.consts
        segno.make_qr("x"), segno.consts.ERROR_LEVEL_M
    except BaseException as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=f, args=a) for f, a in
           [(first_code, ("a",)), (segno_itself, ()), (first_code, ("b",)), (segno_itself, ())]]
[t.start() for t in threads]
[t.join() for t in threads]
print(errors)
import segno
theirs = [segno.make_qr(u, error="m", boost_error=False).matrix for u in urls]
print(ours == [tuple(tuple(bool(v) for v in row) for row in m) for m in theirs])
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "[]",
        "['_campaign_segno', '_campaign_segno.consts', '_campaign_segno.encoder']",
        "[]",
        "True",
    ]


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
