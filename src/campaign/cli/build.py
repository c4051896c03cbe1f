"""`build`: the kit's print PDFs, digital PDFs and PNG previews into the output folder."""

from __future__ import annotations

import time
from pathlib import Path

import click

from . import default_kit, json_option, kit_option, lang_option, only_option, split, strict_option
from .report import as_json, emit_json, reporting, show


@click.command()
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
@strict_option
@json_option
def build(
    kit: Path | None,
    langs: str | None,
    only: str | None,
    out: Path,
    png_ppi: float,
    png_bleed: bool,
    force: bool,
    digital: bool,
    strict: bool,
    json_report: bool,
) -> None:
    """Build PDFs (print) and PNG previews into OUT/<material>/<lang>.pdf|png.

    Warnings of every stage are printed and counted; --strict makes them errors.

    \b
    Examples:
      python generate.py build -o out/
      python generate.py build --lang en,fr,es --only poster-a3,badge-58
      python generate.py build --kit ../my-office-kit --png-ppi 300 --png-bleed
    """
    from ..build import Options
    from ..build import build as run_build

    start = time.perf_counter()
    opts = Options(
        out, split(langs), split(only), png_ppi, png_bleed, force, digital=digital, strict=strict
    )
    with reporting(json_report):
        result = run_build((kit or default_kit()).resolve(), opts)
    files = result.files
    pdfs = sum(1 for f in files if f.format == "pdf" and f.variant == "print")
    digital_pdfs = sum(1 for f in files if f.variant == "digital")
    pngs = sum(1 for f in files if f.format == "png")
    summary = (
        f"built {pdfs} print PDF(s), {digital_pdfs} digital PDF(s) and {pngs} PNG(s) in {out}/ "
        f"({time.perf_counter() - start:.1f} s); manifest: {out}/manifest.json"
    )
    if json_report:
        emit_json({"ok": True, "summary": summary, "diagnostics": as_json(result.diagnostics)})
        return
    show(result.diagnostics)
    click.echo(summary)
