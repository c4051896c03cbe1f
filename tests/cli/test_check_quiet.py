"""`check -q/--quiet` means what `build`'s does: no summary, problems only (no note). `check`
had no such option: `check -q` was a usage error, while `build -q` worked (a user's trial)."""

from __future__ import annotations

from pathlib import Path

from ..kits import build, cli, mini_copy

# a warning (a string no layout prints) beside the kit's note (ar is a draft)
SPARE = ("word: قلب", "word: قلب\n  spare: x")


def test_check_quiet_prints_the_warnings_only(tmp_path: Path) -> None:
    """The note (the badge's press is not verified) and the summary left out; the warning
    and its count kept."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": SPARE})
    args = ("check", "--kit", kit, "--only", "badge")
    unused = (
        f"{kit}/materials/strings/ar.yaml:6:3: warning[strings.unused]: string 'spare' is not "
        "in en.yaml and is never used\n"
    )
    code, loud = cli(*args)
    assert (code, loud) == (
        0,
        f"{kit}/materials/layouts/badge.yaml:7:1: note[layout.press-unverified]: the press of "
        "'badge' (16 mm face, 20 mm cut circle) is not verified: no source given. Print one "
        f"badge and check it on your press first.\n{unused}1 warning(s), 1 note(s)\n"
        "ok: 2 document(s) (2 page(s)) of 1 material(s) in 2 language(s) lay out cleanly; so "
        "do the pseudo-locales en-XA, ar-XB\n",
    )
    for flag in ("-q", "--quiet"):
        assert cli(*args, flag) == (0, f"{unused}1 warning(s)\n")


def test_check_quiet_prints_nothing_for_a_clean_kit_and_errors_as_ever(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    code, text = cli("check", "--kit", kit, "--only", "boxes", "--lang", "en", "-q")
    assert (code, text) == (0, "")
    (kit / "materials/layouts/boxes.yaml").write_text(
        (kit / "materials/layouts/boxes.yaml").read_text().replace("fill: navy", "fill: navyy")
    )
    code, text = cli("check", "--kit", kit, "--only", "boxes", "--lang", "en", "-q")
    assert (code, text) == (
        1,
        f"{kit}/materials/layouts/boxes.yaml:11:36: error[ref.colour]: unknown colour 'navyy'\n"
        "  hint: did you mean 'navy'?\n1 error(s)\n",
    )


def test_check_pdf_quiet_tells_only_the_files_with_problems(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "boxes", "--lang", "en", "--no-png")
    good = out / "boxes/boxes-en.pdf"
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, text = cli("check", "--pdf", good, "-q")
    assert (code, text) == (0, "")
    code, loud = cli("check", "--pdf", good, "--pdf", bad)
    code, text = cli("check", "--pdf", good, "--pdf", bad, "-q")
    assert code == 1
    assert text == "".join(loud.splitlines(keepends=True)[1:]), (loud, text)
    assert text.startswith(f"{bad}: FAIL"), text
