"""Office files: the schema, the shipped offices, and fields campaign < office < language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.model import CONTACT_FIELDS
from campaign.pipeline.fingerprint import profile_icc, profile_key
from campaign.pipeline.jobs import pick_offices, plan
from campaign.resolve import resolve_kit

from ..kits import cli
from .kit import HELPLINE, ROSEA, office_kit

ROOT = Path(__file__).resolve().parents[2]
OFFICES = ROOT / "materials" / "offices"


def errors_of(kit: Path) -> str:
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    return exc.value.render()


def test_a_misspelt_key_is_an_error_at_its_place(kit_copy: Callable[..., Path]) -> None:
    text = "name: Rosea\nlangauges: [en]\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    assert re.search(
        r"materials/offices/rosea\.yaml:2:1: error\[schema\.unknown-key\]: unknown key "
        r"'langauges' in rosea\.yaml\n  hint: did you mean 'languages'\?",
        errors_of(kit),
    )


@pytest.mark.parametrize(("value", "read_as"), [("5550100", "5550100"), ("-1_000", "-1000")])
def test_an_unquoted_number_field_is_an_error(
    kit_copy: Callable[..., Path], value: str, read_as: str
) -> None:
    """A helpline must never print changed: a number YAML reads (-1_000 as -1000) is refused
    in a text field. One with a leading zero (0123456, octal 42798 in YAML 1.1) is text as
    written (load.YAML11_NUMBER: tests/load/test_load.py)."""
    text = f"name: Rosea\nlanguages: [en]\nfields:\n  helpline: {value}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    assert (
        "materials/offices/rosea.yaml:4:13: error[schema.type]: field 'helpline' in rosea.yaml "
        f"must be text in quotes: YAML read it as the number {read_as}, which is what would be "
        'printed\n  hint: write it in quotes, exactly as it should print, e.g. helpline: "0123 456"'
    ) in errors_of(kit)


def test_a_language_without_strings_and_an_unknown_field_are_errors(
    kit_copy: Callable[..., Path],
) -> None:
    text = "name: Rosea\nlanguages: [en, xx]\nfields:\n  helpine: ''\n"
    text += "fields_by_language:\n  de: {helpline: '1'}\n"
    out = errors_of(kit_copy(**{"materials/offices/rosea.yaml": text}))
    assert "office 'rosea' gives fields for 'de', which has no strings file" in out
    assert "hint: add materials/strings/de.yaml" in out
    assert "error[ref.language]: office 'rosea' prints 'xx', which has no strings file" in out
    assert "rosea.yaml:4:3: error[ref.field]: office 'rosea' sets field 'helpine'" in out
    assert "did you mean 'helpline'?" in out


def test_shipped_offices_load_with_every_contact_empty() -> None:
    kit = load_kit(ROOT)
    shipped = sorted(p.stem for p in OFFICES.glob("*.yaml") if not p.name.startswith("_"))
    assert sorted(kit.offices) == shipped
    assert len(shipped) == 7
    assert "_template" not in kit.offices
    for office in kit.offices.values():
        assert {k: e.text for k, e in office.fields.items()} == dict.fromkeys(CONTACT_FIELDS, "")
        assert not office.fields_by_language
        assert not office.links
        assert not office.logos
        assert set(office.languages) <= set(kit.languages)
        assert office.paper == ("us" if office.id == "new-york" else "iso")
    assert all(v == "" for v in kit.campaign.fields.values())
    assert set(CONTACT_FIELDS) <= set(kit.campaign.fields)


def test_every_shipped_office_file_names_its_schema() -> None:
    for path in sorted(OFFICES.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schemas/office.schema.json", path


def test_the_template_is_a_valid_office(kit_copy: Callable[..., Path]) -> None:
    template = (OFFICES / "_template.yaml").read_text(encoding="utf-8")
    kit = load_kit(kit_copy(**{"materials/offices/example.yaml": template}))
    assert kit.offices["example"].languages == ("en",)


def test_the_template_says_where_office_name_prints() -> None:
    """A country office's trial read "the office's name as printed on the materials" and
    looked for it on its posters: only the two-sided flyers' back (under its contact
    heading) and the event templates print it. The template says so, and the shipped
    layouts' slots that print the field are those it names."""
    kit = load_kit(ROOT)
    printing = {
        material: page.name
        for material, layout in kit.layouts.items()
        for page in layout.pages
        for slot in page.slots
        if "office_name" in getattr(slot, "fields", ())
    }
    assert printing == {
        **{f"flyer-{size}": "back" for size in ("a4", "a5", "letter")},
        **{f"event-flyer-{size}": "front" for size in ("a4", "a5", "letter")},
        **{f"event-poster-{size}": "front" for size in ("a3", "letter", "tabloid")},
    }
    template = (OFFICES / "_template.yaml").read_text(encoding="utf-8")
    assert (
        '  office_name: ""  # the office\'s name, as printed on the back of the two-sided flyers\n'
        '  # (flyer-a4, flyer-a5, flyer-letter: the first line under "Contact") and on the event '
        "flyers\n"
        "  # and posters `merge --office` makes (above the helpline); no poster, badge, sticker "
        "or\n"
        "  # social image prints it, nor the one-sided flyer-a6 and flyer-half-letter\n"
    ) in template
    assert "printed on the materials" not in template
    # the contact list's first line, under the heading that follows it (when_filled)
    (contacts,) = [s for s in kit.layouts["flyer-a5"].pages[1].slots if s.name == "contacts"]
    assert getattr(contacts, "fields", ())[0] == "office_name"


def test_fields_campaign_then_office_then_the_office_language(
    kit_copy: Callable[..., Path],
) -> None:
    kit_root = office_kit(kit_copy)
    campaign = kit_root / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    text = text.replace('  office_name: ""', "  office_name: Campaign")
    text = text.replace('  website: ""', "  website: https://campaign.example.org")
    text += "sample: true\n"  # a test kit: its campaign's sample values (example.org)
    campaign.write_text(text, encoding="utf-8")
    kit = load_kit(kit_root)
    office = kit.offices["rosea"]
    en, ar = kit.languages["en"], kit.languages["ar"]
    plain = resolve_kit(kit, en)
    assert plain.value("office_name").text == "Campaign"
    assert plain.value("helpline").text == ""
    assert plain.links["blueheart"] == "https://www.unodc.org/blueheart/"
    assert not plain.logos
    own = resolve_kit(kit, en, office=office)
    assert own.office == "rosea"
    assert own.value("helpline").text == HELPLINE  # office over campaign
    assert own.value("office_name").text == "Campaign"  # the office left it to the campaign
    assert own.value("website").text == "https://campaign.example.org"
    assert own.links["blueheart"] == "https://example.org/rosea"  # office links win
    assert own.links["worldday"] == kit.campaign.links["worldday"]
    assert own.logos["partner"].name == "rosea-logo.png"
    assert resolve_kit(kit, ar, office=office).value("office_name").text == "Rosea AR"


def test_empty_helpline_draws_no_helpline_slot(kit_copy: Callable[..., Path]) -> None:
    empty = ROSEA.replace(HELPLINE, "").replace(
        "  report_url: https://report.example.org/form\n", ""
    )
    kit_root = office_kit(
        kit_copy, empty.replace("logos:\n  partner: rosea-logo.png\n", "logos: {}\n")
    )
    kit = load_kit(kit_root)
    fonts = load_fontbook(kit.fonts_dir)

    def slots(office: bool) -> list[str]:
        content = resolve_kit(
            kit, kit.languages["en"], office=kit.offices["rosea"] if office else None
        )
        doc = compose_content(kit.layouts["flyer-a5"], content, fonts, Collector(), [])
        return [i.slot for i in doc.pages[0].items]

    for shown in (slots(True), slots(False)):
        assert "helpline" not in shown
        assert "web" not in shown
        assert "office-logo" not in shown  # no such logo: the slot gives way
        assert {"calls", "hashtags", "qr"} <= set(shown)


def test_office_all_plans_every_office_in_its_languages() -> None:
    kit = load_kit(ROOT)
    keys = plan(kit, None, None, ["print_pdf"], pick_offices(kit, ("all",)))
    assert {k.office for k in keys} == set(kit.offices)
    for office in kit.offices.values():
        mine = {(k.material, k.language) for k in keys if k.office == office.id}
        printed = [
            m
            for m, layout in kit.layouts.items()
            if layout.kind != "social" and layout.paper in (None, office.paper)
        ]
        assert mine == {(m, c) for m in printed for c in office.languages}
    with pytest.raises(DiagnosticsError, match=r"unknown office 'brusels'"):
        pick_offices(kit, ("brusels",))


