"""A numeric date's order by the language that writes it: CLDR's short date pattern (d before
M: day first) of the row's or the sheet's language. Only Thai read 05/07/2026 day first;
Vietnamese, Indonesian, Malay, Lao and Khmer write the day first too. An English row on a
Thai sheet was read day first without a word, where English in the US writes the month
first: a `merge.date-order` warning names the cell and both readings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge import date_order
from campaign.merge.events import numeric_order, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
AMBIGUOUS = (
    "error[merge.value]: row 2, column date (D): '05/07/2026' may be day first or month "
    "first, and no date in the column tells which: write it as YYYY-MM-DD (2026-07-05 or "
    "2026-05-07)"
)
# an English row's: the date_region that orders it (a Latin America office's trial: the hint
# did not name it)
EN_HINT = (
    "\n  hint: or give the row a date_region, its country's code (a column), that orders it: GB reads "
    "it 2026-07-05, US 2026-05-07"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def days(
    tmp_path: Path, kit: Kit, head: str, rows: list[str]
) -> tuple[dict[str, date | None], list[str]]:
    """The rows under `head` as a CSV: each good record's day by its id, and each diagnostic
    but the draft translation's and a shared title's, its path left out."""
    path = tmp_path / "events.csv"
    path.write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return {r.id: r.day for r in good}, [
        s for s in said if "draft translation" not in s and "merge.shared" not in s
    ]


@pytest.mark.parametrize(
    ("code", "order"),
    [
        ("th", "dmy"),
        ("vi", "dmy"),
        ("id", "dmy"),
        ("ms", "dmy"),
        ("lo", "dmy"),
        ("km", "dmy"),
        ("fr", "dmy"),
        ("pt-BR", "dmy"),
        ("tl", "mdy"),  # CLDR fil's M/d/yy
        ("en", None),  # en's M/d/yy, en_GB's dd/MM/y
        ("es", "dmy"),  # es_PA's and es_PR's MM/dd/yy aside (OTHER_ORDER_REGIONS)
        ("zh", None),  # y/M/d: the year first tells none
        ("fa", None),
        ("xx", None),
    ],
)
def test_a_languages_order_is_its_cldr_short_dates(code: str, order: str | None) -> None:
    assert numeric_order(code) == order


@pytest.mark.parametrize("language", ["en", "es", "pt", "hi", "zh", "sr", "nb", "ar", "fr"])
def test_each_regions_short_date_is_babels(language: str) -> None:
    """numeric_orders reads each region's short date from its own data file and its parents'
    (`_short_date`), not through Babel's Locale: every locale of these languages (CLDR's
    parent locales among them: en_150's en_001, es_AR's es_419, pt_AO's pt_PT, hi_Latn's
    en_IN, nb's no; zh_Hant and sr_Latn, another script than the language's, root's) gives
    Babel's pattern, and the language's orders are the ones the patterns tell."""
    from babel import Locale, localedata

    names = [n for n in localedata.locale_identifiers() if n.split("_")[0] == language]
    assert len(names) > 1
    patterns = {n: Locale.parse(n).date_formats["short"].pattern for n in names}
    assert {n: date_order._short_date(n) for n in names} == patterns
    orders = {date_order._pattern_order(p) for p in patterns.values()} - {None}
    assert date_order.numeric_orders(language) == orders


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("vi", date(2026, 7, 5)),
        ("id", date(2026, 7, 5)),
        ("lo", date(2026, 7, 5)),
        ("km", date(2026, 7, 5)),
        ("th", date(2026, 7, 5)),
        ("tl", date(2026, 5, 7)),
        ('"vi, lo"', date(2026, 7, 5)),  # two languages that write it one way
    ],
)
def test_a_rows_language_orders_its_numeric_date(
    tmp_path: Path, kit: Kit, language: str, day: date
) -> None:
    found, problems = days(
        tmp_path, kit, "event_id,language,title,date,venue", [f"a,{language},T,05/07/2026,P"]
    )
    assert problems == []
    assert found == {"a": day}


@pytest.mark.parametrize(
    ("language", "hint"),
    [("en", EN_HINT), ("zh", ""), ('"vi, tl"', ""), ('"vi, en"', ""), ('"en, es"', EN_HINT)],
)
def test_a_language_that_does_not_tell_leaves_the_date_ambiguous(
    tmp_path: Path, kit: Kit, language: str, hint: str
) -> None:
    """English regions write it both ways, Chinese the year first; two languages that
    differ, or one that does not tell, tell nothing: refused, as before, the hint naming the
    date_region column where the row's first language writes it both ways."""
    found, problems = days(
        tmp_path, kit, "event_id,language,title,date,venue", [f"a,{language},T,05/07/2026,P"]
    )
    assert found == {}
    assert problems == [f"2:4: {AMBIGUOUS}{hint}"]


