"""Command line: a thin click layer over build.py; no logic lives here."""

from __future__ import annotations

import time
from pathlib import Path

import click

from .errors import UserError

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_kit() -> Path:
    """The current folder if it holds a kit, else the repository this package came from."""
    cwd = Path.cwd()
    return cwd if (cwd / "materials" / "campaign.yaml").is_file() else REPO_ROOT


def _split(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    return tuple(v.strip() for v in value.split(",") if v.strip())


kit_option = click.option(
    "--kit",
    "kit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Kit folder with materials/, fonts/ and assets/ (default: this repository's own).",
)
lang_option = click.option(
    "--lang", "langs", metavar="CODES", help="Only these languages, comma-separated (e.g. en,fr)."
)
only_option = click.option(
    "--only",
    "only",
    metavar="MATERIALS",
    help="Only these materials, comma-separated (e.g. poster-a3,badge-58).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="blueheart-campaign-kit")
def main() -> None:
    """Blue Heart campaign kit: print-ready posters, flyers and badges from YAML.

    \b
    Examples:
      python generate.py build                      # the whole default kit into out/
      python generate.py build --lang fr --only poster-a3
      python generate.py check                      # validate everything, write nothing
    """


@main.command()
@kit_option
@lang_option
@only_option
@click.option(
    "-o",
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
@click.option(
    "--png-ppi",
    type=click.FloatRange(10, 1200),
    default=150,
    show_default=True,
    help="Resolution of the PNG previews.",
)
@click.option("--png-bleed", is_flag=True, help="Show bleed and crop marks in the PNG previews.")
@click.option("--force", is_flag=True, help="Publish even when preflight finds a problem.")
@click.option(
    "--digital/--no-digital",
    default=True,
    show_default=True,
    help="Also write <lang>-digital.pdf: sRGB, trim size, tagged, QR code linked.",
)
def build(
    kit: Path | None,
    langs: str | None,
    only: str | None,
    out: Path,
    png_ppi: float,
    png_bleed: bool,
    force: bool,
    digital: bool,
) -> None:
    """Build PDFs (print) and PNG previews into OUT/<material>/<lang>.pdf|png.

    \b
    Examples:
      python generate.py build -o out/
      python generate.py build --lang en,fr,es --only poster-a3,badge-58
      python generate.py build --kit ../my-office-kit --png-ppi 300 --png-bleed
    """
    from .build import Options
    from .build import build as run_build

    start = time.perf_counter()
    opts = Options(out, _split(langs), _split(only), png_ppi, png_bleed, force, digital=digital)
    files = run_build((kit or default_kit()).resolve(), opts)
    pdfs = sum(1 for f in files if f.format == "pdf" and f.variant == "print")
    digital_pdfs = sum(1 for f in files if f.variant == "digital")
    pngs = sum(1 for f in files if f.format == "png")
    click.echo(
        f"built {pdfs} print PDF(s), {digital_pdfs} digital PDF(s) and {pngs} PNG(s) in {out}/ "
        f"({time.perf_counter() - start:.1f} s); manifest: {out}/manifest.json"
    )


@main.command()
@kit_option
@lang_option
@only_option
@click.option(
    "--pdf",
    "pdfs",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Preflight these PDF files instead of checking the kit (repeatable).",
)
@click.option(
    "--bleed-mm", type=float, default=3.0, show_default=True, help="Bleed expected by --pdf checks."
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def check(
    kit: Path | None,
    langs: str | None,
    only: str | None,
    pdfs: tuple[Path, ...],
    bleed_mm: float,
    strict: bool,
) -> None:
    """Validate the kit and lay out every page without writing anything.

    Reports every error at once: YAML mistakes with file:line:col, missing glyphs,
    texts that do not fit, text outside the safe area. Without --lang it also lays out the
    pseudo-locales en-XA (accented, 40 % longer) and ar-XB (mirrored right-to-left) and
    reports what they show as warnings (errors with --strict).

    \b
    Examples:
      python generate.py check
      python generate.py check --lang ar,fa --only poster-a3
      python generate.py check --pdf out/poster-a3/en.pdf
    """
    if pdfs:
        _check_pdfs(pdfs, bleed_mm)
        return
    from .build import check as run_check

    k, jobs, warnings = run_check(
        (kit or default_kit()).resolve(), _split(langs), _split(only), pseudo=not langs
    )
    for w in warnings:
        click.echo(w.render(), err=True)
    if strict and warnings:
        raise UserError(warnings)
    click.echo(
        f"ok: {len(jobs)} page(s) of {len({j.layout.id for j in jobs})} material(s) in "
        f"{len({j.lang.code for j in jobs})} language(s) lay out cleanly"
    )


def _check_pdfs(pdfs: tuple[Path, ...], bleed_mm: float) -> None:
    from .preflight import Expect, preflight

    bad = 0
    for path in pdfs:
        report = preflight(path.read_bytes(), Expect(bleed_mm=bleed_mm))
        status = "ok" if report.ok else "FAIL"
        click.echo(f"{path}: {status} {report.facts}")
        for f in report.failures:
            click.echo(f"  fail: {f}")
        bad += not report.ok
    if bad:
        raise UserError(f"{bad} of {len(pdfs)} file(s) failed preflight")
