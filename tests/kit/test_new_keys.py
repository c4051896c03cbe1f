"""Keys added with multi-page layouts and fields: `pages:`, `fields:` and a text slot's `field:`."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.kit import load_kit

from ..kits import ROOT, cli, without_fields

MM = 72 / 25.4
CARD = """\
title: Card
kind: flyer
trim: [100, 60]
styles:
  body: {size: 9, colour: navy}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: light, frame: {start: 0, top: 0, width: 100, height: 60}}
      - {name: help, kind: text, field: [helpline, venue], style: body,
         frame: {start: 5, top: 5, width: 90, height: 20}}
  - name: back
    slots:
      - {name: theme, kind: text, string: theme, style: body,
         frame: {start: 5, top: 5, width: 90, height: 20}}
"""


def errors(kit: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(kit)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    return exc.value.render()


def edit(path: Path, old: str, new: str) -> str:
    """Replace `old` (which must be in it) by `new` in the file; returns the text before."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text


def with_fields(kit: Path) -> None:
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    if "\nfields:\n" in text:  # the shipped campaign declares the contact fields, empty
        text = text.replace("\nfields:\n", "\nfields:\n  venue: Town hall\n", 1)
    else:
        text += 'fields:\n  helpline: ""\n  venue: Town hall\n'
    campaign.write_text(text, encoding="utf-8")
    fr = kit / "materials/strings/fr.yaml"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(text + 'fields:\n  helpline: "+33 1 43 29 44 40"\n', encoding="utf-8")


def test_pages_and_fields_are_read(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy(**{"materials/layouts/card.yaml": CARD})
    with_fields(kit)
    loaded = load_kit(kit)
    card = loaded.layouts["card"]
    assert [p.name for p in card.pages] == ["front", "back"]
    assert [s.name for s in card.slots] == ["ground", "help", "theme"]
    help_slot = card.pages[0].slots[1]
    assert help_slot.fields == ("helpline", "venue")  # type: ignore[attr-defined]
    assert help_slot.strings == ()  # type: ignore[attr-defined]
    assert {k: loaded.campaign.fields[k] for k in ("helpline", "venue")} == {
        "helpline": "",
        "venue": "Town hall",
    }
    assert loaded.languages["fr"].fields["helpline"].text == "+33 1 43 29 44 40"
    assert loaded.layouts["poster-a3"].pages[0].name == "front"


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "field: [helpline, venue]",
            "field: [helpline, venu]",
            10,
            "error[ref.field]: unknown field 'venu' in slot 'help'\n  hint: did you mean 'venue'?",
        ),
        (
            "  - name: back\n",
            "  - name: front\n",
            12,
            "error[schema.duplicate]: two pages are named 'front'",
        ),
        (
            "      - {name: theme, kind: text,",
            "      - {name: help, kind: text,",
            14,
            "error[schema.duplicate]: two slots are named 'help'\n  hint: give each slot its own name",
        ),
        (
            "pages:\n",
            "slots: []\npages:\n",
            1,
            "error[schema.value]: card.yaml gives both 'slots' and 'pages': keep one ('slots' "
            "for one page, 'pages' for front, back...)",
        ),
    ],
)
def test_page_and_field_errors(
    kit_copy: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    line: int,
    message: str,
) -> None:
    assert old in CARD
    kit = kit_copy(**{"materials/layouts/card.yaml": CARD.replace(old, new, 1)})
    with_fields(kit)
    rendered = errors(kit, monkeypatch)
    first = re.escape(message.splitlines()[0])
    assert re.search(rf"^materials/layouts/card.yaml:{line}:\d+: {first}$", rendered, re.M), (
        rendered
    )
    assert message in rendered


