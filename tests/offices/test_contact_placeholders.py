"""A contact that stands for one still to come (+66 xx xxx xxxx, TBD, xxx@xxx.xxx, an address
at example.com) is judged alike wherever it is written (`contacts.placeholder`): an office's
contact fields (`office.placeholder`, tests/offices/test_office_files.py), campaign.yaml's
(`campaign.placeholder`) and a merged event's contact and link cells (`merge.value`), which
printed as they were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.contacts import (
    Placeholder,
    any_placeholder,
    link_placeholder,
    placeholder,
    placeholder_values,
    sample_hint,
)
from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table

from ..kits import ROOT, cli, mini_copy, mini_with_language

OFFICE_HINT = (
    "  hint: write the office's checked {name}, or leave it empty: its slot is then left out "
    "and the build lists it as unfilled\n"
)
SAMPLE_HINT = "  hint: an office made only to try the kit, never printed, says so: `sample: true`\n"
EVENT_SAMPLE_HINT = (
    "  hint: an event made only to try the kit, never printed, says so: a column `sample` "
    "holding true (in a YAML or JSON record, `sample: true`)"
)
EXAMPLE_ORG = "'example.org', a name kept for examples"
NO_CODE = "a country code beginning with 0, which ITU-T E.164 gives no country"
AFTER_AREA = "only zeros after the area or network code"

# where a merged event's cell goes: a contact cell's words are printed, and nothing else; a
# link cell's address is also its QR code's and PDF link's
CONTACT_END = "it would print on the event's documents"
LINK_END = (
    "it would print on the event's documents, and their QR code and PDF link would lead there"
)

CAMPAIGN_HINT = (
    '  hint: write the checked {name} every office shares, or leave it empty (`{name}: ""`, '
    "as the kit ships it) for each office to write its own"
)


def test_a_placeholder_in_campaign_yaml_fields_is_an_error_at_its_line(tmp_path: Path) -> None:
    fields = (
        "fields:\n"
        '  helpline: "+66 xx xxx xxxx"\n'  # line 22
        '  email: {text: "info@example.org", short: "TBD"}\n'  # line 23: its short form
        '  website: "https://example.net/blueheart"\n'  # line 24
        '  event_venue: "TBD"\n'  # not a contact field: a venue's words are the merge's
        '  social: "@blueheart"\n'
        "sample: true\n"  # a test kit: info@example.org is its sample, TBD is not
        "links:\n"
    )
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("links:\n", fields)})
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    where = kit / "materials/campaign.yaml"
    said = [
        ("22", "helpline", "+66 xx xxx xxxx", "x for digits"),
        ("23", "email", "TBD", "'TBD'"),
        (
            "24",
            "website",
            "https://example.net/blueheart",
            "'example.net', a name kept for examples",
        ),
    ]
    for line, name, value, why in said:
        assert (
            f"{where}:{line}:3: error[campaign.placeholder]: campaign.yaml {name} '{value}' is a "
            f"placeholder ({why}): it would print on the campaign's materials and every "
            f"office's that gives none of its own\n{CAMPAIGN_HINT.format(name=name)}\n"
        ) in out, out
    assert out.count("campaign.placeholder") == 3, out


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("Ana Silva, +66 xx xxx xxxx", "x for digits"),
        ("+66 2 123 45xx", "x for digits"),
        ("tel:+66 000 000 0000", "only zeros after the country code"),
        ("Ana Silva, 0700 000 000", "only zeros after the area or network code"),
        ("Ana Silva, 30.07.2026, (020) 000-0000", "only zeros after the area or network code"),
        ("xxx@xxx.xxx", "x for letters"),
        ("Ana, ana@example.com", "'example.com', a name kept for examples"),
        ("mailto:info@blueheart.test", "'.test', a name kept for examples"),
        ("https://www.xxxx.org/walk", "x for letters"),
        ("Call @xxxx", "x for letters"),
        ("TBD", "'TBD'"),
        ("to be confirmed", "'to be confirmed'"),
        ("Marie Dupont, à confirmer", "'à confirmer', French for 'to be confirmed'"),
        ("n.c.", "'n.c.', French for 'not communicated'"),
        ("Олена, уточнюється", "'уточнюється', Ukrainian for 'to be specified'"),
        ("www.unodc.org/volgt", None),  # a word in an address is its own
        ("volgt@blueheart.test", "'.test', a name kept for examples"),
        ("Ana Silva, ana@example.org, +66 2 123 4567", None),
        ("https://example.org/walk?id=0000", None),  # an address's own digits
        ("www.who.int/tbc", None),  # a word in an address is its own
        ("Max Foxx, @blueheart", None),
        ("+00 000 000 0000", None),  # the project's samples: a sample event takes them
        ("Ana, ana@example.net, +00 000 000 0000", "'example.net', a name kept for examples"),
    ],
)
def test_a_contact_of_no_named_field_is_judged_by_the_form_of_each_part(
    value: str, why: str | None
) -> None:
    """Judged as a sample event's (`samples`: its `sample` cell true), which may hold the
    project's samples; in any other event they are placeholders too."""
    assert any_placeholder(value, samples=True) == why
    if why is None and ("example.org" in value or "+00" in value):
        assert any_placeholder(value) in (EXAMPLE_ORG, "only zeros"), value


