"""GitHub Actions workflow commands: each finding becomes an annotation on the file."""

from __future__ import annotations

from govcheck.models import Report, Severity
from govcheck.reporters.base import RenderOptions, register

LEVELS = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


@register("github")
def render(report: Report, options: RenderOptions) -> str:
    lines = []
    for problem in report.problems:
        where = f"file={_property(problem.file)}"
        if problem.line:
            where += f",line={problem.line}"
        lines.append(f"::error {where},title=indatafel::{_data(problem.message)}")
    for finding in report.findings:
        level = "notice" if finding.waived else LEVELS[finding.severity]
        where = f"file={_property(finding.location.file)}"
        if finding.location.line:
            where += f",line={finding.location.line}"
        title = _property(finding.rule_id + (" (undantag)" if finding.waived else ""))
        message = finding.message
        if finding.citation:
            message += f"\nKälla: {finding.citation.document}, {finding.citation.section}"
        lines.append(f"::{level} {where},title={title}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
