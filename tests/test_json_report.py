"""The JSON reporter writes ``json.dumps(..., ensure_ascii=False, indent=2)`` through caches of
the texts it has written (lists of rule ids, tables of scalars such as a citation): a value
equal to a cached one but written differently (1 and True, 0 and False, a string and a
subclass of it) must never get the cached text."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import pytest

from govcheck.reporters.escape import json_text
from govcheck.reporters.json_report import _indented


class _Kind(StrEnum):
    A = "a"


def _json(value: Any, level: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * level)


@pytest.mark.parametrize(
    "values",
    [
        [{"x": 1}, {"x": True}, {"x": 1.0}, {"x": 1}],
        [{"x": 0}, {"x": False}, {"x": 0.0}, {"x": -0.0}, {"x": None}, {"x": False}],
        [{"x": "a", "y": None}, {"x": _Kind.A, "y": None}, {"x": "a", "y": None}],
        [["a", "b"], [_Kind.A, "b"], ["a", "b"], ("a", "b")],
        [{"x": [1]}, {"x": [True]}, {"x": {"y": 1}}, {"x": {"y": True}}],
        [{"x": "##[command"}, {"x": "\u202e"}, {"x": "\udcff"}],
    ],
)
def test_cached_texts_are_those_of_json_dumps(values: list[Any]) -> None:
    for level in (0, 2, 0):
        for value in values:
            expected = json_text(_json(value, level))
            assert _indented(value, "  " * level) == expected, value
