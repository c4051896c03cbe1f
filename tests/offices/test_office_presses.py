"""An office's button presses (`presses:` in its file): it builds the badge in those presses'
sizes only, whatever their paper. A trial's US office, with one press, got the badge in all
seven sizes of US paper (58 mm and six inch sizes) in each of its languages, and there was no
way to say which presses it has but to list every material it builds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from campaign.kit.load import load_kit
from campaign.pipeline.jobs import office_materials

from ..kits import check, cli

ROOT = Path(__file__).resolve().parents[2]
FAST = ("--png-ppi", "20", "--jobs", "1")
NEW_YORK = (ROOT / "materials" / "offices" / "new-york.yaml").read_text(encoding="utf-8")
BRUSSELS = (ROOT / "materials" / "offices" / "brussels.yaml").read_text(encoding="utf-8")
# the materials of US paper (and of any paper) but the badges, which new-york builds whatever
# its presses
US_OTHERS = [
    "event-flyer-letter",
    "event-poster-letter",
    "event-poster-tabloid",
    "flyer-half-letter",
    "flyer-letter",
    "poster-letter",
    "poster-tabloid",
    "social-1080x1080",
    "social-1080x1350",
    "social-1080x1920",
    "social-1200x630",
    "social-frame-1080",
    "sticker-50",
]


def with_presses(text: str, presses: str) -> str:
    """An office file's text with `presses: <presses>` after its `paper:` line."""
    head, paper, tail = text.partition("\npaper: ")
    line, _, rest = tail.partition("\n")
    return f"{head}{paper}{line}\npresses: {presses}\n{rest}"


def badges(kit: Path, office: str) -> list[str]:
    """The badge materials `office` builds, in the kit's order."""
    k = load_kit(kit)
    return [m for m in office_materials(k, k.offices[office]) if m.startswith("badge-")]


def test_an_office_of_one_press_builds_that_badge_alone_in_each_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(**{"materials/offices/new-york.yaml": with_presses(NEW_YORK, "[2-25in]")})
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "--office", "new-york", "--lang", "en,es", "-o", out, *FAST
    )
    assert code == 0, text
    folders = sorted(p.name for p in (out / "new-york").iterdir())
    assert folders == sorted(["badge-2-25in", *US_OTHERS])
    assert sorted(p.name for p in (out / "new-york" / "badge-2-25in").iterdir()) == [
        "badge-2-25in-en-new-york-digital.pdf",
        "badge-2-25in-en-new-york-preview.png",
        "badge-2-25in-en-new-york.pdf",
        "badge-2-25in-es-new-york-digital.pdf",
        "badge-2-25in-es-new-york-preview.png",
        "badge-2-25in-es-new-york.pdf",
    ]
    # the press's note is of the press built, not of the 58 mm one left out
    assert "press '58mm'" not in text


