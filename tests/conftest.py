"""Shared fixtures: the repository's kit and fonts, throw-away copies of the kit, and visual
references."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

# The user's cache (campaign.cache) in a folder of this test process's own, never the
# developer's ~/.cache: a run starts from an empty cache, and each pytest-xdist worker has its
# own. Set before campaign is imported: importing its command line reads and writes the cache
# already (campaign.codecache).
# The folder is removed when the process ends (each run left about 10 MB in the system's
# temporary folder before).
if "CAMPAIGN_KIT_CACHE" not in os.environ or os.environ.get("PYTEST_XDIST_WORKER"):
    _RUN_CACHE = tempfile.mkdtemp(prefix="campaign-kit-cache-")
    os.environ["CAMPAIGN_KIT_CACHE"] = _RUN_CACHE
    atexit.register(shutil.rmtree, _RUN_CACHE, ignore_errors=True)
else:
    _RUN_CACHE = ""

from campaign import cache, dates  # noqa: E402
from campaign.fonts import FontBook, load_fontbook  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REFS = Path(__file__).resolve().parent / "refs"


def pytest_configure(config: pytest.Config) -> None:
    """The garbage collector's thresholds the program runs with (`garbage.collect_less`, set
    by `cli.run`): the tests run the commands in this process, with its heap of every module
    and cache the earlier tests loaded, which Python's thresholds walked over and over (the
    translate tests took 206 s on two workers, 176 s at these)."""
    from campaign.garbage import collect_less

    collect_less()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove this process's cache folder when pytest ends. The `atexit` hook above is not
    enough: a pytest-xdist worker can end without running it, and each CI run left one or
    two folders of about 20 MB each (`campaign-kit-cache-*`) in the system's temporary
    folder."""
    if _RUN_CACHE:
        shutil.rmtree(_RUN_CACHE, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-refs",
        action="store_true",
        help="rewrite the reference PNGs in tests/refs/ from the current output",
    )


@pytest.fixture(autouse=True)
def campaign_day(monkeypatch: pytest.MonkeyPatch) -> date:
    """Today, for a merge's `merge.past` warning and the build's `campaign.past-year`
    (`dates.today`), is 1 July 2024 in every test: the tests' kits and events are the 2024
    campaign's, and a warning that came with the calendar would change their output from
    one day to the next. A test of a warning dates its events from this day, or sets the
    day it needs."""
    day = date(2024, 7, 1)
    monkeypatch.setattr(dates, "today", lambda: day)
    return day


@pytest.fixture
def young_heap() -> Iterator[None]:
    """The objects this process holds when the test starts, moved out of the garbage
    collector's sight for the test (gc.freeze: a permanent generation that gc.collect and
    gc.get_objects leave out), and back after it. A test that counts the objects of a kind
    alive (tests.folders.alive) then scans those made since it started, not a pytest-xdist
    worker's whole heap after thousands of tests: one such test took 26 s in the suite and
    2 s alone. Counts are compared with those at the test's start, as they were."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user's cache folder of the test's own (campaign.cache), and a fresh table of
    file digests."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", str(folder))
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())
    return folder


@pytest.fixture(scope="module")
def fonts() -> FontBook:
    """The repository's fonts (fonts/fonts.yaml), read once per test module."""
    return load_fontbook(ROOT / "fonts")


def copy_kit(kit: Path, replace: dict[str, str]) -> Path:
    """The repository's kit copied to `kit` (materials and assets copied, fonts linked), with
    each file of `replace` (a path in the kit: its text) written over."""
    shutil.copytree(ROOT / "materials", kit / "materials")
    (kit / "fonts").symlink_to(ROOT / "fonts")
    shutil.copytree(ROOT / "assets", kit / "assets")
    for rel, text in replace.items():
        (kit / rel).write_text(text, encoding="utf-8")
    return kit


@pytest.fixture
def kit_copy(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the repository's kit (materials and assets copied, fonts linked) to break
    safely: `kit_copy(**{"materials/offices/x.yaml": text})`, once per test."""

    def make(**replace: str) -> Path:
        return copy_kit(tmp_path / "kit", replace)

    return make


@pytest.fixture(scope="module")
def module_kit_copy(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """`kit_copy` for a module's fixture: one copy shared by the module's tests (a kit they
    only read), in a folder of its own at each call."""

    def make(**replace: str) -> Path:
        return copy_kit(tmp_path_factory.mktemp("kit-copy") / "kit", replace)

    return make


@pytest.fixture
def hebrew_kit(kit_copy: Callable[..., Path]) -> Path:
    """A copy of the kit with a Hebrew strings file (he.yaml), made by `new language he`:
    the alias-code tests of the kit (tests/kit) and of the translators' files
    (tests/translate)."""
    from tests.kits import cli

    kit = kit_copy()
    status, out = cli("new", "language", "he", "--kit", kit)
    assert status == 0, out
    return kit


@pytest.fixture
def update_refs(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-refs"))


# ---- CI cannot go green by skipping -------------------------------------------------------
# Tests that need tools CI must install (.ci/install-ocr, .ci/install-browser,
# .ci/install-poppler). Locally they skip, naming what to
# install; in CI (CI=true) a run that skips one for lack of its tools fails. A skip decided on
# the test's own results (OCR cannot judge a script) is not a lack of tools.
REQUIRED_IN_CI = (
    "tests/test_ocr.py::",
    "tests/test_ocr_scripts.py::",
    "tests/serve/test_browser.py::",
)
# skip reasons that name a tool CI installs (.ci/install-poppler), in whichever test says them
REQUIRED_TOOL_REASONS = ("poppler's pdftotext is missing",)
JUDGED_SKIP = "OCR cannot judge"
_skipped_required: list[str] = []


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not report.skipped or hasattr(report, "wasxfail"):  # an expected failure: no skip
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    required = report.nodeid.startswith(REQUIRED_IN_CI) or any(
        said in reason for said in REQUIRED_TOOL_REASONS
    )
    if required and JUDGED_SKIP not in reason:
        _skipped_required.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not (in_ci() and _skipped_required) or hasattr(session.config, "workerinput"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("=", "required tests skipped in CI", red=True)
        for line in _skipped_required:
            reporter.write_line(line)
        reporter.write_line(
            "CI=true: install what they need (.ci/install-ocr, .ci/install-browser, "
            ".ci/install-poppler); a skip is a failure"
        )
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
