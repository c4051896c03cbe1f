"""Publish outputs atomically: everything is written into a staging folder beside the target,
then each file is moved into place with os.replace and the manifest is written last.
A build that fails before publishing leaves the previous output exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import failure

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the output folder, with forward slashes
    material: str
    language: str
    format: str  # pdf | png
    variant: str  # print | screen
    trim_mm: tuple[float, float]
    pages: int
    sha256: str
    bytes: int
    badge: dict[str, float] | None = None
    extra: dict[str, object] = field(default_factory=dict)


class Staging:
    """A private folder next to `out` that becomes part of `out` only on publish()."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.dir = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self.files: list[OutputFile] = []

    def __enter__(self) -> Staging:
        try:
            if self.dir.exists():
                shutil.rmtree(self.dir)
            self.dir.mkdir(parents=True)
        except OSError as exc:
            raise failure(
                "build.output",
                f"failed to create the staging folder {self.dir} ({exc.strerror}); "
                "check that the output folder's parent is writable",
            ) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, rel: str, data: bytes, meta: dict[str, Any]) -> OutputFile:
        """Write one file into the staging folder (from any worker); the caller adds the
        returned entry to `files` for publishing."""
        target = (self.dir / rel).resolve()
        if not target.is_relative_to(self.dir):
            raise AssertionError(f"output path escapes the output folder: {rel}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        return OutputFile(path=rel, sha256=digest, bytes=len(data), **meta)

    def publish(self) -> list[OutputFile]:
        """Move every staged file into `out`, then write the merged manifest atomically."""
        self.out.mkdir(parents=True, exist_ok=True)
        for f in self.files:
            dest = self.out / f.path
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.dir / f.path, dest)
        entries = merge_manifest(self.out, self.files)
        tmp = self.dir / MANIFEST
        tmp.write_text(
            json.dumps(manifest_doc(entries), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        os.replace(tmp, self.out / MANIFEST)
        return entries


def merge_manifest(out: Path, new: list[OutputFile]) -> list[OutputFile]:
    """Keep earlier entries whose files still exist and were not rebuilt now."""
    fresh = {f.path for f in new}
    kept: list[OutputFile] = []
    try:
        old = json.loads((out / MANIFEST).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError):
        old = []
    for item in old:
        try:
            entry = OutputFile(**{**item, "trim_mm": tuple(item["trim_mm"])})
        except TypeError:
            continue
        if entry.path not in fresh and (out / entry.path).is_file():
            kept.append(entry)
    return sorted(kept + new, key=lambda f: f.path)


def manifest_doc(entries: list[OutputFile]) -> dict[str, object]:
    return {"generator": "Blue Heart campaign kit", "files": [asdict(e) for e in entries]}
