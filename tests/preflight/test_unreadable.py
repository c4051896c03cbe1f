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
        f"{tmp_path / 'locked.pdf'}: FAIL",
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
    assert out.splitlines()[:2] == ["/dev/zero: FAIL", "  fail: is not a regular file"]


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


def damaged(good: bytes, stream: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.pages[0].Contents = pdf.make_stream(stream)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("structure", [True, False])
def test_words_that_are_not_operators_fail_without_the_structure_check(
    good: bytes, structure: bool
) -> None:
    """A build's own files skip qpdf's structure check (`Expect.structure`); a content stream
    overwritten with text still fails, from the operators every check reads."""
    data = damaged(good, b"q 0 0 1 rg 0 0 10 10 re f Q this page was overwritten")
    rep = preflight(data, Expect(structure=structure))
    assert (
        "page 1: the content stream has 4 word(s) that are not PDF operators ('overwritten', "
        "'page', 'this', 'was'): it is damaged and does not draw what it should"
    ) in rep.failures


def test_every_operator_and_an_inline_image_pass(good: bytes) -> None:
    stream = b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q q 1 0 0 1 0 0 cm 0 g 0 0 1 1 re f Q"
    rep = preflight(damaged(good, stream), Expect(structure=False))
    assert not [f for f in rep.failures if "not PDF operators" in f]


def test_the_build_skips_the_structure_check_and_check_pdf_runs_it(
    good: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import campaign.preflight as preflight_module

    calls: list[int] = []
    real = preflight_module._syntax
    monkeypatch.setattr(
        preflight_module, "_syntax", lambda pdf, rep: calls.append(1) or real(pdf, rep)
    )
    build(
        mini_copy(tmp_path / "kit"),
        tmp_path / "out",
        "--only",
        "boxes",
        "--lang",
        "en",
        "--no-png",
        "--no-digital",
        "--jobs",
        "1",
    )
    assert calls == []
    (tmp_path / "f.pdf").write_bytes(good)
    code, _ = cli("check", "--pdf", tmp_path / "f.pdf")
    assert (code, calls) == (0, [1])


def test_operands_of_the_wrong_count_or_kind_fail_without_a_crash(good: bytes) -> None:
    """Bytes flipped in a content stream left `cm` with five numbers and `k` with a name: the
    image and colour checks unpacked them and `check --pdf` stopped on "an internal error ...
    a bug in the kit" (exit 70). The page fails as damaged, and its content is not checked
    further."""
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.pages[0].Contents = pdf.make_stream(b"q 1 0 0 1 0 cm /X 0 0 1 k 0 0 10 10 re f Q")
        out = io.BytesIO()
        pdf.save(out)
    rep = preflight(out.getvalue(), Expect())
    assert rep.failures == [
        "page 1: the content stream gives 'k' with other operands than 4 numbers: it is "
        "damaged and does not draw what it should"
    ]
    with pikepdf.open(io.BytesIO(good)) as pdf:  # `cm` before an image: the image check's
        image = b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI"
        pdf.pages[0].Contents = pdf.make_stream(b"q 1 0 0 1 0 cm " + image + b" Q")
        out = io.BytesIO()
        pdf.save(out)
    assert preflight(out.getvalue(), Expect()).failures == [
        "page 1: the content stream gives 'cm' with other operands than 6 numbers: it is "
        "damaged and does not draw what it should"
    ]


def test_a_content_stream_that_cannot_be_decoded_fails(good: bytes, tmp_path: Path) -> None:
    """A deflated content stream with bytes flipped: qpdf cannot inflate it, and pikepdf's
    error reached the command line as an internal error (exit 70)."""
    with pikepdf.open(io.BytesIO(good)) as pdf:
        contents = pdf.pages[0].obj.Contents
        raw = bytearray(contents.read_raw_bytes())
        for i in range(20, len(raw), 50):
            raw[i] ^= 0xFF
        contents.write(bytes(raw), filter=pikepdf.Name.FlateDecode)
        pdf.save(tmp_path / "broken.pdf")
    code, out = cli("check", "--pdf", tmp_path / "broken.pdf")
    assert code == 1, out
    assert (
        "  fail: page 1: the content stream cannot be read (errors while decoding): it is damaged"
        in out.splitlines()
    )
    assert "BytesIO" not in out


@pytest.mark.parametrize(
    ("damage", "failure"),
    [
        ("removed", "the OutputIntent FOGRA39 embeds no ICC profile (PDF/X-4 needs it)"),
        ("garbage", "the OutputIntent FOGRA39's profile is not an ICC profile"),
        ("rgb", "the OutputIntent FOGRA39's profile is RGB, not CMYK"),
    ],
)
def test_an_output_intent_needs_its_cmyk_profile(good: bytes, damage: str, failure: str) -> None:
    """An OutputIntent whose profile was removed or overwritten passed `check --pdf`; the
    outside preflight fails it, and PDF/X-4 needs the press's CMYK profile embedded."""
    with pikepdf.open(io.BytesIO(good)) as pdf:
        intent = pdf.Root.OutputIntents[0]
        if damage == "removed":
            del intent["/DestOutputProfile"]
        elif damage == "garbage":
            intent.DestOutputProfile.write(b"garbage" * 10)
        else:
            data = bytearray(intent.DestOutputProfile.read_bytes())
            data[16:20] = b"RGB "
            intent.DestOutputProfile.write(bytes(data))
        out = io.BytesIO()
        pdf.save(out)
    assert failure in preflight(out.getvalue(), Expect(output_intent=True)).failures
    assert not any(
        "OutputIntent" in f for f in preflight(good, Expect(output_intent=True)).failures
    )


def test_check_pdf_holds_a_file_to_its_press_conditions_ink_limit(
    good: bytes, tmp_path: Path
) -> None:
    """`check --pdf` held every file to 300 % of ink, a FOGRA29 (uncoated) one too, which
    the build holds to 280 %; `--max-tac`, which the docs named, did not exist."""
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.Root.OutputIntents[0].OutputConditionIdentifier = pikepdf.String("FOGRA29")
        x, y = (float(v) for v in pdf.pages[0].trimbox[:2])  # a patch on the piece
        patch = f"q 0.8 0.8 0.8 0.5 k {x + 1:g} {y + 1:g} 1 1 re f Q".encode()
        pdf.pages[0].contents_add(pdf.make_stream(patch))
        pdf.save(tmp_path / "uncoated.pdf")
    code, out = cli("check", "--pdf", tmp_path / "uncoated.pdf")
    assert code == 1, out
    assert "290" in out
    assert "280" in out
    code, out = cli("check", "--pdf", tmp_path / "uncoated.pdf", "--max-tac", "300")
    assert code == 0, out


@pytest.mark.parametrize(
    ("stream", "message"),
    [
        (b"0 0 0 0.5 1 k 0 0 10 10 re f", "'k' with other operands than 4 numbers"),
        (
            b"q 1 0 0 1 0 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q",
            "'cm' with other operands than 6 numbers",
        ),
    ],
    ids=["k-five", "cm-seven"],
)
def test_operands_more_than_an_operator_takes_fail_too(stream: bytes, message: str) -> None:
    """One number too many (bytes flipped into a digit) is as damaged as one too few: `k`
    summed five numbers as total ink, `cm` could not be read as a matrix."""
    from tests.preflight.test_content import LOOSE, page, save

    rep = preflight(save(page(stream)), LOOSE)
    assert rep.failures == [
        f"page 1: the content stream gives {message}: it is damaged and does not draw what "
        "it should"
    ]


def test_a_page_with_words_that_are_not_operators_is_not_checked_further() -> None:
    """Its other content checks are not run: one failure for the damage, not an RGB colour
    read from a stream that is not what was drawn."""
    from tests.preflight.test_content import LOOSE, page, save

    rep = preflight(save(page(b"0 0 1 rg 0 0 10 10 re f overwritten")), LOOSE)
    assert rep.failures == [
        "page 1: the content stream has 1 word(s) that are not PDF operators ('overwritten'): "
        "it is damaged and does not draw what it should"
    ]


@pytest.mark.parametrize(
    "stream",
    [b"true 0 0 1 k 0 0 10 10 re f", b"(0) 0 0 1 k 0 0 10 10 re f", b"[0] 0 0 1 k"],
    ids=["bool", "string", "array"],
)
def test_an_operand_of_another_kind_among_the_numbers_fails(stream: bytes) -> None:
    """The right count, but one operand is no number (a bool is none in PDF, though Python
    counts it as an int): the page is damaged."""
    from tests.preflight.test_content import LOOSE, page, save

    rep = preflight(save(page(stream)), LOOSE)
    assert rep.failures == [
        "page 1: the content stream gives 'k' with other operands than 4 numbers: it is "
        "damaged and does not draw what it should"
    ]
