"""`new kit DIR` and `new office ID`: a working copy of a kit, an office file to fill in.

An office that wanted its own kit was told to `cp -r materials assets fonts ../my-kit`, and to
start its office file by copying `materials/offices/_template.yaml` by hand (a designer's
trial asked for `new kit`). `copy_kit` copies a kit's three folders (their licence files
with them) and writes the JSON Schemas its files name; nothing else: no output (a folder
holding a build's manifest, wherever it is in them), no caches, no version control. It copies into a
hidden folder beside DIR and renames it DIR once whole, so an interrupted copy never leaves a
folder that looks like a kit and is not one (one killed outright leaves the hidden folder,
which the next copy beside it removes: `STAGING`). `new_office` writes an office file from the
kit's template, its comments kept and its contact fields left empty: nothing here makes up a
name, a number or an address."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import yaml

from .commands import command
from .diagnostics import DiagnosticsError, Mark, display_path, failure
from .kit.load import MATERIAL_ID, file_id
from .load import control_char
from .manifest_reader import is_output
from .program import quote

# The folders a kit is made of (DESIGN.md, "The repository is the kit"): what `new kit` copies
KIT_FOLDERS = ("materials", "assets", "fonts")
# What no kit needs, left out of the copy wherever it is in those folders: version control,
# Python's and the tools' caches, a desktop's litter, and the files `cli.write_whole` writes
# before it renames them (a `.<name>.part` an interrupted command left)
LEFT_OUT = (
    ".git",
    ".hg",
    ".svn",
    "__pycache__",
    "*.pyc",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".DS_Store",
    "Thumbs.db",
    ".*.part",
)
# `--office all` is every office: an office of that id could not be built alone
RESERVED_OFFICE_IDS = frozenset({"all"})
TEMPLATE = "_template.yaml"  # materials/offices/: the commented office file `new office` copies


# The hidden folder `copy_kit` copies into beside DIR, `.<DIR's name>.new-<process id>`. A
# copy killed outright (SIGKILL, a power cut) leaves it, as nothing runs to remove it: the
# next `new kit` beside it removes one whose process has ended, or in which nothing was
# written for STALE_AFTER seconds (its id is then another process's: ids are reused)
STAGING = re.compile(r"\.(?P<name>.+)\.new-(?P<pid>\d+)")
STALE_AFTER = 3600


# A licence file's name (LICENSE.md, OFL.txt, UNICODE-LICENSE.txt, COPYING), which `new kit`
# names: the fonts' and the art's licences go with them
LICENCE_NAME = re.compile(r"licen[cs]e|^ofl\b|^copying", re.IGNORECASE)


@dataclass(frozen=True)
class Folder:
    """One folder of a kit as copied: its name, how many files and bytes, the names of what
    is right in it (materials/: campaign.yaml, layouts...), its licence files and the build
    output folders left out (their paths under the kit)."""

    name: str
    files: int
    size: int
    entries: tuple[str, ...]
    licences: tuple[str, ...]
    # the output folders of builds it held, left out (`manifest_reader.is_output`): a build
    # run in kit/materials/offices/ wrote its out/ there, and `new kit` copied it
    outputs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stale:
    """The hidden folder of a copy that was stopped before its end, removed (`_remove_stale`):
    its path, its process's id, and whether a process of that id runs (then nothing was
    written in it for STALE_AFTER seconds)."""

    path: Path
    pid: int
    running: bool


@dataclass(frozen=True)
class KitCopy:
    """What `copy_kit` did: the folders it copied, and the hidden folders of earlier copies
    that were stopped, which it removed."""

    folders: list[Folder]
    stale: list[Stale]


def copy_kit(source: Path, dest: Path) -> KitCopy:
    """Copy the kit at `source` (resolved) into the new folder `dest`: its materials/, assets/
    and fonts/ (each that it has; files of LEFT_OUT left out; a link copied as the file it
    points to, so that the copy depends on nothing outside it), through a hidden folder beside
    `dest` renamed `dest` once whole. `dest` may be an empty folder; its missing parents are
    made. The hidden folders beside it of earlier copies that were stopped are removed first
    (`_remove_stale`). Returns the folders copied and those removed.

    Raises DiagnosticsError: `load.no-kit` when `source` has no materials/campaign.yaml (as
    every command that reads a kit), `new.kit` when `dest` is a file or a folder that is not
    empty, is inside `source`, or the copy fails (nothing of it is left)."""
    if not (source / "materials" / "campaign.yaml").is_file():
        raise failure(
            "load.no-kit",
            f"no kit at {source} (materials/campaign.yaml is missing): nothing to copy",
            None,
            "give the kit to copy with --kit SRC, a folder with materials/, fonts/ and assets/",
        )
    target = dest.resolve()
    refuse_target(dest, target, source)
    stale = _remove_stale(target.parent, target.name)
    made = _missing_parents(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.new-{os.getpid()}"
    try:
        copied = [_copy_folder(source / name, staging / name) for name in KIT_FOLDERS]
        copied.append(_schemas(staging / "schemas"))
        os.rename(staging, target)  # replaces an empty folder; fails on one filled meanwhile
    except OSError as exc:
        _remove(staging, made)
        raise _copy_failed(dest, exc) from None
    except BaseException:  # Ctrl-C, SIGTERM: no half kit left behind
        _remove(staging, made)
        raise
    return KitCopy([f for f in copied if f is not None], stale)


def _remove_stale(folder: Path, name: str) -> list[Stale]:
    """Remove each hidden folder of `folder` that a copy to `name` stopped before its end
    left (STAGING's name with `name` in it, holding nothing but a kit's folders: KIT_FOLDERS
    and schemas/; another folder's is not this copy's to judge: a kit kept by hand as
    `.old-kit.new-2024` would have gone): one whose
    process has ended, or in which nothing was written for STALE_AFTER seconds; one of this
    process, or of a copy under way, is left, and so is anything else. Returns those
    removed."""
    try:
        found = [(p, STAGING.fullmatch(p.name)) for p in sorted(folder.iterdir())]
    except OSError:  # no such folder yet: nothing was copied there
        return []
    removed: list[Stale] = []
    for path, match in found:
        if match is None or match["name"] != name or path.is_symlink() or not path.is_dir():
            continue
        pid = int(match["pid"])
        try:
            held = {p.name for p in path.iterdir()}
        except OSError:
            continue
        if pid == os.getpid() or not held <= {*KIT_FOLDERS, "schemas"}:
            continue
        running = _running(pid)
        if running and time.time() - _last_written(path) < STALE_AFTER:
            continue  # a copy under way
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(Stale(path, pid, running))
    return removed


def _running(pid: int) -> bool:
    """Whether a process of id `pid` runs (signal 0 asks without sending one; a process of
    another user's is one too; a zombie, ended and not yet reaped by its parent, is not).
    True where there is no such signal (Windows, where
    `os.kill` would end the process): a folder there is removed once nothing was written in
    it for STALE_AFTER seconds."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's
        return True
    with suppress(OSError, IndexError):  # Linux: a process killed, not yet reaped, has ended
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return state.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _last_written(path: Path) -> float:
    """When anything in `path` was last written: its entries' newest status change (st_ctime;
    the copy keeps its source's modification times, not these)."""
    newest = path.lstat().st_ctime
    for entry in path.rglob("*"):
        with suppress(OSError):
            newest = max(newest, entry.lstat().st_ctime)
    return newest


def refuse_target(dest: Path, target: Path, source: Path) -> None:
    """Refuse a `dest` (resolved: `target`) inside the kit `source` it would copy, or that is
    there already and is not an empty folder: a `new.kit` error naming it, and the fix."""
    shown = display_path(dest)
    if target == source or target.is_relative_to(source):
        beside = source.parent / target.name
        inside = Path.cwd().resolve().is_relative_to(source)
        outside = os.path.relpath(beside) if inside else str(beside)
        raise failure(
            "new.kit",
            f"{shown} is inside the kit it would copy ({source})",
            None,
            f"give a folder outside it: {command(f'new kit {outside}')}",
        )
    if target.exists() and not target.is_dir():
        raise failure(
            "new.kit",
            f"{shown} is a file: the copy goes into a new folder",
            Mark.file(dest),
            "give the name of a folder that does not exist yet (or is empty)",
        )
    held = sorted(p.name for p in target.iterdir()) if target.is_dir() else []
    if held:
        more = f" and {len(held) - 3} more" if len(held) > 3 else ""
        hints = ["give the name of a folder that does not exist yet (or is empty)"]
        if (target / "materials" / "campaign.yaml").is_file():
            again = f"python generate.py check --kit {quote(shown)}"
            hints.append(f"it is a kit: give it to the commands with --kit: {again}")
        raise failure(
            "new.kit",
            f"{shown} is not empty (it holds {', '.join(held[:3])}{more}): the copy goes "
            "into a new folder; nothing was written",
            Mark.file(dest),
            *hints,
        )


def _copy_folder(src: Path, dst: Path) -> Folder | None:
    """Copy the folder `src` to `dst` as `copy_kit` does; None when the kit has no `src`."""
    if not src.is_dir():
        return None
    outputs: list[Path] = []
    tidy = shutil.ignore_patterns(*LEFT_OUT)

    def left_out(folder: str, names: list[str]) -> set[str]:
        """LEFT_OUT's names, and a build's output folder wherever it is (`is_output`)."""
        skipped = set(tidy(folder, names))
        for name in names:
            if name not in skipped and is_output(Path(folder, name)):
                skipped.add(name)
                outputs.append(Path(folder, name))
        return skipped

    shutil.copytree(src, dst, symlinks=False, ignore=left_out)
    files = sorted(p for p in dst.rglob("*") if p.is_file())
    licences = [p.relative_to(dst.parent).as_posix() for p in files if LICENCE_NAME.search(p.name)]
    return Folder(
        src.name,
        len(files),
        sum(p.stat().st_size for p in files),
        tuple(sorted(p.name for p in dst.iterdir())),
        tuple(licences),
        tuple(sorted(p.relative_to(src.parent).as_posix() for p in outputs)),
    )


def _schemas(dst: Path) -> Folder:
    """The JSON Schemas of this version of the kit reader written into `dst` (the `schemas/`
    beside `materials/`): each shipped YAML file names its schema on its first line
    (`$schema=../../schemas/office.schema.json`), so an editor's YAML language server checks
    and completes the copy's files as it does the repository's."""
    from .kit.jsonschema import write_schemas

    files = sorted(write_schemas(dst))
    return Folder("schemas", len(files), sum(p.stat().st_size for p in files), (), ())


def _missing_parents(target: Path) -> list[Path]:
    """The folders above `target` that do not exist yet, nearest first."""
    return [p for p in target.parents if not p.exists()]


def _remove(staging: Path, made: list[Path]) -> None:
    """Remove a copy that did not finish, and the folders made for it."""
    shutil.rmtree(staging, ignore_errors=True)
    for folder in made:
        with suppress(OSError):
            folder.rmdir()


def _copy_failed(dest: Path, exc: OSError) -> DiagnosticsError:
    """The `new.kit` error of a copy that stopped on `exc` (a full disk, a file it cannot
    read, a link to nothing: shutil.Error lists them)."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        first = exc.args[0][0]  # (source, destination, why) of each file that failed
        why = f"{first[0]}: {first[2]}" + (
            f" (and {len(exc.args[0]) - 1} more)" if len(exc.args[0]) > 1 else ""
        )
    else:
        why = f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc)
    return failure(
        "new.kit",
        f"the copy into {display_path(dest)} stopped ({why}); nothing of it was left",
        None,
        "mend what it names (a link to a file that is not there, a file it cannot read, a "
        "full disk), then run the command again",
    )


@dataclass(frozen=True)
class NewOffice:
    """An office file `new_office` wrote: its path, the template it came from, the name it
    gave and the contact fields left empty for the office to fill."""

    path: Path
    template: Path
    name: str
    empty_fields: tuple[str, ...]
    # the template's languages the kit has no strings file for, left out (`_kit_languages`),
    # and the languages written instead; () when the template's are written as they are
    dropped: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


def new_office(root: Path, oid: str, name: str | None, fallback: Path) -> NewOffice:
    """Write materials/offices/<oid>.yaml of the kit at `root` from its template (`TEMPLATE`,
    else `fallback`'s: the repository's), every comment and value as the template has them but
    `name:`, which is `name`, else the id (an office's English name is its own to give). The
    id is refused by the loader's rules for an office file's name (`kit.load.MATERIAL_ID`),
    and `all`, which `--office` reads as every office; an office the kit has (in any case, or
    as a `.yml` file) is refused.

    Raises DiagnosticsError (`new.office`); `load.no-kit` when `root` is not a kit."""
    folder = root / "materials" / "offices"
    if not (root / "materials" / "campaign.yaml").is_file():
        raise failure(
            "load.no-kit",
            f"no kit at {root} (materials/campaign.yaml is missing)",
            None,
            "give the kit with --kit DIR, a folder with materials/, fonts/ and assets/, or run "
            "the command in such a folder",
        )
    refuse_office_id(oid, folder, name)
    taken = _office_file(folder, oid)
    if taken is not None:
        raise failure(
            "new.office",
            f"the kit already has office '{oid}' ({taken.name})",
            Mark.file(taken),
            "edit that file, or give the new office another id; "
            f"`{command(f'check --office {taken.stem}')}` says what it still lacks",
        )
    given = _office_name(name, oid)
    template = next((t for t in (folder / TEMPLATE, fallback) if t.is_file()), None)
    if template is None:
        raise failure(
            "new.office",
            f"the kit has no {folder.name}/{TEMPLATE} to start the office file from",
            None,
            f"copy the repository's materials/offices/{TEMPLATE} into {display_path(folder)}",
        )
    text = named(template.read_text(encoding="utf-8"), given)
    text, dropped, languages = _kit_languages(text, root / "materials")
    path = folder / f"{oid}.yaml"
    _write_new(path, text.encode("utf-8"))
    fields = (yaml.safe_load(text) or {}).get("fields") or {}
    empty = tuple(k for k, v in fields.items() if v in ("", None))
    return NewOffice(path, template, given, empty, dropped, languages)


def _kit_languages(text: str, materials: Path) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The office file `text` with its `languages:` those of the kit (`materials`): the
    template's that have a strings file (materials/strings/<code>.yaml, as the loader reads
    a language: an office's language without one is a `ref.language` error), else
    campaign.yaml's `languages:` that have one, else every strings file's code (the source
    language's first). The template's `[en]` in a kit without en.yaml (a French-only kit)
    made an office that failed `check`. Returns the text, the template's codes left out and
    the codes written instead; the text as it was, (), () when every code of the template
    has its file, or no language of the kit does (the check then says so)."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:  # a template the loader cannot read: `check` tells why
        return text, (), ()
    listed = next(
        (v for k, v in getattr(node, "value", []) if getattr(k, "value", None) == "languages"),
        None,
    )
    if isinstance(listed, yaml.ScalarNode):  # `languages: en`, one code, as the loader reads
        codes = [str(listed.value)] if listed.value else []
    elif isinstance(listed, yaml.SequenceNode):
        codes = [str(n.value) for n in listed.value if isinstance(n, yaml.ScalarNode)]
    else:
        return text, (), ()
    files = {p.stem for p in (materials / "strings").glob("*.yaml")}
    dropped = tuple(c for c in codes if c not in files)
    if not dropped:
        return text, (), ()
    campaign = _yaml_map(materials / "campaign.yaml")
    source = str(campaign.get("source_language") or "")
    kept = [c for c in codes if c in files]
    if not kept:
        listed_there = campaign.get("languages")
        ordered = listed_there if isinstance(listed_there, list) else []
        kept = list(dict.fromkeys(str(c) for c in ordered if str(c) in files))
    if not kept:
        kept = sorted(files, key=lambda c: (c != source, c))
    if not kept:
        return text, (), ()
    # a block list ends at its last item (its end mark is the next key's, after comments)
    block = isinstance(listed, yaml.SequenceNode) and not listed.flow_style
    last = listed.value[-1].end_mark if block else listed.end_mark
    start, end = listed.start_mark.index, last.index
    return f"{text[:start]}[{', '.join(kept)}]{text[end:]}", dropped, tuple(kept)


def _yaml_map(path: Path) -> dict[str, object]:
    """The top-level mapping of a YAML file, or {} for one that cannot be read as one (its
    own errors are `check`'s to tell)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def refuse_office_id(oid: str, folder: Path, name: str | None) -> None:
    """A `new.office` error for an id the kit cannot read as an office's (lower-case letters,
    digits and hyphens, as the loader's `load.file-name` asks of an office file's name), with
    the command for the id meant (its `--name` kept) or the office of `folder` that id is,
    or for a reserved one (`all`)."""
    if oid in RESERVED_OFFICE_IDS:
        raise failure(
            "new.office",
            f"'{oid}' cannot be an office's id: `--office {oid}` means every office",
            None,
            "give the office another id (lagos, east-africa-kenya)",
        )
    if MATERIAL_ID.fullmatch(oid):
        return
    # an office's file named for its id (lagos.yaml): the id is the name without `.yaml`
    meant = file_id(re.sub(r"\.ya?ml$", "", oid, flags=re.IGNORECASE) or oid)
    taken = _office_file(folder, meant) if meant is not None else None
    if taken is not None:
        hint = f"the kit has office '{meant}' already: edit {taken.name}"
    elif meant is not None and meant not in RESERVED_OFFICE_IDS:
        named_as = f" --name {quote(name)}" if name is not None else ""
        hint = command(f"new office {meant}{named_as}")
    else:
        hint = "give an id of lower-case letters, digits and hyphens (lagos, east-africa-kenya)"
    raise failure(
        "new.office",
        f"'{oid}' cannot be an office's id: it names the office's file and output folder, "
        "in lower-case letters, digits and hyphens",
        None,
        hint,
    )


def _office_file(folder: Path, oid: str) -> Path | None:
    """The office file of `folder` that is office `oid` or would clash with its file: the
    same name in any case (one file on macOS and Windows disks), or ending in `.yml`."""
    try:
        paths = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return None
    return next(
        (
            p
            for p in paths
            if p.stem.casefold() == oid.casefold() and p.suffix.lower() in (".yaml", ".yml")
        ),
        None,
    )


def _office_name(name: str | None, oid: str) -> str:
    """The `name:` an office file is written with: `name` as given, else the id. A name of
    no letters, with a control character (a line break) or with anything else the loader
    refuses in a text (a line or paragraph separator, U+2028 and U+2029) is refused."""
    if name is None:
        return oid
    given = name.strip()
    # the loader's rule (`load.control_char`: C0 and C1 controls, U+2028 and U+2029, the
    # non-characters, surrogates): a name it refuses would be a file the kit cannot read
    unreadable = control_char(given)
    if not given or any(unicodedata.category(c) == "Cc" for c in given) or unreadable:
        why = (
            "it is empty"
            if not given
            else "it holds a control character (a line break)"
            if unreadable is None or "control character" in unreadable
            else unreadable.replace("the text has", "it holds")
        )
        raise failure(
            "new.office",
            f"--name {json.dumps(name, ensure_ascii=False)} is not an office's name: {why}",
            None,
            "give the office's name in English on one line, e.g. --name \"UNODC Country Office "
            'in Nigeria"',
        )
    return given


def named(template: str, name: str) -> str:
    """The template's text with its top-level `name:` value replaced by `name`, plain where
    YAML reads it back as itself, else double-quoted (JSON's escapes); every other line as it
    was."""
    plain = f"name: {name}"
    try:
        same = yaml.safe_load(plain) == {"name": name}
    except yaml.YAMLError:
        same = False
    written = plain if same else f"name: {json.dumps(name, ensure_ascii=False)}"
    lines = template.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("name:"):
            lines[i] = f"{written}\n"
            return "".join(lines)
    return f"{written}\n{template}"


def _write_new(path: Path, data: bytes) -> None:
    """`data` to `path`, which must not exist: written whole beside it, then linked to its
    name, which fails if a file took the name meanwhile (never overwritten); on a disk
    without hard links, created anew (`x`) and written."""
    part = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        try:
            os.link(part, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links there (a FAT disk, some network shares)
            with path.open("xb") as f:
                f.write(data)
    except FileExistsError:
        raise failure(
            "new.office",
            f"{path.name} was written meanwhile by another program: it was left as it is",
            Mark.file(path),
            "edit that file",
        ) from None
    except OSError as exc:
        raise failure(
            "new.office",
            f"cannot write {display_path(path)}: {exc.strerror}",
            None,
            "give a kit in a folder you can write (--kit DIR)",
        ) from None
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
