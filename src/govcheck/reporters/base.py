"""The reporter registry, and what every reporter shares: options and how a place is said."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from govcheck.i18n import field_label, t
from govcheck.models import FieldStatus, InputProblem, Language, Location, Reading, Report
from govcheck.reporters.escape import log, log_file
from govcheck.safe_io import write_output


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    #: findings only: no summary, no lines about files without findings, no citations
    quiet: bool = False
    #: where the rulebook is published (SARIF helpUri: ``<url>#<rule id>``)
    rulebook_url: str | None = None
    #: the folder relative file names are relative to (SARIF's %SRCROOT%)
    base_dir: str | None = None


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


def write_report(target: Path, rendered: str | Iterable[str], lang: Language | None = None) -> None:
    """Writes a report whole or not at all, never over an input, a link or a device (see
    ``safe_io.write_output``)."""
    write_output(target, chunks(rendered), lang)


def place(location: Location, lang: Language) -> str:
    """Where a finding stands, in words: ``sida 2, rad 5`` for a PDF, ``rad 5`` otherwise."""
    if location.page is not None and location.line is not None:
        return t("page_line", lang, page=location.page, line=location.line)
    if location.page is not None:
        return t("page_only", lang, page=location.page)
    if location.line is not None:
        return t("line_only", lang, line=location.line)
    return ""


def problem_line(problem: InputProblem) -> str:
    """An input error as one safe log line: ``file:line: [key] message``."""
    where = log_file(problem.file) + (f":{problem.line}" if problem.line is not None else "")
    key = f" [{log(problem.key)}]" if problem.key else ""
    return f"{where}:{key} {log(problem.message)}"


def reading_line(reading: Reading, lang: Language) -> str:
    """One line on what the reader made of a document's fields: how many it read, and which
    it found absent, could not understand, or inferred from the text."""
    parts = [t("reading_read", lang, count=len(reading.with_status("read")))]
    statuses: tuple[FieldStatus, ...] = ("absent", "unreadable", "inferred")
    for status in statuses:
        names = [field_label(name, lang) for name in reading.with_status(status)]
        if not names:
            continue
        shown = ", ".join(names)
        if status == "inferred" and reading.inferred_datum is not None:
            shown += f" ({reading.inferred_datum.isoformat()})"
        parts.append(f"{t('reading_' + status, lang)}: {shown}")
    return log(f"{t('reading_head', lang)}: " + " · ".join(parts))


def clean_files(report: Report) -> Iterator[tuple[str, Reading | None]]:
    """The files with neither a finding nor an input problem, in the report's order, each with
    what was read from it (a document's field statuses; None for a structured draft)."""
    with_findings = {x.location.file for x in report.findings} | {p.file for p in report.problems}
    for file in report.files:
        if file not in with_findings:
            yield file, report.readings.get(file)
