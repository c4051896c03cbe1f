"""The earlier files of an output folder that a build keeps or removes: whether an earlier
file's job is still one the kit (or a merge's records) makes (`earlier_in_kit`), and a
`build.kept` warning for the files of languages the kit does not list (`kept_warnings`;
`--prune` removes them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..diagnostics import Diagnostic, Mark, Severity, listed
from ..model import Kit
from ..output import JobId, OutputFile
from .jobs import (
    DocKey,
    full_plan,
    listed_plan,
    record_plan,
)
from .options import Options

# (office, language) -> material -> files kept
Unlisted = dict[tuple[str | None, str], dict[str, int]]


def earlier_in_kit(
    kit: Kit,
    opts: Options,
    planned: frozenset[DocKey] = frozenset(),
    gone: dict[str, str] | None = None,
) -> tuple[Callable[[OutputFile], bool], Unlisted]:
    """Whether an earlier file's job is still one the kit (or this merge's records) makes:
    the set of jobs is made only when publishing asks (an earlier manifest with entries). A
    build keeps a merge's files (it cannot tell whether their rows are gone), as a merge
    keeps a build's and another template's merge's: a merge of the event posters into the
    folder of the flyers' deleted every flyer as "its row is not in the data".
    A merge's jobs are many (one per record): they are kept as their hashes (a Python int
    each), and a hash that two jobs share only keeps an earlier file listed.
    The earlier files of a language the kit has strings for that campaign.yaml (or the
    office's file) does not list are counted in the dict returned (`kept_warnings` warns of them),
    and with `opts.prune` they are not the kit's: they are removed. A file of a document
    this build plans (`planned`, its documents of no record) is the build's own, made or up
    to date, not kept: `build --lang en,it,es` warned that it "keeps 1 file(s) in it from an
    earlier build", and to build with --lang it (a translator's trial). Nor is a file of a
    language this build names (--lang pt-PT --only poster-a3 keeping pt-PT's badges): a build
    that names its languages keeps their other materials' files as any --only does (a
    trial's `build.kept` told the user to build with --lang pt-PT, which they had done).
    Each earlier file of no record that is not the kit's any more is put in `gone`, when
    given, by its path, with why in the user's terms (`why_gone`) where one reason is known:
    a build said only "no job of the kit makes it any more" of the files of the materials an
    office stopped listing (a user's trial)."""
    from .renditions import RENDITIONS

    jobs: set[JobId] = set()
    listed: set[JobId] = set()  # the jobs of the languages the kit lists
    unlisted: Unlisted = {}
    merged: set[int] = set()
    made: list[bool] = []  # [True] once the sets are made
    # the events of rows refused, and of rows `merge --event` did not name: their earlier
    # files kept
    refused: frozenset[str] = getattr(opts.records, "refused", frozenset()) | getattr(
        opts.records, "unchosen", frozenset()
    )
    templates = frozenset(opts.only or ())  # a merge's
    office = opts.offices[0] if opts.records is not None and opts.offices else None

    def in_kit(f: OutputFile) -> bool:
        if opts.records is None and f.job[3] is not None:
            return True  # a merge's file, in a build: only a merge knows if its row is gone
        if opts.records is not None and f.job[3] is not None and f.job[0] not in templates:
            return True  # another template's merge (the posters beside the flyers): its own
        if opts.records is not None and f.job[3] is not None and f.job[2] != office:
            # the same template merged for another office (or the campaign): its own files,
            # as another template's are (a merge with --office removed the campaign's flyers)
            return True
        if not made:
            made.append(True)
            jobs.update(full_plan(kit, list(RENDITIONS)))
            listed.update(listed_plan(kit, list(RENDITIONS)))
            if opts.records is not None:  # a merge's folder: its records' files are not stale
                plan = record_plan(
                    kit,
                    opts.only or (),
                    opts.records,
                    list(RENDITIONS),
                    kit.offices.get(office) if office else None,
                )
                merged.update(hash(k.id) for k in plan)
        if f.job[3] is None and f.job in jobs and f.job not in listed:
            if f.job[:4] in planned:  # this build's own (made, or up to date): not kept
                return True
            if not opts.prune and opts.langs and f.job[1] in opts.langs:
                return True  # a language the build names: kept as --only keeps the rest
            counted = unlisted.setdefault((f.job[2], f.job[1]), {})
            counted[f.job[0]] = counted.get(f.job[0], 0) + 1
            if opts.prune and gone is not None:
                where = f"office '{f.job[2]}'" if f.job[2] else "campaign.yaml"
                gone[f.path] = f"--prune: {where} does not list '{f.job[1]}'"
            return not opts.prune
        if f.job in jobs or hash(f.job) in merged:
            return True
        if f.job[3] is None and gone is not None:
            why = why_gone(kit, f)
            if why is not None:
                gone[f.path] = why
        # a row refused this time (a bad date...) keeps its event's earlier files
        return f.job[3] is not None and f.job[3] in refused

    return in_kit, unlisted


def why_gone(kit: Kit, f: OutputFile) -> str | None:
    """Why no job of `kit` makes the earlier file `f` (of no record) any more, as the user
    changed the kit: its office's file, its material's layout or its language's strings file
    gone, or its office's `materials:`, `presses:` or paper no longer taking its material;
    None when none of these is why (a page the material no longer has, a rendition)."""
    material, lang, office_id = f.job[0], f.job[1], f.job[2]
    if office_id is not None and office_id not in kit.offices:
        return f"office '{office_id}' is no longer in the kit"
    layout = kit.layouts.get(material)
    if layout is None:
        return f"the kit has no material '{material}' any more"
    if lang not in kit.languages and lang not in kit.unreadable:
        return f"the kit has no language '{lang}' any more"
    office = kit.offices.get(office_id) if office_id is not None else None
    if office is None or office.builds(layout):
        return None
    if office.materials:
        return f"office '{office_id}' no longer lists '{material}'"
    if office.presses and layout.press is not None:
        return f"office '{office_id}' no longer lists press '{layout.press}'"
    return (
        f"office '{office_id}' prints on {office.paper} paper, and '{material}' is a "
        f"{layout.paper} size"
    )


def kept_warnings(kit: Kit, unlisted: Unlisted, opts: Options) -> list[Diagnostic]:
    """A `build.kept` warning for each office (or the campaign) whose earlier files of
    languages it does not list the build kept (`earlier_in_kit`), naming those languages;
    none with --prune, which removed them (the summary counts them). It was one warning per
    language: after `build --lang si,hy,ti` (a trial of languages the campaign does not list,
    as the README says to try one), every build into the folder said three warnings of one
    cause, at one line (an office's trial)."""
    out: list[Diagnostic] = []
    if opts.prune:
        return out
    groups: dict[str | None, dict[str, dict[str, int]]] = {}
    for (office, lang), materials in unlisted.items():
        groups.setdefault(office, {})[lang] = materials
    for office in sorted(groups, key=lambda o: o or ""):
        langs = dict(sorted(groups[office].items()))
        path: Path | None
        if office is None:
            where, marks = "campaign.yaml", kit.campaign.language_marks
            path = kit.root / "materials" / "campaign.yaml"
        else:
            found = kit.offices.get(office)
            where, marks = f"{office}.yaml", found.language_marks if found else ()
            path = found.mark.path if found else None
        mark = marks[0] if marks else (Mark.file(path) if path else None)
        out.append(_kept(opts.out, where, office, langs, mark))
    return out


def _kept(
    out: Path,
    where: str,
    office: str | None,
    langs: dict[str, dict[str, int]],
    mark: Mark | None,
) -> Diagnostic:
    """The `build.kept` warning of one group (`where`, its file) that keeps `langs` (each
    language's files, by material), naming the materials (a trial: "keeps 3 file(s) in
    pt-PT" said not which)."""
    codes = list(langs)
    materials = sorted({m for by in langs.values() for m in by})
    count = sum(n for by in langs.values() for n in by.values())
    files = f"{count} file(s) in {listed(codes)}" + (f" of office {office}" if office else "")
    files += f" ({', '.join(materials[:6])}{' and more' if len(materials) > 6 else ''})"
    given = ",".join(codes)
    if len(codes) == 1:
        lang = codes[0]
        message = (
            f"{out} keeps {files} from an earlier build: {lang} is not in {where}'s "
            f"`languages:`, so only a build that names it (--lang {lang}, with their "
            "materials) makes them again"
        )
        add = f"add {lang} to `languages:` in {where}"
    else:
        message = (
            f"{out} keeps {files} from earlier builds: none of them is in {where}'s "
            f"`languages:`, so only a build that names them (--lang {given}, with their "
            "materials) makes them again"
        )
        add = f"add them to `languages:` in {where}"
    return Diagnostic(
        "build.kept",
        f"{message} (they stay in the manifest and the gallery, and `package` sends them)",
        mark,
        (
            f"{add}, or build with --lang {given} and their materials, to make them again; or "
            "build with --prune to remove them",
        ),
        severity=Severity.WARNING,
    )