def test_a_spanish_row_is_day_first_but_in_panama_and_puerto_rico(tmp_path: Path, kit: Kit) -> None:
    """A Latin America office's trial: every Spanish row's 05/07/2027 was refused as "day first
    or month first" (CLDR's es_PA and es_PR write MM/dd/yy), while Portuguese rows were read
    day first. Spanish is day first in every other CLDR locale of it: read so, a row whose
    date_region is PA or PR month first."""
    found, problems = days(
        tmp_path,
        kit,
        "event_id,language,title,date,venue,date_region",
        [
            "a,es,T,05/07/2026,P,",
            "b,es,T,05/07/2026,P,MX",
            "c,es,T,05/07/2026,P,PA",
            "d,es,T,05/07/2026,P,PR",
            "e,es-419,T,05/07/2026,P,",
        ],
    )
    assert problems == []
    assert found == {
        "a": date(2026, 7, 5),
        "b": date(2026, 7, 5),
        "c": date(2026, 5, 7),
        "d": date(2026, 5, 7),
        "e": date(2026, 7, 5),
    }


def test_the_regions_that_write_another_order_are_cldrs() -> None:
    """OTHER_ORDER_REGIONS are the regions of each language whose CLDR short date writes the
    other order than all its other regions, and those are few (2 of Spanish's 20-odd)."""
    from babel import localedata

    for language, regions in date_order.OTHER_ORDER_REGIONS.items():
        orders: dict[str, set[str]] = {}
        for name in localedata.locale_identifiers():
            parts = name.split("_")
            order = date_order._pattern_order(date_order._short_date(name))
            if parts[0] == language and order:
                orders.setdefault(order, set()).add(parts[-1])
        (few,) = [o for o in orders if orders[o] == regions]
        assert len(orders[few]) * 5 < sum(len(v) for v in orders.values()), language


def test_a_sheet_headed_in_vietnamese_reads_an_english_row_day_first_and_warns(
    tmp_path: Path, kit: Kit
) -> None:
    """The header's language (Ngày, Địa điểm: vi) orders the sheet's dates; an English row's
    ambiguous date is read so and warned of, naming both readings; a Vietnamese row's is
    not."""
    found, problems = days(
        tmp_path,
        kit,
        "event_id,language,title,Ngày,Địa điểm",
        ["a,en,T,05/07/2026,P", "c,vi,T,05/07/2026,P"],
    )
    assert found == {"a": date(2026, 7, 5), "c": date(2026, 7, 5)}
    assert problems == [
        "2:4: warning[merge.date-order]: row 2, column Ngày (D): '05/07/2026' is read day first, "
        "2026-07-05, as its header's language (vi) writes dates; a row in English may write it "
        "month first, 2026-05-07\n"
        "  hint: write it as YYYY-MM-DD: 2026-07-05 or 2026-05-07"
    ]


