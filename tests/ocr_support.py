"""Read a poster back as a reader would: OCR with Tesseract, against a reference.

The poster of one language is composed and drawn in-process (the screen PDF: sRGB, trim only),
rasterised with PDFium at 150 and 300 ppi, and read by Tesseract in the language's model (plus
English). Each expected string (from the strings file, through the project's own digit and case
rules) is scored by its best-matching window of the OCR text, whitespace removed: 1.0 is
every character found in order. Large headlines often read better at 150 ppi and body text at
300 ppi, so the better of the two counts.

The same strings are also set by Pillow's raqm layout (HarfBuzz + FriBiDi), in the same font
files, at the size the poster used, dark on white, and read the same way. That reference score
says how well Tesseract reads the script and string at all; ratio = ours / reference takes that
out. Words in the wrong order, unjoined Arabic or a missing glyph read far below the reference.

Nothing here uses code outside this repository; `python -m tests.ocr_support [LANG ...]` prints
the scores of every string.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont, ImageOps, ImageStat

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = "poster-a3"
KEYS = ("theme", "fact", "cta_title", "cta", "cta_donate", "cta_join")
PPIS = (150, 300)
MIN_RATIO = 0.9  # ours / reference, for every string the reference reads
MIN_REFERENCE = 0.7  # below this the reference itself does not read: OCR cannot judge
DATA = Path(__file__).with_name("ocr_langs.yaml")


# -- Tesseract -------------------------------------------------------------------------------


@cache
def models_table() -> dict[str, str]:
    """BCP 47 code (a language, or language-script where the script needs its own model:
    zh-Hant) -> Tesseract model, from tests/ocr_langs.yaml; the codes in lower case."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {str(k).lower(): str(v) for k, v in data["models"].items()}


def tesseract_model(code: str) -> str | None:
    """The model for a strings file's code: its full code first, then its language and script
    (zh-TW is zh-Hant: Traditional), then the language alone (zh-Hant must not read as zh's
    Simplified chi_sim)."""
    from campaign.text.scripts import script_of

    full = code.replace("_", "-").lower()
    base = full.split("-")[0]
    table = models_table()
    for key in (full, f"{base}-{script_of(code).lower()}", base):
        if key in table:
            return table[key]
    return None


def apt_package(model: str) -> str:
    """Debian's package for a model: chi_sim -> tesseract-ocr-chi-sim."""
    return "tesseract-ocr-" + model.lower().replace("_", "-")


