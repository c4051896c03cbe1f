"""The commands messages quote name the program as the user ran it (campaign.program): a
translator in a kit of their own outside the repository ran `python generate.py strings
import fr.po` as a hint said, and there was no generate.py there (a translator's trial).
Each case runs in a fresh process from a folder outside the repository, as a user's
command does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from campaign import program
from campaign.program import PROGRAM, as_invoked, invoked_as

from ..kits import mini_copy, replace_in

ROOT = Path(__file__).resolve().parents[2]
GENERATE = str(ROOT / "generate.py")


def run(
    cwd: Path, *args: str, argv0: str = GENERATE, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line run as `argv0` (sys.argv[0]: a generate.py, or the console script)
    from `cwd`, with `path` as PATH when given."""
    code = (
        f"import sys; sys.argv[0] = {argv0!r}; sys.path.insert(0, {str(ROOT / 'src')!r}); "
        "from campaign.cli import run; run()"
    )
    env = dict(os.environ, **({"PATH": path} if path is not None else {}))
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_program_as_typed() -> None:
    assert invoked_as("generate.py") == PROGRAM  # in the repository's folder
    assert invoked_as("../tool/generate.py") == "python ../tool/generate.py"
    assert invoked_as("/home/a b/tool/generate.py") == "python '/home/a b/tool/generate.py'"
    assert invoked_as("-c") == PROGRAM  # not the command line's program
    assert invoked_as("/usr/lib/python3/pytest") == PROGRAM


def test_on_windows_a_path_is_quoted_for_cmd_exe(monkeypatch: pytest.MonkeyPatch) -> None:
    """A POSIX shell's single quotes are part of the word for cmd.exe: a path is put in double
    quotes there, where it needs them (subprocess.list2cmdline), and read with backslashes."""
    paths = [
        r"C:\tool\generate.py",
        r"C:\Program Files\kit\generate.py",
        r"C:\Users\a b\Scripts\campaign-kit.exe",
    ]
    monkeypatch.setenv("PATH", "")  # no campaign-kit on it
    with monkeypatch.context() as windows:  # undone before pytest reports (its Paths)
        windows.setattr(os, "name", "nt")
        got = [invoked_as(p) for p in paths] + [program.quote("it's here")]
    assert got == [
        r"python C:\tool\generate.py",
        r'python "C:\Program Files\kit\generate.py"',
        r'"C:\Users\a b\Scripts\campaign-kit.exe"',
        '"it\'s here"',
    ]
    assert program.quote("it's here") == "'it'\"'\"'s here'"  # a POSIX shell's


def test_the_repositorys_own_generate_py_by_any_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert invoked_as(GENERATE) == PROGRAM
    assert invoked_as("./generate.py") == PROGRAM


def test_the_console_script_by_its_name_when_it_is_on_the_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "bin" / "campaign-kit"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(script.parent))
    assert invoked_as(str(script)) == "campaign-kit"
    monkeypatch.setenv("PATH", str(tmp_path))  # not on it: its path
    assert invoked_as(str(script)) == str(script)


def test_messages_are_written_with_the_readmes_form_until_the_program_is_set() -> None:
    assert program.program() == PROGRAM  # tests call cli.main: cli.run sets it
    assert as_invoked("run `python generate.py build` first") == (
        "run `python generate.py build` first"
    )


def test_a_hint_names_generate_py_by_the_path_it_was_run_by(tmp_path: Path) -> None:
    done = run(tmp_path, "sheet", "--from", "built")
    assert done.returncode == 1, done.stderr
    assert f"  hint: run `python {GENERATE} build -o built` first, or pass --from BUILD_DIR" in (
        done.stderr.splitlines()
    )
    assert "python generate.py" not in done.stderr


def test_a_json_reports_hints_name_it_too(tmp_path: Path) -> None:
    done = run(tmp_path, "package", "--from", "built", "--json")
    report = json.loads(done.stdout)
    hints = [h for p in report["diagnostics"] for h in p["hints"]]
    assert f"run `python {GENERATE} build -o built` first, or pass --from BUILD_DIR" in hints


def test_the_console_script_quotes_itself(tmp_path: Path) -> None:
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "campaign-kit").write_text("#!/bin/sh\n")
    (bin_ / "campaign-kit").chmod(0o755)
    done = run(
        tmp_path, "sheet", "--from", "built", argv0=str(bin_ / "campaign-kit"), path=str(bin_)
    )
    assert "  hint: run `campaign-kit build -o built` first, or pass --from BUILD_DIR" in (
        done.stderr.splitlines()
    )


