"""A logo with transparent parts is judged on what is drawn under it (image.logo-contrast),
by WCAG 2.1's non-text contrast for graphics (1.4.11: 3:1). An office's navy partner logo on
a transparent background (what partners send, and what the kit's hint asks for) printed all
but invisibly on the poster's blue (1.70:1, above the check's old 1.5:1), and an SVG logo
was not judged at all (an office's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from ..kits import cli, warnings_of
from .kit import ROSEA, office_kit

NAVY_LOGO = (0, 40, 110)  # #00286E: 1.70:1 on the blue (#045096), 13.7:1 on white

SVG_LOGO = """\
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <circle cx="50" cy="50" r="40" fill="#00286E"/>
  <rect x="100" y="20" width="90" height="60" fill="#00286E"/>
</svg>
"""

CARD = """\
title: Card
kind: flyer
trim: [100, 100]
slots:
  - {{name: ground, kind: shape, fill: {ground}, bleed: all, frame: {{start: 0, top: 0, end: 0, bottom: 0}}}}
{band}  - {{name: partner-logo, kind: image, logo: partner, fit: contain, {background}overlap: true,
     frame: {{start: 30, top: 40, width: 40, height: 20}}}}
"""

# a navy band from the left edge, so many mm wide, under the logo's box (x 30-70 mm): no
# `background:`, so the logo keeps its transparency and lies on the band and on the white
BAND = (
    "  - {{name: band, kind: shape, fill: navy, overlap: true,\n"
    "     frame: {{start: 0, top: 30, width: {}, height: 40}}}}\n"
)


def _logo(kit: Path, kind: str) -> str:
    """A navy logo on a transparent ground, 2:1, as `kind` (png or svg): its file's name."""
    if kind == "svg":
        (kit / "assets" / "logo.svg").write_text(SVG_LOGO, encoding="utf-8")
        return "logo.svg"
    return _logo_png(kit / "assets" / "logo.png").name


def _logo_png(path: Path, rgb: tuple[int, int, int] = NAVY_LOGO, scale: int = 1) -> Path:
    """A 2:1 logo of colour `rgb` on a transparent ground, 600 x 300 px times `scale`, at
    `path`."""
    im = Image.new("RGBA", (600 * scale, 300 * scale), (0, 0, 0, 0))
    im.paste((*rgb, 255), (60 * scale, 30 * scale, 540 * scale, 270 * scale))
    im.save(path)
    return path


def _found(kit: Path, material: str) -> list[str]:
    from campaign.kit import load_kit
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_fontbook

    loaded = load_kit(kit)
    laid = compose_document(
        loaded,
        cached_fontbook(loaded.fonts_dir, "test"),
        loaded.layouts[material],
        loaded.languages["en"],
        loaded.offices["rosea"],
    )
    return [d.message for d in laid.diagnostics if d.code == "image.logo-contrast"]


def _kit(kit_copy: Callable[..., Path], kind: str) -> tuple[Path, str]:
    # coated paper, where navy and white print near their rgb: the screen's judgement
    office = ROSEA.replace("output_profile: fogra29", "output_profile: fogra39")
    kit = office_kit(kit_copy, office)
    name = _logo(kit, kind)
    office_file = kit / "materials" / "offices" / "rosea.yaml"
    office_file.write_text(
        office.replace("partner: rosea-logo.png", f"partner: {name}"), encoding="utf-8"
    )
    return kit, name


@pytest.mark.parametrize("kind", ["png", "svg"])
@pytest.mark.parametrize(("ground", "told"), [("navy", True), ("white", False)])
def test_a_navy_logo_on_a_transparent_ground_is_told_on_navy_not_on_white(
    kit_copy: Callable[..., Path], kind: str, ground: str, told: bool
) -> None:
    kit, name = _kit(kit_copy, kind)
    card = CARD.format(ground=ground, band="", background="background: ground, ")
    (kit / "materials" / "layouts" / "card.yaml").write_text(card, encoding="utf-8")
    expected = (
        f"100 % of logo 'partner' ({name}) has less than 3:1 contrast, WCAG's minimum for "
        f"graphics (1.4.11), with the slot's {ground} ground: it hardly shows"
    )
    assert _found(kit, "card") == ([expected] if told else [])


