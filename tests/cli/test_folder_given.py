"""A folder given where a command takes one file is the kit's own error at the folder,
with the files in it the command could take: it was click's "Invalid value for 'FILE':
... is a directory" (strings import, merge) or the system's "Is a directory" (frame), with
no hint."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy


def _folder(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "m"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"")
    (folder / "sub.po").mkdir()  # a folder, whatever its name: not offered
    return folder


def test_strings_import_of_a_folder_names_its_translators_files(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    folder = _folder(tmp_path, "ps.po", "ps.XLSX", "fr.xlf", "notes.md", "si.csv")
    status, out = cli("strings", "import", folder, "--kit", kit)
    assert (status, out) == (
        1,
        f"{folder}: error[translate.read]: m is a folder: give one translator's file, not a "
        "folder\n"
        "  hint: give one of the files it holds: fr.xlf, ps.XLSX, ps.po, si.csv\n"
        "1 error(s)\n",
    )


def test_merge_of_a_folder_names_its_data_files(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    folder = _folder(tmp_path, *(f"e{n}.csv" for n in range(10)), "photo.jpg")
    # the data is read before the template is looked up (the mini kit has no event template)
    status, out = cli("merge", "poster", folder, "--kit", kit, "-o", tmp_path / "out")
    assert (status, out) == (
        1,
        f"{folder}: error[merge.read]: m is a folder: give the data file, not a folder\n"
        "  hint: give one of the files it holds: e0.csv, e1.csv, e2.csv, e3.csv, e4.csv, "
        "e5.csv, e6.csv, e7.csv (2 more)\n"
        "1 error(s)\n",
    )


def test_frame_of_a_folder_without_photos_says_so(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    folder = _folder(tmp_path, "ps.po")
    status, out = cli("frame", folder, "--kit", kit)
    assert (status, out) == (
        1,
        f"{folder}: error[photo.read]: m is a folder: give the photo, not a folder\n"
        "  hint: it holds no .jpeg, .jpg, .png, .tif, .tiff, .webp file: give the file's own "
        "path\n"
        "1 error(s)\n",
    )