def test_each_distinct_placeholder_is_told_once_with_whether_it_is_a_sample() -> None:
    """One reading for every place a contact is written (campaign.yaml, a strings file, an
    office, their links, a merged event's cells): a text and its short form, each without
    the spaces around it, the same value once, an empty one none; each placeholder with what
    makes it one and whether it is one of the project's samples, whose hint says how a file
    made only to try the kit says so."""
    found = list(
        placeholder_values(
            "helpline", (" +00 000 000 ", "+00 000 000", "", None, "TBD", "+41 22 917 1234")
        )
    )
    assert found == [
        Placeholder("+00 000 000", "only zeros", sample=True),
        Placeholder("TBD", "'TBD'", sample=False),
    ]
    assert list(placeholder_values("helpline", ("+00 000 000", "TBD"), samples=True)) == [
        Placeholder("TBD", "'TBD'", sample=False)
    ]
    links = ("mailto:a@example.com", "tel:+00-22-917-1234", "https://www.unodc.org/")
    assert list(placeholder_values(link_placeholder, links)) == [
        Placeholder("mailto:a@example.com", "'example.com', a name kept for examples", False),
        Placeholder("tel:+00-22-917-1234", NO_CODE, sample=True),
    ]
    assert list(placeholder_values(any_placeholder, ["Ana, ana@example.org"])) == [
        Placeholder("Ana, ana@example.org", EXAMPLE_ORG, sample=True)
    ]
    who = "an office made only to try the kit"
    assert sample_hint(found[0], who) == (f"{who}, never printed, says so: `sample: true`",)
    assert sample_hint(found[0], who, "a column `sample`") == (
        f"{who}, never printed, says so: a column `sample`",
    )
    assert sample_hint(found[1], who) == ()


def test_a_merged_contact_or_link_cell_with_a_placeholder_is_an_error_at_the_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        # made-up events (`sample`): their example.org addresses are the project's samples
        "event_id,language,title,date,venue,contact,link,sample\n"
        'walk,en,Walk,2026-07-30,Park,"Ana, +66 xx xxx xxxx",https://example.org/walk,true\n'
        "run,en,Run,2026-07-30,Park,ana@example.org,https://example.com/run,true\n"
        "ride,en,Ride,2026-07-30,Park,,TBD,true\n"
        'swim,en,Swim,2026-07-30,Pool,"Ana, +66 2 123 4567",https://example.org/swim,true\n',
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["swim"]
    hint = "  hint: write the event's checked value, or leave the cell empty"
    assert [d.render().replace(f"{path}:", "") for d in errs.items if d.is_error] == [
        "2:6: error[merge.value]: row 2, column contact (F): 'Ana, +66 xx xxx xxxx' is a "
        f"placeholder (x for digits): {CONTACT_END}\n{hint}",
        "3:7: error[merge.value]: row 3, column link (G): 'https://example.com/run' is a "
        f"placeholder ('example.com', a name kept for examples): {LINK_END}\n{hint}",
        "4:7: error[merge.value]: row 4, column link (G): 'TBD' is a placeholder ('TBD'): "
        f"{LINK_END}\n{hint}",  # told once: not also "not a link"
    ]


