"""A `{field}` placeholder in a string names a field the kit has: an unknown one is printed
as written (resolve.fill), so a misspelt `{helpine}` reached a print-ready poster with
`check --strict` passing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import ROOT, cli

FR = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"


def with_join(text: str) -> str:
    assert JOIN in FR
    return FR.replace(JOIN, f"    text: {text}\n")


def test_an_unknown_or_empty_placeholder_is_an_error_at_its_string(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Appelez le {helpine}, {} ou { website }"')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    assert (
        f"{fr}:32:3: error[ref.field]: [fr] 'cta_join': the field '{{helpine}}' is in no "
        "campaign, office or language file: it would print as written\n"
        "  hint: did you mean 'helpline'?\n"
    ) in text
    assert (
        f"{fr}:32:3: error[ref.field]: [fr] 'cta_join': '{{}}' is not a field placeholder: it "
        "would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
    ) in text
    assert (
        f"{fr}:32:3: error[ref.field]: [fr] 'cta_join': '{{ website }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write it without spaces: {website}\n"
    ) in text
    assert text.count("error[") == 3


def test_known_placeholders_are_filled(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """Contact fields, the campaign's fields and an event's are known; an office fills them."""
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Appelez le {helpline} ({event_venue})"')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 0, text
