"""`new language XX` says where the language goes to be built by default: the `languages:` of
each office that prints it (an office's build makes its own languages) and of campaign.yaml (a
build without --office), naming those that list it already. It named campaign.yaml alone, and
an office's trial added Kazakh there: every campaign build made it, the office's did not."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy


def office(kit: Path, name: str, languages: str) -> None:
    (kit / "materials/offices").mkdir(exist_ok=True)
    (kit / f"materials/offices/{name}.yaml").write_text(
        f"name: Office {name}\nlanguages: [{languages}]\n", encoding="utf-8"
    )


def test_new_language_names_the_offices_and_campaign_files(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    office(kit, "steppe", "en, ar")
    office(kit, "coast", "en")
    code, out = cli("new", "language", "kk", "--kit", kit)
    assert code == 0, out
    assert out.splitlines()[1:] == [
        "to build 'kk' by default, list it under `languages:`",
        "  - in materials/offices/<id>.yaml, for each office that prints it (`build --office "
        "<id>` makes that office's languages; the kit's offices: coast, steppe)",
        "  - in materials/campaign.yaml, for the campaign's own kit (a build without --office)",
        f'`python generate.py build --lang kk --kit {kit}` makes it now; README "Add a language" '
        "has the steps "
        "from here",
    ]
    # what it says holds: listed in an office's file, the office's check lays it out
    office(kit, "steppe", "en, kk")
    code, out = cli("check", "--kit", kit, "--office", "steppe", "--only", "text")
    assert code == 0, out
    assert "[kk]" in out  # its strings.missing warning: kk is one of the office's languages


def test_new_language_says_which_files_list_it_already(tmp_path: Path) -> None:
    """An office (and campaign.yaml) that listed the code before its strings file existed:
    named as listing it, not told to add it."""
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("languages: [en, ar]", "languages: [en, ar, kk]")}
    )
    office(kit, "steppe", "en, kk")
    office(kit, "coast", "en")
    code, out = cli("new", "language", "kk", "--kit", kit)
    assert code == 0, out
    assert out.splitlines()[1:] == [
        "to build 'kk' by default, list it under `languages:`",
        "  - in materials/offices/<id>.yaml, for each office that prints it (`build --office "
        "<id>` makes that office's languages; the kit's offices: coast; steppe lists it "
        "already)",
        "  - materials/campaign.yaml lists it already (a build without --office)",
        f'`python generate.py build --lang kk --kit {kit}` makes it now; README "Add a language" '
        "has the steps "
        "from here",
    ]
