"""Output file names: they say what a file is, for which office and page, and no two files of a
build share one (a print shop puts them all into one hot folder); an output folder with the
names of older builds is taken over without trouble."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from campaign.output import OutputFile, file_name, file_path
from tests.kits import ROOT, build, cli, out_path

OFFICE = "east-africa"
FAST = ("--png-ppi", "10", "--jobs", "1")


def test_the_name_scheme() -> None:
    def path(variant: str, **kw: str) -> str:
        return file_path("poster-a3", "zh-Hans", variant, **kw)

    assert path("print") == "poster-a3/poster-a3-zh-Hans.pdf"
    assert path("digital") == "poster-a3/poster-a3-zh-Hans-digital.pdf"
    assert path("screen") == "poster-a3/poster-a3-zh-Hans-preview.png"
    assert path("screen", page="back") == "poster-a3/poster-a3-zh-Hans-preview-back.png"
    assert path("print", office=OFFICE) == f"{OFFICE}/poster-a3/poster-a3-zh-Hans-{OFFICE}.pdf"
    assert (
        path("digital", office=OFFICE, record="r7")
        == f"{OFFICE}/poster-a3/poster-a3-zh-Hans-{OFFICE}-r7-digital.pdf"
    )
    assert file_name("social-1080x1080", "ar", "social") == "social-1080x1080-ar-social.png"
    assert (
        file_name("social-1080x1080", "ar", "social", page="2")
        == "social-1080x1080-ar-social-2.png"
    )


def entry(
    path: str, variant: str, page: str | None, language: str = "en", office: str | None = None
) -> OutputFile:
    fmt = "pdf" if path.endswith(".pdf") else "png"
    return OutputFile(
        path, "en-flyer", language, fmt, variant, (1, 1), 1, "", 0, office=office, page=page
    )


def test_the_page_comes_from_the_manifest_not_from_the_name() -> None:
    """A material whose id starts like a language ('en-flyer' in en) cannot make a page out of
    a name: `page` is recorded."""
    for page, name in (("", "en-flyer-en-preview.png"), ("back", "en-flyer-en-preview-back.png")):
        f = entry(f"en-flyer/{name}", "screen", page)
        assert (f.page_name, f.name, f.has_current_name) == (page, name, True)


@pytest.mark.parametrize(
    ("old", "variant", "page", "name"),
    [
        ("en-flyer/zh-Hans.pdf", "print", "", "en-flyer-zh-Hans.pdf"),
        ("en-flyer/zh-Hans-digital.pdf", "digital", "", "en-flyer-zh-Hans-digital.pdf"),
        ("en-flyer/zh-Hans.png", "screen", "", "en-flyer-zh-Hans-preview.png"),
        ("en-flyer/zh-Hans-back.png", "screen", "back", "en-flyer-zh-Hans-preview-back.png"),
        ("o/en-flyer/zh-Hans-back.png", "screen", "back", "en-flyer-zh-Hans-o-preview-back.png"),
    ],
)
def test_an_older_manifests_files_get_their_names_and_pages(
    old: str, variant: str, page: str, name: str
) -> None:
    """Manifests from before these names have no `page`: it is read from `<lang>-<page>.png`."""
    f = entry(old, variant, None, "zh-Hans", "o" if old.startswith("o/") else None)
    assert (f.page_name, f.name, f.has_current_name) == (page, name, False)


@pytest.mark.slow
def test_names_are_unique_across_a_build_with_every_office(tmp_path: Path) -> None:
    out = tmp_path / "out"
    small = ("--lang", "en,fr", "--only", "badge-58,social-1200x630", *FAST)
    build(ROOT, out, *small)
    build(ROOT, out, "--office", "all", *small)
    files = json.loads((out / "manifest.json").read_text())["files"]
    offices = {f["office"] for f in files}
    assert len(offices) == 1 + len(list((ROOT / "materials/offices").glob("[!_]*.yaml")))
    ours = ("manifest.json", "index.html")
    on_disk = sorted(p.name for p in out.rglob("*") if p.is_file() and p.name not in ours)
    assert len(on_disk) == len(files) == len(set(on_disk))
    for f in files:
        kind = {"print": "print", "digital": "digital", "screen": "preview"}.get(f["variant"])
        assert f["path"] == out_path(f["material"], f["language"], kind or "social", f["office"])


def old_path(f: dict[str, str]) -> str:
    """Where builds before these names put a file: <folder>/<lang>[-<page>](.pdf|...)."""
    folder = f"{f['office']}/{f['material']}" if f["office"] else f["material"]
    ending = {"print": ".pdf", "digital": "-digital.pdf"}.get(f["variant"])
    page = f"-{f['page']}" if f["page"] else ""
    return f"{folder}/{f['language']}{ending or page + '.png'}"


def to_old_names(out: Path) -> list[str]:
    """Turn a build's folder into one an older build left: files and manifest under the old
    names, no `page` in the manifest. Returns the old paths."""
    path = out / "manifest.json"
    doc = json.loads(path.read_text())
    for f in doc["files"]:
        old = old_path(f)
        (out / f["path"]).rename(out / old)
        f["path"] = old
        del f["page"]
    path.write_text(json.dumps(doc, indent=2))
    return sorted(f["path"] for f in doc["files"])


def manifest_paths(out: Path) -> list[str]:
    return sorted(f["path"] for f in json.loads((out / "manifest.json").read_text())["files"])


def test_a_build_over_an_output_folder_with_the_old_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("--only", "badge-58", *FAST)
    build(ROOT, out, "--lang", "en,fr", *args)
    assert to_old_names(out) == [
        "badge-58/en-digital.pdf",
        "badge-58/en.pdf",
        "badge-58/en.png",
        "badge-58/fr-digital.pdf",
        "badge-58/fr.pdf",
        "badge-58/fr.png",
    ]
    (out / "badge-58/ar.pdf").write_bytes(b"not the build's")  # not in the manifest: not ours
    # package reads the older manifest and names the files as builds now do
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "pkg/campaign-print.zip") as z:
        assert [n for n in z.namelist() if n.endswith(".pdf")] == [
            "badge-58-en.pdf",
            "badge-58-fr.pdf",
        ]
    # the jobs that run replace their old files; the others keep theirs until they run
    code, text = cli("build", "--kit", ROOT, "-o", out, "--lang", "en", *args)
    assert code == 0, text
    assert "removed 3 stale file(s)" in text
    kept = ["badge-58/fr-digital.pdf", "badge-58/fr.pdf", "badge-58/fr.png"]
    new_en = [out_path("badge-58", "en", k) for k in ("digital", "preview", "print")]
    assert manifest_paths(out) == sorted(new_en + kept)
    # --incremental reruns jobs whose files have the old names, though nothing else changed
    code, text = cli("build", "--kit", ROOT, "-o", out, "--lang", "en,fr", "--incremental", *args)
    assert code == 0, text
    assert "removed 3 stale file(s)" in text
    new_fr = [out_path("badge-58", "fr", k) for k in ("digital", "preview", "print")]
    assert manifest_paths(out) == sorted(new_en + new_fr)
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert on_disk == sorted(["badge-58/ar.pdf", "index.html", "manifest.json", *new_en, *new_fr])
    assert (out / "badge-58/ar.pdf").read_bytes() == b"not the build's"
