"""A language listed twice in campaign.yaml (`languages: [en, fr, en]`) was accepted without
a word: the build made it once, and the package's contact sheet had an empty second English
column. It is a `campaign.repeated` warning at the second, and the kit lists it once; an
office's repeated language (`office.repeated`) is one column of its package too."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.package.plan import group_languages

from ..kits import build, cli, mini_copy


@pytest.mark.parametrize(
    ("languages", "again", "at"),
    [
        ("[en, ar, en]", "en", "8:21"),
        ("[en, ar, EN]", "EN", "8:21"),  # BCP 47: a code in any case is the language's
        ("\n  - en\n  - ar\n  - en", "en", "11:5"),
    ],
)
def test_a_language_listed_twice_in_campaign_yaml_is_a_warning_at_the_second(
    tmp_path: Path, languages: str, again: str, at: str
) -> None:
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("languages: [en, ar]", f"languages: {languages}")}
    )
    first = "8:13" if languages.startswith("[") else "9:5"
    code, out = cli("check", "--kit", kit)
    assert code == 0, out
    campaign = kit / "materials/campaign.yaml"
    assert (
        f"{campaign}:{at}: warning[campaign.repeated]: campaign.yaml languages: names the "
        f"language '{again}' twice (first at {first}): the kit builds it once\n"
        f"  hint: remove this '{again}', or write the language you meant\n"
    ) in out, out
    assert out.count("campaign.repeated") == 1, out
    loaded = load_kit(kit)
    assert loaded.campaign.languages == ("en", "ar")
    kept = [(8, 13), (8, 17)] if languages.startswith("[") else [(9, 5), (10, 5)]
    assert [(m.line, m.col) for m in loaded.campaign.language_marks] == kept
    assert group_languages(loaded, "campaign") == ("en", "ar")  # the contact sheet's columns
    code, out = cli("check", "--kit", kit, "--strict")
    assert code == 1
    assert f"{campaign}:{at}: error[campaign.repeated]" in out, out


def test_the_build_makes_a_repeated_language_once(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, en]")}
    )
    out = build(kit, tmp_path / "out", "--only", "badge", "--no-png")
    assert sorted(p.name for p in (out / "badge").iterdir()) == [
        "badge-ar-digital.pdf",
        "badge-ar.pdf",
        "badge-en-digital.pdf",
        "badge-en.pdf",
    ]


def test_an_offices_repeated_language_is_one_column_of_its_package(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    offices = kit / "materials" / "offices"
    offices.mkdir()
    (offices / "rosea.yaml").write_text(
        "name: Rosea\nlanguages: [ar, en, ar]\nsample: true\n", encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea")
    assert "warning[office.repeated]: office 'rosea' languages: names the language 'ar'" in out
    assert group_languages(load_kit(kit), "rosea") == ("ar", "en")
