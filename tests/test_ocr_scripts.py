"""Issue 12, done-when: each of the scripts whose fonts issue 12 added, added to the default kit
as one strings file, lays out with no missing glyph and reads back by OCR at a ratio of 0.9 or
more of a raqm reference wherever the reference reads: ko, ja, zh-Hant, ta, te, hy, pa, si, my,
bo.

The texts. We never invent a translation, and the kit ships no strings file for these
languages but Burmese (materials/strings/my.yaml, used as it is). So each language's file is
written here, in a copy of the kit, from Unicode CLDR as Babel (a dependency of the project)
ships it, and every value is a real text in that language:

- theme: the name of the World (territory 001), then the long date of 30 July 2024
  (`babel.dates.format_date(..., format="full")`); the headline, 2 to 4 lines on the poster;
- fact: the seven weekday names, as the language writes a list (`babel.lists.format_list`);
- fact_figure: 1/3 as a percentage (`babel.numbers.format_percent`);
- cta_title: the language's name in itself;
- cta: the names of English, French, Spanish, Russian, Chinese and Hindi (Tibetan's CLDR data
  has no name for Arabic, so not the six UN languages);
- cta_donate: the names of eight countries of the region (KR JP IN LK AM CN NP MM);
- cta_join: the names of Egypt, Chile and Singapore. In Gurmukhi each has the vowel sign I,
  drawn before the consonant it follows: Punjabi gets a string that needs shaping and that
  Tesseract reads (its Punjabi model reads no line of the longer lists, see RESULTS);
- the other keys (the flyer's back, the badge) take one of these texts, so that every page of
  poster-a3, flyer-a5 and badge-58 is set in the language (PLACEHOLDERS below).

They say nothing about the campaign: they only give Tesseract and the layout real words of
each script, of the lengths the real strings have.

Each file is added to a copy of the kit (and its language to campaign.yaml's `languages`, as a
new language would be added); `check` must pass for the three materials with no
`text.no-glyph`, and the A3 poster is read by Tesseract against a raqm reference of the same
strings in the same fonts, judged as tests/test_ocr.py judges the shipped languages
(tests/ocr_support.py: `read_language`, `judge`).

RESULTS (Tesseract 5.3.0, Debian's 4.1.0 models; ours / reference, the lowest ratio judged):
every language passes. ko, ja, ta, si read 1.00 / 1.00 everywhere, te 0.96-1.00 (ratio 1.00);
zh-Hant 0.83-1.00 (the reference reads the same, lowest ratio 0.98); hy 0.92-0.96 against 0.85-0.92 (ratio >= 1.00;
the theme is not judged, its reference reads 0.69); my 0.82-1.00 (lowest ratio 0.94, cta_join);
bo 0.96-1.00 against 0.73-1.00 (ratio >= 1.00). pa: theme, cta_title and cta_join read
1.00 / 1.00; fact, cta and cta_donate are not judged because Tesseract's Punjabi model returns
nothing for most lines of comma-separated Gurmukhi names (the reference reads 0.43, 0.00,
0.34; alone, each name reads whole). Issue 12 changed two things to get there: Noto Serif
Tibetan's `leading` (Tibetan titles overflowed their slots), and slots on a dark ground are
also read inverted (a one-word light Tamil title read 0.67 beside the next slot's clipped
letters, 1.00 inverted).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_percent

from .kits import cli
from .ocr_support import ROOT, judge, missing_reason, read_language

LANGS = ("ko", "ja", "zh-Hant", "ta", "te", "hy", "pa", "si", "my", "bo")
SHIPPED = frozenset(p.stem for p in (ROOT / "materials" / "strings").glob("*.yaml"))
MATERIALS = "poster-a3,flyer-a5,badge-58"
DAY = datetime.date(2024, 7, 30)
LANGUAGES = ("en", "fr", "es", "ru", "zh", "hi")  # every one of these locales names them
PLACES = ("KR", "JP", "IN", "LK", "AM", "CN", "NP", "MM")
# the other keys of en.yaml -> the CLDR text they take
PLACEHOLDERS = {
    "day": "date",
    "fact_source": "places",
    "qr_label": "months",
    "qr_label_tel": "months",
    "qr_label_mailto": "months",
    "badge": "name",
    "emblem_alt": "year",
    "back_title": "date",
    "signs_title": "name",
    "signs": "year",
    "report_title": "world",
    "report": "places",
    "online_title": "world",
    "online": "week",
    "support_title": "name",
    "support": "languages",
    "contact_title": "name",
    "back_sources": "places",
    "event_by": "world",
}


def cldr_texts(code: str) -> dict[str, str]:
    """Real texts in the language, from CLDR (see the module's docstring)."""
    loc = Locale.parse(code.replace("-", "_"))
    months = loc.months["format"]["wide"]
    days = loc.days["format"]["wide"]
    return {
        "world": loc.territories["001"],
        "date": format_date(DAY, format="full", locale=loc),
        "name": loc.get_display_name(loc) or code,
        "week": format_list([days[d] for d in range(7)], locale=loc),
        "months": format_list([months[m] for m in (7, 8, 9)], locale=loc),
        "year": format_list([months[m] for m in range(1, 13)], locale=loc),
        "languages": format_list([loc.languages[c] for c in LANGUAGES], locale=loc),
        "places": format_list([loc.territories[t] for t in PLACES], locale=loc),
        "three": format_list([loc.territories[t] for t in ("EG", "CL", "SG")], locale=loc),
        "percent": format_percent(1 / 3, locale=loc),
    }


def strings_file(code: str) -> str:
    """materials/strings/<code>.yaml for a language the kit does not ship."""
    t = cldr_texts(code)
    strings = {
        "theme": f"{t['world']} {t['date']}",
        "fact_figure": t["percent"],
        "fact": t["week"],
        "cta_title": t["name"],
        "cta": t["languages"],
        "cta_donate": t["places"],
        "cta_join": t["three"],
        "hashtags": "#endHT #30July #EndHumanTrafficking",  # kept in English, as en.yaml asks
        **{key: t[source] for key, source in PLACEHOLDERS.items()},
    }
    source = yaml.safe_load((ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8"))
    assert set(strings) == set(source["strings"]), "cover every key of en.yaml"
    english = Locale.parse(code.replace("-", "_")).english_name or code
    data = {
        "language": code,
        "name": english,
        "native_name": t["name"],
        "status": "draft",
        "strings": strings,
    }
    head = f"# CLDR texts for the OCR test of issue 12 (tests/{Path(__file__).name})\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def with_language(campaign_yaml: str, code: str) -> str:
    """campaign.yaml with `code` added to the languages built by default."""
    out, n = re.subn(r"(\nlanguages: \[[^\]]*)\]", rf"\1, {code}]", campaign_yaml, count=1)
    assert n == 1, "campaign.yaml has no `languages: [...]` list"
    return out


@pytest.fixture
def kit(kit_copy: Callable[..., Path], request: pytest.FixtureRequest) -> Path:
    """A copy of the kit with the language's strings file added, as a new language is added."""
    code = request.node.callspec.params["lang"]
    if code in SHIPPED:
        return kit_copy()
    campaign = (ROOT / "materials/campaign.yaml").read_text(encoding="utf-8")
    return kit_copy(
        **{
            f"materials/strings/{code}.yaml": strings_file(code),
            "materials/campaign.yaml": with_language(campaign, code),
        }
    )


@pytest.mark.parametrize("lang", LANGS)
def test_lays_out_with_no_missing_glyph(lang: str, kit: Path) -> None:
    code, out = cli("check", "--kit", kit, "--lang", lang, "--only", MATERIALS)
    assert "text.no-glyph" not in out, out
    assert code == 0, out
    assert "in 1 language(s) lay out" in out, out  # short variants are notes


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_poster_reads_back(
    lang: str, kit: Path, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    reason = missing_reason(lang)
    if reason:
        pytest.skip(reason)
    judge(read_language(kit, lang, tmp_path / "ocr"), tmp_path / "ocr", record_property)


# -- the texts themselves (no Tesseract needed) ----------------------------------------------


@pytest.mark.parametrize("lang", [c for c in LANGS if c not in SHIPPED])
def test_the_texts_are_cldr_s_in_the_language_s_script(lang: str) -> None:
    """CLDR has the locale and gives real text in its script (not English fallbacks)."""
    from campaign.text.scripts import char_script, script_of

    data = yaml.safe_load(strings_file(lang))
    assert data["language"] == lang
    want = {script_of(lang)} | {"Hani", "Hira", "Kana", "Hang"}  # Jpan, Kore, Hant use these
    for key in ("theme", "fact", "cta_title", "cta", "cta_donate", "cta_join"):
        text = data["strings"][key]
        scripts = {char_script(ch) for ch in text} - {None}
        assert scripts, f"{key}: {text!r}"
        assert scripts <= want, f"{key}: {text!r} has {scripts}"
        assert scripts & want, f"{key}: {text!r} is not in {script_of(lang)}"
