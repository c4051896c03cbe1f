"""`generate.py sheet`: a build's badges imposed on a gang sheet, read back from the PDF: the
sheet's boxes in mm, one badge per place, the cut circles as a CutContour separation at the
places the geometry gives, and clear errors for what cannot be made."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.sheets.circles import pack
from campaign.sheets.paper import SHEETS
from campaign.sheets.record import record_path

from ..kits import MM, after_count, build, cli, mini_copy, up_to_count
from .boxes import assert_slug_below_the_bleed, box_mm, slug_fields


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini kit's 20 mm badge (16 mm face) in en and ar."""
    root = tmp_path_factory.mktemp("sheet")
    kit = mini_copy(root)
    return build(kit, root / "out", "--only", "badge", "--png-ppi", "10")


def sheet(built: Path, tmp: Path, *args: str, name: str = "sheet.pdf") -> tuple[int, str, Path]:
    out = tmp / name
    material = [] if "--material" in args else ["--material", "badge"]  # one value: once
    code, text = cli(
        "sheet",
        "--kit",
        built.parent,
        "--from",
        built,
        *material,
        "-o",
        out,
        *args,
    )
    return code, text, out


def circles(content: bytes) -> list[tuple[float, float, float]]:
    """(centre x, centre y, radius) in pt of every stroked circle (our four-curve path)."""
    found = []
    for m in re.finditer(rb"([-\d.]+) ([-\d.]+) m ((?:[-\d. ]+ c ){4})h S", content):
        x0, y0 = float(m[1]), float(m[2])
        top = [float(v) for v in m[3].split()[4:6]]  # end of the first curve: (cx, cy + r)
        cx, r = top[0], top[1] - y0
        found.append((round(cx, 2), round(y0, 2), round(r, 3)))
        assert x0 == pytest.approx(cx + r, abs=0.01)
    return found


def test_one_sheet_of_mixed_languages(built: Path, tmp_path: Path) -> None:
    code, text, out = sheet(built, tmp_path, "--lang", "en,ar", "--copies", "3")
    assert code == 0, text
    grid = pack(SHEETS["a4"], 20.0)
    # 20 mm circles, 1/8 in apart, inside 5 mm margins of A4 (200 x 287 mm): hexagonal rows
    # 20.07 mm apart, 8 and 8 across (the shifted rows fit 8 too): 14 rows of 8
    assert (grid.packing, grid.count) == ("hex", 112)
    assert f"badge: {grid.count} to an A4 sheet ({grid.packing} packing, 20 mm cut circles" in text
    # the copies of each language one printing makes, as the print shop counts them
    assert "6 badge(s) (3 en, 3 ar) on 1 sheet(s)" in text
    with pikepdf.open(out) as pdf:
        # its XMP names both languages (it named the first alone)
        assert pdf.open_metadata()["dc:language"] == {"en", "ar"}
        (page,) = pdf.pages
        trim = [float(v) / MM for v in page.TrimBox]
        bleed = [float(v) / MM for v in page.BleedBox]
        media = [float(v) / MM for v in page.MediaBox]
        # A4, 3 mm of bleed around it, 5 mm of paper past that above and below for the slug
        assert [round(v, 2) for v in trim] == [3, 8, 213, 305]
        assert [round(v, 2) for v in bleed] == [0, 5, 216, 308]
        assert [round(v, 2) for v in media] == [0, 0, 216, 313]
        # six badges drawn, en, en, en, ar, ar, ar: two form XObjects, each used three times
        content = page.Contents.read_bytes()
        names = re.findall(rb"/(P\d+) Do", content)
        assert len(names) == 6
        forms = {page.Resources.XObject["/" + n.decode()].objgen for n in names}
        assert len(forms) == 2
        # each badge's own die line (its print PDF's cut circle) is taken out: the sheet's
        # cut circles below are the only ones a cutter sees
        for n in set(names):
            form = page.Resources.XObject["/" + n.decode()]
            spaces = form.Resources.get("/ColorSpace") or {}
            assert all(str(cs[1]) != "/CutContour" for cs in spaces.values()), spaces
            assert b"CutContour" not in form.read_bytes()
        # the cut lines: a Separation named CutContour, 100 % magenta in a proof, overprinting
        cs = page.Resources.ColorSpace.CSCut
        assert [str(cs[0]), str(cs[1]), str(cs[2])] == ["/Separation", "/CutContour", "/DeviceCMYK"]
        assert [float(v) for v in cs[3].C1] == [0, 1, 0, 0]
        assert bool(page.Resources.ExtGState.GSCut.OP) is True
        assert b"/GSCut gs /CSCut CS 1 SCN 0.25 w" in content
        # one 20 mm cut circle at each of the first six places of the grid (mm from the top
        # left of the sheet, in pt from its bottom left; the page moves the sheet 3 mm into
        # its bleed, and its slug's paper, first)
        assert content.startswith(b"1 0 0 1 8.5039 22.6772 cm ")
        found = circles(content)
        expected = [
            (round(x * MM, 2), round((297 - y) * MM, 2), round(10 * MM, 3))
            for x, y in grid.centres[:6]
        ]
        assert [v for c in found for v in c] == pytest.approx(
            [v for c in expected for v in c], abs=0.01
        )
        # the press condition of the badges, whole
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"


