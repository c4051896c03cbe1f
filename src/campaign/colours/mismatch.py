"""The `colour.mismatch` warnings: each brand colour whose screen value (sRGB) and print value
(CMYK through the campaign's press profile, as a soft proof) differ by more than
MAX_DELTA_E (ΔE2000): about 5 is where a lay viewer sees two colours side by side as
different. Added where the kit is loaded (pipeline.api), from the user's cache."""

from __future__ import annotations

from .. import cache
from ..diagnostics import Diagnostic, Severity
from ..model import Kit
from .profiles import print_vs_screen, screen_of_cmyk

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
    name = cache.key("colour-mismatches", code, kit.campaign.output_profile, icc, *colours)
    return cache.pickled(f"colours-{name}", lambda: mismatches(kit))
