"""`package`: ZIPs for the print shop and for screens, job sheets, contact sheets, an index,
from a finished build (CLI in, files out)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from campaign.package import build as pkg_build
from campaign.package import contact as pkg_contact
from campaign.package import jobsheet as pkg_jobsheet
from campaign.package import plan as pkg_plan
from tests.kits import ROOT, before_summary, build, cli

OFFICE = "southeast-asia-pacific"
SMALL = ("--only", "badge-58,flyer-a5", "--png-ppi", "20")
PRINT_ONLY = ("--no-png", "--no-digital")  # a build of print PDFs alone


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small build: the campaign kit in en and fr, and one office in en and th."""
    out = tmp_path_factory.mktemp("pkg") / "out"
    code, text = cli("build", "--kit", ROOT, "-o", out, "--lang", "en,fr", *SMALL)
    assert code == 0, text
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--office", OFFICE, "--lang", "en,th", *SMALL
    )
    assert code == 0, text
    return out


@pytest.fixture(scope="module")
def package_run(built: Path) -> tuple[Path, str]:
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", built.parent / "pkg")
    assert code == 0, text
    return built.parent / "pkg", text


@pytest.fixture(scope="module")
def packaged(package_run: tuple[Path, str]) -> Path:
    return package_run[0]


ALLOW = "--allow-outdated"  # the kit edited after the build: pack its files as they are


def test_the_package_ends_with_what_it_holds(built: Path, package_run: tuple[Path, str]) -> None:
    """`package` printed the paths it wrote and nothing of what they hold: its summary
    counts the build's files packed (every one of the manifest's), the groups and the size."""
    pkg, text = package_run
    (last,) = [line for line in text.splitlines() if line.startswith("packaged ")]
    found = re.fullmatch(
        r"packaged (\d+) file\(s\) of (.+) for (\d+) group\(s\): (\d+) file\(s\) in (.+)/ "
        r"\(([\d.]+) MB, [\d.]+ s\)",
        last,
    )
    assert found, last
    written = [p for p in pkg.iterdir() if p.name != ".package-products.json"]  # its list
    size = sum(p.stat().st_size for p in written)
    assert found.groups()[:5] == (
        str(len(manifest(built))),
        str(built),
        "2",
        str(len(written)),
        str(pkg),
    )
    assert float(found[6]) == round(size / 1e6, 1)


def manifest(built: Path) -> list[dict[str, object]]:
    files: list[dict[str, object]] = json.loads((built / "manifest.json").read_text())["files"]
    return files


def names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def test_one_print_zip_one_screen_zip_a_contact_sheet_and_an_index_per_group(
    packaged: Path,
) -> None:
    assert sorted(p.name for p in packaged.iterdir()) == sorted(
        [
            f"{g}-{what}"
            for g in ("campaign", OFFICE)
            for what in ("print.zip", "screen.zip", "contact-sheet.png", "index.pdf")
        ]
        + [".package-products.json"]  # what it wrote: the next package removes what it does not
    )
    listed = json.loads((packaged / ".package-products.json").read_text(encoding="utf-8"))
    assert listed["files"] == sorted(
        p.name for p in packaged.iterdir() if not p.name.startswith(".")
    )


def test_names_are_unique_in_each_zip_and_across_the_package(packaged: Path) -> None:
    every: list[str] = []
    for z in sorted(packaged.glob("*.zip")):
        inside = names(z)
        assert len(inside) == len(set(inside)), z.name
        every += [n for n in inside if not n.startswith(("JOB-SHEET", "ACCESSIBILITY"))]
    assert len(every) == len(set(every))
    assert "badge-58-en.pdf" in every
    assert f"badge-58-en-{OFFICE}.pdf" in every
    assert "flyer-a5-fr-digital.pdf" in every
    assert f"flyer-a5-th-{OFFICE}-preview-back.png" in every


def test_the_print_zip_holds_print_pdfs_and_the_job_sheet_only(built: Path, packaged: Path) -> None:
    for group, office in (("campaign", None), (OFFICE, OFFICE)):
        prints = [f for f in manifest(built) if f["office"] == office and f["variant"] == "print"]
        with zipfile.ZipFile(packaged / f"{group}-print.zip") as z:
            assert sorted(z.namelist()) == sorted(
                [basename(f) for f in prints] + ["JOB-SHEET.csv", "JOB-SHEET.txt", "JOB-SHEET.xlsx"]
            )
            for f in prints:
                data = z.read(basename(f))
                assert hashlib.sha256(data).hexdigest() == f["sha256"]


def test_the_screen_zip_holds_screen_files_only(built: Path, packaged: Path) -> None:
    screens = [f for f in manifest(built) if f["office"] is None and f["variant"] != "print"]
    inside = names(packaged / "campaign-screen.zip")
    assert inside[0] == "ACCESSIBILITY.txt"  # which of them a screen reader reads
    inside = inside[1:]
    assert sorted(inside) == sorted(basename(f) for f in screens)
    endings = ("-digital.pdf", "-preview.png", "-preview-front.png", "-preview-back.png")
    assert all(n.endswith((*endings, "-social.png")) for n in inside)


def basename(item: dict[str, object]) -> str:
    """A manifest file's name in the build, which the package keeps."""
    return Path(str(item["path"])).name


