"""`build --office`: output under out/<office>/, the office's press profile, its helpline in
every language with Latin digits, its logo; --strict lists what an office has not filled."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from campaign.cli import main

from .kit import HELPLINE, ROSEA, office_kit

ROOT = Path(__file__).resolve().parents[2]
FAST = ["--png-ppi", "20", "--jobs", "1"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", *args], catch_exceptions=False)
    return result.exit_code, result.output


def text_of(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return "".join(page.get_textpage().get_text_range() for page in doc)


def images_in(pdf: Path) -> int:
    with pikepdf.open(pdf) as doc:
        return sum(len(page.get_images()) for page in doc.pages)


def max_ink(pdf: Path) -> float:
    """The largest C+M+Y+K (per cent) of any vector colour of the print PDF."""
    from campaign.preflight import Expect, preflight

    facts = preflight(pdf.read_bytes(), Expect(safe_mm=0, bleed_mm=0)).facts
    return float(facts["max_vector_tac"])  # type: ignore[arg-type]


def test_office_build_into_its_folder(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    kit = office_kit(kit_copy)
    out = tmp_path / "out"
    code, output = run(
        "--kit", str(kit), "--office", "rosea", "--only", "flyer-a5", "-o", str(out), *FAST
    )
    assert code == 0, output
    # the kit's accent on the blue prints below WCAG AA on its uncoated paper: one warning for
    # the pair, not one per slot (colour.contrast-print), and the files are made; in Arabic
    # alone, whose copy-fit sets 'cta-title' below its 14 pt bold (large text, where 3:1 does)
    assert output.count("[colour.contrast") == 1, output
    assert (
        "warning[colour.contrast-print]: rosea / flyer-a5 [ar]: accent text on blue prints at "
        "3.06:1 on FOGRA29 (uncoated paper), below the 4.5:1 WCAG AA asks for 7.5 to 10.5 pt "
        "text; 4.73:1 from the colours' rgb, which the digital PDF and PNGs show "
        "(colour.contrast passes); in slots 'cta-title' and 'contact-title'\n"
    ) in output, output
    folder = out / "rosea" / "flyer-a5"
    assert sorted(p.name for p in folder.iterdir()) == [
        "flyer-a5-ar-rosea-digital.pdf",
        "flyer-a5-ar-rosea-preview-back.png",
        "flyer-a5-ar-rosea-preview-front.png",
        "flyer-a5-ar-rosea.pdf",
        "flyer-a5-en-rosea-digital.pdf",
        "flyer-a5-en-rosea-preview-back.png",
        "flyer-a5-en-rosea-preview-front.png",
        "flyer-a5-en-rosea.pdf",
    ]
    pdf_en = folder / "flyer-a5-en-rosea.pdf"
    assert not (out / "flyer-a5").exists()  # the campaign-level files are not touched
    # the office's uncoated press condition, whole
    with pikepdf.open(pdf_en) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "FOGRA29"
        icc = (kit / "assets/icc/fogra29l_uncoated.icc").read_bytes()
        assert intent.DestOutputProfile.read_bytes() == icc
    assert icc == (ROOT / "assets/icc/fogra29l_uncoated.icc").read_bytes()
    # uncoated paper: every colour within 280 % total ink, the marks' registration colour too
    assert max_ink(pdf_en) == pytest.approx(276)
    with pikepdf.open(pdf_en) as pdf:
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        # the marks' Separation /All at 69 %: on each of the four plates, 276 % in all
        strokes = [i for i in ops if str(i.operator) in ("CS", "SCN")]
        assert any(
            str(a.operator) == "CS"
            and str(a.operands[0]) == "/All"
            and str(b.operator) == "SCN"
            and [float(v) for v in b.operands] == [0.69]
            for a, b in zip(strokes, strokes[1:], strict=False)
        ), strokes
    # the helpline, in Latin digits in Arabic too, and the report form
    for lang in ("en", "ar"):
        text = text_of(folder / f"flyer-a5-{lang}-rosea-digital.pdf")
        assert HELPLINE in text, lang
        # printed as web addresses are in print: without https://
        assert "report.example.org/form" in text, lang
        assert "https://" not in text, lang
    # the logo is an image XObject of the print PDF; the campaign's flyer has none
    assert images_in(pdf_en) == 1
    code, output = run(
        "--kit", str(kit), "--only", "flyer-a5", "--lang", "en", "-o", str(out), *FAST
    )
    assert code == 0, output
    assert images_in(out / "flyer-a5" / "flyer-a5-en.pdf") == 0
    assert HELPLINE not in text_of(out / "flyer-a5" / "flyer-a5-en-digital.pdf")
    assert pdf_en.is_file()  # an office's files are not stale for a campaign build


def test_strict_lists_unfilled_contacts_once_per_office(tmp_path: Path) -> None:
    args = ["--office", "brussels,east-africa", "--only", "badge-58", "-o", str(tmp_path / "o")]
    code, output = run(*args, "--strict", *FAST)
    assert code != 0
    assert output.count("office.unfilled") == 2, output
    assert (
        "error[office.unfilled]: brussels: the office has not filled helpline, "
        "report_url, website, email, social, office_name"
    ) in output
    assert not (tmp_path / "o").exists()  # nothing was built


def test_without_strict_unfilled_is_one_warning_per_office(tmp_path: Path) -> None:
    out = tmp_path / "o"
    code, output = run(
        "--office", "brussels", "--only", "badge-58", "-o", str(out), "--no-digital", *FAST
    )
    assert code == 0, output
    assert output.count("warning[office.unfilled]") == 1  # brussels prints en and fr: once
    assert sorted(p.name for p in (out / "brussels" / "badge-58").glob("*.pdf")) == [
        "badge-58-en-brussels.pdf",
        "badge-58-fr-brussels.pdf",
    ]


def test_unknown_office_is_an_error(tmp_path: Path) -> None:
    code, output = run("--office", "brusels", "-o", str(tmp_path / "o"), *FAST)
    assert code != 0
    assert "error[ref.office]: unknown office 'brusels'" in output
    assert "did you mean 'brussels'?" in output


def test_check_lays_out_an_office_and_strict_lists_its_contacts() -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check", "--office", "brussels", "--only", "badge-58"])
    assert ok.exit_code == 0, ok.output
    assert "ok: 2 document(s) (2 page(s)) of 1 material(s) in 2 language(s)" in ok.output
    assert ok.output.count("warning[office.unfilled]") == 1
    strict = runner.invoke(
        main, ["check", "--office", "brussels", "--only", "badge-58", "--strict"]
    )
    assert strict.exit_code != 0
    assert "error[office.unfilled]" in strict.output


@pytest.mark.parametrize("given", ["partner-logo", "partnr"])
def test_a_logo_named_not_as_the_layouts_ask_is_an_error_at_the_office(
    kit_copy: Callable[..., Path], given: str
) -> None:
    """An office's logo that no layout shows, named close to one the layouts ask for: an
    error at its name in the office's file, saying what to rename it to. `partner-logo:` (an
    office's trial: trial-files/mistake-logo-name.yaml) was a warning at the layout's slot
    ("or fix the name in the layout"), `check` ended ok and the build dropped the logo."""
    office = ROSEA.replace("  partner: rosea-logo.png", f"  {given}: rosea-logo.png")
    kit = office_kit(kit_copy, office)
    line = office.splitlines().index(f"  {given}: rosea-logo.png") + 1
    result = CliRunner().invoke(
        main, ["check", "--kit", str(kit), "--office", "rosea", "--only", "flyer-a5"]
    )
    code, out = result.exit_code, result.output
    assert code == 1, out
    assert (
        f"materials/offices/rosea.yaml:{line}:3: error[office.logo]: office 'rosea' has logo "
        f"'{given}', which no layout shows, and not 'partner', which event-flyer-a5, "
        "event-poster-a3, flyer-a5 and 10 more show: the logo does not print\n"
        f"  hint: rename '{given}' to 'partner'\n"
    ) in out
    assert "[office.no-logo]" not in out  # said once, at the office


def test_a_logo_misnamed_for_one_layout_says_it_in_the_singular(
    kit_copy: Callable[..., Path],
) -> None:
    """An office that makes one material: "which flyer-a5 shows" (it said "show")."""
    office = ROSEA.replace("  partner: rosea-logo.png", "  partner-logo: rosea-logo.png")
    kit = office_kit(kit_copy, office + "materials: [flyer-a5]\n")
    result = CliRunner().invoke(main, ["check", "--kit", str(kit), "--office", "rosea"])
    assert result.exit_code == 1, result.output
    assert (
        "office 'rosea' has logo 'partner-logo', which no layout shows, and not 'partner', "
        "which flyer-a5 shows: the logo does not print\n"
    ) in result.output


def test_a_field_given_for_some_languages_names_the_others(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A helpline given under fields_by_language for Arabic only was listed as not filled at
    all; the languages that lack it are named."""
    brussels = (ROOT / "materials/offices/brussels.yaml").read_text(encoding="utf-8")
    text = brussels.replace("languages: [en, fr]", "languages: [en, fr, ar]").replace(
        "fields_by_language: {}",
        'fields_by_language:\n  ar: {helpline: "+000 111 0000"}\n  fr: {helpline: ""}',
    )
    text += "sample: true\n"  # its helpline is a sample (+000)
    kit = kit_copy(**{"materials/offices/brussels.yaml": text})
    code, output = run(
        "--kit", str(kit), "--office", "brussels", "--only", "badge-58", "--lang", "ar",
        "-o", str(tmp_path / "o"), "--no-digital", *FAST,
    )  # fmt: skip
    assert code == 0, output
    assert (
        "warning[office.unfilled]: brussels: the office has not filled helpline (en, fr), "
        "report_url, website, email, social, office_name"
    ) in output