def test_an_english_row_on_a_thai_sheet_is_warned_of(tmp_path: Path, kit: Kit) -> None:
    """A Thai row makes the sheet's dates day first (as before); an English row's 05/07/2026
    is read so and warned of, a Filipino row's too (month first in CLDR fil); a row in Thai
    and English is not (Thai writes the sheet's way)."""
    found, problems = days(
        tmp_path,
        kit,
        "event_id,language,title,date,venue",
        [
            "a,en,T,05/07/2026,P",
            "b,tl,T,05/07/2026,P",
            'c,"th, en",T,05/07/2026,P',
            "d,th,T,1/2/2570,P",
        ],
    )
    assert found == {
        "a": date(2026, 7, 5),
        "b": date(2026, 7, 5),
        "c": date(2026, 7, 5),
        "d": date(2027, 2, 1),
    }
    assert problems == [
        "2:4: warning[merge.date-order]: row 2, column date (D): '05/07/2026' is read day first, "
        "2026-07-05, as Thai (a Thai sheet) writes dates; a row in English may write it month "
        "first, 2026-05-07\n"
        "  hint: write it as YYYY-MM-DD: 2026-07-05 or 2026-05-07",
        "3:4: warning[merge.date-order]: row 3, column date (D): '05/07/2026' is read day first, "
        "2026-07-05, as Thai (a Thai sheet) writes dates; a row in Tagalog (Filipino) may write "
        "it month first, 2026-05-07\n"
        "  hint: write it as YYYY-MM-DD: 2026-07-05 or 2026-05-07",
    ]


def test_a_rows_date_region_orders_its_numeric_date(tmp_path: Path, kit: Kit) -> None:
    """05/07/2026 is 5 July in an English row whose date_region is GB (CLDR en_GB's dd/MM/y)
    and 7 May in one whose date_region is US (en_US's M/d/yy), whatever the sheet's other
    dates (30/07/2026: a warning names it, test_column_order), its header's language or a
    Thai row tell (without a word); a date that reads one way only is read so; without a
    region, or where CLDR writes the language there year first (en_CA's y-MM-dd) or not at
    all (th in US), the sheet's order or none, as before."""
    head = "event_id,language,title,date,venue,date_region"
    found, problems = days(
        tmp_path,
        kit,
        head,
        [
            "a,en,T,05/07/2026,P,GB",
            "b,en,T,05/07/2026,P,US",
            "c,en,T,05/07/2026,P,uk",  # UK: GB, as ISO 3166 reserves it
            "d,en,T,05/07/2026,P,CA",
            "e,en,T,05/07/2026,P,",
        ],
    )
    assert found == {"a": date(2026, 7, 5), "b": date(2026, 5, 7), "c": date(2026, 7, 5)}
    assert problems == [
        f"{row}:4: {AMBIGUOUS.replace('row 2', f'row {row}')}{EN_HINT}" for row in (5, 6)
    ]
    # the sheet's own order (its dates', its header's language's, a Thai row's) gives way:
    # its dates' with a warning at the date (test_column_order), the others' without a word
    found, problems = days(tmp_path, kit, head, ["a,en,T,05/07/2026,P,US", "b,en,T,30/07/2026,P,"])
    assert found["a"] == date(2026, 5, 7)
    assert [p.split(": ")[1] for p in problems] == ["warning[merge.date-order]"]
    rows = ["a,en,T,05/07/2026,P,US", "b,vi,T,05/07/2026,P,", "c,th,T,05/07/2569,P,US"]
    found, problems = days(tmp_path, kit, head, rows)
    assert (found["a"], problems) == (date(2026, 5, 7), [])
    # a date that reads one way only, in a column of both: as it reads, its region aside
    found, problems = days(tmp_path, kit, head, ["a,en,T,30/07/2026,P,US", "b,en,T,07/31/2026,P,"])
    assert (found, problems) == ({"a": date(2026, 7, 30), "b": date(2026, 7, 31)}, [])
    found, problems = days(tmp_path, kit, "event_id,language,title,Ngày,Địa điểm,date_region", [
        "a,en,T,05/07/2026,P,US"
    ])  # fmt: skip
    assert (found, problems) == ({"a": date(2026, 5, 7)}, [])


def test_a_column_whose_dates_tell_their_order_is_not_warned_of(tmp_path: Path, kit: Kit) -> None:
    """30/07/2026 tells the column day first: the English row's 05/07/2026 is read so, as
    before, without a word."""
    found, problems = days(
        tmp_path,
        kit,
        "event_id,language,title,date,venue",
        ["a,th,T,30/07/2026,P", "b,en,T,05/07/2026,P"],
    )
    assert found == {"a": date(2026, 7, 30), "b": date(2026, 7, 5)}
    assert problems == []
