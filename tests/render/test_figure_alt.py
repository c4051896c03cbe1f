"""A figure has alternative text, or is no figure. An accessibility officer's photo slot with
`role: figure` and no `alt:` passed `check`, built, and its digital PDF had a Figure without
/Alt (PDF/UA-1 7.3, veraPDF's rule 7.3-1) while its XMP claimed PDF/UA-1; `check --pdf`
said ok. Now `check` fails it at the slot (`layout.figure-alt`), a logo slot's `role:
figure` reads the office's `alt:` (it passed it over), and `check --pdf` fails a digital PDF
with a Figure without /Alt or /ActualText. Every assertion on the PDF reads its structure
tree (pikepdf), not veraPDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from ..kits import append_slots, build, check, cli, out_path, replace_in
from ..offices.kit import ROSEA, office_kit

POSTER = "materials/layouts/poster-a3.yaml"
PHOTO = (
    "  - {name: walk-photo, kind: image, asset: photo-walk.jpg, fit: cover, overlap: true, "
    "role: figure,\n     frame: {start: 150, top: 216, width: 40, height: 30}}\n"
)
EMBLEM = "Blue heart, the emblem of the Blue Heart Campaign against human trafficking"


def figures(path: Path) -> list[tuple[str | None, str | None]]:
    """(/Alt, /ActualText) of each Figure of a digital PDF's structure tree, in order."""
    out: list[tuple[str | None, str | None]] = []
    with pikepdf.open(path) as pdf:

        def walk(node: pikepdf.Object) -> None:
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                if node.S == "/Figure":
                    alt = str(node.Alt) if "/Alt" in node else None
                    actual = str(node.ActualText) if "/ActualText" in node else None
                    out.append((alt, actual))
                if "/K" in node:
                    walk(node.K)

        walk(pdf.Root.StructTreeRoot.K)
    return out


def photo_kit(kit_copy: Callable[..., Path], slot: str = PHOTO) -> tuple[Path, int]:
    """The kit with a photo slot added to poster-a3 (and its 600 x 450 px photo); the line
    the slot starts on."""
    kit = kit_copy()
    Image.new("RGB", (600, 450), (40, 90, 160)).save(kit / "assets" / "photo-walk.jpg")
    return kit, append_slots(kit / POSTER, slot)


@pytest.mark.parametrize(
    ("slot", "name"),
    [
        (PHOTO, "walk-photo"),
        (
            "  - {name: art, kind: svg, asset: blue-heart.svg, role: figure, overlap: true,\n"
            "     frame: {start: 150, top: 216, width: 40, height: 30}}\n",
            "art",
        ),
        (
            "  - {name: more-hearts, kind: hearts, count: 3, filled: 1, fill: blue, outline: "
            "blue,\n     role: figure, overlap: true, frame: {start: 150, top: 216, width: 40, "
            "height: 30}}\n",
            "more-hearts",
        ),
    ],
)
def test_a_figure_without_alt_is_an_error_at_its_slot(
    kit_copy: Callable[..., Path], slot: str, name: str
) -> None:
    kit, line = photo_kit(kit_copy, slot)
    code, text = check(kit, "--only", "poster-a3", "--lang", "en")
    assert code == 1, text
    assert (
        f"{POSTER}:{line}:5: error[layout.figure-alt]: slot '{name}' is a figure (role: "
        "figure) without alternative text: its digital PDF's Figure would have no /Alt, "
        "which PDF/UA-1 refuses and screen readers skip\n"
        "  hint: add 'alt: <string key>' naming a string of the strings files that says what "
        "it shows, or write 'role: artifact' if it is decoration\n"
    ) in text


def test_a_described_figure_and_an_artifact_pass_and_every_figure_has_alt(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit, _ = photo_kit(kit_copy)
    replace_in(kit / POSTER, "role: figure,\n", "role: figure, alt: emblem_alt,\n")
    code, text = check(kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, text
    out = build(kit, tmp_path / "out", "--only", "poster-a3", "--lang", "en", "--no-png")
    # the emblem, the QR code and the photo (last of the slots: described by the
    # emblem's string here)
    assert figures(out / out_path("poster-a3", "en", "digital")) == [
        (EMBLEM, None),
        ("www.unodc.org/blueheart", None),
        (EMBLEM, None),
    ]
    replace_in(kit / POSTER, "role: figure, alt: emblem_alt,\n", "role: artifact,\n")
    out = build(kit, tmp_path / "out2", "--only", "poster-a3", "--lang", "en", "--no-png")
    assert figures(out / out_path("poster-a3", "en", "digital")) == [
        (EMBLEM, None),
        ("www.unodc.org/blueheart", None),
    ]


ROSEA_ALT = ROSEA.replace(
    "  partner: rosea-logo.png\n",
    "  partner:\n    file: rosea-logo.png\n    alt: {en: Rosea Partners, ar: شركاء روزيا}\n",
)
PARTNER = "{name: partner-logo, kind: image, logo: partner, fit: contain, background: ground,"


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        # the office's alt is read, as for a logo slot without `role:`
        (ROSEA_ALT, [(EMBLEM, None), ("Rosea Partners", None), ("example.org/rosea", None)]),
        # without one the logo is decoration (office.logo-alt warns), never a bare Figure
        (ROSEA, [(EMBLEM, None), ("example.org/rosea", None)]),
    ],
)
def test_a_logo_slots_role_figure_reads_the_offices_alt(
    kit_copy: Callable[..., Path],
    tmp_path: Path,
    office: str,
    expected: list[tuple[str | None, str | None]],
) -> None:
    kit = office_kit(kit_copy, office)
    replace_in(kit / POSTER, PARTNER, PARTNER + " role: figure,")
    code, text = check(kit, "--office", "rosea", "--only", "poster-a3", "--lang", "en")
    assert code == 0, text
    assert "layout.figure-alt" not in text
    args = ("--office", "rosea", "--only", "poster-a3", "--lang", "en", "--no-png")
    out = build(kit, tmp_path / "out", *args)
    assert figures(out / out_path("poster-a3", "en", "digital", "rosea")) == expected


def test_check_pdf_fails_a_figure_without_alt(tmp_path: Path) -> None:
    from ..conftest import ROOT

    out = build(ROOT, tmp_path / "out", "--only", "badge-58", "--lang", "en", "--no-png")
    good = out / out_path("badge-58", "en", "digital")
    code, text = cli("check", "--pdf", good)
    assert code == 0, text
    bad = tmp_path / "bad-digital.pdf"
    with pikepdf.open(good) as pdf:

        def strip(node: pikepdf.Object) -> None:
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    strip(kid)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                if node.S == "/Figure":
                    del node["/Alt"]
                if "/K" in node:
                    strip(node.K)

        strip(pdf.Root.StructTreeRoot.K)
        pdf.save(bad)
    assert figures(bad) == [(None, None)]
    code, text = cli("check", "--pdf", bad)
    assert code == 1, text
    assert (
        "page 1: a Figure of the structure tree without alternative text (/Alt or "
        "/ActualText): screen readers say nothing of it, and PDF/UA-1 refuses it (7.3); "
        "made by this kit: give its slot an alt: string key, or role: artifact, and build "
        "again"
    ) in text