def test_a_size_that_leaves_out_what_the_office_gives_says_so(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A country office's trial: flyer-a6 (the A5 flyer's front only) printed none of the
    office's logos and contacts, which the A5 flyer's back shows, without a word. A note per
    office and size naming what it leaves out (not a warning: `--strict` does not fail for
    the kit's own design). The website is named: the front's `first_field` slot shows the
    office's reporting form instead; what the office does not give (an e-mail) is not."""
    rosea = ROSEA.replace(
        "  report_url: https://report.example.org/form",
        "  report_url: https://report.example.org/form\n  website: https://example.org\n"
        '  social: "@rosea_test"\n  office_name: Rosea Test Office',
    )
    kit = office_kit(kit_copy, rosea)
    args = ("--kit", str(kit), "--office", "rosea", "--only", "flyer-a5,flyer-a6,poster-a4")
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 0, result.output
    # a note (layout.left-out) at the size's entry under the design's `sizes:`
    layout = kit / "materials/layouts/flyer-a5.yaml"
    lines = layout.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("  a6:")) + 1
    where = f"{layout}:{line}:5"  # the size's entry under `sizes:`: its first key
    note = (
        f"{where}: note[layout.left-out]: 'flyer-a6' leaves out what office 'rosea' gives and "
        "'flyer-a5' shows on its back: office_name, social, website and logo 'partner'; the "
        "size has only its front (pages: [front]). The office builds 'flyer-a5' too, which "
        "prints them\n"
    )
    assert note in result.output
    assert result.output.count("note[layout.left-out]: 'flyer") == 1  # not a5's, not a4's
    code, output = run(
        *args[:4], "--only", "flyer-a6", "--lang", "en", "-o", str(tmp_path / "o"),
        "--no-digital", *FAST,
    )  # fmt: skip
    assert code == 0, output
    assert note in output
    code, output = run(  # in a --json report's diagnostics: it was a line of `notes`
        *args[:4], "--only", "flyer-a6", "--lang", "en", "-o", str(tmp_path / "o"),
        "--no-digital", *FAST, "--json", "--force",
    )  # fmt: skip
    report = json.loads(output)
    found = [d for d in report["diagnostics"] if d["code"] == "layout.left-out"]
    assert found == [
        {
            "severity": "note",
            "code": "layout.left-out",
            "message": note.split(": note[layout.left-out]: ", 1)[1].rstrip("\n"),
            "file": str(kit / "materials/layouts/flyer-a5.yaml"),
            "line": line,
            "column": 5,
            "hints": [],
            "subject": {},
        }
    ], found
    assert report["notes"] == [], report
    # with every contact filled, `--strict` passes: a note is no warning. On the office's
    # uncoated paper (FOGRA29) the kit's accent on the blue prints below WCAG AA: a warning of
    # the campaign's colours (colour.contrast-print), which --strict makes the one error; on
    # coated paper (FOGRA39), where it prints as its rgb, nothing is left
    # (and its logo's alternative text given in its languages: office.logo-alt is a warning)
    full = rosea.replace("  social:", "  email: contact@example.org\n  social:").replace(
        "partner: rosea-logo.png",
        "partner: {file: rosea-logo.png, alt: {en: Rosea Partners, ar: شركاء روزيا}}",
    )
    (kit / "materials/offices/rosea.yaml").write_text(full, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *args, "--strict"])
    assert result.exit_code == 1, result.output
    assert "error[colour.contrast-print]: rosea: accent text on blue" in result.output
    assert result.output.count("error[") == 1, result.output
    coated = full.replace("output_profile: fogra29", "output_profile: fogra39")
    (kit / "materials/offices/rosea.yaml").write_text(coated, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *args, "--strict"])
    assert result.exit_code == 0, result.output
    assert "back: email, office_name, social, website and logo 'partner';" in result.output
    # an office that lists its materials without the A5 flyer is told to add it
    listed = rosea.replace("languages: [en, ar]", "languages: [en, ar]\nmaterials: [flyer-a6]")
    (kit / "materials/offices/rosea.yaml").write_text(listed, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *args[:4]])
    assert result.exit_code == 0, result.output
    assert (
        note.replace(
            "The office builds 'flyer-a5' too, which prints them",
            "To print them, add 'flyer-a5' to the office's `materials:`",
        )
        in result.output
    )


