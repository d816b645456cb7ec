"""Reporters turn a ``Report`` into text. Each format is one module that registers itself;
reporters read only the report and its findings, never the engine."""

from __future__ import annotations

from govcheck.reporters import json_report, text  # noqa: F401  (registers the formats)
from govcheck.reporters.base import REPORTERS, Reporter, get_reporter

__all__ = ["REPORTERS", "Reporter", "get_reporter"]
