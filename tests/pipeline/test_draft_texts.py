"""A document's draft status follows the strings it prints, not its language's status: a badge
with no words (badge-25mm: the heart alone) built in a draft language prints no text of that
language's strings file, and was stamped DRAFT on its slug, its gang sheet's slug, the
package's job sheet and contact sheet, and named in the build's `strings.draft` note; a
reviewed language printing a draft parent's texts prints a draft."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
import yaml

from campaign.kit import load_kit
from campaign.output import OutputFile, read_manifest
from campaign.pipeline.fingerprint import draft_texts
from campaign.render import pdf as render_pdf
from campaign.render.target import Target
from campaign.serve.described import DRAFT_MARK, drafts_of
from campaign.serve.entries import Entry
from campaign.serve.gallery import Gallery
from campaign.sheets.slugs import draft_field

from ..kits import cli

DRAFT_NOTE = "note[strings.draft]: fr is a draft translation"
PRINT = ("--no-png", "--no-digital", "--jobs", "1")


@pytest.fixture
def kit(kit_copy: Callable[..., Path]) -> Path:
    """The kit with a draft French (`status: draft`, as a strings file not yet reviewed
    says it; written here so that a review of fr.yaml leaves the test as it is)."""
    made = kit_copy()
    fr = made / "materials/strings/fr.yaml"
    text = fr.read_text("utf-8")
    fr.write_text(text.replace("status: reviewed", "status: draft"), "utf-8")
    assert "\nstatus: draft\n" in fr.read_text("utf-8")
    return made


def slugs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Each print PDF's slug fields as drawn in this process, by material."""
    seen: dict[str, list[str]] = {}
    draw = render_pdf.draw_marks

    def spy(canvas: object, target: Target, *args: object) -> None:
        fields = target.slug.split("  |  ")
        seen[fields[0]] = fields
        draw(canvas, target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(render_pdf, "draw_marks", spy)
    return seen


def test_a_badge_with_no_words_is_no_draft(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = slugs(monkeypatch)
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--lang", "fr", "--only", "badge-25mm,badge-32mm", *PRINT
    )
    assert code == 0, text
    # the slug: the 32 mm badge sets its words in French, the 25 mm one the heart alone
    assert seen["badge-25mm"][:3] == ["badge-25mm", "fr", "trim 31.4 x 31.4 mm"]
    assert seen["badge-32mm"][:3] == ["badge-32mm", "fr", "DRAFT"]
    assert DRAFT_NOTE in text  # the 32 mm badge's
    # the manifest records that the wordless badge prints no text of the strings files
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    recorded = {e["material"]: e["extra"].get("no_texts") for e in entries}
    assert recorded == {"badge-25mm": True, "badge-32mm": None}

    # the build's gallery: DRAFT above the 32 mm badge alone
    page = (out / "index.html").read_text("utf-8")
    marks = dict(
        re.findall(
            r'<article data-office="-" data-material="(badge-[^"]+)" data-lang="fr"><h2>.*?</h2>'
            r'(?:<p class="marks">(.*?)</p>)?',
            page,
        )
    )
    assert marks == {"badge-25mm": "", "badge-32mm": DRAFT_MARK}, page
    # and the live preview, once it has composed them
    gallery = Gallery(kit, 25.4)
    for material, said in marks.items():
        gallery.drawn(Entry(material, "fr"))
        assert gallery.describe(Entry(material, "fr"))["marks"] == said

    # the package's job sheet
    code, text = cli("package", "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    with zipfile.ZipFile(tmp_path / "pkg" / "campaign-print.zip") as z:
        sheet = z.read("JOB-SHEET.csv").decode("utf-8-sig")
    status = {r["file"]: r["status"] for r in csv.DictReader(io.StringIO(sheet))}
    assert status == {"badge-25mm-fr.pdf": "reviewed", "badge-32mm-fr.pdf": "draft"}

    # a gang sheet of the wordless badge: no draft note (nor DRAFT on its slug, below)
    code, text = cli("sheet", "--from", out, "--material", "badge-25mm", "-o", tmp_path / "s.pdf")
    assert code == 0, text
    assert "strings.draft" not in text
    code, text = cli("sheet", "--from", out, "--material", "badge-32mm", "-o", tmp_path / "t.pdf")
    assert code == 0, text
    assert DRAFT_NOTE in text

    # a build of the wordless badge's print PDF and preview alone says nothing of a draft
    code, text = cli(
        "build", "--kit", kit, "-o", tmp_path / "alone", "--lang", "fr", "--only", "badge-25mm",
        "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    assert "strings.draft" not in text


def test_a_wordless_badge_s_digital_pdf_tells_the_draft_it_reads(kit: Path, tmp_path: Path) -> None:
    """The 25 mm badge (the heart alone) prints no text of fr.yaml, a draft: its print PDF
    and preview are no draft. Its digital PDF reads one, the heart's description (its H1's
    Figure /Alt, fr.yaml's `emblem_alt`, which no native speaker has reviewed), and its
    manifest entry said `no_texts` as theirs did: the build's note, `package`'s job sheet
    and every reader of the entry said nothing of it. Its entry now counts it, and the
    build's note names fr for it; the gallery's marks stay those of what prints."""
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "fr", "--only", "badge-25mm")
    assert code == 0, text
    assert DRAFT_NOTE in text
    fr = yaml.safe_load((kit / "materials/strings/fr.yaml").read_text("utf-8"))["strings"]
    with pikepdf.open(out / "badge-25mm/badge-25mm-fr-digital.pdf") as pdf:
        (h1,) = pdf.Root.StructTreeRoot.K[0].K
        (figure,) = h1.K
        assert str(figure.Alt) == fr["emblem_alt"]["text"]
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    recorded = {e["variant"]: e["extra"].get("no_texts") for e in entries}
    assert recorded == {"print": True, "digital": None, "screen": True}
    loaded = load_kit(kit)
    drafts = {f.variant: drafts_of(loaded, f) for f in read_manifest(out)}
    assert drafts == {"print": (), "digital": ("fr",), "screen": ()}
    page = (out / "index.html").read_text("utf-8")
    assert DRAFT_MARK not in page  # its images print none
    # an untranslated language (every key "to translate"): its entry says the description
    # is the source language's, as a printed text in English is said
    assert cli("new", "language", "de", "--kit", kit)[0] == 0
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "de", "--only", "badge-25mm")
    assert code == 0, text
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    recorded = {e["variant"]: e["extra"].get("texts") for e in entries if e["language"] == "de"}
    assert recorded == {"print": None, "digital": {"of": 1, "printed": {"en": 1}}, "screen": None}
    # the gallery says what its images print: nothing, in English or any other language
    page = (out / "index.html").read_text("utf-8")
    marks = re.findall(
        r'data-material="badge-25mm" data-lang="(\w+)"><h2>.*?</h2>(<p class="marks">)?', page
    )
    assert marks == [("de", ""), ("fr", "")]


def test_the_draft_texts_a_document_prints(kit: Path) -> None:
    """fingerprint.draft_texts: of the keys a document sets, the draft files that give them
    (its own, a parent's, the source language's where it lacks one)."""
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0  # a draft, pt its parent
    loaded = load_kit(kit)
    fr, en, pt_br = (loaded.languages[c] for c in ("fr", "en", "pt-BR"))
    assert draft_texts(loaded, fr, []) == ()  # no words: the 25 mm badge
    assert draft_texts(loaded, fr, ["badge", "theme"]) == ("fr",)
    assert draft_texts(loaded, en, ["badge"]) == ()  # reviewed
    # pt.yaml's text prints, and pt-BR's file (a draft) leaves it to pt
    assert draft_texts(loaded, pt_br, ["theme"]) == ("pt", "pt-BR")
    # reviewed itself, it prints its draft parent's texts: a draft still
    path = kit / "materials/strings/pt-BR.yaml"
    path.write_text(path.read_text("utf-8").replace("status: draft", "status: reviewed"), "utf-8")
    reviewed = load_kit(kit)
    assert reviewed.languages["pt-BR"].reviewed
    assert draft_texts(reviewed, reviewed.languages["pt-BR"], ["theme"]) == ("pt",)


def _file(language: str, extra: dict[str, object]) -> OutputFile:
    return OutputFile(
        f"badge-25mm/badge-25mm-{language}.pdf", "badge-25mm", language, "pdf", "print",
        (31.4, 31.4), 1, "0" * 64, 1, None, extra,
    )  # fmt: skip


def test_a_sheet_slug_marks_the_files_that_print_a_draft(kit: Path) -> None:
    """described.drafts_of reads the manifest entry: no draft for a file that prints no text
    of the strings files (`no_texts`), else its language's status (an entry of an earlier
    build too) and that of the languages whose texts it prints in its place (`texts`)."""
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    path = kit / "materials/strings/pt-BR.yaml"
    path.write_text(path.read_text("utf-8").replace("status: draft", "status: reviewed"), "utf-8")
    loaded = load_kit(kit)
    wordless, worded, en = _file("fr", {"no_texts": True}), _file("fr", {}), _file("en", {})
    assert drafts_of(loaded, wordless) == ()
    assert drafts_of(loaded, worded) == ("fr",)
    assert drafts_of(loaded, en) == ()
    # a reviewed pt-BR printing 3 of its 11 texts from pt.yaml (a draft): a draft
    regional = _file("pt-BR", {"texts": {"of": 11, "printed": {"pt": 3}}})
    assert drafts_of(loaded, regional) == ("pt",)
    assert drafts_of(loaded, _file("pt-BR", {})) == ()
    assert draft_field(loaded, [wordless, en]) == ()
    assert draft_field(loaded, [worded]) == ("DRAFT",)
    assert draft_field(loaded, [worded, en, wordless]) == ("DRAFT fr",)
    assert draft_field(loaded, [regional, en]) == ("DRAFT pt-BR",)
