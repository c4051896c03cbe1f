"""A country office under a regional one (`extends:`) and an office's own texts (`strings:`):
the child takes every value of its parent it does not give itself, and prints its own text
where the kit's would be; the errors of each at the value's line and column (a user's trial:
`extends:` and `strings:` were unknown keys, and the hint sent the office to the strings
file, which changes the text for every office). Contacts here are placeholders of example.org
(the helpline empty), never a real office's."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.resolve import fill, resolve_kit

from ..kits import check, cli, mini_copy

# the mini kit's offices (its strings: `word`, `emblem_alt`; languages en and ar)
REGION = """\
name: Region Test Office
languages: [en, ar]
fields:
  website: example.org/region
  email: region@example.org
links:
  home: https://example.org/region
sample: true
"""
COUNTRY = """\
extends: region
name: Country Test Office
fields:
  email: country@example.org
strings:
  en: {word: Hearts}
sample: true
"""


def mini(tmp_path: Path, region: str = REGION, country: str = COUNTRY, **more: str) -> Path:
    kit = mini_copy(tmp_path / "kit")
    offices = kit / "materials" / "offices"
    offices.mkdir()
    for name, text in {"region": region, "country": country, **more}.items():
        (offices / f"{name}.yaml").write_text(text, encoding="utf-8")
    return kit


def test_a_child_takes_what_it_does_not_give_from_its_parents(tmp_path: Path) -> None:
    grand = "extends: country\nname: Town Test Office\nlanguages: [en]\nfields:\n  website: ''\n"
    kit = load_kit(mini(tmp_path, town=grand))
    country, town = kit.offices["country"], kit.offices["town"]
    offices = kit.root / "materials" / "offices"
    assert country.name == "Country Test Office"  # its own
    assert country.languages == ("en", "ar")  # a list: the parent's, not given
    assert {k: (e.text, e.mark.path.name) for k, e in country.fields.items()} == {
        "website": ("example.org/region", "region.yaml"),
        "email": ("country@example.org", "country.yaml"),
    }
    assert country.links == {"home": "https://example.org/region"}
    assert country.strings["en"]["word"].text == "Hearts"
    assert country.parents == (offices / "region.yaml",)
    # a chain: the grandparent's link, the parent's e-mail and text, its own languages; its
    # empty website is "not filled in yet", the one under it shows (as campaign < office)
    assert town.languages == ("en",)
    assert town.fields["email"].text == "country@example.org"
    assert town.links == {"home": "https://example.org/region"}
    assert town.strings["en"]["word"].text == "Hearts"
    assert town.parents == (offices / "country.yaml", offices / "region.yaml")
    # the parent keeps the kit's text
    assert kit.offices["region"].strings == {}


def test_a_childs_mappings_merge_by_entry_and_its_lists_replace(tmp_path: Path) -> None:
    region = (
        REGION + "fields_by_language:\n  ar: {website: example.org/ar, email: ar@example.org}\n"
    )
    country = COUNTRY + "languages: [ar]\nfields_by_language:\n  ar: {email: car@example.org}\n"
    kit = load_kit(mini(tmp_path, region, country))
    ar = kit.offices["country"].fields_by_language["ar"]
    assert {k: e.text for k, e in ar.items()} == {
        "website": "example.org/ar",
        "email": "car@example.org",
    }
    assert kit.offices["country"].languages == ("ar",)


def test_an_empty_entry_takes_its_parents(tmp_path: Path) -> None:
    """An empty `ar:` under `fields_by_language:`, or an empty field, takes the parent's value,
    as the office template says ("an empty or left-out key takes the region's value"): the
    empty `ar:` wiped out the region's Arabic fields."""
    region = (
        REGION + "fields_by_language:\n  ar: {website: example.org/ar, email: ar@example.org}\n"
    )
    country = COUNTRY.replace("  email: country@example.org\n", "  email:\n") + (
        "languages: [en, ar]\nfields_by_language:\n  ar:\n"
    )
    kit = load_kit(mini(tmp_path, region, country))
    office = kit.offices["country"]
    ar = office.fields_by_language["ar"]
    assert {k: e.text for k, e in ar.items()} == {
        "website": "example.org/ar",
        "email": "ar@example.org",
    }
    assert office.fields["email"].text == "region@example.org"


