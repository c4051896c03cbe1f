"""render.serialise's serialiser writes what reportlab's own writes: each function against
reportlab's on generated values, and the kit's print PDFs byte for byte with and without it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from campaign.build import Options, build
from campaign.render import pdf, serialise
from campaign.render.serialise import RL_ENCODE, RL_FORMAT, RL_NAME, quick_serialiser
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]

# characters of PDFDocEncoding, of Latin-1 and beyond, controls and U+0018 to U+001F among them
TEXT = st.text(st.characters(max_codepoint=0x2FF) | st.sampled_from("\x18\x1f\u2022\u20ac"))


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """As render.pdf.reportlab_settings sets it (else reportlab's own serialiser is kept)."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def _outcome(f: Callable[[], object]) -> object:
    """What `f` returns, or the type of what it raises."""
    try:
        return f()
    except Exception as exc:  # noqa: BLE001  (compared, not handled)
        return type(exc)


@given(TEXT)
def test_a_string_is_encoded_as_reportlab_encodes_it(text: str) -> None:
    assert _outcome(lambda: serialise.encoded(text)) == _outcome(lambda: RL_ENCODE(text))


def test_the_characters_pdfdoc_writes_otherwise_are_encoded_by_reportlab() -> None:
    """U+0018 is PDFDocEncoding's breve: extpdfdoc has no code for the control."""
    assert _outcome(lambda: serialise.encoded("a\x18")) is UnicodeEncodeError
    assert serialise.encoded("a\u2022") == RL_ENCODE("a\u2022") == b"a\x80"
    assert serialise.encoded(b"\xff") == b"\xff"


@given(TEXT)
def test_a_name_is_escaped_as_reportlab_escapes_it(text: str) -> None:
    assert serialise.name(text) == RL_NAME(text)


VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(-1e9, 1e9, allow_nan=False)
    | st.binary(max_size=8)
    | TEXT,
    lambda inner: (
        st.lists(inner, max_size=4).map(pdfdoc.PDFArray)
        | st.dictionaries(TEXT.filter(bool), inner, max_size=4).map(pdfdoc.PDFDictionary)
    ),
    max_leaves=12,
)


@settings(max_examples=300)
@given(VALUES)
def test_an_element_is_formatted_as_reportlab_formats_it(value: Any) -> None:
    document = pdfdoc.PDFDocument(invariant=1)
    theirs = _outcome(lambda: RL_FORMAT(value, document))
    with quick_serialiser():
        ours = _outcome(lambda: pdfdoc.format(value, document))
    assert ours == theirs


def test_reportlab_serialiser_is_back_after_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    with quick_serialiser():
        assert pdfdoc.format is serialise.formatted
    assert (pdfdoc.format, pdfdoc.PDFName, pdfdoc.pdfdocEnc) == (RL_FORMAT, RL_NAME, RL_ENCODE)
    monkeypatch.setattr(rl_config, "invariant", 0)  # comments may be written: reportlab's own
    with quick_serialiser():
        assert pdfdoc.format is RL_FORMAT
    assert (pdfdoc.format, pdfdoc.PDFName, pdfdoc.pdfdocEnc) == (RL_FORMAT, RL_NAME, RL_ENCODE)


@pytest.mark.parametrize(("material", "lang"), [("poster-a3", "ar"), ("event-flyer-a5", "zh")])
def test_a_print_pdf_has_the_bytes_reportlab_serialiser_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, material: str, lang: str
) -> None:
    def made(out: Path) -> bytes:
        build(ROOT, Options(out, (lang,), (material,), png=False, digital=False, jobs=1))
        return (out / out_path(material, lang)).read_bytes()

    ours = made(tmp_path / "ours")
    monkeypatch.setattr(pdf, "quick_serialiser", contextlib.nullcontext)
    assert ours == made(tmp_path / "theirs")
