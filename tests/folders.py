"""Output folders written without drawing anything, for the tests of the manifest's readers:
`count` events' print PDFs and previews (a few bytes each, or a tiny PNG), listed in a
manifest with a build stamp, as a merge of `count` records writes them; and `alive`, the
number of objects of a type the process holds."""

from __future__ import annotations

import gc
import hashlib
import io
from pathlib import Path

from PIL import Image

from campaign.output import MANIFEST, OutputFile, file_path, manifest_text

FINGERPRINT = "f" * 64
SIZE = 3001  # every print PDF's size here, to count the ones held


def png(i: int) -> bytes:
    """A tiny preview of event `i`, in a colour of its own."""
    buf = io.BytesIO()
    Image.new("RGB", (8, 10), (i * 37 % 256, 30, 255 - i % 256)).save(buf, "PNG")
    return buf.getvalue()


def event_files(
    count: int, material: str = "boxes", first: int = 0, office: str | None = None
) -> list[tuple[OutputFile, bytes]]:
    """Each event's print PDF (SIZE bytes) and preview (a PNG), with its bytes (of the
    campaign, or of `office`)."""
    out = []
    for i in range(first, first + count):
        record = f"ev-{i:04d}"
        for rendition, variant, fmt in (
            ("print_pdf", "print", "pdf"),
            ("preview_png", "screen", "png"),
        ):
            data = f"%PDF-1.7 {record}".encode().ljust(SIZE, b" ") if fmt == "pdf" else png(i)
            path = file_path(material, "en", variant, office=office, record=record)
            entry = OutputFile(
                path=path,
                material=material,
                language="en",
                format=fmt,
                variant=variant,
                trim_mm=(100.0, 100.0),
                pages=1,
                sha256=hashlib.sha256(data).hexdigest(),
                bytes=len(data),
                extra={"output_condition": "FOGRA39"} if fmt == "pdf" else {},
                rendition=rendition,
                office=office,
                record=record,
                fingerprint=f"fp-{i}",
                page="",
            )
            out.append((entry, data))
    return out


def write_folder(
    out: Path, files: list[tuple[OutputFile, bytes]], shard: str | None = None
) -> dict[str, object]:
    """The files and their manifest in `out`, with the stamp of a build without failures
    (its jobs sorted); returns the stamp without its jobs (incremental.stamp's)."""
    for entry, data in files:
        (out / entry.path).parent.mkdir(parents=True, exist_ok=True)
        (out / entry.path).write_bytes(data)
    jobs = sorted({tuple(e.job) for e, _ in files}, key=lambda j: [p or "" for p in j])
    now: dict[str, object] = {"fingerprint": FINGERPRINT, "shard": shard}
    entries = sorted((e for e, _ in files), key=lambda e: e.path)
    text = manifest_text(entries, {**now, "jobs": [list(j) for j in jobs]})
    (out / MANIFEST).write_text(text, encoding="utf-8")
    return now


def alive(kind: type) -> int:
    """How many objects of `kind` this process holds now."""
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())
