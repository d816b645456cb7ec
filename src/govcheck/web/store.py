"""The uploaded document's text, kept in memory for a while so the official can correct and
check again and still see the findings in the text, without uploading it again.

Only the text lines and what the reader said of them are kept (never the file), in this
process's memory, never on disk; each
entry is found by a random 256-bit token that only the official's page knows, and it goes
after ``ttl`` seconds or when the store is full (oldest first). When the text is gone, the
page still checks the corrected particulars, which travel in the form itself.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from govcheck.web.checking import DocLine


@dataclass
class Kept:
    """An upload's text and what the reader said of it beyond the draft."""

    lines: tuple[DocLine, ...]
    reading: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Entry:
    kept: Kept
    size: int
    expires: float


class TextStore:
    def __init__(
        self,
        ttl: float = 30 * 60,
        max_entries: int = 200,
        max_chars: int = 100_000_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._chars = 0

    def __len__(self) -> int:
        self._expire()
        return len(self._entries)

    def put(self, lines: tuple[DocLine, ...], reading: dict[str, Any] | None = None) -> str:
        self._expire()
        size = sum(len(line.text) for line in lines) + len(lines)
        token = secrets.token_urlsafe(32)
        if size > self.max_chars:
            return token  # too large to keep: the page works without it
        kept = Kept(lines, reading or {})
        self._entries[token] = _Entry(kept, size, self._clock() + self.ttl)
        self._chars += size
        while len(self._entries) > self.max_entries or self._chars > self.max_chars:
            self._drop(next(iter(self._entries)))
        return token

    def get(self, token: str) -> Kept | None:
        self._expire()
        entry = self._entries.get(token)
        return None if entry is None else entry.kept

    def clear(self) -> None:
        self._entries.clear()
        self._chars = 0

    def _drop(self, token: str) -> None:
        entry = self._entries.pop(token)
        self._chars -= entry.size

    def _expire(self) -> None:
        now = self._clock()
        while self._entries:
            token, entry = next(iter(self._entries.items()))
            if entry.expires > now:
                break
            self._drop(token)
