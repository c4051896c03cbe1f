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

from .diagnostics import Collector, Diagnostic, Mark, Severity, failure
from .recent import Recent

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import uharfbuzz as hb

    from .load import Node
    from .model import Language, Layout
    from .text.shape import Glyph

WEIGHTS = ("regular", "bold")


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
        """The TrueType font: the file's bytes, or a .otf's conversion (`otf.truetype`)."""
        from . import otf

        try:
            return otf.truetype(self.path)
        except otf.ConversionError as exc:  # checked with fonts.yaml; changed since?
            raise failure(
                "font.read",
                f"font file '{self.path.name}' of font family '{self.family}' {exc}",
                Mark.file(self.path),
                "put a working font file in fonts/",
            ) from exc

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
    def _extents(self) -> dict[int, tuple[int, int, int, int]]:
        return {}

    def _box(self, gid: int) -> tuple[int, int, int, int]:
        """(left, right, top, bottom) of a glyph's outline in font units, read from HarfBuzz
        once per glyph for `ink` and `ink_across`; zeros when it has none."""
        box = self._extents.get(gid)
        if box is None:
            ext = self.hb_font.get_glyph_extents(gid)
            box = (
                (0, 0, 0, 0)
                if ext is None
                else (
                    ext.x_bearing,
                    ext.x_bearing + ext.width,
                    ext.y_bearing,
                    ext.y_bearing + ext.height,
                )
            )
            self._extents[gid] = box
        return box

    @cached_property
    def inks(self) -> dict[int, tuple[int, int]]:
        """`ink` of the glyphs asked so far, by glyph id: `text.paragraph.ink_extent` reads a
        line's glyphs here, a dictionary's lookup rather than two calls a glyph (a full
        `check` asked 1.1 million of them)."""
        return {}

    def ink(self, gid: int) -> tuple[int, int]:
        """(top, bottom) of a glyph's outline in font units, y up; (0, 0) when it has none."""
        found = self.inks.get(gid)
        if found is None:
            found = self.inks[gid] = self._box(gid)[2:]
        return found

    def ink_across(self, gid: int) -> tuple[int, int]:
        """(left, right) of a glyph's outline in font units from its origin, x to the right;
        (0, 0) when it has none (the across of `ink`: colours.contrast_problems looks at
        the ground under each glyph's ink)."""
        return self._box(gid)[:2]


@dataclass
class FontBook:
    """All families of a kit, with the scripts each is the first choice for."""

    folder: Path
    families: dict[str, dict[str, Path]]
    scripts: dict[str, str]  # ISO 15924 script -> family
    leading: dict[str, float] = field(default_factory=dict)  # family -> line spacing factor
    languages: dict[str, str] = field(default_factory=dict)  # lower-case BCP 47 tag -> family
    marks: dict[str, Mark] = field(default_factory=dict)  # family -> its name in fonts.yaml
    # what fonts.yaml says that is not wrong but not what its writer meant (font.script-twice)
    warnings: tuple[Diagnostic, ...] = ()
    _faces: dict[tuple[str, str], FontFace] = field(default_factory=dict)
    _slug: FontFace | None = None  # slug_face(), once found
    # (script, weight, language) -> the stack: every text slot asks (a merge's records ask the
    # same few thousands of times)
    _stacks: dict[tuple[str, str, str], tuple[FontFace, ...]] = field(default_factory=dict)

    @property
    def latin(self) -> str:
        """The Latin family: the first in fonts.yaml that lists Latn in its `scripts:`
        (load_fontbook refuses a list without one). It sets the Latin words of every
        language, is the fallback after a script's own family, and the labels of the
        translators' proof sheets."""
        return self.scripts["Latn"]

    def slug_face(self) -> FontFace:
        """The face of the job information printed outside the trim (render.marks): the Latin
        family's regular when it has every printable ASCII character (the slug's ids, codes,
        dates, separators, '?' for what a face lacks), else the first family's in fonts.yaml
        that has. The print shop reads the slug to tell jobs apart: in a display face without
        digits or '|' they would print as '?' (and a face without '?' has no glyph for them
        at all). The kit's Latin font is kept where it has them all: the kit's Latin is one
        face, and fonts.yaml need not list a family for the slug alone."""
        if self._slug is None:
            faces = [self.face(f, "regular") for f in dict.fromkeys((self.latin, *self.families))]
            self._slug = next(
                (f for f in faces if all(f.covers(c) for c in range(0x20, 0x7F))), faces[0]
            )
        return self._slug

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
            primary = self.script_family(script)
            latin = self.scripts.get("Latn")
            for fam in (self.language_family(lang, script), primary, latin, *self.families):
                if fam and fam in self.families and fam not in order:
                    order.append(fam)
            stack = self._stacks[key] = tuple(self.face(f, weight) for f in order)
        return list(stack)

    def script_family(self, script: str) -> str | None:
        """The family fonts.yaml makes the font of `script` (ISO 15924: its `scripts:`),
        or of the script its characters are of (Hani for Hans, Hant, Jpan and Kore; Latn
        for Zyyy); None when no family lists it."""
        return self.scripts.get(script) or self.scripts.get(_SCRIPT_ALIASES.get(script, ""))

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