@cache
def installed_models() -> frozenset[str] | None:
    """The models Tesseract has, or None when there is no usable tesseract."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        p = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if p.returncode != 0:
        return None
    lines = (p.stdout + p.stderr).splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("List of"))


def missing_reason(code: str) -> str | None:
    """Why this language cannot be OCR-checked here (with the package to install), or None."""
    models = installed_models()
    if models is None:
        return "tesseract is not installed: apt-get install tesseract-ocr (or run .ci/install-ocr)"
    model = tesseract_model(code)
    if model is None:
        return f"no Tesseract model is mapped for '{code}' in tests/ocr_langs.yaml"
    need = [m for m in dict.fromkeys((model, "eng")) if m not in models]
    if need:
        pkgs = " ".join(apt_package(m) for m in need)
        return (
            f"Tesseract has no traineddata {', '.join(need)} for '{code}': "
            f"apt-get install {pkgs} (or run .ci/install-ocr)"
        )
    return None


def ocr(pngs: list[Path], models: str, psm: int) -> list[str]:
    """Tesseract's text for each image, from one process (the models load once; read one by
    one, the same images gave the same text). One thread: pytest-xdist keeps the cores busy."""
    listing = pngs[0].with_name(f"{pngs[0].stem}-psm{psm}.txt")
    listing.write_text("".join(f"{p}\n" for p in pngs), encoding="utf-8")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    p = subprocess.run(
        ["tesseract", str(listing), "stdout", "-l", models, "--psm", str(psm)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    if p.returncode != 0:
        raise RuntimeError(f"tesseract failed on {listing}: {p.stderr.strip()[-500:]}")
    pages = p.stdout.split("\f")  # the page separator comes before every image but the first
    if len(pages) != len(pngs):
        raise RuntimeError(f"tesseract gave {len(pages)} texts for {len(pngs)} images")
    return pages


# -- scoring ---------------------------------------------------------------------------------

# Joiners, bidi controls and tatweel carry no reading; whitespace is a matter of line breaks.
INVISIBLE = re.compile(r"[\s\u00ad\u0640\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+")


def norm(s: str) -> str:
    # NFKC on both sides: Tesseract writes Thai SARA AM as NIKHAHIT + SARA AA, full-width
    # punctuation as ASCII and Arabic presentation forms as letters.
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", s))


def best_window(expected: str, text: str) -> float:
    """difflib ratio of `expected` against its best-matching stretch of `text` (0-1)."""
    e, t = norm(expected), norm(text)
    if not e:
        return 1.0
    if not t:
        return 0.0
    n = len(e)
    sm = difflib.SequenceMatcher(None, autojunk=False)
    sm.set_seq2(e)  # difflib caches what it learns about seq2: keep the expected text there
    best, at = 0.0, (0, n)

    def score(i: int, size: int) -> None:
        nonlocal best, at
        i = max(0, min(i, max(0, len(t) - size)))
        sm.set_seq1(t[i : i + size])
        if sm.real_quick_ratio() <= best or sm.quick_ratio() <= best:
            return
        r = sm.ratio()
        if r > best:
            best, at = r, (i, size)

    step = max(1, n // 12)
    sizes = sorted({max(1, round(n * f)) for f in (0.8, 0.9, 1.0, 1.1, 1.25)})
    for size in sizes:
        for i in range(0, max(1, len(t) - size + 1), step):
            score(i, size)
    i0, s0 = at
    for size in range(max(1, s0 - step), s0 + step + 1):  # refine around the best window
        for i in range(i0 - step, i0 + step + 1):
            score(i, size)
    return best


# -- what the poster should say --------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """One string of the poster, as the reader should see it, and how the poster set it."""

    key: str
    text: str  # the variant the layout reports it set (full text or `short:`)
    size: float  # pt, the copy-fitted size on the poster
    box: tuple[float, float, float, float]  # pt: the slot's x, y (down from the top), w, h
    weight: str  # regular | bold
    leading: float  # line pitch / size
    variant: str  # "text" | "short"
    lines: int = 0  # lines of text in its slot on the poster


@dataclass(frozen=True)
class Poster:
    code: str
    script: str
    rtl: bool
    expected: tuple[Expected, ...]
    pdf: bytes


def compose_poster(root: Path, code: str) -> Poster:
    """Lay out and draw the poster (screen PDF), and list its strings as the reader should see
    them: digits localised and case changed by the project's own rules."""
    from campaign.build import check, rgb_to_cmyk
    from campaign.fonts import load_fontbook
    from campaign.layout.items.text import resolve_text
    from campaign.model import TextSlot
    from campaign.render.pdf import Target, draw_pdf

    kit, jobs, _ = check(root, (code,), (MATERIAL,))
    lang, layout, page = kit.languages[code], jobs[0].layout, jobs[0].page
    fonts = load_fontbook(kit.fonts_dir)
    pdf = draw_pdf(
        page,
        kit.campaign.colours,
        fonts,
        Target(cmyk=False, bleed=False),
        rgb_to_cmyk(kit.assets_dir / "icc/fogra39l_coated.icc"),
        "ocr",
    )
    slots = {s.name: s for s in layout.slots if isinstance(s, TextSlot)}
    expected = []
    for item in page.text_items():
        slot = slots[item.slot]
        for key in item.keys:
            if key not in KEYS:
                continue
            entry = lang.strings[key]
            # The layout says which variant it set. Scoring the other one too and keeping the
            # better would let a headline that lost its first words pass on its short variant
            # (often the full text's tail or head).
            shown = entry.short if item.text.variant == "short" and entry.short else entry.text
            expected.append(
                Expected(
                    key,
                    resolve_text(shown, lang, slot.style),
                    item.text.size,
                    (item.box.x, item.box.y, item.box.w, item.box.h),
                    slot.style.weight,
                    slot.style.leading,
                    item.text.variant,
                    sum(1 for line in item.text.lines if line.runs),
                )
            )
    missing = set(KEYS) - {e.key for e in expected}
    assert not missing, f"{MATERIAL} [{code}] sets no text for {sorted(missing)}"
    return Poster(code, lang.script, lang.rtl, tuple(expected), pdf)


