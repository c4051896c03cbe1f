"""An office whose SVG logo cannot be drawn (it has a <text>) is set aside as an office whose
file has errors is: `check --office` names its errors alone. The SVG's error, at the SVG,
stopped the whole kit, and the check judged every language's strings on the office's behalf:
`strings.missing` of a `ta` the office does not print (an office's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

OFFICE = """\
name: Latin America office
languages: [es, pt]
paper: us
logos:
  office: office-logo.svg
output_profile: gracol2006
"""
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40">'
    '<rect width="100" height="40" fill="#003366"/>'
    '<text x="10" y="25" fill="#fff">UNODC</text></svg>\n'
)
TA = "language: ta\nname: Tamil\nstatus: draft\nstrings:\n  day: உலக தினம்\n"
ONLY = ("--only", "poster-tabloid,flyer-letter")
SAID = (
    "assets/office-logo.svg:1:{col}: error[svg.unsupported]: SVG text (<text>) is not "
    "supported: it would be set in a font the kit does not embed, without shaping\n"
    "  hint: convert the text to outlines (Inkscape: Path > Object to Path; Illustrator: Type "
    "> Create Outlines), or put it in a text slot\n"
    "materials/offices/latin-america.yaml:5:11: error[image.read]: logo 'office' in "
    "latin-america.yaml: 'office-logo.svg' cannot be drawn (above)\n"
    "  hint: mend the SVG as the error above says, or give the logo as a PNG (transparent "
    "where it has no colour, at least 300 ppi at the size it prints)\n"
)


def broken_office(kit_copy: Callable[..., Path]) -> Path:
    kit = kit_copy(
        **{"materials/offices/latin-america.yaml": OFFICE, "materials/strings/ta.yaml": TA}
    )
    (kit / "assets/office-logo.svg").write_text(SVG, encoding="utf-8")
    return kit


def checked(kit: Path, *args: str) -> tuple[int, str]:
    status, out = cli("check", "--kit", kit, *args)
    return status, out.replace(f"{kit}/", "")


def test_its_errors_alone_and_no_other_languages_strings(
    kit_copy: Callable[..., Path],
) -> None:
    kit = broken_office(kit_copy)
    col = SVG.index("<text") + 1
    status, out = checked(kit, "--office", "latin-america", *ONLY)
    assert status == 1, out
    assert out == SAID.format(col=col) + "2 error(s)\n", out
    # the kit is read without the office: the others' checks and builds go on
    status, out = checked(kit, "--office", "new-york", *ONLY)
    assert status == 0, out
    assert "[ta]" not in out, out
    assert "office-logo.svg" not in out, out


def test_a_kit_that_cannot_be_read_judges_no_language_for_an_office(
    kit_copy: Callable[..., Path],
) -> None:
    """Another error in the kit (a layout that is no YAML, set apart by `check`): the
    office's check says its own errors and the layout file's, and no language's warnings on
    its behalf."""
    kit = broken_office(kit_copy)
    (kit / "materials/layouts/zz-broken.yaml").write_text("name: [\n", encoding="utf-8")
    status, out = checked(kit, "--office", "latin-america", *ONLY)
    assert status == 1, out
    assert out == (
        SAID.format(col=SVG.index("<text") + 1)
        + "materials/layouts/zz-broken.yaml:2:1: error[load.yaml]: failed to parse YAML "
        "(expected the node content, but found '<stream end>')\n"
        "  hint: check the indentation and quote text that contains ': ' or starts with '#'\n"
        "3 error(s)\n"
    ), out
    status, out = checked(kit, *ONLY)  # the campaign's check: the kit's errors, laid out
    assert status == 1, out
    assert out.endswith(
        "  hint: check the indentation and quote text that contains ': ' or starts with '#'\n"
        + SAID.format(col=SVG.index("<text") + 1)
        + "3 error(s), 5 note(s)\n"
    ), out
    # ta.yaml, which no `languages:` lists (the office's are es and pt): noted, as a strings
    # file a build without --lang leaves out (strings.unlisted)
    assert out.startswith("materials/strings/ta.yaml:1:11: note[strings.unlisted]: "), out


def test_a_translators_import_goes_on_and_says_the_office_is_left_out(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The kit stopped every import at the logo's errors; set aside, they were "es does not
    lay out cleanly" (the whole kit's check names an office's file's errors)."""
    kit = broken_office(kit_copy)
    path = tmp_path / "es.po"
    status, out = cli("strings", "export", "--lang", "es", "--kit", kit, "-o", path)
    assert status == 0, out
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert (
        f"{kit}/materials/offices/latin-america.yaml:5:11: warning[office.unusable]: office "
        "'latin-america' has 2 error(s) in its file: it is left out until they are mended\n"
        f"  hint: python generate.py check --office latin-america --kit {kit} names them\n"
    ) in out, out
    assert "error[" not in out, out
    assert "does not lay out cleanly" not in out, out
