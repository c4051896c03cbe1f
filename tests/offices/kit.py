"""A kit copy with a fictional test office (never shipped), marked `sample: true`: contacts
filled with the project's sample values (example.org, +00), uncoated paper, a partner logo (shown by the shipped layouts' `logo: partner`
slots)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image

HELPLINE = "+00 000 000 000"
ROSEA = f"""\
name: Rosea Test Office
languages: [en, ar]
output_profile: fogra29
fields:
  helpline: "{HELPLINE}"
  report_url: https://report.example.org/form
fields_by_language:
  ar: {{office_name: Rosea AR}}
links:
  blueheart: https://example.org/rosea
logos:
  partner: rosea-logo.png
sample: true
"""


def office_kit(kit_copy: Callable[..., Path], office: str = ROSEA) -> Path:
    kit = kit_copy(**{"materials/offices/rosea.yaml": office})
    # 600 x 300 px: 635 ppi in the flyer's 40 x 12 mm partner-logo slot (fit: contain)
    Image.new("RGB", (600, 300), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    return kit


def inheriting_kit(kit_copy: Callable[..., Path]) -> Path:
    """`office_kit` with a 12:1 partner logo (lower than a social image's type floor in its
    slot) and two offices that extend Rosea: rosea-east takes its logo, rosea-west gives its
    own of the name."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (1200, 100), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    Image.new("RGB", (300, 200), (200, 30, 90)).save(kit / "assets" / "own-logo.png")
    offices = kit / "materials" / "offices"
    (offices / "rosea-east.yaml").write_text(
        "extends: rosea\nname: Rosea East Test Office\nsample: true\n", encoding="utf-8"
    )
    (offices / "rosea-west.yaml").write_text(
        "extends: rosea\nname: Rosea West Test Office\nlogos:\n  partner: own-logo.png\n"
        "sample: true\n",
        encoding="utf-8",
    )
    return kit
