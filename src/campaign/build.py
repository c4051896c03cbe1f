"""The build's library entry points, kept here for existing imports; see campaign.pipeline."""

from __future__ import annotations

from .pipeline.api import BuildResult, build, check
from .pipeline.jobs import Composed as Job
from .pipeline.jobs import select
from .pipeline.options import Options
from .render.colour import PROFILES, rgb_to_cmyk

__all__ = ["PROFILES", "BuildResult", "Job", "Options", "build", "check", "rgb_to_cmyk", "select"]
