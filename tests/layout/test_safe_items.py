"""Any item, not only text, keeps out of the safe margin: a QR code 1 mm from the trim fails
`check` at its slot (issue 11); a slot that bleeds is meant to reach the trim."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
QR = "frame: {end: 22, top: 344, width: 50, height: 50}}"


def test_a_qr_code_in_the_safe_margin_fails(kit_copy: Callable[..., Path]) -> None:
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    assert poster.count(QR) == 1
    moved = poster.replace(QR, "frame: {end: 1, top: 344, width: 50, height: 50}}")
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1
    # one error for the slot: mirrored in Arabic, at its end edge too (the left one)
    assert (
        "error[layout.safe-area]: poster-a3 slot 'qr': it comes 4.0 mm into the 5 mm safe "
        "margin at the end edge (in 2 languages: en, ar)\n  hint: move the slot's frame "
        "inwards\n"
    ) in out  # a QR code has no style to lower


def test_a_frame_off_the_page_is_one_error_saying_so(kit_copy: Callable[..., Path]) -> None:
    """A shape moved wholly off the page had no message at all, and a QR code there was "54 mm
    into the 5 mm safe margin": each is now an off-page error, and only that."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    moved = poster.replace(QR, "frame: {start: 320, top: 344, width: 50, height: 50}}").replace(
        "slots:\n",
        "slots:\n  - {name: extra-box, kind: shape, fill: sky,"
        " frame: {start: 400, top: 500, width: 40, height: 40}}\n",
        1,
    )
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    # one error per slot in every language, the frame as the layout gives it (it was one per
    # language, in Arabic with the mirrored box's corner, a number no one wrote)
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 1
    assert (
        "error[layout.off-page]: poster-a3 slot 'extra-box': its frame (start 400, top 500, "
        "width 40, height 40 mm) lies outside the 297 x 420 mm page and its 3 mm bleed: "
        "nothing of it prints\n"
        "  hint: move the slot's frame onto the page (frames are in mm from the trim's edges: "
        "`start:` the edge a line starts at, left, or right in right-to-left languages)\n"
    ) in out, out
    assert out.count("slot 'extra-box': its frame") == 1
    assert "error[layout.off-page]: poster-a3 slot 'qr': its frame (start 320, top 344" in out
    assert "slot 'qr': it comes" not in out  # no safe-margin message besides
    # nor one of its stopping at the trim's edge (a designer's trial: a shape off the page
    # was "reaches the trim's end edge and stops there")
    assert "'extra-box' reaches the trim" not in out, out


