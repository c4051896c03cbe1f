"""`sheet --material` of a badge size the kit lacks (`badge-57mm`) is told, as `build --only`
tells it, the kit's badges nearest by face and how to add the press, then the materials the
folder holds; a size the kit has under another name (`badge-1.5in`), that name and its build."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kit.test_family_sizes import ADD_2IN, ADD_57MM, NEAREST_2IN, NEAREST_57MM
from ..kits import ROOT, cli


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sizes") / "out"
    args = ("--only", "badge-58", "--lang", "en", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


HELD = "the folder holds badge-58: --material badge-58"


@pytest.mark.parametrize(
    ("name", "hints"),
    [
        ("badge-57mm", (NEAREST_57MM, ADD_57MM, HELD)),  # it was badge-58 alone
        ("badge-2in", (NEAREST_2IN, ADD_2IN, HELD)),  # it was badge-58, by spelling
        (
            "badge-1.5in",
            (
                "did you mean 'badge-1-5in'? the kit's 1.5 in badge (38.1 mm face, 44.5 mm cut)",
                HELD,
                "build it first, e.g. python generate.py build --only badge-1-5in -o {built}",
            ),
        ),
    ],
)
def test_a_badge_size_the_kit_lacks_is_told_the_nearest_by_face_and_the_folder_s_materials(
    built: Path, tmp_path: Path, name: str, hints: tuple[str, ...]
) -> None:
    """A badge-press operator's trial: `sheet --material badge-2in` was offered badge-58
    (the nearest built name, by spelling) and `badge-57mm` badge-58 alone, without the
    materials the folder holds that `badge-32mm` is told."""
    out = tmp_path / "sheet.pdf"
    code, text = cli("sheet", "--kit", ROOT, "--from", built, "--material", name, "-o", out)
    assert code == 1, text
    said = "".join(f"  hint: {hint.replace('{built}', str(built))}\n" for hint in hints)
    assert text == (
        f"error[sheet.select]: the build in {built} has no print PDF of '{name}' for the "
        f"campaign kit\n{said}1 error(s)\n"
    )
    assert not out.exists()
