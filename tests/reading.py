"""Helpers of the reader's class tests: a synthetic text read as a document file, and one
field of what was read by its dotted path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govcheck.documents.extraction import Extraction
from govcheck.documents.loader import extract_file

#: What ``field`` gives for a field that was not read at all.
ABSENT = object()


def read_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def field(data: dict[str, Any], path: str) -> object:
    """``data["handlaggare"]["namn"]`` for "handlaggare.namn"; ``ABSENT`` when not there."""
    value: object = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return ABSENT
        value = value[part]
    return value