def test_press_profile_layout_then_office_then_campaign(kit_copy: Callable[..., Path]) -> None:
    kit_root = office_kit(kit_copy)
    poster = kit_root / "materials/layouts/poster-a3.yaml"
    text = poster.read_text(encoding="utf-8")
    poster.write_text(text.replace("bleed: 3\n", "bleed: 3\noutput_profile: gracol2006\n", 1))
    kit = load_kit(kit_root)
    rosea, flyer = kit.offices["rosea"], kit.layouts["flyer-a5"]
    assert profile_key(kit, flyer) == "fogra39"  # the campaign's
    assert profile_key(kit, flyer, rosea) == "fogra29"  # the office's
    assert profile_key(kit, kit.layouts["poster-a3"], rosea) == "gracol2006"  # the layout's
    assert profile_icc(kit, flyer, rosea).name == "fogra29l_uncoated.icc"


@pytest.mark.parametrize(
    ("lang", "helpline"),
    [
        ("ar", HELPLINE),
        ("my", HELPLINE),
        ("fa", HELPLINE),
        ("km", "1288"),
        ("my", "1299"),
        ("ar", "116"),
        ("ar", "+41 22 917 1234 ext. 55"),  # and its extension after it, on the right
    ],
)
def test_helpline_digits_stay_latin(
    kit_copy: Callable[..., Path], lang: str, helpline: str
) -> None:
    """A helpline prints as written: a phone number's digits, and a short hotline's too (a
    Khmer office's 1288 printed as ១២៨៨ beside its +855 number in Latin digits)."""
    office = ROSEA.replace("[en, ar]", f"[en, {lang}]").replace(HELPLINE, helpline)
    kit = load_kit(office_kit(kit_copy, office))
    assert kit.languages[lang].digits != "latn"  # each writes numbers in its own digits
    content = resolve_kit(kit, kit.languages[lang], office=kit.offices["rosea"])
    fonts = load_fontbook(kit.fonts_dir)
    doc = compose_content(kit.layouts["poster-a3"], content, fonts, Collector(), [])
    (item,) = [i for i in doc.pages[0].items if i.slot == "helpline"]
    runs = [r for line in item.text.lines for r in line.runs]  # type: ignore[union-attr]
    assert "".join(r.source[r.start : r.end] for r in runs) == helpline


