"""A merged row's photo can be described: its `photo_alt` cell (and a language's own,
`photo_alt_fr`, as `title_fr`) is its alternative text, a Figure with that /Alt in the
digital PDF; without one the photo stays decoration. It was always decoration (an
accessibility officer's trial: the column was "not used"). A text that says nothing of it
(a file name, "photo") is a `layout.alt-text` warning at its cell. Read from the structure
tree (pikepdf), not veraPDF."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image

from ..kits import ROOT, cli, out_path, warnings_of

HEADER = "event_id,language,title,title_fr,date,time,venue,photo,sample"


def figures(path: Path) -> list[tuple[str, str | None]]:
    """(/Alt, /Lang) of each Figure of a digital PDF's structure tree, in order."""
    out: list[tuple[str, str | None]] = []
    with pikepdf.open(path) as pdf:

        def walk(node: pikepdf.Object) -> None:
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                if node.S == "/Figure":
                    assert "/Alt" in node, "a Figure without /Alt"
                    out.append((str(node.Alt), str(node.Lang) if "/Lang" in node else None))
                if "/K" in node:
                    walk(node.K)

        walk(pdf.Root.StructTreeRoot.K)
    return out


def merge(tmp_path: Path, columns: str, cells: str) -> tuple[Path, str, Path]:
    """A merge of one row (en, fr) with a photo into the event flyer: (output folder, what
    the merge said, the data file)."""
    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", (800, 1200), (40, 90, 160)).save(images / "walk.jpg")
    data = tmp_path / "events.csv"
    data.write_text(
        f"{HEADER}{columns}\n"
        f'walk,"en, fr",Walk,Marche,2024-07-30,10:00,Park,walk.jpg,true{cells}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--images", images, "-j", "1"
    )
    assert code == 0, text
    return out, text, data


def flyer(out: Path, lang: str) -> Path:
    return out / out_path("event-flyer-a5", lang, "digital").replace(
        f"event-flyer-a5-{lang}-digital", f"event-flyer-a5-{lang}-walk-digital"
    )


EMBLEM_EN = "Blue heart, the emblem of the Blue Heart Campaign against human trafficking"
EMBLEM_FR = "Cœur bleu, emblème de la campagne Cœur bleu contre la traite des êtres humains"
QR = "www.unodc.org/blueheart"


def test_a_photo_alt_cell_describes_the_photo_and_a_languages_own_wins(tmp_path: Path) -> None:
    out, text, _ = merge(
        tmp_path,
        ",photo_alt,photo_alt_fr",
        ",Volunteers holding blue hearts by a lake,Des bénévoles tiennent des cœurs bleus",
    )
    assert "merge.column" not in text  # read: not "not used"
    assert (EMBLEM_EN, None) in figures(flyer(out, "en"))
    assert ("Volunteers holding blue hearts by a lake", None) in figures(flyer(out, "en"))
    assert ("Des bénévoles tiennent des cœurs bleus", None) in figures(flyer(out, "fr"))


def test_without_a_photo_alt_the_photo_is_decoration(tmp_path: Path) -> None:
    out, _, _ = merge(tmp_path, "", "")
    assert [alt for alt, _ in figures(flyer(out, "fr"))] == [EMBLEM_FR, QR]


def test_a_photo_alt_that_is_a_file_name_is_a_warning_at_its_cell(tmp_path: Path) -> None:
    _, text, data = merge(tmp_path, ",photo_alt", ",walk.jpg")
    said = warnings_of(text, "layout.alt-text").replace(f"{data}:", "events.csv:")
    assert said == (
        "events.csv:2:10: warning[layout.alt-text]: row 2, column photo_alt (J): the "
        "photo's alternative text 'walk.jpg' is a file name, which tells a screen reader's "
        "listener nothing of what it shows\n"
        "  hint: name what it shows: e.g. who is in it, where, and what they do\n"
    )


def test_a_shared_photo_alt_serves_an_empty_own_cell_and_is_warned(tmp_path: Path) -> None:
    """An empty `photo_alt_fr` leaves the French photo to the shared text, as a sheet
    without the column does (it read English's, with /Lang (en)), and a shared text read in
    both languages is a `merge.shared` warning: the French PDF reads the English words as
    French (its Figure has the Document's /Lang)."""
    out, text, data = merge(
        tmp_path, ",photo_alt,photo_alt_fr", ",Volunteers holding blue hearts by a lake,"
    )
    assert ("Volunteers holding blue hearts by a lake", None) in figures(flyer(out, "fr"))
    said = warnings_of(text, "merge.shared").replace(f"{data}:", "events.csv:")
    assert said == (
        "events.csv:2:10: warning[merge.shared]: row 2, column photo_alt (J): the photo's "
        "alternative text 'Volunteers holding blue hearts by a lake' would be read as "
        "written in each of the row's languages (en, fr)\n"
        "  hint: give each language its own (photo_alt_en, photo_alt_fr; 'photo_alt' then "
        "serves a language left without one), so that a screen reader reads each in its "
        "language\n"
    )


def test_a_photo_alt_of_each_language_is_not_warned_as_shared(tmp_path: Path) -> None:
    _, text, _ = merge(
        tmp_path,
        ",photo_alt,photo_alt_fr",
        ",Volunteers holding blue hearts by a lake,Des bénévoles tiennent des cœurs bleus",
    )
    assert warnings_of(text, "merge.shared") == ""


def test_a_photo_alt_column_of_no_language_of_the_kit_is_told_not_used(tmp_path: Path) -> None:
    """photo_alt_de (a kit without German) and photo_alt_fre (a slip) were left out without
    a word, the photo then decoration (a review): each is a column not used, as title_de."""
    _, text, data = merge(tmp_path, ",photo_alt_de,photo_alt_fre", ",Freiwillige,Bénévoles")
    said = warnings_of(text, "merge.column").replace(f"{data}:", "events.csv:")
    assert said.count("warning[merge.column]") == 2, said
    assert (
        "events.csv:1:10: warning[merge.column]: events.csv: column 'photo_alt_de' is for "
        "language 'de', which the kit does not have: its values are not used\n"
        "  hint: languages: am (Amharic), ar (Arabic), "
    ) in said
    assert said.endswith(
        "  hint: to add it: python generate.py new language de\n"
        "events.csv:1:11: warning[merge.column]: events.csv: column 'photo_alt_fre' is for "
        "language 'fre', which the kit does not have: its values are not used\n"
        "  hint: 'fre' is another code of 'fr' (French): write 'fr'\n"
    )


def test_a_photo_alt_column_of_a_code_the_kit_writes_otherwise_is_read(tmp_path: Path) -> None:
    """photo_alt_fil is the tl flyer's, as title_fil is its title (fil: CLDR's Filipino)."""
    images = tmp_path / "photos"
    images.mkdir()
    Image.new("RGB", (800, 1200), (40, 90, 160)).save(images / "walk.jpg")
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,photo,sample,photo_alt_fil\n"
        "walk,tl,Lakad,2024-07-30,10:00,Park,walk.jpg,true,Mga boluntaryo sa tabi ng lawa\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--images", images, "-j", "1"
    )
    assert code == 0, text
    assert "merge.column" not in text
    assert ("Mga boluntaryo sa tabi ng lawa", None) in figures(flyer(out, "tl"))
