"""What a build is asked to do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..merge.events import Record


# The PNG previews' resolution when none is asked for (`--png-ppi`), and the project's choice
# of the most pixels such a preview has: a page that would have more at DEFAULT_PNG_PPI is
# drawn at the highest whole ppi that keeps it within (render.png.capped_ppi), and the build
# says so. A preview is for a screen: an 850 x 2000 mm banner was 5020 x 11812 px (59 million
# pixels, 236 MB as 4-byte pixels) at 150 ppi; the kit's largest material, the A1 poster, is
# 17.4 million at 150 ppi (19.3 with bleed and marks) and stays as it was. An explicit
# --png-ppi is drawn as asked, whatever the size.
DEFAULT_PNG_PPI = 150.0
MAX_PREVIEW_PIXELS = 24_000_000


@dataclass(frozen=True)
class Options:
    out: Path
    langs: tuple[str, ...] | None = None
    only: tuple[str, ...] | None = None
    # the PNG previews' ppi as asked; None: DEFAULT_PNG_PPI, lowered for a page that would
    # pass MAX_PREVIEW_PIXELS
    png_ppi: float | None = None
    png_bleed: bool = False
    publish_anyway: bool = False  # publish print files that fail preflight
    jobs: int = 0  # worker processes; 0: one per core
    digital: bool = True  # also write <material>-<lang>-digital.pdf (sRGB, tagged, links)
    png: bool = True  # also write the PNG previews
    strict: bool = False  # warnings are errors
    all_or_nothing: bool = False  # any failed job: publish nothing, keep the previous output
    incremental: bool = True  # skip jobs whose inputs and files did not change (False: --force)
    offices: tuple[str, ...] | None = None  # office ids (or 'all'); None: the campaign kit
    # merge: the records to make `only` for; read again at each pass (merge.events.Records
    # makes them one at a time), so never a one-shot iterator
    records: Iterable[Record] | None = None
    name_pattern: str | None = None  # merge: file names from "{event_id}-{lang}" (output.named)
    data_name: str | None = None  # merge: the data file's name, kept in each file's entry
    # merge: the data file, the photos' folder (--images), the workbook's sheet (--sheet) and
    # whether it makes OUT/<template>-all.pdf (--combined), as given: its stamp keeps them
    # (incremental.merged_with), so that `package` quotes the merge that made the folder
    data_path: Path | None = None
    images: Path | None = None
    sheet: str | None = None
    combined: bool = False
    # merge: a digest of the data file's folder, kept beside its name (merge.data_place)
    data_place: str | None = None
    # merge: the workbook's sheet read, where it has several (July), kept beside its name:
    # each sheet's events have their own ids, and a merge of sheet August removed July's
    # files as gone from the data (cli.merge.check_other_data)
    data_sheet: str | None = None
    shard: tuple[int, int] | None = None  # (k, n): only the documents of shard k of n (1-based)
    # remove the files of languages that campaign.yaml (or an office's file) no longer lists
    # (kept otherwise, with a `build.kept` warning): a language whose strings file is still
    # there is still the kit's, and its earlier files were kept without a word
    prune: bool = False


def data_place(data: Path) -> str:
    """A digest of the folder that holds the data file (12 hex digits of the sha256 of its
    absolute path), kept beside the file's name in each entry: "events.csv" and "Form
    responses 1.csv" are common names, and a colleague's file of the same name from another
    folder removed the first file's events. A digest, not the path: the manifest goes to
    print shops with the files, and a path names the user's folders."""
    import hashlib

    folder = str(data.resolve().parent)
    return hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:12]
