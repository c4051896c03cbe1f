"""A sheet that places files of sample data says SAMPLE DATA on its printed slug, first (a
gang sheet of badges, a sticker sheet of sticker-50, a press sheet of flyers; a home sheet
of badges on its line), read back
from the PDF (the /Slug form's /ActualText); a sheet of the campaign's own files does not.
`sheet`'s summary and the job sheet said so, the sheet in a print shop's hands did not. On a
slug too narrow for its fields, SAMPLE DATA stays: fields are left out from the end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from campaign.output import OutputFile
from campaign.sheets.slugs import SAMPLE_FIELD

from ..kits import cli
from .boxes import slug_fields

OFFICE = (
    "name: Test Office\nsample: true\nlanguages: [en, fr]\npaper: iso\n"
    "fields:\n  email: info@example.org\n"
)
ONLY = ("--only", "badge-58,flyer-a5,sticker-50", "--no-png")  # home sheets: digital PDFs


@pytest.fixture(scope="module")
def built(module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    kit = module_kit_copy(**{"materials/offices/trial.yaml": OFFICE})
    out = tmp_path_factory.mktemp("sample-slug") / "out"
    for office in (("--office", "trial"), ()):
        code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", *office, *ONLY)
        assert code == 0, text
    return {"kit": kit, "out": out}


def _fields(built: dict, name: str, *args: str) -> list[list[str]]:
    pdf = built["out"] / "sheets" / name
    code, text = cli("sheet", "--kit", built["kit"], "--from", built["out"], "-o", pdf, *args)
    assert code == 0, text
    with pikepdf.open(pdf) as doc:
        return [slug_fields(page) for page in doc.pages]


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (("--paper", "a4"), "badge-58 gang sheet 1 of 1"),
        (("--home", "--paper", "a4"), "badge-58 home sheet 1 of 1"),  # its line, not a slug
        (
            ("--material", "sticker-50", "--sticker", "--paper", "a4"),
            "sticker-50 sticker sheet 1 of 1",
        ),
        (("--material", "flyer-a5", "--up", "2", "--lang", "en"), "flyer-a5 press sheet"),
    ],
)
def test_a_sheet_of_sample_files_says_so_first_on_its_slug(
    built: dict, args: tuple[str, ...], first: str
) -> None:
    sample = _fields(built, "sample.pdf", "--office", "trial", *args)
    assert [page[:2] for page in sample] == [["SAMPLE DATA", first]] * len(sample), sample
    own = _fields(built, "own.pdf", *args)
    assert [page[0] for page in own] == [first] * len(own), own
    assert not any(SAMPLE_FIELD in page for page in own), own


def _badge(office: str | None, language: str) -> OutputFile:
    return OutputFile(
        path=f"badge/badge-58-{language}.pdf",
        material="badge-58",
        language=language,
        format="pdf",
        variant="print",
        trim_mm=(64.0, 64.0),
        pages=1,
        sha256="0" * 64,
        bytes=1,
        extra={},
        office=office,
    )


def test_a_narrow_slug_keeps_sample_data_and_leaves_out_from_the_end(
    module_kit_copy: Callable[..., Path],
) -> None:
    """A 60 mm slug holds four fields on a line at the floor size: it leaves out the rest
    from the end, never SAMPLE DATA nor the sheet's name after it (a 30 mm one sets those two
    alone, on two lines); one sample file among others is enough for it."""
    from campaign.kit import load_kit
    from campaign.render.metadata import OutputCondition
    from campaign.sheets.request import SheetRequest
    from campaign.sheets.slugs import ACTUAL_SIZE, sheet_slugs

    kit = load_kit(module_kit_copy(**{"materials/offices/trial.yaml": OFFICE}))
    req = SheetRequest(Path("out"), "badge-58", paper="a4")
    placed = [_badge(None, "en"), _badge("trial", "fr")]
    cond = OutputCondition("fogra39", Path("p.icc"), "FOGRA39", "Coated FOGRA39")
    cut = "cut circle 70 mm"
    slugs, left_out = sheet_slugs(kit, req, placed, 2, 60.0, "", cut, cond)
    assert len(slugs) == 1
    assert slugs[0] is not None
    sheet, rest = "badge-58 gang sheet 1 of 1", "DRAFT fr  |  A4, 2 of 2"
    assert _actual_text(slugs[0].content) == f"SAMPLE DATA  |  {sheet}  |  {rest}"
    assert left_out[:3] == (ACTUAL_SIZE, cut, "FOGRA39"), left_out
    slugs, left_out = sheet_slugs(kit, req, placed, 2, 30.0, "", cut, cond)
    assert slugs[0] is not None
    assert _actual_text(slugs[0].content) == f"SAMPLE DATA  |  {sheet}"
    assert left_out[:2] == ("DRAFT fr", "A4, 2 of 2"), left_out
    own = [replace(p, office=None) for p in placed]
    slugs, _ = sheet_slugs(kit, req, own, 2, 60.0, "", cut, cond)
    assert slugs[0] is not None
    assert _actual_text(slugs[0].content).startswith(f"{sheet}  |  {rest}"), slugs


def _actual_text(content: bytes) -> str:
    """The /ActualText a slug's outlines carry (slugs._lines_form), decoded."""
    hexed = content.split(b"/ActualText <", 1)[1].split(b">", 1)[0]
    return bytes.fromhex(hexed.decode())[2:].decode("utf-16-be")
