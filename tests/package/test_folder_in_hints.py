"""The commands `package`'s hints tell the user to run to write into the build folder again
carry `-o FOLDER` when it is not that command's default (campaign.commands.out: out/ for
`build`, out-events/ for `merge`). A folder built with `-o out-dakar` whose kit changed
since was told "build again (the command that made the folder: python generate.py build,
...)": run as written, it wrote to out/, and the package found out-dakar outdated again.
For out/ the hints are as they were."""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign import commands
from campaign.cli.package import outdated_diagnostic, stale_warning
from campaign.diagnostics import Collector, Mark
from campaign.package import Older, Outdated
from campaign.package.build import built_with
from campaign.pipeline.incremental import selection
from campaign.pipeline.options import Options

from ..kits import cli, mini_copy

OUTDATED = Outdated(("materials/campaign.yaml",), ("badge-en.pdf",), 1, 2)

AS_BEFORE = (
    "build again (the command that made the folder: python generate.py build, with its "
    "--office, or merge) before sending the package"
)


def outdated_hint(folder: Path) -> str:
    found = Collector()
    outdated_diagnostic(folder, OUTDATED, Mark.file(folder / "manifest.json"), found, True)
    ((d,),) = (found.items,)
    (hint,) = d.hints
    return hint


def test_out_is_given_for_a_folder_that_is_not_the_command_s_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert commands.out(Path("out")) == ""
    assert commands.out(Path("./out")) == ""
    assert commands.out(tmp_path / "out") == ""  # the same folder, absolute
    assert commands.out(Path("out-dakar")) == " -o out-dakar"
    assert commands.out(tmp_path / "out-dakar") == " -o out-dakar"  # inside: relative
    assert commands.out(tmp_path / "my out") == " -o 'my out'"
    assert commands.out(Path("/srv/builds/out")) == " -o /srv/builds/out"
    assert commands.out(Path("out-events"), commands.MERGE_OUT) == ""
    assert commands.out(Path("out"), commands.MERGE_OUT) == " -o out"


def test_the_outdated_hint_names_the_folder_to_build_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert outdated_hint(Path("out")) == AS_BEFORE
    assert outdated_hint(tmp_path / "out") == AS_BEFORE
    assert outdated_hint(Path("out-dakar")) == (
        "build again (the command that made the folder, into out-dakar: python generate.py "
        "build -o out-dakar, with its --office, or python generate.py merge TEMPLATE DATA -o "
        "out-dakar) before sending the package"
    )
    # merge's own folder: merge writes there without -o, build does not
    assert outdated_hint(Path("out-events")) == (
        "build again (the command that made the folder, into out-events: python generate.py "
        "build -o out-events, with its --office, or python generate.py merge TEMPLATE DATA) "
        "before sending the package"
    )
    assert outdated_hint(tmp_path / "my out") == (
        "build again (the command that made the folder, into my out: python generate.py "
        "build -o 'my out', with its --office, or python generate.py merge TEMPLATE DATA -o "
        "'my out') before sending the package"
    )
    restore = commands.quoting(tmp_path / "kit")  # a kit not the default one: after -o
    try:
        assert outdated_hint(Path("out-dakar")) == (
            "build again (the command that made the folder, into out-dakar: python "
            "generate.py build -o out-dakar --kit kit, with its --office, or python "
            "generate.py merge TEMPLATE DATA -o out-dakar --kit kit) before sending the package"
        )
    finally:
        restore()


