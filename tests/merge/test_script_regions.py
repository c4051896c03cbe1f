"""A row's date_region picks the CLDR locale its language is written in there, in the
language's own script: zh-Hant in Hong Kong is zh_Hant_HK (its dates day first, 下午 for
the afternoon), where the merge took Taiwan's zh_Hant (the script subtag was left out, and
zh_HK is no locale of Babel's): a Hong Kong office's 5/8/2026 was refused as either way, and
its evening times printed 晚上. A zh-Hant row with a range of times was an internal error
(Babel cannot compare zh-Hant's flexible day periods, 下午 and 晚上)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit import load_kit
from campaign.merge.events import read_events
from campaign.merge.formats import _regional
from campaign.merge.tables import read_table
from campaign.model import Kit

HANT = (
    "language: zh-Hant\nname: Chinese (Traditional)\nstatus: draft\nstrings:\n"
    "  cta_join: 加入藍心運動。\n"
)


@pytest.fixture(scope="module")
def kit(module_kit_copy: Callable[..., Path]) -> Kit:
    """The repository's kit with a zh-Hant strings file, listed in campaign.yaml."""
    root = module_kit_copy(**{"materials/strings/zh-Hant.yaml": HANT})
    campaign = root / "materials" / "campaign.yaml"
    said = campaign.read_text(encoding="utf-8")
    campaign.write_text(
        re.sub(r"^languages: \[", "languages: [zh-Hant, ", said, count=1, flags=re.M),
        encoding="utf-8",
    )
    return load_kit(root)


def printed(
    tmp_path: Path, kit: Kit, rows: list[str]
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Each good record's date and time as its zh-Hant pages print them, by id, and the
    errors (the draft translation's note left out), the path left out."""
    path = tmp_path / "events.csv"
    head = "event_id,language,title,date,time,venue,date_region"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items if "error[" in d.render()]
    return {
        r.id: tuple(r.layer.by_language["zh-Hant"][k].text for k in ("event_date", "event_time"))
        for r in good
    }, said


def test_a_hong_kong_rows_date_and_time_are_written_as_hong_kong_writes_them(
    tmp_path: Path, kit: Kit
) -> None:
    """zh_Hant_HK's short date is d/M/y: 5/8/2026 is 5 August; its 20:00 is 下午8:00 (a,
    where Taiwan's B says 晚上8:00). Taiwan's row, and a row without a region, as before."""
    found, errors = printed(
        tmp_path,
        kit,
        [
            "hk,zh-Hant,T,5/8/2026,20:00,P,HK",
            "tw,zh-Hant,T,2026-08-05,20:00,P,TW",
            "none,zh-Hant,T,2026-08-05,20:00,P,",
        ],
    )
    assert errors == []
    assert found == {
        "hk": ("2026年8月5日", "下午8:00"),
        "tw": ("2026年8月5日", "晚上8:00"),
        "none": ("2026年8月5日", "晚上8:00"),
    }


def test_a_zh_hant_rows_range_of_times_is_printed(tmp_path: Path, kit: Kit) -> None:
    """CLDR's interval of zh_Hant's hours, its day period (B) written once where both times
    share it and on each where they differ."""
    found, errors = printed(
        tmp_path,
        kit,
        [
            "a,zh-Hant,T,2026-08-05,18:00-20:00,P,TW",
            "b,zh-Hant,T,2026-08-05,20:00-22:00,P,TW",
        ],
    )
    assert errors == []
    assert {k: v[1] for k, v in found.items()} == {
        "a": "下午6:00至晚上8:00",
        "b": "晚上8:00至10:00",
    }


@pytest.mark.parametrize(
    ("code", "region", "locale"),
    [
        ("zh-Hant", "HK", "zh_Hant_HK"),
        ("zh-Hant", "MO", "zh_Hant_MO"),
        ("zh-Hant", "CN", None),  # not zh_CN's Simplified: the language's own, zh_Hant
        ("zh", "HK", "zh_Hans_HK"),  # zh is written in Hans (CLDR's likely subtags)
        ("zh", "TW", None),
        ("sr-Latn", "BA", "sr_Latn_BA"),
        ("sr", "BA", "sr_Cyrl_BA"),
        ("pa", "PK", None),  # Punjabi in Gurmukhi: not pa_Arab_PK
        ("en", "US", "en_US"),
        ("pt-BR", "PT", "pt_PT"),
        ("ar", "US", None),
    ],
)
def test_the_regional_locale_is_of_the_languages_script(
    code: str, region: str, locale: str | None
) -> None:
    assert _regional(code, region) == locale
