"""A translator's sign-off, as their tool writes it, marks the language reviewed: a PO's
`X-Status: reviewed` header (the export writes `X-Status: draft`), an XLIFF whose every
segment is `final` (a CAT tool's "signed off"). A translator's trial: both were ignored,
and the only way was to edit the strings file's YAML, which the README says is never needed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from ..kits import cli, mini_copy
from .test_formats import export


def _status(root: Path, code: str) -> str:
    return str(yaml.safe_load((root / f"materials/strings/{code}.yaml").read_bytes())["status"])


def test_a_po_files_reviewed_header_marks_the_language_reviewed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    before = strings.read_text(encoding="utf-8")
    assert _status(root, "fr") == "draft"
    path = tmp_path / "fr.po"
    text = export(root, path, "fr").decode("utf-8")
    assert '"X-Status: draft\\n"' in text
    status, out = cli("strings", "import", path, "--kit", root)  # untouched: still draft
    assert status == 0, out
    assert "status: reviewed" not in out
    assert _status(root, "fr") == "draft"
    path.write_text(text.replace('"X-Status: draft\\n"', '"X-Status: reviewed\\n"'), "utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    # one outcome, on the first line: it said "fr.yaml left as it was: 0 text(s) changed"
    # and, on the next, "status: reviewed" (a translator's trial)
    first = out.splitlines()[0]
    assert re.fullmatch(
        rf"{re.escape(str(strings))} signed off: status: reviewed, as fr\.po signs it off "
        r"\(its X-Status: reviewed header\), its texts as they were \(0 text\(s\) changed, "
        r"\d+ unchanged, 0 left empty in fr\.po\): its documents are no longer marked draft",
        first,
    ), out
    assert "left as it was" not in out, out
    assert _status(root, "fr") == "reviewed"
    # the status line alone changed, its comment kept
    after = strings.read_text(encoding="utf-8")
    assert [a for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b] == [
        line for line in before.splitlines() if re.match(r"status:", line)
    ]
    status, out = cli("strings", "import", path, "--kit", root)  # said once
    assert "status: reviewed" not in out, out


def test_an_xliff_whose_every_segment_is_final_marks_the_language_reviewed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    text = export(root, path, "fr", "--format", "xliff").decode("utf-8")
    states = re.findall(r'state="(\w+)"', text)
    assert states
    assert "final" not in states
    # one segment left unsigned: the language is not signed off
    some = re.sub(r'state="\w+"', 'state="final"', text, count=len(states) - 1)
    path.write_text(some, encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert _status(root, "fr") == "draft"
    path.write_text(re.sub(r'state="\w+"', 'state="final"', text), encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "as fr.xlf signs it off (every segment's state final)" in out, out
    assert _status(root, "fr") == "reviewed"


HINT = (
    "  hint: for a review, export the language again (`python generate.py strings export "
    "--lang fr --kit {kit}`), "
    "have every text translated, and have the reviewer sign that file off, then import it\n"
)


def test_a_refused_xliff_sign_off_says_to_export_xliff(tmp_path: Path) -> None:
    """The reviewer works in XLIFF: the export the refusal names is XLIFF's (it was the PO
    export, `strings export --lang si`, without `--format xliff`: a translator's trial)."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.xlf"
    text = export(kit, path, "ar", "--format", "xliff").decode("utf-8")
    signed = re.sub(r'state="\w+"', 'state="final"', text)
    # one text left empty: the file does not give every text the language has
    signed = signed.replace("<target>قلب</target>", "<target></target>", 1)
    path.write_text(signed, encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert (
        f"{path}:1:1: warning[translate.sign-off]: ar.xlf signs ar off (every segment's state "
        "final), but it does not give every text the language has now, as it has it: word "
        "(left empty): ar.yaml is left `status: draft`\n"
        + HINT.format(kit=kit).replace("--lang fr ", "--lang ar --format xliff ")
    ) in out, out


def test_an_xliff_sign_off_with_changed_texts_is_one_line(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.xlf"
    text = export(kit, path, "ar", "--format", "xliff").decode("utf-8")
    signed = re.sub(r'state="\w+"', 'state="final"', text)
    path.write_text(signed.replace("<target>قلب</target>", "<target>قلب!</target>"), "utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    strings = kit / "materials/strings/ar.yaml"
    assert out.startswith(
        f"{strings} updated and signed off: 1 text(s) changed, 1 unchanged, 0 left empty in "
        "ar.xlf; status: reviewed, as ar.xlf signs it off (every segment's state final): its "
        "documents are no longer marked draft\n  changed: word\n"
    ), out


def _signed_po(root: Path, path: Path) -> None:
    """fr's export to `path`, as its reviewer signs it off (`X-Status: reviewed`)."""
    text = export(root, path, "fr").decode("utf-8")
    path.write_text(text.replace('"X-Status: draft\\n"', '"X-Status: reviewed\\n"'), "utf-8")


def _set_back(root: Path) -> None:
    """fr.yaml set back to `status: draft` by hand, as a maintainer does for new strings."""
    strings = root / "materials/strings/fr.yaml"
    text = strings.read_text(encoding="utf-8")
    assert "\nstatus: reviewed\n" in text
    strings.write_text(text.replace("\nstatus: reviewed\n", "\nstatus: draft\n"), "utf-8")


def _x_status_at(path: Path) -> str:
    """line:column of the X-Status: header's value in PO file `path`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    n = next(n for n, line in enumerate(lines, 1) if line.startswith('"X-Status: '))
    return f"{n}:12"  # after `"X-Status: `


def test_the_same_signed_off_file_again_does_not_undo_a_set_back_to_draft(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A review: the maintainer set the language back to draft, and the reviewer's old file
    imported again marked it reviewed again, though the file predates the draft."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    _signed_po(root, path)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert _status(root, "fr") == "reviewed"
    _set_back(root)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        f"{path}:{_x_status_at(path)}: warning[translate.sign-off]: fr.po signs fr off (its "
        "X-Status: reviewed header), but an earlier import of its export took this sign-off, "
        "and the language was set back to draft after it (the file predates that): fr.yaml "
        "is left `status: draft`\n" + HINT.format(kit=root)
    ) in out, out
    assert "status: reviewed, as" not in out
    assert _status(root, "fr") == "draft"
    # a new export, signed off by the reviewer, is theirs: it marks the language reviewed
    again = tmp_path / "new" / "fr.po"
    _signed_po(root, again)
    status, out = cli("strings", "import", again, "--kit", root)
    assert status == 0, out
    assert "translate.sign-off" not in out, out
    assert _status(root, "fr") == "reviewed"


def test_a_signed_off_file_without_a_key_the_source_gained_leaves_the_language_draft(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The file does not give every text the language has now: a key the source gained
    after its export (the reason a maintainer sets a language back to draft) is named."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    _signed_po(root, path)
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    en.write_text(text.replace("strings:\n", "strings:\n  extra_line: A new line\n", 1), "utf-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        f"{path}:{_x_status_at(path)}: warning[translate.sign-off]: fr.po signs fr off (its "
        "X-Status: reviewed header), but it does not give every text the language has now, as "
        "it has it: extra_line (not in the file): fr.yaml is left `status: draft`\n"
        + HINT.format(kit=root)
    ) in out, out
    assert _status(root, "fr") == "draft"


def test_a_file_exported_while_reviewed_says_so_of_then_not_of_now(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An export of a reviewed language writes `X-Status: reviewed` and `final` itself: set
    back to draft since, such a file marked it reviewed again without any reviewer."""
    root = kit_copy()
    path = tmp_path / "fr.po"
    _signed_po(root, path)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert _status(root, "fr") == "reviewed"
    po, xlf = tmp_path / "then" / "fr.po", tmp_path / "then" / "fr.xlf"
    assert '"X-Status: reviewed\\n"' in export(root, po, "fr").decode("utf-8")
    assert 'state="initial"' not in export(root, xlf, "fr", "--format", "xliff").decode("utf-8")
    _set_back(root)
    for file, how, at in (
        (po, "its X-Status: reviewed header", _x_status_at(po)),
        (xlf, "every segment's state final", "1:1"),
    ):
        status, out = cli("strings", "import", file, "--kit", root)
        assert status == 0, out
        assert (
            f"{file}:{at}: warning[translate.sign-off]: {file.name} signs fr off ({how}), but "
            "it was exported while fr.yaml said `status: reviewed`, and says so as it was "
            "exported, not as a reviewer marked it since: fr.yaml is left `status: draft`\n"
            # the export in the reviewer's own format
            + HINT.format(kit=root).replace(
                "--lang fr ", "--lang fr --format xliff " if file == xlf else "--lang fr "
            )
        ) in out, out
        assert _status(root, "fr") == "draft"