def test_the_stale_hint_merges_into_the_folder_without_o_only_for_out_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`package.stale` quoted `-o out-events` (the default) and an absolute path for a folder
    given absolute; now as the user types it."""
    monkeypatch.chdir(tmp_path)
    older = Older(2, 4, 2, 0, (), "e.csv", 2, ("a",), (), ("event-flyer-a5",))

    def hint(folder: Path) -> str:
        found = Collector()
        stale_warning(folder, older, Mark.file(folder / "manifest.json"), found)
        ((d,),) = (found.items,)
        (text,) = d.hints
        return text

    said = "merge e.csv into event-flyer-a5 again (python generate.py merge event-flyer-a5 e.csv"
    assert hint(Path("out-events")) == f"{said}) before sending them"
    assert hint(tmp_path / "out-events") == f"{said}) before sending them"
    assert hint(tmp_path / "out") == f"{said} -o out) before sending them"
    assert hint(Path("/srv/out-ev4")) == f"{said} -o /srv/out-ev4) before sending them"


def test_running_the_hint_s_command_makes_the_folder_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build of English into out-dakar, then a colour edited: the hint's command, as
    typed, makes the folder current (the command the hint gave before wrote to out/ and left
    it outdated). Its stamp keeps its selection and options: the command is the one that
    made it, --no-png too (the hint left it out, and its command made the previews the
    build had not), and makes the same files."""
    mini_copy(tmp_path / "kit")
    monkeypatch.chdir(tmp_path)
    assert cli("build", "--kit", "kit", "-o", "out-dakar", "--lang", "en", "--no-png")[0] == 0
    stamp = json.loads((tmp_path / "out-dakar/manifest.json").read_text("utf-8"))["build"]
    assert stamp["selection"] == {"langs": ["en"], "options": {**DEFAULTS, "png": False}}
    made = sorted(p.relative_to(tmp_path) for p in (tmp_path / "out-dakar").rglob("*.*"))
    campaign = tmp_path / "kit/materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace('rgb: "#0000FF"', 'rgb: "#0000FE"'), encoding="utf-8")
    code, out = cli("package", "--from", "out-dakar", "-o", "p")
    assert code == 1, out
    build = "python generate.py build --lang en --no-png -o out-dakar --kit kit"
    assert (
        f"  hint: build again with the command that made the folder ({build}) before sending "
        "the package\n"
    ) in out, out
    assert cli("build", "--kit", "kit", "--no-png")[0] == 0  # the hint as it was: into out/
    assert (tmp_path / "out/manifest.json").is_file()
    assert cli("package", "--from", "out-dakar", "-o", "p")[0] == 1  # still outdated
    typed = shlex.split(build)
    assert typed[:2] == ["python", "generate.py"]
    assert cli(*typed[2:])[0] == 0
    code, out = cli("package", "--from", "out-dakar", "-o", "p")
    assert code == 0, out
    assert "package.outdated" not in out
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "out-dakar").rglob("*.*")) == made


