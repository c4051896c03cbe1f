"""One PDF of every merged record's print PDF (for a print shop that wants one file)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pikepdf

from ..diagnostics import failure
from ..output import OutputFile
from ..render.postprocess import saved


def combine(out: Path, template: str, files: Iterable[OutputFile]) -> Path:
    """`out/<template>-all.pdf`: the print PDFs of `template` in `files` (the build's
    manifest), in record and language order, their pages as they are (boxes, marks, press
    condition: the first file's OutputIntent and metadata, which all share). Written whole or
    not at all.

    Raises DiagnosticsError `merge.read` when there is nothing to combine or it cannot be
    written."""
    prints = sorted(
        (f for f in files if f.material == template and f.variant == "print" and f.record),
        key=lambda f: (f.record or "", f.language),
    )
    if not prints:
        raise failure("merge.read", f"no print PDF of '{template}' to combine in {out}")
    target = out / f"{template}-all.pdf"
    part = target.with_name(f".{target.name}.part")
    try:
        with pikepdf.open(out / prints[0].path) as first:
            for f in prints[1:]:
                with pikepdf.open(out / f.path) as other:
                    first.pages.extend(other.pages)
            raw = saved(first, deterministic_id=True, compress_streams=True)
        part.write_bytes(raw)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure("merge.read", f"cannot write {target}: {exc.strerror}") from None
    return target


__all__ = ["combine"]