def test_contacts_not_written_as_contacts_are_warnings_at_their_values(
    kit_copy: Callable[..., Path],
) -> None:
    """An e-mail without @, a web address with "htps//" and a helpline with the letter O for
    zero were printed as written, without a word."""
    text = (
        "name: Rosea\nlanguages: [en]\nfields:\n"
        '  helpline: "+000 OOO 0000"\n'
        "  email: contact.example.org\n"
        "  report_url: htps//report.example.org/form\n"
        "  website: https://example.org/rosea\n"
        "sample: true\n"
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out
    office = kit / "materials/offices/rosea.yaml"
    found = [line for line in out.splitlines() if "office.contact" in line]
    assert found == [
        f"{office}:4:3: warning[office.contact]: office 'rosea' helpline '+000 OOO 0000' is not "
        "a phone number (digits, spaces, + ( ) . - /, and ext. 123); it prints as written",
        f"{office}:5:3: warning[office.contact]: office 'rosea' email 'contact.example.org' is "
        "not an e-mail address; it prints as written",
        f"{office}:6:3: warning[office.contact]: office 'rosea' report_url "
        "'htps//report.example.org/form' is not a web address; it prints as written",
    ]
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58", "--strict")
    assert code == 1


def test_the_longest_handle_fits_every_social_image(kit_copy: Callable[..., Path]) -> None:
    """X allows @ and 15 characters: "@CorazonAzulTest" overflowed social-1200x630's handle
    slot in every language (16 pt bold in 51 mm)."""
    text = (
        'name: Rosea\nlanguages: [es, en, ar, zh]\nfields:\n  social: "@CorazonAzulTest"\n'
        '  helpline: "+000 000 000 0000"\nsample: true\n'
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    only = "social-1080x1080,social-1080x1350,social-1080x1920,social-1200x630"
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", only)
    assert code == 0, out


def test_a_language_an_office_lists_already_can_be_added(kit_copy: Callable[..., Path]) -> None:
    """`new language ja` failed when an office listed ja first: the kit did not load."""
    text = "name: Rosea\nlanguages: [en, ja]\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea")
    assert code == 1  # until it has strings
    code, out = cli("new", "language", "ja", "--kit", kit)
    assert code == 0, out
    assert (kit / "materials/strings/ja.yaml").is_file()
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out


def test_a_key_dedented_out_of_an_empty_mapping_is_pointed_back_under_it(
    kit_copy: Callable[..., Path],
) -> None:
    """`partner:` dedented out of `logos:` was "unknown key 'partner'", with "did you mean
    'paper'?"; a misspelt key under an empty key that holds no mapping gets no such hint."""
    text = "name: Rosea\nlanguages: [en]\nlogos:\npartner: x.png\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 1
    assert (
        "rosea.yaml:4:1: error[schema.unknown-key]: unknown key 'partner' in rosea.yaml\n"
        "  hint: if 'partner' belongs under 'logos:' (line 3, now empty), indent it under "
        "that key\n"
    ) in out
    text = "name: Rosea\nlanguages: [en]\npaper:\nlangauges: [en]\n"
    kit.joinpath("materials/offices/rosea.yaml").write_text(text, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert "indent it under" not in out


def office_check(
    kit_copy: Callable[..., Path], name: str, text: str, only: str = "badge-58"
) -> tuple[Path, Path, str]:
    """A kit copy with the office file `name` of `text`, and `check --office NAME --only
    ONLY` of it: (the kit, the office file, what check printed)."""
    kit = kit_copy(**{f"materials/offices/{name}.yaml": text})
    _, out = cli("check", "--kit", kit, "--office", name, "--only", only)
    return kit, kit / f"materials/offices/{name}.yaml", out


@pytest.mark.parametrize(
    "helpline",
    ["(+221) 33 859 96 96", "+221 33 859 96 96 / +221 77 123 45 67", "116 000 ext. 2"],
)
def test_helplines_written_as_offices_write_them_are_phone_numbers(
    kit_copy: Callable[..., Path], helpline: str
) -> None:
    """A country code in brackets and two numbers in one field were "not a phone number",
    an error under --strict: a + before a digit is a phone's wherever it stands."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, _, out = office_check(kit_copy, "rosea", text)
    assert "office.contact" not in out, out


def test_an_office_name_not_in_latin_letters_is_warned_and_the_package_shows_its_id(
    kit_copy: Callable[..., Path],
) -> None:
    """`name:` is the office's English name; an Arabic one was empty boxes on the package's
    contact sheets, and its index PDF failed preflight (characters mapped to U+0000). A
    warning at the name, and the package names the office by its id."""
    from campaign.package import contact as package

    kit, office, out = office_check(kit_copy, "sahel", "name: مكتب الساحل\nlanguages: [ar]\n")
    assert (
        f"{office}:1:7: warning[office.name]: office 'sahel' name 'مكتب الساحل' is not in Latin "
        "letters: the hand-off package's contact sheets and index, set in a font of Latin, "
        "Greek and Cyrillic, show the office by its id instead\n"
    ) in out, out
    ukr = kit / "materials/offices/ukr.yaml"
    ukr.write_text("name: Офіс в Україні\nlanguages: [uk]\n", encoding="utf-8")
    _, out = cli("check", "--kit", kit, "--office", "ukr", "--only", "badge-58")
    assert "office 'ukr' name" not in out  # Noto Sans has Cyrillic (sahel is still warned)
    loaded = load_kit(kit)
    assert package.office_title(loaded, "sahel") == "sahel"
    (kit / "materials/offices/sahel.yaml").write_text(
        "name: Sahel Office (Dakar)\nlanguages: [ar]\n", encoding="utf-8"
    )
    assert package.office_title(load_kit(kit), "sahel") == "Sahel Office (Dakar) (sahel)"


def test_a_logo_over_pillows_bomb_limit_is_a_warning_at_its_line(
    kit_copy: Callable[..., Path],
) -> None:
    """A 108-megapixel logo printed Pillow's "DecompressionBombWarning" with its module's
    path on stderr, outside the kit's messages, and took a build to 930 MB. It is a warning
    at the logo's line, with the fix."""
    from PIL import Image

    kit = kit_copy(
        **{
            "materials/offices/rosea.yaml": "name: Rosea\nlanguages: [en]\nlogos:\n  partner: big.png\n"
        }
    )
    Image.new("RGB", (12000, 9000), (200, 30, 30)).save(kit / "assets/big.png")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:12: warning[image.large]: image 'big.png' has 108 million pixels: every "
        "build decodes them all (about 412 MB of memory a process)\n"
        "  hint: scale it down to the size it is printed at (300 ppi is enough)\n"
    ) in out, out
    assert "DecompressionBomb" not in out


def test_an_office_field_too_long_for_its_slot_is_one_error_per_material_with_its_fix(
    kit_copy: Callable[..., Path],
) -> None:
    """A usual reporting address was four errors per material (one per language, though the
    field is the same in each), whose hint asked for a 'short:' variant, which a field could
    not have; on the A6 flyer it was "0.0 mm too tall". One error per material names the
    languages; the hint says where to shorten it, or to give it a short form. (That address,
    ".../westandcentralafrica/report", now prints whole on a line of its own under the
    helpline: `web-stacked`; this one is too long even for that line.)"""
    url = (
        "https://www.unodc.org/westandcentralafrica/en/"
        "report-human-trafficking-and-migrant-smuggling/online-form"
    )
    text = f"name: West Africa\nlanguages: [fr, en]\nfields:\n  report_url: {url}\n"
    text += (
        f'  helpline: "{HELPLINE}"\nsample: true\n'  # the row's two slots (without: the whole row)
    )
    kit = kit_copy(**{"materials/offices/wa.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "wa", "--only", "flyer-a5,flyer-a6")
    assert code == 1
    office = kit / "materials/offices/wa.yaml"
    found = [
        line for line in out.splitlines() if "text.overflow" in line or "hint: shorten" in line
    ]
    assert found == [
        f"{office}:4:3: error[text.overflow]: wa / flyer-a5 'report_url': text does not fit "
        "slot 'web-stacked' even at 6 pt: 1.7 mm (1 line(s)) too tall "
        "(in 2 languages: fr, en)",
        "  hint: shorten it in wa.yaml, or give it a short form printed where it does not fit "
        '(report_url: {text: "...", short: "..."}; for a web address, a shorter one that leads '
        "to the same page), or enlarge the slot (flyer-a5.yaml:78) or lower the style's "
        "min_size",
        f"{office}:4:3: error[text.overflow]: wa / flyer-a6 'report_url': text does not fit "
        "slot 'web-stacked' even at 6 pt: 1.4 mm (1 line(s)) too tall "
        "(in 2 languages: fr, en)",
        "  hint: shorten it in wa.yaml, or give it a short form printed where it does not fit "
        '(report_url: {text: "...", short: "..."}; for a web address, a shorter one that leads '
        "to the same page), or enlarge the slot (flyer-a5.yaml:78) or lower the style's "
        "min_size",
    ]


def test_an_office_logo_too_small_is_named_at_its_line_in_the_office_file(
    kit_copy: Callable[..., Path],
) -> None:
    """A 60 x 40 px logo was `image.low-ppi` at the layout's slot (poster-a3.yaml:46), which
    every office shares; it is the office's file to change."""
    from PIL import Image

    text = "name: Rosea\nlanguages: [en]\nlogos:\n  partner: tiny.png\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    Image.new("RGB", (60, 40), (0, 90, 160)).save(kit / "assets/tiny.png")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "poster-a3")
    office = kit / "materials/offices/rosea.yaml"
    found = [line for line in out.splitlines() if "image.low-ppi" in line]
    assert found, out
    assert all(line.startswith(f"{office}:4:12: error[image.low-ppi]:") for line in found), found
    assert "under 'logos:' in rosea.yaml" in out


def test_a_link_no_qr_code_shows_is_a_warning_at_its_line(kit_copy: Callable[..., Path]) -> None:
    """An office gave its reporting form as `links: {report: ...}`, as the shipped office
    files' comment suggested: no layout's QR code shows `report`, and the QR codes still led
    to the campaign, without a word. A misspelt `blueheat` is pointed to `blueheart`."""
    office = ROSEA.replace(
        "  blueheart: https://example.org/rosea\n",
        "  report: https://example.org/report\n  blueheat: https://example.org/rosea\n",
    )
    kit = office_kit(kit_copy, office)
    loaded = load_kit(kit)
    found = [d.render() for d in loaded.warnings if d.code == "office.link"]
    path = kit / "materials" / "offices" / "rosea.yaml"
    line = office.splitlines().index("  report: https://example.org/report") + 1
    assert found == [
        f"{path}:{line}:11: warning[office.link]: office 'rosea' link 'report' is shown by no "
        "material's QR code (they show blueheart, event): it changes nothing\n"
        "  hint: to lead the campaign's QR codes to it, name it blueheart (the link they "
        "show); or define it under links: in campaign.yaml and give a layout's qr slot `link: report`",
        f"{path}:{line + 1}:13: warning[office.link]: office 'rosea' link 'blueheat' is shown "
        "by no material's QR code (they show blueheart, event): it changes nothing\n"
        "  hint: did you mean 'blueheart'?\n"
        "  hint: to lead the campaign's QR codes to it, name it blueheart (the link they "
        "show); or define it under links: in campaign.yaml and give a layout's qr slot `link: blueheat`",
    ]
    (kit / "materials" / "offices" / "rosea.yaml").write_text(ROSEA, encoding="utf-8")
    assert not [d for d in load_kit(kit).warnings if d.code == "office.link"]  # blueheart


def test_a_paper_size_for_the_paper_family_says_what_the_family_is(
    kit_copy: Callable[..., Path],
) -> None:
    """`paper: a4` got "must be one of iso, us" and nothing of how an office prints A4."""
    kit = office_kit(
        kit_copy, ROSEA.replace("languages: [en, ar]", "languages: [en, ar]\npaper: A4")
    )
    path = kit / "materials" / "offices" / "rosea.yaml"
    assert errors_of(kit) == (
        f"{path}:3:8: error[schema.choice]: 'paper' in rosea.yaml must be one of iso, us (got "
        "'A4')\n"
        "  hint: paper is the family of sizes: iso (A4, A3...) or us (Letter, Tabloid); an "
        "office prints particular sizes by listing them under materials: (poster-a4, flyer-a4)"
    )


def test_a_paper_size_in_a_layout_gets_the_layouts_hint(kit_copy: Callable[..., Path]) -> None:
    """The same `paper:` choice in a layout: the hint does not send a designer to an
    office's materials."""
    kit = kit_copy()
    layout = kit / "materials" / "layouts" / "poster-a3.yaml"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(text.replace("\npaper: iso\n", "\npaper: letter\n"), encoding="utf-8")
    out = errors_of(kit)
    assert (
        "error[schema.choice]: 'paper' in poster-a3.yaml must be one of iso, us, custom (got 'letter')"
        in out
    )
    assert (
        "  hint: paper is the family of sizes: iso (A4, A3...) or us (Letter, Tabloid), or "
        "custom (of no family); a layout's own size is its trim (and its sizes: under sizes:)"
    ) in out
    assert "an office prints" not in out


def test_a_contact_with_its_scheme_is_a_contact(kit_copy: Callable[..., Path]) -> None:
    """`helpline: tel:+00-1-555-0100` printed as +00-1-555-0100 (print leaves the scheme
    out), and was warned of as "not a phone number; it prints as written"; so was
    `email: mailto:...`."""
    text = (
        "name: Rosea\nlanguages: [en]\nfields:\n"
        '  helpline: "tel:+00-1-555-0100"\n'
        '  email: "mailto:rosea@example.org"\n'
        "sample: true\n"
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out
    assert "office.contact" not in out


def test_a_name_for_no_language_is_named(kit_copy: Callable[..., Path]) -> None:
    """`names: {english: ...}` was taken without a word, and never used."""
    text = 'name: Rosea\nlanguages: [en]\nnames:\n  pt: "Escritório"\n  english: "x"\n'
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:5:3: warning[office.name]: office 'rosea' names: 'english' is no language "
        "of the kit: the name is not used"
    ) in out
    assert "names: 'pt'" not in out


def test_another_offices_broken_file_does_not_stop_mine(kit_copy: Callable[..., Path]) -> None:
    """`paper: usa` in one office's file stopped every office's build and check, and every
    `check --office rosea` repeated another office's warnings. The office with errors is
    left out (a warning for the others' builds); naming it stops at its errors; the kit's
    own check names them as errors."""
    rosea = 'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "+00 000 0000"\nsample: true\n'
    broken = 'name: Other\nlanguages: [en]\npaper: usa\nfields:\n  helpline: "+00 OOO 0000"\n'
    kit = kit_copy(
        **{"materials/offices/rosea.yaml": rosea, "materials/offices/other.yaml": broken}
    )
    args = ("--kit", kit, "--only", "badge-58")
    code, out = cli("check", *args, "--office", "rosea")
    assert code == 0, out
    assert "other.yaml" not in out
    code, out = cli("build", *args, "--office", "rosea", "-o", kit / "out", "--png-ppi", "10")
    assert code == 0, out
    assert "other.yaml" not in out
    code, out = cli("build", *args, "--lang", "en", "-o", kit / "out2", "--png-ppi", "10")
    assert code == 0, out
    assert (
        f"{kit / 'materials/offices/other.yaml'}:3:8: warning[office.unusable]: office 'other' "
        "has 1 error(s) in its file: it is left out until they are mended\n"
        f"  hint: python generate.py check --office other --kit {kit} names them"
    ) in out
    for office in ("other", "all"):
        code, out = cli("check", *args, "--office", office)
        assert code == 1
        assert "error[schema.choice]" in out
        assert "'paper'" in out
    code, out = cli("check", *args)
    assert code == 1
    assert "error[schema.choice]" in out


def test_values_for_a_language_the_office_does_not_print_are_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """`fields_by_language: {es: ...}` and `names: {es: ...}` beside `languages: [es-MX, en]`:
    the Spanish flyer printed the English office name, without a word, even with --strict."""
    es = (ROOT / "materials/strings/es.yaml").read_text(encoding="utf-8")
    text = (
        "name: Rosea\nlanguages: [es-MX, en]\nnames:\n  es: Rosea ES\n"
        "fields_by_language:\n  es: {office_name: Rosea ES}\n  fr: {office_name: Rosea FR}\n"
    )
    kit = kit_copy(
        **{
            "materials/offices/rosea.yaml": text,
            "materials/strings/es-MX.yaml": es,
        }
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    office = kit / "materials/offices/rosea.yaml"
    found = [
        line
        for line in out.splitlines()
        if "office.language" in line or "  hint: give" in line or "  hint: add fr" in line
    ]
    assert found == [
        f"{office}:4:3: warning[office.language]: office 'rosea' names: gives 'es', a language "
        "it does not print (languages: es-MX, en): used only by a build that picks es with "
        "--lang",
        "  hint: give them under es-MX, the language it prints",
        f"{office}:6:3: warning[office.language]: office 'rosea' fields_by_language: gives "
        "'es', a language it does not print (languages: es-MX, en): used only by a build that "
        "picks es with --lang",
        "  hint: give them under es-MX, the language it prints",
        f"{office}:7:3: warning[office.language]: office 'rosea' fields_by_language: gives "
        "'fr', a language it does not print (languages: es-MX, en): used only by a build that "
        "picks fr with --lang",
        "  hint: add fr to its languages:, or remove them",
    ]
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58", "--strict")
    assert code == 1


def test_an_office_link_too_long_for_its_qr_code_is_named_at_the_office_file(
    kit_copy: Callable[..., Path],
) -> None:
    """A 250-character `links: blueheart:` was a `layout.qr-small` error at the layout's qr
    slot (flyer-a5.yaml:83), not at the office's line to shorten."""
    link = "https://example.org/" + "a" * 230
    text = f"name: Rosea\nlanguages: [en]\nlinks:\n  blueheart: {link}\nsample: true\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 1
    office = kit / "materials/offices/rosea.yaml"
    found = [line for line in out.splitlines() if "qr-small" in line]
    assert found
    assert all(line.startswith(f"{office}:4:14: error[layout.qr-small]:") for line in found)
    assert (
        "  hint: link a shorter address of the same page here (rosea.yaml `links:`), or make "
        "the slot's frame larger (flyer-a5.yaml:83)\n"
    ) in out


def test_an_office_tel_link_typed_in_groups_is_dialled_with_hyphens(
    kit_copy: Callable[..., Path],
) -> None:
    """`tel:+00 22 917 1234` in an office's links was an error ("it holds a space"), where a
    merged row's number typed in groups is taken: the groups' spaces are RFC 3966's hyphens,
    which a phone's dialler skips. A number that cannot be dialled stays an error."""
    text = (
        'name: Rosea\nlanguages: [en]\nlinks:\n  blueheart: "tel:+00 22 917 1234"\nsample: true\n'
    )
    kit = load_kit(kit_copy(**{"materials/offices/rosea.yaml": text}))
    assert kit.offices["rosea"].links["blueheart"] == "tel:+00-22-917-1234"
    bad = text.replace("917 1234", "9I7 1234")
    root = kit.root
    (root / "materials/offices/rosea.yaml").write_text(bad, encoding="utf-8")
    assert (
        "rosea.yaml:4:14: error[schema.value]: link 'blueheart' is 'tel:+00 22 9I7 1234': the "
        "phone number '+00 22 9I7 1234' cannot be dialled (' ', 'I')"
    ) in errors_of(root)


def test_an_office_tel_link_with_its_area_code_in_brackets_is_dialled(
    kit_copy: Callable[..., Path],
) -> None:
    """`tel:(202) 456-1111` (a North American number as written, its area code in brackets)
    was taken in a merged row's link but refused in an office's ("cannot be dialled (' ')"):
    both are dialled as tel:202-456-1111 (iri.dialable makes every tel: address)."""
    text = 'name: Rosea\nlanguages: [en]\nlinks:\n  blueheart: "tel:(202) 456-1111"\nsample: true\n'
    kit = load_kit(kit_copy(**{"materials/offices/rosea.yaml": text}))
    assert kit.offices["rosea"].links["blueheart"] == "tel:202-456-1111"


def test_an_office_link_no_qr_code_holds_is_told_no_frame_is_large_enough(
    kit_copy: Callable[..., Path],
) -> None:
    """Its hint said to make the slot's frame larger, under "no QR code can hold it"."""
    link = "https://example.org/" + "a" * 3500
    text = f"name: Rosea\nlanguages: [en]\nlinks:\n  blueheart: {link}\nsample: true\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "flyer-a5")
    assert code == 1
    assert (
        "  hint: link a shorter address of the same page here (rosea.yaml `links:`): no frame "
        "is large enough\n"
    ) in out
    assert "make the slot's frame larger" not in out


def test_an_office_name_is_one_text(kit_copy: Callable[..., Path]) -> None:
    """`names: {fr: {text: ..., short: ...}}` was taken (names shared the fields' reader),
    its short form never used, and warned of as a "field"."""
    text = "name: Rosea\nlanguages: [en, fr]\nnames:\n  fr: {text: Bureau Rosea, short: BR}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    assert (
        "rosea.yaml:4:7: error[schema.type]: name 'fr' in rosea.yaml must be text (got "
        "{'text': 'Bureau Rosea', 'short': 'BR'})\n  hint: write the name in that language "
        "as one text (names: {fr: Bureau de ...})"
    ) in errors_of(kit)


def test_the_office_language_hint_spells_the_code_as_the_kit_does(
    kit_copy: Callable[..., Path],
) -> None:
    """`languages: [es-mx]` beside `fields_by_language: {es: ...}`: the hint said "give them
    under es-mx" where the language is es-MX."""
    es = (ROOT / "materials/strings/es.yaml").read_text(encoding="utf-8")
    text = "name: Rosea\nlanguages: [es-mx, en]\nfields_by_language:\n  es: {office_name: R}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text, "materials/strings/es-MX.yaml": es})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert "  hint: give them under es-MX, the language it prints\n" in out, out


def test_a_cmyk_tiff_logo_prints_as_it_is(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """Partners deliver logos as CMYK TIFF (LZW): it was refused ("a logo is a PNG or JPEG
    image"). It reads as any image does, and its CMYK goes into the print PDF unconverted
    (an untagged CMYK image is taken as the press condition's); a GIF is still refused,
    with the formats that are taken."""
    import pikepdf
    from PIL import Image

    text = "name: Rosea\nlanguages: [en]\nlogos:\n  partner: partner.tif\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    Image.new("CMYK", (900, 300), (0, 220, 200, 10)).save(
        kit / "assets/partner.tif", compression="tiff_lzw"
    )
    out = tmp_path / "out"
    args = ("--office", "rosea", "--only", "poster-a3", "--lang", "en", "--no-digital")
    code, printed = cli("build", "--kit", kit, "-o", out, *args, "--png-ppi", "20")
    assert code == 0, printed
    with pikepdf.open(out / "rosea/poster-a3/poster-a3-en-rosea.pdf") as pdf:
        (image,) = [pikepdf.PdfImage(i) for p in pdf.pages for i in p.get_images().values()]
        assert str(image.colorspace) == "/DeviceCMYK"
        # the logo's ink, not a conversion of it (a JPEG at quality 92: within a few levels)
        pixel = image.as_pil_image().getpixel((450, 150))
    assert isinstance(pixel, tuple)
    assert [abs(a - b) <= 6 for a, b in zip(pixel, (0, 220, 200, 10), strict=True)] == [True] * 4
    Image.new("P", (900, 300)).save(kit / "assets/partner.gif")
    (kit / "materials/offices/rosea.yaml").write_text(text.replace(".tif", ".gif"), "utf-8")
    code, printed = cli("check", "--kit", kit, "--office", "rosea", "--only", "poster-a3")
    assert code == 1, printed
    assert (
        "error[image.read]: logo 'partner' in rosea.yaml is 'partner.gif': a logo is a PNG, "
        "JPEG, TIFF or SVG image"
    ) in printed


PARTNER_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">'
    '<rect width="300" height="100" fill="#ffffff"/><circle cx="50" cy="50" r="35" '
    'fill="#e4002b"/><rect x="100" y="30" width="180" height="40" fill="#00843d"/></svg>'
)


def test_an_svg_logo_is_drawn_as_vector_art(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """Partners deliver logos as SVG, and they were refused ("export it as PNG"): an office's
    SVG logo is drawn as the kit's art is, vector paths in the press's CMYK (no image in the
    print PDF), letterboxed in the logo slot; one the kit cannot draw (text not converted to
    outlines) is an error at the office's line, after the SVG's own."""
    import pikepdf
    import pypdfium2 as pdfium

    text = "name: Rosea\nlanguages: [en]\nlogos:\n  partner: partner.svg\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    (kit / "assets/partner.svg").write_text(PARTNER_SVG, encoding="utf-8")
    out = tmp_path / "out"
    args = ("--office", "rosea", "--only", "poster-a3", "--lang", "en", "--png-ppi", "20")
    code, printed = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, printed
    pdf_path = out / "rosea/poster-a3/poster-a3-en-rosea.pdf"
    with pikepdf.open(pdf_path) as pdf:
        assert sum(len(p.get_images()) for p in pdf.pages) == 0  # vector, not a raster
    doc = pdfium.PdfDocument(pdf_path)
    try:
        image = doc[0].render(scale=40 / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    top = image.crop((0, 0, image.width, image.height // 4))
    colours = {top.getpixel((x, y)) for x in range(top.width) for y in range(top.height)}
    assert any(r > 180 and g < 90 and b < 90 for r, g, b in colours)  # the red circle
    assert any(g > 90 and r < 80 and b < 110 and g > r + 40 for r, g, b in colours)  # green
    with pikepdf.open(out / "rosea/poster-a3/poster-a3-en-rosea-digital.pdf") as pdf:
        kids = list(pdf.Root.StructTreeRoot.K[0].K)
        # the emblem's and the QR code's (in its Link); the logo without alt: is an artifact
        figures = [k.K[0] if str(k.S) == "/Link" else k for k in kids]
        assert sum(str(k.S) == "/Figure" for k in figures) >= 2
    (kit / "assets/partner.svg").write_text(
        PARTNER_SVG.replace("</svg>", "<text x='5' y='90'>Partner</text></svg>"), "utf-8"
    )
    code, printed = cli("check", "--kit", kit, "--office", "rosea", "--only", "poster-a3")
    assert code == 1, printed
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:12: error[image.read]: logo 'partner' in rosea.yaml: 'partner.svg' cannot "
        "be drawn (above)\n"
        # the fix is the SVG error's own (it said "export it again with its text as outlines"
        # whatever the SVG's fault: a designer's trial with an outside image link)
        "  hint: mend the SVG as the error above says, or give the logo as a PNG (transparent "
        "where it has no colour, at least 300 ppi at the size it prints)\n"
    ) in printed, printed
    assert "partner.svg:1:" in printed  # the SVG's own error, at its element


def test_an_svg_logo_lies_on_its_slot_s_background(tmp_path: Path) -> None:
    """A raster logo's transparency is flattened onto its slot's `background:`; an SVG
    logo's box is filled with it too, under the art (and only its box: the frame's other
    parts show the ground)."""
    from PIL import Image

    from ..kits import mini_copy

    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/rosea.yaml").write_text(
        "name: Rosea\nlanguages: [en]\nlogos:\n  partner: partner.svg\n", encoding="utf-8"
    )
    (kit / "assets/partner.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
        '<rect x="120" y="40" width="60" height="20" fill="#000000"/></svg>',
        encoding="utf-8",
    )
    (kit / "materials/layouts/logo.yaml").write_text(
        "title: Logo\nkind: poster\ntrim: [40, 20]\nbleed: 3\nsafe: 1\nmarks: false\nslots:\n"
        "  - {name: ground, kind: shape, fill: white, bleed: all, "
        "frame: {start: 0, top: 0, width: 40, height: 20}}\n"
        "  - {name: logo, kind: image, logo: partner, fit: contain, background: red, "
        "frame: {start: 2, top: 2, width: 36, height: 16}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--office", "rosea", "--only", "logo", "--lang", "en", "--no-digital")
    code, printed = cli("build", "--kit", kit, "-o", out, *args, "--png-ppi", "25.4")
    assert code == 0, printed
    with Image.open(out / "rosea/logo/logo-en-rosea-preview.png") as im:
        rgb = im.convert("RGB")
        # 1 px a mm: the art's box is 36 x 12 mm, centred in the frame (y 4 to 16 mm)
        red = rgb.getpixel((4, 10))
        assert isinstance(red, tuple)
        assert red[0] > 150, red
        assert red[1] < 100, red
        dark = rgb.getpixel((20, 10))  # the art's own black bar, over it
        assert isinstance(dark, tuple)
        assert sum(dark) < 150, dark
        white = rgb.getpixel((20, 2))  # in the frame, above the art's box: the ground
        assert white == (255, 255, 255), white


def test_an_empty_value_of_one_language_is_not_filled_in_and_shows_the_office_value(
    kit_copy: Callable[..., Path],
) -> None:
    """`fields_by_language: {en: {helpline: ""}}` (the office template's example, copied as
    shipped) hid the office's helpline from every English document, without a word (an
    office's trial): an empty value is "not filled in yet" there too. A language's own value
    still wins where it is filled."""
    text = ROSEA.replace(
        "fields_by_language:\n  ar: {office_name: Rosea AR}\n",
        'fields_by_language:\n  en: {helpline: ""}\n  ar: {helpline: "+00 111 111 111"}\n',
    )
    kit = load_kit(office_kit(kit_copy, text))
    office = kit.offices["rosea"]
    en = resolve_kit(kit, kit.languages["en"], office=office)
    ar = resolve_kit(kit, kit.languages["ar"], office=office)
    assert en.value("helpline").text == HELPLINE
    assert ar.value("helpline").text == "+00 111 111 111"


def test_the_office_template_filled_in_checks_without_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """The template copied and its contacts filled: no warning of its own placeholders
    (`names: {fr: ""}` was `office.language` for a French the office does not print), and the
    helpline it was given prints in English."""
    template = (OFFICES / "_template.yaml").read_text(encoding="utf-8")
    filled = template.replace('  helpline: ""     #', f'  helpline: "{HELPLINE}"     #')
    assert filled != template
    filled += "sample: true\n"  # HELPLINE is the project's sample (+00)
    kit = kit_copy(**{"materials/offices/mekong.yaml": filled})
    code, out = cli("check", "--kit", kit, "--office", "mekong", "--only", "poster-a3")
    assert code == 0, out
    assert "office.language" not in out
    loaded = load_kit(kit)
    content = resolve_kit(loaded, loaded.languages["en"], office=loaded.offices["mekong"])
    assert content.value("helpline").text == HELPLINE


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("phone", "the kit calls it 'helpline': write helpline: instead"),
        ("Telephone", "the kit calls it 'helpline': write helpline: instead"),
        ("twitter", "the kit calls it 'social': write social: instead"),
        ("e-mail", "did you mean 'email'?"),
        ("helpine", "did you mean 'helpline'?"),
        ("fax", "add it under 'fields:' in campaign.yaml"),
    ],
)
def test_a_contact_field_named_otherwise_is_told_the_kits_name(
    kit_copy: Callable[..., Path], written: str, hint: str
) -> None:
    """An office's trial: `phone:` was told to add a field to campaign.yaml, which no layout
    shows. The names offices give the contact fields are told the kit's."""
    text = f"name: Rosea\nlanguages: [en]\nfields:\n  {written}: '+00 000 000 000'\n"
    out = errors_of(kit_copy(**{"materials/offices/rosea.yaml": text}))
    assert (
        f"rosea.yaml:4:3: error[ref.field]: office 'rosea' sets field '{written}', which "
        f"campaign.yaml does not declare\n  hint: {hint}"
    ) in out, out


def test_a_material_in_other_capitals_is_told_its_own(kit_copy: Callable[..., Path]) -> None:
    """`materials: [Poster-A2]` was told "did you mean 'poster-b2'?" (an office's trial)."""
    text = "name: Rosea\nlanguages: [en]\nmaterials: [Poster-A2]\n"
    out = errors_of(kit_copy(**{"materials/offices/rosea.yaml": text}))
    assert "hint: did you mean 'poster-a2'?" in out, out


def test_without_a_helpline_the_web_address_takes_its_place(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: an office with a web address and no helpline printed the address
    in the middle of the contact row, a gap where the helpline would be. A slot with
    `when_empty: helpline` takes the row's start then; with a helpline, the two share it."""
    report = "  report_url: https://report.example.org/form\n"
    kit = load_kit(
        kit_copy(
            **{
                "materials/offices/alone.yaml": (
                    f"name: Alone\nsample: true\nlanguages: [en]\nfields:\n{report}"
                ),
                "materials/offices/both.yaml": (
                    f'name: Both\nsample: true\nlanguages: [en]\nfields:\n  helpline: "{HELPLINE}"\n'
                    f"{report}"
                ),
            }
        )
    )
    fonts = load_fontbook(kit.fonts_dir)

    def slots(office: str) -> dict[str, float]:
        content = resolve_kit(kit, kit.languages["en"], office=kit.offices[office])
        doc = compose_content(kit.layouts["poster-a3"], content, fonts, Collector(), [])
        return {i.slot: round(i.box.x / (72 / 25.4), 1) for i in doc.pages[0].items}

    alone = slots("alone")
    assert "web" not in alone
    assert "helpline" not in alone
    assert alone["web-alone"] == 22.0  # the row's start, where the helpline would be
    both = slots("both")
    assert both["helpline"] == 22.0
    assert both["web"] == 114.0
    assert "web-alone" not in both


def test_check_lays_out_a_slot_that_stands_in_for_an_empty_field(
    kit_copy: Callable[..., Path],
) -> None:
    """`check` lays out the slots each office's contacts draw: a `when_empty` slot moved onto
    the QR code was drawn only for offices without a helpline, and the check (contacts all
    filled) never saw it."""
    poster = (ROOT / "materials/layouts/poster-a3.yaml").read_text(encoding="utf-8")
    frame = "when_empty: helpline, style: contact, frame: {start: 22, top: 389, width: 185,"
    assert frame in poster
    moved = poster.replace(frame, frame.replace("start: 22, top: 389", "start: 200, top: 360"))
    kit = kit_copy(**{"materials/layouts/poster-a3.yaml": moved})
    code, out = cli("check", "--kit", kit, "--only", "poster-a3", "--lang", "en")
    assert "warning[layout.when-filled]: poster-a3 [en] slot 'web-alone'" in out, out


def test_an_office_hides_a_field_the_campaign_gives(kit_copy: Callable[..., Path]) -> None:
    """A review: an empty office value is "not filled in yet", so the campaign's value shows
    (the office template's `en: {helpline: ""}` had hidden the office's own); an office that
    must not print the campaign's helpline says so with `hide:`. It is not then "unfilled"."""
    office = "name: Rosea\nlanguages: [en]\nhide: [helpline]\nfields:\n  helpline: ''\n"
    root = kit_copy(**{"materials/offices/rosea.yaml": office})
    campaign = root / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert '  helpline: ""' in text
    text = text.replace('  helpline: ""', '  helpline: "+00 999 999 999"')
    campaign.write_text(text + "sample: true\n", "utf-8")  # a sample helpline (+00)
    kit = load_kit(root)
    shown = resolve_kit(kit, kit.languages["en"], office=kit.offices["rosea"])
    assert shown.value("helpline").text == ""
    plain = resolve_kit(kit, kit.languages["en"])
    assert plain.value("helpline").text == "+00 999 999 999"
    assert "helpline" not in kit.offices["rosea"].unfilled({})


def test_a_hidden_field_the_kit_does_not_declare_is_named(kit_copy: Callable[..., Path]) -> None:
    bad = "name: Rosea\nlanguages: [en]\nhide: [helpine]\n"
    out = errors_of(kit_copy(**{"materials/offices/rosea.yaml": bad}))
    assert "unknown field 'helpine'" in out, out
    assert "did you mean 'helpline'?" in out


def test_a_hidden_field_the_office_gives_is_a_warning(kit_copy: Callable[..., Path]) -> None:
    """A trial: `hide: [helpline]` beside the office's own helpline dropped it without a
    word. And `hide: [phone]` is told the kit's name, as `fields:` is."""
    text = 'name: Rosea\nlanguages: [en]\nhide: [helpline]\nfields:\n  helpline: "+00 333"\n'
    text += "sample: true\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert (
        "rosea.yaml:5:3: warning[office.hidden]: office 'rosea' hides field 'helpline', which "
        "its file gives a value: the value does not print\n"
        "  hint: take 'helpline' out of `hide:` (materials/offices/rosea.yaml:3) to print it, "
        "or empty the value\n"
    ) in out, out


def test_unfilled_is_at_the_empty_value_and_its_hint_names_hide(
    kit_copy: Callable[..., Path],
) -> None:
    """A trial: a regional office with no helpline of its own (`helpline: ""`) was pointed at
    its `name:` line and told to fill it; the hint did not say `hide:`. The warning is at the
    first unfilled field's empty value; without one, at the file's start."""
    text = 'name: Rosea\nlanguages: [en]\nfields:\n  website: "https://x.org"\n  helpline: ""\n'
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out
    hint = (
        "  hint: fill them under 'fields:' in its file (or a language's under "
        "'fields_by_language:'); a field the office has none of, list under 'hide:' "
        "(hide: [{}]); empty slots are not drawn\n"
    )
    assert (
        "rosea.yaml:5:3: warning[office.unfilled]: rosea: the office has not filled "
        "helpline, report_url, email, social, office_name\n" + hint.format("helpline")
    ) in out, out
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(text.replace("fields:", "hide: [helpline]\nfields:"), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert (  # its first unfilled field is not in the file: at the file's start
        "rosea.yaml:1:1: warning[office.unfilled]: rosea: the office has not filled "
        "report_url, email, social, office_name\n" + hint.format("report_url")
    ) in out, out


def test_hide_of_a_contact_named_otherwise_is_told_the_kits_name(
    kit_copy: Callable[..., Path],
) -> None:
    out = errors_of(
        kit_copy(
            **{"materials/offices/rosea.yaml": "name: Rosea\nlanguages: [en]\nhide: [phone]\n"}
        )
    )
    assert "hint: the kit calls it 'helpline': write helpline: instead" in out, out


def test_an_office_asked_for_by_the_id_of_a_file_named_otherwise_names_that_file(
    kit_copy: Callable[..., Path],
) -> None:
    """`build --office kenya-ethiopia` with materials/offices/Kenya Ethiopia.yaml (refused
    for its name: an office's trial) said only "unknown office 'kenya-ethiopia'" and listed
    the other offices: it names that file's problem, with the name to give it. The other
    offices are still built."""
    kit = kit_copy(**{"materials/offices/Kenya Ethiopia.yaml": ROSEA})
    code, out = cli("build", "--kit", kit, "-o", kit / "out", "--office", "kenya-ethiopia")
    assert code == 1
    assert out == (
        f"{kit}/materials/offices/Kenya Ethiopia.yaml: error[load.file-name]: the file name "
        "'Kenya Ethiopia' cannot name output folders and files: use lower-case letters, "
        "digits and hyphens; the file was not read\n"
        "  hint: rename the file kenya-ethiopia.yaml\n"
        "1 error(s)\n"
    ), out
    code, out = cli("check", "--kit", kit, "--office", "brussels", "--only", "badge-58")
    assert code == 0, out


def test_a_file_named_otherwise_beside_the_office_of_its_id_leaves_that_office_alone(
    kit_copy: Callable[..., Path],
) -> None:
    """A stray `rosea_.yaml` beside rosea.yaml: the office is rosea.yaml's, and the stray
    file's problem is its own (not rosea's, which would stop rosea's builds)."""
    kit = office_kit(kit_copy)
    (kit / "materials/offices/rosea_.yaml").write_text(ROSEA, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 0, out
    code, out = cli("check", "--kit", kit, "--office", "rosea_", "--only", "badge-58")
    assert code == 1
    assert "error[load.file-name]: the file name 'rosea_' cannot name" in out, out
    assert "hint: rename the file (poster-a3.yaml, new-york.yaml)" in out, out


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("latam-caribe.yml", "rename it latam-caribe.yaml"),
        ("latam-caribe.YAML", "rename it latam-caribe.yaml"),
        ("brussels.yml", "brussels.yaml is there too: merge the two files, or delete this one"),
    ],
)
def test_an_office_file_ending_in_yml_is_named_not_passed_over(
    kit_copy: Callable[..., Path], name: str, hint: str
) -> None:
    """A regional office's trial: `latam-caribe.yml` was not read and nothing said so
    (`check --office all` built the other offices; `--office latam-caribe` was "unknown
    office"). It is an error of that office alone: the other offices are still built."""
    kit = kit_copy(**{f"materials/offices/{name}": ROSEA})
    office = name.split(".")[0]
    code, out = cli("check", "--kit", kit, "--office", office, "--only", "badge-58")
    assert code == 1
    suffix = name.split(".")[1]
    assert out == (
        f"{kit}/materials/offices/{name}: error[load.file-name]: {name} ends in '.{suffix}': "
        "the kit reads files ending in '.yaml' alone, so this file was not read\n"
        f"  hint: {hint}\n1 error(s)\n"
    ), out
    if office != "brussels":
        code, out = cli("check", "--kit", kit, "--office", "brussels", "--only", "badge-58")
        assert code == 0, out


def test_values_under_the_kits_code_beside_a_code_it_has_not_are_told_to_mend_languages(
    kit_copy: Callable[..., Path],
) -> None:
    """`languages: [es, pt-br]` (the kit has pt, not pt-BR) and `fields_by_language: {pt:
    ...}`: the error at pt-br says to write pt, and the warning at pt said "give them under
    pt-br", the opposite (a regional office's trial)."""
    text = "name: Rosea\nlanguages: [es, pt-br]\nfields_by_language:\n  pt: {office_name: R}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 1
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:3: warning[office.language]: office 'rosea' fields_by_language: gives "
        "'pt', a language it does not print (languages: es, pt-br): used only by a build that "
        "picks pt with --lang\n"
        "  hint: its languages: writes 'pt-br', which the kit does not have: write 'pt'\n"
    ) in out, out
    assert (  # the error at pt-br: the same fix, and the file named as BCP 47 writes it
        "  hint: the kit has 'pt' (Portuguese): write 'pt' if that suits, or add "
        "materials/strings/pt-BR.yaml, which prints pt.yaml's texts until it has its own: "
        f"python generate.py new language pt-BR --kit {kit}\n"
    ) in out, out


def test_a_placeholder_contact_is_an_error_and_the_offices_files_stay(
    kit_copy: Callable[..., Path],
) -> None:
    """A regional office's trial wrote `helpline: +66 xx xxx xxxx` until it had the number:
    an `office.contact` warning, and every print PDF was published with it, exit 0. It is an
    error at the value; the office builds nothing, and its earlier files stay."""
    good = "name: Rosea\nlanguages: [en]\nfields:\n  helpline: ''\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": good})
    out_dir = kit / "out"
    code, out = cli("build", "--kit", kit, "--office", "rosea", "--only", "badge-58", "-o", out_dir)
    assert code == 0, out
    before = {p: p.read_bytes() for p in out_dir.rglob("*") if p.is_file()}
    assert any(p.suffix == ".pdf" for p in before)
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(
        "name: Rosea TBC\nlanguages: [en]\nfields:\n"
        '  helpline: "+66 xx xxx xxxx"\n'
        "  website: www.unodc.org/TBA\n"
        '  email: "TBD"\n',
        encoding="utf-8",
    )
    code, out = cli("build", "--kit", kit, "--office", "rosea", "--only", "badge-58", "-o", out_dir)
    assert code == 1, out
    found = [line for line in out.splitlines() if "office.placeholder" in line]
    assert found == [
        f"{office}:4:3: error[office.placeholder]: office 'rosea' helpline '+66 xx xxx xxxx' "
        "is a placeholder (x for digits): it would print on every material of the office",
        f"{office}:6:3: error[office.placeholder]: office 'rosea' email 'TBD' is a placeholder "
        "('TBD'): it would print on every material of the office",
    ], out
    assert "hint: write the office's checked helpline, or leave it empty" in out
    assert "unodc.org/TBA" not in out  # a word in an address may be the address's own
    assert {p: p.read_bytes() for p in out_dir.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "helpline", ["+66 2 123 45xx", "XXX-XXXX", "TBC", "to be confirmed", "???", "—", "..."]
)
def test_placeholders_of_a_helpline(kit_copy: Callable[..., Path], helpline: str) -> None:
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert f"{office}:4:3: error[office.placeholder]: office 'rosea' helpline '{helpline}'" in out