def test_files_of_an_earlier_build_are_built_again_by_their_materials_and_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Arabic files of a whole build, then English alone built again: the last build's
    command does not make the Arabic files, and the hint does not claim it; it quotes a
    build of the outdated files' materials and languages with the folder's options (it said
    `build -o out-dakar`, which builds the whole kit into the folder: a user's trial), which
    makes them again as typed."""
    mini_copy(tmp_path / "kit")
    monkeypatch.chdir(tmp_path)
    assert cli("build", "--kit", "kit", "-o", "out-dakar", "--no-png")[0] == 0
    assert cli("build", "--kit", "kit", "-o", "out-dakar", "--lang", "en", "--no-png")[0] == 0
    campaign = tmp_path / "kit/materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace('rgb: "#0000FF"', 'rgb: "#0000FE"'), encoding="utf-8")
    code, out = cli("package", "--from", "out-dakar", "-o", "p")
    assert code == 1, out
    build = (
        "python generate.py build --only badge,boxes,hearts,marks,text --lang ar,en --no-png "
        "-o out-dakar --kit kit"
    )
    assert (
        f"  hint: build again the files made from it, with the folder's options ({build}) "
        "before sending the package\n"
    ) in out, out
    assert cli(*shlex.split(build)[2:])[0] == 0
    code, out = cli("package", "--from", "out-dakar", "-o", "p")
    assert code == 0, out
    assert "package.outdated" not in out


# a build's options as its stamp keeps them (incremental.build_options): the defaults
DEFAULTS = {
    "digital": True,
    "png": True,
    "png_ppi": None,
    "png_bleed": False,
    "publish_anyway": False,
    "strict": False,
}
NO_PNG = {**DEFAULTS, "png": False, "png_ppi": 300.0, "png_bleed": True}  # ppi makes no file
MERGE = {"data": "/srv/ev/events 1.csv", "images": None, "sheet": None, "name": None}


@pytest.mark.parametrize(
    ("stamp", "words"),
    [
        ({"selection": {"options": DEFAULTS}}, "build"),
        (
            {
                "selection": {
                    "langs": ["fr"],
                    "offices": ["dakar"],
                    "only": ["a", "b"],
                    "options": DEFAULTS,
                }
            },
            "build --office dakar --only a,b --lang fr",
        ),
        (
            {"selection": {"offices": ["all"], "options": DEFAULTS}, "shard": None},
            "build --office all",
        ),
        ({"selection": {"only": ["a b"], "options": DEFAULTS}}, "build --only 'a b'"),
        (
            {"selection": {"langs": ["en"], "options": {**DEFAULTS, "digital": False}}},
            "build --lang en --no-digital",
        ),
        ({"selection": {"options": NO_PNG}}, "build --no-png"),
        (
            {"selection": {"options": {**NO_PNG, "png": True, "digital": False}}},
            "build --no-digital --png-ppi 300 --png-bleed",
        ),
        (
            {"selection": {"options": {**DEFAULTS, "png_ppi": 72.5, "strict": True}}},
            "build --png-ppi 72.5 --strict",
        ),
        (
            {"selection": {"options": {**DEFAULTS, "publish_anyway": True}}},
            "build --publish-anyway",
        ),
        ({"selection": {"options": DEFAULTS}, "shard": "2/8"}, None),  # a build without
        # --shard makes them all
        ({}, None),  # a stamp written before it kept the selection
        ({"selection": {}}, None),  # before it kept the options: --no-png not known
        ({"selection": {"langs": "fr", "options": DEFAULTS}}, None),
        ({"selection": ["fr"]}, None),
        (
            {
                "selection": {"only": ["event-flyer-a5"], "options": {**DEFAULTS, "png": False}},
                "merge": {**MERGE, "combined": True},
            },
            "merge event-flyer-a5 '/srv/ev/events 1.csv' --combined --no-png",
        ),
        (
            {
                "selection": {
                    "only": ["event-flyer-a5"],
                    "offices": ["dakar"],
                    "options": DEFAULTS,
                },
                "merge": {
                    **MERGE,
                    "images": "/srv/photos",
                    "sheet": "Events",
                    "name": "{event_id}-{lang}",
                    "combined": False,
                },
            },
            "merge event-flyer-a5 '/srv/ev/events 1.csv' --office dakar --images /srv/photos "
            "--sheet Events --name '{event_id}-{lang}'",
        ),
        ({"selection": {"only": ["a", "b"], "options": DEFAULTS}, "merge": MERGE}, None),
        ({"selection": {"options": DEFAULTS}, "merge": {"data": None}}, None),
    ],
)
def test_the_build_is_quoted_from_the_stamp_s_selection(
    stamp: dict[str, object], words: str | None
) -> None:
    assert built_with(stamp) == words


def test_the_stamp_keeps_the_selection_as_the_fingerprint_has_it() -> None:
    opts = Options(Path("out"), langs=("FR", "en", "fr"), only=("b", "a"), offices=("dakar",))
    assert selection(opts) == {
        "langs": ["en", "fr"],
        "only": ["a", "b"],
        "offices": ["dakar"],
        "options": DEFAULTS,
    }
    assert selection(Options(Path("out"))) == {"options": DEFAULTS}
    opts = Options(Path("out"), png_ppi=300, digital=False, publish_anyway=True, strict=True)
    assert selection(opts)["options"] == {
        **DEFAULTS,
        "png_ppi": 300,
        "digital": False,
        "publish_anyway": True,
        "strict": True,
    }


def test_the_unstamped_and_missing_manifest_hints_name_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mini_copy(tmp_path / "kit")
    monkeypatch.chdir(tmp_path)
    for folder in ("out", "out-dakar"):  # a folder without a manifest
        (tmp_path / folder).mkdir()
        code, out = cli("package", "--kit", "kit", "--from", folder, "-o", "p")
        assert code == 1, out
        made = "build --kit kit" if folder == "out" else f"build -o {folder} --kit kit"
        assert (
            f"  hint: run `python generate.py {made}` first, or pass --from BUILD_DIR\n"
        ) in out, out
    for folder in ("out", "out-dakar"):  # a manifest without a stamp (a failed job's)
        assert cli("build", "--kit", "kit", "-o", folder, "--no-png")[0] == 0
        manifest = tmp_path / folder / "manifest.json"
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        del doc["build"]
        manifest.write_text(json.dumps(doc), encoding="utf-8")
        code, out = cli("package", "--kit", "kit", "--from", folder, "-o", f"p-{folder}")
        assert code == 0, out
        # not `python generate.py build -o out-dakar`, which builds every language of a
        # folder built with --lang: the folder records no command, and the hint says so
        given = "--kit kit" if folder == "out" else "-o out-dakar --kit kit"
        hint = (
            "run the build (or merge) that made the folder, with the same --office, --only, "
            "--lang and options (the folder records none of them: its manifest has no build "
            f"stamp) and {given} again until it succeeds, before sending the package"
        )
        assert f"warning[package.unstamped]: {folder}'s manifest has no build stamp" in out, out
        assert f"  hint: {hint}\n" in out, out


def test_the_unstamped_hint_quotes_the_failed_build_s_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build of `--lang en,ar --only badge --no-png` into out-t in which the English badge
    failed (a character no font has): `package.unstamped` told "python generate.py build -o
    out-t", which builds every language and material, previews too (a user's trial). The
    manifest keeps what the failed build was asked for, and the hint quotes it; running it
    once the string is mended stamps the folder."""
    mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: He\u07d2rt")})
    monkeypatch.chdir(tmp_path)
    built = ("build", "--kit", "kit", "-o", "out-t", "--lang", "en,ar", "--only", "badge")
    code, out = cli(*built, "--no-png")
    assert code == 1, out
    doc = json.loads((tmp_path / "out-t/manifest.json").read_text("utf-8"))
    assert "build" not in doc
    chosen = {"langs": ["ar", "en"], "only": ["badge"], "options": {**DEFAULTS, "png": False}}
    kit_dir = (tmp_path / "kit").resolve().as_posix()  # package reads the folder with it
    assert doc["failed_build"] == {"kit_dir": kit_dir, "shard": None, "selection": chosen}
    code, out = cli("package", "--kit", "kit", "--from", "out-t", "-o", "p")
    assert code == 0, out
    build = "python generate.py build --only badge --lang ar,en --no-png -o out-t --kit kit"
    assert (
        f"  hint: build again with the command that made the folder ({build}) until it "
        "succeeds, before sending the package\n"
    ) in out, out
    strings = tmp_path / "kit/materials/strings/en.yaml"
    strings.write_text(
        strings.read_text(encoding="utf-8").replace("He\u07d2rt", "Heart"), encoding="utf-8"
    )
    assert cli(*shlex.split(build)[2:])[0] == 0
    doc = json.loads((tmp_path / "out-t/manifest.json").read_text("utf-8"))
    assert "failed_build" not in doc
    assert doc["build"]["selection"] == chosen  # as the failed build's
    code, out = cli("package", "--kit", "kit", "--from", "out-t", "-o", "p2")
    assert code == 0, out
    assert "package.unstamped" not in out


def test_a_merge_s_folder_is_told_the_merge_that_made_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit_copy: Callable[..., Path]
) -> None:
    """A merge into out-events, then a colour edited: the hint told "build again (the
    command that made the folder, into out-events: python generate.py build -o out-events,
    with its --office, or python generate.py merge TEMPLATE DATA)". Its stamp keeps the
    merge's data file and options: the hint quotes the merge, which, run as typed, makes
    the same files and the folder current."""
    kit = kit_copy()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev/events.csv").write_text(
        "event_id,language,title,date,time,venue\n"
        "walk,en,Blue Heart walk,2024-07-30,08:00,Central Park\n",
        encoding="utf-8",
    )
    merge = ("merge", "event-flyer-a5", "ev/events.csv", "--kit", kit)
    code, out = cli(*merge, "--no-png", "--no-digital")
    assert code == 0, out
    stamp = json.loads((tmp_path / "out-events/manifest.json").read_text("utf-8"))["build"]
    assert stamp["merge"] == {
        "data": (tmp_path / "ev/events.csv").as_posix(),
        "images": None,
        "sheet": None,
        "name": None,
        "combined": False,
    }
    made = sorted(p.relative_to(tmp_path) for p in (tmp_path / "out-events").rglob("*.pdf"))
    assert [p.name for p in made] == ["event-flyer-a5-en-walk.pdf"]
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert "#045096" in text
    campaign.write_text(text.replace("#045096", "#045097", 1), encoding="utf-8")
    code, out = cli("package", "--from", "out-events", "-o", "p")
    assert code == 1, out
    again = "python generate.py merge event-flyer-a5 ev/events.csv --no-digital --no-png --kit kit"
    assert (
        f"  hint: merge again with the command that made the folder ({again}) before sending "
        "the package\n"
    ) in out, out
    typed = shlex.split(again)
    assert typed[:2] == ["python", "generate.py"]
    code, out = cli(*typed[2:])
    assert code == 0, out
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "out-events").rglob("*.pdf")) == made
    code, out = cli("package", "--from", "out-events", "-o", "p")
    assert code == 0, out
    assert "package.outdated" not in out


