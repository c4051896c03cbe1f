"""`check --pdf` on files that are not good PDFs: one FAIL line each, never a traceback
(robustness cases 29 and 30): encrypted, no pages, a device, garbage content."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from campaign.preflight import Expect, preflight
from tests.kits import build, cli, mini_copy, out_path


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    tmp = tmp_path_factory.mktemp("unreadable")
    out = build(mini_copy(tmp / "kit"), tmp / "out", "--only", "boxes", "--lang", "en", "--no-png")
    return (out / out_path("boxes", "en")).read_bytes()


def test_encrypted_with_a_password(good: bytes, tmp_path: Path) -> None:
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(user="secret", owner="o"))
    code, out = cli("check", "--pdf", tmp_path / "locked.pdf")
    assert code == 1
    assert out.splitlines()[:2] == [
        f"{tmp_path / 'locked.pdf'}: FAIL {{}}",
        "  fail: not a readable PDF (encrypted with a password)",
    ]


def test_no_pages(good: bytes, tmp_path: Path) -> None:
    with pikepdf.open(io.BytesIO(good)) as pdf:
        del pdf.pages[0]
        pdf.save(tmp_path / "empty.pdf")
    code, out = cli("check", "--pdf", tmp_path / "empty.pdf")
    assert code == 1
    assert "  fail: the file has no pages" in out.splitlines()


def test_not_a_regular_file() -> None:
    code, out = cli("check", "--pdf", "/dev/zero")
    assert code == 1
    assert out.splitlines()[:2] == ["/dev/zero: FAIL {}", "  fail: is not a regular file"]


def test_garbage_bytes_name_no_memory_address() -> None:
    rep = preflight(b"%PDF-1.7\nnot really", Expect())
    assert len(rep.failures) == 1
    assert rep.failures[0].startswith("not a readable PDF (")
    assert "BytesIO" not in rep.failures[0]


def test_a_content_stream_that_does_not_parse_fails(good: bytes) -> None:
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.pages[0].Contents = pdf.make_stream(b"q 1 0 0 1 0 0 cm BT /F1 12 Tf (unterminated ET Q")
        out = io.BytesIO()
        pdf.save(out)
    rep = preflight(out.getvalue(), Expect())
    assert "page 1: the content stream cannot be parsed (EOF while reading token at byte 30)" in (
        rep.failures
    )
    assert preflight(good, Expect()).failures == []
