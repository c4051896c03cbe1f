"""Nothing is read from outside the kit, and a file's name never becomes a bad output path
(robustness cases 05 and 02): a file under materials/ that is a link out of the kit is one
error naming the link, and it is not read; a layout or office file whose name cannot name
output files is one error at that file, before anything is drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import ROOT, append_slots, build, check, cli, mini_copy

OUTSIDE = (
    "materials/{rel}: error[load.outside]: this file is a link to a file outside the kit; "
    "it was not read\n  hint: copy the file into the kit instead of linking to it\n"
)


@pytest.mark.parametrize("rel", ["strings/xx.yaml", "layouts/boxes.yaml", "campaign.yaml"])
def test_a_link_out_of_the_kit_is_refused_unread(tmp_path: Path, rel: str) -> None:
    kit = mini_copy(tmp_path / "kit")
    secret = tmp_path / "creds.yaml"
    secret.write_text("aws_secret_access_key: AKIAEXAMPLESECRET\npassword: hunter2\n")
    link = kit / "materials" / rel
    link.unlink(missing_ok=True)
    link.symlink_to(secret)
    code, out = check(kit)
    assert code == 1
    assert out.startswith(OUTSIDE.format(rel=rel)), out
    for secret_word in ("AKIA", "password", "hunter2"):
        assert secret_word not in out


def test_a_link_inside_the_kit_is_read(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/layouts/boxes-again.yaml").symlink_to("boxes.yaml")
    code, out = check(kit, "--only", "boxes-again")
    assert code == 0, out


FILE_NAME = (
    "materials/{folder}/{name}: error[load.file-name]: the file name '{stem}' cannot name "
    "output folders and files: use lower-case letters, digits and hyphens; the file was not "
    "read\n  hint: rename the file {hint}\n1 error(s)\n"
)


@pytest.mark.parametrize(
    ("folder", "name", "hint"),
    [
        ("layouts", "...yaml", "(poster-a3.yaml, new-york.yaml)"),  # no name to give it
        ("layouts", "manifest.json.yaml", "manifest-json.yaml"),
        ("layouts", "Boxes.yaml", "boxes.yaml"),
        ("layouts", "-boxes.yaml", "boxes.yaml"),
        ("layouts", "boxes_2.yaml", "boxes-2.yaml"),
        ("layouts", "Côte d'Ivoire (2).yaml", "cote-d-ivoire-2.yaml"),
        ("layouts", "text copy.yaml", "(poster-a3.yaml, new-york.yaml)"),  # text.yaml is there
        ("offices", "new york.yaml", "new-york.yaml"),
    ],
)
def test_a_file_name_that_cannot_name_outputs_is_an_error(
    tmp_path: Path, folder: str, name: str, hint: str
) -> None:
    """The hint names the file's name as an id (an office's trial named theirs `Kenya
    Ethiopia.yaml`), unless no letter is left or a file has that name."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials" / folder).mkdir(exist_ok=True)
    (kit / "materials/layouts/boxes.yaml").rename(kit / "materials" / folder / name)
    if name == "text copy.yaml":
        (kit / "materials/layouts/text.yaml").rename(kit / "materials/layouts/text-copy.yaml")
    code, out = check(kit)
    assert code == 1
    stem = name.removesuffix(".yaml")
    assert out == FILE_NAME.format(folder=folder, name=name, stem=stem, hint=hint), out


