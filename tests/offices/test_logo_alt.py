"""An office's logo and its alternative text: `logos: {name: {file: ..., alt: {code: ...}}}`.
A logo with it is a Figure of the digital PDF read as the organisation's name, in the page's
language (else the source language's, with its /Lang); one without it was silently an
Artifact (an accessibility team's trial), and is now a warning at its line that asks for
the name (the kit never makes one up)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from ..kits import cli
from .kit import ROSEA, office_kit

WITH_ALT = ROSEA.replace(
    "  partner: rosea-logo.png\n",
    "  partner:\n    file: rosea-logo.png\n    alt: {en: Rosea Partners, ar: شركاء روزيا}\n",
)


def figures(path: Path) -> list[tuple[str, str | None, list[int]]]:
    """Each Figure of a digital PDF: its /Alt, its /Lang and its marked-content ids."""
    out = []
    with pikepdf.open(path) as pdf:

        def walk(e: pikepdf.Object) -> None:
            if isinstance(e, pikepdf.Array):
                for k in e:
                    walk(k)
            elif isinstance(e, pikepdf.Dictionary) and "/S" in e:
                if e.S == "/Figure":
                    kids = e.K if isinstance(e.K, pikepdf.Array) else [e.K]
                    lang = str(e.Lang) if "/Lang" in e else None
                    out.append((str(e.Alt), lang, [int(k) for k in kids]))
                if "/K" in e:
                    walk(e.K)

        walk(pdf.Root.StructTreeRoot.K)
    return out


def test_a_logo_without_alternative_text_is_a_warning_at_its_line(
    kit_copy: Callable[..., Path],
) -> None:
    kit = office_kit(kit_copy)
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:12:12: warning[office.logo-alt]: office 'rosea' logo 'partner' "
        "(rosea-logo.png) has no alternative text: the digital PDFs tag it as decoration, "
        "and screen readers say nothing of it\n"
        "  hint: write the organisation's name as the logo shows it, in each language the "
        "office prints: partner: {file: rosea-logo.png, alt: {en: <the name>, ar: ...}}\n"
    ) in text
    office.write_text(WITH_ALT, encoding="utf-8")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    assert "office.logo-alt" not in text


@pytest.mark.parametrize(
    ("alt", "given", "said"),
    [
        # the Arabic pages read the English text (the source language's): 'arabic' is not
        ("{en: Rosea Partners, arabic: شركاء روزيا}", "arabic", "it is not used"),
        # no text in a language of the kit: every page reads the first given, tagged as en
        # (the warning said "it is not used" of the only text the PDFs read)
        (
            "{EN: Rosea Partners}",
            "EN",
            "the digital PDFs in en, ar, which have no text of their own, read it, tagged as en",
        ),
    ],
)
def test_an_alternative_text_in_no_language_of_the_kit_is_named(
    kit_copy: Callable[..., Path], alt: str, given: str, said: str
) -> None:
    entry = WITH_ALT.replace("{en: Rosea Partners, ar: شركاء روزيا}", alt)
    kit = office_kit(kit_copy, entry)
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:13:11: warning[office.logo-alt]: office 'rosea' logo 'partner' has "
        f"alternative text in '{given}', which is no language of the kit: {said}\n"
    ) in text, text


@pytest.mark.parametrize(
    ("alt", "at", "lacking", "read", "fixed"),
    [
        # the English name alone: the Arabic PDFs read it as English (a Nairobi office's trial
        # gave its partner's name in en alone, and sw was not told)
        (
            "alt: {en: Rosea Partners}",
            "14:10",
            "ar",
            ("en", "Rosea Partners"),
            "en: Rosea Partners, ar: ...",
        ),
        (
            "alt:\n      en: Rosea Partners",
            "15:7",
            "ar",
            ("en", "Rosea Partners"),
            "en: Rosea Partners, ar: ...",
        ),
        # no text in the source language: the first given is read
        (
            "alt: {fr: Partenaires Rosea}",
            "14:10",
            "en, ar",
            ("fr", "Partenaires Rosea"),
            "fr: Partenaires Rosea, en: ..., ar: ...",
        ),
        (
            "alt: {ar: شركاء روزيا, en: ''}",
            "14:10",
            "en",
            ("ar", "شركاء روزيا"),
            "ar: شركاء روزيا, en: ...",
        ),
    ],
)
def test_an_alternative_text_that_lacks_a_language_the_office_prints_is_a_warning_at_it(
    kit_copy: Callable[..., Path],
    alt: str,
    at: str,
    lacking: str,
    read: tuple[str, str],
    fixed: str,
) -> None:
    """One warning per logo, at its `alt:`, naming every language the office prints that the
    text lacks, and the text its digital PDFs read instead (`resolve.logo_alt`)."""
    entry = WITH_ALT.replace("alt: {en: Rosea Partners, ar: شركاء روزيا}", alt)
    kit = office_kit(kit_copy, entry)
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    those = "that language" if "," not in lacking else "those languages"
    assert (
        f"{office}:{at}: warning[office.logo-alt]: office 'rosea' logo 'partner' has no "
        f"alternative text in {lacking}: the digital PDFs in {those} read its {read[0]} text "
        f"instead ('{read[1]}', tagged as {read[0]})\n"
        f"  hint: write the organisation's name as it writes it in {those}, the same where it "
        "is written alike (its language tag is then right): partner: "
        f"{{file: rosea-logo.png, alt: {{{fixed}}}}}\n"
    ) in text, text
    assert text.count("office.logo-alt") == 1, text
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", "--strict")
    assert code == 1
    assert f"{office}:{at}: error[office.logo-alt]" in text, text


def test_a_logo_entry_of_the_wrong_shape_is_an_error_at_its_place(
    kit_copy: Callable[..., Path],
) -> None:
    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: {alt: x}"))
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    office = kit / "materials/offices/rosea.yaml"
    assert (
        f"{office}:12:18: error[schema.type]: logo 'partner' in rosea.yaml: alt must give a "
        "text by language code (got 'x'): each language's digital PDFs read their own\n"
        # the office's languages (en, ar), its text under the first: the hint named
        # "Organisation partenaire", a name no office wrote, in French, which it does not print
        "  hint: write alt: {en: x, ar: <the name>}: the text under the code of the language "
        "it is written in, and the name as the organisation writes it in each other language "
        "the office prints\n"
    ) in text, text
    assert (
        f"{office}:12:12: error[schema.type]: logo 'partner' in rosea.yaml has no file: "
        "(a path under assets/)\n"
    ) in text


def test_a_logo_with_alternative_text_is_a_figure_in_the_pages_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The flyer's back shows the partner logo: a Figure read as its name in English and in
    Arabic; an Arabic flyer of an office that gives the name in English only reads the
    English name, tagged as English. The first Figure of the back is its heart emblem."""
    kit = office_kit(kit_copy, WITH_ALT)
    english_only = WITH_ALT.replace(", ar: شركاء روزيا", "")
    for office, ar in ((WITH_ALT, ("شركاء روزيا", None)), (english_only, None)):
        (kit / "materials/offices/rosea.yaml").write_text(office, encoding="utf-8")
        out = tmp_path / ("both" if ar else "en-only")
        code, text = cli(
            "build", "--kit", kit, "--office", "rosea", "--lang", "en,ar", "--only",
            "flyer-a5", "--no-png", "-o", out,
        )  # fmt: skip
        assert code == 0, text
        pdfs = out / "rosea/flyer-a5"
        logos = [f for f in figures(pdfs / "flyer-a5-en-rosea-digital.pdf") if "Rosea" in f[0]]
        assert [(a, lang) for a, lang, _ in logos] == [("Rosea Partners", None)]
        assert len(logos[0][2]) == 1  # its image's marked content, not an artifact
        shown = [f[:2] for f in figures(pdfs / "flyer-a5-ar-rosea-digital.pdf")]
        assert (ar or ("Rosea Partners", "en")) in shown


