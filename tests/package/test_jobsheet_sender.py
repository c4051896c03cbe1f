"""The job sheet names its sender: the office's name (its `names:` entry for the job sheet's
language, the kit's source language, else `name:`) and id, and whom to ask about the job (the
office's own email and website fields, when it gives them; nothing is made up). A print
shop's job sheet said "job sheet 2026-07-sa-example – south-america-example" and no more."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from campaign.kit import load_kit
from campaign.package.jobsheet import sender
from tests.kits import cli

SA = """name: UNODC South America Example
names: {es: ONUDC Ejemplo Sudamérica}
languages: [en]
fields:
  email: "sa-office@example.org"
  website: "https://www.example.org/sa"
sample: true
"""
QUIET = 'name: UNODC Quiet Example\nlanguages: [en]\nfields:\n  email: ""\n'
NAMED = "name: UNODC Named Example\nnames: {en: UNODC Named Example (English)}\nlanguages: [en]\n"
CHILD = "name: UNODC Child Example\nextends: south-america-example\n"


def test_the_sender_is_the_office_name_and_its_own_contacts(
    kit_copy: Callable[..., Path],
) -> None:
    kit = load_kit(
        kit_copy(
            **{
                "materials/offices/south-america-example.yaml": SA,
                "materials/offices/quiet.yaml": QUIET,
                "materials/offices/named.yaml": NAMED,
                "materials/offices/child.yaml": CHILD,
            }
        )
    )
    said = {
        group: (by.name, by.contact, by.mark.path.name if by.mark else None)
        for group in ("south-america-example", "quiet", "named", "child", "campaign", "gone")
        for by in [sender(kit, group)]
    }
    assert said == {
        "south-america-example": (
            "UNODC South America Example (south-america-example)",
            "sa-office@example.org, https://www.example.org/sa",
            "south-america-example.yaml",
        ),
        "quiet": ("UNODC Quiet Example (quiet)", "", "quiet.yaml"),  # none given
        "named": ("UNODC Named Example (English) (named)", "", "named.yaml"),
        # its parent's contacts (extends:), its own name
        "child": (
            "UNODC Child Example (child)",
            "sa-office@example.org, https://www.example.org/sa",
            "child.yaml",
        ),
        # the campaign kit's: campaign.yaml's fields (the shipped one gives none)
        "campaign": ("campaign", "", "campaign.yaml"),
        "gone": ("gone", "", None),  # an office the kit no longer has
    }
    assert sender(kit, "quiet").ask == (
        "Questions about this job: no contact given; ask whoever sent the files (their "
        "materials/offices/quiet.yaml has no e-mail or website)"
    )
    assert sender(kit, "gone").ask == (
        "Questions about this job: no contact given; ask whoever sent the files"
    )


def test_the_job_sheets_name_the_sender_and_whom_to_ask(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(**{"materials/offices/south-america-example.yaml": SA})
    out = tmp_path / "out"
    args = ("--office", "south-america-example", "--only", "badge-58", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    pkg = tmp_path / "pkg"
    code, text = cli(
        "package", "--kit", kit, "--from", out, "-o", pkg, "--job", "2026-07-sa-example"
    )
    assert code == 0, text
    with zipfile.ZipFile(pkg / "2026-07-sa-example-south-america-example-print.zip") as z:
        txt = z.read("JOB-SHEET.txt").decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
    title = (
        "World Day Against Trafficking in Persons 2024 \u2013 job sheet 2026-07-sa-example "
        "\u2013 UNODC South America Example (south-america-example)"
    )
    assert txt.startswith(
        f"{title}\n{'=' * len(title)}\n\n"
        "Questions about this job: sa-office@example.org, https://www.example.org/sa\n\n"
    )
    assert [(r["file"], r["sender"], r["contact"]) for r in rows] == [
        (
            "badge-58-en-south-america-example.pdf",
            "UNODC South America Example (south-america-example)",
            "sa-office@example.org, https://www.example.org/sa",
        )
    ]


def test_an_office_without_a_contact_of_its_own_is_asked_through_the_campaigns(
    kit_copy: Callable[..., Path],
) -> None:
    """Its materials print campaign.yaml's e-mail where it gives none (the build counted it
    filled), and the job sheet named no one (a trial)."""
    kit = kit_copy(**{"materials/offices/quiet.yaml": QUIET})
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text("utf-8").replace('  email: ""', '  email: "print@example.org"', 1)
    campaign.write_text(text + "sample: true\n", "utf-8")
    loaded = load_kit(kit)
    assert sender(loaded, "quiet")[:2] == ("UNODC Quiet Example (quiet)", "print@example.org")
    assert sender(loaded, "campaign")[:2] == ("campaign", "print@example.org")
