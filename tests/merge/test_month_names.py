"""Event dates in languages whose Unicode CLDR data (Babel's) has no month names, or names
them otherwise than the kit's texts (a Colombo office's trial: Dhivehi's date printed 30-7-27,
a two-digit year, beside the `day` string's 30 ޖުލައި; Sinhala's 2027 ඇසළ 30, the traditional
name, beside ජූලි 30): what each prints, and the `strings.months` warning at the strings
file."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from babel import Locale, localedata

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, check_events, event_months
from campaign.merge.formats import WITHOUT_MONTH_NAMES
from campaign.merge.month_names import month_warning
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT, cli

HEAD = "event_id,language,title,date,time,venue,organiser,contact,link,photo\n"
# the trial's strings files, as `new language` writes their head, with their `day` strings
STRINGS = {
    "dv": "language: dv\nname: Divehi\nstatus: draft\nstrings:\n  day: 30 ޖުލައި\n",
    "si": "language: si\nname: Sinhala\nstatus: draft\nstrings:\n  day: ලෝක දිනය · ජූලි 30\n",
    "ta": "language: ta\nname: Tamil\nstatus: draft\nstrings:\n  day: உலக தினம் · ஜூலை 30\n",
}
# twelve names for a test's `months:`, July's as dv.yaml's `day` string writes it (the others
# stand-ins, not Dhivehi words)
DV_MONTHS = tuple("ޖުލައި" if m == 7 else f"m{m:02d}" for m in range(1, 13))
SI_MONTHS = tuple("ජූලි" if m == 7 else f"m{m:02d}" for m in range(1, 13))

DV_WARNING = (
    "{path}:1:11: warning[strings.months]: [dv]: the Unicode CLDR has no month names for "
    "Divehi (dv): an event's date prints in numbers, 30 July 2027 as 30-7-2027\n"
    "  hint: give the twelve month names, January first, as a date writes them, under "
    "`months:` in dv.yaml (`months: [<January>, <February>, ..., <December>]`, July's as the "
    "`day` string writes it: ޖުލައި); the date then prints 30 ޖުލައި 2027"
)
SI_WARNING = (
    "{path}:5:19: warning[strings.months]: [si]: an event's date names the month otherwise "
    "than the `day` string: 30 July 2027 prints as '2027 ඇසළ 30' (the Unicode CLDR's ඇසළ), "
    "and the `day` string writes 'ජූලි 30'\n"
    "  hint: to print the `day` string's month names in event dates, give the twelve, January "
    "first, under `months:` in si.yaml (July's: ජූලි); or, if ඇසළ is right, write the `day` "
    "string with it"
)


def trial_kit(root: Path) -> Path:
    """A copy of the kit with the trial's dv, si and ta strings files."""
    kit = root / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    (kit / "fonts").symlink_to(ROOT / "fonts")
    (kit / "assets").symlink_to(ROOT / "assets")
    for code, text in STRINGS.items():
        (kit / "materials" / "strings" / f"{code}.yaml").write_text(text, encoding="utf-8")
    return kit


@pytest.fixture(scope="module")
def kit_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return trial_kit(tmp_path_factory.mktemp("colombo"))


@pytest.fixture(scope="module")
def kit(kit_dir: Path) -> Kit:
    return load_kit(kit_dir)


def merged(tmp_path: Path, kit: Kit, body: str) -> tuple[list[Record], list[str]]:
    """`body` under HEAD merged: the records, and each `strings.months` diagnostic as the
    merge gives it (`event_months`)."""
    path = tmp_path / "events.csv"
    path.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    records = check_events(read_table(path, errs), kit, errs)
    assert [d.render() for d in errs.items if d.code != "merge.year"] == []
    event_months(records, kit, errs)
    return list(records), [d.render() for d in errs.items if d.code == "strings.months"]


def shown(records: list[Record], code: str) -> list[str]:
    return [r.layer.by_language[code]["event_date"].text for r in records if code in r.languages]


def with_months(kit: Kit, code: str, months: tuple[str, ...]) -> Kit:
    return replace(
        kit, languages={**kit.languages, code: replace(kit.languages[code], months=months)}
    )


def test_a_dhivehi_date_prints_in_numbers_with_its_year_in_four_digits(
    tmp_path: Path, kit: Kit, kit_dir: Path
) -> None:
    """Babel has no Dhivehi month names (its long date "30 M07 2027"), and its short date is
    d-M-yy: the flyer printed 30-7-27 (2030? 27 July?) without a word. It prints CLDR's
    short date with the year in four digits, a range too, and one warning at dv.yaml's
    `language:` names `months:`, with the `day` string's July."""
    body = "a,dv,T,2027-07-30,,V,,,,\nb,dv,T,2027-07-29/2027-08-02,,V,,,,\nc,dv,T,2027-12-30/2028-01-02,,V,,,,\n"
    records, said = merged(tmp_path, kit, body)
    assert shown(records, "dv") == [
        "30-7-2027",
        "29-7-2027\u2009\u2013\u20092-8-2027",
        "30-12-2027\u2009\u2013\u20092-1-2028",
    ]
    assert said == [DV_WARNING.format(path=kit_dir / "materials/strings/dv.yaml")]


