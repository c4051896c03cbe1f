"""A slot's problems are told where its frame is given: at the design's slot when a size
scales it, at the size's own frame when the size gives it one (`sizes: 32mm: slots: words:
{frame: ...}`), with a hint that says so. `layout.wrap` and `layout.too-small` named the
design's slot (badge-58.yaml:25) for a frame the 32 mm badge gives itself, as the other
checks did before (tests/sizes: an overlap of a size's own frame)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
BADGE = "materials/layouts/badge-58.yaml"
STYLE = "  badge: {weight: bold, size: 14, min_size: 8,"
EMBLEM = "frame: {start: 22.5, top: 13, width: 25, height: 22.5}}"
OWN_EMBLEM = "emblem: {frame: {start: 13.76, top: 5.76,"
WORDS = "frame: {start: 15, top: 36, width: 40, height: 13}}"
OWN_WORDS = "words: {frame: {start: 7.8, top: 15.8, width: 22.8,"
OWN = "  hint: this is badge-32mm's own frame of slot '{slot}' (`sizes: 32mm: slots:`), not "
OWN += "badge-58's scaled (its slot at badge-58.yaml:{line})\n"


def _badge(*changes: tuple[str, str]) -> str:
    text = (ROOT / BADGE).read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _line(text: str, part: str) -> int:
    """The line (from 1) of `text` that holds `part`."""
    return next(n for n, t in enumerate(text.splitlines(), 1) if part in t)


def _check(kit_copy: Callable[..., Path], text: str) -> tuple[Path, str]:
    root = kit_copy(**{BADGE: text})
    code, out = cli(
        "check", "--kit", root, "--only", "badge-58,badge-38mm,badge-32mm", "--lang", "en"
    )
    return root / BADGE, out


def test_art_past_the_face_is_told_at_the_frame_it_has(kit_copy: Callable[..., Path]) -> None:
    """The design's emblem moved up is told at the design's slot for the 38 mm badge, which
    scales it; the 32 mm badge's own emblem frame moved up, at that frame (52:15)."""
    text = _badge(
        (EMBLEM, EMBLEM.replace("top: 13", "top: 2")),
        (OWN_EMBLEM, OWN_EMBLEM.replace("top: 5.76", "top: 1")),
    )
    layout, out = _check(kit_copy, text)
    design, own = _line(text, "name: emblem"), _line(text, "emblem: {frame: {start: 13.76")
    hint = (
        "  hint: move the slot's frame inwards, inside the face (or let it bleed, `bleed: "
        "all`, if it is a ground meant to wrap)\n"
    )
    reach = "its art reaches {mm} mm past the badge's {face} mm face onto the wrap, which "
    reach += "the press folds round the back\n"
    assert (
        f"{layout}:{design}:5: warning[layout.wrap]: badge-38mm slot 'emblem': "
        + reach.format(mm="2.6", face=38)
        + hint
        + f"{layout}:"
    ) in out, out
    assert (
        f"{layout}:{own}:15: warning[layout.wrap]: badge-32mm slot 'emblem': "
        + reach.format(mm="2.2", face=32)
        + hint
        + OWN.format(slot="emblem", line=design)
    ) in out, out
    assert out.count("warning[layout.wrap]") == 3, out  # the 58 mm design's own, besides


def test_a_style_below_the_floor_is_told_at_the_frame_it_has(
    kit_copy: Callable[..., Path],
) -> None:
    """A 9 pt style (4 pt min_size) scales below the badge's 6 pt floor on the 38 mm badge
    (5.9 pt: at the design's slot) and on the 32 mm one (4.97 pt: at its own frame)."""
    text = _badge((STYLE, "  badge: {weight: bold, size: 9, min_size: 4,"))
    layout, out = _check(kit_copy, text)
    design, own = _line(text, "name: words"), _line(text, OWN_WORDS)
    style = _line(text, "  badge: {weight")
    raise_it = f"  hint: raise the style's size (and min_size) at badge-58.yaml:{style} to at "
    raise_it += "least 6 pt\n"
    floor = "  hint: if the material is read at arm's length, lower the floor with "
    floor += "'min_type_pt' in badge-58.yaml\n"
    assert (
        f"{layout}:{design}:5: error[layout.too-small]: badge-38mm slot 'words': style "
        "'badge' sets this text at 5.9 pt, below the badge's type floor of 6 pt\n"
        + raise_it
        + floor
        + "  hint: or change badge-38mm alone"
    ) in out, out
    assert (
        f"{layout}:{own}:14: error[layout.too-small]: badge-32mm slot 'words': style "
        "'badge' sets this text at 4.97 pt, below the badge's type floor of 6 pt\n"
        + raise_it
        + OWN.format(slot="words", line=design)
        + floor
    ) in out, out
    assert out.count("error[layout.too-small]") == 2, out


