"""Badge presses as data (materials/presses/<id>.yaml) and the badge at every press size."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError, display_path
from campaign.kit.load import load_kit
from campaign.model import Kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
# id: (face, cut, safe, verified); the inch presses' numbers are kingbadge's published
# layouts (face, die-cut, live area), the others estimated and marked so
PRESSES = {
    "25mm": (25.0, 31.4, 2.0, False),
    "32mm": (32.0, 38.4, 2.0, False),
    "38mm": (38.0, 44.4, 2.4, False),
    "44mm": (44.0, 52.0, 3.0, False),
    "58mm": (58.0, 70.0, 3.0, False),
    "75mm": (75.0, 84.6, 3.0, False),
    "1in": (25.4, 31.8, 2.0, False),
    "1-25in": (31.75, 38.15, 2.0, False),
    "1-5in": (38.1, 44.5, 2.4, True),
    "1-75in": (44.45, 52.4, 3.175, True),
    "2-25in": (57.15, 66.7, 3.175, True),
    "3in": (76.2, 85.7, 3.15, True),
}


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def test_every_press_of_the_issue_is_shipped(kit: Kit) -> None:
    got = {k: (p.face, p.cut, p.safe, p.verified) for k, p in kit.presses.items()}
    assert got == PRESSES
    for press in kit.presses.values():
        assert press.source  # every number says where it comes from
        assert press.source.startswith("Published") == press.verified
    # the live circle of the published layouts: 33.3, 38.1, 50.8 and 69.9 mm
    live = [round(kit.presses[k].live, 1) for k in ("1-5in", "1-75in", "2-25in", "3in")]
    assert live == [33.3, 38.1, 50.8, 69.9]


def test_the_badge_comes_in_every_press_size(kit: Kit) -> None:
    design = kit.layouts["badge-58"]
    assert design.press == "58mm"
    assert design.badge == kit.presses["58mm"]
    for press_id, press in kit.presses.items():
        if press_id == "58mm":
            continue
        layout = kit.layouts[f"badge-{press_id}"]
        assert layout.badge == press
        assert layout.trim == (press.cut, press.cut)  # the square around the cut circle
        assert layout.family == "badge"
    # frames scale by the ratio of the faces, about the centre: the 3 in badge's emblem
    emblem = next(s for s in kit.layouts["badge-3in"].slots if s.name == "emblem")
    x, y, w, h = emblem.frame.resolve(85.7, 85.7)
    s = 76.2 / 58
    assert w == pytest.approx(25 * s, abs=0.002)
    assert x + w / 2 == pytest.approx(85.7 / 2, abs=0.002)  # still centred
    # rim text only where it stays above the floor; the two smallest carry the heart alone
    names = lambda m: {sl.name for sl in kit.layouts[m].slots}  # noqa: E731
    assert "rim" in names("badge-3in")
    assert "rim" not in names("badge-44mm")
    assert names("badge-25mm") == names("badge-1in") == {"ground", "emblem"}


def test_every_badge_size_lays_out_in_every_language() -> None:
    sizes = ",".join(f"badge-{p}" if p != "58mm" else "badge-58" for p in PRESSES)
    code, out = cli("check", "--strict", "--only", sizes)
    assert code == 0, out
    assert (
        "ok: 312 document(s) (312 page(s)) of 12 material(s) in 26 language(s) lay out cleanly"
        in out
    )


def test_the_unverified_press_is_said_once(tmp_path: Path) -> None:
    """A note per press (layout.press-unverified), at its file's `verified: false`, which
    --strict does not fail; in a --json report's diagnostics (it was a line of `notes`)."""
    args = ("check", "--only", "badge-58,badge-3in,badge-75mm", "--lang", "en,ar", "--strict")
    code, out = cli(*args)
    assert code == 0, out
    press = display_path(ROOT / "materials/presses/58mm.yaml")
    assert (
        out.count(
            f"{press}:8:1: note[layout.press-unverified]: press '58mm' (58 mm face, 70 mm cut "
            "circle) is not verified: 58 -> 70 mm reported for a Vevor 58 mm press"
        )
        == 1
    ), out
    assert out.count("note[layout.press-unverified]: press '75mm'") == 1
    assert "press '3in'" not in out  # kingbadge's published layout
    code, out = cli(*args, "--json")
    report = json.loads(out)
    found = [d for d in report["diagnostics"] if d["code"] == "layout.press-unverified"]
    assert [(d["severity"], d["file"], d["line"], d["column"]) for d in found] == [
        ("note", press, 8, 1),
        ("note", display_path(ROOT / "materials/presses/75mm.yaml"), 8, 1),
    ], found
    assert found[0]["message"].startswith("press '58mm' (58 mm face, 70 mm cut circle) is not")
    assert report["notes"] == [], report


