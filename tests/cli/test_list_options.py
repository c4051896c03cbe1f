"""An option that takes a list (`--lang`, `--only`, `--office`, `sheet --event`) is
comma-separated and repeatable: `--only a --only b` is `--only a,b`, each name once, in the
order given. Given twice, the option kept its last value alone, without a word: `build --only
poster-a3 --only flyer-a5` built the flyer only (a user's trial)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from campaign.cli import main

from ..kits import ROOT, build, cli, mini_copy


def test_build_makes_every_material_and_language_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from campaign.pipeline import api
    from campaign.pipeline.options import Options

    seen: list[Options] = []

    def fake(root: Path, opts: Options, listener: object) -> api.BuildResult:
        seen.append(opts)
        return api.BuildResult([], [], {"done": {}}, [], [])

    monkeypatch.setattr(api, "build", fake)
    code, text = cli(
        "build", "--kit", ROOT, "-o", tmp_path, "--only", "poster-a3", "--only", "flyer-a5",
        "--lang", "fr", "--lang", "en, ar", "--lang", "fr", "--office", "brussels",
        "--office", "", "--office", "east-africa,brussels",
    )  # fmt: skip
    assert code == 0, text
    assert seen == [
        Options(
            tmp_path,
            ("fr", "en", "ar"),
            ("poster-a3", "flyer-a5"),
            offices=("brussels", "east-africa"),
        )
    ]
    code, text = cli("build", "--kit", ROOT, "-o", tmp_path, "--only", "", "--lang", " , ")
    assert code == 0, text
    assert seen[1] == Options(tmp_path, None, None)  # empty: all, as `--only ""` was


def test_check_lays_out_every_material_and_language_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from campaign.pipeline import api

    real = api.check
    asked: list[tuple[object, ...]] = []

    def spy(root: Path, langs: object, only: object, **kw: object) -> object:
        asked.append((langs, only, kw["offices"]))
        return real(root, langs, only, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "check", spy)
    kit = mini_copy(tmp_path / "kit")
    code, text = cli(
        "check", "--kit", kit, "--only", "text", "--only", "boxes,text", "--lang", "ar",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0, text
    assert asked == [(("ar", "en"), ("text", "boxes"), None)]
    assert text == (
        "ok: 4 document(s) (4 page(s)) of 2 material(s) in 2 language(s) lay out cleanly\n"
    )
    code, text = cli("check", "--kit", kit, "--only", "text", "--only", "boxes", "--json")
    assert code == 0, text
    assert asked[1] == (None, ("text", "boxes"), None)
    assert '"summary": "ok: 4 document(s) (4 page(s)) of 2 material(s) in 2 language(s) ' in text


def test_an_unknown_name_in_any_of_the_options_is_named(tmp_path: Path) -> None:
    """The names of every occurrence are checked: all but the last were dropped unread."""
    code, text = cli(
        "check", "--kit", mini_copy(tmp_path / "kit"), "--only", "boxs", "--only", "text"
    )
    assert code == 1
    assert text == (
        "error[ref.material]: unknown material 'boxs'\n  hint: did you mean 'boxes'?\n1 error(s)\n"
    )


def test_the_preview_shows_every_material_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.serve.server import Preview

    def stopped(self: Preview, watch: bool = True) -> None:
        self.httpd.server_close()
        raise KeyboardInterrupt

    monkeypatch.setattr(Preview, "serve", stopped)
    kit = mini_copy(tmp_path / "kit")
    code, text = cli("preview", "--kit", kit, "--only", "text", "--only", "boxes", "--lang", "en")
    assert code == 0, text
    assert text.startswith("preview of 2 documents at http://127.0.0.1:"), text


def test_a_sheet_holds_every_language_named(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    out = build(kit, tmp_path / "out", "--only", "badge", "--png-ppi", "20", "--no-digital")
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "badge", "--lang", "ar",
        "--lang", "en,ar",
    )  # fmt: skip
    assert code == 0, text
    assert (
        "badge: 112 to an A4 sheet (hex packing, 20 mm cut circles, 3.175 mm apart); 2 badge(s) "
        f"(1 ar, 1 en) on 1 sheet(s); wrote {out}/sheets/badge-a4-ar-en.pdf\n"
    ) in text, text


def _options() -> list[tuple[str, click.Option]]:
    """Every option of every command and subcommand, with the command's name."""
    found = []
    for name, command in sorted(main.commands.items()):
        subs = command.commands.items() if isinstance(command, click.Group) else ()
        for sub_name, sub in [(name, command), *((f"{name} {n}", c) for n, c in subs)]:
            found += [(sub_name, p) for p in sub.params if isinstance(p, click.Option)]
    return found


def test_every_list_option_is_repeatable() -> None:
    """An option whose help says it takes a comma-separated list accumulates when given
    again (the others that may be given again, `check --pdf`, say "repeatable")."""
    from campaign.cli import _listed, _office_ids

    lists = [(name, p) for name, p in _options() if "comma-separated" in (p.help or "")]
    assert sorted((name, p.opts[0]) for name, p in lists) == [
        ("build", "--lang"),
        ("build", "--office"),
        ("build", "--only"),
        ("check", "--lang"),
        ("check", "--office"),
        ("check", "--only"),
        ("merge", "--event"),
        ("package", "--lang"),
        ("package", "--only"),
        ("preview", "--lang"),
        ("preview", "--office"),
        ("preview", "--only"),
        ("sheet", "--event"),
        ("sheet", "--lang"),
    ]
    for name, p in lists:
        assert p.multiple, f"{name} {p.opts[0]}"
        # office ids: _listed, each in lower case (tests/cli/test_office_case.py)
        read = _office_ids if p.opts[0] == "--office" else _listed
        assert p.callback is read, f"{name} {p.opts[0]}"
        assert "repeated" in (p.help or ""), f"{name} {p.opts[0]}: its help does not say so"
