"""The reporter registry."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from govcheck.errors import GovcheckError
from govcheck.models import Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


#: A reporter returns its text whole, or as chunks so that a report over a very large batch is
#: written as it is produced instead of being held twice in memory.
Reporter = Callable[[Report, RenderOptions], str | Iterable[str]]
REPORTERS: dict[str, Reporter] = {}


def register(name: str) -> Callable[[Reporter], Reporter]:
    def decorate(func: Reporter) -> Reporter:
        REPORTERS[name] = func
        return func

    return decorate


def get_reporter(name: str) -> Reporter:
    return REPORTERS[name]


def chunks(rendered: str | Iterable[str]) -> Iterable[str]:
    return (rendered,) if isinstance(rendered, str) else rendered


def write_report(target: Path, rendered: str | Iterable[str]) -> None:
    """Writes a report whole or not at all (a temporary file renamed into place), so a run that
    stops half-way never leaves a truncated report where the previous one was."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            for chunk in chunks(rendered):
                stream.write(chunk)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, target)
    except OSError as exc:
        raise GovcheckError(f"{target}: kan inte skriva rapporten: {exc.strerror or exc}") from None
