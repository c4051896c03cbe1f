"""The print PDF's OutputIntent carries the press profile the layout asks for, whole and with
the /N its ICC stream needs; read back from the mini kit built through the CLI, and from
finish_print directly."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.render.postprocess import DocMeta, OutputCondition, finish_print

from ..kits import ROOT, build, mini_copy

FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"
GRACOL = ROOT / "assets/icc/gracol2006_coated.icc"


def intent_of(data: bytes) -> dict[str, object]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        profile = intent.DestOutputProfile
        return {
            "S": str(intent.S),
            "identifier": str(intent.OutputConditionIdentifier),
            "registry": str(intent.RegistryName),
            "N": int(profile.N),
            "profile": profile.read_bytes(),
        }


@pytest.mark.parametrize(
    ("layout_line", "icc", "identifier"),
    [
        ("", FOGRA, "FOGRA39"),  # the campaign's default
        ("output_profile: gracol2006\n", GRACOL, "CGATS TR 006"),
    ],
    ids=["fogra39", "gracol2006"],
)
def test_layout_chooses_its_press_profile(
    tmp_path: Path, layout_line: str, icc: Path, identifier: str
) -> None:
    kit = mini_copy(
        tmp_path / "kit", {"layouts/boxes.yaml": ("safe: 2\n", f"safe: 2\n{layout_line}")}
    )
    out = build(kit, tmp_path / "out", "--only", "boxes", "--lang", "en", "--png-ppi", "10")
    intent = intent_of((out / "boxes/boxes-en.pdf").read_bytes())
    assert intent == {
        "S": "/GTS_PDFX",
        "identifier": identifier,
        "registry": "http://www.color.org",
        "N": 4,
        "profile": icc.read_bytes(),  # the whole profile, byte for byte
    }


def test_finish_print_embeds_the_profile_with_n() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(100, 100), invariant=1)
    c.showPage()
    c.save()
    cond = OutputCondition("gracol2006", GRACOL, "CGATS TR 006", "GRACoL 2006")
    data = finish_print(buf.getvalue(), cond, DocMeta("t", "en", "s", "hash", 2024))
    intent = intent_of(data)
    assert intent["N"] == 4  # ISO 32000: an ICC stream must say how many components it has
    assert intent["profile"] == GRACOL.read_bytes()
    assert intent["identifier"] == "CGATS TR 006"
