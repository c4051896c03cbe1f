"""An office's helpline and web address on the flyers and posters: side by side under the
calls to act where both fit, the helpline above the web address where they do not
(`helpline-stacked` and `web-stacked`, `fallback_for: [helpline, web]` in flyer-a5.yaml,
poster-a3.yaml, event-flyer-a5.yaml and event-poster-a3.yaml, and so in every size of them).
A trial office's helpline of two numbers, "+000 0000 0000 / +000 000 000", failed flyer-a6
in Chinese ("text does not fit slot 'helpline' even at 6 pt: 1 line(s) more than the style
allows"), two numbers of twelve digits flyer-a6 in every language, as `check`'s own samples
of a usual length did (a helpline and a reporting address), and a long reporting address
every flyer and poster in every language; each now prints whole, on a line of its own. Short
contacts, and none, are set as they were."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.fonts import FontBook
from campaign.kit import load_kit
from campaign.layout.document import MM, Document, TextItem
from campaign.model import Kit
from campaign.pipeline.compose import compose_document
from tests.kits import ROOT, build, out_path

TWO_NUMBERS = "+000 0000 0000 / +000 000 000"  # the trial's helpline (placeholder digits)
TWO_LONG = "+000 000 000 000 / +000 000 000 000"  # two numbers of twelve digits
ONE_NUMBER = "+000 0000 0000"
SITE = "https://www.example.org/blue-heart"  # printed without https://
LONG_FORM = "https://www.example.org/eastern-africa/report-a-case-of-trafficking"
LANGS = ("en", "ar", "zh")
# every material that sets the helpline and the web address side by side: the posters, the
# flyers and the event templates, in both paper families
MATERIALS = (
    "poster-a1", "poster-a2", "poster-a3", "poster-a4", "poster-tabloid", "poster-letter",
    "flyer-a4", "flyer-a5", "flyer-a6", "flyer-letter", "flyer-half-letter",
    "event-flyer-a4", "event-flyer-a5", "event-flyer-letter",
    "event-poster-a3", "event-poster-tabloid", "event-poster-letter",
)  # fmt: skip
DESIGNS = ("flyer-a5", "poster-a3", "event-flyer-a5", "event-poster-a3")
# the offices of the kit copies: their contacts (field: value)
OFFICES = {
    "two-numbers": {"helpline": TWO_NUMBERS, "website": SITE},
    "two-long": {"helpline": TWO_LONG, "website": SITE},
    "long-form": {"helpline": TWO_NUMBERS, "report_url": LONG_FORM},
    # `check`'s samples of a usual length (pipeline.checking.SAMPLE_CONTACTS)
    "samples": {
        "helpline": "+00 000 000 0000",
        "report_url": "https://www.example.org/report-trafficking",
        "website": SITE,
    },
    "short": {"helpline": ONE_NUMBER, "website": SITE},
}


def office(fields: dict[str, str]) -> str:
    values = "".join(f'  {name}: "{value}"\n' for name, value in fields.items())
    return (
        "name: Rosea Test Office\nsample: true\nlanguages: [en, ar, zh]\n"
        f"materials: [{', '.join(MATERIALS)}]\nfields:\n{values}"
    )


def offices() -> dict[str, str]:
    return {f"materials/offices/{oid}.yaml": office(f) for oid, f in OFFICES.items()}


def without_fallbacks(text: str) -> str:
    """A layout file's text without its slots that stand in for others (`fallback_for`):
    the layout as it was before the stacked contacts."""
    out: list[str] = []
    slot: list[str] = []
    for line in text.splitlines(keepends=True):
        if not slot and not line.lstrip().startswith("- {name:"):
            out.append(line)
            continue
        slot.append(line)
        if "".join(slot).count("{") == "".join(slot).count("}"):
            if "fallback_for" not in "".join(slot):
                out += slot
            slot = []
    return "".join(out)


@pytest.fixture(scope="module")
def kits(module_kit_copy: Callable[..., Path]) -> dict[str, tuple[Path, Kit]]:
    """The kit copy with the offices of OFFICES (`now`), and the same with the layouts'
    fallback slots taken out (`before`)."""
    layouts = {
        f"materials/layouts/{d}.yaml": (ROOT / "materials/layouts" / f"{d}.yaml").read_text(
            encoding="utf-8"
        )
        for d in DESIGNS
    }
    older = {rel: without_fallbacks(text) for rel, text in layouts.items()}
    now = module_kit_copy(**offices())
    before = module_kit_copy(**offices(), **older)
    return {"now": (now, load_kit(now)), "before": (before, load_kit(before))}


Block = tuple[float, float, float, float]  # left, top, right, bottom, mm from the trim's corner


@dataclasses.dataclass(frozen=True)
class Contact:
    slot: str
    lines: tuple[str, ...]
    size: float  # pt
    block: Block  # its lines: their start and end, the top of the first, the foot of the last
    frame: Block


def compose(kit: Kit, fonts: FontBook, material: str, lang: str, oid: str | None) -> Document:
    """The document of `material` in `lang` for office `oid`, composed without an error."""
    laid = compose_document(
        kit, fonts, kit.layouts[material], kit.languages[lang], kit.offices[oid] if oid else None
    )
    errors = [(d.code, d.message) for d in laid.diagnostics if d.severity.name == "ERROR"]
    assert not errors, (material, lang, errors)
    return laid.composed.page


def contacts(doc: Document) -> dict[str, Contact]:
    """The helpline's and the web address's texts on the first page, by slot."""
    out = {}
    for item in doc.pages[0].items:
        if not isinstance(item, TextItem) or item.slot.split("-")[0] not in ("helpline", "web"):
            continue
        b, top = item.box, item.box.y + item.top
        lefts = [b.x + ln.x for ln in item.text.lines]
        rights = [b.x + ln.x + ln.width for ln in item.text.lines]
        out[item.slot] = Contact(
            item.slot,
            tuple(ln.actual_text() for ln in item.text.lines),
            item.text.size,
            mm((min(lefts), top, max(rights), top + item.text.height)),
            mm((b.x, b.y, b.x + b.w, b.y + b.h)),
        )
    return out


def mm(box: tuple[float, float, float, float]) -> Block:
    left, top, right, bottom = (v / MM for v in box)
    return (round(left, 2), round(top, 2), round(right, 2), round(bottom, 2))


def safe_area(doc: Document) -> Block:
    safe, (width, height) = doc.safe, doc.trim
    return mm((safe, safe, width - safe, height - safe))


def inside(block: Block, area: Block) -> bool:
    return (
        block[0] >= area[0] and block[1] >= area[1] and block[2] <= area[2] and block[3] <= area[3]
    )


def apart(a: Block, b: Block) -> bool:
    """Whether two blocks share no area (they may touch)."""
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


# (office, the documents where its helpline and web address stack; side by side elsewhere)
STACKED = {
    "two-numbers": {("flyer-a6", "zh")},
    "two-long": {("flyer-a6", lang) for lang in LANGS},
    "samples": {("flyer-a6", lang) for lang in LANGS},
    "long-form": {(m, lang) for m in MATERIALS for lang in LANGS},
}
PRINTED = {
    "two-numbers": (TWO_NUMBERS, "www.example.org/blue-heart"),
    "two-long": (TWO_LONG, "www.example.org/blue-heart"),
    "samples": ("+00 000 000 0000", "www.example.org/report-trafficking"),
    "long-form": (TWO_NUMBERS, "www.example.org/eastern-africa/report-a-case-of-trafficking"),
}


@pytest.mark.parametrize("oid", sorted(STACKED))
@pytest.mark.parametrize("material", MATERIALS)
def test_a_long_helpline_or_address_is_stacked_under_the_calls_each_whole(
    kits: dict[str, tuple[Path, Kit]], fonts: FontBook, material: str, oid: str
) -> None:
    """Each document composes without an error (no overflow, overlap or text outside the
    safe area); the helpline and the web address each print whole on a line of their own
    inside the safe area, and, where they do not both fit side by side, the helpline's line
    above the web address's, both from the row's start edge (the right one in Arabic) at one
    size."""
    kit = kits["now"][1]
    phone, web = PRINTED[oid]
    for lang in LANGS:
        doc = compose(kit, fonts, material, lang, oid)
        got = contacts(doc)
        area = safe_area(doc)
        if (material, lang) in STACKED[oid]:
            assert sorted(got) == ["helpline-stacked", "web-stacked"], (material, lang)
            helpline, address = got["helpline-stacked"], got["web-stacked"]
            assert helpline.block[3] <= address.block[1], (material, lang, helpline, address)
            assert helpline.size == address.size
            edge = 2 if lang == "ar" else 0  # the row's start: its right edge in Arabic
            assert helpline.block[edge] == address.block[edge] == helpline.frame[edge]
        else:
            assert sorted(got) == ["helpline", "web"], (material, lang)
            helpline, address = got["helpline"], got["web"]
            first, second = (address, helpline) if lang == "ar" else (helpline, address)
            assert first.block[2] < second.block[0], (material, lang, helpline, address)
        assert (helpline.lines, address.lines) == ((phone,), (web,)), (material, lang)
        assert apart(helpline.block, address.block)
        for text in (helpline, address):
            assert inside(text.block, area), (material, lang, text, area)
            assert inside(text.frame, area), (material, lang, text, area)


@pytest.mark.parametrize("oid", [None, "short"])
def test_short_contacts_and_none_are_set_as_before(
    kits: dict[str, tuple[Path, Kit]], fonts: FontBook, oid: str | None
) -> None:
    """The campaign's kit (no contacts) and an office with one number and a short address:
    every flyer and poster in en, ar and zh composes item for item as the layouts without
    their fallback slots (the layouts before the stacked contacts)."""
    now, before = kits["now"][1], kits["before"][1]
    for material in MATERIALS:
        for lang in LANGS:
            doc = compose(now, fonts, material, lang, oid)
            assert plain(doc, kits["now"][0]) == plain(
                compose(before, fonts, material, lang, oid), kits["before"][0]
            ), (material, lang)
            if oid:
                assert sorted(contacts(doc)) == ["helpline", "web"], (material, lang)


def plain(doc: Document, root: Path) -> Document:
    """`doc` with the kit's files named from the kit's folder (its art, of two kit copies)."""
    pages = tuple(
        dataclasses.replace(
            page,
            items=tuple(
                dataclasses.replace(
                    item,
                    **{
                        f.name: getattr(item, f.name).relative_to(root)
                        for f in dataclasses.fields(item)
                        if isinstance(getattr(item, f.name), Path)
                    },
                )
                for item in page.items
            ),
        )
        for page in doc.pages
    )
    return dataclasses.replace(doc, pages=pages)


@pytest.mark.parametrize(
    ("material", "helpline", "web"),
    [
        # mm: (start, top, end, foot) of each frame, on the left-to-right page; 8 and 15 pt
        ("flyer-a5", (11.0, 193.5, 55.0, 199.5), (57.0, 193.5, 103.0, 199.5)),
        ("poster-a3", (22.0, 389.0, 110.0, 400.5), (114.0, 389.0, 207.0, 400.5)),
    ],
)
def test_a_short_helpline_and_address_keep_their_places_side_by_side(
    kits: dict[str, tuple[Path, Kit]],
    fonts: FontBook,
    material: str,
    helpline: Block,
    web: Block,
) -> None:
    got = contacts(compose(kits["now"][1], fonts, material, "en", "short"))
    assert (got["helpline"].frame, got["web"].frame) == (helpline, web)
    assert got["helpline"].size == got["web"].size == (8.0 if material == "flyer-a5" else 15.0)
    assert got["helpline"].lines == (ONE_NUMBER,)


def test_every_flyer_and_poster_of_an_office_with_two_numbers_is_built(
    kits: dict[str, tuple[Path, Kit]], tmp_path: Path
) -> None:
    """The build of each design and of flyer-a6 (the trial's failure) in en, ar and zh, for
    the office whose long address stacks its contacts everywhere but the largest posters,
    and for the one whose two numbers stack them on flyer-a6."""
    root = kits["now"][0]
    only = ("flyer-a5", "flyer-a6", "poster-a3", "event-flyer-a5", "event-poster-a3")
    for oid in ("long-form", "two-long"):
        # the print PDFs are what is read: no previews are drawn
        out = build(
            root, tmp_path / oid, "--office", oid, "--lang", ",".join(LANGS),
            "--only", ",".join(only), "--no-digital", "--no-png",
        )  # fmt: skip
        for material in only:
            for lang in LANGS:
                assert (out / out_path(material, lang, "print", oid)).is_file()
