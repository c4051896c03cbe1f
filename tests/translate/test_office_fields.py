"""An office's own fields (its contacts, its name in a language) that do not lay out in the
language imported are the office's, not the translator's: warnings at the office's file,
not counted against the translation, and no cause of the import's exit code (a user's
trial: `strings import kk.xlsx` failed with exit code 1 and "shorten them in kk.xlsx" for
an office's long website and helpline, when it had changed nothing)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

import campaign.pipeline.api as api
from campaign.diagnostics import Diagnostic, DiagnosticsError, Severity, Subject

from ..kits import cli
from .test_import_errors import export, msgstr_at

OFFICE = """name: Rosea
languages: [pt]
materials: [flyer-a5]
fields:
  helpline: "+000 000 000 000 (a placeholder, with a note far too long for its slot, or for the whole row)"
  website: "www.example.org/regional-office-for-a-long-named-region/blue-heart-campaign/materials-2024"
sample: true
"""


def test_an_offices_fields_are_its_own_not_the_translations(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy(**{"materials/offices/rosea.yaml": OFFICE})
    office = kit / "materials/offices/rosea.yaml"
    path = export(kit, tmp_path / "pt.po", "pt")
    status, out = cli("strings", "import", path, "--kit", kit)  # nothing changed
    assert status == 0, out
    assert (
        f"{office}:5:3: warning[text.overflow]: rosea / flyer-a5 [pt] 'helpline': text does "
        "not fit slot 'helpline-stacked' even at 6 pt: 1.4 mm (1 line(s)) too tall (the "
        "office's own field, in rosea.yaml: not of the pt translation)\n"
    ) in out, out
    assert f"{office}:6:3: warning[text.overflow]: rosea / flyer-a5 [pt] 'website'" in out
    assert out.count("  hint: not the translator's to fix: rosea.yaml is the office's file\n") == 2
    assert out.endswith(
        "2 warning(s), 1 note(s)\n"  # social-1200x630's source in its short variant
        "ok: 11 document(s) (12 page(s)) of the pt kit and its offices' (rosea) lay out, with "
        "texts in their short variants (1 note(s) above) but for the offices' own fields named "
        "above\n"
    ), out
    po = polib.pofile(str(path))  # a text of the translation's own that does not fit
    next(e for e in po if e.msgctxt == "fact_figure").msgstr = "uma em cada três"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert f"{path}:{msgstr_at(path, 'fact_figure')}: error[text.overflow]: [pt]" in out
    assert out.count("warning[text.overflow]") == 2, out
    assert (  # the note: social-1200x630's source in its short variant (text.short-variant)
        "1 error(s), 2 warning(s), 1 note(s)\nimported, but pt does not lay out cleanly (1 text(s) "
    ) in out


def test_a_failed_imports_json_is_not_ok(
    kit_copy: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--json`'s `ok` is false whenever the exit code is 1: the campaign's check failed with
    only an office's own fields (moved aside as the office's) beside a warning about the
    language's texts, which kept the exit code 1 while `ok` said true (no error left among
    the diagnostics). The campaign's check raises as if it laid out the office's fields."""
    kit = kit_copy(**{"materials/offices/rosea.yaml": OFFICE})
    path = export(kit, tmp_path / "pt.po", "pt")
    real = api.check

    def check(*args: object, **kwargs: object) -> object:
        if kwargs.get("offices") is not None:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        try:
            real(*args, **{**kwargs, "offices": ("rosea",)})  # type: ignore[arg-type]
        except DiagnosticsError as exc:  # the office's own fields, as the campaign's errors
            untranslated = Diagnostic(
                "strings.untranslated",
                "a text of pt is still the source's",
                severity=Severity.WARNING,
                subject=Subject(language="pt"),
            )
            raise DiagnosticsError([*exc.diagnostics, untranslated]) from None
        raise AssertionError("the office's fields lay out: the case is not built")

    monkeypatch.setattr(api, "check", check)
    status, out = cli("strings", "import", path, "--kit", kit, "--json")
    doc = json.loads(out)
    assert (status, doc["ok"]) == (1, False), out
