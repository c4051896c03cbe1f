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
