"""A merge streams its records: the command line reads them from the data file one at a time,
the pool gets a bounded number of units ahead, and the manifest it writes is the one a build
of every record held at once writes, byte for byte. Publishing holds no list of every file
either (entries, steps, gallery), and publishes what the whole-list functions give. A bad
row and a failure in the middle of a long merge behave as in a short one."""

from __future__ import annotations

import dataclasses
import gc
import json
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from campaign import output, publishing
from campaign.diagnostics import Collector, failure
from campaign.merge import events
from campaign.merge.events import check_events, read_events
from campaign.merge.tables import read_table
from campaign.output import OutputFile, manifest_text, read_manifest
from campaign.pipeline import execute, joblog, renditions
from campaign.pipeline.api import build
from campaign.pipeline.fingerprint import RecordsDigest
from campaign.pipeline.jobs import JobResult, full_plan, record_plan
from campaign.pipeline.kitcache import cached_kit
from campaign.pipeline.options import Options, data_place
from campaign.pipeline.renditions import Output
from campaign.serve import static_gallery
from campaign.serve.described import KitNames
from tests.gallery_whole import gallery_whole

from ..kits import EVENT_BOXES, NOT_PUBLISHED, cli, mini_copy, output_tree

RECORDS = 300
BAD_DATE = "2024-13-45"


