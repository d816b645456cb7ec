"""Reading the files of a rule directory: rule files and the registry (TOML, parsed by tomli,
the one TOML parser govcheck uses) and the source texts rules quote.

Each is an input of the run (no output may replace it), must be a regular file (a folder named
``x.toml``, a dangling link or a FIFO is refused, not crashed on or waited for), UTF-8, and of
bounded size. Every failure is a ``RuleError`` naming the file: exit 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli

from govcheck.errors import RuleError
from govcheck.i18n import t
from govcheck.safe_io import FileRefused, read_bytes

MAX_RULE_FILE_BYTES = 5_000_000
MAX_SOURCE_BYTES = 20_000_000


def _read(path: Path, limit: int, rule_id: str = "") -> str:
    try:
        raw = read_bytes(path, limit)
    except FileRefused as refused:
        raise RuleError(str(path), refused.text(), rule_id=rule_id) from None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), t("not_utf8", position=exc.start), rule_id=rule_id) from None


def read_rule_file(path: Path) -> tuple[bytes, dict[str, Any]]:
    """The raw bytes of a rule or registry file (for the rule set's hash) and its content."""
    text = _read(path, MAX_RULE_FILE_BYTES)
    return text.encode("utf-8"), _parse(path, text)


def load_rule_toml(path: Path) -> dict[str, Any]:
    """Parse a rule or registry file; a syntax error names the file and line."""
    return _parse(path, _read(path, MAX_RULE_FILE_BYTES))


def read_source_text(path: Path, rule_id: str = "") -> str:
    """A source text that rules quote (UTF-8)."""
    return _read(path, MAX_SOURCE_BYTES, rule_id)


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        detail = t("toml_syntax", detail=getattr(exc, "msg", str(exc)))
        raise RuleError(str(path), detail, line=getattr(exc, "lineno", None)) from None
    except RecursionError:  # tomli's own limit on nesting
        raise RuleError(str(path), t("too_deep_file")) from None
