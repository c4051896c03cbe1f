"""A language code of the kit written a level too far out (or in) in an office's file is
told where it goes: under the mapping keyed by language codes above it (`names:`,
`fields_by_language:`, `strings:`, a logo's `alt:`), at that mapping's line. `fr:` dedented
out of `names:` was told only the office file's keys, since no mapping held an `fr` yet (an
organiser's trial); a region tag (pt_BR, fr-CA) is a code of the kit's language too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import ROOT, cli

OFFICE = (
    "name: Blue Heart Youth Network Philippines\n"  # 1
    "names:\n"  # 2
    "  en: Blue Heart Youth Network\n"  # 3
    "fr: Réseau des jeunes Cœur bleu\n"  # 4
    "languages: [en, tl]\n"  # 5
    "fields_by_language:\n"  # 6
    '  en: {helpline: ""}\n'  # 7
    'tl: {helpline: ""}\n'  # 8
    "strings:\n"  # 9
    "  en:\n"  # 10
    "    cta_join: Join us\n"  # 11
    "pt_BR:\n"  # 12
    "  cta_join: Junte-se a nós\n"  # 13
    "fr-CA:\n"  # 14
    "  cta_join: Joignez-vous à nous\n"  # 15
)


def check(kit: Path, *args: str) -> str:
    code, out = cli("check", "--kit", kit, *args, "--only", "badge-58")
    assert code == 1, out
    return out


def test_language_codes_dedented_out_of_their_mappings(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy(**{"materials/offices/manila.yaml": OFFICE})
    out = check(kit, "--office", "manila")
    for line, code, mapping, held in (
        (4, "fr", "names", "en"),
        (8, "tl", "fields_by_language", "en"),
        (12, "pt_BR", "strings", "en"),
        (14, "fr-CA", "strings", "en"),
    ):
        at = OFFICE.splitlines().index(f"{mapping}:") + 1
        assert (
            f"manila.yaml:{line}:1: error[schema.unknown-key]: unknown key '{code}' in "
            f"manila.yaml\n  hint: '{code}' is a language code, a key of '{mapping}:' (line "
            f"{at}), not of manila.yaml: indent it under '{mapping}:', as '{held}' is\n"
        ) in out, out
    assert "4 error(s)" in out, out
    assert "the keys of manila.yaml are" not in out, out


def test_under_an_empty_flow_mapping_the_braces_go(kit_copy: Callable[..., Path]) -> None:
    """`names: {}` (the template's) takes no block under it until its braces are out."""
    text = "name: Manila\nnames: {}\nlanguages: [en, tl]\ntl: Maynila\n"
    kit = kit_copy(**{"materials/offices/manila.yaml": text})
    out = check(kit, "--office", "manila")
    assert (
        "manila.yaml:4:1: error[schema.unknown-key]: unknown key 'tl' in manila.yaml\n"
        "  hint: 'tl' is a language code, a key of 'names:' (line 2), not of manila.yaml: "
        "indent it under 'names:', and take out the {} after 'names:'\n"
    ) in out, out


def test_no_language_hint_where_none_fits(kit_copy: Callable[..., Path]) -> None:
    """No hint to indent under a mapping below the key, for a code the kit has no language
    of (de), or in a file with no mapping keyed by language codes (campaign.yaml)."""
    office = "name: Manila\nfr: Manille\nlanguages: [en]\nnames:\n  en: Manila\nde: Manila\n"
    campaign = (ROOT / "materials" / "campaign.yaml").read_text(encoding="utf-8")
    kit = kit_copy(
        **{
            "materials/offices/manila.yaml": office,
            "materials/campaign.yaml": campaign + "fr: Journée mondiale\n",
        }
    )
    out = check(kit, "--office", "manila")
    at = len(campaign.splitlines()) + 1
    assert f"campaign.yaml:{at}:1: error[schema.unknown-key]: unknown key 'fr' in " in out, out
    assert "manila.yaml:2:1: error[schema.unknown-key]: unknown key 'fr' in manila.yaml\n" in out
    assert "manila.yaml:6:1: error[schema.unknown-key]: unknown key 'de' in manila.yaml\n" in out
    assert "is a language code" not in out, out


def test_a_language_written_among_another_s_fields(kit_copy: Callable[..., Path]) -> None:
    """`tl:` indented under `en:` of fields_by_language was "field 'tl' has an unknown key
    'helpline'"; a logo's alt text dedented out of `alt:` is told to go back under it."""
    text = (
        "name: Manila\n"
        "languages: [en, tl]\n"
        "fields_by_language:\n"
        "  en:\n"
        '    helpline: "1343"\n'
        '    tl: {helpline: "1343"}\n'
        "logos:\n"
        "  partner:\n"
        "    file: blue-heart.svg\n"
        "    alt:\n"
        "      en: Partner\n"
        "    tl: Katuwang\n"
    )
    kit = kit_copy(**{"materials/offices/manila.yaml": text})
    out = check(kit, "--office", "manila")
    assert (
        "manila.yaml:6:5: error[schema.unknown-key]: 'tl' under fields_by_language.en in "
        "manila.yaml is a language code, not a field: a language's own values are not "
        "written among the fields\n"
        "  hint: write 'tl:' at the indent of 'en:', as a key of fields_by_language, not of en\n"
    ) in out, out
    assert "unknown key 'helpline'" not in out, out
    assert (
        "manila.yaml:12:5: error[schema.type]: logo 'partner' in manila.yaml has 'tl': a logo "
        "is a file, or {file: ..., alt: {<language code>: ...}}\n"
        "  hint: 'tl' is a language code, a key of 'alt:' (line 10): indent it under 'alt:', "
        "as 'en' is\n"
    ) in out, out
