"""`colour`: a screen colour's CMYK on the press, and how far the press falls short of it."""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..program import echo
from . import kit_option, kit_root


@click.command()
@click.argument("rgb")
@click.option(
    "--profile",
    type=click.Choice(["fogra39", "fogra29", "gracol2006"], case_sensitive=False),
    default=None,
    help="The press condition (default: the campaign's).",
)
@kit_option
def colour(rgb: str, profile: str | None, kit: Path | None) -> None:
    """Print the CMYK values of the sRGB colour RGB ("#E4007C") for the press profile, what
    that CMYK shows as on screen, and their difference (ΔE2000; above 5 the colour is out of
    the press's gamut: the print will look different). Paste both into campaign.yaml.

    \b
    Examples:
      python generate.py colour "#E4007C"
      python generate.py colour "#045096" --profile fogra29
    """
    from ..assets import press_profile_problem
    from ..colours import MAX_DELTA_E, on_press
    from ..diagnostics import Mark, failure
    from ..presses import PROFILES
    from .report import reporting

    if re.fullmatch(r"[0-9A-Fa-f]{6}", rgb):  # the shell's comment sign left out: meant
        rgb = "#" + rgb
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", rgb):
        raise click.BadParameter(f"'{rgb}' is not a hex colour like \"#E4007C\"", param_hint="RGB")
    value = tuple(int(rgb[i : i + 2], 16) / 255 for i in (1, 3, 5))
    with reporting():
        root = kit_root(kit)
        key = profile or _campaign_profile(root)
        icc = root / "assets" / PROFILES[key][0]
        problem = press_profile_problem(root / "assets", PROFILES[key][0])
        if problem:
            raise failure(
                "icc.read",
                f"the press profile '{key}' {problem}",
                Mark.file(icc),
                "copy the profile from the repository's assets/icc/ (assets/icc/SOURCE.md "
                "says where each comes from)",
            )
        found = on_press(value, icc)  # type: ignore[arg-type]
    (c, m, y, k), shown, de = found
    verdict = (
        "out of the press's gamut: the print will look different"
        if de > MAX_DELTA_E
        else "within the press's gamut"
    )
    echo(
        f'{rgb.upper()} on {PROFILES[key][1]}: cmyk: [{c}, {m}, {y}, {k}], shows as rgb: "{shown}"'
    )
    echo(f"ΔE2000 {de:.1f}: {verdict}")


def _campaign_profile(root: Path) -> str:
    """campaign.yaml's `output_profile:` (fogra39 when it names none), read from that file
    alone: the command that works out a colour's missing `cmyk:` refused to run while that
    colour stopped the kit from loading."""
    from ..diagnostics import DiagnosticsError
    from ..load import load_yaml
    from ..presses import PROFILES

    try:
        doc = load_yaml(root / "materials" / "campaign.yaml").plain()
    except DiagnosticsError:
        return "fogra39"
    found = doc.get("output_profile") if isinstance(doc, dict) else None
    return found if isinstance(found, str) and found in PROFILES else "fogra39"