def test_job_sheet_rows_match_the_manifest_and_mark_drafts(built: Path, packaged: Path) -> None:
    with zipfile.ZipFile(packaged / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        text = z.read("JOB-SHEET.txt").decode("utf-8")
    prints = {
        basename(f): f for f in manifest(built) if f["office"] is None and f["variant"] == "print"
    }
    assert sorted(r["file"] for r in rows) == sorted(prints)
    for r in rows:
        f = prints[r["file"]]
        trim = f["trim_mm"]
        assert isinstance(trim, list)
        assert r["sha256"] == f["sha256"]
        assert r["pages"] == str(f["pages"])
        assert r["trim_mm"] == f"{trim[0]:g} x {trim[1]:g}"
        assert r["status"] == ("reviewed" if r["language"] == "en" else "draft")
        assert r["bleed_mm"] == "3"
        assert r["output_condition"] == "FOGRA39"
    badge = next(r for r in rows if r["material"] == "badge-58")
    assert (badge["badge_face_mm"], badge["badge_cut_mm"]) == ("58", "70")
    # what a button press needs besides: the art's safe circle, the wrap, whether the press
    # sizes are verified (a print shop's trial found the 58 mm press's cut only estimated)
    assert (badge["badge_live_mm"], badge["badge_wrap_mm"]) == ("52", "6")
    assert badge["badge_press"].startswith("not verified (58 -> 70 mm reported for a Vevor")
    # the press's sentence is said once, in the head, not in each badge's row (a print
    # shop's trial: 26 rows repeated it)
    assert (
        "  badge: face 58 mm, cut 70 mm, live 52 mm, wrap 6 mm; press not verified (see BADGE "
        "PRESS NOT VERIFIED above)\n"
    ) in text
    assert (f"\nBADGE PRESS NOT VERIFIED:\n  badge-58: press {badge['badge_press']}\n\n") in text
    assert text.count(badge["badge_press"]) == 1
    assert "DRAFT translations (not reviewed by a native speaker): fr" in text
    assert "flyer-a5-fr.pdf\n  flyer-a5, fr (French), draft" in text


def test_two_packages_of_the_same_build_are_byte_identical(built: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        code, text = cli("package", "--kit", ROOT, "--from", built, "-o", tmp_path / name)
        assert code == 0, text
    a = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert a == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in a:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_a_changed_file_is_an_error_and_nothing_is_written(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    (copy / "flyer-a5" / "flyer-a5-fr.pdf").write_bytes(b"%PDF-1.6 tampered")
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 1
    assert (
        f"error[package.changed]: flyer-a5 [fr]: {copy / 'flyer-a5' / 'flyer-a5-fr.pdf'} changed since "
        "the build (its sha256 is not the manifest's)"
    ) in text.splitlines()
    assert "Traceback" not in text
    assert not (tmp_path / "pkg").exists()


def test_a_missing_file_is_an_error(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    (copy / OFFICE / "badge-58" / f"badge-58-th-{OFFICE}-preview.png").unlink()
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 1
    assert (
        f"error[package.missing]: {OFFICE} / badge-58 [th]: "
        f"{copy / OFFICE / 'badge-58' / f'badge-58-th-{OFFICE}-preview.png'} is listed in the "
        "manifest but missing"
    ) in text.splitlines()
    assert not (tmp_path / "pkg").exists()


def test_every_file_that_fails_its_check_is_named_at_once(built: Path, tmp_path: Path) -> None:
    """A changed file and a missing one: only the first was named, the other at the next
    run."""
    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    (copy / "flyer-a5" / "flyer-a5-fr.pdf").write_bytes(b"%PDF-1.6 tampered")
    (copy / OFFICE / "badge-58" / f"badge-58-th-{OFFICE}-preview.png").unlink()
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 1
    assert "error[package.changed]: flyer-a5 [fr]: " in text
    assert f"error[package.missing]: {OFFICE} / badge-58 [th]: " in text
    assert not (tmp_path / "pkg").exists()


def test_a_missing_manifest_is_an_error(tmp_path: Path) -> None:
    code, text = cli("package", "--kit", ROOT, "--from", tmp_path, "-o", tmp_path / "pkg")
    assert code == 1
    assert (
        f"error[package.manifest]: no manifest at {tmp_path / 'manifest.json'}; "
        "package reads a finished build"
    ) in text.splitlines()
    assert "Traceback" not in text
    assert not (tmp_path / "pkg").exists()


def test_an_unreadable_manifest_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    code, text = cli("package", "--kit", ROOT, "--from", tmp_path, "-o", tmp_path / "pkg")
    assert code == 1
    assert "error[package.manifest]: " in text
    assert "is not a build manifest" in text
    assert not (tmp_path / "pkg").exists()


def tiles(png: Path, rows: int, cols: int) -> dict[tuple[int, int], tuple[int, int, int]]:
    """Each grid cell that holds a tile (a white card at its top-left corner), with the colour
    of the draft band's place."""
    with Image.open(png) as im:
        rgb = im.convert("RGB")
    found = {}
    for r in range(rows + 1):
        for c in range(cols + 1):
            x, y = pkg_contact.tile_origin(r, c)
            if x + 2 >= rgb.width or y + 2 >= rgb.height:
                continue
            if rgb.getpixel((x + 2, y + 2)) == pkg_contact.CARD:
                found[(r, c)] = rgb.getpixel((x + 2, pkg_contact.band_top(y) + 2))
                # the band is below the thumbnail's box, never over it
                assert pkg_contact.band_top(y) > y + 10 + pkg_contact.THUMB + 20
    return found  # type: ignore[return-value]


def test_the_contact_sheet_has_one_tile_per_preview_and_marks_drafts(
    built: Path, packaged: Path
) -> None:
    # campaign: rows badge-58, flyer-a5/front, flyer-a5/back; columns en, fr (the campaign's
    # language order)
    found = tiles(packaged / "campaign-contact-sheet.png", 3, 2)
    previews = [f for f in manifest(built) if f["office"] is None and f["variant"] == "screen"]
    assert len(found) == len(previews) == 6
    assert (
        found[(0, 0)] == found[(1, 0)] == found[(2, 0)] == pkg_contact.CARD
    )  # en: reviewed, no band
    assert found[(0, 1)] == found[(1, 1)] == found[(2, 1)] == pkg_contact.DRAFT_BAND  # fr: draft
    office = tiles(packaged / f"{OFFICE}-contact-sheet.png", 3, 2)
    assert len(office) == 6
    assert sorted(v == pkg_contact.DRAFT_BAND for v in office.values()) == [False] * 3 + [True] * 3


def test_the_index_is_the_grid_then_the_list_of_files(packaged: Path) -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(packaged / "campaign-index.pdf")
    try:
        texts = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    finally:
        pdf.close()
    assert len(texts) == 2
    assert "World Day Against Trafficking in Persons" in texts[0]
    assert "DRAFT" in texts[0]
    assert "flyer-a5-fr.pdf" in texts[1]
    assert "files (" in texts[1]


INDEX_SUBJECT = "the package's index: contact sheets and a list of files, not for the press"
INDEX_SAID = (
    "ok (the package's index made by this kit, its contact sheets and list of files in sRGB, "
    "not a file for the press: the press's checks do not apply; DeviceRGB)\n"
)


def test_check_pdf_says_the_index_is_not_a_file_for_the_press(
    packaged: Path, tmp_path: Path
) -> None:
    """A print shop's trial ran `check --pdf` over a package's PDFs: the index failed as a
    press file (RGB, no TrimBox, no OutputIntent, no XMP, its previews' ppi). It is told
    for what it is by the Subject and Producer its writer gives it (an index written before
    them, by its Author and Title); a press file holds its checks whatever its Subject."""
    import pikepdf

    index = packaged / "campaign-index.pdf"
    with pikepdf.open(index) as pdf:
        assert str(pdf.docinfo["/Subject"]) == INDEX_SUBJECT
        assert str(pdf.docinfo["/Producer"]) == "Blue Heart campaign kit"
        del pdf.docinfo["/Subject"]  # as the index was written before
        pdf.docinfo["/Producer"] = "ReportLab PDF Library - www.reportlab.com"
        pdf.save(tmp_path / "older-index.pdf")
    code, text = cli("check", "--pdf", index, "--pdf", tmp_path / "older-index.pdf")
    assert code == 0, text
    assert text == f"{index}: {INDEX_SAID}{tmp_path / 'older-index.pdf'}: {INDEX_SAID}"
    code, text = cli("check", "--pdf", index, "--json")
    assert json.loads(text)["files"][0]["made_for"] == "the package's index"
    press = next(packaged.parent.glob("out/flyer-a5/flyer-a5-en.pdf"))
    with pikepdf.open(press) as pdf:
        pdf.docinfo["/Subject"] = INDEX_SUBJECT
        del pdf.Root.OutputIntents
        pdf.save(tmp_path / "not-an-index.pdf")
    code, text = cli("check", "--pdf", tmp_path / "not-an-index.pdf")
    assert code == 1, text
    assert "fail: no OutputIntent" in text, text


def test_zip_dates_are_the_campaign_day_or_source_date_epoch(
    packaged: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zipfile.ZipFile(packaged / "campaign-print.zip") as z:
        assert {i.date_time for i in z.infolist()} == {(2024, 7, 30, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", tmp_path)
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "campaign-screen.zip") as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_an_offices_social_images_do_not_overwrite_the_campaigns(tmp_path: Path) -> None:
    out = tmp_path / "out"
    small = ("--only", "social-1200x630", "--lang", "en")
    for extra in ((), ("--office", OFFICE)):
        code, text = cli("build", "--kit", ROOT, "-o", out, *small, *extra)
        assert code == 0, text
    paths = sorted(str(f["path"]) for f in manifest(out))
    assert paths == [
        "social-1200x630/social-1200x630-en-social.png",
        f"{OFFICE}/social-1200x630/social-1200x630-en-{OFFICE}-social.png",
    ]
    code, text = cli("package", "--kit", ROOT, "--from", out)
    assert code == 0, text
    assert names(out / "package" / "campaign-screen.zip") == [
        "ACCESSIBILITY.txt",
        "social-1200x630-en-social.png",
    ]
    assert names(out / "package" / f"{OFFICE}-screen.zip") == [
        "ACCESSIBILITY.txt",
        f"social-1200x630-en-{OFFICE}-social.png",
    ]


def test_contact_sheet_rows_follow_the_layout_page_order() -> None:
    from campaign.kit.load import load_kit

    kit = load_kit(ROOT)
    keys = ["flyer-a5/back", "poster-a3", "flyer-a5/front", "badge-58"]
    assert sorted(keys, key=lambda k: pkg_plan.page_order(kit, k)) == [
        "badge-58",
        "flyer-a5/front",
        "flyer-a5/back",
        "poster-a3",
    ]
    # a merge's rows: by record, its numbers as numbers, each record's pages in order
    merged = ["e/front \u00b7 walk-10", "e/back \u00b7 walk-2", "e/front \u00b7 walk-2"]
    merged += ["e/front \u00b7 run-1"]
    merged = [k.replace("e", "flyer-a5", 1) for k in merged]
    assert sorted(merged, key=lambda k: pkg_plan.row_order(kit, k)) == [
        "flyer-a5/front \u00b7 run-1",
        "flyer-a5/front \u00b7 walk-2",
        "flyer-a5/back \u00b7 walk-2",
        "flyer-a5/front \u00b7 walk-10",
    ]


def products(folder: Path) -> dict[str, bytes]:
    """The package's products (not the list of them it keeps for the next package)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != pkg_build.LISTING}


def test_the_streamed_package_is_the_one_the_whole_list_package_wrote(
    built: Path, tmp_path: Path
) -> None:
    """Against build_package as it held every entry and file (tests/manifest_whole.py): the
    same products, byte for byte, for the campaign's group and an office's."""
    from campaign.pipeline.kitcache import cached_kit
    from tests.manifest_whole import build_package_whole

    kit = cached_kit(ROOT)
    written = pkg_build.build_package(kit, built, tmp_path / "streamed")
    build_package_whole(kit, built, tmp_path / "whole")
    assert [p.name for p in written] == sorted(products(tmp_path / "whole"))
    assert products(tmp_path / "streamed") == products(tmp_path / "whole")


def test_files_the_last_build_did_not_make_are_named(tmp_path: Path) -> None:
    """A build of one language into the folder of a whole build keeps the others' files,
    perhaps of an earlier state of the kit: `package` packed them beside the new ones
    without a word."""
    from tests.kits import mini_copy

    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge", "--png-ppi", "10")
    assert cli("build", *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p1")
    assert code == 0, text
    assert "warning" not in text
    # the same kit: the other languages' files are what it makes (no warning)
    assert cli("build", *args, "--lang", "en", "--force")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert "warning" not in text
    campaign = kit / "materials/campaign.yaml"  # the kit changes: they show its earlier state
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cli("build", *args, "--lang", "en")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p3")
    assert code == 0, text
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: warning[package.older]: 3 of 6 files in {out} were made "
        "before its last build (badge (ar)), which made only part of them: if the kit changed "
        "since, they show its earlier state\n"
        # with the last build's --png-ppi: the previews as the folder has them
        "  hint: build everything again (python generate.py build --png-ppi 10 -o "
        f"{out} --kit {kit}) before sending them\n"
        "1 warning(s), 1 note(s)\n"  # the note: package.no-contact (the kit gives none)
    )


def test_a_merge_folder_s_older_files_are_merged_again(tmp_path: Path) -> None:
    """The posters' merge after the flyers', from the same rows: the flyers were "made before
    its last build" (a warning after every merge of two templates into one folder). They
    are not now; once a row changed, or was removed, and only the posters were merged
    again, the flyers of those events are named, with the merge to run (the package sent
    both versions of an event to the print shop, and a removed event's flyer)."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(
        head + "a,en,A,2024-07-30,P\nb,fr,B,2024-07-30,Q\nc,en,C,2024-07-30,R\n",
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "-o", out, "--no-png", "--replace")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    assert cli("merge", "event-poster-a3", data, *args)[0] == 0
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "warning" not in text
    data.write_text(head + "a,en,A,2024-07-30,P2\nb,fr,B,2024-07-30,Q\n", encoding="utf-8")
    assert cli("merge", "event-poster-a3", data, *args)[0] == 0
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: warning[package.stale]: 4 file(s) of event-flyer-a5 in "
        f"{out} were merged from an earlier state of e.csv than its last merge: 1 event(s) "
        "whose row it merged with other values (a); 1 event(s) whose row it did not merge, "
        "removed or refused (c)\n"
        "  hint: merge e.csv into event-flyer-a5 again (python generate.py merge "
        f"event-flyer-a5 {data} -o {out}) before sending them\n"  # the file, from here
        "1 warning(s), 2 note(s)\n"  # package.no-contact and package.no-previews (--no-png)
    )


def test_an_offices_older_files_are_named_with_its_build(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """After `build --office ...` and then `build` into one folder, the offices' files are
    older than the last build, and the warning said "build everything again (python
    generate.py build)", which never makes them: it names the offices' build, with the
    options of the last build (its --no-digital made no digital PDF to make again)."""
    kit, out = kit_copy(), tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge-58", "--lang", "en", "--no-digital")
    assert cli("build", *args, "--office", "brussels", "--png-ppi", "10")[0] == 0
    campaign = kit / "materials/campaign.yaml"  # the kit changes between the two builds
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cli("build", *args, "--png-ppi", "10")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: warning[package.older]: 2 of 4 files in {out} were made "
        "before its last build (badge-58 of brussels (en)), which made only part of them: if "
        "the kit changed since, they show its earlier state\n"
        "  hint: build the offices again (python generate.py build --office brussels "
        f"--no-digital --png-ppi 10 -o {out} --kit {kit}) before sending them\n"
        "1 warning(s), 2 note(s)\n"  # package.no-contact: brussels and the campaign kit's
    )


def test_an_edit_of_one_office_leaves_the_others_files_current(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """Each file's entry keeps the state of the kit files its group is made from (the
    campaign kit's: every file but the offices'; an office's: those and its own file). An
    edit of brussels' file, then its build, made the campaign's and new-york's files in the
    folder "made before its last build" (build everything again) though nothing they are
    made from had changed; an edit of campaign.yaml still makes them older."""
    kit, out = kit_copy(), tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge-58", "--lang", "en", "--no-digital")
    assert cli("build", *args, "--png-ppi", "10")[0] == 0
    assert cli("build", *args, "--office", "brussels,new-york", "--png-ppi", "10")[0] == 0
    office = kit / "materials/offices/brussels.yaml"
    office.write_text(
        office.read_text(encoding="utf-8").replace('helpline: ""', 'helpline: "+32 2 290 1234"'),
        encoding="utf-8",
    )
    assert cli("build", *args, "--office", "brussels", "--png-ppi", "10")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "made before its last build" not in text, text
    campaign = kit / "materials/campaign.yaml"
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cli("build", *args, "--office", "brussels", "--png-ppi", "10")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert (
        f"warning[package.older]: 4 of 6 files in {out} were made before its last build "
        "(badge-58 (en); "
        "badge-58 of new-york (en)), which made only part of them"
    ) in text, text


def preview_png(size: tuple[int, int], mode: str) -> bytes:
    """A preview with detail at every scale: stripes, a gradient, text-sized dots; with
    `mode` RGBA, its left half transparent."""
    import numpy as np

    w, h = size
    y, x = np.mgrid[0:h, 0:w]
    rgb = np.stack([(x * 255 // w), ((x // 3 + y // 5) % 2) * 200, (y * 255 // h)], axis=-1).astype(
        np.uint8
    )
    rgb[(x % 37 < 2) & (y % 41 < 2)] = 0
    if mode == "RGBA":
        alpha = np.where(x < w // 2, 0, 255).astype(np.uint8)[..., None]
        rgb = np.concatenate([rgb, alpha], axis=-1)
    buf = io.BytesIO()
    Image.fromarray(rgb, mode).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("size", "mode"),
    [((1754, 2480), "RGB"), ((414, 414), "RGB"), ((1080, 1080), "RGBA"), ((120, 90), "RGB")],
)
def test_a_previews_thumbnails_fit_their_boxes_and_match_a_whole_resampling(
    size: tuple[int, int], mode: str
) -> None:
    """An A3 poster's 150 ppi preview, a badge's, a social image with transparency and a
    preview smaller than the box: each thumbnail fits its box (the contact sheet's, the
    index's at twice it) at the preview's proportions, is flattened on the light tint where
    the preview is transparent, and is within a level on average (at most 48 at any pixel)
    of Lanczos over the whole preview (which took 17 ms a preview where the reduction first
    takes 10)."""
    import numpy as np

    data = preview_png(size, mode)
    thumbs = pkg_contact.thumbnails(data)
    with Image.open(io.BytesIO(data)) as src:
        whole = src.convert("RGBA")
    for thumb, box in (
        (thumbs.small, (pkg_contact.THUMB, pkg_contact.THUMB + 20)),
        (thumbs.large, (2 * pkg_contact.THUMB, 2 * (pkg_contact.THUMB + 20))),
    ):
        assert thumb.mode == "RGB"
        assert thumb.size == pytest.approx(pkg_contact.fit(size, box), abs=1)
        assert thumb.width <= box[0]
        assert thumb.height <= box[1]
        fair = whole.resize(thumb.size, Image.Resampling.LANCZOS)
        flat = Image.new("RGB", fair.size, pkg_contact.PAPER_TINT)
        flat.paste(fair, (0, 0), fair)
        diff = np.abs(np.asarray(thumb, int) - np.asarray(flat, int))
        assert diff.mean() < 1.0
        assert diff.max() <= 48
        if mode == "RGBA":  # the transparent half is the tint
            assert thumb.getpixel((2, thumb.height // 2)) == pkg_contact.PAPER_TINT


def test_a_package_and_a_build_of_one_folder_wait_for_each_other(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`package` holds the build folder's lock while it reads it: a build publishing into it
    meanwhile made its files differ from the manifest read first (`package.changed`
    halfway). Each names the other; a folder it cannot write (another user's build) is
    read without the lock."""
    import os

    from campaign.diagnostics import DiagnosticsError
    from campaign.output import Staging
    from campaign.publishing import LOCK, BuildLock

    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    with Staging(copy):  # a build is writing to it
        code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 1
    assert (
        f"error[package.busy]: a build is writing to {copy}/ (pid {os.getpid()}); package it "
        "when the build is done"
    ) in text.splitlines(), text
    assert not (tmp_path / "pkg").exists()
    with BuildLock(copy, copy, user="package"):
        assert (copy / LOCK).read_text() == f"{os.getpid()} package\n"
        with pytest.raises(DiagnosticsError) as caught, Staging(copy):
            pass
    assert caught.value.diagnostics[0].message == (
        f"a package is being made from {copy}/ (pid {os.getpid()}); wait for it or use another -o"
    )
    assert not (copy / LOCK).exists()
    with Staging(copy, "merge"):  # a merge is a build that says so
        code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
        assert (
            f"error[package.busy]: a merge is writing to {copy}/ (pid {os.getpid()}); package "
            "it when the merge is done"
        ) in text.splitlines(), text
        with pytest.raises(DiagnosticsError) as caught, Staging(copy):
            pass
    assert caught.value.diagnostics[0].message == (
        f"a merge is writing to {copy}/ (pid {os.getpid()}); wait for it or use another -o"
    )
    real = os.open

    def unwritable(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(LOCK):
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", unwritable)
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (tmp_path / "pkg" / "campaign-print.zip").is_file()


def test_a_journal_the_package_cannot_delete_does_not_lock_it_out(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed publish a killed build left, whose journal cannot be deleted (finish
    leaves it for the next build): the package, holding the folder's lock, recovers it and
    reads on; it took the lock a second time and refused itself ("a package is being made
    from ... (pid <its own>)")."""
    from campaign import publishing
    from campaign.publishing import JOURNAL, Journal

    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    (copy / ".staging-1").mkdir()
    Journal("committed", ".staging-1", (), ()).write(copy)
    real = Path.unlink

    def stuck(path: Path, missing_ok: bool = False) -> None:
        if path.name == JOURNAL:
            raise PermissionError(13, "Permission denied")
        real(path, missing_ok=missing_ok)

    monkeypatch.setattr(publishing.Path, "unlink", stuck)
    code, text = cli("package", "--kit", ROOT, "--from", copy, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (copy / JOURNAL).exists()  # left for the next build, as finish does
    assert (tmp_path / "pkg" / "campaign-print.zip").is_file()


def test_package_counts_its_steps_for_the_progress_shown(built: Path, tmp_path: Path) -> None:
    """A step for each file checked, each file packed and each preview's thumbnails, which
    the command line shows on a terminal (report.steps_shown)."""
    from campaign.pipeline.kitcache import cached_kit

    steps: list[None] = []
    files = manifest(built)
    pkg_build.build_package(cached_kit(ROOT), built, tmp_path / "pkg", lambda: steps.append(None))
    previews = [f for f in files if f["variant"] == "screen" and f["format"] == "png"]
    assert len(steps) == 2 * len(files) + len(previews)


def test_a_build_with_a_failed_job_is_packaged_with_a_warning(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A build in which a language failed (a character no font has) published the others,
    and `package` packed them without a word: a print shop got a kit lacking that language.
    The manifest of such a build has no stamp, and `package` says what that means."""
    kit, out = kit_copy(), tmp_path / "out"
    strings = kit / "materials" / "strings" / "fr.yaml"
    good = strings.read_text(encoding="utf-8")
    strings.write_text(
        good.replace("Mettons fin à la traite", "Mettons fin \u07d2 la traite"), encoding="utf-8"
    )
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", *SMALL)
    assert code == 1, text
    assert "badge-58 [fr]: not published" in text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (
        f"warning[package.unstamped]: {out}'s manifest has no build stamp: its last build "
        "had a failed job "
        "(or the folder was joined from shards"
    ) in text
    strings.write_text(good, encoding="utf-8")
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", *SMALL)
    assert code == 0, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg2")
    assert code == 0, text
    assert "no build stamp" not in text


def test_files_older_than_a_failed_build_are_outdated_by_their_own_state(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A build with a failed job writes no stamp, and `package` judged no file outdated
    without one: a trial's Haitian files, made before a strings edit, went into the package
    beside the failed build's others with a warning only (exit 0). Each file is judged by
    its own entry's kit state: the French badge's files of the first build, made before
    fr.yaml was edited, are outdated; those the failed build made again are not."""
    kit, out = kit_copy(), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", *SMALL)
    assert code == 0, text
    strings = kit / "materials" / "strings" / "fr.yaml"
    good = strings.read_text(encoding="utf-8")
    strings.write_text(
        good.replace("Mettons fin à la traite", "Mettons fin \u07d2 la traite"), encoding="utf-8"
    )
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", "--force", *SMALL)
    assert code == 1, text  # the English files are made again and published, unstamped
    files = manifest(out)
    # the French badge failed (its string has a character no font has): its files are the
    # first build's, made from fr.yaml before the edit; the French flyer was made again
    french = [
        Path(str(f["path"])).name
        for f in files
        if f["language"] == "fr" and f["material"] == "badge-58"
    ]
    assert len(french) == 3
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 1, text
    assert not (tmp_path / "pkg").exists()
    shown = ", ".join(french)
    assert (
        f"error[package.outdated]: {len(french)} of the {len(files)} files in {out} were made "
        f"from an earlier state of the kit than today's ({shown}); its last build had a "
        "failed job and kept no record of which kit files changed since"
    ) in text, text
    assert "warning[package.unstamped]" in text
    code, text = cli(
        "package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg", "--allow-outdated"
    )
    assert code == 0, text
    assert "warning[package.outdated]" in text


def test_sheets_made_from_the_build_are_packed_with_their_job_sheet_rows(
    built: Path, tmp_path: Path
) -> None:
    """`sheet` writes into <build>/sheets/ by default, and the package only warned that the
    gang sheet (the file a badge printer needs) was not in it. Sheets that place the build's
    files as they are go into their group's ZIP under sheets/ (a press or gang sheet the
    print ZIP, with a job-sheet row; a sheet for an office printer the screen ZIP), and are
    listed in the index."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    made = [
        ("--lang", "en"),  # badge-58-a4-en.pdf, a gang sheet
        ("--material", "flyer-a5", "--office", OFFICE),  # flyer-a5-2up-<office>.pdf, press
        ("--material", "flyer-a5", "--home", "--lang", "fr"),  # for an office printer
        ("--lang", "fr", "--sticker"),  # badge-58-a4-stickers-fr.pdf, round stickers
    ]
    for args in made:
        code, text = cli("sheet", "--kit", ROOT, "--from", folder, *args)
        assert code == 0, text
    pkg_dir = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", folder, "-o", pkg_dir)
    assert code == 0, text
    assert "warning" not in text, text
    gang = (folder / "sheets" / "badge-58-a4-en.pdf").read_bytes()
    with zipfile.ZipFile(pkg_dir / "campaign-print.zip") as z:
        assert z.read("sheets/badge-58-a4-en.pdf") == gang
        assert not [n for n in z.namelist() if "home" in n]
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    row = next(r for r in rows if r["file"] == "sheets/badge-58-a4-en.pdf")
    # its trim is its TrimBox, bleed around it, as every row's; the paper it is printed on in
    # `stock` and its cut lines, on its page, in `finishing` (a print shop's trial: both were
    # empty, the stock in the note alone); no order, no copies
    columns = ("material", "language", "trim_mm", "bleed_mm", "pages", "copies", "stock")
    assert {k: row[k] for k in (*columns, "finishing")} == {
        "material": "badge-58",
        "language": "en",
        "trim_mm": "210 x 297",
        "bleed_mm": "3",
        "pages": "1",
        "copies": "",
        "stock": "SRA4",
        "finishing": "die-cut along the 70 mm cut circles on it (CutContour); then a 58 mm button press",
    }
    assert row["sha256"] == hashlib.sha256(gang).hexdigest()
    assert row["badge_cut_mm"] == "70"
    assert row["note"] == (
        # the press stock `sheet` said it is printed on (an organiser's trial: it said SRA4,
        # the job sheet named none), and its page with its bleed and slug, as a press sheet's
        # is said with its marks (a print shop's trial: the row gave the trim alone, A4)
        "gang sheet of badges (216 x 313 mm with its bleed and slug, cut circles in CutContour, "
        "printed on SRA4) made by `sheet` from badge-58-en.pdf "
        "(in this package): print either it or those files, not both; die line in the spot "
        "colour CutContour (0.25 pt, overprinting, alternate 100 % magenta): map it to the "
        "cutter; it must not print; print it at actual size (100 %, not fit to page); one "
        "printing of it makes 1 en"
    )
    # round stickers are kiss-cut, not pressed: no badge's face, wrap or press (a print
    # shop's trial: the row read as a badge's, for a button press)
    row = next(r for r in rows if r["file"] == "sheets/badge-58-a4-stickers-fr.pdf")
    assert [row[k] for k in ("badge_face_mm", "badge_cut_mm", "badge_wrap_mm")] == ["", "", ""]
    assert row["badge_press"] == ""
    assert row["note"].startswith(
        "sticker sheet (216 x 313 mm with its bleed and slug, 58 mm circles kiss-cut in "
        "CutContour, printed on SRA4) made by `sheet` from badge-58-fr.pdf"
    )
    assert (row["stock"], row["finishing"]) == (
        "SRA4",
        "kiss-cut along the 58 mm circles on it (CutContour)",
    )
    assert "; die line in the spot colour CutContour" in row["note"]
    with zipfile.ZipFile(pkg_dir / f"{OFFICE}-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        press = f"sheets/flyer-a5-2up-{OFFICE}.pdf"
        assert press in z.namelist()
    row = next(r for r in rows if r["file"] == press)
    assert (
        row["sides"] == "work-and-turn: each page on both sides of its sheet, turned left to right"
    )
    assert row["trim_mm"] == "302 x 210"
    assert row["language"] == "en th"
    # the stock to print it on, as `sheet` said (a trial: the job sheet did not say)
    assert row["note"].startswith(
        "press sheet (320 x 232 mm with its marks, for SRA3) made by `sheet` from "
    ), row["note"]
    assert (row["stock"], row["finishing"]) == (
        "SRA3",
        "cut at its crop marks to the pieces' 148 x 210 mm trim",
    )
    with zipfile.ZipFile(pkg_dir / "campaign-screen.zip") as z:
        assert "sheets/flyer-a5-a4-2up-home-fr.pdf" in z.namelist()
        names = z.namelist()
        said = z.read("ACCESSIBILITY.txt").decode("utf-8").split("\r\n")
    # which files a screen reader can read: the home sheet is not tagged (PDF/UA), beside
    # tagged digital PDFs, and nothing told them apart (a trial, veraPDF)
    assert names[0] == "ACCESSIBILITY.txt"
    digital = sorted(n for n in names if n.endswith("-digital.pdf"))
    language = {"en": "English", "fr": "French"}
    tagged = [f"  {n} ({language[n.split('-')[-2]]})" for n in digital]
    images = sum(1 for n in names if n.endswith(".png"))
    assert said == [
        "World Day Against Trafficking in Persons 2024 \u2013 screen files \u2013 campaign",
        "",
        "Files a screen reader can read: tagged PDFs (PDF/UA-1: the text in reading order,",
        "its language, alternative texts for images, links), named ...-digital.pdf:",
        *tagged,
        "",
        "Files a screen reader cannot read (not tagged): read the -digital.pdf of the same",
        "material and language instead.",
        "  sheets/flyer-a5-a4-2up-home-fr.pdf (a sheet for an office printer)",
        f"  {images} image(s) (...-preview.png, ...-social.png): pictures of the pages",
        "  campaign-index.pdf and campaign-contact-sheet.png (beside this ZIP): pictures of",
        "  every page, for checking by eye; this file lists the files for a screen reader.",
        "",
    ]
    assert len(tagged) == 4
    assert images > 0
    index = _index_text(pkg_dir / "campaign-index.pdf")
    assert (
        b"sheets/badge-58-a4-en.pdf (print: gang sheet of badges (cut circles in CutContour))"
        in index
    )
    assert b"sheets/flyer-a5-a4-2up-home-fr.pdf (screen: sheet for an office printer)" in index


def test_a_sheet_of_files_a_later_build_changed_is_left_out(built: Path, tmp_path: Path) -> None:
    """A sheet holds the art of the files it was made from: after a build changed one, the
    package would have sent the old art to the printer. It is left out with a warning that
    says which file changed, as is a sheet edited since, and a PDF in sheets/ that `sheet`
    did not record (an earlier version's, or copied there)."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    code, text = cli("sheet", "--kit", ROOT, "--from", folder, "--lang", "en")
    assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", folder, "--lang", "fr")
    assert code == 0, text
    (folder / "sheets" / "copied-in.pdf").write_bytes(
        (folder / "sheets" / "badge-58-a4-fr.pdf").read_bytes()
    )
    badge = folder / "badge-58" / "badge-58-en.pdf"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    entry = next(f for f in manifest["files"] if f["path"] == "badge-58/badge-58-en.pdf")
    # the build made the file again (another build hash): a new file and its manifest entry
    data = badge.read_bytes() + b"\n% made again\n"
    badge.write_bytes(data)
    entry["sha256"], entry["bytes"] = hashlib.sha256(data).hexdigest(), len(data)
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    pkg_dir = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", folder, "-o", pkg_dir)
    assert code == 0, text
    assert (
        "warning[package.sheet]: sheets/badge-58-a4-en.pdf places badge-58/badge-58-en.pdf as "
        "an earlier build made it: a later build changed or removed that file: it is left out "
        "of the package\n  hint: make it again from this build with `python generate.py "
        f"sheet --kit {ROOT} --from {folder} --lang en`, or delete it"
    ) in text, text  # the command its record keeps: not "the same `sheet` command"
    assert (
        "warning[package.sheet]: sheets/copied-in.pdf was made by an earlier version, or "
        "written there by hand: no record says which files it places: it is left out"
    ) in text
    with zipfile.ZipFile(pkg_dir / "campaign-print.zip") as z:
        names = z.namelist()
    assert "sheets/badge-58-a4-fr.pdf" in names
    assert "sheets/badge-58-a4-en.pdf" not in names
    assert "sheets/copied-in.pdf" not in names


def test_a_sheet_deleted_as_the_overlap_warning_says_is_withdrawn(
    built: Path, tmp_path: Path
) -> None:
    """The package.sheet warning for two sheets of the same files says to keep one and
    delete the others; a print shop that deleted one had `package --strict` fail on "is
    missing (it was removed after `sheet` made it)": the sheet's hidden record stayed (a
    print shop's trial). A sheet whose PDF was deleted is withdrawn: left out with a note,
    not a warning, and --strict passes."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    for paper in ("a4", "letter"):  # the same badges on two gang sheets
        code, text = cli("sheet", "--kit", ROOT, "--from", folder, "--lang", "en", "--paper", paper)
        assert code == 0, text
    pkg_dir = tmp_path / "pkg"
    args = ("package", "--kit", ROOT, "--from", folder, "-o", pkg_dir, "--strict")
    code, text = cli(*args)
    assert code == 1, text
    assert (
        "error[package.sheet]: campaign: the sheets badge-58-a4-en.pdf, badge-58-letter-en.pdf "
        "place some of the same files: printed each as its job sheet note says, those files "
        "print more than once\n  hint: keep one sheet for each set of files in sheets/ "
        "(delete the others), then package"
    ) in text
    (folder / "sheets" / "badge-58-letter-en.pdf").unlink()  # as the hint says
    assert (folder / "sheets" / ".badge-58-letter-en.json").exists()  # its record stays
    code, text = cli(*args)
    assert code == 0, text
    assert "error" not in text, text
    assert "warning" not in text, text
    withdrawn = (
        "sheets/badge-58-letter-en.pdf was deleted after `sheet` made it: withdrawn, "
        "not in the package (make it again with `python generate.py sheet --kit "
        f"{ROOT} --from {folder} --lang en --paper letter` to pack it)"
    )  # the command its record keeps: not "the same `python generate.py sheet` command"
    assert f"note[package.withdrawn]: {withdrawn}\n" in text, text
    assert before_summary(text).endswith("3 note(s)\n"), (
        text
    )  # and package.no-contact: the kit's groups give none
    code, text = cli(*args[:6], pkg_dir.with_name("pj"), "--strict", "--json")  # in --json too
    assert code == 0, text
    report = json.loads(text)
    assert [(d["severity"], d["code"], d["message"]) for d in report["diagnostics"]][:1] == [
        ("note", "package.withdrawn", withdrawn)
    ], report
    assert [d["code"] for d in report["diagnostics"]][1:] == ["package.no-contact"] * 2
    assert report["notes"] == [], report
    with zipfile.ZipFile(pkg_dir / "campaign-print.zip") as z:
        names = z.namelist()
        job = z.read("JOB-SHEET.csv").decode("utf-8-sig")
    assert "sheets/badge-58-a4-en.pdf" in names
    assert not [n for n in names if "letter" in n]
    assert "letter" not in job  # no job-sheet row, no "print only one of these sheets"


def test_strict_leaves_the_last_package_as_it_was_for_a_warning_found_while_packing(
    built: Path, tmp_path: Path
) -> None:
    """`package --strict`: a warning found while packing (a sheet left out) is an error,
    exit code 1, and the folder's last package is left as it was (Products moves nothing
    into place). `package` had no --strict: it exited 0 whatever its warnings said."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    pkg_dir = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", folder, "-o", pkg_dir, "--strict")
    assert code == 0, text
    before = {p.name: p.read_bytes() for p in pkg_dir.iterdir()}
    (folder / "sheets").mkdir()
    (folder / "sheets" / "copied-in.pdf").write_bytes(b"%PDF-1.6\n")
    code, text = cli("package", "--kit", ROOT, "--from", folder, "-o", pkg_dir, "--strict")
    assert code == 1, text
    assert (
        "error[package.sheet]: sheets/copied-in.pdf was made by an earlier version, or "
        "written there by hand: no record says which files it places: it is left out"
    ) in text
    assert text.endswith("1 error(s), 2 note(s)\n"), text  # the notes: package.no-contact
    assert "wrote" not in text
    assert {p.name: p.read_bytes() for p in pkg_dir.iterdir()} == before


def test_strict_stops_before_packing_a_folder_with_older_files(tmp_path: Path) -> None:
    """The folder's own warnings (package.older here) are found before a file is read: with
    --strict nothing is written; without it the package is written and the warning counted,
    last."""
    from tests.kits import mini_copy

    kit = mini_copy(tmp_path / "kit")
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge", "--png-ppi", "10")
    assert cli("build", *args)[0] == 0
    campaign = kit / "materials/campaign.yaml"
    campaign.write_text(campaign.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cli("build", *args, "--lang", "en")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--strict")
    assert code == 1, text
    assert text.startswith(
        f"{out / 'manifest.json'}: error[package.older]: 3 of 6 files in {out} were made "
        "before its last build (badge (ar))"
    ), text
    assert text.endswith("1 error(s)\n"), text
    assert not (tmp_path / "p").exists()
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "warning[package.older]" in text
    assert before_summary(text).endswith("1 warning(s), 1 note(s)\n"), (
        text
    )  # the note: package.no-contact
    assert (tmp_path / "p" / "campaign-print.zip").is_file()


def _index_text(path: Path) -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).encode()
    finally:
        doc.close()


def test_the_job_sheet_says_how_each_file_is_printed(packaged: Path) -> None:
    """The job sheet said "2 page(s)" for the two-sided flyer: nothing of duplexing, of
    which page is the front, or of the turn. A portrait flyer's front and back are printed
    head to head, turned on the long edge."""
    with zipfile.ZipFile(packaged / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        text = z.read("JOB-SHEET.txt").decode("utf-8")
    by_file = {r["file"]: r["sides"] for r in rows}
    assert by_file["flyer-a5-en.pdf"] == (
        "double-sided (front, back), head to head: turn on the long edge"
    )
    assert by_file["badge-58-en.pdf"] == "single-sided"
    assert "2 page(s), double-sided (front, back), head to head: turn on the long edge" in text


def test_quiet_says_only_the_problems_and_a_merges_file_is_merged_again(tmp_path: Path) -> None:
    """`package -q` was "No such option"; a merge's changed file was told to be rebuilt "with
    the same build command"."""
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue\nw,en,Walk,2024-07-30,P\n", "utf-8")
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital"
    )
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg", "-q")
    assert code == 0, text
    assert "wrote " not in text
    assert (tmp_path / "pkg").is_dir()
    (out / "event-flyer-a5" / "event-flyer-a5-en-w.pdf").write_bytes(b"%PDF-1.6 edited")
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg2", "-q")
    assert code == 1
    assert (  # the merge that made the folder, quoted from its stamp
        "  hint: merge again with the command that made the folder (python generate.py merge "
        f"event-flyer-a5 {data} --no-digital --no-png -o {out}); never edit built files"
    ) in text, text
    doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    del doc["build"]  # no stamp: the command is not known, and the hint names the data file
    (out / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg2", "-q")
    assert code == 1
    assert (
        "  hint: merge e.csv into the folder again (the same merge command); never edit built files"
    ) in text, text


def test_a_merges_combined_file_is_in_the_print_zip_while_it_holds_the_builds_files(
    tmp_path: Path,
) -> None:
    """`merge --combined` made event-flyer-a5-all.pdf for a print shop that wants one file,
    and `package` left it out: the organiser sent it apart, or not at all. It is in the
    print ZIP now, with a job-sheet row saying which files it holds (print either, not
    both); once a later merge changed one of its files without making it again, it is left
    out with a warning."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(head + 'a,"en,fr",A,2024-07-30,P\nb,ar,B,2024-07-30,Q\n', encoding="utf-8")
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args, "--combined")
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.combined" not in text
    whole = (out / "event-flyer-a5-all.pdf").read_bytes()
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        assert z.read("event-flyer-a5-all.pdf") == whole
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        txt = z.read("JOB-SHEET.txt").decode()
    row = rows[-1]
    assert {k: row[k] for k in ("file", "language", "language_name", "pages", "trim_mm")} == {
        "file": "event-flyer-a5-all.pdf",
        "language": "ar en fr",
        "language_name": "Arabic, English, French",
        "pages": "3",
        "trim_mm": "148 x 210",
    }
    assert row["sha256"] == hashlib.sha256(whole).hexdigest()
    assert row["status"] == "draft (ar, fr)"
    assert row["note"] == (
        "the 3 print PDF(s) of event-flyer-a5 in this package, one after another by event "
        "id: print either them or this file, not both"
    )
    assert [r["note"] for r in rows[:-1]] == ["", "", ""]
    assert f"  NOTE: {row['note']}\n" in txt
    # the index lists it too: "files (60)" was listed of 61 packed
    import pypdfium2

    index = pypdfium2.PdfDocument(tmp_path / "p" / "campaign-index.pdf")
    try:
        listed = index[len(index) - 1].get_textpage().get_text_range()
    finally:
        index.close()
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        printed = [n for n in z.namelist() if n.endswith(".pdf")]
    assert not (tmp_path / "p" / "campaign-screen.zip").exists()  # --no-png --no-digital
    assert f"files ({len(printed)})" in listed
    assert "event-flyer-a5-all.pdf (print: the 3 files of event-flyer-a5 in one)" in listed
    # a later merge without --combined, after the combined file was moved away: b's flyer
    # is made again (a new venue), and the combined file put back holds the earlier one
    (out / "event-flyer-a5-all.pdf").rename(tmp_path / "kept.pdf")
    data.write_text(head + 'a,"en,fr",A,2024-07-30,P\nb,ar,B,2024-07-30,R\n', encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    (tmp_path / "kept.pdf").rename(out / "event-flyer-a5-all.pdf")
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert (
        "warning[package.combined]: event-flyer-a5-all.pdf holds "
        "event-flyer-a5/event-flyer-a5-ar-b.pdf as an earlier merge made it: a later merge "
        "changed or removed that file and did not make the combined file again: it is left "
        "out of the package\n  hint: merge the data again with --combined (python "
        f"generate.py merge event-flyer-a5 {data} --no-digital --no-png --combined -o {out}) "
        "to make it again from the files as they are, or delete it"
    ) in text, text  # the folder's last merge, with --combined: not "the same merge command"
    with zipfile.ZipFile(tmp_path / "p2" / "campaign-print.zip") as z:
        assert "event-flyer-a5-all.pdf" not in z.namelist()
        assert "event-flyer-a5-all.pdf" not in z.read("JOB-SHEET.csv").decode("utf-8-sig")


def test_a_combined_file_that_holds_part_of_its_materials_files_says_which_not(
    tmp_path: Path,
) -> None:
    """A row refused at the second merge keeps its earlier flyer (in the package), and the
    combined file made again holds the others only: the note said "the 2 print PDF(s) ...
    in this package", of 3. A list of no file, edited by hand, stopped the package on an
    internal error (IndexError)."""
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital", "--combined")
    data.write_text(head + "a,en,A,2024-07-30,P\nb,ar,B,2024-07-30,Q\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    data.write_text(head + "a,en,A,2024-07-30,P\nb,ar,B,2024-13-30,Q\n", encoding="utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 1  # b refused, a made
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        assert "event-flyer-a5-ar-b.pdf" in z.namelist()
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    assert rows[-1]["note"] == (
        "1 of the 2 print PDF(s) of event-flyer-a5 in this package, one after another by "
        "event id, not event-flyer-a5-ar-b.pdf: print either those or this file, not both"
    )
    sidecar = out / ".event-flyer-a5-all.json"
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text()), "parts": []}))
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert (
        "warning[package.combined]: .event-flyer-a5-all.json lists no file: it is left out of "
        "the package"
    ) in text


def test_an_earlier_packages_extra_contact_sheet_is_removed(tmp_path: Path) -> None:
    """A package of a build with fewer previews than the last one's wrote two contact sheets
    and left the third of the earlier package beside them ("sheet 3 of 3"): the folder, sent
    whole, held a stale sheet. What the last package wrote and this one does not is removed,
    and said; no other file, whatever its name (a user's campaign-contact-sheet-2023.png)."""
    head = "event_id,language,title,date,venue\n"
    data, out, target = tmp_path / "e.csv", tmp_path / "out", tmp_path / "pkg"
    rows = [f"e{n},en,E{n},2024-07-30,P" for n in range(10)]  # ten rows: two sheets
    data.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    args = ("--kit", ROOT, "-o", out, "--no-digital", "--png-ppi", "10")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", target)
    assert code == 0, text
    assert (target / "campaign-contact-sheet-2.png").exists()
    users = [target / "campaign-contact-sheet-2023.png", target / "notes.txt"]
    for path in users:
        path.write_bytes(b"the user's own")
    data.write_text(head + "\n".join(rows[:3]) + "\n", encoding="utf-8")  # one sheet now
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", target)
    assert code == 0, text
    second = target / "campaign-contact-sheet-2.png"
    assert not second.exists()
    assert f"removed {second} (the last package's, not made now)\n" in text
    assert all(path.exists() for path in users)
    assert (target / "campaign-contact-sheet.png").exists()


def test_files_of_another_template_made_before_the_kit_changed_are_named(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Flyers and posters merged from the same rows, the theme edited, the flyers merged
    again: the posters show the old theme, and the package said nothing (their rows were
    the last merge's). A file merged from another state of the kit is counted again, and
    named as outdated (made from the strings file as it was: package.outdated, an error)."""
    kit = kit_copy()
    head = "event_id,language,title,date,venue\n"
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(head + "a,en,A,2024-07-30,P\n", encoding="utf-8")
    args = ("--kit", kit, "-o", out, "--no-png", "--no-digital")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    assert cli("merge", "event-poster-a3", data, *args)[0] == 0
    strings = kit / "materials/strings/en.yaml"
    text = strings.read_text(encoding="utf-8")
    strings.write_text(text.replace("Leave No Child Behind", "Leave No One Behind"), "utf-8")
    assert cli("merge", "event-flyer-a5", data, *args)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 1, text
    assert (
        f"error[package.outdated]: the kit changed since {out}'s files were made "
        "(materials/strings/en.yaml): 1 of its 2 files were made from it as it was "
        "(event-poster-a3-en-a.pdf)\n"
    ) in text
    assert f"warning[package.older]: 1 of 2 files in {out} were made before its last" in text


@pytest.mark.parametrize("merge_first", [False, True])
def test_a_build_and_a_merge_into_one_folder_package_without_a_warning(
    tmp_path: Path, merge_first: bool
) -> None:
    """The README's way to one package of a build and a merge: each warned that the other's
    files "were made before its last build", and building (or merging) again only turned
    the warning round. Files made from the kit as it was at the last build are current."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text("event_id,language,title,date,venue\na,en,A,2024-07-30,P\n", encoding="utf-8")
    common = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    steps = [
        ("build", "--lang", "en", "--only", "badge-58", *common),
        ("merge", "event-flyer-a5", data, *common),
    ]
    for step in reversed(steps) if merge_first else steps:
        assert cli(*step)[0] == 0
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "warning" not in text
    assert cli(*steps[0])[0] == 0  # the build once more (nothing to do: its files kept)
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert "warning" not in text


def test_event_templates_built_without_an_event_are_left_out_and_named(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A build of the kit makes the event templates with blank event slots: the print ZIP
    held them beside the events' flyers, listed like them, and a material-wide order line
    gave them copies. They are left out (named in a note) unless asked for; a template
    whose event fields the kit fills (one event of an office's own) is no blank one."""
    kit, out = kit_copy(), tmp_path / "out"
    data = tmp_path / "e.csv"
    data.write_text("event_id,language,title,date,venue\nwalk,fr,Marche,2024-07-30,P\n", "utf-8")
    common = ("--kit", kit, "-o", out, "--no-png", "--no-digital")
    assert cli("build", "--lang", "en,fr", "--only", "event-flyer-a5,badge-58", *common)[0] == 0
    assert cli("merge", "event-flyer-a5", data, *common)[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    blank = (
        "2 file(s) of event templates built without an event are not in the package "
        "(event-flyer-a5: en, fr): their event slots are blank; `merge` makes each event's "
        "files (package --blank-templates packs these too)"
    )
    assert f"note[package.blank-templates]: {blank}\n" in text, text
    assert before_summary(text).endswith("3 note(s)\n"), (
        text
    )  # and package.no-contact, package.no-previews
    # in a --json report's diagnostics (it was a line of its `notes`)
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pj", "--json")
    report = json.loads(text)
    assert report["diagnostics"][0] == {
        "severity": "note",
        "code": "package.blank-templates",
        "message": blank,
        "file": None,
        "line": None,
        "column": None,
        "hints": [],
        "subject": {},
    }, report
    assert [d["code"] for d in report["diagnostics"][1:]] == [
        "package.no-contact",
        "package.no-previews",
    ]
    assert (report["notes"], report["counts"]["notes"]) == ([], 3), report
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        names = z.namelist()
        sheet = z.read("JOB-SHEET.txt").decode()
    assert [n for n in names if n.endswith(".pdf")] == [
        "badge-58-en.pdf",
        "badge-58-fr.pdf",
        "event-flyer-a5-fr-walk.pdf",
    ]
    assert "event-flyer-a5-en.pdf" not in sheet
    code, text = cli(
        "package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "--blank-templates"
    )
    assert code == 0, text
    assert "note:" not in text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        assert {"event-flyer-a5-en.pdf", "event-flyer-a5-fr.pdf"} <= set(z.namelist())
    campaign = kit / "materials/campaign.yaml"  # the kit's own event: not a blank template
    text = campaign.read_text(encoding="utf-8").replace('  event_title: ""', "  event_title: Walk")
    campaign.write_text(text, encoding="utf-8")  # the files made from it are outdated
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", ALLOW)
    assert code == 0, text
    assert "note:" not in text


def test_files_of_a_language_the_office_no_longer_prints_are_named_with_prune(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """An office that switched from es to es-MX: the package told it to build the office
    again, which changes nothing (a build keeps them until --prune), and sent the old
    Spanish files."""
    office = "name: Rosea\nlanguages: [es, en]\n"
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": office}), tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge-58", "--no-png", "--no-digital")
    assert cli("build", *args, "--office", "rosea")[0] == 0
    (kit / "materials/offices/rosea.yaml").write_text(office.replace("es, ", ""), "utf-8")
    assert cli("build", *args, "--office", "rosea")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: warning[package.unlisted]: 1 file(s) in es of office rosea "
        f"in {out} are in the package though rosea.yaml no longer lists es: no build makes "
        "them again\n"
        "  hint: add es to `languages:` in rosea.yaml, or remove them with python generate.py "
        f"build --office rosea --prune --no-digital --no-png -o {out} --kit {kit}\n"
        "1 warning(s), 2 note(s)\n"  # package.no-contact and package.no-previews (--no-png)
    )
    assert cli("build", *args, "--office", "rosea", "--prune")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert "warning" not in text


def test_contact_sheet_rows_go_by_design_then_size() -> None:
    """Badge sizes sorted as text: badge-1-25in (31.75 mm) before badge-1in (25.4 mm). Rows
    go by design, then by size (a badge's face, else the trim's area), then by name."""
    from campaign.pipeline.kitcache import cached_kit

    kit = cached_kit(ROOT)
    keys = ["badge-1-25in", "badge-1in", "badge-58", "badge-25mm", "poster-a1", "poster-a4"]
    keys += ["poster-a3/front", "badge-3in"]
    ordered = sorted(keys, key=lambda k: pkg_plan.sortable(pkg_plan.row_order(kit, k)))
    assert ordered == [
        "badge-25mm",  # 25 mm face
        "badge-1in",  # 25.4
        "badge-1-25in",  # 31.75
        "badge-58",  # 58
        "badge-3in",  # 76.2
        "poster-a4",
        "poster-a3/front",
        "poster-a1",
    ]


def test_files_of_a_language_built_with_lang_are_current_while_the_kit_is_unchanged(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """`build --office rosea --lang fr` of an office that never listed fr, then its build in
    en: the package warned that rosea.yaml "no longer lists fr" and told to prune, though
    the kit had not changed and `build --lang fr` makes them again."""
    kit = kit_copy(**{"materials/offices/rosea.yaml": "name: Rosea\nlanguages: [en]\n"})
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge-58", "--no-png", "--no-digital")
    assert cli("build", *args, "--office", "rosea", "--lang", "fr,en")[0] == 0
    assert cli("build", *args, "--office", "rosea")[0] == 0
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "warning" not in text


def test_a_job_name_begins_every_product_and_names_the_job(built: Path, tmp_path: Path) -> None:
    """Two packages of one office (this week's flyers, next week's posters) arrived at a
    print shop as the same campaign-print.zip: `--job` begins every product's name and is
    named in the job sheets and indexes; a name that is not a file name everywhere is
    refused before anything is read."""
    out = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", out, "--job", "2026-07.a")
    assert code == 0, text
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(
        f"2026-07.a-{group}-{what}"
        for group in ("campaign", OFFICE)
        for what in ("print.zip", "screen.zip", "contact-sheet.png", "index.pdf")
    )
    with zipfile.ZipFile(out / f"2026-07.a-{OFFICE}-print.zip") as z:
        first = z.read("JOB-SHEET.txt").decode("utf-8").splitlines()[0]
    assert first == (
        "World Day Against Trafficking in Persons 2024 \u2013 job sheet 2026-07.a \u2013 "
        f"UNODC Regional Office for Southeast Asia and the Pacific ({OFFICE})"
    )
    assert b"Campaign kit \xe2\x80\x93 job 2026-07.a" in _index_text(
        out / "2026-07.a-campaign-index.pdf"
    )
    for bad in ("../x", "a b", ".hidden", "x" * 65, "é"):
        code, text = cli(
            "package", "--kit", ROOT, "--from", built, "-o", tmp_path / "no", "--job", bad
        )
        assert code == 2, text
        assert "Invalid value for --job:" in text
        assert "cannot begin a file name everywhere" in text
    assert not (tmp_path / "no").exists()


def test_the_job_sheet_names_each_merged_file_s_event(tmp_path: Path) -> None:
    """A print shop with a merge's 300 event flyers told them apart by file name only: each
    merged file's row names its event, its id, title and date in the file's own language
    (a row's own French title and date in the French file)."""
    data, out = tmp_path / "e.csv", tmp_path / "out"
    data.write_text(
        "event_id,language,title,title_fr,date,venue\n"
        'walk-1,"en, fr",Blue Heart walk,Marche Cœur bleu,2026-07-30,Park\n',
        encoding="utf-8",
    )
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png")
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
    events = {r["language"]: r["event"] for r in rows}
    assert events == {
        "en": "walk-1: Blue Heart walk, 30 July 2026",
        "fr": "walk-1: Marche Cœur bleu, 30 juillet 2026",
    }
    assert "  event walk-1: Marche Cœur bleu, 30 juillet 2026\n" in txt


def test_a_sheet_s_note_says_how_often_to_print_it_for_the_order(
    built: Path, tmp_path: Path
) -> None:
    """A gang sheet of 5 English and 4 Swahili badges, each ordered 150 times, gave the
    print shop no count (the order's copies are the single files'): the note says how many
    times to print the sheet so that every file reaches its copies, and what that makes."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    code, text = cli("sheet", "--kit", ROOT, "--from", folder, "--lang", "en,fr", "--copies", "4")
    assert code == 0, text
    order = tmp_path / "order.csv"
    order.write_text(
        "material,language,office,copies\nbadge-58,en,,150\nbadge-58,fr,,100\n", encoding="utf-8"
    )
    code, text = cli(
        "package", "--kit", ROOT, "--from", folder, "-o", tmp_path / "p", "--order", order
    )
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    row = next(r for r in rows if r["file"] == "sheets/badge-58-a4-en-fr.pdf")
    # 4 of each a printing (8 badges, one A4 sheet of 9): 38 printings for en's 150
    assert row["note"].endswith(
        "; for the order, print it 38 times (badge-58-en.pdf 150 ordered, 152 made; "
        "badge-58-fr.pdf 100 ordered, 152 made)"
    ), row["note"]
    # the sheet's own copies: how many times it is printed (a print shop's trial: empty); the
    # totals count the single files' ordered copies
    assert row["copies"] == "38"
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
    assert "\nCopies ordered: 250 in all (badge-58 250: 2 files, 100 to 150 each)\n" in txt, txt
    assert (
        "\n  38 copies of the sheet, SRA4, die-cut along the 70 mm cut circles on it "
        "(CutContour); then a 58 mm button press\n"
    ) in txt
    # the single files' rows give what was ordered, and no copies: the sheet prints them
    single = next(r for r in rows if r["file"] == "badge-58-en.pdf")
    assert (single["ordered"], single["copies"]) == ("150", "")


def test_a_sheet_s_cut_pages_are_said_not_to_be_printed(built: Path, tmp_path: Path) -> None:
    """A print shop's trial: the job sheet said to print each of a gang sheet's 2 pages 30
    times, its page of cut lines alone too. The note names the cut pages, for the cutter,
    and the count is for the printed pages alone, each its own: the full page 13 times, the
    one of 3 once (14 printings for 120; every page 10 times was 20)."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", folder, "--lang", "en", "--copies", "12", "--cut-page"
    )
    assert code == 0, text  # 9 to a sheet: a full sheet and a last one of 3, each cut page
    order = tmp_path / "order.csv"
    order.write_text("material,language,office,copies\nbadge-58,en,,120\n", encoding="utf-8")
    args = ("--kit", ROOT, "--from", folder, "-o", tmp_path / "p", "--order", order)
    code, text = cli("package", *args)
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    row = next(r for r in rows if r["file"] == "sheets/badge-58-a4-en.pdf")
    assert row["pages"] == "4"
    assert row["note"].endswith(
        "; pages 3-4 are its cut lines alone, for the cutter: not printed; for the order, "
        "print page 1 13 times, page 2 once: 14 printings in all (badge-58-en.pdf 120 "
        "ordered, 120 made)"
    ), row["note"]


def test_a_press_sheet_s_note_counts_each_page_for_its_file(tmp_path: Path) -> None:
    """A print shop's trial: a press sheet is a page per file, and the note said to print
    every page as often as the largest order needs (1,000 Arabic flyers made where 200 were
    ordered). Each page's count is its own file's; pages of one count are said together."""
    out = tmp_path / "out"
    args = ("--only", "flyer-a5", "--lang", "en,ar,fr", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "flyer-a5")
    assert code == 0, text
    order = tmp_path / "order.csv"
    order.write_text(
        'material,language,office,copies\nflyer-a5,,,"1,000"\nflyer-a5,ar,,200\n',
        encoding="utf-8",
    )
    args = ("--kit", ROOT, "--from", out, "-o", tmp_path / "p", "--order", order)
    code, text = cli("package", *args)
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p" / "campaign-print.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    row = next(r for r in rows if r["file"] == "sheets/flyer-a5-2up.pdf")
    assert row["note"].endswith(  # 2-up, work-and-turn: 2 flyers a printing
        "; for the order, print pages 1-2 500 times, page 3 100 times (flyer-a5-en.pdf 1,000 "
        "ordered, 1,000 made; flyer-a5-fr.pdf 1,000 ordered, 1,000 made; flyer-a5-ar.pdf 200 "
        "ordered, 200 made)"  # the campaign's order of languages: en, fr, then ar
    ), row["note"]
    # no one count of the whole PDF: its copies stay empty, the note says each page's
    assert (row["copies"], row["stock"]) == ("", "SRA3")


def test_a_sheet_of_blank_event_templates_is_left_out_without_a_false_warning(
    tmp_path: Path,
) -> None:
    """The package leaves blank event templates out; a press sheet of them was then said
    to place files "as an earlier build made it" (nothing had changed). It is left out
    with them, under the package's note."""
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--lang", "en", "--only", "event-flyer-a5", "--no-png")
    code, text = cli("build", *args)
    assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "event-flyer-a5")
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.sheet" not in text, text
    assert "event templates built without an event are not in the package" in text
    code, text = cli(
        "package", "--kit", ROOT, "--from", out, "-o", tmp_path / "p2", "--blank-templates"
    )
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "p2" / "campaign-print.zip") as z:
        # without --up, as many as SRA3 holds with every mark: 3 (2 upright, 1 turned)
        assert "sheets/event-flyer-a5-3up.pdf" in z.namelist()


def test_a_kiss_cut_piece_s_row_names_its_die_line(tmp_path: Path) -> None:
    """A print shop's trial: the sticker's rows said only "single-sided", and its PDFs carry
    a die line in the spot colour CutContour, which a RIP that does not know it prints as
    magenta. The row's note names it and what to do with it, a badge's too (its print PDF
    draws its cut circle so); a poster's has no note."""
    out = build(
        ROOT,
        tmp_path / "out",
        "--only",
        "sticker-50,poster-a3,badge-58",
        "--lang",
        "en",
        *PRINT_ONLY,
    )
    code, text = cli("package", "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    rows = job_csv_rows(tmp_path / "pkg" / "campaign-print.zip")
    for die_cut in ("sticker-50-en.pdf", "badge-58-en.pdf"):
        assert rows[die_cut]["note"] == (
            "die line in the spot colour CutContour (0.25 pt, overprinting, alternate 100 % "
            "magenta): map it to the cutter; it must not print"
        )
    assert rows["poster-a3-en.pdf"]["note"] == ""


def test_a_file_with_an_image_below_300_ppi_is_named_in_the_package(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An office's trial: a banner's logo at 237 ppi was a build warning only; the package
    said nothing, its job sheet rows neither, and the print shop's preflight (300 ppi)
    failed every file. The package warns, naming the files, and each row says so."""
    from tests.offices.kit import office_kit

    kit = office_kit(kit_copy)
    # 280 x 140 px contained in the poster's 48 x 15 mm partner-logo frame: 30 x 15 mm, 237 ppi
    Image.new("RGB", (280, 140), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--office", "rosea", "--only", "poster-a3",
        "--lang", "en", "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    assert "image.ppi-warning" in text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (
        "warning[package.resolution]: 1 print file(s) hold an image below 300 ppi, which print "
        "shops' preflight refuses: poster-a3-en-rosea.pdf; their job sheet rows say so\n"
    ) in text, text
    rows = job_csv_rows(tmp_path / "pkg" / "rosea-print.zip")
    assert rows["poster-a3-en-rosea.pdf"]["note"] == (
        "SAMPLE DATA, NOT FOR PRINT: rosea.yaml says `sample: true`; "  # the test office's
        "an image prints at 237 ppi, below the 300 ppi print shops' preflight asks for: agree "
        "it with the print shop, or replace the image"
    )


def test_sheets_that_place_the_same_files_are_named_in_each_others_notes(
    tmp_path: Path,
) -> None:
    """An organiser's trial: an A4 and a Letter gang sheet and a sticker sheet of the same
    badges each said "print either it or those files, not both", and a shop that followed
    every note printed the badges three times. Each note names the others, and the package
    warns; a sheet of other files is not named."""
    out = build(ROOT, tmp_path / "out", "--only", "badge-58", "--lang", "en,fr", *PRINT_ONLY)
    for extra in (("--lang", "en,fr"), ("--lang", "en", "--paper", "letter"), ("--lang", "fr")):
        code, text = cli("sheet", "--kit", ROOT, "--from", out, *extra)
        assert code == 0, text
    names = sorted(p.name for p in (out / "sheets").glob("*.pdf"))
    assert names == ["badge-58-a4-en-fr.pdf", "badge-58-a4-fr.pdf", "badge-58-letter-en.pdf"]
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert (
        "warning[package.sheet]: campaign: the sheets badge-58-a4-en-fr.pdf, "
        "badge-58-a4-fr.pdf, badge-58-letter-en.pdf place some of the same files: printed "
        "each as its job sheet note says, those files print more than once\n"
    ) in text, text
    rows = {
        name: r["note"] for name, r in job_csv_rows(tmp_path / "pkg" / "campaign-print.zip").items()
    }
    assert (
        # a review: "print only one of these sheets" left the fr badges unprinted when the
        # shop picked the Letter sheet, which has the en ones only
        "; sheets/badge-58-a4-fr.pdf, sheets/badge-58-letter-en.pdf place some of them too: "
        "print each file once, from one sheet or another"
    ) in rows["sheets/badge-58-a4-en-fr.pdf"]
    assert (
        "; sheets/badge-58-a4-en-fr.pdf place some of them too: print each file once, from one "
        "sheet or another"
    ) in rows["sheets/badge-58-letter-en.pdf"]


@pytest.mark.parametrize(
    ("ppi", "note"),
    [
        (236.7, "an image prints at 236 ppi"),
        (299.6, "an image prints at 299 ppi"),  # a review: "300 ppi, below the 300"
        (300.0, ""),
        (None, ""),
    ],
)
def test_the_low_resolution_note_never_says_300_below_300(ppi: float | None, note: str) -> None:
    from campaign.output import OutputFile

    facts = {"min_image_ppi": ppi} if ppi is not None else {}
    f = OutputFile("a.pdf", "poster-a3", "en", "pdf", "print", (297, 420), 1, "0", 1,
                   extra={"preflight": facts})  # fmt: skip
    assert pkg_jobsheet.low_ppi(f, 300.0).startswith(note)
    assert bool(pkg_jobsheet.low_ppi(f, 300.0)) == bool(note)


def job_csv_rows(zip_path: Path) -> dict[str, dict[str, str]]:
    """The rows of a print ZIP's JOB-SHEET.csv, by file."""
    with zipfile.ZipFile(zip_path) as z:
        text = z.read("JOB-SHEET.csv").decode("utf-8-sig")
    return {r["file"]: r for r in csv.DictReader(io.StringIO(text))}


def test_a_package_of_another_build_folder_does_not_replace_the_last_one(
    built: Path, tmp_path: Path
) -> None:
    """A package writes over the last one in its folder and removes its products it does not
    make: an organiser's package of a build of badges, written where the merge's flyers had
    been packed, replaced the print shop's ZIP of flyers (5.6 MB) with badges (0.8 MB), a
    "removed" line for each of the others. The listing names the build folder packed; a
    package of another is refused, nothing written, until --replace."""
    target = tmp_path / "handoff"
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", target)
    assert code == 0, text
    listing = json.loads((target / ".package-products.json").read_text(encoding="utf-8"))
    assert listing["from"] == Path(os.path.relpath(built.resolve(), target.resolve())).as_posix()
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    other = tmp_path / "badges"
    code, text = cli(
        "build", "--kit", ROOT, "-o", other, "--lang", "en", "--only", "badge-58", *PRINT_ONLY
    )
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", other, "-o", target)
    assert code == 1, text
    first = sorted(n for n in listing["files"])[:2]
    assert (
        f"error[package.other-build]: {target} holds the package of the build in {built} "
        f"({len(listing['files'])} file(s): {first[0]}, {first[1]}, ...): a package of {other} "
        "would replace it; nothing was written\n"
        f"  hint: package into a folder of its own: -o {target}-badges\n"
        "  hint: or, to replace that package with this one, add --replace\n"
    ) in text
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", target)  # its own: ok
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", other, "-o", target, "--replace")
    assert code == 0, text
    listing = json.loads((target / ".package-products.json").read_text(encoding="utf-8"))
    assert listing["from"] == "../badges"
    assert listing["files"] == ["campaign-index.pdf", "campaign-print.zip"]  # no previews


def test_a_build_folder_moved_or_copied_with_its_package_is_still_its_package(
    tmp_path: Path,
) -> None:
    """The listing names the build folder relative to the package folder, and a package
    folder inside its build folder (the default, BUILD/package) is that build's: a build
    renamed (mv out out-july) or copied to a colleague was refused its own package as
    "the package of the build in out" (a review of the fifty-ninth session's code)."""
    built = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", built, "--lang", "en", "--only", "badge-58", *PRINT_ONLY
    )
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", built)
    assert code == 0, text
    listing = json.loads((built / "package" / ".package-products.json").read_text("utf-8"))
    assert listing["from"] == ".."  # no user's folder in the package folder
    moved = tmp_path / "out-july"
    built.rename(moved)
    code, text = cli("package", "--kit", ROOT, "--from", moved)
    assert code == 0, text
    shutil.copytree(moved, tmp_path / "copy")
    code, text = cli("package", "--kit", ROOT, "--from", tmp_path / "copy")
    assert code == 0, text
    beside = tmp_path / "handoff"  # a package folder beside its build, the two moved together
    code, text = cli("package", "--kit", ROOT, "--from", moved, "-o", beside)
    assert code == 0, text
    (tmp_path / "both").mkdir()
    moved.rename(tmp_path / "both" / "out-july")
    beside.rename(tmp_path / "both" / "handoff")
    code, text = cli(
        "package", "--kit", ROOT, "--from", tmp_path / "both" / "out-july",
        "-o", tmp_path / "both" / "handoff",
    )  # fmt: skip
    assert code == 0, text
