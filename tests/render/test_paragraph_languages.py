"""The language of each paragraph of a text frame of several, in the digital PDF's structure
tree: a string that falls back to English among Thai ones, and an office's Latin web
address, e-mail and handle among its Arabic contacts, are P elements with /Lang of their
own (PDF/UA-1, 7.2; docs/accessibility.md). Before, a frame's one language was decided for
all its strings (layout.compose.words_language), and those P had none (an accessibility
team's trial)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pikepdf

from campaign.pipeline.api import build
from campaign.pipeline.options import Options

ROOT = Path(__file__).resolve().parents[2]
OFFICE = "materials/offices/middle-east-north-africa.yaml"
# example addresses (example.org is reserved for documentation, RFC 2606)
ADDRESSES = {
    "website": "www.example.org/mena",
    "email": "contact@example.org",
    "social": "@example_mena",
    "office_name": "مكتب تجريبي",
}


def elements(path: Path) -> list[tuple[str, str | None]]:
    """(tag, /Lang or None) of every structure element under the document, in order."""
    found: list[tuple[str, str | None]] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            lang = node.get("/Lang")
            found.append((str(node.S), None if lang is None else str(lang)))
            if "/K" in node:
                walk(node.K)

    with pikepdf.open(path) as pdf:
        walk(pdf.Root.StructTreeRoot.K[0].K)
    return found


def test_a_fallback_string_among_translated_ones_is_tagged_english(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """th.yaml without cta_join: the poster's calls to act are cta, cta_donate (Thai) and
    cta_join in English, a P each; the third is English, the other two the document's."""
    body = (ROOT / "materials/strings/th.yaml").read_text(encoding="utf-8")
    dropped = re.sub(r"\n  cta_join:\n(    .*\n)+", "\n", body)
    assert dropped != body
    kit = kit_copy(**{"materials/strings/th.yaml": dropped})
    out = tmp_path / "out"
    build(kit, Options(out, ("th",), ("poster-a3",), png=False))
    found = elements(out / "poster-a3/poster-a3-th-digital.pdf")
    calls = found.index(("/H2", None)) + 1
    assert found[calls : calls + 3] == [("/P", None), ("/P", None), ("/P", "en")]


def test_latin_addresses_among_arabic_contacts_are_tagged_with_their_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The flyer's contacts frame of a Middle East office in Arabic: its Arabic name, then
    its web address, e-mail and handle, each a P; the three in Latin letters are English (as
    the web address alone in its own slot is: text.scripts.other_script_language), the
    name the document's language."""
    office = (ROOT / OFFICE).read_text(encoding="utf-8")
    for field, value in ADDRESSES.items():
        office, n = re.subn(rf'(\n  {field}: )""', rf'\g<1>"{value}"', office)
        assert n == 1, field
    office += "sample: true\n"  # the sample values (example.org) are a test's
    kit = kit_copy(**{OFFICE: office})
    out = tmp_path / "out"
    build(
        kit, Options(out, ("ar",), ("flyer-a5",), png=False, offices=("middle-east-north-africa",))
    )
    name = "middle-east-north-africa/flyer-a5/flyer-a5-ar-middle-east-north-africa-digital.pdf"
    found = elements(out / name)
    # the back's contacts: the last four P before the sources' P
    contacts = [lang for tag, lang in found if tag == "/P"][-6:-2]
    assert contacts == [None, "en", "en", "en"]