def test_copies_fill_and_a_cut_only_page(built: Path, tmp_path: Path) -> None:
    code, text, out = sheet(
        built, tmp_path, "--lang", "en", "--copies", "150", "--fill", "--cut-page"
    )
    assert code == 0, text
    # 150, filled up to two sheets of 112; the page of cut lines said (a Manila organiser's
    # trial: "on 23 sheet(s)" of a PDF of 24 pages)
    assert "224 badge(s) on 2 sheet(s) and a page of cut lines; wrote" in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 3
        for page in pdf.pages[:2]:
            content = page.Contents.read_bytes()
            assert len(re.findall(rb"/P\d+ Do", content)) == 112
            assert len(circles(content)) == 112
        last = pdf.pages[2].Contents.read_bytes()
        assert b" Do" not in last  # the cut lines alone
        assert len(circles(last)) == 112


@pytest.mark.parametrize("written", [("square", "letter"), ("Square", "Letter")])
def test_square_packing_on_request(built: Path, tmp_path: Path, written: tuple[str, str]) -> None:
    """Choices are read in any capitals: README names the papers "A4" and "Letter", and
    `--paper Letter` was refused ("'Letter' is not one of 'a4', ...")."""
    packing, paper = written
    code, text, out = sheet(built, tmp_path, "--packing", packing, "--paper", paper)
    assert code == 0, text
    grid = pack(SHEETS["letter"], 20.0, packing="square")
    assert f"badge: {grid.count} to a Letter sheet (square packing" in text
    assert grid.count == 9 * 11  # 205.9 x 269.4 mm inside the margins, 23.175 mm pitch


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            # the mini kit has no fr: refused as `build --lang fr` refuses it (it hinted a
            # build of fr, which failed)
            ["--lang", "fr"],
            "error[ref.language]: unknown language 'fr'\n  hint: languages with strings: ar "
            "(Arabic), en (English)\n  hint: to add it: python generate.py new language fr "
            "--kit {kit}\n",
        ),
        (
            ["--margin", "100"],
            "error[sheet.fit]: a 20 mm cut circle does not fit an A4 sheet with 100 mm margins\n",
        ),
        (  # the margin as typed: it said 101.5875 mm, a number no one gave
            ["--margin", "100", "--home"],
            "error[sheet.fit]: a 20 mm cut circle does not fit an A4 sheet with 100 mm margins "
            "and the art's 1.5875 mm past each cut circle inside them\n",
        ),
        (["--office", "nowhere"], "error[sheet.select]: the build in "),
        (  # a typo was told to build it
            ["--material", "badeg"],
            "error[sheet.select]: the build in {built} has no print PDF of 'badeg' for the "
            "campaign kit\n  hint: did you mean 'badge'?\n",
        ),
        (  # another spelling of the kit's material: that one (a build first, if unbuilt)
            ["--material", "Badge"],
            "error[sheet.select]: the build in {built} has no print PDF of 'Badge' for the "
            "campaign kit\n  hint: did you mean 'badge'?\n",
        ),
        (
            ["--material", "Hearts"],
            "error[sheet.select]: the build in {built} has no print PDF of 'Hearts' for the "
            "campaign kit\n  hint: did you mean 'hearts'?\n"
            "  hint: the folder holds badge: --material badge\n"
            "  hint: build it first, e.g. python generate.py build --only hearts -o {built} "
            "--kit {kit}\n",
        ),
        (  # it was left out without a word
            ["--up", "4"],
            "error[sheet.option]: --up does nothing for a gang sheet of 'badge': a gang sheet "
            "holds as many as fit\n  hint: leave --up out\n",
        ),
        (
            ["--up", "1", "--sticker"],
            "error[sheet.option]: --up does nothing for a sticker sheet of 'badge': a sticker "
            "sheet holds as many as fit\n",
        ),
    ],
)
def test_what_cannot_be_made_is_said(
    built: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    code, text, out = sheet(built, tmp_path, *args)
    assert code == 1
    assert message.replace("{built}", str(built)).replace("{kit}", str(built.parent)) in text
    assert not out.exists()
    assert "Traceback" not in text


def test_a_file_changed_since_the_build_is_refused(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path)
    out = build(kit, tmp_path / "out", "--only", "badge", "--lang", "en", "--png-ppi", "10")
    pdf = out / "badge" / "badge-en.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n%edited\n")
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "badge")
    assert code == 1
    # the sheet's own code (an organiser's trial: `package.changed`, from `sheet`)
    assert "error[sheet.changed]" in text, text
    assert (  # the folder's build, which made the file: not "the same build command"
        "hint: build again with the command that made the folder (python generate.py build "
        f"--only badge --lang en --png-ppi 10 -o {out} --kit {kit}); never edit built files"
    ) in text, text
    assert not (out / "sheets").exists()
    # a later build of Arabic alone did not make the English file: its command is not quoted
    build(kit, out, "--only", "badge", "--lang", "ar", "--png-ppi", "10")
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "badge")
    assert code == 1
    assert (
        "hint: rebuild it with the same build command (its --kit, --office and -o); never edit "
        "built files"
    ) in text, text


