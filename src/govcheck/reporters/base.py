"""The reporter registry."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from govcheck.errors import GovcheckError
from govcheck.models import Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


Reporter = Callable[[Report, RenderOptions], str]
REPORTERS: dict[str, Reporter] = {}


def register(name: str) -> Callable[[Reporter], Reporter]:
    def decorate(func: Reporter) -> Reporter:
        REPORTERS[name] = func
        return func

    return decorate


def get_reporter(name: str) -> Reporter:
    return REPORTERS[name]


def write_report(target: Path, text: str) -> None:
    """Writes a report whole or not at all (a temporary file renamed into place), so a run that
    stops half-way never leaves a truncated report where the previous one was."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, target)
    except OSError as exc:
        raise GovcheckError(f"{target}: kan inte skriva rapporten: {exc.strerror or exc}") from None
