"""An office's helpline and handle on every social image, side by side where they fit, stacked
where they do not (social-1200x630's `contacts-stacked`, `fallback_for`). A trial office's
helpline with an extension, "+000 0000 0000 ext. 4512", failed the 1200 x 630 image:
"text does not fit slot 'helpline' even at 14 pt: 1.9 mm (1 line(s)) too tall", its slot
51 mm, half the column, beside the handle's; a 30-character handle (Instagram allows 30
after the @) failed it too, 34.1 mm too wide. Both now print, in left-to-right and
right-to-left languages (the order of the two mirrored), and short ones where they stood."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from campaign.fonts import FontBook
from campaign.kit import load_kit
from campaign.layout.document import MM, TextItem
from campaign.model import Kit
from campaign.pipeline.compose import compose_document
from tests.kits import build, out_path

EXTENSION = "+000 0000 0000 ext. 4512"  # the trial's helpline (the kit's placeholder digits)
SHORT_HELPLINE = "+000 0000 0000"
TRIAL_HANDLE = "@example_ke"
LONG_HANDLE = "@example_kenya_blue_heart_tests"  # 30 characters after the @
SOCIAL = ("social-1080x1080", "social-1080x1350", "social-1080x1920", "social-1200x630")
# the 1200 x 630 image's column at the end (mm from the start edge, 300 mm wide): its texts
# from 184 to 288; the safe area ends 8 mm from each edge (149.5 mm down)
COLUMN = (184.0, 288.0)
WIDTH, SAFE_FOOT = 300.0, 157.5 - 8


def office(helpline: str, social: str) -> str:
    return (
        "name: Rosea\nsample: true\nlanguages: [en, ar, fa, ur]\nfields:\n"
        f'  helpline: "{helpline}"\n  social: "{social}"\n'
    )


@pytest.fixture(scope="module")
def kits(module_kit_copy: Callable[..., Path]) -> Callable[[str, str], tuple[Path, Kit]]:
    """A kit copy with the office `rosea` of that helpline and handle, made once each."""
    made: dict[tuple[str, str], tuple[Path, Kit]] = {}

    def kit(helpline: str, social: str) -> tuple[Path, Kit]:
        if (helpline, social) not in made:
            root = module_kit_copy(**{"materials/offices/rosea.yaml": office(helpline, social)})
            made[helpline, social] = root, load_kit(root)
        return made[helpline, social]

    return kit


Line = tuple[str, float, float, float]  # its text, left, right, baseline (mm)


@dataclass(frozen=True)
class Text:
    """A slot's text as composed: its block (the top of its first line's advance to the
    foot of its last's) and its lines, in mm from the page's top left."""

    top: float
    bottom: float
    lines: list[Line]


def texts_of(kit: Kit, fonts: FontBook, material: str, lang: str) -> dict[str, Text]:
    """The texts of the material's first page by slot, composed without an error (none over
    another, none out of the safe area: `layout.overlap`, `layout.safe-area`)."""
    laid = compose_document(
        kit, fonts, kit.layouts[material], kit.languages[lang], kit.offices["rosea"]
    )
    errors = [d for d in laid.diagnostics if d.severity.name == "ERROR"]
    assert not errors, errors
    out = {}
    for item in laid.composed.page.pages[0].items:
        if not isinstance(item, TextItem):
            continue
        b, y = item.box, item.box.y + item.top
        out[item.slot] = Text(
            round(y / MM, 1),
            round((y + item.text.height) / MM, 1),
            [
                (
                    ln.actual_text(),
                    round((b.x + ln.x) / MM, 1),
                    round((b.x + ln.x + ln.width) / MM, 1),
                    round((y + ln.baseline) / MM, 1),
                )
                for ln in item.text.lines
            ],
        )
    return out


def mirrored(lang: str, x: float) -> float:
    """An x of a left-to-right page (mm) where a right-to-left one puts it."""
    return x if lang == "en" else round(WIDTH - x, 1)


@pytest.mark.parametrize("lang", ["en", "ar", "fa", "ur"])
@pytest.mark.parametrize("handle", [TRIAL_HANDLE, LONG_HANDLE])
def test_a_helpline_with_an_extension_and_a_handle_stack_on_the_landscape_image(
    kits: Callable[[str, str], tuple[Path, Kit]], fonts: FontBook, handle: str, lang: str
) -> None:
    _, kit = kits(EXTENSION, handle)
    texts = texts_of(kit, fonts, "social-1200x630", lang)
    assert "helpline" not in texts
    assert "handle" not in texts
    stacked = texts["contacts-stacked"]
    (phone, name) = stacked.lines
    assert (phone[0], name[0]) == (EXTENSION, handle)  # both whole, the helpline first
    assert name[3] - phone[3] > 5.5  # the handle a line under the helpline (14 pt: 4.9 mm)
    assert 149.0 <= stacked.bottom <= SAFE_FOOT  # at the foot, as beside each other
    assert texts["source"].bottom <= stacked.top  # the figure's source over them
    start = mirrored(lang, COLUMN[0])  # both from the column's start edge, inside it
    low, high = sorted((start, mirrored(lang, COLUMN[1])))
    for _, left, right, _ in (phone, name):
        assert (left if lang == "en" else right) == start
        assert low <= left
        assert right <= high


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_short_helpline_and_handle_stay_side_by_side(
    kits: Callable[[str, str], tuple[Path, Kit]], fonts: FontBook, lang: str
) -> None:
    """The 1200 x 630 image's look with short contacts: the helpline at the column's start,
    the handle at its end, on one line (the stacked slot left out)."""
    _, kit = kits(SHORT_HELPLINE, TRIAL_HANDLE)
    texts = texts_of(kit, fonts, "social-1200x630", lang)
    assert "contacts-stacked" not in texts
    ((phone, p_left, p_right, p_base),) = texts["helpline"].lines
    ((name, h_left, h_right, h_base),) = texts["handle"].lines
    assert (phone, name) == (SHORT_HELPLINE, TRIAL_HANDLE)
    assert abs(p_base - h_base) < 0.2  # one row
    if lang == "en":
        assert (p_left, h_right) == COLUMN
    else:  # mirrored: the helpline at the right, the handle at the left
        assert (p_right, h_left) == (WIDTH - COLUMN[0], WIDTH - COLUMN[1])


# the square, portrait and story images: the helpline and handle side by side, 114 mm each,
# from 18 mm inside each edge of a 270 mm page
@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("material", SOCIAL[:3])
def test_the_other_social_images_print_both_side_by_side(
    kits: Callable[[str, str], tuple[Path, Kit]], fonts: FontBook, material: str, lang: str
) -> None:
    _, kit = kits(EXTENSION, LONG_HANDLE)
    texts = texts_of(kit, fonts, material, lang)
    ((phone, p_left, p_right, p_base),) = texts["helpline"].lines
    ((name, h_left, h_right, h_base),) = texts["handle"].lines
    assert (phone, name) == (EXTENSION, LONG_HANDLE)
    assert abs(p_base - h_base) < 0.5  # one row
    if lang == "en":
        assert p_left == 18.0
        assert h_right == 252.0
        assert p_right < h_left
    else:
        assert p_right == 252.0
        assert h_left == 18.0
        assert h_right < p_left


def test_every_social_image_of_such_an_office_is_built(
    kits: Callable[[str, str], tuple[Path, Kit]], tmp_path: Path
) -> None:
    root, _ = kits(EXTENSION, LONG_HANDLE)
    out = build(root, tmp_path / "out", "--office", "rosea", "--only", ",".join(SOCIAL))
    for material in SOCIAL:
        for lang in ("en", "ar", "fa", "ur"):
            assert (out / out_path(material, lang, "social", "rosea")).is_file()