@pytest.mark.parametrize(
    ("kind", "band", "share"),
    [("png", 62, 88), ("svg", 62, 83), ("png", 50, None), ("svg", 50, None)],
)
def test_a_logo_without_a_background_is_judged_on_the_band_under_it(
    kit_copy: Callable[..., Path], kind: str, band: int, share: int | None
) -> None:
    """No `background:`: the logo keeps its transparency, and what shows around it is what
    is drawn under it: a navy band under most of it (to 62 mm: told, with the share of its
    pixels on the band), or half of it (to 50 mm: the rest shows on the white, not told).
    The check took only a slot's `background:` colour, and passed every logo without one."""
    kit, name = _kit(kit_copy, kind)
    card = CARD.format(ground="white", band=BAND.format(band), background="")
    (kit / "materials" / "layouts" / "card.yaml").write_text(card, encoding="utf-8")
    expected = (
        f"{share} % of logo 'partner' ({name}) has less than 3:1 contrast, WCAG's minimum for "
        "graphics (1.4.11), with what lies under it (slots 'ground' and 'band'): it hardly "
        "shows"
    )
    assert _found(kit, "card") == ([expected] if share else [])


def test_the_trials_navy_partner_logo_is_told_on_the_posters_blue(
    kit_copy: Callable[..., Path],
) -> None:
    """The trial: poster-a3's partner logo on its blue ground, 1.70:1: told, at the logo's
    line in the office's file, as printed on the office's paper too where it shows on
    screen."""
    kit, name = _kit(kit_copy, "png")
    code, out = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "poster-a3"
    )
    assert (
        "rosea.yaml:12:12: warning[image.logo-contrast]: rosea / poster-a3 slot 'partner-logo': "
        f"100 % of logo 'partner' ({name}) has less than 3:1 contrast, WCAG's minimum for "
        "graphics (1.4.11), with the slot's blue ground: it hardly shows\n"
    ) in out, out


def test_a_merges_rows_giving_one_logo_judge_it_once(
    kit_copy: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The event flyer's photo slot (`logo: photo`, flattened onto the light band it lies on):
    two rows give one white logo (the same bytes under two names), a third a navy one. Each
    row's white logo is told at its cell, as before; the logo is drawn and judged once for the two (colours.
    logos _JUDGED, by the file's bytes and its ground): every record paid the check again,
    27 ms a flyer and 150 ms an A1 poster."""
    from campaign.render.underneath import Underneath

    drawn: list[str] = []
    alone = Underneath.alone

    def counting(self: Underneath, page: int, index: int) -> object:
        drawn.append(self.doc.pages[page].items[index].asset.name)
        return alone(self, page, index)

    monkeypatch.setattr(Underneath, "alone", counting)
    kit = kit_copy()
    images = tmp_path / "photos"
    images.mkdir()
    _logo_png(images / "white.png", (255, 255, 255), scale=2)  # 267 ppi in the slot
    (images / "white-copy.png").write_bytes((images / "white.png").read_bytes())
    _logo_png(images / "navy.png", scale=2)
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,photo,sample\n"
        "walk,en,Walk,2024-07-30,10:00,Park,white.png,true\n"
        "run,en,Run,2024-07-30,11:00,Park,white-copy.png,true\n"
        "talk,en,Talk,2024-07-30,12:00,Hall,navy.png,true\n",
        encoding="utf-8",
    )
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", kit, "-o", tmp_path / "out", "--images",
        images, "-j", "1", "--no-png",
    )  # fmt: skip
    assert code == 0, text
    told = (
        "events.csv:{row}:7: warning[image.logo-contrast]: event-flyer-a5 / {event} slot "
        "'photo': 100 % of logo 'photo' ({name}) has less than 3:1 contrast, WCAG's minimum "
        "for graphics (1.4.11), with the slot's light ground: it hardly shows\n"
        "  hint: give the logo its own ground (an opaque PNG), or a version that shows on both "
        "the blue and the light grounds (an outline or a coloured version)\n"
    )
    assert warnings_of(text, "image.logo-contrast").replace(f"{data}:", "events.csv:") == (
        told.format(row=2, event="walk", name="white.png")
        + told.format(row=3, event="run", name="white-copy.png")
    )
    assert sorted(drawn) == ["navy.png", "white.png"]


def test_a_logo_saved_again_is_judged_again(kit_copy: Callable[..., Path]) -> None:
    """The judgements kept (colours.logos _JUDGED) are by the logo's bytes as they are: a
    navy logo told on the navy ground, saved again in white under its name (the preview
    running), is judged again, and passes."""
    import os

    kit, name = _kit(kit_copy, "png")
    card = CARD.format(ground="navy", band="", background="background: ground, ")
    (kit / "materials" / "layouts" / "card.yaml").write_text(card, encoding="utf-8")
    assert _found(kit, "card") == [
        f"100 % of logo 'partner' ({name}) has less than 3:1 contrast, WCAG's minimum for "
        "graphics (1.4.11), with the slot's navy ground: it hardly shows"
    ]
    logo = _logo_png(kit / "assets" / name, (255, 255, 255))
    st = logo.stat()
    os.utime(logo, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert _found(kit, "card") == []