def test_a_folder_of_two_merges_is_told_each_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit_copy: Callable[..., Path]
) -> None:
    """Two data files merged into out-events (a flyer's and a poster's), then a colour edited: the hint said "build
    again (... python generate.py build -o out-events, with its --office, or python
    generate.py merge TEMPLATE DATA)", a build for a folder no build made (a trial). It now
    names a merge of each data file: the last one's as it was run, the earlier one's found by
    its files' `data` and `data_place` beside the last one's data file, without options,
    which its files do not keep."""
    kit = kit_copy()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ev").mkdir()
    for name, event in (("spring.csv", "walk"), ("summer.csv", "run")):
        (tmp_path / "ev" / name).write_text(
            "event_id,language,title,date,time,venue\n"
            f"{event},en,Blue Heart {event},2024-07-30,08:00,Central Park\n",
            encoding="utf-8",
        )
    for template, name in (("event-flyer-a5", "spring.csv"), ("event-poster-a3", "summer.csv")):
        code, out = cli("merge", template, f"ev/{name}", "--kit", kit, "--no-png")
        assert code == 0, out
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("#045096", "#045097", 1), encoding="utf-8")
    code, out = cli("package", "--from", "out-events", "-o", "p")
    assert code == 1, out
    assert (
        "  hint: merge again each data file they were made from (python generate.py merge "
        "event-flyer-a5 ev/spring.csv --no-png --kit kit; python generate.py merge "
        "event-poster-a3 ev/summer.csv --no-png --kit kit) before sending the package\n"
    ) in out, out  # the earlier merge's --no-png was left out: it made previews (misc63)
    hint = out.split("made from (", 1)[1].split(") before sending", 1)[0]
    for command in hint.split("; "):  # each, run as typed, makes the folder current
        typed = shlex.split(command)
        assert typed[:2] == ["python", "generate.py"]
        code, said = cli(*typed[2:])
        assert code == 0, said
    code, out = cli("package", "--from", "out-events", "-o", "p")
    assert code == 0, out
    assert "package.outdated" not in out


