"""A kit copy with a fictional test office (never shipped): contacts filled with obviously
fake values, uncoated paper, a logo."""

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
  main: rosea-logo.png
"""
# an image slot for the office's logo, in the flyer's top end corner
LOGO_SLOT = (
    "  - {name: office-logo, kind: image, logo: main, fit: contain,\n"
    "     frame: {end: 11, top: 185, width: 20, height: 10}}\n"
)


def office_kit(kit_copy: Callable[..., Path], office: str = ROSEA) -> Path:
    kit = kit_copy(**{"materials/offices/rosea.yaml": office})
    Image.new("RGB", (600, 300), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    flyer = kit / "materials/layouts/flyer-a5.yaml"
    flyer.write_text(flyer.read_text(encoding="utf-8") + LOGO_SLOT, encoding="utf-8")
    return kit
