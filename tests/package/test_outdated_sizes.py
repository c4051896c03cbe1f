"""`package.outdated` after an edit of one size's entry of a layout: only that size's files are
outdated, as the build judges them (it makes that size again and skips the others: README,
"Sizes"), and the hint quotes a build of those files alone, with the folder's options. A
user's trial built three sizes of the bookmark in en and ar, edited one size's `title:`, and
was told that 40 of 40 files were "made from it as it was", and to run `build -o out1`, which
would have built the whole kit into the folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.kits import cli, mini_copy

ARGS = ("--no-png", "--no-digital")


def test_an_edit_of_one_size_outdates_that_size_s_files_alone(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit, out = kit_copy(), tmp_path / "out"
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "flyer-a5,flyer-a6", "--lang", "en,fr", *ARGS
    )
    assert code == 0, text
    # the last build: one language of one size; the first build's files are kept
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "flyer-a6", "--lang", "es", *ARGS)
    assert code == 0, text
    layout = kit / "materials/layouts/flyer-a5.yaml"
    before = layout.read_text("utf-8")
    assert before.count("    title: Flyer A6\n") == 1
    layout.write_text(before.replace("    title: Flyer A6\n", "    title: Flyer A6 small\n"))
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 1, text
    said = re.findall(r"^(?:\S+: )?error\[package\.outdated\]: (.*)\n((?:  .*\n)*)", text, re.M)
    assert said == [
        (
            f"the kit changed since {out}'s last build (materials/layouts/flyer-a5.yaml): 3 of "
            "its 5 files were made from it as it was (flyer-a6-en.pdf, flyer-a6-es.pdf, "
            "flyer-a6-fr.pdf)",
            "  hint: build again the files made from it, with the folder's options (python "
            f"generate.py build --only flyer-a6 --lang en,es,fr --no-digital --no-png -o {out} "
            f"--kit {kit}) before sending the package\n"
            "  hint: or pass --allow-outdated to pack them as they are\n",
        )
    ], text
    # the hint's command makes them again, and the package goes
    code, text = cli(
        "build", "--kit", kit, "-o", out, "--only", "flyer-a6", "--lang", "en,es,fr", *ARGS
    )
    assert code == 0, text
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 0, text
    assert "package.outdated" not in text


def test_the_build_of_the_outdated_files_alone() -> None:
    """rebuild_words: a build per group and set of languages, of their materials, with the
    stamp's options; none for a merged file or no options."""
    from campaign.package.build import rebuild_words

    options = {"digital": False, "png": True}
    stale = [("dakar", "flyer-a6", "fr", False), ("dakar", "flyer-a5", "fr", False)]
    assert rebuild_words(stale, options) == (
        "build --office dakar --only flyer-a5,flyer-a6 --lang fr --no-digital",
    )
    assert rebuild_words([(None, "badge-58", "ar", False)], {}) == (
        "build --only badge-58 --lang ar",
    )
    # two groups, and in one two sets of languages: nothing built that was not outdated
    # (it was "build -o OUT, with its --office", or --only and --lang of every pair)
    assert rebuild_words(
        [*stale, ("dakar", "flyer-a5", "en", False), (None, "flyer-a5", "en", False)], {}
    ) == (
        "build --only flyer-a5 --lang en",
        "build --office dakar --only flyer-a5 --lang en,fr",
        "build --office dakar --only flyer-a6 --lang fr",
    )
    # after a failed build (not exact): each group's materials in all its languages
    assert rebuild_words(
        [*stale, ("dakar", "flyer-a5", "en", False), (None, "flyer-a5", "en", False)],
        {},
        exact=False,
    ) == (
        "build --only flyer-a5 --lang en",
        "build --office dakar --only flyer-a5,flyer-a6 --lang en,fr",
    )
    assert rebuild_words([*stale, ("dakar", "event-flyer-a5", "fr", True)], options) == ()
    assert rebuild_words(stale, None) == ()
    assert rebuild_words([], options) == ()


def test_files_of_two_offices_are_told_a_build_each(tmp_path: Path) -> None:
    """`build --office steppe,tundra --only text`, then `--office steppe --only boxes`, and
    en.yaml edited: the hint said `build -o OUT, with its --office`, which builds the whole
    campaign kit; it gives each office's build of its outdated files, with their options."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    (kit / "materials/offices").mkdir()
    for office in ("steppe", "tundra"):
        (kit / f"materials/offices/{office}.yaml").write_text(
            f"name: Office {office}\nlanguages: [en]\n", encoding="utf-8"
        )
    for offices, only in (("steppe,tundra", "text"), ("steppe", "boxes")):
        code, text = cli(
            "build",
            "--kit",
            kit,
            "-o",
            out,
            "--office",
            offices,
            "--only",
            only,
            "--lang",
            "en",
            *ARGS,
        )
        assert code == 0, text
    # the language's name, which every PDF of it takes (its title's, its XMP's): `boxes`
    # sets no text, and an edit of `word` alone outdates `text` alone (test_outdated_strings)
    en = kit / "materials/strings/en.yaml"
    named = en.read_text("utf-8")
    assert named.count("\nname: English\n") == 1
    en.write_text(named.replace("\nname: English\n", "\nname: British English\n"), "utf-8")
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg")
    assert code == 1, text
    said = re.findall(r"^(?:\S+: )?error\[package\.outdated\]: .*\n((?:  .*\n)*)", text, re.M)
    assert said == [
        "  hint: build again the files made from it, with the folder's options (python "
        f"generate.py build --office steppe --only boxes,text --lang en --no-digital --no-png -o "
        f"{out} --kit {kit}; python generate.py build --office tundra --only text --lang en "
        f"--no-digital --no-png -o {out} --kit {kit}) before sending the package\n"
        "  hint: or pass --allow-outdated to pack them as they are\n"
    ], text
