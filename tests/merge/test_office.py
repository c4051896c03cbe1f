"""`merge --office ID`: event flyers as one office's edition (a country office's trial: "merge
... --office kenya-ethiopia gives No such option '--office': event flyers can't carry the
office's logos or helpline"). The office's fields, links, logo and press profile, as `build
--office` uses them, under each record's values; its files in OUT/<office>/<template>/, kept
apart from the campaign's merge of the same data into the same folder.

The shipped offices' contacts and logos are empty on purpose (each office fills its own), so
the kit is a copy with a fictional test office (tests/offices/kit.py's values: obviously fake);
the shipped event flyer shows the office's helpline, website and partner logo (a regional
office's trial: it had no slot for them, and the office's merge showed none)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.layout.document import ImageItem, TextItem
from campaign.pipeline.compose import Laid

from ..kits import ROOT, cli, output_tree
from ..offices.kit import HELPLINE

OFFICE = f"""\
name: Rosea Test Office
languages: [en, fr]
output_profile: fogra29
fields:
  helpline: "{HELPLINE}"
  website: https://www.example.org/rosea
links:
  event: https://example.org/rosea-events
logos:
  partner: rosea-logo.png
sample: true
"""
# made-up events: the walk's example.org link is the project's sample, as its `sample` cell
# says (a real event's is refused: merge.value)
ROWS = (
    "event_id,language,title,date,venue,link,sample\n"
    "walk,en,Blue walk,2024-07-30,Park,https://example.org/walk,true\n"
    "run,fr,Course bleue,2024-07-30,Parc,,\n"
)
ARGS = ("--png-ppi", "20", "--jobs", "1")


def office_kit(root: Path) -> Path:
    """A copy of the kit with the test office and its logo (the shipped event flyer shows
    them: its helpline, web and logo slots, drawn only when the office fills them)."""
    import shutil

    kit = root / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    (kit / "fonts").symlink_to(ROOT / "fonts")
    shutil.copytree(ROOT / "assets", kit / "assets")
    (kit / "materials" / "offices" / "rosea.yaml").write_text(OFFICE, encoding="utf-8")
    Image.new("RGB", (600, 300), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    return kit


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str, str]:
    """The data merged for the office, then for the campaign, into one folder."""
    root = tmp_path_factory.mktemp("office-merge")
    kit = office_kit(root)
    data, out = root / "events.csv", root / "out"
    data.write_text(ROWS, encoding="utf-8")
    run = ("merge", "event-flyer-a5", data, "--kit", kit, "-o", out, *ARGS)
    code, office_text = cli(*run, "--office", "rosea")
    assert code == 0, office_text
    code, campaign_text = cli(*run)
    assert code == 0, campaign_text
    return kit, data, out, office_text, campaign_text


OFFICE_FLYER = "rosea/event-flyer-a5/event-flyer-a5-en-rosea-walk"
CAMPAIGN_FLYER = "event-flyer-a5/event-flyer-a5-en-walk"


def text_of(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return str(pdf[0].get_textpage().get_text_range())
    finally:
        pdf.close()


def images_of(path: Path) -> list[tuple[int, int]]:
    """The sizes of the page's pictures (not the stencil masks its glyph runs are drawn
    with: /ImageMask)."""
    with pikepdf.open(path) as pdf:
        xobjects = pdf.pages[0].Resources.get("/XObject", {})
        return [
            (int(x.Width), int(x.Height))
            for x in xobjects.values()
            if x.Subtype == "/Image" and not x.get("/ImageMask", False)
        ]


def uris_of(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [str(a.A.URI) for a in pdf.pages[0].get("/Annots", []) if "/A" in a]


def test_the_offices_flyer_shows_its_helpline_website_and_logo(
    merged: tuple[Path, Path, Path, str, str],
) -> None:
    out = merged[2]
    text = text_of(out / f"{OFFICE_FLYER}.pdf").split("\r\n")
    # the shipped flyer's row under the call: the helpline, then the web address
    assert f"{HELPLINE} www.example.org/rosea" in text
    assert "Blue walk" in text  # the record's own
    # the office's logo, 600 x 300 px, is the page's one image; the campaign's flyer has
    # the emblem's slot empty (the campaign has no partner logo) and no helpline
    (size,) = images_of(out / f"{OFFICE_FLYER}.pdf")
    assert size[0] == 2 * size[1]
    assert images_of(out / f"{CAMPAIGN_FLYER}.pdf") == []
    assert HELPLINE not in text_of(out / f"{CAMPAIGN_FLYER}.pdf")


def test_the_offices_press_profile_is_the_output_intent(
    merged: tuple[Path, Path, Path, str, str],
) -> None:
    out = merged[2]

    def intent(path: Path) -> str:
        with pikepdf.open(path) as pdf:
            return str(pdf.Root.OutputIntents[0].OutputConditionIdentifier)

    assert intent(out / f"{OFFICE_FLYER}.pdf") == "FOGRA29"  # rosea.yaml's
    assert intent(out / f"{CAMPAIGN_FLYER}.pdf") == "FOGRA39"  # campaign.yaml's


def test_the_records_values_are_over_the_offices(
    merged: tuple[Path, Path, Path, str, str],
) -> None:
    """The office's `event` link is the QR code's of a row without a link; a row's own link
    is its QR code's (the record over the office over the campaign)."""
    out = merged[2]
    walk = uris_of(out / f"{OFFICE_FLYER}-digital.pdf")
    assert "https://example.org/walk" in walk
    assert "https://example.org/rosea-events" not in walk
    run = uris_of(out / "rosea/event-flyer-a5/event-flyer-a5-fr-rosea-run-digital.pdf")
    assert "https://example.org/rosea-events" in run
    assert "tel:+00-000-000-000" in walk  # the office's helpline, a link in the digital PDF