def test_a_merged_file_changed_since_the_merge_names_its_data_file(tmp_path: Path) -> None:
    """ "merge its data file into the folder again (the same merge command)" named no data
    file, which the manifest knows (an organiser's trial)."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\nwalk,en,Walk,2026-07-30,Park\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "-o", out, "--no-png", "--no-digital")
    assert code == 0, text
    (pdf,) = (out / "event-flyer-a5").glob("*.pdf")
    pdf.write_bytes(pdf.read_bytes() + b"\n%edited\n")
    code, text = cli("sheet", "--from", out, "--material", "event-flyer-a5", "--up", "2")
    assert code == 1
    assert "error[sheet.changed]" in text, text
    assert (  # the folder's merge, which made the file: not "the same merge command"
        "hint: merge again with the command that made the folder (python generate.py merge "
        f"event-flyer-a5 {data} --no-digital --no-png -o {out}); never edit built files"
    ) in text, text


def test_each_badge_is_centred_on_its_cut_circle_with_art_past_the_cut(
    built: Path, tmp_path: Path
) -> None:
    """Rendered: along the row through a badge's centre, its blue ground reaches past the cut
    circle (10 mm) up to the clip (10 + 3.175 / 2 mm) and no further: white beyond."""
    import pypdfium2 as pdfium

    code, text, out = sheet(built, tmp_path, "--lang", "en")
    assert code == 0, text
    ppi = 254  # 10 px per mm
    image = pdfium.PdfDocument(str(out))[0].render(scale=ppi / 72).to_pil().convert("RGB")
    ((x, y),) = pack(SHEETS["a4"], 20.0).centres[:1]

    def px(dx_mm: float) -> tuple[int, int, int]:  # the trim: 3 mm in, 8 mm down the page
        return image.getpixel((round((3 + x + dx_mm) * 10), round((8 + y) * 10)))

    blue = px(-7)  # inside the face, left of the word
    assert blue[2] > 120, blue
    assert blue[0] < 60, blue
    for dx in (-9.5, -10.5, -11.4, 9.5, 10.5, 11.4):  # inside and just past the cut circle
        assert px(dx) == pytest.approx(blue, abs=3), dx
    for dx in (-11.8, 11.8):  # past the clip: the sheet
        assert px(dx) == (255, 255, 255), dx


def test_round_stickers_are_kiss_cut_at_the_face(built: Path, tmp_path: Path) -> None:
    """The same badge as a sticker: cut at its 16 mm face, not its 20 mm cut circle, so more
    fit; the contour is the same CutContour spot."""
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--sticker", "--fill")
    assert code == 0, text
    grid = pack(SHEETS["a4"], 16.0)
    assert grid.count > pack(SHEETS["a4"], 20.0).count
    assert (
        f"badge: {grid.count} to an A4 sheet ({grid.packing} packing, 16 mm kiss-cut circles"
        in text
    )
    # what its page is, without --home (which a sticker sheet refuses: it named it)
    assert (
        "\nthe page is 216 x 313 mm: an A4 sheet with its bleed and a slug past it, "
        "registration targets at its corners, larger than A4, printed on SRA4 paper by a "
        "press, then kiss-cut\n"
    ) in text
    with pikepdf.open(out) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
        found = circles(content)
        assert len(found) == grid.count
        assert all(abs(r - 8 * MM) < 0.002 for _, _, r in found)


def test_fill_spreads_the_places_left_over_the_languages(built: Path, tmp_path: Path) -> None:
    """--fill tops the last sheet up with one of each language in turn, in --lang's order:
    `--copies en=100,tl=100` on sheets of 9 gave the 7 places left to English alone (107 en,
    100 tl; a Manila organiser's trial). Here 112 places: 50 + 50, then 6 en and 6 ar."""
    code, text, out = sheet(built, tmp_path, "--lang", "en,ar", "--copies", "en=50,ar=50", "--fill")
    assert code == 0, text
    assert "112 badge(s) (56 en, 56 ar) on 1 sheet(s); wrote" in text, text


def test_a_partly_filled_last_sheet_has_a_cut_page_of_its_own(built: Path, tmp_path: Path) -> None:
    """The cut page was a full sheet's: a plotter cut 104 blank discs on a last sheet of 8."""
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--copies", "120", "--cut-page")
    assert code == 0, text
    assert "120 badge(s) on 2 sheet(s) and 2 pages of cut lines (a full sheet's, the last " in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 4
        counts = [len(circles(page.Contents.read_bytes())) for page in pdf.pages]
        assert counts == [112, 8, 112, 8]
        assert all(b" Do" not in page.Contents.read_bytes() for page in pdf.pages[2:])
    # each page says which it is in a viewer (page labels: the cut pages had no word of the
    # sheets they cut, and carry no slug)
    with pdfium.PdfDocument(out) as doc:
        assert [doc.get_page_label(n) for n in range(len(doc))] == [
            "sheet 1",
            "sheet 2",
            "cut lines of sheet 1",
            "cut lines of sheet 2",
        ]
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--copies", "3", "--cut-page")
    assert code == 0, text
    with pikepdf.open(out) as pdf:  # no full sheet: no full sheet's cut page
        assert [len(circles(page.Contents.read_bytes())) for page in pdf.pages] == [3, 3]
    with pdfium.PdfDocument(out) as doc:
        assert [doc.get_page_label(n) for n in range(len(doc))] == [
            "sheet 1",
            "cut lines of sheet 1",
        ]
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--copies", "300", "--cut-page")
    assert code == 0, text
    with pdfium.PdfDocument(out) as doc:  # 112 + 112 + 76
        assert [doc.get_page_label(n) for n in range(3, len(doc))] == [
            "cut lines of sheets 1-2",
            "cut lines of sheet 3",
        ]


# colour operators and the colour spaces they name (ISO 32000-1, 8.6.8, table 74)
CMYK_OPS = {"k", "K"}
COLOUR_OPS = {"k", "K", "rg", "RG", "g", "G", "cs", "CS", "sc", "SC", "scn", "SCN"}


def colour_use(obj: pikepdf.Object, seen: set[tuple[int, int]]) -> tuple[set[str], set[str]]:
    """The colour operators a page or form draws with (its own content and every form it
    draws, each once), and every colour space its resources name (the Separation's
    alternate too), as names: ({"rg", "G"}, {"/DeviceRGB", "/ICCBased"})."""
    ops: set[str] = set()
    spaces: set[str] = set()
    for ins in pikepdf.parse_content_stream(obj):
        if str(ins.operator) in COLOUR_OPS:
            ops.add(str(ins.operator))
    resources = obj.get("/Resources", pikepdf.Dictionary())
    for space in resources.get("/ColorSpace", pikepdf.Dictionary()).values():
        spaces |= {str(v) for v in (space if isinstance(space, pikepdf.Array) else [space])}
        spaces -= {s for s in spaces if not s.startswith("/")}
    for form in resources.get("/XObject", pikepdf.Dictionary()).values():
        if form.objgen in seen:
            continue
        seen.add(form.objgen)
        if form.get("/Subtype") == pikepdf.Name.Image:
            spaces.add(str(form.get("/ColorSpace", "/none")))
        else:
            more_ops, more_spaces = colour_use(form, seen)
            ops |= more_ops
            spaces |= more_spaces
    return ops, spaces


def assert_srgb_for_an_office_printer(out: Path) -> None:
    """A home sheet of badges is the badges' digital PDFs (their colours' `rgb`), the cut
    lines black cased in white (DeviceGray): no CMYK colour anywhere on the page (an office printer's driver converted
    the press's CMYK, a colour it was never given), no CutContour, no press condition."""
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "GTS_PDFX" not in str(pdf.open_metadata())
        for page in pdf.pages:
            ops, spaces = colour_use(page.obj, set())
            assert not ops & CMYK_OPS, ops
            assert "rg" in ops  # the badges' art, in RGB
            assert "/DeviceCMYK" not in spaces, spaces
            assert "/Separation" not in spaces, spaces
            assert "/CutContour" not in spaces, spaces
            assert re.search(rb"q 1 G [\d.]+ w [-\d. ]+ m", page.Contents.read_bytes())
    if record_path(out).exists():
        parts = json.loads(record_path(out).read_text("utf-8"))["parts"]
        assert parts
        assert all(p["path"].endswith("-digital.pdf") for p in parts), parts


def test_home_makes_a_page_of_the_paper_itself_for_an_office_printer(
    built: Path, tmp_path: Path
) -> None:
    """`--home` was refused for badges, and the "A4" gang sheet is a 216 x 313 mm page (A4
    with its bleed and slug): an office printer's driver shrank it to A4 with "fit to page",
    and its 70 mm cut circles to 68 mm (a user's trial). With --home the page is the paper,
    the art past each cut circle (half the gap) inside the printer's 5 mm margins, no slug,
    in sRGB (the digital PDFs; it was the CMYK print PDFs, PDF/X for a press);
    the gang sheet's command says what its page is and names --home."""
    home = ("--lang", "en", "--fill", "--home", "--paper", "letter")
    code, text, out = sheet(built, tmp_path, *home)
    assert code == 0, text
    grid = pack(SHEETS["letter"], 20.0, 25.4 / 8, 5 + 25.4 / 16)
    assert grid.count == 110  # 111 with the art 1.6 mm into the margins
    assert after_count(text).startswith(  # after the press's note: the summary
        f"badge: {grid.count} to a Letter sheet ({grid.packing} packing, 20 mm cut circles, "
        f"3.175 mm apart); {grid.count} badge(s) on 1 sheet(s); wrote "
    ), text
    assert (
        "the page is a Letter page (215.9 x 279.4 mm), for an office printer: the art stays inside "
        "its margins, which it does not print; cut along the circles\n"
        "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that): "
        "only at full size are the cut circles 20 mm, the cut size your press needs\n"
    ) in text
    assert out.name == "sheet.pdf"
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        for box in (page.MediaBox, page.TrimBox, page.BleedBox):
            assert [round(float(v) / MM, 2) for v in box] == [0, 0, 215.9, 279.4]
        content = page.Contents.read_bytes()
        # the badges, and no slug
        assert len(re.findall(rb"/P\d+ Do", content)) == grid.count
        reach = 10 + 25.4 / 16  # the art: the cut circle and half the gap past it, mm
        for form in page.Resources.XObject.values():  # the digital PDF's art past its trim
            x0, y0, x1, y1 = (float(v) / MM for v in form.BBox)
            assert min(x1 - x0, y1 - y0) >= 2 * reach - 1e-3
        # each cut circle twice: its white casing, then its black core on it
        found = circles(content)
        assert len(found) == 2 * grid.count
        assert found[: grid.count] == found[grid.count :]
        assert b"q 1 G 1.5 w " in content
        assert b" 0 G 0.5 w " in content
        for cx, cy, r in found:
            assert r / MM == pytest.approx(10, abs=0.001)
            x, y = cx / MM, cy / MM
            assert 5 - 1e-6 <= min(x - reach, y - reach)
            assert x + reach <= 210.9 + 1e-6
            assert y + reach <= 274.4 + 1e-6
    assert_srgb_for_an_office_printer(out)
    # recorded in the build's sheets/ as a sheet for an office printer, which `package` puts
    # with the screen files, not in the print shop's
    code, text, out = sheet(built, built / "sheets", *home, name="badge-letter-home.pdf")
    assert code == 0, text
    assert json.loads(record_path(out).read_text("utf-8"))["mode"] == "home"
    assert_srgb_for_an_office_printer(out)  # its record: the digital PDFs
    out.unlink()
    record_path(out).unlink()
    # the press's gang sheet says what its page is, and names --home
    code, text, out = sheet(built, tmp_path, "--lang", "en", name="gang.pdf")
    assert code == 0, text
    assert (
        "the page is 216 x 313 mm: an A4 sheet with its bleed and a slug past it, registration "
        "targets at its corners, larger than A4, printed on SRA4 paper by a press, then "
        "die-cut; on an office printer of A4 paper, make an A4 page with --home\n"
        # the SRA4 stock it goes on, as the sheet itself, holds more (a print shop's trial:
        # 9 badges to a Letter sheet on a 12 x 18 in stock that holds 25)
        "SRA4 paper itself as the sheet holds 128 badges (--paper sra4, its marks and slug "
        "inside its margin), where an A4 sheet holds 112\n"
        # one badge: --fill would repeat it into the other places
        "the sheet holds 1 of its 112 places: --fill repeats the badges until it is full\n"
        "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that): "
        "only at full size does the die cut where its pieces are\n"
    ) in text
    # stickers are kiss-cut from the print PDFs: --home does nothing for them
    code, text, out = sheet(built, tmp_path, "--sticker", "--home", name="stickers.pdf")
    assert code == 1
    assert text.startswith(
        "error[sheet.option]: --home does nothing for a sticker sheet of 'badge': a sticker "
        "sheet is kiss-cut by a die cutter or a plotter, from the print PDFs\n"
    ), text
    assert not out.exists()


def test_a_folder_without_a_manifest_names_the_sheet_command(tmp_path: Path) -> None:
    code, text = cli(
        "sheet", "--from", tmp_path, "--material", "badge-58", "-o", tmp_path / "s.pdf"
    )
    assert code == 1
    assert f"no manifest at {tmp_path / 'manifest.json'}; sheet reads a finished build" in text


def test_a_build_of_an_office_s_badges_names_the_office(tmp_path: Path) -> None:
    """Without --office, a build made for an office said "build it first"."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/offices").mkdir(exist_ok=True)
    (kit / "materials/offices/rosea.yaml").write_text("name: Rosea\nlanguages: [en]\n")
    out = build(kit, tmp_path / "out", "--office", "rosea", "--only", "badge", "--no-digital")
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "badge", "-o", tmp_path / "s.pdf"
    )
    assert code == 1
    assert text == (
        f"error[sheet.select]: the build in {out} has no print PDF of 'badge' for the campaign "
        "kit\n  hint: the build has it for --office rosea\n"
        "1 error(s)\n"
    )


def test_a_sheet_of_some_languages_is_named_by_them(built: Path) -> None:
    """`sheet --lang ar` wrote over the sheet of every language, whose default name did not
    say which languages it held: the codes asked for are in the name."""
    base = ("sheet", "--kit", built.parent, "--from", built, "--material", "badge")
    code, text = cli(*base)
    assert code == 0, text
    code, text = cli(*base, "--lang", "ar")
    assert code == 0, text
    # each beside its record of the files it places (sheets.record: `package` packs it)
    assert sorted(p.name for p in (built / "sheets").iterdir()) == [
        ".badge-a4-ar.json",
        ".badge-a4.json",
        "badge-a4-ar.pdf",
        "badge-a4.pdf",
    ]


def test_each_gang_sheet_carries_its_job_in_a_slug(built: Path, tmp_path: Path) -> None:
    """A stack of printed gang sheets told nothing of the job: each sheet now has a slug
    below its bleed (outlines in registration colour, as a press sheet's), naming the
    material and which sheet of how many, the paper and how full it is, the cut circle, the
    files with their copies, the press condition and the campaign. The cut pages have none
    (a plotter reads them). It was set in the bleed, where the MediaBox ended: on paper of
    the sheet's size it was cut away, and preflight took it for bleed art. It is outside
    the bleed now, on paper the MediaBox has for it, as a single piece's slug is."""
    from campaign.kit.load import load_kit

    code, text, out = sheet(built, tmp_path, "--lang", "en", "--copies", "120", "--cut-page")
    assert code == 0, text
    kit = load_kit(built.parent)
    campaign = f"{kit.campaign.name} {kit.campaign.year}"
    with pikepdf.open(out) as pdf:
        press = str(pdf.Root.OutputIntents[0].OutputConditionIdentifier)
        for n, (page, placed_count) in enumerate(zip(pdf.pages[:2], (112, 8), strict=True)):
            assert slug_fields(page) == [
                f"badge gang sheet {n + 1} of 2",
                f"A4, {placed_count} of 112 (hex packing)",
                "print at 100 %, actual size",
                "cut circle 20 mm",
                press,
                campaign,
                f"badge-en.pdf x{placed_count}",
            ]
            content = page.Contents.read_bytes()
            assert re.search(rb"q /CSAll cs ([\d.]+) scn 1 0 0 1 0 -[\d.]+ cm /Slug Do Q", content)
            assert_slug_below_the_bleed(page)
            # A4 and its 3 mm of bleed, 5 mm more above and below: SRA4 (225 x 320) holds it
            assert box_mm(page, "/MediaBox")[2:] == pytest.approx((216, 313), abs=0.001)
        assert all(b"/Slug" not in page.Contents.read_bytes() for page in pdf.pages[2:])


def test_check_pdf_sums_up_every_page_of_a_sheet_not_its_last(built: Path, tmp_path: Path) -> None:
    """`check --pdf` of a gang sheet with a cut page said "Separation, ink up to 0 %": the
    summary was its last page's, the cut lines alone. It is the file's: every page's colour
    spaces, the most ink of any page, the least bleed."""
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--cut-page")
    assert code == 0, text
    code, text = cli("check", "--kit", built.parent, "--pdf", out)
    assert code == 0, text
    summary = re.search(r"ok \((.*)\)", text)
    assert summary is not None, text
    facts = summary[1]
    assert "DeviceCMYK, Separation" in facts, facts
    ink = re.search(r"ink up to (\d+) %", facts)
    assert ink is not None
    assert int(ink[1]) > 0, facts


@pytest.mark.parametrize(
    ("copies", "shown"),
    [
        (
            {"badge-58-en.pdf": 1, "badge-58-ar.pdf": 1, "badge-58-zh-Hant.pdf": 1},
            "badge-58-[en ar zh-Hant].pdf x1",
        ),
        (
            {"badge-58-en-brussels.pdf": 3, "badge-58-fr-brussels.pdf": 3},
            "badge-58-[en fr]-brussels.pdf x3",
        ),
        ({"badge-58-ta.pdf": 2, "badge-58-fa.pdf": 2}, "badge-58-[ta fa].pdf x2"),
        ({"badge-58-en.pdf": 5, "badge-58-ar.pdf": 4}, "badge-58-en.pdf x5, badge-58-ar.pdf x4"),
        # the files placed as many times each are one name, in the order of each count's
        # first file (a language's copies split across two sheets)
        (
            {"badge-58-am.pdf": 2, "badge-58-ar.pdf": 2, "badge-58-es.pdf": 1},
            "badge-58-[am ar].pdf x2, badge-58-es.pdf x1",
        ),
        (
            {"badge-58-es.pdf": 1, "badge-58-fa.pdf": 2, "badge-58-fr.pdf": 2},
            "badge-58-es.pdf x1, badge-58-[fa fr].pdf x2",
        ),
        (
            {"badge-58-en.pdf": 1, "badge-58-fr.pdf": 2, "badge-58-de.pdf": 1},
            "badge-58-[en de].pdf x1, badge-58-fr.pdf x2",
        ),
        ({"badge-58-en.pdf": 9}, "badge-58-en.pdf x9"),
    ],
)
def test_the_slug_names_a_sheets_files_as_short_as_it_reads(
    copies: dict[str, int], shown: str
) -> None:
    """Nine languages' badges listed one by one did not fit an A4 sheet's slug, which left
    the list out: the same material in several languages, as many times each, is one name;
    so are those of each count on a sheet of two (test_slug_lines)."""
    from campaign.sheets.slugs import placed_files

    assert placed_files(copies) == shown


def test_a_sheet_and_a_build_of_one_folder_wait_for_each_other(built: Path, tmp_path: Path) -> None:
    """`sheet` reads the build folder under its lock, as `package` does: a build publishing
    into it meanwhile changed the files it had listed. Each names the other; nothing is
    written."""
    import os
    import shutil

    from campaign.diagnostics import DiagnosticsError
    from campaign.output import Staging
    from campaign.publishing import LOCK, BuildLock

    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    out = tmp_path / "sheet.pdf"
    args = ("sheet", "--kit", built.parent, "--from", copy, "--material", "badge", "-o", out)
    with Staging(copy):  # a build is writing to it
        code, text = cli(*args)
    assert code == 1
    assert (
        f"error[package.busy]: a build is writing to {copy}/ (pid {os.getpid()}); make the "
        "sheet when the build is done"
    ) in text.splitlines(), text
    assert not out.exists()
    with BuildLock(copy, copy, user="sheet"):
        assert (copy / LOCK).read_text() == f"{os.getpid()} sheet\n"
        with pytest.raises(DiagnosticsError) as caught, Staging(copy):
            pass
    assert caught.value.diagnostics[0].message == (
        f"a gang sheet is being made from {copy}/ (pid {os.getpid()}); wait for it or use "
        "another -o"
    )
    assert not (copy / LOCK).exists()
    code, text = cli(*args)
    assert code == 0, text
    assert not (copy / LOCK).exists()


def test_an_image_the_pieces_share_is_in_the_sheet_once() -> None:
    """An image that is the same in two pieces (a logo in every language's badge) is in the
    sheet once: each piece copied its own (the slugs' glyph masks, 27 KB of a 204 KB sheet of
    three languages, before the pieces' own marks were taken out of the sheet)."""
    import io

    import pikepdf

    from campaign.sheets.forms import Forms

    def piece(words: bytes) -> bytes:  # a page drawing the same image, and its own words
        pdf = pikepdf.new()
        page = pdf.add_blank_page(page_size=(100, 100))
        image = pikepdf.Stream(pdf, b"\x00\xff\xff\x00")
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 2, 2, 8
        image.ColorSpace = pikepdf.Name.DeviceGray
        page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.obj.Contents = pdf.make_stream(b"q 10 0 0 10 0 0 cm /Im0 Do Q % " + words)
        buf = io.BytesIO()
        pdf.save(buf)
        return buf.getvalue()

    with pikepdf.new() as out:
        forms = Forms(out, bleed=False)
        first, _ = forms.get(piece(b"en"), 0)
        second, _ = forms.get(piece(b"ar"), 0)
        assert first.objgen != second.objgen
        shared = [form.Resources.XObject.Im0.objgen for form in (first, second)]
        forms.close()
    assert shared[0] == shared[1]


def test_the_badges_own_slugs_are_not_on_the_sheet(built: Path, tmp_path: Path) -> None:
    """The badges' own slugs (image masks: render.marks.draw_slug) are left out with their
    other marks (sheets.forms.without_marks): the sheet carries no image of them."""
    import pikepdf

    code, text, out = sheet(built, tmp_path, "--lang", "en,ar", "--copies", "3")
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        images = [
            o
            for o in pdf.objects
            if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"
        ]
    assert images == []


def test_cut_lines_closer_than_an_eighth_of_an_inch_are_a_warning(
    built: Path, tmp_path: Path
) -> None:
    """`--gap 0 --margin 0` was taken without a word: the art then stops at each cut line.
    It is a warning, counted; with --strict an error (exit code 1, no sheet written), as a
    warning is in `build` and `check`: it exited 0 with the sheet written."""
    close = ("--lang", "en", "--gap", "1", "--margin", "0", "--paper", "a4")  # no sheet.paper
    code, text, _ = sheet(built, tmp_path, *close)
    assert code == 0, text
    said = (
        "[sheet.gap]: badge: cut lines 1 mm apart: each piece's art reaches only 0.5 mm past "
        "its cut line (a cut that strays shows the paper), and dies are usually made for at "
        "least 1/8 in (3.175 mm) between cuts\n"
        "  hint: leave --gap out, unless your print shop asked for this\n"
    )
    # then the mini kit's press, not verified: a note at the layout's own `badge:` (no press
    # file), counted with it
    pressed = (
        f"{built.parent / 'materials/layouts/badge.yaml'}:7:1: note[layout.press-unverified]: "
        "the badge press sizes are not verified (no source "
        "given): print one sheet and check it on your press first\n"
    )
    assert up_to_count(text).endswith(f"{pressed}warning{said}1 warning(s), 1 note(s)\n"), text
    code, text, out = sheet(built, tmp_path, *close, "--strict", name="strict.pdf")
    assert code == 1, text
    assert text == f"error{said}1 error(s)\n"
    assert not out.exists()
    # the mini kit's unverified press is a note, as `build` and `check` say it: not a warning
    # --strict fails on
    code, text, out = sheet(built, tmp_path, "--lang", "en", "--strict", name="strict.pdf")
    assert code == 0, text
    assert "cut lines" not in text
    assert up_to_count(text).endswith(pressed + "2 note(s)\n"), text  # and sheet.paper's
    assert "warning" not in text
    assert out.exists()


def test_a_sheet_named_other_than_pdf_is_refused(built: Path, tmp_path: Path) -> None:
    """`-o s8.txt` wrote a PDF named .txt."""
    code, text, _ = sheet(built, tmp_path, name="s8.txt")
    assert code == 2
    assert "a sheet is a PDF: name it s8.pdf" in text
    assert not (tmp_path / "s8.txt").exists()


def test_a_sticker_sheet_has_no_button_press_warning(built: Path, tmp_path: Path) -> None:
    code, text, _ = sheet(built, tmp_path, "--lang", "en")
    assert "press sizes are not verified" in text  # the mini kit's press is not verified
    code, text, _ = sheet(built, tmp_path, "--lang", "en", "--sticker", "--paper", "a4")
    assert code == 0, text
    assert "press sizes are not verified" not in text
    # stickers, kiss-cut at the face (16 mm), printed at their own size for the die
    assert re.match(
        r"badge: \d+ to an A4 sheet \(\w+ packing, 16 mm kiss-cut circles, 3.175 mm apart\); "
        r"1 sticker\(s\) on 1 sheet\(s\); wrote ",
        text,
    ), text
    assert (
        "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that): "
        "only at full size does the die cut where its pieces are\n"
    ) in text


def test_check_pdf_tells_the_slugs_masks_from_images(built: Path) -> None:
    """A print PDF without pictures was summed up as "images from 1200 ppi": its slug's
    1-bit masks. They are named as masks."""
    (pdf,) = sorted(built.glob("badge/badge-en.pdf"))
    code, text = cli("check", "--kit", built.parent, "--pdf", pdf)
    assert code == 0, text
    assert "1-bit masks from 1200 ppi" in text
    assert "images from" not in text


def test_a_gang_sheet_asks_to_be_printed_at_actual_size(built: Path, tmp_path: Path) -> None:
    """A print shop's trial: a gang sheet is its paper plus bleed, and a print dialog's
    "fit to page" (Acrobat's default) shrank its cut circles by 3 %, too small for the
    die. The PDF asks a viewer for its actual size (PrintScaling None), and the command
    says so."""
    code, text, out = sheet(built, tmp_path)
    assert code == 0, text
    assert (
        "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that)" in text
    )
    with pikepdf.open(out) as pdf:
        assert pdf.Root.ViewerPreferences.PrintScaling == pikepdf.Name("/None")


@pytest.mark.parametrize(
    ("paper", "said", "size"),
    [
        ("sra3", "an SRA3 sheet", (320, 450)),
        ("tabloid", "a Tabloid sheet", (279.4, 431.8)),
        ("12x18", "a 12 x 18 in sheet", (304.8, 457.2)),
    ],
)
def test_a_print_shop_s_sheet_sizes(
    built: Path, tmp_path: Path, paper: str, said: str, size: tuple[float, float]
) -> None:
    """A print shop's trial: SRA3, Tabloid and 12 x 18 in, the sheets a press prints on,
    were not offered. The sheet is that size (its TrimBox), named as it is written."""
    code, text, out = sheet(built, tmp_path, "--paper", paper)
    assert code == 0, text
    assert f" to {said} (" in text
    with pikepdf.open(out) as pdf:
        trim = [float(v) * 25.4 / 72 for v in pdf.pages[0].TrimBox]
    assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(size, abs=0.01)


def test_a_home_sheet_of_badges_asks_for_the_digital_pdfs(tmp_path: Path) -> None:
    """A home sheet of badges is made of their digital PDFs (sRGB): a build without them
    (--no-digital) is told to build them, as a home sheet of flyers is."""
    kit = mini_copy(tmp_path)
    built = build(kit, tmp_path / "out", "--only", "badge", "--lang", "en", "--no-digital")
    code, text, out = sheet(built, tmp_path, "--home")
    assert code == 1
    assert text == (
        f"error[sheet.select]: the build in {built} has no digital PDF of 'badge' for the "
        "campaign kit\n"
        "  hint: build it with its digital PDFs (no --no-digital)\n"
        "1 error(s)\n"
    )
    assert not out.exists()
