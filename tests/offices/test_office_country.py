"""An office's `country:`: the country whose phone numbers its file writes without + and a
country code. A trial's office wrote Ofcom's drama number 020 7946 0123 as its helpline and
the kit said nothing, though +44 20 7946 0123 is an `office.placeholder`; a national number
was linked as typed (tel:01-43-29-44-40), which dials only inside its country. With its
country, a national helpline is read by that country's numbering plan (libphonenumber's)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from campaign.kit.load import load_kit
from campaign.merge.phone_numbers import OFFICE_NATIONAL_FIX
from campaign.resolve import office_layer

from ..kits import check, cli, link_uris

OFFICE = (
    "name: Test Office\nsample: true\nlanguages: [en, fr]\npaper: iso\n{country}"
    'fields:\n  helpline: "{helpline}"\n  email: info@example.org\n{links}'
)


def office(helpline: str, country: str = "", links: str = "") -> dict[str, str]:
    text = OFFICE.format(
        country=f"country: {country}\n" if country else "",
        helpline=helpline,
        links=f'links:\n  blueheart: "{links}"\n' if links else "",
    )
    return {"materials/offices/trial.yaml": text}


def rewrite(kit: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (kit / name).write_text(text, encoding="utf-8")


def said(kit: Path, *codes: str) -> list[str]:
    code, text = check(kit, "--office", "trial", "--lang", "en")
    return [line for line in text.splitlines() if any(f"[{c}]" in line for c in codes)]


def test_a_national_drama_number_is_a_placeholder_by_the_offices_country(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**office("020 7946 0123", "GB"))
    assert said(kit, "office.placeholder") == [
        "materials/offices/trial.yaml:7:3: error[office.placeholder]: office 'trial' "
        "helpline '020 7946 0123' is a placeholder (a number Ofcom keeps for TV and radio "
        "drama): it would print on every material of the office"
    ]
    rewrite(kit, office("020 7946 0123"))  # no country: any country's, not judged
    assert said(kit, "office.placeholder") == []


def test_a_helpline_wrong_for_the_offices_country_is_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**office("Appelez le 06 12 34 56", "FR"))
    assert said(kit, "office.phone") == [
        "materials/offices/trial.yaml:7:3: warning[office.phone]: office 'trial' helpline: "
        "'06 12 34 56' has 7 digits after its 0, and a number in France has 9"
    ]
    rewrite(kit, office("01 43 29 44 40", "FR"))
    assert said(kit, "office.phone", "office.placeholder") == []


def test_a_country_that_is_no_code_is_an_error_with_the_code_to_write(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(**office("01 43 29 44 40", "France"))
    code, text = check(kit, "--office", "trial", "--lang", "en")
    assert code == 1
    assert (
        "materials/offices/trial.yaml:5:10: error[office.country]: office 'trial' country "
        "'France' is not a country's code: its helpline's national numbers could not be read "
        "by its country\n  hint: write FR, the code of France (ISO 3166)\n"
    ) in text, text


def test_the_offices_national_numbers_dial_as_from_abroad(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The helpline prints as typed; the digital PDF's link over it, and a tel: link's QR
    code, dial it with the country's code (RFC 3966: a tel: address without one needs a
    phone-context). Without a country both are as written."""
    kit = kit_copy(**office("01 43 29 44 40", "FR", links="tel:0143294440;ext=5"))
    layer = office_layer(load_kit(kit).offices["trial"])
    assert layer.dials == {"0143294440": "tel:+33-1-43-29-44-40"}
    assert layer.links["blueheart"] == "tel:+33-1-43-29-44-40;ext=5"
    out = tmp_path / "out"
    args = ("--office", "trial", "--lang", "fr", "--only", "flyer-a5", "--no-png", "-j", "1")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    path = out / "trial" / "flyer-a5" / "flyer-a5-fr-trial-digital.pdf"
    uris = set(link_uris(path))
    assert {u for u in uris if u.startswith("tel:")} == {
        "tel:+33-1-43-29-44-40",
        "tel:+33-1-43-29-44-40;ext=5",
    }
    layer = office_layer(replace(load_kit(kit).offices["trial"], country=None))
    assert (layer.dials, layer.links["blueheart"]) == ({}, "tel:0143294440;ext=5")


def test_a_helplines_date_and_hours_are_not_linked_its_number_is(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A helpline with a date written with its leading 0 and a time range before the
    number: the three made one run of 26 digits, which linked nothing (alone, the date was
    linked tel:07-30-2026 and the hours tel:09-00-17-00). The digital PDF links the number
    alone, as from abroad; without a country, as typed."""
    helpline = "07.30.2026 09.00-17.00 01 43 29 44 40"
    kit = kit_copy(**office(helpline, "FR"))
    assert said(kit, "office.phone", "office.placeholder") == []
    assert office_layer(load_kit(kit).offices["trial"]).dials == {
        "0143294440": "tel:+33-1-43-29-44-40"
    }
    out = tmp_path / "out"
    args = ("--office", "trial", "--lang", "fr", "--only", "flyer-a5", "--no-png", "-j", "1")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    path = out / "trial" / "flyer-a5" / "flyer-a5-fr-trial-digital.pdf"
    assert {u for u in link_uris(path) if u.startswith("tel:")} == {"tel:+33-1-43-29-44-40"}
    rewrite(kit, office(helpline))  # no country: the number as typed, the date still none
    shutil.rmtree(out)
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    assert {u for u in link_uris(path) if u.startswith("tel:")} == {"tel:01-43-29-44-40"}


def test_a_helpline_of_no_country_is_told_and_dials_as_typed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An office without `country:` and a helpline without a trunk 0, (202) 555-0143: it had
    no link in the digital PDF (national_dials gave nothing without a country), and no word,
    where a merged row's of no country gets a merge.phone warning and a link that dials it as
    typed. The office's now follows that rule, its warning at its file's line; one with its
    trunk 0 is told too, and the PDF links it as typed by itself."""
    kit = kit_copy(**office("(202) 555-0143"))
    code, text = check(kit, "--office", "trial", "--lang", "en")
    assert (
        "materials/offices/trial.yaml:6:3: warning[office.phone]: office 'trial' helpline: "
        "'(202) 555-0143' is a national number, of no country the office names: it is not "
        "checked (a number kept for fiction, a wrong length), and its link dials it only "
        f"inside its country (no country code)\n  hint: {OFFICE_NATIONAL_FIX}\n"
    ) in text, text
    assert office_layer(load_kit(kit).offices["trial"]).dials == {"2025550143": "tel:202-555-0143"}
    out = tmp_path / "out"
    args = ("--office", "trial", "--lang", "en", "--only", "flyer-a5", "--no-png", "-j", "1")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    path = out / "trial" / "flyer-a5" / "flyer-a5-en-trial-digital.pdf"
    assert {u for u in link_uris(path) if u.startswith("tel:")} == {"tel:202-555-0143"}
    rewrite(kit, office("01 43 29 44 40"))
    assert said(kit, "office.phone") == [
        "materials/offices/trial.yaml:6:3: warning[office.phone]: office 'trial' helpline: "
        "'01 43 29 44 40' is a national number, of no country the office names: it is not "
        "checked (a number kept for fiction, a wrong length), and its link dials it only "
        "inside its country (no country code)"
    ]
    assert office_layer(load_kit(kit).offices["trial"]).dials == {}
    rewrite(kit, office("01 43 29 44 40", "France"))  # no code: office.country's error alone
    assert said(kit, "office.phone") == []
