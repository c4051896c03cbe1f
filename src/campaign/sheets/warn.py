"""A sheet's warnings, as diagnostics (`sheet.stock`, `sheet.gap`, `sheet.scale`): found
before the sheet is imposed, so that `sheet --strict` fails on them (exit code 1) without
writing it, as `build --strict` publishes nothing its warnings fail. They were lines of text
the command printed after writing the sheet, and it exited 0 whatever they said."""

from __future__ import annotations

from collections.abc import Sequence

from ..diagnostics import Diagnostic, DiagnosticsError, Severity, Subject
from .geometry import MIN_GAP_MM, PRESS_STOCK, paper_name, size_text, stock_for


def stock_warning(material: str, media: tuple[float, float], up: int) -> Diagnostic | None:
    """`sheet.stock`: a press sheet (`media`, mm, with its marks) that no common press stock
    holds (geometry.stock_for): 4-up Letter, 456.5 x 587.5 mm."""
    if stock_for(media) is not None:
        return None
    names = " or ".join(paper_name(name) for name in ("sra3", PRESS_STOCK[-1]))
    return _warning(
        "sheet.stock",
        material,
        f"the press sheet is {size_text(media)} mm with its marks, larger than {names}, the "
        "largest sheets most digital presses take",
        "ask the print shop for its press's sheet first, or "
        + (
            "use --up 2"
            if up == 4
            else "send it the single pages (package) to impose on its own sheets"
        ),
    )


def gap_warning(material: str, gap: float | None) -> Diagnostic | None:
    """`sheet.gap`: cut lines closer than MIN_GAP_MM (1/8 in): `--gap` given below it."""
    if gap is None or gap >= MIN_GAP_MM:
        return None
    return _warning(
        "sheet.gap",
        material,
        f"cut lines {gap:g} mm apart: each piece's art reaches only {gap / 2:g} mm past its "
        "cut line (a cut that strays shows the paper), and dies are usually made for at least "
        f"1/8 in ({MIN_GAP_MM:g} mm) between cuts",
        "leave --gap out, unless your print shop asked for this",
    )


def scale_warning(material: str, scale: float, shrunk: Sequence[str]) -> Diagnostic | None:
    """`sheet.scale`: a home sheet whose `scale` prints what `shrunk` says below its minimum
    (sheets.build.shrunk_below)."""
    if not shrunk:
        return None
    return _warning(
        "sheet.scale",
        material,
        f"at {scale * 100:.1f} %, " + "; ".join(shrunk),
        "use --up 1, or a larger --paper, or have it printed at full size (without --home)",
    )


def fail_if_strict(warnings: Sequence[Diagnostic], strict: bool) -> None:
    """Raises the warnings as errors with `strict` (--strict), before the sheet is written."""
    if strict and warnings:
        raise DiagnosticsError([w.as_error() for w in warnings])


def _warning(code: str, material: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(code, message, None, (hint,), Severity.WARNING, Subject(material=material))


__all__ = ["fail_if_strict", "gap_warning", "scale_warning", "stock_warning"]
