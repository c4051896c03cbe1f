"""office_chains: the offices an office extends, read without the kit (what the stamp's
per-office kit states are made of). An `extends:` written other than the template's one-line
way was missed, so an edit of the office it extends did not outdate its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.pipeline.fingerprint import office_chains


def kit(tmp_path: Path, files: dict[str, str]) -> Path:
    offices = tmp_path / "materials" / "offices"
    offices.mkdir(parents=True)
    for name, text in files.items():
        (offices / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "text",
    [
        "extends: region\nname: Town\n",
        'extends: "region"  # the region\'s contacts\n',
        "extends: 'region'\n",
        "{extends: region, name: Town}\n",
        '"extends": region\n',
        "extends:\n  region\n",
        "extends: >-\n  region\n",
        "name: Town\nextends: &parent region\n",
    ],
)
def test_every_way_yaml_writes_a_top_level_extends_is_read(tmp_path: Path, text: str) -> None:
    root = kit(tmp_path, {"town": text, "region": "extends: world\n", "world": "name: W\n"})
    assert office_chains(root) == {"town": ("region", "world"), "region": ("world",)}


@pytest.mark.parametrize(
    "text",
    [
        "# extends: region\nname: Town\n",  # the template's comment
        "name: Town\ncontacts:\n  extends: region\n",  # not top-level
        "extends: [region]\n",  # not a string: kit.offices reports it
        "extends: 'region\n",  # YAML cannot read it: the kit's error says why
        "name: Town  # extends region\n",
    ],
)
def test_what_is_not_a_top_level_extends_extends_nothing(tmp_path: Path, text: str) -> None:
    assert office_chains(kit(tmp_path, {"town": text, "region": "name: R\n"})) == {}


def test_a_ring_stops_where_it_comes_back(tmp_path: Path) -> None:
    root = kit(tmp_path, {"a": "extends: b\n", "b": "{extends: a}\n"})
    assert office_chains(root) == {"a": ("b",), "b": ("a",)}