def rasterise(pdf: bytes, ppi: int) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        image = page.render(scale=ppi / 72, fill_color=(255, 255, 255, 255)).to_pil()
        page.close()
        return image.convert("L")
    finally:
        doc.close()


# -- the reference: the same strings set by raqm ---------------------------------------------


def font_file(root: Path, script: str, weight: str) -> Path:
    """The font file fonts/fonts.yaml names for a script (Noto Sans when none does)."""
    data = yaml.safe_load((root / "fonts" / "fonts.yaml").read_text(encoding="utf-8"))
    families = data["families"]
    family = next(
        (f for f in families.values() if script in f.get("scripts", ())), families["NotoSans"]
    )
    return root / "fonts" / family[weight]


def wrap(words: list[str], font: ImageFont.FreeTypeFont, width: float, **kw: str) -> list[str]:
    """Greedy lines at spaces, as wide as the poster's slot; an over-long word gets its own."""
    lines: list[str] = []
    for w in words:
        if lines and font.getlength(f"{lines[-1]} {w}", **kw) <= width:
            lines[-1] = f"{lines[-1]} {w}"
        else:
            lines.append(w)
    return lines


def reference_image(root: Path, poster: Poster, e: Expected, ppi: int) -> Image.Image:
    """One expected string set by raqm at the poster's size and leading in px, wrapped at the
    slot's width, dark on white, aligned to the start (right in right-to-left scripts)."""
    kw = {"direction": "rtl" if poster.rtl else "ltr", "language": poster.code}
    px = e.size * ppi / 72
    font = ImageFont.truetype(
        str(font_file(root, poster.script, e.weight)),
        round(px),
        layout_engine=ImageFont.Layout.RAQM,
    )
    lines = wrap(e.text.split(), font, e.box[2] * ppi / 72, **kw)
    margin = round(max(0.25 * ppi, px))
    width = max(font.getlength(ln, **kw) for ln in lines)
    pitch = e.leading * px
    im = Image.new("L", (round(width) + 2 * margin, round(len(lines) * pitch) + 2 * margin), 255)
    draw = ImageDraw.Draw(im)
    for i, ln in enumerate(lines):
        x = im.width - margin - font.getlength(ln, **kw) if poster.rtl else margin
        draw.text((x, margin + i * pitch), ln, font=font, fill=0, **kw)  # type: ignore[arg-type]
    return im


# -- one language, read ----------------------------------------------------------------------


@dataclass(frozen=True)
class StringReading:
    key: str
    variant: str  # "text" or "short": what the layout set
    text: str  # what a reader should read
    ours: float  # the better of the two readings of the poster
    reference: float
    page: float  # the poster read as a page
    slot: float  # the poster read slot by slot

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else 0.0

    @property
    def judged(self) -> bool:
        return self.reference >= MIN_REFERENCE

    @property
    def ok(self) -> bool:
        return not self.judged or self.ratio >= MIN_RATIO


@dataclass(frozen=True)
class Reading:
    code: str
    model: str
    strings: tuple[StringReading, ...]
    poster_text: dict[str, str]  # "<ppi>": the page; "slot<n>[-inverted]/<ppi>": one slot
    reference_text: dict[str, str]  # "<key>/<ppi>"
    images: dict[str, str]  # what was read, kept for a look

    def mean(self, field: str) -> float:
        return sum(getattr(s, field) for s in self.strings) / len(self.strings)

    def get(self, key: str) -> StringReading:
        return next(s for s in self.strings if s.key == key)


