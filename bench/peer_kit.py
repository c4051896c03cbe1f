"""Our generator as a peer of the reference-kit benchmark in ../shared/bench/peers/, so that
its `run_bench.py` times us beside Typst and WeasyPrint in one run:

    cd ../shared/bench/peers
    python run_bench.py --peers typst,weasyprint,../../../main/bench/peer_kit.py

The harness calls `pdf`, `png` or `pdf_png` once per page (3 materials x 6 languages). A user
of ours makes a kit with one command, not 18, so the first call of a pass runs one
`generate.py build` for every page of the scenario (worker processes: one per core) and each
call then copies its page's file to where the harness wants it. The pass's total time is the
number to compare; the per-page times are that build's time on the first page and a copy on
the others.

The kits are not the same: ours draws its own materials (poster-a3, flyer-a5 two-sided,
badge-58) from our strings, with crop marks, a slug, a colour bar, an OutputIntent and the
built-in preflight on every print PDF, and has no photo; the peers' kit has a 3000 x 2000
photo and no preflight. The flyer's PNG is its front page.

The generator runs as a subprocess of `KIT_PYTHON` (default: this interpreter), which must
have the project installed as the README says (`pip install -e .`, then `python -m
compileall -q src` in the project); fresh-process start-up is counted, as a user would see
it. `KIT_PYTHON` must be the interpreter itself, as Typst's peer runs its compiler itself:
`KIT_PYTHON=$(python -c 'import sys; print(sys.executable)')`. A launcher script in its
place (a pyenv shim, which `which python` gives where pyenv is used) is refused: the shim
finds the Python version with bash scripts at every command, about 0.25 s of each here
(measured 2026-12-01), which would be counted as the generator's time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

NAME = "kit"
ROOT = Path(__file__).resolve().parents[1]
MATERIALS = {"poster": "poster-a3", "flyer": "flyer-a5", "badge": "badge-58"}
LANGS = ("en", "fr", "es", "ru", "ar", "zh")


class Peer:
    def __init__(self, work: Path) -> None:
        self.work = work
        given = os.environ.get("KIT_PYTHON", sys.executable)
        self.python = shutil.which(given) or given  # a bare name (python3): its path
        with open(self.python, "rb") as f:
            if f.read(2) == b"#!":
                raise SystemExit(
                    f"KIT_PYTHON {self.python} is a script (a pyenv shim?), not an interpreter: "
                    "KIT_PYTHON=$(python -c 'import sys; print(sys.executable)')"
                )
        self.out = Path(tempfile.mkdtemp(prefix="peer-kit-"))
        self.made: tuple[str, ...] = ()  # the scenario whose files are in self.out

    def info(self) -> dict[str, str]:
        return {"kit": str(ROOT), "python": self.python}

    def _build(self, scenario: tuple[str, ...], materials: str, langs: str) -> None:
        """One build of the scenario's pages, once per pass: a new pass starts at the first
        page again, so the files are made again."""
        if self.made == scenario:
            return
        shutil.rmtree(self.out, ignore_errors=True)
        cmd = [self.python, str(ROOT / "generate.py"), "build", "--force", "--quiet"]
        cmd += ["--lang", langs, "--only", materials, "--no-digital", "-o", str(self.out)]
        cmd += list(scenario)
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        self.made = scenario

    def _file(self, material: str, lang: str, ending: str) -> Path:
        name = MATERIALS[material]
        found = sorted((self.out / name).glob(f"{name}-{lang}{ending}"))
        if not found:
            raise FileNotFoundError(f"{name}-{lang}{ending} in {self.out / name}")
        return found[0]

    def _first(self, material: str, lang: str) -> bool:
        return (material, lang) == ("poster", LANGS[0])

    def pdf(self, material: str, lang: str, out: Path) -> None:
        if self._first(material, lang):
            self.made = ()
        self._build(("--no-png",), ",".join(MATERIALS.values()), ",".join(LANGS))
        shutil.copyfile(self._file(material, lang, ".pdf"), out)

    def pdf_png(self, material: str, lang: str, out_pdf: Path, out_png: Path, ppi: float) -> None:
        if self._first(material, lang):
            self.made = ()
        self._build(("--png-ppi", str(ppi)), ",".join(MATERIALS.values()), ",".join(LANGS))
        shutil.copyfile(self._file(material, lang, ".pdf"), out_pdf)
        shutil.copyfile(self._file(material, lang, "-preview*.png"), out_png)

    def png(self, material: str, lang: str, out: Path, ppi: float) -> None:
        # the harness asks for one page alone (the A3 poster at 300 ppi): one build of it;
        # ours always writes the print PDF too
        self.made = ()
        self._build(("--png-ppi", str(ppi)), MATERIALS[material], lang)
        shutil.copyfile(self._file(material, lang, "-preview*.png"), out)
