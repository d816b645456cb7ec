"""Machine-readable report. The schema is documented in README.md ("JSON report") and is
stable: fields are only ever added."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from govcheck import __version__
from govcheck.models import Finding, Report, Severity
from govcheck.reporters.base import RenderOptions, register
from govcheck.reporters.escape import json_text

SCHEMA_VERSION = 1


def _head(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "govcheck", "version": __version__},
        "ruleset_version": report.ruleset_version,
        "language": report.lang,
        "judged_on": report.judged_on.isoformat() if report.judged_on else None,
        "fail_on": report.fail_on.value,
        "exit_code": report.exit_code,
        "summary": {
            "files": len(report.files),
            "fel": report.count(Severity.FEL),
            "varning": report.count(Severity.VARNING),
            "info": report.count(Severity.INFO),
            "input_errors": len(report.problems),
            "waived": report.waived_count(),
            "known": report.known_count(),
        },
        "rules_evaluated": list(report.rules_evaluated),
    }


def _file_entries(report: Report) -> Iterator[dict[str, Any]]:
    """One entry per file, in report order, built one at a time."""
    by_file: dict[str, list[Finding]] = {file: [] for file in report.files}
    for finding in report.findings:
        by_file.setdefault(finding.location.file, []).append(finding)
    for file, findings in by_file.items():
        found = [f.model_dump(mode="json", exclude={"ruleset_version"}) for f in findings]
        evaluated = report.evaluated.get(file, ())
        failed = {f.rule_id for f in findings}
        yield {
            "file": file,
            "findings": found,
            "rules_evaluated": list(evaluated),
            "checks_passed": [rule_id for rule_id in evaluated if rule_id not in failed],
        }


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as one object (for callers that want it in memory)."""
    return {
        **_head(report),
        "files": list(_file_entries(report)),
        "input_errors": [problem.model_dump(mode="json") for problem in report.problems],
    }


def _dumps(value: Any, level: int) -> str:
    text = json_text(json.dumps(value, ensure_ascii=False, indent=2))
    return text.replace("\n", "\n" + "  " * level)


@register("json")
def render(report: Report, options: RenderOptions) -> Iterator[str]:
    """The same document as ``json.dumps(report_dict(report), indent=2)``, written file by
    file: memory does not grow with the size of the report text."""
    yield "{\n"
    for key, value in _head(report).items():
        yield f"  {json.dumps(key)}: {_dumps(value, 1)},\n"
    yield '  "files": ['
    for index, entry in enumerate(_file_entries(report)):
        yield ("," if index else "") + "\n    " + _dumps(entry, 2)
    yield "\n  ]" if report.files or report.findings else "]"
    problems = [problem.model_dump(mode="json") for problem in report.problems]
    yield f',\n  "input_errors": {_dumps(problems, 1)}\n}}\n'
