"""One PDF of every merged record's print PDF (for a print shop that wants one file)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pikepdf

from ..diagnostics import failure
from ..model import Kit
from ..output import OutputFile
from ..render.postprocess import saved


def combine(
    out: Path,
    template: str,
    files: Iterable[OutputFile],
    kit: Kit,
    stale: Callable[[OutputFile], bool] = lambda f: False,
) -> tuple[Path, list[OutputFile]]:
    """`out/<template>-all.pdf`: the print PDFs of `template` in `files` (the build's
    manifest), sorted by event id, then language, their pages as they are (boxes, marks,
    press condition: the first file's OutputIntent, which all share), and the files left out
    of it as `stale`: an earlier merge's file of a record whose job failed now, or whose row
    was refused, kept on disk but no longer what the data says. Its title names the material,
    the number of files and their languages, and its language is theirs when they share one
    (it took the first file's: one event's title, "(Russian)" for four languages). Written
    whole or not at all.

    Raises DiagnosticsError `merge.read` when there is nothing to combine or it cannot be
    written."""
    prints: list[OutputFile] = []
    left_out: list[OutputFile] = []
    for f in files:
        if f.material == template and f.variant == "print" and f.record:
            (left_out if stale(f) else prints).append(f)
    prints.sort(key=lambda f: (f.record or "", f.language))
    if not prints:
        raise failure("merge.read", f"no print PDF of '{template}' to combine in {out}")
    target = out / f"{template}-all.pdf"
    part = target.with_name(f".{target.name}.part")
    try:
        with pikepdf.open(out / prints[0].path) as first:
            for f in prints[1:]:
                with pikepdf.open(out / f.path) as other:
                    first.pages.extend(other.pages)
            _describe(first, template, prints, kit)
            if "/ID" in first.trailer:  # qpdf keeps a first half it finds: the first file's
                del first.trailer.ID
            raw = saved(first, deterministic_id=True, compress_streams=True)
        part.write_bytes(raw)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure("merge.read", f"cannot write {target}: {exc.strerror}") from None
    return target, sorted(left_out, key=lambda f: (f.record or "", f.language))


def _describe(pdf: pikepdf.Pdf, template: str, prints: list[OutputFile], kit: Kit) -> None:
    """The combined file's own description, where it had the first file's: its title and
    subject (Info, XMP dc:title and dc:description), its languages (/Lang: the files' one,
    none when they are in several; XMP dc:language: all of them) and its document and
    instance IDs (XMP, a UUID of the files' sha256: another set of files, another ID)."""
    langs = sorted({f.language for f in prints})
    names = ", ".join(kit.languages[c].name if c in kit.languages else c for c in langs)
    layout = kit.layouts.get(template)
    what = layout.title if layout is not None else template
    title = f"{kit.campaign.name}: {what}, {len(prints)} file(s) ({names})"
    subject = f"{what}: the print PDF of every event, one after another, by event id"
    pdf.docinfo[pikepdf.Name.Title] = pikepdf.String(title)
    pdf.docinfo[pikepdf.Name.Subject] = pikepdf.String(subject)
    if len(langs) == 1:
        pdf.Root.Lang = pikepdf.String(langs[0])
    elif "/Lang" in pdf.Root:
        del pdf.Root.Lang
    files = "\n".join(f.sha256 for f in prints)
    ident = f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'blueheart-kit-combined:' + files)}"
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
        meta["dc:description"] = subject
        meta["dc:language"] = set(langs)
        meta["xmpMM:DocumentID"] = ident
        meta["xmpMM:InstanceID"] = ident


__all__ = ["combine"]
