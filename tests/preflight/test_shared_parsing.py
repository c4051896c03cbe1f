"""What preflight parses and looks up once: each page's resources and content streams once per
file, and a small form XObject (a glyph of the slug) once per process, by its bytes, whatever
the file it is in; what it finds in them is the same as parsing every time."""

from __future__ import annotations

import io
from typing import Any

import pikepdf
import pytest

from campaign.preflight import pdf as shared
from campaign.preflight import preflight
from campaign.recent import Recent
from tests.preflight.test_content import LOOSE, form, page, save

TAC_FAILURE = (  # the first of the form's two places (a page without a TrimBox: the page's)
    "page 1: a colour has 360 % total ink (3.5 to 7.1 mm from the page's left edge, 63.5 to "
    "67 mm from its top edge); the limit is 300 %"
)
RGB_FAILURE = "page 1: RGB colour in a print file (convert it to CMYK)"


def with_form(content: bytes, pages: int = 1) -> bytes:
    """A file whose pages each draw the form `content` twice."""
    pdf = page(b"q 1 0 0 1 10 10 cm /Fx Do Q q 1 0 0 1 50 50 cm /Fx Do Q")
    fx = form(pdf, content)
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    for _ in range(pages - 1):
        pdf.add_blank_page(page_size=(200, 200))
        pdf.pages[-1].obj.Contents = pdf.pages[0].obj.Contents
        pdf.pages[-1].obj.Resources = pdf.pages[0].obj.Resources
    return save(pdf)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The content of every stream preflight parses, with an empty cache of forms."""
    monkeypatch.setattr(shared, "_FORMS", Recent(64))
    seen: list[bytes] = []
    original = shared._instructions

    def counting(obj: Any) -> list[shared.Instruction]:
        stream = obj.obj.Contents if isinstance(obj, pikepdf.Page) else obj
        seen.append(stream.read_bytes())
        return original(obj)

    monkeypatch.setattr(shared, "_instructions", counting)
    return seen


INKY = b"0.9 0.9 0.9 0.9 k 0 0 10 10 re f"


def test_a_small_form_is_parsed_once_per_process(parses: list[bytes]) -> None:
    first = preflight(with_form(INKY), LOOSE)
    again = preflight(with_form(INKY), LOOSE)
    assert first.failures == again.failures == [TAC_FAILURE]
    assert parses.count(INKY) == 1
    other = preflight(with_form(b"0.2 0.4 0.6 rg 0 0 10 10 re f"), LOOSE)
    assert other.failures == [RGB_FAILURE]  # other bytes: parsed for themselves
    assert len(parses) == 5  # three pages, two forms


def test_a_large_form_is_parsed_in_every_file(
    parses: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared, "FORM_CACHE_BYTES", 8)  # smaller than any stream here
    for _ in range(2):
        assert preflight(with_form(INKY), LOOSE).failures == [TAC_FAILURE]
    assert parses.count(INKY) == 2


def test_each_pages_resources_are_found_once_per_file(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original = shared._resources

    def counting(obj: pikepdf.Object) -> list[pikepdf.Object]:
        calls.append(obj.objgen)
        return original(obj)

    monkeypatch.setattr(shared, "_resources", counting)
    rep = preflight(with_form(INKY, pages=2), LOOSE)
    assert rep.failures == [TAC_FAILURE, TAC_FAILURE.replace("page 1", "page 2")]
    assert len(calls) == len(set(calls)) == 2


def test_the_instructions_read_leave_out_only_the_path_points() -> None:
    """m, l, c, v, y, h and re are left out (no check reads their points); painting, the
    graphics state and a word that is no operator stay, so a stream damaged inside a path
    still fails."""
    content = b"q 1 0 0 1 5 5 cm 0 0 m 1 1 l 1 2 3 4 5 6 c 2 3 4 5 v 6 7 8 9 y h 0 0 9 9 re f Q"
    pdf = pikepdf.open(io.BytesIO(save(page(content + b" 1 1 l garbled 2 2 l S"))))
    ops = [op for op, _ in shared.parsed(pdf.pages[0])]
    assert ops == ["q", "cm", "f", "Q", "garbled", "S"]
    rep = preflight(save(page(content + b" 1 1 l garbled 2 2 l S")), LOOSE)
    assert any("'garbled'" in f for f in rep.failures)