@pytest.mark.parametrize(
    ("name", "value"), [("social", "facebook.com/TBC.Thailand"), ("social", "@TBC")]
)
def test_a_word_in_a_handle_is_no_placeholder(
    kit_copy: Callable[..., Path], name: str, value: str
) -> None:
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  {name}: "{value}"\n'
    _, _, out = office_check(kit_copy, "rosea", text)
    assert "office.placeholder" not in out, out


@pytest.mark.parametrize("helpline", ["tbd", "n/a", "Tbc"])
def test_placeholder_words_in_any_case(kit_copy: Callable[..., Path], helpline: str) -> None:
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert f"{office}:4:3: error[office.placeholder]: office 'rosea' helpline '{helpline}'" in out


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("helpline", "à confirmer", "'à confirmer', French for 'to be confirmed'"),
        ("helpline", "Ligne d'écoute : n.c.", "'n.c.', French for 'not communicated'"),
        (
            "office_name",
            "Bureau régional (nog te bepalen)",
            "'nog te bepalen', Dutch for 'to be decided'",
        ),
        ("email", "n.c.", "'n.c.', French for 'not communicated'"),
    ],
)
def test_a_stand_in_in_the_offices_language_is_a_placeholder(
    kit_copy: Callable[..., Path], name: str, value: str, why: str
) -> None:
    """A Brussels office's `helpline: à confirmer` is told as `TBD` is: `check`, the offices,
    campaign.yaml and a merged row share `contacts.placeholder` (a trial's French and Dutch
    stand-ins printed); an address's own words are its own (`n.c.` as the whole e-mail is
    one)."""
    text = f'name: Rosea\nlanguages: [fr]\nfields:\n  {name}: "{value}"\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert placeholder_error(office, name, value, why) in out, out


