"""Diagnostics of many documents told once: the same problem of a material's slot in every
language (an overlap, text below the type floor, a frame in the margin), a character no
font has in every text of a language, a pair of colours that prints below WCAG AA on a press
condition, are one diagnostic each, naming the languages, documents and sizes they stand
for (`per_cause`, which `compose.compose_all` and the build's report apply). Split from
pipeline/compose.py, which lays the documents out and finds the problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..colours import AA_LARGE, LARGE_BOLD_PT, LARGE_PT, PrintContrast
from ..diagnostics import Diagnostic, Mark, Subject, listed
from ..text.paragraph import describe_char
from ..text.scripts import char_script


def print_message(one: PrintContrast, texts: Sequence[PrintContrast]) -> str:
    """colour.contrast-print's message for the pair of `one`, the sizes of `texts` (every
    slot and document it stands for, print_per_pair) told by what WCAG AA asks for them:
    "below the 4.5:1 WCAG AA asks for 7.5 to 10.5 pt text"."""
    sizes: dict[float, list[float]] = {}
    for text in sorted(texts, key=lambda t: -t.need):
        sizes.setdefault(text.need, []).append(text.size)
    asks: list[str] = []
    for need, pts in sizes.items():
        low, high = f"{min(pts):.1f}", f"{max(pts):.1f}"
        at = f"{low} pt" if low == high else f"{low} to {high} pt"
        asks.append(f"the {need:g}:1 {'it' if asks else 'WCAG AA'} asks for {at} text")
    return (
        f"{one.colour} text on {one.ground} prints at {one.printed:.2f}:1 on {one.press.name} "
        f"({one.press.paper} paper), below {' and '.join(asks)}; {one.screen:.2f}:1 from the "
        "colours' rgb, which the digital PDF and PNGs show (colour.contrast passes)"
    )


def print_hints(one: PrintContrast, texts: Sequence[PrintContrast]) -> tuple[str, ...]:
    """The fix of colour.contrast-print: the campaign's colours, each of one `cmyk` for every
    press condition (model.Colour), which no office can change; or large text, where the
    printed ratio makes WCAG AA's 3:1 (`texts`: those the warning stands for). On the
    campaign's own press condition, whose print values the `rgb` are meant to show, first a
    `cmyk` that is not its `rgb`'s colour (a navy rgb over a pale cyan cmyk)."""
    mismatch = (
        f"the colours' `rgb` are meant as their `cmyk` prints on {one.press.name}, the "
        "campaign's press: where colour.mismatch warns of either colour, correct it first",
    )
    hint = (
        "each campaign colour has one `cmyk` for every press condition, and an office cannot "
        f"change it: the campaign needs a stronger pair for {one.press.name} "
        f"({one.press.paper} paper), "
        + (
            "a darker ground or a lighter text colour"
            if one.lighter
            else "a lighter ground or a darker text colour"
        )
        + " (campaign.yaml `colours:`, its `cmyk` and its `rgb` alike)"
    )
    if one.printed >= AA_LARGE - 0.005 and any(t.need > AA_LARGE for t in texts):
        hint += (
            f", or the text set at {LARGE_PT:g} pt ({LARGE_BOLD_PT:g} pt bold) or larger, "
            f"where {AA_LARGE:g}:1 is enough"
        )
    return (*(mismatch if one.press.campaign else ()), hint)


Key = tuple[object, ...]


def grouped(
    items: list[Diagnostic],
    key_of: Callable[[Diagnostic], Key | None],
    merge: Callable[[Key, list[Diagnostic]], Diagnostic],
) -> list[Diagnostic]:
    """`items` with the diagnostics of one key (`key_of`; None: left as it is) as one,
    `merge(key, same)`, at the first one's place; the others keep their order."""
    out: list[Diagnostic] = []
    groups: dict[Key, list[Diagnostic]] = {}
    place: dict[Key, int] = {}
    for d in items:
        key = key_of(d)
        if key is None:
            out.append(d)
            continue
        if key not in groups:
            groups[key], place[key] = [], len(out)
            out.append(d)  # placeholder, replaced below
        groups[key].append(d)
    for key, same in groups.items():
        out[place[key]] = merge(key, same)
    return out