def test_a_merged_cell_says_where_its_placeholder_would_go(tmp_path: Path) -> None:
    """A user trial: a helpline kept for fiction in a contact cell was said to go "(a link:
    in its QR code too)", and `+1 555 555 5555` and contact@yourdomain.com passed. A contact
    cell's words are only printed; the link cell's address is also the QR code's and the
    PDF link's (a tel: link calls it)."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,contact,link\n"
        'walk,en,Walk,2026-07-30,Park,"Ana, +1 555 555 5555",\n'
        "run,en,Run,2026-07-30,Park,contact@yourdomain.com,tel:+1-202-555-0123\n"
        'swim,en,Swim,2026-07-30,Pool,"Ana, +1 202 555 1212",https://www.unodc.org/\n',
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["swim"]
    hint = "  hint: write the event's checked value, or leave the cell empty"
    assert [d.render().replace(f"{path}:", "") for d in errs.items if d.is_error] == [
        "2:6: error[merge.value]: row 2, column contact (F): 'Ana, +1 555 555 5555' is a "
        f"placeholder ({NO_AREA}): it would print on the event's documents\n{hint}",
        "3:6: error[merge.value]: row 3, column contact (F): 'contact@yourdomain.com' is a "
        f"placeholder ({template_domain('yourdomain.com')}): it would print on the event's "
        f"documents\n{hint}",
        # a sample row may hold it (a US organiser's trial): told how, as for example.org
        "3:7: error[merge.value]: row 3, column link (G): 'tel:+1-202-555-0123' is a "
        f"placeholder ({NANP_FICTION}): it would print on the event's documents, and their QR "
        f"code and PDF link would lead there\n{hint}\n{EVENT_SAMPLE_HINT}",
    ]


def test_an_offices_helpline_and_email_kept_for_fiction_are_its_errors(
    kit_copy: Callable[..., Path],
) -> None:
    """The same judgement in an office's file: each at its line, with the office's fix and
    no sample's hint (no sample holds them)."""
    text = (
        "name: Rosea\nlanguages: [en]\nfields:\n"
        '  helpline: "+44 20 7946 0123"\n  email: "contact@yourdomain.com"\n'
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 1, out
    office = kit / "materials/offices/rosea.yaml"
    for line, name, value, why in (
        (4, "helpline", "+44 20 7946 0123", OFCOM),
        (5, "email", "contact@yourdomain.com", template_domain("yourdomain.com")),
    ):
        assert (
            f"{office}:{line}:3: error[office.placeholder]: office 'rosea' {name} '{value}' is "
            f"a placeholder ({why}): it would print on every material of the office\n"
            f"{OFFICE_HINT.format(name=name)}"
        ) in out, out
    assert out.count("office.placeholder") == 2, out
    assert SAMPLE_HINT not in out, out


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("+00 000 000", "only zeros"),  # a regional office's trial: printed, a tel: link
        ("+0000000000", "only zeros"),
        ("+00-000-000", "only zeros"),
        ("+00 000 000 0000", "only zeros"),  # the kit's own sample (check's filled contacts)
        ("+00 22 917 1234", NO_CODE),
        ("00 01 234 5678", NO_CODE),  # 00: the international prefix, then a code of 0
        ("+1 (000) 000-0000", "only zeros after the country code"),  # a sample's too
    ],
)
def test_a_helpline_of_no_country_is_a_placeholder_but_a_samples(value: str, why: str) -> None:
    """ITU-T E.164 gives no country a code beginning with 0: +00 ... printed and became a
    tel: link. The project's samples (`samples`: a sample office's) may hold it; zeros after
    a real country's code are a placeholder there too."""
    assert placeholder("helpline", value) == why
    kept = why if why.endswith("country code") else None
    assert placeholder("helpline", value, samples=True) == kept


def test_a_subscriber_number_of_zeros_is_a_placeholder_of_a_sample_too() -> None:
    """Zeros after a real area or network code are no project sample (only +00 ... is): a
    sample office is told too, without the hint to say it is a sample."""
    for value in ("0700 000 000", "+254 700 000 000", "tel:+254-20-000-0000"):
        assert link_placeholder("tel:" + value.removeprefix("tel:"), samples=True) == AFTER_AREA
        found = list(placeholder_values("helpline", [value], samples=True))
        assert found == [Placeholder(value, AFTER_AREA, sample=False)], value
        assert sample_hint(found[0], "an office made only to try the kit") == ()


