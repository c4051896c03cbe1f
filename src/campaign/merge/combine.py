"""One PDF of every merged record's print PDF (for a print shop that wants one file)."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from ..diagnostics import failure
from ..model import Kit
from ..output import OutputFile, still_listed
from ..render.postprocess import saved
from ..text.scripts import language_tag


def combine(
    out: Path,
    template: str,
    files: Iterable[OutputFile],
    kit: Kit,
    stale: Callable[[OutputFile], bool] = lambda f: False,
) -> tuple[Path, list[OutputFile]]:
    """`out/<template>-all.pdf`: the campaign's print PDFs of `template` in `files` (the
    build's manifest; not an office's, `merge --office`, which makes none), sorted by event
    id, then language, their pages as they are (boxes, marks, press condition: the first
    file's OutputIntent, which all share), and the files left out
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
        if f.material == template and f.variant == "print" and f.record and not f.office:
            (left_out if stale(f) else prints).append(f)
    prints.sort(key=lambda f: (f.record or "", f.language))
    if not prints:
        raise failure(
            "merge.read",
            f"no print PDF of '{template}' to combine in {out}",
            None,
            "mend the errors that stopped its records' print PDFs (above), then merge again",
        )
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
            pages = len(first.pages)
        part.write_bytes(raw)
        os.replace(part, target)
        _write_parts(out, template, raw, pages, prints)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure(
            "merge.read",
            f"cannot write {target}: {exc.strerror}",
            None,
            "check that your user may write in that folder and that its disk has room, then run "
            "the merge again",
        ) from None
    return target, sorted(left_out, key=lambda f: (f.record or "", f.language))


def parts_path(out: Path, template: str) -> Path:
    """The record of what `<template>-all.pdf` was made of, beside it (hidden: a file for
    `package`, not for people): its sha256 and the print PDFs it holds, each with the
    sha256 it had. `package` puts the combined file in the print ZIP only while it and its
    parts are as the manifest lists them."""
    return out / f".{template}-all.json"


def _write_parts(
    out: Path, template: str, raw: bytes, pages: int, prints: list[OutputFile]
) -> None:
    record = {
        "file": f"{template}-all.pdf",
        "material": template,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "bytes": len(raw),
        "pages": pages,
        "parts": [{"path": f.path, "sha256": f.sha256} for f in prints],
    }
    path = parts_path(out, template)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    os.replace(part, path)


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
        pdf.Root.Lang = pikepdf.String(language_tag(langs[0]))
    elif "/Lang" in pdf.Root:
        del pdf.Root.Lang
    files = "\n".join(f.sha256 for f in prints)
    ident = f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'blueheart-kit-combined:' + files)}"
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        # set anew: set over the first file's, they kept its language tag (xml:lang="es" on
        # these English words)
        for key, text in (("dc:title", title), ("dc:description", subject)):
            if key in meta:
                del meta[key]
            meta[key] = text
        meta["dc:language"] = {language_tag(c) for c in langs}
        meta["xmpMM:DocumentID"] = ident
        meta["xmpMM:InstanceID"] = ident


@dataclass(frozen=True)
class Combined:
    """A combined file `package` found in a build folder (`combined_files`)."""

    name: str  # <template>-all.pdf, in the build folder's top
    material: str
    sha256: str
    bytes: int
    pages: int
    parts: tuple[OutputFile, ...]  # the manifest's files it holds, in its order


def combined_files(
    build: Path, listed: Callable[[str], OutputFile | None]
) -> Iterator[Combined | str]:
    """Each combined file of the build folder (`parts_path`'s records, by name) whose bytes
    and parts are as recorded and whose parts `listed` (the manifest's file at a path) still
    lists with the sha256 they had; for any other, why it is not (a text naming the file):
    a later merge without --combined changed its parts, the file was edited or removed, or
    it was made before this record was kept."""
    found = {p.name[1:-9]: p for p in build.glob(".*-all.json")}  # .<template>-all.json
    for pdf in build.glob("*-all.pdf"):
        found.setdefault(pdf.name[:-8], build / f".{pdf.name[:-4]}.json")
    for template in sorted(found):
        yield _combined(build, template, found[template], listed)


def _combined(
    build: Path, template: str, path: Path, listed: Callable[[str], OutputFile | None]
) -> Combined | str:
    name = f"{template}-all.pdf"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        raw = (build / name).read_bytes()
    except FileNotFoundError as exc:
        if Path(exc.filename or "").name == name:
            return f"{name} is missing (it was removed after the merge made it)"
        return f"{name} was made by an earlier version, which kept no list of its files"
    except (OSError, ValueError) as exc:
        return f"{path.name} cannot be read ({exc})"
    try:
        parts = [(str(item["path"]), str(item["sha256"])) for item in record["parts"]]
        sha256, size, pages = str(record["sha256"]), int(record["bytes"]), int(record["pages"])
    except (KeyError, TypeError, ValueError):
        return f"{path.name} is not a combined file's list of files"
    if not parts:
        return f"{path.name} lists no file"
    if hashlib.sha256(raw).hexdigest() != sha256:
        return f"{name} changed since the merge made it"
    files = still_listed(parts, listed)
    if isinstance(files, str):
        return (
            f"{name} holds {files} as an earlier merge made it: a later merge changed "
            "or removed that file and did not make the combined file again"
        )
    return Combined(name, template, sha256, size, pages, tuple(files))


__all__ = ["Combined", "combine", "combined_files", "parts_path"]