@pytest.mark.parametrize("helpline", ["1-800-FIX-IT", "+1 555 0100 x123"])
def test_numbers_that_are_no_placeholders(kit_copy: Callable[..., Path], helpline: str) -> None:
    """A vanity number and an extension after x (the project's own samples, +00 000 000
    0000, are only a sample office's: tests/offices/test_contact_placeholders.py)."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, _, out = office_check(kit_copy, "rosea", text)
    assert "office.placeholder" not in out, out


AFTER_AREA = "only zeros after the area or network code"


def placeholder_error(office: Path, name: str, value: str, why: str) -> str:
    """The `office.placeholder` error, with its hint, of a rosea.yaml whose line 4 is
    `  NAME: "VALUE"`."""
    return (
        f"{office}:4:3: error[office.placeholder]: office 'rosea' {name} '{value}' is a "
        f"placeholder ({why}): it would print on every material of the office\n"
        f"  hint: write the office's checked {name}, or leave it empty: its slot is then left "
        "out and the build lists it as unfilled\n"
    )


@pytest.mark.parametrize(
    ("helpline", "why"),
    [
        ("+66 000 000 0000", "only zeros after the country code"),
        ("+20 00 0000 0000", "only zeros after the country code"),
        ("(+66) 000-000-0000 ext. 12", "only zeros after the country code"),
        ("+660000000000", "only zeros after the country code"),
        ("tel:+1-000-000-0000", "only zeros after the country code"),
        ("0066 000 0000", "only zeros after the country code"),  # 00: the international prefix
        ("+٩٦٦ ٠٠٠ ٠٠٠ ٠٠٠٠", "only zeros after the country code"),
        ("000 000 0000", "only zeros"),
        ("+66 2 ｘｘｘ ｘｘｘｘ", "x for digits"),  # full-width x (U+FF58)
        ("+66 2 ＸＸＸ ＸＸＸＸ", "x for digits"),  # full-width X (U+FF38)
        ("+66 2 ххх хххх", "x for digits"),  # Cyrillic (U+0445)
        ("+66 2 123 45××", "x for digits"),  # the multiplication sign
        ("+６６ ０００ ０００ ００００", "only zeros after the country code"),
        # a subscriber number of zeros (a Nairobi office's trial: 0700 000 000 passed)
        ("0700 000 000", AFTER_AREA),
        ("(020) 000-0000", AFTER_AREA),
        ("020.000.0000", AFTER_AREA),
        ("0 700 000 000", AFTER_AREA),  # the trunk 0 written apart
        ("1-800-000-0000", AFTER_AREA),  # North America's trunk 1 written apart
        ("0700000000", AFTER_AREA),
        ("+254 700 000 000", AFTER_AREA),
        ("+254 (0)20 000 0000", AFTER_AREA),
        ("+254700000000", AFTER_AREA),
        ("00254 700 000 000", AFTER_AREA),  # 00: the international prefix
        ("+1 212 000 0000", AFTER_AREA),  # no exchange: NANP's begin with 2 to 9
        ("+٢٥٤ ٧٠٠ ٠٠٠ ٠٠٠", AFTER_AREA),  # Arabic-Indic digits
        ("0700 000 000 / +41 22 917 1234", AFTER_AREA),  # the first number of two
        ("+41 22 917 1234 or 0700 000 000", AFTER_AREA),  # the second, after a word
    ],
)
def test_a_helpline_of_zeros_or_look_alikes_of_x_is_a_placeholder(
    kit_copy: Callable[..., Path], helpline: str, why: str
) -> None:
    """`+66 000 000 0000` with a real country code, and x written with a look-alike (a
    full-width one of a Chinese, Japanese or Korean keyboard, a Cyrillic one), printed on
    every material: only `+66 xx xxx xxxx` in ASCII was told."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert placeholder_error(office, "helpline", helpline, why) in out, out
    assert out.count("office.placeholder") == 1, out
    assert "office.contact" not in out, out


