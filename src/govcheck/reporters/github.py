"""GitHub Actions workflow commands: each finding becomes an annotation on the file.

GitHub shows at most ``ANNOTATION_LIMIT`` annotations of each level per step; when a level has
more, a closing notice says how many and where the whole report is (the job summary, which
the CLI writes when ``$GITHUB_STEP_SUMMARY`` is set). Every value is escaped by the rules of
workflow commands (reporters/escape.py), so nothing in a draft can end an annotation early or
start a command of its own.
"""

from __future__ import annotations

from collections import Counter

from govcheck.i18n import t
from govcheck.models import Finding, Report, Severity
from govcheck.reporters.base import RenderOptions, place, register
from govcheck.reporters.escape import gh_data, gh_property

LEVELS = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "notice"}
ANNOTATION_LIMIT = 10


def _properties(file: str, line: int | None, column: int | None, title: str) -> str:
    where = f"file={gh_property(file)}"
    if line:
        where += f",line={line}"
        if column:
            where += f",col={column}"
    return f"{where},title={gh_property(title)}"


def level_of(finding: Finding) -> str:
    return "notice" if finding.waived or finding.known else LEVELS[finding.severity]


@register("github")
def render(report: Report, options: RenderOptions) -> str:
    lang = report.lang
    lines = []
    levels: Counter[str] = Counter()
    for problem in report.problems:
        levels["error"] += 1
        where = _properties(problem.file, problem.line, None, t("input_error_id", lang))
        lines.append(f"::error {where}::{gh_data(problem.message)}")
    for finding in report.findings:
        level = level_of(finding)
        levels[level] += 1
        title = finding.rule_id
        if finding.waived:
            title += f" ({t('waived', lang)})"
        elif finding.known:
            title += f" ({t('known', lang)})"
        location = finding.location
        message = finding.message
        if location.page is not None:
            message = f"({place(location, lang)}) {message}"
        if finding.citation:
            cite = finding.citation
            message += f"\n{t('source_label', lang)}: {cite.document}, {cite.section}"
        where = _properties(location.file, location.line, location.column, title)
        lines.append(f"::{level} {where}::{gh_data(message)}")
    for level in ("error", "warning", "notice"):
        if levels[level] > ANNOTATION_LIMIT:
            notice = t("github_cut", lang, count=levels[level], level=level, limit=ANNOTATION_LIMIT)
            lines.append(f"::notice title=govcheck::{gh_data(notice)}")
    return "\n".join(lines) + ("\n" if lines else "")
