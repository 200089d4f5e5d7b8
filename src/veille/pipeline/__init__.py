"""Stages, the pipeline that chains them, and the counters they keep."""

from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Outcome, Stage
from veille.pipeline.stats import Stats

__all__ = ["Outcome", "Pipeline", "Stage", "Stats"]