def tesseract_langs(model: str, texts: list[str]) -> str:
    """The model, plus English only when a text has Latin letters: with '+eng' Tesseract reads
    some lines of other scripts as Latin gibberish (a Chinese call to action came out 'MAL OIA.')."""
    latin = any(re.search(r"[A-Za-z]", t) for t in texts)
    return f"{model}+eng" if latin and model != "eng" else model


def crop(page: Image.Image, box: tuple[float, float, float, float], ppi: int) -> Image.Image:
    """The slot's box (pt) and 3 mm around it, from a page rendered at ppi."""
    pad = 3 * 72 / 25.4
    x, y, w, h = (round(v * ppi / 72) for v in (box[0] - pad, box[1] - pad, box[2], box[3]))
    d = round(2 * pad * ppi / 72)
    return page.crop(
        (max(0, x), max(0, y), min(page.width, x + w + d), min(page.height, y + h + d))
    )


def dark(im: Image.Image) -> bool:
    """Whether most of a greyscale image is dark: light text on a dark ground."""
    return float(ImageStat.Stat(im).median[0]) < 128


def read_language(root: Path, code: str, keep: Path) -> Reading:
    """OCR the poster and the reference at every ppi, and score every expected string.

    The poster is read whole (page segmentation 3, as a reader meets it) and slot by slot (6,
    one block of text: Tesseract's page layout sometimes drops a block of very large letters
    altogether; a slot of one line also as a line, 7); a string scores its best-matching
    window, so the better reading counts. The reference is read the same way (6, and 7 for
    a one-line slot's string): read as a page, a single short line often comes back empty.

    A slot on a dark ground is also read inverted, dark on light as the reference is: with
    the tops of the next slot's letters in its crop, Tesseract read a light one-word Tamil
    title on the blue as 'தத தைக' and the same crop inverted as 'தமிழ்'."""
    model = tesseract_model(code)
    assert model is not None
    poster = compose_poster(root, code)
    langs = tesseract_langs(model, [e.text for e in poster.expected])
    keep.mkdir(parents=True, exist_ok=True)
    pages: dict[str, Path] = {}  # read with psm 3
    blocks: dict[str, Path] = {}  # read with psm 6
    boxes = {box: f"slot{n}" for n, box in enumerate(dict.fromkeys(e.box for e in poster.expected))}
    for ppi in PPIS:
        page = rasterise(poster.pdf, ppi)
        pages[f"{ppi}"] = keep / f"{code}-poster-{ppi}.png"
        page.save(pages[f"{ppi}"], dpi=(ppi, ppi), compress_level=1)
        for box, name in boxes.items():
            slot = crop(page, box, ppi)
            blocks[f"{name}/{ppi}"] = keep / f"{code}-{name}-{ppi}.png"
            slot.save(blocks[f"{name}/{ppi}"], dpi=(ppi, ppi))
            if dark(slot):
                blocks[f"{name}-inverted/{ppi}"] = keep / f"{code}-{name}-inverted-{ppi}.png"
                ImageOps.invert(slot).save(blocks[f"{name}-inverted/{ppi}"], dpi=(ppi, ppi))
        for e in poster.expected:
            blocks[f"{e.key}/{ppi}"] = keep / f"{code}-ref-{e.key}-{ppi}.png"
            reference_image(root, poster, e, ppi).save(blocks[f"{e.key}/{ppi}"], dpi=(ppi, ppi))
    ours = dict(zip(pages, ocr(list(pages.values()), langs, 3), strict=True))
    texts = dict(zip(blocks, ocr(list(blocks.values()), langs, 6), strict=True))
    # a slot of one line is read as one line (7) too, and so is its reference: Tesseract's
    # block mode reads a line of tall stacked marks (Burmese, say) far worse
    one_line = {
        f"{boxes[e.box]}{inv}/{ppi}"
        for e in poster.expected
        if e.lines == 1
        for ppi in PPIS
        for inv in ("", "-inverted")
    }
    one_line |= {f"{e.key}/{ppi}" for e in poster.expected if e.lines == 1 for ppi in PPIS}
    lines = [k for k in blocks if k in one_line]
    if lines:
        as_line = ocr([blocks[k] for k in lines], langs, 7)
        texts |= {k: f"{texts[k]}\n{t}" for k, t in zip(lines, as_line, strict=True)}
    ours |= {k: v for k, v in texts.items() if k.startswith("slot")}
    ref = {k: v for k, v in texts.items() if not k.startswith("slot")}
    strings = []
    for e in poster.expected:
        page_score = max(best_window(e.text, ours[f"{ppi}"]) for ppi in PPIS)
        slot = boxes[e.box]
        slot_score = max(
            best_window(e.text, text)
            for key, text in ours.items()
            if key.split("/")[0] in (slot, f"{slot}-inverted")
        )
        r = max(best_window(e.text, ref[f"{e.key}/{ppi}"]) for ppi in PPIS)
        strings.append(
            StringReading(
                e.key, e.variant, e.text, max(page_score, slot_score), r, page_score, slot_score
            )
        )
    images = {k: str(v) for k, v in (pages | blocks).items()}
    return Reading(code, langs, tuple(strings), ours, ref, images)