# Where fonts/README.md says how to add a font for a script the kit has none of (the hints
# of text.no-glyph and of `new language`'s font.new-language)
NEW_SCRIPT_STEPS = "fonts/README.md, 'Adding a font for a new script'"

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

    fonts, node = read_fonts(path, errs)
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
    top = node.value.get("families") if node.is_map else None
    if "Latn" not in scripts and not errs.errors:
        errs.error(
            "font.latin",
            "no family is the Latin font: none lists Latn in its `scripts:`",
            node.key_marks.get("families", Mark(path, 1, 1)),
            "add Latn to the `scripts:` of the family for Latin text (scripts: [Latn, Cyrl, "
            "Grek] for NotoSans); the first family that lists it sets the Latin words of "
            "every language, the characters a script's font lacks, and the slug",
        )
    errs.raise_if_errors()
    marks = dict(top.key_marks) if top is not None and top.is_map else {}
    twice = tuple(_scripts_twice(top)) if top is not None and top.is_map else ()
    return FontBook(folder, families, scripts, leading, languages, marks, twice)


def _scripts_twice(families: Node) -> Iterator[Diagnostic]:
    """A `font.script-twice` warning at each script a family lists in `scripts:` that a family
    above it lists already: only the first is ever that script's font."""
    first: dict[str, tuple[str, Mark]] = {}
    for name, fam in families.value.items():
        listed = fam.value.get("scripts") if fam.is_map else None
        for item in listed.value if listed is not None and listed.is_seq else ():
            script = item.value
            if (
                not isinstance(script, str)
                or first.setdefault(script, (name, item.mark))[0] == name
            ):
                continue
            winner, at = first[script]
            yield Diagnostic(
                "font.script-twice",
                f"{name} lists {script} in `scripts:`, as {winner} above it does (line "
                f"{at.line}): {winner} is the {script} font, {name} sets {script} text only "
                f"where {winner} lacks a character",
                item.mark,
                (
                    f"for {winner} as the {script} font (a brand font listed first), take "
                    f"{script} out of {name}'s `scripts:`: {name} still sets the characters "
                    f"{winner} lacks; to set {script} in {name}, move {name} above {winner} or "
                    f"take {script} out of {winner}'s `scripts:`; for a font only some languages "
                    "use, list them in "
                    f"{name}'s `languages:` (zh-Hant, ja) and take {script} out of its "
                    "`scripts:`",
                ),
                severity=Severity.WARNING,
            )


def bold_in_regular(
    fonts: FontBook, languages: Iterable[Language], layouts: Iterable[Layout]
) -> list[Diagnostic]:
    """A `font.no-bold` warning at each family with no `bold:` file that is the first font of
    one of `languages` (its `languages:` or its script's) when one of `layouts` sets a text in
    bold: those texts are set in the family's regular (FontBook.face), which looks like no
    bold at all beside the other languages' designs."""
    from .model import ArcTextSlot, TextSlot

    bold = [
        f"{layout.id} '{slot.style.name}'"
        for layout in layouts
        for page in layout.pages
        for slot in page.slots
        if isinstance(slot, TextSlot | ArcTextSlot) and slot.style.weight == "bold"
    ]
    if not bold:
        return []
    by_family: dict[str, list[str]] = {}
    for lang in languages:
        family = fonts.stack(lang.script, "bold", lang.code)[0].family
        if "bold" not in fonts.families[family] and not lang.pseudo:
            by_family.setdefault(family, []).append(lang.code)
    names = list(dict.fromkeys(bold))
    styles = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    return [
        Diagnostic(
            "font.no-bold",
            f"{family} has no `bold:` file: the bold texts of {', '.join(sorted(codes))} "
            f"(styles {styles}) are set in its regular",
            fonts.marks.get(family, Mark(fonts.folder / "fonts.yaml", 1, 1)),
            (
                f"add its bold file as `bold:` under {family} (fonts/README.md says where each "
                "family comes from); a family made without a bold weight sets them in "
                "regular, as now",
            ),
            severity=Severity.WARNING,
        )
        for family, codes in by_family.items()
    ]


