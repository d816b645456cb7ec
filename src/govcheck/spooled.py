"""A ``Report`` read from a spool (``govcheck.spool``): what the command line renders when a run
covers many files. Its ``files``, ``findings`` and ``evaluated`` are read from disk when
iterated, its counts and exit code come from the spool's counters."""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from pydantic import PrivateAttr

from govcheck.models import Finding, InputProblem, Reading, Report, Severity
from govcheck.spool import FileEntry, Spool


class _Files(Sequence[str]):
    def __init__(self, spool: Spool) -> None:
        self._spool = spool

    def __iter__(self) -> Iterator[str]:
        return (entry.file for entry in self._spool.entries())

    def __len__(self) -> int:
        return self._spool.files

    def __getitem__(self, index: Any) -> Any:
        return list(self)[index]  # not used by govcheck's reporters; correct, not fast


class _Findings(Sequence[Finding]):
    """The findings in report order: file by file when the files came in the order of their
    names (the usual case: a folder), else sorted once, in memory."""

    def __init__(self, spool: Spool, extra: tuple[Finding, ...]) -> None:
        self._spool = spool
        self._extra = extra

    def __iter__(self) -> Iterator[Finding]:
        checked = (f for entry in self._spool.entries() for f in entry.findings)
        if self._spool.in_name_order:
            return heapq.merge(checked, self._extra, key=Finding.sort_key)
        return iter(sorted([*checked, *self._extra], key=Finding.sort_key))

    def __len__(self) -> int:
        return self._spool.findings

    def __getitem__(self, index: Any) -> Any:
        return list(self)[index]


class _Evaluated(Mapping[str, tuple[str, ...]]):
    def __init__(self, spool: Spool) -> None:
        self._spool = spool
        self._map: dict[str, tuple[str, ...]] | None = None

    def _built(self) -> dict[str, tuple[str, ...]]:
        if self._map is None:  # random access by file: a reporter that needs it pays for it
            entries = self._spool.entries()
            self._map = {entry.file: entry.evaluated for entry in entries if entry.read}
        return self._map

    def __getitem__(self, file: str) -> tuple[str, ...]:
        return self._built()[file]

    def __iter__(self) -> Iterator[str]:
        return (entry.file for entry in self._spool.entries() if entry.read)

    def __len__(self) -> int:
        return len(self._built())


class _Readings(Mapping[str, Reading]):
    """The documents' field readings, read from the spool when a reporter first asks."""

    def __init__(self, spool: Spool) -> None:
        self._spool = spool
        self._map: dict[str, Reading] | None = None

    def _built(self) -> dict[str, Reading]:
        if self._map is None:
            entries = self._spool.entries()
            self._map = {e.file: e.reading for e in entries if e.reading is not None}
        return self._map

    def __getitem__(self, file: str) -> Reading:
        return self._built()[file]

    def __iter__(self) -> Iterator[str]:
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._built())


class SpooledReport(Report):
    """A ``Report`` read from a spool. Build it with ``spooled``."""

    _spool: Spool | None = PrivateAttr(default=None)
    _extra: tuple[Finding, ...] = PrivateAttr(default=())

    def entries(self) -> Iterator[FileEntry]:
        assert self._spool is not None
        yield from self._spool.entries()
        extra: dict[str, list[Finding]] = {}
        for finding in self._extra:
            extra.setdefault(finding.location.file, []).append(finding)
        for file, findings in extra.items():
            yield FileEntry(file, tuple(findings), ())

    @property
    def exit_code(self) -> int:
        assert self._spool is not None
        if self.problems:
            return 2
        return 1 if self._spool.failing else 0

    def count(self, severity: Severity) -> int:
        assert self._spool is not None
        return self._spool.counts[severity]

    def waived_count(self) -> int:
        assert self._spool is not None
        return self._spool.waived

    def known_count(self) -> int:
        """Counted without reading the spool back (a whole pass over it, a third of writing the
        JSON report of 10,000 drafts): the spool keeps no ``known`` (a run with a baseline is
        never spooled), so only the findings outside it can be known."""
        return sum(1 for finding in self._extra if finding.known and not finding.waived)


def spooled(
    spool: Spool,
    extra: Sequence[Finding],
    problems: Sequence[InputProblem],
    **fields: Any,
) -> SpooledReport:
    """The report of a spool: ``extra`` are findings on files that were not checked (the
    waiver file's notes); ``fields`` the rest of ``Report``'s fields."""
    spool.flush()
    ordered = tuple(sorted(extra, key=Finding.sort_key))
    for finding in ordered:
        spool.count(finding)
    report = SpooledReport.model_construct(
        files=cast(tuple[str, ...], _Files(spool)),
        findings=cast(tuple[Finding, ...], _Findings(spool, ordered)),
        problems=tuple(problems),
        evaluated=cast(dict[str, tuple[str, ...]], _Evaluated(spool)),
        readings=cast(dict[str, Reading], _Readings(spool)),
        **fields,
    )
    report._spool = spool
    report._extra = ordered
    return report