@pytest.mark.parametrize(
    ("extends", "message", "hint"),
    [
        (
            "regoin",
            "office 'country' extends 'regoin', which is no office of the kit (an office is a "
            "file materials/offices/<id>.yaml)",
            "did you mean 'region'?",
        ),
        (
            "_template",
            "office 'country' extends '_template', which is not an office: files whose name "
            "starts with '_' are not read (_template.yaml is the commented template for a new "
            "office, its values examples)",
            "copy the keys you need from _template.yaml into country.yaml and take `extends:` "
            "out, or extend an office of the kit (region)",
        ),
        (
            "country",
            "office 'country' extends itself: an office cannot take its values from itself",
            "write the id of the office whose values it takes, or take `extends:` out",
        ),
    ],
    ids=["unknown", "template", "itself"],
)
def test_extends_naming_no_office_is_an_error_at_its_value(
    tmp_path: Path, extends: str, message: str, hint: str
) -> None:
    kit = mini(tmp_path, country=COUNTRY.replace("extends: region", f"extends: {extends}"))
    shutil.copy(
        Path(__file__).resolve().parents[2] / "materials/offices/_template.yaml",
        kit / "materials/offices/_template.yaml",
    )
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    where = kit / "materials/offices/country.yaml"
    assert f"{where}:1:10: error[office.extends]: {message}\n  hint: {hint}\n" in out
    assert out.count("error[") == 1, out  # one cause, one error: the office is left out


def test_a_ring_of_extends_is_an_error_at_each_office_of_it(tmp_path: Path) -> None:
    kit = mini(tmp_path, region="extends: country\n" + REGION)
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    offices = kit / "materials/offices"
    hint = (
        "  hint: take `extends:` out of one office of the ring: the office the others take "
        "their values from extends no other\n"
    )
    assert (
        f"{offices / 'country.yaml'}:1:10: error[office.extends]: office 'country' extends "
        "'region', which leads back to it (country -> region -> country): an office cannot "
        "take its values from itself\n" + hint
    ) in out
    assert (
        f"{offices / 'region.yaml'}:1:10: error[office.extends]: office 'region' extends "
        "'country', which leads back to it (region -> country -> region): an office cannot "
        "take its values from itself\n" + hint
    ) in out
    assert out.count("error[") == 2, out


def test_the_child_still_needs_a_name_of_its_own(tmp_path: Path) -> None:
    kit = mini(tmp_path, country=COUNTRY.replace("name: Country Test Office\n", ""))
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    assert (
        f"{kit / 'materials/offices/country.yaml'}:1:1: error[schema.missing-key]: country.yaml "
        "is missing the key 'name'\n"
    ) in out, out


STRINGS_CASES = [
    (
        "  en: {wrod: Hearts}\n",
        "6:8: error[office.strings]: office 'country' strings: en: 'wrod' is no string of the "
        "kit (en.yaml has no such key): the text is not used\n  hint: did you mean 'word'?",
    ),
    (
        "  fr: {word: Cœur}\n",
        "6:3: error[office.strings]: office 'country' strings: gives texts in 'fr', which has "
        "no strings file\n  hint: add materials/strings/fr.yaml",
    ),
    (  # a misspelt placeholder prints as written, braces and all: an error at it (it was a
        # warning, "has {webiste}, which en.yaml's text has not", and the build published)
        "  en: {word: 'Heart {webiste}'}\n",
        "6:21: error[ref.field]: country [en] 'word': the field '{webiste}' is in no campaign, "
        "office or language file: it would print as written\n  hint: did you mean {website}?",
    ),
    (  # so in its short variant, at its own line
        "  en:\n    word:\n      text: Heart\n      short: '{helpine}'\n",
        "9:15: error[ref.field]: country [en] 'word': its short variant: the field '{helpine}' "
        "is in no campaign, office or language file: it would print as written\n"
        "  hint: did you mean {helpline}?",
    ),
]


@pytest.mark.parametrize(
    ("strings", "said"), STRINGS_CASES, ids=["key", "language", "field", "short-field"]
)
def test_an_offices_text_is_checked_as_a_translation(
    tmp_path: Path, strings: str, said: str
) -> None:
    kit = mini(tmp_path, country=COUNTRY.replace("  en: {word: Hearts}\n", strings))
    status, out = cli("check", "--kit", kit)
    assert f"{kit / 'materials/offices/country.yaml'}:{said}\n" in out, out
    assert status == (0 if "warning[" in said else 1), out


