"""A layout file with errors stops `check` of its own material only: the other materials
are laid out and reported beside its errors (a designer's typo in one layout stopped the
check of all of them). A build still stops at it, before any file is written; an error
anywhere else still stops the check too."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.kits import ROOT, cli, mini_copy, output_tree

# the mini kit's hearts.yaml with its title opened as a flow sequence and never closed
BROKEN_HEARTS = {"layouts/hearts.yaml": ("title: Hearts", "title: [Hearts")}
HEARTS_ERROR = "materials/layouts/hearts.yaml:3:8: error[load.yaml]: this '[' is not closed"


def shown(text: str, kit: Path) -> str:
    return text.replace(str(kit.resolve()) + "/", "").replace(str(kit) + "/", "")


def test_check_lays_out_the_other_layouts(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_HEARTS)
    code, text = cli("check", "--kit", kit, "--report")
    text = shown(text, kit)
    assert code == 1, text
    assert text.count(HEARTS_ERROR) == 1, text
    # the other materials' fit report: laid out in both languages
    for row in ("badge [en] front/word: 8.0 pt", "text [ar] front/word: 12.0 pt"):
        assert row in text, text
    assert "hearts [" not in text
    assert text.rstrip().endswith("1 error(s)"), text


def test_a_check_of_the_broken_material_alone_tells_its_errors(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", BROKEN_HEARTS)
    code, text = cli("check", "--kit", kit, "--only", "hearts", "--report")
    text = shown(text, kit)
    assert code == 1, text
    assert text.count(HEARTS_ERROR) == 1, text
    assert "unknown material" not in text, text
    assert " front/" not in text, text


def test_a_check_of_another_material_still_tells_them(tmp_path: Path) -> None:
    """The kit has an error: the check of one good material lays it out and fails."""
    kit = mini_copy(tmp_path / "kit", BROKEN_HEARTS)
    code, text = cli("check", "--kit", kit, "--only", "text", "--report")
    text = shown(text, kit)
    assert code == 1, text
    assert HEARTS_ERROR in text
    assert "text [en] front/word: 12.0 pt" in text


def test_an_error_elsewhere_still_stops_every_layout(tmp_path: Path) -> None:
    edits = {**BROKEN_HEARTS, "campaign.yaml": ("year: 2024", "year: [2024")}
    kit = mini_copy(tmp_path / "kit", edits)
    code, text = cli("check", "--kit", kit, "--report")
    text = shown(text, kit)
    assert code == 1, text
    assert "materials/campaign.yaml:6:7: error[load.yaml]" in text, text
    assert HEARTS_ERROR in text
    assert " front/word" not in text  # nothing laid out


def test_a_build_still_stops_before_writing(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    assert cli("build", "--kit", kit, "-o", out, "--png-ppi", "30")[0] == 0
    before = output_tree(out)
    broken = mini_copy(tmp_path / "broken", BROKEN_HEARTS) / "materials/layouts/hearts.yaml"
    (kit / "materials/layouts/hearts.yaml").write_bytes(broken.read_bytes())
    code, text = cli("build", "--kit", kit, "-o", out, "--png-ppi", "30")
    assert code == 1
    assert HEARTS_ERROR in shown(text, kit)
    assert output_tree(out) == before


def test_a_size_of_a_broken_family_is_its_file_error(tmp_path: Path) -> None:
    """poster-a1 is a size of poster-a3.yaml: with that file broken, a check of poster-a1
    tells the file's error, not 'unknown material'."""
    kit = tmp_path / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    for folder in ("assets", "fonts"):
        (kit / folder).symlink_to(ROOT / folder)
    poster = kit / "materials/layouts/poster-a3.yaml"
    text = poster.read_text(encoding="utf-8")
    assert "string: fact_figure, style: figure" in text
    poster.write_text(text.replace("string: fact_figure,", "string: fact_figurex,"), "utf-8")
    code, out = cli(
        "check", "--kit", kit, "--only", "poster-a1,flyer-a6", "--lang", "en", "--report"
    )
    out = shown(out, kit)
    assert code == 1, out
    assert "error[ref.string]: unknown string 'fact_figurex' in slot 'figure'" in out, out
    assert "materials/layouts/poster-a3.yaml:" in out
    assert "unknown material" not in out, out
    assert "flyer-a6 [en] front/" in out, out  # the other size named is laid out
    assert "poster-a1 [en]" not in out


