"""The readers of a build's manifest as they were before they streamed it, each holding every
entry (and the package every file's bytes) at once: `incremental.nothing_to_do`,
`package.load_manifest` and `build_package`, and `shards.merge_shards`. Kept here only as the
references the streamed readers are compared with, output for output (as gallery_whole is for
the gallery)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from campaign.diagnostics import Collector, display_path, failure
from campaign.fonts import load_fontbook
from campaign.model import Kit
from campaign.output import (
    MANIFEST,
    JobId,
    OutputFile,
    Staging,
    exists,
    manifest_text,
    read_build_manifest,
    same_text,
    unchanged,
)
from campaign.package import Entry
from campaign.package import contact as pkg_contact
from campaign.package import index as pkg_index
from campaign.package import jobsheet as pkg_jobsheet
from campaign.package import plan as pkg_plan
from campaign.package import zips as pkg_zips
from campaign.package.access import ACCESSIBILITY, accessibility_txt
from campaign.pipeline.jobs import JobKey, JobResult
from campaign.publishing import Step, recover, transact

# ---- pipeline/incremental.nothing_to_do -----------------------------------------------------


def nothing_to_do_whole(
    out: Path, now: dict[str, object]
) -> tuple[list[JobResult], list[OutputFile]]:
    out = out.resolve()
    build, entries = read_build_manifest(out)
    jobs = build.get("jobs") if build else None
    if build is None or {k: build.get(k) for k in now} != now or not isinstance(jobs, list):
        return [], []
    files: dict[JobId, list[OutputFile]] = {}
    for entry in entries:
        files.setdefault(entry.job, []).append(entry)
    skipped = []
    for job in jobs:
        material, language, office, record, rendition = job
        old = files.get((material, language, office, record, rendition), [])
        if not old or not all(f.has_current_name and unchanged(out, f) for f in old):
            return [], []
        key = JobKey(material, language, rendition, office=office, record=record)
        skipped.append(JobResult(key, "skipped", tuple(old)))
    return skipped, entries


# ---- package ----------------------------------------------------------------------------------


def load_manifest_whole(
    build: Path, command: str = "package", recovered: bool = False
) -> list[OutputFile]:
    path = build / MANIFEST
    if not recovered:
        recover(build, build)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = doc["files"]
        return [OutputFile(**{**item, "trim_mm": tuple(item["trim_mm"])}) for item in items]
    except FileNotFoundError:
        raise failure(
            "package.manifest",
            f"no manifest at {display_path(path)}; {command} reads a finished build",
            None,
            "run `python generate.py build` first, or pass --from BUILD_DIR",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise failure("package.manifest", f"cannot read {display_path(path)}: {exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise failure(
            "package.manifest",
            f"{display_path(path)} is not a build manifest ({type(exc).__name__}: {exc})",
            None,
            pkg_plan.REBUILD + " to write a fresh one",
        ) from None


def languages_whole(kit: Kit, group: str) -> list[str]:
    """The group's languages in its own file's order: an office's `languages:`, the
    campaign's for the campaign kit (and an office the kit does not have)."""
    office = kit.offices.get(group) if group != pkg_plan.CAMPAIGN_GROUP else None
    return list(office.languages if office is not None else kit.campaign.languages)


def plan_whole(files: list[OutputFile], kit: Kit) -> dict[str, list[Entry]]:
    """Each group's entries as the package lists them: by folder, then language in the
    group's order (those it does not list last, by code), then path."""
    groups: dict[str, list[Entry]] = {}
    seen: dict[str, str] = {}
    for f in sorted(files, key=lambda f: f.path):
        name = f.name
        if name in seen:
            raise AssertionError(f"two files would be {name}: {seen[name]} and {f.path}")
        seen[name] = f.path
        groups.setdefault(pkg_plan.group_of(f), []).append(Entry(f, name, f.page_name))
    for group, entries in groups.items():
        order = languages_whole(kit, group)

        def key(e: Entry, order: list[str] = order) -> tuple[str, int, str]:
            lang = e.file.language
            place = order.index(lang) if lang in order else len(order)
            return (e.file.path.rpartition("/")[0], place, lang if lang not in order else "")

        entries.sort(key=key)  # stable: equal keys keep the path order
    return groups


