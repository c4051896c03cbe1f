"""Alternative texts that say nothing of their picture: a file name (`partner.png`) or only
a word for "logo", "image", "photo" (in English, French, Spanish, Arabic, Russian, Chinese...)
passed `check` (an accessibility officer's trial); each is now a `layout.alt-text` warning
where it is written, with the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.alt_words import says_nothing

from ..kits import check, replace_in
from .kit import ROSEA, office_kit


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("partner.png", "a file name"),
        ("Logo_UNODC.JPG", "a file name"),
        ("Logo", "only the word 'logo'"),
        ("image", "only the word 'image'"),
        ("شعار", "only the word 'شعار'"),
        ("логотип", "only the word 'логотип'"),
        ("标志", "only the word '标志'"),
        ("imagen", "only the word 'imagen'"),
        ("Photo", "only the word 'photo'"),
        ("logo image", "only the words 'logo' 'image'"),
        ("Logo of Rosea Partners", None),
        ("Rosea Partners", None),
        ("Blue heart, the emblem of the campaign", None),
    ],
)
def test_what_says_nothing(text: str, why: str | None) -> None:
    assert says_nothing(text) == why


def test_a_strings_alt_that_is_a_generic_word_is_warned_at_its_key(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    fr = kit / "materials/strings/fr.yaml"
    replace_in(
        fr,
        "    text: Cœur bleu, emblème de la campagne Cœur bleu contre la traite des êtres humains\n",
        "    text: Logo\n",
    )
    line = fr.read_text("utf-8").splitlines().index("  emblem_alt:") + 1
    code, text = check(kit, "--only", "badge-58", "--lang", "fr")
    assert code == 0, text
    assert (
        f"materials/strings/fr.yaml:{line}:3: warning[layout.alt-text]: [fr] 'emblem_alt': the "
        "alternative text of badge-58 slot 'emblem' is 'Logo': only the word 'logo', which "
        "tells a screen reader's listener nothing of what it shows\n"
        "  hint: name what it shows: e.g. the partner's name, 'Logo of ...' with the "
        "organisation's name\n"
    ) in text


def test_an_office_logo_alt_that_is_a_file_name_is_warned_at_its_alt(
    kit_copy: Callable[..., Path],
) -> None:
    office = ROSEA.replace(
        "  partner: rosea-logo.png\n",
        "  partner:\n    file: rosea-logo.png\n    alt: {en: rosea-logo.png, ar: شعار}\n",
    )
    kit = office_kit(kit_copy, office)
    code, text = check(kit, "--office", "rosea", "--only", "poster-a3", "--lang", "en")
    assert code == 0, text
    assert (
        "materials/offices/rosea.yaml:14:10: warning[layout.alt-text]: office 'rosea' logo "
        "'partner' has alternative text that says nothing of it (en: 'rosea-logo.png' is a "
        "file name; ar: 'شعار' is only the word 'شعار'): a screen reader's listener learns "
        "nothing of whose logo it is\n"
        "  hint: name what it shows: e.g. the partner's name, 'Logo of ...' with the "
        "organisation's name, in each language: partner: {file: rosea-logo.png, alt: {en: "
        "..., ar: ...}}\n"
    ) in text