@pytest.mark.parametrize(
    "value",
    [
        "+41 22 917 1234",  # numbers the tests write, some with zeros
        "+33 (0)1 43 29 44 40",
        "+32 2 290 1234",
        "(022) 917 1234",
        "0800 123 456",
        "+254 711 222333",
        "+254711222333",
        "700000001",
        "+44 (0)20 7123 4567",
        "116 000",  # short numbers
        "116 000 ext. 2",
        "+1 555 0100 x000",  # an extension of zeros
        "+00 000 000 0000",  # the project's sample (only zeros, told as such)
        "09:00-17:00, 116 000",  # a time range then a short number
    ],
)
def test_a_number_with_digits_after_its_area_code_is_not_told_zeros(value: str) -> None:
    assert placeholder("helpline", value) in (None, "only zeros")
    assert placeholder("helpline", value, country="KE") in (None, "only zeros")


def test_numbers_of_a_country_are_no_placeholders() -> None:
    """A national number's 0 (020 ..., 0 after +66 as written in Thailand) and 00 then a
    country's code are numbers of a country. (020 7946 0123 is one of Ofcom's drama numbers,
    but without +44 it may be another country's: only a number with its country code is
    judged kept for fiction.)"""
    for value in ("020 7946 0123", "+66 02 123 4567", "00 66 2 123 4567", "0066 2 123 4567"):
        assert placeholder("helpline", value) is None, value


NANP_FICTION = "555-0100 to 555-0199, numbers kept for fiction"
NO_AREA = "area code 555, which no place or service has"
OFCOM = "a number Ofcom keeps for TV and radio drama"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("+1 555 555 5555", NO_AREA),  # a user trial's: it passed, and printed
        ("+1 (555) 123-4567", NO_AREA),
        ("+1 202 555 0123", NANP_FICTION),
        ("+1 (202) 555-0100", NANP_FICTION),  # the range's ends
        ("+1-416-555-0199", NANP_FICTION),
        ("tel:+1-202-555-0150", NANP_FICTION),
        ("001 202 555 0150", NANP_FICTION),  # 00: the international prefix
        ("+1 202 555 0123 ext. 12", NANP_FICTION),
        ("+1 202 555 0123 (24 h)", NANP_FICTION),  # a note's digits after the number
        ("+12025550123", NANP_FICTION),
        ("+١ ٢٠٢ ٥٥٥ ٠١٢٣", NANP_FICTION),  # Arabic-Indic digits
        ("+41 22 917 1234 / +1 202 555 0123", NANP_FICTION),  # the second number of two
        ("+44 20 7946 0123", OFCOM),  # London
        ("+44 (0)20 7946 0999", OFCOM),  # the trunk 0 written in brackets
        ("0044 7700 900123", OFCOM),  # mobile
        ("+44 113 496 0000", OFCOM),  # Leeds
        ("+44 161 496 0500", OFCOM),  # Manchester
        ("+44 191 498 0123", OFCOM),  # Tyneside
        ("+44 28 9018 0123", OFCOM),  # Northern Ireland
        ("+44 29 2018 0123", OFCOM),  # Cardiff
        ("+44 1632 960123", OFCOM),  # no area
        ("+44 808 157 0123", OFCOM),  # freephone
        ("+44 909 879 0123", OFCOM),  # premium rate
        ("+44 306 999 0123", OFCOM),  # UK-wide
    ],
)
def test_a_number_kept_for_fiction_is_a_placeholder(value: str, why: str) -> None:
    """NANPA keeps 555-0100 to 555-0199 for fiction under every area code, and area code 555
    holds no number; Ofcom keeps ranges of 1000 numbers for TV and radio drama. A helpline
    written so would ring no one (or a stranger, were the range ever given out); it is no
    project sample either, which a sample office may hold."""
    assert placeholder("helpline", value) == why
    assert placeholder("helpline", value, samples=True) == why
    assert link_placeholder("tel:" + value.removeprefix("tel:").split(" ext")[0]) == why
    assert any_placeholder(f"Ana Silva, {value}") == why