def overlap_per_pair(items: list[Diagnostic]) -> list[Diagnostic]:
    """Two slots that overlap in several languages (the ink of each language's text differs)
    are one error per material and pair of slots, naming the languages and the largest
    overlap: `check` of a layout with one misplaced frame gave 26 errors that said the same
    thing (the first language's place and hints are kept). From each error's facts
    (`_overlap_facts`)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "layout.overlap" or not d.facts or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.slot, d.mark, d.fact("head"))

    def area(d: Diagnostic) -> float:
        return float(d.fact("w_mm")) * float(d.fact("h_mm"))  # type: ignore[arg-type]

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        if len(same) == 1:
            return first
        largest = max(same, key=area)
        langs = ", ".join(str(d.subject.language) for d in same)
        return replace(
            first,
            message=f"{first.fact('head')} in {len(same)} languages ({langs}); the most in "
            f"{largest.subject.language}: {largest.fact('w_mm'):.1f} x "
            f"{largest.fact('h_mm'):.1f} mm",
            subject=replace(first.subject, language=None),
        )

    return grouped(items, key_of, merge)


def small_per_slot(items: list[Diagnostic]) -> list[Diagnostic]:
    """Text that copy-fit shrank below the type floor in several languages is one error per
    material and slot, listing each language's size: the cause is the style's min_size below
    the floor, and the fix is one (the first language's place and hints are kept). From each
    error's facts (`_type_floor`: the size, and the message's words before and after it)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "layout.too-small" or not d.facts or d.subject.language is None:
            return None
        return (d.subject.material, d.subject.slot, d.fact("head"), d.fact("tail"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]
        material, slot, head, tail = key
        sizes = ", ".join(f"{d.subject.language} {d.fact('pt'):g} pt" for d in same)
        return replace(
            same[0],
            message=f"{head} smaller to fit in {len(same)} languages ({sizes}), {tail}",
            subject=Subject(material=str(material), slot=str(slot)),
        )

    return grouped(items, key_of, merge)


def per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """Every merge of diagnostics that say the same thing of several languages or materials
    (below)."""
    merged = overflow_per_text(
        overflow_per_frame(
            overlap_per_pair(
                small_per_slot(
                    empty_field_per_string(fault_per_string(han_per_language(one_per_cause(items))))
                )
            )
        )
    )
    return ppi_per_image(
        short_per_cause(qr_label_per_size(print_per_pair(place_per_slot(logo_per_ground(merged)))))
    )


PPI_CODES = ("image.low-ppi", "image.ppi-warning")
_PX = re.compile(r"\d+ px wide( for [\d.]+ ppi)?")


def ppi_per_image(items: list[Diagnostic]) -> list[Diagnostic]:
    """An image that prints below its size's floor (`image.low-ppi`: 150 ppi, or the size's
    `min_ppi:`) or below the resolution it recommends (`image.ppi-warning`: 300 ppi, or its
    `good_ppi:`) on several sizes is one error, and one warning, per image file and place (an
    office's logo at its line), listing the sizes with the ppi each prints it at, lowest
    first (and each size's floor, where they differ); their hints name the pixels that print
    the file at the recommended resolution on every size of either list (the size that needs
    the most named): a 160 px partner logo was ten diagnostics, each with another pixel count
    (377, 533, 603 px...), and none said the 603 px it needs. An image enlarged past its
    pixels in several screen images (`_screen`) is one warning likewise. From each
    diagnostic's facts (layout.items.image.compose_image)."""

    def place(d: Diagnostic) -> Key:
        sub = d.subject
        return (sub.office, sub.record, d.mark, d.fact("file"), "screen" in dict(d.facts))

    most: dict[Key, Diagnostic] = {}  # the diagnostic of each image that needs most pixels
    goods: dict[Key, set[object]] = {}  # the ppi recommended on the sizes of each image
    for d in items:
        if d.code in PPI_CODES and d.facts:
            goods.setdefault(place(d), set()).add(dict(d.facts).get("good"))
            found = most.get(place(d))
            if found is None or _int(d, "px") > _int(found, "px"):
                most[place(d)] = d

    def key_of(d: Diagnostic) -> Key | None:
        return (d.code, *place(d)) if d.code in PPI_CODES and d.facts else None

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]
        first, top = same[0], most[key[1:]]
        ranked = sorted(same, key=lambda d: _int(d, "ppi"))
        slots = {d.subject.slot for d in same}
        subject = replace(
            first.subject, material=None, slot=first.subject.slot if len(slots) == 1 else None
        )
        if key[-1]:
            return _screen(first, top, ranked, subject)
        # each size's floor (`bar`: 150 ppi, a banner's own 100) where they differ
        bars = {d.fact("bar") for d in same}
        shown = [f"{d.subject.material} at {d.fact('ppi')} ppi" for d in ranked]
        if len(bars) == 1:
            floor = first.fact("floor")
        else:
            shown = [f"{s} (of {d.fact('bar'):g})" for s, d in zip(shown, ranked, strict=True)]
            low = first.code == PPI_CODES[0]
            floor = "below the ppi it needs at least" if low else "below the ppi recommended"
        sizes = listed(shown)
        most_at = f"; {top.subject.material} needs the most"
        px, good = top.fact("px"), top.fact("good")
        if len(goods[key[1:]]) == 1:
            need = f"{px} px wide for {good:g} ppi on every size{most_at}"
        else:  # sizes that recommend other resolutions (a banner's `good_ppi:`)
            need = f"{px} px wide for each size's recommended ppi{most_at}, for its {good:g}"
        return replace(
            first,
            message=f"image '{first.fact('file')}' prints {floor} on {len(same)} sizes: {sizes}",
            hints=tuple(_PX.sub(need, h, count=1) for h in first.hints),
            subject=subject,
        )

    return grouped(items, key_of, merge)


