"""Links in the digital PDF's structure tree (ISO 32000-1, 14.8.4.4.2; PDF/UA-1, 7.18.5): a
Link element holds what it lies over and its annotation's object reference, in reading
order. A QR code: Link(Figure, OBJR), its words read once (the figure's alternative text).
A paragraph that is one address (an office's helpline): P(Link(MCID, OBJR)), described by
its printed words. The trial's files had each Link at the page's end holding its annotation
alone, described as "tel:+1-555-0100" (an accessibility team's trial)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from campaign.fonts import FontBook

from ..kits import cli
from ..offices.kit import HELPLINE, ROSEA, office_kit
from .test_pdfua import VERAPDF

CONTACTS = ROSEA.replace(
    "  report_url: https://report.example.org/form\n",
    "  report_url: https://report.example.org/form\n  email: rosea@example.org\n",
)


# the strings that say what a printed address's link opens (layout.compose.LINK_LABELS),
# added to en.yaml of a kit copy: the kit has none yet (each would be missing from every
# other language: strings.missing)
LABELS = """  link_website:
    text: Website
  link_phone:
    text: Phone
  link_email:
    text: E-mail
"""


def shape(e: object) -> str:
    """A structure element as a short text: S[kids], a marked-content id as its number, an
    object reference as OBJR(URI)."""
    if isinstance(e, pikepdf.Array):
        return ",".join(shape(k) for k in e)
    if not isinstance(e, pikepdf.Dictionary):
        return str(int(e))  # type: ignore[call-overload]
    if e.get("/Type") == "/OBJR":
        return f"OBJR({e.Obj.A.URI})"
    return f"{str(e.S)[1:]}[{shape(e.K)}]"


# what describes the flyer's helpline, reporting form and e-mail links with LABELS in en.yaml
# alone: in English those; in Arabic the subheadings printed over them (ar.yaml's cta_title
# on the front, contact_title on the back)
SAID = {
    "en": ("Phone", "Website", "E-mail"),
    "ar": ("ما يمكنكم فعله", "ما يمكنكم فعله", "للتواصل"),
}


def test_links_hold_their_words_and_figures_in_reading_order(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = office_kit(kit_copy, CONTACTS)
    en = kit / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    en.write_text(
        body.replace("  contact_title:\n", LABELS + "  contact_title:\n"), encoding="utf-8"
    )
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "--office", "rosea", "--lang", "en,ar", "--only", "flyer-a5",
        "--no-png", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    tel = "tel:" + HELPLINE.replace(" ", "-")
    blueheart = "https://example.org/rosea"
    for lang in ("en", "ar"):
        path = out / f"rosea/flyer-a5/flyer-a5-{lang}-rosea-digital.pdf"
        with pikepdf.open(path) as pdf:
            kids = list(pdf.Root.StructTreeRoot.K[0].K)
            front = [k for k in kids if k.Pg == pdf.pages[0].obj]
            shapes = [shape(k) for k in front]
            # the helpline and the form's address: a paragraph each, the link inside it
            # holding its words (their MCID) and its annotation; then the QR code's Link
            # holding its Figure; nothing after the page's elements
            linked = [s for s in shapes if "Link" in s]
            helpline = next(k for k in front if "Link" in shape(k))
            mcid = int(helpline.K[0].K[0])
            assert linked == [
                f"P[Link[{mcid},OBJR({tel})]]",
                f"P[Link[{mcid + 1},OBJR(https://report.example.org/form)]]",
                f"Link[Figure[{mcid + 3}],OBJR({blueheart})]",
            ]
            assert shapes.index(linked[-1]) == len(shapes) - 2  # the QR label follows
            qr = front[shapes.index(linked[-1])]
            assert "/Alt" not in qr
            assert "/Alt" in qr.K[0]
            assert qr.K[0].P == qr
            (link,) = helpline.K
            assert link.P == helpline
            assert "/Alt" not in link
            # each annotation described by what it prints (the helpline as printed, not its
            # tel: URI) after the words that say what it opens (WCAG 2.4.4): on the English
            # page the strings link_phone and link_website (LABELS); ar.yaml lacks them, and
            # the Arabic page says the subheading printed over them, ar.yaml's cta_title
            # (WCAG technique H80), in the page's language: it said "Phone: +00 ...", English
            # words in an Arabic document; its StructParent leads to its Link; the MCID's
            # parent is the Link
            said = SAID[lang]
            annots = {str(a.A.URI): a for a in pdf.pages[0].Annots}
            assert str(annots[tel].Contents) == f"{said[0]}: {HELPLINE}"
            assert str(annots["https://report.example.org/form"].Contents) == (
                f"{said[1]}: report.example.org/form"
            )
            assert link.get("/Lang") is None
            nums = pdf.Root.StructTreeRoot.ParentTree.Nums
            tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
            assert tree[int(annots[tel].StructParent)] == link
            assert tree[0][mcid] == link
            assert tree[0][mcid + 3] == qr.K[0]
            assert tree[int(annots[blueheart].StructParent)] == qr
            # the back's contacts: a P for each line, its link inside it
            back = [shape(k) for k in kids if k.Pg == pdf.pages[1].obj]
            assert any(s.endswith(",OBJR(mailto:rosea@example.org)]]") for s in back), back
            mail = next(a for a in pdf.pages[1].Annots if str(a.A.URI).startswith("mailto:"))
            assert str(mail.Contents) == f"{said[2]}: rosea@example.org"
    if VERAPDF.exists():  # one run for both: starting Java is most of a run's time
        paths = [out / f"rosea/flyer-a5/flyer-a5-{lang}-rosea-digital.pdf" for lang in ("en", "ar")]
        report = subprocess.run(
            [str(VERAPDF), "-f", "ua1", *map(str, paths)], capture_output=True, text=True
        ).stdout
        assert report.count("<validationReport ") == len(paths), report[-2000:]
        assert report.count('isCompliant="true"') == len(paths), report[-2000:]


def test_the_words_describing_its_links_are_counted_among_a_digital_pdfs_texts(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A link whose page's language has no words for what it opens, nor a subheading over
    it, is described in the source language's ("Phone: +00 ...", "Website: ...": ar.yaml
    lacks link_phone and link_website): the Arabic flyer's digital PDF's manifest entry
    counts those texts as English, as it counts any text a strings file lacks (`texts`,
    which the package, the galleries and the draft rule read). They were not counted: the
    entry said every text it carries was Arabic. Here the front's "What you can do" is no
    subheading (the layout's `role:` taken out), so its helpline and form are described in
    English; the back's e-mail, under its contact subheading, is described by that (in
    Arabic), and link_email is not counted; with the shipped layout none is. Its print PDF,
    which has no links, counts none, nor does the badge's digital PDF, which has none either
    (the words are counted for the links it draws, not for every one the page has words
    for)."""
    kit = office_kit(kit_copy, CONTACTS)
    flyer = kit / "materials/layouts/flyer-a5.yaml"
    shipped = flyer.read_text(encoding="utf-8")
    head = "string: cta_title, style: cta_title, role: subheading,"
    assert head in shipped
    flyer.write_text(shipped.replace(head, "string: cta_title, style: cta_title,"), "utf-8")
    en = kit / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    en.write_text(
        body.replace("  contact_title:\n", LABELS + "  contact_title:\n"), encoding="utf-8"
    )
    ar = (kit / "materials/strings/ar.yaml").read_text(encoding="utf-8")
    assert "link_" not in ar
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "--office", "rosea", "--lang", "ar", "--only",
        "flyer-a5,badge-58", "--no-png", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    texts = {(e["material"], e["variant"]): e["extra"].get("texts") for e in entries}
    assert texts == {
        # 23 texts and descriptions of ar.yaml's, and the two link words of en.yaml's
        ("flyer-a5", "digital"): {"of": 25, "printed": {"en": 2}},
        ("flyer-a5", "print"): None,
        ("badge-58", "digital"): None,
        ("badge-58", "print"): None,
    }
    flyer.write_text(shipped, encoding="utf-8")
    code, text = cli(
        "build", "--kit", kit, "--office", "rosea", "--lang", "ar", "--only", "flyer-a5",
        "--no-png", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert [e["extra"].get("texts") for e in entries if e["material"] == "flyer-a5"] == [
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("words", "whole"),
    [
        ("+41 22 917 1234", True),
        ("+41 22 917 1234.", True),
        ("Call +41 22 917 1234", False),
        ("+41 22 917 1234 (free)", False),
    ],
)
def test_a_link_is_its_paragraphs_whole_text_or_a_part(
    fonts: FontBook, words: str, whole: bool
) -> None:
    """A paragraph that is one address (a closing full stop aside) is the Link's content;
    an address in a sentence is a part of it."""
    from campaign.render.items.text import link_words
    from campaign.text.paragraph import Line, build_line, prepare

    p = prepare(words, "en", False, fonts.stack("Latn", "regular"))
    runs, width = build_line(p, 0, len(words), 10)
    found = link_words(Line(tuple(runs), width, 0, 10, 12, 8, 2), "tel:+41-22-917-1234")
    assert (found.words, found.whole, found.paragraph) == ("+41 22 917 1234", whole, 0)


PHONE = "+41 22 917 1234"  # as test_a_link_is_its_paragraphs_whole_text_or_a_part has it


def labelled(
    fonts: FontBook, words: str, labels: dict[str, tuple[str, str | None]], code: str = "fr"
) -> bytes:
    """A French page (or one in `code`) of one paragraph, `words`, with `labels`
    (`Page.link_labels`)."""
    from dataclasses import replace

    from campaign.layout.document import Document
    from campaign.render.metadata import DocMeta
    from campaign.render.pdf import draw_pdf_tagged
    from campaign.render.postprocess import finish_digital

    from .test_run_languages import COLOURS, TAGGED, lines_of, text_page

    page = replace(text_page(lines_of(fonts, words, code=code, rtl=False), ()), link_labels=labels)
    doc = Document("flyer", "Flyer", "flyer", code, False, (420.0, 300.0), 9.0, 5.0, (page,), None)
    data, tagged = draw_pdf_tagged(doc, COLOURS, fonts, TAGGED, lambda c: c, "t")
    return finish_digital(data, DocMeta("Flyer", code, "World Day", "abc123", 2026), tagged)


def first_link(data: bytes) -> tuple[str, str | None, str | None]:
    """The page's first link annotation: its /Contents, and its Link element's /Alt and
    /Lang."""
    import io

    with pikepdf.open(io.BytesIO(data)) as pdf:
        annot = pdf.pages[0].Annots[0]
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        link = tree[int(annot.StructParent)]
        alt, lang = link.get("/Alt"), link.get("/Lang")
        return str(annot.Contents), alt and str(alt), lang and str(lang)


@pytest.mark.parametrize(
    ("words", "labels", "found"),
    [
        # the page's own words for it: no /Lang of its own; a paragraph that is the number
        # alone, its Link holding the words (no Alt)
        (PHONE, {"tel": ("Téléphone", None)}, (f"Téléphone: {PHONE}", None, None)),
        # inside a sentence: the Link's Alt says it too
        (
            f"Appelez le {PHONE}.",
            {"tel": ("Téléphone", None)},
            (f"Téléphone: {PHONE}", f"Téléphone: {PHONE}", None),
        ),
        # a string the language lacks: the source's words, and the Link says they are English
        (
            f"Appelez le {PHONE}.",
            {"tel": ("Phone", "en")},
            (f"Phone: {PHONE}", f"Phone: {PHONE}", "en"),
        ),
        # a kit without such a string: the printed words alone, as before
        (PHONE, {}, (PHONE, None, None)),
    ],
)
def test_a_printed_address_says_what_its_link_opens(
    fonts: FontBook,
    words: str,
    labels: dict[str, tuple[str, str | None]],
    found: tuple[str, str | None, str | None],
) -> None:
    """WCAG 2.4.4: a link's purpose from its text: the phone number alone said nothing of
    what it does; the kit's string for it (link_phone) says it, in the page's language."""
    assert first_link(labelled(fonts, words, labels)) == found


def test_a_chinese_label_is_joined_with_the_full_width_colon(fonts: FontBook) -> None:
    """Chinese writes the colon full width, with no space: 电话：+41 22 917 1234 (a trial's
    Chinese alternative text had "扫码了解更多并采取行动: www..."); an English label in the
    Chinese page keeps the English colon."""
    words = f"请致电{PHONE}。"
    said = first_link(labelled(fonts, words, {"tel": ("电话", None)}, "zh"))
    assert said[:2] == (f"电话：{PHONE}", f"电话：{PHONE}")
    said = first_link(labelled(fonts, words, {"tel": ("Phone", "en")}, "zh"))
    assert said == (f"Phone: {PHONE}", f"Phone: {PHONE}", "en")