def events_csv(path: Path, count: int, bad: int | None = None, arabic: int = 0) -> Path:
    """`count` events in English (the first `arabic` also in Arabic, with its Arabic title);
    event `bad` (0-based) has a date that does not exist. Event i is on line i + 2 (the
    header is line 1)."""
    rows = ["event_id,language,title,title_ar,date,venue"]
    for i in range(count):
        langs, arabic_title = ('"en,ar"', f"مسيرة {i}") if i < arabic else ("en", "")
        day = BAD_DATE if i == bad else "2024-07-30"
        rows.append(f"event-{i:03d},{langs},Walk {i},{arabic_title},{day},Park {i % 7}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Print PDFs drawn as a few bytes naming the record (forked workers inherit it)."""

    def draw(sheet: renditions.Sheet, problems: Collector) -> list[Output]:
        record = sheet.composed.record
        assert record is not None
        data = f"%PDF-1.7 {record.id} {sheet.lang.code}\n".encode()
        return [Output(sheet.path("print"), data, {"format": "pdf", "variant": "print"})]

    cheap_pdf = dataclasses.replace(renditions.RENDITIONS["print_pdf"], draw=draw)
    monkeypatch.setitem(renditions.RENDITIONS, "print_pdf", cheap_pdf)


@pytest.fixture
def live_records(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The largest number of Records alive at once in this process (the merge's parent),
    updated each time one is made from a row or read back from the check's spool."""
    alive: set[int] = set()
    peak = [0]
    real = events._record
    real_iter = events.Records.__iter__

    def seen(record: Any) -> Any:
        if record is not None:
            alive.add(id(record))
            weakref.finalize(record, alive.discard, id(record))
            peak[0] = max(peak[0], len(alive))
        return record

    def counted(*args: Any, **kwargs: Any) -> Any:
        return seen(real(*args, **kwargs))

    def read_back(self: events.Records) -> Iterator[events.Record]:
        for record in real_iter(self):
            yield seen(record)

    monkeypatch.setattr(events, "_record", counted)
    monkeypatch.setattr(events.Records, "__iter__", read_back)
    return peak


def merge(kit: Path, data: Path, out: Path, *args: str) -> tuple[int, str]:
    return cli(
        "merge", "boxes", data, "--kit", kit, "-o", out, "--no-png", "--no-digital", *args
    )  # fmt: skip


@pytest.fixture
def live_results(monkeypatch: pytest.MonkeyPatch, young_heap: None) -> list[int]:
    """The number of JobResults alive in this process (the merge's parent) each time 50 more
    have been logged."""
    seen: list[int] = []
    real = joblog.JobLog.append

    def append(self: joblog.JobLog, result: JobResult) -> None:
        real(self, result)
        if len(self) % 50 == 0:
            seen.append(sum(isinstance(o, JobResult) for o in gc.get_objects()))

    monkeypatch.setattr(joblog.JobLog, "append", append)
    return seen


@pytest.mark.usefixtures("cheap")
def test_the_parent_holds_a_bounded_number_of_records_and_results(
    tmp_path: Path, live_records: list[int], live_results: list[int]
) -> None:
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    data = events_csv(tmp_path / "events.csv", RECORDS)
    code, text = merge(kit, data, tmp_path / "out", "--jobs", "2")
    assert code == 0, text
    assert f"{RECORDS} record(s) from events.csv; built {RECORDS} print PDF(s)" in text
    # the batches in flight (IN_FLIGHT per worker), the one being filled and the one being
    # handed back, a batch each, and the record being planned: whatever RECORDS is
    batch = execute.batch_size(RECORDS, 2)
    assert batch == execute.MAX_BATCH  # units go to the workers in batches
    bound = (2 * execute.IN_FLIGHT + 2) * batch + 1
    assert 0 < live_records[0] <= bound < RECORDS
    # results go to the job log's file as they come: those of the units handed back only
    assert len(live_results) == RECORDS // 50
    assert max(live_results) <= bound


def test_each_row_is_read_once_and_its_record_is_the_one_made_again_from_the_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check_events` keeps the records it made (Records.made): iterating them reads no row
    again, and gives the records the rows make again (every field equal), in row order,
    without the rows it refused (a date that does not exist) or dropped after their check
    (an id written twice refuses both rows)."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    data = events_csv(tmp_path / "events.csv", 12, bad=3, arabic=4)
    with data.open("a", encoding="utf-8") as f:
        f.write("event-007,en,Walk again,,2024-07-31,Park 9\n")  # event-007's id again
    calls = []
    real = events._record

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("again", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "_record", counted)
    errs = Collector()
    records = check_events(read_table(data, errs), cached_kit(kit.resolve()), errs)
    assert len(calls) == 13  # every row, once
    kept = list(records)
    assert len(calls) == 13  # none again
    assert [r.id for r in kept] == [f"event-{i:03d}" for i in range(12) if i not in (3, 7)]
    records._made = None  # every good row made again from the table, as before
    again = list(records)
    assert calls[13:] == [True] * 10
    assert kept == again
    assert [r.layer for r in kept] == [r.layer for r in again]


def test_a_row_with_a_photo_is_made_again_and_a_row_gone_since_the_check_is_left_out(
    tmp_path: Path,
) -> None:
    """A row with a photo is made again from the table as the build reads the records (its
    file may have gone since the check); the others are read back as the check made them.
    A table that has lost rows since the check (a workbook saved meanwhile: it is opened
    again) leaves those records out, where the lookup of the row stopped the merge."""
    from PIL import Image

    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    images = tmp_path / "img"
    images.mkdir()
    Image.new("RGB", (600, 400), (200, 80, 80)).save(images / "p.jpg")
    data = tmp_path / "e.csv"
    data.write_text(
        "event_id,language,title,date,venue,photo\n"
        "a,en,A,2024-07-30,P,\nb,en,B,2024-07-30,P,p.jpg\nc,en,C,2024-07-30,P,\n",
        encoding="utf-8",
    )
    errs = Collector()
    records = check_events(read_table(data, errs), cached_kit(kit.resolve()), errs, images)
    assert not errs.errors
    made_again: list[str] = []
    real = events._record

    def counted(*args: Any, **kwargs: Any) -> Any:
        record = real(*args, **kwargs)
        made_again.append(record.id)
        return record

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events, "_record", counted)
        assert [r.id for r in records] == ["a", "b", "c"]
        assert made_again == ["b"]
        records.table = dataclasses.replace(records.table, source=lambda: iter(()))
        assert [r.id for r in records] == ["a", "c"]  # b's row is gone from the file


def test_the_manifest_is_the_one_of_a_merge_of_records_held_at_once(tmp_path: Path) -> None:
    """Records streamed from the file (the command line, two workers) and a tuple of every
    record (the library, one process) give the same files and manifest, byte for byte; so do
    two shards joined."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    data = events_csv(tmp_path / "events.csv", 24, arabic=5)
    streamed = tmp_path / "streamed"
    code, text = merge(kit, data, streamed, "--jobs", "2")
    assert code == 0, text
    errs = Collector()
    loaded = cached_kit(kit.resolve())
    held = tuple(read_events(read_table(data, errs), loaded, errs))
    assert len(held) == 24
    assert not errs.items
    opts = Options(
        tmp_path / "held",
        None,
        ("boxes",),
        jobs=1,
        digital=False,
        png=False,
        records=held,
        data_name=data.name,  # the command line names the data file in each entry
        data_place=data_place(data),  # and its folder's digest
        data_path=data,  # and the file, for the merge its stamp quotes (`merge`)
    )
    build(kit.resolve(), opts)
    assert (streamed / "manifest.json").read_bytes() == (
        tmp_path / "held" / "manifest.json"
    ).read_bytes()
    assert output_tree(streamed) == output_tree(tmp_path / "held")
    stamp = json.loads((streamed / "manifest.json").read_text(encoding="utf-8"))["build"]
    jobs = [("boxes", "en", None, f"event-{i:03d}", "print_pdf") for i in range(24)]
    jobs += [("boxes", "ar", None, f"event-{i:03d}", "print_pdf") for i in range(5)]
    assert sorted(tuple(job) for job in stamp["jobs"]) == sorted(jobs)
    code, text = merge(kit, data, streamed, "--jobs", "2")
    assert code == 0, text
    assert "; nothing to do in" in text, text  # incremental: every job of the stream skipped
    shards = [tmp_path / f"shard-{k}" for k in (1, 2)]
    for k, shard in enumerate(shards, start=1):
        code, text = merge(kit, data, shard, "--jobs", "2", "--shard", f"{k}/2")
        assert code == 0, text
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "joined")
    assert code == 0, text
    assert output_tree(tmp_path / "joined") == output_tree(streamed)


@pytest.mark.usefixtures("cheap")
def test_a_bad_row_in_the_middle_is_named_and_the_others_are_kept(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    out = tmp_path / "out"
    code, text = merge(kit, events_csv(tmp_path / "events.csv", RECORDS), out, "--jobs", "2")
    assert code == 0, text
    before = output_tree(out)
    bad = RECORDS // 2
    data = events_csv(tmp_path / "events.csv", RECORDS, bad=bad)
    code, text = merge(kit, data, out, "--jobs", "2")
    assert code == 1
    line = bad + 2
    assert (
        f"{data}:{line}:5: error[merge.value]: row {line}, column date (E): '{BAD_DATE}' is no "
        "day of the calendar (year 2024, month 13, day 45)"
    ) in text
    # the records are others (one refused): the stamp is new, nothing else is written
    assert f"{RECORDS - 1} record(s) from events.csv; nothing rebuilt in" in text
    assert f"skipped {RECORDS - 1} unchanged job(s)" in text
    # bad input loses nothing: the bad event's earlier file stays, as every other one does
    # (the next good merge of the row replaces it)
    kept = f"boxes/boxes-en-event-{bad:03d}.pdf"
    after = output_tree(out)
    assert {k: v for k, v in after.items() if k != "manifest.json"} == {
        k: v for k, v in before.items() if k != "manifest.json"
    }
    assert kept in after
    listed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert kept in {f["path"] for f in listed}  # still described, so a later merge owns it


@pytest.mark.usefixtures("cheap")
def test_a_failure_in_the_middle_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    out = tmp_path / "out"
    data = events_csv(tmp_path / "events.csv", RECORDS)
    code, text = merge(kit, data, out, "--jobs", "2")
    assert code == 0, text
    before = output_tree(out)
    real = execute.Staging.write
    middle = f"event-{RECORDS // 2:03d}"

    def full_disk(self: execute.Staging, rel: str, data: bytes, meta: dict[str, Any]) -> Any:
        if middle in rel:
            raise failure(  # as Staging.write says it
                "build.output",
                f"no space left on device while writing {rel} (in {self.shown}); {NOT_PUBLISHED}",
            )
        return real(self, rel, data, meta)

    monkeypatch.setattr(execute.Staging, "write", full_disk)
    code, text = merge(kit, data, out, "--jobs", "2", "--force")
    assert code == 1
    assert f"no space left on device while writing boxes/boxes-en-{middle}.pdf" in text
    assert NOT_PUBLISHED in text
    assert output_tree(out) == before


@pytest.fixture
def live_at_publishing(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, int]]:
    """(where, OutputFiles, Steps, the stamp's jobs alive) in this process (the merge's
    parent) as publishing writes the gallery (its first document), the manifest and the
    journal, beyond those alive when the test began (another test's in this worker: a failed
    one's traceback holds its locals, and its OutputFiles made this one fail). Not with
    `young_heap`: the caches that hold a few entries (OutputFiles) were counted then as they
    filled, and not as they let go of the entries earlier tests had put in them."""
    seen: list[tuple[str, int, int, int]] = []

    def counts() -> tuple[int, int, int]:
        gc.collect()
        alive = gc.get_objects()
        files = sum(isinstance(o, OutputFile) for o in alive)
        steps = sum(isinstance(o, publishing.Step) for o in alive)
        jobs = sum(type(o) is list and len(o) == 5 and o[:1] == ["boxes"] for o in alive)
        return files, steps, jobs

    before = counts()

    def count(where: str) -> None:
        files, steps, jobs = counts()
        seen.append((where, files - before[0], steps - before[1], jobs - before[2]))

    def counted(where: str, real: Any, once: bool = False) -> Any:
        def call(*args: Any, **kw: Any) -> Any:
            if not (once and seen and seen[-1][0] == where):  # the first of a run of calls
                count(where)
            return real(*args, **kw)

        return call

    first = counted("gallery", static_gallery._article, True)
    monkeypatch.setattr(static_gallery, "_article", first)
    manifest = counted("manifest", output.Staging.stage_manifest)
    monkeypatch.setattr(output.Staging, "stage_manifest", manifest)
    monkeypatch.setattr(publishing.Journal, "write", counted("journal", publishing.Journal.write))
    return seen


@pytest.mark.usefixtures("cheap")
def test_publishing_holds_no_list_of_every_file(
    tmp_path: Path, live_at_publishing: list[tuple[str, int, int, int]]
) -> None:
    """A first merge, then one that reads the earlier manifest: every file rebuilt (titles
    changed), a tenth of the events gone (their files removed)."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    out = tmp_path / "out"
    data = events_csv(tmp_path / "events.csv", RECORDS)
    code, text = merge(kit, data, out, "--jobs", "2")
    assert code == 0, text
    fewer = RECORDS - RECORDS // 10
    lines = data.read_text(encoding="utf-8").splitlines()[: fewer + 1]
    data.write_text("\n".join(lines).replace(",Walk ", ",Run ") + "\n", encoding="utf-8")
    code, text = merge(kit, data, out, "--jobs", "2")
    assert code == 0, text
    assert f"built {fewer} print PDF(s)" in text
    assert f"removed {RECORDS // 10} stale" in text
    where = [w for w, *_ in live_at_publishing]
    assert where == ["gallery", "manifest", "journal", "journal"] * 2
    # an entry, a step, a job at a time (none here), not one per file or record (the code
    # that held them: 600 entries, 302 steps, 300 jobs)
    assert max(files for _, files, _, _ in live_at_publishing) <= 2
    assert max(steps for _, _, steps, _ in live_at_publishing) <= 2
    assert max(jobs for *_, jobs in live_at_publishing) <= 2


def write_events(path: Path, rows: list[str]) -> Path:
    path.write_text("event_id,language,title,date,venue\n" + "\n".join(rows) + "\n")
    return path


@pytest.mark.usefixtures("cheap")
def test_an_incremental_merge_publishes_what_the_whole_list_functions_give(
    tmp_path: Path,
) -> None:
    """Against the functions that hold every entry (manifest_text, gallery_whole) and the
    merge of the earlier manifest as it was done on lists: earlier entries kept (unchanged
    events), rebuilt (a title changed), stale (an event gone, a language dropped), and kept
    for a refused row (a bad date); new events too."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES).resolve()
    out = tmp_path / "out"
    first = [f'ev-{i:02d},"en,ar",Walk {i},2024-07-30,Park' for i in range(12)]
    second = [
        *first[:3],  # kept
        'ev-03,"en,ar",Run 3,2024-07-30,Park',  # rebuilt
        "ev-04,en,Walk 4,2024-07-30,Park",  # ar stale
        f'ev-05,"en,ar",Walk 5,{BAD_DATE},Park',  # refused: kept
        *first[6:9],  # ev-09 to ev-11 gone: stale
        *[f"ev-{i:02d},ar,New {i},2024-07-30,Park" for i in (12, 13)],  # new
    ]
    loaded = cached_kit(kit)
    results = []
    for rows in (first, second):
        errs = Collector()
        table = read_table(write_events(tmp_path / "events.csv", rows), errs)
        records = check_events(table, loaded, errs)
        opts = Options(out, None, ("boxes",), jobs=1, digital=False, png=False, records=records)
        earlier = read_manifest(out)
        result = build(kit, opts)
        results.append(result)
    assert records.refused == {"ev-05"}
    built = [f for r in result.jobs if r.status == "done" for f in r.files]
    assert sorted(f.record for f in built) == ["ev-03", "ev-03", "ev-04", "ev-12", "ev-13"]
    jobs = full_plan(loaded, list(renditions.RENDITIONS))
    jobs |= {k.id for k in record_plan(loaded, ("boxes",), records, list(renditions.RENDITIONS))}
    fresh, rebuilt = {f.path for f in built}, {f.job for f in built}
    kept, stale = [], []
    for f in earlier:  # output.merge_manifest before it streamed
        if f.path in fresh:
            continue
        if f.job in rebuilt or not (f.job in jobs or f.record in records.refused):
            stale.append(f)
        else:
            kept.append(f)
    listed = sorted(kept + built, key=lambda f: f.path)
    assert {f.record for f in kept} == {
        "ev-00",
        "ev-01",
        "ev-02",
        "ev-05",
        "ev-06",
        "ev-07",
        "ev-08",
    }
    assert sorted(f.path for f in stale) == sorted(result.removed)
    assert len(result.removed) == 7  # ev-04 ar, ev-09 to ev-11 en and ar
    assert list(result.files) == listed
    assert result.files == listed
    text = (out / "manifest.json").read_text(encoding="utf-8")
    assert text == manifest_text(listed, json.loads(text)["build"])
    title = f"{loaded.campaign.name} {loaded.campaign.year}"
    names, source = KitNames(loaded.languages), loaded.campaign.source_language
    page = gallery_whole(listed, title, names, source)  # with the kit's names and drafts
    assert (out / "index.html").read_text(encoding="utf-8") == page
    assert sorted(output_tree(out)) == sorted(
        [*(f.path for f in listed), "index.html", "manifest.json"]
    )


def test_a_build_and_a_merge_in_one_folder_keep_each_others_files(tmp_path: Path) -> None:
    """A build cannot tell whether a merge's rows are gone: it keeps the merge's files (it
    deleted them as stale). A merge keeps a build's, and deletes the files of its own rows
    that are gone."""
    kit, out = mini_copy(tmp_path / "kit", EVENT_BOXES), tmp_path / "out"
    code, text = merge(kit, events_csv(tmp_path / "three.csv", 3), out)
    assert code == 0, text
    merged = {p for p in output_tree(out) if p.startswith("boxes/")}
    assert len(merged) == 3
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "text", "--lang", "en")
    assert code == 0, text
    assert "removed" not in text
    files = output_tree(out)
    assert merged <= set(files)
    built = {p for p in files if p.startswith("text/")}
    assert built
    listed = {f["path"] for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert merged | built <= listed
    code, text = merge(kit, events_csv(tmp_path / "three.csv", 2), out)  # a row gone from it
    assert code == 0, text
    files = output_tree(out)
    assert built <= set(files)
    assert len({p for p in files if p.startswith("boxes/")}) == 2


def test_units_go_to_the_workers_one_at_a_time_for_a_few_and_in_batches_for_many() -> None:
    """A kit's 18 pages one by one (each worker gets its share to the end); a merge's
    records in batches of up to MAX_BATCH, at least 16 a worker; every unit once, in
    order."""
    assert execute.batch_size(18, 2) == 1
    assert execute.batch_size(63, 2) == 1
    assert execute.batch_size(100, 2) == 3
    assert execute.batch_size(10_000, 2) == execute.MAX_BATCH == 8
    assert execute.batch_size(10_000, 1) == 8
    units = iter(range(7))
    assert list(execute._batches(units, 3)) == [[0, 1, 2], [3, 4, 5], [6]]  # type: ignore[arg-type]
    assert list(execute._batches(iter(()), 3)) == []


def test_the_checked_records_keep_their_keys_and_digest(tmp_path: Path) -> None:
    """The ids and languages the check keeps (the passes that only list a merge's jobs read
    them), and the digest it makes (the build's stamp), are those of the records made again
    from the rows: the refused rows (a bad date, an id on two rows, in other capitals: both
    rows refused, the first after it was made) are in neither, and the order is the
    rows'."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    rows = [
        'ev-00,"en,ar",Walk 0,2024-07-30,Park',
        f"ev-01,en,Walk 1,{BAD_DATE},Park",  # refused
        "ev-02,ar,Walk 2,2024-07-30,Park",
        "EV-00,en,Again,2024-07-30,Park",  # the id of row 2 again: both refused
        "ev-03,en,Walk 3,2024-07-30,Park",
    ]
    errs = Collector()
    table = read_table(write_events(tmp_path / "events.csv", rows), errs)
    records = check_events(table, cached_kit(kit), errs)
    made = list(records)  # each record made again from its row
    assert [r.id for r in made] == ["ev-02", "ev-03"]
    assert [tuple(k) for k in records.keys()] == [("ev-02", ("ar",)), ("ev-03", ("en",))]
    assert len(records) == 2
    assert [r.row for r in records.refused_rows] == [2, 3, 5]
    ((count, mark),) = records.days.values()  # ev-02's and ev-03's day, ev-02's the first
    assert (count, mark.line if mark else None) == (2, 4)
    again = RecordsDigest()
    for record in made:
        again.add(record)
    assert records.digest == again.hexdigest()
    assert settings_of(records) == settings_of(made)  # the stamp: one digest either way
    changed = [dataclasses.replace(made[0], id="ev-09"), *made[1:]]
    assert settings_of(changed) != settings_of(made)


def settings_of(records: Any) -> object:
    from campaign.pipeline.incremental import settings

    opts = Options(Path("out"), None, ("boxes",), records=records)
    return settings(opts)["records"]