def test_a_field_must_be_text(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = kit_copy()
    campaign = kit / "materials/campaign.yaml"
    text = without_fields(campaign.read_text(encoding="utf-8"))
    line = text.count("\n") + 2
    campaign.write_text(text + "fields:\n  helpline: [1, 2]\n", encoding="utf-8")
    assert (
        f"materials/campaign.yaml:{line}:13: error[schema.type]: field 'helpline' in "
        "campaign.yaml must be text (got [1, 2])\n"
        '  hint: quote phone numbers and dates, e.g. helpline: "+1 555 0100"'
    ) in errors(kit, monkeypatch)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (  # a negative height drew the hearts upside down, across the trim, check passing
            "frame: {start: 22, top: 216, width: 104, height: 40}",
            "frame: {start: 22, top: 216, width: 104, height: -40}",
            "poster-a3.yaml:51:55: error[schema.type]: 'height' in frame of slot 'hearts' must "
            "be a number >= 0 and <= 10000 (got -40)",
        ),
        (
            "frame: {start: 22, top: 216, width: 104, height: 40}",
            "frame: {start: 22, top: 216, width: 0, height: 40}",
            "poster-a3.yaml:51:42: error[schema.value]: frame of slot 'hearts': 'width' is 0 mm; "
            "a frame's width is more than 0",
        ),
        (  # its edges cross: 22 + 280 > 297
            "frame: {start: 22, top: 216, width: 104, height: 40}",
            "frame: {start: 22, top: 216, end: 280, height: 40}",
            "poster-a3.yaml:50:5: error[schema.value]: slot 'hearts': its frame's width is -5 mm: "
            "its start and end leave nothing of the 297 mm page between them",
        ),
        (  # a size's own frame: at that frame (it was at the size's `a4:`, line 83)
            "qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}",
            "qr-label: {frame: {end: 15.556, top: 279.4, start: 200, height: 12.5}}",
            "poster-a3.yaml:104:17: error[schema.value]: slot 'qr-label' of size 'a4': its "
            "frame's width is -5.556 mm: its start and end leave nothing of the 210 mm page "
            "between them",
        ),
    ],
)
def test_a_frame_without_a_size_is_an_error(
    kit_copy: Callable[..., Path], old: str, new: str, expected: str
) -> None:
    kit = kit_copy()
    edit(kit / "materials/layouts/poster-a3.yaml", old, new)
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert code == 1
    assert expected in out, out