def test_a_typo_beside_a_broken_layout_is_told_too(tmp_path: Path) -> None:
    """With hearts.yaml broken, `--only text,txet`: the typo is told beside the file's
    error (it was dropped with the names the broken file might make)."""
    kit = mini_copy(tmp_path / "kit", BROKEN_HEARTS)
    code, text = cli("check", "--kit", kit, "--only", "text,txet", "--lang", "en")
    text = shown(text, kit)
    assert code == 1, text
    assert "error[ref.material]: unknown material 'txet'\n  hint: did you mean 'text'?" in text
    assert HEARTS_ERROR in text, text
    # a name of the broken file's family (hearts-a4, a size it might make) is not a typo
    code, text = cli("check", "--kit", kit, "--only", "text,hearts-a4", "--lang", "en")
    assert code == 1, text
    assert "unknown material" not in text, text
    assert HEARTS_ERROR in shown(text, kit), text


# a layout of the mini kit's heart, as SVG art, over its word (the fit report's row)
ART = (
    "title: Art\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\n"
    "min_type_pt: 3\nstyles:\n  word: {weight: bold, size: 12, min_size: 6, colour: black, align: start}\n"
    "slots:\n"
    "  - {name: ground, kind: shape, fill: white, bleed: all,"
    " frame: {start: 0, top: 0, width: 20, height: 20}}\n"
    "  - {name: heart, kind: svg, asset: heart.svg,"
    " frame: {start: 2, top: 2, width: 16, height: 8}}\n"
    "  - {name: word, kind: text, string: word, style: word,"
    " frame: {start: 2, top: 11, width: 16, height: 7}}\n"
)
ART_ERROR = (
    "assets/heart.svg:7:1: error[svg.read]: failed to read SVG (Premature end of data in tag "
    "svg line 1)\n  hint: open the file in an editor and check the markup"
)


def art_kit(tmp_path: Path) -> Path:
    """The mini kit with two layouts, art and poster, showing one SVG cut short."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    heart = (kit / "assets/blue-heart.svg").read_text(encoding="utf-8")
    (kit / "assets/heart.svg").write_text(heart.replace("</svg>", ""), encoding="utf-8")
    for name in ("art", "poster"):
        (kit / f"materials/layouts/{name}.yaml").write_text(ART, encoding="utf-8")
    return kit


def test_broken_art_stops_the_check_of_the_materials_that_show_it_alone(
    tmp_path: Path,
) -> None:
    """An error in a layout's SVG art stopped the check of every material, where an error
    in a layout file stops its own: it is the error of the layouts that show the art, told
    once, and the other materials are laid out (the second layout that shows it was laid
    out without it, and built so)."""
    kit = art_kit(tmp_path)
    heart = (kit / "assets/blue-heart.svg").read_text(encoding="utf-8")
    (kit / "assets/heart.svg").write_text(heart, encoding="utf-8")
    good = shown(cli("check", "--kit", kit, "--report")[1], kit)
    assert "art [en] front/word: 12.0 pt" in good, good  # with the art mended, laid out
    assert "poster [en] front/word: 12.0 pt" in good, good
    (kit / "assets/heart.svg").write_text(heart.replace("</svg>", ""), encoding="utf-8")
    code, text = cli("check", "--kit", kit, "--report")
    text = shown(text, kit)
    assert code == 1, text
    assert text.count(ART_ERROR) == 1, text
    for row in ("badge [en] front/word: 8.0 pt", "text [ar] front/word: 12.0 pt"):
        assert row in text, text
    assert "art [" not in text
    assert "poster [" not in text
    assert text.rstrip().endswith("1 error(s)"), text
    for only in ("art", "poster"):  # each shows it: neither is left out without a word
        code, text = cli("check", "--kit", kit, "--only", only)
        assert (code, shown(text, kit)) == (1, ART_ERROR + "\n1 error(s)\n")


def test_broken_art_still_stops_a_build(tmp_path: Path) -> None:
    kit = art_kit(tmp_path)
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "out", "--png-ppi", "30")
    assert (code, shown(text, kit)) == (1, ART_ERROR + "\n1 error(s)\n")
    assert not (tmp_path / "out").exists()
