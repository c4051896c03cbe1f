"""The kit's fonts: which file sets which script, glyph coverage, metrics, HarfBuzz faces.

Fonts come only from the kit's fonts/ folder (listed in fonts/fonts.yaml), never from the system.
Each file is read once per process, and only when a text needs it.
"""

from __future__ import annotations

import filecmp
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import Collector, Mark, failure
from .recent import Recent

if TYPE_CHECKING:
    import uharfbuzz as hb

    from .text.shape import Glyph

WEIGHTS = ("regular", "bold")
LATIN_FAMILY = "NotoSans"


# Shaped runs kept per font face (text.shape), the most recently used. A merge shapes new
# runs on every record (its titles, the slug's build hash): a worker's memory grows until
# this is full, so it is small enough to fill within a merge's first few hundred records.
# With a dict of 5,000 runs cleared when full, a worker grew from 52 to 58 MB over its first
# 1,500 records, and merge10k's peak was 18 MB above merge1k's (bench/README.md, ninth
# session); 200,000 grew one by 1 GB over 10,000 records. A kit built in one process shapes
# 62,151 runs: HarfBuzz shaped 26,821 of them with that dict, 28,779 with these 2,000.
MAX_SHAPED = 2_000


@dataclass
class FontFace:
    """One font file: its HarfBuzz face, coverage and vertical metrics (in em)."""

    key: str  # unique name, also the name it is registered under in the PDF
    family: str
    weight: str
    path: Path
    leading: float | None = None  # from fonts.yaml: line spacing factor for this family
    # text.shape's results for this face: (text, start, end, rtl, lang) -> glyphs, the
    # MAX_SHAPED most recently used
    shaped: Recent[tuple[str, int, int, bool, str], tuple[Glyph, ...]] = field(
        default_factory=lambda: Recent(MAX_SHAPED), repr=False
    )

    @cached_property
    def data(self) -> bytes:
        return self.path.read_bytes()

    @cached_property
    def hb_face(self) -> hb.Face:
        import uharfbuzz as hb  # here: the command line imports this module, not HarfBuzz

        return hb.Face(hb.Blob(self.data))

    @cached_property
    def hb_font(self) -> hb.Font:
        import uharfbuzz as hb

        return hb.Font(self.hb_face)  # scale = units per em

    @cached_property
    def upem(self) -> int:
        return int(self.hb_face.upem)

    @cached_property
    def cmap(self) -> frozenset[int]:
        return frozenset(self.hb_face.unicodes)

    @cached_property
    def ascender(self) -> float:
        return float(self.hb_font.get_font_extents("ltr").ascender) / self.upem

    @cached_property
    def descender(self) -> float:
        """Negative: below the baseline."""
        return float(self.hb_font.get_font_extents("ltr").descender) / self.upem

    @property
    def height(self) -> float:
        return self.ascender - self.descender

    def covers(self, cp: int) -> bool:
        return cp in self.cmap

    @cached_property
    def _ink(self) -> dict[int, tuple[int, int]]:
        return {}

    def ink(self, gid: int) -> tuple[int, int]:
        """(top, bottom) of a glyph's outline in font units, y up; (0, 0) when it has none."""
        box = self._ink.get(gid)
        if box is None:
            ext = self.hb_font.get_glyph_extents(gid)
            box = (0, 0) if ext is None else (ext.y_bearing, ext.y_bearing + ext.height)
            self._ink[gid] = box
        return box


