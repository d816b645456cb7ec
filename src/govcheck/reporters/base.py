"""The reporter registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
