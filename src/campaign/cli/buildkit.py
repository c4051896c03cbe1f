"""The kit that `package` and `sheet` read a build with: the one that made it.

Without --kit they judged a build against the kit of the folder they ran in (or this
repository's): a build made with `--kit trial/kit` was packaged with warnings that
`middle-east-north-africa.yaml no longer lists fa`, false of the kit that made it (an office's
trial). A build's stamp names its kit's folder (`kit_dir`: pipeline.incremental.stamp) and
states (`kit`: fingerprint.kit_state)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..diagnostics import Diagnostic, Mark, Severity, display_path
from ..manifest_reader import MANIFEST, stamp_place
from . import default_kit, fell_back, kit_root, quote_kit


class BuildKit(NamedTuple):
    """The kit to read a build with, and what to say of it."""

    root: Path  # resolved
    # one warning when it is not the kit that made the build (then what the kit says of the
    # build's files, such as the languages it lists, is not judged: `judged` False)
    warning: Diagnostic | None = None
    # a note (package.build-kit, sheet.build-kit) when the build's own kit was taken, not the
    # one of this folder
    note: Diagnostic | None = None

    @property
    def judged(self) -> bool:
        return self.warning is None


def build_kit(build: Path, kit: Path | None, code: str) -> BuildKit:
    """The kit for a command to read `build` with: `kit` (--kit) when given, else the kit that made
    the build when its stamp names one that is still there, else the default kit. A note
    (`package.build-kit`, `sheet.build-kit`, at the stamp's `kit_dir` in the manifest) when the
    build's kit is taken and is not the default one. A warning (`code`: package.kit, sheet.kit), at
    the stamp's `kit_dir` in the manifest, when the kit taken is not the build's (another folder,
    with other files or code: another state) while the build's is known: given with --kit while the
    build's is still there, or the default kit because the build's is gone. The commands the
    command's messages quote carry `--kit` to the kit taken when it is not the default kit
    (quote_kit). A kit other than the build's is found as `build` and `check` find theirs
    (cli.kit_root): when it is this repository's own, reached by the fallback, an office,
    language or material it lacks is named where a kit below the working folder has it, and
    the warning names those kits (`fallback.elsewhere`, `fallback.kits_hints`); package and
    sheet said only `unknown material` (a user's trial)."""
    chosen = _chosen(build, kit, code)
    quote_kit(chosen.root)
    return chosen


def _chosen(build: Path, kit: Path | None, code: str) -> BuildKit:
    """build_kit's kit, before the commands quoted are told of it."""
    made, state = made_with(build)
    if kit is None and made is not None and (made / "materials" / "campaign.yaml").is_file():
        here = default_kit().resolve()
        note = None
        if here != made:
            manifest = build / MANIFEST
            note = Diagnostic(
                code.replace(".kit", ".build-kit"),
                f"{display_path(build)} was built with the kit in {_shown(made)}: "
                f"it is read with that kit (--kit to read it with another)",
                Mark(manifest, *stamp_place(manifest, "kit_dir")),
                (),
                Severity.NOTE,
            )
        return BuildKit(made, None, note)
    root = kit_root(kit)
    if made is None or root == made or (state and _states(root) == state):
        return BuildKit(root)
    there = (made / "materials" / "campaign.yaml").is_file()
    if kit is not None and not there:
        return BuildKit(root)  # the fix this warning gives: the build's kit has moved
    what = (  # what that other kit would say wrong (`package.unlisted`; a sheet's slugs)
        "the package's checks of the kit's languages are left out (they would be that other kit's)"
        if code == "package.kit"
        else "the sheet's slugs and notes (campaign, draft languages) are that other kit's"
    )
    if there:
        message = (
            f"{display_path(build)} was built with the kit in {_shown(made)}, not with "
            f"{_shown(root)}: {what}"
        )
        hint = (
            f"give the build's kit (--kit {_shown(made)}), or build "
            f"{display_path(build)} again with --kit {_shown(root)}"
        )
    else:
        message = (
            f"{display_path(build)} was built with the kit in {_shown(made)}, which is "
            f"no longer there: it is read with {_shown(root)}, and {what}"
        )
        hint = "give the folder the kit is in now: --kit PATH (the folder with materials/)"
    manifest = build / MANIFEST
    at = Mark(manifest, *stamp_place(manifest, "kit_dir"))
    hints = (*_kits_below(kit), hint)
    return BuildKit(root, Diagnostic(code, message, at, hints, Severity.WARNING))


def _kits_below(kit: Path | None) -> list[str]:
    """The kits below the working folder, each with the command that reads it, when the kit
    taken is this repository's own reached by the fallback (`fallback.kits_hints`)."""
    if not fell_back(kit):
        return []
    from .fallback import kits_hints

    return kits_hints()


def _shown(folder: Path) -> str:
    """A kit's folder as a message names it: relative to the working directory when inside it,
    absolute for the working directory itself ("not with ." read as a typo)."""
    shown = display_path(folder)
    return str(folder) if shown == "." else shown


def made_with(build: Path) -> tuple[Path | None, dict[str | None, str] | None]:
    """The folder of the kit that made `build` and its states then (the campaign kit's, None,
    and each office's: pipeline.incremental.group_states), as its manifest's stamp names them
    (None: not named, by a build made before they were kept, or a folder without a
    manifest). A build with a failed job keeps no stamp: its folder is the one its manifest
    keeps of that build (output.manifest_failed_build, its `kit_dir`; of a join of several
    such builds, theirs when they all name the same), its states not known (None). Read
    with the default kit, an office's failed build made with `--kit` was judged wholly
    outdated (72 of 72 files), and its hints quoted no --kit (a regional office's trial)."""
    from ..output import manifest_failed_build, manifest_stamp
    from ..pipeline.incremental import group_states

    stamp = manifest_stamp(build)[0]
    if stamp is None:
        named = {one.get("kit_dir") for one in manifest_failed_build(build) or []}
        folder = named.pop() if len(named) == 1 else None
        return (Path(folder) if isinstance(folder, str) and folder else None), None
    folder = stamp.get("kit_dir")
    return (Path(folder) if isinstance(folder, str) and folder else None), group_states(stamp)


def _states(root: Path) -> dict[str | None, str] | None:
    """The states of the kit in `root` as a stamp keeps them (fingerprint.kit_state: the
    campaign kit's, None, and each office's), with this code."""
    from ..pipeline.fingerprint import code_version, kit_state, kit_states, office_chains
    from ..pipeline.kitcache import kit_digests

    try:
        files, code = kit_digests(root), code_version()
    except OSError:
        return None
    states: dict[str | None, str] = {None: kit_state(files, code)}
    states.update(kit_states(files, code, office_chains(root)))
    return states
