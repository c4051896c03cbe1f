"""`new`: start something new from what a kit has: a copy of the kit, an office, a
language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..commands import command
from ..diagnostics import DiagnosticsError, display_path
from ..program import echo, quote
from . import REPO_ROOT, KitSubGroup, kit_option, kit_root, kit_to_write, written_kit
from .report import reporting, show

if TYPE_CHECKING:
    from ..model.kit import Kit


@click.group(cls=KitSubGroup)
def new() -> None:
    """Start a kit of your own, an office or a language from what the kit has.

    \b
    Examples:
      python generate.py new kit ../my-kit          # a copy of the kit to edit
      python generate.py new office lagos --name "UNODC Country Office in Nigeria"
      python generate.py new language ko
    """


@new.command("kit")
@click.argument("folder", metavar="DIR", type=click.Path(path_type=Path))
@click.option(
    "--kit",
    "kit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The kit to copy (default: the nearest folder holding materials/: the working folder "
    "or one of its parents; else this repository's own).",
)
def kit_command(folder: Path, kit: Path | None) -> None:
    """Write a copy of a kit into the new folder DIR, to edit as your own: its materials/,
    assets/ and fonts/ (with their licence files), and schemas/ (the JSON Schemas its YAML
    files name, for an editor); nothing else (no output: no folder holding a build's
    manifest.json, wherever it is; no caches or .git).
    DIR must not exist yet, or be empty, and be outside the kit copied. The copy is made in a
    hidden folder beside DIR and renamed DIR once whole: an interrupted copy leaves nothing
    (one killed outright leaves that folder, which the next `new kit` beside it removes).
    The fonts are copied too (35 MB of this repository's 36 MB): a build reads fonts from
    its kit alone, never from the system.

    \b
    Examples:
      python generate.py new kit ../my-kit
      python generate.py new kit ../my-kit --kit ../their-kit
      python generate.py check --kit ../my-kit     # then edit, check and build it
    """
    from ..scaffold import STALE_AFTER, copy_kit

    root = kit_root(kit)
    with reporting():
        made = copy_kit(root, folder)
    for stale in made.stale:
        why = (
            f"nothing was written in it for {_duration(STALE_AFTER)}"
            if stale.running
            else f"its process {stale.pid} has ended"
        )
        echo(
            f"removed {display_path(stale.path)}, the half copy of an earlier `new kit` that "
            f"was stopped ({why})"
        )
    copied = made.folders
    shown = display_path(folder)
    total = sum(f.size for f in copied) / 1e6
    echo(f"wrote a copy of the kit in {root} into {shown} ({total:.1f} MB):")
    for f in copied:
        held = f"  {', '.join(f.entries)}" if f.name == "materials" else ""
        echo(f"  {f.name + '/':<11}{f.files:>5} files {f.size / 1e6:6.1f} MB{held}")
    licences = [p for f in copied for p in f.licences]
    if licences:
        echo(f"  licences: {', '.join(licences)}")
    outputs = [p for f in copied for p in f.outputs]
    if outputs:  # a build run inside the kit's folders wrote its out/ there
        echo(f"  left out, a build's output: {', '.join(f'{p}/' for p in outputs)}")
    kit_arg = quote(shown)
    echo(
        "next, with --kit on every command (or run them inside it, without --kit):\n"
        f"  python generate.py check --kit {kit_arg}\n"
        f"  python generate.py build --kit {kit_arg}\n"
        f"  python generate.py new office <id> --kit {kit_arg}   # your office's file"
    )


def _duration(seconds: int) -> str:
    """A number of seconds as said: 1 h, 30 min, 0 s."""
    if seconds and seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds and seconds % 60 == 0:
        return f"{seconds // 60} min"
    return f"{seconds} s"


@new.command("office")
@click.argument("oid", metavar="ID")
@click.option(
    "--name",
    metavar="TEXT",
    help="The office's display name in English (its PDFs' Title); default: its id, to edit.",
)
@kit_option
def office(oid: str, name: str | None, kit: Path | None) -> None:
    """Write materials/offices/ID.yaml from the kit's commented _template.yaml: its comments
    and values kept, `name:` the --name given (else the id), every contact field empty for the
    office to fill with its own checked values (nothing is made up). ID names the office's
    file, `--office ID` and its output folder: lower-case letters, digits and hyphens. An
    office the kit has is refused.

    \b
    Examples:
      python generate.py new office lagos --name "UNODC Country Office in Nigeria"
      python generate.py check --office lagos     # what it still has to fill
      python generate.py build --office lagos
    """
    from ..scaffold import TEMPLATE, new_office

    fallback = REPO_ROOT / "materials" / "offices" / TEMPLATE
    with reporting():
        root = kit_to_write(kit)
        made = new_office(root, oid, name, fallback)
    theirs = "" if made.template.parent == made.path.parent else " (the kit has none of its own)"
    echo(f"wrote {made.path} from {made.template}{theirs}")
    told = written_kit(kit, root)
    if told is not None:  # not named with --kit: which kit it went into
        echo(told)
    if name is None:
        echo(
            f"name: {made.name} (its id): write the office's English name there (or give "
            "--name), the Title of its PDFs"
        )
    if made.dropped:
        has = "has no strings file" if len(made.dropped) == 1 else "have no strings files"
        echo(
            f"languages: [{', '.join(made.languages)}], the kit's: the template's "
            f"{', '.join(made.dropped)} {has} in this kit (materials/strings/); keep there "
            "the languages the office prints"
        )
    if made.empty_fields:
        echo(
            f"its contact fields are empty ({', '.join(made.empty_fields)}): fill in, under "
            "`fields:`, those the office has checked; an empty one is not drawn, and "
            "`check --strict` fails until each is filled or listed under `hide:`"
        )
    echo(f"next:\n  {command(f'check --office {oid}')}\n  {command(f'build --office {oid}')}")


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
    its text prints in the source language, so the kit builds in CODE at once; a regional
    CODE (pt-BR, es-419) prints its parent's text (pt.yaml's, es.yaml's) where the kit has
    one, and says so. Its names come
    from CLDR; a language CLDR has no data for takes them from --name and --native-name.
    It warns when no font of the kit has CODE's script, or a letter of its own name
    (`font.new-language`). It says where CODE goes to be built by default: the
    `languages:` of the offices that print it (materials/offices/<id>.yaml) and of
    materials/campaign.yaml.

    \b
    Examples:
      python generate.py new language ko
      python generate.py new language ksw --name "S'gaw Karen" --script Mymr
      python generate.py strings export --lang ko     # then translate, import, proof
    """
    from ..kit import load_kit
    from ..translate.lock import strings_lock
    from ..translate.scaffold import new_language, parents_note

    with reporting():
        root = kit_to_write(kit)  # before its lock: nothing of this repository's is touched
    with reporting(), strings_lock(root, lambda line: echo(line, err=True)):
        try:  # a layout's error does not stop it: the strings file reads no layout
            loaded = load_kit(root, frozenset({code}), isolate=True, layouts_apart=True)
        except DiagnosticsError as exc:
            show(exc.diagnostics)
            echo(
                f"{code}.yaml was not written because of the error(s) above: mend them, then "
                f"run `{command(f'new language {code}')}` again",
                err=True,
            )
            raise click.exceptions.Exit(1) from None
        path, unprintable = new_language(loaded, code, name, native_name, script)
    echo(f"wrote {path}: every string marked to translate")
    told = written_kit(kit, root)
    if told is not None:  # not named with --kit: which kit it went into
        echo(told)
    show(unprintable)  # a script no font has: said now, not at the first translated text
    said = parents_note(loaded, path.stem)
    if said is not None:  # pt-BR prints pt.yaml's texts, not English
        echo(said)
    echo(where_to_list(loaded, code))
    if loaded.layout_errors:  # written; the kit's build still stops at them
        show(loaded.layout_errors)
        echo(
            f"{path.name} was written; the error(s) above are in the kit's layouts, not in it: "
            "`build` and `check` stop at them until they are mended",
            err=True,
        )
        raise click.exceptions.Exit(1)


def where_to_list(kit: Kit, code: str) -> str:
    """Where `code` goes to be built by default: the `languages:` of each office that prints
    it (an office's build makes its own languages, not the campaign's) and of campaign.yaml
    (a build without --office), saying which list it already, and the README's steps. Only
    campaign.yaml was named: an office added its language there, and every campaign build
    made it, while the office's own build (`--office`) did not (a trial)."""
    offices = sorted(kit.offices)
    listing = [o for o in offices if code in kit.offices[o].languages]
    others = [o for o in offices if o not in listing]
    lines = [f"to build '{code}' by default, list it under `languages:`"]
    if others:
        verb = "lists" if len(listing) == 1 else "list"
        already = f"; {', '.join(listing)} {verb} it already" if listing else ""
        lines.append(
            "  - in materials/offices/<id>.yaml, for each office that prints it (`build --office "
            f"<id>` makes that office's languages; the kit's offices: {', '.join(others)}"
            f"{already})"
        )
    elif listing:
        lines.append(f"  - every office lists it already ({', '.join(listing)})")
    if code in kit.campaign.languages:
        lines.append("  - materials/campaign.yaml lists it already (a build without --office)")
    else:
        lines.append(
            "  - in materials/campaign.yaml, for the campaign's own kit (a build without --office)"
        )
    lines.append(
        f'`{command(f"build --lang {code}")}` makes it now; README "Add a language" has the '
        "steps from here"
    )
    return "\n".join(lines)