def test_a_folder_of_a_build_and_a_merge_is_told_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit_copy: Callable[..., Path]
) -> None:
    """Flyers merged from data/events.csv and badges built into one folder, then a colour
    edited: the hint named the merge alone, with its data file as events.csv (the last run
    was the build, whose stamp names no data file, and the working folder holds none), and
    never the build of the badges (an organiser's trial). It names the build of the built
    files and the merge of each data file, found in the folders beside the kit."""
    kit = kit_copy()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.csv").write_text(
        "event_id,language,title,date,time,venue\n"
        "walk,en,Blue Heart walk,2024-07-30,08:00,Central Park\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out = cli("merge", "event-flyer-a5", "data/events.csv", "--kit", kit, "-o", "both")
    assert code == 0, out
    code, out = cli("build", "--kit", kit, "-o", "both", "--only", "badge-58", "--lang", "en")
    assert code == 0, out
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # no data file here: found beside the kit's
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("#045096", "#045097", 1), encoding="utf-8")
    code, out = cli("package", "--from", "../both", "-o", "../p", "--kit", kit)
    assert code == 1, out
    assert (
        "  hint: build again the files a build made (python generate.py build --only badge-58 "
        f"--lang en -o ../both --kit {kit}) and merge again each data file the others were "
        f"made from (python generate.py merge event-flyer-a5 {tmp_path}/data/events.csv -o ../both "
        f"--kit {kit}) before sending the package\n"
    ) in out, out


def test_a_build_s_options_are_kept_after_a_merge_into_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit_copy: Callable[..., Path]
) -> None:
    """Badges built with --no-png, then flyers merged into the folder, then a colour edited:
    the last run was the merge, whose options are not the build's, and the hint's build left
    --no-png out, so that it made previews the folder never had (a review). The build's
    options are read from its files (no PNG among them: --no-png)."""
    kit = kit_copy()
    (tmp_path / "events.csv").write_text(
        "event_id,language,title,date,time,venue\n"
        "walk,en,Blue Heart walk,2024-07-30,08:00,Central Park\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out = cli(
        "build", "--kit", kit, "-o", "bm", "--only", "badge-58", "--lang", "en", "--no-png"
    )
    assert code == 0, out
    code, out = cli("merge", "event-flyer-a5", "events.csv", "--kit", kit, "-o", "bm")
    assert code == 0, out
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("#045096", "#045097", 1), encoding="utf-8")
    code, out = cli("package", "--from", "bm", "-o", "p", "--kit", kit)
    assert code == 1, out
    assert (
        "  hint: build again the files a build made (python generate.py build --only badge-58 "
        "--lang en --no-png -o bm --kit kit) and merge again"
    ) in out, out


