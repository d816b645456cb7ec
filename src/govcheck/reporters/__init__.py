"""Reporters turn a ``Report`` into text. Each format is one module that registers itself;
reporters read only the report and its findings, never the engine."""

from __future__ import annotations

from govcheck.reporters import (  # noqa: F401  (each module registers its format)
    github,
    json_report,
    junit,
    markdown,
    sarif,
    text,
)
from govcheck.reporters.base import REPORTERS, Reporter, get_reporter

__all__ = ["REPORTERS", "Reporter", "get_reporter"]
