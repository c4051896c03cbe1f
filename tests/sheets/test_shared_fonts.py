"""A sheet embeds each font subset once: two languages' badges that set their bold words from
the same glyphs each brought the same subset, and the sheet carried MBCRRB+NotoSans-Bold
two to five times, byte for byte (a print shop's trial)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.forms import content_digest

from ..kits import ROOT, cli

LANGS = "en,es,fr,pt"


def programs(path: Path) -> list[tuple[str, str]]:
    """(font name, digest of its program's bytes) of each font program in the file."""
    out = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                    if key in obj:
                        digest = hashlib.sha256(obj[key].read_raw_bytes()).hexdigest()
                        out.append((str(obj.FontName), digest))
    return out


@pytest.mark.parametrize("home", [False, True], ids=["press", "home"])
def test_a_sheet_embeds_each_subset_once(tmp_path: Path, home: bool) -> None:
    out = tmp_path / "out"
    args = ("--only", "badge-58", "--lang", LANGS, "--png-ppi", "20")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args, *(() if home else ("--no-digital",)))
    assert code == 0, text
    pieces = [programs(p) for p in sorted((out / "badge-58").glob("badge-58-*.pdf"))]
    shared = {d for p in pieces for d in p}
    assert sum(len(p) for p in pieces) > len(shared), "the badges share a subset"
    sheet = tmp_path / "sheet.pdf"
    home_args = ("--home",) if home else ()
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--lang", LANGS, *home_args, "-o", sheet
    )
    assert code == 0, text
    found = programs(sheet)
    assert len(found) == len(set(found)), found


def test_a_digest_is_of_content_not_object_numbers() -> None:
    pdf = pikepdf.new()
    program = pdf.make_stream(b"glyphs")
    a = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Name=pikepdf.Name("/F1"), P=program)
    )
    b = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Name=pikepdf.Name("/F2"), P=pdf.make_stream(b"glyphs")
        )
    )
    c = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Name=pikepdf.Name("/F1"), P=pdf.make_stream(b"other")
        )
    )
    name = frozenset({"/Name"})
    assert content_digest(a, name) == content_digest(b, name)
    assert content_digest(a) != content_digest(b)
    assert content_digest(a, name) != content_digest(c, name)
