"""Text against its box and the page: copy-fit shrinks a word until it fits, a word too wide
even at the smallest size is an error, and text in the safe margin is an error on every side.
The mini kit's `text` layout (the word 'Heart', bold 12 pt down to 6 pt) through the CLI."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from ..kits import MM, build, cli, mini_copy

FRAME = "{start: 3, top: 3, width: 14, height: 14}"
HINT = "  hint: move the slot's frame inwards or lower its style's size"


@pytest.mark.parametrize(
    ("frame", "align", "errors"),
    [
        ("{start: 0.5, top: 8, width: 14, height: 5}", "start", {"en": 1.5, "ar": 1.5}),
        ("{end: 0.5, top: 8, width: 14, height: 5}", "end", {"en": 1.5, "ar": 1.5}),
        ("{start: 3, top: 0.5, width: 14, height: 5}", "start", {"en": 0.4, "ar": 0.4}),
        (
            "{start: 3, bottom: 0.5, width: 14, height: 5}, valign: bottom",
            "start",
            {"en": 0.7, "ar": 0.6},
        ),
    ],
    ids=["start", "end", "top", "bottom"],
)
def test_text_in_the_safe_margin_on_each_side(
    tmp_path: Path, frame: str, align: str, errors: dict[str, float], request: pytest.FixtureRequest
) -> None:
    edge = request.node.callspec.id  # the logical edge: the same in en and ar (frames mirror)
    kit = mini_copy(tmp_path, {"layouts/text.yaml": (FRAME, frame)})
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(layout.read_text().replace("align: start", f"align: {align}"))
    code, out = cli("check", "--kit", kit, "--lang", "en,ar", "--only", "text")
    assert code == 1, out
    # one error for the slot, naming the languages, with the worst of their measures (a
    # frame in the margin was one error per language: grouping.place_per_slot)
    worst = max(errors.values())
    varies = "; the worst of them" if len(set(errors.values())) > 1 else ""
    expected = (
        f"{layout}:12:5: error[layout.safe-area]: text slot 'word': "
        f"text comes {worst} mm into the 2 mm safe margin at the {edge} edge "
        f"(in 2 languages: {', '.join(errors)}{varies})\n{HINT}"
    )
    assert expected in out, out
    assert out.count("error[") == 1, out


def test_mini_kit_text_is_clean(tmp_path: Path) -> None:
    code, out = cli("check", "--kit", mini_copy(tmp_path), "--lang", "en,ar", "--only", "text")
    assert (code, out) == (
        0,
        "ok: 2 document(s) (2 page(s)) of 1 material(s) in 2 language(s) lay out cleanly\n",
    )


def test_word_shrinks_until_it_fits(tmp_path: Path) -> None:
    """'Heart' is 12.06 mm wide at 12 pt: in a 9 mm box it is set at the first size of the
    4 % steps that fits (8.66 pt), and its ink stays inside the box."""
    kit = mini_copy(
        tmp_path / "kit", {"layouts/text.yaml": (FRAME, "{start: 3, top: 3, width: 9, height: 14}")}
    )
    out = build(kit, tmp_path / "out", "--only", "text", "--lang", "en", "--png-ppi", "10")
    data = (out / "text/text-en.pdf").read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        sizes = [
            float(i.operands[1])
            for i in pikepdf.parse_content_stream(pdf.pages[0])
            if str(i.operator) == "Tf"
        ]
    assert sizes == [8.66]
    doc = pdfium.PdfDocument(data)
    page = doc[0]
    left = page.get_trimbox()[0]
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    assert len(boxes) == 5
    assert min(b[0] for b in boxes) >= left + 3 * MM
    assert max(b[2] for b in boxes) <= left + 12 * MM
    textpage.close()
    page.close()
    doc.close()


def test_word_too_wide_even_at_the_smallest_size(tmp_path: Path) -> None:
    """At 6 pt 'Heart' is 6.03 mm: 1.0 mm too wide for a 5 mm box."""
    kit = mini_copy(
        tmp_path, {"layouts/text.yaml": (FRAME, "{start: 3, top: 3, width: 5, height: 14}")}
    )
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "text")
    assert code == 1
    assert out == (
        f"{kit / 'materials/strings/en.yaml'}:5:3: error[text.overflow]: text [en] 'word': "
        "text does not fit slot 'word' even at 6 pt: "
        "a word is 1.0 mm too wide\n"
        "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot "
        "(text.yaml:12) or lower the style's min_size\n"
        "1 error(s)\n"
    )


BADGE_FRAME = "{start: 5, top: 8, width: 10, height: 4}"


@pytest.mark.parametrize(
    ("frame", "errors"),
    [
        ("{start: 1, top: 8, width: 10, height: 4}", {"en": 1.6}),  # ar: mirrored, short word
        ("{start: 5, top: 2, width: 10, height: 4}", {"en": 1.5, "ar": 0.9}),
        ("{start: 5, top: 3.5, width: 10, height: 4}", {"en": 0.2}),
    ],
    ids=["start", "top", "just-over"],
)
def test_badge_text_outside_the_live_circle(
    tmp_path: Path, frame: str, errors: dict[str, float]
) -> None:
    """The mini badge's live circle is 13 mm (face 16 mm, 1.5 mm safe): a word centred on
    the face passes, one moved towards the rim fails by how far it reaches out."""
    kit = mini_copy(tmp_path, {"layouts/badge.yaml": (BADGE_FRAME, frame)})
    code, out = cli("check", "--kit", kit, "--lang", "en,ar", "--only", "badge")
    assert code == 1, out
    layout = kit / "materials/layouts/badge.yaml"
    found = [
        line
        for line in out.splitlines()
        if line.startswith(f"{layout}:12:5: error[layout.safe-area]")
    ]
    # one language: its own error; several: one naming them, with the worst measure
    if len(errors) == 1:
        ((lang, mm),) = errors.items()
        expected = (
            f"{layout}:12:5: error[layout.safe-area]: badge [{lang}] slot 'word': "
            f"text reaches {mm} mm outside the badge's live circle (13 mm)"
        )
    else:
        expected = (
            f"{layout}:12:5: error[layout.safe-area]: badge slot 'word': text reaches "
            f"{max(errors.values())} mm outside the badge's live circle (13 mm) (in "
            f"{len(errors)} languages: {', '.join(errors)}; the worst of them)"
        )
    assert found == [expected]


def test_badge_text_on_the_face_passes(tmp_path: Path) -> None:
    code, out = cli("check", "--kit", mini_copy(tmp_path), "--lang", "en,ar", "--only", "badge")
    assert (code, out) == (
        0,
        f"{tmp_path / 'materials/layouts/badge.yaml'}:7:1: note[layout.press-unverified]: "
        "the press of 'badge' (16 mm face, 20 mm cut circle) is "
        "not verified: no source given. Print one badge and check it on your press first.\n"
        "1 note(s)\n"
        "ok: 2 document(s) (2 page(s)) of 1 material(s) in 2 language(s) lay out cleanly\n",
    )


def test_lines_after_an_empty_line_are_checked_too(tmp_path: Path) -> None:
    """'Heart', an empty line, 'Heart' at 12 pt from 4 mm down: the last line's descent
    reaches 0.4 mm into the bottom margin."""
    kit = mini_copy(
        tmp_path,
        {
            "strings/en.yaml": ("  word: Heart\n", '  word: "Heart\\n\\nHeart"\n'),
            "layouts/text.yaml": (FRAME, "{start: 3, top: 4, width: 14, height: 15.5}"),
        },
    )
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(layout.read_text().replace("min_size: 6", "min_size: 12"))
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "text")
    assert (code, out) == (
        1,
        # the frame itself reaches 1.5 mm into the margin: said of the layout, as a warning
        f"{layout}:12:5: warning[layout.safe-area]: text slot 'word': its frame comes into the "
        "2 mm safe margin by 1.5 mm at the bottom edge: a text that fits the frame may be set "
        "there\n"
        "  hint: move or shrink the frame to inside the safe margin (its bottom at most 18 mm "
        "from the trim's top)\n"
        f"{layout}:12:5: error[layout.safe-area]: text [en] slot 'word': "
        f"text comes 0.4 mm into the 2 mm safe margin at the bottom edge\n{HINT}\n"
        "1 error(s), 1 warning(s)\n",
    )