def test_a_size_with_less_bleed_than_print_shops_ask_is_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """`bleed: 0` on a size was published with no word (the build checks a file against its
    own layout's bleed), and every print shop's preflight refused it; the design's own low
    bleed was already a warning."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    old = "  a1: {trim: [594, 841], title: Poster A1}"
    edit(path, old, old[:-1] + ", bleed: 0}")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a1")
    assert code == 0, out
    line = path.read_text(encoding="utf-8").splitlines().index(old[:-1] + ", bleed: 0}") + 1
    assert (
        f"{path}:{line}:7: warning[layout.bleed]: size 'a1': bleed of 0 mm: print shops ask for at "
        "least 3 mm, and their preflight refuses less: so does the build's\n"
        "  hint: set its bleed: 3, or leave it out (the design's is used)\n"
    ) in out
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a1", "--strict")
    assert code == 1


def test_art_that_reaches_the_trim_without_bleeding_is_a_warning_at_its_slot(
    kit_copy: Callable[..., Path],
) -> None:
    """A ground without `bleed: all` passed `check` and the preview (a white rim in the
    bleed, no word), then failed every build's preflight at the layout's first line. The
    kit's load warns at the slot; the composed page, where paper would show, is an error
    (test_floor_and_coverage)."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    old = "  - {name: ground, kind: shape, fill: blue, bleed: all, frame:"
    text = edit(path, old, old.replace(" bleed: all,", ""))
    line = text[: text.index(old)].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert code == 1, out
    assert (
        f"{path}:{line}:5: warning[layout.bleed]: slot 'ground' reaches the trim's start, top, "
        "end, bottom edges and stops there: where the cut strays, what lies under it shows "
        "(the paper, where nothing else bleeds there: a layout.bleed error then)\n"
        "  hint: let it bleed: bleed: [start, top, end, bottom], or bleed: all (its art runs "
        "on into the bleed)\n"
    ) in out
    assert "error[layout.bleed]: poster-a3 [en] slot 'ground': art stops at the trim" in out
    code, out = cli("check", "--kit", ROOT, "--lang", "en")  # the shipped kit: no such art
    assert code == 0
    assert "layout.bleed" not in out


def test_a_qr_code_past_the_trim_is_never_told_to_bleed(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer's trial: a QR code moved 10 mm past the trim was said to reach the trim
    "and stop there", with the hint "let it bleed" (a QR code the cut takes part of may not
    scan). It is told how far past it runs and to move inside; art past the trim is told
    how far too, and art over the whole bleed, of every size, is not warned of."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    old = "frame: {end: 22, top: 344, width: 50, height: 50}}"
    text = edit(path, old, "frame: {end: -10, top: 344, width: 50, height: 50}}")
    line = text[: text.index("  - {name: qr,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert (
        f"{path}:{line}:5: warning[layout.bleed]: slot 'qr' runs 10.0 mm past the trim's end "
        "edge; it is a QR code: the cut may take part of it, and a cut code may not scan\n"
        "  hint: move its frame inside the trim and its safe margin (what must not be cut "
        "never bleeds)\n"
    ) in out, out
    assert "let it bleed" not in out
    # on the trim, `bleed:` or not: the same, without the mm
    edit(path, "frame: {end: -10, top: 344", "bleed: [end], frame: {end: 0, top: 344")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert "slot 'qr' reaches the trim's end edge; it is a QR code: the cut may" in out, out
    assert "let it bleed" not in out
    # art 2 mm past the trim on one edge and on it on three: the poster's letter size (its
    # 3.175 mm bleed, scaled by 0.665) needs 4.8 mm past the A3 trim
    edit(path, "bleed: [end], frame: {end: 0, top: 344", "frame: {end: 22, top: 344")
    ground = "bleed: all, frame: {start: 0, top: 0, width: 297, height: 420}}"
    text = edit(path, ground, "frame: {start: -2, top: 0, width: 299, height: 420}}")
    line = text[: text.index("  - {name: ground,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert (
        f"{path}:{line}:5: warning[layout.bleed]: slot 'ground' reaches the trim's top, end, "
        "bottom edges and runs 2.0 mm past its start edge and stops short of the bleed's "
        "edge, 4.8 mm past the trim (the bleed of size 'letter', at its scale): where the cut "
        "strays, what lies under it shows (the paper, where nothing else bleeds there: a "
        "layout.bleed error then)\n"
        "  hint: let it bleed: bleed: [start, top, end, bottom], or bleed: all (its art runs "
        "on into the bleed)\n"
    ) in out, out
    # 4.5 mm past covers the A3 poster's bleed (3 mm), not the letter size's
    edit(path, "start: -2, top: 0, width: 299", "start: -4.5, top: 0, width: 301.5")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert "runs 4.5 mm past its start edge and stops short of the bleed's edge, 4.8" in out, out
    edit(path, "start: -4.5, top: 0, width: 301.5", "start: -5, top: 0, width: 302")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert (
        "slot 'ground' reaches the trim's top, end, bottom edges and stops there: where" in out
    ), out
    assert "hint: let it bleed: bleed: [top, end, bottom] (its art runs on" in out, out


def test_a_text_on_a_circle_on_the_trim_is_told_to_move_inside(
    kit_copy: Callable[..., Path],
) -> None:
    """A badge's rim text (a text on a circle) whose frame reaches the trim is told to move
    inside it, never to bleed: the cut may take part of its words."""
    kit = kit_copy()
    path = kit / "materials/layouts/badge-58.yaml"
    old = "frame: {start: 9.5, top: 9.5, width: 51, height: 51}}"
    text = edit(path, old, "frame: {start: 9.5, top: -1, width: 51, height: 51}}")
    line = text[: text.index("  - {name: rim,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "badge-58")
    assert (
        f"{path}:{line}:5: warning[layout.bleed]: slot 'rim' runs 1.0 mm past the trim's top "
        "edge; it is text: the cut may take part of its words\n"
        "  hint: move its frame inside the trim and its safe margin (what must not be cut "
        "never bleeds)\n"
    ) in out, out
    assert "let it bleed" not in out


def test_art_shown_whole_in_its_frame_is_judged_by_its_own_edges(
    kit_copy: Callable[..., Path],
) -> None:
    """SVG art is scaled to fit its frame (aligned across, centred down): a frame on the
    trim's corner whose heart, centred down, stops 16 mm under the top was said to reach the
    top edge too. Only the edges the art itself reaches are named; art aligned away from
    the trim reaches none."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    old = "frame: {start: 22, top: 24, width: 31, height: 28}}"
    text = edit(path, old, "frame: {start: 0, top: 0, width: 31, height: 60}}")
    line = text[: text.index("  - {name: emblem,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert code == 1, out  # and in the safe margin: an error of its own
    assert (
        f"{path}:{line}:5: warning[layout.bleed]: slot 'emblem' reaches the trim's start edge "
        "and stops there"
    ) in out
    # the heart (100 x 90) 36 mm high in a frame 80 mm wide, 10 mm under the top, aligned to
    # its end: 40 mm from the start, 10 from the top
    edit(path, "align: start,", "align: end,")
    edit(path, "top: 0, width: 31, height: 60}}", "top: 10, width: 80, height: 36}}")
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert "slot 'emblem' reaches" not in out
    # nor in the safe margin (the frame is, from the trim's edge; the heart is not)
    assert "slot 'emblem': it comes" not in out
    # the frame pinned: on the Arabic page its heart stays at the frame's end, by nothing
    edit(path, "align: end,", "align: end, pin: true,")
    code, out = cli("check", "--kit", kit, "--lang", "ar", "--only", "poster-a3")
    assert "slot 'emblem': it comes" not in out


def test_svg_art_aligned_to_the_start_sits_at_the_start_of_an_arabic_page(
    kit_copy: Callable[..., Path],
) -> None:
    """`align: start` is the line's start: on a mirrored (right-to-left) page the art sits at
    its frame's right, by the page's edge, as the text beside it begins there (it sat at the
    frame's left, towards the middle of the page); a pinned slot is not mirrored."""
    from campaign.fonts import load_fontbook
    from campaign.layout.compose import compose_content
    from campaign.layout.document import SvgItem
    from campaign.resolve import resolve_kit

    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    edit(path, "frame: {start: 22, top: 24, width: 31, height: 28}}", "frame: {start: 22, "
         "top: 24, width: 60, height: 28}}")  # fmt: skip
    loaded = load_kit(kit)
    layout = loaded.layouts["poster-a3"]
    fonts = load_fontbook(loaded.fonts_dir)
    placed = {}
    for code in ("en", "ar"):
        doc = compose_content(layout, resolve_kit(loaded, loaded.languages[code]), fonts,
                              Collector(), [])  # fmt: skip
        (item,) = [i for i in doc.pages[0].items if isinstance(i, SvgItem)]
        slot = next(s for s in layout.slots if s.name == "emblem")
        x, _, w, _ = slot.art_in((item.box.x, item.box.y, item.box.w, item.box.h), item.align)
        placed[code] = (item.align, round(x / MM, 1), round((x + w) / MM, 1))
    heart = 28 * 100 / 90  # mm wide, 28 high
    assert placed["en"] == ("start", 22.0, round(22 + heart, 1))
    assert placed["ar"] == ("end", round(297 - 22 - heart, 1), 275.0)


def test_where_the_art_of_each_kind_of_slot_lies() -> None:
    """An image with `fit: contain` is centred both ways; with `cover`, and a shape, it is the
    frame; SVG art follows its `align` across and is centred down (mm)."""
    import dataclasses

    from campaign.model import ImageSlot, SvgSlot

    loaded = load_kit(ROOT)
    poster = loaded.layouts["poster-a3"]
    slots = {s.name: s for s in poster.slots}
    svg = slots["emblem"]
    assert isinstance(svg, SvgSlot)
    assert svg.aspect == pytest.approx(100 / 90)
    frame = (0.0, 0.0, 40.0, 90.0)
    heart = dataclasses.replace(svg, align="start", aspect=100 / 90)
    assert heart.art_in(frame) == pytest.approx((0.0, 27.0, 40.0, 36.0))
    assert dataclasses.replace(heart, align="end").art_in((0.0, 0.0, 80.0, 36.0)) == (
        pytest.approx((40.0, 0.0, 40.0, 36.0))
    )
    logo = next(s for s in poster.slots if isinstance(s, ImageSlot))
    wide = dataclasses.replace(logo, fit="contain", pixels=(400, 100), asset=Path("x.png"))
    assert wide.art_in((10.0, 10.0, 40.0, 40.0)) == pytest.approx((10.0, 25.0, 40.0, 10.0))
    assert dataclasses.replace(wide, fit="cover").art_in(frame) == frame
    assert dataclasses.replace(wide, pixels=None).art_in(frame) == frame  # a logo: unknown
    assert slots["ground"].art_in(frame) == frame


def test_a_copied_layout_names_the_layout_whose_sizes_it_repeats(
    kit_copy: Callable[..., Path],
) -> None:
    """poster-a3.yaml copied to make a new material: its `sizes:` and `family:` came with it,
    and each size was "named like another layout", with a hint to rename. Its trim made its
    own name's (B2), the names no longer tell which is the copy (kit.size_names,
    tests/kit/test_size_names.py): one error at the file read second, naming both."""
    kit = kit_copy()
    layouts = kit / "materials/layouts"
    text = (layouts / "poster-a3.yaml").read_text(encoding="utf-8")
    assert "\ntrim: [297, 420]\n" in text
    (layouts / "poster-b2.yaml").write_text(
        text.replace("\ntrim: [297, 420]\n", "\ntrim: [500, 707]\n"), encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-b2")
    assert code == 1
    assert (
        "poster-b2.yaml:94:1: error[schema.duplicate]: sizes 'poster-a1', 'poster-a2', "
        "'poster-a4', 'poster-tabloid', 'poster-letter' are made by poster-b2.yaml and by "
        f"poster-a3.yaml ({layouts}/poster-a3.yaml:94:1): both make the family 'poster'\n"
        "  hint: a copy of a layout keeps its `sizes:` and `family:`: delete them from "
        "whichever of poster-b2.yaml and poster-a3.yaml is the copy, or give it a `family:` "
        "of its own\n"
    ) in out, out
    (layouts / "poster-a0.yaml").write_text(  # a copy read first, made A0
        text.replace("\ntrim: [297, 420]\n", "\ntrim: [841, 1189]\n"), encoding="utf-8"
    )
    (layouts / "poster-b2.yaml").unlink()
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a0")
    assert f"{layouts}/poster-a3.yaml:94:1: error[schema.duplicate]: " in out, out
    assert "are made by poster-a3.yaml and by poster-a0.yaml (" in out, out


def test_a_slot_that_shows_only_when_filled_is_checked_where_it_goes(
    kit_copy: Callable[..., Path],
) -> None:
    """The contact slots show only when an office fills them, and the campaign and every
    shipped office leave them empty: a helpline moved over the headline passed every check
    until an office filled its helpline. `check` lays each layout out with samples in the
    empty contacts too, and names a problem of where a slot goes at the slot."""
    kit = kit_copy()
    path = kit / "materials/layouts/poster-a3.yaml"
    old = "frame: {start: 22, top: 389, width: 88, height: 11.5}}"
    text = edit(path, old, old.replace("top: 389", "top: 150"))
    line = text[: text.index("  - {name: helpline,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert code == 0, out
    assert (
        f"{path}:{line}:5: warning[layout.when-filled]: poster-a3 [en] slot 'helpline': once an "
        "office fills its contacts (helpline '+00 000 000 0000', samples of a usual length): "
        "slot 'helpline' covers slot 'headline' ("
    ) in out
    code, out = cli("check", "--kit", ROOT, "--lang", "en")  # the shipped layouts: none
    assert code == 0
    assert "layout.when-filled" not in out


def test_text_in_a_band_kept_clear_is_an_error_at_its_slot(kit_copy: Callable[..., Path]) -> None:
    """A story's top and bottom 250 px are under the apps' controls; the README said words
    were kept out of them, and nothing checked it: `day` moved to the top passed. The
    layout's `keep_clear:` bands are checked as the safe margin is."""
    kit = kit_copy()
    path = kit / "materials/layouts/social-1080x1920.yaml"
    # the day line across the top: the kit has no logos (`day-wide`)
    old = "frame: {start: 62, top: 66, width: 190, height: 36}}"
    text = edit(path, old, old.replace("top: 66", "top: 14"))
    line = text[: text.index("  - {name: day-wide,")].count("\n") + 1
    code, out = cli("check", "--kit", kit, "--lang", "en,ar", "--only", "social-1080x1920")
    assert code == 1
    # the top band, the same in a right-to-left language: one error for the slot, naming both
    at = out.index(f"{path}:{line}:5: error[layout.safe-area]: social-1080x1920 slot 'day-wide': ")
    first = out[at:].split("\n", 1)[0]
    assert (
        "mm into the 62.5 mm band kept clear at the top edge (the apps' own controls cover it)"
        in first
    )
    assert "(in 2 languages: en, ar" in first


def test_the_preview_guides_show_the_bands_kept_clear_by_physical_edge() -> None:
    """start and end are the language's: in a right-to-left one the start band is on the
    right."""
    from campaign.layout.document import MM, Document
    from campaign.model import KeepClear
    from campaign.serve.guides import guides

    band = KeepClear(top=62.5, bottom=10, start=5, end=0)
    for rtl, expected in ((False, [5, 62.5, 0, 10]), (True, [0, 62.5, 5, 10])):
        doc = Document(
            "story", "Story", "social", "ar" if rtl else "en", rtl, (270 * MM, 480 * MM), 0.0,
            12 * MM, (), None,
        )  # fmt: skip
        assert guides(doc, band)["clear"] == expected
        assert guides(doc)["clear"] == [0, 0, 0, 0]


def test_the_when_filled_pass_runs_when_the_contact_fields_are_not_listed(
    kit_copy: Callable[..., Path],
) -> None:
    """campaign.yaml may leave the contact fields out of `fields:` (they are known, empty):
    the pass took a field it did not list as filled, and was skipped."""
    kit = kit_copy()
    campaign = kit / "materials/campaign.yaml"
    lines = campaign.read_text(encoding="utf-8").splitlines(keepends=True)
    contact = ("  helpline:", "  report_url:", "  website:", "  email:", "  social:", "  office_")
    campaign.write_text("".join(x for x in lines if not x.startswith(contact)), encoding="utf-8")
    old = "frame: {start: 22, top: 389, width: 88, height: 11.5}}"
    edit(kit / "materials/layouts/poster-a3.yaml", old, old.replace("top: 389", "top: 150"))
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a3")
    assert code == 0, out
    assert "warning[layout.when-filled]: poster-a3 [en] slot 'helpline'" in out


def test_an_overflow_names_the_frame_that_holds_the_text(kit_copy: Callable[..., Path]) -> None:
    """The hint of a text that does not fit names the frame to enlarge: the design's slot,
    or, on a size that gives the slot a frame of its own (poster-a4's QR label), that frame
    under `sizes:` (the design's line was named, where a change does nothing for A4)."""
    kit = kit_copy()
    strings = kit / "materials/strings/en.yaml"
    # too long for the A4 label's own frame even with the room the page leaves it
    longer = " ".join(
        ["Scan the code to learn more about the campaign and how you can help, every day"] * 6
    )
    text = edit(strings, "    text: Scan to learn more and act\n    short: Scan to act\n",
                f"    text: {longer}\n    short: {longer}\n")  # fmt: skip
    assert text
    layout = (kit / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    lines = layout.splitlines()
    design = next(n for n, line in enumerate(lines, 1) if "{name: qr-label," in line)
    a4 = next(n for n, line in enumerate(lines, 1) if line.strip().startswith("a4:"))
    own = next(n for n in range(a4, len(lines)) if "qr-label: {frame:" in lines[n]) + 1
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "poster-a4")
    assert code == 1
    assert (
        "error[text.overflow]: poster-a4 [en] 'qr_label': text does not fit slot 'qr-label'"
    ) in out
    assert f"or enlarge the slot (poster-a3.yaml:{own}) or lower the style's min_size\n" in out
    assert f"(poster-a3.yaml:{design})" not in out  # the design's line does nothing for A4
    assert "choose a larger trim" not in out


@pytest.mark.parametrize(
    ("attributes", "aspect"),
    [
        ('width="100" height="90" viewBox="0 0 10 10"', 100 / 90),  # its size, not its box's
        ('width="20mm" height="1in"', 20 / 25.4),
        ('viewBox="0 0 300 100"', 3.0),
        ('width="200" viewBox="0 0 100 50"', None),  # svglib: 200 wide, 50 high (the box's)
        ('width="100%" height="50%" viewBox="0 0 10 10"', None),
        ('width="10em" height="5em" viewBox="0 0 10 10"', None),
    ],
)
def test_the_aspect_of_svg_art_is_known_where_it_is_plain(
    attributes: str, aspect: float | None
) -> None:
    """The art's width over its height as svglib sizes the drawing, where that is plain;
    None (the art judged by its whole frame) where svglib takes each from its own source."""
    from lxml import etree

    from campaign.svgart import svg_aspect

    root = etree.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}/>')
    found = svg_aspect(root)
    assert found == (pytest.approx(aspect) if aspect is not None else None)


def test_a_languages_month_names_are_twelve(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`months:` (the names a merged event's date takes, where they are not CLDR's) needs
    all twelve, January first: eleven would leave December without one."""
    kit = kit_copy()
    path = kit / "materials/strings/ar.yaml"
    text = path.read_text(encoding="utf-8")
    assert "         كانون الأول/ديسمبر]\n" in text
    path.write_text(text.replace(",\n         كانون الأول/ديسمبر]\n", "]\n"), encoding="utf-8")
    line = (
        text.splitlines().index(next(ln for ln in text.splitlines() if ln.startswith("months:")))
        + 1
    )
    assert errors(kit, monkeypatch).startswith(
        f"materials/strings/ar.yaml:{line}:9: error[schema.value]: `months` has 11 name(s): a "
        "date needs all twelve, January first\n  hint: list the twelve month names as a date "
        "writes them, or leave `months` out for the Unicode CLDR's"
    )


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (  # a decimal comma: the key '5'
            "frame: {start: 11, top: 31, width: 126, height: 63}}",
            "frame: {start: 11, top: 31, width: 126, height: 63,5}}",
            "error[schema.unknown-key]: unknown key '5' in frame of slot 'headline'\n"
            "  hint: 'height: 63,5' is read as two entries (a comma ends one): write the "
            "number with a decimal point, height: 63.5\n",
        ),
        (  # a CSS colour: the keys '0' and '0)'
            "headline:  {weight: bold, size: 46, min_size: 24, colour: white,",
            "headline:  {weight: bold, size: 46, min_size: 24, colour: rgb(255,0,0),",
            "error[schema.unknown-key]: unknown key '0' in style 'headline'\n"
            "  hint: a comma ends the value of 'colour' ('rgb(255' is cut there): put the value "
            "in quotes, or write it as the key asks\n",
        ),
    ],
)
def test_a_comma_that_cuts_a_value_in_a_mapping_is_explained(
    kit_copy: Callable[..., Path], old: str, new: str, said: str
) -> None:
    """A designer's trial: `height: 10,5` was "unknown key '5'", and `colour: rgb(255,0,0)`
    "unknown key '0'" and "unknown key '0)'", without a word of the comma."""
    kit = kit_copy()
    path = kit / "materials/layouts/flyer-a5.yaml"
    edit(path, old, new)
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "flyer-a5")
    assert code == 1
    assert said in out, out
