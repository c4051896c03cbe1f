"""Links in the digital PDF's structure tree (ISO 32000-1, 14.8.4.4.2; PDF/UA-1, 7.18.5): a
Link element holds what it lies over and its annotation's object reference, in reading
order. A QR code: Link(Figure, OBJR), its words read once (the figure's alternative text).
A paragraph that is one address (an office's helpline): P(Link(MCID, OBJR)), described by
its printed words. The trial's files had each Link at the page's end holding its annotation
alone, described as "tel:+1-555-0100" (an accessibility team's trial)."""

from __future__ import annotations

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


def test_links_hold_their_words_and_figures_in_reading_order(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = office_kit(kit_copy, CONTACTS)
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
            # tel: URI), its StructParent leading to its Link; the MCID's parent is the Link
            annots = {str(a.A.URI): a for a in pdf.pages[0].Annots}
            assert str(annots[tel].Contents) == HELPLINE
            assert str(annots["https://report.example.org/form"].Contents) == (
                "report.example.org/form"
            )
            nums = pdf.Root.StructTreeRoot.ParentTree.Nums
            tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
            assert tree[int(annots[tel].StructParent)] == link
            assert tree[0][mcid] == link
            assert tree[0][mcid + 3] == qr.K[0]
            assert tree[int(annots[blueheart].StructParent)] == qr
            # the back's contacts: a P for each line, its link inside it
            back = [shape(k) for k in kids if k.Pg == pdf.pages[1].obj]
            assert any(s.endswith(",OBJR(mailto:rosea@example.org)]]") for s in back), back
        if VERAPDF.exists():
            report = subprocess.run(
                [str(VERAPDF), "-f", "ua1", str(path)], capture_output=True, text=True
            ).stdout
            assert 'isCompliant="true"' in report, report[-2000:]


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
