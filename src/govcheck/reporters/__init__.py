"""Reporters turn a ``Report`` into text. Each format is one module that registers itself;
reporters read only the report and its findings, never the engine.

A format's module is imported when the format is asked for (``get_reporter``), not when the
package is: a pre-commit run writes one format, and importing all six was a tenth of its
start. ``FORMATS`` names every format and the module that renders it; ``REPORTERS`` holds
them all, loaded on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from govcheck.reporters.base import REPORTERS as _REGISTERED
from govcheck.reporters.base import Reporter

#: format name -> the module of this package that registers it
FORMATS: dict[str, str] = {
    "concise": "text",
    "github": "github",
    "json": "json_report",
    "junit": "junit",
    "markdown": "markdown",
    "sarif": "sarif",
    "text": "text",
}


def get_reporter(name: str) -> Reporter:
    """The renderer of a format (``KeyError`` for an unknown name, as a mapping would)."""
    if name not in _REGISTERED:
        module = FORMATS[name]
        importlib.import_module(f"govcheck.reporters.{module}")
    return _REGISTERED[name]


class _AllReporters(Mapping[str, Reporter]):
    """Every format, by name; a renderer is imported when it is looked up."""

    def __getitem__(self, name: str) -> Reporter:
        return get_reporter(name)

    def __iter__(self) -> Iterator[str]:
        return iter(FORMATS)

    def __len__(self) -> int:
        return len(FORMATS)


REPORTERS: Mapping[str, Reporter] = _AllReporters()

__all__ = ["FORMATS", "REPORTERS", "Reporter", "get_reporter"]
