"""`package.resolution` judges each print file by its own size's floor (`good_ppi:`, else the
300 ppi print shops' preflight asks for), as the build did: a roll-up banner whose
`good_ppi: 100` the build accepted at 150 ppi was warned of by the package, against 300,
and its job sheet row told the print shop so. A poster of the same design, its size
setting no floor of its own, is still held to 300 ppi."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from campaign.diagnostics import Collector
from campaign.kit import load_kit
from campaign.output import OutputFile
from campaign.package import build as pkg_build
from tests.kits import ROOT, build, cli
from tests.package.test_package import job_csv_rows

POSTER = "materials/layouts/poster-a3.yaml"
A2 = "  a2: {trim: [420, 594], title: Poster A2}\n"
OFFICE = (
    "name: Rosea\nlanguages: [en]\nmaterials: [poster-banner, poster-a3]\n"
    "logos:\n  partner: tiny.png\n"
)
PRINT_ONLY = ("--lang", "en", "--no-png", "--no-digital")


def _kit(kit_copy: Callable[..., Path], logo: tuple[int, int], floors: str) -> Path:
    """A kit copy whose A3 poster design has a roll-up banner size (850 x 2000 mm) with
    `floors` (its `min_ppi:` and `good_ppi:` lines), for an office Rosea of the banner and
    the A3 poster whose partner logo is `logo` px."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A2 in poster
    banner = "  banner:\n    trim: [850, 2000]\n    paper: custom\n" + floors
    kit = kit_copy(
        **{POSTER: poster.replace(A2, A2 + banner), "materials/offices/rosea.yaml": OFFICE}
    )
    Image.new("RGB", logo, (0, 90, 160)).save(kit / "assets" / "tiny.png")
    return kit


def _least_ppi(out: Path, name: str) -> float:
    """The least image resolution the build's preflight recorded for the file `name`."""
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    (entry,) = [f for f in files if f["path"].endswith(f"/{name}")]
    return float(entry["extra"]["preflight"]["min_image_ppi"])


def test_a_banner_at_its_own_good_ppi_is_not_warned_of(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The banner's `good_ppi: 100`: its logo at 150 ppi is no warning of the build, nor of
    the package, and its job sheet row has no note."""
    # 813 x 203 px contained in the banner's partner-logo frame: 150 ppi
    kit = _kit(kit_copy, (813, 203), "    min_ppi: 100\n    good_ppi: 100\n")
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--office", "rosea", "--only", "poster-banner",
        *PRINT_ONLY,
    )  # fmt: skip
    assert code == 0, text
    assert "ppi" not in text, text
    assert 149 < _least_ppi(out, "poster-banner-en-rosea.pdf") < 152
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert "package.resolution" not in text, text
    rows = job_csv_rows(tmp_path / "pkg" / "rosea-print.zip")
    assert rows["poster-banner-en-rosea.pdf"]["note"] == ""


def test_a_poster_of_the_same_design_is_still_held_to_300_ppi(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The A3 poster, whose design's banner size sets `good_ppi: 100`, sets none itself: its
    logo at 201 ppi is warned of against the print shops' 300, as before."""
    # 238 x 119 px contained in the A3 poster's 48 x 15 mm partner-logo frame: 30 x 15 mm
    kit = _kit(kit_copy, (238, 119), "    min_ppi: 100\n    good_ppi: 100\n")
    out = build(kit, tmp_path / "out", "--office", "rosea", "--only", "poster-a3", *PRINT_ONLY)
    assert 201 < _least_ppi(out, "poster-a3-en-rosea.pdf") < 202
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (
        "warning[package.resolution]: 1 print file(s) hold an image below 300 ppi, which print "
        "shops' preflight refuses: poster-a3-en-rosea.pdf; their job sheet rows say so\n"
    ) in text, text
    rows = job_csv_rows(tmp_path / "pkg" / "rosea-print.zip")
    assert rows["poster-a3-en-rosea.pdf"]["note"] == (
        "an image prints at 201 ppi, below the 300 ppi print shops' preflight asks for: agree "
        "it with the print shop, or replace the image"
    )


def _file(material: str, ppi: float) -> OutputFile:
    """Rosea's print file of `material` in English whose least image resolution is `ppi`."""
    return OutputFile(
        f"rosea/{material}/{material}-en-rosea.pdf", material, "en", "pdf", "print",
        (297, 420), 1, "0", 1, office="rosea", extra={"preflight": {"min_image_ppi": ppi}},
    )  # fmt: skip


def test_files_below_different_floors_are_named_with_each(
    kit_copy: Callable[..., Path],
) -> None:
    """A banner below its own `good_ppi: 150` and a poster below 300 in one package: the
    warning gives both floors, and each row its own."""
    kit = load_kit(_kit(kit_copy, (813, 203), "    min_ppi: 100\n    good_ppi: 150\n"))
    files = [_file("poster-banner", 120.4), _file("poster-a3", 237.0), _file("poster-a4", 300.0)]
    errs = Collector()
    pkg_build._low_resolution(kit, files, errs)
    (warning,) = errs.items
    assert warning.message == (
        "2 print file(s) hold an image below the resolution their size asks for (150 or 300 "
        "ppi: its good_ppi, else the 300 print shops' preflight asks for): "
        "poster-banner-en-rosea.pdf, poster-a3-en-rosea.pdf; their job sheet rows say so"
    )
    notes = [pkg_build.low_ppi(f, pkg_build.good_ppi(kit, f)) for f in files]
    assert notes == [
        "an image prints at 120 ppi, below the 150 ppi its size asks for (good_ppi): agree it "
        "with the print shop, or replace the image",
        "an image prints at 237 ppi, below the 300 ppi print shops' preflight asks for: agree "
        "it with the print shop, or replace the image",
        "",
    ]