def test_the_offices_files_are_in_its_folder_beside_the_campaigns(
    merged: tuple[Path, Path, Path, str, str],
) -> None:
    _, _, out, office_text, campaign_text = merged
    assert f"in {out}/rosea/ (" in office_text
    assert "removed" not in campaign_text, campaign_text
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    prints = sorted(
        (f["path"], f["office"], f["record"], f["extra"]["data"])
        for f in manifest["files"]
        if f["variant"] == "print"
    )
    assert prints == [
        ("event-flyer-a5/event-flyer-a5-en-walk.pdf", None, "walk", "events.csv"),
        ("event-flyer-a5/event-flyer-a5-fr-run.pdf", None, "run", "events.csv"),
        ("rosea/event-flyer-a5/event-flyer-a5-en-rosea-walk.pdf", "rosea", "walk", "events.csv"),
        ("rosea/event-flyer-a5/event-flyer-a5-fr-rosea-run.pdf", "rosea", "run", "events.csv"),
    ]
    assert set(output_tree(out)) >= {p for p, *_ in prints}


def test_merging_with_and_without_the_office_keeps_both_sets(tmp_path: Path) -> None:
    """A merge removes its own rows that are gone and refuses another data file's events;
    the same template merged for an office is neither: the campaign's merge of fewer rows
    removed the office's flyers of the others (and --office the campaign's)."""
    kit = office_kit(tmp_path)
    data, other, out = tmp_path / "events.csv", tmp_path / "more.csv", tmp_path / "out"
    data.write_text(ROWS, encoding="utf-8")
    run = ("merge", "event-flyer-a5", "--kit", kit, "-o", out, "--no-png", "--no-digital")
    assert cli(*run[:2], data, *run[2:], "--office", "rosea")[0] == 0
    assert cli(*run[:2], data, *run[2:])[0] == 0
    before = set(output_tree(out))
    # the campaign's merge of fewer rows removes its own file of the row gone, not the office's
    data.write_text(ROWS.rsplit("run,", 1)[0], encoding="utf-8")
    code, text = cli(*run[:2], data, *run[2:])
    assert code == 0, text
    gone = "event-flyer-a5/event-flyer-a5-fr-run.pdf"
    assert f"removed {gone} (its row is not in the data)" in text
    assert set(output_tree(out)) == before - {gone}
    # another data file, for the office: the campaign's events are not its to judge, its own
    # (run, walk) are
    other.write_text("event_id,language,title,date,venue\nfair,en,Fair,2024-07-30,P\n")
    code, text = cli(*run[:2], other, *run[2:], "--office", "rosea")
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds office rosea's event-flyer-a5 files of 2 "
        "event(s) from events.csv (run, walk) that are not in more.csv: this merge would "
        "remove them; nothing was made\n"
    ) in text
    code, text = cli(*run[:2], other, *run[2:])  # the campaign's: its walk is not in more.csv
    assert "holds the event-flyer-a5 files of 1 event(s) from events.csv (walk)" in text


