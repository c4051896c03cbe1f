"""The kit's package imports no reader (campaign.kit's docstring): whichever of its modules a
command imports first, it imports, and reading a key has every file kind's forms and rules
(spec.registered), as when the package imported them all. Each case runs in a fresh
interpreter, as a user's command does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the modules other packages and the tests import from the kit
FIRST = ["load", "forms", "strings", "fonts", "presses", "jsonschema", "reference", "sizes"]
# the package's imports before it was lazy: every file kind's forms and rules
EVERY_KIND = "from campaign.kit import campaign, fonts, layouts, offices, slots, strings"
# a key's form asked for: an office's (Office's keys name forms `offices` registers)
A_KEY_READ = (
    "from campaign.kit import spec\nfrom campaign.model import Office\n"
    "[f.form for f in spec.declared(Office)]"
)


def registry_after(first: str) -> dict[str, object]:
    """The forms' names and the rules (their functions' names) after `first` runs and an
    office's keys' forms are asked for."""
    probe = (
        f"{first}\n{A_KEY_READ}\nimport json\n"
        "print(json.dumps({'forms': sorted(spec.FORMS), 'rules': sorted("
        "f'{cls.__name__}.{fn.__name__}' for cls, fns in spec.HOOKS.items() for fn in fns)}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("module", FIRST)
def test_any_module_of_the_kit_imported_first_reads_with_every_form(module: str) -> None:
    """forms, strings or reference imported first failed (spec imported `forms`' names at its
    end, from the module not yet whole): the package's imports had always run spec first."""
    whole = registry_after(EVERY_KIND)
    assert "edges" in whole["forms"]  # type: ignore[operator]
    assert whole["rules"]
    assert registry_after(f"import campaign.kit.{module}") == whole