@dataclass
class FontBook:
    """All families of a kit, with the scripts each is the first choice for."""

    folder: Path
    families: dict[str, dict[str, Path]]
    scripts: dict[str, str]  # ISO 15924 script -> family
    leading: dict[str, float] = field(default_factory=dict)  # family -> line spacing factor
    languages: dict[str, str] = field(default_factory=dict)  # lower-case BCP 47 tag -> family
    _faces: dict[tuple[str, str], FontFace] = field(default_factory=dict)
    # (script, weight, language) -> the stack: every text slot asks (a merge's records ask the
    # same few thousands of times)
    _stacks: dict[tuple[str, str, str], tuple[FontFace, ...]] = field(default_factory=dict)

    def face(self, family: str, weight: str) -> FontFace:
        """The face of a family's weight. A weight the family has no file of its own for (no
        bold in fonts.yaml, the regular file named again, or a copy of it) is the regular
        face itself: two faces of one font program in a document were one PostScript name
        for two fonts (reportlab stopped on it, and a PDF reader could take one for the
        other)."""
        key = (family, weight)
        if key not in self._faces:
            files = self.families[family]
            path = files.get(weight) or files["regular"]
            if weight != "regular" and _same_font(path, files["regular"]):
                self._faces[key] = self.face(family, "regular")
            else:
                self._faces[key] = FontFace(
                    f"{family}-{weight.title()}", family, weight, path, self.leading.get(family)
                )
        return self._faces[key]

    def stack(self, script: str, weight: str, lang: str = "") -> list[FontFace]:
        """Fonts to try, in order: the language's own family (ja, ko, zh-Hant: Han characters
        differ), the script's, then Latin, then every other family. A new list each call."""
        key = (script, weight, lang)
        stack = self._stacks.get(key)
        if stack is None:
            order: list[str] = []
            primary = self.scripts.get(script) or self.scripts.get(_SCRIPT_ALIASES.get(script, ""))
            for fam in (self.language_family(lang, script), primary, LATIN_FAMILY, *self.families):
                if fam and fam in self.families and fam not in order:
                    order.append(fam)
            stack = self._stacks[key] = tuple(self.face(f, weight) for f in order)
        return list(stack)

    def language_family(self, lang: str, script: str) -> str | None:
        """The family fonts.yaml names for this language: language-script first (zh-Hant, and
        so zh-TW, whose script is Hant), then the full code, then the language alone."""
        if not lang or not self.languages:
            return None
        code = lang.replace("_", "-").lower()
        base = code.split("-")[0]
        for key in (f"{base}-{script.lower()}", code, base):
            if key in self.languages:
                return self.languages[key]
        return None

    def all_faces(self, weight: str) -> list[FontFace]:
        return [self.face(f, weight) for f in self.families]


def _same_font(a: Path, b: Path) -> bool:
    """The same file, or files of the same bytes."""
    try:
        return a.resolve() == b.resolve() or filecmp.cmp(a, b, shallow=False)
    except OSError:  # a file that cannot be read: reported where it is read
        return False


_SCRIPT_ALIASES = {"Hant": "Hani", "Hans": "Hani", "Jpan": "Hani", "Kore": "Hani", "Zyyy": "Latn"}


def load_fontbook(folder: Path) -> FontBook:
    """Read fonts/fonts.yaml (font files are read later, when a text first needs them); errors
    name the file and line. Callers keep the book for as long as they draw: each book has its
    own faces and shaping caches."""
    folder = folder.resolve()
    errs = Collector()
    path = folder / "fonts.yaml"
    if not path.is_file():
        raise failure(
            "load.read",
            "no font list (fonts/fonts.yaml is missing)",
            Mark(path, 1, 1),
            "a kit kept elsewhere needs the repository's fonts/ folder: copy it or link it "
            "(ln -s /path/to/repo/fonts fonts)",
        )
    if not path.resolve().is_relative_to(folder):
        raise failure(
            "load.outside",
            "this file is a link to a file outside the kit's fonts/ folder; it was not read",
            Mark.file(path),
            "copy the file into fonts/ instead of linking to it",
        )
    from .kit.fonts import read_fonts  # the YAML loader: only when fonts.yaml is read

    fonts = read_fonts(path, errs)
    families: dict[str, dict[str, Path]] = {}
    scripts: dict[str, str] = {}
    leading: dict[str, float] = {}
    languages: dict[str, str] = {}
    for name, fam in fonts.families.items() if fonts else ():
        families[name] = {"regular": fam.regular, **({"bold": fam.bold} if fam.bold else {})}
        for script in fam.scripts:
            scripts.setdefault(script, name)
        for code in fam.languages:
            languages.setdefault(code.replace("_", "-").lower(), name)
        if fam.leading:
            leading[name] = fam.leading
    if LATIN_FAMILY not in families and not errs.errors:
        errs.error(
            "schema.missing-key",
            f"fonts.yaml must define the Latin family '{LATIN_FAMILY}'",
            Mark(path, 1, 1),
        )
    errs.raise_if_errors()
    return FontBook(folder, families, scripts, leading, languages)