def test_a_placeholder_renamed_in_an_offices_text_is_named(tmp_path: Path) -> None:
    """`{site}` for the kit's {website}: it prints as written, an error naming the field it
    means; the kit's {website} it lacks is that error's (it was one warning, "lacks {website}
    and has {site}", and the build published "{site}")."""
    kit = mini(tmp_path, country=COUNTRY.replace("{word: Hearts}", "{word: 'Hearts {site}'}"))
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text().replace("word: Heart", "word: 'Heart {website}'"))
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    assert (
        f"{kit / 'materials/offices/country.yaml'}:6:22: error[ref.field]: country [en] 'word': "
        "the field '{site}' is in no campaign, office or language file: it would print as "
        "written\n"
        "  hint: did you mean {website}?\n"
    ) in out, out
    assert "office 'country' strings" not in out, out  # no strings.placeholder beside it


def test_a_field_the_kits_text_has_not_prints_in_an_offices_text(tmp_path: Path) -> None:
    """An office's own text may name a field the kit's text does not (`Join us. Call
    {helpline}`): it prints the office's value. It was a warning telling to "write the text
    without placeholders, as the kit's is" (a UNODC office's trial); a field it lacks is
    still one (it prints without it)."""
    kit = mini(tmp_path, country=COUNTRY.replace("{word: Hearts}", "{word: 'Visit {website}'}"))
    status, out = cli("check", "--kit", kit)
    assert "'word'" not in out, out
    assert "strings.placeholder" not in out, out
    loaded = load_kit(kit)
    content = resolve_kit(loaded, loaded.languages["en"], office=loaded.offices["country"])
    assert fill(content.strings["word"].text, content.fields) == "Visit example.org/region"
    kit = mini(tmp_path / "2", country=COUNTRY.replace("{word: Hearts}", "{word: Hearts}"))
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text().replace("word: Heart", "word: 'Heart {website}'"))
    status, out = cli("check", "--kit", kit)
    assert (
        f"{kit / 'materials/offices/country.yaml'}:6:8: warning[strings.placeholder]: office "
        "'country' strings: en: 'word' lacks {website}, which en.yaml's text has: it prints "
        "without it\n"
        "  hint: write the text with the placeholders of the kit's, {website}; with --strict "
        "this is an error\n"
    ) in out, out


def test_a_text_in_a_language_the_office_does_not_print_is_a_warning(tmp_path: Path) -> None:
    country = COUNTRY.replace("  en: {word: Hearts}\n", "  ar: {word: قلوب}\n")
    kit = mini(tmp_path, country=country + "languages: [en]\n")
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    assert (
        f"{kit / 'materials/offices/country.yaml'}:6:3: warning[office.language]: office "
        "'country' strings: gives 'ar', a language it does not print (languages: en): used "
        "only by a build that picks ar with --lang\n"
    ) in out, out


def test_values_taken_from_the_parent_are_not_warned_of_again(tmp_path: Path) -> None:
    # the parent's Arabic values, for a child that prints English only: the parent prints
    # Arabic, and the child's file says nothing of it
    region = REGION + "names: {ar: مكتب}\nfields_by_language:\n  ar: {email: ar@example.org}\n"
    status, out = cli("check", "--kit", mini(tmp_path, region, COUNTRY + "languages: [en]\n"))
    assert status == 0, out
    assert "office.language" not in out, out


def fingerprints(out: Path) -> dict[str, str]:
    manifest = json.loads((out / "manifest.json").read_text())
    return {e["path"]: e["fingerprint"] for e in manifest["files"] if e["office"] == "country"}


def test_a_parents_edit_rebuilds_the_child_where_it_takes_the_value(tmp_path: Path) -> None:
    kit = mini(tmp_path)
    region = kit / "materials/offices/region.yaml"
    out = tmp_path / "out"
    build = ("build", "--kit", kit, "--office", "country", "--lang", "en", "--only", "text")
    build += ("-o", out, "--no-png", "--jobs", "1")

    def edited(old: str, new: str) -> dict[str, str]:
        region.write_text(region.read_text().replace(old, new))
        status, said = cli(*build)
        assert status == 0, said
        return fingerprints(out)

    status, said = cli(*build)
    assert status == 0, said
    first = fingerprints(out)
    assert len(first) == 2  # print and digital
    # a comment, and the value the child gives itself: nothing of the child changes
    assert edited("name: Region", "# the region\nname: Region") == first
    assert edited("region@example.org", "regional@example.org") == first
    # the value it takes: its files are made again
    after = edited("example.org/region\n", "example.org/the-region\n")
    assert after.keys() == first.keys()
    assert all(after[p] != first[p] for p in first)