def test_an_unknown_office_is_named(tmp_path: Path) -> None:
    """As `build --office` names it, before any row is read: a sheet whose rows all have a
    problem (no date) said theirs, and not the office's, which the next merge then met."""
    data = tmp_path / "events.csv"
    data.write_text(ROWS.split("\n", 1)[0] + "\nbad,en,Bad,,P,\n", encoding="utf-8")
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", office_kit(tmp_path), "--office", "rosa"
    )
    assert code == 1
    assert (
        text
        == "error[ref.office]: unknown office 'rosa'\n  hint: did you mean 'rosea'?\n1 error(s)\n"
    )
    assert not (tmp_path / "out-events").exists()


def test_an_office_whose_file_has_errors_is_named(tmp_path: Path) -> None:
    kit = office_kit(tmp_path)
    (kit / "materials" / "offices" / "broken.yaml").write_text("name: Broken\nlanguages: [zz]\n")
    data = tmp_path / "events.csv"
    data.write_text(ROWS, encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, "--kit", kit, "--office", "broken")
    assert code == 1
    assert (
        "broken.yaml:2:13: error[ref.language]: office 'broken' prints 'zz', which has no " in text
    )


def test_the_offices_warnings_are_the_merges_and_no_other_offices(tmp_path: Path) -> None:
    """A merge for the office says what its file lacks (as `build --office` does), and
    nothing of another office's file (a merge without --office: nothing of any office)."""
    kit = office_kit(tmp_path)
    (kit / "materials" / "offices" / "broken.yaml").write_text("name: Broken\nlanguages: [zz]\n")
    data = tmp_path / "events.csv"
    data.write_text(ROWS, encoding="utf-8")
    args = ("--kit", kit, "-o", tmp_path / "out", "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args, "--office", "rosea")
    assert code == 0, text
    assert (
        "rosea.yaml:1:1: warning[office.unfilled]: rosea: the office has not filled "
        "report_url, email, social, office_name\n"
    ) in text
    assert "broken" not in text


def test_a_name_pattern_names_the_offices_files_in_its_folder(tmp_path: Path) -> None:
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(ROWS, encoding="utf-8")
    args = ("--kit", office_kit(tmp_path), "-o", out, "--no-png", "--no-digital")
    assert cli("merge", "event-flyer-a5", data, *args, "--name", "{event_id}-{lang}")[0] == 0
    code, text = cli(
        "merge", "event-flyer-a5", data, *args, "--name", "{event_id}-{lang}", "--office", "rosea"
    )
    assert code == 0, text
    assert sorted(output_tree(out)) == [
        "event-flyer-a5/run-fr.pdf",
        "event-flyer-a5/walk-en.pdf",
        "index.html",
        "manifest.json",
        "rosea/event-flyer-a5/run-fr.pdf",
        "rosea/event-flyer-a5/walk-en.pdf",
    ]


@pytest.mark.parametrize("office", ["all", "rosea,brussels"])
def test_one_office_at_a_time(tmp_path: Path, office: str) -> None:
    data = tmp_path / "events.csv"
    data.write_text(ROWS, encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "--office", office)
    assert code == 2
    assert (
        f"Error: --office takes one office id, not '{office}': merge once per office (each "
        "into OUT/<office>/)"
    ) in text


def test_combined_is_the_campaigns_merge(tmp_path: Path) -> None:
    data = tmp_path / "events.csv"
    data.write_text(ROWS, encoding="utf-8")
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "--office", "brussels", "--combined"
    )
    assert code == 2
    assert (
        "Error: --combined makes OUT/<template>-all.pdf of the campaign's records: merge "
        "without --office for it"
    ) in text


