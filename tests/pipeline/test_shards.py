"""`--shard K/N` splits a build by document, the same way on every machine, and `manifest
merge` joins the shards' folders into the folder one build of everything writes, byte for
byte (files, manifest.json and index.html)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.pipeline.api import check
from campaign.pipeline.jobs import doc_key, documents, in_shard, shard_of

from ..kits import build, cli, mini_copy


def tree(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_shards_joined_are_the_whole_build_byte_for_byte(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    whole = build(kit, tmp_path / "whole", "--png-ppi", "20", "--jobs", "1")
    shards = [
        build(kit, tmp_path / f"shard-{k}", "--png-ppi", "20", "--jobs", "1", "--shard", f"{k}/3")
        for k in (1, 2, 3)
    ]
    parts = [set(tree(s)) - {"manifest.json", "index.html"} for s in shards]
    assert all(parts)  # every shard has documents (10 documents in 3 shards)
    assert sum(map(len, parts)) == len(set().union(*parts))  # no file in two shards
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "joined")
    assert code == 0, text
    assert "the whole build's stamp" in text
    assert tree(tmp_path / "joined") == tree(whole)  # manifest.json and index.html too
    # and a build of everything into the joined folder has nothing to do
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "joined", "--png-ppi", "20")
    assert code == 0, text
    assert "skipped 30 unchanged job(s)" in text


def test_a_document_is_in_one_shard_whatever_else_is_planned(tmp_path: Path) -> None:
    kit, _, _ = check(mini_copy(tmp_path / "kit"), ("en",), ("text",))
    every = documents(kit, None, None)
    split = [in_shard(every, (k, 4)) for k in (1, 2, 3, 4)]
    assert sorted(doc_key(d) for part in split for d in part) == sorted(map(doc_key, every))
    # a document's shard depends on its key alone: not on the other documents or their order
    for k, part in enumerate(split, 1):
        for doc in part:
            assert shard_of(doc_key(doc), 4) == k
            assert in_shard([doc], (k, 4)) == [doc]
    assert shard_of(("poster-a3", "en", None, None), 8) == shard_of(
        ("poster-a3", "en", None, None), 8
    )


def test_shards_of_different_builds_do_not_join(tmp_path: Path) -> None:
    """Folders whose stamps are of other builds, or of other splits, or one shard twice, are
    refused by name before anything is written."""
    kit = mini_copy(tmp_path / "kit")

    def shard(name: str, *opts: str) -> Path:
        return build(kit, tmp_path / name, "--only", "text", "--lang", "en", "--jobs", "1", *opts)

    one = shard("one", "--png-ppi", "20", "--shard", "1/2")
    other = shard("other", "--png-ppi", "30", "--shard", "2/2")  # another PNG resolution
    split = shard("split", "--png-ppi", "20", "--shard", "2/3")
    cases = {
        (one, other): f"error[manifest.mismatch]: {other} is of another build than {one}: other "
        "kit files, code or options (its build fingerprint differs)\n"
        "  hint: build every shard from the same kit, code and options (languages, materials, "
        "offices, PNG resolution, digital PDFs, records)\n",
        (one, split): f"error[manifest.mismatch]: {split} is shard 2/3; the other shards are of "
        f"a split into 2 ({one} ...)\n"
        "  hint: join the shards of one split: the same N in every --shard K/N\n",
        (one, one): f"error[manifest.mismatch]: {one} and {one} are both shard 1/2\n"
        "  hint: give each shard's folder once\n",
    }
    for folders, message in cases.items():
        code, text = cli("manifest", "merge", "--kit", kit, *folders, "-o", tmp_path / "joined")
        assert (code, text) == (1, message + "1 error(s)\n")
        assert not (tmp_path / "joined").exists()


def test_the_odd_folder_is_named_not_the_others(tmp_path: Path) -> None:
    """Most folders are one build's shards: the one of another build (or split) is named, not
    the three that agree; a stamp whose shard is not K/N is named too."""
    kit = mini_copy(tmp_path / "kit")
    opts = ("--only", "text", "--lang", "en", "--jobs", "1")
    odd = build(kit, tmp_path / "odd", *opts, "--png-ppi", "30", "--shard", "1/3")
    good = [
        build(kit, tmp_path / f"s{k}", *opts, "--png-ppi", "20", "--shard", f"{k}/3")
        for k in (1, 2, 3)
    ]
    code, text = cli("manifest", "merge", "--kit", kit, odd, *good, "-o", tmp_path / "j")
    assert code == 1
    assert text.splitlines()[0] == (
        f"error[manifest.mismatch]: {odd} is of another build than {good[0]}: other kit "
        "files, code or options (its build fingerprint differs)"
    )
    assert text.count("error[") == 1
    manifest = good[2] / "manifest.json"
    doc = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**doc, "build": {**doc["build"], "shard": "３/3"}}))
    code, text = cli("manifest", "merge", "--kit", kit, *good, "-o", tmp_path / "j")
    assert code == 1
    assert text == (
        f"error[manifest.mismatch]: {good[2]}'s manifest names its shard '３/3', which is not "
        "K/N\n  hint: build that shard again\n1 error(s)\n"
    )


def test_a_folder_without_a_stamp_is_joined_with_a_warning(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    opts = ("--only", "text", "--png-ppi", "20", "--jobs", "1")
    shards = [build(kit, tmp_path / f"s{k}", *opts, "--shard", f"{k}/2") for k in (1, 2)]
    manifest = shards[1] / "manifest.json"
    doc = json.loads(manifest.read_text())
    del doc["build"]  # as a build in which a job failed writes it
    manifest.write_text(json.dumps(doc))
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "j")
    assert code == 0, text
    assert text.startswith(
        f"warning[manifest.partial]: {shards[1]} has no build stamp (a job of its build failed, "
        "or it was not made by a build): its files are joined unchecked, and the joined "
        "manifest has none\n"
        "warning[manifest.partial]: no folder with a stamp is shard 2/2: an unstamped folder "
        "may hold its documents; the joined manifest has no build stamp\n"
        "  hint: build that shard again: a build in which every job succeeds is stamped\n"
        "2 warning(s)\n"
    ), text


def test_some_shards_join_without_the_whole_builds_stamp(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    first = build(kit, tmp_path / "s1", "--png-ppi", "20", "--only", "text", "--shard", "1/3")
    code, text = cli("manifest", "merge", "--kit", kit, first, "-o", tmp_path / "joined")
    assert code == 0, text
    assert text.startswith(
        "warning[manifest.partial]: shard(s) 2/3, 3/3 not given: their documents are not in "
        "the joined folder, and its manifest has no build stamp\n"
        "  hint: join every shard's folder (an empty shard has one too) for the whole build\n"
        "1 warning(s)\n"
    ), text
    assert "no build stamp; manifest:" in text
    assert "build" not in json.loads((tmp_path / "joined/manifest.json").read_text())


def test_empty_shards_join_into_the_whole_build(tmp_path: Path) -> None:
    """One document in four shards: three shards are empty, each with its manifest and
    stamp, and the four join into the folder one build writes."""
    kit = mini_copy(tmp_path / "kit")
    opts = ("--only", "text", "--lang", "en", "--png-ppi", "20", "--jobs", "1")
    whole = build(kit, tmp_path / "whole", *opts)
    shards = [build(kit, tmp_path / f"e{k}", *opts, "--shard", f"{k}/4") for k in (1, 2, 3, 4)]
    empty = [s for s in shards if not json.loads((s / "manifest.json").read_text())["files"]]
    assert len(empty) == 3
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "joined")
    assert code == 0, text
    assert "the whole build's stamp" in text
    assert tree(tmp_path / "joined") == tree(whole)


def test_joining_again_into_a_shards_folder_keeps_the_whole_builds_stamp(tmp_path: Path) -> None:
    """A retried join into one of the shards' folders: that folder now holds the whole build,
    which stands for every shard; the second join changes nothing."""
    kit = mini_copy(tmp_path / "kit")
    opts = ("--only", "text", "--png-ppi", "20", "--jobs", "1")
    whole = build(kit, tmp_path / "whole", *opts)
    shards = [build(kit, tmp_path / f"s{k}", *opts, "--shard", f"{k}/2") for k in (1, 2)]
    for _ in range(2):
        code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", shards[0])
        assert code == 0, text
        assert "the whole build's stamp" in text
        assert tree(shards[0]) == tree(whole)


def test_a_merge_that_fails_leaves_the_joined_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`manifest merge` publishes as a build does: all or nothing. A copy that fails (a full
    disk) or a failure while files move leaves the folder byte for byte as it was."""
    kit = mini_copy(tmp_path / "kit")
    one = build(kit, tmp_path / "one", "--only", "boxes", "--png-ppi", "20", "--jobs", "1")
    joined = tmp_path / "joined"
    code, text = cli("manifest", "merge", "--kit", kit, one, "-o", joined)
    assert code == 0, text
    before = tree(joined)
    shards = [
        build(kit, tmp_path / f"shard-{k}", "--png-ppi", "20", "--jobs", "1", "--shard", f"{k}/2")
        for k in (1, 2)
    ]
    real_copy, real_replace = shutil.copyfile, os.replace
    copies: list[str] = []

    def full_disk(src: object, dst: object, *a: object, **k: object) -> object:
        copies.append(str(dst))
        if len(copies) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(src, dst, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", joined)
    assert code == 1
    assert re.fullmatch(
        r"error\[build\.output\]: no space left on device while copying \S+ \(into \S+\); "
        r"nothing was published; the previous output is unchanged\n"
        r"  hint: free space on its disk \(or in your quota\), or give -o a folder elsewhere; "
        r"then run the command again\n1 error\(s\)\n",
        text,
    ), text
    assert tree(joined) == before
    assert not list(joined.glob(".staging-*"))
    monkeypatch.setattr(shutil, "copyfile", real_copy)

    moves: list[str] = []

    def fails_late(src: object, dst: object) -> None:
        moves.append(str(dst))
        if len(moves) == 6:  # after the journal and some files have moved
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", fails_late)
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", joined)
    assert code == 1
    assert "cannot publish" in text
    assert tree(joined) == before
    monkeypatch.setattr(os, "replace", real_replace)
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", joined)
    assert code == 0, text
    assert tree(joined) != before


def test_files_of_the_joined_folder_that_no_shard_lists_are_named(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    opts = ("--png-ppi", "20", "--jobs", "1", "--lang", "en")
    out = build(kit, tmp_path / "out", *opts, "--only", "boxes", "--no-png", "--no-digital")
    shards = [
        build(kit, tmp_path / f"s{k}", *opts, "--only", "text", "--shard", f"{k}/2") for k in (1, 2)
    ]
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", out)
    assert code == 0, text
    assert text.startswith(
        f"warning[manifest.unlisted]: {out} held 1 file(s) that no shard lists "
        "(boxes/boxes-en.pdf): they stay on disk, but the joined manifest and gallery do not "
        "list them\n  hint: join into an empty folder or one of the shards' folders\n"
    ), text
    assert (out / "boxes/boxes-en.pdf").is_file()
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "fresh")
    assert "manifest.unlisted" not in text


def test_a_join_and_a_build_of_a_shards_folder_wait_for_each_other(tmp_path: Path) -> None:
    """`manifest merge` reads each shard's folder under its lock, to the end of the copies:
    a build publishing into one meanwhile changed the files its manifest listed. Each names
    the other, and nothing is written."""
    from campaign.diagnostics import DiagnosticsError
    from campaign.output import Staging
    from campaign.publishing import LOCK, BuildLock

    kit = mini_copy(tmp_path / "kit")
    shards = [
        build(kit, tmp_path / f"shard-{k}", "--png-ppi", "20", "--jobs", "1", "--shard", f"{k}/2")
        for k in (1, 2)
    ]
    joined = tmp_path / "joined"
    with Staging(shards[1]):  # a build is writing to the second shard's folder
        code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", joined)
    assert code == 1
    assert (
        f"error[package.busy]: a build is writing to {shards[1]}/ (pid {os.getpid()}); join it "
        "when the build is done"
    ) in text.splitlines(), text
    assert not joined.exists()
    assert not (shards[0] / LOCK).exists()  # the first shard's lock, taken, is let go
    with BuildLock(shards[0], shards[0], user="join"):
        with pytest.raises(DiagnosticsError) as caught, Staging(shards[0]):
            pass
    assert caught.value.diagnostics[0].message == (
        f"shards are being joined from {shards[0]}/ (pid {os.getpid()}); wait for it or use "
        "another -o"
    )
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", joined)
    assert code == 0, text
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", shards[0])  # into one
    assert code == 0, text


def test_strict_makes_a_missing_shard_fail_the_join(tmp_path: Path) -> None:
    """A join with a shard missing exits 0 with a warning (documented); a pipeline that must
    see it in the exit code asks --strict: the warning is an error, nothing is written."""
    kit = mini_copy(tmp_path / "kit")
    one = build(kit, tmp_path / "shard-1", "--png-ppi", "20", "--jobs", "1", "--shard", "1/2")
    code, text = cli("manifest", "merge", "--kit", kit, one, "-o", tmp_path / "j", "--strict")
    assert code == 1
    assert "error[manifest.partial]" in text, text
    assert not (tmp_path / "j").exists()
    code, text = cli("manifest", "merge", "--kit", kit, one, "-o", tmp_path / "j")
    assert code == 0, text
    assert "warning[manifest.partial]" in text


def test_a_shards_folder_a_killed_publish_left_is_recovered_under_its_lock(
    tmp_path: Path,
) -> None:
    """A publish killed in a shard's folder left its journal: the join finishes or rolls it
    back under the lock it holds of that folder (recovering under a second lock of the same
    folder refused the join, as busy with itself)."""
    import json

    from campaign.publishing import JOURNAL

    kit = mini_copy(tmp_path / "kit")
    shards = [
        build(kit, tmp_path / f"shard-{k}", "--png-ppi", "20", "--jobs", "1", "--shard", f"{k}/2")
        for k in (1, 2)
    ]
    journal = {"state": "pending", "staging": ".staging-1", "folders": [], "steps": []}
    (shards[1] / JOURNAL).write_text(json.dumps(journal), encoding="utf-8")
    code, text = cli("manifest", "merge", "--kit", kit, *shards, "-o", tmp_path / "joined")
    assert code == 0, text
    assert not (shards[1] / JOURNAL).exists()


def test_a_shard_warns_of_the_offices_whose_documents_it_makes(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`--office all --shard K/N` said every office's unfilled contact fields in every shard,
    whether it made any of that office's documents or not (8 shards: 56 warnings in a CI
    log; an accessibility team's trial). Each office is said by the shards that make its
    documents, and by one at least."""
    kit = kit_copy()
    said: list[set[str]] = []
    for k in (1, 2, 3):
        out = tmp_path / f"shard-{k}"
        code, text = cli(
            "build", "--kit", kit, "-o", out, "--office", "all", "--only", "badge-58",
            "--lang", "en", "--no-png", "--no-digital", "--jobs", "1", "--shard", f"{k}/3",
        )  # fmt: skip
        assert code == 0, text
        warned = set(
            re.findall(r"offices/([a-z-]+)\.yaml:\d+:\d+: warning\[office\.unfilled\]", text)
        )
        made = {p.parent.parent.name for p in out.rglob("badge-58-en-*.pdf")}
        assert warned == made, text
        said.append(warned)
    every = {p.stem for p in (kit / "materials/offices").glob("[!_]*.yaml")}
    assert set().union(*said) == every
    assert sum(map(len, said)) == len(every)  # each office in one shard


def test_shards_of_one_kit_at_two_paths_join(tmp_path: Path) -> None:
    """The kit copied to two folders, one reached through a link to its parent folder (as on
    another machine), each with a link in assets/ to a file of the kit in materials/ and one
    to a file beside the kit (out of it): the shards built from each join. Where the links
    lead was kept as absolute real paths (kitcache.kit_links, in the build's fingerprint):
    the shards of one build were of two builds (manifest.mismatch)."""
    from campaign.pipeline.kitcache import kit_links

    (tmp_path / "real").mkdir()
    (tmp_path / "b").symlink_to(tmp_path / "real")
    kits = []
    for parent in ("a", "b"):
        kit = mini_copy(tmp_path / parent / "kit", own_assets=True)
        (kit.parent / "shared.txt").write_text("shared\n", encoding="utf-8")
        (kit / "assets/extra").mkdir()
        (kit / "assets/extra/campaign.yaml").symlink_to("../../materials/campaign.yaml")
        (kit / "assets/extra/shared.txt").symlink_to("../../../shared.txt")
        kits.append(kit)
    links = {
        "assets/extra/campaign.yaml": "materials/campaign.yaml",
        "assets/extra/shared.txt": "outside",
    }
    assert [kit_links(kit) for kit in kits] == [links, links]
    opts = ("--only", "text", "--png-ppi", "20", "--jobs", "1")
    shards = [
        build(kit, tmp_path / f"s{k}", *opts, "--shard", f"{k}/2") for k, kit in enumerate(kits, 1)
    ]
    code, text = cli("manifest", "merge", "--kit", kits[0], *shards, "-o", tmp_path / "j")
    assert code == 0, text
    assert text.endswith(f"the whole build's stamp; manifest: {tmp_path / 'j'}/manifest.json\n")
