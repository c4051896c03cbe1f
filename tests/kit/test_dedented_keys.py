"""A key of one of a kit file's mappings written at its top level (dedented out of `fields:`,
`keep_clear:`) is told to be indented under that mapping, at that mapping's line, before any
"did you mean", which names no key the file has already: a Manila organiser moved
`office_name:` out from under an office's `fields:`, was told "did you mean 'name'?", and
following it got "duplicate key 'name'"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import ROOT, cli

OFFICE = (
    "name: Blue Heart Youth Network Philippines\n"
    "languages: [en, tl]\n"
    "country: PH\n"
    "fields:\n"
    '  helpline: ""\n'
    '  email: ""\n'
    'office_name: "Blue Heart Youth Network Philippines"\n'
)


def check(kit: Path, *args: str) -> str:
    code, out = cli("check", "--kit", kit, *args, "--only", "badge-58")
    assert code == 1, out
    return out


def test_an_office_s_field_dedented_out_of_fields(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy(**{"materials/offices/manila.yaml": OFFICE})
    out = check(kit, "--office", "manila")
    assert (
        "manila.yaml:7:1: error[schema.unknown-key]: unknown key 'office_name' in manila.yaml\n"
        "  hint: 'office_name' is a key of 'fields:' (line 4), not of manila.yaml: indent it "
        "under 'fields:', as 'helpline' is\n"
        "1 error(s)"
    ) in out, out
    assert "did you mean" not in out  # 'name': the office has it already


def test_a_field_of_campaign_yaml_dedented_out_of_fields(kit_copy: Callable[..., Path]) -> None:
    """A contact field written above `fields:` (the campaign's other fields are its own)."""
    text = (ROOT / "materials" / "campaign.yaml").read_text(encoding="utf-8")
    old = 'fields:\n  helpline: ""     # reporting helpline (phone number)\n'
    assert old in text
    moved = text.replace(old, 'helpline: ""\nfields:\n', 1)
    kit = kit_copy(**{"materials/campaign.yaml": moved})
    out = check(kit)
    at = moved.splitlines().index('helpline: ""') + 1
    assert (
        f"campaign.yaml:{at}:1: error[schema.unknown-key]: unknown key 'helpline' in "
        f"campaign.yaml\n  hint: 'helpline' is a key of 'fields:' (line {at + 1}), not of "
        "campaign.yaml: indent it under 'fields:', as 'report_url' is\n"
    ) in out, out


def test_a_key_of_a_layout_s_mapping_dedented_out_of_it(kit_copy: Callable[..., Path]) -> None:
    name = "materials/layouts/social-1080x1920.yaml"
    text = (ROOT / name).read_text(encoding="utf-8")
    old = "keep_clear: {top: 62.5, bottom: 62.5, why: the apps' own controls cover it}\n"
    assert old in text
    new = "keep_clear:\n  top: 62.5\n  bottom: 62.5\nwhy: the apps' own controls cover it\n"
    kit = kit_copy(**{name: text.replace(old, new)})
    code, out = cli("check", "--kit", kit, "--only", "social-1080x1920")
    assert code == 1, out
    at = text.splitlines().index(old.rstrip("\n")) + 1
    assert (
        f"social-1080x1920.yaml:{at + 3}:1: error[schema.unknown-key]: unknown key 'why' in "
        f"social-1080x1920.yaml\n  hint: 'why' is a key of 'keep_clear:' (line {at}), not of "
        "social-1080x1920.yaml: indent it under 'keep_clear:', as 'top' is\n"
    ) in out, out


def test_a_misspelt_key_is_still_told_its_near_name(kit_copy: Callable[..., Path]) -> None:
    """A key no mapping of the file takes keeps its "did you mean"."""
    text = OFFICE.replace('office_name: "Blue Heart Youth Network Philippines"\n', "contry: PH\n")
    kit = kit_copy(**{"materials/offices/manila.yaml": text.replace("country: PH\n", "")})
    out = check(kit, "--office", "manila")
    assert "unknown key 'contry' in manila.yaml\n  hint: did you mean 'country'?\n" in out, out
