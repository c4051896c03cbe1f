"""`check --pdf` of a file of a US paper size asks 1/8 in (3.175 mm) of bleed, as `check`
warns of a layout on US paper with less: a Letter poster with 3 mm was "ok (trim 215.9 x
279.4 mm, bleed 3 mm, ...)" where `check` said US print shops refuse it (a designer's
trial). `--bleed-mm` given is asked of every file; an A size keeps 3 mm. The bleed measured
is told to 0.01 mm, a whole number without decimals, 1/8 in as such (3.175 mm: the boxes
measure 3.17). The build's own preflight asks the same (papers.bleed_asked): it published
a Letter flyer with 3 mm, with only a `layout.bleed` warning, that `check --pdf` then
failed (a print shop's trial)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..kits import cli, mini_copy

# a Letter page of a ground (paper: us, no marks: a small file), and the same on A4; the
# Letter design's size `eighth` has the US bleed
PAGE = """title: {title}
kind: poster
trim: [{w}, {h}]
bleed: 3
safe: 5
paper: {paper}
marks: false
slots:
  - {{name: ground, kind: shape, fill: blue, bleed: all, frame: {{start: 0, top: 0, width: {w}, height: {h}}}}}
"""
LETTER = PAGE.format(title="Letter", w=215.9, h=279.4, paper="us")
LETTER += "family: letter\nsizes:\n  eighth: {trim: [215.9, 279.4], paper: us, bleed: 3.175}\n"
A4 = PAGE.format(title="A4", w=210, h=297, paper="iso")
WHY = (
    "(Letter is a US paper size: print shops on US paper ask for 1/8 in, and their preflight "
    "refuses less; --bleed-mm 3 checks it for 3 mm)"
)
FACTS = "DeviceCMYK, ink up to 180 %, bleed gap 0 %"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The print PDFs of the Letter page (3 mm: published only with --publish-anyway, its
    build's preflight fails it), its size `eighth` (3.175 mm) and the A4 page (3 mm), in
    English."""
    kit = mini_copy(tmp_path_factory.mktemp("us") / "kit")
    (kit / "materials/layouts/letter.yaml").write_text(LETTER, encoding="utf-8")
    (kit / "materials/layouts/a4.yaml").write_text(A4, encoding="utf-8")
    out = kit / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "letter,letter-eighth,a4", "--lang", "en",
        "--no-png", "--no-digital", "--publish-anyway",
    )  # fmt: skip
    files = {m: out / m / f"{m}-en.pdf" for m in ("letter", "letter-eighth", "a4")}
    assert all(f.is_file() for f in files.values()), text
    return files


def test_the_build_fails_what_check_pdf_fails_in_the_same_words(
    files: dict[str, Path], tmp_path: Path
) -> None:
    """The Letter page with 3 mm: the build does not publish it, its failure the words of
    `check --pdf`'s (without the --bleed-mm hint, which is check's); the `layout.bleed`
    warning at its `bleed:` says the build refuses it. The A4 page and the Letter size with
    1/8 in are published. It was published with the warning alone."""
    kit = files["a4"].parents[2]
    layout = kit / "materials/layouts/letter.yaml"
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "letter,letter-eighth,a4",
                     "--lang", "en", "--no-png", "--no-digital")  # fmt: skip
    assert code == 1, text
    failure = WHY.replace("; --bleed-mm 3 checks it for 3 mm", "")
    assert (
        f"{layout}:1:1: error[preflight.fail]: letter [en]: page 1: bleed is 3 mm; 3.175 mm is "
        f"needed {failure}\n"
    ) in text, text
    assert (
        f"{layout}:4:8: warning[layout.bleed]: the layout is on US paper and its bleed is 3 mm: "
        "print shops on US paper ask for 1/8 in (3.175 mm), and their preflight refuses less: "
        "so does the build's\n  hint: set bleed: 3.175\n"
    ) in text, text
    assert not (out / "letter").exists()
    assert (out / "a4" / "a4-en.pdf").is_file()
    assert (out / "letter-eighth" / "letter-eighth-en.pdf").is_file()


def test_a_us_size_with_3_mm_fails_saying_why(files: dict[str, Path]) -> None:
    code, out = cli("check", "--pdf", files["letter"])
    assert (code, out) == (
        1,
        f"{files['letter']}: FAIL (trim 215.9 x 279.4 mm, bleed 3 mm, DeviceCMYK, ink up to "
        f"180 %)\n  fail: page 1: bleed is 3 mm; 3.175 mm is needed {WHY}\n"
        "1 of 1 file(s) failed preflight\n",
    )


def test_a_us_size_with_an_eighth_and_an_a_size_with_3_mm_pass(files: dict[str, Path]) -> None:
    code, out = cli("check", "--pdf", files["letter-eighth"], "--pdf", files["a4"])
    assert (code, out) == (
        0,
        f"{files['letter-eighth']}: ok (trim 215.9 x 279.4 mm, bleed 3.175 mm = 1/8 in, "
        f"{FACTS})\n{files['a4']}: ok (trim 210 x 297 mm, bleed 3 mm, {FACTS})\n",
    )


def test_bleed_mm_given_is_asked_of_every_file(files: dict[str, Path]) -> None:
    code, out = cli("check", "--pdf", files["letter"], "--bleed-mm", "3")
    assert (code, out) == (
        0,
        f"{files['letter']}: ok (trim 215.9 x 279.4 mm, bleed 3 mm, {FACTS})\n",
    )
    code, out = cli("check", "--pdf", files["a4"], "--bleed-mm", "3.175")
    assert code == 1
    assert "  fail: page 1: bleed is 3 mm; 3.175 mm is needed\n" in out, out


def test_the_json_report_holds_the_failure(files: dict[str, Path]) -> None:
    code, out = cli("check", "--pdf", files["letter"], "--json")
    assert code == 1
    (entry,) = json.loads(out)["files"]
    assert entry["failures"] == [f"page 1: bleed is 3 mm; 3.175 mm is needed {WHY}"]
    assert entry["facts"]["bleed_mm"] == 3.0


def test_a_file_titled_as_a_kits_sheet_is_asked_1_8_in(
    files: dict[str, Path], tmp_path: Path
) -> None:
    """A Letter file of the kit's with 3 mm whose Title reads as a gang or sticker sheet's is
    asked 1/8 in as any other: check --pdf let it pass with 3 mm by that Title (" gang
    sheet, ", " sticker sheet, "), as the kit's own sheets on Letter had 3 mm of bare paper
    past their trim; they have 1/8 in now (tests/sheets/test_us_sheet_bleed.py)."""
    import pikepdf

    def titled(name: str, title: str) -> Path:
        with pikepdf.open(files["letter"]) as pdf:
            # the XMP with the Info dictionary: PDF/X-4 wants them equal
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:title"] = title
            pdf.save(tmp_path / name)
        return tmp_path / name

    gang = titled("gang.pdf", "badge-58 gang sheet, Letter (en)")
    sticker = titled("sticker.pdf", "sticker-50 sticker sheet, Letter (en,es)")
    code, text = cli("check", "--pdf", gang, "--pdf", sticker)
    assert code == 1, text
    for path in (gang, sticker):
        assert (
            f"{path}: FAIL (trim 215.9 x 279.4 mm, bleed 3 mm, DeviceCMYK, ink up to 180 %)\n"
            f"  fail: page 1: bleed is 3 mm; 3.175 mm is needed {WHY}\n"
        ) in text, text