@pytest.mark.parametrize(
    "helpline",
    [
        "000",  # a short number (an emergency number)
        "116 000",  # a short number with zeros
        "+41 22 917 1234",  # numbers the tests write
        "(022) 917 1234",
        "+254 711 222333",
        "0800 123 456",
        "+33 (0)1 43 29 44 40",
        "700000001",
        "116 000 ext. 2",
        "+1 111 111 1111",  # one repeated digit other than zero: maybe a vanity number
        "+1 555 0100 x000",  # an extension of zeros
    ],
)
def test_numbers_with_zeros_that_are_no_placeholders(
    kit_copy: Callable[..., Path], helpline: str
) -> None:
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "{helpline}"\n'
    _, _, out = office_check(kit_copy, "rosea", text)
    assert "office.placeholder" not in out, out
    assert "office.contact" not in out, out


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("email", "xxx@xxx.xxx", "x for letters"),
        ("email", "xxx@", "x for letters"),
        ("email", "rosea@xxxx.org", "x for letters"),
        ("website", "https://www.xxxx.org/report", "x for letters"),
        ("social", "@xxxx", "x for letters"),
        ("social", "facebook.com/xxxx", "x for letters"),
        ("email", "name@example.com", "'example.com', a name kept for examples"),
        ("email", "mailto:rosea@mail.example.net", "'example.net', a name kept for examples"),
        ("report_url", "https://example.com/report", "'example.com', a name kept for examples"),
        ("website", "www.rosea.test", "'.test', a name kept for examples"),
        ("email", "test@test", "'.test', a name kept for examples"),
        ("email", "rosea＠ｅｘａｍｐｌｅ．ｃｏｍ", "'example.com', a name kept for examples"),
    ],
)
def test_an_address_of_x_or_of_a_name_kept_for_examples_is_a_placeholder(
    kit_copy: Callable[..., Path], name: str, value: str, why: str
) -> None:
    """An address a person writes before the office has one (xxx@xxx.xxx, name@example.com):
    an `office.contact` warning at best (`xxx@` is no address), and the others printed."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  {name}: "{value}"\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert placeholder_error(office, name, value, why) in out, out
    assert "office.contact" not in out, out


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("report_url", "https://report.example.org/xxxx"),  # a path is the address's own
        ("email", "max.x@example.org"),
        ("social", "@BlueHeart.test"),  # a handle's last word is no domain
        ("social", "x.com/BlueHeart"),
    ],
)
def test_addresses_that_are_no_placeholders(
    kit_copy: Callable[..., Path], name: str, value: str
) -> None:
    """Addresses a real office may hold; example.org (the sample office's: its x and its
    .x are the address's own) as the sample office it is."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  {name}: "{value}"\n'
    text += "sample: true\n" if "example.org" in value else ""
    _, _, out = office_check(kit_copy, "rosea", text)
    assert "office.placeholder" not in out, out
    assert "office.contact" not in out, out


@pytest.mark.parametrize(
    ("name", "value", "chars", "ascii"),
    [
        ("helpline", "+６６ ２ １２３ ４５６７", "'６', '２', '１', '３', ...", "+66 2 123 4567"),
        ("helpline", "+1 555 ０１００", "'０', '１'", "+1 555 0100"),  # half typed so
        ("helpline", "+1 555 0100 ｘ12", "'ｘ'", "+1 555 0100 x12"),  # an extension
        ("email", "rosea＠example.org", "'＠'", "rosea@example.org"),
        ("website", "https://example.org／rosea", "'／'", "https://example.org/rosea"),
        ("social", "＠BlueHeart", "'＠'", "@BlueHeart"),
    ],
)
def test_a_contact_in_full_width_characters_is_told_with_its_ascii(
    kit_copy: Callable[..., Path], name: str, value: str, chars: str, ascii: str
) -> None:
    """A contact typed with a Chinese, Japanese or Korean keyboard's full-width forms printed
    as written, without a word (its digits are digits to Python), or was "not an e-mail
    address" with name@example.org for its fix: one warning, and the fix is its ASCII."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  {name}: "{value}"\nsample: true\n'
    _, office, out = office_check(kit_copy, "rosea", text)
    assert (
        f"{office}:4:3: warning[office.contact]: office 'rosea' {name} '{value}' is written "
        f"in full-width characters ({chars}): it prints as written, wider than the text "
        "around it, and copied from a digital PDF a phone or a browser may not read it\n"
        f"  hint: write it as '{ascii}'\n"
    ) in out, out
    assert out.count("office.contact") == 1, out
    assert "office.placeholder" not in out, out
