"""A kit that cannot be read, checked for an office (`check --office new-york`): its errors
are all shown, and a warning at another office's file is not, as a kit that can be read
leaves it out. It was shown, and `--strict` failed on it (Brussels' `office.hidden` in New
York's check). A layout file with errors stops the check of no other material (they are
laid out beside its errors) but stops a build."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli

BRUSSELS = "materials/offices/brussels.yaml"
BROKEN = "materials/layouts/zz-broken.yaml"


def broken_kit(kit_copy: Callable[..., Path]) -> Path:
    """The stock kit with a layout that is no YAML (the kit cannot be read), Brussels
    hiding the office name its file gives (an `office.hidden` warning at its file) and the
    A3 poster's bleed 2 mm (a `layout.bleed` warning at its layout file)."""
    kit = kit_copy()
    brussels = kit / BRUSSELS
    text = brussels.read_text(encoding="utf-8")
    old = 'office_name: ""'
    assert old in text
    brussels.write_text(
        text.replace(old, 'office_name: "UNODC Brussels Liaison Office"') + "hide: [office_name]\n",
        encoding="utf-8",
    )
    poster = kit / "materials/layouts/poster-a3.yaml"
    text = poster.read_text(encoding="utf-8")
    assert "\nbleed: 3\n" in text
    poster.write_text(text.replace("\nbleed: 3\n", "\nbleed: 2\n"), encoding="utf-8")
    (kit / BROKEN).write_text("name: [\n", encoding="utf-8")
    return kit


def codes(out: str) -> list[str]:
    """The `file: severity[code]` of each diagnostic line of `out`, in order."""
    found = []
    for line in out.splitlines():
        if "error[" in line or "warning[" in line:
            place = line.split(":", 1)[0].rsplit("/materials/", 1)[-1]
            found.append(f"{place}: {line.split(': ', 2)[1]}")
    return found


def test_another_offices_warning_is_left_out_and_every_error_shown(
    kit_copy: Callable[..., Path],
) -> None:
    kit = broken_kit(kit_copy)
    error = "layouts/zz-broken.yaml: error[load.yaml]"
    bleed = "layouts/poster-a3.yaml: warning[layout.bleed]"
    hidden = "offices/brussels.yaml: warning[office.hidden]"
    unfilled = "offices/new-york.yaml: warning[office.unfilled]"
    # the broken layout file stops no other material's check: New York's is laid out
    status, out = cli("check", "--kit", kit, "--office", "new-york")
    assert (status, codes(out)) == (1, [bleed, unfilled, error]), out
    assert out.endswith("1 error(s), 2 warning(s), 7 note(s)\n"), out
    # --strict: the warnings shown are errors; the one left out is not
    status, out = cli("check", "--kit", kit, "--office", "new-york", "--strict")
    strict = [bleed.replace("warning[", "error["), unfilled.replace("warning[", "error[")]
    assert (status, codes(out)) == (1, [*strict, error]), out
    assert out.endswith("3 error(s), 7 note(s)\n"), out
    # the office's own, every office's, and the campaign's check: Brussels' warning said.
    # The A3 poster only (the material of the bleed warning): these claim what is said, not
    # what is laid out, and every office's and the campaign's 26 languages took 8 of the
    # test's 12 s
    for office in (("--office", "brussels"), ("--office", "all"), ()):
        status, out = cli("check", "--kit", kit, *office, "--only", "poster-a3")
        assert status == 1, out
        assert {bleed, error, hidden} <= set(codes(out)), (office, out)
    # a build for the office, likewise
    status, out = cli("build", "--kit", kit, "--office", "new-york", "-o", kit / "out")
    assert (status, codes(out)) == (1, [bleed, error]), out
