"""A string's language marks (`{lang=en}Blue Heart{/lang}`, text.langmarks): one that is not
a mark (an unknown language, never closed, closing none, spelt otherwise) is a
`strings.lang-mark` error at the mark itself, its line and column in the strings file, with
the mark to write; good marks pass the check, and are no `{field}` (`ref.field`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import ROOT, cli

FR = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"
JOIN_LINE = FR.splitlines().index("  cta_join:") + 2  # the text's line
AT = len("    text: Rejoignez la campagne ") + 1  # the column after it


def check(kit_copy: Callable[..., Path], text: str) -> tuple[int, str]:
    assert JOIN in FR
    kit = kit_copy(**{"materials/strings/fr.yaml": FR.replace(JOIN, f"    text: {text}\n")})
    return cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")


@pytest.mark.parametrize(
    ("text", "column", "said", "fix"),
    [
        (
            "Rejoignez la campagne {lang=english}Blue Heart{/lang}.",
            AT,
            "'{lang=english}' names 'english', which is no language tag the Unicode CLDR knows",
            "write the BCP 47 tag of the words' language: {lang=en} for English, {lang=fr} "
            "French, {lang=pt-BR} Brazilian Portuguese",
        ),
        (
            "Rejoignez la campagne {lang=en}Blue Heart.",
            AT,
            "'{lang=en}' is never closed",
            "write {/lang} after the words in that language",
        ),
        (
            "Rejoignez la campagne Blue Heart{/lang}.",
            AT + len("Blue Heart"),
            "'{/lang}' closes no {lang=...} before it",
            "remove it, or write {lang=xx} before the words it closes",
        ),
        (  # one error: its brace was also a placeholder "it never closes" (a trial)
            "Rejoignez la campagne {lang=en}Blue Heart{/lang ici.",
            AT + len("{lang=en}Blue Heart"),
            "'{/lang' has no closing brace '}'",
            "write {/lang}",
        ),
        (
            "Rejoignez la campagne {lang=en Blue Heart{/lang}.",
            AT,
            "'{lang=en' has no closing brace '}'",
            "write {lang=en}",
        ),
        (
            "Rejoignez la campagne { lang = en }Blue Heart{/lang}.",
            AT,
            "'{ lang = en }' is spelt otherwise than {lang=xx}",
            "write {lang=en}",
        ),
    ],
)
def test_a_bad_mark_is_an_error_at_its_place(
    kit_copy: Callable[..., Path], text: str, column: int, said: str, fix: str
) -> None:
    code, out = check(kit_copy, text)
    assert code == 1
    assert (
        f"fr.yaml:{JOIN_LINE}:{column}: error[strings.lang-mark]: [fr] 'cta_join': the "
        f"language mark {said}\n  hint: {fix}\n"
    ) in out, out
    assert out.count("error[") == 1, out


def test_good_marks_pass_and_are_no_field(kit_copy: Callable[..., Path]) -> None:
    code, out = check(
        kit_copy,
        "Rejoignez la campagne {lang=en}Blue Heart{/lang} ({lang=pt-BR}Coração Azul{/lang}).",
    )
    assert code == 0, out
    assert "error[" not in out
