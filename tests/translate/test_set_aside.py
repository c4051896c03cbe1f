"""A language set aside for a broken text (`{ helpline }` written by hand: Kit.unreadable) is
exported and proofed as its file reads, the broken text as it is and named, so that the
translator fixes it in their file and imports it: `strings export` and `strings proof` stopped
at the strings file's line, and only an edit of the YAML went on. A file that does not read
(its YAML) still stops them with its own error."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from campaign.kit import load_kit

from ..kits import cli, mini_copy
from .test_proof import proof

BROKEN = "قلب { helpline }"


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """The mini kit, its Arabic `word` (line 5 of ar.yaml) with braces that make no
    placeholder."""
    root = mini_copy(tmp_path / "kit")
    ar = root / "materials/strings/ar.yaml"
    text = ar.read_text(encoding="utf-8")
    ar.write_text(text.replace("  word: قلب\n", f"  word: {BROKEN}\n"), encoding="utf-8")
    assert load_kit(root, isolate=True).unreadable.keys() == {"ar"}
    return root


def warning(kit: Path, hint: str) -> str:
    return (
        # at its braces (`  word: قلب { helpline }`), not the key
        f"{kit / 'materials/strings/ar.yaml'}:5:13: warning[ref.field]: [ar] 'word': "
        "'{ helpline }' is not a field placeholder: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
        f"  hint: {hint}\n"
        "1 warning(s)\n"
    )


def test_export_has_the_broken_text_as_it_is_and_names_it(kit: Path, tmp_path: Path) -> None:
    po_path = tmp_path / "ar.po"
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", po_path)
    assert (status, out) == (
        0,
        f"wrote {po_path} (po, 2 keys)\n"
        + warning(kit, "ar.po has it as it is: fix it there, then import it"),
    )
    po = polib.pofile(str(po_path))
    word = next(e for e in po if e.msgctxt == "word")
    assert word.msgstr == BROKEN
    assert next(e for e in po if e.msgctxt == "emblem_alt").msgstr == "قلب أزرق"
    # the translator's fix, imported: the language reads again
    word.msgstr = "قلب"
    po.save(str(po_path))
    status, out = cli("strings", "import", po_path, "--kit", kit)
    assert status == 0, out
    assert "  changed: word\n" in out
    assert load_kit(kit, isolate=True).unreadable == {}


def test_proof_shows_the_broken_text_and_its_problem_in_its_block(
    kit: Path, tmp_path: Path
) -> None:
    out_pdf = tmp_path / "ar.pdf"
    status, out = cli("strings", "proof", "--lang", "ar", "--kit", kit, "-o", out_pdf)
    assert (status, out) == (
        0,
        f"wrote {out_pdf}\n"
        + warning(
            kit,
            "ar.pdf shows it (BROKEN TEXT): fix it in the file exported for translators "
            f"(`python generate.py strings export --lang ar --kit {kit}`), then import it",
        ),
    )
    text = "\n".join(proof(kit, "ar", out_pdf))
    block = text[text.index("\nword ") : text.index("\nemblem_alt ")]
    # laid out as it is (the badge's word has no room for the braces too)
    assert block.split("\n")[1] == "word TRANSLATED OVERFLOW BROKEN TEXT", block
    assert (
        "BROKEN TEXT ref.field: '{ helpline }' is not a field placeholder: it would print as "
        "written (ar.yaml, line 5): ar does not build until it is fixed in the exported file "
        "and imported"
    ) in " ".join(block.split()), block  # a line broken at a space ends with it
    assert "1 with a broken text (the language does not build)" in " ".join(text.split())
    assert "BROKEN" not in text[text.index("\nemblem_alt ") :]


def test_a_strings_file_that_does_not_read_still_stops_them(kit: Path, tmp_path: Path) -> None:
    ar = kit / "materials/strings/ar.yaml"
    ar.write_text(ar.read_text(encoding="utf-8").replace(f"word: {BROKEN}", "word: [قلب"))
    error = (
        f"{ar}:5:9: error[load.yaml]: this '[' is not closed (the YAML stops making sense at "
        "line 6: expected ',' or ']', but got ':')\n"
        "  hint: close it with ']' before the line ends, or put the value in quotes\n"
        "1 error(s)\n"
    )
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", tmp_path / "a.po")
    assert (status, out) == (1, error)
    status, out = cli("strings", "proof", "--lang", "ar", "--kit", kit, "-o", tmp_path / "a.pdf")
    assert (status, out) == (1, error)
    assert not (tmp_path / "a.po").exists()
    assert not (tmp_path / "a.pdf").exists()
