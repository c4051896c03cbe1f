"""A contact that stands for one still to come (+66 xx xxx xxxx, TBD, xxx@xxx.xxx, an address
at example.com) is judged alike wherever it is written (`contacts.placeholder`): an office's
contact fields (`office.placeholder`, tests/offices/test_office_files.py), campaign.yaml's
(`campaign.placeholder`) and a merged event's contact and link cells (`merge.value`), which
printed as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.contacts import any_placeholder
from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table

from ..kits import ROOT, cli, mini_copy

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
        ("xxx@xxx.xxx", "x for letters"),
        ("Ana, ana@example.com", "'example.com', a name kept for examples"),
        ("mailto:info@blueheart.test", "'.test', a name kept for examples"),
        ("https://www.xxxx.org/walk", "x for letters"),
        ("Call @xxxx", "x for letters"),
        ("TBD", "'TBD'"),
        ("to be confirmed", "'to be confirmed'"),
        ("Ana Silva, ana@example.org, +66 2 123 4567", None),
        ("https://example.org/walk?id=0000", None),  # an address's own digits
        ("www.who.int/tbc", None),  # a word in an address is its own
        ("Max Foxx, @blueheart", None),
        ("+00 000 000 0000", None),  # the project's samples
    ],
)
def test_a_contact_of_no_named_field_is_judged_by_the_form_of_each_part(
    value: str, why: str | None
) -> None:
    assert any_placeholder(value) == why


def test_a_merged_contact_or_link_cell_with_a_placeholder_is_an_error_at_the_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,contact,link\n"
        'walk,en,Walk,2026-07-30,Park,"Ana, +66 xx xxx xxxx",https://example.org/walk\n'
        "run,en,Run,2026-07-30,Park,ana@example.org,https://example.com/run\n"
        "ride,en,Ride,2026-07-30,Park,,TBD\n"
        'swim,en,Swim,2026-07-30,Pool,"Ana, +66 2 123 4567",https://example.org/swim\n',
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["swim"]
    hint = "  hint: write the event's checked value, or leave the cell empty"
    end = "it would print on the event's documents (a link: in its QR code too)"
    assert [d.render().replace(f"{path}:", "") for d in errs.items if d.is_error] == [
        "2:6: error[merge.value]: row 2, column contact (F): 'Ana, +66 xx xxx xxxx' is a "
        f"placeholder (x for digits): {end}\n{hint}",
        "3:7: error[merge.value]: row 3, column link (G): 'https://example.com/run' is a "
        f"placeholder ('example.com', a name kept for examples): {end}\n{hint}",
        f"4:7: error[merge.value]: row 4, column link (G): 'TBD' is a placeholder ('TBD'): {end}"
        f"\n{hint}",  # told once: not also "not a link"
    ]