def test_a_broken_strings_file_is_one_cause_not_an_alt_in_no_language(
    kit_copy: Callable[..., Path],
) -> None:
    """ar.yaml with an unclosed quote: its error says why, and the logo's `ar:` alternative
    text is not also "in 'ar', which is no language of the kit" (a trial's follow-on
    warning, which listed the 26 languages ar is one of)."""
    kit = office_kit(kit_copy, WITH_ALT)
    strings = kit / "materials/strings/ar.yaml"
    lines = strings.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  ") and ": " in line)
    lines[at] = lines[at].split(": ", 1)[0] + ': "unclosed\n'
    strings.write_text("".join(lines), encoding="utf-8")
    code, text = cli("check", "--kit", kit, "--office", "rosea")
    assert f"{strings}:{at + 1}:" in text, text
    assert "error[load.yaml]" in text
    assert "office.logo-alt" not in text


def test_a_broken_layout_file_is_one_cause_not_a_missing_material(
    kit_copy: Callable[..., Path],
) -> None:
    """A layout file with an unclosed '[': its error alone, where an office that builds that
    material was also "builds material 'flyer-a5', which the kit does not have", with a
    "did you mean 'event-flyer-a5'?" that sent a trial's user to a wrong fix."""
    kit = office_kit(kit_copy, ROSEA + "materials: [flyer-a5]\n")
    layout = kit / "materials/layouts/flyer-a5.yaml"
    layout.write_text(layout.read_text(encoding="utf-8") + "broken: [a, b\n", encoding="utf-8")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    assert "error[load.yaml]" in text, text
    assert str(layout) in text
    assert "ref.material" not in text
    assert text.count("error[") == 1, text


def test_the_campaigns_own_build_is_not_failed_by_an_offices_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`build --strict` without `--office` makes none of an office's documents: it failed on
    an office logo with no alternative text (a trial). The office's own build and `check`
    still tell it; an office whose file has errors is still named (`office.unusable`)."""
    kit = office_kit(kit_copy)
    args = ("--kit", kit, "--lang", "en", "--only", "badge-58")
    year = ("--strict",)  # the test kit's year is the campaign day's (conftest)
    code, text = cli("build", *args, *year, "-o", tmp_path / "out", "--png-ppi", "20")
    assert code == 0, text
    assert "office.logo-alt" not in text
    code, text = cli("check", *args)  # the kit's check tells every office file's
    assert "warning[office.logo-alt]: office 'rosea' logo 'partner'" in text, text
    code, text = cli("check", *args, "--office", "rosea", "--strict")
    assert code == 1
    assert "error[office.logo-alt]: office 'rosea' logo 'partner'" in text, text
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(ROSEA.replace("partner: rosea-logo.png", "partner: {alt: x}"), "utf-8")
    code, text = cli("build", *args, "-o", tmp_path / "out", "--png-ppi", "20")
    assert code == 0, text
    assert (
        f"{office}:12:18: warning[office.unusable]: office 'rosea' has 2 error(s) in its file: "
        "it is left out until they are mended\n"
    ) in text, text