def test_help_examples_and_usage_errors_name_it(tmp_path: Path) -> None:
    helped = run(tmp_path, "build", "--help")
    assert f"    python {GENERATE} build -o out/" in helped.stdout.splitlines()
    assert "python generate.py" not in helped.stdout
    # click's own usage error, which quotes the command line put right
    done = run(tmp_path, "--lang", "fr", "build")
    assert done.returncode == 2
    assert f"go after it: python {GENERATE} build --lang fr" in done.stderr


def test_clicks_usage_lines_name_it(tmp_path: Path) -> None:
    """click's own "Usage:" and "Try ..." lines took `generate.py` from sys.argv[0], which no
    shell runs as typed (a review)."""
    done = run(tmp_path, "sheet", "--bogus")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[:2] == [
        f"Usage: python {GENERATE} sheet [OPTIONS]",
        f"Try 'python {GENERATE} sheet --help' for help.",
    ], done.stderr
    helped = run(tmp_path, "new", "--help")
    assert helped.stdout.startswith(f"Usage: python {GENERATE} new [OPTIONS]"), helped.stdout
    done = run(tmp_path, "serve")  # our own message that quotes click's command path
    assert (
        f"Error: No such command 'serve'. The command for that is 'preview': python {GENERATE} "
        "preview --help"
    ) in done.stderr.splitlines(), done.stderr


def test_clicks_usage_lines_name_the_console_script(tmp_path: Path) -> None:
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "campaign-kit").write_text("#!/bin/sh\n")
    (bin_ / "campaign-kit").chmod(0o755)
    done = run(tmp_path, "build", "--bogus", argv0=str(bin_ / "campaign-kit"), path=str(bin_))
    assert done.returncode == 2
    assert done.stderr.splitlines()[:2] == [
        "Usage: campaign-kit build [OPTIONS]",
        "Try 'campaign-kit build --help' for help.",
    ], done.stderr


def test_printed_next_steps_name_it(tmp_path: Path) -> None:
    done = run(tmp_path, "new", "kit", "mine", "--kit", str(ROOT))
    assert done.returncode == 0, done.stderr
    assert f"  python {GENERATE} check --kit mine" in done.stdout.splitlines()
    assert "python generate.py" not in done.stdout


def test_the_commands_a_hint_tells_to_run_name_it(tmp_path: Path) -> None:
    """The export and the build that hints tell the user to run (kit.references'
    strings.missing, the proof sheet's broken text: cli.strings, `new language`: cli.new)
    name the program as run, with the kit's --kit: they were quoted as `strings export
    --lang ar --kit kit` alone, which runs nowhere as typed (a review)."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("  emblem_alt: قلب أزرق\n", "")})
    done = run(tmp_path, "check", "--kit", "kit")
    assert done.returncode == 0, done.stderr
    assert (
        f"  hint: translate them: `python {GENERATE} strings export --lang ar --kit kit` lists "
        'it, marked "to translate", in a file for a translator, and `strings import` reads it '
        "back (with --strict this is an error)"
    ) in done.stderr.splitlines(), done.stderr
    replace_in(kit / "materials/strings/ar.yaml", "  word: قلب\n", "  word: قلب {x }\n")
    done = run(tmp_path, "strings", "proof", "--lang", "ar", "--kit", "kit", "-o", "ar.pdf")
    assert done.returncode == 0, done.stderr
    assert (
        "  hint: ar.pdf shows it (BROKEN TEXT): fix it in the file exported for translators "
        f"(`python {GENERATE} strings export --lang ar --kit kit`), then import it"
    ) in (done.stdout + done.stderr).splitlines(), done.stdout + done.stderr
    done = run(tmp_path, "new", "language", "kk", "--kit", "kit")
    assert done.returncode == 0, done.stderr
    assert (
        f'`python {GENERATE} build --lang kk --kit kit` makes it now; README "Add a language" '
        "has the steps from here"
    ) in done.stdout.splitlines(), done.stdout
    assert "python generate.py" not in done.stdout + done.stderr


def test_on_windows_a_hints_kit_output_folder_and_arguments_are_quoted_for_cmd_exe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The program was quoted for cmd.exe and the rest of the hint for a POSIX shell: `--kit
    'C:\\Users\\ana\\my kit'`, whose single quotes cmd.exe keeps in the word (a reviewer's
    reading). Every path and argument a hint quotes is quoted as the program is."""
    from campaign import commands

    kit = Path("/work/my kit")
    undo = commands.quoting(kit)
    try:
        with monkeypatch.context() as windows:  # program's os alone: Path stays POSIX's
            windows.setattr(program, "os", SimpleNamespace(name="nt"))
            got = [
                commands.command("check"),
                commands.out(Path("/work/out dir")),
                commands.typed(["generate.py", "sheet", "--material", "flyer a5"], "sheet"),
            ]
    finally:
        undo()
    assert got == [
        'python generate.py check --kit "/work/my kit"',
        ' -o "/work/out dir"',
        'python generate.py sheet --material "flyer a5"',
    ]
