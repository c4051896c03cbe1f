"""Press conditions: the CMYK output profiles a print PDF can be made for. The one list the
model's `output_profile` choices, the renderer's OutputIntent and the fingerprints read."""

from __future__ import annotations

# key -> (ICC profile under assets/, PDF/X OutputConditionIdentifier, OutputCondition info)
PROFILES: dict[str, tuple[str, str, str]] = {
    "fogra39": (
        "icc/fogra39l_coated.icc",
        "FOGRA39",
        "Coated FOGRA39 (ISO 12647-2:2004), total ink limit 300 %",
    ),
    "fogra29": (
        "icc/fogra29l_uncoated.icc",
        "FOGRA29",
        "Uncoated FOGRA29 (ISO 12647-2:2004), total ink limit 280 %",
    ),
    "gracol2006": (
        "icc/gracol2006_coated.icc",
        "CGATS TR 006",
        "GRACoL 2006 coated (CGATS TR 006), total ink limit 300 %",
    ),
}

PROFILE_KEYS: tuple[str, ...] = tuple(PROFILES)

# The paper each press condition prints on, as a message names it ("3.06:1 as printed on
# FOGRA29, uncoated paper"): the same CMYK prints duller on uncoated paper.
PAPER: dict[str, str] = {"fogra39": "coated", "fogra29": "uncoated", "gracol2006": "coated"}

# The paper sizes' family of the presses each press condition is measured on: ISO 12647-2's
# FOGRA datasets in Europe (A sizes), GRACoL in the US (Letter, Tabloid): an office on US
# paper with a FOGRA condition is told (kit.offices, office.press-condition).
PAPER_REGION: dict[str, str] = {"fogra39": "iso", "fogra29": "iso", "gracol2006": "us"}

# Total ink limit (per cent, C+M+Y+K) each press condition is printed within: every vector
# colour of a print PDF and the registration colour of its marks stay at or under it. Coated:
# 300 % (the FOGRA39L and GRACoL profiles' own separation limit; shops accept up to 320 %).
# Uncoated: 280 %, what print shops ask for uncoated stock (../shared/PRINT-SPECS.md: drukarnia
# suchecki, peakprint), below the 300 % the FOGRA29L profile separates to.
MAX_INK: dict[str, float] = {"fogra39": 300.0, "fogra29": 280.0, "gracol2006": 300.0}

PROFILE_DOC = (
    "Press condition of the print PDFs: fogra39 (ISO coated), fogra29 (ISO uncoated) or "
    "gracol2006 (US coated)."
)