def _screen(
    first: Diagnostic, top: Diagnostic, ranked: list[Diagnostic], subject: Subject
) -> Diagnostic:
    """One warning for an image enlarged past its pixels in several screen images (`ranked`:
    their warnings, lowest ppi first; `top`: the one that needs the most pixels): a 104 px
    logo was a warning for each social image it shows in, each with its own pixel count."""
    shown = listed([f"{d.subject.material} at {d.fact('ppi')} ppi" for d in ranked])
    screen = first.fact("screen")
    need = f"{top.fact('px')} px wide for every screen image; {top.subject.material} needs the most"
    return replace(
        first,
        message=f"image '{first.fact('file')}' is shown enlarged past its pixels in "
        f"{len(ranked)} screen images of {screen:.1f} ppi: {shown}; it looks soft",
        hints=tuple(_PX.sub(need, h, count=1) for h in first.hints),
        subject=subject,
    )


def _int(d: Diagnostic, name: str) -> int:
    value = d.fact(name)
    assert isinstance(value, int)
    return value


def short_per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """Texts set in their short variants for one cause (`text.short-variant`: a frame too
    small for the full texts, or another text of the slot that takes their room, at its
    place: layout.items.text.report_short) are one note per cause, naming the languages and
    the materials (sizes) it stands for; of a frame, the language and size that lacks the
    most is told (a language that lacks less, or a line over the style's max_lines, is the
    same cause): a headline frame made smaller gave one note per language and size."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.short-variant" or not d.facts:
            return None
        sub = d.subject
        return (sub.office, sub.record, sub.slot, sub.key, d.mark, d.fact("cause"))

    def lack(d: Diagnostic) -> float:
        return float(d.fact("lack"))  # type: ignore[arg-type]

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]
        shown = max(same, key=lack)
        langs = list(dict.fromkeys(str(d.subject.language) for d in same))
        materials = list(dict.fromkeys(str(d.subject.material) for d in same))
        where = []
        if len(materials) > 1:
            where.append(f"in {listed(materials)}")
        if len(langs) > 1:
            where.append(f"in {len(langs)} languages: {', '.join(langs)}")
        if len({d.message for d in same}) > 1:
            worst = (
                str(shown.subject.language)
                if len(materials) == 1
                else (f"{shown.subject.material} [{shown.subject.language}]")
            )
            where.append(f"the most in {worst}")
        return replace(
            shown,
            message=f"{shown.message} ({'; '.join(where)})",
            subject=replace(
                shown.subject,
                language=langs[0] if len(langs) == 1 else None,
                material=materials[0] if len(materials) == 1 else None,
            ),
        )

    return grouped(items, key_of, merge)


PER_SLOT = ("layout.safe-area", "colour.contrast", "layout.bleed")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def place_per_slot(items: list[Diagnostic]) -> list[Diagnostic]:
    """A slot's frame in the safe margin, or its text's colour on its ground, is one error
    per material and slot however many languages show it, naming the languages and saying
    the worst of them (the largest first number: "text comes 3.1 mm into the 4 mm safe
    margin"): a frame moved below the trim was 26 errors, one per language (a designer's
    trial)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code not in PER_SLOT or d.subject.language is None:
            return None
        sub = d.subject
        shape = _NUMBER.sub("#", d.message)
        return (d.code, sub.office, sub.material, sub.record, sub.slot, d.mark, shape)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]

        def first_number(d: Diagnostic) -> float:
            found = _NUMBER.search(d.message)
            return float(found[0]) if found else 0.0

        varies = len({d.message for d in same}) > 1
        return in_languages(max(same, key=first_number), same, "; the worst of them" * varies)

    return grouped(items, key_of, merge)