def test_a_us_office_is_told_of_its_own_two_sided_size(
    kit_copy: Callable[..., Path],
) -> None:
    """A US-paper office's trial: flyer-half-letter's note told it to add 'flyer-a5' (an ISO
    A5 flyer) though it builds flyer-letter, the same design with its back. The note names
    the size of the design the office builds and that prints what is left out; an office
    that lists neither is told to add the one of its own paper family."""
    rosea = ROSEA.replace("languages: [en, ar]", "languages: [en, ar]\npaper: us").replace(
        "  report_url: https://report.example.org/form",
        "  report_url: https://report.example.org/form\n  website: https://example.org",
    )
    kit = office_kit(kit_copy, rosea)
    args = ["check", "--kit", str(kit), "--office", "rosea"]
    result = CliRunner().invoke(main, [*args, "--only", "flyer-letter,flyer-half-letter"])
    assert result.exit_code == 0, result.output
    head = (
        "note[layout.left-out]: 'flyer-half-letter' leaves out what office 'rosea' gives and "
        "'flyer-a5' shows on its back: office_name, website and logo 'partner'; the size has "
        "only its front (pages: [front])."
    )
    assert f"{head} The office builds 'flyer-letter' too, which prints them\n" in result.output
    listed = rosea.replace("paper: us", "paper: us\nmaterials: [flyer-half-letter]")
    (kit / "materials/offices/rosea.yaml").write_text(listed, encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (
        f"{head} To print them, add 'flyer-letter' to the office's `materials:`\n"
    ) in result.output


def test_the_build_line_names_the_offices_folder(tmp_path: Path) -> None:
    """An office's trial: `build --office mekong` ended "built ... in out/", and its files
    were in out/mekong/."""
    out = tmp_path / "out"
    args = ("--only", "badge-58", "--lang", "en", "--no-png", "--no-digital", "-o", str(out))
    code, text = run("--office", "brussels", *args)
    assert code == 0, text
    assert f"built 1 print PDF(s), 0 digital PDF(s) and 0 PNG(s) in {out}/brussels/ (" in text
    code, text = run("--office", "brussels,new-york", "--force", *args)
    assert code == 0, text
    assert f"in {out}/ (brussels/, new-york/) (" in text
