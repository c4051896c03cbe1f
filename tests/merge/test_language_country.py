"""A merged row's language code that is a country's code too (am: Amharic's and Armenia's) is
told at its language cell when the row says the country was meant, as an office's
`languages:` is (`ref.language-country`): a row of Armenia (`date_region: AM`) made in
`am` printed Amharic without a word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.languages import office_region
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT

HEAD = "event_id,language,title,date,time,venue,date_region,title_hy\n"
HY = "language: hy\nname: Armenian\nstatus: draft\nstrings:\n  badge: Կանգնեցրեք թրաֆիքինգը\n"
TBILISI = "name: Tbilisi Test Office\nlanguages: [ka, en]\ncountry: GE\n"
HINT = (
    "  hint: 'am' is Amharic; Armenia's language is 'hy' (Armenian): write 'hy' if Armenian "
    "is meant; if Amharic is meant, a title in Ethiopic script says so"
)
ROW = "warning[ref.language-country]: row {n}, column language (B): 'am' (Amharic), which is "
ROW += "also the country code of Armenia: "


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Kit:
    """The repository's kit with Armenian (hy.yaml) and a Tbilisi office (country: GE)."""
    root = tmp_path_factory.mktemp("kit")
    shutil.copytree(ROOT / "materials", root / "materials")
    (root / "fonts").symlink_to(ROOT / "fonts")
    (root / "assets").symlink_to(ROOT / "assets")
    (root / "materials/strings/hy.yaml").write_text(HY, encoding="utf-8")
    (root / "materials/offices/tbilisi.yaml").write_text(TBILISI, encoding="utf-8")
    return load_kit(root)


def told(tmp_path: Path, kit: Kit, rows: str, office: str | None = None) -> list[str]:
    """The `ref.language-country` warnings of `rows` under HEAD, merged for `office`."""
    data = tmp_path / "events.csv"
    data.write_text(HEAD + rows, encoding="utf-8")
    errs = Collector()
    read_events(office_region(read_table(data, errs), kit, office, errs), kit, errs)
    return [
        d.render().replace(f"{data}:", "") for d in errs.items if d.code == "ref.language-country"
    ]


def test_a_rows_country_code_meant_for_the_country_is_told_at_its_language_cell(
    tmp_path: Path, kit: Kit
) -> None:
    rows = (
        "a,am,Walk,2027-07-30,18:00,Hall,AM,\n"  # the row's own country
        'b,"am, en",Walk,2027-07-30,18:00,Hall,GE,\n'  # not Georgia's; Armenian is
        "c,am,Walk,2027-07-30,18:00,Hall,,Քայլք\n"  # its Armenian title
        "d,am,Walk,2027-07-30,18:00,Hall,ET,\n"  # Ethiopia's: Amharic as written
        "e,en,Walk,2027-07-30,18:00,Hall,AM,\n"  # English in Armenia: no code of it
        "f,am,Walk,2027-07-30,18:00,Hall,,\n"  # nothing says which
    )
    assert told(tmp_path, kit, rows) == [
        f"2:2: {ROW.format(n=2)}Armenia is its country (date_region: AM)\n{HINT}",
        f"3:2: {ROW.format(n=3)}Amharic is not spoken in Georgia (date_region: GE), where "
        f"Armenia's Armenian (hy) is\n{HINT}",
        f"4:2: {ROW.format(n=4)}its 'title_hy' gives Armenia's Armenian (hy), which it does "
        f"not print\n{HINT}",
    ]


def test_the_offices_country_is_a_rows_without_its_own(tmp_path: Path, kit: Kit) -> None:
    rows = "a,am,Walk,2027-07-30,18:00,Hall,,\nb,am,Walk,2027-07-30,18:00,Hall,ET,\n"
    assert told(tmp_path, kit, rows, "tbilisi") == [
        f"2:2: {ROW.format(n=2)}Amharic is not spoken in Georgia (the office's country: GE), "
        f"where Armenia's Armenian (hy) is\n{HINT}",
    ]


def test_a_rows_title_in_its_languages_own_script_says_the_language_is_meant(
    tmp_path: Path, kit: Kit
) -> None:
    """Burmese and Bangladeshi workers in Malaysia and Brunei are a core audience: a Burmese
    row of MY whose title is in Myanmar script was told "'my' (Burmese), which is also the
    country code of Malaysia: Malaysia is its country", and a Bengali row of BN likewise
    (`--strict`: an error); a title in the language's own script, which the country's
    languages are not written in, says the language is meant (a reviewer's trial). A row
    whose words are not in it is told as before, with how to say so."""
    rows = (
        "a,my,လမ်းလျှောက်ပွဲ,2027-07-30,18:00,Hall,MY,\n"  # Burmese, in Malaysia
        "b,bn,পদযাত্রা,2027-07-30,18:00,Hall,BN,\n"  # Bengali, in Brunei
        "c,am,የእግር ጉዞ,2027-07-30,18:00,Hall,AM,\n"  # Amharic, in Armenia: as written
        "d,my,Walk,2027-07-30,18:00,Hall,MY,\n"  # no Burmese word: Malaysia's code?
    )
    assert told(tmp_path, kit, rows) == [
        "5:2: warning[ref.language-country]: row 5, column language (B): 'my' (Burmese), which "
        "is also the country code of Malaysia: Malaysia is its country (date_region: MY)\n"
        "  hint: 'my' is Burmese; Malaysia's language is 'ms' (Malay): write 'ms' if Malay is "
        "meant (the kit has no ms: python generate.py new language ms); if Burmese is meant, a "
        "title in Myanmar script says so"
    ]
