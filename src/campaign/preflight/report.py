"""What preflight is asked to expect, and what it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

MM = 72 / 25.4  # points per millimetre
# The bleed print shops ask for: "not less than 3 mm" (PRINT-SPECS.md, the sources it names);
# the outside preflight fails less, and so do `check --pdf` and the build's own preflight
MIN_BLEED_MM = 3.0


@dataclass(frozen=True)
class Expect:
    bleed_mm: float = MIN_BLEED_MM
    # why `bleed_mm` is asked, told after a short bleed's failure ("" for the print shops'
    # MIN_BLEED_MM): `check --pdf` of a US paper size asks 1/8 in, and says so
    bleed_why: str = ""
    cmyk: bool = True
    max_tac: float = 300.0
    output_intent: bool = True
    badge: tuple[float, float] | None = None  # face, cut (mm): round art instead of square bleed
    min_ppi: float = 150.0  # images below fail
    good_ppi: float = 300.0  # images below warn
    safe_mm: float = 3.0  # text keeps this far inside the trim (the badge face, for badges)
    # qpdf's check of the whole file (every object and stream decoded, content streams
    # tokenised strictly): for files from elsewhere (`check --pdf`). A build's own files skip
    # it (about 20 ms a page): pikepdf wrote their structure, and their content streams are
    # read by every other check, which also fails an operator PDF does not have.
    structure: bool = True
    # a tagged digital PDF (`check --pdf` of one the kit made: its XMP claims PDF/UA-1):
    # every Figure of its structure tree has alternative text (preflight.tagging)
    tagged: bool = False


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures

    def worst(self, key: str, value: float, pick: Callable[..., float] = max) -> None:
        """Keep `value` as fact `key` when it is worse (by `pick`: max, or min) than the one
        an earlier page gave: the facts are the file's, not its last page's (a gang sheet
        with a cut page was summed up by its cut page: "ink up to 0 %")."""
        known = self.facts.get(key)
        self.facts[key] = value if not isinstance(known, int | float) else pick(known, value)

    def every(self, key: str, values: Iterable[str]) -> None:
        """Fact `key` as the sorted union of every page's `values`."""
        known = self.facts.get(key)
        earlier = set(known) if isinstance(known, list) else set()
        self.facts[key] = sorted(earlier | set(values))
