"""The documents of the preview's gallery and what is kept of each: `Entry` names one
(material x language, for the campaign or an office), `Drawn` holds it composed, what it was
composed from and its images once drawn, `Selection` the documents a preview shows (as
`build` selects them). `digest` and `file_stamp` tell whether a file a document read has
changed since."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Kit
from ..pipeline.compose import Laid
from ..pipeline.fingerprint import design_bytes, file_digest
from ..pipeline.jobs import pick_offices, select

MISSING = "missing"  # the digest of a file that cannot be read (deleted while watched)


@dataclass(frozen=True, order=True)
class Entry:
    """One document of the gallery: `office` None for the campaign-level kit."""

    material: str
    lang: str
    office: str | None = None

    @property
    def id(self) -> str:
        """`<office or ->/<material>/<lang>`: the document's address in the gallery's URLs."""
        return f"{self.office or '-'}/{self.material}/{self.lang}"

    @staticmethod
    def parse(doc_id: str) -> Entry | None:
        parts = doc_id.split("/")
        if len(parts) != 3 or not all(parts):
            return None
        office, material, lang = parts
        return Entry(material, lang, None if office == "-" else office)


@dataclass
class Drawn:
    """A composed document, what it was composed from, and its images once drawn."""

    laid: Laid
    inputs: tuple[object, ...]  # the model objects it was composed from (compared by value)
    files: dict[Path, str]  # sha256 of each file its drawing reads
    version: str  # 12 hex digits of the above: the image URLs' cache key
    # what of its texts prints in another language (pipeline.fingerprint.printed_texts, as
    # a build's manifest entry records it): its card's marks (described.document_marks)
    texts: dict[str, object] | None = None
    images: dict[tuple[bool, float], list[bytes]] = field(default_factory=dict)  # (proof, ppi)
    # the draft translations it prints (pipeline.fingerprint.draft_texts): its card's DRAFT
    drafts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    """The documents a preview shows, as `build` selects them: `offices` (ids, or "all")
    shows those offices' documents and not the campaign kit's; `langs` and `only` narrow
    the languages and materials (sizes are materials of their own: poster-a2). None: no
    narrowing (every document of the campaign kit and of every office)."""

    offices: tuple[str, ...] | None = None
    langs: tuple[str, ...] | None = None
    only: tuple[str, ...] | None = None

    def check(self, kit: Kit) -> None:
        """Raises DiagnosticsError for an office, language or material the kit does not
        have (`ref.office`, `ref.language`, `ref.material`, with the nearest names), as
        `build` does."""
        pick_offices(kit, self.offices)
        if self.langs or self.only:
            select(kit, self.langs, self.only)

    def narrow(self, entries: list[Entry]) -> list[Entry]:
        return [
            e
            for e in entries
            if (self.langs is None or e.lang in self.langs)
            and (self.only is None or e.material in self.only)
        ]


def digest(path: Path, design: Path | None, digests: dict[Path, str]) -> str:
    """A file's digest for the gallery's versions: of its bytes, or for the `design` layout
    file of its design's bytes (pipeline.fingerprint.design_bytes)."""
    if path != design:
        return file_digest(path, digests, MISSING)
    try:
        return hashlib.sha256(design_bytes(path)).hexdigest()
    except OSError:
        return MISSING


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(modification time in ns, size, inode) of a file, None when it cannot be read: an
    editor's save changes one of them (a save that writes a new file, a new inode)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
