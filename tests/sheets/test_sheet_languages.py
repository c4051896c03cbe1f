"""`sheet --lang` and `--copies` read language codes as `build --lang` reads them: a code's
case as the kit spells it, and a code the kit has no language of refused with build's own
error and hints, never a hint to build it in that code (which fails)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import ROOT, cli, up_to_count


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("langs") / "out"
    args = ("--only", "badge-58", "--lang", "en,ht", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def refused(text: str) -> str:
    """The `ref.language` errors a command printed, with their hints and count."""
    lines = up_to_count(text).splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("error[ref.language]"))
    return "".join(lines[start:])


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        ("hat", "'hat' is another code of 'ht' (Haitian Creole): write 'ht'"),
        (
            "kr",
            "'kr' is also the country code of South Korea: for South Korea, write the code of "
            "its language: 'ko' (Korean)",
        ),
    ],
)
def test_a_code_the_kit_has_no_language_of_is_refused_as_build_refuses_it(
    built: Path, tmp_path: Path, code: str, hint: str
) -> None:
    """A badge-press operator's trial: `sheet --lang en,hat` said the build had no badge in
    hat and hinted `build --only badge-58 --lang hat`, which failed. Both commands now say
    the same: `ref.language`, with build's hint (hat is another code of ht; kr a country's
    code, Korean's ko), and exit 1 without a sheet."""
    out = tmp_path / "sheet.pdf"
    got, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", "badge-58", "--lang", f"en,{code}",
        "-o", out,
    )  # fmt: skip
    assert got == 1, text
    assert f"error[ref.language]: unknown language '{code}'\n" in text
    assert f"  hint: {hint}\n" in text
    assert "build it first" not in text
    assert not out.exists()
    again, said = cli(
        "build", "--kit", ROOT, "--only", "badge-58", "--lang", f"en,{code}",
        "-o", tmp_path / "build",
    )  # fmt: skip
    assert again == 1, said
    assert refused(text) == refused(said)


def test_codes_in_another_case_are_the_kit_s_and_name_the_sheet_so(
    built: Path, tmp_path: Path
) -> None:
    """`--lang EN,HT` is en and ht, as `build --lang EN` takes it (BCP 47 tags are
    case-insensitive): it was "no 'badge-58' in language(s) EN", with a hint to build EN.
    The sheet's default file is named by the kit's codes, and --copies' codes are read
    the same way."""
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", "badge-58", "--paper", "a4",
        "--lang", "EN,HT", "--copies", "en=2,HT=3",
    )  # fmt: skip
    assert code == 0, text
    sheet = built / "sheets" / "badge-58-a4-en-ht.pdf"
    assert f"5 badge(s) (2 en, 3 ht) on 1 sheet(s); wrote {sheet}\n" in text
    assert sheet.exists()


def test_a_language_of_the_kit_not_built_is_told_to_be_built(built: Path, tmp_path: Path) -> None:
    """A code the kit has a language of, but the build has no file in (fr), is still
    `sheet.select` with the build that makes it, in the kit's spelling: that build works."""
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", built, "--material", "badge-58", "--lang", "en,FR",
        "-o", tmp_path / "sheet.pdf",
    )  # fmt: skip
    assert code == 1, text
    assert text == (
        "error[sheet.select]: the build has no 'badge-58' in language(s) fr for the campaign "
        "kit\n  hint: built: en, ht\n  hint: build it first: python generate.py build --only "
        f"badge-58 --lang fr -o {built}\n1 error(s)\n"
    )