@pytest.mark.parametrize(
    "value",
    [
        "+1 202 555 1212",  # 555-1212: directory assistance
        "+1 202 555 5555",  # a 555 line number outside 0100-0199 may be a service's
        "+1 202 555 0200",
        "+1 202 555 0099",
        "+1 555 0100",  # seven digits after +1 (the kit's hint's example): no NANP number
        "+66 2 555 0123",  # 555 0123 in Thailand
        "+55 55 5555 5555",  # Brazil's country code 55
        "+44 20 7946 1123",  # London, outside the drama range
        "+44 7700 901123",  # a mobile outside it
        "(202) 555-0123",  # no country code: may be any country's number
        "07700 900123",
    ],
)
def test_a_number_with_555_or_near_a_fiction_range_is_no_placeholder(value: str) -> None:
    """Only the documented ranges: a real number is not refused for holding 555 (NANPA gives
    555 line numbers other than 0100-0199 to services), nor for being written near one, nor
    one written without its country code, which may be another country's."""
    assert placeholder("helpline", value) is None
    assert any_placeholder(f"Ana Silva, {value}") is None


def test_example_org_is_a_name_kept_for_examples_but_a_samples() -> None:
    """RFC 2606 keeps example.org as it keeps example.com and example.net: the README's
    own example printed as an office's report_url."""
    for name, value in (
        ("report_url", "https://www.example.org/eastern-africa/report-a-case"),
        ("report_url", "example.org/ea-report"),
        ("email", "mailto:office@lists.example.org"),
        ("website", "HTTPS://EXAMPLE.ORG/"),
    ):
        assert placeholder(name, value) == EXAMPLE_ORG, value
        assert placeholder(name, value, samples=True) is None, value
    assert placeholder("website", "https://example.net/x", samples=True) == (
        "'example.net', a name kept for examples"
    )
    assert placeholder("website", "https://www.example.organic.com/") is None


def template_domain(name: str) -> str:
    return f"'{name}', a template's name for a domain to come"


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("email", "contact@yourdomain.com", template_domain("yourdomain.com")),  # a trial's
        ("email", "mailto:info@mail.yoursite.org", template_domain("yoursite.org")),
        ("email", "info@domain.com", template_domain("domain.com")),
        ("email", "info@domain.org", template_domain("domain.org")),
        ("website", "https://www.your-domain.org/report", template_domain("your-domain.org")),
        ("website", "www.yourwebsite.net", template_domain("yourwebsite.net")),
        ("report_url", "YOURSITE.COM/report", template_domain("yoursite.com")),
        ("social", "facebook.yourdomain.com/page", template_domain("yourdomain.com")),
        # RFC 2606 and 6761 names were already placeholders, and stay so
        ("email", "info@example.com", "'example.com', a name kept for examples"),
        ("website", "https://blueheart.test/", "'.test', a name kept for examples"),
        ("website", "https://report.invalid/", "'.invalid', a name kept for examples"),
        ("website", "http://localhost/report", "'.localhost', a name kept for examples"),
        ("website", "https://www.unodc.example/", "'.example', a name kept for examples"),
        (
            "website",
            "https://www.yourdomain.example.com/",
            "'example.com', a name kept for examples",
        ),
    ],
)
def test_an_address_at_a_templates_domain_is_a_placeholder(name: str, value: str, why: str) -> None:
    """contact@yourdomain.com passed `check` and printed (a user trial): the names templates
    write for a domain still to come are no office's, as example.org is none; no project
    sample either."""
    assert placeholder(name, value) == why
    assert placeholder(name, value, samples=True) == why


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("email", "info@mydomain.org"),  # a word of its own, not a template's
        ("email", "domain@unodc.org"),  # a mailbox's name is the office's
        ("website", "https://www.unodc.org/yoursite/domain"),  # a path is the site's own
        ("website", "https://domain.unodc.org/"),  # `domain` as a host of the office's own
        ("social", "@yoursite"),  # a handle is the office's own
        ("social", "facebook.com/yourdomain"),
    ],
)
def test_an_address_that_only_holds_a_templates_word_is_no_placeholder(
    name: str, value: str
) -> None:
    assert placeholder(name, value) is None


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("helpline", "+00 000 000", "only zeros"),
        ("helpline", "+00 22 917 1234", NO_CODE),
        ("email", "office@example.org", EXAMPLE_ORG),
        ("website", "https://www.example.org/eastern-africa", EXAMPLE_ORG),
    ],
)
def test_a_value_kept_for_examples_is_a_real_offices_error_and_a_sample_offices_own(
    kit_copy: Callable[..., Path], name: str, value: str, why: str
) -> None:
    """A regional office's trial: `+00 000 000` and addresses at example.org printed, even
    with `check --office X --strict`. They are an office's error, whose hint says how a
    sample office (made only to try the kit) says what it is; a sample office's own."""
    text = f'name: Rosea\nlanguages: [en]\nfields:\n  {name}: "{value}"\n'
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    args = ("--kit", kit, "--office", "rosea", "--only", "badge-58")
    code, out = cli("check", *args, "--strict")
    assert code == 1, out
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:4:3: error[office.placeholder]: office 'rosea' {name} '{value}' is a "
        f"placeholder ({why}): it would print on every material of the office\n"
        f"{OFFICE_HINT.format(name=name)}{SAMPLE_HINT}"
    ) in out, out
    assert out.count("office.placeholder") == 1, out
    office.write_text(text + "sample: true\n", encoding="utf-8")
    code, out = cli("check", *args)
    assert code == 0, out
    assert "office.placeholder" not in out, out


