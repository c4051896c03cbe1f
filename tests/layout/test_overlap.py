"""`layout.overlap`: content covering content fails `check` at the slot (the issue's QR code on
top of the headline), unless the slot says `overlap: true`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
QR = (
    "{name: qr, kind: qr, link: blueheart, colour: black, background: white, quiet: 4,\n"
    "     alt: qr_label, frame: {end: 22, top: 344, width: 50, height: 50}}"
)


def qr_on_headline() -> str:
    """poster-a3.yaml with its QR code moved onto the headline (the issue's case)."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    assert QR in poster
    return poster.replace(QR, QR.replace("end: 22, top: 344", "start: 30, top: 80"))


def test_a_qr_code_on_the_headline_fails_check(kit_copy: Callable[..., Path]) -> None:
    moved = qr_on_headline()
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en")
    assert code == 1
    line = next(n for n, t in enumerate(moved.splitlines(), 1) if "{name: qr," in t)
    assert (
        f"materials/layouts/poster-a3.yaml:{line}:5: error[layout.overlap]: poster-a3 [en] "
        "slot 'qr': slot 'qr' covers slot 'headline' (50.0 x 17.2 mm)\n"
        "  hint: move one of them; if the overlap is meant, add 'overlap: true' to slot 'qr' "
        "(or to slot 'headline'): the check then leaves that slot out\n"
    ) in out.replace(str(root) + "/", ""), out
    # a deliberate overlap is allowed
    allowed = moved.replace("{name: qr, kind: qr,", "{name: qr, kind: qr, overlap: true,")
    (root / "materials/layouts/poster-a3.yaml").write_text(allowed, encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en")
    assert "layout.overlap" not in out


def test_an_overlap_in_every_language_is_one_error_naming_both_slots(
    kit_copy: Callable[..., Path],
) -> None:
    """One misplaced frame overlaps in every language (each by its own text's ink): one error
    for the pair, naming the languages and the largest overlap, with a hint that says which
    slot may take `overlap: true` (either: the check leaves that slot out). It was one
    identical error per language, and the hint said "the slot"."""
    moved = qr_on_headline()
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en,fr,ar")
    assert code == 1
    errors = [line for line in out.splitlines() if "error[layout.overlap]" in line]
    assert len(errors) == 1, out
    assert (
        errors[0]
        .split("error[layout.overlap]: ")[1]
        .startswith(
            "poster-a3 slot 'qr': slot 'qr' covers slot 'headline' in 3 languages (en, fr, ar); "
            "the most in "
        )
    )
    assert errors[0].endswith(" mm")
    hint = out.splitlines()[out.splitlines().index(errors[0]) + 1]
    assert hint == (
        "  hint: move one of them; if the overlap is meant, add 'overlap: true' to slot 'qr' "
        "(or to slot 'headline'): the check then leaves that slot out"
    )
    # the same overlap in one language is that language's error, with its size
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "fr")
    (error,) = [line for line in out.splitlines() if "error[layout.overlap]" in line]
    assert "poster-a3 [fr] slot 'qr': slot 'qr' covers slot 'headline' (" in error


def test_the_shipped_designs_do_not_overlap() -> None:
    code, out = cli("check", "--kit", ROOT)
    assert code == 0, out
    assert "layout.overlap" not in out


def test_an_overflowing_text_is_judged_within_its_frame(tmp_path: Path) -> None:
    """A text too long for its slot is one overflow: its lines below the frame cover the
    slot under it, which is that overflow, not an overlap. Its frame on that slot is still
    one."""
    from ..kits import check, mini_copy

    long = "word: Solidarity with every survivor of trafficking, everywhere and always"
    under = (
        "  - {name: under, kind: text, string: emblem_alt, style: word, "
        "frame: {start: 3, top: 15, width: 14, height: 4}}\n"
    )
    kit = mini_copy(
        tmp_path / "kit",
        {
            "strings/en.yaml": ("word: Heart", long),
            "layouts/text.yaml": ("min_type_pt", under + "min_type_pt"),
        },
    )
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(
        layout.read_text().replace("width: 14, height: 14}}", "width: 14, height: 11.5}}")
    )
    code, text = check(kit, "--only", "text", "--lang", "en")
    assert code == 1
    codes = [
        line.split("error[")[1].split("]")[0] for line in text.splitlines() if "error[" in line
    ]
    assert codes == ["text.overflow"], text
    # the frame itself on the other slot: an overlap, whatever the overflow
    layout.write_text(layout.read_text().replace("top: 15,", "top: 12.5,"))
    code, text = check(kit, "--only", "text", "--lang", "en")
    assert "error[layout.overlap]: text [en] slot 'under': slot 'under' covers slot 'word'" in text


def test_a_filled_shape_drawn_over_a_text_hides_it(tmp_path: Path) -> None:
    """Slots paint in the layout's order: a filled band listed after a text covers it. Shapes
    were left out of the check (grounds are what content sits on), so a band moved down the
    list hid a text without a word. A stroked outline, a `window` frame, a circle whose disc
    misses the ink, a shape listed first, and `overlap: true` hide nothing."""
    from ..kits import check, mini_copy

    def problems(slot: str) -> list[str]:
        kit = mini_copy(
            tmp_path / f"kit{len(list(tmp_path.iterdir()))}",
            {"layouts/text.yaml": ("min_type_pt", slot + "min_type_pt")},
        )
        lines = (kit / "materials/layouts/text.yaml").read_text(encoding="utf-8").splitlines()
        line = 1 + next(n for n, t in enumerate(lines) if t.startswith("  - {name: band") or
                        t.startswith("  - {name: dot"))  # fmt: skip
        code, text = check(kit, "--only", "text", "--lang", "en")
        found = [t for t in text.splitlines() if "error[layout.overlap]" in t]
        assert all(f"text.yaml:{line}:" in t for t in found), text
        if found:  # the hint names the two slots
            assert "add 'overlap: true' to slot 'band' (or to slot 'word')" in text or (
                "add 'overlap: true' to slot 'dot' (or to slot 'word')" in text
            ), text
        return [t.split("error[layout.overlap]: ")[1] for t in found]

    band = (
        "  - {{name: band, kind: shape, {}, frame: {{start: 2, top: {}, width: 16, height: 5}}}}\n"
    )
    (hidden,) = problems(band.format("fill: blue", 4))
    assert hidden.startswith(
        "text [en] slot 'band': slot 'band' (a filled rect) is drawn over slot 'word' and hides "
        "it ("
    )
    assert problems(band.format("stroke: blue", 4)) == []
    assert problems(band.format("fill: blue, shape: window, radius: 2", 4)) == []
    assert problems(band.format("fill: blue, overlap: true", 4)) == []
    assert problems(band.format("fill: blue", 17.5)) == []  # below the word's ink
    dot = "  - {{name: dot, kind: shape, shape: {}, fill: blue, frame: {{start: 14, top: 7, width: 5, height: 5}}}}\n"
    assert len(problems(dot.format("rect"))) == 1  # its box covers the word's ink's corner
    assert problems(dot.format("circle")) == []  # its disc does not reach it


def test_a_build_lists_a_merged_overlap_once(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """A build lists the merged error alone: each language's failed job carries its own
    overlap error too, and they were listed below it (23 errors where 10 were meant)."""
    moved = qr_on_headline()
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    args = ("--lang", "en,fr", "--only", "poster-a3", "--no-png", "--no-digital")
    code, out = cli("build", "--kit", root, "-o", tmp_path / "out", *args)
    assert code == 1
    found = [line for line in out.splitlines() if "error[layout.overlap]" in line]
    assert len(found) == 1, out
    assert "in 2 languages (en, fr)" in found[0]