def pdftotext(pdf: Path) -> str:
    run = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(run.stdout.split())


LATAM = """\
name: Latin America Test Office
languages: [es, pt, ht]
paper: us
output_profile: gracol2006
fields:
  helpline: ""
  website: "www.example.org/latam"
  email: "latam@example.org"
  office_name: "Oficina de prueba"
links:
  blueheart: https://www.example.org/latam
sample: true
"""
HAITI = """\
extends: latin-america
name: Haiti Test Office
languages: [ht, fr]
fields:
  email: "haiti@example.org"
fields_by_language:
  ht: {office_name: "Biwo tès"}
strings:
  ht: {cta_join: "Vin jwenn Kanpay Kè Ble a an Ayiti."}
sample: true
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_a_country_office_prints_its_regions_contact_and_its_own_text(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(
        **{"materials/offices/latin-america.yaml": LATAM, "materials/offices/haiti.yaml": HAITI}
    )
    out = tmp_path / "out"
    for office in ("haiti", "latin-america"):
        status, said = cli(
            "build", "--kit", kit, "--office", office, "--lang", "ht", "--only", "poster-letter",
            "-o", out, "--no-png", "--jobs", "1",
        )  # fmt: skip
        assert status == 0, said
    child = pdftotext(out / "haiti/poster-letter/poster-letter-ht-haiti.pdf")
    parent = pdftotext(out / "latin-america/poster-letter/poster-letter-ht-latin-america.pdf")
    assert "www.example.org/latam" in child  # the region's, not given by the country
    assert "Vin jwenn Kanpay Kè Ble a an Ayiti." in child
    assert "Antre nan Kanpay Kè Ble a." not in child  # ht.yaml's
    assert "Antre nan Kanpay Kè Ble a." in parent
    assert "an Ayiti" not in parent


def test_an_offices_text_too_long_is_the_builds_overflow_at_its_line(
    kit_copy: Callable[..., Path],
) -> None:
    long = "Vin jwenn Kanpay Kè Ble a an Ayiti. " + "Tout moun ka ede. " * 150
    kit = kit_copy(
        **{
            "materials/offices/latin-america.yaml": LATAM,
            "materials/offices/haiti.yaml": HAITI.replace(
                "Vin jwenn Kanpay Kè Ble a an Ayiti.", long.strip()
            ),
        }
    )
    status, out = cli("check", "--kit", kit, "--office", "haiti", "--only", "poster-letter")
    assert status == 1, out
    assert (
        f"{kit / 'materials/offices/haiti.yaml'}:9:8: error[text.overflow]: haiti / "
        "poster-letter [ht] 'cta, cta_donate, cta_join': text does not fit slot 'calls'"
    ) in out, out


def test_package_names_the_parents_edit_for_the_childs_files(tmp_path: Path) -> None:
    kit = mini(tmp_path)
    out = tmp_path / "out"
    status, said = cli(
        "build", "--kit", kit, "--office", "country", "--lang", "en", "--only", "text",
        "-o", out, "--no-png", "--jobs", "1",
    )  # fmt: skip
    assert status == 0, said
    region = kit / "materials/offices/region.yaml"
    region.write_text(region.read_text().replace("example.org/region\n", "example.org/r2\n"))
    status, said = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert status == 1, said
    assert (
        f"{out / 'manifest.json'}: error[package.outdated]: the kit changed since {out}'s last "
        "build (materials/offices/region.yaml): 2 of its 2 files were made from it as it was "
        "(text-en-country-digital.pdf, text-en-country.pdf)\n"
    ) in said, said


def test_a_child_of_an_office_with_errors_is_left_out_with_them(tmp_path: Path) -> None:
    # the parent's error was told for the parent alone, left out of a build that had not
    # asked for it, and the child was built without the logo the parent misspelt
    region = REGION.replace("sample: true\n", "logos:\n  partner: logos/nope.png\nsample: true\n")
    kit = mini(tmp_path, region=region)
    out = tmp_path / "out"
    status, said = cli(
        "build", "--kit", kit, "--office", "country", "--lang", "en", "--only", "text",
        "-o", out, "--no-png", "--jobs", "1",
    )  # fmt: skip
    assert status == 1, said
    assert (
        f"{kit / 'materials/offices/region.yaml'}:9:12: error[ref.asset]: asset "
        "'logos/nope.png' not found in assets/\n"
    ) in said, said
    assert not out.exists()


# a region that prints no helpline nor reporting form: its countries have their own (the
# `hide:` on line 9)
HIDING = REGION + "hide: [helpline, report_url]\n"
HELPLINE = """\
extends: region
name: Country Test Office
sample: true
fields:
  helpline: "+00 61 0000 0000"
