"""The warnings a build or check adds to the kit's own: a campaign year before the build's
(`past_campaign`), an office's unfilled contact fields, fonts.yaml's and a family with no
bold (`font_warnings`), an office whose file has errors, a strings file that cannot be read
in a language the build does not make (`not_built`), a strings file of a language no
`languages:` lists (`unlisted_languages`), and an output folder's manifest that cannot be
used (`unread_manifest`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from ..commands import command
from ..diagnostics import Diagnostic, Mark, Severity, Subject
from ..fonts import FontBook, bold_in_regular
from ..model import Kit, Office
from ..output import MANIFEST, manifest_problem
from .jobs import (
    DocKey,
)


def past_campaign(kit: Kit) -> list[Diagnostic]:
    """A `campaign.past-year` warning, at campaign.yaml's `year:`, when the campaign's year is
    before the build's (`dates.today`: SOURCE_DATE_EPOCH's day when it is set, as the
    outputs' dates are). The kit shipped as the 2024 campaign's and every build in 2026 said
    nothing. The hint names the next campaign whose day is still ahead
    (`dates.next_campaign`: on 5 December 2026 the 2027 one, not 2026's, which is over).
    Not from the kit's loader: a kit read from the user's cache would keep the year it was
    read in."""
    from .. import dates

    day, year = dates.today(), kit.campaign.year
    if year >= day.year:
        return []
    ahead = dates.next_campaign(day)
    clock = "SOURCE_DATE_EPOCH's date" if dates.source_date_epoch() is not None else "today"
    return [
        Diagnostic(
            "campaign.past-year",
            f"the kit is the {year} campaign's (`year: {year}`) and {clock} is "
            f"{day.isoformat()}: the documents' titles and dates, the job sheets and the "
            f"package say {year}",
            kit.campaign.year_mark or kit.campaign.mark,
            (
                f"for the {ahead} campaign, set `year: {ahead}` and that year's theme "
                "in the strings files, as the campaign publishes it (and `theme_year: "
                f"{ahead}`, which says whose theme they print); to make the "
                f"{year} materials again (an archive), build with SOURCE_DATE_EPOCH set to a "
                f"time in {year}",
            ),
            Severity.WARNING,
        )
    ]


def unfilled(kit: Kit, offices: list[Office]) -> list[Diagnostic]:
    """One warning per office listing the contact fields it has not filled yet, at the first
    one's empty value in its file (`helpline: ""`), else at the file's start; the hint says
    `hide:` for a field the office has none of (a trial's regional office, whose countries
    have their own helplines, was sent to fill it, and pointed at its `name:`)."""
    out = []
    for office in offices:
        names = office.unfilled(kit.campaign.fields)
        if not names:
            continue
        first = names[0].split(" ")[0]  # "helpline (en, fr)": helpline
        given = office.fields.get(first)
        # in its own file (one it `extends:` is another office's, which a check leaves out)
        mark = given.mark if given is not None and given.mark.path == office.path else None
        out.append(
            Diagnostic(
                "office.unfilled",
                f"the office has not filled {', '.join(names)}",
                mark or office.mark,
                (
                    "fill them under 'fields:' in its file (or a language's under "
                    "'fields_by_language:'); a field the office has none of, list under "
                    f"'hide:' (hide: [{first}]); empty slots are not drawn",
                ),
                Severity.WARNING,
                Subject(office=office.id),
            )
        )
    return out


def font_warnings(
    kit: Kit, fonts: FontBook, langs: Collection[str] | None, materials: Collection[str] | None
) -> tuple[Diagnostic, ...]:
    """fonts.yaml's warnings (FontBook.warnings), and a family with no bold that sets the bold
    texts of one of `langs` (all: None) in `materials` (all: None): `font.no-bold`."""
    languages = [lang for code, lang in kit.languages.items() if langs is None or code in langs]
    layouts = [lay for i, lay in kit.layouts.items() if materials is None or i in materials]
    return fonts.warnings + tuple(bold_in_regular(fonts, languages, layouts))


def unusable_warnings(kit: Kit) -> list[Diagnostic]:
    """An `office.unusable` warning per office whose file has errors (Kit.unusable_offices):
    builds of other offices and of the campaign go on; its own stop at them. At its first
    error in the office's file (an SVG logo's own error is at the SVG, the office's
    `image.read` at its line)."""
    out = []
    for name, problems in sorted(kit.unusable_offices.items()):
        errors = [d for d in problems if d.is_error]
        own = [d for d in errors if d.mark is not None and d.mark.path.suffix == ".yaml"]
        out.append(
            Diagnostic(
                "office.unusable",
                f"office '{name}' has {len(errors)} error(s) in its file: it is left out "
                "until they are mended",
                (own or errors)[0].mark if errors else None,
                (f"{command(f'check --office {name}')} names them",),
                severity=Severity.WARNING,
            )
        )
    return out


def not_built(kit: Kit, unreadable: list[DocKey]) -> tuple[Diagnostic, ...]:
    """The errors of the strings files that cannot be read and that no job of this build is
    in (a language being translated, not yet in campaign.yaml's `languages:`), as warnings:
    a build of the kit's languages says the file is broken, as `check` does, without failing
    for a language it does not make."""
    made = {key[1] for key in unreadable}
    return tuple(
        replace(d, severity=Severity.WARNING)
        for code, problems in kit.unreadable.items()
        if code not in made
        for d in problems
        if d.is_error
    )


def unlisted_languages(kit: Kit) -> list[Diagnostic]:
    """A `strings.unlisted` note at each strings file whose language no `languages:` lists
    (campaign.yaml's, an office's): a build without --lang leaves it out, and `check` lays
    it out nowhere. A translator's `strings import pa.po` wrote pa.yaml, and every check said
    "ok ... in 26 language(s)" and every build made no pa, without a word (a translator's
    trial). Not the source language (the texts every other is checked against, whether
    built or not), a pseudo-locale (no file of its own), nor a language a listed one prints
    the texts of where it lacks its own (`Kit.fallbacks`: ur.yaml for a listed ur-Aran,
    pt.yaml for pt-BR): the kit keeps those unlisted on purpose."""
    kept = kept_unlisted(kit)
    out = []
    for code, lang in sorted(kit.languages.items()):
        if lang.pseudo or code in kept:
            continue
        out.append(
            Diagnostic(
                "strings.unlisted",
                f"no `languages:` lists '{code}' ({lang.name}): a build without --lang makes "
                f"none of its files, and `check` lays it out nowhere",
                language_line(lang.path),
                (
                    f"to build it by default, list '{code}' under `languages:` in "
                    "materials/campaign.yaml (the campaign's own kit) and in "
                    "materials/offices/<id>.yaml of each office that prints it; "
                    f"`{command(f'build --lang {code}')}` makes it now",
                ),
                Severity.NOTE,
                Subject(),
            )
        )
    return out


def kept_unlisted(kit: Kit) -> set[str]:
    """The languages a build of the kit makes or needs: those a `languages:` lists
    (campaign.yaml's, an office's), the source language, and the parents whose texts a
    listed language prints where it lacks its own (`Kit.fallbacks`). A strings file of any
    other language is left out of every build without --lang (`unlisted_languages`)."""
    listed = set(kit.campaign.languages).union(
        *(office.languages for office in kit.offices.values()), _unusable_listed(kit)
    )
    parents = {p.code for code in listed if code in kit.languages for p in kit.fallbacks(code)}
    return listed | parents | {kit.campaign.source_language}


def _unusable_listed(kit: Kit) -> set[str]:
    """The codes the `languages:` of the offices left out for errors in their files
    (`Kit.unusable_offices`) write, as their YAML has them where it reads: such an office
    lists its languages all the same (its error is said, `office.unusable`), and its
    languages were told that no `languages:` lists them."""
    import yaml

    out: set[str] = set()
    for name in kit.unusable_offices:
        path = kit.root / "materials" / "offices" / f"{name}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        written = data.get("languages") if isinstance(data, dict) else None
        codes = [written] if isinstance(written, str) else written or []
        out.update(c for c in codes if isinstance(c, str))
    return out


def language_line(path: Path) -> Mark:
    """Where strings file `path` says its `language:` (its value), else the file."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return Mark.file(path)
    for n, line in enumerate(lines, 1):
        if line.startswith("language:"):
            value = line[len("language:") :]
            return Mark(path, n, len(line) - len(value.lstrip()) + 1)
    return Mark.file(path)


def unread_manifest(out: Path) -> list[Diagnostic]:
    """A warning when the output folder has a manifest that cannot be read: nothing of the
    earlier build can be kept, and its files no job makes now are not known to be ours."""
    why = manifest_problem(out)
    if why is None:
        return []
    return [
        Diagnostic(
            "build.manifest",
            f"{out / MANIFEST} cannot be used, {why}; every job is made again, and the files "
            "it listed that no job makes now stay in the folder",
            Mark.file(out / MANIFEST),
            ("to start clean, build into an empty folder",),
            severity=Severity.WARNING,
        )
    ]
