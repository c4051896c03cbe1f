"""A translation spelt as the source's words is the language's own (French `contact_title:
Contact`, with the `source: Contact` it was translated from): a trial's French flyer tagged
its "Contact" heading /Lang (en). Only words the language's file does not give (a fallback)
or gives as the source's very text with no `source:` (the hashtags, kept in English as their
note asks) are tagged with the source language. Read from the structure tree (pikepdf)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf

from ..kits import build, out_path
from ..offices.kit import ROSEA, office_kit


def elements(path: Path) -> list[tuple[str, str | None, str]]:
    """(structure type, /Lang, the words of its first marked content) of each element under
    the Document of the flyer's back page (page 2)."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[1]
        words: dict[int, str] = {}
        mcid, text = None, []
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                if "/MCID" in operands[1]:
                    mcid, text = int(operands[1].MCID), []
                if "/ActualText" in operands[1] and mcid is not None:
                    text.append(str(operands[1].ActualText))
                    words[mcid] = "".join(text)
        out = []
        for e in pdf.Root.StructTreeRoot.K[0].K:
            if "/Pg" in e and e.Pg.objgen != page.obj.objgen:
                continue
            lang = str(e.Lang) if "/Lang" in e else None
            k = e.K if not isinstance(e.K, pikepdf.Array) else e.K[0]
            said = words.get(int(k), "").strip() if isinstance(k, int) else ""
            out.append((str(e.S), lang, said))
        return out


def test_a_french_contact_heading_spelt_as_the_english_is_french(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    office = ROSEA.replace("languages: [en, ar]", "languages: [en, fr]").replace(
        "fields:\n", "fields:\n  email: rosea@example.org\n  website: www.example.org/rosea\n"
    )
    kit = office_kit(kit_copy, office)
    args = ("--office", "rosea", "--only", "flyer-a5", "--lang", "fr", "--no-png")
    out = build(kit, tmp_path / "out", *args)
    found = elements(out / out_path("flyer-a5", "fr", "digital", "rosea"))
    assert ("/H3", None, "Contact") in found  # the Document's /Lang (fr)
    assert ("/P", "en", "#endHT #30July #EndHumanTrafficking") in found
