"""ACCESSIBILITY.txt promised "alternative texts for images" even where an office's logo had
none (`office.logo-alt`, warned at the build; an accessibility officer's trial): each digital
PDF that shows a logo without one now has it named under it, and a line says so."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from ..kits import build, cli
from ..offices.kit import ROSEA, office_kit


def accessibility(kit: Path, out: Path) -> str:
    """The rosea group's ACCESSIBILITY.txt of a package of the rosea poster in English."""
    build(kit, out, "--office", "rosea", "--only", "poster-a3", "--lang", "en", "--no-png")
    code, text = cli("package", "--kit", kit, "--from", out)
    assert code == 0, text
    with zipfile.ZipFile(out / "package" / "rosea-screen.zip") as z:
        return z.read("ACCESSIBILITY.txt").decode("utf-8")


def test_a_logo_without_alt_is_named_in_accessibility_txt(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    text = accessibility(office_kit(kit_copy), tmp_path / "out")
    assert (
        "named ...-digital.pdf:\r\n"
        "  poster-a3-en-rosea-digital.pdf (English)\r\n"
        "    without alternative text (read as decoration, not named): logo 'partner' "
        "(rosea-logo.png)\r\n"
        "1 of them show logos without alternative text (named above):\r\n"
        "a screen reader says nothing of them. Give each its `alt:` in the office's\r\n"
        "file (a merged event's photo: its photo_alt cell) and build again.\r\n"
    ) in text


def test_a_logo_with_alt_is_not(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    office = ROSEA.replace(
        "  partner: rosea-logo.png\n",
        "  partner:\n    file: rosea-logo.png\n    alt: {en: Rosea Partners, ar: شركاء روزيا}\n",
    )
    text = accessibility(office_kit(kit_copy, office), tmp_path / "out")
    assert "  poster-a3-en-rosea-digital.pdf (English)\r\n\r\n" in text
    assert "without alternative text" not in text
