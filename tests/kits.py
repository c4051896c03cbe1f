"""The mini kit (tests/data/kits/mini/: 20 x 20 mm pages, en and ar) and the command line that
builds it: geometry and error tests use these stable interfaces only (CLI in, files out)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import yaml
from click.testing import CliRunner

from campaign.cli import main

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "data" / "kits" / "mini"
MM = 72 / 25.4  # pt per mm
# the end of every message of a build that published nothing (spelt out, not imported)
NOT_PUBLISHED = "nothing was published; the previous output is unchanged"


def mini_copy(
    dest: Path, edits: dict[str, tuple[str, str]] | None = None, own_assets: bool = False
) -> Path:
    """A copy of the mini kit's materials in `dest` (fonts linked to the repository's, assets
    too unless `own_assets` asks for a copy to add files to); `edits` maps a file under
    materials/ to (old, new), which must occur."""
    shutil.copytree(MINI / "materials", dest / "materials")
    (dest / "fonts").symlink_to(ROOT / "fonts")
    if own_assets:
        shutil.copytree(ROOT / "assets", dest / "assets")
    else:
        (dest / "assets").symlink_to(ROOT / "assets")
    for rel, (old, new) in (edits or {}).items():
        path = dest / "materials" / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {rel}"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return dest


def mini_with_language(tmp_path: Path, code: str, strings: str) -> Path:
    """The mini kit in tmp_path/kit with a strings file for `code` (language, name, draft),
    whose `strings:` are the lines `strings` (two-space indented, from line 5 on)."""
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("languages: [en, ar]", f"languages: [en, ar, {code}]")}
    )
    (kit / "materials" / "strings" / f"{code}.yaml").write_text(
        f"language: {code}\nname: {code}\nstatus: draft\nstrings:\n{strings}", encoding="utf-8"
    )
    return kit


@contextmanager
def example_file(name: str) -> Iterator[Path]:
    """A path `name` in an empty folder of its own, removed after: for each example of a
    hypothesis test. tmp_path_factory.mktemp lists the session's temporary folder at each
    call, and late in a pytest-xdist worker's run that folder holds thousands of test
    folders: the 200 examples of tests/kit/test_font_files.py took 11 s in a CI run and
    0.2 s alone, 1.1-1.3 s with 8,000 test folders made first."""
    with tempfile.TemporaryDirectory(prefix="example-") as folder:
        yield Path(folder) / name


def cli(*args: str | Path) -> tuple[int, str]:
    """Run the command line in-process: (exit code, everything it printed)."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def build(kit: Path, out: Path, *args: str | Path) -> Path:
    """`build --kit KIT -o OUT ARGS`, which must succeed; returns OUT."""
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    return out


