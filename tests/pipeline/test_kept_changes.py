"""What a build notes in an earlier entry it keeps without making it again
(building._with_kit): the kit files it was made from that changed since it was made
(`changed`), so that `package` names them (package.outdated); a poster kept from a build
made before a strings import was packed without a word (a trial). The build's part is
tested end to end in tests/package/test_build_kit.py."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from campaign.model.kit import Kit
from campaign.output import OutputFile
from campaign.pipeline.building import _since_stamp, _with_kit
from campaign.pipeline.joblog import JobLog
from campaign.pipeline.jobs import JobKey, JobResult

NOW = "now-state"  # the campaign group's kit state now (fingerprint.kit_state)


def entry(lang: str, kit: str, changed: list[str] | None = None) -> OutputFile:
    """A print PDF of poster-a3 in `lang`, made from the kit state `kit`."""
    extra: dict[str, object] = {"inputs": [f"materials/strings/{lang}.yaml"], "kit": kit}
    if changed is not None:
        extra["changed"] = changed
    path = f"poster-a3/poster-a3-{lang}.pdf"
    return OutputFile(
        path, "poster-a3", lang, "pdf", "print", (297.0, 420.0), 1, "", 0, extra=extra,
        rendition="print_pdf",
    )  # fmt: skip


def skipped(lang: str) -> JobLog:
    log = JobLog()
    log.append(JobResult(JobKey("poster-a3", lang, "print_pdf"), "skipped"))
    return log


def test_the_changes_since_the_previous_build_join_those_before_sorted() -> None:
    kept = _with_kit(skipped("en"), {None: NOW}, lambda f: ["materials/strings/es.yaml"])
    old = entry("es", "old", ["materials/campaign.yaml", "materials/strings/es.yaml"])
    assert kept(old).extra["changed"] == ["materials/campaign.yaml", "materials/strings/es.yaml"]
    assert kept(entry("es", "old")).extra["changed"] == ["materials/strings/es.yaml"]
    assert kept(entry("es", "old", ["the generator"])).extra["changed"] == [
        "materials/strings/es.yaml",
        "the generator",
    ]


def test_an_entry_nothing_changed_for_is_listed_as_it_was() -> None:
    """No `changed` added (the manifest of an unchanged build is the same, byte for byte)."""
    kept = _with_kit(JobLog(), {None: NOW}, lambda f: [])
    old = entry("es", "old")
    assert kept(old) is old
    listed = entry("es", "old", ["materials/strings/es.yaml"])
    assert kept(listed) is listed


def test_a_skipped_job_or_an_entry_of_the_kit_as_it_is_has_no_changes() -> None:
    """A job skipped (its files are what the kit makes now) takes the group's state now and
    drops its `changed`; so does an entry made from the kit as it is (an edit undone), and
    `since` is not asked of either."""

    def never(f: OutputFile) -> list[str]:
        raise AssertionError(f"asked of {f.path}")

    kept = _with_kit(skipped("es"), {None: NOW}, never)
    made = kept(entry("es", "old", ["materials/strings/es.yaml"]))
    assert made.extra == {"inputs": ["materials/strings/es.yaml"], "kit": NOW}
    undone = kept(entry("fr", NOW, ["materials/strings/fr.yaml"]))
    assert undone.extra == {"inputs": ["materials/strings/fr.yaml"], "kit": NOW}


def test_a_folder_whose_last_build_kept_no_stamp_is_the_kit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous build had a failed job (no stamp: which kit files it read is not known):
    an entry whose kit state is not the kit's now is noted as made from "the kit" as it
    was."""
    monkeypatch.setattr("campaign.pipeline.kitcache.kit_digests", lambda _root: {})
    monkeypatch.setattr(
        "campaign.pipeline.fingerprint.kit_state",
        lambda _f, _c, office=None, chains=None: NOW,
    )
    since = _since_stamp(tmp_path, cast(Kit, SimpleNamespace(root=tmp_path)))
    assert since(entry("es", "old")) == ["the kit"]