def test_the_campaigns_combined_file_holds_its_records_alone(tmp_path: Path) -> None:
    """An office's flyers in the folder are not the campaign's combined file's pages."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(ROWS, encoding="utf-8")
    args = ("--kit", office_kit(tmp_path), "-o", out, "--no-png", "--no-digital")
    assert cli("merge", "event-flyer-a5", data, *args, "--office", "rosea")[0] == 0
    code, text = cli("merge", "event-flyer-a5", data, *args, "--combined")
    assert code == 0, text
    with pikepdf.open(out / "event-flyer-a5-all.pdf") as pdf:
        assert len(pdf.pages) == 2  # walk (en) and run (fr), the campaign's
        assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "FOGRA39"


@pytest.mark.parametrize("office_first", [True, False])
def test_package_sends_both_merges_as_current(tmp_path: Path, office_first: bool) -> None:
    """The same data merged for the office and for the campaign, in either order: neither's
    files are older than the folder's last merge (`package` warns of nothing but the test's
    sample data: `package.sample`, the rows and the office say so), and each is its
    group's."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(ROWS, encoding="utf-8")
    kit = office_kit(tmp_path)
    args = ("--kit", kit, "-o", out, "--no-png", "--no-digital")
    runs = [("--office", "rosea"), ()]
    for extra in runs if office_first else runs[::-1]:
        assert cli("merge", "event-flyer-a5", data, *args, *extra)[0] == 0
    code, text = cli("package", "--from", out, "--kit", kit, "-o", tmp_path / "pk")
    assert code == 0, text
    assert re.findall(r"(?:warning|error)\[([\w.-]+)\]", text) == ["package.sample"], text
    assert "packaged 4 file(s) of " in text
    assert " for 2 group(s)" in text
    assert sorted(p.name for p in (tmp_path / "pk").glob("*-print.zip")) == [
        "campaign-print.zip",
        "rosea-print.zip",
    ]


def test_sheet_of_one_event_for_the_office_and_for_the_campaign(
    merged: tuple[Path, Path, Path, str, str],
) -> None:
    """`sheet --event walk` of the campaign's flyers and of the office's, from one folder: two
    sheets, each of its own files (the office's shows its helpline)."""
    kit, _, out, _, _ = merged
    run = ("sheet", "--from", out, "--kit", kit, "--material", "event-flyer-a5", "--home")
    for extra in (("--office", "rosea"), ()):
        code, text = cli(*run, "--event", "walk", *extra)
        assert code == 0, text
    sheets = out / "sheets"
    office, campaign = (
        sheets / "event-flyer-a5-a4-2up-home-rosea-walk.pdf",
        sheets / "event-flyer-a5-a4-2up-home-walk.pdf",
    )
    assert HELPLINE in text_of(office)
    assert HELPLINE not in text_of(campaign)


# A regional office on US paper, in the trial's languages, with a helpline per language
# (obviously fake numbers, as tests/offices/kit.py's)
LATAM = """\
name: Latam Test Office
languages: [es, pt, fr, ht, en]
paper: us
output_profile: gracol2006
fields:
  helpline: "+00 000 000 001"
  website: https://www.example.org/latam
  office_name: Latam Test Office
  email: latam@example.org
fields_by_language:
  es: {helpline: "+00 000 000 002"}
  pt: {helpline: "+00 000 000 003"}
links:
  blueheart: https://example.org/latam
sample: true
logos:
  partner: rosea-logo.png
"""
LATAM_ROWS = 'event_id,language,title,date,venue\nm1,"es, pt, en",Marcha,2024-07-30,Parque\n'


def latam_kit(root: Path) -> Path:
    kit = office_kit(root)
    (kit / "materials" / "offices" / "latam.yaml").write_text(LATAM, encoding="utf-8")
    return kit


