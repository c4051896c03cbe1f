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
JOIN_LINE = FR.splitlines().index("  cta_join:") + 1  # the key's line: where warnings are


def with_join(text: str) -> str:
    assert JOIN in FR
    return FR.replace(JOIN, f"    text: {text}\n")


def spot(kit: Path, shown: str, last: bool = False) -> str:
    """`fr.yaml:line:col` of `shown` (its `last` one) in cta_join's text, the line under its
    key: where an error about its braces is (they were all at the key)."""
    fr = kit / "materials/strings/fr.yaml"
    line = fr.read_text(encoding="utf-8").splitlines()[JOIN_LINE]
    col = (line.rindex(shown) if last else line.index(shown)) + 1
    return f"{fr}:{JOIN_LINE + 1}:{col}"


def test_an_unknown_or_empty_placeholder_is_an_error_at_its_string(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(
        **{"materials/strings/fr.yaml": with_join('"Appelez le {helpine}, {} ou { website }"')}
    )
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    assert (
        f"{spot(kit, '{helpine}')}: error[ref.field]: [fr] 'cta_join': the field '{{helpine}}' "
        "is in no campaign, office or language file: it would print as written\n"
        "  hint: did you mean {helpline}?\n"
    ) in text
    assert (
        f"{spot(kit, '{}')}: error[ref.field]: [fr] 'cta_join': '{{}}' is not a field placeholder: it "
        "would print as written\n"
        "  hint: write {field} with a field's name (helpline, website, ...), or remove the "
        "braces\n"
    ) in text
    assert (
        f"{spot(kit, '{ website }')}: error[ref.field]: [fr] 'cta_join': '{{ website }}' is not a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {website}\n"
    ) in text
    assert text.count("error[") == 3
    # one cause, one diagnostic: "the translation has {helpine}, which en.yaml's text has
    # not" was told beside the error
    assert "strings.placeholder" not in text, text


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
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    assert (
        f"{spot(kit, '{ helpline }')}: error[ref.field]: [fr] 'cta_join': '{{ helpline }}' is not "
        "a field "
        "placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
    ) in text, text
    assert (
        # the text's line, `    text: Donate to { helpline }.`, at its braces
        f"{en}:{en_line + 1}:21: error[ref.field]: [en] 'cta_donate': '{{ helpline }}' is not a "
        "field "
        "placeholder: it would print as written\n"
        "  hint: write it without spaces: {helpline}\n"
    ) in text, text
    assert text.count("error[") == 2, text
    join = "    text: Join the Blue Heart Campaign.\n"
    body = en.read_text(encoding="utf-8")
    en.write_text(body.replace(join, "    text: Join us, {helpline}.\n"), "utf-8")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert (
        f"{spot(kit, '{ helpline }')}: error[ref.field]: [fr] 'cta_join': '{{ helpline }}' is not "
        "a field "
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
    assert (
        f"{spot(kit, '{{')}: error[ref.field]: [fr] 'cta_join': '{{{{helpline}}}}' has braces around "
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
        f"  hint: have the text translated again (`python generate.py strings export --lang fr "
        f"--kit {kit}` marks it outdated); "
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
    ("written", "col", "error", "hint"),
    [
        (
            "Appelez le {helpline.",
            23,
            "'{helpline' opens a placeholder it never closes: it would print as written",
            "remove it: the source text has no placeholder {helpline}",  # en.yaml has none
        ),
        (
            "Appelez} le numéro.",
            19,
            "a closing brace '}' without its opening one: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
        (  # beside a placeholder, the other way round from a second pair's brace: the lone
            # one's column, not the placeholder's
            "Appelez le {helpline}{",
            33,
            "'{' opens a placeholder it never closes: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
        (
            "Appelez le }{helpline}",
            23,
            "a closing brace '}' without its opening one: it would print as written",
            "write a placeholder as {field} (helpline, website, ...), or remove the brace",
        ),
    ],
)
def test_a_brace_without_its_other_one_is_an_error(
    kit_copy: Callable[..., Path], written: str, col: int, error: str, hint: str
) -> None:
    """`{helpline.` printed as typed ("Llama al {helpline.") and passed `check --strict`. The
    error is at the brace, in the line of the text (`    text: "...`), not at the key."""
    kit = kit_copy(**{"materials/strings/fr.yaml": with_join(f'"{written}"')})
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    assert text.count("error[") == 1, text
    assert (
        f"{fr}:{JOIN_LINE + 1}:{col}: error[ref.field]: [fr] 'cta_join': {error}\n  hint: {hint}\n"
    ) in text


@pytest.mark.parametrize("code", ["sw", "ar", "zh"])
def test_a_translators_misspelt_placeholder_is_one_error_at_it(
    kit_copy: Callable[..., Path], code: str
) -> None:
    """A translator's `{helpine}` in any language's file: one `ref.field` error at it, with
    the field meant ({helpline}); it was also a `strings.placeholder` warning, "the
    translation has {helpine}, which en.yaml's text has not" (a UNODC office's trial)."""
    path = ROOT / f"materials/strings/{code}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = lines.index("  cta_join:\n") + 1  # the text's line, under the key
    assert lines[at].startswith("    text: ")
    lines[at] = lines[at].rstrip("\n") + " {helpine}\n"
    kit = kit_copy(**{f"materials/strings/{code}.yaml": "".join(lines)})
    code_, text = cli("check", "--kit", kit, "--lang", code, "--only", "poster-a3")
    assert code_ == 1, text
    col = len(lines[at]) - len("{helpine}\n") + 1
    assert (
        f"{kit / path.relative_to(ROOT)}:{at + 1}:{col}: error[ref.field]: [{code}] 'cta_join': "
        "the field '{helpine}' is in no campaign, office or language file: it would print as "
        "written\n"
        "  hint: did you mean {helpline}?\n"
    ) in text, text
    assert text.count("'cta_join'") == 1, text


def test_an_offices_misspelt_placeholder_stops_its_build(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`strings: {en: {cta_join: "... in Kenya. {helpine}"}}` in an office's file was a
    warning, and `build` published posters reading "{helpine}" with exit 0 (a UNODC office's
    trial): an error at the placeholder, and nothing is published."""
    office = ROOT / "materials/offices/east-africa.yaml"
    text = office.read_text(encoding="utf-8")
    own = 'strings: {en: {cta_join: "Join the Blue Heart Campaign in Kenya. {helpine}"}}\n'
    kit = kit_copy(**{"materials/offices/east-africa.yaml": text + own})
    line = len(text.splitlines()) + 1
    out = tmp_path / "out"
    code, said = cli(
        "build",
        "--kit",
        kit,
        "--office",
        "east-africa",
        "--lang",
        "en",
        "--only",
        "poster-a3",
        "-o",
        out,
    )
    assert code == 1, said
    assert (
        f"{kit / 'materials/offices/east-africa.yaml'}:{line}:{own.index('{helpine}') + 1}: "
        "error[ref.field]: east-africa [en] 'cta_join': the field '{helpine}' is in no "
        "campaign, office or language file: it would print as written\n"
        "  hint: did you mean {helpline}?\n"
    ) in said, said
    assert "strings.placeholder" not in said, said
    assert not list(out.rglob("*.pdf"))
