"""The one TOML parser govcheck uses, for drafts and rule files alike (tomli, TOML 1.0 files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli

from govcheck.errors import RuleError


def load_rule_toml(path: Path) -> dict[str, Any]:
    """Parse a rule or registry file; a syntax error names the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), f"kan inte läsa filen: {exc}") from None
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise RuleError(str(path), f"TOML-fel: {exc.msg}", line=exc.lineno) from None
    except RecursionError:  # tomli's own limit on nesting
        raise RuleError(str(path), "TOML-fel: filen är nästlad för djupt") from None
