"""An import lays its language out in the campaign's materials and in those of every office
that prints it: the offices' documents set most of the campaign's texts again, in the same
boxes. Each copy-fit is done once: the memo keeps 4,096 for the while, not the usual 64
(`text.fit.many_documents`), and both checks set their texts in one font book's faces
(`pipeline.kitcache.one_font_book`: a second book, read from the user's cache, opened every
face again, and the memo, which keys by identity, missed). The
French import did 526 copy-fits where 194 were different, and took 1.17 s against 0.84.
After it, the memos hold their usual numbers again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.text import fit
from campaign.text.fit import FIT_FIELDS, FitRequest, TextSet
from tests.kits import cli


def content_key(req: FitRequest) -> tuple[object, ...]:
    """A request by its content: its fonts by their files (a font book read again would
    set the same text again, and count)."""
    return tuple(
        tuple(face.path for face in req.stack) if name == "stack" else getattr(req, name)
        for name in FIT_FIELDS
    )


def test_an_import_sets_each_text_in_each_box_once(
    kit_copy: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = kit_copy()
    po = tmp_path / "fr.po"
    status, out = cli("strings", "export", "--lang", "fr", "--kit", root, "-o", po)
    assert status == 0, out
    done: Counter[tuple[object, ...]] = Counter()
    setting = fit._fit

    def counted(req: FitRequest) -> TextSet:
        done[content_key(req)] += 1
        return setting(req)

    monkeypatch.setattr(fit, "_fit", counted)
    usual = (fit._FITS.size, fit._FITS.probation)
    status, out = cli("strings", "import", po, "--kit", root)
    assert status == 0, out
    assert "and its offices' (brussels, " in out  # laid out for the offices too
    assert len(done) > 100
    assert [key for key, n in done.items() if n > 1] == []
    assert (fit._FITS.size, fit._FITS.probation) == usual
    assert len(fit._FITS) <= fit._FITS.size + fit._FITS.probation