def test_an_offices_event_flyer_shows_its_helpline_in_each_language_and_its_logo(
    tmp_path: Path,
) -> None:
    """A regional office's trial: `merge event-flyer-a5 --office ID` put nothing of the
    office on the flyers (the event templates had no slot for its helpline, website or
    logos). Each flyer shows the helpline its language is given (`fields_by_language`), else
    the office's, its website and its logo; what the template has no place for (the office's
    QR link: its name and e-mail are printed now) is named in a note."""
    kit, data, out = latam_kit(tmp_path), tmp_path / "events.csv", tmp_path / "out"
    data.write_text(LATAM_ROWS, encoding="utf-8")
    code, text = cli(
        "merge", "event-flyer-letter", data, "--kit", kit, "-o", out, "--office", "latam", *ARGS
    )
    assert code == 0, text
    folder = out / "latam" / "event-flyer-letter"
    helplines = {
        lang: [
            line
            for line in text_of(folder / f"event-flyer-letter-{lang}-latam-m1.pdf").split("\r\n")
            if line.startswith("+00")
        ]
        for lang in ("es", "pt", "en")
    }
    assert helplines == {
        "es": ["+00 000 000 002 www.example.org/latam"],
        "pt": ["+00 000 000 003 www.example.org/latam"],
        "en": ["+00 000 000 001 www.example.org/latam"],
    }
    # the partner logo, 600 x 300 px (scaled down to the resolution its slot needs)
    (size,) = images_of(folder / "event-flyer-letter-es-latam-m1.pdf")
    assert abs(size[0] / size[1] - 2) < 0.01
    message = (
        "'event-flyer-letter' has no place for what office 'latam' gives: link "
        "'blueheart'; the office's materials show them (python generate.py build --office "
        f"latam --kit {kit})"
    )
    assert f"\nnote[merge.left-out]: {message}\n" in text  # a note of no place
    # in a --json report's diagnostics (it was a line of `notes`)
    code, text = cli(
        "merge", "event-flyer-letter", data, "--kit", kit, "-o", out, "--office", "latam", *ARGS,
        "--json", "--force",
    )  # fmt: skip
    report = json.loads(text)
    assert [d for d in report["diagnostics"] if d["code"] == "merge.left-out"] == [
        {
            "severity": "note",
            "code": "merge.left-out",
            "message": message,
            "file": None,
            "line": None,
            "column": None,
            "hints": [],
            "subject": {},
        }
    ], report
    assert report["notes"] == [], report
    assert "merge.paper" not in text  # Letter: the office's paper


def test_an_event_template_of_another_paper_is_a_warning_naming_the_offices_size(
    tmp_path: Path,
) -> None:
    """A regional office's trial: an office on US paper merging `event-poster-a3` got A3
    files without a word, and there was no Tabloid event poster (`merge
    event-poster-tabloid`: unknown material). The event poster has its Tabloid size, and a
    template of the other paper family is a warning at the office's `paper:`, naming it."""
    kit, data, out = latam_kit(tmp_path), tmp_path / "events.csv", tmp_path / "out"
    data.write_text(LATAM_ROWS.replace('"es, pt, en"', "es"), encoding="utf-8")
    run = ("--kit", kit, "-o", out, "--office", "latam", "--no-png", "--no-digital")
    code, text = cli("merge", "event-poster-a3", data, *run)
    assert code == 0, text
    office_file = kit / "materials" / "offices" / "latam.yaml"
    assert (
        f"{office_file}:3:1: warning[merge.paper]: office 'latam' prints on US paper (paper: "
        "us), and 'event-poster-a3' (Event poster A3, 297 x 420 mm) is of ISO paper: its files "
        "are made in that size\n"
        "  hint: merge event-poster-tabloid for it: the same design in Event poster Tabloid "
        "(279.4 x 431.8 mm); or event-poster-letter (Event poster Letter, 215.9 x 279.4 mm)\n"
    ) in text
    code, text = cli("merge", "event-poster-tabloid", data, *run)
    assert code == 0, text
    assert "merge.paper" not in text
    tabloid = out / "latam" / "event-poster-tabloid" / "event-poster-tabloid-es-latam-m1.pdf"
    with pikepdf.open(tabloid) as pdf:
        box = [float(v) for v in pdf.pages[0].TrimBox]
    assert [round((box[2] - box[0]) / 72 * 25.4, 1), round((box[3] - box[1]) / 72 * 25.4, 1)] == [
        279.4,
        431.8,
    ]
    assert "+00 000 000 002 www.example.org/latam" in text_of(tabloid).split("\r\n")
    # an ISO office merging the A3 poster, and the campaign's merge: no word of paper
    for office in (("--office", "rosea"), ()):
        code, text = cli("merge", "event-poster-a3", data, "--kit", kit, "-o", out, *office)
        assert code == 0, text
        assert "merge.paper" not in text


# The event poster in US Letter: the A3 design scaled by min(215.9 / 297, 279.4 / 420)
S_LETTER = min(215.9 / 297, 279.4 / 420)  # 0.66524: height-bound, centred across


