"""A `{field}` placeholder in a string names a field the kit has: an unknown one is printed
as written (resolve.fill), so a misspelt `{helpine}` reached a print-ready poster with
`check --strict` passing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from ..kits import ROOT, cli

FR = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"
JOIN_LINE = FR.splitlines().index("  cta_join:") + 1  # the key's line: where errors are


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
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': the field '{{helpine}}' is in no "
        "campaign, office or language file: it would print as written\n"
        "  hint: did you mean 'helpline'?\n"
    ) in text
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': '{{}}' is not a field placeholder: it "
        "would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
    ) in text
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': '{{ website }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {website}\n"
    ) in text
    assert text.count("error[") == 3


def test_braces_around_a_field_follow_the_source_texts_placeholders(
    kit_copy: Callable[..., Path],
) -> None:
    """`{ helpline }` in a hand-edited strings file: where the English text of its key has
    {helpline}, the hint says to write it without spaces; where it has none, to remove it, as
    `strings import` says (the check said to write {helpline}, and then warned of a
    placeholder the English has not). The English file's own braces: to write."""
    kit = kit_copy(**{"materials/strings/fr.yaml": with_join('"Appelez le { helpline }"')})
    en = kit / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    donate = (
        "    text: Support the UN Voluntary Trust Fund for Victims of Trafficking in Persons.\n"
    )
    assert donate in body
    en.write_text(body.replace(donate, "    text: Donate to { helpline }.\n"), "utf-8")
    en_line = body.splitlines().index("  cta_donate:") + 1
    fr = kit / "materials/strings/fr.yaml"
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
    ) in text, text
    assert (
        f"{en}:{en_line}:3: error[ref.field]: [en] 'cta_donate': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write it without spaces: {helpline}\n"
    ) in text, text
    assert text.count("error[") == 2, text
    join = "    text: Join the Blue Heart Campaign.\n"
    body = en.read_text(encoding="utf-8")
    en.write_text(body.replace(join, "    text: Join us, {helpline}.\n"), "utf-8")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': '{{ helpline }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: write it without spaces: {helpline}\n"
    ) in text, text


def test_known_placeholders_are_filled(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """Contact fields, the campaign's fields and an event's are known; an office fills them."""
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Appelez le {helpline} ({event_venue})"')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 0, text


def test_a_placeholder_in_a_second_pair_of_braces_is_an_error(
    kit_copy: Callable[..., Path],
) -> None:
    """`{{helpline}}` (a template language's escape) printed "{0800 123 456}", with check
    --strict passing."""
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Rejoignez-nous ou appelez le {{helpline}}."')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': '{{{{helpline}}}}' has braces around "
        "the placeholder {helpline}: the value would print in braces\n"
        "  hint: write {helpline}, with one pair of braces\n"
    ) in text


def test_a_translation_without_the_sources_placeholder_is_named(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The English `cta_join` gained {helpline}: the translations went on printing without
    it, check --strict passing and the export calling them translated (the shipped strings
    files record no `source:`). `check` warns (--strict: an error) and the export marks the
    text outdated (PO: fuzzy)."""
    kit = kit_copy()
    en = kit / "materials/strings/en.yaml"
    old = "text: Join the Blue Heart Campaign.\n"
    body = en.read_text(encoding="utf-8")
    assert old in body
    en.write_text(body.replace(old, "text: Join the Blue Heart Campaign, {helpline}.\n"), "utf-8")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 0, text
    fr = kit / "materials/strings/fr.yaml"
    assert (
        f"{fr}:{JOIN_LINE}:3: warning[strings.placeholder]: [fr] 'cta_join': the translation lacks "
        "{helpline}, which en.yaml's text has: French prints without it\n"
        f"  hint: have the text translated again (strings export --lang fr --kit {kit} marks it "
        "outdated); "
        "with --strict this is an error\n"
    ) in text
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3", "--strict")
    assert code == 1
    assert "error[strings.placeholder]: [fr] 'cta_join'" in text
    code, text = cli("strings", "export", "--lang", "fr", "--kit", kit, "-o", tmp_path / "fr.po")
    assert code == 0, text
    entry = next(e for e in polib.pofile(str(tmp_path / "fr.po")) if e.msgctxt == "cta_join")
    assert "status: outdated" in entry.comment
    assert entry.flags == ["fuzzy"]
    other = next(e for e in polib.pofile(str(tmp_path / "fr.po")) if e.msgctxt == "cta_donate")
    assert "status: translated" in other.comment  # the others are as they were
    assert other.flags == []


def test_a_placeholder_with_one_extra_brace_is_an_error(kit_copy: Callable[..., Path]) -> None:
    """`{{helpline}` printed a stray brace beside the value (only a pair either side was
    caught)."""
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Rejoignez-nous ou appelez le {{helpline}."')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    assert (
        "error[ref.field]: [fr] 'cta_join': '{{helpline}' has a brace beside the placeholder "
        "{helpline}: it would print\n"
    ) in text


@pytest.mark.parametrize(
    ("written", "error", "hint"),
    [
        (
            "Appelez le {helpline.",
            "'{helpline' opens a placeholder it never closes: it would print as written",
            "remove it: the source text has no placeholder {helpline}",  # en.yaml has none
        ),
        (
            "Appelez} le numéro.",
            "a closing brace '}' without its opening one: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
        (  # beside a placeholder, the other way round from a second pair's brace
            "Appelez le {helpline}{",
            "'{' opens a placeholder it never closes: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
        (
            "Appelez le }{helpline}",
            "a closing brace '}' without its opening one: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
    ],
)
def test_a_brace_without_its_other_one_is_an_error(
    kit_copy: Callable[..., Path], written: str, error: str, hint: str
) -> None:
    """`{helpline.` printed as typed ("Llama al {helpline.") and passed `check --strict`."""
    kit = kit_copy(**{"materials/strings/fr.yaml": with_join(f'"{written}"')})
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    assert text.count("error[") == 1, text
    assert (
        f"{fr}:{JOIN_LINE}:3: error[ref.field]: [fr] 'cta_join': {error}\n  hint: {hint}\n"
    ) in text
