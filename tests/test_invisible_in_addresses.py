"""An invisible character in an address (a right-to-left mark copied with it out of Persian or
Arabic text): the QR code and the digital PDF's link held it percent-encoded and led nowhere,
with no word said (a Middle East office's trial). It is an error at the value, in a link of
campaign.yaml or an office, an office's contact field and a merged event's link cell."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.iri import invisible_in, link_error
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table

from .kits import cli

ROOT = Path(__file__).resolve().parents[1]
HINT = (
    "retype the address (the character prints as nothing, so it cannot be seen to delete it); "
    "such marks come with an address copied out of right-to-left text, and the kit sets an "
    "address's direction itself"
)


@pytest.mark.parametrize(
    ("address", "found"),
    [
        ("https://www.example.org/\u200fmena/blueheart", (24, "\u200f")),  # RLM
        ("\u200ehttps://example.org", (0, "\u200e")),  # LRM first
        ("mailto:info@example.org\u061c", (23, "\u061c")),  # ARABIC LETTER MARK last
        ("https://example.org/a\u00adb", (21, "\u00ad")),  # SOFT HYPHEN
        ("https://example.org/\u2067walk\u2069", (20, "\u2067")),  # an isolate
        ("tel:+20\u200b2", (7, "\u200b")),  # ZERO WIDTH SPACE
        ("https://example.org/\u200cwalk", (20, "\u200c")),  # a joiner after no letter
        ("https://example.org/walk\u200d", (24, "\u200d")),  # a joiner at the end
        # a joiner between two letters is the word's own: a Persian slug (راه‌پیمایی)
        ("https://example.org/\u0631\u0627\u0647\u200c\u067e\u06cc\u0645\u0627\u06cc\u06cc", None),
        ("https://example.org/walk", None),
    ],
)
def test_the_first_invisible_character_of_an_address(
    address: str, found: tuple[int, str] | None
) -> None:
    assert invisible_in(address) == found


def test_the_problem_names_the_character_and_where_it_is() -> None:
    assert link_error("https://www.example.org/\u200fmena") == (
        "it holds an invisible RIGHT-TO-LEFT MARK (U+200F) after 'https://www.example.org/', "
        "which no address has: the QR code and PDF link would hold it (%E2%80%8F) and lead "
        "nowhere",
        HINT,
    )
    problem, _ = link_error("\u200fhttps://example.org") or ("", "")
    assert problem.startswith("it holds an invisible RIGHT-TO-LEFT MARK (U+200F) at its start,")


def test_a_link_of_an_office_with_a_mark_is_an_error_at_its_line(
    kit_copy: Callable[..., Path],
) -> None:
    text = (
        "name: Rosea\nlanguages: [en]\nlinks:\n"
        '  home: "https://www.example.org/\\u200fmena"\n'
        "fields:\n"
        '  email: "\\u200finfo@example.org"\n'
        '  website: "www.example.org/\\u200fmena"\n'
        '  helpline: "+20 2 \\u200e1234 5678"\n'
        "sample: true\n"
    )
    kit = kit_copy(**{"materials/offices/rosea.yaml": text})
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--only", "badge-58")
    office = kit / "materials/offices/rosea.yaml"
    assert code == 1, out
    assert (
        f"{office}:4:9: error[schema.value]: link 'home' is 'https://www.example.org/\u200fmena': "
        "it holds an invisible RIGHT-TO-LEFT MARK (U+200F) after 'https://www.example.org/'"
    ) in out, out
    found = [line for line in out.splitlines() if "office.invisible" in line]
    assert found == [
        f"{office}:6:3: error[office.invisible]: office 'rosea' email '\u200finfo@example.org': "
        "it holds an invisible RIGHT-TO-LEFT MARK (U+200F) at its start, which no address has: "
        "the QR code and PDF link would hold it (%E2%80%8F) and lead nowhere",
        f"{office}:7:3: error[office.invisible]: office 'rosea' website "
        "'www.example.org/\u200fmena': it holds an invisible RIGHT-TO-LEFT MARK (U+200F) after "
        "'www.example.org/', which no address has: the QR code and PDF link would hold it "
        "(%E2%80%8F) and lead nowhere",
        f"{office}:8:3: error[office.invisible]: office 'rosea' helpline '+20 2 \u200e1234 5678': "
        "it holds an invisible LEFT-TO-RIGHT MARK (U+200E) after '+20 2 ', which no address "
        "has: the QR code and PDF link would hold it (%E2%80%8E) and lead nowhere",
    ], out
    assert "office.contact" not in out  # one message a value, the one that names the cause


def test_a_merged_events_link_cell_with_a_mark_is_an_error_at_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        # made-up events (`sample`): their example.org addresses are the project's samples
        "event_id,language,title,date,venue,link,sample\n"
        "walk,fa,\u067e\u06cc\u0627\u062f\u0647\u200c\u0631\u0648\u06cc,2026-07-30,Park,"
        "https://www.example.org/\u200fwalk,true\n"
        "talk,en,Talk,2026-07-30,Hall,\u200finfo@example.org,true\n"
        "run,en,Run,2026-07-30,Park,https://www.example.org/run,true\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["run"]
    problems = [d.render().replace(f"{path}:", "") for d in errs.items if d.severity == "error"]
    assert problems == [
        "2:6: error[merge.value]: row 2, column link (F): the link "
        "'https://www.example.org/\u200fwalk': it holds an invisible RIGHT-TO-LEFT MARK (U+200F) "
        "after 'https://www.example.org/', which no address has: the QR code and PDF link would "
        f"hold it (%E2%80%8F) and lead nowhere\n  hint: {HINT}",
        "3:6: error[merge.value]: row 3, column link (F): the link 'mailto:\u200finfo@example.org':"
        " it holds an invisible RIGHT-TO-LEFT MARK (U+200F) after 'mailto:', which no address "
        "has: the QR code and PDF link would hold it (%E2%80%8F) and lead nowhere\n"
        f"  hint: {HINT}",
    ]