def test_a_real_office_with_a_sample_helpline_builds_nothing(
    kit_copy: Callable[..., Path],
) -> None:
    """`+00 000 000` became a tel: link in the office's digital PDF: the build stops at its
    line, and writes no file of the office."""
    text = 'name: Rosea\nlanguages: [en]\nfields:\n  helpline: "+00 000 000"\n'
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    out_dir = kit / "out"
    args = ("--only", "badge-58", "--lang", "en", "--no-png", "-o", out_dir)
    code, out = cli("build", "--kit", kit, "--office", "rosea", *args)
    assert code == 1, out
    assert "rosea.yaml:4:3: error[office.placeholder]: office 'rosea' helpline '+00 000 000'" in out
    assert not list(out_dir.rglob("*.pdf")), out


def test_the_documented_example_copied_into_an_office_is_refused(
    kit_copy: Callable[..., Path],
) -> None:
    """The README's and the template's example of a short form, copied as it is written
    there: both its text and its short form would print."""
    template = (ROOT / "materials/offices/_template.yaml").read_text(encoding="utf-8")
    example = next(line for line in template.splitlines() if "report_url: {text:" in line)
    written = example.lstrip("# ")
    assert written in (ROOT / "README.md").read_text(encoding="utf-8").replace("\n", " ")
    text = f"name: Rosea\nlanguages: [en]\nfields:\n  {written}\n"
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    assert code == 1, out
    office = kit / "materials/offices/rosea.yaml"
    said = [line for line in out.splitlines() if "office.placeholder" in line]
    assert said == [
        f"{office}:4:3: error[office.placeholder]: office 'rosea' report_url '{value}' is a "
        f"placeholder ({EXAMPLE_ORG}): it would print on every material of the office"
        for value in (
            "https://www.example.org/eastern-africa/report-a-case",
            "example.org/ea-report",
        )
    ], out


def test_an_office_that_extends_a_sample_office_is_no_sample(
    kit_copy: Callable[..., Path],
) -> None:
    """`sample:` is the office's own, as its name is: a country office under a sample region
    is told of its own sample values; what it takes from the region is the region's."""
    region = (
        "name: Region\nlanguages: [en]\nfields:\n  email: region@example.org\n"
        '  helpline: "+00 000 000"\nsample: true\n'
    )
    country = "extends: region\nname: Country\nfields:\n  website: https://example.org/c\n"
    kit = kit_copy(
        **{"materials/offices/region.yaml": region, "materials/offices/country.yaml": country}
    )
    code, out = cli("check", "--kit", kit, "--office", "country", "--only", "badge-58")
    assert code == 1, out
    said = [line for line in out.splitlines() if "office.placeholder" in line]
    assert said == [
        f"{kit / 'materials/offices/country.yaml'}:4:3: error[office.placeholder]: office "
        f"'country' website 'https://example.org/c' is a placeholder ({EXAMPLE_ORG}): it would "
        "print on every material of the office"
    ], out
    code, out = cli("check", "--kit", kit, "--office", "region", "--only", "badge-58")
    assert code == 0, out


