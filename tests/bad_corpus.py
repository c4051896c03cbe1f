"""The corpus of bad inputs (tests/data/bad/*.yaml): each case is the mini kit with one thing
broken, the command run on it, and exactly what the user sees. `tests/robustness/
test_bad_corpus.py` runs every case; `python -m tests.bad_corpus` writes the corpus's section of
docs/robustness.md from the cases (a test checks it is current).

A case file has:
- `what`: the input, in one line; `stage`: where it is caught (load, validate, layout, draw,
  publish, command line);
- `run`: the command's arguments; `KIT` and `OUT` stand for the kit and output folders;
- `edits` ({file: [old, new]}, `old` must occur), `write` ({file: text}) and `make` ({file:
  maker}, a name of MAKERS: large or binary inputs made here) over a copy of the mini kit
  (tests/data/kits/mini) whose assets/ is a copy too, and fonts/ a link to the repository's
  (a copy when the case changes a font);
- `env`: environment variables for the run;
- `exit`: the exit code; `says`: the output, exactly, with the kit's folder written `KIT/`.
"""

from __future__ import annotations

import gzip
import shutil
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "bad"
MINI = ROOT / "tests" / "data" / "kits" / "mini"
DOC = ROOT / "docs" / "robustness.md"
BEGIN = "<!-- corpus: written by `python -m tests.bad_corpus` from tests/data/bad/ -->"
END = "<!-- corpus end -->"


def _png(width: int, height: int, body: bytes = b"") -> bytes:
    """A PNG header claiming `width` x `height` pixels, with `body` as its image data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(body))
        + chunk(b"IEND", b"")
    )


def _truncated_font() -> bytes:
    return (ROOT / "fonts" / "NotoSans-Bold.ttf").read_bytes()[:4096]


def _svg_elements(count: int) -> bytes:
    rects = "<g/>" * count
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{rects}</svg>'.encode()


def _svg_gzip_bomb() -> bytes:
    """A 'compressed SVG' that inflates to 64 MB of spaces."""
    inner = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">'
    return gzip.compress(inner + b" " * (64 << 20) + b"</svg>", compresslevel=9)


MAKERS: dict[str, Callable[[], bytes]] = {
    "truncated-ttf": _truncated_font,
    "text-file": lambda: b"This is not a font, it is a note.\n",
    "png-pixel-bomb": lambda: _png(60000, 60000),
    "png-truncated": lambda: _png(400, 300, bytes(400 * 3 + 1) * 300)[:200],
    "svg-200k-elements": lambda: _svg_elements(200_000),
    "svg-gzip-bomb": _svg_gzip_bomb,
    "string-6000": lambda: (
        "language: en\nname: English\nstatus: reviewed\nstrings:\n  word: "
        + "Heart " * 1000
        + "\n  emblem_alt: Blue heart\n"
    ).encode(),
}


@dataclass(frozen=True)
class Case:
    name: str  # the file's stem
    what: str
    stage: str
    run: tuple[str, ...]
    exit: int
    says: str
    edits: dict[str, tuple[str, str]] = field(default_factory=dict)
    write: dict[str, str] = field(default_factory=dict)
    make: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        """The line that says what is wrong: the first error (click's `Error:` for a command
        line it cannot read), else the first line."""
        lines = self.says.strip().splitlines()
        return next((ln for ln in lines if ln.lower().startswith("error")), lines[0])

    def prepare(self, tmp: Path) -> tuple[Path, Path]:
        """The broken kit in `tmp/kit` and an output folder `tmp/out`, not yet made."""
        kit = tmp / "kit"
        shutil.copytree(MINI / "materials", kit / "materials")
        shutil.copytree(ROOT / "assets", kit / "assets")
        touched = [*self.edits, *self.write, *self.make]
        if any(rel.startswith("fonts/") for rel in touched):
            shutil.copytree(ROOT / "fonts", kit / "fonts")  # links out of fonts/ are refused
        else:
            (kit / "fonts").symlink_to(ROOT / "fonts")
        for rel, (old, new) in self.edits.items():
            path = kit / rel
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{self.name}: {old!r} is not in {rel}"
            _replace(path, text.replace(old, new).encode())
        for rel, text in self.write.items():
            _replace(kit / rel, text.encode())
        for rel, maker in self.make.items():
            _replace(kit / rel, MAKERS[maker]())
        return kit, tmp / "out"

    def args(self, kit: Path, out: Path) -> list[str]:
        """The command's arguments with `KIT` and `OUT` (alone or starting a path) filled in."""
        places = {"KIT": str(kit), "OUT": str(out)}
        return [
            places[a.split("/", 1)[0]] + a[3:] if a.split("/", 1)[0] in places else a
            for a in self.run
        ]


def _replace(path: Path, data: bytes) -> None:
    if path.is_symlink():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def cases() -> list[Case]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc["run"] = tuple(doc["run"])
        doc["edits"] = {k: tuple(v) for k, v in (doc.get("edits") or {}).items()}
        out.append(Case(name=path.stem, **doc))
    return out


def shown(text: str, kit: Path, out: Path) -> str:
    """Output with the folders written as `KIT/` and `OUT/`."""
    for folder, name in ((kit, "KIT"), (out, "OUT")):
        for root in {str(folder.resolve()), str(folder)}:
            text = text.replace(root, name)
    return text


def section() -> str:
    """The corpus's section of docs/robustness.md."""
    lines = [
        BEGIN,
        "",
        "## Every kind of bad input tried, and what the user sees",
        "",
        "Each row is a case of `tests/data/bad/`: the mini kit with one thing broken, the "
        "command, and the first line of what it prints (the test compares every line). "
        "`KIT` is the kit's folder. None of them prints a traceback, and in none is anything "
        "written outside the output folder.",
        "",
        "| case | input | caught at | command | exit | what the user sees |",
        "|---|---|---|---|---|---|",
    ]
    for case in cases():
        first = case.headline.replace("|", "\\|")
        command = " ".join(case.run).replace("|", "\\|")
        lines.append(
            f"| {case.name} | {case.what} | {case.stage} | `{command}` | {case.exit} | `{first}` |"
        )
    lines += ["", END]
    return "\n".join(lines) + "\n"


def with_section(doc: str) -> str:
    """`doc` with the corpus section replaced (or added at the end)."""
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + section() + ("\n" + tail if tail else "")
    return doc.rstrip("\n") + "\n\n" + section()


if __name__ == "__main__":
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Robustness\n"
    DOC.write_text(with_section(old), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC.relative_to(ROOT)}\n")
