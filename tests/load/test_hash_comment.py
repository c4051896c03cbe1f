"""A plain value that YAML cuts at ` #word` (a hashtag read as a comment) is an error at the
`#`, not a silently shorter text (../shared/cases/text-and-images/03); one cause, one error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.load import parse_yaml

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            "text: Join the Blue Heart Campaign #BlueHeart today\n",
            "1:36",
            "YAML reads '#BlueHeart today' as a comment, so it is not part of the value (which "
            "ends at 'Join the Blue Heart Campaign')",
        ),
        (
            "k:\n  text: #endHT #30July\n",
            "2:9",
            "YAML reads '#endHT #30July' as a comment, so it is not part of the value (which is "
            "empty)",
        ),
    ],
)
def test_a_value_cut_at_a_hashtag_is_an_error(text: str, where: str, message: str) -> None:
    with pytest.raises(DiagnosticsError) as exc:
        parse_yaml(text, Path("t.yaml"))
    assert exc.value.render() == (
        f"t.yaml:{where}: error[load.yaml-comment]: {message}\n"
        '  hint: put the whole text in quotes: "..." (a # after a space starts a YAML comment)'
    )


@pytest.mark.parametrize(
    "text",
    [
        "a: 3  # a comment\n",
        "a: x # comment\n",
        "a: '#quoted'\n",
        'a: "x #y"\n',
        "a: x ## heading\n",
        "a: >-\n  folded #text\n",
    ],
)
def test_comments_and_quoted_hashes_are_fine(text: str) -> None:
    parse_yaml(text, Path("t.yaml"))


def test_the_case_is_one_error_at_its_place(kit_copy: Callable[..., Path]) -> None:
    en = (ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8")
    old = "    text: Join the Blue Heart Campaign.\n"
    assert old in en
    root = kit_copy(
        **{"materials/strings/en.yaml": en.replace(old, "    text: Join us #BlueHeart today\n")}
    )
    line = en[: en.index(old)].count("\n") + 1
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a3")
    assert code == 1
    assert out.count("error[") == 1, out  # not cascading into every office and reference
    assert (
        f"materials/strings/en.yaml:{line}:19: error[load.yaml-comment]: YAML reads "
        "'#BlueHeart today' as a comment"
    ) in out.replace(str(root) + "/", "")
