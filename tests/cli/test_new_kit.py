"""`new kit DIR`: a working copy of a kit (materials/, assets/, fonts/, nothing else) that checks
as its source does and builds the same bytes; a DIR that is not empty, a file or inside the
kit is refused with nothing written, and a copy that stops leaves nothing. Offices were told
to `cp -r materials assets fonts ../my-kit` (a designer's trial asked for `new kit`)."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from campaign import scaffold

from ..kits import ROOT, build, check, cli, mini_copy


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (links followed) and its sha256, by path under it."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def listing(folder: Path) -> list[str]:
    """Every path under `folder`, files and folders, hidden ones too."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The mini kit, its fonts linked to the repository's, its assets its own; with what a
    kit folder gathers and a copy must leave out: version control, caches, the desktop's
    litter, a file a command left half written, and output beside the three folders."""
    kit = mini_copy(tmp_path / "src", own_assets=True)
    (kit / "materials/.git").mkdir()
    (kit / "materials/.git/HEAD").write_text("ref: refs/heads/main\n")
    (kit / "materials/__pycache__").mkdir()
    (kit / "materials/__pycache__/x.cpython-311.pyc").write_bytes(b"\0")
    (kit / "assets/.DS_Store").write_bytes(b"\0")
    (kit / "materials/strings/.fr.yaml.part").write_text("half")
    (kit / "assets/heart-link.svg").symlink_to("blue-heart.svg")  # copied as a file
    (kit / "out").mkdir()
    (kit / "out/manifest.json").write_text("{}")
    return kit


def test_the_copy_checks_and_builds_as_its_source(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "offices" / "my-kit"  # its parent is made too
    code, out = cli("new", "kit", dest, "--kit", source)
    assert code == 0, out
    lines = out.splitlines()
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    assert lines[0] == f"wrote a copy of the kit in {source} into {dest} ({size / 1e6:.1f} MB):"
    assert lines[1].split() == ["materials/", "8", "files", "0.0", "MB"] + [
        "campaign.yaml,",
        "layouts,",
        "strings",
    ]
    assert lines[2].split()[:2] == ["assets/", "8"]
    assert lines[3].split()[:2] == ["fonts/", "64"]
    assert lines[4].split()[:2] == ["schemas/", "6"]  # the kit's six file kinds'
    assert lines[5] == (
        "  licences: assets/LICENSE.md, fonts/OFL.txt, fonts/tools/UNICODE-LICENSE.txt"
    )
    assert lines[6:] == [
        "next, with --kit on every command (or run them inside it, without --kit):",
        f"  python generate.py check --kit {dest}",
        f"  python generate.py build --kit {dest}",
        f"  python generate.py new office <id> --kit {dest}   # your office's file",
    ]
    # the three folders, each file as the source's (the linked fonts copied, not linked);
    # nothing else, and no hidden folder left beside it
    assert sorted(p.name for p in dest.iterdir()) == ["assets", "fonts", "materials", "schemas"]
    assert not any(p.is_symlink() for p in dest.rglob("*"))
    left_out = {
        "materials/.git/HEAD",
        "materials/__pycache__/x.cpython-311.pyc",
        "assets/.DS_Store",
        "materials/strings/.fr.yaml.part",
    }
    whole = {
        f"{name}/{rel}": digest
        for name in ("materials", "assets", "fonts")
        for rel, digest in tree(source / name).items()
    }
    assert left_out <= set(whole)
    copied = {k: v for k, v in tree(dest).items() if not k.startswith("schemas/")}
    assert copied == {k: v for k, v in whole.items() if k not in left_out}
    # the schemas this version writes (the repository's, regenerated with each change), not
    # the --json reports' (report.schema.json), which no kit file names
    schemas = tree(ROOT / "schemas")
    assert tree(dest / "schemas") == {k: v for k, v in schemas.items() if k != "report.schema.json"}
    assert sorted(p.name for p in dest.parent.iterdir()) == ["my-kit"]
    # it checks as its source does, and builds a page of the same bytes
    assert check(dest) == check(source)
    assert check(dest)[0] == 0
    assert "lay out cleanly" in check(dest)[1]
    a = build(source, tmp_path / "out-src", "--only", "boxes", "--lang", "en")
    b = build(dest, tmp_path / "out-dest", "--only", "boxes", "--lang", "en")
    pdf = "boxes/boxes-en.pdf"
    assert (a / pdf).read_bytes() == (b / pdf).read_bytes()


def test_the_repository_kit_copies_whole_with_its_offices(tmp_path: Path) -> None:
    """The repository's own kit (its offices, presses and office template): the copy's check
    of a material is its source's, and an office started in it checks."""
    dest = tmp_path / "my-kit"
    code, out = cli("new", "kit", dest, "--kit", ROOT)
    assert code == 0, out
    assert tree(dest / "materials") == tree(ROOT / "materials")
    assert tree(dest / "fonts") == tree(ROOT / "fonts")
    assert tree(dest / "assets") == tree(ROOT / "assets")
    # every file naming its schema (`# yaml-language-server: $schema=...`) names one in the copy
    named = 0
    for path in (dest / "materials").rglob("*.yaml"):
        first = path.read_text("utf-8").partition("\n")[0]
        if "$schema=" in first:
            named += 1
            target = (path.parent / first.split("$schema=")[1].strip()).resolve()
            assert target.is_file(), (path, target)
    assert named > 40
    args = ("--only", "poster-a3", "--lang", "en")
    assert check(dest, *args) == check(ROOT, *args)
    code, out = cli("new", "office", "lagos", "--kit", dest)
    assert code == 0, out
    code, out = check(dest, "--office", "lagos", "--only", "poster-a3")
    assert code == 0, out
    assert "warning[office.unfilled]: lagos: the office has not filled helpline" in out


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "full",
            "{t}/full: error[new.kit]: {t}/full is not empty (it holds notes.txt): the copy goes "
            "into a new folder; nothing was written\n"
            "  hint: give the name of a folder that does not exist yet (or is empty)\n"
            "1 error(s)\n",
        ),
        (  # a kit there: named as one, to give to the commands
            "kit",
            "{t}/kit: error[new.kit]: {t}/kit is not empty (it holds assets, fonts, materials): "
            "the copy goes into a new folder; nothing was written\n"
            "  hint: give the name of a folder that does not exist yet (or is empty)\n"
            "  hint: it is a kit: give it to the commands with --kit: python generate.py check "
            "--kit {t}/kit\n"
            "1 error(s)\n",
        ),
        (
            "file.txt",
            "{t}/file.txt: error[new.kit]: {t}/file.txt is a file: the copy goes into a new "
            "folder\n"
            "  hint: give the name of a folder that does not exist yet (or is empty)\n"
            "1 error(s)\n",
        ),
        (  # inside the kit it copies: a folder beside it is offered
            "src/materials/copy",
            "error[new.kit]: {t}/src/materials/copy is inside the kit it would copy ({t}/src)\n"
            "  hint: give a folder outside it: python generate.py new kit {t}/copy --kit "
            "{t}/src\n"
            "1 error(s)\n",
        ),
        (
            "src",
            "error[new.kit]: {t}/src is inside the kit it would copy ({t}/src)\n"
            "  hint: give a folder outside it: python generate.py new kit {t}/src --kit {t}/src\n"
            "1 error(s)\n",
        ),
    ],
)
def test_a_folder_it_cannot_fill_is_refused_and_nothing_is_written(
    source: Path, tmp_path: Path, given: str, expected: str
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full/notes.txt").write_text("mine")
    mini_copy(tmp_path / "kit")
    (tmp_path / "file.txt").write_text("mine")
    before = listing(tmp_path)
    code, out = cli("new", "kit", tmp_path / given, "--kit", source)
    assert (code, out) == (1, expected.format(t=tmp_path))
    assert listing(tmp_path) == before


def test_inside_the_kit_it_offers_a_folder_beside_it(
    source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run in the kit (the default kit, found from the working folder), `new kit my-kit` is
    refused with the folder beside the kit, as the user types it."""
    monkeypatch.chdir(source)
    before = listing(source)
    code, out = cli("new", "kit", "my-kit")
    assert (code, out) == (
        1,
        f"error[new.kit]: my-kit is inside the kit it would copy ({source})\n"
        "  hint: give a folder outside it: python generate.py new kit ../my-kit\n"
        "1 error(s)\n",
    )
    assert listing(source) == before


def test_an_empty_folder_is_filled(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "empty"
    dest.mkdir()
    code, out = cli("new", "kit", dest, "--kit", source)
    assert code == 0, out
    assert sorted(p.name for p in dest.iterdir()) == ["assets", "fonts", "materials", "schemas"]


def stops_at_fonts(dest: Path, exc: BaseException) -> object:
    """`scaffold._copy_folder` that copies materials/ and assets/, then stops with `exc`;
    it checks that the half copy is in a hidden folder beside `dest`, not in `dest` (a copy
    killed there, where nothing can clean up, leaves no folder that looks like a kit)."""
    copy = scaffold._copy_folder

    def stopping(src: Path, dst: Path) -> object:
        if src.name == "fonts":
            assert (dst.parent / "assets").is_dir()  # a copy half made
            assert dst.parent.parent == dest.parent
            assert dst.parent.name.startswith(f".{dest.name}.new-")
            assert not dest.exists()
            raise exc
        return copy(src, dst)

    return stopping


@pytest.mark.parametrize(
    ("stop", "code", "said"),
    [
        (KeyboardInterrupt(), 130, "interrupted; nothing was published"),
        (
            OSError(errno.ENOSPC, "No space left on device", "fonts/NotoSans-Bold.ttf"),
            1,
            "error[new.kit]: the copy into {dest} stopped (fonts/NotoSans-Bold.ttf: No space "
            "left on device); nothing of it was left\n",
        ),
    ],
)
def test_a_copy_that_stops_leaves_nothing(
    source: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop: BaseException,
    code: int,
    said: str,
) -> None:
    """Ctrl-C or a full disk in the middle of the copy: neither DIR, nor the hidden folder it
    was copied into, nor the parents made for it are left."""
    dest = tmp_path / "new" / "my-kit"
    monkeypatch.setattr(scaffold, "_copy_folder", stops_at_fonts(dest, stop))
    before = listing(tmp_path)
    status, out = cli("new", "kit", dest, "--kit", source)
    assert status == code, out
    assert said.format(dest=dest) in out
    assert listing(tmp_path) == before


def test_a_link_to_nothing_stops_the_copy(source: Path, tmp_path: Path) -> None:
    (source / "assets/logo.png").symlink_to(tmp_path / "gone.png")
    dest = tmp_path / "my-kit"
    code, out = cli("new", "kit", dest, "--kit", source)
    assert code == 1, out
    assert f"error[new.kit]: the copy into {dest} stopped ({source}/assets/logo.png: " in out
    assert not dest.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_without_a_kit_is_not_copied(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out = cli("new", "kit", tmp_path / "copy", "--kit", tmp_path / "empty")
    assert (code, out) == (
        1,
        f"error[load.no-kit]: no kit at {tmp_path}/empty (materials/campaign.yaml is missing): "
        "nothing to copy\n"
        "  hint: give the kit to copy with --kit SRC, a folder with materials/, fonts/ and "
        "assets/\n"
        "1 error(s)\n",
    )
    assert not (tmp_path / "copy").exists()


def test_the_help_gives_the_size_of_the_fonts_it_copies() -> None:
    """The fonts are copied, not linked (a build reads its kit's fonts alone, never the
    system's): the help says how much that is, as measured here."""
    fonts = sum(p.stat().st_size for p in (ROOT / "fonts").rglob("*") if p.is_file())
    whole = sum(
        p.stat().st_size
        for d in ("materials", "assets", "fonts")
        for p in (ROOT / d).rglob("*")
        if p.is_file()
    )
    code, out = cli("new", "kit", "--help")
    assert code == 0, out
    said = f"({fonts / 1e6:.0f} MB of this repository's {whole / 1e6:.0f} MB)"
    assert said in " ".join(out.split())


def test_a_builds_output_inside_the_kit_is_left_out(source: Path, tmp_path: Path) -> None:
    """A build run in kit/materials/offices/ wrote its out/ there, and `new kit` copied it,
    manifest and all (a user's trial). A build's output is told by its manifest, wherever it
    is and whatever its name; a folder named out/ without one, or another program's
    manifest.json, is the kit's own and copied."""
    build(source, source / "materials/proofs", "--only", "text", "--lang", "en", "--no-png")
    (source / "assets/out").mkdir()  # a folder of art that happens to be named out/
    (source / "assets/out/heart.svg").write_text("<svg/>")
    (source / "assets/web").mkdir()  # another program's manifest
    (source / "assets/web/manifest.json").write_text('{"name": "Blue Heart"}')
    dest = tmp_path / "my-kit"
    code, out = cli("new", "kit", dest, "--kit", source)
    assert code == 0, out
    assert "  left out, a build's output: materials/proofs/\n" in out, out
    assert not (dest / "materials/proofs").exists()
    assert (dest / "assets/out/heart.svg").read_text() == "<svg/>"
    assert (dest / "assets/web/manifest.json").read_text() == '{"name": "Blue Heart"}'
    assert out.splitlines()[1].split()[5:] == ["campaign.yaml,", "layouts,", "strings"]


def ended_pid() -> int:
    """The id of a process that has ended (a `new kit` killed outright, SIGKILL, has no
    chance to remove its hidden folder)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def half_copy(folder: Path, name: str) -> Path:
    """A hidden folder as a `new kit` killed in the middle of its copy leaves it."""
    (folder / name / "materials/strings").mkdir(parents=True)
    (folder / name / "materials/campaign.yaml").write_text("name: half\n")
    return folder / name


def test_a_copy_killed_outright_is_removed_by_the_next_beside_it(
    source: Path, tmp_path: Path
) -> None:
    """The hidden folders of copies to DIR whose process has ended are removed, and named;
    one of a process that runs (a copy under way) is left, and so is a hidden folder of that
    form that holds anything but a kit's folders (not a copy's), or that is named for another
    folder (a review: `.old-kit.new-2024`, a kit kept by hand, would have gone)."""
    dead = ended_pid()
    stale = half_copy(tmp_path, f".my-kit.new-{dead}")
    other = half_copy(tmp_path, f".old-kit.new-{dead}")  # another DIR's: not ours to judge
    under_way = half_copy(tmp_path, f".my-kit.new-{os.getppid()}")
    theirs = tmp_path / f".notes.new-{dead}"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    code, out = cli("new", "kit", tmp_path / "my-kit", "--kit", source)
    assert code == 0, out
    assert out.splitlines()[:1] == [
        f"removed {tmp_path}/.my-kit.new-{dead}, the half copy of an earlier `new kit` that "
        f"was stopped (its process {dead} has ended)",
    ]
    assert ".old-kit" not in out, out
    assert not stale.exists()
    assert other.is_dir()
    assert under_way.is_dir()
    assert (theirs / "notes.txt").is_file()
    assert (tmp_path / "my-kit/materials/campaign.yaml").is_file()
    assert not list(tmp_path.glob(f".my-kit.new-{os.getpid()}"))


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="Linux's /proc")
def test_a_hidden_copy_of_a_process_killed_and_not_yet_reaped_is_removed(
    source: Path, tmp_path: Path
) -> None:
    """A process killed outright whose parent has not reaped it yet (a zombie: signal 0
    still finds its id) has ended: a shell's `kill -9` then `new kit` at once met one."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        for _ in range(500):  # until it has ended (not reaped: no wait)
            stat = Path(f"/proc/{child.pid}/stat").read_text()
            if stat.rsplit(")", 1)[1].split()[0] == "Z":
                break
            time.sleep(0.01)
        left = half_copy(tmp_path, f".my-kit.new-{child.pid}")
        code, out = cli("new", "kit", tmp_path / "my-kit", "--kit", source)
    finally:
        child.wait()
    assert code == 0, out
    assert out.splitlines()[0] == (
        f"removed {left}, the half copy of an earlier `new kit` that was stopped (its process "
        f"{child.pid} has ended)"
    )


def test_a_hidden_copy_of_a_running_process_nothing_wrote_for_long_is_removed(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process of that id runs, but nothing was written in the folder for STALE_AFTER: the
    id is another process's now (ids are reused), not a copy under way."""
    left = half_copy(tmp_path, f".my-kit.new-{os.getppid()}")
    monkeypatch.setattr(scaffold, "STALE_AFTER", 0)
    code, out = cli("new", "kit", tmp_path / "my-kit", "--kit", source)
    assert code == 0, out
    assert out.splitlines()[0] == (
        f"removed {left}, the half copy of an earlier `new kit` that was stopped (nothing was "
        "written in it for 0 s)"
    )
    assert not left.exists()
