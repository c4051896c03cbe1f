"""The press ICC profile (the OutputIntent of every print PDF, sent to the print shop) is
confined and checked when the kit is loaded (robustness case 01): a link out of assets/ is
refused without reading it, and a missing, truncated or damaged file, or a profile that is not
a CMYK output profile, is one error naming it; nothing is built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageCms

from campaign.assets import MAX_ICC_BYTES, icc_problem

from ..kits import ROOT, check, cli, mini_copy

DATA = Path(__file__).resolve().parents[1] / "data" / "robustness"
FOGRA39 = (ROOT / "assets/icc/fogra39l_coated.icc").read_bytes()
HINT = (
    "  hint: copy the profile from the repository's assets/icc/ (assets/icc/SOURCE.md says "
    "where each comes from)\n"
)


def expected(problem: str, key: str = "fogra39", file: str = "fogra39l_coated.icc") -> str:
    """The whole output of a command stopped by the profile: its one error and the count."""
    error = f"assets/icc/{file}: error[icc.read]: the press profile '{key}' {problem}\n"
    return error + HINT + "1 error(s)\n"


def patched(at: int, value: bytes) -> bytes:
    return FOGRA39[:at] + value + FOGRA39[at + len(value) :]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ((DATA / "icc-text.icc").read_bytes(), "is not an ICC profile (no 'acsp' signature)"),
        (b"", "is not an ICC profile (no 'acsp' signature)"),
        (
            FOGRA39[: len(FOGRA39) // 2],
            "is damaged (its header's size is not the file's size: truncated?)",
        ),
        (
            ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
            "is not an output (printer) profile (its class is 'mntr')",
        ),
        (patched(16, b"RGB "), "is not for CMYK (its colour space is 'RGB')"),
        (
            FOGRA39[:128] + b"\xff" * (len(FOGRA39) - 128),
            "is damaged (cannot open profile from string)",
        ),
        (
            FOGRA39[:128] + bytes(len(FOGRA39) - 128),
            "is damaged (its colours cannot be converted: cannot build transform)",
        ),
    ],
    # named, not by their bytes: LittleCMS stamps the sRGB profile with the time, and xdist's
    # workers must collect the same ids
    ids=["text", "empty", "truncated", "monitor", "rgb", "garbage-tags", "zero-tags"],
)
def test_a_broken_profile_is_one_error(tmp_path: Path, content: bytes, problem: str) -> None:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "assets/icc/fogra39l_coated.icc").write_bytes(content)
    assert check(kit) == (1, expected(problem))


def test_a_link_out_of_assets_is_not_read(tmp_path: Path) -> None:
    """Case 01a: the outside file's contents went into every print PDF's OutputIntent."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    secret = tmp_path / "secret"
    secret.write_bytes(FOGRA39)  # even a real profile: it is not the kit's
    profile = kit / "assets/icc/fogra39l_coated.icc"
    profile.unlink()
    profile.symlink_to(secret)
    assert check(kit) == (1, expected("is a link to a file outside assets/; it was not read"))
    code, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "boxes")
    assert code == 1
    assert "error[icc.read]" in out
    assert not (tmp_path / "out").exists()


def test_a_missing_or_oversized_profile(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    profile = kit / "assets/icc/fogra39l_coated.icc"
    profile.unlink()
    assert check(kit) == (1, expected("is missing"))
    with profile.open("wb") as f:
        f.truncate(MAX_ICC_BYTES + 1)  # sparse: nothing is written
    too_big = f"is {MAX_ICC_BYTES + 1:,} bytes, more than an ICC profile may be (10,000,000)"
    assert check(kit) == (1, expected(too_big))


def test_only_the_profiles_the_kit_prints_with_are_checked(tmp_path: Path) -> None:
    """A layout's own `output_profile` is checked; a profile nothing uses is not."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "assets/icc/gracol2006_coated.icc").write_bytes(b"not used")
    (kit / "assets/icc/fogra29l_uncoated.icc").write_bytes(b"used by boxes")
    assert check(kit)[0] == 0
    layout = kit / "materials/layouts/boxes.yaml"
    layout.write_text(layout.read_text() + "output_profile: fogra29\n")
    problem = "is not an ICC profile (no 'acsp' signature)"
    assert check(kit) == (1, expected(problem, "fogra29", "fogra29l_uncoated.icc"))


def test_the_colour_command_checks_the_profile(tmp_path: Path) -> None:
    """`colour --profile` reads a profile the kit itself may not use."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "assets/icc/fogra29l_uncoated.icc").write_bytes(b"")
    code, out = cli("colour", "#045096", "--kit", kit, "--profile", "fogra29")
    assert code == 1
    problem = "is not an ICC profile (no 'acsp' signature)"
    assert out == str(kit) + "/" + expected(problem, "fogra29", "fogra29l_uncoated.icc")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", FOGRA39[:40], FOGRA39[:128]]))
def test_any_bytes_are_a_reason_never_a_crash(tail: bytes, head: bytes) -> None:
    """Random bytes, also after a real profile's header: a reason, never an exception."""
    assert isinstance(icc_problem(head + tail), str)


def test_a_whole_file_place_has_no_line_in_json(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "assets/icc/fogra39l_coated.icc").write_bytes(b"")
    code, out = cli("check", "--kit", kit, "--json")
    assert code == 1
    (diagnostic,) = json.loads(out)["diagnostics"]
    assert diagnostic["file"] == str(kit / "assets/icc/fogra39l_coated.icc")
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == (
        "icc.read",
        None,
        None,
    )