def in_languages(shown: Diagnostic, same: list[Diagnostic], note: str = "") -> Diagnostic:
    """`shown` for all of `same` (one diagnostic per language), naming their languages
    after its message ("(in 2 languages: en, ar)", then `note`), of no language itself."""
    langs = ", ".join(str(d.subject.language) for d in same)
    return replace(
        shown,
        message=f"{shown.message} (in {len(same)} languages: {langs}{note})",
        subject=replace(shown.subject, language=None),
    )


def logo_per_ground(items: list[Diagnostic]) -> list[Diagnostic]:
    """A logo that hardly shows on one ground (`image.logo-contrast`) is one warning per
    logo and ground, naming the other materials it is on: an office's blue-on-blue logo was
    sixteen warnings, one per material (nine errors with --strict)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "image.logo-contrast":
            return None
        return (d.subject.office, d.mark, d.fact("ground"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        others = sorted({str(d.subject.material) for d in same} - {str(first.subject.material)})
        if not others:
            return first
        shown = ", ".join(others[:5]) + (" and more" if len(others) > 5 else "")
        return replace(
            first, message=f"{first.message} (so in {len(others)} other material(s): {shown})"
        )

    return grouped(items, key_of, merge)


def print_per_pair(items: list[Diagnostic]) -> list[Diagnostic]:
    """Text that passes on its colours' rgb and not as printed (`colour.contrast-print`) is
    one warning per pair of colours and press condition, naming the slots with their
    materials, the languages and the offices: the cause is the pair's CMYK on that paper,
    the same on every page that sets it, and a 26-language build of an office on uncoated
    paper told the accent on the blue in four slots of four flyers in each language."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "colour.contrast-print" or not d.facts:
            return None
        one = _print_fact(d)
        return (
            d.mark,
            one.colour,
            one.ground,
            one.press,
            f"{one.printed:.2f}",
            f"{one.screen:.2f}",
        )

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        if len(same) == 1:
            return first
        texts = [_print_fact(d) for d in same]
        where: dict[str, dict[str, None]] = {}  # slot -> its materials, in order
        for d in same:
            where.setdefault(str(d.subject.slot), {})[str(d.subject.material)] = None
        subjects = [d.subject for d in same]

        def one(field: str) -> str | None:  # the subject's field where all share it
            values = {getattr(s, field) for s in subjects}
            return values.pop() if len(values) == 1 else None

        material = one("material")  # one: in the subject, not after each slot
        named = [
            f"'{slot}'" + (f" ({', '.join(m)})" * (material is None)) for slot, m in where.items()
        ]
        slots = "slot " if len(named) == 1 else "slots "
        message = f"{print_message(texts[0], texts)}; in {slots}{listed(named)}"
        langs = list(dict.fromkeys(str(s.language) for s in subjects))
        if len(langs) > 1:
            message += f", in {len(langs)} languages ({', '.join(langs)})"
        offices = sorted({s.office for s in subjects if s.office})
        if len(offices) > 1:
            message += f", for offices {listed(offices)}"
        return replace(
            first,
            message=message,
            hints=print_hints(texts[0], texts),
            subject=Subject(
                office=one("office"),
                material=material,
                language=one("language"),
                record=one("record"),
            ),
        )

    return grouped(items, key_of, merge)