def test_a_badges_art_past_its_face_is_a_warning(kit_copy: Callable[..., Path]) -> None:
    """A designer's trial: the badge's emblem moved to 2 mm from the top ran about 4 mm past
    the 58 mm face onto the wrap, which the press folds round the back, and `check` said the
    badge laid out cleanly. Where it was, and the ground that wraps by design, say nothing."""
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    frame = "frame: {start: 22.5, top: 13, width: 25, height: 22.5}}"
    assert frame in badge
    moved = badge.replace(frame, frame.replace("top: 13", "top: 2"))
    root = kit_copy(**{"materials/layouts/badge-58.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "badge-58", "--lang", "en")
    line = moved.splitlines().index(next(t for t in moved.splitlines() if "name: emblem" in t))
    assert (
        f"badge-58.yaml:{line + 1}:5: warning[layout.wrap]: badge-58 slot 'emblem': its art "
        "reaches 4.0 mm past the badge's 58 mm face onto the wrap, which the press folds "
        "round the back\n"
        "  hint: move the slot's frame inwards, inside the face (or let it bleed, `bleed: "
        "all`, if it is a ground meant to wrap)\n"
    ) in out, out
    # said once, not again as the pseudo-locales' own (a trial: "1 warning(s) of their own")
    code, out = cli("check", "--kit", root, "--only", "badge-58")
    assert out.count("layout.wrap") == 1, out
    assert "layout.pseudo" not in out
    code, out = cli("check", "--kit", ROOT, "--only", "badge-58", "--lang", "en")
    assert "layout.wrap" not in out


# over the badge's emblem and words where it is put: `overlap: true`, this test is not theirs
QR_SLOT = (
    "  - {name: qr, kind: qr, link: blueheart, colour: black, background: white, quiet: 4,\n"
    "     overlap: true,\n"
)


def _badge_with_qr(frame: str) -> str:
    """badge-58.yaml with a QR code of the campaign's link in `frame` (after its slots)."""
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    last = "     frame: {start: 9.5, top: 9.5, width: 51, height: 51}}\n"
    assert badge.count(last) == 1
    return badge.replace(last, f"{last}{QR_SLOT}     frame: {frame}}}\n")


def _line(text: str) -> int:
    """The line of the QR code's slot."""
    return text.splitlines().index(QR_SLOT.splitlines()[0]) + 1


@pytest.mark.parametrize(
    ("frame", "told"),
    [
        (  # its edges' middles inside the live circle, its far corner in the safe margin
            "{start: 40, top: 14, width: 18, height: 18}",
            "2.4 mm outside the badge's live circle (52 mm, the face less the safe margin), "
            "0.6 mm inside the 58 mm face's edge, in the margin a press's fit may take round it",
        ),
        (  # its edges' middles inside the face, its far corner past it
            "{start: 41, top: 12, width: 19, height: 19}",
            "5.1 mm outside the badge's live circle (52 mm, the face less the safe margin), "
            "2.1 mm past the 58 mm face: the press folds it round the back",
        ),
        (  # an edge's middle past the face too: the corners' error alone, not the wrap's
            "{start: 44, top: 10, width: 20, height: 20}",
            "9.2 mm outside the badge's live circle (52 mm, the face less the safe margin), "
            "6.2 mm past the 58 mm face: the press folds it round the back",
        ),
    ],
)
def test_a_badges_qr_code_is_judged_by_its_corners_against_the_live_circle(
    kit_copy: Callable[..., Path], frame: str, told: str
) -> None:
    """A QR code towards the badge's top end corner: inside its square trim less the 3 mm
    safe margin (3 to 67 mm: the square check a poster's code gets passes), and by the
    middles of its edges inside the 58 mm face (the wrap check of art), but its modules'
    far corner lies outside the 52 mm live circle: `check` said the badge laid out
    cleanly."""
    moved = _badge_with_qr(frame)
    root = kit_copy(**{"materials/layouts/badge-58.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "badge-58", "--lang", "en,ar")
    assert code == 1, out
    assert (
        f"badge-58.yaml:{_line(moved)}:5: error[layout.safe-area]: badge-58 slot 'qr': a corner "
        f"of its QR code reaches {told}; a code that loses a corner does not scan (in 2 "
        "languages: en, ar)\n"
        "  hint: move the slot's frame inwards\n"
    ) in out, out
    assert "layout.wrap" not in out, out  # said once, as the error it is


def test_a_badges_qr_code_inside_the_live_circle_passes(kit_copy: Callable[..., Path]) -> None:
    """The same code in the badge's middle, its corners 12 mm from the centre."""
    moved = _badge_with_qr("{start: 25, top: 25, width: 20, height: 20}")
    root = kit_copy(**{"materials/layouts/badge-58.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "badge-58", "--lang", "en")
    assert code == 0, out


# a filled dot and a rounded square among the badge's slots, in its middle (over its words and
# rim text's box: `overlap: true`); a size of the 58 mm press gives each a frame of its own
SHAPES = (
    "  - {name: dot, kind: shape, shape: circle, fill: sky, pin: true, overlap: true,\n"
    "     frame: {start: 32, top: 52, width: 6, height: 6}}\n"
    "  - {name: tile, kind: shape, fill: sky, radius: 4, pin: true, overlap: true,\n"
    "     frame: {start: 30, top: 30, width: 10, height: 10}}\n"
)


def _badge_with_size(slots: str) -> str:
    """badge-58.yaml with the SHAPES slots and a size `trial` (the 58 mm press) whose `slots:`
    entry is `slots` (one line)."""
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    last = "     frame: {start: 9.5, top: 9.5, width: 51, height: 51}}\n"
    assert badge.count(last) == 1
    return (
        badge.replace(last, f"{last}{SHAPES}").rstrip("\n")
        + f"\n  trial:\n    press: 58mm\n    paper: custom\n    title: Trial\n    slots:\n"
        f"      {slots}\n"
    )


@pytest.mark.parametrize(
    ("slots", "told"),
    [
        (  # a dot in the square trim's corner: outside even the 70 mm cut circle
            "dot: {frame: {start: 1, top: 1, width: 6, height: 6}}",
            "'dot': its circle lies wholly outside the badge's 70 mm cut circle, 5.8 mm beyond "
            "it at its nearest: none of it is on the badge",
        ),
        (  # the ring (an outline 0.5 mm wide) moved towards a corner: its outer edge
            "ring: {frame: {start: 40, top: 40, width: 28, height: 28}}",
            "'ring': its ring reaches 12.1 mm past the badge's 58 mm face onto the wrap, which "
            "the press folds round the back",
        ),
        (  # its corner rounded by 4 mm: measured at the arc, not at the box's corner (10.1)
            "tile: {frame: {start: 50, top: 10, width: 15, height: 15}}",
            "'tile': its rectangle reaches 8.4 mm past the badge's 58 mm face onto the wrap, "
            "which the press folds round the back",
        ),
    ],
)
def test_a_badges_shape_is_judged_against_its_face(
    kit_copy: Callable[..., Path], slots: str, told: str
) -> None:
    """A shape of a badge (a dot, the ring, a tile) that its size moves towards a corner of
    the square trim, past the face or off the cut circle: shapes were judged by nothing on a
    badge (text there is a safe-area error, art a wrap warning), and `check` said the badge
    laid out cleanly. The shipped badges' ring stays inside each face (`check --office all`
    is clean)."""
    badge = _badge_with_size(slots)
    root = kit_copy(**{"materials/layouts/badge-58.yaml": badge})
    code, out = cli("check", "--kit", root, "--only", "badge-58,badge-trial", "--lang", "en,ar")
    assert code == 0, out  # a warning
    line = badge.splitlines().index(f"      {slots}") + 1
    name = slots.split(":")[0]
    design = next(i for i, t in enumerate(badge.splitlines(), 1) if f"{{name: {name}," in t)
    assert (
        f"badge-58.yaml:{line}:{len(name) + 9}: warning[layout.wrap]: badge-trial slot {told}\n"
        "  hint: move the slot's frame inwards, inside the face (or let it bleed, `bleed: all`, "
        "if it is a ground meant to wrap)\n"
        f"  hint: this is badge-trial's own frame of slot '{name}' (`sizes: trial: slots:`), "
        f"not badge-58's scaled (its slot at badge-58.yaml:{design})\n"
    ) in out, out
    assert out.count("layout.wrap") == 1, out  # the design's own, in its middle, is not told


@pytest.mark.parametrize(
    "slots",
    [
        "dot: {frame: {start: 80, top: 1, width: 6, height: 6}}",
        "emblem: {frame: {start: 80, top: 1, width: 18, height: 16}}",
    ],
)
def test_a_badges_frame_off_the_page_is_the_off_page_error_alone(
    kit_copy: Callable[..., Path], slots: str
) -> None:
    """A badge size's shape or art moved off its 70 mm square and its bleed: nothing of it
    prints, the off-page error says so, and it is not a wrap warning as well (the emblem was
    told twice: "its art reaches 39.1 mm past the badge's 58 mm face onto the wrap")."""
    badge = _badge_with_size(slots)
    root = kit_copy(**{"materials/layouts/badge-58.yaml": badge})
    code, out = cli("check", "--kit", root, "--only", "badge-trial", "--lang", "en")
    assert code == 1, out
    line = badge.splitlines().index(f"      {slots}") + 1
    name = slots.split(":")[0]
    size = "6, height 6" if name == "dot" else "18, height 16"
    assert (
        f"badge-58.yaml:{line}:{len(name) + 9}: error[layout.off-page]: badge-trial slot "
        f"'{name}': its frame (start 80, top 1, width {size} mm) lies outside the 70 x 70 mm "
        "page and its 3 mm bleed: nothing of it prints\n"
    ) in out, out
    assert "layout.wrap" not in out, out
