"""docs/scale.md's CI examples run as written: the GitHub Actions matrix's build steps, with
its shard number put in, then its join; the shards hold the campaign-level kit and every
office's, and joined they are the folder one machine's two builds (the campaign, then
`--office all`) write, byte for byte. A CI engineer's trial ran the matrix as it was
written then (`build --office all --shard K/4`): 1,698 files, all under office folders, no
campaign kit, and no word of it."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path

from ..kits import ROOT, build, cli
from .test_shards import tree

DOC = ROOT / "docs" / "scale.md"
# what the test adds to each of the docs' commands: one worker, one material and language
OURS = ("--jobs", "1", "--only", "badge-58", "--lang", "en", "--png-ppi", "20", "--no-digital")


def workflow() -> str:
    """The GitHub Actions workflow's YAML block in docs/scale.md."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index("### A CI matrix (GitHub Actions)")
    block = re.search(r"```yaml\n(.*?)```", text[start:], re.S)
    assert block is not None
    return block.group(1)


def commands(yaml: str, at: Path, shard: int | None = None) -> list[list[str | Path]]:
    """The `python generate.py ...` steps of `yaml`, each as its arguments (after
    generate.py), with the matrix's shard number put in and its folders (`out`, `out-2`)
    made folders of `at`."""
    found: list[list[str | Path]] = []
    for line in yaml.splitlines():
        step = re.match(r"\s*- run: python generate\.py (.*)", line)
        if step is None:
            continue
        said = step.group(1)
        if "${{ matrix.shard }}" in said:
            assert shard is not None
            said = said.replace("${{ matrix.shard }}", str(shard))
        found.append([at / a if re.fullmatch(r"out(-\d+)?", a) else a for a in shlex.split(said)])
    return found


def test_the_ci_matrix_builds_the_campaign_kit_and_every_office(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    yaml = workflow()
    shards = re.search(r"shard: \[([\d, ]+)\]", yaml)
    assert shards is not None
    numbers = [int(n) for n in shards.group(1).split(",")]
    assert numbers == [1, 2, 3, 4]
    building, joining = yaml.split("  join:")
    kit = kit_copy()
    assert [a[:3] for a in commands(building, tmp_path, 1)] == [
        ["build", "--shard", "1/4"],
        ["build", "--office", "all"],
    ]  # the campaign's kit, then the offices', into one folder
    for k in numbers:
        for args in commands(building, tmp_path, k):
            code, text = cli(*args, "--kit", kit, *OURS)
            assert code == 0, text
    (join,) = [a for a in commands(joining, tmp_path) if a[:2] == ["manifest", "merge"]]
    code, text = cli(*join, "--kit", kit)
    assert code == 0, text
    whole = build(kit, tmp_path / "whole", *OURS)
    build(kit, whole, "--office", "all", *OURS)
    joined = tree(tmp_path / "out")
    assert joined == tree(whole)  # manifest.json and index.html too
    campaign = set(tree(build(kit, tmp_path / "campaign", *OURS))) - {"manifest.json", "index.html"}
    offices = {p.stem for p in (kit / "materials/offices").glob("[!_]*.yaml")}
    assert campaign == {"badge-58/badge-58-en.pdf", "badge-58/badge-58-en-preview.png"}
    assert campaign < set(joined)  # the campaign's own files
    assert {p.split("/")[0] for p in set(joined) - campaign} == offices | {
        "manifest.json",
        "index.html",
    }  # and every office's


def test_the_kubernetes_jobs_pods_build_and_join_as_one_machine(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The indexed Job's container command, run by `sh` as each pod runs it (its
    JOB_COMPLETION_INDEX set, the shared volume a folder here), then the docs' join: the
    folder one machine's two builds write, byte for byte."""
    import os
    import subprocess
    import sys

    text = DOC.read_text(encoding="utf-8")
    job = text[text.index("kind: Job") :]
    folded = re.search(r"args:\n\s+- >-\n((?:\s{14}.*\n)+)", job)
    assert folded is not None
    command = " ".join(line.strip() for line in folded.group(1).splitlines())
    completions = re.search(r"completions: (\d+)", job)
    assert completions is not None
    n = int(completions.group(1))
    join = re.search(
        r"`(python generate\.py manifest merge [^`]+)`", text[text.index("kind: Job") :]
    )
    assert join is not None
    kit = kit_copy()
    kit_option = f"--kit {shlex.quote(str(kit))}"
    ours = " ".join((kit_option, *OURS[2:]))  # the pod's own --jobs 2
    shared = shlex.quote(str(tmp_path / "shared"))

    def run(line: str, **env: str) -> None:
        line = line.replace("python generate.py", f"{sys.executable} {ROOT / 'generate.py'}")
        line = line.replace("generate.py build", f"generate.py build {ours}")
        line = line.replace(
            "generate.py manifest merge", f"generate.py manifest merge {kit_option}"
        )
        line = line.replace("/shared/", f"{shared}/")
        done = subprocess.run(
            ["sh", "-c", line], env={**os.environ, **env}, capture_output=True, text=True
        )
        assert done.returncode == 0, (line, done.stdout, done.stderr)

    for index in range(n):
        run(command, JOB_COMPLETION_INDEX=str(index))
    run(join.group(1).replace("\n", " "))
    whole = build(kit, tmp_path / "whole", *OURS)
    build(kit, whole, "--office", "all", *OURS)
    assert tree(tmp_path / "shared" / "out") == tree(whole)