def test_the_command_in_progress_is_quoted_as_typed() -> None:
    """commands.typed: from the command's name on (not the program's --debug), a path with a
    space quoted, the options dropped with their values (`--only=X` too), the flags dropped,
    an option added once."""
    argv = ["--debug", "package", "--from", "my out", "--only=badge-58", "--lang", "fr"]
    argv += ["--ordered-only", "-o", "p"]
    drop, flags = ("--only", "--lang"), ("--ordered-only",)
    said = commands.typed(argv, "package", drop=drop, flags=flags)
    assert said == "python generate.py package --from 'my out' -o p"
    merge = ["merge", "event-flyer-a5", "e.csv"]
    assert commands.typed(merge, "merge", "--combined") == (
        "python generate.py merge event-flyer-a5 e.csv --combined"
    )
    assert commands.typed([*merge, "--combined"], "merge", "--combined") == (
        "python generate.py merge event-flyer-a5 e.csv --combined"
    )
    assert commands.typed(["build"], "merge") is None  # a program's call: not known


def test_a_folder_joined_from_a_failed_shard_is_told_the_build_that_made_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shard 1/2 of `--lang en,ar --only badge,hearts --no-png`, in which the English badge
    failed (a character no font has), joined with shard 2/2: the join dropped what the
    shard's manifest keeps of its build (failed_build), and `package.unstamped` said that the
    folder records no command. The joined manifest keeps it without its shard, and the hint
    quotes the build without --shard, which makes every shard's files into the joined folder
    (the failed ones again); run once the string is mended, it stamps the folder."""
    mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: He\u07d2rt")})
    monkeypatch.chdir(tmp_path)
    built = ("build", "--kit", "kit", "--lang", "en,ar", "--only", "badge,hearts", "--no-png")
    assert cli(*built, "--shard", "1/2", "-o", "s1")[0] == 1  # the English badge
    assert cli(*built, "--shard", "2/2", "-o", "s2")[0] == 0  # the English hearts
    chosen = {
        "langs": ["ar", "en"],
        "only": ["badge", "hearts"],
        "options": {**DEFAULTS, "png": False},
    }
    shard = json.loads((tmp_path / "s1/manifest.json").read_text("utf-8"))
    kit_dir = (tmp_path / "kit").resolve().as_posix()
    assert shard["failed_build"] == {"kit_dir": kit_dir, "shard": "1/2", "selection": chosen}
    code, out = cli("manifest", "merge", "--kit", "kit", "s1", "s2", "-o", "out-j")
    assert code == 0, out
    doc = json.loads((tmp_path / "out-j/manifest.json").read_text("utf-8"))
    assert "build" not in doc
    assert doc["failed_build"] == {"kit_dir": kit_dir, "shard": None, "selection": chosen}
    code, out = cli("package", "--kit", "kit", "--from", "out-j", "-o", "p")
    assert code == 0, out
    build = "python generate.py build --only badge,hearts --lang ar,en --no-png -o out-j --kit kit"
    assert (
        f"  hint: build again with the command that made the folder ({build}) until it "
        "succeeds, before sending the package\n"
    ) in out, out
    strings = tmp_path / "kit/materials/strings/en.yaml"
    strings.write_text(
        strings.read_text(encoding="utf-8").replace("He\u07d2rt", "Heart"), encoding="utf-8"
    )
    code, out = cli(*shlex.split(build)[2:])
    assert code == 0, out
    assert "skipped 6 unchanged job(s)" in out, out  # the files both shards published
    doc = json.loads((tmp_path / "out-j/manifest.json").read_text("utf-8"))
    assert "failed_build" not in doc
    assert doc["build"]["selection"] == chosen


def test_a_folder_joined_from_two_failed_builds_is_told_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folders of two builds asked for different things, a job of each failed, joined: the
    joined manifest keeps both builds (a list, each once, in the order given; not their
    union, which would make documents neither was asked for), and the hint quotes both, one
    after the other."""
    mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: He\u07d2rt")})
    monkeypatch.chdir(tmp_path)
    first = ("--lang", "en,ar", "--only", "badge,hearts", "--no-png", "--shard", "1/2")
    second = ("--lang", "en", "--only", "badge,marks", "--no-digital", "--shard", "1/2")
    for folder, given in (("s1", first), ("t1", second), ("t2", second)):
        assert cli("build", "--kit", "kit", "-o", folder, *given)[0] == 1  # the English badge
    # t2 is t1 built again: its build is kept once
    code, out = cli("manifest", "merge", "--kit", "kit", "s1", "t1", "t2", "-o", "out-j")
    assert code == 0, out
    doc = json.loads((tmp_path / "out-j/manifest.json").read_text("utf-8"))
    kit_dir = (tmp_path / "kit").resolve().as_posix()
    assert doc["failed_build"] == [
        {
            "kit_dir": kit_dir,
            "shard": None,
            "selection": {
                "langs": ["ar", "en"],
                "only": ["badge", "hearts"],
                "options": {**DEFAULTS, "png": False},
            },
        },
        {
            "kit_dir": kit_dir,
            "shard": None,
            "selection": {
                "langs": ["en"],
                "only": ["badge", "marks"],
                "options": {**DEFAULTS, "digital": False},
            },
        },
    ]
    code, out = cli("package", "--kit", "kit", "--from", "out-j", "-o", "p")
    assert code == 0, out
    builds = [
        "python generate.py build --only badge,hearts --lang ar,en --no-png -o out-j --kit kit",
        "python generate.py build --only badge,marks --lang en --no-digital -o out-j --kit kit",
    ]
    assert (
        f"  hint: build again with the commands that made the folder ({builds[0]}, then "
        f"{builds[1]}) until each succeeds, before sending the package\n"
    ) in out, out