def test_without_presses_an_office_builds_the_badge_in_every_size_of_its_paper(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    assert badges(kit, "new-york") == [
        "badge-58",
        "badge-1in",
        "badge-1-25in",
        "badge-1-5in",
        "badge-1-75in",
        "badge-2-25in",
        "badge-3in",
    ]
    assert badges(kit, "brussels") == [
        "badge-58",
        "badge-25mm",
        "badge-32mm",
        "badge-38mm",
        "badge-44mm",
        "badge-75mm",
    ]


def test_presses_of_another_paper_are_built_and_a_country_takes_its_regions(
    kit_copy: Callable[..., Path],
) -> None:
    """An ISO office with a 58 mm and a 1.5 in press builds both badges (the press is what it
    has, whatever the paper); an office that extends it takes its presses, and its own
    `presses:` replaces them."""
    kit = kit_copy(
        **{
            "materials/offices/brussels.yaml": with_presses(BRUSSELS, "[58mm, 1-5in]"),
            "materials/offices/liege.yaml": "extends: brussels\nname: Liege Test Office\n",
            "materials/offices/namur.yaml": (
                "extends: brussels\nname: Namur Test Office\npresses: [32mm]\n"
            ),
        }
    )
    assert badges(kit, "brussels") == ["badge-58", "badge-1-5in"]
    assert badges(kit, "liege") == ["badge-58", "badge-1-5in"]
    assert badges(kit, "namur") == ["badge-32mm"]
    k = load_kit(kit)
    others = [m for m in office_materials(k, k.offices["brussels"]) if not m.startswith("badge")]
    assert "poster-a3" in others
    assert "poster-letter" not in others


def test_a_press_the_kit_lacks_or_makes_no_badge_for_is_told_at_its_entry(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy(
        **{"materials/offices/new-york.yaml": with_presses(NEW_YORK, "[2-25in, 2.25in, 4in]")}
    )
    (kit / "materials" / "presses" / "4in.yaml").write_text(
        (kit / "materials" / "presses" / "3in.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    line = with_presses(NEW_YORK, "[]").split("\n").index("presses: []") + 1
    code, text = check(kit, "--office", "new-york")
    assert code == 1, text
    assert (
        f"materials/offices/new-york.yaml:{line}:19: error[ref.press]: office 'new-york' has "
        "press '2.25in', which the kit does not have\n"
        "  hint: did you mean '2-25in'?\n"
    ) in text
    assert (
        f"materials/offices/new-york.yaml:{line}:27: warning[office.press]: office 'new-york' "
        "has press '4in', for which no badge layout or size is made: the office builds no "
        "badge for it\n"
        "  hint: add a size for it under `sizes:` of a badge layout (`4in: {press: 4in}`), or "
        "take it out of `presses:`\n"
    ) in text
    assert text.count("[ref.press]") == 1
    assert text.count("[office.press]") == 1


def test_only_a_badge_of_another_press_says_which_presses_the_office_has(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(**{"materials/offices/new-york.yaml": with_presses(NEW_YORK, "[2-25in]")})
    code, text = cli(
        "build", "--kit", kit, "--office", "new-york", "--only", "badge-58,badge-1in",
        "-o", tmp_path / "out", *FAST,
    )  # fmt: skip
    assert code == 1, text
    assert (
        "materials/offices/new-york.yaml: error[ref.material]: office 'new-york' builds the "
        "badges of the presses it names (2-25in), not badge-58, badge-1in (press 1in, 58mm)\n"
        "  hint: add 1in, 58mm to `presses:` in new-york.yaml, or name a badge of its presses "
        "with --only\n"
    ) in text.replace(str(kit) + "/", "")


def test_an_office_that_names_no_presses_is_told_how(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Its badge in seven sizes, in each language, came without a word: a note at its
    `paper:` line names the sizes and the `presses:` to write. Not once it names them, nor
    when one size is built (`--only`)."""
    kit = kit_copy()
    line = NEW_YORK.split("\n").index("paper: us") + 1
    code, text = check(kit, "--office", "new-york")
    assert code == 0, text
    assert (
        f"materials/offices/new-york.yaml:{line}:1: note[office.badge-sizes]: office "
        "'new-york' builds the badge in 7 sizes, one for each press size of its paper "
        "(badge-58, badge-1in, badge-1-25in, badge-1-5in, badge-1-75in, badge-2-25in, "
        "badge-3in), in each of its languages: it names no `presses:`\n"
        "  hint: name the presses the office has under `presses:` in new-york.yaml (of 58mm, "
        "1in, 1-25in, 1-5in, 1-75in, 2-25in, 3in; e.g. `presses: [58mm]`) to build their "
        "sizes alone\n"
    ) in text
    assert text.count("office.badge-sizes") == 1
    code, text = check(kit, "--office", "new-york", "--only", "badge-58,badge-1in")
    assert code == 0, text
    assert "office.badge-sizes" in text  # two sizes
    code, text = cli(
        "build", "--kit", kit, "--office", "new-york", "--only", "badge-58,badge-1in",
        "--lang", "en", "-o", tmp_path / "out", *FAST,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "note[office.badge-sizes]: office 'new-york' builds the badge in 2 sizes, one for "
        "each press size of its paper (badge-58, badge-1in), in each of its languages"
    ) in text
    code, text = check(kit, "--office", "new-york", "--only", "badge-1in,poster-letter")
    assert code == 0, text
    assert "office.badge-sizes" not in text
    (kit / "materials/offices/new-york.yaml").write_text(
        with_presses(NEW_YORK, "[58mm, 1in]"), encoding="utf-8"
    )
    code, text = check(kit, "--office", "new-york")
    assert code == 0, text
    assert "office.badge-sizes" not in text


def test_a_press_written_as_a_number_is_told_the_press_meant(
    kit_copy: Callable[..., Path],
) -> None:
    """`presses: [58]` (YAML's number 58) was "'presses' in nairobi.yaml must be a text or a
    list of texts (got [58])", with the hint to set a text (a UNODC office's trial): read as
    the text it is, it is a press the kit lacks, told the one meant."""
    text = with_presses(BRUSSELS, "[58, 2.25]")
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    line = text.split("\n").index("presses: [58, 2.25]") + 1
    code, said = check(kit, "--office", "brussels")
    assert code == 1, said
    assert (
        f"materials/offices/brussels.yaml:{line}:11: error[ref.press]: office 'brussels' has "
        "press '58', which the kit does not have\n"
        "  hint: did you mean '58mm'?\n"
        f"materials/offices/brussels.yaml:{line}:15: error[ref.press]: office 'brussels' has "
        "press '2.25', which the kit does not have\n"
        "  hint: did you mean '2-25in'?\n"
    ) in said, said
    assert "schema.type" not in said, said


def test_an_office_on_us_paper_for_a_european_press_condition_is_told(
    kit_copy: Callable[..., Path],
) -> None:
    """A US print shop's trial: an office made from the template (`output_profile: fogra39`)
    and set to `paper: us` built Letter files with a FOGRA39 OutputIntent without a word."""
    office = NEW_YORK.replace("output_profile: gracol2006", "output_profile: fogra39")
    lines = office.splitlines()
    row = next(i for i, line in enumerate(lines, 1) if line.startswith("output_profile:"))
    kit = kit_copy(**{"materials/offices/new-york.yaml": office})
    code, text = check(kit, "--office", "new-york", "--lang", "en", "--only", "poster-letter")
    assert code == 0, text  # a note: a printer abroad may ask for FOGRA39
    assert (
        f"materials/offices/new-york.yaml:{row}:17: note[office.press-condition]: office "
        "'new-york' prints on US paper (`paper: us`) for the press condition fogra39 (ISO, "
        "European presses): US print shops print to GRACoL 2006 (CGATS TR 006)\n"
        "  hint: write `output_profile: gracol2006` in the office's file, unless its printer "
        "asks for fogra39"
    ) in text
    # without the line, the default (fogra39) is told at `paper:`
    bare = "\n".join(line for line in lines if not line.startswith("output_profile:"))
    paper = next(i for i, line in enumerate(lines, 1) if line.startswith("paper:"))
    (kit / "materials/offices/new-york.yaml").write_text(bare + "\n", encoding="utf-8")
    code, text = check(kit, "--office", "new-york", "--lang", "en", "--only", "poster-letter")
    assert f"new-york.yaml:{paper}:8: note[office.press-condition]" in text
    # the kit's own US office (gracol2006) and an ISO office (fogra39) are not told
    code, text = check(ROOT, "--office", "new-york,brussels", "--lang", "en")
    assert "office.press-condition" not in text, text


def test_an_office_listing_sizes_of_the_other_paper_family_is_told(
    kit_copy: Callable[..., Path],
) -> None:
    """A US print shop's trial: an office on `paper: us` listing poster-a4 and flyer-a4 built
    A4 files without a word. A note at the first such entry, naming each with its paper size
    and the office's own family's sizes of those designs that it does not list; the sizes
    of its own family and of no family (the badge) are not named; an ISO office listing
    Letter is told alike."""
    office = NEW_YORK.replace(
        "paper: us\n",
        "paper: us\nmaterials: [badge-58, poster-a4, poster-letter, flyer-a4, flyer-letter]\n",
    )
    row = next(i for i, line in enumerate(office.splitlines(), 1) if line.startswith("materials"))
    kit = kit_copy(**{"materials/offices/new-york.yaml": office})
    code, text = check(kit, "--office", "new-york", "--lang", "en")
    assert code == 0, text  # a note: an office may print for partners abroad
    assert (
        f"materials/offices/new-york.yaml:{row}:23: note[office.paper-mix]: office 'new-york' "
        "prints on US paper (`paper: us`) and lists poster-a4 (A4) and flyer-a4 (A4), of ISO "
        "paper: US print shops and office printers stock Letter, Legal and Tabloid\n"
        "  hint: list its US sizes of these designs (flyer-half-letter and poster-tabloid) "
        "instead, unless a printer of A4 prints them\n"
    ) in text, text
    assert text.count("office.paper-mix") == 1
    code, text = check(kit, "--office", "new-york", "--lang", "en", "--strict")
    assert "note[office.paper-mix]" in text, text  # not made an error by --strict
    # an ISO office listing a US size
    brussels = (kit / "materials/offices/brussels.yaml").read_text(encoding="utf-8")
    (kit / "materials/offices/brussels.yaml").write_text(
        brussels + "\nmaterials: [poster-a3, poster-tabloid]\n", encoding="utf-8"
    )
    code, text = check(kit, "--office", "brussels", "--lang", "en")
    assert (
        "note[office.paper-mix]: office 'brussels' prints on ISO paper (`paper: iso`) and "
        "lists poster-tabloid (Tabloid), of US paper: ISO print shops and office printers "
        "stock the A sizes (A4, A3)\n"
    ) in text, text
    # the kit's own offices list no such size
    code, text = check(ROOT, "--office", "new-york,brussels", "--lang", "en")
    assert "office.paper-mix" not in text, text


PRESSES = "1-25in, 1-5in, 1-75in, 1in, 2-25in, 25mm, 32mm, 38mm, 3in, 44mm, 58mm, 75mm"


def test_a_press_of_other_digits_is_not_offered(kit_copy: Callable[..., Path]) -> None:
    """A US print shop's trial: `presses: [2in]` was told "did you mean '25mm'?", a one-inch
    press by its spelling. The kit has no 2 in press (50.8 mm), nor one of that size in mm:
    its presses are listed. One of the same number is still offered, its point written as
    the press ids write it (1.5in: 1-5in), and a size in mm that is an inch press's (25.4
    mm: 1in); 25 mm is not 1 in (another press, 0.4 mm smaller)."""
    text = with_presses(BRUSSELS, "[2in, 1.5in, 25.4mm, 58in]")
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    line = text.split("\n").index("presses: [2in, 1.5in, 25.4mm, 58in]") + 1
    code, said = check(kit, "--office", "brussels")
    assert code == 1, said
    at = f"materials/offices/brussels.yaml:{line}"
    assert (
        f"{at}:11: error[ref.press]: office 'brussels' has press '2in', which the kit does not "
        f"have\n  hint: presses: {PRESSES}\n"
        f"{at}:16: error[ref.press]: office 'brussels' has press '1.5in', which the kit does "
        "not have\n  hint: did you mean '1-5in'?\n"
        f"{at}:23: error[ref.press]: office 'brussels' has press '25.4mm', which the kit does "
        "not have\n  hint: did you mean '1in'?\n"
        f"{at}:31: error[ref.press]: office 'brussels' has press '58in', which the kit does "
        f"not have\n  hint: presses: {PRESSES}\n"
    ) in said, said


def test_a_press_condition_of_another_year_is_not_offered(kit_copy: Callable[..., Path]) -> None:
    """The trial's `output_profile: gracol2013` was told "did you mean 'gracol2006'?": GRACoL
    2013 is another press condition (CRPC6), not a misspelling of 2006's. The choices are
    listed."""
    text = BRUSSELS.replace("output_profile: fogra39\n", "output_profile: gracol2013\n")
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    line = text.split("\n").index("output_profile: gracol2013") + 1
    code, said = check(kit, "--office", "brussels")
    assert code == 1, said
    assert (
        f"materials/offices/brussels.yaml:{line}:17: error[schema.choice]: 'output_profile' in "
        "brussels.yaml must be one of fogra39, fogra29, gracol2006 (got 'gracol2013')\n"
        "  hint: choose one of: fogra39, fogra29, gracol2006\n1 error(s)\n"
    ) in said, said