def test_the_event_poster_comes_in_letter_with_its_bleed_and_safe_area(tmp_path: Path) -> None:
    """An office in the Americas prints on Letter and Tabloid: the event poster had a
    Tabloid size and no Letter one. Its boxes in mm: the trim, 1/8 in of bleed, the design's
    5 mm safe margin, every text and the QR code inside it (the QR label's own frame: two
    lines of Burmese at the 9 pt floor), and the print PDF's TrimBox and BleedBox."""
    from campaign.kit.load import load_kit

    kit = load_kit(ROOT)
    letter = kit.layouts["event-poster-letter"]
    assert (letter.trim, letter.bleed, letter.safe) == ((215.9, 279.4), 3.175, 5.0)
    assert (letter.paper, letter.sized_from, letter.title) == (
        "us",
        "event-poster-a3",
        "Event poster Letter",
    )
    frames = {s.name: s.frame.resolve(*letter.trim) for s in letter.slots}
    # the title: start 22.1, top 64 on A3, scaled and centred across (215.9 - 297 s) / 2
    across = (215.9 - 297 * S_LETTER) / 2
    assert frames["title"] == pytest.approx(
        (22.1 * S_LETTER + across, 64 * S_LETTER, 252.9 * S_LETTER, 92 * S_LETTER), abs=0.001
    )
    assert frames["qr-label"] == pytest.approx(
        (215.9 - 23.864 - 34.725, 252.6, 34.725, 11.4), abs=0.001
    )
    assert frames["qr-link"] == pytest.approx(
        (215.9 - 23.864 - 34.725, 264.3, 34.725, 8), abs=0.001
    )
    safe = (5.0, 5.0, 215.9 - 5.0, 279.4 - 5.0)
    for slot in letter.slots:
        if slot.bleed:
            continue  # the ground and the band, which run into the bleed
        x, y, w, h = frames[slot.name]
        assert safe[0] <= x, slot.name
        assert x + w <= safe[2], slot.name
        assert safe[1] <= y, slot.name
        assert y + h <= safe[3], slot.name
    # the print PDF of a merge for an office on US paper: no paper warning, its boxes
    kit_dir, data, out = latam_kit(tmp_path), tmp_path / "events.csv", tmp_path / "out"
    data.write_text(LATAM_ROWS.replace('"es, pt, en"', "es"), encoding="utf-8")
    code, text = cli(
        "merge", "event-poster-letter", data, "--kit", kit_dir, "-o", out, "--office", "latam",
        "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    assert "merge.paper" not in text
    pdf_path = out / "latam" / "event-poster-letter" / "event-poster-letter-es-latam-m1.pdf"

    def mm(box: Any) -> list[float]:
        x0, y0, x1, y1 = (float(v) for v in box)
        return [round((x1 - x0) / 72 * 25.4, 2), round((y1 - y0) / 72 * 25.4, 2)]

    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[0]
        assert mm(page.TrimBox) == [215.9, 279.4]
        assert mm(page.BleedBox) == [222.25, 285.75]  # 3.175 mm each side
        trim, bleed = [float(v) for v in page.TrimBox], [float(v) for v in page.BleedBox]
        assert round((trim[0] - bleed[0]) / 72 * 25.4, 3) == 3.175
    assert "+00 000 000 002 www.example.org/latam" in text_of(pdf_path).split("\r\n")


def _laid(kit_dir: Path, material: str, lang: str, office: str | None) -> Laid:
    """The material composed for `office` (None: the campaign's) in `lang`, as a merge or a
    build composes it."""
    from campaign.kit import load_kit
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_fontbook

    loaded = load_kit(kit_dir)
    return compose_document(
        loaded,
        cached_fontbook(loaded.fonts_dir, "test"),
        loaded.layouts[material],
        loaded.languages[lang],
        loaded.offices[office] if office else None,
    )


def _text_items(laid: Laid) -> dict[str, TextItem]:
    """The drawn texts of the first page, by slot name."""
    return {i.slot: i for i in laid.composed.page.items if isinstance(i, TextItem)}


PT = 25.4 / 72  # mm in a point


@pytest.mark.parametrize(
    ("lang", "logo_x", "wide_x"),
    [("en", 31.0, 31.0), ("ar", 148 - 31 - 78, 148 - 31 - 106)],  # mirrored: from the left
)
def test_an_offices_empty_logo_corner_gives_its_room_to_the_day_line(
    tmp_path: Path, lang: str, logo_x: float, wide_x: float
) -> None:
    """An office's logos kept their corner of the event flyer when it had none: the day line
    stopped 28 mm short of the end (`when_filled` took fields only). It keeps clear of the
    logos an office has (`when_logo`), and runs across the top, 106 mm, when it has none
    (`when_no_logo`), as in the campaign's merge; the main flyer's logo slot is unchanged."""
    kit = office_kit(tmp_path)
    (kit / "materials" / "offices" / "bare.yaml").write_text(
        "name: Bare Test Office\nlanguages: [en, ar]\n", encoding="utf-8"
    )
    with_logo = _text_items(_laid(kit, "event-flyer-a5", lang, "rosea"))
    without = _text_items(_laid(kit, "event-flyer-a5", lang, "bare"))
    campaign = _text_items(_laid(kit, "event-flyer-a5", lang, None))
    assert ("day" in with_logo, "day-wide" in with_logo) == (True, False)
    assert ("day" in without, "day-wide" in without) == (False, True)
    assert ("day" in campaign, "day-wide" in campaign) == (False, True)

    def box_mm(item: TextItem) -> tuple[float, float, float, float]:
        b = item.box
        return (round(b.x * PT, 2), round(b.y * PT, 2), round(b.w * PT, 2), round(b.h * PT, 2))

    assert box_mm(with_logo["day"]) == (logo_x, 10.0, 78.0, 17.0)
    assert box_mm(without["day-wide"]) == (wide_x, 10.0, 106.0, 17.0)
    # the room is used: the English day line takes fewer lines than beside the logos
    lines = {"logo": len(with_logo["day"].text.lines), "wide": len(without["day-wide"].text.lines)}
    assert lines["wide"] <= lines["logo"]
    if lang == "en":
        assert lines == {"logo": 2, "wide": 1}
    # the main flyer's logo slots are as they were: rosea's partner logo on its back
    back = _laid(kit, "flyer-a5", lang, "rosea").composed.page.pages[1]
    assert [i.slot for i in back.items if isinstance(i, ImageItem)] == ["partner-logo"]


def test_a_misspelt_logo_name_of_when_logo_is_named_at_it(tmp_path: Path) -> None:
    kit = office_kit(tmp_path)
    layout = kit / "materials" / "layouts" / "event-flyer-a5.yaml"
    text = layout.read_text(encoding="utf-8")
    old = "when_no_logo: [emblem, partner]"
    line = text[: text.index(old)].count("\n") + 1
    column = len(text[: text.index(old)].rsplit("\n", 1)[-1]) + len("when_no_logo: [emblem, ") + 1
    layout.write_text(text.replace(old, "when_no_logo: [emblem, partnr]"), encoding="utf-8")
    # the flyer alone, in English: the error is its layout file's, in no language's check
    code, out = cli("check", "--kit", kit, "--only", "event-flyer-a5", "--lang", "en")
    assert code == 1
    assert (
        f"event-flyer-a5.yaml:{line}:{column}: error[ref.logo]: unknown logo 'partnr' in slot "
        "'day-wide': no image slot of event-flyer-a5.yaml shows it\n"
        "  hint: did you mean 'partner'?\n"
    ) in out, out


OFFICE_CONTACTS = """\
name: Contacts Test Office
languages: [en, ar, zh]
fields:
  office_name: Contacts Test Office
  email: contacts@example.org
  social: "@contacts_example"
sample: true
"""


@pytest.mark.parametrize("material", ["event-flyer-a5", "event-poster-letter"])
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_offices_name_email_and_handle_print_on_the_event_templates(
    tmp_path: Path, material: str, lang: str
) -> None:
    """`merge --office`: the office's name, e-mail and social handle were left off the event
    templates (a note named them). Each prints, a line of its own over the helpline's row,
    as the office file gives it; one it lacks takes no line; an office that gives none of
    them (rosea: a helpline and a website) leaves the theme and the call where they were."""
    kit = office_kit(tmp_path)
    offices = kit / "materials" / "offices"
    (offices / "contacts.yaml").write_text(OFFICE_CONTACTS, encoding="utf-8")
    (offices / "mail.yaml").write_text(
        OFFICE_CONTACTS.replace("  office_name: Contacts Test Office\n", "").replace(
            '  social: "@contacts_example"\n', ""
        ),
        encoding="utf-8",
    )
    items = _text_items(full := _laid(kit, material, lang, "contacts"))
    assert not full.failed, full.diagnostics
    office = items["office"]
    shown = ["".join(r.text for r in line.runs) for line in office.text.lines]
    assert shown == ["Contacts Test Office", "contacts@example.org", "@contacts_example"]
    assert {"theme-office", "call-office"} <= set(items)
    assert not {"theme", "call"} & set(items)
    # the e-mail alone: one line, at the bottom of the block (over the helpline's row)
    mail = _text_items(_laid(kit, material, lang, "mail"))
    one = mail["office"]
    assert ["".join(r.text for r in line.runs) for line in one.text.lines] == [
        "contacts@example.org"
    ]
    assert one.top > office.top
    # an office without them, and the campaign: no block; the theme and call as they were
    for other in ("rosea", None):
        plain = _text_items(_laid(kit, material, lang, other))
        assert "office" not in plain
        assert {"theme", "call"} <= set(plain)
        assert not {"theme-office", "call-office"} & set(plain)
        drawn = " ".join(
            "".join(r.text for r in line.runs)
            for item in plain.values()
            for line in item.text.lines
        )
        for value in ("Contacts Test Office", "contacts@example.org", "@contacts_example"):
            assert value not in drawn, (other, value)


# an office that gives one, two or all three of its name, e-mail and social handle
GIVEN = {
    1: {"email": "contacts@example.org"},
    2: {"office_name": "Contacts Test Office", "social": "@contacts_example"},
    3: {
        "office_name": "Contacts Test Office",
        "email": "contacts@example.org",
        "social": "@contacts_example",
    },
}


@pytest.fixture(scope="module")
def given_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit with an office for each number of given contacts (`given1`, `given2`,
    `given3`), in English and Arabic."""
    kit = office_kit(tmp_path_factory.mktemp("given"))
    for count, fields in GIVEN.items():
        lines = "".join(f'  {k}: "{v}"\n' for k, v in fields.items())
        (kit / "materials" / "offices" / f"given{count}.yaml").write_text(
            f"name: Given {count}\nlanguages: [en, ar]\nfields:\n{lines}sample: true\n",
            encoding="utf-8",
        )
    return kit


def _ink(item: TextItem, line: int) -> tuple[float, float]:
    """The top and bottom of the ink of line `line` of `item` (its glyphs' outlines), mm."""
    from campaign.layout.checks import glyph_extents

    _, glyphs = glyph_extents(item)[line]
    return min(g[1] for g in glyphs) * PT, max(g[3] for g in glyphs) * PT


@pytest.mark.parametrize("material", ["event-flyer-a5", "event-poster-a3", "event-poster-letter"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_theme_and_call_stand_as_far_from_one_office_line_as_from_three(
    given_kit: Path, material: str, lang: str
) -> None:
    """The theme and the call moved up by the office block's three lines whatever it held:
    an office that gives only its e-mail left two empty lines between the call and it. They
    come down by each line the office does not fill (`close_up: office`): the gap between the
    call's ink and the office block's ink is the same for one, two and three lines (within
    the glyphs' own heights: a capital, an @), and the theme keeps its distance to the call."""
    gaps, theme_to_call = {}, {}
    for count in GIVEN:
        laid = _laid(given_kit, material, lang, f"given{count}")
        assert not laid.failed, laid.diagnostics
        assert not [d for d in laid.diagnostics if d.code == "layout.overlap"]
        items = _text_items(laid)
        office, call, theme = items["office"], items["call-office"], items["theme-office"]
        assert len(office.text.lines) == count
        call_bottom = _ink(call, -1)[1]
        gaps[count] = round(_ink(office, 0)[0] - call_bottom, 2)
        theme_to_call[count] = round(_ink(call, 0)[0] - _ink(theme, -1)[1], 2)
    assert max(gaps.values()) - min(gaps.values()) < 0.4, gaps
    assert min(gaps.values()) > 0, gaps
    assert len(set(theme_to_call.values())) == 1, theme_to_call
