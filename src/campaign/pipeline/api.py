"""The build as a library: check() lays out without drawing, build() runs every job and
publishes (and writes the folder's index.html gallery). Kit-level errors (YAML, unknown names)
stop everything before any job, but for errors that are all in strings files other than the
source language's: those languages' jobs fail with their files' errors, and the others are
made (load_kit's `isolate`). A job that fails (layout, preflight) fails alone: the others
are published, unless all_or_nothing.

Publishing is one transaction (output.Staging, publishing.py): the files, the manifest and the
gallery, all or nothing, whatever fails or kills the build.

The colour science, the layout stage and the gallery are imported where they are used: a
build with nothing to do (pipeline.incremental) needs none of them and ends sooner.

This module is the public face the command line and the tests import; the work is done in
`checking` (check), `building` (build), `results` (what a build returns and reports),
`selection` (which warnings a build or check shows), `kit_warnings` (the warnings it adds)
and `earlier_files` (the output folder's earlier files kept or removed)."""

from __future__ import annotations

from .building import build
from .checking import CheckFailedError, check
from .results import BuildResult, NotPublishedError

__all__ = ["BuildResult", "CheckFailedError", "NotPublishedError", "build", "check"]
