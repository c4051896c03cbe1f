"""Publishing reads and writes its long texts one entry at a time: the earlier manifest
(`manifest_reader`, `output.iter_manifest`, `output.same_stamp`), the gallery (`gallery_chunks`) and the journal
(`Journal.chunks`). Each gives what the whole-text functions give, byte for byte or entry for
entry, whatever the manifest's layout and wherever a read ends."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from campaign import manifest_reader
from campaign.output import (
    MANIFEST,
    OutputFile,
    Staging,
    iter_manifest,
    manifest_doc,
    manifest_text,
    read_build_manifest,
    read_manifest,
    same_stamp,
)
from campaign.pipeline import incremental
from campaign.publishing import Journal, Step
from campaign.serve.static_gallery import gallery_chunks
from campaign.spool import Spool, sorted_spool
from tests.gallery_whole import gallery_whole

from .test_output import entry

STAMP = {"fingerprint": "f" * 64, "shard": None, "jobs": [["a", "en", None, None, "print_pdf"]]}


def entries() -> list[OutputFile]:
    """Files of several documents, offices, records and pages; names in several scripts."""
    out = [
        entry("a/a-en.pdf", b"1", material="a"),
        entry("a/a-en-digital.pdf", b"2", material="a", variant="digital"),
        entry("a/a-en-preview-back.png", b"3", material="a", format="png", variant="screen",
              page="back"),
        entry("a/a-en-preview-front.png", b"4", material="a", format="png", variant="screen",
              page="front"),
        entry("a/a-en-social.png", b"5", material="a", format="png", variant="social", page=""),
        entry("a/a-ar.pdf", b"6", material="a", language="ar", extra={"note": "عربي \"q\""}),
        entry("lyon/a/a-fr-lyon.pdf", b"7", material="a", language="fr", office="lyon"),
        entry("b/b-en-ev-2.pdf", b"8", material="b", record="ev-2", badge={"cut_mm": 58.0}),
        entry("b/b-en-ev-10.pdf", b"9", material="b", record="ev-10"),
        entry("b/b-zh-\u6d3b\u52a8.pdf", b"10", material="b", language="zh", record="\u6d3b\u52a8"),
        entry("c/c-en.pdf", b"11", material="c", rendition="print_pdf", fingerprint="0" * 64),
    ]  # fmt: skip
    return sorted(out, key=lambda f: f.path)


def write(out: Path, text: str) -> Path:
    out.mkdir(exist_ok=True)
    (out / MANIFEST).write_text(text, encoding="utf-8")
    return out


@pytest.mark.parametrize("build", [STAMP, None])
@pytest.mark.parametrize("count", [0, 1, 11])
@pytest.mark.parametrize("chunk", [3, 64, 1 << 16])
def test_a_manifest_we_wrote_is_read_entry_by_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: dict | None, count: int, chunk: int
) -> None:
    """Whatever the size of a read (3 characters: every entry, every mark straddles reads)."""
    monkeypatch.setattr(manifest_reader, "CHUNK", chunk)
    files = entries()[:count]
    out = write(tmp_path / "out", manifest_text(files, build))
    head = manifest_reader.head(out / MANIFEST)
    summary = None if build is None else manifest_reader.summarised(build)
    assert head == manifest_doc([], summary)
    if build is not None:
        assert head["build"]["jobs"] == manifest_reader.Jobs.of(STAMP["jobs"])
    assert list(iter_manifest(out)) == files == read_manifest(out)
    assert read_build_manifest(out)[0] == build
    assert same_stamp(out, STAMP) == (build == STAMP)
    assert not same_stamp(out, {**STAMP, "jobs": [*STAMP["jobs"], ["b", "en", None, None, "x"]]})


def hand_edited() -> dict[str, str]:
    files = [asdict(f) for f in entries()]
    doc = {"generator": "someone", "build": STAMP, "files": files}
    ours = manifest_text(entries(), STAMP)
    return {
        "compact": json.dumps(doc),
        "files first": json.dumps({"files": files, "build": STAMP}, indent=2),
        "unsorted, one bad entry": json.dumps(
            {**doc, "files": [files[3], {"path": "x"}, 7, files[0], files[3]]}, indent=2
        ),
        "four spaces": json.dumps(doc, indent=4),
        "tabs": ours.replace("  ", "\t"),
        "a key after the files": ours.rstrip()[:-1] + ',\n  "later": 1\n}\n',
        "files twice": ours.replace("{\n", '{\n  "files": [],\n', 1),
    }


@pytest.mark.parametrize("name", list(hand_edited()))
def test_a_manifest_in_another_layout_gives_the_same_entries(tmp_path: Path, name: str) -> None:
    """Only a key twice (json.loads keeps the later one): every other layout is walked."""
    out = write(tmp_path / "out", hand_edited()[name])
    assert (manifest_reader.head(out / MANIFEST) is None) == (name == "files twice")
    assert list(iter_manifest(out)) == read_manifest(out)
    assert same_stamp(out, STAMP) == (read_build_manifest(out)[0] == STAMP)
    if name.startswith("unsorted"):
        assert [f.path for f in iter_manifest(out)] == [entries()[i].path for i in (3, 0, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        "null",
        '{\n  "files": null\n}\n',
        '{\n  "files": [\n    {"path": 1}\n',  # cut short
        '{\n  "files": [\n    {},\n  ]\n}\n',  # a comma too many
        '{\n  "files": []\n}\n}',  # more after the end
        '\ufeff{\n  "files": []\n}\n',  # a byte order mark: json.loads refuses it
    ],
)
def test_a_manifest_that_does_not_parse_has_no_entries_as_before(tmp_path: Path, text: str) -> None:
    out = write(tmp_path / "out", text)
    assert manifest_reader.head(out / MANIFEST) is None
    assert list(iter_manifest(out)) == read_manifest(out) == []
    assert not same_stamp(out, STAMP)


def test_a_cut_manifest_is_not_read_in_part(tmp_path: Path) -> None:
    """Every entry parses but the list does not end: none is read (json.loads refuses it)."""
    text = manifest_text(entries(), STAMP)
    for end in (len(text) - 2, len(text) - 5, text.rindex("}", 0, len(text) - 5) + 1):
        out = write(tmp_path / f"out-{end}", text[:end])
        assert list(iter_manifest(out)) == read_manifest(out) == [], end


def test_a_missing_manifest_has_no_entries(tmp_path: Path) -> None:
    assert list(iter_manifest(tmp_path)) == []
    assert not same_stamp(tmp_path, STAMP)


@pytest.mark.parametrize("count", [0, 1, 11])
def test_the_gallery_in_pieces_is_the_whole_gallery(count: int) -> None:
    files = entries()[:count]
    for order in (files, files[::-1]):  # gallery_whole keeps the order files come in per document
        assert "".join(gallery_chunks(order, "Walk <2024>")) == gallery_whole(order, "Walk <2024>")


def test_the_gallery_in_pieces_orders_documents_as_python_does() -> None:
    """Keys that SQLite and Python could order differently: case, digits, non-ASCII, empty."""
    names = ["B", "a", "10", "9", "é", "z", "\u6d3b", "\U0001f600", "a-b", "a b"]
    files = [
        replace(entries()[0], path=f"{n}/{n}-en.pdf", material=n, record=r or None)
        for n in names
        for r in ("", *names[:3])
    ]
    assert "".join(gallery_chunks(files)) == gallery_whole(files)


@pytest.mark.parametrize("steps", [[], [Step('a/ü "x".pdf', True, False), Step("b", False, True)]])
def test_the_journal_in_pieces_is_the_journal_json_dump_wrote(steps: list[Step]) -> None:
    journal = Journal("pending", ".staging-1", ("a", "a/b"), tuple(steps))
    assert "".join(journal.chunks()) == json.dumps(asdict(journal), indent=1)
    spooled = replace(journal, steps=Spool(steps))
    assert "".join(spooled.chunks()) == json.dumps(asdict(journal), indent=1)


def test_a_spool_reads_back_what_was_appended() -> None:
    items = [("x" * (i % 700), i) for i in range(3000)]  # blocks of several items, and one
    spool = Spool(items)
    assert len(spool) == 3000
    assert spool == items
    assert list(reversed(spool)) == items[::-1]
    assert (spool[0], spool[-1], spool[5:8]) == (items[0], items[-1], items[5:8])
    inner = iter(spool)
    assert [next(inner) for _ in range(3)] == [x for x, _ in zip(spool, range(3), strict=False)]
    with pytest.raises(IndexError):
        spool[3000]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_stamps_jobs_are_written_one_at_a_time_with_the_same_bytes(count: int) -> None:
    jobs = [["a", "en", None, f"r-{i}", "print_pdf"] for i in range(count)]
    build = {**STAMP, "jobs": jobs}
    whole = json.dumps(manifest_doc(entries(), build), indent=2, ensure_ascii=False) + "\n"
    assert manifest_text(entries(), build) == whole
    assert manifest_text(entries(), {**build, "jobs": Spool(jobs)}) == whole


def test_a_sorted_spool_is_sorted_as_python_sorts() -> None:
    """Equal keys keep their order; None as ""; case, digits and non-ASCII as Python orders."""
    names = ["B", "a", "10", "9", "é", "\u6d3b", "\U0001f600", "", "a b", "a-b"]
    jobs = [[m, lang, None if i % 2 else "o", r, str(i)] for i, (m, lang, r) in enumerate(
        (m, lang, r) for m in names for lang in names[:4] for r in names[::3]
    )]  # fmt: skip
    key = incremental.job_order
    twice = [*jobs[::-1], *[[*job[:4], "again"] for job in jobs[:5]]]
    assert sorted_spool(twice, lambda job: key(job)[:4]) == sorted(twice, key=lambda j: key(j)[:4])
    assert sorted_spool(jobs[::-1], key) == sorted(jobs[::-1], key=key)
    assert sorted_spool([], key) == []


def test_a_top_level_file_in_pieces_is_replaced_only_when_its_text_changes(tmp_path: Path) -> None:
    """As a text is (stage_top): the same pieces leave the published file as it is."""
    out = tmp_path / "out"

    def publish(text: str) -> None:
        with Staging(out) as staging:
            staging.publish([], extras=lambda files: {"index.html": iter([text[:3], text[3:]])})

    publish("gallery one\n")
    before = (out / "index.html").stat().st_ino
    publish("gallery one\n")
    assert (out / "index.html").stat().st_ino == before
    publish("gallery two\n")
    assert (out / "index.html").read_text(encoding="utf-8") == "gallery two\n"
    assert (out / "index.html").stat().st_ino != before
