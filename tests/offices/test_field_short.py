"""A field's short form (`report_url: {text: ..., short: ...}`): printed where its text does
not fit the slot, as a string's `short:` variant is; an office could not give a shorter
printed form of a long web address, and every material whose one-line slot it overflowed
failed. Beside a helpline on the flyers and posters, an address too long for its half of the
row is set whole on a line of its own under the helpline (`web-stacked`,
test_contacts_stacked.py); the short form prints where even that line does not hold it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.model import StringEntry
from campaign.resolve import Content, resolve_kit

from ..kits import cli
from .kit import HELPLINE, office_kit

LONG = "https://www.example.org/eastern-africa/human-trafficking/report-a-case"
# too long for the A5 flyer's whole row at 6 pt, not for the A3 poster's at 9 pt
LONGER = f"{LONG}/online-form/for-victims-and-witnesses"
SHORT = "https://example.org/ea-report"


def rosea(report_url: str) -> str:
    """An office with a helpline and a web address: the contact row's two slots (without a
    helpline, the web address takes the whole row: `web-alone`)."""
    return (
        f"name: Rosea\nlanguages: [en, ar]\nfields:\n  report_url: {report_url}\n"
        f'  helpline: "{HELPLINE}"\nsample: true\n'
    )


def printed(kit_root: Path, material: str, lang: str, slot: str) -> str | None:
    """The text slot `slot` of page 1 of the office's `material` as set, or None when it is
    not drawn."""
    kit = load_kit(kit_root)
    content = resolve_kit(kit, kit.languages[lang], office=kit.offices["rosea"])
    fonts = load_fontbook(kit.fonts_dir)
    doc = compose_content(kit.layouts[material], content, fonts, Collector(), [])
    found = [i for i in doc.pages[0].items if i.slot == slot]
    if not found:
        return None
    lines = found[0].text.lines  # type: ignore[attr-defined]
    return "\n".join("".join(r.source[r.start : r.end] for r in line.runs) for line in lines)


def test_a_long_web_address_without_a_short_form_names_the_short_form(
    kit_copy: Callable[..., Path],
) -> None:
    kit = office_kit(kit_copy, rosea(f'"{LONGER}"'))
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 1
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:3: error[text.overflow]: rosea / flyer-a5 'report_url': text does not fit "
        "slot 'web-stacked' even at 6 pt: 1.4 mm (1 line(s)) too tall (in 2 languages: en, "
        "ar)\n  hint: shorten it in rosea.yaml, or give it a short form printed where it does "
        'not fit (report_url: {text: "...", short: "..."}; for a web address, a shorter one '
        "that leads to the same page), or enlarge the slot (flyer-a5.yaml:78) or lower the "
        "style's min_size\n"
    ) in out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_short_form_prints_where_the_text_does_not_fit_and_the_text_where_it_does(
    kit_copy: Callable[..., Path], lang: str
) -> None:
    """The flyer's line under the helpline shows the short form (without https://, as a web
    address prints); the poster's line, and the flyer's back, whose contact list has room,
    the whole address."""
    kit = office_kit(kit_copy, rosea(f'{{text: "{LONGER}", short: "{SHORT}"}}'))
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "poster-a3,flyer-a5")
    assert code == 0, out
    assert printed(kit, "flyer-a5", lang, "web-stacked") == "example.org/ea-report"
    assert printed(kit, "poster-a3", lang, "web-stacked") == LONGER.removeprefix("https://")
    # a short address that fits: the text is printed, its short form never
    (kit / "materials/offices/rosea.yaml").write_text(
        rosea('{text: "https://example.org/ea", short: "ex.org/ea"}'), encoding="utf-8"
    )
    assert printed(kit, "flyer-a5", lang, "web") == "example.org/ea"


def test_the_short_form_of_a_field_named_by_a_string_makes_its_short_variant() -> None:
    """A string naming a field (`Call {helpline}`) gains a short variant with the field's short
    form; one with a short variant of its own fills it with the short form, the text with
    the text."""
    from campaign.diagnostics import Mark
    from campaign.model import Language

    mark = Mark(Path("x.yaml"), 1, 1)
    lang = Language.__new__(Language)
    object.__setattr__(lang, "direction", "ltr")  # fields are filled in in the page's direction
    fields = {"helpline": StringEntry("helpline", "+00 000 000 000 ext. 55", "+00 000 000", mark)}
    strings = {
        "call": StringEntry("call", "Call {helpline} now", None, mark),
        "both": StringEntry("both", "Please call {helpline}", "Call {helpline}", mark),
        "plain": StringEntry("plain", "No field here", None, mark),
    }
    content = Content(lang, strings, fields, {})
    assert content.entry("call").short == "Call +00 000 000 now"
    assert content.entry("call").text == "Call +00 000 000 000 ext. 55 now"
    assert content.entry("both").short == "Call +00 000 000"
    assert content.entry("plain").short is None


def test_a_short_form_in_fields_by_language_and_the_campaign(
    kit_copy: Callable[..., Path],
) -> None:
    """A language's own value and campaign.yaml's fields may have a short form too."""
    office = (
        f"name: Rosea\nlanguages: [en, ar]\nfields:\n  report_url: https://example.org/r\n"
        f'  helpline: "{HELPLINE}"\n'
        f'fields_by_language:\n  ar: {{report_url: {{text: "{LONGER}/ar", short: "{SHORT}"}}}}\n'
        "sample: true\n"
    )
    kit_root = office_kit(kit_copy, office)
    assert printed(kit_root, "flyer-a5", "ar", "web-stacked") == "example.org/ea-report"
    assert printed(kit_root, "flyer-a5", "en", "web") == "example.org/r"
    campaign = kit_root / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    text = text.replace('  website: ""', f'  website: {{text: "{LONG}", short: "{SHORT}/c"}}')
    text += "sample: true\n"  # a test kit: its campaign's sample values (example.org)
    campaign.write_text(text, encoding="utf-8")
    kit = load_kit(kit_root)
    assert kit.campaign.fields["website"] == LONG
    content = resolve_kit(kit, kit.languages["en"])
    assert content.value("website").short == SHORT + "/c"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (
            '{text: "https://example.org/a", shrot: "ex.org"}',
            "4:47: error[schema.unknown-key]: field 'report_url' in rosea.yaml has an unknown "
            "key 'shrot'\n  hint: did you mean 'short'?",
        ),
        (
            '{short: "ex.org"}',
            "4:15: error[schema.missing-key]: field 'report_url' in rosea.yaml has no 'text:'\n"
            '  hint: give the text it prints where it fits, e.g. report_url: {text: "...", '
            'short: "..."}, or write the value alone',
        ),
        (
            '{text: "", short: "ex.org"}',
            "4:33: error[schema.value]: field 'report_url' in rosea.yaml has a short form but an "
            "empty text\n  hint: write the full value under text: (the short form is printed "
            "only where it does not fit), or write the value alone",
        ),
        (
            '{text: "https://example.org/a", short: 12345}',
            "4:54: error[schema.type]: field 'report_url' (short) in rosea.yaml must be text in "
            "quotes: YAML read it as the number 12345, which is what would be printed",
        ),
    ],
)
def test_a_short_form_written_wrong_is_an_error_at_its_place(
    kit_copy: Callable[..., Path], value: str, error: str
) -> None:
    kit = office_kit(kit_copy, rosea(value))
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 1
    assert f"{kit / 'materials/offices/rosea.yaml'}:{error}" in out


def test_a_short_form_no_shorter_and_one_not_an_address_are_warnings(
    kit_copy: Callable[..., Path],
) -> None:
    kit = office_kit(
        kit_copy,
        rosea('{text: "https://example.org/a", short: "https://example.org/abc"}').replace(
            "sample: true\n",
            '  email: {text: "contact@example.org", short: "contact"}\nsample: true\n',
        ),
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:54: warning[schema.value]: field 'report_url' in rosea.yaml: its short "
        "form is not shorter than its text (23 characters against 21)\n  hint: the short form "
        "is printed only where the text does not fit: make it shorter, or leave it out\n"
    ) in out
    assert (
        f"{office}:6:3: warning[office.contact]: office 'rosea' email 'contact' is not an "
        "e-mail address; it prints as written\n"
    ) in out


# an office with a helpline (the project's sample number) and a 16-character handle beside it
ROSEA = (
    "name: Rosea\nlanguages: [en]\nsample: true\nfields:\n  helpline: '+00 800 000'\n"
    "  social: '@exampleunodcmmx'\n"
)
# a handle alone, of 30 of the widest letters
WIDEST = f"name: Rosea\nlanguages: [en]\nsample: true\nfields:\n  social: '@{'W' * 30}'\n"


def test_a_handle_too_long_for_its_slot_is_not_told_to_be_shortened(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: a 16-character handle (the longest X allows) overflowed the link
    preview's slot, and the hint said to shorten it, which a handle cannot be. The hint
    names the slot to enlarge, and no min_size to lower where the style is at the kind's
    floor already (14 pt). The square images, whose handle may now go down to 18 pt, hold
    it. Beside a helpline, the two are stacked, each a line of the column's whole width
    (`contacts-stacked`); alone, the handle takes that width too: a handle too wide for it
    (30 of the widest letters) is told so."""
    kit = office_kit(kit_copy, ROSEA)
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "social-1200x630")
    assert code == 0, out  # stacked with the helpline
    (kit / "materials/offices/rosea.yaml").write_text(WIDEST, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "social-1200x630")
    assert code == 1
    assert (
        f"{kit / 'materials/offices/rosea.yaml'}:5:3: error[text.overflow]: rosea / "
        "social-1200x630 [en] 'social': text does not fit slot 'handle-alone' even at 14 pt: "
        "a word is 43.7 mm too wide\n"
        "  hint: a social media handle cannot be shortened: enlarge the slot "
        "(social-1200x630.yaml:67); or, to print without it, hide the field (hide: [social] in "
        "rosea.yaml: no material of the office then prints it)\n"
    ) in out
    # what the hint offers works: hidden, the handle is left out and the image builds
    (kit / "materials/offices/rosea.yaml").write_text(
        "name: Rosea\nlanguages: [en]\nhide: [social]\n", encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "social-1200x630")
    assert code == 0, out
    wide = "social: '@WWWWWWWWWWWWWWW'"  # X's longest handle, of its widest letters
    (kit / "materials/offices/rosea.yaml").write_text(
        f"name: Rosea\nlanguages: [en, ar, zh]\nfields:\n  {wide}\n", encoding="utf-8"
    )
    squares = "social-1080x1080,social-1080x1350,social-1080x1920"
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", squares)
    assert code == 0, out
    # a style whose min_size is above the floor may be lowered to it: the hint says how far
    layout = kit / "materials/layouts/social-1200x630.yaml"
    text = layout.read_text(encoding="utf-8")
    assert text.count("size: 18, min_size: 14,") == 3  # alone, beside, stacked
    layout.write_text(text.replace("size: 18, min_size: 14,", "size: 18, min_size: 16,"))
    wider = WIDEST.replace("W" * 30, "W" * 20)  # 99 mm at 14 pt, 113 at 16
    (kit / "materials/offices/rosea.yaml").write_text(wider, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "social-1200x630")
    assert (
        "  hint: a social media handle cannot be shortened: enlarge the slot "
        "(social-1200x630.yaml:67) or lower the style's min_size (at most to the 14 pt floor of "
        "a social material); or, to print without it, hide the field (hide: [social] in "
        "rosea.yaml: no material of the office then prints it)\n"
    ) in out, out
