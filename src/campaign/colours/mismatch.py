"""The `colour.mismatch` warnings: each brand colour whose screen value (sRGB) and print value
(CMYK through the campaign's press profile, as a soft proof) differ by more than
MAX_DELTA_E (ΔE2000): about 5 is where a lay viewer sees two colours side by side as
different; and each colour of SVG art (not a brand colour's) whose press CMYK does
(`art_mismatches`: the preview showed neon #00FF00 where the print was a dull #6DB53A, and
nothing was said: a designer's trial). Added where the kit is loaded (pipeline.api), from
the user's cache."""

from __future__ import annotations

from pathlib import Path

from .. import cache
from ..diagnostics import MATERIALS, Diagnostic, Severity
from ..model import Kit, SvgSlot
from .profiles import on_press, print_vs_screen, screen_of_cmyk

MAX_DELTA_E = 5.0


def mismatches(kit: Kit) -> list[Diagnostic]:
    """A warning for each brand colour whose screen and print values differ by more than
    MAX_DELTA_E (ΔE2000) under the campaign's press profile (`--strict`: an error)."""
    from ..presses import PROFILES

    if not kit.campaign.check_colours:
        return []
    key = kit.campaign.output_profile
    icc = kit.assets_dir / PROFILES[key][0]
    out = []
    for name, colour in kit.campaign.colours.items():
        de = print_vs_screen(colour.cmyk, colour.rgb, icc)
        if de > MAX_DELTA_E:
            c, m, y, k = (round(v * 100) for v in colour.cmyk)
            out.append(
                Diagnostic(
                    "colour.mismatch",
                    f"colour '{name}': its screen value {colour.hex} and its print value "
                    f"(C {c} M {m} Y {y} K {k} on {PROFILES[key][1]}) differ by ΔE2000 "
                    f"{de:.1f}: previews and digital files will not look like the print",
                    colour.mark,
                    (
                        f"the print value shows on screen as {screen_of_cmyk(colour.cmyk, icc)}: "
                        "use that as its rgb, or correct the cmyk",
                    ),
                    Severity.WARNING,
                )
            )
    return out + art_mismatches(kit)


def art_mismatches(kit: Kit) -> list[Diagnostic]:
    """A warning for each colour an SVG art file of an `svg` slot writes (SvgSlot.colours:
    once per file and colour, at the element that writes it first) whose print value, its
    sRGB through the campaign's press profile as the art is printed (render.items.svg), and
    its sRGB differ by more than MAX_DELTA_E; a brand colour's rgb is printed by its cmyk
    and judged by `mismatches`. The warning names the materials whose layouts show the art
    (`check --only` another material leaves it out)."""
    from ..presses import PROFILES

    key = kit.campaign.output_profile
    icc = kit.assets_dir / PROFILES[key][0]
    brand = {c.hex for c in kit.campaign.colours.values()}
    files: dict[Path, tuple[SvgSlot, list[str]]] = {}
    for layout in kit.layouts.values():
        for slot in layout.slots:
            if isinstance(slot, SvgSlot) and slot.colours:
                files.setdefault(slot.asset, (slot, []))[1].append(layout.id)
    out = []
    for slot, layouts in files.values():
        for colour in slot.colours:
            if colour.hex in brand:
                continue
            rgb = (int(colour.hex[1:3], 16) / 255, int(colour.hex[3:5], 16) / 255,
                   int(colour.hex[5:7], 16) / 255)  # fmt: skip
            (c, m, y, k), shown, de = on_press(rgb, icc)
            if de <= MAX_DELTA_E:
                continue
            n = colour.uses - 1
            more = f", and {n} more element{'s' if n > 1 else ''} of the file" if n else ""
            out.append(
                Diagnostic(
                    "colour.mismatch",
                    f"colour {colour.hex} of the SVG art ({colour.written}{more}): its screen "
                    f"value and its print value (C {c} M {m} Y {y} K {k} on {PROFILES[key][1]}) "
                    f"differ by ΔE2000 {de:.1f}: previews and digital files will not look "
                    "like the print",
                    colour.mark,
                    (
                        f"the print value shows on screen as {shown}, the "
                        "nearest the press prints: use that in the art, or a brand colour of "
                        "campaign.yaml (printed by its cmyk)",
                    ),
                    Severity.WARNING,
                    facts=((MATERIALS, tuple(dict.fromkeys(layouts))),),
                )
            )
    return out


def cached_mismatches(kit: Kit, code: str) -> list[Diagnostic]:
    """mismatches(kit), from the user's cache (campaign.cache) when the campaign's colours
    (with where they are written), its press profile's file and the code (`code`:
    pipeline.fingerprint.code_version) are those of an earlier call: the two colour
    transforms it builds cost 20 to 25 ms of every build's start-up on this machine kind."""
    from ..presses import PROFILES

    if not kit.campaign.check_colours:
        return []
    try:
        icc = cache.digest(kit.assets_dir / PROFILES[kit.campaign.output_profile][0])
    except (OSError, KeyError):  # mismatches says nothing else about them
        return mismatches(kit)
    colours = [repr(c) for _, c in sorted(kit.campaign.colours.items())]
    art = [  # the art's colours and the materials showing them (art_mismatches)
        repr((la.id, s.asset, s.colours))
        for la in kit.layouts.values()
        for s in la.slots
        if isinstance(s, SvgSlot) and s.colours
    ]
    name = cache.key("colour-mismatches", code, kit.campaign.output_profile, icc, *colours, *art)
    return cache.pickled(f"colours-{name}", lambda: mismatches(kit))
