"""`package.outdated` after an edit of a strings file counts the documents whose layout sets
the edited text alone (`KitChanges._same_texts`, the stamp's `kit_strings`), as the build
judges them (it makes those again and skips the others). A Tokyo office's trial edited
ja.yaml's theme and was told the Japanese badges and stickers were "made from it as it was",
though they print no theme and a build made none of them again. An edit of what every
document takes from the file (its `status:`, its digits) still outdates them all, and a
translator's note none."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.pipeline.fingerprint import layout_strings, strings_values
from tests.kits import cli

ARGS = ("--no-png", "--no-digital", "--only", "poster-a3,badge-58,sticker-50", "--lang", "ja,en")
THEME = "人身取引との闘いで、どの子どもも取り残さない"
JA = f"""language: ja
name: Japanese
native_name: 日本語
status: draft
strings:
  theme:
    text: {THEME}
    note: The headline.
  badge:
    text: 人身取引をなくそう
"""


def outdated(text: str) -> list[str]:
    return re.findall(r"error\[package\.outdated\]: (.*)", text)


@pytest.fixture
def built(kit_copy: Callable[..., Path], tmp_path: Path) -> tuple[Path, Path]:
    kit, out = kit_copy(**{"materials/strings/ja.yaml": JA}), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    return kit, out


def package(kit: Path, out: Path) -> tuple[int, str]:
    return cli("package", "--kit", kit, "--from", out, "-o", out.parent / "pkg")


def edit(kit: Path, old: str, new: str) -> None:
    path = kit / "materials/strings/ja.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edited_text_outdates_the_documents_that_set_it(built: tuple[Path, Path]) -> None:
    kit, out = built
    edit(kit, f"text: {THEME}", "text: どの子どもも決して取り残さない")
    code, text = package(kit, out)
    assert code == 1, text
    assert outdated(text) == [
        f"the kit changed since {out}'s last build (materials/strings/ja.yaml): 1 of its 6 "
        "files were made from it as it was (poster-a3-ja.pdf)"
    ], text
    # the build that made the folder makes that one again, and skips the badge and sticker
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS, "--json")
    assert code == 0, text
    report = json.loads(text)
    made = [f for job in report["jobs"] if job["status"] == "done" for f in job["files"]]
    assert made == ["poster-a3/poster-a3-ja.pdf"], text
    code, text = package(kit, out)
    assert code == 0, text


def test_the_badge_s_text_outdates_the_badge_and_the_sticker(built: tuple[Path, Path]) -> None:
    kit, out = built
    edit(kit, "text: 人身取引をなくそう", "text: 人身取引をなくそう!")
    code, text = package(kit, out)
    assert outdated(text) == [
        f"the kit changed since {out}'s last build (materials/strings/ja.yaml): 2 of its 6 "
        "files were made from it as it was (badge-58-ja.pdf, sticker-50-ja.pdf)"
    ], text


def test_what_every_document_takes_outdates_them_all(built: tuple[Path, Path]) -> None:
    """The file's status (the slugs' DRAFT) is no text: every Japanese file is outdated."""
    kit, out = built
    edit(kit, "status: draft", "status: reviewed")
    code, text = package(kit, out)
    assert outdated(text) == [
        f"the kit changed since {out}'s last build (materials/strings/ja.yaml): 3 of its 6 "
        "files were made from it as it was (badge-58-ja.pdf, poster-a3-ja.pdf, "
        "sticker-50-ja.pdf)"
    ], text


def test_a_translators_note_outdates_none(built: tuple[Path, Path]) -> None:
    kit, out = built
    edit(kit, "note: The headline.", "note: The headline, set large.")
    code, text = package(kit, out)
    assert code == 0, text
    assert outdated(text) == []


def test_strings_values_and_layout_strings(kit_copy: Callable[..., Path]) -> None:
    """Each strings file's texts by key and the rest under ""; a layout's keys with their link
    variants and its links' words; the heart alone (badge-25mm) its description."""
    from campaign.kit.load import load_kit

    kit = load_kit(kit_copy(**{"materials/strings/ja.yaml": JA}))
    ja = strings_values(kit)["materials/strings/ja.yaml"]
    assert sorted(ja) == ["", " months", "badge", "theme"]  # months: a merged date's
    assert all(len(v) == 16 for v in ja.values())
    known = kit.languages["en"].strings
    assert layout_strings(kit.layouts["badge-58"], known) == {
        "badge",
        "hashtags",
        "emblem_alt",
        "link_email",
        "link_phone",
        "link_website",
    }
    assert layout_strings(kit.layouts["badge-25mm"], known) == {"emblem_alt"}
    poster = layout_strings(kit.layouts["poster-a3"], known)
    assert {"theme", "qr_label", "qr_label_tel", "qr_label_mailto"} <= poster
    assert "badge" not in poster
