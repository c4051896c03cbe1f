"""Start-up stays lazy: the command line, and a build with nothing to do, import neither the
PDF libraries, HarfBuzz, the text stage nor the YAML loader (issue 13: a no-op rebuild under a
second; `--help` at once). Each case runs in a fresh interpreter, as a user's command does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.kits import build, mini_copy

ROOT = Path(__file__).resolve().parents[2]
HEAVY = [
    "pikepdf",
    "pypdfium2",
    "reportlab",
    "uharfbuzz",
    "PIL",
    "yaml",
    "campaign.text.paragraph",
    "campaign.render.pdf",
    "campaign.layout.compose",
    "campaign.kit.load",
]


def loaded(code: str, modules: list[str] = HEAVY) -> list[str]:
    """The `modules` (HEAVY's) a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    imported = set(json.loads(out.splitlines()[-1]))
    return [m for m in modules if m in imported]


def test_the_command_line_imports_no_stage() -> None:
    assert loaded("import campaign.cli") == []


def test_a_build_with_nothing_to_do_imports_no_stage(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, out)
    run = (
        "from campaign.cli import main\n"
        f"try:\n    main(['build', '--kit', {str(kit)!r}, '-o', {str(out)!r}, '--quiet'])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
    )
    assert loaded(run) == []
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["files"]  # the first build made files; the second kept them


def test_a_quiet_build_imports_no_progress_bar(tmp_path: Path) -> None:
    """tqdm is imported for a bar on a terminal only: a `--quiet` build, or one whose output
    is a log, shows none (20 to 35 ms of start-up on this machine kind)."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    run = (
        "from campaign.cli import main\n"
        f"try:\n    main(['build', '--kit', {str(kit)!r}, '-o', {str(out)!r}, '--quiet',"
        " '--no-png', '--no-digital', '--force'])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "import json, sys\nprint(json.dumps('tqdm' in sys.modules))"
    )
    out_text = subprocess.run(
        [sys.executable, "-c", run], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out_text.splitlines()[-1]) is False
    assert (out / "manifest.json").is_file()


READERS = [
    "yaml",
    "campaign.kit.load",
    "campaign.svgart",
    "svglib",
    "cssselect2",
    "reportlab.graphics.shapes",
    "reportlab.platypus",
]
# the kit changes since an earlier entry was made (package.outdated): none in these builds
NOT_BUILDING = ["campaign.package"]


def test_a_build_from_a_warm_cache_imports_no_reader(tmp_path: Path) -> None:
    """A second build of the same pages (`--force`: every page drawn again) reads the kit, the
    font book and the drawn SVG art from the user's cache, so it imports neither the YAML
    loader and the kit readers, nor the SVG checks, svglib and reportlab.graphics (with
    reportlab.platypus): 0.2 s of start-up between them on this machine kind; nor, into an
    empty folder, the package's modules (8 ms of the parent's serial tail, for the kit
    changes of an earlier entry there is none of). The repository's kit: its badge has SVG
    art."""
    out = tmp_path / "out"
    run = (
        "from campaign.cli import main\n"
        f"try:\n    main(['build', '-o', {str(out)!r}, '--quiet', '--only', 'badge-58',"
        " '--lang', 'en', '--no-png', '--no-digital', '--force', '--jobs', '1'])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "import json, sys\n"
        f"print(json.dumps([m for m in {READERS + NOT_BUILDING!r} if m in sys.modules]))"
    )
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(tmp_path / "cache")}

    def imported() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", run],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return list(json.loads(done.stdout.splitlines()[-1]))

    assert imported() == READERS  # cold: each is needed once
    assert imported() == []
    assert len(list(out.rglob("*.pdf"))) == 1


def test_a_package_after_its_build_imports_no_reader(tmp_path: Path) -> None:
    """`package` after the build reads the kit and the font book from the user's cache, as
    the build kept them: it imports neither the YAML loader nor the kit's readers. It read
    fonts/fonts.yaml itself (load_fontbook, for the contact sheet's labels), which imported
    PyYAML and every reader of the kit (about 80 ms) for a kit it had from the cache."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, out, "--no-png", "--no-digital")
    package = tmp_path / "package"
    run = (
        "from campaign.cli import main\n"
        f"try:\n    main(['package', '--from', {str(out)!r}, '--kit', {str(kit)!r}, '-o',"
        f" {str(package)!r}, '--quiet'])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
    )
    assert loaded(run, ["yaml", "campaign.load", "campaign.kit.fonts", "campaign.kit.load"]) == []
    assert (package / "campaign-print.zip").is_file()


def test_a_frame_from_a_warm_cache_imports_no_reader(tmp_path: Path) -> None:
    """`frame` a second time reads the kit and the font book from the user's cache: it
    imports neither the YAML loader nor the kit's readers. It read fonts/fonts.yaml itself
    (load_fontbook), which imported PyYAML and every reader of the kit (about 90 ms of its
    450 ms here) for a kit it had from the cache. The repository's kit: the frame is its
    layout."""
    from PIL import Image

    photo, framed = tmp_path / "me.png", tmp_path / "me-framed.png"
    Image.new("RGB", (1080, 1080), (40, 90, 200)).save(photo)
    run = (
        "from campaign.cli import main\n"
        f"try:\n    main(['frame', {str(photo)!r}, '-o', {str(framed)!r}])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "import json, sys\n"
        f"print(json.dumps([m for m in {READERS[:2]!r} if m in sys.modules]))"
    )
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(tmp_path / "cache")}

    def imported() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", run], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout.splitlines()[-1]))

    assert imported() == READERS[:2]  # cold: the kit is read
    assert imported() == []
    with Image.open(framed) as image:
        assert image.size == (1080, 1080)


