"""Cases text-and-images/02, 12 and 13 (the kit's issue 12) on the repository's kit with each
case's strings file: the lines the layout stage sets, as the case's EXPECTED says them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from campaign.build import check
from campaign.layout.document import Page

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def page(kit: Path, lang: str, material: str) -> Page:
    _, jobs, _ = check(kit, (lang,), (material,))
    return jobs[0].page


def line_texts(p: Page, slot: str) -> list[str]:
    """Each line's characters in logical order (the lines of left-to-right slots)."""
    item = next(i for i in p.items if i.slot == slot)
    lines = item.text.lines  # type: ignore[union-attr]
    return ["".join(r.text for r in sorted(ln.runs, key=lambda r: r.start)) for ln in lines]


def with_strings(kit_copy: Callable[..., Path], *names: tuple[str, str]) -> Path:
    kit = kit_copy()
    for case_file, target in names:
        shutil.copy(CASES / case_file, kit / "materials" / target)
    return kit


def test_case_12_greek_capitals_have_no_accents(kit_copy: Callable[..., Path]) -> None:
    kit = with_strings(kit_copy, ("el-uppercase.yaml", "strings/el.yaml"))
    badge = " ".join(line_texts(page(kit, "el", "badge-58"), "words"))
    assert badge == "ΣΤΑΜΑΤΗΣΤΕ ΤΗΝ ΕΜΠΟΡΙΑ ΑΝΘΡΩΠΩΝ"
    day = " ".join(line_texts(page(kit, "el", "flyer-a5"), "day"))
    assert day == "ΠΑΓΚΟΣΜΙΑ ΗΜΕΡΑ ΚΑΤΑ ΤΗΣ ΕΜΠΟΡΙΑΣ ΑΝΘΡΩΠΩΝ · 30 ΙΟΥΛΙΟΥ"