def test_a_folder_of_two_sheets_merges_is_told_each_sheets_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit_copy: Callable[..., Path]
) -> None:
    """A workbook's sheet July merged for one office and its sheet August for another into
    out-events, then a colour edited: the earlier merge was quoted without --sheet, which a
    workbook of two sheets of events refuses (merge.sheet), and July's files were "merged
    from an earlier state of events.xlsx than its last merge" (package.stale), the merge of
    sheet August. Each merge is quoted with its sheet (the files' `data_sheet`), and the
    other sheet's files are not stale."""
    from openpyxl import Workbook

    kit = kit_copy()
    monkeypatch.chdir(tmp_path)
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for name, event in (("July", "walk"), ("August", "run")):
        page = book.create_sheet(name)
        page.append(["event_id", "language", "title", "date", "time", "venue"])
        page.append([event, "en", f"Blue Heart {event}", "2024-07-30", "08:00", "Central Park"])
    book.save(tmp_path / "events.xlsx")
    for office, name in (("brussels", "July"), ("east-africa", "August")):
        code, out = cli(
            "merge", "event-flyer-a5", "events.xlsx", "--sheet", name, "--office", office,
            "--kit", kit, "--no-png", "--no-digital",
        )  # fmt: skip
        assert code == 0, out
    code, out = cli("package", "--from", "out-events", "-o", "p", "--kit", kit)
    assert code == 0, out
    assert "package.stale" not in out
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("#045096", "#045097", 1), encoding="utf-8")
    code, out = cli("package", "--from", "out-events", "-o", "p", "--kit", kit)
    assert code == 1, out
    assert (
        "  hint: merge again each data file they were made from (python generate.py merge "
        "event-flyer-a5 events.xlsx --office brussels --sheet July --no-digital --no-png "
        "--kit kit; python generate.py merge event-flyer-a5 events.xlsx --office east-africa "
        "--sheet August --no-digital --no-png --kit kit) before sending the package\n"
    ) in out, out
    assert "package.stale" not in out
    hint = out.split("made from (", 1)[1].split(") before sending", 1)[0]
    for command in hint.split("; "):  # each, run as typed, makes the folder current
        typed = shlex.split(command)
        assert typed[:2] == ["python", "generate.py"]
        code, said = cli(*typed[2:])
        assert code == 0, said
    code, out = cli("package", "--from", "out-events", "-o", "p", "--kit", kit)
    assert code == 0, out
    assert "package.outdated" not in out