def test_the_preview_s_first_reading_from_a_warm_cache_imports_no_reader(tmp_path: Path) -> None:
    """The preview (serve.gallery.Gallery) reads the kit and the font book from the user's
    cache before any page is drawn: it imports neither the YAML loader nor the kit's
    readers, which its font book's reading imported (load_fontbook)."""
    kit = mini_copy(tmp_path / "kit")
    run = (
        "from pathlib import Path\nfrom campaign.serve.gallery import Gallery\n"
        f"gallery = Gallery(Path({str(kit)!r}))\n"
        "assert gallery.errors == [] and gallery.entries(), gallery.errors\n"
    )
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(tmp_path / "cache")}
    probe = f"{run}import json, sys\n"
    probe += f"print(json.dumps([m for m in {READERS[:2]!r} if m in sys.modules]))"

    def imported() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout.splitlines()[-1]))

    assert imported() == READERS[:2]  # cold: the kit is read
    assert imported() == []


def test_a_check_from_a_warm_cache_imports_no_reader(tmp_path: Path) -> None:
    """`check` a second time reads the kit and the font book from the user's cache, and lays
    out with kit.sizes and kit.fit (flyer-a6 is a size its design's QR code and label are
    fitted again at): it imports neither the YAML loader nor the kit's readers. Importing
    kit.sizes ran the package's __init__, which imported PyYAML and every reader (about 80 ms
    of start-up here) for a kit it had from the cache. What it says is the same either way.
    The repository's kit."""
    run = (
        "from campaign.cli import main\n"
        "try:\n    main(['check', '--only', 'flyer-a6', '--lang', 'en'])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "import json, sys\n"
        f"print(json.dumps([m for m in {READERS[:2] + ['campaign.kit.sizes']!r}"
        " if m in sys.modules]))"
    )
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(tmp_path / "cache")}

    def checked() -> tuple[list[str], list[str], str]:
        done = subprocess.run(
            [sys.executable, "-c", run], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        *said, last = done.stdout.splitlines()
        return list(json.loads(last)), said, done.stderr

    cold, said, problems = checked()
    assert cold == [*READERS[:2], "campaign.kit.sizes"]  # cold: the kit is read
    assert checked() == (["campaign.kit.sizes"], said, problems)  # laid out from the cache
    assert said[-1].startswith("ok: 1 document(s) (1 page(s)) of 1 material(s)")
