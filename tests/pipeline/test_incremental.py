"""Incremental builds (the default): a second identical build does nothing at all, an edit of
one string rebuilds only the jobs of its language whose bytes it changes, --force rebuilds
everything, and the result is byte for byte that of a clean build."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.pipeline import building
from campaign.pipeline.api import BuildResult, build
from campaign.pipeline.options import Options

from ..kits import mini_copy

LAYOUTS = ("badge", "boxes", "hearts", "marks", "text")
USES_WORD = ("badge", "text")  # the layouts that set the string 'word'


def opts(out: Path, **more: object) -> Options:
    return Options(out, png_ppi=20, jobs=1, **more)  # type: ignore[arg-type]


def stats(out: Path) -> dict[str, tuple[int, int]]:
    """Every file's (inode, mtime in ns): a file written again gets a new one of either."""
    return {
        p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def tree(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def rebuilt(result: BuildResult) -> set[tuple[str, str, str]]:
    return {
        (j.key.material, j.key.language, j.key.rendition) for j in result.jobs if j.status == "done"
    }


def test_a_second_identical_build_does_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    first = build(kit, opts(out))
    assert not first.failed
    before = stats(out)

    def no_kit(root: Path) -> None:
        raise AssertionError("a build with nothing to do reads no kit")

    monkeypatch.setattr(building, "cached_kit", no_kit)
    second = build(kit, opts(out))
    assert stats(out) == before  # nothing written, not even the manifest or index.html
    assert {j.status for j in second.jobs} == {"skipped"}
    assert len(second.jobs) == len(first.jobs) == 30  # 5 layouts x 2 languages x 3 renditions
    assert second.files == first.files


def test_one_string_rebuilds_its_languages_jobs_that_show_it(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(ar.read_text(encoding="utf-8").replace("word: قلب", "word: قلبي"), "utf-8")
    result = build(kit, opts(out))
    # only the documents that set the string, each rendition (the PDFs' build hash is of what
    # the document takes from the strings file, not of the whole file: issue 13)
    expected = {
        (m, "ar", r) for m in USES_WORD for r in ("print_pdf", "digital_pdf", "preview_png")
    }
    assert rebuilt(result) == expected
    assert sum(result.counts["skipped"].values()) == 30 - len(expected)
    clean = build(kit, opts(tmp_path / "clean"))
    assert tree(out) == tree(tmp_path / "clean")  # manifest.json and index.html too
    assert len(rebuilt(clean)) == 30


# the mini kit's marks page with the emblem, whose alternative text is the string emblem_alt
# (the digital PDF's tags carry it; no page shows it)
GROUND = "frame: {start: 0, top: 0, width: 80, height: 20}}\n"
EMBLEM = {
    "layouts/marks.yaml": (
        GROUND,
        GROUND + "  - {name: emblem, kind: svg, asset: heart-white.svg, alt: emblem_alt,\n"
        "     frame: {start: 34, top: 4, width: 12, height: 12}}\n",
    )
}


def test_a_comment_in_a_strings_file_rebuilds_nothing_and_its_status_the_pdfs(
    tmp_path: Path,
) -> None:
    """A comment changes no output; the review status is in every print PDF's slug (DRAFT),
    so marking a translation reviewed makes its PDFs again, and no PNG."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    ar = kit / "materials/strings/ar.yaml"
    text = ar.read_text(encoding="utf-8")
    ar.write_text("# checked by the office, 2026-12\n" + text, encoding="utf-8")
    assert rebuilt(build(kit, opts(out))) == set()
    ar.write_text(text.replace("status: draft", "status: reviewed"), encoding="utf-8")
    result = build(kit, opts(out))
    assert rebuilt(result) == {(m, "ar", r) for m in LAYOUTS for r in ("print_pdf", "digital_pdf")}
    build(kit, opts(tmp_path / "clean"))
    assert tree(out) == tree(tmp_path / "clean")


def test_an_alternative_text_rebuilds_the_pdfs_that_carry_it(tmp_path: Path) -> None:
    """An image's alternative text is in the digital PDF's tags, not on the page: the
    documents that show the emblem make their PDFs again (the print PDF's build hash covers
    it too), and no PNG."""
    kit, out = mini_copy(tmp_path / "kit", EMBLEM), tmp_path / "out"
    build(kit, opts(out))
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(ar.read_text(encoding="utf-8").replace("قلب أزرق", "قلب أزرق كبير"), "utf-8")
    result = build(kit, opts(out))
    assert rebuilt(result) == {("marks", "ar", "print_pdf"), ("marks", "ar", "digital_pdf")}
    build(kit, opts(tmp_path / "clean"))
    assert tree(out) == tree(tmp_path / "clean")


def test_the_source_languages_text_a_translation_lacks_is_its_input(tmp_path: Path) -> None:
    # ar has no 'emblem_alt': its marks page's digital PDF carries en's as the emblem's
    # alternative text (and its print PDF's build hash covers it)
    lacks = {"strings/ar.yaml": ("  emblem_alt: قلب أزرق\n", "")}
    kit = mini_copy(tmp_path / "kit", {**EMBLEM, **lacks})
    out = tmp_path / "out"
    build(kit, opts(out))
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text().replace("emblem_alt: Blue heart", "emblem_alt: A blue heart"))
    result = build(kit, opts(out))
    for lang in ("ar", "en"):
        assert {("marks", lang, r) for r in ("print_pdf", "digital_pdf")} <= rebuilt(result)
    assert not {m for m, _, _ in rebuilt(result)} - {"marks"}  # no other document shows it
    build(kit, opts(tmp_path / "clean"))
    assert tree(out) == tree(tmp_path / "clean")


def test_force_rebuilds_everything(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    before = tree(out)
    result = build(kit, opts(out, incremental=False))
    assert len(rebuilt(result)) == 30
    assert tree(out) == before


def test_an_output_changed_on_disk_is_made_again(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    before = tree(out)
    (out / "text/text-en.pdf").write_bytes(b"edited")  # not ours any more: made again
    result = build(kit, opts(out))
    assert rebuilt(result) == {("text", "en", "print_pdf")}
    assert tree(out) == before


def test_a_kit_file_no_job_reads_changes_the_stamp_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    before = stats(out)
    (kit / "materials/notes.txt").write_text("not read by the build")
    result = build(kit, opts(out))  # each job's fingerprint: all unchanged
    assert rebuilt(result) == set()
    after = stats(out)
    assert after.pop("manifest.json") != before.pop("manifest.json")  # the new stamp
    assert after == before  # index.html too
    monkeypatch.setattr(building, "cached_kit", None)  # and then there is nothing to do at all
    assert {j.status for j in build(kit, opts(out)).jobs} == {"skipped"}


def test_the_order_of_a_selection_is_not_another_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--lang AR,en` makes what `--lang en,ar` made (language tags are case-insensitive,
    BCP 47): nothing to do, nothing written."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    first = build(kit, opts(out, langs=("en", "ar"), only=("text", "boxes")))
    assert not first.failed
    assert first.manifest
    before = stats(out)
    monkeypatch.setattr(building, "cached_kit", None)  # nothing to do: the kit is not even read
    again = build(kit, opts(out, langs=("AR", "en", "ar"), only=("boxes", "text")))
    assert {j.status for j in again.jobs} == {"skipped"}
    assert not again.manifest
    assert stats(out) == before


def test_a_build_that_writes_only_the_stamp_says_so(tmp_path: Path) -> None:
    from campaign.cli.build import summarise

    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out, only=("text",)))
    (kit / "materials/notes.txt").write_text("not read by the build")
    result = build(kit, opts(out, only=("text",)))  # each job unchanged; the stamp is new
    assert result.manifest
    assert summarise(result, out, 0.25) == (
        f"nothing rebuilt in {out}/: skipped 6 unchanged job(s) (2 document(s) kept) (0.2 s); "
        f"the manifest's build stamp is this build's now: {out}/manifest.json"
    )
    result = build(kit, opts(out, only=("text",)))
    assert not result.manifest
    assert summarise(result, out, 0.25) == (
        f"nothing to do in {out}/: skipped 6 unchanged job(s) (2 document(s) kept) (0.2 s); "
        f"manifest: {out}/manifest.json"
    )


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (
            b'{"files": [{"path": "te',
            "it is not JSON (line 1, column 21)",
        ),
        (b"\xff\xfe\x00", "it is not UTF-8 text"),
        (b'{"files": 7}', "it is JSON, but not a manifest: no list of files"),
    ],
)
def test_a_manifest_that_cannot_be_read_is_named_and_the_build_made_again(
    tmp_path: Path, content: bytes, why: str
) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out, only=("text",)))
    (out / "manifest.json").write_bytes(content)
    result = build(kit, opts(out, only=("text",)))
    assert [d.render() for d in result.diagnostics] == [
        f"{out}/manifest.json: warning[build.manifest]: {out}/manifest.json cannot be used, "
        f"{why}; every job is made again, and the files it listed that no job makes now stay "
        "in the folder\n  hint: to start clean, build into an empty folder"
    ]
    assert {j.status for j in result.jobs} == {"done"}
    again = build(kit, opts(out, only=("text",)))
    assert [d.code for d in again.diagnostics] == ["build.unread"]  # nothing to do
    assert {j.status for j in again.jobs} == {"skipped"}


@pytest.mark.parametrize(
    ("field", "value"),
    [("path", 5), ("path", None), ("path", ""), ("sha256", 7), ("pages", "2"), ("bytes", True),
     ("trim_mm", ["a", 2]), ("record", 3), ("extra", [])],
)  # fmt: skip
def test_a_manifest_entry_edited_into_another_type_is_no_entry(
    tmp_path: Path, field: str, value: object
) -> None:
    """An entry whose field is not of its type is not read as an entry (a path of 5 stopped
    the build on an internal error): its job is made again, the others are skipped."""
    import json

    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out, only=("text",)))
    doc = json.loads((out / "manifest.json").read_text())
    doc["files"][1][field] = value
    (out / "manifest.json").write_text(json.dumps(doc))
    result = build(kit, opts(out, only=("text",)))
    assert not result.failed
    assert sum(j.status == "done" for j in result.jobs) == 1
    assert {j.status for j in build(kit, opts(out, only=("text",))).jobs} == {"skipped"}


def test_a_build_with_work_walks_the_manifest_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp's walk also tells whether the manifest reads (output.manifest_problem asks
    manifest_reader.walkable); a manifest changed since is walked again."""
    from campaign import manifest_reader

    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out, only=("text",)))
    walks: list[Path] = []
    real = manifest_reader._head

    def counted(f: object) -> object:
        walks.append(Path(f.name))  # type: ignore[attr-defined]
        return real(f)  # type: ignore[arg-type]

    monkeypatch.setattr(manifest_reader, "_head", counted)
    second = build(kit, opts(out, only=("text", "badge")))  # another stamp: work to do
    assert rebuilt(second)
    assert walks == [out / "manifest.json"]
    (out / "manifest.json").write_text("{", encoding="utf-8")
    assert not manifest_reader.walkable(out / "manifest.json")
    assert len(walks) == 2


def test_an_edited_press_file_rebuilds_its_badges(tmp_path: Path) -> None:
    """A badge's press (materials/presses/<id>.yaml) sizes its cut circle: an edited cut
    was skipped as unchanged, and the manifest kept the old circle, which `sheet` imposes."""
    edits = {"layouts/badge.yaml": ("badge: {face: 16, cut: 20, safe: 1.5}", "press: p16")}
    kit, out = mini_copy(tmp_path / "kit", edits), tmp_path / "out"
    press = kit / "materials/presses/p16.yaml"
    press.parent.mkdir()
    press.write_text("face: 16\ncut: 20\nsafe: 1.5\n", encoding="utf-8")
    first = build(kit, opts(out, only=("badge", "text")))
    assert not first.failed
    press.write_text("face: 16\ncut: 19\nsafe: 1.5\n", encoding="utf-8")
    second = build(kit, opts(out, only=("badge", "text")))
    assert rebuilt(second) == {
        ("badge", lang, r)
        for lang in ("en", "ar")
        for r in ("print_pdf", "digital_pdf", "preview_png")
    }
    cuts = {f.badge["cut_mm"] for f in second.files if f.material == "badge" and f.badge}
    assert cuts == {19}
    clean = tmp_path / "clean"
    build(kit, opts(clean, only=("badge", "text")))
    assert tree(out) == tree(clean)


def test_an_empty_source_date_epoch_is_no_date_and_no_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SOURCE_DATE_EPOCH="" means what unset means (the outputs are the same bytes): it was
    another build's stamp and every job's fingerprint, and so a full rebuild."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build(kit, opts(out))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    again = build(kit, opts(out))
    assert {j.status for j in again.jobs} == {"skipped"}


def test_a_comment_in_an_office_file_rebuilds_nothing(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """An office's file is an input by what it says (Office.content), not its bytes: a
    comment rebuilt every file of the office (their build hash covered the file's bytes). A
    field still rebuilds the documents that may print it (fingerprint.layout_fields), and
    the result is a clean build's."""
    kit, out = kit_copy(), tmp_path / "out"

    def office_build(target: Path) -> BuildResult:
        return build(
            kit,
            opts(target, langs=("en",), only=("badge-58", "poster-a3"), offices=("east-africa",)),
        )

    office_build(out)
    path = kit / "materials/offices/east-africa.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("languages: [", "# checked 2026-12\nlanguages: ["), "utf-8")
    assert rebuilt(office_build(out)) == set()
    path.write_text(text.replace('helpline: ""', 'helpline: "+254 711 222333"'), "utf-8")
    assert ("poster-a3", "en", "print_pdf") in rebuilt(office_build(out))
    office_build(tmp_path / "clean")
    assert tree(out) == tree(tmp_path / "clean")


def test_a_comment_or_a_language_in_campaign_yaml_rebuilds_nothing(tmp_path: Path) -> None:
    """campaign.yaml is an input by what it says but its `languages:` (Campaign.content), not
    its bytes: a comment in it rebuilt every file of the kit with new bytes (their build hash
    covered the file's bytes), and so did a language added to its list, which chooses the
    jobs and is in none of their bytes (a trial: 48 files of an office's build; `package`
    then left every imposed sheet out). A value still rebuilds, as a clean build makes it."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out, langs=("en",)))
    before = tree(out)
    path = kit / "materials/campaign.yaml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("languages: [en, ar]", "# checked 2026-12\nlanguages: [en]")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    assert rebuilt(build(kit, opts(out, langs=("en",)))) == set()
    after = tree(out)
    assert after.pop("manifest.json") != before.pop("manifest.json")  # the kit's state
    assert after == before
    path.write_text(edited.replace("year: 2024", "year: 2025"), encoding="utf-8")
    assert ("text", "en", "print_pdf") in rebuilt(build(kit, opts(out, langs=("en",))))
    build(kit, opts(tmp_path / "clean", langs=("en",)))
    assert tree(out) == tree(tmp_path / "clean")


# the mini kit's text page in two more sizes, each with its own frame for the word
SIZES = (
    "min_type_pt: 3",
    "min_type_pt: 3\nsizes:\n"
    "  wide:\n    trim: [30, 20]\n    slots:\n"
    "      word: {frame: {start: 3, top: 3, width: 24, height: 14}}\n"
    "  tall:\n    trim: [20, 30]\n    slots:\n"
    "      word: {frame: {start: 3, top: 3, width: 14, height: 24}}\n",
)
TEXTS = ("text", "text-wide", "text-tall")


def test_a_sizes_entry_rebuilds_that_size_alone(tmp_path: Path) -> None:
    """A size's files are made from the design and its own entry under `sizes:`: an edit of
    the tall size's frame rewrote the wide size's files and the design's (the jobs'
    fingerprints and the build hash in their document IDs were of the whole layout file). An
    edit of the design still rebuilds every size, and the result is a clean build's."""
    kit, out = mini_copy(tmp_path / "kit", {"layouts/text.yaml": SIZES}), tmp_path / "out"
    first = build(kit, opts(out, only=TEXTS))
    assert not first.failed
    assert len(first.jobs) == 18  # 3 layouts x 2 languages x 3 renditions
    before, stat = tree(out), stats(out)
    path = kit / "materials/layouts/text.yaml"
    text = path.read_text(encoding="utf-8")
    tall = "width: 14, height: 24}}"
    path.write_text(text.replace(tall, "width: 14, height: 20}}"), "utf-8")
    second = build(kit, opts(out, only=TEXTS))
    assert {m for m, _, _ in rebuilt(second)} == {"text-tall"}
    assert len(rebuilt(second)) == 6
    others = [f for f in before if not f.startswith(("text-tall", "manifest", "index"))]
    assert len(others) == 12
    assert {f: tree(out)[f] for f in others} == {f: before[f] for f in others}
    assert {f: stats(out)[f] for f in others} == {f: stat[f] for f in others}
    assert tree(out).keys() == before.keys()
    build(kit, opts(tmp_path / "clean", only=TEXTS))
    assert tree(out) == tree(tmp_path / "clean")
    # the design's own lines: every size is made again
    design = path.read_text(encoding="utf-8").replace("size: 12, min", "size: 11, min")
    path.write_text(design, "utf-8")
    third = build(kit, opts(out, only=TEXTS))
    assert {m for m, _, _ in rebuilt(third)} == set(TEXTS)
    assert len(rebuilt(third)) == 18
    build(kit, opts(tmp_path / "clean2", only=TEXTS))
    assert tree(out) == tree(tmp_path / "clean2")


def test_a_comment_or_reformatting_in_a_layout_file_rebuilds_nothing(tmp_path: Path) -> None:
    """A layout file is an input by what it says (Layout.content), not its bytes, as a strings
    or an office's file is: a comment in poster-a3.yaml rebuilt its 78 jobs, every PDF with
    new bytes (their build hash covered the design's bytes; a CI engineer's trial). A value
    still rebuilds the layout's jobs, and the result is a clean build's."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    before = tree(out)
    path = kit / "materials/layouts/text.yaml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("title: Text\n", "# checked 2026-12\ntitle: 'Text'\n\n").replace(
        "bleed: 3", "bleed:   3  # mm"
    )
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    assert rebuilt(build(kit, opts(out))) == set()
    after = tree(out)
    assert after.pop("manifest.json") != before.pop("manifest.json")  # the kit's files
    assert after == before
    again = build(kit, opts(out))  # the stamp is this kit's now: nothing to do
    assert {j.status for j in again.jobs} == {"skipped"}
    assert tree(out) == {**before, "manifest.json": tree(out)["manifest.json"]}
    path.write_text(edited.replace("size: 12, min", "size: 11, min"), encoding="utf-8")
    assert {m for m, _, _ in rebuilt(build(kit, opts(out)))} == {"text"}
    build(kit, opts(tmp_path / "clean"))
    assert tree(out) == tree(tmp_path / "clean")


MONTHS = "months: [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]\n"


def test_month_names_rebuild_no_document_that_prints_no_merged_date(tmp_path: Path) -> None:
    """A language's `months:` print in a merged record's date alone (merge.record's
    event_date): adding them to a strings file rebuilt the language's badge and poster with
    new bytes (their fingerprint and build hash had them), and `package` called them
    outdated (an office's trial). A merged document's date still takes them (strings_digest's
    `dated`), and the result is a clean build's."""
    from campaign.kit.load import load_kit
    from campaign.pipeline.fingerprint import strings_digest

    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    build(kit, opts(out))
    before = tree(out)
    path = kit / "materials/strings/ar.yaml"
    path.write_text(path.read_text(encoding="utf-8") + MONTHS, encoding="utf-8")
    assert rebuilt(build(kit, opts(out))) == set()
    after = tree(out)
    assert after.pop("manifest.json") != before.pop("manifest.json")  # the kit's files
    assert after == before
    build(kit, opts(tmp_path / "clean"))
    clean = tree(tmp_path / "clean")
    assert clean.pop("manifest.json")
    assert clean == after
    edited = load_kit(kit).languages["ar"]
    assert edited.months[0] == "m1"
    plain = load_kit(mini_copy(tmp_path / "plain")).languages["ar"]
    loaded = load_kit(kit)
    assert strings_digest(loaded, edited, ["word"]) == strings_digest(loaded, plain, ["word"])
    assert strings_digest(loaded, edited, ["word"], dated=True) != strings_digest(
        loaded, plain, ["word"], dated=True
    )


def test_an_office_field_rebuilds_the_documents_that_may_print_it(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A document takes from its office's file the fields it may print (fingerprint.
    layout_fields) and the rest of what the file says: an edited helpline rebuilt every
    document of the office, the 25 mm badge's too, which prints no contact, its PDF with new
    bytes (its build hash), and `package` called it outdated (an office's trial). The poster
    that prints it is made again, and the result is a clean build's."""
    from campaign.kit.load import load_kit
    from campaign.output import iter_manifest, manifest_stamp
    from campaign.package.outdated import KitChanges

    kit, out = kit_copy(), tmp_path / "out"
    path = kit / "materials/offices/east-africa.yaml"
    text = path.read_text(encoding="utf-8").replace("names: {}", "names: {}\nsample: true")
    path.write_text(text, "utf-8")  # a made-up helpline's office is a sample's

    def office_build(target: Path) -> BuildResult:
        return build(
            kit,
            opts(target, langs=("en",), only=("badge-25mm", "poster-a3"), offices=("east-africa",)),
        )

    office_build(out)
    before = tree(out)
    path.write_text(text.replace('helpline: ""', 'helpline: "+000 711 222333"'), "utf-8")
    stamp, _ = manifest_stamp(out)
    assert stamp is not None
    changes = KitChanges(stamp, load_kit(kit))
    said = {f.material: changes.made_from(f) for f in iter_manifest(out) if f.variant == "print"}
    assert said == {"badge-25mm": [], "poster-a3": ["materials/offices/east-africa.yaml"]}
    assert {m for m, _, _ in rebuilt(office_build(out))} == {"poster-a3"}
    after = tree(out)
    badges = [name for name in before if "/badge-25mm/" in name]
    assert len(badges) == 3  # its print and digital PDFs and its preview
    assert {n: after[n] for n in badges} == {n: before[n] for n in badges}
    office_build(tmp_path / "clean")
    assert tree(out) == tree(tmp_path / "clean")


def test_a_layouts_paper_is_in_its_documents_fingerprint(tmp_path: Path) -> None:
    """A layout's `paper:` decides the bleed of a piece of no paper family for an office's
    paper (papers.piece_bleed): `paper: us` added to the sticker kept its 3 mm files, where a
    clean build made them 1/8 in (a review). Its value is in what the documents take from
    the layout file (fingerprint.layout_bytes); a comment beside it is not."""
    from campaign.kit.load import load_kit
    from campaign.pipeline.fingerprint import layout_bytes

    def said(kit: Path) -> bytes:
        return layout_bytes(load_kit(kit).layouts["text"])

    plain = said(mini_copy(tmp_path / "plain"))
    us = said(
        mini_copy(tmp_path / "us", {"layouts/text.yaml": ("bleed: 3", "paper: us\nbleed: 3")})
    )
    noted = said(
        mini_copy(
            tmp_path / "noted", {"layouts/text.yaml": ("bleed: 3", "paper: us  # US\nbleed: 3")}
        )
    )
    assert us != plain
    assert noted == us


def test_a_languages_own_office_value_rebuilds_that_languages_documents_alone(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A document in one language prints the office's shared values and that language's own
    (`fields_by_language:`, resolve.Layer.get): a Swahili website added rebuilt the English
    poster too, with new bytes (its build hash), and `package` called it outdated (a
    review). The Swahili poster is made again, and the result is a clean build's."""
    from campaign.kit.load import load_kit
    from campaign.output import iter_manifest, manifest_stamp
    from campaign.package.outdated import KitChanges

    kit, out = kit_copy(), tmp_path / "out"
    path = kit / "materials/offices/east-africa.yaml"
    text = path.read_text(encoding="utf-8").replace("names: {}", "names: {}\nsample: true")
    path.write_text(text, "utf-8")  # a made-up website's office is a sample's

    def office_build(target: Path) -> BuildResult:
        return build(
            kit, opts(target, langs=("en", "sw"), only=("poster-a3",), offices=("east-africa",))
        )

    office_build(out)
    before = tree(out)
    own = "fields_by_language:\n  sw: {website: example.org/sw}\n"
    path.write_text(text.replace("fields_by_language: {}\n", own), "utf-8")
    stamp, _ = manifest_stamp(out)
    assert stamp is not None
    changes = KitChanges(stamp, load_kit(kit))
    said = {f.language: changes.made_from(f) for f in iter_manifest(out) if f.variant == "print"}
    assert said == {"en": [], "sw": ["materials/offices/east-africa.yaml"]}
    assert rebuilt(office_build(out)) == {
        ("poster-a3", "sw", rendition) for rendition in ("print_pdf", "digital_pdf", "preview_png")
    }
    after = tree(out)
    english = [name for name in before if "-en-" in name]
    assert len(english) == 3
    assert {n: after[n] for n in english} == {n: before[n] for n in english}
    office_build(tmp_path / "clean")
    assert tree(out) == tree(tmp_path / "clean")