def test_a_sample_value_in_campaign_yaml_is_an_error_but_in_a_sample_kit(
    tmp_path: Path,
) -> None:
    """campaign.yaml's fields print on every office's materials that give none: the kit's
    own samples there are errors too, but in a test kit's (`sample: true`)."""
    fields = (
        'fields:\n  helpline: "+00 000 000 0000"\n  website: "https://example.org/bh"\nlinks:\n'
    )
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": ("links:\n", fields)})
    code, out = cli("check", "--kit", kit)
    assert code == 1, out
    where = kit / "materials/campaign.yaml"
    kit_hint = "  hint: a kit made only to try it, never printed, says so: `sample: true`\n"
    for line, name, value, why in (
        ("22", "helpline", "+00 000 000 0000", "only zeros"),
        ("23", "website", "https://example.org/bh", EXAMPLE_ORG),
    ):
        assert (
            f"{where}:{line}:3: error[campaign.placeholder]: campaign.yaml {name} '{value}' is "
            f"a placeholder ({why}): it would print on the campaign's materials and every "
            f"office's that gives none of its own\n{CAMPAIGN_HINT.format(name=name)}\n"
            f"{kit_hint}"
        ) in out, out
    where.write_text(where.read_text(encoding="utf-8") + "sample: true\n", encoding="utf-8")
    code, out = cli("check", "--kit", kit)
    assert "campaign.placeholder" not in out, out


@pytest.mark.parametrize(
    ("link", "why"),
    [
        ("https://www.example.org/eastern-africa/blue-heart", EXAMPLE_ORG),
        ("mailto:help@example.com?subject=Blue%20Heart", "'example.com', a name kept for examples"),
        ("tel:+00-22-917-1234", NO_CODE),
        ("https://report.test/form", "'.test', a name kept for examples"),
    ],
)
def test_a_link_kept_for_examples_is_an_offices_error_at_its_line(
    kit_copy: Callable[..., Path], link: str, why: str
) -> None:
    """An office's `links:` lead its QR codes and PDF links (a trial's sample helpline and
    example.org were refused in `fields:`, and the same address as the office's `blueheart`
    link went into every QR code without a word). Judged as the contact it is (a mailto: as
    an e-mail, a tel: as a helpline); a sample office's own."""
    text = f'name: Rosea\nlanguages: [en]\nlinks:\n  blueheart: "{link}"\n'
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    args = ("--kit", kit, "--office", "rosea", "--only", "badge-58")
    code, out = cli("check", *args)
    assert code == 1, out
    office = kit / "materials/offices/rosea.yaml"
    sample = SAMPLE_HINT if why in (EXAMPLE_ORG, NO_CODE) else ""
    assert (
        f"{office}:4:14: error[office.placeholder]: office 'rosea' link 'blueheart' '{link}' is "
        f"a placeholder ({why}): its QR codes and PDF links would lead there\n"
        "  hint: write the office's own checked address, or take the link out: the campaign's "
        f"then shows\n{sample}"
    ) in out, out
    office.write_text(text + "sample: true\n", encoding="utf-8")
    code, out = cli("check", *args)
    assert (code == 0) is bool(sample), out