def test_an_unknown_press_is_an_error_where_it_is_named(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    root = kit_copy(
        **{"materials/layouts/badge-58.yaml": badge.replace("press: 58mm", "press: 58m")}
    )
    monkeypatch.chdir(root)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    line = next(n for n, t in enumerate(badge.splitlines(), 1) if t == "press: 58mm")
    assert [d.render() for d in exc.value.diagnostics if d.is_error] == [
        f"materials/layouts/badge-58.yaml:{line}:8: error[ref.press]: unknown press '58m'\n"
        "  hint: did you mean '58mm'?"
    ]


def test_a_user_adds_a_press_in_one_file(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    press = "name: 50 mm\nface: 50\ncut: 60\nsafe: 3\nverified: true\nsource: our press\n"
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    root = kit_copy(
        **{
            "materials/presses/50mm.yaml": press,
            "materials/layouts/badge-58.yaml": badge
            + "  50mm: {press: 50mm, title: Badge 50 mm, slots: {rim: {drop: true}}}\n",
        }
    )
    code, out = cli(
        "build",
        "--kit",
        root,
        "--only",
        "badge-50mm",
        "--lang",
        "en",
        "-o",
        tmp_path / "o",
        "--png-ppi",
        "20",
    )
    assert code == 0, out
    from PIL import Image

    with Image.open(tmp_path / "o/badge-50mm/badge-50mm-en-preview.png") as im:
        assert im.size == (48, 48)  # 60 mm at 20 ppi, rounded up


def test_rim_text_outside_the_live_circle_is_caught_before_drawing(
    kit_copy: Callable[..., Path],
) -> None:
    """A rim frame wider than the live circle: `check` reports the rim text at its slot (rim
    text used to be checked only by the built file's preflight)."""
    badge = (ROOT / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    override = "slots: {rim: {frame: {start: 8.65, top: 8.65, width: 49.4, height: 49.4}}}"
    assert override in badge
    wide = "slots: {rim: {frame: {start: 5.35, top: 5.35, width: 56, height: 56}}}"
    root = kit_copy(**{"materials/layouts/badge-58.yaml": badge.replace(override, wide)})
    code, out = cli("check", "--kit", root, "--only", "badge-2-25in", "--lang", "en")
    assert code == 1
    # the rim circle's radius is 28 mm; the live circle's 25.4 mm
    assert (
        "error[layout.safe-area]: badge-2-25in [en] slot 'rim': text reaches 2.6 mm outside "
        "the badge's live circle (50.8 mm)"
    ) in out


def test_a_press_source_without_a_full_stop_ends_as_a_sentence(
    kit_copy: Callable[..., Path],
) -> None:
    """A source written without a full stop ran into the note's next sentence: "measured by
    hand; print one badge first Print one badge and check it" (a trial)."""
    kit = kit_copy()
    press = kit / "materials/presses/58mm.yaml"
    text = press.read_text("utf-8")
    start = text.index("source: >-\n")
    end = text.index("\n", text.index("\n", start) + 1) + 1
    press.write_text(text[:start] + "source: measured by hand (a local press)\n" + text[end:])
    code, out = cli("check", "--kit", kit, "--only", "badge-58", "--lang", "en")
    assert (
        "note[layout.press-unverified]: press '58mm' (58 mm face, 70 mm cut circle) is not "
        "verified: measured by hand (a local press). Print one badge and check it on your "
        "press first.\n"
    ) in out, out