def out_path(
    material: str, lang: str, kind: str = "print", office: str | None = None, page: str = ""
) -> str:
    """A built file's path in the output folder, spelt out here rather than asked of the code so
    that a test fails when the naming changes: `[<office>/]<material>/` and
    `<material>-<lang>[-<office>]` + `.pdf` (print), `-digital.pdf`, `-preview[-<page>].png` or
    `-social[-<page>].png`."""
    folder = f"{office}/{material}" if office else material
    base = f"{material}-{lang}-{office}" if office else f"{material}-{lang}"
    ending = {"print": ".pdf", "digital": "-digital.pdf"}.get(kind)
    if ending is None:
        assert kind in ("preview", "social"), kind
        ending = f"-{kind}-{page}.png" if page else f"-{kind}.png"
    return f"{folder}/{base}{ending}"


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace `old`, which must be in the file, by `new` (a test's edit of a kit file)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def without_fields(text: str) -> str:
    """campaign.yaml's text without its `fields:` block (the last one in the shipped file), for
    tests that append their own."""
    return text.split("\nfields:\n")[0] + "\n"


def without_two_french_strings(kit: Path) -> None:
    """The kit's fr.yaml without fact_figure and cta_title (the posters set both): they
    print in English."""
    fr = kit / "materials/strings/fr.yaml"
    text = fr.read_text("utf-8")
    for block in (
        "  fact_figure:\n    text: 1 sur 3\n    source: 1 in 3\n",
        "  cta_title:\n    text: Ce que vous pouvez faire\n    source: What you can do\n",
    ):
        assert block in text
        text = text.replace(block, "")
    fr.write_text(text, "utf-8")


def append_slots(layout: Path, lines: str) -> int:
    """Add slot lines (YAML, two-space list items) at the end of a one-page layout's `slots:`
    list, before whatever follows it (a design's `sizes:`); returns the 1-based line number of
    the first added line."""
    text = layout.read_text(encoding="utf-8")
    start = text.index("\nslots:\n")
    end = text.find("\n\n", start)
    end = len(text.rstrip("\n")) if end < 0 else end
    head, tail = text[: end + 1], text[end + 1 :]
    layout.write_text(head + lines + tail, encoding="utf-8")
    return head.count("\n") + 1


def check(kit: Path, *args: str | Path) -> tuple[int, str]:
    """`check --kit KIT ARGS`: (exit code, output with the kit's folder left out of paths and
    of the commands its hints quote, as when run from inside it)."""
    code, text = cli("check", "--kit", kit, *args)
    for root in {str(kit.resolve()), str(kit)}:
        text = text.replace(root + "/", "").replace(f" --kit {root}", "")
    return code, text


def output_tree(out: Path) -> dict[str, str]:
    """Every file of the output folder and its sha256; fails on any dot-file or dot-folder
    left behind (staging, journal, lock)."""
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


@contextmanager
def signal_must_be_held(signum: int) -> Iterator[None]:
    """While inside, delivering `signum` raises RuntimeError: a test that sends the signal in
    the middle of a publish proves the publish held it (blocked it until the end)."""

    def not_held(received: int, frame: object) -> None:
        raise RuntimeError(f"{signal.Signals(received).name} was not held")

    previous = signal.signal(signum, not_held)
    try:
        yield
    finally:
        signal.signal(signum, previous)


def translated_csv(kit: Path, path: Path, code: str, key: str, text: str) -> tuple[int, int]:
    """`strings export --lang CODE` of `kit` to the CSV `path`, with `key`'s translation set to
    `text` (as a translator writes it); returns the (line, column) of that cell, where an
    import names it."""
    status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", path)
    assert status == 0, out
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    (row,) = [r for r in rows if r["key"] == key]
    row["translation"] = text
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    line = next(i for i, r in enumerate(rows) if r["key"] == key) + 2
    return line, list(rows[0]).index("translation") + 1


# edits of the mini kit (`mini_copy`) that give its boxes layout the event's title: a merge needs
# a layout that shows an event
EVENT_BOXES = {
    "layouts/boxes.yaml": (
        "marks: false\nslots:\n",
        "marks: false\nmin_type_pt: 3\nstyles:\n"
        "  t: {weight: bold, size: 4, min_size: 3, colour: black}\nslots:\n"
        "  - {name: title, kind: text, field: event_title, style: t, overlap: true,"
        " frame: {start: 2, top: 2, width: 16, height: 4}}\n",
    ),
    "campaign.yaml": ("links:\n", 'fields:\n  event_title: ""\nlinks:\n'),
}


def before_summary(text: str, summary: str = "packaged ") -> str:
    """The output of a command that succeeded without its last line, which must be its summary
    (beginning with `summary`): its diagnostics and their count end what is left, as every
    command prints them (cli.report.show), before the summary."""
    head, _, last = text.rstrip("\n").rpartition("\n")
    assert last.startswith(summary), text
    return head + "\n"


def up_to_count(text: str) -> str:
    """`text` up to its last count line (`1 warning(s), 2 note(s)`) and that line: the
    diagnostics of a command whose summary follows them (`sheet`'s lines, `build`'s)."""
    lines = text.splitlines(keepends=True)
    counted = [i for i, line in enumerate(lines) if COUNT.fullmatch(line.rstrip("\n"))]
    assert counted, text
    return "".join(lines[: counted[-1] + 1])


COUNT = re.compile(r"\d+ (error|warning|note)\(s\)(, \d+ (warning|note)\(s\))*")


def after_count(text: str) -> str:
    """What `text` prints after its diagnostics and their count (`up_to_count`): a command's
    summary, or all of `text` when it has no diagnostics."""
    lines = text.splitlines(keepends=True)
    counted = [i for i, line in enumerate(lines) if COUNT.fullmatch(line.rstrip("\n"))]
    return "".join(lines[counted[-1] + 1 :]) if counted else text


def link_uris(path: Path) -> list[str]:
    """The URI of every link annotation of a PDF, page by page, in drawing order."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        return [
            str(a.A.URI)
            for page in pdf.pages
            for a in page.get("/Annots", [])
            if "/A" in a and "/URI" in a.A
        ]


def warnings_of(text: str, code: str) -> str:
    """The `code` warning lines of `check`'s output, each with its hints."""
    out, keep = [], False
    for line in text.splitlines(keepends=True):
        if not line.startswith("  "):
            keep = f": warning[{code}]:" in line
        if keep:
            out.append(line)
    return "".join(out)


@cache
def kit_strings() -> tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]:
    """(language code, its entries' (text, short form or None) in file order) of each of the
    repository kit's strings files, in file-name order (materials/strings/*.yaml)."""
    out = []
    for path in sorted((ROOT / "materials" / "strings").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = tuple(
            (e["text"], e["short"] if isinstance(e.get("short"), str) else None)
            for e in data["strings"].values()
            if isinstance(e, dict) and isinstance(e.get("text"), str)
        )
        out.append((data["language"], entries))
    return tuple(out)
