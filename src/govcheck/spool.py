"""A report kept on disk while it is made, so that checking an archive does not fill memory.

A run over 100,000 drafts holds, in memory, only what does not grow with them: counters, the
distinct citations and the distinct lists of rules evaluated (a handful per municipality and
case type). Each file's result goes to an anonymous temporary file as it arrives, and the
reporters read it back, in order, as often as they need to.

``govcheck.spooled.SpooledReport`` is a ``Report`` read from a spool (a module of its own: a
pydantic model class costs start-up time, and a small run never spools). ``file_entries`` gives
any report file by file, which is how a reporter writes a large one without holding it.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from govcheck.models import Citation, Finding, Location, Reading, Report, Severity

_LENGTH = struct.Struct("<I")
#: Every field of a finding's location, in the model's order (the reader adds some: a Word
#: paragraph, a snippet), so that a spooled finding is the finding.
_LOCATION = tuple(Location.model_fields)
_BLOCK = 1 << 20


@dataclass(frozen=True)
class FileEntry:
    """One file of a report: its findings (in report order) and the checks evaluated on it."""

    file: str
    findings: tuple[Finding, ...]
    evaluated: tuple[str, ...]
    #: False for a file that could not be read: no rules were evaluated on it.
    read: bool = True
    #: For a document: what the reader made of each field.
    reading: Reading | None = None


def file_entries(report: Report) -> Iterator[FileEntry]:
    """Each file of ``report`` in report order, then, each once, the files that only findings
    name (the waiver file's notes), in the order of the findings."""
    spooled = sys.modules.get("govcheck.spooled")  # not imported: no report was spooled
    if spooled is not None and isinstance(report, spooled.SpooledReport):
        yield from report.entries()
        return
    by_file: dict[str, list[Finding]] = {file: [] for file in report.files}
    for finding in report.findings:
        by_file.setdefault(finding.location.file, []).append(finding)
    for file, findings in by_file.items():
        evaluated = report.evaluated.get(file, ())
        yield FileEntry(file, tuple(findings), evaluated, reading=report.readings.get(file))


class Spool:
    """The results of one run, one record per file, in the order they were checked."""

    def __init__(self, fail_on: Severity) -> None:
        import tempfile

        # Anonymous (unlinked at once): gone when closed or when the process ends, however.
        self._stream = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the report
        self._end = 0
        self._buffer = bytearray()
        self._citations: dict[Citation, int] = {}
        self._citation_list: list[Citation] = []
        self._evaluated: dict[tuple[str, ...], int] = {}
        self._evaluated_list: list[tuple[str, ...]] = []
        self._fail_on = fail_on
        self.files = 0
        self.counts: dict[Severity, int] = {severity: 0 for severity in Severity}
        self.waived = 0
        self.failing = 0
        self.findings = 0
        #: Whether the files came in the order of their names: then the findings, file by
        #: file, are already in report order and need no sorting.
        self.in_name_order = True
        self._last = ""

    def add(
        self,
        file: str,
        findings: Sequence[Finding],
        evaluated: tuple[str, ...] | None,
        reading: Reading | None = None,
    ) -> None:
        """One file of the run (``findings`` all on that file); ``evaluated`` is None for a
        file that could not be read (the report then has no evaluated rules for it)."""
        if file < self._last:
            self.in_name_order = False
        self._last = file
        self.files += 1
        index = -1
        if evaluated is not None:
            index = self._evaluated.get(evaluated, -1)
            if index < 0:
                index = self._evaluated[evaluated] = len(self._evaluated_list)
                self._evaluated_list.append(evaluated)
        packed = [self._pack(finding) for finding in sorted(findings, key=Finding.sort_key)]
        record = (file, index, packed, reading)
        self._write(pickle.dumps(record, pickle.HIGHEST_PROTOCOL))

    def count(self, finding: Finding) -> None:
        """Counts a finding of the report (``add`` counts those it is given)."""
        self.findings += 1
        if finding.waived:
            self.waived += 1
            return
        self.counts[finding.severity] += 1
        if finding.severity.rank >= self._fail_on.rank:
            self.failing += 1

    def _pack(self, finding: Finding) -> tuple[Any, ...]:
        self.count(finding)
        cited = finding.citation
        cite = -1
        if cited is not None:
            found = self._citations.get(cited)
            if found is None:
                found = self._citations[cited] = len(self._citation_list)
                self._citation_list.append(cited)
            cite = found
        where = finding.location
        return (
            finding.rule_id,
            finding.severity,
            finding.message,
            tuple(getattr(where, name) for name in _LOCATION),
            cite,
            finding.kind,
            finding.ruleset_version,
            finding.waiver,
        )

    def _unpack(self, packed: tuple[Any, ...]) -> Finding:
        rule_id, severity, message, where, cite, kind, version, waiver = packed
        # Built from a finding that was validated when the engine made it: not validated twice.
        return Finding.model_construct(
            rule_id=rule_id,
            severity=severity,
            message=message,
            location=Location.model_construct(**dict(zip(_LOCATION, where, strict=True))),
            citation=self._citation_list[cite] if cite >= 0 else None,
            kind=kind,
            ruleset_version=version,
            waiver=waiver,
        )

    def _write(self, record: bytes) -> None:
        self._buffer += _LENGTH.pack(len(record))
        self._buffer += record
        if len(self._buffer) >= _BLOCK:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            os.pwrite(self._stream.fileno(), self._buffer, self._end)
            self._end += len(self._buffer)
            self._buffer.clear()

    def entries(self) -> Iterator[FileEntry]:
        """The records in the order they were added; each call reads from the start, so two
        readers can go through the spool side by side."""
        self.flush()
        fd, end = self._stream.fileno(), self._end
        block, at, offset = b"", 0, 0
        while True:
            left = len(block) - at
            length = _LENGTH.unpack_from(block, at)[0] if left >= _LENGTH.size else -1
            if length < 0 or left < _LENGTH.size + length:
                if offset >= end:
                    if left:
                        raise OSError("the report spool ends inside a record")
                    return
                want = max(_BLOCK, _LENGTH.size + length - left)
                more = os.pread(fd, min(want, end - offset), offset)
                offset += len(more)
                block, at = block[at:] + more, 0
                continue
            start = at + _LENGTH.size
            file, index, packed, reading = pickle.loads(block[start : start + length])
            at = start + length
            findings = tuple(self._unpack(item) for item in packed)
            if index < 0:
                yield FileEntry(file, findings, (), read=False)
            else:
                yield FileEntry(file, findings, self._evaluated_list[index], reading=reading)

    def close(self) -> None:
        self._stream.close()
