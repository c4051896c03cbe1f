"""`strings`: a language's texts out to translators (PO) and back."""

from __future__ import annotations

from pathlib import Path

import click

from . import default_kit, kit_option
from .report import reporting


@click.group()
def strings() -> None:
    """Translators' round trip: export a language as a PO file, import it back."""


@strings.command("export")
@click.option("--lang", "code", required=True, metavar="CODE", help="The language to export.")
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The PO file to write (default: <code>.po in this folder).",
)
@kit_option
def export(code: str, out: Path | None, kit: Path | None) -> None:
    """Write CODE's strings as a PO file: per key the source text, the translation (empty
    where the language still shows the source's), the source's note and the room the text has
    in every slot it is set in. Edit it in any PO editor, then `strings import` it. A language
    the kit does not have yet gets a PO file to start from; importing it creates its strings
    file.

    \b
    Examples:
      python generate.py strings export --lang fr
      python generate.py strings export --lang sw -o sw.po
    """
    from ..diagnostics import failure
    from ..kit import load_kit
    from ..translate import export_po, language_names

    target = out or Path(f"{code}.po")
    with reporting():
        loaded = load_kit((kit or default_kit()).resolve())
        if code not in loaded.languages and language_names(code) is None:
            raise failure(
                "translate.read",
                f"'{code}' is not a language code",
                None,
                "use an ISO 639 code: ko, fr, sw...",
            )
        data = export_po(loaded, code)
    target.write_bytes(data)
    click.echo(
        f"wrote {target} ({len(loaded.languages[loaded.campaign.source_language].strings)} keys)"
    )


@strings.command("import")
@click.argument("po", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    "code",
    default=None,
    metavar="CODE",
    help="The language (default: the PO file's Language header).",
)
@kit_option
def import_(po: Path, code: str | None, kit: Path | None) -> None:
    """Merge the translations of PO into their strings file, checking the language, the keys
    and the {field} placeholders first (nothing is written when one is wrong); then lay the
    language out, so texts that no longer fit are listed.

    \b
    Examples:
      python generate.py strings import fr.po
    """
    from ..kit import load_kit
    from ..pipeline.api import check as run_check
    from ..translate import import_po

    root = (kit or default_kit()).resolve()
    with reporting():
        result = import_po(load_kit(root), po, code)
    click.echo(
        f"updated {result.path}: {result.changed} text(s) changed, {result.unchanged} "
        f"unchanged, {result.empty} left empty in the PO file"
    )
    with reporting():
        _, laid, _ = run_check(root, (result.path.stem,), None)
    click.echo(f"ok: {len(laid)} page(s) of the {result.path.stem} kit lay out cleanly")
