"""ACCESSIBILITY.txt promised "alternative texts for images" even where an office's logo had
none (`office.logo-alt`, warned at the build; an accessibility officer's trial): each digital
PDF that shows a logo without one now has it named under it, and a line says so."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from ..kits import ROOT, build, cli
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
        "1 of them show logos or photos without alternative text (named above):\r\n"
        "a screen reader says nothing of them. Give each its `alt:` in the office's\r\n"
        "file and build again (a merged event's photo: its photo_alt cell, and merge\r\n"
        "again).\r\n"
    ) in text


def test_a_logo_with_alt_is_not(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    office = ROSEA.replace(
        "  partner: rosea-logo.png\n",
        "  partner:\n    file: rosea-logo.png\n    alt: {en: Rosea Partners, ar: شركاء روزيا}\n",
    )
    text = accessibility(office_kit(kit_copy, office), tmp_path / "out")
    assert "  poster-a3-en-rosea-digital.pdf (English)\r\n\r\n" in text
    assert "without alternative text" not in text


def test_a_merged_photo_without_photo_alt_is_named_as_the_events_photo(tmp_path: Path) -> None:
    """A merged row's photo without `photo_alt` is named as the event's photo, not as a
    logo: ACCESSIBILITY.txt said "logo 'photo' (walk.jpg)" of it, a logo the office's
    file does not have."""
    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", (800, 1200), (40, 90, 160)).save(images / "walk.jpg")
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,photo,sample\n"
        "walk,en,Walk,2024-07-30,10:00,Park,walk.jpg,true\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--images", images, "-j", "1"
    )
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out)
    assert code == 0, text
    with zipfile.ZipFile(out / "package" / "campaign-screen.zip") as z:
        said = z.read("ACCESSIBILITY.txt").decode("utf-8")
    assert (
        "named ...-digital.pdf:\r\n"
        "  event-flyer-a5-en-walk-digital.pdf (English)\r\n"
        "    without alternative text (read as decoration, not named): the event's photo "
        "(walk.jpg)\r\n"
        "1 of them show logos or photos without alternative text (named above):\r\n"
    ) in said
