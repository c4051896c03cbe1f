"""`new`: start something new in the kit from what it has (a language)."""

from __future__ import annotations

from pathlib import Path

import click

from . import KitSubGroup, default_kit, kit_option
from .report import reporting


@click.group(cls=KitSubGroup)
def new() -> None:
    """Create a new file of the kit from its existing ones."""


@new.command("language")
@click.argument("code")
@click.option(
    "--name",
    metavar="TEXT",
    help="The language's English name, for a code CLDR has no data for (its own names otherwise).",
)
@click.option("--native-name", metavar="TEXT", help="The language's name in itself (with --name).")
@click.option("--script", metavar="CODE", help="Its ISO 15924 script (Mymr, Ethi...), with --name.")
@kit_option
def language(
    code: str, name: str | None, native_name: str | None, script: str | None, kit: Path | None
) -> None:
    """Write materials/strings/CODE.yaml from the source language: every key listed as a
    comment marked `to translate`, with the source's text and note. Until a key is translated
    its text prints in the source language, so the kit builds in CODE at once. Its names come
    from CLDR; a language CLDR has no data for takes them from --name and --native-name.

    \b
    Examples:
      python generate.py new language ko
      python generate.py new language ksw --name "S'gaw Karen" --script Mymr
      python generate.py strings export --lang ko     # then translate, import, proof
    """
    from ..kit import load_kit
    from ..translate.lock import strings_lock
    from ..translate.scaffold import new_language

    root = (kit or default_kit()).resolve()
    with reporting(), strings_lock(root, lambda line: click.echo(line, err=True)):
        loaded = load_kit(root, frozenset({code}), isolate=True)
        path = new_language(loaded, code, name, native_name, script)
    click.echo(f"wrote {path}: every string marked to translate")
    click.echo(f"add '{code}' to `languages:` in materials/campaign.yaml to build it by default")
