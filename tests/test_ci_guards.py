"""CI cannot go green by skipping or by rewriting references: .ci/install-ocr fails when it
cannot install what the OCR tests need, a CI run (CI=true) that skips an OCR test for lack of
its tools fails, and .ci/no-update-refs finds --update-refs in code, configuration, the
environment or a conftest default."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, check=False)


def bare_path(tmp_path: Path, *tools: str) -> str:
    """A PATH with only these tools (and the running Python's folder)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in tools:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    return f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}"


def test_install_ocr_fails_where_it_cannot_install(tmp_path: Path) -> None:
    path = bare_path(tmp_path, "bash", "grep", "tail", "head", "id", "tr")
    done = run(["bash", str(ROOT / ".ci/install-ocr")], {"PATH": path})
    assert done.returncode == 1
    assert "install-ocr: no apt-get here and Tesseract or a model is missing" in done.stderr


def test_install_browser_fails_where_it_cannot_install(tmp_path: Path) -> None:
    path = bare_path(tmp_path, "bash", "id")
    done = run(["bash", str(ROOT / ".ci/install-browser")], {"PATH": path})
    assert done.returncode == 1
    assert "install-browser: no apt-get here and Chromium is missing" in done.stderr


def test_install_poppler_fails_where_it_cannot_install(tmp_path: Path) -> None:
    path = bare_path(tmp_path, "bash", "id")
    done = run(["bash", str(ROOT / ".ci/install-poppler")], {"PATH": path})
    assert done.returncode == 1
    assert "install-poppler: no apt-get here and pdftotext is missing" in done.stderr


def test_ci_runs_install_poppler_before_the_tests() -> None:
    script = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert script.index("bash .ci/install-poppler") < script.index("python -m pytest")


@pytest.mark.parametrize(("ci", "code"), [("true", 1), ("", 0)])
def test_ci_run_fails_when_a_pdftotext_test_skips(tmp_path: Path, ci: str, code: int) -> None:
    """Without pdftotext on PATH a test that reads a PDF's text with it skips: a failure in
    CI, a skip elsewhere. Fifteen such tests skipped on a fresh CI machine, which had no
    poppler-utils, and the run went green (December 2026)."""
    env = {
        "PATH": bare_path(tmp_path),
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        "CI": ci,
        "HOME": os.environ.get("HOME", str(tmp_path)),
    }
    node = (
        "tests/kit/test_parent_language.py::"
        "test_poster_prints_the_parents_texts_where_the_regional_file_lacks_one"
    )
    done = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider", node],
        env,
    )
    assert done.returncode == code, done.stdout
    assert "1 skipped" in done.stdout
    assert (f"{node}: Skipped: poppler's pdftotext is missing" in done.stdout) == bool(ci)


@pytest.mark.parametrize(("ci", "code"), [("true", 1), ("", 0)])
def test_ci_run_fails_when_browser_tests_skip(tmp_path: Path, ci: str, code: int) -> None:
    """Without chromium on PATH the browser test skips: a failure in CI, a skip elsewhere."""
    env = {
        "PATH": bare_path(tmp_path),
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        "CI": ci,
        "HOME": os.environ.get("HOME", str(tmp_path)),
    }
    node = "tests/serve/test_browser.py::test_guides_toggle"
    done = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider", node],
        env,
    )
    assert done.returncode == code, done.stdout
    assert "1 skipped" in done.stdout
    assert (f"{node}: Skipped: no Chromium" in done.stdout) == bool(ci)


@pytest.mark.parametrize(
    "node",
    [
        "tests/test_ocr.py::test_poster_reads_back[en]",
        "tests/test_ocr_scripts.py::test_poster_reads_back[ko]",
    ],
)
@pytest.mark.parametrize(("ci", "code"), [("true", 1), ("", 0)])
def test_ci_run_fails_when_ocr_tests_skip(tmp_path: Path, ci: str, code: int, node: str) -> None:
    """Without tesseract on PATH the OCR test skips: a failure in CI, a skip elsewhere."""
    env = {
        "PATH": bare_path(tmp_path),
        "PYTHONPATH": str(ROOT / "src"),
        "CI": ci,
        "HOME": os.environ.get("HOME", str(tmp_path)),
    }
    done = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider", node],
        env,
    )
    assert done.returncode == code, done.stdout
    assert "1 skipped" in done.stdout
    flagged = f"{node}: Skipped: tesseract is not installed" in done.stdout
    assert flagged == bool(ci)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with this repository's conftest (which declares --update-refs)."""
    (tmp_path / "src").mkdir()
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests/conftest.py", tmp_path / "tests/conftest.py")
    (tmp_path / "tests/test_x.py").write_text("def test_x() -> None:\n    pass\n")
    return tmp_path


def guard(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["bash", str(ROOT / ".ci/no-update-refs"), str(project)],
        {**os.environ, **env},
    )


def test_guard_passes_a_clean_project(project: Path) -> None:
    done = guard(project)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no-update-refs: ok"


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ("pyproject.toml", '[tool.pytest.ini_options]\naddopts = "-ra --update-refs"\n'),
        ("pytest.ini", "[pytest]\naddopts = --update-refs\n"),
        ("setup.cfg", "[tool:pytest]\naddopts = --update-refs\n"),
        # split so that the guard, which greps this repository too, does not flag this line
        ("tests/render/test_y.py", 'ARGS = ["-q", "--update-refs"' + "]\n"),
    ],
)
def test_guard_finds_the_flag_in_configuration(project: Path, where: str, text: str) -> None:
    (project / where).parent.mkdir(parents=True, exist_ok=True)
    (project / where).write_text(text)
    assert guard(project).returncode == 1


def test_guard_finds_the_flag_in_the_environment(project: Path) -> None:
    done = guard(project, PYTEST_ADDOPTS="--update-refs")
    assert done.returncode == 1
    assert "pytest resolves --update-refs to True" in done.stderr


def test_guard_finds_a_conftest_default(project: Path) -> None:
    conftest = project / "tests/conftest.py"
    text = conftest.read_text()
    assert 'action="store_true",' in text
    conftest.write_text(text.replace('action="store_true",', 'action="store_true", default=True,'))
    done = guard(project)
    assert done.returncode == 1
    assert "pytest resolves --update-refs to True" in done.stderr