# A common letter of each script a family may be the first choice for (fonts.yaml
# `scripts:`): a family's file that lacks it is not a font of that script (a Thai font given
# as NotoSansKhmer's bold: every Khmer text set in bold had no glyph). Chosen from each
# script's basic letters (Unicode's code charts); every subset the kit ships has them.
SCRIPT_SAMPLES = {
    "Latn": "a", "Cyrl": "\u0430", "Grek": "\u03b1", "Arab": "\u0628", "Aran": "\u0628",
    "Hebr": "\u05d0", "Deva": "\u0915", "Beng": "\u0995", "Ethi": "\u1200", "Thai": "\u0e01",
    "Laoo": "\u0e81", "Khmr": "\u1780", "Mymr": "\u1000", "Geor": "\u10d0", "Hans": "\u4e2d",
    "Hani": "\u4e2d", "Hant": "\u4e2d", "Jpan": "\u3042", "Hira": "\u3042", "Kana": "\u30a2",
    "Kore": "\ud55c", "Hang": "\ud55c", "Taml": "\u0b85", "Telu": "\u0c05", "Knda": "\u0c95",
    "Mlym": "\u0d15", "Gujr": "\u0a95", "Guru": "\u0a15", "Orya": "\u0b15", "Sinh": "\u0d9a",
    "Armn": "\u0561", "Tibt": "\u0f40", "Thaa": "\u0780", "Tfng": "\u2d30",
}  # fmt: skip


def script_gaps(fonts: FontBook) -> list[Diagnostic]:
    """A `font.script` error for each family file that lacks its scripts' sample letter
    (SCRIPT_SAMPLES), at its line in fonts.yaml. For `check` (it reads every face's character
    map: about 0.2 s for the kit's 40 files, once per process and set of files)."""
    files = tuple(
        (family, weight, path, path.stat().st_mtime_ns)
        for family, weights in sorted(fonts.families.items())
        for weight, path in sorted(weights.items())
    )
    return list(_script_gaps(fonts, files))


_GAPS: dict[tuple[object, ...], tuple[Diagnostic, ...]] = {}


def _script_gaps(
    fonts: FontBook, files: tuple[tuple[str, str, Path, int], ...]
) -> tuple[Diagnostic, ...]:
    if files in _GAPS:
        return _GAPS[files]
    yaml_path = fonts.folder / "fonts.yaml"
    lines = yaml_path.read_text(encoding="utf-8").splitlines() if yaml_path.is_file() else []
    scripts: dict[str, list[str]] = {}
    for script, family in fonts.scripts.items():
        scripts.setdefault(family, []).append(script)
    out = []
    for family, weight, path, _ in files:
        face = fonts.face(family, weight)
        lacking = [
            s
            for s in scripts.get(family, ())
            if s in SCRIPT_SAMPLES and not face.covers(ord(SCRIPT_SAMPLES[s]))
        ]
        if lacking:
            out.append(
                Diagnostic(
                    "font.script",
                    f"{family}'s {weight} file {path.name} has no letter of "
                    f"{', '.join(lacking)} (no {SCRIPT_SAMPLES[lacking[0]]!r}), a script "
                    f"{family} is the font for: text in it would have no glyphs",
                    _line_of(yaml_path, lines, family, weight),
                    (
                        f"name a font of {', '.join(lacking)} for `{weight}:` (another family's "
                        "file?)",
                    ),
                )
            )
    _GAPS[files] = tuple(out)
    return _GAPS[files]


def _line_of(path: Path, lines: list[str], family: str, weight: str) -> Mark:
    """The line of `weight:` under `family:` in fonts.yaml (the family's line if not found)."""
    start = next((i for i, t in enumerate(lines) if t.strip() == f"{family}:"), None)
    if start is None:
        return Mark(path, 1, 1)
    for i in range(start + 1, len(lines)):
        text = lines[i]
        if text.strip() and not text.startswith(" " * 4) and not text.startswith("\t"):
            break  # the next family
        if text.strip().startswith(f"{weight}:"):
            return Mark(path, i + 1, len(text) - len(text.lstrip()) + 1)
    return Mark(path, start + 1, 1)