def judge(reading: Reading, keep: Path, record_property: Callable[[str, object], None]) -> None:
    """The verdict of tests/test_ocr.py: fail when a string the reference reads (0.7 or more)
    reads below 0.9 of it on the poster; skip, saying "OCR cannot judge", when the reference
    reads none of the strings. Records every score (junit properties `ocr`, `not_judged`)."""
    import pytest

    lang = reading.code
    judged = [s for s in reading.strings if s.judged]
    unjudged = [
        f"{s.key} (reference reads {s.reference:.2f} < {MIN_REFERENCE})"
        for s in reading.strings
        if s not in judged
    ]
    record_property("ocr", {s.key: (s.ours, s.reference) for s in reading.strings})
    record_property("not_judged", unjudged)
    if not judged:
        pytest.skip(f"OCR cannot judge this script/string: {MATERIAL} [{lang}]: {unjudged}")
    low = [s for s in judged if s.ratio < MIN_RATIO]
    if not low:
        return
    lines = [
        f"{MATERIAL} [{lang}] reads below {MIN_RATIO} of the reference (Tesseract "
        f"{reading.model}; images in {keep}):"
    ]
    for s in low:
        lines += [
            f"- {s.key} ({s.variant}): {s.ours:.2f} (as a page {s.page:.2f}, slot alone "
            f"{s.slot:.2f}), reference {s.reference:.2f}, ratio {s.ratio:.2f}",
            f"  expected:  {s.text}",
            "  reference: "
            + " | ".join(
                v.strip() for k, v in reading.reference_text.items() if k.startswith(s.key + "/")
            ),
        ]
    if unjudged:
        lines.append(f"not judged (OCR cannot judge this script/string): {unjudged}")
    lines.append(f"the poster read as a page at 150 ppi:\n{reading.poster_text['150']}")
    pytest.fail("\n".join(lines))


def languages(root: Path = ROOT) -> list[str]:
    """Every language with a strings file."""
    return sorted(p.stem for p in (root / "materials" / "strings").glob("*.yaml"))


def main(argv: list[str]) -> int:
    out = sys.stdout
    codes = argv or languages()
    with tempfile.TemporaryDirectory() as td:
        for code in codes:
            reason = missing_reason(code)
            if reason:
                out.write(f"{code}: skipped: {reason}\n")
                continue
            r = read_language(ROOT, code, Path(td))
            out.write(
                f"{code} ({r.model}): ours={r.mean('ours'):.2f} ref={r.mean('reference'):.2f} "
                f"ratio={r.mean('ours') / max(r.mean('reference'), 1e-9):.2f}\n"
            )
            for s in r.strings:
                flag = "ok" if s.ok else "LOW"
                if not s.judged:
                    flag = "not judged"
                out.write(
                    f"  {s.key:10} ours={s.ours:.2f} (page {s.page:.2f}, slot {s.slot:.2f}) "
                    f"ref={s.reference:.2f} ratio={s.ratio:.2f}  {flag:10} {s.variant:5} "
                    f"{s.text[:50]}\n"
                )
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
