"""Publishing without a build: the staging folder, the manifest (what it keeps, what goes, its
exact text) and which files are ours to delete, on hand-made entries in tmp_path."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.output import (
    MANIFEST,
    OutputFile,
    Published,
    Staging,
    manifest_doc,
    merge_manifest,
    named,
    read_manifest,
    remove_ours,
    same_bytes,
    unchanged,
)

META = {
    "material": "badge-58",
    "language": "en",
    "format": "pdf",
    "variant": "print",
    "trim_mm": (58.0, 58.0),
    "pages": 1,
}


def meta(**kw: object) -> dict[str, object]:
    return {**META, **kw}


def entry(path: str, data: bytes, **kw: object) -> OutputFile:
    """The manifest entry of a file holding `data`."""
    return OutputFile(
        path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), **meta(**kw)
    )


def manifest(out: Path) -> dict[str, Any]:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))


def test_the_staging_folder_is_inside_the_output_and_goes_on_exit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    beside = tmp_path / f".out.staging-{os.getpid()}"  # where older code staged
    (beside / "old").mkdir(parents=True)  # left by a killed build of this process id
    (out / f".staging-{os.getpid()}" / "old").mkdir(parents=True)
    with Staging(out) as staging:
        assert staging.dir == out / f".staging-{os.getpid()}"
        assert staging.out == out
        assert staging.dir.is_dir()
        assert list(staging.dir.iterdir()) == []
        assert not beside.exists()
    assert not staging.dir.exists()
    assert list(out.iterdir()) == []  # and the lock file


def test_an_output_folder_the_build_made_goes_when_nothing_is_published(
    tmp_path: Path,
) -> None:
    with Staging(tmp_path / "a" / "out"):
        assert (tmp_path / "a" / "out").is_dir()
    assert list(tmp_path.iterdir()) == []  # out/ and the parent it made


def test_an_output_folder_that_cannot_be_made_is_a_user_error(tmp_path: Path) -> None:
    parent = tmp_path / "file"
    parent.write_text("not a folder")
    with pytest.raises(DiagnosticsError) as caught, Staging(parent / "out"):
        pass
    (d,) = caught.value.diagnostics
    assert d.code == "build.output"
    assert d.message == f"cannot create the output folder {parent}/out (not a directory)"


def test_write_stages_the_file_and_describes_it(tmp_path: Path) -> None:
    with Staging(tmp_path / "out") as staging:
        f = staging.write("badge-58/badge-58-en.pdf", b"%PDF-1.6 x", meta())
        assert (staging.dir / "badge-58/badge-58-en.pdf").read_bytes() == b"%PDF-1.6 x"
        assert f == entry("badge-58/badge-58-en.pdf", b"%PDF-1.6 x")
        assert f.bytes == 10
        assert f.sha256 == hashlib.sha256(b"%PDF-1.6 x").hexdigest()


@pytest.mark.parametrize("rel", ["../escape.pdf", "a/../../escape.pdf", "/tmp/escape.pdf"])
def test_write_refuses_a_path_outside_the_staging_folder(tmp_path: Path, rel: str) -> None:
    with Staging(tmp_path / "out") as staging, pytest.raises(AssertionError) as caught:
        staging.write(rel, b"x", meta())
    assert str(caught.value) == f"output path escapes the output folder: {rel}"
    assert not (tmp_path / "escape.pdf").exists()


def test_publish_moves_the_files_and_writes_the_manifest_last(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Staging(out) as staging:
        b = staging.write("b/b-en.pdf", b"bb", meta(material="b"))
        a = staging.write("a/a-en.pdf", b"a", meta(material="a", extra={"note": "é"}))
        published = staging.publish([b, a])
        assert not (staging.dir / "a/a-en.pdf").exists()
    assert published.files == [a, b]  # sorted by path
    assert published.removed == []
    assert (out / "a/a-en.pdf").read_bytes() == b"a"
    assert (out / "b/b-en.pdf").read_bytes() == b"bb"
    text = (out / MANIFEST).read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert '\n  "generator": "Blue Heart campaign kit",\n  "files": [\n' in text  # indent 2
    assert '"note": "é"' in text  # not escaped
    assert json.loads(text) == json.loads(json.dumps(manifest_doc([a, b])))
    assert json.loads(json.dumps(manifest_doc([a]))) == {
        "generator": "Blue Heart campaign kit",
        "files": [
            {
                "path": "a/a-en.pdf",
                "material": "a",
                "language": "en",
                "format": "pdf",
                "variant": "print",
                "trim_mm": [58.0, 58.0],
                "pages": 1,
                "sha256": hashlib.sha256(b"a").hexdigest(),
                "bytes": 1,
                "badge": None,
                "extra": {"note": "é"},
                "rendition": "",
                "office": None,
                "record": None,
                "fingerprint": "",
                "page": None,
            }
        ],
    }


def publish(
    out: Path,
    files: dict[str, bytes],
    in_kit: Callable[[OutputFile], bool] | None = None,
    **kw: object,
) -> Published:
    """Stage `files` (path -> bytes) and publish them; `in_kit` as publish() takes it."""
    with Staging(out) as staging:
        made = [staging.write(p, d, meta(**kw)) for p, d in files.items()]
        if in_kit is None:
            return staging.publish(made)  # the default: every job is in the kit
        return staging.publish(made, in_kit)


def test_an_unchanged_rebuild_without_files_leaves_the_manifest_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, {"a/a-en.pdf": b"a"})
    (out / MANIFEST).write_text('{"files": [], "hand": "edited"}\n', encoding="utf-8")
    result = publish(out, {})
    assert result.files == []
    assert result.removed == []
    assert (out / MANIFEST).read_text(encoding="utf-8") == '{"files": [], "hand": "edited"}\n'


def test_publishing_nothing_into_an_empty_folder_still_writes_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, {})
    assert manifest(out) == {"generator": "Blue Heart campaign kit", "files": []}


def test_a_job_rebuilt_without_a_page_loses_that_pages_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    png = {"format": "png", "variant": "screen", "rendition": "preview_png"}
    publish(out, {"f/f-en-preview-front.png": b"1", "f/f-en-preview-back.png": b"2"}, **png)
    result = publish(out, {"f/f-en-preview-front.png": b"3"}, **png)
    assert result.removed == ["f/f-en-preview-back.png"]
    assert [f["path"] for f in manifest(out)["files"]] == ["f/f-en-preview-front.png"]
    assert (out / "f/f-en-preview-front.png").read_bytes() == b"3"
    assert not (out / "f/f-en-preview-back.png").exists()


def test_files_of_jobs_left_out_of_the_kit_go_others_stay(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, {"a/a-en.pdf": b"a"}, material="a")
    publish(out, {"b/b-en.pdf": b"b"}, material="b")
    (out / "mine.txt").write_text("not in the manifest")
    result = publish(out, {}, lambda f: f.material != "a")
    assert result.removed == ["a/a-en.pdf"]
    assert [f.path for f in result.files] == ["b/b-en.pdf"]
    assert not (out / "a").exists()  # the material's folder went with its last file
    assert (out / "b/b-en.pdf").read_bytes() == b"b"
    assert (out / "mine.txt").exists()
    assert [f["path"] for f in manifest(out)["files"]] == ["b/b-en.pdf"]


def test_a_file_changed_since_is_not_ours_to_delete(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, {"a/a-en.pdf": b"a"}, material="a")
    (out / "a/a-en.pdf").write_bytes(b"edited")
    result = publish(out, {}, lambda f: False)
    assert result.removed == []
    assert result.files == []
    assert (out / "a/a-en.pdf").read_bytes() == b"edited"
    assert manifest(out)["files"] == []


def test_merge_keeps_entries_of_jobs_that_did_not_run(tmp_path: Path) -> None:
    out = tmp_path
    (out / "a").mkdir()
    for name, data in (("a/a-en.pdf", b"a"), ("a/a-fr.pdf", b"f"), ("a/a-de.pdf", b"d")):
        (out / name).write_bytes(data)
    old = [
        entry("a/a-en.pdf", b"a", rendition="print_pdf"),
        entry("a/a-fr.pdf", b"f", language="fr", rendition="print_pdf"),
        entry("a/a-de.pdf", b"d", language="de", rendition="print_pdf"),
        entry("a/a-gone.pdf", b"g", language="xx", rendition="print_pdf"),  # file missing
    ]
    (out / MANIFEST).write_text(json.dumps(manifest_doc(old)), encoding="utf-8")
    new = [entry("a/a-en.pdf", b"A", rendition="print_pdf")]
    kept, stale = merge_manifest(out, new, lambda f: f.language != "de")
    assert kept == [new[0], old[1]]  # sorted by path: a-en, a-fr
    assert stale == [old[2]]


def test_merge_drops_files_a_rebuilt_job_no_longer_makes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/old-name.pdf").write_bytes(b"o")
    old = entry("a/old-name.pdf", b"o", rendition="print_pdf")
    (tmp_path / MANIFEST).write_text(json.dumps(manifest_doc([old])), encoding="utf-8")
    new = [entry("a/a-en.pdf", b"n", rendition="print_pdf")]
    assert merge_manifest(tmp_path, new, lambda f: True) == (new, [old])


@pytest.mark.parametrize(
    "text",
    [
        None,  # missing
        "not json",
        "[1, 2]",  # no "files"
        '{"files": 3}',
        '{"files": null}',
        '{"files": "ab"}',
        "\udcff",  # stands for bytes that are not UTF-8
    ],
    ids=[
        "missing",
        "not-json",
        "a-list",
        "files-a-number",
        "files-null",
        "files-text",
        "bad-bytes",
    ],
)
def test_an_unreadable_manifest_has_no_entries(tmp_path: Path, text: str | None) -> None:
    if text == "\udcff":
        (tmp_path / MANIFEST).write_bytes(b"\xff\xfe{")
    elif text is not None:
        (tmp_path / MANIFEST).write_text(text, encoding="utf-8")
    assert read_manifest(tmp_path) == []


def test_broken_entries_are_skipped_the_rest_read(tmp_path: Path) -> None:
    good = entry("a/a-en.pdf", b"a", badge={"diameter_mm": 58.0})
    written = json.loads(json.dumps(manifest_doc([good])))["files"][0]
    files = [
        {**written, "unknown": 1},  # a field this code does not know
        {"path": "x"},  # fields missing
        written,
        {k: v for k, v in written.items() if k != "trim_mm"},
    ]
    (tmp_path / MANIFEST).write_text(json.dumps({"files": files}), encoding="utf-8")
    (got,) = read_manifest(tmp_path)
    assert got == good
    assert got.trim_mm == (58.0, 58.0)  # a tuple again, as written


def test_unchanged_compares_size_and_hash(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    path = tmp_path / "a/a-en.pdf"
    path.write_bytes(b"abc")
    assert unchanged(tmp_path, entry("a/a-en.pdf", b"abc"))
    same_size = entry("a/a-en.pdf", b"abd")
    assert not unchanged(tmp_path, same_size)
    same_hash_other_size = OutputFile(
        path="a/a-en.pdf", sha256=hashlib.sha256(b"abc").hexdigest(), bytes=4, **meta()
    )
    assert not unchanged(tmp_path, same_hash_other_size)
    assert not unchanged(tmp_path, entry("a/missing.pdf", b""))
    assert not unchanged(tmp_path, entry("a", b""))  # a folder


def test_symlinks_and_files_outside_are_never_ours(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    outside = tmp_path / "precious.pdf"
    outside.write_bytes(b"abc")
    (out / "a/link.pdf").symlink_to(outside)
    assert not unchanged(out, entry("a/link.pdf", b"abc"))
    assert not remove_ours(out, entry("a/link.pdf", b"abc"))
    assert outside.read_bytes() == b"abc"
    (out / "b").symlink_to(tmp_path, target_is_directory=True)  # a folder pointing outside
    assert not unchanged(out, entry("b/precious.pdf", b"abc"))


def test_remove_ours_deletes_the_file_and_its_folder_once_empty(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for rel in ("a/1.pdf", "b/1.pdf", "b/2.pdf", "top.pdf"):
        (tmp_path / rel).write_bytes(rel.encode())
    assert remove_ours(tmp_path, entry("a/1.pdf", b"a/1.pdf"))
    assert not (tmp_path / "a").exists()
    assert remove_ours(tmp_path, entry("b/1.pdf", b"b/1.pdf"))
    assert (tmp_path / "b/2.pdf").exists()  # the folder stays while it holds files
    assert remove_ours(tmp_path, entry("top.pdf", b"top.pdf"))
    assert tmp_path.is_dir()
    assert not remove_ours(tmp_path, entry("b/2.pdf", b"changed"))
    assert (tmp_path / "b/2.pdf").exists()


@pytest.mark.parametrize(
    ("pattern", "variant", "page", "name"),
    [
        ("{event_id}-{lang}", "print", "", "r7-fr.pdf"),
        ("{template}_{event_id}", "digital", "", "flyer-a5_r7-digital.pdf"),
        ("{lang}", "screen", "back", "fr-preview-back.png"),
        ("x{event_id}", "social", "", "xr7-social.png"),
    ],
)
def test_a_merge_names_its_files_by_its_own_pattern(
    pattern: str, variant: str, page: str, name: str
) -> None:
    assert named(pattern, "flyer-a5", "fr", "r7", variant, page) == name


def test_an_output_folder_in_folders_not_made_yet_gets_them(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "out"
    with Staging(out) as staging:
        f = staging.write("a/a-en.pdf", b"a", meta(material="a"))
        staging.publish([f])
    assert (out / "a/a-en.pdf").read_bytes() == b"a"
    assert [p.name for p in out.parent.iterdir()] == ["out"]  # the staging folder is gone


def test_a_staging_folder_removed_meanwhile_is_no_error_on_exit(tmp_path: Path) -> None:
    with Staging(tmp_path / "out") as staging:
        staging.dir.rmdir()  # a cleaner or the user got there first
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("count", [0, 1, 3])
@pytest.mark.parametrize(
    "build",
    [
        None,
        {},
        {"fingerprint": "f", "jobs": [["a", None]]},
        {"files": [], "shard": {"files": []}},  # the manifest's own key inside the build's
        {"kit": "حملة القلب الأزرق", "note": "é\u2066x\u2069"},  # not ASCII: written as it is
    ],
)
def test_the_manifest_written_entry_by_entry_is_the_whole_documents_json(
    tmp_path: Path, count: int, build: dict[str, object] | None
) -> None:
    """A merge's manifest is staged entry by entry (output.manifest_chunks): its bytes are
    those of json.dumps of the whole document, as manifests were written before."""
    entries = [
        OutputFile(
            path=f"m/m-ar-é{i}.pdf",
            sha256="0" * 64,
            bytes=i,
            badge={"cut_mm": 58.0} if i == 1 else None,
            extra={"pages": [], "note": "line\nbreak ü", "nested": {"k": [1, {}]}},
            **meta(language="ar"),  # type: ignore[arg-type]
        )
        for i in range(count)
    ]
    expected = json.dumps(manifest_doc(entries, build), indent=2, ensure_ascii=False) + "\n"
    with Staging(tmp_path / "out") as staging:
        assert staging.stage_manifest(entries, build)
        assert (staging.dir / MANIFEST).read_text(encoding="utf-8") == expected
        (staging.out / MANIFEST).write_text(expected, encoding="utf-8")
        assert not staging.stage_manifest(entries, build)  # the same bytes: nothing staged
        assert not (staging.dir / MANIFEST).exists()
        (staging.out / MANIFEST).write_text(expected.replace("{", "["), encoding="utf-8")
        assert staging.stage_manifest(entries, build)  # the same size, other bytes: staged


def test_the_manifest_is_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a locale whose encoding is not UTF-8 (simulated: a text file opened without an
    encoding gets ASCII, as under a POSIX locale without Python's UTF-8 mode), the manifest
    of a file with an Arabic name is still written, in UTF-8."""
    real = Path.open

    def ascii_locale(self: Path, mode: str = "r", *args: Any, **kw: Any) -> Any:
        if "b" not in mode and kw.get("encoding") is None and len(args) < 2:
            kw["encoding"] = "ascii"
        return real(self, mode, *args, **kw)

    monkeypatch.setattr(Path, "open", ascii_locale)
    entries = [OutputFile(path="m/ملصق.pdf", sha256="0" * 64, bytes=1, **meta(language="ar"))]  # type: ignore[arg-type]
    with Staging(tmp_path / "out") as staging:
        assert staging.stage_manifest(entries, None)
        data = (staging.dir / MANIFEST).read_bytes()
    assert "m/ملصق.pdf".encode() in data


@pytest.mark.parametrize(
    ("change", "same"),
    [(None, True), (0, False), ((1 << 20) - 1, False), (1 << 20, False), (3 << 20, False)],
)
def test_same_bytes_compares_every_megabyte(tmp_path: Path, change: int | None, same: bool) -> None:
    """Two files of 3 MB + 1 byte, read a megabyte at a time: the same bytes, or one byte
    changed at the first, at either side of the first megabyte's end, or at the last."""
    data = bytes(range(256)) * (((3 << 20) + 1) // 256) + b"x" * (((3 << 20) + 1) % 256)
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(data)
    changed = bytearray(data)
    if change is not None:
        changed[change] ^= 0xFF
    b.write_bytes(bytes(changed))
    assert same_bytes(a, b) is same
    assert same_bytes(b, a) is same
