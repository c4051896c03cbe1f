"""What a folder given as a build (`--from`) is when it holds no manifest but is one the kit
wrote: an office's (or a material's) folder inside a build, a package's folder, or a
package's ZIP unzipped. A US print shop's trial gave `sheet --from` an unzipped print package
and `package --from out/us-chicago`, and was told to run `build -o` into those folders."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import display_path
from ..output import MANIFEST

# The products the last package wrote into its folder, by name (JSON), so that the next one
# removes those it does not make again (a third contact sheet of a build that now has two
# was left beside them, "sheet 3 of 3", and sent with the package) and nothing else
LISTING = ".package-products.json"
# The first file of a group's screen ZIP (package.access)
ACCESSIBILITY = "ACCESSIBILITY.txt"
# The print shop's job sheet as text, in every print ZIP (package.build)
JOB_SHEET_TEXT = "JOB-SHEET.txt"
# The first files of an unzipped print or screen ZIP
UNZIPPED = (JOB_SHEET_TEXT, ACCESSIBILITY)
# How far up from an office's folder (out/us-chicago) or a material's
# (out/us-chicago/poster-letter) the build's manifest is looked for
LEVELS = 2


def build_above(folder: Path) -> Path | None:
    """The nearest folder above `folder`, at most LEVELS up, that holds a manifest."""
    for parent in list(folder.resolve().parents)[:LEVELS]:
        if (parent / MANIFEST).is_file():
            return _shown_as(folder, parent)
    return None


def _shown_as(folder: Path, parent: Path) -> Path:
    """`parent` as the user wrote `folder` (out/us-chicago -> out), else absolute."""
    for up in folder.parents:
        if up.resolve() == parent:
            return up if str(up) != "." else Path(".")
    return parent


def what_folder(folder: Path, command: str) -> tuple[str, tuple[str, ...]] | None:
    """The message and hints for a `folder` without a manifest that the kit wrote (a package's
    folder, an unzipped package, a folder inside a build); None for any other folder. Their
    hints never say to build into `folder`."""
    above = build_above(folder)
    named = display_path(folder)
    reads = f"{command} reads a finished build (the folder with {MANIFEST}), not a package"
    if (folder / LISTING).is_file() or any((folder / f).is_file() for f in UNZIPPED):
        own = [f for f in UNZIPPED if (folder / f).is_file()]
        kind = (
            "a package's folder"
            if (folder / LISTING).is_file()
            else f"an unzipped package (it holds {own[0]})"
        )
        sheets = (
            "sheets are made from the build folder and the kit that made it, not from a package: "
            if command == "sheet"
            else ""
        )
        if above is not None:
            return (
                f"{named} is {kind} made from the build in {display_path(above)}; {reads}",
                (f"{sheets}give the build instead: --from {display_path(above)}",),
            )
        return (
            f"{named} is {kind}; {reads}",
            (
                f"{sheets}run {command} in the folder of the kit that made the package, with "
                "--from its build folder (out/ unless the build was given -o)",
            ),
        )
    if above is not None:
        return (
            f"{named} is a folder inside the build in {display_path(above)} (an office's or a "
            f"material's); {command} reads the whole build (the folder with {MANIFEST})",
            (
                f"give the build folder instead: --from {display_path(above)}"
                + (" (--office chooses an office)" if command == "sheet" else ""),
            ),
        )
    return None
