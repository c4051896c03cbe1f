"""An office's contacts as offices write them fit every material in every script: a regional
office's helpline written the national way, "800 000 000" (no + and country code, as the
office template asks where `country:` is set), set in Noto Sans Arabic on its Arabic pages,
overflowed every social image's helpline slot; a helpline with a word of the page's script
("(مجاني)", free) overflowed too. The tests write a national number of ten digits, one wider
("800 000 000" is now a placeholder: only zeros after its network code)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.kits import ROOT, check, replace_in

OFFICE = "middle-east-north-africa"
SOCIAL = "social-1080x1080,social-1080x1350,social-1080x1920,social-1200x630"


def office_kit(tmp_path: Path, helpline: str, languages: str, social: str = "") -> Path:
    """A copy of the repository's kit whose MENA office has `helpline`, `social` and
    `languages`."""
    kit = tmp_path / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    for folder in ("assets", "fonts"):
        (kit / folder).symlink_to(ROOT / folder)
    office = kit / "materials" / "offices" / f"{OFFICE}.yaml"
    replace_in(office, '  helpline: ""', f'  helpline: "{helpline}"')
    replace_in(office, "languages: [ar, en, fr]", f"languages: [{languages}]")
    replace_in(office, '  social: ""', f'  social: "{social}"')
    return kit


@pytest.mark.parametrize(
    ("helpline", "languages"),
    [
        ("0800 123 456", "ar, fa, ur, en"),
        ("0800 123 456", "my, km, th, hi, bn, am"),  # the tallest fonts: Myanmar's 2.184 em
        ("0800 123 456 (مجاني)", "ar"),
        ("0800 123 456 (رایگان)", "fa"),
    ],
)
def test_a_helpline_as_an_office_writes_it_fits_every_social_image(
    tmp_path: Path, helpline: str, languages: str
) -> None:
    kit = office_kit(tmp_path, helpline, languages)
    code, out = check(kit, "--office", OFFICE, "--only", f"{SOCIAL},flyer-a5,poster-a3")
    assert "error" not in out.replace("0 error(s)", ""), out
    assert code == 0, out


@pytest.mark.parametrize(
    "social",
    [
        "@UNODC_Colombia_test",  # the trial's: 8.9 mm too wide for half the 1200 x 630 column
        "@unodc.colombia_trata.personas",  # 30 characters: Instagram's longest
    ],
)
def test_a_long_handle_alone_fits_every_social_image(tmp_path: Path, social: str) -> None:
    """An office with a handle and no helpline: the handle takes the column's whole width
    (social-1200x630's `handle-alone`), where it had half of it beside an empty helpline."""
    kit = office_kit(tmp_path, "", "ar, en", social)
    code, out = check(kit, "--office", OFFICE, "--only", SOCIAL)
    assert "error" not in out.replace("0 error(s)", ""), out
    assert code == 0, out


@pytest.mark.parametrize("paper", ["iso", "us"])
def test_a_helpline_with_an_extension_and_the_longest_handle_fit_every_material(
    tmp_path: Path, paper: str
) -> None:
    """A trial office's helpline with an extension failed social-1200x630 in every language
    ("does not fit slot 'helpline' even at 14 pt: 1.9 mm (1 line(s)) too tall"), and a
    30-character handle beside it ("a word is 34.1 mm too wide"): the two are stacked there
    now (`contacts-stacked`); every other material and size of the paper family, in every
    language of the kit, held them already."""
    every = ", ".join(sorted(p.stem for p in (ROOT / "materials" / "strings").glob("*.yaml")))
    kit = office_kit(tmp_path, "+000 0000 0000 ext. 4512", every, "@example_kenya_blue_heart_tests")
    office = kit / "materials" / "offices" / f"{OFFICE}.yaml"
    replace_in(office, "paper: iso", f"paper: {paper}\nsample: true")
    code, out = check(kit, "--office", OFFICE)
    assert "error" not in out.replace("0 error(s)", ""), out
    assert code == 0, out