def qr_label_per_size(items: list[Diagnostic]) -> list[Diagnostic]:
    """A QR code's label not next to its code (`layout.qr-label`) is one warning per size
    and label, naming the languages whose pages show it so ("; on its pages in fr and ar"):
    the warning said no language, and a build of some languages did not tell which pages
    to look at (the first language's message, place and hints are kept; the others' are
    the same in the layout's terms, right-to-left pages mirrored back)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "layout.qr-label" or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.slot, d.mark)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        langs = list(dict.fromkeys(str(d.subject.language) for d in same))
        return replace(
            same[0],
            message=f"{same[0].message}; on its pages in {listed(langs)}",
            subject=replace(same[0].subject, language=None),
        )

    return grouped(items, key_of, merge)


def _print_fact(d: Diagnostic) -> PrintContrast:
    one = d.fact("contrast")
    assert isinstance(one, PrintContrast)
    return one


def overflow_per_text(items: list[Diagnostic]) -> list[Diagnostic]:
    """One text that overflows its slot in several languages (an office's field, the same in
    every language it prints, at one place of its file) is one error per material and slot,
    naming the languages: a long `report_url` was four errors for each material. Texts of
    their own in each language (strings, a field given per language) have their own places
    and stay apart. A text left out (`text.omitted`: a merged event's link too long for the
    line under its QR code) likewise: it was one warning per language of the row."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code not in ("text.overflow", "text.omitted") or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.key, d.mark, d.message)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        return same[0] if len(same) == 1 else in_languages(same[0], same)

    return grouped(items, key_of, merge)


def overflow_per_frame(items: list[Diagnostic]) -> list[Diagnostic]:
    """Translators' texts that do not fit one frame in several languages (`text.overflow`,
    each at its line of its own strings file) are one error per material and slot, at the
    frame (a size's own, or the layout's `frame:`): it is too small for the text, the
    designer's to enlarge; the error names the languages and the most any of them misses it
    by. A poster's figure frame narrowed from 139 to 90 mm was nine errors, one at each
    strings file, the layout's line in their hints alone (a designer's trial). A text too
    long in one language alone, or in languages that print one line of one file (a regional
    language's fallback: overflow_per_text), stays at that line: a translation to shorten.
    From each error's facts (compose._overflow_facts)."""

    def place(d: Diagnostic) -> Key | None:
        if d.code != "text.overflow" or not d.facts or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.key, d.fact("slot"), d.fact("frame"))

    lines: dict[Key, set[object]] = {}  # the strings lines each frame's texts are at
    for d in items:
        key = place(d)
        if key is not None:
            lines.setdefault(key, set()).add(d.mark)

    def key_of(d: Diagnostic) -> Key | None:
        key = place(d)
        return key if key is not None and len(lines[key]) > 1 else None

    def over(d: Diagnostic) -> tuple[float, ...]:
        missed = d.fact("over")
        assert isinstance(missed, tuple)
        return tuple(float(v) for v in missed)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        worst = max(same, key=over)
        langs = list(dict.fromkeys(str(d.subject.language) for d in same))
        short = " (with its short variant)" if worst.fact("short") else ""
        frame = worst.fact("frame")
        assert isinstance(frame, Mark)
        places = list(dict.fromkeys(f"{d.mark.path.name}:{d.mark.line}" for d in same if d.mark))
        shown = ", ".join(places[:6]) + (f" and {len(places) - 6} more" if len(places) > 6 else "")
        return replace(
            worst,
            message=f"{worst.fact('head')} in {len(langs)} languages ({', '.join(langs)}); "
            f"the most in {worst.subject.language}{short}: {worst.fact('missed')}",
            mark=frame,
            hints=(
                f"the frame is too small for the text in {len(langs)} languages: enlarge it or "
                f"lower the style's min_size (or shorten the texts, at {shown})",
                *worst.hints[1:],
            ),
            subject=replace(worst.subject, language=None),
        )

    return grouped(items, key_of, merge)


