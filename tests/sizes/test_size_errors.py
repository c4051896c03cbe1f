"""A size's own keys and frames, told where they are written: a QR code's own frame under
the kit's print minimum, a key a size does not have (a designer's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
POSTER = "materials/layouts/poster-a3.yaml"
A2 = "  a2: {trim: [420, 594], title: Poster A2}\n"


def _check(
    kit_copy: Callable[..., Path], size: str, only: str = "poster-banner", root: Path | None = None
) -> tuple[int, str, Path, int]:
    """`check` of the kit (a copy, or `root` again) with `size` added to the poster's sizes
    after A2: (exit code, output, the poster's path, the size's first line)."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert A2 in poster
    if root is None:
        root = kit_copy()
    (root / POSTER).write_text(poster.replace(A2, A2 + size), encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", only, "--lang", "en")
    line = poster[: poster.index(A2)].count("\n") + 2
    return code, out, root / POSTER, line


BANNER = "  banner:\n    trim: [850, 2000]\n    paper: custom\n"


def test_a_qr_code_of_a_size_below_the_minimum_is_an_error_at_its_frame(
    kit_copy: Callable[..., Path],
) -> None:
    """The README promises a QR code never goes below 20 mm: a size's own frame of 15 mm was
    printed so. An error at its `frame:`, with the fix; 20 mm is accepted."""
    size = BANNER + "    slots:\n      qr: {frame: {end: 60, top: 1700, width: 15, height: 15}}\n"
    code, out, path, line = _check(kit_copy, size)
    assert code == 1, out
    assert (
        f"{path}:{line + 4}:12: error[schema.value]: size 'banner' gives QR code 'qr' a frame of "
        "15 x 15 mm: a QR code is never smaller than 20 mm (the kit's print minimum, for a "
        "phone at arm's length)\n"
        "  hint: make its frame at least 20 x 20 mm (width: 20, height: 20), or leave the slot "
        "out of the size's `slots:` to have it scaled (never below the minimum)\n"
    ) in out, out
    assert out.count("error[") == 1, out
    twenty = size.replace("width: 15, height: 15", "width: 20, height: 20")
    code, out, _, _ = _check(kit_copy, twenty, root=path.parents[2])
    assert "QR code" not in out, out


def test_a_key_a_size_does_not_have_lists_those_it_has(kit_copy: Callable[..., Path]) -> None:
    """`stand: {bottom: 150}` under a size was "unknown key" with no word of the keys a size
    has (`keep_clear:` among them)."""
    code, out, path, line = _check(kit_copy, BANNER + "    stand: {bottom: 150}\n")
    assert code == 1, out
    assert (
        f"{path}:{line + 3}:5: error[schema.unknown-key]: unknown key 'stand' in size 'banner'\n"
        "  hint: the keys of size 'banner' are: trim, paper, title, safe, bleed, min_type_pt, "
        "slots, pages, press, keep_clear\n"
    ) in out, out


def test_a_qr_code_in_a_kept_clear_band_is_an_error_at_its_frame(
    kit_copy: Callable[..., Path],
) -> None:
    """A roll-up banner keeps its foot clear (`keep_clear: {bottom: 150}`, the stand): its
    own QR frame 10 mm into the band is an error at the frame; 1 mm above it is not."""
    size = (
        BANNER
        + "    keep_clear: {bottom: 150}\n"
        + "    slots:\n      qr: {frame: {end: 60, top: 1810, width: 50, height: 50}}\n"
    )
    code, out, path, line = _check(kit_copy, size)
    assert code == 1, out
    assert (
        f"{path}:{line + 5}:12: error[layout.safe-area]: size 'banner' places QR code 'qr' 10 mm "
        "into the 150 mm it keeps clear at the bottom (`keep_clear:`), where it is hidden\n"
        "  hint: move its frame out of the band (bottom edge at least 150 mm from the trim's)\n"
    ) in out, out
    code, out, _, _ = _check(kit_copy, size.replace("top: 1810", "top: 1799"), root=path.parents[2])
    assert "places QR code" not in out, out
