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
    assert code == 0, out
    assert "is never smaller than" not in out, out
    # its label, scaled from the design's, stays 214 mm under it: told (layout.qr-label)
    assert "warning[layout.qr-label]" in out, out


def test_a_key_a_size_does_not_have_lists_those_it_has(kit_copy: Callable[..., Path]) -> None:
    """`stand: {bottom: 150}` under a size was "unknown key" with no word of the keys a size
    has (`keep_clear:` among them)."""
    code, out, path, line = _check(kit_copy, BANNER + "    stand: {bottom: 150}\n")
    assert code == 1, out
    assert (
        f"{path}:{line + 3}:5: error[schema.unknown-key]: unknown key 'stand' in size 'banner'\n"
        "  hint: the keys of size 'banner' are: trim, paper, title, safe, bleed, min_type_pt, "
        "min_ppi, good_ppi, slots, pages, press, keep_clear, folds\n"
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


def test_a_bad_frame_of_a_size_is_one_error_naming_its_slot(
    kit_copy: Callable[..., Path],
) -> None:
    """`width: -20` in a size's QR frame said "frame of size override '?'", and a second
    error that the override "needs either 'frame' or 'drop: true'", which it had."""
    size = BANNER + "    slots:\n      qr: {frame: {end: 60, top: 1700, width: -20, height: 20}}\n"
    code, out, path, line = _check(kit_copy, size)
    assert code == 1, out
    column = size.splitlines()[4].index("-20") + 1  # at the value
    assert (
        f"{path}:{line + 4}:{column}: error[schema.type]: 'width' in frame of size override 'qr' "
        "must be a number >= 0 and <= 10000 (got -20)\n"
    ) in out, out
    assert out.count("error[") == 1, out


DAY = "when_no_logo: [emblem, partner], frame: {start: 62, top: 22, width: 213, height: 32}}"


def test_a_frame_off_the_page_is_told_at_its_frame_as_written(
    kit_copy: Callable[..., Path],
) -> None:
    """`start: 400` on the A3's `day-wide` (the day line drawn where the office has no logos,
    as the campaign's has none): told at the `frame:` (not the slot's first line), on A1 with
    the 400 written beside the 800 scaled, and with no contrast error for it."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert poster.count(DAY) == 1
    moved = poster.replace(DAY, DAY.replace("start: 62", "start: 400"))
    root = kit_copy(**{POSTER: moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a3,poster-a1", "--lang", "en")
    assert code == 1, out
    line = next(n for n, text in enumerate(moved.splitlines(), 1) if "start: 400" in text)
    at = f"{root / POSTER}:{line}:{moved.splitlines()[line - 1].index('frame:') + 1}"
    assert (
        f"{at}: error[layout.off-page]: poster-a3 slot 'day-wide': its frame (start 400, top 22, "
        "width 213, height 32 mm) lies outside the 297 x 420 mm page and its 3 mm bleed: "
        "nothing of it prints\n"
    ) in out, out
    assert (
        f"{at}: error[layout.off-page]: poster-a1 slot 'day-wide': its frame, start 400, top 22, "
        "width 213, height 32 mm on poster-a3 (scaled: start 800, top 44.5, width 426, height "
        "64 mm), lies outside the 594 x 841 mm page and its 3 mm bleed: nothing of it prints\n"
    ) in out, out
    assert "colour.contrast" not in out, out
    assert out.count("error[") == 2, out


def test_a_kit_error_shows_only_the_warnings_of_the_materials_checked(
    kit_copy: Callable[..., Path],
) -> None:
    """`check --only poster-a4` of a kit whose poster layout has an error (a 15 mm QR code on
    A4) printed a banner size's `layout.proportions` beside its error: only the A4's are told
    (the layout file set apart by `check`, its warnings of other sizes too)."""
    a4 = "      qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}\n"
    qr = "      qr: {frame: {end: 15, top: 240, width: 15, height: 15}}\n"
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert a4 in poster
    root = kit_copy(**{POSTER: poster.replace(a4, a4 + qr).replace(A2, A2 + BANNER)})
    code, out = cli("check", "--kit", root, "--only", "poster-a4", "--lang", "en")
    assert code == 1, out
    assert "size 'a4' gives QR code 'qr' a frame of 15 x 15 mm" in out, out
    assert "poster-banner" not in out, out
    code, out = cli("check", "--kit", root, "--only", "poster-banner", "--lang", "en")
    assert "warning[layout.proportions]: poster-banner" in out, out
