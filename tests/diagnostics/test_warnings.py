"""Warnings of every stage reach the user: printed by `check` and `build`, counted, and made
errors by `--strict` (which then publishes nothing)."""

import hashlib
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from PIL import Image
from tests.kits import replace_in

from campaign.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def add_unknown_key(kit: Path) -> int:
    """An extra string in fr.yaml that en.yaml does not have; returns its line."""
    path = kit / "materials/strings/fr.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "  badje: Mettons fin\n", encoding="utf-8")
    return text.count("\n") + 1


def test_check_prints_an_unknown_strings_key_and_strict_fails(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    line = add_unknown_key(kit)
    code, out = run("check", "--kit", str(kit), "--lang", "fr", "--only", "badge-58")
    assert code == 0, out
    assert (
        f"materials/strings/fr.yaml:{line}:3: warning[strings.unused]: string 'badje' is not in "
        "en.yaml and is never used\n  hint: did you mean 'badge'?"
    ) in out
    assert "1 warning(s)" in out
    code, out = run("check", "--kit", str(kit), "--lang", "fr", "--only", "badge-58", "--strict")
    assert code == 1
    assert f"materials/strings/fr.yaml:{line}:3: error[strings.unused]:" in out
    assert "ok:" not in out


def kit_with_photo(kit_copy: Callable[..., Path], px: tuple[int, int]) -> Path:
    kit = kit_copy()
    Image.new("RGB", px, (200, 60, 40)).save(kit / "assets/photo.jpg", quality=90)
    layout = kit / "materials/layouts/badge-58.yaml"
    layout.write_text(
        layout.read_text().replace(
            "  - {name: ring,",
            "  - {name: photo, kind: image, overlap: true, asset: photo.jpg, frame: {start: 25, top: 40, "
            "width: 20, height: 10}}\n  - {name: ring,",
        )
    )
    return kit


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_build_prints_the_300_ppi_warning_once_and_strict_publishes_nothing(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_with_photo(kit_copy, (160, 80))  # 20 mm wide: 203 ppi
    out = tmp_path / "out"
    args = ("build", "--kit", str(kit), "-o", str(out), "--only", "badge-58", "--png-ppi", "20")
    code, text = run(*args, "--lang", "en,fr,ar")
    assert code == 0, text
    lines = (kit / "materials/layouts/badge-58.yaml").read_text().splitlines()
    line = next(n for n, t in enumerate(lines, 1) if "name: photo" in t)
    warning = (
        f"materials/layouts/badge-58.yaml:{line}:5: warning[image.ppi-warning]: badge-58 slot "
        "'photo': image 'photo.jpg' prints at 203 ppi; 300 is recommended\n"
        "  hint: a sharper print needs 236 px wide for 300 ppi"
    )
    assert warning in text
    assert text.count("[image.ppi-warning]") == 1  # one cause, not one per language
    assert "[preflight.warning]" not in text  # nor again by preflight
    assert "built 3 print PDF(s)" in text
    before = digest(out)
    code, text = run(*args, "--lang", "en,fr,ar", "--strict")
    assert code == 1
    assert "error[image.ppi-warning]" in text
    assert digest(out) == before  # nothing published


def test_check_says_it_laid_out_the_pseudo_locales() -> None:
    code, out = run("check", "--only", "badge-58")
    assert code == 0, out
    assert out.rstrip().endswith("lay out cleanly; so do the pseudo-locales en-XA, ar-XB"), out
    code, out = run("check", "--only", "badge-58", "--lang", "en")
    assert "pseudo-locales" not in out  # only without --lang


def test_check_counts_the_pseudo_locales_warnings(kit_copy) -> None:  # type: ignore[no-untyped-def]
    """A layout whose figure cannot shrink far enough for the longer pseudo-locale texts: the
    summary counts their warnings (it said "(0 warning(s) of their own)" when there were none)."""
    root = kit_copy()
    campaign = root / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    start = text.index("languages: [")
    end = text.index("]", start) + 1
    campaign.write_text(text[:start] + "languages: [en]" + text[end:], encoding="utf-8")
    before = "figure:    {weight: bold, size: 72, min_size: 28,"
    replace_in(root / "materials/layouts/flyer-a5.yaml", before, before.replace("28", "62"))
    code, out = run("check", "--kit", str(root), "--only", "flyer-a5")
    assert code == 0, out
    stress = out.count("warning[layout.pseudo]")
    assert stress >= 1, out
    assert out.rstrip().endswith(
        f"the pseudo-locales en-XA, ar-XB too, with {stress} warning(s) of their own"
    ), out