def test_text_copy_fit_below_the_floor_is_told_at_the_frame_it_has(
    kit_copy: Callable[..., Path],
) -> None:
    """The design's words in a 12 mm frame are copy-fit below the floor on the 58 and 38 mm
    badges (at the design's slot); the 32 mm badge's own 12 mm frame, at that frame."""
    text = _badge(
        (STYLE, "  badge: {weight: bold, size: 14, min_size: 4,"),
        (WORDS, WORDS.replace("width: 40", "width: 12")),
        (OWN_WORDS, OWN_WORDS.replace("width: 22.8", "width: 12")),
    )
    layout, out = _check(kit_copy, text)
    design, own = _line(text, "name: words"), _line(text, "words: {frame: {start: 7.8,")
    style = _line(text, "  badge: {weight")
    raise_it = f"  hint: raise the style's min_size at badge-58.yaml:{style} to 6 pt (copy-fit "
    raise_it += "then takes the short: variant, or reports the overflow)\n"
    for size, at, allows in (("58", design, "4"), ("38mm", design, "2.62")):
        assert (
            f"{layout}:{at}:5: error[layout.too-small]: badge-{size} [en] slot 'words': "
            "copy-fit sets this text at"
        ) in out, out
        assert f"(style 'badge' allows {allows} pt)\n{raise_it}  hint: shorten the text" in out
    assert (
        f"{layout}:{own}:14: error[layout.too-small]: badge-32mm [en] slot 'words': copy-fit "
        "sets this text at 4.93 pt to fit, below the badge's type floor of 6 pt (style "
        "'badge' allows 2.21 pt)\n"
        + raise_it
        + OWN.format(slot="words", line=design)
        + "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot\n"
    ) in out, out
    assert out.count("error[layout.too-small]") == 3, out


def test_a_problem_once_filled_is_told_at_the_frame_it_has(
    kit_copy: Callable[..., Path],
) -> None:
    """`layout.when-filled` put the filled layout's problem back at the design's slot
    (poster-a3.yaml:65:5) when the A4 poster gives its helpline a frame of its own: it is
    told at that frame, as the problem itself was; the design's helpline, at its slot."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    qr = "      qr-label: {frame: {end: 15.556, top: 279.4, width: 35.354, height: 12.5}}\n"
    helpline = "frame: {start: 22, top: 389, width: 88, height: 11.5}}"
    assert poster.count(qr) == 1
    assert poster.count(helpline) == 1
    own = "      helpline: {frame: {start: 15, top: 100, width: 60, height: 8}}\n"
    text = poster.replace(qr, qr + own).replace(helpline, helpline.replace("389", "150"))
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": text})
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a3,poster-a4")
    assert code == 0, out
    layout = root / "materials/layouts/poster-a3.yaml"
    design, line = _line(text, "  - {name: helpline,"), _line(text, own.strip())
    filled = "once an office fills its contacts (helpline '+00 000 000 0000', samples of a "
    filled += "usual length): slot 'helpline' covers slot 'headline' ("
    assert (
        f"{layout}:{design}:5: warning[layout.when-filled]: poster-a3 [en] slot 'helpline': "
        + filled
    ) in out, out
    at = out.index(
        f"{layout}:{line}:17: warning[layout.when-filled]: poster-a4 [en] slot 'helpline': "
        + filled
    )
    assert out[at:].split("\n")[2] == (
        "  hint: this is poster-a4's own frame of slot 'helpline' (`sizes: a4: slots:`), not "
        f"poster-a3's scaled (its slot at poster-a3.yaml:{design})"
    ), out


def test_a_page_a_sizes_own_ground_leaves_bare_is_told_at_that_ground(
    kit_copy: Callable[..., Path],
) -> None:
    """`layout.uncovered` is told at the layout's `trim:` (poster-a3.yaml:7:1: a test of
    tests/layout/test_floor_and_coverage); a size whose own ground frame leaves paper bare
    is told at that frame, the fix's place, not at the design's trim."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    size = "  a1: {trim: [594, 841], title: Poster A1}\n"
    assert poster.count(size) == 1
    own = (
        "  a1: {trim: [594, 841], title: Poster A1, slots: {ground: {frame: {start: 0, top: 0, "
        "width: 400, height: 841}}}}\n"
    )
    text = poster.replace(size, own)
    root = kit_copy(**{"materials/layouts/poster-a3.yaml": text})
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "poster-a1")
    assert code == 1, out
    line, column = _line(text, own.strip()), own.index("{frame: {start: 0") + 1
    assert (
        f"{root / 'materials/layouts/poster-a3.yaml'}:{line}:{column}: error[layout.uncovered]: "
        "poster-a1: the art covers 78.4 % of the page; 21.6 % is bare paper: the gaps lie "
        "within 194 x 841 mm, 0 mm from the top and 400 mm from the start edge\n"
        "  hint: make a filled slot cover the trim, e.g. slot 'ground' with frame {start: 0, "
        "end: 0, top: 0, bottom: 0}, which follows any trim\n"
        "  hint: this is poster-a1's own frame of slot 'ground' (`sizes: a1: slots:`), not "
        f"poster-a3's scaled (its slot at poster-a3.yaml:{_line(text, '{name: ground,')})\n"
        "  hint: if the paper is meant to show, say so with 'ground: paper' in the layout\n"
    ) in out, out