"""


def test_a_value_the_hide_taken_from_the_region_hides_names_the_regions_line(
    tmp_path: Path,
) -> None:
    """A user's trial: a country office gave its own helpline under a region's `hide:
    [helpline, report_url]`, and was told to "take 'helpline' out of `hide:`", which its file
    did not have. The hint names the region's file and line, and the fix for the country
    alone: a `hide:` of its own, which replaces the region's (an edit of the region's file
    would print the field for all its countries). A town under the country takes the
    region's `hide:` through it: the same."""
    town = HELPLINE.replace("region", "country").replace("Country", "Town")
    kit = mini(tmp_path, HIDING, HELPLINE, town=town)
    status, out = check(kit)
    for office, parent in (("country", "region"), ("town", "region")):
        assert (
            f"materials/offices/{office}.yaml:5:3: warning[office.hidden]: office '{office}' "
            "gives field 'helpline' a value, which does not print: the `hide:` it takes from "
            f"office '{parent}' hides it (materials/offices/region.yaml:9)\n"
            f"  hint: to print it, give {office}.yaml a `hide:` of its own, which replaces "
            f"{parent}'s: `hide: [report_url]`; or empty the value\n"
        ) in out, out
    assert out.count("office.hidden") == 2, out  # not the region, which gives none


def test_a_countrys_own_hide_replaces_its_regions_and_may_be_empty(tmp_path: Path) -> None:
    """`hide: []` was refused (`must be a list of at least one text`): a country that prints
    every field its region hides had no way to say so. Its own `hide:` replaces the
    region's, as README says of `extends:`, and an empty one hides none."""
    kit = mini(tmp_path, HIDING, HELPLINE + "hide: []\n")
    status, out = check(kit)
    assert status == 0, out
    assert "office.hidden" not in out, out
    loaded = load_kit(kit)
    assert loaded.offices["country"].hide == ()
    assert loaded.offices["region"].hide == ("helpline", "report_url")
    # its own list, not empty: named at its own line, taken out there
    (kit / "materials/offices/country.yaml").write_text(
        HELPLINE + "hide: [report_url, helpline]\n", encoding="utf-8"
    )
    status, out = check(kit)
    assert (
        "materials/offices/country.yaml:5:3: warning[office.hidden]: office 'country' hides "
        "field 'helpline', which its file gives a value: the value does not print\n"
        "  hint: take 'helpline' out of `hide:` (materials/offices/country.yaml:6) to print "
        "it, or empty the value\n"
    ) in out, out
    assert load_kit(kit).offices["country"].hide == ("report_url", "helpline")


def test_an_offices_short_text_is_judged_by_the_kits_full_text(tmp_path: Path) -> None:
    """An office's short variant of a text the kit has no short variant of stands in for the
    kit's full text where its own full text does not fit: without the kit's {website} it
    printed no website, and `check` said nothing (it judged short variants only against the
    kit's short ones: `kit.references.judged_by`)."""
    short = "{word: {text: 'Hearts {website}', short: Hearts}}"
    kit = mini(tmp_path, country=COUNTRY.replace("{word: Hearts}", short))
    en = kit / "materials/strings/en.yaml"
    en.write_text(en.read_text().replace("word: Heart", "word: 'Heart {website}'"))
    status, out = cli("check", "--kit", kit)
    assert (
        f"{kit / 'materials/offices/country.yaml'}:6:8: warning[strings.placeholder]: office "
        "'country' strings: en: 'word' (short) lacks {website}, which en.yaml's text has: it "
        "prints without it\n"
        "  hint: write the text with the placeholders of the kit's, {website}; with --strict "
        "this is an error\n"
    ) in out, out
    assert out.count("strings.placeholder]: office") == 1, out  # the short one alone
