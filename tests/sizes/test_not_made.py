"""The warnings a command shows are those of the materials it makes: a roll-up banner added to
the A3 poster as the README says (`paper: custom`) printed its `layout.proportions` warning on
every `check` and `build`, and `build --office ethiopia --strict` failed on it, though that
office lists `materials: [poster-a3, flyer-a5]` (an office's trial). A command that leaves
such warnings out says how many in one `layout.not-made` note; `check` with nothing chosen
tells them all. And the README's banner recipe, as written, passes `check --strict`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
POSTER = "materials/layouts/poster-a3.yaml"
README = (ROOT / "README.md").read_text(encoding="utf-8")
# the recipe as the README writes it, under the poster's `sizes:`
RECIPE = re.search(
    r"roll-up banner of the A3 poster can be, under `sizes:` in poster-a3.yaml:\n\n"
    r"```yaml\n(.*?)```\n",
    README,
    re.DOTALL,
)
# the recipe without the frame of its own the README says it needs
BARE = "  banner: {trim: [850, 2000], paper: custom, min_ppi: 100, good_ppi: 150}\n"
OFFICE = (
    "name: Test Office\nlanguages: [en]\nmaterials: [poster-a3, flyer-a5]\n"
    "hide: [helpline, report_url, website, email, social, office_name]\n"
)


def _with_banner(kit_copy: Callable[..., Path], size: str) -> tuple[Path, int]:
    """A copy of the kit whose A3 poster ends with `size` under its `sizes:`, and an office
    that builds the poster and the A5 flyer only: (the kit, the size's first line)."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    assert poster.rstrip("\n").endswith("qr-label: {frame: {end: 23.797, top: 262.5, "
                                        "width: 33.262, height: 11.9}}")  # fmt: skip
    root = kit_copy(**{POSTER: poster + size, "materials/offices/test-office.yaml": OFFICE})
    return root, poster.count("\n") + 1


def _note(root: Path, doing: str) -> str:
    return (
        f"note[layout.not-made]: 1 warning(s) about materials this {doing} are not shown "
        f"(poster-banner: layout.proportions): python generate.py check --kit {root} shows "
        "every material's\n"
    )


def test_the_readme_banner_passes_check_strict(
    module_kit_copy: Callable[..., Path],
) -> None:
    """The README's recipe, as written, with its headline's frame of its own: `check --only
    poster-banner --strict` passes in every language; without that frame, the one warning
    the README says, at the size's trim."""
    assert RECIPE is not None, "the README's banner recipe moved"
    root, _ = _with_banner(module_kit_copy, RECIPE[1])
    code, out = cli("check", "--kit", root, "--only", "poster-banner", "--strict")
    assert code == 0, out
    assert out.startswith("ok: 26 document(s) (26 page(s)) of 1 material(s) in 26 language(s)")
    root, line = _with_banner(module_kit_copy, BARE)
    code, out = cli("check", "--kit", root, "--only", "poster-banner", "--lang", "en", "--strict")
    assert code == 1, out
    assert out.startswith(
        f"{root / POSTER}:{line}:12: error[layout.proportions]: poster-banner: size 'banner' "
        "(850 x 2000 mm), page 'front': 984 mm of its 2000 mm height show only what spans the "
        "page (the ground), 49% where the design's shows it on 15%"
    ), out
    assert out.count("error[") == 1, out