def one_per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """Characters no font has are one error per language and script (a missing Korean font
    is one error, not one per syllable), listing the characters and every string and material
    that needs them (an office's documents by office: `needed_by`), not one per string and
    material. Errors merged so already (their facts `uses` and `chars`) merge again: the
    campaign's check and its offices' (`strings import`) were two errors of one character,
    neither naming the office."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.no-glyph":
            return None
        had = dict(d.facts).get("chars")  # a merged one's message begins "2 characters"
        return (d.subject.language, char_script(had[0] if isinstance(had, tuple) else _char(d)))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        language, script = key
        uses: list[tuple[str, str | None, str]] = []  # (string, office, material)
        chars: list[str] = []
        for d in same:
            facts = dict(d.facts)
            sub = d.subject
            told, had = facts.get("uses"), facts.get("chars")
            found = (
                told
                if isinstance(told, tuple)
                else ((sub.key or "?", sub.office, sub.material or "?"),)
            )
            uses += [u for u in found if u not in uses]
            chars += [c for c in (had if isinstance(had, tuple) else (_char(d),)) if c not in chars]
        missing = _missing(chars, script if isinstance(script, str) else None)
        code = language if isinstance(language, str) else None
        return replace(
            same[0],
            message=f"{missing}; needed by string(s) {needed_by(uses)}",
            subject=Subject(language=code, key=", ".join(dict.fromkeys(u[0] for u in uses))),
            facts=(("uses", tuple(uses)), ("chars", tuple(chars))),
        )

    return grouped(items, key_of, merge)


def needed_by(uses: Sequence[tuple[str, str | None, str]]) -> str:
    """Where the strings of `uses` (string, office or None, material) are set, a string at a
    time: the campaign's materials, then each office's, offices of the same materials
    together: "'badge' (badge-58, sticker-50; office new-york: badge-1-25in, badge-58)"."""
    by_key: dict[str, dict[str | None, set[str]]] = {}
    for key, office, material in uses:
        by_key.setdefault(key, {}).setdefault(office, set()).add(material)
    out = []
    for key, where in by_key.items():
        parts = [", ".join(sorted(where.pop(None)))] if None in where else []
        same: dict[tuple[str, ...], list[str]] = {}
        for office, materials in sorted(where.items(), key=lambda o: str(o[0])):
            same.setdefault(tuple(sorted(materials)), []).append(str(office))
        parts += [
            f"office{'s' * (len(offices) > 1)} {', '.join(offices)}: {', '.join(materials)}"
            for materials, offices in same.items()
        ]
        out.append(f"'{key}' ({'; '.join(parts)})")
    return "; ".join(out)


def han_per_language(items: list[Diagnostic]) -> list[Diagnostic]:
    """Han characters the page language's font lacks, set from another language's font
    (`text.han-fallback`), are one warning per language and pair of fonts, listing the
    characters and every string and material that has them, as `one_per_cause` does for
    characters no font has."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.han-fallback" or not d.facts:
            return None
        return (d.subject.language, d.subject.office, d.fact("own"), d.fact("used"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        language, office, own, used = key
        uses: dict[str, list[str]] = {}
        chars: list[str] = []
        for d in same:
            uses.setdefault(d.subject.key or "?", []).append(d.subject.material or "?")
            char = str(d.fact("char"))
            if char not in chars:
                chars.append(char)
        where = "; ".join(f"'{k}' ({', '.join(sorted(set(m)))})" for k, m in uses.items())
        what = (
            f"{describe_char(chars[0])} is"
            if len(chars) == 1
            else f"{len(chars)} Han characters are"
        )
        listed = "" if len(chars) == 1 else ": " + _listed(chars)
        return replace(
            same[0],
            message=f"{what} not in {own}, the font of {language}, and set from {used}, in "
            f"its forms{listed}; in string(s) {where}",
            subject=Subject(
                office=office if isinstance(office, str) else None,
                language=str(language),
                key=", ".join(uses),
            ),
        )

    return grouped(items, key_of, merge)


TEXT_FAULTS = ("text.broken-cluster", "text.repeated-mark", "text.zawgyi")


def fault_per_string(items: list[Diagnostic]) -> list[Diagnostic]:
    """Text its font cannot set as written (layout.items.text.report_text_faults) is one
    diagnostic per string and fault, naming the materials that set it and, in a merge, the
    events whose documents show it: not one per material, size, office and record (a broken
    campaign string was one error per event of a merge). A fault in a row's own cell has its
    cell's place, and stays the row's."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code not in TEXT_FAULTS:
            return None
        return (d.code, d.subject.language, d.mark, d.message)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        materials = sorted({str(d.subject.material) for d in same})
        shown = ", ".join(materials[:6]) + (" and more" if len(materials) > 6 else "")
        records = list(dict.fromkeys(d.subject.record for d in same if d.subject.record))
        if len(records) > 1:
            named = ", ".join(records[:3]) + (
                f" and {len(records) - 3} more" if len(records) > 3 else ""
            )
            shown += f"; {len(records)} events: {named}"
        return replace(
            first,
            message=f"{first.message} (in {shown})",
            subject=replace(
                first.subject,
                material=None,
                office=None,
                record=first.subject.record if len(records) <= 1 else None,
            ),
        )

    return grouped(items, key_of, merge)


def empty_field_per_string(items: list[Diagnostic]) -> list[Diagnostic]:
    """A string that names a field empty in the document (`text.empty-field`) is one warning
    per line of its strings file and field, naming the materials that show it and, where
    several languages show that line (their fallback to the source's text), the languages:
    not one per material, size and language."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.empty-field" or not d.facts:
            return None
        sub = d.subject
        return (sub.office, sub.record, sub.key, d.mark, d.fact("field"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        materials = sorted({str(d.subject.material) for d in same})
        langs = list(dict.fromkeys(str(d.subject.language) for d in same))
        shown = ", ".join(materials[:6]) + (" and more" if len(materials) > 6 else "")
        message = f"{first.message} (in {shown})"
        if len(langs) == 1:
            return replace(first, message=message, subject=replace(first.subject, material=None))
        return replace(
            first,
            message=f"{message} (in {len(langs)} languages: {', '.join(langs)})",
            subject=replace(first.subject, material=None, language=None),
        )

    return grouped(items, key_of, merge)


def _listed(chars: list[str]) -> str:
    """The first characters described, the others as themselves, as `_missing` lists them."""
    rest = "".join(f", '{c}'" for c in chars[1:SHOWN])
    more = f" and {len(chars) - SHOWN} more" if len(chars) > SHOWN else ""
    return f"{describe_char(chars[0])}{rest}{more}"


def _char(d: Diagnostic) -> str:
    """The character of a text.no-glyph message, which starts with describe_char: 'X' (U+..."""
    return d.message[1]


SHOWN = 12  # characters listed by a merged no-glyph error


def _missing(chars: list[str], script: str | None) -> str:
    if len(chars) == 1:
        return f"{describe_char(chars[0])} has no glyph in any font"
    of = f" of script {script}" if script else ""
    return f"{len(chars)} characters{of} have no glyph in any font: {_listed(chars)}"
