"""Issue 4: the poster of every shipped language reads back with OCR at a ratio of 0.9 or more
wherever the reference itself reads.

Each language's A3 poster is read by Tesseract, and so is the same text set by Pillow's raqm
layout in the same fonts (tests/ocr_support.py explains how). For each string, ratio = our
score / the reference's; it must be at least 0.9 wherever the reference scores 0.7 or more.
Where it scores less, OCR cannot judge that script or string: the string is left out (and the
language skipped when no string is left).

Needs Tesseract and the language's model (`.ci/install-ocr` installs them); without them the
test skips, naming the Debian package. One test per language, so that pytest-xdist workers
never wait for each other; a language is composed, drawn and read once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from .ocr_support import (
    ROOT,
    apt_package,
    best_window,
    judge,
    languages,
    missing_reason,
    models_table,
    read_language,
    tesseract_model,
)

LANGS = languages()


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_poster_reads_back(
    lang: str, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    reason = missing_reason(lang)
    if reason:
        pytest.skip(reason)
    judge(read_language(ROOT, lang, tmp_path), tmp_path, record_property)


# -- the machinery itself (no Tesseract needed) ----------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_tesseract_model(lang: str) -> None:
    assert tesseract_model(lang), f"add '{lang}' to tests/ocr_langs.yaml"


@pytest.mark.parametrize(
    ("code", "model"),
    [("zh", "chi_sim"), ("zh-Hans", "chi_sim"), ("zh-Hant", "chi_tra"), ("zh-TW", "chi_tra")],
)
def test_a_code_finds_its_model_in_full_before_its_language(code: str, model: str) -> None:
    """Traditional Chinese reads with chi_tra: the lookup does not stop at the language."""
    assert tesseract_model(code) == model


def test_install_script_installs_every_model() -> None:
    script = (ROOT / ".ci" / "install-ocr").read_text(encoding="utf-8")
    listed = set(re.findall(r"tesseract-ocr(?:-[a-z]+(?:-[a-z]+)?)?", script))
    needed = {"tesseract-ocr", apt_package("eng")}
    needed |= {apt_package(m) for m in models_table().values()}
    assert needed <= listed, f"add to .ci/install-ocr: {sorted(needed - listed)}"


def test_score_finds_a_string_in_a_page_of_text() -> None:
    page = "WORLD DAY\n\nLeave No Child\nBehind in the Fight\n\nWhat you can do\n"
    assert best_window("Leave No Child Behind in the Fight", page) == 1.0
    assert best_window("What you can do", page) == 1.0
    assert best_window("Leave No Child Behind", "") == 0.0
    assert 0.8 < best_window("What you can do", "Wbat you cau do") < 0.9  # 2 of 12 wrong


def test_score_punishes_words_in_the_wrong_order() -> None:
    right = "ادعموا صندوق الأمم المتحدة الاستئماني للتبرعات"
    assert best_window(right, right) == 1.0
    reversed_words = " ".join(reversed(right.split()))
    assert best_window(right, reversed_words) < 0.6


def test_score_ignores_joiners_and_thai_sara_am_spelling() -> None:
    assert best_window("สีน้ำเงิน", "สีน\u0e49\u0e4d\u0e32เงิน") == 1.0  # SARA AM as OCR writes it
    assert best_window("می‌توانید", "میتوانید") == 1.0  # ZWNJ
