"""The pipeline: load and validate the kit, compose every page (collecting every problem),
draw, post-process, preflight, and publish atomically with a manifest."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import __version__
from .diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    Severity,
    Subject,
    did_you_mean,
)
from .fonts import FontBook, load_fontbook
from .kit import load_kit
from .layout.checks import safe_area_problems
from .layout.compose import OverflowReport, compose_content
from .layout.document import Document
from .model import Kit, Language, Layout
from .output import OutputFile, Staging
from .resolve import resolve_kit

PROFILES = {
    "fogra39": (
        "icc/fogra39l_coated.icc",
        "FOGRA39",
        "Coated FOGRA39 (ISO 12647-2:2004), total ink limit 300 %",
    ),
    "gracol2006": (
        "icc/gracol2006_coated.icc",
        "CGATS TR 006",
        "GRACoL 2006 coated (CGATS TR 006), total ink limit 300 %",
    ),
}


@dataclass(frozen=True)
class Options:
    out: Path
    langs: tuple[str, ...] | None = None
    only: tuple[str, ...] | None = None
    png_ppi: float = 150.0
    png_bleed: bool = False
    force: bool = False
    jobs: int = 0  # worker processes; 0: one per core
    digital: bool = True  # also write <lang>-digital.pdf (sRGB, tagged, links)
    strict: bool = False  # warnings are errors


@dataclass(frozen=True)
class Job:
    layout: Layout
    lang: Language
    page: Document


def select(
    kit: Kit, langs: tuple[str, ...] | None, only: tuple[str, ...] | None
) -> list[tuple[Layout, Language]]:
    errs = Collector()
    codes = langs or kit.campaign.languages
    names = only or tuple(kit.layouts)
    _unknown(errs, "ref.language", codes, kit.languages, "languages with strings")
    _unknown(errs, "ref.material", names, kit.layouts, "materials")
    errs.raise_if_errors()
    return [(kit.layouts[n], kit.languages[c]) for n in names for c in codes]


def _unknown(
    errs: Collector, code: str, asked: tuple[str, ...], known: dict[str, Any], label: str
) -> None:
    for name in asked:
        if name not in known:
            hints = did_you_mean(name, known) or (f"{label}: {', '.join(sorted(known))}",)
            errs.error(code, f"unknown {code[4:]} '{name}'", None, *hints)


def compose_all(
    kit: Kit, fonts: FontBook, pairs: list[tuple[Layout, Language]]
) -> tuple[list[Job], Collector]:
    """Lay out every page before drawing any: missing glyphs, overflows and safe-area problems
    of the whole kit are reported together."""
    errs = Collector()
    overflows: list[OverflowReport] = []
    jobs = []
    for layout, lang in pairs:
        page = compose_content(layout, resolve_kit(kit, lang), fonts, errs, overflows)
        slots = {s.name: s for s in layout.slots}
        for slot, message in safe_area_problems(page, layout):
            errs.error(
                "layout.safe-area",
                message,
                slots[slot].mark,
                "move the slot's frame inwards or lower its style's size",
                subject=Subject(material=layout.id, language=lang.code, slot=slot),
            )
        jobs.append(Job(layout, lang, page))
    for o in overflows:
        errs.error(
            "text.overflow",
            o.render(),
            o.mark,
            "shorten the text or give it a 'short:' variant, or enlarge the slot "
            "or lower the style's min_size",
            subject=Subject(material=o.material, language=o.lang, key=", ".join(o.keys)),
        )
    return jobs, Collector(one_per_cause(errs.items))


def one_per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """A character no font has is one error per language, listing every string and material
    that needs it, not one per string and material."""
    out: list[Diagnostic] = []
    groups: dict[tuple[str | None, str], list[Diagnostic]] = {}
    for d in items:
        if d.code != "text.no-glyph":
            out.append(d)
            continue
        key = (d.subject.language, d.message)
        if key not in groups:
            groups[key] = []
            out.append(d)  # placeholder, replaced below
        groups[key].append(d)
    for (language, message), same in groups.items():
        uses: dict[str, list[str]] = {}
        for d in same:
            uses.setdefault(d.subject.key or "?", []).append(d.subject.material or "?")
        where = "; ".join(f"'{k}' ({', '.join(sorted(set(m)))})" for k, m in uses.items())
        merged = replace(
            same[0],
            message=f"{message}; needed by string(s) {where}",
            subject=Subject(language=language, key=", ".join(uses)),
        )
        out[out.index(same[0])] = merged
    return out


def check(
    root: Path,
    langs: tuple[str, ...] | None = None,
    only: tuple[str, ...] | None = None,
    pseudo: bool = False,
) -> tuple[Kit, list[Job], list[Diagnostic]]:
    """Lay out every page without drawing; raise with every error. With `pseudo`, also lay out
    the pseudo-locales and return what they show as warnings."""
    kit = load_kit(root)
    fonts = load_fontbook(kit.fonts_dir)
    jobs, errs = compose_all(kit, fonts, select(kit, langs, only))
    errs.raise_if_errors()
    warnings = list(kit.warnings) + list(errs.warnings)
    if pseudo:
        codes = tuple(c for c, lang in kit.languages.items() if lang.pseudo)
        _, stress = compose_all(kit, fonts, select(kit, codes, only))
        warnings += [
            replace(d, severity=Severity.WARNING, code="layout.pseudo") for d in stress.items
        ]
    return kit, jobs, warnings


@dataclass(frozen=True)
class BuildResult:
    files: list[OutputFile]  # every file of the output folder's manifest
    diagnostics: list[Diagnostic]  # warnings of every stage (errors raise instead)


def build(root: Path, opts: Options) -> BuildResult:
    """Check, draw, preflight and publish. Raises DiagnosticsError, with every problem, when
    anything fails (with `strict`, also on warnings); the previous output is then unchanged."""
    kit, jobs, warnings = check(root, opts.langs, opts.only)
    fonts = load_fontbook(kit.fonts_dir)
    with Staging(opts.out) as staging:
        problems = Collector()
        problems.extend(warnings)
        for files, diagnostics in render_all(kit, fonts, jobs, opts, staging):
            staging.files.extend(files)
            problems.extend(diagnostics)
        if opts.strict:
            problems = Collector([d.as_error() for d in problems])
        if problems.errors and not opts.force:
            raise DiagnosticsError(
                problems.items
                + [
                    Diagnostic(
                        "build.not-published",
                        "nothing was published; the previous output is unchanged",
                        None,
                        ("fix the problems above, or pass --force to publish anyway",),
                    )
                ]
            )
        return BuildResult(staging.publish(), problems.items)


_SHARED: dict[str, Any] = {}


def render_all(
    kit: Kit, fonts: FontBook, jobs: list[Job], opts: Options, staging: Staging
) -> Iterator[tuple[list[OutputFile], list[Diagnostic]]]:
    """Draw every page; on several cores, in forked workers that inherit the composed pages
    (nothing is pickled but the results)."""
    workers = min(opts.jobs or os.cpu_count() or 1, len(jobs))
    _SHARED.update(kit=kit, fonts=fonts, jobs=jobs, opts=opts, staging=staging)
    try:
        if workers < 2 or "fork" not in mp.get_all_start_methods():
            yield from map(_render_index, range(len(jobs)))
            return
        with mp.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_render_index, range(len(jobs)))
    finally:
        _SHARED.clear()


def _render_index(i: int) -> tuple[list[OutputFile], list[Diagnostic]]:
    problems = Collector()
    s = _SHARED
    files = render_job(s["kit"], s["fonts"], s["jobs"][i], s["opts"], s["staging"], problems)
    return files, problems.items


def input_hash(kit: Kit, job: Job) -> str:
    h = hashlib.sha256(__version__.encode())
    for path in (kit.root / "materials" / "campaign.yaml", job.layout.path, job.lang.path):
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


def render_job(
    kit: Kit, fonts: FontBook, job: Job, opts: Options, staging: Staging, problems: Collector
) -> list[OutputFile]:
    from .kinds import kind_of
    from .preflight import preflight
    from .render.pdf import NO_MARKS, Target, draw_pdf, draw_pdf_tagged
    from .render.png import pdf_to_pngs
    from .render.postprocess import DocMeta, OutputCondition, finish_digital, finish_print

    layout, lang, page = job.layout, job.lang, job.page
    profile = layout.output_profile or kit.campaign.output_profile
    icc, ident, info = PROFILES[profile]
    cond = OutputCondition(profile, kit.assets_dir / icc, ident, info)
    w, h = layout.trim
    title = f"{kit.campaign.name} {kit.campaign.year}: {layout.title} ({lang.name})"
    build_hash = input_hash(kit, job)
    slug = (
        f"{layout.id}  |  {lang.code}  |  trim {w:g} x {h:g} mm  |  bleed {layout.bleed:g} mm  |  "
        f"{ident}  |  {kit.campaign.name} {kit.campaign.year}  |  build {build_hash}"
    )
    convert = rgb_to_cmyk(cond.icc)
    pdf = draw_pdf(
        page,
        kit.campaign.colours,
        fonts,
        Target(marks=layout.marks, slug=slug, icc=cond.icc, image_intent=kit.campaign.image_intent),
        convert,
        title,
    )
    doc = DocMeta(title, lang.code, f"{layout.title}, {lang.name}", build_hash, kit.campaign.year)
    pdf = finish_print(pdf, cond, doc)
    kind = kind_of(layout)
    report = preflight(pdf, kind.preflight_expect(layout))
    where = Mark(layout.path, 1, 1)
    for failure in report.failures:
        problems.error(
            "preflight.fail",
            failure,
            where,
            subject=Subject(material=layout.id, language=lang.code),
        )
    for warning in report.warnings:
        problems.warn(
            "preflight.warning",
            warning,
            where,
            subject=Subject(material=layout.id, language=lang.code),
        )
    meta = {
        "material": layout.id,
        "language": lang.code,
        "trim_mm": layout.trim,
        "pages": 1,
        "badge": kind.manifest(layout),
    }
    pdf_entry = staging.write(
        f"{layout.id}/{lang.code}.pdf",
        pdf,
        {
            **meta,
            "format": "pdf",
            "variant": "print",
            "extra": {"output_condition": ident, "preflight": report.facts},
        },
    )
    entries = [pdf_entry]
    screen_target = Target(cmyk=False, bleed=False, marks=NO_MARKS, icc=cond.icc, tagged=True)
    screen, tagged = draw_pdf_tagged(
        page, kit.campaign.colours, fonts, screen_target, convert, title
    )
    if opts.digital:
        digital = finish_digital(screen, doc, tagged.elements)
        entries.append(
            staging.write(
                f"{layout.id}/{lang.code}-digital.pdf",
                digital,
                {
                    **meta,
                    "format": "pdf",
                    "variant": "digital",
                    "extra": {"links": list(tagged.links), "tagged": True},
                },
            )
        )
    if opts.png_bleed:  # the preview shows bleed and marks: draw it again with them
        preview_target = Target(cmyk=False, marks=layout.marks, icc=cond.icc)
        screen = draw_pdf(page, kit.campaign.colours, fonts, preview_target, convert, title)
    png = pdf_to_pngs(screen, opts.png_ppi)[0]
    entries.append(
        staging.write(
            f"{layout.id}/{lang.code}.png",
            png,
            {
                **meta,
                "format": "png",
                "variant": "screen",
                "extra": {"ppi": opts.png_ppi, "shows_bleed": opts.png_bleed},
            },
        )
    )
    return entries


_CONVERTERS: dict[Path, Callable[[tuple[float, float, float]], object]] = {}


def rgb_to_cmyk(icc: Path) -> Callable[[tuple[float, float, float]], object]:
    """sRGB -> press CMYK through the output profile (relative colorimetric), for SVG colours
    that are not brand colours."""
    if icc in _CONVERTERS:
        return _CONVERTERS[icc]
    cache: dict[tuple[float, float, float], object] = {}

    def convert(rgb: tuple[float, float, float]) -> object:
        if rgb not in cache:
            from PIL import Image, ImageCms
            from reportlab.lib.colors import CMYKColor

            transform = ImageCms.buildTransform(
                ImageCms.createProfile("sRGB"),
                ImageCms.getOpenProfile(str(icc)),
                "RGB",
                "CMYK",
                renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
            )
            px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
            converted = ImageCms.applyTransform(px, transform)
            assert converted is not None
            c, m, y, k = converted.getpixel((0, 0))  # type: ignore[misc]
            cache[rgb] = CMYKColor(c / 255, m / 255, y / 255, k / 255)
        return cache[rgb]

    _CONVERTERS[icc] = convert
    return convert