def test_a_dhivehi_date_with_months_names_its_month(tmp_path: Path, kit: Kit) -> None:
    """dv.yaml's `months:` give the date day, month, year, and the warning is not said."""
    records, said = merged(
        tmp_path, with_months(kit, "dv", DV_MONTHS), "a,dv,T,2027-07-30,,V,,,,\n"
    )
    assert shown(records, "dv") == ["30 ޖުލައި 2027"]
    assert said == []


def test_a_sinhala_date_names_cldrs_month_and_is_warned_of(
    tmp_path: Path, kit: Kit, kit_dir: Path
) -> None:
    """CLDR's Sinhala July (Babel 2.19's data) is the traditional ඇසළ in every context and
    width, format and stand-alone, wide and abbreviated: the kit picks no wrong one, and no
    CLDR form is ජූලි, which the `day` string writes. The date prints CLDR's, and a warning
    at the `day` string's date names both and `months:`; with `months:` it names ජූලි."""
    july = Locale.parse("si").months
    assert {july[c][w][7] for c in ("format", "stand-alone") for w in ("wide", "abbreviated")} == {
        "ඇසළ"
    }
    records, said = merged(tmp_path, kit, "a,si,T,2027-07-30,,V,,,,\n")
    assert shown(records, "si") == ["2027 ඇසළ 30"]
    assert said == [SI_WARNING.format(path=kit_dir / "materials/strings/si.yaml")]
    records, said = merged(
        tmp_path, with_months(kit, "si", SI_MONTHS), "a,si,T,2027-07-30,,V,,,,\n"
    )
    assert shown(records, "si") == ["2027 ජූලි 30"]
    assert said == []


def test_the_kits_languages_and_tamil_name_the_day_strings_month(tmp_path: Path, kit: Kit) -> None:
    """30 July in each of the kit's languages names July as its `day` string does (Persian's
    date is of the Solar Hijri calendar, 8 مرداد, and not compared; Chinese's writes the
    month in numbers, 7月, as its `day` string does): no warning, one row each."""
    codes = sorted(
        c for c in kit.languages if c not in ("dv", "si") and not kit.languages[c].pseudo
    )
    body = "".join(f"e-{c},{c},T,2027-07-30,,V,,,,\n" for c in codes)
    records, said = merged(tmp_path, kit, body)
    assert said == []
    assert len(records) == len(codes) == 27  # the kit's 26 and Tamil
    assert shown(records, "ta") == ["30 ஜூலை, 2027"]


def test_the_languages_without_month_names_are_babels() -> None:
    """formats.WITHOUT_MONTH_NAMES, as Babel's data has them: every locale it knows whose
    months are all CLDR root's placeholders (M01 to M12), those of its regions left out."""
    bare = set()
    for name in localedata.locale_identifiers():
        wide = Locale.parse(name).months["format"]["wide"]
        if all(re.fullmatch(r"M\d\d", str(wide.get(m, ""))) for m in range(1, 13)):
            bare.add(name)
    assert sorted(n for n in bare if n.rpartition("_")[0] not in bare) == WITHOUT_MONTH_NAMES


def test_a_merge_says_it_at_the_strings_files(tmp_path: Path, kit_dir: Path) -> None:
    """The command: the flyers are made (exit 0) and the warnings are said."""
    data = tmp_path / "events.csv"
    data.write_text(HEAD + "a,dv,T,2027-07-30,,V,,,,\nb,si,T,2027-07-30,,V,,,,\n", encoding="utf-8")
    code, out = cli(
        "merge", "event-flyer-a5", data, "--kit", kit_dir, "-o", tmp_path / "out", "--png-ppi", "20"
    )
    assert code == 0, out
    strings = kit_dir / "materials" / "strings"
    assert DV_WARNING.format(path=strings / "dv.yaml") in out
    assert SI_WARNING.format(path=strings / "si.yaml") in out


def test_no_warning_for_a_language_without_its_day_string(kit: Kit) -> None:
    """A file whose `day` string is not translated yet has nothing to compare (Sinhala's
    date is CLDR's); one whose CLDR data lacks the names is told all the same."""
    source = kit.languages["en"]
    si = replace(kit.languages["si"], strings={})
    dv = replace(kit.languages["dv"], strings={})
    assert month_warning(si, source, 2027) is None
    found = month_warning(dv, source, 2027)
    assert found is not None
    assert found.hints == (
        "give the twelve month names, January first, as a date writes them, under `months:` "
        "in dv.yaml (`months: [<January>, <February>, ..., <December>]`)",
    )