def test_a_link_of_campaign_yaml_kept_for_examples_is_an_error_at_its_line(
    tmp_path: Path,
) -> None:
    """campaign.yaml's links lead every QR code of the campaign and of each office that gives
    none of its own."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": (
                "  home: https://www.unodc.org/blueheart/",
                "  home: https://x.example.net/",
            )
        },
    )
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    line = next(
        i
        for i, text in enumerate(
            (kit / "materials/campaign.yaml").read_text("utf-8").splitlines(), 1
        )
        if text.startswith("  home:")
    )
    assert (
        f"{kit / 'materials/campaign.yaml'}:{line}:9: error[campaign.placeholder]: campaign.yaml "
        "link 'home' 'https://x.example.net/' is a placeholder ('example.net', a name kept for "
        "examples): the QR codes and PDF links of the campaign's materials, and of every "
        "office's that gives none of its own, would lead there\n"
        "  hint: write the campaign's checked address\n"
    ) in out, out


def test_a_placeholder_in_a_strings_files_fields_is_an_error_at_its_line(tmp_path: Path) -> None:
    """A strings file's `fields:` replace campaign.yaml's on that language's pages (a local
    helpline): they were never checked, and `+00 000 000` or an example.org address printed
    on every Arabic page. A strings file has no `sample:`: the project's samples are refused
    there too."""
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials/strings/ar.yaml"
    text = path.read_text(encoding="utf-8")
    line = len(text.splitlines()) + 2
    path.write_text(
        text
        + 'fields:\n  helpline: "+00 000 000"\n  website: {text: "https://www.unodc.org/", short: TBD}\n'
        '  venue: "TBD"\n',  # not a contact field: a merged event's
        encoding="utf-8",
    )
    status, out = cli("check", "--kit", kit)
    assert status == 1, out
    said = [ln for ln in out.splitlines() if "placeholder" in ln or "the language's" in ln]
    assert said == [
        f"{path}:{line}:3: error[campaign.placeholder]: ar.yaml helpline '+00 000 000' is a "
        "placeholder (only zeros): it would print on the language's pages of the campaign and "
        "of every office that gives none of its own",
        '  hint: write the language\'s checked helpline, or leave it empty (`helpline: ""`) for '
        "campaign.yaml's and each office's to show",
        f"{path}:{line + 1}:3: error[campaign.placeholder]: ar.yaml website 'TBD' is a "
        "placeholder ('TBD'): it would print on the language's pages of the campaign and of "
        "every office that gives none of its own",
        '  hint: write the language\'s checked website, or leave it empty (`website: ""`) for '
        "campaign.yaml's and each office's to show",
    ], out


def test_an_offices_abbreviation_is_judged_by_the_languages_it_prints(
    kit_copy: Callable[..., Path],
) -> None:
    """`office_name: Dinas Sosial, NTB` (Nusa Tenggara Barat, an Indonesian province) was an
    `office.placeholder` error, as Dutch 'ntb'; an office of id and en prints it. A French
    name under `fields_by_language: fr` that ends with `n.c.` is French's stand-in."""
    text = (
        "name: Rosea\nlanguages: [id, en, fr]\nfields:\n"
        '  office_name: "Dinas Sosial, NTB"\n'
        '  helpline: "Ana Silva, Raleigh, NC"\n'
        "fields_by_language:\n  fr:\n"
        '    office_name: "Bureau régional n.c."\n'  # line 8
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:8:5: error[office.placeholder]: office 'rosea' office_name 'Bureau régional "
        "n.c.' is a placeholder ('n.c.', French for 'not communicated'): it would print on "
        f"every material of the office\n{OFFICE_HINT.format(name='office_name')}"
    ) in out, out
    assert out.count("office.placeholder") == 1, out


@pytest.mark.parametrize(
    ("value", "languages", "why"),
    [
        ("Ana Silva, Raleigh, NC", ("en",), None),  # a reviewer's merged contact
        ("Ana Silva, Raleigh, N.C.", ("en",), None),
        ("TBC Bank, +995 32 227 27 27", ("ka",), None),
        ("Ana Silva, n.c.", ("fr",), "'n.c.', French for 'not communicated'"),
        ("n.c.", ("en",), "'n.c.', French for 'not communicated'"),  # the whole value: any
        ("Ana Silva, TBC", ("ka",), "'TBC'"),
        ("Ana Silva (phone TBC)", ("en",), "'TBC'"),
    ],
)
def test_a_contacts_abbreviation_by_its_rows_languages(
    value: str, languages: tuple[str, ...], why: str | None
) -> None:
    assert any_placeholder(value, languages=languages) == why


def test_a_strings_files_abbreviation_is_judged_by_its_language(tmp_path: Path) -> None:
    """A strings file's `fields:` print in its language: `n.c.` ending fr.yaml's office name is
    French's stand-in; en.yaml's `Fargo, N.D.` is North Dakota."""
    kit = mini_with_language(tmp_path, "fr", "  word: Cœur\n")
    strings = kit / "materials/strings"
    lines = {}
    for code, name in (("fr", "Bureau régional n.c."), ("en", "Civic Center, Fargo, N.D.")):
        path = strings / f"{code}.yaml"
        text = path.read_text(encoding="utf-8")
        lines[code] = len(text.splitlines()) + 2
        path.write_text(text + f'fields:\n  office_name: "{name}"\n', encoding="utf-8")
    status, out = cli("check", "--kit", kit)
    said = [ln for ln in out.splitlines() if "placeholder" in ln]
    assert said == [
        f"{strings / 'fr.yaml'}:{lines['fr']}:3: error[campaign.placeholder]: fr.yaml "
        "office_name 'Bureau régional n.c.' is a placeholder ('n.c.', French for 'not "
        "communicated'): it would print on the language's pages of the campaign and of every "
        "office that gives none of its own",
    ], out