def test_a_bad_material_id_leaves_the_previous_build(tmp_path: Path) -> None:
    """Case 02b: a layout `manifest.json.yaml` used to fail while publishing, over the
    build's own manifest; now nothing is drawn and the previous output stays as it was."""
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "boxes", "--lang", "en")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (kit / "materials/layouts/manifest.json.yaml").write_bytes(
        (kit / "materials/layouts/boxes.yaml").read_bytes()
    )
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "manifest.json", "--lang", "en")
    assert code == 1
    assert "error[load.file-name]: the file name 'manifest.json' cannot name" in text
    assert "Traceback" not in text
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_size_name_that_cannot_name_outputs_is_an_error(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    layout = kit / "materials/layouts/boxes.yaml"
    layout.write_text(layout.read_text() + "sizes:\n  Big: {trim: [30, 30]}\n")
    code, out = check(kit)
    assert code == 1
    assert out == (
        "materials/layouts/boxes.yaml:18:8: error[load.file-name]: size 'boxes-Big' of "
        "boxes.yaml cannot be a material's name: it names output files\n"
        "  hint: use lower-case letters, digits and hyphens in the family and size names "
        "(poster-a4)\n"
        "1 error(s)\n"
    ), out


def test_an_asset_linked_out_of_assets_is_refused(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    line = append_slots(
        kit / "materials/layouts/boxes.yaml",
        "  - {name: art, kind: svg, asset: art.svg, overlap: true,\n"
        "     frame: {start: 4, top: 4, width: 12, height: 12}}\n",
    )
    outside = tmp_path / "art.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
    (kit / "assets/art.svg").symlink_to(outside)
    assert check(kit, "--only", "boxes") == (
        1,
        f"materials/layouts/boxes.yaml:{line}:35: error[ref.asset]: asset 'art.svg' is a link "
        "to a file outside the kit's assets/ folder; it was not read\n"
        "  hint: copy the file into assets/ instead of linking to it\n"
        "1 error(s)\n",
    )


def own_fonts(kit: Path) -> Path:
    """Give the kit a fonts/ folder of its own, with links to the repository's font files."""
    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text(
        "families:\n  NotoSans:\n    regular: NotoSans-Regular.ttf\n    scripts: [Latn, Arab]\n"
    )
    return kit / "fonts"


def test_a_font_linked_out_of_fonts_is_refused(tmp_path: Path) -> None:
    fonts = own_fonts(mini_copy(tmp_path / "kit"))
    (fonts / "NotoSans-Regular.ttf").symlink_to(ROOT / "fonts/NotoSans-Regular.ttf")
    assert check(tmp_path / "kit") == (
        1,
        "fonts/fonts.yaml:3:14: error[ref.font]: font file 'NotoSans-Regular.ttf' of font "
        "family 'NotoSans' is a link to a file outside fonts/; it was not read\n"
        "  hint: copy the font into fonts/ instead of linking to it\n"
        "1 error(s)\n",
    )


def test_a_font_replaced_by_a_link_out_of_fonts_is_refused_after_a_check(
    tmp_path: Path,
) -> None:
    """The font book a check kept in the user's cache (pipeline.kitcache.cached_fontbook) is
    not the one of a font then replaced by a link to the same bytes outside fonts/: the link
    is refused as on a first reading."""
    fonts = own_fonts(mini_copy(tmp_path / "kit"))
    font = fonts / "NotoSans-Regular.ttf"
    font.write_bytes((ROOT / "fonts/NotoSans-Regular.ttf").read_bytes())
    assert "error[ref.font]" not in check(tmp_path / "kit")[1]
    font.unlink()
    font.symlink_to(ROOT / "fonts/NotoSans-Regular.ttf")
    assert check(tmp_path / "kit") == (
        1,
        "fonts/fonts.yaml:3:14: error[ref.font]: font file 'NotoSans-Regular.ttf' of font "
        "family 'NotoSans' is a link to a file outside fonts/; it was not read\n"
        "  hint: copy the font into fonts/ instead of linking to it\n"
        "1 error(s)\n",
    )


def test_a_font_list_linked_out_of_fonts_is_refused(tmp_path: Path) -> None:
    fonts = own_fonts(mini_copy(tmp_path / "kit"))
    (fonts / "fonts.yaml").rename(tmp_path / "fonts.yaml")
    (fonts / "fonts.yaml").symlink_to(tmp_path / "fonts.yaml")
    assert check(tmp_path / "kit") == (
        1,
        "fonts/fonts.yaml: error[load.outside]: this file is a link to a file outside the "
        "kit's fonts/ folder; it was not read\n"
        "  hint: copy the file into fonts/ instead of linking to it\n"
        "1 error(s)\n",
    )


def _linked_out(kit: Path, rel: str, outside: Path) -> None:
    """Replace the kit's materials/`rel` by a link to `outside`, a copy of its bytes."""
    path = kit / "materials" / rel
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)


@pytest.mark.parametrize("rel", ["layouts/boxes.yaml", "strings/en.yaml"])
def test_a_file_replaced_by_a_link_out_of_the_kit_is_refused_after_a_check(
    tmp_path: Path, rel: str
) -> None:
    """The kit a check kept in the user's cache (pipeline.kitcache.cached_kit) is not the one
    of a file then replaced by a link to the same bytes outside the kit: the link is refused
    as on a first reading (the kept kit was named by the files' contents only)."""
    kit = mini_copy(tmp_path / "kit")
    assert check(kit)[0] == 0
    _linked_out(kit, rel, tmp_path / "same.yaml")
    assert check(kit) == (1, OUTSIDE.format(rel=rel) + "1 error(s)\n")


def test_a_file_replaced_by_a_link_out_of_the_kit_is_refused_by_the_next_build(
    tmp_path: Path,
) -> None:
    """A build after one that built everything, with a layout replaced by a link to the same
    bytes outside the kit: not a build with nothing to do (its stamp was of the files'
    contents only), and the link is refused as by a first build; nothing is published."""
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "boxes", "--lang", "en")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    _linked_out(kit, "layouts/boxes.yaml", tmp_path / "same.yaml")
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "boxes", "--lang", "en")
    assert code == 1
    assert text == f"{kit}/" + OUTSIDE.format(rel="layouts/boxes.yaml") + "1 error(s)\n", text
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_font_replaced_by_a_link_out_of_fonts_is_refused_by_the_next_build(
    tmp_path: Path,
) -> None:
    """As a layout's: the build after one that built everything is not one with nothing to
    do (pipeline.kitcache.kit_links is in its stamp), and the font book refuses the link."""
    fonts = own_fonts(mini_copy(tmp_path / "kit"))
    font = fonts / "NotoSans-Regular.ttf"
    font.write_bytes((ROOT / "fonts/NotoSans-Regular.ttf").read_bytes())
    out = build(tmp_path / "kit", tmp_path / "out", "--only", "boxes", "--lang", "en")
    font.unlink()
    font.symlink_to(ROOT / "fonts/NotoSans-Regular.ttf")
    code, text = cli(
        "build", "--kit", tmp_path / "kit", "-o", out, "--only", "boxes", "--lang", "en"
    )
    assert code == 1
    assert text == (
        "progress: 3 job(s) planned\n"
        f"{fonts}/fonts.yaml:3:14: error[ref.font]: font file 'NotoSans-Regular.ttf' of font "
        "family 'NotoSans' is a link to a file outside fonts/; it was not read\n"
        "  hint: copy the font into fonts/ instead of linking to it\n"
        "1 error(s)\n"
    ), text
