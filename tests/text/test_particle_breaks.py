"""A Chinese or Japanese line never starts with a particle that belongs to the word before it
(`breaks.particle_joins`): the kit's Chinese poster broke its headline 在打击贩运人口 /
的斗争中不让 / 一个儿童掉队 (a user's trial), as BudouX's Chinese models cut 的 off as a
word of its own. Checked on the shipped CJK pages' lines and on every CJK text of the
kit's strings at many widths."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from campaign.build import check
from campaign.fonts import FontBook
from campaign.layout.document import item_lines
from campaign.text.breaks import (
    PARTICLE_WORDS,
    PARTICLES,
    break_segments,
    last_resort,
    particle_joins,
    phrase_edges,
)
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs
from campaign.text.scripts import script_of

ROOT = Path(__file__).resolve().parents[2]
STYLE = BlockStyle(20.0, 1.2, "start", False, 0.4)
HEADLINE = "在打击贩运人口的斗争中不让一个儿童掉队"  # the kit's zh theme (materials/strings)
CJK_SCRIPTS = {"Hans", "Hant", "Jpan"}


def phrases(text: str, lang: str) -> list[str]:
    """The text cut where a line may break other than as a last resort."""
    weak = last_resort(text, lang)
    edges = [a for a, _ in break_segments(text, lang)[1:] if a not in weak]
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def lines_of(fonts: FontBook, text: str, lang: str, width: float) -> list[Line]:
    stack = fonts.stack(script_of(lang), "bold", lang)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], width, STYLE, stack[0])
    return lines


def starts_with_particle(text: str, lang: str, at: int) -> bool:
    """Whether a line starting at text[at] starts with a particle of the language that BudouX
    cuts off by itself or leaves inside a phrase (not one that begins a word of its own:
    地区, 过去, のり, 的确存在), or with the verb a lone negation 不 before it negates, or
    inside a word of `PARTICLE_WORDS` (的|确存在)."""
    if at == 0:
        return False
    base = lang.split("-")[0]
    edges = phrase_edges(text, lang) or frozenset()
    alone = at not in edges or at + 1 == len(text) or at + 1 in edges
    words = PARTICLE_WORDS.get(base, {})

    def begins_word(i: int) -> bool:
        after = words.get(text[i : i + 2])
        return after is not None and (i + 2 == len(text) or text[i + 2] not in after)

    particle = text[at] in PARTICLES[base] and alone and text[at - 1].isalnum()
    negated = text[at - 1] == "不" and lang.startswith("zh") and at - 1 in edges | {0}
    return (particle and not begins_word(at)) or negated or begins_word(at - 1)


@pytest.mark.parametrize(
    ("lang", "text", "cut"),
    [
        ("zh", HEADLINE, "在|打击|贩运|人口的|斗争中|不让|一个|儿童|掉队"),
        ("zh", "已查明的贩运人口受害者是儿童", "已|查明的|贩运|人口|受害者|是|儿童"),
        ("zh-Hant", "在打擊人口販運的鬥爭中不讓一個孩子掉隊", None),
        # BudouX: 人口|贩运|的|确存|在, 他们|着|手调查, 为|儿童|着|想: 的确, 着手 and 着想
        # are words; 我们|的|确保, 拿|着|手机: 的 and 着 are particles before 确保 and 手机
        ("zh", "人口贩运的确存在", "人口|贩运|的确存|在"),
        ("zh", "他们着手调查", "他们|着手调查"),
        ("zh", "为儿童着想", "为|儿童|着想"),
        ("zh", "我们的确保", "我们的|确保"),
        ("zh", "他拿着手机", "他|拿着|手机"),
        ("zh-Hant", "人口販運的確存在", "人口|販運|的確存|在"),
        ("ja", "UNODCの報告によると", "UNODCの|報告に|よると"),
        ("ja", "SNSで共有", "SNSで|共有"),
        ("ja", "SNSでの共有", "SNSでの|共有"),  # で inside BudouX's phrase SNSでの
    ],
)
def test_a_particle_keeps_to_the_word_before_it(lang: str, text: str, cut: str | None) -> None:
    got = phrases(text, lang)
    if cut is not None:
        assert "|".join(got) == cut
    assert all(not starts_with_particle(text, lang, text.index(p)) for p in got[1:]), got


def test_a_particle_that_begins_a_word_or_follows_a_space_is_no_join() -> None:
    # 地区 ("region") and 过去 ("the past") begin with 地 and 过; after a space or a writer's
    # ZERO WIDTH SPACE the particle is no word's ending
    assert particle_joins("发展中地区", "zh") == {"发展中地区".index("中")}
    assert particle_joins("在过去", "zh") == frozenset()
    assert particle_joins("人口\u200b的", "zh") == frozenset()
    assert particle_joins("UNODC の", "ja") == frozenset()
    assert particle_joins("The Blue Heart", "en") == frozenset()


def test_the_headline_never_starts_a_line_with_a_particle(fonts: FontBook) -> None:
    """The trial's width (7 characters a line) and every width from 3 characters to the
    whole headline, a quarter character apart."""
    one = lines_of(fonts, "在", "zh", 10_000)[0].width
    lines = lines_of(fonts, HEADLINE, "zh", 7.5 * one)
    assert [ln.actual_text() for ln in lines] == [
        "在打击贩运",
        "人口的斗争中",
        "不让一个儿童",
        "掉队",
    ]
    for quarter in range(12, 4 * len(HEADLINE) + 1):
        lines = lines_of(fonts, HEADLINE, "zh", quarter / 4 * one)
        bad = [ln.actual_text() for ln in lines if starts_with_particle(HEADLINE, "zh", ln.start)]
        assert not bad, (quarter / 4, [ln.actual_text() for ln in lines])


def kit_texts() -> list[tuple[str, str]]:
    """(language, text) of every CJK strings file of the kit: each text and its short form."""
    out = []
    for path in sorted((ROOT / "materials/strings").glob("*.yaml")):
        lang = path.stem
        if script_of(lang) not in CJK_SCRIPTS:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, str) and any("\u3040" <= c <= "\u9fff" for c in value):
                out.append((lang, value))
    return out


def test_the_kit_ships_cjk_texts() -> None:
    assert {lang for lang, _ in kit_texts()} == {"zh"}
    assert len(kit_texts()) > 40


def test_no_line_of_the_kits_cjk_texts_starts_with_a_particle(fonts: FontBook) -> None:
    """Every CJK text of the kit's strings, set 4 to 24 characters wide: no line starts with
    a particle (nor the verb of a lone 不) unless the particle and its word are wider than
    the line."""
    tried = 0
    for lang, text in kit_texts():
        one = lines_of(fonts, "在", lang, 10_000)[0].width
        for chars in range(4, 25, 2):
            for line in lines_of(fonts, text, lang, chars * one):
                if starts_with_particle(text, lang, line.start):
                    word = text[max(0, line.start - 6) : line.start + 1]
                    wide = lines_of(fonts, word, lang, 10_000)[0].width > chars * one
                    assert wide, (lang, chars, line.actual_text(), text)
                tried += 1
    assert tried > 1000


def test_the_shipped_cjk_pages_lines() -> None:
    """Every material the kit makes in Chinese, laid out as a build lays it out: no line of
    a text starts with a particle."""
    _, jobs, _ = check(ROOT, ("zh",))
    assert len(jobs) >= 10
    starts = 0
    for job in jobs:
        for item in job.page.text_items():
            for line in item_lines(item):
                source = line.runs[0].source
                assert not starts_with_particle(source, "zh", line.start), (
                    job.layout.id,
                    item.slot,
                    [ln.actual_text() for ln in item_lines(item)],
                )
                starts += 1
    assert starts > 80