def job_txt_whole(title: str, rows: list[dict[str, str]], ask: str = "") -> bytes:
    lines = [title, "=" * len(title), ""]
    if ask:
        lines += [ask, ""]
    other = [f"  {r['file']}: {r['translation']}" for r in rows if r["translation"]]
    if other:
        lines += ["NOT IN THEIR OWN LANGUAGE: these files print texts of another language:"]
        lines += [*other, ""]
    drafts = sorted({r["language"] for r in rows if r["status"] != "reviewed"})
    if drafts:
        lines += [
            f"DRAFT translations (not reviewed by a native speaker): {', '.join(drafts)}",
            "",
        ]
    unverified = sorted(
        {(r["material"], r["badge_press"]) for r in rows if r["badge_press"].startswith("not ")}
    )
    if unverified:
        lines += ["BADGE PRESS NOT VERIFIED:"]
        lines += [f"  {material}: press {said}" for material, said in unverified]
        lines += [""]
    if rows:  # no print order
        lines += [
            "Copies: none given (no print order came with this package: agree them with the "
            "sender, who can add them with `package --order FILE`)",
            "",
        ]
    for r in rows:
        lines.append(r["file"])
        said = f", {r['translation']}" if r["translation"] else ""
        lines.append(
            f"  {r['material']}, {r['language']} ({r['language_name']}), {r['status']}{said}"
        )
        if r["event"]:
            lines.append(f"  event {r['event']}")
        lines.append(
            f"  trim {r['trim_mm']} mm{pkg_jobsheet._in(r['trim_in'])}, "
            f"bleed {pkg_jobsheet._bleed(r['bleed_mm'])}, "
            f"{r['output_condition'] or '-'}, {r['pages']} page(s), {r['sides']}"
        )
        if r["badge_face_mm"]:
            lines.append(
                f"  badge: face {r['badge_face_mm']} mm, cut {r['badge_cut_mm']} mm, live "
                f"{r['badge_live_mm']} mm, wrap {r['badge_wrap_mm']} mm; press "
                + (
                    "not verified (see BADGE PRESS NOT VERIFIED above)"
                    if r["badge_press"].startswith("not ")
                    else r["badge_press"]
                )
            )
        if r["finishing"]:  # its kind's, from its layout (no print order: no copies)
            lines.append(f"  {r['finishing']}")
        lines.append(f"  sha256 {r['sha256']}, {r['bytes']} bytes")
        if r["note"]:  # a badge's die line (its cut circle in CutContour)
            lines.append(f"  NOTE: {r['note']}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def sheets_of_whole(kit: Kit, group: str, entries: list[Entry]) -> list[pkg_contact.Sheet]:
    """Every contact sheet of the group at once: all the rows in order, SHEET_ROWS a sheet."""
    shown = [e for e in entries if e.file.variant in ("screen", "social")]
    row_keys = sorted(
        {pkg_plan.row_key(e) for e in shown}, key=lambda k: pkg_plan.row_order(kit, k)
    )
    ordered = languages_whole(kit, group)
    campaign = kit.campaign
    who = (
        "Campaign kit" if group == pkg_plan.CAMPAIGN_GROUP else pkg_contact.office_title(kit, group)
    )
    sheets = []
    for start in range(0, len(row_keys), pkg_contact.SHEET_ROWS):
        rows = row_keys[start : start + pkg_contact.SHEET_ROWS]
        mine = [e for e in shown if pkg_plan.row_key(e) in rows]
        langs = {e.file.language for e in mine}
        columns = [c for c in ordered if c in langs] + sorted(langs - set(ordered))
        tiles = {(rows.index(pkg_plan.row_key(e)), columns.index(e.file.language)): e for e in mine}
        count = -(-len(row_keys) // pkg_contact.SHEET_ROWS)
        sub = (
            f"{who}  \u00b7  sheet {start // pkg_contact.SHEET_ROWS + 1} of {count}"
            if count > 1
            else who
        )
        sheets.append(
            pkg_contact.Sheet(f"{campaign.name} {campaign.year}", sub, rows, columns, tiles)
        )
    return sheets


def build_package_whole(kit: Kit, build: Path, out: Path) -> list[Path]:
    files = load_manifest_whole(build)
    data = pkg_plan.verify(build, files)
    groups = plan_whole(files, kit)
    date = pkg_zips.epoch(kit.campaign.year)
    faces = pkg_contact.labels(load_fontbook(kit.fonts_dir))
    products: dict[str, bytes] = {}
    for group, entries in sorted(groups.items()):
        prints = [e for e in entries if e.file.variant in pkg_plan.PRINT_VARIANTS]
        screens = [e for e in entries if e.file.variant in pkg_plan.SCREEN_VARIANTS]
        by = pkg_jobsheet.sender(kit, group)
        title = f"{kit.campaign.name} {kit.campaign.year} \u2013 job sheet \u2013 {by.name}"
        rows = list(by.sign(pkg_jobsheet.job_rows(kit, prints)))
        if prints:
            members = [(e.name, data[e.file.path]) for e in prints]
            members += [
                ("JOB-SHEET.csv", pkg_jobsheet.job_csv(rows)),
                ("JOB-SHEET.txt", job_txt_whole(title, rows, by.ask)),
                ("JOB-SHEET.xlsx", pkg_jobsheet.job_xlsx(rows, title, date)),
            ]
            products[f"{group}-print.zip"] = pkg_zips.zip_bytes(members, date)
        if screens:
            said = f"{kit.campaign.name} {kit.campaign.year} \u2013 screen files \u2013 {group}"
            access = (ACCESSIBILITY, accessibility_txt(kit, said, screens, [], group))
            products[f"{group}-screen.zip"] = pkg_zips.zip_bytes(
                [access, *((e.name, data[e.file.path]) for e in screens)], date
            )
        sheets = sheets_of_whole(kit, group, entries)
        campaign = kit.campaign
        who = (
            "Campaign kit"
            if group == pkg_plan.CAMPAIGN_GROUP
            else pkg_contact.office_title(kit, group)
        )
        index = pkg_index.IndexPdf(kit, f"{campaign.name} {campaign.year}", who, faces)
        for name, sheet in zip(pkg_contact.sheet_names(group, len(sheets)), sheets, strict=True):
            thumbs = {
                e.file.path: pkg_contact.thumbnails(data[e.file.path]) for e in sheet.tiles.values()
            }
            products[name] = pkg_contact.contact_sheet(kit, sheet, thumbs, faces)
            index.grid(sheet, thumbs)
        products[f"{group}-index.pdf"] = index.files(entries)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, blob in sorted(products.items(), key=lambda kv: pkg_contact.product_order(kv[0])):
        (out / name).write_bytes(blob)
        written.append(out / name)
    return written


# ---- shards.merge_shards ----------------------------------------------------------------------


@dataclass(frozen=True)
class Shard:
    folder: Path
    build: dict[str, object] | None
    files: list[OutputFile]


@dataclass(frozen=True)
class Joined:
    files: list[OutputFile]
    build: dict[str, object] | None
    copied: int


def read_shards_whole(folders: list[Path]) -> list[Shard]:
    errs = Collector()
    shards = []
    for folder in folders:
        recover(folder, folder)
        folder = folder.resolve()
        if not (folder / MANIFEST).is_file():
            errs.error(
                "manifest.read",
                f"{folder} has no {MANIFEST}",
                None,
                "give the folders that `build --shard K/N` wrote: each has its manifest.json",
            )
            continue
        build, files = read_build_manifest(folder)
        if not files:
            errs.error(
                "manifest.read",
                f"{folder / MANIFEST} lists no file or does not parse",
                None,
                "build that shard again (the same --shard K/N), then join the shards",
            )
        for f in files:
            if not unchanged(folder, f):
                errs.error(
                    "manifest.read",
                    f"{folder / f.path} is missing or changed since its build",
                    None,
                    "build that shard again (the same --shard K/N), then join the shards",
                )
        shards.append(Shard(folder, build, files))
    errs.raise_if_errors()
    return shards


def join_whole(
    shards: list[Shard],
) -> tuple[list[tuple[Shard, OutputFile]], dict[str, object] | None]:
    errs = Collector()
    by_path: dict[str, tuple[Shard, OutputFile]] = {}
    for shard in shards:
        for f in shard.files:
            seen = by_path.get(f.path)
            if seen is not None and seen[1] != f:
                errs.error(
                    "manifest.conflict",
                    f"{f.path} differs in {seen[0].folder} and {shard.folder}",
                    None,
                    "build every shard from the same kit, code and options",
                )
            by_path.setdefault(f.path, (shard, f))
    errs.raise_if_errors()
    return [by_path[p] for p in sorted(by_path)], whole_build_whole(shards)


def whole_build_whole(shards: list[Shard]) -> dict[str, object] | None:
    builds = [s.build for s in shards]
    if not builds or any(b is None for b in builds):
        return None
    prints = {str(b.get("fingerprint")) for b in builds if b is not None}
    parts = [str(b.get("shard")) for b in builds if b is not None]
    if len(prints) != 1 or any("/" not in p for p in parts):
        return None
    counts = {p.split("/")[1] for p in parts}
    numbers = sorted(int(p.split("/")[0]) for p in parts)
    if len(counts) != 1 or numbers != list(range(1, int(counts.pop()) + 1)):
        return None
    jobs: list[list[str | None]] = []
    for b in builds:
        assert b is not None
        found = b.get("jobs")
        if not isinstance(found, list):
            return None
        jobs += found
    first = builds[0]
    assert first is not None
    return {  # the libraries as the stamps name them since they keep them, and the kit's state
        "fingerprint": prints.pop(),
        **{
            k: first[k] for k in ("kit", "kit_offices", "kit_dir", "refused", "merge") if k in first
        },
        "shard": None,
        **{k: first[k] for k in ("selection",) if k in first},
        **{
            k: first[k]
            for k in (
                "libraries",
                "code",
                "basis",
                "kit_files",
                "kit_values",
                "kit_layouts",
                "kit_strings",
                "kit_office_fields",
            )
            if k in first
        },
        "jobs": sorted(jobs, key=lambda job: [part or "" for part in job]),
    }


def merge_shards_whole(folders: list[Path], out: Path) -> Joined:
    with Staging(out) as staging:
        entries, build = join_whole(read_shards_whole(folders))
        steps: list[Step] = []
        for shard, f in entries:
            if shard.folder == staging.out or unchanged(staging.out, f):
                continue
            staging.stage_copy(shard.folder / f.path, f.path)
            steps.append(Step(f.path, exists(staging.out / f.path), True))
        copied = len(steps)
        files = [f for _, f in entries]
        text = manifest_text(files, build)
        if steps or not same_text(staging.out / MANIFEST, text):
            staging.stage_text(MANIFEST, text)
            steps.append(Step(MANIFEST, exists(staging.out / MANIFEST), True))
        if steps:
            transact(staging.out, staging.shown, staging.dir, steps)
        staging.published = True
    return Joined(files, build, copied)