def test_a_banner_the_office_does_not_build_is_not_its_warning(
    module_kit_copy: Callable[..., Path],
) -> None:
    """`check --office` and `build --office --strict` of an office that does not list the
    banner pass, with the note; so do `check --lang en` and a build of the designs, which
    make no banner; `check` with nothing chosen still tells the warning, without a note."""
    root, line = _with_banner(module_kit_copy, BARE)
    warning = f"{root / POSTER}:{line}:12: warning[layout.proportions]: poster-banner: "
    code, out = cli("check", "--kit", root, "--office", "test-office", "--strict")
    assert code == 0, out
    assert out.startswith(_note(root, "check does not lay out") + "1 note(s)\nok: 2 document(s)")
    code, out = cli(
        "build", "--kit", root, "--office", "test-office", "--strict", "--no-png",
        "--no-digital", "--jobs", "1", "-o", root / "out",
    )  # fmt: skip
    assert code == 0, out
    assert _note(root, "build does not make") + "1 note(s)\nbuilt 2 print PDF(s)" in out, out
    code, out = cli("check", "--kit", root, "--lang", "en", "--strict")
    assert code == 0, out
    assert _note(root, "check does not lay out") in out, out
    code, out = cli(
        "build", "--kit", root, "--lang", "en", "--only", "poster-a3,poster-banner", "--strict",
        "--no-png", "--no-digital", "--jobs", "1", "-o", root / "out2",
    )  # fmt: skip
    assert code == 1, out  # it makes the banner: the warning is its own
    assert warning.replace("warning[", "error[") in out, out
    assert "layout.not-made" not in out, out
    code, out = cli("check", "--kit", root, "--only", "poster-a3,poster-banner", "--lang", "en")
    assert code == 0, out
    assert warning in out, out
    assert "layout.not-made" not in out, out


def test_the_whole_kits_check_tells_every_materials_warning(
    module_kit_copy: Callable[..., Path],
) -> None:
    """`check` with no --office, --only or --lang lays out the designs and tells every
    warning of the kit, a size's too, with no note."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    root = module_kit_copy(**{POSTER: poster + BARE})
    code, out = cli("check", "--kit", root)
    assert code == 0, out
    assert "warning[layout.proportions]: poster-banner: size 'banner'" in out, out
    assert "layout.not-made" not in out, out


def test_a_layout_files_warnings_are_its_designs_and_a_sizes_entrys_its_size(
    module_kit_copy: Callable[..., Path],
) -> None:
    """A warning at a layout file with no material named: one at a size's entry (its low
    bleed) is that size's, one elsewhere in the file (a `cut_radius` without a die line) its
    design's and every size's; each left out where none of them is made, and counted."""
    poster = (ROOT / POSTER).read_text(encoding="utf-8")
    flyer = (ROOT / "materials/layouts/flyer-a5.yaml").read_text(encoding="utf-8")
    marks = "marks: {crop: true, registration: true, colour_bar: true, slug: true}\n"
    assert marks in flyer
    root = module_kit_copy(
        **{
            POSTER: poster + BARE.replace("paper: custom,", "paper: custom, bleed: 1,"),
            "materials/layouts/flyer-a5.yaml": flyer.replace(
                marks, "marks: {cut_radius: 2, " + marks[8:]
            ),  # fmt: skip
            "materials/offices/test-office.yaml": OFFICE,
        }
    )
    code, out = cli("check", "--kit", root, "--office", "test-office")
    assert code == 0, out
    assert out.startswith(
        "note[layout.not-made]: 2 warning(s) about materials this check does not lay out are "
        "not shown (poster-banner: layout.bleed, layout.proportions): python generate.py check "
        f"--kit {root} shows every material's\n"
        f"{root}/materials/layouts/flyer-a5.yaml:11:21: warning[schema.value]: cut_radius "
        "rounds the die line, and there is none: it changes nothing\n"
    ), out
    code, out = cli("check", "--kit", root, "--only", "poster-a3", "--lang", "en", "--strict")
    assert code == 0, out
    assert out.startswith(
        "note[layout.not-made]: 3 warning(s) about materials this check does not lay out are "
        "not shown (flyer-a5: schema.value; poster-banner: layout.bleed, layout.proportions): "
        f"python generate.py check --kit {root} shows every material's\n1 note(s)\n"
    ), out
    code, out = cli("check", "--kit", root, "--only", "flyer-a6", "--lang", "en")
    assert "flyer-a5.yaml:11:21: warning[schema.value]: cut_radius" in out, out  # a size of it
